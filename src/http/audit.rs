//! The audit log's two doors: what is written (every change made with a non-client key
//! through the API, and every form an officer or analyst posts on the pages), and
//! `GET /v1/audit`, which only admin keys may read. No route changes or deletes an entry,
//! and the database refuses it too (append-only triggers).

use std::sync::Arc;

use axum::Json;
use axum::extract::{MatchedPath, Query, Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiError, AppState, RequestId};
use crate::store::{AuditEntry, Principal, Role};

/// What an action will be recorded as, taken from the request before it runs.
pub(super) struct Pending {
    entry: AuditEntry,
}

impl Pending {
    /// An entry for `request` made by `principal`, when the request changes something and the
    /// caller is not a client system (whose screenings and outcomes are the decision log itself).
    pub(super) fn of(principal: &Principal, request: &Request) -> Option<Pending> {
        if !changes(request) || principal.role == Role::Client {
            return None;
        }
        let route = request.extensions().get::<MatchedPath>().map_or_else(|| request.uri().path(), MatchedPath::as_str);
        Some(Pending::by(
            principal,
            format!("{} {route}", request.method()),
            super::masked_path(request.uri().path()),
            request.extensions().get::<RequestId>().map(|id| id.0.clone()),
        ))
    }

    /// An entry for a sign-in on the officer pages, which no session covers yet when the
    /// middleware looks (failed attempts name no one and are not recorded).
    pub(super) fn sign_in(principal: &Principal, request_id: Option<&RequestId>) -> Pending {
        Pending::by(principal, "POST /ui/login".into(), "/ui/login".into(), request_id.map(|id| id.0.clone()))
    }

    fn by(principal: &Principal, action: String, target: String, request_id: Option<String>) -> Pending {
        Pending {
            entry: AuditEntry {
                seq: 0,
                at: crate::store::now(),
                actor_key: Some(principal.key_id.clone()),
                actor_name: principal.name.clone(),
                actor_role: principal.role.as_str().to_owned(),
                actor_tenant: Some(principal.tenant.clone()),
                action,
                target,
                status: None,
                request_id,
            },
        }
    }

    /// Writes the entry, without a status, before the action runs. An action whose entry
    /// cannot be written must not run: the caller answers with the error instead.
    pub(super) async fn begin(self, state: &AppState) -> Result<Begun, ApiError> {
        match state.store.append_audit(self.entry).await {
            Ok(seq) => Ok(Begun { seq }),
            Err(error) => {
                tracing::error!(%error, "audit entry not written; the action is refused");
                Err(ApiError::unavailable(&error))
            }
        }
    }
}

/// An action's entry, written; its status is filled in once the action has answered.
pub(super) struct Begun {
    seq: i64,
}

impl Begun {
    /// Fills in the status answered. Should that fail, the entry stays with no status ("outcome
    /// not recorded"), which the log shows as it is; the failure is logged loudly.
    pub(super) async fn finish(self, state: &AppState, status: StatusCode) {
        if let Err(error) = state.store.record_audit_outcome(self.seq, i32::from(status.as_u16())).await {
            tracing::error!(%error, seq = self.seq, status = status.as_u16(), "audit outcome not written");
        }
    }
}

/// Runs `run`, an action, with its audit entry written first (see [`Pending::begin`]),
/// or answers the error if the entry cannot be written.
pub(super) async fn audited(
    state: &AppState,
    pending: Option<Pending>,
    run: impl Future<Output = Response>,
) -> Response {
    let Some(pending) = pending else {
        return run.await;
    };
    let begun = match pending.begin(state).await {
        Ok(begun) => begun,
        Err(error) => return error.into_response(),
    };
    let response = run.await;
    begun.finish(state, response.status()).await;
    response
}

/// Whether a request may change something (reads are not audited).
fn changes(request: &Request) -> bool {
    !matches!(*request.method(), Method::GET | Method::HEAD)
}

/// Records every form posted on the officer pages by a signed-in officer or analyst. Page
/// views are not audited, so they do not pay for a second session lookup here.
pub(super) async fn pages(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let principal =
        if changes(&request) { super::ui::session_principal(&state, request.headers()).await } else { None };
    let pending = principal.and_then(|principal| Pending::of(&principal, &request));
    audited(&state, pending, next.run(request)).await
}

/// Query of `GET /v1/audit`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AuditQuery {
    /// Entries after this position (the `next_after` of the previous page).
    #[serde(default)]
    after: i64,
    /// At most this many, 1 to 1000; 100 when absent.
    limit: Option<i64>,
}

/// `GET /v1/audit`: the log, oldest first, a page at a time.
pub(super) async fn list(
    State(state): State<Arc<AppState>>,
    Query(query): Query<AuditQuery>,
) -> Result<Json<Value>, ApiError> {
    let limit = query.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::invalid_field("limit".into(), "limit must be between 1 and 1000".into()));
    }
    let entries = state.store.audit_log(query.after, limit).await.map_err(|e| ApiError::unavailable(&e))?;
    let next_after = entries.last().map_or(query.after, |e| e.seq);
    Ok(Json(json!({"entries": entries, "next_after": next_after})))
}
