#!/bin/sh
# Regenerates every checked-in file that the code makes: the export
# fixtures and the JSON Schema (tests/export_contract.rs), the field
# reference docs/FORM-REFERENCE.md and the key tables of docs/EXPORT-FORMAT.md
# (tests/form.rs) and the page snapshots
# (tests/ui_snapshots.rs, rendered with Mesa's GL). Look at `git diff` and
# every changed image before committing.
set -eu
cd "$(dirname "$0")/.."
export REGENERATE=1 UPDATE_SNAPSHOTS=1
export WGPU_BACKEND="${WGPU_BACKEND:-gl}"
# Twice: the second run (not writing) checks what the first wrote (the examples are made
# from the fixtures the first run writes), and fails if anything is left.
cargo test --locked --no-fail-fast --test export_contract --test form --test ui_snapshots "$@" ||
    true
env -u REGENERATE -u UPDATE_SNAPSHOTS \
    cargo test --locked --no-fail-fast --test export_contract --test form --test ui_snapshots "$@"
