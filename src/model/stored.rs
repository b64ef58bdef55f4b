//! How the model stores a [`Value`]: in 8 bytes rather than 12, with the
//! attribute's schema index in a byte the value leaves free.
//!
//! Almost every value has at most 32 bits of payload and 16 bits of extra
//! (a word, a category, a duration's unit, a list's length). The rest (a
//! number that needs 64 bits, a decimal, a percent, a list of more than
//! 65,535 items) keeps its 64 bits in its file's `wide` table, and the
//! record holds the index. Rules see only the decoded [`Value`].

use super::{CategoryId, ListId, TextId, Value, Word};
use crate::base::Span;
use crate::syntax::{Date, Duration, DurationUnit};

/// One value as stored, plus the schema index of the attribute it belongs
/// to (unused for list items).
#[derive(Clone, Copy, Debug)]
pub(super) struct Stored {
    tag: Tag,
    pub(super) index: u8,
    extra: u16,
    payload: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Tag {
    Text,
    Bool,
    Integer,
    /// An integer above `u32::MAX`, in `wide`.
    WideInteger,
    Decimal,
    Percent,
    Date,
    Duration,
    Indefinite,
    Word,
    Ref,
    Category,
    Ident,
    List,
    /// A list of more than `u16::MAX` items: start and length in `wide`.
    WideList,
    Unresolved,
}

const UNITS: [DurationUnit; 4] = [
    DurationUnit::Years,
    DurationUnit::Months,
    DurationUnit::Weeks,
    DurationUnit::Days,
];

impl Stored {
    /// Encodes `value`, appending to `wide` what does not fit.
    ///
    /// By reference: a value just returned is read field by field, not
    /// copied whole before its narrow writes land (stop 31).
    #[inline]
    pub(super) fn new(value: &Value, index: u8, wide: &mut Vec<u64>) -> Stored {
        let mut push_wide = |bits: u64| {
            wide.push(bits);
            (wide.len() - 1) as u32
        };
        let (tag, extra, payload) = match *value {
            Value::Text(id) => (Tag::Text, 0, id.0.get()),
            Value::Bool(b) => (Tag::Bool, b as u16, 0),
            Value::Integer(n) => match u32::try_from(n.get()) {
                Ok(small) => (Tag::Integer, 0, small),
                Err(_) => (Tag::WideInteger, 0, push_wide(n.get())),
            },
            Value::Decimal(x) => (Tag::Decimal, 0, push_wide(x.get().to_bits())),
            Value::Percent(p) => (Tag::Percent, 0, push_wide(p.get().to_bits())),
            Value::Date(d) => (
                Tag::Date,
                0,
                (d.year as u32) << 16 | (d.month as u32) << 8 | d.day as u32,
            ),
            Value::Duration(d) => (Tag::Duration, d.unit as u16, d.amount),
            Value::Indefinite => (Tag::Indefinite, 0, 0),
            Value::Word(w) => (Tag::Word, w.raw(), 0),
            Value::Ref(id) => (Tag::Ref, 0, id.0),
            Value::Category(c) => (Tag::Category, c.0, 0),
            // An identifier is at most `MAX_TOKEN_LEN` bytes: the parser
            // rejects longer ones, so its length always fits.
            Value::Ident(span) => (Tag::Ident, span_len(span), span.start),
            Value::Unresolved(span) => (Tag::Unresolved, span_len(span), span.start),
            Value::List(list) => match u16::try_from(list.len) {
                Ok(len) => (Tag::List, len, list.start),
                Err(_) => (
                    Tag::WideList,
                    0,
                    push_wide((list.start as u64) << 32 | list.len as u64),
                ),
            },
        };
        Stored {
            tag,
            index,
            extra,
            payload,
        }
    }

    /// Whether linking may change it: an unresolved reference, or a list
    /// (which may hold some), read without decoding the value.
    #[inline]
    pub(super) fn may_hold_references(self) -> bool {
        matches!(self.tag, Tag::Unresolved | Tag::List | Tag::WideList)
    }

    /// Where a list's items are (not a list of more than `u16::MAX`).
    #[inline]
    pub(super) fn short_list(self) -> Option<(u32, u16)> {
        (self.tag == Tag::List).then_some((self.payload, self.extra))
    }

    #[inline]
    pub(super) fn is_unresolved(self) -> bool {
        self.tag == Tag::Unresolved
    }

