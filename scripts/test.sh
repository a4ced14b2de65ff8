#!/usr/bin/env bash
# Runs every test: formatting, lints (native and wasm32), native unit,
# property and render tests, the release build, the browser tests with the
# accessibility audit, and the download budget. Installs whatever is missing.
# Nothing here is timed: speed is the benchmark's (scripts/benchmark.mjs).
#
#   scripts/test.sh            everything
#   scripts/test.sh --fast     skip the wasm build and the browser tests
set -euo pipefail
source "$(dirname "$0")/lib/setup.sh"
cd "$ROOT"
fast=""
[ "${1:-}" = "--fast" ] && fast=1
setup_build browser
started=$SECONDS

say "format"
cargo fmt --check

say "clippy (native)"
cargo clippy --quiet --all-targets -- -D warnings

say "clippy (wasm32)"
cargo clippy --quiet --target wasm32-unknown-unknown $SR_WASM_CARGO_FLAGS --lib --bins -- -D warnings

say "native tests: domain, reducer, catalogs, render"
cargo test --quiet

say "benchmark (smoke run)"
cargo bench --quiet --bench domain

if [ -z "$fast" ]; then
  build_widget
  say "browser tests (headless Chromium, axe-core)"
  node --test --test-concurrency=1 tests/e2e/*.test.mjs
  # Last, so a build over budget still shows what the browser tests say.
  say "download budget (bytes until the first screen is interactive)"
  node scripts/budget.mjs
fi
say "all tests passed in $((SECONDS - started)) s"
