//! Keyword and regex sets compiled for matching: all keyword sets in one automaton (one
//! pass per text field), each regex set in one `RegexSet`.
//!
//! Two automata sit behind [`KeywordMatcher`]: a character-wise double-array automaton
//! (`daachorse`), used by default because it walks CJK text a character at a time, and the
//! byte-wise `aho-corasick` DFA. `benches/engine.rs` measures both on the shipped keywords;
//! the README has the figures.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use daachorse::CharwiseDoubleArrayAhoCorasick;
use regex::{Regex, RegexSet};

use super::text::{normalize_into, normalize_text};

/// One keyword occurrence in a normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeywordHit {
    /// Which set.
    pub set: u32,
    /// Which term of the automaton.
    pub pattern: u32,
    /// Byte range in the normalised text.
    pub start: u32,
    /// End of the byte range.
    pub end: u32,
}

/// Which automaton implementation scans text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Backend {
    /// `daachorse`'s character-wise double-array automaton.
    #[default]
    Daachorse,
    /// `aho-corasick`'s DFA.
    AhoCorasick,
}

#[derive(Clone)]
enum Automaton {
    Daachorse(CharwiseDoubleArrayAhoCorasick<u32>),
    AhoCorasick(AhoCorasick),
}

impl std::fmt::Debug for Automaton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Automaton::Daachorse(_) => f.write_str("Daachorse"),
            Automaton::AhoCorasick(_) => f.write_str("AhoCorasick"),
        }
    }
}

/// Every keyword set, compiled together.
#[derive(Clone, Debug)]
pub struct KeywordMatcher {
    automaton: Option<Automaton>,
    /// For each automaton pattern, the sets it belongs to.
    pattern_sets: Vec<Vec<u32>>,
    /// For each pattern: whether it starts / ends with an ASCII letter or digit, in which case
    /// the match must not continue a Latin word (`bzj` must not match inside `abzjx`).
    ascii_edges: Vec<(bool, bool)>,
    /// The normalised patterns, for the reference evaluator and diagnostics.
    pub patterns: Vec<String>,
}

impl KeywordMatcher {
    /// Builds the default automaton from `(set index, normalised term)` pairs.
    pub fn build(terms: &[(u32, String)]) -> Result<KeywordMatcher, String> {
        KeywordMatcher::build_with(terms, Backend::default())
    }

    /// Builds the automaton with a chosen backend.
    pub fn build_with(terms: &[(u32, String)], backend: Backend) -> Result<KeywordMatcher, String> {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_sets: Vec<Vec<u32>> = Vec::new();
        let mut index = std::collections::HashMap::<&str, usize>::new();
        for (set, term) in terms {
            let id = *index.entry(term.as_str()).or_insert_with(|| {
                patterns.push(term.clone());
                pattern_sets.push(Vec::new());
                patterns.len() - 1
            });
            if !pattern_sets[id].contains(set) {
                pattern_sets[id].push(*set);
            }
        }
        let ascii_edges = patterns
            .iter()
            .map(|p| {
                let first = p.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
                let last = p.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
                (first, last)
            })
            .collect();
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(match backend {
                Backend::Daachorse => Automaton::Daachorse(
                    CharwiseDoubleArrayAhoCorasick::with_values(
                        patterns.iter().enumerate().map(|(i, p)| (p.as_str(), i as u32)),
                    )
                    .map_err(|e| e.to_string())?,
                ),
                Backend::AhoCorasick => Automaton::AhoCorasick(
                    AhoCorasickBuilder::new()
                        .match_kind(MatchKind::Standard)
                        .kind(Some(AhoCorasickKind::DFA))
                        .build(&patterns)
                        .or_else(|_| AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&patterns))
                        .map_err(|e| e.to_string())?,
                ),
            })
        };
        Ok(KeywordMatcher { automaton, pattern_sets, ascii_edges, patterns })
    }

    /// Normalises `original` and finds every keyword in it, in one pass where the automaton
    /// allows it. Returns the normalised text and the hits (byte ranges into it).
    pub fn normalize_and_scan(&self, original: &str) -> (String, Vec<KeywordHit>) {
        let Some(Automaton::Daachorse(automaton)) = &self.automaton else {
            let text = normalize_text(original);
            let hits = self.scan(&text);
            return (text, hits);
        };
        let mut stepper = automaton.find_overlapping_stepper();
        let mut raw: Vec<(u32, usize, usize)> = Vec::new();
        let text = normalize_into(original, |c| {
            stepper.consume(c);
            for m in stepper.matches() {
                raw.push((m.value(), m.start(), m.end()));
            }
        });
        let mut hits = Vec::with_capacity(raw.len());
        for (pattern, start, end) in raw {
            self.push_hit(&mut hits, text.as_bytes(), pattern as usize, start, end);
        }
        (text, hits)
    }

    /// Records a match unless it continues a Latin word, once per set its pattern belongs to.
    fn push_hit(&self, hits: &mut Vec<KeywordHit>, bytes: &[u8], pattern: usize, start: usize, end: usize) {
        let (ascii_start, ascii_end) = self.ascii_edges[pattern];
        if ascii_start && start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            return;
        }
        if ascii_end && bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            return;
        }
        for set in &self.pattern_sets[pattern] {
            hits.push(KeywordHit { set: *set, pattern: pattern as u32, start: start as u32, end: end as u32 });
        }
    }

    /// Every keyword occurrence in `text`, overlapping ones included.
    pub fn scan(&self, text: &str) -> Vec<KeywordHit> {
        let mut hits = Vec::new();
        let bytes = text.as_bytes();
        let mut push = |pattern: usize, start: usize, end: usize| self.push_hit(&mut hits, bytes, pattern, start, end);
        match &self.automaton {
            None => {}
            Some(Automaton::Daachorse(automaton)) => {
                for m in automaton.find_overlapping_iter(text) {
                    push(m.value() as usize, m.start(), m.end());
                }
            }
            Some(Automaton::AhoCorasick(automaton)) => {
                for m in automaton.find_overlapping_iter(text) {
                    push(m.pattern().as_usize(), m.start(), m.end());
                }
            }
        }
        hits
    }
}

