//! Property tests (proptest):
//!
//! - a generator of *valid* policies, built from the schema table and the
//!   taxonomy: `fmt` keeps what every file means (the linked model, compared
//!   without spans, and the findings) and is idempotent;
//! - random mutations of valid files never panic: `check` always returns, and
//!   every output format is written, and the SARIF, GitLab and JUnit
//!   documents parse;
//! - the JSON document always parses, and every span in it lies inside its
//!   file, on character boundaries, with the line and column of its offset;
//! - the reviewer's reports of the mutated files are made without panicking,
//!   and nothing in them becomes markup the report did not write: no element
//!   but the report's own in the HTML, no raw HTML but `<details>` in the
//!   Markdown as a GFM parser reads it.
//!
//! Sizes are kept small so the whole file runs in seconds in a debug build.
//! Failing cases proptest finds are kept in `proptest-regressions/`.

use std::fmt::Write as _;
use std::sync::OnceLock;

use datalint::base::{FileId, SourceFile, Sources};
use datalint::check::{CheckOptions, check, check_with};
use datalint::diagnostics::FailOn;
use datalint::model::schema::SCHEMA;
use datalint::model::{self, BlockKind, Model, Taxonomy, ValueType};
use datalint::rules::RuleSet;
use datalint::syntax::format::format;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;

#[path = "support/gfm.rs"]
mod gfm;

/// `cases` cases; failures are kept in `proptest-regressions/properties.txt`
/// (and re-run first on every run).
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/properties.txt",
        ))),
        ..ProptestConfig::default()
    }
}

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::load(&[]).unwrap())
}

// ----- a generator of valid policies ----------------------------------------

/// The blocks every generated file has, so that each reference resolves:
/// their kinds and names.
const NAMED: &[(BlockKind, &str)] = &[
    (BlockKind::Body, "bureau"),
    (BlockKind::Body, "party-committee"),
    (BlockKind::Body, "court_1"),
    (BlockKind::Operator, "cloud_co"),
    (BlockKind::Operator, "op2"),
    (BlockKind::Dataset, "cameras"),
    (BlockKind::Dataset, "tax_records"),
    (BlockKind::Grant, "province_wide"),
    (BlockKind::Grant, "g2"),
];

fn names_of(kind: Option<BlockKind>) -> Vec<&'static str> {
    NAMED
        .iter()
        .filter(|(k, _)| kind.is_none_or(|kind| *k == kind))
        .map(|(_, n)| *n)
        .collect()
}

/// A piece of a string's contents as written: plain text, any script, or an
/// escape. No invisible characters (those are E014).
fn string_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.;:!?(){}#'\\[\\]-]{0,12}",
        select(vec![
            "中文",
            "公共数据",
            "é",
            "Ω",
            "ß",
            "😀",
            "ä",
            "한국어",
            "\\\"",
            "\\\\",
            "\\n",
            "\\t",
            "\\u{4E2D}",
            "\\u{1F600}",
            "\\u{e9}",
            "\\u{0041}",
            "#",
            "{",
            "}",
            "[",
            "]",
            // Markup, which the reports must show as text.
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "</details>",
            "|",
            "`",
            "*",
        ])
        .prop_map(str::to_string),
    ]
}

fn string_value() -> impl Strategy<Value = String> {
    prop::collection::vec(string_piece(), 0..6)
        .prop_map(|pieces| format!("\"{}\"", pieces.concat()))
}

/// A long string: any text without `"""`, over several lines (no escapes in
/// long strings). It never ends in `"`, which would end it early.
fn long_string_value() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "[a-zA-Z0-9 ,.;:!?(){}#'\\[\\]\\\\-]{0,30}",
        select(vec![
            "公共数据授权运营工作坚持党对数据工作的全面领导。",
            "The operator may use the data for any purpose.",
            "say \"yes\" here",
            "",
            "   indented",
        ])
        .prop_map(str::to_string),
    ];
    (
        any::<bool>(),
        prop::collection::vec(line, 0..4),
        any::<bool>(),
    )
        .prop_map(|(newline_first, lines, newline_last)| {
            let mut text = String::from("\"\"\"");
            if newline_first {
                text.push('\n');
            }
            text.push_str(&lines.join("\n"));
            if newline_last {
                text.push('\n');
            }
            text.push_str("\"\"\"");
            text
        })
}

