//! Subexpressions that several cases compute alike, evaluated once per block.
//!
//! The forty-odd cases on a grant ask the same questions of it again and
//! again: `sensitive(g.datasets)`, the first sensitive dataset, the sum of
//! the records, whether two datasets of different sources can be linked,
//! the grants of the same operator. Each such subexpression that appears
//! more than once across the rule set is wrapped in
//! [`ExprKind::Shared`] with an id; the engine keeps its value for the
//! block being checked (`eval::Memo`) and every later case reads it.
//!
//! A subexpression is shared only when its value depends on the case's
//! block alone: its variables are the case variable, parameters of its own
//! rule, `let`s (read through to their expressions, which obey the same
//! test), and quantifier variables bound inside it. `matches` and `match` are never shared: a successful
//! `matches` records where it matched in its own case.
//!
//! The same idea applies to the indexes of aggregates over a block kind:
//! those of a case that group the blocks alike are built in one pass
//! ([`group_aggregates`]).

use std::fmt::Write;

use rustc_hash::FxHashMap;

use super::Rule;
use super::ast::{Expr, ExprKind, Quant, Range, Slot};
use super::plan::Aggregates;
use crate::model::BlockKind;
use crate::rules::ast::Builtin;

/// What a subexpression's variables mean in one case.
struct Scope {
    rule: usize,
    kind: BlockKind,
    params: usize,
    var: Slot,
    /// The canonical form of each `let` (see [`canonical`]), `None` where
    /// its value depends on something else: written once, not again at
    /// every use (a `let` built on others would be written out anew for
    /// each).
    lets: Vec<(Slot, Option<String>)>,
}

impl Scope {
    fn new(rule: usize, case: &super::Case, params: usize) -> Scope {
        let mut scope = Scope {
            rule,
            kind: case.kind,
            params,
            var: case.var,
            lets: Vec::with_capacity(case.lets.len()),
        };
        // A `let` sees only the case variable, parameters and earlier
        // `let`s: never a quantifier variable.
        for (slot, value) in &case.lets {
            let mut form = String::new();
            let known = canonical(value, &scope, &mut Vec::new(), &mut form);
            scope.lets.push((*slot, known.then_some(form)));
        }
        scope
    }
}

/// Wraps the subexpressions that more than one place computes alike.
pub fn share_subexpressions(rules: &mut [Rule]) {
    let mut counts: FxHashMap<String, u32> = FxHashMap::default();
    for_each_root(rules, |root, scope| count(root, scope, &mut counts));
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    for_each_root(rules, |root, scope| wrap(root, scope, &counts, &mut ids));
}

/// Groups each case's aggregates over block kinds by how they group the
/// blocks (see [`Aggregates`]). Only aggregates outside any other aggregate
/// over a kind, in `let`s and `when`s, join a group: one nested in another's
/// filter or body is built while the outer one is, so building them
/// together would wait on itself; and an aggregate in a `severity`,
/// `label` or message is wanted only when the case fires, so it is not
/// built for every block just because its group is.
pub fn group_aggregates(rules: &mut [Rule]) {
    for (r, rule) in rules.iter_mut().enumerate() {
        let params = rule.params.len();
        for case in &mut rule.cases {
            let scope = Scope::new(r, case, params);
            let mut found: Vec<Option<(Quant, bool)>> = Vec::new();
            let grouped = (case.lets.iter().map(|(_, e)| e)).chain(case.when.iter());
            for root in grouped {
                collect_aggregates(root, true, &mut found);
            }
            let rest = (case.severities.iter().map(|(_, e)| e))
                .chain(case.at.iter())
                .chain(case.labels.iter().map(|(e, _)| e))
                .chain(case.once.iter())
                .chain(case.message.values.iter());
            for root in rest {
                collect_aggregates(root, false, &mut found);
            }
            let mut aggregates = Aggregates::default();
            let mut by_key: FxHashMap<String, u32> = FxHashMap::default();
            for found in found {
                // Every plan id is some expression's; none is looked up
                // unless it is.
                let Some((quant, top)) = found else {
                    aggregates.of_plan.push((u32::MAX, u32::MAX));
                    continue;
                };
                let key = if top {
                    grouping_key(&quant, &scope)
                } else {
                    None
                };
                let group = match key.as_ref().and_then(|k| by_key.get(k)) {
                    Some(&group) => group,
                    None => {
                        let group = aggregates.groups.len() as u32;
                        aggregates.groups.push(Vec::new());
                        by_key.extend(key.map(|k| (k, group)));
                        group
                    }
                };
                let members = &mut aggregates.groups[group as usize];
                aggregates.of_plan.push((group, members.len() as u32));
                members.push(quant);
            }
            case.aggregates = aggregates;
        }
    }
}

