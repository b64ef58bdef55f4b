//! Waivers: `# datalint: allow NAME-OR-CODE "reason"` on the line above a
//! block or attribute (language.md, "Suppressions"). A waived finding stays
//! in every output with its reason and no longer counts toward the exit code.

use crate::base::{Diagnostic, FileId, Severity, Sources, Span, Waived};

crate::base::codes::error_codes! {
    WAIVER_WITHOUT_REASON = "W001" "waiver-without-reason" "a waiver that gives no reason";
    WAIVER_UNKNOWN_RULE = "W002" "waiver-unknown-rule" "a waiver naming a rule that does not exist";
    UNUSED_WAIVER = "W003" "unused-waiver" "a waiver that waives no finding";
    MALFORMED_WAIVER = "W004" "malformed-waiver" "a `# datalint:` comment that is not `allow NAME \"reason\"`";
}

/// One waiver comment.
#[derive(Debug, Clone)]
pub struct Waiver {
    pub file: FileId,
    /// The whole comment.
    pub span: Span,
    /// The rule code or name as written, and where.
    pub rule: String,
    pub rule_span: Span,
    pub reason: Option<String>,
    /// The stretch of the file it applies to: the block or attribute that
    /// starts on the next line.
    pub region: Option<Span>,
}

/// What a file offers a waiver to apply to: block and attribute spans,
/// looked up by where they start.
pub trait Targets {
    /// The block or attribute starting at `offset` (its first character), if any.
    fn target_at(&self, file: FileId, offset: u32) -> Option<Span>;
}

/// Reads the waivers among a file's comments; malformed ones are reported.
pub fn parse(
    file: FileId,
    text: &str,
    comments: &[Span],
    targets: &dyn Targets,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Waiver> {
    let mut waivers = Vec::new();
    for &comment in comments {
        let body = &text[comment.range()];
        let after_hash = body.trim_start_matches('#');
        let trimmed = after_hash.trim_start();
        let Some(rest) = trimmed.strip_prefix("datalint:") else {
            continue;
        };
        let rest_start = comment.end as usize - rest.len();
        let directive = rest.trim_start();
        let Some(args) = directive.strip_prefix("allow") else {
            let span = Span::new(rest_start, comment.end as usize);
            errors.push(
                Diagnostic::error(
                    MALFORMED_WAIVER,
                    file,
                    span,
                    "a `# datalint:` comment must be `allow NAME \"reason\"`",
                )
                .with_help(
                    "write `# datalint: allow exclusive-grant \"the reason this draft needs it\"`",
                ),
            );
            continue;
        };
        let args_start = comment.end as usize - args.len();
        let name_offset = args.len() - args.trim_start().len();
        let name_len = args
            .trim_start()
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(args.trim_start().len());
        let rule = args.trim_start()[..name_len].to_string();
        let rule_span = Span::new(
            args_start + name_offset,
            args_start + name_offset + name_len,
        );
        let after = args.trim_start()[name_len..].trim();
        if rule.is_empty() {
            errors.push(
                Diagnostic::error(MALFORMED_WAIVER, file, comment, "the waiver names no rule")
                    .with_help("write `# datalint: allow CODE-OR-NAME \"reason\"`"),
            );
            continue;
        }
        let reason = after
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_string);
        waivers.push(Waiver {
            file,
            span: comment,
            rule,
            rule_span,
            reason,
            region: next_line_target(text, comment, file, targets),
        });
    }
    waivers
}

/// A rule name as a message shows it: a comment may hold a name of any
/// length, and a message holds at most 64 characters of it.
fn shown(rule: &str) -> std::borrow::Cow<'_, str> {
    match rule.char_indices().nth(64) {
        Some((end, _)) => format!("{}…", &rule[..end]).into(),
        None => rule.into(),
    }
}

