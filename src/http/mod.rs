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
        .with_state(state)
}
