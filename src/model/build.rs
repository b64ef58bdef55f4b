//! Building the model: schema checks and reference resolution over all files
//! checked together.

use rustc_hash::FxHashMap;

use crate::base::codes;
use crate::base::suggest::Budget;
use crate::base::{BlockAt, Diagnostic, FileId, Span};
use crate::syntax::{self, BlockSink, Entry, Ident, ValueKind};

use super::schema::Word;
use super::schema::{AttrSchema, BlockKind, ValueType};
use super::{Attr, Block, BlockId, FileData, ListId, Model, Packed, Taxonomy, TextId, Value};

/// Builds the model of `files` (path and text; names are global across
/// them) and reports every syntax and meaning error, one file after another.
/// [`crate::check`] does the same with files lowered in parallel.
pub fn build<'a>(files: &[(FileId, &'a str)]) -> (Model<'a>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let lowered = files
        .iter()
        .map(|&(file, text)| {
            let (lowered, file_errors) = lower_source(file, text);
            errors.extend(file_errors);
            lowered
        })
        .collect();
    let (model, link_errors) = link(lowered);
    errors.extend(link_errors);
    (model, errors)
}

/// Parses and lowers one file, block by block, so that the syntax tree of
/// only one block is alive at a time.
pub fn lower_source<'a>(file: FileId, text: &'a str) -> (LoweredFile<'a>, Vec<Diagnostic>) {
    let mut lowerer = Lowerer::new(file, text);
    let (comments, syntax_errors) = syntax::parse_each(text, file, &mut lowerer);
    let (mut lowered, mut errors) = lowerer.finish();
    lowered.comments = comments;
    let mut all = syntax_errors;
    all.append(&mut errors);
    (lowered, all)
}

/// One file's blocks, typed, with references still by name.
#[derive(Debug)]
pub struct LoweredFile<'a> {
    pub file: FileId,
    /// Names of blocks of unknown kind (already reported).
    unknown: Vec<(&'a str, Span)>,
    /// Index in `blocks` of the file's policy.
    policy: Option<usize>,
    /// The file's comments (waivers and annotations are read from them).
    pub comments: Vec<Span>,
    data: FileData<'a>,
}

/// Joins lowered files into one model: declares every name, reports
/// duplicates, and resolves references.
pub fn link<'a>(files: Vec<LoweredFile<'a>>) -> (Model<'a>, Vec<Diagnostic>) {
    let count = files
        .iter()
        .map(|f| f.data.blocks.len() + f.unknown.len())
        .sum();
    let mut linker = Linker {
        model: Model::default(),
        names: FxHashMap::default(),
        candidates: FxHashMap::default(),
        suggestions: Budget::default(),
        errors: Vec::new(),
    };
    linker.names.reserve(count);
    linker.model.block_bases.reserve(count);
    let mut slots = Vec::with_capacity(files.len());
    for lowered in files {
        let slot = lowered.file.0 as usize;
        let base = linker.model.len;
        if let Some(policy) = lowered.policy {
            linker.model.policies.push(BlockId(base + policy as u32));
        }
        for (name, span) in lowered.unknown {
            linker.declare(name, span, lowered.file, None, None);
        }
        for (i, block) in lowered.data.blocks.iter().enumerate() {
            let id = BlockId(base + i as u32);
            let text = lowered.data.text;
            if let (Some(name), Some(span)) = (block.name, super::name_span(text, block)) {
                linker.declare(name, span, block.file, Some(id), Some(block.kind));
            }
        }
        linker.model.len += lowered.data.blocks.len() as u32;
        let position = linker.model.bases.len() as u32;
        let blocks = lowered.data.blocks.len();
        linker
            .model
            .block_bases
            .extend(std::iter::repeat_n(position, blocks));
        linker.model.bases.push((base, slot as u32));
        if linker.model.files.len() <= slot {
            linker.model.files.resize_with(slot + 1, || None);
        }
        linker.model.files[slot] = Some(lowered.data);
        slots.push(slot);
    }
    for slot in slots {
        let mut data = linker.model.files[slot].take().expect("placed above");
        linker.suggestions = Budget::default();
        linker.resolve(&mut data);
        linker.model.files[slot] = Some(data);
    }
    (linker.model, linker.errors)
}

