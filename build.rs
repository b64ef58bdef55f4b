//! Three jobs:
//! - the built-in rule files and pattern lists under `rules/` are embedded
//!   (`BUILTIN_FILES`, one `include_str!` each). Listing them here rather
//!   than embedding the whole folder leaves out what else lies there (the
//!   rules' fixtures), and any change under `rules/` reruns this script, so
//!   a new rule file is embedded without a change elsewhere;
//! - the literals of the built-in pattern lists' regexes, which the start-up
//!   screen needs, are extracted here rather than at every start-up (parsing
//!   the regexes was a fifth of it). A test checks the table against parsing
//!   the lists at run time;
//! - the fingerprint of each built-in rule file is recorded, so that the
//!   compiled code of a rule (`src/rules/generated.rs`) is attached only to
//!   the text it was generated from without hashing at start-up.

use std::fmt::Write;
use std::path::{Path, PathBuf};

#[path = "src/rules/literals.rs"]
mod literals;

#[path = "src/rules/fingerprint.rs"]
mod fingerprint;

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=src/rules/literals.rs");
    println!("cargo:rerun-if-changed=src/rules/fingerprint.rs");
    let mut lists = Vec::new();
    collect(Path::new("rules"), "toml", &mut lists);
    lists.sort();
    let mut out =
        String::from("pub(crate) static BUILTIN_LITERALS: &[(&str, RegexLiterals)] = &[\n");
    for path in &lists {
        let text = std::fs::read_to_string(path).expect("a built-in pattern list reads");
        let table: toml::Table = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a pattern list: {e}", path.display()));
        let regexes: Vec<&str> = match table.get("regexes") {
            Some(toml::Value::Array(items)) => items.iter().filter_map(|v| v.as_str()).collect(),
            _ => Vec::new(),
        };
        let per_regex = literals::regex_literals(regexes).unwrap_or_else(|(source, error)| {
            panic!(
                "{}: bad regular expression {source}: {error}",
                path.display()
            )
        });
        // The path as `rules::collect_builtin` names the file.
        let key = path.to_str().expect("built-in paths are UTF-8");
        let _ = write!(out, "    ({key:?}, &[");
        for words in per_regex {
            match words {
                None => out.push_str("None, "),
                Some(words) => {
                    out.push_str("Some(&[");
                    for word in words {
                        let _ = write!(out, "&{word:?}, ");
                    }
                    out.push_str("]), ");
                }
            }
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let mut rules = Vec::new();
    collect(Path::new("rules"), "rule", &mut rules);
    rules.sort();
    let mut embedded: Vec<&PathBuf> = rules.iter().chain(&lists).collect();
    // By path components, as a walk of the folder that sorts each level
    // finds them.
    embedded.sort();
    out.push_str("pub(crate) static BUILTIN_FILES: &[(&str, &str)] = &[\n");
    for path in embedded {
        let key = path.to_str().expect("built-in paths are UTF-8");
        let _ = writeln!(
            out,
            "    ({key:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {key:?}))),"
        );
    }
    out.push_str("];\n");
    out.push_str("pub(crate) static BUILTIN_FINGERPRINTS: &[(&str, u64)] = &[\n");
    for path in rules {
        let text = std::fs::read_to_string(&path).expect("a built-in rule file reads");
        let key = path.to_str().expect("built-in paths are UTF-8");
        let _ = writeln!(
            out,
            "    ({key:?}, 0x{:016x}),",
            fingerprint::fingerprint(&text)
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(dest.join("builtin_literals.rs"), out).expect("OUT_DIR is writable");
}

/// The files under `dir` whose extension is `extension`.
fn collect(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("rules/ reads") {
        let path = entry.expect("rules/ reads").path();
        if path.is_dir() {
            collect(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}
