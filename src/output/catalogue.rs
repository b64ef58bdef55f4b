//! The rule catalogue as a table, as JSON, and one rule explained.

use std::fmt::Write as _;
use std::io::Write;

use serde::Serialize;

use crate::rules::{Rule, RuleSet};

#[derive(Serialize)]
struct RuleEntry<'r> {
    code: &'r str,
    name: &'r str,
    family: &'r str,
    severity: &'static str,
    /// Severity per jurisdiction profile, where it differs.
    profiles: std::collections::BTreeMap<&'static str, &'static str>,
    summary: Option<&'r str>,
    applies_to: Vec<&'static str>,
    params: Vec<ParamEntry<'r>>,
    basis: &'r [crate::base::Basis],
    origin: &'r str,
}

#[derive(Serialize)]
struct ParamEntry<'r> {
    name: &'r str,
    default: &'r str,
    doc: Option<&'r str>,
}

fn entry(rule: &Rule) -> RuleEntry<'_> {
    RuleEntry {
        code: rule.code(),
        name: rule.name(),
        family: rule.family(),
        severity: rule.severity.as_str(),
        profiles: rule
            .profile_overrides()
            .iter()
            .map(|(p, s)| (p.as_str(), s.as_str()))
            .collect(),
        summary: rule.summary.as_deref(),
        applies_to: rule.kinds().iter().map(|k| k.name()).collect(),
        params: rule
            .params
            .iter()
            .map(|p| ParamEntry {
                name: &p.name,
                default: &p.default,
                doc: p.doc.as_deref(),
            })
            .collect(),
        basis: rule.basis(),
        origin: &rule.origin,
    }
}

/// `datalint rules --format json`: an array of rule objects.
pub fn json(rules: &RuleSet, out: &mut dyn Write) -> std::io::Result<()> {
    let entries: Vec<_> = rules.rules.iter().map(entry).collect();
    super::write_json(&entries, out)
}

/// `datalint rules`: one line per rule.
pub fn table(rules: &RuleSet, out: &mut dyn Write) -> std::io::Result<()> {
    let name_width = rules
        .rules
        .iter()
        .map(|r| r.name().len())
        .max()
        .unwrap_or(4)
        .max(4);
    let family_width = rules
        .rules
        .iter()
        .map(|r| r.family().len())
        .max()
        .unwrap_or(6)
        .max(6);
    writeln!(
        out,
        "{:<7} {:<name_width$} {:<family_width$} severity",
        "code", "name", "family"
    )?;
    for rule in &rules.rules {
        let mut severity = rule.severity.as_str().to_string();
        for (profile, level) in rule.profile_overrides() {
            let _ = write!(severity, " ({}: {})", profile.as_str(), level.as_str());
        }
        writeln!(
            out,
            "{:<7} {:<name_width$} {:<family_width$} {severity}",
            rule.code(),
            rule.name(),
            rule.family()
        )?;
    }
    writeln!(out, "{} rules", rules.rules.len())
}

/// `datalint explain CODE`: what the rule checks, its parameters, basis,
/// an example that fires and how to fix it.
pub fn explain(rule: &Rule) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", rule.code(), rule.name());
    let mut severity = rule.severity.as_str().to_string();
    for (profile, level) in rule.profile_overrides() {
        let _ = write!(
            severity,
            "; {} in the {} profile",
            level.as_str(),
            profile.as_str()
        );
    }
    let kinds: Vec<&str> = rule.kinds().iter().map(|k| k.name()).collect();
    let _ = writeln!(
        out,
        "family: {} · severity: {severity} · checks: {}",
        rule.family(),
        kinds.join(", ")
    );
    if let Some(summary) = &rule.summary {
        let _ = writeln!(out, "\n{summary}");
    }
    if let Some(explain) = &rule.explain {
        let _ = writeln!(out, "\nWhat it checks\n\n{}", explain.trim());
    }
    if !rule.params.is_empty() {
        let _ = writeln!(out, "\nParameters (set them in configuration)\n");
        for param in &rule.params {
            let doc = param
                .doc
                .as_deref()
                .map_or(String::new(), |d| format!(": {d}"));
            let _ = writeln!(out, "  {} = {}{doc}", param.name, param.default);
        }
    }
    if !rule.basis().is_empty() {
        let _ = writeln!(out, "\nBasis\n");
        for basis in rule.basis().iter() {
            if basis.paraphrase {
                let _ = writeln!(
                    out,
                    "  {} (paraphrase, not checked against the official text): {}",
                    basis.source, basis.quote
                );
            } else {
                let _ = writeln!(out, "  {}: \"{}\"", basis.source, basis.quote);
            }
        }
    }
    for note in &rule.notes {
        let _ = writeln!(out, "\nNote: {note}");
    }
    if let Some(example) = &rule.example {
        let _ = writeln!(out, "\nExample that fires\n");
        for line in example.trim_end().lines() {
            let _ = writeln!(out, "  {line}");
        }
    }
    if let Some(help) = rule.help() {
        let _ = writeln!(out, "\nHow to fix\n\n{help}");
    }
    let _ = writeln!(out, "\nDefined in {}", rule.origin);
    out
}
