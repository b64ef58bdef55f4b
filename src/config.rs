//! Configuration: `datalint.toml`, found in the checked path's directory or
//! its nearest ancestor (or given with `--config`). Command-line flags
//! override it. A broken configuration is reported with its place in the
//! TOML file and stops datalint (exit code 2).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::base::{Diagnostic, FileId, Severity, SourceFile, Sources, Span};
use crate::diagnostics::FailOn;
use crate::rules::{Profile, RuleSet};

crate::base::codes::error_codes! {
    INVALID_CONFIG = "C001" "invalid-config" "a configuration file that is not valid TOML or has an unknown key or a wrong type";
    UNKNOWN_RULE = "C002" "unknown-rule" "a rule, family or parameter the configuration names that does not exist";
    BAD_VALUE = "C003" "bad-config-value" "a value of the wrong kind for the parameter or setting";
}

pub const FILE_NAME: &str = "datalint.toml";

#[derive(Deserialize, Default, Debug)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    #[serde(default)]
    check: CheckSection,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    params: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

#[derive(Deserialize, Default, Debug)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CheckSection {
    fail_on: Option<Spanned<String>>,
    profile: Option<Spanned<String>>,
    #[serde(default)]
    select: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    rules: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    /// Bytes (an integer) or a size like "64MiB".
    max_file_size: Option<Spanned<toml::Value>>,
}

/// A configuration, read and checked against the rules.
#[derive(Debug, Default)]
pub struct Config {
    /// The file it came from, if any.
    pub path: Option<PathBuf>,
    pub fail_on: Option<FailOn>,
    pub profile: Option<Profile>,
    /// Rule folders, resolved against the configuration's directory.
    pub rules: Vec<PathBuf>,
    /// Glob patterns of files to leave out, relative to the configuration's directory.
    pub exclude: Option<globset::GlobSet>,
    /// Files larger than this many bytes are not checked (E016).
    pub max_file_size: Option<u64>,
    file: ConfigFile,
    /// The text the file had when it was read: [`Config::apply`] reports
    /// against it, not against what the file may hold by then.
    text: String,
}

/// A configuration that could not be used: diagnostics in the TOML file.
#[derive(Debug)]
pub struct ConfigError {
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

/// The nearest `datalint.toml` at or above `start` (a file or directory).
pub fn discover(start: &Path) -> Option<PathBuf> {
    let start = if start.as_os_str() == "-" || start.as_os_str().is_empty() {
        std::env::current_dir().ok()?
    } else {
        std::fs::canonicalize(start).ok()?
    };
    let mut dir = if start.is_dir() {
        Some(start.as_path())
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            // Shown relative to the working directory where it lies below it.
            let cwd = std::env::current_dir().ok();
            let relative =
                cwd.and_then(|cwd| candidate.strip_prefix(cwd).ok().map(Path::to_path_buf));
            return Some(relative.unwrap_or(candidate));
        }
        dir = d.parent();
    }
    None
}

