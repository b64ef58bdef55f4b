//! SARIF 2.1.0, for code-scanning alerts (GitHub, Azure DevOps, SARIF viewers).
//!
//! One run: the tool with a reporting descriptor for every rule in force (and
//! for each language or waiver code that occurs), and one result per
//! diagnostic. Waived findings stay in the log as results with an in-source
//! suppression. Columns count UTF-16 code units, as SARIF does by default
//! (`columnKind` `utf16CodeUnits`); they are computed from the byte spans, so
//! a character outside the Basic Multilingual Plane counts two.
//!
//! The log passes Microsoft's SARIF validator (`sarif-multitool validate`)
//! without errors or warnings; `scripts/validate-sarif.sh` runs it.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Serialize;

use super::{EmitContext, markdown_text};
use crate::base::codes::ErrorCode;
use crate::base::{Diagnostic, FileId, Severity, SourceFile, Sources, Span};
use crate::rules::Rule;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub const SARIF_VERSION: &str = "2.1.0";
/// The project's home: the tool's `informationUri`, and the base of help URIs.
pub const PROJECT_URI: &str = "https://github.com/datalint/datalint";
/// The key of the fingerprint in `partialFingerprints` (the fingerprint of
/// baselines, `diagnostics::baseline::fingerprint`).
pub const FINGERPRINT_KEY: &str = "datalint/v1";
/// The base that relative artifact URIs resolve against: the directory
/// datalint was run in.
pub const SRCROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
struct Log<'r> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'r>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'r> {
    tool: Tool,
    original_uri_base_ids: HashMap<&'static str, BaseLocation>,
    column_kind: &'static str,
    artifacts: Vec<Artifact>,
    results: Vec<SarifResult<'r>>,
}

#[derive(Serialize)]
struct BaseLocation {
    description: Message,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Descriptor>,
}

/// A `reportingDescriptor`: one rule, language error or waiver code.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: String,
    name: String,
    short_description: Message,
    #[serde(skip_serializing_if = "Option::is_none")]
    full_description: Option<Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<MultiformatMessage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
    properties: DescriptorProperties,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
    /// The rule's parameters with their default values.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    parameters: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DescriptorProperties {
    /// The rule's name as datalint writes it (kebab-case).
    datalint_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<String>,
    tags: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    applies_to: Vec<&'static str>,
    /// Severities per jurisdiction profile, where they differ from the default.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    profiles: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
