//! Named pattern lists for clause texts: phrases (aho-corasick) and regular
//! expressions (the `regex` crate, linear time), with a negation guard and
//! words that, just before a match, reject it.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::automaton::{Automaton, OverlappingState};
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::RegexBuilder;
use regex_automata::{Input, meta};
use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::base::{Diagnostic, FileId, Span};

use super::codes;
use super::literals;

/// The name of the list of negation words the guard uses.
pub const NEGATION: &str = "NEGATION";

/// How far before a match the guards look, in characters (within the same
/// clause: sentence ends and commas bound it).
const GUARD_WINDOW: usize = 24;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternFile {
    #[serde(default)]
    description: String,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    regexes: Vec<String>,
    #[serde(default)]
    negation_guard: bool,
    #[serde(default)]
    reject_before: Vec<String>,
}

#[derive(Debug)]
pub struct PatternList {
    pub name: String,
    pub description: String,
    phrases: Option<AhoCorasick>,
    /// The list's regular expressions, checked when the file is loaded and
    /// each compiled when a text first needs it: compiling takes up to two
    /// milliseconds a list, most of a small check's time, and a text
    /// rarely needs more than one regex of a list.
    regexes: Vec<ListRegex>,
    /// Built when a clause first needs the regexes.
    choice: OnceLock<RegexChoice>,
    negation_guard: bool,
    reject_before: Vec<String>,
    /// The list's place among the lists ([`Patterns::list`]) and in a
    /// [`Screen`] mask.
    pub(super) index: usize,
    /// The list's phrases as the screen looks for them.
    phrase_words: Vec<Vec<u8>>,
}

/// One regular expression of a list.
#[derive(Debug)]
struct ListRegex {
    /// As compiled: `\b` made ASCII (see [`literals::ascii_word_boundaries`]).
    source: String,
    /// The literals one of which every match holds, when they can be listed
    /// ([`literals::required_literals`]).
    literals: Option<Vec<Vec<u8>>>,
    /// Compiled without a prefilter, for texts shorter than [`LONG_TEXT`].
    /// `None` for a pattern beyond the compiled-size limit (see
    /// [`compile`]).
    compiled: OnceLock<Option<meta::Regex>>,
    /// Compiled with its prefilter, for longer texts.
    prefiltered: OnceLock<Option<meta::Regex>>,
}

/// From how many bytes on a text is searched with the regex's prefilter
/// (its literals, found with SIMD). Finding the literals of a
/// case-insensitive regex is about half of its compile time, most of a
/// real draft's check; on a clause of a few hundred bytes, which the
/// screen lets through only when it holds a literal's first bytes, the
/// prefilter saves nothing.
const LONG_TEXT: usize = 64 * 1024;

impl ListRegex {
    fn new(source: String, literals: Option<Vec<Vec<u8>>>) -> ListRegex {
        ListRegex {
            source,
            literals,
            compiled: OnceLock::new(),
            prefiltered: OnceLock::new(),
        }
    }

    fn find_at(&self, text: &str, from: usize) -> Option<Range<usize>> {
        let regex = if text.len() - from >= LONG_TEXT {
            self.prefiltered.get_or_init(|| compile(&self.source, true))
        } else {
            self.compiled.get_or_init(|| compile(&self.source, false))
        };
        let input = Input::new(text).span(from..text.len());
        regex.as_ref()?.search(&input).map(|m| m.range())
    }

    /// Whether it has been compiled, in either form.
    fn is_compiled(&self) -> bool {
        self.compiled.get().is_some() || self.prefiltered.get().is_some()
    }
}

/// Words, each marking its owners (lists, or a list's regexes): the owners
/// a text may concern are those of the words it holds, found in one
/// overlapping pass.
#[derive(Debug)]
struct OwnedWords<O> {
    /// Matched ASCII-case-insensitively, like the lists themselves. The
    /// automaton cheapest to build: every run builds it, and for a small
    /// file a DFA took longer to build than the rest of the check.
    words: noncontiguous::NFA,
    /// The same words as a contiguous NFA, for a check with many texts to
    /// scan ([`OwnedWords::prepare_fast`]): on the 10 MB corpus's 8,540
    /// clauses it scanned in 3.5 ms against 7.0 ms, and it is made from the
    /// noncontiguous one in about 0.2 ms. (Built at every start instead, it
    /// cost a million more instructions, 4% of a small file's check.)
    fast: OnceLock<Option<contiguous::NFA>>,
    /// The owners of each word, by pattern id.
    owners: Vec<O>,
}

