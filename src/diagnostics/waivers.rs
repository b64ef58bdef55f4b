//! Waivers: `# datalint: allow NAME-OR-CODE "reason"` on the line above a
//! block or attribute (language.md, "Suppressions"). A waived finding stays
//! in every output with its reason and no longer counts toward the exit code.

use rustc_hash::FxHashMap;

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
    /// Every block and attribute of `file`: where each starts (its first
    /// character) and its span, sorted by start. Of two that start at one
    /// place, only the one a waiver applies to is listed.
    fn targets(&self, file: FileId) -> Vec<(u32, Span)>;
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
    // Listed once per file, when its first waiver is read: looking each
    // waiver's target up among all blocks was quadratic.
    let mut listed: Option<Vec<(u32, Span)>> = None;
    let mut regions = Regions::default();
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
            region: {
                let listed = listed.get_or_insert_with(|| targets.targets(file));
                regions.of(text, comments, comment, listed)
            },
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

/// What each comment's waiver applies to: the block or attribute that
/// starts on the first line after it that is neither blank nor a comment.
/// A stack of comments shares that line, so it is searched for once for the
/// stack, not once per comment (which was quadratic in the stack's height).
#[derive(Default)]
struct Regions {
    /// By the start of a comment's line: what the lines after it reach.
    found: FxHashMap<usize, Option<Span>>,
}

impl Regions {
    fn of(
        &mut self,
        text: &str,
        comments: &[Span],
        comment: Span,
        targets: &[(u32, Span)],
    ) -> Option<Span> {
        // The lines of comments before the first line that is not blank or
        // a comment: all of them share its target. A comment after content
        // on its line is not one of them.
        let own_line = line_start(text, comment.start as usize);
        let alone = text[own_line..comment.start as usize].trim().is_empty();
        let mut stack: Vec<usize> = alone.then_some(own_line).into_iter().collect();
        let mut at = text[comment.end as usize..].find('\n')? + comment.end as usize + 1;
        let found = loop {
            if at >= text.len() {
                break None;
            }
            if let Some(&found) = self.found.get(&at) {
                break found;
            }
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            let line = &text[at..end];
            let content = line.trim_start();
            let offset = (at + line.len() - content.len()) as u32;
            if !content.is_empty() && !content.starts_with('#') {
                let line_span = Span::new(at, end);
                let target = targets
                    .binary_search_by_key(&offset, |&(start, _)| start)
                    .map_or(line_span, |i| targets[i].1);
                break Some(target);
            }
            // A comment's line (not a `#` inside a long string): what it
            // reaches is what this one does.
            if content.starts_with('#')
                && comments.binary_search_by_key(&offset, |c| c.start).is_ok()
            {
                stack.push(at);
            }
            at = end + 1;
        };
        for start in stack {
            self.found.insert(start, found);
        }
        found
    }
}

/// Where the line holding `offset` starts.
fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
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
        fn targets(&self, _: FileId) -> Vec<(u32, Span)> {
            Vec::new()
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

    /// A stack of waivers shares the target below it; a waiver after
    /// content on its line applies to the next line, and a waiver above
    /// that line applies to the line itself.
    #[test]
    fn stacked_and_trailing_waivers_find_their_targets() {
        let lf = "# datalint: allow MON001 \"a\"\n\n# plain\n  # datalint: allow MON003 \"b\"\ngrant g {\n  # datalint: allow MON004 \"c\"\n  exclusive true # datalint: allow MON002 \"d\"\n  term 30y\n}\n";
        // Line ends as Windows writes them too.
        for text in [lf.to_string(), lf.replace('\n', "\r\n")] {
            let (lowered, _) = crate::model::lower_source(FileId(0), &text);
            let (model, _) = crate::model::link(vec![lowered]);
            let (ast, _) = crate::syntax::parse(&text, FileId(0));
            let mut errors = Vec::new();
            let waivers = parse(FileId(0), &text, &ast.comments, &model, &mut errors);
            let targets: Vec<(&str, String)> = waivers
                .iter()
                .map(|w| {
                    let target = &text[w.region.unwrap().range()];
                    (w.rule.as_str(), target.replace('\r', ""))
                })
                .collect();
            let block = "grant g {\n  # datalint: allow MON004 \"c\"\n  exclusive true # datalint: allow MON002 \"d\"\n  term 30y\n}";
            let expected = [
                ("MON001", block),
                ("MON003", block),
                ("MON004", "exclusive true"),
                ("MON002", "term 30y"),
            ]
            .map(|(rule, target)| (rule, target.to_string()));
            assert_eq!(targets, expected, "{text:?}");
            assert!(errors.is_empty(), "{errors:?}");
        }
    }
}
