//! The syntax tree. Every node borrows its text from the source and carries
//! its byte span; nothing of the input is copied.

use std::borrow::Cow;

use crate::base::Span;

use super::literal::{Date, Duration};

/// A parsed file: its top-level blocks and where its comments are.
#[derive(Debug, Default)]
pub struct Ast<'a> {
    pub blocks: Vec<Block<'a>>,
    /// Each comment from `#` to the end of its line (line break excluded), in
    /// file order. Waivers and rule-test annotations are read from these.
    pub comments: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ident<'a> {
    pub text: &'a str,
    pub span: Span,
}

#[derive(Debug)]
pub struct Block<'a> {
    pub kind: Ident<'a>,
    pub name: Option<Ident<'a>>,
    pub title: Option<StrLit<'a>>,
    pub entries: Vec<Entry<'a>>,
    /// From the kind to the closing `}` (or as far as the block got).
    pub span: Span,
    /// The `{`, where there is one.
    pub open: Option<Span>,
}

impl<'a> Block<'a> {
    /// The header: kind, name and title.
    pub fn header_span(&self) -> Span {
        let mut span = self.kind.span;
        if let Some(name) = &self.name {
            span = span.cover(name.span);
        }
        if let Some(title) = &self.title {
            span = span.cover(title.span);
        }
        span
    }

    pub fn attributes(&self) -> impl Iterator<Item = &Attribute<'a>> {
        self.entries.iter().filter_map(|entry| match entry {
            Entry::Attribute(attribute) => Some(attribute),
            Entry::Block(_) => None,
        })
    }
}

#[derive(Debug)]
pub enum Entry<'a> {
    Attribute(Attribute<'a>),
    /// Boxed: nested blocks are rare (v1 has none), attributes are not.
    Block(Box<Block<'a>>),
}

#[derive(Debug)]
pub struct Attribute<'a> {
    pub key: Ident<'a>,
    pub value: Value<'a>,
}

impl Attribute<'_> {
    pub fn span(&self) -> Span {
        self.key.span.cover(self.value.span)
    }
}

#[derive(Debug)]
pub struct Value<'a> {
    pub kind: ValueKind<'a>,
    pub span: Span,
}

impl Value<'_> {
    /// Whether this value or any item in it failed to parse (and was
    /// reported), so later stages stay quiet about it.
    pub fn has_error(&self) -> bool {
        match &self.kind {
            ValueKind::Error => true,
            ValueKind::List(items) => items.iter().any(Value::has_error),
            _ => false,
        }
    }
}

#[derive(Debug)]
pub enum ValueKind<'a> {
    Str(StrLit<'a>),
    Integer(u64),
    Decimal(f64),
    Percent(f64),
    Duration(Duration),
    Date(Date),
    Bool(bool),
    /// Identifiers joined by `.`: a reference, enum word, category or `indefinite`.
    Path(&'a str),
    List(Vec<Value<'a>>),
    /// A value that could not be parsed; its error has been reported.
    Error,
}

impl ValueKind<'_> {
    /// How the type is named in diagnostics.
    pub fn describe(&self) -> &'static str {
        match self {
            ValueKind::Str(lit) if lit.long => "a long string",
            ValueKind::Str(_) => "a string",
            ValueKind::Integer(_) => "an integer",
            ValueKind::Decimal(_) => "a decimal",
            ValueKind::Percent(_) => "a percent",
            ValueKind::Duration(_) => "a duration",
            ValueKind::Date(_) => "a date",
            ValueKind::Bool(_) => "a boolean",
            ValueKind::Path(_) => "a word",
            ValueKind::List(_) => "a list",
            ValueKind::Error => "an invalid value",
        }
    }
}

/// A string or long string literal.
#[derive(Clone, Copy, Debug)]
pub struct StrLit<'a> {
    /// The characters between the delimiters, escapes not yet decoded (for a
    /// long string, after the dropped first newline).
    pub raw: &'a str,
    /// Byte offset of `raw` in the file.
    pub raw_start: u32,
    pub long: bool,
    /// `raw` holds a backslash, so decoding may change it.
    pub escaped: bool,
    /// The whole literal, quotes included.
    pub span: Span,
}

impl<'a> StrLit<'a> {
    /// The string's value: borrowed unless it holds escapes. Invalid escapes
    /// (already reported by the parser) are kept as written.
    pub fn value(&self) -> Cow<'a, str> {
        if !self.escaped {
            return Cow::Borrowed(self.raw);
        }
        let mut out = String::with_capacity(self.raw.len());
        let mut rest = self.raw;
        while let Some(i) = rest.find('\\') {
            out.push_str(&rest[..i]);
            let (decoded, len) = decode_escape(&rest[i..]);
            match decoded {
                Some(c) => out.push(c),
                None => out.push_str(&rest[i..i + len]),
            }
            rest = &rest[i + len..];
        }
        out.push_str(rest);
        Cow::Owned(out)
    }

    /// The source span of the bytes `range` of [`StrLit::value`], so a rule
    /// that matched decoded text can point at the characters as written.
    pub fn source_span(&self, range: std::ops::Range<usize>) -> Span {
        let start = self.raw_start as usize;
        if !self.escaped {
            return Span::new(start + range.start, start + range.end);
        }
        // Walk raw and decoded text side by side.
        let (mut raw_i, mut val_i) = (0usize, 0usize);
        let (mut from, mut to) = (None, None);
        let bytes = self.raw.as_bytes();
        while raw_i <= bytes.len() {
            if from.is_none() && val_i >= range.start {
                from = Some(raw_i);
            }
            if val_i >= range.end {
                to = Some(raw_i);
                break;
            }
            if raw_i == bytes.len() {
                break;
            }
            if bytes[raw_i] == b'\\' {
                let (decoded, len) = decode_escape(&self.raw[raw_i..]);
                val_i += decoded.map_or(len, char::len_utf8);
                raw_i += len;
            } else {
                let len = utf8_len(bytes[raw_i]);
                raw_i += len;
                val_i += len;
            }
        }
        let from = from.unwrap_or(bytes.len());
        let to = to.unwrap_or(bytes.len()).max(from);
        Span::new(start + from, start + to)
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Decodes the escape at the start of `s` (which starts with `\`). Returns the
/// character, or `None` for an invalid escape, and the escape's length in bytes.
pub(crate) fn decode_escape(s: &str) -> (Option<char>, usize) {
    let bytes = s.as_bytes();
    match bytes.get(1) {
        Some(b'"') => (Some('"'), 2),
        Some(b'\\') => (Some('\\'), 2),
        Some(b'n') => (Some('\n'), 2),
        Some(b't') => (Some('\t'), 2),
        Some(b'u') => {
            if bytes.get(2) != Some(&b'{') {
                return (None, 2);
            }
            let digits = bytes[3..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if bytes.get(3 + digits) != Some(&b'}') || digits == 0 || digits > 6 {
                return (None, 3 + digits);
            }
            let code = u32::from_str_radix(&s[3..3 + digits], 16).ok();
            (code.and_then(char::from_u32), 4 + digits)
        }
        Some(&b) => (None, 1 + utf8_len(b)),
        None => (None, 1),
    }
}
