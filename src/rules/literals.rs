//! What the start-up screen needs from a pattern list's regexes: their
//! source as compiled, and the literals one of which every match holds.
//!
//! Self-contained (std and regex-syntax only) because `build.rs` includes it
//! too: it extracts the built-in lists' literals at build time, so start-up
//! does not parse their regexes (that was a fifth of it).

/// Words a text must hold, ASCII letters lowercased.
pub type Literals = Vec<Vec<u8>>;

/// Literals one of which every match of a regex starts with or, failing
/// that, ends with, ASCII letters lowercased (the regexes match
/// case-insensitively); `None` when neither can be listed (a pattern that
/// can start and end with any character of a large class, or match the
/// empty string).
pub fn required_literals(hir: &regex_syntax::hir::Hir) -> Option<Literals> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    [ExtractKind::Prefix, ExtractKind::Suffix]
        .into_iter()
        .find_map(|kind| {
            let mut seq = Extractor::new().kind(kind).extract(hir);
            seq.make_inexact();
            let literals = seq.literals()?;
            let usable: Option<Vec<Vec<u8>>> = literals
                .iter()
                .map(|l| caseless_part(l.as_bytes()))
                .collect();
            usable.filter(|l| !l.is_empty())
        })
}

/// The longest run of whole characters in a literal (extraction may cut one
/// in two), lowercased, if the text's case cannot hide it from an ASCII
/// case-insensitive search: every character is ASCII or has no case.
fn caseless_part(literal: &[u8]) -> Option<Vec<u8>> {
    let text = String::from_utf8_lossy(literal);
    let part = text
        .split(char::REPLACEMENT_CHARACTER)
        .max_by_key(|p| p.len())?;
    let caseless = |c: char| {
        c.is_ascii()
            || (c.to_lowercase().eq(std::iter::once(c)) && c.to_uppercase().eq(std::iter::once(c)))
    };
    (!part.is_empty() && part.chars().all(caseless)).then(|| part.to_ascii_lowercase().into_bytes())
}

/// `\b` and `\B` as ASCII word boundaries: the words they delimit are Latin,
/// and a Unicode boundary makes the fast matching engines give up on CJK
/// text (and takes ten times longer to compile).
pub fn ascii_word_boundaries(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(b @ ('b' | 'B')) => {
                    out.push_str("(?-u:\\");
                    out.push(b);
                    out.push(')');
                }
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The literals of each of a list's regexes ([`required_literals`]). `Err`
/// is a regex that does not parse (as given to the parser), with the
/// parser's message.
pub fn regex_literals<'s>(
    regexes: impl IntoIterator<Item = &'s str>,
) -> Result<Vec<Option<Literals>>, (String, String)> {
    regexes
        .into_iter()
        .map(|source| {
            let source = ascii_word_boundaries(source);
            let hir = regex_syntax::ParserBuilder::new()
                .build()
                .parse(&source)
                .map_err(|e| (source.clone(), e.to_string()))?;
            Ok(required_literals(&hir))
        })
        .collect()
}
