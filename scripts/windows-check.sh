#!/usr/bin/env bash
# Windows, proven on Linux: the program cross-built for Windows and run
# under Wine (wine64, on Xvfb for the window). CI runs it (.ci/run).
#
#   scripts/windows-check.sh [--release]
#
# 1. Builds the Windows test suite's core (the library's and the command
#    line's tests, not the wgpu screenshot tests) and, with it, the .exe;
#    checks the .exe is a GUI program with its icon and version
#    information.
# 2. Runs that test suite under Wine (CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER).
# 3. Runs the command line with Windows paths that have spaces and
#    non-ASCII letters (a user called "Siân Jones"): --version, validate,
#    drafts import / list / export / history / pdf, pdf, decrypt; names
#    Windows refuses; crash reports off.
# 4. Opens the window (GL: DX12 cannot run under Wine here), types the
#    first-start passphrase with real key presses, checks a screenshot is
#    not blank, closes it with Ctrl+Q; and, with a renderer that cannot
#    work or a renderer setting that is wrong, checks the person gets a
#    message box, not a silent exit.
# 5. Makes both MSIs (scripts/windows-package.sh) and installs, runs,
#    upgrades and uninstalls each silently, the drafts kept throughout.
#
# Needs: `rustup target add x86_64-pc-windows-gnu`; apt gcc-mingw-w64-x86-64
# wine wine64 wixl msitools xvfb xdotool imagemagick x11-utils (nothing
# -dev). The first build takes about 15 minutes (debug) on 2 cores.
#
# Wine 8 lacks bcryptprimitives.dll, which Rust's standard library needs:
# a test-only stand-in (scripts/windows/bcryptprimitives-for-wine.c) is
# built into the throwaway Wine prefix this script makes. It is never
# packaged; real Windows has the DLL.
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

# The test suite's core for Windows: the library and command-line tests.
# Building them builds the .exe too (the command-line tests run it).
windows_tests=(--lib --test cli --test cli_drafts --test crash --test export_contract
    --test hardening --test hardening_library --test hostile --test i18n
    --test follow_up --test library --test managed_settings --test proptests --test records
    --test rules)

echo "== cross-build ($profile): the .exe and the Windows tests"
cargo test --locked --target x86_64-pc-windows-gnu --no-run "${windows_tests[@]}"
if [ "$profile" = release ]; then
    cargo build --locked --target x86_64-pc-windows-gnu --release
fi
[ -f "$exe" ] || fail "no $exe"
echo "windows-check: $exe, $(stat -c %s "$exe") bytes"
# Read whole, then searched: `objdump | grep -q` fails under pipefail when
# grep stops reading early.
headers=$(x86_64-w64-mingw32-objdump -h -p "$exe")
grep -q '\.rsrc' <<<"$headers" ||
    fail "the .exe has no resources (icon, version information)"
echo "windows-check: icon and version information embedded"
grep -q '^Subsystem.*Windows GUI' <<<"$headers" ||
    fail "the .exe is not a GUI program (a console window would open beside it)"
echo "windows-check: a GUI program (no console window from the Start menu)"

echo "== a throwaway Wine prefix, on its own X display"
work=$(mktemp -d)
# The display first: Wine's desktop process, started by the first program
# run in the prefix, keeps the display it started with, and the window
# never appears if that was none.
# A free display unless WINDOWS_CHECK_DISPLAY names one.
xvfb=""
trap 'kill "$xvfb" 2>/dev/null || true; wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
start_xvfb "${WINDOWS_CHECK_DISPLAY:+:$WINDOWS_CHECK_DISPLAY}" || fail "Xvfb did not start"
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
# Booted with no display and the server let go: a prefix booted on the
# display showed every window 10 s late; one whose server outlived a run
# with no display showed none. Every later program starts a new server on
# $DISPLAY.
DISPLAY= wineboot --init >/dev/null 2>&1 || fail "wineboot failed"
wineserver -w
x86_64-w64-mingw32-gcc -shared -O2 \
    -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    scripts/windows/bcryptprimitives-for-wine.c \
    scripts/windows/bcryptprimitives-for-wine.def -ladvapi32