/// Every aggregate over a block kind in `expr`, by plan id, and whether it
/// may join a group (`top`, and not inside another such aggregate).
fn collect_aggregates(expr: &Expr, top: bool, found: &mut Vec<Option<(Quant, bool)>>) {
    let ExprKind::Quant(quant) = &expr.kind else {
        for_each_child(expr, |child| collect_aggregates(child, top, found));
        return;
    };
    let Some(plan) = &quant.plan else {
        for_each_child(expr, |child| collect_aggregates(child, top, found));
        return;
    };
    if found.len() <= plan.id {
        found.resize(plan.id + 1, None);
    }
    // A plan's parts are copies of the quantifier's; the first seen wins.
    found[plan.id].get_or_insert_with(|| (Quant::clone(quant), top));
    let parts = (plan.joins.iter().flat_map(|j| [&j.inner, &j.outer]))
        .chain(plan.filters.iter())
        .chain(plan.residual.iter())
        .chain(quant.body.iter());
    for part in parts {
        collect_aggregates(part, false, found);
    }
}

/// What decides how an aggregate groups the blocks: its kind, the inner
/// sides of its joins and its filters. `None` where they read more than the
/// inner variable and parameters (never, as plans are made).
fn grouping_key(quant: &Quant, scope: &Scope) -> Option<String> {
    let (Range::Kind(kind, _), Some(plan)) = (&quant.range, &quant.plan) else {
        return None;
    };
    let mut key = format!("{kind:?}|");
    let mut bound = vec![quant.slot];
    for join in &plan.joins {
        if !canonical(&join.inner, scope, &mut bound, &mut key) {
            return None;
        }
        key.push_str(if join.membership { " in;" } else { " ==;" });
    }
    key.push('|');
    for filter in &plan.filters {
        if !canonical(filter, scope, &mut bound, &mut key) {
            return None;
        }
        key.push(';');
    }
    Some(key)
}

/// Calls `visit` on every expression of every case, with its case's scope.
fn for_each_root(rules: &mut [Rule], mut visit: impl FnMut(&mut Expr, &Scope)) {
    for (r, rule) in rules.iter_mut().enumerate() {
        let params = rule.params.len();
        for case in &mut rule.cases {
            // Made from the lets as written: a subexpression's key reads
            // through them, and they are visited (and wrapped) too.
            let scope = Scope::new(r, case, params);
            let roots = (case.lets.iter_mut().map(|(_, e)| e))
                .chain(case.when.iter_mut())
                .chain(case.severities.iter_mut().map(|(_, e)| e))
                .chain(case.at.iter_mut())
                .chain(case.labels.iter_mut().map(|(e, _)| e))
                .chain(case.once.iter_mut())
                .chain(case.message.values.iter_mut());
            for root in roots {
                visit(root, &scope);
            }
        }
    }
}

fn count(expr: &Expr, scope: &Scope, counts: &mut FxHashMap<String, u32>) {
    if let Some(key) = share_key(expr, scope) {
        *counts.entry(key).or_default() += 1;
    }
    for_each_child(expr, |child| count(child, scope, counts));
}

fn wrap(
    expr: &mut Expr,
    scope: &Scope,
    counts: &FxHashMap<String, u32>,
    ids: &mut FxHashMap<String, u32>,
) {
    let key = share_key(expr, scope).filter(|key| counts.get(key).is_some_and(|&n| n > 1));
    for_each_child_mut(expr, |child| wrap(child, scope, counts, ids));
    if let Some(key) = key {
        let next = ids.len() as u32;
        let id = *ids.entry(key).or_insert(next);
        let span = expr.span;
        let inner = std::mem::replace(&mut expr.kind, ExprKind::Match);
        expr.kind = ExprKind::Shared(id, Box::new(Expr { kind: inner, span }));
    }
}

