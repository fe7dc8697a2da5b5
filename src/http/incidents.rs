//! Fraud case records (`/v1/incidents`): attempted or successful scams companies report,
//! distinct from the review cases of screening. Officers record and update them for the
//! companies of their jurisdiction; a company's analysts and clients read its own. Confirming
//! one puts the scammer's identifiers on the shared watchlist, in the same transaction.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::handlers::{parse, read_body};
use super::outreach::OutreachSession;
use super::{ApiError, AppState};
use crate::domain::Money;
use crate::domain::request::Channel;
use crate::store::{IncidentRow, NewWatch, Principal};

/// The scammer's identifiers as the company reported them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identifiers {
    /// Phone numbers.
    #[serde(default)]
    pub phones: Vec<String>,
    /// Bank account numbers.
    #[serde(default)]
    pub accounts: Vec<String>,
    /// Account holders' names.
    #[serde(default)]
    pub account_names: Vec<String>,
    /// IM ids.
    #[serde(default)]
    pub im_ids: Vec<String>,
    /// E-mail addresses.
    #[serde(default)]
    pub emails: Vec<String>,
    /// Company names used.
    #[serde(default)]
    pub company_names: Vec<String>,
}

/// Where an incident stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentStatus {
    /// Reported by the company.
    Reported,
    /// Being looked into.
    Investigating,
    /// Confirmed as a scam: its identifiers go on the watchlist.
    Confirmed,
    /// Closed.
    Closed,
}

impl IncidentStatus {
    fn as_str(self) -> &'static str {
        match self {
            IncidentStatus::Reported => "reported",
            IncidentStatus::Investigating => "investigating",
            IncidentStatus::Confirmed => "confirmed",
            IncidentStatus::Closed => "closed",
        }
    }
}

/// One fraud case record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// When the company reported it.
    pub reported_at: jiff::Timestamp,
    /// The company (tenant) it happened to.
    pub company: String,
    /// The scam type (a rule pack's id).
    pub scam_type: String,
    /// How the scammer made contact.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// The scammer's identifiers.
    #[serde(default)]
    pub identifiers: Identifiers,
    /// Money the scam aimed at.
    #[serde(default)]
    pub amount_at_risk: Option<Money>,
    /// Money lost.
    #[serde(default)]
    pub amount_lost: Option<Money>,
    /// Money saved.
    #[serde(default)]
    pub amount_saved: Option<Money>,
    /// Where it stands.
    pub status: IncidentStatus,
    /// What happened.
    #[serde(default)]
    pub narrative: Option<String>,
    /// Screening decisions it is linked to.
    #[serde(default)]
    pub decisions: Vec<String>,
    /// The employee targeted (an employee id).
    #[serde(default)]
    pub employee: Option<String>,
    /// Whether that employee had attended outreach; worked out from the rosters when not said.
    #[serde(default)]
    pub attended_outreach: Option<bool>,
    /// The officer in charge.
    pub officer: String,
}

/// Whether `employee` of `company` is on the roster of a session held for it before `at`.
async fn attended(state: &AppState, company: &str, employee: &str, at: jiff::Timestamp) -> Result<bool, ApiError> {
    let rows = state.store.outreach().await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(rows
        .iter()
        .filter_map(|r| serde_json::from_str::<OutreachSession>(&r.session).ok())
        .any(|s| s.held_at < at && s.companies.iter().any(|c| c == company) && s.roster.iter().any(|e| e == employee)))
}

/// The identifiers a confirmed incident puts on the watchlist.
fn watch_entries(id: &str, incident: &Incident, by: &str) -> Vec<NewWatch> {
    let ids = &incident.identifiers;
    let mut entries = Vec::new();
    for (kind, values) in [
        ("account", &ids.accounts),
        ("phone", &ids.phones),
        ("im", &ids.im_ids),
        ("email", &ids.emails),
        ("name", &ids.account_names),
        ("name", &ids.company_names),
    ] {
        for value in values.iter().filter(|v| !v.trim().is_empty()) {
            entries.push(NewWatch {
                kind: kind.to_owned(),
                value: value.trim().to_owned(),
                source: "incident".into(),
                source_ref: Some(id.to_owned()),
                source_tenant: Some(incident.company.clone()),
                note: None,
                added_by: by.to_owned(),
                expires_at: None,
            });
        }
    }
    entries
}

