//! End-to-end tests of the `datalint` binary: exit codes, formats, paths.

use assert_cmd::Command;
use predicates::prelude::*;

#[path = "support/gfm.rs"]
mod gfm;

fn datalint() -> Command {
    let mut cmd = Command::cargo_bin("datalint").unwrap();
    cmd.env_remove("NO_COLOR").env("COLUMNS", "100");
    cmd
}

const CLEAN: &str = "body b {\n  kind court\n}\n";

#[test]
fn clean_file_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ok.dsl");
    std::fs::write(&path, CLEAN).unwrap();
    datalint()
        .arg("check")
        .arg(&path)
        .assert()
        .code(0)
        .stdout("checked 1 file: no problems found\n");
}

#[test]
fn errors_exit_1() {
    datalint()
        .args(["check", "examples/mistakes.dsl", "--color", "never"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("E102 unknown-attribute"));
}

#[test]
fn fail_on_never_exits_0_with_errors() {
    datalint()
        .args([
            "check",
            "examples/mistakes.dsl",
            "--fail-on",
            "never",
            "--quiet",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("checked 1 file").not());
}

#[test]
fn missing_path_exits_2() {
    datalint()
        .args(["check", "no/such/draft.dsl"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "cannot read `no/such/draft.dsl`: no such file or directory",
        ));
}

#[test]
fn bad_arguments_exit_2() {
    datalint().args(["check"]).assert().code(2);
    datalint()
        .args(["check", "x.dsl", "--format", "xml"])
        .assert()
        .code(2);
    datalint().args(["frobnicate"]).assert().code(2);
    datalint().arg("--help").assert().code(0);
    datalint()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("datalint "));
}

#[test]
fn directory_is_searched_for_dsl_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/a.dsl"), CLEAN).unwrap();
    std::fs::write(
        dir.path().join("b.dsl"),
        "operator o {\n  kind private\n}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a policy {").unwrap();
    datalint()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout("checked 2 files: no problems found\n");
}

#[test]
fn directory_without_policies_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    datalint()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no policy files (*.dsl) found"));
}

#[test]
fn invalid_utf8_is_a_diagnostic_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.dsl");
    std::fs::write(&path, b"body b {\n  kind \xC3\x28court\n}\n").unwrap();
    datalint()
        .args(["check", "--format", "json"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("\"code\": \"E001\"")
                .and(predicate::str::contains("offset 16")),
        );
}

#[test]
fn reads_standard_input() {
    datalint()
        .args(["check", "-", "--format", "json"])
        .write_stdin("body b {\n  kind cort\n}\n")
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("\"path\": \"<stdin>\"").and(predicate::str::contains("E104")),
        );
}

