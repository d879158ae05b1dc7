#!/usr/bin/env bash
# Benchmarks the release build and writes the results to bench/RESULTS.md (kept in the
# repo, so a change's effect on size and speed shows up in review).
#
#   ./bench.sh
#
# What it measures, in one markdown report (also printed):
#   a. download size of the release build: wasm, JS, CSS, HTML raw, gzip -9 and brotli
#      (the same counting as the size budget, tests/e2e/size-budget.mjs);
#   b. in headless Chromium on loopback: time from navigation to the first painted KPI
#      (median of 5 first visits), and input-to-paint latency of one keystroke (p50/p95
#      over 100 edits) with both funnels at 10 stages and the charts on screen;
#   c. native engine throughput (benches/engine.rs: reports and timeline months per
#      second for a 10-stage funnel);
#   d. the size of a minimal Leptos 0.8 counter (bench/counter/) built with the same
#      toolchain and profile, and how many times larger our app is;
#   e. a size ledger: the wasm's bytes by crate or area of the app (bench/ledger.mjs);
#   f. first KPI paint under Lighthouse's mobile profile (slow 4G, CPU slowed 4×, files
#      served gzipped), for the app and the counter.
#
# Not part of ./test.sh: timings depend on the machine and its load, so they inform
# rather than gate. Sizes are gated by the size budget in the tests already.
#
# Builds go to a temp dist dir and to bench/target (CARGO_TARGET_DIR), never to dist/
# or target/: the test build may be running in the same checkout at the same time, and
# trunk writes wasm-bindgen's output under the cargo target dir, so sharing it would let
# the two builds overwrite each other's files. bench/target is kept between runs, so
# only the first run compiles the dependencies (about 10 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

# The same tools as the tests (trunk, wasm-bindgen-cli, wasm-opt, Chromium,
# @playwright/test); setup.sh installs what is missing and is quick otherwise.
./setup.sh --test
export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="$ROOT/bench/target"

TMP=$(mktemp -d -t funnel-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "size ledger's classifier (node --test)"
node --test bench/ledger.test.mjs

step "release build of the app (into $TMP/app)"
trunk build index.html --release --dist "$TMP/app"

step "a copy of the app's wasm with names, for the size ledger"
# wasm-bindgen's output, before trunk's wasm-opt: optimised the same way (-Oz) but with
# the name section kept (-g), so each function's bytes can be put down to its crate.
wasm-opt "$CARGO_TARGET_DIR/wasm-bindgen/release/funnel_bg.wasm" -Oz -g -o "$TMP/funnel-named.wasm"

step "release build of the Leptos counter baseline (into $TMP/counter)"
# Trunk reads Trunk.toml from the working directory: build from the counter's own dir
# so its pins (offline, wasm-bindgen 0.2.130, wasm-opt 132) apply.
(cd bench/counter && trunk build index.html --release --dist "$TMP/counter")

# The same for the counter: its Leptos, std and wasm-bindgen rows are what any Leptos
# app pays, the baseline for the app's.
wasm-opt "$CARGO_TARGET_DIR/wasm-bindgen/release/counter_bg.wasm" -Oz -g -o "$TMP/counter-named.wasm"

step "native engine throughput (cargo bench --bench engine)"
cargo bench --bench engine | tee "$TMP/engine.txt"
# Without `harness = false` in Cargo.toml, cargo runs the file under libtest, which finds
# no tests and prints no figures: say so instead of writing a report without them.
if ! grep -q '^reports_per_sec:' "$TMP/engine.txt"; then
  echo 'bench.sh: benches/engine.rs printed no figures: Cargo.toml needs [[bench]] name = "engine", harness = false' >&2
  exit 1
fi

step "sizes and browser timings"
node bench/run.mjs --app "$TMP/app" --counter "$TMP/counter" --engine "$TMP/engine.txt" --named "$TMP/funnel-named.wasm" --named-counter "$TMP/counter-named.wasm" --out bench/RESULTS.md