echo "== the test suite's core, under Wine"
# Only the runner's own output: Wine's "fixme" lines are off (WINEDEBUG).
test_log=$(mktemp)
wine_tests() {
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$PWD/scripts/windows/wine-runner" \
        cargo test --locked --target x86_64-pc-windows-gnu --no-fail-fast "$@" 2>&1 |
        tee "$test_log"
    return "${PIPESTATUS[0]}"
}
if ! wine_tests "${windows_tests[@]}"; then
    # Wine, loaded on 2 cores, now and then fails to start a process with
    # Windows error 1359 (ERROR_INTERNAL_ERROR) before the program runs:
    # CI once failed on it. Only when every failure was that, the failed
    # test programs run once more; any other failure fails at once.
    panics=$(grep -c "panicked at" "$test_log" || true)
    # Debug-printed ("Os { code: 1359, …") by std, displayed ("(os error
    # 1359)") by assert_cmd's "Failed to spawn": CI met both.
    wine_errors=$(grep -cE 'Os \{ code: 1359,|\(os error 1359\)' "$test_log" || true)
    if [ "$panics" -eq 0 ] || [ "$panics" -ne "$wine_errors" ]; then
        fail "the tests failed under Wine"
    fi
    again=()
    while read -r target; do
        read -r -a parts <<<"$target"
        again+=("${parts[@]}")
    done < <(grep -o 'to rerun pass `[^`]*`' "$test_log" | sed 's/^to rerun pass `\(.*\)`$/\1/')
    echo "== Wine could not start a process $wine_errors time(s) (error 1359); once more: ${again[*]}"
    wine_tests "${again[@]}" || fail "the tests failed under Wine (twice)"
fi
rm -f "$test_log"

# The person's folders, as Windows names them.
home_unix="$WINEPREFIX/drive_c/users/Siân Jones"
home='C:\users\Siân Jones'
mkdir -p "$home_unix/Documents" "$home_unix/Downloads"
cp tests/fixtures/child-complete.json "$home_unix/Documents/child complete.json"
cp tests/fixtures/keys/prevent-team.txt "$home_unix/Documents/team key.txt"
printf 'tangerine lighthouse forgets seven\n' >"$home_unix/passphrase.txt"
# Readable by its owner only (Wine shows the mode as the file's rules).
chmod 600 "$home_unix/passphrase.txt"
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
# Welsh when the language says so: the program's own variable (LANG would
# change how Wine reads the non-ASCII path, and LANGUAGE is passed over
# under the C locale CI runs in, as gettext does).
PREVENT_REFERRAL_LANGUAGE=cy expect 0 "yn gyflawn ac yn ddilys" validate "$home"'\Documents\child complete.json'
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
# Names Windows refuses: told in words, nothing written.
expect 2 "device" --data-dir "$data" drafts export "$id" --out "$home"'\Downloads\CON.json'
expect 2 "dot or a space" --data-dir "$data" drafts export "$id" --out "$home"'\Downloads\referral.'
long_name=$(printf 'a%.0s' $(seq 1 250))
expect 2 "limit of 259" --data-dir "$data" drafts export "$id" --out "$home"'\Downloads\'"$long_name.json"
[ -z "$(ls "$home_unix/Downloads" | grep -i -e '^con' -e '^referral$' -e '^aaaa')" ] ||
    fail "a refused name was written: $(ls "$home_unix/Downloads")"
# Crash reports: the program took itself out of Windows Error Reporting.
# Windows keeps the list under Software\Microsoft\Windows\Windows Error
# Reporting; Wine 8's wer.dll under Software\Microsoft\Windows Error
# Reporting. Either shows the call was made.
excluded=$(for key in 'HKCU\Software\Microsoft\Windows\Windows Error Reporting\ExcludedApplications' \
    'HKCU\Software\Microsoft\Windows Error Reporting\ExcludedApplications'; do
    wine reg query "$key" 2>/dev/null || true
done)
grep -q 'prevent-referral.exe' <<<"${excluded//$'\r'/}" ||
    fail "not excluded from Windows Error Reporting"
echo "windows-check: ok: excluded from Windows Error Reporting (no crash dumps)"

echo "== managed settings from the registry (Group Policy's key)"
policy_key='HKLM\SOFTWARE\Policies\PreventReferral'
expect 0 "No managed settings" policy
wine reg add "$policy_key" /v OrganisationName /t REG_SZ /d "Ysgol Gyfun Aberaeron" /f >/dev/null
wine reg add "$policy_key" /v OrganisationSector /t REG_SZ /d school /f >/dev/null
wine reg add "$policy_key" /v AllowUnencryptedExport /t REG_DWORD /d 0 /f >/dev/null
wine reg add "$policy_key"'\Teams' /v "Dyfed-Powys Prevent" /t REG_SZ /d "$(cat tests/fixtures/keys/prevent-team.pub)" /f >/dev/null
expect 0 "Dyfed-Powys Prevent" policy
[[ "$out" == *"Ysgol Gyfun Aberaeron"* && "$out" == *"not allowed"* && "$out" == *"HKLM"* ]] ||
    fail "policy did not show the registry's settings: $out"
# Not allowed unencrypted: refused, nothing written; for the team: made.
expect 2 "not encrypted" pdf "$home"'\Documents\child complete.json' --out "$home"'\Downloads\plain.pdf'
[ ! -e "$home_unix/Downloads/plain.pdf" ] || fail "an unencrypted copy was written against the policy"
expect 0 "" pdf "$home"'\Documents\child complete.json' --recipient "$(cat tests/fixtures/keys/prevent-team.pub)" \
    --out "$home"'\Downloads\for team.pdf.age'
