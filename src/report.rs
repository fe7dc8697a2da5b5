//! The weekly report: what was screened and flagged in one ISO week, what became of the cases,
//! the money held back, and how each rule did; as JSON, Markdown, CSV (for Excel) or a
//! self-contained HTML page with SVG charts. `load_weekly` reads the rows from the store; the
//! rest only computes and formats.

use std::collections::BTreeMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use crate::domain::{Decision, Money};
use crate::engine::RuleSet;
use crate::store::{ReportCase, ReportDecision, StatsFilter, Store, StoreError};

/// Decisions by action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// All screenings.
    pub total: i64,
    /// `allow`.
    pub allow: i64,
    /// `review`.
    pub review: i64,
    /// `block`.
    pub block: i64,
}

impl Counts {
    fn add(&mut self, decision: &str) {
        self.total += 1;
        match decision {
            "allow" => self.allow += 1,
            "review" => self.review += 1,
            _ => self.block += 1,
        }
    }

    /// Reviews and blocks.
    pub fn flagged(&self) -> i64 {
        self.review + self.block
    }
}

/// Flagged decisions with a hit of one scam type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScamTypeLine {
    /// Scam type id.
    pub scam_type: String,
    /// Flagged decisions with a hit of this type.
    pub flagged: i64,
}

/// One company's screenings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CompanyLine {
    /// Tenant.
    pub tenant: String,
    /// Its decisions.
    #[serde(flatten)]
    pub counts: Counts,
}

/// What became of the cases.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CaseCounts {
    /// Opened this week.
    pub opened: i64,
    /// Closed this week (whenever opened).
    pub closed: i64,
    /// Still open at the end of the week.
    pub still_open: i64,
    /// Still-open cases by age at the end of the week: `<1d`, `1-3d`, `3-7d`, `>7d`.
    pub open_by_age: BTreeMap<String, i64>,
    /// Age of the oldest open case, days.
    pub oldest_open_days: Option<i64>,
    /// Closed this week, by resolution.
    pub closed_by_resolution: BTreeMap<String, i64>,
}

/// One rule's week.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleLine {
    /// Rule id.
    pub rule_id: String,
    /// Its title, when the rule is in the ruleset given.
    pub title: Option<String>,
    /// Decisions it fired on this week.
    pub hits: i64,
    /// Cases closed this week that it fired on, confirmed as fraud.
    pub confirmed_frauds: i64,
    /// Cases closed this week that it fired on, closed as false alarms.
    pub false_alarms: i64,
    /// False alarms over resolved (fraud or false alarm) cases; none when nothing was resolved.
    pub false_alarm_rate: Option<f64>,
}

/// The headline figures, for the week-over-week comparison.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Headline {
    /// Screenings.
    pub screenings: i64,
    /// Reviews and blocks.
    pub flagged: i64,
    /// Cases opened.
    pub cases_opened: i64,
    /// Cases closed as confirmed fraud.
    pub confirmed_frauds: i64,
}

/// The weekly report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeeklyReport {
    /// ISO week, `2026-W29`.
    pub week: String,
    /// The time zone the week is counted in.
    pub time_zone: String,
    /// Start of the week (stored timestamp, UTC).
    pub from: String,
    /// End of the week (exclusive).
    pub to: String,
    /// The company reported on; `None` for every company the caller may see.
    pub tenant: Option<String>,
    /// This week's headline.
    pub headline: Headline,
    /// The previous week's headline.
    pub previous_week: Headline,
    /// Screenings by action.
    pub screenings: Counts,
    /// By request kind.
    pub by_kind: BTreeMap<String, Counts>,
    /// Flagged decisions by scam type, most first.
    pub by_scam_type: Vec<ScamTypeLine>,
    /// By company.
    pub by_company: Vec<CompanyLine>,
    /// Cases.
    pub cases: CaseCounts,
    /// Money held back, by currency: the amounts of cases closed this week as confirmed fraud
    /// (the payment was blocked or cancelled), as decimal strings.
    pub money_held_back: BTreeMap<String, String>,
    /// Rules that fired, most hits first.
    pub rules: Vec<RuleLine>,
    /// Watchlist entries added this week, by kind (`account`, `phone`, ...).
    pub new_watchlist_entries: BTreeMap<String, i64>,
    /// Fraud case records reported this week, by scam type.
    pub new_incidents: BTreeMap<String, i64>,
    /// Outreach sessions held this week, and their attendances.
    pub outreach: (i64, i64),
}

/// The week being reported.
#[derive(Clone, Debug)]
pub struct Week {
    /// ISO week, `2026-W29`.
    pub name: String,
    /// Time zone name.
    pub time_zone: String,
    /// Start (stored timestamp text).
    pub from: String,
    /// End, exclusive.
    pub to: String,
}

/// The amount and currency of a stored request: a payment's `amount` or an order's
/// `total_amount`, in its `currency` (CNY when absent).
fn amount(request_json: &str) -> (String, Decimal) {
    let Ok(request) = serde_json::from_str::<Value>(request_json) else { return ("CNY".into(), Decimal::ZERO) };
    let value = request.get("amount").or_else(|| request.get("total_amount")).cloned().unwrap_or(Value::Null);
    let currency = request.get("currency").and_then(Value::as_str).unwrap_or("CNY").to_owned();
    (currency, serde_json::from_value::<Money>(value).map(|m| m.decimal()).unwrap_or(Decimal::ZERO))
}

