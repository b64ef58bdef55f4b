//! The diagnostic record that every layer produces and every emitter reads.

use std::sync::Arc;

use serde::Serialize;

use super::Message;
use super::codes::ErrorCode;
use super::{FileId, Sources, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(word: &str) -> Option<Severity> {
        match word {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// A secondary location with its own message.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub file: FileId,
    pub span: Span,
    pub message: Arc<str>,
}

/// The kinds of block of language.md.
///
/// Declared here, below the model, so that a diagnostic can say in one byte
/// which kind of block it is about. What each kind is (its name, its
/// attributes) is the model's schema: the methods are in `model::schema`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlockKind {
    Policy,
    Body,
    Operator,
    Dataset,
    Grant,
    Access,
    Oversight,
    Clause,
}

/// The block a diagnostic is about: its kind, and where its name is.
///
/// The name is read from the source when it is shown rather than copied
/// into each diagnostic: a record shared by a block's findings had to be
/// allocated, and counted as each finding was made and dropped; without it
/// a large check takes about 3 ms (2.5%) less (docs/performance.md, stop
/// 31).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockAt {
    pub kind: BlockKind,
    /// The file its name is in.
    pub file: FileId,
    /// Where its name is; `None` for a block without one.
    pub name: Option<Span>,
}

/// Where an unnamed block's name would be: never read.
const NO_NAME: Span = Span { start: 0, end: 0 };

impl BlockAt {
    /// As a [`Diagnostic`] holds it: kind, whether it has a name, and where.
    fn flat(self) -> (Option<BlockKind>, bool, Span) {
        (
            Some(self.kind),
            self.name.is_some(),
            self.name.unwrap_or(NO_NAME),
        )
    }

    /// Its name, as written in `sources`.
    pub fn name<'s>(&self, sources: &'s Sources) -> Option<&'s str> {
        self.name
            .and_then(|span| sources.get(self.file).text.get(span.range()))
    }
}

/// A citation a finding rests on.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Basis {
    pub source: Arc<str>,
    pub quote: Arc<str>,
    /// The quote was read only in a secondary source: shown as paraphrase.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub paraphrase: bool,
}

impl Basis {
    /// `SOURCE: "quote"`, or `SOURCE: (paraphrase) text` where the text was
    /// read only in a secondary source.
    pub fn citation(&self) -> String {
        if self.paraphrase {
            format!("{}: (paraphrase) {}", self.source, self.quote)
        } else {
            format!("{}: \"{}\"", self.source, self.quote)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Waived {
    pub reason: String,
}

/// What a diagnostic shares with every other of its rule (or, for a
/// language error, of its code): one pointer per finding instead of four,
/// and a pointer to a value kept for the rest of the process
/// ([`Origin::interned`]), so that a finding is copied and dropped without
/// touching a shared counter.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    pub code: Arc<str>,
    pub name: Arc<str>,
    /// `None` for language errors; the rule family otherwise.
    pub family: Option<Arc<str>>,
    pub basis: Arc<[Basis]>,
    /// How to fix it: the rule's help. A language error's own help, which
    /// differs from one error to the next, is kept with the error
    /// ([`Diagnostic::set_help`]).
    pub help: Option<Arc<str>>,
}

static ORIGINS: super::intern::Interner<Origin> = super::intern::Interner::new();

impl Origin {
    /// This origin, kept for the rest of the process: once for all equal
    /// ones, so loading the same rules again keeps nothing more.
    pub fn interned(self) -> &'static Origin {
        ORIGINS.intern(self)
    }

    /// The origin of every language error of code `code`.
    fn of_error(code: ErrorCode) -> &'static Origin {
        Origin {
            code: Arc::from(code.code),
            name: Arc::from(code.name),
            family: None,
            basis: Arc::from([]),
            help: None,
        }
        .interned()
    }
}

/// One problem found in the files checked: a syntax or schema error (codes
/// `E…`) or a rule finding.
///
/// A run can hold a million, so the record is kept at 64 bytes (a test
/// checks it): what a rule's findings share (code, name, basis, help) is
/// behind one reference to a kept [`Origin`], the block is held as where its
/// name is ([`BlockAt`], its fields laid out flat so they fill the record's
/// padding), and the parts most findings lack (a primary label text,
/// secondary labels, a waiver, an error's own help, a block in another
/// file) behind one box.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub origin: &'static Origin,
    pub severity: Severity,
    pub message: Message,
    pub file: FileId,
    /// The primary location. Empty spans are allowed (end of file, a missing token).
    pub span: Span,
    /// The kind of the block it is about, if any ([`Diagnostic::block`]).
    block_kind: Option<BlockKind>,
    /// The block has a name, at `block_name`.
    block_named: bool,
    block_name: Span,
    rare: Option<Box<Rare>>,
}

