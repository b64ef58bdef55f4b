//! Evaluating rules over the model.
//!
//! Each case ranges over the blocks of its kind. Expressions evaluate to
//! [`V`]; aggregates over a block kind are grouped once per case by their join
//! keys (see `plan.rs`), so a check stays linear in the size of the files.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

/// A chunk of blocks of one kind, with the (rule, case) pairs for the kind.
/// A chunk of blocks of one kind, and the cases that range over that kind:
/// (rule, case, case number).
type Work<'m> = (&'m [BlockId], Arc<[(usize, usize, u32)]>);

use rustc_hash::FxHashMap;

use crate::base::{BlockAt, Diagnostic, FileId, Label, Message, Span};
use crate::model::{
    BlockId, BlockKind, CategoryId, CategorySet, Model, Taxonomy, TextId, Value, Word,
};
use crate::syntax::{Date, Duration};

use super::ast::*;
use super::patterns::{FAST_SCREEN_TEXTS, Patterns, Screened};
use super::plan::{Aggregates, Join, LIST_JOIN_MIN, ListPlan, Plan};
use super::{Case, CompiledAggregate, CompiledCase, Profile, Rule};

/// A runtime value.
#[derive(Debug)]
pub enum V<'a> {
    Absent,
    Bool(bool),
    Num(f64),
    Pct(f64),
    Dur(Duration),
    Indefinite,
    Date(Date),
    /// A text, with the literal it was read from (for match spans).
    Text(Cow<'a, str>, Option<TextSource>),
    Word(Word),
    /// A word the schema does not know (never equal to a model value).
    OtherWord(Arc<str>),
    Block(BlockId),
    Cat(CategoryId),
    List(Arc<[V<'a>]>),
}

/// Written out rather than derived, to be inlined always: the memo hands
/// out a clone at every read, and whether the derived one was inlined there
/// changed with unrelated edits elsewhere in the crate (stop 23: 13M more
/// instructions in a pass when it was not).
impl Clone for V<'_> {
    #[inline(always)]
    fn clone(&self) -> Self {
        match self {
            V::Absent => V::Absent,
            V::Bool(b) => V::Bool(*b),
            V::Num(n) => V::Num(*n),
            V::Pct(p) => V::Pct(*p),
            V::Dur(d) => V::Dur(*d),
            V::Indefinite => V::Indefinite,
            V::Date(d) => V::Date(*d),
            V::Text(text, source) => V::Text(text.clone(), *source),
            V::Word(w) => V::Word(*w),
            V::OtherWord(w) => V::OtherWord(w.clone()),
            V::Block(id) => V::Block(*id),
            V::Cat(c) => V::Cat(*c),
            V::List(items) => V::List(items.clone()),
        }
    }
}

impl<'a> V<'a> {
    pub(super) fn truthy(&self) -> bool {
        matches!(self, V::Bool(true))
    }

    fn number(&self) -> Option<f64> {
        match self {
            V::Num(n) | V::Pct(n) => Some(*n),
            _ => None,
        }
    }

    fn items(&self) -> &[V<'a>] {
        match self {
            V::List(items) => items,
            V::Absent => &[],
            other => std::slice::from_ref(other),
        }
    }

    pub(super) fn is_absent(&self) -> bool {
        matches!(self, V::Absent)
    }
}

/// Where a text value was read: the literal is looked up only for the
/// span of a match, and a value this small keeps every `V` small.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TextSource {
    file: FileId,
    text: TextId,
}

/// A hashable form of a value, for join keys and `once`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key<'a> {
    Absent,
    Bool(bool),
    Num(u64),
    Days(u64),
    Indefinite,
    Date(Date),
    /// Borrowed from the model where the value is: a lookup allocates nothing.
    Text(Cow<'a, str>),
    Word(Word),
    Block(BlockId),
    Cat(CategoryId),
    List(Vec<Key<'a>>),
}

fn key<'a>(v: &V<'a>) -> Key<'a> {
    match v {
        V::Absent => Key::Absent,
        V::Bool(b) => Key::Bool(*b),
        // `-0 == 0`: one key for both.
        V::Num(n) | V::Pct(n) => Key::Num(if *n == 0.0 { 0 } else { n.to_bits() }),
        V::Dur(d) => Key::Days(d.days().to_bits()),
        V::Indefinite => Key::Indefinite,
        V::Date(d) => Key::Date(*d),
        V::Text(t, _) => Key::Text(t.clone()),
        V::OtherWord(w) => Key::Text(Cow::Owned(w.to_string())),
        V::Word(w) => Key::Word(*w),
        V::Block(b) => Key::Block(*b),
        V::Cat(c) => Key::Cat(*c),
        V::List(items) => Key::List(items.iter().map(key).collect()),
    }
}

/// The key of a group: the join key itself when there is one (the common
/// case, looked up without allocating), else all of them as a list.
fn group_key(mut parts: Vec<Key<'_>>) -> Key<'_> {
    if parts.len() == 1 {
        parts.pop().expect("one part")
    } else {
        Key::List(parts)
    }
}

pub(super) fn equal(a: &V<'_>, b: &V<'_>) -> bool {
    match (a, b) {
        (V::Absent, _) | (_, V::Absent) => false,
        // The common cases, compared without building keys.
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Word(x), V::Word(y)) => x == y,
        (V::Block(x), V::Block(y)) => x == y,
        (V::Cat(x), V::Cat(y)) => x == y,
        (V::Date(x), V::Date(y)) => x == y,
        (V::Dur(x), V::Dur(y)) => x == y,
        (V::Indefinite, V::Indefinite) => true,
        (V::Num(x), V::Num(y)) | (V::Pct(x), V::Pct(y)) => x == y,
        (V::Text(x, _), V::Text(y, _)) => x == y,
        (V::List(x), V::List(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| equal(a, b))
        }
        _ => key(a) == key(b),
    }
}

/// `x + y`, `x - y`, `x * y`, `x / y`: absent unless both are numbers,
/// and for a division by zero.
pub(super) fn arith<'a>(op: BinOp, x: &V<'_>, y: &V<'_>) -> V<'a> {
    match (x.number(), y.number()) {
        (Some(p), Some(q)) => V::Num(match op {
            BinOp::Add => p + q,
            BinOp::Sub => p - q,
            BinOp::Mul => p * q,
            _ if q == 0.0 => return V::Absent,
            _ => p / q,
        }),
        _ => V::Absent,
    }
}

pub(super) fn order(a: &V<'_>, b: &V<'_>) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    match (a, b) {
        (V::Num(x), V::Num(y)) | (V::Pct(x), V::Pct(y)) => x.partial_cmp(y),
        (V::Dur(x), V::Dur(y)) => x.partial_cmp(y),
        (V::Indefinite, V::Indefinite) => Some(Equal),
        (V::Indefinite, V::Dur(_)) => Some(Greater),
        (V::Dur(_), V::Indefinite) => Some(Less),
        (V::Date(x), V::Date(y)) => Some(x.cmp(y)),
        (V::Block(x), V::Block(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

/// Evaluates one case of one rule. Cheap to make: everything it shares with
/// other threads is borrowed.
pub struct Engine<'e, 'a> {
    pub model: &'e Model<'a>,
    pub patterns: &'e Patterns,
    taxonomy: &'static Taxonomy,
    /// Blocks of each kind, computed once.
    by_kind: &'e [Vec<BlockId>],
    /// The policy block of each file.
    policies: &'e [Option<BlockId>],
    block_marks: &'e [u8],
    block_lineages: &'e [CategorySet],
    /// The rule's parameters occupy the first slots.
    params: usize,
    /// The case's aggregates over block kinds, in groups built together.
    aggregates: &'e Aggregates,
    /// The case's compiled parts: none when the rule is not built in or
    /// the run is interpreted ([`EvalOptions::interpreted`]).
    compiled: CompiledCase,
    /// The indexes of each group of `aggregates`, built once by whichever
    /// thread needs one first.
    indexes: &'e [OnceLock<Index<'a>>],
    /// Attribute values read while evaluating the current block, shared by
    /// all the cases that range over it.
    memo: &'e std::cell::RefCell<Memo<'a>>,
    /// The pattern lists each clause text of the current block may match,
    /// by the text's literal: every clause is matched against
    /// a dozen lists, by a dozen rules.
    screens: &'e std::cell::RefCell<FxHashMap<TextSource, Screened>>,
    /// The index of the pattern list the case last searched: a case names
    /// one list in practice, and finding it by name in the lists' table at
    /// each search was 7% of the clause searches' instructions.
    last_list: &'e std::cell::Cell<Option<usize>>,
}

/// Attribute values already read. The forty-odd cases on a grant read
/// the same few attributes (`g.datasets`, `g.access`, `g.exclusive`) again
/// and again: each is decoded once per block and then read from a slot.
#[derive(Default)]
struct Memo<'a> {
    /// The block whose attributes `current` holds.
    block: Option<BlockId>,
    /// By schema index.
    current: Vec<Option<V<'a>>>,
    /// List values of other blocks (a grant's datasets, say): converting a
    /// list allocates, and many cases follow the same references.
    others: FxHashMap<(BlockId, u8), V<'a>>,
    /// Values of shared subexpressions (`share.rs`) for this block, by id.
    shared: Vec<Option<V<'a>>>,
    /// The attributes of the policy block read last, by schema index. Every
    /// block reads its file's policy the same way (`g.policy.jurisdiction`:
    /// MON007 and MON008 three times per grant or dataset, once per index),
    /// and a run has few files; kept from block to block, as a policy's
    /// values do not depend on the block being evaluated.
    policy: Option<(BlockId, Vec<Option<V<'a>>>)>,
}

impl<'a> Memo<'a> {
    /// Forgets what was read: the next block is evaluated.
    fn start(&mut self, block: BlockId) {
        self.block = Some(block);
        self.current.iter_mut().for_each(|v| *v = None);
        self.others.clear();
        self.shared.iter_mut().for_each(|v| *v = None);
    }
}

/// The most list values of other blocks a memo keeps: an aggregate that
/// reads every grant's datasets would otherwise keep them all.
const MEMO_OTHERS: usize = 4096;

/// The groups of a group of aggregates (see [`Aggregates`]): they group the
/// blocks alike, so the keys are hashed and kept once for all of them.
pub struct Index<'a> {
    /// The number of each key.
    keys: FxHashMap<Key<'a>, u32>,
    /// By aggregate (its place in the group), then by key number.
    groups: Vec<Vec<Group<'a>>>,
}

enum Group<'a> {
    Members(Vec<BlockId>),
    /// The aggregate's value for the group, when it depends on nothing else
    /// (the members are then no longer needed).
    Value(V<'a>),
    /// That value while the index is built, and whether it is settled.
    Folding(Fold<'a>, bool),
}

/// The slots of one evaluation: parameters, the case variable, `let`s and
/// quantifier variables.
pub struct Env<'a, 'r> {
    slots: Vec<Option<V<'a>>>,
    /// `let` expressions by slot, evaluated on first use.
    lets: &'r [(Slot, Expr)],
    /// The span of the first successful `matches`.
    pub matched: Option<(FileId, Span)>,
    /// The groups of the case's joined list quantifiers, by plan id.
    lists: Vec<Option<ListIndex<'a>>>,
}

/// A list of a block grouped by a join (see [`ListPlan`]).
struct ListIndex<'a> {
    block: BlockId,
    items: V<'a>,
    groups: FxHashMap<Key<'a>, ListGroup<'a>>,
}

/// The items of one join key, by position in the list.
enum ListGroup<'a> {
    /// In list order.
    Ordered(Vec<u32>),
    /// Split by the value of the plan's `apart` side: under its key when
    /// keys tell its values apart exactly (a word, a text, a block…),
    /// under `None` otherwise (a number, a duration, a list, nothing),
    /// where `!=` is left to the `where` itself.
    Apart(Vec<(Option<Key<'a>>, Vec<u32>)>),
}

/// Whether two values of this kind are equal exactly when their keys are:
/// not numbers (`NaN` is not equal to itself), durations (compared by
/// length, not by their keys) or lists of them.
fn keyed_exactly(value: &V<'_>) -> bool {
    matches!(
        value,
        V::Text(..)
            | V::Word(_)
            | V::OtherWord(_)
            | V::Block(_)
            | V::Bool(_)
            | V::Date(_)
            | V::Cat(_)
            | V::Indefinite
    )
}

impl<'a> Env<'a, '_> {
    fn get(&self, slot: Slot) -> Option<&V<'a>> {
        self.slots.get(slot).and_then(Option::as_ref)
    }

    fn set(&mut self, slot: Slot, value: V<'a>) -> Option<V<'a>> {
        if self.slots.len() <= slot {
            self.slots.resize(slot + 1, None);
        }
        self.slots[slot].replace(value)
    }

    fn restore(&mut self, slot: Slot, previous: Option<V<'a>>) {
        self.slots[slot] = previous;
    }

    /// Ready for `case` on block `id`. Of the slots past the parameters,
    /// only the case variable and the `let`s evaluated for the previous
    /// block hold a value: a quantifier restores its variable when it is
    /// done.
    fn start(&mut self, case: &Case, id: BlockId) {
        for (slot, _) in &case.lets {
            self.slots[*slot] = None;
        }
        self.matched = None;
        // The variable holds the previous block of its kind: only its id is
        // written. A whole value built aside and copied in was read back
        // before its narrow writes landed (0.7% of a large check, stop 31).
        match &mut self.slots[case.var] {
            Some(V::Block(block)) => *block = id,
            slot => *slot = Some(V::Block(id)),
        }
    }

    /// A parameter's value (every parameter has one while a case runs).
    #[inline]
    pub(super) fn param(&self, slot: Slot) -> V<'a> {
        self.get(slot).cloned().unwrap_or(V::Absent)
    }
}

