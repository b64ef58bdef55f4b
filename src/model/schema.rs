//! The v1 schema of language.md as data: block kinds, their attributes, value
//! types and enum words. Adding an attribute means adding a row here; adding
//! a block kind, a row and a variant of [`BlockKind`]. The model builder, the
//! rule checker and the docs read this table.

use std::fmt;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::base::names::{NameKey, same_name};

/// Declared in `base` so that a diagnostic can hold it; what each kind is
/// lives here.
pub use crate::base::BlockKind;

impl BlockKind {
    pub const ALL: [BlockKind; 8] = [
        BlockKind::Policy,
        BlockKind::Body,
        BlockKind::Operator,
        BlockKind::Dataset,
        BlockKind::Grant,
        BlockKind::Access,
        BlockKind::Oversight,
        BlockKind::Clause,
    ];

    pub fn schema(self) -> &'static KindSchema {
        &SCHEMA[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.schema().name
    }

    pub fn from_name(name: &str) -> Option<BlockKind> {
        BlockKind::ALL
            .into_iter()
            .find(|k| same_name(k.name(), name))
    }
}

impl BlockKind {
    /// "a `body`", "an `operator`": the kind with its indefinite article.
    pub fn with_article(self) -> String {
        let article = if self.name().starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} `{}`", self.name())
    }
}

impl fmt::Display for BlockKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The type of an attribute's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueType {
    /// A string (not a long string).
    Str,
    /// A string or long string.
    Text,
    Bool,
    Integer,
    Decimal,
    Percent,
    Date,
    Duration,
    /// A duration or the word `indefinite`.
    DurationOrIndefinite,
    /// One of the listed words.
    Enum(&'static [&'static str]),
    /// The name of a block of the given kind, or of any kind.
    Ref(Option<BlockKind>),
    /// A taxonomy category.
    Category,
    /// A plain identifier (a join key).
    Ident,
    /// A list of values of the inner type; `non_empty` lists need an item.
    List {
        item: &'static ValueType,
        non_empty: bool,
    },
}

impl ValueType {
    /// The words of an enum, or of a list of one.
    pub fn enum_words(self) -> Option<&'static [&'static str]> {
        match self {
            ValueType::Enum(words)
            | ValueType::List {
                item: &ValueType::Enum(words),
                ..
            } => Some(words),
            _ => None,
        }
    }

    /// How the type is named in diagnostics and docs.
    pub fn describe(self) -> String {
        match self {
            ValueType::Str => "a string".into(),
            ValueType::Text => "a string or long string".into(),
            ValueType::Bool => "a boolean (`true` or `false`)".into(),
            ValueType::Integer => "an integer".into(),
            ValueType::Decimal => "a decimal".into(),
            ValueType::Percent => "a percent (0% to 100%)".into(),
            ValueType::Date => "a date (YYYY-MM-DD)".into(),
            ValueType::Duration => "a duration (like `5y`, `18mo`, `6w`, `90d`)".into(),
            ValueType::DurationOrIndefinite => "a duration (like `5y`) or `indefinite`".into(),
            ValueType::Enum(words) => format!("one of: {}", words.join(", ")),
            ValueType::Ref(Some(kind)) => format!("the name of {} block", kind.with_article()),
            ValueType::Ref(None) => "the name of a block".into(),
            ValueType::Category => "a data category (taxonomy.md)".into(),
            ValueType::Ident => "an identifier".into(),
            ValueType::List { item, .. } => format!("a list of {}", plural(item)),
        }
    }
}

fn plural(item: &ValueType) -> String {
    match item {
        ValueType::Enum(words) => format!("words from: {}", words.join(", ")),
        ValueType::Ref(Some(kind)) => format!("names of `{kind}` blocks"),
        ValueType::Ref(None) => "block names".into(),
        ValueType::Category => "data categories".into(),
        ValueType::Ident => "identifiers".into(),
        other => other.describe(),
    }
}

#[derive(Debug)]
pub struct AttrSchema {
    pub name: &'static str,
    pub ty: ValueType,
    pub required: bool,
    pub doc: &'static str,
}

#[derive(Debug)]
pub struct KindSchema {
    pub kind: BlockKind,
    pub name: &'static str,
    pub doc: &'static str,
    /// Blocks of this kind must be named (other blocks refer to them).
    pub name_required: bool,
    pub title_required: bool,
    pub attrs: &'static [AttrSchema],
}

