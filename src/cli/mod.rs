//! The command line: argument parsing, running the pipeline, exit codes.

mod init;
mod output_file;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::base::{Severity, codes};
use crate::diagnostics::FailOn;
use crate::diagnostics::baseline::Baseline;
use crate::output::{self, Format};
use crate::rules::{Profile, RuleSet};
use crate::{check, workspace};
use output_file::{OutputFile, refuse_to_replace_input, write_atomically};

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
    /// List the rules in force: code, name, family, severity.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        /// Rule folders to add to the built-in rules.
        #[arg(long = "rules", value_name = "DIR")]
        rule_dirs: Vec<PathBuf>,
    },
    /// Explain a rule (by code or name) or a language error code.
    Explain {
        /// A rule code or name (`MON002`, `exclusive-term-too-long`) or an error code (`E102`).
        code: String,
        /// Rule folders to add to the built-in rules.
        #[arg(long = "rules", value_name = "DIR")]
        rule_dirs: Vec<PathBuf>,
    },
    /// Write a reviewer's report (HTML or Markdown) of the drafts.
    Report(ReportArgs),
    /// Compare two drafts (files or folders): findings introduced, resolved and unchanged.
    Diff(DiffArgs),
    /// Write the resolved model (blocks, typed attributes, references) as JSON (docs/export.md).
    Export(ExportArgs),
    /// Format policy files in the canonical layout (files with syntax errors are left alone).
    Fmt {
        /// Files and directories (searched for *.dsl).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Change nothing; exit 1 if a file would change.
        #[arg(long)]
        check: bool,
        /// Change nothing; print what would change as a unified diff.
        #[arg(long)]
        diff: bool,
    },
    /// Run the language server over standard input and output.
    Lsp,
    /// Write a starter `datalint.toml` and `policy.dsl` (never overwriting a file).
    Init {
        /// The folder to write them in.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
    /// Run rule fixtures (`# expect: CODE`, `# ok: CODE`) and every rule's example.
    Test {
        /// A folder of fixtures; its `*.rule` files and `patterns/` are loaded too
        /// (a rule there with a built-in rule's code replaces it for the run).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// More rule folders.
        #[arg(long = "rules", value_name = "DIR")]
        rule_dirs: Vec<PathBuf>,
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
    /// The lowest severity that makes the check fail (exit code 1); default `error`.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Exit 0 even when findings fail the check (2 still means datalint could not check).
    #[arg(long)]
    pub exit_zero: bool,
    /// Check only these rules: codes, names, families or family prefixes (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,
    /// Leave out these rules: codes, names, families or family prefixes (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
    /// The configuration file, instead of the nearest `datalint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Write the output to FILE (atomically) instead of standard output; never to a file the run reads, nor to a `.dsl`, `.rule` or `datalint.toml` file.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print the number of findings per rule instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// In the human format, show at most N diagnostics per file (the rest are counted); 0: no limit.
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub max_diagnostics: usize,
    /// Do not check files larger than SIZE (bytes, or with KiB, MiB, GiB); each is an E016 and the run exits 2. Default 64MiB; 0: no limit.
    #[arg(long, value_name = "SIZE", value_parser = workspace::parse_size)]
    pub max_file_size: Option<u64>,
    /// Record today's findings in FILE and exit; later runs with `--baseline FILE` report only new ones. Never a file the run reads, nor a `.dsl`, `.rule` or `datalint.toml` file.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
    /// Report only findings that FILE (written by `--write-baseline`) does not hold.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Human output: print the diagnostics only, without the summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Rule folders to add to the built-in rules (`*.rule` files and a `patterns/` folder).
    #[arg(long = "rules", value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
    /// The jurisdiction profile, instead of the one each policy's `jurisdiction` selects.
    #[arg(long, value_enum)]
    pub profile: Option<Profile>,
    /// Ignore `# datalint: allow …` waivers in the drafts.
    #[arg(long)]
    pub no_waivers: bool,
    /// After the output, print to standard error the time of each stage and of each rule, slowest first.
    #[arg(long)]
    pub timings: bool,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// Files and directories to report on, checked together.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The report file; its extension (.html, .md) chooses the format unless --format is given. Never a file the run reads, nor a `.dsl`, `.rule` or `datalint.toml` file.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// html or markdown (default: from the output's extension, else markdown).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// The fail level the verdict is judged at.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Rule folders to add to the built-in rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
    /// The configuration file, instead of the nearest `datalint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Formats of `datalint report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Markdown,
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// The earlier draft: a file or a folder.
    pub old: PathBuf,
    /// The later draft: a file or a folder.
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
    /// The lowest severity of an introduced finding that makes the diff fail (exit code 1).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// When to use colour in human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Rule folders to add to the built-in rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
    /// The configuration file, instead of the nearest `datalint.toml` of NEW.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// Files and directories to export, resolved together.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Indent the JSON (default: compact, one line).
    #[arg(long)]
    pub pretty: bool,
    /// Leave out the positions (`header`, `span`) of blocks and attributes.
    #[arg(long)]
    pub no_spans: bool,
    /// Do not read files larger than SIZE (bytes, or with KiB, MiB, GiB); each is an E016 and the run exits 2. Default 64MiB; 0: no limit.
    #[arg(long, value_name = "SIZE", value_parser = workspace::parse_size)]
    pub max_file_size: Option<u64>,
    /// Write the output to FILE (atomically) instead of standard output; never to a file the run reads, nor to a `.dsl`, `.rule` or `datalint.toml` file.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The configuration file (for `exclude`), instead of the nearest `datalint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Formats of `datalint export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
}

/// Formats of `datalint diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Human,
    Json,
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Runs the command line and returns the exit code.
/// Runs the command line; returns the exit code.
pub fn main() -> u8 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = error.print();
            return if error.use_stderr() {
                exit::FAILURE
            } else {
                exit::CLEAN
            };
        }
    };
    run(cli)
}

fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Rules { format, rule_dirs } => match load_rules(&rule_dirs) {
            Ok(rules) => list_rules(&rules, format),
            Err(code) => code,
        },
        Command::Explain { code, rule_dirs } => explain(&code, &rule_dirs),
        Command::Diff(args) => run_diff(args),
        Command::Report(args) => run_report(args),
        Command::Export(args) => run_export(args),
        Command::Fmt { paths, check, diff } => run_fmt(&paths, check, diff),
        Command::Lsp => match crate::lsp::run() {
            Ok(()) => exit::CLEAN,
            Err(error) => fail(&format!("the language server stopped: {error}")),
        },
        Command::Init { dir } => match init::init(&dir) {
            Ok(lines) => {
                for line in lines {
                    println!("{line}");
                }
                exit::CLEAN
            }
            Err(error) => fail(&format!("cannot write into `{}`: {error}", dir.display())),
        },
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "datalint",
                &mut std::io::stdout(),
            );
            exit::CLEAN
        }
        Command::Man => {
            use clap::CommandFactory;
            let written =
                clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout().lock());
            finish_output(written, exit::CLEAN)
        }
        Command::Test { dir, rule_dirs } => {
            let mut dirs = rule_dirs;
            dirs.push(dir.clone());
            match report_load_failure(RuleSet::load_under_test(&dirs)) {
                Ok(rules) => run_tests(&rules, &dir),
                Err(code) => code,
            }
        }
    }
}

fn config_failure(error: crate::config::ConfigError) -> u8 {
    to_stderr(&error.sources, error.diagnostics);
    fail("the configuration could not be used")
}

/// Diagnostics about datalint's own inputs (configuration, rule files),
/// shown on standard error before it gives up; returns how many.
fn to_stderr(sources: &crate::base::Sources, diagnostics: Vec<crate::base::Diagnostic>) -> usize {
    let report = crate::diagnostics::Report::new(sources, diagnostics);
    let options = output::human::HumanOptions {
        color: use_color(Color::Auto) && std::io::stderr().is_terminal(),
        width: terminal_width(),
        quiet: true,
    };
    let _ = output::human::emit(&report, sources, options, &mut std::io::stderr().lock());
    report.diagnostics.len()
}

