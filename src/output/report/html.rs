//! The HTML report: one self-contained file (inline CSS and SVG, no script,
//! no external resource, a Content-Security-Policy that forbids both),
//! rendered with askama from `templates/report.html`. Everything written by
//! the user goes through askama's HTML escaping; this module only adds the
//! geometry of the bar chart, which is numbers, and cuts datalint's own text
//! at its backticks so that the pieces between them are shown as code.

use askama::Template;

use super::{ClauseRow, FamilyCount, ReportData};

/// The chart's geometry, in SVG user units.
const CHART_WIDTH: u32 = 720;
const LABEL_WIDTH: u32 = 64;
const COUNT_WIDTH: u32 = 56;
const BAR_HEIGHT: u32 = 22;
const ROW_HEIGHT: u32 = 34;
const TOP: u32 = 8;
const LEGEND_HEIGHT: u32 = 34;

#[derive(Template)]
#[template(path = "report.html")]
struct Page<'a> {
    data: &'a ReportData,
    chart: Chart,
    total_open: usize,
    clauses: Vec<ClauseView<'a>>,
}

/// A clause as shown: its text trimmed of the blank lines and indentation
/// a long string starts and ends with, each piece with its codes joined.
struct ClauseView<'a> {
    row: &'a ClauseRow,
    flagged: bool,
    /// Every code that flags the clause, once each, in order.
    codes: Vec<&'a str>,
    /// (text, codes joined with ", ", or empty when the piece is not flagged).
    segments: Vec<(&'a str, String)>,
}

fn clause_view(row: &ClauseRow) -> ClauseView<'_> {
    let mut codes: Vec<&str> = Vec::new();
    for code in row.segments.iter().flat_map(|s| &s.codes) {
        if !codes.contains(&code.as_str()) {
            codes.push(code);
        }
    }
    let last = row.segments.len().saturating_sub(1);
    let segments = row
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut text = s.text.as_str();
            if i == 0 {
                text = text.trim_start();
            }
            if i == last {
                text = text.trim_end();
            }
            (text, s.codes.join(", "))
        })
        .filter(|(text, _)| !text.is_empty())
        .collect();
    ClauseView {
        row,
        flagged: !codes.is_empty(),
        codes,
        segments,
    }
}

impl Page<'_> {
    /// Text datalint wrote (a message, help, the verdict) cut at its backticks:
    /// the names and values between them are shown as code, as the Markdown
    /// report and a terminal's reader take them, not with the backticks. Each
    /// piece is still escaped by the template.
    fn code_spans<'s>(&self, text: &'s str) -> Vec<CodeSpan<'s>> {
        code_spans(text)
    }
}

/// A piece of [`Page::code_spans`].
struct CodeSpan<'s> {
    code: bool,
    text: &'s str,
}

fn code_spans(text: &str) -> Vec<CodeSpan<'_>> {
    // An unpaired backtick has nothing to close; it stays as written.
    let pieces: Vec<&str> = text.split('`').collect();
    if pieces.len().is_multiple_of(2) {
        return vec![CodeSpan { code: false, text }];
    }
    pieces
        .into_iter()
        .enumerate()
        .filter(|(_, piece)| !piece.is_empty())
        .map(|(i, piece)| CodeSpan {
            code: i % 2 == 1,
            text: piece,
        })
        .collect()
}

/// A horizontal stacked bar per family: errors, then warnings, then infos.
struct Chart {
    width: u32,
    height: u32,
    bars: Vec<Bar>,
    /// Where the legend's row starts.
    legend_y: u32,
    /// The x of the count labels' left edge when a bar is empty.
    label_x: u32,
}

struct Bar {
    prefix: String,
    title: String,
    /// The y of the bar's top edge and of its text baseline.
    y: u32,
    text_y: u32,
    pieces: Vec<Piece>,
    total: usize,
    /// Where the total is written, just past the bar's end.
    total_x: u32,
}