/// The parts of a diagnostic that most findings lack.
#[derive(Clone, Debug, Default, PartialEq)]
struct Rare {
    label: Option<Box<str>>,
    /// Exactly sized: a finding's labels are all known when it is made.
    labels: Box<[Label]>,
    waived: Option<Box<Waived>>,
    /// Help in place of the origin's (`Some(None)`: none): a language
    /// error's help names what it found.
    help: Option<Option<Arc<str>>>,
    /// The file of the block it is about, when that is not its own.
    block_file: Option<FileId>,
}

impl Diagnostic {
    /// A language error (code `E…`), always of severity error.
    pub fn error(
        code: ErrorCode,
        file: FileId,
        span: Span,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            origin: Origin::of_error(code),
            severity: Severity::Error,
            message: Message::from(message.into()),
            file,
            span,
            block_kind: None,
            block_named: false,
            block_name: NO_NAME,
            rare: None,
        }
    }

    /// A rule finding: it shares its rule's origin; secondary labels are
    /// given here since most findings have none.
    pub fn finding(
        origin: &'static Origin,
        severity: Severity,
        message: Message,
        (file, span): (FileId, Span),
        block: BlockAt,
        labels: Vec<Label>,
    ) -> Diagnostic {
        // Made whole here rather than by `with_block`: a record written in
        // parts and then moved is read back before the narrow writes land
        // (1% of a large check, measured in stop 31).
        let block_file = (block.file != file).then_some(block.file);
        let (block_kind, block_named, block_name) = block.flat();
        Diagnostic {
            origin,
            severity,
            message,
            file,
            span,
            block_kind,
            block_named,
            block_name,
            rare: (!labels.is_empty() || block_file.is_some()).then(|| {
                Box::new(Rare {
                    labels: labels.into_boxed_slice(),
                    block_file,
                    ..Rare::default()
                })
            }),
        }
    }

    /// The block it is about, if any.
    pub fn block(&self) -> Option<BlockAt> {
        Some(BlockAt {
            kind: self.block_kind?,
            file: (self.rare.as_ref())
                .and_then(|rare| rare.block_file)
                .unwrap_or(self.file),
            name: self.block_named.then_some(self.block_name),
        })
    }

    /// The code: `MON002`, or `E101` for a language error.
    pub fn code(&self) -> &str {
        &self.origin.code
    }

    /// The rule's name, or the error's.
    pub fn name(&self) -> &str {
        &self.origin.name
    }

    /// `None` for language errors; the rule family otherwise.
    pub fn family(&self) -> Option<&str> {
        self.origin.family.as_deref()
    }

    /// The citations a finding rests on (none for a language error).
    pub fn basis(&self) -> &Arc<[Basis]> {
        &self.origin.basis
    }

    /// How to fix it.
    pub fn help(&self) -> Option<&str> {
        match self.rare.as_ref().and_then(|rare| rare.help.as_ref()) {
            Some(own) => own.as_deref(),
            None => self.origin.help.as_deref(),
        }
    }

    /// The message of the primary label, where it says more than the message.
    pub fn label(&self) -> Option<&str> {
        self.rare.as_ref()?.label.as_deref()
    }

    /// Secondary locations, each with its own message.
    pub fn labels(&self) -> &[Label] {
        self.rare.as_ref().map_or(&[], |rare| &rare.labels[..])
    }

    /// The waiver that covers this diagnostic, if any.
    pub fn waived(&self) -> Option<&Waived> {
        self.rare.as_ref()?.waived.as_deref()
    }

    /// Sets the help, in place of the origin's, for this diagnostic alone.
    pub fn set_help(&mut self, help: Option<Arc<str>>) {
        self.rare_mut().help = Some(help);
    }

    pub fn set_label(&mut self, label: impl Into<String>) {
        self.rare_mut().label = Some(label.into().into_boxed_str());
    }

    pub fn waive(&mut self, waived: Waived) {
        self.rare_mut().waived = Some(Box::new(waived));
    }

    fn rare_mut(&mut self) -> &mut Rare {
        self.rare.get_or_insert_default()
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.set_help(help_text(help));
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.set_label(label);
        self
    }

    pub fn with_secondary(
        mut self,
        file: FileId,
        span: Span,
        message: impl Into<Arc<str>>,
    ) -> Diagnostic {
        self.push_label(Label {
            file,
            span,
            message: message.into(),
        });
        self
    }

    /// Adds a secondary label. Only language errors add labels one by one,
    /// and they have few, so the slice is rebuilt each time.
    pub fn push_label(&mut self, label: Label) {
        let rare = self.rare_mut();
        let mut labels = std::mem::take(&mut rare.labels).into_vec();
        labels.push(label);
        rare.labels = labels.into_boxed_slice();
    }

    pub fn with_block(mut self, block: BlockAt) -> Diagnostic {
        (self.block_kind, self.block_named, self.block_name) = block.flat();
        if block.file != self.file {
            self.rare_mut().block_file = Some(block.file);
        } else if let Some(rare) = &mut self.rare {
            rare.block_file = None;
        }
        self
    }
}