# A value of the wrong type: the whole policy is refused and said why,
# and no plain copy is made until it is corrected (it fails closed).
wine reg add "$policy_key" /v AllowUnencryptedExport /t REG_SZ /d no /f >/dev/null
expect 1 "AllowUnencryptedExport" policy
expect 2 "could not be used" pdf "$home"'\Documents\child complete.json' --out "$home"'\Downloads\plain.pdf'
[ ! -e "$home_unix/Downloads/plain.pdf" ] || fail "a plain copy was written under a refused policy"
wine reg delete "$policy_key" /f >/dev/null
expect 0 "No managed settings" policy

echo "== the window under Wine (GL: DX12 cannot run under Wine here)"
wine "$work/prevent-referral.exe" --renderer gl >"$work/window.log" 2>&1 &
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
# The passphrase file's: the MSI checks below open this library with it.
passphrase="tangerine lighthouse forgets seven"
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

# Starts the program with "$@" (after the environment given as NAME=value
# words), expects a message box titled "Prevent Referral" holding $2 in
# the words also written to stderr, closes it with Return and expects exit
# code $1; a screenshot of the box as $3.png.
expect_box() {
    local want_code=$1 want_text=$2 shot=$3
    shift 3
    env "$@" >"$work/$shot.log" 2>&1 &
    local app=$! box="" code
    for _ in $(seq 1 120); do
        box=$(xdotool search --onlyvisible --name "^Prevent Referral$" 2>/dev/null | head -n 1 || true)
        [ -n "$box" ] && break
        kill -0 "$app" 2>/dev/null || fail "$shot: it exited with no message box: $(tail -n 5 "$work/$shot.log")"
        sleep 0.5
    done
    [ -n "$box" ] || fail "$shot: no message box after 60 s"
    grep -q "$want_text" "$work/$shot.log" ||
        fail "$shot: not the words wanted: $(tail -n 5 "$work/$shot.log")"
    sleep 1
    import -window root "$target_dir/windows/$shot.png"
    xdotool windowfocus --sync "$box"
    xdotool key Return
    for _ in $(seq 1 40); do
        kill -0 "$app" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$app" 2>/dev/null && fail "$shot: the message box did not close"
    set +e
    wait "$app"
    code=$?
    set -e
    [ "$code" -eq "$want_code" ] || fail "$shot: exit $code after the message box (wanted $want_code)"
    echo "windows-check: ok: $shot: a message box said what happened; exit $code"
}

echo "== no renderer at all, or a setting IT got wrong: a message box, not a silent exit"
# Vulkan pinned, and the Vulkan loader pointed at no driver (Mesa's
# lavapipe may be installed beside Wine): no renderer can work.
expect_box 1 "could not open its window" no-renderer-under-wine \
    VK_DRIVER_FILES=/nonexistent/icd.json VK_ICD_FILENAMES=/nonexistent/icd.json \
    wine "$work/prevent-referral.exe" --renderer vulkan
# Started as from the Start menu (no arguments) with a renderer no one has.
expect_box 2 "dx11" bad-renderer-setting-under-wine \
    PREVENT_REFERRAL_RENDERER=dx11 wine "$work/prevent-referral.exe"