impl<O> OwnedWords<O> {
    /// The words with their owners, a word listed twice owning what both
    /// own (`merge`); `Ok(None)` without words. `Err` when the automaton
    /// cannot be built (no such case with these sizes): the caller then
    /// lets every owner in, which only costs speed.
    fn new(
        mut words: Vec<(&[u8], O)>,
        merge: impl Fn(&mut O, O),
    ) -> Result<Option<OwnedWords<O>>, aho_corasick::BuildError> {
        words.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut owners: Vec<O> = Vec::with_capacity(words.len());
        let mut unique: Vec<&[u8]> = Vec::with_capacity(words.len());
        for (word, owner) in words {
            if unique.last() == Some(&word) {
                merge(owners.last_mut().expect("pushed with the word"), owner);
            } else {
                unique.push(word);
                owners.push(owner);
            }
        }
        if unique.is_empty() {
            return Ok(None);
        }
        let words = noncontiguous::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&unique)?;
        Ok(Some(OwnedWords {
            words,
            fast: OnceLock::new(),
            owners,
        }))
    }

    /// Builds the contiguous form of the automaton, which later scans use.
    /// Should it fail to build, the noncontiguous one stays in use.
    fn prepare_fast(&self) {
        self.fast.get_or_init(|| {
            contiguous::Builder::new()
                .build_from_noncontiguous(&self.words)
                .ok()
        });
    }

    /// Calls `found` with the owners of each word `text` holds.
    fn owners_in(&self, text: &str, found: impl FnMut(&O)) {
        match self.fast.get() {
            Some(Some(fast)) => self.owners_by(fast, text, found),
            _ => self.owners_by(&self.words, text, found),
        }
    }

    fn owners_by(&self, automaton: &impl Automaton, text: &str, mut found: impl FnMut(&O)) {
        let input = aho_corasick::Input::new(text);
        let mut state = OverlappingState::start();
        loop {
            automaton
                .try_find_overlapping(&input, &mut state)
                .expect("an unanchored overlapping search of a Standard automaton cannot fail");
            let Some(m) = state.get_match() else { break };
            found(&self.owners[m.pattern().as_usize()]);
        }
    }
}

/// Which of a list's regexes may match a text (bit `i` for regex `i`;
/// regexes from the 64th on are always tried): the literals one of which
/// every match of a regex holds, for every regex whose literals can be
/// listed. Only for a list the screen does not cover (see
/// [`SCREENED_LISTS`]): the screen finds a screened list's candidates in
/// its own pass.
#[derive(Debug)]
struct RegexChoice {
    words: Option<OwnedWords<u64>>,
    /// The regexes any text may match.
    always: u64,
}

impl RegexChoice {
    fn new(regexes: &[ListRegex]) -> RegexChoice {
        let mut words: Vec<(&[u8], u64)> = Vec::new();
        let mut always = 0;
        for (i, regex) in regexes.iter().enumerate().take(64) {
            match &regex.literals {
                Some(literals) => words.extend(literals.iter().map(|w| (w.as_slice(), 1 << i))),
                None => always |= 1 << i,
            }
        }
        let words = OwnedWords::new(words, |a, b| *a |= b).unwrap_or_else(|_| {
            always = !0;
            None
        });
        RegexChoice { words, always }
    }

    /// The regexes `text` may match: those whose literals it holds, and
    /// every one when it holds a letter that folds to ASCII.
    fn candidates(&self, text: &str) -> u64 {
        if has_folding_letters(text) {
            return !0;
        }
        let mut mask = self.always;
        if let Some(words) = &self.words {
            words.owners_in(text, |&bits| mask |= bits);
        }
        mask
    }
}

/// All pattern lists, by name.
#[derive(Debug, Default)]
pub struct Patterns {
    /// In the order their names were first loaded: list `i` has index `i`.
    lists: Vec<PatternList>,
    by_name: FxHashMap<String, usize>,
    /// Built on first use, after every list is loaded.
    screen: OnceLock<Screen>,
}

/// Which lists, and which of their regexes, may match a text, found in one
/// pass over it: a clause is matched against every list by some rule, and
/// scanning it once per list was a fifth of the check time; scanning it
/// again for each list's candidate regexes was a sixth of the clause rules'.
#[derive(Debug)]
struct Screen {
    /// Every phrase and required literal of every list: the first bytes
    /// of each, owned by its list's phrase or regex bit and, for a literal,
    /// by its regex.
    words: Option<OwnedWords<ScreenOwner>>,
    /// What any text may concern: lists with a regex whose literals cannot
    /// be listed, and those regexes (everything when the automaton could
    /// not be built).
    always: Screened,
}

/// What one word of the screen stands for.
#[derive(Debug)]
struct ScreenOwner {
    lists: ListMask,
    /// (list index, regex bits) of the regexes whose literal starts so.
    regexes: Vec<(u8, u64)>,
}

/// What the screen found in a text ([`Patterns::screen`]): the lists that
/// may match it and, of each list it covers, the regexes that may. A list,
/// or a regex, left out cannot match (see [`Patterns::find_screened`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screened {
    lists: ListMask,
    /// Bit `i` of entry `l`: regex `i` of the list with index `l` (regexes
    /// from the 64th on are always tried).
    regexes: [u64; SCREENED_LISTS],
}

impl Screened {
    /// Every list and every regex: a search as if there were no screen.
    pub const EVERYTHING: Screened = Screened {
        lists: !0,
        regexes: [!0; SCREENED_LISTS],
    };

    /// No list and no regex.
    pub const NOTHING: Screened = Screened {
        lists: 0,
        regexes: [0; SCREENED_LISTS],
    };
}

/// The lists whose phrases, and whose regexes, may match a text (see
/// [`Patterns::screen`]): bit `2i` for the phrases of list `i`, bit `2i + 1`
/// for its regexes.
type ListMask = u64;

/// From how many texts to screen a check builds the screen's faster
/// automaton ([`Patterns::prepare_fast_screen`]): it saves about 0.4 µs a
/// clause and takes about 0.2 ms to build (from the automaton every run
/// builds), so it pays from about 500 clauses.
pub const FAST_SCREEN_TEXTS: usize = 1_000;

/// How many bytes of each word the screen looks for (three CJK characters).
const SCREEN_PREFIX: usize = 9;

/// Lists beyond the 32 a mask holds are always screened in.
const SCREENED_LISTS: usize = 32;

fn phrase_bit(index: usize) -> ListMask {
    if index < SCREENED_LISTS {
        1 << (2 * index)
    } else {
        0
    }
}

