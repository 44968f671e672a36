#!/usr/bin/env bash
# Starts the release binary in a real X window (Xvfb), waits for a window
# titled "Prevent Referral" (failing after 30 s), types a passphrase into
# the first-start screen with real key presses, waits for the unlocked
# title, takes a screenshot, then closes the app with Ctrl+Q and checks it
# exited cleanly. Then starts it again with PREVENT_REFERRAL_PASSPHRASE_FILE
# and checks it unlocks with that.
#
#   scripts/window-smoke.sh [BINARY] [SCREENSHOT.png]
#
# Needs: xvfb xauth xdotool imagemagick (apt).
set -euo pipefail
bin=${1:-target/release/prevent-referral}
shot=${2:-target/window-smoke.png}
export WGPU_BACKEND=${WGPU_BACKEND:-gl}
# shellcheck source=scripts/xvfb.sh
. "$(dirname "$0")/xvfb.sh"

# Preferences go to a throwaway home, never the real one.
home=$(mktemp -d)

# What the app prints on stderr, shown when it fails to start.
errors=$(mktemp)
xvfb=""
app=""
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home" "$errors"' EXIT
# A free display unless SMOKE_DISPLAY names one.
start_xvfb "${SMOKE_DISPLAY:+:$SMOKE_DISPLAY}" || exit 1

passphrase="window smoke walnut seventeen"
# Says what the X server was doing when the app could not reach it, so a
# failure tells the server's fault from the program's.
describe_x() {
    if kill -0 "$xvfb" 2>/dev/null; then
        echo "window-smoke: Xvfb (pid $xvfb) is running on $DISPLAY" >&2
    else
        echo "window-smoke: Xvfb (pid $xvfb) on $DISPLAY has exited" >&2
    fi
    if xdpyinfo >/dev/null 2>&1; then
        echo "window-smoke: xdpyinfo reaches $DISPLAY now" >&2
    else
        echo "window-smoke: xdpyinfo cannot reach $DISPLAY either" >&2
    fi
}
start_app() {
    local tries=${1:-2}
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" 2>"$errors" &
    app=$!
    window=""
    for _ in $(seq 1 300); do
        window=$(xdotool search --onlyvisible --name "Prevent Referral" 2>/dev/null | head -n 1 || true)
        [ -n "$window" ] && break
        if ! kill -0 "$app" 2>/dev/null; then
            cat "$errors" >&2
            echo "window-smoke: the app exited before showing a window" >&2
            describe_x
            # Only a refused connection to the X server is tried again,
            # once, on a new server, and it says so: any other exit fails.
            if [ "$tries" -gt 1 ] && grep -q "connection to X server" "$errors"; then
                echo "window-smoke: trying once more on a new Xvfb" >&2
                kill "$xvfb" 2>/dev/null || true
                start_xvfb || exit 1
                start_app $((tries - 1))
                return
            fi
            exit 1
        fi
        sleep 0.1
    done
    if [ -z "$window" ]; then
        echo "window-smoke: no window titled \"Prevent Referral\" after 30 s" >&2
        exit 1
    fi
    echo "window-smoke: window $window: $(xdotool getwindowname "$window")"
    sleep 1
    xdotool windowfocus --sync "$window"
}

# Waits for the title to contain $1.
wait_title() {
    for _ in $(seq 1 150); do
        case "$(xdotool getwindowname "$window" 2>/dev/null)" in
            *"$1"*) return 0 ;;
        esac
        sleep 0.2
    done
    echo "window-smoke: the title never said \"$1\": $(xdotool getwindowname "$window")" >&2
    mkdir -p "$(dirname "$shot")"
    import -window root "${shot%.png}-failed.png" && echo "window-smoke: screenshot in ${shot%.png}-failed.png" >&2
    exit 1
}

quit_app() {
    xdotool windowfocus --sync "$window"
    xdotool key --window "$window" ctrl+q
    for _ in $(seq 1 100); do
        kill -0 "$app" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$app" 2>/dev/null; then
        echo "window-smoke: the app did not close on Ctrl+Q" >&2
        exit 1
    fi
    wait "$app"
    status=$?
    echo "window-smoke: closed cleanly (exit $status)"
    [ "$status" -eq 0 ] || exit "$status"
}

# First start: the passphrase is chosen on screen, typed as a person would.
start_app
wait_title "locked"
# egui gives a frame's key presses to the box focused at its start, so
# pause after Tab as a person does, or the next letters go to the first box.
xdotool type --delay 40 "$passphrase"
sleep 0.5
xdotool key Tab
sleep 0.5
xdotool type --delay 40 "$passphrase"
sleep 0.5
xdotool key Return
wait_title "referral started"
echo "window-smoke: set up and unlocked: $(xdotool getwindowname "$window")"
sleep 1
mkdir -p "$(dirname "$shot")"
import -window root "$shot"
echo "window-smoke: screenshot in $shot"
quit_app
key=$(find "$home/data" -name key.age | head -n 1)
if [ -z "$key" ] || grep -q "AGE-SECRET-KEY" "$key"; then
    echo "window-smoke: no encrypted key.age was made" >&2
    exit 1
fi

# Second start: unlocked from the passphrase file, as a script would.
printf '%s\n' "$passphrase" > "$home/passphrase"
export PREVENT_REFERRAL_PASSPHRASE_FILE=$home/passphrase
start_app
wait_title "referral started"
echo "window-smoke: unlocked from the passphrase file"
quit_app
