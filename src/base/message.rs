//! What a diagnostic says.

use std::borrow::Cow;
use std::fmt;

use ecow::EcoString;

/// A diagnostic's message.
///
/// A rule finding keeps its template's fixed text shared with the rule and
/// stores only the values it filled in. A run can hold a million findings,
/// and most of each message (on average 150 of its 190 bytes) is the same
/// for every finding of a case; stored whole, the messages were a quarter of
/// a large run's memory. Either form is 24 bytes, and the values of most
/// findings are stored inside those bytes.
#[derive(Clone, Debug)]
pub enum Message {
    Text(Box<str>),
    Filled(Filled),
}

/// The fixed parts of a message template, around its values: one more part
/// than values.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct FixedParts(Box<[Box<str>]>);

static TEMPLATES: super::intern::Interner<FixedParts> = super::intern::Interner::new();

impl FixedParts {
    /// The parts, kept for the rest of the process (see
    /// [`crate::base::intern`]): a finding refers to them without counting.
    pub fn new(parts: Vec<String>) -> &'static FixedParts {
        assert!(!parts.is_empty(), "a template has at least one fixed part");
        TEMPLATES.intern(FixedParts(
            parts.into_iter().map(String::into_boxed_str).collect(),
        ))
    }

    fn values(&self) -> usize {
        self.0.len() - 1
    }
}

/// A template's fixed parts and one finding's values, alternating: `fixed[0]
/// value[0] fixed[1] … fixed[n]`. The values are kept one after the other,
/// separated by NUL, in a string that holds up to 15 bytes without
/// allocating: most findings' values are a name or two and a number.
#[derive(Clone, Debug)]
pub struct Filled {
    fixed: &'static FixedParts,
    /// No value holds a NUL: [`Message::filled`] keeps such a message whole.
    values: EcoString,
}

/// NUL: a character no message text holds in practice; a value that does
/// keeps its message whole.
const SEPARATOR: char = '\0';

/// How many separators `values` holds: one between each two values, and
/// any more are inside a value.
fn separators(values: &str) -> usize {
    // A plain count, which the compiler vectorizes: a message's values are
    // a few dozen bytes, too short for memchr's dispatch to pay (its count
    // was an eighth of writing the values).
    let separator = SEPARATOR as u8;
    values.bytes().filter(|&b| b == separator).count()
}

impl Message {
    /// A template filled with values: `values` holds them one after the
    /// other, `ends` where each ends in it.
    pub fn filled(fixed: &'static FixedParts, values: &str, ends: &[u32]) -> Message {
        assert_eq!(fixed.values(), ends.len(), "one value between fixed parts");
        let mut start = 0;
        for &end in ends {
            assert!(
                end as usize >= start && values.is_char_boundary(end as usize),
                "a value ends at a character boundary"
            );
            start = end as usize;
        }
        assert_eq!(start, values.len(), "the last value ends the values");
        let each = ends.iter().scan(0, |start, &end| {
            let value = &values[*start..end as usize];
            *start = end as usize;
            Some(value)
        });
        if values.contains(SEPARATOR) {
            let mut text = String::new();
            for (fixed, value) in fixed.0.iter().zip(each.map(Some).chain([None])) {
                text.push_str(fixed);
                text.push_str(value.unwrap_or_default());
            }
            return Message::from(text);
        }
        // Joined in a reused buffer, then copied once into its place.
        let values = SCRATCH.with_borrow_mut(|joined| {
            joined.clear();
            for (i, value) in each.enumerate() {
                if i > 0 {
                    joined.push(SEPARATOR);
                }
                joined.push_str(value);
            }
            EcoString::from(joined.as_str())
        });
        Message::Filled(Filled { fixed, values })
    }

    /// A template filled with values that are already one after the other,
    /// separated by NUL: as [`Message::append_values`] wrote them.
    pub fn joined(fixed: &'static FixedParts, joined: &str) -> Message {
        // Counted where the values are written (`append_values`), and here
        // again in debug builds only: a second count per message cost more
        // than building it.
        debug_assert_eq!(
            separators(joined),
            fixed.values().saturating_sub(1),
            "one value between fixed parts"
        );
        debug_assert!(fixed.values() > 0 || joined.is_empty(), "no values to hold");
        Message::Filled(Filled {
            fixed,
            values: EcoString::from(joined),
        })
    }

    /// Appends `count` values to `out`, each written by `write` (with its
    /// position), separated as [`Message::joined`] reads them: written in
    /// place, not gathered first and copied. Returns false, and leaves
    /// `out` as it was, when a value holds the separator: such a message is
    /// kept whole ([`Message::filled`]).
    pub fn append_values(
        out: &mut String,
        count: usize,
        mut write: impl FnMut(usize, &mut String),
    ) -> bool {
        let start = out.len();
        for i in 0..count {
            if i > 0 {
                out.push(SEPARATOR);
            }
            write(i, out);
        }
        // The separators written are the only ones: one search over all the
        // values rather than one per value (most are a few bytes long).
        if separators(&out[start..]) != count.saturating_sub(1) {
            out.truncate(start);
            return false;
        }
        true
    }

    /// The whole text: borrowed where it is stored whole, put together
    /// otherwise.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Message::Text(text) => Cow::Borrowed(text),
            Message::Filled(filled) if filled.fixed.values() == 0 => {
                Cow::Borrowed(&filled.fixed.0[0])
            }
            Message::Filled(_) => Cow::Owned(self.to_string()),
        }
    }
}