#[test]
fn json_output_is_valid_and_complete() {
    let output = datalint()
        .args(["check", "examples/mistakes.dsl", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["version"], 1);
    assert_eq!(document["tool"]["name"], "datalint");
    let diagnostics = document["diagnostics"].as_array().unwrap();
    let summary = &document["summary"];
    let counted: u64 = ["errors", "warnings", "infos"]
        .iter()
        .map(|k| summary[k].as_u64().unwrap())
        .sum();
    assert_eq!(counted as usize, diagnostics.len());
    for d in diagnostics {
        for key in [
            "code", "name", "family", "severity", "message", "help", "path", "span", "block",
            "labels", "basis", "waived",
        ] {
            assert!(d.get(key).is_some(), "missing {key} in {d}");
        }
        // Language errors have no family; rule findings have one and a basis.
        let code = d["code"].as_str().unwrap();
        assert_eq!(d["family"].is_null(), code.starts_with('E'), "{d}");
        if !code.starts_with('E') {
            assert!(!d["basis"].as_array().unwrap().is_empty(), "{d}");
            assert!(d["block"].is_object(), "{d}");
        }
    }
}

#[test]
fn color_follows_flag_and_no_color() {
    let colored = datalint()
        .args(["check", "examples/mistakes.dsl", "--color", "always"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&colored.stdout).contains("\u{1b}["));
    let plain = datalint()
        .args(["check", "examples/mistakes.dsl"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("\u{1b}["));
}

#[test]
fn explain_prints_the_docs_section() {
    datalint()
        .args(["explain", "E102"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("## E102 unknown-attribute"));
    datalint().args(["explain", "E999"]).assert().code(2);
}

/// examples/mistakes.dsl marks each deliberate mistake with a `# MISTAKE N`
/// comment just above it: every mistake gets exactly one diagnostic.
#[test]
fn every_independent_mistake_is_reported_once() {
    let source = std::fs::read_to_string("examples/mistakes.dsl").unwrap();
    let marks: Vec<usize> = source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim_start().starts_with("# MISTAKE"))
        .map(|(i, _)| i + 1)
        .collect();
    assert!(
        marks.len() >= 8,
        "the example needs at least eight mistakes"
    );
    let output = datalint()
        .args(["check", "examples/mistakes.dsl", "--format", "json"])
        .output()
        .unwrap();
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut lines: Vec<usize> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["family"].is_null())
        .map(|d| d["span"]["start"]["line"].as_u64().unwrap() as usize)
        .collect();
    lines.sort();
    assert_eq!(
        lines.len(),
        marks.len(),
        "one diagnostic per mistake: {lines:?} vs marks {marks:?}"
    );
    // Each diagnostic lies between its mark and the next one.
    for (i, line) in lines.iter().enumerate() {
        let next = marks.get(i + 1).copied().unwrap_or(usize::MAX);
        assert!(
            *line > marks[i] && *line < next,
            "diagnostic on line {line} is not under mark {}",
            marks[i]
        );
    }
}

#[test]
fn clean_examples_have_no_language_errors() {
    for example in [
        "examples/eu-dga-reuse.dsl",
        "examples/province-authorized-operation.dsl",
        "examples/national-data-group.dsl",
        "examples/municipal-health-zh.dsl",
    ] {
        datalint()
            .args(["check", example, "--format", "json"])
            .assert()
            .stdout(predicate::str::contains("\"code\": \"E").not());
    }
}

#[test]
fn rules_lists_the_catalogue() {
    let output = datalint()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let rules: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert_eq!(rules.len(), 46);
    for rule in rules {
        for key in ["code", "name", "family", "severity"] {
            assert!(rule[key].is_string(), "{rule}");
        }
    }
    let mon014 = rules.iter().find(|r| r["code"] == "MON014").unwrap();
    assert_eq!(mon014["severity"], "warning");
    assert_eq!(mon014["profiles"]["cn"], "error");
    datalint().arg("rules").assert().code(0).stdout(
        predicate::str::contains("MON002  exclusive-term-too-long")
            .and(predicate::str::contains("46 rules")),
    );
}

#[test]
fn explain_a_rule_by_code_or_name() {
    let by_code = datalint().args(["explain", "MON002"]).output().unwrap();
    let by_name = datalint()
        .args(["explain", "exclusive-term-too-long"])
        .output()
        .unwrap();
    assert_eq!(by_code.status.code(), Some(0));
    assert_eq!(by_code.stdout, by_name.stdout);
    let text = String::from_utf8(by_code.stdout).unwrap();
    for part in [
        "MON002 exclusive-term-too-long",
        "Parameters",
        "max_exclusive_term = 12mo",
        "Basis",
        "Example that fires",
        "How to fix",
    ] {
        assert!(text.contains(part), "missing {part}:\n{text}");
    }
    // Paraphrased sources are marked as such.
    let mon010 = String::from_utf8(
        datalint()
            .args(["explain", "MON010"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(mon010.contains("paraphrase"), "{mon010}");
    datalint()
        .args(["explain", "exclusive-term-to-long"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean `exclusive-term-too-long`",
        ));
}

#[test]
fn broken_rule_files_exit_2_with_their_mistakes() {
    let output = datalint()
        .args([
            "check",
            "examples/eu-dga-reuse.dsl",
            "--rules",
            "tests/rule-errors/bad",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    insta::assert_snapshot!("broken_rule_file", stderr);
    datalint()
        .args(["rules", "--rules", "tests/rule-errors/regex"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("R008 bad-pattern"));
}

#[test]
fn calls_to_unknown_functions_or_with_wrong_arguments_are_refused() {
    datalint()
        .args(["rules", "--rules", "tests/rule-errors/calls"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown function `lenght`")
                .and(predicate::str::contains("did you mean `len`?"))
                .and(predicate::str::contains("`present` takes 1 argument(s)"))
                .and(predicate::str::contains("`matches` takes 2 argument(s)")),
        );
}

#[test]
fn a_users_own_rule_is_checked_tested_and_explained() {
    datalint()
        .args([
            "check",
            "tests/rule-errors/custom/ACME001.dsl",
            "--rules",
            "tests/rule-errors/custom",
            "--format",
            "json",
        ])
        .assert()
        .stdout(predicate::str::contains("\"code\": \"ACME001\""));
    datalint()
        .args(["test", "tests/rule-errors/custom"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("1 fixtures, 2 annotations"));
    datalint()
        .args(["explain", "ACME001", "--rules", "tests/rule-errors/custom"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("ACME data policy §4.2"));
}

#[test]
fn test_reports_missed_and_unexpected_findings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("wrong.dsl"),
        "operator o {\n  kind private\n}\ndataset d {\n  categories [public.transport]\n}\ngrant g {\n  operator o\n  datasets [d]\n  # ok: MON004\n  term 20y\n  # expect: MON004\n  renewal none\n}\n",
    )
    .unwrap();
    datalint()
        .arg("test")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("missed: expected MON004 to start on line 13").and(
                predicate::str::contains("unexpected: MON004 fires on line 11 (marked `# ok`)"),
            ),
        );
}

/// `datalint test rules/` (rule-language.md, "Tests of rules") runs the
/// built-in rules' fixtures against the rule files of the checkout.
#[test]
fn test_runs_the_builtin_rule_folder() {
    datalint().args(["test", "rules/"]).assert().code(0).stdout(
        predicate::str::is_match("^[1-9][0-9]* fixtures, [1-9][0-9]* annotations")
            .unwrap()
            .and(predicate::str::contains("all as expected")),
    );
}

/// A changed copy of a built-in rule in the folder under test is the rule
/// tested, in the built-in's place; `check --rules` still refuses a second
/// rule with a built-in's code, and so does `test` a second copy.
#[test]
fn test_tests_a_changed_builtin_rule_in_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let name = "MON002-exclusive-term-too-long.rule";
    let text = std::fs::read_to_string(format!("rules/monopolization/{name}")).unwrap();
    let changed = text.replace("max_exclusive_term 12mo", "max_exclusive_term 30y");
    assert_ne!(
        changed, text,
        "the parameter's default is where the test expects it"
    );
    std::fs::write(dir.path().join(name), changed).unwrap();
    std::fs::copy("rules/fixtures/MON002.dsl", dir.path().join("MON002.dsl")).unwrap();
    datalint()
        .arg("test")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("MON002: missed: expected MON002 to start on line").and(
                predicate::str::contains("the example of MON002 does not make it fire"),
            ),
        );
    datalint()
        .args(["check", "examples/eu-dga-reuse.dsl", "--rules"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("R009 duplicate-rule"));
    // A built-in rule is replaced once: a second copy is a duplicate.
    datalint()
        .arg("test")
        .arg(dir.path())
        .arg("--rules")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("R009 duplicate-rule"));
}

/// The output is the same whatever the number of threads (rules run in
/// parallel chunks; `once` keeps the first finding in file order).
#[test]
fn output_does_not_depend_on_thread_count() {
    let run = |threads: &str| {
        datalint()
            .args(["check", "examples", "rules/fixtures", "--format", "json"])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert!(one.len() > 10_000);
    assert_eq!(one, run("2"));
    assert_eq!(one, run("3"));
}

/// The JSON report of `check --select RULES` on `path`, run on `threads`
/// threads.
fn check_json_on_threads(path: &std::path::Path, rules: &str, threads: &str) -> serde_json::Value {
    let output = datalint()
        .args(["check", "--format", "json", "--select", rules])
        .arg(path)
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).unwrap()
}

/// `once` keeps the first finding in file order even when the blocks that
/// could report it fall in different chunks (a chunk is 256 blocks).
#[test]
fn once_reports_the_first_block_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(
        "policy \"p\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\noperator o \"O\" {\n  kind state_owned\n}\n",
    );
    let count = 700;
    for i in 0..count {
        text.push_str(&format!(
            "dataset d{i} \"D\" {{\n  categories [public.enterprise_registry]\n  source tax\n}}\n"
        ));
    }
    let names: Vec<String> = (0..count).map(|i| format!("d{i}")).collect();
    text.push_str(&format!(
        "grant g \"G\" {{\n  operator o\n  datasets [{}]\n  scope provincial\n  exclusive false\n}}\n",
        names.join(", ")
    ));
    let path = dir.path().join("many.dsl");
    std::fs::write(&path, text).unwrap();
    for threads in ["1", "2"] {
        let document = check_json_on_threads(&path, "MON008", threads);
        let found: Vec<&serde_json::Value> = document["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "MON008")
            .collect();
        assert_eq!(found.len(), 1, "{threads} threads: {found:?}");
        assert_eq!(found[0]["block"]["name"], "d0", "{threads} threads");
    }
}

/// Each finding keeps its own message values and labels when there are
/// many chunks (a chunk is 256 blocks) and each writes its values into a
/// buffer its thread keeps from chunk to chunk.
#[test]
fn findings_keep_their_own_values_and_labels_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(
        "policy \"p\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\noperator o \"O\" {\n  kind state_owned\n  affiliated_with [b]\n}\ndataset d \"D\" {\n  categories [public.transport]\n  source transport\n}\n",
    );
    let count: usize = 700;
    // Terms and labels differ from grant to grant (every third has an
    // operator affiliated with the authority: MON009 and its label).
    for i in 0..count {
        let operator = if i % 3 == 0 { "o" } else { "p" };
        text.push_str(&format!(
            "grant grant_number_{i} \"G\" {{\n  operator {operator}\n  datasets [d]\n  term {}y\n}}\n",
            21 + i % 9
        ));
    }
    text.push_str("operator p \"P\" {\n  kind private\n}\n");
    let path = dir.path().join("many.dsl");
    std::fs::write(&path, text).unwrap();
    for threads in ["1", "2"] {
        let document = check_json_on_threads(&path, "MON004,MON009", threads);
        let diagnostics = document["diagnostics"].as_array().unwrap();
        let (mut terms, mut affiliated) = (0, 0);
        for d in diagnostics {
            let name = d["block"]["name"].as_str().unwrap();
            let i: usize = name.strip_prefix("grant_number_").unwrap().parse().unwrap();
            let message = d["message"].as_str().unwrap();
            match d["code"].as_str().unwrap() {
                "MON004" => {
                    terms += 1;
                    let expected = format!("grant `{name}` runs for {}y;", 21 + i % 9);
                    assert!(
                        message.starts_with(&expected),
                        "{threads} threads: {message}"
                    );
                    assert!(d["labels"].as_array().is_none_or(Vec::is_empty), "{d}");
                }
                "MON009" => {
                    affiliated += 1;
                    assert_eq!(i % 3, 0, "{threads} threads: {message}");
                    let expected = format!("grant `{name}` goes to `o`,");
                    assert!(
                        message.starts_with(&expected),
                        "{threads} threads: {message}"
                    );
                    assert_eq!(d["labels"].as_array().map(Vec::len), Some(1), "{d}");
                }
                code => panic!("unexpected {code}"),
            }
        }
        assert_eq!(
            (terms, affiliated),
            (count, count.div_ceil(3)),
            "{threads} threads"
        );
    }
}

#[test]
fn waivers_waive_with_their_reason_and_are_checked() {
    let output = datalint()
        .args(["check", "tests/waivers/waivers.dsl", "--format", "json"])
        .output()
        .unwrap();
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let lines: Vec<String> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}:{} {} {} waived={}",
                d["span"]["start"]["line"],
                d["span"]["start"]["column"],
                d["code"].as_str().unwrap(),
                d["severity"].as_str().unwrap(),
                d["waived"]
            )
        })
        .collect();
    insta::assert_snapshot!("waivers", lines.join("\n"));
    assert_eq!(document["summary"]["waived"], 2);
}

