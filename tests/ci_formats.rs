//! The CI formats (`--format github|junit|gitlab`): snapshots of each for one
//! small draft, and checks of each against the JSON output of the same run,
//! read back with a parser of the format where there is one (junit-parser),
//! and the GitHub annotations compared with what GitHub's own toolkit
//! (`@actions/core`) writes for them.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

#[path = "support/tools.rs"]
mod tools;

const FILES: [&str; 3] = [
    "tests/findings/small-draft.dsl",
    "examples/mistakes.dsl",
    "tests/waivers/waivers.dsl",
];

fn run_in(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn run(args: &[&str]) -> (i32, String) {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// `datalint check FILES… --format FORMAT EXTRA…`.
fn check(files: &[&str], format: &str, extra: &[&str]) -> (i32, String) {
    let mut args = vec!["check"];
    args.extend_from_slice(files);
    args.extend_from_slice(&["--format", format]);
    args.extend_from_slice(extra);
    run(&args)
}

/// The diagnostics and summary of the JSON output for the same files.
fn json(files: &[&str], extra: &[&str]) -> (Vec<Value>, Value) {
    let (_, out) = check(files, "json", extra);
    let document: Value = serde_json::from_str(&out).unwrap();
    (
        document["diagnostics"].as_array().unwrap().clone(),
        document["summary"].clone(),
    )
}

fn waived(d: &Value) -> bool {
    !d["waived"].is_null()
}

// GitHub ---------------------------------------------------------------------

#[test]
fn github_small_draft() {
    let (code, out) = check(&[FILES[0]], "github", &[]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(out);
}

/// One annotation line per diagnostic not waived, of the command its
/// severity gives, at the position the JSON output gives.
#[test]
fn github_annotates_each_diagnostic_not_waived() {
    for file in FILES {
        let (_, out) = check(&[file], "github", &[]);
        let (diagnostics, _) = json(&[file], &[]);
        let shown: Vec<&Value> = diagnostics.iter().filter(|d| !waived(d)).collect();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), shown.len(), "{file}:\n{out}");
        for (line, d) in lines.iter().zip(shown) {
            let command = match d["severity"].as_str().unwrap() {
                "error" => "error",
                "warning" => "warning",
                _ => "notice",
            };
            let start = &d["span"]["start"];
            let prefix = format!(
                "::{command} file={file},line={},",
                start["line"].as_u64().unwrap()
            );
            assert!(line.starts_with(&prefix), "{line}\nexpected {prefix}");
            let title = format!(
                ",title={} {}::",
                d["code"].as_str().unwrap(),
                d["name"].as_str().unwrap()
            );
            assert!(line.contains(&title), "{line}");
            if !line.contains(",col=") {
                assert_ne!(start["line"], d["span"]["end"]["line"], "{line}");
            }
        }
    }
}

/// Writes a draft into `dir` whose name and waiver hold every character a
/// workflow command escapes (`,`, `:`, `%`); returns its name.
fn hostile_draft(dir: &Path) -> &'static str {
    let name = "a,b:c%d.dsl";
    std::fs::write(
        dir.join(name),
        "policy \"x\" {\n  jurisdiction \"NL\"\n  authority    zz\n}\n\
         # datalint: allow a%b,c:d \"r\"\nclause c1 {\n  text \"x\"\n}\n",
    )
    .unwrap();
    name
}

