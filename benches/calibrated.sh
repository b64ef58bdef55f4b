#!/usr/bin/env bash
# How fast the check is on this machine *now*, judged against two fixed reference
# workloads: whether a slow run is the code or the machine. On the shared machine of
# docs/performance.md the same binary's pass takes from 114 to over 200 ms depending on
# what else the host runs; a comparison of two commits needs benches/paired.sh, but an
# absolute figure ("above 80 MB/s") needs to know which runs had the machine to itself.
#
#   benches/calibrated.sh            # 5 minutes of rounds with the working tree's build
#   MINUTES=30 benches/calibrated.sh
#
# Each round (`examples/time_passes.rs --references`, one thread) times, on one thread:
#   core    a compute-bound workload over a 256 KiB table (the core's own speed),
#   memory  the same over a 64 MiB table (the speed of memory, which the host shares),
#   check   one pass of the check of the generated 10 MB corpus (parse, model, every
#           built-in rule, diagnostics: what `cargo bench --bench check` times).
# Prints the rounds' medians minute by minute, then the check's time by fifths of the
# memory reference's: when the check's time follows the memory reference while the core
# reference stays put, the slow runs are the host's memory, not the code.
# All rounds are kept in target/instructions/calibrated.log (one line per round:
# time, core ms, memory ms, check ms).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
minutes=${MINUTES:-5}
# shellcheck source=support/builds.sh
source "$here/support/builds.sh"
bin=$(build_at worktree)
log="$work/calibrated.log"
: >"$log"
end=$(($(date +%s) + minutes * 60))
echo "== rounds for $minutes minutes, into $log" >&2
while (($(date +%s) < end)); do
  stamp=$(date +%H:%M)
  RAYON_NUM_THREADS=1 "$bin/examples/time_passes" "$corpus" 20 --references | sed "s/^/$stamp /" >>"$log"
done
awk '
  function median(v, n) { return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
  function sort(v, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j > 0 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
  }
  {
    n++; minute[n] = $1; core[n] = $2; memory[n] = $3; check[n] = $4
    sc += $2; sm += $3; sk += $4
    scc += $2 * $2; smm += $3 * $3; skk += $4 * $4; sck += $2 * $4; smk += $3 * $4
  }
  END {
    printf "%-6s %6s %8s %8s %10s %8s\n", "minute", "rounds", "core", "memory", "check", "fastest"
    for (i = 1; i <= n; i = j) {
      m = 0
      for (j = i; j <= n && minute[j] == minute[i]; j++) { m++; c[m] = core[j]; r[m] = memory[j]; k[m] = check[j] }
      sort(c, m); sort(r, m); sort(k, m)
      printf "%-6s %6d %8.1f %8.1f %10.1f %8.1f\n", minute[i], m, median(c, m), median(r, m), median(k, m), k[1]
    }
    # The check by fifths of the memory reference: the rounds ordered by it.
    for (i = 1; i <= n; i++) order[i] = i
    for (i = 2; i <= n; i++) {
      t = order[i]
      for (j = i - 1; j > 0 && memory[order[j]] > memory[t]; j--) order[j + 1] = order[j]
      order[j + 1] = t
    }
    printf "\nby the memory reference (fifths of the %d rounds):\n", n
    for (q = 0; q < 5; q++) {
      m = 0
      for (i = int(q * n / 5) + 1; i <= int((q + 1) * n / 5); i++) { m++; r[m] = memory[order[i]]; k[m] = check[order[i]] }
      sort(k, m)
      printf "  memory %6.1f-%6.1f ms: check median %6.1f ms, fastest %6.1f ms\n", r[1], r[m], median(k, m), k[1]
    }
    corr_core = (sck / n - sc / n * sk / n) / sqrt((scc / n - (sc / n) ^ 2) * (skk / n - (sk / n) ^ 2))
    corr_memory = (smk / n - sm / n * sk / n) / sqrt((smm / n - (sm / n) ^ 2) * (skk / n - (sk / n) ^ 2))
    printf "correlation of the check with the core reference %.2f, with the memory reference %.2f\n", corr_core, corr_memory
  }' "$log"
