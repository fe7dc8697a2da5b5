//! Route handlers: authenticate, parse at the boundary, call the engine and the store.

use std::sync::Arc;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{ApiError, AppState};
use crate::domain::{Action, Decision, Kind, OrderRequest, PaymentRequest, Request};
use crate::engine::{Context, Event};
use crate::store::{NewDecision, OutcomeWrite, Principal, Recorded, Role};

pub(super) fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    let secret = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or_else(ApiError::unauthenticated)?;
    state.principal(secret).ok_or_else(ApiError::unauthenticated)
}

pub(super) fn require(principal: &Principal, roles: &[Role]) -> Result<(), ApiError> {
    if roles.contains(&principal.role) { Ok(()) } else { Err(ApiError::forbidden(principal.role.as_str())) }
}

/// Reads the body within the limit and parses it as JSON.
pub(super) async fn json_body(state: &AppState, body: Body) -> Result<Value, ApiError> {
    let bytes =
        axum::body::to_bytes(body, state.body_limit).await.map_err(|_| ApiError::too_large(state.body_limit))?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::malformed_json(format!("the body is not valid JSON: {e}")))
}

/// Parses a request body into a domain type, naming the JSON path of any problem.
pub(super) fn parse<T: for<'de> Deserialize<'de>>(value: &Value) -> Result<T, ApiError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let field = e.path().to_string();
        let message = e.into_inner().to_string();
        let message =
            if field.is_empty() || field == "." { message } else { format!("invalid value at `{field}`: {message}") };
        ApiError::invalid_field(field, message)
    })
}

pub(super) async fn healthz() -> &'static str {
    "ok"
}

pub(super) async fn readyz(State(state): State<Arc<AppState>>) -> Result<&'static str, ApiError> {
    state.store.decision("readyz-probe").map_err(|e| ApiError::unavailable(&e))?;
    Ok("ready")
}

