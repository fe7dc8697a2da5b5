//! What one caller may ask of the service: requests per second per API key, the size of a
//! request's headers and URI, and how long a request may take. Each refusal is a clear JSON
//! error, never a dropped connection.

use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dashmap::DashMap;
use governor::{Quota, RateLimiter};
use ipnet::IpNet;

use super::{ApiError, AppState};

/// The limits, from the configuration.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Sustained requests per second one key may make; `None`: unlimited.
    pub per_key_per_second: Option<NonZeroU32>,
    /// Requests one key may make at once above the sustained rate.
    pub per_key_burst: NonZeroU32,
    /// Unknown keys one client address may try per minute; `None`: unlimited.
    pub auth_failures_per_minute: Option<NonZeroU32>,
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

/// Unknown keys tried per client address, a minute at a time. An address that has tried more
/// than its share in the current minute has its further keys refused (429) without a look in
/// the store until the minute is over: guessing keys goes nowhere, and a flood of unknown keys
/// costs no database reads. Keys the service has just seen work still pass (see `auth`), so
/// one misconfigured system behind a shared address does not lock the others out.
///
/// IPv6 addresses count by their /64, which one host usually holds whole.
pub struct AuthFailures {
    per_minute: Option<NonZeroU32>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    trusted_proxies: Vec<IpNet>,
    /// Per address (or /64): when its minute started, and its failures in it.
    windows: DashMap<IpAddr, (Instant, u32)>,
    /// When a full map was last swept.
    last_sweep: std::sync::Mutex<Instant>,
}

/// The window failures are counted in.
const FAILURE_WINDOW: Duration = Duration::from_secs(60);

/// Addresses tracked before the ones whose minute is over are dropped.
const MAX_TRACKED_ADDRESSES: usize = 65_536;

/// The least time between two sweeps of a full map.
const SWEEP_AT_MOST_EVERY: Duration = Duration::from_secs(1);

impl AuthFailures {
    /// A counter for `limits`; with no limit set, nothing is ever refused. Requests through
    /// one of `trusted_proxies` are counted by the client address the proxy forwards.
    pub fn new(limits: &Limits, trusted_proxies: Vec<IpNet>) -> AuthFailures {
        AuthFailures {
            per_minute: limits.auth_failures_per_minute,
            trusted_proxies,
            windows: DashMap::new(),
            last_sweep: std::sync::Mutex::new(Instant::now()),
        }
    }

    /// The client behind a connection from `peer`. From a trusted proxy, `X-Forwarded-For`
    /// (which each proxy extends with the address it saw) is read from the right, past the
    /// trusted proxies: the first other address is the client's. From anyone else the header
    /// is ignored, since a client can write what it likes there.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let trusted = |address: &IpAddr| self.trusted_proxies.iter().any(|net| net.contains(address));
        if !trusted(&peer) {
            return peer;
        }
        let mut client = peer;
        for line in headers.get_all("x-forwarded-for").iter().rev() {
            let Ok(line) = line.to_str() else { return client };
            for hop in line.rsplit(',') {
                match hop.trim().parse::<IpAddr>() {
                    Ok(address) if trusted(&address) => client = address,
                    Ok(address) => return address,
                    // Nothing past an unreadable hop can be trusted.
                    Err(_) => return client,
                }
            }
        }
        client
    }

    /// When `peer` has used up its failures for this minute, how long until it may try again.
    pub fn refused(&self, peer: IpAddr) -> Option<Duration> {
        let limit = self.per_minute?.get();
        let entry = self.windows.get(&bucket(peer))?;
        let (started, failures) = *entry;
        let elapsed = started.elapsed();
        (elapsed < FAILURE_WINDOW && failures >= limit).then(|| FAILURE_WINDOW - elapsed)
    }

    /// Counts one unknown key from `peer`.
    pub fn failed(&self, peer: IpAddr) {
        if self.per_minute.is_none() {
            return;
        }
        let bucket = bucket(peer);
        if self.windows.len() >= MAX_TRACKED_ADDRESSES && !self.windows.contains_key(&bucket) {
            // Full: drop the addresses whose minute is over, at most once a second (a flood
            // from ever new addresses must not make every failure sweep the whole map). While
            // it stays full, new addresses go uncounted, as if there were no limit.
            if let Ok(mut last) = self.last_sweep.try_lock() {
                if last.elapsed() >= SWEEP_AT_MOST_EVERY {
                    *last = Instant::now();
                    self.windows.retain(|_, (started, _)| started.elapsed() < FAILURE_WINDOW);
                }
            }
            if self.windows.len() >= MAX_TRACKED_ADDRESSES {
                return;
            }
        }
        let mut entry = self.windows.entry(bucket).or_insert((Instant::now(), 0));
        let (started, failures) = entry.value_mut();
        if started.elapsed() >= FAILURE_WINDOW {
            *started = Instant::now();
            *failures = 0;
        }
        *failures = failures.saturating_add(1);
    }
}

