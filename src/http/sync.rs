//! Keeping what an instance holds in memory equal to the store: the counterparty histories,
//! and, with several instances on one database, the active ruleset and tenant settings.
//!
//! Every history event reaches memory the same way: read back from the store in commit order
//! (`history_events_after`). At start that rebuilds the histories; after a write that added
//! events, the writer's handler catches up before it answers, so the caller's next screening
//! sees them; and with several instances on one database, each catches up when told (or polls),
//! so an event written through one is seen by the others. Applying nothing twice needs no
//! bookkeeping beyond the last sequence number applied.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use crate::domain::{Kind, Request};
use crate::engine::{Event, Format, Lang, RuleSet, Sources};
use crate::store::{HistoryRow, Notice, StoreError};

use super::{AppState, RulesStatus, TenantSettings};

/// How often an instance looks for changes made through other instances even without a
/// notification (one may be lost while the listening connection is re-established). This is
/// the bound on how late another instance's history, rules or settings reach this one.
pub const FOLLOW_POLL: Duration = Duration::from_secs(1);

/// Events read per query while catching up.
const PAGE: i64 = 10_000;

/// Applies every stored history event not yet applied; returns how many it applied.
pub async fn catch_up_history(state: &AppState) -> Result<usize, StoreError> {
    let mut applied = state.history_applied.lock().await;
    let mut count = 0;
    loop {
        let rows = state.store.history_events_after(*applied, PAGE).await?;
        for row in &rows {
            match event_of_row(row) {
                Ok(event) => {
                    let history = state.history(&row.tenant);
                    history.write().unwrap_or_else(std::sync::PoisonError::into_inner).record(event);
                }
                // A row this version cannot read is skipped, loudly, rather than stopping
                // every later event from reaching memory.
                Err(error) => tracing::error!(seq = row.seq, %error, "unreadable history event skipped"),
            }
            *applied = row.seq;
        }
        count += rows.len();
        if (rows.len() as i64) < PAGE {
            return Ok(count);
        }
    }
}

/// Rebuilds these tenants' counterparty histories from the store, after events were deleted
/// (an erasure on request): the in-memory history only ever adds, so it is built again from
/// the events that remain.
pub async fn rebuild_histories(state: &AppState, tenants: &[String]) -> Result<(), StoreError> {
    let applied = state.history_applied.lock().await;
    let mut fresh: std::collections::HashMap<String, crate::engine::History> =
        tenants.iter().map(|t| (t.clone(), crate::engine::History::default())).collect();
    let mut after = 0;
    loop {
        let rows = state.store.history_events_after(after, PAGE).await?;
        for row in &rows {
            if row.seq > *applied {
                break;
            }
            if let (Some(history), Ok(event)) = (fresh.get_mut(&row.tenant), event_of_row(row)) {
                history.record(event);
            }
            after = row.seq;
        }
        if (rows.len() as i64) < PAGE || rows.last().is_some_and(|r| r.seq > *applied) {
            break;
        }
    }
    for (tenant, history) in fresh {
        *state.history(&tenant).write().unwrap_or_else(std::sync::PoisonError::into_inner) = history;
    }
    Ok(())
}

/// Marks every erasure recorded so far as applied: at start, before the histories are built
/// from the events the erasures left.
pub async fn skip_past_erasures(state: &AppState) -> Result<(), StoreError> {
    let last = state.store.erasures_after(0).await?.last().map_or(0, |(seq, _)| *seq);
    *state.erasures_applied.lock().await = last;
    Ok(())
}

/// Rebuilds the histories of the companies erased from since this instance last looked, by
/// this instance or another one on the same database.
pub async fn follow_erasures(state: &AppState) -> Result<(), StoreError> {
    let mut applied = state.erasures_applied.lock().await;
    let erasures = state.store.erasures_after(*applied).await?;
    let Some((last, _)) = erasures.last() else { return Ok(()) };
    let last = *last;
    let mut tenants: Vec<String> = erasures.into_iter().map(|(_, tenant)| tenant).collect();
    tenants.sort();
    tenants.dedup();
    rebuild_histories(state, &tenants).await?;
    *applied = last;
    Ok(())
}

/// The engine event of a stored row.
pub fn event_of_row(row: &HistoryRow) -> Result<Event, String> {
    match row.kind.as_str() {
        "counterparty" => serde_json::from_str(&row.json).map(Event::Counterparty).map_err(|e| e.to_string()),
        "allowlist" => serde_json::from_str(&row.json).map(Event::Allowlist).map_err(|e| e.to_string()),
        "payment" | "order" => {
            let kind = if row.kind == "order" { Kind::Order } else { Kind::Payment };
            let value: serde_json::Value = serde_json::from_str(&row.json).map_err(|e| e.to_string())?;
            let request = Request::from_json(kind, value).map_err(|e| e.to_string())?;
            Ok(super::handlers::event_of(&request))
        }
        other => Err(format!("unknown history event kind `{other}`")),
    }
}

