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
# Each round (`examples/time_passes.rs --references`) times, one after the other on one
# thread:
#   core    a compute-bound workload over a 256 KiB table (the core's own speed),
#   memory  the same over a 64 MiB table (the speed of memory, which the host shares),
#   check   one pass of the check of the generated 10 MB corpus (parse, model, every
#           built-in rule, diagnostics: what `cargo bench --bench check` times).
# Prints (with python3) the rounds' medians minute by minute, the check's time by fifths of
# the memory reference's, and how closely the check follows each reference: when it follows
# the memory reference while the core reference stays put, the slow runs are the host's
# memory, not the code.
# All rounds are kept in target/instructions/calibrated.log (one line per round:
# time, core ms, memory ms, check ms).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
minutes=${MINUTES:-5}
# shellcheck source=support/builds.sh
source "$here/support/builds.sh"
# shellcheck source=support/machine.sh
source "$here/support/machine.sh"
bin=$(build_at worktree)
log="$work/calibrated.log"
: >"$log"
end=$(($(date +%s) + minutes * 60))
echo "cpu: $(describe_cpu)"
echo "== rounds for $minutes minutes, into $log" >&2
while (($(date +%s) < end)); do
  stamp=$(date +%H:%M)
  RAYON_NUM_THREADS=1 "$bin/examples/time_passes" "$corpus" 20 --references | sed "s/^/$stamp /" >>"$log"
done
python3 - "$log" <<'SUMMARY'
import statistics
import sys

rounds = [line.split() for line in open(sys.argv[1])]
minute = [r[0] for r in rounds]
core, memory, check = ([float(r[i]) for r in rounds] for i in (1, 2, 3))

print(f"{'minute':<6} {'rounds':>6} {'core':>8} {'memory':>8} {'check':>10} {'fastest':>8}")
for m in dict.fromkeys(minute):
    at = [i for i, x in enumerate(minute) if x == m]
    med = lambda v: statistics.median(v[i] for i in at)
    print(f"{m:<6} {len(at):>6} {med(core):>8.1f} {med(memory):>8.1f} {med(check):>10.1f} "
          f"{min(check[i] for i in at):>8.1f}")

order = sorted(range(len(rounds)), key=lambda i: memory[i])
print(f"\nby the memory reference (fifths of the {len(rounds)} rounds):")
for q in range(5):
    part = order[q * len(order) // 5:(q + 1) * len(order) // 5]
    if part:
        checks = [check[i] for i in part]
        print(f"  memory {memory[part[0]]:6.1f}-{memory[part[-1]]:6.1f} ms: check median "
              f"{statistics.median(checks):6.1f} ms, fastest {min(checks):6.1f} ms")
if len(rounds) > 1:
    print(f"correlation of the check with the core reference "
          f"{statistics.correlation(core, check):.2f}, with the memory reference "
          f"{statistics.correlation(memory, check):.2f}")
SUMMARY