/// Blocks of each kind, indexed by `BlockKind as usize`.
pub fn blocks_by_kind(model: &Model<'_>) -> Vec<Vec<BlockId>> {
    let mut by_kind = vec![Vec::new(); BlockKind::ALL.len()];
    for (id, block) in model.iter() {
        by_kind[block.kind as usize].push(id);
    }
    by_kind
}

/// How profiles are chosen, and whether each case's time is measured.
#[derive(Clone, Copy, Debug, Default)]
pub struct EvalOptions {
    /// Overrides every policy's jurisdiction.
    pub profile: Option<Profile>,
    /// Measure the time each case takes (`datalint check --timings`): a
    /// clock read for every case on every block, so off by default.
    pub timings: bool,
    /// Evaluate every condition with the interpreter, not the compiled
    /// conditions of the built-in rules: the reference they are tested
    /// against.
    pub interpreted: bool,
}

/// What one rule cost in a run with [`EvalOptions::timings`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RuleTime {
    /// Its position in the rule set.
    pub rule: usize,
    /// The time its cases took, summed over the threads: conditions, the
    /// aggregate indexes they built, and the findings they recorded.
    pub spent: std::time::Duration,
    /// How many times one of its cases was tried on a block.
    pub checks: u64,
    /// The findings it made (before waivers and baselines).
    pub findings: u64,
}

/// What every rule of a run shares: blocks by kind and each file's profile.
pub struct Shared {
    pub by_kind: Vec<Vec<BlockId>>,
    /// The policy block of each file, by `FileId`.
    pub policies: Vec<Option<BlockId>>,
    /// Indexed by `FileId`.
    pub profiles: Vec<Profile>,
    /// The category marks of each block, by `BlockId`.
    pub block_marks: Vec<u8>,
    /// The categories of each block and those above them, by `BlockId`.
    pub block_lineages: Vec<CategorySet>,
    /// [`EvalOptions::timings`].
    pub timings: bool,
    /// [`EvalOptions::interpreted`].
    pub interpreted: bool,
}

impl Shared {
    pub fn new(model: &Model<'_>, options: EvalOptions) -> Shared {
        // The model is read once here, for the blocks of each kind; what
        // else is needed comes from the datasets and policies alone.
        let by_kind = blocks_by_kind(model);
        let mut profiles = vec![options.profile.unwrap_or(Profile::Intl); model.file_slots()];
        if options.profile.is_none() {
            for &policy in &model.policies {
                let block = model.block(policy);
                let jurisdiction = match model.get(block, "jurisdiction") {
                    Some(Value::Text(t)) => Some(model.text(block, t).value().into_owned()),
                    _ => None,
                };
                profiles[block.file.0 as usize] = Profile::of_jurisdiction(jurisdiction.as_deref());
            }
        }
        let mut policies = vec![None; profiles.len()];
        for &policy in &model.policies {
            policies[model.block(policy).file.0 as usize] = Some(policy);
        }
        let (block_marks, block_lineages) = block_categories(model, &by_kind);
        Shared {
            by_kind,
            policies,
            profiles,
            block_marks,
            block_lineages,
            timings: options.timings,
            interpreted: options.interpreted,
        }
    }
}

pub(super) const SENSITIVE: u8 = 1;
pub(super) const PERSONAL: u8 = 2;
pub(super) const QUASI_IDENTIFIER: u8 = 4;

fn category_marks(taxonomy: &Taxonomy, id: CategoryId) -> u8 {
    let category = taxonomy.category(id);
    let mut marks = 0;
    if category.sensitive {
        marks |= SENSITIVE;
    }
    if category.personal() {
        marks |= PERSONAL;
    }
    if category.quasi_identifier {
        marks |= QUASI_IDENTIFIER;
    }
    marks
}

/// The marks and the lineage of each block's categories, by `BlockId`:
/// `personal(g.datasets)` and `d.categories under …` are asked of the same
/// datasets by many rules and grants.
fn block_categories(model: &Model<'_>, by_kind: &[Vec<BlockId>]) -> (Vec<u8>, Vec<CategorySet>) {
    let taxonomy = Taxonomy::builtin();
    let mut marks = vec![0; model.len()];
    let mut block_lineages = vec![0; model.len()];
    let with_categories = BlockKind::ALL
        .iter()
        .filter_map(|&kind| Some((categories_index(kind)?, &by_kind[kind as usize])));
    for (index, blocks) in with_categories {
        for &id in blocks {
            let block = model.block(id);
            if let Some(Value::List(list)) = model.value_at(block, index) {
                for value in model.item_values(block, list) {
                    if let Value::Category(c) = value {
                        marks[id.0 as usize] |= category_marks(taxonomy, c);
                        block_lineages[id.0 as usize] |= taxonomy.lineage(c);
                    }
                }
            }
        }
    }
    (marks, block_lineages)
}

/// Blocks evaluated together by one task: enough to amortize the task,
/// few enough to spread over threads.
const CHUNK: usize = 256;

/// Where `categories` stands in a block kind's schema (datasets only, in v1).
fn categories_index(kind: BlockKind) -> Option<u8> {
    static INDEX: OnceLock<[Option<u8>; 8]> = OnceLock::new();
    INDEX.get_or_init(|| {
        BlockKind::ALL.map(|k| k.schema().attr_index("categories").map(|i| i as u8))
    })[kind as usize]
}

/// The value of a literal expression (a parameter's default, a word), or
/// `None` for a word the schema does not know and for anything else.
pub(crate) fn literal(expr: &Expr) -> Option<V<'static>> {
    Some(match &expr.kind {
        ExprKind::Bool(b) => V::Bool(*b),
        ExprKind::Number(n) => V::Num(*n),
        ExprKind::Percent(p) => V::Pct(*p),
        ExprKind::Duration(d) => V::Dur(*d),
        ExprKind::Date(d) => V::Date(*d),
        ExprKind::Text(t) => V::Text(Cow::Owned(t.clone()), None),
        ExprKind::Name(w) | ExprKind::Word(w) if w == "indefinite" => V::Indefinite,
        ExprKind::Name(w) | ExprKind::Word(w) => Word::new(w).map(V::Word)?,
        _ => return None,
    })
}

/// Replaces literals, words, categories and lists of them with their
/// values, once, when a rule is built: evaluated per block, `[raw, api]` or
/// `[user.name, user.contact]` would look each word up and allocate the list
/// every time.
pub(crate) fn fold_constants(expr: &mut Expr) {
    match &mut expr.kind {
        ExprKind::Call(name, args) => {
            // `matches(text, LIST)` names its pattern list with a word.
            let folded = if name.builtin == Some(Builtin::Matches) {
                1
            } else {
                args.len()
            };
            args.iter_mut().take(folded).for_each(fold_constants);
        }
        ExprKind::List(items) => items.iter_mut().for_each(fold_constants),
        ExprKind::Field(inner, _, _) | ExprKind::Not(inner) | ExprKind::Neg(inner) => {
            fold_constants(inner)
        }
        ExprKind::Binary(_, a, b) => {
            fold_constants(a);
            fold_constants(b);
        }
        ExprKind::Quant(quant) => {
            if let Range::List(list) = &mut quant.range {
                fold_constants(list);
            }
            quant.filter.iter_mut().for_each(fold_constants);
            quant.body.iter_mut().for_each(fold_constants);
            if let Some(plan) = &mut quant.list_plan {
                for join in plan.joins.iter_mut().chain(&mut plan.apart) {
                    fold_constants(&mut join.inner);
                    fold_constants(&mut join.outer);
                }
                plan.filters.iter_mut().for_each(fold_constants);
            }
            if let Some(plan) = &mut quant.plan {
                for join in &mut plan.joins {
                    fold_constants(&mut join.inner);
                    fold_constants(&mut join.outer);
                }
                plan.filters.iter_mut().for_each(fold_constants);
                plan.residual.iter_mut().for_each(fold_constants);
            }
        }
        _ => {}
    }
    let value = match &expr.kind {
        ExprKind::List(items) => {
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                match &item.kind {
                    ExprKind::Const(value) => values.push(V::clone(value)),
                    _ => return,
                }
            }
            V::List(values.into())
        }
        _ => match leaf_value(expr) {
            Some(value) => value,
            None => return,
        },
    };
    expr.kind = ExprKind::Const(Arc::new(value));
}

/// The value of a literal, word or category, `None` for other expressions.
fn leaf_value(expr: &Expr) -> Option<V<'static>> {
    Some(match &expr.kind {
        ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::Percent(_)
        | ExprKind::Duration(_)
        | ExprKind::Date(_)
        | ExprKind::Text(_) => literal(expr).unwrap_or(V::Absent),
        ExprKind::Word(w) => literal(expr).unwrap_or_else(|| V::OtherWord(Arc::from(w.as_str()))),
        ExprKind::Category(path) => Taxonomy::builtin().get(path).map_or(V::Absent, V::Cat),
        _ => return None,
    })
}

/// A finding as the engine keeps it until the model is gone: 24 bytes, its
/// message values, labels and block in its chunk. What it shares with its
/// rule (code, basis, help, the message's fixed text, the labels' text) is
/// read from the rule when it becomes a [`Diagnostic`]
/// ([`Findings::into_diagnostics`]): a finding held whole costs about three
/// times as much, and a run can hold a million.
#[derive(Clone, Copy)]
struct Compact {
    /// In its block's file, unless the chunk's `elsewhere` says otherwise.
    span: Span,
    /// Its (rule, case) in [`Findings::cases`].
    case: u32,
    severity: crate::base::Severity,
    /// Cleared when an earlier finding has the same `once` key.
    kept: bool,
    /// Its message is in `values` whole, not as values: one of them held
    /// the values' separator.
    whole: bool,
    /// Index of its block in the chunk's `blocks`.
    block: u32,
    /// Where its message values start in the chunk's `values`; they run to
    /// the next finding's.
    values: u32,
}

/// A secondary label of a chunk's finding: the finding's position in the
/// chunk, where, and which of its case's labels. Kept apart from the
/// findings because most have none.
type CompactLabel = (u32, FileId, Span, u16);

/// The findings of one chunk of blocks, in block order.
#[derive(Default)]
struct Chunk<'a> {
    findings: Vec<Compact>,
    /// The blocks that have findings.
    blocks: Vec<BlockAt>,
    /// The findings (by position) whose location is not in their block's
    /// file, and its file.
    elsewhere: Vec<(u32, FileId)>,
    /// The message values of every finding, one after the other, as
    /// [`Message::append_values`] writes them.
    values: String,
    /// A finding's values rendered apart, for a message kept whole (one
    /// of its values holds the separator).
    scratch: (String, Vec<u32>),
    /// Where a finding's `at` or one of its labels points, before it is
    /// recorded.
    places: Vec<(FileId, Span)>,
    /// Secondary labels, in the order of their findings.
    labels: Vec<CompactLabel>,
    /// The `once` key of the findings that have one: (position in
    /// `findings`, rule, case, key). Most have none, so the keys are kept
    /// aside rather than beside every finding.
    once: Vec<(usize, usize, usize, Key<'a>)>,
    /// With [`EvalOptions::timings`]: (case number, time, checks) of each
    /// case of the chunk's kind.
    times: Vec<(u32, std::time::Duration, u64)>,
}

