//! Precision on real text: every article of nine real statutes (copied from
//! the shared corpus into tests/corpus/) becomes a clause, and the clause-text
//! rules must fire only where the text really says so.

use datalint::base::{SourceFile, Sources};
use datalint::check::{CheckOptions, check};
use datalint::rules::RuleSet;

/// (article heading, text) for each `第…条` paragraph group of a statute.
fn articles(markdown: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in markdown.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with("<!--") {
            continue;
        }
        if line.starts_with('第')
            && let Some(end) = line.find('条')
            && end < 30
        {
            out.push((line[..end + '条'.len_utf8()].to_string(), line.to_string()));
        } else if let Some(last) = out.last_mut()
            && !line.is_empty()
        {
            last.1.push('\n');
            last.1.push_str(line);
        }
    }
    out
}

/// The clause-text findings on a statute: (article, code).
fn findings(file: &str) -> Vec<(String, String)> {
    let markdown = std::fs::read_to_string(format!("tests/corpus/{file}.md")).unwrap();
    let articles = articles(&markdown);
    assert!(articles.len() > 10, "{file}: {} articles", articles.len());
    let mut text = String::from("policy \"corpus\" {\n  jurisdiction \"CN\"\n}\n");
    let mut starts = Vec::new();
    for (i, (heading, body)) in articles.iter().enumerate() {
        starts.push((text.len(), heading.clone()));
        text.push_str(&format!(
            "clause a{i} \"{heading}\" {{\n  text \"\"\"\n{body}\n\"\"\"\n}}\n"
        ));
    }
    let mut sources = Sources::new();
    sources.add(SourceFile::new(file, text));
    let rules = RuleSet::load(&[]).unwrap_or_else(|f| panic!("{:#?}", f.diagnostics));
    let report = check(&sources, Vec::new(), &rules, CheckOptions::default());
    report
        .diagnostics
        .iter()
        .map(|d| {
            assert!(d.family().is_some(), "{file}: {d:?}");
            let at = d.span.start as usize;
            let article = starts
                .iter()
                .rev()
                .find(|(start, _)| *start <= at)
                .map_or("policy".to_string(), |(_, h)| h.clone());
            (article, d.code().to_string())
        })
        .collect()
}

const FILES: &[&str] = &[
    "administrative-licensing-law-2019",
    "beijing-digital-economy-2022",
    "fair-competition-review-regulation-2024",
    "government-procurement-law-2014",
    "pipl-2021",
    "shandong-big-data-2021",
    "shanghai-data-regulations-2021",
    "shenzhen-data-regulations-2021",
    "zhejiang-digital-economy-2020",
];

#[test]
fn party_leadership_only_where_the_formula_stands() {
    let fcr = findings("fair-competition-review-regulation-2024");
    let pty001: Vec<_> = fcr
        .iter()
        .filter(|(_, c)| c == "PTY001")
        .map(|(a, _)| a.as_str())
        .collect();
    assert_eq!(pty001, vec!["第三条"]);
    for file in [
        "pipl-2021",
        "shanghai-data-regulations-2021",
        "shenzhen-data-regulations-2021",
        "beijing-digital-economy-2022",
        "zhejiang-digital-economy-2020",
        "shandong-big-data-2021",
    ] {
        let hits: Vec<_> = findings(file)
            .into_iter()
            .filter(|(_, c)| c == "PTY001")
            .collect();
        assert!(hits.is_empty(), "{file}: {hits:?}");
    }
}

#[test]
fn negated_and_free_clauses_stay_silent() {
    let shanghai = findings("shanghai-data-regulations-2021");
    assert!(
        !shanghai
            .iter()
            .any(|(a, c)| a == "第四十条" && c == "PRV010"),
        "{shanghai:?}"
    );
    let shenzhen = findings("shenzhen-data-regulations-2021");
    assert!(
        !shenzhen
            .iter()
            .any(|(a, c)| a == "第四十七条" && c == "MON012"),
        "{shenzhen:?}"
    );
}

/// Every clause-rule hit on the corpus, read and judged once: a change in
/// what fires shows up here for review.
#[test]
fn all_hits_on_the_corpus() {
    let mut lines = Vec::new();
    for file in FILES {
        for (article, code) in findings(file) {
            lines.push(format!("{file} {article}: {code}"));
        }
    }
    insta::assert_snapshot!(lines.join("\n"));
}