impl KindSchema {
    /// The position of an attribute in `attrs`. Looked up for every attribute
    /// of every file, so through an index built once: a kind's names by
    /// length, one to four of each, compared whole. Hashing the name cost
    /// three times as much.
    #[inline]
    pub fn attr_index(&self, name: &str) -> Option<usize> {
        const LONGEST: usize = 32;
        type ByLength = [Vec<(&'static str, usize)>; LONGEST + 1];
        static INDEX: OnceLock<Vec<ByLength>> = OnceLock::new();
        let index = INDEX.get_or_init(|| {
            SCHEMA
                .iter()
                .map(|kind| {
                    let mut by_length: ByLength = std::array::from_fn(|_| Vec::new());
                    for (i, attr) in kind.attrs.iter().enumerate() {
                        assert!(attr.name.len() <= LONGEST, "{}", attr.name);
                        by_length[attr.name.len()].push((attr.name, i));
                    }
                    by_length
                })
                .collect()
        });
        let same_length = index[self.kind as usize].get(name.len())?;
        same_length
            .iter()
            .find(|(known, _)| same_name(known, name))
            .map(|&(_, i)| i)
    }

    pub fn attr(&self, name: &str) -> Option<&'static AttrSchema> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// An enum word of the schema, as a small index into one table of all words,
/// so that a model value stays 16 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Word(u16);

struct WordTable {
    words: Vec<&'static str>,
    index: FxHashMap<NameKey<'static>, u16>,
}

fn word_table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = WordTable {
            words: Vec::new(),
            index: FxHashMap::default(),
        };
        let mut add = |words: &[&'static str]| {
            for &word in words {
                table.index.entry(NameKey(word)).or_insert_with(|| {
                    table.words.push(word);
                    (table.words.len() - 1) as u16
                });
            }
        };
        for kind in &SCHEMA {
            for attr in kind.attrs {
                if let Some(words) = attr.ty.enum_words() {
                    add(words);
                }
            }
        }
        table
    })
}

impl Word {
    /// The word, if the schema has it.
    pub fn new(word: &str) -> Option<Word> {
        let index: &FxHashMap<NameKey<'_>, u16> = &word_table().index;
        index.get(&NameKey(word)).map(|&i| Word(i))
    }