/// The key under which `expr` is shared, if it is worth sharing (it calls
/// a function or quantifies) and may be.
fn share_key(expr: &Expr, scope: &Scope) -> Option<String> {
    if !costly(expr) {
        return None;
    }
    let mut key = String::new();
    let _ = write!(key, "{:?}:", scope.kind);
    canonical(expr, scope, &mut Vec::new(), &mut key).then_some(key)
}

/// Calls a function or quantifies somewhere: reading an attribute or
/// comparing costs less than looking a value up.
fn costly(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Call(..) | ExprKind::Quant(_) => true,
        ExprKind::Binary(..) | ExprKind::Not(_) | ExprKind::List(_) => {
            let mut found = false;
            for_each_child(expr, |child| found |= costly(child));
            found
        }
        _ => false,
    }
}

/// Writes a form of `expr` that is the same for two expressions exactly
/// when they compute the same value of the same block: without spans, with
/// quantifier variables numbered from the innermost and `let`s replaced by
/// their expressions. False where the value depends on anything else.
fn canonical(expr: &Expr, scope: &Scope, bound: &mut Vec<Slot>, out: &mut String) -> bool {
    match &expr.kind {
        ExprKind::Var(slot) => {
            if let Some(depth) = bound.iter().rev().position(|s| s == slot) {
                let _ = write!(out, "${depth}");
            } else if *slot == scope.var {
                out.push_str("$case");
            } else if *slot < scope.params {
                let _ = write!(out, "$param{}.{slot}", scope.rule);
            } else if let Some((_, Some(form))) = scope.lets.iter().find(|(s, _)| s == slot) {
                // Every form brackets itself, so the expression stands in
                // for the name.
                out.push_str(form);
            } else {
                return false;
            }
            true
        }
        ExprKind::Match | ExprKind::Name(_) => false,
        ExprKind::Call(name, _) if name.builtin == Some(Builtin::Matches) => false,
        ExprKind::Call(name, args) => {
            let _ = write!(out, "{}(", name.text);
            for arg in args {
                if !canonical(arg, scope, bound, out) {
                    return false;
                }
                out.push(',');
            }
            out.push(')');
            true
        }
        ExprKind::Const(value) => {
            let _ = write!(out, "{value:?}");
            true
        }
        ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::Percent(_)
        | ExprKind::Duration(_)
        | ExprKind::Date(_)
        | ExprKind::Text(_)
        | ExprKind::Word(_)
        | ExprKind::Category(_) => {
            let _ = write!(out, "{:?}", expr.kind);
            true
        }
        ExprKind::List(items) => {
            out.push('[');
            for item in items {
                if !canonical(item, scope, bound, out) {
                    return false;
                }
                out.push(',');
            }
            out.push(']');
            true
        }
        ExprKind::Field(base, name, _) => {
            out.push('(');
            let shared = canonical(base, scope, bound, out);
            let _ = write!(out, ").{}", name.text);
            shared
        }
        ExprKind::Not(inner) => {
            out.push_str("not ");
            canonical(inner, scope, bound, out)
        }
        ExprKind::Neg(inner) => {
            out.push_str("- ");
            canonical(inner, scope, bound, out)
        }
        ExprKind::Binary(op, a, b) => {
            out.push('(');
            if !canonical(a, scope, bound, out) {
                return false;
            }
            let _ = write!(out, " {} ", op.symbol());
            let shared = canonical(b, scope, bound, out);
            out.push(')');
            shared
        }
        ExprKind::Quant(quant) => {
            let _ = write!(out, "{:?}(", quant.quantifier);
            match &quant.range {
                Range::List(list) => {
                    if !canonical(list, scope, bound, out) {
                        return false;
                    }
                }
                Range::Kind(kind, _) => {
                    let _ = write!(out, "{kind:?}");
                }
            }
            bound.push(quant.slot);
            let mut shared = true;
            for part in [&quant.filter, &quant.body] {
                out.push('|');
                if let Some(part) = part {
                    shared = shared && canonical(part, scope, bound, out);
                }
            }
            bound.pop();
            out.push(')');
            shared
        }
        ExprKind::Shared(_, inner) => canonical(inner, scope, bound, out),
    }
}

