//! datalint: a linter for data-governance policy drafts.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`syntax`] → [`model`] → [`rules`] → [`diagnostics`] → [`output`], driven by
//! [`check`] and [`cli`], all sharing the vocabulary of [`base`].

pub mod base;
pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod lsp;
pub mod model;
pub mod output;
pub mod rules;
pub mod syntax;
pub mod workspace;