/// The configuration (`explicit`, or the nearest `datalint.toml` above
/// `near`) and the rule set it and `extra_rule_dirs` make, with the
/// selection applied; on failure, the exit code after saying why.
fn configured_rules(
    explicit: Option<&std::path::Path>,
    near: Option<&PathBuf>,
    extra_rule_dirs: &[PathBuf],
    select: &[String],
    ignore: &[String],
) -> Result<(crate::config::Config, RuleSet), u8> {
    let path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => near.and_then(|p| crate::config::discover(p)),
    };
    let config = match path.map(|p| crate::config::Config::load(&p)).transpose() {
        Ok(config) => config.unwrap_or_default(),
        Err(error) => return Err(config_failure(error)),
    };
    let mut rule_dirs = config.rules.clone();
    rule_dirs.extend(extra_rule_dirs.iter().cloned());
    let mut rules = load_rules(&rule_dirs)?;
    if let Err(error) = config.apply(&mut rules, select, ignore) {
        return Err(config_failure(error));
    }
    Ok((config, rules))
}

/// The built-in rules and those of `dirs`; a broken rule file is reported
/// and ends the run with exit code 2.
fn load_rules(dirs: &[PathBuf]) -> Result<RuleSet, u8> {
    report_load_failure(RuleSet::load(dirs))
}

/// The rules loaded, or the exit code after the problems are reported.
fn report_load_failure(loaded: Result<RuleSet, crate::rules::LoadFailure>) -> Result<RuleSet, u8> {
    loaded.map_err(|failure| {
        let count = to_stderr(&failure.sources, failure.diagnostics);
        let plural = if count == 1 { "" } else { "s" };
        fail(&format!(
            "the rules could not be loaded ({count} problem{plural})"
        ))
    })
}

/// Formats of `datalint rules`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

fn list_rules(rules: &RuleSet, format: ListFormat) -> u8 {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        ListFormat::Json => output::catalogue::json(rules, &mut out),
        ListFormat::Human => output::catalogue::table(rules, &mut out),
    };
    finish_output(written.and_then(|()| out.flush()), exit::CLEAN)
}

fn run_tests(rules: &RuleSet, dir: &std::path::Path) -> u8 {
    let outcome = match crate::rules::fixtures::run(rules, dir) {
        Ok(outcome) => outcome,
        Err(error) => return fail(&error.to_string()),
    };
    let mut out = std::io::stdout().lock();
    for problem in &outcome.problems {
        let _ = writeln!(
            out,
            "{}:{}: {}: {}",
            problem.path, problem.line, problem.code, problem.message
        );
    }
    let _ = writeln!(
        out,
        "{} fixtures, {} annotations, {} rule examples: {}",
        outcome.fixtures,
        outcome.expectations,
        outcome.examples,
        if outcome.problems.is_empty() {
            "all as expected".to_string()
        } else {
            format!("{} problems", outcome.problems.len())
        }
    );
    if outcome.problems.is_empty() {
        exit::CLEAN
    } else {
        exit::FINDINGS
    }
}

fn finish_output(written: std::io::Result<()>, code: u8) -> u8 {
    match written {
        Ok(()) => code,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(error) => fail(&format!("cannot write the output: {error}")),
    }
}

/// `--timings`: the table, on standard error.
fn print_timings(timings: &check::Timings, rules: &RuleSet) {
    eprint!("\n{}", output::timings::render(timings, rules));
}