/// An integer written with `_` between groups of digits, or without.
fn integer_value() -> impl Strategy<Value = String> {
    (any::<u64>(), 0..4usize, any::<bool>()).prop_map(|(n, size, grouped)| {
        let n = match size {
            0 => n % 10,
            1 => n % 100_000,
            2 => n % 100_000_000_000,
            _ => n,
        };
        let digits = n.to_string();
        if !grouped {
            return digits;
        }
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('_');
            }
            out.push(c);
        }
        out
    })
}

fn decimal_value() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a}.{b}")),
        (0u32..100).prop_map(|a| a.to_string()),
    ]
}

fn percent_value() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..=100).prop_map(|p| format!("{p}%")),
        (0u32..100, 0u32..100).prop_map(|(a, b)| format!("{a}.{b}%")),
    ]
}

fn duration_value() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..=10_000).prop_map(|n| format!("{n}y")),
        (0u32..=120_000).prop_map(|n| format!("{n}mo")),
        (0u32..=500_000).prop_map(|n| format!("{n}w")),
        (0u32..=3_652_500).prop_map(|n| format!("{n}d")),
    ]
}

fn date_value() -> impl Strategy<Value = String> {
    (0u16..10_000, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| {
        let d = (1..=d)
            .rev()
            .find(|&d| datalint::syntax::Date::new(y, m, d).is_some())
            .unwrap_or(1);
        format!("{y:04}-{m:02}-{d:02}")
    })
}

/// An identifier that is not a word of the language (`true`, `indefinite`).
fn ident_value() -> impl Strategy<Value = String> {
    "[a-z_][a-z0-9_-]{0,12}".prop_filter("a word of the language", |s| {
        !matches!(s.as_str(), "true" | "false" | "indefinite")
    })
}

fn categories() -> Vec<String> {
    Taxonomy::builtin()
        .iter()
        .map(|(_, c)| c.key.clone())
        .collect()
}

/// A value of a type, as written.
fn value_of(ty: ValueType) -> BoxedStrategy<String> {
    match ty {
        ValueType::Str => string_value().boxed(),
        ValueType::Text => prop_oneof![string_value(), long_string_value()].boxed(),
        ValueType::Bool => select(vec!["true", "false"])
            .prop_map(str::to_string)
            .boxed(),
        ValueType::Integer => integer_value().boxed(),
        ValueType::Decimal => decimal_value().boxed(),
        ValueType::Percent => percent_value().boxed(),
        ValueType::Date => date_value().boxed(),
        ValueType::Duration => duration_value().boxed(),
        ValueType::DurationOrIndefinite => prop_oneof![
            4 => duration_value(),
            1 => Just("indefinite".to_string()),
        ]
        .boxed(),
        ValueType::Enum(words) => select(words.to_vec()).prop_map(str::to_string).boxed(),
        ValueType::Ref(kind) => select(names_of(kind)).prop_map(str::to_string).boxed(),
        ValueType::Category => select(categories()).boxed(),
        ValueType::Ident => ident_value().boxed(),
        ValueType::List { item, non_empty } => {
            let min = usize::from(non_empty);
            (
                prop::collection::vec(value_of(*item), min..5),
                0..4u8,
                any::<bool>(),
            )
                .prop_map(|(items, layout, trailing)| list(&items, layout, trailing))
                .boxed()
        }
    }
}

/// A list in one of several layouts: on one line, one item a line, with a
/// comment inside, and with or without a trailing comma.
fn list(items: &[String], layout: u8, trailing: bool) -> String {
    let comma = if trailing && !items.is_empty() {
        ","
    } else {
        ""
    };
    match layout {
        0 => format!("[{}{comma}]", items.join(", ")),
        1 => format!("[ {}{comma} ]", items.join(" ,")),
        2 if !items.is_empty() => {
            let mut text = String::from("[\n");
            for item in items {
                let _ = writeln!(text, "      {item},");
            }
            text.push_str("    ]");
            text
        }
        _ => format!("[  # items\n    {}{comma}\n  ]", items.join(",\n    ")),
    }
}