impl Chunk<'_> {
    /// Gives back the room its vectors grew into and will not use: all the
    /// chunks are held together until the model is dropped.
    fn shrink_to_fit(&mut self) {
        self.findings.shrink_to_fit();
        self.blocks.shrink_to_fit();
        self.elsewhere.shrink_to_fit();
        self.values.shrink_to_fit();
        self.labels.shrink_to_fit();
        self.scratch = Default::default();
        self.places = Vec::new();
    }

    /// The memory it holds.
    fn bytes(&self) -> usize {
        self.findings.capacity() * size_of::<Compact>()
            + self.blocks.capacity() * size_of::<BlockAt>()
            + self.elsewhere.capacity() * size_of::<(u32, FileId)>()
            + self.values.capacity()
            + self.labels.capacity() * size_of::<CompactLabel>()
    }
}

/// Every finding of a run, compact. They borrow the source text, not the
/// model: the model can be dropped before they become diagnostics.
pub struct Findings<'a> {
    chunks: Vec<Chunk<'a>>,
    /// Every (rule, case) pair, numbered for [`Compact::case`].
    cases: Vec<(usize, usize)>,
}

impl Findings<'_> {
    /// What each of the `rules` cost, in rule order: the time is zero unless
    /// the run measured it ([`EvalOptions::timings`]).
    pub fn rule_times(&self, rules: &[Rule]) -> Vec<RuleTime> {
        let mut times: Vec<RuleTime> = (0..rules.len())
            .map(|rule| RuleTime {
                rule,
                ..RuleTime::default()
            })
            .collect();
        for chunk in &self.chunks {
            for &(number, spent, checks) in &chunk.times {
                let time = &mut times[self.cases[number as usize].0];
                time.spent += spent;
                time.checks += checks;
            }
            for found in chunk.findings.iter().filter(|f| f.kept) {
                times[self.cases[found.case as usize].0].findings += 1;
            }
        }
        times
    }

    /// The findings as diagnostics, in the order found. Each chunk is freed
    /// as soon as its findings are made whole.
    pub fn into_diagnostics(self, rules: &[Rule]) -> Vec<Box<Diagnostic>> {
        let total = self
            .chunks
            .iter()
            .map(|c| c.findings.iter().filter(|f| f.kept).count())
            .sum();
        let mut diagnostics = Vec::with_capacity(total);
        // The chunks freed so far go back to the system as they add up:
        // left to the allocator, they stayed resident beside the new
        // diagnostics (measured: 362 against 320 MB at the peak on 100 MiB).
        let mut freed = 0;
        for chunk in self.chunks {
            if crate::base::memory::release_freed(freed) {
                freed = 0;
            }
            freed += chunk.bytes();
            let mut labels: &[CompactLabel] = &chunk.labels;
            let mut elsewhere = chunk.elsewhere.iter().peekable();
            for (i, found) in chunk.findings.iter().enumerate() {
                let at = i as u32;
                // A slice rather than a filtered iterator: the labels are then
                // collected into exactly the room they need.
                let own = labels.iter().take_while(|l| l.0 == at).count();
                let (found_labels, rest) = labels.split_at(own);
                labels = rest;
                let moved = elsewhere.next_if(|e| e.0 == at).map(|e| e.1);
                if !found.kept {
                    continue;
                }
                let (rule, case) = self.cases[found.case as usize];
                let rule = &rules[rule];
                let case = &rule.cases[case];
                let next = chunk.findings.get(i + 1);
                let values_end = next.map_or(chunk.values.len(), |next| next.values as usize);
                let values = &chunk.values[found.values as usize..values_end];
                let message = if found.whole {
                    Message::from(values.to_string())
                } else {
                    Message::joined(case.message.fixed, values)
                };
                let labels = found_labels
                    .iter()
                    .map(|&(_, file, span, label)| Label {
                        file,
                        span,
                        message: case.labels[label as usize].1.clone(),
                    })
                    .collect();
                let block = chunk.blocks[found.block as usize];
                let file = moved.unwrap_or(block.file);
                diagnostics.push(Box::new(Diagnostic::finding(
                    rule.shared,
                    found.severity,
                    message,
                    (file, found.span),
                    block,
                    labels,
                )));
            }
        }
        diagnostics
    }
}

/// Runs every rule over the model.
///
/// Evaluation is block-major: each block is read once for all the cases that
/// range over its kind while it is in cache, rather than once per rule.
/// Chunks of blocks run in parallel; the findings come back in block order
/// whatever the thread count, so `once` keeps the first in file order.
pub fn run_all<'a>(
    rules: &[Rule],
    model: &Model<'a>,
    patterns: &Patterns,
    shared: &Shared,
) -> Findings<'a> {
    use rayon::prelude::*;
    let params: Vec<Vec<V<'_>>> = rules
        .iter()
        .map(|rule| {
            rule.param_values
                .iter()
                .map(|e| literal(e).unwrap_or(V::Absent))
                .collect()
        })
        .collect();
    let indexes: Vec<Vec<Vec<OnceLock<Index<'_>>>>> = rules
        .iter()
        .map(|rule| {
            rule.cases
                .iter()
                .map(|case| {
                    (case.aggregates.groups.iter())
                        .map(|_| OnceLock::new())
                        .collect()
                })
                .collect()
        })
        .collect();
    let numbered: Vec<(usize, usize)> = rules
        .iter()
        .enumerate()
        .flat_map(|(r, rule)| (0..rule.cases.len()).map(move |c| (r, c)))
        .collect();
    let case_number = |r: usize, c: usize| numbered.partition_point(|&rc| rc < (r, c)) as u32;
    let mut work: Vec<Work<'_>> = Vec::new();
    for kind in BlockKind::ALL {
        let cases: Vec<(usize, usize, u32)> = rules
            .iter()
            .enumerate()
            .flat_map(|(r, rule)| {
                rule.cases
                    .iter()
                    .enumerate()
                    .filter(move |(_, case)| case.kind == kind)
                    .map(move |(c, _)| (r, c, case_number(r, c)))
            })
            .collect();
        if cases.is_empty() {
            continue;
        }
        let cases: Arc<[(usize, usize, u32)]> = cases.into();
        for chunk in shared.by_kind[kind as usize].chunks(CHUNK) {
            work.push((chunk, cases.clone()));
        }
    }
    // Clause texts are what the rules screen, each once.
    if shared.by_kind[BlockKind::Clause as usize].len() >= FAST_SCREEN_TEXTS {
        patterns.prepare_fast_screen();
    }
    let mut chunks: Vec<Chunk<'a>> = work
        .par_iter()
        // The message values are written into a buffer each thread keeps
        // from chunk to chunk, then copied once into a string of their size:
        // grown from empty in every chunk, the copies of growing cost more.
        .map_init(String::new, |values, (chunk, cases)| {
            let mut out = Chunk {
                values: std::mem::take(values),
                ..Chunk::default()
            };
            let mut envs: Vec<Env<'_, '_>> = cases
                .iter()
                .map(|&(r, c, _)| {
                    let case = &rules[r].cases[c];
                    let mut slots = vec![None; case.slots];
                    for (slot, value) in params[r].iter().enumerate() {
                        slots[slot] = Some(value.clone());
                    }
                    Env {
                        slots,
                        lets: &case.lets,
                        matched: None,
                        lists: Vec::new(),
                    }
                })
                .collect();
            let memo = std::cell::RefCell::new(Memo::default());
            let screens = std::cell::RefCell::new(FxHashMap::default());
            let last_lists: Vec<std::cell::Cell<Option<usize>>> =
                cases.iter().map(|_| std::cell::Cell::new(None)).collect();
            // One engine per case for the whole chunk: nothing in it
            // changes from block to block.
            let engines: Vec<Engine<'_, 'a>> = cases
                .iter()
                .zip(&last_lists)
                .map(|(&(r, c, _), last_list)| Engine {
                    model,
                    patterns,
                    taxonomy: Taxonomy::builtin(),
                    by_kind: &shared.by_kind,
                    policies: &shared.policies,
                    block_marks: &shared.block_marks,
                    block_lineages: &shared.block_lineages,
                    params: params[r].len(),
                    aggregates: &rules[r].cases[c].aggregates,
                    compiled: if shared.interpreted {
                        CompiledCase::default()
                    } else {
                        rules[r].cases[c].compiled
                    },
                    indexes: &indexes[r][c],
                    memo: &memo,
                    screens: &screens,
                    last_list,
                })
                .collect();
            // The `once` keys this chunk has reported, one set per case: a
            // key is looked up without being cloned.
            let mut reported: Vec<rustc_hash::FxHashSet<Key<'_>>> =
                cases.iter().map(|_| Default::default()).collect();
            if shared.timings {
                let checks = chunk.len() as u64;
                out.times = (cases.iter())
                    .map(|&(_, _, number)| (number, std::time::Duration::ZERO, checks))
                    .collect();
            }
            for (at, &id) in chunk.iter().enumerate() {
                // The blocks of a kind lie apart in the model: ask for the
                // next ones' records, attributes and names (which findings'
                // messages quote) while this one is checked.
                if let Some(&next) = chunk.get(at + 2) {
                    model.prefetch_record(next);
                }
                if let Some(&next) = chunk.get(at + 1) {
                    model.prefetch_attributes(next);
                    model.prefetch_name(next);
                }
                // Recorded once for all the findings on this block.
                let mut block_slot = None;
                memo.borrow_mut().start(id);
                screens.borrow_mut().clear();
                // One clock read per check: each check ends where the next
                // one starts.
                let mut started = shared.timings.then(std::time::Instant::now);
                for (at, ((env, engine), &(r, c, number))) in
                    envs.iter_mut().zip(&engines).zip(cases.iter()).enumerate()
                {
                    'check: {
                        let rule = &rules[r];
                        let case = &rule.cases[c];
                        let compiled = engine.compiled;
                        let mut once = None;
                        if let Some(conditions) = compiled.when
                            && !compiled.interprets
                            && case.once.is_none()
                        {
                            // Compiled whole, the conditions read no slot but
                            // the parameters': the slots are set for a
                            // finding only.
                            if !conditions(engine, env, case, id) {
                                break 'check;
                            }
                            env.start(case, id);
                        } else {
                            env.start(case, id);
                            debug_assert!(
                                (env.slots.iter().enumerate().skip(engine.params))
                                    .all(|(slot, value)| value.is_none() || slot == case.var),
                                "a slot past the parameters kept its value"
                            );
                            let once_key = |env: &mut Env<'a, '_>| {
                                case.once.as_ref().map(|e| {
                                    key(&match compiled.once {
                                        Some(once) => once(engine, env, case, id),
                                        None => engine.eval(e, env),
                                    })
                                })
                            };
                            // A `once` key already reported in this chunk
                            // cannot win: the earlier block does. Skip its
                            // conditions. Until one is reported, the key is
                            // made only for a block whose conditions hold.
                            if case.once_first || !reported[at].is_empty() {
                                once = once_key(env);
                                if let Some(k) = &once
                                    && reported[at].contains(k)
                                {
                                    break 'check;
                                }
                            }
                            let holds = match compiled.when {
                                Some(conditions) => conditions(engine, env, case, id),
                                None => {
                                    case.when.iter().all(|cond| engine.eval(cond, env).truthy())
                                }
                            };
                            if !holds {
                                break 'check;
                            }
                            if once.is_none() {
                                once = once_key(env);
                            }
                        }
                        if let Some(k) = once {
                            reported[at].insert(k.clone());
                            out.once.push((out.findings.len(), r, c, k));
                        }
                        let block = *block_slot.get_or_insert_with(|| {
                            out.blocks.push(model.block_at(model.block(id)));
                            (out.blocks.len() - 1) as u32
                        });
                        engine.finding(rule, (number, case), id, block, env, shared, &mut out);
                    }
                    if let Some(start) = &mut started {
                        let now = std::time::Instant::now();
                        out.times[at].1 += now - *start;
                        *start = now;
                    }
                }
            }
            let exact = String::from(out.values.as_str());
            *values = std::mem::replace(&mut out.values, exact);
            values.clear();
            out.shrink_to_fit();
            out
        })
        .collect();
    // A `once` key reported by an earlier chunk wins over a later one's.
    let mut seen: rustc_hash::FxHashSet<(usize, usize, Key<'_>)> = Default::default();
    for chunk in &mut chunks {
        for (at, rule, case, key) in std::mem::take(&mut chunk.once) {
            chunk.findings[at].kept = seen.insert((rule, case, key));
        }
    }
    Findings {
        chunks,
        cases: numbered,
    }
}

