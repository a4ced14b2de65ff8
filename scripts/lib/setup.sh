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

# The wasm32 toolchain: rustup's target when it has or can fetch it, otherwise
# Debian's rustc-web, which carries the standard library sources so the wasm
# standard library is built from source (build-std).
setup_wasm_toolchain() {
  if [ "${SR_TOOLCHAIN:-}" != "debian" ] && command -v rustup >/dev/null; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      SR_TOOLCHAIN=rustup
    elif timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
      announce "rustup target wasm32-unknown-unknown"
      SR_TOOLCHAIN=rustup
    fi
  fi
  if [ "${SR_TOOLCHAIN:-}" != "rustup" ]; then
    SR_TOOLCHAIN=debian
    apt_install rustc-web cargo-web rust-web-src rust-web-clippy lld-22
    export PATH="/usr/bin:$PATH"
    export RUSTC_BOOTSTRAP=1
    # Only wasm builds rebuild std; the flag is read per invocation.
    export SR_WASM_CARGO_FLAGS="-Zbuild-std=std,panic_abort"
    # Trunk calls cargo itself, so the unstable flag travels by environment.
    export SR_TRUNK_ENV="CARGO_UNSTABLE_BUILD_STD=std,panic_abort"
  else
    export SR_WASM_CARGO_FLAGS=""
    export SR_TRUNK_ENV=""
  fi
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

# Release build of the widget into dist/.
build_widget() {
  say "release build of the widget"
  (cd "$ROOT" && env $SR_TRUNK_ENV trunk build --offline=true --release "$@")
}