impl Config {
    /// Reads a configuration file. Rule names are checked later, against
    /// the rules it brings in (see [`Config::apply`]).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            let mut sources = Sources::new();
            let id = sources.add(SourceFile::new(path.display().to_string(), String::new()));
            ConfigError {
                diagnostics: vec![Diagnostic::error(
                    INVALID_CONFIG,
                    id,
                    Span::empty(0),
                    format!("cannot read the configuration: {e}"),
                )],
                sources,
            }
        })?;
        Config::parse(text, path)
    }

    /// Reads a configuration from its text; `path` is where it came from
    /// (diagnostics name it, and rule folders and excludes are relative to
    /// its directory). Nothing is read from disk.
    pub fn parse(text: String, path: &Path) -> Result<Config, ConfigError> {
        let mut sources = Sources::new();
        let id = sources.add(SourceFile::new(path.display().to_string(), text));
        let file: ConfigFile = match toml::from_str(&sources.get(id).text) {
            Ok(file) => file,
            Err(e) => {
                let span = e
                    .span()
                    .map_or(Span::empty(0), |r| Span::new(r.start, r.end));
                let error = Diagnostic::error(INVALID_CONFIG, id, span, e.message().to_string())
                    .with_help("see the configuration section of the README for every key");
                return Err(ConfigError {
                    sources,
                    diagnostics: vec![error],
                });
            }
        };
        let mut diagnostics = Vec::new();
        let bad = |value: &Spanned<String>, message: String| {
            let span = value.span();
            Diagnostic::error(BAD_VALUE, id, Span::new(span.start, span.end), message)
        };
        let fail_on = file
            .check
            .fail_on
            .as_ref()
            .and_then(|v| match v.get_ref().as_str() {
                "error" => Some(FailOn::Error),
                "warning" => Some(FailOn::Warning),
                "info" => Some(FailOn::Info),
                "never" => Some(FailOn::Never),
                other => {
                    diagnostics.push(bad(
                        v,
                        format!("`fail-on` is error, warning, info or never, not `{other}`"),
                    ));
                    None
                }
            });
        let profile = file
            .check
            .profile
            .as_ref()
            .and_then(|v| match v.get_ref().as_str() {
                "cn" => Some(Profile::Cn),
                "eu" => Some(Profile::Eu),
                "intl" => Some(Profile::Intl),
                other => {
                    diagnostics.push(bad(
                        v,
                        format!("`profile` is cn, eu or intl, not `{other}`"),
                    ));
                    None
                }
            });
        for level in file.severity.values() {
            if Severity::parse(level.get_ref()).is_none() {
                let message = format!(
                    "a severity is error, warning or info, not `{}`",
                    level.get_ref()
                );
                diagnostics.push(bad(level, message));
            }
        }
        let max_file_size = file.check.max_file_size.as_ref().and_then(|v| {
            let size = match v.get_ref() {
                toml::Value::Integer(n) => crate::workspace::parse_size(&n.to_string()),
                toml::Value::String(s) => crate::workspace::parse_size(s),
                other => Err(format!(
                    "`max-file-size` is bytes or a size like \"64MiB\", not {}",
                    other.type_str()
                )),
            };
            size.map_err(|message| {
                let span = v.span();
                diagnostics.push(Diagnostic::error(
                    BAD_VALUE,
                    id,
                    Span::new(span.start, span.end),
                    message,
                ));
            })
            .ok()
        });
        let base = path.parent().unwrap_or(Path::new("."));
        let rules = file
            .check
            .rules
            .iter()
            .map(|r| base.join(r.get_ref()))
            .collect();
        let mut exclude = None;
        if !file.check.exclude.is_empty() {
            let mut builder = globset::GlobSetBuilder::new();
            for pattern in &file.check.exclude {
                let full = base.join(pattern.get_ref());
                match globset::Glob::new(&full.to_string_lossy()) {
                    Ok(glob) => {
                        builder.add(glob);
                    }
                    Err(e) => diagnostics.push(bad(pattern, format!("not a glob pattern: {e}"))),
                }
            }
            exclude = builder.build().ok();
        }
        if !diagnostics.is_empty() {
            return Err(ConfigError {
                sources,
                diagnostics,
            });
        }
        Ok(Config {
            path: Some(path.to_path_buf()),
            fail_on,
            profile,
            rules,
            exclude,
            max_file_size,
            file,
            text: sources.get(id).text.clone(),
        })
    }

    /// Whether a discovered file is excluded.
    pub fn excludes(&self, path: &Path) -> bool {
        let Some(set) = &self.exclude else {
            return false;
        };
        let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        set.is_match(&absolute) || set.is_match(path)
    }

    /// Applies `select`, `ignore`, `[severity]` and `[params]` (and the
    /// flags' `select` and `ignore`, which replace the file's) to the rules.
    pub fn apply(
        &self,
        rules: &mut RuleSet,
        select: &[String],
        ignore: &[String],
    ) -> Result<(), ConfigError> {
        let mut sources = Sources::new();
        let id = match &self.path {
            Some(path) => sources.add(SourceFile::new(
                path.display().to_string(),
                self.text.clone(),
            )),
            None => sources.add(SourceFile::new("(command line)", String::new())),
        };
        let mut diagnostics = Vec::new();
        let spanned = |items: &[Spanned<String>]| -> Vec<(String, Span)> {
            items
                .iter()
                .map(|s| (s.get_ref().clone(), Span::new(s.span().start, s.span().end)))
                .collect()
        };
        let flag = |items: &[String]| -> Vec<(String, Span)> {
            items.iter().map(|s| (s.clone(), Span::empty(0))).collect()
        };
        let select = if select.is_empty() {
            spanned(&self.file.check.select)
        } else {
            flag(select)
        };
        let ignore = if ignore.is_empty() {
            spanned(&self.file.check.ignore)
        } else {
            flag(ignore)
        };
        for (selector, span) in select.iter().chain(&ignore) {
            if !rules.rules.iter().any(|r| matches_selector(r, selector)) {
                diagnostics.push(unknown_rule(rules, id, *span, selector));
            }
        }
        for (rule, level) in &self.file.severity {
            let span = Span::new(rule.span().start, rule.span().end);
            let Some(level) = Severity::parse(level.get_ref()) else {
                continue;
            };
            if !rules.set_severity(rule.get_ref(), level) {
                diagnostics.push(unknown_rule(rules, id, span, rule.get_ref()));
            }
        }
        for (name, value) in &self.file.params {
            let span = Span::new(value.span().start, value.span().end);
            let literal = match value.get_ref() {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(n) => n.to_string(),
                toml::Value::Float(x) => x.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                other => {
                    let message = format!(
                        "a parameter is a number, a duration like \"3y\", a percent like \"30%\" or a word, not {}",
                        other.type_str()
                    );
                    diagnostics.push(Diagnostic::error(BAD_VALUE, id, span, message));
                    continue;
                }
            };
            match rules.set_param(name.get_ref(), &literal) {
                Ok(0) => {
                    let key = Span::new(name.span().start, name.span().end);
                    let mut error = Diagnostic::error(
                        UNKNOWN_RULE,
                        id,
                        key,
                        format!("no rule has a parameter `{}`", name.get_ref()),
                    );
                    let params = rules.param_names();
                    if let Some(near) = crate::base::suggest::closest(
                        name.get_ref(),
                        params.iter().map(String::as_str),
                    ) {
                        error = error.with_help(format!("did you mean `{near}`?"));
                    }
                    diagnostics.push(error);
                }
                Ok(_) => {}
                Err(message) => diagnostics.push(Diagnostic::error(BAD_VALUE, id, span, message)),
            }
        }
        // Selection last, so `[severity]` and `[params]` may name any rule.
        if !select.is_empty() {
            rules.retain(|r| select.iter().any(|(s, _)| matches_selector(r, s)));
        }
        rules.retain(|r| !ignore.iter().any(|(s, _)| matches_selector(r, s)));
        if diagnostics.is_empty() {
            Ok(())
        } else {
            Err(ConfigError {
                sources,
                diagnostics,
            })
        }
    }
}

