//! `datalint fmt`: idempotent, meaning-preserving, comments kept, and
//! files with syntax errors left alone.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use datalint::base::{SourceFile, Sources};
use datalint::check::{CheckOptions, check};
use datalint::rules::RuleSet;
use datalint::syntax::format::format;
use predicates::prelude::PredicateBooleanExt;

fn datalint() -> Command {
    Command::cargo_bin("datalint").unwrap()
}

fn policies() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        "examples",
        "rules/fixtures",
        "tests/waivers",
        "tests/findings",
        "tests/diff",
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "dsl") && !path.ends_with("mistakes.dsl") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// What a file means to datalint: its findings without positions.
fn meaning(text: &str) -> Vec<String> {
    let mut sources = Sources::new();
    sources.add(SourceFile::new("f.dsl", text.to_string()));
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    let rules = RULES.get_or_init(|| RuleSet::load(&[]).unwrap());
    let report = check(&sources, Vec::new(), rules, CheckOptions::default());
    let mut found: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {} {:?} {:?} {:?}",
                d.code(),
                d.severity.as_str(),
                d.block().map(|b| (b.kind, b.name(&sources))),
                d.message,
                d.waived()
            )
        })
        .collect();
    found.sort();
    found
}

fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.find('#').map(|i| l[i..].trim_end()))
        .collect()
}

#[test]
fn formatting_is_idempotent_and_keeps_meaning_and_comments() {
    let files = policies();
    assert!(files.len() > 50);
    for path in files {
        let original = std::fs::read_to_string(&path).unwrap();
        let once = format(&original).unwrap_or_else(|| panic!("{} did not format", path.display()));
        let twice = format(&once).unwrap();
        assert_eq!(once, twice, "{} is not stable", path.display());
        assert_eq!(
            meaning(&original),
            meaning(&once),
            "{} changed meaning",
            path.display()
        );
        // Every comment is kept, in order (strings holding `#` count on both sides).
        assert_eq!(
            comments(&original),
            comments(&once),
            "{} lost a comment",
            path.display()
        );
    }
}

/// Annotations (`# expect:`) stay above the lines they annotate.
#[test]
fn fixtures_still_hold_after_formatting() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("rules/fixtures").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    datalint().arg("fmt").arg(dir.path()).assert().code(0);
    datalint()
        .arg("fmt")
        .arg("--check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout("");
    datalint()
        .arg("test")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicates::str::contains("all as expected"));
}

#[test]
fn check_diff_and_syntax_errors() {
    let dir = tempfile::tempdir().unwrap();
    let messy = dir.path().join("messy.dsl");
    std::fs::write(&messy, "body b {kind court; independent true}\n").unwrap();
    let broken = dir.path().join("broken.dsl");
    let broken_text = "body b {\n  kind \"unterminated\n}\n";
    std::fs::write(&broken, broken_text).unwrap();
    datalint()
        .args(["fmt", "--check"])
        .arg(&messy)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("would reformat"));
    datalint()
        .args(["fmt", "--diff"])
        .arg(&messy)
        .assert()
        .code(1)
        .stdout(
            predicates::str::contains("+  kind        court").and(predicates::str::contains(
                "-body b {kind court; independent true}",
            )),
        );
    assert_eq!(
        std::fs::read_to_string(&messy).unwrap(),
        "body b {kind court; independent true}\n"
    );
    datalint()
        .arg("fmt")
        .arg(&messy)
        .arg(&broken)
        .assert()
        .code(1);
    assert_eq!(
        std::fs::read_to_string(&messy).unwrap(),
        "body b {\n  kind        court\n  independent true\n}\n"
    );
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), broken_text);
    assert!(Path::new(&broken).exists());
}

/// `fmt` rewrites a policy in place and keeps what the file is: its mode (a
/// policy shared with a group stays so) and, through a symbolic link, the
/// link, with the file it points to formatted.
#[cfg(unix)]
#[test]
fn fmt_keeps_the_mode_and_the_links_of_a_policy() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("shared.dsl");
    std::fs::write(&policy, "body  b {\n kind court\n}\n").unwrap();
    std::fs::set_permissions(&policy, std::fs::Permissions::from_mode(0o664)).unwrap();
    let link = dir.path().join("link.dsl");
    std::os::unix::fs::symlink(&policy, &link).unwrap();
    datalint()
        .current_dir(dir.path())
        .args(["fmt", "link.dsl"])
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(&policy).unwrap(),
        "body b {\n  kind court\n}\n"
    );
    let mode = std::fs::metadata(&policy).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664);
}
