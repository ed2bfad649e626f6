#!/bin/sh
# with-xvfb.sh WIDTHxHEIGHT COMMAND [ARGS...]
# Runs COMMAND on a private Xvfb server of that size and returns its status.
# Not xvfb-run: it waits for Xvfb's ready signal with `wait`, and when the signal comes before
# the shell reaches `wait` (a loaded machine) it waits forever. Xvfb -displayfd picks a free
# display itself and writes its number once it accepts connections, so neither race remains.
set -eu
screen=$1
shift
dir=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkfifo "$dir/display"
Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp -noreset 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb_pid=$!
display=
read -r display < "$dir/display" || true
if [ -z "$display" ]; then
    echo "Xvfb did not start:" >&2
    cat "$dir/xvfb.log" >&2
    exit 1
fi
# No session bus on a private display: a D-Bus client (Qt's accessibility bridge) would then
# autolaunch one by forking its threaded process, and under AddressSanitizer that child can
# hang on the allocator's lock before it runs dbus-launch. A bus that is not there fails at once.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    DBUS_SESSION_BUS_ADDRESS="unix:path=$dir/no-session-bus"
    export DBUS_SESSION_BUS_ADDRESS
fi
set +e
DISPLAY=":$display" "$@"
status=$?
set -e
exit $status