/// The reads that the compiled conditions of the built-in rules
/// (`generated.rs`, written by `compile.rs`) are made of. Each gives what
/// [`Engine::eval`] gives for the same expression; a block that is absent
/// (`None`) reads as absent.
impl<'e, 'a> Engine<'e, 'a> {
    /// `b.attr`, as [`Engine::attribute`] reads it but without the memo:
    /// only scalars are read this way, and a scalar is decoded faster than
    /// it is looked up.
    #[inline]
    pub(super) fn read(&self, b: Option<BlockId>, index: &[u8; 8]) -> V<'a> {
        let Some(id) = b else { return V::Absent };
        let block = self.model.block(id);
        match self.model.value_at(block, index[block.kind as usize]) {
            Some(stored) => self.value(block, stored),
            None => V::Absent,
        }
    }

    /// Whether `b.attr` equals one of `constants` (`None` when it is
    /// absent), compared where the model stores it, as
    /// [`Engine::stored_equal`] does: a word or a boolean without making
    /// its value.
    #[inline]
    pub(super) fn stored_in(
        &self,
        b: Option<BlockId>,
        index: &[u8; 8],
        constants: &[V<'a>],
    ) -> Option<bool> {
        let block = self.model.block(b?);
        let stored = self.model.value_at(block, index[block.kind as usize])?;
        Some(match stored {
            Value::Word(word) => constants
                .iter()
                .any(|c| matches!(c, V::Word(w) if *w == word)),
            Value::Bool(value) => constants
                .iter()
                .any(|c| matches!(c, V::Bool(v) if *v == value)),
            other => {
                let value = self.value(block, other);
                constants.iter().any(|c| equal(&value, c))
            }
        })
    }

    /// `b.attr` through the memo, as the interpreter reads it: for a text,
    /// which a dozen clause cases read and which is slower to decode than
    /// to look up.
    #[inline]
    pub(super) fn read_remembered(&self, b: Option<BlockId>, index: &[u8; 8]) -> V<'a> {
        let Some(id) = b else { return V::Absent };
        self.stored_attribute(id, index[self.model.block(id).kind as usize])
    }

    /// Whether `b.attr` is given: `present(b.attr)`.
    #[inline]
    pub(super) fn has(&self, b: Option<BlockId>, index: &[u8; 8]) -> bool {
        b.is_some_and(|id| {
            let block = self.model.block(id);
            self.model
                .value_at(block, index[block.kind as usize])
                .is_some()
        })
    }

    /// The block a reference attribute names.
    #[inline]
    pub(super) fn read_ref(&self, b: Option<BlockId>, index: &[u8; 8]) -> Option<BlockId> {
        let block = self.model.block(b?);
        match self.model.value_at(block, index[block.kind as usize]) {
            Some(Value::Ref(target)) => Some(target),
            _ => None,
        }
    }

    /// `b.policy`: the policy of the block's file.
    #[inline]
    pub(super) fn policy(&self, b: Option<BlockId>) -> Option<BlockId> {
        self.policies[self.model.block(b?).file.0 as usize]
    }

    /// The stored items of a list attribute, in order (none when absent).
    #[inline]
    fn stored_items(
        &self,
        b: Option<BlockId>,
        index: &[u8; 8],
    ) -> impl Iterator<Item = (Value, &'e crate::model::Block<'a>)> + use<'e, 'a> {
        let model: &'e Model<'a> = self.model;
        let list = b.and_then(|id| {
            let block = model.block(id);
            match model.value_at(block, index[block.kind as usize]) {
                Some(Value::List(list)) => Some((block, list)),
                _ => None,
            }
        });
        list.into_iter().flat_map(move |(block, list)| {
            (model.item_values(block, list)).map(move |value| (value, block))
        })
    }

    /// The blocks a list of references names, in order: the items of
    /// `b.datasets` as a quantifier binds them.
    #[inline]
    pub(super) fn refs(
        &self,
        b: Option<BlockId>,
        index: &[u8; 8],
    ) -> impl Iterator<Item = BlockId> + use<'e, 'a> {
        self.stored_items(b, index)
            .filter_map(|(value, _)| match value {
                Value::Ref(id) => Some(id),
                _ => None,
            })
    }

    /// The keys of the items of list attribute `b.attr`, appended to
    /// `keys`: the inner side of a membership join (`d in h.datasets`), as
    /// [`Engine::inner_keys`] makes them from the list's value.
    pub(super) fn item_keys(&self, b: Option<BlockId>, index: &[u8; 8], keys: &mut Vec<Key<'a>>) {
        keys.extend(
            self.stored_items(b, index)
                .map(|(value, block)| match value {
                    Value::Ref(id) => Key::Block(id),
                    other => key(&self.value(block, other)),
                }),
        );
    }

    /// The keys of attribute `attr` of the blocks that list attribute
    /// `b.list` names (`src in h.datasets.source`), appended to `keys`, as
    /// a field read through a list gives them: a list value's items one by
    /// one, nothing for an absent value or an item that is not a block.
    pub(super) fn field_keys(
        &self,
        b: Option<BlockId>,
        list: &[u8; 8],
        attr: &[u8; 8],
        keys: &mut Vec<Key<'a>>,
    ) {
        for (value, _) in self.stored_items(b, list) {
            let Value::Ref(id) = value else { continue };
            let index = attr[self.model.block(id).kind as usize];
            match self.stored_attribute(id, index) {
                V::List(items) => keys.extend(items.iter().map(key)),
                V::Absent => {}
                value => keys.push(key(&value)),
            }
        }
    }

    /// The values of a list attribute of scalars, in order, as a
    /// quantifier binds them.
    #[inline]
    pub(super) fn items<'s>(
        &'s self,
        b: Option<BlockId>,
        index: &[u8; 8],
    ) -> impl Iterator<Item = V<'a>> + use<'s, 'e, 'a> {
        self.stored_items(b, index)
            .map(move |(value, block)| self.value(block, value))
    }

    /// `b.name`.
    #[inline]
    pub(super) fn name_of(&self, b: Option<BlockId>) -> V<'a> {
        let Some(id) = b else { return V::Absent };
        (self.model.block(id).name).map_or(V::Absent, |n| V::Text(Cow::Borrowed(n), None))
    }

    /// `len(b.attr)` and `len(b.attr ?? [])` for a list attribute.
    #[inline]
    pub(super) fn list_len(&self, b: Option<BlockId>, index: &[u8; 8]) -> usize {
        self.stored_items(b, index).count()
    }

    /// `x in b.attr` for a list attribute of scalars: whether an item
    /// equals `x`.
    #[inline]
    pub(super) fn list_contains(&self, b: Option<BlockId>, index: &[u8; 8], x: &V<'a>) -> bool {
        !x.is_absent()
            && self
                .stored_items(b, index)
                .any(|(value, block)| equal(x, &self.value(block, value)))
    }

    /// Where `b.attr` is written, or `b.name` when `name` (the block's
    /// header when it has no such attribute), appended to `out`: what an
    /// `at` or `label` on that attribute points at.
    #[inline]
    pub(super) fn place_of(
        &self,
        b: Option<BlockId>,
        index: &[u8; 8],
        name: bool,
        out: &mut Vec<(FileId, Span)>,
    ) {
        let Some(id) = b else { return };
        let block = self.model.block(id);
        let span = if name {
            self.model.name_span(block)
        } else {
            (self.model)
                .attr_at(block, index[block.kind as usize])
                .map(|a| a.span)
        };
        out.push((block.file, span.unwrap_or(block.header())));
    }

    /// A block's header, appended to `out`: where an `at` or `label` on a
    /// block points.
    #[inline]
    pub(super) fn header_of(&self, b: Option<BlockId>, out: &mut Vec<(FileId, Span)>) {
        if let Some(id) = b {
            let block = self.model.block(id);
            out.push((block.file, block.header()));
        }
    }

    /// An aggregate over a block kind, by its plan's id in the case, with
    /// the values of the outer sides of its joins, in order: how compiled
    /// code hands one to the engine, which keeps its index. The values make
    /// the key of the group as [`Engine::outer_key`] does.
    pub(super) fn aggregate_keyed(
        &self,
        id: usize,
        outer: &[V<'a>],
        env: &mut Env<'a, '_>,
    ) -> V<'a> {
        let (group, member) = self.aggregates.of_plan[id];
        let quant = &self.aggregates.groups[group as usize][member as usize];
        let (Range::Kind(kind, _), Some(plan)) = (&quant.range, &quant.plan) else {
            return V::Absent;
        };
        let (index, member) = self.index(*kind, plan, env);
        let wanted = if outer.iter().any(V::is_absent) {
            None
        } else if let [one] = outer {
            Some(key(one))
        } else {
            Some(Key::List(outer.iter().map(key).collect()))
        };
        self.aggregate_group(quant, plan, (index, member), wanted, env)
    }

    /// What of the case's aggregate `plan` is compiled.
    fn compiled_aggregate(&self, plan: usize) -> CompiledAggregate {
        self.compiled
            .aggregates
            .get(plan)
            .copied()
            .unwrap_or_default()
    }

    /// The category marks of a dataset ([`SENSITIVE`], …).
    #[inline]
    pub(super) fn marks_of(&self, b: Option<BlockId>) -> u8 {
        b.map_or(0, |id| self.block_marks[id.0 as usize])
    }

    /// The lineage of a dataset's categories.
    #[inline]
    pub(super) fn lineage_of(&self, b: Option<BlockId>) -> CategorySet {
        b.map_or(0, |id| self.block_lineages[id.0 as usize])
    }
}

