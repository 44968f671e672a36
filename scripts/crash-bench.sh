#!/usr/bin/env bash
# Kills a process that saves drafts continuously, at random moments, N times
# (default 1,000), and checks after every kill that the library lists
# cleanly and every draft holds one whole save. Prints the tally.
#
#   scripts/crash-bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
cargo build --release --example draft_writer >/dev/null
bin=target/release/examples/draft_writer
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ok=0
for i in $(seq 1 "$n"); do
    "$bin" write "$dir" 3 &
    pid=$!
    # 5 to 150 ms: from mid-start-up to mid-stream.
    sleep "0.$(printf '%03d' $((RANDOM % 146 + 5)))"
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    if "$bin" check "$dir" >/dev/null; then
        ok=$((ok + 1))
    else
        echo "kill $i: the library was damaged" >&2
        "$bin" check "$dir" || true
        exit 1
    fi
    # Keep the library from growing without end.
    if [ $((i % 100)) -eq 0 ]; then
        rm -rf "${dir:?}"/*
        echo "$i kills, nothing lost so far"
    fi
done
echo "$ok of $n kills with nothing lost"