/// Where a name is defined. `block` is `None` for a block of unknown kind,
/// which is reported once and then treated as defined, so references to it
/// do not report again.
#[derive(Debug)]
struct Definition {
    block: Option<BlockId>,
    kind: Option<BlockKind>,
    file: FileId,
    span: Span,
}

/// The candidate lists of a file's suggestions (see [`Budget::closest`]);
/// a list of enum words is named by its address.
const LIST_KINDS: u64 = 1;
const LIST_CATEGORIES: u64 = 2;
/// Plus the block kind.
const LIST_ATTRS: u64 = 16;

struct Lowerer<'a> {
    file: FileId,
    lowered: LoweredFile<'a>,
    policy_span: Option<Span>,
    errors: Vec<Diagnostic>,
    taxonomy: &'static Taxonomy,
    /// The file's "did you mean" allowance.
    suggestions: Budget<'static>,
    /// The top-level block being lowered, from its header to its end
    /// (`None` between blocks, and in a block of unknown kind).
    current: Option<Current>,
    /// Where the key of each attribute the current block has given starts,
    /// by schema index (valid where `Current::seen` has the bit): a
    /// duplicate points back at the first.
    first_keys: [u32; 128],
}

/// What lowering keeps of a block while the parser hands it its attributes.
struct Current {
    at: BlockAt,
    /// Where the block starts (its kind).
    start: u32,
    /// The block's first attribute in the file's attributes.
    attrs_start: usize,
    /// The attributes given, by schema index; schemas have fewer than 128
    /// (a test holds them to it).
    seen: u128,
}

struct Linker<'a> {
    model: Model<'a>,
    /// Every defined name. Needed only to resolve references, so it is
    /// dropped once they are: it would be a tenth of the model's size.
    names: FxHashMap<&'a str, Definition>,
    /// The names of each kind (`None`: of every kind), sorted: what an
    /// unresolved reference is compared with, listed once.
    candidates: FxHashMap<Option<BlockKind>, Vec<&'a str>>,
    /// The "did you mean" allowance of the file being resolved.
    suggestions: Budget<'a>,
    errors: Vec<Diagnostic>,
}

