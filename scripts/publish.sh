#!/usr/bin/env bash
# Makes the files hosts publish: the release build into dist/, the same build
# scripts/test.sh tests. Installs whatever is missing first (see
# scripts/lib/setup.sh). Copy dist/ to your server or CDN, one folder per
# release (README, "Embed on your site").
set -euo pipefail
source "$(dirname "$0")/lib/setup.sh"
setup_build
build_widget
say "dist/ is ready to publish"
