#!/usr/bin/env bash
# Runs the coverage-guided fuzz targets (cargo-fuzz, libFuzzer with
# AddressSanitizer) for SECONDS each (default 60). CI runs them briefly;
# run longer by hand, e.g. `scripts/fuzz.sh 3600`.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`). The machines have
# only the stable toolchain: RUSTC_BOOTSTRAP=1 lets it take the sanitizer
# flags that cargo-fuzz passes.
#
# New inputs go to fuzz/corpus/TARGET (not committed); the committed seeds
# are fuzz/seeds/TARGET. A crash is saved in fuzz/artifacts/TARGET and the
# script exits non-zero.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/../fuzz"
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
status=0
for target in draft_reader export_reader decrypt; do
    mkdir -p "corpus/$target" "artifacts/$target"
    echo "fuzzing $target for ${seconds}s"
    log="artifacts/$target/last-run.log"
    if ! cargo fuzz run -O "$target" "corpus/$target" "seeds/$target" -- \
        -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=4096 \
        -timeout=10 -print_final_stats=1 >"$log" 2>&1; then
        echo "fuzz: $target stopped with a failure:" >&2
        grep -E "ERROR|SUMMARY|panicked|Test unit written" "$log" >&2 || tail -n 20 "$log" >&2
        status=1
        continue
    fi
    grep -E "^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+.*DONE)" "$log"
    if compgen -G "artifacts/$target/crash-*" >/dev/null || compgen -G "artifacts/$target/leak-*" >/dev/null \
        || compgen -G "artifacts/$target/timeout-*" >/dev/null || compgen -G "artifacts/$target/oom-*" >/dev/null; then
        echo "fuzz: $target found a problem: see fuzz/artifacts/$target" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "fuzz: no crash in ${seconds}s per target"
exit "$status"
