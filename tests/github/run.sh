#!/usr/bin/env bash
# Runs tests/github/reference.js with GitHub's toolkit (@actions/core, from the
# npm registry), installed the first time into $DATALINT_GITHUB_TOOLS (default
# ~/.cache/datalint-github). Reads and writes as reference.js says.
#   tests/github/run.sh < annotations.json
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tools="${DATALINT_GITHUB_TOOLS:-$HOME/.cache/datalint-github}"
if [[ ! -f $tools/node_modules/@actions/core/package.json ]]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --silent "@actions/core@1" >&2
fi
NODE_PATH="$tools/node_modules" exec node "$here/reference.js"
