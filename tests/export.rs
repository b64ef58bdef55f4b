//! `datalint export`: the document validates against docs/export.schema.json,
//! its references resolve, its exit codes, and a snapshot of one example.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn export(args: &[&str], path: &Path) -> (Option<i32>, String, String) {
    let output = Command::cargo_bin("datalint")
        .unwrap()
        .arg("export")
        .args(args)
        .arg(path)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/export.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn assert_valid(validator: &jsonschema::Validator, document: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(document)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {}", errors.join("\n"));
}

/// Every reference names the block it says, and `referenced_by` is its inverse.
fn assert_references_resolve(document: &Value) {
    let blocks = document["blocks"].as_array().unwrap();
    let mut inverse = 0;
    for (i, block) in blocks.iter().enumerate() {
        assert_eq!(block["id"].as_u64(), Some(i as u64));
        for (name, attr) in block["attributes"].as_object().unwrap() {
            let values: Vec<&Value> = match attr["type"].as_str() {
                Some("list") => attr["value"].as_array().unwrap().iter().collect(),
                _ => vec![attr],
            };
            for value in values.into_iter().filter(|v| v["type"] == "ref") {
                let target = &blocks[value["block"].as_u64().unwrap() as usize];
                assert_eq!(target["kind"], value["kind"]);
                assert_eq!(target["name"], value["value"]);
                assert!(
                    target["referenced_by"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|r| r["block"].as_u64() == Some(i as u64) && r["attribute"] == **name),
                    "{}.{name} is not in its target's referenced_by",
                    block["name"]
                );
                inverse += 1;
            }
        }
    }
    let listed: usize = blocks
        .iter()
        .map(|b| b["referenced_by"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        listed, inverse,
        "referenced_by lists references that do not exist"
    );
}

#[test]
fn every_example_exports_a_valid_document() {
    let validator = validator();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "dsl"))
        .collect();
    paths.sort();
    for path in paths {
        for args in [&[][..], &["--no-spans"], &["--pretty"]] {
            let (code, stdout, stderr) = export(args, &path);
            let document: Value = serde_json::from_str(&stdout).unwrap();
            assert_valid(&validator, &document, &path.display().to_string());
            assert_references_resolve(&document);
            let errors = document["errors"].as_array().unwrap();
            if path.ends_with("mistakes.dsl") {
                // What parsed is exported; the errors are listed and fail the run.
                assert_eq!(code, Some(1), "{stderr}");
                assert!(!errors.is_empty());
                assert!(stderr.contains("errors in the files"), "{stderr}");
                assert!(!document["blocks"].as_array().unwrap().is_empty());
            } else {
                assert_eq!(code, Some(0), "{}: {stderr}", path.display());
                assert!(errors.is_empty());
            }
            if args == ["--no-spans"] {
                for block in document["blocks"].as_array().unwrap() {
                    assert!(block.get("span").is_none() && block.get("header").is_none());
                    let attrs = block["attributes"].as_object().unwrap();
                    assert!(attrs.values().all(|a| a.get("span").is_none()));
                }
            }
            if args.is_empty() {
                assert_eq!(stdout.lines().count(), 1, "compact by default");
            }
        }
    }
}

