//! Decision thresholds, approval limits, the business calendar and load-time limits.
//!
//! Defaults come from `rules/settings.toml`; a tenant may override the company-specific parts
//! (approval thresholds, business hours, time zone, holidays) through [`TenantOverrides`].

use std::collections::BTreeSet;

use jiff::Timestamp;
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use rust_decimal::Decimal;

/// Every setting the engine reads.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Score at or above which the decision is at least `review`.
    pub review_at: u8,
    /// Score at or above which the decision is `block`.
    pub block_at: u8,
    /// The score reported when a rule forces a block (at least this).
    pub forced_block_score: u8,
    /// Company-specific parts, overridable per tenant.
    pub company: CompanySettings,
    /// Limits that keep rule files from making the engine slow.
    pub limits: Limits,
}

/// The settings that differ between companies.
#[derive(Clone, Debug)]
pub struct CompanySettings {
    /// Approval thresholds of the payment workflow (ascending).
    pub approval_limits: Vec<Decimal>,
    /// An amount in `[limit × ratio, limit)` is "just below" the limit.
    pub just_below_ratio: Decimal,
    /// The window in which several payments to one account count as a split payment, seconds.
    pub split_window_secs: i64,
    /// The time zone local times are computed in.
    pub time_zone: TimeZone,
    /// Business hours on a working day, minutes after midnight, `[start, end)`.
    pub business_hours: (u32, u32),
    /// Public holidays.
    pub holidays: BTreeSet<Date>,
    /// Make-up working days that fall on a weekend (调休上班).
    pub workdays: BTreeSet<Date>,
}

/// Load-time limits on rule files.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Rules in the whole ruleset.
    pub max_rules: usize,
    /// Terms in one keyword set (after homophone expansion).
    pub max_terms_per_set: usize,
    /// Terms over all keyword sets.
    pub max_terms_total: usize,
    /// Patterns in one regex set.
    pub max_patterns_per_regex_set: usize,
    /// Compiled size of one regex set, bytes.
    pub max_regex_bytes: usize,
    /// Nesting depth of a `when` expression.
    pub max_expression_depth: usize,
    /// Characters of one text field that are scanned; the rest is ignored.
    pub max_text_chars: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            review_at: 30,
            block_at: 80,
            forced_block_score: 90,
            company: CompanySettings::default(),
            limits: Limits::default(),
        }
    }
}

impl Default for CompanySettings {
    fn default() -> CompanySettings {
        CompanySettings {
            approval_limits: vec![Decimal::from(50_000)],
            just_below_ratio: Decimal::new(9, 1),
            split_window_secs: 72 * 3600,
            time_zone: TimeZone::get("Asia/Shanghai").unwrap_or(TimeZone::UTC),
            business_hours: (9 * 60, 18 * 60),
            holidays: BTreeSet::new(),
            workdays: BTreeSet::new(),
        }
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_rules: 2_000,
            max_terms_per_set: 20_000,
            max_terms_total: 200_000,
            max_patterns_per_regex_set: 200,
            max_regex_bytes: 2 * 1024 * 1024,
            max_expression_depth: 32,
            max_text_chars: 20_000,
        }
    }
}

/// A tenant's own values for the company settings; `None` keeps the default.
#[derive(Clone, Debug, Default)]
pub struct TenantOverrides {
    /// Approval thresholds.
    pub approval_limits: Option<Vec<Decimal>>,
    /// Business hours.
    pub business_hours: Option<(u32, u32)>,
    /// Time zone.
    pub time_zone: Option<TimeZone>,
    /// Holidays, replacing the default list.
    pub holidays: Option<BTreeSet<Date>>,
    /// Make-up working days, replacing the default list.
    pub workdays: Option<BTreeSet<Date>>,
}

