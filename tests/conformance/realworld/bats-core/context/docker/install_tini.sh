#!/usr/bin/env bash
# install_tini.sh PLATFORM: put tini at /tini for this platform
set -euo pipefail
case "$1" in
  linux/amd64 | linux/arm64 | linux/arm/v7) ;;
  *) echo "install_tini.sh: unsupported platform '$1'" >&2; exit 1 ;;
esac
apt-get update
apt-get install -y --no-install-recommends tini
rm -rf /var/lib/apt/lists/*
ln -s /usr/bin/tini-static /tini
/tini --version
