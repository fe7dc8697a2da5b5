//! Whom a refund says it goes back to, when that is a foreign organisation. A refund slip names
//! the party that overpaid (`退回Anadolu Enerji样品订单多付款`); when the payee is another party, the
//! refund is going somewhere the money did not come from (TYPOLOGIES.md H3), as when a hijacked
//! e-mail thread redirects a foreign customer's refund.
//!
//! Only a Latin name of capitalised words right after a refund verb is read, and it is compared
//! with a Latin payee by its first word (`Pannonia Cell PO …` and `PANNONIA CELL KFT.` are one
//! party). Chinese names are not read: a slip gives a company's short name
//! (`恒康人寿湖南分公司` for `恒康人寿保险股份有限公司湖南分公司`) and often in traditional
//! characters, and one company's two names cannot be told from two companies by their letters; a
//! Latin name is not compared with a Chinese payee for the same reason.

/// Verbs after which a refund names its recipient.
const VERBS: [&str; 5] = ["退还", "退回", "返还", "退给", "退款给"];

/// The foreign organisations `text` says a refund goes back to.
pub fn refund_parties(text: &str) -> Vec<&str> {
    let mut parties = Vec::new();
    let mut rest = text;
    while let Some((at, verb)) = VERBS.iter().filter_map(|v| rest.find(v).map(|at| (at, *v))).min_by_key(|(at, _)| *at)
    {
        let after = &rest[at + verb.len()..];
        if let Some(name) = latin_organisation(after) {
            parties.push(name);
        }
        rest = after;
    }
    parties
}

/// A Latin organisation's name opening `text`: capitalised words (the first with a lower-case
/// letter, so that `USD` or `FZE` alone is not a name), up to the first other character.
fn latin_organisation(text: &str) -> Option<&str> {
    let text = text.trim_start_matches(' ');
    let end = text
        .find(|c: char| !(c.is_ascii_alphabetic() || matches!(c, ' ' | '&' | '.' | ',' | '-')))
        .unwrap_or(text.len());
    let candidate = &text[..end];
    let (mut name_end, mut offset) = (0, 0);
    for word in candidate.split(' ') {
        let core = word.trim_end_matches(['.', ',', '-']);
        if core.len() < 2 || !core.starts_with(|c: char| c.is_ascii_uppercase()) {
            break;
        }
        name_end = offset + core.len();
        offset += word.len() + 1;
    }
    let name = &candidate[..name_end];
    let first = name.split(' ').next().unwrap_or("");
    (first.chars().any(|c| c.is_ascii_lowercase()) && name.len() >= 5).then_some(name)
}

/// Whether `texts` name the foreign organisation a refund goes back to and the Latin-named
/// `payee` is none of them: `None` when no such organisation is named or the payee's name has no
/// Latin letters.
pub fn payee_is_not_the_refund_party<'t>(texts: impl IntoIterator<Item = &'t str>, payee: &str) -> Option<bool> {
    let payee_word = first_word(payee)?;
    let mut verdict = None;
    for party in texts.into_iter().flat_map(refund_parties) {
        if first_word(party).as_deref() == Some(payee_word.as_str()) {
            return Some(false);
        }
        verdict = Some(true);
    }
    verdict
}

/// The first Latin word of `name` of three letters or more, lower-cased.
fn first_word(name: &str) -> Option<String> {
    name.split(|c: char| !c.is_ascii_alphabetic()).find(|w| w.len() >= 3).map(str::to_ascii_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_foreign_organisation_a_refund_goes_back_to_is_read_after_the_verb() {
        assert_eq!(refund_parties("退回Anadolu Enerji样品订单多付款"), ["Anadolu Enerji"]);
        assert_eq!(refund_parties("原路退回Pannonia Cell PO PC-2026-0529预付款"), ["Pannonia Cell PO PC"]);
        // Chinese names, pointers, accounts and amounts are not read.
        assert!(refund_parties("退还昌吉某某商贸有限公司多付货款").is_empty());
        assert!(refund_parties("退回原付款账户").is_empty());
        assert!(refund_parties("退回USD 73,200.00").is_empty());
    }

    #[test]
    fn a_refund_to_another_party_than_the_named_one_is_told_apart() {
        let memo = "退回Anadolu Enerji样品订单多付款";
        assert_eq!(payee_is_not_the_refund_party([memo], "Zenith Trade FZE"), Some(true));
        assert_eq!(payee_is_not_the_refund_party([memo], "ANADOLU ENERJI DEPOLAMA A.S."), Some(false));
        assert_eq!(
            payee_is_not_the_refund_party(["原路退回Pannonia Cell PO PC-2026-0529"], "Pannonia Cell Kft."),
            Some(false)
        );
        // A Chinese payee cannot be compared with a Latin name.
        assert_eq!(payee_is_not_the_refund_party([memo], "安纳托利亚能源有限公司"), None);
        assert_eq!(payee_is_not_the_refund_party(["货款"], "Zenith Trade FZE"), None);
    }
}
