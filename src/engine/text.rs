//! Chinese-aware text normalisation, with a map back to the original text.
//!
//! Every text a rule looks at, and every keyword it looks for, goes through [`normalize`]:
//!
//! 1. zero-width and format characters are removed;
//! 2. NFKC folds full-width and compatibility forms (`ｂｚｊ` → `bzj`, `１８万` → `18万`);
//! 3. case is folded;
//! 4. traditional characters fold to simplified with OpenCC's `t2s` dictionaries (`保證金` → `保证金`),
//!    then the variant characters of TYPOLOGIES.md §3 step 4 fold too (`帐` → `账`, `証` → `证`),
//!    so `转帐`, `帳戶` and `转账` all read the same;
//! 5. whitespace, symbols and punctuation *between* CJK characters are removed
//!    (`保 证 金`, `保-证-金`, `保*证*金`, `保💰证金` → `保证金`), except sentence and list
//!    boundaries (`。 ! ? ; :`, commas and line breaks), so that two sentences or two listed
//!    words do not run into a false keyword.
//!
//! Each byte of the normalised text maps back to the index (in Unicode scalar values) of the
//! original character it came from, so evidence quotes the original text.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use crate::domain::entity::is_cjk;

/// A normalised text and its map back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NormalizedText {
    /// The normalised text that keywords and regexes run over.
    pub text: String,
    /// For each character of `text`, the original character index it came from.
    origin: Vec<u32>,
}

impl NormalizedText {
    /// The original character range `[start, end)` of the normalised byte range `[start, end)`.
    /// Counting characters here, only for evidence, keeps normalisation itself cheap.
    pub fn original_range(&self, start: usize, end: usize) -> [usize; 2] {
        let char_start = self.text.get(..start).map_or(0, |t| t.chars().count());
        let char_end = self.text.get(..end).map_or(char_start, |t| t.chars().count());
        let first = self.origin.get(char_start).copied().unwrap_or(0) as usize;
        let last = char_end.checked_sub(1).and_then(|i| self.origin.get(i)).map_or(first, |&i| i as usize + 1);
        [first, last.max(first)]
    }
}

/// Normalises `original` for matching.
pub fn normalize(original: &str) -> NormalizedText {
    run::<true>(original)
}

/// Normalises `original` without the map back to it: what matching needs, on the hot path.
/// The map is rebuilt with [`normalize`] only when a match becomes evidence.
///
/// Same output as `normalize(original).text` (a property test holds them together), but
/// characters that come through unchanged are copied in runs rather than one at a time.
pub fn normalize_text(original: &str) -> String {
    normalize_into(original, |_| {})
}

/// [`normalize_text`], handing every character of the result to `sink` as it is produced, so
/// that a matcher can run in the same pass.
pub fn normalize_into(original: &str, mut sink: impl FnMut(char)) -> String {
    let table = t2s_table();
    let mut out = String::with_capacity(original.len());
    // Byte offset in `original` where the current run of unchanged characters starts.
    let mut run_start = 0;
    let mut pending: Vec<char> = Vec::new();
    let mut last: Option<char> = None;
    for (at, c) in original.char_indices() {
        let code = c as u32;
        // The common cases: a character that normalises to itself and is not a separator.
        let unchanged = if c.is_ascii() {
            !c.is_ascii_uppercase() && !is_separator(c)
        } else if (0x4E00..0xA000).contains(&code) {
            table.lookup(c).is_none() && fold_variant(c) == c
        } else {
            false
        };
        if unchanged && pending.is_empty() {
            // INVARIANT: with nothing pending, an unchanged character is emitted as it is; the
            // run is copied into `out` before anything else is emitted.
            sink(c);
            last = Some(c);
            continue;
        }
        out.push_str(&original[run_start..at]);
        run_start = at + c.len_utf8();
        if unchanged {
            emit(&mut out, &mut pending, &mut last, &mut sink, c);
            continue;
        }
        for_each_folded(c, table, |folded| emit(&mut out, &mut pending, &mut last, &mut sink, folded));
    }
    out.push_str(&original[run_start..]);
    for c in pending {
        sink(c);
        out.push(c);
    }
    out
}

/// Emits one folded character: holds separators back until the next word character shows
/// whether they sit between two words.
#[inline(always)]
fn emit(out: &mut String, pending: &mut Vec<char>, last: &mut Option<char>, sink: &mut impl FnMut(char), c: char) {
    if is_separator(c) {
        pending.push(c);
        return;
    }
    if !pending.is_empty() {
        let joins_words = last.is_some_and(|b| (is_cjk(b) || is_cjk(c)) && is_word_char(b) && is_word_char(c));
        if !joins_words {
            for p in pending.iter() {
                sink(*p);
                out.push(*p);
            }
        }
        pending.clear();
    }
    sink(c);
    out.push(c);
    *last = Some(c);
}

