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
use crate::store::{IncidentRow, NewWatch, Principal, Store, StoreError};

/// The scammer's identifiers as the company reported them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// When the company reported it.
    #[schema(value_type = String, format = DateTime)]
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
    #[schema(value_type = Option<String>)]
    pub amount_at_risk: Option<Money>,
    /// Money lost.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub amount_lost: Option<Money>,
    /// Money saved.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
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
async fn attended(store: &Store, company: &str, employee: &str, at: jiff::Timestamp) -> Result<bool, StoreError> {
    let rows = store.outreach().await?;
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

/// Stores `incident` under `id` as recorded `by` someone: works out from the rosters whether the
/// targeted employee had attended outreach, when not stated, and puts the identifiers of a newly
/// confirmed incident on the watchlist in the same transaction (`was` is its status before, so a
/// confirmation adds them once). Returns what was stored and whether the watchlist grew.
pub async fn record(
    store: &Store,
    by: &str,
    id: &str,
    mut incident: Incident,
    was: Option<IncidentStatus>,
) -> Result<(Incident, bool), StoreError> {
    if incident.attended_outreach.is_none() {
        if let Some(employee) = incident.employee.clone() {
            incident.attended_outreach =
                Some(attended(store, &incident.company, &employee, incident.reported_at).await?);
        }
    }
    let confirming = incident.status == IncidentStatus::Confirmed && was != Some(IncidentStatus::Confirmed);
    let watch = if confirming { watch_entries(id, &incident, by) } else { Vec::new() };
    let row = IncidentRow {
        id: id.to_owned(),
        company: incident.company.clone(),
        reported_at: crate::store::stamp(incident.reported_at),
        status: incident.status.as_str().to_owned(),
        incident: serde_json::to_string(&incident).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        by: by.to_owned(),
    };
    let watched = !watch.is_empty();
    let events = if confirming {
        let shown = serde_json::to_value(&incident).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        vec![crate::webhooks::events::incident_confirmed(id, &shown)]
    } else {
        Vec::new()
    };
    store.put_incident(row, watch, events).await?;
    Ok((incident, watched))
}

/// Checks and stores `incident` under `id`; `was` is its status before, so that a confirmation
/// adds the identifiers once.
/// Checks a record an officer writes: a company of the officer's jurisdiction, a scam type of
/// the rule packs, and linked decisions that are the company's own screenings.
async fn check(state: &AppState, principal: &Principal, incident: &Incident) -> Result<(), ApiError> {
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
    for decision in &incident.decisions {
        let found = state.store.decision(decision).await.map_err(|e| ApiError::unavailable(&e))?;
        if found.is_none_or(|(tenant, _, _)| tenant != incident.company) {
            return Err(ApiError::invalid_field(
                "decisions".into(),
                format!("`{decision}` is not a screening decision of `{}`", incident.company),
            ));
        }
    }
    Ok(())
}

pub(super) async fn save(
    state: &AppState,
    principal: &Principal,
    id: String,
    incident: Incident,
    was: Option<IncidentStatus>,
) -> Result<Value, ApiError> {
    check(state, principal, &incident).await?;
    let (incident, watched) =
        record(&state.store, &principal.name, &id, incident, was).await.map_err(|e| ApiError::unavailable(&e))?;
    if watched {
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
    let changes: Value = parse(&read_body(&state, body).await?)?;
    change(&state, &principal, id, &changes).await.map(Json)
}

/// Applies `changes` (fields of the record) to the record `id`, checked as a new one is.
pub(super) async fn change(
    state: &AppState,
    principal: &Principal,
    id: String,
    changes: &Value,
) -> Result<Value, ApiError> {
    let all = visible(state, principal).await?;
    let (_, current) = all.into_iter().find(|(row, _)| row.id == id).ok_or_else(|| ApiError::not_found("incident"))?;
    let mut merged = serde_json::to_value(&current).map_err(|_| ApiError::not_found("incident"))?;
    match (merged.as_object_mut(), changes.as_object()) {
        (Some(merged), Some(changes)) => merged.extend(changes.clone()),
        _ => return Err(ApiError::invalid_field(String::new(), "expected an object of fields to change".into())),
    }
    let incident: Incident = parse(merged.to_string().as_bytes())?;
    save(state, principal, id, incident, Some(current.status)).await
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

pub(super) async fn delete(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let all = visible(&state, &principal).await?;
    let (row, _) = all.iter().find(|(row, _)| row.id == id).ok_or_else(|| ApiError::not_found("incident"))?;
    let deleted = state.store.delete_incident(&row.id, &principal.name).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({"id": row.id, "deleted": deleted})))
}

/// The column a spreadsheet header means: the JSON key (nested ones dotted), or its Chinese name.
fn column(header: &str) -> Option<&'static str> {
    Some(match header.trim() {
        "reported_at" | "报案时间" | "时间" => "reported_at",
        "company" | "企业" => "company",
        "scam_type" | "诈骗类型" => "scam_type",
        "channel" | "渠道" => "channel",
        "phones" | "电话" => "identifiers.phones",
        "accounts" | "账户" => "identifiers.accounts",
        "account_names" | "户名" => "identifiers.account_names",
        "im_ids" | "社交账号" => "identifiers.im_ids",
        "emails" | "邮箱" => "identifiers.emails",
        "company_names" | "冒用单位" => "identifiers.company_names",
        "decisions" | "关联筛查" => "decisions",
        "amount_at_risk" | "涉案金额" => "amount_at_risk",
        "amount_lost" | "损失" => "amount_lost",
        "amount_saved" | "挽回" => "amount_saved",
        "status" | "状态" => "status",
        "narrative" | "经过" => "narrative",
        "employee" | "受骗员工" => "employee",
        "attended_outreach" | "参加过宣传" => "attended_outreach",
        "officer" | "民警" => "officer",
        _ => return None,
    })
}