/// Follows the changes other instances (or processes) make to the same database: on each
/// notification where the store sends them (PostgreSQL), and every `FOLLOW_POLL` regardless.
pub async fn follow(state: Arc<AppState>, mut notices: Option<tokio::sync::mpsc::UnboundedReceiver<Notice>>) {
    let mut poll = tokio::time::interval(FOLLOW_POLL);
    poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let next_notice = async {
            match notices.as_mut() {
                Some(notices) => notices.recv().await,
                None => std::future::pending().await,
            }
        };
        let notice = tokio::select! {
            notice = next_notice => match notice {
                Some(notice) => notice,
                // The listener is gone (shutting down): keep polling.
                None => {
                    notices = None;
                    continue;
                }
            },
            _ = poll.tick() => Notice::Reconnected,
        };
        let history = matches!(notice, Notice::History | Notice::Reconnected);
        let rules = matches!(notice, Notice::Rules | Notice::Reconnected);
        let settings = matches!(notice, Notice::Settings | Notice::Reconnected);
        if matches!(notice, Notice::Watchlist | Notice::Reconnected) {
            if let Err(error) = super::follow_watchlist(&state, false).await {
                tracing::warn!(%error, "could not reread the watchlist; will retry");
            }
        }
        if history {
            if let Err(error) = catch_up_history(&state).await {
                tracing::warn!(%error, "could not read new history events; will retry");
            }
            if let Err(error) = follow_erasures(&state).await {
                tracing::warn!(%error, "could not apply an erasure made through another instance; will retry");
            }
        }
        if rules {
            if let Err(error) = follow_rules(&state).await {
                tracing::warn!(%error, "could not follow the active ruleset; will retry");
            }
            if let Err(error) = follow_shadow(&state).await {
                tracing::warn!(%error, "could not follow the shadow ruleset; will retry");
            }
        }
        if settings {
            if let Err(error) = reload_tenant_settings(&state).await {
                tracing::warn!(%error, "could not reload tenant settings; will retry");
            }
        }
    }
}

/// Activates the most recently activated ruleset of the shared store when it is not the one
/// this instance runs (it was activated through another instance). It is not archived again.
async fn follow_rules(state: &AppState) -> Result<(), String> {
    let Some((_, version, by)) = state.store.latest_ruleset().await.map_err(|e| e.to_string())? else {
        return Ok(());
    };
    if state.active_rules().version.as_ref() == version {
        return Ok(());
    }
    let files = state.store.ruleset_files(&version).await.map_err(|e| e.to_string())?.unwrap_or_default();
    let files: Vec<(String, String)> = serde_json::from_str(&files).map_err(|e| e.to_string())?;
    let sources = Sources { files };
    let compiled = tokio::task::spawn_blocking(move || {
        RuleSet::compile(&sources).map_err(|diags| diags.render(&sources, Lang::En, Format::Plain))
    })
    .await
    .map_err(|e| e.to_string())??;
    state.rules.store(Arc::new(compiled));
    if let Ok(mut status) = state.rules_status.write() {
        *status = RulesStatus {
            loaded_at: jiff::Timestamp::now().to_string(),
            loaded_by: format!("{by} (through another instance)"),
            last_error: None,
        };
    }
    tracing::info!(%version, by, "ruleset activated through another instance");
    Ok(())
}

/// Rereads every tenant's settings from the store.
pub async fn reload_tenant_settings(state: &AppState) -> Result<(), StoreError> {
    let mut all = HashMap::new();
    for (tenant, json) in state.store.tenant_settings().await? {
        let parsed = serde_json::from_str::<TenantSettings>(&json)
            .map_err(|e| e.to_string())
            .and_then(|s| s.overrides().map(|o| (s, o)).map_err(|(field, message)| format!("{field}: {message}")));
        match parsed {
            Ok((settings, overrides)) => {
                all.insert(tenant, (settings, Arc::new(overrides)));
            }
            // One unreadable row must not stop every other tenant's settings (or the start):
            // that tenant screens with the defaults, loudly.
            Err(error) => tracing::error!(%tenant, %error, "stored tenant settings unreadable; using the defaults"),
        }
    }
    if let Ok(mut current) = state.tenant_settings.write() {
        *current = all;
    }
    Ok(())
}

/// Loads, replaces or drops the shadow ruleset to match the store.
pub async fn follow_shadow(state: &AppState) -> Result<(), String> {
    let stored = state.store.shadow().await.map_err(|e| e.to_string())?;
    let loaded = state.shadow.load_full();
    match (stored, loaded) {
        (None, None) => Ok(()),
        (None, Some(_)) => {
            state.shadow.store(None);
            tracing::info!("shadow ruleset turned off");
            Ok(())
        }
        (Some((version, _, _, _)), Some(loaded)) if loaded.0.version.as_ref() == version => Ok(()),
        (Some((version, files, by, at)), _) => {
            let files: Vec<(String, String)> = serde_json::from_str(&files).map_err(|e| e.to_string())?;
            let sources = Sources { files };
            let compiled = tokio::task::spawn_blocking(move || {
                RuleSet::compile(&sources).map_err(|diags| diags.render(&sources, Lang::En, Format::Plain))
            })
            .await
            .map_err(|e| e.to_string())??;
            state.shadow.store(Some(Arc::new((compiled, by, at))));
            tracing::info!(%version, "shadow ruleset loaded");
            Ok(())
        }
    }
}
