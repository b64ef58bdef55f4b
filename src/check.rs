//! The pipeline of one run: parse and lower every file (in parallel), link
//! them into one model, run the rules, and collect every diagnostic.

use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::base::{Diagnostic, FileId, Sources};
use crate::diagnostics::{Report, waivers};
use crate::model::{self, LoweredFile, Model};
use crate::rules::eval::{EvalOptions, Findings, RuleTime};
use crate::rules::{Profile, RuleSet};

/// What a run may change.
#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions {
    /// The jurisdiction profile for every file, instead of each policy's.
    pub profile: Option<Profile>,
    /// Ignore waiver comments (`--no-waivers`).
    pub no_waivers: bool,
}

/// Checks all loaded files together. `load_errors` are diagnostics found
/// while reading (invalid UTF-8); such files are not parsed.
pub fn check(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
    rules: &RuleSet,
    options: CheckOptions,
) -> Report {
    check_measured(sources, load_errors, rules, options, None)
}

/// Where the time of a run went (`datalint check --timings`).
#[derive(Clone, Debug, Default)]
pub struct Timings {
    /// Wall-clock time of each stage, in pipeline order. The caller adds
    /// the stages that come after the check (writing the output).
    pub stages: Vec<(&'static str, Duration)>,
    /// What each rule cost, in rule order.
    pub rules: Vec<RuleTime>,
    /// The threads the rules ran on: the rules' times add up over them.
    pub threads: usize,
}

/// [`check`], measuring where the time goes.
pub fn check_timed(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
    rules: &RuleSet,
    options: CheckOptions,
) -> (Report, Timings) {
    let mut timings = Timings {
        threads: rayon::current_num_threads(),
        ..Timings::default()
    };
    let report = check_measured(sources, load_errors, rules, options, Some(&mut timings));
    (report, timings)
}

/// Runs `run` on one of rayon's threads and waits for it. A run's stages
/// hand their data to each other (the files parsed to the linker, the
/// model to the rules, the findings to the diagnostics); when some ran in
/// rayon's threads and the rest in the caller's, each stage started on
/// another thread than the one that had the data, and allocated and freed
/// through another thread's heap. With one rayon thread, that cost the
/// 10 MB check a few percent of its time (docs/performance.md, stop 29).
/// Inside the pool, every stage starts on the thread the last one ended
/// on, and the parallel ones spread from there as before.
pub fn on_pool<R: Send>(run: impl FnOnce() -> R + Send) -> R {
    rayon::scope(|_| run())
}

fn check_measured(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
    rules: &RuleSet,
    options: CheckOptions,
    timings: Option<&mut Timings>,
) -> Report {
    on_pool(|| check_stages(sources, load_errors, rules, options, timings))
}

fn check_stages(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
    rules: &RuleSet,
    options: CheckOptions,
    mut timings: Option<&mut Timings>,
) -> Report {
    let (model, found) = find(sources, load_errors, rules, options, timings.as_deref_mut());
    let start = Instant::now();
    // The model is done with: dropped before the findings are made whole,
    // its memory holds them rather than adding to the peak.
    drop(model);
    // The model takes about as much memory as the text it was read from.
    crate::base::memory::release_freed(text_bytes(sources));
    let report = Report::new(sources, found.diagnostics(rules, sources));
    if let Some(timings) = timings {
        timings.stages.push(("diagnostics", start.elapsed()));
    }
    report
}

/// Parses, lowers and links the files without running any rule (`datalint
/// export`): `visit` reads the model and the report of the syntax and
/// schema errors.
pub fn resolve<T: Send>(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
    visit: impl FnOnce(&Model<'_>, &Report) -> T + Send,
) -> (Report, T) {
    on_pool(|| {
        let (model, diagnostics, _) = build_model(sources, load_errors);
        let report = Report::new(sources, diagnostics);
        let visited = visit(&model, &report);
        (report, visited)
    })
}

type Comments = Vec<(FileId, Vec<crate::base::Span>)>;

/// Parses and lowers every file in parallel and links them: the model, the
/// diagnostics so far (`load_errors` first) and each file's comments.
fn build_model(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
) -> (Model<'_>, Vec<Diagnostic>, Comments) {
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
    let mut comments = Vec::with_capacity(lowered.len());
    for (mut file, errors) in lowered {
        diagnostics.extend(errors);
        comments.push((file.file, std::mem::take(&mut file.comments)));
        files.push(file);
    }
    let (model, link_errors) = model::link(files);
    diagnostics.extend(link_errors);
    (model, diagnostics, comments)
}

/// [`check`], handing the model and the report to `visit` before the model
/// is dropped (reports describe the grants and clauses themselves).
pub fn check_with<T: Send>(
    sources: &Sources,
    load_errors: Vec<Diagnostic>,
    rules: &RuleSet,
    options: CheckOptions,
    visit: impl FnOnce(&Model<'_>, &Report) -> T + Send,
) -> (Report, T) {
    on_pool(|| {
        let (model, found) = find(sources, load_errors, rules, options, None);
        let report = Report::new(sources, found.diagnostics(rules, sources));
        let visited = visit(&model, &report);
        (report, visited)
    })
}

/// The bytes of all the files' text: about the size of the model, and of
/// the syntax trees it is built from.
fn text_bytes(sources: &Sources) -> usize {
    sources.iter().map(|(_, file)| file.text.len()).sum()
}

/// What [`find`] found, not yet made into diagnostics: they need neither
/// the model nor its indexes, which can go first.
struct Found<'s> {
    findings: Findings<'s>,
    errors: Vec<Diagnostic>,
    waivers: Vec<waivers::Waiver>,
}

/// Builds the model, parses the waivers and runs the rules; with `timings`,
/// measures each.
fn find<'s>(
    sources: &'s Sources,
    load_errors: Vec<Diagnostic>,
    rules: &RuleSet,
    options: CheckOptions,
    mut timings: Option<&mut Timings>,
) -> (Model<'s>, Found<'s>) {
    let start = Instant::now();
    let (model, mut errors, comments) = build_model(sources, load_errors);
    if let Some(timings) = timings.as_deref_mut() {
        timings.stages.push(("parse and model", start.elapsed()));
    }
    // The syntax trees and the linker's table of names are gone: about as
    // much memory as the text, freed while the rules are about to allocate.
    crate::base::memory::release_freed(text_bytes(sources));
    let mut waivers = Vec::new();
    if !options.no_waivers {
        for (file, spans) in &comments {
            let text = &sources.get(*file).text;
            waivers.extend(waivers::parse(*file, text, spans, &model, &mut errors));
        }
    }
    let start = Instant::now();
    let findings = rules.run(
        &model,
        EvalOptions {
            profile: options.profile,
            timings: timings.is_some(),
            ..EvalOptions::default()
        },
    );
    if let Some(timings) = timings {
        timings.stages.push(("rules", start.elapsed()));
        timings.rules = findings.rule_times(&rules.rules);
    }
    let found = Found {
        findings,
        errors,
        waivers,
    };
    (model, found)
}

impl Found<'_> {
    /// Every diagnostic: language errors, rule findings (waived where a
    /// waiver covers them) and waiver problems.
    #[expect(
        clippy::vec_box,
        reason = "findings are boxed once and moved as pointers"
    )]
    fn diagnostics(self, rules: &RuleSet, sources: &Sources) -> Vec<Box<Diagnostic>> {
        // The findings are the many; the errors join them, not the other way.
        let mut diagnostics = rules.diagnostics(self.findings);
        diagnostics.extend(self.errors.into_iter().map(Box::new));
        if !self.waivers.is_empty() {
            let known = |rule: &str| {
                rules
                    .find(rule)
                    .map(|r| (r.code().to_string(), r.name().to_string()))
            };
            let suggest = |rule: &str| {
                let names = rules.rules.iter().flat_map(|r| [r.code(), r.name()]);
                crate::base::suggest::closest(rule, names).map(str::to_string)
            };
            let problems =
                waivers::apply(&self.waivers, &mut diagnostics, &known, &suggest, sources);
            diagnostics.extend(problems.into_iter().map(Box::new));
        }
        diagnostics
    }
}
