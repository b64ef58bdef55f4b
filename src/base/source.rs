//! Loaded source files and the translation of byte offsets into line and
//! column positions.

use std::ops::Range;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// Index of a file in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A 1-based line and a 1-based column counted in Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Characters that make text display differently from what a program reads
/// ("Trojan Source", CVE-2021-42574): bidirectional controls, and characters
/// that show as nothing. A clause can read one way to a reviewer and another
/// to the linter.
const INVISIBLE: &[(char, &str)] = &[
    ('\u{061C}', "ARABIC LETTER MARK"),
    ('\u{200B}', "ZERO WIDTH SPACE"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
    (
        '\u{FEFF}',
        "ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)",
    ),
];

/// The Unicode name of an invisible or bidirectional control character.
pub fn invisible_name(c: char) -> Option<&'static str> {
    INVISIBLE
        .iter()
        .find(|(i, _)| *i == c)
        .map(|(_, name)| *name)
}

/// What an excerpt shows in place of the character `c` at byte `i`, when it
/// must not be shown as is: invisible and bidirectional characters (which
/// could reorder the excerpt) and control characters (which could drive the
/// terminal). The stand-in has the same length in bytes, so spans still fit.
fn display_stand_in(i: usize, c: char) -> Option<char> {
    let hidden = (invisible_name(c).is_some() && !(i == 0 && c == '\u{FEFF}'))
        || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    hidden.then_some(match c.len_utf8() {
        1 => '?',
        2 => '\u{00B7}',
        _ => '\u{FFFD}',
    })
}

/// One file as read, with the start offset of each line.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it (or as found under a directory they gave).
    pub path: String,
    /// The text. For a file that is not valid UTF-8 this is the lossy
    /// decoding, exact up to the first bad byte (the only position reported).
    pub text: String,
    /// Computed on first use: most runs report on few files.
    lines: std::sync::OnceLock<LineIndex>,
    /// The text as shown in excerpts: invisible characters replaced by
    /// U+FFFD (also three bytes, so spans still fit), or `None` when it has
    /// none. Made on first use.
    display: std::sync::OnceLock<Option<String>>,
    /// Offsets of `\r`s not followed by `\n` (miette ends lines there too),
    /// found on first use.
    lone_returns: std::sync::OnceLock<Vec<u32>>,
    /// The characters, and those outside the Basic Multilingual Plane,
    /// before every [`CHARS_STEP`]th byte: counted on first use far into a
    /// long line.
    chars: std::sync::OnceLock<Vec<(u32, u32)>>,
}

/// How far into a line a position is found from its start; further in, it
/// is found from the nearest multiple of this many bytes. Counting from the
/// line's start for every diagnostic was quadratic on one long line: a list
/// of 80,000 unresolved references took 0.9 s in JSON and 35 s in SARIF.
const CHARS_STEP: usize = 4096;

