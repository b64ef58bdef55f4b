//! Writes the `when` conditions and message values of the built-in rules
//! as Rust:
//! `generated.rs`, checked in and kept current by the test at the end of
//! this file.
//!
//! The interpreter (`eval.rs`) spends most of its time on its own machinery:
//! a dispatch at every node, a [`V`](super::eval::V) made and dropped for
//! every attribute, a loop around every quantifier. A condition written out
//! as Rust reads the model directly: a grant's datasets are iterated where
//! the model stores them, a reference is followed as a block number, and a
//! dataset's marks and lineage are read where `Shared` gathered them.
//!
//! Each condition of a case is compiled when every node in it has a typed
//! form here, and is otherwise left to the interpreter (the generated code
//! calls [`Engine::eval`](super::eval::Engine::eval) on it), so the
//! generated code covers every case and the interpreter stays the reference
//! for what each node means. What is compiled: the case's variable,
//! parameters, `let`s, quantifier variables over a block's references,
//! attributes, constants (booleans, numbers, percentages, durations, words),
//! comparisons, `and`/`or`/`not`, `in` and `not in`, `??`, `under` a
//! constant, `present`/`absent`, the category marks, `len`, and `any`, `all`,
//! `none`, `count` and `first` over a list of references. What is not:
//! aggregates over a block kind, `matches`, text and date constants,
//! arithmetic, and lists of values other than references.
//!
//! The generated code is used only for a built-in rule whose file is the one
//! it was generated from (its fingerprint, `fingerprint.rs`).
//! `cargo test` fails when `generated.rs` is stale;
//! `DATALINT_UPDATE_GENERATED=1 cargo test --lib generated` rewrites it.
//! When a change to the engine leaves the old file unable to compile, start
//! from the empty one (`use super::CompiledRule;` and
//! `pub(super) const RULES: &[CompiledRule] = &[];`) and run that twice:
//! the first run writes the file, the second checks that it is attached.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::ast::{
    BinOp, Builtin, BuiltinField, Expr, ExprKind, FieldName, Quant, Quantifier, Range, Slot,
};
use super::eval::V;
use super::{Case, CompiledCase, RuleSet};
use crate::model::{BlockKind, CategorySet, Taxonomy, ValueType};

/// The generated file for `rules`, whose sources are in `set.sources`.
pub(super) fn generate(set: &RuleSet) -> String {
    let mut fields = BTreeMap::new();
    let mut functions = String::new();
    let mut table = String::new();
    let (mut compiled, mut interpreted) = (0, 0);
    let (mut compiled_values, mut interpreted_values) = (0, 0);
    for rule in &set.rules {
        let Some(text) = set
            .sources
            .iter()
            .find(|(_, file)| file.path == rule.origin)
            .map(|(_, file)| file.text.as_str())
        else {
            continue;
        };
        let _ = writeln!(
            table,
            "    CompiledRule {{\n        code: {:?},\n        fingerprint: 0x{:016x},\n        cases: &[",
            rule.code(),
            super::fingerprint::fingerprint(text)
        );
        for (at, case) in rule.cases.iter().enumerate() {
            let name = format!("{}_{at}", rule.code().to_lowercase());
            let mut generator = CaseGenerator {
                case,
                params: rule.param_values.len(),
                text,
                fields: &mut fields,
                scope: Vec::new(),
                lets: BTreeMap::new(),
                pending: Vec::new(),
                member_only: false,
                reads_slots: false,
                long_lists: Default::default(),
            };
            let (when, interprets) = match generator.function(&name) {
                Some((code, counts)) => {
                    compiled += counts.0;
                    interpreted += counts.1;
                    functions.push_str(&code);
                    (
                        format!("Some({name})"),
                        counts.1 > 0 || generator.reads_slots,
                    )
                }
                None => {
                    interpreted += case.when.len();
                    ("None".to_string(), true)
                }
            };
            let values = match generator.values(&name) {
                Some((code, counts)) => {
                    compiled_values += counts.0;
                    interpreted_values += counts.1;
                    functions.push_str(&code);
                    format!("Some({name}_values)")
                }
                None => {
                    interpreted_values += case.message.values.len();
                    "None".to_string()
                }
            };
            let severities = generator.severities(&name).map(|code| {
                functions.push_str(&code);
                format!("Some({name}_severities)")
            });
            let places = generator.places(&name).map(|code| {
                functions.push_str(&code);
                format!("Some({name}_places)")
            });
            let once = generator.once(&name).map(|code| {
                functions.push_str(&code);
                format!("Some({name}_once)")
            });
            let severities = severities.unwrap_or_else(|| "None".into());
            let places = places.unwrap_or_else(|| "None".into());
            let once = once.unwrap_or_else(|| "None".into());
            let (code, aggregates) = generator.aggregates(&name);
            functions.push_str(&code);
            let _ = writeln!(
                table,
                "            CompiledCase {{\n                once: {once},\n                when: {when},\n                interprets: {interprets},\n                severities: {severities},\n                values: {values},\n                places: {places},\n                aggregates: {aggregates},\n            }},"
            );
        }
        table.push_str("        ],\n    },\n");
    }
    let mut out = String::new();
    out.push_str(HEADER);
    let _ = writeln!(
        out,
        "// {compiled} conditions compiled, {interpreted} left to the interpreter;\n// {compiled_values} message values compiled, {interpreted_values} left to the interpreter.\n"
    );
    out.push_str("pub(super) const RULES: &[CompiledRule] = &[\n");
    out.push_str(&table);
    out.push_str("];\n\n");
    for (name, index) in &fields {
        let _ = writeln!(out, "const F_{}: [u8; 8] = {index:?};", name.to_uppercase());
    }
    out.push('\n');
    out.push_str(&functions);
    out
}

const HEADER: &str = "\
//! The `when` conditions of the built-in rules, compiled: written by
//! `compile.rs`, do not edit. `DATALINT_UPDATE_GENERATED=1 cargo test --lib
//! generated` writes it again after a rule changes.

#![allow(
    dead_code,
    unused_imports,
    unused_variables,
    unused_parens,
    unused_braces,
    unreachable_patterns,
    clippy::all,
    reason = \"generated code, read by the compiler rather than by people\"
)]

