//! Finding and reading the files to check.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::base::codes;
use crate::base::{Diagnostic, FileId, SourceFile, Sources, Span};

/// Why the files could not be checked at all (exit code 2).
#[derive(Debug, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The name standard input is shown under.
pub const STDIN_PATH: &str = "<stdin>";

/// The largest file datalint can read at all: spans are 32-bit byte offsets.
pub const MAX_FILE_SIZE: u64 = u32::MAX as u64;

/// The default limit on a file's size (`--max-file-size`, `max-file-size` in
/// datalint.toml): 64 MiB, over sixty times the longest statute in the test
/// corpus, and small enough that checking it stays within a few hundred
/// megabytes of memory. Larger files are not read; each gets an E016.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;

/// A file size as written on the command line or in datalint.toml: bytes,
/// or a number with `KiB`, `MiB` or `GiB`. `0` means no limit but the
/// 4 GiB that spans can address.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit() && c != '_')
        .unwrap_or(text.len());
    let (number, unit) = (&text[..split], text[split..].trim());
    let shift = match unit {
        "" | "B" => 0,
        "KiB" => 10,
        "MiB" => 20,
        "GiB" => 30,
        _ => {
            return Err(format!(
                "`{text}` is not a size: write bytes, or a number with KiB, MiB or GiB (`64MiB`)"
            ));
        }
    };
    let value: u64 = number
        .replace('_', "")
        .parse()
        .map_err(|_| format!("`{text}` is not a size: it needs a number, like `64MiB`"))?;
    let bytes = value
        .checked_mul(1 << shift)
        .filter(|&b| b <= MAX_FILE_SIZE)
        .ok_or_else(|| format!("`{text}` is over the largest size datalint reads, 4GiB"))?;
    Ok(if bytes == 0 { MAX_FILE_SIZE } else { bytes })
}

/// A size for messages: `67108864 bytes (64 MiB)`.
fn shown_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{b} bytes ({} GiB)", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{b} bytes ({} MiB)", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{b} bytes ({} KiB)", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// The files to check: each path given, and every `*.dsl` file under each
/// directory given (honouring `.gitignore`), sorted and without repeats.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut found = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            found.push(path.clone());
            continue;
        }
        let metadata = std::fs::metadata(path).map_err(|e| LoadError {
            message: format!("cannot read `{}`: {}", path.display(), io_reason(&e)),
        })?;
        if metadata.is_file() {
            found.push(path.clone());
            continue;
        }
        if !metadata.is_dir() {
            return Err(not_regular(&path.to_string_lossy()));
        }
        let before = found.len();
        for entry in ignore::WalkBuilder::new(path)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build()
        {
            let entry = entry.map_err(|e| LoadError {
                message: format!("cannot read under `{}`: {e}", path.display()),
            })?;
            let is_file = entry.file_type().is_some_and(|t| t.is_file());
            if is_file && entry.path().extension().is_some_and(|e| e == "dsl") {
                found.push(entry.into_path());
            }
        }
        if found.len() == before {
            return Err(LoadError {
                message: format!("no policy files (*.dsl) found under `{}`", path.display()),
            });
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}

/// Reads each file, up to the default size limit (see [`load_limited`]).
pub fn load(paths: &[PathBuf]) -> Result<(Sources, Vec<Diagnostic>), LoadError> {
    load_limited(paths, DEFAULT_MAX_FILE_SIZE)
}

/// Reads each file. A file that is not UTF-8 is loaded as its valid prefix
/// with an `E001` diagnostic at the first bad byte; a file over `max_size`
/// bytes is not read, and is loaded empty with an `E016` diagnostic (the run
/// then exits 2, see [`unchecked`]); a file that cannot be read at all is a
/// [`LoadError`].
pub fn load_limited(
    paths: &[PathBuf],
    max_size: u64,
) -> Result<(Sources, Vec<Diagnostic>), LoadError> {
    let max_size = max_size.clamp(1, MAX_FILE_SIZE);
    let mut sources = Sources::new();
    let mut diagnostics = Vec::new();
    for path in paths {
        let id = FileId(sources.len() as u32);
        let (shown, read) = read(path, max_size)?;
        match read {
            Read::Bytes(bytes) => {
                let (text, error) = decode(bytes, id);
                sources.add(SourceFile::new(shown, text));
                diagnostics.extend(error);
            }
            Read::TooLarge(size) => {
                sources.add(SourceFile::new(shown, String::new()));
                diagnostics.push(too_large(id, size, max_size));
            }
        }
    }
    Ok((sources, diagnostics))
}

/// Whether some file was not checked at all (E016): the run exits 2.
pub fn unchecked(load_errors: &[Diagnostic]) -> bool {
    load_errors
        .iter()
        .any(|d| *d.code() == *codes::FILE_TOO_LARGE.code)
}

fn too_large(file: FileId, size: Option<u64>, limit: u64) -> Diagnostic {
    let message = match size {
        Some(size) => format!(
            "the file is {}; the limit is {}, so it is not checked",
            shown_size(size),
            shown_size(limit)
        ),
        None => format!(
            "the file is larger than the limit of {}, so it is not checked",
            shown_size(limit)
        ),
    };
    Diagnostic::error(codes::FILE_TOO_LARGE, file, Span::empty(0), message)
    .with_help(
        "split the draft into several files (they are checked together), or raise the limit with --max-file-size or `max-file-size` in datalint.toml",
    )
}

