//! A rule file's fingerprint: the compiled code of a built-in rule
//! (`generated.rs`) is used only with the text it was generated from.
//! `build.rs` records the fingerprint of each built-in rule file, so start-up
//! hashes nothing; the generator (`compile.rs`) writes the fingerprint of the
//! file it read beside the code.
//!
//! SHA-256 (the crate the baselines use) rather than a hasher whose result
//! depends on the platform's word size: the generated file is the same
//! everywhere. Carriage returns are left out, so a checkout with Windows line
//! ends gives the same.

use sha2::{Digest, Sha256};

pub fn fingerprint(text: &str) -> u64 {
    let mut hasher = Sha256::new();
    for piece in text.split('\r') {
        hasher.update(piece.as_bytes());
    }
    let digest = hasher.finalize();
    u64::from_le_bytes(digest[..8].try_into().expect("a digest of 32 bytes"))
}
