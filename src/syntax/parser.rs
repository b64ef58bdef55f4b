//! The policy parser: a recursive-descent driver over the nom token parsers
//! of `lexer.rs`. It never fails: it returns a tree for whatever it could read
//! and a diagnostic for every independent mistake, resynchronising at the end
//! of the line, at a `}`, or at the next top-level block header.

use memchr::{memchr, memchr3, memmem};

use crate::base::codes::{self, ErrorCode};
use crate::base::{Diagnostic, FileId, Span};

use super::ast::{Ast, Attribute, Block, Entry, Ident, StrLit, Value, ValueKind};
use super::lexer::{self, DigitsError};
use super::literal::{Date, Duration, DurationUnit};

/// Blocks and lists nested deeper than this are reported and skipped, so deep
/// input cannot overflow the stack.
pub const MAX_NESTING: usize = 64;

/// Identifiers, words and numbers longer than this many bytes are reported
/// (E017) and skipped: no name, word or number of a policy comes near it,
/// and a megabyte-long one would otherwise be copied into every message
/// about it. Strings have no limit of their own (only the file's size).
pub const MAX_TOKEN_LEN: usize = 1024;

/// Parses one file. `src` is the whole file text, BOM included.
pub fn parse(src: &str, file: FileId) -> (Ast<'_>, Vec<Diagnostic>) {
    let mut tree = Tree(Vec::new());
    let (comments, errors) = parse_blocks(src, file, &mut tree);
    (
        Ast {
            blocks: tree.0,
            comments,
        },
        errors,
    )
}

/// What [`parse_each`] hands its caller as it reads a file: each top-level
/// block's header, then each of its attributes as soon as it is read, then
/// the block.
pub trait BlockSink<'a> {
    /// A top-level block's kind and name have been read.
    fn begin(&mut self, kind: Ident<'a>, name: Option<Ident<'a>>);
    /// An attribute of that block, as soon as it has been read: it is not
    /// kept in the block's entries.
    fn attribute(&mut self, key: Ident<'a>, value: &Value<'a>);
    /// The block has been read: its header and spans and, in its entries,
    /// what is not an attribute (nested blocks, an error).
    fn end(&mut self, block: &Block<'a>);
}

/// Where the parser puts what it reads of each top-level block.
trait Sink<'a> {
    /// Whether [`Sink::attribute`] takes the attributes of top-level
    /// blocks; if not, they go in the blocks' entries.
    const TAKES_ATTRIBUTES: bool;
    fn begin(&mut self, kind: Ident<'a>, name: Option<Ident<'a>>);
    fn attribute(&mut self, key: Ident<'a>, value: &Value<'a>);
    /// Takes a block read whole; may give back its entries, whose vector
    /// the next block reuses.
    fn block(&mut self, block: Block<'a>) -> Vec<Entry<'a>>;
}

/// The blocks of a whole tree.
struct Tree<'a>(Vec<Block<'a>>);

impl<'a> Sink<'a> for Tree<'a> {
    const TAKES_ATTRIBUTES: bool = false;

    fn begin(&mut self, _: Ident<'a>, _: Option<Ident<'a>>) {}

    fn attribute(&mut self, _: Ident<'a>, _: &Value<'a>) {
        unreachable!("a tree keeps the attributes in its blocks")
    }

    fn block(&mut self, mut block: Block<'a>) -> Vec<Entry<'a>> {
        // Held for the whole tree's life: room to grow is waste.
        block.entries.shrink_to_fit();
        self.0.push(block);
        Vec::new()
    }
}

/// A [`BlockSink`] as the parser's [`Sink`].
struct Streamed<'s, S>(&'s mut S);

impl<'a, S: BlockSink<'a>> Sink<'a> for Streamed<'_, S> {
    const TAKES_ATTRIBUTES: bool = true;

    fn begin(&mut self, kind: Ident<'a>, name: Option<Ident<'a>>) {
        self.0.begin(kind, name);
    }

    #[inline]
    fn attribute(&mut self, key: Ident<'a>, value: &Value<'a>) {
        self.0.attribute(key, value);
    }

    fn block(&mut self, mut block: Block<'a>) -> Vec<Entry<'a>> {
        self.0.end(&block);
        // The next block's entries go where this one's were: growing a
        // fresh vector for every block cost more than the parse around it.
        std::mem::take(&mut block.entries)
    }
}

/// Parses one file and hands each top-level block to `sink` as it is read,
/// each attribute as soon as it is read, so that a caller that lowers blocks
/// holds no tree, and no attribute is gathered into a block's entries only
/// to be read back (copying each attribute's 64-byte entry through the
/// stack into the block's vector was 3.4% of a check). Returns the comments
/// and the syntax errors.
pub fn parse_each<'a>(
    src: &'a str,
    file: FileId,
    sink: &mut impl BlockSink<'a>,
) -> (Vec<Span>, Vec<Diagnostic>) {
    parse_blocks(src, file, &mut Streamed(sink))
}