/// A pipe, socket or device: opening a FIFO would wait for a writer, and a
/// device may never end, so none is read.
fn not_regular(shown: &str) -> LoadError {
    LoadError {
        message: format!(
            "cannot read `{shown}`: it is not a regular file (a pipe, socket or device); use `-` for standard input"
        ),
    }
}

/// What reading a file gave.
enum Read {
    Bytes(Vec<u8>),
    /// Over the limit: its size, where known without reading it all.
    TooLarge(Option<u64>),
}

fn read(path: &Path, max_size: u64) -> Result<(String, Read), LoadError> {
    if path.as_os_str() == "-" {
        let read = read_capped(std::io::stdin().lock(), 0, max_size).map_err(|e| LoadError {
            message: format!("cannot read standard input: {}", io_reason(&e)),
        })?;
        return Ok((STDIN_PATH.to_string(), read));
    }
    let shown = path.to_string_lossy().into_owned();
    let cannot = |e: std::io::Error| LoadError {
        message: format!("cannot read `{shown}`: {}", io_reason(&e)),
    };
    // Looked at before opening: opening a FIFO would wait for a writer.
    let metadata = std::fs::metadata(path).map_err(cannot)?;
    if metadata.is_dir() {
        return Err(LoadError {
            message: format!("cannot read `{shown}`: it is a directory"),
        });
    }
    if !metadata.is_file() {
        return Err(not_regular(&shown));
    }
    if metadata.len() > max_size {
        return Ok((shown, Read::TooLarge(Some(metadata.len()))));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    let read = read_capped(file, metadata.len(), max_size).map_err(cannot)?;
    Ok((shown, read))
}

/// Reads at most `max_size + 1` bytes, so a file that grew after its size
/// was looked at, or standard input, is never read whole when too large.
fn read_capped(reader: impl std::io::Read, expected: u64, max_size: u64) -> std::io::Result<Read> {
    let mut bytes = Vec::with_capacity(expected.min(max_size) as usize);
    reader.take(max_size + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_size {
        return Ok(Read::TooLarge(None));
    }
    Ok(Read::Bytes(bytes))
}

/// The text of a file, or its valid UTF-8 prefix and an error at the first
/// invalid byte.
pub fn decode(bytes: Vec<u8>, file: FileId) -> (String, Option<Diagnostic>) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let bad = error.as_bytes()[at];
            // Shown with U+FFFD for bad bytes; offsets up to `at` are exact,
            // and nothing after it is parsed.
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let diagnostic = Diagnostic::error(
                codes::INVALID_UTF8,
                file,
                Span::empty(at),
                format!("the file is not valid UTF-8: byte 0x{bad:02X} at offset {at}"),
            )
            .with_label("invalid byte here")
            .with_help("save the file as UTF-8; datalint checks nothing in a file that is not");
            (text, Some(diagnostic))
        }
    }
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let (text, error) = decode(b"policy \xFF rest".to_vec(), FileId(0));
        assert_eq!(text, "policy \u{FFFD} rest");
        let error = error.unwrap();
        assert_eq!(error.code(), "E001");
        assert_eq!(error.span, Span::empty(7));
        assert!(
            error.message.text().contains("offset 7"),
            "{}",
            error.message
        );
    }

    #[test]
    fn sizes_are_bytes_or_binary_units() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64MiB"), Ok(DEFAULT_MAX_FILE_SIZE));
        assert_eq!(parse_size("64 MiB"), Ok(64 << 20));
        assert_eq!(parse_size("2KiB"), Ok(2048));
        assert_eq!(parse_size("1_000_000"), Ok(1_000_000));
        assert_eq!(parse_size("0"), Ok(MAX_FILE_SIZE));
        assert!(parse_size("64MB").is_err());
        assert!(parse_size("MiB").is_err());
        assert!(parse_size("5GiB").unwrap_err().contains("4GiB"));
        assert!(parse_size("99999999999999999999999").is_err());
        assert_eq!(shown_size(64 << 20), "67108864 bytes (64 MiB)");
        assert_eq!(shown_size(100), "100 bytes");
    }

    #[test]
    fn a_file_over_the_limit_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.dsl");
        let small = dir.path().join("small.dsl");
        std::fs::write(&big, "body b {\n  kind court\n}\n").unwrap();
        std::fs::write(&small, "body c {}\n").unwrap();
        let (sources, errors) = load_limited(&[big, small], 16).unwrap();
        assert_eq!(sources.len(), 2);
        assert_eq!(sources.get(FileId(0)).text, "");
        assert_eq!(sources.get(FileId(1)).text, "body c {}\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code(), "E016");
        assert_eq!(errors[0].file, FileId(0));
        assert!(
            errors[0]
                .message
                .text()
                .contains("is 24 bytes; the limit is 16 bytes"),
            "{}",
            errors[0].message
        );
        assert!(unchecked(&errors));
    }

    #[test]
    fn reading_stops_after_the_limit() {
        let data = [b'a'; 100];
        match read_capped(&data[..], 0, 10).unwrap() {
            Read::TooLarge(None) => {}
            _ => panic!("read past the limit"),
        }
        match read_capped(&data[..], 0, 100).unwrap() {
            Read::Bytes(bytes) => assert_eq!(bytes.len(), 100),
            _ => panic!("a file at the limit is read"),
        }
    }

    #[test]
    fn missing_path_is_a_load_error() {
        let error = discover(&[PathBuf::from("/no/such/path.dsl")]).unwrap_err();
        assert!(error.message.contains("no such file"), "{}", error.message);
    }
}
