#!/usr/bin/env bash
# Shortened: make PGDATA, step down to postgres, initdb once, run postgres.
set -Eeo pipefail

if [ "${1:0:1}" = '-' ]; then
	set -- postgres "$@"
fi

if [ "$1" = 'postgres' ]; then
	mkdir -p "$PGDATA"
	if [ "$(id -u)" = '0' ]; then
		chown -R postgres "$PGDATA"
		chmod 00700 "$PGDATA"
		exec gosu postgres "$BASH_SOURCE" "$@"
	fi
	if [ ! -s "$PGDATA/PG_VERSION" ]; then
		initdb --username="${POSTGRES_USER:-postgres}" --pwfile=<(printf '%s\n' "${POSTGRES_PASSWORD:-postgres}")
		for f in /docker-entrypoint-initdb.d/*; do
			case "$f" in
				*.sh) . "$f" ;;
				*.sql) postgres --single -jE postgres < "$f" ;;
			esac
		done
	fi
fi

exec "$@"
