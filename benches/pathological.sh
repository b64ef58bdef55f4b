#!/usr/bin/env bash
# datalint on inputs that stress one mechanism each, at two sizes, so that a
# cost that grows faster than the input shows as a ratio well above the size
# ratio (docs/performance.md, "Inputs that stress one mechanism"):
#
#   benches/pathological.sh          # builds the release binary, prints a table
#
# - references: grants whose operators are all defined elsewhere ("did you mean"
#   for every unresolved reference);
# - waivers: grants with a block waiver and an attribute waiver each;
# - report: `datalint report --format html` of the generated corpus (clause texts
#   with the findings inside them);
# - stacked: waiver comments stacked above one block (also with CRLF line ends);
# - invisible: broken lines that each hold a zero-width space;
# - longline: one list of unresolved references on one line, in SARIF
#   (line and column of each diagnostic on a long line), and in the report
#   (each finding's excerpt of its line);
# - diff-same-reference: `datalint diff` of a file with itself, whose findings
#   all share one fingerprint;
# - datasets: one grant listing every dataset: public (also at provincial scope,
#   which MON008 groups by dataset), personal from one source
#   (both linear) and personal from two sources (PRV008's pairs of datasets:
#   still quadratic, see docs/performance.md).
#
# Environment: SCALE (default 1) multiplies the sizes; KEEP=1 keeps the folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
scale="${SCALE:-1}"

cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
bin="${CARGO_TARGET_DIR:-$repo/target}/release/datalint"
gen="${CARGO_TARGET_DIR:-$repo/target}/release/examples/gen_corpus"

dir="$(mktemp -d)"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$dir"' EXIT

# Writes input NAME with N repetitions to standard output.
generate() { # name n
  python3 - "$1" "$2" <<'PY'
import sys
name, n = sys.argv[1], int(sys.argv[2])
policy = 'policy "P" {\n  jurisdiction "CN-XX"\n  authority b\n}\nbody b "B" {\n  kind regulator\n}'

def datasets(category, sources=("statistics",), scope="", key=lambda i: f"k{i}"):
    print(policy + '\noperator o "O" {\n  kind private\n}')
    for i in range(n):
        source = sources[i % len(sources)]
        categories = category(i) if callable(category) else category
        print(f'dataset d{i} "D{i}" {{\n  categories [{categories}]\n  source {source}\n  keys [{key(i)}]\n}}')
    print('grant g "G" {\n  operator o\n' + scope + '  datasets [' + ", ".join(f"d{i}" for i in range(n)) + "]\n}")

if name == "references":
    for i in range(n):
        print(f"operator operator_{i} {{\n  kind private\n}}\ngrant grant_{i} {{\n  operator operatr_{i}\n}}")
elif name == "waivers":
    print(policy)
    for i in range(n):
        print(f'# datalint: allow MON001 "reason {i}"\ngrant g{i} "G" {{\n  exclusive true\n  # datalint: allow MON002 "why"\n  term 30y\n}}')
elif name in ("stacked", "stacked_crlf"):
    end = "\r\n" if name == "stacked_crlf" else "\n"
    lines = [policy] + [f'# datalint: allow MON001 "reason {i}"' for i in range(n)]
    lines.append('grant g "G" {\n  exclusive true\n  term 30y\n}')
    sys.stdout.write("".join(line.replace("\n", end) + end for line in lines))
elif name == "invisible":
    for i in range(n):
        print(f"body b{i} {{\n  kind ?? regulator\u200b\n}}")
elif name == "same_reference":
    print('grant g "G" {\n  datasets [' + ", ".join("x" for i in range(n)) + "]\n}")
elif name == "longline":
    print('grant g "G" {\n  datasets [' + ", ".join(f"d{i}" for i in range(n)) + "]\n}")
elif name == "datasets":
    datasets("public.statistics")
elif name == "provincial_datasets":
    datasets("public.statistics", scope="  scope provincial\n")
elif name == "personal_datasets":
    datasets("user.demographic.gender")
elif name == "personal_two_sources":
    datasets("user.demographic.gender", ("statistics", "health"))
elif name == "shared_key_one_source":
    # Every dataset holds the same key, all from one source but the last, which holds
    # another key: no pair can be joined.
    datasets("user.demographic.gender", ("health",) * (n - 1) + ("statistics",),
             key=lambda i: "national_id" if i < n - 1 else "phone")
elif name == "direct_one_source":
    # Every dataset holds a direct identifier, all from one source; the last, from another
    # source, holds none: no pair.
    datasets(lambda i: "user.name" if i < n - 1 else "user.demographic.gender",
             ("health",) * (n - 1) + ("statistics",))
elif name == "nonpersonal_shared_key":
    # Non-personal datasets of two sources share a key; the one personal dataset holds
    # another: no pair, as two non-personal datasets are not one.
    datasets(lambda i: "public.statistics" if i < n - 1 else "user.demographic.gender",
             ("health", "statistics"), key=lambda i: "national_id" if i < n - 1 else "phone")
else:
    sys.exit(f"no input named {name}")
PY
}

