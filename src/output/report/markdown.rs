//! The Markdown report: GitHub-flavoured Markdown for a pull-request
//! comment. A header with the verdict and a summary table, a table of the
//! open findings, their details in collapsible sections, the grants, the
//! waivers and an appendix (version, files, rules).
//!
//! Everything the user wrote is escaped (`src/output/markdown_text.rs`): `<`,
//! `>` and `&` become entities outside code blocks (GitHub renders raw HTML),
//! newlines become spaces, and table cells escape `|` and, outside code spans,
//! backslashes. Excerpts go in fenced code blocks whose fence is longer than
//! any backtick run inside.
//!
//! A GitHub comment holds at most 65,536 characters. The document is built
//! from units that are never split (a table row, a finding's details with its
//! code block); when it is longer than that, it is cut after the last unit
//! that fits, the open `<details>` are closed, and a note says how many
//! findings are not shown and where to find them all.

use super::{Excerpt, FindingItem, ReportData};
use crate::output::markdown_text::{cell, code, html, inline, text};

/// GitHub's limit for a comment, in characters.
pub const LIMIT: usize = 65_536;

/// The report as Markdown, at most [`LIMIT`] characters.
pub fn markdown(data: &ReportData) -> String {
    render(data, LIMIT)
}

fn render(data: &ReportData, limit: usize) -> String {
    let mut doc = Doc {
        units: Vec::new(),
        state: State::default(),
        chars: 0,
        limit,
    };
    header(data, &mut doc);
    findings(data, &mut doc);
    details(data, &mut doc);
    grants(data, &mut doc);
    waivers(data, &mut doc);
    appendix(data, &mut doc);
    let total = data.findings.iter().map(|f| f.items.len()).sum();
    doc.finish(total)
}

fn header(data: &ReportData, doc: &mut Doc) {
    doc.push(format!(
        "## datalint report: {}\n\n",
        text(&capped(&data.title, 300))
    ));
    let field = |value: &str| {
        if value.is_empty() {
            "—".to_string()
        } else {
            text(&capped(value, 200))
        }
    };
    doc.push(format!(
        "**Jurisdiction:** {} · **Status:** {} · **Date:** {}\n\n",
        field(&data.jurisdiction),
        field(&data.status),
        field(&data.date)
    ));
    let mark = if data.passes { "✅" } else { "❌" };
    doc.push(format!("{mark} **{}**\n\n", inline(&data.verdict)));
    doc.push("| family | errors | warnings | infos |\n| --- | ---: | ---: | ---: |\n");
    for f in &data.families {
        let name = if f.prefix == f.title {
            text(&f.prefix)
        } else {
            format!("{} {}", text(&f.prefix), text(&f.title))
        };
        doc.push(format!(
            "| {name} | {} | {} | {} |\n",
            f.errors, f.warnings, f.infos
        ));
    }
    let t = &data.totals;
    doc.push(format!(
        "| **total** | **{}** | **{}** | **{}** |\n\n",
        t.errors, t.warnings, t.infos
    ));
    if t.waived > 0 {
        let s = if t.waived == 1 { "" } else { "s" };
        doc.push(format!(
            "{} finding{s} waived: see Waivers below.\n\n",
            t.waived
        ));
    }
}

fn findings(data: &ReportData, doc: &mut Doc) {
    let total: usize = data.findings.iter().map(|f| f.items.len()).sum();
    doc.push(format!("### Findings ({total})\n\n"));
    if total == 0 {
        doc.push("No open findings.\n\n");
        return;
    }
    doc.push("| rule | severity | where | finding |\n| --- | --- | --- | --- |\n");
    for item in data.findings.iter().flat_map(|f| &f.items) {
        doc.row(|| {
            format!(
                "| {} {} | {} | {} | {} |\n",
                code(&item.code),
                text(&item.name),
                item.severity,
                code(&format!("{}:{}", item.path, item.line)),
                cell(&inline(&item.message))
            )
        });
    }
    doc.push("\n");
}