impl Filled {
    /// The pieces of the text, in order.
    fn pieces(&self) -> impl Iterator<Item = &str> {
        // A template without values has no value to split off, not one
        // empty one.
        let values = (self.fixed.values() > 0)
            .then(|| self.values.split(SEPARATOR))
            .into_iter()
            .flatten();
        // Fixed and value alternate; the last fixed part has no value after it.
        self.fixed
            .0
            .iter()
            .map(|fixed| &**fixed)
            .zip(values.map(Some).chain(std::iter::once(None)))
            .flat_map(|(fixed, value)| std::iter::once(fixed).chain(value))
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Message::Text(text) => f.write_str(text),
            Message::Filled(filled) => filled.pieces().try_for_each(|piece| f.write_str(piece)),
        }
    }
}

/// Two messages are equal when they say the same, however they are stored.
impl PartialEq for Message {
    fn eq(&self, other: &Message) -> bool {
        self.text() == other.text()
    }
}

thread_local! {
    /// A buffer reused to put a message's values or text together.
    static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Message::Text(text) => serializer.serialize_str(text),
            // Put together in a buffer reused by every message: escaping one
            // string is cheaper than escaping its pieces through `fmt`.
            Message::Filled(filled) => SCRATCH.with_borrow_mut(|text| {
                text.clear();
                filled.pieces().for_each(|piece| text.push_str(piece));
                serializer.serialize_str(text)
            }),
        }
    }
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::Text(text.into_boxed_str())
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::Text(Box::from(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(parts: &[&str]) -> &'static FixedParts {
        FixedParts::new(parts.iter().map(|p| p.to_string()).collect())
    }

    #[test]
    fn a_filled_message_reads_as_the_text_it_stands_for() {
        let message = Message::filled(fixed(&["grant `", "` runs ", ""]), "g120y", &[2, 5]);
        assert_eq!(message.to_string(), "grant `g1` runs 20y");
        assert_eq!(message.text(), "grant `g1` runs 20y");
        assert_eq!(message, Message::from("grant `g1` runs 20y"));
        assert_ne!(message, Message::from("grant `g1` runs 20"));
    }

    #[test]
    fn empty_values_and_a_template_without_values() {
        let message = Message::filled(fixed(&["a", "", "b"]), "", &[0, 0]);
        assert_eq!(message.to_string(), "ab");
        let plain = Message::filled(fixed(&["only text"]), "", &[]);
        assert!(matches!(plain.text(), Cow::Borrowed("only text")));
    }

    #[test]
    fn joined_values_read_as_the_filled_message() {
        let parts = fixed(&["grant `", "` runs ", ""]);
        let mut joined = String::from("before");
        let values = ["g1", "20y"];
        assert!(Message::append_values(&mut joined, 2, |i, out| out.push_str(values[i])));
        assert_eq!(joined, "beforeg1\0".to_string() + "20y");
        let message = Message::joined(parts, &joined["before".len()..]);
        assert_eq!(message, Message::filled(parts, "g120y", &[2, 5]));
        let mut none = String::new();
        assert!(Message::append_values(&mut none, 0, |_, _| unreachable!()));
        assert_eq!(
            Message::joined(fixed(&["only text"]), &none).text(),
            "only text"
        );
        // One value too few cannot be read back (checked in debug builds).
        if cfg!(debug_assertions) {
            let wrong = std::panic::catch_unwind(|| Message::joined(parts, "g1"));
            assert!(wrong.is_err());
        }
    }

    #[test]
    fn values_holding_the_separator_are_not_joined() {
        let mut joined = String::from("kept");
        assert!(!Message::append_values(&mut joined, 2, |i, out| out.push_str(["x\0y", "z"][i])));
        assert_eq!(joined, "kept");
        // The separator in a later value takes back the earlier ones too.
        assert!(!Message::append_values(&mut joined, 2, |i, out| out.push_str(["x", "y\0z"][i])));
        assert_eq!(joined, "kept");
    }

    #[test]
    fn values_holding_the_separator_keep_the_message_whole() {
        let message = Message::filled(fixed(&["a ", " b ", ""]), "x\0yz", &[3, 4]);
        assert!(matches!(message, Message::Text(_)));
        assert_eq!(message.to_string(), "a x\0y b z");
    }

    #[test]
    fn long_values_read_back_as_short_ones_do() {
        let long = "v".repeat(100);
        let values = format!("{long}é{long}");
        let split = long.len() as u32 + 2;
        let message = Message::filled(
            fixed(&["<", "|", ">"]),
            &values,
            &[split, values.len() as u32],
        );
        assert_eq!(message.to_string(), format!("<{long}é|{long}>"));
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn either_form_is_as_small_as_a_string() {
        assert_eq!(std::mem::size_of::<Message>(), 24);
    }

    #[test]
    #[should_panic(expected = "character boundary")]
    fn a_value_cannot_end_inside_a_character() {
        Message::filled(fixed(&["", ""]), "é", &[1]);
    }

    #[test]
    fn serializes_as_the_same_json_string_as_its_text() {
        let message = Message::filled(
            fixed(&["quote \"", "\" and\nnewline \\ ", ""]),
            "x\"\u{1}é",
            &[3, 5],
        );
        let text = message.to_string();
        assert_eq!(
            serde_json::to_string(&message).unwrap(),
            serde_json::to_string(&text).unwrap()
        );
    }
}
