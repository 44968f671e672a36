#!/usr/bin/env bash
# The Windows release: the .exe cross-built on Linux and two MSIs made with
# msitools' wixl, in $CARGO_TARGET_DIR/windows/ (target/windows/):
#
#   prevent-referral.exe
#   prevent-referral-VERSION-per-user.msi     one person, no administrator rights
#   prevent-referral-VERSION-per-machine.msi  every user of the PC, for IT
#
#   scripts/windows-package.sh
#
# Needs: `rustup target add x86_64-pc-windows-gnu`; apt gcc-mingw-w64-x86-64
# wixl msitools. The release build (LTO) takes about 20 minutes on 2 cores.
#
# WINDOWS_PACKAGE_EXE=path packages that .exe instead of building one (CI
# packages the one its Windows tests built); WINDOWS_PACKAGE_VERSION
# overrides the version (scripts/windows-check.sh makes a higher one to
# test an upgrade). packaging/README.md says what each MSI installs.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "windows-package: $*" >&2
    exit 1
}

target_dir=${CARGO_TARGET_DIR:-target}
out="$target_dir/windows"
mkdir -p "$out"
version=${WINDOWS_PACKAGE_VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)}
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "not a version an MSI can carry: $version"

exe=${WINDOWS_PACKAGE_EXE:-}
if [ -z "$exe" ]; then
    echo "== release build for Windows"
    cargo build --release --locked --target x86_64-pc-windows-gnu
    exe="$target_dir/x86_64-pc-windows-gnu/release/prevent-referral.exe"
fi
[ -f "$exe" ] || fail "no $exe"
if [ "$(realpath "$exe")" != "$(realpath -m "$out/prevent-referral.exe")" ]; then
    cp "$exe" "$out/prevent-referral.exe"
fi

# The console companion (packaging/windows/console): what cmd and
# PowerShell run for `prevent-referral`, waiting for the .exe. Small, std
# only, built in a few seconds.
echo "== the console companion, prevent-referral.com"
cargo build --release --locked --target x86_64-pc-windows-gnu \
    --manifest-path packaging/windows/console/Cargo.toml --target-dir "$target_dir/console"
cp "$target_dir/console/x86_64-pc-windows-gnu/release/prevent-referral-console.exe" \
    "$out/prevent-referral.com"

# wixl takes Source paths relative to where it runs (the repository root).
relative_exe=$(realpath --relative-to=. "$out/prevent-referral.exe")
relative_com=$(realpath --relative-to=. "$out/prevent-referral.com")
for scope in per-user per-machine; do
    msi="$out/prevent-referral-$version-$scope.msi"
    # wixl warns of nothing it cannot do here; anything on stderr is shown.
    wixl --arch x64 -D Version="$version" -D Exe="$relative_exe" -D Com="$relative_com" \
        -o "$msi" "packaging/windows/$scope.wxs"
    [ -s "$msi" ] || fail "wixl made no $msi"
    echo "windows-package: $msi, $(stat -c %s "$msi") bytes"
done
echo "windows-package: $out/prevent-referral.exe, $(stat -c %s "$out/prevent-referral.exe") bytes"
echo "windows-package: $out/prevent-referral.com, $(stat -c %s "$out/prevent-referral.com") bytes"