fn run_check(args: CheckArgs) -> u8 {
    let (config, rules) = match configured_rules(
        args.config.as_deref(),
        args.paths.first(),
        &args.rule_dirs,
        &args.select,
        &args.ignore,
    ) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let loaded = load_configured(&args.paths, &config, args.max_file_size);
    let (sources, load_errors) = match loaded {
        Ok(loaded) => loaded,
        Err(error) => return fail(&error.to_string()),
    };
    // (`--baseline` cannot be given with `--write-baseline`.)
    let outputs = [&args.output, &args.write_baseline];
    for output in outputs.into_iter().flatten() {
        let also_read = [args.config.as_deref(), args.baseline.as_deref()];
        if let Err(message) =
            refuse_to_replace_input(output, &sources, also_read.into_iter().flatten())
        {
            return fail(&message);
        }
    }
    // A file that was not checked (E016) makes the run exit 2.
    let unchecked = workspace::unchecked(&load_errors);
    let options = check::CheckOptions {
        profile: args.profile.or(config.profile),
        no_waivers: args.no_waivers,
    };
    let fail_on = args.fail_on.or(config.fail_on).unwrap_or_default();
    let (mut report, mut timings) = if args.timings {
        let (report, timings) = check::check_timed(&sources, load_errors, &rules, options);
        (report, Some(timings))
    } else {
        (check::check(&sources, load_errors, &rules, options), None)
    };
    let output_start = std::time::Instant::now();
    if let Some(path) = &args.write_baseline {
        let baseline = Baseline::of(&report.diagnostics, &sources);
        let json = serde_json::to_string_pretty(&baseline).expect("a baseline serializes") + "\n";
        if let Err(error) = write_atomically(path, json.as_bytes()) {
            return fail(&format!(
                "cannot write the baseline `{}`: {error}",
                path.display()
            ));
        }
        eprintln!(
            "datalint: wrote {} findings to the baseline `{}`",
            baseline.findings.len(),
            path.display()
        );
        if let Some(timings) = &mut timings {
            timings.stages.push(("baseline", output_start.elapsed()));
            print_timings(timings, &rules);
        }
        let language_errors = report
            .diagnostics
            .iter()
            .any(|d| d.family().is_none() && d.severity == Severity::Error);
        return if unchecked {
            exit::FAILURE
        } else if language_errors {
            exit::FINDINGS
        } else {
            exit::CLEAN
        };
    }
    if let Some(path) = &args.baseline {
        let baseline = match Baseline::read(path) {
            Ok(baseline) => baseline,
            Err(message) => return fail(&message),
        };
        let mut diagnostics = std::mem::take(&mut report.diagnostics);
        let stale = baseline.filter(&mut diagnostics, &sources);
        report = crate::diagnostics::Report::new(&sources, diagnostics);
        if !stale.is_empty() && !args.quiet {
            eprintln!(
                "datalint: {} baseline entries no longer match a finding (fixed, or changed):",
                stale.len()
            );
            for entry in &stale {
                eprintln!("  {} {}: {}", entry.code, entry.path, entry.message);
            }
        }
    }
    // Only the human format is cut short: machine consumers (SARIF, JSON,
    // JUnit, …) need every finding to track them.
    if !args.statistics && args.format == output::Format::Human {
        report.truncate_per_file(args.max_diagnostics);
    }
    let context = output::EmitContext {
        report: &report,
        sources: &sources,
        rules: &rules,
        fail_on,
    };
    let mut buffer: Vec<u8> = Vec::new();
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // Buffered: the JSON writer makes many small writes, and stdout is
    // line-buffered. With --output, everything is written to a temporary
    // file beside the target and renamed, so a reader never sees half.
    let out: &mut dyn Write = if args.output.is_some() {
        &mut buffer
    } else {
        &mut stdout
    };
    let written = if args.statistics {
        output::statistics(&report, out)
    } else {
        match args.format {
            Format::Human => {
                let options = output::human::HumanOptions {
                    color: args.output.is_none() && use_color(args.color),
                    width: terminal_width(),
                    quiet: args.quiet,
                };
                output::human::emit(&report, &sources, options, out)
            }
            Format::Json => output::json::emit(&report, &sources, out),
            Format::Sarif => output::sarif::emit(&context, out),
            Format::Github => output::github::emit(&context, out),
            Format::Junit => output::junit::emit(&context, out),
            Format::Gitlab => output::gitlab::emit(&context, out),
        }
    };
    let written = written.and_then(|()| match &args.output {
        Some(path) => write_atomically(path, &buffer),
        None => stdout.flush(),
    });
    if let Some(timings) = &mut timings {
        timings.stages.push(("output", output_start.elapsed()));
        print_timings(timings, &rules);
    }
    let code = if unchecked {
        exit::FAILURE
    } else if report.fails(fail_on) && !args.exit_zero {
        exit::FINDINGS
    } else {
        exit::CLEAN
    };
    // The process ends next: freeing every finding and source one by one
    // takes a twentieth of a large run, and the system reclaims them at once.
    std::mem::forget(report);
    std::mem::forget(sources);
    match written {
        Ok(()) => code,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(error) => fail(&format!("cannot write the output: {error}")),
    }
}

