//! SARIF 2.1.0 output (`--format sarif`): a snapshot, the structure code
//! scanning relies on, UTF-16 columns, and Microsoft's validator.

use std::collections::HashSet;
use std::process::Command as Process;

use assert_cmd::Command;
use datalint::base::SourceFile;
use datalint::output::sarif::{Utf16Position, utf16_position};
use serde_json::Value;

#[path = "support/tools.rs"]
mod tools;

fn datalint(args: &[&str], stdin: Option<&str>) -> (i32, String) {
    let mut cmd = Command::cargo_bin("datalint").unwrap();
    cmd.args(args);
    if let Some(text) = stdin {
        cmd.write_stdin(text);
    }
    let output = cmd.output().unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn sarif(paths: &[&str]) -> Value {
    let mut args = vec!["check"];
    args.extend(paths);
    args.extend(["--format", "sarif"]);
    let (code, out) = datalint(&args, None);
    assert_eq!(code, 1, "{out}");
    serde_json::from_str(&out).unwrap()
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"].as_array().unwrap()
}

fn descriptors(log: &Value) -> &Vec<Value> {
    log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
}

/// The whole log for one small draft. The descriptors of rules that report
/// nothing here are cut to their id, name and level: their texts come
/// verbatim from the rule files, and the structural test below checks them.
#[test]
fn small_draft_snapshot() {
    let (code, out) = datalint(
        &[
            "check",
            "tests/findings/small-draft.dsl",
            "--format",
            "sarif",
        ],
        None,
    );
    assert_eq!(code, 1);
    let mut log: Value = serde_json::from_str(&out).unwrap();
    let used: HashSet<u64> = results(&log)
        .iter()
        .map(|r| r["ruleIndex"].as_u64().unwrap())
        .collect();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array_mut()
        .unwrap();
    for (i, rule) in rules.iter_mut().enumerate() {
        if !used.contains(&(i as u64)) {
            *rule = serde_json::json!({
                "id": rule["id"],
                "name": rule["name"],
                "defaultConfiguration": rule["defaultConfiguration"],
            });
        }
    }
    insta::assert_snapshot!(serde_json::to_string_pretty(&log).unwrap());
}

/// What code scanning reads: every result's rule at its index, positions
/// from 1, fingerprints, suppressions for waived findings, full descriptors.
#[test]
fn structure() {
    let files = ["examples", "tests/waivers/waivers.dsl"];
    let log = sarif(&files);
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["$schema"],
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "datalint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert!(run["originalUriBaseIds"]["%SRCROOT%"].is_object());

    // One descriptor per rule in force, then the E and W codes that occur.
    let (_, catalogue) = datalint(&["rules", "--format", "json"], None);
    let catalogue: Value = serde_json::from_str(&catalogue).unwrap();
    let rule_codes: Vec<&str> = catalogue
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    let ids: Vec<&str> = descriptors(&log)
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(&ids[..rule_codes.len()], &rule_codes[..]);
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        ids.len(),
        "descriptor ids repeat"
    );
    for descriptor in descriptors(&log) {
        let name = descriptor["name"].as_str().unwrap();
        // The Pascal case of the SARIF validator (rule SARIF2012).
        let mut words = name.chars().peekable();
        while let Some(c) = words.next() {
            assert!(c.is_ascii_uppercase(), "{name}");
            assert!(
                words.peek().is_some_and(|c| !c.is_ascii_uppercase()),
                "{name}"
            );
            while words.peek().is_some_and(|c| !c.is_ascii_uppercase()) {
                let c = words.next().unwrap();
                assert!(c.is_ascii_lowercase() || c.is_ascii_digit(), "{name}");
            }
        }
        for field in ["shortDescription", "fullDescription", "help"] {
            let text = descriptor[field]["text"].as_str().unwrap_or_default();
            assert!(!text.trim().is_empty(), "{field} of {descriptor}");
        }
        assert!(descriptor["help"]["markdown"].is_string());
        let level = descriptor["defaultConfiguration"]["level"]
            .as_str()
            .unwrap();
        assert!(["error", "warning", "note"].contains(&level));
        assert!(
            descriptor["helpUri"]
                .as_str()
                .unwrap()
                .starts_with("https://github.com/datalint/datalint/blob/main/")
        );
    }
    for code in ["E101", "E105", "W001", "W002", "W003"] {
        assert!(ids.contains(&code), "no descriptor for {code}");
    }

    let artifacts = run["artifacts"].as_array().unwrap();
    let (_, json) = datalint(&["check", files[0], files[1], "--format", "json"], None);
    let json: Value = serde_json::from_str(&json).unwrap();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert_eq!(results(&log).len(), diagnostics.len());
    assert_eq!(artifacts.len() as u64, json["summary"]["files"]);

    let mut suppressed = 0;
    for (result, diagnostic) in results(&log).iter().zip(diagnostics) {
        let id = result["ruleId"].as_str().unwrap();
        assert_eq!(id, diagnostic["code"]);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(descriptors(&log)[index]["id"], id, "{result}");
        let level = match diagnostic["severity"].as_str().unwrap() {
            "info" => "note",
            other => other,
        };
        assert_eq!(result["level"], level);
        assert_eq!(result["message"]["text"], diagnostic["message"]);
        let fingerprint = result["partialFingerprints"]["datalint/v1"]
            .as_str()
            .unwrap();
        assert_eq!(fingerprint.len(), 32);
        assert!(fingerprint.chars().all(|c| c.is_ascii_hexdigit()));

        let mut locations = vec![&result["locations"][0]];
        locations.extend(result["relatedLocations"].as_array().into_iter().flatten());
        for location in locations {
            let physical = &location["physicalLocation"];
            let artifact = &physical["artifactLocation"];
            let uri = artifact["uri"].as_str().unwrap();
            assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
            let index = artifact["index"].as_u64().unwrap() as usize;
            assert_eq!(artifacts[index]["location"]["uri"], uri);
            let region = &physical["region"];
            let number = |key: &str| region[key].as_u64().unwrap();
            assert!(
                number("startLine") >= 1 && number("startColumn") >= 1,
                "{region}"
            );
            assert!(number("endLine") >= number("startLine"), "{region}");
            if number("endLine") == number("startLine") {
                assert!(number("endColumn") >= number("startColumn"), "{region}");
            }
        }
        assert_eq!(
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            diagnostic["path"]
        );
        if let Some(related) = result["relatedLocations"].as_array() {
            let ids: HashSet<u64> = related.iter().map(|l| l["id"].as_u64().unwrap()).collect();
            assert_eq!(ids.len(), related.len());
            assert!(related.iter().all(|l| l["message"]["text"].is_string()));
        }

        match diagnostic["waived"]["reason"].as_str() {
            Some(reason) => {
                suppressed += 1;
                assert_eq!(
                    result["suppressions"],
                    serde_json::json!([{ "kind": "inSource", "justification": reason }])
                );
            }
            None => assert!(result.get("suppressions").is_none(), "{result}"),
        }
    }
    assert!(suppressed >= 2, "the waivers test file waives two findings");
}