impl<'e, 'a> Engine<'e, 'a> {
    /// Records a finding of `case` on block `id` in `out`.
    #[expect(
        clippy::too_many_arguments,
        reason = "the engine's loop state, passed once"
    )]
    fn finding(
        &self,
        rule: &Rule,
        (number, case): (u32, &Case),
        id: BlockId,
        block_slot: u32,
        env: &mut Env<'a, '_>,
        shared: &Shared,
        out: &mut Chunk<'a>,
    ) {
        let block = self.model.block(id);
        let profile = shared.profiles[block.file.0 as usize];
        let mut severity = rule.profile_severity(profile);
        for (i, (level, cond)) in case.severities.iter().enumerate() {
            let holds = match self.compiled.severities {
                Some(severities) => severities(self, env, case, id, i),
                None => self.eval(cond, env).truthy(),
            };
            if holds {
                severity = *level;
                break;
            }
        }
        let values = out.values.len() as u32;
        let holes = &case.message.values;
        let whole = !Message::append_values(&mut out.values, holes.len(), |i, written| {
            let value = self.hole(case, id, i, env);
            self.display(&value, written);
        });
        if whole {
            // A value holds the separator (rare): rendered again, apart,
            // and the message kept whole.
            let (rendered, ends) = &mut out.scratch;
            rendered.clear();
            ends.clear();
            for i in 0..holes.len() {
                let value = self.hole(case, id, i, env);
                self.display(&value, rendered);
                ends.push(rendered.len() as u32);
            }
            let message = Message::filled(case.message.fixed, rendered, ends);
            out.values.push_str(&message.text());
        }
        let places = &mut out.places;
        places.clear();
        if case.at.is_some() {
            self.place(case, id, 0, env, places);
        }
        let (file, span) = places
            .first()
            .copied()
            .unwrap_or((block.file, block.header()));
        let at = out.findings.len() as u32;
        for label in 0..case.labels.len() {
            out.places.clear();
            self.place(case, id, label + 1, env, &mut out.places);
            for &(file, span) in &out.places {
                out.labels.push((at, file, span, label as u16));
            }
        }
        if file != block.file {
            out.elsewhere.push((at, file));
        }
        out.findings.push(Compact {
            span,
            case: number,
            severity,
            kept: true,
            whole,
            block: block_slot,
            values,
        });
    }

    /// Where the case's `at` (`which` 0) or its label `which - 1` points
    /// for block `id`, appended to `out`.
    fn place(
        &self,
        case: &Case,
        id: BlockId,
        which: usize,
        env: &mut Env<'a, '_>,
        out: &mut Vec<(FileId, Span)>,
    ) {
        match self.compiled.places {
            Some(places) => places(self, env, case, id, which, out),
            None => {
                let target = match which {
                    0 => case.at.as_ref(),
                    label => case.labels.get(label - 1).map(|(target, _)| target),
                };
                if let Some(target) = target {
                    self.locate(target, env, out);
                }
            }
        }
    }

    /// The value of hole `i` of the case's message for block `id`.
    fn hole(&self, case: &Case, id: BlockId, i: usize, env: &mut Env<'a, '_>) -> V<'a> {
        match self.compiled.values {
            Some(values) => values(self, env, case, id, i),
            None => self.eval(&case.message.values[i], env),
        }
    }

    fn display(&self, value: &V<'a>, out: &mut String) {
        use std::fmt::Write;
        match value {
            V::Absent => out.push_str("(not given)"),
            V::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            V::Num(n) => {
                if n.fract() == 0.0 && n.abs() < 1e15 {
                    out.push_str(itoa::Buffer::new().format(*n as i64));
                } else {
                    let _ = write!(out, "{}", (n * 100.0).round() / 100.0);
                }
            }
            V::Pct(p) => {
                let _ = write!(out, "{p}%");
            }
            V::Dur(d) => {
                let _ = write!(out, "{d}");
            }
            V::Indefinite => out.push_str("indefinite"),
            V::Date(d) => {
                let _ = write!(out, "{d}");
            }
            V::Text(t, _) => out.push_str(t),
            V::Word(w) => out.push_str(w.as_str()),
            V::OtherWord(w) => out.push_str(w),
            V::Block(id) => {
                let block = self.model.block(*id);
                out.push_str(block.name.unwrap_or(block.kind.name()));
            }
            V::Cat(c) => out.push_str(&self.taxonomy.category(*c).key),
            V::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.display(item, out);
                }
            }
        }
    }

    /// Where an `at` or `label` expression points, appended to `out`.
    pub(super) fn locate(&self, expr: &Expr, env: &mut Env<'a, '_>, out: &mut Vec<(FileId, Span)>) {
        match &expr.kind {
            ExprKind::Match => out.extend(env.matched),
            ExprKind::Field(base, name, _) => {
                let base = self.eval(base, env);
                let is_name = name.builtin == Some(BuiltinField::Name);
                for item in base.items() {
                    if let V::Block(id) = item {
                        self.place_of(Some(*id), &name.index, is_name, out);
                    }
                }
            }
            _ => {
                let value = self.eval(expr, env);
                for item in value.items() {
                    if let V::Block(id) = item {
                        self.header_of(Some(*id), out);
                    }
                }
            }
        }
    }

    pub fn eval(&self, expr: &Expr, env: &mut Env<'a, '_>) -> V<'a> {
        match &expr.kind {
            ExprKind::Const(value) => V::clone(value),
            // Folded into constants when the rule was built; kept for trees
            // built otherwise.
            ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::Percent(_)
            | ExprKind::Duration(_)
            | ExprKind::Date(_)
            | ExprKind::Text(_)
            | ExprKind::Word(_)
            | ExprKind::Category(_) => leaf_value(expr).unwrap_or(V::Absent),
            ExprKind::Name(_) | ExprKind::Match => V::Absent,
            ExprKind::Var(slot) => self.var(*slot, env),
            ExprKind::List(items) => V::List(items.iter().map(|e| self.eval(e, env)).collect()),
            ExprKind::Field(base, name, _) => {
                // A variable's attribute, the commonest path: read without
                // cloning the variable's value.
                if let ExprKind::Var(slot) = base.kind
                    && let Some(V::Block(id)) = env.get(slot)
                {
                    return self.attribute(*id, name);
                }
                let base = self.eval(base, env);
                self.field(&base, name)
            }
            ExprKind::Not(inner) => V::Bool(!self.eval(inner, env).truthy()),
            ExprKind::Neg(inner) => match self.eval(inner, env) {
                V::Num(n) => V::Num(-n),
                _ => V::Absent,
            },
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, env),
            ExprKind::Call(name, args) => self.call(name, args, env),
            ExprKind::Quant(quant) => self.quant(quant, env),
            ExprKind::Shared(id, inner) => self.shared(*id as usize, inner, env),
        }
    }

    /// A subexpression several cases compute alike: evaluated once per
    /// block.
    fn shared(&self, id: usize, expr: &Expr, env: &mut Env<'a, '_>) -> V<'a> {
        self.remembered(id, || self.eval(expr, env))
    }

    /// The value of shared subexpression `id` for the block being checked:
    /// `compute`d the first time, by the interpreter or compiled code alike.
    #[inline]
    pub(super) fn remembered(&self, id: usize, compute: impl FnOnce() -> V<'a>) -> V<'a> {
        if let Some(Some(value)) = self.memo.borrow().shared.get(id) {
            return value.clone();
        }
        let value = compute();
        let mut memo = self.memo.borrow_mut();
        if memo.shared.len() <= id {
            memo.shared.resize(id + 1, None);
        }
        memo.shared[id] = Some(value.clone());
        value
    }

    fn var(&self, slot: Slot, env: &mut Env<'a, '_>) -> V<'a> {
        if let Some(value) = env.get(slot) {
            return value.clone();
        }
        let lets = env.lets;
        if let Some((_, expr)) = lets.iter().find(|(s, _)| *s == slot) {
            let value = self.eval(expr, env);
            env.set(slot, value.clone());
            return value;
        }
        V::Absent
    }

    fn field(&self, base: &V<'a>, name: &FieldName) -> V<'a> {
        match base {
            V::Block(id) => self.attribute(*id, name),
            V::List(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    match self.field(item, name) {
                        V::List(inner) => out.extend(inner.iter().cloned()),
                        V::Absent => {}
                        value => out.push(value),
                    }
                }
                V::List(out.into())
            }
            _ => V::Absent,
        }
    }

    fn attribute(&self, id: BlockId, name: &FieldName) -> V<'a> {
        let model = self.model;
        let block = model.block(id);
        match name.builtin {
            Some(BuiltinField::Name) => self.name_of(Some(id)),
            Some(BuiltinField::Policy) => self.policy(Some(id)).map_or(V::Absent, V::Block),
            None => self.stored_attribute(id, name.index[block.kind as usize]),
        }
    }

    /// The attribute of `block` at schema `index`, from `values` (by the
    /// same index) or read and kept there.
    fn kept_attribute(
        &self,
        values: &mut Vec<Option<V<'a>>>,
        block: &crate::model::Block<'a>,
        index: u8,
    ) -> V<'a> {
        let slot = index as usize;
        if let Some(Some(value)) = values.get(slot) {
            return value.clone();
        }
        let value = match self.model.value_at(block, index) {
            Some(stored) => self.value(block, stored),
            None => V::Absent,
        };
        if slot < block.kind.schema().attrs.len() {
            if values.len() <= slot {
                values.resize(slot + 1, None);
            }
            values[slot] = Some(value.clone());
        }
        value
    }

    /// The attribute with schema index `index` of block `id`, through the
    /// memo: the current block's values, the values of the policy read
    /// last and other blocks' lists are decoded once.
    fn stored_attribute(&self, id: BlockId, index: u8) -> V<'a> {
        let model = self.model;
        let block = model.block(id);
        let mut memo = self.memo.borrow_mut();
        if memo.block == Some(id) {
            return self.kept_attribute(&mut memo.current, block, index);
        }
        if block.kind == BlockKind::Policy {
            let values = match &mut memo.policy {
                Some((policy, values)) if *policy == id => values,
                other => &mut other.insert((id, Vec::new())).1,
            };
            return self.kept_attribute(values, block, index);
        }
        let Some(stored) = model.value_at(block, index) else {
            return V::Absent;
        };
        // Of other blocks, only lists are worth remembering: they allocate
        // when converted, and a scalar is read faster than it is looked up.
        if !matches!(stored, Value::List(_)) {
            return self.value(block, stored);
        }
        if let Some(value) = memo.others.get(&(id, index)) {
            return value.clone();
        }
        let value = self.value(block, stored);
        if memo.others.len() >= MEMO_OTHERS {
            memo.others.clear();
        }
        memo.others.insert((id, index), value.clone());
        value
    }

    fn value(&self, block: &crate::model::Block<'a>, value: Value) -> V<'a> {
        match value {
            Value::Text(t) => {
                let lit = self.model.text(block, t);
                V::Text(
                    lit.value(),
                    Some(TextSource {
                        file: block.file,
                        text: t,
                    }),
                )
            }
            Value::Bool(b) => V::Bool(b),
            Value::Integer(n) => V::Num(n.get() as f64),
            Value::Decimal(x) => V::Num(x.get()),
            Value::Percent(p) => V::Pct(p.get()),
            Value::Date(d) => V::Date(d),
            Value::Duration(d) => V::Dur(d),
            Value::Indefinite => V::Indefinite,
            Value::Word(w) => V::Word(w),
            Value::Ref(id) => V::Block(id),
            Value::Category(c) => V::Cat(c),
            Value::Ident(span) => V::Text(Cow::Borrowed(self.model.source(block, span)), None),
            Value::List(list) => V::List(
                self.model
                    .item_values(block, list)
                    .map(|value| self.value(block, value))
                    .collect(),
            ),
            Value::Unresolved(_) => V::Absent,
        }
    }

    fn binary(&self, op: BinOp, a: &Expr, b: &Expr, env: &mut Env<'a, '_>) -> V<'a> {
        match op {
            BinOp::And => V::Bool(self.eval(a, env).truthy() && self.eval(b, env).truthy()),
            BinOp::Or => V::Bool(self.eval(a, env).truthy() || self.eval(b, env).truthy()),
            BinOp::Default => {
                let left = self.eval(a, env);
                if left.is_absent() {
                    self.eval(b, env)
                } else {
                    left
                }
            }
            _ => {
                if matches!(op, BinOp::Eq | BinOp::Ne)
                    && let Some(same) = self.stored_equal(a, b, env)
                {
                    return V::Bool(same == (op == BinOp::Eq));
                }
                // A constant operand (`== automatic`, `in [raw, api]`) is
                // compared where it is, not cloned.
                let (x_value, y_value);
                let x = match &a.kind {
                    ExprKind::Const(value) => &**value,
                    // `d.categories under …`: `under` reads a dataset's
                    // categories where the model stores them, without
                    // making a list of them first.
                    ExprKind::Field(base, name, _)
                        if op == BinOp::Under && name.text == "categories" =>
                    {
                        x_value = match self.eval(base, env) {
                            block @ V::Block(_) => block,
                            other => self.field(&other, name),
                        };
                        &x_value
                    }
                    _ => {
                        x_value = self.eval(a, env);
                        &x_value
                    }
                };
                let y = match &b.kind {
                    ExprKind::Const(value) => &**value,
                    _ => {
                        y_value = self.eval(b, env);
                        &y_value
                    }
                };
                match op {
                    BinOp::Eq => V::Bool(equal(x, y)),
                    BinOp::Ne => V::Bool(!equal(x, y)),
                    BinOp::Lt => V::Bool(order(x, y) == Some(std::cmp::Ordering::Less)),
                    BinOp::Le => V::Bool(matches!(
                        order(x, y),
                        Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
                    )),
                    BinOp::Gt => V::Bool(order(x, y) == Some(std::cmp::Ordering::Greater)),
                    BinOp::Ge => V::Bool(matches!(
                        order(x, y),
                        Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)
                    )),
                    BinOp::In => V::Bool(self.member(x, y)),
                    BinOp::NotIn => V::Bool(!x.is_absent() && !self.member(x, y)),
                    BinOp::Under => V::Bool(self.under(x, y)),
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div => arith(op, x, y),
                    _ => unreachable!("handled above"),
                }
            }
        }
    }

    /// `g.renewal == automatic`, `g.exclusive != true`: the commonest
    /// condition, compared where the model stores the value, without making
    /// one (or reading the memo). The same result as `equal`: an absent
    /// attribute equals nothing. `None` for other shapes.
    fn stored_equal(&self, a: &Expr, b: &Expr, env: &Env<'a, '_>) -> Option<bool> {
        let (ExprKind::Field(base, name, _), ExprKind::Const(constant)) = (&a.kind, &b.kind) else {
            return None;
        };
        if name.builtin.is_some() || !matches!(**constant, V::Word(_) | V::Bool(_)) {
            return None;
        }
        let ExprKind::Var(slot) = base.kind else {
            return None;
        };
        let Some(V::Block(id)) = env.get(slot) else {
            return None;
        };
        let constant = std::slice::from_ref(&**constant);
        Some(self.stored_in(Some(*id), &name.index, constant) == Some(true))
    }

    fn member(&self, x: &V<'a>, list: &V<'a>) -> bool {
        let list = list.items();
        match x {
            V::Absent => false,
            V::List(items) => items.iter().any(|i| list.iter().any(|l| equal(i, l))),
            x => list.iter().any(|l| equal(x, l)),
        }
    }

    /// The categories of a value (a category, a dataset's, or a list's),
    /// as a set.
    fn categories(&self, value: &V<'a>) -> CategorySet {
        match value {
            V::Cat(c) => Taxonomy::set_of(*c),
            V::Block(id) => {
                let block = self.model.block(*id);
                let Some(index) = categories_index(block.kind) else {
                    return 0;
                };
                let Some(Value::List(list)) = self.model.value_at(block, index) else {
                    return 0;
                };
                self.model
                    .item_values(block, list)
                    .fold(0, |all, value| match value {
                        Value::Category(c) => all | Taxonomy::set_of(c),
                        _ => all,
                    })
            }
            V::List(items) => items.iter().fold(0, |all, i| all | self.categories(i)),
            _ => 0,
        }
    }

    /// The marks (sensitive, personal, quasi-identifier) of a category, a
    /// dataset's categories, or a list's.
    fn marks(&self, value: &V<'a>) -> u8 {
        match value {
            V::Cat(c) => category_marks(self.taxonomy, *c),
            V::Block(id) => self.block_marks[id.0 as usize],
            V::List(items) => items.iter().fold(0, |marks, i| marks | self.marks(i)),
            _ => 0,
        }
    }

    /// Whether a category of `x` is under one of `y`: whether one of `y`
    /// is in the lineage of `x`'s categories. A dataset's lineage is read
    /// where it was gathered once for the run, not from its categories.
    fn under(&self, x: &V<'a>, y: &V<'a>) -> bool {
        self.lineage(x) & self.categories(y) != 0
    }

    /// The lineage of a category, a dataset's categories, or a list's.
    fn lineage(&self, value: &V<'a>) -> CategorySet {
        match value {
            V::Cat(c) => self.taxonomy.lineage(*c),
            V::Block(id) => self.block_lineages[id.0 as usize],
            V::List(items) => items.iter().fold(0, |all, i| all | self.lineage(i)),
            _ => 0,
        }
    }

    fn call(&self, name: &FuncName, args: &[Expr], env: &mut Env<'a, '_>) -> V<'a> {
        let Some(builtin) = name.builtin else {
            return V::Absent;
        };
        match builtin {
            Builtin::Round => self
                .eval(&args[0], env)
                .number()
                .map_or(V::Absent, |n| V::Num(n.round())),
            Builtin::Present => V::Bool(!self.eval(&args[0], env).is_absent()),
            Builtin::Absent => V::Bool(self.eval(&args[0], env).is_absent()),
            Builtin::Len => V::Num(self.eval(&args[0], env).items().len() as f64),
            Builtin::Sensitive | Builtin::Personal | Builtin::QuasiIdentifier => {
                let wanted = match builtin {
                    Builtin::Sensitive => SENSITIVE,
                    Builtin::Personal => PERSONAL,
                    _ => QUASI_IDENTIFIER,
                };
                let value = self.eval(&args[0], env);
                V::Bool(self.marks(&value) & wanted != 0)
            }
            Builtin::Matches => {
                let text = self.eval(&args[0], env);
                let ExprKind::Word(list) = &args[1].kind else {
                    return V::Bool(false);
                };
                V::Bool(self.matches(&text, list, env))
            }
        }
    }

    /// `matches(text, LIST)`: whether the text matches the pattern list;
    /// the first successful match of a case records where it is, for
    /// `at match`.
    pub(super) fn matches(&self, text: &V<'a>, list: &str, env: &mut Env<'a, '_>) -> bool {
        let V::Text(text, source) = text else {
            return false;
        };
        let last = self.last_list.get().and_then(|i| self.patterns.list(i));
        let list = match last {
            Some(last) if last.name == list => last,
            _ => {
                let Some(found) = self.patterns.get(list) else {
                    return false;
                };
                self.last_list.set(Some(found.index));
                found
            }
        };
        // The screen is read where it is kept (it is a few hundred
        // bytes): the search reads no other state of the engine.
        let found = match source {
            Some(source) => {
                let mut screens = self.screens.borrow_mut();
                let screened = screens
                    .entry(*source)
                    .or_insert_with(|| self.patterns.screen(text));
                self.patterns.find_screened(list, text, screened)
            }
            None => self
                .patterns
                .find_screened(list, text, &self.patterns.screen(text)),
        };
        match found {
            Some(range) => {
                if env.matched.is_none()
                    && let Some(source) = source
                {
                    let lit = self.model.text_in(source.file, source.text);
                    env.matched = Some((source.file, lit.source_span(range)));
                }
                true
            }
            None => false,
        }
    }

    fn quant(&self, quant: &Quant, env: &mut Env<'a, '_>) -> V<'a> {
        match (&quant.range, &quant.plan) {
            (Range::Kind(kind, _), Some(plan)) => self.aggregate(quant, *kind, plan, env),
            (Range::List(list), _) => {
                // The items are cloned one by one as they are bound: a list
                // value is shared, so holding it costs nothing.
                let items = self.eval(list, env);
                if let Some(plan) = &quant.list_plan
                    && items.items().len() >= LIST_JOIN_MIN
                    && let Some(V::Block(block)) = env.get(plan.block)
                {
                    let block = *block;
                    return self.joined_list(quant, plan, block, items, env);
                }
                self.fold(quant, items.items().iter().cloned(), env)
            }
            _ => V::Absent,
        }
    }

    /// A quantifier over a list of `block` with a join: only the items of
    /// the group the join's outer side names are bound and tested, each
    /// with the whole `where`. The list is grouped on first use for the
    /// block.
    fn joined_list(
        &self,
        quant: &Quant,
        plan: &ListPlan,
        block: BlockId,
        items: V<'a>,
        env: &mut Env<'a, '_>,
    ) -> V<'a> {
        let Some((wanted, list)) = self.outer_key(&plan.joins, env) else {
            // `absent == x` and `absent in x` hold for no item.
            return Fold::new(quant.quantifier).finish();
        };
        if list {
            // A list is in a list when any of its items is: not one key.
            return self.fold(quant, items.items().iter().cloned(), env);
        }
        if env.lists.len() <= plan.id {
            env.lists.resize_with(plan.id + 1, || None);
        }
        let index = match env.lists[plan.id].take() {
            Some(index) if index.block == block => index,
            _ => ListIndex {
                block,
                groups: self.group_list(quant, plan, &items, env),
                items,
            },
        };
        let list = index.items.items();
        let item = |&at: &u32| list[at as usize].clone();
        let value = match index.groups.get(&wanted) {
            None => Fold::new(quant.quantifier).finish(),
            Some(ListGroup::Ordered(members)) => self.fold(quant, members.iter().map(item), env),
            Some(ListGroup::Apart(parts)) => {
                // The part whose value equals the outer side's fails
                // `inner != outer` whole.
                let outer = plan
                    .apart
                    .as_ref()
                    .map(|apart| self.eval(&apart.outer, env));
                let equal_part = outer.filter(keyed_exactly).map(|v| key(&v));
                let members = parts
                    .iter()
                    .filter(|(part, _)| part.is_none() || *part != equal_part)
                    .flat_map(|(_, members)| members);
                self.fold(quant, members.map(item), env)
            }
        };
        env.lists[plan.id] = Some(index);
        value
    }

    /// A list's items grouped by the inner side of a join.
    fn group_list(
        &self,
        quant: &Quant,
        plan: &ListPlan,
        items: &V<'a>,
        env: &mut Env<'a, '_>,
    ) -> FxHashMap<Key<'a>, ListGroup<'a>> {
        let mut groups: FxHashMap<Key<'a>, ListGroup<'a>> = FxHashMap::default();
        // Where each (key, part) is among its group's parts: a list can hold
        // many values of the `apart` side.
        let mut part_at: FxHashMap<(Key<'a>, Option<Key<'a>>), usize> = FxHashMap::default();
        let mut keys = Vec::new();
        let mut seen = Default::default();
        for (at, item) in items.items().iter().enumerate() {
            let previous = env.set(quant.slot, item.clone());
            keys.clear();
            let mut part = None;
            if plan.filters.iter().all(|f| self.eval(f, env).truthy()) {
                self.inner_keys(&plan.joins, None, env, &mut keys, &mut seen);
                part = plan.apart.as_ref().map(|apart| {
                    let value = self.eval(&apart.inner, env);
                    keyed_exactly(&value).then(|| key(&value))
                });
            }
            env.restore(quant.slot, previous);
            for k in keys.drain(..) {
                let Some(part) = &part else {
                    match groups.entry(k).or_insert(ListGroup::Ordered(Vec::new())) {
                        ListGroup::Ordered(members) => members.push(at as u32),
                        ListGroup::Apart(_) => unreachable!("a plan splits every group or none"),
                    }
                    continue;
                };
                let next = match groups.get(&k) {
                    Some(ListGroup::Apart(parts)) => parts.len(),
                    _ => 0,
                };
                let position = *part_at.entry((k.clone(), part.clone())).or_insert(next);
                match groups.entry(k).or_insert(ListGroup::Apart(Vec::new())) {
                    ListGroup::Apart(parts) if position == parts.len() => {
                        parts.push((part.clone(), vec![at as u32]));
                    }
                    ListGroup::Apart(parts) => parts[position].1.push(at as u32),
                    ListGroup::Ordered(_) => unreachable!("a plan splits every group or none"),
                }
            }
        }
        groups
    }

    /// The keys under which the item bound in `env` joins: one per join,
    /// or every combination of the elements of its membership joins' lists,
    /// each once. None when an equality's side is absent.
    fn inner_keys(
        &self,
        joins: &[Join],
        compiled: Option<(CompiledAggregate, &Plan, BlockId)>,
        env: &mut Env<'a, '_>,
        keys: &mut Vec<Key<'a>>,
        seen: &mut rustc_hash::FxHashSet<Key<'a>>,
    ) {
        // Each join's inner side, compiled for the block being grouped
        // where it is.
        let inner = |at: usize, join: &Join, env: &mut Env<'a, '_>| match compiled {
            Some((
                CompiledAggregate {
                    inner: Some(inner), ..
                },
                plan,
                id,
            )) => inner(self, env, plan, id, at),
            _ => self.eval(&join.inner, env),
        };
        // The keys of a membership join's list, appended to `out`.
        let members = |at: usize, join: &Join, env: &mut Env<'a, '_>, out: &mut Vec<Key<'a>>| {
            let written = match compiled {
                Some((
                    CompiledAggregate {
                        members: Some(members),
                        ..
                    },
                    _,
                    id,
                )) => members(self, id, at, out),
                _ => false,
            };
            if !written {
                out.extend(inner(at, join, env).items().iter().map(key));
            }
        };
        if let [join] = joins {
            // One join key, the common case: no key lists to build.
            if join.membership {
                members(0, join, env, keys);
                dedup_keys(keys, seen);
            } else {
                let value = inner(0, join, env);
                if !value.is_absent() {
                    keys.push(key(&value));
                }
            }
        } else if joins.iter().all(|join| !join.membership) {
            // Equalities only: one key of one part per join, and no
            // block under two keys.
            let mut parts = Vec::with_capacity(joins.len());
            for (at, join) in joins.iter().enumerate() {
                let value = inner(at, join, env);
                if value.is_absent() {
                    break;
                }
                parts.push(key(&value));
            }
            if parts.len() == joins.len() {
                keys.push(group_key(parts));
            }
        } else {
            // Each key sized for all its parts: a group's key lives as
            // long as the index, and room to grow doubled it.
            let parts = joins.len();
            let mut lists: Vec<Vec<Key<'a>>> = vec![Vec::with_capacity(parts)];
            for (at, join) in joins.iter().enumerate() {
                if join.membership {
                    let mut elements: Vec<Key<'a>> = Vec::new();
                    members(at, join, env, &mut elements);
                    lists = lists
                        .into_iter()
                        .flat_map(|k| {
                            elements.iter().map(move |e| {
                                let mut extended = Vec::with_capacity(parts);
                                extended.extend(k.iter().cloned());
                                extended.push(e.clone());
                                extended
                            })
                        })
                        .collect();
                    continue;
                }
                let value = inner(at, join, env);
                if value.is_absent() {
                    lists.clear();
                } else {
                    let k = key(&value);
                    lists.iter_mut().for_each(|ks| ks.push(k.clone()));
                }
            }
            keys.extend(lists.into_iter().map(group_key));
            dedup_keys(keys, seen);
        }
    }

    /// The key of the group that the outer sides of `joins` name, and
    /// whether one of them is a list; `None` when one is absent, which no
    /// item joins.
    fn outer_key(&self, joins: &[Join], env: &mut Env<'a, '_>) -> Option<(Key<'a>, bool)> {
        // The same key as `inner_keys` gives the group: one join's key as
        // itself (no list to allocate), several as a list.
        if let [join] = joins {
            let value = self.eval(&join.outer, env);
            if value.is_absent() {
                return None;
            }
            return Some((key(&value), matches!(value, V::List(_))));
        }
        let mut parts = Vec::with_capacity(joins.len());
        let mut list = false;
        for join in joins {
            let value = self.eval(&join.outer, env);
            if value.is_absent() {
                return None;
            }
            list |= matches!(value, V::List(_));
            parts.push(key(&value));
        }
        Some((Key::List(parts), list))
    }

    /// Applies a quantifier to candidate items: binds the variable, checks
    /// the filter (if `filtered`) and folds the body.
    fn fold(
        &self,
        quant: &Quant,
        items: impl Iterator<Item = V<'a>>,
        env: &mut Env<'a, '_>,
    ) -> V<'a> {
        self.fold_with(quant, items, env, |this, env| {
            quant
                .filter
                .as_ref()
                .is_none_or(|f| this.eval(f, env).truthy())
        })
    }

    fn fold_with(
        &self,
        quant: &Quant,
        items: impl Iterator<Item = V<'a>>,
        env: &mut Env<'a, '_>,
        accept: impl Fn(&Self, &mut Env<'a, '_>) -> bool,
    ) -> V<'a> {
        let mut acc = Fold::new(quant.quantifier);
        for item in items {
            let previous = env.set(quant.slot, item.clone());
            let done = if accept(self, env) {
                let body = quant.body.as_ref().map(|b| self.eval(b, env));
                acc.add(item, body)
            } else {
                false
            };
            env.restore(quant.slot, previous);
            if done {
                break;
            }
        }
        acc.finish()
    }

    fn aggregate(
        &self,
        quant: &Quant,
        kind: BlockKind,
        plan: &Plan,
        env: &mut Env<'a, '_>,
    ) -> V<'a> {
        let index = self.index(kind, plan, env);
        let wanted = self.outer_key(&plan.joins, env).map(|(key, _)| key);
        self.aggregate_group(quant, plan, index, wanted, env)
    }

    /// An aggregate's value for the group `wanted` names in its index
    /// (`None`: an outer side is absent, and no block joins).
    fn aggregate_group(
        &self,
        quant: &Quant,
        plan: &Plan,
        (index, member): (&Index<'a>, usize),
        wanted: Option<Key<'a>>,
        env: &mut Env<'a, '_>,
    ) -> V<'a> {
        let Some(wanted) = wanted else {
            return Fold::new(quant.quantifier).finish();
        };
        let Some(&number) = index.keys.get(&wanted) else {
            return Fold::new(quant.quantifier).finish();
        };
        let group = &index.groups[member][number as usize];
        let members = match group {
            Group::Value(value) => return value.clone(),
            Group::Members(members) => members.iter().map(|&id| V::Block(id)),
            Group::Folding(..) => unreachable!("finished when the index was built"),
        };
        self.fold_with(quant, members, env, |this, env| {
            plan.residual.iter().all(|r| this.eval(r, env).truthy())
        })
    }

    /// The groups of an aggregate, built on first use with the rest of its
    /// group of aggregates.
    fn index(&self, kind: BlockKind, plan: &Plan, env: &Env<'a, '_>) -> (&'e Index<'a>, usize) {
        let (group, member) = self.aggregates.of_plan[plan.id];
        let built = self.indexes[group as usize]
            .get_or_init(|| self.build_indexes(&self.aggregates.groups[group as usize], kind, env));
        (built, member as usize)
    }

    /// The indexes of aggregates that group the blocks alike (the same
    /// kind, filters and join keys), in one pass over the blocks.
    fn build_indexes(&self, quants: &[Quant], kind: BlockKind, env: &Env<'a, '_>) -> Index<'a> {
        let quant = &quants[0];
        let plan = quant
            .plan
            .as_ref()
            .expect("an aggregate over a kind has a plan");
        // Keys, filters and precomputed bodies read only the inner variable
        // and parameters.
        let mut inner_env = Env {
            slots: vec![None; env.slots.len()],
            lets: &[],
            matched: None,
            lists: Vec::new(),
        };
        inner_env.slots[..self.params].clone_from_slice(&env.slots[..self.params]);
        // A memo of its own: each member's attributes are decoded once for
        // its filters and keys, and the caller's block keeps what it read.
        let memo = std::cell::RefCell::new(Memo::default());
        let this = Engine {
            memo: &memo,
            ..*self
        };
        let compiled = self.compiled_aggregate(plan.id);
        let mut index = Index {
            keys: FxHashMap::default(),
            groups: quants.iter().map(|_| Vec::new()).collect(),
        };
        // The keys of the block being grouped, each once, and their numbers.
        let mut keys: Vec<Key<'a>> = Vec::new();
        let mut numbers: Vec<u32> = Vec::new();
        let mut seen: rustc_hash::FxHashSet<Key<'a>> = Default::default();
        let members = &self.by_kind[kind as usize];
        let model = self.model;
        for (at, &id) in members.iter().enumerate() {
            // The members lie anywhere in the model and are read once
            // here, each cold: their record, attributes and list items are
            // asked for a few members ahead, each stage reading what an
            // earlier one fetched. (Fetching the blocks they name as well,
            // a grant's datasets, cost more than it saved.)
            let ahead = |distance: usize| members.get(at + distance).copied();
            if let Some(member) = ahead(8) {
                model.prefetch_record(member);
            }
            if let Some(member) = ahead(6) {
                model.prefetch_attributes(member);
            }
            if let Some(member) = ahead(4) {
                model.prefetch_items(member);
            }
            memo.borrow_mut().start(id);
            // Each aggregate names its own variable; nothing else in this
            // environment reads them.
            for member in quants {
                inner_env.set(member.slot, V::Block(id));
            }
            let passes = match compiled.filters {
                Some(filters) => filters(&this, &mut inner_env, id),
                None => (plan.filters.iter()).all(|f| this.eval(f, &mut inner_env).truthy()),
            };
            keys.clear();
            if passes {
                let compiled = Some((compiled, plan, id));
                this.inner_keys(&plan.joins, compiled, &mut inner_env, &mut keys, &mut seen);
            }
            numbers.clear();
            for k in keys.drain(..) {
                let next = index.keys.len() as u32;
                let number = *index.keys.entry(k).or_insert(next);
                if number == next {
                    for (member, groups) in quants.iter().zip(&mut index.groups) {
                        let precompute = member.plan.as_ref().is_some_and(|p| p.precompute);
                        groups.push(if precompute {
                            Group::Folding(Fold::new(member.quantifier), false)
                        } else {
                            Group::Members(Vec::new())
                        });
                    }
                }
                numbers.push(number);
            }
            for (member, groups) in quants.iter().zip(&mut index.groups) {
                this.add_to_groups(member, groups, &numbers, id, &mut inner_env);
            }
        }
        for (member, groups) in quants.iter().zip(&mut index.groups) {
            for group in groups.iter_mut() {
                match group {
                    Group::Folding(fold, _) => {
                        let fold = std::mem::replace(fold, Fold::new(member.quantifier));
                        *group = Group::Value(fold.finish());
                    }
                    // Kept for the whole run: room for more members is waste.
                    Group::Members(members) => members.shrink_to_fit(),
                    Group::Value(_) => {}
                }
            }
            groups.shrink_to_fit();
        }
        index
    }

    /// Adds block `id` to an aggregate's groups: those of the key `numbers`.
    fn add_to_groups(
        &self,
        quant: &Quant,
        groups: &mut [Group<'a>],
        numbers: &[u32],
        id: BlockId,
        inner_env: &mut Env<'a, '_>,
    ) {
        // Folded here, in block order, while the block is in the memo:
        // folding each group afterwards visited the blocks in the groups'
        // hash order. The body is the block's alone.
        let mut body = None;
        for &number in numbers {
            match &mut groups[number as usize] {
                Group::Members(members) => members.push(id),
                Group::Folding(fold, settled) => {
                    if *settled {
                        continue;
                    }
                    let body = body.get_or_insert_with(|| {
                        let compiled = (quant.plan.as_ref())
                            .and_then(|plan| self.compiled_aggregate(plan.id).body);
                        let body = quant.body.as_ref()?;
                        Some(match compiled {
                            Some(compiled) => compiled(self, inner_env, quant, id),
                            None => self.eval(body, inner_env),
                        })
                    });
                    *settled = fold.add(V::Block(id), body.clone());
                }
                Group::Value(_) => unreachable!("values are made once the index is built"),
            }
        }
    }
}

