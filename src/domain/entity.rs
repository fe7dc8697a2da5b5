//! Chinese entity checks: unified social credit codes and name comparison.

/// The 31 characters a unified social credit code may use, in value order (GB 32100-2015;
/// I, O, Z, S and V are left out to avoid confusion with digits).
const CREDIT_CODE_CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Position weights of the first 17 characters (3^i mod 31).
const CREDIT_CODE_WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// Whether `code` is an 18-character unified social credit code with a correct check character.
pub fn credit_code_is_valid(code: &str) -> bool {
    let chars: Vec<char> = code.trim().chars().map(|c| c.to_ascii_uppercase()).collect();
    if chars.len() != 18 {
        return false;
    }
    let mut sum = 0u32;
    for (position, weight) in CREDIT_CODE_WEIGHTS.iter().enumerate() {
        let Some(value) = CREDIT_CODE_CHARSET.find(chars[position]) else {
            return false;
        };
        sum += value as u32 * weight;
    }
    let check = (31 - sum % 31) % 31;
    CREDIT_CODE_CHARSET.chars().nth(check as usize) == Some(chars[17])
}

/// Legal-form suffixes folded away before company names are compared, longest first.
const COMPANY_SUFFIXES: &[&str] = &[
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "总公司",
    "公司",
    "co.,ltd.",
    "co.,ltd",
    "co.ltd",
    "ltd.",
    "ltd",
    "llc",
];

/// Folds a company name for comparison: full-width forms and brackets, spaces and
/// punctuation, and the legal-form suffix (有限公司 = 有限责任公司). A branch suffix
/// (分公司, 分厂, 办事处) and the text in brackets are kept, since a branch is not the head office.
pub fn normalize_company_name(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for c in name.chars() {
        let c = fold_width(c);
        if c.is_whitespace() || is_name_punctuation(c) {
            continue;
        }
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else if is_cjk(c) {
            folded.push(c);
        } else {
            folded.extend(c.to_lowercase());
        }
    }
    for suffix in COMPANY_SUFFIXES {
        if folded.len() > suffix.len() && folded.ends_with(suffix) {
            folded.truncate(folded.len() - suffix.len());
            return folded;
        }
    }
    folded
}

/// An account name without the bracketed account use banks append to a company's own name
/// (`某某有限公司（承兑保证金户）`, `某某有限公司(结构性存款户)`): the bracket is dropped only when
/// what it holds ends in 户 (账户, 专户, 一般户, 保证金户), so a branch (`（乌鲁木齐分公司）`) stays.
pub fn without_account_label(name: &str) -> &str {
    let trimmed = name.trim_end();
    let Some(inner_end) = trimmed.strip_suffix('）').or_else(|| trimmed.strip_suffix(')')) else {
        return name;
    };
    let Some(open) = inner_end.rfind(['（', '(']) else {
        return name;
    };
    let label = &inner_end[open..];
    if label.ends_with('户') { inner_end[..open].trim_end() } else { name }
}

/// Folds a personal name: the separators of transliterated names (买买提·艾力, 买买提.艾力,
/// 买买提 艾力) are dropped, so all spellings compare equal.
pub fn normalize_person_name(name: &str) -> String {
    name.chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace() && !is_name_punctuation(*c))
        .map(|c| if c.is_ascii() { c.to_ascii_lowercase() } else { c })
        .collect()
}

/// Whether a payee name looks like a person rather than an organisation: two to five CJK
/// characters (or a transliterated name with a middle dot) and no organisation word.
pub fn looks_like_person_name(name: &str) -> bool {
    let (mut n_chars, mut all_cjk) = (0usize, true);
    for c in name.chars().map(fold_width).filter(|c| !c.is_whitespace() && !is_name_punctuation(*c)) {
        n_chars += 1;
        all_cjk &= is_cjk(c);
    }
    // The organisation words are looked for only when the shape fits a person's name: most
    // payees are companies with longer names, and this runs for every payment.
    let shaped = all_cjk && (2..=5).contains(&n_chars) || n_chars <= 12 && name.contains('·');
    shaped && !ORGANISATION_WORDS.iter().any(|w| name.contains(w))
}

