//! Service configuration: defaults < optional TOML file (`--config`) < environment < flags.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use serde::Deserialize;

/// Every setting of the service. See README, "Configuration".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Address to listen on.
    pub listen: String,
    /// `sqlite://PATH` (PostgreSQL arrives with its own issue).
    pub database_url: String,
    /// The rules directory.
    pub rules_dir: PathBuf,
    /// Largest accepted request body, bytes.
    pub body_limit: usize,
    /// Whether an `allow` decision enters the counterparty history as if paid, for tenants
    /// whose settings do not say.
    pub allow_updates_history: bool,
    /// Whether `serve` applies pending migrations at start (else `fraudscreen migrate` must).
    pub migrate_on_start: bool,
    /// The time zone weeks and days of reports and case filters are counted in (IANA name).
    pub time_zone: String,
    /// Where people reach this service (links to cases in webhook messages); default
    /// `http://` and the listening address.
    pub public_url: Option<String>,
    /// How long a webhook event is retried before it is marked dead, seconds.
    pub webhook_retry_for_secs: u64,
    /// The wait before a webhook event's first retry, milliseconds; it doubles each time.
    pub webhook_first_retry_ms: u64,
    /// How long a webhook receiver has to answer, seconds.
    pub webhook_timeout_secs: u64,
    /// The hosts webhook subscriptions may name (and their subdomains); empty: any.
    pub webhook_hosts: Vec<String>,
    /// Sustained requests per second one API key may make; 0: unlimited.
    pub rate_limit_per_second: u32,
    /// Requests one key may make at once above the sustained rate.
    pub rate_limit_burst: u32,
    /// Unknown keys one client address may try per minute before its further attempts are
    /// refused unread until the minute is over; 0: no limit.
    pub auth_failures_per_minute: u32,
    /// Reverse proxies (addresses or ranges) whose `X-Forwarded-For` names the client; from
    /// anyone else the header is ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Largest total size of a request's headers (and of its URI), bytes.
    pub max_header_bytes: usize,
    /// How long a request may take, seconds.
    pub request_timeout_secs: u64,
    /// Days after which a decision's request is cut down to what the aggregates need; 0: kept.
    pub retention_days: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: "127.0.0.1:8080".into(),
            database_url: "sqlite://data/fraudscreen.db".into(),
            rules_dir: PathBuf::from("rules"),
            body_limit: 64 * 1024,
            allow_updates_history: false,
            migrate_on_start: true,
            time_zone: "Asia/Shanghai".into(),
            public_url: None,
            webhook_retry_for_secs: 24 * 3600,
            webhook_first_retry_ms: 1000,
            webhook_timeout_secs: 10,
            webhook_hosts: Vec::new(),
            rate_limit_per_second: 200,
            rate_limit_burst: 400,
            auth_failures_per_minute: 30,
            trusted_proxies: Vec::new(),
            max_header_bytes: 16 * 1024,
            request_timeout_secs: 60,
            retention_days: 0,
        }
    }
}

/// The keys a configuration file may hold.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    database_url: Option<String>,
    rules_dir: Option<PathBuf>,
    body_limit: Option<usize>,
    allow_updates_history: Option<bool>,
    migrate_on_start: Option<bool>,
    time_zone: Option<String>,
    public_url: Option<String>,
    webhook_retry_for_secs: Option<u64>,
    webhook_first_retry_ms: Option<u64>,
    webhook_timeout_secs: Option<u64>,
    webhook_hosts: Option<Vec<String>>,
    rate_limit_per_second: Option<u32>,
    rate_limit_burst: Option<u32>,
    auth_failures_per_minute: Option<u32>,
    trusted_proxies: Option<Vec<String>>,
    max_header_bytes: Option<usize>,
    request_timeout_secs: Option<u64>,
    retention_days: Option<u32>,
}

