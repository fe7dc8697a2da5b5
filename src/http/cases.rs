//! The review workflow: `GET /v1/cases`, `GET /v1/cases/{id}`, `PATCH /v1/cases/{id}`.
//!
//! A case moves `open` -> `in_review` -> `closed` (or straight from `open` to `closed`); closing
//! takes a resolution, which becomes the decision's outcome. Every change is recorded with who
//! made it, in the same transaction as the change.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::handlers::{parse, read_body, visible_tenants};
use super::{ApiError, AppState};
use crate::domain::Decision;
use crate::domain::Request;
use crate::store::{CaseEvent, CaseFilter, CaseRecord, CaseUpdate, CaseUpdated, OutcomeWrite, Principal, Role};

/// How a case is closed, and the outcome that means for its decision.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = CaseResolution)]
pub(super) enum Resolution {
    /// A scam: the payment or order was stopped.
    ConfirmedFraud,
    /// Legitimate: the rules were wrong this time.
    FalseAlarm,
    /// The company called the payment off.
    CancelledByCompany,
    /// Verified out of band and paid: the payee becomes known.
    PaidAfterVerification,
}

impl Resolution {
    fn as_str(self) -> &'static str {
        match self {
            Resolution::ConfirmedFraud => "confirmed_fraud",
            Resolution::FalseAlarm => "false_alarm",
            Resolution::CancelledByCompany => "cancelled_by_company",
            Resolution::PaidAfterVerification => "paid_after_verification",
        }
    }

    /// The decision outcome this resolution records.
    fn outcome(self) -> &'static str {
        match self {
            Resolution::ConfirmedFraud => "confirmed_fraud",
            Resolution::FalseAlarm => "false_alarm",
            Resolution::CancelledByCompany => "cancelled",
            Resolution::PaidAfterVerification => "executed",
        }
    }
}

/// Case statuses a change may set.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = CaseStatusChange)]
pub(super) enum Status {
    InReview,
    Closed,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::InReview => "in_review",
            Status::Closed => "closed",
        }
    }
}

/// Body of `PATCH /v1/cases/{id}`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = CaseChange)]
pub(super) struct Change {
    #[serde(default)]
    pub(super) status: Option<Status>,
    #[serde(default)]
    pub(super) resolution: Option<Resolution>,
    #[serde(default)]
    pub(super) assignee: Option<String>,
    #[serde(default)]
    pub(super) note: Option<String>,
    /// With a `false_alarm` resolution: put this payee account (or customer) on the allowlist
    /// for these rules until this time.
    #[serde(default)]
    pub(super) allowlist: Option<AllowlistRequest>,
}

/// `allowlist` of a case change.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = CaseAllowlist)]
pub(super) struct AllowlistRequest {
    /// Until when (RFC 3339).
    #[schema(value_type = String, format = DateTime)]
    pub(super) until: jiff::Timestamp,
    /// The rules it covers; by default every rule that scored on the decision.
    #[serde(default)]
    pub(super) rules: Option<Vec<String>>,
}

/// Query of `GET /v1/cases`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CaseQuery {
    status: Option<String>,
    /// ISO week, `2026-W29`, in the service's time zone.
    week: Option<String>,
    tenant: Option<String>,
    scam_type: Option<String>,
    rule: Option<String>,
    cursor: Option<String>,
    limit: Option<usize>,
}

/// The start and end (as stored timestamps) of an ISO week such as `2026-W29` in `tz`.
pub fn iso_week_bounds(week: &str, tz: &jiff::tz::TimeZone) -> Option<(String, String)> {
    let (year, number) = week.split_once("-W")?;
    let year: i16 = year.parse().ok()?;
    let number: i8 = number.parse().ok()?;
    let monday = jiff::civil::ISOWeekDate::new(year, number, jiff::civil::Weekday::Monday).ok()?.date();
    let midnight = |date: jiff::civil::Date| {
        tz.to_ambiguous_timestamp(date.to_datetime(jiff::civil::Time::midnight())).compatible().ok()
    };
    let start = midnight(monday)?;
    let end = midnight(monday.checked_add(jiff::Span::new().days(7)).ok()?)?;
    Some((crate::store::stamp(start), crate::store::stamp(end)))
}

