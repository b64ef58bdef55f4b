//! What a GitHub-flavoured Markdown parser reads in datalint's Markdown
//! (the report, `diff --format markdown`): comrak, a port of cmark-gfm, the
//! parser GitHub renders comments with, with the table extension GitHub turns
//! on. Shared by the tests that read Markdown (`#[path]`-included); each uses
//! part of it.
#![allow(dead_code)]

use std::collections::BTreeSet;

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, parse_document};
use serde_json::Value;

/// The header of every table of findings.
pub const FINDINGS_HEADER: [&str; 4] = ["rule", "severity", "where", "finding"];

pub struct Gfm {
    /// Every table: its rows (the header first), each row its cells' text, with
    /// code spans' text kept and the markup around them dropped.
    pub tables: Vec<Vec<Vec<String>>>,
    /// The names of the raw HTML tags the parser passes through (`details`,
    /// `/details`, …): GitHub would render them as markup.
    pub raw_tags: BTreeSet<String>,
}

impl Gfm {
    pub fn read(md: &str) -> Gfm {
        let arena = Arena::new();
        let mut options = Options::default();
        options.extension.table = true;
        let root = parse_document(&arena, md, &options);
        let tag = regex::Regex::new(r"<(/?[A-Za-z][A-Za-z0-9-]*)").unwrap();
        let mut gfm = Gfm {
            tables: Vec::new(),
            raw_tags: BTreeSet::new(),
        };
        for node in root.descendants() {
            match &node.data.borrow().value {
                NodeValue::Table(_) => gfm.tables.push(Vec::new()),
                NodeValue::TableRow(_) => gfm.tables.last_mut().unwrap().push(Vec::new()),
                NodeValue::TableCell => {
                    let mut text = String::new();
                    for inner in node.descendants() {
                        match &inner.data.borrow().value {
                            NodeValue::Text(t) => text.push_str(t),
                            NodeValue::Code(code) => text.push_str(&code.literal),
                            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
                            _ => {}
                        }
                    }
                    let table = gfm.tables.last_mut().unwrap();
                    table.last_mut().unwrap().push(text);
                }
                NodeValue::HtmlInline(html) => gfm
                    .raw_tags
                    .extend(tag.captures_iter(html).map(|c| c[1].to_ascii_lowercase())),
                NodeValue::HtmlBlock(block) => gfm.raw_tags.extend(
                    tag.captures_iter(&block.literal)
                        .map(|c| c[1].to_ascii_lowercase()),
                ),
                _ => {}
            }
        }
        gfm
    }

    /// The body rows of each table with this header, in order.
    pub fn tables_headed(&self, header: &[&str]) -> Vec<&[Vec<String>]> {
        self.tables
            .iter()
            .filter(|t| t[0] == header)
            .map(|t| &t[1..])
            .collect()
    }

    /// Checks that the only raw HTML is `allowed`: text from a draft never
    /// reaches the page as markup.
    pub fn assert_raw_html_only(&self, allowed: &[&str]) {
        let other: Vec<_> = self
            .raw_tags
            .iter()
            .filter(|t| !allowed.contains(&t.as_str()))
            .collect();
        assert!(other.is_empty(), "raw HTML reaches the page: {other:?}");
    }
}

/// Checks that the rows of a table of findings are `diagnostics` (from
/// `--format json`), one row each in any order, each in its four columns:
/// code and name, severity, path and line, and the message with its code spans
/// read as code.
pub fn assert_rows_are_findings(rows: &[Vec<String>], diagnostics: &[Value]) {
    let mut read: Vec<&[String]> = rows
        .iter()
        .map(|row| {
            assert_eq!(row.len(), 4, "a row of four cells: {row:?}");
            row.as_slice()
        })
        .collect();
    let mut written: Vec<[String; 4]> = diagnostics
        .iter()
        .map(|d| {
            let field = |name: &str| d[name].as_str().unwrap_or_default().to_owned();
            [
                format!("{} {}", field("code"), field("name"))
                    .trim_end()
                    .to_owned(),
                field("severity"),
                format!("{}:{}", field("path"), d["span"]["start"]["line"]),
                field("message").replace('`', ""),
            ]
        })
        .collect();
    read.sort();
    written.sort();
    assert_eq!(read, written);
}
