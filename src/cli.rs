//! Command-line interface: argument parsing and the offline commands.
//!
//! Exit codes: 0 success; 1 the rules, tests or thresholds failed; 2 bad usage or input.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::domain::{Kind, Request};
use crate::engine::schema::FIELDS;
use crate::engine::{Context, Format, History, Lang, RuleSet, WatchEntry, Watchlist, ruletest};
use crate::loader::read_rules_dir;
use crate::replay;

/// fraudscreen: pre-transfer anti-fraud screening.
#[derive(Debug, Parser)]
#[command(name = "fraudscreen", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Where the service's configuration comes from (file < environment < these flags).
#[derive(Debug, Args, Clone)]
pub struct ServiceArgs {
    /// A TOML configuration file.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long)]
    pub listen: Option<String>,
    /// Database URL (default sqlite://data/fraudscreen.db).
    #[arg(long)]
    pub database_url: Option<String>,
    /// Rules directory (default rules).
    #[arg(long)]
    pub rules: Option<PathBuf>,
}

impl ServiceArgs {
    fn config(&self) -> Result<crate::config::Config> {
        let overrides = crate::config::Overrides {
            listen: self.listen.clone(),
            database_url: self.database_url.clone(),
            rules_dir: self.rules.clone(),
        };
        crate::config::Config::load(self.config.as_deref(), &overrides)
    }
}

/// Key management.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a key and print it, and only it, once.
    Create {
        /// The company the key belongs to.
        #[arg(long)]
        tenant: String,
        /// client, analyst, officer or admin.
        #[arg(long)]
        role: String,
        /// Who or what uses the key (shown on every action).
        #[arg(long)]
        name: Option<String>,
        /// For officers: the tenants they cover, comma-separated (all when absent).
        #[arg(long, value_delimiter = ',')]
        jurisdiction: Option<Vec<String>>,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
    /// List keys (never their secrets).
    List {
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
    /// Revoke a key by id.
    Revoke {
        /// The key id from `keys list`.
        id: String,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
}

/// Top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the screening service.
    Serve {
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
        /// Do not apply pending migrations at start; refuse to start if any are pending.
        #[arg(long)]
        no_migrate: bool,
        /// Log format.
        #[arg(long, value_enum, default_value = "human")]
        log_format: LogFormat,
    },
    /// Print the OpenAPI document the service serves at `/openapi.json` (for generating clients
    /// without a running server).
    Openapi,
    /// Apply pending database migrations to the configured database and exit.
    Migrate {
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
    /// Outreach sessions in the configured database.
    Outreach {
        /// What to do.
        #[command(subcommand)]
        command: OutreachCommand,
    },
    /// Fraud case records in the configured database.
    Incidents {
        /// What to do.
        #[command(subcommand)]
        command: IncidentsCommand,
    },
    /// Webhook subscriptions in the configured database.
    Webhooks {
        /// What to do.
        #[command(subcommand)]
        command: WebhooksCommand,
    },
    /// Reports read from the configured database.
    Report {
        /// Which report.
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// Manage API keys.
    Keys {
        /// What to do.
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Check, test or describe rule files.
    Rules {
        /// What to do with the rules.
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Screen one request from a JSON file and print the decision (empty history).
    Screen {
        /// `payment` or `order`.
        kind: KindArg,
        /// The request body, as the API takes it.
        file: PathBuf,
        /// Rules directory.
        #[arg(long, default_value = "rules")]
        rules: PathBuf,
        /// A JSON array of watchlist entries `{"kind": "account", "value": "..."}`.
        #[arg(long)]
        watchlist: Option<PathBuf>,
    },
    /// Replay a labelled corpus and report recall and false alarms.
    Eval {
        /// The corpus, JSON Lines.
        corpus: PathBuf,
        /// Rules directory.
        #[arg(long, default_value = "rules")]
        rules: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        /// Fail (exit 1) when scam recall is below this fraction.
        #[arg(long)]
        min_recall: Option<f64>,
        /// Fail when block recall on `expect: block` lines is below this fraction.
        #[arg(long)]
        min_block_recall: Option<f64>,
        /// Fail when more legitimate lines than this are flagged.
        #[arg(long)]
        max_false_alarms: Option<usize>,
        /// Fail when more legitimate lines than this are blocked.
        #[arg(long)]
        max_legit_blocked: Option<usize>,
    },
}

/// Rule commands.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate rule files; print every problem at once.
    Check(RulesArgs),
    /// Run every `[[test]]` case and the coverage check.
    Test(RulesArgs),
    /// List the fields and features a `when` condition can read.
    Fields {
        /// Message language.
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
        /// Print a Markdown table with both languages (as in rules/README.md).
        #[arg(long)]
        markdown: bool,
    },
    /// Screen the stored requests of a period again under a candidate ruleset and report what
    /// would change; reads the configured database, writes nothing.
    Backtest {
        /// The candidate rules directory.
        #[arg(long)]
        candidate: PathBuf,
        /// From this time (RFC 3339).
        #[arg(long)]
        since: Option<jiff::Timestamp>,
        /// Until this time (RFC 3339, exclusive).
        #[arg(long)]
        until: Option<jiff::Timestamp>,
        /// Only this company.
        #[arg(long)]
        tenant: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
}

/// Where the rules are and how to talk about them.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Rules directory.
    #[arg(default_value = "rules")]
    pub dir: PathBuf,
    /// Message language (officers read Chinese).
    #[arg(long, value_enum, default_value = "zh")]
    pub lang: LangArg,
    /// How problems are printed.
    #[arg(long, value_enum, default_value = "human")]
    pub error_format: ErrorFormat,
}

/// Request kind on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// A payment request.
    Payment,
    /// An order record.
    Order,
}

/// Message language.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    /// 中文.
    Zh,
    /// English.
    En,
}

/// Diagnostic format.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ErrorFormat {
    /// Source excerpts with underlines.
    Human,
    /// One line per problem.
    Plain,
    /// JSON.
    Json,
}

/// Log format of the service.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    /// For people.
    Human,
    /// One JSON object per line.
    Json,
}

