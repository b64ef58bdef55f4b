//! Human output: one miette graphical report per diagnostic, then a summary.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use crate::base::{Diagnostic, Severity, SourceFile, Sources, Span};
use crate::diagnostics::Report;

#[derive(Clone, Copy, Debug)]
pub struct HumanOptions {
    pub color: bool,
    /// Terminal width used for wrapping.
    pub width: usize,
    /// Leave out the summary line.
    pub quiet: bool,
}

/// Writes every diagnostic and the summary line.
pub fn emit(
    report: &Report,
    sources: &Sources,
    options: HumanOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let handler = handler(options);
    for diagnostic in &report.diagnostics {
        let rendered = render(&handler, sources, diagnostic);
        out.write_all(rendered.as_bytes())?;
    }
    if !options.quiet {
        writeln!(out, "{}", summary_line(report))?;
    }
    Ok(())
}

/// miette's handler for these options.
pub fn handler(options: HumanOptions) -> GraphicalReportHandler {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme).with_width(options.width)
}

/// One diagnostic as miette draws it.
pub fn render(
    handler: &GraphicalReportHandler,
    sources: &Sources,
    diagnostic: &Diagnostic,
) -> String {
    let view = View::new(sources, diagnostic);
    let mut text = String::new();
    if handler.render_report(&mut text, &view).is_err() {
        // miette could not read a span (it never should); fall back to plain text.
        text = format!(
            "{}: {} [{}]\n",
            diagnostic.severity.as_str(),
            diagnostic.message,
            diagnostic.code()
        );
    }
    text.push('\n');
    text
}

pub fn summary_line(report: &Report) -> String {
    let s = &report.summary;
    let files = plural(s.files, "file");
    let mut parts = Vec::new();
    for (n, word) in [
        (s.errors, "error"),
        (s.warnings, "warning"),
        (s.infos, "info"),
    ] {
        if n > 0 {
            parts.push(plural(n, word));
        }
    }
    let waived = if s.waived > 0 {
        format!(" ({} waived)", s.waived)
    } else {
        String::new()
    };
    if parts.is_empty() {
        format!("checked {files}: no problems found{waived}")
    } else {
        format!("checked {files}: {}{waived}", parts.join(", "))
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else if word == "info" {
        format!("{n} infos")
    } else {
        format!("{n} {word}s")
    }
}

/// A diagnostic seen through miette's trait.
struct View<'r> {
    diagnostic: &'r Diagnostic,
    source: &'r SourceFile,
    code: String,
    help: Option<String>,
    /// Labels in other files, drawn as notes with their own excerpt.
    elsewhere: Vec<Note<'r>>,
    /// Whether every line the labels touch is short enough to draw.
    excerpt: bool,
}

struct Note<'r> {
    message: &'r str,
    source: &'r SourceFile,
    span: Span,
}

impl<'r> View<'r> {
    fn new(sources: &'r Sources, diagnostic: &'r Diagnostic) -> View<'r> {
        let mut help = diagnostic.help().unwrap_or_default().to_string();
        if let Some(waived) = diagnostic.waived() {
            help = format!("waived: {}\n{help}", waived.reason);
        }
        for basis in diagnostic.basis().iter() {
            help.push_str(&format!("\nbasis: {}", basis.citation()));
        }
        if diagnostic.family().is_some() || diagnostic.code().starts_with('E') {
            help.push_str(&format!(
                "\nfor more, run `datalint explain {}`",
                diagnostic.code()
            ));
        }
        let source = sources.get(diagnostic.file);
        let excerpt = std::iter::once(diagnostic.span)
            .chain(
                diagnostic
                    .labels()
                    .iter()
                    .filter(|l| l.file == diagnostic.file)
                    .map(|l| l.span),
            )
            .all(|span| line_fits(source, span));
        if !excerpt {
            let at = source.line_col(diagnostic.span.start);
            let location = format!(
                "at {}:{}:{} (the line is too long to show)",
                source.path, at.line, at.column
            );
            help = if help.is_empty() {
                location
            } else {
                format!("{location}\n{help}")
            };
        }
        let help = help.trim_start_matches('\n').to_string();
        View {
            excerpt,
            diagnostic,
            source,
            code: format!("{} {}", diagnostic.code(), diagnostic.name()),
            help: (!help.is_empty()).then_some(help),
            elsewhere: diagnostic
                .labels()
                .iter()
                .filter(|l| l.file != diagnostic.file)
                .map(|l| Note {
                    message: &l.message,
                    source: sources.get(l.file),
                    span: l.span,
                })
                .collect(),
        }
    }
}

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl fmt::Display for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.diagnostic.message, f)
    }
}

impl std::error::Error for View<'_> {}

impl miette::Diagnostic for View<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        if self.diagnostic.waived().is_some() {
            return Some(miette::Severity::Advice);
        }
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.excerpt.then_some(self.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if !self.excerpt {
            return None;
        }
        let d = self.diagnostic;
        let at = |span| drawable(self.source, span);
        let primary = LabeledSpan::new_primary_with_span(d.label().map(str::to_string), at(d.span));
        let secondary = d
            .labels()
            .iter()
            .filter(|l| l.file == d.file)
            .map(move |l| LabeledSpan::new_with_span(Some(l.message.to_string()), at(l.span)));
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.elsewhere.is_empty() {
            return None;
        }
        Some(Box::new(
            self.elsewhere.iter().map(|n| n as &dyn miette::Diagnostic),
        ))
    }
}

impl fmt::Debug for Note<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message)
    }
}

impl fmt::Display for Note<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message)
    }
}

impl std::error::Error for Note<'_> {}

impl miette::Diagnostic for Note<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        line_fits(self.source, self.span).then_some(self.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if !line_fits(self.source, self.span) {
            return None;
        }
        let span = drawable(self.source, self.span);
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(None, span),
        )))
    }
}

/// miette draws nothing for an empty span at the very end of a file; such a
/// span (an unclosed block, a missing value) is drawn after the last visible
/// character instead.
fn drawable(source: &SourceFile, span: Span) -> Span {
    let end = source.text.len();
    if span.is_empty() && span.start as usize >= end {
        let visible = source.text.trim_end().len();
        return Span::empty(visible);
    }
    span
}

/// The longest line, in bytes, drawn in an excerpt. miette prints whole lines
/// and cannot pad past 65,535 columns; a megabyte line is unreadable anyway.
const MAX_EXCERPT_LINE: usize = 8_192;

/// Whether the line holding the start of `span` is at most
/// [`MAX_EXCERPT_LINE`] bytes long; looks no further than that either way.
fn line_fits(source: &SourceFile, span: Span) -> bool {
    let text = source.text.as_bytes();
    let at = (span.start as usize).min(text.len());
    let window_start = at.saturating_sub(MAX_EXCERPT_LINE);
    let line_start = match memchr::memrchr(b'\n', &text[window_start..at]) {
        Some(i) => window_start + i + 1,
        None if window_start == 0 => 0,
        None => return false,
    };
    let window_end = (line_start + MAX_EXCERPT_LINE).min(text.len());
    window_end == text.len()
        || memchr::memchr(b'\n', &text[at.min(window_end)..window_end]).is_some()
}
