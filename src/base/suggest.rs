//! "Did you mean" suggestions for misspelt names.

/// Words longer than this get no suggestion: no name is that long, and
/// Jaro-Winkler's time grows with the product of the two lengths.
pub const MAX_WORD_LEN: usize = 256;

/// The candidate closest to `word`, if it is close enough to be a likely
/// misspelling (Jaro-Winkler similarity of at least 0.8; ties go to the first).
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    if word.len() > MAX_WORD_LEN {
        return None;
    }
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(word, candidate);
        if score >= 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::{MAX_WORD_LEN, closest};

    #[test]
    fn suggests_near_misses_only() {
        let words = ["exclusive", "excludes", "exit_terms"];
        assert_eq!(closest("exclusve", words), Some("exclusive"));
        assert_eq!(closest("colour", words), None);
        let long = format!("exclusive{}", "e".repeat(MAX_WORD_LEN));
        assert_eq!(closest(&long, words), None);
    }
}
