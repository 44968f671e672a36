#!/usr/bin/env bash
# Builds the .deb from the release build, installs it as a user's machine
# would (apt), checks what it installed, starts the app from its menu entry
# in a real window under Xvfb (scripts/window-smoke.sh), and removes it.
#
#   cargo build --release && scripts/deb-check.sh
#   cargo build && DEB_PROFILE=dev scripts/deb-check.sh   # as CI does
#
# Needs: cargo-deb, root or sudo, and what window-smoke.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
id=org.preventreferral.PreventReferral

rm -rf target/debian
profile=${DEB_PROFILE:-release}
# cargo-deb 3.8 packages a dev build with a warning ("for making releases"):
# CI's check needs the packaging, not an optimised binary.
cargo deb --no-build --no-strip --profile "$profile"
deb=$(ls target/debian/prevent-referral_*.deb | head -n 1)
echo "deb-check: built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Installed-Size\):/  &/p'

cleanup() { $sudo apt-get remove -y -q prevent-referral >/dev/null 2>&1 || true; }
trap cleanup EXIT
$sudo apt-get install -y -q --no-install-recommends "./$deb"

# The program on PATH, with the commit it was built from.
bin=$(command -v prevent-referral)
[ "$bin" = /usr/bin/prevent-referral ] || { echo "deb-check: prevent-referral is $bin" >&2; exit 1; }
version=$(prevent-referral --version)
echo "deb-check: $version"
case "$version" in
    "prevent-referral $(grep -m1 '^version' Cargo.toml | cut -d'"' -f2) (commit "*")") ;;
    *) echo "deb-check: unexpected --version: $version" >&2; exit 1 ;;
esac

# The menu entry, its icon at every size, and the metainfo.
desktop=/usr/share/applications/$id.desktop
desktop-file-validate "$desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml" >/dev/null || {
    appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml"; exit 1; }
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = "$id" ] || { echo "deb-check: Icon=$icon" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || {
        echo "deb-check: $png is not ${size}x${size}" >&2; exit 1; }
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$id.svg" ]
echo "deb-check: desktop entry, metainfo and icons (16 to 512 px, SVG) installed"

# Start it as the menu would: the entry's Exec line, found on PATH.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
program=$(command -v "${exec_line%% *}")
echo "deb-check: the menu entry runs: $exec_line ($program)"
scripts/window-smoke.sh "$program" target/window-smoke.png

cleanup
trap - EXIT
if [ -e /usr/bin/prevent-referral ] || [ -e "$desktop" ]; then
    echo "deb-check: files left after removal" >&2
    exit 1
fi
echo "deb-check: removed cleanly"
