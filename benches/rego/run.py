#!/usr/bin/env python3
"""Evaluates the Rego versions of eight datalint rules over `datalint export` JSON.

    python3 benches/rego/run.py EXPORT.json... [--out RESULT.json]

Uses regopy (rego-cpp, `pip install regopy==1.5.2`). Prints a JSON array with
one result per export file, each evaluated in a fresh interpreter: for each
rule the number of findings, the blocks they name (in order) and the count
per severity, and the seconds spent loading the modules and the file
(`read`), turning the JSON into Rego's input (`input`) and evaluating the
rules (`eval`), in wall-clock seconds and in CPU seconds. Exits 3 when regopy
is not installed.
"""

import argparse
import json
import pathlib
import sys
import time

RULES = ["MON001", "MON002", "MON004", "MON006", "MON011", "PRV001", "PRV010", "TRN001"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "exports", nargs="+", help="outputs of `datalint export --format json`"
    )
    parser.add_argument("--out", help="write the result here instead of stdout")
    args = parser.parse_args()
    try:
        from regopy import Interpreter
    except ImportError:
        print(
            "run.py: the Python package regopy is not installed; "
            "install it with `python3 -m pip install regopy==1.5.2`",
            file=sys.stderr,
        )
        return 3
    results = [evaluate(Interpreter, path) for path in args.exports]
    text = json.dumps(results, ensure_ascii=False, indent=1) + "\n"
    if args.out:
        pathlib.Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def evaluate(Interpreter, export):
    started, started_cpu = time.perf_counter(), time.process_time()
    rego = Interpreter()
    here = pathlib.Path(__file__).resolve().parent
    for path in sorted(here.glob("*.rego")):
        rego.add_module(path.name, path.read_text(encoding="utf-8"))
    text = pathlib.Path(export).read_text(encoding="utf-8")
    read, read_cpu = time.perf_counter(), time.process_time()
    rego.set_input_term(text)
    loaded, loaded_cpu = time.perf_counter(), time.process_time()
    result = {"export": export, "rules": {}, "seconds": {}}
    for code in RULES:
        output = rego.query(f"x = data.datalint.{code.lower()}.findings")
        if not output.ok() or len(output) == 0:
            raise SystemExit(f"run.py: {code} evaluated to nothing: {output}")
        findings = output[0]["x"]
        severities = {}
        for f in findings:
            severities[f["severity"]] = severities.get(f["severity"], 0) + 1
        result["rules"][code] = {
            "count": len(findings),
            "blocks": [f["block"] for f in findings],
            "severities": severities,
        }
    done, done_cpu = time.perf_counter(), time.process_time()
    result["seconds"] = {
        "read": round(read - started, 4),
        "input": round(loaded - read, 4),
        "eval": round(done - loaded, 4),
        "total": round(done - started, 4),
    }
    # CPU seconds of this process: what a busy machine's waiting does not inflate.
    result["cpu_seconds"] = {
        "read": round(read_cpu - started_cpu, 4),
        "input": round(loaded_cpu - read_cpu, 4),
        "eval": round(done_cpu - loaded_cpu, 4),
        "total": round(done_cpu - started_cpu, 4),
    }
    return result


if __name__ == "__main__":
    sys.exit(main())
