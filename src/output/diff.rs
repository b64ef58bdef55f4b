//! Output of `datalint diff`: human, JSON (arrays `introduced`, `resolved`,
//! `unchanged` of diagnostics in the JSON-output shape) and Markdown.

use std::io::Write;

use serde::Serialize;

use crate::base::{Diagnostic, Sources};
use crate::diagnostics::diff::Diff;

use super::json::JsonDiagnostic;
use super::markdown_text::{cell, code, inline, text};

/// Both sides of a diff, ready to print.
pub struct DiffView<'r> {
    pub old_sources: &'r Sources,
    pub old: &'r [Box<Diagnostic>],
    pub new_sources: &'r Sources,
    pub new: &'r [Box<Diagnostic>],
    pub diff: &'r Diff,
}

impl DiffView<'_> {
    fn introduced(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diff.introduced.iter().map(|&i| &*self.new[i])
    }

    fn resolved(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diff.resolved.iter().map(|&i| &*self.old[i])
    }

    fn unchanged(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diff.unchanged.iter().map(|&i| &*self.new[i])
    }
}

#[derive(Serialize)]
struct Document<'r> {
    version: u32,
    tool: super::json::Tool,
    introduced: Vec<JsonDiagnostic<'r>>,
    resolved: Vec<JsonDiagnostic<'r>>,
    unchanged: Vec<JsonDiagnostic<'r>>,
    summary: Counts,
}

#[derive(Serialize)]
struct Counts {
    introduced: usize,
    resolved: usize,
    unchanged: usize,
}

fn counts(view: &DiffView<'_>) -> Counts {
    Counts {
        introduced: view.diff.introduced.len(),
        resolved: view.diff.resolved.len(),
        unchanged: view.diff.unchanged.len(),
    }
}

pub fn json(view: &DiffView<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let document = Document {
        version: super::json::FORMAT_VERSION,
        tool: super::json::Tool::datalint(),
        introduced: view
            .introduced()
            .map(|d| JsonDiagnostic::new(view.new_sources, d))
            .collect(),
        resolved: view
            .resolved()
            .map(|d| JsonDiagnostic::new(view.old_sources, d))
            .collect(),
        unchanged: view
            .unchanged()
            .map(|d| JsonDiagnostic::new(view.new_sources, d))
            .collect(),
        summary: counts(view),
    };
    super::write_json(&document, out)
}

/// Introduced findings in full, resolved ones a line each, then the counts.
pub fn human(
    view: &DiffView<'_>,
    options: super::human::HumanOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let handler = super::human::handler(options);
    for d in view.introduced() {
        out.write_all(super::human::render(&handler, view.new_sources, d).as_bytes())?;
    }
    for d in view.resolved() {
        let file = view.old_sources.get(d.file);
        let at = file.line_col(d.span.start);
        writeln!(
            out,
            "resolved: {} {} ({}:{}): {}",
            d.code(),
            d.name(),
            file.path,
            at.line,
            d.message
        )?;
    }
    let c = counts(view);
    writeln!(
        out,
        "{} introduced, {} resolved, {} unchanged",
        c.introduced, c.resolved, c.unchanged
    )
}

/// A pull-request comment: counts, then tables of what changed.
pub fn markdown(view: &DiffView<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let c = counts(view);
    writeln!(out, "## datalint: what changed between the drafts\n")?;
    writeln!(
        out,
        "| introduced | resolved | unchanged |\n| ---: | ---: | ---: |"
    )?;
    writeln!(
        out,
        "| {} | {} | {} |\n",
        c.introduced, c.resolved, c.unchanged
    )?;
    let table = |title: &str,
                 sources: &Sources,
                 items: Vec<&Diagnostic>,
                 out: &mut dyn Write|
     -> std::io::Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        writeln!(out, "### {title}\n")?;
        writeln!(
            out,
            "| rule | severity | where | finding |\n| --- | --- | --- | --- |"
        )?;
        for d in items {
            let file = sources.get(d.file);
            let at = file.line_col(d.span.start);
            writeln!(
                out,
                "| {} {} | {} | {} | {} |",
                code(d.code()),
                text(d.name()),
                d.severity.as_str(),
                code(&format!("{}:{}", file.path, at.line)),
                cell(&inline(&d.message.text()))
            )?;
        }
        writeln!(out)
    };
    table(
        "Introduced",
        view.new_sources,
        view.introduced().collect(),
        out,
    )?;
    table("Resolved", view.old_sources, view.resolved().collect(), out)
}
