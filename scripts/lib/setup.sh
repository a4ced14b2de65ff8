# Sourced by the README commands: installs what is missing, then exports the
# environment every build step shares. Each step checks before it installs, so
# a second run costs seconds. Everything installed is announced with "install:".
#
# Usage: source scripts/lib/setup.sh; setup_build [browser]

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must equal the crate pinned with `=` in Cargo.toml.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$ROOT/Cargo.toml")"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
announce() { printf 'install: %s\n' "$*"; }

# rustup's cargo, when there is one, installs the tools: it is the toolchain
# the tools were verified with.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
host_cargo() {
  if [ -x "$CARGO_BIN/cargo" ]; then "$CARGO_BIN/cargo" "$@"; else cargo "$@"; fi
}

APT_UPDATED=""
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "error: missing ${missing[*]} and no apt-get to install them; install them by hand" >&2
    return 1
  fi
  announce "Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then
    $sudo apt-get update -qq >/dev/null && APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The wasm32 toolchain. The release build rebuilds the standard library
# for size (build-std, panic=immediate-abort, optimize_for_size), which takes
# the library's sources: rustup's wasm32 target and rust-src when rustup has or
# can fetch them, otherwise Debian's rustc-web, which ships both. Either way
# the unstable flags are unlocked with RUSTC_BOOTSTRAP, as Debian's are.
rustup_has() { # kind name
  rustup "$1" list --installed 2>/dev/null | grep -qx "$2" ||
    { timeout 120 rustup "$1" add "$2" >/dev/null 2>&1 && announce "rustup $1 $2"; }
}

setup_wasm_toolchain() {
  if [ "${SR_TOOLCHAIN:-}" != "debian" ] && command -v rustup >/dev/null &&
    rustup_has target wasm32-unknown-unknown && rustup_has component rust-src; then
    SR_TOOLCHAIN=rustup
    # Prebuilt std serves lints and tests; only the release build rebuilds it,
    # offline, so the standard library's own dependencies are fetched first.
    export SR_WASM_CARGO_FLAGS=""
    local std_lock
    std_lock="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
    RUSTC_BOOTSTRAP=1 cargo fetch -q --manifest-path "$std_lock"
  else
    SR_TOOLCHAIN=debian
    apt_install rustc-web cargo-web rust-web-src rust-web-clippy lld-22
    export PATH="/usr/bin:$PATH"
    export SR_WASM_CARGO_FLAGS="-Zbuild-std=std,panic_abort"
  fi
  export RUSTC_BOOTSTRAP=1
  export SR_TOOLCHAIN
}

setup_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    announce "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    # Not --locked: one of its locked dependencies is gone from the registry.
    host_cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

setup_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    announce "trunk $TRUNK_VERSION (about 5 minutes)"
    # --locked: unlocked, a newer dependency breaks the build.
    host_cargo install -q trunk --version "$TRUNK_VERSION" --locked
  fi
}

# wasm-opt comes from the npm package binaryen; Debian's is too old to parse
# today's wasm, so node_modules/.bin goes ahead of /usr/bin.
setup_node_modules() {
  command -v npm >/dev/null || apt_install nodejs npm
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
    ! cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.sr-lock-stamp"; then
    announce "npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$ROOT/package-lock.json" "$ROOT/node_modules/.sr-lock-stamp"
  fi
  export PATH="$ROOT/node_modules/.bin:$PATH"
}

setup_browser() {
  apt_install chromium chromium-driver
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
}

setup_build() {
  export PATH="$CARGO_BIN:$PATH"
  setup_wasm_toolchain
  setup_wasm_bindgen
  setup_trunk
  setup_node_modules
  [ "${1:-}" = "browser" ] && setup_browser
  # node_modules/.bin must stay ahead of any older wasm-opt on the PATH.
  export PATH="$ROOT/node_modules/.bin:$PATH"
  say "toolchain: $SR_TOOLCHAIN ($(rustc --version)), trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version | head -1)"
}

# The environment of a size-tuned release build: Trunk calls cargo itself,
# so the unstable options travel as environment variables, and the panic
# strategy is set for the wasm target only (build scripts stay untouched).
release_env() {
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
}

# The development server's build (scripts/serve.sh): with Trunk's live-reload
# script, so kept out of dist/, which is only ever the release build.
SERVE_DIST="$ROOT/target/serve"

# Release build of the widget into dist/: what scripts/test.sh tests and
# scripts/publish.sh hands to hosts.
build_widget() {
  say "release build of the widget"
  (cd "$ROOT" && release_env && trunk build --offline=true --release "$@")
  build_trainer
}

# The trainer's workbench into dist/trainer/, after the widget: the widget's
# build starts dist/ afresh. Its own page and wasm (Trainer.toml), so nothing
# of it reaches a respondent.
build_trainer() {
  say "release build of the trainer's workbench"
  (cd "$ROOT" && release_env && trunk --config Trainer.toml build --offline=true --release "$@")
}
