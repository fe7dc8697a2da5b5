//! The account a refund says the money came from. A refund slip often copies the paying account
//! (`原付款账户6231130947916142995`, `原卡尾号6613`); a refund keyed to any other account is going
//! somewhere the money did not come from (TYPOLOGIES.md H3), whatever the text says about why.
//!
//! Only labels that name the *original* paying account are read (`原付款账户`, `原卡`, `来款账户`
//! ...): a bare `付款账户` is as often our own account on an ERP slip. The number after the label
//! is a whole account number (eight digits or more) or, after `尾号`, its last three to six digits.

/// Labels for the account the money came from, longest first where one starts another.
const LABELS: [&str; 14] = [
    "原付款账户",
    "原付款账号",
    "原付款银行卡",
    "原付款卡",
    "原支付账户",
    "原缴费账户",
    "原缴款账户",
    "原汇款账户",
    "原银行卡",
    "原卡号",
    "原账户",
    "原卡",
    "来款账户",
    "来款账号",
];

/// What may stand between a label and its number: punctuation, brackets, `为`, `号`, `尾号`.
const BETWEEN: &[char] = &[':', '：', ' ', '（', '(', '为', '是', '号', '尾', '末', '四', '位', '#', '＃'];

/// An account the text names as the one that paid: its digits, and whether they are only the
/// last few (`尾号6613`).
#[derive(Debug, PartialEq, Eq)]
pub struct StatedAccount {
    /// The digits as written, in ASCII.
    pub digits: String,
    /// Whether `digits` are the account's last digits rather than the whole number.
    pub tail_only: bool,
}

/// The paying accounts `text` names.
pub fn stated_accounts(text: &str) -> Vec<StatedAccount> {
    let mut found = Vec::new();
    if !text.contains('原') && !text.contains("来款") {
        return found;
    }
    let mut rest = text;
    while let Some((at, label)) =
        LABELS.iter().filter_map(|l| rest.find(l).map(|at| (at, *l))).min_by_key(|(at, l)| (*at, usize::MAX - l.len()))
    {
        let after = &rest[at + label.len()..];
        let gap = after.len() - after.trim_start_matches(BETWEEN).len();
        let tail_only = after[..gap].contains('尾') || after[..gap].contains('末');
        let digits: String = after[gap..].chars().map_while(ascii_digit).collect();
        let whole = digits.len() >= 8 && !tail_only;
        let tail = tail_only && (3..=6).contains(&digits.len());
        if whole || tail {
            found.push(StatedAccount { digits, tail_only });
        }
        rest = after;
    }
    found
}

/// Whether `texts` name the account the money came from and `payee_account` is none of them:
/// `None` when no paying account is named.
pub fn payee_is_not_the_stated_account<'t>(
    texts: impl IntoIterator<Item = &'t str>,
    payee_account: &str,
) -> Option<bool> {
    let payee: String = payee_account.chars().filter_map(ascii_digit).collect();
    let stated: Vec<StatedAccount> = texts.into_iter().flat_map(stated_accounts).collect();
    if stated.is_empty() {
        return None;
    }
    let is_payee = |s: &StatedAccount| if s.tail_only { payee.ends_with(&s.digits) } else { payee == s.digits };
    Some(!stated.iter().any(is_payee))
}

/// An ASCII or full-width digit, as ASCII.
fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paying_account_is_read_after_its_label_whole_or_by_its_last_digits() {
        assert_eq!(
            stated_accounts("出院预交金退费（原付款账户6231130947916142995）"),
            [StatedAccount { digits: "6231130947916142995".into(), tail_only: false }]
        );
        assert_eq!(
            stated_accounts("定金原路退回原卡（尾号6613）"),
            [StatedAccount { digits: "6613".into(), tail_only: true }]
        );
        assert_eq!(
            stated_accounts("来款账户：６２１７ 0001"),
            [] as [StatedAccount; 0],
            "a number broken by a space is not read as a whole account"
        );
        // Our own paying account, and an original account without a number, are not read.
        assert!(stated_accounts("付款账户：3011206109200048316").is_empty());
        assert!(stated_accounts("退回原付款账户").is_empty());
    }

    #[test]
    fn a_refund_to_another_account_than_the_stated_one_is_told_apart() {
        let memo = "押金退还（原付款账户6231130947916142995）";
        assert_eq!(payee_is_not_the_stated_account([memo], "6228 4831 9566 4301 579"), Some(true));
        assert_eq!(payee_is_not_the_stated_account([memo], "6231-1309-4791-6142-995"), Some(false));
        assert_eq!(payee_is_not_the_stated_account(["退回原卡尾号6613"], "6228480038841276613"), Some(false));
        assert_eq!(payee_is_not_the_stated_account(["退回原卡尾号6613"], "6228480038841270000"), Some(true));
        assert_eq!(payee_is_not_the_stated_account(["货款"], "6228480038841270000"), None);
    }
}