struct MultiformatMessage {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Artifact {
    location: ArtifactLocation,
    /// Bytes; left out for a file that is not UTF-8, whose text is a lossy decoding.
    #[serde(skip_serializing_if = "Option::is_none")]
    length: Option<usize>,
    roles: [&'static str; 1],
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
    index: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'r> {
    rule_id: &'r str,
    rule_index: usize,
    level: &'static str,
    message: MessageRef<'r>,
    locations: [Location<'r>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'r>>,
    partial_fingerprints: HashMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression<'r>>,
}

#[derive(Serialize)]
struct MessageRef<'r> {
    text: Cow<'r, str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'r> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'r>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<MessageRef<'r>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'r> {
    artifact_location: ArtifactLocation,
    region: Region<'r>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'r> {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<MessageRef<'r>>,
}

#[derive(Serialize)]
struct Suppression<'r> {
    kind: &'static str,
    justification: &'r str,
}

/// A 1-based line and a 1-based column counted in UTF-16 code units: a
/// position as SARIF gives it by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Utf16Position {
    pub line: u32,
    pub column: u32,
}

/// The SARIF position of a byte offset: the line as [`SourceFile::line_col`]
/// counts it, and the column in UTF-16 code units (a character outside the
/// Basic Multilingual Plane, such as 𠀀, counts two). An offset inside a
/// multi-byte character counts as that character; one past the end clamps to it.
pub fn utf16_position(file: &SourceFile, offset: u32) -> Utf16Position {
    let text = file.text.as_str();
    let mut offset = (offset as usize).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let position = file.utf16_line_col(offset as u32);
    Utf16Position {
        line: position.line,
        column: position.column,
    }
}

/// The SARIF rule name of a kebab-case datalint name, in the Pascal case the
/// SARIF validator asks for: every capital followed by at least one small
/// letter or digit (`exclusive-term-too-long` → `ExclusiveTermTooLong`). A
/// one-letter word joins the next one (`weak-k-anonymity` →
/// `WeakKanonymity`) or, last, the one before (`plan-b` → `Planb`); a word
/// starting with a digit joins the one before.
pub fn pascal_case(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out = String::with_capacity(name.len());
    let mut pending = String::new();
    for (i, word) in words.iter().enumerate() {
        let starts_with_digit = word.starts_with(|c: char| c.is_ascii_digit());
        if starts_with_digit && pending.is_empty() && !out.is_empty() {
            out.push_str(word);
            continue;
        }
        pending.push_str(word);
        if pending.chars().count() == 1 && i + 1 < words.len() {
            continue;
        }
        let mut chars = pending.chars();
        if pending.chars().count() == 1 && !out.is_empty() {
            // A last word of one letter: a capital alone is no Pascal word.
            out.push_str(&pending);
        } else if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
        pending.clear();
    }
    out
}

/// The URI of a path as given on the command line: relative paths stay
/// relative (resolved against `%SRCROOT%`), absolute ones become `file:` URIs.
/// Characters outside the URI path syntax are percent-encoded.
fn artifact_uri(path: &str) -> (String, Option<&'static str>) {
    let path = path.replace('\\', "/");
    let bytes = path.as_bytes();
    let windows_drive =
        bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    if path.starts_with('/') || windows_drive {
        let absolute = if windows_drive {
            format!("/{path}")
        } else {
            path
        };
        // Keep the drive's colon: it is allowed in a path after the first segment.
        let encoded = percent_encode(&absolute, |b| b == b':');
        return (format!("file://{encoded}"), None);
    }
    let mut relative = path.as_str();
    while let Some(rest) = relative.strip_prefix("./") {
        relative = rest.trim_start_matches('/');
    }
    (percent_encode(relative, |_| false), Some(SRCROOT))
}

fn percent_encode(path: &str, also_keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) || also_keep(b);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The explain text as paragraphs, each on one line (rule files wrap them).
fn unwrap_paragraphs(text: &str) -> String {
    text.trim()
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A rule's help: how to fix, then the articles it rests on.
fn rule_help(rule: &Rule) -> Option<MultiformatMessage> {
    let fix = rule.help().map(str::trim).unwrap_or("");
    let mut text = fix.to_string();
    let mut markdown = fix.to_string();
    if !rule.basis().is_empty() {
        for (out, heading) in [(&mut text, "Basis:"), (&mut markdown, "**Basis**\n")] {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(heading);
        }
        for basis in rule.basis().iter() {
            let (source, quote) = (basis.source.trim(), basis.quote.trim());
            if basis.paraphrase {
                text.push_str(&format!("\n- {source} (paraphrase): {quote}"));
                markdown.push_str(&format!(
                    "\n- {} (paraphrase): {}",
                    markdown_text::text(source),
                    markdown_text::text(quote)
                ));
            } else {
                text.push_str(&format!("\n- {source}: \"{quote}\""));
                markdown.push_str(&format!(
                    "\n- {}: “{}”",
                    markdown_text::text(source),
                    markdown_text::text(quote)
                ));
            }
        }
    }
    if text.is_empty() {
        return None;
    }
    let more = format!(
        "Run `datalint explain {}` for an example and the parameters.",
        rule.code()
    );
    text.push_str(&format!("\n\n{more}"));
    markdown.push_str(&format!("\n\n{more}"));
    Some(MultiformatMessage { text, markdown })
}

fn rule_descriptor(rule: &Rule) -> Descriptor {
    let builtin = rule.builtin();
    let summary = rule
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map_or_else(|| rule.name().replace('-', " "), str::to_string);
    let summary = sentence(&summary);
    Descriptor {
        id: rule.code().to_string(),
        name: pascal_case(rule.name()),
        short_description: Message { text: summary },
        full_description: rule
            .explain
            .as_deref()
            .map(unwrap_paragraphs)
            .filter(|t| !t.is_empty())
            .map(|text| Message { text }),
        help: rule_help(rule),
        help_uri: builtin.then(|| format!("{PROJECT_URI}/blob/main/{}", rule.origin)),
        default_configuration: Configuration {
            level: level(rule.severity),
            parameters: rule
                .params
                .iter()
                .map(|p| (p.name.clone(), serde_json::Value::from(p.default.clone())))
                .collect(),
        },
        properties: DescriptorProperties {
            datalint_name: rule.name().to_string(),
            family: Some(rule.family().to_string()),
            tags: vec![rule.family().to_string()],
            applies_to: rule.kinds().iter().map(|k| k.name()).collect(),
            profiles: rule
                .profile_overrides()
                .iter()
                .map(|(p, s)| (p.as_str().to_string(), s.as_str().into()))
                .collect(),
        },
    }
}

/// The body of the docs/errors.md section about a code, without its heading.
fn docs_section(code: &str) -> Option<&'static str> {
    let section = crate::base::codes::docs_section(code)?;
    Some(section[section.find('\n').unwrap_or(section.len())..].trim())
}

/// A descriptor for a language error (`E…`) or waiver code (`W…`), both
/// documented in `docs/errors.md`. Language errors are always errors; the
/// level of a waiver code is that of its diagnostics.
fn code_descriptor(code: &ErrorCode, severity: Severity) -> Descriptor {
    let tag = match code.code.as_bytes() {
        [b'E', b'0', ..] => "syntax",
        [b'E', ..] => "schema",
        _ => "waiver",
    };
    let waiver = tag == "waiver";
    // GitHub's anchor of the heading `## E001 invalid-utf8`.
    let anchor = format!("{}-{}", code.code.to_ascii_lowercase(), code.name);
    let section = docs_section(code.code).unwrap_or("");
    let paragraphs: Vec<&str> = section.split("\n\n").map(str::trim).collect();
    let first = paragraphs
        .iter()
        .find(|p| !p.is_empty() && !p.starts_with("```") && !p.starts_with("**"))
        .map_or_else(|| sentence(code.summary), |p| unwrap_paragraphs(p));
    let fix = section
        .find("**How to fix it:**")
        .map(|at| section[at + "**How to fix it:**".len()..].trim());
    let more = if waiver {
        "docs/errors.md, \"Waiver diagnostics\", has more.".to_string()
    } else {
        format!("Run `datalint explain {}` for an example.", code.code)
    };
    let help_text = match fix {
        Some(fix) => format!("{fix}\n\n{more}"),
        None => format!("{first}\n\n{more}"),
    };
    let help_markdown = if section.is_empty() || waiver {
        help_text.clone()
    } else {
        format!(
            "{section}\n\n`datalint explain {}` prints this entry.",
            code.code
        )
    };
    Descriptor {
        id: code.code.to_string(),
        name: pascal_case(code.name),
        short_description: Message {
            text: sentence(code.summary),
        },
        full_description: Some(Message { text: first }),
        help: Some(MultiformatMessage {
            text: help_text,
            markdown: help_markdown,
        }),
        help_uri: Some(format!("{PROJECT_URI}/blob/main/docs/errors.md#{anchor}")),
        default_configuration: Configuration {
            level: level(severity),
            parameters: serde_json::Map::new(),
        },
        properties: DescriptorProperties {
            datalint_name: code.name.to_string(),
            family: None,
            tags: vec![tag.to_string()],
            applies_to: Vec::new(),
            profiles: serde_json::Map::new(),
        },
    }
}

/// A descriptor for a code no table knows, from a diagnostic of it.
fn diagnostic_descriptor(d: &Diagnostic) -> Descriptor {
    let description = sentence(&d.name().replace('-', " "));
    let help = d.help().map_or_else(|| description.clone(), sentence);
    Descriptor {
        id: d.code().to_string(),
        name: pascal_case(d.name()),
        short_description: Message {
            text: description.clone(),
        },
        full_description: Some(Message { text: description }),
        help: Some(MultiformatMessage {
            text: help.clone(),
            markdown: help,
        }),
        help_uri: None,
        default_configuration: Configuration {
            level: level(d.severity),
            parameters: serde_json::Map::new(),
        },
        properties: DescriptorProperties {
            datalint_name: d.name().to_string(),
            family: d.family().map(str::to_string),
            tags: d.family().iter().map(|f| f.to_string()).collect(),
            applies_to: Vec::new(),
            profiles: serde_json::Map::new(),
        },
    }
}

/// A phrase as a sentence: capitalized, ending with a period.
fn sentence(phrase: &str) -> String {
    let phrase = phrase.trim();
    let mut chars = phrase.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// The descriptors, and the index of each code among them.
struct Descriptors {
    list: Vec<Descriptor>,
    index: HashMap<String, usize>,
}

impl Descriptors {
    fn new(cx: &EmitContext<'_>) -> Descriptors {
        let mut descriptors = Descriptors {
            list: Vec::new(),
            index: HashMap::new(),
        };
        for rule in &cx.rules.rules {
            descriptors.push(rule_descriptor(rule));
        }
        // Language and waiver codes that occur, in code order, at the
        // severity of their first diagnostic.
        let mut occurring: HashMap<&str, Severity> = HashMap::new();
        for d in &cx.report.diagnostics {
            occurring.entry(d.code()).or_insert(d.severity);
        }
        let tables = [crate::base::codes::ALL, crate::diagnostics::waivers::ALL];
        for code in tables.into_iter().flatten() {
            if let Some(&severity) = occurring.get(code.code) {
                descriptors.push(code_descriptor(code, severity));
            }
        }
        // Codes no table knows (none today): a descriptor from the diagnostic.
        for d in &cx.report.diagnostics {
            if !descriptors.index.contains_key(d.code()) {
                descriptors.push(diagnostic_descriptor(d));
            }
        }
        descriptors
    }

    /// Adds a descriptor unless one has its id already.
    fn push(&mut self, descriptor: Descriptor) {
        if self.index.contains_key(&descriptor.id) {
            return;
        }
        self.index.insert(descriptor.id.clone(), self.list.len());
        self.list.push(descriptor);
    }
}

fn artifact_location(sources: &Sources, file: FileId) -> ArtifactLocation {
    let (uri, uri_base_id) = artifact_uri(&sources.get(file).path);
    ArtifactLocation {
        uri,
        uri_base_id,
        index: file.0 as usize,
    }
}

fn region<'r>(file: &'r SourceFile, span: Span) -> Region<'r> {
    let start = utf16_position(file, span.start);
    let end = utf16_position(file, span.end.max(span.start));
    let snippet = file
        .text
        .get(span.range())
        .filter(|s| !s.trim().is_empty())
        .map(|text| MessageRef {
            text: Cow::Borrowed(text),
        });
    Region {
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
        snippet,
    }
}