/// The characters in `bytes`: the bytes that do not continue a UTF-8
/// sequence (so an offset inside a character counts that character).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The characters in `bytes` outside the Basic Multilingual Plane (two
/// UTF-16 units each): their first bytes.
fn astral_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b >= 0xF0).count()
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: String) -> SourceFile {
        SourceFile {
            path: path.into(),
            text,
            lines: std::sync::OnceLock::new(),
            display: std::sync::OnceLock::new(),
            lone_returns: std::sync::OnceLock::new(),
            chars: std::sync::OnceLock::new(),
        }
    }

    /// The text for excerpts: an invisible character would make the excerpt
    /// itself display differently, so each is shown as U+FFFD.
    pub fn display_text(&self) -> &str {
        let display = self.display.get_or_init(|| {
            let has = self
                .text
                .char_indices()
                .any(|(i, c)| display_stand_in(i, c).is_some());
            has.then(|| {
                self.text
                    .char_indices()
                    .map(|(i, c)| display_stand_in(i, c).unwrap_or(c))
                    .collect()
            })
        });
        display.as_deref().unwrap_or(&self.text)
    }

    fn lines(&self) -> &LineIndex {
        self.lines
            .get_or_init(|| LineIndex::new(self.text.as_bytes()))
    }

    /// Line and character column of a byte offset. Offsets inside a multi-byte
    /// character count as that character; offsets past the end clamp to it.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = (offset as usize).min(self.text.len());
        let bytes = self.text.as_bytes();
        let (line, line_start) = self.lines().line_of(bytes, offset);
        let column = if offset - line_start <= CHARS_STEP {
            chars_in(&bytes[line_start..offset])
        } else {
            self.chars_before(offset).0 - self.chars_before(line_start).0
        };
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// Line and column of a byte offset on a character boundary, the column
    /// in UTF-16 code units (SARIF's): a character outside the Basic
    /// Multilingual Plane, such as 𠀀, counts two.
    pub fn utf16_line_col(&self, offset: u32) -> LineCol {
        let offset = (offset as usize).min(self.text.len());
        let bytes = self.text.as_bytes();
        let (line, line_start) = self.lines().line_of(bytes, offset);
        let units = if offset - line_start <= CHARS_STEP {
            let prefix = &bytes[line_start..offset];
            chars_in(prefix) + astral_in(prefix)
        } else {
            let (end, end_astral) = self.chars_before(offset);
            let (start, start_astral) = self.chars_before(line_start);
            end - start + end_astral - start_astral
        };
        LineCol {
            line: line as u32 + 1,
            column: units as u32 + 1,
        }
    }

    /// The characters before byte `offset`, and those of them outside the
    /// Basic Multilingual Plane.
    fn chars_before(&self, offset: usize) -> (usize, usize) {
        let bytes = self.text.as_bytes();
        let counts = self.chars.get_or_init(|| {
            let (mut chars, mut astral) = (0, 0);
            let mut counts = vec![(0, 0)];
            for chunk in bytes.chunks_exact(CHARS_STEP) {
                chars += chars_in(chunk) as u32;
                astral += astral_in(chunk) as u32;
                counts.push((chars, astral));
            }
            counts
        });
        let step = offset / CHARS_STEP;
        let rest = &bytes[step * CHARS_STEP..offset];
        let (chars, astral) = counts[step];
        (
            chars as usize + chars_in(rest),
            astral as usize + astral_in(rest),
        )
    }

    pub fn line_count(&self) -> usize {
        self.lines().count
    }
}

/// Where lines start, kept for every [`LineIndex::STEP`]th line: the lines
/// between are found by scanning from the nearest one kept. A table of
/// every line cost four bytes a line, 18 MB for a 100 MiB file, and was
/// alive at the peak of a large run.
#[derive(Debug)]
struct LineIndex {
    /// The start of lines 0, STEP, 2 × STEP, …
    starts: Vec<u32>,
    /// In lines longer than [`CHARS_STEP`] bytes, every [`CHARS_STEP`]th
    /// byte: (where, its line, where the line starts). Empty unless a line
    /// is that long; otherwise finding a line would scan a long one from
    /// its start for every diagnostic on it.
    long: Vec<(u32, u32, u32)>,
    /// The number of lines (one more than the line breaks).
    count: usize,
}

impl LineIndex {
    /// Few enough lines that the scan is short (a few hundred bytes).
    const STEP: usize = 8;

    fn new(text: &[u8]) -> LineIndex {
        let mut starts = Vec::with_capacity(text.len() / 256 + 1);
        starts.push(0);
        let mut long = Vec::new();
        let mut count = 1;
        let mut line_start = 0;
        let ends = memchr::memchr_iter(b'\n', text).chain(std::iter::once(text.len()));
        for end in ends {
            let mut at = line_start + CHARS_STEP;
            while at < end {
                long.push((at as u32, count as u32 - 1, line_start as u32));
                at += CHARS_STEP;
            }
            if end == text.len() {
                break;
            }
            if count % Self::STEP == 0 {
                starts.push(end as u32 + 1);
            }
            count += 1;
            line_start = end + 1;
        }
        starts.shrink_to_fit();
        long.shrink_to_fit();
        LineIndex {
            starts,
            long,
            count,
        }
    }