fn regex_bit(index: usize) -> ListMask {
    if index < SCREENED_LISTS {
        2 << (2 * index)
    } else {
        0
    }
}

impl PatternList {
    /// The regexes `text` may match, in the list's order: for a list the
    /// screen covers, those it found; for another, all of them once all
    /// are compiled (each regex's own prefilter is then cheaper than
    /// another scan for its literals), else those whose literals it holds.
    fn candidates<'l>(
        &'l self,
        text: &str,
        screened: &Screened,
    ) -> impl Iterator<Item = &'l ListRegex> {
        let mask = if self.index < SCREENED_LISTS {
            screened.regexes[self.index]
        } else if self.regexes.iter().all(ListRegex::is_compiled) {
            !0
        } else {
            self.choice
                .get_or_init(|| RegexChoice::new(&self.regexes))
                .candidates(text)
        };
        (self.regexes.iter().enumerate())
            .filter(move |&(i, _)| i >= 64 || mask & (1 << i) != 0)
            .map(|(_, regex)| regex)
    }

    /// Reads one pattern file and checks its regexes; its name is the file
    /// stem. Lists are independent of each other, so start-up reads them in
    /// parallel.
    pub fn parse(name: &str, text: &str, file: FileId) -> Result<PatternList, Box<Diagnostic>> {
        PatternList::parse_with(name, text, file, None)
    }

    /// [`PatternList::parse`], given the literals of the list's regexes
    /// when they are known (a built-in list's, extracted at build time):
    /// its regexes are then not parsed again, nor checked, which the build
    /// did.
    pub(crate) fn parse_with(
        name: &str,
        text: &str,
        file: FileId,
        known: Option<&[Option<&[&[u8]]>]>,
    ) -> Result<PatternList, Box<Diagnostic>> {
        let parsed: PatternFile = toml::from_str(text).map_err(|e| {
            let span = e
                .span()
                .map_or(Span::empty(0), |r| Span::new(r.start, r.end));
            Diagnostic::error(
                codes::BAD_PATTERN,
                file,
                span,
                format!("cannot read pattern list {name}: {}", e.message()),
            )
        })?;
        let phrases = if parsed.phrases.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostFirst)
                    // Every run builds it at start-up, and clause texts are
                    // short: the automaton cheapest to build (a DFA took
                    // several times longer) searches them as fast.
                    .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                    .build(&parsed.phrases)
                    .map_err(|e| {
                        Diagnostic::error(codes::BAD_PATTERN, file, Span::empty(0), e.to_string())
                    })?,
            )
        };
        let per_regex = match known {
            Some(per_regex) => (per_regex.iter())
                .map(|words| words.map(|words| words.iter().map(|w| w.to_vec()).collect()))
                .collect(),
            // Parsing finds the errors of a pattern at a fraction of the cost
            // of compiling it (case folding cannot add one), and the tree
            // gives the literals a match must hold.
            None => literals::regex_literals(parsed.regexes.iter().map(String::as_str)).map_err(
                |(source, error)| {
                    Box::new(
                        Diagnostic::error(
                            codes::BAD_PATTERN,
                            file,
                            locate(text, &source),
                            format!("bad regular expression in {name}"),
                        )
                        .with_help(error),
                    )
                },
            )?,
        };
        let regexes = (parsed.regexes.iter().zip(per_regex))
            .map(|(source, literals)| {
                ListRegex::new(literals::ascii_word_boundaries(source), literals)
            })
            .collect();
        let phrase_words = parsed
            .phrases
            .iter()
            .map(|p| p.as_bytes().to_vec())
            .collect();
        Ok(PatternList {
            name: name.to_string(),
            description: parsed.description,
            phrases,
            regexes,
            choice: OnceLock::new(),
            negation_guard: parsed.negation_guard,
            reject_before: parsed
                .reject_before
                .iter()
                .map(|w| normalize_word(w))
                .collect(),
            index: 0,
            phrase_words,
        })
    }
}

impl Patterns {
    pub fn get(&self, name: &str) -> Option<&PatternList> {
        self.by_name.get(name).map(|&index| &self.lists[index])
    }

    /// The list with this [`PatternList::index`].
    pub fn list(&self, index: usize) -> Option<&PatternList> {
        self.lists.get(index)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.lists.iter().map(|list| list.name.as_str())
    }

    /// Loads one pattern file; its name is the file stem. A list of the same
    /// name replaces the earlier one, so an organization can extend a list
    /// by copying and editing it. (Start-up reads lists in parallel with
    /// [`PatternList::parse`] and [`Patterns::insert`].)
    #[cfg(test)]
    pub fn load(&mut self, name: &str, text: &str, file: FileId) -> Result<(), Box<Diagnostic>> {
        self.insert(PatternList::parse(name, text, file)?);
        Ok(())
    }

    /// Adds a list read by [`PatternList::parse`], in place of one of the
    /// same name.
    pub fn insert(&mut self, mut list: PatternList) {
        self.screen = OnceLock::new();
        match self.by_name.get(&list.name) {
            Some(&index) => {
                list.index = index;
                self.lists[index] = list;
            }
            None => {
                list.index = self.lists.len();
                self.by_name.insert(list.name.clone(), list.index);
                self.lists.push(list);
            }
        }
    }

    /// Builds the screen now rather than at the first clause: start-up
    /// builds it on one thread while the rules are compiled on the others.
    pub fn prepare_screen(&self) {
        self.screen.get_or_init(|| self.build_screen());
    }

