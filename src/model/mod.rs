//! The model: the typed, resolved meaning of all files checked together.
//!
//! [`build`] (or [`lower_source`] per file, then [`link`]) checks every block
//! against the schema of `schema.rs` and the taxonomy, resolves references
//! across files, and reports each meaning error. The model keeps only what
//! is valid; rules read nothing else.
//!
//! It is laid out for size, since it lives beside the source text: values are
//! stored in 8 bytes (`stored.rs`), and each file's attributes, list items and
//! strings sit in one vector per file that blocks and lists index into. Rules
//! read decoded copies ([`Attr`], [`Item`]), never the stored records.

mod build;
pub mod schema;
mod stored;
pub mod taxonomy;

use crate::base::{FileId, Span};
use crate::syntax::{Date, Duration, StrLit};

pub use build::{LoweredFile, build, link, lower_source};
pub use schema::{AttrSchema, BlockKind, KindSchema, ValueType, Word};
pub use taxonomy::{Category, CategoryId, CategorySet, Taxonomy};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// A string value: an index into its file's strings. Stored one higher,
/// so that an `Option<TextId>` takes no more room than the id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TextId(std::num::NonZeroU32);

impl TextId {
    fn new(index: usize) -> TextId {
        TextId(std::num::NonZeroU32::MIN.saturating_add(index as u32))
    }

    fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

/// A list value: a range of its file's list items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListId {
    start: u32,
    len: u32,
}

impl ListId {
    /// Where the list's items are among its file's items.
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
}

/// A 64-bit number kept at 4-byte alignment, so that a [`Value`] is 12
/// bytes rather than 16 (the model holds millions of them). Read it with
/// [`Packed::get`].
#[derive(Clone, Copy)]
#[repr(C, packed(4))]
pub struct Packed<T: Copy>(T);

impl<T: Copy> Packed<T> {
    pub fn new(value: T) -> Packed<T> {
        Packed(value)
    }

    pub fn get(self) -> T {
        self.0
    }
}

impl<T: Copy + PartialEq> PartialEq for Packed<T> {
    fn eq(&self, other: &Packed<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Copy + std::fmt::Debug> std::fmt::Debug for Packed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// A valid, typed attribute value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Text(TextId),
    Bool(bool),
    Integer(Packed<u64>),
    Decimal(Packed<f64>),
    Percent(Packed<f64>),
    Date(Date),
    Duration(Duration),
    /// The word `indefinite`, longer than every duration.
    Indefinite,
    /// An enum word.
    Word(Word),
    Ref(BlockId),
    Category(CategoryId),
    /// An identifier (a join key), by its span in the file.
    Ident(Span),
    List(ListId),
    /// A reference not yet resolved, by its span. Only seen while the model
    /// is built: linking turns each into [`Value::Ref`] or reports and drops it.
    Unresolved(Span),
}

/// A list item with its span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub value: Value,
    pub span: Span,
}

/// An attribute as rules read it: a decoded copy of the stored record.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Attr {
    pub value: Value,
    /// The value's span.
    pub span: Span,
    /// Index into the block kind's schema attributes.
    pub index: u8,
}

impl Attr {
    pub fn schema(&self, kind: BlockKind) -> &'static AttrSchema {
        &kind.schema().attrs[self.index as usize]
    }

    /// The attribute name as written in `text`, its file. The key is the
    /// schema's name and only inline space separates it from the value, so
    /// it is found from the value's start rather than stored.
    pub fn key_span(&self, kind: BlockKind, text: &str) -> Span {
        let before = &text.as_bytes()[..self.span.start as usize];
        let end = before
            .iter()
            .rposition(|&b| !crate::syntax::lexer::is_inline_space(b))
            .map_or(0, |last| last + 1);
        Span::new(end - self.schema(kind).name.len(), end)
    }

    /// From the key to the end of the value.
    pub fn full_span(&self, kind: BlockKind, text: &str) -> Span {
        self.key_span(kind, text).cover(self.span)
    }
}

