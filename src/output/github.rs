//! GitHub Actions workflow commands: one annotation line per diagnostic, for
//! pull-request annotations.
//!
//! ```text
//! ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=CODE name::MESSAGE
//! ```
//!
//! - Errors are `::error`, warnings `::warning`, infos `::notice`.
//! - **Waived findings are left out.** They were accepted in the source, by a
//!   `# datalint: allow` comment a reviewer reads there, and GitHub shows only
//!   a few annotations of each kind per step (10), which accepted findings
//!   would use up. The JSON and SARIF outputs keep them.
//! - Lines and columns are 1-based and columns count characters, as in the
//!   JSON output. `endColumn` is the column of the last character flagged
//!   (GitHub's end column is inclusive: it defaults to `col`). GitHub accepts
//!   columns only for an annotation on one line, so a span over several
//!   lines gives `line` and `endLine` only.
//! - The message is followed, after newlines, by the help and the first
//!   citation the finding rests on, so the annotation shows them.
//! - Escaping is GitHub's (as in `@actions/core`): in the message `%`, `\r`
//!   and `\n` become `%25`, `%0D` and `%0A`; in property values `:` and `,`
//!   also become `%3A` and `%2C`.

use std::fmt::Write as _;

use super::EmitContext;
use crate::base::{Diagnostic, Severity, SourceFile};

pub fn emit(cx: &EmitContext<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for d in cx
        .report
        .diagnostics
        .iter()
        .filter(|d| d.waived().is_none())
    {
        writeln!(out, "{}", annotation(d, cx.sources.get(d.file)))?;
    }
    Ok(())
}

/// The workflow command for one diagnostic, without the newline.
fn annotation(d: &Diagnostic, file: &SourceFile) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let start = file.line_col(d.span.start);
    let end = file.line_col(last_char(file, d.span.start, d.span.end));
    let mut line = format!("::{command} file={}", escape_property(&file.path));
    let _ = write!(line, ",line={}", start.line);
    if start.line == end.line {
        let _ = write!(line, ",col={}", start.column);
        let _ = write!(line, ",endLine={}", end.line);
        let _ = write!(line, ",endColumn={}", end.column);
    } else {
        let _ = write!(line, ",endLine={}", end.line);
    }
    let title = format!("{} {}", d.code(), d.name());
    let _ = write!(line, ",title={}", escape_property(&title));
    line.push_str("::");
    line.push_str(&escape_data(&message(d)));
    line
}

/// The offset of the last character a span flags (a line end at its end
/// does not count), or its start for an empty span.
fn last_char(file: &SourceFile, start: u32, end: u32) -> u32 {
    let text = file.text.as_bytes();
    let mut end = (end as usize).min(text.len());
    let start = (start as usize).min(end);
    while end > start && matches!(text[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    if end == start {
        return start as u32;
    }
    let mut last = end - 1;
    while last > start && !file.text.is_char_boundary(last) {
        last -= 1;
    }
    last as u32
}

/// The message with the help and the first citation on lines of their own.
fn message(d: &Diagnostic) -> String {
    let mut message = d.message.to_string();
    if let Some(help) = d.help() {
        let _ = write!(message, "\nhelp: {help}");
    }
    if let Some(basis) = d.basis().first() {
        let _ = write!(message, "\nbasis: {}", basis.citation());
    }
    message
}

/// Escapes the data (message) of a workflow command.
pub fn escape_data(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => escaped.push_str("%25"),
            '\r' => escaped.push_str("%0D"),
            '\n' => escaped.push_str("%0A"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Escapes a property value of a workflow command (`file`, `title`): as
/// data, and `:` and `,` too.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::{Basis, FileId, Span, codes};

    #[test]
    fn escapes_data_and_properties() {
        let text = "100% sure: a, b\r\nnext";
        assert_eq!(escape_data(text), "100%25 sure: a, b%0D%0Anext");
        assert_eq!(escape_property(text), "100%25 sure%3A a%2C b%0D%0Anext");
        // Escaping is not applied twice: `%3A` in the text stays readable.
        assert_eq!(escape_property("%3A"), "%253A");
    }

    fn diagnostic(span: Span) -> Diagnostic {
        let mut d = Diagnostic::error(codes::WRONG_TYPE, FileId(0), span, "50% off, now:\nyes");
        d.set_help(crate::base::diagnostic::help("fix it"));
        d.origin = crate::base::Origin {
            basis: std::sync::Arc::from([Basis {
                source: "Act, Art. 1".into(),
                quote: "a quote".into(),
                paraphrase: false,
            }]),
            ..d.origin.clone()
        }
        .interned();
        d
    }

    #[test]
    fn one_line_with_inclusive_end_column() {
        let file = SourceFile::new("a,b:c.dsl", "x 条款 y\nz\n".to_string());
        // "条款" is bytes 2..8, characters 3 and 4.
        let line = annotation(&diagnostic(Span::new(2, 8)), &file);
        assert_eq!(
            line,
            "::error file=a%2Cb%3Ac.dsl,line=1,col=3,endLine=1,endColumn=4,\
             title=E103 wrong-type::50%25 off, now:%0Ayes%0Ahelp: fix it%0A\
             basis: Act, Art. 1: \"a quote\""
        );
        assert!(!line.contains('\n'));
    }

    #[test]
    fn spans_over_lines_have_no_columns() {
        let file = SourceFile::new("a.dsl", "x 条款 y\nz\n".to_string());
        let line = annotation(&diagnostic(Span::new(0, 12)), &file);
        assert!(
            line.starts_with("::error file=a.dsl,line=1,endLine=2,title="),
            "{line}"
        );
        // A span that ends with its line's newline stays on that line.
        let line = annotation(&diagnostic(Span::new(0, 11)), &file);
        assert!(
            line.starts_with("::error file=a.dsl,line=1,col=1,endLine=1,endColumn=6,"),
            "{line}"
        );
        // An empty span marks one column.
        let line = annotation(&diagnostic(Span::empty(12)), &file);
        assert!(
            line.starts_with("::error file=a.dsl,line=2,col=2,endLine=2,endColumn=2,"),
            "{line}"
        );
    }
}
