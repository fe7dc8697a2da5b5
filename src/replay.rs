//! Replays a labelled corpus (`shared/corpus/README.md` format) through the engine and
//! measures recall, block recall and false alarms.

use std::collections::BTreeMap;

use anyhow::{Context as _, Result, bail};
use serde::{Deserialize, Serialize};

use crate::domain::{Action, Decision, Kind, Request};
use crate::engine::{Context, Event, History, RuleSet, Watchlist};

/// One corpus line.
#[derive(Debug, Deserialize)]
pub struct Line {
    /// Unique id.
    pub id: String,
    /// Company.
    pub tenant: String,
    /// `history` or `test`.
    pub phase: String,
    /// `payment` or `order`.
    pub kind: Kind,
    /// `legit` or `scam`.
    pub label: String,
    /// The scam type of a scam line.
    pub scam_type: Option<String>,
    /// `allow`, `flag` or `block`.
    pub expect: String,
    /// The request body.
    pub request: serde_json::Value,
    /// One-sentence description.
    #[serde(default)]
    pub note: String,
}

/// One scored line that went wrong.
#[derive(Debug, Serialize)]
pub struct Miss {
    /// Line id.
    pub id: String,
    /// What was expected.
    pub expect: String,
    /// What came out.
    pub decision: Action,
    /// Score.
    pub score: u8,
    /// Scam type, for scams.
    pub scam_type: Option<String>,
    /// Rules that fired.
    pub hits: Vec<String>,
    /// The line's note.
    pub note: String,
}

/// Recall of one scam type.
#[derive(Debug, Default, Serialize)]
pub struct TypeRecall {
    /// Scam lines of this type.
    pub total: usize,
    /// Of which flagged.
    pub caught: usize,
}

/// The result of a replay.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// Recall per scam type.
    pub recall: BTreeMap<String, TypeRecall>,
    /// Scam lines.
    pub scams: usize,
    /// Scam lines flagged.
    pub scams_caught: usize,
    /// `expect: block` lines.
    pub block_expected: usize,
    /// Of which blocked.
    pub blocked: usize,
    /// Legitimate test lines.
    pub legit: usize,
    /// Legitimate lines flagged (review or block).
    pub false_alarms: usize,
    /// Legitimate lines blocked.
    pub legit_blocked: usize,
    /// Scams not flagged and block lines not blocked.
    pub misses: Vec<Miss>,
    /// Legitimate lines flagged.
    pub false_alarm_lines: Vec<Miss>,
}

impl Report {
    /// Overall scam recall.
    pub fn recall_rate(&self) -> f64 {
        ratio(self.scams_caught, self.scams)
    }

    /// False-alarm rate on legitimate test lines.
    pub fn false_alarm_rate(&self) -> f64 {
        ratio(self.false_alarms, self.legit)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Replays JSONL text through the rules.
pub fn replay(rules: &RuleSet, jsonl: &str, watchlist: &Watchlist) -> Result<Report> {
    let mut histories: BTreeMap<String, History> = BTreeMap::new();
    let mut report = Report::default();
    for (n, raw) in jsonl.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let line: Line = serde_json::from_str(raw).with_context(|| format!("line {}: not a corpus line", n + 1))?;
        let request = Request::from_json(line.kind, line.request.clone())
            .with_context(|| format!("line {} ({}): invalid request", n + 1, line.id))?;
        let history = histories.entry(line.tenant.clone()).or_default();
        let decision = rules.screen(&request, Context { history, watchlist, tenant: None });
        match line.phase.as_str() {
            "history" => history.record(match &request {
                Request::Payment(p) => Event::executed_payment(p),
                Request::Order(o) => Event::accepted_order(o),
            }),
            "test" => score_line(&mut report, &line, &decision),
            other => bail!("line {} ({}): unknown phase `{other}`", n + 1, line.id),
        }
    }
    Ok(report)
}

fn score_line(report: &mut Report, line: &Line, decision: &Decision) {
    let flagged = decision.decision != Action::Allow;
    let miss = || Miss {
        id: line.id.clone(),
        expect: line.expect.clone(),
        decision: decision.decision,
        score: decision.score,
        scam_type: line.scam_type.clone(),
        hits: decision.hits.iter().map(|h| format!("{}({})", h.rule_id, h.score)).collect(),
        note: line.note.clone(),
    };
    if line.label == "scam" {
        report.scams += 1;
        let entry = report.recall.entry(line.scam_type.clone().unwrap_or_default()).or_default();
        entry.total += 1;
        if flagged {
            report.scams_caught += 1;
            entry.caught += 1;
        }
        let block_missed = line.expect == "block" && decision.decision != Action::Block;
        if line.expect == "block" {
            report.block_expected += 1;
            if !block_missed {
                report.blocked += 1;
            }
        }
        if !flagged || block_missed {
            report.misses.push(miss());
        }
    } else {
        report.legit += 1;
        if flagged {
            report.false_alarms += 1;
            if decision.decision == Action::Block {
                report.legit_blocked += 1;
            }
            report.false_alarm_lines.push(miss());
        }
    }
}

/// The report as text.
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    out.push_str("recall by scam type:\n");
    for (scam_type, r) in &report.recall {
        out.push_str(&format!("  {scam_type:<24} {}/{}\n", r.caught, r.total));
    }
    out.push_str(&format!(
        "scam recall: {}/{} ({:.1}%)\nblock recall: {}/{}\nfalse alarms: {}/{} legitimate ({:.1}%)\nlegitimate blocked: {}\n",
        report.scams_caught,
        report.scams,
        report.recall_rate() * 100.0,
        report.blocked,
        report.block_expected,
        report.false_alarms,
        report.legit,
        report.false_alarm_rate() * 100.0,
        report.legit_blocked
    ));
    for (title, list) in [("misses", &report.misses), ("false alarms", &report.false_alarm_lines)] {
        if !list.is_empty() {
            out.push_str(&format!("{title}:\n"));
            for m in list {
                out.push_str(&format!(
                    "  {} expect={} got={} score={} [{}] {}\n      {}\n",
                    m.id,
                    m.expect,
                    m.decision.as_str(),
                    m.score,
                    m.scam_type.as_deref().unwrap_or("legit"),
                    m.hits.join(" "),
                    m.note
                ));
            }
        }
    }
    out
}
