//! Diagnostics as a whole: the ordered list of everything found in one run,
//! its counts, and whether it fails the check.

pub mod baseline;
pub mod diff;
pub mod waivers;

use serde::Serialize;

use crate::base::{Diagnostic, Severity, Sources};

/// The level at which findings fail the check (`--fail-on`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    /// The lowest severity that fails, if any does.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub waived: usize,
}

/// Everything one run found, in the deterministic order of outputs.md.
#[derive(Debug)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

impl Report {
    /// Orders the diagnostics by path, then offset, then code, and counts them.
    /// Language errors always count as errors; waived findings count only as
    /// waived.
    pub fn new(sources: &Sources, mut diagnostics: Vec<Diagnostic>) -> Report {
        diagnostics.sort_by(|a, b| {
            let path = |d: &Diagnostic| sources.get(d.file).path.as_str();
            path(a)
                .cmp(path(b))
                .then(a.span.start.cmp(&b.span.start))
                .then_with(|| a.code.cmp(&b.code))
                .then_with(|| a.span.end.cmp(&b.span.end))
                .then_with(|| a.message.cmp(&b.message))
        });
        let mut summary = Summary {
            files: sources.len(),
            ..Summary::default()
        };
        for diagnostic in &diagnostics {
            if diagnostic.waived.is_some() {
                summary.waived += 1;
                continue;
            }
            match diagnostic.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => summary.infos += 1,
            }
        }
        Report {
            diagnostics,
            summary,
        }
    }

    /// Whether a diagnostic at or above the fail level is not waived.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        let Some(threshold) = fail_on.threshold() else {
            return false;
        };
        self.diagnostics
            .iter()
            .any(|d| d.waived.is_none() && d.severity >= threshold)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::codes;
    use crate::base::{FileId, SourceFile, Span};

    #[test]
    fn orders_by_path_offset_code_and_counts() {
        let mut sources = Sources::new();
        let b = sources.add(SourceFile::new("b.dsl", "x".repeat(20)));
        let a = sources.add(SourceFile::new("a.dsl", "x".repeat(20)));
        let d = |file: FileId, at: usize, code| {
            Diagnostic::error(code, file, Span::new(at, at + 1), "m")
        };
        let mut warning = d(a, 5, codes::WRONG_TYPE);
        warning.severity = Severity::Warning;
        let report = Report::new(
            &sources,
            vec![
                d(b, 1, codes::UNKNOWN_ATTRIBUTE),
                d(a, 9, codes::WRONG_TYPE),
                warning,
                d(a, 9, codes::UNKNOWN_ATTRIBUTE),
            ],
        );
        let order: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| (d.file, d.span.start, &*d.code))
            .collect();
        assert_eq!(
            order,
            vec![
                (a, 5, "E103"),
                (a, 9, "E102"),
                (a, 9, "E103"),
                (b, 1, "E102")
            ]
        );
        assert_eq!(report.summary.errors, 3);
        assert_eq!(report.summary.warnings, 1);
        assert!(report.fails(FailOn::Error));
        assert!(!report.fails(FailOn::Never));
    }

    #[test]
    fn waived_findings_do_not_fail() {
        let mut sources = Sources::new();
        let a = sources.add(SourceFile::new("a.dsl", String::new()));
        let mut waived = Diagnostic::error(codes::WRONG_TYPE, a, Span::empty(0), "m");
        waived.waived = Some(crate::base::Waived { reason: "r".into() });
        let report = Report::new(&sources, vec![waived]);
        assert_eq!(report.summary.waived, 1);
        assert_eq!(report.summary.errors, 0);
        assert!(!report.fails(FailOn::Info));
    }
}