/// Keeps the first of each key: a block listed twice under one key counts
/// once. Past a few keys, through a hash set: checking each key against the
/// ones before it was quadratic in a grant of thousands of datasets.
fn dedup_keys<'a>(keys: &mut Vec<Key<'a>>, seen: &mut rustc_hash::FxHashSet<Key<'a>>) {
    if keys.len() <= 8 {
        let mut kept = 0;
        for at in 0..keys.len() {
            if !keys[..kept].contains(&keys[at]) {
                keys.swap(kept, at);
                kept += 1;
            }
        }
        keys.truncate(kept);
    } else {
        seen.clear();
        keys.retain(|k| seen.insert(k.clone()));
    }
}

/// The running result of a quantifier.
struct Fold<'a> {
    quantifier: Quantifier,
    count: usize,
    sum: f64,
    found: Option<V<'a>>,
    all: bool,
}

impl<'a> Fold<'a> {
    fn new(quantifier: Quantifier) -> Fold<'a> {
        Fold {
            quantifier,
            count: 0,
            sum: 0.0,
            found: None,
            all: true,
        }
    }

    /// Adds an accepted item; returns whether the result is settled.
    fn add(&mut self, item: V<'a>, body: Option<V<'a>>) -> bool {
        let holds = body.as_ref().is_none_or(V::truthy);
        match self.quantifier {
            Quantifier::Any | Quantifier::None => {
                if holds {
                    self.count += 1;
                    return true;
                }
            }
            Quantifier::All => {
                if !holds {
                    self.all = false;
                    return true;
                }
            }
            Quantifier::Count => {
                if holds {
                    self.count += 1;
                }
            }
            Quantifier::Sum => {
                if let Some(n) = body.as_ref().and_then(V::number) {
                    self.sum += n;
                }
            }
            Quantifier::Max | Quantifier::Min => {
                if let Some(value) = body.filter(|v| !v.is_absent()) {
                    let better = match &self.found {
                        None => true,
                        Some(best) => {
                            let ord = order(&value, best);
                            if self.quantifier == Quantifier::Max {
                                ord == Some(std::cmp::Ordering::Greater)
                            } else {
                                ord == Some(std::cmp::Ordering::Less)
                            }
                        }
                    };
                    if better {
                        self.found = Some(value);
                    }
                }
            }
            Quantifier::First => {
                if holds {
                    self.found = Some(item);
                    return true;
                }
            }
        }
        false
    }

    fn finish(self) -> V<'a> {
        match self.quantifier {
            Quantifier::Any => V::Bool(self.count > 0),
            Quantifier::None => V::Bool(self.count == 0),
            Quantifier::All => V::Bool(self.all),
            Quantifier::Count => V::Num(self.count as f64),
            Quantifier::Sum => V::Num(self.sum),
            Quantifier::Max | Quantifier::Min | Quantifier::First => {
                self.found.unwrap_or(V::Absent)
            }
        }
    }
}

