//! The load-time checker of rules: resolves names to slots, infers the type
//! of every expression from the schema, reports mistakes with their span in
//! the rule file, and plans aggregates.

use std::collections::BTreeSet;

use crate::base::suggest::closest;
use crate::base::{Diagnostic, FileId, Span};
use crate::model::{BlockKind, Taxonomy, ValueType};

use super::ast::*;
use super::codes;
use super::patterns::Patterns;
use super::plan::{Join, ListPlan, Plan};

/// The static type of an expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    Bool,
    Number,
    Percent,
    Duration,
    Date,
    Text,
    /// A value of an enum attribute: one of these words.
    Words(&'static [&'static str]),
    /// A bare word written in the rule, tied to an attribute by comparison.
    Word,
    Block(Option<BlockKind>),
    Category,
    List(Box<Ty>),
    /// Unknown after an error, or not fixed (a list of any block's attributes).
    Any,
}

impl Ty {
    pub fn of_schema(ty: ValueType) -> Ty {
        match ty {
            ValueType::Str | ValueType::Text | ValueType::Ident => Ty::Text,
            ValueType::Bool => Ty::Bool,
            ValueType::Integer | ValueType::Decimal => Ty::Number,
            ValueType::Percent => Ty::Percent,
            ValueType::Date => Ty::Date,
            ValueType::Duration | ValueType::DurationOrIndefinite => Ty::Duration,
            ValueType::Enum(words) => Ty::Words(words),
            ValueType::Ref(kind) => Ty::Block(kind),
            ValueType::Category => Ty::Category,
            ValueType::List { item, .. } => Ty::List(Box::new(Ty::of_schema(*item))),
        }
    }

    fn describe(&self) -> String {
        match self {
            Ty::Bool => "a condition (true or false)".into(),
            Ty::Number => "a number".into(),
            Ty::Percent => "a percent".into(),
            Ty::Duration => "a duration".into(),
            Ty::Date => "a date".into(),
            Ty::Text => "a text".into(),
            Ty::Words(words) => format!("one of the words {}", words.join(", ")),
            Ty::Word => "a word".into(),
            Ty::Block(Some(kind)) => format!("{} block", kind.with_article()),
            Ty::Block(None) => "a block".into(),
            Ty::Category => "a data category".into(),
            Ty::List(item) => format!("a list of {}", item.describe()),
            Ty::Any => "a value".into(),
        }
    }

    fn element(&self) -> &Ty {
        match self {
            Ty::List(item) => item.element(),
            other => other,
        }
    }
}

/// Names every case can use besides its own.
fn function_names() -> impl Iterator<Item = &'static str> {
    Builtin::NAMES.iter().map(|&(name, _)| name)
}

pub(super) struct Checker<'p> {
    pub file: FileId,
    pub errors: Vec<Diagnostic>,
    patterns: &'p Patterns,
    /// Slots below this are the rule's parameters: constants.
    pub params: usize,
    scope: Vec<(String, Slot, Ty)>,
    pub slots: usize,
    pub plans: usize,
    /// The case variable's slot, once declared.
    pub case_var: Option<Slot>,
    pub list_plans: usize,
}