/// The block or attribute that starts on the first line after `comment`
/// that is neither blank nor a comment.
fn next_line_target(
    text: &str,
    comment: Span,
    file: FileId,
    targets: &dyn Targets,
) -> Option<Span> {
    let mut at = text[comment.end as usize..].find('\n')? + comment.end as usize + 1;
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = &text[at..end];
        let content = line.trim_start();
        if !content.is_empty() && !content.starts_with('#') {
            let offset = (at + line.len() - content.len()) as u32;
            let line_span = Span::new(at, end);
            return Some(targets.target_at(file, offset).unwrap_or(line_span));
        }
        at = end + 1;
    }
    None
}

/// Marks the findings the waivers cover and reports the waivers that are
/// wrong or waive nothing. `known` tells whether a code or name is a rule.
pub fn apply(
    waivers: &[Waiver],
    diagnostics: &mut [Box<Diagnostic>],
    known: &dyn Fn(&str) -> Option<(String, String)>,
    suggest: &dyn Fn(&str) -> Option<String>,
    sources: &Sources,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let starts = super::StartIndex::new(diagnostics.iter().map(|d| &**d));
    for waiver in waivers {
        let Some((code, name)) = known(&waiver.rule) else {
            let mut error = Diagnostic::error(
                WAIVER_UNKNOWN_RULE,
                waiver.file,
                waiver.rule_span,
                format!(
                    "the waiver names `{}`, which is no rule",
                    shown(&waiver.rule)
                ),
            );
            if let Some(near) = suggest(&waiver.rule) {
                error = error.with_help(format!("did you mean `{near}`?"));
            }
            problems.push(error);
            continue;
        };
        let Some(reason) = &waiver.reason else {
            problems.push(
                Diagnostic::error(
                    WAIVER_WITHOUT_REASON,
                    waiver.file,
                    waiver.span,
                    format!("the waiver of `{}` gives no reason", shown(&waiver.rule)),
                )
                .with_help(format!(
                    "say why the draft needs it: `# datalint: allow {} \"…\"`",
                    shown(&waiver.rule)
                )),
            );
            continue;
        };
        let mut used = false;
        if let Some(region) = waiver.region {
            for at in starts.starting_in(waiver.file, region.start, region.end) {
                let d = &mut diagnostics[at];
                if d.family().is_some() && (*d.code() == *code || *d.name() == *name) {
                    d.waive(Waived {
                        reason: reason.clone(),
                    });
                    used = true;
                }
            }
        }
        if !used {
            let where_ = match waiver.region {
                Some(region) => {
                    let line = sources.get(waiver.file).line_col(region.start).line;
                    format!("on line {line}")
                }
                None => "after it".to_string(),
            };
            let mut warning = Diagnostic::error(
                UNUSED_WAIVER,
                waiver.file,
                waiver.span,
                format!("the waiver of `{}` waives nothing: no {code} finding starts {where_}", waiver.rule),
            )
            .with_help("remove the waiver, or move it to the line above the block or attribute the finding points at");
            warning.severity = Severity::Warning;
            problems.push(warning);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoTargets;
    impl Targets for NoTargets {
        fn target_at(&self, _: FileId, _: u32) -> Option<Span> {
            None
        }
    }

    #[test]
    fn reads_waivers_and_their_targets() {
        let text = "# datalint: allow MON001 \"service of general interest\"\n\n# other\ngrant g {\n# datalint: allow exclusive-grant\n  exclusive true\n}\n# datalint: permit X\n";
        let (ast, _) = crate::syntax::parse(text, FileId(0));
        let mut errors = Vec::new();
        let waivers = parse(FileId(0), text, &ast.comments, &NoTargets, &mut errors);
        assert_eq!(waivers.len(), 2);
        assert_eq!(waivers[0].rule, "MON001");
        assert_eq!(
            waivers[0].reason.as_deref(),
            Some("service of general interest")
        );
        assert_eq!(&text[waivers[0].rule_span.range()], "MON001");
        assert_eq!(&text[waivers[0].region.unwrap().range()], "grant g {");
        assert_eq!(waivers[1].reason, None);
        assert_eq!(
            &text[waivers[1].region.unwrap().range()],
            "  exclusive true"
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code(), "W004");
    }
}
