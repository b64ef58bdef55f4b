//! Loaded source files and the translation of byte offsets into line and
//! column positions.

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
    /// Computed on first use: most runs report on few files, and the table
    /// costs four bytes a line.
    line_starts: std::sync::OnceLock<Vec<u32>>,
    /// The text as shown in excerpts: invisible characters replaced by
    /// U+FFFD (also three bytes, so spans still fit), or `None` when it has
    /// none. Made on first use.
    display: std::sync::OnceLock<Option<String>>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: String) -> SourceFile {
        SourceFile {
            path: path.into(),
            text,
            line_starts: std::sync::OnceLock::new(),
            display: std::sync::OnceLock::new(),
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

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1))
                .collect()
        })
    }

    /// Line and character column of a byte offset. Offsets inside a multi-byte
    /// character count as that character; offsets past the end clamp to it.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(self.text.len() as u32);
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = line_starts[line] as usize;
        let prefix = &self.text.as_bytes()[line_start..offset as usize];
        // Count characters as the bytes that do not continue a UTF-8 sequence.
        let column = prefix.iter().filter(|&&b| (b as i8) >= -0x40).count();
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts().len()
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
        let inner =
            self.display_text()
                .read_span(span, context_lines_before, context_lines_after)?;
        let position = self.line_col(span.offset() as u32);
        let column = if context_lines_before == 0 {
            position.column as usize - 1
        } else {
            0
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.path.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
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

    #[test]
    fn columns_count_characters() {
        let file = SourceFile::new("t", "ab\n条款 x\n".to_string());
        assert_eq!(file.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(file.line_col(3), LineCol { line: 2, column: 1 });
        // "条款 " is 7 bytes and 3 characters.
        assert_eq!(file.line_col(10), LineCol { line: 2, column: 4 });
        assert_eq!(file.line_col(99), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn miette_header_column_counts_characters() {
        let file = SourceFile::new("t", "条款 x\n".to_string());
        let contents = file.read_span(&(7, 1).into(), 0, 0).unwrap();
        assert_eq!(contents.column(), 3);
    }
}