/// Values given on the command line, which win over everything else.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    /// `--listen`.
    pub listen: Option<String>,
    /// `--database-url`.
    pub database_url: Option<String>,
    /// `--rules`.
    pub rules_dir: Option<PathBuf>,
}

impl Config {
    /// Resolves the configuration: defaults, then the file, then the environment, then flags.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> Result<Config> {
        let mut config = Config::default();
        if let Some(path) = file {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("failed to read config file {}", path.display()))?;
            let parsed: FileConfig =
                toml::from_str(&text).with_context(|| format!("invalid config file {}", path.display()))?;
            let FileConfig {
                listen,
                database_url,
                rules_dir,
                body_limit,
                allow_updates_history,
                migrate_on_start,
                time_zone,
                public_url,
                webhook_retry_for_secs,
                webhook_first_retry_ms,
                webhook_timeout_secs,
                webhook_hosts,
                rate_limit_per_second,
                rate_limit_burst,
                auth_failures_per_minute,
                trusted_proxies,
                max_header_bytes,
                request_timeout_secs,
                retention_days,
            } = parsed;
            config.listen = listen.unwrap_or(config.listen);
            config.database_url = database_url.unwrap_or(config.database_url);
            config.rules_dir = rules_dir.unwrap_or(config.rules_dir);
            config.body_limit = body_limit.unwrap_or(config.body_limit);
            config.allow_updates_history = allow_updates_history.unwrap_or(config.allow_updates_history);
            config.migrate_on_start = migrate_on_start.unwrap_or(config.migrate_on_start);
            config.time_zone = time_zone.unwrap_or(config.time_zone);
            config.public_url = public_url.or(config.public_url);
            config.webhook_retry_for_secs = webhook_retry_for_secs.unwrap_or(config.webhook_retry_for_secs);
            config.webhook_first_retry_ms = webhook_first_retry_ms.unwrap_or(config.webhook_first_retry_ms);
            config.webhook_timeout_secs = webhook_timeout_secs.unwrap_or(config.webhook_timeout_secs);
            config.webhook_hosts = webhook_hosts.unwrap_or(config.webhook_hosts);
            config.rate_limit_per_second = rate_limit_per_second.unwrap_or(config.rate_limit_per_second);
            config.rate_limit_burst = rate_limit_burst.unwrap_or(config.rate_limit_burst);
            config.auth_failures_per_minute = auth_failures_per_minute.unwrap_or(config.auth_failures_per_minute);
            if let Some(proxies) = trusted_proxies {
                config.trusted_proxies = parse_networks(proxies.iter().map(String::as_str))?;
            }
            config.max_header_bytes = max_header_bytes.unwrap_or(config.max_header_bytes);
            config.request_timeout_secs = request_timeout_secs.unwrap_or(config.request_timeout_secs);
            config.retention_days = retention_days.unwrap_or(config.retention_days);
        }
        if let Ok(listen) = std::env::var("FRAUDSCREEN_LISTEN") {
            config.listen = listen;
        }
        if let Ok(url) = std::env::var("FRAUDSCREEN_DATABASE_URL") {
            config.database_url = url;
        }
        if let Ok(dir) = std::env::var("FRAUDSCREEN_RULES_DIR") {
            config.rules_dir = PathBuf::from(dir);
        }
        if let Ok(hosts) = std::env::var("FRAUDSCREEN_WEBHOOK_HOSTS") {
            config.webhook_hosts =
                hosts.split(',').map(str::trim).filter(|h| !h.is_empty()).map(str::to_owned).collect();
        }
        if let Ok(proxies) = std::env::var("FRAUDSCREEN_TRUSTED_PROXIES") {
            config.trusted_proxies = parse_networks(proxies.split(',').map(str::trim).filter(|p| !p.is_empty()))
                .context("FRAUDSCREEN_TRUSTED_PROXIES")?;
        }
        if let Ok(url) = std::env::var("FRAUDSCREEN_PUBLIC_URL") {
            config.public_url = Some(url);
        }
        for (name, setting) in [
            ("FRAUDSCREEN_WEBHOOK_RETRY_FOR_SECS", &mut config.webhook_retry_for_secs),
            ("FRAUDSCREEN_WEBHOOK_FIRST_RETRY_MS", &mut config.webhook_first_retry_ms),
            ("FRAUDSCREEN_WEBHOOK_TIMEOUT_SECS", &mut config.webhook_timeout_secs),
            ("FRAUDSCREEN_REQUEST_TIMEOUT_SECS", &mut config.request_timeout_secs),
        ] {
            if let Ok(value) = std::env::var(name) {
                *setting = value.trim().parse().with_context(|| format!("{name} must be a whole number"))?;
            }
        }
        for (name, setting) in [
            ("FRAUDSCREEN_RATE_LIMIT_PER_SECOND", &mut config.rate_limit_per_second),
            ("FRAUDSCREEN_RATE_LIMIT_BURST", &mut config.rate_limit_burst),
            ("FRAUDSCREEN_AUTH_FAILURES_PER_MINUTE", &mut config.auth_failures_per_minute),
            ("FRAUDSCREEN_RETENTION_DAYS", &mut config.retention_days),
        ] {
            if let Ok(value) = std::env::var(name) {
                *setting = value.trim().parse().with_context(|| format!("{name} must be a whole number"))?;
            }
        }
        let Overrides { listen, database_url, rules_dir } = overrides.clone();
        config.listen = listen.unwrap_or(config.listen);
        config.database_url = database_url.unwrap_or(config.database_url);
        config.rules_dir = rules_dir.unwrap_or(config.rules_dir);
        if config.webhook_timeout_secs == 0 || config.webhook_first_retry_ms == 0 {
            bail!("webhook_timeout_secs and webhook_first_retry_ms must be positive");
        }
        if config.body_limit == 0 {
            bail!("body_limit must be positive");
        }
        if config.rate_limit_burst == 0 || config.max_header_bytes < 1024 || config.request_timeout_secs == 0 {
            bail!("rate_limit_burst and request_timeout_secs must be positive, max_header_bytes at least 1024");
        }
        if jiff::tz::TimeZone::get(&config.time_zone).is_err() {
            bail!("time_zone `{}` is not an IANA time zone", config.time_zone);
        }
        Ok(config)
    }
}

