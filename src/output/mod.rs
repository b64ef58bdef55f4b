//! Emitters: one module per output format. Each reads a finished
//! [`Report`](crate::diagnostics::Report) and the sources; none changes them.

pub mod catalogue;
pub mod human;
pub mod json;

use crate::base::{LineCol, SourceFile, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Rustc-style reports with source excerpts.
    Human,
    /// One JSON document (outputs.md).
    Json,
}

/// Start and end positions of a span, for formats that want lines and columns.
pub fn span_positions(file: &SourceFile, span: Span) -> (LineCol, LineCol) {
    (file.line_col(span.start), file.line_col(span.end))
}
