//! Where datalint writes its outputs (`--output`, `--write-baseline`, `fmt`):
//! whole or not at all, never over a file the user wrote, and never over a
//! device.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::base::Sources;

/// An output being written. A regular file (or a new one) is written to a
/// temporary file beside it and renamed over it at the end, so a reader sees
/// the old file or the whole new one. An existing file that is not a regular
/// one (a device such as `/dev/null` or `/dev/stdout`, a pipe) is written
/// straight through: a rename would replace the device itself. A symbolic
/// link is followed, so the file it points to is replaced, not the link.
pub(super) enum OutputFile {
    Replacing {
        temporary: tempfile::NamedTempFile,
        target: PathBuf,
    },
    Through(File),
}

impl OutputFile {
    pub(super) fn create(path: &Path) -> std::io::Result<OutputFile> {
        let existing = std::fs::metadata(path).ok();
        let target = match &existing {
            Some(meta) if !meta.is_file() && !meta.is_dir() => {
                return OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map(OutputFile::Through);
            }
            Some(_) => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()),
            None => path.to_owned(),
        };
        let dir = match target.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        // tempfile's own message names the temporary file, which the user never
        // asked for; say which folder could not take it.
        let temporary = tempfile::NamedTempFile::new_in(dir).map_err(|error| {
            std::io::Error::new(
                error.kind(),
                format!(
                    "cannot create a file in `{}`: {}",
                    dir.display(),
                    std::io::Error::from(error.kind())
                ),
            )
        })?;
        // A temporary file is made readable by its owner only; the output gets
        // the mode of the file it replaces (`fmt` keeps a policy's), or a new
        // file's usual mode.
        let permissions = match existing {
            Some(meta) => meta.permissions(),
            None => new_file_permissions(temporary.as_file())?,
        };
        temporary.as_file().set_permissions(permissions)?;
        Ok(OutputFile::Replacing { temporary, target })
    }

    pub(super) fn as_file(&self) -> &File {
        match self {
            OutputFile::Replacing { temporary, .. } => temporary.as_file(),
            OutputFile::Through(file) => file,
        }
    }

    /// Puts the output in place: the temporary file synced and renamed over
    /// the target.
    pub(super) fn finish(self) -> std::io::Result<()> {
        match self {
            OutputFile::Replacing { temporary, target } => {
                temporary.as_file().sync_all()?;
                temporary.persist(&target).map(drop).map_err(|e| e.error)
            }
            OutputFile::Through(mut file) => file.flush(),
        }
    }
}

/// The mode `open` would give a new file: 0o666 less the process's umask,
/// read from /proc (setting the umask to read it would race with other
/// threads); 0o644 where /proc does not say.
#[cfg(unix)]
fn new_file_permissions(_: &File) -> std::io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    let umask = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("Umask:"))?;
            u32::from_str_radix(line["Umask:".len()..].trim(), 8).ok()
        })
        .unwrap_or(0o022);
    Ok(std::fs::Permissions::from_mode(0o666 & !umask))
}

#[cfg(not(unix))]
fn new_file_permissions(file: &File) -> std::io::Result<std::fs::Permissions> {
    Ok(file.metadata()?.permissions())
}

/// Writes `bytes` to `path` through an [`OutputFile`]: all of them or none.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let file = OutputFile::create(path)?;
    file.as_file().write_all(bytes)?;
    file.finish()
}

/// Refuses an output path that would replace something the user wrote: a
/// file this run reads (a policy, the configuration, a baseline), or any
/// policy, rule or configuration file by its name (`.dsl`, `.rule`,
/// `datalint.toml`). Findings, reports, exports and baselines belong in files
/// of their own; `datalint fmt` is the one command that rewrites policies.
pub(super) fn refuse_to_replace_input<'a>(
    output: &Path,
    sources: &'a Sources,
    also_read: impl IntoIterator<Item = &'a Path>,
) -> Result<(), String> {
    let extension = output.extension().and_then(|e| e.to_str());
    if extension.is_some_and(|e| e.eq_ignore_ascii_case("dsl") || e.eq_ignore_ascii_case("rule"))
        || output
            .file_name()
            .is_some_and(|name| name == crate::config::FILE_NAME)
    {
        return Err(format!(
            "`{}` names a policy, rule or configuration file, which the output would replace; \
             write the output to a file of its own",
            output.display()
        ));
    }
    // An output that does not exist yet replaces nothing.
    let Ok(target) = output.canonicalize() else {
        return Ok(());
    };
    let read = sources
        .iter()
        .map(|(_, file)| Path::new(file.path.as_str()))
        .chain(also_read);
    for path in read {
        if path.canonicalize().is_ok_and(|p| p == target) {
            let which = if path == output {
                String::new()
            } else {
                format!(" (as `{}`)", path.display())
            };
            return Err(format!(
                "`{}` is a file this run reads{which}, which the output would replace; \
                 write the output to a file of its own",
                output.display()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old and longer").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn the_replaced_file_keeps_its_mode_and_a_new_one_gets_the_usual() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("policy.dsl");
        std::fs::write(&shared, "old").unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomically(&shared, b"new").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&shared), 0o664);
        let fresh = dir.path().join("report.html");
        write_atomically(&fresh, b"new").unwrap();
        // Not the temporary file's 0o600, but what `open` would have given it.
        let usual = new_file_permissions(&File::open(&fresh).unwrap()).unwrap();
        assert_eq!(mode(&fresh), usual.mode() & 0o777);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_followed_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("shared.html");
        let link = dir.path().join("report.html");
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }

    /// A named pipe stands for every file that is not a regular one (a device
    /// such as /dev/null or /dev/stdout): one written through, not replaced.
    /// (Not /dev/null itself: a regression would replace it on the machine.)
    #[cfg(unix)]
    #[test]
    fn a_pipe_is_written_through_not_replaced() {
        use std::io::Read;
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("findings.pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here
        }
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || {
                let mut read = String::new();
                File::open(pipe).unwrap().read_to_string(&mut read).unwrap();
                read
            })
        };
        write_atomically(&pipe, b"findings").unwrap();
        let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
        assert!(kind.is_fifo(), "the pipe was replaced by a file");
        assert_eq!(reader.join().unwrap(), "findings");
    }

    #[test]
    fn a_missing_folder_is_named() {
        let error = write_atomically(Path::new("no/such/folder/out.json"), b"x").unwrap_err();
        let message = error.to_string();
        assert!(message.contains("`no/such/folder`"), "{message}");
        assert!(!message.contains(".tmp"), "{message}");
    }
}