/// Parses one file into `sink`.
fn parse_blocks<'a>(
    src: &'a str,
    file: FileId,
    sink: &mut impl Sink<'a>,
) -> (Vec<Span>, Vec<Diagnostic>) {
    let mut parser = Parser {
        src,
        pos: 0,
        file,
        errors: Vec::new(),
        comments: Vec::new(),
        spare: Vec::new(),
        list_items: Vec::new(),
        spare_lists: Vec::new(),
    };
    if src.starts_with('\u{FEFF}') {
        parser.pos = 3;
    }
    parser.file(sink);
    invisible_characters(src, file, &mut parser.errors);
    (parser.comments, parser.errors)
}

/// Spans already reported, for asking whether one of them covers a span:
/// by start, each with the furthest end of those that start no later, so
/// the answer is a binary search, not a scan of every error (which was
/// quadratic in a file of broken lines that each hold an invisible
/// character).
struct Covered(Vec<(u32, u32)>);

impl Covered {
    fn new(spans: impl Iterator<Item = Span>) -> Covered {
        let mut covered: Vec<(u32, u32)> = spans.map(|s| (s.start, s.end)).collect();
        covered.sort_unstable();
        let mut furthest = 0;
        for (_, end) in &mut covered {
            furthest = furthest.max(*end);
            *end = furthest;
        }
        Covered(covered)
    }

    /// Whether a span reported starts no later and ends no earlier.
    fn covers(&self, span: Span) -> bool {
        let before = self.0.partition_point(|&(start, _)| start <= span.start);
        before > 0 && self.0[before - 1].1 >= span.end
    }
}