/// The folded form of one original character: zero, one or several characters.
#[inline(always)]
fn for_each_folded(c: char, table: &T2sTable, mut f: impl FnMut(char)) {
    let code = c as u32;
    if c.is_ascii() {
        f(c.to_ascii_lowercase());
    } else if (0x4E00..0xA000).contains(&code) {
        f(fold_variant(table.lookup(c).unwrap_or(c)));
    } else if (0xFF01..=0xFF5E).contains(&code) {
        f(char::from_u32(code - 0xFEE0).unwrap_or(c).to_ascii_lowercase());
    } else if (0x3001..0x3040).contains(&code) || (0x2010..0x2028).contains(&code) {
        f(c);
    } else if !is_invisible(c) {
        for n in std::iter::once(c).nfkc() {
            if !is_invisible(n) {
                for lower in n.to_lowercase() {
                    f(table.lookup(lower).unwrap_or(lower));
                }
            }
        }
    }
}

fn run<const TRACK: bool>(original: &str) -> NormalizedText {
    let mut out = Normalizer::<TRACK> {
        out: NormalizedText {
            text: String::with_capacity(original.len()),
            origin: if TRACK { Vec::with_capacity(original.len()) } else { Vec::new() },
        },
        pending: Vec::new(),
        last: None,
    };
    let table = t2s_table();
    for (index, c) in original.chars().enumerate() {
        let index = index as u32;
        for_each_folded(c, table, |folded| out.feed(folded, index));
    }
    out.finish()
}

/// The streaming second half of [`normalize`]: separator runs are held back until the next
/// word character shows whether they sit between two words (and are dropped) or not.
struct Normalizer<const TRACK: bool> {
    out: NormalizedText,
    /// Separators seen since the last emitted character.
    pending: Vec<(char, u32)>,
    /// The last emitted character.
    last: Option<char>,
}

impl<const TRACK: bool> Normalizer<TRACK> {
    #[inline(always)]
    fn feed(&mut self, c: char, origin: u32) {
        if is_separator(c) {
            self.pending.push((c, origin));
            return;
        }
        if !self.pending.is_empty() {
            let joins_words = self.last.is_some_and(|b| (is_cjk(b) || is_cjk(c)) && is_word_char(b) && is_word_char(c));
            if !joins_words {
                for (p, o) in std::mem::take(&mut self.pending) {
                    push_char::<TRACK>(&mut self.out, p, o);
                }
            }
            self.pending.clear();
        }
        push_char::<TRACK>(&mut self.out, c, origin);
        self.last = Some(c);
    }

    fn finish(mut self) -> NormalizedText {
        for (p, o) in std::mem::take(&mut self.pending) {
            push_char::<TRACK>(&mut self.out, p, o);
        }
        self.out
    }
}

#[inline(always)]
fn push_char<const TRACK: bool>(out: &mut NormalizedText, c: char, origin: u32) {
    out.text.push(c);
    if TRACK {
        out.origin.push(origin);
    }
}

/// Variant characters that OpenCC leaves alone because both forms are valid simplified
/// Chinese, but that mean the same in payment text (TYPOLOGIES.md §3 step 4).
#[inline(always)]
fn fold_variant(c: char) -> char {
    match c {
        '帐' => '账',
        '証' => '证',
        '彚' | '彙' => '汇',
        '賬' => '账',
        other => other,
    }
}

/// Zero-width, format and variation-selector characters that render as nothing.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x206A..=0x206F
        | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xE0100..=0xE01EF)
}

/// Characters that split a text into sentences or list items; never removed. Commas are among
/// them because writers put them between words, not inside one: removed, `总经理、财务经理`
/// would read `理财` (no corpus spells a keyword out with commas, while lists of roles and
/// items are everywhere).
fn is_sentence_boundary(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | ':' | ',' | '、' | '\n' | '\r' | '｡' | '､')
}

/// Whitespace, punctuation and symbols (emoji included) that may be inserted to split a word.
#[inline(always)]
fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric() && !is_sentence_boundary(c);
    }
    !is_cjk(c) && !is_sentence_boundary(c) && !c.is_alphanumeric()
}

fn is_word_char(c: char) -> bool {
    is_cjk(c) || c.is_ascii_alphabetic()
}