use super::ast::{BinOp, Quant};
use super::eval::{Engine, Env, Key, PERSONAL, QUASI_IDENTIFIER, SENSITIVE, V, arith, equal, order};
use super::plan::{LIST_JOIN_MIN, Plan};
use super::{Case, CompiledAggregate, CompiledCase, CompiledRule};
use crate::base::{FileId, Span};
use crate::model::{BlockId, Word};
use crate::syntax::{Duration, DurationUnit};
use std::borrow::Cow;
use std::cmp::Ordering::{Equal, Greater, Less};

/// A block read as a value.
#[inline(always)]
fn blk<'a>(b: Option<BlockId>) -> V<'a> {
    b.map_or(V::Absent, V::Block)
}

/// A value read as a block.
#[inline(always)]
fn as_block(v: V<'_>) -> Option<BlockId> {
    match v {
        V::Block(b) => Some(b),
        _ => None,
    }
}

/// Two blocks compared as `==` compares them: an absent one equals nothing.
#[inline(always)]
fn same(a: Option<BlockId>, b: Option<BlockId>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a == b)
}

";

/// How a `let` is held in the generated function.
#[derive(Clone, Copy)]
enum Rep {
    Block,
    Bool,
    Value,
}

#[derive(Clone, Copy)]
enum Membership {
    In,
    NotIn,
}

/// A quantifier's parts as Rust: each item of `iter` is bound to
/// `v{slot}` as `bind` makes it.
struct QuantParts {
    slot: Slot,
    iter: String,
    bind: &'static str,
    /// Over references (`Option<BlockId>` items), not values.
    blocks: bool,
    /// Whether an item is accepted (its `where`), and whether the body
    /// holds for it (`true` where there is none).
    filter: String,
    body: String,
    /// The body as a value, for `sum`.
    value: Option<String>,
}

impl QuantParts {
    /// Accepted and holding: what `any` looks for, `first` keeps and
    /// `count` counts (`Fold::add`).
    fn test(&self) -> String {
        match (self.filter.as_str(), self.body.as_str()) {
            ("true", one) | (one, "true") => one.to_string(),
            (filter, body) => format!("({filter}) && ({body})"),
        }
    }

    /// A loop that ends at the first item passing `test`, giving `hit`
    /// then and `miss` otherwise.
    fn settles(&self, test: &str, hit: &str, miss: &str) -> String {
        let QuantParts {
            slot, iter, bind, ..
        } = self;
        format!(
            "{{ let mut held = {miss}; for q in {iter} {{ let v{slot} = {bind}; if {test} {{ held = {hit}; break; }} }} held }}"
        )
    }

    /// `first`: the first item accepted and holding, or `none`.
    fn first(&self, none: &str) -> String {
        let QuantParts {
            slot, iter, bind, ..
        } = self;
        let test = self.test();
        format!(
            "{{ let mut found = {none}; for q in {iter} {{ let v{slot} = {bind}; if {test} {{ found = v{slot}; break; }} }} found }}"
        )
    }
}

struct CaseGenerator<'g> {
    case: &'g Case,
    params: usize,
    /// The rule file, for the conditions' text in comments.
    text: &'g str,
    /// Every attribute the generated code reads, with its index by kind.
    fields: &'g mut BTreeMap<String, [u8; 8]>,
    /// Quantifier variables bound in the Rust code, with the kind of block
    /// each names (`None` for a variable over a list of values).
    scope: Vec<(Slot, Option<BlockKind>)>,
    /// The `let`s defined so far, and how.
    lets: BTreeMap<Slot, Rep>,
    /// `let` statements for the condition being written.
    pending: Vec<String>,
    /// Writing a part of an aggregate's index (a filter, a join's inner
    /// side, a body): it reads the member and parameters only, and may hand
    /// a nested aggregate back to the engine.
    member_only: bool,
    /// The code written so far hands something to the engine that reads
    /// the case's slots.
    reads_slots: bool,
    /// The lists of the case's block that a quantifier the checker planned
    /// as a join ranges over (`ListPlan`), as `x.list_len` arguments. The
    /// engine joins such a list from `LIST_JOIN_MIN` items on, and scans a
    /// shorter one; the compiled code scans, so a function that has one
    /// hands a block with a long one to the interpreter whole.
    long_lists: std::collections::BTreeSet<String>,
}

impl<'g> CaseGenerator<'g> {
    /// The function for the case's conditions, and how many of them were
    /// compiled and left to the interpreter; `None` when none is compiled.
    fn function(&mut self, name: &str) -> Option<(String, (usize, usize))> {
        self.long_lists.clear();
        let mut body = String::new();
        let (mut compiled, mut interpreted) = (0, 0);
        for (at, when) in self.case.when.iter().enumerate() {
            let _ = writeln!(body, "    // when {}", self.source(when));
            let lets = self.lets.clone();
            self.pending.clear();
            match self.bool(when) {
                Some(code) => {
                    compiled += 1;
                    for statement in self.pending.drain(..) {
                        let _ = writeln!(body, "    {statement}");
                    }
                    let _ = writeln!(body, "    if !({code}) {{\n        return false;\n    }}");
                }
                None => {
                    interpreted += 1;
                    self.lets = lets;
                    let _ = writeln!(
                        body,
                        "    if !x.eval(&case.when[{at}], env).truthy() {{\n        return false;\n    }}"
                    );
                }
            }
        }
        if compiled == 0 {
            return None;
        }
        let var = self.case.var;
        let guard = self.long_list_guard("case.when.iter().all(|when| x.eval(when, env).truthy())");
        let code = format!(
            "fn {name}<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {{\n    let v{var} = Some(block);\n{guard}{body}    true\n}}\n\n"
        );
        Some((code, (compiled, interpreted)))
    }

    /// The statement that hands a block with a long list (`long_lists`) to
    /// the interpreter, returning `fallback`; empty when there is none.
    fn long_list_guard(&self, fallback: &str) -> String {
        if self.long_lists.is_empty() {
            return String::new();
        }
        let long: Vec<String> = (self.long_lists.iter())
            .map(|list| format!("x.list_len({list}) >= LIST_JOIN_MIN"))
            .collect();
        format!(
            "    // The engine joins a long list (`ListPlan`) that this code scans.\n    if {} {{\n        return {fallback};\n    }}\n",
            long.join(" || ")
        )
    }

