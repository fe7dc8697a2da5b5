//! Building and running the service: bind, open the store, load the rules, rebuild history.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use anyhow::{Context as _, Result, anyhow};
use tokio::net::TcpListener;

use crate::config::{Config, redact};
use crate::engine::{RuleSet, Watchlist};
use crate::http::{AppState, router};
use crate::loader::read_rules_dir;
use crate::store::Store;

/// A bound, ready-to-run service.
pub struct App {
    listener: TcpListener,
    state: Arc<AppState>,
}

impl App {
    /// Opens the store, compiles the rules, rebuilds the history and binds the listener.
    pub async fn build(config: &Config) -> Result<App> {
        let store = Store::open(&config.database_url, config.migrate_on_start)
            .await
            .with_context(|| format!("failed to open the store at {}", redact(&config.database_url)))?;
        let sources = read_rules_dir(&config.rules_dir)?;
        let rules = RuleSet::compile(&sources).map_err(|diags| {
            anyhow!(
                "the rules in {} do not compile:\n{}",
                config.rules_dir.display(),
                diags.render(&sources, crate::engine::Lang::En, crate::engine::Format::Plain)
            )
        })?;
        store
            .archive_ruleset(&rules.version, serde_json::to_string(&sources.files)?, "startup")
            .await
            .context("failed to archive the ruleset")?;
        let mut tenant_settings = HashMap::new();
        for (tenant, json) in store.tenant_settings().await.context("failed to read tenant settings")? {
            let settings: crate::http::TenantSettings =
                serde_json::from_str(&json).context("corrupt tenant settings")?;
            let overrides = settings
                .overrides()
                .map_err(|(field, message)| anyhow!("stored settings of `{tenant}`: {field}: {message}"))?;
            tenant_settings.insert(tenant, (settings, Arc::new(overrides)));
        }
        let state = AppState {
            rules: arc_swap::ArcSwap::from_pointee(rules),
            store,
            history_applied: tokio::sync::Mutex::new(0),
            keys: crate::http::KeyCache::default(),
            histories: dashmap::DashMap::new(),
            watchlist: Watchlist::default(),
            body_limit: config.body_limit,
            allow_updates_history: config.allow_updates_history,
            tenant_settings: RwLock::new(tenant_settings),
            rules_status: RwLock::new(crate::http::RulesStatus {
                loaded_at: jiff::Timestamp::now().to_string(),
                loaded_by: "startup".into(),
                last_error: None,
            }),
            rules_dir: config.rules_dir.clone(),
            metrics: crate::http::Metrics::default(),
        };
        // The histories, rebuilt from every stored event.
        let events = crate::http::catch_up_history(&state).await.context("failed to read the history")?;
        tracing::info!(events, "counterparty history rebuilt");
        let listener = TcpListener::bind(&config.listen)
            .await
            .with_context(|| format!("failed to listen on {}", config.listen))?;
        Ok(App { listener, state: Arc::new(state) })
    }

    /// The address actually bound (port 0 picks a free port).
    pub fn local_addr(&self) -> Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serves until ctrl-c or SIGTERM, finishing in-flight requests first.
    pub async fn run_until_stopped(self) -> Result<()> {
        tokio::spawn(crate::http::watch(Arc::clone(&self.state), std::time::Duration::from_secs(2)));
        axum::serve(self.listener, router(self.state)).with_graceful_shutdown(shutdown_signal()).await?;
        Ok(())
    }
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
