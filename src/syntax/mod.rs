//! Syntax: reading a policy file into a tree that borrows from the source.
//!
//! [`parse`] never fails. It returns the tree it could build and one
//! diagnostic for each independent syntax mistake.

pub mod ast;
pub mod format;
pub mod lexer;
pub mod literal;
mod parser;

pub use ast::{Ast, Attribute, Block, Entry, Ident, StrLit, Value, ValueKind};
pub use literal::{Date, Duration, DurationUnit};
pub use parser::{BlockSink, MAX_NESTING, parse, parse_each};

#[cfg(test)]
mod tests;