/// Watchlist entries by kind as plain text: `account 2; phone 1`, or `0`.
fn watch_line(entries: &BTreeMap<String, i64>) -> String {
    if entries.is_empty() {
        return "0".into();
    }
    entries.iter().map(|(kind, n)| format!("{kind} {n}")).collect::<Vec<_>>().join("; ")
}

/// Money by currency as plain text: `CNY 52000.50; USD 1200.00`.
fn money(amounts: &BTreeMap<String, String>) -> String {
    if amounts.is_empty() {
        return "0".into();
    }
    amounts.iter().map(|(currency, amount)| format!("{currency} {amount}")).collect::<Vec<_>>().join("; ")
}

/// The hits of a stored decision: (rule id, scam type).
fn hits(decision_json: &str) -> Vec<(String, String)> {
    serde_json::from_str::<Decision>(decision_json)
        .map(|d| d.hits.iter().map(|h| (h.rule_id.to_string(), h.scam_type.to_string())).collect())
        .unwrap_or_default()
}

/// Whole days between two stored timestamps.
fn days_between(earlier: &str, later: &str) -> i64 {
    match (earlier.parse::<jiff::Timestamp>(), later.parse::<jiff::Timestamp>()) {
        (Ok(a), Ok(b)) => b.duration_since(a).as_secs() / 86_400,
        _ => 0,
    }
}

/// The headline figures of a week's rows.
pub fn headline(decisions: &[ReportDecision], cases: &[ReportCase], week: &Week) -> Headline {
    let flagged = decisions.iter().filter(|d| d.decision != "allow").count() as i64;
    let in_week = |at: &str| at >= week.from.as_str() && at < week.to.as_str();
    Headline {
        screenings: decisions.len() as i64,
        flagged,
        cases_opened: cases.iter().filter(|c| in_week(&c.opened_at)).count() as i64,
        confirmed_frauds: cases
            .iter()
            .filter(|c| {
                c.resolution.as_deref() == Some("confirmed_fraud") && c.closed_at.as_deref().is_some_and(in_week)
            })
            .count() as i64,
    }
}

/// Builds the report of `week` from its rows, with the previous week's headline.
pub fn weekly(
    week: &Week,
    tenant: Option<String>,
    decisions: &[ReportDecision],
    cases: &[ReportCase],
    previous_week: Headline,
    rules: Option<&RuleSet>,
) -> WeeklyReport {
    let mut screenings = Counts::default();
    let mut by_kind: BTreeMap<String, Counts> = BTreeMap::new();
    let mut by_company: BTreeMap<String, Counts> = BTreeMap::new();
    let mut by_type: BTreeMap<String, i64> = BTreeMap::new();
    let mut rule_hits: BTreeMap<String, i64> = BTreeMap::new();
    for d in decisions {
        screenings.add(&d.decision);
        by_kind.entry(d.kind.clone()).or_default().add(&d.decision);
        by_company.entry(d.tenant.clone()).or_default().add(&d.decision);
        let hits = hits(&d.decision_json);
        for (rule, _) in &hits {
            *rule_hits.entry(rule.clone()).or_default() += 1;
        }
        if d.decision != "allow" {
            let mut types: Vec<&String> = hits.iter().map(|(_, t)| t).filter(|t| *t != "common").collect();
            types.sort_unstable();
            types.dedup();
            for scam_type in types {
                *by_type.entry(scam_type.clone()).or_default() += 1;
            }
        }
    }

    let in_week = |at: &str| at >= week.from.as_str() && at < week.to.as_str();
    let mut case_counts = CaseCounts::default();
    let mut held_back: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut rule_outcomes: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for c in cases {
        if in_week(&c.opened_at) {
            case_counts.opened += 1;
        }
        match c.closed_at.as_deref() {
            Some(closed) if in_week(closed) => {
                case_counts.closed += 1;
                let resolution = c.resolution.clone().unwrap_or_default();
                *case_counts.closed_by_resolution.entry(resolution.clone()).or_default() += 1;
                if resolution == "confirmed_fraud" {
                    let (currency, value) = amount(&c.request_json);
                    *held_back.entry(currency).or_default() += value;
                }
                for (rule, _) in hits(&c.decision_json) {
                    let entry = rule_outcomes.entry(rule).or_default();
                    match resolution.as_str() {
                        "confirmed_fraud" => entry.0 += 1,
                        "false_alarm" => entry.1 += 1,
                        _ => {}
                    }
                }
            }
            Some(closed) if closed < week.from.as_str() => {}
            // Open at the end of the week: not closed, or closed after it.
            _ => {
                case_counts.still_open += 1;
                let age = days_between(&c.opened_at, &week.to);
                let bucket = match age {
                    0 => "<1d",
                    1..=2 => "1-3d",
                    3..=6 => "3-7d",
                    _ => ">7d",
                };
                *case_counts.open_by_age.entry(bucket.to_owned()).or_default() += 1;
                case_counts.oldest_open_days = Some(case_counts.oldest_open_days.unwrap_or(0).max(age));
            }
        }
    }

    let mut rule_lines: Vec<RuleLine> = rule_hits
        .iter()
        .map(|(rule_id, hits)| {
            let (confirmed, false_alarms) = rule_outcomes.get(rule_id).copied().unwrap_or_default();
            let resolved = confirmed + false_alarms;
            RuleLine {
                rule_id: rule_id.clone(),
                title: rules
                    .and_then(|r| r.rules.iter().find(|x| x.id.as_ref() == rule_id))
                    .map(|r| r.title.to_string()),
                hits: *hits,
                confirmed_frauds: confirmed,
                false_alarms,
                false_alarm_rate: (resolved > 0).then(|| false_alarms as f64 / resolved as f64),
            }
        })
        .collect();
    rule_lines.sort_by(|a, b| b.hits.cmp(&a.hits).then(a.rule_id.cmp(&b.rule_id)));
    let mut by_scam_type: Vec<ScamTypeLine> =
        by_type.into_iter().map(|(scam_type, flagged)| ScamTypeLine { scam_type, flagged }).collect();
    by_scam_type.sort_by(|a, b| b.flagged.cmp(&a.flagged).then(a.scam_type.cmp(&b.scam_type)));
    WeeklyReport {
        week: week.name.clone(),
        time_zone: week.time_zone.clone(),
        from: week.from.clone(),
        to: week.to.clone(),
        tenant,
        headline: headline(decisions, cases, week),
        previous_week,
        screenings,
        by_kind,
        by_scam_type,
        by_company: by_company.into_iter().map(|(tenant, counts)| CompanyLine { tenant, counts }).collect(),
        cases: case_counts,
        money_held_back: held_back.into_iter().map(|(c, v)| (c, v.round_dp(2).to_string())).collect(),
        rules: rule_lines,
        new_watchlist_entries: BTreeMap::new(),
        new_incidents: BTreeMap::new(),
        outreach: (0, 0),
    }
}

