//! Token-level parsers, written with nom over `&str`. Each takes the rest of
//! the input and returns what it recognised; the parser in `parser.rs` turns
//! positions into spans and decides how to recover from errors.

use nom::{
    IResult, Parser, bytes::complete::take_while_m_n, character::complete::char, error::ErrorKind,
};

/// Space within a line: what separates an attribute's key from its value.
/// The model finds a key again from its value by this (`Attr::key_span`).
pub fn is_inline_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r')
}

pub fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

pub const fn is_ident_continue(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// [`is_ident_continue`] by byte: one load per byte instead of four
/// range tests.
static IDENT_CONTINUE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = is_ident_continue(b as u8 as char);
        b += 1;
    }
    table
};

/// `[A-Za-z_][A-Za-z0-9_-]*`. Identifiers are ASCII, so this scans bytes
/// rather than decoding characters: it is the parser's hottest function.
pub fn ident(input: &str) -> IResult<&str, &str> {
    let bytes = input.as_bytes();
    match bytes.first() {
        Some(&b) if is_ident_start(b as char) => {}
        _ => {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                ErrorKind::Alpha,
            )));
        }
    }
    let len = 1 + bytes[1..]
        .iter()
        .take_while(|&&b| IDENT_CONTINUE[b as usize])
        .count();
    // All bytes counted are ASCII, so `len` is a character boundary.
    Ok((&input[len..], &input[..len]))
}

/// Identifiers joined by `.`: `user.location.precise`. Every enum word,
/// reference and category is one, so like [`ident`] it scans bytes: the
/// same grammar as `recognize(pair(ident, many0_count(preceded(char('.'),
/// ident))))`, a fifth of the parse as combinators (see the test).
pub fn path(input: &str) -> IResult<&str, &str> {
    let (mut rest, _) = ident(input)?;
    while let Some(after) = rest.strip_prefix('.')
        && let Ok((after, _)) = ident(after)
    {
        rest = after;
    }
    let len = input.len() - rest.len();
    Ok((rest, &input[..len]))
}

/// Digits with `_` allowed: `40_000_000`. Placement of `_` is checked by
/// [`digits_value`].
pub fn digits(input: &str) -> IResult<&str, &str> {
    // By byte, like `ident`: every number in a file goes through here.
    let len = input
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b'_')
        .count();
    if len == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            ErrorKind::TakeWhile1,
        )));
    }
    // All bytes counted are ASCII, so `len` is a character boundary.
    Ok((&input[len..], &input[..len]))
}

/// Whether every `_` of a run of digits and `_` stands between two digits.
/// (A byte scan: `contains("__")` built a substring searcher for every number.)
pub fn underscores_between_digits(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.first() != Some(&b'_')
        && bytes.last() != Some(&b'_')
        && !bytes.windows(2).any(|pair| pair == b"__")
}

/// The value of a run of digits, `None` when an `_` is not between two digits
/// or the number does not fit in 64 bits.
pub fn digits_value(text: &str) -> Result<u64, DigitsError> {
    if !underscores_between_digits(text) {
        return Err(DigitsError::Underscore);
    }
    let mut value: u64 = 0;
    for b in text.bytes().filter(|&b| b != b'_') {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(b - b'0')))
            .ok_or(DigitsError::TooLarge)?;
    }
    Ok(value)
}

#[derive(Debug, PartialEq, Eq)]
pub enum DigitsError {
    Underscore,
    TooLarge,
}

/// `YYYY-MM-DD` as three numbers (calendar validity is checked by the caller).
pub fn date(input: &str) -> IResult<&str, (u16, u8, u8)> {
    let digit = |c: char| c.is_ascii_digit();
    let (rest, (y, _, m, _, d)) = (
        take_while_m_n(4, 4, digit),
        char('-'),
        take_while_m_n(2, 2, digit),
        char('-'),
        take_while_m_n(2, 2, digit),
    )
        .parse(input)?;
    // Four and two ASCII digits always parse.
    let number = |s: &str| s.bytes().fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    Ok((rest, (number(y), number(m) as u8, number(d) as u8)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_and_paths() {
        assert_eq!(ident("cloud_co rest"), Ok((" rest", "cloud_co")));
        assert_eq!(ident("province-wide{"), Ok(("{", "province-wide")));
        assert!(ident("9lives").is_err());
        assert_eq!(
            path("user.location.precise,"),
            Ok((",", "user.location.precise"))
        );
        assert_eq!(path("user. x"), Ok((". x", "user")));
    }

    /// The hand-written scan and the combinators it replaces agree.
    #[test]
    fn paths_as_combinators_read_them() {
        use nom::combinator::recognize;
        use nom::multi::many0_count;
        use nom::sequence::{pair, preceded};
        let combinators =
            |input| recognize(pair(ident, many0_count(preceded(char('.'), ident)))).parse(input);
        for input in [
            "a",
            "a.b",
            "a.b.c rest",
            "a.",
            "a..b",
            "a.9",
            "a.b.",
            ".a",
            "9",
            "",
            "a-b.c_d{",
            "user.location.precise,",
            "a.b.c.d.e.f",
            "x.",
            "é",
            "a.é",
        ] {
            assert_eq!(path(input), combinators(input), "{input:?}");
        }
    }

    #[test]
    fn digit_runs() {
        assert_eq!(digits_value("40_000_000"), Ok(40_000_000));
        assert_eq!(digits_value("1__0"), Err(DigitsError::Underscore));
        assert_eq!(digits_value("10_"), Err(DigitsError::Underscore));
        assert_eq!(digits_value("_10"), Err(DigitsError::Underscore));
        assert!(underscores_between_digits("1_000_000") && !underscores_between_digits("1_000__0"));
        assert_eq!(
            digits_value("99999999999999999999999"),
            Err(DigitsError::TooLarge)
        );
        assert_eq!(digits_value("18446744073709551615"), Ok(u64::MAX));
    }

    #[test]
    fn dates() {
        assert_eq!(date("2025-02-24 x"), Ok((" x", (2025, 2, 24))));
        assert!(date("2025-2-24").is_err());
    }
}
