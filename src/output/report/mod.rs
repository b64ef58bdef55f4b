//! Reviewer reports (`datalint report`): what a policy analyst reads. This
//! module gathers everything a report shows into plain owned data
//! ([`ReportData`]); `html.rs` and `markdown.rs` lay it out.

pub mod html;
pub mod markdown;

use sha2::{Digest, Sha256};

use crate::base::{Diagnostic, Severity, Sources, Span};
use crate::diagnostics::{FailOn, Report};
use crate::model::{BlockKind, Model, Value};
use crate::rules::RuleSet;

/// The families in the order reports show them, with their prefixes.
pub const FAMILIES: &[(&str, &str, &str)] = &[
    ("MON", "monopolization", "Monopolization"),
    ("PRV", "privacy-exposure", "Privacy exposure"),
    (
        "PTY",
        "party-control",
        "Party control and independence of oversight",
    ),
    ("TRN", "transparency", "Transparency and accountability"),
];

#[derive(Debug, Clone, Default)]
pub struct ReportData {
    /// The policy's title, or a generic one when no file has a policy.
    pub title: String,
    pub jurisdiction: String,
    pub status: String,
    pub date: String,
    /// One sentence: whether the drafts pass at the fail level, and why.
    pub verdict: String,
    pub passes: bool,
    pub totals: Totals,
    /// Per family (the four of rules.md, then "language" for syntax and
    /// schema errors and any family of a user's own), in that order.
    pub families: Vec<FamilyCount>,
    pub grants: Vec<GrantRow>,
    /// Findings grouped by family, in the order of `families`; waived ones
    /// are in `waivers` instead.
    pub findings: Vec<FamilyFindings>,
    pub clauses: Vec<ClauseRow>,
    pub waivers: Vec<FindingItem>,
    pub rules: Vec<RuleRow>,
    pub files: Vec<FileRow>,
    pub version: &'static str,
    /// UTC, ISO 8601; `SOURCE_DATE_EPOCH` fixes it for reproducible reports.
    pub generated: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub waived: usize,
}

#[derive(Debug, Clone, Default)]
pub struct FamilyCount {
    /// `MON`, `PRV`, … or `E` for language errors, or the family's name.
    pub prefix: String,
    pub title: String,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

#[derive(Debug, Clone, Default)]
pub struct GrantRow {
    pub name: String,
    pub title: String,
    pub operator: String,
    pub scope: String,
    pub term: String,
    pub exclusive: String,
    pub selection: String,
    pub datasets: Vec<DatasetCell>,
    /// Findings about the grant per family prefix (only families with some).
    pub findings: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Default)]
pub struct DatasetCell {
    pub name: String,
    pub sensitive: bool,
}

#[derive(Debug, Clone, Default)]
pub struct FamilyFindings {
    pub prefix: String,
    pub title: String,
    pub items: Vec<FindingItem>,
}

#[derive(Debug, Clone, Default)]
pub struct FindingItem {
    pub code: String,
    pub name: String,
    pub severity: &'static str,
    pub message: String,
    pub help: String,
    pub path: String,
    pub line: u32,
    pub column: u32,
    /// `grant g1`, or empty.
    pub block: String,
    pub excerpt: Excerpt,
    pub basis: Vec<BasisItem>,
    pub waived: Option<String>,
}

/// The source line(s) of a finding, split around the flagged characters.
#[derive(Debug, Clone, Default)]
pub struct Excerpt {
    pub line: u32,
    pub before: String,
    pub flagged: String,
    pub after: String,
}

#[derive(Debug, Clone, Default)]
pub struct BasisItem {
    pub source: String,
    pub quote: String,
    pub paraphrase: bool,
}