/// Report format.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    /// For people.
    Text,
    /// For programs.
    Json,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

impl From<ErrorFormat> for Format {
    fn from(format: ErrorFormat) -> Format {
        match format {
            ErrorFormat::Human => Format::Human,
            ErrorFormat::Plain => Format::Plain,
            ErrorFormat::Json => Format::Json,
        }
    }
}

/// A backtest for people.
fn render_backtest(r: &crate::backtest::Backtest) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "candidate {}: {} stored requests screened again", r.candidate_version, r.requests);
    if r.unreadable > 0 {
        let _ = writeln!(out, "{} stored requests could not be read and were skipped", r.unreadable);
    }
    let changed: usize = r.transitions.values().sum();
    let _ = writeln!(out, "{changed} decisions would change:");
    for (transition, n) in &r.transitions {
        let _ = writeln!(out, "  {transition}: {n}");
    }
    let v = &r.resolved;
    let _ = writeln!(
        out,
        "confirmed frauds still flagged: {} of {} (now {}); false alarms still flagged: {} of {}",
        v.frauds_flagged_after, v.confirmed_frauds, v.frauds_flagged_before, v.false_alarms_after, v.false_alarms
    );
    let _ = writeln!(out, "rules whose hits change (before -> after):");
    for rule in r.rules.iter().filter(|x| x.before != x.after) {
        let _ = writeln!(out, "  {}: {} -> {}", rule.rule_id, rule.before, rule.after);
    }
    for change in &r.changed {
        let _ = writeln!(
            out,
            "  {} {} {} -> {}{}",
            change.tenant,
            change.request_id,
            change.before,
            change.after,
            change.resolution.as_deref().map(|r| format!(" (case closed as {r})")).unwrap_or_default()
        );
    }
    out
}

/// Outreach subcommands.
#[derive(Debug, Subcommand)]
pub enum OutreachCommand {
    /// Import sessions from a spreadsheet saved as CSV (UTF-8 or GB18030; Chinese or English
    /// headers: 时间 企业 地点 形式 主题 人数 名单 民警 备注).
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Who records them (default: the `officer` of each row).
        #[arg(long)]
        by: Option<String>,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
}