/// `now` against `before`, as `+12 (+40%)`.
fn change(now: i64, before: i64) -> String {
    let delta = now - before;
    match before {
        0 => format!("{delta:+}"),
        _ => format!("{delta:+} ({:+.0}%)", 100.0 * delta as f64 / before as f64),
    }
}

fn rate(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".to_owned(), |r| format!("{:.0}%", 100.0 * r))
}

/// The report as Markdown.
pub fn to_markdown(r: &WeeklyReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "# 付款前风险筛查周报 {}\n", r.week);
    let _ = writeln!(
        out,
        "{} ({}){}\n",
        local_days(&r.week),
        r.time_zone,
        r.tenant.as_ref().map(|t| format!(" · {t}")).unwrap_or_default()
    );
    let _ = writeln!(out, "| 指标 | 本周 | 上周 | 变化 |\n| --- | --- | --- | --- |");
    let (h, p) = (&r.headline, &r.previous_week);
    for (name, now, before) in [
        ("筛查次数 screenings", h.screenings, p.screenings),
        ("预警（复核+拦截）flagged", h.flagged, p.flagged),
        ("新立案件 cases opened", h.cases_opened, p.cases_opened),
        ("确认诈骗 confirmed frauds", h.confirmed_frauds, p.confirmed_frauds),
    ] {
        let _ = writeln!(out, "| {name} | {now} | {before} | {} |", change(now, before));
    }
    let _ = writeln!(out, "\n挽回资金 money held back: {}\n", money(&r.money_held_back));
    let _ = writeln!(out, "新增观察名单 new watchlist entries: {}\n", watch_line(&r.new_watchlist_entries));
    let _ = writeln!(out, "新报警情 new fraud records: {}\n", watch_line(&r.new_incidents));
    let _ = writeln!(out, "反诈宣传 outreach: {} 场 sessions, {} 人次 attendances\n", r.outreach.0, r.outreach.1);
    let _ = writeln!(out, "## 决定 Decisions\n\n| | 合计 | 放行 | 复核 | 拦截 |\n| --- | --- | --- | --- | --- |");
    let _ = writeln!(
        out,
        "| 全部 all | {} | {} | {} | {} |",
        r.screenings.total, r.screenings.allow, r.screenings.review, r.screenings.block
    );
    for (kind, c) in &r.by_kind {
        let _ = writeln!(out, "| {kind} | {} | {} | {} | {} |", c.total, c.allow, c.review, c.block);
    }
    for line in &r.by_company {
        let c = &line.counts;
        let _ = writeln!(out, "| {} | {} | {} | {} | {} |", line.tenant, c.total, c.allow, c.review, c.block);
    }
    let _ = writeln!(out, "\n## 诈骗类型 Scam types (flagged)\n\n| 类型 | 预警 |\n| --- | --- |");
    for line in &r.by_scam_type {
        let _ = writeln!(out, "| {} | {} |", line.scam_type, line.flagged);
    }
    let c = &r.cases;
    let _ = writeln!(
        out,
        "\n## 案件 Cases\n\n新立 {} · 结案 {} · 未结 {}（最久 {} 天）\n",
        c.opened,
        c.closed,
        c.still_open,
        c.oldest_open_days.map_or_else(|| "—".into(), |d| d.to_string())
    );
    for (resolution, n) in &c.closed_by_resolution {
        let _ = writeln!(out, "- {resolution}: {n}");
    }
    let _ = writeln!(
        out,
        "\n## 规则 Rules\n\n| 规则 | 标题 | 命中 | 确认诈骗 | 误报 | 误报率 |\n| --- | --- | --- | --- | --- | --- |"
    );
    for rule in &r.rules {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            rule.rule_id,
            rule.title.as_deref().unwrap_or(""),
            rule.hits,
            rule.confirmed_frauds,
            rule.false_alarms,
            rate(rule.false_alarm_rate)
        );
    }
    out
}