/// An attribute as stored: 12 bytes, the schema index inside the value.
///
/// The value's span is kept as its distance from the block's start and its
/// length, two bytes each. A span that does not fit (a block of more than
/// 64 KiB, a longer value) is kept in the file's `wide` table instead:
/// [`FAR_SPAN`] is then set in the schema index, and the two halves hold
/// the entry's index.
#[derive(Clone, Copy, Debug)]
struct StoredAttr {
    value: stored::Stored,
    from_block: u16,
    len: u16,
}

/// Set in a stored attribute's schema index when its span is in `wide`.
/// Schemas have fewer than 128 attributes (a test checks).
const FAR_SPAN: u8 = 0x80;

impl StoredAttr {
    fn schema_index(self) -> u8 {
        self.value.index & !FAR_SPAN
    }
}

/// A list item as stored.
///
/// 12 bytes: every item is one path token (item types are references,
/// categories, words and identifiers), so only its start is kept. Its
/// length rides in the value's free byte, and a token of 255 bytes or more
/// is lexed again.
#[derive(Clone, Copy, Debug)]
struct StoredItem {
    value: stored::Stored,
    start: u32,
}

#[derive(Debug)]
pub struct Block<'a> {
    pub kind: BlockKind,
    /// A slice of its file's text, so where it is need not be stored (see
    /// [`Model::name_span`]).
    pub name: Option<&'a str>,
    /// Read with [`Model::text`].
    pub title: Option<TextId>,
    pub file: FileId,
    /// Where the header (kind, name and title) ends; it starts where the
    /// block does.
    header_end: u32,
    /// The whole block.
    pub span: Span,
    /// Its attributes: a range of its file's attributes.
    attrs_start: u32,
    attrs_len: u16,
    /// Where the block's slot table starts in its file's `slots`.
    slots_start: u32,
}

impl Block<'_> {
    /// Kind, name and title.
    pub fn header(&self) -> Span {
        Span {
            start: self.span.start,
            end: self.header_end,
        }
    }
}

/// `block` as a diagnostic names it, given `text`, its file's text.
fn block_at(text: &str, block: &Block<'_>) -> crate::base::BlockAt {
    crate::base::BlockAt {
        kind: block.kind,
        file: block.file,
        name: name_span(text, block),
    }
}

/// Where `block`'s name is in `text`, its file's text: the name is a slice
/// of it.
fn name_span(text: &str, block: &Block<'_>) -> Option<Span> {
    block.name.map(|name| {
        let start = name.as_ptr() as usize - text.as_ptr() as usize;
        debug_assert!(text.get(start..start + name.len()) == Some(name));
        Span::new(start, start + name.len())
    })
}

/// The attributes, list items and strings of one file.
#[derive(Debug, Default)]
pub struct FileData<'a> {
    pub text: &'a str,
    blocks: Vec<Block<'a>>,
    attrs: Vec<StoredAttr>,
    /// For each block, one byte per attribute of its kind's schema: the
    /// attribute's position among the block's attributes, or `u8::MAX`. Rules
    /// read attributes by schema index many times; this makes each read one
    /// lookup instead of a scan.
    slots: Vec<u8>,
    items: Vec<StoredItem>,
    texts: Vec<TextLit>,
    /// The 64-bit payloads of values that need them (see `stored.rs`).
    wide: Vec<u64>,
}

/// A string literal as the model keeps it: where it lies in its file, from
/// which [`Model::text_in`] rebuilds the [`StrLit`] (12 bytes instead of 32).
/// The delimiters around the raw text are a few bytes (`"`, or `"""` and a
/// line break), so the literal's span is kept as their lengths.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextLit {
    raw_start: u32,
    raw_end: u32,
    /// From the literal's start to the raw text: at most 5 bytes.
    lead: u8,
    /// From the raw text's end to the literal's: at most 3 bytes.
    trail: u8,
    long: bool,
    escaped: bool,
}

