//! The JSON document of outputs.md.

use rustc_hash::FxHashMap;
use serde::Serialize;
use serde_json::value::RawValue;

use crate::base::{Basis, Diagnostic, Message, Sources, Span, Waived};
use crate::diagnostics::{Report, Summary};

pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'r> {
    version: u32,
    tool: Tool,
    diagnostics: Diagnostics<'r>,
    summary: Summary,
}

/// The diagnostics, each converted as it is written: a run with 100,000
/// findings would otherwise hold a second copy of them all.
struct Diagnostics<'r> {
    sources: &'r Sources,
    diagnostics: &'r [Box<Diagnostic>],
    rendered: Rendered,
}

/// The JSON of each rule's basis and help, by address of the shared value:
/// they were half of the output's bytes, escaped anew for every finding.
#[derive(Default)]
struct Rendered {
    basis: FxHashMap<usize, Box<RawValue>>,
    help: FxHashMap<usize, Box<RawValue>>,
}

/// How deep the fields of a diagnostic are indented in the document.
const FIELD_INDENT: &str = "      ";

impl Rendered {
    fn of(diagnostics: &[Box<Diagnostic>]) -> Rendered {
        let mut rendered = Rendered::default();
        for d in diagnostics {
            if !d.basis().is_empty() {
                rendered
                    .basis
                    .entry(d.basis().as_ptr() as usize)
                    .or_insert_with(|| {
                        let pretty =
                            serde_json::to_string_pretty(d.basis()).expect("a basis serializes");
                        raw(pretty.replace('\n', &format!("\n{FIELD_INDENT}")))
                    });
            }
            if let Some(help) = d.help() {
                rendered
                    .help
                    .entry(help.as_ptr() as usize)
                    .or_insert_with(|| raw(serde_json::to_string(help).expect("a string")));
            }
        }
        rendered
    }
}

fn raw(json: String) -> Box<RawValue> {
    RawValue::from_string(json).expect("serde_json wrote valid JSON")
}

impl Serialize for Diagnostics<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.diagnostics.iter().map(|d| {
            let mut json = JsonDiagnostic::new(self.sources, d);
            if let Some(basis) = self.rendered.basis.get(&(d.basis().as_ptr() as usize)) {
                json.basis = Prerendered::Rendered(basis);
            }
            if let Some(help) = d.help().as_ref()
                && let Some(rendered) = self.rendered.help.get(&(help.as_ptr() as usize))
            {
                json.help = Prerendered::Rendered(rendered);
            }
            json
        }))
    }
}

/// A value (a basis, a help text), or its JSON rendered before.
pub enum Prerendered<'r, T> {
    Value(T),
    Rendered(&'r RawValue),
}

impl<T: Serialize> Serialize for Prerendered<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Prerendered::Value(value) => value.serialize(serializer),
            Prerendered::Rendered(json) => json.serialize(serializer),
        }
    }
}

#[derive(Serialize)]
pub struct Tool {
    name: &'static str,
    version: &'static str,
}

impl Tool {
    pub fn datalint() -> Tool {
        Tool {
            name: "datalint",
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

#[derive(Serialize)]
pub struct JsonDiagnostic<'r> {
    code: &'r str,
    name: &'r str,
    family: Option<&'r str>,
    severity: &'static str,
    message: &'r Message,
    help: Prerendered<'r, Option<&'r str>>,
    path: &'r str,
    span: JsonSpan,
    block: Option<JsonBlock<'r>>,
    labels: Vec<JsonLabel<'r>>,
    basis: Prerendered<'r, &'r [Basis]>,
    waived: Option<&'r Waived>,
}

/// The block a diagnostic is about: its kind, and its name if it has one.
#[derive(Serialize)]
struct JsonBlock<'r> {
    kind: &'static str,
    name: Option<&'r str>,
}

#[derive(Serialize)]
pub struct JsonSpan {
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct Position {
    line: u32,
    column: u32,
    offset: u32,
}

#[derive(Serialize)]
struct JsonLabel<'r> {
    message: &'r str,
    /// Present when the label is in another file than the diagnostic.
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'r str>,
    span: JsonSpan,
}

impl JsonSpan {
    pub fn new(sources: &Sources, file: crate::base::FileId, span: Span) -> JsonSpan {
        let source = sources.get(file);
        let (start, end) = super::span_positions(source, span);
        JsonSpan {
            start: Position {
                line: start.line,
                column: start.column,
                offset: span.start,
            },
            end: Position {
                line: end.line,
                column: end.column,
                offset: span.end,
            },
        }
    }
}

impl<'r> JsonDiagnostic<'r> {
    pub fn new(sources: &'r Sources, d: &'r Diagnostic) -> JsonDiagnostic<'r> {
        let mut labels = Vec::with_capacity(d.labels().len() + 1);
        if let Some(message) = d.label() {
            labels.push(JsonLabel {
                message,
                path: None,
                span: JsonSpan::new(sources, d.file, d.span),
            });
        }
        labels.extend(d.labels().iter().map(|l| JsonLabel {
            message: &l.message,
            path: (l.file != d.file).then(|| sources.get(l.file).path.as_str()),
            span: JsonSpan::new(sources, l.file, l.span),
        }));
        JsonDiagnostic {
            code: d.code(),
            name: d.name(),
            family: d.family(),
            severity: d.severity.as_str(),
            message: &d.message,
            help: Prerendered::Value(d.help()),
            path: &sources.get(d.file).path,
            span: JsonSpan::new(sources, d.file, d.span),
            block: d.block().map(|block| JsonBlock {
                kind: block.kind.name(),
                name: block.name(sources),
            }),
            labels,
            basis: Prerendered::Value(d.basis()),
            waived: d.waived(),
        }
    }
}

/// Writes the report as one JSON document followed by a newline.
pub fn emit(
    report: &Report,
    sources: &Sources,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let document = Document {
        version: FORMAT_VERSION,
        tool: Tool::datalint(),
        diagnostics: Diagnostics {
            sources,
            diagnostics: &report.diagnostics,
            rendered: Rendered::of(&report.diagnostics),
        },
        summary: report.summary,
    };
    super::write_json(&document, out)
}