/// The report as CSV for Excel: UTF-8 with a byte-order mark, one section after another.
pub fn to_csv(r: &WeeklyReport) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::from(*b"\xEF\xBB\xBF"));
    let mut row = |fields: Vec<String>| {
        let _ = writer.write_record(&fields);
    };
    row(vec!["周报 week".into(), r.week.clone(), r.time_zone.clone(), r.tenant.clone().unwrap_or_default()]);
    row(vec!["指标 metric".into(), "本周 this week".into(), "上周 previous".into()]);
    let (h, p) = (&r.headline, &r.previous_week);
    row(vec!["筛查次数 screenings".into(), h.screenings.to_string(), p.screenings.to_string()]);
    row(vec!["预警 flagged".into(), h.flagged.to_string(), p.flagged.to_string()]);
    row(vec!["新立案件 cases opened".into(), h.cases_opened.to_string(), p.cases_opened.to_string()]);
    row(vec!["确认诈骗 confirmed frauds".into(), h.confirmed_frauds.to_string(), p.confirmed_frauds.to_string()]);
    row(vec!["挽回资金 money held back".into(), money(&r.money_held_back)]);
    row(vec!["新增观察名单 new watchlist entries".into(), watch_line(&r.new_watchlist_entries)]);
    row(vec!["新报警情 new fraud records".into(), watch_line(&r.new_incidents)]);
    row(vec!["反诈宣传 outreach sessions".into(), r.outreach.0.to_string(), r.outreach.1.to_string()]);
    row(vec![]);
    row(vec![
        "企业 company".into(),
        "合计 total".into(),
        "放行 allow".into(),
        "复核 review".into(),
        "拦截 block".into(),
    ]);
    for line in &r.by_company {
        let c = &line.counts;
        row(vec![
            line.tenant.clone(),
            c.total.to_string(),
            c.allow.to_string(),
            c.review.to_string(),
            c.block.to_string(),
        ]);
    }
    row(vec![]);
    row(vec!["诈骗类型 scam type".into(), "预警 flagged".into()]);
    for line in &r.by_scam_type {
        row(vec![line.scam_type.clone(), line.flagged.to_string()]);
    }
    row(vec![]);
    row(vec![
        "规则 rule".into(),
        "标题 title".into(),
        "命中 hits".into(),
        "确认诈骗 confirmed".into(),
        "误报 false alarms".into(),
        "误报率 false-alarm rate".into(),
    ]);
    for rule in &r.rules {
        row(vec![
            rule.rule_id.clone(),
            rule.title.clone().unwrap_or_default(),
            rule.hits.to_string(),
            rule.confirmed_frauds.to_string(),
            rule.false_alarms.to_string(),
            rate(rule.false_alarm_rate),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}

/// A horizontal bar chart as inline SVG.
fn bars(items: &[(String, i64)]) -> Markup {
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = 22 * items.len().max(1);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width="640" height=(height) role="img" {
            @for (i, (label, n)) in items.iter().enumerate() {
                @let y = 22 * i;
                @let width = 400 * n / max;
                text x="0" y=(y + 15) font-size="13" { (label) }
                rect x="200" y=(y + 3) width=(width) height="16" fill="#4a7bd0" {}
                text x=(205 + width) y=(y + 15) font-size="13" { (n) }
            }
        }
    }
}

/// The report as a self-contained HTML page with SVG charts that prints well.
pub fn to_html(r: &WeeklyReport) -> String {
    let (h, p) = (&r.headline, &r.previous_week);
    let decisions: Vec<(String, i64)> = vec![
        ("放行 allow".into(), r.screenings.allow),
        ("复核 review".into(), r.screenings.review),
        ("拦截 block".into(), r.screenings.block),
    ];
    let types: Vec<(String, i64)> = r.by_scam_type.iter().map(|l| (l.scam_type.clone(), l.flagged)).collect();
    let top: Vec<(String, i64)> = r.rules.iter().take(10).map(|l| (l.rule_id.clone(), l.hits)).collect();
    let page = html! {
        (DOCTYPE)
        html lang="zh-CN" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "付款前风险筛查周报 " (r.week) }
                style { (PreEscaped("body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#111}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}th{background:#f0f0f0}
h2{border-bottom:1px solid #999;margin-top:1.5em}.muted{color:#666}@media print{body{margin:1cm}section{page-break-inside:avoid}}")) }
            }
            body {
                h1 { "付款前风险筛查周报 " (r.week) }
                p.muted { (local_days(&r.week)) " · " (r.time_zone) @if let Some(t) = &r.tenant { " · " (t) } }
                section {
                    h2 { "本周概况 This week" }
                    table {
                        tr { th { "指标" } th { "本周" } th { "上周" } th { "变化" } }
                        @for (name, now, before) in [("筛查次数", h.screenings, p.screenings), ("预警", h.flagged, p.flagged),
                                                      ("新立案件", h.cases_opened, p.cases_opened), ("确认诈骗", h.confirmed_frauds, p.confirmed_frauds)] {
                            tr { td { (name) } td { (now) } td { (before) } td { (change(now, before)) } }
                        }
                        tr { td { "挽回资金" } td colspan="3" { (money(&r.money_held_back)) } }
                        tr { td { "新增观察名单" } td colspan="3" { (watch_line(&r.new_watchlist_entries)) } }
                        tr { td { "新报警情" } td colspan="3" { (watch_line(&r.new_incidents)) } }
                        tr { td { "反诈宣传" } td colspan="3" { (r.outreach.0) " 场 · " (r.outreach.1) " 人次" } }
                    }
                }
                section { h2 { "决定 Decisions" } (bars(&decisions)) }
                section { h2 { "诈骗类型 Scam types" } (bars(&types)) }
                section {
                    h2 { "案件 Cases" }
                    p { "新立 " (r.cases.opened) " · 结案 " (r.cases.closed) " · 未结 " (r.cases.still_open) }
                    table {
                        tr { th { "结论" } th { "数量" } }
                        @for (resolution, n) in &r.cases.closed_by_resolution { tr { td { (resolution) } td { (n) } } }
                    }
                }
                section { h2 { "命中最多的规则 Top rules" } (bars(&top)) }
                section {
                    h2 { "规则效果 Rules" }
                    table {
                        tr { th { "规则" } th { "标题" } th { "命中" } th { "确认诈骗" } th { "误报" } th { "误报率" } }
                        @for rule in &r.rules {
                            tr { td { (rule.rule_id) } td { (rule.title.as_deref().unwrap_or("")) } td { (rule.hits) }
                                 td { (rule.confirmed_frauds) } td { (rule.false_alarms) } td { (rate(rule.false_alarm_rate)) } }
                        }
                    }
                }
            }
        }
    };
    page.into_string()
}

/// The local dates of an ISO week's Monday and Sunday: `2026-07-13 – 2026-07-19`.
fn local_days(week: &str) -> String {
    let parsed = week.split_once("-W").and_then(|(year, number)| {
        let monday =
            jiff::civil::ISOWeekDate::new(year.parse().ok()?, number.parse().ok()?, jiff::civil::Weekday::Monday)
                .ok()?;
        let monday = monday.date();
        Some(format!("{monday} – {}", monday.checked_add(jiff::Span::new().days(6)).ok()?))
    });
    parsed.unwrap_or_else(|| week.to_owned())
}

/// The ISO week before `week` (`2026-W01` -> `2025-W52` or `-W53`).
pub fn previous_week_name(week: &str) -> Option<String> {
    let (year, number) = week.split_once("-W")?;
    let monday = jiff::civil::ISOWeekDate::new(year.parse().ok()?, number.parse().ok()?, jiff::civil::Weekday::Monday)
        .ok()?
        .date();
    let before = monday.checked_sub(jiff::Span::new().days(7)).ok()?.iso_week_date();
    Some(format!("{}-W{:02}", before.year(), before.week()))
}

/// Reads a week's rows (and the previous week's) from the store and builds its report.
/// `tenants` limits the companies (`None`: all); `label` names the one reported on.
pub async fn load_weekly(
    store: &Store,
    week_name: &str,
    time_zone: &jiff::tz::TimeZone,
    tenants: Option<Vec<String>>,
    label: Option<String>,
    rules: Option<&RuleSet>,
) -> Result<Option<WeeklyReport>, StoreError> {
    let bounds = |name: &str| crate::http::iso_week_bounds(name, time_zone);
    let (Some((from, to)), Some(previous_name)) = (bounds(week_name), previous_week_name(week_name)) else {
        return Ok(None);
    };
    let week = Week {
        name: week_name.to_owned(),
        time_zone: time_zone.iana_name().unwrap_or("UTC").to_owned(),
        from: from.clone(),
        to: to.clone(),
    };
    let filter = StatsFilter { tenants: tenants.clone(), from: Some(from), to: Some(to) };
    let decisions = store.report_decisions(&filter).await?;
    let cases = store.report_cases(&filter).await?;
    let previous = match bounds(&previous_name) {
        Some((from, to)) => {
            let filter = StatsFilter { tenants: tenants.clone(), from: Some(from.clone()), to: Some(to.clone()) };
            let week = Week { name: previous_name, time_zone: week.time_zone.clone(), from, to };
            headline(&store.report_decisions(&filter).await?, &store.report_cases(&filter).await?, &week)
        }
        None => Headline::default(),
    };
    let mut report = weekly(&week, label, &decisions, &cases, previous, rules);
    let reaches = |company: &str| tenants.as_ref().is_none_or(|t| t.iter().any(|x| x == company));
    for row in store.incidents().await? {
        if row.reported_at >= week.from && row.reported_at < week.to && reaches(&row.company) {
            let scam_type = serde_json::from_str::<Value>(&row.incident)
                .ok()
                .and_then(|i| i["scam_type"].as_str().map(str::to_owned))
                .unwrap_or_default();
            *report.new_incidents.entry(scam_type).or_default() += 1;
        }
    }
    for row in store.outreach().await? {
        let Ok(session) = serde_json::from_str::<Value>(&row.session) else { continue };
        let reached = session["companies"].as_array().into_iter().flatten().filter_map(Value::as_str).any(reaches);
        if row.held_at >= week.from && row.held_at < week.to && reached {
            report.outreach.0 += 1;
            report.outreach.1 += session["attendance"].as_i64().unwrap_or(0);
        }
    }
    // The watchlist protects every company: its new entries are reported to all.
    for record in store.watch_records(true).await? {
        if record.added_at >= week.from && record.added_at < week.to {
            *report.new_watchlist_entries.entry(record.entry.kind).or_default() += 1;
        }
    }
    Ok(Some(report))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(tenant: &str, action: &str, rules: &[(&str, &str)]) -> ReportDecision {
        let hits: Vec<Value> = rules
            .iter()
            .map(|(id, t)| serde_json::json!({"rule_id": id, "scam_type": t, "title": "t", "score": 40, "evidence": [], "advice": "a"}))
            .collect();
        let json = serde_json::json!({"request_id": "r", "kind": "payment", "decision": action, "score": 40,
                                      "ruleset_version": "v", "hits": hits, "advice": []});
        ReportDecision {
            tenant: tenant.into(),
            kind: "payment".into(),
            decision: action.into(),
            decision_json: json.to_string(),
            request_json: r#"{"amount": "52000.50"}"#.into(),
            resolution: None,
            shadow_json: None,
        }
    }

    fn case(from: &ReportDecision, opened: &str, closed: Option<&str>, resolution: Option<&str>) -> ReportCase {
        ReportCase {
            tenant: from.tenant.clone(),
            opened_at: opened.into(),
            closed_at: closed.map(str::to_owned),
            resolution: resolution.map(str::to_owned),
            decision_json: from.decision_json.clone(),
            request_json: from.request_json.clone(),
        }
    }

    #[test]
    fn a_week_is_counted_by_action_type_company_case_and_rule() {
        let week = Week {
            name: "2026-W29".into(),
            time_zone: "Asia/Shanghai".into(),
            from: "2026-07-12T16:00:00.000000Z".into(),
            to: "2026-07-19T16:00:00.000000Z".into(),
        };
        // Hits of one type that are not adjacent count the decision once for that type.
        let boss = decision(
            "acme",
            "block",
            &[("BI-001", "boss_impersonation"), ("CM-003", "common"), ("BI-006", "boss_impersonation")],
        );
        let order = decision("beta", "review", &[("FO-001", "fake_order")]);
        let fine = decision("acme", "allow", &[]);
        let decisions = vec![boss.clone(), order.clone(), fine];
        let cases = vec![
            case(&boss, "2026-07-13T02:00:00.000000Z", Some("2026-07-14T02:00:00.000000Z"), Some("confirmed_fraud")),
            case(&order, "2026-07-13T03:00:00.000000Z", None, None),
            // Opened the week before, closed this week as a false alarm.
            case(&order, "2026-07-08T03:00:00.000000Z", Some("2026-07-15T03:00:00.000000Z"), Some("false_alarm")),
        ];
        let previous = Headline { screenings: 2, flagged: 1, cases_opened: 1, confirmed_frauds: 0 };
        let report = weekly(&week, None, &decisions, &cases, previous, None);
        assert_eq!(report.screenings, Counts { total: 3, allow: 1, review: 1, block: 1 });
        assert_eq!(report.by_company.len(), 2);
        let types: Vec<(&str, i64)> = report.by_scam_type.iter().map(|l| (l.scam_type.as_str(), l.flagged)).collect();
        assert_eq!(types, vec![("boss_impersonation", 1), ("fake_order", 1)], "common is not a scam type");
        assert_eq!((report.cases.opened, report.cases.closed, report.cases.still_open), (2, 2, 1));
        assert_eq!(report.cases.open_by_age.get("3-7d"), Some(&1));
        assert_eq!(report.money_held_back.get("CNY").map(String::as_str), Some("52000.50"));
        assert_eq!(report.headline, Headline { screenings: 3, flagged: 2, cases_opened: 2, confirmed_frauds: 1 });
        let fo = report.rules.iter().find(|r| r.rule_id == "FO-001").cloned();
        assert_eq!(fo.map(|r| (r.hits, r.false_alarms, r.false_alarm_rate)), Some((1, 1, Some(1.0))));
        // Every format carries the figures, and the CSV opens in Excel as UTF-8.
        let csv = to_csv(&report);
        assert!(csv.starts_with(b"\xEF\xBB\xBF"));
        assert!(String::from_utf8_lossy(&csv).contains("挽回资金 money held back,CNY 52000.50"));
        assert!(to_markdown(&report).contains("| 确认诈骗 confirmed frauds | 1 | 0 | +1 |"));
        let html = to_html(&report);
        assert!(html.contains("<svg") && html.contains("52000.50") && !html.contains("<script"));
    }

    #[test]
    fn a_week_is_shown_as_its_local_monday_to_sunday() {
        assert_eq!(local_days("2026-W29"), "2026-07-13 – 2026-07-19");
    }

    #[test]
    fn the_week_before_the_first_is_last_years_last() {
        assert_eq!(previous_week_name("2026-W01").as_deref(), Some("2025-W52"));
        assert_eq!(previous_week_name("2021-W01").as_deref(), Some("2020-W53"));
        assert_eq!(previous_week_name("2026-W29").as_deref(), Some("2026-W28"));
    }
}

/// What outreach reached, and what the fraud case records and screenings show, over a period.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OutreachReport {
    /// From (RFC 3339), when given.
    pub from: Option<String>,
    /// Until (RFC 3339, exclusive), when given.
    pub to: Option<String>,
    /// The company reported on; `None` for every company the caller may see.
    pub tenant: Option<String>,
    /// Sessions held.
    pub sessions: i64,
    /// Sessions by format.
    pub sessions_by_format: BTreeMap<String, i64>,
    /// Sessions by topic (scam type).
    pub sessions_by_topic: BTreeMap<String, i64>,
    /// Attendances, summed over sessions.
    pub attendance: i64,
    /// Per company reached: sessions and attendances.
    pub coverage: BTreeMap<String, (i64, i64)>,
    /// Fraud case records reported.
    pub incidents: i64,
    /// Records by scam type.
    pub incidents_by_scam_type: BTreeMap<String, i64>,
    /// Records by channel.
    pub incidents_by_channel: BTreeMap<String, i64>,
    /// Attempts stopped before money moved (nothing lost).
    pub attempted: i64,
    /// Scams that took money.
    pub successful: i64,
    /// Money lost, by currency.
    pub money_lost: BTreeMap<String, String>,
    /// Money saved, by currency.
    pub money_saved: BTreeMap<String, String>,
    /// Screenings blocked or held that were confirmed as frauds.
    pub interceptions: i64,
    /// Of the records naming the targeted employee, how many had attended outreach.
    pub targeted_attended: (i64, i64),
}

/// A decimal string of a JSON money value (string or number), 0 when absent.
fn money_of(value: &Value) -> Decimal {
    serde_json::from_value::<Money>(value.clone()).map(|m| m.decimal()).unwrap_or(Decimal::ZERO)
}

/// Builds the outreach report from sessions and records (as the API shows them, JSON) and the
/// period's screenings.
pub fn outreach(
    from: Option<String>,
    to: Option<String>,
    tenant: Option<String>,
    sessions: &[Value],
    incidents: &[Value],
    screenings: &[ReportDecision],
) -> OutreachReport {
    let mut r = OutreachReport { from, to, tenant, ..OutreachReport::default() };
    for s in sessions {
        r.sessions += 1;
        *r.sessions_by_format.entry(s["format"].as_str().unwrap_or("other").to_owned()).or_default() += 1;
        for topic in s["topics"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            *r.sessions_by_topic.entry(topic.to_owned()).or_default() += 1;
        }
        let attendance = s["attendance"].as_i64().unwrap_or(0);
        r.attendance += attendance;
        for company in s["companies"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            let entry = r.coverage.entry(company.to_owned()).or_default();
            entry.0 += 1;
            entry.1 += attendance;
        }
    }
    let (mut lost, mut saved): (BTreeMap<String, Decimal>, BTreeMap<String, Decimal>) = Default::default();
    for i in incidents {
        r.incidents += 1;
        *r.incidents_by_scam_type.entry(i["scam_type"].as_str().unwrap_or("").to_owned()).or_default() += 1;
        *r.incidents_by_channel.entry(i["channel"].as_str().unwrap_or("unknown").to_owned()).or_default() += 1;
        let currency = i["currency"].as_str().unwrap_or("CNY").to_owned();
        let amount_lost = money_of(&i["amount_lost"]);
        if amount_lost > Decimal::ZERO {
            r.successful += 1;
        } else {
            r.attempted += 1;
        }
        *lost.entry(currency.clone()).or_default() += amount_lost;
        *saved.entry(currency).or_default() += money_of(&i["amount_saved"]);
        if i["employee"].is_string() {
            r.targeted_attended.1 += 1;
            if i["attended_outreach"] == Value::Bool(true) {
                r.targeted_attended.0 += 1;
            }
        }
    }
    r.money_lost = lost.into_iter().map(|(c, v)| (c, v.round_dp(2).to_string())).collect();
    r.money_saved = saved.into_iter().map(|(c, v)| (c, v.round_dp(2).to_string())).collect();
    r.interceptions = screenings
        .iter()
        .filter(|d| d.decision != "allow" && d.resolution.as_deref() == Some("confirmed_fraud"))
        .count() as i64;
    r
}

/// The outreach report as Markdown.
pub fn outreach_markdown(r: &OutreachReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "# 反诈宣传与警情统计 Outreach and fraud records\n");
    let _ = writeln!(
        out,
        "{} – {}{}\n",
        r.from.as_deref().unwrap_or("…"),
        r.to.as_deref().unwrap_or("…"),
        r.tenant.as_ref().map(|t| format!(" · {t}")).unwrap_or_default()
    );
    let (attended, named) = r.targeted_attended;
    for (name, value) in [
        ("宣传场次 sessions", r.sessions.to_string()),
        ("参加人次 attendances", r.attendance.to_string()),
        ("覆盖企业 companies reached", r.coverage.len().to_string()),
        ("警情 fraud records", r.incidents.to_string()),
        ("未遂（未损失） stopped before money moved", r.attempted.to_string()),
        ("既遂 successful", r.successful.to_string()),
        ("损失 money lost", money(&r.money_lost)),
        ("挽回 money saved", money(&r.money_saved)),
        ("筛查拦截的确认诈骗 interceptions", r.interceptions.to_string()),
        ("受骗对象参加过宣传 targeted employees who had attended", format!("{attended} / {named}")),
    ] {
        let _ = writeln!(out, "- {name}: {value}");
    }
    let _ = writeln!(out, "\n## 形式 Formats\n");
    for (format, n) in &r.sessions_by_format {
        let _ = writeln!(out, "- {format}: {n}");
    }
    let _ = writeln!(out, "\n## 覆盖 Coverage (sessions, attendances)\n");
    for (company, (sessions, attendance)) in &r.coverage {
        let _ = writeln!(out, "- {company}: {sessions}, {attendance}");
    }
    out
}

