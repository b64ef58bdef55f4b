//! Parser tests: every lexical form, recovery, and edges.

use super::*;
use crate::base::{Diagnostic, FileId};

fn parse_ok(src: &str) -> Ast<'_> {
    let (ast, errors) = parse(src, FileId(0));
    assert!(errors.is_empty(), "unexpected errors: {errors:#?}");
    ast
}

fn codes(src: &str) -> Vec<String> {
    let (_, errors) = parse(src, FileId(0));
    errors
        .iter()
        .map(|e: &Diagnostic| e.code().to_string())
        .collect()
}

fn only_value<'a>(ast: &'a Ast<'a>) -> &'a ValueKind<'a> {
    let Entry::Attribute(attribute) = &ast.blocks[0].entries[0] else {
        panic!("expected an attribute")
    };
    &attribute.value.kind
}

fn value_of(src: &str) -> String {
    let text = format!("b {{\n  v {src}\n}}\n");
    let (ast, errors) = parse(&text, FileId(0));
    assert!(errors.is_empty(), "{src}: {errors:#?}");
    format!("{:?}", only_value(&ast))
}

#[test]
fn empty_and_comment_only_files() {
    assert!(parse_ok("").blocks.is_empty());
    let ast = parse_ok("# only a comment\n\n# another\r\n");
    assert!(ast.blocks.is_empty());
    assert_eq!(ast.comments.len(), 2);
    assert_eq!(ast.comments[1], crate::base::Span::new(18, 27));
}

#[test]
fn bom_and_crlf() {
    let src = "\u{FEFF}grant g \"T\" {\r\n  term 5y\r\n  exclusive true\r\n}\r\n";
    let ast = parse_ok(src);
    let block = &ast.blocks[0];
    assert_eq!(block.kind.text, "grant");
    assert_eq!(block.kind.span.start, 3);
    assert_eq!(block.name.unwrap().text, "g");
    assert_eq!(block.title.unwrap().value(), "T");
    assert_eq!(block.entries.len(), 2);
}

#[test]
fn block_header_forms() {
    let ast = parse_ok(
        "policy \"Title\" {\n}\nbody b {}\nclause c \"\"\"long\"\"\" { text \"x\" }\nempty {}\n",
    );
    let headers: Vec<_> = ast
        .blocks
        .iter()
        .map(|b| {
            (
                b.kind.text,
                b.name.map(|n| n.text),
                b.title.map(|t| t.value().into_owned()),
            )
        })
        .collect();
    assert_eq!(
        headers,
        vec![
            ("policy", None, Some("Title".to_string())),
            ("body", Some("b"), None),
            ("clause", Some("c"), Some("long".to_string())),
            ("empty", None, None),
        ]
    );
}

#[test]
fn top_level_brace_may_stand_on_the_next_line() {
    let ast = parse_ok("grant g \"T\"\n# comment\n{\n  term 5y\n}\n");
    assert_eq!(ast.blocks.len(), 1);
    assert_eq!(ast.blocks[0].entries.len(), 1);
}

#[test]
fn list_nesting_limit_counts_lists() {
    let at = |n: usize| format!("b {{\n  v {}{}\n}}\n", "[".repeat(n), "]".repeat(n));
    assert!(codes(&at(MAX_NESTING)).is_empty());
    assert_eq!(codes(&at(MAX_NESTING + 1)), vec!["E013"]);
}

#[test]
fn terminators() {
    let ast = parse_ok("b { x 1; y 2\n z 3 }\n");
    assert_eq!(ast.blocks[0].entries.len(), 3);
    assert_eq!(codes("b {\n x 1 y 2\n}\n"), vec!["E008"]);
}

#[test]
fn scalars() {
    assert_eq!(value_of("40_000_000"), "Integer(40000000)");
    assert_eq!(value_of("0.5"), "Decimal(0.5)");
    assert_eq!(value_of("30%"), "Percent(30.0)");
    assert_eq!(value_of("2.5%"), "Percent(2.5)");
    assert_eq!(
        value_of("20y"),
        "Duration(Duration { amount: 20, unit: Years })"
    );
    assert_eq!(
        value_of("18mo"),
        "Duration(Duration { amount: 18, unit: Months })"
    );
    assert_eq!(
        value_of("6w"),
        "Duration(Duration { amount: 6, unit: Weeks })"
    );
    assert_eq!(
        value_of("90d"),
        "Duration(Duration { amount: 90, unit: Days })"
    );
    assert_eq!(
        value_of("2024-02-29"),
        "Date(Date { year: 2024, month: 2, day: 29 })"
    );
    assert_eq!(value_of("true"), "Bool(true)");
    assert_eq!(value_of("false"), "Bool(false)");
    assert_eq!(
        value_of("user.location.precise"),
        "Path(\"user.location.precise\")"
    );
    assert_eq!(value_of("province-wide"), "Path(\"province-wide\")");
}

