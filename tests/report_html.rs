//! The HTML report (`datalint report --format html`): its structure (one
//! self-contained document, no script, no external resource, every section,
//! a chart, highlighted clause findings), the escaping of what the drafts
//! say, a snapshot for one small draft, and each example's report read by
//! two consumers: the Nu Html Checker and a browser (headless Chromium).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

#[path = "support/tools.rs"]
mod tools;

/// 2025-02-24T00:00:00Z, so the generation time is fixed.
const EPOCH: &str = "1740355200";

fn run_in(dir: &Path, args: &[&str]) -> String {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .args(args)
        .output()
        .unwrap();
    // `check` exits with 1 when it finds something; `report` always with 0.
    assert!(
        output.status.success() || (args[0] == "check" && output.status.code() == Some(1)),
        "datalint {args:?} exited with {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn run(args: &[&str]) -> String {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn report(path: &str) -> String {
    run(&["report", path, "--format", "html"])
}

/// The text between `<section id="ID">` and the next top-level section.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let open = format!("<section id=\"{id}\">");
    let start = html
        .find(&open)
        .unwrap_or_else(|| panic!("no section {id}"));
    let rest = &html[start..];
    let end = [
        "summary", "grants", "findings", "clauses", "waivers", "appendix",
    ]
    .iter()
    .filter_map(|other| rest[open.len()..].find(&format!("<section id=\"{other}\">")))
    .min()
    .map_or(rest.len(), |i| i + open.len());
    &rest[..end]
}

#[test]
fn province_report_is_one_self_contained_document() {
    let html = report("examples/province-authorized-operation.dsl");
    let lower = html.to_ascii_lowercase();

    assert!(
        html.starts_with("<!DOCTYPE html>\n"),
        "starts with the doctype"
    );
    assert_eq!(lower.matches("<html").count(), 1);
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'\">"
    ));
    assert!(html.trim_end().ends_with("</html>"));

    // No script and nothing loaded from elsewhere.
    assert!(!lower.contains("<script"), "no script element");
    for attr in [
        "src=\"http",
        "href=\"http",
        "src=\"//",
        "href=\"//",
        "url(",
        "@import",
        "<link",
        "<iframe",
        "<object",
        "<embed",
    ] {
        assert!(!lower.contains(attr), "no external resource: found {attr}");
    }
    // Inline CSS with a print stylesheet and a CJK font stack.
    assert_eq!(lower.matches("<style>").count(), 1);
    assert!(html.contains("@media print"));
    assert!(html.contains("\"Noto Sans CJK SC\""));

    // The chart: one inline SVG with a title and a bar per family.
    assert_eq!(lower.matches("<svg").count(), 1);
    let summary = section(&html, "summary");
    let svg = &summary[summary.find("<svg").unwrap()..summary.find("</svg>").unwrap()];
    assert!(svg.contains("<title id=\"chart-title\">"));
    for family in ["MON", "PRV", "PTY", "TRN"] {
        assert!(
            svg.contains(&format!(">{family}</text>")),
            "a bar labelled {family}"
        );
    }
    assert!(svg.matches("<rect class=\"error\"").count() >= 4);

    for heading in [
        "<h2>Summary</h2>",
        "<h2>Grants</h2>",
        "<h2>Findings</h2>",
        "<h2>Clauses</h2>",
        "<h2>Waivers</h2>",
        "<h2>Appendix</h2>",
    ] {
        assert_eq!(html.matches(heading).count(), 1, "{heading} once");
    }

    // The summary says what the drafts are and whether they pass.
    assert!(summary.contains("某省公共数据授权运营管理办法（征求意见稿）"));
    assert!(summary.contains("CN-GZ"));
    assert!(summary.contains("class=\"verdict fail\""));
    assert!(summary.contains("Does not pass"));

    // Grants: the province-wide grant, its sensitive datasets marked.
    let grants = section(&html, "grants");
    assert!(grants.contains("<code>gz_province_wide</code>"));
    assert!(grants.contains("⚠ sensitive"));

    // Every finding against a clause is highlighted, in its excerpt and in
    // the clause's text.
    let json: Value = serde_json::from_str(&run(&[
        "check",
        "examples/province-authorized-operation.dsl",
        "--format",
        "json",
    ]))
    .unwrap();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    let clause_findings = diagnostics
        .iter()
        .filter(|d| d["block"]["kind"] == "clause")
        .count();
    assert!(clause_findings > 0);
    assert!(html.matches("<mark").count() >= clause_findings);
    let findings = section(&html, "findings");
    assert_eq!(
        findings.matches("<article class=\"finding\"").count(),
        diagnostics.len()
    );
    assert_eq!(findings.matches("<mark>").count(), diagnostics.len());
    // Names and values the messages quote between backticks are code.
    for message in findings.split("<p class=\"message\">").skip(1) {
        let message = &message[..message.find("</p>").unwrap()];
        assert!(!message.contains('`'), "a backtick shown: {message}");
    }
    assert!(
        findings.contains("<p class=\"message\">exclusive grant <code>gz_province_wide</code>")
    );
    let clauses = section(&html, "clauses");
    for d in diagnostics
        .iter()
        .filter(|d| d["block"]["kind"] == "clause")
    {
        let code = d["code"].as_str().unwrap();
        assert!(
            clauses.contains(&format!("<span class=\"codes\">{code}"))
                || clauses.contains(&format!(", {code}</span>")),
            "clause finding {code} shown in the clauses"
        );
    }
    assert!(clauses.matches("<mark").count() >= 1);

    // No waiver here: the section says so.
    assert!(section(&html, "waivers").contains("None"));

    // Appendix: the rules, the file with its size and hash, the version and time.
    let appendix = section(&html, "appendix");
    assert!(appendix.contains("<code>MON001</code>"));
    assert!(appendix.contains("examples/province-authorized-operation.dsl"));
    let sha = regex::Regex::new(r"[0-9a-f]{64}").unwrap();
    assert!(sha.is_match(appendix));
    assert!(appendix.contains("2025-02-24T00:00:00Z"));
    assert!(appendix.contains(env!("CARGO_PKG_VERSION")));
}

