//! JUnit XML, for CI test reports: checking a file against a rule is a test.
//!
//! - One `<testsuite>` per file checked, named by its path, in path order.
//! - In it one `<testcase>` per rule in force, named `CODE name`, with the
//!   path as `classname`; and one for each language (`E…`) and waiver (`W…`)
//!   code that occurs in that file. Test cases are in code order.
//! - A test case fails (`<failure>`) when the file has a diagnostic of that
//!   code at or above the fail level (`--fail-on`; `never` fails nothing);
//!   waived findings never fail. The failure's message is the count of those
//!   diagnostics, its `type` the highest severity among them, and its text
//!   one line per diagnostic: `path:line:col: severity: message`.
//! - The other diagnostics of a test case (below the fail level, or waived,
//!   with `(waived: reason)` appended) are lines of the same shape in its
//!   `<system-out>`.
//! - No timestamps or times: the same input gives the same document.

use std::collections::BTreeMap;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::EmitContext;
use crate::base::{Diagnostic, FileId, Severity, Sources};

pub fn emit(cx: &EmitContext<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let report = build(cx);
    report.serialize(&mut *out).map_err(std::io::Error::other)
}

/// The test case of one (file, code): its name and the diagnostics.
#[derive(Default)]
struct Case<'r> {
    name: String,
    diagnostics: Vec<&'r Diagnostic>,
}

fn build(cx: &EmitContext<'_>) -> Report {
    let threshold = cx.fail_on.threshold();
    let mut files: Vec<(FileId, &str)> = cx
        .sources
        .iter()
        .map(|(id, file)| (id, file.path.as_str()))
        .collect();
    files.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
    let mut by_file: BTreeMap<FileId, Vec<&Diagnostic>> = BTreeMap::new();
    for d in &cx.report.diagnostics {
        by_file.entry(d.file).or_default().push(d);
    }

    let mut report = Report::new("datalint");
    for (id, path) in files {
        let mut cases: BTreeMap<&str, Case<'_>> = cx
            .rules
            .rules
            .iter()
            .map(|rule| {
                let case = Case {
                    name: format!("{} {}", rule.code(), rule.name()),
                    diagnostics: Vec::new(),
                };
                (rule.code(), case)
            })
            .collect();
        for d in by_file.remove(&id).unwrap_or_default() {
            cases
                .entry(d.code())
                .or_insert_with(|| Case {
                    name: format!("{} {}", d.code(), d.name()),
                    diagnostics: Vec::new(),
                })
                .diagnostics
                .push(d);
        }
        let mut suite = TestSuite::new(path);
        for case in cases.into_values() {
            suite.add_test_case(test_case(cx.sources, path, case, threshold));
        }
        report.add_test_suite(suite);
    }
    report
}

fn test_case(
    sources: &Sources,
    path: &str,
    case: Case<'_>,
    threshold: Option<Severity>,
) -> TestCase {
    let fails = |d: &Diagnostic| d.waived().is_none() && threshold.is_some_and(|t| d.severity >= t);
    let (failing, other): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
        case.diagnostics.iter().partition(|d| fails(d));
    let status = if failing.is_empty() {
        TestCaseStatus::success()
    } else {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        let count = failing.len();
        status.set_message(format!(
            "{count} {}",
            if count == 1 { "finding" } else { "findings" }
        ));
        if let Some(worst) = failing.iter().map(|d| d.severity).max() {
            status.set_type(worst.as_str());
        }
        status.set_description(lines(sources, &failing));
        status
    };
    let mut test_case = TestCase::new(case.name, status);
    test_case.set_classname(path);
    if !other.is_empty() {
        test_case.set_system_out(lines(sources, &other));
    }
    test_case
}

/// `path:line:col: severity: message`, one line per diagnostic.
fn lines(sources: &Sources, diagnostics: &[&Diagnostic]) -> String {
    let mut text = String::new();
    for d in diagnostics {
        if !text.is_empty() {
            text.push('\n');
        }
        let file = sources.get(d.file);
        let at = file.line_col(d.span.start);
        text.push_str(&format!(
            "{}:{}:{}: {}: {}",
            file.path,
            at.line,
            at.column,
            d.severity.as_str(),
            d.message
        ));
        if let Some(waived) = d.waived() {
            text.push_str(&format!(" (waived: {})", waived.reason));
        }
    }
    text
}
