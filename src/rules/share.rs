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

use std::fmt::Write;

use rustc_hash::FxHashMap;

use super::Rule;
use super::ast::{Expr, ExprKind, Range, Slot};
use crate::model::BlockKind;
use crate::rules::ast::Builtin;

/// What a subexpression's variables mean in one case.
struct Scope<'r> {
    rule: usize,
    kind: BlockKind,
    params: usize,
    var: Slot,
    lets: &'r [(Slot, Expr)],
}

/// Wraps the subexpressions that more than one place computes alike.
pub fn share_subexpressions(rules: &mut [Rule]) {
    let mut counts: FxHashMap<String, u32> = FxHashMap::default();
    for_each_root(rules, |root, scope| count(root, scope, &mut counts));
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    for_each_root(rules, |root, scope| wrap(root, scope, &counts, &mut ids));
}

/// Calls `visit` on every expression of every case, with its case's scope.
fn for_each_root(rules: &mut [Rule], mut visit: impl FnMut(&mut Expr, &Scope<'_>)) {
    for (r, rule) in rules.iter_mut().enumerate() {
        let params = rule.params.len();
        for case in &mut rule.cases {
            // The lets as written: a subexpression's key reads through
            // them, and they are visited (and wrapped) too.
            let lets = case.lets.clone();
            let scope = Scope {
                rule: r,
                kind: case.kind,
                params,
                var: case.var,
                lets: &lets,
            };
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

fn count(expr: &Expr, scope: &Scope<'_>, counts: &mut FxHashMap<String, u32>) {
    if let Some(key) = share_key(expr, scope) {
        *counts.entry(key).or_default() += 1;
    }
    for_each_child(expr, |child| count(child, scope, counts));
}

fn wrap(
    expr: &mut Expr,
    scope: &Scope<'_>,
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
fn share_key(expr: &Expr, scope: &Scope<'_>) -> Option<String> {
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
fn canonical(expr: &Expr, scope: &Scope<'_>, bound: &mut Vec<Slot>, out: &mut String) -> bool {
    match &expr.kind {
        ExprKind::Var(slot) => {
            if let Some(depth) = bound.iter().rev().position(|s| s == slot) {
                let _ = write!(out, "${depth}");
            } else if *slot == scope.var {
                out.push_str("$case");
            } else if *slot < scope.params {
                let _ = write!(out, "$param{}.{slot}", scope.rule);
            } else if let Some((_, value)) = scope.lets.iter().find(|(s, _)| s == slot) {
                // A `let` sees only the case variable, parameters and
                // earlier `let`s: never a quantifier variable. Every form
                // brackets itself, so the expression stands in for the name.
                if !canonical(value, scope, &mut Vec::new(), out) {
                    return false;
                }
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
fn for_each_child(expr: &Expr, mut visit: impl FnMut(&Expr)) {
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
        let mut set = RuleSet::load_with_extra(vec![("ZZZ001.rule".into(), RULE.into())])
            .unwrap_or_else(|failure| panic!("{:?}", failure.diagnostics));
        let at = set
            .rules
            .iter()
            .position(|r| r.code() == "ZZZ001")
            .expect("loaded");
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