    #[inline]
    pub(super) fn value(self, wide: &[u64]) -> Value {
        let payload = self.payload;
        let wide_at = |i: u32| wide[i as usize];
        match self.tag {
            Tag::Text => Value::Text(TextId(
                std::num::NonZeroU32::new(payload).expect("text ids are stored non-zero"),
            )),
            Tag::Bool => Value::Bool(self.extra != 0),
            Tag::Integer => Value::Integer(super::Packed::new(payload as u64)),
            Tag::WideInteger => Value::Integer(super::Packed::new(wide_at(payload))),
            Tag::Decimal => Value::Decimal(super::Packed::new(f64::from_bits(wide_at(payload)))),
            Tag::Percent => Value::Percent(super::Packed::new(f64::from_bits(wide_at(payload)))),
            Tag::Date => Value::Date(Date {
                year: (payload >> 16) as u16,
                month: (payload >> 8) as u8,
                day: payload as u8,
            }),
            Tag::Duration => Value::Duration(Duration {
                amount: payload,
                unit: UNITS[self.extra as usize],
            }),
            Tag::Indefinite => Value::Indefinite,
            Tag::Word => Value::Word(Word::from_raw(self.extra)),
            Tag::Ref => Value::Ref(super::BlockId(payload)),
            Tag::Category => Value::Category(CategoryId(self.extra)),
            Tag::Ident => Value::Ident(Span {
                start: payload,
                end: payload + self.extra as u32,
            }),
            Tag::Unresolved => Value::Unresolved(Span {
                start: payload,
                end: payload + self.extra as u32,
            }),
            Tag::List => Value::List(ListId {
                start: payload,
                len: self.extra as u32,
            }),
            Tag::WideList => {
                let bits = wide_at(payload);
                Value::List(ListId {
                    start: (bits >> 32) as u32,
                    len: bits as u32,
                })
            }
        }
    }
}

fn span_len(span: Span) -> u16 {
    u16::try_from(span.end - span.start).expect("identifiers are at most MAX_TOKEN_LEN bytes")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BlockId, Packed};

    #[test]
    fn every_kind_of_value_reads_back_as_written() {
        let values = [
            Value::Text(TextId::new(0)),
            Value::Text(TextId::new(u32::MAX as usize - 1)),
            Value::Bool(true),
            Value::Bool(false),
            Value::Integer(Packed::new(0)),
            Value::Integer(Packed::new(u32::MAX as u64)),
            Value::Integer(Packed::new(u32::MAX as u64 + 1)),
            Value::Integer(Packed::new(u64::MAX)),
            Value::Decimal(Packed::new(0.5)),
            Value::Percent(Packed::new(17.25)),
            Value::Date(Date {
                year: 2025,
                month: 2,
                day: 24,
            }),
            Value::Duration(Duration {
                amount: 3_652_500,
                unit: DurationUnit::Days,
            }),
            Value::Duration(Duration {
                amount: 20,
                unit: DurationUnit::Years,
            }),
            Value::Duration(Duration {
                amount: 6,
                unit: DurationUnit::Months,
            }),
            Value::Duration(Duration {
                amount: 2,
                unit: DurationUnit::Weeks,
            }),
            Value::Indefinite,
            Value::Word(Word::new("open_tender").expect("a schema word")),
            Value::Ref(BlockId(u32::MAX)),
            Value::Category(CategoryId(7)),
            Value::Ident(Span::new(10, 10 + 1024)),
            Value::Unresolved(Span::new(u32::MAX as usize - 4, u32::MAX as usize)),
            Value::List(ListId { start: 5, len: 0 }),
            Value::List(ListId {
                start: 5,
                len: u16::MAX as u32,
            }),
            Value::List(ListId {
                start: u32::MAX - 70_000,
                len: 70_000,
            }),
        ];
        let mut wide = Vec::new();
        let stored: Vec<Stored> = values
            .iter()
            .enumerate()
            .map(|(i, v)| Stored::new(v, i as u8, &mut wide))
            .collect();
        // Only the numbers that need 64 bits and the long list went aside.
        assert_eq!(wide.len(), 5);
        for (i, (value, stored)) in values.iter().zip(&stored).enumerate() {
            assert_eq!(stored.value(&wide), *value);
            assert_eq!(stored.index, i as u8);
        }
    }

    #[test]
    fn stored_values_take_eight_bytes() {
        assert_eq!(std::mem::size_of::<Stored>(), 8);
    }
}