/// The outreach report as CSV for Excel: UTF-8 with a byte-order mark.
pub fn outreach_csv(r: &OutreachReport) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::from(*b"\xEF\xBB\xBF"));
    let mut row = |fields: Vec<String>| {
        let _ = writer.write_record(&fields);
    };
    row(vec!["指标 metric".into(), "数值 value".into()]);
    let (attended, named) = r.targeted_attended;
    for (name, value) in [
        ("宣传场次 sessions", r.sessions.to_string()),
        ("参加人次 attendances", r.attendance.to_string()),
        ("覆盖企业 companies reached", r.coverage.len().to_string()),
        ("警情 fraud records", r.incidents.to_string()),
        ("未遂 stopped before money moved", r.attempted.to_string()),
        ("既遂 successful", r.successful.to_string()),
        ("损失 money lost", money(&r.money_lost)),
        ("挽回 money saved", money(&r.money_saved)),
        ("拦截 interceptions", r.interceptions.to_string()),
        ("受骗对象参加过宣传 targeted who had attended", format!("{attended}/{named}")),
    ] {
        row(vec![name.into(), value]);
    }
    row(vec![]);
    row(vec!["企业 company".into(), "场次 sessions".into(), "人次 attendances".into()]);
    for (company, (sessions, attendance)) in &r.coverage {
        row(vec![company.clone(), sessions.to_string(), attendance.to_string()]);
    }
    row(vec![]);
    row(vec!["形式 format".into(), "场次 sessions".into()]);
    for (format, n) in &r.sessions_by_format {
        row(vec![format.clone(), n.to_string()]);
    }
    writer.into_inner().unwrap_or_default()
}