fn result<'r>(
    sources: &'r Sources,
    descriptors: &Descriptors,
    d: &'r Diagnostic,
) -> SarifResult<'r> {
    let source = sources.get(d.file);
    let primary = Location {
        id: None,
        physical_location: PhysicalLocation {
            artifact_location: artifact_location(sources, d.file),
            region: region(source, d.span),
        },
        message: d.label().map(|text| MessageRef {
            text: Cow::Borrowed(text),
        }),
    };
    let related_locations = d
        .labels()
        .iter()
        .enumerate()
        .map(|(i, label)| Location {
            id: Some(i + 1),
            physical_location: PhysicalLocation {
                artifact_location: artifact_location(sources, label.file),
                region: region(sources.get(label.file), label.span),
            },
            message: Some(MessageRef {
                text: Cow::Borrowed(&label.message),
            }),
        })
        .collect();
    SarifResult {
        rule_id: d.code(),
        rule_index: descriptors.index[d.code()],
        level: level(d.severity),
        message: MessageRef {
            text: d.message.text(),
        },
        locations: [primary],
        related_locations,
        partial_fingerprints: HashMap::from([(
            FINGERPRINT_KEY,
            crate::diagnostics::baseline::fingerprint(d, sources),
        )]),
        suppressions: d
            .waived()
            .iter()
            .map(|w| Suppression {
                kind: "inSource",
                justification: &w.reason,
            })
            .collect(),
    }
}

