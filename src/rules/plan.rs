//! How an aggregate over all blocks of a kind is evaluated: which parts of
//! its `where` become hash-join keys, which filter blocks before grouping,
//! and whether each group's result can be computed once. And how a
//! quantifier over a list of the case's block is joined the same way.

use super::ast::{Expr, Slot};

/// The plan of one aggregate, decided when the rule is checked.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Index of the aggregate's cache in the rule case.
    pub id: usize,
    pub joins: Vec<Join>,
    /// Conditions on the inner variable alone: applied while grouping.
    pub filters: Vec<Expr>,
    /// Conditions that mix inner and outer variables otherwise: applied to
    /// each member of the group at lookup.
    pub residual: Vec<Expr>,
    /// The body and residual depend on the inner variable alone, so a
    /// group's result is computed once and looked up.
    pub precompute: bool,
}

/// `inner == outer`, or `outer in inner` when `membership`.
#[derive(Clone, Debug)]
pub struct Join {
    pub inner: Expr,
    pub outer: Expr,
    pub membership: bool,
}

/// The aggregates over block kinds of one case, in groups whose indexes
/// are built together. Aggregates over the same kind with the same filters
/// and join keys group the blocks alike (MON007's total, count and index of
/// one jurisdiction's grants; MON008's two bounds), so one pass over the
/// blocks computes each block's keys once for the whole group.
#[derive(Clone, Debug, Default)]
pub struct Aggregates {
    /// Each group's aggregates, in plan order; each has a plan.
    pub groups: Vec<Vec<super::ast::Quant>>,
    /// Each plan's group and its position there, by plan id.
    pub of_plan: Vec<(u32, u32)>,
}

/// A quantifier over a list that depends on the case's block alone
/// (`b in g.datasets`) whose `where` holds a join with the variables around
/// it (`k in b.keys`, `b.source == a.source`). The list's items are grouped
/// by the join once per block, and each evaluation reads its group only:
/// a search for pairs among a grant's n datasets costs n, not n². Each
/// candidate is still tested with the whole `where`, so the result is the
/// one a scan gives, in list order. A quantifier that calls `matches` is
/// scanned: where `at match` points depends on the order the items are
/// tested in.
#[derive(Clone, Debug)]
pub struct ListPlan {
    /// Index of its groups among the case's list plans.
    pub id: usize,
    /// The case variable: the groups are kept for its block.
    pub block: Slot,
    /// At least one.
    pub joins: Vec<Join>,
    /// The conjuncts on the item alone (`personal(b)`): an item that fails
    /// one is in no group.
    pub filters: Vec<Expr>,
    /// `inner.x != outer` in the same `where`, for a quantifier whose result
    /// does not depend on the order of the items (`any`, `none`, `count`):
    /// each group is split by `inner.x`, and the part equal to the outer
    /// side is not read. A grant's datasets that share a key, all from one
    /// source, are then not compared with each other one by one.
    pub apart: Option<Join>,
}

/// Lists shorter than this are scanned: grouping costs more than it saves.
pub const LIST_JOIN_MIN: usize = 16;
