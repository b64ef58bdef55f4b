#!/usr/bin/env bash
# datalint's speed against two references, in one go on one machine
# (docs/performance.md says what each figure means):
#
#   benches/compare.sh                 # the full run (about 15-30 minutes)
#   benches/compare.sh --quick         # small sizes, to try the script (a minute or two)
#   benches/compare.sh --update-docs   # also write the results into docs/performance.md
#
# Needs: cargo, python3 with regopy (`python3 -m pip install regopy==1.5.2`),
# GNU time at /usr/bin/time (`apt-get install time`); hyperfine is used for the
# start-up time when installed (`apt-get install hyperfine`), else a loop.
# Environment: RUNS (timed runs per figure, default 3), SIZES_MB ("1 10 100"),
# FILES (10000), REGO_GRANTS (10000), KEEP=1 keeps the temporary folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
# shellcheck source=support/machine.sh
source "$here/support/machine.sh"

quick=0
update_docs=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --update-docs) update_docs=1 ;;
    -h | --help)
      sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "compare.sh: unknown argument $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

if [[ $quick == 1 ]]; then
  RUNS="${RUNS:-1}" SIZES_MB="${SIZES_MB:-1 2 4}" FILES="${FILES:-500}" REGO_GRANTS="${REGO_GRANTS:-300}"
fi
RUNS="${RUNS:-3}"
SIZES_MB="${SIZES_MB:-1 10 100}"
FILES="${FILES:-10000}"
REGO_GRANTS="${REGO_GRANTS:-10000}"

die() {
  echo "compare.sh: $*" >&2
  exit 2
}

