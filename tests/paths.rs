//! Hostile paths: unreadable files, pipes, files that vanish between listing
//! and reading, and file names that are not UTF-8. Each gives a diagnostic
//! or a clear error with exit code 2, and nothing hangs. (Symlink loops, a
//! directory named `x.dsl`, `-` and missing paths are in tests/cli.rs.)

#![cfg(unix)]

use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

fn datalint() -> Command {
    let mut cmd = Command::cargo_bin("datalint").unwrap();
    cmd.env_remove("NO_COLOR")
        .env("COLUMNS", "100")
        .timeout(Duration::from_secs(60));
    cmd
}

const CLEAN: &str = "body b {\n  kind court\n}\n";

fn is_root() -> bool {
    // Root reads a file whatever its mode; the test of modes needs another user.
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

#[test]
fn a_path_through_a_regular_file_cannot_be_read() {
    // Runs as any user, root included: `ok.dsl/x.dsl` names nothing.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.dsl"), CLEAN).unwrap();
    datalint()
        .arg("check")
        .arg(dir.path().join("ok.dsl").join("x.dsl"))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "datalint: error: cannot read `",
        ));
}

#[test]
fn an_unreadable_file_is_exit_2() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        eprintln!("skipped: root reads files whatever their mode");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.dsl");
    std::fs::write(&path, CLEAN).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    datalint()
        .arg("check")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("permission denied"));
    // Found under a directory too.
    datalint()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("permission denied"));
}

fn mkfifo(path: &std::path::Path) -> bool {
    std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// Opening a FIFO for reading waits for a writer: datalint never opens one.
#[test]
fn a_fifo_is_refused_or_skipped_never_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.dsl");
    if !mkfifo(&fifo) {
        eprintln!("skipped: no mkfifo");
        return;
    }
    // Named: refused with a clear error.
    datalint().arg("check").arg(&fifo).assert().code(2).stderr(
        predicate::str::contains("is not a regular file")
            .and(predicate::str::contains("use `-` for standard input")),
    );
    datalint()
        .arg("fmt")
        .arg(&fifo)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a regular file"));
    // Under a directory: not a policy file, so left out.
    std::fs::write(dir.path().join("ok.dsl"), CLEAN).unwrap();
    datalint()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout("checked 1 file: no problems found\n");
    // fmt does not wait on it either.
    datalint()
        .arg("fmt")
        .arg("--check")
        .arg(dir.path())
        .assert()
        .code(0);
    // A device is no policy file either.
    datalint()
        .args(["check", "/dev/null"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a regular file"));
}

/// A file listed, then deleted before it is read: a clear error, not a panic.
#[test]
fn a_file_that_vanishes_between_listing_and_reading() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.dsl"), CLEAN).unwrap();
    std::fs::write(dir.path().join("b.dsl"), CLEAN).unwrap();
    let paths = datalint::workspace::discover(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(paths.len(), 2);
    std::fs::remove_file(dir.path().join("b.dsl")).unwrap();
    let error = datalint::workspace::load(&paths).unwrap_err();
    assert!(
        error.message.starts_with("cannot read `")
            && error.message.ends_with("b.dsl`: no such file or directory"),
        "{}",
        error.message
    );
    // Replaced by a directory or a FIFO in between: also an error, no wait.
    std::fs::create_dir(dir.path().join("b.dsl")).unwrap();
    let error = datalint::workspace::load(&paths).unwrap_err();
    assert!(
        error.message.ends_with("it is a directory"),
        "{}",
        error.message
    );
    std::fs::remove_dir(dir.path().join("b.dsl")).unwrap();
    if mkfifo(&dir.path().join("b.dsl")) {
        let error = datalint::workspace::load(&paths).unwrap_err();
        assert!(
            error.message.contains("not a regular file"),
            "{}",
            error.message
        );
    }
}

/// A file name that is not UTF-8 is checked, and shown with U+FFFD for the
/// bad byte in every output.
#[test]
fn a_file_name_that_is_not_utf8_is_checked_and_shown_lossily() {
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"draft-\xff\xfe.dsl");
    let path: PathBuf = dir.path().join(name);
    std::fs::write(&path, "body d {\n  kind cort\n}\n").unwrap();
    std::fs::write(dir.path().join("ok.dsl"), CLEAN).unwrap();
    // Found under a directory.
    datalint()
        .current_dir(dir.path())
        .args(["check", ".", "--color", "never"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("draft-\u{FFFD}\u{FFFD}.dsl:2:8")
                .and(predicate::str::contains("checked 2 files: 1 error")),
        );
    // Named, in JSON and SARIF.
    let output = datalint()
        .current_dir(dir.path())
        .arg("check")
        .arg(name)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["diagnostics"][0]["path"], "draft-\u{FFFD}\u{FFFD}.dsl");
    assert_eq!(json["diagnostics"][0]["code"], "E104");
    let output = datalint()
        .current_dir(dir.path())
        .arg("check")
        .arg(name)
        .args(["--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(sarif["runs"][0]["results"].is_array());
    for format in ["github", "junit", "gitlab"] {
        datalint()
            .current_dir(dir.path())
            .arg("check")
            .arg(name)
            .args(["--format", format])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("panicked").not());
    }
    // The report and fmt take it too.
    datalint()
        .current_dir(dir.path())
        .args(["report", "."])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("draft-\u{FFFD}\u{FFFD}.dsl"));
    datalint()
        .current_dir(dir.path())
        .args(["fmt", "--check", "."])
        .assert()
        .code(0);
}
