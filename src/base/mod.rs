//! The vocabulary every layer shares: byte spans, loaded source files, and the
//! diagnostic record. It depends on nothing else in the crate.

pub mod codes;
pub mod diagnostic;
pub mod intern;
pub mod memory;
pub mod message;
pub mod names;
pub mod source;
pub mod span;
pub mod suggest;

pub use diagnostic::{Basis, BlockAt, BlockKind, Diagnostic, Label, Origin, Severity, Waived};
pub use message::Message;
pub use source::{FileId, LineCol, SourceFile, Sources};
pub use span::Span;
