//! The pipeline of one run: parse and lower every file (in parallel), link
//! them into one model, and collect every diagnostic.

use rayon::prelude::*;

use crate::base::{Diagnostic, FileId, Sources};
use crate::diagnostics::Report;
use crate::model::{self, LoweredFile};

/// Checks all loaded files together. `load_errors` are diagnostics found
/// while reading (invalid UTF-8); such files are not parsed.
pub fn check(sources: &Sources, load_errors: Vec<Diagnostic>) -> Report {
    let unreadable: Vec<FileId> = load_errors.iter().map(|d| d.file).collect();
    let lowered: Vec<(LoweredFile<'_>, Vec<Diagnostic>)> = sources
        .iter()
        .collect::<Vec<_>>()
        .into_par_iter()
        .filter(|(id, _)| !unreadable.contains(id))
        .map(|(id, file)| model::lower_source(id, &file.text))
        .collect();
    let mut diagnostics = load_errors;
    let mut files = Vec::with_capacity(lowered.len());
    for (file, errors) in lowered {
        diagnostics.extend(errors);
        files.push(file);
    }
    let (_model, link_errors) = model::link(files);
    diagnostics.extend(link_errors);
    Report::new(sources, diagnostics)
}