/// A cell as officers write it, turned into the wire value of its column.
fn cell_value(column: &str, cell: &str, tz: &jiff::tz::TimeZone) -> Option<Value> {
    let cell = cell.trim();
    Some(match column {
        "reported_at" => Value::String(super::outreach::held_at(cell, tz)?),
        "channel" => Value::String(
            match cell {
                "电话" => "phone",
                "短信" => "sms",
                "微信" | "QQ" | "聊天" | "即时通讯" => "im",
                "邮件" => "email",
                "当面" => "in_person",
                "信件" => "letter",
                "其他" => "other",
                other => other,
            }
            .to_owned(),
        ),
        "status" => Value::String(
            match cell {
                "已报案" => "reported",
                "调查中" => "investigating",
                "已确认" => "confirmed",
                "已结案" => "closed",
                other => other,
            }
            .to_owned(),
        ),
        "attended_outreach" => Value::Bool(matches!(cell, "是" | "true" | "yes" | "1")),
        c if c.starts_with("identifiers.") || c == "decisions" => Value::Array(super::outreach::list_cell(cell)),
        _ => Value::String(cell.to_owned()),
    })
}

/// A record from (column, cell) pairs as officers write them, in a spreadsheet row or a web form
/// (columns as [`column`] names them). Names the column of the first problem.
pub(super) fn from_cells<'a>(
    cells: impl Iterator<Item = (&'a str, &'a str)>,
    tz: &jiff::tz::TimeZone,
) -> Result<Incident, (String, String)> {
    let mut object = serde_json::Map::new();
    let mut identifiers = serde_json::Map::new();
    for (column, cell) in cells.filter(|(_, cell)| !cell.trim().is_empty()) {
        let value =
            cell_value(column, cell, tz).ok_or_else(|| (column.to_owned(), format!("`{cell}` is not a time")))?;
        match column.strip_prefix("identifiers.") {
            Some(key) => {
                identifiers.insert(key.to_owned(), value);
            }
            None => {
                object.insert(column.to_owned(), value);
            }
        }
    }
    object.insert("identifiers".into(), Value::Object(identifiers));
    serde_path_to_error::deserialize(Value::Object(object))
        .map_err(|e| (e.path().to_string(), e.into_inner().to_string()))
}

/// Parses a records spreadsheet (CSV, UTF-8 or GB18030, Chinese or English headers), naming
/// the row and column of the first problem.
pub fn from_csv(bytes: &[u8], tz: &jiff::tz::TimeZone) -> Result<Vec<Incident>, (String, String)> {
    let text = super::counterparties::decode(bytes);
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| ("header".to_owned(), e.to_string()))?.clone();
    let columns: Vec<Option<&str>> = headers.iter().map(column).collect();
    if let Some((i, _)) = columns.iter().enumerate().find(|(_, c)| c.is_none()) {
        return Err(("header".into(), format!("unknown column `{}`", &headers[i])));
    }
    let mut incidents = Vec::new();
    for (n, row) in reader.records().enumerate() {
        let line = format!("row {}", n + 2);
        let row = row.map_err(|e| (line.clone(), e.to_string()))?;
        let cells = columns.iter().zip(row.iter()).filter_map(|(column, cell)| Some(((*column)?, cell)));
        incidents.push(from_cells(cells, tz).map_err(|(place, message)| (format!("{line}: {place}"), message))?);
    }
    Ok(incidents)
}

pub(super) async fn import(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let bytes = axum::body::to_bytes(body, state.body_limit.max(8 * 1024 * 1024))
        .await
        .map_err(|_| ApiError::too_large(8 * 1024 * 1024))?;
    let incidents =
        from_csv(&bytes, &state.time_zone).map_err(|(place, message)| ApiError::invalid_field(place, message))?;
    // Every row is checked before any is stored.
    for (n, incident) in incidents.iter().enumerate() {
        check(&state, &principal, incident).await.map_err(|e| match e.field() {
            Some(field) => ApiError::invalid_field(format!("row {}: {field}", n + 2), e.message().to_owned()),
            None => e,
        })?;
    }
    let count = incidents.len();
    for incident in incidents {
        save(&state, &principal, ulid::Ulid::new().to_string(), incident, None).await?;
    }
    Ok(Json(json!({"imported": count})))
}

pub(super) async fn export(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let mut writer = csv::Writer::from_writer(Vec::from(*b"\xEF\xBB\xBF"));
    let _ = writer.write_record([
        "编号",
        "报案时间",
        "企业",
        "诈骗类型",
        "渠道",
        "状态",
        "涉案金额",
        "损失",
        "挽回",
        "电话",
        "账户",
        "受骗员工",
        "参加过宣传",
        "民警",
    ]);
    for (row, i) in visible(&state, &principal).await? {
        let money = |m: &Option<Money>| m.as_ref().map(|m| m.decimal().to_string()).unwrap_or_default();
        let channel = i.channel.map(|c| c.as_str().to_owned()).unwrap_or_default();
        let attended = i.attended_outreach.map(|a| if a { "是" } else { "否" }.to_owned()).unwrap_or_default();
        let _ = writer.write_record([
            row.id,
            i.reported_at.to_string(),
            i.company.clone(),
            i.scam_type.clone(),
            channel,
            i.status.as_str().to_owned(),
            money(&i.amount_at_risk),
            money(&i.amount_lost),
            money(&i.amount_saved),
            i.identifiers.phones.join(";"),
            i.identifiers.accounts.join(";"),
            i.employee.clone().unwrap_or_default(),
            attended,
            i.officer.clone(),
        ]);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    Ok(([(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8")], bytes).into_response())
}
