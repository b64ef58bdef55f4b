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
    reason = "generated code, read by the compiler rather than by people"
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

// 131 conditions compiled, 0 left to the interpreter;
// 133 message values compiled, 2 left to the interpreter.

pub(super) const RULES: &[CompiledRule] = &[
    CompiledRule {
        code: "MON001",
        fingerprint: 0x90279a89849e46be,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon001_0),
                interprets: false,
                severities: Some(mon001_0_severities),
                values: Some(mon001_0_values),
                places: Some(mon001_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON002",
        fingerprint: 0x9556d1935e919794,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon002_0),
                interprets: false,
                severities: None,
                values: Some(mon002_0_values),
                places: Some(mon002_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON003",
        fingerprint: 0x06f4d717607f6e25,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon003_0),
                interprets: false,
                severities: None,
                values: Some(mon003_0_values),
                places: Some(mon003_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON004",
        fingerprint: 0xeb077ca85124ffa7,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon004_0),
                interprets: false,
                severities: None,
                values: Some(mon004_0_values),
                places: Some(mon004_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON005",
        fingerprint: 0x1996d6f8939f0f4b,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon005_0),
                interprets: false,
                severities: None,
                values: Some(mon005_0_values),
                places: Some(mon005_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(mon005_1),
                interprets: true,
                severities: None,
                values: Some(mon005_1_values),
                places: Some(mon005_1_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON006",
        fingerprint: 0x853569d4c917136b,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon006_0),
                interprets: false,
                severities: Some(mon006_0_severities),
                values: Some(mon006_0_values),
                places: Some(mon006_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(mon006_1),
                interprets: true,
                severities: None,
                values: Some(mon006_1_values),
                places: Some(mon006_1_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON007",
        fingerprint: 0x460c65deaf242d93,
        cases: &[
            CompiledCase {
                once: Some(mon007_0_once),
                when: Some(mon007_0),
                interprets: true,
                severities: Some(mon007_0_severities),
                values: Some(mon007_0_values),
                places: Some(mon007_0_places),
                aggregates: &[
                    CompiledAggregate { filters: None, inner: Some(mon007_0_a0_inner), members: None, body: Some(mon007_0_a0_body) },
                    CompiledAggregate { filters: None, inner: Some(mon007_0_a1_inner), members: None, body: Some(mon007_0_a1_body) },
                    CompiledAggregate { filters: None, inner: Some(mon007_0_a2_inner), members: None, body: Some(mon007_0_a2_body) },
                    CompiledAggregate { filters: None, inner: Some(mon007_0_a3_inner), members: None, body: None },
                    CompiledAggregate { filters: None, inner: Some(mon007_0_a4_inner), members: None, body: Some(mon007_0_a4_body) },
                    CompiledAggregate { filters: None, inner: Some(mon007_0_a5_inner), members: None, body: Some(mon007_0_a5_body) },
                    CompiledAggregate { filters: None, inner: Some(mon007_0_a6_inner), members: None, body: Some(mon007_0_a6_body) },
                ],
            },
        ],
    },
    CompiledRule {
        code: "MON008",
        fingerprint: 0x101880393c672d94,
        cases: &[
            CompiledCase {
                once: Some(mon008_0_once),
                when: Some(mon008_0),
                interprets: true,
                severities: None,
                values: Some(mon008_0_values),
                places: Some(mon008_0_places),
                aggregates: &[
                    CompiledAggregate { filters: Some(mon008_0_a0_filters), inner: None, members: Some(mon008_0_a0_members), body: Some(mon008_0_a0_body) },
                    CompiledAggregate { filters: Some(mon008_0_a1_filters), inner: Some(mon008_0_a1_inner), members: Some(mon008_0_a1_members), body: Some(mon008_0_a1_body) },
                    CompiledAggregate { filters: Some(mon008_0_a2_filters), inner: Some(mon008_0_a2_inner), members: Some(mon008_0_a2_members), body: Some(mon008_0_a2_body) },
                    CompiledAggregate { filters: None, inner: Some(mon008_0_a3_inner), members: None, body: None },
                    CompiledAggregate { filters: None, inner: None, members: Some(mon008_0_a4_members), body: Some(mon008_0_a4_body) },
                    CompiledAggregate { filters: Some(mon008_0_a5_filters), inner: Some(mon008_0_a5_inner), members: None, body: None },
                    CompiledAggregate { filters: None, inner: Some(mon008_0_a6_inner), members: Some(mon008_0_a6_members), body: Some(mon008_0_a6_body) },
                ],
            },
        ],
    },
    CompiledRule {
        code: "MON009",
        fingerprint: 0x39945904b49b40f4,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon009_0),
                interprets: false,
                severities: Some(mon009_0_severities),
                values: Some(mon009_0_values),
                places: Some(mon009_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(mon009_1),
                interprets: false,
                severities: Some(mon009_1_severities),
                values: Some(mon009_1_values),
                places: Some(mon009_1_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON010",
        fingerprint: 0x2ee321a6e197f8a1,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon010_0),
                interprets: false,
                severities: None,
                values: Some(mon010_0_values),
                places: Some(mon010_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON011",
        fingerprint: 0x7dc0efd26c95a8ac,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon011_0),
                interprets: false,
                severities: None,
                values: Some(mon011_0_values),
                places: Some(mon011_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(mon011_1),
                interprets: true,
                severities: None,
                values: Some(mon011_1_values),
                places: Some(mon011_1_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON012",
        fingerprint: 0xa56a2373885ec318,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon012_0),
                interprets: false,
                severities: None,
                values: Some(mon012_0_values),
                places: Some(mon012_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(mon012_1),
                interprets: false,
                severities: None,
                values: Some(mon012_1_values),
                places: Some(mon012_1_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(mon012_2),
                interprets: true,
                severities: None,
                values: Some(mon012_2_values),
                places: Some(mon012_2_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON013",
        fingerprint: 0x03a1ebf337d42ccc,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon013_0),
                interprets: false,
                severities: None,
                values: Some(mon013_0_values),
                places: Some(mon013_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON014",
        fingerprint: 0x748e185d0052313c,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon014_0),
                interprets: false,
                severities: None,
                values: Some(mon014_0_values),
                places: Some(mon014_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "MON015",
        fingerprint: 0x93ba3897109b9d27,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(mon015_0),
                interprets: false,
                severities: None,
                values: Some(mon015_0_values),
                places: Some(mon015_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV001",
        fingerprint: 0x628bb710ada97a91,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv001_0),
                interprets: false,
                severities: None,
                values: Some(prv001_0_values),
                places: Some(prv001_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV002",
        fingerprint: 0x13e3748b72185d79,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv002_0),
                interprets: false,
                severities: None,
                values: Some(prv002_0_values),
                places: Some(prv002_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV003",
        fingerprint: 0x27caec77b9bf11f9,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv003_0),
                interprets: false,
                severities: None,
                values: Some(prv003_0_values),
                places: Some(prv003_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV004",
        fingerprint: 0xb0eba96bd0248d81,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv004_0),
                interprets: false,
                severities: None,
                values: Some(prv004_0_values),
                places: Some(prv004_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV005",
        fingerprint: 0x76629b1e52855983,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv005_0),
                interprets: false,
                severities: None,
                values: Some(prv005_0_values),
                places: Some(prv005_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV006",
        fingerprint: 0xe203334b99d4923e,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv006_0),
                interprets: false,
                severities: None,
                values: Some(prv006_0_values),
                places: Some(prv006_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv006_1),
                interprets: false,
                severities: None,
                values: Some(prv006_1_values),
                places: Some(prv006_1_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv006_2),
                interprets: false,
                severities: None,
                values: Some(prv006_2_values),
                places: Some(prv006_2_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV007",
        fingerprint: 0x45499bacd9d9a789,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv007_0),
                interprets: false,
                severities: None,
                values: Some(prv007_0_values),
                places: Some(prv007_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV008",
        fingerprint: 0x2c33fa29e2cce98a,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv008_0),
                interprets: true,
                severities: None,
                values: Some(prv008_0_values),
                places: Some(prv008_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV009",
        fingerprint: 0x960ef77daa99ddb9,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv009_0),
                interprets: false,
                severities: None,
                values: Some(prv009_0_values),
                places: Some(prv009_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv009_1),
                interprets: false,
                severities: None,
                values: Some(prv009_1_values),
                places: Some(prv009_1_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV010",
        fingerprint: 0xc15d74eccad92989,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv010_0),
                interprets: false,
                severities: None,
                values: Some(prv010_0_values),
                places: Some(prv010_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv010_1),
                interprets: false,
                severities: None,
                values: Some(prv010_1_values),
                places: Some(prv010_1_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv010_2),
                interprets: true,
                severities: None,
                values: Some(prv010_2_values),
                places: Some(prv010_2_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV011",
        fingerprint: 0x43b97519d93e9561,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv011_0),
                interprets: false,
                severities: None,
                values: Some(prv011_0_values),
                places: Some(prv011_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv011_1),
                interprets: false,
                severities: None,
                values: Some(prv011_1_values),
                places: Some(prv011_1_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv011_2),
                interprets: true,
                severities: None,
                values: Some(prv011_2_values),
                places: Some(prv011_2_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV012",
        fingerprint: 0xd65e4c2855c616a0,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv012_0),
                interprets: false,
                severities: None,
                values: Some(prv012_0_values),
                places: Some(prv012_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV013",
        fingerprint: 0xc3f143ef1cc11942,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv013_0),
                interprets: false,
                severities: None,
                values: Some(prv013_0_values),
                places: Some(prv013_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv013_1),
                interprets: false,
                severities: None,
                values: Some(prv013_1_values),
                places: Some(prv013_1_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV014",
        fingerprint: 0x3fa7d4b9a113b415,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv014_0),
                interprets: false,
                severities: None,
                values: Some(prv014_0_values),
                places: Some(prv014_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV015",
        fingerprint: 0x8626def3a9d89a54,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv015_0),
                interprets: false,
                severities: None,
                values: Some(prv015_0_values),
                places: Some(prv015_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv015_1),
                interprets: false,
                severities: None,
                values: Some(prv015_1_values),
                places: Some(prv015_1_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv015_2),
                interprets: true,
                severities: None,
                values: Some(prv015_2_values),
                places: Some(prv015_2_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(prv015_3),
                interprets: true,
                severities: None,
                values: Some(prv015_3_values),
                places: Some(prv015_3_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV016",
        fingerprint: 0xd8b50f43f372e3d3,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv016_0),
                interprets: false,
                severities: None,
                values: Some(prv016_0_values),
                places: Some(prv016_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PRV017",
        fingerprint: 0xf2c6c9c3d5ffaba3,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(prv017_0),
                interprets: false,
                severities: None,
                values: Some(prv017_0_values),
                places: Some(prv017_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY001",
        fingerprint: 0xb3e231425fc6289b,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty001_0),
                interprets: true,
                severities: None,
                values: Some(pty001_0_values),
                places: Some(pty001_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY002",
        fingerprint: 0x059f0e8a4a9191e4,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty002_0),
                interprets: false,
                severities: None,
                values: Some(pty002_0_values),
                places: Some(pty002_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty002_1),
                interprets: false,
                severities: None,
                values: Some(pty002_1_values),
                places: Some(pty002_1_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty002_2),
                interprets: false,
                severities: None,
                values: Some(pty002_2_values),
                places: Some(pty002_2_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty002_3),
                interprets: false,
                severities: None,
                values: Some(pty002_3_values),
                places: Some(pty002_3_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty002_4),
                interprets: true,
                severities: None,
                values: Some(pty002_4_values),
                places: Some(pty002_4_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY003",
        fingerprint: 0x0d63bada1d31dfb6,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty003_0),
                interprets: false,
                severities: None,
                values: Some(pty003_0_values),
                places: Some(pty003_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty003_1),
                interprets: true,
                severities: None,
                values: Some(pty003_1_values),
                places: Some(pty003_1_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY004",
        fingerprint: 0x7f1ee57d4f18c48f,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty004_0),
                interprets: false,
                severities: None,
                values: Some(pty004_0_values),
                places: Some(pty004_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY005",
        fingerprint: 0x79031fe7f6f25ed4,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty005_0),
                interprets: false,
                severities: None,
                values: Some(pty005_0_values),
                places: Some(pty005_0_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty005_1),
                interprets: false,
                severities: None,
                values: Some(pty005_1_values),
                places: Some(pty005_1_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty005_2),
                interprets: false,
                severities: None,
                values: Some(pty005_2_values),
                places: Some(pty005_2_places),
                aggregates: &[],
            },
            CompiledCase {
                once: None,
                when: Some(pty005_3),
                interprets: false,
                severities: None,
                values: Some(pty005_3_values),
                places: Some(pty005_3_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY006",
        fingerprint: 0x97a5db1c90bba925,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty006_0),
                interprets: false,
                severities: None,
                values: Some(pty006_0_values),
                places: Some(pty006_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY007",
        fingerprint: 0xe7ec017d79009dc7,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty007_0),
                interprets: true,
                severities: None,
                values: Some(pty007_0_values),
                places: Some(pty007_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY008",
        fingerprint: 0xd1415b47850d8329,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty008_0),
                interprets: false,
                severities: None,
                values: Some(pty008_0_values),
                places: Some(pty008_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "PTY009",
        fingerprint: 0xefbfcea9a10e0322,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(pty009_0),
                interprets: true,
                severities: None,
                values: Some(pty009_0_values),
                places: Some(pty009_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "TRN001",
        fingerprint: 0xb68842c749d1b892,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(trn001_0),
                interprets: false,
                severities: None,
                values: Some(trn001_0_values),
                places: Some(trn001_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "TRN002",
        fingerprint: 0x885b7b2985afb241,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(trn002_0),
                interprets: false,
                severities: None,
                values: Some(trn002_0_values),
                places: Some(trn002_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "TRN003",
        fingerprint: 0x73cd8ae067b0a953,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(trn003_0),
                interprets: false,
                severities: None,
                values: Some(trn003_0_values),
                places: Some(trn003_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "TRN004",
        fingerprint: 0x95253fe95e44b152,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(trn004_0),
                interprets: false,
                severities: None,
                values: Some(trn004_0_values),
                places: Some(trn004_0_places),
                aggregates: &[],
            },
        ],
    },
    CompiledRule {
        code: "TRN005",
        fingerprint: 0xebbf409062e6c0a6,
        cases: &[
            CompiledCase {
                once: None,
                when: Some(trn005_0),
                interprets: true,
                severities: None,
                values: Some(trn005_0_values),
                places: Some(trn005_0_places),
                aggregates: &[
                    CompiledAggregate { filters: None, inner: None, members: Some(trn005_0_a0_members), body: Some(trn005_0_a0_body) },
                ],
            },
        ],
    },
];

const F_ACCESS: [u8; 8] = [255, 255, 255, 255, 14, 255, 255, 255];
const F_AFFILIATED_WITH: [u8; 8] = [255, 255, 1, 255, 255, 255, 255, 255];
const F_ANONYMIZATION: [u8; 8] = [255, 255, 255, 255, 15, 255, 255, 255];
const F_AUDIT: [u8; 8] = [255, 255, 255, 255, 24, 255, 255, 255];
const F_AUTHORITY: [u8; 8] = [1, 255, 255, 255, 255, 255, 255, 255];
const F_BASIS: [u8; 8] = [255, 255, 255, 255, 255, 2, 255, 255];
const F_BODY: [u8; 8] = [255, 255, 255, 255, 255, 0, 0, 255];
const F_BREACH_NOTIFICATION: [u8; 8] = [255, 255, 255, 255, 31, 255, 255, 255];
const F_COMPETES_DOWNSTREAM: [u8; 8] = [255, 255, 4, 255, 255, 255, 255, 255];
const F_CONSENT: [u8; 8] = [255, 255, 255, 255, 19, 255, 255, 255];
const F_COVERS: [u8; 8] = [255, 255, 255, 255, 255, 255, 1, 255];
const F_CROSS_BORDER: [u8; 8] = [255, 255, 255, 255, 21, 255, 255, 255];
const F_DATASETS: [u8; 8] = [255, 255, 255, 255, 1, 1, 255, 255];
const F_EXCLUDES: [u8; 8] = [255, 255, 255, 255, 12, 255, 255, 255];
const F_EXCLUSIVE: [u8; 8] = [255, 255, 255, 255, 3, 255, 255, 255];
const F_EXIT_TERMS: [u8; 8] = [255, 255, 255, 255, 11, 255, 255, 255];
const F_FAIR_COMPETITION_REVIEW: [u8; 8] = [255, 255, 255, 255, 10, 255, 255, 255];
const F_FREE_FOR: [u8; 8] = [255, 255, 255, 255, 26, 255, 255, 255];
const F_IMPACT_ASSESSMENT: [u8; 8] = [255, 255, 255, 255, 23, 255, 255, 255];
const F_INDEPENDENT: [u8; 8] = [255, 2, 255, 255, 255, 255, 2, 255];
const F_JURISDICTION: [u8; 8] = [0, 3, 5, 255, 255, 255, 255, 255];
const F_JUSTIFICATION: [u8; 8] = [255, 255, 255, 255, 9, 255, 255, 255];
const F_K: [u8; 8] = [255, 255, 255, 255, 16, 255, 255, 255];
const F_KEYS: [u8; 8] = [255, 255, 255, 4, 255, 255, 255, 255];
const F_KIND: [u8; 8] = [255, 0, 0, 255, 255, 255, 255, 255];
const F_LEGAL_BASIS: [u8; 8] = [255, 255, 255, 255, 18, 255, 255, 255];
const F_LOGGING: [u8; 8] = [255, 255, 255, 255, 255, 4, 255, 255];
const F_NOTIFICATION: [u8; 8] = [255, 255, 255, 255, 255, 3, 255, 255];
const F_OPERATOR: [u8; 8] = [255, 255, 255, 255, 0, 255, 255, 255];
const F_OVERSIGHT: [u8; 8] = [255, 255, 255, 255, 255, 5, 255, 255];
const F_PARTY_ROLE: [u8; 8] = [255, 255, 3, 255, 255, 255, 255, 255];
const F_PRICING: [u8; 8] = [255, 255, 255, 255, 25, 255, 255, 255];
const F_PUBLISHED: [u8; 8] = [255, 255, 255, 255, 8, 255, 255, 255];
const F_PURPOSES: [u8; 8] = [255, 255, 255, 255, 13, 255, 255, 255];
const F_RECORDS: [u8; 8] = [255, 255, 255, 2, 255, 255, 255, 255];
const F_REDRESS: [u8; 8] = [255, 255, 255, 255, 30, 255, 255, 255];
const F_RENEWAL: [u8; 8] = [255, 255, 255, 255, 5, 255, 255, 255];
const F_REPORTS_TO: [u8; 8] = [255, 1, 255, 255, 255, 255, 255, 255];
const F_RESALE: [u8; 8] = [255, 255, 255, 255, 29, 255, 255, 255];
const F_RETENTION: [u8; 8] = [255, 255, 255, 255, 20, 255, 255, 255];
const F_REVENUE_SHARE: [u8; 8] = [255, 255, 255, 255, 27, 255, 255, 255];
const F_REVIEW_INTERVAL: [u8; 8] = [255, 255, 255, 255, 6, 255, 255, 255];
const F_SCOPE: [u8; 8] = [255, 255, 255, 255, 2, 255, 255, 255];
const F_SELECTION: [u8; 8] = [255, 255, 255, 255, 7, 255, 255, 255];
const F_SOURCE: [u8; 8] = [255, 255, 255, 3, 255, 255, 255, 255];
const F_SUBJECTS: [u8; 8] = [255, 255, 255, 1, 255, 255, 255, 255];
const F_TERM: [u8; 8] = [255, 255, 255, 255, 4, 255, 255, 255];
const F_TEXT: [u8; 8] = [255, 255, 255, 255, 255, 255, 255, 0];
const F_TRANSFER_ASSESSMENT: [u8; 8] = [255, 255, 255, 255, 22, 255, 255, 255];

fn mon001_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.exclusive == true
    if !(x.stored_in(v0, &F_EXCLUSIVE, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn mon001_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.operator.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_OPERATOR))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon001_0_severities<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize) -> bool {
    let v0 = Some(block);
    match which {
        // if present(g.justification) and g.review_interval <= 3y
        0 => {
            (x.has(v0, &F_JUSTIFICATION)) && (matches!(order(&x.read(v0, &F_REVIEW_INTERVAL), &V::Dur(Duration { amount: 3, unit: DurationUnit::Years })), Some(Less | Equal)))
        }
        _ => x.eval(&case.severities[which].1, env).truthy(),
    }
}

fn mon001_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.exclusive
        0 => {
            x.place_of(v0, &F_EXCLUSIVE, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon002_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when g.exclusive == true
    if !(x.stored_in(v1, &F_EXCLUSIVE, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when g.term > max_exclusive_term
    if !(matches!(order(&x.read(v1, &F_TERM), &env.param(0)), Some(Greater))) {
        return false;
    }
    true
}

fn mon002_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {g.term}
        1 => {
            x.read(v1, &F_TERM)
        }
        // {max_exclusive_term}
        2 => {
            env.param(0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon002_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.term
        0 => {
            x.place_of(v1, &F_TERM, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon003_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when g.exclusive == true
    if !(x.stored_in(v1, &F_EXCLUSIVE, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when absent(g.review_interval) or g.review_interval > max_review
    if !((!x.has(v1, &F_REVIEW_INTERVAL)) || (matches!(order(&x.read(v1, &F_REVIEW_INTERVAL), &env.param(0)), Some(Greater)))) {
        return false;
    }
    true
}

fn mon003_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {max_review}
        1 => {
            env.param(0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon003_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.review_interval
        0 => {
            x.place_of(v1, &F_REVIEW_INTERVAL, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon004_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when g.term > max_term
    if !(matches!(order(&x.read(v1, &F_TERM), &env.param(0)), Some(Greater))) {
        return false;
    }
    true
}

fn mon004_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {g.term}
        1 => {
            x.read(v1, &F_TERM)
        }
        // {max_term}
        2 => {
            env.param(0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon004_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.term
        0 => {
            x.place_of(v1, &F_TERM, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon005_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.renewal == automatic
    if !(x.stored_in(v0, &F_RENEWAL, &[V::Word(Word::from_raw(51))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn mon005_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon005_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.renewal
        0 => {
            x.place_of(v0, &F_RENEWAL, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon005_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, AUTO_RENEW)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "AUTO_RENEW", env)) {
        return false;
    }
    true
}

fn mon005_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon005_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon006_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.selection in [direct_award, designation] or absent(g.selection)
    if !((x.stored_in(v0, &F_SELECTION, &[V::Word(Word::from_raw(54)), V::Word(Word::from_raw(55))]).unwrap_or(false)) || (x.remembered(0, || V::Bool(!x.has(v0, &F_SELECTION))).truthy())) {
        return false;
    }
    true
}

fn mon006_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon006_0_severities<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize) -> bool {
    let v0 = Some(block);
    match which {
        // if absent(g.selection)
        0 => {
            x.remembered(0, || V::Bool(!x.has(v0, &F_SELECTION))).truthy()
        }
        _ => x.eval(&case.severities[which].1, env).truthy(),
    }
}

fn mon006_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.selection
        0 => {
            x.place_of(v0, &F_SELECTION, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon006_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, DIRECT_AWARD)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "DIRECT_AWARD", env)) {
        return false;
    }
    true
}

fn mon006_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon006_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon007_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when count(h in grant where h.policy.jurisdiction == J) >= 2
    let l2 = x.read_remembered(x.policy(v1), &F_JURISDICTION);
    if !(matches!(order(&x.aggregate_keyed(3, &[l2.clone()], env), &V::Num(2.0)), Some(Greater | Equal))) {
        return false;
    }
    // when hhi > hhi_threshold
    let l5 = x.aggregate_keyed(0, &[l2.clone()], env);
    let l10 = arith(BinOp::Div, &arith(BinOp::Mul, &V::Num(10000.0), &x.aggregate_keyed(2, &[l2.clone()], env)), &arith(BinOp::Mul, &l5.clone(), &l5.clone()));
    if !(matches!(order(&l10.clone(), &env.param(0)), Some(Greater))) {
        return false;
    }
    true
}

fn mon007_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {J}
        0 => {
            let l2 = x.read_remembered(x.policy(v1), &F_JURISDICTION);
            l2.clone()
        }
        // {hhi_threshold}
        2 => {
            env.param(0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon007_0_severities<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize) -> bool {
    let v1 = Some(block);
    match which {
        // if (max(h in grant where h.policy.jurisdiction == J: h.operator) == min(h in grant where h.policy.jurisdiction == J: h.operator) and none(h in grant where h.policy.jurisdiction == J: absent(h.operator)))
        0 => {
            let l2 = x.read_remembered(x.policy(v1), &F_JURISDICTION);
            (equal(&x.aggregate_keyed(4, &[l2.clone()], env), &x.aggregate_keyed(5, &[l2.clone()], env))) && (x.aggregate_keyed(6, &[l2.clone()], env).truthy())
        }
        _ => x.eval(&case.severities[which].1, env).truthy(),
    }
}

fn mon007_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.operator
        0 => {
            x.place_of(v1, &F_OPERATOR, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

// once J
fn mon007_0_once<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> V<'a> {
    let v1 = Some(block);
    let l2 = x.read_remembered(x.policy(v1), &F_JURISDICTION);
    l2.clone()
}

fn mon007_0_a0_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v3 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v3), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

// sum(d in h.datasets: d.records ?? 1)
fn mon007_0_a0_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v3 = Some(member);
    { let mut sum = 0.0; for q in x.refs(v3, &F_DATASETS) { let v4 = Some(q); if true { if let V::Num(n) | V::Pct(n) = { let m = x.read(v4, &F_RECORDS); if m.is_absent() { V::Num(1.0) } else { m } } { sum += n; } } } V::Num(sum) }
}

fn mon007_0_a2_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v6 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v6), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

// sum(d in h.datasets: d.records ?? 1) * sum(k in grant where k.policy.jurisdiction == h.policy.jurisdiction and k.operator == h.operator: sum(d in k.datasets: d.records ?? 1))
fn mon007_0_a2_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v6 = Some(member);
    arith(BinOp::Mul, &{ let mut sum = 0.0; for q in x.refs(v6, &F_DATASETS) { let v7 = Some(q); if true { if let V::Num(n) | V::Pct(n) = { let m = x.read(v7, &F_RECORDS); if m.is_absent() { V::Num(1.0) } else { m } } { sum += n; } } } V::Num(sum) }, &x.aggregate_keyed(1, &[x.read_remembered(x.policy(v6), &F_JURISDICTION), x.read(v6, &F_OPERATOR)], env))
}

fn mon007_0_a3_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v11 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v11), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

fn mon007_0_a1_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v8 = Some(member);
    match join {
        // k.policy.jurisdiction
        0 => x.read_remembered(x.policy(v8), &F_JURISDICTION),
        // k.operator
        1 => x.read(v8, &F_OPERATOR),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

// sum(d in k.datasets: d.records ?? 1)
fn mon007_0_a1_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v8 = Some(member);
    { let mut sum = 0.0; for q in x.refs(v8, &F_DATASETS) { let v9 = Some(q); if true { if let V::Num(n) | V::Pct(n) = { let m = x.read(v9, &F_RECORDS); if m.is_absent() { V::Num(1.0) } else { m } } { sum += n; } } } V::Num(sum) }
}

fn mon007_0_a4_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v12 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v12), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

// h.operator
fn mon007_0_a4_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v12 = Some(member);
    x.read(v12, &F_OPERATOR)
}

fn mon007_0_a5_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v13 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v13), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

// h.operator
fn mon007_0_a5_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v13 = Some(member);
    x.read(v13, &F_OPERATOR)
}

fn mon007_0_a6_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v14 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v14), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

// absent(h.operator)
fn mon007_0_a6_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v14 = Some(member);
    V::Bool(!x.read_ref(v14, &F_OPERATOR).is_some())
}

fn mon008_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when present(g)
    let l4 = as_block(x.aggregate_keyed(0, &[blk(v0)], env));
    if !(l4.is_some()) {
        return false;
    }
    // when max(h in grant where h.policy.jurisdiction == J and src in h.datasets.source and h.scope in [provincial, national]: h.operator) == g.operator
    let l1 = x.read_remembered(x.policy(v0), &F_JURISDICTION);
    let l2 = x.read(v0, &F_SOURCE);
    if !(equal(&x.aggregate_keyed(1, &[l1.clone(), l2.clone()], env), &x.read(l4, &F_OPERATOR))) {
        return false;
    }
    // when min(h in grant where h.policy.jurisdiction == J and src in h.datasets.source and h.scope in [provincial, national]: h.operator) == g.operator
    if !(equal(&x.aggregate_keyed(2, &[l1.clone(), l2.clone()], env), &x.read(l4, &F_OPERATOR))) {
        return false;
    }
    // when count(e in dataset where e.source == src and e.policy.jurisdiction == J) == count(e in dataset where e.source == src and e.policy.jurisdiction == J and any(h in grant where e in h.datasets: h.scope in [provincial, national]))
    if !(equal(&x.aggregate_keyed(3, &[l2.clone(), l1.clone()], env), &x.aggregate_keyed(5, &[l2.clone(), l1.clone()], env))) {
        return false;
    }
    // when none(h in grant where h.policy.jurisdiction == J and src in h.datasets.source and h.operator == g.operator: h.exclusive == true)
    if !(x.aggregate_keyed(6, &[l1.clone(), l2.clone(), x.read(l4, &F_OPERATOR)], env).truthy()) {
        return false;
    }
    true
}

fn mon008_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {src}
        0 => {
            let l2 = x.read(v0, &F_SOURCE);
            l2.clone()
        }
        // {J}
        1 => {
            let l1 = x.read_remembered(x.policy(v0), &F_JURISDICTION);
            l1.clone()
        }
        // {d.name}
        2 => {
            x.name_of(v0)
        }
        // {g.operator.name}
        3 => {
            let l4 = as_block(x.aggregate_keyed(0, &[blk(v0)], env));
            x.name_of(x.read_ref(l4, &F_OPERATOR))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon008_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // d
        0 => {
            x.header_of(v0, out);
        }
        // g.operator
        1 => {
            let l4 = as_block(x.aggregate_keyed(0, &[blk(v0)], env));
            x.place_of(l4, &F_OPERATOR, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

// once [g.operator, src]
fn mon008_0_once<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> V<'a> {
    let v0 = Some(block);
    let l4 = as_block(x.aggregate_keyed(0, &[blk(v0)], env));
    let l2 = x.read(v0, &F_SOURCE);
    V::List(std::sync::Arc::from([x.read(l4, &F_OPERATOR), l2.clone()]))
}

fn mon008_0_a0_filters<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, member: BlockId) -> bool {
    let v3 = Some(member);
    (x.stored_in(v3, &F_SCOPE, &[V::Word(Word::from_raw(46)), V::Word(Word::from_raw(45))]).unwrap_or(false)) && (!x.stored_in(v3, &F_EXCLUSIVE, &[V::Bool(true)]).unwrap_or(false))
}

fn mon008_0_a0_members<'a>(x: &Engine<'_, 'a>, member: BlockId, join: usize, keys: &mut Vec<Key<'a>>) -> bool {
    let v3 = Some(member);
    match join {
        // h.datasets
        0 => x.item_keys(v3, &F_DATASETS, keys),
        _ => return false,
    }
    true
}

// h
fn mon008_0_a0_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v3 = Some(member);
    blk(v3)
}

fn mon008_0_a1_filters<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, member: BlockId) -> bool {
    let v5 = Some(member);
    (x.stored_in(v5, &F_SCOPE, &[V::Word(Word::from_raw(46)), V::Word(Word::from_raw(45))]).unwrap_or(false))
}

fn mon008_0_a1_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v5 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v5), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

fn mon008_0_a1_members<'a>(x: &Engine<'_, 'a>, member: BlockId, join: usize, keys: &mut Vec<Key<'a>>) -> bool {
    let v5 = Some(member);
    match join {
        // h.datasets.source
        1 => x.field_keys(v5, &F_DATASETS, &F_SOURCE, keys),
        _ => return false,
    }
    true
}

// h.operator
fn mon008_0_a1_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v5 = Some(member);
    x.read(v5, &F_OPERATOR)
}

fn mon008_0_a2_filters<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, member: BlockId) -> bool {
    let v6 = Some(member);
    (x.stored_in(v6, &F_SCOPE, &[V::Word(Word::from_raw(46)), V::Word(Word::from_raw(45))]).unwrap_or(false))
}

fn mon008_0_a2_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v6 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v6), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

fn mon008_0_a2_members<'a>(x: &Engine<'_, 'a>, member: BlockId, join: usize, keys: &mut Vec<Key<'a>>) -> bool {
    let v6 = Some(member);
    match join {
        // h.datasets.source
        1 => x.field_keys(v6, &F_DATASETS, &F_SOURCE, keys),
        _ => return false,
    }
    true
}

// h.operator
fn mon008_0_a2_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v6 = Some(member);
    x.read(v6, &F_OPERATOR)
}

fn mon008_0_a3_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v7 = Some(member);
    match join {
        // e.source
        0 => x.read(v7, &F_SOURCE),
        // e.policy.jurisdiction
        1 => x.read_remembered(x.policy(v7), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

fn mon008_0_a4_members<'a>(x: &Engine<'_, 'a>, member: BlockId, join: usize, keys: &mut Vec<Key<'a>>) -> bool {
    let v9 = Some(member);
    match join {
        // h.datasets
        0 => x.item_keys(v9, &F_DATASETS, keys),
        _ => return false,
    }
    true
}

// h.scope in [provincial, national]
fn mon008_0_a4_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v9 = Some(member);
    V::Bool(x.stored_in(v9, &F_SCOPE, &[V::Word(Word::from_raw(46)), V::Word(Word::from_raw(45))]).unwrap_or(false))
}

fn mon008_0_a5_filters<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, member: BlockId) -> bool {
    let v8 = Some(member);
    (x.aggregate_keyed(4, &[blk(v8)], env).truthy())
}

fn mon008_0_a5_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v8 = Some(member);
    match join {
        // e.source
        0 => x.read(v8, &F_SOURCE),
        // e.policy.jurisdiction
        1 => x.read_remembered(x.policy(v8), &F_JURISDICTION),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

fn mon008_0_a6_inner<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, plan: &Plan, member: BlockId, join: usize) -> V<'a> {
    let v10 = Some(member);
    match join {
        // h.policy.jurisdiction
        0 => x.read_remembered(x.policy(v10), &F_JURISDICTION),
        // h.operator
        2 => x.read(v10, &F_OPERATOR),
        _ => x.eval(&plan.joins[join].inner, env),
    }
}