#[test]
fn strings_and_escapes() {
    let src = "b {\n  v \"a\\\"b\\\\c\\nd\\te\\u{4E2D}\"\n}\n";
    let ast = parse_ok(src);
    let ValueKind::Str(lit) = only_value(&ast) else {
        panic!()
    };
    assert_eq!(lit.value(), "a\"b\\c\nd\te中");
    // The decoded `中` maps back to the escape as written.
    let decoded = lit.value();
    let at = decoded.find('中').unwrap();
    let span = lit.source_span(at..at + '中'.len_utf8());
    assert_eq!(&src[span.range()], "\\u{4E2D}");
    let d_at = decoded.find('d').unwrap();
    assert_eq!(&src[lit.source_span(d_at..d_at + 1).range()], "d");
}

#[test]
fn long_strings_drop_one_leading_newline_and_keep_everything_else() {
    let src = "c {\n  text \"\"\"\n第三条 \\n \"quoted\"\n\"\"\"\n}\n";
    let ast = parse_ok(src);
    let ValueKind::Str(lit) = only_value(&ast) else {
        panic!()
    };
    assert!(lit.long);
    assert_eq!(lit.value(), "第三条 \\n \"quoted\"\n");
    let span = lit.source_span(0..9);
    assert_eq!(&src[span.range()], "第三条");
}

#[test]
fn lists() {
    assert_eq!(value_of("[]"), "List([])");
    let ast = parse_ok("b {\n  v [a, b.c,\n    d,\n  ]\n  w [1, [2]]\n}\n");
    let ValueKind::List(items) = only_value(&ast) else {
        panic!()
    };
    assert_eq!(items.len(), 3);
    assert_eq!(ast.blocks[0].entries.len(), 2);
}

#[test]
fn nested_blocks_parse() {
    let ast = parse_ok("outer o {\n  inner i \"t\" {\n    x 1\n  }\n  y 2\n}\n");
    let Entry::Block(inner) = &ast.blocks[0].entries[0] else {
        panic!()
    };
    assert_eq!(inner.kind.text, "inner");
    assert_eq!(inner.name.unwrap().text, "i");
}

#[test]
fn spans_are_byte_ranges_into_the_file() {
    let src = "grant 甲 {}\n";
    // `甲` is not an identifier: one error, and the span covers the character.
    let (_, errors) = parse(src, FileId(0));
    assert_eq!(errors.len(), 1);
    assert_eq!(&src[errors[0].span.range()], "甲");
    let src = "b {\n  term 20y\n}\n";
    let ast = parse_ok(src);
    let Entry::Attribute(a) = &ast.blocks[0].entries[0] else {
        panic!()
    };
    assert_eq!(&src[a.key.span.range()], "term");
    assert_eq!(&src[a.value.span.range()], "20y");
    assert_eq!(&src[ast.blocks[0].span.range()], src.trim_end());
}

#[test]
fn lexical_errors() {
    assert_eq!(codes("b {\n  d 2025-02-30\n}\n"), vec!["E012"]);
    assert_eq!(codes("b {\n  d 2025-2-3\n}\n"), vec!["E012"]);
    assert_eq!(codes("b {\n  n 99999999999999999999999\n}\n"), vec!["E011"]);
    assert_eq!(codes("b {\n  n 99999999999y\n}\n"), vec!["E011"]);
    assert_eq!(codes("b {\n  n 20years\n}\n"), vec!["E011"]);
    assert_eq!(codes("b {\n  n 1__0\n}\n"), vec!["E011"]);
    assert_eq!(codes("b {\n  s \"a\\qb\"\n}\n"), vec!["E004"]);
    assert_eq!(codes("b {\n  s \"\\u{D800}\"\n}\n"), vec!["E004"]);
    assert_eq!(codes("b {\n  s \"abc\n  t 1\n}\n"), vec!["E003"]);
    assert_eq!(codes("b {\n  s\n}\n"), vec!["E007"]);
    assert_eq!(codes("b {\n  s @x\n}\n"), vec!["E002"]);
    assert_eq!(codes("}\n"), vec!["E010"]);
}