#[test]
fn waived_findings_do_not_fail_the_check_unless_waivers_are_ignored() {
    datalint()
        .args(["check", "tests/waivers/all-waived.dsl"])
        .assert()
        .code(0)
        .stdout(predicate::str::ends_with("no problems found (1 waived)\n"));
    datalint()
        .args(["check", "tests/waivers/all-waived.dsl", "--no-waivers"])
        .assert()
        .code(1);
}

#[test]
fn configuration_is_found_and_applied() {
    let output = datalint()
        .args(["check", "tests/config/good", "--format", "json"])
        .output()
        .unwrap();
    // fail-on = "warning": the warning alone would fail; there are errors too.
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(String, String)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let codes: Vec<&str> = found.iter().map(|(c, _)| c.as_str()).collect();
    // select: MON family, PRV005 and PRV016 by name; ignore: MON013 and MON004 by name.
    assert!(
        codes
            .iter()
            .all(|c| c.starts_with("MON") || *c == "PRV005" || *c == "PRV016"),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&"MON013") && !codes.contains(&"MON004"),
        "{codes:?}"
    );
    // [severity] MON015 = "error" (a warning by default).
    assert!(
        found.contains(&("MON015".to_string(), "error".to_string())),
        "{found:?}"
    );
    // [params] max_exclusive_term = "3y".
    let message = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "MON002")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.ends_with("the limit is 3y"), "{message}");
    // exclude = ["drafts/old/**"].
    assert_eq!(document["summary"]["files"], 1);
    // Flags override the file.
    datalint()
        .args([
            "check",
            "tests/config/good",
            "--select",
            "PRV016",
            "--fail-on",
            "error",
        ])
        .assert()
        .code(0);
    datalint()
        .args(["check", "tests/config/good", "--exit-zero"])
        .assert()
        .code(0);
}