fn mon008_0_a6_members<'a>(x: &Engine<'_, 'a>, member: BlockId, join: usize, keys: &mut Vec<Key<'a>>) -> bool {
    let v10 = Some(member);
    match join {
        // h.datasets.source
        1 => x.field_keys(v10, &F_DATASETS, &F_SOURCE, keys),
        _ => return false,
    }
    true
}

// h.exclusive == true
fn mon008_0_a6_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v10 = Some(member);
    V::Bool(x.stored_in(v10, &F_EXCLUSIVE, &[V::Bool(true)]).unwrap_or(false))
}

fn mon009_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.policy.authority in g.operator.affiliated_with
    if !({ let m = x.read_ref(x.policy(v0), &F_AUTHORITY); m.is_some() && x.refs(x.read_ref(v0, &F_OPERATOR), &F_AFFILIATED_WITH).any(|i| Some(i) == m) }) {
        return false;
    }
    true
}

fn mon009_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.operator.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_OPERATOR))
        }
        // {g.policy.authority.name}
        2 => {
            x.name_of(x.read_ref(x.policy(v0), &F_AUTHORITY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon009_0_severities<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize) -> bool {
    let v0 = Some(block);
    match which {
        // if g.selection == open_tender
        0 => {
            x.stored_in(v0, &F_SELECTION, &[V::Word(Word::from_raw(52))]).unwrap_or(false)
        }
        _ => x.eval(&case.severities[which].1, env).truthy(),
    }
}

fn mon009_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.operator
        0 => {
            x.place_of(v0, &F_OPERATOR, false, out);
        }
        // g.operator.affiliated_with
        1 => {
            x.place_of(x.read_ref(v0, &F_OPERATOR), &F_AFFILIATED_WITH, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon009_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.policy.authority.reports_to in g.operator.affiliated_with
    if !({ let m = x.read_ref(x.read_ref(x.policy(v0), &F_AUTHORITY), &F_REPORTS_TO); m.is_some() && x.refs(x.read_ref(v0, &F_OPERATOR), &F_AFFILIATED_WITH).any(|i| Some(i) == m) }) {
        return false;
    }
    // when g.policy.authority not in g.operator.affiliated_with
    if !({ let m = x.read_ref(x.policy(v0), &F_AUTHORITY); m.is_some() && !x.refs(x.read_ref(v0, &F_OPERATOR), &F_AFFILIATED_WITH).any(|i| Some(i) == m) }) {
        return false;
    }
    true
}

fn mon009_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.operator.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_OPERATOR))
        }
        // {g.policy.authority.reports_to.name}
        2 => {
            x.name_of(x.read_ref(x.read_ref(x.policy(v0), &F_AUTHORITY), &F_REPORTS_TO))
        }
        // {g.policy.authority.name}
        3 => {
            x.name_of(x.read_ref(x.policy(v0), &F_AUTHORITY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon009_1_severities<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize) -> bool {
    let v0 = Some(block);
    match which {
        // if g.selection == open_tender
        0 => {
            x.stored_in(v0, &F_SELECTION, &[V::Word(Word::from_raw(52))]).unwrap_or(false)
        }
        _ => x.eval(&case.severities[which].1, env).truthy(),
    }
}

fn mon009_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.operator
        0 => {
            x.place_of(v0, &F_OPERATOR, false, out);
        }
        // g.operator.affiliated_with
        1 => {
            x.place_of(x.read_ref(v0, &F_OPERATOR), &F_AFFILIATED_WITH, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon010_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when o.competes_downstream == true
    if !(x.stored_in(v0, &F_COMPETES_DOWNSTREAM, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn mon010_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {o.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon010_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // o.competes_downstream
        0 => {
            x.place_of(v0, &F_COMPETES_DOWNSTREAM, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon011_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when len(g.excludes ?? []) > 0
    if !(matches!(order(&V::Num(x.list_len(v0, &F_EXCLUDES) as f64), &V::Num(0.0)), Some(Greater))) {
        return false;
    }
    true
}

fn mon011_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon011_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.excludes
        0 => {
            x.place_of(v0, &F_EXCLUDES, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon011_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, LOCAL_ONLY)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "LOCAL_ONLY", env)) {
        return false;
    }
    true
}

fn mon011_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon011_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon012_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.revenue_share > 0%
    if !(matches!(order(&x.read(v0, &F_REVENUE_SHARE), &V::Pct(0.0)), Some(Greater))) {
        return false;
    }
    true
}

fn mon012_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.revenue_share}
        1 => {
            x.read(v0, &F_REVENUE_SHARE)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon012_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.revenue_share
        0 => {
            x.place_of(v0, &F_REVENUE_SHARE, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon012_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.pricing == market
    if !(x.stored_in(v0, &F_PRICING, &[V::Word(Word::from_raw(88))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn mon012_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon012_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.pricing
        0 => {
            x.place_of(v0, &F_PRICING, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon012_2<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, REVENUE_SHARE)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "REVENUE_SHARE", env)) {
        return false;
    }
    true
}

fn mon012_2_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon012_2_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon013_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.pricing != free
    if !(!x.stored_in(v0, &F_PRICING, &[V::Word(Word::from_raw(85))]).unwrap_or(false)) {
        return false;
    }
    // when public_interest not in (g.free_for ?? [])
    if !({ let m = V::Word(Word::from_raw(60)); !m.is_absent() && !(x.list_contains(v0, &F_FREE_FOR, &m)) }) {
        return false;
    }
    true
}

fn mon013_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon013_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.free_for
        0 => {
            x.place_of(v0, &F_FREE_FOR, false, out);
        }
        // g.pricing
        1 => {
            x.place_of(v0, &F_PRICING, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon014_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.fair_competition_review != true
    if !(!x.stored_in(v0, &F_FAIR_COMPETITION_REVIEW, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn mon014_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon014_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.fair_competition_review
        0 => {
            x.place_of(v0, &F_FAIR_COMPETITION_REVIEW, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn mon015_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.exit_terms != true
    if !(!x.stored_in(v0, &F_EXIT_TERMS, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn mon015_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn mon015_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.exit_terms
        0 => {
            x.place_of(v0, &F_EXIT_TERMS, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv001_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when sensitive(g.datasets)
    if !(x.remembered(2, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & SENSITIVE != 0))).truthy()) {
        return false;
    }
    // when g.access in [raw, api]
    if !(x.stored_in(v0, &F_ACCESS, &[V::Word(Word::from_raw(67)), V::Word(Word::from_raw(68))]).unwrap_or(false)) {
        return false;
    }
    // when (g.anonymization ?? none) in [none, pseudonymized]
    if !(x.stored_in(v0, &F_ANONYMIZATION, &[V::Word(Word::from_raw(20)), V::Word(Word::from_raw(72))]).unwrap_or(true)) {
        return false;
    }
    true
}

fn prv001_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.access}
        1 => {
            x.read(v0, &F_ACCESS)
        }
        // {d.name}
        2 => {
            let l2 = as_block(x.remembered(1, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if x.marks_of(v1) & SENSITIVE != 0 { found = v1; break; } } found })));
            x.name_of(l2)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv001_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.access
        0 => {
            x.place_of(v0, &F_ACCESS, false, out);
        }
        // d
        1 => {
            let l2 = as_block(x.remembered(1, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if x.marks_of(v1) & SENSITIVE != 0 { found = v1; break; } } found })));
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv002_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when sensitive(g.datasets)
    if !(x.remembered(2, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & SENSITIVE != 0))).truthy()) {
        return false;
    }
    // when g.legal_basis == consent
    if !(x.stored_in(v0, &F_LEGAL_BASIS, &[V::Word(Word::from_raw(76))]).unwrap_or(false)) {
        return false;
    }
    // when (g.consent ?? none) not in [separate, written, guardian]
    if !(x.stored_in(v0, &F_CONSENT, &[V::Word(Word::from_raw(80)), V::Word(Word::from_raw(81)), V::Word(Word::from_raw(82))]).map_or(true, |found| !found)) {
        return false;
    }
    true
}

fn prv002_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {d.name}
        1 => {
            let l2 = as_block(x.remembered(1, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if x.marks_of(v1) & SENSITIVE != 0 { found = v1; break; } } found })));
            x.name_of(l2)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv002_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.consent
        0 => {
            x.place_of(v0, &F_CONSENT, false, out);
        }
        // d
        1 => {
            let l2 = as_block(x.remembered(1, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if x.marks_of(v1) & SENSITIVE != 0 { found = v1; break; } } found })));
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv003_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when present(d)
    let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if ({ let m = V::Word(Word::from_raw(25)); x.list_contains(v1, &F_SUBJECTS, &m) }) || ((x.lineage_of(v1)) & 0x800000000 != 0) { found = v1; break; } } found };
    if !(l2.is_some()) {
        return false;
    }
    // when g.consent != guardian
    if !(!x.stored_in(v0, &F_CONSENT, &[V::Word(Word::from_raw(82))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv003_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {d.name}
        1 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if ({ let m = V::Word(Word::from_raw(25)); x.list_contains(v1, &F_SUBJECTS, &m) }) || ((x.lineage_of(v1)) & 0x800000000 != 0) { found = v1; break; } } found };
            x.name_of(l2)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv003_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.consent
        0 => {
            x.place_of(v0, &F_CONSENT, false, out);
        }
        // d
        1 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if ({ let m = V::Word(Word::from_raw(25)); x.list_contains(v1, &F_SUBJECTS, &m) }) || ((x.lineage_of(v1)) & 0x800000000 != 0) { found = v1; break; } } found };
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv004_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when present(d)
    let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.lineage_of(v1)) & 0x10000000000000 != 0 { found = v1; break; } } found };
    if !(l2.is_some()) {
        return false;
    }
    // when g.operator.kind != public_body
    if !(!x.stored_in(x.read_ref(v0, &F_OPERATOR), &F_KIND, &[V::Word(Word::from_raw(16))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv004_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {d.name}
        1 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.lineage_of(v1)) & 0x10000000000000 != 0 { found = v1; break; } } found };
            x.name_of(l2)
        }
        // {g.operator.name}
        2 => {
            x.name_of(x.read_ref(v0, &F_OPERATOR))
        }
        // {g.operator.kind}
        3 => {
            x.read(x.read_ref(v0, &F_OPERATOR), &F_KIND)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv004_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.operator
        0 => {
            x.place_of(v0, &F_OPERATOR, false, out);
        }
        // d
        1 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.lineage_of(v1)) & 0x10000000000000 != 0 { found = v1; break; } } found };
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv005_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.access in [raw, api]
    if !(x.stored_in(v0, &F_ACCESS, &[V::Word(Word::from_raw(67)), V::Word(Word::from_raw(68))]).unwrap_or(false)) {
        return false;
    }
    // when (g.anonymization ?? none) in [none, pseudonymized]
    if !(x.stored_in(v0, &F_ANONYMIZATION, &[V::Word(Word::from_raw(20)), V::Word(Word::from_raw(72))]).unwrap_or(true)) {
        return false;
    }
    true
}