    /// Has the screen scan with an automaton that is faster to run and
    /// slower to build: for a check with at least [`FAST_SCREEN_TEXTS`]
    /// texts to screen.
    pub fn prepare_fast_screen(&self) {
        let screen = self.screen.get_or_init(|| self.build_screen());
        if let Some(words) = &screen.words {
            words.prepare_fast();
        }
    }

    /// The lists, and their regexes, that may match `text`: one left out
    /// cannot (see [`Patterns::find_screened`]).
    pub fn screen(&self, text: &str) -> Screened {
        let screen = self.screen.get_or_init(|| self.build_screen());
        // ſ and the Kelvin sign fold to ASCII letters under Unicode case
        // folding, which the words do not cover.
        if has_folding_letters(text) {
            return Screened::EVERYTHING;
        }
        let mut screened = screen.always;
        if let Some(words) = &screen.words {
            words.owners_in(text, |owner| {
                screened.lists |= owner.lists;
                for &(list, bits) in &owner.regexes {
                    screened.regexes[list as usize] |= bits;
                }
            });
        }
        screened
    }

    fn build_screen<'p>(&'p self) -> Screen {
        let mut words: Vec<(&[u8], ScreenOwner)> = Vec::new();
        let mut always = Screened::NOTHING;
        for list in &self.lists {
            if list.index >= SCREENED_LISTS {
                continue;
            }
            // A text holding a word holds its first bytes: the built-in
            // lists' 1,056 words shrink to a few hundred prefixes, and the
            // automaton is built in a fraction of the time.
            let prefix = |w: &'p Vec<u8>| &w[..w.len().min(SCREEN_PREFIX)];
            let phrases = phrase_bit(list.index);
            words.extend(list.phrase_words.iter().map(|w| {
                let owner = ScreenOwner {
                    lists: phrases,
                    regexes: Vec::new(),
                };
                (prefix(w), owner)
            }));
            if list.regexes.is_empty() {
                continue;
            }
            let list_bit = regex_bit(list.index);
            // A text without any of a regex's literals cannot match it: the
            // regex is then neither compiled nor run. One whose literals
            // cannot be listed lets every text in.
            for (i, regex) in list.regexes.iter().enumerate() {
                let bit = if i < 64 { 1 << i } else { 0 };
                match &regex.literals {
                    Some(literals) => words.extend(literals.iter().map(|w| {
                        let owner = ScreenOwner {
                            lists: list_bit,
                            regexes: vec![(list.index as u8, bit)],
                        };
                        (prefix(w), owner)
                    })),
                    None => {
                        always.lists |= list_bit;
                        always.regexes[list.index] |= bit;
                    }
                }
            }
            if list.regexes.len() > 64 {
                always.lists |= list_bit;
            }
        }
        let words = OwnedWords::new(words, |a, b| {
            a.lists |= b.lists;
            a.regexes.extend(b.regexes);
        })
        .unwrap_or_else(|_| {
            always = Screened::EVERYTHING;
            None
        });
        Screen { words, always }
    }

    /// [`Patterns::find`], for a text whose [`Patterns::screen`] mask is
    /// `mask`.
    pub fn find_screened(
        &self,
        list: &PatternList,
        text: &str,
        screened: &Screened,
    ) -> Option<Range<usize>> {
        let mask = screened.lists;
        let phrases = list
            .phrases
            .as_ref()
            .filter(|_| list.index >= SCREENED_LISTS || mask & phrase_bit(list.index) != 0);
        // The regexes this text may match, in the list's order.
        let regexes: Vec<&ListRegex> = if !list.regexes.is_empty()
            && (list.index >= SCREENED_LISTS || mask & regex_bit(list.index) != 0)
        {
            list.candidates(text, screened).collect()
        } else {
            Vec::new()
        };
        if phrases.is_none() && regexes.is_empty() {
            return None;
        }
        // The next match of each kind at or after `from`. A search is run
        // again only once `from` has passed the match it found: after many
        // rejected matches of one kind, searching the other again from each
        // would scan the rest of the text each time (quadratic in the text).
        let mut phrase: Option<Option<Range<usize>>> = None;
        let mut patterns: Vec<Option<Option<Range<usize>>>> = vec![None; regexes.len()];
        let mut from = 0;
        while from <= text.len() {
            if phrase
                .as_ref()
                .is_none_or(|m| m.as_ref().is_some_and(|m| m.start < from))
            {
                phrase = Some(
                    phrases
                        .and_then(|p| p.find(aho_corasick::Input::new(text).range(from..)))
                        .map(|m| m.range()),
                );
            }
            // The list's regexes matched as their alternation would: the
            // leftmost match, and of those starting together the first
            // regex's.
            let mut pattern: Option<Range<usize>> = None;
            for (regex, next) in regexes.iter().zip(&mut patterns) {
                if next
                    .as_ref()
                    .is_none_or(|m| m.as_ref().is_some_and(|m| m.start < from))
                {
                    *next = Some(regex.find_at(text, from));
                }
                if let Some(Some(m)) = next
                    && pattern.as_ref().is_none_or(|p| m.start < p.start)
                {
                    pattern = Some(m.clone());
                }
            }
            let next = (phrase.clone().flatten(), pattern);
            let found = match next {
                (Some(a), Some(b)) => {
                    if (b.start, std::cmp::Reverse(b.end)) < (a.start, std::cmp::Reverse(a.end)) {
                        b
                    } else {
                        a
                    }
                }
                (Some(a), None) => a,
                (None, Some(b)) => b,
                (None, None) => return None,
            };
            if self.accepts(list, text, found.start) {
                return Some(found);
            }
            from = found.start + text[found.start..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// Compiles the regexes of list `name` now, for a list whose errors
    /// must show when it is loaded: a pattern can parse and still exceed the
    /// compiled-size limit.
    pub fn check_compiles(&self, name: &str, file: FileId) -> Result<(), Box<Diagnostic>> {
        let Some(list) = self.get(name) else {
            return Ok(());
        };
        let Some(regex) = list.regexes.iter().find(|r| {
            r.compiled
                .get_or_init(|| compile(&r.source, false))
                .is_none()
        }) else {
            return Ok(());
        };
        let error = RegexBuilder::new(&regex.source)
            .case_insensitive(true)
            .build()
            .err()
            .map_or_else(String::new, |e| e.to_string());
        Err(Box::new(
            Diagnostic::error(
                codes::BAD_PATTERN,
                file,
                Span::empty(0),
                format!("the regular expressions of {name} are too large to compile"),
            )
            .with_help(error),
        ))
    }

    /// The first match of `list` in `text` that its guards accept. After a
    /// rejected match the search goes on from the next character, so a
    /// rejected phrase cannot hide an overlapping one. (Rules screen a text
    /// once for all lists and call [`Patterns::find_screened`].)
    #[cfg(test)]
    pub fn find(&self, list: &PatternList, text: &str) -> Option<Range<usize>> {
        self.find_screened(list, text, &self.screen(text))
    }

    fn accepts(&self, list: &PatternList, text: &str, start: usize) -> bool {
        let window = window_before(text, start);
        if list.negation_guard
            && let Some(negation) = self.get(NEGATION)
            && negation
                .phrases
                .as_ref()
                .is_some_and(|p| p.find_iter(window).any(|m| is_word(window, m.range())))
        {
            return false;
        }
        if !list.reject_before.is_empty() {
            let last = window
                .trim_end_matches([' ', '-', '\t'])
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if list
                .reject_before
                .iter()
                .any(|w| w.eq_ignore_ascii_case(last))
            {
                return false;
            }
        }
        true
    }
}

/// A case-insensitive regex, configured as `regex::RegexBuilder` configures
/// one (so it matches as `regex::Regex` would), with or without its
/// prefilter; `None` for a pattern beyond the compiled-size limit, which
/// then matches nothing rather than stopping the run (`Patterns::load`
/// compiles a user's lists at once to report it; a test compiles the
/// built-in ones).
fn compile(source: &str, prefilter: bool) -> Option<meta::Regex> {
    let config = meta::Config::new()
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .auto_prefilter(prefilter);
    let syntax = regex_automata::util::syntax::Config::new()
        .case_insensitive(true)
        .utf8(true);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax)
        .build(source)
        .ok()
}

/// Whether `text` holds ſ (U+017F) or the Kelvin sign (U+212A), the two
/// letters outside ASCII that fold to ASCII ones: found by their lead bytes,
/// which rarely occur, rather than by decoding every character.
fn has_folding_letters(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xC5, 0xE2, bytes).any(|i| {
        let rest = &bytes[i..];
        rest.starts_with("\u{17F}".as_bytes()) || rest.starts_with("\u{212A}".as_bytes())
    })
}

