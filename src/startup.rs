//! Building and running the service: bind, open the store, load the rules, rebuild history.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use anyhow::{Context as _, Result, anyhow};
use tokio::net::TcpListener;

use crate::config::{Config, redact};
use crate::engine::{RuleSet, Sources, Watchlist};
use crate::http::{AppState, router};
use crate::loader::read_rules_dir;
use crate::store::{RulesetSource, Store};

/// A bound, ready-to-run service.
pub struct App {
    listener: TcpListener,
    state: Arc<AppState>,
    /// Purge requests older than this many days (`retention_days`, when set).
    retention_days: Option<u32>,
}

impl App {
    /// Opens the store, compiles the rules, rebuilds the history and binds the listener.
    pub async fn build(config: &Config) -> Result<App> {
        let store = Store::open(&config.database_url, config.migrate_on_start)
            .await
            .with_context(|| format!("failed to open the store at {}", redact(&config.database_url)))?;
        let (rules, loaded_by, dir_version) = initial_rules(&store, config).await?;
        let listener = TcpListener::bind(&config.listen)
            .await
            .with_context(|| format!("failed to listen on {}", config.listen))?;
        let public_url = match &config.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", listener.local_addr()?),
        };
        let webhook_settings = crate::webhooks::DeliverySettings {
            retry_for: std::time::Duration::from_secs(config.webhook_retry_for_secs),
            first_retry: std::time::Duration::from_millis(config.webhook_first_retry_ms),
            timeout: std::time::Duration::from_secs(config.webhook_timeout_secs),
            public_url,
            allowed_hosts: config.webhook_hosts.clone(),
        };
        let state = AppState {
            rules: arc_swap::ArcSwap::from_pointee(rules),
            shadow: arc_swap::ArcSwapOption::empty(),
            store,
            history_applied: tokio::sync::Mutex::new(0),
            erasures_applied: tokio::sync::Mutex::new(0),
            keys: crate::http::KeyCache::default(),
            histories: dashmap::DashMap::new(),
            watchlist: arc_swap::ArcSwap::from_pointee(Watchlist::default()),
            watch_stamp: std::sync::Mutex::new(None),
            body_limit: config.body_limit,
            limits: config.limits(),
            rate_limiter: crate::http::KeyRateLimiter::new(&config.limits()),
            auth_failures: crate::http::AuthFailures::new(&config.limits(), config.trusted_proxies.clone()),
            allow_updates_history: config.allow_updates_history,
            tenant_settings: RwLock::new(HashMap::new()),
            webhook_wake: Arc::default(),
            webhook_settings,
            rules_status: RwLock::new(crate::http::RulesStatus {
                loaded_at: jiff::Timestamp::now().to_string(),
                loaded_by,
                last_error: None,
            }),
            rules_dir: config.rules_dir.clone(),
            rules_dir_seen: std::sync::Mutex::new(Some(dir_version)),
            metrics: crate::http::Metrics::default(),
            time_zone: jiff::tz::TimeZone::get(&config.time_zone)
                .with_context(|| format!("unknown time zone `{}`", config.time_zone))?,
        };
        crate::http::reload_tenant_settings(&state).await.context("failed to read tenant settings")?;
        crate::http::follow_watchlist(&state, true).await.context("failed to read the watchlist")?;
        crate::http::follow_shadow(&state).await.map_err(|e| anyhow!("failed to load the shadow ruleset: {e}"))?;
        // The histories, rebuilt from every stored event. The erasures made so far are already
        // missing from those events; they are counted first, so that one made meanwhile is
        // applied again later rather than missed.
        crate::http::skip_past_erasures(&state).await.context("failed to read the erasures")?;
        let events = crate::http::catch_up_history(&state).await.context("failed to read the history")?;
        tracing::info!(events, "counterparty history rebuilt");
        Ok(App {
            listener,
            state: Arc::new(state),
            retention_days: (config.retention_days > 0).then_some(config.retention_days),
        })
    }

    /// The address actually bound (port 0 picks a free port).
    pub fn local_addr(&self) -> Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serves until ctrl-c or SIGTERM, finishing in-flight requests first.
    pub async fn run_until_stopped(self) -> Result<()> {
        tokio::spawn(crate::http::watch(Arc::clone(&self.state), std::time::Duration::from_secs(2)));
        // Other instances on the same database: follow their history, rules and settings.
        let notices = self.state.store.subscribe().await.context("failed to listen for other instances")?;
        tokio::spawn(crate::http::follow(Arc::clone(&self.state), notices));
        // Webhook deliveries, from the outbox, beside the requests and never in their way.
        tokio::spawn(crate::webhooks::run(
            self.state.store.clone(),
            self.state.webhook_settings.clone(),
            Arc::clone(&self.state.webhook_wake),
        ));
        if let Some(days) = self.retention_days {
            tokio::spawn(crate::retention::run(self.state.store.clone(), days));
        }
        // A client has as long to send its headers as a whole request may take.
        let header_read_timeout = self.state.limits.request_timeout;
        crate::http::serve(self.listener, router(self.state), header_read_timeout, shutdown_signal()).await;
        Ok(())
    }
}

/// The ruleset to start with: the rules directory's, archived, unless the files are the ones
/// last activated from the directory and a rollback made since then is the active ruleset of
/// the store (a rollback stays until the files change, across restarts and instances).
/// Returns the ruleset, who loaded it, and the directory's content version.
async fn initial_rules(store: &Store, config: &Config) -> Result<(RuleSet, String, String)> {
    let sources = read_rules_dir(&config.rules_dir)?;
    let version = crate::engine::ruleset::version_of(&sources);
    let from_directory = store.latest_directory_ruleset().await.context("failed to read the ruleset archive")?;
    let latest = store.latest_ruleset().await.context("failed to read the ruleset archive")?;
    if let Some((_, active, by)) =
        latest.filter(|(_, v, _)| *v != version && from_directory.as_deref() == Some(&version))
    {
        let files = store.ruleset_files(&active).await?.unwrap_or_default();
        let archived = Sources { files: serde_json::from_str(&files).context("corrupt archived ruleset")? };
        let rules = RuleSet::compile(&archived)
            .map_err(|_| anyhow!("the archived ruleset {active}, active before this start, no longer compiles"))?;
        tracing::info!(%active, directory = %version, "keeping the ruleset rolled back to");
        return Ok((rules, format!("{by} (kept at start)"), version));
    }
    let rules = RuleSet::compile(&sources).map_err(|diags| {
        anyhow!(
            "the rules in {} do not compile:\n{}",
            config.rules_dir.display(),
            diags.render(&sources, crate::engine::Lang::En, crate::engine::Format::Plain)
        )
    })?;
    store
        .archive_ruleset(
            &rules.version,
            serde_json::to_string(&sources.files)?,
            "startup",
            RulesetSource::Directory,
            None,
        )
        .await
        .context("failed to archive the ruleset")?;
    Ok((rules, "startup".into(), version))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
