//! What each fuzz target does with one input. The targets in
//! `fuzz_targets/` and the regression tests (`tests/fuzz_regressions.rs`)
//! include this file, so a crashing input is replayed through exactly the
//! code the fuzzer ran.
#![allow(dead_code)]

use std::path::Path;
use std::sync::OnceLock;

use datalint::base::{Diagnostic, FileId, SourceFile, Sources};
use datalint::check::{CheckOptions, check, check_with};
use datalint::config::Config;
use datalint::diagnostics::baseline::Baseline;
use datalint::diagnostics::{FailOn, Report};
use datalint::output::{self, EmitContext, human::HumanOptions};
use datalint::rules::RuleSet;
use datalint::syntax::{self, format::format};

/// Where one input of the `check` target is cut into several files (a
/// comment line, so a seed without it is one ordinary file).
pub const FILE_SEPARATOR: &str = "\n#--fuzz-next-file--\n";
/// Where a `rule_file` input ends and a pattern list (`fuzzed.toml`) begins.
pub const PATTERNS_SEPARATOR: &str = "\n#--fuzz-patterns--\n";
/// Files per `check` input at most.
const MAX_FILES: usize = 4;

/// The same options every time: no colour, a fixed width.
const HUMAN: HumanOptions = HumanOptions {
    color: false,
    width: 100,
    quiet: false,
};

fn builtin_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::load(&[]).expect("the built-in rules load"))
}

/// `parse`: the parser, the formatter and lowering of one file.
pub fn parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (ast, errors) = syntax::parse(text, FileId(0));
    for d in &errors {
        assert!(
            d.span.start <= d.span.end && d.span.end as usize <= text.len(),
            "a syntax diagnostic's span {:?} lies outside the text ({} bytes)",
            d.span,
            text.len()
        );
    }
    // tests/fmt.rs: formatting is idempotent, keeps every comment, and its
    // output parses cleanly; a file with syntax errors is left alone.
    match format(text) {
        None => assert!(
            !errors.is_empty(),
            "format refused a file without syntax errors"
        ),
        Some(once) => {
            assert!(
                errors.is_empty(),
                "format changed a file with syntax errors"
            );
            let (again, again_errors) = syntax::parse(&once, FileId(0));
            assert!(
                again_errors.is_empty(),
                "the formatted text has syntax errors: {again_errors:?}\n--- formatted:\n{once}"
            );
            assert_eq!(
                again.comments.len(),
                ast.comments.len(),
                "formatting lost or added a comment\n--- formatted:\n{once}"
            );
            assert_eq!(
                again.blocks.len(),
                ast.blocks.len(),
                "formatting changed the number of blocks\n--- formatted:\n{once}"
            );
            let twice = format(&once).expect("formatted text formats");
            assert_eq!(once, twice, "formatting is not idempotent");
        }
    }
    drop(ast);
    let (_lowered, _errors) = datalint::model::lower_source(FileId(0), text);
}

/// `check`: bytes (cut into up to four files) through decoding, the whole
/// check and every output format.
pub fn check_all(data: &[u8]) {
    let mut sources = Sources::new();
    let mut load_errors: Vec<Diagnostic> = Vec::new();
    for (i, part) in split(data, FILE_SEPARATOR.as_bytes(), MAX_FILES)
        .into_iter()
        .enumerate()
    {
        let id = FileId(sources.len() as u32);
        let (text, error) = datalint::workspace::decode(part.to_vec(), id);
        sources.add(SourceFile::new(format!("fuzz/{i}.dsl"), text));
        load_errors.extend(error);
    }
    let rules = builtin_rules();
    let fail_on = FailOn::Warning;
    let (mut report, data) = check_with(
        &sources,
        load_errors,
        rules,
        CheckOptions::default(),
        |model, report| output::report::gather(model, report, &sources, rules, fail_on),
    );
    for d in &report.diagnostics {
        let len = sources.get(d.file).text.len();
        assert!(
            d.span.start <= d.span.end && d.span.end as usize <= len,
            "{} has the span {:?} outside its file ({len} bytes)",
            d.code(),
            d.span
        );
    }
    let _ = output::report::html::html(&data);
    let _ = output::report::markdown::markdown(&data);
    let mut out: Vec<u8> = Vec::new();
    output::json::emit(&report, &sources, &mut out).unwrap();
    serde_json::from_slice::<serde_json::Value>(&out).expect("the JSON output is JSON");
    let context = EmitContext {
        report: &report,
        sources: &sources,
        rules,
        fail_on,
    };
    for emit in [
        output::sarif::emit,
        output::github::emit,
        output::junit::emit,
        output::gitlab::emit,
    ] {
        out.clear();
        emit(&context, &mut out).unwrap();
    }
    out.clear();
    output::statistics(&report, &mut out).unwrap();
    // Baselines: every finding matches its own fingerprint.
    let baseline = Baseline::of(&report.diagnostics, &sources);
    let mut diagnostics = report.diagnostics.clone();
    let stale = baseline.filter(&mut diagnostics, &sources);
    assert!(stale.is_empty(), "a baseline of a report does not match it");
    // Human output last, cut like the CLI's --max-diagnostics (here 20, not
    // the default 500: drawing is most of this target's time, and the 21st
    // diagnostic is drawn by the same code as the first).
    report.truncate_per_file(20);
    out.clear();
    output::human::emit(&report, &sources, HUMAN, &mut out).unwrap();
}