/// Reports each invisible character not already reported as an unexpected
/// character (outside strings and comments the parser rejects them).
fn invisible_characters(src: &str, file: FileId, errors: &mut Vec<Diagnostic>) {
    let bytes = src.as_bytes();
    // Their UTF-8 forms start with 0xD8 (U+061C), 0xE2 (U+20xx) or 0xEF (U+FEFF).
    let covered = Covered::new(errors.iter().map(|e| e.span));
    for at in memchr::memchr3_iter(0xD8, 0xE2, 0xEF, bytes) {
        if at == 0 && src.starts_with('\u{FEFF}') {
            continue;
        }
        let Some(c) = src.get(at..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        let Some(name) = crate::base::source::invisible_name(c) else {
            continue;
        };
        let span = Span::new(at, at + c.len_utf8());
        if covered.covers(span) {
            continue;
        }
        errors.push(
            Diagnostic::error(
                codes::INVISIBLE_CHARACTER,
                file,
                span,
                format!("invisible character U+{:04X} {name}", c as u32),
            )
            .with_help(
                "it can make the text display differently from what datalint reads; delete it, or write it as an escape (`\\u{…}`) where it is meant",
            ),
        );
    }
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    file: FileId,
    errors: Vec<Diagnostic>,
    comments: Vec<Span>,
    /// An empty vector, with room, for the next top-level block's entries.
    spare: Vec<Entry<'a>>,
    /// The items of the lists being parsed, innermost last: each list takes
    /// its own off the top when it closes, into a vector of its own.
    list_items: Vec<Value<'a>>,
    /// Emptied vectors of the lists of blocks already handed on, for the
    /// next lists' items: a file of 10 MB holds about 90,000 lists, and
    /// allocating and freeing a vector for each cost more than the items'
    /// copy.
    spare_lists: Vec<Vec<Value<'a>>>,
}

impl<'a> Parser<'a> {
    // ----- positions -------------------------------------------------------

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn peek_char(&self) -> Option<char> {
        match self.peek() {
            // Nearly every character the parser looks at is ASCII: no need
            // to slice the rest of the file and decode.
            Some(b) if b.is_ascii() => Some(b as char),
            Some(_) => self.rest().chars().next(),
            None => None,
        }
    }

    fn at_line_start(&self) -> bool {
        self.pos == 0 || self.src.as_bytes()[self.pos - 1] == b'\n' || self.after_bom()
    }

    fn after_bom(&self) -> bool {
        self.pos == 3 && self.src.starts_with('\u{FEFF}')
    }

    /// Advances past what a nom parser consumed and returns its span.
    fn advance_to(&mut self, rest: &'a str) -> Span {
        let start = self.pos;
        self.pos = self.src.len() - rest.len();
        Span::new(start, self.pos)
    }

    fn error(
        &mut self,
        code: ErrorCode,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.errors
            .push(Diagnostic::error(code, self.file, span, message));
        self.errors.last_mut().expect("just pushed")
    }

    /// The span of the character at the current position (empty at the end).
    fn char_span(&self) -> Span {
        let len = self.peek_char().map_or(0, char::len_utf8);
        Span::new(self.pos, self.pos + len)
    }

    // ----- trivia ----------------------------------------------------------

    fn skip_inline_space(&mut self) {
        let bytes = self.src.as_bytes();
        while bytes
            .get(self.pos)
            .is_some_and(|&b| lexer::is_inline_space(b))
        {
            self.pos += 1;
        }
    }

    /// Skips spaces, comments and line breaks; returns whether a line break
    /// was crossed.
    fn skip_trivia(&mut self) -> bool {
        let mut crossed = false;
        loop {
            self.skip_inline_space();
            match self.peek() {
                Some(b'#') => self.comment(),
                Some(b'\n') => {
                    self.pos += 1;
                    crossed = true;
                }
                _ => return crossed,
            }
        }
    }

    fn comment(&mut self) {
        let end = self.line_end(self.pos);
        let mut text_end = end;
        if text_end > self.pos && self.src.as_bytes()[text_end - 1] == b'\r' {
            text_end -= 1;
        }
        self.comments.push(Span::new(self.pos, text_end));
        self.pos = end;
    }

    /// Offset of the next `\n` at or after `from`, or the end of the file.
    fn line_end(&self, from: usize) -> usize {
        memchr(b'\n', &self.src.as_bytes()[from..]).map_or(self.src.len(), |i| from + i)
    }

    /// Skips to the end of the line or to a `}` on it, whichever comes first.
    fn skip_line_before_brace(&mut self) {
        let bytes = &self.src.as_bytes()[self.pos..];
        let end = memchr::memchr2(b'\n', b'}', bytes).unwrap_or(bytes.len());
        self.pos += end;
    }

    /// Whether the line starting at `at` is a block header: an identifier at
    /// column 0, an optional name and title, then `{` on the same line.
    fn is_header_line(&self, at: usize) -> bool {
        let line = &self.src[at..self.line_end(at)];
        let Ok((rest, _)) = lexer::ident(line) else {
            return false;
        };
        let mut rest = after_spaces(rest);
        if let Ok((after, _)) = lexer::ident(rest) {
            rest = after_spaces(after);
        }
        if let Some(after) = rest.strip_prefix('"') {
            // A title: skip to its closing quote on this line.
            match after.find('"') {
                Some(i) => rest = after_spaces(&after[i + 1..]),
                None => return false,
            }
        }
        rest.starts_with('{')
    }

    /// The offset of the next line (after `from`) that is a block header, or
    /// the end of the file.
    fn next_header_line(&self, from: usize) -> usize {
        let mut at = self.line_end(from);
        while at < self.src.len() {
            at += 1;
            if self.is_header_line(at) {
                return at;
            }
            at = self.line_end(at);
        }
        self.src.len()
    }

    // ----- blocks ----------------------------------------------------------

    fn file(&mut self, sink: &mut impl Sink<'a>) {
        loop {
            self.skip_trivia();
            let Some(c) = self.peek_char() else {
                return;
            };
            if lexer::is_ident_start(c) {
                if self.too_long(ident_len(self.rest()), "block kind") {
                    self.pos = self.next_header_line(self.pos);
                    continue;
                }
                let kind = self.ident();
                // A block whose name is too long is skipped whole: nothing
                // could refer to it.
                let after = after_spaces(self.rest());
                let at = self.src.len() - after.len();
                if after.starts_with(lexer::is_ident_start) && ident_len(after) > MAX_TOKEN_LEN {
                    self.pos = at;
                    self.too_long(ident_len(after), "block name");
                    self.pos = self.next_header_line(self.pos);
                    continue;
                }
                let block = self.block(kind, 0, sink);
                let mut entries = sink.block(block);
                self.keep_lists(&mut entries);
                self.spare = entries;
            } else if c == '}' || c == ']' {
                let span = self.char_span();
                self.error(codes::UNEXPECTED_CLOSE, span, format!("unexpected `{c}`"))
                    .set_label("nothing to close here");
                self.pos += 1;
            } else {
                self.unexpected_character(
                    "at the top level a block starts with its kind, like `grant`",
                );
                self.pos = self.next_header_line(self.pos);
            }
        }
    }

    fn unexpected_character(&mut self, help: &str) {
        let c = self.peek_char().unwrap_or(' ');
        let span = self.char_span();
        let shown = if let Some(name) = crate::base::source::invisible_name(c) {
            format!("U+{:04X} {name}", c as u32)
        } else if c.is_control() || c.is_whitespace() {
            format!("{:?}", c)
        } else {
            format!("`{c}`")
        };
        self.error(
            codes::UNEXPECTED_CHARACTER,
            span,
            format!("unexpected character {shown}"),
        )
        .set_help(crate::base::diagnostic::help(help));
    }

    /// Reports a token of `len` bytes at the current position if it is
    /// longer than [`MAX_TOKEN_LEN`]; the caller skips it.
    #[inline]
    fn too_long(&mut self, len: usize, what: &str) -> bool {
        len > MAX_TOKEN_LEN && self.report_too_long(len, what)
    }

    #[cold]
    fn report_too_long(&mut self, len: usize, what: &str) -> bool {
        let span = Span::new(self.pos, self.pos + len);
        let start: String = self.rest().chars().take(16).collect();
        self.error(
            codes::TOKEN_TOO_LONG,
            span,
            format!("this {what} is {len} bytes long; the limit is {MAX_TOKEN_LEN}"),
        )
        .primary(format!("`{start}…` starts here"))
        .set_help(crate::base::diagnostic::help(
            "names, words and numbers are at most 1024 bytes long; longer text belongs in a string",
        ));
        true
    }

    fn ident(&mut self) -> Ident<'a> {
        let ident = self.ident_at();
        self.pos = ident.span.end as usize;
        ident
    }

    /// The identifier at the current position, not yet consumed.
    fn ident_at(&self) -> Ident<'a> {
        let (_, text) =
            lexer::ident(self.rest()).expect("caller checked an identifier starts here");
        Ident {
            text,
            span: Span::new(self.pos, self.pos + text.len()),
        }
    }

    /// Parses the rest of a block whose kind has been read.
    fn block(&mut self, kind: Ident<'a>, depth: usize, sink: &mut impl Sink<'a>) -> Block<'a> {
        self.skip_inline_space();
        let name = match self.peek_char() {
            Some(c) if lexer::is_ident_start(c) => Some(self.ident()),
            _ => None,
        };
        if depth == 0 {
            sink.begin(kind, name);
        }
        self.skip_inline_space();
        let title = (self.peek() == Some(b'"')).then(|| self.string());
        self.block_body(kind, name, title, depth, sink)
    }

    fn block_body(
        &mut self,
        kind: Ident<'a>,
        name: Option<Ident<'a>>,
        title: Option<StrLit<'a>>,
        depth: usize,
        sink: &mut impl Sink<'a>,
    ) -> Block<'a> {
        let entries = if depth == 0 {
            std::mem::take(&mut self.spare)
        } else {
            Vec::new()
        };
        let mut block = Block {
            kind,
            name,
            title,
            entries,
            span: kind.span,
            open: None,
        };
        block.span = block.header_span();
        self.skip_inline_space();
        if depth == 0 && matches!(self.peek(), Some(b'\n' | b'#')) {
            // A top-level header may have its `{` on a following line.
            let header_end = self.pos;
            self.skip_trivia();
            if self.peek() != Some(b'{') {
                self.pos = header_end;
            }
        }
        if self.peek_char().is_some_and(is_hidden) {
            // "expected `{`" would point at something the reader cannot see.
            self.unexpected_character(
                "delete it; a block header is its kind, a name and an optional title, then `{`",
            );
            self.recover_missing_brace();
            return block;
        }
        if self.peek() != Some(b'{') {
            let span = self.char_span();
            let header = block.header_span();
            self.error(
                codes::EXPECTED_BRACE,
                span,
                format!("expected `{{` after the `{}` block header", kind.text),
            )
            .secondary(header, "block header")
            .set_help(crate::base::diagnostic::help(format!(
                "a block is written `{} name \"title\" {{`, its attributes, then `}}`",
                kind.text
            )));
            self.recover_missing_brace();
            return block;
        }
        let open = self.char_span();
        block.open = Some(open);
        self.pos += 1;
        if depth >= MAX_NESTING {
            self.error(
                codes::NESTING_TOO_DEEP,
                open,
                format!("blocks are nested more than {MAX_NESTING} deep"),
            )
            .set_help(Some(
                "v1 policies have no nested blocks; write each block at the top level".into(),
            ));
            self.skip_balanced(b'{', b'}');
            block.span = block.span.cover(Span::empty(self.pos));
            return block;
        }
        loop {
            self.skip_trivia();
            let Some(c) = self.peek_char() else {
                self.unclosed_block(&block, open);
                break;
            };
            if c == '}' {
                self.pos += 1;
                block.span = block.span.cover(Span::empty(self.pos));
                if depth > 0 {
                    block.entries.shrink_to_fit();
                }
                return block;
            }
            if lexer::is_ident_start(c) {
                if depth == 0 && self.at_line_start() && self.is_header_line(self.pos) {
                    self.unclosed_block(&block, open);
                    break;
                }
                let key = self.ident_at();
                if self.too_long(key.text.len(), "attribute name") {
                    self.skip_line_before_brace();
                    continue;
                }
                self.pos = key.span.end as usize;
                let entry = self.entry(key, depth, &mut block.entries, sink);
                block.span = block.span.cover(entry);
            } else if c == ']' {
                let span = self.char_span();
                self.error(codes::UNEXPECTED_CLOSE, span, "unexpected `]`")
                    .set_label("no list is open here");
                self.pos += 1;
            } else {
                self.unexpected_character("an entry starts with an attribute name, like `term 5y`");
                self.skip_line_before_brace();
            }
        }
        block.span = block.span.cover(Span::empty(self.pos));
        block
    }

    fn unclosed_block(&mut self, block: &Block<'a>, open: Span) {
        let at = Span::empty(self.pos);
        let header = block.header_span();
        let (kind, name) = (block.kind.text, block.name.map(|n| n.text));
        let what = match name {
            Some(name) => format!("`{kind} {name}`"),
            None => format!("`{kind}`"),
        };
        self.error(
            codes::UNCLOSED_BLOCK,
            open,
            format!("the {what} block is not closed"),
        )
        .primary("this `{` has no matching `}`")
        .secondary(header, "block starts here")
        .secondary(at, "expected `}` before here")
        .set_help(crate::base::diagnostic::help(
            "add `}` at the end of the block",
        ));
    }

    /// After a header without `{`: skip the body it probably has, up to a `}`
    /// alone at the start of a line or the next block header.
    fn recover_missing_brace(&mut self) {
        let mut at = self.line_end(self.pos);
        while at < self.src.len() {
            at += 1;
            let line_end = self.line_end(at);
            let line = self.src[at..line_end].trim_end();
            if line == "}" {
                self.pos = line_end;
                return;
            }
            if self.is_header_line(at) {
                self.pos = at;
                return;
            }
            at = line_end;
        }
        self.pos = self.src.len();
    }

    /// Skips a bracketed region whose opening delimiter has been consumed,
    /// without recursion, stepping over strings and comments.
    fn skip_balanced(&mut self, open: u8, close: u8) {
        let mut depth = 1usize;
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            if b == b'"' {
                let errors = self.errors.len();
                self.string();
                self.errors.truncate(errors);
                continue;
            }
            if b == b'#' {
                self.comment();
                continue;
            }
            self.pos += 1;
            if b == open {
                depth += 1;
            } else if b == close {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
        }
    }

    /// An attribute or a nested block, after its first identifier `key`:
    /// a top-level block's attribute goes to `sink` if it takes them, else
    /// the entry is pushed to `entries` rather than returned (a return moved
    /// each attribute's 64 bytes once more: 10M instructions on the
    /// benchmark corpus). Returns the span the entry covers.
    fn entry<S: Sink<'a>>(
        &mut self,
        key: Ident<'a>,
        depth: usize,
        entries: &mut Vec<Entry<'a>>,
        sink: &mut S,
    ) -> Span {
        self.skip_inline_space();
        let value = match self.peek_char() {
            Some('{') => {
                let block = self.block_body(key, None, None, depth + 1, sink);
                return push_nested(block, entries);
            }
            Some(c) if lexer::is_ident_start(c) => {
                // `kind name {` or `kind name "title" {` versus `key word`.
                let (rest, word) = lexer::path(self.rest()).expect("identifier start checked");
                if self.too_long(word.len(), "word") {
                    let span = self.advance_to(rest);
                    Value {
                        kind: ValueKind::Error,
                        span,
                    }
                } else {
                    let after = after_spaces(rest);
                    if matches!(after.as_bytes().first(), Some(b'{' | b'"')) && !word.contains('.')
                    {
                        let block = self.block(key, depth + 1, sink);
                        return push_nested(block, entries);
                    }
                    let span = self.advance_to(rest);
                    Value {
                        kind: word_value(word),
                        span,
                    }
                }
            }
            Some('"') => {
                let title = self.string();
                self.skip_inline_space();
                if self.peek() == Some(b'{') {
                    let block = self.block_body(key, None, Some(title), depth + 1, sink);
                    return push_nested(block, entries);
                }
                Value {
                    span: title.span,
                    kind: ValueKind::Str(title),
                }
            }
            _ => self.value(0),
        };
        self.attribute_end(key, &value);
        let span = key.span.cover(value.span);
        if S::TAKES_ATTRIBUTES && depth == 0 {
            sink.attribute(key, &value);
            if let ValueKind::List(mut items) = value.kind {
                items.clear();
                self.spare_lists.push(items);
            }
        } else {
            entries.push(Entry::Attribute(Attribute { key, value }));
        }
        span
    }

    /// Checks what follows an attribute's value: a line break, `;`, `}`, a
    /// comment or the end of the file.
    fn attribute_end(&mut self, key: Ident<'a>, value: &Value<'a>) {
        self.skip_inline_space();
        match self.peek() {
            None | Some(b'\n' | b'}' | b'#') => {}
            Some(b';') => self.pos += 1,
            Some(_) => {
                if !matches!(value.kind, ValueKind::Error) {
                    let start = self.pos;
                    let end = self
                        .rest()
                        .find([' ', '\t', '\r', '\n', ';', '}'])
                        .map_or(self.src.len(), |i| start + i);
                    let end = end.max(start + self.peek_char().map_or(0, char::len_utf8));
                    self.error(
                        codes::EXPECTED_TERMINATOR,
                        Span::new(start, end),
                        format!(
                            "expected a line break or `;` after the value of `{}`",
                            key.text
                        ),
                    )
                    .secondary(value.span, "the value ends here")
                    .set_help(crate::base::diagnostic::help(
                        "write one attribute per line; a list needs brackets and commas: `[a, b]`",
                    ));
                }
                self.skip_line_before_brace();
            }
        }
    }

    // ----- values ----------------------------------------------------------

    /// A value; `depth` counts the lists it is inside.
    fn value(&mut self, depth: usize) -> Value<'a> {
        let start = self.pos;
        let kind = match self.peek_char() {
            Some('"') => {
                let lit = self.string();
                return Value {
                    span: lit.span,
                    kind: ValueKind::Str(lit),
                };
            }
            Some('[') => return self.list(depth),
            Some(c) if c.is_ascii_digit() => self.number(),
            Some(c) if lexer::is_ident_start(c) => {
                let (rest, word) = lexer::path(self.rest()).expect("identifier start checked");
                let long = self.too_long(word.len(), "word");
                self.advance_to(rest);
                if long {
                    ValueKind::Error
                } else {
                    word_value(word)
                }
            }
            None | Some('\n' | '\r' | '}' | ';' | '#' | ',' | ']') => {
                self.error(
                    codes::EXPECTED_VALUE,
                    Span::empty(self.pos),
                    "expected a value",
                )
                .set_help(crate::base::diagnostic::help(
                    "a value is a string, number, percent, duration, date, boolean, word or list",
                ));
                ValueKind::Error
            }
            Some(_) => {
                self.unexpected_character(
                    "a value is a string, number, percent, duration, date, boolean, word or list",
                );
                // Take the rest of the word, so one bad character is one error.
                let len = self
                    .rest()
                    .find([' ', '\t', '\r', '\n', ',', ']', '}', ';'])
                    .unwrap_or(self.rest().len());
                self.pos += len.max(self.peek_char().map_or(0, char::len_utf8));
                ValueKind::Error
            }
        };
        Value {
            kind,
            span: Span::new(start, self.pos),
        }
    }

    /// Empties `entries`, keeping the vectors of their top-level lists for
    /// the next lists (a nested list's, rare, is freed with its entry).
    fn keep_lists(&mut self, entries: &mut Vec<Entry<'a>>) {
        for entry in entries.drain(..) {
            if let Entry::Attribute(Attribute {
                value:
                    Value {
                        kind: ValueKind::List(mut items),
                        ..
                    },
                ..
            }) = entry
            {
                items.clear();
                self.spare_lists.push(items);
            }
        }
    }

    fn list(&mut self, depth: usize) -> Value<'a> {
        let open = self.char_span();
        self.pos += 1;
        if depth >= MAX_NESTING {
            self.error(
                codes::NESTING_TOO_DEEP,
                open,
                format!("lists are nested more than {MAX_NESTING} deep"),
            )
            .set_help(crate::base::diagnostic::help(
                "attribute values are flat lists like `[a, b]`",
            ));
            self.skip_balanced(b'[', b']');
            return Value {
                kind: ValueKind::Error,
                span: open.cover(Span::empty(self.pos)),
            };
        }
        let first = self.list_items.len();
        let mut expect_item = true;
        // Where the last item started and whether it began a line, so that an
        // unclosed list can give back an attribute name it swallowed.
        let mut last_item_on_new_line = false;
        let mut last_item_trivia_start = self.pos;
        loop {
            let before = self.pos;
            let crossed = self.skip_trivia();
            match self.peek() {
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                Some(b',') if !expect_item => {
                    self.pos += 1;
                    expect_item = true;
                }
                Some(b',') => {
                    self.error(
                        codes::EXPECTED_VALUE,
                        Span::empty(self.pos),
                        "expected a list item before `,`",
                    );
                    self.pos += 1;
                }
                None | Some(b'}') => {
                    self.pos = before;
                    self.unclosed_list(open);
                    break;
                }
                Some(_) if expect_item => {
                    let item = self.value(depth + 1);
                    last_item_on_new_line = crossed;
                    last_item_trivia_start = before;
                    self.list_items.push(item);
                    expect_item = false;
                }
                Some(_) => {
                    // An item without a comma before it: the `]` is missing.
                    self.pos = before;
                    if last_item_on_new_line
                        && self.list_items.len() > first
                        && let Some(last) = self.list_items.last()
                        && matches!(last.kind, ValueKind::Path(_))
                    {
                        debug_assert!(last.span.start as usize >= last_item_trivia_start);
                        self.pos = last_item_trivia_start;
                        self.list_items.pop();
                    }
                    self.unclosed_list(open);
                    break;
                }
            }
        }
        let mut items = self.spare_lists.pop().unwrap_or_default();
        items.extend(self.list_items.drain(first..));
        Value {
            kind: ValueKind::List(items),
            span: open.cover(Span::empty(self.pos)),
        }
    }

    fn unclosed_list(&mut self, open: Span) {
        let at = Span::empty(self.pos);
        self.error(codes::UNCLOSED_LIST, open, "this list is not closed")
            .primary("this `[` has no matching `]`")
            .secondary(at, "expected `,` or `]` here")
            .set_help(crate::base::diagnostic::help(
                "separate items with `,` and end the list with `]`",
            ));
    }

    /// A string or long string starting at `"`.
    fn string(&mut self) -> StrLit<'a> {
        let start = self.pos;
        if self.rest().starts_with("\"\"\"") {
            return self.long_string(start);
        }
        let content = start + 1;
        let bytes = self.src.as_bytes();
        let mut at = content;
        let mut escaped = false;
        loop {
            match memchr3(b'"', b'\\', b'\n', &bytes[at..]).map(|i| at + i) {
                Some(i) if bytes[i] == b'"' => {
                    self.pos = i + 1;
                    return self.str_lit(start, content, i, false, escaped);
                }
                Some(i) if bytes[i] == b'\\' => {
                    escaped = true;
                    let (decoded, len) = super::ast::decode_escape(&self.src[i..]);
                    // An escape never runs past the line.
                    let len = len.min(self.line_end(i) - i).max(1);
                    if decoded.is_none() {
                        let span = Span::new(i, i + len);
                        let written = &self.src[i..i + len];
                        self.error(
                            codes::INVALID_ESCAPE,
                            span,
                            format!("invalid escape `{written}`"),
                        )
                        .set_help(crate::base::diagnostic::help(
                            "the escapes are \\\" \\\\ \\n \\t and \\u{…} with 1 to 6 hex digits of a Unicode scalar value",
                        ));
                    }
                    at = i + len;
                }
                found => {
                    // A line break or the end of the file: the string ends here.
                    let mut end = found.unwrap_or(bytes.len());
                    if end > content && bytes[end - 1] == b'\r' {
                        end -= 1;
                    }
                    self.error(
                        codes::UNTERMINATED_STRING,
                        Span::new(start, end),
                        "this string is not closed",
                    )
                    .primary("the string starts here and the line ends without `\"`")
                    .set_help(crate::base::diagnostic::help(
                        "close it with `\"` on the same line; for text over several lines use `\"\"\"…\"\"\"`",
                    ));
                    self.pos = end;
                    return self.str_lit(start, content, end, false, escaped);
                }
            }
        }
    }

    fn long_string(&mut self, start: usize) -> StrLit<'a> {
        let mut content = start + 3;
        // One line break right after the opening quotes is dropped.
        if self.src[content..].starts_with("\r\n") {
            content += 2;
        } else if self.src[content..].starts_with('\n') {
            content += 1;
        }
        match memmem::find(&self.src.as_bytes()[content..], b"\"\"\"") {
            Some(i) => {
                let end = content + i;
                self.pos = end + 3;
                self.str_lit(start, content, end, true, false)
            }
            None => {
                // Unterminated: end before the line that closes the block or
                // starts the next one, so the rest of the file is still read.
                let end = self.long_string_recovery_end(start);
                let end = end.max(content);
                self.error(
                    codes::UNTERMINATED_STRING,
                    Span::new(start, start + 3),
                    "this long string is not closed",
                )
                .primary("opened here; no closing `\"\"\"` follows")
                .set_help(crate::base::diagnostic::help("close it with `\"\"\"`"));
                self.pos = end;
                self.str_lit(start, content, end, true, false)
            }
        }
    }

    fn long_string_recovery_end(&self, start: usize) -> usize {
        let mut at = self.line_end(start);
        while at < self.src.len() {
            at += 1;
            let line_end = self.line_end(at);
            if self.src[at..line_end].trim_end() == "}" || self.is_header_line(at) {
                // End the string at the end of the previous line.
                return at - 1;
            }
            at = line_end;
        }
        self.src.len()
    }

    fn str_lit(
        &self,
        start: usize,
        content: usize,
        end: usize,
        long: bool,
        escaped: bool,
    ) -> StrLit<'a> {
        StrLit {
            raw: &self.src[content..end],
            raw_start: content as u32,
            long,
            escaped,
            span: Span::new(start, self.pos),
        }
    }

    /// An integer, decimal, percent, duration or date.
    fn number(&mut self) -> ValueKind<'a> {
        let start = self.pos;
        let len = (self.src.as_bytes()[self.pos..].iter())
            .take_while(|&&b| lexer::is_ident_continue(b as char) || b == b'.' || b == b'%')
            .count();
        if self.too_long(len, "number") {
            self.pos += len;
            return ValueKind::Error;
        }
        let (rest, whole) = lexer::digits(self.rest()).expect("digit checked");
        if whole.len() == 4 && rest.starts_with('-') {
            return self.date(start);
        }
        self.advance_to(rest);
        let int = digits_checked(self, whole, start);
        let kind = if self.rest().starts_with('.')
            && self.rest()[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            self.pos += 1;
            let (rest, frac) = lexer::digits(self.rest()).expect("digit checked");
            self.advance_to(rest);
            let text: String = self.src[start..self.pos]
                .chars()
                .filter(|&c| c != '_')
                .collect();
            // `frac` starts with a digit (checked above).
            let value = if !lexer::underscores_between_digits(frac) {
                self.invalid_number(start, "`_` may only stand between two digits");
                None
            } else {
                text.parse::<f64>().ok()
            };
            if self.peek() == Some(b'%') {
                self.pos += 1;
                value.map(ValueKind::Percent)
            } else {
                value.map(ValueKind::Decimal)
            }
        } else if self.peek() == Some(b'%') {
            self.pos += 1;
            int.map(|n| ValueKind::Percent(n as f64))
        } else if let Some(unit) = self.duration_unit() {
            int.and_then(|amount| {
                let duration = Duration {
                    amount: amount.min(u64::from(u32::MAX)) as u32,
                    unit,
                };
                if amount > u64::from(u32::MAX) || duration.days() > Duration::MAX_DAYS {
                    self.invalid_number(start, "durations are limited to 10000 years");
                    None
                } else {
                    Some(ValueKind::Duration(duration))
                }
            })
        } else {
            int.map(ValueKind::Integer)
        };
        if let Some(c) = self
            .peek_char()
            .filter(|&c| lexer::is_ident_continue(c) || c == '.')
        {
            let suffix_start = self.pos;
            let len = self
                .rest()
                .find(|c: char| !lexer::is_ident_continue(c) && c != '.')
                .unwrap_or(self.rest().len());
            self.pos += len;
            let suffix = &self.src[suffix_start..self.pos];
            let span = Span::new(start, self.pos);
            self.error(
                codes::INVALID_NUMBER,
                span,
                format!("unexpected `{suffix}` after a number"),
            )
            .primary(format!("`{c}` cannot follow a number"))
            .set_help(crate::base::diagnostic::help(
                "numbers are digits with `_` between them (`40_000_000`); durations take the units y, mo, w or d (`20y`, `18mo`); percents end in `%`",
            ));
            return ValueKind::Error;
        }
        kind.unwrap_or(ValueKind::Error)
    }

    fn duration_unit(&mut self) -> Option<DurationUnit> {
        let rest = self.rest();
        let (unit, len) = if rest.starts_with("mo") {
            (DurationUnit::Months, 2)
        } else if rest.starts_with('y') {
            (DurationUnit::Years, 1)
        } else if rest.starts_with('w') {
            (DurationUnit::Weeks, 1)
        } else if rest.starts_with('d') {
            (DurationUnit::Days, 1)
        } else {
            return None;
        };
        if rest[len..].starts_with(|c: char| lexer::is_ident_continue(c)) {
            return None;
        }
        self.pos += len;
        Some(unit)
    }

    fn invalid_number(&mut self, start: usize, help: &str) {
        let span = Span::new(start, self.pos);
        self.error(
            codes::INVALID_NUMBER,
            span,
            format!("invalid number `{}`", &self.src[span.range()]),
        )
        .set_help(crate::base::diagnostic::help(help));
    }

    fn date(&mut self, start: usize) -> ValueKind<'a> {
        let parsed = lexer::date(self.rest());
        if let Ok((rest, (y, m, d))) = parsed
            && !rest.starts_with(|c: char| lexer::is_ident_continue(c))
        {
            self.advance_to(rest);
            if let Some(date) = Date::new(y, m, d) {
                return ValueKind::Date(date);
            }
            let span = Span::new(start, self.pos);
            self.error(
                codes::INVALID_DATE,
                span,
                format!(
                    "`{}` is not a date in the calendar",
                    &self.src[span.range()]
                ),
            )
            .set_help(crate::base::diagnostic::help(format!(
                "month {m:02} of {y} has {} days",
                days_in_month_text(y, m)
            )));
            return ValueKind::Error;
        }
        let len = self
            .rest()
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(self.rest().len());
        self.pos += len;
        let span = Span::new(start, self.pos);
        self.error(
            codes::INVALID_DATE,
            span,
            format!("`{}` is not a date", &self.src[span.range()]),
        )
        .set_help(crate::base::diagnostic::help(
            "write dates as YYYY-MM-DD, like 2025-02-24",
        ));
        ValueKind::Error
    }
}

