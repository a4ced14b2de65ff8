#!/usr/bin/env bash
# Builds the widget and the trainer's workbench and serves them at
# http://127.0.0.1:8080/ (the workbench at /trainer/), rebuilding and
# reloading on change. Installs whatever is missing first (see
# scripts/lib/setup.sh). For development only: its builds carry Trunk's
# live-reload script, which a strict Content-Security-Policy refuses, so they
# go to target/serve*, never to dist/ (what hosts publish: scripts/publish.sh).
set -euo pipefail
source "$(dirname "$0")/lib/setup.sh"
setup_build
cd "$ROOT"
release_env
# The workbench is a Trunk build of its own (Trainer.toml) on port 8081; the
# widget's server hands it /trainer/, so the two pages sit side by side as in
# dist/ and the workbench's invitation links reach the widget's page.
trunk --config Trainer.toml serve --offline=true --release --dist "$SERVE_DIST-trainer" \
  --port 8081 --no-autoreload >"$ROOT/target/serve-trainer.log" 2>&1 &
trainer=$!
trap 'kill "$trainer" 2>/dev/null || true' EXIT
say "serving SCORE Readiness at http://127.0.0.1:8080/, the embedding demo at http://127.0.0.1:8080/examples/association.html and the trainer's workbench at http://127.0.0.1:8080/trainer/ (Ctrl-C to stop; the workbench's build log is target/serve-trainer.log)"
trunk serve --offline=true --release --dist "$SERVE_DIST" \
  --proxy-backend=http://127.0.0.1:8081/ --proxy-rewrite=/trainer/ "$@"