#[test]
fn a_generated_corpus_of_several_files_exports_a_valid_document() {
    let dir = tempfile::tempdir().unwrap();
    for (i, text) in corpus::generate_files(40, 3, 5).into_iter().enumerate() {
        std::fs::write(dir.path().join(format!("part-{i}.dsl")), text).unwrap();
    }
    let out = dir.path().join("out").join("export.json");
    std::fs::create_dir(out.parent().unwrap()).unwrap();
    let (code, stdout, stderr) = export(&["-o", out.to_str().unwrap()], dir.path());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.is_empty());
    let document: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_valid(&validator(), &document, "corpus");
    assert_references_resolve(&document);
    let files = document["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    assert!(files.iter().all(|f| f["policy"].is_u64()));
    let grants = document["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "grant")
        .count();
    assert_eq!(grants, 40);
}

#[test]
fn typed_values_carry_their_meaning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.dsl");
    std::fs::write(
        &path,
        "policy \"P\" {\n  jurisdiction \"CN-GZ\"\n  authority b\n  date 2025-02-24\n}\n\
         body b { kind regulator }\n\
         operator o { kind private\n  affiliated_with [b] }\n\
         dataset d { categories [user.biometric.face, public.transport]\n  records 1_000\n  keys [phone] }\n\
         grant g { operator o\n  datasets [d]\n  term 18mo\n  retention indefinite\n  revenue_share 30%\n  epsilon 0.5\n  exclusive true }\n",
    )
    .unwrap();
    let (code, stdout, stderr) = export(&["--no-spans"], &path);
    assert_eq!(code, Some(0), "{stderr}");
    let document: Value = serde_json::from_str(&stdout).unwrap();
    let blocks = document["blocks"].as_array().unwrap();
    let by_name = |name: &str| blocks.iter().find(|b| b["name"] == name).unwrap();
    let g = &by_name("g")["attributes"];
    assert_eq!(
        g["term"],
        serde_json::json!({"type": "duration", "value": "18mo", "days": 547.875, "indefinite": false})
    );
    assert_eq!(
        g["retention"],
        serde_json::json!({"type": "duration", "value": "indefinite", "days": null, "indefinite": true})
    );
    assert_eq!(g["revenue_share"]["value"], 30.0);
    assert_eq!(g["epsilon"]["type"], "decimal");
    assert_eq!(g["exclusive"]["value"], true);
    assert_eq!(g["operator"]["block"], by_name("o")["id"]);
    assert_eq!(g["datasets"]["value"][0]["kind"], "dataset");
    let d = &by_name("d")["attributes"];
    assert_eq!(
        d["categories"]["value"][0],
        serde_json::json!({"type": "category", "value": "user.biometric.face", "personal": true, "sensitive": true, "quasi_identifier": false})
    );
    assert_eq!(d["categories"]["value"][1]["personal"], false);
    assert_eq!(
        d["records"],
        serde_json::json!({"type": "integer", "value": 1000})
    );
    assert_eq!(
        d["keys"]["value"][0],
        serde_json::json!({"type": "ident", "value": "phone"})
    );
    let policy = &blocks[document["files"][0]["policy"].as_u64().unwrap() as usize];
    assert_eq!(policy["attributes"]["date"]["value"], "2025-02-24");
    assert_eq!(policy["attributes"]["jurisdiction"]["type"], "text");
    let b = by_name("b");
    let referrers: Vec<(&str, &str)> = b["referenced_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap(),
                r["attribute"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        referrers,
        [("policy", "authority"), ("operator", "affiliated_with")]
    );
}

#[test]
fn a_missing_path_exits_2() {
    let (code, stdout, stderr) = export(&[], &root().join("no/such/file.dsl"));
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty());
    assert!(stderr.contains("error"), "{stderr}");
}

#[test]
fn a_file_over_the_size_limit_is_left_out_and_exits_2() {
    let path = root().join("examples/eu-dga-reuse.dsl");
    let (code, stdout, _) = export(&["--max-file-size", "100"], &path);
    assert_eq!(code, Some(2));
    let document: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(document["errors"][0]["code"], "E016");
    assert!(document["blocks"].as_array().unwrap().is_empty());
    let (code, _, _) = export(&["--max-file-size", "0"], &path);
    assert_eq!(code, Some(0));
}

#[test]
fn export_of_an_example() {
    let (code, stdout, stderr) = export(
        &["--pretty"],
        Path::new("examples/city-mobility-concession.dsl"),
    );
    assert_eq!(code, Some(0), "{stderr}");
    insta::assert_snapshot!(stdout);
}
