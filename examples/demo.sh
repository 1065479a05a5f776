#!/bin/sh
# make demo: import a busybox base made from Debian's busybox-static, build
# examples/multistage, run the image, and print what its program prints.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
STRATA=${STRATA:-strata}
root_opt=""
[ -n "${STRATA_ROOT:-}" ] && root_opt="--root $STRATA_ROOT"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "==> making a busybox rootfs from busybox-static, importing it as busybox:local"
"$here/busybox-rootfs.sh" "$tmp/rootfs"
# shellcheck disable=SC2086
$STRATA $root_opt import "$tmp/rootfs" -t busybox:local >/dev/null

echo "==> strata build -t strata-demo:latest examples/multistage"
# shellcheck disable=SC2086
$STRATA $root_opt build -t strata-demo:latest "$here/multistage" >/dev/null

echo "==> strata images"
# shellcheck disable=SC2086
$STRATA $root_opt images

echo "==> strata run strata-demo:latest"
# shellcheck disable=SC2086
$STRATA $root_opt run strata-demo:latest
