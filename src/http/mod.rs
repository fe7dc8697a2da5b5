//! The HTTP API: the only module that knows about axum, status codes and JSON error bodies.

mod audit;
mod auth;
mod cases;
mod counterparties;
mod error;
mod handlers;
mod incidents;
mod limits;
mod metrics;
mod openapi;
mod outreach;
mod privacy;
mod rules;
mod serve;
mod sheet;
mod sync;
mod tenants;
mod ui;
mod watchlist;
mod webhooks;

pub use limits::{AuthFailures, KeyRateLimiter, Limits};
pub use metrics::Metrics;
pub use openapi::document as openapi_document;
pub use rules::{ActivateError, RulesStatus, activate, watch};
pub use serve::{Peer, serve};
pub use sync::{
    FOLLOW_POLL, catch_up_history, event_of_row, follow, follow_shadow, reload_tenant_settings, skip_past_erasures,
};

pub use auth::{KEY_CACHE_TTL, KeyCache};
pub use cases::iso_week_bounds;
pub use incidents::{Incident, from_csv as incidents_from_csv, record as record_incident};
pub use outreach::{OutreachSession, from_csv as outreach_from_csv};
pub use tenants::TenantSettings;
pub use watchlist::follow_watchlist;

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use arc_swap::ArcSwap;
use dashmap::DashMap;

use axum::Router;
use axum::routing::{get, post};

pub use error::ApiError;

use crate::engine::{History, RuleSet, Watchlist};
use crate::store::{Role, Store};

/// What every handler shares.
pub struct AppState {
    /// The active ruleset; a reload swaps the `Arc`, in-flight requests keep theirs.
    pub rules: ArcSwap<RuleSet>,
    /// The shadow ruleset, evaluated beside the active one and never answered with; with who
    /// set it and when.
    pub shadow: arc_swap::ArcSwapOption<(RuleSet, String, String)>,
    /// The durable store.
    pub store: Store,
    /// The sequence number of the last stored history event applied to `histories`.
    pub history_applied: tokio::sync::Mutex<i64>,
    /// The sequence number of the last erasure whose companies' histories were rebuilt.
    pub erasures_applied: tokio::sync::Mutex<i64>,
    /// Looked-up API keys.
    pub keys: KeyCache,
    /// Each tenant's counterparty history, rebuilt from the store at start.
    pub histories: DashMap<String, Arc<RwLock<History>>>,
    /// Confirmed scammers' identifiers, as last read from the store.
    pub watchlist: ArcSwap<Watchlist>,
    /// The store's watchlist stamp when it was last read.
    pub watch_stamp: std::sync::Mutex<Option<(i64, i64)>>,
    /// Largest accepted body, bytes.
    pub body_limit: usize,
    /// Request rate, header size and time limits.
    pub limits: Limits,
    /// Each key's request rate.
    pub rate_limiter: KeyRateLimiter,
    /// Unknown keys tried per client address.
    pub auth_failures: AuthFailures,
    /// Whether an `allow` decision enters the counterparty history as if paid, for tenants
    /// whose settings do not say (`allow_updates_history`).
    pub allow_updates_history: bool,
    /// When, by whom and how the active ruleset was loaded, and the last refused reload.
    pub rules_status: RwLock<RulesStatus>,
    /// The rules directory reloads read.
    pub rules_dir: std::path::PathBuf,
    /// The content version of the rules directory when this instance last acted on it.
    pub rules_dir_seen: std::sync::Mutex<Option<String>>,
    /// Prometheus metrics.
    pub metrics: Metrics,
    /// The time zone weeks are counted in.
    pub time_zone: jiff::tz::TimeZone,
    /// Tells the webhook worker of this instance's new events and subscriptions.
    pub webhook_wake: Arc<crate::webhooks::Wake>,
    /// How webhooks are delivered.
    pub webhook_settings: crate::webhooks::DeliverySettings,
    /// Each tenant's settings as written, and the engine overrides they make.
    pub tenant_settings: RwLock<HashMap<String, (TenantSettings, Arc<crate::engine::TenantOverrides>)>>,
}

impl AppState {
    /// A tenant's history, created empty on first use.
    pub fn history(&self, tenant: &str) -> Arc<RwLock<History>> {
        if let Some(history) = self.histories.get(tenant) {
            return Arc::clone(history.value());
        }
        Arc::clone(self.histories.entry(tenant.to_owned()).or_default().value())
    }

