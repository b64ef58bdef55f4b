//! The command line: argument parsing, running the pipeline, exit codes.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::base::codes;
use crate::diagnostics::FailOn;
use crate::output::{self, Format};
use crate::{check, workspace};

/// Exit codes of outputs.md.
pub mod exit {
    pub const CLEAN: u8 = 0;
    pub const FINDINGS: u8 = 1;
    pub const FAILURE: u8 = 2;
}

#[derive(Parser, Debug)]
#[command(
    name = "datalint",
    version,
    about = "A linter for data-governance policy drafts",
    long_about = "datalint reads policy drafts (*.dsl) that license operators to run public data and reports \
                  syntax and schema errors and, with their legal basis, monopolization, privacy-exposure, \
                  party-control and transparency problems."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check policy files and report every problem found.
    Check(CheckArgs),
    /// Explain an error code (for example `E102`).
    Explain {
        /// The code, like E102.
        code: String,
    },
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files and directories to check; directories are searched for *.dsl files. `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// When to use colour in human output (NO_COLOR in the environment turns it off for `auto`).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// The lowest severity that makes the check fail (exit code 1).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Human output: print the diagnostics only, without the summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                exit::FAILURE
            } else {
                exit::CLEAN
            });
        }
    };
    ExitCode::from(run(cli))
}

fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Explain { code } => explain(&code),
    }
}

fn run_check(args: CheckArgs) -> u8 {
    let loaded = workspace::discover(&args.paths).and_then(|paths| workspace::load(&paths));
    let (sources, load_errors) = match loaded {
        Ok(loaded) => loaded,
        Err(error) => return fail(&error.to_string()),
    };
    let report = check::check(&sources, load_errors);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Human => {
            let options = output::human::HumanOptions {
                color: use_color(args.color),
                width: terminal_width(),
                quiet: args.quiet,
            };
            output::human::emit(&report, &sources, options, &mut out)
        }
        Format::Json => output::json::emit(&report, &sources, &mut out),
    };
    if let Err(error) = written.and_then(|()| out.flush()) {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            return if report.fails(args.fail_on) {
                exit::FINDINGS
            } else {
                exit::CLEAN
            };
        }
        return fail(&format!("cannot write the output: {error}"));
    }
    if report.fails(args.fail_on) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

fn explain(code: &str) -> u8 {
    let wanted = code.trim().to_ascii_uppercase();
    let found = codes::ALL
        .iter()
        .find(|c| c.code == wanted || c.name.eq_ignore_ascii_case(code.trim()));
    let Some(found) = found else {
        return fail(&format!(
            "unknown code `{code}`; the language error codes are E001 to E116 (docs/errors.md)"
        ));
    };
    let text = match docs_section(found.code) {
        Some(section) => section,
        None => format!("{} {}: {}", found.code, found.name, found.summary),
    };
    // A closed pipe (`datalint explain E013 | head`) is not an error.
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    exit::CLEAN
}

/// The section of docs/errors.md about one code, so `explain` and the docs
/// say the same thing.
fn docs_section(code: &str) -> Option<String> {
    const ERRORS_MD: &str = include_str!("../../docs/errors.md");
    let heading = format!("## {code} ");
    let start = ERRORS_MD.find(&heading)?;
    let rest = &ERRORS_MD[start..];
    let end = rest[heading.len()..]
        .find("\n## ")
        .map_or(rest.len(), |i| i + heading.len());
    Some(rest[..end].trim_end().to_string())
}

fn fail(message: &str) -> u8 {
    eprintln!("datalint: error: {message}");
    exit::FAILURE
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

fn terminal_width() -> usize {
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return columns;
    }
    terminal_size::terminal_size().map_or(100, |(w, _)| w.0 as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_has_a_docs_section() {
        for code in codes::ALL {
            let section = docs_section(code.code)
                .unwrap_or_else(|| panic!("{} missing in docs/errors.md", code.code));
            assert!(
                section.contains(code.name),
                "{} section lacks its name",
                code.code
            );
            assert!(
                section.contains("```"),
                "{} section lacks an example",
                code.code
            );
        }
    }

    #[test]
    fn cli_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
