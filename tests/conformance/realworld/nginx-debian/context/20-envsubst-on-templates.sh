#!/bin/sh
# /etc/nginx/templates/*.template -> /etc/nginx/conf.d/*, with envsubst
set -e
dir=${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}
[ -d "$dir" ] || exit 0
for t in "$dir"/*.template; do
    [ -f "$t" ] || continue
    envsubst < "$t" > "/etc/nginx/conf.d/$(basename "$t" .template)"
done
