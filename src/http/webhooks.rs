//! Webhook subscriptions: `POST/GET /v1/webhooks`, `GET/DELETE /v1/webhooks/{id}`,
//! `GET /v1/webhooks/{id}/deliveries` and `POST /v1/webhooks/{id}/test`. A company's keys
//! manage the company's own subscriptions; officers add park-wide ones, covering the companies
//! of their jurisdiction and the park-wide events. Secrets are stored for signing and never
//! shown again.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::handlers::{parse, read_body};
use super::{ApiError, AppState};
use crate::store::{Principal, Role, WebhookRow};
use crate::webhooks::{EVENT_TYPES, FORMATS, PARK_WIDE_EVENTS};

/// Body of `POST /v1/webhooks`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = WebhookRequest)]
pub(super) struct NewWebhook {
    pub(super) url: String,
    pub(super) events: Vec<String>,
    #[serde(default = "json_format")]
    pub(super) format: String,
    #[serde(default)]
    pub(super) secret: Option<String>,
    /// The company whose events it receives; for officers and admins, absent means park-wide.
    #[serde(default)]
    pub(super) tenant: Option<String>,
}

fn json_format() -> String {
    "json".into()
}

/// Whether `principal` may see and manage `hook`.
fn manages(principal: &Principal, hook: &WebhookRow) -> bool {
    match (&hook.tenant, principal.role) {
        (Some(tenant), _) => principal.can_read(tenant),
        (None, Role::Admin) => true,
        // A park-wide one: an officer covering every company it covers.
        (None, Role::Officer) => match (&principal.jurisdiction, &hook.jurisdiction) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(mine), Some(its)) => its.iter().all(|t| mine.contains(t)),
        },
        (None, Role::Client | Role::Analyst) => false,
    }
}

/// A subscription as the API shows it: never its secret.
fn shown(hook: &WebhookRow) -> Value {
    json!({
        "id": hook.id,
        "tenant": hook.tenant,
        "jurisdiction": hook.jurisdiction,
        "url": redact_url(&hook.url),
        "events": hook.events,
        "format": hook.format,
        "has_secret": hook.secret.is_some(),
        "created_by": hook.created_by,
        "created_at": hook.created_at,
        "failed_attempts": hook.attempts,
        "next_attempt_at": hook.next_attempt_at,
    })
}

/// A URL without credentials or its query string's values: robot URLs carry their access token
/// there.
pub fn redact_url(url: &str) -> String {
    let url = match reqwest::Url::parse(url) {
        Ok(mut parsed) if !parsed.username().is_empty() || parsed.password().is_some() => {
            let _ = parsed.set_username("***");
            let _ = parsed.set_password(None);
            parsed.to_string()
        }
        _ => url.to_owned(),
    };
    match url.split_once('?') {
        Some((base, query)) => {
            let keys: Vec<String> =
                query.split('&').map(|pair| format!("{}=***", pair.split('=').next().unwrap_or(""))).collect();
            format!("{base}?{}", keys.join("&"))
        }
        None => url,
    }
}

fn check(body: &NewWebhook, park_wide: bool, allowed_hosts: &[String]) -> Result<(), ApiError> {
    let url =
        reqwest::Url::parse(&body.url).map_err(|e| ApiError::invalid_field("url".into(), format!("not a URL: {e}")))?;
    let Some(host) = url.host_str().filter(|_| matches!(url.scheme(), "http" | "https")) else {
        return Err(ApiError::invalid_field("url".into(), "an http:// or https:// URL with a host".into()));
    };
    if let Some(why) = crate::webhooks::guard::refusal(host, allowed_hosts) {
        return Err(ApiError::invalid_field("url".into(), why));
    }
    if !FORMATS.contains(&body.format.as_str()) {
        return Err(ApiError::invalid_field("format".into(), format!("one of {}", FORMATS.join(", "))));
    }
    if body.events.is_empty() {
        return Err(ApiError::invalid_field("events".into(), "name at least one event type".into()));
    }
    if let Some(unknown) = body.events.iter().find(|e| !EVENT_TYPES.contains(&e.as_str())) {
        return Err(ApiError::invalid_field(
            "events".into(),
            format!("`{unknown}` is not an event type: {}", EVENT_TYPES.join(", ")),
        ));
    }
    if !park_wide {
        if let Some(officers) = body.events.iter().find(|e| PARK_WIDE_EVENTS.contains(&e.as_str())) {
            return Err(ApiError::invalid_field(
                "events".into(),
                format!(
                    "`{officers}` concerns every company: only a park-wide subscription (an officer's) receives it"
                ),
            ));
        }
    }
    match (body.format.as_str(), body.secret.as_deref()) {
        ("json", None) => {
            Err(ApiError::invalid_field("secret".into(), "the json format is signed: give a secret".into()))
        }
        (_, Some(secret)) if secret.len() < 16 || secret.len() > 200 => {
            Err(ApiError::invalid_field("secret".into(), "between 16 and 200 characters".into()))
        }
        ("wecom", Some(_)) => {
            Err(ApiError::invalid_field("secret".into(), "WeCom group robots have no signing secret".into()))
        }
        _ => Ok(()),
    }
}