/// `&#60;` and `&lt;` are the same escape; askama writes the numeric forms.
fn named_entities(html: &str) -> String {
    html.replace("&#60;", "&lt;")
        .replace("&#62;", "&gt;")
        .replace("&#34;", "&quot;")
        .replace("&#39;", "&apos;")
        .replace("&#38;", "&amp;")
}

#[test]
fn text_from_the_drafts_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let attack = r#"<script>alert(1)</script> \"><img src=x onerror=alert(1)>"#;
    std::fs::write(
        dir.path().join("evil.dsl"),
        format!(
            "policy \"{attack}\" {{\n  jurisdiction \"CN-ZZ\"\n}}\n\n\
             clause evil_art1 \"{attack}\" {{\n  text \"本办法坚持党对数据工作的全面领导。{attack}\"\n}}\n"
        ),
    )
    .unwrap();
    let html = run_in(dir.path(), &["report", "evil.dsl", "--format", "html"]);
    let lower = html.to_ascii_lowercase();

    assert!(!lower.contains("<script"), "no script element");
    assert!(!lower.contains("<img"), "no image element");
    assert!(!html.contains("onerror=alert(1)>"), "no live attribute");
    let named = named_entities(&html);
    let escaped =
        "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
    // The title (in <title>, <h1> and the summary) and the clause's title.
    assert!(
        named.matches(escaped).count() >= 4,
        "the titles are escaped"
    );
    // The clause's text, flagged by PTY001 and shown with its escapes as written.
    assert!(named.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt; \\&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    ));
    assert!(html.contains("<mark title=\"PTY001\">坚持党对数据工作的全面领导</mark>"));
}

#[test]
fn small_draft_snapshot() {
    let html = report("tests/findings/small-draft.dsl");
    // The version is the only thing that changes between releases.
    let html = html.replace(env!("CARGO_PKG_VERSION"), "[VERSION]");
    insta::assert_snapshot!("small_draft", html);
}

/// The browser to read reports with: `DATALINT_BROWSER`, else Chromium or
/// Chrome on the `PATH`.
fn browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DATALINT_BROWSER") {
        return Some(PathBuf::from(path));
    }
    let dirs = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&dirs).map(move |dir| dir.join(name)))
    .find(|path| path.is_file())
}