    /// The function for the values of the case's message, hole by hole,
    /// with how many were compiled and left to the interpreter; `None`
    /// when none is compiled.
    fn values(&mut self, name: &str) -> Option<(String, (usize, usize))> {
        self.long_lists.clear();
        let mut arms = String::new();
        let (mut compiled, mut interpreted) = (0, 0);
        for (at, hole) in self.case.message.values.iter().enumerate() {
            let written = self.arm(
                &mut arms,
                at,
                |s| format!("{{{s}}}"),
                hole,
                true,
                Self::value,
            );
            if written {
                compiled += 1;
            } else {
                interpreted += 1;
            }
        }
        if compiled == 0 {
            return None;
        }
        let var = self.case.var;
        let guard = self.long_list_guard("x.eval(&case.message.values[hole], env)");
        let code = format!(
            "fn {name}_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {{\n    let v{var} = Some(block);\n{guard}    match hole {{\n{arms}        _ => x.eval(&case.message.values[hole], env),\n    }}\n}}\n\n"
        );
        Some((code, (compiled, interpreted)))
    }

    /// The functions for the parts of the case's aggregates over block
    /// kinds that an index is built from, and the table of them by plan
    /// id (`&[]` when the case has none).
    fn aggregates(&mut self, name: &str) -> (String, String) {
        let count = self.case.aggregates.of_plan.len();
        if count == 0 {
            return (String::new(), "&[]".into());
        }
        let mut functions = String::new();
        let mut entries = vec![[None, None, None, None]; count];
        let case: &'g Case = self.case;
        for quant in case.aggregates.groups.iter().flatten() {
            let (Some(plan), Range::Kind(kind, _)) = (&quant.plan, &quant.range) else {
                continue;
            };
            self.member_only = true;
            self.scope = vec![(quant.slot, Some(*kind))];
            self.lets.clear();
            self.pending.clear();
            let slot = quant.slot;
            let prefix = format!("{name}_a{}", plan.id);
            let filters: Option<Vec<String>> = plan.filters.iter().map(|f| self.bool(f)).collect();
            if let Some(filters) = filters.filter(|f| !f.is_empty()) {
                let all = filters.join(") && (");
                let _ = write!(
                    functions,
                    "fn {prefix}_filters<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, member: BlockId) -> bool {{\n    let v{slot} = Some(member);\n    ({all})\n}}\n\n"
                );
                entries[plan.id][0] = Some(format!("{prefix}_filters"));
            }
            let mut arms = String::new();
            let mut member_arms = String::new();
            for (at, join) in plan.joins.iter().enumerate() {
                if join.membership
                    && let Some(code) = self.member_keys(&join.inner)
                {
                    let _ = writeln!(
                        member_arms,
                        "        // {}\n        {at} => {code},",
                        self.source(&join.inner)
                    );
                    continue;
                }
                if let Some(code) = self.value(&join.inner) {
                    let _ = writeln!(
                        arms,
                        "        // {}\n        {at} => {code},",
                        self.source(&join.inner)
                    );
                }
            }
            if !arms.is_empty() {
                let _ = write!(
                    functions,
                    "fn {prefix}_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {{\n    let v{slot} = Some(member);\n    match join {{\n{arms}        _ => x.eval(&plan.joins[join].inner, env),\n    }}\n}}\n\n"
                );
                entries[plan.id][1] = Some(format!("{prefix}_inner"));
            }
            if !member_arms.is_empty() {
                let _ = write!(
                    functions,
                    "fn {prefix}_members<'a>(x: &Engine<'_, 'a>, member: BlockId, join: usize, keys: &mut Vec<Key<'a>>) -> bool {{\n    let v{slot} = Some(member);\n    match join {{\n{member_arms}        _ => return false,\n    }}\n    true\n}}\n\n"
                );
                entries[plan.id][3] = Some(format!("{prefix}_members"));
            }
            if plan.precompute
                && let Some(body) = &quant.body
                && let Some(code) = self.value(body)
            {
                let _ = write!(
                    functions,
                    "// {}\nfn {prefix}_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {{\n    let v{slot} = Some(member);\n    {code}\n}}\n\n",
                    self.source(body)
                );
                entries[plan.id][2] = Some(format!("{prefix}_body"));
            }
            debug_assert!(self.pending.is_empty(), "no `let` in an aggregate's parts");
        }
        self.member_only = false;
        self.scope.clear();
        let option =
            |f: &Option<String>| f.as_ref().map_or("None".into(), |f| format!("Some({f})"));
        let table: Vec<String> = entries
            .iter()
            .map(|[filters, inner, body, members]| {
                format!(
                    "CompiledAggregate {{ filters: {}, inner: {}, members: {}, body: {} }}",
                    option(filters),
                    option(inner),
                    option(members),
                    option(body)
                )
            })
            .collect();
        (
            functions,
            format!(
                "&[\n                    {},\n                ]",
                table.join(",\n                    ")
            ),
        )
    }

    /// The function for the case's `once` key's value; `None` when the
    /// case has none or it does not compile.
    fn once(&mut self, name: &str) -> Option<String> {
        let once = self.case.once.as_ref()?;
        self.lets.clear();
        self.pending.clear();
        self.long_lists.clear();
        let code = self.value(once).filter(|_| self.long_lists.is_empty())?;
        let var = self.case.var;
        let mut lets = String::new();
        for statement in self.pending.drain(..) {
            let _ = writeln!(lets, "    {statement}");
        }
        Some(format!(
            "// once {}\nfn {name}_once<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> V<'a> {{\n    let v{var} = Some(block);\n{lets}    {code}\n}}\n\n",
            self.source(once)
        ))
    }

    /// The function for the case's `severity … if` conditions, by
    /// position; `None` when none is compiled.
    fn severities(&mut self, name: &str) -> Option<String> {
        let mut arms = String::new();
        for (at, (_, condition)) in self.case.severities.iter().enumerate() {
            self.arm(
                &mut arms,
                at,
                |s| format!("if {s}"),
                condition,
                false,
                Self::bool,
            );
        }
        if arms.is_empty() {
            return None;
        }
        let var = self.case.var;
        Some(format!(
            "fn {name}_severities<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize) -> bool {{\n    let v{var} = Some(block);\n    match which {{\n{arms}        _ => x.eval(&case.severities[which].1, env).truthy(),\n    }}\n}}\n\n"
        ))
    }