/// `rule_file`: a rule file (and, after [`PATTERNS_SEPARATOR`], a pattern
/// list `fuzzed`) loaded with the built-in rules and pattern lists; when it
/// loads, it runs over the examples and its own example.
pub fn rule_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Vec::new();
    let (rule, patterns) = match text.split_once(PATTERNS_SEPARATOR) {
        Some((rule, patterns)) => (rule, Some(patterns)),
        None => (text, None),
    };
    files.push(("fuzz/input.rule".to_string(), rule.to_string()));
    if let Some(patterns) = patterns {
        files.push((
            "fuzz/patterns/fuzzed.toml".to_string(),
            patterns.to_string(),
        ));
    }
    let mut rules = match RuleSet::load_with_extra(files) {
        Ok(rules) => rules,
        Err(failure) => {
            // What `datalint` shows on standard error before exit code 2.
            let report = Report::new(&failure.sources, failure.diagnostics);
            assert!(!report.diagnostics.is_empty());
            let mut out = Vec::new();
            output::human::emit(&report, &failure.sources, HUMAN, &mut out).unwrap();
            return;
        }
    };
    rules.retain(|r| r.origin == "fuzz/input.rule");
    let Some(rule) = rules.rules.first() else {
        return;
    };
    let mut out = Vec::new();
    output::catalogue::json(&rules, &mut out).unwrap();
    out.clear();
    output::catalogue::table(&rules, &mut out).unwrap();
    let _ = output::catalogue::explain(rule);
    let mut sources = examples();
    if let Some(example) = &rule.example {
        sources.add(SourceFile::new("fuzz/example.dsl", example.clone()));
    }
    let report = check(&sources, Vec::new(), &rules, CheckOptions::default());
    // JSON only: the check target renders every format, and drawing every
    // example's findings would take most of this target's time.
    out.clear();
    output::json::emit(&report, &sources, &mut out).unwrap();
}

/// `config`: a `datalint.toml` read from its text and applied to the
/// built-in rules; a broken one is rendered as the CLI shows it.
pub fn config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz/datalint.toml");
    let failure = match Config::parse(text.to_string(), path) {
        Ok(config) => {
            let _ = config.excludes(Path::new("fuzz/drafts/old/a.dsl"));
            // Only a configuration that reads needs rules of its own to change.
            let mut rules = RuleSet::load(&[]).expect("the built-in rules load");
            match config.apply(&mut rules, &[], &[]) {
                Ok(()) => return,
                Err(failure) => failure,
            }
        }
        Err(failure) => failure,
    };
    assert!(!failure.diagnostics.is_empty());
    let report = Report::new(&failure.sources, failure.diagnostics);
    let mut out = Vec::new();
    output::human::emit(&report, &failure.sources, HUMAN, &mut out).unwrap();
}

/// The examples, checked by every rule the `rule_file` target loads.
fn examples() -> Sources {
    static TEXTS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    let texts = TEXTS.get_or_init(|| {
        // The fuzz crate lies in `fuzz/`, the tests' crate at the root.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = [root.join("examples"), root.join("../examples")]
            .into_iter()
            .find(|d| d.is_dir())
            .expect("the examples folder");
        let mut found: Vec<_> = std::fs::read_dir(&dir)
            .expect("the examples folder")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "dsl"))
            .collect();
        found.sort();
        found
            .into_iter()
            .map(|p| {
                let name = format!("examples/{}", p.file_name().unwrap().to_string_lossy());
                (name, std::fs::read_to_string(p).unwrap())
            })
            .collect()
    });
    let mut sources = Sources::new();
    for (name, text) in texts {
        sources.add(SourceFile::new(name.clone(), text.clone()));
    }
    sources
}

fn split<'d>(data: &'d [u8], separator: &[u8], max: usize) -> Vec<&'d [u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while parts.len() + 1 < max {
        match rest.windows(separator.len()).position(|w| w == separator) {
            Some(at) => {
                parts.push(&rest[..at]);
                rest = &rest[at + separator.len()..];
            }
            None => break,
        }
    }
    parts.push(rest);
    parts
}
