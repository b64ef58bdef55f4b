//! The syntax tree of rule files: directives and expressions, with spans
//! into the rule file.

use crate::base::Span;
use crate::model::BlockKind;
use crate::syntax::{Date, Duration};

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    And,
    Or,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Under,
    Add,
    Sub,
    Mul,
    Div,
    Default,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::In => "in",
            BinOp::NotIn => "not in",
            BinOp::Under => "under",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Default => "??",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantifier {
    Any,
    All,
    None,
    Count,
    Sum,
    Max,
    Min,
    First,
}

impl Quantifier {
    pub fn from_name(name: &str) -> Option<Quantifier> {
        Some(match name {
            "any" => Quantifier::Any,
            "all" => Quantifier::All,
            "none" => Quantifier::None,
            "count" => Quantifier::Count,
            "sum" => Quantifier::Sum,
            "max" => Quantifier::Max,
            "min" => Quantifier::Min,
            "first" => Quantifier::First,
            _ => return None,
        })
    }
}

/// What a quantifier ranges over.
#[derive(Clone, Debug)]
pub enum Range {
    /// The items of a list value.
    List(Box<Expr>),
    /// Every block of a kind in the files checked together.
    Kind(BlockKind, Span),
}

/// A variable, `let` name or parameter, numbered when the rule is checked.
pub type Slot = usize;

#[derive(Clone, Debug)]
pub enum ExprKind {
    Bool(bool),
    Number(f64),
    Percent(f64),
    Duration(Duration),
    Date(Date),
    Text(String),
    /// An identifier as written; the checker decides what it is.
    Name(String),
    /// A name resolved to a variable, `let` or parameter.
    Var(Slot),
    /// An enum word (or `indefinite`).
    Word(String),
    /// A taxonomy category, like `user.biometric`.
    Category(String),
    /// `match`: the characters the first successful `matches` found.
    Match,
    List(Vec<Expr>),
    Field(Box<Expr>, FieldName, Span),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Call(FuncName, Vec<Expr>),
    Quant(Box<Quant>),
    /// A literal, word, category or list of them, evaluated once when the
    /// rule is built (see `eval::fold_constants`).
    Const(std::sync::Arc<crate::rules::eval::V<'static>>),
    /// A subexpression that several cases compute alike, with its id: its
    /// value is kept for the block being checked (see `share.rs`).
    Shared(u32, Box<Expr>),
}

/// An attribute name in a path, with its index in each block kind's schema
/// (`u8::MAX` where the kind has none), so evaluation does no name lookup.
#[derive(Clone, Debug)]
pub struct FieldName {
    pub text: String,
    pub index: [u8; 8],
    /// `name` and `policy` are read from the block, not its attributes.
    pub builtin: Option<BuiltinField>,
}

/// A function's name as written, with the built-in it names (`None` for
/// an unknown name, which the checker reports), so evaluation compares no
/// strings.
#[derive(Clone, Debug)]
pub struct FuncName {
    pub text: String,
    pub builtin: Option<Builtin>,
}

impl FuncName {
    pub fn new(text: String) -> FuncName {
        let builtin = Builtin::from_name(&text);
        FuncName { text, builtin }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Round,
    Present,
    Absent,
    /// `len` and `count`.
    Len,
    Sensitive,
    Personal,
    QuasiIdentifier,
    Matches,
}

impl Builtin {
    /// Every function of the rule language, by name, in the order
    /// "did you mean" considers them.
    pub const NAMES: &[(&str, Builtin)] = &[
        ("round", Builtin::Round),
        ("present", Builtin::Present),
        ("absent", Builtin::Absent),
        ("len", Builtin::Len),
        ("sensitive", Builtin::Sensitive),
        ("personal", Builtin::Personal),
        ("quasi_identifier", Builtin::QuasiIdentifier),
        ("matches", Builtin::Matches),
        ("count", Builtin::Len),
    ];

    pub fn from_name(name: &str) -> Option<Builtin> {
        Builtin::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, builtin)| builtin)
    }

    /// How many arguments it takes.
    pub fn arity(self) -> usize {
        match self {
            Builtin::Matches => 2,
            _ => 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinField {
    Name,
    Policy,
}

impl FieldName {
    pub fn new(text: String) -> FieldName {
        let mut index = [u8::MAX; 8];
        for kind in BlockKind::ALL {
            if let Some(i) = kind.schema().attr_index(&text) {
                index[kind as usize] = i as u8;
            }
        }
        let builtin = match text.as_str() {
            "name" => Some(BuiltinField::Name),
            "policy" => Some(BuiltinField::Policy),
            _ => None,
        };
        FieldName {
            text,
            index,
            builtin,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Quant {
    pub quantifier: Quantifier,
    pub var: String,
    pub var_span: Span,
    /// The variable's slot, set by the checker.
    pub slot: Slot,
    pub range: Range,
    pub filter: Option<Expr>,
    pub body: Option<Expr>,
    /// Set by the checker for aggregates over a block kind.
    pub plan: Option<crate::rules::plan::Plan>,
    /// Set by the checker for a quantifier over a list of the case's block
    /// with a join in its `where`.
    pub list_plan: Option<crate::rules::plan::ListPlan>,
}

/// A message template: text with `{expr}` holes.
#[derive(Clone, Debug)]
pub enum Piece {
    Text(String),
    Expr(Expr),
}

#[derive(Clone, Debug)]
pub struct Template {
    pub pieces: Vec<Piece>,
}

/// A string as written in a rule file, with its span.
#[derive(Clone, Debug)]
pub struct Str {
    pub value: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CaseAst {
    pub kind: BlockKind,
    pub var: String,
    pub span: Span,
    pub lets: Vec<(String, Span, Expr)>,
    pub when: Vec<Expr>,
    pub severities: Vec<(crate::base::Severity, Expr)>,
    pub at: Option<Expr>,
    pub labels: Vec<(Expr, Str)>,
    pub once: Option<Expr>,
    pub message: Option<(Template, Span)>,
}

#[derive(Clone, Debug)]
pub struct ParamAst {
    pub name: String,
    pub default: Expr,
    pub doc: Option<String>,
}

#[derive(Clone, Debug)]
pub struct BasisAst {
    pub source: String,
    pub quote: String,
    pub paraphrase: bool,
}

#[derive(Clone, Debug, Default)]
pub struct RuleAst {
    pub code: String,
    pub code_span: Span,
    pub name: String,
    pub name_span: Span,
    pub family: Option<(String, Span)>,
    pub severity: Option<(crate::base::Severity, Span)>,
    pub profiles: Vec<(String, crate::base::Severity, Span)>,
    pub params: Vec<ParamAst>,
    pub summary: Option<String>,
    pub explain: Option<String>,
    pub help: Option<String>,
    pub basis: Vec<BasisAst>,
    pub notes: Vec<String>,
    pub example: Option<Str>,
    pub cases: Vec<CaseAst>,
}

#[cfg(test)]
mod tests {
    use super::Builtin;

    /// `from_name` takes the first entry of a name: a name listed twice
    /// would hide the second.
    #[test]
    fn function_names_are_listed_once() {
        for (i, &(name, _)) in Builtin::NAMES.iter().enumerate() {
            assert!(
                Builtin::NAMES[..i].iter().all(|&(other, _)| other != name),
                "{name}"
            );
        }
        assert_eq!(Builtin::from_name("count"), Some(Builtin::Len));
        assert_eq!(Builtin::from_name("size"), None);
    }
}