fn outreach(command: OutreachCommand) -> Result<ExitCode> {
    let OutreachCommand::Import { file, by, service } = command;
    let config = service.config()?;
    let time_zone = jiff::tz::TimeZone::get(&config.time_zone)?;
    let bytes = std::fs::read(&file).with_context(|| format!("failed to read {}", file.display()))?;
    let sessions = match crate::http::outreach_from_csv(&bytes, &time_zone) {
        Ok(sessions) => sessions,
        Err((place, message)) => {
            eprintln!("error: {}: {place}: {message}", file.display());
            return Ok(ExitCode::from(2));
        }
    };
    // Topics must be scam types of the rule packs, as through the API.
    if let Some(rules) = read_rules_dir(&config.rules_dir).ok().and_then(|sources| RuleSet::compile(&sources).ok()) {
        for (n, session) in sessions.iter().enumerate() {
            if let Some(topic) = session.topics.iter().find(|t| !rules.packs.iter().any(|p| p.id == **t)) {
                eprintln!("error: {}: row {}: `{topic}` is not a scam type of the rule packs", file.display(), n + 2);
                return Ok(ExitCode::from(2));
            }
        }
    }
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let store = crate::store::Store::open(&config.database_url, true).await?;
        for session in &sessions {
            let row = crate::store::OutreachRow {
                id: ulid::Ulid::new().to_string(),
                held_at: crate::store::stamp(session.held_at),
                session: serde_json::to_string(session)?,
                by: by.clone().unwrap_or_else(|| session.officer.clone()),
            };
            store.put_outreach(row).await?;
        }
        anyhow::Ok(())
    })?;
    println!("imported {} outreach sessions from {}", sessions.len(), file.display());
    Ok(ExitCode::SUCCESS)
}

/// Fraud case record subcommands.
#[derive(Debug, Subcommand)]
pub enum IncidentsCommand {
    /// Import records from a spreadsheet saved as CSV (UTF-8 or GB18030; Chinese or English
    /// headers: 报案时间 企业 诈骗类型 渠道 电话 账户 户名 社交账号 邮箱 冒用单位 涉案金额 损失
    /// 挽回 状态 经过 关联筛查 受骗员工 参加过宣传 民警). Confirmed ones put their identifiers on the
    /// watchlist, which running services pick up within seconds.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Who records them (default: the `officer` of each row).
        #[arg(long)]
        by: Option<String>,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
}

/// Webhook subcommands.
#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// Sends a sample event of the subscription's first event type to its receiver now, and
    /// prints what the receiver answered (nothing is written to the outbox).
    Test {
        /// The subscription id.
        id: String,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
}

fn webhooks(command: WebhooksCommand) -> Result<ExitCode> {
    let WebhooksCommand::Test { id, service } = command;
    let config = service.config()?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let store = crate::store::Store::open(&config.database_url, false).await?;
        let Some(hook) = store.webhooks().await?.into_iter().find(|h| h.id == id) else {
            eprintln!("error: no webhook subscription `{id}`");
            return Ok(ExitCode::from(2));
        };
        let settings = crate::webhooks::DeliverySettings {
            retry_for: std::time::Duration::from_secs(config.webhook_retry_for_secs),
            first_retry: std::time::Duration::from_millis(config.webhook_first_retry_ms),
            timeout: std::time::Duration::from_secs(config.webhook_timeout_secs),
            public_url: config.public_url.clone().unwrap_or_else(|| format!("http://{}", config.listen)),
            allowed_hosts: config.webhook_hosts.clone(),
        };
        let result = crate::webhooks::send_test(&hook, &settings).await;
        println!("{}", serde_json::to_string_pretty(&result)?);
        Ok(if result["delivered"] == true { ExitCode::SUCCESS } else { ExitCode::from(1) })
    })
}

