//! The language server driven by a standard LSP client (pygls, installed
//! from PyPI into a virtual environment by tests/lsp/run.sh): diagnostics on
//! open, hover, completion, definition, references, formatting, the waiver
//! code action and a clean shutdown.

#[path = "support/tools.rs"]
mod tools;

#[test]
fn a_real_client_drives_the_language_server() {
    if !tools::available(&["python3"], "the LSP client test") {
        return;
    }
    let datalint = assert_cmd::cargo::cargo_bin("datalint");
    let output = std::process::Command::new("bash")
        .arg("tests/lsp/run.sh")
        .arg(&datalint)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("all LSP checks passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
