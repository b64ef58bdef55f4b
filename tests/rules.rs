//! Every built-in rule against its fixtures under rules/fixtures/ (annotated
//! `# expect: CODE` / `# ok: CODE`) and its own example.

use std::path::Path;

use datalint::rules::{RuleSet, fixtures};

#[test]
fn builtin_rules_load() {
    let rules = RuleSet::load(&[]).unwrap_or_else(|f| panic!("{:#?}", f.diagnostics));
    assert!(!rules.rules.is_empty());
}

#[test]
fn fixtures_and_examples_hold() {
    let rules = RuleSet::load(&[]).unwrap_or_else(|f| panic!("{:#?}", f.diagnostics));
    let outcome = fixtures::run(&rules, Path::new("rules/fixtures")).unwrap();
    let problems: Vec<String> = outcome
        .problems
        .iter()
        .map(|p| format!("{}:{}: {}: {}", p.path, p.line, p.code, p.message))
        .collect();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(
        outcome.examples,
        rules.rules.len(),
        "every rule has an example"
    );
}

#[test]
fn every_rule_has_a_fixture_that_fires_and_a_near_miss() {
    let rules = RuleSet::load(&[]).unwrap_or_else(|f| panic!("{:#?}", f.diagnostics));
    let mut texts = String::new();
    for entry in std::fs::read_dir("rules/fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "dsl") {
            texts.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    for rule in &rules.rules {
        let code = rule.code();
        assert!(
            texts.contains(&format!("# expect: {code}")) || texts.contains(&format!(", {code}")),
            "{code} has no fixture that must fire"
        );
        assert!(
            texts.contains(&format!("# ok: {code}")),
            "{code} has no near miss"
        );
    }
}
