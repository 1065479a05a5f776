#!/usr/bin/env bash
# strata import: from a directory, a plain tar and a gzipped tar; the images
# run, keep owners and modes, and a bad source is named.
. "$(dirname "$0")/lib.sh"
need_root

"$T_REPO/examples/busybox-rootfs.sh" "$T_DIR/root" >/dev/null
tar -C "$T_DIR/root" -cf "$T_DIR/root.tar" .
tar -C "$T_DIR/root" -czf "$T_DIR/root.tgz" .
tap_ok "import a directory" st import "$T_DIR/root" -t imp:dir
tap_ok "import a tar" st import "$T_DIR/root.tar" -t imp:tar
tap_ok "import a tar.gz" st import "$T_DIR/root.tgz" --cmd '["/bin/sh", "-c", "echo default cmd"]' -t imp:tgz
tap_is "$(st run imp:dir echo ok)" "ok" "the directory import runs"
tap_is "$(st run imp:tar echo ok)" "ok" "the tar import runs"
tap_is "$(st run imp:tgz)" "default cmd" "--cmd sets the default command"
tap_is "$(st run imp:tar stat -c %u:%g:%a /home/app)" "1000:1000:755" "owners and modes survive"
tap_fails "a missing source fails" st import "$T_DIR/nope.tar" -t x:1
tap_like "$(st import "$T_DIR/nope.tar" -t x:1 2>&1)" "nope.tar" "and names it"
tap_like "$(st import "$T_DIR/root" 2>&1)" "-t NAME" "a missing name is asked for"
tap_done
