#!/bin/sh
# Runs a command in a private D-Bus session with an unlocked gnome-keyring (the secret
# service QtKeychain talks to), in a throwaway HOME so that no real keyring is touched.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/tradeleads-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home"
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The daemon creates and unlocks a login keyring with this password; it ends with the session.
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