/// One severity's part of a bar.
struct Piece {
    class: &'static str,
    x: u32,
    width: u32,
    count: usize,
    /// The count is written inside the piece when it fits.
    label: bool,
    label_x: u32,
}

fn chart(families: &[FamilyCount]) -> Chart {
    let area = CHART_WIDTH - LABEL_WIDTH - COUNT_WIDTH;
    let max = families
        .iter()
        .map(|f| f.errors + f.warnings + f.infos)
        .max()
        .unwrap_or(0)
        .max(1);
    // Whole units, rounded, so the file is the same on every machine.
    let scale =
        |n: usize| -> u32 { ((n as u64 * u64::from(area) + max as u64 / 2) / max as u64) as u32 };
    let bars = families
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let y = TOP + i as u32 * ROW_HEIGHT;
            let mut x = LABEL_WIDTH;
            let mut pieces = Vec::new();
            for (class, n) in [
                ("error", f.errors),
                ("warning", f.warnings),
                ("info", f.infos),
            ] {
                if n > 0 {
                    let w = scale(n).max(2);
                    pieces.push(Piece {
                        class,
                        x,
                        width: w,
                        count: n,
                        label: w >= 26,
                        label_x: x + w / 2,
                    });
                    x += w;
                }
            }
            Bar {
                prefix: f.prefix.clone(),
                title: f.title.clone(),
                y,
                text_y: y + BAR_HEIGHT / 2 + 5,
                pieces,
                total: f.errors + f.warnings + f.infos,
                total_x: x + 6,
            }
        })
        .collect::<Vec<_>>();
    let legend_y = TOP + bars.len() as u32 * ROW_HEIGHT + 6;
    Chart {
        width: CHART_WIDTH,
        height: legend_y + LEGEND_HEIGHT,
        bars,
        legend_y,
        label_x: LABEL_WIDTH,
    }
}

/// The report as one HTML document.
pub fn html(data: &ReportData) -> String {
    let page = Page {
        data,
        chart: chart(&data.families),
        total_open: data.findings.iter().map(|f| f.items.len()).sum(),
        clauses: data.clauses.iter().map(clause_view).collect(),
    };
    // Rendering only fails if a `Display` impl does, and ours cannot.
    page.render().expect("the HTML report renders")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_family() {
        let families = [
            FamilyCount {
                prefix: "MON".into(),
                errors: 2,
                warnings: 2,
                ..FamilyCount::default()
            },
            FamilyCount {
                prefix: "PRV".into(),
                infos: 1,
                ..FamilyCount::default()
            },
            FamilyCount {
                prefix: "PTY".into(),
                ..FamilyCount::default()
            },
        ];
        let c = chart(&families);
        let area = CHART_WIDTH - LABEL_WIDTH - COUNT_WIDTH;
        let mon: u32 = c.bars[0].pieces.iter().map(|p| p.width).sum();
        assert_eq!(mon, area);
        assert_eq!(c.bars[1].pieces[0].width, area / 4);
        assert!(c.bars[2].pieces.is_empty());
        assert_eq!(c.bars[2].total, 0);
    }

    #[test]
    fn backticks_become_code() {
        let shown = |text| {
            code_spans(text)
                .iter()
                .map(|s| {
                    if s.code {
                        format!("[{}]", s.text)
                    } else {
                        s.text.to_string()
                    }
                })
                .collect::<String>()
        };
        assert_eq!(
            shown("grant `g1` runs for `20y`"),
            "grant [g1] runs for [20y]"
        );
        assert_eq!(shown("`a`"), "[a]");
        assert_eq!(shown("one ` alone"), "one ` alone");
        assert_eq!(shown(""), "");
    }

    #[test]
    fn user_text_is_escaped() {
        let data = ReportData {
            title: "<script>alert(1)</script>".into(),
            ..ReportData::default()
        };
        let out = html(&data);
        assert!(!out.contains("<script"));
        assert!(out.contains("&#60;script&#62;") || out.contains("&lt;script&gt;"));
    }
}
