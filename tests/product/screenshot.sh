#!/bin/sh
# screenshot.sh OUT_DIR NAME SCREEN WITH_XVFB TRADELEADS [OPTIONS...]
# Starts the real window under Xvfb with the bundled sample in a private HOME, and saves it to
# OUT_DIR/NAME.png once the leads are shown (tradeleads --screenshot). With
# TRADELEADS_EXPECT_SIZE ("2560 x 1600") the picture must have that size.
set -eu
out=$1 name=$2 screen=$3 with_xvfb=$4 binary=$5
shift 5
home="$out/$name-home"
png="$out/$name.png"
rm -rf "$home" "$png"
mkdir -p "$home"
chmod 700 "$home" # XDG_RUNTIME_DIR must be private, or Qt warns
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home" \
    QT_QPA_PLATFORM=xcb TRADELEADS_TODAY=2026-11-23 \
    sh "$with_xvfb" "$screen" "$binary" --db "$home/leads.sqlite" --screenshot "$png" "$@"
test -s "$png"
if [ -n "${TRADELEADS_EXPECT_SIZE:-}" ]; then
    file "$png" | grep -q "$TRADELEADS_EXPECT_SIZE" || { file "$png"; echo "expected $TRADELEADS_EXPECT_SIZE" >&2; exit 1; }
fi
echo "Screenshot: $png"