pub(super) async fn create(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let body: NewWebhook = parse(&read_body(&state, body).await?)?;
    subscribe(&state, &principal, body).await.map(|hook| Json(shown(&hook)))
}

/// Adds a subscription for `principal`, checked as `POST /v1/webhooks` checks it (the officer
/// pages' form goes through here too).
pub(super) async fn subscribe(
    state: &AppState,
    principal: &Principal,
    body: NewWebhook,
) -> Result<WebhookRow, ApiError> {
    let (tenant, jurisdiction) = match (principal.role, &body.tenant) {
        (Role::Client | Role::Analyst, Some(tenant)) if *tenant != principal.tenant => {
            return Err(ApiError::invalid_field(
                "tenant".into(),
                "a company's key subscribes to its own events".into(),
            ));
        }
        (Role::Client | Role::Analyst, _) => (Some(principal.tenant.clone()), None),
        (_, Some(tenant)) if !principal.can_read(tenant) => {
            return Err(ApiError::invalid_field("tenant".into(), format!("`{tenant}` is outside your jurisdiction")));
        }
        (_, Some(tenant)) => (Some(tenant.clone()), None),
        (_, None) => (None, principal.jurisdiction.clone()),
    };
    check(&body, tenant.is_none(), &state.webhook_settings.allowed_hosts)?;
    let hook = WebhookRow {
        id: ulid::Ulid::new().to_string(),
        tenant,
        jurisdiction,
        url: body.url,
        events: body.events,
        format: body.format,
        secret: body.secret,
        created_by: principal.name.clone(),
        created_by_key: Some(principal.key_id.clone()),
        created_at: crate::store::stamp(jiff::Timestamp::now()),
        last_seq: 0,
        attempts: 0,
        next_attempt_at: None,
    };
    state.store.create_webhook(hook.clone()).await.map_err(|e| ApiError::unavailable(&e))?;
    state.webhook_wake.subscriptions_changed();
    Ok(hook)
}

/// The subscriptions `principal` manages.
pub(super) async fn visible(state: &AppState, principal: &Principal) -> Result<Vec<WebhookRow>, ApiError> {
    let hooks = state.store.webhooks().await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(hooks.into_iter().filter(|h| manages(principal, h)).collect())
}

/// One subscription `principal` manages.
pub(super) async fn one(state: &AppState, principal: &Principal, id: &str) -> Result<WebhookRow, ApiError> {
    visible(state, principal).await?.into_iter().find(|h| h.id == id).ok_or_else(|| ApiError::not_found("webhook"))
}

pub(super) async fn list(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
) -> Result<Json<Value>, ApiError> {
    let hooks: Vec<Value> = visible(&state, &principal).await?.iter().map(shown).collect();
    Ok(Json(json!({"webhooks": hooks})))
}

pub(super) async fn get(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(shown(&one(&state, &principal, &id).await?)))
}

pub(super) async fn delete(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let hook = one(&state, &principal, &id).await?;
    let deleted = remove(&state, &principal, &hook).await?;
    Ok(Json(json!({"id": hook.id, "deleted": deleted})))
}

/// Removes a subscription `principal` manages (found with [`one`]).
pub(super) async fn remove(state: &AppState, principal: &Principal, hook: &WebhookRow) -> Result<bool, ApiError> {
    let deleted = state.store.delete_webhook(&hook.id, &principal.name).await.map_err(|e| ApiError::unavailable(&e))?;
    state.webhook_wake.subscriptions_changed();
    Ok(deleted)
}

/// Query of `GET /v1/webhooks/{id}/deliveries`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DeliveriesQuery {
    limit: Option<i64>,
}

pub(super) async fn deliveries(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
    query: Result<Query<DeliveriesQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let hook = one(&state, &principal, &id).await?;
    let limit = query.limit.unwrap_or(100).clamp(1, 1000);
    let rows = state.store.deliveries(&hook.id, limit).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({"webhook": shown(&hook), "deliveries": rows})))
}

pub(super) async fn test(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let hook = one(&state, &principal, &id).await?;
    let result = crate::webhooks::send_test(&hook, &state.webhook_settings).await;
    Ok(Json(result))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_shown_without_credentials_or_tokens() {
        assert_eq!(
            redact_url("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K1"),
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***"
        );
        assert_eq!(redact_url("https://erp:pw@erp.acme.cn/hook"), "https://***@erp.acme.cn/hook");
        assert_eq!(redact_url("http://10.0.0.5/hook"), "http://10.0.0.5/hook");
    }
}
