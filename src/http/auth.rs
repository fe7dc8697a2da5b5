//! Who is calling, and may they call this route: the bearer key is looked up (through a short
//! cache), the route's roles from `ROUTES` are checked, and the caller is handed to the handler
//! as a request extension. Handlers never check roles themselves; tenant checks stay with them,
//! since only they know whose object is asked for.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dashmap::DashMap;

use super::{ApiError, AppState};
use crate::store::{Principal, Role, Store, StoreError, hash_secret};

/// How long a looked-up key is trusted before it is read again. A key revoked with
/// `fraudscreen keys revoke` stops working on a running service within this time.
pub const KEY_CACHE_TTL: Duration = Duration::from_secs(5);

/// Keys already looked up, by the sha256 of their secret. Only hashes are held, so the map
/// compares hashes, never secrets; unknown keys are not cached, so a key created a moment
/// ago works at once.
#[derive(Default)]
pub struct KeyCache {
    entries: DashMap<String, (Principal, Instant)>,
}

impl KeyCache {
    /// Whether the key behind `hash` worked within the last `KEY_CACHE_TTL`.
    pub fn knows(&self, hash: &str) -> bool {
        self.entries.get(hash).is_some_and(|entry| entry.value().1.elapsed() < KEY_CACHE_TTL)
    }

    /// The caller behind a secret's hash, from the cache while fresh, else from the store. A
    /// signed-in browser's session keeps the hash, so a revoked key ends its sessions as it ends
    /// its API calls.
    pub async fn principal_by_hash(&self, store: &Store, hash: String) -> Result<Option<Principal>, StoreError> {
        if let Some(entry) = self.entries.get(&hash) {
            let (principal, fetched) = entry.value();
            if fetched.elapsed() < KEY_CACHE_TTL {
                return Ok(Some(principal.clone()));
            }
        }
        match store.principal(&hash).await? {
            Some(principal) => {
                self.entries.insert(hash, (principal.clone(), Instant::now()));
                Ok(Some(principal))
            }
            None => {
                self.entries.remove(&hash);
                Ok(None)
            }
        }
    }
}

/// The secret of the `Authorization: Bearer` header.
fn bearer(request: &Request) -> Result<String, ApiError> {
    request
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .ok_or_else(ApiError::unauthenticated)
}

/// Why a key could not be checked.
pub(super) enum KeyCheckError {
    /// The caller's address has tried too many unknown keys; it may try again after this.
    TooManyUnknownKeys(Duration),
    /// The store did not answer.
    Store(StoreError),
}

/// The caller behind a secret, sent from the client address `peer`. An address that has tried too many unknown
/// keys this minute is refused before any lookup, unless the key is one this service has just
/// seen work; every unknown key counts against its address.
pub(super) async fn check_key(
    state: &AppState,
    secret: &str,
    peer: Option<IpAddr>,
) -> Result<Option<Principal>, KeyCheckError> {
    let hash = hash_secret(secret);
    if let Some(wait) = peer.and_then(|peer| state.auth_failures.refused(peer)) {
        if !state.keys.knows(&hash) {
            return Err(KeyCheckError::TooManyUnknownKeys(wait));
        }
    }
    let principal = state.keys.principal_by_hash(&state.store, hash).await.map_err(KeyCheckError::Store)?;
    if let (None, Some(peer)) = (&principal, peer) {
        state.auth_failures.failed(peer);
    }
    Ok(principal)
}

/// 429 for an address over its unknown keys, with the seconds until it may try again.
fn too_many_unknown_keys(wait: Duration) -> Response {
    with_retry_after(ApiError::too_many_unknown_keys(wait.as_secs().max(1)).into_response(), wait)
}

/// `response` telling the caller to retry after `wait` (whole seconds, at least one). The API's
/// 429 and the sign-in page's both say it the same way.
pub(super) fn with_retry_after(mut response: Response, wait: Duration) -> Response {
    let seconds = wait.as_secs().max(1);
    response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from(seconds));
    response
}

/// The caller behind a secret, or the answer refusing it.
async fn authenticate(state: &AppState, secret: &str, peer: Option<IpAddr>) -> Result<Principal, Response> {
    match check_key(state, secret, peer).await {
        Ok(Some(principal)) => Ok(principal),
        Ok(None) => Err(ApiError::unauthenticated().into_response()),
        Err(KeyCheckError::TooManyUnknownKeys(wait)) => Err(too_many_unknown_keys(wait)),
        Err(KeyCheckError::Store(error)) => Err(ApiError::unavailable(&error).into_response()),
    }
}

/// The middleware in front of every keyed route: 401 without a valid key, 403 for a role the
/// route's `ROUTES` entry does not list, else the handler runs with the `Principal`.
pub(super) async fn require_role(
    State((state, roles)): State<(Arc<AppState>, &'static [Role])>,
    mut request: Request,
    next: Next,
) -> Response {
    let secret = match bearer(&request) {
        Ok(secret) => secret,
        Err(error) => return error.into_response(),
    };
    let peer =
        request.extensions().get::<super::Peer>().map(|peer| state.auth_failures.client(peer.0, request.headers()));
    let principal = match authenticate(&state, &secret, peer).await {
        Ok(principal) => principal,
        Err(refused) => return refused,
    };
    if !roles.contains(&principal.role) {
        return ApiError::forbidden(principal.role.as_str()).into_response();
    }
    if let Err(retry_after) = state.rate_limiter.check(&principal.key_id) {
        return ApiError::rate_limited(retry_after).into_response();
    }
    let audit = super::audit::Pending::of(&principal, &request);
    request.extensions_mut().insert(principal);
    super::audit::audited(&state, audit, next.run(request)).await
}