    /// The line (from 0) that holds `offset`, and where it starts.
    fn line_of(&self, text: &[u8], offset: usize) -> (usize, usize) {
        let kept = self
            .starts
            .partition_point(|&start| start as usize <= offset)
            - 1;
        let mut from = self.starts[kept] as usize;
        let mut line = kept * Self::STEP;
        let mut start = from;
        if offset - from > CHARS_STEP {
            let later = self
                .long
                .partition_point(|&(at, _, _)| at as usize <= offset);
            if let Some(&(at, at_line, at_start)) = later.checked_sub(1).map(|i| &self.long[i])
                && at as usize >= from
            {
                (from, line, start) = (at as usize, at_line as usize, at_start as usize);
            }
        }
        for newline in memchr::memchr_iter(b'\n', &text[from..offset]) {
            line += 1;
            start = from + newline + 1;
        }
        (line, start)
    }

    /// Where line `line` (from 0) starts, or `None` past the last line.
    fn start(&self, text: &[u8], line: usize) -> Option<usize> {
        let from = *self.starts.get(line / Self::STEP)? as usize;
        match line % Self::STEP {
            0 => Some(from),
            skip => memchr::memchr_iter(b'\n', &text[from..])
                .nth(skip - 1)
                .map(|newline| from + newline + 1),
        }
    }
}

/// miette reads snippets through this. Its own implementation for `str` counts
/// the column in the report header in bytes; ours counts characters, so the
/// position miette prints agrees with JSON output for CJK text.
impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = self.display_text();
        // miette finds the lines around a span by reading the text from its
        // start: over a large file, that was three quarters of a check's
        // time. It reads only a window of whole lines around the span here;
        // lines and offsets are then moved back to the whole file's.
        let (window, first_line) =
            self.window(span, context_lines_before + 1, context_lines_after + 2);
        let shifted = SourceSpan::new((span.offset() - window.start).into(), span.len());
        let inner =
            text[window.clone()].read_span(&shifted, context_lines_before, context_lines_after)?;
        let position = self.line_col(span.offset() as u32);
        let column = if context_lines_before == 0 {
            position.column as usize - 1
        } else {
            0
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.path.clone(),
            inner.data(),
            SourceSpan::new(
                (inner.span().offset() + window.start).into(),
                inner.span().len(),
            ),
            first_line + inner.line(),
            column,
            first_line + inner.line_count(),
        )))
    }
}

impl SourceFile {
    /// The bytes from the start of the line `before` lines above the span's
    /// first line to the end of the line `after` lines below its last, and
    /// how many lines miette counts before them (it also ends a line at a
    /// lone `\r`).
    fn window(&self, span: &SourceSpan, before: usize, after: usize) -> (Range<usize>, usize) {
        let (lines, bytes) = (self.lines(), self.text.as_bytes());
        let len = self.text.len();
        let line_of = |offset: usize| lines.line_of(bytes, offset.min(len)).0;
        let first = line_of(span.offset()).saturating_sub(before);
        let last = line_of(span.offset() + span.len()) + after + 1;
        let start = lines.start(bytes, first).expect("an earlier line exists");
        let end = lines.start(bytes, last).unwrap_or(len);
        let lone_returns = self.lone_returns.get_or_init(|| {
            let bytes = self.text.as_bytes();
            memchr::memchr_iter(b'\r', bytes)
                .filter(|&i| bytes.get(i + 1) != Some(&b'\n'))
                .map(|i| i as u32)
                .collect()
        });
        let before_window = lone_returns.partition_point(|&i| (i as usize) < start);
        (start..end, first + before_window)
    }
}