pub(super) async fn list(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    query: Result<Query<CaseQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    if let Some(status) = &query.status {
        if !["open", "in_review", "closed"].contains(&status.as_str()) {
            return Err(ApiError::invalid_field("status".into(), "expected open, in_review or closed".into()));
        }
    }
    let (opened_from, opened_to) = match &query.week {
        Some(week) => {
            let (from, to) = iso_week_bounds(week, &state.time_zone).ok_or_else(|| {
                ApiError::invalid_field("week".into(), format!("`{week}` is not an ISO week such as 2026-W29"))
            })?;
            (Some(from), Some(to))
        }
        None => (None, None),
    };
    let limit = query.limit.unwrap_or(100).clamp(1, 1000);
    let filter = CaseFilter {
        tenants: visible_tenants(&principal, query.tenant.as_deref()),
        status: query.status,
        opened_from,
        opened_to,
        scam_type: query.scam_type,
        rule_id: query.rule,
        after: query.cursor,
        limit: limit + 1,
    };
    let mut rows = state.store.list_cases(&filter).await.map_err(|e| ApiError::unavailable(&e))?;
    let next_cursor = if rows.len() > limit {
        rows.truncate(limit);
        rows.last().map(|(cursor, _)| cursor.clone())
    } else {
        None
    };
    let cases: Vec<_> = rows.into_iter().map(|(_, case)| case).collect();
    Ok(Json(json!({"cases": cases, "next_cursor": next_cursor})))
}

/// The case, if this caller may see it (another tenant's does not exist for it).
pub(super) async fn visible_case(state: &AppState, principal: &Principal, id: &str) -> Result<CaseRecord, ApiError> {
    let case = state.store.case(id).await.map_err(|e| ApiError::unavailable(&e))?;
    case.filter(|c| principal.can_read(&c.tenant)).ok_or_else(|| ApiError::not_found("case"))
}

/// What a case is about: its decision, the request as received, and its history.
pub(super) async fn record_of(
    state: &AppState,
    case: &CaseRecord,
) -> Result<(Decision, Value, Vec<CaseEvent>), ApiError> {
    let (_, decision, request_json) = state
        .store
        .decision(&case.decision_id)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("case"))?;
    let request: Value = serde_json::from_str(&request_json).unwrap_or(Value::Null);
    let events = state.store.case_events(&case.id).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok((decision, request, events))
}

/// The case with its decision, request and history; a client sees only its status.
async fn detail(state: &AppState, principal: &Principal, case: CaseRecord) -> Result<Value, ApiError> {
    if principal.role == Role::Client {
        return Ok(json!({"id": case.id, "decision_id": case.decision_id, "status": case.status,
                         "resolution": case.resolution}));
    }
    let (decision, request, events) = record_of(state, &case).await?;
    // The opening is the decision itself: who screened, and when.
    let mut history = vec![json!({"at": case.opened_at, "by_name": "screening", "action": "opened",
                                  "detail": {"decision": decision.decision.as_str(), "score": decision.score}})];
    history.extend(events.into_iter().map(|e| json!(e)));
    let mut detail = json!({"case": case, "decision": decision, "request": request, "history": history});
    if matches!(principal.role, Role::Officer | Role::Admin) {
        detail["watchlist"] = Value::Array(super::watchlist::sources(state, &request).await?);
    }
    Ok(detail)
}

pub(super) async fn get(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let case = visible_case(&state, &principal, &id).await?;
    Ok(Json(detail(&state, &principal, case).await?))
}

pub(super) async fn patch(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let change: Change = parse(&read_body(&state, body).await?)?;
    apply(&state, &principal, &id, change, None).await?;
    let case = visible_case(&state, &principal, &id).await?;
    Ok(Json(detail(&state, &principal, case).await?))
}

