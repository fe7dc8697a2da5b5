//! Anti-fraud outreach sessions: `POST/GET /v1/outreach`, `GET/PATCH/DELETE /v1/outreach/{id}`.
//! Officers record the sessions they hold for the companies of their jurisdiction; a company's
//! analysts and clients read the sessions that reached it.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::handlers::{parse, read_body};
use super::{ApiError, AppState};
use crate::store::{OutreachRow, Principal, Role};

/// How a session reached people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OutreachFormat {
    /// A talk.
    Talk,
    /// A classroom session.
    Classroom,
    /// A visit to a workshop floor.
    WorkshopVisit,
    /// A visit to a dormitory.
    DormitoryVisit,
    /// A poster.
    Poster,
    /// A short video.
    Video,
    /// A message to a work group.
    GroupMessage,
    /// Anything else.
    Other,
}

/// One outreach session, as officers record it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutreachSession {
    /// When it was held.
    #[schema(value_type = String, format = DateTime)]
    pub held_at: jiff::Timestamp,
    /// The companies (tenants) it reached.
    pub companies: Vec<String>,
    /// Where.
    #[serde(default)]
    pub venue: Option<String>,
    /// How.
    pub format: OutreachFormat,
    /// The scam types it covered.
    #[serde(default)]
    pub topics: Vec<String>,
    /// How many people attended.
    pub attendance: u32,
    /// Employee ids of those who attended, where known.
    #[serde(default)]
    pub roster: Vec<String>,
    /// The officer who held it.
    pub officer: String,
    /// Anything else.
    #[serde(default)]
    pub notes: Option<String>,
}

/// A stored session as the API shows it.
fn shown(row: &OutreachRow) -> Option<Value> {
    let session: Value = serde_json::from_str(&row.session).ok()?;
    let mut out = json!({"id": row.id, "recorded_by": row.by});
    if let (Some(out), Some(fields)) = (out.as_object_mut(), session.as_object()) {
        out.extend(fields.clone());
    }
    Some(out)
}

/// Whether `principal` may read a session that reached `companies`.
fn may_read(principal: &Principal, companies: &[String]) -> bool {
    companies.iter().any(|c| principal.can_read(c))
}

/// Checks a session an officer records: every company in the officer's jurisdiction, a known
/// scam type for every topic, and at least one company.
fn check(state: &AppState, principal: &Principal, session: &OutreachSession) -> Result<(), ApiError> {
    if session.companies.is_empty() {
        return Err(ApiError::invalid_field("companies".into(), "name the companies the session reached".into()));
    }
    if let Some(other) = session.companies.iter().find(|c| !principal.can_read(c)) {
        return Err(ApiError::invalid_field("companies".into(), format!("`{other}` is outside your jurisdiction")));
    }
    let rules = state.active_rules();
    if let Some(unknown) = session.topics.iter().find(|t| !rules.packs.iter().any(|p| p.id == **t)) {
        return Err(ApiError::invalid_field(
            "topics".into(),
            format!("`{unknown}` is not a scam type of the rule packs"),
        ));
    }
    Ok(())
}

pub(super) async fn create(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let session: OutreachSession = parse(&read_body(&state, body).await?)?;
    record(&state, &principal, session).await.map(Json)
}

/// Checks and stores a new session an officer records; returns it as the API shows it.
pub(super) async fn record(
    state: &AppState,
    principal: &Principal,
    session: OutreachSession,
) -> Result<Value, ApiError> {
    check(state, principal, &session)?;
    let row = OutreachRow {
        id: ulid::Ulid::new().to_string(),
        held_at: crate::store::stamp(session.held_at),
        session: serde_json::to_string(&session).map_err(|_| ApiError::not_found("session"))?,
        by: principal.name.clone(),
    };
    state.store.put_outreach(row.clone()).await.map_err(|e| ApiError::unavailable(&e))?;
    shown(&row).ok_or_else(|| ApiError::not_found("session"))
}

/// Query of `GET /v1/outreach`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ListQuery {
    from: Option<jiff::Timestamp>,
    to: Option<jiff::Timestamp>,
    tenant: Option<String>,
}

/// The sessions `principal` may read, optionally only those that reached `tenant`.
pub(super) async fn visible(
    state: &AppState,
    principal: &Principal,
    tenant: Option<&str>,
) -> Result<Vec<(OutreachRow, OutreachSession)>, ApiError> {
    let rows = state.store.outreach().await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(rows
        .into_iter()
        .filter_map(|row| serde_json::from_str::<OutreachSession>(&row.session).ok().map(|s| (row, s)))
        .filter(|(_, s)| may_read(principal, &s.companies))
        .filter(|(_, s)| tenant.is_none_or(|t| s.companies.iter().any(|c| c == t)))
        .collect())
}

