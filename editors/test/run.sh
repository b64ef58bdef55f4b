#!/usr/bin/env bash
# Tokenizes every examples/*.dsl with the VS Code grammar through vscode-textmate and
# vscode-oniguruma (the libraries VS Code itself uses) and checks the scopes of key constructs.
# Installs the two npm packages into editors/test/node_modules on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ ! -d editors/test/node_modules/vscode-textmate ] || [ ! -d editors/test/node_modules/vscode-oniguruma ]; then
  npm install --prefix editors/test --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null
fi
exec node editors/test/tokenize.mjs "$@"
