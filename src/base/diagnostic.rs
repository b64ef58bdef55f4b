//! The diagnostic record that every layer produces and every emitter reads.

use std::sync::Arc;

use serde::Serialize;

use super::Message;
use super::codes::ErrorCode;
use super::{FileId, Span};

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

/// The block a diagnostic is about.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BlockRef {
    pub kind: Arc<str>,
    pub name: Option<Arc<str>>,
}

/// A citation a finding rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
/// language error, of its code): one pointer per finding instead of four.
#[derive(Clone, Debug, PartialEq)]
pub struct Origin {
    pub code: Arc<str>,
    pub name: Arc<str>,
    /// `None` for language errors; the rule family otherwise.
    pub family: Option<Arc<str>>,
    pub basis: Arc<[Basis]>,
}

/// One problem found in the files checked: a syntax or schema error (codes
/// `E…`) or a rule finding.
///
/// A run can hold a million, so the record is kept at 112 bytes (a test
/// checks it): what a rule's findings share is behind one `Arc`, the block
/// behind another, and the fields that are mostly empty are boxed.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub origin: Arc<Origin>,
    pub severity: Severity,
    pub message: Message,
    /// Shared with the rule it comes from: findings are many, rules few.
    pub help: Option<Arc<str>>,
    pub file: FileId,
    /// The primary location. Empty spans are allowed (end of file, a missing token).
    pub span: Span,
    /// The message of the primary label, where it says more than the message.
    pub label: Option<Box<str>>,
    /// Shared by every finding on the block.
    pub block: Option<Arc<BlockRef>>,
    pub labels: Box<[Label]>,
    pub waived: Option<Box<Waived>>,
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
            origin: Arc::new(Origin {
                code: Arc::from(code.code),
                name: Arc::from(code.name),
                family: None,
                basis: Arc::from([]),
            }),
            severity: Severity::Error,
            message: Message::from(message.into()),
            help: None,
            file,
            span,
            label: None,
            block: None,
            labels: Box::default(),
            waived: None,
        }
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

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = help_text(help);
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into().into_boxed_str());
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

    /// Adds a secondary label. Labels are few and added while a
    /// diagnostic is made, so the slice is rebuilt each time.
    pub fn push_label(&mut self, label: Label) {
        let mut labels = std::mem::take(&mut self.labels).into_vec();
        labels.push(label);
        self.labels = labels.into_boxed_slice();
    }

    pub fn with_block(mut self, block: Option<BlockRef>) -> Diagnostic {
        self.block = block.map(Arc::new);
        self
    }
}

/// A help text for [`Diagnostic::help`].
pub fn help(text: impl Into<String>) -> Option<Arc<str>> {
    help_text(text)
}

fn help_text(text: impl Into<String>) -> Option<Arc<str>> {
    Some(Arc::from(text.into()))
}

#[cfg(test)]
mod size_tests {
    /// The record is boxed once per finding; 112 bytes is an allocator size
    /// class, so a larger record costs a whole class more per finding.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_diagnostic_is_112_bytes() {
        assert_eq!(std::mem::size_of::<super::Diagnostic>(), 112);
    }
}
