#!/usr/bin/env bash
# Whether one commit checks faster than another, by wall time, on a machine whose speed
# drifts: the library pass of both (examples/pgo_train.rs on the generated 10 MB corpus,
# one thread) is run in pairs, one right after the other, in alternating order, and the
# difference within each pair is what is reported. A drift of the machine moves both
# runs of a pair alike; it is what made single timings useless in stops 21 and 22
# (docs/performance.md).
#
#   benches/paired.sh A B           # 30 pairs; A and B are commits, or `worktree`
#   PAIRS=60 benches/paired.sh 1924151 worktree
#   BEST_OF=9 PAIRS=12 benches/paired.sh A B
#
# Prints the median time of each, and the median and quartiles of B - A over the pairs:
# a change is measured when both quartiles have the same sign. With BEST_OF=N, each run
# is N passes in one process (examples/time_passes.rs: parse, model, rules, diagnostics,
# what the criterion benchmark times) and counts as its fastest pass; the fastest of all
# runs of each is printed too. Builds go where benches/instructions.sh puts them
# (benches/support/builds.sh).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
if [[ $# -ne 2 ]]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
# shellcheck source=support/builds.sh
source "$here/support/builds.sh"
pairs=${PAIRS:-30}

best_of=${BEST_OF:-}
if [[ -n $best_of ]]; then
  first=$(build_at "$1")/examples/time_passes
  second=$(build_at "$2")/examples/time_passes
else
  first=$(build_at "$1")/examples/pgo_train
  second=$(build_at "$2")/examples/pgo_train
fi

# Milliseconds one run of the library pass takes: the whole process, or with BEST_OF
# its fastest pass.
run_ms() {
  if [[ -n $best_of ]]; then
    RAYON_NUM_THREADS=1 "$1" "$corpus" "$best_of" | awk '{ printf "%d\n", $1 }'
    return
  fi
  local start end
  start=$(date +%s%N)
  RAYON_NUM_THREADS=1 "$1" "$corpus" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

run_ms "$first" >/dev/null # the corpus and the binaries into the page cache
echo "== $pairs pairs" >&2
for ((i = 0; i < pairs; i++)); do
  if ((i % 2 == 0)); then
    a=$(run_ms "$first")
    b=$(run_ms "$second")
  else
    b=$(run_ms "$second")
    a=$(run_ms "$first")
  fi
  echo "$a $b"
done | awk -v A="$1" -v B="$2" '
  function median(v, n) { return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
  function sort(v, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j > 0 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
  }
  { a[NR] = $1; b[NR] = $2; d[NR] = $2 - $1 }
  END {
    n = NR; sort(a, n); sort(b, n); sort(d, n)
    printf "%s: median %d ms, fastest %d ms\n%s: median %d ms, fastest %d ms\n",
      A, median(a, n), a[1], B, median(b, n), b[1]
    printf "%s - %s over %d pairs: median %+d ms, quartiles %+d and %+d ms\n", B, A, n,
      median(d, n), d[int(n / 4) + 1], d[int(3 * n / 4)]
  }'