/// Which of a kind's attributes a block has: each required one, and any
/// optional ones, with values of their types.
fn attributes(kind: BlockKind) -> BoxedStrategy<Vec<(&'static str, String)>> {
    let schema = kind.schema();
    let per_attr: Vec<BoxedStrategy<Option<(&'static str, String)>>> = schema
        .attrs
        .iter()
        .map(|attr| {
            let name = attr.name;
            let value = value_of(attr.ty).prop_map(move |v| (name, v));
            if attr.required {
                value.prop_map(Some).boxed()
            } else {
                prop::option::weighted(0.3, value).boxed()
            }
        })
        .collect();
    (per_attr, any::<prop::sample::Index>())
        .prop_map(|(attrs, rotate)| {
            let mut attrs: Vec<_> = attrs.into_iter().flatten().collect();
            // Attributes in any order.
            if !attrs.is_empty() {
                let by = rotate.index(attrs.len());
                attrs.rotate_left(by);
            }
            attrs
        })
        .boxed()
}

/// How one attribute line is laid out: spacing, terminator, comment.
fn entry_layout() -> impl Strategy<Value = (u8, u8, bool)> {
    (0..3u8, 0..3u8, prop::bool::weighted(0.2))
}

fn block(kind: BlockKind, name: Option<&'static str>) -> BoxedStrategy<String> {
    let title = prop_oneof![string_value(), long_string_value()];
    let title = if kind == BlockKind::Policy {
        title.prop_map(Some).boxed()
    } else {
        prop::option::weighted(0.4, title).boxed()
    };
    (
        title,
        attributes(kind),
        prop::collection::vec(entry_layout(), 40),
        prop::bool::weighted(0.3),
        prop::bool::weighted(0.2),
    )
        .prop_map(move |(title, attrs, layouts, comment_above, semicolons)| {
            let mut text = String::new();
            if comment_above {
                text.push_str("# about this block: 中文 { } \" [\n");
            }
            text.push_str(kind.name());
            if let Some(name) = name {
                text.push(' ');
                text.push_str(name);
            }
            if let Some(title) = title {
                text.push(' ');
                text.push_str(&title);
            }
            text.push_str(" {\n");
            for (i, (key, value)) in attrs.iter().enumerate() {
                let (space, terminator, comment) = layouts[i % layouts.len()];
                text.push_str(["  ", "\t", "      "][space as usize]);
                text.push_str(key);
                text.push_str([" ", "   ", "\t"][space as usize]);
                text.push_str(value);
                if semicolons || terminator == 1 {
                    text.push(';');
                }
                if comment {
                    text.push_str("   # note ");
                    text.push_str(key);
                }
                if terminator == 2 {
                    text.push_str("  ");
                }
                text.push('\n');
                if comment && terminator == 0 {
                    text.push_str("\n  # a comment of its own\n");
                }
            }
            text.push('}');
            text
        })
        .boxed()
}

/// A whole valid file: the named blocks above, in any order, an optional
/// policy, and some unnamed access, oversight and clause blocks.
fn valid_policy() -> impl Strategy<Value = String> {
    let mut blocks: Vec<BoxedStrategy<String>> = NAMED
        .iter()
        .map(|&(kind, name)| block(kind, Some(name)))
        .collect();
    blocks.push(
        prop::option::of(block(BlockKind::Policy, None))
            .prop_map(Option::unwrap_or_default)
            .boxed(),
    );
    blocks.push(
        prop::option::of(block(BlockKind::Access, None))
            .prop_map(Option::unwrap_or_default)
            .boxed(),
    );
    blocks.push(
        prop::option::of(block(BlockKind::Oversight, None))
            .prop_map(Option::unwrap_or_default)
            .boxed(),
    );
    blocks.push(
        prop::option::of(block(BlockKind::Clause, None))
            .prop_map(Option::unwrap_or_default)
            .boxed(),
    );
    blocks.push(
        prop::option::of(block(BlockKind::Clause, Some("art_9")))
            .prop_map(Option::unwrap_or_default)
            .boxed(),
    );
    (blocks, any::<u64>(), 0..3u8, any::<bool>()).prop_map(|(blocks, seed, gap, bom)| {
        let mut blocks: Vec<String> = blocks.into_iter().filter(|b| !b.is_empty()).collect();
        // A deterministic shuffle from the generated seed.
        let mut state = seed;
        for i in (1..blocks.len()).rev() {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let j = (state >> 33) as usize % (i + 1);
            blocks.swap(i, j);
        }
        let separator = ["\n", "\n\n", "\n\n\n# between blocks\n\n"][gap as usize];
        let mut text = String::new();
        if bom {
            text.push('\u{FEFF}');
        }
        text.push_str("# generated policy\n");
        text.push_str(&blocks.join(separator));
        text.push('\n');
        text
    })
}

// ----- what a file means ------------------------------------------------------

/// The linked model without spans: each block's kind, name and title, and
/// each attribute's name and value (references by the name they resolve to,
/// categories by key, strings decoded).
fn dump(src: &str) -> (String, Vec<String>) {
    let (model, errors) = model::build(&[(FileId(0), src)]);
    let mut out = String::new();
    for (_, block) in model.iter() {
        let _ = write!(out, "{} {:?}", block.kind, block.name);
        if let Some(title) = block.title {
            let _ = write!(out, " {:?}", model.text(block, title).value());
        }
        out.push_str(" {\n");
        for attr in model.attrs(block) {
            let _ = writeln!(
                out,
                "  {} = {}",
                attr.schema(block.kind).name,
                value(&model, block, attr.value)
            );
        }
        out.push_str("}\n");
    }
    let mut errors: Vec<String> = errors
        .iter()
        .map(|e| format!("{} {}", e.code(), e.message))
        .collect();
    errors.sort();
    (out, errors)
}

fn value(model: &Model<'_>, block: &model::Block<'_>, value: model::Value) -> String {
    use datalint::model::Value as V;
    match value {
        V::Text(text) => format!("{:?}", model.text(block, text).value()),
        V::Ref(id) => format!("ref {:?}", model.block(id).name),
        V::Category(id) => Taxonomy::builtin().category(id).key.clone(),
        V::Ident(span) => format!("ident {}", model.source(block, span)),
        V::List(list) => {
            let items: Vec<String> = model
                .items(block, list)
                .map(|item| self::value(model, block, item.value))
                .collect();
            format!("[{}]", items.join(", "))
        }
        V::Word(word) => word.to_string(),
        other => format!("{other:?}"),
    }
}

/// Every diagnostic of a check: code, block and message, without positions.
fn findings(src: &str) -> Vec<String> {
    let mut sources = Sources::new();
    sources.add(SourceFile::new("f.dsl", src.to_string()));
    let report = check(&sources, Vec::new(), rules(), CheckOptions::default());
    let mut found: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            let block = d.block().map(|b| (b.kind, b.name(&sources)));
            format!("{} {block:?} {}", d.code(), d.message)
        })
        .collect();
    found.sort();
    found
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn formatting_keeps_the_meaning_of_valid_policies(src in valid_policy()) {
        let (model, errors) = dump(&src);
        prop_assert!(errors.is_empty(), "the generator made an invalid policy: {errors:?}\n{src}");
        let found = findings(&src);
        prop_assert!(
            !found.iter().any(|f| f.starts_with('E')),
            "the generator made a policy with language errors: {found:?}\n{src}"
        );
        let once = format(&src);
        prop_assert!(once.is_some(), "a valid policy did not format:\n{src}");
        let once = once.unwrap();
        let (formatted_model, formatted_errors) = dump(&once);
        prop_assert!(formatted_errors.is_empty(), "{formatted_errors:?}\n{once}");
        prop_assert_eq!(&model, &formatted_model, "formatting changed the model of\n{}\ninto\n{}", src, once);
        prop_assert_eq!(found, findings(&once), "formatting changed the findings of\n{}\ninto\n{}", src, once);
        let twice = format(&once);
        prop_assert_eq!(Some(&once), twice.as_ref(), "formatting is not idempotent on\n{}", src);
    }
}

