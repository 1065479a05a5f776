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

# the input tar is read, not kept: a failed import leaves no blob behind, and
# a good one keeps only the image's own (normalised layer, config, manifest)
nblobs() { find "$STRATA_ROOT/blobs/sha256" -type f | wc -l; }
before=$(nblobs)
head -c 4096 /dev/urandom > "$T_DIR/junk.tar"
tap_fails "a file that is no tar fails" st import "$T_DIR/junk.tar" -t junk:1
tap_is "$(nblobs)" "$before" "and leaves no blob in the store"
st import "$T_DIR/root.tgz" -t imp:again >/dev/null
tap_is "$(nblobs)" "$((before + 2))" "a good tar import keeps no copy of the input (a config and a manifest more)"
tap_is "$(find "$STRATA_ROOT/tmp" -mindepth 1 | wc -l)" "0" "nor anything in tmp/"

# SOURCE_DATE_EPOCH: the image's time, and the files no newer than it
d1=$(SOURCE_DATE_EPOCH=1700000000 "$STRATA" --root "$T_DIR/e1" import "$T_DIR/root.tar" -t e:1)
sleep 1.1
d2=$(SOURCE_DATE_EPOCH=1700000000 "$STRATA" --root "$T_DIR/e2" import "$T_DIR/root.tar" -t e:1)
tap_is "$d2" "$d1" "with SOURCE_DATE_EPOCH the same tar imports to the same digest"
tap_like "$("$STRATA" --root "$T_DIR/e1" inspect e:1)" '"created": "2023-11-14T22:13:20Z"' "created is SOURCE_DATE_EPOCH"
tap_is "$("$STRATA" --root "$T_DIR/e1" run e:1 stat -c %Y /bin/busybox)" "1700000000" "file times are clamped to it"
tap_done