pub(super) async fn list(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let sessions: Vec<Value> = visible(&state, &principal, query.tenant.as_deref())
        .await?
        .into_iter()
        .filter(|(_, s)| query.from.is_none_or(|f| s.held_at >= f) && query.to.is_none_or(|t| s.held_at < t))
        .filter_map(|(row, _)| shown(&row))
        .collect();
    Ok(Json(json!({"sessions": sessions})))
}

async fn one(state: &AppState, principal: &Principal, id: &str) -> Result<(OutreachRow, OutreachSession), ApiError> {
    visible(state, principal, None)
        .await?
        .into_iter()
        .find(|(row, _)| row.id == id)
        .ok_or_else(|| ApiError::not_found("session"))
}

pub(super) async fn get(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (row, _) = one(&state, &principal, &id).await?;
    shown(&row).map(Json).ok_or_else(|| ApiError::not_found("session"))
}

pub(super) async fn patch(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let (_, current) = one(&state, &principal, &id).await?;
    // The change is merged onto the session as it is, then checked whole.
    let changes: Value = parse(&read_body(&state, body).await?)?;
    let mut merged = serde_json::to_value(&current).map_err(|_| ApiError::not_found("session"))?;
    match (merged.as_object_mut(), changes.as_object()) {
        (Some(merged), Some(changes)) => merged.extend(changes.clone()),
        _ => return Err(ApiError::invalid_field(String::new(), "expected an object of fields to change".into())),
    }
    let session: OutreachSession = parse(merged.to_string().as_bytes())?;
    check(&state, &principal, &session)?;
    let row = OutreachRow {
        id,
        held_at: crate::store::stamp(session.held_at),
        session: serde_json::to_string(&session).map_err(|_| ApiError::not_found("session"))?,
        by: principal.name.clone(),
    };
    state.store.put_outreach(row.clone()).await.map_err(|e| ApiError::unavailable(&e))?;
    shown(&row).map(Json).ok_or_else(|| ApiError::not_found("session"))
}

pub(super) async fn delete(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (row, session) = one(&state, &principal, &id).await?;
    // Only an officer covering every company the session reached removes it.
    if principal.role != Role::Admin && !session.companies.iter().all(|c| principal.can_read(c)) {
        return Err(ApiError::not_found("session"));
    }
    let deleted = state.store.delete_outreach(&row.id, &principal.name).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({"id": row.id, "deleted": deleted})))
}

/// The column a spreadsheet header means: the JSON key, or its Chinese name.
fn column(header: &str) -> Option<&'static str> {
    Some(match header.trim() {
        "held_at" | "时间" | "日期" | "日期时间" => "held_at",
        "companies" | "企业" | "单位" | "覆盖企业" => "companies",
        "venue" | "地点" => "venue",
        "format" | "形式" => "format",
        "topics" | "主题" | "诈骗类型" => "topics",
        "attendance" | "人数" | "参加人数" => "attendance",
        "roster" | "名单" | "参加人员" => "roster",
        "officer" | "民警" | "主讲" => "officer",
        "notes" | "备注" => "notes",
        _ => return None,
    })
}

/// A format as officers write it in Chinese, or its wire name.
fn format_name(text: &str) -> &str {
    match text.trim() {
        "宣讲" | "讲座" => "talk",
        "课堂" => "classroom",
        "车间走访" => "workshop_visit",
        "宿舍走访" => "dormitory_visit",
        "海报" => "poster",
        "视频" => "video",
        "群消息" | "群发" => "group_message",
        "其他" => "other",
        other => other,
    }
}

/// A time as officers write it: RFC 3339, or `2026-07-14 10:00` or `2026-07-14` in `tz`.
pub(super) fn held_at(text: &str, tz: &jiff::tz::TimeZone) -> Option<String> {
    let text = text.trim();
    if let Ok(t) = text.parse::<jiff::Timestamp>() {
        return Some(t.to_string());
    }
    let civil = text
        .parse::<jiff::civil::DateTime>()
        .ok()
        .or_else(|| text.parse::<jiff::civil::Date>().ok().map(|d| d.to_datetime(jiff::civil::Time::midnight())))?;
    tz.to_ambiguous_timestamp(civil).compatible().ok().map(|t| t.to_string())
}

