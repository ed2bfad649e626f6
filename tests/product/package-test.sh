#!/bin/sh
# package-test.sh BUILD_DIR WORK_DIR VERSION
# Builds the .deb with CPack, checks its contents and dependencies, unpacks it with dpkg -x
# into a temporary root, validates the installed desktop files and runs the installed binary.
set -eu
build=$1 work=$2 version=$3
rm -rf "$work"
mkdir -p "$work"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/tradeleads_*.deb)
echo "Package: $deb"
dpkg-deb --info "$deb"

fail() { echo "FAIL: $*" >&2; exit 1; }

# Dependencies: the Qt libraries found by dpkg-shlibdeps, and the plugins it cannot see.
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6charts6 \
              libqt6keychain1 libqt6sql6-sqlite qt6-qpa-plugins; do
    echo "$depends" | grep -q "$needed" || fail "Depends lacks $needed: $depends"
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "version is not $version"

dpkg-deb --contents "$deb" >"$work/contents.txt"
for path in ./usr/bin/tradeleads \
            ./usr/share/applications/tradeleads.desktop \
            ./usr/share/metainfo/org.tradeleads.TradeLeads.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/tradeleads.svg \
            ./usr/share/man/man1/tradeleads.1.gz \
            ./usr/share/doc/tradeleads/copyright \
            ./usr/share/doc/tradeleads/user-guide.en.md; do
    grep -q " $path\$" "$work/contents.txt" || fail "the package lacks $path"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -q " ./usr/share/icons/hicolor/${size}x${size}/apps/tradeleads.png\$" "$work/contents.txt" \
        || fail "the package lacks the ${size}x${size} icon"
done

root="$work/root"
dpkg -x "$deb" "$root"
for size in 16 48 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/tradeleads.png" | grep -q "PNG image data, $size x $size" \
        || fail "the ${size}x${size} icon is not a $size-pixel PNG"
done
desktop-file-validate "$root/usr/share/applications/tradeleads.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tradeleads.TradeLeads.metainfo.xml"

# The installed binary, in a throwaway HOME: --version and --help by the usual conventions.
home="$work/home"
mkdir -p "$home"
out=$(HOME="$home" XDG_CONFIG_HOME="$home/config" "$root/usr/bin/tradeleads" --version)
echo "$out"
[ "$out" = "tradeleads $version" ] || fail "--version printed '$out'"
HOME="$home" XDG_CONFIG_HOME="$home/config" "$root/usr/bin/tradeleads" --help >"$work/help.txt"
grep -q "^Usage: tradeleads" "$work/help.txt" || fail "--help printed no usage line"
echo "The package installs and its binary runs."
