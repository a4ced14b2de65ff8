#!/usr/bin/env bash
# Checks a translated catalog against English and says, in plain words, what
# is missing, extra, empty or has different {placeholders}:
#
#   scripts/check-catalog.sh catalogs/fr.json              # the interface
#   scripts/check-catalog.sh catalogs/fr.assessment.json   # questions, results
#
# Exit status 0 when the file is complete, 1 when something needs fixing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 1 ]; then
  echo "Usage: scripts/check-catalog.sh FILE   (for example catalogs/fr.json)" >&2
  exit 2
fi
file=$(realpath "$1")
exec cargo run --quiet --example check-catalog -- "$file"
