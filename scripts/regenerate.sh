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
cargo test --locked --test export_contract --test form --test ui_snapshots "$@"
