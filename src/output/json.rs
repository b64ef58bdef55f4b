//! The JSON document of outputs.md.

use serde::Serialize;

use crate::base::{Basis, BlockRef, Diagnostic, Sources, Span, Waived};
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
    diagnostics: &'r [Diagnostic],
}

impl Serialize for Diagnostics<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.diagnostics
                .iter()
                .map(|d| JsonDiagnostic::new(self.sources, d)),
        )
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
    message: &'r str,
    help: Option<&'r str>,
    path: &'r str,
    span: JsonSpan,
    block: Option<&'r BlockRef>,
    labels: Vec<JsonLabel<'r>>,
    basis: &'r [Basis],
    waived: Option<&'r Waived>,
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
        let mut labels = Vec::with_capacity(d.labels.len() + 1);
        if let Some(message) = &d.label {
            labels.push(JsonLabel {
                message,
                path: None,
                span: JsonSpan::new(sources, d.file, d.span),
            });
        }
        labels.extend(d.labels.iter().map(|l| JsonLabel {
            message: &l.message,
            path: (l.file != d.file).then(|| sources.get(l.file).path.as_str()),
            span: JsonSpan::new(sources, l.file, l.span),
        }));
        JsonDiagnostic {
            code: &d.code,
            name: &d.name,
            family: d.family.as_deref(),
            severity: d.severity.as_str(),
            message: &d.message,
            help: d.help.as_deref(),
            path: &sources.get(d.file).path,
            span: JsonSpan::new(sources, d.file, d.span),
            block: d.block.as_ref(),
            labels,
            basis: &d.basis,
            waived: d.waived.as_ref(),
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
        },
        summary: report.summary,
    };
    super::write_json(&document, out)
}
