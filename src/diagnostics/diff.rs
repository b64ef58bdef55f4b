//! `datalint diff`: the findings two drafts (or two folders of drafts) have
//! in common, and those one of them adds or drops, matched by fingerprint —
//! never by line number.

use std::collections::BTreeMap;

use crate::base::{Diagnostic, Sources};

use super::baseline::fingerprint_as;

/// One side of a diff: what was checked, and where it was rooted.
pub struct Side<'s> {
    pub sources: &'s Sources,
    pub diagnostics: &'s [Box<Diagnostic>],
    /// The path given on the command line; fingerprints use paths relative
    /// to it, so `v1.dsl` and `v2.dsl` compare as one file.
    pub root: &'s str,
}

/// Indexes into each side's diagnostics.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// In the new side only.
    pub introduced: Vec<usize>,
    /// In the old side only.
    pub resolved: Vec<usize>,
    /// In both (indexes into the new side).
    pub unchanged: Vec<usize>,
}

fn relative<'p>(path: &'p str, root: &str) -> &'p str {
    match path.strip_prefix(root) {
        Some(rest) => rest.trim_start_matches('/'),
        None => path,
    }
}

fn prints(side: &Side<'_>) -> Vec<String> {
    side.diagnostics
        .iter()
        .map(|d| {
            let path = &side.sources.get(d.file).path;
            fingerprint_as(d, side.sources, relative(path, side.root))
        })
        .collect()
}

/// Matches the two sides; equal fingerprints pair off one to one.
pub fn diff(old: &Side<'_>, new: &Side<'_>) -> Diff {
    // The old diagnostics of each fingerprint, in order, as a queue: the
    // first not yet matched is the next to match (taking it off the front of
    // a vector was quadratic when thousands share a fingerprint).
    let mut waiting: BTreeMap<String, std::collections::VecDeque<usize>> = BTreeMap::new();
    for (i, print) in prints(old).into_iter().enumerate() {
        waiting.entry(print).or_default().push_back(i);
    }
    let mut result = Diff::default();
    for (i, print) in prints(new).into_iter().enumerate() {
        match waiting.get_mut(&print).and_then(|v| v.pop_front()) {
            Some(_) => result.unchanged.push(i),
            None => result.introduced.push(i),
        }
    }
    result.resolved = waiting.into_values().flatten().collect();
    result.resolved.sort_unstable();
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::codes;
    use crate::base::{FileId, SourceFile, Span};

    #[test]
    fn matches_by_text_not_by_line() {
        let mut old_sources = Sources::new();
        old_sources.add(SourceFile::new("old/a.dsl", "x\ny\n".to_string()));
        let mut new_sources = Sources::new();
        new_sources.add(SourceFile::new("new/a.dsl", "\n\nx\nz\n".to_string()));
        let d = |at: usize, text_len: usize| {
            let mut d = Diagnostic::error(
                codes::WRONG_TYPE,
                FileId(0),
                Span::new(at, at + text_len),
                "m",
            );
            d.origin = crate::base::Origin {
                family: Some("f".into()),
                ..d.origin.clone()
            }
            .interned();
            Box::new(d)
        };
        let old = [d(0, 1), d(2, 1)];
        let new = [d(2, 1), d(4, 1)];
        let result = diff(
            &Side {
                sources: &old_sources,
                diagnostics: &old,
                root: "old",
            },
            &Side {
                sources: &new_sources,
                diagnostics: &new,
                root: "new",
            },
        );
        assert_eq!(result.unchanged, vec![0]);
        assert_eq!(result.introduced, vec![1]);
        assert_eq!(result.resolved, vec![1]);
    }

    /// Of findings that share a fingerprint, the first old ones are matched
    /// first and the last ones are resolved.
    #[test]
    fn equal_fingerprints_match_in_order() {
        let mut sources = Sources::new();
        sources.add(SourceFile::new("a.dsl", "x x x\n".to_string()));
        let d = |at: usize| {
            Box::new(Diagnostic::error(
                codes::UNRESOLVED_REFERENCE,
                FileId(0),
                Span::new(at, at + 1),
                "no block is named `x`",
            ))
        };
        let old = [d(0), d(2), d(4)];
        let new = [d(0), d(2)];
        let side = |diagnostics| Side {
            sources: &sources,
            diagnostics,
            root: "",
        };
        let result = diff(&side(&old), &side(&new));
        assert_eq!(result.unchanged, vec![0, 1]);
        assert!(result.introduced.is_empty());
        assert_eq!(result.resolved, vec![2]);
    }
}
