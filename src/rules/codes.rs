//! Errors in rule and pattern files. They stop datalint before it checks
//! anything (exit code 2); docs/rules.md lists them.

pub use crate::base::codes::ErrorCode;

crate::base::codes::error_codes! {
    RULE_SYNTAX = "R001" "rule-syntax" "the rule file does not follow the rule language";
    UNKNOWN_NAME = "R002" "unknown-name" "a name that is no variable, `let`, parameter or function";
    UNKNOWN_ATTRIBUTE = "R003" "unknown-path" "an attribute the block kind does not have";
    TYPE_MISMATCH = "R004" "type-mismatch" "values of types that cannot be compared or combined";
    UNKNOWN_WORD = "R005" "unknown-word" "a word that is not one of the attribute's words";
    UNKNOWN_CATEGORY = "R006" "unknown-category" "a data category the taxonomy does not define";
    UNKNOWN_PATTERN_LIST = "R007" "unknown-pattern-list" "a pattern list that no pattern file defines";
    BAD_PATTERN = "R008" "bad-pattern" "a pattern file that cannot be read, or a bad regular expression";
    DUPLICATE_RULE = "R009" "duplicate-rule" "two rules with the same code or name";
    INCOMPLETE_RULE = "R010" "incomplete-rule" "a rule without a required directive";
    UNREADABLE = "R011" "unreadable-rule-file" "a rule folder or file that cannot be read";
}