impl TextLit {
    pub(crate) fn new(lit: &StrLit<'_>) -> TextLit {
        let raw_end = lit.raw_start + lit.raw.len() as u32;
        let lead = lit.raw_start - lit.span.start;
        let trail = lit.span.end - raw_end;
        debug_assert!(lead <= 5 && trail <= 3, "{lead} {trail}");
        TextLit {
            raw_start: lit.raw_start,
            raw_end,
            lead: lead.min(u8::MAX as u32) as u8,
            trail: trail.min(u8::MAX as u32) as u8,
            long: lit.long,
            escaped: lit.escaped,
        }
    }

    fn read<'a>(&self, text: &'a str) -> StrLit<'a> {
        StrLit {
            raw: &text[self.raw_start as usize..self.raw_end as usize],
            raw_start: self.raw_start,
            long: self.long,
            escaped: self.escaped,
            span: Span {
                start: self.raw_start - self.lead as u32,
                end: self.raw_end + self.trail as u32,
            },
        }
    }
}

impl<'a> FileData<'a> {
    /// Writes the slot table of attributes `start..start + len` at `table`.
    fn fill_slots(&mut self, kind: BlockKind, table: usize, start: usize, len: usize) {
        let width = kind.schema().attrs.len();
        if self.slots.len() < table + width {
            self.slots.resize(table + width, u8::MAX);
        }
        self.slots[table..table + width].fill(u8::MAX);
        for (position, attr) in self.attrs[start..start + len].iter().enumerate() {
            self.slots[table + attr.schema_index() as usize] = position as u8;
        }
    }

    /// Stores an attribute of the block that starts at `block_start`.
    ///
    /// Its value by reference, as lowering just wrote it: copied whole into
    /// an `Attr` first, it was read back before its narrow writes landed
    /// (1% of a large check, stop 31).
    fn push_attr(&mut self, value: &Value, span: Span, index: u8, block_start: u32) {
        let stored = self.stored_attr(value, span, index, block_start);
        self.attrs.push(stored);
        debug_assert_eq!(
            self.attr(self.attrs.len() - 1, block_start),
            Attr {
                value: *value,
                span,
                index
            }
        );
    }

    fn stored_attr(
        &mut self,
        value: &Value,
        span: Span,
        index: u8,
        block_start: u32,
    ) -> StoredAttr {
        let from_block = u16::try_from(span.start - block_start);
        let len = u16::try_from(span.end - span.start);
        let (index, from_block, len) = match (from_block, len) {
            (Ok(from_block), Ok(len)) => (index, from_block, len),
            _ => {
                self.wide.push((span.start as u64) << 32 | span.end as u64);
                let at = (self.wide.len() - 1) as u32;
                (index | FAR_SPAN, (at >> 16) as u16, at as u16)
            }
        };
        StoredAttr {
            value: stored::Stored::new(value, index, &mut self.wide),
            from_block,
            len,
        }
    }

    fn push_item(&mut self, value: Value, span: Span) {
        let stored = self.stored_item(Item { value, span });
        self.items.push(stored);
        debug_assert_eq!(self.item(self.items.len() - 1).span, span);
    }

    fn stored_item(&mut self, item: Item) -> StoredItem {
        let len = (item.span.end - item.span.start).min(u8::MAX as u32) as u8;
        StoredItem {
            value: stored::Stored::new(&item.value, len, &mut self.wide),
            start: item.span.start,
        }
    }

    /// The attribute at `at`, of the block that starts at `block_start`.
    fn attr(&self, at: usize, block_start: u32) -> Attr {
        let stored = self.attrs[at];
        let span = if stored.value.index & FAR_SPAN != 0 {
            let bits = self.wide[(stored.from_block as usize) << 16 | stored.len as usize];
            Span {
                start: (bits >> 32) as u32,
                end: bits as u32,
            }
        } else {
            let start = block_start + stored.from_block as u32;
            Span {
                start,
                end: start + stored.len as u32,
            }
        };
        Attr {
            value: stored.value.value(&self.wide),
            span,
            index: stored.schema_index(),
        }
    }

    /// Overwrites a stored attribute (linking resolves references in place).
    fn set_attr(&mut self, at: usize, attr: Attr, block_start: u32) {
        self.attrs[at] = self.stored_attr(&attr.value, attr.span, attr.index, block_start);
    }

