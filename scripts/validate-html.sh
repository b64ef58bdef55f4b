#!/usr/bin/env bash
# Validates HTML files with the Nu Html Checker (vnu.jar, the checker behind
# validator.w3.org/nu) and fails on any error or warning it reports.
#
#   scripts/validate-html.sh FILE…
#
# The checker comes from npm (the vnu-jar package) and is installed into
# $DATALINT_HTML_TOOLS (default ~/.cache/datalint-html) the first time; it
# runs on the machine's Java (11 or later). Quiet on success; on failure it
# prints what the checker found and exits 1 (2 when it cannot validate).
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 FILE.html…" >&2
    exit 2
fi

tools="${DATALINT_HTML_TOOLS:-$HOME/.cache/datalint-html}"
package="vnu-jar@26"
jar="$tools/node_modules/vnu-jar/build/dist/vnu.jar"

if ! command -v java >/dev/null; then
    echo "validate-html: java is needed to run the Nu Html Checker" >&2
    exit 2
fi
if [[ ! -f $jar ]]; then
    if ! command -v npm >/dev/null; then
        echo "validate-html: npm is needed to install $package" >&2
        exit 2
    fi
    mkdir -p "$tools"
    # --ignore-scripts: the package's install script only offers to download a Java.
    if ! log="$(npm install --prefix "$tools" --no-audit --no-fund --ignore-scripts "$package" 2>&1)"; then
        echo "$log" >&2
        echo "validate-html: could not install $package into $tools" >&2
        exit 2
    fi
    if [[ ! -f $jar ]]; then
        echo "validate-html: $package installed, but $jar is missing" >&2
        exit 2
    fi
fi
for file in "$@"; do
    if [[ ! -f $file ]]; then
        echo "validate-html: no such file: $file" >&2
        exit 2
    fi
done

# --Werror: a warning fails as an error does. The checker exits 1 when it
# reports anything, and prints each message with its file, line and column.
if ! out="$(java -jar "$jar" --Werror --format gnu "$@" 2>&1)"; then
    if [[ -z $out ]]; then
        echo "validate-html: the checker failed without a message" >&2
        exit 2
    fi
    echo "$out" >&2
    exit 1
fi
