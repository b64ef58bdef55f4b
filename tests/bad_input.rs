//! The bad-input catalogue: hostile or broken files a linter in CI meets.
//! Each small case is a file under tests/bad-input/ whose diagnostics are
//! snapshotted; the big ones are generated here. None may panic or hang, and
//! each ends with a defined exit code.

use assert_cmd::Command;

fn check(path: &std::path::Path) -> (Option<i32>, String) {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .args(["check", "--color", "never", "--max-diagnostics", "20"])
        .arg(path)
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn every_catalogued_file_gets_its_diagnostics() {
    let mut paths: Vec<_> = std::fs::read_dir("tests/bad-input")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 12);
    for path in paths {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let (code, stdout) = check(
            std::path::Path::new("tests/bad-input")
                .join(&name)
                .as_path(),
        );
        assert_eq!(code, Some(1), "{name}:\n{stdout}");
        // An excerpt never carries a control or invisible character as is.
        assert!(
            !stdout.chars().any(|c| (c.is_control() && c != '\n')
                || datalint::base::source::invisible_name(c).is_some()),
            "{name} prints a hidden character"
        );
        insta::assert_snapshot!(name.clone(), stdout);
    }
}

#[test]
fn binary_garbage_is_invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.dsl");
    // A fixed linear congruential sequence: the same "random" bytes every run.
    let mut state: u32 = 7;
    let bytes: Vec<u8> = (0..65_536)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect();
    std::fs::write(&path, bytes).unwrap();
    let (code, stdout) = check(&path);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("E001 invalid-utf8"), "{stdout}");
}

#[test]
fn a_hundred_thousand_nested_blocks_are_reported_not_overflowed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested.dsl");
    // All on one line of 400 kB: the excerpt is left out, the location kept.
    let text = format!("{}{}\n", "a { ".repeat(100_000), "}".repeat(100_000));
    std::fs::write(&path, text).unwrap();
    let (code, stdout) = check(&path);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("E013 nesting-too-deep"),
        "{}",
        &stdout[..stdout.len().min(2000)]
    );
    assert!(stdout.contains("(the line is too long to show)"));
    assert!(stdout.len() < 20_000, "no 400 kB excerpt");
    let text = format!(
        "grant g {{\n  datasets {}{}\n}}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    std::fs::write(&path, text).unwrap();
    let (code, stdout) = check(&path);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("E013 nesting-too-deep"));
}

#[test]
fn a_twenty_megabyte_clause_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.dsl");
    let text = format!(
        "clause c \"Article 1\" {{\n  text \"{}\"\n}}\n",
        "The operator may use the data. ".repeat(700_000)
    );
    assert!(text.len() > 20_000_000);
    std::fs::write(&path, text).unwrap();
    let (code, stdout) = check(&path);
    assert_eq!(code, Some(0), "{}", &stdout[..stdout.len().min(2000)]);
}
