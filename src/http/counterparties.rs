//! `POST /v1/counterparties/import` (a vendor master and payroll accounts, as JSON or CSV in
//! UTF-8, with or without BOM, or GB18030 as Excel on Chinese Windows saves it) and
//! `GET /v1/counterparties/{account_no}`.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::{Extension, Json};
use jiff::Timestamp;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiError, AppState};
use crate::engine::history::{CounterpartyKind, CounterpartyRecord};
use crate::store::Principal;

/// Body of `POST /v1/counterparties/import`: the vendor or employee master records.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct CounterpartyImport(Vec<Import>);

/// One counterparty as imported.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = CounterpartyMasterRecord)]
pub(super) struct Import {
    kind: CounterpartyKind,
    /// Vendor id or employee id.
    id: String,
    name: String,
    account_no: String,
    #[serde(default)]
    bank: Option<String>,
    /// Accepted for the vendor master's completeness; the account type that screening uses
    /// is the one each payment request carries.
    #[serde(default)]
    #[allow(dead_code)]
    account_type: Option<crate::domain::request::AccountType>,
    /// Phone on file for call-backs.
    #[serde(default)]
    phone: Option<String>,
    /// Since when the record is valid.
    #[schema(value_type = String, format = DateTime)]
    since: Timestamp,
    /// Earlier accounts with the dates they were replaced.
    #[serde(default)]
    earlier_accounts: Vec<EarlierAccount>,
}

/// An account the counterparty had before, and when it was replaced.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct EarlierAccount {
    account_no: String,
    #[schema(value_type = String, format = DateTime)]
    changed_at: Timestamp,
}

/// Decodes an uploaded text: UTF-8 (a BOM is dropped) or, failing that, GB18030.
pub(super) fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

/// Parses CSV with a header row naming the JSON keys; `earlier_accounts` is
/// `ACCOUNT@RFC3339;ACCOUNT@RFC3339`.
fn from_csv(text: &str) -> Result<Vec<Import>, ApiError> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| ApiError::invalid_field("header".into(), e.to_string()))?.clone();
    let mut out = Vec::new();
    for (row_index, row) in reader.records().enumerate() {
        let row = row.map_err(|e| ApiError::invalid_field(format!("row {}", row_index + 2), e.to_string()))?;
        let mut object = serde_json::Map::new();
        for (header, value) in headers.iter().zip(row.iter()) {
            if value.is_empty() {
                continue;
            }
            let value = if header == "earlier_accounts" {
                Value::Array(
                    value
                        .split(';')
                        .filter(|p| !p.trim().is_empty())
                        .map(|pair| {
                            let (account, at) = pair.split_once('@').unwrap_or((pair, ""));
                            json!({"account_no": account.trim(), "changed_at": at.trim()})
                        })
                        .collect(),
                )
            } else {
                Value::String(value.to_owned())
            };
            object.insert(header.to_owned(), value);
        }
        let record: Import = serde_path_to_error::deserialize(Value::Object(object)).map_err(|e| {
            ApiError::invalid_field(format!("row {}: {}", row_index + 2, e.path()), e.into_inner().to_string())
        })?;
        out.push(record);
    }
    Ok(out)
}

fn from_json(text: &str) -> Result<Vec<Import>, ApiError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ApiError::malformed_json(format!("the body is not valid JSON: {e}")))?;
    let list = match value {
        Value::Object(mut o) if o.contains_key("counterparties") => o.remove("counterparties").unwrap_or(Value::Null),
        other => other,
    };
    serde_path_to_error::deserialize(list).map_err(|e| {
        let field = e.path().to_string();
        ApiError::invalid_field(field, e.into_inner().to_string())
    })
}

/// The history events of one imported counterparty: its current account, and each earlier
/// account for the time it was in use.
fn events(import: &Import) -> Vec<CounterpartyRecord> {
    let changed_at = import.earlier_accounts.iter().map(|e| e.changed_at).max();
    let mut records = vec![CounterpartyRecord {
        at: import.since,
        kind: import.kind,
        id: import.id.clone(),
        name: import.name.clone(),
        account_no: import.account_no.clone(),
        account_changed_at: changed_at,
        bank: import.bank.clone(),
        phone: import.phone.clone(),
    }];
    for earlier in &import.earlier_accounts {
        records.push(CounterpartyRecord {
            at: import.since.min(earlier.changed_at),
            kind: import.kind,
            id: import.id.clone(),
            name: import.name.clone(),
            account_no: earlier.account_no.clone(),
            account_changed_at: None,
            bank: None,
            phone: import.phone.clone(),
        });
    }
    records
}

pub(super) async fn import(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let bytes = axum::body::to_bytes(body, state.body_limit.max(8 * 1024 * 1024))
        .await
        .map_err(|_| ApiError::too_large(8 * 1024 * 1024))?;
    let is_csv = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/csv"));
    let text = decode(&bytes);
    let imports = if is_csv { from_csv(&text)? } else { from_json(&text)? };
    let mut stored = Vec::new();
    for import in &imports {
        for record in events(import) {
            let json = serde_json::to_string(&record).map_err(|_| ApiError::not_found("counterparty"))?;
            stored.push((json, record.at.to_string()));
        }
    }
    state
        .store
        .append_history(&principal.tenant, "counterparty", stored)
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    super::catch_up_history(&state).await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({"imported": imports.len()})))
}

/// Query of `GET /v1/counterparties/{account_no}`: officers and admins name the tenant.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TenantQuery {
    tenant: Option<String>,
}

pub(super) async fn get(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(account_no): Path<String>,
    axum::extract::Query(query): axum::extract::Query<TenantQuery>,
) -> Result<Json<Value>, ApiError> {
    let tenant = query.tenant.unwrap_or_else(|| principal.tenant.clone());
    if !principal.can_read(&tenant) {
        return Err(ApiError::not_found("counterparty"));
    }
    let history = state.history(&tenant);
    let records = history.read().map(|h| h.counterparty_records(&account_no)).unwrap_or_default();
    if records.is_empty() {
        return Err(ApiError::not_found("counterparty"));
    }
    Ok(Json(json!({"account_no": account_no, "records": records})))
}
