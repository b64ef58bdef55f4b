//! Diagnostics as a whole: the ordered list of everything found in one run,
//! its counts, and whether it fails the check.

pub mod baseline;
pub mod diff;
pub mod waivers;

use serde::Serialize;

use crate::base::names::NameKey;
use crate::base::{Diagnostic, FileId, Severity, Sources};

/// Diagnostics by where they start: those that start in a stretch of a
/// file, found by binary search. Waivers and the report's clause texts ask
/// this for every waiver and clause; reading every diagnostic each time was
/// quadratic (40,000 waivers over 300,000 diagnostics took 53 s).
pub struct StartIndex {
    /// (file, start, position in the list indexed), sorted.
    starts: Vec<(FileId, u32, usize)>,
}

impl StartIndex {
    pub fn new<'d>(diagnostics: impl IntoIterator<Item = &'d Diagnostic>) -> StartIndex {
        let mut starts: Vec<(FileId, u32, usize)> = (diagnostics.into_iter().enumerate())
            .map(|(at, d)| (d.file, d.span.start, at))
            .collect();
        starts.sort_unstable();
        StartIndex { starts }
    }

    /// The positions of the diagnostics of `file` that start at `first`
    /// through `last`, in the order of their starts.
    pub fn starting_in(
        &self,
        file: FileId,
        first: u32,
        last: u32,
    ) -> impl Iterator<Item = usize> + '_ {
        let from = self
            .starts
            .partition_point(|&(f, start, _)| (f, start) < (file, first));
        self.starts[from..]
            .iter()
            .take_while(move |&&(f, start, _)| f == file && start <= last)
            .map(|&(_, _, at)| at)
    }
}

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
    /// Boxed: a run can hold a million findings, and moving pointers rather
    /// than records lets them be gathered and sorted without a second copy.
    pub diagnostics: Vec<Box<Diagnostic>>,
    pub summary: Summary,
    /// The worst severity among diagnostics left out by the per-file limit.
    hidden_worst: Option<Severity>,
}

/// Diagnostics in reading order: by path, position, code, end and message.
/// A run can have a million: each one's key is packed into one integer once,
/// the (key, index) pairs are sorted, then each diagnostic is moved into
/// place once. Messages are compared only where keys are equal.
fn sort(sources: &Sources, diagnostics: &mut [Box<Diagnostic>]) {
    sort_packing(sources, diagnostics, true);
}

/// [`sort`]; `pack: false` always takes the compared sort (for a test that
/// checks both give the same order).
fn sort_packing(sources: &Sources, diagnostics: &mut [Box<Diagnostic>], pack: bool) {
    let mut by_path: Vec<(&str, usize)> = sources
        .iter()
        .map(|(id, file)| (file.path.as_str(), id.0 as usize))
        .collect();
    by_path.sort();
    // Files with the same path (standard input twice) share a rank.
    let mut rank = vec![0u128; sources.len()];
    for &(path, id) in &by_path {
        rank[id] = by_path.partition_point(|&(p, _)| p < path) as u128;
    }
    // Codes compare by rank too: a run has tens of codes and 100,000 findings.
    // Collected through a set: a vector of one code per diagnostic was a
    // twentieth of a large run's peak memory.
    let mut codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| NameKey(d.code()))
        .collect::<rustc_hash::FxHashSet<NameKey<'_>>>()
        .into_iter()
        .map(|code| code.0)
        .collect();
    codes.sort_unstable();
    let code_rank: rustc_hash::FxHashMap<NameKey<'_>, u128> = codes
        .iter()
        .enumerate()
        .map(|(i, &c)| (NameKey(c), i as u128))
        .collect();
    let code_of = |d: &Diagnostic| code_rank[&NameKey(d.code())];
    let message = |i: usize| diagnostics[i].message.text();
    // The order is by rank of the path, start, rank of the code, end, then
    // message, then input order. Usually the first four and the input index
    // fit in one u128 (a 100 MiB file with a million findings takes 81
    // bits), which sorts fast and takes half the room of a (key, index)
    // pair; otherwise the diagnostics are sorted by comparing them.
    let width = |largest: usize| usize::BITS - largest.leading_zeros();
    let largest_offset = diagnostics
        .iter()
        .map(|d| d.span.start.max(d.span.end))
        .max()
        .unwrap_or(0);
    let (file_bits, offset_bits, code_bits, index_bits) = (
        width(sources.len()),
        width(largest_offset as usize),
        width(codes.len()),
        width(diagnostics.len()),
    );
    let fits = file_bits + 2 * offset_bits + code_bits + index_bits <= u128::BITS;
    if fits && pack {
        let mut keys: Vec<u128> = diagnostics
            .iter()
            .enumerate()
            .map(|(index, d)| {
                let mut key = rank[d.file.0 as usize];
                key = key << offset_bits | u128::from(d.span.start);
                key = key << code_bits | code_of(d);
                key = key << offset_bits | u128::from(d.span.end);
                key << index_bits | index as u128
            })
            .collect();
        keys.sort_unstable();
        // Each run of equal positions and codes is in input order; it is then
        // ordered by message, stably.
        let index_of = |key: u128| (key & ((1 << index_bits) - 1)) as usize;
        for run in keys.chunk_by_mut(|a, b| a >> index_bits == b >> index_bits) {
            if run.len() > 1 {
                run.sort_by(|&a, &b| message(index_of(a)).cmp(&message(index_of(b))));
            }
        }
        let order: Vec<u32> = keys.into_iter().map(|key| index_of(key) as u32).collect();
        permute(diagnostics, &order);
    } else {
        let key = |i: usize| {
            let d = &diagnostics[i];
            (
                rank[d.file.0 as usize],
                d.span.start,
                code_of(d),
                d.span.end,
            )
        };
        let mut order: Vec<u32> = (0..diagnostics.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            key(a)
                .cmp(&key(b))
                .then_with(|| message(a).cmp(&message(b)))
                .then(a.cmp(&b))
        });
        permute(diagnostics, &order);
    }
}

