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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutreachSession {
    /// When it was held.
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
    check(&state, &principal, &session)?;
    let row = OutreachRow {
        id: ulid::Ulid::new().to_string(),
        held_at: crate::store::stamp(session.held_at),
        session: serde_json::to_string(&session).map_err(|_| ApiError::not_found("session"))?,
        by: principal.name.clone(),
    };
    state.store.put_outreach(row.clone()).await.map_err(|e| ApiError::unavailable(&e))?;
    shown(&row).map(Json).ok_or_else(|| ApiError::not_found("session"))
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
async fn visible(
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