/// The outreach report as a self-contained HTML page with SVG charts.
pub fn outreach_html(r: &OutreachReport) -> String {
    let formats: Vec<(String, i64)> = r.sessions_by_format.iter().map(|(k, v)| (k.clone(), *v)).collect();
    let coverage: Vec<(String, i64)> = r.coverage.iter().map(|(k, (_, attendance))| (k.clone(), *attendance)).collect();
    let types: Vec<(String, i64)> = r.incidents_by_scam_type.iter().map(|(k, v)| (k.clone(), *v)).collect();
    let (attended, named) = r.targeted_attended;
    let page = html! {
        (DOCTYPE)
        html lang="zh-CN" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "反诈宣传与警情统计" }
                style { (PreEscaped("body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#111}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}h2{border-bottom:1px solid #999}
@media print{body{margin:1cm}section{page-break-inside:avoid}}")) }
            }
            body {
                h1 { "反诈宣传与警情统计" }
                p { (r.from.as_deref().unwrap_or("…")) " – " (r.to.as_deref().unwrap_or("…")) @if let Some(t) = &r.tenant { " · " (t) } }
                table {
                    tr { td { "宣传场次" } td { (r.sessions) } }
                    tr { td { "参加人次" } td { (r.attendance) } }
                    tr { td { "覆盖企业" } td { (r.coverage.len()) } }
                    tr { td { "警情（未遂 / 既遂）" } td { (r.incidents) "（" (r.attempted) " / " (r.successful) "）" } }
                    tr { td { "损失" } td { (money(&r.money_lost)) } }
                    tr { td { "挽回" } td { (money(&r.money_saved)) } }
                    tr { td { "筛查拦截的确认诈骗" } td { (r.interceptions) } }
                    tr { td { "受骗对象参加过宣传" } td { (attended) " / " (named) } }
                }
                section { h2 { "宣传形式" } (bars(&formats)) }
                section { h2 { "各企业参加人次" } (bars(&coverage)) }
                section { h2 { "警情类型" } (bars(&types)) }
            }
        }
    };
    page.into_string()
}
