#!/usr/bin/env bash
# The check's throughput when datalint is built with a profile of its own runs
# (profile-guided optimization), beside a plain release build:
#
#   benches/pgo.sh          # about 10 minutes on 2 cores: three release builds
#
# 1. builds the library instrumented (`-Cprofile-generate`) and checks the examples and a
#    generated 10 MB corpus with it (examples/pgo_train.rs, on one thread: the datalint
#    binary ends with `_exit`, before the profile is written). The corpus has another seed
#    than the benchmark's;
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
  cargo build --release --quiet --example gen_corpus --example pgo_train
generate="$pgo/generate/release/examples"
"$generate/gen_corpus" --bytes 10485760 --seed 7 --out "$profiles/corpus.dsl" >/dev/null
# The build scripts ran instrumented too: only the training's profiles are kept.
rm -rf "$profiles/raw"

echo "== training: the examples and a 10 MB corpus, one thread" >&2
RAYON_NUM_THREADS=1 "$generate/pgo_train" examples/*.dsl >/dev/null
RAYON_NUM_THREADS=1 "$generate/pgo_train" "$profiles/corpus.dsl" >/dev/null
"$profdata" merge -o "$profiles/merged.profdata" "$profiles/raw"

echo "== criterion, plain release build" >&2
RAYON_NUM_THREADS=1 CARGO_TARGET_DIR="$pgo/plain" cargo bench --quiet --bench check -- '^10MB/'
echo "== criterion, built with the profile" >&2
RAYON_NUM_THREADS=1 RUSTFLAGS="-Cprofile-use=$profiles/merged.profdata" CARGO_TARGET_DIR="$pgo/use" \
  cargo bench --quiet --bench check -- '^10MB/'