impl CompanySettings {
    /// These settings with a tenant's overrides applied.
    pub fn with(&self, overrides: &TenantOverrides) -> CompanySettings {
        let TenantOverrides { approval_limits, business_hours, time_zone, holidays, workdays } = overrides;
        CompanySettings {
            approval_limits: approval_limits.clone().unwrap_or_else(|| self.approval_limits.clone()),
            just_below_ratio: self.just_below_ratio,
            split_window_secs: self.split_window_secs,
            time_zone: time_zone.clone().unwrap_or_else(|| self.time_zone.clone()),
            business_hours: business_hours.unwrap_or(self.business_hours),
            holidays: holidays.clone().unwrap_or_else(|| self.holidays.clone()),
            workdays: workdays.clone().unwrap_or_else(|| self.workdays.clone()),
        }
    }

    /// The local calendar facts of an instant.
    pub fn local(&self, at: Timestamp) -> LocalTime {
        let zoned = at.to_zoned_datetime(self.time_zone.clone());
        let date = zoned.date();
        let minutes = zoned.hour() as u32 * 60 + zoned.minute() as u32;
        let weekday = zoned.weekday();
        let is_weekend = matches!(weekday, Weekday::Saturday | Weekday::Sunday);
        let is_holiday = self.holidays.contains(&date);
        let is_workday = !is_holiday && (!is_weekend || self.workdays.contains(&date));
        let (start, end) = self.business_hours;
        LocalTime {
            hour: zoned.hour() as u32,
            minutes,
            weekday: weekday.to_monday_one_offset() as u32,
            is_weekend,
            is_holiday,
            is_workday,
            is_business_hours: is_workday && minutes >= start && minutes < end,
            month_index: crate::domain::founding::month_index(date.year() as i32, date.month() as i32),
        }
    }

    /// Whether `amount` lies just below one of the approval thresholds.
    pub fn just_below_limit(&self, amount: Decimal) -> bool {
        self.approval_limits.iter().any(|limit| amount < *limit && amount >= *limit * self.just_below_ratio)
    }
}

/// Local calendar facts of a request's timestamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// 0-23.
    pub hour: u32,
    /// Minutes after midnight.
    pub minutes: u32,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u32,
    /// Saturday or Sunday.
    pub is_weekend: bool,
    /// A listed public holiday.
    pub is_holiday: bool,
    /// A working day (make-up days included, holidays excluded).
    pub is_workday: bool,
    /// Within business hours on a working day.
    pub is_business_hours: bool,
    /// The calendar month, as [`crate::domain::founding::month_index`] numbers it.
    pub month_index: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn make_up_working_days_and_holidays_change_the_calendar() {
        let mut company = CompanySettings::default();
        company.business_hours = (10 * 60, 20 * 60);
        let saturday: Date = "2026-02-14".parse().unwrap_or_default();
        let holiday: Date = "2026-10-01".parse().unwrap_or_default();
        company.workdays.insert(saturday);
        company.holidays.insert(holiday);
        let at = |s: &str| s.parse::<Timestamp>().unwrap_or_default();
        let make_up = company.local(at("2026-02-14T11:00:00+08:00"));
        assert!(make_up.is_weekend && make_up.is_workday && make_up.is_business_hours);
        let national_day = company.local(at("2026-10-01T11:00:00+08:00"));
        assert!(national_day.is_holiday && !national_day.is_workday && !national_day.is_business_hours);
        let late = company.local(at("2026-07-14T22:30:00+08:00"));
        assert_eq!((late.hour, late.is_business_hours, late.weekday), (22, false, 2));
    }

    #[test]
    fn just_below_is_a_half_open_band_under_each_limit() {
        let mut company = CompanySettings::default();
        company.approval_limits = vec![Decimal::from(50_000), Decimal::from(200_000)];
        assert!(company.just_below_limit(Decimal::from(49_800)));
        assert!(company.just_below_limit(Decimal::from(45_000)));
        assert!(!company.just_below_limit(Decimal::from(50_000)));
        assert!(!company.just_below_limit(Decimal::from(44_999)));
        assert!(company.just_below_limit(Decimal::from(199_000)));
    }
}
