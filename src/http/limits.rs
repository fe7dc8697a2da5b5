//! What one caller may ask of the service: requests per second per API key, the size of a
//! request's headers and URI, and how long a request may take. Each refusal is a clear JSON
//! error, never a dropped connection.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::{Quota, RateLimiter};

use super::{ApiError, AppState};

/// The limits, from the configuration.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Sustained requests per second one key may make; `None`: unlimited.
    pub per_key_per_second: Option<NonZeroU32>,
    /// Requests one key may make at once above the sustained rate.
    pub per_key_burst: NonZeroU32,
    /// Largest total size of a request's header names and values, and of its URI, bytes.
    pub max_header_bytes: usize,
    /// How long a request may take, from its headers to the end of its answer.
    pub request_timeout: Duration,
}

/// Per-key token buckets (GCRA), keyed by the key's id: only keys that authenticated get a
/// bucket, so unknown keys cannot grow the map.
pub struct KeyRateLimiter {
    limiter: Option<
        RateLimiter<String, governor::state::keyed::DefaultKeyedStateStore<String>, governor::clock::DefaultClock>,
    >,
}

impl KeyRateLimiter {
    /// A limiter for `limits`; with no rate set, every request passes.
    pub fn new(limits: &Limits) -> KeyRateLimiter {
        let limiter = limits
            .per_key_per_second
            .map(|rate| RateLimiter::keyed(Quota::per_second(rate).allow_burst(limits.per_key_burst)));
        KeyRateLimiter { limiter }
    }

    /// Whether the key may make one more request now; when not, how long until it may.
    pub fn check(&self, key_id: &str) -> Result<(), Duration> {
        let Some(limiter) = &self.limiter else { return Ok(()) };
        limiter.check_key(&key_id.to_owned()).map_err(|not_until| {
            not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()))
        })
    }
}

/// The outermost layer: refuses oversized headers and URIs before any work (431 / 414), and
/// answers 503 `timeout` for a request that takes longer than the limit (a body sent slowly
/// included), so no caller can hold a worker indefinitely.
pub(super) async fn enforce(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let limits = &state.limits;
    let uri_length = request.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_length > limits.max_header_bytes {
        return ApiError::header_too_large(axum::http::StatusCode::URI_TOO_LONG, limits.max_header_bytes)
            .into_response();
    }
    let header_bytes: usize = request.headers().iter().map(|(name, value)| name.as_str().len() + value.len()).sum();
    if header_bytes > limits.max_header_bytes {
        return ApiError::header_too_large(
            axum::http::StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            limits.max_header_bytes,
        )
        .into_response();
    }
    match tokio::time::timeout(limits.request_timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::timeout(limits.request_timeout).into_response(),
    }
}
