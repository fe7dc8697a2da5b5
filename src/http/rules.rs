//! The active ruleset: status, reload from the rules directory, archived versions, rollback.
//! A ruleset is compiled off the request path and swapped in only when it compiled cleanly;
//! requests in flight keep the `Arc` they started with.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::handlers::{parse, read_body};
use super::{ApiError, AppState};
use crate::engine::{Format, Lang, RuleSet, Sources};
use crate::loader::read_rules_dir;
use crate::store::{Principal, RulesetSource};

/// What `GET /v1/rules` reports besides the ruleset itself.
#[derive(Clone, Debug, Default)]
pub struct RulesStatus {
    /// When the active ruleset was loaded.
    pub loaded_at: String,
    /// Who loaded it (a key name, or `startup` / `watcher`).
    pub loaded_by: String,
    /// The diagnostics of the last refused reload, if the last attempt failed.
    pub last_error: Option<String>,
}

/// Why a ruleset was not activated.
#[derive(Debug)]
pub enum ActivateError {
    /// It does not compile: the diagnostics.
    Refused(String),
    /// It compiled, but could not be archived: the store is out of reach.
    Unavailable(crate::store::StoreError),
}

impl From<ActivateError> for ApiError {
    fn from(error: ActivateError) -> ApiError {
        match error {
            ActivateError::Refused(diagnostics) => ApiError::invalid_ruleset(diagnostics),
            ActivateError::Unavailable(error) => ApiError::unavailable(&error),
        }
    }
}

/// Compiles `sources` (on the blocking pool, off the request path) and, when clean, archives
/// and activates them; otherwise records and returns the diagnostics and keeps the active
/// ruleset.
pub async fn activate(
    state: &AppState,
    sources: Sources,
    by: &str,
    source: RulesetSource,
) -> Result<Arc<RuleSet>, ActivateError> {
    let compiled = tokio::task::spawn_blocking(move || {
        let compiled = RuleSet::compile(&sources).map_err(|diags| diags.render(&sources, Lang::En, Format::Plain));
        (sources, compiled)
    })
    .await;
    let (sources, rules) = match compiled {
        Ok((sources, Ok(rules))) => (sources, Arc::new(rules)),
        Ok((_, Err(diagnostics))) => {
            state.metrics.reload("refused");
            tracing::warn!(by, "ruleset refused:\n{diagnostics}");
            if let Ok(mut status) = state.rules_status.write() {
                status.last_error = Some(diagnostics.clone());
            }
            let failed = crate::webhooks::events::rules_reload_failed(by, &diagnostics);
            match state.store.put_event(failed).await {
                Ok(()) => state.webhook_wake.events_written(),
                Err(error) => tracing::warn!(%error, "could not announce the refused ruleset"),
            }
            return Err(ActivateError::Refused(diagnostics));
        }
        Err(error) => return Err(ActivateError::Refused(format!("the compilation stopped unexpectedly: {error}"))),
    };
    let files = serde_json::to_string(&sources.files).unwrap_or_default();
    let event = crate::webhooks::events::rules_reloaded(&rules.version, rules.rules.len(), by, source.as_str());
    if let Err(error) = state.store.archive_ruleset(&rules.version, files, by, source, Some(event)).await {
        tracing::error!(%error, "could not archive the ruleset");
        return Err(ActivateError::Unavailable(error));
    }
    state.rules.store(Arc::clone(&rules));
    if let Ok(mut status) = state.rules_status.write() {
        *status =
            RulesStatus { loaded_at: jiff::Timestamp::now().to_string(), loaded_by: by.to_owned(), last_error: None };
    }
    state.metrics.reload("ok");
    state.webhook_wake.events_written();
    tracing::info!(version = %rules.version, by, "ruleset activated");
    Ok(rules)
}

fn describe(state: &AppState) -> Value {
    let rules = state.active_rules();
    let status = state.rules_status.read().map(|s| s.clone()).unwrap_or_default();
    let packs: Vec<Value> = rules.packs.iter().map(|p| json!({"id": p.id, "title": p.title, "file": p.file})).collect();
    json!({
        "version": rules.version.as_ref(),
        "packs": packs,
        "rule_count": rules.rules.len(),
        "loaded_at": status.loaded_at,
        "loaded_by": status.loaded_by,
        "last_reload_error": status.last_error,
    })
}