    /// The function for where the case's `at` (0) and labels (1 on) point;
    /// `None` when none is compiled.
    fn places(&mut self, name: &str) -> Option<String> {
        let targets =
            (self.case.at.iter()).chain(self.case.labels.iter().map(|(target, _)| target));
        let first = usize::from(self.case.at.is_none());
        let mut arms = String::new();
        for (at, target) in targets.enumerate() {
            self.arm(
                &mut arms,
                at + first,
                str::to_string,
                target,
                false,
                Self::place,
            );
        }
        if arms.is_empty() {
            return None;
        }
        let var = self.case.var;
        Some(format!(
            "fn {name}_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {{\n    let v{var} = Some(block);\n    match which {{\n{arms}        0 => {{ if let Some(at) = &case.at {{ x.locate(at, env, out) }} }}\n        label => x.locate(&case.labels[label - 1].0, env, out),\n    }}\n}}\n\n"
        ))
    }

    /// Appends to `arms` the arm `at` of a function by position: `item`,
    /// written by `write` after its `let`s (each item's are its own), with
    /// its text as a comment; whether it was written. It is not (the item
    /// is left to the interpreter) when `write` cannot type it, or when it
    /// scans a list the engine would join and the function, unlike the
    /// conditions and the values, has no guard for one (`joins`).
    fn arm(
        &mut self,
        arms: &mut String,
        at: usize,
        comment: impl Fn(&str) -> String,
        item: &Expr,
        joins: bool,
        write: impl FnOnce(&mut Self, &Expr) -> Option<String>,
    ) -> bool {
        self.lets.clear();
        self.pending.clear();
        if !joins {
            self.long_lists.clear();
        }
        let Some(code) = write(self, item) else {
            return false;
        };
        if !joins && !self.long_lists.is_empty() {
            return false;
        }
        let comment = comment(&self.source(item));
        let _ = writeln!(arms, "        // {comment}\n        {at} => {{");
        for statement in self.pending.drain(..) {
            let _ = writeln!(arms, "            {statement}");
        }
        let _ = writeln!(arms, "            {code}\n        }}");
        true
    }

    /// Where an `at` or `label` points, as a statement appending to `out`
    /// (`Engine::locate`).
    fn place(&mut self, target: &Expr) -> Option<String> {
        match &target.kind {
            ExprKind::Match => Some("out.extend(env.matched);".into()),
            ExprKind::Field(base, name, _) => {
                self.block_kind(base)?;
                let b = self.block(base)?;
                let is_name = name.builtin == Some(BuiltinField::Name);
                let field = self.field(name);
                Some(format!("x.place_of({b}, &{field}, {is_name}, out);"))
            }
            _ if self.block_kind(target).is_some() => {
                let b = self.block(target)?;
                Some(format!("x.header_of({b}, out);"))
            }
            _ => {
                self.list_kind(target)?;
                let refs = self.list_source(target)?;
                Some(format!(
                    "for d in x.refs({refs}) {{ x.header_of(Some(d), out); }}"
                ))
            }
        }
    }

    /// An expression's text in the rule file, on one line.
    fn source(&self, expr: &Expr) -> String {
        let source = self.text.get(expr.span.range()).unwrap_or("");
        source.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn field(&mut self, name: &FieldName) -> String {
        self.fields.insert(name.text.clone(), name.index);
        format!("F_{}", name.text.to_uppercase())
    }

    /// The schema type of `name` on blocks of `kind`.
    fn attr_type(kind: BlockKind, name: &FieldName) -> Option<ValueType> {
        if name.builtin.is_some() {
            return None;
        }
        let index = name.index[kind as usize];
        kind.schema().attrs.get(index as usize).map(|a| a.ty)
    }

    fn let_expr(&self, slot: Slot) -> Option<&'g Expr> {
        let case: &'g Case = self.case;
        case.lets.iter().find(|(s, _)| *s == slot).map(|(_, e)| e)
    }

    /// The kind of block an expression names, when it names one.
    fn block_kind(&self, expr: &Expr) -> Option<BlockKind> {
        match &expr.kind {
            ExprKind::Var(slot) => {
                if *slot == self.case.var {
                    return Some(self.case.kind);
                }
                if let Some(&(_, kind)) = self.scope.iter().rev().find(|(s, _)| s == slot) {
                    return kind;
                }
                self.block_kind(self.let_expr(*slot)?)
            }
            ExprKind::Field(base, name, _) => {
                let kind = self.block_kind(base)?;
                if name.builtin == Some(BuiltinField::Policy) {
                    return Some(BlockKind::Policy);
                }
                match Self::attr_type(kind, name)? {
                    ValueType::Ref(Some(target)) => Some(target),
                    _ => None,
                }
            }
            ExprKind::Quant(quant) if quant.quantifier == Quantifier::First => match &quant.range {
                Range::List(list) => self.list_kind(list),
                Range::Kind(kind, _) => names_member(quant).then_some(*kind),
            },
            // `min(h in grant where …: h)`: one of the members, by `BlockId`.
            ExprKind::Quant(quant)
                if matches!(quant.quantifier, Quantifier::Min | Quantifier::Max)
                    && names_member(quant) =>
            {
                match quant.range {
                    Range::Kind(kind, _) => Some(kind),
                    Range::List(_) => None,
                }
            }
            ExprKind::Shared(_, inner) => self.block_kind(inner),
            _ => None,
        }
    }

    /// The kind of the blocks a list of references names.
    fn list_kind(&self, expr: &Expr) -> Option<BlockKind> {
        let (base, name) = self.list_attr(expr)?;
        match Self::attr_type(self.block_kind(base)?, name)? {
            ValueType::List {
                item: ValueType::Ref(Some(target)),
                ..
            } => Some(*target),
            _ => None,
        }
    }

