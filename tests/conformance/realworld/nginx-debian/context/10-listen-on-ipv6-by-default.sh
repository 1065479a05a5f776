#!/bin/sh
# make the default site listen on [::]:80 as well
set -e
conf=/etc/nginx/sites-enabled/default
[ -f "$conf" ] || exit 0
grep -q 'listen  *\[::\]:80' "$conf" && exit 0
sed -i -E 's,listen( +)80( default_server)?;,listen\1 80\2;\n    listen [::]:80\2;,' "$conf"
