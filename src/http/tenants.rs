//! `GET/PUT /v1/tenants/{tenant}/settings`: a company's approval limits, business hours and
//! time zone, overriding `rules/settings.toml` for its screenings.

use std::str::FromStr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::{Extension, Json};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::handlers::{parse, read_body};
use super::{ApiError, AppState};
use crate::engine::TenantOverrides;
use crate::store::Principal;

/// The settings a tenant may override; absent keys keep the defaults.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantSettings {
    /// Approval thresholds, as decimal strings (`["50000", "200000"]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_limits: Option<Vec<String>>,
    /// Business hours on working days, `["09:00", "18:00"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_hours: Option<[String; 2]>,
    /// IANA time zone, such as `Asia/Urumqi`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Whether an `allow` decision enters the counterparty history as if it was paid, for a
    /// company whose finance system does not report outcomes. Absent: the service default
    /// (`allow_updates_history` in the configuration, off unless set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_updates_history: Option<bool>,
}

impl TenantSettings {
    /// Checks the values and turns them into engine overrides, naming the first bad field.
    pub fn overrides(&self) -> Result<TenantOverrides, (String, String)> {
        let mut overrides = TenantOverrides::default();
        if let Some(limits) = &self.approval_limits {
            let mut parsed = Vec::new();
            for (i, limit) in limits.iter().enumerate() {
                match Decimal::from_str(limit.trim()) {
                    Ok(d) if d > Decimal::ZERO => parsed.push(d),
                    _ => {
                        return Err((
                            format!("approval_limits[{i}]"),
                            format!("`{limit}` is not a positive decimal amount"),
                        ));
                    }
                }
            }
            parsed.sort();
            overrides.approval_limits = Some(parsed);
        }
        if let Some([start, end]) = &self.business_hours {
            let clock = crate::engine::syntax::parse_clock;
            match (clock(start), clock(end)) {
                (Some(s), Some(e)) if s < e => overrides.business_hours = Some((s, e)),
                _ => {
                    return Err((
                        "business_hours".into(),
                        "expected a start and a later end such as [\"09:00\", \"18:00\"]".into(),
                    ));
                }
            }
        }
        if let Some(zone) = &self.time_zone {
            match jiff::tz::TimeZone::get(zone) {
                Ok(tz) => overrides.time_zone = Some(tz),
                Err(_) => return Err(("time_zone".into(), format!("`{zone}` is not an IANA time zone"))),
            }
        }
        Ok(overrides)
    }
}

pub(super) async fn get_settings(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(tenant): Path<String>,
) -> Result<Json<TenantSettings>, ApiError> {
    if !principal.can_read(&tenant) {
        return Err(ApiError::not_found("tenant"));
    }
    let settings =
        state.tenant_settings.read().ok().and_then(|all| all.get(&tenant).map(|(s, _)| s.clone())).unwrap_or_default();
    Ok(Json(settings))
}

pub(super) async fn put_settings(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(tenant): Path<String>,
    body: Body,
) -> Result<Json<TenantSettings>, ApiError> {
    if !principal.can_read(&tenant) {
        return Err(ApiError::not_found("tenant"));
    }
    let settings: TenantSettings = parse(&read_body(&state, body).await?)?;
    let overrides = settings.overrides().map_err(|(field, message)| ApiError::invalid_field(field, message))?;
    let json = serde_json::to_string(&settings).map_err(|_| ApiError::not_found("tenant"))?;
    state.store.put_tenant_settings(&tenant, json, &principal.key_id).await.map_err(|e| ApiError::unavailable(&e))?;
    if let Ok(mut all) = state.tenant_settings.write() {
        all.insert(tenant, (settings.clone(), Arc::new(overrides)));
    }
    Ok(Json(settings))
}
