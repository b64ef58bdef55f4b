//! The limits of docs/errors.md ("Limits"): each is a diagnostic, never a
//! crash or a hang, and the file size limit can be changed. No timing is
//! asserted; a test that blew up would time out instead.

use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

fn datalint() -> Command {
    let mut cmd = Command::cargo_bin("datalint").unwrap();
    cmd.env_remove("NO_COLOR")
        .env("COLUMNS", "100")
        .timeout(Duration::from_secs(300));
    cmd
}

const CLEAN: &str = "body b {\n  kind court\n}\n";

/// 2 KiB of valid policy.
fn two_kib() -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 2048 {
        text.push_str(&format!("body b{i} {{\n  kind court\n}}\n"));
        i += 1;
    }
    text
}

/// A policy and its authority, for generated drafts.
const POLICY: &str = "policy \"P\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\n";

/// What `datalint check --format json` of `text`, written to a file, prints.
fn check_json_output(text: &str) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.dsl");
    std::fs::write(&path, text).unwrap();
    datalint()
        .arg("check")
        .arg(&path)
        .args(["--format", "json"])
        .output()
        .unwrap()
}

/// The exit code and the JSON document of [`check_json_output`].
fn check_json(text: &str) -> (Option<i32>, serde_json::Value) {
    let output = check_json_output(text);
    let json = serde_json::from_slice(&output.stdout).unwrap();
    (output.status.code(), json)
}

#[test]
fn a_file_over_max_file_size_is_an_e016_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.dsl"), two_kib()).unwrap();
    std::fs::write(dir.path().join("small.dsl"), "body s {\n  kind cort\n}\n").unwrap();
    let output = datalint()
        .current_dir(dir.path())
        .args(["check", ".", "--format", "json", "--max-file-size", "1KiB"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    // The big file is not checked; the small one is.
    assert_eq!(codes, ["E016", "E104"], "{json:#}");
    assert!(
        json["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("the limit is 1024 bytes (1 KiB)")
    );
    // --exit-zero does not hide that a file was not checked.
    datalint()
        .current_dir(dir.path())
        .args(["check", ".", "--exit-zero", "--max-file-size", "1024"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("E016 file-too-large"));
    // Raised, the file is checked.
    datalint()
        .current_dir(dir.path())
        .args(["check", "big.dsl", "--max-file-size", "4KiB"])
        .assert()
        .code(0);
    // 0: no limit but the 4 GiB spans can address.
    datalint()
        .current_dir(dir.path())
        .args(["check", "big.dsl", "--max-file-size", "0"])
        .assert()
        .code(0);
    datalint()
        .current_dir(dir.path())
        .args(["check", "big.dsl", "--max-file-size", "1MB"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("KiB, MiB or GiB"));
}

#[test]
fn max_file_size_in_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.dsl"), two_kib()).unwrap();
    std::fs::write(
        dir.path().join("datalint.toml"),
        "[check]\nmax-file-size = \"1KiB\"\n",
    )
    .unwrap();
    datalint()
        .current_dir(dir.path())
        .args(["check", "big.dsl"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("E016 file-too-large"));
    // The flag overrides the file.
    datalint()
        .current_dir(dir.path())
        .args(["check", "big.dsl", "--max-file-size", "2MiB"])
        .assert()
        .code(0);
    std::fs::write(
        dir.path().join("datalint.toml"),
        "[check]\nmax-file-size = 4096\n",
    )
    .unwrap();
    datalint()
        .current_dir(dir.path())
        .args(["check", "big.dsl"])
        .assert()
        .code(0);
    std::fs::write(
        dir.path().join("datalint.toml"),
        "[check]\nmax-file-size = \"lots\"\n",
    )
    .unwrap();
    datalint()
        .current_dir(dir.path())
        .args(["check", "big.dsl", "--color", "never"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("C003").and(predicate::str::contains("`lots` is not a size")),
        );
}

#[test]
fn standard_input_is_read_only_up_to_the_limit() {
    datalint()
        .args(["check", "-", "--max-file-size", "1KiB", "--color", "never"])
        .write_stdin(two_kib())
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "the file is larger than the limit of 1024 bytes (1 KiB), so it is not checked",
        ));
    datalint()
        .args(["check", "-", "--max-file-size", "1KiB"])
        .write_stdin(CLEAN)
        .assert()
        .code(0);
}

/// A sparse file of 5 GiB: its size is looked up, and nothing of it is read
/// (reading it would take minutes and gigabytes).
#[test]
fn a_huge_file_is_judged_by_its_size_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.dsl");
    let file = std::fs::File::create(&path).unwrap();
    if file.set_len(5 << 30).is_err() {
        return; // a file system without sparse files
    }
    drop(file);
    datalint()
        .arg("check")
        .arg(&path)
        .args(["--color", "never"])
        .env("COLUMNS", "200")
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "the file is 5368709120 bytes (5 GiB); the limit is 67108864 bytes (64 MiB), so it is not checked",
        ));
    // Even with no limit, spans address at most 4 GiB.
    datalint()
        .arg("check")
        .arg(&path)
        .args(["--max-file-size", "0", "--color", "never"])
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stdout(predicate::str::contains("E016"));
}

