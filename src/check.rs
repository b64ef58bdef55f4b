//! The pipeline of one run: parse and lower every file (in parallel), link
//! them into one model, run the rules, and collect every diagnostic.

use rayon::prelude::*;

use crate::base::{Diagnostic, FileId, Sources};
use crate::diagnostics::Report;
use crate::model::{self, LoweredFile};
use crate::rules::eval::EvalOptions;
use crate::rules::{Profile, RuleSet};

/// What a run may change.
#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions {
    /// The jurisdiction profile for every file, instead of each policy's.
    pub profile: Option<Profile>,
}

/// Checks all loaded files together. `load_errors` are diagnostics found
/// while reading (invalid UTF-8); such files are not parsed.
pub fn check(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
    rules: &RuleSet,
    options: CheckOptions,
) -> Report {
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
    let (model, link_errors) = model::link(files);
    diagnostics.extend(link_errors);
    diagnostics.extend(rules.run(
        &model,
        EvalOptions {
            profile: options.profile,
        },
    ));
    Report::new(sources, diagnostics)
}