/// Writes the report as one SARIF 2.1.0 log followed by a newline.
pub fn emit(cx: &EmitContext<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let descriptors = Descriptors::new(cx);
    let results = cx
        .report
        .diagnostics
        .iter()
        .map(|d| result(cx.sources, &descriptors, d))
        .collect();
    let not_utf8: Vec<FileId> = cx
        .report
        .diagnostics
        .iter()
        .filter(|d| *d.code() == *crate::base::codes::INVALID_UTF8.code)
        .map(|d| d.file)
        .collect();
    let artifacts = cx
        .sources
        .iter()
        .map(|(id, file)| Artifact {
            location: artifact_location(cx.sources, id),
            length: (!not_utf8.contains(&id)).then_some(file.text.len()),
            roles: ["analysisTarget"],
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: SARIF_VERSION,
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "datalint",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: PROJECT_URI,
                    rules: descriptors.list,
                },
            },
            original_uri_base_ids: HashMap::from([(
                SRCROOT,
                BaseLocation {
                    description: Message {
                        text: "The directory datalint was run in: paths are relative to it."
                            .to_string(),
                    },
                },
            )]),
            column_kind: "utf16CodeUnits",
            artifacts,
            results,
        }],
    };
    super::write_json(&log, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns() {
        // "条款" is 6 bytes, 2 UTF-16 units; "𠀀" is 4 bytes, 2 units.
        let file = SourceFile::new("t", "ab\n条款𠀀x\n".to_string());
        let at = |offset| utf16_position(&file, offset);
        assert_eq!(at(0), Utf16Position { line: 1, column: 1 });
        assert_eq!(at(2), Utf16Position { line: 1, column: 3 });
        assert_eq!(at(3), Utf16Position { line: 2, column: 1 });
        assert_eq!(at(9), Utf16Position { line: 2, column: 3 });
        assert_eq!(at(13), Utf16Position { line: 2, column: 5 });
        assert_eq!(at(14), Utf16Position { line: 2, column: 6 });
        // Inside 𠀀: counts as the character.
        assert_eq!(at(11), Utf16Position { line: 2, column: 3 });
        // The end of the file, and past it.
        assert_eq!(at(15), Utf16Position { line: 3, column: 1 });
        assert_eq!(at(99), Utf16Position { line: 3, column: 1 });
    }

    #[test]
    fn rule_names_in_pascal_case() {
        assert_eq!(
            pascal_case("exclusive-term-too-long"),
            "ExclusiveTermTooLong"
        );
        assert_eq!(pascal_case("invalid-utf8"), "InvalidUtf8");
        assert_eq!(pascal_case("weak-k-anonymity"), "WeakKanonymity");
        assert_eq!(pascal_case("plan-b"), "Planb");
        assert_eq!(pascal_case("stage-2-review"), "Stage2Review");
    }

    #[test]
    fn uris() {
        assert_eq!(
            artifact_uri("examples/a.dsl"),
            ("examples/a.dsl".to_string(), Some(SRCROOT))
        );
        assert_eq!(
            artifact_uri("./drafts/草案 1.dsl"),
            (
                "drafts/%E8%8D%89%E6%A1%88%201.dsl".to_string(),
                Some(SRCROOT)
            )
        );
        assert_eq!(
            artifact_uri("/tmp/a#b.dsl"),
            ("file:///tmp/a%23b.dsl".to_string(), None)
        );
        assert_eq!(
            artifact_uri(r"C:\drafts\a.dsl"),
            ("file:///C:/drafts/a.dsl".to_string(), None)
        );
        assert_eq!(artifact_uri("a:b.dsl").0, "a%3Ab.dsl");
    }

    #[test]
    fn sentences() {
        assert_eq!(
            sentence("the file is not valid UTF-8"),
            "The file is not valid UTF-8."
        );
        assert_eq!(sentence("Done."), "Done.");
    }
}
