//! E-mail domains, and how a look-alike of a known one is told (TYPOLOGIES P20).
//!
//! A fraudster who has read a supplier's or customer's mail registers a domain a reader takes
//! for theirs: a hyphen added or dropped (`jemis-trade.kz` for `jemistrade.kz`), a letter that
//! looks like another (`agr0`, `w1`, `zhunrnei`), two letters swapped (`hongda-pbc` for
//! `hongda-pcb`), or another ending (`dccjtz.net` for `dccjtz.com`). Each domain is reduced to
//! its organisation's part (`ssy.bjny.com.cn` → `bjny.com.cn`, so two of one body's mail hosts
//! are the same) and that part's name to a *skeleton*: hyphens dropped and look-alike letters
//! folded. Two organisations' domains whose skeletons are equal or one edit apart look alike.

use super::entity::is_free_mail_domain;

/// Skeletons shorter than this are compared for equality only: one edit from a short name is
/// another name (`hxt` and `hxl` are two firms).
pub const MIN_FUZZY_SKELETON: usize = 6;

/// The domains of the e-mail addresses in `text`, lower-cased, free mail services left out.
pub fn organisation_domains_in(text: &str) -> impl Iterator<Item = String> + '_ {
    text.match_indices('@').filter_map(move |(at, _)| {
        let rest = &text[at + 1..];
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-')).unwrap_or(rest.len());
        let domain = rest[..end].trim_end_matches(['.', '-']).to_ascii_lowercase();
        let has_label_and_ending = domain.split('.').filter(|l| !l.is_empty()).count() >= 2;
        (has_label_and_ending && !is_free_mail_domain(&domain)).then(|| organisation_part(&domain).to_owned())
    })
}

/// Second-level labels under which an organisation registers its name one level further down
/// (`bjny.com.cn`, `example.co.uk`).
const SECOND_LEVEL: [&str; 7] = ["com", "net", "org", "co", "gov", "edu", "ac"];

/// The part of `domain` an organisation registers: its last two labels, or three under a
/// second-level label such as `com.cn`.
pub fn organisation_part(domain: &str) -> &str {
    let labels: Vec<&str> = domain.rsplitn(4, '.').collect();
    let keep = match labels.as_slice() {
        [_, second, _, ..] if SECOND_LEVEL.contains(second) => 3,
        _ => 2,
    };
    if labels.len() <= keep {
        return domain;
    }
    let dropped: usize = labels[keep..].iter().map(|l| l.len() + 1).sum();
    &domain[dropped..]
}

/// The skeleton of an organisation's domain: the name label without hyphens or underscores,
/// with characters a reader confuses folded together (0/o, 1/l/i, rn/m, vv/w, 9/q/g).
pub fn skeleton(organisation_domain: &str) -> String {
    let name = organisation_domain.split('.').next().unwrap_or_default();
    let mut out = String::with_capacity(name.len());
    for c in name.chars().filter(|c| !matches!(c, '-' | '_')) {
        match c {
            '0' => out.push('o'),
            '1' | 'i' => out.push('l'),
            '9' | 'q' => out.push('g'),
            'm' => out.push_str("rn"),
            'w' => out.push_str("vv"),
            c => out.push(c),
        }
    }
    out
}

/// Whether two skeletons look alike: equal, or one edit apart (a letter added, dropped,
/// replaced or swapped with its neighbour) when both are long enough for one edit to pass.
pub fn skeletons_look_alike(a: &str, b: &str) -> bool {
    a == b || (a.len().min(b.len()) >= MIN_FUZZY_SKELETON && strsim::osa_distance(a, b) <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_read_from_addresses_in_text_without_free_mail() {
        let text = "From: Ерлан <zakup@Jemis-Trade.KZ>; cc a.b@qq.com, x@ssy.bjny.com.cn. 邮箱：li@x";
        assert_eq!(organisation_domains_in(text).collect::<Vec<_>>(), ["jemis-trade.kz", "bjny.com.cn"]);
    }

    #[test]
    fn the_organisation_part_keeps_a_second_level_ending() {
        assert_eq!(organisation_part("ssy.bjny.com.cn"), "bjny.com.cn");
        assert_eq!(organisation_part("mail.brightwater-analytics.com.sg"), "brightwater-analytics.com.sg");
        assert_eq!(organisation_part("jemistrade.kz"), "jemistrade.kz");
        assert_eq!(organisation_part("a.b.c.example.de"), "example.de");
        assert_eq!(organisation_part("com.cn"), "com.cn");
    }

    #[test]
    fn look_alike_domains_share_a_skeleton_or_are_one_edit_apart() {
        let alike = |a: &str, b: &str| skeletons_look_alike(&skeleton(a), &skeleton(b));
        assert!(alike("jemis-trade.kz", "jemistrade.kz"));
        assert!(alike("jinsui-agr0.cn", "jinsui-agro.cn"));
        assert!(alike("zhunrnei-chem.cn", "zhunmei-chem.cn"));
        assert!(alike("gangchang-w1.com", "gangchang-wl.com"));
        assert!(alike("hongda-pbc.com", "hongda-pcb.com"));
        assert!(alike("mingdedu.cn", "mingdeedu.cn"));
        assert!(alike("dccjtz.net", "dccjtz.com"));
        // Different firms: short names one letter apart, or two letters apart.
        assert!(!alike("hxt.com", "hxl.com"));
        assert!(!alike("tianyi-zuche.com", "tianyu-zhuche.com"));
        assert!(!alike("lvyenz.com", "lvzhoufei.com.cn"));
    }
}