impl<'a> Lowerer<'a> {
    fn new(file: FileId, text: &'a str) -> Lowerer<'a> {
        Lowerer {
            file,
            lowered: LoweredFile {
                file,
                unknown: Vec::new(),
                policy: None,
                comments: Vec::new(),
                data: FileData::with_capacity_for(text),
            },
            policy_span: None,
            errors: Vec::new(),
            taxonomy: Taxonomy::builtin(),
            suggestions: Budget::default(),
            current: None,
            first_keys: [0; 128],
        }
    }

    fn finish(self) -> (LoweredFile<'a>, Vec<Diagnostic>) {
        (self.lowered, self.errors)
    }

    /// The block's first attribute whose key has schema index `index`.
    fn first_key(&self, index: usize, kind: BlockKind) -> Span {
        let start = self.first_keys[index] as usize;
        Span::new(start, start + kind.schema().attrs[index].name.len())
    }

    fn text(&mut self, lit: syntax::StrLit<'a>) -> TextId {
        let texts = &mut self.lowered.data.texts;
        texts.push(super::TextLit::new(&lit));
        debug_assert_eq!(
            texts.last().map(|t| t.read(self.lowered.data.text).span),
            Some(lit.span)
        );
        TextId::new(texts.len() - 1)
    }

    fn unknown_attribute(
        &mut self,
        kind: BlockKind,
        file: FileId,
        key: &str,
        span: Span,
        block: BlockAt,
    ) {
        let schema = kind.schema();
        let names = schema.attrs.iter().map(|a| a.name);
        let help = match self
            .suggestions
            .closest(LIST_ATTRS + kind as u64, key, names)
        {
            Some(near) => format!("did you mean `{near}`?"),
            None => {
                let elsewhere: Vec<_> = BlockKind::ALL
                    .iter()
                    .filter(|k| k.schema().attr(key).is_some())
                    .map(|k| format!("`{k}`"))
                    .collect();
                let names: Vec<_> = schema.attrs.iter().map(|a| a.name).collect();
                if elsewhere.is_empty() {
                    format!("a `{kind}` block takes: {}", names.join(", "))
                } else {
                    format!(
                        "`{key}` is an attribute of {}; a `{kind}` block takes: {}",
                        elsewhere.join(", "),
                        names.join(", ")
                    )
                }
            }
        };
        self.errors.push(
            Diagnostic::error(
                codes::UNKNOWN_ATTRIBUTE,
                file,
                span,
                format!("unknown attribute `{key}` in a `{kind}` block"),
            )
            .with_help(help)
            .with_block(block),
        );
    }

    /// Converts a syntax value to the schema type, or reports why it cannot.
    fn value(
        &mut self,
        ty: ValueType,
        value: &syntax::Value<'a>,
        cx: &mut Context,
    ) -> Option<Value> {
        let span = value.span;
        if value.has_error() {
            return None;
        }
        match (ty, &value.kind) {
            (ValueType::Str | ValueType::Text, ValueKind::Str(lit)) => {
                Some(Value::Text(self.text(*lit)))
            }
            (ValueType::Bool, ValueKind::Bool(b)) => Some(Value::Bool(*b)),
            (ValueType::Integer, ValueKind::Integer(n)) => Some(Value::Integer(Packed::new(*n))),
            (ValueType::Decimal, ValueKind::Decimal(x)) => Some(Value::Decimal(Packed::new(*x))),
            (ValueType::Decimal, ValueKind::Integer(n)) => {
                Some(Value::Decimal(Packed::new(*n as f64)))
            }
            (ValueType::Percent, ValueKind::Percent(p)) => {
                if *p > 100.0 {
                    self.push(
                        cx,
                        Diagnostic::error(
                            codes::OUT_OF_RANGE,
                            cx.file,
                            span,
                            format!(
                                "`{}` is {p}%; a percent lies between 0% and 100%",
                                cx.attr.name
                            ),
                        )
                        .with_label("more than 100%"),
                    );
                    return None;
                }
                Some(Value::Percent(Packed::new(*p)))
            }
            (ValueType::Date, ValueKind::Date(d)) => Some(Value::Date(*d)),
            (ValueType::Duration | ValueType::DurationOrIndefinite, ValueKind::Duration(d)) => {
                Some(Value::Duration(*d))
            }
            (ValueType::DurationOrIndefinite, ValueKind::Path("indefinite")) => {
                Some(Value::Indefinite)
            }
            (ValueType::Enum(words), ValueKind::Path(word)) => match Word::of_enum(words, word) {
                Some(w) => Some(Value::Word(w)),
                None => {
                    let help = match self.suggestions.closest(
                        words.as_ptr() as u64,
                        word,
                        words.iter().copied(),
                    ) {
                        Some(near) => format!(
                            "did you mean `{near}`? The allowed words are: {}",
                            words.join(", ")
                        ),
                        None => format!("the allowed words are: {}", words.join(", ")),
                    };
                    let error = Diagnostic::error(
                        codes::UNKNOWN_ENUM_WORD,
                        cx.file,
                        span,
                        format!("`{word}` is not a value of `{}`", cx.attr.name),
                    )
                    .with_help(help);
                    self.push(cx, error);
                    None
                }
            },
            (ValueType::Ref(_), ValueKind::Path(_)) => Some(Value::Unresolved(span)),
            (ValueType::Category, ValueKind::Path(key)) => match self.taxonomy.get(key) {
                Some(id) => Some(Value::Category(id)),
                None => {
                    let help = match self.suggestions.closest(LIST_CATEGORIES, key, self.taxonomy.keys()) {
                        Some(near) => format!("did you mean `{near}`?"),
                        None => "categories are listed in the taxonomy (user.*, public.*, system.*); see `datalint explain` or taxonomy.md".into(),
                    };
                    let error = Diagnostic::error(
                        codes::UNKNOWN_CATEGORY,
                        cx.file,
                        span,
                        format!("unknown data category `{key}`"),
                    )
                    .with_help(help);
                    self.push(cx, error);
                    None
                }
            },
            (ValueType::Ident, ValueKind::Path(word)) if !word.contains('.') => {
                Some(Value::Ident(span))
            }
            (ValueType::List { item, non_empty }, ValueKind::List(items)) => {
                if non_empty && items.is_empty() {
                    let error = Diagnostic::error(
                        codes::EMPTY_LIST,
                        cx.file,
                        span,
                        format!("`{}` needs at least one item", cx.attr.name),
                    )
                    .with_help(format!(
                        "`{}` takes {}",
                        cx.attr.name,
                        ty.describe()
                    ));
                    self.push(cx, error);
                    return None;
                }
                // Item types are scalars, so converting an item adds no items
                // of its own and the list's items stay contiguous.
                let start = self.lowered.data.items.len();
                cx.in_list = true;
                for element in items {
                    if let Some(value) = self.value(*item, element, cx) {
                        self.lowered.data.push_item(value, element.span);
                    }
                }
                cx.in_list = false;
                let len = self.lowered.data.items.len() - start;
                Some(Value::List(ListId {
                    start: start as u32,
                    len: len as u32,
                }))
            }
            (ty, found) => {
                self.wrong_type(ty, found, value, cx);
                None
            }
        }
    }

    fn wrong_type(
        &mut self,
        ty: ValueType,
        found: &ValueKind<'_>,
        value: &syntax::Value<'_>,
        cx: &mut Context,
    ) {
        let attr = cx.attr.name;
        let found_text = match found {
            ValueKind::Path(word) => format!("the word `{word}`"),
            other => other.describe().to_string(),
        };
        let help = match (ty, found) {
            (ValueType::Percent, ValueKind::Integer(n)) => format!("write `{n}%`"),
            (ValueType::Percent, ValueKind::Decimal(x)) => format!("write `{x}%`"),
            (ValueType::Str | ValueType::Text, ValueKind::Path(word)) => {
                format!("quote it: `\"{word}\"`")
            }
            (ValueType::Duration | ValueType::DurationOrIndefinite, ValueKind::Integer(n)) => {
                format!("add a unit: `{n}y`, `{n}mo`, `{n}w` or `{n}d`")
            }
            (ValueType::Duration | ValueType::DurationOrIndefinite, ValueKind::Str(_)) => {
                "write the duration with a unit, like `20y` or `18mo`".into()
            }
            (ValueType::List { .. }, ValueKind::Path(word)) => format!("write a list: `[{word}]`"),
            (ValueType::Ident, ValueKind::Path(_)) => {
                "a key is a single identifier, without dots".into()
            }
            _ => String::new(),
        };
        let subject = if cx.in_list {
            format!("each item of `{attr}` is")
        } else {
            format!("`{attr}` takes")
        };
        // The generic help would only repeat the message.
        let help = (!help.is_empty()).then_some(help);
        let mut error = Diagnostic::error(
            codes::WRONG_TYPE,
            cx.file,
            value.span,
            format!("{subject} {}, not {found_text}", ty.describe()),
        );
        error.set_help(help.map(Into::into));
        self.push(cx, error);
    }

    fn push(&mut self, cx: &Context, error: Diagnostic) {
        self.errors.push(error.with_block(cx.block));
    }
}

/// Lowering follows the parser: a block's header when it is read, each
/// attribute as soon as it is read, the rest once the block ends.
impl<'a> BlockSink<'a> for Lowerer<'a> {
    fn begin(&mut self, kind_ident: Ident<'a>, name: Option<Ident<'a>>) {
        let file = self.file;
        let Some(kind) = BlockKind::from_name(kind_ident.text) else {
            let known = BlockKind::ALL.iter().map(|k| k.name());
            let mut error = Diagnostic::error(
                codes::UNKNOWN_BLOCK_KIND,
                file,
                kind_ident.span,
                format!("unknown block kind `{}`", kind_ident.text),
            );
            error.set_help(crate::base::diagnostic::help(
                match self.suggestions.closest(LIST_KINDS, kind_ident.text, known) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("the block kinds are: {}", kind_list()),
                },
            ));
            self.errors.push(error);
            self.current = None;
            return;
        };
        self.current = Some(Current {
            at: BlockAt {
                kind,
                file,
                name: name.map(|n| n.span),
            },
            start: kind_ident.span.start,
            attrs_start: self.lowered.data.attrs.len(),
            seen: 0,
        });
    }

    // Inlined into the parser's loop over a block's entries: called, it
    // cost as much as the copies through the block's entries that it
    // replaced (stop 32 in docs/performance.md).
    #[inline(always)]
    fn attribute(&mut self, key: Ident<'a>, value: &syntax::Value<'a>) {
        let Some(Current {
            at: block_at,
            start,
            seen,
            ..
        }) = self.current
        else {
            return;
        };
        let kind = block_at.kind;
        let file = self.file;
        let schema = kind.schema();
        let Some(index) = schema.attr_index(key.text) else {
            self.unknown_attribute(kind, file, key.text, key.span, block_at);
            return;
        };
        if seen & (1 << index) != 0 {
            let first = self.first_key(index, kind);
            self.errors.push(
                Diagnostic::error(
                    codes::DUPLICATE_ATTRIBUTE,
                    file,
                    key.span,
                    format!("`{}` is given twice", key.text),
                )
                .with_label("given again here")
                .with_secondary(file, first, "first given here")
                .with_help("keep one of them")
                .with_block(block_at),
            );
            return;
        }
        if let Some(current) = &mut self.current {
            current.seen = seen | 1 << index;
        }
        self.first_keys[index] = key.span.start;
        let attr_schema = &schema.attrs[index];
        let mut context = Context {
            in_list: false,
            file,
            attr: attr_schema,
            block: block_at,
        };
        let converted = self.value(attr_schema.ty, value, &mut context);
        if let Some(converted) = &converted {
            let span = value.span;
            (self.lowered.data).push_attr(converted, span, index as u8, start);
            // The key is not stored but found again from the value.
            debug_assert_eq!(
                Attr {
                    value: *converted,
                    span,
                    index: index as u8
                }
                .key_span(kind, self.lowered.data.text),
                key.span
            );
        }
    }

    fn end(&mut self, block: &syntax::Block<'a>) {
        let file = self.file;
        // Attributes went to `attribute`: what is left is nested blocks.
        for entry in &block.entries {
            if let Entry::Block(nested) = entry {
                self.errors.push(
                    Diagnostic::error(
                        codes::NESTED_BLOCK,
                        file,
                        nested.header_span(),
                        format!("a `{}` block cannot stand inside another block", nested.kind.text),
                    )
                    .with_help("write every block at the top level of the file; blocks refer to each other by name"),
                );
            }
        }
        let Some(current) = self.current.take() else {
            if let Some(name) = block.name {
                self.lowered.unknown.push((name.text, name.span));
            }
            return;
        };
        let Current {
            at: block_at,
            attrs_start,
            seen,
            ..
        } = current;
        let kind = block_at.kind;
        let schema = kind.schema();
        if kind == BlockKind::Policy {
            if let Some(first) = self.policy_span {
                self.errors.push(
                    Diagnostic::error(
                        codes::DUPLICATE_POLICY,
                        file,
                        block.kind.span,
                        "a file holds at most one `policy` block",
                    )
                    .with_secondary(file, first, "the first policy block")
                    .with_help("split the policies into separate files, or merge their attributes"),
                );
            } else {
                self.policy_span = Some(block.kind.span);
                self.lowered.policy = Some(self.lowered.data.blocks.len());
            }
        }
        if schema.title_required && block.title.is_none() {
            self.errors.push(
                Diagnostic::error(
                    codes::MISSING_TITLE,
                    file,
                    block.header_span(),
                    format!("the `{kind}` block has no title"),
                )
                .with_help(format!(
                    "give the document's title: {kind} \"Measures for …\" {{"
                ))
                .with_block(block_at),
            );
        }
        if schema.name_required && block.name.is_none() {
            self.errors.push(
                Diagnostic::error(
                    codes::MISSING_NAME,
                    file,
                    block.header_span(),
                    format!("this `{kind}` block has no name"),
                )
                .with_label("other blocks cannot refer to it")
                .with_help(format!("name it after the kind: {kind} my_{kind} {{")),
            );
        }
        // A block whose `{` is missing has been reported; its body was skipped.
        if block.open.is_some() {
            for (index, attr) in schema.attrs.iter().enumerate() {
                if attr.required && seen & (1 << index) == 0 {
                    let what = match block.name.map(|n| n.text) {
                        Some(name) => format!("`{kind} {name}`"),
                        None => format!("this `{kind}` block"),
                    };
                    self.errors.push(
                        Diagnostic::error(
                            codes::MISSING_ATTRIBUTE,
                            file,
                            block.header_span(),
                            format!("{what} has no `{}`", attr.name),
                        )
                        .with_label(format!("`{}` is required", attr.name))
                        .with_help(format!("add `{}`: {}", attr.name, attr.ty.describe()))
                        .with_block(block_at),
                    );
                }
            }
        }
        // Each attribute at most once, so a block has at most as many as its schema.
        let attrs_len = self.lowered.data.attrs.len() - attrs_start;
        let slots_start = self.lowered.data.slots.len();
        self.lowered
            .data
            .fill_slots(kind, slots_start, attrs_start, attrs_len);
        let title = block.title.map(|lit| self.text(lit));
        // The parser starts a block's span with its header.
        debug_assert_eq!(block.header_span().start, block.span.start);
        self.lowered.data.blocks.push(Block {
            kind,
            name: block.name.map(|n| n.text),
            title,
            file,
            header_end: block.header_span().end,
            span: block.span,
            attrs_start: attrs_start as u32,
            attrs_len: attrs_len as u16,
            slots_start: slots_start as u32,
        });
        // The name's place is found again from the name itself.
        debug_assert_eq!(
            super::name_span(
                self.lowered.data.text,
                self.lowered.data.blocks.last().expect("just pushed")
            ),
            block.name.map(|n| n.span)
        );
    }
}

