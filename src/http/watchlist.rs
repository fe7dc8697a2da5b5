//! The shared watchlist: `GET/POST /v1/watchlist`, `DELETE /v1/watchlist/{id}`, the
//! identifiers a confirmed fraud adds, and keeping every instance's copy current.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::handlers::{parse, read_body};
use super::{ApiError, AppState};
use crate::domain::Request;
use crate::engine::watchlist::WatchKind;
use crate::engine::{WatchEntry, Watchlist};
use crate::store::{NewWatch, Principal, StoreError};

/// The kind of a contact as given (`from_contact`): e-mail, phone, or an IM id.
fn contact_kind(contact: &str) -> &'static str {
    let digits = contact.chars().filter(char::is_ascii_digit).count();
    if contact.contains('@') {
        "email"
    } else if digits >= 7 && digits * 2 >= contact.chars().filter(|c| !c.is_whitespace()).count() {
        "phone"
    } else {
        "im"
    }
}

/// The identifiers a request confirmed as fraud puts on the watchlist: the account paid and the
/// contacts used. Names are not added automatically (a scam often borrows a real company's
/// name); officers add them by hand.
pub fn identifiers_of(request: &Request, decision_id: &str, tenant: &str, by: &str) -> Vec<NewWatch> {
    let mut found: Vec<(&str, String)> = Vec::new();
    match request {
        Request::Payment(p) => {
            found.push(("account", p.payee.account_no.clone()));
            if let Some(phone) = &p.payee.phone {
                found.push(("phone", phone.clone()));
            }
            if let Some(contact) = p.instruction.as_ref().and_then(|i| i.from_contact.as_deref()) {
                found.push((contact_kind(contact), contact.to_owned()));
            }
        }
        Request::Order(o) => {
            let c = &o.customer;
            for (kind, value) in [("phone", &c.phone), ("im", &c.im_id), ("email", &c.email)] {
                if let Some(value) = value {
                    found.push((kind, value.clone()));
                }
            }
        }
    }
    found
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(kind, value)| NewWatch {
            kind: kind.to_owned(),
            value,
            source: "outcome".into(),
            source_ref: Some(decision_id.to_owned()),
            source_tenant: Some(tenant.to_owned()),
            note: Some("confirmed fraud".into()),
            added_by: by.to_owned(),
            expires_at: None,
        })
        .collect()
}

/// Rebuilds this instance's watchlist from the store when it changed (or when `force`).
pub async fn follow_watchlist(state: &AppState, force: bool) -> Result<(), StoreError> {
    let stamp = state.store.watch_stamp().await?;
    {
        let mut seen = state.watch_stamp.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !force && *seen == Some(stamp) {
            return Ok(());
        }
        *seen = Some(stamp);
    }
    let now = crate::store::stamp(jiff::Timestamp::now());
    let entries: Vec<WatchEntry> = state
        .store
        .watch_records(false)
        .await?
        .into_iter()
        .filter(|r| r.entry.expires_at.as_deref().is_none_or(|e| e > now.as_str()))
        .filter_map(|r| {
            let kind = match r.entry.kind.as_str() {
                "account" => WatchKind::Account,
                "phone" => WatchKind::Phone,
                "name" => WatchKind::Name,
                "im" => WatchKind::Im,
                "email" => WatchKind::Email,
                _ => return None,
            };
            // What a hit's evidence says: kind, since when and from what; never whose.
            let source = match r.entry.source.as_str() {
                "outcome" => "确认诈骗 confirmed fraud",
                "incident" => "确认警情 confirmed incident",
                _ => "民警录入 added by an officer",
            };
            let since = r.added_at.get(..10).unwrap_or(&r.added_at);
            let note = format!("观察名单 watchlist: {} · {since} · {source}", r.entry.kind);
            Some(WatchEntry { kind, value: r.entry.value, note: Some(note) })
        })
        .collect();
    state.watchlist.store(Arc::new(Watchlist::new(&entries)));
    Ok(())
}

/// Every string in a JSON value: the identifiers a request carries, wherever they sit.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The watchlist entries a stored request matches, each with where it came from: the confirmed
/// incident (whichever company it belongs to) or the decision confirmed as fraud. For officers
/// only; the hit's evidence that companies see names the kind and date, never whose.
pub(super) async fn sources(state: &AppState, request: &Value) -> Result<Vec<Value>, ApiError> {
    let records = state.store.watch_records(false).await.map_err(|e| ApiError::unavailable(&e))?;
    let mut carried = Vec::new();
    strings(request, &mut carried);
    let keys: std::collections::HashSet<String> =
        carried.iter().flat_map(|s| crate::engine::watchlist::fold(s)).collect();
    let matched: Vec<_> = records
        .into_iter()
        .filter(|r| crate::engine::watchlist::fold(&r.entry.value).iter().any(|k| keys.contains(k)))
        .collect();
    if matched.is_empty() {
        return Ok(Vec::new());
    }
    let incidents = state.store.incidents().await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(matched
        .into_iter()
        .map(|record| {
            let incident = (record.entry.source == "incident")
                .then(|| incidents.iter().find(|i| Some(&i.id) == record.entry.source_ref.as_ref()))
                .flatten()
                .and_then(|row| {
                    let mut shown: Value = serde_json::from_str(&row.incident).ok()?;
                    shown.as_object_mut()?.insert("id".into(), Value::String(row.id.clone()));
                    Some(shown)
                });
            json!({"entry": record, "incident": incident})
        })
        .collect())
}

/// Query of `GET /v1/watchlist`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ListQuery {
    #[serde(default)]
    include_removed: bool,
}

pub(super) async fn list(
    State(state): State<Arc<AppState>>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let entries = state.store.watch_records(query.include_removed).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({"entries": entries})))
}

/// Body of `POST /v1/watchlist`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = WatchlistEntryRequest)]
pub(super) struct AddBody {
    kind: WatchKind,
    /// The identifier.
    value: String,
    #[serde(default)]
    note: Option<String>,
    /// Until when it holds (RFC 3339); by default, until removed.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = DateTime)]
    expires_at: Option<jiff::Timestamp>,
}

pub(super) async fn add(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let body: AddBody = parse(&read_body(&state, body).await?)?;
    if body.value.trim().is_empty() {
        return Err(ApiError::invalid_field("value".into(), "the identifier is empty".into()));
    }
    let kind = serde_json::to_value(body.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let entry = NewWatch {
        kind,
        value: body.value.trim().to_owned(),
        source: "manual".into(),
        source_ref: None,
        source_tenant: None,
        note: body.note,
        added_by: principal.name.clone(),
        expires_at: body.expires_at.map(crate::store::stamp),
    };
    let ids = state.store.add_watch(vec![entry]).await.map_err(|e| ApiError::unavailable(&e))?;
    follow_watchlist(&state, true).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({"id": ids.first(), "added_by": principal.name})))
}

pub(super) async fn remove(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let records = state.store.watch_records(true).await.map_err(|e| ApiError::unavailable(&e))?;
    // An entry from a company's confirmed fraud is managed by the officers covering that company.
    let record = records
        .into_iter()
        .find(|r| r.id == id)
        .filter(|r| r.entry.source_tenant.as_deref().is_none_or(|t| principal.can_read(t)))
        .ok_or_else(|| ApiError::not_found("watchlist entry"))?;
    let removed = state.store.remove_watch(&id, &principal.name).await.map_err(|e| ApiError::unavailable(&e))?;
    follow_watchlist(&state, true).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({"id": record.id, "removed": removed || record.removed_at.is_some()})))
}
