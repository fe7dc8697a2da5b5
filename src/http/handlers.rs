//! Route handlers: parse at the boundary, call the engine and the store. The caller is
//! already authenticated and its role checked (`auth`); the tenant checks are here.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{ApiError, AppState};
use crate::domain::{Action, Decision, Kind, OrderRequest, PaymentRequest, Request};
use crate::engine::{Context, Event};
use crate::store::{NewDecision, OutcomeWrite, Principal, Recorded, Role};

/// Reads the body within the limit.
pub(super) async fn read_body(state: &AppState, body: Body) -> Result<axum::body::Bytes, ApiError> {
    axum::body::to_bytes(body, state.body_limit).await.map_err(|_| ApiError::too_large(state.body_limit))
}

/// Parses a JSON body straight into a domain type: a syntax error is `malformed_json` with
/// its line and column; a missing, unknown or wrong field is `invalid_field` naming its JSON
/// path (`payee.account_no`).
pub(super) fn parse<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, ApiError> {
    let malformed = |error: serde_json::Error| ApiError::malformed_json(format!("the body is not valid JSON: {error}"));
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let field = e.path().to_string();
        let error = e.into_inner();
        if error.is_syntax() || error.is_eof() {
            return malformed(error);
        }
        let message = error.to_string();
        let message =
            if field.is_empty() || field == "." { message } else { format!("invalid value at `{field}`: {message}") };
        ApiError::invalid_field(field, message)
    })?;
    // Nothing but whitespace may follow the value.
    deserializer.end().map_err(malformed)?;
    Ok(value)
}

pub(super) async fn healthz() -> &'static str {
    "ok"
}

pub(super) async fn readyz(State(state): State<Arc<AppState>>) -> Result<&'static str, ApiError> {
    state.store.decision("readyz-probe").await.map_err(|e| ApiError::unavailable(&e))?;
    Ok("ready")
}

