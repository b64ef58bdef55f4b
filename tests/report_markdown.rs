//! `datalint report --format markdown`: a snapshot for one small draft, the
//! escaping of hostile text, the cut at GitHub's comment limit, and the
//! format inferred from `--output FILE.md`. Each report is also read by a
//! GitHub-flavoured Markdown parser, as the page it is posted to reads it.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

#[path = "support/gfm.rs"]
mod gfm;
use gfm::Gfm;

/// A fixed generation time, so reports are reproducible.
const EPOCH: &str = "1740355200";
const LIMIT: usize = 65_536;

/// `datalint report ARGS…` from the crate root; (exit code, stdout).
fn report(args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .arg("report")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn markdown(path: &Path) -> String {
    let (code, out) = report(&[path.to_str().unwrap(), "--format", "markdown"]);
    assert_eq!(code, 0, "{out}");
    out
}

/// The lines outside fenced code blocks, after checking that every fence
/// is closed by a fence of the same character at least as long.
fn outside_fences(md: &str) -> Vec<&str> {
    let mut open: Option<usize> = None;
    let mut outside = Vec::new();
    for line in md.lines() {
        let run = line.chars().take_while(|&c| c == '`').count();
        match open {
            None if run >= 3 => open = Some(run),
            None => outside.push(line),
            Some(n) if run >= n && line.trim_end().chars().all(|c| c == '`') => open = None,
            Some(_) => {}
        }
    }
    assert_eq!(open, None, "a code fence is left open");
    outside
}

/// Checks that `<details>` and `</details>` pair up outside code blocks.
fn assert_details_balanced(md: &str) {
    let mut depth = 0i32;
    for line in outside_fences(md) {
        depth += line.matches("<details>").count() as i32;
        depth -= line.matches("</details>").count() as i32;
        assert!(depth >= 0, "</details> without <details>: {line}");
    }
    assert_eq!(depth, 0, "a <details> is left open");
}

/// `datalint check --format json PATH`'s diagnostics.
fn diagnostics(path: &Path) -> Vec<Value> {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    json["diagnostics"].as_array().unwrap().clone()
}

/// Checks that a GFM parser reads the findings table as one row per finding,
/// each in its four columns with the finding's code, name, severity, line and
/// message as `check --format json` gives them, code spans aside.
fn assert_findings_table_reads_back(md: &str, path: &Path) {
    let gfm = Gfm::read(md);
    gfm.assert_raw_html_only(&["details", "/details", "summary", "/summary"]);
    let diagnostics = diagnostics(path);
    let tables = gfm.tables_headed(&gfm::FINDINGS_HEADER);
    if diagnostics.is_empty() {
        assert!(tables.is_empty(), "{md}");
        return;
    }
    assert_eq!(tables.len(), 1, "one table of findings");
    gfm::assert_rows_are_findings(tables[0], &diagnostics);
}

#[test]
fn small_draft() {
    let path = Path::new("tests/findings/small-draft.dsl");
    let out = markdown(path);
    assert!(out.starts_with("## datalint report: "));
    assert_details_balanced(&out);
    assert_findings_table_reads_back(&out, path);
    let gfm = Gfm::read(&out);
    let families = gfm.tables_headed(&["family", "errors", "warnings", "infos"]);
    assert_eq!(families.len(), 1);
    assert_eq!(families[0].len(), 5, "a row per family and the total");
    insta::assert_snapshot!(out);
}

#[test]
fn every_example_reads_back_through_a_gfm_parser() {
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")).unwrap()
    {
        let path = Path::new("examples").join(entry.unwrap().file_name());
        if path.extension().is_some_and(|e| e == "dsl") {
            let md = markdown(&path);
            assert_findings_table_reads_back(&md, &path);
            assert_grants_table_reads_back(&md, &path);
        }
    }
}

/// The grants table has a row of eight cells per grant of the draft, in the
/// draft's order, each led by the grant's name.
fn assert_grants_table_reads_back(md: &str, path: &Path) {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("export")
        .arg(path)
        .output()
        .unwrap();
    let export: Value = serde_json::from_slice(&output.stdout).unwrap();
    let grants: Vec<&str> = export["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "grant")
        .map(|b| b["name"].as_str().unwrap())
        .collect();
    let header = [
        "grant",
        "operator",
        "scope",
        "datasets",
        "exclusive",
        "term",
        "selection",
        "findings",
    ];
    let tables = Gfm::read(md).tables_headed(&header).concat();
    let leading: Vec<&str> = tables
        .iter()
        .map(|row| {
            assert_eq!(row.len(), 8, "{}: {row:?}", path.display());
            row[0].split(' ').next().unwrap()
        })
        .collect();
    assert_eq!(leading, grants, "{}", path.display());
}

#[test]
fn hostile_text_is_shown_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.dsl");
    let hostile = r#"<script>alert(1)</script> \"><img src=x onerror=alert(1)> a|b"#;
    std::fs::write(
        &path,
        format!(
            r#"policy "{hostile}" {{
  jurisdiction "<script>x</script>|"
  authority    h_bureau
}}

body h_bureau "Bureau <b>" {{
  kind regulator
}}

clause h_art1 "Art. 1 <img src=x onerror=alert(1)>" {{
  text "{hostile} 本办法坚持党对数据工作的全面领导。"
}}
"#
        ),
    )
    .unwrap();
    let out = markdown(&path);
    assert_details_balanced(&out);
    assert_findings_table_reads_back(&out, &path);
    let outside = outside_fences(&out);
    for line in &outside {
        for raw in ["<script", "<img", "<b>", "\"><"] {
            assert!(
                !line.contains(raw),
                "raw `{raw}` outside a code block: {line}"
            );
        }
    }
    assert_eq!(
        outside[0],
        r#"## datalint report: &lt;script&gt;alert(1)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt; a\|b"#
    );
    assert!(
        out.contains("**Jurisdiction:** &lt;script&gt;x&lt;/script&gt;\\|"),
        "{out}"
    );
    // The flagged clause is quoted as written, inside a code block.
    assert!(out.contains("PTY001"), "{out}");
    let in_fences = out
        .lines()
        .filter(|l| !outside.contains(l))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(in_fences.contains(r#"<script>alert(1)</script> \"><img src=x onerror=alert(1)> a|b"#));
    // Table rows keep their column count: every `|` of the user's is escaped.
    for line in outside.iter().filter(|l| l.starts_with("| ")) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(cells >= 4, "{line}");
    }
}