/// The HTML elements of a document in order: `name` for a start tag, `/name`
/// for an end tag, and both for an element written `<name/>` (as SVG's are).
/// Void elements (`meta`, `br`) have no end tag in either form.
fn element_tags(html: &str) -> Vec<String> {
    const VOID: [&str; 13] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let tag = regex::Regex::new(r#"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(/?)>"#)
        .unwrap();
    let mut tags = Vec::new();
    for c in tag.captures_iter(html) {
        let name = c[2].to_ascii_lowercase();
        if !c[1].is_empty() {
            tags.push(format!("/{name}"));
            continue;
        }
        let void = VOID.contains(&name.as_str());
        tags.push(name.clone());
        if !c[3].is_empty() && !void {
            tags.push(format!("/{name}"));
        }
    }
    tags
}

/// What the browser's parser made of a report: the DOM it built, serialized,
/// and what it logged (the page's console messages are the lines with
/// `:CONSOLE`, a load its security policy blocked among them).
fn browser_reads(browser: &Path, html_file: &Path, profile: &Path) -> (String, String) {
    let output = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            "--timeout=20000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", html_file.display()))
        .output()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", browser.display()));
    assert!(
        output.status.success(),
        "{} failed: {}",
        browser.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// What the consumer tests read a report of: each example alone, all of them
/// together (one report over several files), and a draft with waived findings
/// (the waivers table).
fn report_inputs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs: Vec<String> = std::fs::read_dir(root.join("examples"))
        .unwrap()
        .map(|e| format!("examples/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".dsl"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 9, "{inputs:?}");
    inputs.push("examples".into());
    inputs.push("tests/waivers/waivers.dsl".into());
    inputs
}

/// A file name for the report of `input`.
fn report_file(dir: &Path, input: &str) -> PathBuf {
    dir.join(format!("{}.html", input.replace(['/', '.'], "_")))
}

/// Every report of [`report_inputs`], read by a browser: the tree it builds has exactly
/// the elements the report writes, in the same order and nesting (an element
/// left open, closed twice, or placed where HTML does not allow it makes the
/// parser add, move or drop elements), and the page's own security policy
/// blocks nothing it uses.
#[test]
fn a_browser_builds_the_tree_each_report_writes() {
    let Some(browser) = browser() else {
        // In CI the browser must run (.ci/run installs Debian's Chromium): there,
        // a missing browser is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs Chromium or Chrome on the PATH (or DATALINT_BROWSER) to read the HTML reports"
        );
        eprintln!(
            "note: no Chromium or Chrome on the PATH (or DATALINT_BROWSER); \
             the browser test of the HTML reports is skipped"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for input in report_inputs() {
        let html = report(&input);
        let file = report_file(dir.path(), &input);
        std::fs::write(&file, &html).unwrap();
        let (dom, log) = browser_reads(&browser, &file, &dir.path().join("profile"));

        let written = element_tags(&html);
        let built = element_tags(&dom);
        if let Some(at) =
            (0..written.len().max(built.len())).find(|&i| written.get(i) != built.get(i))
        {
            let around =
                |tags: &[String]| tags[at.saturating_sub(8)..(at + 8).min(tags.len())].join(" ");
            panic!(
                "{input}: the browser built another tree, from element {at} on:\n\
                 written: {}\nbuilt:   {}",
                around(&written),
                around(&built)
            );
        }
        let json: Value =
            serde_json::from_str(&run(&["check", &input, "--format", "json"])).unwrap();
        let open = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["waived"].is_null())
            .count();
        assert_eq!(
            dom.matches("<article class=\"finding\"").count(),
            open,
            "{input}: every finding not waived is an article of the page"
        );
        // The page runs no script, so anything on the console is the browser's:
        // a load or style the page's security policy blocked, say.
        let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
        assert!(
            console.is_empty(),
            "{input}: the browser reported:\n{}",
            console.join("\n")
        );
    }
}

/// Every report of [`report_inputs`] passes the Nu Html Checker (the checker behind
/// validator.w3.org/nu) without an error or a warning. Needs Java and npm
/// (scripts/validate-html.sh installs the checker once into
/// $DATALINT_HTML_TOOLS or ~/.cache/datalint-html).
#[test]
fn the_nu_html_checker_accepts_every_report() {
    if !tools::available(&["java", "npm", "bash"], "the Nu Html Checker test") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for input in report_inputs() {
        let file = report_file(dir.path(), &input);
        std::fs::write(&file, report(&input)).unwrap();
        files.push(file);
    }
    let output = std::process::Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/validate-html.sh"))
        .args(&files)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the Nu Html Checker found problems (exit {:?}):\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
}
