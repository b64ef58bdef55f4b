//! The editor integration in `editors/`: the VS Code manifest, the TextMate grammar and the
//! extension entry point are consistent, and the grammar tokenizes the examples as expected
//! when run through `vscode-textmate` (the library VS Code uses), via `editors/test/run.sh`.

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "support/tools.rs"]
mod tools;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(rel: &str) -> serde_json::Value {
    let path = root().join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel} is not valid JSON: {e}"))
}

const KINDS: [&str; 8] = [
    "policy",
    "body",
    "operator",
    "dataset",
    "grant",
    "access",
    "oversight",
    "clause",
];

#[test]
fn grammar_is_a_textmate_grammar_for_source_datalint() {
    let grammar = read_json("editors/vscode/syntaxes/datalint.tmLanguage.json");
    assert_eq!(grammar["scopeName"], "source.datalint");
    assert!(
        grammar["patterns"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    );
    let repository = grammar["repository"].as_object().expect("repository");
    // Every `#name` include resolves to a repository entry.
    let text = grammar.to_string();
    for include in text.split("\"include\":\"#").skip(1) {
        let name = &include[..include.find('"').unwrap()];
        assert!(
            repository.contains_key(name),
            "include #{name} has no repository entry"
        );
    }
    // The block header rule names all eight kinds of the v1 language.
    let header = repository["block-header"]["begin"]
        .as_str()
        .expect("block-header begin");
    for kind in KINDS {
        assert!(
            header.contains(kind),
            "block-header does not match `{kind}`"
        );
    }
    for scope in [
        "keyword.other.block.datalint",
        "entity.name.type.datalint",
        "variable.other.property.datalint",
        "string.quoted.triple.datalint",
        "constant.character.escape.datalint",
        "constant.numeric.date",
        "constant.numeric.duration",
        "support.constant.category",
        "keyword.other.waiver.datalint",
        "comment.line.number-sign.datalint",
    ] {
        assert!(text.contains(scope), "the grammar has no {scope} scope");
    }
}

#[test]
fn vscode_manifest_contributes_language_grammar_and_server() {
    let manifest = read_json("editors/vscode/package.json");
    assert_eq!(manifest["name"], "datalint");
    assert_eq!(manifest["main"], "./extension.js");
    let events = manifest["activationEvents"]
        .as_array()
        .expect("activationEvents");
    assert!(events.iter().any(|e| e == "onLanguage:datalint"));

    let contributes = &manifest["contributes"];
    let languages = contributes["languages"]
        .as_array()
        .expect("contributes.languages");
    let language = languages
        .iter()
        .find(|l| l["id"] == "datalint")
        .expect("a language with id datalint");
    let extensions = language["extensions"].as_array().expect("extensions");
    assert!(extensions.iter().any(|e| e == ".dsl"));
    let configuration = language["configuration"]
        .as_str()
        .expect("language configuration");
    let configuration = read_json(&format!("editors/vscode/{configuration}"));
    assert_eq!(configuration["comments"]["lineComment"], "#");

    let grammars = contributes["grammars"]
        .as_array()
        .expect("contributes.grammars");
    let grammar = grammars
        .iter()
        .find(|g| g["language"] == "datalint")
        .expect("a grammar for datalint");
    assert_eq!(grammar["scopeName"], "source.datalint");
    let path = grammar["path"].as_str().expect("grammar path");
    assert_eq!(
        read_json(&format!("editors/vscode/{path}"))["scopeName"],
        "source.datalint"
    );

    let setting = &contributes["configuration"]["properties"]["datalint.path"];
    assert_eq!(setting["default"], "datalint");
    assert!(
        manifest["dependencies"]["vscode-languageclient"].is_string(),
        "the extension depends on vscode-languageclient"
    );

    let extension = std::fs::read_to_string(root().join("editors/vscode/extension.js")).unwrap();
    assert!(extension.contains("vscode-languageclient"));
    assert!(
        extension.contains(r#"args: ["lsp"]"#),
        "extension.js must run `datalint lsp`"
    );
    assert!(extension.contains(r#"language: "datalint""#));
}

/// Runs the real consumer: vscode-textmate + vscode-oniguruma tokenize every example.
#[test]
fn grammar_tokenizes_the_examples_in_vscode_textmate() {
    if !tools::available(&["node", "npm"], "the vscode-textmate test of the grammar") {
        return;
    }
    let script: &Path = Path::new("editors/test/run.sh");
    let output = Command::new("bash")
        .arg(script)
        .current_dir(root())
        .output()
        .expect("run bash");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "editors/test/run.sh failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    assert!(
        stdout.contains("tokenize: ok"),
        "unexpected output:\n{stdout}\n{stderr}"
    );
    eprintln!("{}", stdout.trim());
}
