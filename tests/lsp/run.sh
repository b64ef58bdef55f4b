#!/usr/bin/env bash
# Runs the LSP client test: a Python virtual environment with pygls (from
# PyPI) drives `datalint lsp` over stdio on a copy of the examples.
#   tests/lsp/run.sh PATH/TO/datalint
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${DATALINT_LSP_VENV:-$HOME/.cache/datalint-lsp-venv}"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import pygls" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "pygls>=2,<3"
fi
workspace="$(mktemp -d)"
trap 'rm -rf "$workspace"' EXIT
cp "$here/../../examples/"*.dsl "$workspace/"
rm -f "$workspace/mistakes.dsl"
timeout 120 "$venv/bin/python" "$here/client.py" "$1" "$workspace"