/// Up to `GUARD_WINDOW` characters before `start`, within the same clause.
fn window_before(text: &str, start: usize) -> &str {
    let before = &text[..start];
    let from = before
        .char_indices()
        .rev()
        .take(GUARD_WINDOW)
        .last()
        .map_or(start, |(i, _)| i);
    let window = &before[from..];
    match window.rfind(['。', '；', ';', '.', '!', '?', '！', '？', '\n', '，', ',']) {
        Some(i) => &window[i + window[i..].chars().next().map_or(1, char::len_utf8)..],
        None => window,
    }
}

/// A Latin phrase counts only as a whole word ("no" is not in "not"); other
/// scripts have no spaces between words.
fn is_word(text: &str, range: Range<usize>) -> bool {
    let phrase = &text[range.clone()];
    if !phrase.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') {
        return true;
    }
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    !before.is_some_and(|c| c.is_ascii_alphanumeric())
        && !after.is_some_and(|c| c.is_ascii_alphanumeric())
}

fn normalize_word(word: &str) -> String {
    word.trim().trim_end_matches('-').to_string()
}

/// The span of `needle`'s first occurrence in `text` (for errors).
fn locate(text: &str, needle: &str) -> Span {
    match text.find(needle) {
        Some(i) => Span::new(i, i + needle.len()),
        None => Span::empty(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(lists: &[(&str, &str)]) -> Patterns {
        let mut p = Patterns::default();
        for (name, text) in lists {
            p.load(name, text, FileId(0)).unwrap();
        }
        p
    }

    #[test]
    fn phrases_regexes_and_guards() {
        let p = patterns(&[
            (NEGATION, "phrases = [\"不得\", \"shall not\", \"no\"]"),
            (
                "OPEN",
                "phrases = [\"其他用途\", \"for any purpose\"]\nregexes = ['任何(合法)?(用途|目的)']\nnegation_guard = true",
            ),
            (
                "PARTY",
                "phrases = [\"party organization\"]\nreject_before = [\"third\"]",
            ),
        ]);
        let open = p.get("OPEN").unwrap();
        assert_eq!(p.find(open, "可用于其他用途。"), Some(9..21));
        assert_eq!(p.find(open, "不得用于其他用途。"), None);
        assert_eq!(
            p.find(open, "Data may be used For Any Purpose."),
            Some(17..32)
        );
        assert_eq!(
            p.find(open, "Data shall not be used for any purpose."),
            None
        );
        // "not" is not the negation "no".
        assert!(
            p.find(open, "It is not limited: for any purpose.")
                .is_some()
        );
        // The guard stops at a sentence end or comma.
        assert!(p.find(open, "不得转让。可用于任何目的").is_some());
        assert!(p.find(open, "不得向第三方提供，可以用于其他用途").is_some());
        let party = p.get("PARTY").unwrap();
        assert!(p.find(party, "The Party organization decides.").is_some());
        assert!(
            p.find(party, "a third party organization may apply")
                .is_none()
        );
        assert!(
            p.find(party, "a third-party organization may apply")
                .is_none()
        );
    }

    #[test]
    fn required_literals_come_from_the_start_or_else_the_end() {
        let words = |source: &str| {
            let hir = regex_syntax::ParserBuilder::new()
                .build()
                .parse(source)
                .unwrap();
            literals::required_literals(&hir).map(|l| {
                let mut l: Vec<String> = l
                    .into_iter()
                    .map(|w| String::from_utf8(w).unwrap())
                    .collect();
                l.sort();
                l
            })
        };
        assert_eq!(
            words("Party (committee|group)s?"),
            Some(vec![
                "party committee".into(),
                "party committees".into(),
                "party group".into(),
                "party groups".into()
            ])
        );
        assert_eq!(
            words("[^不非]自动(续期|续约)"),
            Some(vec!["自动续期".into(), "自动续约".into()])
        );
        assert_eq!(words("[^x]+y?"), None);
        assert_eq!(words("a?"), None);
        // A letter with a case outside ASCII could hide from an ASCII search.
        assert_eq!(words("élu"), None);
    }

    /// A mask has 64 bits: the regexes after the 64th are tried on every
    /// text, and still found.
    #[test]
    fn a_list_of_more_than_64_regexes() {
        let regexes: Vec<String> = (0..70).map(|i| format!("'word{i}x'")).collect();
        let p = patterns(&[("MANY", &format!("regexes = [{}]", regexes.join(", ")))]);
        let list = p.get("MANY").unwrap();
        assert_eq!(
            list.candidates("word3x", &p.screen("word3x")).count(),
            1 + 6
        );
        assert_eq!(p.find(list, "a word3x"), Some(2..8));
        assert_eq!(p.find(list, "a word69x"), Some(2..9));
        assert_eq!(p.find(list, "a word"), None);
    }

    #[test]
    fn a_text_without_the_required_literals_compiles_and_runs_no_regex() {
        let p = patterns(&[(
            "RENEW",
            "regexes = ['\\bautomatic(ally)?\\s+renew', '[^不]自动续期']",
        )]);
        let list = p.get("RENEW").unwrap();
        let compiled = |i: usize| list.regexes[i].is_compiled();
        assert_eq!(p.find(list, "The term is five years. 期限五年。"), None);
        assert!(!compiled(0) && !compiled(1));
        assert_eq!(
            p.find(list, "It RENEWS AUTOMATICALLY: Automatically  Renewed."),
            Some(25..45)
        );
        // Only the regex whose literals the text holds.
        assert!(compiled(0) && !compiled(1));
        assert_eq!(p.find(list, "合同到期自动续期"), Some(9..24));
        assert!(compiled(1));
    }

    #[test]
    fn every_builtin_list_compiles() {
        for entry in std::fs::read_dir("rules/patterns").unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let p = patterns(&[(&name, &text)]);
            assert!(p.check_compiles(&name, FileId(0)).is_ok(), "{name}");
        }
    }

    /// The table `build.rs` wrote holds, for every built-in list, exactly
    /// the literals that parsing the list at run time finds: start-up
    /// trusts it instead of parsing the regexes.
    #[test]
    fn build_time_literals_match_run_time_parsing() {
        let lists: Vec<_> = (super::super::BUILTIN_FILES.iter())
            .filter(|(path, _)| path.ends_with(".toml"))
            .collect();
        assert!(lists.len() >= 10, "the built-in lists are found");
        for (path, text) in lists {
            let name = std::path::Path::new(path)
                .file_stem()
                .unwrap()
                .to_str()
                .unwrap();
            let parsed = PatternList::parse(name, text, FileId(0)).unwrap();
            let built: Vec<Option<Vec<Vec<u8>>>> = super::super::builtin_literals(path)
                .unwrap_or_else(|| panic!("{path} is in the table"))
                .iter()
                .map(|words| words.map(|words| words.iter().map(|w| w.to_vec()).collect()))
                .collect();
            let parsed_literals: Vec<_> =
                parsed.regexes.iter().map(|r| r.literals.clone()).collect();
            assert_eq!(built, parsed_literals, "{path}");
        }
    }

    fn builtin_patterns() -> Patterns {
        let mut lists = Vec::new();
        for entry in std::fs::read_dir("rules/patterns").unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            lists.push((name, std::fs::read_to_string(&path).unwrap()));
        }
        let lists: Vec<(&str, &str)> = lists.iter().map(|(n, t)| (&n[..], &t[..])).collect();
        patterns(&lists)
    }

    /// Every quoted string of the examples and rule fixtures, and a few
    /// texts with letters that fold into ASCII.
    fn clause_texts() -> Vec<String> {
        let quoted = regex::Regex::new(r#""([^"\\]|\\.)*""#).unwrap();
        let mut texts = vec![
            "The licence renews automatically".to_string(),
            "the licence renews automatically, unless".to_string(),
            "auto\u{17F} renewal; ſhall be renewed automatically".to_string(),
            "\u{212A}ept for any other purpose".to_string(),
        ];
        for dir in ["examples", "rules/fixtures", "tests/findings"] {
            for entry in walk(std::path::Path::new(dir)) {
                let text = std::fs::read_to_string(entry).unwrap_or_default();
                texts.extend(
                    quoted
                        .find_iter(&text)
                        .map(|m| m.as_str().trim_matches('"').to_string()),
                );
            }
        }
        texts
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else if path.extension().is_some_and(|e| e == "dsl") {
                out.push(path);
            }
        }
        out
    }

    #[test]
    fn the_screen_never_hides_a_match() {
        let p = builtin_patterns();
        let texts = clause_texts();
        assert!(texts.len() > 200, "{} texts", texts.len());
        let mut matched = 0;
        for text in &texts {
            let screened = p.screen(text);
            for name in p.names() {
                let list = p.get(name).unwrap();
                let everything = p.find_screened(list, text, &Screened::EVERYTHING);
                assert_eq!(
                    p.find_screened(list, text, &screened),
                    everything,
                    "{name} on {text:?}"
                );
                matched += usize::from(everything.is_some());
            }
        }
        assert!(
            matched > 50,
            "only {matched} matches: the texts test little"
        );
    }

    /// The automaton a large check screens with finds what the one every
    /// run builds finds, on every clause text of the tests, the examples
    /// and the statute corpus.
    #[test]
    fn the_fast_screen_screens_alike() {
        let plain = builtin_patterns();
        let fast = builtin_patterns();
        fast.prepare_fast_screen();
        let words = |p: &Patterns| {
            p.screen
                .get()
                .and_then(|s| s.words.as_ref())
                .is_some_and(|w| w.fast.get().is_some_and(Option::is_some))
        };
        assert!(words(&fast) && !words(&plain));
        let texts = clause_texts();
        let mut screened_in = 0;
        for text in texts
            .iter()
            .map(String::as_str)
            .chain(["", "ſ", "EVERGREEN 自动续期"])
        {
            let screened = fast.screen(text);
            assert_eq!(screened, plain.screen(text), "{text:?}");
            screened_in += usize::from(screened != Screened::NOTHING);
        }
        assert!(screened_in > 100, "only {screened_in} texts screened in");
    }

    /// The regexes of a list, compiled and run one by one, report the
    /// match their alternation would: on every clause text of the tests,
    /// the examples and the statute corpus, from every character on.
    #[test]
    fn the_regexes_one_by_one_find_what_their_alternation_finds() {
        let p = builtin_patterns();
        let texts = clause_texts();
        let mut compared = 0;
        for name in p.names() {
            let list = p.get(name).unwrap();
            if list.regexes.is_empty() {
                continue;
            }
            let joined: Vec<String> = (list.regexes.iter())
                .map(|r| format!("(?:{})", r.source))
                .collect();
            // The `regex` crate's own build: the reference for ours.
            let alternation = RegexBuilder::new(&joined.join("|"))
                .case_insensitive(true)
                .build()
                .expect("compiles");
            for text in &texts {
                let screened = p.screen(text);
                for (from, _) in text.char_indices().step_by(7) {
                    let one_by_one = (list.candidates(text, &screened))
                        .filter_map(|r| r.find_at(text, from))
                        .reduce(|best, m| if m.start < best.start { m } else { best });
                    let expected = alternation.find_at(text, from).map(|m| m.range());
                    assert_eq!(one_by_one, expected, "{name} on {text:?} from {from}");
                    compared += usize::from(expected.is_some());
                }
            }
        }
        assert!(compared > 100, "only {compared} matches compared");
    }

    /// A regex finds the same with and without its prefilter, and takes
    /// the prefilter for a long text only.
    #[test]
    fn a_regex_matches_alike_with_and_without_its_prefilter() {
        let p = builtin_patterns();
        let texts = clause_texts();
        let mut compared = 0;
        for name in p.names() {
            for regex in &p.get(name).unwrap().regexes {
                let plain = compile(&regex.source, false).expect("compiles");
                let prefiltered = compile(&regex.source, true).expect("compiles");
                for text in &texts {
                    for (from, _) in text.char_indices().step_by(11) {
                        let input = Input::new(text.as_str()).span(from..text.len());
                        let found = plain.search(&input).map(|m| m.range());
                        assert_eq!(
                            found,
                            prefiltered.search(&input).map(|m| m.range()),
                            "{name} {} on {text:?} from {from}",
                            regex.source
                        );
                        compared += usize::from(found.is_some());
                    }
                }
            }
        }
        assert!(compared > 100, "only {compared} matches compared");

        let p = patterns(&[("RENEW", "regexes = ['renews?\\s+automatically']")]);
        let regex = &p.get("RENEW").unwrap().regexes[0];
        let short = "It renews automatically. ";
        assert_eq!(regex.find_at(short, 0), Some(3..23));
        assert!(regex.compiled.get().is_some() && regex.prefiltered.get().is_none());
        let long = short.repeat(LONG_TEXT / short.len() + 1);
        assert_eq!(regex.find_at(&long, 4), Some(28..48));
        assert!(regex.prefiltered.get().is_some());
        // The end of a long text is short.
        let from = long.len() - 2 * short.len();
        assert_eq!(regex.find_at(&long, from), Some(from + 3..from + 23));
    }

    #[test]
    fn the_screen_leaves_out_lists_whose_words_are_absent() {
        let p = patterns(&[
            (
                "RENEW",
                "phrases = ['evergreen']\nregexes = ['renews?\\s+automatically']",
            ),
            ("OPEN", "regexes = ['any (other )?purpose']"),
            ("ANY", "regexes = ['\\w+\\s\\w+']"),
            ("KEY", "regexes = ['secret\\s+key']"),
        ]);
        let get = |name| p.get(name).unwrap();
        let screened = p.screen("for any purpose");
        assert_eq!(
            p.find_screened(get("OPEN"), "for any purpose", &screened),
            Some(4..15)
        );
        let mask = screened.lists;
        assert_eq!(mask & phrase_bit(get("RENEW").index), 0);
        assert_eq!(mask & regex_bit(get("RENEW").index), 0);
        // A regex without required literals may match anything.
        assert_ne!(mask & regex_bit(get("ANY").index), 0);
        // ſ and the Kelvin sign match s and k without the ASCII literal.
        let folded = "\u{17F}ecret \u{212A}ey";
        assert_eq!(
            p.find_screened(get("KEY"), folded, &p.screen(folded)),
            Some(0..13)
        );
        // A list beyond the mask's width is always screened in.
        let mut many = Patterns::default();
        for i in 0..SCREENED_LISTS + 2 {
            many.load(&format!("L{i}"), "phrases = ['needle']", FileId(0))
                .unwrap();
        }
        let last = many.get(&format!("L{}", SCREENED_LISTS + 1)).unwrap();
        assert_eq!(
            many.find_screened(last, "a needle", &Screened::NOTHING),
            Some(2..8)
        );
        assert_eq!(many.find(last, "a needle"), Some(2..8));
        assert_eq!(many.find(many.get("L0").unwrap(), "a pin"), None);
    }

    /// The screen tells which of a list's regexes a text may match: the
    /// one whose literal it holds and the one without literals, not the
    /// one whose literal is absent.
    #[test]
    fn the_screen_leaves_out_regexes_whose_literals_are_absent() {
        let p = patterns(&[(
            "TERMS",
            "regexes = ['renews?\\s+automatically', 'exclusive\\s+right', '\\d+\\s+\\w+']",
        )]);
        let list = p.get("TERMS").unwrap();
        let text = "the grant renews automatically";
        let screened = p.screen(text);
        assert_eq!(screened.regexes[list.index], 0b101);
        let candidates: Vec<&str> = (list.candidates(text, &screened))
            .map(|r| r.source.as_str())
            .collect();
        assert_eq!(candidates.len(), 2, "{candidates:?}");
        assert_eq!(p.find_screened(list, text, &screened), Some(10..30));
        // The screen looks for a literal's first bytes only: a text that
        // holds them lets the regex in, and the regex decides.
        let near = p.screen("an exclusive_r");
        assert_eq!(near.regexes[list.index], 0b110);
        assert_eq!(p.find(list, "an exclusive_r"), None);
    }

    #[test]
    fn a_regex_too_large_to_compile_is_an_error_not_a_panic() {
        let p = patterns(&[("HUGE", "regexes = ['(?:\\w{50}){50}']")]);
        let list = p.get("HUGE").unwrap();
        let error = p.check_compiles("HUGE", FileId(0)).unwrap_err();
        assert_eq!(error.code(), "R008");
        assert_eq!(p.find(list, "word"), None);
    }

    #[test]
    fn letters_that_fold_into_ascii_still_match() {
        // Under Unicode case folding ſ is s and the Kelvin sign is k; the
        // literal check must not skip the regex for them.
        let p = patterns(&[("SOLE", "regexes = ['sole operators?']")]);
        let list = p.get("SOLE").unwrap();
        assert!(p.find(list, "the ſole operator").is_some());
    }

    #[test]
    fn many_rejected_matches_of_one_kind_keep_the_other_kind_in_view() {
        let p = patterns(&[(
            "PARTY",
            "phrases = [\"party manages data\"]\nregexes = ['party leadership']\nreject_before = [\"either\"]",
        )]);
        let party = p.get("PARTY").unwrap();
        // Thousands of regex matches the guard rejects, then a phrase, then a regex match.
        let rejected = "Either party leadership. ".repeat(4000);
        let text = format!("{rejected}The party manages data. {rejected}The party leadership.");
        let phrase = rejected.len() + "The ".len();
        assert_eq!(
            p.find(party, &text),
            Some(phrase..phrase + "party manages data".len())
        );
        let text = format!("{rejected}The party leadership.");
        assert_eq!(
            p.find(party, &text).map(|r| r.start),
            Some(rejected.len() + "The ".len())
        );
        assert_eq!(p.find(party, &rejected), None);
    }

    #[test]
    fn bad_regex_is_reported() {
        let mut p = Patterns::default();
        let err = p
            .load("X", "regexes = ['(unclosed']", FileId(0))
            .unwrap_err();
        assert_eq!(err.code(), "R008");
        assert_eq!(err.span, Span::new(12, 21));
    }

    #[test]
    fn word_boundaries_become_ascii() {
        assert_eq!(
            literals::ascii_word_boundaries(r"\bparty\b\\b\d"),
            r"(?-u:\b)party(?-u:\b)\\b\d"
        );
        let p = patterns(&[("W", r"regexes = ['\bno\b']")]);
        let w = p.get("W").unwrap();
        assert!(p.find(w, "there is no way").is_some());
        assert!(p.find(w, "nothing").is_none());
    }
}