/// SARIF columns count UTF-16 code units: 𠀀 (U+20000) is two, a Chinese
/// character of the Basic Multilingual Plane one; the JSON output counts
/// characters.
#[test]
fn columns_count_utf16_code_units() {
    let clause = "𠀀本办法坚持党对数据工作的全面领导。";
    let policy = format!(
        "policy \"p\" {{\n  jurisdiction \"CN\"\n  authority    b\n}}\n\nbody b {{\n  kind regulator\n}}\n\nclause c \"第一条\" {{\n  text \"{clause}\"\n}}\n"
    );
    let (code, out) = datalint(&["check", "-", "--format", "sarif"], Some(&policy));
    assert_eq!(code, 0, "{out}");
    let log: Value = serde_json::from_str(&out).unwrap();
    let result = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "PTY001")
        .expect("a PTY001 finding");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["snippet"]["text"], "坚持党对数据工作的全面领导");
    // `  text "` is 8 units, 𠀀 two, 本办法 three: the match starts in unit 14
    // and its 13 characters end before unit 27.
    assert_eq!(region["startLine"], 11);
    assert_eq!(region["startColumn"], 14);
    assert_eq!(region["endLine"], 11);
    assert_eq!(region["endColumn"], 27);

    let (_, json) = datalint(&["check", "-", "--format", "json"], Some(&policy));
    let json: Value = serde_json::from_str(&json).unwrap();
    let span = &json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "PTY001")
        .unwrap()["span"];
    assert_eq!(span["start"]["column"], 13, "JSON counts 𠀀 once");
    assert_eq!(span["end"]["column"], 26);

    // The conversion itself, from byte offsets.
    let file = SourceFile::new("t", "条款\n  𠀀条x\n".to_string());
    let at = |offset| utf16_position(&file, offset);
    assert_eq!(at(0), Utf16Position { line: 1, column: 1 });
    assert_eq!(at(3), Utf16Position { line: 1, column: 2 });
    assert_eq!(at(6), Utf16Position { line: 1, column: 3 });
    assert_eq!(at(7), Utf16Position { line: 2, column: 1 });
    assert_eq!(at(9), Utf16Position { line: 2, column: 3 }); // before 𠀀
    assert_eq!(at(13), Utf16Position { line: 2, column: 5 }); // after 𠀀
    assert_eq!(at(16), Utf16Position { line: 2, column: 6 }); // before x
    assert_eq!(at(11), Utf16Position { line: 2, column: 3 }); // inside 𠀀
}

/// Microsoft's SARIF validator reports no error and no warning on the log
/// of the examples. Needs npm (the validator is installed once into
/// $DATALINT_SARIF_TOOLS or ~/.cache/datalint-sarif); skipped without it.
#[test]
fn microsoft_validator_accepts_the_examples() {
    if !tools::available(&["npm", "node", "bash"], "the SARIF validator test") {
        return;
    }
    let (code, out) = datalint(&["check", "examples", "--format", "sarif"], None);
    assert_eq!(code, 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("examples.sarif");
    std::fs::write(&path, out).unwrap();
    let output = Process::new("bash")
        .arg("scripts/validate-sarif.sh")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the SARIF validator found problems:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
