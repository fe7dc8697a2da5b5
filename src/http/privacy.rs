//! A data subject's request under PIPL, for one counterparty: a payee by account number
//! (`/v1/privacy/accounts/{account_no}`) or an order's customer by name
//! (`/v1/privacy/customers/{name}`). `GET` exports what is stored about it, and `DELETE`
//! erases it for one company (decisions' requests cut down as after the retention period,
//! history events deleted, the in-memory history rebuilt). Watchlist entries are kept and
//! reported: they exist to stop a confirmed fraud, a purpose the erasure does not end.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::handlers::visible_tenants;
use super::{ApiError, AppState};
use crate::engine::watchlist;
use crate::store::{Principal, Subject};

/// Query of every privacy route.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SubjectQuery {
    /// The company; required for an erasure.
    tenant: Option<String>,
}

fn parsed(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or(Value::Null)
}

/// Active watchlist entries for the subject's account number or name, as kept: those a
/// screening naming the subject would hit, whatever their spacing or case.
async fn watch_entries(state: &AppState, subject: &Subject) -> Result<Vec<Value>, ApiError> {
    let records = state.store.watch_records(false).await.map_err(|e| ApiError::unavailable(&e))?;
    let keys = watchlist::fold(subject.value());
    Ok(records
        .into_iter()
        .filter(|r| watchlist::fold(&r.entry.value).iter().any(|k| keys.contains(k)))
        .map(|r| json!({"id": r.id, "kind": r.entry.kind, "source": r.entry.source, "added_at": r.added_at}))
        .collect())
}

/// The key that names the subject in the answers.
fn subject_key(subject: &Subject) -> &'static str {
    match subject {
        Subject::Account(_) => "account_no",
        Subject::Customer(_) => "customer_name",
    }
}

/// `GET /v1/privacy/accounts/{account_no}`: everything stored about a payee account that the
/// caller may read.
pub(super) async fn export_account(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(account): Path<String>,
    Query(query): Query<SubjectQuery>,
) -> Result<Json<Value>, ApiError> {
    export(&state, &principal, Subject::Account(account), query).await
}

/// `GET /v1/privacy/customers/{name}`: everything stored about an order's customer that the
/// caller may read.
pub(super) async fn export_customer(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(name): Path<String>,
    Query(query): Query<SubjectQuery>,
) -> Result<Json<Value>, ApiError> {
    export(&state, &principal, Subject::Customer(name), query).await
}

/// `DELETE /v1/privacy/accounts/{account_no}?tenant=T`: erases a payee account's data for one
/// company.
pub(super) async fn erase_account(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(account): Path<String>,
    Query(query): Query<SubjectQuery>,
) -> Result<Json<Value>, ApiError> {
    erase(&state, &principal, Subject::Account(account), query).await
}

/// `DELETE /v1/privacy/customers/{name}?tenant=T`: erases an order customer's data for one
/// company.
pub(super) async fn erase_customer(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(name): Path<String>,
    Query(query): Query<SubjectQuery>,
) -> Result<Json<Value>, ApiError> {
    erase(&state, &principal, Subject::Customer(name), query).await
}

async fn export(
    state: &AppState,
    principal: &Principal,
    subject: Subject,
    query: SubjectQuery,
) -> Result<Json<Value>, ApiError> {
    let tenants = visible_tenants(principal, query.tenant.as_deref());
    if tenants.as_ref().is_some_and(Vec::is_empty) {
        return Err(ApiError::not_found("company"));
    }
    let data = state.store.subject_data(&subject, tenants.as_deref()).await.map_err(|e| ApiError::unavailable(&e))?;
    let decisions: Vec<Value> = data
        .decisions
        .iter()
        .map(|d| {
            json!({"decision_id": d.id, "tenant": d.tenant, "created_at": d.created_at,
                   "request": parsed(&d.request_json), "decision": parsed(&d.decision_json)})
        })
        .collect();
    let history: Vec<Value> = data
        .history
        .iter()
        .map(|h| json!({"seq": h.seq, "tenant": h.tenant, "kind": h.kind, "record": parsed(&h.json)}))
        .collect();
    Ok(Json(json!({
        subject_key(&subject): subject.value(),
        "decisions": decisions,
        "history_events": history,
        "watchlist": watch_entries(state, &subject).await?,
    })))
}

async fn erase(
    state: &Arc<AppState>,
    principal: &Principal,
    subject: Subject,
    query: SubjectQuery,
) -> Result<Json<Value>, ApiError> {
    let Some(tenant) = query.tenant.as_deref() else {
        return Err(ApiError::invalid_field("tenant".into(), "name the company whose data is to be erased".into()));
    };
    let tenants = visible_tenants(principal, Some(tenant)).unwrap_or_default();
    if tenants.is_empty() {
        return Err(ApiError::not_found("company"));
    }
    let erased = state.store.erase_subject(&subject, Some(&tenants)).await.map_err(|e| ApiError::unavailable(&e))?;
    // This instance's histories at once; the others follow the recorded erasure.
    super::sync::follow_erasures(state).await.map_err(|e| ApiError::unavailable(&e))?;
    let kept = watch_entries(state, &subject).await?;
    Ok(Json(json!({
        subject_key(&subject): subject.value(),
        "tenant": tenant,
        "decisions_purged": erased.decisions_purged,
        "history_events_deleted": erased.history_events_deleted,
        "watchlist_kept": kept,
    })))
}
