//! `datalint lsp`: a language server over stdio (lsp-server, no async
//! runtime). Diagnostics for all open and workspace `*.dsl` files checked
//! together (so references across files resolve), hover (rules, attributes,
//! categories, block kinds and names), completion, go to definition, find
//! references, formatting, and a code action that inserts a waiver.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem,
    CompletionItemKind, CompletionOptions, CompletionParams, Diagnostic as LspDiagnostic,
    DiagnosticSeverity, GotoDefinitionParams, Hover, HoverContents, HoverParams,
    HoverProviderCapability, Location, MarkupContent, MarkupKind, NumberOrString, OneOf, Position,
    PublishDiagnosticsParams, Range, ReferenceParams, ServerCapabilities,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit, Uri, WorkspaceEdit,
};

use crate::base::{Severity, SourceFile, Sources, Span};
use crate::check::{CheckOptions, check};
use crate::model::{BlockKind, Taxonomy, ValueType};
use crate::rules::RuleSet;
use crate::syntax::{self, ValueKind};

/// Runs the server until the client shuts it down.
pub fn run() -> Result<(), String> {
    let (connection, threads) = Connection::stdio();
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".into(), " ".into(), "[".into()]),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(lsp_types::CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    };
    let caps = serde_json::to_value(capabilities).map_err(|e| e.to_string())?;
    let init = connection.initialize(caps).map_err(|e| e.to_string())?;
    let root = init
        .get("rootUri")
        .and_then(|v| v.as_str())
        .and_then(path_of)
        .or_else(|| {
            init.get("workspaceFolders")
                .and_then(|f| f.get(0))
                .and_then(|f| f.get("uri"))
                .and_then(|v| v.as_str())
                .and_then(path_of)
        });
    let mut server = Server::new(root)?;
    server.main_loop(&connection)?;
    drop(connection);
    threads.join().map_err(|e| e.to_string())
}

struct Server {
    root: Option<PathBuf>,
    rules: RuleSet,
    options: CheckOptions,
    /// Open documents, by path: their text overrides the file on disk.
    open: BTreeMap<PathBuf, String>,
    /// Files that had diagnostics at the last publication.
    published: Vec<PathBuf>,
}

impl Server {
    fn new(root: Option<PathBuf>) -> Result<Server, String> {
        let config = match root.as_deref().and_then(crate::config::discover) {
            Some(path) => crate::config::Config::load(&path).ok().unwrap_or_default(),
            None => crate::config::Config::default(),
        };
        let mut rules = RuleSet::load(&config.rules)
            .map_err(|f| format!("{} problems in the rules", f.diagnostics.len()))?;
        let _ = config.apply(&mut rules, &[], &[]);
        Ok(Server {
            root,
            rules,
            options: CheckOptions {
                profile: config.profile,
                no_waivers: false,
            },
            open: BTreeMap::new(),
            published: Vec::new(),
        })
    }

    fn main_loop(&mut self, connection: &Connection) -> Result<(), String> {
        let mut dirty = false;
        loop {
            // Debounce: apply every queued change before checking once.
            let message = if dirty {
                match connection.receiver.try_recv() {
                    Ok(message) => message,
                    Err(_) => {
                        self.publish(connection);
                        dirty = false;
                        continue;
                    }
                }
            } else {
                match connection.receiver.recv() {
                    Ok(message) => message,
                    Err(_) => return Ok(()),
                }
            };
            match message {
                Message::Request(request) => {
                    if connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    if dirty {
                        self.publish(connection);
                        dirty = false;
                    }
                    let response = self.request(request);
                    connection
                        .sender
                        .send(Message::Response(response))
                        .map_err(|e| e.to_string())?;
                }
                Message::Notification(notification) => dirty |= self.notification(notification),
                Message::Response(_) => {}
            }
        }
    }

    /// Applies a notification; true when the documents changed.
    fn notification(&mut self, notification: Notification) -> bool {
        let params = notification.params;
        let uri = |p: &serde_json::Value| {
            p.get("textDocument")
                .and_then(|d| d.get("uri"))
                .and_then(|u| u.as_str())
                .and_then(path_of)
        };
        match notification.method.as_str() {
            "textDocument/didOpen" => {
                let text = params
                    .pointer("/textDocument/text")
                    .and_then(|t| t.as_str())
                    .unwrap_or("");
                if let Some(path) = uri(&params) {
                    self.open.insert(path, text.to_string());
                }
                true
            }
            "textDocument/didChange" => {
                let text = params
                    .pointer("/contentChanges/0/text")
                    .and_then(|t| t.as_str());
                if let (Some(path), Some(text)) = (uri(&params), text) {
                    self.open.insert(path, text.to_string());
                }
                true
            }
            "textDocument/didClose" => {
                if let Some(path) = uri(&params) {
                    self.open.remove(&path);
                }
                true
            }
            "textDocument/didSave" | "workspace/didChangeWatchedFiles" => true,
            _ => false,
        }
    }

    /// The workspace's `*.dsl` files and the open documents, as sources.
    fn sources(&self) -> Sources {
        let mut paths: Vec<PathBuf> = self
            .root
            .as_ref()
            .and_then(|root| crate::workspace::discover(std::slice::from_ref(root)).ok())
            .unwrap_or_default();
        paths.extend(self.open.keys().cloned());
        paths.sort();
        paths.dedup();
        let mut sources = Sources::new();
        for path in paths {
            let text = match self.open.get(&path) {
                Some(text) => text.clone(),
                None => match std::fs::read_to_string(&path) {
                    Ok(text) => text,
                    Err(_) => continue,
                },
            };
            sources.add(SourceFile::new(path.to_string_lossy().into_owned(), text));
        }
        sources
    }

    fn publish(&mut self, connection: &Connection) {
        let sources = self.sources();
        let report = check(&sources, Vec::new(), &self.rules, self.options);
        let mut by_file: BTreeMap<PathBuf, Vec<LspDiagnostic>> = BTreeMap::new();
        for (_, file) in sources.iter() {
            by_file.insert(PathBuf::from(&file.path), Vec::new());
        }
        for d in &report.diagnostics {
            let file = sources.get(d.file);
            let severity = match (d.waived().is_some(), d.severity) {
                (true, _) => DiagnosticSeverity::HINT,
                (_, Severity::Error) => DiagnosticSeverity::ERROR,
                (_, Severity::Warning) => DiagnosticSeverity::WARNING,
                (_, Severity::Info) => DiagnosticSeverity::INFORMATION,
            };
            let mut message = d.message.to_string();
            if let Some(waived) = d.waived() {
                message = format!("(waived: {}) {message}", waived.reason);
            }
            by_file
                .entry(PathBuf::from(&file.path))
                .or_default()
                .push(LspDiagnostic {
                    range: range(file, d.span),
                    severity: Some(severity),
                    code: Some(NumberOrString::String(d.code().to_string())),
                    source: Some("datalint".into()),
                    message: format!("{} {}: {message}", d.code(), d.name()),
                    ..LspDiagnostic::default()
                });
        }
        for path in std::mem::take(&mut self.published) {
            by_file.entry(path).or_default();
        }
        for (path, diagnostics) in by_file {
            if !diagnostics.is_empty() {
                self.published.push(path.clone());
            }
            let Some(uri) = uri_of(&path) else { continue };
            let params = PublishDiagnosticsParams {
                uri,
                diagnostics,
                version: None,
            };
            let notification = Notification::new("textDocument/publishDiagnostics".into(), params);
            let _ = connection.sender.send(Message::Notification(notification));
        }
    }

    fn request(&self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            "textDocument/hover" => serde_json::from_value::<HoverParams>(request.params)
                .ok()
                .map(|p| serde_json::to_value(self.hover(&p)).unwrap_or_default()),
            "textDocument/completion" => serde_json::from_value::<CompletionParams>(request.params)
                .ok()
                .map(|p| serde_json::to_value(self.completion(&p)).unwrap_or_default()),
            "textDocument/definition" => {
                serde_json::from_value::<GotoDefinitionParams>(request.params)
                    .ok()
                    .map(|p| serde_json::to_value(self.definition(&p)).unwrap_or_default())
            }
            "textDocument/references" => serde_json::from_value::<ReferenceParams>(request.params)
                .ok()
                .map(|p| serde_json::to_value(self.references(&p)).unwrap_or_default()),
            "textDocument/formatting" => request
                .params
                .pointer("/textDocument/uri")
                .and_then(|u| u.as_str())
                .and_then(path_of)
                .map(|path| serde_json::to_value(self.formatting(&path)).unwrap_or_default()),
            "textDocument/codeAction" => serde_json::from_value::<CodeActionParams>(request.params)
                .ok()
                .map(|p| serde_json::to_value(self.code_actions(&p)).unwrap_or_default()),
            _ => {
                return Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    "not supported".into(),
                );
            }
        };
        Response::new_ok(id, result.unwrap_or(serde_json::Value::Null))
    }

    /// A document's text and the byte offset of a position in it.
    fn at(&self, uri: &Uri, position: Position) -> Option<(PathBuf, SourceFile, usize)> {
        let path = path_of(uri.as_str())?;
        let text = match self.open.get(&path) {
            Some(text) => text.clone(),
            None => std::fs::read_to_string(&path).ok()?,
        };
        let file = SourceFile::new(path.to_string_lossy().into_owned(), text);
        let offset = offset(&file, position);
        Some((path, file, offset))
    }

    fn hover(&self, params: &HoverParams) -> Option<Hover> {
        let doc = &params.text_document_position_params;
        let (_, file, offset) = self.at(&doc.text_document.uri, doc.position)?;
        let (word, span) = word_at(&file.text, offset)?;
        let markdown = if let Some(rule) = self.rules.find(word) {
            format!("```text\n{}```", crate::output::catalogue::explain(rule))
        } else if let Some(id) = Taxonomy::builtin().get(word) {
            let category = Taxonomy::builtin().category(id);
            let mut text = format!("**{}** — {}", category.key, category.description);
            if category.sensitive {
                text.push_str(&format!(
                    "\n\n**Sensitive**: {}",
                    category.why.as_deref().unwrap_or("")
                ));
            }
            if category.quasi_identifier {
                text.push_str(
                    "\n\nA **quasi-identifier**: identifies a person in combination with others.",
                );
            }
            text
        } else if let Some(kind) = BlockKind::from_name(word) {
            format!("**{kind}** block — {}", kind.schema().doc)
        } else if let Some((kind, attr)) =
            enclosing_kind(&file.text, offset).and_then(|k| k.schema().attr(word).map(|a| (k, a)))
        {
            format!(
                "**{}** ({kind}) — {}\n\nTakes {}.",
                attr.name,
                attr.doc,
                attr.ty.describe()
            )
        } else {
            let sources = self.sources();
            let definition = find_definition(&sources, word)?;
            format!(
                "**{} {}** — defined in `{}`",
                definition.2, word, definition.0
            )
        };
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: markdown,
            }),
            range: Some(range(&file, span)),
        })
    }

    fn completion(&self, params: &CompletionParams) -> Vec<CompletionItem> {
        let doc = &params.text_document_position;
        let Some((_, file, offset)) = self.at(&doc.text_document.uri, doc.position) else {
            return Vec::new();
        };
        let line_start = file.text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let before = &file.text[line_start..offset];
        let words: Vec<&str> = before.split_whitespace().collect();
        let kind = enclosing_kind(&file.text, offset);
        let item = |label: String, kind: CompletionItemKind, detail: String| CompletionItem {
            label,
            kind: Some(kind),
            detail: Some(detail),
            ..CompletionItem::default()
        };
        let typing_first_word =
            words.is_empty() || (words.len() == 1 && !before.ends_with(char::is_whitespace));
        match (kind, typing_first_word) {
            (None, true) => BlockKind::ALL
                .iter()
                .map(|k| {
                    item(
                        k.name().into(),
                        CompletionItemKind::KEYWORD,
                        k.schema().doc.into(),
                    )
                })
                .collect(),
            (Some(kind), true) => kind
                .schema()
                .attrs
                .iter()
                .map(|a| {
                    item(
                        a.name.into(),
                        CompletionItemKind::PROPERTY,
                        format!("{} — {}", a.ty.describe(), a.doc),
                    )
                })
                .collect(),
            (Some(kind), false) => {
                let Some(attr) = words.first().and_then(|key| kind.schema().attr(key)) else {
                    return Vec::new();
                };
                let ty = match attr.ty {
                    ValueType::List { item, .. } => *item,
                    other => other,
                };
                match ty {
                    ValueType::Enum(words) => words
                        .iter()
                        .map(|w| {
                            item(
                                (*w).into(),
                                CompletionItemKind::ENUM_MEMBER,
                                attr.name.into(),
                            )
                        })
                        .collect(),
                    ValueType::Bool => ["true", "false"]
                        .iter()
                        .map(|w| item((*w).into(), CompletionItemKind::KEYWORD, attr.name.into()))
                        .collect(),
                    ValueType::DurationOrIndefinite => {
                        vec![item(
                            "indefinite".into(),
                            CompletionItemKind::KEYWORD,
                            attr.name.into(),
                        )]
                    }
                    ValueType::Category => Taxonomy::builtin()
                        .iter()
                        .map(|(_, c)| {
                            let mark = if c.sensitive { " (sensitive)" } else { "" };
                            item(
                                c.key.clone(),
                                CompletionItemKind::CONSTANT,
                                format!("{}{mark}", c.description),
                            )
                        })
                        .collect(),
                    ValueType::Ref(want) => {
                        let sources = self.sources();
                        block_names(&sources)
                            .into_iter()
                            .filter(|(_, k)| want.is_none_or(|w| w == *k))
                            .map(|(name, k)| {
                                item(name, CompletionItemKind::REFERENCE, k.name().into())
                            })
                            .collect()
                    }
                    _ => Vec::new(),
                }
            }
            (None, false) => Vec::new(),
        }
    }

    fn definition(&self, params: &GotoDefinitionParams) -> Option<Location> {
        let doc = &params.text_document_position_params;
        let (_, file, offset) = self.at(&doc.text_document.uri, doc.position)?;
        let (word, _) = word_at(&file.text, offset)?;
        let sources = self.sources();
        let (path, span, _) = find_definition(&sources, word)?;
        let target = sources.iter().find(|(_, f)| f.path == path)?.1;
        Some(Location {
            uri: uri_of(Path::new(&path))?,
            range: range(target, span),
        })
    }

    fn references(&self, params: &ReferenceParams) -> Vec<Location> {
        let doc = &params.text_document_position;
        let Some((_, file, offset)) = self.at(&doc.text_document.uri, doc.position) else {
            return Vec::new();
        };
        let Some((word, _)) = word_at(&file.text, offset) else {
            return Vec::new();
        };
        let sources = self.sources();
        let mut locations = Vec::new();
        for (id, source) in sources.iter() {
            let (ast, _) = syntax::parse(&source.text, id);
            let mut spans = Vec::new();
            for block in &ast.blocks {
                if params.context.include_declaration
                    && let Some(name) = block.name.filter(|n| n.text == word)
                {
                    spans.push(name.span);
                }
                for attribute in block.attributes() {
                    collect_paths(&attribute.value, word, &mut spans);
                }
            }
            for span in spans {
                if let Some(uri) = uri_of(Path::new(&source.path)) {
                    locations.push(Location {
                        uri,
                        range: range(source, span),
                    });
                }
            }
        }
        locations
    }

    fn formatting(&self, path: &Path) -> Vec<TextEdit> {
        let text = match self.open.get(path) {
            Some(text) => text.clone(),
            None => std::fs::read_to_string(path).unwrap_or_default(),
        };
        let Some(formatted) = syntax::format::format(&text) else {
            return Vec::new();
        };
        if formatted == text {
            return Vec::new();
        }
        let file = SourceFile::new("", text.clone());
        vec![TextEdit {
            range: range(&file, Span::new(0, text.len())),
            new_text: formatted,
        }]
    }

    /// "Waive …": a waiver with a reason placeholder above the flagged block.
    fn code_actions(&self, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let Some((_, file, _)) = self.at(&params.text_document.uri, params.range.start) else {
            return Vec::new();
        };
        let (ast, _) = syntax::parse(&file.text, crate::base::FileId(0));
        let mut actions = Vec::new();
        for diagnostic in &params.context.diagnostics {
            let Some(NumberOrString::String(code)) = &diagnostic.code else {
                continue;
            };
            let Some(rule) = self.rules.find(code) else {
                continue;
            };
            let at = offset(&file, diagnostic.range.start);
            let Some(block) = ast
                .blocks
                .iter()
                .find(|b| b.span.start as usize <= at && at <= b.span.end as usize)
            else {
                continue;
            };
            let header = file.line_col(block.span.start);
            let line = Position::new(header.line - 1, 0);
            let edit = TextEdit {
                range: Range::new(line, line),
                new_text: format!(
                    "# datalint: allow {} \"REASON: why this draft needs it\"\n",
                    rule.name()
                ),
            };
            // lsp-types' WorkspaceEdit keys its changes by Uri.
            #[allow(clippy::mutable_key_type)]
            let mut changes = std::collections::HashMap::new();
            changes.insert(params.text_document.uri.clone(), vec![edit]);
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!(
                    "Waive {} {} for this block (with a reason)",
                    rule.code(),
                    rule.name()
                ),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..WorkspaceEdit::default()
                }),
                ..CodeAction::default()
            }));
        }
        actions
    }
}