pub(super) async fn metrics(
    State(state): State<Arc<AppState>>,
) -> ([(axum::http::HeaderName, &'static str); 1], String) {
    ([(axum::http::header::CONTENT_TYPE, "text/plain; version=0.0.4")], state.metrics.render(&state.store.stats))
}

pub(super) async fn screen_payment(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<Decision>, ApiError> {
    screen(state, headers, body, Kind::Payment).await
}

pub(super) async fn screen_order(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<Decision>, ApiError> {
    screen(state, headers, body, Kind::Order).await
}

async fn screen(state: Arc<AppState>, headers: HeaderMap, body: Body, kind: Kind) -> Result<Json<Decision>, ApiError> {
    let principal = authenticate(&state, &headers)?;
    require(&principal, &[Role::Client, Role::Admin])?;
    let value = json_body(&state, body).await?;
    let request = match kind {
        Kind::Payment => Request::Payment(parse::<PaymentRequest>(&value)?),
        Kind::Order => Request::Order(parse::<OrderRequest>(&value)?),
    };
    // serde_json keeps object keys sorted, so this text is the same for the same body
    // whatever its key order and whitespace.
    let canonical = value.to_string();
    let body_hash: String = Sha256::digest(canonical.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    let rules = state.active_rules();
    let history = state.history(&principal.tenant);
    let started = std::time::Instant::now();
    let mut decision = {
        let history = history.read().unwrap_or_else(std::sync::PoisonError::into_inner);
        let overrides =
            state.tenant_settings.read().ok().and_then(|all| all.get(&principal.tenant).map(|(_, o)| Arc::clone(o)));
        rules.screen(&request, Context { history: &history, watchlist: &state.watchlist, tenant: overrides.as_deref() })
    };
    decision.decision_id = Some(ulid::Ulid::new().to_string());
    if decision.decision != Action::Allow {
        decision.case_id = Some(ulid::Ulid::new().to_string());
    }
    state.metrics.decision(
        kind.as_str(),
        decision.decision.as_str(),
        started.elapsed().as_secs_f64(),
        decision.hits.iter().map(|h| h.rule_id.clone()),
    );
    let write_started = std::time::Instant::now();
    let recorded = state
        .store
        .record_decision(NewDecision {
            tenant: principal.tenant.clone(),
            kind,
            request_id: request.id().to_owned(),
            body_hash,
            request_json: canonical,
            decision,
        })
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    state.metrics.store_write(write_started.elapsed().as_secs_f64());
    match recorded {
        Recorded::New(decision) | Recorded::Existing(decision) => Ok(Json(decision)),
        Recorded::Conflict => {
            Err(ApiError::idempotency_conflict(if kind == Kind::Payment { "request_id" } else { "record_id" }))
        }
    }
}

pub(super) async fn get_decision(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Decision>, ApiError> {
    let principal = authenticate(&state, &headers)?;
    let (tenant, decision, _) = state
        .store
        .decision(&id)
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("decision"))?;
    // Another tenant's decision does not exist, as far as this caller can tell.
    if !principal.can_read(&tenant) {
        return Err(ApiError::not_found("decision"));
    }
    Ok(Json(decision))
}

/// Query of `GET /v1/decisions`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ListQuery {
    from: Option<jiff::Timestamp>,
    to: Option<jiff::Timestamp>,
    decision: Option<Action>,
    scam_type: Option<String>,
    tenant: Option<String>,
    cursor: Option<String>,
    limit: Option<usize>,
}

pub(super) async fn list_decisions(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let principal = authenticate(&state, &headers)?;
    let Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    // Which tenants this caller may list, narrowed by `tenant=`.
    let visible: Option<Vec<String>> = match principal.role {
        Role::Admin => None,
        Role::Officer => principal.jurisdiction.clone(),
        Role::Client | Role::Analyst => Some(vec![principal.tenant.clone()]),
    };
    let tenants = match (&query.tenant, visible) {
        (Some(t), None) => Some(vec![t.clone()]),
        (Some(t), Some(v)) => Some(v.into_iter().filter(|x| x == t).collect()),
        (None, v) => v,
    };
    let limit = query.limit.unwrap_or(100).clamp(1, 1000);
    let filter = crate::store::DecisionFilter {
        tenants,
        from: query.from.map(crate::store::stamp),
        to: query.to.map(crate::store::stamp),
        decision: query.decision.map(|d| d.as_str().to_owned()),
        scam_type: query.scam_type,
        after: query.cursor,
        limit: limit + 1,
    };
    let mut rows = state.store.list_decisions(&filter).map_err(|e| ApiError::unavailable(&e))?;
    let next_cursor = if rows.len() > limit {
        rows.truncate(limit);
        rows.last().map(|(id, _)| id.clone())
    } else {
        None
    };
    let decisions: Vec<Decision> = rows.into_iter().map(|(_, d)| d).collect();
    Ok(Json(json!({"decisions": decisions, "next_cursor": next_cursor})))
}

/// `POST /v1/decisions/{id}/outcome`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeBody {
    outcome: Outcome,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    Executed,
    Cancelled,
    ConfirmedFraud,
    FalseAlarm,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Executed => "executed",
            Outcome::Cancelled => "cancelled",
            Outcome::ConfirmedFraud => "confirmed_fraud",
            Outcome::FalseAlarm => "false_alarm",
        }
    }
}

pub(super) async fn post_outcome(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let principal = authenticate(&state, &headers)?;
    require(&principal, &[Role::Client, Role::Admin])?;
    let value = json_body(&state, body).await?;
    let body: OutcomeBody = parse(&value)?;
    let (tenant, decision, request_json) = state
        .store
        .decision(&id)
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("decision"))?;
    if !(principal.role == Role::Admin || principal.tenant == tenant) {
        return Err(ApiError::not_found("decision"));
    }
    // An executed payment or accepted order becomes part of the counterparty history.
    let executed = if body.outcome == Outcome::Executed {
        let request_value: Value = serde_json::from_str(&request_json).map_err(|_| ApiError::not_found("decision"))?;
        let request = Request::from_json(decision.kind, request_value).map_err(|_| ApiError::not_found("decision"))?;
        Some(request)
    } else {
        None
    };
    let history_event =
        executed.as_ref().map(|r| (decision.kind.as_str().to_owned(), request_json.clone(), r.at().to_string()));
    state
        .store
        .record_outcome(OutcomeWrite {
            decision_id: id.clone(),
            tenant: tenant.clone(),
            outcome: body.outcome.as_str().to_owned(),
            note: body.note,
            by_key: principal.key_id.clone(),
            history_event,
        })
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    if let Some(request) = executed {
        let history = state.history(&tenant);
        if let Ok(mut history) = history.write() {
            history.record(event_of(&request));
        }
    }
    Ok(Json(json!({"decision_id": id, "outcome": body.outcome.as_str()})))
}

/// The history event of an executed request.
pub fn event_of(request: &Request) -> Event {
    match request {
        Request::Payment(p) => Event::executed_payment(p),
        Request::Order(o) => Event::accepted_order(o),
    }
}