/// `pattern` with every `\b` and `\B` made an ASCII word boundary (`(?-u:\b)`), as an English
/// keyword's whole-word rule is: a Unicode boundary would treat the Chinese around an English word
/// as part of it, and would keep the regex off its fast automaton on Chinese text (where it falls
/// back to the PikeVM: on 2026-11-30 that took 40 % of the instructions of a payment's screening).
pub fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(b @ ('b' | 'B')) => {
                out.push_str("(?-u:\\");
                out.push(b);
                out.push(')');
            }
            // Any other escape, `\\` included, is kept whole, so the next character is not read
            // as the start of one.
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A regex set: one `RegexSet` to test, plus the individual regexes to locate evidence.
#[derive(Clone, Debug)]
pub struct RegexGroup {
    set: RegexSet,
    each: Vec<Regex>,
}

impl RegexGroup {
    /// Compiles `patterns` with a size limit per pattern.
    pub fn build(patterns: &[String], size_limit: usize) -> Result<RegexGroup, (usize, String)> {
        let mut each = Vec::with_capacity(patterns.len());
        for (i, p) in patterns.iter().enumerate() {
            let regex = regex::RegexBuilder::new(p)
                .size_limit(size_limit)
                .nest_limit(64)
                .build()
                .map_err(|e| (i, e.to_string()))?;
            each.push(regex);
        }
        let set =
            regex::RegexSetBuilder::new(patterns).size_limit(size_limit).build().map_err(|e| (0, e.to_string()))?;
        Ok(RegexGroup { set, each })
    }

    /// Whether any pattern matches. A single regex is asked directly: its literal prefilters
    /// are faster than the set's.
    pub fn is_match(&self, text: &str) -> bool {
        match self.each.as_slice() {
            [only] => only.is_match(text),
            _ => self.set.is_match(text),
        }
    }

    /// The first match of the first matching pattern, as a byte range.
    pub fn locate(&self, text: &str) -> Option<(usize, usize)> {
        self.set.matches(text).iter().filter_map(|i| self.each[i].find(text)).map(|m| (m.start(), m.end())).min()
    }
}

/// Normalises a keyword term the same way as the text it is looked for in.
pub fn normalize_term(term: &str) -> String {
    normalize_text(term)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_become_ascii_and_other_escapes_are_kept() {
        assert_eq!(ascii_word_boundaries(r"\bsent\b"), r"(?-u:\b)sent(?-u:\b)");
        assert_eq!(ascii_word_boundaries(r"\Bx"), r"(?-u:\B)x");
        // An escaped backslash followed by `b` is a literal backslash and a `b`.
        assert_eq!(ascii_word_boundaries(r"a\\b"), r"a\\b");
        assert_eq!(ascii_word_boundaries(r"\d+[^。\n]"), r"\d+[^。\n]");
    }

    #[test]
    fn an_english_word_next_to_chinese_is_a_whole_word() {
        let group =
            RegexGroup::build(&[ascii_word_boundaries(r"\bsent\b")], 1 << 20).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(group.is_match("财务sent多了"));
        assert!(!group.is_match("财务resent多了"));
    }
}