fn prv005_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.access}
        1 => {
            x.read(v0, &F_ACCESS)
        }
        // {d.name}
        2 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if x.marks_of(v1) & PERSONAL != 0 { found = v1; break; } } found };
            x.name_of(l2)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv005_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.anonymization
        0 => {
            x.place_of(v0, &F_ANONYMIZATION, false, out);
        }
        // d
        1 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if x.marks_of(v1) & PERSONAL != 0 { found = v1; break; } } found };
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv006_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when g.anonymization == k_anonymity
    if !(x.stored_in(v1, &F_ANONYMIZATION, &[V::Word(Word::from_raw(73))]).unwrap_or(false)) {
        return false;
    }
    // when present(g.k)
    if !(x.has(v1, &F_K)) {
        return false;
    }
    // when g.k < min_k
    if !(matches!(order(&x.read(v1, &F_K), &env.param(0)), Some(Less))) {
        return false;
    }
    true
}

fn prv006_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {g.k}
        1 => {
            x.read(v1, &F_K)
        }
        // {min_k}
        2 => {
            env.param(0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv006_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.k
        0 => {
            x.place_of(v1, &F_K, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv006_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when g.anonymization == k_anonymity
    if !(x.stored_in(v1, &F_ANONYMIZATION, &[V::Word(Word::from_raw(73))]).unwrap_or(false)) {
        return false;
    }
    // when absent(g.k)
    if !(!x.has(v1, &F_K)) {
        return false;
    }
    true
}

fn prv006_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {min_k}
        1 => {
            env.param(0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv006_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.k
        0 => {
            x.place_of(v1, &F_K, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv006_2<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when present(d)
    let l3 = { let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if ((((x.lineage_of(v2)) & 0x80000000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("birth_date"), None); x.list_contains(v2, &F_KEYS, &m) })) && (((x.lineage_of(v2)) & 0x100000000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("gender"), None); x.list_contains(v2, &F_KEYS, &m) }))) && (((x.lineage_of(v2)) & 0x10000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("postcode"), None); x.list_contains(v2, &F_KEYS, &m) })) { found = v2; break; } } found };
    if !(l3.is_some()) {
        return false;
    }
    // when (g.anonymization ?? none) in [none, pseudonymized]
    if !(x.stored_in(v1, &F_ANONYMIZATION, &[V::Word(Word::from_raw(20)), V::Word(Word::from_raw(72))]).unwrap_or(true)) {
        return false;
    }
    true
}