/// Property values escape `%`, `,` and `:`, the message `%` and line
/// breaks, so a comma in a path or a colon in a message cannot end a field.
#[test]
fn github_escapes_paths_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    let name = hostile_draft(dir.path());
    let (code, out) = run_in(dir.path(), &["check", name, "--format", "github"]);
    assert_eq!(code, 1);
    let waiver = out
        .lines()
        .find(|l| l.contains("title=W002 "))
        .unwrap_or_else(|| panic!("no W002 annotation in\n{out}"));
    assert_eq!(
        waiver,
        "::error file=a%2Cb%3Ac%25d.dsl,line=5,col=19,endLine=5,endColumn=25,\
         title=W002 waiver-unknown-rule::the waiver names `a%25b,c:d`, which is no rule"
    );
    // The help follows the message on a line of its own.
    let unresolved = out.lines().find(|l| l.contains("title=E105 ")).unwrap();
    assert!(
        unresolved.ends_with("::no `body` block is named `zz`%0Ahelp: define a `body` block named `zz`, or correct the name"),
        "{unresolved}"
    );
    for line in out.lines() {
        assert!(
            line.starts_with("::error file=a%2Cb%3Ac%25d.dsl,line="),
            "{line}"
        );
        assert!(!line.contains('\r'), "{line}");
    }
}

/// A workflow command as written: the command, each property's value and the
/// message, still escaped.
#[derive(Debug, PartialEq)]
struct WorkflowCommand {
    command: String,
    properties: BTreeMap<String, String>,
    message: String,
}

impl WorkflowCommand {
    fn read(line: &str) -> WorkflowCommand {
        let rest = line
            .strip_prefix("::")
            .unwrap_or_else(|| panic!("not a workflow command: {line}"));
        let (head, message) = rest.split_once("::").unwrap();
        let (command, properties) = head.split_once(' ').unwrap_or((head, ""));
        WorkflowCommand {
            command: command.to_owned(),
            properties: properties
                .split(',')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (key, value) = p.split_once('=').unwrap();
                    (key.to_owned(), value.to_owned())
                })
                .collect(),
            message: message.to_owned(),
        }
    }
}

/// What the Actions runner makes of an escaped message, and of an escaped
/// property value (actions/runner, `ActionCommand`).
fn unescape_data(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%25", "%")
}

fn unescape_property(s: &str) -> String {
    unescape_data(&s.replace("%3A", ":").replace("%2C", ","))
}

/// Every annotation is what GitHub's own toolkit (`@actions/core`, through
/// tests/github/run.sh) writes for the same command, position, title and
/// message, escaping included; and what the runner reads from it is the JSON
/// output's path, line and message. Needs node and npm.
#[test]
fn github_annotations_are_what_githubs_toolkit_writes() {
    if !tools::available(&["node", "npm", "bash"], "the @actions/core test") {
        return;
    }
    // A file whose name and waiver need escaping, beside the usual ones.
    let dir = tempfile::tempdir().unwrap();
    let hostile = hostile_draft(dir.path());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ours = Vec::new();
    let mut expected = Vec::new();
    for (dir, file) in FILES
        .iter()
        .map(|f| (root, *f))
        .chain([(dir.path(), hostile)])
    {
        let (_, out) = run_in(dir, &["check", file, "--format", "github"]);
        let (_, json) = run_in(dir, &["check", file, "--format", "json"]);
        let json: Value = serde_json::from_str(&json).unwrap();
        let shown: Vec<&Value> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| !waived(d))
            .collect();
        assert_eq!(out.lines().count(), shown.len(), "{file}");
        for (line, d) in out.lines().zip(shown) {
            let command = WorkflowCommand::read(line);
            let property = |key: &str| command.properties.get(key).map(|v| unescape_property(v));
            let number = |key: &str| property(key).map(|v| v.parse::<u64>().unwrap());
            // What the runner reads is what the JSON output says.
            assert_eq!(property("file").as_deref(), d["path"].as_str(), "{line}");
            assert_eq!(
                number("line"),
                d["span"]["start"]["line"].as_u64(),
                "{line}"
            );
            let message = unescape_data(&command.message);
            assert!(
                message.starts_with(d["message"].as_str().unwrap()),
                "{line}"
            );
            expected.push(serde_json::json!({
                "command": command.command,
                "message": message,
                "properties": {
                    "title": property("title"),
                    "file": property("file"),
                    "startLine": number("line"),
                    "endLine": number("endLine"),
                    "startColumn": number("col"),
                    "endColumn": number("endColumn"),
                },
            }));
            ours.push(command);
        }
    }
    assert!(ours.len() > 30, "{} annotations", ours.len());

    let mut toolkit = std::process::Command::new("bash")
        .arg(root.join("tests/github/run.sh"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let request = serde_json::to_vec(&expected).unwrap();
    let mut stdin = toolkit.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write as _;
        stdin.write_all(&request).unwrap();
    });
    let output = toolkit.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(
        output.status.success(),
        "tests/github/run.sh failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let theirs: Vec<WorkflowCommand> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(WorkflowCommand::read)
        .collect();
    assert_eq!(theirs.len(), ours.len());
    for (theirs, ours) in theirs.iter().zip(&ours) {
        assert_eq!(theirs, ours);
    }
}