impl Config {
    /// The request limits these settings give.
    pub fn limits(&self) -> crate::http::Limits {
        crate::http::Limits {
            per_key_per_second: std::num::NonZeroU32::new(self.rate_limit_per_second),
            per_key_burst: std::num::NonZeroU32::new(self.rate_limit_burst).unwrap_or(std::num::NonZeroU32::MIN),
            auth_failures_per_minute: std::num::NonZeroU32::new(self.auth_failures_per_minute),
            max_header_bytes: self.max_header_bytes,
            request_timeout: std::time::Duration::from_secs(self.request_timeout_secs),
        }
    }
}

/// Addresses (`10.0.0.5`, `::1`) and ranges (`10.0.0.0/8`), an address standing for itself alone.
fn parse_networks<'a>(items: impl Iterator<Item = &'a str>) -> Result<Vec<ipnet::IpNet>> {
    items
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| anyhow::anyhow!("trusted_proxies: `{item}` is not an IP address or range"))
        })
        .collect()
}

/// A database URL with any password removed, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}://***@{}", &url[..scheme], &url[at + 1..]),
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        let parsed = parse_networks(["10.0.0.5", "10.1.0.0/16", "::1"].into_iter()).unwrap_or_default();
        let texts: Vec<String> = parsed.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["10.0.0.5/32", "10.1.0.0/16", "::1/128"]);
        let error = parse_networks(["10.0.0.5", "proxy.local"].into_iter()).err().map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some("trusted_proxies: `proxy.local` is not an IP address or range"));
    }
}