/// Puts `items[order[i]]` at `i`, in place, following each cycle of the
/// permutation: the items stay in the vector they came in (a report's is
/// sized for a million pointers) and none needs to be wrapped to be moved
/// out.
fn permute<T>(items: &mut [T], order: &[u32]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] && order[at] as usize != start {
            let from = order[at] as usize;
            items.swap(at, from);
            placed[at] = true;
            at = from;
        }
        placed[at] = true;
    }
}

impl Report {
    /// Orders the diagnostics by path, then offset, then code, and counts them.
    /// Language errors always count as errors; waived findings count only as
    /// waived.
    /// Takes boxed diagnostics (the rule engine's) or plain ones (a few
    /// language errors); a vector of boxes is sorted where it is.
    pub fn new(
        sources: &Sources,
        diagnostics: impl IntoIterator<Item = impl Into<Box<Diagnostic>>>,
    ) -> Report {
        let mut diagnostics: Vec<Box<Diagnostic>> =
            diagnostics.into_iter().map(Into::into).collect();
        sort(sources, &mut diagnostics);
        let mut summary = Summary {
            files: sources.len(),
            ..Summary::default()
        };
        for diagnostic in &diagnostics {
            if diagnostic.waived().is_some() {
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
            hidden_worst: None,
        }
    }

    /// Keeps at most `limit` diagnostics of each file (0: no limit); in place
    /// of the rest, one note says how many are not shown. The summary and the
    /// exit code still count them all.
    pub fn truncate_per_file(&mut self, limit: usize) {
        if limit == 0 {
            return;
        }
        let mut all = std::mem::take(&mut self.diagnostics).into_iter().peekable();
        let mut kept = Vec::new();
        while let Some(file) = all.peek().map(|d| d.file) {
            // Diagnostics are sorted by file, so each file's are consecutive.
            let mut in_file = std::iter::from_fn(|| all.next_if(|d| d.file == file));
            kept.extend(in_file.by_ref().take(limit));
            let hidden: Vec<Box<Diagnostic>> = in_file.collect();
            let Some(first_hidden) = hidden.first() else {
                continue;
            };
            for d in hidden.iter().filter(|d| d.waived().is_none()) {
                self.hidden_worst = self.hidden_worst.max(Some(d.severity));
            }
            let mut note = Diagnostic::error(
                crate::base::codes::TOO_MANY_DIAGNOSTICS,
                file,
                first_hidden.span,
                format!("{} more diagnostics in this file are not shown", hidden.len()),
            )
            .with_help(format!(
                "a file shows at most {limit} diagnostics; fix these first, or raise the limit with --max-diagnostics (0: no limit)"
            ));
            note.severity = Severity::Info;
            kept.push(Box::new(note));
        }
        self.diagnostics = kept;
    }

    /// Whether a diagnostic at or above the fail level is not waived.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        let Some(threshold) = fail_on.threshold() else {
            return false;
        };
        self.hidden_worst.is_some_and(|s| s >= threshold)
            || self.diagnostics.iter().any(|d| {
                d.waived().is_none()
                    && d.severity >= threshold
                    && d.code() != crate::base::codes::TOO_MANY_DIAGNOSTICS.code
            })
    }
}