fn details(data: &ReportData, doc: &mut Doc) {
    if data.findings.iter().all(|f| f.items.is_empty()) {
        return;
    }
    doc.push("### Details\n\n");
    for family in &data.findings {
        let n = family.items.len();
        let name = if family.prefix == family.title {
            html(&family.prefix)
        } else {
            format!("{} {}", html(&family.prefix), html(&family.title))
        };
        doc.open(&format!(
            "{name}: {n} finding{}",
            if n == 1 { "" } else { "s" }
        ));
        for item in &family.items {
            doc.detail(|| finding_details(item));
        }
        doc.close();
    }
}

/// One finding: where, message, help, basis and the excerpt.
fn finding_details(item: &FindingItem) -> String {
    let mut out = format!(
        "**{} {}** ({}) at {}",
        code(&item.code),
        text(&item.name),
        item.severity,
        code(&format!("{}:{}:{}", item.path, item.line, item.column))
    );
    if !item.block.is_empty() {
        out.push_str(&format!(", {}", text(&item.block)));
    }
    out.push_str(&format!("\n\n{}\n\n", inline(&item.message)));
    if !item.help.is_empty() {
        out.push_str(&format!("**Help:** {}\n\n", inline(&item.help)));
    }
    if !item.basis.is_empty() {
        out.push_str("**Basis:**\n\n");
        for b in &item.basis {
            if b.paraphrase {
                out.push_str(&format!(
                    "- {}: (paraphrase) {}\n",
                    text(&b.source),
                    text(&b.quote)
                ));
            } else {
                out.push_str(&format!("- {}: \"{}\"\n", text(&b.source), text(&b.quote)));
            }
        }
        out.push('\n');
    }
    out.push_str(&excerpt_block(&item.excerpt));
    out
}

/// The excerpt's lines with their numbers, and carets under the flagged
/// characters, in a fenced code block; empty when there is no excerpt.
fn excerpt_block(e: &Excerpt) -> String {
    if e.line == 0 || (e.before.is_empty() && e.flagged.is_empty() && e.after.is_empty()) {
        return String::new();
    }
    let full = format!("{}{}{}", e.before, e.flagged, e.after);
    let (start, end) = (e.before.len(), e.before.len() + e.flagged.len());
    let lines: Vec<&str> = full.split('\n').collect();
    let width = (e.line as usize + lines.len() - 1).to_string().len();
    let mut body = String::new();
    let mut offset = 0;
    for (i, line) in lines.iter().enumerate() {
        let shown = line.trim_end_matches('\r');
        body.push_str(&format!("{:>width$} | {shown}\n", e.line as usize + i));
        let (from, to) = (start.max(offset), end.min(offset + shown.len()));
        if from < to {
            let lead: String = shown[..from - offset]
                .chars()
                .map(|c| match c {
                    '\t' => "\t",
                    c if wide(c) => "  ",
                    _ => " ",
                })
                .collect();
            let marks = "^".repeat(
                shown[from - offset..to - offset]
                    .chars()
                    .map(|c| if wide(c) { 2 } else { 1 })
                    .sum(),
            );
            body.push_str(&format!("{:width$} | {lead}{marks}\n", ""));
        }
        offset += line.len() + 1;
    }
    let fence = "`".repeat(longest_run(&body, '`').max(2) + 1);
    format!("{fence}text\n{body}{fence}\n\n")
}

