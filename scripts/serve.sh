#!/usr/bin/env bash
# Builds the widget and serves it at http://127.0.0.1:8080, rebuilding and
# reloading the page on change. Installs whatever is missing first (see
# scripts/lib/setup.sh). For development only: its build carries Trunk's
# live-reload script, which a strict Content-Security-Policy refuses, so it
# goes to target/serve, never to dist/ (what hosts publish: scripts/publish.sh).
set -euo pipefail
source "$(dirname "$0")/lib/setup.sh"
setup_build
say "serving SCORE Readiness at http://127.0.0.1:8080/ and the embedding demo at http://127.0.0.1:8080/examples/association.html (Ctrl-C to stop)"
cd "$ROOT"
release_env
exec trunk serve --offline=true --release --dist "$SERVE_DIST" "$@"
