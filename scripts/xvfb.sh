# Sourced by the scripts that need a real X display. start_xvfb [DISPLAY]
# starts Xvfb on DISPLAY, or, with none given, on a display number that is
# free (Xvfb -displayfd picks it: a fixed number fails when another X
# server or a stale lock holds it, as on a shared CI machine). It sets
# $xvfb (the pid) and exports DISPLAY, and fails clearly if no server
# answers within 15 s.
#
# -noreset: by default an X server resets itself when its last client
# leaves. The readiness check below is such a client, so the program
# started next could connect during that reset and be refused ("Failed to
# open connection to X server", seen once in CI on 2026-12-07).
start_xvfb() {
    local wanted=${1:-} numfile
    numfile=$(mktemp)
    if [ -n "$wanted" ]; then
        Xvfb "$wanted" -screen 0 1280x900x24 -nolisten tcp -noreset >/dev/null 2>&1 &
        xvfb=$!
        echo "${wanted#:}" >"$numfile"
    else
        Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -noreset 3>"$numfile" >/dev/null 2>&1 &
        xvfb=$!
    fi
    for _ in $(seq 1 150); do
        [ -s "$numfile" ] && break
        sleep 0.1
    done
    if [ ! -s "$numfile" ]; then
        echo "xvfb: Xvfb did not start (no display number after 15 s)" >&2
        rm -f "$numfile"
        return 1
    fi
    export DISPLAY=":$(head -n 1 "$numfile")"
    rm -f "$numfile"
    for _ in $(seq 1 150); do
        xdpyinfo >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "xvfb: no X server answers on $DISPLAY after 15 s" >&2
    return 1
}
