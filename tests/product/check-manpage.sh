#!/bin/sh
# The manual page formats without a warning from groff (exit 77, skipped, where groff is
# not installed).
set -eu
command -v groff >/dev/null 2>&1 || { echo "groff is not installed: skipped"; exit 77; }
warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$1" 2>&1)
if [ -n "$warnings" ]; then
    echo "$warnings"
    exit 1
fi
LC_ALL=C.UTF-8 groff -man -Tutf8 "$1" | grep -q "tradeleads sync"
