//! The model: the typed, resolved meaning of all files checked together.
//!
//! [`build`] checks every block against the schema of `schema.rs` and the
//! taxonomy, resolves references across files, and reports each meaning
//! error. The model keeps only what is valid; rules read nothing else.

mod build;
pub mod schema;
pub mod taxonomy;

use rustc_hash::FxHashMap;

use crate::base::{BlockRef, FileId, Span};
use crate::syntax::{Date, Duration, StrLit};

pub use build::{LoweredFile, build, link, lower_source};
pub use schema::{AttrSchema, BlockKind, KindSchema, ValueType};
pub use taxonomy::{Category, CategoryId, Taxonomy};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// A valid, typed attribute value.
#[derive(Debug)]
pub enum Value<'a> {
    Text(StrLit<'a>),
    Bool(bool),
    Integer(u64),
    Decimal(f64),
    Percent(f64),
    Date(Date),
    Duration(Duration),
    /// The word `indefinite`, longer than every duration.
    Indefinite,
    /// An enum word, as spelt in the schema.
    Word(&'static str),
    Ref(BlockId),
    Category(CategoryId),
    Ident(&'a str),
    /// Exact-size: lists are built once and never grow.
    List(Box<[Item<'a>]>),
    /// A reference not yet resolved. Only seen while the model is built:
    /// linking turns each into [`Value::Ref`] or reports and drops it.
    Unresolved(&'a str),
}

impl Value<'_> {
    fn has_unresolved(&self) -> bool {
        match self {
            Value::Unresolved(_) => true,
            Value::List(items) => items.iter().any(|i| i.value.has_unresolved()),
            _ => false,
        }
    }
}

/// A list item with its span.
#[derive(Debug)]
pub struct Item<'a> {
    pub value: Value<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Attr<'a> {
    /// Index into the block kind's schema attributes.
    pub index: u8,
    pub value: Value<'a>,
    pub key_span: Span,
    /// The value's span.
    pub span: Span,
}

impl Attr<'_> {
    pub fn schema(&self, kind: BlockKind) -> &'static AttrSchema {
        &kind.schema().attrs[self.index as usize]
    }
}

#[derive(Debug)]
pub struct Block<'a> {
    pub kind: BlockKind,
    pub name: Option<&'a str>,
    pub name_span: Option<Span>,
    pub title: Option<StrLit<'a>>,
    pub file: FileId,
    /// Kind, name and title.
    pub header: Span,
    /// The whole block.
    pub span: Span,
    /// Valid attributes in source order; each at most once.
    pub attrs: Vec<Attr<'a>>,
}

impl<'a> Block<'a> {
    pub fn attr(&self, name: &str) -> Option<&Attr<'a>> {
        let index = self.kind.schema().attr_index(name)?;
        self.attrs.iter().find(|a| a.index as usize == index)
    }

    pub fn get(&self, name: &str) -> Option<&Value<'a>> {
        self.attr(name).map(|a| &a.value)
    }

    pub fn block_ref(&self) -> BlockRef {
        BlockRef {
            kind: self.kind.name().into(),
            name: self.name.map(Into::into),
        }
    }
}

/// All files checked together.
#[derive(Debug, Default)]
pub struct Model<'a> {
    pub blocks: Vec<Block<'a>>,
    pub(crate) names: FxHashMap<&'a str, build::Definition>,
    /// The policy block of each file that has one.
    pub policies: Vec<BlockId>,
}

impl<'a> Model<'a> {
    pub fn block(&self, id: BlockId) -> &Block<'a> {
        &self.blocks[id.0 as usize]
    }

    pub fn lookup(&self, name: &str) -> Option<BlockId> {
        self.names.get(name).and_then(|d| d.block)
    }

    pub fn iter(&self) -> impl Iterator<Item = (BlockId, &Block<'a>)> {
        self.blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (BlockId(i as u32), b))
    }

    pub fn of_kind(&self, kind: BlockKind) -> impl Iterator<Item = (BlockId, &Block<'a>)> {
        self.iter().filter(move |(_, b)| b.kind == kind)
    }

    /// The policy block of a file.
    pub fn policy_of(&self, file: FileId) -> Option<&Block<'a>> {
        self.policies
            .iter()
            .map(|&id| self.block(id))
            .find(|b| b.file == file)
    }
}

#[cfg(test)]
mod tests;
