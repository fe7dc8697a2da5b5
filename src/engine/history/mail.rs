//! The e-mail domains a tenant has dealt with, for the look-alike domain test.

use std::collections::HashMap;

use jiff::Timestamp;

use crate::domain::mail_domain::{MIN_FUZZY_SKELETON, skeleton, skeletons_look_alike};

/// Organisation domains ([`crate::domain::mail_domain::organisation_part`]) by when first seen,
/// and by their skeleton and its one-character deletions: two skeletons one edit apart share a
/// key, so a look-up costs a probe per character, not a scan over every known domain.
#[derive(Default, Debug)]
pub(super) struct MailDomainIndex {
    /// Organisation domain → first seen.
    known: HashMap<String, Timestamp>,
    /// Skeleton, or skeleton with one character deleted → organisation domains.
    by_skeleton: HashMap<String, Vec<String>>,
}

impl MailDomainIndex {
    pub(super) fn add(&mut self, domain: &str, at: Timestamp) {
        if let Some(first) = self.known.get_mut(domain) {
            *first = (*first).min(at);
            return;
        }
        self.known.insert(domain.to_owned(), at);
        // Filed under every probe key (the closure never stops the walk).
        any_probe(&skeleton(domain), |key| {
            self.by_skeleton.entry(key.to_owned()).or_default().push(domain.to_owned());
            false
        });
    }

    /// Whether `domain`, not seen before `t`, looks like one that was.
    pub(super) fn lookalike(&self, domain: &str, t: Timestamp) -> bool {
        if self.by_skeleton.is_empty() || self.known_before(domain, t) {
            return false;
        }
        let skeleton = skeleton(domain);
        let near = |key: &str| {
            self.by_skeleton.get(key).is_some_and(|candidates| {
                candidates.iter().any(|known| {
                    known != domain
                        && self.known_before(known, t)
                        && skeletons_look_alike(&skeleton, &self::skeleton(known))
                })
            })
        };
        any_probe(&skeleton, near)
    }

    fn known_before(&self, domain: &str, t: Timestamp) -> bool {
        self.known.get(domain).is_some_and(|first| *first < t)
    }
}

/// Calls `f` with each key a skeleton is filed and looked up under, until it returns true: the
/// skeleton itself and, when long enough for one edit to count, each of its one-character
/// deletions (skeletons are ASCII: their length in bytes is their length in characters).
fn any_probe(skeleton: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    f(skeleton) || (skeleton.len() >= MIN_FUZZY_SKELETON && super::any_one_deletion(skeleton, f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_domain_one_edit_from_a_known_one_looks_alike_and_the_known_one_does_not() {
        let (before, later) =
            ("2026-08-01T10:00:00+08:00".parse().unwrap(), "2026-10-01T10:00:00+08:00".parse().unwrap());
        let mut index = MailDomainIndex::default();
        index.add("jemistrade.kz", before);
        index.add("hongda-pcb.com", before);
        assert!(index.lookalike("jemis-trade.kz", later));
        assert!(index.lookalike("hongda-pbc.com", later));
        assert!(index.lookalike("hongdapcb.com.cn", later), "another ending");
        assert!(!index.lookalike("jemistrade.kz", later), "the domain itself");
        assert!(!index.lookalike("jemis-trade.kz", before), "only what was known before");
        assert!(!index.lookalike("bereke-azyk.kz", later));
        // A look-alike that has itself been dealt with before is a known domain.
        index.add("jemis-trade.kz", before);
        assert!(!index.lookalike("jemis-trade.kz", later));
    }
}
