//! A data subject's request under PIPL, for one counterparty account:
//! `GET /v1/privacy/accounts/{account_no}` exports what is stored about it, and `DELETE`
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
use crate::store::Principal;

/// Query of both routes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AccountQuery {
    /// The company; required for an erasure.
    tenant: Option<String>,
}

fn parsed(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or(Value::Null)
}

/// Active watchlist entries for the account, as kept.
async fn watch_entries(state: &AppState, account: &str) -> Result<Vec<Value>, ApiError> {
    let records = state.store.watch_records(false).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(records
        .into_iter()
        .filter(|r| r.entry.value == account)
        .map(|r| json!({"id": r.id, "kind": r.entry.kind, "source": r.entry.source, "added_at": r.added_at}))
        .collect())
}

/// `GET /v1/privacy/accounts/{account_no}`: everything stored about the account that the
/// caller may read.
pub(super) async fn export(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(account): Path<String>,
    Query(query): Query<AccountQuery>,
) -> Result<Json<Value>, ApiError> {
    let tenants = visible_tenants(&principal, query.tenant.as_deref());
    if tenants.as_ref().is_some_and(Vec::is_empty) {
        return Err(ApiError::not_found("company"));
    }
    let data = state.store.account_data(&account, tenants.as_deref()).await.map_err(|e| ApiError::unavailable(&e))?;
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
        "account_no": account,
        "decisions": decisions,
        "history_events": history,
        "watchlist": watch_entries(&state, &account).await?,
    })))
}

/// `DELETE /v1/privacy/accounts/{account_no}?tenant=T`: erases the account's data for one
/// company.
pub(super) async fn erase(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(account): Path<String>,
    Query(query): Query<AccountQuery>,
) -> Result<Json<Value>, ApiError> {
    let Some(tenant) = query.tenant.as_deref() else {
        return Err(ApiError::invalid_field("tenant".into(), "name the company whose data is to be erased".into()));
    };
    let tenants = visible_tenants(&principal, Some(tenant)).unwrap_or_default();
    if tenants.is_empty() {
        return Err(ApiError::not_found("company"));
    }
    let erased = state.store.erase_account(&account, Some(&tenants)).await.map_err(|e| ApiError::unavailable(&e))?;
    // This instance's histories at once; the others follow the recorded erasure.
    super::sync::follow_erasures(&state).await.map_err(|e| ApiError::unavailable(&e))?;
    let kept = watch_entries(&state, &account).await?;
    Ok(Json(json!({
        "account_no": account,
        "tenant": tenant,
        "decisions_purged": erased.decisions_purged,
        "history_events_deleted": erased.history_events_deleted,
        "watchlist_kept": kept,
    })))
}
