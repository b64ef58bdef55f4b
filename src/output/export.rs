//! `datalint export --format json`: the resolved model as one JSON document
//! (docs/export.md, schema docs/export.schema.json), for other tools such as
//! an OPA/Rego policy. Blocks are one flat array in model order, so a block's
//! `id` is its index and a reference's `block` is an index into it.

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::base::{Sources, Span};
use crate::diagnostics::Report;
use crate::model::{Block, BlockId, Model, Taxonomy, Value};

use super::json::{JsonDiagnostic, JsonSpan, Tool};

/// The version of the export document; a change that removes or renames a
/// field raises it.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'r> {
    version: u32,
    tool: Tool,
    files: Vec<FileEntry<'r>>,
    blocks: Blocks<'r>,
    /// The syntax and schema errors: what they affect is missing from `blocks`.
    errors: Vec<JsonDiagnostic<'r>>,
}

#[derive(Serialize)]
struct FileEntry<'r> {
    path: &'r str,
    /// The id of the file's policy block.
    policy: Option<u32>,
}

/// Who refers to a block, through which attribute.
#[derive(Clone, Copy)]
struct Referrer {
    from: BlockId,
    attr: &'static str,
}

struct Blocks<'r> {
    model: &'r Model<'r>,
    sources: &'r Sources,
    referrers: Vec<Vec<Referrer>>,
    /// Write `header`, `span` and each attribute's `span`.
    spans: bool,
}

/// How the document is written.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExportOptions {
    /// Indented JSON instead of one line.
    pub pretty: bool,
    /// Leave out the positions of blocks and attributes (about 40% of the size).
    pub no_spans: bool,
}

/// Writes the export document of `model` (and the errors of `report`) as
/// compact JSON, or indented, followed by a newline.
pub fn emit(
    model: &Model<'_>,
    report: &Report,
    sources: &Sources,
    options: ExportOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use std::io::Write;
    let mut policies = vec![None; sources.len()];
    for &p in &model.policies {
        policies[model.block(p).file.0 as usize].get_or_insert(p.0);
    }
    let files = sources
        .iter()
        .map(|(id, file)| FileEntry {
            path: &file.path,
            policy: policies[id.0 as usize],
        })
        .collect();
    let document = Document {
        version: EXPORT_VERSION,
        tool: Tool::datalint(),
        files,
        blocks: Blocks {
            model,
            sources,
            referrers: referrers(model),
            spans: !options.no_spans,
        },
        errors: report
            .diagnostics
            .iter()
            .map(|d| JsonDiagnostic::new(sources, d))
            .collect(),
    };
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    if options.pretty {
        super::write_pretty(&mut buffered, &document)?;
    } else {
        serde_json::to_writer(&mut buffered, &document)?;
    }
    writeln!(buffered)?;
    buffered.flush()
}

/// For each block, the blocks whose attributes name it, in model order.
fn referrers(model: &Model<'_>) -> Vec<Vec<Referrer>> {
    let mut all = vec![Vec::new(); model.len()];
    for (id, block) in model.iter() {
        for attr in model.attrs(block) {
            let name = attr.schema(block.kind).name;
            let mut add = |value: Value| {
                if let Value::Ref(target) = value {
                    all[target.0 as usize].push(Referrer {
                        from: id,
                        attr: name,
                    });
                }
            };
            match attr.value {
                Value::List(list) => model.items(block, list).for_each(|i| add(i.value)),
                value => add(value),
            }
        }
    }
    all
}

impl Serialize for Blocks<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.model.len()))?;
        for (id, block) in self.model.iter() {
            seq.serialize_element(&BlockEntry {
                blocks: self,
                id,
                block,
            })?;
        }
        seq.end()
    }
}

struct BlockEntry<'b, 'r> {
    blocks: &'b Blocks<'r>,
    id: BlockId,
    block: &'b Block<'r>,
}

impl Serialize for BlockEntry<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (model, block) = (self.blocks.model, self.block);
        let span = |s: Span| JsonSpan::new(self.blocks.sources, block.file, s);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id.0)?;
        map.serialize_entry("kind", block.kind.name())?;
        map.serialize_entry("name", &block.name)?;
        map.serialize_entry("title", &block.title.map(|t| model.text(block, t).value()))?;
        map.serialize_entry("file", &block.file.0)?;
        if self.blocks.spans {
            map.serialize_entry("header", &span(block.header()))?;
            map.serialize_entry("span", &span(block.span))?;
        }
        map.serialize_entry("attributes", &Attributes { entry: self })?;
        map.serialize_entry(
            "referenced_by",
            &ReferencedBy {
                model,
                referrers: &self.blocks.referrers[self.id.0 as usize],
            },
        )?;
        map.end()
    }
}

struct Attributes<'e, 'b, 'r> {
    entry: &'e BlockEntry<'b, 'r>,
}

