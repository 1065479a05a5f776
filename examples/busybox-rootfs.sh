#!/bin/sh
# Make a tiny root filesystem from Debian's busybox-static: /bin/busybox, a
# link per applet, /etc/passwd and /etc/group, and the usual empty dirs.
# usage: busybox-rootfs.sh DIR
set -eu
dir=${1:?usage: busybox-rootfs.sh DIR}
bb=/bin/busybox
[ -x "$bb" ] || { echo "busybox-rootfs: $bb missing (apt-get install busybox-static)" >&2; exit 1; }
mkdir -p "$dir/bin" "$dir/sbin" "$dir/usr/bin" "$dir/usr/sbin" "$dir/etc" "$dir/tmp" \
  "$dir/root" "$dir/home" "$dir/var" "$dir/proc" "$dir/dev" "$dir/sys"
chmod 1777 "$dir/tmp"
cp "$bb" "$dir/bin/busybox"
for applet in $("$bb" --list); do
  [ "$applet" = busybox ] && continue
  [ -e "$dir/bin/$applet" ] || ln -s busybox "$dir/bin/$applet"
done
cat > "$dir/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
app:x:1000:1000:app:/home/app:/bin/sh
PASSWD
cat > "$dir/etc/group" <<'GROUP'
root:x:0:
daemon:x:1:
users:x:100:app
app:x:1000:
nogroup:x:65534:
GROUP
mkdir -p "$dir/home/app"
chown 1000:1000 "$dir/home/app"