impl<'p> Checker<'p> {
    pub fn new(file: FileId, patterns: &'p Patterns) -> Checker<'p> {
        Checker {
            file,
            errors: Vec::new(),
            patterns,
            params: 0,
            scope: Vec::new(),
            slots: 0,
            plans: 0,
            case_var: None,
            list_plans: 0,
        }
    }

    fn error(
        &mut self,
        code: codes::ErrorCode,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.errors
            .push(Diagnostic::error(code, self.file, span, message));
        self.errors.last_mut().expect("pushed")
    }

    /// Declares a name in scope and returns its slot.
    pub fn declare(&mut self, name: &str, ty: Ty) -> Slot {
        let slot = self.slots;
        self.slots += 1;
        self.scope.push((name.to_string(), slot, ty));
        slot
    }

    /// Forgets the case's names (parameters stay).
    pub fn reset_case(&mut self) {
        self.scope.truncate(self.params);
        self.slots = self.params;
        self.plans = 0;
        self.case_var = None;
        self.list_plans = 0;
    }

    fn lookup(&self, name: &str) -> Option<(Slot, Ty)> {
        self.scope
            .iter()
            .rev()
            .find(|(n, _, _)| n == name)
            .map(|(_, slot, ty)| (*slot, ty.clone()))
    }

    pub fn condition(&mut self, expr: &mut Expr) {
        let ty = self.check(expr);
        self.expect_bool(&ty, expr);
    }

    fn expect_bool(&mut self, ty: &Ty, expr: &Expr) {
        match (ty, &expr.kind) {
            (Ty::Bool | Ty::Any, _) => {}
            (Ty::Word, ExprKind::Word(word)) => self.unknown_name(word, expr.span),
            _ => {
                let found = ty.describe();
                self.error(
                    codes::TYPE_MISMATCH,
                    expr.span,
                    format!("expected a condition, found {found}"),
                )
                .set_help(crate::base::diagnostic::help(
                    "compare it with something, like `g.term > 5y`, or test it with `present(…)`",
                ));
            }
        }
    }

    fn unknown_name(&mut self, word: &str, span: Span) {
        let names: Vec<String> = self
            .scope
            .iter()
            .map(|(n, _, _)| n.clone())
            .chain(function_names().map(str::to_string))
            .collect();
        let near = closest(word, names.iter().map(String::as_str)).map(str::to_string);
        let error = self.error(
            codes::UNKNOWN_NAME,
            span,
            format!("`{word}` is not a variable, `let` name or parameter of this rule"),
        );
        error.set_help(crate::base::diagnostic::help(match near {
            Some(near) => format!("did you mean `{near}`?"),
            None => {
                "declare parameters with `param NAME DEFAULT` and names with `let NAME = …`".into()
            }
        }));
    }

    /// Infers the type of an expression, resolving names in place.
    pub fn check(&mut self, expr: &mut Expr) -> Ty {
        let span = expr.span;
        match &mut expr.kind {
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::Number(_) => Ty::Number,
            ExprKind::Percent(_) => Ty::Percent,
            ExprKind::Duration(_) => Ty::Duration,
            ExprKind::Date(_) => Ty::Date,
            ExprKind::Text(_) => Ty::Text,
            ExprKind::Match => Ty::Any,
            ExprKind::Var(_) | ExprKind::Word(_) | ExprKind::Category(_) => {
                unreachable!("checked once")
            }
            ExprKind::Name(name) => match self.lookup(name) {
                Some((slot, ty)) => {
                    expr.kind = ExprKind::Var(slot);
                    ty
                }
                None => {
                    let word = std::mem::take(name);
                    expr.kind = ExprKind::Word(word);
                    Ty::Word
                }
            },
            ExprKind::Field(..) => self.field(expr),
            ExprKind::List(items) => {
                let mut element = Ty::Any;
                for item in items.iter_mut() {
                    let ty = self.check(item);
                    if element == Ty::Any || element == Ty::Word {
                        element = ty;
                    }
                }
                Ty::List(Box::new(element))
            }
            ExprKind::Not(inner) => {
                let ty = self.check(inner);
                self.expect_bool(&ty, inner);
                Ty::Bool
            }
            ExprKind::Neg(inner) => {
                let ty = self.check(inner);
                self.expect_number(&ty, inner);
                Ty::Number
            }
            ExprKind::Binary(op, left, right) => {
                let op = *op;
                let (lt, rt) = (self.check(left), self.check(right));
                self.binary(op, left, &lt, right, &rt, span)
            }
            ExprKind::Call(name, args) => {
                let name = name.clone();
                self.call(&name, args, span)
            }
            ExprKind::Quant(quant) => self.quant(quant),
            // Folding and sharing run after checking; their trees are not
            // checked again.
            ExprKind::Const(_) | ExprKind::Shared(..) => Ty::Any,
        }
    }

    fn expect_number(&mut self, ty: &Ty, expr: &Expr) {
        if !matches!(ty, Ty::Number | Ty::Any) {
            let found = ty.describe();
            self.error(
                codes::TYPE_MISMATCH,
                expr.span,
                format!("expected a number, found {found}"),
            );
        }
    }

    fn field(&mut self, expr: &mut Expr) -> Ty {
        let ExprKind::Field(base, name, name_span) = &mut expr.kind else {
            unreachable!()
        };
        // `user.biometric`: a path whose root names nothing is a category.
        if let Some(path) = category_path(base, &name.text)
            && self.lookup(path.split('.').next().unwrap_or("")).is_none()
        {
            let span = expr.span;
            if Taxonomy::builtin().get(&path).is_none() {
                let near = Taxonomy::builtin().closest(&path).map(str::to_string);
                let root = path.split('.').next().unwrap_or("");
                let message = if ["user", "public", "system"].contains(&root) {
                    format!("unknown data category `{path}`")
                } else {
                    format!(
                        "`{root}` is not a variable, `let` name or parameter, and `{path}` is no data category"
                    )
                };
                let code = if ["user", "public", "system"].contains(&root) {
                    codes::UNKNOWN_CATEGORY
                } else {
                    codes::UNKNOWN_NAME
                };
                self.error(code, span, message)
                    .set_help(near.map(|n| format!("did you mean `{n}`?").into()));
            }
            expr.kind = ExprKind::Category(path);
            return Ty::Category;
        }
        let name = name.text.clone();
        let name_span = *name_span;
        let base_ty = self.check(base);
        self.field_type(&base_ty, &name, name_span)
    }

    fn field_type(&mut self, base: &Ty, name: &str, span: Span) -> Ty {
        match base {
            Ty::Any => Ty::Any,
            Ty::List(item) => match self.field_type(item, name, span) {
                Ty::List(inner) => Ty::List(inner),
                other => Ty::List(Box::new(other)),
            },
            Ty::Block(kind) => match name {
                "name" => Ty::Text,
                "policy" => Ty::Block(Some(BlockKind::Policy)),
                _ => match kind {
                    None => Ty::Any,
                    Some(kind) => match kind.schema().attr(name) {
                        Some(attr) => Ty::of_schema(attr.ty),
                        None => {
                            let schema = kind.schema();
                            let near = closest(
                                name,
                                schema
                                    .attrs
                                    .iter()
                                    .map(|a| a.name)
                                    .chain(["name", "policy"]),
                            );
                            let names: Vec<&str> = schema.attrs.iter().map(|a| a.name).collect();
                            let help = match near {
                                Some(near) => format!("did you mean `{near}`?"),
                                None => format!(
                                    "{} block has: name, policy, {}",
                                    kind.with_article(),
                                    names.join(", ")
                                ),
                            };
                            self.error(
                                codes::UNKNOWN_ATTRIBUTE,
                                span,
                                format!("{} block has no attribute `{name}`", kind.with_article()),
                            )
                            .set_help(crate::base::diagnostic::help(help));
                            Ty::Any
                        }
                    },
                },
            },
            other => {
                let found = other.describe();
                self.error(
                    codes::TYPE_MISMATCH,
                    span,
                    format!("`.{name}` needs a block, but this is {found}"),
                );
                Ty::Any
            }
        }
    }

    fn binary(&mut self, op: BinOp, left: &Expr, lt: &Ty, right: &Expr, rt: &Ty, span: Span) -> Ty {
        match op {
            BinOp::And | BinOp::Or => {
                self.expect_bool(lt, left);
                self.expect_bool(rt, right);
                Ty::Bool
            }
            BinOp::Eq | BinOp::Ne => {
                self.comparable(left, lt, right, rt, span, false);
                Ty::Bool
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                self.comparable(left, lt, right, rt, span, true);
                Ty::Bool
            }
            BinOp::In | BinOp::NotIn => {
                match rt {
                    Ty::List(item) => {
                        let item = (**item).clone();
                        match lt {
                            Ty::List(left_item) => {
                                let left_item = (**left_item).clone();
                                self.comparable_items(left, &left_item, right, &item, span);
                            }
                            _ => self.comparable_items(left, lt, right, &item, span),
                        }
                    }
                    Ty::Any => {}
                    other => {
                        let found = other.describe();
                        self.error(
                            codes::TYPE_MISMATCH,
                            right.span,
                            format!("`{}` needs a list on its right, found {found}", op.symbol()),
                        );
                    }
                }
                Ty::Bool
            }
            BinOp::Under => {
                let ok_left = matches!(
                    lt.element(),
                    Ty::Category | Ty::Block(Some(BlockKind::Dataset)) | Ty::Block(None) | Ty::Any
                );
                if !ok_left {
                    let found = lt.describe();
                    self.error(
                        codes::TYPE_MISMATCH,
                        left.span,
                        format!("`under` needs categories or datasets on its left, found {found}"),
                    );
                }
                if !matches!(rt.element(), Ty::Category | Ty::Any) {
                    let found = rt.describe();
                    self.error(
                        codes::TYPE_MISMATCH,
                        right.span,
                        format!("`under` needs a data category on its right, like `user.biometric`; found {found}"),
                    );
                }
                Ty::Bool
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div => {
                self.expect_number(lt, left);
                self.expect_number(rt, right);
                Ty::Number
            }
            BinOp::Default => {
                if *lt == Ty::Any || (matches!(lt, Ty::List(_)) && matches!(rt, Ty::List(_))) {
                    return rt.clone();
                }
                self.comparable(left, lt, right, rt, span, false);
                lt.clone()
            }
        }
    }

    /// Items of a list compared with a value (`x in [a, b]`): word literals
    /// in the list are checked against the value's words.
    fn comparable_items(&mut self, left: &Expr, lt: &Ty, right: &Expr, item: &Ty, span: Span) {
        if let ExprKind::List(items) = &right.kind {
            for literal in items {
                let ty = if matches!(literal.kind, ExprKind::Word(_)) {
                    Ty::Word
                } else {
                    item.clone()
                };
                self.comparable(left, lt, literal, &ty, span, false);
            }
        } else if let ExprKind::List(items) = &left.kind {
            for literal in items {
                let ty = if matches!(literal.kind, ExprKind::Word(_)) {
                    Ty::Word
                } else {
                    lt.clone()
                };
                self.comparable(literal, &ty, right, item, span, false);
            }
        } else {
            self.comparable(left, lt, right, item, span, false);
        }
    }

    fn comparable(
        &mut self,
        left: &Expr,
        lt: &Ty,
        right: &Expr,
        rt: &Ty,
        span: Span,
        ordered: bool,
    ) {
        match (lt, rt) {
            (Ty::Any, _) | (_, Ty::Any) => {}
            (Ty::Words(words), Ty::Word) => self.word_of(words, right),
            (Ty::Word, Ty::Words(words)) => self.word_of(words, left),
            (Ty::Duration, Ty::Word) => self.indefinite(right),
            (Ty::Word, Ty::Duration) => self.indefinite(left),
            (Ty::Word, Ty::Word) => {
                for side in [left, right] {
                    if let ExprKind::Word(word) = &side.kind
                        && crate::model::Word::new(word).is_none()
                        && word != "indefinite"
                    {
                        self.unknown_name(word, side.span);
                    }
                }
            }
            (Ty::Words(a), Ty::Words(b)) if a == b || !ordered => {}
            (Ty::Block(a), Ty::Block(b)) if a == b || a.is_none() || b.is_none() => {}
            (a, b) if a == b => {
                if ordered && !matches!(a, Ty::Number | Ty::Percent | Ty::Duration | Ty::Date) {
                    let found = a.describe();
                    self.error(
                        codes::TYPE_MISMATCH,
                        span,
                        format!("{found} has no order; use `==` or `!=`"),
                    );
                }
            }
            (a, b) => {
                let (a, b) = (a.describe(), b.describe());
                self.error(
                    codes::TYPE_MISMATCH,
                    span,
                    format!("cannot compare {a} with {b}"),
                );
            }
        }
    }

    fn word_of(&mut self, words: &'static [&'static str], expr: &Expr) {
        let ExprKind::Word(word) = &expr.kind else {
            return;
        };
        if !words.contains(&word.as_str()) {
            let near = closest(word, words.iter().copied());
            let help = match near {
                Some(near) => format!("did you mean `{near}`? The words are: {}", words.join(", ")),
                None => format!("the words are: {}", words.join(", ")),
            };
            if self.lookup(word).is_none()
                && closest(word, self.scope.iter().map(|(n, _, _)| n.as_str())).is_some()
            {
                self.unknown_name(word, expr.span);
                return;
            }
            self.error(
                codes::UNKNOWN_WORD,
                expr.span,
                format!("`{word}` is not one of the words compared with"),
            )
            .set_help(crate::base::diagnostic::help(help));
        }
    }

    fn indefinite(&mut self, expr: &Expr) {
        if let ExprKind::Word(word) = &expr.kind
            && word != "indefinite"
        {
            self.unknown_name(word, expr.span);
        }
    }

    fn call(&mut self, func: &FuncName, args: &mut [Expr], span: Span) -> Ty {
        let name = func.text.as_str();
        let Some(builtin) = func.builtin else {
            let near = closest(
                name,
                function_names().chain(["any", "all", "none", "sum", "max", "min", "first"]),
            );
            self.error(
                codes::UNKNOWN_NAME,
                span,
                format!("unknown function `{name}`"),
            )
            .set_help(near.map(|n| format!("did you mean `{n}`?").into()));
            for arg in args {
                self.check(arg);
            }
            return Ty::Any;
        };
        if args.len() != builtin.arity() {
            self.error(
                codes::TYPE_MISMATCH,
                span,
                format!("`{name}` takes {} argument(s)", builtin.arity()),
            );
            return Ty::Any;
        }
        if builtin == Builtin::Matches {
            return self.matches(args);
        }
        let ty = self.check(&mut args[0]);
        match builtin {
            Builtin::Round => {
                self.expect_number(&ty, &args[0]);
                Ty::Number
            }
            Builtin::Len => {
                if !matches!(ty, Ty::List(_) | Ty::Any) {
                    let found = ty.describe();
                    self.error(
                        codes::TYPE_MISMATCH,
                        args[0].span,
                        format!("`{name}` needs a list, found {found}"),
                    );
                }
                Ty::Number
            }
            Builtin::Sensitive | Builtin::Personal | Builtin::QuasiIdentifier => {
                if !matches!(
                    ty.element(),
                    Ty::Category | Ty::Block(Some(BlockKind::Dataset)) | Ty::Block(None) | Ty::Any
                ) {
                    let found = ty.describe();
                    self.error(
                        codes::TYPE_MISMATCH,
                        args[0].span,
                        format!("`{name}` needs categories or datasets, found {found}"),
                    );
                }
                Ty::Bool
            }
            Builtin::Present | Builtin::Absent | Builtin::Matches => Ty::Bool,
        }
    }

    /// `matches(text, LIST)`: the list is named by a word, resolved here.
    fn matches(&mut self, args: &mut [Expr]) -> Ty {
        let ty = self.check(&mut args[0]);
        if !matches!(ty, Ty::Text | Ty::Any) {
            let found = ty.describe();
            self.error(
                codes::TYPE_MISMATCH,
                args[0].span,
                format!("`matches` needs a text, found {found}"),
            );
        }
        match &args[1].kind {
            ExprKind::Name(list) if self.patterns.get(list).is_some() => {
                let list = list.clone();
                args[1].kind = ExprKind::Word(list);
            }
            ExprKind::Name(list) => {
                let mut names: Vec<&str> = self.patterns.names().collect();
                names.sort_unstable();
                let help = match closest(list, names.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("the pattern lists are: {}", names.join(", ")),
                };
                let message = format!("no pattern list is named `{list}`");
                self.error(codes::UNKNOWN_PATTERN_LIST, args[1].span, message)
                    .set_help(crate::base::diagnostic::help(help));
            }
            _ => {
                self.error(
                    codes::TYPE_MISMATCH,
                    args[1].span,
                    "`matches` takes the name of a pattern list, like `PARTY_LEADERSHIP`",
                );
            }
        }
        Ty::Bool
    }

    fn quant(&mut self, quant: &mut Quant) -> Ty {
        let var_ty = match &mut quant.range {
            Range::Kind(kind, _) => Ty::Block(Some(*kind)),
            Range::List(list) => match self.check(list) {
                Ty::List(item) => *item,
                Ty::Any => Ty::Any,
                other => {
                    let found = other.describe();
                    self.error(
                        codes::TYPE_MISMATCH,
                        list.span,
                        format!("expected a list to range over, found {found}"),
                    );
                    Ty::Any
                }
            },
        };
        let scope_len = self.scope.len();
        quant.slot = self.declare(&quant.var, var_ty.clone());
        if let Some(filter) = &mut quant.filter {
            self.condition(filter);
        }
        let body_ty = match &mut quant.body {
            Some(body) => {
                let ty = self.check(body);
                match quant.quantifier {
                    Quantifier::Any
                    | Quantifier::All
                    | Quantifier::None
                    | Quantifier::Count
                    | Quantifier::First => self.expect_bool(&ty, body),
                    Quantifier::Sum => self.expect_number(&ty, body),
                    Quantifier::Max | Quantifier::Min => {}
                }
                ty
            }
            None => {
                if matches!(
                    quant.quantifier,
                    Quantifier::Sum | Quantifier::Max | Quantifier::Min
                ) {
                    let span = quant.var_span;
                    self.error(
                        codes::RULE_SYNTAX,
                        span,
                        "`sum`, `max` and `min` need a value after `:`",
                    );
                }
                Ty::Any
            }
        };
        self.scope.truncate(scope_len);
        match &quant.range {
            Range::Kind(..) => quant.plan = Some(self.plan(quant)),
            Range::List(list) => quant.list_plan = self.list_plan(quant, list),
        }
        match quant.quantifier {
            Quantifier::Any | Quantifier::All | Quantifier::None => Ty::Bool,
            Quantifier::Count | Quantifier::Sum => Ty::Number,
            Quantifier::Max | Quantifier::Min => body_ty,
            Quantifier::First => var_ty,
        }
    }

    fn plan(&mut self, quant: &Quant) -> Plan {
        let inner = quant.slot;
        let mut plan = Plan {
            id: self.plans,
            joins: Vec::new(),
            filters: Vec::new(),
            residual: Vec::new(),
            precompute: false,
        };
        self.plans += 1;
        let mut conjuncts = Vec::new();
        if let Some(filter) = &quant.filter {
            split_and(filter, &mut conjuncts);
        }
        for c in conjuncts {
            if let Some(join) = self.join(c, inner) {
                plan.joins.push(join);
            } else if self.free(c).iter().all(|&s| s == inner) {
                plan.filters.push(c.clone());
            } else {
                plan.residual.push(c.clone());
            }
        }
        let body_free = quant
            .body
            .as_ref()
            .map(|b| self.free(b))
            .unwrap_or_default();
        plan.precompute = plan.residual.is_empty() && body_free.iter().all(|&s| s == inner);
        plan
    }

    /// A conjunct of a `where` that joins the quantifier's variable
    /// (`inner`) with the variables around it: `inner.x == outer` (either
    /// way round) or `outer in inner.x`.
    fn join(&self, conjunct: &Expr, inner: Slot) -> Option<Join> {
        let only_inner =
            |free: &BTreeSet<Slot>| !free.is_empty() && free.iter().all(|&s| s == inner);
        let ExprKind::Binary(op @ (BinOp::Eq | BinOp::In), a, b) = &conjunct.kind else {
            return None;
        };
        let (fa, fb) = (self.free(a), self.free(b));
        let join = |inner: &Expr, outer: &Expr, membership| Join {
            inner: inner.clone(),
            outer: outer.clone(),
            membership,
        };
        if only_inner(&fb) && !fa.contains(&inner) {
            return Some(join(b, a, *op == BinOp::In));
        }
        if *op == BinOp::Eq && only_inner(&fa) && !fb.contains(&inner) {
            return Some(join(a, b, false));
        }
        None
    }

    /// The plan of a quantifier over a list that depends on the case's
    /// block alone and has a join in its `where`; `None` for others, which
    /// are scanned.
    fn list_plan(&mut self, quant: &Quant, list: &Expr) -> Option<ListPlan> {
        let block = self.case_var?;
        let free = self.free(list);
        if free.len() != 1 || !free.contains(&block) {
            return None;
        }
        // `at match` points at the first text a `matches` matched, in the
        // order a scan tests the items: a lookup tests fewer, and in
        // another order.
        if quant.filter.iter().chain(&quant.body).any(calls_matches) {
            return None;
        }
        let mut conjuncts = Vec::new();
        split_and(quant.filter.as_ref()?, &mut conjuncts);
        let inner = quant.slot;
        let mut joins = Vec::new();
        let mut filters = Vec::new();
        for c in conjuncts.iter().copied() {
            if let Some(join) = self.join(c, inner) {
                joins.push(join);
            } else if self.free(c).iter().all(|&s| s == inner) {
                filters.push(c.clone());
            }
        }
        if joins.is_empty() {
            return None;
        }
        let order_free = matches!(
            quant.quantifier,
            Quantifier::Any | Quantifier::None | Quantifier::Count
        );
        // One on the item alone (`b.source != tax`) is a filter already.
        let apart = (conjuncts.iter())
            .filter(|c| order_free && !self.free(c).iter().all(|&s| s == inner))
            .find_map(|c| match &c.kind {
                ExprKind::Binary(BinOp::Ne, a, b) => {
                    let equality = Expr {
                        kind: ExprKind::Binary(BinOp::Eq, a.clone(), b.clone()),
                        span: c.span,
                    };
                    self.join(&equality, quant.slot)
                }
                _ => None,
            });
        let id = self.list_plans;
        self.list_plans += 1;
        Some(ListPlan {
            id,
            block,
            joins,
            filters,
            apart,
        })
    }

    /// The non-parameter slots an expression reads.
    pub fn free(&self, expr: &Expr) -> BTreeSet<Slot> {
        let mut out = BTreeSet::new();
        free_slots(expr, self.params, &mut out);
        out
    }
}

fn free_slots(expr: &Expr, params: usize, out: &mut BTreeSet<Slot>) {
    match &expr.kind {
        ExprKind::Var(slot) if *slot >= params => {
            out.insert(*slot);
        }
        ExprKind::List(items) | ExprKind::Call(_, items) => {
            items.iter().for_each(|e| free_slots(e, params, out))
        }
        ExprKind::Field(base, _, _) => free_slots(base, params, out),
        ExprKind::Not(e) | ExprKind::Neg(e) => free_slots(e, params, out),
        ExprKind::Binary(_, a, b) => {
            free_slots(a, params, out);
            free_slots(b, params, out);
        }
        ExprKind::Quant(q) => {
            if let Range::List(list) = &q.range {
                free_slots(list, params, out);
            }
            let mut inner = BTreeSet::new();
            if let Some(f) = &q.filter {
                free_slots(f, params, &mut inner);
            }
            if let Some(b) = &q.body {
                free_slots(b, params, &mut inner);
            }
            inner.remove(&q.slot);
            out.extend(inner);
        }
        _ => {}
    }
}

/// Whether `matches` is called anywhere in an expression.
pub(super) fn calls_matches(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Call(name, args) => {
            name.builtin == Some(Builtin::Matches) || args.iter().any(calls_matches)
        }
        ExprKind::List(items) => items.iter().any(calls_matches),
        ExprKind::Field(inner, _, _) | ExprKind::Not(inner) | ExprKind::Neg(inner) => {
            calls_matches(inner)
        }
        ExprKind::Binary(_, a, b) => calls_matches(a) || calls_matches(b),
        ExprKind::Quant(q) => {
            let list = match &q.range {
                Range::List(list) => Some(&**list),
                Range::Kind(..) => None,
            };
            list.into_iter()
                .chain(&q.filter)
                .chain(&q.body)
                .any(calls_matches)
        }
        _ => false,
    }
}

fn split_and<'e>(expr: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &expr.kind {
        ExprKind::Binary(BinOp::And, a, b) => {
            split_and(a, out);
            split_and(b, out);
        }
        _ => out.push(expr),
    }
}

/// `a.b.c` written with names only, as a dotted path.
fn category_path(base: &Expr, name: &str) -> Option<String> {
    fn walk(expr: &Expr, out: &mut Vec<String>) -> bool {
        match &expr.kind {
            ExprKind::Name(n) => {
                out.push(n.clone());
                true
            }
            ExprKind::Field(base, n, _) => {
                let ok = walk(base, out);
                out.push(n.text.clone());
                ok
            }
            _ => false,
        }
    }
    let mut parts = Vec::new();
    walk(base, &mut parts).then(|| {
        parts.push(name.to_string());
        parts.join(".")
    })
}
