#!/bin/sh
# run the scripts of /docker-entrypoint.d, then nginx
set -e

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    for f in /docker-entrypoint.d/*.sh; do
        [ -x "$f" ] && "$f"
    done
fi

exec "$@"
