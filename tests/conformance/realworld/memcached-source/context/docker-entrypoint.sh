#!/bin/sh
set -e

# first arg is `-f` or `--some-option`: run memcached with them
if [ "${1#-}" != "$1" ]; then
	set -- memcached "$@"
fi

exec "$@"