/// A family prefix (`MON`), family name, code or rule name.
fn matches_selector(rule: &crate::rules::Rule, selector: &str) -> bool {
    *rule.code() == *selector
        || *rule.name() == *selector
        || *rule.family() == *selector
        || (selector.chars().all(|c| c.is_ascii_uppercase()) && rule.code().starts_with(selector))
}

fn unknown_rule(rules: &RuleSet, file: FileId, span: Span, selector: &str) -> Diagnostic {
    let names = rules.rules.iter().flat_map(|r| [r.code(), r.name()]);
    let mut error = Diagnostic::error(
        UNKNOWN_RULE,
        file,
        span,
        format!("`{selector}` is no rule, rule family or family prefix"),
    );
    if let Some(near) = crate::base::suggest::closest(selector, names) {
        error = error.with_help(format!("did you mean `{near}`?"));
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A configuration that cannot be read (here a folder) is reported
    /// against a source that exists: the CLI draws the diagnostic, and
    /// drawing it used to index an empty `Sources` and panic.
    #[test]
    fn an_unreadable_configuration_is_reported_not_a_panic() {
        let error = Config::load(Path::new("tests/config")).unwrap_err();
        assert_eq!(error.diagnostics.len(), 1);
        let file = error.sources.get(error.diagnostics[0].file);
        assert_eq!(file.path, "tests/config");
    }

    /// `apply` reports against the text the configuration was read from,
    /// not the file on disk, which may have changed or never existed.
    #[test]
    fn apply_reports_against_the_text_read() {
        let text = "[check]\nselect = [\"NOPE\"]\n";
        let config = Config::parse(text.to_string(), Path::new("no/such/datalint.toml")).unwrap();
        let mut rules = RuleSet::load(&[]).unwrap();
        let error = config.apply(&mut rules, &[], &[]).unwrap_err();
        let d = &error.diagnostics[0];
        let source = &error.sources.get(d.file).text;
        assert_eq!(
            &source[d.span.start as usize..d.span.end as usize],
            "\"NOPE\""
        );
    }
}