#[cfg(test)]
mod size_tests {
    /// A run can hold a million findings, all of them compact at the peak
    /// (see [`super::Compact`]).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_compact_finding_takes_24_bytes() {
        assert_eq!(size_of::<super::Compact>(), 24);
    }
}

#[cfg(test)]
mod key_tests {
    use super::{Key, dedup_keys};
    use crate::model::BlockId;

    /// Both ways (a few keys, and past the hash set's threshold) keep the
    /// first of each key, in order.
    #[test]
    fn dedup_keeps_the_first_of_each_key_in_order() {
        for len in [0, 1, 5, 8, 9, 40] {
            let ids: Vec<u32> = (0..len).map(|i| (i * 7 % 5) as u32).collect();
            let mut keys: Vec<Key<'_>> = ids.iter().map(|&i| Key::Block(BlockId(i))).collect();
            let mut expected: Vec<Key<'_>> = Vec::new();
            for k in &keys {
                if !expected.contains(k) {
                    expected.push(k.clone());
                }
            }
            dedup_keys(&mut keys, &mut Default::default());
            assert_eq!(keys, expected, "{len}");
        }
    }
}

#[cfg(test)]
mod list_join_tests {
    use crate::rules::RuleSet;
    use crate::rules::ast::{Expr, ExprKind};

    /// Each message pairs a quantifier the engine joins (see
    /// `plan::ListPlan`) with the same quantifier written so that nothing
    /// in its `where` is a join, which is scanned.
    const RULE: &str = r#"
rule ZZZ010 list-join-test {
  family    privacy-exposure
  severity  warning
  summary   "Test."
  for       grant g
  when      present(g.datasets)
  message   "{count(a in g.datasets: any(k in a.keys: any(b in g.datasets where k in b.keys and b.source != a.source: a.name != b.name)))}|{count(a in g.datasets: any(k in a.keys: any(b in g.datasets where (k in b.keys) == true and not (b.source == a.source): a.name != b.name)))};{first(a in g.datasets: any(k in a.keys: any(b in g.datasets where k in b.keys and personal(b) and b.source != a.source: a.name != b.name)))}|{first(a in g.datasets: any(k in a.keys: any(b in g.datasets where (k in b.keys) == true and (personal(b) or false) and not (b.source == a.source): a.name != b.name)))};{count(a in g.datasets: present(first(b in g.datasets where b.source == a.source and b.name != a.name: true)))}|{count(a in g.datasets: present(first(b in g.datasets where (b.source == a.source) == true and b.name != a.name: true)))};{sum(a in g.datasets: sum(k in a.keys: count(b in g.datasets where k in b.keys and b.source == a.source: true)))}|{sum(a in g.datasets: sum(k in a.keys: count(b in g.datasets where (k in b.keys) == true and (b.source == a.source) == true: true)))};{count(b in g.datasets where b.source == first(y in g.datasets: true).source and b.source != tax)}|{count(b in g.datasets where (b.source == first(y in g.datasets: true).source) == true and not (b.source == tax))}"
}
"#;