fn incidents(command: IncidentsCommand) -> Result<ExitCode> {
    let IncidentsCommand::Import { file, by, service } = command;
    let config = service.config()?;
    let time_zone = jiff::tz::TimeZone::get(&config.time_zone)?;
    let bytes = std::fs::read(&file).with_context(|| format!("failed to read {}", file.display()))?;
    let incidents = match crate::http::incidents_from_csv(&bytes, &time_zone) {
        Ok(incidents) => incidents,
        Err((place, message)) => {
            eprintln!("error: {}: {place}: {message}", file.display());
            return Ok(ExitCode::from(2));
        }
    };
    // Scam types must be those of the rule packs, as through the API; every row is checked
    // before any is stored.
    if let Some(rules) = read_rules_dir(&config.rules_dir).ok().and_then(|sources| RuleSet::compile(&sources).ok()) {
        for (n, incident) in incidents.iter().enumerate() {
            if !rules.packs.iter().any(|p| p.id == *incident.scam_type) {
                let scam_type = &incident.scam_type;
                eprintln!(
                    "error: {}: row {}: `{scam_type}` is not a scam type of the rule packs",
                    file.display(),
                    n + 2
                );
                return Ok(ExitCode::from(2));
            }
        }
    }
    let runtime = tokio::runtime::Runtime::new()?;
    let watched = runtime.block_on(async {
        let store = crate::store::Store::open(&config.database_url, true).await?;
        // Linked decisions must be the company's own screenings.
        for (n, incident) in incidents.iter().enumerate() {
            for decision in &incident.decisions {
                if store.decision(decision).await?.is_none_or(|(tenant, _, _)| tenant != incident.company) {
                    anyhow::bail!("row {}: `{decision}` is not a screening decision of `{}`", n + 2, incident.company);
                }
            }
        }
        let mut watched = 0;
        for incident in &incidents {
            let by = by.clone().unwrap_or_else(|| incident.officer.clone());
            let id = ulid::Ulid::new().to_string();
            let (_, added) = crate::http::record_incident(&store, &by, &id, incident.clone(), None).await?;
            watched += usize::from(added);
        }
        anyhow::Ok(watched)
    })?;
    println!(
        "imported {} fraud case records from {} ({watched} confirmed with identifiers now on the watchlist)",
        incidents.len(),
        file.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `fraudscreen report outreach`: every company's records, or one's.
fn outreach_report(
    from: Option<jiff::Timestamp>,
    to: Option<jiff::Timestamp>,
    tenant: Option<String>,
    format: OutreachFormat,
    service: &ServiceArgs,
) -> Result<ExitCode> {
    let config = service.config()?;
    let within =
        |at: &str| at.parse::<jiff::Timestamp>().is_ok_and(|t| from.is_none_or(|f| t >= f) && to.is_none_or(|u| t < u));
    let report = tokio::runtime::Runtime::new()?.block_on(async {
        let store = crate::store::Store::open(&config.database_url, true).await?;
        let sessions: Vec<serde_json::Value> = store
            .outreach()
            .await?
            .into_iter()
            .filter_map(|row| serde_json::from_str::<serde_json::Value>(&row.session).ok())
            .filter(|s| s["held_at"].as_str().is_some_and(within))
            .filter(|s| {
                tenant
                    .as_ref()
                    .is_none_or(|t| s["companies"].as_array().is_some_and(|c| c.iter().any(|x| x == t.as_str())))
            })
            .collect();
        let incidents: Vec<serde_json::Value> = store
            .incidents()
            .await?
            .into_iter()
            .filter(|row| tenant.as_ref().is_none_or(|t| &row.company == t))
            .filter_map(|row| serde_json::from_str::<serde_json::Value>(&row.incident).ok())
            .filter(|i| i["reported_at"].as_str().is_some_and(within))
            .collect();
        let filter = crate::store::StatsFilter {
            tenants: tenant.clone().map(|t| vec![t]),
            from: from.map(crate::store::stamp),
            to: to.map(crate::store::stamp),
        };
        let screenings = store.report_decisions(&filter).await?;
        anyhow::Ok(crate::report::outreach(
            from.map(|t| t.to_string()),
            to.map(|t| t.to_string()),
            tenant.clone(),
            &sessions,
            &incidents,
            &screenings,
        ))
    })?;
    match format {
        OutreachFormat::Md => print!("{}", crate::report::outreach_markdown(&report)),
        OutreachFormat::Csv => {
            std::io::Write::write_all(&mut std::io::stdout(), &crate::report::outreach_csv(&report))?
        }
        OutreachFormat::Html => print!("{}", crate::report::outreach_html(&report)),
        OutreachFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
    }
    Ok(ExitCode::SUCCESS)
}

/// Report subcommands.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The weekly report of flagged cases and rules.
    Weekly {
        /// ISO week, such as 2026-W29, in the configured time zone.
        #[arg(long)]
        week: String,
        /// Only this company.
        #[arg(long)]
        tenant: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: WeeklyFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
    /// What outreach reached, and what the fraud case records and screenings show.
    Outreach {
        /// From (RFC 3339).
        #[arg(long)]
        from: Option<jiff::Timestamp>,
        /// Until (RFC 3339, exclusive).
        #[arg(long)]
        to: Option<jiff::Timestamp>,
        /// Only this company.
        #[arg(long)]
        tenant: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: OutreachFormat,
        /// Configuration.
        #[command(flatten)]
        service: ServiceArgs,
    },
}

/// Formats of the outreach report.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OutreachFormat {
    /// Markdown.
    Md,
    /// CSV for Excel (UTF-8 with a byte-order mark).
    Csv,
    /// A self-contained HTML page with charts.
    Html,
    /// JSON, as `GET /v1/reports/outreach` answers.
    Json,
}

/// Formats of a report.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum WeeklyFormat {
    /// Markdown.
    Md,
    /// CSV for Excel (UTF-8 with a byte-order mark).
    Csv,
    /// A self-contained HTML page with charts.
    Html,
    /// JSON, as `GET /v1/reports/weekly` answers.
    Json,
}