#[cfg(test)]
mod tests {
    /// Against reading every diagnostic, for every stretch of two files.
    #[test]
    fn the_start_index_finds_what_a_scan_finds() {
        use crate::base::{Diagnostic, FileId, Span, codes};
        let diagnostics: Vec<Diagnostic> = (0..60u32)
            .map(|i| {
                let start = (i * 7) % 23;
                let span = Span::new(start as usize, start as usize + 2);
                Diagnostic::error(codes::UNRESOLVED_REFERENCE, FileId(i % 2), span, "x")
            })
            .collect();
        let index = super::StartIndex::new(&diagnostics);
        for file in [FileId(0), FileId(1), FileId(2)] {
            for first in 0..25 {
                for last in first..26 {
                    let mut found: Vec<usize> = index.starting_in(file, first, last).collect();
                    found.sort_unstable();
                    let scanned: Vec<usize> = (diagnostics.iter().enumerate())
                        .filter(|(_, d)| d.file == file && (first..=last).contains(&d.span.start))
                        .map(|(at, _)| at)
                        .collect();
                    assert_eq!(found, scanned, "{file:?} {first}..={last}");
                }
            }
        }
    }

    #[test]
    fn permute_places_each_item_where_the_order_says() {
        // Every permutation of five items, against the obvious copy.
        let mut order: Vec<u32> = (0..5).collect();
        let mut count = 0;
        loop {
            let mut items: Vec<char> = "abcde".chars().collect();
            let expected: Vec<char> = order.iter().map(|&i| items[i as usize]).collect();
            super::permute(&mut items, &order);
            assert_eq!(items, expected, "{order:?}");
            count += 1;
            // The next permutation in lexicographic order.
            let Some(k) = (0..4).rev().find(|&k| order[k] < order[k + 1]) else {
                break;
            };
            let l = (k + 1..5).rev().find(|&l| order[k] < order[l]).unwrap();
            order.swap(k, l);
            order[k + 1..].reverse();
        }
        assert_eq!(count, 120);
    }

    use super::*;
    use crate::base::codes;
    use crate::base::{FileId, SourceFile, Span};

