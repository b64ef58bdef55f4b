//! The canonical layout of a policy file (`datalint fmt`): two-space indent,
//! one attribute per line, values aligned within a block, lists wrapped at a
//! width, one blank line between top-level blocks. Every comment stays with
//! the line it was on or above; values are printed as written, so formatting
//! never changes what a file means.

use crate::base::{FileId, Span};

use super::ast::{Ast, Block, Entry, Value, ValueKind};

/// Lists longer than this (with their attribute) are wrapped, one item a line.
pub const WIDTH: usize = 100;

/// The formatted text, or `None` when the file has syntax errors (it is then
/// left as it is).
pub fn format(src: &str) -> Option<String> {
    let (ast, errors) = super::parse(src, FileId(0));
    if !errors.is_empty() {
        return None;
    }
    let mut printer = Printer {
        src,
        out: String::with_capacity(src.len() + src.len() / 8),
        comments: &ast.comments,
        next_comment: 0,
    };
    printer.file(&ast);
    Some(printer.out)
}

struct Printer<'s, 'a> {
    src: &'s str,
    out: String,
    comments: &'a [Span],
    /// The first comment not yet printed.
    next_comment: usize,
}

impl<'s> Printer<'s, '_> {
    fn text(&self, span: Span) -> &'s str {
        &self.src[span.range()]
    }

    /// Whether there is a blank line between offsets `from` and `to`.
    fn blank_between(&self, from: usize, to: usize) -> bool {
        let lines: Vec<&str> = self.src[from.min(to)..to].split('\n').collect();
        // The first and last pieces are the ends of the lines `from` and `to` are on.
        lines.len() >= 3
            && lines[1..lines.len() - 1]
                .iter()
                .any(|l| l.trim().is_empty())
    }

    /// Whether `offset` is on the same line as the end `after`.
    fn same_line(&self, after: usize, offset: usize) -> bool {
        !self.src[after..offset].contains('\n')
    }

    /// Prints the comments that start before `before`, each on its own line
    /// at `indent`, keeping one blank line where the source had any.
    fn leading_comments(&mut self, before: usize, indent: &str) {
        while let Some(&comment) = self.comments.get(self.next_comment) {
            if comment.start as usize >= before {
                break;
            }
            if self.next_comment > 0 && self.out.ends_with('\n') && !self.out.ends_with("{\n") {
                let previous = self.comments[self.next_comment - 1];
                if self.blank_between(previous.end as usize, comment.start as usize)
                    && !self.out.ends_with("\n\n")
                {
                    self.out.push('\n');
                }
            }
            self.out.push_str(indent);
            self.out.push_str(self.text(comment).trim_end());
            self.out.push('\n');
            self.next_comment += 1;
        }
    }

    /// A comment on the same line right after `end` (and before `limit`, where
    /// the next entry starts), printed after the value.
    fn trailing_comment(&mut self, end: usize, limit: usize) {
        if let Some(&comment) = self.comments.get(self.next_comment)
            && comment.start as usize >= end
            && (comment.start as usize) < limit
            && self.same_line(end, comment.start as usize)
        {
            self.out.push_str("  ");
            self.out.push_str(self.text(comment).trim_end());
            self.next_comment += 1;
        }
    }

    /// Skips comments inside a region printed verbatim.
    fn skip_comments_in(&mut self, span: Span) {
        while let Some(&comment) = self.comments.get(self.next_comment) {
            if comment.start >= span.start && comment.end <= span.end {
                self.next_comment += 1;
            } else {
                break;
            }
        }
    }

    fn file(&mut self, ast: &Ast<'_>) {
        for (i, block) in ast.blocks.iter().enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            self.leading_comments(block.span.start as usize, "");
            self.block(block, "");
        }
        if self.next_comment < self.comments.len() && !ast.blocks.is_empty() {
            self.out.push('\n');
        }
        self.leading_comments(self.src.len() + 1, "");
    }

    fn block(&mut self, block: &Block<'_>, indent: &str) {
        self.out.push_str(indent);
        self.out.push_str(block.kind.text);
        if let Some(name) = &block.name {
            self.out.push(' ');
            self.out.push_str(name.text);
        }
        if let Some(title) = &block.title {
            self.out.push(' ');
            let text = self.text(title.span).to_string();
            self.skip_comments_in(title.span);
            self.out.push_str(&text);
        }
        self.out.push_str(" {");
        let open_end = block.open.map_or(block.header_span().end, |o| o.end) as usize;
        let first_entry = block.entries.first().map_or(block.span.end, |e| match e {
            Entry::Attribute(a) => a.span().start,
            Entry::Block(b) => b.span.start,
        }) as usize;
        self.trailing_comment(open_end, first_entry);
        self.out.push('\n');
        let inner = format!("{indent}  ");
        let width = block
            .entries
            .iter()
            .filter_map(|e| match e {
                Entry::Attribute(a) => Some(a.key.text.len()),
                Entry::Block(_) => None,
            })
            .max()
            .unwrap_or(0);
        let spans: Vec<Span> = block
            .entries
            .iter()
            .map(|e| match e {
                Entry::Attribute(a) => a.span(),
                Entry::Block(b) => b.span,
            })
            .collect();
        let mut previous_end: Option<usize> = None;
        for (i, entry) in block.entries.iter().enumerate() {
            let span = spans[i];
            let next_start = spans.get(i + 1).map_or(block.span.end, |s| s.start) as usize;
            let first_comment = self
                .comments
                .get(self.next_comment)
                .map_or(usize::MAX, |c| c.start as usize);
            let starts_at = (span.start as usize).min(first_comment);
            if let Some(end) = previous_end
                && self.blank_between(end, starts_at)
            {
                self.out.push('\n');
            }
            self.leading_comments(span.start as usize, &inner);
            match entry {
                Entry::Attribute(attribute) => {
                    self.out.push_str(&inner);
                    self.out.push_str(attribute.key.text);
                    let pad = width - attribute.key.text.len() + 1;
                    self.out.extend(std::iter::repeat_n(' ', pad));
                    let column = inner.len() + width + 1;
                    self.value(&attribute.value, column, &inner);
                    self.trailing_comment(attribute.value.span.end as usize, next_start);
                    self.out.push('\n');
                }
                Entry::Block(nested) => {
                    // Nested blocks are not in the v1 schema: printed as written.
                    self.out.push_str(&inner);
                    let text = self.text(nested.span).to_string();
                    self.skip_comments_in(nested.span);
                    self.out.push_str(&text);
                    self.out.push('\n');
                }
            }
            previous_end = Some(span.end as usize);
        }
        let close = block.span.end as usize;
        if let Some(end) = previous_end
            && self
                .comments
                .get(self.next_comment)
                .is_some_and(|c| (c.start as usize) < close)
            && self.blank_between(end, self.comments[self.next_comment].start as usize)
        {
            self.out.push('\n');
        }
        self.leading_comments(close, &inner);
        self.out.push_str(indent);
        self.out.push_str("}\n");
        self.trailing_after_close(close);
    }

    /// A comment on the line of a block's `}`: kept on that line.
    fn trailing_after_close(&mut self, close: usize) {
        if let Some(&comment) = self.comments.get(self.next_comment)
            && comment.start as usize >= close
            && self.same_line(close, comment.start as usize)
        {
            self.out.pop();
            self.out.push_str("  ");
            self.out.push_str(self.text(comment).trim_end());
            self.out.push('\n');
            self.next_comment += 1;
        }
    }

    /// A value as written; a list is laid out again unless it holds comments
    /// or long strings.
    fn value(&mut self, value: &Value<'_>, column: usize, indent: &str) {
        let ValueKind::List(items) = &value.kind else {
            let text = self.text(value.span).to_string();
            self.skip_comments_in(value.span);
            self.out.push_str(&text);
            return;
        };
        let has_comment = self
            .comments
            .get(self.next_comment)
            .is_some_and(|c| c.start >= value.span.start && c.end <= value.span.end);
        let multiline_item = items.iter().any(|i| self.text(i.span).contains('\n'));
        if has_comment
            || multiline_item
            || items.iter().any(|i| matches!(i.kind, ValueKind::List(_)))
        {
            let text = self.text(value.span).to_string();
            self.skip_comments_in(value.span);
            self.out.push_str(&text);
            return;
        }
        let parts: Vec<&str> = items.iter().map(|i| self.text(i.span)).collect();
        let one_line = format!("[{}]", parts.join(", "));
        if column + one_line.chars().count() <= WIDTH {
            self.out.push_str(&one_line);
            return;
        }
        self.out.push_str("[\n");
        for part in parts {
            self.out.push_str(indent);
            self.out.push_str("  ");
            self.out.push_str(part);
            self.out.push_str(",\n");
        }
        self.out.push_str(indent);
        self.out.push(']');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lays_out_and_keeps_comments() {
        let src = "# header\npolicy \"P\" {   jurisdiction \"NL\"; status draft # inline\n}\n\n\n# about the body\nbody b {\n  kind court\n  # before\n  independent true\n  # last\n}  # after\n# end\n";
        let formatted = format(src).unwrap();
        assert_eq!(
            formatted,
            "# header\npolicy \"P\" {\n  jurisdiction \"NL\"\n  status       draft  # inline\n}\n\n# about the body\nbody b {\n  kind        court\n  # before\n  independent true\n  # last\n}  # after\n\n# end\n"
        );
        assert_eq!(format(&formatted).unwrap(), formatted);
    }

    #[test]
    fn wraps_long_lists() {
        let items: Vec<String> = (0..30).map(|i| format!("dataset_{i}")).collect();
        let src = format!("grant g {{\n  datasets [{}]\n}}\n", items.join(","));
        let formatted = format(&src).unwrap();
        assert!(
            formatted.contains("datasets [\n    dataset_0,\n"),
            "{formatted}"
        );
        assert_eq!(format(&formatted).unwrap(), formatted);
    }

    #[test]
    fn refuses_files_with_syntax_errors() {
        assert!(format("grant g {\n  term 20years\n}\n").is_none());
    }
}