pub(super) async fn get_rules(State(state): State<Arc<AppState>>) -> Json<Value> {
    Json(describe(&state))
}

pub(super) async fn reload(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
) -> Result<Json<Value>, ApiError> {
    let dir = state.rules_dir.clone();
    let sources = tokio::task::spawn_blocking(move || read_rules_dir(&dir).map_err(|e| format!("{e:#}")))
        .await
        .unwrap_or_else(|e| Err(format!("reading the rules stopped unexpectedly: {e}")))
        .map_err(ApiError::invalid_ruleset)?;
    let version = crate::engine::ruleset::version_of(&sources);
    activate(&state, sources, &principal.name, RulesetSource::Directory).await?;
    state.saw_rules_dir(version);
    Ok(Json(describe(&state)))
}

pub(super) async fn versions(State(state): State<Arc<AppState>>) -> Result<Json<Value>, ApiError> {
    let rows = state.store.ruleset_versions().await.map_err(|e| ApiError::unavailable(&e))?;
    let versions: Vec<Value> = rows
        .into_iter()
        .map(|(version, by, at)| json!({"version": version, "activated_by": by, "activated_at": at}))
        .collect();
    Ok(Json(json!({"versions": versions})))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RollbackBody {
    version: String,
}

pub(super) async fn rollback(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let body: RollbackBody = parse(&read_body(&state, body).await?)?;
    let files = state
        .store
        .ruleset_files(&body.version)
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .ok_or_else(|| ApiError::not_found("ruleset version"))?;
    let files: Vec<(String, String)> =
        serde_json::from_str(&files).map_err(|_| ApiError::not_found("ruleset version"))?;
    let sources = Sources { files };
    activate(&state, sources, &format!("{} (rollback)", principal.name), RulesetSource::Rollback).await?;
    Ok(Json(describe(&state)))
}

/// Watches the rules directory by polling its content version, and activates it when its
/// content changed since any instance last activated it from there (`RulesetSource::Directory`);
/// so a rollback stays active until the files change again, and of several instances sharing
/// the directory the first to notice activates it and the others follow through the store. A
/// broken ruleset is refused once per content and the old one keeps serving.
pub async fn watch(state: Arc<AppState>, every: std::time::Duration) {
    loop {
        tokio::time::sleep(every).await;
        let dir = state.rules_dir.clone();
        let Ok(Ok(sources)) = tokio::task::spawn_blocking(move || read_rules_dir(&dir)).await else { continue };
        let version = crate::engine::ruleset::version_of(&sources);
        if state.rules_dir_seen().as_deref() == Some(version.as_str()) {
            continue;
        }
        match state.store.latest_directory_ruleset().await {
            Ok(Some(latest)) if latest == version => {}
            Ok(_) => {
                // A refused ruleset is refused once per content; one that could not be archived
                // is tried again on the next tick.
                if let Err(ActivateError::Unavailable(_)) =
                    activate(&state, sources, "watcher", RulesetSource::Directory).await
                {
                    continue;
                }
            }
            // The store is out of reach: look again on the next tick.
            Err(_) => continue,
        }
        state.saw_rules_dir(version);
    }
}

/// Query of `GET /v1/rules/stats`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StatsQuery {
    since: Option<jiff::Timestamp>,
    until: Option<jiff::Timestamp>,
    tenant: Option<String>,
}

/// One rule's record over a period, as officers read it to decide what to tighten.
pub fn rule_stats_json(rules: &RuleSet, stats: Vec<crate::store::RuleStat>) -> Vec<Value> {
    let mut by_id: std::collections::HashMap<String, crate::store::RuleStat> =
        stats.into_iter().map(|s| (s.rule_id.clone(), s)).collect();
    let row = |stat: crate::store::RuleStat, rule: Option<&crate::engine::ruleset::Rule>| {
        let resolved = stat.confirmed_frauds + stat.false_alarms;
        // Precision over resolved cases only: open cases say nothing yet.
        let precision = (resolved > 0).then(|| stat.confirmed_frauds as f64 / resolved as f64);
        json!({
            "rule_id": stat.rule_id,
            "title": rule.map(|r| r.title.to_string()),
            "scam_type": rule.map(|r| r.scam_type.to_string()),
            "active": rule.is_some(),
            "hits": stat.hits,
            "cases": stat.cases,
            "confirmed_frauds": stat.confirmed_frauds,
            "false_alarms": stat.false_alarms,
            "precision": precision,
            "last_fired": stat.last_fired,
        })
    };
    let mut out: Vec<Value> = rules
        .rules
        .iter()
        .map(|rule| {
            let stat = by_id
                .remove(rule.id.as_ref())
                .unwrap_or_else(|| crate::store::RuleStat { rule_id: rule.id.to_string(), ..Default::default() });
            row(stat, Some(rule))
        })
        .collect();
    // Rules that fired in the period but are no longer in the active ruleset.
    let mut retired: Vec<_> = by_id.into_values().collect();
    retired.sort_by(|a, b| a.rule_id.cmp(&b.rule_id));
    out.extend(retired.into_iter().map(|stat| row(stat, None)));
    out
}