/// Splits a list cell: `acme；beta、gamma` or `acme;beta`.
pub(super) fn list_cell(cell: &str) -> Vec<Value> {
    cell.split([';', '；', '、', ',', '，'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Value::String(s.to_owned()))
        .collect()
}

/// A session from (column, cell) pairs as officers write them, in a spreadsheet row or a web
/// form: Chinese format names, lists in one cell, local times in `tz`. Names the column of the
/// first problem.
pub(super) fn from_cells<'a>(
    cells: impl Iterator<Item = (&'a str, &'a str)>,
    tz: &jiff::tz::TimeZone,
) -> Result<OutreachSession, (String, String)> {
    let mut object = serde_json::Map::new();
    for (column, cell) in cells.filter(|(_, cell)| !cell.trim().is_empty()) {
        let value = match column {
            "held_at" => Value::String(held_at(cell, tz).ok_or(("held_at".into(), format!("`{cell}` is not a time")))?),
            "companies" | "topics" | "roster" => {
                // A form sends one field per ticked topic: they add up.
                let mut items = object.remove(column).and_then(|v| v.as_array().cloned()).unwrap_or_default();
                items.extend(list_cell(cell));
                Value::Array(items)
            }
            "attendance" => Value::from(
                cell.trim()
                    .parse::<u32>()
                    .map_err(|_| ("attendance".to_owned(), format!("`{cell}` is not a count")))?,
            ),
            "format" => Value::String(format_name(cell).to_owned()),
            _ => Value::String(cell.trim().to_owned()),
        };
        object.insert(column.to_owned(), value);
    }
    serde_path_to_error::deserialize(Value::Object(object))
        .map_err(|e| (e.path().to_string(), e.into_inner().to_string()))
}

/// Parses a sessions spreadsheet (CSV, UTF-8 or GB18030, Chinese or English headers) into
/// sessions, naming the row and column of the first problem.
pub fn from_csv(bytes: &[u8], tz: &jiff::tz::TimeZone) -> Result<Vec<OutreachSession>, (String, String)> {
    let text = super::counterparties::decode(bytes);
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| ("header".to_owned(), e.to_string()))?.clone();
    let columns: Vec<Option<&str>> = headers.iter().map(column).collect();
    if let Some((i, _)) = columns.iter().enumerate().find(|(_, c)| c.is_none()) {
        return Err(("header".into(), format!("unknown column `{}`", &headers[i])));
    }
    let mut sessions = Vec::new();
    for (n, row) in reader.records().enumerate() {
        let line = format!("row {}", n + 2);
        let row = row.map_err(|e| (line.clone(), e.to_string()))?;
        let cells = columns.iter().zip(row.iter()).filter_map(|(column, cell)| Some(((*column)?, cell)));
        sessions.push(from_cells(cells, tz).map_err(|(place, message)| (format!("{line}: {place}"), message))?);
    }
    Ok(sessions)
}

/// Sessions as CSV for Excel: UTF-8 with a byte-order mark, Chinese headers.
pub fn to_csv(sessions: &[(String, OutreachSession)]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::from(*b"\xEF\xBB\xBF"));
    let _ = writer.write_record(["编号", "时间", "企业", "地点", "形式", "主题", "人数", "名单", "民警", "备注"]);
    for (id, s) in sessions {
        let format =
            serde_json::to_value(s.format).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let _ = writer.write_record([
            id.clone(),
            s.held_at.to_string(),
            s.companies.join(";"),
            s.venue.clone().unwrap_or_default(),
            format,
            s.topics.join(";"),
            s.attendance.to_string(),
            s.roster.join(";"),
            s.officer.clone(),
            s.notes.clone().unwrap_or_default(),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}

pub(super) async fn import(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let bytes = axum::body::to_bytes(body, state.body_limit.max(8 * 1024 * 1024))
        .await
        .map_err(|_| ApiError::too_large(8 * 1024 * 1024))?;
    let sessions =
        from_csv(&bytes, &state.time_zone).map_err(|(field, message)| ApiError::invalid_field(field, message))?;
    // Every row is checked before any is stored.
    for session in &sessions {
        check(&state, &principal, session)?;
    }
    for session in &sessions {
        let row = OutreachRow {
            id: ulid::Ulid::new().to_string(),
            held_at: crate::store::stamp(session.held_at),
            session: serde_json::to_string(session).map_err(|_| ApiError::not_found("session"))?,
            by: principal.name.clone(),
        };
        state.store.put_outreach(row).await.map_err(|e| ApiError::unavailable(&e))?;
    }
    Ok(Json(json!({"imported": sessions.len()})))
}

pub(super) async fn export(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let sessions: Vec<(String, OutreachSession)> =
        visible(&state, &principal, None).await?.into_iter().map(|(row, s)| (row.id, s)).collect();
    Ok(([(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8")], to_csv(&sessions)).into_response())
}