/// Applies a change to a case for `principal`: validates it against where the case is, and
/// writes it with its events, outcome and allowlist entry in one transaction. `checked` ticks
/// off a verification step.
pub(super) async fn apply(
    state: &AppState,
    principal: &Principal,
    id: &str,
    change: Change,
    checked: Option<String>,
) -> Result<(), ApiError> {
    let case = visible_case(state, principal, id).await?;
    // A resolution closes the case; closing needs one.
    let status = match (change.status, change.resolution) {
        (None, Some(_)) | (Some(Status::Closed), Some(_)) => Some(Status::Closed),
        (Some(Status::Closed), None) => {
            return Err(ApiError::invalid_field("resolution".into(), "closing a case needs a resolution".into()));
        }
        (Some(Status::InReview), Some(_)) => {
            return Err(ApiError::invalid_field("resolution".into(), "a resolution closes the case".into()));
        }
        (status, None) => status,
    };
    if status.is_none() && change.assignee.is_none() && change.note.is_none() && checked.is_none() {
        return Err(ApiError::invalid_field(
            String::new(),
            "nothing to change: give status, resolution, assignee or note".into(),
        ));
    }
    if case.status == "closed" && (status.is_some() || change.assignee.is_some()) {
        return Err(ApiError::case_conflict("case_closed", "the case is closed; only notes can be added".into()));
    }
    if case.status == "in_review" && status == Some(Status::InReview) {
        return Err(ApiError::case_conflict("invalid_transition", "the case is already in review".into()));
    }
    let allowlist = match change.allowlist {
        Some(request) if change.resolution == Some(Resolution::FalseAlarm) => {
            Some(allowlist_entry(state, &case, request, principal).await?)
        }
        Some(_) => {
            return Err(ApiError::invalid_field(
                "allowlist".into(),
                "an allowlist entry comes with a false_alarm resolution".into(),
            ));
        }
        None => None,
    };
    let outcome = match change.resolution {
        Some(resolution) => Some(outcome_of(state, &case, resolution, principal).await?),
        None => None,
    };
    let closing = status == Some(Status::Closed);
    let events = if closing {
        let resolution = change.resolution.map(Resolution::as_str);
        vec![crate::webhooks::events::case_closed(
            &case.tenant,
            &case.id,
            &case.decision_id,
            resolution,
            &principal.name,
        )]
    } else {
        Vec::new()
    };
    let update = CaseUpdate {
        case_id: case.id.clone(),
        tenant: case.tenant.clone(),
        by_key: principal.key_id.clone(),
        by_name: principal.name.clone(),
        expected_status: case.status.clone(),
        expected_updated_at: case.updated_at.clone(),
        status: status.map(|s| s.as_str().to_owned()),
        resolution: change.resolution.map(|r| r.as_str().to_owned()),
        assignee: change.assignee,
        note: change.note,
        outcome,
        allowlist,
        checked,
        events,
    };
    match state.store.update_case(update).await.map_err(|e| ApiError::unavailable(&e))? {
        CaseUpdated::Stale => Err(ApiError::case_conflict(
            "case_changed",
            "the case changed since it was read; read it again and retry".into(),
        )),
        CaseUpdated::Applied { history_added } => {
            if history_added {
                super::catch_up_history(state).await.map_err(|e| ApiError::unavailable(&e))?;
            }
            if change.resolution == Some(Resolution::ConfirmedFraud) {
                super::follow_watchlist(state, true).await.map_err(|e| ApiError::unavailable(&e))?;
            }
            Ok(())
        }
    }
}

/// The allowlist history event a false alarm adds: (JSON, time).
async fn allowlist_entry(
    state: &AppState,
    case: &CaseRecord,
    request: AllowlistRequest,
    principal: &Principal,
) -> Result<(String, String), ApiError> {
    use crate::engine::history::{AllowEntry, AllowKind};
    let (_, decision, request_json) = state
        .store
        .decision(&case.decision_id)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("case"))?;
    let value: Value = serde_json::from_str(&request_json).map_err(|_| ApiError::not_found("case"))?;
    let screened = Request::from_json(decision.kind, value).map_err(|_| ApiError::not_found("case"))?;
    let now = jiff::Timestamp::now();
    if request.until <= now {
        return Err(ApiError::invalid_field(
            "allowlist.until".into(),
            "the allowlist entry must end in the future".into(),
        ));
    }
    let rules = request
        .rules
        .unwrap_or_else(|| decision.hits.iter().filter(|h| h.score > 0).map(|h| h.rule_id.to_string()).collect());
    if rules.is_empty() {
        return Err(ApiError::invalid_field("allowlist.rules".into(), "name the rules the review found wrong".into()));
    }
    let (kind, value) = match &screened {
        Request::Payment(p) => (AllowKind::Payee, p.payee.account_no.clone()),
        Request::Order(o) => (AllowKind::Customer, o.customer.name.clone()),
    };
    // In force from the screened request's time, so the same request screened again is covered.
    let entry = AllowEntry {
        at: screened.at().min(now),
        until: request.until,
        kind,
        value,
        rules,
        case_id: Some(case.id.clone()),
    };
    let json = serde_json::to_string(&entry).map_err(|_| ApiError::not_found("case"))?;
    tracing::info!(case = %case.id, by = principal.name, "allowlist entry added");
    Ok((json, entry.at.to_string()))
}