/// The files under `paths` that the configuration does not exclude, read
/// up to the size limit (the flag's, else the configuration's).
fn load_configured(
    paths: &[PathBuf],
    config: &crate::config::Config,
    max_file_size: Option<u64>,
) -> Result<(crate::base::Sources, Vec<crate::base::Diagnostic>), workspace::LoadError> {
    let paths: Vec<PathBuf> = workspace::discover(paths)?
        .into_iter()
        .filter(|p| !config.excludes(p))
        .collect();
    let max_size = max_file_size.or(config.max_file_size);
    workspace::load_limited(&paths, max_size.unwrap_or(workspace::DEFAULT_MAX_FILE_SIZE))
}

fn run_fmt(paths: &[PathBuf], check: bool, diff: bool) -> u8 {
    let files = match workspace::discover(paths) {
        Ok(files) => files,
        Err(error) => return fail(&error.to_string()),
    };
    let mut code = exit::CLEAN;
    let mut out = std::io::stdout().lock();
    for path in files {
        if path.as_os_str() == "-" {
            return fail("fmt formats files in place; standard input is not supported");
        }
        let original = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => return fail(&format!("cannot read `{}`: {error}", path.display())),
        };
        let Some(formatted) = crate::syntax::format::format(&original) else {
            eprintln!(
                "datalint: `{}` has syntax errors and is left as it is (run `datalint check` on it)",
                path.display()
            );
            code = exit::FINDINGS;
            continue;
        };
        if formatted == original {
            continue;
        }
        if diff {
            let shown = path.display().to_string();
            let text = similar::TextDiff::from_lines(&original, &formatted)
                .unified_diff()
                .header(&shown, &shown)
                .to_string();
            let _ = write!(out, "{text}");
        }
        if check || diff {
            if check {
                let _ = writeln!(out, "would reformat {}", path.display());
            }
            code = exit::FINDINGS;
            continue;
        }
        if let Err(error) = write_atomically(&path, formatted.as_bytes()) {
            return fail(&format!("cannot write `{}`: {error}", path.display()));
        }
        let _ = writeln!(out, "formatted {}", path.display());
    }
    code
}

