//! The host code a team would write around CEL or Zen: derive the facts, normalise the texts,
//! run the conditions that apply, and combine the scores into a decision.
//!
//! The facts come from our own `Facts::derive` (counterparty history, time, account checks):
//! a team using another engine would still have to compute them in Rust, and sharing the
//! code keeps the inputs identical. Everything the other engines do per screening is timed:
//! deriving, normalising, building their values, evaluating, deciding.

use fraudscreen::domain::{Action, Kind};
use fraudscreen::engine::RuleSet;
use fraudscreen::engine::features::{Facts, Value};
use fraudscreen::engine::schema::{Applies, F};
use fraudscreen::engine::settings::Settings;
use fraudscreen::engine::text::normalize_text;
use rust_decimal::Decimal;

use crate::rules::RULES;

/// Fields the twenty conditions compare or test for presence, as sent or derived.
pub const PLAIN: &[F] = &[
    F::Amount,
    F::Approvals,
    F::CallbackTrusted,
    F::CustomerContactDiffers,
    F::CustomerId,
    F::CustomerIsNew,
    F::CustomerLookalike,
    F::CustomerOrderCount,
    F::CustomerSizeVsOwn,
    F::CustomerTermsAsBefore,
    F::FeesCount,
    F::FromFreeMail,
    F::InstructionChannel,
    F::InstructionUrgent,
    F::MemoNamesOtherPerson,
    F::MemoPersonsNamed,
    F::OrderSizeRatio,
    F::PayeeAccountChangedAge,
    F::PayeeAccountDiffers,
    F::PayeeAccountType,
    F::PayeeEmployeeCount,
    F::PayeeFirstPaidAge,
    F::PayeeIsNew,
    F::PayeeIsPersonName,
    F::PayeeNameMismatch,
    F::PayeePaymentCount,
    F::PayeeVendorId,
    F::RelatedContractId,
    F::RelatedInvoiceNo,
    F::RelatedOrderId,
    F::RequestedBy,
    F::ThirdPartyRole,
    F::TotalAmount,
];

/// Text fields keyword sets run over (`p.…`).
pub const KEYWORD_TEXT: &[F] = &[
    F::PayeeName,
    F::InstructionText,
    F::InstructionFromName,
    F::InstructionFromContact,
    F::Purpose,
    F::Memo,
    F::Text,
    F::Notes,
    F::PaymentTerms,
    F::CustomerName,
    F::DeliveryAddress,
];

/// Text fields regex sets run over (`n.…`).
pub const REGEX_TEXT: &[F] = &[F::InstructionText, F::Memo, F::Purpose, F::Text, F::PaymentTerms, F::Notes];

/// Objects the variables' dotted names live in; present even when empty, so that CEL's
/// `has(f.verification.callback_trusted)` asks about the field, not its parent.
pub const PARENTS: &[&str] =
    &["payee", "instruction", "verification", "related", "customer", "third_party", "fees", "order", "delivery", "memo"];

/// Fences every run of ASCII letters and digits in keyword texts and terms.
pub const FENCE: char = '\u{1}';

/// A plain field's value, borrowed from the facts.
#[derive(Clone, Copy, Debug)]
pub enum Plain<'a> {
    /// A flag.
    Bool(bool),
    /// A number, a count or a duration in seconds.
    Number(Decimal),
    /// Text as sent.
    Text(&'a str),
}

