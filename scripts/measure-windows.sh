#!/usr/bin/env bash
# Measures, in one run under one Xvfb, the time from launch to the first
# visible window and the peak memory (VmHWM) of the Linux build and of the
# Windows .exe under Wine (GL renderer: DX12 cannot run under Wine here),
# and prints a Markdown table with their ratio for docs/PERFORMANCE.md.
#
#   scripts/measure-windows.sh [--debug] [RUNS]
#
# --debug measures the debug builds `cargo test` and scripts/windows-check.sh
# leave behind (no release build needed: a ratio, not figures to quote).
# Needs what scripts/windows-check.sh needs; a Wine prefix is made in a
# temporary folder (with the test-only bcryptprimitives stand-in).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=release
if [ "${1:-}" = "--debug" ]; then
    profile=debug
    shift
fi
runs=${1:-5}
target_dir=${CARGO_TARGET_DIR:-target}
linux="$target_dir/$profile/prevent-referral"
exe="$target_dir/x86_64-pc-windows-gnu/$profile/prevent-referral.exe"
for bin in "$linux" "$exe"; do
    [ -f "$bin" ] || { echo "measure-windows: no $bin (build it first)" >&2; exit 1; }
done

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
display=:${MEASURE_DISPLAY:-95}
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export DISPLAY=$display
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
# Booted with no display, and the server let go before the first window:
# a prefix booted on the X display showed every window 10 s later here
# (measured 2026-12-05: 10.6 s against 0.5 s), which is Wine's, not ours.
DISPLAY= wineboot --init >/dev/null 2>&1
wineserver -w
x86_64-w64-mingw32-gcc -shared -O2 \
    -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    scripts/windows/bcryptprimitives-for-wine.c \
    scripts/windows/bcryptprimitives-for-wine.def -ladvapi32
# Wine's own start-up (wineserver, the prefix) is not the program's: keep
# the server running between runs, as it is on Windows.
wineserver -p >/dev/null 2>&1 || true
wine cmd /c exit >/dev/null 2>&1 || true
cp "$exe" "$work/prevent-referral.exe"

now() { date +%s%N; }
wait_window() {
    local start=$1
    for _ in $(seq 1 1200); do
        if xdotool search --onlyvisible --name "Prevent Referral" >/dev/null 2>&1; then
            echo $((($(now) - start) / 1000000))
            return 0
        fi
        sleep 0.05
    done
    echo "timeout"
    return 1
}
peak_kib() { awk '/VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# One start not counted: the first window in a new prefix waits for Wine's
# one-off set-up (about 10 s here), which a Windows PC does not have.
wine "$work/prevent-referral.exe" --renderer gl --data-dir 'C:\warm-up' >/dev/null 2>&1 &
pid=$!
wait_window "$(now)" >/dev/null || true
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

linux_ms=() linux_kib=() wine_ms=() wine_kib=()
for i in $(seq 1 "$runs"); do
    home=$work/home-$i
    mkdir -p "$home"
    start=$(now)
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        WGPU_BACKEND=gl "$linux" &
    pid=$!
    linux_ms+=("$(wait_window "$start")")
    sleep 1
    linux_kib+=("$(peak_kib "$pid")")
    kill "$pid"
    wait "$pid" 2>/dev/null || true

    start=$(now)
    wine "$work/prevent-referral.exe" --renderer gl \
        --data-dir "C:\\measure-$i" >/dev/null 2>&1 &
    pid=$!
    wine_ms+=("$(wait_window "$start")")
    sleep 1
    wine_kib+=("$(peak_kib "$pid")")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    sleep 0.5
done

lm=$(printf '%s\n' "${linux_ms[@]}" | median)
lk=$(printf '%s\n' "${linux_kib[@]}" | median)
wm=$(printf '%s\n' "${wine_ms[@]}" | median)
wk=$(printf '%s\n' "${wine_kib[@]}" | median)
echo "| $profile build, median of $runs | Linux | Windows .exe under Wine | Wine / Linux |"
echo "|---|---|---|---|"
echo "| launch to first visible window | $lm ms | $wm ms | $(awk -v a="$wm" -v b="$lm" 'BEGIN { printf "%.2f", a / b }') |"
echo "| peak memory (VmHWM) | $((lk / 1024)) MiB | $((wk / 1024)) MiB | $(awk -v a="$wk" -v b="$lk" 'BEGIN { printf "%.2f", a / b }') |"
echo "| program size | $(($(stat -c %s "$linux") / 1048576)) MiB | $(($(stat -c %s "$exe") / 1048576)) MiB | |"
echo
echo "runs: Linux ${linux_ms[*]} ms, ${linux_kib[*]} KiB; Wine ${wine_ms[*]} ms, ${wine_kib[*]} KiB"
