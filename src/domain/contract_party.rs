//! The counterparty a payment request names as the other side of its contract
//! (`合同HC-GC-2026-009（乙方：新疆鼎新环保工程有限公司）`). When the payee is someone else, the
//! money is going to a party the contract does not bind: a "sales company" or a "partner" put in
//! the contractor's place (TYPOLOGIES.md T05, T02).
//!
//! Only a label that names the contract's other side is read (`乙方`, `供方`, `卖方`, `承包方`),
//! followed by an organisation name; `收款单位` names the payee itself and is not read.

use super::entity::normalize_company_name;

/// Labels for the contract's other side, when the company pays.
const LABELS: [&str; 5] = ["合同乙方", "乙方", "供方", "卖方", "承包方"];

/// Characters that end a name after its label.
const ENDS: &str = "）)，,；;。｜|、\n\t （(";

/// Endings that make the text after a label an organisation's name rather than a word.
const ORGANISATION_ENDINGS: [&str; 8] = ["有限公司", "有限责任公司", "公司", "集团", "厂", "合作社", "中心", "研究院"];

/// The organisations `text` names as the contract's other side.
pub fn contract_parties(text: &str) -> Vec<&str> {
    let mut parties = Vec::new();
    if !LABELS.iter().any(|label| text.contains(label)) {
        return parties;
    }
    let mut rest = text;
    while let Some((at, label)) =
        LABELS.iter().filter_map(|l| rest.find(l).map(|at| (at, *l))).min_by_key(|(at, _)| *at)
    {
        let after = rest[at + label.len()..].trim_start_matches([':', '：', ' ', '为', '是']);
        let end = after.find(|c| ENDS.contains(c)).unwrap_or(after.len());
        let name = &after[..end];
        if name.chars().count() >= 4 && ORGANISATION_ENDINGS.iter().any(|e| name.ends_with(e)) {
            parties.push(name);
        }
        rest = &rest[at + label.len()..];
    }
    parties
}

/// Whether `text` names a contract party and `payee` is none of them, however either is spelt.
pub fn payee_is_not_the_named_party(text: &str, payee: &str) -> bool {
    let parties = contract_parties(text);
    if parties.is_empty() {
        return false;
    }
    let payee = normalize_company_name(payee);
    !parties.iter().map(|p| normalize_company_name(p)).any(|party| party.contains(&payee) || payee.contains(&party))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_named_contract_party_is_read_after_its_label() {
        assert_eq!(
            contract_parties("硫回收装置改造预付款（30%）｜合同HC-GC-2026-009（乙方：新疆鼎新环保工程有限公司）"),
            ["新疆鼎新环保工程有限公司"]
        );
        assert_eq!(contract_parties("供方为昌吉某某机械厂，按合同付款"), ["昌吉某某机械厂"]);
        // A label followed by no organisation's name names no one.
        assert!(contract_parties("乙方已进场，按进度付款").is_empty());
        assert!(contract_parties("收款单位：新疆鼎新环保工程有限公司").is_empty());
    }

    #[test]
    fn a_payee_other_than_the_named_party_is_told_from_the_party_itself() {
        let text = "合同HC-GC-2026-009（乙方：新疆鼎新环保工程有限公司）";
        assert!(payee_is_not_the_named_party(text, "乌鲁木齐鼎新恒通商贸有限公司"));
        assert!(!payee_is_not_the_named_party(text, "新疆鼎新环保工程有限公司"));
        assert!(!payee_is_not_the_named_party(text, "新疆鼎新环保工程(有限)公司"));
        assert!(!payee_is_not_the_named_party("按合同付进度款", "乌鲁木齐鼎新恒通商贸有限公司"));
    }
}
