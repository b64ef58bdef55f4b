//! Fingerprints of findings, and baselines: today's findings recorded so
//! that a check reports only new ones.
//!
//! A fingerprint must survive edits elsewhere in the file (lines moving),
//! so it is made of the path, the rule, the block and the flagged text with
//! its whitespace folded, never of line numbers.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::base::{Diagnostic, Sources};

/// A stable fingerprint: 32 hex digits.
pub fn fingerprint(d: &Diagnostic, sources: &Sources) -> String {
    fingerprint_as(d, sources, &sources.get(d.file).path)
}

/// The fingerprint of a finding as if its file were at `path` (for `diff`,
/// which compares two drafts under different names).
pub fn fingerprint_as(d: &Diagnostic, sources: &Sources, path: &str) -> String {
    let file = sources.get(d.file);
    let flagged = file.text.get(d.span.range()).unwrap_or("");
    let folded: Vec<&str> = flagged.split_whitespace().collect();
    let block = d.block();
    let mut hasher = Sha256::new();
    for part in [
        path,
        d.code(),
        block.map_or("", |b| b.kind.name()),
        block.and_then(|b| b.name(sources)).unwrap_or(""),
        &folded.join(" "),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A baseline file: the fingerprints of accepted findings, with enough
/// context to read it.
#[derive(Serialize, Deserialize, Debug, Default)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Entry {
    pub fingerprint: String,
    pub code: String,
    pub path: String,
    pub message: String,
}

impl Baseline {
    /// The findings (not language errors, not waived) of a report.
    pub fn of(diagnostics: &[Box<Diagnostic>], sources: &Sources) -> Baseline {
        let findings = diagnostics
            .iter()
            .filter(|d| d.family().is_some() && d.waived().is_none())
            .map(|d| Entry {
                fingerprint: fingerprint(d, sources),
                code: d.code().to_string(),
                path: sources.get(d.file).path.clone(),
                message: d.message.to_string(),
            })
            .collect();
        Baseline {
            version: 1,
            findings,
        }
    }

    pub fn read(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the baseline `{}`: {e}", path.display()))?;
        let baseline: Baseline = serde_json::from_str(&text)
            .map_err(|e| format!("`{}` is not a datalint baseline: {e}", path.display()))?;
        if baseline.version != 1 {
            return Err(format!(
                "`{}` is a baseline of version {}; this datalint reads version 1",
                path.display(),
                baseline.version
            ));
        }
        Ok(baseline)
    }

    /// Removes the findings the baseline holds (each entry absorbs one
    /// finding with its fingerprint) and returns the entries that matched
    /// nothing: stale ones.
    pub fn filter(&self, diagnostics: &mut Vec<Box<Diagnostic>>, sources: &Sources) -> Vec<Entry> {
        let mut remaining: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
        for entry in &self.findings {
            remaining
                .entry(entry.fingerprint.as_str())
                .or_default()
                .push(entry);
        }
        diagnostics.retain(|d| {
            if d.family().is_none() {
                return true;
            }
            let print = fingerprint(d, sources);
            // Kept unless an entry of the baseline absorbs it.
            remaining
                .get_mut(print.as_str())
                .and_then(Vec::pop)
                .is_none()
        });
        remaining.into_values().flatten().cloned().collect()
    }
}