    /// The active ruleset.
    pub fn active_rules(&self) -> Arc<RuleSet> {
        self.rules.load_full()
    }

    /// The rules directory's content version when last acted on.
    pub fn rules_dir_seen(&self) -> Option<String> {
        self.rules_dir_seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// Records that the rules directory with this content version was acted on.
    pub fn saw_rules_dir(&self, version: String) {
        *self.rules_dir_seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(version);
    }
}

/// The request's id, for the audit log.
#[derive(Clone, Debug)]
pub(super) struct RequestId(pub String);

/// Gives every response an `x-request-id` (the caller's, or a new one) and logs the request
/// with its status and latency (successful ones at `debug`); bodies are never logged, so
/// account numbers never reach a log.
async fn request_id(
    axum::extract::State(state): axum::extract::State<Arc<AppState>>,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128)
        .map_or_else(|| ulid::Ulid::new().to_string(), str::to_owned);
    request.extensions_mut().insert(RequestId(id.clone()));
    let method = request.method().clone();
    let path = masked_path(request.uri().path());
    let route = request.extensions().get::<axum::extract::MatchedPath>().map_or("unmatched", |p| p.as_str()).to_owned();
    let started = std::time::Instant::now();
    let mut response = next.run(request).await;
    state.metrics.request(&route, response.status().as_u16(), started.elapsed().as_secs_f64());
    let status = response.status().as_u16();
    let micros = started.elapsed().as_micros() as u64;
    // Every decision is already in the store with its request; a log line per successful call
    // would cost a seventh of the throughput, so those are `debug`. Refusals and failures are
    // always logged.
    match status {
        500.. => tracing::warn!(request_id = %id, %method, %path, status, micros, "request"),
        400.. => tracing::info!(request_id = %id, %method, %path, status, micros, "request"),
        _ => tracing::debug!(request_id = %id, %method, %path, status, micros, "request"),
    }
    if let Ok(value) = axum::http::HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// Headers on every answer that keep a browser from doing more than showing it: no script,
/// no framing, no guessing of content types, no referrer leaking a case id. The officer
/// pages and the case sheet need nothing but their own inline style and forms.
async fn security_headers(mut response: axum::response::Response) -> axum::response::Response {
    use axum::http::HeaderValue;
    let headers = response.headers_mut();
    headers.insert(
        "content-security-policy",
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    response
}

/// A path as logged and audited: every run of eight or more digits (an account or card
/// number, as in `/v1/counterparties/{account_no}`) keeps only its last four, and a customer's
/// name in a data subject's request is left out.
fn masked_path(path: &str) -> String {
    if path.strip_prefix(CUSTOMER_PRIVACY_PATH).is_some_and(|name| !name.is_empty()) {
        return format!("{CUSTOMER_PRIVACY_PATH}(name)");
    }
    let mut out = String::with_capacity(path.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.len() >= 8 {
            out.extend(std::iter::repeat_n('*', digits.len() - 4));
            out.push_str(&digits[digits.len() - 4..]);
        } else {
            out.push_str(digits);
        }
        digits.clear();
    };
    for c in path.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// The prefix of the routes that name an order's customer in their path.
const CUSTOMER_PRIVACY_PATH: &str = "/v1/privacy/customers/";

/// Who may call a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, without a key.
    Public,
    /// Keys of these roles; others get 403.
    Roles(&'static [Role]),
}

/// One route of the API.
#[derive(Clone, Copy, Debug)]
pub struct Route {
    /// HTTP method.
    pub method: &'static str,
    /// Path, with `{id}` for a decision id.
    pub path: &'static str,
    /// Who may call it.
    pub access: Access,
}

const ALL_ROLES: &[Role] = &[Role::Client, Role::Analyst, Role::Officer, Role::Admin];
const CLIENTS: &[Role] = &[Role::Client, Role::Admin];
const OFFICERS: &[Role] = &[Role::Officer, Role::Admin];
const REVIEWERS: &[Role] = &[Role::Analyst, Role::Officer, Role::Admin];
const ADMINS: &[Role] = &[Role::Admin];

/// Every route. The router is built from this table, so a route cannot exist without an
/// entry here, and the authorization test walks it.
pub const ROUTES: &[Route] = &[
    Route { method: "GET", path: "/healthz", access: Access::Public },
    Route { method: "GET", path: "/readyz", access: Access::Public },
    Route { method: "GET", path: "/metrics", access: Access::Public },
    Route { method: "GET", path: "/openapi.json", access: Access::Public },
    Route { method: "POST", path: "/v1/screen/payment", access: Access::Roles(CLIENTS) },
    Route { method: "POST", path: "/v1/screen/order", access: Access::Roles(CLIENTS) },
    Route { method: "GET", path: "/v1/decisions", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/decisions/{id}", access: Access::Roles(ALL_ROLES) },
    Route { method: "POST", path: "/v1/decisions/{id}/outcome", access: Access::Roles(CLIENTS) },
    Route { method: "POST", path: "/v1/counterparties/import", access: Access::Roles(CLIENTS) },
    Route { method: "GET", path: "/v1/counterparties/{account_no}", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/rules", access: Access::Roles(OFFICERS) },
    Route { method: "POST", path: "/v1/rules/reload", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/rules/versions", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/rules/stats", access: Access::Roles(REVIEWERS) },
    Route { method: "POST", path: "/v1/rules/backtest", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/rules/shadow", access: Access::Roles(OFFICERS) },
    Route { method: "PUT", path: "/v1/rules/shadow", access: Access::Roles(OFFICERS) },
    Route { method: "DELETE", path: "/v1/rules/shadow", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/reports/weekly", access: Access::Roles(REVIEWERS) },
    Route { method: "GET", path: "/v1/reports/outreach", access: Access::Roles(REVIEWERS) },
    Route { method: "POST", path: "/v1/rules/rollback", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/cases", access: Access::Roles(REVIEWERS) },
    Route { method: "GET", path: "/v1/cases/{id}", access: Access::Roles(ALL_ROLES) },
    Route { method: "PATCH", path: "/v1/cases/{id}", access: Access::Roles(REVIEWERS) },
    Route { method: "GET", path: "/v1/cases/{id}/sheet", access: Access::Roles(REVIEWERS) },
    Route { method: "POST", path: "/v1/outreach", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/outreach", access: Access::Roles(ALL_ROLES) },
    Route { method: "POST", path: "/v1/outreach/import", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/outreach/export", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/outreach/{id}", access: Access::Roles(ALL_ROLES) },
    Route { method: "PATCH", path: "/v1/outreach/{id}", access: Access::Roles(OFFICERS) },
    Route { method: "DELETE", path: "/v1/outreach/{id}", access: Access::Roles(OFFICERS) },
    Route { method: "POST", path: "/v1/incidents", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/incidents", access: Access::Roles(ALL_ROLES) },
    Route { method: "POST", path: "/v1/incidents/import", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/incidents/export", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/incidents/{id}", access: Access::Roles(ALL_ROLES) },
    Route { method: "PATCH", path: "/v1/incidents/{id}", access: Access::Roles(OFFICERS) },
    Route { method: "DELETE", path: "/v1/incidents/{id}", access: Access::Roles(OFFICERS) },
    Route { method: "POST", path: "/v1/webhooks", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/webhooks", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/webhooks/{id}", access: Access::Roles(ALL_ROLES) },
    Route { method: "DELETE", path: "/v1/webhooks/{id}", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/webhooks/{id}/deliveries", access: Access::Roles(ALL_ROLES) },
    Route { method: "POST", path: "/v1/webhooks/{id}/test", access: Access::Roles(ALL_ROLES) },
    Route { method: "GET", path: "/v1/watchlist", access: Access::Roles(OFFICERS) },
    Route { method: "POST", path: "/v1/watchlist", access: Access::Roles(OFFICERS) },
    Route { method: "DELETE", path: "/v1/watchlist/{id}", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/tenants/{tenant}/settings", access: Access::Roles(OFFICERS) },
    Route { method: "PUT", path: "/v1/tenants/{tenant}/settings", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/audit", access: Access::Roles(ADMINS) },
    Route { method: "GET", path: "/v1/privacy/accounts/{account_no}", access: Access::Roles(REVIEWERS) },
    Route { method: "DELETE", path: "/v1/privacy/accounts/{account_no}", access: Access::Roles(OFFICERS) },
    Route { method: "GET", path: "/v1/privacy/customers/{name}", access: Access::Roles(REVIEWERS) },
    Route { method: "DELETE", path: "/v1/privacy/customers/{name}", access: Access::Roles(OFFICERS) },
];

fn handler(route: &Route) -> axum::routing::MethodRouter<Arc<AppState>> {
    match (route.method, route.path) {
        ("GET", "/healthz") => get(handlers::healthz),
        ("GET", "/readyz") => get(handlers::readyz),
        ("GET", "/metrics") => get(handlers::metrics),
        ("GET", "/openapi.json") => get(|| async { axum::Json(openapi::document()) }),
        ("POST", "/v1/screen/payment") => post(handlers::screen_payment),
        ("POST", "/v1/screen/order") => post(handlers::screen_order),
        ("GET", "/v1/decisions") => get(handlers::list_decisions),
        ("GET", "/v1/decisions/{id}") => get(handlers::get_decision),
        ("POST", "/v1/decisions/{id}/outcome") => post(handlers::post_outcome),
        ("POST", "/v1/counterparties/import") => post(counterparties::import),
        ("GET", "/v1/counterparties/{account_no}") => get(counterparties::get),
        ("GET", "/v1/rules") => get(rules::get_rules),
        ("POST", "/v1/rules/reload") => post(rules::reload),
        ("GET", "/v1/rules/versions") => get(rules::versions),
        ("GET", "/v1/rules/stats") => get(rules::stats),
        ("POST", "/v1/rules/backtest") => post(rules::backtest),
        ("GET", "/v1/rules/shadow") => get(rules::get_shadow),
        ("PUT", "/v1/rules/shadow") => axum::routing::put(rules::put_shadow),
        ("DELETE", "/v1/rules/shadow") => axum::routing::delete(rules::delete_shadow),
        ("GET", "/v1/reports/weekly") => get(cases::weekly_report),
        ("GET", "/v1/reports/outreach") => get(incidents::outreach_report),
        ("POST", "/v1/rules/rollback") => post(rules::rollback),
        ("GET", "/v1/cases") => get(cases::list),
        ("GET", "/v1/cases/{id}") => get(cases::get),
        ("PATCH", "/v1/cases/{id}") => axum::routing::patch(cases::patch),
        ("GET", "/v1/cases/{id}/sheet") => get(sheet::get),
        ("POST", "/v1/outreach") => post(outreach::create),
        ("GET", "/v1/outreach") => get(outreach::list),
        ("POST", "/v1/outreach/import") => post(outreach::import),
        ("GET", "/v1/outreach/export") => get(outreach::export),
        ("GET", "/v1/outreach/{id}") => get(outreach::get),
        ("PATCH", "/v1/outreach/{id}") => axum::routing::patch(outreach::patch),
        ("DELETE", "/v1/outreach/{id}") => axum::routing::delete(outreach::delete),
        ("POST", "/v1/incidents") => post(incidents::create),
        ("GET", "/v1/incidents") => get(incidents::list),
        ("POST", "/v1/incidents/import") => post(incidents::import),
        ("GET", "/v1/incidents/export") => get(incidents::export),
        ("GET", "/v1/incidents/{id}") => get(incidents::get),
        ("PATCH", "/v1/incidents/{id}") => axum::routing::patch(incidents::patch),
        ("DELETE", "/v1/incidents/{id}") => axum::routing::delete(incidents::delete),
        ("POST", "/v1/webhooks") => post(webhooks::create),
        ("GET", "/v1/webhooks") => get(webhooks::list),
        ("GET", "/v1/webhooks/{id}") => get(webhooks::get),
        ("DELETE", "/v1/webhooks/{id}") => axum::routing::delete(webhooks::delete),
        ("GET", "/v1/webhooks/{id}/deliveries") => get(webhooks::deliveries),
        ("POST", "/v1/webhooks/{id}/test") => post(webhooks::test),
        ("GET", "/v1/watchlist") => get(watchlist::list),
        ("POST", "/v1/watchlist") => post(watchlist::add),
        ("DELETE", "/v1/watchlist/{id}") => axum::routing::delete(watchlist::remove),
        ("GET", "/v1/tenants/{tenant}/settings") => get(tenants::get_settings),
        ("PUT", "/v1/tenants/{tenant}/settings") => axum::routing::put(tenants::put_settings),
        ("GET", "/v1/audit") => get(audit::list),
        ("GET", "/v1/privacy/accounts/{account_no}") => get(privacy::export_account),
        ("DELETE", "/v1/privacy/accounts/{account_no}") => axum::routing::delete(privacy::erase_account),
        ("GET", "/v1/privacy/customers/{name}") => get(privacy::export_customer),
        ("DELETE", "/v1/privacy/customers/{name}") => axum::routing::delete(privacy::erase_customer),
        // A table entry without a handler answers 501 rather than vanishing; the route
        // test notices it.
        _ => axum::routing::any(|| async { axum::http::StatusCode::NOT_IMPLEMENTED }),
    }
}

/// The officer pages (`/ui/`), signed in with a session cookie rather than a bearer key.
pub const UI_ROUTES: &[(&str, &str)] = &[
    ("GET", "/ui/login"),
    ("POST", "/ui/login"),
    ("POST", "/ui/logout"),
    ("GET", "/ui/"),
    ("GET", "/ui/cases/{id}"),
    ("POST", "/ui/cases/{id}"),
    ("GET", "/ui/reports/weekly"),
    ("GET", "/ui/outreach"),
    ("POST", "/ui/outreach"),
    ("GET", "/ui/incidents"),
    ("POST", "/ui/incidents"),
    ("POST", "/ui/incidents/{id}"),
    ("GET", "/ui/webhooks"),
    ("POST", "/ui/webhooks"),
    ("POST", "/ui/webhooks/{id}"),
];

fn ui_router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/ui/login", get(ui::login_page).post(ui::login))
        .route("/ui/logout", post(ui::logout))
        .route("/ui/", get(ui::queue))
        .route("/ui", get(|| async { axum::response::Redirect::to("/ui/") }))
        .route("/ui/cases/{id}", get(ui::case_page).post(ui::case_action))
        .route("/ui/reports/weekly", get(ui::report_page))
        .route("/ui/outreach", get(ui::outreach_page).post(ui::record_outreach))
        .route("/ui/incidents", get(ui::incidents_page).post(ui::record_incident))
        .route("/ui/incidents/{id}", post(ui::change_incident))
        .route("/ui/webhooks", get(ui::webhooks_page).post(ui::add_webhook))
        .route("/ui/webhooks/{id}", post(ui::webhook_action))
}

/// The API's routes.
pub fn router(state: Arc<AppState>) -> Router {
    // Methods of one path share one method router.
    let mut paths: Vec<(&str, axum::routing::MethodRouter<Arc<AppState>>)> = Vec::new();
    for route in ROUTES {
        // The route's own roles guard it: the table is the one place access is decided.
        let methods = match route.access {
            Access::Public => handler(route),
            Access::Roles(roles) => handler(route)
                .route_layer(axum::middleware::from_fn_with_state((Arc::clone(&state), roles), auth::require_role)),
        };
        match paths.iter_mut().find(|(path, _)| *path == route.path) {
            Some((_, existing)) => *existing = std::mem::take(existing).merge(methods),
            None => paths.push((route.path, methods)),
        }
    }
    paths
        .into_iter()
        .fold(Router::new(), |router, (path, methods)| router.route(path, methods))
        .merge(ui_router().route_layer(axum::middleware::from_fn_with_state(Arc::clone(&state), audit::pages)))
        .layer(axum::middleware::map_response(security_headers))
        .layer(axum::middleware::from_fn_with_state(Arc::clone(&state), limits::enforce))
        .layer(axum::middleware::from_fn_with_state(Arc::clone(&state), request_id))
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use super::masked_path;

    #[test]
    fn account_numbers_in_paths_are_masked_for_the_log() {
        assert_eq!(masked_path("/v1/counterparties/6222000011112222"), "/v1/counterparties/************2222");
        assert_eq!(masked_path("/v1/decisions/01M8KCR3DEQX8WNFWD9K9YQ6ZP"), "/v1/decisions/01M8KCR3DEQX8WNFWD9K9YQ6ZP");
        assert_eq!(masked_path("/v1/x/1234567/12345678"), "/v1/x/1234567/****5678");
        assert_eq!(
            masked_path("/v1/privacy/customers/%E5%BC%A0%E4%B8%89%E8%B4%B8%E6%98%93"),
            "/v1/privacy/customers/(name)"
        );
    }
}