/// `text` after its leading spaces and tabs.
fn after_spaces(text: &str) -> &str {
    let spaces = text
        .bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    // Spaces and tabs are ASCII, so this is a character boundary.
    &text[spaces..]
}

/// The length of the identifier at the start of `rest` (0 if none).
fn ident_len(rest: &str) -> usize {
    lexer::ident(rest).map_or(0, |(after, _)| rest.len() - after.len())
}

/// A word value: a boolean or a path.
fn word_value(word: &str) -> ValueKind<'_> {
    match word {
        "true" => ValueKind::Bool(true),
        "false" => ValueKind::Bool(false),
        _ => ValueKind::Path(word),
    }
}

fn days_in_month_text(year: u16, month: u8) -> String {
    if !(1..=12).contains(&month) {
        return "no".into();
    }
    (28..=31)
        .rev()
        .find(|&d| Date::new(year, month, d).is_some())
        .map_or("no".into(), |d| d.to_string())
}

fn digits_checked(parser: &mut Parser<'_>, text: &str, start: usize) -> Option<u64> {
    match lexer::digits_value(text) {
        Ok(value) => Some(value),
        Err(DigitsError::Underscore) => {
            parser.invalid_number(start, "`_` may only stand between two digits: `40_000_000`");
            None
        }
        Err(DigitsError::TooLarge) => {
            parser.invalid_number(start, "numbers are limited to 18446744073709551615");
            None
        }
    }
}