fn prv006_2_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {d.name}
        1 => {
            let l3 = { let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if ((((x.lineage_of(v2)) & 0x80000000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("birth_date"), None); x.list_contains(v2, &F_KEYS, &m) })) && (((x.lineage_of(v2)) & 0x100000000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("gender"), None); x.list_contains(v2, &F_KEYS, &m) }))) && (((x.lineage_of(v2)) & 0x10000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("postcode"), None); x.list_contains(v2, &F_KEYS, &m) })) { found = v2; break; } } found };
            x.name_of(l3)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv006_2_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.anonymization
        0 => {
            x.place_of(v1, &F_ANONYMIZATION, false, out);
        }
        // d
        1 => {
            let l3 = { let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if ((((x.lineage_of(v2)) & 0x80000000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("birth_date"), None); x.list_contains(v2, &F_KEYS, &m) })) && (((x.lineage_of(v2)) & 0x100000000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("gender"), None); x.list_contains(v2, &F_KEYS, &m) }))) && (((x.lineage_of(v2)) & 0x10000000000 != 0) || ({ let m = V::Text(Cow::Borrowed("postcode"), None); x.list_contains(v2, &F_KEYS, &m) })) { found = v2; break; } } found };
            x.header_of(l3, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv007_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when present(d)
    let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.lineage_of(v1)) & 0x30000000000000000000000 != 0 { found = v1; break; } } found };
    if !(l2.is_some()) {
        return false;
    }
    // when g.access in [raw, api]
    if !(x.stored_in(v0, &F_ACCESS, &[V::Word(Word::from_raw(67)), V::Word(Word::from_raw(68))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv007_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.access}
        1 => {
            x.read(v0, &F_ACCESS)
        }
        // {d.name}
        2 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.lineage_of(v1)) & 0x30000000000000000000000 != 0 { found = v1; break; } } found };
            x.name_of(l2)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv007_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.access
        0 => {
            x.place_of(v0, &F_ACCESS, false, out);
        }
        // d
        1 => {
            let l2 = { let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.lineage_of(v1)) & 0x30000000000000000000000 != 0 { found = v1; break; } } found };
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv008_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // The engine joins a long list (`ListPlan`) that this code scans.
    if x.list_len(v0, &F_DATASETS) >= LIST_JOIN_MIN {
        return case.when.iter().all(|when| x.eval(when, env).truthy());
    }
    // when present(pair)
    let l3 = x.remembered(6, || V::Bool((x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (x.remembered(5, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if !equal(&x.read(v1, &F_SOURCE), &x.read(as_block(x.remembered(4, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v2 = Some(q); if true { found = v2; break; } } found }))), &F_SOURCE)) { held = true; break; } } held })).truthy()))).truthy();
    let l6 = x.remembered(8, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v4 = Some(q); if ((x.lineage_of(v4)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v4, &F_SOURCE), &x.read(as_block(x.remembered(7, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v5 = Some(q); if (x.lineage_of(v5)) & 0x40004000000001020000000 != 0 { found = v5; break; } } found }))), &F_SOURCE))) { held = true; break; } } held })).truthy();
    let l12 = as_block(x.remembered(9, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v7 = Some(q); if (l3) && (({ let mut held = false; for q in x.items(v7, &F_KEYS) { let v8 = q; if ((x.marks_of(v7) & PERSONAL != 0) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v9 = Some(q); if (({ let m = v8.clone(); x.list_contains(v9, &F_KEYS, &m) }) && (!equal(&x.read(v9, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && (!equal(&x.name_of(v7), &x.name_of(v9))) { held = true; break; } } held })) || ((!(x.marks_of(v7) & PERSONAL != 0)) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v10 = Some(q); if ((({ let m = v8.clone(); x.list_contains(v10, &F_KEYS, &m) }) && (x.marks_of(v10) & PERSONAL != 0)) && (!equal(&x.read(v10, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && (!equal(&x.name_of(v7), &x.name_of(v10))) { held = true; break; } } held })) { held = true; break; } } held }) || (((l6) && ((x.lineage_of(v7)) & 0x40004000000001020000000 != 0)) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v11 = Some(q); if (((x.lineage_of(v11)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v11, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && ((!equal(&x.name_of(v7), &x.name_of(v11))) && ((x.marks_of(v7) & PERSONAL != 0) || (x.marks_of(v11) & PERSONAL != 0))) { held = true; break; } } held }))) { found = v7; break; } } found })));
    if !(x.remembered(12, || V::Bool(l12.is_some())).truthy()) {
        return false;
    }
    true
}