#[test]
fn broken_configurations_exit_2_pointing_into_the_toml() {
    let broken = datalint()
        .args(["check", "tests/config/broken", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(2));
    let unknown = datalint()
        .args(["check", "tests/config/unknown", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    let text = format!(
        "{}\n{}",
        String::from_utf8(broken.stderr).unwrap(),
        String::from_utf8(unknown.stderr).unwrap()
    );
    insta::assert_snapshot!("broken_configurations", text);
}

/// A baseline accepts today's findings: lines moving does not bring them
/// back, a new finding is reported, a fixed one shows as stale.
#[test]
fn baselines_survive_moved_lines_and_catch_new_findings() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.dsl");
    let baseline = dir.path().join("baseline.json");
    let original = std::fs::read_to_string("examples/city-mobility-concession.dsl").unwrap();
    std::fs::write(&draft, &original).unwrap();
    datalint()
        .arg("check")
        .arg(&draft)
        .arg("--write-baseline")
        .arg(&baseline)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "wrote 16 findings to the baseline",
        ));
    // Lines move: twenty lines of comments on top, and a block reordered.
    let moved = format!("{}{original}", "# a new preamble line\n".repeat(20));
    std::fs::write(&draft, &moved).unwrap();
    datalint()
        .arg("check")
        .arg(&draft)
        .arg("--baseline")
        .arg(&baseline)
        .assert()
        .code(0)
        .stdout(predicate::str::ends_with(
            "checked 1 file: no problems found\n",
        ));
    // A new finding: the grant is no longer published.
    let changed = moved.replace("  published               true\n", "");
    std::fs::write(&draft, &changed).unwrap();
    let output = datalint()
        .arg("check")
        .arg(&draft)
        .arg("--baseline")
        .arg(&baseline)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<&str> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["TRN001"]);
    // A fixed finding: the revenue share goes; its baseline entries are stale.
    let fixed = moved.replace("  revenue_share           15%\n", "");
    std::fs::write(&draft, &fixed).unwrap();
    datalint()
        .arg("check")
        .arg(&draft)
        .arg("--baseline")
        .arg(&baseline)
        .assert()
        .code(0)
        .stderr(
            predicate::str::contains("1 baseline entries no longer match")
                .and(predicate::str::contains("MON012")),
        );
}

