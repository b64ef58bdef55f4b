//! What a diagnostic says.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

/// A diagnostic's message.
///
/// A rule finding keeps its template's fixed text shared with the rule and
/// stores only the values it filled in. A run can hold a million findings,
/// and most of each message (on average 150 of its 190 bytes) is the same
/// for every finding of a case; stored whole, the messages were a quarter of
/// a large run's memory.
#[derive(Clone, Debug)]
pub enum Message {
    Text(String),
    Filled(Filled),
}

/// Fixed text and values, alternating: `fixed[0] values[0] fixed[1] …
/// fixed[n]`, with `fixed.len() == ends.len() + 1`. The values are one
/// string; `ends[i]` is where value `i` ends in it.
#[derive(Clone, Debug)]
pub struct Filled {
    fixed: Arc<[Box<str>]>,
    values: Box<str>,
    ends: Box<[u32]>,
}

impl Message {
    /// A template filled with values: `values` holds them one after the
    /// other, `ends` where each ends. There is one more fixed part than
    /// values.
    pub fn filled(fixed: Arc<[Box<str>]>, values: String, ends: Vec<u32>) -> Message {
        debug_assert_eq!(fixed.len(), ends.len() + 1);
        debug_assert!(ends.windows(2).all(|w| w[0] <= w[1]));
        debug_assert!(ends.last().is_none_or(|&end| end as usize == values.len()));
        Message::Filled(Filled {
            fixed,
            values: values.into_boxed_str(),
            ends: ends.into_boxed_slice(),
        })
    }

    /// The whole text: borrowed where it is stored whole, put together
    /// otherwise.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Message::Text(text) => Cow::Borrowed(text),
            Message::Filled(filled) if filled.ends.is_empty() => Cow::Borrowed(&filled.fixed[0]),
            Message::Filled(_) => Cow::Owned(self.to_string()),
        }
    }
}

impl Filled {
    /// The pieces of the text, in order.
    fn pieces(&self) -> impl Iterator<Item = &str> {
        let values = self.ends.iter().scan(0, |start, &end| {
            let value = &self.values[*start..end as usize];
            *start = end as usize;
            Some(value)
        });
        let fixed = self.fixed.iter().map(|fixed| &**fixed);
        // Fixed and value alternate; the last fixed part has no value after it.
        fixed
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
        Message::Text(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::Text(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(parts: &[&str]) -> Arc<[Box<str>]> {
        parts.iter().map(|p| Box::from(*p)).collect()
    }

    #[test]
    fn a_filled_message_reads_as_the_text_it_stands_for() {
        let message = Message::filled(
            fixed(&["grant `", "` runs ", ""]),
            "g120y".to_string(),
            vec![2, 5],
        );
        assert_eq!(message.to_string(), "grant `g1` runs 20y");
        assert_eq!(message.text(), "grant `g1` runs 20y");
        assert_eq!(message, Message::from("grant `g1` runs 20y"));
        assert_ne!(message, Message::from("grant `g1` runs 20"));
    }

    #[test]
    fn empty_values_and_a_template_without_values() {
        let message = Message::filled(fixed(&["a", "", "b"]), String::new(), vec![0, 0]);
        assert_eq!(message.to_string(), "ab");
        let plain = Message::filled(fixed(&["only text"]), String::new(), Vec::new());
        assert!(matches!(plain.text(), Cow::Borrowed("only text")));
    }

    #[test]
    fn serializes_as_the_same_json_string_as_its_text() {
        let message = Message::filled(
            fixed(&["quote \"", "\" and\nnewline \\ ", ""]),
            "x\"\u{1}é".to_string(),
            vec![3, 5],
        );
        let text = message.to_string();
        assert_eq!(
            serde_json::to_string(&message).unwrap(),
            serde_json::to_string(&text).unwrap()
        );
    }
}
