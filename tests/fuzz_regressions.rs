//! Inputs that crashed a fuzz target (fuzz/, docs/fuzzing.md). Each file
//! under tests/fuzz-regressions/ is named `<target>-<short-name>` and is
//! replayed through the same function as that target (fuzz/harness.rs), which
//! panics where the target found a failure; the binary is run on it too, for
//! the exit code a user gets.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::path::PathBuf;

use assert_cmd::Command;

fn regressions() -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir("tests/fuzz-regressions")
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_str().unwrap().to_string(), p))
        .collect();
    found.sort();
    found
}

/// Runs the binary; returns the exit code and standard error.
fn datalint(args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .args(args)
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        !stderr.contains("panicked") && !stderr.contains("overflow"),
        "{stderr}"
    );
    (output.status.code(), stderr)
}

#[test]
fn every_saved_input_runs_through_its_target() {
    let found = regressions();
    assert!(!found.is_empty());
    for (name, path) in found {
        let data = std::fs::read(&path).unwrap();
        match name.split('-').next().unwrap() {
            "parse" => harness::parse(&data),
            "check" => harness::check_all(&data),
            "rule_file" => harness::rule_file(&data),
            "config" => harness::config(&data),
            other => panic!("{name}: no fuzz target `{other}`"),
        }
    }
}

/// A rule file or configuration the fuzzers broke is refused with exit code
/// 2 and one diagnostic, like any other broken rule or configuration.
#[test]
fn the_binary_refuses_them_with_exit_code_2() {
    for (name, path) in regressions() {
        let (code, stderr) = if name.starts_with("rule_file-") {
            let dir = tempfile::tempdir().unwrap();
            std::fs::copy(&path, dir.path().join("fuzzed.rule")).unwrap();
            datalint(&["rules".as_ref(), "--rules".as_ref(), dir.path().as_os_str()])
        } else if name.starts_with("config-") {
            datalint(&[
                "check".as_ref(),
                "--config".as_ref(),
                path.as_os_str(),
                "--color".as_ref(),
                "never".as_ref(),
                "examples/mistakes.dsl".as_ref(),
            ])
        } else {
            continue;
        };
        assert_eq!(code, Some(2), "{name}:\n{stderr}");
        let why = if name.starts_with("config-") {
            // A parameter's value is one expression: too deep is no value.
            "is not a value"
        } else if name.contains("chain") {
            "more than 512 operators"
        } else {
            "nested more than 64 deep"
        };
        assert!(stderr.contains(why), "{name}:\n{stderr}");
        if name.starts_with("rule_file-") {
            // One mistake, one diagnostic: the levels it unwinds through add none.
            assert!(stderr.contains("(1 problem)"), "{name}:\n{stderr}");
        }
    }
}

/// Up to the limits, expressions load and run: 62 levels of parentheses and
/// a chain of 500 operators, in a test thread's small stack.
#[test]
fn expressions_up_to_the_limits_load_and_run() {
    let rule = |when: String| {
        format!(
            "rule FZ001 fz-limits {{\n  family monopolization\n  severity error\n  summary \"s\"\n  help \"h\"\n  basis \"b\" \"q\"\n  for grant g\n  when {when}\n  message \"m\"\n}}\n"
        )
    };
    let nested = format!("{}g.exclusive == true{}", "(".repeat(62), ")".repeat(62));
    // 499 `+` and one `>`: 500 operators.
    let chain = format!("1{} > 0", " + 1".repeat(499));
    for when in [nested, chain] {
        let text = rule(when);
        let rules =
            datalint::rules::RuleSet::load_with_extra(vec![("x.rule".into(), text.clone())]);
        assert!(rules.is_ok(), "{:?}", rules.err().map(|f| f.diagnostics));
        harness::rule_file(text.as_bytes());
    }
}
