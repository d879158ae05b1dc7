#!/usr/bin/env bash
# Sets up what is missing, builds the app and serves it on http://127.0.0.1:8080.
#   ./serve.sh              debug build with live reload
#   PORT=9000 ./serve.sh    another port
#   ./serve.sh --release    the optimised build, as it ships
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
export PATH="$HOME/.cargo/bin:$(pwd)/.tools/node_modules/.bin:$PATH"
exec trunk serve index.html --port "${PORT:-8080}" "$@"