impl Serialize for Attributes<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (model, block) = (self.entry.blocks.model, self.entry.block);
        let attrs = model.attrs(block);
        let mut map = serializer.serialize_map(Some(attrs.len()))?;
        for attr in attrs {
            map.serialize_entry(
                attr.schema(block.kind).name,
                &Typed {
                    model,
                    block,
                    value: attr.value,
                    span: self
                        .entry
                        .blocks
                        .spans
                        .then(|| JsonSpan::new(self.entry.blocks.sources, block.file, attr.span)),
                },
            )?;
        }
        map.end()
    }
}

struct ReferencedBy<'m, 'r> {
    model: &'m Model<'r>,
    referrers: &'m [Referrer],
}

impl Serialize for ReferencedBy<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.referrers.len()))?;
        for r in self.referrers {
            let from = self.model.block(r.from);
            seq.serialize_element(&RefEntry {
                block: r.from.0,
                kind: from.kind.name(),
                name: from.name,
                attribute: r.attr,
            })?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct RefEntry<'a> {
    block: u32,
    kind: &'static str,
    name: Option<&'a str>,
    attribute: &'static str,
}

/// A typed value: `{"type": …, "value": …}` and the fields of its type; an
/// attribute's value also has its `span`.
struct Typed<'m, 'r> {
    model: &'m Model<'r>,
    block: &'m Block<'r>,
    value: Value,
    span: Option<JsonSpan>,
}

impl Serialize for Typed<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (model, block) = (self.model, self.block);
        let mut map = serializer.serialize_map(None)?;
        match self.value {
            Value::Text(id) => {
                map.serialize_entry("type", "text")?;
                map.serialize_entry("value", &model.text(block, id).value())?;
            }
            Value::Bool(b) => {
                map.serialize_entry("type", "bool")?;
                map.serialize_entry("value", &b)?;
            }
            Value::Integer(n) => {
                map.serialize_entry("type", "integer")?;
                map.serialize_entry("value", &n.get())?;
            }
            Value::Decimal(x) => {
                map.serialize_entry("type", "decimal")?;
                map.serialize_entry("value", &x.get())?;
            }
            Value::Percent(p) => {
                map.serialize_entry("type", "percent")?;
                map.serialize_entry("value", &p.get())?;
            }
            Value::Date(date) => {
                map.serialize_entry("type", "date")?;
                map.serialize_entry("value", &date.to_string())?;
            }
            Value::Duration(d) => {
                map.serialize_entry("type", "duration")?;
                map.serialize_entry("value", &d.to_string())?;
                map.serialize_entry("days", &d.days())?;
                map.serialize_entry("indefinite", &false)?;
            }
            Value::Indefinite => {
                map.serialize_entry("type", "duration")?;
                map.serialize_entry("value", "indefinite")?;
                map.serialize_entry("days", &None::<f64>)?;
                map.serialize_entry("indefinite", &true)?;
            }
            Value::Word(w) => {
                map.serialize_entry("type", "word")?;
                map.serialize_entry("value", w.as_str())?;
            }
            Value::Ref(id) => {
                let target = model.block(id);
                map.serialize_entry("type", "ref")?;
                map.serialize_entry("value", &target.name)?;
                map.serialize_entry("kind", target.kind.name())?;
                map.serialize_entry("block", &id.0)?;
            }
            Value::Category(c) => {
                let category = Taxonomy::builtin().category(c);
                map.serialize_entry("type", "category")?;
                map.serialize_entry("value", &category.key)?;
                map.serialize_entry("personal", &category.personal())?;
                map.serialize_entry("sensitive", &category.sensitive)?;
                map.serialize_entry("quasi_identifier", &category.quasi_identifier)?;
            }
            Value::Ident(span) => {
                map.serialize_entry("type", "ident")?;
                map.serialize_entry("value", model.source(block, span))?;
            }
            Value::List(list) => {
                map.serialize_entry("type", "list")?;
                map.serialize_entry("value", &Items { model, block, list })?;
            }
            // The model never holds one (its invariant); written as nothing.
            Value::Unresolved(_) => {
                map.serialize_entry("type", "unresolved")?;
                map.serialize_entry("value", &None::<()>)?;
            }
        }
        if let Some(span) = &self.span {
            map.serialize_entry("span", span)?;
        }
        map.end()
    }
}

struct Items<'m, 'r> {
    model: &'m Model<'r>,
    block: &'m Block<'r>,
    list: crate::model::ListId,
}

impl Serialize for Items<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.model.items(self.block, self.list);
        let mut seq = serializer.serialize_seq(Some(items.len()))?;
        for item in items {
            seq.serialize_element(&Typed {
                model: self.model,
                block: self.block,
                value: item.value,
                span: None,
            })?;
        }
        seq.end()
    }
}