fn prv008_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    // The engine joins a long list (`ListPlan`) that this code scans.
    if x.list_len(v0, &F_DATASETS) >= LIST_JOIN_MIN {
        return x.eval(&case.message.values[hole], env);
    }
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {pair.name}
        1 => {
            let l3 = x.remembered(6, || V::Bool((x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (x.remembered(5, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if !equal(&x.read(v1, &F_SOURCE), &x.read(as_block(x.remembered(4, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v2 = Some(q); if true { found = v2; break; } } found }))), &F_SOURCE)) { held = true; break; } } held })).truthy()))).truthy();
            let l6 = x.remembered(8, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v4 = Some(q); if ((x.lineage_of(v4)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v4, &F_SOURCE), &x.read(as_block(x.remembered(7, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v5 = Some(q); if (x.lineage_of(v5)) & 0x40004000000001020000000 != 0 { found = v5; break; } } found }))), &F_SOURCE))) { held = true; break; } } held })).truthy();
            let l12 = as_block(x.remembered(9, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v7 = Some(q); if (l3) && (({ let mut held = false; for q in x.items(v7, &F_KEYS) { let v8 = q; if ((x.marks_of(v7) & PERSONAL != 0) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v9 = Some(q); if (({ let m = v8.clone(); x.list_contains(v9, &F_KEYS, &m) }) && (!equal(&x.read(v9, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && (!equal(&x.name_of(v7), &x.name_of(v9))) { held = true; break; } } held })) || ((!(x.marks_of(v7) & PERSONAL != 0)) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v10 = Some(q); if ((({ let m = v8.clone(); x.list_contains(v10, &F_KEYS, &m) }) && (x.marks_of(v10) & PERSONAL != 0)) && (!equal(&x.read(v10, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && (!equal(&x.name_of(v7), &x.name_of(v10))) { held = true; break; } } held })) { held = true; break; } } held }) || (((l6) && ((x.lineage_of(v7)) & 0x40004000000001020000000 != 0)) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v11 = Some(q); if (((x.lineage_of(v11)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v11, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && ((!equal(&x.name_of(v7), &x.name_of(v11))) && ((x.marks_of(v7) & PERSONAL != 0) || (x.marks_of(v11) & PERSONAL != 0))) { held = true; break; } } held }))) { found = v7; break; } } found })));
            x.name_of(l12)
        }
        // {other.name}
        2 => {
            let l3 = x.remembered(6, || V::Bool((x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (x.remembered(5, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if !equal(&x.read(v1, &F_SOURCE), &x.read(as_block(x.remembered(4, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v2 = Some(q); if true { found = v2; break; } } found }))), &F_SOURCE)) { held = true; break; } } held })).truthy()))).truthy();
            let l6 = x.remembered(8, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v4 = Some(q); if ((x.lineage_of(v4)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v4, &F_SOURCE), &x.read(as_block(x.remembered(7, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v5 = Some(q); if (x.lineage_of(v5)) & 0x40004000000001020000000 != 0 { found = v5; break; } } found }))), &F_SOURCE))) { held = true; break; } } held })).truthy();
            let l12 = as_block(x.remembered(9, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v7 = Some(q); if (l3) && (({ let mut held = false; for q in x.items(v7, &F_KEYS) { let v8 = q; if ((x.marks_of(v7) & PERSONAL != 0) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v9 = Some(q); if (({ let m = v8.clone(); x.list_contains(v9, &F_KEYS, &m) }) && (!equal(&x.read(v9, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && (!equal(&x.name_of(v7), &x.name_of(v9))) { held = true; break; } } held })) || ((!(x.marks_of(v7) & PERSONAL != 0)) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v10 = Some(q); if ((({ let m = v8.clone(); x.list_contains(v10, &F_KEYS, &m) }) && (x.marks_of(v10) & PERSONAL != 0)) && (!equal(&x.read(v10, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && (!equal(&x.name_of(v7), &x.name_of(v10))) { held = true; break; } } held })) { held = true; break; } } held }) || (((l6) && ((x.lineage_of(v7)) & 0x40004000000001020000000 != 0)) && ({ let mut held = false; for q in x.refs(v0, &F_DATASETS) { let v11 = Some(q); if (((x.lineage_of(v11)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v11, &F_SOURCE), &x.read(v7, &F_SOURCE)))) && ((!equal(&x.name_of(v7), &x.name_of(v11))) && ((x.marks_of(v7) & PERSONAL != 0) || (x.marks_of(v11) & PERSONAL != 0))) { held = true; break; } } held }))) { found = v7; break; } } found })));
            let l15 = as_block(x.remembered(11, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v13 = Some(q); if (((!equal(&x.name_of(l12), &x.name_of(v13))) && (!equal(&x.read(l12, &F_SOURCE), &x.read(v13, &F_SOURCE)))) && ((x.remembered(10, || V::Bool(x.marks_of(l12) & PERSONAL != 0)).truthy()) || (x.marks_of(v13) & PERSONAL != 0))) && (({ let mut held = false; for q in x.items(l12, &F_KEYS) { let v14 = q; if { let m = v14.clone(); x.list_contains(v13, &F_KEYS, &m) } { held = true; break; } } held }) || (((x.lineage_of(l12)) & 0x40004000000001020000000 != 0) && ((x.lineage_of(v13)) & 0x40004000000001020000000 != 0))) { found = v13; break; } } found })));
            x.name_of(l15)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv008_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.datasets
        0 => {
            x.place_of(v0, &F_DATASETS, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv009_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when present(d)
    let l2 = as_block(x.remembered(13, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.stored_in(v1, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false)) || ((x.lineage_of(v1)) & 0x10000000 != 0) { found = v1; break; } } found })));
    if !(x.remembered(14, || V::Bool(l2.is_some())).truthy()) {
        return false;
    }
    // when g.operator.kind != public_body
    if !(!x.stored_in(x.read_ref(v0, &F_OPERATOR), &F_KIND, &[V::Word(Word::from_raw(16))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv009_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {d.name}
        1 => {
            let l2 = as_block(x.remembered(13, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.stored_in(v1, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false)) || ((x.lineage_of(v1)) & 0x10000000 != 0) { found = v1; break; } } found })));
            x.name_of(l2)
        }
        // {g.operator.name}
        2 => {
            x.name_of(x.read_ref(v0, &F_OPERATOR))
        }
        // {g.operator.kind}
        3 => {
            x.read(x.read_ref(v0, &F_OPERATOR), &F_KIND)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv009_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.operator
        0 => {
            x.place_of(v0, &F_OPERATOR, false, out);
        }
        // d
        1 => {
            let l2 = as_block(x.remembered(13, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.stored_in(v1, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false)) || ((x.lineage_of(v1)) & 0x10000000 != 0) { found = v1; break; } } found })));
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv009_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when present(d)
    let l2 = as_block(x.remembered(13, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.stored_in(v1, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false)) || ((x.lineage_of(v1)) & 0x10000000 != 0) { found = v1; break; } } found })));
    if !(x.remembered(14, || V::Bool(l2.is_some())).truthy()) {
        return false;
    }
    // when g.operator.kind == public_body
    if !(x.stored_in(x.read_ref(v0, &F_OPERATOR), &F_KIND, &[V::Word(Word::from_raw(16))]).unwrap_or(false)) {
        return false;
    }
    // when absent(g.purposes) or len(g.purposes) == 0 or any(p in g.purposes: p != public_security)
    if !((x.remembered(18, || V::Bool((x.remembered(15, || V::Bool(!x.has(v0, &F_PURPOSES))).truthy()) || (x.remembered(17, || V::Bool(equal(&x.remembered(16, || V::Num(x.list_len(v0, &F_PURPOSES) as f64)), &V::Num(0.0)))).truthy()))).truthy()) || ({ let mut held = false; for q in x.items(v0, &F_PURPOSES) { let v3 = q; if !equal(&v3.clone(), &V::Word(Word::from_raw(32))) { held = true; break; } } held })) {
        return false;
    }
    true
}

