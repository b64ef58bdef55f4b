//! Finding and reading the files to check.

use std::io::Read;
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

/// The largest file datalint reads; spans are 32-bit byte offsets.
pub const MAX_FILE_SIZE: u64 = u32::MAX as u64;

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
        if !metadata.is_dir() {
            found.push(path.clone());
            continue;
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

/// Reads each file. A file that is not UTF-8 is loaded as its valid prefix
/// with an `E001` diagnostic at the first bad byte; a file that cannot be read
/// at all is a [`LoadError`].
pub fn load(paths: &[PathBuf]) -> Result<(Sources, Vec<Diagnostic>), LoadError> {
    let mut sources = Sources::new();
    let mut diagnostics = Vec::new();
    for path in paths {
        let (shown, bytes) = read(path)?;
        let id = FileId(sources.len() as u32);
        let (text, error) = decode(bytes, id);
        sources.add(SourceFile::new(shown, text));
        diagnostics.extend(error);
    }
    Ok((sources, diagnostics))
}

fn read(path: &Path) -> Result<(String, Vec<u8>), LoadError> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError {
                message: format!("cannot read standard input: {}", io_reason(&e)),
            })?;
        return Ok((STDIN_PATH.to_string(), bytes));
    }
    let shown = path.to_string_lossy().into_owned();
    let cannot = |e: std::io::Error| LoadError {
        message: format!("cannot read `{shown}`: {}", io_reason(&e)),
    };
    let mut file = std::fs::File::open(path).map_err(cannot)?;
    let size = file.metadata().map_err(cannot)?.len();
    if file.metadata().map_err(cannot)?.is_dir() {
        return Err(LoadError {
            message: format!("cannot read `{shown}`: it is a directory"),
        });
    }
    if size > MAX_FILE_SIZE {
        return Err(LoadError {
            message: format!(
                "cannot check `{shown}`: it is {size} bytes; the limit is {MAX_FILE_SIZE}"
            ),
        });
    }
    bytes.reserve_exact(size as usize);
    file.read_to_end(&mut bytes).map_err(cannot)?;
    Ok((shown, bytes))
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
        assert_eq!(&*error.code, "E001");
        assert_eq!(error.span, Span::empty(7));
        assert!(error.message.contains("offset 7"), "{}", error.message);
    }

    #[test]
    fn missing_path_is_a_load_error() {
        let error = discover(&[PathBuf::from("/no/such/path.dsl")]).unwrap_err();
        assert!(error.message.contains("no such file"), "{}", error.message);
    }
}