impl<'a> Linker<'a> {
    fn declare(
        &mut self,
        name: &'a str,
        span: Span,
        file: FileId,
        block: Option<BlockId>,
        kind: Option<BlockKind>,
    ) {
        // One probe of the table for the check and the insert: the table
        // outgrows the cache on a large run, and each probe misses.
        let first = match self.names.entry(name) {
            std::collections::hash_map::Entry::Occupied(first) => {
                (first.get().file, first.get().span)
            }
            std::collections::hash_map::Entry::Vacant(vacant) => {
                vacant.insert(Definition {
                    block,
                    kind,
                    file,
                    span,
                });
                return;
            }
        };
        self.errors.push(
            Diagnostic::error(
                codes::DUPLICATE_NAME,
                file,
                span,
                format!("the name `{name}` is defined twice"),
            )
            .with_label("defined again here")
            .with_secondary(first.0, first.1, "first defined here")
            .with_help(
                "block names are global across all files checked together; rename one of them",
            ),
        );
    }

    /// Resolves the references of one file's blocks, dropping those that
    /// fail and keeping the rest in source order.
    fn resolve(&mut self, data: &mut FileData<'a>) {
        let text = data.text;
        for index in 0..data.blocks.len() {
            let block = &data.blocks[index];
            let (kind, file) = (block.kind, block.file);
            let subject = super::block_at(text, block);
            let start = block.attrs_start as usize;
            let len = block.attrs_len as usize;
            let block_start = block.span.start;
            if !(start..start + len).any(|at| {
                data.attr_may_hold_references(at)
                    && has_unresolved(data.attr(at, block_start).value, data)
            }) {
                continue;
            }
            let mut kept = 0;
            for read in start..start + len {
                // An attribute linking leaves alone stays where it is, as
                // long as none before it was dropped.
                if read == start + kept && !data.attr_may_hold_references(read) {
                    kept += 1;
                    continue;
                }
                let mut attr = data.attr(read, block_start);
                let schema = attr.schema(kind);
                let mut cx = Context {
                    in_list: false,
                    file,
                    attr: schema,
                    block: subject,
                };
                let keep = match (attr.value, schema.ty) {
                    (Value::Unresolved(span), ValueType::Ref(want)) => {
                        match self.reference(want, &text[span.range()], span, &cx) {
                            Some(value) => {
                                attr.value = value;
                                true
                            }
                            None => false,
                        }
                    }
                    (
                        Value::List(list),
                        ValueType::List {
                            item: ValueType::Ref(want),
                            ..
                        },
                    ) => {
                        cx.in_list = true;
                        let first = list.range().start;
                        let mut kept_items = 0;
                        for item_index in list.range() {
                            if item_index == first + kept_items
                                && !data.item_is_unresolved(item_index)
                            {
                                kept_items += 1;
                                continue;
                            }
                            let mut item = data.item(item_index);
                            if let Value::Unresolved(span) = item.value {
                                match self.reference(*want, &text[span.range()], span, &cx) {
                                    Some(value) => item.value = value,
                                    None => continue,
                                }
                            }
                            data.set_item(first + kept_items, item);
                            kept_items += 1;
                        }
                        attr.value = Value::List(ListId {
                            start: list.start,
                            len: kept_items as u32,
                        });
                        true
                    }
                    _ => true,
                };
                if keep {
                    data.set_attr(start + kept, attr, block_start);
                    kept += 1;
                }
            }
            if kept < len {
                data.blocks[index].attrs_len = kept as u16;
                let table = data.blocks[index].slots_start as usize;
                data.fill_slots(kind, table, start, kept);
            }
        }
    }

