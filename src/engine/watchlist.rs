//! The watchlist: identifiers of confirmed scammers that later screenings check.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::domain::entity::{normalize_company_name, normalize_person_name};

/// What kind of identifier an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WatchKind {
    /// A bank account number.
    Account,
    /// A phone number.
    Phone,
    /// A person's or company's name.
    Name,
    /// An IM id.
    Im,
    /// An e-mail address.
    Email,
}

/// One watchlist entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WatchEntry {
    /// What it is.
    pub kind: WatchKind,
    /// The identifier as reported.
    pub value: String,
    /// Why it is listed; shown in the evidence of a hit, so it must say nothing another
    /// company may not read (the service writes kind, date and source only).
    #[serde(default)]
    pub note: Option<String>,
}

/// A set of identifiers, folded so that spacing, case and separators do not matter, each with
/// what the evidence of a hit says about its entry.
#[derive(Clone, Debug, Default)]
pub struct Watchlist {
    keys: HashMap<String, Arc<str>>,
}

impl Watchlist {
    /// Builds a watchlist from entries.
    pub fn new(entries: &[WatchEntry]) -> Watchlist {
        let mut keys = HashMap::new();
        for entry in entries {
            let kind =
                serde_json::to_value(entry.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            let about: Arc<str> = Arc::from(entry.note.clone().unwrap_or(kind).as_str());
            for key in fold(&entry.value) {
                keys.entry(key).or_insert_with(|| Arc::clone(&about));
            }
        }
        Watchlist { keys }
    }

    /// Whether `value` is listed, under any kind.
    pub fn contains(&self, value: &str) -> bool {
        !self.keys.is_empty() && fold(value).iter().any(|k| self.keys.contains_key(k))
    }

    /// What the entry `value` matches says about itself, if it is listed.
    pub fn about(&self, value: &str) -> Option<&str> {
        if self.keys.is_empty() {
            return None;
        }
        fold(value).iter().find_map(|k| self.keys.get(k)).map(|a| a.as_ref())
    }

    /// Number of distinct folded identifiers.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// The keys an identifier is filed under: its digits (accounts, phones), and its folded name.
/// Two identifiers match when they share a key.
pub fn fold(value: &str) -> Vec<String> {
    let mut keys = Vec::with_capacity(2);
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 7 && digits.len() * 2 >= value.chars().filter(|c| !c.is_whitespace()).count() {
        keys.push(format!("#{digits}"));
    }
    let name = normalize_company_name(value);
    if !name.is_empty() {
        keys.push(name);
    }
    let person = normalize_person_name(value);
    if !person.is_empty() && !keys.contains(&person) {
        keys.push(person);
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_match_whatever_their_spacing() {
        let list = Watchlist::new(&[
            WatchEntry { kind: WatchKind::Account, value: "6217 0000 1234 5678".into(), note: None },
            WatchEntry { kind: WatchKind::Name, value: "某某商贸有限公司".into(), note: None },
            WatchEntry { kind: WatchKind::Email, value: "Boss.Wang@163.com".into(), note: None },
        ]);
        assert!(list.contains("6217000012345678"));
        assert!(list.contains("某某商贸有限责任公司"));
        assert!(list.contains("boss.wang@163.com"));
        assert!(!list.contains("6217000012345679"));
        assert_eq!(list.about("6217-0000-1234-5678"), Some("account"));
    }
}
