#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test tier; exits non-zero if any fails.
#   1. cargo fmt --check and cargo clippy (native and wasm) with warnings as errors
#   2. native cargo test: the engine, charts as SVG strings, state encoding
#   3. wasm-bindgen-test: components mounted in a real DOM in headless Chromium
#   4. the release build, with its size budget
#   5. end-to-end tests: @playwright/test drives Chromium against the release build
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --test
export PATH="$HOME/.cargo/bin:$(pwd)/.tools/node_modules/.bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests"
cargo test

step "wasm tests in headless Chromium"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
cargo test --target wasm32-unknown-unknown --test wasm_dom

step "release build and size budget"
trunk build index.html --release
node tests/e2e/size-budget.mjs dist

step "end-to-end tests in Chromium"
# --no-install: the runner comes from tests/e2e/node_modules (setup.sh), never a download.
(cd tests/e2e && npx --no-install playwright test)