/// Checks and stores `incident` under `id`; `was` is its status before, so that a confirmation
/// adds the identifiers once.
async fn save(
    state: &AppState,
    principal: &Principal,
    id: String,
    mut incident: Incident,
    was: Option<IncidentStatus>,
) -> Result<Value, ApiError> {
    if !principal.can_read(&incident.company) {
        return Err(ApiError::invalid_field(
            "company".into(),
            format!("`{}` is outside your jurisdiction", incident.company),
        ));
    }
    let rules = state.active_rules();
    if !rules.packs.iter().any(|p| p.id == *incident.scam_type) {
        return Err(ApiError::invalid_field(
            "scam_type".into(),
            format!("`{}` is not a scam type of the rule packs", incident.scam_type),
        ));
    }
    if incident.attended_outreach.is_none() {
        if let Some(employee) = incident.employee.clone() {
            incident.attended_outreach =
                Some(attended(state, &incident.company, &employee, incident.reported_at).await?);
        }
    }
    let confirming = incident.status == IncidentStatus::Confirmed && was != Some(IncidentStatus::Confirmed);
    let watch = if confirming { watch_entries(&id, &incident, &principal.name) } else { Vec::new() };
    let row = IncidentRow {
        id: id.clone(),
        company: incident.company.clone(),
        reported_at: crate::store::stamp(incident.reported_at),
        status: incident.status.as_str().to_owned(),
        incident: serde_json::to_string(&incident).map_err(|_| ApiError::not_found("incident"))?,
        by: principal.name.clone(),
    };
    state.store.put_incident(row, watch.clone()).await.map_err(|e| ApiError::unavailable(&e))?;
    if !watch.is_empty() {
        super::follow_watchlist(state, true).await.map_err(|e| ApiError::unavailable(&e))?;
    }
    let mut shown = serde_json::to_value(&incident).map_err(|_| ApiError::not_found("incident"))?;
    if let Some(object) = shown.as_object_mut() {
        object.insert("id".into(), Value::String(id));
        object.insert("recorded_by".into(), Value::String(principal.name.clone()));
    }
    Ok(shown)
}

pub(super) async fn create(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let incident: Incident = parse(&read_body(&state, body).await?)?;
    Ok(Json(save(&state, &principal, ulid::Ulid::new().to_string(), incident, None).await?))
}

/// The records `principal` may read: officers those of their jurisdiction, others their own.
pub(super) async fn visible(state: &AppState, principal: &Principal) -> Result<Vec<(IncidentRow, Incident)>, ApiError> {
    let rows = state.store.incidents().await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(rows
        .into_iter()
        .filter(|row| principal.can_read(&row.company))
        .filter_map(|row| serde_json::from_str::<Incident>(&row.incident).ok().map(|i| (row, i)))
        .collect())
}

fn shown(row: &IncidentRow, incident: &Incident) -> Value {
    let mut value = serde_json::to_value(incident).unwrap_or(Value::Null);
    if let Some(object) = value.as_object_mut() {
        object.insert("id".into(), Value::String(row.id.clone()));
        object.insert("recorded_by".into(), Value::String(row.by.clone()));
    }
    value
}

pub(super) async fn list(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
) -> Result<Json<Value>, ApiError> {
    let incidents: Vec<Value> = visible(&state, &principal).await?.iter().map(|(row, i)| shown(row, i)).collect();
    Ok(Json(json!({"incidents": incidents})))
}

pub(super) async fn get(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let all = visible(&state, &principal).await?;
    let (row, incident) = all.iter().find(|(row, _)| row.id == id).ok_or_else(|| ApiError::not_found("incident"))?;
    Ok(Json(shown(row, incident)))
}

pub(super) async fn patch(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let all = visible(&state, &principal).await?;
    let (_, current) = all.into_iter().find(|(row, _)| row.id == id).ok_or_else(|| ApiError::not_found("incident"))?;
    let changes: Value = parse(&read_body(&state, body).await?)?;
    let mut merged = serde_json::to_value(&current).map_err(|_| ApiError::not_found("incident"))?;
    match (merged.as_object_mut(), changes.as_object()) {
        (Some(merged), Some(changes)) => merged.extend(changes.clone()),
        _ => return Err(ApiError::invalid_field(String::new(), "expected an object of fields to change".into())),
    }
    let incident: Incident = parse(merged.to_string().as_bytes())?;
    Ok(Json(save(&state, &principal, id, incident, Some(current.status)).await?))
}

/// Query of `GET /v1/reports/outreach`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PeriodQuery {
    from: Option<jiff::Timestamp>,
    to: Option<jiff::Timestamp>,
    tenant: Option<String>,
}

/// `GET /v1/reports/outreach?from&to[&tenant]`: what outreach reached and what the records and
/// screenings show, over the companies the caller may see.
pub(super) async fn outreach_report(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    query: Result<axum::extract::Query<PeriodQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<crate::report::OutreachReport>, ApiError> {
    let axum::extract::Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let within = |at: jiff::Timestamp| query.from.is_none_or(|f| at >= f) && query.to.is_none_or(|t| at < t);
    let tenant = query.tenant.as_deref();
    let sessions: Vec<Value> = super::outreach::visible(&state, &principal, tenant)
        .await?
        .into_iter()
        .filter(|(_, s)| within(s.held_at))
        .filter_map(|(_, s)| serde_json::to_value(s).ok())
        .collect();
    let incidents: Vec<Value> = visible(&state, &principal)
        .await?
        .into_iter()
        .filter(|(_, i)| within(i.reported_at) && tenant.is_none_or(|t| i.company == t))
        .filter_map(|(_, i)| serde_json::to_value(i).ok())
        .collect();
    let filter = crate::store::StatsFilter {
        tenants: super::handlers::visible_tenants(&principal, tenant),
        from: query.from.map(crate::store::stamp),
        to: query.to.map(crate::store::stamp),
    };
    let screenings = state.store.report_decisions(&filter).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(crate::report::outreach(
        query.from.map(|t| t.to_string()),
        query.to.map(|t| t.to_string()),
        query.tenant.clone(),
        &sessions,
        &incidents,
        &screenings,
    )))
}