pub(super) async fn stats(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    query: Result<axum::extract::Query<StatsQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let axum::extract::Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let filter = crate::store::StatsFilter {
        tenants: super::handlers::visible_tenants(&principal, query.tenant.as_deref()),
        from: query.since.map(crate::store::stamp),
        to: query.until.map(crate::store::stamp),
    };
    let stats = state.store.rule_stats(&filter).await.map_err(|e| ApiError::unavailable(&e))?;
    let rules = state.active_rules();
    Ok(Json(json!({
        "since": query.since.map(|t| t.to_string()),
        "until": query.until.map(|t| t.to_string()),
        "ruleset_version": rules.version.as_ref(),
        "rules": rule_stats_json(&rules, stats),
    })))
}

/// Body of `POST /v1/rules/backtest`: the candidate as files, or an archived version.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = BacktestRequest)]
pub(super) struct BacktestBody {
    /// The candidate's files as `[path, content]` pairs.
    #[serde(default)]
    #[schema(value_type = Option<Vec<Vec<String>>>)]
    files: Option<Vec<(String, String)>>,
    /// Or an archived version, `sha256:...`.
    #[serde(default)]
    version: Option<String>,
    /// The stored requests from this time (RFC 3339).
    #[serde(default)]
    #[schema(value_type = Option<String>, format = DateTime)]
    since: Option<jiff::Timestamp>,
    /// Until this time.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = DateTime)]
    until: Option<jiff::Timestamp>,
    /// One company's requests only.
    #[serde(default)]
    tenant: Option<String>,
}

pub(super) async fn backtest(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<crate::backtest::Backtest>, ApiError> {
    let body: BacktestBody = parse(&read_body_limited(&state, body, 8 * 1024 * 1024).await?)?;
    let files = candidate_files(&state, body.files, body.version).await?;
    let sources = Sources { files };
    let candidate = tokio::task::spawn_blocking(move || {
        RuleSet::compile(&sources).map_err(|diags| diags.render(&sources, Lang::En, Format::Plain))
    })
    .await
    .map_err(|e| ApiError::invalid_ruleset(e.to_string()))?
    .map_err(ApiError::invalid_ruleset)?;
    let filter = crate::store::StatsFilter {
        tenants: super::handlers::visible_tenants(&principal, body.tenant.as_deref()),
        from: body.since.map(crate::store::stamp),
        to: body.until.map(crate::store::stamp),
    };
    let by = principal.name.clone();
    let report = crate::backtest::load_and_run(&state.store, Arc::new(candidate), filter, move |done, total| {
        tracing::info!(by, done, total, "backtest progress");
    })
    .await
    .map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(report))
}

/// Reads a body of up to `limit` bytes (rule files are larger than screening requests).
async fn read_body_limited(state: &AppState, body: Body, limit: usize) -> Result<axum::body::Bytes, ApiError> {
    let limit = limit.max(state.body_limit);
    axum::body::to_bytes(body, limit).await.map_err(|_| ApiError::too_large(limit))
}

/// Body of `PUT /v1/rules/shadow`: the candidate as files, or an archived version.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ShadowRequest)]
pub(super) struct ShadowBody {
    /// The candidate's files as `[path, content]` pairs.
    #[serde(default)]
    #[schema(value_type = Option<Vec<Vec<String>>>)]
    files: Option<Vec<(String, String)>>,
    /// Or an archived version, `sha256:...`.
    #[serde(default)]
    version: Option<String>,
}

