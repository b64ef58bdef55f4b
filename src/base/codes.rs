//! The catalogue of language error codes (`E…`). Each has an entry with an
//! example in `docs/errors.md`; a test keeps the two in step.

/// A language error: a syntax error (`E0xx`) or a schema error (`E1xx`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorCode {
    pub code: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
}

/// Declares code constants and `ALL`, the table of them in code order.
macro_rules! error_codes {
    ($($ident:ident = $code:literal $name:literal $summary:literal;)*) => {
        $(pub const $ident: $crate::base::codes::ErrorCode =
            $crate::base::codes::ErrorCode { code: $code, name: $name, summary: $summary };)*
        /// Every code of this table, in code order.
        pub const ALL: &[$crate::base::codes::ErrorCode] = &[$($ident),*];
    };
}
pub(crate) use error_codes;

error_codes! {
    INVALID_UTF8 = "E001" "invalid-utf8" "the file is not valid UTF-8";
    UNEXPECTED_CHARACTER = "E002" "unexpected-character" "a character that cannot start any token here";
    UNTERMINATED_STRING = "E003" "unterminated-string" "a string or long string without its closing quotes";
    INVALID_ESCAPE = "E004" "invalid-escape" "an escape other than \\\" \\\\ \\n \\t \\u{…} in a string";
    UNCLOSED_BLOCK = "E005" "unclosed-block" "a block whose `}` is missing";
    UNCLOSED_LIST = "E006" "unclosed-list" "a list whose `]` is missing, or items without a comma between them";
    EXPECTED_VALUE = "E007" "expected-value" "an attribute or list position without a value";
    EXPECTED_TERMINATOR = "E008" "expected-terminator" "more text after a value on the same line";
    EXPECTED_BRACE = "E009" "expected-brace" "a block header not followed by `{`";
    UNEXPECTED_CLOSE = "E010" "unexpected-close" "a `}` or `]` that closes nothing";
    INVALID_NUMBER = "E011" "invalid-number" "a malformed or too large number, percent or duration";
    INVALID_DATE = "E012" "invalid-date" "a date that is malformed or not in the calendar";
    NESTING_TOO_DEEP = "E013" "nesting-too-deep" "blocks or lists nested deeper than the limit";
    INVISIBLE_CHARACTER = "E014" "invisible-character" "a bidirectional control or invisible character in a string or comment";
    TOO_MANY_DIAGNOSTICS = "E015" "too-many-diagnostics" "a note in place of the diagnostics beyond the per-file limit";
    FILE_TOO_LARGE = "E016" "file-too-large" "a file larger than the size limit, which is not checked";
    TOKEN_TOO_LONG = "E017" "token-too-long" "a name, word or number longer than 1024 bytes";
    UNKNOWN_BLOCK_KIND = "E101" "unknown-block-kind" "a block kind the schema does not define";
    UNKNOWN_ATTRIBUTE = "E102" "unknown-attribute" "an attribute the block kind does not have";
    WRONG_TYPE = "E103" "wrong-type" "a value of another type than the attribute takes";
    UNKNOWN_ENUM_WORD = "E104" "unknown-enum-word" "a word outside the attribute's allowed words";
    UNRESOLVED_REFERENCE = "E105" "unresolved-reference" "a reference to a name no block defines";
    WRONG_REFERENCE_KIND = "E106" "wrong-reference-kind" "a reference to a block of another kind than the attribute takes";
    DUPLICATE_NAME = "E107" "duplicate-name" "two blocks with the same name";
    DUPLICATE_ATTRIBUTE = "E108" "duplicate-attribute" "an attribute given twice in one block";
    MISSING_ATTRIBUTE = "E109" "missing-attribute" "a required attribute that the block lacks";
    UNKNOWN_CATEGORY = "E110" "unknown-category" "a data category the taxonomy does not define";
    OUT_OF_RANGE = "E111" "out-of-range" "a number outside the range the attribute allows";
    MISSING_NAME = "E112" "missing-name" "a block that must be named but is not";
    DUPLICATE_POLICY = "E113" "duplicate-policy" "more than one policy block in one file";
    MISSING_TITLE = "E114" "missing-title" "a policy block without a title";
    NESTED_BLOCK = "E115" "nested-block" "a block inside another block";
    EMPTY_LIST = "E116" "empty-list" "an empty list where the attribute needs at least one item";
}

/// The reference of every code, `docs/errors.md`.
const ERRORS_MD: &str = include_str!("../../docs/errors.md");

/// The section of docs/errors.md about a code, heading (`## E105 …` or
/// `### W001 …`) included, so `explain`, SARIF and the docs say the same.
pub fn docs_section(code: &str) -> Option<&'static str> {
    let mut start = None;
    let mut offset = 0;
    let mut in_code = false;
    for line in ERRORS_MD.split_inclusive('\n') {
        if line.starts_with("```") {
            in_code = !in_code;
        }
        let heading = !in_code && line.starts_with('#');
        match start {
            None if heading
                && line
                    .trim_start_matches('#')
                    .trim_start()
                    .starts_with(&format!("{code} ")) =>
            {
                start = Some(offset);
            }
            Some(from) if heading => return Some(ERRORS_MD[from..offset].trim_end()),
            _ => {}
        }
        offset += line.len();
    }
    start.map(|from| ERRORS_MD[from..].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_sections_end_at_the_next_heading_outside_code() {
        let e001 = docs_section("E001").unwrap();
        assert!(e001.starts_with("## E001 invalid-utf8"));
        assert!(
            e001.contains("# draft 2"),
            "a comment in an example is no heading"
        );
        assert!(!e001.contains("## E002"));
        let e116 = docs_section("E116").unwrap();
        assert!(!e116.contains("Waiver diagnostics"));
        assert!(
            docs_section("W003")
                .unwrap()
                .starts_with("### W003 unused-waiver")
        );
        assert!(docs_section("E999").is_none());
    }

    #[test]
    fn codes_and_names_are_unique() {
        let mut codes: Vec<_> = ALL.iter().map(|c| c.code).collect();
        let mut names: Vec<_> = ALL.iter().map(|c| c.name).collect();
        codes.sort();
        codes.dedup();
        names.sort();
        names.dedup();
        assert_eq!(codes.len(), ALL.len());
        assert_eq!(names.len(), ALL.len());
    }
}