    /// Whether linking may change the attribute at `at` (see
    /// [`stored::Stored::may_hold_references`]).
    fn attr_may_hold_references(&self, at: usize) -> bool {
        self.attrs[at].value.may_hold_references()
    }

    fn item_is_unresolved(&self, at: usize) -> bool {
        self.items[at].value.is_unresolved()
    }

    fn set_item(&mut self, at: usize, item: Item) {
        self.items[at] = self.stored_item(item);
    }

    fn item(&self, at: usize) -> Item {
        let stored = self.items[at];
        let len = match stored.value.index {
            u8::MAX => crate::syntax::lexer::path(&self.text[stored.start as usize..])
                .map_or(0, |(_, token)| token.len() as u32),
            len => len as u32,
        };
        Item {
            value: stored.value.value(&self.wide),
            span: Span {
                start: stored.start,
                end: stored.start + len,
            },
        }
    }

    /// Empty vectors with room for a file of this size, so that on any
    /// ordinary draft they never grow (growing copies, and for a moment
    /// holds both the old and the new buffer). Generous on purpose: pages
    /// that are never written are never made resident, so unused room costs
    /// address space, not memory.
    ///
    /// The room is estimated from the length, not counted: counting the six
    /// bytes that bound each vector (`{`, `"`, line breaks, `;`, `,`, `]`)
    /// read the whole text six times and took 2.2% of a check of the
    /// benchmark corpus. Each divisor leaves three to seven times the room
    /// the densest of the corpus and the examples needs (a block per 226
    /// bytes, a line per 23, a list separator per 75, a quote per 73); a
    /// denser file only grows its vectors.
    fn with_capacity_for(text: &'a str) -> FileData<'a> {
        let len = text.len();
        let blocks = len / 32 + 4;
        let lines = len / 8 + 16;
        FileData {
            text,
            blocks: Vec::with_capacity(blocks),
            attrs: Vec::with_capacity(lines),
            slots: Vec::with_capacity(lines + blocks * 4),
            items: Vec::with_capacity(len / 16 + 16),
            texts: Vec::with_capacity(len / 32 + 4),
            wide: Vec::new(),
        }
    }
}

/// A hint to load the cache line that holds `value`; nothing where the
/// processor has no such instruction.
#[inline(always)]
fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch is a hint: it reads nothing the program sees
        // and cannot fault, whatever the address.
        #[allow(unused_unsafe)]
        unsafe {
            _mm_prefetch::<_MM_HINT_T0>((value as *const T).cast());
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// All files checked together.
#[derive(Debug, Default)]
pub struct Model<'a> {
    /// Indexed by `FileId`; `None` for a file that was not parsed. Blocks
    /// stay in their file's data rather than being copied into one vector.
    files: Vec<Option<FileData<'a>>>,
    /// For each linked file in order: the id of its first block and its slot
    /// in `files`. Block ids count through the files in this order.
    bases: Vec<(u32, u32)>,
    /// For each block, its file's position in `bases`: finding a block is
    /// one lookup, not a search among thousands of files.
    block_bases: Vec<u32>,
    /// The number of blocks.
    len: u32,
    /// The policy block of each file that has one.
    pub policies: Vec<BlockId>,
}

impl<'a> Model<'a> {
    #[inline]
    pub fn block(&self, id: BlockId) -> &Block<'a> {
        let (base, slot) = match self.bases[..] {
            [only] => only,
            _ => self.bases[self.block_bases[id.0 as usize] as usize],
        };
        &self.data_at(slot).blocks[(id.0 - base) as usize]
    }

    /// The number of blocks.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many file slots the model has: every block's `FileId` is below
    /// it, so it sizes a table indexed by a block's file.
    pub fn file_slots(&self) -> usize {
        self.files.len()
    }

    /// The block of this name, for tests. A scan: the names table is
    /// dropped once references are resolved, and rules reach blocks through
    /// them.
    #[cfg(test)]
    pub(crate) fn lookup(&self, name: &str) -> Option<BlockId> {
        self.iter()
            .find(|(_, block)| block.name == Some(name))
            .map(|(id, _)| id)
    }