/// All files checked together, addressed by [`FileId`].
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn new() -> Sources {
        Sources::default()
    }

    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against counting from the start of the text, at every offset of a
    /// text with short lines, lines longer than `CHARS_STEP`, CJK and
    /// characters outside the Basic Multilingual Plane.
    #[test]
    fn positions_on_long_lines_match_a_count_from_the_start() {
        let long = "中𠀀 ab ".repeat(2 * CHARS_STEP / 7);
        let text = format!("x\n\n{long}\nshort\n{long}{long}\n𠀀\n{long}");
        let file = SourceFile::new("t.dsl", text.clone());
        assert!(!file.lines().long.is_empty());
        for offset in (0..=text.len()).step_by(97).chain([text.len()]) {
            let before = &text.as_bytes()[..offset];
            let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let bytes = &text.as_bytes()[line_start..offset];
            let chars = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
            assert_eq!(
                file.line_col(offset as u32),
                LineCol {
                    line,
                    column: chars + 1
                },
                "{offset}"
            );
            if text.is_char_boundary(offset) {
                let units = text[line_start..offset].encode_utf16().count() as u32;
                let expected = LineCol {
                    line,
                    column: units + 1,
                };
                assert_eq!(file.utf16_line_col(offset as u32), expected, "{offset}");
            }
        }
    }

    #[test]
    fn columns_count_characters() {
        let file = SourceFile::new("t", "ab\n条款 x\n".to_string());
        assert_eq!(file.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(file.line_col(3), LineCol { line: 2, column: 1 });
        // "条款 " is 7 bytes and 3 characters.
        assert_eq!(file.line_col(10), LineCol { line: 2, column: 4 });
        assert_eq!(file.line_col(99), LineCol { line: 3, column: 1 });
    }

    /// The kept line starts and the scan between them give what a table of
    /// every line start gives.
    #[test]
    fn sampled_line_starts_agree_with_every_line_start() {
        let long: String = (0..45)
            .map(|i| format!("{}\n", "x".repeat(i % 7)))
            .collect();
        for text in [
            long.as_str(),
            "",
            "\n",
            "a",
            "\n\n\n\n\n\n\n\n\n",
            "a\r\nb\r\n",
        ] {
            let bytes = text.as_bytes();
            let every: Vec<usize> = std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
                .collect();
            let index = LineIndex::new(bytes);
            assert_eq!(index.count, every.len());
            for offset in 0..=text.len() {
                let line = every.partition_point(|&start| start <= offset) - 1;
                assert_eq!(
                    index.line_of(bytes, offset),
                    (line, every[line]),
                    "{text:?} {offset}"
                );
            }
            for line in 0..every.len() + LineIndex::STEP + 1 {
                assert_eq!(
                    index.start(bytes, line),
                    every.get(line).copied(),
                    "{text:?} {line}"
                );
            }
        }
    }

    /// The window read gives what miette's own reading of the whole text
    /// gives, apart from the header column (counted in characters here).
    #[test]
    fn excerpts_read_from_a_window_match_reading_the_whole_text() {
        let texts = [
            "a\nbb\nccc\n\ndddd\neeeee\nf\ngg\n",
            "one\r\ntwo\r\nthree\rfour\r\n\r\nfive\nsix",
            "条款 x\n第二行\n\n第四行 yy\n末",
            "no newline at all",
            "",
            &(0..30).map(|i| format!("line {i}\r\n")).collect::<String>(),
        ];
        for text in texts {
            let file = SourceFile::new("t", text.to_string());
            for start in 0..=text.len() {
                for len in [0, 1, 3, 7] {
                    if start + len > text.len() {
                        continue;
                    }
                    for (before, after) in [(0, 0), (1, 1), (2, 3), (5, 5)] {
                        let span: SourceSpan = (start, len).into();
                        let whole = text.read_span(&span, before, after);
                        let ours = file.read_span(&span, before, after);
                        let (Ok(whole), Ok(ours)) = (whole, ours) else {
                            panic!("{text:?} {start} {len}: one read failed");
                        };
                        let case = format!("{text:?} at {start}+{len}, {before}/{after}");
                        assert_eq!(ours.data(), whole.data(), "{case}");
                        assert_eq!(ours.span(), whole.span(), "{case}");
                        assert_eq!(ours.line(), whole.line(), "{case}");
                        assert_eq!(ours.line_count(), whole.line_count(), "{case}");
                    }
                }
            }
        }
    }

    #[test]
    fn miette_header_column_counts_characters() {
        let file = SourceFile::new("t", "条款 x\n".to_string());
        let contents = file.read_span(&(7, 1).into(), 0, 0).unwrap();
        assert_eq!(contents.column(), 3);
    }
}
