//! Rules: the rule language (`parse.rs`, `check.rs`), pattern lists
//! (`patterns.rs`), and the engine that evaluates rules over the model
//! (`eval.rs`). The built-in catalogue is the rule files under `rules/`,
//! compiled into the binary and loaded exactly like a user's own.

mod ast;
mod check;
pub mod codes;
#[cfg(test)]
mod compile;
pub mod eval;
#[cfg(test)]
mod fingerprint;
pub mod fixtures;
mod literals;
mod parse;
pub mod patterns;
pub mod plan;
mod share;
// Written by `compile.rs`, not by hand: formatting it would make it differ
// from what the generator writes.
#[rustfmt::skip]
mod generated;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::base::message::FixedParts;
use crate::base::{Basis, Diagnostic, FileId, Origin, Severity, SourceFile, Sources, Span};
use crate::model::{BlockId, BlockKind, Model};

use ast::{Expr, ExprKind, RuleAst, Template};
use check::{Checker, Ty};
use eval::EvalOptions;
use patterns::{PatternList, Patterns};

/// A jurisdiction profile (rules.md, "Jurisdiction profiles").
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    Cn,
    Eu,
    Intl,
}

/// EU member states (ISO 3166-1 alpha-2, with Greece also as `EL`).
const EU_MEMBERS: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

impl Profile {
    pub fn of_jurisdiction(jurisdiction: Option<&str>) -> Profile {
        let Some(code) = jurisdiction else {
            return Profile::Intl;
        };
        let code = code.trim().to_ascii_uppercase();
        let country = code.split('-').next().unwrap_or("");
        if country == "CN" {
            Profile::Cn
        } else if country == "EU" || EU_MEMBERS.contains(&country) {
            Profile::Eu
        } else {
            Profile::Intl
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Cn => "cn",
            Profile::Eu => "eu",
            Profile::Intl => "intl",
        }
    }

    fn parse(word: &str) -> Option<Profile> {
        match word {
            "cn" => Some(Profile::Cn),
            "eu" => Some(Profile::Eu),
            "intl" => Some(Profile::Intl),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    /// The default as written in the rule file.
    pub default: String,
    pub doc: Option<String>,
}

/// One case of a rule, checked and ready to evaluate.
#[derive(Debug)]
pub struct Case {
    pub kind: BlockKind,
    var: ast::Slot,
    slots: usize,
    /// Aggregates over block kinds in the case, grouped by `share.rs`.
    aggregates: plan::Aggregates,
    lets: Vec<(ast::Slot, Expr)>,
    when: Vec<Expr>,
    severities: Vec<(Severity, Expr)>,
    at: Option<Expr>,
    /// Each label's text is shared by every finding that carries it.
    labels: Vec<(Expr, Arc<str>)>,
    once: Option<Expr>,
    /// Whether the `once` key must be made before the conditions are
    /// checked: it (or a `let`) calls `matches`, whose first match is the
    /// one `at match` points at.
    once_first: bool,
    message: CaseMessage,
    /// The `when` conditions and message values compiled
    /// (`generated.rs`), for a built-in rule whose file they were
    /// generated from.
    compiled: CompiledCase,
}

/// A case's `when` conditions, compiled: whether they all hold for the
/// block. Gives what evaluating them one by one gives.
type Conditions =
    for<'e, 'a, 'r> fn(&eval::Engine<'e, 'a>, &mut eval::Env<'a, 'r>, &Case, BlockId) -> bool;

/// The value of one of a case's message holes, by its position, compiled:
/// the value evaluating the hole gives.
type Values = for<'e, 'a, 'r> fn(
    &eval::Engine<'e, 'a>,
    &mut eval::Env<'a, 'r>,
    &Case,
    BlockId,
    usize,
) -> eval::V<'a>;

/// The value of a case's `once` key for the block, compiled.
type Once = for<'e, 'a, 'r> fn(
    &eval::Engine<'e, 'a>,
    &mut eval::Env<'a, 'r>,
    &Case,
    BlockId,
) -> eval::V<'a>;

/// Whether one of a case's `severity … if` conditions holds, by its
/// position, compiled.
type Severities = for<'e, 'a, 'r> fn(
    &eval::Engine<'e, 'a>,
    &mut eval::Env<'a, 'r>,
    &Case,
    BlockId,
    usize,
) -> bool;