#[derive(Debug, Clone, Default)]
pub struct ClauseRow {
    pub name: String,
    pub title: String,
    pub path: String,
    /// The text as written, cut where findings flag characters.
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, Default)]
pub struct Segment {
    pub text: String,
    /// The codes of the findings that flag this stretch.
    pub codes: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct RuleRow {
    pub code: String,
    pub name: String,
    pub family: String,
    pub severity: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct FileRow {
    pub path: String,
    pub bytes: usize,
    pub sha256: String,
}

/// Gathers what a report shows.
pub fn gather(
    model: &Model<'_>,
    report: &Report,
    sources: &Sources,
    rules: &RuleSet,
    fail_on: FailOn,
) -> ReportData {
    let mut data = ReportData {
        title: "Policy drafts".into(),
        version: env!("CARGO_PKG_VERSION"),
        generated: generated_at(),
        ..ReportData::default()
    };
    if let Some(&id) = model.policies.first() {
        let policy = model.block(id);
        if let Some(title) = policy.title {
            data.title = model.text(policy, title).value().into_owned();
        }
        data.jurisdiction = shown(model, policy, "jurisdiction");
        data.status = shown(model, policy, "status");
        data.date = shown(model, policy, "date");
    }
    let s = &report.summary;
    data.totals = Totals {
        errors: s.errors,
        warnings: s.warnings,
        infos: s.infos,
        waived: s.waived,
    };
    data.passes = !report.fails(fail_on);
    let threshold = fail_on.threshold().map_or("never", Severity::as_str);
    data.verdict = if data.passes {
        format!(
            "Passes at the `{threshold}` level: no finding at or above it ({} errors, {} warnings, {} waived).",
            s.errors, s.warnings, s.waived
        )
    } else {
        format!(
            "Does not pass: {} errors and {} warnings, of which at least one is at or above the `{threshold}` level ({} waived).",
            s.errors, s.warnings, s.waived
        )
    };
    let family_of = |d: &Diagnostic| -> (String, String) {
        match &d.family() {
            None => (
                "E".into(),
                "Language errors (syntax, schema, waivers)".into(),
            ),
            Some(f) => FAMILIES
                .iter()
                .find(|(_, name, _)| **name == **f)
                .map(|(p, _, t)| (p.to_string(), t.to_string()))
                .unwrap_or_else(|| (f.to_string(), f.to_string())),
        }
    };
    for (prefix, _, title) in FAMILIES {
        data.families.push(FamilyCount {
            prefix: prefix.to_string(),
            title: title.to_string(),
            ..FamilyCount::default()
        });
    }
    for d in &report.diagnostics {
        let item = finding_item(d, sources);
        if d.waived().is_some() {
            data.waivers.push(item);
            continue;
        }
        let (prefix, title) = family_of(d);
        let count = match data.families.iter_mut().find(|f| f.prefix == prefix) {
            Some(count) => count,
            None => {
                data.families.push(FamilyCount {
                    prefix: prefix.clone(),
                    title: title.clone(),
                    ..FamilyCount::default()
                });
                data.families.last_mut().expect("pushed")
            }
        };
        match d.severity {
            Severity::Error => count.errors += 1,
            Severity::Warning => count.warnings += 1,
            Severity::Info => count.infos += 1,
        }
        match data.findings.iter_mut().find(|f| f.prefix == prefix) {
            Some(group) => group.items.push(item),
            None => data.findings.push(FamilyFindings {
                prefix,
                title,
                items: vec![item],
            }),
        }
    }
    let order = |prefix: &str| {
        FAMILIES
            .iter()
            .position(|(p, _, _)| *p == prefix)
            .unwrap_or(FAMILIES.len())
    };
    data.findings.sort_by_key(|f| order(&f.prefix));
    // Findings about each grant per family, counted in one pass.
    let mut per_grant: std::collections::HashMap<&str, Vec<(String, usize)>> =
        std::collections::HashMap::new();
    for d in report.diagnostics.iter().filter(|d| d.waived().is_none()) {
        let Some(block) = d.block() else { continue };
        let (Some(name), BlockKind::Grant) = (block.name(sources), block.kind) else {
            continue;
        };
        let (prefix, _) = family_of(d);
        let counts = per_grant.entry(name).or_default();
        match counts.iter_mut().find(|(p, _)| *p == prefix) {
            Some(entry) => entry.1 += 1,
            None => counts.push((prefix, 1)),
        }
    }
    for (_, grant) in model.of_kind(BlockKind::Grant) {
        let name = grant.name.unwrap_or("").to_string();
        let mut row = GrantRow {
            title: grant
                .title
                .map(|t| model.text(grant, t).value().into_owned())
                .unwrap_or_default(),
            operator: shown(model, grant, "operator"),
            scope: shown(model, grant, "scope"),
            term: shown(model, grant, "term"),
            exclusive: shown(model, grant, "exclusive"),
            selection: shown(model, grant, "selection"),
            datasets: model
                .refs(grant, "datasets")
                .map(|(id, _)| {
                    let dataset = model.block(id);
                    DatasetCell {
                        name: dataset.name.unwrap_or("").to_string(),
                        sensitive: sensitive(model, dataset),
                    }
                })
                .collect(),
            name: name.clone(),
            findings: Vec::new(),
        };
        if let Some(counts) = per_grant.remove(name.as_str()) {
            row.findings = counts;
        }
        row.findings.sort_by_key(|(p, _)| order(p));
        data.grants.push(row);
    }
    // A clause finds the diagnostics inside its text by binary search rather
    // than by reading them all (8,540 clauses and 113,667 findings made a
    // billion comparisons).
    let starts = crate::diagnostics::StartIndex::new(report.diagnostics.iter().map(|d| &**d));
    let mut inside: Vec<usize> = Vec::new();
    for (_, clause) in model.of_kind(BlockKind::Clause) {
        let Some(Value::Text(text)) = model.get(clause, "text") else {
            continue;
        };
        let literal = model.text(clause, text);
        let raw_start = literal.raw_start as usize;
        let shown = sources.get(clause.file).display_text();
        let raw = &shown[raw_start..raw_start + literal.raw.len()];
        let raw_end = raw_start + raw.len();
        inside.clear();
        inside.extend(starts.starting_in(clause.file, raw_start as u32, raw_end as u32));
        // In the report's order, as before.
        inside.sort_unstable();
        let flagged: Vec<(Span, &str)> = inside
            .iter()
            .map(|&at| &report.diagnostics[at])
            .filter(|d| (d.span.end as usize) <= raw_end)
            .map(|d| {
                (
                    Span::new(
                        d.span.start as usize - raw_start,
                        d.span.end as usize - raw_start,
                    ),
                    d.code(),
                )
            })
            .collect();
        data.clauses.push(ClauseRow {
            name: clause.name.unwrap_or("").to_string(),
            title: clause
                .title
                .map(|t| model.text(clause, t).value().into_owned())
                .unwrap_or_default(),
            path: sources.get(clause.file).path.clone(),
            segments: segments(raw, &flagged),
        });
    }
    data.rules = rules
        .rules
        .iter()
        .map(|r| RuleRow {
            code: r.code().to_string(),
            name: r.name().to_string(),
            family: r.family().to_string(),
            severity: r.severity.as_str(),
        })
        .collect();
    data.files = sources
        .iter()
        .map(|(_, f)| FileRow {
            path: f.path.clone(),
            bytes: f.text.len(),
            sha256: Sha256::digest(f.text.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        })
        .collect();
    data
}

/// An attribute's value as written in the file, or empty.
fn shown(model: &Model<'_>, block: &crate::model::Block<'_>, name: &str) -> String {
    match model.attr(block, name) {
        Some(attr) => match attr.value {
            Value::Text(t) => model.text(block, t).value().into_owned(),
            Value::Ref(id) => model.block(id).name.unwrap_or("").to_string(),
            _ => model.source(block, attr.span).to_string(),
        },
        None => String::new(),
    }
}

fn sensitive(model: &Model<'_>, dataset: &crate::model::Block<'_>) -> bool {
    let taxonomy = crate::model::Taxonomy::builtin();
    match model.get(dataset, "categories") {
        Some(Value::List(list)) => model.items(dataset, list).any(|item| match item.value {
            Value::Category(c) => taxonomy.category(c).sensitive,
            _ => false,
        }),
        _ => false,
    }
}

fn finding_item(d: &Diagnostic, sources: &Sources) -> FindingItem {
    let file = sources.get(d.file);
    let at = file.line_col(d.span.start);
    FindingItem {
        code: d.code().to_string(),
        name: d.name().to_string(),
        severity: d.severity.as_str(),
        message: d.message.to_string(),
        help: d.help().unwrap_or("").to_string(),
        path: file.path.clone(),
        line: at.line,
        column: at.column,
        block: d
            .block()
            .map(|b| match b.name(sources) {
                Some(name) => format!("{} {name}", b.kind.name()),
                None => b.kind.name().to_string(),
            })
            .unwrap_or_default(),
        // Invisible characters are shown as U+FFFD, as in the terminal.
        excerpt: excerpt(file.display_text(), d.span, at.line),
        basis: d
            .basis()
            .iter()
            .map(|b| BasisItem {
                source: b.source.to_string(),
                quote: b.quote.to_string(),
                paraphrase: b.paraphrase,
            })
            .collect(),
        waived: d.waived().as_ref().map(|w| w.reason.clone()),
    }
}

/// The line of `span`'s start (line number `line`, from the file's line
/// table: counting the line breaks before it made a report quadratic in
/// the file), split around the flagged characters (at most 300 of them;
/// the rest of a long span is cut with `…`).
fn excerpt(text: &str, span: Span, line: u32) -> Excerpt {
    let start = (span.start as usize).min(text.len());
    let end = (span.end as usize).clamp(start, text.len());
    let mut flagged: String = text[start..end].to_string();
    if flagged.chars().count() > 300 {
        flagged = flagged.chars().take(300).collect::<String>() + "…";
    }
    // At most CONTEXT bytes of the line on either side, cut with `…`: a
    // report of many findings on one long line (a list of thousands of
    // references) copied the whole line for each.
    let mut from = start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // The line break may stand just outside the window: the line is whole.
    let bytes = text.as_bytes();
    let before = match memchr::memrchr(b'\n', &bytes[from.saturating_sub(1)..start]) {
        Some(i) => text[from.saturating_sub(1) + i + 1..start].to_string(),
        None if from == 0 => text[..start].to_string(),
        None => format!("…{}", &text[from..start]),
    };
    let mut to = (end + CONTEXT).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = match memchr::memchr(b'\n', &bytes[end..(to + 1).min(text.len())]) {
        Some(i) => text[end..end + i].trim_end_matches('\r').to_string(),
        None if to == text.len() => text[end..].trim_end_matches('\r').to_string(),
        None => format!("{}…", &text[end..to]),
    };
    Excerpt {
        line,
        before,
        flagged,
        after,
    }
}

/// How much of a finding's line a report shows on either side of it, in
/// bytes (a long line is cut with `…`).
const CONTEXT: usize = 300;

/// `text` cut at the edges of the flagged ranges, each piece with the codes
/// that flag it.
fn segments(text: &str, flagged: &[(Span, &str)]) -> Vec<Segment> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (span, _) in flagged {
        cuts.push(span.start as usize);
        cuts.push(span.end as usize);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (from, to) = (w[0], w[1]);
            let mut codes: Vec<String> = flagged
                .iter()
                .filter(|(span, _)| {
                    (span.start as usize) <= from && to <= span.end as usize && from < to
                })
                .map(|(_, code)| code.to_string())
                .collect();
            codes.dedup();
            Segment {
                text: text[from..to].to_string(),
                codes,
            }
        })
        .filter(|s| !s.text.is_empty())
        .collect()
}

/// Now (or `SOURCE_DATE_EPOCH`) as `YYYY-MM-DDTHH:MM:SSZ`.
fn generated_at() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    iso_utc(seconds)
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
fn iso_utc(seconds: i64) -> String {
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_epoch_seconds() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(1_740_355_200), "2025-02-24T00:00:00Z");
        assert_eq!(iso_utc(1_709_208_000 + 3_723), "2024-02-29T13:02:03Z");
    }

    #[test]
    fn segments_cut_at_flagged_ranges() {
        let text = "坚持党的领导，依法运营。";
        let flagged = [(Span::new(0, 18), "PTY001")];
        let parts = segments(text, &flagged);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].text, "坚持党的领导");
        assert_eq!(parts[0].codes, vec!["PTY001".to_string()]);
        assert!(parts[1].codes.is_empty());
    }

    #[test]
    fn excerpts_split_the_line() {
        let text = "a\n  term 20y\nb";
        let file = crate::base::SourceFile::new("t", text.to_string());
        let span = Span::new(9, 12);
        // The line number comes from the file's line table, as in a report.
        let e = excerpt(text, span, file.line_col(span.start).line);
        assert_eq!(
            (
                e.line,
                e.before.as_str(),
                e.flagged.as_str(),
                e.after.as_str()
            ),
            (2, "  term ", "20y", "")
        );
    }

    /// A long line is cut `CONTEXT` bytes from the finding, on a character
    /// boundary, with `…`; a line that ends sooner is shown whole.
    #[test]
    fn excerpts_of_long_lines_are_cut() {
        let left = "中".repeat(200);
        let right = "x".repeat(400);
        let text = format!("a\n{left}FLAG{right}\r\nb");
        let start = text.find("FLAG").unwrap();
        let e = excerpt(&text, Span::new(start, start + 4), 2);
        assert_eq!(e.flagged, "FLAG");
        assert_eq!(e.before, format!("…{}", "中".repeat(100)));
        assert_eq!(e.after, format!("{}…", "x".repeat(CONTEXT)));
        let short = format!("a\n{}FLAG{}\r\nb", "中".repeat(50), "x".repeat(200));
        let start = short.find("FLAG").unwrap();
        let e = excerpt(&short, Span::new(start, start + 4), 2);
        assert_eq!((e.before.len(), e.after.as_str()), (150, &*"x".repeat(200)));
        // A line that ends right at the window's edge, on either side.
        let edge = format!(
            "a\n{}FLAG{}\r\nb",
            "y".repeat(CONTEXT),
            "x".repeat(CONTEXT - 1)
        );
        let start = edge.find("FLAG").unwrap();
        let e = excerpt(&edge, Span::new(start, start + 4), 2);
        assert_eq!((e.before.len(), e.after.len()), (CONTEXT, CONTEXT - 1));
    }
}