/// The outcome a resolution records for the case's decision; paying after verification adds
/// the request to the counterparty history, so the payee is known next time.
async fn outcome_of(
    state: &AppState,
    case: &CaseRecord,
    resolution: Resolution,
    principal: &Principal,
) -> Result<OutcomeWrite, ApiError> {
    let history_event = if resolution == Resolution::PaidAfterVerification {
        let (_, decision, request_json) = state
            .store
            .decision(&case.decision_id)
            .await
            .map_err(|e| ApiError::unavailable(&e))?
            .ok_or_else(|| ApiError::not_found("case"))?;
        let request = super::handlers::stored_request(decision.kind, &request_json, "case")?;
        Some((decision.kind.as_str().to_owned(), request_json, request.at().to_string()))
    } else {
        None
    };
    let watch = if resolution == Resolution::ConfirmedFraud {
        let (_, decision, request_json) = state
            .store
            .decision(&case.decision_id)
            .await
            .map_err(|e| ApiError::unavailable(&e))?
            .ok_or_else(|| ApiError::not_found("case"))?;
        let request = super::handlers::stored_request(decision.kind, &request_json, "case")?;
        super::watchlist::identifiers_of(&request, &case.decision_id, &case.tenant, &principal.name)
    } else {
        Vec::new()
    };
    Ok(OutcomeWrite {
        decision_id: case.decision_id.clone(),
        tenant: case.tenant.clone(),
        outcome: resolution.outcome().to_owned(),
        note: Some(format!("case {} closed as {}", case.id, resolution.as_str())),
        by_key: principal.key_id.clone(),
        history_event,
        watch,
    })
}

#[cfg(test)]
mod tests {
    use super::iso_week_bounds;

    #[test]
    fn iso_weeks_start_on_monday_midnight_in_the_time_zone() {
        let shanghai = jiff::tz::TimeZone::get("Asia/Shanghai").unwrap_or_else(|e| panic!("{e}"));
        let (from, to) = iso_week_bounds("2026-W29", &shanghai).unwrap_or_else(|| panic!("a valid week"));
        // Monday 13 July 2026, 00:00 in Shanghai is 12 July 16:00 UTC.
        assert_eq!((from.as_str(), to.as_str()), ("2026-07-12T16:00:00.000000Z", "2026-07-19T16:00:00.000000Z"));
        // 2026-W01 begins on 29 December 2025.
        let (from, _) = iso_week_bounds("2026-W01", &shanghai).unwrap_or_else(|| panic!("a valid week"));
        assert_eq!(from, "2025-12-28T16:00:00.000000Z");
        assert!(iso_week_bounds("2026-W54", &shanghai).is_none());
        assert!(iso_week_bounds("2026-29", &shanghai).is_none());
    }
}

/// Query of `GET /v1/reports/weekly`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReportQuery {
    week: String,
    tenant: Option<String>,
}

/// `GET /v1/reports/weekly?week=2026-W29[&tenant=T]`: the weekly report as JSON, over the
/// companies the caller may see.
pub(super) async fn weekly_report(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    query: Result<Query<ReportQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<crate::report::WeeklyReport>, ApiError> {
    let Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let tenants = visible_tenants(&principal, query.tenant.as_deref());
    let label = query.tenant.clone().or_else(|| (principal.role == Role::Analyst).then(|| principal.tenant.clone()));
    let rules = state.active_rules();
    crate::report::load_weekly(&state.store, &query.week, &state.time_zone, tenants, label, Some(&rules))
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .map(Json)
        .ok_or_else(|| {
            ApiError::invalid_field("week".into(), format!("`{}` is not an ISO week such as 2026-W29", query.week))
        })
}