/// A policy of `grants` exclusive 20-year grants, several findings each;
/// the titles have backtick runs, which the excerpts' fences must outrun.
fn big_policy(grants: usize) -> String {
    let mut dsl = String::from(
        "policy \"A very large draft\" {\n  jurisdiction \"NL\"\n  authority big_bureau\n}\n\n\
         body big_bureau \"Bureau\" {\n  kind regulator\n}\n\n\
         operator big_op \"Operator\" {\n  kind private\n}\n\n\
         dataset big_data \"Data\" {\n  categories [user.biometric.face]\n  source public_security\n}\n\n",
    );
    for i in 0..grants {
        dsl.push_str(&format!(
            "grant big_g{i} \"Grant {i} ```backticks```\" {{\n  operator  big_op\n  datasets  [big_data]\n  exclusive true\n  term      20y\n  access    raw\n}}\n\n"
        ));
    }
    dsl
}

#[test]
fn long_reports_are_cut_at_the_comment_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.dsl");
    std::fs::write(&path, big_policy(1_000)).unwrap();
    let out = markdown(&path);
    let chars = out.chars().count();
    assert!(chars <= LIMIT, "{chars} characters");
    assert!(chars > LIMIT - 2_000, "cut too early: {chars} characters");
    assert!(
        out.ends_with(
            "The HTML report has everything: `datalint report … --output report.html`.\n"
        ),
        "{}",
        &out[out.len() - 400..]
    );
    assert!(out.contains("This report was cut"));
    assert_details_balanced(&out);

    // The note's count matches the rows shown.
    let total: usize = out
        .lines()
        .find_map(|l| l.strip_prefix("### Findings ("))
        .and_then(|l| l.strip_suffix(')'))
        .unwrap()
        .parse()
        .unwrap();
    assert!(total >= 5_000, "{total} findings");
    let rows = out
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains(".dsl:"))
        .count();
    assert!(
        out.contains(&format!(
            "{} of {total} findings are not shown",
            total - rows
        )),
        "{rows} rows of {total}"
    );
    // The cut falls between lines: the line before the note is whole.
    let before_note = out.rsplit_once("\n---\n").unwrap().0;
    let last = before_note.trim_end().lines().last().unwrap();
    assert!(last.starts_with("| ") && last.ends_with(" |"), "{last}");
}

#[test]
fn output_file_extension_chooses_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let (_, expected) = report(&["tests/findings/small-draft.dsl", "--format", "markdown"]);
    for name in ["report.md", "report.markdown"] {
        let file = dir.path().join(name);
        let (code, stdout) = report(&[
            "tests/findings/small-draft.dsl",
            "--output",
            file.to_str().unwrap(),
        ]);
        assert_eq!(code, 0);
        assert!(stdout.is_empty(), "{stdout}");
        let written = std::fs::read_to_string(&file).unwrap();
        assert!(written.starts_with("## datalint report: "), "{written}");
        assert_eq!(written, expected);
    }
}
