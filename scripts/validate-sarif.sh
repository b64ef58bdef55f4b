#!/usr/bin/env bash
# Validates SARIF logs with Microsoft's SARIF validator (`sarif-multitool
# validate`, the one the SARIF web validator runs) and fails on any error or
# warning it reports. Notes (optional best practices such as code snippets or
# version-control provenance) are not failures; pass -v to print them.
#
#   scripts/validate-sarif.sh [-v] FILE…
#
# The validator is installed with npm into $DATALINT_SARIF_TOOLS (default
# ~/.cache/datalint-sarif) the first time. Quiet on success; on failure it
# prints each error and warning and exits 1 (2 when it cannot validate).
set -euo pipefail

verbose=0
if [[ ${1:-} == -v ]]; then
    verbose=1
    shift
fi
if [[ $# -eq 0 ]]; then
    echo "usage: $0 [-v] FILE.sarif…" >&2
    exit 2
fi

tools="${DATALINT_SARIF_TOOLS:-$HOME/.cache/datalint-sarif}"
package="@microsoft/sarif-multitool@5"

# The platform package holds a self-contained .NET executable. Its npm
# wrapper (bin.js) runs it through a shell, which splits `--level "A;B"`, so
# the executable is run directly.
find_tool() {
    local platform
    case "$(uname -s)" in
        Linux) platform=linux ;;
        Darwin) platform=darwin ;;
        *) platform=win32 ;;
    esac
    local dir="$tools/node_modules/@microsoft/sarif-multitool-$platform"
    for name in Sarif.Multitool Sarif.Multitool.exe; do
        if [[ -f $dir/$name ]]; then
            echo "$dir/$name"
            return 0
        fi
    done
    return 1
}

if ! command -v node >/dev/null; then
    echo "validate-sarif: node is needed (it comes with npm)" >&2
    exit 2
fi
if ! tool="$(find_tool)"; then
    if ! command -v npm >/dev/null; then
        echo "validate-sarif: npm is needed to install $package" >&2
        exit 2
    fi
    mkdir -p "$tools"
    if ! log="$(npm install --prefix "$tools" --no-audit --no-fund "$package" 2>&1)"; then
        echo "$log" >&2
        echo "validate-sarif: could not install $package into $tools" >&2
        exit 2
    fi
    if ! tool="$(find_tool)"; then
        echo "validate-sarif: $package installed, but no validator for this platform in $tools" >&2
        exit 2
    fi
fi
# npm may skip the package's install script, which makes the file executable.
[[ -x $tool ]] || chmod u+x "$tool"

for file in "$@"; do
    if [[ ! -f $file ]]; then
        echo "validate-sarif: no such file: $file" >&2
        exit 2
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
report="$work/report.sarif"

# SARIF2006 (a note) fetches every URI in the log over HTTP: slow, and
# meaningless offline. It is off unless DATALINT_SARIF_CHECK_URIS=1; the
# validator then notes that a rule was disabled, and that notice is ignored.
config=()
if [[ ${DATALINT_SARIF_CHECK_URIS:-0} != 1 ]]; then
    cat >"$work/config.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
XML
    config=(--config "$work/config.xml")
fi

# The validator's exit code is 0 whatever it finds; its findings are the
# results of the SARIF log it writes. The invariant culture spares it an ICU
# library.
if ! console="$(DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    "$tool" validate "$@" --output "$report" --log ForceOverwrite \
    --level "Error;Warning;Note" "${config[@]}" 2>&1)" || [[ ! -s $report ]]; then
    echo "$console" >&2
    echo "validate-sarif: the validator failed" >&2
    exit 2
fi

# Count the validator's results by level: a result without `level` is a
# warning (SARIF 3.27.10). A failed run, and error or warning notifications
# (but the one about SARIF2006 being off), count as errors. Node is there
# since npm is.
node - "$report" "$verbose" <<'JS'
const fs = require("fs");
const [reportPath, verbose] = [process.argv[2], process.argv[3] === "1"];
const log = JSON.parse(fs.readFileSync(reportPath, "utf8").replace(/^\uFEFF/, ""));

function pathOf(result) {
  for (const location of result.locations || []) {
    const uri = location.physicalLocation?.artifactLocation?.uri;
    if (uri) {
      return uri.startsWith("file:") ? decodeURIComponent(new URL(uri).pathname) : uri;
    }
  }
  return "?";
}

function textOf(message, rule) {
  if (message.text !== undefined) return message.text;
  const strings = (rule && rule.messageStrings) || {};
  let text = strings[message.id]?.text ?? message.id ?? "?";
  (message.arguments || []).forEach((argument, i) => {
    text = text.split(`{${i}}`).join(String(argument));
  });
  return text;
}

const failures = [];
const notes = [];
for (const run of log.runs || []) {
  const rules = run.tool?.driver?.rules || [];
  for (const result of run.results || []) {
    if ((result.kind || "fail") !== "fail") continue;
    const level = result.level || "warning";
    const rule = rules[result.ruleIndex ?? -1];
    const line = `${pathOf(result)}: ${level} ${result.ruleId || "?"}: ${textOf(result.message || {}, rule)}`;
    (level === "error" || level === "warning" ? failures : notes).push(line);
  }
  for (const invocation of run.invocations || []) {
    if (invocation.executionSuccessful === false) {
      failures.push("validator: error: the run did not succeed");
    }
    for (const key of ["toolExecutionNotifications", "toolConfigurationNotifications"]) {
      for (const notification of invocation[key] || []) {
        const level = notification.level || "warning";
        const id = notification.descriptor?.id || "";
        const text = notification.message?.text || "";
        if (id.startsWith("WRN999.RuleExplicitlyDisabled") && text.includes("'SARIF2006'")) continue;
        const line = `validator: ${level} ${id}: ${text}`;
        (level === "error" || level === "warning" ? failures : notes).push(line);
      }
    }
  }
}

for (const line of verbose ? failures.concat(notes) : failures) console.error(line);
if (failures.length > 0) {
  console.error(`validate-sarif: ${failures.length} errors and warnings`);
  process.exit(1);
}
JS
