#!/usr/bin/env bash
# Installs the Debian 12 packages Trade Leads builds and tests with, when any is missing.
set -euo pipefail

packages=(
  cmake g++ make pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6sql6-sqlite qt6-translations-l10n libgl-dev libxkbcommon-dev
  libsqlite3-dev sqlite3 libxlsxwriter-dev qtkeychain-qt6-dev qt6-svg-dev libpoppler-qt6-dev libminizip-dev
  xvfb xauth x11-utils python3-openpyxl python3-icalendar
  clang-14 libclang-rt-14-dev llvm-14 lld gnome-keyring dbus desktop-file-utils appstream
  dpkg-dev file
  postgresql-15 libqt6sql6-psql libpq-dev
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
run_as_root=()
if [[ $(id -u) -ne 0 ]]; then
  run_as_root=(sudo)
fi
"${run_as_root[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
