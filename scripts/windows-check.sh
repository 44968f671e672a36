#!/usr/bin/env bash
# The program cross-built for Windows, and its command line run under Wine
# with Windows paths that have spaces and non-ASCII letters (a user called
# "Siân Jones"): --version, validate, drafts import / list / export /
# history / pdf, pdf, decrypt. Also checks that the .exe carries its icon
# and version information (a .rsrc section).
#
#   scripts/windows-check.sh [--release]
#
# Needs: `rustup target add x86_64-pc-windows-gnu`; apt gcc-mingw-w64-x86-64
# wine (nothing -dev). A first cross-build takes about 15 minutes (debug)
# or 20 (release, no LTO) on 2 cores.
#
# Wine 8 lacks bcryptprimitives.dll, which Rust's standard library needs:
# a test-only stand-in (scripts/windows/bcryptprimitives-for-wine.c) is
# built into the throwaway Wine prefix this script makes. It is never
# packaged; real Windows has the DLL.
#
# Then opens the window under Wine on Xvfb (GL), types the first-start
# passphrase with real key presses, checks a screenshot is not blank, and
# closes it with Ctrl+Q (apt xvfb xdotool imagemagick x11-utils).
#
# Still to come (issue 20): the MSIs, the test suite under Wine, and this
# script in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=debug
flags=()
if [ "${1:-}" = "--release" ]; then
    profile=release
    flags=(--release)
fi
target_dir=${CARGO_TARGET_DIR:-target}
exe="$target_dir/x86_64-pc-windows-gnu/$profile/prevent-referral.exe"

fail() {
    echo "windows-check: $*" >&2
    exit 1
}

echo "== cross-build ($profile)"
cargo build --locked --target x86_64-pc-windows-gnu "${flags[@]}"
[ -f "$exe" ] || fail "no $exe"
echo "windows-check: $exe, $(stat -c %s "$exe") bytes"
x86_64-w64-mingw32-objdump -h "$exe" | grep -q '\.rsrc' ||
    fail "the .exe has no resources (icon, version information)"
echo "windows-check: icon and version information embedded"

echo "== a throwaway Wine prefix"
work=$(mktemp -d)
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
wineboot --init >/dev/null 2>&1 || fail "wineboot failed"
x86_64-w64-mingw32-gcc -shared -O2 \
    -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    scripts/windows/bcryptprimitives-for-wine.c \
    scripts/windows/bcryptprimitives-for-wine.def -ladvapi32

# The person's folders, as Windows names them.
home_unix="$WINEPREFIX/drive_c/users/Siân Jones"
home='C:\users\Siân Jones'
mkdir -p "$home_unix/Documents" "$home_unix/Downloads"
cp tests/fixtures/child-complete.json "$home_unix/Documents/child complete.json"
cp tests/fixtures/keys/prevent-team.txt "$home_unix/Documents/team key.txt"
printf 'tangerine lighthouse forgets seven\n' >"$home_unix/passphrase.txt"
data="$home"'\AppData\Roaming\Prevent Referral'
cp "$exe" "$work/prevent-referral.exe"

# Runs the program; its output in $out, its exit code in $code.
run() {
    set +e
    out=$(PREVENT_REFERRAL_PASSPHRASE_FILE="$home"'\passphrase.txt' \
        wine "$work/prevent-referral.exe" "$@" 2>&1)
    code=$?
    set -e
    out=${out//$'\r'/}
}
expect() {
    local want_code=$1 want_text=$2
    shift 2
    run "$@"
    if [ "$code" -ne "$want_code" ] || [[ "$out" != *"$want_text"* ]]; then
        echo "$out" >&2
        fail "prevent-referral $* gave exit $code (wanted $want_code) and not \"$want_text\""
    fi
    echo "windows-check: ok (exit $code): $*"
}

echo "== the command line under Wine"
expect 0 "prevent-referral" --version
expect 0 "complete and valid" validate "$home"'\Documents\child complete.json'
# Welsh when the language says so (LANGUAGE: LANG would change how Wine
# reads the non-ASCII path, and cy_GB may not be installed here).
LANGUAGE=cy expect 0 "yn gyflawn ac yn ddilys" validate "$home"'\Documents\child complete.json'
expect 0 "" --data-dir "$data" drafts import "$home"'\Documents\child complete.json'
id=$(echo "$out" | tail -n 1 | tr -d '[:space:]')
[ ${#id} -eq 36 ] || fail "drafts import printed no id: $out"
expect 0 "8/8 sections, complete" --data-dir "$data" drafts list
expect 0 "export one.json" --data-dir "$data" drafts export "$id" \
    --out "$home"'\Downloads\export one.json'
[ -s "$home_unix/Downloads/export one.json" ] || fail "no export written"
expect 0 "the chain of hashes holds" --data-dir "$data" drafts history "$id"
expect 0 "copy.pdf" --data-dir "$data" drafts pdf "$id" --out "$home"'\Downloads\copy.pdf'
head -c 5 "$home_unix/Downloads/copy.pdf" | grep -q '%PDF' || fail "no PDF written"
expect 0 "" pdf "$home"'\Documents\child complete.json' --out "$home"'\Downloads\from file.pdf'
# Never into the data folder, with Windows paths too.
expect 2 "data folder" --data-dir "$data" drafts export "$id" --force \
    --out "$data"'\key.age'
# An export encrypted for the team, decrypted with the team's identity.
team=$(cat tests/fixtures/keys/prevent-team.pub)
expect 0 "" --data-dir "$data" drafts export "$id" --recipient "$team" \
    --out "$home"'\Downloads\for the team.json.age'
expect 0 "complete and valid" decrypt "$home"'\Downloads\for the team.json.age' \
    --identity "$home"'\Documents\team key.txt' --out "$home"'\Downloads\decrypted.json'
echo "== the window under Wine (GL: DX12 cannot run under Wine here)"
display=:${WINDOWS_CHECK_DISPLAY:-98}
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export DISPLAY=$display
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
WGPU_BACKEND=gl wine "$work/prevent-referral.exe" >"$work/window.log" 2>&1 &
app=$!
window=""
for _ in $(seq 1 120); do
    window=$(xdotool search --onlyvisible --name "Prevent Referral" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    kill -0 "$app" 2>/dev/null || fail "the window never opened: $(tail -n 5 "$work/window.log")"
    sleep 0.5
done
[ -n "$window" ] || fail "no window after 60 s"
sleep 2
xdotool windowfocus --sync "$window"
passphrase="window walnut lantern seventeen"
xdotool type --delay 40 "$passphrase"
sleep 0.4
xdotool key Tab
sleep 0.4
xdotool type --delay 40 "$passphrase"
sleep 0.4
xdotool key Return
for _ in $(seq 1 60); do
    case "$(xdotool getwindowname "$window" 2>/dev/null)" in
        *"referral started"*) break ;;
    esac
    sleep 0.5
done
case "$(xdotool getwindowname "$window")" in
    *"referral started"*) ;;
    *) fail "the passphrase did not unlock it: $(xdotool getwindowname "$window")" ;;
esac
mkdir -p "$target_dir/windows"
shot="$target_dir/windows/window-under-wine.png"
import -window root "$shot"
spread=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }' || fail "the screenshot is blank ($spread)"
echo "windows-check: unlocked with real key presses; screenshot $shot"
xdotool windowfocus --sync "$window"
xdotool key ctrl+q
for _ in $(seq 1 40); do
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
done
kill -0 "$app" 2>/dev/null && fail "Ctrl+Q did not close the window"
echo "windows-check: Ctrl+Q closed it"
echo "windows-check: passed"