    /// Every block with its id, in id order (file order, then source order).
    pub fn iter(&self) -> impl Iterator<Item = (BlockId, &Block<'a>)> {
        self.bases.iter().flat_map(move |&(base, slot)| {
            self.data_at(slot)
                .blocks
                .iter()
                .enumerate()
                .map(move |(i, b)| (BlockId(base + i as u32), b))
        })
    }

    fn data_at(&self, slot: u32) -> &FileData<'a> {
        self.files[slot as usize]
            .as_ref()
            .expect("linked files have data")
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

    fn data(&self, file: FileId) -> &FileData<'a> {
        self.data_at(file.0)
    }

    /// A block's valid attributes, in source order.
    pub fn attrs(&self, block: &Block<'a>) -> impl ExactSizeIterator<Item = Attr> + '_ {
        let start = block.attrs_start as usize;
        let data = self.data(block.file);
        let block_start = block.span.start;
        (start..start + block.attrs_len as usize).map(move |at| data.attr(at, block_start))
    }

    pub fn attr(&self, block: &Block<'a>, name: &str) -> Option<Attr> {
        let index = block.kind.schema().attr_index(name)?;
        self.attr_at(block, index as u8)
    }

    /// The attribute with this index in the block kind's schema.
    pub fn attr_at(&self, block: &Block<'a>, index: u8) -> Option<Attr> {
        let data = self.data(block.file);
        self.position(block, index)
            .map(|at| data.attr(block.attrs_start as usize + at, block.span.start))
    }

    /// Asks the processor to start loading block `id`'s record (finding
    /// where it is reads only the tables of where blocks are).
    #[inline]
    pub fn prefetch_record(&self, id: BlockId) {
        prefetch(self.block(id));
    }

    /// Asks the processor to start loading block `id`'s slot table and
    /// attribute records. Reads its record for where they are.
    #[inline]
    pub fn prefetch_attributes(&self, id: BlockId) {
        let block = self.block(id);
        let data = self.data(block.file);
        if let Some(slot) = data.slots.get(block.slots_start as usize) {
            prefetch(slot);
        }
        if let Some(attr) = data.attrs.get(block.attrs_start as usize) {
            prefetch(attr);
        }
    }

    /// Asks the processor to start loading block `id`'s name, which a
    /// finding's message is likely to quote. Reads its record.
    #[inline]
    pub fn prefetch_name(&self, id: BlockId) {
        if let Some(first) = self.block(id).name.and_then(|name| name.as_bytes().first()) {
            prefetch(first);
        }
    }

    /// Asks the processor to start loading the items of block `id`'s
    /// lists. Reads its attribute records for where they are.
    pub fn prefetch_items(&self, id: BlockId) {
        let block = self.block(id);
        let data = self.data(block.file);
        let start = block.attrs_start as usize;
        for attr in &data.attrs[start..start + block.attrs_len as usize] {
            if let Some((from, _)) = attr.value.short_list()
                && let Some(item) = data.items.get(from as usize)
            {
                prefetch(item);
            }
        }
    }

    /// The value of the attribute with this index: what rules read, without
    /// the spans of [`Model::attr_at`].
    #[inline]
    pub fn value_at(&self, block: &Block<'a>, index: u8) -> Option<Value> {
        let data = self.data(block.file);
        let at = self.position(block, index)?;
        Some(
            data.attrs[block.attrs_start as usize + at]
                .value
                .value(&data.wide),
        )
    }

    /// Where among the block's attributes the one with this schema index is.
    #[inline]
    fn position(&self, block: &Block<'a>, index: u8) -> Option<usize> {
        let data = self.data(block.file);
        let position = *data
            .slots
            .get(block.slots_start as usize + index as usize)?;
        if position == u8::MAX || index as usize >= block.kind.schema().attrs.len() {
            return None;
        }
        Some(position as usize)
    }

    pub fn get(&self, block: &Block<'a>, name: &str) -> Option<Value> {
        self.attr(block, name).map(|a| a.value)
    }

    /// The items of a list value of `block`.
    pub fn items(
        &self,
        block: &Block<'a>,
        list: ListId,
    ) -> impl ExactSizeIterator<Item = Item> + '_ {
        let data = self.data(block.file);
        list.range().map(|at| data.item(at))
    }

    /// The values of the items of a list value of `block`, without their
    /// spans: what the rules read of a list (finding an item's span may
    /// read the source text again).
    #[inline]
    pub fn item_values(
        &self,
        block: &Block<'a>,
        list: ListId,
    ) -> impl ExactSizeIterator<Item = Value> + '_ {
        let data = self.data(block.file);
        (data.items[list.range()].iter()).map(|stored| stored.value.value(&data.wide))
    }

    /// Where a block's name is in its file.
    pub fn name_span(&self, block: &Block<'a>) -> Option<Span> {
        name_span(self.data(block.file).text, block)
    }

    /// The block as a diagnostic about it names it.
    pub fn block_at(&self, block: &Block<'a>) -> crate::base::BlockAt {
        block_at(self.data(block.file).text, block)
    }

    /// The text of `block`'s file.
    pub fn file_text(&self, block: &Block<'a>) -> &'a str {
        self.data(block.file).text
    }

    /// A string value of `block`.
    pub fn text(&self, block: &Block<'a>, text: TextId) -> StrLit<'a> {
        self.text_in(block.file, text)
    }

    /// A text of `file`'s (the file of the block it was read from).
    pub fn text_in(&self, file: FileId, text: TextId) -> StrLit<'a> {
        let data = self.data(file);
        data.texts[text.index()].read(data.text)
    }

    /// The text of a span in `block`'s file (an identifier value).
    pub fn source(&self, block: &Block<'a>, span: Span) -> &'a str {
        &self.data(block.file).text[span.range()]
    }

    /// The blocks a reference or list of references of `block` names.
    pub fn refs(
        &self,
        block: &Block<'a>,
        name: &str,
    ) -> impl Iterator<Item = (BlockId, Span)> + '_ {
        let attr = self.attr(block, name);
        let (single, list) = match attr.map(|a| (a.value, a.span)) {
            Some((Value::Ref(id), span)) => (Some((id, span)), None),
            Some((Value::List(list), _)) => (None, Some(self.items(block, list))),
            _ => (None, None),
        };
        single.into_iter().chain(
            list.into_iter()
                .flatten()
                .filter_map(|item| match item.value {
                    Value::Ref(id) => Some((id, item.span)),
                    _ => None,
                }),
        )
    }
}

