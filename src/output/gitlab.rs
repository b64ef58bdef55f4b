//! GitLab Code Quality JSON (a subset of the Code Climate issue format): a
//! JSON array with one object per diagnostic, for the merge-request widget.
//!
//! ```json
//! [{ "description": "MON003 exclusive-without-review: …", "check_name": "MON003",
//!    "fingerprint": "…32 hex digits…", "severity": "critical",
//!    "location": { "path": "policies/draft.dsl", "lines": { "begin": 23, "end": 23 } } }]
//! ```
//!
//! - `severity`: a language error (`E…`: the file could not be read or
//!   checked in full) is `blocker`; any other error (rule or waiver finding)
//!   `critical`; a warning `major`; an info `info`.
//! - `fingerprint` is the baseline fingerprint (stable when lines move). Two
//!   diagnostics can share one (the same rule on the same text in the same
//!   block); GitLab keeps only one issue per fingerprint, so each repeat, in
//!   report order, gets the hash of the fingerprint and its repeat number.
//! - **Waived findings are left out**: they were accepted in the source, and
//!   GitLab would count them as open issues of the merge request.
//! - `location.lines` is the first and last line of the span. Code Climate
//!   takes either `lines` or `positions`, not both, so columns are not given.
//! - `location.path` is the path as checked: run datalint from the repository
//!   root for GitLab to place the issues.

use std::collections::HashSet;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::EmitContext;
use crate::base::{Diagnostic, Severity};
use crate::diagnostics::baseline::fingerprint;

#[derive(Serialize)]
struct Issue<'r> {
    description: String,
    check_name: &'r str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'r>,
}

#[derive(Serialize)]
struct Location<'r> {
    path: &'r str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
    end: u32,
}

/// GitLab's severity of a diagnostic.
fn severity(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Error if d.family().is_none() && d.code().starts_with('E') => "blocker",
        Severity::Error => "critical",
        Severity::Warning => "major",
        Severity::Info => "info",
    }
}

/// A fingerprint that no earlier issue has: `print` itself, or else a hash
/// of it with the first repeat number that gives an unused one.
fn unique(print: String, used: &mut HashSet<String>) -> String {
    if used.insert(print.clone()) {
        return print;
    }
    for repeat in 2u64.. {
        let mut hasher = Sha256::new();
        hasher.update(print.as_bytes());
        hasher.update([0]);
        hasher.update(repeat.to_string().as_bytes());
        let candidate: String = hasher.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if used.insert(candidate.clone()) {
            return candidate;
        }
    }
    unreachable!("a repeat number gives an unused fingerprint")
}

pub fn emit(cx: &EmitContext<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut used = HashSet::new();
    let issues: Vec<Issue<'_>> = cx
        .report
        .diagnostics
        .iter()
        .filter(|d| d.waived().is_none())
        .map(|d| {
            let file = cx.sources.get(d.file);
            let (start, end) = super::span_positions(file, d.span);
            // A span ending just after a newline ends on the line before.
            let end_line = if end.column == 1 && end.line > start.line {
                end.line - 1
            } else {
                end.line
            };
            Issue {
                description: format!("{} {}: {}", d.code(), d.name(), d.message),
                check_name: d.code(),
                fingerprint: unique(fingerprint(d, cx.sources), &mut used),
                severity: severity(d),
                location: Location {
                    path: &file.path,
                    lines: Lines {
                        begin: start.line,
                        end: end_line,
                    },
                },
            }
        })
        .collect();
    super::write_json(&issues, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fingerprints_are_made_unique_deterministically() {
        let mut used = HashSet::new();
        let a = unique("f".repeat(32), &mut used);
        let b = unique("f".repeat(32), &mut used);
        let c = unique("f".repeat(32), &mut used);
        assert_eq!(a, "f".repeat(32));
        assert_ne!(a, b);
        assert_ne!(b, c);
        assert_eq!(b.len(), 32);
        let mut again = HashSet::new();
        unique("f".repeat(32), &mut again);
        assert_eq!(unique("f".repeat(32), &mut again), b);
    }
}
