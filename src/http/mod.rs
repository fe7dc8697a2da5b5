//! The HTTP API: the only module that knows about axum, status codes and JSON error bodies.

mod error;
mod handlers;

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::routing::{get, post};

pub use error::ApiError;
pub use handlers::event_of as event_of_request;

use crate::engine::{History, RuleSet, Watchlist};
use crate::store::{Principal, SqliteStore};

/// What every handler shares.
pub struct AppState {
    /// The active ruleset; a reload swaps the `Arc`, in-flight requests keep theirs.
    pub rules: RwLock<Arc<RuleSet>>,
    /// The durable store.
    pub store: SqliteStore,
    /// Each tenant's counterparty history, rebuilt from the store at start.
    pub histories: RwLock<HashMap<String, Arc<RwLock<History>>>>,
    /// Confirmed scammers' identifiers.
    pub watchlist: Watchlist,
    /// Largest accepted body, bytes.
    pub body_limit: usize,
}

impl AppState {
    /// A tenant's history, created empty on first use.
    pub fn history(&self, tenant: &str) -> Arc<RwLock<History>> {
        if let Some(history) = self.histories.read().ok().and_then(|h| h.get(tenant).cloned()) {
            return history;
        }
        let mut all = match self.histories.write() {
            Ok(all) => all,
            Err(poisoned) => poisoned.into_inner(),
        };
        all.entry(tenant.to_owned()).or_default().clone()
    }

    /// The caller behind a key secret.
    pub fn principal(&self, secret: &str) -> Option<Principal> {
        self.store.principal(secret).ok().flatten()
    }
}

/// Gives every response an `x-request-id` (the caller's, or a new one) and logs the request
/// with its status and latency; bodies are never logged, so account numbers never reach a log.
async fn request_id(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128)
        .map_or_else(|| ulid::Ulid::new().to_string(), str::to_owned);
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let started = std::time::Instant::now();
    let mut response = next.run(request).await;
    tracing::info!(request_id = %id, %method, %path, status = response.status().as_u16(), micros = started.elapsed().as_micros() as u64, "request");
    if let Ok(value) = axum::http::HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// The API's routes.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(handlers::healthz))
        .route("/readyz", get(handlers::readyz))
        .route("/v1/screen/payment", post(handlers::screen_payment))
        .route("/v1/screen/order", post(handlers::screen_order))
        .route("/v1/decisions", get(handlers::list_decisions))
        .route("/v1/decisions/{id}", get(handlers::get_decision))
        .route("/v1/decisions/{id}/outcome", post(handlers::post_outcome))
        .layer(axum::middleware::from_fn(request_id))
        .with_state(state)
}
