//! Escaping for GitHub-flavoured Markdown, shared by the emitters that write
//! Markdown (the report, `diff --format markdown`, SARIF's rule help), so that
//! what a draft or a rule says reaches the page as text in each. GitHub renders raw HTML and reads
//! Markdown punctuation, so `<`, `>` and `&` become entities everywhere
//! outside code blocks, and table cells escape what would end a cell.
//! `tests/report_markdown.rs` reads the output back with a GFM parser.

/// Text the user wrote, safe anywhere outside code blocks, table cells
/// included: Markdown punctuation is backslash-escaped, `&`, `<` and `>` are
/// entities, and line breaks are spaces.
pub(crate) fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => push_inline(&mut out, c),
        }
    }
    out
}

/// Text datalint wrote, whose Markdown (code spans) is kept, with the user's
/// names and values in it: `&`, `<` and `>` are entities, and line breaks
/// are spaces.
pub(crate) fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_inline(&mut out, c);
    }
    out
}

/// One character of [`inline`] text.
fn push_inline(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '\r' | '\n' => out.push(' '),
        c if c.is_control() && c != '\t' => out.push(' '),
        c => out.push(c),
    }
}

/// [`inline`] text made safe in a table cell: `|` escaped, and backslashes
/// doubled outside code spans. A GFM table splits a row at each `|` that no
/// backslash precedes and takes `\|` out of a cell before it reads the cell's
/// code spans, so `\|` gives `|` inside a code span too. Inside a code span a
/// backslash is shown as written (`\q` stays `\q`), so it is left alone there;
/// outside one it would escape the character after it. A backslash right
/// before a `|` inside a code span shows twice: GFM has no way to write that
/// pair in a cell.
pub(crate) fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_code = false;
    for c in s.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '\\' if !in_code => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            c => out.push(c),
        }
    }
    out
}

/// Text inside an HTML element (a `<summary>`), where Markdown is not read.
pub(crate) fn html(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            c if c.is_control() => " ".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// A name, code or path in a code span when it is plain (letters, digits and
/// `-_./:`), else as escaped text.
pub(crate) fn code(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "-_./:".contains(c))
    {
        format!("`{s}`")
    } else {
        text(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(text("<a|b>\\_\n"), "&lt;a\\|b&gt;\\\\\\_ ");
        assert_eq!(cell(&inline("`a|b` <i>")), "`a\\|b` &lt;i&gt;");
        assert_eq!(cell(&inline("escape `\\q` a\\*")), "escape `\\q` a\\\\*");
        assert_eq!(html("\"<b>\""), "&quot;&lt;b&gt;&quot;");
        assert_eq!(code("x/y-1.dsl:3"), "`x/y-1.dsl:3`");
        assert_eq!(code("a`b"), "a\\`b");
    }
}