#[test]
fn output_file_and_statistics() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    datalint()
        .args([
            "check",
            "examples/city-mobility-concession.dsl",
            "--format",
            "json",
            "--output",
        ])
        .arg(&out)
        .assert()
        .code(1)
        .stdout("");
    let document: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(document["summary"]["errors"], 11);
    // No temporary file is left beside the output.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    let stats = datalint()
        .args([
            "check",
            "examples/city-mobility-concession.dsl",
            "--statistics",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(stats.stdout).unwrap();
    assert!(
        text.starts_with("     2  MON012  data-finance-revenue"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 15, "{text}");
}

/// The configuration of the nearest ancestor directory applies to a file
/// checked directly; `--config` names another; none applies elsewhere.
#[test]
fn configuration_discovery() {
    let json = |args: &[&str]| -> serde_json::Value {
        let output = datalint()
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let codes = |document: &serde_json::Value| -> Vec<String> {
        document["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    };
    // tests/config/good/datalint.toml selects MON, PRV005 and PRV016 only.
    let nested = json(&["check", "tests/config/good/drafts/draft.dsl"]);
    assert!(
        codes(&nested)
            .iter()
            .all(|c| c.starts_with("MON") || c == "PRV005" || c == "PRV016")
    );
    // The same draft elsewhere has no configuration: TRN rules fire too.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("draft.dsl");
    std::fs::copy("tests/config/good/drafts/draft.dsl", &copy).unwrap();
    let alone = json(&["check", copy.to_str().unwrap()]);
    assert!(codes(&alone).iter().any(|c| c.starts_with("TRN")));
    // --config applies a named file.
    let named = json(&[
        "check",
        copy.to_str().unwrap(),
        "--config",
        "tests/config/good/datalint.toml",
    ]);
    assert_eq!(codes(&named), codes(&nested));
}

/// Exit codes at every fail level, on a draft whose findings (selected) are
/// warnings only.
#[test]
fn exit_codes_for_every_fail_level() {
    let code = |fail_on: &str| {
        datalint()
            .args([
                "check",
                "examples/health-research-platform.dsl",
                "--select",
                "PRV016,PRV017",
                "--fail-on",
                fail_on,
            ])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(code("error"), Some(0));
    assert_eq!(code("warning"), Some(1));
    assert_eq!(code("info"), Some(1));
    assert_eq!(code("never"), Some(0));
}

/// `diff` matches findings by fingerprint: lines moving changes nothing,
/// a dropped revenue share is resolved, a dropped `published` introduces
/// TRN001 (an error, so the diff fails).
#[test]
fn diff_of_two_drafts() {
    let json = datalint()
        .args([
            "diff",
            "tests/diff/v1.dsl",
            "tests/diff/v2.dsl",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let codes = |key: &str| -> Vec<String> {
        document[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(codes("introduced"), vec!["TRN001"]);
    assert_eq!(codes("resolved"), vec!["MON012"]);
    assert_eq!(codes("unchanged").len(), 15);
    assert_eq!(document["introduced"][0]["path"], "tests/diff/v2.dsl");
    // The other way round the revenue share comes back (MON012, an error);
    // a draft against itself introduces nothing.
    datalint()
        .args(["diff", "tests/diff/v2.dsl", "tests/diff/v1.dsl"])
        .assert()
        .code(1);
    datalint()
        .args(["diff", "tests/diff/v1.dsl", "tests/diff/v1.dsl"])
        .assert()
        .code(0);
    let markdown = datalint()
        .args([
            "diff",
            "tests/diff/v1.dsl",
            "tests/diff/v2.dsl",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    let markdown = String::from_utf8(markdown.stdout).unwrap();
    // GitHub reads a table of what was introduced, then one of what was resolved.
    let gfm = gfm::Gfm::read(&markdown);
    gfm.assert_raw_html_only(&[]);
    let tables = gfm.tables_headed(&gfm::FINDINGS_HEADER);
    assert_eq!(tables.len(), 2);
    for (rows, key) in tables.into_iter().zip(["introduced", "resolved"]) {
        gfm::assert_rows_are_findings(rows, document[key].as_array().unwrap());
    }
    insta::assert_snapshot!("diff_markdown", markdown);
}

/// `--output` and `--write-baseline` never replace what the user wrote: a
/// file the run reads (by any spelling), or any policy, rule or configuration
/// file. Each refusal exits 2 and leaves the file as it was; an output file of
/// its own is written, and written again on the next run.
#[test]
fn outputs_never_replace_what_the_user_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let policy = "policy \"P\" {\n  jurisdiction \"NL\"\n}\n";
    let config = "[check]\nfail-on = \"error\"\n";
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let written = [
        ("p.dsl", policy),
        ("other.dsl", policy),
        ("sub/notes.txt", policy),
        ("datalint.toml", config),
        ("my.toml", config),
        ("acme.rule", "# a rule of the user's\n"),
    ];
    for (name, text) in written {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let refusals: [(&[&str], &str); 8] = [
        (
            &["report", "p.dsl", "--output", "p.dsl"],
            "names a policy, rule or configuration file",
        ),
        (
            &[
                "check",
                "p.dsl",
                "--format",
                "json",
                "--output",
                "other.dsl",
            ],
            "names a policy",
        ),
        (
            &["check", "p.dsl", "--output", "acme.rule"],
            "names a policy",
        ),
        (
            &["export", "p.dsl", "--output", "datalint.toml"],
            "names a policy",
        ),
        (
            &["check", "p.dsl", "--write-baseline", "other.dsl"],
            "names a policy",
        ),
        (
            &["check", "sub/notes.txt", "--output", "sub/notes.txt"],
            "is a file this run reads, which",
        ),
        (
            &["check", "sub/notes.txt", "--output", "sub/../sub/notes.txt"],
            "is a file this run reads (as `sub/notes.txt`)",
        ),
        (
            &[
                "report", "p.dsl", "--config", "my.toml", "--output", "my.toml",
            ],
            "is a file this run reads",
        ),
    ];
    for (args, message) in refusals {
        datalint()
            .current_dir(dir.path())
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
    for (name, text) in written {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            text,
            "{name} was changed"
        );
    }
    // An output of its own is written, and replaced by the next run's.
    for _ in 0..2 {
        datalint()
            .current_dir(dir.path())
            .args(["report", "p.dsl", "--output", "report.html"])
            .assert()
            .code(0);
    }
    assert!(
        std::fs::read_to_string(dir.path().join("report.html"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

/// `init` writes a starter configuration and a policy that passes, and
/// never overwrites a file.
#[test]
fn init_writes_starters_and_keeps_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.dsl"), "# mine\n").unwrap();
    datalint()
        .arg("init")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("wrote").and(predicate::str::contains("kept")));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("policy.dsl")).unwrap(),
        "# mine\n"
    );
    let fresh = tempfile::tempdir().unwrap();
    datalint().arg("init").arg(fresh.path()).assert().code(0);
    // The configuration loads (every key commented at its default) and the
    // starter policy passes every rule.
    datalint()
        .arg("check")
        .arg(fresh.path())
        .assert()
        .code(0)
        .stdout("checked 1 file: no problems found\n");
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = datalint().args(["completions", shell]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{shell}");
        assert!(
            String::from_utf8(output.stdout)
                .unwrap()
                .contains("datalint"),
            "{shell}"
        );
    }
    datalint()
        .arg("man")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(".TH datalint 1").and(predicate::str::contains("check")));
}

#[test]
fn max_diagnostics_limits_human_output_but_not_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noise.dsl");
    let text: String = (0..600)
        .map(|n| format!("operater x{n} {{\n}}\n"))
        .collect();
    std::fs::write(&path, text).unwrap();
    let human = datalint()
        .args(["check", "--color", "never"])
        .arg(&path)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let human = String::from_utf8(human).unwrap();
    assert_eq!(human.matches("E101 unknown-block-kind").count(), 500);
    assert!(human.contains("100 more diagnostics in this file are not shown"));
    assert!(
        human.contains("checked 1 file: 600 errors"),
        "{}",
        &human[human.len() - 200..]
    );
    let all = datalint()
        .args(["check", "--color", "never", "--max-diagnostics", "0"])
        .arg(&path)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(all)
            .unwrap()
            .matches("E101 unknown-block-kind")
            .count(),
        600
    );
    let json = datalint()
        .args(["check", "--format", "json"])
        .arg(&path)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), 600);
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_a_directory_named_like_a_policy_do_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(tree.join("x.dsl")).unwrap();
    std::os::unix::fs::symlink("..", tree.join("x.dsl").join("up")).unwrap();
    std::fs::write(tree.join("ok.dsl"), CLEAN).unwrap();
    datalint()
        .arg("check")
        .arg(&tree)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(0)
        .stdout("checked 1 file: no problems found\n");
    datalint()
        .arg("check")
        .arg(tree.join("x.dsl"))
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(2);
}

/// Writes a user's rule file and drafts into a temporary directory, checks
/// the drafts with the rule (`--format json`) and returns the diagnostics of
/// `code`, with the directory (drafts are named by their path in it).
fn user_rule_findings(
    rule: (&str, &str),
    drafts: &[(&str, &str)],
    code: &str,
) -> (tempfile::TempDir, Vec<serde_json::Value>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(rule.0), rule.1).unwrap();
    let paths: Vec<_> = drafts
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let output = datalint()
        .args(["check", "--format", "json", "--rules"])
        .arg(dir.path())
        .args(&paths)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .cloned()
        .collect();
    (dir, found)
}

/// A message value holding NUL (written `\u{0}` in the draft) cannot be told
/// apart from the separator of compactly stored values: such a finding keeps
/// its message whole, and says exactly what the draft says.
#[test]
fn a_message_value_holding_nul_is_reported_as_written() {
    let rule = r#"rule ACME002 clause-echo {
  family    transparency
  severity  warning
  summary   "Echoes a clause."
  help      "None."
  basis     "ACME data policy §1" "Clauses are echoed."
  example   """
clause c {
  text "x"
}
"""
  for       clause c
  when      c.text != ""
  message   "clause `{c.name}` says {c.text} and {c.name}"
}
"#;
    let (_dir, found) = user_rule_findings(
        ("ACME002-echo.rule", rule),
        &[("draft.dsl", "clause c {\n  text \"a\\u{0}b\"\n}\n")],
        "ACME002",
    );
    let messages: Vec<&str> = found
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, ["clause `c` says a\0b and c"]);
}

/// A user's rule may point a finding into another block's file: the finding
/// is about the grant, and located in the operator's file.
#[test]
fn a_finding_located_in_another_file_reports_that_file() {
    let rule = r#"rule ACME003 private-operator {
  family    transparency
  severity  warning
  summary   "Names private operators."
  help      "None."
  basis     "ACME data policy §2" "Private operators are named."
  example   """
operator o {
  kind private
}
dataset d {
  categories [public.transport]
}
grant g {
  operator o
  datasets [d]
}
"""
  for       grant g
  when      g.operator.kind == private
  at        g.operator.kind
  label     g.operator "granted here"
  message   "grant `{g.name}` goes to a private operator"
}
"#;
    let (dir, found) = user_rule_findings(
        ("ACME003-operator-kind.rule", rule),
        &[
            ("grants.dsl", "grant g {\n  operator o\n  datasets [d]\n}\n"),
            (
                "parties.dsl",
                "operator o {\n  kind private\n}\ndataset d {\n  categories [public.transport]\n}\n",
            ),
        ],
        "ACME003",
    );
    let found: Vec<_> = found
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap().to_string(),
                d["span"]["start"]["line"].as_u64().unwrap(),
                d["block"]["name"].as_str().unwrap().to_string(),
                d["labels"][0]["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [(
            dir.path().join("parties.dsl").display().to_string(),
            2,
            "g".to_string(),
            "granted here".to_string()
        )]
    );
}

/// `--timings` leaves the output as it is and adds, on standard error, a
/// row for every rule whose checks and findings are those of the run.
#[test]
fn timings_count_every_rules_checks_and_findings() {
    let dir = tempfile::tempdir().unwrap();
    let grants = 300; // more than one chunk of 256 blocks
    let mut text = String::from(
        "policy \"p\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\noperator o \"O\" {\n  kind state_owned\n}\ndataset d \"D\" {\n  categories [user.health]\n  source health\n}\n",
    );
    for i in 0..grants {
        text.push_str(&format!(
            "grant g{i} \"G\" {{\n  operator o\n  datasets [d]\n  exclusive {}\n  term {}y\n}}\n",
            i % 2 == 0,
            1 + i % 30
        ));
    }
    let path = dir.path().join("grants.dsl");
    std::fs::write(&path, text).unwrap();
    let run = |timings: bool| {
        let mut cmd = datalint();
        cmd.args(["check", "--format", "json", "--no-waivers"])
            .arg(&path);
        if timings {
            cmd.arg("--timings");
        }
        cmd.output().unwrap()
    };
    let (plain, timed) = (run(false), run(true));
    assert_eq!(plain.stdout, timed.stdout);
    assert_eq!(plain.status.code(), timed.status.code());
    assert!(plain.stderr.is_empty());

    let document: serde_json::Value = serde_json::from_slice(&timed.stdout).unwrap();
    let findings_of = |code: &str| {
        let diagnostics = document["diagnostics"].as_array().unwrap();
        diagnostics.iter().filter(|d| d["code"] == code).count() as u64
    };
    let table = String::from_utf8(timed.stderr).unwrap();
    for stage in ["parse and model", "rules", "diagnostics", "output", "total"] {
        assert!(
            table.lines().any(|l| l.starts_with(stage)),
            "{stage}:\n{table}"
        );
    }
    let rows: Vec<Vec<&str>> = (table.lines())
        .skip_while(|l| !l.starts_with("rule "))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().collect())
        .collect();
    let listed = datalint()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap()
        .stdout;
    let catalogue: Vec<serde_json::Value> = serde_json::from_slice(&listed).unwrap();
    assert_eq!(rows.len(), catalogue.len(), "{table}");
    let mut shares = 0.0;
    for rule in &catalogue {
        let code = rule["code"].as_str().unwrap();
        let row =
            (rows.iter().find(|r| r[0] == code)).unwrap_or_else(|| panic!("{code}:\n{table}"));
        // code, name, time, "ms", share, checks, findings
        assert_eq!(row[1], rule["name"], "{table}");
        shares += row[4].trim_end_matches('%').parse::<f64>().unwrap();
        assert_eq!(
            row[6].parse::<u64>().unwrap(),
            findings_of(code),
            "{code}:\n{table}"
        );
    }
    assert!(
        (shares - 100.0).abs() < 2.5,
        "shares add up to {shares}:\n{table}"
    );
    // MON001 has one case, over grants; MON002 fires on the long exclusive terms.
    let checks = |code: &str| {
        rows.iter().find(|r| r[0] == code).unwrap()[5]
            .parse::<u64>()
            .unwrap()
    };
    assert_eq!(checks("MON001"), grants);
    assert!(findings_of("MON002") > 0);

    // Writing a baseline ends the run early; the table still comes.
    let baseline = datalint()
        .args(["check", "--timings", "--write-baseline"])
        .arg(dir.path().join("baseline.json"))
        .arg(&path)
        .output()
        .unwrap();
    let table = String::from_utf8(baseline.stderr).unwrap();
    assert!(table.lines().any(|l| l.starts_with("baseline ")), "{table}");
    assert!(table.lines().any(|l| l.starts_with("MON001 ")), "{table}");
}
