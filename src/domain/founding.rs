//! When the text says a company was founded. A shell set up for one scam is weeks or months old,
//! and the people who check it write so: `经查该公司2026年3月成立`, `成立于2026年2月`,
//! `注册时间：2025-11`. Reading the date, rather than listing this year's months as words, keeps
//! the signal true next year (TYPOLOGIES.md T05, and O19: founded less than six months ago).
//!
//! Only a year and a month next to `成立` or `注册` count, in either order; a date elsewhere in
//! the text (a delivery date, a contract date) is not a founding date.

use std::sync::OnceLock;

use regex::Regex;

/// A calendar month as one number (`year * 12 + month - 1`), so that months subtract.
pub type MonthIndex = i32;

/// The month index of `year`-`month` (1-12).
pub fn month_index(year: i32, month: i32) -> MonthIndex {
    year * 12 + month - 1
}

/// The most recent founding or registration month the text gives, if any.
pub fn latest_founding_month(text: &str) -> Option<MonthIndex> {
    // Cheap test first: this runs on every request's texts, and most name no founding at all.
    if !text.contains("成立") && !text.contains("注册") {
        return None;
    }
    // A fixed pattern, held by the unit tests below: `None` would only mean it failed to compile.
    static PATTERN: OnceLock<Option<Regex>> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        // Date then verb: `2026年3月成立`, `2026年3月8日才注册`, `2025-11-02成立`;
        // verb then date: `成立于2026年2月`, `注册时间：2025年11月`, `注册日期 2025-11`.
        let date = r"(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月)?(?:\s*(?:-|/|\.)?\s*\d{1,2}\s*日?)?";
        Regex::new(&format!(
            r"{date}\s*(?:份)?\s*(?:才|刚|新|刚刚)?\s*(?:成立|注册)|(?:成立|注册)\s*(?:于|时间|日期)\s*[:：]?\s*{date}"
        ))
        .ok()
    });
    let pattern = pattern.as_ref()?;
    pattern
        .captures_iter(text)
        .filter_map(|c| {
            let (year, month) = match (c.get(1), c.get(2)) {
                (Some(y), Some(m)) => (y, m),
                _ => (c.get(3)?, c.get(4)?),
            };
            let year: i32 = year.as_str().parse().ok()?;
            let month: i32 = month.as_str().parse().ok()?;
            ((1900..=2200).contains(&year) && (1..=12).contains(&month)).then(|| month_index(year, month))
        })
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_founding_month_is_read_in_either_order_and_the_latest_wins() {
        let march = Some(month_index(2026, 3));
        assert_eq!(latest_founding_month("经查该公司2026年3月成立，实缴为零"), march);
        assert_eq!(latest_founding_month("对方2026年3月8日才注册"), march);
        assert_eq!(latest_founding_month("成立于2026年3月，注册资本1000万"), march);
        assert_eq!(latest_founding_month("注册时间：2026-03-08"), march);
        assert_eq!(latest_founding_month("母公司2009年5月成立，子公司2026年3月注册"), march);
    }

    #[test]
    fn other_dates_and_texts_without_a_founding_give_nothing() {
        assert_eq!(latest_founding_month("合同2026年3月签订，4月交货"), None);
        assert_eq!(latest_founding_month("公司成立以来一直合作"), None);
        assert_eq!(latest_founding_month("请在注册页面填写信息"), None);
        assert_eq!(latest_founding_month("2026年13月成立"), None);
    }
}
