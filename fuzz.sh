#!/usr/bin/env bash
# Fuzzes the decoders of untrusted text (share links, imported files, saved state):
# the properties in tests/fuzz_decoders.rs with FUZZ_CASES cases each (default 300,000:
# four properties, 1.2 million inputs, each fed to every decoder it fits). Not part of
# ./test.sh, which runs the same properties with a few hundred cases.
#   ./fuzz.sh            FUZZ_CASES=1000000 ./fuzz.sh
set -euo pipefail
cd "$(dirname "$0")"
export FUZZ_CASES=${FUZZ_CASES:-300000}
echo "fuzz: $FUZZ_CASES cases per property"
time cargo test --release --test fuzz_decoders -- --test-threads=2