/// Waived findings are left out; with waivers ignored they are annotated.
#[test]
fn github_leaves_out_waived_findings() {
    let (_, out) = check(&[FILES[2]], "github", &[]);
    assert!(!out.contains("title=MON001 "), "{out}");
    assert!(!out.contains("title=MON002 "), "{out}");
    let (_, out) = check(&[FILES[2]], "github", &["--no-waivers"]);
    assert!(
        out.contains("::warning file=tests/waivers/waivers.dsl,line=25,"),
        "{out}"
    );
    assert!(out.contains("title=MON002 "), "{out}");
}

// JUnit ----------------------------------------------------------------------

#[test]
fn junit_small_draft() {
    let (code, out) = check(&[FILES[0]], "junit", &[]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(out);
}

fn rule_count() -> usize {
    let (code, out) = run(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let rules: Value = serde_json::from_str(&out).unwrap();
    rules.as_array().unwrap().len()
}

fn rank(severity: &str) -> u8 {
    match severity {
        "info" => 0,
        "warning" => 1,
        "error" => 2,
        other => panic!("severity {other}"),
    }
}

/// The number of `path:line:col: severity: message` lines in a text.
/// (Counted by their start: junit-parser 1.7 splits text at entity
/// references such as the `&apos;` of `operator's`, and drops them.)
fn diagnostic_lines(text: &str, path: &str) -> usize {
    text.lines()
        .filter(|line| line.starts_with(&format!("{path}:")))
        .count()
}

/// Parses the JUnit output with `junit-parser` and checks its suites, test
/// cases and failures against the JSON output of the same run.
fn check_junit(files: &[&str], fail_on: &str) {
    let threshold = match fail_on {
        "never" => None,
        level => Some(rank(level)),
    };
    let extra = ["--fail-on", fail_on];
    let (_, out) = check(files, "junit", &extra);
    let suites = junit_parser::from_reader(std::io::Cursor::new(out.as_bytes()))
        .unwrap_or_else(|e| panic!("not JUnit: {e}\n{out}"));
    let (diagnostics, summary) = json(files, &extra);
    let rules = rule_count();

    // Per path: the codes of language and waiver diagnostics, and per code
    // the diagnostics that fail and those that do not.
    let mut extra_codes: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut failing: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut passing: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for d in &diagnostics {
        let path = d["path"].as_str().unwrap();
        let code = d["code"].as_str().unwrap();
        if d["family"].is_null() {
            extra_codes.entry(path).or_default().insert(code);
        }
        let fails =
            !waived(d) && threshold.is_some_and(|t| rank(d["severity"].as_str().unwrap()) >= t);
        *if fails { &mut failing } else { &mut passing }
            .entry((path, code))
            .or_default() += 1;
    }

    assert_eq!(suites.name, "datalint");
    assert_eq!(
        suites.suites.len() as u64,
        summary["files"].as_u64().unwrap()
    );
    let mut paths: Vec<&str> = files.to_vec();
    paths.sort();
    let names: Vec<&str> = suites.suites.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, paths);
    let mut total_tests = 0;
    for suite in &suites.suites {
        let path = suite.name.as_str();
        let expected = rules + extra_codes.get(path).map_or(0, BTreeSet::len);
        assert_eq!(suite.cases.len(), expected, "{path}");
        assert_eq!(suite.tests as usize, expected, "{path}");
        total_tests += expected;
        let failures = failing.keys().filter(|(p, _)| *p == path).count();
        assert_eq!(suite.failures as usize, failures, "{path}");
        assert_eq!(suite.errors, 0);
        let mut seen = HashSet::new();
        for case in &suite.cases {
            assert_eq!(case.classname.as_deref(), Some(path));
            let code = case.original_name.split(' ').next().unwrap();
            assert!(seen.insert(code), "two test cases for {code} in {path}");
            match failing.get(&(path, code)) {
                Some(&count) => {
                    assert!(case.status.is_failure(), "{path} {}", case.original_name);
                    let failure = case.status.failure_as_ref();
                    let noun = if count == 1 { "finding" } else { "findings" };
                    assert_eq!(failure.message, format!("{count} {noun}"));
                    assert_eq!(
                        diagnostic_lines(&failure.text, path),
                        count,
                        "{}",
                        failure.text
                    );
                    assert!(
                        failure.text.starts_with(&format!("{path}:")),
                        "{}",
                        failure.text
                    );
                }
                None => assert!(case.status.is_success(), "{path} {}", case.original_name),
            }
            let out_lines = case
                .system_out
                .as_deref()
                .map_or(0, |s| diagnostic_lines(s, path));
            assert_eq!(
                out_lines,
                passing.get(&(path, code)).copied().unwrap_or(0),
                "{path} {}: {:?}",
                case.original_name,
                case.system_out
            );
        }
    }
    assert_eq!(suites.tests as usize, total_tests);
    assert_eq!(suites.failures as usize, failing.len());
}

#[test]
fn junit_counts_agree_with_json() {
    for file in FILES {
        check_junit(&[file], "error");
        check_junit(&[file], "warning");
        check_junit(&[file], "info");
    }
    check_junit(&FILES, "error");
}

#[test]
fn junit_fail_on_never_has_no_failures() {
    check_junit(&FILES, "never");
    let (code, out) = check(&FILES, "junit", &["--fail-on", "never"]);
    assert_eq!(code, 0);
    assert!(!out.contains("<failure"), "{out}");
    let suites = junit_parser::from_reader(std::io::Cursor::new(out.as_bytes())).unwrap();
    assert_eq!(suites.failures, 0);
    assert!(
        suites
            .suites
            .iter()
            .flat_map(|s| &s.cases)
            .all(|c| c.status.is_success())
    );
}

/// Waived findings never fail; they are listed with their reason.
#[test]
fn junit_waived_findings_are_system_out() {
    let (_, out) = check(&[FILES[2]], "junit", &["--fail-on", "info"]);
    let suites = junit_parser::from_reader(std::io::Cursor::new(out.as_bytes())).unwrap();
    let case = suites.suites[0]
        .cases
        .iter()
        .find(|c| c.original_name == "MON002 exclusive-term-too-long")
        .unwrap();
    assert!(case.status.is_success());
    assert_eq!(
        case.system_out.as_deref().map(str::trim),
        Some(
            "tests/waivers/waivers.dsl:30:27: error: exclusive grant `wv_ferry_grant` runs for 2y; \
             the limit is 12mo (waived: the licence ends with the ferry concession)"
        )
    );
}

// GitLab ---------------------------------------------------------------------

#[test]
fn gitlab_small_draft() {
    let (code, out) = check(&[FILES[0]], "gitlab", &[]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(out);
}

const SEVERITIES: [&str; 5] = ["info", "minor", "major", "critical", "blocker"];

/// Checks the Code Quality document: the keys GitLab requires, a unique
/// fingerprint per issue, and one issue per diagnostic not waived.
fn check_gitlab(files: &[&str]) -> Vec<Value> {
    let (_, out) = check(files, "gitlab", &[]);
    let issues: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let issues = issues.as_array().unwrap().clone();
    let (diagnostics, _) = json(files, &[]);
    let shown: Vec<&Value> = diagnostics.iter().filter(|d| !waived(d)).collect();
    assert_eq!(issues.len(), shown.len());
    let mut fingerprints = HashSet::new();
    for (issue, d) in issues.iter().zip(shown) {
        let description = issue["description"].as_str().unwrap();
        assert!(description.ends_with(d["message"].as_str().unwrap()));
        assert_eq!(issue["check_name"], d["code"]);
        let fingerprint = issue["fingerprint"].as_str().unwrap();
        assert_eq!(fingerprint.len(), 32);
        assert!(fingerprint.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(
            fingerprints.insert(fingerprint.to_string()),
            "repeated {fingerprint}"
        );
        let severity = issue["severity"].as_str().unwrap();
        assert!(SEVERITIES.contains(&severity), "{severity}");
        let expected = match (d["severity"].as_str().unwrap(), d["code"].as_str().unwrap()) {
            ("error", code) if code.starts_with('E') => "blocker",
            ("error", _) => "critical",
            ("warning", _) => "major",
            _ => "info",
        };
        assert_eq!(severity, expected);
        assert_eq!(issue["location"]["path"], d["path"]);
        let begin = issue["location"]["lines"]["begin"].as_u64().unwrap();
        assert_eq!(begin, d["span"]["start"]["line"].as_u64().unwrap());
        let end = issue["location"]["lines"]["end"].as_u64().unwrap();
        assert!(begin <= end);
    }
    issues
}

#[test]
fn gitlab_issues_are_complete_and_unique() {
    for file in FILES {
        check_gitlab(&[file]);
    }
    let issues = check_gitlab(&FILES);
    assert!(issues.iter().any(|i| i["severity"] == "blocker"));
    // Waived findings are left out.
    assert!(
        !issues
            .iter()
            .any(|i| i["check_name"] == "MON001" && i["location"]["path"] == FILES[2])
    );
}

/// The same reference twice in one block gives two diagnostics with one
/// baseline fingerprint; the second is given another, the same every run.
#[test]
fn gitlab_repeated_fingerprints_are_disambiguated() {
    let dir = tempfile::tempdir().unwrap();
    let text = "policy \"x\" {\n  jurisdiction \"NL\"\n  authority    b1\n}\n\n\
                body b1 \"B\" {\n  kind regulator\n}\n\n\
                oversight o1 {\n  body b1\n  covers [zz, zz]\n}\n";
    let path = dir.path().join("dup.dsl");
    std::fs::write(&path, text).unwrap();

    // The baseline fingerprints repeat.
    let paths = datalint::workspace::discover(std::slice::from_ref(&path)).unwrap();
    let (sources, errors) = datalint::workspace::load(&paths).unwrap();
    let rules = datalint::rules::RuleSet::load(&[]).unwrap();
    let options = datalint::check::CheckOptions {
        profile: None,
        no_waivers: false,
    };
    let report = datalint::check::check(&sources, errors, &rules, options);
    let prints: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.code() == "E105")
        .map(|d| datalint::diagnostics::baseline::fingerprint(d, &sources))
        .collect();
    assert_eq!(prints.len(), 2);
    assert_eq!(prints[0], prints[1]);

    let path = path.to_str().unwrap();
    let (_, first) = run_in(dir.path(), &["check", path, "--format", "gitlab"]);
    let (_, second) = run_in(dir.path(), &["check", path, "--format", "gitlab"]);
    assert_eq!(first, second);
    let issues: Value = serde_json::from_str(&first).unwrap();
    let e105: Vec<&str> = issues
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["check_name"] == "E105")
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(e105.len(), 2);
    assert_eq!(e105[0], prints[0]);
    assert_ne!(e105[1], e105[0]);
}
