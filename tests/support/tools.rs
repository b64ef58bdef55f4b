//! The outside programs some tests run (a validator, a parser, a client):
//! where one is missing, such a test is skipped with a note on a developer's
//! machine, and fails where the `CI` variable is set, since .ci/run installs
//! them all. Shared by those tests (`#[path]`-included).

/// Whether every one of `programs` runs (`PROGRAM --version` succeeds). When
/// one does not: a failure under CI, else a note naming `test` and `false`.
pub fn available(programs: &[&str], test: &str) -> bool {
    let missing: Vec<&str> = programs
        .iter()
        .copied()
        .filter(|program| {
            !std::process::Command::new(program)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI needs {} for {test}",
        missing.join(", ")
    );
    eprintln!("note: {} not found; {test} is skipped", missing.join(", "));
    false
}
