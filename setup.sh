#!/usr/bin/env bash
# Installs everything the app needs to build, serve and test, and skips what is already
# in place, so a second run takes seconds. Sourced by serve.sh and test.sh.
#
#   ./setup.sh            build tools (wasm target, trunk, wasm-bindgen-cli, wasm-opt)
#   ./setup.sh --test     the same plus Chromium, ChromeDriver and the end-to-end packages
#
# Only package registries are reachable on our machines, so every tool comes from
# crates.io, npm or Debian; nothing downloads a prebuilt binary at run time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)

TRUNK_VERSION=0.21.14     # 0.22.x refuses rustc 1.95, the toolchain these machines ship.
BINARYEN_VERSION=132.0.0  # Debian's wasm-opt 108 writes a wasm that fails at start.
TERSER_VERSION=5.46.0     # Minifies wasm-bindgen's JS glue in release builds (post-build.mjs).

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, or the generated
# JS glue does not match the wasm. Read the pinned version from the lock file.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WB_VERSION=$(wasm_bindgen_version)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  log "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# The package must be in .tools/ even when another wasm-opt 132 is installed: serve.sh,
# test.sh and bench.sh put .tools/ on PATH, for trunk and for bench.sh's size ledger.
npm_version() { node -p "require('$ROOT/.tools/node_modules/$1/package.json').version" 2>/dev/null; }
if [ "$(npm_version binaryen)" != "$BINARYEN_VERSION" ] || [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  log "installing wasm-opt from the npm package binaryen@$BINARYEN_VERSION"
  mkdir -p "$ROOT/.tools"
  npm install --silent --no-audit --no-fund --save-exact --prefix "$ROOT/.tools" "binaryen@$BINARYEN_VERSION"
fi

if [ "$(npm_version terser)" != "$TERSER_VERSION" ]; then
  log "installing terser@$TERSER_VERSION from npm (minifies the JS glue)"
  mkdir -p "$ROOT/.tools"
  npm install --silent --no-audit --no-fund --save-exact --prefix "$ROOT/.tools" "terser@$TERSER_VERSION"
fi

# Trunk refuses any tool whose version differs from Trunk.toml (it never downloads):
# keep the pin in Trunk.toml equal to the lock file's, and fail here with a clear reason.
if ! grep -q "wasm_bindgen = \"$WB_VERSION\"" "$ROOT/Trunk.toml"; then
  echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WB_VERSION: update Trunk.toml." >&2
  exit 1
fi

if [ "${1:-}" = "--test" ]; then
  # poppler-utils: pdftotext reads the PDF that Chromium prints, for the print test.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null || ! fc-list 2>/dev/null | grep -qi dejavu; then
    log "installing Debian's chromium, chromium-driver, fonts-dejavu-core and poppler-utils"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fonts-dejavu-core poppler-utils >/dev/null
  fi
  if [ ! -d "$ROOT/tests/e2e/node_modules/@playwright/test" ] || [ "$ROOT/tests/e2e/package-lock.json" -nt "$ROOT/tests/e2e/node_modules/.package-lock.json" ]; then
    log "installing the end-to-end test packages (@playwright/test drives Debian's chromium)"
    # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: we use /usr/bin/chromium; a browser download fails here.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund --prefix "$ROOT/tests/e2e"
  fi
fi
log "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