/// A name, a word, an attribute name and a number of a megabyte each: one
/// E017 each, nothing quadratic (no "did you mean" over a megabyte), and no
/// megabyte in any message.
#[test]
fn megabyte_tokens_are_one_error_each() {
    let long = "x".repeat(1 << 20);
    let digits = "9".repeat(1 << 20);
    let text = format!(
        "body {long} {{\n  kind court\n}}\nbody b {{\n  {long} 5\n  kind {long}\n}}\ndataset d {{\n  categories [user]\n  records {digits}\n}}\n# datalint: allow {long} \"reason\"\nbody c {{\n  kind court\n}}\n"
    );
    let output = check_json_output(&text);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stdout.len() < 100_000,
        "{} bytes of output",
        output.stdout.len()
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let e017: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "E017")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        e017,
        [
            "this block name is 1048576 bytes long; the limit is 1024",
            "this attribute name is 1048576 bytes long; the limit is 1024",
            "this word is 1048576 bytes long; the limit is 1024",
            "this number is 1048576 bytes long; the limit is 1024",
        ]
    );
}

/// Clause texts are matched in linear time: two megabytes of phrases that
/// each almost match a pattern (a match the guard then rejects) complete.
#[test]
fn megabyte_clauses_of_near_matches_are_checked() {
    // Each sentence matches a regex of PARTY_LEADERSHIP that the word before
    // rejects, while the list's phrases occur nowhere; each sentence of the
    // second clause matches OPEN_PURPOSE after a negation; the third is a
    // near miss of many patterns at once.
    let text = format!(
        "clause a {{\n  text \"\"\"\n{}\n\"\"\"\n}}\n\nclause b {{\n  text \"\"\"\n{}\n\"\"\"\n}}\n\nclause c {{\n  text \"{}\"\n}}\n",
        "Either party's leadership. ".repeat(40_000),
        "不得用于其他用途，".repeat(40_000),
        "security organs may not access data without a warrant or court ".repeat(4_000),
    );
    assert!(text.len() > 2_000_000);
    let output = check_json_output(&text);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(json["diagnostics"].is_array());
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// "Did you mean" is bounded per file (README, "Limits"): every unresolved
/// reference is still reported, the first ones with a suggestion, and a
/// misspelling repeated through the file keeps its suggestion throughout.
/// Unbounded, a file like this compared each reference with every name.
#[test]
fn thousands_of_unresolved_references_are_each_reported() {
    let mut text = String::new();
    for i in 0..3000 {
        text.push_str(&format!(
            "operator operator_{i} {{\n  kind private\n}}\n\
             grant grant_{i} {{\n  operator operatr_{i}\n}}\n\
             grant again_{i} {{\n  operator operator_0x\n}}\n"
        ));
    }
    let (code, json) = check_json(&text);
    assert_eq!(code, Some(1));
    let unresolved: Vec<(&str, &str)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "E105")
        .map(|d| (d["message"].as_str().unwrap(), d["help"].as_str().unwrap()))
        .collect();
    assert_eq!(unresolved.len(), 6000);
    assert_eq!(
        unresolved[0],
        (
            "no `operator` block is named `operatr_0`",
            "did you mean `operator_0`?"
        )
    );
    let mut repeated = unresolved
        .iter()
        .filter(|(message, _)| message.ends_with("`operator_0x`"));
    assert_eq!(repeated.clone().count(), 3000);
    assert!(repeated.all(|(_, help)| *help == "did you mean `operator_0`?"));
    // 3,000 operators to compare with: the budget runs out after about 66
    // distinct names.
    let last = unresolved
        .iter()
        .rev()
        .find(|(m, _)| m.contains("operatr_"))
        .unwrap();
    assert!(
        last.1.starts_with("define an `operator` block named"),
        "{last:?}"
    );
}