pub(super) async fn metrics(
    State(state): State<Arc<AppState>>,
) -> ([(axum::http::HeaderName, &'static str); 1], String) {
    ([(axum::http::header::CONTENT_TYPE, "text/plain; version=0.0.4")], state.metrics.render(state.store.stats()))
}

pub(super) async fn screen_payment(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Response, ApiError> {
    screen(state, principal, body, Kind::Payment).await
}

pub(super) async fn screen_order(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Response, ApiError> {
    screen(state, principal, body, Kind::Order).await
}

async fn screen(state: Arc<AppState>, principal: Principal, body: Body, kind: Kind) -> Result<Response, ApiError> {
    let bytes = read_body(&state, body).await?;
    let request = match kind {
        Kind::Payment => Request::Payment(parse::<PaymentRequest>(&bytes)?),
        Kind::Order => Request::Order(parse::<OrderRequest>(&bytes)?),
    };
    // The request is stored as received, for the record. Idempotency compares meaning, not
    // bytes: the hash is over the parsed request written back out, so key order, whitespace
    // and the spelling of a number do not make a retry a different request.
    let as_received =
        String::from_utf8(bytes.to_vec()).map_err(|_| ApiError::malformed_json("the body is not UTF-8".into()))?;
    let canonical = match &request {
        Request::Payment(p) => serde_json::to_vec(p),
        Request::Order(o) => serde_json::to_vec(o),
    }
    .map_err(|_| ApiError::malformed_json("the request cannot be written back out".into()))?;
    let body_hash = hex(&Sha256::digest(&canonical));
    let rules = state.active_rules();
    let history = state.history(&principal.tenant);
    let started = std::time::Instant::now();
    let (overrides, allow_counts) = match state
        .tenant_settings
        .read()
        .ok()
        .and_then(|all| all.get(&principal.tenant).map(|(s, o)| (Arc::clone(o), s.allow_updates_history)))
    {
        Some((overrides, allow)) => (Some(overrides), allow.unwrap_or(state.allow_updates_history)),
        None => (None, state.allow_updates_history),
    };
    let shadow = state.shadow.load_full();
    let watchlist = state.watchlist.load();
    let (mut decision, shadow_json) = {
        let history = history.read().unwrap_or_else(std::sync::PoisonError::into_inner);
        let tenant = overrides.as_deref();
        let context = Context { history: &history, watchlist: &watchlist, tenant };
        let decision = rules.screen(&request, context);
        // The shadow's verdict is kept for comparison and never answered with.
        let shadow_json = shadow.as_ref().map(|shadow| {
            let theirs = shadow.0.screen(&request, Context { history: &history, watchlist: &watchlist, tenant });
            let rule_ids: Vec<&str> = theirs.hits.iter().map(|h| h.rule_id.as_ref()).collect();
            json!({"version": theirs.ruleset_version.as_ref(), "decision": theirs.decision.as_str(),
                   "score": theirs.score, "rule_ids": rule_ids})
            .to_string()
        });
        (decision, shadow_json)
    };
    decision.decision_id = Some(ulid::Ulid::new().to_string());
    if decision.decision != Action::Allow {
        decision.case_id = Some(ulid::Ulid::new().to_string());
    }
    state.metrics.decision(kind, decision.decision, started.elapsed().as_secs_f64(), &decision.hits);
    // Where the tenant's finance system reports no outcomes, an allowed request counts as paid.
    let history_at = (allow_counts && decision.decision == Action::Allow).then(|| request.at().to_string());
    let decision_json = serde_json::to_string(&decision).map_err(|_| ApiError::not_found("decision"))?;
    let events = crate::webhooks::events::of_decision(&principal.tenant, &request, &decision);
    let announces = !events.is_empty();
    let write_started = std::time::Instant::now();
    let recorded = state
        .store
        .record_decision(NewDecision {
            tenant: principal.tenant.clone(),
            kind,
            request_id: request.id().to_owned(),
            body_hash,
            request_json: as_received,
            decision,
            decision_json,
            history_at: history_at.clone(),
            shadow_json,
            events,
        })
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    state.metrics.store_write(write_started.elapsed().as_secs_f64());
    let json = match recorded {
        Recorded::New(json) => {
            if announces {
                state.webhook_wake.events_written();
            }
            if history_at.is_some() {
                super::catch_up_history(&state).await.map_err(|e| ApiError::unavailable(&e))?;
            }
            json
        }
        Recorded::Existing(json) => json,
        Recorded::Conflict => {
            return Err(ApiError::idempotency_conflict(if kind == Kind::Payment { "request_id" } else { "record_id" }));
        }
    };
    // The decision goes out exactly as it was stored.
    Ok(([(axum::http::header::CONTENT_TYPE, "application/json")], json).into_response())
}

/// Lower-case hex of a digest.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

pub(super) async fn get_decision(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Decision>, ApiError> {
    let (tenant, decision, _) = state
        .store
        .decision(&id)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("decision"))?;
    // Another tenant's decision does not exist, as far as this caller can tell.
    if !principal.can_read(&tenant) {
        return Err(ApiError::not_found("decision"));
    }
    // The case as it stands now, so a system holding the payment can poll for its release.
    let mut decision = decision;
    if decision.case_id.is_some() {
        if let Some(case) = state.store.case_of(&id).await.map_err(|e| ApiError::unavailable(&e))? {
            decision.case_status = Some(case.status);
            decision.case_resolution = case.resolution;
        }
    }
    Ok(Json(decision))
}

/// The tenants a caller may list (`None`: every tenant), narrowed to `tenant` when given.
pub(super) fn visible_tenants(principal: &Principal, tenant: Option<&str>) -> Option<Vec<String>> {
    let visible: Option<Vec<String>> = match principal.role {
        Role::Admin => None,
        Role::Officer => principal.jurisdiction.clone(),
        Role::Client | Role::Analyst => Some(vec![principal.tenant.clone()]),
    };
    match (tenant, visible) {
        (Some(t), None) => Some(vec![t.to_owned()]),
        (Some(t), Some(v)) => Some(v.into_iter().filter(|x| x == t).collect()),
        (None, v) => v,
    }
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
    Extension(principal): Extension<Principal>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let tenants = visible_tenants(&principal, query.tenant.as_deref());
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
    let mut rows = state.store.list_decisions(&filter).await.map_err(|e| ApiError::unavailable(&e))?;
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
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let body: OutcomeBody = parse(&read_body(&state, body).await?)?;
    let (tenant, decision, request_json) = state
        .store
        .decision(&id)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("decision"))?;
    if !(principal.role == Role::Admin || principal.tenant == tenant) {
        return Err(ApiError::not_found("decision"));
    }
    // An executed payment or accepted order becomes part of the counterparty history.
    let executed = if body.outcome == Outcome::Executed {
        Some(stored_request(decision.kind, &request_json, "decision")?)
    } else {
        None
    };
    let history_event =
        executed.as_ref().map(|r| (decision.kind.as_str().to_owned(), request_json.clone(), r.at().to_string()));
    // A confirmed fraud puts the scammer's account and contacts on the shared watchlist.
    let watch = if body.outcome == Outcome::ConfirmedFraud {
        let request = stored_request(decision.kind, &request_json, "decision")?;
        super::watchlist::identifiers_of(&request, &id, &tenant, &principal.name)
    } else {
        Vec::new()
    };
    let watched = !watch.is_empty();
    let history_added = state
        .store
        .record_outcome(OutcomeWrite {
            decision_id: id.clone(),
            tenant: tenant.clone(),
            outcome: body.outcome.as_str().to_owned(),
            note: body.note,
            by_key: principal.key_id.clone(),
            history_event,
            watch,
        })
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    if history_added {
        super::catch_up_history(&state).await.map_err(|e| ApiError::unavailable(&e))?;
    }
    if watched {
        super::follow_watchlist(&state, true).await.map_err(|e| ApiError::unavailable(&e))?;
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

/// The request of a stored decision, for a change that needs it (an outcome that feeds the
/// history or the watchlist): `409 request_purged` once the retention period has cut it down.
pub(super) fn stored_request(
    kind: crate::domain::Kind,
    request_json: &str,
    what: &'static str,
) -> Result<Request, ApiError> {
    let value: Value = serde_json::from_str(request_json).map_err(|_| ApiError::not_found(what))?;
    if value.get("purged_at").is_some() {
        return Err(ApiError::request_purged());
    }
    Request::from_json(kind, value).map_err(|_| ApiError::not_found(what))
}
