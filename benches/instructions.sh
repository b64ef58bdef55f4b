#!/usr/bin/env bash
# Instructions the check of the generated 10 MB corpus takes, counted by callgrind, at one
# or more commits: a measure that does not drift with the machine's load, as wall time does
# (docs/performance.md, stop 21: the same binary's whole check took 255-321 ms in one hour).
#
#   benches/instructions.sh                 # the working tree
#   benches/instructions.sh 2a3e77f HEAD    # each commit, built in a worktree of its own
#   benches/instructions.sh 2a3e77f worktree
#
# For each, on one thread (RAYON_NUM_THREADS=1):
#   library  examples/pgo_train.rs: the rules loaded, parse, model, all rules, diagnostics
#            (what `cargo bench --bench check` times as parse+model+rules, plus loading);
#   cli      `datalint check --statistics`: the same through the command line, with reading
#            the file, sorting the diagnostics and counting them;
#   parse    `datalint check --statistics --select TRN001`: parse and model, and one cheap rule.
# Needs valgrind. Builds go to target/instructions/ (or $CARGO_TARGET_DIR/instructions/).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 2; }
# shellcheck source=support/builds.sh
source "$here/support/builds.sh"

# Instructions callgrind counts for one command.
# (A check with findings exits 1; that is not a failure here.)
count() {
  local log
  log=$(RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" \
    2>&1 >/dev/null || true)
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' <<<"$log"
}

measure() {
  local label=$1 bin
  bin=$(build_at "$1")
  printf '%-12s library %s  cli %s  parse %s\n' "$label" \
    "$(count "$bin/examples/pgo_train" "$corpus")" \
    "$(count "$bin/datalint" check --statistics "$corpus")" \
    "$(count "$bin/datalint" check --statistics --select TRN001 "$corpus")"
}

if [[ $# -eq 0 ]]; then
  measure worktree
  exit 0
fi
for rev in "$@"; do
  if [[ $rev == worktree ]]; then
    measure worktree
  else
    measure "$(git rev-parse --short "$rev")"
  fi
done