#[test]
fn unclosed_constructs_do_not_swallow_the_file() {
    // Unclosed list: the next attribute is still read.
    let src = "b {\n  v [a, b\n  w 1\n}\nc {}\n";
    let (ast, errors) = parse(src, FileId(0));
    assert_eq!(
        errors.iter().map(|e| e.code()).collect::<Vec<_>>(),
        vec!["E006"]
    );
    assert_eq!(ast.blocks.len(), 2);
    assert_eq!(ast.blocks[0].entries.len(), 2);
    // An item swallowed after a trailing comma is given back.
    let src = "b {\n  v [a, b,\n  w 1\n}\n";
    let (ast, errors) = parse(src, FileId(0));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(ast.blocks[0].entries.len(), 2);
    // Unclosed block: the next top-level block is still read.
    let src = "grant a {\n  term 5y\n\ngrant b {\n  term 1y\n}\n";
    let (ast, errors) = parse(src, FileId(0));
    assert_eq!(
        errors.iter().map(|e| e.code()).collect::<Vec<_>>(),
        vec!["E005"]
    );
    assert_eq!(ast.blocks.len(), 2);
    // Unterminated long string: stops before the block's closing brace.
    let src = "clause c {\n  text \"\"\"\n  never closed\n}\nbody b {\n  kind court\n}\n";
    let (ast, errors) = parse(src, FileId(0));
    assert_eq!(
        errors.iter().map(|e| e.code()).collect::<Vec<_>>(),
        vec!["E003"]
    );
    assert_eq!(ast.blocks.len(), 2);
    // Header without a brace: its body is skipped, the next block is read.
    let src = "grant a\n  term 5y\n  exclusive true\n}\nbody b {\n  kind court\n}\n";
    let (ast, errors) = parse(src, FileId(0));
    assert_eq!(
        errors.iter().map(|e| e.code()).collect::<Vec<_>>(),
        vec!["E009"]
    );
    assert_eq!(ast.blocks.len(), 2);
}

#[test]
fn attribute_named_like_a_block_kind_is_an_attribute() {
    let ast = parse_ok("access a {\nbody police\ndatasets [x]\n}\n");
    assert_eq!(ast.blocks.len(), 1);
    assert_eq!(ast.blocks[0].entries.len(), 2);
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let src = format!("{}{}", "a { ".repeat(depth), "}\n".repeat(depth));
    assert_eq!(codes(&src), vec!["E013"]);
    let src = format!("b {{\n  v {}{}\n}}\n", "[".repeat(depth), "]".repeat(depth));
    assert_eq!(codes(&src), vec!["E013"]);
}

#[test]
fn many_independent_mistakes_each_reported_once() {
    let src = r#"policy "p" {
  date 2025-02-30
}
grant a {
  term 20years
  name "unterminated
  list [x, y
  v @
  s "bad \q escape"
  n 1__0
}
}
body b
  kind court
}
dataset d {
  keys [a,, b]
  x 1 y 2
"#;
    let found = codes(src);
    assert_eq!(
        found,
        vec![
            "E012", "E011", "E003", "E006", "E002", "E004", "E011", "E010", "E009", "E007", "E008",
            "E005"
        ],
    );
}

#[test]
fn invisible_characters_in_strings_and_comments() {
    // A right-to-left override in a clause and a zero-width space in a comment.
    let src = "c {\n  text \"\u{202E}reversed\"\n}\n# note\u{200B}\n";
    let (_, errors) = parse(src, FileId(0));
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.code(), &src[e.span.range()]))
        .collect();
    assert_eq!(found, vec![("E014", "\u{202E}"), ("E014", "\u{200B}")]);
    // Between tokens it is an unexpected character, reported once.
    assert_eq!(codes("c {\n  x \u{200B}1\n}\n"), vec!["E002"]);
    // A leading byte-order mark is fine; ordinary punctuation is no match.
    assert!(codes("\u{FEFF}c {\n  text \"“quoted” — … ‘x’\"\n}\n").is_empty());
}

#[test]
fn never_panics_on_fragments() {
    let samples = [
        "\"",
        "\"\"\"",
        "[",
        "{",
        "}",
        "]",
        "a",
        "a {",
        "a { b",
        "a { b [",
        "a { b \"",
        "a { b 1.",
        "a { b 1.5x",
        "a { b 2025-",
        "a { b \"\\u{",
        "a { b \"\\u{110000}\"",
        "a { b \"\\",
        "\u{FEFF}",
        "a b \"t",
        "a { b 5m }",
        "a { b 1_ }",
        "a { b . }",
        "a { b x. }",
        "#",
        "a { b [1,,] }",
        "a { b ; ; }",
        "a {\r\n b \"x\r\n}",
    ];
    for sample in samples {
        let _ = parse(sample, FileId(0));
    }
}

#[test]
fn tree_nodes_stay_small() {
    // The tree is about as large as the input times a small factor; these
    // sizes are what keeps it so (benches/check.rs measures the whole).
    assert!(std::mem::size_of::<Entry>() <= 64);
    assert!(std::mem::size_of::<Value>() <= 40);
}