fn grants(data: &ReportData, doc: &mut Doc) {
    doc.push(format!("### Grants ({})\n\n", data.grants.len()));
    if data.grants.is_empty() {
        doc.push("none\n\n");
        return;
    }
    doc.push(
        "| grant | operator | scope | datasets | exclusive | term | selection | findings |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    let or_dash = |s: &str| {
        if s.is_empty() {
            "—".to_string()
        } else {
            text(s)
        }
    };
    for g in &data.grants {
        let mut name = code(&g.name);
        if !g.title.is_empty() {
            name.push_str(&format!(" {}", text(&g.title)));
        }
        let datasets = g
            .datasets
            .iter()
            .map(|d| {
                if d.sensitive {
                    format!("{} **(sensitive)**", code(&d.name))
                } else {
                    code(&d.name)
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let found = g
            .findings
            .iter()
            .map(|(p, n)| format!("{} {n}", text(p)))
            .collect::<Vec<_>>()
            .join(" · ");
        doc.push(format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} |\n",
            or_dash(&g.operator),
            or_dash(&g.scope),
            if datasets.is_empty() {
                "—".to_string()
            } else {
                datasets
            },
            or_dash(&g.exclusive),
            or_dash(&g.term),
            or_dash(&g.selection),
            if found.is_empty() {
                "—".to_string()
            } else {
                found
            },
        ));
    }
    doc.push("\n");
}

fn waivers(data: &ReportData, doc: &mut Doc) {
    doc.push(format!("### Waivers ({})\n\n", data.waivers.len()));
    if data.waivers.is_empty() {
        doc.push("none\n\n");
        return;
    }
    doc.push("| rule | where | reason |\n| --- | --- | --- |\n");
    for w in &data.waivers {
        let reason = match w.waived.as_deref() {
            Some(reason) if !reason.trim().is_empty() => text(reason),
            _ => "*(no reason given)*".to_string(),
        };
        doc.push(format!(
            "| {} {} | {} | {reason} |\n",
            code(&w.code),
            text(&w.name),
            code(&format!("{}:{}", w.path, w.line))
        ));
    }
    doc.push("\n");
}

fn appendix(data: &ReportData, doc: &mut Doc) {
    doc.push(format!(
        "### Appendix\n\ndatalint {}, generated {}.\n\n",
        text(data.version),
        text(&data.generated)
    ));
    if !data.files.is_empty() {
        doc.push("| file | bytes | SHA-256 |\n| --- | ---: | --- |\n");
        for f in &data.files {
            doc.push(format!(
                "| {} | {} | `{}` |\n",
                text(&f.path),
                f.bytes,
                text(&f.sha256)
            ));
        }
        doc.push("\n");
    }
    if !data.rules.is_empty() {
        doc.open(&format!("Rules applied ({})", data.rules.len()));
        for r in &data.rules {
            doc.push(format!(
                "- {} {} ({}, {})\n",
                code(&r.code),
                text(&r.name),
                text(&r.family),
                r.severity
            ));
        }
        doc.push("\n");
        doc.close();
    }
}

// The document and its cutting ------------------------------------------------

/// A piece of the document that is never split.
struct Unit {
    text: String,
    chars: usize,
}

/// The state after a unit: the `<details>` open, and how many finding rows
/// and finding details the document has shown up to there.
#[derive(Clone, Copy, Default)]
struct State {
    depth: usize,
    rows: usize,
    details: usize,
}

struct Doc {
    units: Vec<(Unit, State)>,
    state: State,
    /// The characters pushed so far, and the limit.
    chars: usize,
    limit: usize,
}

impl Doc {
    fn push(&mut self, text: impl Into<String>) {
        let text = text.into();
        let chars = text.chars().count();
        self.chars += chars;
        self.units.push((Unit { text, chars }, self.state));
    }

    /// A row of the findings table. Once the document is past the limit,
    /// rows and details are only counted: they could not be shown.
    fn row(&mut self, text: impl FnOnce() -> String) {
        self.state.rows += 1;
        self.lazy(text);
    }

    /// A finding's details.
    fn detail(&mut self, text: impl FnOnce() -> String) {
        self.state.details += 1;
        self.lazy(text);
    }

    fn lazy(&mut self, text: impl FnOnce() -> String) {
        if self.chars > self.limit {
            self.units.push((
                Unit {
                    text: String::new(),
                    chars: 0,
                },
                self.state,
            ));
        } else {
            self.push(text());
        }
    }

    /// Opens a collapsible section; `summary` is HTML-escaped already.
    fn open(&mut self, summary: &str) {
        self.state.depth += 1;
        self.push(format!("<details><summary>{summary}</summary>\n\n"));
    }

    fn close(&mut self) {
        self.state.depth -= 1;
        self.push("</details>\n\n");
    }

    /// The document, or its longest prefix of whole units that fits in
    /// `limit` characters with the closing tags and the note.
    fn finish(self, findings: usize) -> String {
        let limit = self.limit;
        if self.chars <= limit {
            return self.units.into_iter().map(|(u, _)| u.text).collect();
        }
        let tail = |state: State| -> String {
            let mut tail = "\n</details>\n".repeat(state.depth);
            tail.push_str(&cut_note(findings, state));
            tail
        };
        let mut used = 0;
        let mut best = (0, tail(State::default()));
        for (i, (unit, after)) in self.units.iter().enumerate() {
            used += unit.chars;
            if used > limit {
                break;
            }
            let t = tail(*after);
            if used + t.chars().count() <= limit {
                best = (i + 1, t);
            }
        }
        let mut out: String = self
            .units
            .into_iter()
            .take(best.0)
            .map(|(u, _)| u.text)
            .collect();
        out.push_str(&best.1);
        out
    }
}

/// The note that ends a cut report.
fn cut_note(findings: usize, shown: State) -> String {
    let missing = if shown.rows < findings {
        format!(
            "{} of {findings} findings are not shown",
            findings - shown.rows
        )
    } else if shown.details < findings {
        format!(
            "all {findings} findings are listed, but the details of {} are not shown",
            findings - shown.details
        )
    } else {
        "all findings are shown, but the later sections are not".to_string()
    };
    format!(
        "\n---\n\n> [!WARNING]\n> This report was cut to fit GitHub's limit of 65,536 characters for a comment: \
         {missing}. The HTML report has everything: `datalint report … --output report.html`.\n"
    )
}

/// `s`, cut to `max` characters with `…`.
fn capped(s: &str, max: usize) -> String {
    if s.chars().count() > max {
        s.chars().take(max).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for ch in s.chars() {
        run = if ch == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Whether `c` takes two columns in a monospace font (East Asian wide and
/// fullwidth characters, roughly).
fn wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::report::{FamilyFindings, FindingItem};

    fn item(i: usize) -> FindingItem {
        FindingItem {
            code: "MON001".into(),
            name: "exclusive-grant".into(),
            severity: "error",
            message: format!("grant `g{i}` is exclusive"),
            path: "a.dsl".into(),
            line: i as u32 + 1,
            column: 1,
            excerpt: Excerpt {
                line: i as u32 + 1,
                before: "  x ".into(),
                flagged: "```".into(),
                after: String::new(),
            },
            ..FindingItem::default()
        }
    }

    #[test]
    fn fences_are_longer_than_backtick_runs() {
        let block = excerpt_block(&item(0).excerpt);
        assert!(block.starts_with("````text\n"), "{block}");
        assert!(block.contains("1 |   x ```\n  |     ^^^\n"), "{block}");
        assert!(block.ends_with("````\n\n"));
    }

    #[test]
    fn carets_count_wide_characters_twice() {
        let e = Excerpt {
            line: 9,
            before: "  text \"党的".into(),
            flagged: "领导".into(),
            after: "\"".into(),
        };
        assert!(
            excerpt_block(&e).contains("9 |   text \"党的领导\"\n  |             ^^^^\n"),
            "{}",
            excerpt_block(&e)
        );
    }

    #[test]
    fn cut_reports_close_details_and_say_what_is_missing() {
        let data = ReportData {
            title: "t".into(),
            findings: vec![FamilyFindings {
                prefix: "MON".into(),
                title: "Monopolization".into(),
                items: (0..500).map(item).collect(),
            }],
            ..ReportData::default()
        };
        let full = render(&data, usize::MAX);
        for limit in [2_000, 30_000, full.chars().count() - 10] {
            let out = render(&data, limit);
            assert!(out.chars().count() <= limit, "{limit}");
            assert!(out.ends_with("--output report.html`.\n"));
            assert_eq!(
                out.matches("<details>").count(),
                out.matches("</details>").count()
            );
        }
        assert!(render(&data, 2_000).contains("of 500 findings are not shown"));
    }
}