    #[test]
    fn orders_by_path_offset_code_and_counts() {
        let mut sources = Sources::new();
        let b = sources.add(SourceFile::new("b.dsl", "x".repeat(20)));
        let a = sources.add(SourceFile::new("a.dsl", "x".repeat(20)));
        let d = |file: FileId, at: usize, code| {
            Box::new(Diagnostic::error(code, file, Span::new(at, at + 1), "m"))
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
            .map(|d| (d.file, d.span.start, d.code()))
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
    fn equal_positions_order_by_end_then_message_then_input_order() {
        let mut sources = Sources::new();
        let a = sources.add(SourceFile::new("a.dsl", "x".repeat(20)));
        let d = |end: usize, message: &str, severity| {
            let mut d = Diagnostic::error(codes::WRONG_TYPE, a, Span::new(3, end), message);
            d.severity = severity;
            d
        };
        let report = Report::new(
            &sources,
            vec![
                d(8, "b", Severity::Error),
                d(8, "a", Severity::Warning),
                d(5, "z", Severity::Error),
                d(8, "b", Severity::Info),
                d(8, "a", Severity::Info),
            ],
        );
        let order: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| (d.span.end, d.message.to_string(), d.severity))
            .collect();
        assert_eq!(
            order,
            vec![
                (5, "z".to_string(), Severity::Error),
                (8, "a".to_string(), Severity::Warning),
                (8, "a".to_string(), Severity::Info),
                (8, "b".to_string(), Severity::Error),
                (8, "b".to_string(), Severity::Info),
            ]
        );
    }

    /// The packed sort and the compared one (for keys too wide to pack)
    /// give the same order: paths (two files of the same path included),
    /// offsets, codes, ends, messages and input order.
    #[test]
    fn packed_and_compared_sorts_agree() {
        let mut sources = Sources::new();
        let b = sources.add(SourceFile::new("b.dsl", "x".repeat(300)));
        let a = sources.add(SourceFile::new("a.dsl", "x".repeat(300)));
        let again = sources.add(SourceFile::new("a.dsl", "x".repeat(300)));
        let error_codes = [
            codes::WRONG_TYPE,
            codes::UNKNOWN_BLOCK_KIND,
            codes::INVALID_DATE,
        ];
        let mut diagnostics = Vec::new();
        // A fixed pseudo-random spread with many ties.
        let mut state = 7u32;
        let mut next = |bound: u32| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) % bound
        };
        for i in 0..400 {
            let file = [a, b, again][next(3) as usize];
            let start = next(5) as usize * 60;
            let end = start + next(3) as usize;
            let code = error_codes[next(3) as usize];
            let message = ["m", "n", "o"][next(3) as usize];
            let mut d = Diagnostic::error(code, file, Span::new(start, end), message);
            d.set_label(format!("input {i}"));
            diagnostics.push(d);
        }
        let order = |pack: bool| {
            let mut sorted: Vec<Box<Diagnostic>> =
                diagnostics.iter().cloned().map(Box::new).collect();
            sort_packing(&sources, &mut sorted, pack);
            sorted
                .iter()
                .map(|d| d.label().unwrap_or_default().to_string())
                .collect::<Vec<_>>()
        };
        let packed = order(true);
        assert_eq!(packed, order(false));
        assert_ne!(packed[0], "input 0", "the input is not already in order");
    }

    #[test]
    fn truncation_keeps_the_first_per_file_and_still_fails_on_hidden_errors() {
        let mut sources = Sources::new();
        let a = sources.add(SourceFile::new("a.dsl", "x".repeat(20)));
        let b = sources.add(SourceFile::new("b.dsl", "x".repeat(20)));
        let mut warning = Box::new(Diagnostic::error(
            codes::WRONG_TYPE,
            a,
            Span::new(1, 2),
            "m",
        ));
        warning.severity = Severity::Warning;
        let error = |file, at| {
            Box::new(Diagnostic::error(
                codes::WRONG_TYPE,
                file,
                Span::new(at, at + 1),
                "m",
            ))
        };
        let mut report = Report::new(
            &sources,
            vec![warning, error(a, 5), error(a, 9), error(b, 3)],
        );
        report.truncate_per_file(1);
        let shown: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| (d.file, d.span.start, d.code(), d.severity))
            .collect();
        assert_eq!(
            shown,
            vec![
                (a, 1, "E103", Severity::Warning),
                (a, 5, "E015", Severity::Info),
                (b, 3, "E103", Severity::Error),
            ]
        );
        assert!(report.diagnostics[1].message.text().starts_with("2 more"));
        assert_eq!(report.summary.errors, 3, "the summary counts hidden ones");
        // Only file `a`'s hidden errors and `b`'s shown one are errors; drop `b`
        // to see that the hidden ones alone fail the check.
        report.diagnostics.pop();
        assert!(report.fails(FailOn::Error));
        report.hidden_worst = None;
        assert!(
            !report.fails(FailOn::Error),
            "the E015 note itself never fails"
        );
    }

    #[test]
    fn waived_findings_do_not_fail() {
        let mut sources = Sources::new();
        let a = sources.add(SourceFile::new("a.dsl", String::new()));
        let mut waived = Diagnostic::error(codes::WRONG_TYPE, a, Span::empty(0), "m");
        waived.waive(crate::base::Waived { reason: "r".into() });
        let report = Report::new(&sources, vec![waived]);
        assert_eq!(report.summary.waived, 1);
        assert_eq!(report.summary.errors, 0);
        assert!(!report.fails(FailOn::Info));
    }
}
