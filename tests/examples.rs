//! The bundled examples show what their header comments say: every finding
//! listed under "Findings a reviewer should expect" fires when the example is
//! checked alone, and the full list of findings is snapshotted for review.

use datalint::base::{SourceFile, Sources};
use datalint::check::{CheckOptions, check};
use datalint::rules::RuleSet;

const EXAMPLES: &[&str] = &[
    "city-mobility-concession",
    "credit-platform-zh",
    "eu-dga-reuse",
    "health-research-platform",
    "municipal-health-zh",
    "national-data-group",
    "patient-data-platform",
    "province-authorized-operation",
];

/// Every example but `mistakes.dsl` (the language errors, which
/// src/syntax/tests.rs pairs with their comments) is one of [`EXAMPLES`], so
/// none goes unchecked.
#[test]
fn every_example_is_checked_here() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".dsl").map(str::to_owned)
        })
        .filter(|name| name != "mistakes")
        .collect();
    on_disk.sort();
    assert_eq!(on_disk, EXAMPLES);
}

/// Rule codes named in the header between the "expect" line and the first
/// near-miss line.
fn expected_codes(text: &str) -> Vec<String> {
    let mut codes = Vec::new();
    let mut inside = false;
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        let lower = line.to_lowercase();
        if lower.contains("findings a reviewer should expect") {
            inside = true;
        }
        let near_misses = lower.contains("near miss")
            || lower.contains("not expected")
            || lower.contains("must not");
        if inside && near_misses {
            break;
        }
        if inside {
            for word in line.split(|c: char| !c.is_ascii_alphanumeric()) {
                let (letters, digits) = word.split_at(word.len().min(3));
                if ["MON", "PRV", "PTY", "TRN"].contains(&letters)
                    && digits.len() == 3
                    && digits.chars().all(|c| c.is_ascii_digit())
                {
                    codes.push(word.to_string());
                }
            }
        }
    }
    codes.sort();
    codes.dedup();
    codes
}

fn findings(name: &str) -> (String, Vec<(String, String)>) {
    let path = format!("examples/{name}.dsl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut sources = Sources::new();
    sources.add(SourceFile::new(path, text.clone()));
    let rules = RuleSet::load(&[]).unwrap_or_else(|f| panic!("{:#?}", f.diagnostics));
    let report = check(&sources, Vec::new(), &rules, CheckOptions::default());
    let found = report
        .diagnostics
        .iter()
        .map(|d| {
            let block = d
                .block()
                .and_then(|b| b.name(&sources))
                .unwrap_or("-")
                .to_string();
            (d.code().to_string(), block)
        })
        .collect();
    (text, found)
}

#[test]
fn examples_show_the_findings_their_headers_list() {
    for name in EXAMPLES {
        let (text, found) = findings(name);
        assert!(
            found.iter().all(|(code, _)| !code.starts_with('E')),
            "{name}: {found:?}"
        );
        let expected = expected_codes(&text);
        if *name == "eu-dga-reuse" {
            assert!(found.is_empty(), "{name} should be clean: {found:?}");
            continue;
        }
        assert!(!expected.is_empty(), "{name}: no expectations read");
        for code in &expected {
            assert!(
                found.iter().any(|(c, _)| c == code),
                "{name}: {code} listed but does not fire"
            );
        }
    }
}

#[test]
fn all_findings_on_the_examples() {
    let mut lines = Vec::new();
    for name in EXAMPLES {
        let (_, found) = findings(name);
        let mut found: Vec<String> = found
            .into_iter()
            .map(|(code, block)| format!("{name}: {code} {block}"))
            .collect();
        found.sort();
        lines.extend(found);
    }
    insta::assert_snapshot!(lines.join("\n"));
}