fn prv009_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {d.name}
        1 => {
            let l2 = as_block(x.remembered(13, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.stored_in(v1, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false)) || ((x.lineage_of(v1)) & 0x10000000 != 0) { found = v1; break; } } found })));
            x.name_of(l2)
        }
        // {g.operator.name}
        2 => {
            x.name_of(x.read_ref(v0, &F_OPERATOR))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv009_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.purposes
        0 => {
            x.place_of(v0, &F_PURPOSES, false, out);
        }
        // d
        1 => {
            let l2 = as_block(x.remembered(13, || blk({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.stored_in(v1, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false)) || ((x.lineage_of(v1)) & 0x10000000 != 0) { found = v1; break; } } found })));
            x.header_of(l2, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv010_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when absent(g.purposes) or len(g.purposes) == 0
    if !(x.remembered(18, || V::Bool((x.remembered(15, || V::Bool(!x.has(v0, &F_PURPOSES))).truthy()) || (x.remembered(17, || V::Bool(equal(&x.remembered(16, || V::Num(x.list_len(v0, &F_PURPOSES) as f64)), &V::Num(0.0)))).truthy()))).truthy()) {
        return false;
    }
    true
}

fn prv010_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv010_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.purposes
        0 => {
            x.place_of(v0, &F_PURPOSES, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv010_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.purposes in [any]
    if !(x.items(v0, &F_PURPOSES).any(|m| equal(&m, &V::Word(Word::from_raw(66))))) {
        return false;
    }
    true
}

fn prv010_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv010_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.purposes
        0 => {
            x.place_of(v0, &F_PURPOSES, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv010_2<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, OPEN_PURPOSE)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "OPEN_PURPOSE", env)) {
        return false;
    }
    true
}

fn prv010_2_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv010_2_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv011_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when absent(g.retention)
    if !(!x.has(v0, &F_RETENTION)) {
        return false;
    }
    true
}

fn prv011_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv011_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.retention
        0 => {
            x.place_of(v0, &F_RETENTION, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv011_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.retention == indefinite
    if !(x.stored_in(v0, &F_RETENTION, &[V::Indefinite]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv011_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv011_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.retention
        0 => {
            x.place_of(v0, &F_RETENTION, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv011_2<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, INDEFINITE_RETENTION)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "INDEFINITE_RETENTION", env)) {
        return false;
    }
    true
}

fn prv011_2_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv011_2_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv012_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when (g.legal_basis ?? none) == none
    if !(x.stored_in(v0, &F_LEGAL_BASIS, &[V::Word(Word::from_raw(20))]).unwrap_or(true)) {
        return false;
    }
    true
}

fn prv012_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv012_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.legal_basis
        0 => {
            x.place_of(v0, &F_LEGAL_BASIS, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv013_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.resale == true
    if !(x.stored_in(v0, &F_RESALE, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv013_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv013_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.resale
        0 => {
            x.place_of(v0, &F_RESALE, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv013_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.purposes in [resale]
    if !(x.items(v0, &F_PURPOSES).any(|m| equal(&m, &V::Word(Word::from_raw(65))))) {
        return false;
    }
    // when g.resale != true
    if !(!x.stored_in(v0, &F_RESALE, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv013_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv013_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.purposes
        0 => {
            x.place_of(v0, &F_PURPOSES, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv014_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.cross_border == true
    if !(x.stored_in(v0, &F_CROSS_BORDER, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when g.transfer_assessment != true
    if !(!x.stored_in(v0, &F_TRANSFER_ASSESSMENT, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv014_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv014_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.cross_border
        0 => {
            x.place_of(v0, &F_CROSS_BORDER, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv015_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when g.impact_assessment != true
    if !(!x.stored_in(v1, &F_IMPACT_ASSESSMENT, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when sensitive(g.datasets)
    if !(x.remembered(2, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & SENSITIVE != 0))).truthy()) {
        return false;
    }
    true
}

fn prv015_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {d.name}
        1 => {
            let l3 = as_block(x.remembered(1, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if x.marks_of(v2) & SENSITIVE != 0 { found = v2; break; } } found })));
            x.name_of(l3)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv015_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.impact_assessment
        0 => {
            x.place_of(v1, &F_IMPACT_ASSESSMENT, false, out);
        }
        // d
        1 => {
            let l3 = as_block(x.remembered(1, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if x.marks_of(v2) & SENSITIVE != 0 { found = v2; break; } } found })));
            x.header_of(l3, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv015_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // when g.impact_assessment != true
    if !(!x.stored_in(v1, &F_IMPACT_ASSESSMENT, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when not sensitive(g.datasets)
    if !(x.remembered(20, || V::Bool(!(x.remembered(2, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & SENSITIVE != 0))).truthy()))).truthy()) {
        return false;
    }
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when total > large_scale
    let l3 = x.remembered(19, || { let mut sum = 0.0; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if true { if let V::Num(n) | V::Pct(n) = { let m = x.read(v2, &F_RECORDS); if m.is_absent() { V::Num(0.0) } else { m } } { sum += n; } } } V::Num(sum) });
    if !(matches!(order(&l3.clone(), &env.param(0)), Some(Greater))) {
        return false;
    }
    true
}

fn prv015_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {total}
        1 => {
            let l3 = x.remembered(19, || { let mut sum = 0.0; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if true { if let V::Num(n) | V::Pct(n) = { let m = x.read(v2, &F_RECORDS); if m.is_absent() { V::Num(0.0) } else { m } } { sum += n; } } } V::Num(sum) });
            l3.clone()
        }
        // {large_scale}
        2 => {
            env.param(0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv015_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.impact_assessment
        0 => {
            x.place_of(v1, &F_IMPACT_ASSESSMENT, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv015_2<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // The engine joins a long list (`ListPlan`) that this code scans.
    if x.list_len(v1, &F_DATASETS) >= LIST_JOIN_MIN {
        return case.when.iter().all(|when| x.eval(when, env).truthy());
    }
    // when g.impact_assessment != true
    if !(!x.stored_in(v1, &F_IMPACT_ASSESSMENT, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when not sensitive(g.datasets)
    if !(x.remembered(20, || V::Bool(!(x.remembered(2, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & SENSITIVE != 0))).truthy()))).truthy()) {
        return false;
    }
    // when not (personal(g.datasets) and total > large_scale)
    let l3 = x.remembered(19, || { let mut sum = 0.0; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if true { if let V::Num(n) | V::Pct(n) = { let m = x.read(v2, &F_RECORDS); if m.is_absent() { V::Num(0.0) } else { m } } { sum += n; } } } V::Num(sum) });
    if !(x.remembered(22, || V::Bool(!(x.remembered(21, || V::Bool((x.remembered(3, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (matches!(order(&l3.clone(), &env.param(0)), Some(Greater))))).truthy()))).truthy()) {
        return false;
    }
    // when present(pair)
    let l6 = x.remembered(6, || V::Bool((x.remembered(3, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (x.remembered(5, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v4 = Some(q); if !equal(&x.read(v4, &F_SOURCE), &x.read(as_block(x.remembered(4, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v5 = Some(q); if true { found = v5; break; } } found }))), &F_SOURCE)) { held = true; break; } } held })).truthy()))).truthy();
    let l9 = x.remembered(8, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v7 = Some(q); if ((x.lineage_of(v7)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v7, &F_SOURCE), &x.read(as_block(x.remembered(7, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v8 = Some(q); if (x.lineage_of(v8)) & 0x40004000000001020000000 != 0 { found = v8; break; } } found }))), &F_SOURCE))) { held = true; break; } } held })).truthy();
    let l15 = as_block(x.remembered(9, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v10 = Some(q); if (l6) && (({ let mut held = false; for q in x.items(v10, &F_KEYS) { let v11 = q; if ((x.marks_of(v10) & PERSONAL != 0) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v12 = Some(q); if (({ let m = v11.clone(); x.list_contains(v12, &F_KEYS, &m) }) && (!equal(&x.read(v12, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && (!equal(&x.name_of(v10), &x.name_of(v12))) { held = true; break; } } held })) || ((!(x.marks_of(v10) & PERSONAL != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v13 = Some(q); if ((({ let m = v11.clone(); x.list_contains(v13, &F_KEYS, &m) }) && (x.marks_of(v13) & PERSONAL != 0)) && (!equal(&x.read(v13, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && (!equal(&x.name_of(v10), &x.name_of(v13))) { held = true; break; } } held })) { held = true; break; } } held }) || (((l9) && ((x.lineage_of(v10)) & 0x40004000000001020000000 != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v14 = Some(q); if (((x.lineage_of(v14)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v14, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && ((!equal(&x.name_of(v10), &x.name_of(v14))) && ((x.marks_of(v10) & PERSONAL != 0) || (x.marks_of(v14) & PERSONAL != 0))) { held = true; break; } } held }))) { found = v10; break; } } found })));
    if !(x.remembered(12, || V::Bool(l15.is_some())).truthy()) {
        return false;
    }
    true
}

fn prv015_2_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    // The engine joins a long list (`ListPlan`) that this code scans.
    if x.list_len(v1, &F_DATASETS) >= LIST_JOIN_MIN {
        return x.eval(&case.message.values[hole], env);
    }
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {pair.name}
        1 => {
            let l6 = x.remembered(6, || V::Bool((x.remembered(3, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (x.remembered(5, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v4 = Some(q); if !equal(&x.read(v4, &F_SOURCE), &x.read(as_block(x.remembered(4, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v5 = Some(q); if true { found = v5; break; } } found }))), &F_SOURCE)) { held = true; break; } } held })).truthy()))).truthy();
            let l9 = x.remembered(8, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v7 = Some(q); if ((x.lineage_of(v7)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v7, &F_SOURCE), &x.read(as_block(x.remembered(7, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v8 = Some(q); if (x.lineage_of(v8)) & 0x40004000000001020000000 != 0 { found = v8; break; } } found }))), &F_SOURCE))) { held = true; break; } } held })).truthy();
            let l15 = as_block(x.remembered(9, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v10 = Some(q); if (l6) && (({ let mut held = false; for q in x.items(v10, &F_KEYS) { let v11 = q; if ((x.marks_of(v10) & PERSONAL != 0) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v12 = Some(q); if (({ let m = v11.clone(); x.list_contains(v12, &F_KEYS, &m) }) && (!equal(&x.read(v12, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && (!equal(&x.name_of(v10), &x.name_of(v12))) { held = true; break; } } held })) || ((!(x.marks_of(v10) & PERSONAL != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v13 = Some(q); if ((({ let m = v11.clone(); x.list_contains(v13, &F_KEYS, &m) }) && (x.marks_of(v13) & PERSONAL != 0)) && (!equal(&x.read(v13, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && (!equal(&x.name_of(v10), &x.name_of(v13))) { held = true; break; } } held })) { held = true; break; } } held }) || (((l9) && ((x.lineage_of(v10)) & 0x40004000000001020000000 != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v14 = Some(q); if (((x.lineage_of(v14)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v14, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && ((!equal(&x.name_of(v10), &x.name_of(v14))) && ((x.marks_of(v10) & PERSONAL != 0) || (x.marks_of(v14) & PERSONAL != 0))) { held = true; break; } } held }))) { found = v10; break; } } found })));
            x.name_of(l15)
        }
        // {other.name}
        2 => {
            let l6 = x.remembered(6, || V::Bool((x.remembered(3, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (x.remembered(5, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v4 = Some(q); if !equal(&x.read(v4, &F_SOURCE), &x.read(as_block(x.remembered(4, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v5 = Some(q); if true { found = v5; break; } } found }))), &F_SOURCE)) { held = true; break; } } held })).truthy()))).truthy();
            let l9 = x.remembered(8, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v7 = Some(q); if ((x.lineage_of(v7)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v7, &F_SOURCE), &x.read(as_block(x.remembered(7, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v8 = Some(q); if (x.lineage_of(v8)) & 0x40004000000001020000000 != 0 { found = v8; break; } } found }))), &F_SOURCE))) { held = true; break; } } held })).truthy();
            let l15 = as_block(x.remembered(9, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v10 = Some(q); if (l6) && (({ let mut held = false; for q in x.items(v10, &F_KEYS) { let v11 = q; if ((x.marks_of(v10) & PERSONAL != 0) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v12 = Some(q); if (({ let m = v11.clone(); x.list_contains(v12, &F_KEYS, &m) }) && (!equal(&x.read(v12, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && (!equal(&x.name_of(v10), &x.name_of(v12))) { held = true; break; } } held })) || ((!(x.marks_of(v10) & PERSONAL != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v13 = Some(q); if ((({ let m = v11.clone(); x.list_contains(v13, &F_KEYS, &m) }) && (x.marks_of(v13) & PERSONAL != 0)) && (!equal(&x.read(v13, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && (!equal(&x.name_of(v10), &x.name_of(v13))) { held = true; break; } } held })) { held = true; break; } } held }) || (((l9) && ((x.lineage_of(v10)) & 0x40004000000001020000000 != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v14 = Some(q); if (((x.lineage_of(v14)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v14, &F_SOURCE), &x.read(v10, &F_SOURCE)))) && ((!equal(&x.name_of(v10), &x.name_of(v14))) && ((x.marks_of(v10) & PERSONAL != 0) || (x.marks_of(v14) & PERSONAL != 0))) { held = true; break; } } held }))) { found = v10; break; } } found })));
            let l18 = as_block(x.remembered(11, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v16 = Some(q); if (((!equal(&x.name_of(l15), &x.name_of(v16))) && (!equal(&x.read(l15, &F_SOURCE), &x.read(v16, &F_SOURCE)))) && ((x.remembered(10, || V::Bool(x.marks_of(l15) & PERSONAL != 0)).truthy()) || (x.marks_of(v16) & PERSONAL != 0))) && (({ let mut held = false; for q in x.items(l15, &F_KEYS) { let v17 = q; if { let m = v17.clone(); x.list_contains(v16, &F_KEYS, &m) } { held = true; break; } } held }) || (((x.lineage_of(l15)) & 0x40004000000001020000000 != 0) && ((x.lineage_of(v16)) & 0x40004000000001020000000 != 0))) { found = v16; break; } } found })));
            x.name_of(l18)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv015_2_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.impact_assessment
        0 => {
            x.place_of(v1, &F_IMPACT_ASSESSMENT, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv015_3<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v1 = Some(block);
    // The engine joins a long list (`ListPlan`) that this code scans.
    if x.list_len(v1, &F_DATASETS) >= LIST_JOIN_MIN {
        return case.when.iter().all(|when| x.eval(when, env).truthy());
    }
    // when g.impact_assessment != true
    if !(!x.stored_in(v1, &F_IMPACT_ASSESSMENT, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when not sensitive(g.datasets)
    if !(x.remembered(20, || V::Bool(!(x.remembered(2, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & SENSITIVE != 0))).truthy()))).truthy()) {
        return false;
    }
    // when not (personal(g.datasets) and total > large_scale)
    let l3 = x.remembered(19, || { let mut sum = 0.0; for q in x.refs(v1, &F_DATASETS) { let v2 = Some(q); if true { if let V::Num(n) | V::Pct(n) = { let m = x.read(v2, &F_RECORDS); if m.is_absent() { V::Num(0.0) } else { m } } { sum += n; } } } V::Num(sum) });
    if !(x.remembered(22, || V::Bool(!(x.remembered(21, || V::Bool((x.remembered(3, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (matches!(order(&l3.clone(), &env.param(0)), Some(Greater))))).truthy()))).truthy()) {
        return false;
    }
    // when absent(pair)
    let l8 = x.remembered(6, || V::Bool((x.remembered(3, || V::Bool(x.refs(v1, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) && (x.remembered(5, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v6 = Some(q); if !equal(&x.read(v6, &F_SOURCE), &x.read(as_block(x.remembered(4, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v7 = Some(q); if true { found = v7; break; } } found }))), &F_SOURCE)) { held = true; break; } } held })).truthy()))).truthy();
    let l11 = x.remembered(8, || V::Bool({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v9 = Some(q); if ((x.lineage_of(v9)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v9, &F_SOURCE), &x.read(as_block(x.remembered(7, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v10 = Some(q); if (x.lineage_of(v10)) & 0x40004000000001020000000 != 0 { found = v10; break; } } found }))), &F_SOURCE))) { held = true; break; } } held })).truthy();
    let l17 = as_block(x.remembered(9, || blk({ let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v12 = Some(q); if (l8) && (({ let mut held = false; for q in x.items(v12, &F_KEYS) { let v13 = q; if ((x.marks_of(v12) & PERSONAL != 0) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v14 = Some(q); if (({ let m = v13.clone(); x.list_contains(v14, &F_KEYS, &m) }) && (!equal(&x.read(v14, &F_SOURCE), &x.read(v12, &F_SOURCE)))) && (!equal(&x.name_of(v12), &x.name_of(v14))) { held = true; break; } } held })) || ((!(x.marks_of(v12) & PERSONAL != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v15 = Some(q); if ((({ let m = v13.clone(); x.list_contains(v15, &F_KEYS, &m) }) && (x.marks_of(v15) & PERSONAL != 0)) && (!equal(&x.read(v15, &F_SOURCE), &x.read(v12, &F_SOURCE)))) && (!equal(&x.name_of(v12), &x.name_of(v15))) { held = true; break; } } held })) { held = true; break; } } held }) || (((l11) && ((x.lineage_of(v12)) & 0x40004000000001020000000 != 0)) && ({ let mut held = false; for q in x.refs(v1, &F_DATASETS) { let v16 = Some(q); if (((x.lineage_of(v16)) & 0x40004000000001020000000 != 0) && (!equal(&x.read(v16, &F_SOURCE), &x.read(v12, &F_SOURCE)))) && ((!equal(&x.name_of(v12), &x.name_of(v16))) && ((x.marks_of(v12) & PERSONAL != 0) || (x.marks_of(v16) & PERSONAL != 0))) { held = true; break; } } held }))) { found = v12; break; } } found })));
    if !(!l17.is_some()) {
        return false;
    }
    // when present(d)
    let l5 = { let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v4 = Some(q); if x.stored_in(v4, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false) { found = v4; break; } } found };
    if !(l5.is_some()) {
        return false;
    }
    true
}

