#!/usr/bin/env bash
# Measures, under Xvfb on this machine, the time from launch to the first
# painted (visible) window and the peak memory (VmHWM) of the release build,
# next to LibreOffice Writer opening a .docx of the same form.
# Prints a Markdown table for docs/PERFORMANCE.md.
#
#   scripts/measure-launch.sh [RUNS]
#
# Needs: xvfb xdotool x11-utils libreoffice-writer (apt), python-docx (pip).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bin=target/release/prevent-referral
[ -x "$bin" ] || cargo build --release
export WGPU_BACKEND=${WGPU_BACKEND:-gl}

work=$(mktemp -d)
display=:${MEASURE_DISPLAY:-96}
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

docx=$work/prevent-referral-form.docx
python3 scripts/make-form-docx.py ../shared/FORM.md "$docx" >/dev/null

now() { date +%s%N; }

# Waits for a visible window whose title matches $1; prints milliseconds since $2.
wait_window() {
    local pattern=$1 start=$2
    for _ in $(seq 1 6000); do
        if xdotool search --onlyvisible --name "$pattern" >/dev/null 2>&1; then
            echo $((($(now) - start) / 1000000))
            return 0
        fi
        sleep 0.005
    done
    echo "timeout"
    return 1
}

peak_kib() { awk '/VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

app_ms=() app_kib=() lo_ms=() lo_kib=()
for i in $(seq 1 "$runs"); do
    home=$work/home-$i
    mkdir -p "$home"
    start=$(now)
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" &
    pid=$!
    app_ms+=("$(wait_window "Prevent Referral" "$start")")
    sleep 1
    app_kib+=("$(peak_kib "$pid")")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done

profile=$work/lo-profile
# One start to create LibreOffice's profile, so every measured run is a warm start.
soffice -env:UserInstallation="file://$profile" --norestore --nologo --writer "$docx" &
wait_window "prevent-referral-form" "$(now)" >/dev/null || true
sleep 2
pkill -f "soffice.bin.*$profile" || true
sleep 2
for i in $(seq 1 "$runs"); do
    start=$(now)
    soffice -env:UserInstallation="file://$profile" --norestore --nologo --writer "$docx" &
    lo_ms+=("$(wait_window "prevent-referral-form" "$start")")
    sleep 1
    lo_pid=$(pgrep -f "soffice.bin.*$profile" | head -n 1)
    lo_kib+=("$(peak_kib "$lo_pid")")
    pkill -f "soffice.bin.*$profile" || true
    sleep 2
done

a_ms=$(printf '%s\n' "${app_ms[@]}" | median)
a_kib=$(printf '%s\n' "${app_kib[@]}" | median)
l_ms=$(printf '%s\n' "${lo_ms[@]}" | median)
l_kib=$(printf '%s\n' "${lo_kib[@]}" | median)
echo "| | launch to first painted window (median of $runs) | peak memory (VmHWM, median) |"
echo "|---|---:|---:|"
echo "| Prevent Referral (release) | ${a_ms} ms | $((a_kib / 1024)) MiB |"
echo "| LibreOffice Writer opening the form as .docx | ${l_ms} ms | $((l_kib / 1024)) MiB |"
awk -v a="$a_ms" -v l="$l_ms" -v am="$a_kib" -v lm="$l_kib" 'BEGIN { printf "| ratio (Prevent Referral / Writer) | %.2f | %.2f |\n", a / l, am / lm }'
echo
echo "runs: app ${app_ms[*]} ms; writer ${lo_ms[*]} ms"