    /// `b.attr` or `b.attr ?? []` for a list attribute of a block.
    fn list_attr<'e>(&self, expr: &'e Expr) -> Option<(&'e Expr, &'e FieldName)> {
        match &expr.kind {
            ExprKind::Field(base, name, _) => {
                let kind = self.block_kind(base)?;
                matches!(Self::attr_type(kind, name)?, ValueType::List { .. })
                    .then_some((&**base, name))
            }
            ExprKind::Binary(BinOp::Default, list, empty) if is_empty_list(empty) => {
                self.list_attr(list)
            }
            ExprKind::Shared(_, inner) => self.list_attr(inner),
            _ => None,
        }
    }

    /// The inner side of a membership join written as keys appended to
    /// `keys` (see [`JoinMembers`](super::JoinMembers)): a list attribute
    /// of the member (`h.datasets`), or an attribute of the blocks one
    /// names (`h.datasets.source`).
    fn member_keys(&mut self, inner: &Expr) -> Option<String> {
        if let Some(source) = self.list_source(inner) {
            return Some(format!("x.item_keys({source}, keys)"));
        }
        let ExprKind::Field(list, name, _) = &inner.kind else {
            return None;
        };
        let kind = self.list_kind(list)?;
        Self::attr_type(kind, name)?;
        let source = self.list_source(list)?;
        let field = self.field(name);
        Some(format!("x.field_keys({source}, &{field}, keys)"))
    }

    /// `x.refs(…)` or `x.list_len(…)`'s arguments for a list attribute.
    fn list_source(&mut self, expr: &Expr) -> Option<String> {
        let (base, name) = self.list_attr(expr)?;
        let block = self.block(base)?;
        let field = self.field(name);
        Some(format!("{block}, &{field}"))
    }

    fn var(&mut self, slot: Slot) -> Option<(String, Rep)> {
        if slot == self.case.var && !self.member_only {
            return Some((format!("v{slot}"), Rep::Block));
        }
        if let Some(&(_, kind)) = self.scope.iter().rev().find(|(s, _)| *s == slot) {
            let rep = if kind.is_some() {
                Rep::Block
            } else {
                Rep::Value
            };
            return Some((format!("v{slot}"), rep));
        }
        if slot < self.params {
            return Some((format!("env.param({slot})"), Rep::Value));
        }
        if self.member_only {
            return None;
        }
        if let Some(&rep) = self.lets.get(&slot) {
            return Some((format!("l{slot}"), rep));
        }
        let expr = self.let_expr(slot)?;
        let (rep, code) = if self.block_kind(expr).is_some() {
            (Rep::Block, self.block(expr)?)
        } else if is_boolean(expr) {
            (Rep::Bool, self.bool(expr)?)
        } else {
            (Rep::Value, self.value(expr)?)
        };
        self.lets.insert(slot, rep);
        self.pending.push(format!("let l{slot} = {code};"));
        Some((format!("l{slot}"), rep))
    }

    /// An expression naming a block, as an `Option<BlockId>`.
    fn block(&mut self, expr: &Expr) -> Option<String> {
        match &expr.kind {
            ExprKind::Var(slot) => match self.var(*slot)? {
                (code, Rep::Block) => Some(code),
                _ => None,
            },
            ExprKind::Field(base, name, _) => {
                self.block_kind(expr)?;
                let b = self.block(base)?;
                if name.builtin == Some(BuiltinField::Policy) {
                    return Some(format!("x.policy({b})"));
                }
                let field = self.field(name);
                Some(format!("x.read_ref({b}, &{field})"))
            }
            ExprKind::Quant(quant) if matches!(quant.range, Range::Kind(..)) => {
                self.block_kind(expr)?;
                Some(format!("as_block({})", self.aggregate(quant)?))
            }
            ExprKind::Quant(quant) if quant.quantifier == Quantifier::First => {
                let parts = self.quant_parts(quant)?;
                parts.blocks.then_some(())?;
                Some(parts.first("None"))
            }
            ExprKind::Shared(id, inner) => {
                let inner = self.block(inner)?;
                Some(format!("as_block(x.remembered({id}, || blk({inner})))"))
            }
            _ => None,
        }
    }

    /// A quantifier over a list of a block (references or values), in
    /// parts. A quantifier the checker planned as a join (`ListPlan`) is
    /// left to the interpreter, which looks its items up by key: scanned,
    /// a grant of thousands of datasets would be quadratic.
    fn quant_parts(&mut self, quant: &Quant) -> Option<QuantParts> {
        let Range::List(list) = &quant.range else {
            return None;
        };
        if quant.list_plan.is_some() {
            // Only a list of the case's block, which the function can
            // measure before anything else.
            let ExprKind::Field(base, name, _) = &list.kind else {
                return None;
            };
            if self.member_only
                || name.builtin.is_some()
                || !matches!(base.kind, ExprKind::Var(slot) if slot == self.case.var)
            {
                return None;
            }
            let field = self.field(name);
            self.long_lists
                .insert(format!("v{}, &{field}", self.case.var));
            self.reads_slots = true;
        }
        let kind = self.list_kind(list);
        let source = self.list_source(list)?;
        let blocks = kind.is_some();
        self.scope.push((quant.slot, kind));
        let filter = quant.filter.as_ref().map(|f| self.bool(f));
        let body = quant.body.as_ref().map(|b| self.bool(b));
        let value = match quant.quantifier {
            Quantifier::Sum => quant.body.as_ref().and_then(|b| self.value(b)),
            _ => None,
        };
        self.scope.pop();
        let filter = filter.unwrap_or(Some("true".into()))?;
        let body = match (quant.quantifier, body) {
            (Quantifier::Sum, _) => String::new(),
            (_, Some(body)) => body?,
            (_, None) => "true".into(),
        };
        let iter = if blocks {
            format!("x.refs({source})")
        } else {
            format!("x.items({source})")
        };
        let bind = if blocks { "Some(q)" } else { "q" };
        Some(QuantParts {
            slot: quant.slot,
            iter,
            bind,
            blocks,
            filter,
            body,
            value,
        })
    }

    /// An expression as a `bool`: whether its value is `true`.
    fn bool(&mut self, expr: &Expr) -> Option<String> {
        if !is_boolean(expr) {
            if let ExprKind::Var(slot) = expr.kind
                && let (code, Rep::Bool) = self.var(slot)?
            {
                return Some(code);
            }
            return Some(format!("{}.truthy()", self.value(expr)?));
        }
        match &expr.kind {
            ExprKind::Const(value) => match &**value {
                V::Bool(b) => Some(b.to_string()),
                _ => None,
            },
            ExprKind::Not(inner) => Some(format!("!({})", self.bool(inner)?)),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b),
            ExprKind::Call(name, args) => {
                let arg = args.first()?;
                match name.builtin? {
                    Builtin::Present | Builtin::Absent => {
                        let not = if name.builtin == Some(Builtin::Absent) {
                            "!"
                        } else {
                            ""
                        };
                        if self.block_kind(arg).is_some() {
                            let b = self.block(arg)?;
                            return Some(format!("{not}{b}.is_some()"));
                        }
                        if let ExprKind::Field(base, field, _) = &arg.kind
                            && field.builtin.is_none()
                            && self.block_kind(base).is_some()
                        {
                            let b = self.block(base)?;
                            let field = self.field(field);
                            return Some(format!("{not}x.has({b}, &{field})"));
                        }
                        let value = self.value(arg)?;
                        let not = if not.is_empty() { "!" } else { "" };
                        Some(format!("{not}{value}.is_absent()"))
                    }
                    builtin @ (Builtin::Sensitive
                    | Builtin::Personal
                    | Builtin::QuasiIdentifier) => {
                        let mark = match builtin {
                            Builtin::Sensitive => "SENSITIVE",
                            Builtin::Personal => "PERSONAL",
                            _ => "QUASI_IDENTIFIER",
                        };
                        if self.block_kind(arg).is_some() {
                            let b = self.block(arg)?;
                            return Some(format!("x.marks_of({b}) & {mark} != 0"));
                        }
                        self.list_kind(arg)?;
                        let refs = self.list_source(arg)?;
                        Some(format!(
                            "x.refs({refs}).any(|d| x.marks_of(Some(d)) & {mark} != 0)"
                        ))
                    }
                    // Searched by the engine, which records the first match
                    // of the case in its slots: a case that searches is
                    // checked with them set.
                    Builtin::Matches => {
                        let ExprKind::Word(list) = &args.get(1)?.kind else {
                            return None;
                        };
                        if self.member_only {
                            return None;
                        }
                        let text = self.value(arg)?;
                        self.reads_slots = true;
                        Some(format!("x.matches(&{text}, {list:?}, env)"))
                    }
                    _ => None,
                }
            }
            ExprKind::Quant(quant) if matches!(quant.range, Range::Kind(..)) => {
                Some(format!("{}.truthy()", self.aggregate(quant)?))
            }
            ExprKind::Quant(quant) => {
                let parts = self.quant_parts(quant)?;
                match quant.quantifier {
                    Quantifier::Any => Some(parts.settles(&parts.test(), "true", "false")),
                    Quantifier::None => Some(format!(
                        "!{}",
                        parts.settles(&parts.test(), "true", "false")
                    )),
                    // An accepted item whose body fails settles it.
                    Quantifier::All => {
                        let test = format!("({}) && !({})", parts.filter, parts.body);
                        Some(parts.settles(&test, "false", "true"))
                    }
                    _ => None,
                }
            }
            ExprKind::Shared(id, inner) => {
                let inner = self.bool(inner)?;
                Some(format!("x.remembered({id}, || V::Bool({inner})).truthy()"))
            }
            _ => None,
        }
    }

    fn binary(&mut self, op: BinOp, a: &Expr, b: &Expr) -> Option<String> {
        match op {
            BinOp::And => Some(format!("({}) && ({})", self.bool(a)?, self.bool(b)?)),
            BinOp::Or => Some(format!("({}) || ({})", self.bool(a)?, self.bool(b)?)),
            BinOp::Eq | BinOp::Ne => {
                let not = if op == BinOp::Ne { "!" } else { "" };
                if let ExprKind::Const(constant) = &b.kind
                    && let Some(test) = self.stored_in(a, std::slice::from_ref(&**constant))
                {
                    return Some(format!("{not}{}", test(Membership::In)));
                }
                if self.block_kind(a).is_some() && self.block_kind(b).is_some() {
                    return Some(format!("{not}same({}, {})", self.block(a)?, self.block(b)?));
                }
                Some(format!(
                    "{not}equal(&{}, &{})",
                    self.value(a)?,
                    self.value(b)?
                ))
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let wanted = match op {
                    BinOp::Lt => "Some(Less)",
                    BinOp::Le => "Some(Less | Equal)",
                    BinOp::Gt => "Some(Greater)",
                    _ => "Some(Greater | Equal)",
                };
                Some(format!(
                    "matches!(order(&{}, &{}), {wanted})",
                    self.value(a)?,
                    self.value(b)?
                ))
            }
            BinOp::In | BinOp::NotIn => {
                let not_in = op == BinOp::NotIn;
                if self.block_kind(a).is_some() && self.list_kind(b).is_some() {
                    let m = self.block(a)?;
                    let refs = self.list_source(b)?;
                    let not = if not_in { "!" } else { "" };
                    return Some(format!(
                        "{{ let m = {m}; m.is_some() && {not}x.refs({refs}).any(|i| Some(i) == m) }}"
                    ));
                }
                if let ExprKind::Field(base, name, _) = &a.kind
                    && self.list_attr(a).is_some()
                    && let ExprKind::Const(list) = &b.kind
                {
                    // A list in a list: whether one of its items is there.
                    let tests = constant_tests(list)?;
                    let b = self.block(base)?;
                    let field = self.field(name);
                    let any = format!("x.items({b}, &{field}).any(|m| {tests})");
                    return Some(if not_in {
                        format!("x.has({b}, &{field}) && !{any}")
                    } else {
                        any
                    });
                }
                if let ExprKind::Const(list) = &b.kind
                    && let V::List(items) = &**list
                    && let Some(test) = self.stored_in(a, items)
                {
                    let membership = if not_in {
                        Membership::NotIn
                    } else {
                        Membership::In
                    };
                    return Some(test(membership));
                }
                let m = self.value(a)?;
                let member = if let ExprKind::Const(list) = &b.kind {
                    constant_tests(list)?
                } else {
                    let source = self.list_source(b)?;
                    format!("x.list_contains({source}, &m)")
                };
                Some(if not_in {
                    format!("{{ let m = {m}; !m.is_absent() && !({member}) }}")
                } else {
                    format!("{{ let m = {m}; {member} }}")
                })
            }
            BinOp::Under => {
                let set = category_set(b)?;
                let lineage = self.lineage(a)?;
                Some(format!("({lineage}) & 0x{set:x} != 0"))
            }
            _ => None,
        }
    }

    /// `b.attr` (or `b.attr ?? default`) compared with constants where
    /// the model stores it: a function writing the test for `in` or
    /// `not in` the constants (`==` is `in` one constant). What an absent
    /// attribute gives is known here: the default's own test, or false.
    fn stored_in(
        &mut self,
        left: &Expr,
        constants: &[V<'static>],
    ) -> Option<impl FnOnce(Membership) -> String + use<>> {
        let (field, default) = match &left.kind {
            ExprKind::Binary(BinOp::Default, field, default) => match &default.kind {
                ExprKind::Const(value) => (&**field, Some(V::clone(value))),
                _ => return None,
            },
            _ => (left, None),
        };
        let ExprKind::Field(base, name, _) = &field.kind else {
            return None;
        };
        let kind = self.block_kind(base)?;
        if matches!(Self::attr_type(kind, name)?, ValueType::List { .. }) {
            return None;
        }
        let literals: Option<Vec<String>> = constants.iter().map(literal).collect();
        let literals = literals?.join(", ");
        let b = self.block(base)?;
        let field = self.field(name);
        let default_in = default
            .as_ref()
            .map(|d| constants.iter().any(|c| super::eval::equal(d, c)));
        Some(move |membership| {
            let read = format!("x.stored_in({b}, &{field}, &[{literals}])");
            match (membership, default_in) {
                (Membership::In, None) => format!("{read}.unwrap_or(false)"),
                (Membership::In, Some(found)) => format!("{read}.unwrap_or({found})"),
                // `not in`: an absent value is in nothing and not out of it.
                (Membership::NotIn, None) => format!("{read}.is_some_and(|found| !found)"),
                (Membership::NotIn, Some(found)) => {
                    format!("{read}.map_or({}, |found| !found)", !found)
                }
            }
        })
    }

    /// The lineage of the left side of `under`.
    fn lineage(&mut self, expr: &Expr) -> Option<String> {
        if let ExprKind::Field(base, name, _) = &expr.kind
            && name.text == "categories"
            && self.block_kind(base).is_some()
        {
            return Some(format!("x.lineage_of({})", self.block(base)?));
        }
        if self.block_kind(expr).is_some() {
            return Some(format!("x.lineage_of({})", self.block(expr)?));
        }
        self.list_kind(expr)?;
        let refs = self.list_source(expr)?;
        Some(format!(
            "x.refs({refs}).fold(0, |all, d| all | x.lineage_of(Some(d)))"
        ))
    }

    /// An aggregate over a block kind, handed to the engine, which keeps
    /// its index, with the outer sides of its joins computed here. The
    /// engine reads the case's slots for the `where` of a group it cannot
    /// fold in advance, so a case that has one is checked with its slots
    /// set.
    fn aggregate(&mut self, quant: &Quant) -> Option<String> {
        let plan = quant.plan.as_ref()?;
        if !self.member_only {
            self.reads_slots = true;
        }
        let outer: Option<Vec<String>> = (plan.joins.iter())
            .map(|join| self.value(&join.outer))
            .collect();
        let outer = outer?.join(", ");
        Some(format!("x.aggregate_keyed({}, &[{outer}], env)", plan.id))
    }

    /// An expression as a [`V`].
    fn value(&mut self, expr: &Expr) -> Option<String> {
        if is_boolean(expr) {
            return Some(format!("V::Bool({})", self.bool(expr)?));
        }
        match &expr.kind {
            ExprKind::Const(value) => literal(value),
            ExprKind::Var(slot) => Some(match self.var(*slot)? {
                (code, Rep::Block) => format!("blk({code})"),
                (code, Rep::Bool) => format!("V::Bool({code})"),
                (code, Rep::Value) if code.starts_with("env.") => code,
                (code, Rep::Value) => format!("{code}.clone()"),
            }),
            ExprKind::Field(base, name, _) => {
                let kind = self.block_kind(base)?;
                match name.builtin {
                    Some(BuiltinField::Policy) => {
                        return Some(format!("blk(x.policy({}))", self.block(base)?));
                    }
                    Some(BuiltinField::Name) => {
                        return Some(format!("x.name_of({})", self.block(base)?));
                    }
                    None => {}
                }
                let read = match Self::attr_type(kind, name)? {
                    ValueType::List { .. } => return None,
                    ValueType::Text | ValueType::Str => "read_remembered",
                    _ => "read",
                };
                let b = self.block(base)?;
                let field = self.field(name);
                Some(format!("x.{read}({b}, &{field})"))
            }
            ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div), a, b) => {
                let (a, b) = (self.value(a)?, self.value(b)?);
                Some(format!("arith(BinOp::{op:?}, &{a}, &{b})"))
            }
            ExprKind::Quant(quant) if matches!(quant.range, Range::Kind(..)) => {
                self.aggregate(quant)
            }
            ExprKind::List(items) => {
                let items: Option<Vec<String>> = items.iter().map(|i| self.value(i)).collect();
                Some(format!(
                    "V::List(std::sync::Arc::from([{}]))",
                    items?.join(", ")
                ))
            }
            ExprKind::Binary(BinOp::Default, a, b) => {
                let (a, b) = (self.value(a)?, self.value(b)?);
                Some(format!(
                    "{{ let m = {a}; if m.is_absent() {{ {b} }} else {{ m }} }}"
                ))
            }
            ExprKind::Call(name, args) if name.builtin == Some(Builtin::Len) => {
                let source = self.list_source(args.first()?)?;
                Some(format!("V::Num(x.list_len({source}) as f64)"))
            }
            ExprKind::Quant(quant) => {
                let parts = self.quant_parts(quant)?;
                let QuantParts {
                    slot, iter, bind, ..
                } = &parts;
                match quant.quantifier {
                    Quantifier::First if parts.blocks => {
                        Some(format!("blk({})", parts.first("None")))
                    }
                    Quantifier::First => Some(parts.first("V::Absent")),
                    Quantifier::Count => Some(format!(
                        "{{ let mut n = 0usize; for q in {iter} {{ let v{slot} = {bind}; if {} {{ n += 1; }} }} V::Num(n as f64) }}",
                        parts.test()
                    )),
                    // As `Fold::add`: a body that is not a number adds nothing.
                    Quantifier::Sum => Some(format!(
                        "{{ let mut sum = 0.0; for q in {iter} {{ let v{slot} = {bind}; if {} {{ if let V::Num(n) | V::Pct(n) = {} {{ sum += n; }} }} }} V::Num(sum) }}",
                        parts.filter,
                        parts.value.as_ref()?
                    )),
                    _ => None,
                }
            }
            ExprKind::Shared(id, inner) => {
                let inner = self.value(inner)?;
                Some(format!("x.remembered({id}, || {inner})"))
            }
            _ => None,
        }
    }
}