    fn reference(
        &mut self,
        want: Option<BlockKind>,
        name: &str,
        span: Span,
        cx: &Context,
    ) -> Option<Value> {
        let Some(definition) = self.names.get(name) else {
            let names = &self.names;
            let candidates = self.candidates.entry(want).or_insert_with(|| {
                let mut candidates: Vec<&str> = (names.iter())
                    .filter(|(_, d)| want.is_none() || d.kind == want)
                    .map(|(n, _)| *n)
                    .collect();
                candidates.sort_unstable();
                candidates
            });
            let what = want.map_or("block".to_string(), |k| format!("`{k}` block"));
            let article_what = want.map_or("a block".to_string(), |k| {
                format!("{} block", k.with_article())
            });
            let help = match self.suggestions.closest(
                want.map_or(0, |k| 1 + k as u64),
                name,
                candidates.iter().copied(),
            ) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("define {article_what} named `{name}`, or correct the name"),
            };
            let error = Diagnostic::error(
                codes::UNRESOLVED_REFERENCE,
                cx.file,
                span,
                format!("no {what} is named `{name}`"),
            )
            .with_help(help);
            self.push(cx, error);
            return None;
        };
        let block = definition.block?;
        match (want, definition.kind) {
            (Some(want), Some(found)) if want != found => {
                let error = Diagnostic::error(
                    codes::WRONG_REFERENCE_KIND,
                    cx.file,
                    span,
                    format!(
                        "`{}` takes {} block, but `{name}` is {}",
                        cx.attr.name,
                        want.with_article(),
                        found.with_article()
                    ),
                )
                .with_label(found.with_article())
                .with_secondary(
                    definition.file,
                    definition.span,
                    format!("`{name}` is defined as {} here", found.with_article()),
                )
                .with_help(format!("name {} block here", want.with_article()));
                self.push(cx, error);
                None
            }
            _ => Some(Value::Ref(block)),
        }
    }

    fn push(&mut self, cx: &Context, error: Diagnostic) {
        self.errors.push(error.with_block(cx.block));
    }
}

fn has_unresolved(value: Value, data: &FileData<'_>) -> bool {
    match value {
        Value::Unresolved(_) => true,
        Value::List(list) => (list.start..list.start + list.len)
            .any(|at| matches!(data.item(at as usize).value, Value::Unresolved(_))),
        _ => false,
    }
}

struct Context {
    /// Converting an item of a list attribute.
    in_list: bool,
    file: FileId,
    attr: &'static AttrSchema,
    block: BlockAt,
}

fn kind_list() -> String {
    BlockKind::ALL
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}
