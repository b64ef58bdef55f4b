//! Model tests: typed values, references across files, and the meaning checks.

use super::*;
use crate::base::Diagnostic;
use crate::syntax::DurationUnit;

fn with_model<R>(files: &[&str], f: impl FnOnce(&Model<'_>, &[Diagnostic]) -> R) -> R {
    let texts: Vec<_> = files
        .iter()
        .enumerate()
        .map(|(i, text)| (FileId(i as u32), *text))
        .collect();
    let (model, errors) = build(&texts);
    assert!(
        errors.iter().all(|e| e.code().starts_with("E1")),
        "syntax errors: {errors:#?}"
    );
    f(&model, &errors)
}

fn error_codes(files: &[&str]) -> Vec<String> {
    with_model(files, |_, errors| {
        errors.iter().map(|e| e.code().to_string()).collect()
    })
}

const PARTIES: &str = "body bureau {\n  kind regulator\n}\noperator op {\n  kind private\n  affiliated_with [bureau]\n}\ndataset ds {\n  categories [user.biometric.face, public.transport]\n  keys [face_template]\n  records 40_000_000\n}\n";

#[test]
fn typed_values_and_references() {
    let grant = "grant g {\n  operator op\n  datasets [ds]\n  term 20y\n  retention indefinite\n  revenue_share 30%\n  epsilon 1\n  selection direct_award\n  justification \"\"\"why\"\"\"\n}\n";
    with_model(&[PARTIES, grant], |model, errors| {
        assert!(errors.is_empty(), "{errors:#?}");
        let (_, g) = model.of_kind(BlockKind::Grant).next().unwrap();
        let Some(Value::Ref(op)) = model.get(g, "operator") else {
            panic!()
        };
        assert_eq!(model.block(op).name, Some("op"));
        assert_eq!(model.lookup("op"), Some(op));
        let Some(Value::Duration(term)) = model.get(g, "term") else {
            panic!()
        };
        assert_eq!((term.amount, term.unit), (20, DurationUnit::Years));
        assert_eq!(model.get(g, "retention"), Some(Value::Indefinite));
        assert_eq!(
            model.get(g, "revenue_share"),
            Some(Value::Percent(Packed::new(30.0)))
        );
        assert_eq!(
            model.get(g, "epsilon"),
            Some(Value::Decimal(Packed::new(1.0)))
        );
        assert_eq!(
            model.get(g, "selection"),
            Word::new("direct_award").map(Value::Word)
        );
        let Some(Value::Text(text)) = model.get(g, "justification") else {
            panic!()
        };
        assert_eq!(model.text(g, text).value(), "why");
        let datasets: Vec<_> = model.refs(g, "datasets").collect();
        let (ds, span) = datasets[0];
        assert_eq!(&grant[span.range()], "ds");
        let ds = model.block(ds);
        let Some(Value::List(categories)) = model.get(ds, "categories") else {
            panic!()
        };
        let taxonomy = Taxonomy::builtin();
        let Value::Category(face) = model.items(ds, categories).next().unwrap().value else {
            panic!()
        };
        assert!(taxonomy.category(face).sensitive);
        let Some(Value::List(keys)) = model.get(ds, "keys") else {
            panic!()
        };
        let Value::Ident(key) = model.items(ds, keys).next().unwrap().value else {
            panic!()
        };
        assert_eq!(model.source(ds, key), "face_template");
        assert!(model.get(g, "exclusive").is_none());
        assert_eq!(g.file, FileId(1));
        let term = model.attr(g, "term").unwrap();
        assert_eq!(
            &grant[term.key_span(BlockKind::Grant, grant).range()],
            "term"
        );
        assert_eq!(
            &grant[term.full_span(BlockKind::Grant, grant).range()],
            "term 20y"
        );
    });
}

#[test]
fn attributes_far_into_a_large_block_keep_their_spans() {
    // The text is longer than 64 KiB, and so is the distance from the
    // clause's start to `applies_to` (a reference resolved by linking).
    let long = "长".repeat(30_000);
    let text = format!(
        "grant g {{\n  term 1y\n}}\nclause c {{\n  text \"{long}\"\n  applies_to [g]\n}}\n"
    );
    with_model(&[&text], |model, _| {
        let (_, c) = model.of_kind(BlockKind::Clause).next().unwrap();
        let written: Vec<(&str, &str)> = model
            .attrs(c)
            .map(|a| {
                let key = a.key_span(BlockKind::Clause, &text);
                (&text[key.range()], &text[a.span.range()])
            })
            .collect();
        assert_eq!(
            written,
            [
                ("text", format!("\"{long}\"").as_str()),
                ("applies_to", "[g]")
            ]
        );
        let targets: Vec<_> = model.refs(c, "applies_to").collect();
        assert_eq!(targets.len(), 1);
        assert_eq!(&text[targets[0].1.range()], "g");
    });
}

#[test]
fn schemas_leave_the_far_span_bit_free() {
    for kind in BlockKind::ALL {
        assert!(
            kind.schema().attrs.len() < super::FAR_SPAN as usize,
            "{kind}"
        );
    }
}

#[test]
fn list_items_of_any_length_keep_their_spans() {
    let long = "k".repeat(300);
    let text = format!(
        "dataset d {{\n  categories [public.transport]\n  keys [a, {long} ,\n    b_{long}]\n}}\n"
    );
    with_model(&[&text], |model, _| {
        let (_, d) = model.of_kind(BlockKind::Dataset).next().unwrap();
        let Some(Value::List(keys)) = model.get(d, "keys") else {
            panic!()
        };
        let written: Vec<&str> = model
            .items(d, keys)
            .map(|item| &text[item.span.range()])
            .collect();
        assert_eq!(written, ["a", long.as_str(), format!("b_{long}").as_str()]);
    });
}

#[test]
fn the_key_is_found_back_across_tabs_and_carriage_returns() {
    let grant = "grant g {\r\n  term \t\r 20y\r\n  exclusive\ttrue;scope national\r\n}\r\n";
    with_model(&[grant], |model, _| {
        let (_, g) = model.of_kind(BlockKind::Grant).next().unwrap();
        let spans: Vec<_> = model
            .attrs(g)
            .map(|a| {
                let key = a.key_span(BlockKind::Grant, grant);
                (
                    &grant[key.range()],
                    &grant[a.full_span(BlockKind::Grant, grant).range()],
                )
            })
            .collect();
        assert_eq!(
            spans,
            vec![
                ("term", "term \t\r 20y"),
                ("exclusive", "exclusive\ttrue"),
                ("scope", "scope national"),
            ]
        );
    });
}

#[test]
fn failed_references_are_dropped_and_the_rest_kept_in_order() {
    let grant = "grant g {\n  operator nobody\n  datasets [ds, ghost, ds2]\n  term 1y\n}\ndataset ds2 {\n  categories [user.name]\n}\n";
    with_model(&[PARTIES, grant], |model, errors| {
        let codes: Vec<_> = errors.iter().map(|e| e.code()).collect();
        assert_eq!(codes, vec!["E105", "E105"]);
        let (_, g) = model.of_kind(BlockKind::Grant).next().unwrap();
        let names: Vec<_> = model
            .refs(g, "datasets")
            .map(|(id, _)| model.block(id).name.unwrap())
            .collect();
        assert_eq!(names, vec!["ds", "ds2"]);
        assert!(model.get(g, "operator").is_none());
        let keys: Vec<_> = model
            .attrs(g)
            .map(|a| a.schema(BlockKind::Grant).name)
            .collect();
        assert_eq!(keys, vec!["datasets", "term"]);
    });
    // Attributes before the failed reference stay in place, those after it
    // move up, and each is still found by name.
    let grant = "grant g {\n  term 1y\n  datasets [ds]\n  operator nobody\n  exclusive true\n  free_for [research]\n}\n";
    with_model(&[PARTIES, grant], |model, errors| {
        let codes: Vec<_> = errors.iter().map(|e| e.code()).collect();
        assert_eq!(codes, vec!["E105"]);
        let (_, g) = model.of_kind(BlockKind::Grant).next().unwrap();
        let keys: Vec<_> = model
            .attrs(g)
            .map(|a| a.schema(BlockKind::Grant).name)
            .collect();
        assert_eq!(keys, vec!["term", "datasets", "exclusive", "free_for"]);
        assert!(model.get(g, "operator").is_none());
        assert_eq!(model.get(g, "exclusive"), Some(Value::Bool(true)));
        assert!(matches!(model.get(g, "free_for"), Some(Value::List(_))));
        assert_eq!(model.refs(g, "datasets").count(), 1);
    });
}

#[test]
fn policies_are_found_per_file() {
    with_model(
        &[
            "policy \"A\" {\n  jurisdiction \"CN-GZ\"\n}\n",
            "body b {\n  kind court\n}\n",
        ],
        |model, errors| {
            assert!(errors.is_empty());
            assert!(model.policy_of(FileId(0)).is_some());
            assert!(model.policy_of(FileId(1)).is_none());
        },
    );
}

#[test]
fn meaning_errors() {
    let cases: &[(&str, &str)] = &[
        ("E101", "grnat g {\n}\n"),
        ("E102", "body b {\n  kind court\n  kindd court\n}\n"),
        ("E103", "body b {\n  kind court\n  independent \"yes\"\n}\n"),
        (
            "E103",
            "dataset d {\n  categories [user.name]\n  keys [a.b]\n}\n",
        ),
        ("E103", "dataset d {\n  categories user.name\n}\n"),
        ("E104", "body b {\n  kind courts\n}\n"),
        ("E105", "body b {\n  kind court\n  reports_to nobody\n}\n"),
        (
            "E106",
            "body b {\n  kind court\n}\noperator o {\n  kind private\n  affiliated_with [o]\n}\n",
        ),
        (
            "E107",
            "body b {\n  kind court\n}\nbody b {\n  kind court\n}\n",
        ),
        ("E108", "body b {\n  kind court\n  kind court\n}\n"),
        ("E109", "body b {\n}\n"),
        ("E110", "dataset d {\n  categories [user.nonsense]\n}\n"),
        (
            "E111",
            "grant g {\n  operator o\n  datasets [d]\n  revenue_share 100.5%\n}\noperator o {\n  kind private\n}\ndataset d {\n  categories [user.name]\n}\n",
        ),
        ("E112", "dataset {\n  categories [user.name]\n}\n"),
        ("E113", "policy \"a\" {\n}\npolicy \"b\" {\n}\n"),
        ("E114", "policy {\n}\n"),
        (
            "E115",
            "body b {\n  kind court\n  body c {\n    kind court\n  }\n}\n",
        ),
        (
            "E116",
            "grant g {\n  operator o\n  datasets []\n}\noperator o {\n  kind private\n}\n",
        ),
    ];
    for (code, src) in cases {
        assert_eq!(error_codes(&[src]), vec![code.to_string()], "{src}");
    }
}

#[test]
fn references_to_blocks_of_unknown_kind_are_not_reported_again() {
    assert_eq!(
        error_codes(&["operater o {\n}\ngrant g {\n  operator o\n  datasets []\n}\n"]),
        vec!["E101", "E116"]
    );
}

#[test]
fn applies_to_takes_any_kind() {
    assert!(
        error_codes(&[
            PARTIES,
            "clause c {\n  text \"x\"\n  applies_to [op, ds, bureau]\n}\n"
        ])
        .is_empty()
    );
}

#[test]
fn unknown_attribute_suggests_or_lists() {
    with_model(
        &[
            "grant g {\n  operator o\n  datasets [d]\n  exclusve true\n  kind x\n}\noperator o {\n  kind private\n}\ndataset d {\n  categories [user.name]\n}\n",
        ],
        |_, errors| {
            assert_eq!(errors[0].help(), Some("did you mean `exclusive`?"));
            assert!(
                errors[1]
                    .help()
                    .unwrap()
                    .starts_with("`kind` is an attribute of `body`, `operator`")
            );
        },
    );
}

/// A file denser than the room `FileData::with_capacity_for` estimates from
/// its length (a block per 19 bytes at most, a list item per 2) grows its
/// vectors and loses nothing.
#[test]
fn a_file_denser_than_the_estimate_keeps_every_block_and_item() {
    let mut text = String::new();
    for i in 0..2000 {
        text.push_str(&format!("body b{i}{{kind x}}\n"));
    }
    text.push_str("dataset ds{keys[");
    text.push_str(&vec!["a"; 5000].join(","));
    text.push_str("]}\n");
    // Past the estimate's room for blocks and for list items.
    assert!(2000 > text.len() / 32 + 4 && 5000 > text.len() / 16 + 16);
    with_model(&[&text], |model, _| {
        assert_eq!(model.of_kind(BlockKind::Body).count(), 2000);
        assert_eq!(
            model.block(model.lookup("b1999").unwrap()).name,
            Some("b1999")
        );
        let (_, ds) = model.of_kind(BlockKind::Dataset).next().unwrap();
        let Some(Value::List(keys)) = model.get(ds, "keys") else {
            panic!("keys is a list")
        };
        assert_eq!(model.items(ds, keys).count(), 5000);
    });
}