/// The subexpressions a case evaluates in its own block's context. The
/// parts of an aggregate over a block kind are evaluated for other blocks,
/// while its index is built, so they are not visited.
pub(super) fn for_each_child(expr: &Expr, mut visit: impl FnMut(&Expr)) {
    match &expr.kind {
        ExprKind::List(items) | ExprKind::Call(_, items) => items.iter().for_each(visit),
        ExprKind::Field(inner, _, _)
        | ExprKind::Not(inner)
        | ExprKind::Neg(inner)
        | ExprKind::Shared(_, inner) => visit(inner),
        ExprKind::Binary(_, a, b) => {
            visit(a);
            visit(b);
        }
        ExprKind::Quant(quant) => {
            if let Range::List(list) = &quant.range {
                visit(list);
                quant.filter.iter().for_each(&mut visit);
                quant.body.iter().for_each(&mut visit);
            }
        }
        _ => {}
    }
}

fn for_each_child_mut(expr: &mut Expr, mut visit: impl FnMut(&mut Expr)) {
    match &mut expr.kind {
        ExprKind::List(items) | ExprKind::Call(_, items) => items.iter_mut().for_each(visit),
        ExprKind::Field(inner, _, _)
        | ExprKind::Not(inner)
        | ExprKind::Neg(inner)
        | ExprKind::Shared(_, inner) => visit(inner),
        ExprKind::Binary(_, a, b) => {
            visit(a);
            visit(b);
        }
        ExprKind::Quant(quant) => {
            if let Range::List(list) = &mut quant.range {
                visit(list);
                quant.filter.iter_mut().for_each(&mut visit);
                quant.body.iter_mut().for_each(&mut visit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Rule, RuleSet};
    use crate::rules::ast::{Expr, ExprKind};

    const RULE: &str = r#"
rule ZZZ001 shared-test {
  family    transparency
  severity  warning
  summary   "Test."
  for       grant g
  let       d = first(x in g.datasets: sensitive(x))
  when      sensitive(g.datasets)
  when      present(d)
  when      any(x in g.datasets: sensitive(x))
  when      matches(g.justification, AUTO_RENEW)
  message   "{g.name}"

  for       grant h
  when      sensitive(h.datasets)
  when      present(first(y in h.datasets: sensitive(y)))
  when      matches(h.justification, AUTO_RENEW)
}
"#;

    fn rule() -> Rule {
        let (mut set, at) = RuleSet::with_test_rule("ZZZ001", RULE);
        set.rules.swap_remove(at)
    }

    /// The id of the shared node at the top of `expr`, if it is one.
    fn id(expr: &Expr) -> Option<u32> {
        match &expr.kind {
            ExprKind::Shared(id, _) => Some(*id),
            _ => None,
        }
    }

    /// The argument of a call or the operand of `not`, through a shared node.
    fn argument(expr: &Expr) -> &Expr {
        match &expr.kind {
            ExprKind::Shared(_, inner) => argument(inner),
            ExprKind::Call(_, args) => &args[0],
            other => panic!("not a call: {other:?}"),
        }
    }

    #[test]
    fn equal_subexpressions_of_different_cases_share_one_id() {
        let rule = rule();
        let (first, second) = (&rule.cases[0], &rule.cases[1]);
        // Named differently, with the quantifier variable named differently.
        let sensitive = id(&first.when[0]).expect("shared");
        assert_eq!(id(&second.when[0]), Some(sensitive));
        let found = id(&first.lets[0].1).expect("shared");
        assert_eq!(id(argument(&second.when[1])), Some(found));
        // Through the `let`: `present(d)` is `present(first(…))`.
        assert_eq!(id(&first.when[1]), id(&second.when[1]));
        assert!(id(&first.when[1]).is_some());
    }

    /// The group sizes of a built-in rule's first case, by plan id.
    fn group_sizes(code: &str) -> Vec<usize> {
        let set = RuleSet::load(&[]).expect("built-in rules load");
        let rule = set.rules.iter().find(|r| r.code() == code).expect(code);
        let aggregates = &rule.cases[0].aggregates;
        (aggregates.of_plan.iter())
            .map(|&(group, _)| aggregates.groups[group as usize].len())
            .collect()
    }

    #[test]
    fn aggregates_that_group_alike_are_built_together() {
        // MON007: the total (plan 0), the index (2, around the nested sum
        // of one operator's records, 1) and the count (3) group one
        // jurisdiction's grants; the three in `severity` (4-6) are wanted
        // only when it fires.
        assert_eq!(group_sizes("MON007"), [3, 1, 3, 3, 1, 1, 1]);
        // MON008: the two bounds on the operator (1, 2) group alike; the
        // grants of a dataset (0), the datasets of the source, all (3) and
        // granted (5, with a filter of its own over the grants of each, 4)
        // and the operator's grants (6) each group differently.
        assert_eq!(group_sizes("MON008"), [1, 2, 2, 1, 1, 1, 1]);
    }

    /// Three aggregates over the same operator's grants, with their own
    /// variables, quantifiers and bodies.
    const GROUPED: &str = r#"
rule ZZZ002 grouped-test {
  family    transparency
  severity  warning
  summary   "Test."
  for       grant g
  let       n = count(h in grant where h.operator == g.operator)
  let       s = sum(k in grant where k.operator == g.operator: len(k.datasets))
  let       least = min(j in grant where j.operator == g.operator: j)
  when      n >= 2
  message   "{n} {s} {least}"
}
"#;

    const OPERATORS: &str = r#"
policy "P" {
  jurisdiction "EU-XX"
  authority    b
}
body b "B" {
  kind regulator
}
operator o1 "O1" {
  kind private
}
operator o2 "O2" {
  kind private
}
dataset d1 "D1" {
  categories [public.statistics]
  source     statistics
}
dataset d2 "D2" {
  categories [public.statistics]
  source     statistics
}
grant g1 "G1" {
  operator o1
  datasets [d1, d2]
}
grant g2 "G2" {
  operator o1
  datasets [d1]
}
grant g3 "G3" {
  operator o2
  datasets [d2]
}
"#;

    #[test]
    fn aggregates_built_together_keep_their_own_results() {
        let (set, at) = RuleSet::with_test_rule("ZZZ002", GROUPED);
        let rule = &set.rules[at];
        assert_eq!(rule.cases[0].aggregates.groups.len(), 1);
        let (lowered, errors) = crate::model::lower_source(crate::base::FileId(0), OPERATORS);
        assert!(errors.is_empty(), "{errors:?}");
        let (model, errors) = crate::model::link(vec![lowered]);
        assert!(errors.is_empty(), "{errors:?}");
        let findings = set.run(&model, Default::default());
        let messages: Vec<String> = set
            .diagnostics(findings)
            .iter()
            .filter(|d| d.code() == "ZZZ002")
            .map(|d| d.message.text().to_string())
            .collect();
        assert_eq!(messages, ["2 3 g1", "2 3 g1"]);
    }

    #[test]
    fn what_depends_on_more_than_the_block_is_not_shared() {
        let rule = rule();
        let first = &rule.cases[0];
        // `sensitive(x)` reads a quantifier variable bound outside it.
        let ExprKind::Shared(_, quant) = &first.lets[0].1.kind else {
            panic!("shared")
        };
        let ExprKind::Quant(quant) = &quant.kind else {
            panic!("a quantifier")
        };
        assert_eq!(id(quant.body.as_ref().expect("body")), None);
        // Once only: not shared.
        assert_eq!(id(&first.when[2]), None);
        // `matches` records where it matched for its own case.
        assert_eq!(id(&first.when[3]), None);
        assert_eq!(id(&rule.cases[1].when[2]), None);
    }
}