impl crate::diagnostics::waivers::Targets for Model<'_> {
    fn targets(&self, file: FileId) -> Vec<(u32, Span)> {
        let Some(data) = self.files.get(file.0 as usize).and_then(Option::as_ref) else {
            return Vec::new();
        };
        // In the order that decides between two that start at one place: a
        // block, then its attributes, block after block.
        let mut targets = Vec::with_capacity(data.blocks.len() * 8);
        for block in &data.blocks {
            targets.push((block.header().start, block.span));
            for attr in self.attrs(block) {
                let key = attr.key_span(block.kind, data.text);
                targets.push((key.start, attr.full_span(block.kind, data.text)));
            }
        }
        // Stable: the first listed of those that start at one place comes
        // first, and is the one kept.
        targets.sort_by_key(|&(start, _)| start);
        targets.dedup_by_key(|&mut (start, _)| start);
        targets
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod size_tests {
    /// The model lives beside the source text and holds millions of these,
    /// so each byte counts (see the module docs).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn model_records_keep_their_sizes() {
        use std::mem::size_of;
        assert_eq!(size_of::<super::Value>(), 12);
        assert_eq!(size_of::<super::StoredAttr>(), 12);
        assert_eq!(size_of::<super::StoredItem>(), 12);
        assert_eq!(size_of::<super::TextLit>(), 12);
        assert_eq!(size_of::<super::Block>(), 48);
    }
}
