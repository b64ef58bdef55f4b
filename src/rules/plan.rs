//! How an aggregate over all blocks of a kind is evaluated: which parts of
//! its `where` become hash-join keys, which filter blocks before grouping,
//! and whether each group's result can be computed once.

use super::ast::Expr;

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