# `datalint diff` of a file with itself.
diff_itself() { # file
  "$bin" diff "$1" "$1"
}

# Seconds of one run of the command (the best of three).
seconds() {
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    best=$(python3 -c "a='$best'; t=$end-$start; print(t if a == '' else min(float(a), t))")
  done
  printf '%.3f' "$best"
}

printf '| input | small | bytes | s | large | bytes | s | time ratio |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
row() { # name small large make command...
  local name=$1 small=$2 large=$3 make=$4
  shift 4
  local files=() times=() sizes=()
  for n in "$small" "$large"; do
    local file="$dir/$name-$n.dsl"
    if [[ $make == corpus ]]; then
      "$gen" --bytes "$n" --seed 42 --out "$file" >/dev/null
    else
      generate "$make" "$n" >"$file"
    fi
    sizes+=("$(wc -c <"$file")")
    times+=("$(seconds "$@" "$file")")
  done
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$small" "${sizes[0]}" "${times[0]}" \
    "$large" "${sizes[1]}" "${times[1]}" "$(python3 -c "print(f'{${times[1]} / max(${times[0]}, 0.001):.1f}x')")"
}
row references $((2500 * scale)) $((10000 * scale)) references "$bin" check --format json
row waivers $((5000 * scale)) $((20000 * scale)) waivers "$bin" check --format json
row report $((1048576 * scale)) $((4194304 * scale)) corpus "$bin" report --format html
row stacked $((5000 * scale)) $((20000 * scale)) stacked "$bin" check --format json
row stacked-crlf $((5000 * scale)) $((20000 * scale)) stacked_crlf "$bin" check --format json
row invisible $((20000 * scale)) $((80000 * scale)) invisible "$bin" check --format json
row longline $((40000 * scale)) $((160000 * scale)) longline "$bin" check --format sarif
row longline-report $((10000 * scale)) $((40000 * scale)) longline "$bin" report --format html
row diff-same-reference $((25000 * scale)) $((100000 * scale)) same_reference diff_itself
row datasets $((500 * scale)) $((2000 * scale)) datasets "$bin" check --format json
row provincial-datasets $((10000 * scale)) $((40000 * scale)) provincial_datasets "$bin" check --format json
row personal-datasets $((500 * scale)) $((2000 * scale)) personal_datasets "$bin" check --format json
row personal-two-sources $((500 * scale)) $((2000 * scale)) personal_two_sources "$bin" check --format json
row shared-key-one-source $((500 * scale)) $((2000 * scale)) shared_key_one_source "$bin" check --format json
row direct-one-source $((500 * scale)) $((2000 * scale)) direct_one_source "$bin" check --format json
row nonpersonal-shared-key $((500 * scale)) $((2000 * scale)) nonpersonal_shared_key "$bin" check --format json