fn report(command: ReportCommand) -> Result<ExitCode> {
    let (week, tenant, format, out, service) = match command {
        ReportCommand::Weekly { week, tenant, format, out, service } => (week, tenant, format, out, service),
        ReportCommand::Outreach { from, to, tenant, format, service } => {
            return outreach_report(from, to, tenant, format, &service);
        }
    };
    let config = service.config()?;
    let time_zone = jiff::tz::TimeZone::get(&config.time_zone)?;
    // Rule titles come from the rules directory, when it compiles.
    let rules = read_rules_dir(&config.rules_dir).ok().and_then(|sources| RuleSet::compile(&sources).ok());
    let runtime = tokio::runtime::Runtime::new()?;
    let built = runtime.block_on(async {
        let store = crate::store::Store::open(&config.database_url, true).await?;
        let tenants = tenant.clone().map(|t| vec![t]);
        crate::report::load_weekly(&store, &week, &time_zone, tenants, tenant, rules.as_ref()).await
    })?;
    let Some(report) = built else {
        eprintln!("error: `{week}` is not an ISO week such as 2026-W29");
        return Ok(ExitCode::from(2));
    };
    let bytes = match format {
        WeeklyFormat::Md => crate::report::to_markdown(&report).into_bytes(),
        WeeklyFormat::Csv => crate::report::to_csv(&report),
        WeeklyFormat::Html => crate::report::to_html(&report).into_bytes(),
        WeeklyFormat::Json => serde_json::to_vec_pretty(&report)?,
    };
    match out {
        Some(path) => std::fs::write(&path, bytes).with_context(|| format!("failed to write {}", path.display()))?,
        None => std::io::Write::write_all(&mut std::io::stdout(), &bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Serve { service, log_format, no_migrate } => {
            let mut config = service.config()?;
            if no_migrate {
                config.migrate_on_start = false;
            }
            let filter = || tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
            match log_format {
                LogFormat::Human => tracing_subscriber::fmt().with_env_filter(filter()).init(),
                LogFormat::Json => tracing_subscriber::fmt().json().with_env_filter(filter()).init(),
            }
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(async {
                let app = crate::startup::App::build(&config).await?;
                let addr = app.local_addr()?;
                tracing::info!(%addr, database = %crate::config::redact(&config.database_url), "fraudscreen listening");
                eprintln!("fraudscreen listening on http://{addr}; create a key with `fraudscreen keys create --tenant T --role client`");
                app.run_until_stopped().await
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Keys { command } => keys(command),
        Command::Report { command } => report(command),
        Command::Outreach { command } => outreach(command),
        Command::Incidents { command } => incidents(command),
        Command::Webhooks { command } => webhooks(command),
        Command::Openapi => {
            println!("{}", serde_json::to_string_pretty(&crate::http::openapi_document())?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate { service } => {
            let config = service.config()?;
            tokio::runtime::Runtime::new()?.block_on(crate::store::Store::open(&config.database_url, true))?;
            println!("migrated {}", crate::config::redact(&config.database_url));
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { command: RulesCommand::Check(args) } => {
            let Some(rules) = load(&args)? else {
                return Ok(ExitCode::from(1));
            };
            let n_tests = rules.tests.len();
            match Lang::from(args.lang) {
                Lang::Zh => println!(
                    "规则检查通过：{} 个规则包，{} 条规则，{} 个关键词（含谐音展开），{} 个测试用例，版本 {}",
                    rules.packs.len(),
                    rules.rules.len(),
                    rules.keywords.patterns.len(),
                    n_tests,
                    rules.version
                ),
                Lang::En => println!(
                    "rules OK: {} packs, {} rules, {} keyword patterns after homophone expansion, {} test cases, version {}",
                    rules.packs.len(),
                    rules.rules.len(),
                    rules.keywords.patterns.len(),
                    n_tests,
                    rules.version
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { command: RulesCommand::Test(args) } => {
            let Some(rules) = load(&args)? else {
                return Ok(ExitCode::from(1));
            };
            let report = ruletest::run(&rules);
            let (mut passed, mut failed) = (0, 0);
            for case in &report.cases {
                if case.failures.is_empty() {
                    passed += 1;
                    println!("ok   {} :: {}", case.file, case.name);
                } else {
                    failed += 1;
                    println!("FAIL {} :: {}", case.file, case.name);
                    for failure in &case.failures {
                        println!("       {failure}");
                    }
                    if let Some(decision) = &case.decision {
                        let hits: Vec<String> =
                            decision.hits.iter().map(|h| format!("{}({})", h.rule_id, h.score)).collect();
                        println!("       hits: {}", hits.join(" "));
                    }
                }
            }
            for gap in &report.uncovered {
                println!("UNCOVERED {gap}");
            }
            println!("rule tests: {passed} passed, {failed} failed, {} rules uncovered", report.uncovered.len());
            Ok(if report.passed() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Rules { command: RulesCommand::Backtest { candidate, since, until, tenant, format, service } } => {
            let config = service.config()?;
            let sources = read_rules_dir(&candidate)?;
            let rules = match RuleSet::compile(&sources) {
                Ok(rules) => std::sync::Arc::new(rules),
                Err(diags) => {
                    eprint!("{}", diags.render(&sources, Lang::En, Format::Human));
                    return Ok(ExitCode::from(1));
                }
            };
            let filter = crate::store::StatsFilter {
                tenants: tenant.map(|t| vec![t]),
                from: since.map(crate::store::stamp),
                to: until.map(crate::store::stamp),
            };
            let started = std::time::Instant::now();
            let report = tokio::runtime::Runtime::new()?.block_on(async {
                let store = crate::store::Store::open(&config.database_url, true).await?;
                crate::backtest::load_and_run(&store, rules, filter, |done, total| {
                    eprintln!("re-screened {done} of {total} stored requests");
                })
                .await
            })?;
            let seconds = started.elapsed().as_secs_f64();
            match format {
                ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
                ReportFormat::Text => print!("{}", render_backtest(&report)),
            }
            eprintln!(
                "{} requests in {seconds:.1} s ({:.0} per minute)",
                report.requests,
                report.requests as f64 / seconds.max(1e-9) * 60.0
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { command: RulesCommand::Fields { lang, markdown: true } } => {
            let _ = lang;
            println!("| 字段 field | 类型 type | 适用 applies to | 含义 | meaning |");
            println!("| --- | --- | --- | --- | --- |");
            for field in FIELDS {
                let applies = format!("{:?}", field.applies).to_lowercase();
                println!(
                    "| `{}` | {} | {} | {} | {} |",
                    field.name,
                    field.ty.name(),
                    applies,
                    field.doc_zh,
                    field.doc_en
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { command: RulesCommand::Fields { lang, markdown: false } } => {
            for field in FIELDS {
                let applies = format!("{:?}", field.applies).to_lowercase();
                let doc = match Lang::from(lang) {
                    Lang::Zh => field.doc_zh,
                    Lang::En => field.doc_en,
                };
                println!("{:<30} {:<12} {:<8} {}", field.name, field.ty.name(), applies, doc);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Screen { kind, file, rules, watchlist } => {
            let Some(rule_set) = load_quiet(&rules)? else {
                return Ok(ExitCode::from(1));
            };
            let body = read_json(&file)?;
            let kind = match kind {
                KindArg::Payment => Kind::Payment,
                KindArg::Order => Kind::Order,
            };
            let request = match Request::from_json(kind, body) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: invalid {} request in {}: {e}", kind.as_str(), file.display());
                    return Ok(ExitCode::from(2));
                }
            };
            let watchlist = read_watchlist(watchlist.as_deref())?;
            let history = History::new();
            let decision =
                rule_set.screen(&request, Context { history: &history, watchlist: &watchlist, tenant: None });
            println!("{}", serde_json::to_string_pretty(&decision)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { corpus, rules, format, min_recall, min_block_recall, max_false_alarms, max_legit_blocked } => {
            let Some(rule_set) = load_quiet(&rules)? else {
                return Ok(ExitCode::from(1));
            };
            let text = std::fs::read_to_string(&corpus)
                .with_context(|| format!("failed to read corpus {}", corpus.display()))?;
            let report = replay::replay(&rule_set, &text, &Watchlist::default())?;
            match format {
                ReportFormat::Text => print!("{}", replay::render_text(&report)),
                ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
            }
            let mut failed = Vec::new();
            if min_recall.is_some_and(|m| report.recall_rate() < m) {
                failed.push("scam recall below the minimum");
            }
            let block_recall =
                if report.block_expected == 0 { 1.0 } else { report.blocked as f64 / report.block_expected as f64 };
            if min_block_recall.is_some_and(|m| block_recall < m) {
                failed.push("block recall below the minimum");
            }
            if max_false_alarms.is_some_and(|m| report.false_alarms > m) {
                failed.push("too many false alarms");
            }
            if max_legit_blocked.is_some_and(|m| report.legit_blocked > m) {
                failed.push("legitimate lines blocked");
            }
            for f in &failed {
                eprintln!("threshold failed: {f}");
            }
            Ok(if failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
    }
}

fn load(args: &RulesArgs) -> Result<Option<RuleSet>> {
    let sources = read_rules_dir(&args.dir)?;
    match RuleSet::compile(&sources) {
        Ok(rules) => Ok(Some(rules)),
        Err(diags) => {
            eprint!("{}", diags.render(&sources, args.lang.into(), args.error_format.into()));
            Ok(None)
        }
    }
}

fn load_quiet(dir: &Path) -> Result<Option<RuleSet>> {
    load(&RulesArgs { dir: dir.to_owned(), lang: LangArg::Zh, error_format: ErrorFormat::Human })
}

fn read_json(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path).with_context(|| format!("failed to read {}", path.display()))?;
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .with_context(|| format!("{} is not valid JSON", path.display()))
}

fn read_watchlist(path: Option<&Path>) -> Result<Watchlist> {
    let Some(path) = path else {
        return Ok(Watchlist::default());
    };
    let entries: Vec<WatchEntry> = serde_json::from_value(read_json(path)?)
        .with_context(|| format!("{} is not a list of watchlist entries", path.display()))?;
    Ok(Watchlist::new(&entries))
}

fn keys(command: KeysCommand) -> Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new()?;
    let open = |service: &ServiceArgs| -> Result<crate::store::Store> {
        let config = service.config()?;
        Ok(runtime.block_on(crate::store::Store::open(&config.database_url, true))?)
    };
    match command {
        KeysCommand::Create { tenant, role, name, jurisdiction, service } => {
            let Some(role) = crate::store::Role::parse(&role) else {
                eprintln!("error: role must be client, analyst, officer or admin, not `{role}`");
                return Ok(ExitCode::from(2));
            };
            let store = open(&service)?;
            let name = name.unwrap_or_else(|| format!("{tenant}-{}", role.as_str()));
            let (_, secret) = runtime.block_on(store.create_key(&tenant, role, &name, jurisdiction.as_deref()))?;
            println!("{secret}");
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::List { service } => {
            let store = open(&service)?;
            for key in runtime.block_on(store.list_keys())? {
                let status = if key.revoked_at.is_some() { "revoked" } else { "active" };
                let jurisdiction = key.jurisdiction.map(|j| j.join(",")).unwrap_or_else(|| "-".into());
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    key.id,
                    key.tenant,
                    key.role.as_str(),
                    key.name,
                    jurisdiction,
                    status
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::Revoke { id, service } => {
            let store = open(&service)?;
            if runtime.block_on(store.revoke_key(&id))? {
                println!("revoked {id}");
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("error: no active key `{id}`");
                Ok(ExitCode::from(1))
            }
        }
    }
}