/// Thousands of waivers each waive their own findings (found by where the
/// findings start, not by reading every finding for every waiver).
#[test]
fn thousands_of_waivers_each_waive_their_findings() {
    let mut text = String::from(POLICY);
    for i in 0..3000 {
        text.push_str(&format!(
            "# datalint: allow MON001 \"reason {i}\"\ngrant g{i} \"G\" {{\n  exclusive true\n  # datalint: allow MON002 \"why\"\n  term 30y\n}}\n"
        ));
    }
    let (_, json) = check_json(&text);
    let diagnostics = json["diagnostics"].as_array().unwrap();
    for code in ["MON001", "MON002"] {
        let waived: Vec<&str> = diagnostics
            .iter()
            .filter(|d| d["code"] == code)
            .map(|d| d["waived"]["reason"].as_str().unwrap_or("not waived"))
            .collect();
        assert_eq!(waived.len(), 3000, "{code}");
        let expected = |i: usize| {
            if code == "MON001" {
                format!("reason {i}")
            } else {
                "why".into()
            }
        };
        for (i, reason) in waived.iter().enumerate() {
            assert_eq!(*reason, expected(i), "{code} on g{i}");
        }
    }
    assert!(!diagnostics.iter().any(|d| d["code"] == "W003"));
}

/// A grant of thousands of personal datasets that share a key, all from
/// one source but the last two: PRV008 and PRV015 find the one pair that
/// can be linked by looking the key and the source up, not by comparing
/// the datasets two by two.
#[test]
fn a_grant_of_thousands_of_datasets_is_searched_for_a_linkable_pair() {
    let n = 3000;
    let mut text = String::from(POLICY);
    for i in 0..n {
        let (source, key) = match i {
            _ if i == n - 2 => ("statistics", "plate"),
            _ if i == n - 1 => ("tax", "plate"),
            _ => ("health", "national_id"),
        };
        text.push_str(&format!(
            "dataset d{i} \"D{i}\" {{\n  categories [user.demographic.gender]\n  source {source}\n  keys [{key}]\n}}\n"
        ));
    }
    let listed: Vec<String> = (0..n).map(|i| format!("d{i}")).collect();
    text.push_str(&format!(
        "grant g \"G\" {{\n  datasets [{}]\n  impact_assessment true\n}}\n",
        listed.join(", ")
    ));
    let (_, json) = check_json(&text);
    let linked: Vec<&serde_json::Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "PRV008")
        .collect();
    assert_eq!(linked.len(), 1);
    let message = linked[0]["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("`d{}` and `d{}`", n - 2, n - 1)),
        "{message}"
    );
}