fn run_report(args: ReportArgs) -> u8 {
    let (config, rules) = match configured_rules(
        args.config.as_deref(),
        args.paths.first(),
        &args.rule_dirs,
        &[],
        &[],
    ) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let loaded = workspace::discover(&args.paths)
        .map(|paths| {
            paths
                .into_iter()
                .filter(|p| !config.excludes(p))
                .collect::<Vec<_>>()
        })
        .and_then(|paths| workspace::load(&paths));
    let (sources, load_errors) = match loaded {
        Ok(loaded) => loaded,
        Err(error) => return fail(&error.to_string()),
    };
    if let Some(output) = &args.output
        && let Err(message) = refuse_to_replace_input(output, &sources, args.config.as_deref())
    {
        return fail(&message);
    }
    let fail_on = args.fail_on.or(config.fail_on).unwrap_or_default();
    let options = check::CheckOptions {
        profile: config.profile,
        no_waivers: false,
    };
    let (_, data) = check::check_with(&sources, load_errors, &rules, options, |model, report| {
        output::report::gather(model, report, &sources, &rules, fail_on)
    });
    let by_extension = args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .and_then(|e| match e.to_str() {
            Some("html" | "htm") => Some(ReportFormat::Html),
            Some("md" | "markdown") => Some(ReportFormat::Markdown),
            _ => None,
        });
    let text = match args
        .format
        .or(by_extension)
        .unwrap_or(ReportFormat::Markdown)
    {
        ReportFormat::Html => output::report::html::html(&data),
        ReportFormat::Markdown => output::report::markdown::markdown(&data),
    };
    let written = match &args.output {
        Some(path) => write_atomically(path, text.as_bytes()),
        None => std::io::stdout().lock().write_all(text.as_bytes()),
    };
    // A report is written whatever it finds; its verdict says whether the drafts pass.
    finish_output(written, exit::CLEAN)
}

/// `datalint export`: what parsed is exported even when some of it has
/// errors; they are listed in the document's `errors` and make the exit code 1.
fn run_export(args: ExportArgs) -> u8 {
    let ExportFormat::Json = args.format;
    let config_path = match &args.config {
        Some(path) => Some(path.clone()),
        None => args.paths.first().and_then(|p| crate::config::discover(p)),
    };
    let config = match config_path
        .map(|p| crate::config::Config::load(&p))
        .transpose()
    {
        Ok(config) => config.unwrap_or_default(),
        Err(error) => return config_failure(error),
    };
    let loaded = load_configured(&args.paths, &config, args.max_file_size);
    let (sources, load_errors) = match loaded {
        Ok(loaded) => loaded,
        Err(error) => return fail(&error.to_string()),
    };
    if let Some(output) = &args.output
        && let Err(message) = refuse_to_replace_input(output, &sources, args.config.as_deref())
    {
        return fail(&message);
    }
    // A file that was not read (E016) makes the run exit 2, as for `check`.
    let unchecked = workspace::unchecked(&load_errors);
    let options = output::export::ExportOptions {
        pretty: args.pretty,
        no_spans: args.no_spans,
    };
    // With --output, streamed into a temporary file beside the target and
    // renamed over it at the end: an export can be several times the input.
    let file = match &args.output {
        Some(path) => match OutputFile::create(path) {
            Ok(file) => Some(file),
            Err(error) => {
                return fail(&format!("cannot write `{}`: {error}", path.display()));
            }
        },
        None => None,
    };
    let (report, written) = check::resolve(&sources, load_errors, |model, report| match &file {
        Some(file) => output::export::emit(model, report, &sources, options, &mut file.as_file()),
        None => output::export::emit(
            model,
            report,
            &sources,
            options,
            &mut std::io::stdout().lock(),
        ),
    });
    let written = written.and_then(|()| match file {
        Some(file) => file.finish(),
        None => Ok(()),
    });
    let errors = report.summary.errors;
    let code = if unchecked {
        exit::FAILURE
    } else if errors > 0 {
        eprintln!(
            "datalint: {errors} error{} in the files; the export leaves out what {} affect (listed under `errors`; `datalint check` shows them)",
            if errors == 1 { "" } else { "s" },
            if errors == 1 { "it" } else { "they" },
        );
        exit::FINDINGS
    } else {
        exit::CLEAN
    };
    finish_output(written, code)
}