#[test]
fn over_long_tokens_are_one_error_each_and_skipped() {
    use super::parser::MAX_TOKEN_LEN;
    let limit = "a".repeat(MAX_TOKEN_LEN);
    let long = "a".repeat(MAX_TOKEN_LEN + 1);
    let digits = "9".repeat(MAX_TOKEN_LEN + 1);
    // At the limit, a name and a word are read as usual.
    let src = format!("body {limit} {{\n  kind {limit}\n}}\n");
    assert_eq!(
        parse_ok(&src).blocks[0].name.unwrap().text.len(),
        MAX_TOKEN_LEN
    );
    // Over it: a block kind and a block name skip the block; an attribute
    // name its line; a word or number is an invalid value.
    for (src, skipped_block) in [
        (
            format!("{long} b {{\n  kind x\n}}\nbody c {{\n  kind court\n}}\n"),
            true,
        ),
        (
            format!("body {long} {{\n  kind x\n}}\nbody c {{\n  kind court\n}}\n"),
            true,
        ),
        (format!("body c {{\n  {long} 5\n  kind court\n}}\n"), false),
        (format!("body c {{\n  kind {long}\n}}\n"), false),
        (format!("body c {{\n  kind [{long}.x, y]\n}}\n"), false),
        (format!("body c {{\n  records {digits}\n}}\n"), false),
        (format!("body c {{\n  records {digits}y\n}}\n"), false),
    ] {
        let (ast, errors) = parse(&src, FileId(0));
        let found: Vec<&str> = errors.iter().map(|e| e.code()).collect();
        assert_eq!(found, ["E017"], "{}", &src[..40]);
        assert!(errors[0].message.text().contains("the limit is 1024"));
        assert!(errors[0].span.len() > MAX_TOKEN_LEN);
        let names: Vec<_> = ast
            .blocks
            .iter()
            .filter_map(|b| b.name)
            .map(|n| n.text)
            .collect();
        assert_eq!(names, ["c"], "{}", &src[..40]);
        if !skipped_block {
            assert!(
                ast.blocks[0]
                    .attributes()
                    .all(|a| a.value.has_error() || a.key.text == "kind")
            );
        }
    }
}

/// Records what `parse_each` hands on, in the order it does.
#[derive(Default)]
struct Recorder(Vec<String>);

impl<'a> crate::syntax::BlockSink<'a> for Recorder {
    fn begin(&mut self, kind: Ident<'a>, name: Option<Ident<'a>>) {
        self.0.push(format!("begin {kind:?} {name:?}"));
    }

    fn attribute(&mut self, key: Ident<'a>, value: &Value<'a>) {
        self.0.push(format!("{key:?} {value:?}"));
    }

    fn end(&mut self, block: &Block<'a>) {
        self.0.push(format!(
            "end {:?} {:?} {:?} {:?} {:?}",
            block.title,
            block.span,
            block.open,
            block.entries,
            block.header_span()
        ));
    }
}

#[test]
fn parse_each_hands_on_the_same_blocks_as_parse() {
    // Lists of growing and shrinking lengths, nested and empty, in block
    // after block: each block's lists reuse the vectors of the blocks
    // before it, and must hold their own items only. A nested block (an
    // error) stays in its block's entries, its attributes with it; a block
    // without `{` and one cut short are handed on as far as they got.
    let src = "a x \"T\" {\n  v [p, q, r, s]\n  w [t]\n}\n\
               b y {\n  v [u]\n  inner z {\n    k [1, 2]\n  }\n  w []\n  z [[k, l], m]\n}\n\
               c z {\n  v [n, o, p2, q2, r2, s2]\n}\n\
               d w {\n  v []\n}\n\
               e nobrace\n\
               f cut {\n  v [a, b]\n";
    let (ast, errors) = parse(src, FileId(0));
    let mut each = Recorder::default();
    let (_, each_errors) = crate::syntax::parse_each(src, FileId(0), &mut each);
    assert_eq!(format!("{each_errors:?}"), format!("{errors:?}"));
    let mut whole = Vec::new();
    for block in &ast.blocks {
        whole.push(format!("begin {:?} {:?}", block.kind, block.name));
        whole.extend(
            block
                .attributes()
                .map(|a| format!("{:?} {:?}", a.key, a.value)),
        );
        let nested: Vec<&Entry<'_>> = (block.entries.iter())
            .filter(|e| matches!(e, Entry::Block(_)))
            .collect();
        whole.push(format!(
            "end {:?} {:?} {:?} {:?} {:?}",
            block.title,
            block.span,
            block.open,
            nested,
            block.header_span()
        ));
    }
    assert_eq!(each.0, whole);
    assert_eq!(ast.blocks.len(), 6);
    assert!(whole.iter().any(|e| e.contains("inner")));
}