# ---- what the script needs --------------------------------------------------
command -v cargo >/dev/null || die "cargo is not installed (https://rustup.rs)"
command -v python3 >/dev/null || die "python3 is not installed"
[[ -x /usr/bin/time ]] || die "GNU time is missing at /usr/bin/time: install it with \`apt-get install time\`"
if ! python3 -c 'import regopy' 2>/dev/null; then
  die "the Python package regopy (OPA's Rego, rego-cpp) is missing: install it with \`python3 -m pip install regopy==1.5.2\`"
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/datalint-compare.XXXXXX")"
cleanup() {
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "compare.sh: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT

log() { echo "compare.sh: $*" >&2; }

# ---- build --------------------------------------------------------------------
log "building (release)"
cargo build --release --quiet --bin datalint --example gen_corpus --example json_load
target="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
datalint="$target/release/datalint"
gen="$target/release/examples/gen_corpus"
json_load="$target/release/examples/json_load"

# Files over a size limit are refused where datalint has one; the 100 MiB corpus is meant to be read.
check_limit=()
export_limit=()
if "$datalint" check --help | grep -q -- '--max-file-size'; then check_limit=(--max-file-size 0); fi
if "$datalint" export --help | grep -q -- '--max-file-size'; then export_limit=(--max-file-size 0); fi

results="$tmp/results.tsv" # name <tab> value
: >"$results"
put() { printf '%s\t%s\n' "$1" "$2" >>"$results"; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# measure NAME CMD…: runs CMD $RUNS times under GNU time; records the median
# wall seconds as NAME.s, the median CPU seconds (user + system, all threads)
# as NAME.cpu and the largest peak RSS (KiB) as NAME.rss. Exit codes 0 and 1
# (findings) count as success.
measure() {
  local name="$1"
  shift
  local walls=() cpus=() rss=0 i out rc wall user sys kib
  for ((i = 0; i < RUNS; i++)); do
    out="$tmp/time.$name.$i"
    rc=0
    /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>"$tmp/stderr.$name" || rc=$?
    if [[ $rc -gt 1 ]]; then
      cat "$tmp/stderr.$name" >&2
      die "$name: \`$*\` exited with $rc"
    fi
    read -r wall user sys kib < <(tail -n 1 "$out")
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
    ((kib > rss)) && rss=$kib
  done
  put "$name.s" "$(printf '%s\n' "${walls[@]}" | median)"
  put "$name.cpu" "$(printf '%s\n' "${cpus[@]}" | median)"
  put "$name.rss" "$rss"
}

# ---- the machine --------------------------------------------------------------
{
  echo "cpu: $(describe_cpu)"
  echo "logical CPUs: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "kernel: $(uname -sr)"
  echo "rustc: $(rustc --version)"
  echo "python: $(python3 --version 2>&1), regopy $(python3 -c 'import regopy; print(regopy.__version__)')"
  echo "load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} >"$tmp/machine.txt"
log "$(tr '\n' ';' <"$tmp/machine.txt")"

# ---- scaling: check at each size ------------------------------------------------
for mb in $SIZES_MB; do
  log "check of a ${mb} MiB corpus"
  "$gen" --bytes $((mb * 1048576)) --seed 42 --out "$tmp/corpus-$mb.dsl"
  put "bytes.$mb" "$(stat -c %s "$tmp/corpus-$mb.dsl")"
  measure "check.$mb" "$datalint" check "${check_limit[@]}" --format json "$tmp/corpus-$mb.dsl"
done
largest="$(echo "$SIZES_MB" | tr ' ' '\n' | sort -n | tail -n 1)"
put "findings.bytes" "$("$datalint" check "${check_limit[@]}" --format json --exit-zero "$tmp/corpus-$largest.dsl" | wc -c)"

# ---- start-up: a small file -------------------------------------------------------
log "start-up"
"$gen" --grants 1 --seed 42 --out "$tmp/small.dsl"
put "bytes.small" "$(stat -c %s "$tmp/small.dsl")"
if command -v hyperfine >/dev/null; then
  hyperfine --style none --warmup 5 --runs 50 -i --export-json "$tmp/startup.json" \
    "$datalint check --format json $tmp/small.dsl" >/dev/null 2>&1
  put "startup.s" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$tmp/startup.json")"
  put "startup.tool" "hyperfine, 50 runs after 5 warm-up runs, median"
else
  for ((i = 0; i < 50; i++)); do
    start=$(date +%s%N)
    "$datalint" check "${check_limit[@]}" --format json "$tmp/small.dsl" >/dev/null || true
    echo $(($(date +%s%N) - start))
  done | sort -n | awk '{a[NR]=$1} END {print (a[25]+a[26])/2/1e9}' >"$tmp/startup.txt"
  put "startup.s" "$(cat "$tmp/startup.txt")"
  put "startup.tool" "a loop of 50 runs, median"
fi

# ---- many small files, 1 and 2 threads ----------------------------------------------
log "check of $FILES small files"
"$gen" --grants "$FILES" --files "$FILES" --seed 42 --out "$tmp/files"
put "bytes.files" "$(du -sb "$tmp/files" | cut -f 1)"
RAYON_NUM_THREADS=1 measure "files.t1" "$datalint" check "${check_limit[@]}" --format json "$tmp/files"
RAYON_NUM_THREADS=2 measure "files.t2" "$datalint" check "${check_limit[@]}" --format json "$tmp/files"

# ---- reference 1: serde_json parsing the export of the largest corpus -----------------
log "export of the ${largest} MiB corpus and serde_json parsing it"
RUNS=1 measure "export.$largest" "$datalint" export "${export_limit[@]}" -o "$tmp/export-$largest.json" "$tmp/corpus-$largest.dsl"
put "bytes.export" "$(stat -c %s "$tmp/export-$largest.json")"
for ((i = 0; i < RUNS; i++)); do
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time.json.$i" "$json_load" "$tmp/export-$largest.json" >"$tmp/json_load.$i"
done
python3 - "$tmp" "$RUNS" >>"$results" <<'EOF'
import json, statistics, sys
tmp, runs = sys.argv[1], int(sys.argv[2])
loads = [json.load(open(f"{tmp}/json_load.{i}")) for i in range(runs)]
times = [open(f"{tmp}/time.json.{i}").read().split()[-4:] for i in range(runs)]
print(f"json.parse.s\t{statistics.median(l['parse_seconds'] for l in loads)}")
cpu = [l["parse_cpu_seconds"] for l in loads if l["parse_cpu_seconds"] is not None]
print(f"json.parse.cpu\t{statistics.median(cpu) if cpu else 'nan'}")
print(f"json.process.s\t{statistics.median(float(t[0]) for t in times)}")
print(f"json.process.cpu\t{statistics.median(float(t[1]) + float(t[2]) for t in times)}")
print(f"json.rss\t{max(int(t[3]) for t in times)}")
EOF
rm -f "$tmp/export-$largest.json"

# ---- reference 2: the eight rules in Rego on a REGO_GRANTS-grant corpus ------------------
log "datalint and Rego on a $REGO_GRANTS-grant corpus"
"$gen" --grants "$REGO_GRANTS" --seed 42 --out "$tmp/grants.dsl"
put "bytes.grants" "$(stat -c %s "$tmp/grants.dsl")"
measure "grants.check" "$datalint" check "${check_limit[@]}" --format json "$tmp/grants.dsl"
RUNS=1 measure "grants.export" "$datalint" export "${export_limit[@]}" --no-spans -o "$tmp/grants.json" "$tmp/grants.dsl"
put "bytes.grants.export" "$(stat -c %s "$tmp/grants.json")"
rules=MON001,MON002,MON004,MON006,MON011,PRV001,PRV010,TRN001
"$datalint" check "${check_limit[@]}" --format json --exit-zero --select "$rules" -o "$tmp/grants.findings.json" "$tmp/grants.dsl"
log "Rego: evaluating (this is the slow part)"
/usr/bin/time -f '%e %U %S %M' -o "$tmp/time.rego" python3 "$here/rego/run.py" --out "$tmp/rego.json" "$tmp/grants.json"
python3 - "$tmp" >>"$results" <<'EOF'
import collections, json, sys
tmp = sys.argv[1]
rego = json.load(open(f"{tmp}/rego.json"))[0]
wall, user, system, rss = open(f"{tmp}/time.rego").read().split()[-4:]
print(f"rego.s\t{wall}")
print(f"rego.cpu\t{float(user) + float(system)}")
print(f"rego.rss\t{rss}")
for part in ("input", "eval"):
    print(f"rego.{part}.s\t{rego['seconds'][part]}")
    print(f"rego.{part}.cpu\t{rego['cpu_seconds'][part]}")
ours = collections.Counter(
    d["code"] for d in json.load(open(f"{tmp}/grants.findings.json"))["diagnostics"]
)
theirs = {code: r["count"] for code, r in rego["rules"].items()}
agree = all(ours.get(code, 0) == n for code, n in theirs.items())
print(f"rego.findings\t{sum(theirs.values())}")
print(f"rego.agree\t{'yes' if agree else 'NO: ' + json.dumps({c: [ours.get(c, 0), n] for c, n in theirs.items()})}")
EOF
echo "load average at end: $(cut -d ' ' -f 1-3 /proc/loadavg)" >>"$tmp/machine.txt"

# ---- the report ------------------------------------------------------------------------
python3 - "$tmp" "$SIZES_MB" "$FILES" "$REGO_GRANTS" "$largest" >"$tmp/results.md" <<'EOF'
import sys
tmp, sizes, files, grants, largest = sys.argv[1], sys.argv[2].split(), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
r = {}
for line in open(f"{tmp}/results.tsv", encoding="utf-8"):
    k, v = line.rstrip("\n").split("\t", 1)
    r[k] = v
f = lambda k: float(r[k])
MiB = 1048576
out = []
p = out.append


def fit(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else float("nan")
    icpt = my - slope * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    r2 = 1 - sum((y - (icpt + slope * x)) ** 2 for x, y in zip(xs, ys)) / ss_tot if ss_tot else float("nan")
    return slope, icpt, r2


p("Machine:\n")
p("```text")
p(open(f"{tmp}/machine.txt").read().rstrip())
p("```\n")
p("Sizes are in MiB (1,048,576 bytes). *Wall* is elapsed time; *CPU* is user + system time of all "
  "threads, what the process itself used (a busy machine makes wall time longer, CPU time much less "
  "so). Each is the median of the runs. Peak RSS is the largest maximum resident set size that GNU "
  "time reports.\n")
p("### Scaling: `datalint check --format json` (parse, model, all rules, JSON output)\n")
p("| corpus | bytes | wall s | CPU s | MiB/s (wall) | MiB/s (CPU) | peak RSS | RSS / input |")
p("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
xs, ws, cs = [], [], []
for mb in sizes:
    b, w, c, rss = f(f"bytes.{mb}"), f(f"check.{mb}.s"), f(f"check.{mb}.cpu"), f(f"check.{mb}.rss") * 1024
    xs.append(b / MiB); ws.append(w); cs.append(c)
    p(f"| {mb} MiB | {int(b):,} | {w:.2f} | {c:.2f} | {b / MiB / w:.1f} | {b / MiB / c:.1f} | {rss / MiB:.0f} MiB | {rss / b:.2f}× |")
p("")
for label, ys in (("wall", ws), ("CPU", cs)):
    slope, icpt, r2 = fit(xs, ys)
    ratio = (ys[-1] / xs[-1]) / (ys[0] / xs[0])
    p(f"- Least-squares fit, {label} time: **{slope:.4f} s per MiB** ({1 / slope:.1f} MiB/s) "
      f"{'+' if icpt >= 0 else '−'} {abs(icpt):.3f} s, R² = {r2:.4f}; the cost per MiB of the "
      f"largest corpus is {ratio:.2f}× that of the smallest.")
p("")
p("### Start-up and many small files\n")
p(f"- Start-up: `datalint check --format json` on a {int(f('bytes.small')):,}-byte file: "
  f"**{f('startup.s') * 1000:.1f} ms** wall ({r['startup.tool']}).")
t1, t2 = f("files.t1.s"), f("files.t2.s")
fb = f("bytes.files")
p(f"- {files:,} small files ({fb / MiB:.1f} MiB in all): **{t1:.2f} s** wall with 1 thread "
  f"({fb / MiB / t1:.1f} MiB/s; CPU {f('files.t1.cpu'):.2f} s), **{t2:.2f} s** with 2 threads "
  f"({fb / MiB / t2:.1f} MiB/s; CPU {f('files.t2.cpu'):.2f} s): a speed-up of {t1 / t2:.2f}× "
  f"(`RAYON_NUM_THREADS`). Peak RSS {f('files.t2.rss') / 1024:.0f} MiB.\n")
p(f"### Reference 1: serde_json parsing the export of the {largest} MiB corpus\n")
big, eb = f(f"bytes.{largest}"), f("bytes.export")
cw, cc = f(f"check.{largest}.s"), f(f"check.{largest}.cpu")
pw, pc = f("json.parse.s"), f("json.parse.cpu")
p(f"- `datalint export` of the {largest} MiB corpus: {f(f'export.{largest}.s'):.2f} s wall, "
  f"{f(f'export.{largest}.cpu'):.2f} s CPU, peak RSS {f(f'export.{largest}.rss') / 1024:.0f} MiB "
  f"({f(f'export.{largest}.rss') * 1024 / big:.2f}× the input: the model without the rules); "
  f"{eb / MiB:.0f} MiB of JSON ({eb / big:.1f}× the DSL).")
p(f"- `examples/json_load.rs` (serde_json into a `serde_json::Value`): the parse takes **{pw:.2f} s** wall, "
  f"**{pc:.2f} s** CPU ({eb / MiB / pc:.0f} MiB of JSON per CPU second); the whole process "
  f"{f('json.process.s'):.2f} s wall, {f('json.process.cpu'):.2f} s CPU; peak RSS {f('json.rss') / 1024:.0f} MiB.")
p(f"- `datalint check` of the DSL: **{cw:.2f} s** wall, **{cc:.2f} s** CPU: {cw / pw:.2f}× the parse "
  f"alone in wall time, {cc / pc:.2f}× in CPU time.\n")
p(f"### Reference 2: the eight rules in Rego (regopy / rego-cpp) on {grants:,} grants\n")
gb, gw, gc = f("bytes.grants"), f("grants.check.s"), f("grants.check.cpu")
rw, rc = f("rego.s"), f("rego.cpu")
p(f"- `datalint check --format json`, all 46 rules, end to end on the {gb / MiB:.1f} MiB corpus: "
  f"**{gw:.2f} s** wall, **{gc:.2f} s** CPU.")
p(f"- `datalint export --no-spans`: {f('grants.export.s'):.2f} s wall, {f('grants.export.cpu'):.2f} s CPU; "
  f"{f('bytes.grants.export') / MiB:.1f} MiB of JSON.")
p(f"- `benches/rego/run.py` (eight rules): **{rw:.1f} s** wall, **{rc:.1f} s** CPU in all; loading the "
  f"JSON into Rego {f('rego.input.s'):.1f} s wall / {f('rego.input.cpu'):.1f} s CPU, evaluating "
  f"{f('rego.eval.s'):.1f} s / {f('rego.eval.cpu'):.1f} s; peak RSS {f('rego.rss') / 1024:.0f} MiB; "
  f"{int(f('rego.findings')):,} findings; the same count per rule as datalint: {r['rego.agree']}.")
p(f"- Rego takes **{rw / gw:.0f}×** datalint's wall time and **{rc / gc:.0f}×** its CPU time "
  f"({(rc + f('grants.export.cpu')) / gc:.0f}× CPU counting the export).\n")
p("### Goals of issue 6\n")
rss_ratio = f(f"check.{largest}.rss") * 1024 / big
p("| goal | measured | met |")
p("| --- | --- | --- |")
p(f"| a full check of the DSL takes no longer than serde_json parsing the export ({largest} MiB) | "
  f"CPU {cc:.2f} s vs {pc:.2f} s ({cc / pc:.2f}×); wall {cw:.2f} s vs {pw:.2f} s ({cw / pw:.2f}×) | "
  f"{'yes' if cc <= pc else 'no'} (CPU), {'yes' if cw <= pw else 'no'} (wall) |")
p(f"| peak RSS under 3× the input ({largest} MiB) | {rss_ratio:.2f}× (the JSON findings alone are "
  f"{f('findings.bytes') / big:.1f}× the input) | {'yes' if rss_ratio < 3 else 'no'} |")
p(f"| datalint at least 100× faster than Rego end to end ({grants:,} grants) | CPU {rc / gc:.0f}×, wall {rw / gw:.0f}× | "
  f"{'yes' if rc / gc >= 100 else 'no'} (CPU), {'yes' if rw / gw >= 100 else 'no'} (wall) |")
print("\n".join(out))
EOF
cat "$tmp/results.md"

if [[ $update_docs == 1 ]]; then
  doc="$repo/docs/performance.md"
  python3 - "$doc" "$tmp/results.md" <<'EOF'
import sys
doc, results = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
begin, end = "<!-- results:begin -->", "<!-- results:end -->"
if begin not in text or end not in text:
    sys.exit(f"compare.sh: {doc} has no {begin} … {end} section")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(doc, "w", encoding="utf-8").write(f"{head}{begin}\n{results}\n{end}{tail}")
EOF
  log "wrote the results into docs/performance.md"
fi
