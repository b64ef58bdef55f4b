//! `datalint test`: rule fixtures annotated `# expect: CODE` and `# ok: CODE`,
//! and the `example` of every rule.

use std::path::Path;

use crate::base::{SourceFile, Sources};
use crate::check::{CheckOptions, check};
use crate::workspace;

use super::RuleSet;

/// A missed or unexpected finding.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub path: String,
    pub line: u32,
    pub code: String,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct Outcome {
    pub fixtures: usize,
    pub expectations: usize,
    pub examples: usize,
    pub problems: Vec<Problem>,
}

/// What a fixture says about one line.
struct Annotation {
    code: String,
    line: u32,
    /// `expect` (must fire) or `ok` (must not).
    expect: bool,
    /// The line of the comment itself.
    comment_line: u32,
}

fn annotations(text: &str) -> Vec<Annotation> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let (expect, rest) = if let Some(rest) = trimmed.strip_prefix("# expect:") {
            (true, rest)
        } else if let Some(rest) = trimmed.strip_prefix("# ok:") {
            (false, rest)
        } else {
            continue;
        };
        // The annotated line is the next one that is not itself an annotation.
        let target = (i + 1..lines.len())
            .find(|&j| {
                let t = lines[j].trim_start();
                !(t.starts_with("# expect:") || t.starts_with("# ok:"))
            })
            .unwrap_or(i + 1);
        for code in rest.split([',', ' ']).filter(|c| !c.is_empty()) {
            out.push(Annotation {
                code: code.to_string(),
                line: target as u32 + 1,
                expect,
                comment_line: i as u32 + 1,
            });
        }
    }
    out
}

/// Runs every fixture under `dir` and every rule's example.
pub fn run(rules: &RuleSet, dir: &Path) -> Result<Outcome, workspace::LoadError> {
    let paths = workspace::discover(&[dir.to_path_buf()])?;
    let mut outcome = Outcome::default();
    for path in paths {
        let (sources, load_errors) = workspace::load(std::slice::from_ref(&path))?;
        let file = sources.get(crate::base::FileId(0));
        let shown = file.path.clone();
        let notes = annotations(&file.text);
        outcome.fixtures += 1;
        outcome.expectations += notes.len();
        for note in &notes {
            if rules.find(&note.code).is_none() {
                outcome.problems.push(Problem {
                    path: shown.clone(),
                    line: note.comment_line,
                    code: note.code.clone(),
                    message: format!("the annotation names `{}`, which is no rule", note.code),
                });
            }
        }
        let report = check(&sources, load_errors, rules, CheckOptions::default());
        let found: Vec<(String, u32)> = report
            .diagnostics
            .iter()
            .map(|d| (d.code().to_string(), file.line_col(d.span.start).line))
            .collect();
        for d in report.diagnostics.iter().filter(|d| d.family().is_none()) {
            outcome.problems.push(Problem {
                path: shown.clone(),
                line: file.line_col(d.span.start).line,
                code: d.code().to_string(),
                message: format!("the fixture itself has an error: {}", d.message),
            });
        }
        let tested: Vec<&str> = notes.iter().map(|n| n.code.as_str()).collect();
        for note in notes.iter().filter(|n| n.expect) {
            if !found
                .iter()
                .any(|(code, line)| *code == note.code && *line == note.line)
            {
                outcome.problems.push(Problem {
                    path: shown.clone(),
                    line: note.line,
                    code: note.code.clone(),
                    message: format!(
                        "missed: expected {} to start on line {}",
                        note.code, note.line
                    ),
                });
            }
        }
        for (code, line) in &found {
            if !tested.contains(&code.as_str()) {
                continue;
            }
            let expected = notes
                .iter()
                .any(|n| n.expect && n.code == *code && n.line == *line);
            if !expected {
                let ok_line = notes
                    .iter()
                    .any(|n| !n.expect && n.code == *code && n.line == *line);
                let why = if ok_line {
                    "marked `# ok`"
                } else {
                    "not annotated"
                };
                outcome.problems.push(Problem {
                    path: shown.clone(),
                    line: *line,
                    code: code.clone(),
                    message: format!("unexpected: {code} fires on line {line} ({why})"),
                });
            }
        }
    }
    for rule in &rules.rules {
        let Some(example) = &rule.example else {
            continue;
        };
        outcome.examples += 1;
        let mut sources = Sources::new();
        sources.add(SourceFile::new(
            format!("{} example", rule.code()),
            example.clone(),
        ));
        let report = check(&sources, Vec::new(), rules, CheckOptions::default());
        let fires = report.diagnostics.iter().any(|d| *d.code() == *rule.code());
        let broken = report.diagnostics.iter().find(|d| d.family().is_none());
        if !fires || broken.is_some() {
            let message = match broken {
                Some(d) => format!(
                    "the example of {} has an error: {} {}",
                    rule.code(),
                    d.code(),
                    d.message
                ),
                None => format!("the example of {} does not make it fire", rule.code()),
            };
            outcome.problems.push(Problem {
                path: rule.origin.clone(),
                line: 1,
                code: rule.code().to_string(),
                message,
            });
        }
    }
    outcome.problems.sort();
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_target_the_next_line() {
        let notes = annotations("a\n# expect: X1, X2\n# ok: X3\nline\n");
        let summary: Vec<_> = notes
            .iter()
            .map(|n| (n.code.as_str(), n.line, n.expect))
            .collect();
        assert_eq!(
            summary,
            vec![("X1", 4, true), ("X2", 4, true), ("X3", 4, false)]
        );
    }
}