/// Whether an expression's value is always a boolean, written by
/// [`CaseGenerator::bool`].
fn is_boolean(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Const(value) => matches!(**value, V::Bool(_)),
        ExprKind::Not(_) => true,
        ExprKind::Binary(op, _, _) => !matches!(
            op,
            BinOp::Default | BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div
        ),
        ExprKind::Call(name, _) => matches!(
            name.builtin,
            Some(
                Builtin::Present
                    | Builtin::Absent
                    | Builtin::Sensitive
                    | Builtin::Personal
                    | Builtin::QuasiIdentifier
                    | Builtin::Matches
            )
        ),
        ExprKind::Quant(quant) => matches!(
            quant.quantifier,
            Quantifier::Any | Quantifier::All | Quantifier::None
        ),
        ExprKind::Shared(_, inner) => is_boolean(inner),
        _ => false,
    }
}

/// Whether a quantifier's body is its own variable (`first(h in grant
/// where …: h)`), so that it gives one of the blocks it ranges over.
fn names_member(quant: &Quant) -> bool {
    matches!(&quant.body, Some(body) if matches!(body.kind, ExprKind::Var(slot) if slot == quant.slot))
}

fn is_empty_list(expr: &Expr) -> bool {
    matches!(&expr.kind, ExprKind::Const(v) if matches!(&**v, V::List(items) if items.is_empty()))
}