echo "== the MSIs: install, run, upgrade, uninstall, drafts kept"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
IFS=. read -r major minor patch <<<"$version"
newer="$major.$minor.$((patch + 1))"
WINDOWS_PACKAGE_EXE="$exe" scripts/windows-package.sh
# A higher version of the same program: what an upgrade installs.
WINDOWS_PACKAGE_EXE="$exe" WINDOWS_PACKAGE_VERSION="$newer" scripts/windows-package.sh >/dev/null
msi() { winepath -w "$target_dir/windows/prevent-referral-$1-$2.msi"; }
# DisplayVersion of every installed product with this name.
installed() {
    wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null |
        tr -d '\r' | awk -v name="$1" '
            /^HKEY/ { shown = ""; version = "" }
            $1 == "DisplayName" { sub(/^ *DisplayName +REG_SZ +/, ""); shown = $0 }
            $1 == "DisplayVersion" { version = $3 }
            shown == name && version != "" { print version; shown = "" }'
}
installed_exe() {
    case $1 in
        per-user) echo "$(winepath -u "$appdata")/../Local/Programs/Prevent Referral/prevent-referral.exe" ;;
        per-machine) echo "$WINEPREFIX/drive_c/Program Files/Prevent Referral/prevent-referral.exe" ;;
    esac
}
run_installed() {
    local scope=$1
    shift
    set +e
    out=$(PREVENT_REFERRAL_PASSPHRASE_FILE="$home"'\passphrase.txt' \
        wine "$(winepath -w "$(installed_exe "$scope")")" "$@" 2>&1)
    code=$?
    set -e
    out=${out//$'\r'/}
}
# The person's own data folder (no --data-dir): where the drafts live.
appdata=$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')
drafts_unix="$(winepath -u "$appdata")/preventreferral/PreventReferral/data/drafts"
for scope in per-user per-machine; do
    case $scope in
        per-user) name="Prevent Referral" ;;
        per-machine) name="Prevent Referral (all users)" ;;
    esac
    wine msiexec /i "$(msi "$version" "$scope")" /qn || fail "$scope: msiexec /i failed"
    [ -f "$(installed_exe "$scope")" ] || fail "$scope: no program installed"
    [ "$(installed "$name")" = "$version" ] || fail "$scope: installed as $(installed "$name")"
    run_installed "$scope" --version
    [ "$code" -eq 0 ] || fail "$scope: the installed program did not run: $out"
    # The console companion beside it: a console program that runs the
    # .exe with the same arguments and ends with its exit code.
    com="$(dirname "$(installed_exe "$scope")")/prevent-referral.com"
    [ -f "$com" ] || fail "$scope: no prevent-referral.com beside the program"
    grep -q '^Subsystem.*Windows CUI' <<<"$(x86_64-w64-mingw32-objdump -p "$com")" ||
        fail "$scope: prevent-referral.com is not a console program"
    set +e
    com_out=$(wine "$(winepath -w "$com")" --version 2>&1)
    com_code=$?
    wine "$(winepath -w "$com")" validate 'C:\no such folder\referral.json' >/dev/null 2>&1
    com_bad=$?
    wine "$(winepath -w "$(installed_exe "$scope")")" validate 'C:\no such folder\referral.json' >/dev/null 2>&1
    exe_bad=$?
    set -e
    [ "$com_code" -eq 0 ] && [[ "${com_out//$'\r'/}" == *"$version"* ]] ||
        fail "$scope: prevent-referral.com --version: exit $com_code: $com_out"
    # A file that cannot be read ends with 2 (as on Linux). The companion
    # must pass that on exactly. The program run straight from Wine (a
    # window program, no console) ended with 1 once, in a fresh-clone CI
    # run (2026-12-06) where the companion gave 2; run again here the same
    # day both gave 2. It is held only to failing, and both codes are said.
    [ "$com_bad" -eq 2 ] && [ "$exe_bad" -ne 0 ] ||
        fail "$scope: prevent-referral.com ended with $com_bad (2 expected); the program itself with $exe_bad"
    echo "windows-check: ok: $scope: prevent-referral.com ended with $com_bad, the program with $exe_bad"
    # One copy on a computer: the other MSI refuses to go in beside it.
    case $scope in
        per-user) other=per-machine other_name="Prevent Referral (all users)" ;;
        per-machine) other=per-user other_name="Prevent Referral" ;;
    esac
    if wine msiexec /i "$(msi "$version" "$other")" /qn; then
        fail "$other: installed beside the $scope copy"
    fi
    [ -z "$(installed "$other_name")" ] || fail "$other: listed as installed beside the $scope copy"
    [ ! -e "$(installed_exe "$other")" ] || fail "$other: its program is there beside the $scope copy"
    run_installed "$scope" drafts import "$home"'\Documents\child complete.json'
    [ "$code" -eq 0 ] || fail "$scope: drafts import failed: $out"
    before=$(ls "$drafts_unix")
    kept=$(grep -c '\.draft\.age$' <<<"$before" || true)
    [ "$kept" -ge 1 ] || fail "$scope: no draft in the person's data folder ($drafts_unix)"
    wine msiexec /i "$(msi "$newer" "$scope")" /qn || fail "$scope: the upgrade failed"
    [ "$(installed "$name")" = "$newer" ] ||
        fail "$scope: after the upgrade: $(installed "$name" | tr '\n' ' ')(wanted only $newer)"
    run_installed "$scope" drafts list
    [ "$code" -eq 0 ] && [[ "$out" == *"8/8 sections, complete"* ]] ||
        fail "$scope: the drafts were not there after the upgrade: $out"
    wine msiexec /x "$(msi "$newer" "$scope")" /qn || fail "$scope: msiexec /x failed"
    [ ! -e "$(installed_exe "$scope")" ] || fail "$scope: the program is still there"
    [ -z "$(installed "$name")" ] || fail "$scope: still listed as installed"
    [ "$(ls "$drafts_unix" | grep -c '\.draft\.age$' || true)" -eq "$kept" ] ||
        fail "$scope: uninstalling touched the drafts: before: $before; after: $(ls "$drafts_unix")"
    echo "windows-check: ok: $scope MSI installed (the $other MSI refused beside it), ran, upgraded to $newer, uninstalled; $kept draft(s) kept"
done
echo "windows-check: passed"