/// The files of a candidate given inline or as an archived version.
async fn candidate_files(
    state: &AppState,
    files: Option<Vec<(String, String)>>,
    version: Option<String>,
) -> Result<Vec<(String, String)>, ApiError> {
    match (files, version) {
        (Some(files), None) => Ok(files),
        (None, Some(version)) => {
            let files = state
                .store
                .ruleset_files(&version)
                .await
                .map_err(|e| ApiError::unavailable(&e))?
                .ok_or_else(|| ApiError::not_found("ruleset version"))?;
            serde_json::from_str(&files).map_err(|_| ApiError::not_found("ruleset version"))
        }
        _ => Err(ApiError::invalid_field(
            String::new(),
            "give the candidate as `files` or as an archived `version`".into(),
        )),
    }
}

/// `PUT /v1/rules/shadow`: compiles the candidate off the request path and evaluates it beside
/// the active ruleset from now on, on every instance.
pub(super) async fn put_shadow(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let body: ShadowBody = parse(&read_body_limited(&state, body, 8 * 1024 * 1024).await?)?;
    let files = candidate_files(&state, body.files, body.version).await?;
    let sources = Sources { files };
    let (sources, compiled) = tokio::task::spawn_blocking(move || {
        let compiled = RuleSet::compile(&sources).map_err(|diags| diags.render(&sources, Lang::En, Format::Plain));
        (sources, compiled)
    })
    .await
    .map_err(|e| ApiError::invalid_ruleset(e.to_string()))?;
    let compiled = compiled.map_err(ApiError::invalid_ruleset)?;
    let files = serde_json::to_string(&sources.files).unwrap_or_default();
    let version = compiled.version.to_string();
    state
        .store
        .set_shadow(Some((version.clone(), files, principal.name.clone())))
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    state.shadow.store(Some(Arc::new((compiled, principal.name.clone(), jiff::Timestamp::now().to_string()))));
    tracing::info!(%version, by = principal.name, "shadow ruleset set");
    Ok(Json(json!({"shadow": {"version": version, "set_by": principal.name}})))
}

/// `DELETE /v1/rules/shadow`: stops evaluating the shadow ruleset.
pub(super) async fn delete_shadow(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
) -> Result<Json<Value>, ApiError> {
    state.store.set_shadow(None).await.map_err(|e| ApiError::unavailable(&e))?;
    state.shadow.store(None);
    tracing::info!(by = principal.name, "shadow ruleset turned off");
    Ok(Json(json!({"shadow": null})))
}

/// `GET /v1/rules/shadow?since&until&tenant`: the shadow ruleset, and how its decisions
/// compare with the ones answered over the period.
pub(super) async fn get_shadow(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    query: Result<axum::extract::Query<StatsQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let axum::extract::Query(query) =
        query.map_err(|e| ApiError::invalid_field(String::new(), format!("invalid query: {}", e.body_text())))?;
    let filter = crate::store::StatsFilter {
        tenants: super::handlers::visible_tenants(&principal, query.tenant.as_deref()),
        from: query.since.map(crate::store::stamp),
        to: query.until.map(crate::store::stamp),
    };
    let rows = state.store.report_decisions(&filter).await.map_err(|e| ApiError::unavailable(&e))?;
    let mut compared = 0;
    let mut transitions: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut rules: std::collections::BTreeMap<String, (usize, usize)> = std::collections::BTreeMap::new();
    for row in &rows {
        let Some(shadow) = row.shadow_json.as_deref().and_then(|j| serde_json::from_str::<Value>(j).ok()) else {
            continue;
        };
        compared += 1;
        let theirs = shadow["decision"].as_str().unwrap_or_default();
        if theirs != row.decision {
            *transitions.entry(format!("{}->{theirs}", row.decision)).or_default() += 1;
        }
        if let Ok(answered) = serde_json::from_str::<crate::domain::Decision>(&row.decision_json) {
            for hit in &answered.hits {
                rules.entry(hit.rule_id.to_string()).or_default().0 += 1;
            }
        }
        for id in shadow["rule_ids"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            rules.entry(id.to_owned()).or_default().1 += 1;
        }
    }
    let shadow =
        state.shadow.load_full().map(|s| json!({"version": s.0.version.as_ref(), "set_by": s.1, "set_at": s.2}));
    let rules: Vec<Value> = rules
        .into_iter()
        .map(|(rule_id, (active, shadow))| json!({"rule_id": rule_id, "active": active, "shadow": shadow}))
        .collect();
    Ok(Json(json!({"shadow": shadow, "compared": compared, "transitions": transitions, "rules": rules})))
}
