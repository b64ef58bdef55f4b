//! Differential test: the compiled conditions of the built-in rules
//! (`src/rules/generated.rs`) find exactly what the interpreter finds, the
//! reference for what each expression means. Both run over the same models
//! and their diagnostics are compared whole (code, severity, message,
//! location, labels, block).
//!
//! The inputs: generated corpora of several seeds, in one file and split over
//! several; the same corpora with attributes dropped at random, so that every
//! condition also meets absent values; grants of many datasets, which the
//! engine joins by key rather than scans; the bundled examples; the rule
//! fixtures with their near misses; and each rule's own example.

use std::path::{Path, PathBuf};

use datalint::base::FileId;
use datalint::model;
use datalint::rules::RuleSet;
use datalint::rules::eval::EvalOptions;

#[path = "../benches/support/corpus.rs"]
mod corpus;

/// The diagnostics of every built-in rule on `texts` checked together.
fn findings(rules: &RuleSet, texts: &[String], interpreted: bool) -> Vec<String> {
    let lowered = texts
        .iter()
        .enumerate()
        .map(|(i, text)| model::lower_source(FileId(i as u32), text).0)
        .collect();
    let (model, _) = model::link(lowered);
    let options = EvalOptions {
        interpreted,
        ..EvalOptions::default()
    };
    let found = rules.run(&model, options);
    rules
        .diagnostics(found)
        .iter()
        .map(|d| format!("{d:?}"))
        .collect()
}

/// Checks one input; returns how many findings both made.
fn same_findings(rules: &RuleSet, what: &str, texts: &[String]) -> usize {
    let compiled = findings(rules, texts, false);
    let interpreted = findings(rules, texts, true);
    if compiled != interpreted {
        let first = compiled
            .iter()
            .zip(&interpreted)
            .position(|(a, b)| a != b)
            .unwrap_or(compiled.len().min(interpreted.len()));
        panic!(
            "{what}: the compiled conditions found {} findings, the interpreter {}; the first difference, at {first}:\ncompiled:    {:?}\ninterpreted: {:?}",
            compiled.len(),
            interpreted.len(),
            compiled.get(first),
            interpreted.get(first)
        );
    }
    compiled.len()
}

/// `text` with about one attribute line in `one_in` left out.
fn drop_attributes(text: &str, seed: u64, one_in: u64) -> String {
    let mut rng = corpus::Rng::new(seed);
    let mut out = String::with_capacity(text.len());
    let mut in_long_string = false;
    for line in text.lines() {
        let opens_or_closes = line.matches("\"\"\"").count() % 2 == 1;
        let attribute = !in_long_string
            && !opens_or_closes
            && line.starts_with("  ")
            && line.as_bytes().get(2).is_some_and(u8::is_ascii_lowercase);
        if opens_or_closes {
            in_long_string = !in_long_string;
        }
        if attribute && rng.below(one_in) == 0 {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Grants of 10 to 40 datasets with random sources, keys and categories:
/// the engine joins lists this long by key (`plan::ListPlan`, PRV008)
/// where compiled code would scan them, so compiled code hands such a grant
/// to the interpreter, and shorter ones are scanned by both.
fn long_grants(seed: u64) -> String {
    const SOURCES: &[&str] = &["tax", "health", "transport", "public_security", "other"];
    const KEYS: &[&str] = &["national_id", "phone", "plate", "email"];
    const CATEGORIES: &[&str] = &[
        "user.name",
        "user.contact.phone_number",
        "user.financial",
        "user.demographic.gender",
        "user.location.trajectory",
        "public.statistics",
    ];
    let mut rng = corpus::Rng::new(seed);
    let mut out = String::from(
        "policy \"Long grants\" {\n  jurisdiction \"CN\"\n  authority    bureau\n}\n\nbody bureau \"Bureau\" {\n  kind regulator\n}\n\noperator op \"Operator\" {\n  kind private\n}\n\n",
    );
    for d in 0..120 {
        let category = rng.pick(CATEGORIES);
        out.push_str(&format!(
            "dataset d{d} \"Dataset {d}\" {{\n  categories [{category}]\n"
        ));
        if rng.chance(80) {
            out.push_str(&format!("  source     {}\n", rng.pick(SOURCES)));
        }
        if rng.chance(70) {
            out.push_str(&format!("  keys       [{}]\n", rng.pick(KEYS)));
        }
        out.push_str("}\n\n");
    }
    for g in 0..12 {
        let n = 10 + rng.below(31);
        let datasets: Vec<String> = (0..n).map(|_| format!("d{}", rng.below(120))).collect();
        out.push_str(&format!(
            "grant g{g} \"Grant {g}\" {{\n  operator op\n  datasets [{}]\n}}\n\n",
            datasets.join(", ")
        ));
    }
    out
}

fn dsl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "dsl"))
        .collect();
    files.sort();
    files
}

#[test]
fn compiled_conditions_find_what_the_interpreter_finds_on_generated_corpora() {
    let rules = RuleSet::load(&[]).expect("built-in rules load");
    let mut total = 0;
    for seed in [1, 7, 42, 2024] {
        let text = corpus::generate(300, seed);
        total += same_findings(
            &rules,
            &format!("corpus of seed {seed}"),
            std::slice::from_ref(&text),
        );
        for one_in in [3, 8] {
            let thinned = drop_attributes(&text, seed, one_in);
            let what = format!("corpus of seed {seed}, one attribute in {one_in} dropped");
            total += same_findings(&rules, &what, &[thinned]);
        }
        let files = corpus::generate_files(120, 6, seed);
        total += same_findings(&rules, &format!("six files of seed {seed}"), &files);
        let long = long_grants(seed);
        total += same_findings(&rules, &format!("long grants of seed {seed}"), &[long]);
    }
    // Not a comparison of two empty lists.
    assert!(total > 10_000, "only {total} findings");
}

/// Parameters set by a configuration reach compiled code as they reach the
/// interpreter: each built-in parameter moved so that other drafts fire.
#[test]
fn compiled_conditions_read_parameters_set_by_a_configuration() {
    let mut rules = RuleSet::load(&[]).expect("built-in rules load");
    for (name, value) in [
        ("max_exclusive_term", "3y"),
        ("max_review", "1y"),
        ("max_term", "2y"),
        ("hhi_threshold", "20"),
        ("min_k", "50"),
        ("large_scale", "1000"),
    ] {
        let count = rules
            .set_param(name, value)
            .expect("a value of the parameter's type");
        assert!(count > 0, "no built-in rule has `{name}`");
    }
    let mut total = 0;
    for seed in [3, 42] {
        let text = corpus::generate(300, seed);
        let what = format!("corpus of seed {seed}, parameters set");
        total += same_findings(&rules, &what, &[text]);
    }
    assert!(total > 1_000, "only {total} findings");
}

#[test]
fn compiled_conditions_find_what_the_interpreter_finds_on_examples_and_fixtures() {
    let rules = RuleSet::load(&[]).expect("built-in rules load");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut total = 0;
    let mut all_examples = Vec::new();
    for dir in ["examples", "rules/fixtures"] {
        for path in dsl_files(&root.join(dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            total += same_findings(
                &rules,
                &path.display().to_string(),
                std::slice::from_ref(&text),
            );
            if dir == "examples" {
                all_examples.push(text);
            }
        }
    }
    total += same_findings(&rules, "the examples together", &all_examples);
    for rule in &rules.rules {
        if let Some(example) = &rule.example {
            let what = format!("the example of {}", rule.code());
            total += same_findings(&rules, &what, std::slice::from_ref(example));
        }
    }
    assert!(total > 100, "only {total} findings");
}