/// A constant as Rust, for the constants compared with.
fn literal(value: &V<'_>) -> Option<String> {
    Some(match value {
        V::Bool(b) => format!("V::Bool({b})"),
        V::Num(n) if n.is_finite() => format!("V::Num({n:?})"),
        V::Pct(p) if p.is_finite() => format!("V::Pct({p:?})"),
        V::Dur(d) => format!(
            "V::Dur(Duration {{ amount: {}, unit: DurationUnit::{:?} }})",
            d.amount, d.unit
        ),
        V::Indefinite => "V::Indefinite".to_string(),
        V::Word(w) => format!("V::Word(Word::from_raw({}))", w.raw()),
        V::Text(text, None) => format!("V::Text(Cow::Borrowed({:?}), None)", &**text),
        _ => return None,
    })
}

/// Whether `m` equals one of the constant list's items, as Rust.
fn constant_tests(list: &V<'_>) -> Option<String> {
    let V::List(items) = list else {
        return None;
    };
    let tests: Option<Vec<String>> = items
        .iter()
        .map(|item| Some(format!("equal(&m, &{})", literal(item)?)))
        .collect();
    let tests = tests?;
    Some(if tests.is_empty() {
        "false".to_string()
    } else {
        tests.join(" || ")
    })
}

/// The categories of a constant category or list of them.
fn category_set(expr: &Expr) -> Option<CategorySet> {
    let ExprKind::Const(value) = &expr.kind else {
        return None;
    };
    match &**value {
        V::Cat(c) => Some(Taxonomy::set_of(*c)),
        V::List(items) => items.iter().try_fold(0, |all, item| match item {
            V::Cat(c) => Some(all | Taxonomy::set_of(*c)),
            _ => None,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `generated.rs` is what the generator writes for the built-in rules
    /// now; with `DATALINT_UPDATE_GENERATED` set, it is written.
    #[test]
    fn generated_conditions_are_current() {
        let set = RuleSet::load(&[]).expect("built-in rules load");
        let wanted = generate(&set);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/generated.rs");
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == wanted {
            return;
        }
        if std::env::var_os("DATALINT_UPDATE_GENERATED").is_some() {
            std::fs::write(&path, wanted).expect("write generated.rs");
            return;
        }
        panic!(
            "src/rules/generated.rs is stale: run `DATALINT_UPDATE_GENERATED=1 cargo test --lib generated` and commit it"
        );
    }

    /// How many generated functions the cases of `cases` have.
    fn compiled_parts<'c>(cases: impl Iterator<Item = &'c CompiledCase>) -> usize {
        cases
            .map(|case| {
                usize::from(case.when.is_some())
                    + usize::from(case.once.is_some())
                    + usize::from(case.severities.is_some())
                    + usize::from(case.values.is_some())
                    + usize::from(case.places.is_some())
            })
            .sum()
    }

    fn generated_parts() -> usize {
        compiled_parts((super::super::generated::RULES.iter()).flat_map(|rule| rule.cases))
    }

    /// How many generated functions the rules of `set` were given.
    fn attached_parts(set: &RuleSet) -> usize {
        compiled_parts(
            (set.rules.iter())
                .flat_map(|r| &r.cases)
                .map(|c| &c.compiled),
        )
    }

    /// The built-in rules are loaded with every function generated for
    /// them: their fingerprints match.
    #[test]
    fn every_generated_case_is_attached() {
        let set = RuleSet::load(&[]).expect("built-in rules load");
        assert!(generated_parts() > 0);
        assert_eq!(attached_parts(&set), generated_parts());
    }

    /// `datalint test rules/` in a checkout: each rule file there is the
    /// built-in's text, so the built-in rule, compiled, is the one kept.
    #[test]
    fn an_unchanged_builtin_rule_under_test_stays_compiled() {
        let builtin = RuleSet::load(&[]).expect("built-in rules load");
        let set = RuleSet::load_under_test(&["rules".into()]).expect("the checkout's rules load");
        assert_eq!(set.rules.len(), builtin.rules.len());
        assert_eq!(attached_parts(&set), generated_parts());
    }
}
