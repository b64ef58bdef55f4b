//! `datalint check --format json`: every document validates against
//! docs/check.schema.json (a JSON Schema validator is the consumer), and what
//! a schema cannot say holds too: the summary counts the diagnostics, the
//! order is outputs.md's, and every position points where its offset does.
//!
//! The inputs cover every shape a diagnostic takes: the examples (findings
//! with labels, basis and paraphrases; language errors), the rule fixtures,
//! waived findings and waiver problems, hostile input, and an organization's
//! own rule loaded with `--rules`.

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/check.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// `datalint check --format json ARGS…` from the crate root: the document,
/// checked against the schema and outputs.md's rules.
fn check(validator: &jsonschema::Validator, args: &[&str]) -> Value {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .current_dir(root())
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "check {args:?} exited with {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    let document: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("check {args:?} wrote no JSON document: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .take(5)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "check {args:?}: {}", errors.join("\n"));
    assert_summary_counts(&document, args);
    assert_order(&document, args);
    assert_positions(&document);
    document
}

/// `summary` counts the unwaived diagnostics by severity, and the waived.
fn assert_summary_counts(document: &Value, args: &[&str]) {
    let diagnostics = document["diagnostics"].as_array().unwrap();
    let count = |severity: &str| {
        diagnostics
            .iter()
            .filter(|d| d["waived"].is_null() && d["severity"] == severity)
            .count()
    };
    let summary = &document["summary"];
    for severity in ["error", "warning", "info"] {
        assert_eq!(
            summary[format!("{severity}s")].as_u64(),
            Some(count(severity) as u64),
            "check {args:?}: {severity}s"
        );
    }
    let waived = diagnostics
        .iter()
        .filter(|d| !d["waived"].is_null())
        .count();
    assert_eq!(summary["waived"].as_u64(), Some(waived as u64), "{args:?}");
}

/// By path, then start offset, then code (outputs.md).
fn assert_order(document: &Value, args: &[&str]) {
    let keys: Vec<(&str, u64, &str)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap(),
                d["span"]["start"]["offset"].as_u64().unwrap(),
                d["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        keys.is_sorted(),
        "check {args:?}: not ordered by path, offset, code"
    );
}

/// Each span lies in its file, starts before it ends, and its line and column
/// (characters, 1-based) are those of its byte offset.
fn assert_positions(document: &Value) {
    for d in document["diagnostics"].as_array().unwrap() {
        let path = d["path"].as_str().unwrap();
        let mut spans = vec![(path, &d["span"])];
        for label in d["labels"].as_array().unwrap() {
            spans.push((label["path"].as_str().unwrap_or(path), &label["span"]));
        }
        for (path, span) in spans {
            let bytes = std::fs::read(root().join(path)).unwrap();
            let offset = |at: &str| span[at]["offset"].as_u64().unwrap() as usize;
            assert!(offset("start") <= offset("end"), "{path}: {span}");
            assert!(offset("end") <= bytes.len(), "{path}: {span}");
            for at in ["start", "end"] {
                let before = &bytes[..offset(at)];
                let line_start = before
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
                assert_eq!(
                    span[at]["line"].as_u64(),
                    Some(line as u64),
                    "{path}: {span}"
                );
                // Columns count characters; a file that is not UTF-8 has none to count.
                if let Ok(text) = std::str::from_utf8(&before[line_start..]) {
                    let column = text.chars().count() + 1;
                    assert_eq!(
                        span[at]["column"].as_u64(),
                        Some(column as u64),
                        "{path}: {span}"
                    );
                }
            }
        }
    }
}

fn dsl_files(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".dsl"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_examples_together_and_alone() {
    let validator = validator();
    let together = check(&validator, &["examples"]);
    let diagnostics = together["diagnostics"].as_array().unwrap();
    // Every shape is there: rule findings with secondary labels and
    // paraphrased basis, and language errors without a family.
    assert!(
        diagnostics
            .iter()
            .any(|d| d["labels"].as_array().unwrap().len() > 1)
    );
    assert!(diagnostics.iter().any(|d| {
        d["basis"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["paraphrase"] == true)
    }));
    assert!(
        diagnostics
            .iter()
            .any(|d| d["code"].as_str().unwrap().starts_with('E') && d["family"].is_null())
    );
    assert_eq!(together["summary"]["files"], 9);
    for file in dsl_files("examples") {
        check(&validator, &[&file]);
    }
}

#[test]
fn the_rule_fixtures() {
    let validator = validator();
    let document = check(&validator, &["rules/fixtures"]);
    assert!(document["summary"]["files"].as_u64().unwrap() >= 46);
}

#[test]
fn waived_findings_and_waiver_problems() {
    let validator = validator();
    let mut waived = 0;
    let mut problems = 0;
    for file in dsl_files("tests/waivers") {
        let document = check(&validator, &[&file]);
        waived += document["summary"]["waived"].as_u64().unwrap();
        problems += document["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"].as_str().unwrap().starts_with('W'))
            .count();
    }
    assert!(waived > 0, "a waived finding was checked");
    assert!(problems > 0, "a waiver problem was checked");
}

#[test]
fn hostile_input() {
    let validator = validator();
    for file in dsl_files("tests/bad-input") {
        check(&validator, &[&file]);
    }
}

#[test]
fn an_organizations_own_rule() {
    let validator = validator();
    let document = check(
        &validator,
        &[
            "--rules",
            "tests/rule-errors/custom",
            "tests/rule-errors/custom/ACME001.dsl",
        ],
    );
    assert!(
        document["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "ACME001" && d["family"] == "transparency"),
        "{document}"
    );
}

#[test]
fn the_schema_rejects_what_outputs_md_forbids() {
    let validator = validator();
    let document = check(&validator, &["tests/findings/small-draft.dsl"]);
    let mut broken = document.clone();
    broken["diagnostics"][0]["severity"] = "fatal".into();
    assert!(!validator.is_valid(&broken), "an unknown severity");
    let mut broken = document.clone();
    broken["diagnostics"][0]["span"]["start"]["column"] = 0.into();
    assert!(!validator.is_valid(&broken), "a 0-based column");
    let mut broken = document;
    broken["diagnostics"][0]
        .as_object_mut()
        .unwrap()
        .remove("block");
    assert!(
        !validator.is_valid(&broken),
        "a diagnostic without its block"
    );
}