fn prv015_3_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v1 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v1)
        }
        // {d.name}
        1 => {
            let l5 = { let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v4 = Some(q); if x.stored_in(v4, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false) { found = v4; break; } } found };
            x.name_of(l5)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv015_3_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v1 = Some(block);
    match which {
        // g.impact_assessment
        0 => {
            x.place_of(v1, &F_IMPACT_ASSESSMENT, false, out);
        }
        // d
        1 => {
            let l5 = { let mut found = None; for q in x.refs(v1, &F_DATASETS) { let v4 = Some(q); if x.stored_in(v4, &F_SOURCE, &[V::Word(Word::from_raw(32))]).unwrap_or(false) { found = v4; break; } } found };
            x.header_of(l5, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv016_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.breach_notification != true
    if !(!x.stored_in(v0, &F_BREACH_NOTIFICATION, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn prv016_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv016_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.breach_notification
        0 => {
            x.place_of(v0, &F_BREACH_NOTIFICATION, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn prv017_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.purposes in [profiling, credit_scoring]
    if !(x.items(v0, &F_PURPOSES).any(|m| equal(&m, &V::Word(Word::from_raw(63))) || equal(&m, &V::Word(Word::from_raw(62))))) {
        return false;
    }
    true
}

fn prv017_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {p}
        1 => {
            let l2 = { let mut found = V::Absent; for q in x.items(v0, &F_PURPOSES) { let v1 = q; if { let m = v1.clone(); equal(&m, &V::Word(Word::from_raw(63))) || equal(&m, &V::Word(Word::from_raw(62))) } { found = v1; break; } } found };
            l2.clone()
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn prv017_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.purposes
        0 => {
            x.place_of(v0, &F_PURPOSES, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty001_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, PARTY_LEADERSHIP)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "PARTY_LEADERSHIP", env)) {
        return false;
    }
    true
}

fn pty001_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty001_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty002_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when o.party_role == decisive
    if !(x.stored_in(v0, &F_PARTY_ROLE, &[V::Word(Word::from_raw(22))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn pty002_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {o.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty002_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // o.party_role
        0 => {
            x.place_of(v0, &F_PARTY_ROLE, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty002_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when p.authority.kind == party_organ
    if !(x.stored_in(x.read_ref(v0, &F_AUTHORITY), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn pty002_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {p.authority.name}
        0 => {
            x.name_of(x.read_ref(v0, &F_AUTHORITY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty002_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // p.authority
        0 => {
            x.place_of(v0, &F_AUTHORITY, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty002_2<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when p.authority.kind != party_organ
    if !(!x.stored_in(x.read_ref(v0, &F_AUTHORITY), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) {
        return false;
    }
    // when (p.authority.reports_to.kind == party_organ or p.authority.reports_to.reports_to.kind == party_organ or p.authority.reports_to.reports_to.reports_to.kind == party_organ)
    if !(((x.stored_in(x.read_ref(x.read_ref(v0, &F_AUTHORITY), &F_REPORTS_TO), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) || (x.stored_in(x.read_ref(x.read_ref(x.read_ref(v0, &F_AUTHORITY), &F_REPORTS_TO), &F_REPORTS_TO), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false))) || (x.stored_in(x.read_ref(x.read_ref(x.read_ref(x.read_ref(v0, &F_AUTHORITY), &F_REPORTS_TO), &F_REPORTS_TO), &F_REPORTS_TO), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false))) {
        return false;
    }
    true
}

fn pty002_2_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {p.authority.name}
        0 => {
            x.name_of(x.read_ref(v0, &F_AUTHORITY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty002_2_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // p.authority
        0 => {
            x.place_of(v0, &F_AUTHORITY, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty002_3<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when o.body.kind == party_organ
    if !(x.stored_in(x.read_ref(v0, &F_BODY), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn pty002_3_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {o.name}
        0 => {
            x.name_of(v0)
        }
        // {o.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty002_3_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // o.body
        0 => {
            x.place_of(v0, &F_BODY, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty002_4<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, PARTY_DECISION)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "PARTY_DECISION", env)) {
        return false;
    }
    true
}

fn pty002_4_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty002_4_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty003_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when a.body.kind == security_organ
    if !(x.stored_in(x.read_ref(v0, &F_BODY), &F_KIND, &[V::Word(Word::from_raw(7))]).unwrap_or(false)) {
        return false;
    }
    // when (a.basis ?? none) not in [warrant, court_order]
    if !(x.stored_in(v0, &F_BASIS, &[V::Word(Word::from_raw(89)), V::Word(Word::from_raw(90))]).map_or(true, |found| !found)) {
        return false;
    }
    true
}

fn pty003_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {a.name}
        0 => {
            x.name_of(v0)
        }
        // {a.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        // {a.basis ?? none}
        2 => {
            { let m = x.read(v0, &F_BASIS); if m.is_absent() { V::Word(Word::from_raw(20)) } else { m } }
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty003_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // a.basis
        0 => {
            x.place_of(v0, &F_BASIS, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty003_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, SECURITY_ACCESS)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "SECURITY_ACCESS", env)) {
        return false;
    }
    true
}

fn pty003_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty003_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty004_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when a.body.kind == party_organ
    if !(x.stored_in(x.read_ref(v0, &F_BODY), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) {
        return false;
    }
    // when a.basis != statute
    if !(!x.stored_in(v0, &F_BASIS, &[V::Word(Word::from_raw(91))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn pty004_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {a.name}
        0 => {
            x.name_of(v0)
        }
        // {a.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        // {a.basis ?? none}
        2 => {
            { let m = x.read(v0, &F_BASIS); if m.is_absent() { V::Word(Word::from_raw(20)) } else { m } }
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty004_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // a.basis
        0 => {
            x.place_of(v0, &F_BASIS, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty005_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when o.body == o.policy.authority
    if !(same(x.read_ref(v0, &F_BODY), x.read_ref(x.policy(v0), &F_AUTHORITY))) {
        return false;
    }
    true
}

fn pty005_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {o.name}
        0 => {
            x.name_of(v0)
        }
        // {o.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty005_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // o.body
        0 => {
            x.place_of(v0, &F_BODY, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty005_1<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when not (o.body == o.policy.authority)
    if !(!(same(x.read_ref(v0, &F_BODY), x.read_ref(x.policy(v0), &F_AUTHORITY)))) {
        return false;
    }
    // when o.body.reports_to.kind == party_organ
    if !(x.stored_in(x.read_ref(x.read_ref(v0, &F_BODY), &F_REPORTS_TO), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn pty005_1_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {o.name}
        0 => {
            x.name_of(v0)
        }
        // {o.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        // {o.body.reports_to.name}
        2 => {
            x.name_of(x.read_ref(x.read_ref(v0, &F_BODY), &F_REPORTS_TO))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty005_1_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // o.body
        0 => {
            x.place_of(v0, &F_BODY, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty005_2<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when not (o.body == o.policy.authority)
    if !(!(same(x.read_ref(v0, &F_BODY), x.read_ref(x.policy(v0), &F_AUTHORITY)))) {
        return false;
    }
    // when o.body.reports_to.kind != party_organ
    if !(!x.stored_in(x.read_ref(x.read_ref(v0, &F_BODY), &F_REPORTS_TO), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) {
        return false;
    }
    // when affiliated
    let l2 = x.remembered(23, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_COVERS) { let v1 = Some(q); if { let m = x.read_ref(v0, &F_BODY); m.is_some() && x.refs(x.read_ref(v1, &F_OPERATOR), &F_AFFILIATED_WITH).any(|i| Some(i) == m) } { held = true; break; } } held })).truthy();
    if !(l2) {
        return false;
    }
    true
}

fn pty005_2_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {o.name}
        0 => {
            x.name_of(v0)
        }
        // {o.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty005_2_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // o.covers
        0 => {
            x.place_of(v0, &F_COVERS, false, out);
        }
        // first(g in o.covers: o.body in g.operator.affiliated_with)
        1 => {
            x.header_of({ let mut found = None; for q in x.refs(v0, &F_COVERS) { let v3 = Some(q); if { let m = x.read_ref(v0, &F_BODY); m.is_some() && x.refs(x.read_ref(v3, &F_OPERATOR), &F_AFFILIATED_WITH).any(|i| Some(i) == m) } { found = v3; break; } } found }, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty005_3<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when not (o.body == o.policy.authority)
    if !(!(same(x.read_ref(v0, &F_BODY), x.read_ref(x.policy(v0), &F_AUTHORITY)))) {
        return false;
    }
    // when o.body.reports_to.kind != party_organ
    if !(!x.stored_in(x.read_ref(x.read_ref(v0, &F_BODY), &F_REPORTS_TO), &F_KIND, &[V::Word(Word::from_raw(8))]).unwrap_or(false)) {
        return false;
    }
    // when not affiliated
    let l2 = x.remembered(23, || V::Bool({ let mut held = false; for q in x.refs(v0, &F_COVERS) { let v1 = Some(q); if { let m = x.read_ref(v0, &F_BODY); m.is_some() && x.refs(x.read_ref(v1, &F_OPERATOR), &F_AFFILIATED_WITH).any(|i| Some(i) == m) } { held = true; break; } } held })).truthy();
    if !(!(l2)) {
        return false;
    }
    // when o.independent != true
    if !(!x.stored_in(v0, &F_INDEPENDENT, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn pty005_3_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {o.name}
        0 => {
            x.name_of(v0)
        }
        // {o.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty005_3_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // o.independent
        0 => {
            x.place_of(v0, &F_INDEPENDENT, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty006_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when a.body.kind in [party_organ, security_organ]
    if !(x.stored_in(x.read_ref(v0, &F_BODY), &F_KIND, &[V::Word(Word::from_raw(8)), V::Word(Word::from_raw(7))]).unwrap_or(false)) {
        return false;
    }
    // when a.datasets under [user.demographic.religious_belief, user.demographic.race_ethnicity, user.demographic.political_opinion]
    if !((x.refs(v0, &F_DATASETS).fold(0, |all, d| all | x.lineage_of(Some(d)))) & 0xd000000000000000 != 0) {
        return false;
    }
    true
}

fn pty006_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {a.name}
        0 => {
            x.name_of(v0)
        }
        // {a.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        // {a.body.kind}
        2 => {
            x.read(x.read_ref(v0, &F_BODY), &F_KIND)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty006_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // a.datasets
        0 => {
            x.place_of(v0, &F_DATASETS, false, out);
        }
        // first(d in a.datasets: d under [user.demographic.religious_belief, user.demographic.race_ethnicity, user.demographic.political_opinion])
        1 => {
            x.header_of({ let mut found = None; for q in x.refs(v0, &F_DATASETS) { let v1 = Some(q); if (x.lineage_of(v1)) & 0xd000000000000000 != 0 { found = v1; break; } } found }, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty007_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, STATE_EXEMPTION)
    if !(x.matches(&x.read_remembered(v0, &F_TEXT), "STATE_EXEMPTION", env)) {
        return false;
    }
    true
}

fn pty007_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty007_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty008_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when a.logging != true or a.notification != true or absent(a.oversight)
    if !(((!x.stored_in(v0, &F_LOGGING, &[V::Bool(true)]).unwrap_or(false)) || (!x.stored_in(v0, &F_NOTIFICATION, &[V::Bool(true)]).unwrap_or(false))) || (!x.read_ref(v0, &F_OVERSIGHT).is_some())) {
        return false;
    }
    true
}

fn pty008_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {a.name}
        0 => {
            x.name_of(v0)
        }
        // {a.body.name}
        1 => {
            x.name_of(x.read_ref(v0, &F_BODY))
        }
        // {a.logging ?? false}
        2 => {
            { let m = x.read(v0, &F_LOGGING); if m.is_absent() { V::Bool(false) } else { m } }
        }
        // {a.notification ?? false}
        3 => {
            { let m = x.read(v0, &F_NOTIFICATION); if m.is_absent() { V::Bool(false) } else { m } }
        }
        // {present(a.oversight)}
        4 => {
            V::Bool(x.read_ref(v0, &F_OVERSIGHT).is_some())
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty008_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // a
        0 => {
            x.header_of(v0, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn pty009_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when matches(c.text, SECURITY_EXCEPTION) and not matches(c.text, NECESSITY)
    if !((x.matches(&x.read_remembered(v0, &F_TEXT), "SECURITY_EXCEPTION", env)) && (!(x.matches(&x.read_remembered(v0, &F_TEXT), "NECESSITY", env)))) {
        return false;
    }
    true
}

fn pty009_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {c.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn pty009_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // match
        0 => {
            out.extend(env.matched);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn trn001_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.published != true
    if !(!x.stored_in(v0, &F_PUBLISHED, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn trn001_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn trn001_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.published
        0 => {
            x.place_of(v0, &F_PUBLISHED, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn trn002_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when g.exclusive == true
    if !(x.stored_in(v0, &F_EXCLUSIVE, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    // when absent(g.justification)
    if !(!x.has(v0, &F_JUSTIFICATION)) {
        return false;
    }
    true
}

fn trn002_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn trn002_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.exclusive
        0 => {
            x.place_of(v0, &F_EXCLUSIVE, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn trn003_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets) or g.exclusive == true
    if !((x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) || (x.stored_in(v0, &F_EXCLUSIVE, &[V::Bool(true)]).unwrap_or(false))) {
        return false;
    }
    // when g.audit != independent
    if !(!x.stored_in(v0, &F_AUDIT, &[V::Word(Word::from_raw(84))]).unwrap_or(false)) {
        return false;
    }
    true
}

fn trn003_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        // {g.audit ?? none}
        1 => {
            { let m = x.read(v0, &F_AUDIT); if m.is_absent() { V::Word(Word::from_raw(20)) } else { m } }
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn trn003_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.audit
        0 => {
            x.place_of(v0, &F_AUDIT, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn trn004_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when personal(g.datasets)
    if !(x.remembered(3, || V::Bool(x.refs(v0, &F_DATASETS).any(|d| x.marks_of(Some(d)) & PERSONAL != 0))).truthy()) {
        return false;
    }
    // when g.redress != true
    if !(!x.stored_in(v0, &F_REDRESS, &[V::Bool(true)]).unwrap_or(false)) {
        return false;
    }
    true
}

fn trn004_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn trn004_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g.redress
        0 => {
            x.place_of(v0, &F_REDRESS, false, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn trn005_0<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId) -> bool {
    let v0 = Some(block);
    // when count(o in oversight where g in o.covers: true) == 0
    if !(equal(&x.aggregate_keyed(0, &[blk(v0)], env), &V::Num(0.0))) {
        return false;
    }
    true
}

fn trn005_0_values<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, hole: usize) -> V<'a> {
    let v0 = Some(block);
    match hole {
        // {g.name}
        0 => {
            x.name_of(v0)
        }
        _ => x.eval(&case.message.values[hole], env),
    }
}

fn trn005_0_places<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, case: &Case, block: BlockId, which: usize, out: &mut Vec<(FileId, Span)>) {
    let v0 = Some(block);
    match which {
        // g
        0 => {
            x.header_of(v0, out);
        }
        0 => { if let Some(at) = &case.at { x.locate(at, env, out) } }
        label => x.locate(&case.labels[label - 1].0, env, out),
    }
}

fn trn005_0_a0_members<'a>(x: &Engine<'_, 'a>, member: BlockId, join: usize, keys: &mut Vec<Key<'a>>) -> bool {
    let v1 = Some(member);
    match join {
        // o.covers
        0 => x.item_keys(v1, &F_COVERS, keys),
        _ => return false,
    }
    true
}

// true
fn trn005_0_a0_body<'a>(x: &Engine<'_, 'a>, env: &mut Env<'a, '_>, quant: &Quant, member: BlockId) -> V<'a> {
    let v1 = Some(member);
    V::Bool(true)
}