/// Where a case's `at` (0) or one of its labels (1 on) points, appended to
/// the vector, compiled.
type Places = for<'e, 'a, 'r, 'o> fn(
    &eval::Engine<'e, 'a>,
    &mut eval::Env<'a, 'r>,
    &Case,
    BlockId,
    usize,
    &'o mut Vec<(FileId, Span)>,
);

/// Whether a block passes all the `where` filters of an aggregate over its
/// kind, compiled.
type AggregateFilters =
    for<'e, 'a, 'r> fn(&eval::Engine<'e, 'a>, &mut eval::Env<'a, 'r>, BlockId) -> bool;

/// The inner side of one of an aggregate's joins (by position) for a block
/// of its kind, compiled.
type JoinInner = for<'e, 'a, 'r, 'p> fn(
    &eval::Engine<'e, 'a>,
    &mut eval::Env<'a, 'r>,
    &'p plan::Plan,
    BlockId,
    usize,
) -> eval::V<'a>;

/// The keys of the inner side of one of an aggregate's membership joins
/// (by position) for a block of its kind, compiled: appended to the vector,
/// without making the list they come from. `false` for a join that is not
/// compiled this way.
type JoinMembers =
    for<'e, 'a> fn(&eval::Engine<'e, 'a>, BlockId, usize, &mut Vec<eval::Key<'a>>) -> bool;

/// The body of an aggregate whose groups are folded while the index is
/// built, for a block of its kind, compiled.
type AggregateBody = for<'e, 'a, 'r, 'q> fn(
    &eval::Engine<'e, 'a>,
    &mut eval::Env<'a, 'r>,
    &'q ast::Quant,
    BlockId,
) -> eval::V<'a>;

/// What of one aggregate over a block kind is compiled, by the parts an
/// index is built from.
#[derive(Clone, Copy, Debug, Default)]
struct CompiledAggregate {
    filters: Option<AggregateFilters>,
    inner: Option<JoinInner>,
    members: Option<JoinMembers>,
    body: Option<AggregateBody>,
}

/// What of a case is compiled: `None` where nothing of that part is.
#[derive(Clone, Copy, Debug, Default)]
struct CompiledCase {
    /// The value of the case's `once` key.
    once: Option<Once>,
    when: Option<Conditions>,
    /// Some condition is left to the interpreter, which reads the case's
    /// slots: they must be set before `when` runs.
    interprets: bool,
    severities: Option<Severities>,
    values: Option<Values>,
    places: Option<Places>,
    /// The case's aggregates over block kinds, by plan id.
    aggregates: &'static [CompiledAggregate],
}

/// The compiled parts of one built-in rule (`generated.rs`).
struct CompiledRule {
    code: &'static str,
    /// The fingerprint of the rule file they were generated from
    /// (`fingerprint.rs`).
    fingerprint: u64,
    /// By case.
    cases: &'static [CompiledCase],
}

/// Gives each case of a built-in `rule` its compiled parts, when they
/// were generated from the file it was read from (`BUILTIN_FINGERPRINTS`).
fn attach_compiled(rule: &mut Rule) {
    let Some(&(_, fingerprint)) = BUILTIN_FINGERPRINTS
        .iter()
        .find(|(path, _)| *path == rule.origin)
    else {
        return;
    };
    let Some(compiled) = generated::RULES
        .iter()
        .find(|c| c.code == rule.code() && c.fingerprint == fingerprint)
    else {
        return;
    };
    if compiled.cases.len() == rule.cases.len() {
        for (case, compiled) in rule.cases.iter_mut().zip(compiled.cases) {
            case.compiled = *compiled;
        }
    }
}

/// A case's message: the fixed text of its template (or the rule's summary),
/// shared with every finding, and the expressions whose values go between.
#[derive(Debug)]
struct CaseMessage {
    fixed: &'static FixedParts,
    values: Vec<Expr>,
}

impl CaseMessage {
    fn new(template: Option<Template>, summary: Option<&str>, name: &str) -> CaseMessage {
        let Some(template) = template else {
            return CaseMessage {
                fixed: FixedParts::new(vec![summary.unwrap_or(name).to_string()]),
                values: Vec::new(),
            };
        };
        let mut fixed = Vec::new();
        let mut values = Vec::new();
        let mut text = String::new();
        for piece in template.pieces {
            match piece {
                ast::Piece::Text(piece) => text.push_str(&piece),
                ast::Piece::Expr(expr) => {
                    fixed.push(std::mem::take(&mut text));
                    values.push(expr);
                }
            }
        }
        fixed.push(text);
        CaseMessage {
            fixed: FixedParts::new(fixed),
            values,
        }
    }
}

#[derive(Debug)]
pub struct Rule {
    /// Code, name, family and basis, shared with every finding of the rule.
    pub shared: &'static Origin,
    pub severity: Severity,
    profiles: Vec<(Profile, Severity)>,
    pub params: Vec<Param>,
    /// Parameter values (literal expressions), by slot.
    param_values: Vec<Expr>,
    pub summary: Option<String>,
    pub explain: Option<String>,
    pub notes: Vec<String>,
    pub example: Option<String>,
    pub cases: Vec<Case>,
    /// Where the rule was read from (`rules/…` for built-in rules).
    pub origin: String,
}

impl Rule {
    pub fn code(&self) -> &str {
        &self.shared.code
    }

    pub fn name(&self) -> &str {
        &self.shared.name
    }

    pub fn family(&self) -> &str {
        self.shared.family.as_deref().unwrap_or_default()
    }

    /// How to fix what the rule finds.
    pub fn help(&self) -> Option<&str> {
        self.shared.help.as_deref()
    }

    /// The citations the rule rests on.
    pub fn basis(&self) -> &[Basis] {
        &self.shared.basis
    }

    /// The severity in a profile, before any case condition.
    pub fn profile_severity(&self, profile: Profile) -> Severity {
        self.profiles
            .iter()
            .find(|(p, _)| *p == profile)
            .map_or(self.severity, |(_, s)| *s)
    }

    /// Per-profile severities that differ from the default.
    pub fn profile_overrides(&self) -> &[(Profile, Severity)] {
        &self.profiles
    }

    /// A rule of the built-in catalogue (embedded from `rules/`).
    pub fn builtin(&self) -> bool {
        builtin_text(&self.origin).is_some()
    }

    /// The block kinds the rule ranges over.
    pub fn kinds(&self) -> Vec<BlockKind> {
        let mut kinds: Vec<BlockKind> = self.cases.iter().map(|c| c.kind).collect();
        kinds.dedup();
        kinds
    }
}

/// Rules and pattern lists that could not be loaded: diagnostics in the rule
/// and pattern files (exit code 2).
#[derive(Debug)]
pub struct LoadFailure {
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

/// All rules in force, with the pattern lists they use.
#[derive(Debug)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub patterns: Patterns,
    /// The rule and pattern files, for diagnostics about them.
    pub sources: Sources,
}

impl RuleSet {
    /// The built-in rules and those in `dirs` (a folder of `*.rule` files,
    /// with pattern lists in its `patterns/` folder). A rule with the code or
    /// name of another is an error (R009).
    pub fn load(dirs: &[PathBuf]) -> Result<RuleSet, LoadFailure> {
        Self::load_from(dirs, false)
    }

    /// As [`RuleSet::load`], for `datalint test`: a rule of `dirs` with the
    /// code of a built-in rule is the version under test and takes the
    /// built-in's place, so that a change to a built-in rule is tested
    /// without rebuilding (`datalint test rules/`). One whose text is the
    /// built-in's is the built-in itself, and the built-in is kept.
    pub fn load_under_test(dirs: &[PathBuf]) -> Result<RuleSet, LoadFailure> {
        Self::load_from(dirs, true)
    }

    fn load_from(dirs: &[PathBuf], under_test: bool) -> Result<RuleSet, LoadFailure> {
        let mut files: Vec<(String, String)> = Vec::new();
        let mut sources = Sources::new();
        let mut diagnostics = Vec::new();
        for dir in dirs {
            if let Err(message) = collect_dir(dir, &mut files) {
                let id = sources.add(SourceFile::new(dir.display().to_string(), String::new()));
                diagnostics.push(Diagnostic::error(
                    codes::UNREADABLE,
                    id,
                    Span::empty(0),
                    message,
                ));
            }
        }
        Self::assemble(files, sources, diagnostics, under_test)
    }

    /// The built-in rules and the given files, read already: `(path, text)`
    /// pairs, where a path ending in `.toml` is a pattern list named by its
    /// stem and any other is a rule file (used by [`RuleSet::load`], and by
    /// the fuzz targets, which have no folders).
    pub fn load_with_extra(files: Vec<(String, String)>) -> Result<RuleSet, LoadFailure> {
        Self::assemble(files, Sources::new(), Vec::new(), false)
    }

    /// The built-in rules with one more, for tests, and where it is among
    /// them.
    #[cfg(test)]
    pub(crate) fn with_test_rule(code: &str, text: &str) -> (RuleSet, usize) {
        let set = RuleSet::load_with_extra(vec![(format!("{code}.rule"), text.into())])
            .unwrap_or_else(|failure| panic!("{:?}", failure.diagnostics));
        let at = set
            .rules
            .iter()
            .position(|r| r.code() == code)
            .expect("loaded");
        (set, at)
    }

    fn assemble(
        extra: Vec<(String, String)>,
        mut sources: Sources,
        mut diagnostics: Vec<Diagnostic>,
        under_test: bool,
    ) -> Result<RuleSet, LoadFailure> {
        let mut files: Vec<(String, String)> = Vec::new();
        files.extend(
            (BUILTIN_FILES.iter()).map(|&(path, text)| (path.to_string(), text.to_string())),
        );
        let builtin = files.len();
        files.extend(extra);
        let mut pattern_files = Vec::new();
        let mut rule_files = Vec::new();
        for (at, (path, text)) in files.into_iter().enumerate() {
            let is_pattern = Path::new(&path).extension().is_some_and(|e| e == "toml");
            let id = sources.add(SourceFile::new(path, text));
            if is_pattern {
                pattern_files.push((at, id));
            } else {
                rule_files.push((id, at < builtin));
            }
        }
        // Files are read in parallel (start-up is mostly this), and their
        // results taken in file order.
        use rayon::prelude::*;
        let lists: Vec<_> = pattern_files
            .par_iter()
            .map(|&(at, id)| {
                let file = sources.get(id);
                let name = Path::new(&file.path)
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("");
                let known = (at < builtin)
                    .then(|| builtin_literals(&file.path))
                    .flatten();
                (at, id, PatternList::parse_with(name, &file.text, id, known))
            })
            .collect();
        let mut patterns = Patterns::default();
        for (at, id, list) in lists {
            // The built-in lists are compiled when first needed (a test
            // compiles them all); a user's are compiled now, so that one
            // over the size limit is reported here.
            let loaded = list.and_then(|list| {
                let name = list.name.clone();
                patterns.insert(list);
                if at < builtin {
                    Ok(())
                } else {
                    patterns.check_compiles(&name, id)
                }
            });
            if let Err(error) = loaded {
                diagnostics.push(*error);
            }
        }
        // The screen over every list's words is the largest single piece of
        // start-up; it needs no rule, so it is built beside them.
        let (compiled, ()): (Vec<_>, ()) = rayon::join(
            || {
                rule_files
                    .par_iter()
                    .map(|&(id, builtin)| {
                        let file = sources.get(id);
                        let (mut rule, errors) = compile(&file.text, id, &file.path, &patterns);
                        if builtin && let Some(rule) = &mut rule {
                            attach_compiled(rule);
                        }
                        (id, builtin, (rule, errors))
                    })
                    .collect()
            },
            || patterns.prepare_screen(),
        );
        let mut rules: Vec<Rule> = Vec::new();
        // The built-in rules come first, and are the first `builtins` rules.
        let mut builtins = 0;
        // Under test, the built-in rules a rule of the folders has taken:
        // a second rule with the same code is a duplicate.
        let mut taken: Vec<usize> = Vec::new();
        for (id, builtin, (rule, errors)) in compiled {
            diagnostics.extend(errors);
            let Some(rule) = rule else { continue };
            let replaces = (under_test && !builtin)
                .then(|| {
                    (0..builtins).find(|at| rules[*at].code() == rule.code() && !taken.contains(at))
                })
                .flatten();
            if let Some(at) = replaces {
                taken.push(at);
                if builtin_text(&rules[at].origin) == Some(sources.get(id).text.as_str()) {
                    continue;
                }
            }
            if let Some(other) = rules.iter().enumerate().find_map(|(at, r)| {
                (Some(at) != replaces && (r.code() == rule.code() || r.name() == rule.name()))
                    .then_some(r)
            }) {
                let what = if other.code() == rule.code() {
                    "code"
                } else {
                    "name"
                };
                diagnostics.push(
                    Diagnostic::error(
                        codes::DUPLICATE_RULE,
                        id,
                        Span::empty(0),
                        format!("`{}` ({}) has the {what} of a rule in {}", rule.origin, rule.code(), other.origin),
                    )
                    .with_help("codes and names are a public contract: give a new rule a code and name of its own"),
                );
                continue;
            }
            match replaces {
                Some(at) => rules[at] = rule,
                None => {
                    builtins += usize::from(builtin);
                    rules.push(rule);
                }
            }
        }
        if !diagnostics.is_empty() {
            return Err(LoadFailure {
                sources,
                diagnostics,
            });
        }
        rules.sort_by(|a, b| a.code().cmp(b.code()));
        share::share_subexpressions(&mut rules);
        share::group_aggregates(&mut rules);
        Ok(RuleSet {
            rules,
            patterns,
            sources,
        })
    }

    /// No rules at all: the language checks alone.
    pub fn empty() -> RuleSet {
        RuleSet {
            rules: Vec::new(),
            patterns: Patterns::default(),
            sources: Sources::new(),
        }
    }

    /// Keeps the rules `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&Rule) -> bool) {
        self.rules.retain(keep);
    }

    /// Sets a rule's severity in every profile; false if there is no such rule.
    pub fn set_severity(&mut self, code_or_name: &str, severity: Severity) -> bool {
        let Some(rule) = self
            .rules
            .iter_mut()
            .find(|r| r.code().eq_ignore_ascii_case(code_or_name) || *r.name() == *code_or_name)
        else {
            return false;
        };
        rule.severity = severity;
        rule.profiles.clear();
        true
    }

    /// Every parameter name of every rule.
    pub fn param_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .rules
            .iter()
            .flat_map(|r| r.params.iter().map(|p| p.name.clone()))
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Sets the parameter `name` of every rule that has one to the literal
    /// `value` (as written in a rule: `3y`, `30%`, `10`, a word). Returns how
    /// many rules have it, or why the value does not fit.
    pub fn set_param(&mut self, name: &str, value: &str) -> Result<usize, String> {
        let parsed = parse::parse_expr(value, FileId(0), 0)
            .ok()
            .map(|mut e| {
                if let ExprKind::Name(word) = &e.kind {
                    e.kind = ExprKind::Word(word.clone());
                }
                e
            })
            .filter(|e| eval::literal(e).is_some())
            .ok_or_else(|| format!("`{value}` is not a value: write a number, a duration like 3y, a percent like 30% or a word"))?;
        let mut count = 0;
        for rule in &mut self.rules {
            let Some(index) = rule.params.iter().position(|p| p.name == name) else {
                continue;
            };
            let default = &rule.param_values[index];
            if std::mem::discriminant(&default.kind) != std::mem::discriminant(&parsed.kind) {
                return Err(format!(
                    "`{name}` of {} takes a value like `{}`, not `{value}`",
                    rule.code(),
                    rule.params[index].default
                ));
            }
            rule.param_values[index] = parsed.clone();
            rule.params[index].default = value.to_string();
            count += 1;
        }
        Ok(count)
    }

    /// A rule by code (any case) or name.
    pub fn find(&self, code_or_name: &str) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.code().eq_ignore_ascii_case(code_or_name) || *r.name() == *code_or_name)
    }

    /// Runs every rule over the model. The findings stay compact, and
    /// borrow only the source text, until [`RuleSet::diagnostics`].
    pub fn run<'a>(&self, model: &Model<'a>, options: EvalOptions) -> eval::Findings<'a> {
        let shared = eval::Shared::new(model, options);
        eval::run_all(&self.rules, model, &self.patterns, &shared)
    }

    /// The findings of [`RuleSet::run`] as diagnostics.
    pub fn diagnostics(&self, findings: eval::Findings<'_>) -> Vec<Box<Diagnostic>> {
        findings.into_diagnostics(&self.rules)
    }
}