/// What one screening hands to an engine.
pub struct Input<'a> {
    /// Present plain fields, by index into [`PLAIN`].
    pub plain: Vec<(usize, Plain<'a>)>,
    /// Normalised texts for regex sets, by dotted name; absent when the field is missing.
    pub regex_text: Vec<(&'static str, Option<String>)>,
    /// Normalised and fenced texts for keyword sets, by dotted name; absent when missing.
    pub keyword_text: Vec<(&'static str, Option<String>)>,
}

/// Derives the values the twenty conditions read from one request's facts.
pub fn prepare<'a>(facts: &'a Facts<'_>, kind: Kind, max_chars: usize) -> Input<'a> {
    let plain = PLAIN
        .iter()
        .enumerate()
        .filter_map(|(i, &field)| {
            let value = match facts.get(field) {
                Value::Missing => return None,
                Value::Bool(b) => Plain::Bool(*b),
                Value::Number(n) => Plain::Number(*n),
                Value::Duration(seconds) => Plain::Number(Decimal::from(*seconds)),
                Value::Time(minutes) => Plain::Number(Decimal::from(*minutes)),
                Value::Text(text) => Plain::Text(text.as_ref()),
            };
            Some((i, value))
        })
        .collect();
    // Each text is normalised once, whichever lists need it; the lists then borrow it.
    let members = F::Text.members(kind);
    let needed = REGEX_TEXT.iter().chain(KEYWORD_TEXT).chain(members).filter(|&&f| f != F::Text);
    let mut normalised: Vec<(F, String)> = Vec::with_capacity(12);
    for &field in needed {
        if let Value::Text(text) = facts.get(field)
            && !normalised.iter().any(|(f, _)| *f == field)
        {
            normalised.push((field, normalize_text(truncate(text, max_chars))));
        }
    }
    let text_of = |field: F| normalised.iter().find(|(f, _)| *f == field).map(|(_, t)| t.as_str());
    // The joined `text` keeps its parts apart with a line break, for regexes as for keywords:
    // our engine runs a regex over each part on its own, and the patterns' negated classes
    // (`[^。!?;\n]`) stop at a line break, so no match spans two parts (a NUL did not stop them).
    let joined = |separator: &str| -> Option<String> {
        let parts: Vec<&str> = members.iter().filter_map(|&m| text_of(m)).collect();
        (!parts.is_empty()).then(|| parts.join(separator))
    };
    let regex_text = REGEX_TEXT
        .iter()
        .map(|&field| {
            let text = if field == F::Text { joined("\n") } else { text_of(field).map(str::to_owned) };
            (field.def().name, text)
        })
        .collect();
    let keyword_text = KEYWORD_TEXT
        .iter()
        .map(|&field| {
            let text = if field == F::Text {
                joined("\n").map(|t| fence_ascii_words(&t))
            } else {
                text_of(field).map(fence_ascii_words)
            };
            (field.def().name, text)
        })
        .collect();
    Input { plain, regex_text, keyword_text }
}

/// The first `max_chars` characters, as our engine reads them.
fn truncate(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

/// Puts [`FENCE`] around every run of ASCII letters and digits. A fenced term is found in a
/// fenced text exactly when our engine finds the term with its whole-word rule for English.
pub fn fence_ascii_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_word = false;
    for c in text.chars() {
        let word = c.is_ascii_alphanumeric();
        if word != in_word {
            out.push(FENCE);
            in_word = word;
        }
        out.push(c);
    }
    if in_word {
        out.push(FENCE);
    }
    out
}

/// Every keyword set's terms, normalised, fenced and without repeats.
pub fn keyword_sets(rules: &RuleSet) -> Vec<(String, Vec<String>)> {
    rules
        .keyword_sets
        .iter()
        .map(|(name, terms)| {
            let mut fenced: Vec<String> = terms.iter().map(|t| fence_ascii_words(t)).collect();
            fenced.sort();
            fenced.dedup();
            (name.clone(), fenced)
        })
        .collect()
}

/// Every regex set as one alternation.
pub fn regex_sets(rules: &RuleSet) -> Vec<(String, String)> {
    rules
        .regex_sets
        .iter()
        .map(|(name, _, patterns)| {
            let alternation: Vec<String> = patterns.iter().map(|p| format!("(?:{p})")).collect();
            (name.clone(), alternation.join("|"))
        })
        .collect()
}

/// A rule's score, forced action and scam type, as written in `rules/*.toml`.
#[derive(Clone, Debug)]
pub struct Meta {
    /// Rule id.
    pub id: &'static str,
    /// Scam type, or `common`.
    pub scam_type: String,
    /// Score; negative for a mitigator.
    pub score: i32,
    /// Forced action.
    pub forced: Option<Action>,
    /// Which requests it looks at.
    pub applies: Applies,
}

/// What a screening decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// allow, review or block.
    pub decision: Action,
    /// The combined score.
    pub score: u8,
    /// The rules that fired, sorted.
    pub fired: Vec<String>,
}

/// The settings and rule metadata the other engines' host code needs.
pub struct Host {
    /// Thresholds, calendar and limits.
    pub settings: Settings,
    /// The twenty rules' metadata, in [`RULES`] order.
    pub metas: Vec<Meta>,
}

impl Host {
    /// Reads the twenty rules' metadata from the shipped ruleset.
    pub fn new(rules: &RuleSet) -> Result<Host, String> {
        let metas = RULES
            .iter()
            .map(|t| {
                let rule = rules
                    .rules
                    .iter()
                    .find(|r| &*r.id == t.id)
                    .ok_or_else(|| format!("{} is not a shipped rule", t.id))?;
                Ok(Meta {
                    id: t.id,
                    scam_type: rule.scam_type.to_string(),
                    score: rule.score,
                    forced: rule.forced,
                    applies: rule.applies,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Host { settings: rules.settings.clone(), metas })
    }

    /// Combines the fired rules into a decision the way our engine does (README, "Scoring"):
    /// positive scores summed per scam type and capped at 100, that type's mitigators and the
    /// common ones subtracted, the highest type wins, forced actions override.
    pub fn decide(&self, fired: &[usize]) -> (Action, u8) {
        let metas = || fired.iter().map(|&i| &self.metas[i]);
        let common: i32 = metas().filter(|m| m.scam_type == "common" && m.score < 0).map(|m| m.score).sum();
        let mut types: Vec<(&str, i32, i32)> = Vec::new();
        for m in metas().filter(|m| !(m.scam_type == "common" && m.score < 0)) {
            let at = match types.iter().position(|(t, _, _)| *t == m.scam_type) {
                Some(at) => at,
                None => {
                    types.push((&m.scam_type, 0, 0));
                    types.len() - 1
                }
            };
            if m.score >= 0 { types[at].1 += m.score } else { types[at].2 += m.score }
        }
        let raw = types.iter().map(|(_, pos, neg)| (pos.min(&100) + neg + common).clamp(0, 100)).max().unwrap_or(0);
        let forced = metas().filter_map(|m| m.forced).max();
        let s = &self.settings;
        let score = match forced {
            Some(Action::Block) => raw.max(i32::from(s.forced_block_score)),
            Some(Action::Review) => raw.max(i32::from(s.review_at)),
            _ => raw,
        } as u8;
        let decision = if forced == Some(Action::Block) || score >= s.block_at {
            Action::Block
        } else if forced == Some(Action::Review) || score >= s.review_at {
            Action::Review
        } else {
            Action::Allow
        };
        (decision, score)
    }

    /// The outcome of the rules at `fired` (indices into [`Host::metas`]).
    pub fn outcome(&self, fired: &[usize]) -> Outcome {
        let (decision, score) = self.decide(fired);
        let mut ids: Vec<String> = fired.iter().map(|&i| self.metas[i].id.to_owned()).collect();
        ids.sort();
        Outcome { decision, score, fired: ids }
    }
}
