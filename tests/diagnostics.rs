//! Snapshots of every diagnostic shape, rendered by miette without colour at
//! a fixed width, and of the JSON document.

use datalint::base::{SourceFile, Sources};
use datalint::check::{CheckOptions, check};
use datalint::output::human::{self, HumanOptions};
use datalint::output::json;
use datalint::rules::RuleSet;
use datalint::workspace;

fn run(files: &[(&str, &[u8])]) -> (String, String) {
    let mut sources = Sources::new();
    let mut load_errors = Vec::new();
    for (path, bytes) in files {
        let id = datalint::base::FileId(sources.len() as u32);
        let (text, error) = workspace::decode(bytes.to_vec(), id);
        sources.add(SourceFile::new(*path, text));
        load_errors.extend(error);
    }
    // Language errors only: rule findings have snapshots of their own.
    let report = check(
        &sources,
        load_errors,
        &RuleSet::empty(),
        CheckOptions::default(),
    );
    let mut human_out = Vec::new();
    let options = HumanOptions {
        color: false,
        width: 90,
        quiet: false,
    };
    human::emit(&report, &sources, options, &mut human_out).unwrap();
    let mut json_out = Vec::new();
    json::emit(&report, &sources, &mut json_out).unwrap();
    (
        String::from_utf8(human_out).unwrap(),
        String::from_utf8(json_out).unwrap(),
    )
}

fn human(src: &str) -> String {
    run(&[("draft.dsl", src.as_bytes())]).0
}

const PARTIES: &str = r#"
body bureau "Data Bureau" {
  kind regulator
}
operator op "Operator Co." {
  kind private
}
dataset ds "Timetables" {
  categories [public.transport]
}
"#;

/// A grant with the given extra lines, after valid declarations.
fn grant(lines: &str) -> String {
    format!("{PARTIES}\ngrant g \"Grant\" {{\n  operator op\n  datasets [ds]\n{lines}}}\n")
}

macro_rules! snapshot {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(human(&$src));
        }
    };
}

snapshot!(e002_unexpected_character, grant("  term @5y\n"));
snapshot!(
    e003_unterminated_string,
    grant("  justification \"service of general interest\n")
);
snapshot!(
    e003_unterminated_long_string,
    format!("{PARTIES}clause c {{\n  text \"\"\"\n  never closed\n}}\n")
);
snapshot!(
    e004_invalid_escape,
    grant("  justification \"reviewed \\q yearly\"\n")
);
snapshot!(
    e005_unclosed_block,
    format!("grant g {{\n  operator op\n  datasets [ds]\n{PARTIES}")
);
snapshot!(
    e005_unclosed_block_at_end_of_file,
    format!("{PARTIES}grant g {{\n  operator op\n  datasets [ds]\n")
);
snapshot!(
    e006_unclosed_list,
    grant("  purposes [research, statistics\n  term 2y\n")
);
snapshot!(e007_expected_value, grant("  term\n"));
snapshot!(
    e008_expected_terminator,
    grant("  term 2y exclusive true\n")
);
snapshot!(
    e009_expected_brace,
    format!("{PARTIES}grant g\n  operator op\n}}\n")
);
snapshot!(e010_unexpected_close, format!("{PARTIES}}}\n"));
snapshot!(e011_invalid_number, grant("  term 20years\n"));
snapshot!(
    e011_number_too_large,
    format!(
        "{PARTIES}dataset big {{\n  categories [user.name]\n  records 99999999999999999999999\n}}\n"
    )
);
snapshot!(e012_invalid_date, "policy \"P\" {\n  date 2025-02-30\n}\n");
snapshot!(
    e013_nesting_too_deep,
    grant(&format!(
        "  purposes {}{}\n",
        "[".repeat(70),
        "]".repeat(70)
    ))
);
snapshot!(
    e103_list_item_of_wrong_type,
    grant("  purposes [research, [statistics]]\n")
);
snapshot!(
    e101_unknown_block_kind,
    format!("{PARTIES}operater x {{\n  kind private\n}}\n")
);
snapshot!(e102_unknown_attribute, grant("  exclusve true\n"));
snapshot!(
    e102_attribute_of_another_kind,
    grant("  reports_to bureau\n")
);
snapshot!(e103_wrong_type, grant("  term \"twenty years\"\n"));
snapshot!(e103_percent_without_sign, grant("  revenue_share 30\n"));
snapshot!(e104_unknown_enum_word, grant("  selection lottery\n"));
snapshot!(e105_unresolved_reference, grant("  revenue_to burea\n"));
snapshot!(e106_wrong_reference_kind, grant("  revenue_to op\n"));
snapshot!(
    e107_duplicate_name,
    format!("{PARTIES}body op {{\n  kind court\n}}\n")
);
snapshot!(e108_duplicate_attribute, grant("  term 2y\n  term 3y\n"));
snapshot!(
    e109_missing_attribute,
    format!("{PARTIES}grant g {{\n  datasets [ds]\n}}\n")
);
snapshot!(
    e110_unknown_category,
    format!("{PARTIES}dataset faces {{\n  categories [user.biometric.fase]\n}}\n")
);
snapshot!(e111_out_of_range, grant("  revenue_share 130%\n"));
snapshot!(e112_missing_name, "body {\n  kind court\n}\n");
snapshot!(
    e113_duplicate_policy,
    "policy \"A\" {\n}\npolicy \"B\" {\n}\n"
);
snapshot!(e114_missing_title, "policy {\n  status draft\n}\n");
snapshot!(
    e115_nested_block,
    format!("{PARTIES}grant g {{\n  operator op\n  datasets [ds]\n  grant inner {{\n  }}\n}}\n")
);
snapshot!(
    e116_empty_list,
    format!("{PARTIES}grant g {{\n  operator op\n  datasets []\n}}\n")
);

#[test]
fn e001_invalid_utf8() {
    insta::assert_snapshot!(run(&[("draft.dsl", b"policy \"P\" {\n  version \"2\xFF\"\n}\n")]).0);
}

#[test]
fn cjk_columns_count_characters() {
    // The header position and JSON column count characters: `数据局` is 3
    // characters (9 bytes) before the bad word.
    let src = "policy \"数据局\" { status drafted }\n";
    let (human, json) = run(&[("draft.dsl", src.as_bytes())]);
    assert!(human.contains("[draft.dsl:1:23]"), "{human}");
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    let start = &document["diagnostics"][0]["span"]["start"];
    assert_eq!(start["column"], 23);
    assert_eq!(start["offset"], 28);
    insta::assert_snapshot!(human);
}

#[test]
fn duplicate_name_across_files_labels_both() {
    let (human, json) = run(&[
        ("a.dsl", b"body shared {\n  kind court\n}\n"),
        ("b.dsl", b"body shared {\n  kind regulator\n}\n"),
    ]);
    insta::assert_snapshot!("duplicate_name_across_files_human", human);
    insta::assert_snapshot!("duplicate_name_across_files_json", json);
}

#[test]
fn references_resolve_across_files() {
    let (human, _) = run(&[
        ("parties.dsl", PARTIES.as_bytes()),
        (
            "grant.dsl",
            b"grant g {\n  operator op\n  datasets [ds]\n  revenue_to bureau\n}\n",
        ),
    ]);
    assert!(
        human.ends_with("checked 2 files: no problems found\n"),
        "{human}"
    );
}

#[test]
fn json_document_shape() {
    let src = grant("  selection lottery\n  term 20years\n");
    let (_, json) = run(&[("policies/draft.dsl", src.as_bytes())]);
    insta::assert_snapshot!(json);
}