/// The identifier or dotted path around `offset`.
fn word_at(text: &str, offset: usize) -> Option<(&str, Span)> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.';
    let offset = offset.min(text.len());
    let start = text[..offset]
        .rfind(|c: char| !is_word(c))
        .map_or(0, |i| i + 1);
    let end = text[offset..]
        .find(|c: char| !is_word(c))
        .map_or(text.len(), |i| offset + i);
    let word = text[start..end].trim_matches('.');
    (!word.is_empty()).then(|| (word, Span::new(start, start + word.len())))
}

/// The kind of the top-level block around `offset`.
fn enclosing_kind(text: &str, offset: usize) -> Option<BlockKind> {
    let (ast, _) = syntax::parse(text, crate::base::FileId(0));
    ast.blocks
        .iter()
        .find(|b| {
            b.open.is_some_and(|o| (o.start as usize) < offset) && offset <= b.span.end as usize
        })
        .and_then(|b| BlockKind::from_name(b.kind.text))
}

/// Every named block of the sources, with its kind.
fn block_names(sources: &Sources) -> Vec<(String, BlockKind)> {
    let mut names = Vec::new();
    for (id, source) in sources.iter() {
        let (ast, _) = syntax::parse(&source.text, id);
        for block in &ast.blocks {
            if let (Some(name), Some(kind)) = (block.name, BlockKind::from_name(block.kind.text)) {
                names.push((name.text.to_string(), kind));
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Where a block name is defined: path, name span, kind.
fn find_definition(sources: &Sources, word: &str) -> Option<(String, Span, String)> {
    for (id, source) in sources.iter() {
        let (ast, _) = syntax::parse(&source.text, id);
        for block in &ast.blocks {
            if let Some(name) = block.name.filter(|n| n.text == word) {
                return Some((source.path.clone(), name.span, block.kind.text.to_string()));
            }
        }
    }
    None
}

fn collect_paths(value: &syntax::Value<'_>, word: &str, out: &mut Vec<Span>) {
    match &value.kind {
        ValueKind::Path(path) if *path == word => out.push(value.span),
        ValueKind::List(items) => items.iter().for_each(|i| collect_paths(i, word, out)),
        _ => {}
    }
}

/// A span as an LSP range (lines from 0, columns in UTF-16 code units).
fn range(file: &SourceFile, span: Span) -> Range {
    Range::new(
        position(file, span.start as usize),
        position(file, span.end as usize),
    )
}

fn position(file: &SourceFile, offset: usize) -> Position {
    let at = crate::output::sarif::utf16_position(file, offset as u32);
    Position::new(at.line - 1, at.column - 1)
}

/// The byte offset of an LSP position.
fn offset(file: &SourceFile, position: Position) -> usize {
    let text = &file.text;
    let mut line_start = 0;
    for _ in 0..position.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let mut units = 0;
    for (i, c) in text[line_start..line_end].char_indices() {
        if units >= position.character as usize {
            return line_start + i;
        }
        units += c.len_utf16();
    }
    line_end
}

fn path_of(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let decoded = percent_encoding::percent_decode_str(rest)
        .decode_utf8()
        .ok()?;
    Some(PathBuf::from(decoded.into_owned()))
}

fn uri_of(path: &Path) -> Option<Uri> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    let encoded =
        percent_encoding::utf8_percent_encode(&absolute.to_string_lossy(), SET).to_string();
    Uri::from_str(&format!("file://{encoded}")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip() {
        let file = SourceFile::new("t", "ab\n条款 𠀀x\n".to_string());
        for offset in [0, 1, 3, 6, 10, 14] {
            let p = position(&file, offset);
            assert_eq!(super::offset(&file, p), offset, "{offset}");
        }
        assert_eq!(position(&file, 14), Position::new(1, 5));
    }

    #[test]
    fn words_and_uris() {
        assert_eq!(word_at("  term 20y", 4).unwrap().0, "term");
        assert_eq!(
            word_at("[user.biometric.face]", 6).unwrap().0,
            "user.biometric.face"
        );
        let path = PathBuf::from("/tmp/a b/中.dsl");
        let uri = uri_of(&path).unwrap();
        assert_eq!(path_of(uri.as_str()).unwrap(), path);
    }
}
