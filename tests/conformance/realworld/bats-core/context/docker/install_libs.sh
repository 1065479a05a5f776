#!/usr/bin/env bash
# install_libs.sh NAME VERSION: install bats-NAME at VERSION under /usr/lib/bats
set -euo pipefail
name=$1 version=$2
apt-get update
apt-get install -y --no-install-recommends "bats-$name"
rm -rf /var/lib/apt/lists/*
have=$(dpkg-query -W -f '${Version}' "bats-$name")
case "$have" in
  "$version"*) ;;
  *) echo "install_libs.sh: bats-$name is $have, wanted $version" >&2; exit 1 ;;
esac
test -f "/usr/lib/bats/bats-$name/load.bash"
