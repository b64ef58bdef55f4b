//! Snapshots of rule findings as a reviewer reads them: human (miette, no
//! colour, fixed width) and JSON, for one small draft.

use assert_cmd::Command;

fn run(args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .args(args)
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn human_findings() {
    let (code, out) = run(&[
        "check",
        "tests/findings/small-draft.dsl",
        "--color",
        "never",
    ]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(out);
}

#[test]
fn json_findings() {
    let (code, out) = run(&[
        "check",
        "tests/findings/small-draft.dsl",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let document: serde_json::Value = serde_json::from_str(&out).unwrap();
    // Every finding names the block it is about and the articles it rests on.
    for d in document["diagnostics"].as_array().unwrap() {
        assert!(d["block"]["kind"].is_string(), "{d}");
        assert!(!d["basis"].as_array().unwrap().is_empty(), "{d}");
    }
    insta::assert_snapshot!(out);
}

/// The profile follows the policy's jurisdiction (`CN-ZZ` is `cn`, where
/// MON014 is an error) and `--profile` overrides it.
#[test]
fn profiles_change_severity() {
    let severity = |args: &[&str]| {
        let (_, out) = run(args);
        let document: serde_json::Value = serde_json::from_str(&out).unwrap();
        document["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == "MON014")
            .map(|d| d["severity"].as_str().unwrap().to_string())
            .unwrap()
    };
    let file = "tests/findings/small-draft.dsl";
    assert_eq!(severity(&["check", file, "--format", "json"]), "error");
    assert_eq!(
        severity(&["check", file, "--format", "json", "--profile", "eu"]),
        "warning"
    );
}

/// Files checked together each take the profile of their own policy's
/// jurisdiction: MON014 is an error on the `CN-ZZ` draft's grant and a
/// warning on the `DE` draft's.
#[test]
fn each_file_takes_its_own_profile() {
    let (_, out) = run(&[
        "check",
        "tests/findings/small-draft.dsl",
        "tests/findings/eu-grant.dsl",
        "--format",
        "json",
    ]);
    let document: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut mon014: Vec<(String, String)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "MON014")
        .map(|d| {
            let path = d["path"].as_str().unwrap().to_string();
            (path, d["severity"].as_str().unwrap().to_string())
        })
        .collect();
    mon014.sort();
    assert_eq!(
        mon014,
        [
            (
                "tests/findings/eu-grant.dsl".to_string(),
                "warning".to_string()
            ),
            (
                "tests/findings/small-draft.dsl".to_string(),
                "error".to_string()
            ),
        ]
    );
}

/// A clause finding points at the matched characters inside the string.
#[test]
fn clause_findings_point_at_the_matched_text() {
    let (_, out) = run(&[
        "check",
        "tests/findings/small-draft.dsl",
        "--format",
        "json",
    ]);
    let document: serde_json::Value = serde_json::from_str(&out).unwrap();
    let source = std::fs::read_to_string("tests/findings/small-draft.dsl").unwrap();
    let pty001 = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "PTY001")
        .unwrap();
    let start = pty001["span"]["start"]["offset"].as_u64().unwrap() as usize;
    let end = pty001["span"]["end"]["offset"].as_u64().unwrap() as usize;
    assert_eq!(&source[start..end], "坚持党对数据工作的全面领导");
}