/// A character-level traditional-to-simplified table built from OpenCC's `t2s` dictionaries.
///
/// Converting character by character keeps the one-to-one map back to the original text;
/// the phrase-level entries of OpenCC that change the number of characters are not needed to
/// find keywords.
struct T2sTable {
    /// One bit per character of the BMP ideograph blocks: set when the character converts.
    /// Most text is already simplified, so the common case reads only this small bitmap.
    converts: Vec<u64>,
    /// The conversions inside the dense range.
    dense: HashMap<char, char>,
    /// Conversions outside the dense range.
    sparse: HashMap<char, char>,
}

const DENSE_START: u32 = 0x3400;
const DENSE_END: u32 = 0xA000;

impl T2sTable {
    #[inline(always)]
    fn lookup(&self, c: char) -> Option<char> {
        let code = c as u32;
        if (DENSE_START..DENSE_END).contains(&code) {
            let bit = (code - DENSE_START) as usize;
            if self.converts[bit / 64] & (1 << (bit % 64)) == 0 {
                return None;
            }
            self.dense.get(&c).copied()
        } else if (0xF900..0xFB00).contains(&code) || code >= 0x20000 {
            self.sparse.get(&c).copied()
        } else {
            None
        }
    }
}

fn t2s_table() -> &'static T2sTable {
    static TABLE: OnceLock<T2sTable> = OnceLock::new();
    TABLE.get_or_init(build_t2s_table)
}

fn build_t2s_table() -> T2sTable {
    let mut table = T2sTable {
        converts: vec![0; ((DENSE_END - DENSE_START) as usize).div_ceil(64)],
        dense: HashMap::new(),
        sparse: HashMap::new(),
    };
    // OpenCC's dictionaries are compiled into the binary: no file is read here.
    let Ok(converter) = ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s) else {
        return table;
    };
    let ranges = [(DENSE_START, DENSE_END), (0xF900, 0xFB00), (0x20000, 0x2A6E0)];
    for (start, end) in ranges {
        let chars: Vec<char> = (start..end).filter_map(char::from_u32).collect();
        // One conversion call per block; the line breaks keep phrases from forming.
        let joined: String = chars.iter().flat_map(|c| [*c, '\n']).collect();
        let converted = converter.convert(&joined);
        let lines: Vec<&str> = converted.split('\n').collect();
        if lines.len() < chars.len() {
            continue;
        }
        for (original, line) in chars.iter().zip(lines) {
            let mut out = line.chars();
            if let (Some(simplified), None) = (out.next(), out.next()) {
                if simplified != *original {
                    let code = *original as u32;
                    if (DENSE_START..DENSE_END).contains(&code) {
                        let bit = (code - DENSE_START) as usize;
                        table.converts[bit / 64] |= 1 << (bit % 64);
                        table.dense.insert(*original, simplified);
                    } else {
                        table.sparse.insert(*original, simplified);
                    }
                }
            }
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> String {
        normalize(text).text
    }

    #[test]
    fn separators_between_cjk_are_removed() {
        for variant in ["保 证 金", "保-证-金", "保*证*金", "保.证.金", "保💰证金", "保\u{200B}证金", "保　证　金"]
        {
            assert_eq!(norm(variant), "保证金", "{variant}");
        }
    }

    #[test]
    fn sentence_boundaries_stay() {
        assert_eq!(norm("已担保。金额五万"), "已担保。金额五万");
        assert_eq!(norm("总经理、财务经理已审批"), "总经理、财务经理已审批");
        assert_eq!(norm("总经理，财务经理"), "总经理,财务经理");
    }

    #[test]
    fn full_width_and_case_fold() {
        assert_eq!(norm("ＢＺＪ１８万"), "bzj18万");
        assert_eq!(norm("ＱＱ群"), "qq群");
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(norm("保證金"), "保证金");
        assert_eq!(norm("轉帳到帳戶"), "转账到账户");
        assert_eq!(norm("转帐"), "转账");
        assert_eq!(norm("驗資凍結"), "验资冻结");
    }

    #[test]
    fn mixed_script_spacing_folds() {
        assert_eq!(norm("bao 证 金"), "bao证金");
    }

    #[test]
    fn evidence_maps_back_to_the_original() {
        let original = "请先交保 证 金五千";
        let normalized = normalize(original);
        let start = normalized.text.find("保证金").unwrap_or_default();
        let range = normalized.original_range(start, start + "保证金".len());
        let quoted: String = original.chars().skip(range[0]).take(range[1] - range[0]).collect();
        assert_eq!(quoted, "保 证 金");
    }

    #[test]
    fn normalisation_is_idempotent_on_examples() {
        for text in ["保 證 金 ＢＺＪ", "Ａ-B 轉-帳", "買買提·艾力", "\u{200B}x\u{FEFF}"] {
            let once = norm(text);
            assert_eq!(norm(&once), once, "{text}");
        }
    }
}