    /// A grant of `n` datasets drawn from a small pool of sources, keys
    /// and categories (some with none), some listed twice.
    fn policy(seed: u64, n: usize) -> String {
        let mut state = seed;
        let mut next = |bound: u64| {
            // A linear congruential generator: deterministic, no crate.
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % bound
        };
        let mut text = String::from(
            "policy \"P\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\n",
        );
        let sources = ["health", "statistics", "tax"];
        let keys = ["national_id", "phone", "region"];
        let categories = ["public.statistics", "user.demographic.gender", "user.name"];
        let mut listed = Vec::new();
        for i in 0..n {
            text += &format!("dataset d{i} \"D{i}\" {{\n");
            text += &format!("  categories [{}]\n", categories[next(3) as usize]);
            if next(6) > 0 {
                text += &format!("  source {}\n", sources[next(3) as usize]);
            }
            let held: Vec<&str> = keys.iter().copied().filter(|_| next(3) == 0).collect();
            if !held.is_empty() {
                text += &format!("  keys [{}]\n", held.join(", "));
            }
            text += "}\n";
            listed.push(format!("d{i}"));
            if next(8) == 0 {
                listed.push(format!("d{}", next(i as u64 + 1)));
            }
        }
        text += &format!("grant g \"G\" {{\n  datasets [{}]\n}}\n", listed.join(", "));
        text
    }

    /// The joined quantifiers in an expression: (joins, filters, apart).
    fn plans(expr: &Expr, out: &mut Vec<(usize, usize, bool)>) {
        if let ExprKind::Quant(q) = &expr.kind
            && let Some(plan) = &q.list_plan
        {
            out.push((plan.joins.len(), plan.filters.len(), plan.apart.is_some()));
        }
        crate::rules::share::for_each_child(expr, |child| plans(child, out));
    }

    /// PRV008 looks the datasets that share a key up by key and source;
    /// the second lookup keeps the personal datasets only.
    #[test]
    fn prv008_joins_its_pair_search() {
        let set = RuleSet::load(&[]).expect("built-in rules");
        let rule = set
            .rules
            .iter()
            .find(|r| r.code() == "PRV008")
            .expect("PRV008");
        let mut found = Vec::new();
        for (_, expr) in &rule.cases[0].lets {
            plans(expr, &mut found);
        }
        assert_eq!(found, [(1, 0, true), (1, 1, true)]);
    }

    /// Where `at match` points depends on the order a scan tests the
    /// items in, so a quantifier that calls `matches` is not joined.
    #[test]
    fn a_quantifier_calling_matches_is_scanned() {
        let rule = r#"
rule ZZZ011 list-join-matches-test {
  family    privacy-exposure
  severity  warning
  summary   "Test."
  for       grant g
  when      any(a in g.datasets: any(b in g.datasets where b.source == a.source and matches(b.name, AUTO_RENEW): true))
  when      any(a in g.datasets: any(b in g.datasets where b.source == a.source: matches(b.name, AUTO_RENEW)))
  when      any(a in g.datasets: any(b in g.datasets where b.source == a.source: true))
  at        match
}
"#;
        let (set, at) = RuleSet::with_test_rule("ZZZ011", rule);
        let rule = &set.rules[at];
        let planned: Vec<usize> = (rule.cases[0].when.iter())
            .map(|when| {
                let mut found = Vec::new();
                plans(when, &mut found);
                found.len()
            })
            .collect();
        assert_eq!(planned, [0, 0, 1]);
    }

    /// `x.attr == word` (and `!=`, and booleans) is compared on the stored
    /// value; `(x.attr ?? x.attr) == word` goes through `equal`. Present,
    /// other and absent values.
    #[test]
    fn a_stored_word_compares_as_equal_does() {
        let rule = r#"
rule ZZZ012 stored-word-test {
  family    privacy-exposure
  severity  warning
  summary   "Test."
  for       grant g
  when      true
  message   "{g.exclusive == true}|{(g.exclusive ?? g.exclusive) == true};{g.exclusive != true}|{(g.exclusive ?? g.exclusive) != true};{g.exclusive == false}|{(g.exclusive ?? g.exclusive) == false};{g.renewal == automatic}|{(g.renewal ?? g.renewal) == automatic};{g.renewal != automatic}|{(g.renewal ?? g.renewal) != automatic}"
}
"#;
        let (set, _) = RuleSet::with_test_rule("ZZZ012", rule);
        let mut text = String::from(
            "policy \"P\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\n",
        );
        for (i, attributes) in [
            "exclusive true\n  renewal automatic",
            "exclusive false\n  renewal on_review",
            "",
        ]
        .iter()
        .enumerate()
        {
            text += &format!("grant g{i} {{\n  {attributes}\n}}\n");
        }
        let (lowered, _) = crate::model::lower_source(crate::base::FileId(0), &text);
        let (model, _) = crate::model::link(vec![lowered]);
        let findings = set.diagnostics(set.run(&model, Default::default()));
        let messages: Vec<String> = (findings.iter())
            .filter(|d| d.code() == "ZZZ012")
            .map(|d| d.message.text().to_string())
            .collect();
        assert_eq!(
            messages,
            [
                "true|true;false|false;false|false;true|true;false|false",
                "false|false;true|true;true|true;false|false;true|true",
                // Absent: equal to nothing, unequal to everything.
                "false|false;true|true;false|false;false|false;true|true",
            ]
        );
    }

    #[test]
    fn a_joined_list_quantifier_gives_what_a_scan_gives() {
        let (set, at) = RuleSet::with_test_rule("ZZZ010", RULE);
        let rule = &set.rules[at];
        let mut planned = Vec::new();
        for value in &rule.cases[0].message.values {
            plans(value, &mut planned);
        }
        // The first of each pair is joined, none of the scans: `first`
        // keeps the list's order, so it is not split by source.
        assert_eq!(
            planned,
            [
                (1, 0, true),
                (1, 1, true),
                (1, 0, false),
                (2, 0, false),
                (1, 1, false)
            ]
        );
        let mut fired = 0;
        // Lists longer and shorter than `LIST_JOIN_MIN`.
        for (seed, n) in (0..40).map(|s| (s, 4 + (s as usize * 7) % 60)) {
            let text = policy(seed, n);
            let (lowered, _) = crate::model::lower_source(crate::base::FileId(0), &text);
            let (model, _) = crate::model::link(vec![lowered]);
            let findings = set.run(&model, Default::default());
            for finding in set
                .diagnostics(findings)
                .iter()
                .filter(|d| d.code() == "ZZZ010")
            {
                fired += 1;
                let message = finding.message.text().to_string();
                for pair in message.split(';') {
                    let (joined, scanned) = pair.split_once('|').expect("a pair");
                    assert_eq!(joined, scanned, "seed {seed}, {n} datasets: {message}");
                }
            }
        }
        assert_eq!(fired, 40);
    }

    /// The policy values an engine keeps from block to block belong to
    /// one policy: two files of two jurisdictions, checked together, each
    /// get MON007's finding for their own jurisdiction.
    #[test]
    fn each_file_reads_its_own_policy() {
        let file = |jurisdiction: &str, prefix: &str| {
            format!(
                "policy \"P\" {{\n  jurisdiction \"{jurisdiction}\"\n  authority {prefix}_b\n}}\n\
                 body {prefix}_b \"B\" {{\n  kind regulator\n}}\n\
                 operator {prefix}_o \"O\" {{\n  kind private\n}}\n\
                 dataset {prefix}_d \"D\" {{\n  categories [public.statistics]\n  source statistics\n}}\n\
                 grant {prefix}_g1 \"G1\" {{\n  operator {prefix}_o\n  datasets [{prefix}_d]\n}}\n\
                 grant {prefix}_g2 \"G2\" {{\n  operator {prefix}_o\n  datasets [{prefix}_d]\n}}\n"
            )
        };
        let set = RuleSet::load(&[]).expect("built-in rules");
        let texts = [file("CN-AA", "a"), file("EU-BB", "b")];
        let found = findings_in(&set, "MON007", &[&texts[0], &texts[1]]);
        let mut jurisdictions: Vec<&str> = (found.iter())
            .map(|(message, _)| message.split('`').nth(1).unwrap_or_default())
            .collect();
        jurisdictions.sort();
        assert_eq!(jurisdictions, ["CN-AA", "EU-BB"]);
    }

    /// The message and place of each finding of rule `code` in `set` on
    /// the policy `text`.
    fn findings_of(set: &RuleSet, code: &str, text: &str) -> Vec<(String, crate::base::Span)> {
        findings_in(set, code, &[text])
    }

    /// [`findings_of`] on files checked together.
    fn findings_in(set: &RuleSet, code: &str, texts: &[&str]) -> Vec<(String, crate::base::Span)> {
        let lowered = (texts.iter().enumerate())
            .map(|(i, text)| crate::model::lower_source(crate::base::FileId(i as u32), text).0)
            .collect();
        let (model, _) = crate::model::link(lowered);
        let findings = set.diagnostics(set.run(&model, Default::default()));
        (findings.iter())
            .filter(|d| d.code() == code)
            .map(|d| (d.message.text().to_string(), d.span))
            .collect()
    }

    #[test]
    fn a_case_that_searches_two_lists_searches_each() {
        // The engine remembers the list a case searched last: the second
        // list must be found by its own name, not taken for the first.
        let rule = r#"
rule ZZZ014 two-lists-test {
  family    monopolization
  severity  warning
  summary   "Test."
  for       clause c
  when      matches(c.text, DIRECT_AWARD)
  when      not matches(c.text, AUTO_RENEW)
  message   "{c.name}"
}
"#;
        let (set, _) = RuleSet::with_test_rule("ZZZ014", rule);
        let text = "policy \"P\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\nclause c1 \"Art. 1\" {\n  text \"A direct award; the grant is renewed automatically.\"\n}\nclause c2 \"Art. 2\" {\n  text \"A direct award for three years.\"\n}\nclause c3 \"Art. 3\" {\n  text \"The grant is renewed automatically.\"\n}\n";
        let found: Vec<String> = (findings_of(&set, "ZZZ014", text).into_iter())
            .map(|(message, _)| message)
            .collect();
        assert_eq!(found, ["c2"]);
    }

    /// A `once` key is made after the conditions unless it calls
    /// `matches`: then it is made first, as always, so that `at match`
    /// points where the key's own `matches` matched.
    #[test]
    fn a_once_key_that_matches_is_made_before_the_conditions() {
        let rule = r#"
rule ZZZ013 once-order-test {
  family    monopolization
  severity  warning
  summary   "Test."
  for       clause c
  when      matches(c.text, DIRECT_AWARD)
  once      matches(c.text, AUTO_RENEW)
  at        match
  message   "{c.name}"
  for       clause c
  when      matches(c.text, DIRECT_AWARD)
  once      c.policy
  at        match
  message   "{c.name}"
}
"#;
        let (set, at) = RuleSet::with_test_rule("ZZZ013", rule);
        let cases = &set.rules[at].cases;
        assert!(cases[0].once_first);
        assert!(!cases[1].once_first);
        let text = "policy \"P\" {\n  jurisdiction \"CN-XX\"\n  authority b\n}\nbody b \"B\" {\n  kind regulator\n}\nclause c1 \"Art. 1\" {\n  text \"A direct award; the grant is renewed automatically.\"\n}\nclause c2 \"Art. 1\" {\n  text \"Another direct award, renewed automatically.\"\n}\n";
        let found: Vec<(String, &str)> = (findings_of(&set, "ZZZ013", text).into_iter())
            .map(|(message, span)| (message, &text[span.range()]))
            .collect();
        // One finding per key, on the first clause: the first case's at
        // its `once` key's match, the second's at its condition's.
        assert_eq!(
            found,
            [
                ("c1".to_string(), "renewed automatically"),
                ("c1".to_string(), "direct award"),
            ]
        );
    }
}