    /// The word `word` of `words`, an enum of the schema, if it is one of
    /// them. One hash lookup by the list and the word: searching the list,
    /// then looking the word up among all words, took 140 instructions per
    /// enum value of a file.
    pub fn of_enum(words: &'static [&'static str], word: &str) -> Option<Word> {
        type ByList = FxHashMap<(usize, NameKey<'static>), Word>;
        static TABLE: OnceLock<ByList> = OnceLock::new();
        let table = TABLE.get_or_init(|| {
            let mut table = ByList::default();
            for kind in &SCHEMA {
                for attr in kind.attrs {
                    let Some(list) = attr.ty.enum_words() else {
                        continue;
                    };
                    for &known in list {
                        let word = Word::new(known).expect("every schema word is in the table");
                        table.insert((list.as_ptr() as usize, NameKey(known)), word);
                    }
                }
            }
            table
        });
        // Read with keys as long-lived as `word` (the key is covariant).
        let table: &FxHashMap<(usize, NameKey<'_>), Word> = table;
        if let Some(&found) = table.get(&(words.as_ptr() as usize, NameKey(word))) {
            return Some(found);
        }
        // Not there: not a word of the list, or a list the table does not
        // hold (one not in `SCHEMA`).
        words
            .iter()
            .find(|known| same_name(known, word))
            .and_then(|known| Word::new(known))
    }

    pub fn as_str(self) -> &'static str {
        word_table().words[self.0 as usize]
    }

    /// Its index in the table of schema words, for compact storage and for
    /// the compiled rule conditions (`rules/generated.rs`), which name the
    /// words they compare with by it.
    pub(crate) fn raw(self) -> u16 {
        self.0
    }

    /// The word of a [`Word::raw`] index.
    pub(crate) const fn from_raw(raw: u16) -> Word {
        Word(raw)
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const fn attr(name: &'static str, ty: ValueType, doc: &'static str) -> AttrSchema {
    AttrSchema {
        name,
        ty,
        required: false,
        doc,
    }
}

const fn required(name: &'static str, ty: ValueType, doc: &'static str) -> AttrSchema {
    AttrSchema {
        name,
        ty,
        required: true,
        doc,
    }
}

const fn list(item: &'static ValueType) -> ValueType {
    ValueType::List {
        item,
        non_empty: false,
    }
}

pub const STATUS: &[&str] = &["draft", "consultation", "adopted", "repealed"];
pub const BODY_KIND: &[&str] = &[
    "regulator",
    "ministry",
    "local_government",
    "security_organ",
    "party_organ",
    "court",
    "legislature",
    "supervisory_authority",
    "data_exchange",
    "other",
];
pub const OPERATOR_KIND: &[&str] = &[
    "private",
    "state_owned",
    "public_body",
    "joint_venture",
    "data_exchange",
    "research",
    "nonprofit",
];
pub const PARTY_ROLE: &[&str] = &["none", "advisory", "decisive"];
pub const SUBJECTS: &[&str] = &[
    "residents",
    "citizens",
    "minors",
    "patients",
    "students",
    "employees",
    "businesses",
    "officials",
    "foreigners",
    "other",
];
pub const SOURCE: &[&str] = &[
    "public_security",
    "health",
    "transport",
    "social_security",
    "tax",
    "education",
    "civil_affairs",
    "utilities",
    "geospatial",
    "courts",
    "environment",
    "enterprise_registry",
    "statistics",
    "other",
];
pub const SCOPE: &[&str] = &[
    "national",
    "provincial",
    "municipal",
    "district",
    "sectoral",
];
pub const RENEWAL: &[&str] = &["none", "on_review", "automatic"];
pub const SELECTION: &[&str] = &[
    "open_tender",
    "competitive_negotiation",
    "direct_award",
    "designation",
];
pub const EXCLUDES: &[&str] = &["foreign", "private", "non_local", "small_business"];
pub const PURPOSES: &[&str] = &[
    "commercial",
    "research",
    "public_interest",
    "public_security",
    "statistics",
    "marketing",
    "credit_scoring",
    "profiling",
    "ai_training",
    "resale",
    "any",
];
pub const ACCESS_FORM: &[&str] = &["raw", "api", "sandbox", "aggregated", "query_only"];
pub const ANONYMIZATION: &[&str] = &[
    "none",
    "pseudonymized",
    "aggregated",
    "k_anonymity",
    "differential_privacy",
    "anonymized",
];
pub const LEGAL_BASIS: &[&str] = &["consent", "law", "public_interest", "contract", "none"];
pub const CONSENT: &[&str] = &["none", "general", "separate", "written", "guardian"];
pub const AUDIT: &[&str] = &["none", "internal", "independent"];
pub const PRICING: &[&str] = &["free", "marginal_cost", "cost_recovery", "market"];
pub const FREE_FOR: &[&str] = &["public_interest", "research", "small_business"];
pub const ACCESS_BASIS: &[&str] = &[
    "warrant",
    "court_order",
    "statute",
    "administrative_request",
    "none",
];
pub const POWERS: &[&str] = &["audit", "sanction", "suspend", "revoke", "publish"];

use BlockKind as K;
use ValueType as T;

const BODY: T = T::Ref(Some(K::Body));
const DATASET: T = T::Ref(Some(K::Dataset));

/// Indexed by `BlockKind as usize`.
pub static SCHEMA: [KindSchema; 8] = [
    KindSchema {
        kind: K::Policy,
        name: "policy",
        doc: "the document itself; at most one per file, title required",
        name_required: false,
        title_required: true,
        attrs: &[
            attr(
                "jurisdiction",
                T::Str,
                "ISO 3166 code of the issuing area (\"CN\", \"CN-GZ\", \"EU\")",
            ),
            attr("authority", BODY, "the body that issues and grants"),
            attr("status", T::Enum(STATUS), "the stage of the document"),
            attr("date", T::Date, "the date of the document"),
            attr("version", T::Str, "the document's version"),
            attr("language", T::Str, "BCP 47 tag of the clause texts"),
        ],
    },
    KindSchema {
        kind: K::Body,
        name: "body",
        doc: "a public body, organ or authority",
        name_required: true,
        title_required: false,
        attrs: &[
            required("kind", T::Enum(BODY_KIND), "what kind of body it is"),
            attr("reports_to", BODY, "the body it answers to"),
            attr(
                "independent",
                T::Bool,
                "free of instruction by government or party",
            ),
            attr("jurisdiction", T::Str, "ISO 3166 code of its area"),
        ],
    },
    KindSchema {
        kind: K::Operator,
        name: "operator",
        doc: "an entity that receives rights over public data",
        name_required: true,
        title_required: false,
        attrs: &[
            required("kind", T::Enum(OPERATOR_KIND), "what kind of entity it is"),
            attr(
                "affiliated_with",
                list(&BODY),
                "founded, owned or staffed by these bodies (conflict of interest when one of them grants)",
            ),
            attr("foreign", T::Bool, "foreign-invested"),
            attr(
                "party_role",
                T::Enum(PARTY_ROLE),
                "the role a party organization has in the operator's decisions",
            ),
            attr(
                "competes_downstream",
                T::Bool,
                "also sells products built on the data it gatekeeps",
            ),
            attr("jurisdiction", T::Str, "ISO 3166 code of its seat"),
        ],
    },
    KindSchema {
        kind: K::Dataset,
        name: "dataset",
        doc: "public data placed under the policy",
        name_required: true,
        title_required: false,
        attrs: &[
            required(
                "categories",
                list(&T::Category),
                "what the records contain (taxonomy.md)",
            ),
            attr("subjects", list(&T::Enum(SUBJECTS)), "whose data it is"),
            attr("records", T::Integer, "number of records or persons"),
            attr(
                "source",
                T::Enum(SOURCE),
                "which public function produced it",
            ),
            attr(
                "keys",
                list(&T::Ident),
                "fields that can join it to other data (national_id, phone, plate_number, device_id, face_template, birth_date, postcode, gender, …)",
            ),
        ],
    },
    KindSchema {
        kind: K::Grant,
        name: "grant",
        doc: "the authorization of an operator",
        name_required: true,
        title_required: false,
        attrs: &[
            required(
                "operator",
                T::Ref(Some(K::Operator)),
                "who receives the rights",
            ),
            required(
                "datasets",
                T::List {
                    item: &DATASET,
                    non_empty: true,
                },
                "what it covers",
            ),
            attr("scope", T::Enum(SCOPE), "territorial reach"),
            attr(
                "exclusive",
                T::Bool,
                "no other operator may get the same data",
            ),
            attr(
                "term",
                T::DurationOrIndefinite,
                "length of the authorization",
            ),
            attr(
                "renewal",
                T::Enum(RENEWAL),
                "how the authorization is renewed",
            ),
            attr(
                "review_interval",
                T::Duration,
                "how often the arrangement is reviewed",
            ),
            attr(
                "selection",
                T::Enum(SELECTION),
                "how the operator was chosen",
            ),
            attr(
                "published",
                T::Bool,
                "the arrangement and its final terms and fees are public",
            ),
            attr(
                "justification",
                T::Text,
                "the documented public-interest reason, where the grant is exclusive",
            ),
            attr(
                "fair_competition_review",
                T::Bool,
                "a fair-competition review was done before adoption",
            ),
            attr(
                "exit_terms",
                T::Bool,
                "the grant says how it ends: exit, return or deletion of data",
            ),
            attr(
                "excludes",
                list(&T::Enum(EXCLUDES)),
                "who may not apply or buy",
            ),
            attr(
                "purposes",
                list(&T::Enum(PURPOSES)),
                "what the data may be used for",
            ),
            attr(
                "access",
                T::Enum(ACCESS_FORM),
                "the form in which the operator gets the data",
            ),
            attr(
                "anonymization",
                T::Enum(ANONYMIZATION),
                "how personal data is de-identified",
            ),
            attr("k", T::Integer, "with k_anonymity: the smallest group size"),
            attr(
                "epsilon",
                T::Decimal,
                "with differential_privacy: the privacy budget",
            ),
            attr(
                "legal_basis",
                T::Enum(LEGAL_BASIS),
                "basis for processing personal data",
            ),
            attr(
                "consent",
                T::Enum(CONSENT),
                "the form of consent obtained, where consent is the basis",
            ),
            attr(
                "retention",
                T::DurationOrIndefinite,
                "how long the operator keeps the data",
            ),
            attr(
                "cross_border",
                T::Bool,
                "data or derived products leave the jurisdiction",
            ),
            attr(
                "transfer_assessment",
                T::Bool,
                "a security/adequacy assessment was made for that",
            ),
            attr(
                "impact_assessment",
                T::Bool,
                "a privacy impact assessment (DPIA/PIIA) was made",
            ),
            attr("audit", T::Enum(AUDIT), "who audits the operator"),
            attr(
                "pricing",
                T::Enum(PRICING),
                "what users of the data are charged",
            ),
            attr(
                "free_for",
                list(&T::Enum(FREE_FOR)),
                "uses that are not charged",
            ),
            attr(
                "revenue_share",
                T::Percent,
                "share of the operator's revenue paid to a public body",
            ),
            attr("revenue_to", BODY, "who receives the revenue share"),
            attr(
                "resale",
                T::Bool,
                "the operator may resell or list the data on an exchange",
            ),
            attr(
                "redress",
                T::Bool,
                "data subjects can object, correct or complain",
            ),
            attr(
                "breach_notification",
                T::Bool,
                "breaches are notified to subjects and the authority",
            ),
        ],
    },
    KindSchema {
        kind: K::Access,
        name: "access",
        doc: "a standing right of a public or party organ to the data",
        name_required: false,
        title_required: false,
        attrs: &[
            required("body", BODY, "who gets access"),
            required("datasets", list(&DATASET), "the datasets it may access"),
            attr("basis", T::Enum(ACCESS_BASIS), "what each access needs"),
            attr("notification", T::Bool, "subjects are told afterwards"),
            attr("logging", T::Bool, "each access is logged"),
            attr("oversight", BODY, "who reviews the accesses"),
        ],
    },
    KindSchema {
        kind: K::Oversight,
        name: "oversight",
        doc: "supervision of the arrangement",
        name_required: false,
        title_required: false,
        attrs: &[
            required("body", BODY, "the supervising body"),
            attr(
                "covers",
                list(&T::Ref(Some(K::Grant))),
                "the grants it supervises",
            ),
            attr(
                "independent",
                T::Bool,
                "free of instruction by the bodies it supervises",
            ),
            attr("powers", list(&T::Enum(POWERS)), "what it may do"),
        ],
    },
    KindSchema {
        kind: K::Clause,
        name: "clause",
        doc: "free text of the draft",
        name_required: false,
        title_required: false,
        attrs: &[
            required("text", T::Text, "the clause as written, any language"),
            attr(
                "applies_to",
                list(&T::Ref(None)),
                "blocks the clause governs",
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_is_indexed_by_kind() {
        for kind in BlockKind::ALL {
            assert_eq!(kind.schema().kind, kind);
            assert_eq!(BlockKind::from_name(kind.name()), Some(kind));
        }
    }

    #[test]
    fn of_enum_finds_each_word_of_its_list_only() {
        let mut lists = 0;
        for kind in &SCHEMA {
            for attr in kind.attrs {
                let Some(words) = attr.ty.enum_words() else {
                    continue;
                };
                lists += 1;
                for &word in words {
                    assert_eq!(Word::of_enum(words, word), Word::new(word), "{word}");
                    assert_eq!(Word::of_enum(words, word).map(Word::as_str), Some(word));
                }
                assert_eq!(Word::of_enum(words, "not_a_word"), None);
                // A word of the schema that this list does not hold.
                if let Some(other) = word_table().words.iter().find(|w| !words.contains(w)) {
                    assert_eq!(Word::of_enum(words, other), None, "{other}");
                }
            }
        }
        assert!(lists > 5);
        // A list outside the schema is searched.
        static OWN: [&str; 2] = ["direct_award", "nothing_else"];
        assert_eq!(
            Word::of_enum(&OWN, "direct_award"),
            Word::new("direct_award")
        );
        assert_eq!(Word::of_enum(&OWN, "nothing_else"), None);
    }

    /// The index finds each attribute at its position, and nothing else.
    #[test]
    fn attr_index_finds_each_attribute() {
        for kind in BlockKind::ALL {
            let schema = kind.schema();
            for (i, attr) in schema.attrs.iter().enumerate() {
                assert_eq!(
                    schema.attr_index(attr.name),
                    Some(i),
                    "{kind}.{}",
                    attr.name
                );
                let longer = format!("{}s", attr.name);
                assert!(schema.attr(&longer).is_some() || schema.attr_index(&longer).is_none());
            }
            assert_eq!(schema.attr_index(""), None);
            assert_eq!(schema.attr_index(&"x".repeat(100)), None);
        }
    }

    #[test]
    fn attribute_names_are_unique_per_kind() {
        for kind in BlockKind::ALL {
            let attrs = kind.schema().attrs;
            for (i, a) in attrs.iter().enumerate() {
                assert!(
                    attrs[i + 1..].iter().all(|b| b.name != a.name),
                    "{kind}.{}",
                    a.name
                );
            }
        }
    }
}