/// Words that only occur in organisation names.
const ORGANISATION_WORDS: &[&str] = &[
    "公司", "厂", "中心", "局", "院", "所", "行", "部", "处", "社", "店", "站", "队", "委", "会", "集团", "学校",
    "银行", "专户", "合作", "农场", "超市", "门市", "经营",
];

/// Edit distance in characters between two already-normalised names.
pub fn name_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// Whether `c` is a CJK ideograph (the ranges Chinese text uses).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Folds full-width ASCII to half-width.
fn fold_width(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

fn is_name_punctuation(c: char) -> bool {
    matches!(
        c,
        '·' | '•'
            | '・'
            | '.'
            | '-'
            | '_'
            | '('
            | ')'
            | '（'
            | '）'
            | '【'
            | '】'
            | '['
            | ']'
            | ','
            | '，'
            | '、'
            | '\''
            | '"'
            | '“'
            | '”'
    )
}

/// Domains of free e-mail services, which a large organisation would not use for purchasing.
const FREE_MAIL_DOMAINS: &[&str] = &[
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "sina.cn",
    "sohu.com",
    "yeah.net",
    "139.com",
    "189.cn",
    "aliyun.com",
    "foxmail.com",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "vip.qq.com",
    "vip.163.com",
];

/// Whether an e-mail address is at a free mail service.
pub fn is_free_mail(address: &str) -> bool {
    let Some((_, domain)) = address.trim().rsplit_once('@') else { return false };
    is_free_mail_domain(domain)
}

/// Whether a mail domain is a free mail service's.
pub fn is_free_mail_domain(domain: &str) -> bool {
    FREE_MAIL_DOMAINS.iter().any(|free| free.eq_ignore_ascii_case(domain))
}

/// Whether a phone number is a mainland mobile number (as opposed to a landline).
pub fn is_mobile_number(phone: &str) -> bool {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.strip_prefix("86").filter(|d| d.len() == 11).unwrap_or(&digits);
    digits.len() == 11 && digits.starts_with('1')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_use_in_brackets_is_dropped_and_a_branch_is_kept() {
        assert_eq!(without_account_label("某某医药有限公司（承兑保证金户）"), "某某医药有限公司");
        assert_eq!(without_account_label("某某建设有限公司(结构性存款户) "), "某某建设有限公司");
        assert_eq!(without_account_label("某某有限公司（乌鲁木齐分公司）"), "某某有限公司（乌鲁木齐分公司）");
        assert_eq!(without_account_label("某某有限公司"), "某某有限公司");
        assert_eq!(without_account_label("户）"), "户）");
    }

    #[test]
    fn credit_code_check_character_is_verified() {
        assert!(credit_code_is_valid("91350100M000100Y43"));
        assert!(!credit_code_is_valid("91350100M000100Y44"));
        assert!(!credit_code_is_valid("91350100M000100Y4"));
        assert!(!credit_code_is_valid("91350100M000100YI3"));
    }

    #[test]
    fn company_suffixes_and_brackets_fold() {
        assert_eq!(
            normalize_company_name("新疆（天山）化工有限责任公司"),
            normalize_company_name("新疆(天山)化工有限公司")
        );
        assert_ne!(normalize_company_name("天山化工有限公司哈密分公司"), normalize_company_name("天山化工有限公司"));
    }

    #[test]
    fn transliterated_name_separators_fold() {
        let plain = normalize_person_name("买买提艾力");
        assert_eq!(normalize_person_name("买买提·艾力"), plain);
        assert_eq!(normalize_person_name("买买提.艾力"), plain);
        assert_eq!(normalize_person_name("买买提 艾力"), plain);
    }

    #[test]
    fn person_names_are_told_from_companies() {
        assert!(looks_like_person_name("张国庆"));
        assert!(looks_like_person_name("买买提·艾力"));
        assert!(!looks_like_person_name("哈密惠民超市有限公司"));
        assert!(!looks_like_person_name("中国工商银行"));
    }

    #[test]
    fn free_mail_and_mobiles_are_recognised() {
        assert!(is_free_mail("buyer_x@163.com"));
        assert!(!is_free_mail("sales@example-chem.cn"));
        assert!(is_mobile_number("13800001234"));
        assert!(!is_mobile_number("0902-0000123"));
    }
}