/// The unit failures are counted by: the IPv4 address, or the IPv6 /64.
fn bucket(peer: IpAddr) -> IpAddr {
    match peer {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
        },
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

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_minute: u32) -> Limits {
        Limits {
            per_key_per_second: None,
            per_key_burst: NonZeroU32::MIN,
            auth_failures_per_minute: NonZeroU32::new(per_minute),
            max_header_bytes: 1024,
            request_timeout: Duration::from_secs(1),
        }
    }

    fn limited(per_minute: u32) -> AuthFailures {
        AuthFailures::new(&limits(per_minute), Vec::new())
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::V4([0, 0, 0, 0].into()))
    }

    #[test]
    fn the_client_is_read_from_trusted_proxies_only() {
        let proxies = vec!["10.0.0.0/24".parse().unwrap_or(IpNet::from(ip("10.0.0.1")))];
        let failures = AuthFailures::new(&limits(3), proxies);
        let forwarded = |values: &[&str]| {
            let mut headers = HeaderMap::new();
            for value in values {
                headers.append("x-forwarded-for", value.parse().unwrap_or(axum::http::HeaderValue::from_static("")));
            }
            headers
        };
        let headers = forwarded(&["198.51.100.9, 203.0.113.7, 10.0.0.2"]);
        // Through two of our proxies: the address before them. What the client wrote itself
        // (198.51.100.9) is not believed.
        assert_eq!(failures.client(ip("10.0.0.3"), &headers), ip("203.0.113.7"));
        // The same header from a host that is not a proxy of ours is ignored.
        assert_eq!(failures.client(ip("192.0.2.4"), &headers), ip("192.0.2.4"));
        // Several header lines read as one list; an unreadable hop stops the walk.
        assert_eq!(failures.client(ip("10.0.0.3"), &forwarded(&["203.0.113.7", "10.0.0.2"])), ip("203.0.113.7"));
        assert_eq!(failures.client(ip("10.0.0.3"), &forwarded(&["203.0.113.7, unknown, 10.0.0.2"])), ip("10.0.0.2"));
        assert_eq!(failures.client(ip("10.0.0.3"), &HeaderMap::new()), ip("10.0.0.3"));
    }

    #[test]
    fn an_address_is_refused_after_its_failures_and_others_are_not() {
        let failures = limited(3);
        let (guesser, neighbour): (IpAddr, IpAddr) = ([203, 0, 113, 7].into(), [203, 0, 113, 8].into());
        for _ in 0..3 {
            assert_eq!(failures.refused(guesser), None);
            failures.failed(guesser);
        }
        let wait = failures.refused(guesser).unwrap_or_default();
        assert!(wait > Duration::ZERO && wait <= FAILURE_WINDOW, "{wait:?}");
        assert_eq!(failures.refused(neighbour), None);
    }

    #[test]
    fn ipv6_counts_by_its_64_and_mapped_ipv4_as_ipv4() {
        let failures = limited(1);
        let one: IpAddr = "2001:db8:1:2::1".parse().unwrap_or(IpAddr::V4([0, 0, 0, 0].into()));
        let same_64: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap_or(IpAddr::V4([0, 0, 0, 0].into()));
        let other_64: IpAddr = "2001:db8:1:3::1".parse().unwrap_or(IpAddr::V4([0, 0, 0, 0].into()));
        failures.failed(one);
        assert!(failures.refused(same_64).is_some());
        assert!(failures.refused(other_64).is_none());
        let mapped: IpAddr = "::ffff:198.51.100.4".parse().unwrap_or(IpAddr::V4([0, 0, 0, 0].into()));
        failures.failed(mapped);
        assert!(failures.refused([198, 51, 100, 4].into()).is_some());
    }

    #[test]
    fn a_full_map_leaves_newcomers_uncounted_and_keeps_counting_the_known() {
        let failures = limited(1);
        let first = 0x0a00_0000u32;
        for i in 0..MAX_TRACKED_ADDRESSES as u32 {
            failures.failed(IpAddr::V4((first + i).into()));
        }
        assert!(failures.refused(IpAddr::V4(first.into())).is_some());
        let newcomer: IpAddr = [192, 0, 2, 9].into();
        failures.failed(newcomer);
        assert_eq!(failures.refused(newcomer), None);
        assert_eq!(failures.windows.len(), MAX_TRACKED_ADDRESSES);
    }

    #[test]
    fn without_a_limit_nothing_is_refused() {
        let failures = limited(0);
        let peer: IpAddr = [192, 0, 2, 1].into();
        for _ in 0..1000 {
            failures.failed(peer);
        }
        assert_eq!(failures.refused(peer), None);
    }
}