/// A help text for [`Diagnostic::set_help`].
pub fn help(text: impl Into<String>) -> Option<Arc<str>> {
    help_text(text)
}

fn help_text(text: impl Into<String>) -> Option<Arc<str>> {
    Some(Arc::from(text.into()))
}

#[cfg(test)]
mod size_tests {
    /// The record is boxed once per finding; 64 bytes is an allocator size
    /// class, so a larger record costs a whole class more per finding.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_diagnostic_is_64_bytes() {
        assert_eq!(std::mem::size_of::<super::Diagnostic>(), 64);
    }

    #[test]
    fn rare_parts_are_kept_apart_and_read_back() {
        use super::*;
        let mut d = Diagnostic::error(crate::base::codes::ALL[0], FileId(0), Span::new(1, 2), "m");
        assert_eq!((d.label(), d.labels().len(), d.waived()), (None, 0, None));
        d.set_label("here");
        d.push_label(Label {
            file: FileId(0),
            span: Span::new(3, 4),
            message: "there".into(),
        });
        d.waive(Waived { reason: "r".into() });
        assert_eq!(d.label(), Some("here"));
        assert_eq!(&*d.labels()[0].message, "there");
        assert_eq!(d.waived().map(|w| w.reason.as_str()), Some("r"));
    }

    #[test]
    fn a_finding_names_its_block_from_the_source_in_whichever_file_it_is() {
        use super::*;
        let mut sources = Sources::new();
        let here = sources.add(crate::base::SourceFile::new("a.dsl", "grant g1 {}".into()));
        let there = sources.add(crate::base::SourceFile::new(
            "b.dsl",
            "dataset cams {}".into(),
        ));
        let origin =
            Diagnostic::error(crate::base::codes::ALL[0], here, Span::new(0, 1), "m").origin;
        let finding = |block: BlockAt| {
            let message = Message::from("m".to_string());
            Diagnostic::finding(
                origin,
                Severity::Error,
                message,
                (here, Span::new(0, 5)),
                block,
                vec![],
            )
        };
        let own = finding(BlockAt {
            kind: BlockKind::Grant,
            file: here,
            name: Some(Span::new(6, 8)),
        });
        let other = finding(BlockAt {
            kind: BlockKind::Dataset,
            file: there,
            name: Some(Span::new(8, 12)),
        });
        let unnamed = finding(BlockAt {
            kind: BlockKind::Policy,
            file: here,
            name: None,
        });
        let shown = |d: &Diagnostic| d.block().map(|b| (b.kind, b.file, b.name(&sources)));
        assert_eq!(shown(&own), Some((BlockKind::Grant, here, Some("g1"))));
        assert_eq!(
            shown(&other),
            Some((BlockKind::Dataset, there, Some("cams")))
        );
        assert_eq!(shown(&unnamed), Some((BlockKind::Policy, here, None)));
        // Only a block in another file takes the box of rare parts.
        assert!(own.rare.is_none() && unnamed.rare.is_none() && other.rare.is_some());
        // A language error has no block until it is given one, in its own file.
        let error = Diagnostic::error(crate::base::codes::ALL[0], there, Span::new(0, 1), "m");
        assert_eq!(error.block(), None);
        let error = error.with_block(BlockAt {
            kind: BlockKind::Dataset,
            file: there,
            name: Some(Span::new(8, 12)),
        });
        assert_eq!(
            shown(&error),
            Some((BlockKind::Dataset, there, Some("cams")))
        );
        assert!(error.rare.is_none());
    }

    #[test]
    fn setting_help_on_a_shared_origin_leaves_the_others_alone() {
        use super::*;
        let first = Diagnostic::error(crate::base::codes::ALL[0], FileId(0), Span::new(1, 2), "m");
        let mut second = first.clone();
        second.set_help(help("fix it"));
        assert_eq!((first.help(), second.help()), (None, Some("fix it")));
        // Help can also be taken away from a diagnostic whose origin has it.
        let origin = Origin {
            help: help("the rule's help"),
            ..first.origin.clone()
        }
        .interned();
        let finding = Diagnostic { origin, ..first };
        let mut without = finding.clone();
        without.set_help(None);
        assert_eq!(
            (finding.help(), without.help()),
            (Some("the rule's help"), None)
        );
        // Equal origins are one.
        assert!(std::ptr::eq(origin, Origin { ..origin.clone() }.interned()));
    }
}
