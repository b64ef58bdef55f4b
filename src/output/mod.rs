//! Emitters: one module per output format. Each reads a finished
//! [`Report`](crate::diagnostics::Report) and the sources; none changes them.

pub mod catalogue;
pub mod diff;
pub mod export;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown_text;
pub mod report;
pub mod sarif;
pub mod timings;

use crate::base::names::NameKey;
use crate::base::{LineCol, SourceFile, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Rustc-style reports with source excerpts.
    Human,
    /// One JSON document (outputs.md).
    Json,
    /// SARIF 2.1.0, for code-scanning alerts.
    Sarif,
    /// GitHub Actions workflow commands, for pull-request annotations.
    Github,
    /// JUnit XML: a test case per file and rule.
    Junit,
    /// GitLab Code Quality JSON.
    Gitlab,
}

/// What an emitter for CI reads besides the report.
pub struct EmitContext<'r> {
    pub report: &'r crate::diagnostics::Report,
    pub sources: &'r crate::base::Sources,
    pub rules: &'r crate::rules::RuleSet,
    pub fail_on: crate::diagnostics::FailOn,
}

/// Writes a value as pretty JSON and a newline. serde_json writes token by
/// token: a buffer of its own keeps those writes statically dispatched
/// instead of each going through `dyn Write` (a tenth of a check's time on
/// large outputs).
pub fn write_json(
    value: &impl serde::Serialize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use std::io::Write;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    write_pretty(&mut buffered, value)?;
    writeln!(buffered)?;
    buffered.flush()
}

/// `serde_json::to_writer_pretty`, byte for byte, with [`Pretty`].
pub fn write_pretty<W: std::io::Write>(
    writer: W,
    value: &impl serde::Serialize,
) -> std::io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(writer, Pretty::default());
    value.serialize(&mut serializer)?;
    Ok(())
}

/// serde_json's `PrettyFormatter` (two spaces a level), writing a line
/// break and its indentation in one write: it wrote the indentation one
/// level at a time, and those writes were a tenth of a large output's time.
#[derive(Default)]
pub struct Pretty {
    depth: usize,
    has_value: bool,
}

/// Levels whose indentation is written in one piece (deeper ones, which no
/// output of datalint's reaches, a level at a time).
const FLAT_DEPTH: usize = 32;

/// `,\n` and the indentation of `FLAT_DEPTH` levels.
static LINE_BREAK: [u8; 2 + 2 * FLAT_DEPTH] = {
    let mut line = [b' '; 2 + 2 * FLAT_DEPTH];
    line[0] = b',';
    line[1] = b'\n';
    line
};

impl Pretty {
    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line_break(writer, false)?;
        }
        writer.write_all(bracket)
    }

    fn line_break<W: ?Sized + std::io::Write>(
        &self,
        writer: &mut W,
        comma: bool,
    ) -> std::io::Result<()> {
        let from = if comma { 0 } else { 1 };
        if self.depth <= FLAT_DEPTH {
            return writer.write_all(&LINE_BREAK[from..2 + 2 * self.depth]);
        }
        writer.write_all(&LINE_BREAK[from..2])?;
        (0..self.depth).try_for_each(|_| writer.write_all(b"  "))
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.line_break(writer, !first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.line_break(writer, !first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `--statistics`: the number of findings per rule, most first.
pub fn statistics(
    report: &crate::diagnostics::Report,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut counts: Vec<(usize, &str, &str, &'static str)> = Vec::new();
    // Each code's entry found by hash: a run has tens of codes and can have
    // a million diagnostics, and all codes have the same length.
    let mut entry_of: rustc_hash::FxHashMap<NameKey<'_>, usize> = Default::default();
    for d in report.diagnostics.iter().filter(|d| d.waived().is_none()) {
        let at = *entry_of.entry(NameKey(d.code())).or_insert_with(|| {
            counts.push((0, d.code(), d.name(), d.severity.as_str()));
            counts.len() - 1
        });
        counts[at].0 += 1;
    }
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    for (count, code, name, severity) in counts {
        writeln!(out, "{count:>6}  {code:<7} {name:<36} {severity}")?;
    }
    Ok(())
}

/// Start and end positions of a span, for formats that want lines and columns.
pub fn span_positions(file: &SourceFile, span: Span) -> (LineCol, LineCol) {
    (file.line_col(span.start), file.line_col(span.end))
}

#[cfg(test)]
mod pretty_tests {
    /// `Pretty` writes what serde_json's pretty printer writes, deeper than
    /// its one-piece indentation reaches too.
    #[test]
    fn pretty_is_serde_json_pretty_byte_for_byte() {
        let mut deep = serde_json::json!({"leaf": [1, {}, [], "x\n\"y\""]});
        for level in 0..super::FLAT_DEPTH + 3 {
            deep = if level % 2 == 0 {
                serde_json::json!({ "level": level, "inner": deep, "empty": {} })
            } else {
                serde_json::json!([level, deep, [], null])
            };
        }
        for value in [serde_json::json!(null), serde_json::json!([]), deep] {
            let mut ours = Vec::new();
            super::write_pretty(&mut ours, &value).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string_pretty(&value).unwrap()
            );
        }
    }
}
