#!/usr/bin/env bash
# The check's throughput when datalint is built with a profile of its own runs
# (profile-guided optimization), beside a plain release build:
#
#   benches/pgo.sh          # about 10 minutes on 2 cores: three release builds
#
# 1. builds datalint instrumented (`-Cprofile-generate`) and checks the examples and a
#    generated 10 MB corpus with it, on one thread;
# 2. merges the profile with the toolchain's `llvm-profdata` (the `llvm-tools` rustup
#    component, added if missing: it must match rustc's LLVM);
# 3. runs the criterion group `10MB` (benches/check.rs) on one thread, built plainly and
#    then with the profile (`-Cprofile-use`).
#
# The builds go to target/pgo/ (or $CARGO_TARGET_DIR/pgo/), so the usual target directory
# is not rebuilt. docs/performance.md reports the figures.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"

pgo="${CARGO_TARGET_DIR:-$repo/target}/pgo"
profiles="$pgo/profiles"
rm -rf "$profiles"
mkdir -p "$profiles"

sysroot="$(rustc --print sysroot)"
profdata="$(find "$sysroot" -name llvm-profdata -type f | head -1)"
if [[ -z "$profdata" ]]; then
  rustup component add llvm-tools
  profdata="$(find "$sysroot" -name llvm-profdata -type f | head -1)"
fi

echo "== instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$profiles/raw" CARGO_TARGET_DIR="$pgo/generate" \
  cargo build --release --quiet --bin datalint --example gen_corpus
generate="$pgo/generate/release"
"$generate/examples/gen_corpus" --bytes 10485760 --seed 42 --out "$profiles/corpus.dsl" >/dev/null

echo "== training: the examples and the 10 MB corpus, one thread" >&2
# Findings exit 1; that is what is being trained on.
RAYON_NUM_THREADS=1 "$generate/datalint" check --format json examples/*.dsl >/dev/null || true
RAYON_NUM_THREADS=1 "$generate/datalint" check --format json "$profiles/corpus.dsl" >/dev/null || true
RAYON_NUM_THREADS=1 "$generate/datalint" report --format html examples/*.dsl >/dev/null || true
"$profdata" merge -o "$profiles/merged.profdata" "$profiles/raw"

echo "== criterion, plain release build" >&2
RAYON_NUM_THREADS=1 CARGO_TARGET_DIR="$pgo/plain" cargo bench --quiet --bench check -- '^10MB/'
echo "== criterion, built with the profile" >&2
RAYON_NUM_THREADS=1 RUSTFLAGS="-Cprofile-use=$profiles/merged.profdata" CARGO_TARGET_DIR="$pgo/use" \
  cargo bench --quiet --bench check -- '^10MB/'