// ----- mutations ---------------------------------------------------------------

/// One edit of a file: at a position (a fraction of its length, so the edit
/// fits any file), in bytes or characters.
#[derive(Clone, Debug)]
enum Mutation {
    DeleteByte(prop::sample::Index),
    DeleteChar(prop::sample::Index),
    Insert(prop::sample::Index, &'static str),
    InsertByte(prop::sample::Index, u8),
    Duplicate(prop::sample::Index, prop::sample::Index),
    Swap(prop::sample::Index, prop::sample::Index),
    Truncate(prop::sample::Index),
    /// A run of one character around the token length limit (1024 bytes).
    InsertRun(prop::sample::Index, char, usize),
}

/// What is inserted: the delimiters, escapes and hostile characters.
const INSERTS: &[&str] = &[
    // Markup, for the reports: it must reach them as text.
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</details><details>",
    "|",
    "`",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "\"\"\"",
    "\\",
    ",",
    ";",
    "\n",
    "\r\n",
    "#",
    "\0",
    "\u{202E}",
    "\u{2066}",
    "\u{200B}",
    "\u{FEFF}",
    "\\u{",
    "\\u{110000}",
    "\\u{D800}",
    "9",
    "_",
    "%",
    "-",
    ".",
    "y",
    "mo",
    "2025-02-30",
    "99999999999999999999999",
    "1e5",
    "\t",
    "中",
    "😀",
    "a { ",
    "grant",
    "policy",
    "indefinite",
    "true",
    "# datalint: allow MON001 \"x\"\n",
    "# datalint: allow nothing\n",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    use prop::sample::Index;
    prop_oneof![
        any::<Index>().prop_map(Mutation::DeleteByte),
        any::<Index>().prop_map(Mutation::DeleteChar),
        (any::<Index>(), select(INSERTS.to_vec())).prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::InsertByte(i, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        any::<Index>().prop_map(Mutation::Truncate),
        (
            any::<Index>(),
            select(vec!['a', '9', '_', '[', '{', '"']),
            1000..1100usize
        )
            .prop_map(|(i, c, n)| Mutation::InsertRun(i, c, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let at = |i: &prop::sample::Index, bytes: &Vec<u8>| i.index(bytes.len() + 1);
    match mutation {
        Mutation::DeleteByte(i) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes.remove(at);
        }
        Mutation::DeleteChar(i) => {
            if let Ok(text) = std::str::from_utf8(bytes)
                && !text.is_empty()
            {
                let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
                let start = starts[i.index(starts.len())];
                let len = text[start..].chars().next().unwrap().len_utf8();
                bytes.drain(start..start + len);
            }
        }
        Mutation::Insert(i, text) => {
            let at = at(i, bytes);
            bytes.splice(at..at, text.bytes());
        }
        Mutation::InsertByte(i, b) => {
            let at = at(i, bytes);
            bytes.insert(at, *b);
        }
        Mutation::Duplicate(a, b) => {
            let (x, y) = (at(a, bytes), at(b, bytes));
            let (from, to) = (x.min(y), x.max(y));
            let to = to.min(from + 64);
            let piece = bytes[from..to].to_vec();
            bytes.splice(to..to, piece);
        }
        Mutation::Swap(a, b) if !bytes.is_empty() => {
            let (x, y) = (a.index(bytes.len()), b.index(bytes.len()));
            bytes.swap(x, y);
        }
        Mutation::InsertRun(i, c, n) => {
            let at = at(i, bytes);
            let run = c.to_string().repeat(*n);
            bytes.splice(at..at, run.bytes());
        }
        Mutation::Truncate(i) => {
            let at = at(i, bytes);
            bytes.truncate(at);
        }
        _ => {}
    }
}

/// Checks bytes as the binary does: decoded (E001 for invalid UTF-8), then
/// parsed, linked and judged; returns the JSON document.
fn check_bytes(bytes: Vec<u8>) -> (Sources, String) {
    let (text, error) = datalint::workspace::decode(bytes, FileId(0));
    let mut sources = Sources::new();
    sources.add(SourceFile::new("mutated.dsl", text));
    let report = check(
        &sources,
        error.into_iter().collect(),
        rules(),
        CheckOptions::default(),
    );
    let mut json = Vec::new();
    datalint::output::json::emit(&report, &sources, &mut json).unwrap();
    // The human output must not panic either.
    let mut human = Vec::new();
    let options = datalint::output::human::HumanOptions {
        color: false,
        width: 80,
        quiet: false,
    };
    datalint::output::human::emit(&report, &sources, options, &mut human).unwrap();
    // Nor the CI formats, whose JSON and XML must parse.
    let context = datalint::output::EmitContext {
        report: &report,
        sources: &sources,
        rules: rules(),
        fail_on: FailOn::default(),
    };
    let emitted = |emit: fn(
        &datalint::output::EmitContext<'_>,
        &mut dyn std::io::Write,
    ) -> std::io::Result<()>| {
        let mut out = Vec::new();
        emit(&context, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    serde_json::from_str::<serde_json::Value>(&emitted(datalint::output::sarif::emit)).unwrap();
    serde_json::from_str::<serde_json::Value>(&emitted(datalint::output::gitlab::emit)).unwrap();
    let junit = emitted(datalint::output::junit::emit);
    junit_parser::from_reader(std::io::Cursor::new(junit.as_bytes())).unwrap();
    for line in emitted(datalint::output::github::emit).lines() {
        assert!(line.starts_with("::"), "{line}");
    }
    (sources, String::from_utf8(json).unwrap())
}

/// Every span of the JSON document lies inside its file, on character
/// boundaries, and its line and column are those of its offset.
fn spans_are_sound(sources: &Sources, json: &str) -> Result<(), TestCaseError> {
    let document: serde_json::Value =
        serde_json::from_str(json).map_err(|e| TestCaseError::fail(format!("bad JSON: {e}")))?;
    let text = &sources.get(FileId(0)).text;
    let diagnostics = document["diagnostics"].as_array().unwrap();
    let mut spans = Vec::new();
    for d in diagnostics {
        spans.push(&d["span"]);
        for label in d["labels"].as_array().unwrap() {
            spans.push(&label["span"]);
        }
    }
    for span in spans {
        let mut offsets = Vec::new();
        for end in ["start", "end"] {
            let position = &span[end];
            let offset = position["offset"].as_u64().unwrap() as usize;
            prop_assert!(
                offset <= text.len(),
                "span {span} past the end ({})",
                text.len()
            );
            prop_assert!(
                text.is_char_boundary(offset),
                "span {span} inside a character"
            );
            let before = &text[..offset];
            let line = before.matches('\n').count() + 1;
            let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
                .chars()
                .count()
                + 1;
            prop_assert_eq!(position["line"].as_u64(), Some(line as u64), "{}", span);
            prop_assert_eq!(position["column"].as_u64(), Some(column as u64), "{}", span);
            offsets.push(offset);
        }
        prop_assert!(
            offsets[0] <= offsets[1],
            "span {span} ends before it starts"
        );
    }
    Ok(())
}

/// The HTML and Markdown reports of `sources`: made without panicking, and
/// no text from the file becomes markup. The HTML's elements are those its
/// template writes (no `script`, `img`, `iframe`, … from a draft), and a GFM
/// parser finds no raw HTML in the Markdown but the `<details>` of each family.
fn reports_are_sound(sources: &Sources) -> Result<(), TestCaseError> {
    let (_, data) = check_with(
        sources,
        Vec::new(),
        rules(),
        CheckOptions::default(),
        |model, report| {
            datalint::output::report::gather(model, report, sources, rules(), FailOn::default())
        },
    );
    let html = datalint::output::report::html::html(&data).to_ascii_lowercase();
    for foreign in [
        "<script", "<img", "<iframe", "<object", "<embed", "<link", "<form", "<input",
    ] {
        prop_assert!(!html.contains(foreign), "{} in the HTML report", foreign);
    }
    let markdown = datalint::output::report::markdown::markdown(&data);
    gfm::Gfm::read(&markdown).assert_raw_html_only(&["details", "/details", "summary", "/summary"]);
    Ok(())
}

/// A small valid policy, from the generator or written out.
fn seed_policy() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => valid_policy(),
        1 => Just(include_str!("../examples/province-authorized-operation.dsl").to_string()),
    ]
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn mutated_policies_are_checked_without_panicking(
        src in seed_policy(),
        mutations in prop::collection::vec(mutation(), 1..8),
    ) {
        let mut bytes = src.into_bytes();
        for mutation in &mutations {
            apply(&mut bytes, mutation);
        }
        let (sources, json) = check_bytes(bytes);
        spans_are_sound(&sources, &json)?;
        reports_are_sound(&sources)?;
    }

    #[test]
    fn reports_show_what_valid_policies_say_as_text(src in valid_policy()) {
        let mut sources = Sources::new();
        sources.add(SourceFile::new("generated.dsl", src));
        reports_are_sound(&sources)?;
    }

    #[test]
    fn arbitrary_text_is_checked_without_panicking(
        text in "(\\PC|[\\n\\t\\r\u{202E}\u{200B}\u{FEFF}\0{}\\[\\]\"\\\\#,;])*",
    ) {
        let (sources, json) = check_bytes(text.into_bytes());
        spans_are_sound(&sources, &json)?;
    }
}

#[test]
fn the_generator_covers_every_value_type() {
    // Each type of the schema appears in some attribute the generator fills.
    let mut kinds = std::collections::BTreeSet::new();
    for schema in &SCHEMA {
        for attr in schema.attrs {
            let ty = match attr.ty {
                ValueType::List { item, .. } => *item,
                ty => ty,
            };
            kinds.insert(format!("{ty:?}").split('(').next().unwrap().to_string());
        }
    }
    for ty in [
        "Str",
        "Text",
        "Bool",
        "Integer",
        "Decimal",
        "Percent",
        "Date",
        "Duration",
        "DurationOrIndefinite",
        "Enum",
        "Ref",
        "Category",
        "Ident",
    ] {
        assert!(kinds.contains(ty), "{ty}");
    }
}