/// Keeps a nested block (an error lowering reports) in its block's entries;
/// returns the span it covers.
fn push_nested<'a>(block: Block<'a>, entries: &mut Vec<Entry<'a>>) -> Span {
    let span = block.span;
    entries.push(Entry::Block(Box::new(block)));
    span
}

/// Labels in the same file as the diagnostic.
trait SecondaryHere {
    fn secondary(&mut self, span: Span, message: &str) -> &mut Self;
    fn primary(&mut self, message: impl Into<String>) -> &mut Self;
}

impl SecondaryHere for Diagnostic {
    fn secondary(&mut self, span: Span, message: &str) -> &mut Self {
        self.push_label(crate::base::Label {
            file: self.file,
            span,
            message: message.into(),
        });
        self
    }

    fn primary(&mut self, message: impl Into<String>) -> &mut Self {
        self.set_label(message);
        self
    }
}

/// A character a reader does not see: an invisible or bidirectional one, or
/// a control character other than a line break or tab.
fn is_hidden(c: char) -> bool {
    crate::base::source::invisible_name(c).is_some()
        || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

#[cfg(test)]
mod covered_tests {
    use super::{Covered, Span};

    /// Against asking every span, with spans nested, overlapping and apart.
    #[test]
    fn covered_agrees_with_a_scan() {
        let spans: Vec<Span> = [
            (0, 10),
            (2, 3),
            (4, 6),
            (12, 13),
            (12, 20),
            (15, 16),
            (30, 30),
        ]
        .iter()
        .map(|&(s, e)| Span::new(s, e))
        .collect();
        let covered = Covered::new(spans.iter().copied());
        for start in 0..32 {
            for end in start..33 {
                let span = Span::new(start, end);
                let scanned = spans
                    .iter()
                    .any(|e| e.start <= span.start && span.end <= e.end);
                assert_eq!(covered.covers(span), scanned, "{start}..{end}");
            }
        }
    }
}
