#!/bin/sh
# Runs one fuzz target with the settings of docs/fuzzing.md:
#   fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags…]
# TARGET is parse, check, rule_file or config; SECONDS defaults to 1800.
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`); RUSTC_BOOTSTRAP=1
# lets the stable toolchain take the nightly flags cargo-fuzz passes.
# Fork mode keeps going after a crash, timeout or out-of-memory; each is
# saved under fuzz/artifacts/TARGET/.
set -eu
cd "$(dirname "$0")/.."
target=$1
seconds=${2:-1800}
[ $# -ge 2 ] && shift 2 || shift 1
case $target in
    parse | check) dict=policy max_len=65536 ;;
    rule_file) dict=rule max_len=32768 ;;
    config) dict=config max_len=8192 ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac
fuzz/seed-corpora.sh
mkdir -p "fuzz/artifacts/$target"
RUSTC_BOOTSTRAP=1 exec nice -n 19 cargo fuzz run --sanitizer none "$target" "fuzz/corpus/$target" -- \
    -dict="fuzz/dict/$dict.dict" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -print_final_stats=1 "$@"
