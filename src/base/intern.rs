//! Values kept for the rest of the process, one copy of each.
//!
//! What every finding of a rule shares (its origin, its message template) is
//! read through a plain `&'static` reference rather than an `Arc`: cloning
//! and dropping an `Arc` is an atomic add on a counter every finding of the
//! rule touches, and those atomics were about 3% of a check of the benchmark
//! corpus (113,667 findings). A value is kept once however often it is
//! interned, so what is kept is bounded by the distinct rules and error codes
//! a process loads, not by the findings it makes.

use std::hash::Hash;
use std::sync::{Mutex, PoisonError};

use rustc_hash::FxHashSet;

/// A set of values kept for the rest of the process, one of each.
pub struct Interner<T: 'static>(Mutex<Option<FxHashSet<&'static T>>>);

impl<T: Eq + Hash> Default for Interner<T> {
    fn default() -> Interner<T> {
        Interner::new()
    }
}

impl<T: Eq + Hash> Interner<T> {
    pub const fn new() -> Interner<T> {
        Interner(Mutex::new(None))
    }

    /// The kept value equal to `value`, kept now if there is none.
    pub fn intern(&self, value: T) -> &'static T {
        // A panic elsewhere while the lock was held leaves the set as it
        // was: each insertion is a single step.
        let mut set = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let set = set.get_or_insert_with(FxHashSet::default);
        if let Some(&kept) = set.get(&value) {
            return kept;
        }
        let kept: &'static T = Box::leak(Box::new(value));
        set.insert(kept);
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_are_kept_once() {
        static WORDS: Interner<String> = Interner::new();
        let a = WORDS.intern("a".to_string());
        let again = WORDS.intern("a".to_string());
        let b = WORDS.intern("b".to_string());
        assert!(std::ptr::eq(a, again));
        assert!(!std::ptr::eq(a, b));
        assert_eq!((a.as_str(), b.as_str()), ("a", "b"));
    }
}