fn run_diff(args: DiffArgs) -> u8 {
    let (config, rules) = match configured_rules(
        args.config.as_deref(),
        Some(&args.new),
        &args.rule_dirs,
        &[],
        &[],
    ) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let options = check::CheckOptions {
        profile: config.profile,
        no_waivers: false,
    };
    let side = |path: &PathBuf| {
        workspace::discover(std::slice::from_ref(path))
            .and_then(|paths| workspace::load(&paths))
            .map(|(sources, errors)| {
                let report = check::check(&sources, errors, &rules, options);
                (sources, report)
            })
    };
    let ((old_sources, old), (new_sources, new)) = match (side(&args.old), side(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(error), _) | (_, Err(error)) => return fail(&error.to_string()),
    };
    let old_root = args.old.to_string_lossy();
    let new_root = args.new.to_string_lossy();
    let diff = crate::diagnostics::diff::diff(
        &crate::diagnostics::diff::Side {
            sources: &old_sources,
            diagnostics: &old.diagnostics,
            root: &old_root,
        },
        &crate::diagnostics::diff::Side {
            sources: &new_sources,
            diagnostics: &new.diagnostics,
            root: &new_root,
        },
    );
    let view = output::diff::DiffView {
        old_sources: &old_sources,
        old: &old.diagnostics,
        new_sources: &new_sources,
        new: &new.diagnostics,
        diff: &diff,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match args.format {
        DiffFormat::Json => output::diff::json(&view, &mut out),
        DiffFormat::Markdown => output::diff::markdown(&view, &mut out),
        DiffFormat::Human => {
            let options = output::human::HumanOptions {
                color: use_color(args.color),
                width: terminal_width(),
                quiet: false,
            };
            output::diff::human(&view, options, &mut out)
        }
    };
    let threshold = args
        .fail_on
        .or(config.fail_on)
        .unwrap_or_default()
        .threshold();
    let fails = diff.introduced.iter().any(|&i| {
        let d = &new.diagnostics[i];
        d.waived().is_none() && threshold.is_some_and(|t| d.severity >= t)
    });
    finish_output(
        written.and_then(|()| out.flush()),
        if fails { exit::FINDINGS } else { exit::CLEAN },
    )
}

fn explain(code: &str, rule_dirs: &[PathBuf]) -> u8 {
    let wanted = code.trim().to_ascii_uppercase();
    let waiver_code = crate::diagnostics::waivers::ALL
        .iter()
        .find(|c| c.code == wanted || c.name.eq_ignore_ascii_case(code.trim()));
    if let Some(found) = waiver_code {
        let _ = writeln!(
            std::io::stdout().lock(),
            "{} {}: {} (docs/errors.md, \"Waiver diagnostics\")",
            found.code,
            found.name,
            found.summary
        );
        return exit::CLEAN;
    }
    if !(wanted.starts_with('E') && wanted[1..].chars().all(|c| c.is_ascii_digit())) {
        let rules = match load_rules(rule_dirs) {
            Ok(rules) => rules,
            Err(code) => return code,
        };
        if let Some(rule) = rules.find(code.trim()) {
            let text = output::catalogue::explain(rule);
            let _ = write!(std::io::stdout().lock(), "{text}");
            return exit::CLEAN;
        }
        if !codes::ALL
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(code.trim()))
        {
            let near = crate::base::suggest::closest(
                code.trim(),
                rules
                    .rules
                    .iter()
                    .map(|r| r.name())
                    .chain(rules.rules.iter().map(|r| r.code())),
            );
            let hint = near.map_or(String::new(), |n| format!("; did you mean `{n}`?"));
            return fail(&format!(
                "no rule or error code `{code}`{hint} (`datalint rules` lists the rules)"
            ));
        }
    }
    let found = codes::ALL
        .iter()
        .find(|c| c.code == wanted || c.name.eq_ignore_ascii_case(code.trim()));
    let Some(found) = found else {
        return fail(&format!(
            "unknown code `{code}`; the language error codes are E001 to E116 (docs/errors.md)"
        ));
    };
    let text = match codes::docs_section(found.code).map(str::to_string) {
        Some(section) => section,
        None => format!("{} {}: {}", found.code, found.name, found.summary),
    };
    // A closed pipe (`datalint explain E013 | head`) is not an error.
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    exit::CLEAN
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
            let section = codes::docs_section(code.code)
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