// `BUILTIN_FILES`: every built-in rule file and pattern list, by path
// (`rules/…`), in the order of a sorted walk of the folder, with its text.
// `BUILTIN_FINGERPRINTS`: for each built-in rule file, by path, its
// `fingerprint::fingerprint`, recorded by `build.rs`.
// `BUILTIN_LITERALS`: for each built-in pattern list, by path, the literals
// of each of its regexes (`literals::regex_literals`), extracted by `build.rs`.
type RegexLiterals = &'static [Option<&'static [&'static [u8]]>];
include!(concat!(env!("OUT_DIR"), "/builtin_literals.rs"));

/// The text of the built-in file at `path` (`rules/…`).
fn builtin_text(path: &str) -> Option<&'static str> {
    (BUILTIN_FILES.iter())
        .find(|(at, _)| *at == path)
        .map(|&(_, text)| text)
}

/// The literals of each of a built-in list's regexes, extracted at build
/// time; `None` for a path the build did not see.
fn builtin_literals(path: &str) -> Option<RegexLiterals> {
    BUILTIN_LITERALS
        .iter()
        .find(|(at, _)| *at == path)
        .map(|(_, words)| *words)
}

fn collect_dir(dir: &Path, out: &mut Vec<(String, String)>) -> Result<(), String> {
    let metadata = std::fs::metadata(dir)
        .map_err(|e| format!("cannot read rule folder `{}`: {e}", dir.display()))?;
    if !metadata.is_dir() {
        return Err(format!("`{}` is not a folder of rule files", dir.display()));
    }
    let mut found = Vec::new();
    for entry in ignore::WalkBuilder::new(dir)
        .standard_filters(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build()
    {
        let entry = entry.map_err(|e| format!("cannot read under `{}`: {e}", dir.display()))?;
        let path = entry.path();
        let is_rule = path.extension().is_some_and(|e| e == "rule");
        let is_pattern = path.extension().is_some_and(|e| e == "toml")
            && path.parent().is_some_and(|p| p.ends_with("patterns"));
        if entry.file_type().is_some_and(|t| t.is_file()) && (is_rule || is_pattern) {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            found.push((path.display().to_string(), text));
        }
    }
    out.extend(found);
    Ok(())
}

/// Parses and checks one rule file.
fn compile(
    text: &str,
    file: FileId,
    origin: &str,
    patterns: &Patterns,
) -> (Option<Rule>, Vec<Diagnostic>) {
    let (ast, mut errors) = parse::parse_rule(text, file);
    let Some(ast) = ast else {
        return (None, errors);
    };
    if !errors.is_empty() {
        return (None, errors);
    }
    let mut checker = Checker::new(file, patterns);
    let rule = build(ast, &mut checker, origin);
    errors.append(&mut checker.errors);
    if errors.is_empty() {
        (rule, errors)
    } else {
        (None, errors)
    }
}

fn build(ast: RuleAst, checker: &mut Checker<'_>, origin: &str) -> Option<Rule> {
    let incomplete = |checker: &mut Checker<'_>, span: Span, what: &str| {
        checker.errors.push(Diagnostic::error(
            codes::INCOMPLETE_RULE,
            checker.file,
            span,
            format!("the rule has no {what}"),
        ));
    };
    let code_ok = {
        let letters = ast.code.trim_end_matches(|c: char| c.is_ascii_digit());
        !letters.is_empty()
            && letters.len() < ast.code.len()
            && letters.chars().all(|c| c.is_ascii_uppercase())
    };
    if !code_ok {
        checker.errors.push(Diagnostic::error(
            codes::RULE_SYNTAX,
            checker.file,
            ast.code_span,
            format!(
                "`{}` is not a rule code: capital letters then digits, like `MON002`",
                ast.code
            ),
        ));
    }
    if ast.name.chars().any(|c| c.is_ascii_uppercase() || c == '_') {
        checker.errors.push(Diagnostic::error(
            codes::RULE_SYNTAX,
            checker.file,
            ast.name_span,
            format!(
                "`{}` is not a kebab-case name, like `exclusive-term-too-long`",
                ast.name
            ),
        ));
    }
    let header = ast.code_span.cover(ast.name_span);
    let Some((family, _)) = ast.family.clone() else {
        incomplete(checker, header, "`family`");
        return None;
    };
    let Some((severity, _)) = ast.severity else {
        incomplete(checker, header, "`severity`");
        return None;
    };
    if ast.cases.is_empty() {
        incomplete(checker, header, "case: write `for KIND VAR` and a `when`");
        return None;
    }
    let mut params = Vec::new();
    let mut param_values = Vec::new();
    for mut param in ast.params {
        let default = eval::literal(&param.default);
        let ty = checker.check(&mut param.default);
        if default.is_none() {
            checker.errors.push(Diagnostic::error(
                codes::TYPE_MISMATCH,
                checker.file,
                param.default.span,
                "a parameter's default is a literal: a number, percent, duration, date, text or word",
            ));
        }
        checker.declare(&param.name, ty);
        params.push(Param {
            name: param.name,
            default: literal_text(&param.default),
            doc: param.doc,
        });
        let _ = default;
        param_values.push(param.default);
    }
    checker.params = params.len();
    let mut cases = Vec::new();
    for case in ast.cases {
        checker.reset_case();
        let var = checker.declare(&case.var, Ty::Block(Some(case.kind)));
        checker.case_var = Some(var);
        let mut lets = Vec::new();
        for (name, _, mut value) in case.lets {
            let ty = checker.check(&mut value);
            let slot = checker.declare(&name, ty);
            lets.push((slot, value));
        }
        let mut when = case.when;
        when.iter_mut().for_each(|w| checker.condition(w));
        if when.is_empty() {
            incomplete(checker, case.span, "`when` in this case");
        }
        let mut severities = case.severities;
        severities
            .iter_mut()
            .for_each(|(_, c)| checker.condition(c));
        let mut at = case.at;
        if let Some(at) = &mut at {
            checker.check(at);
        }
        let mut labels = case.labels;
        labels.iter_mut().for_each(|(target, _)| {
            checker.check(target);
        });
        let mut once = case.once;
        if let Some(once) = &mut once {
            checker.check(once);
        }
        let mut message = case.message.map(|(template, _)| template);
        if let Some(template) = &mut message {
            for piece in &mut template.pieces {
                if let ast::Piece::Expr(expr) = piece {
                    checker.check(expr);
                }
            }
        }
        let folded = lets
            .iter_mut()
            .map(|(_, e)| e)
            .chain(when.iter_mut())
            .chain(severities.iter_mut().map(|(_, e)| e))
            .chain(at.iter_mut())
            .chain(labels.iter_mut().map(|(e, _)| e))
            .chain(once.iter_mut());
        folded.for_each(eval::fold_constants);
        if let Some(template) = &mut message {
            for piece in &mut template.pieces {
                if let ast::Piece::Expr(expr) = piece {
                    eval::fold_constants(expr);
                }
            }
        }
        let once_first = once.as_ref().is_some_and(|once| {
            check::calls_matches(once) || lets.iter().any(|(_, e)| check::calls_matches(e))
        });
        cases.push(Case {
            kind: case.kind,
            var,
            slots: checker.slots,
            aggregates: plan::Aggregates::default(),
            lets,
            when,
            severities,
            at,
            labels: labels
                .into_iter()
                .map(|(target, text)| (target, Arc::from(text.value)))
                .collect(),
            once_first,
            once,
            message: CaseMessage::new(message, ast.summary.as_deref(), &ast.name),
            compiled: CompiledCase::default(),
        });
    }
    let profiles = ast
        .profiles
        .iter()
        .filter_map(|(p, s, _)| Profile::parse(p).map(|p| (p, *s)))
        .collect();
    let shared = Origin {
        code: ast.code.into(),
        name: ast.name.into(),
        family: Some(family.into()),
        basis: ast
            .basis
            .into_iter()
            .map(|b| Basis {
                source: b.source.into(),
                quote: b.quote.into(),
                paraphrase: b.paraphrase,
            })
            .collect::<Vec<_>>()
            .into(),
        help: ast.help.map(Into::into),
    }
    .interned();
    Some(Rule {
        shared,
        severity,
        profiles,
        params,
        param_values,
        summary: ast.summary,
        explain: ast.explain,
        notes: ast.notes,
        example: ast.example.map(|e| e.value),
        cases,
        origin: origin.to_string(),
    })
}

fn literal_text(expr: &Expr) -> String {
    match &expr.kind {
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Number(n) => {
            if n.fract() == 0.0 {
                format!("{}", *n as i64)
            } else {
                n.to_string()
            }
        }
        ExprKind::Percent(p) => format!("{p}%"),
        ExprKind::Duration(d) => d.to_string(),
        ExprKind::Date(d) => d.to_string(),
        ExprKind::Text(t) => format!("{t:?}"),
        ExprKind::Word(w) | ExprKind::Name(w) => w.clone(),
        _ => String::new(),
    }
}
