//! The officer web pages under `/ui/`: sign in with an API key, the review queue, a case with
//! its evidence marked in the original text and a verification checklist, one-click
//! resolutions, the weekly report, the outreach and fraud-record lists and forms
//! ([`records`]), and the message-push subscriptions ([`webhooks`]). Server-rendered (maud),
//! no JavaScript; Simplified Chinese first, English by `?lang=en`.
//!
//! A signed-in browser holds only a random session id in an `HttpOnly`, `SameSite=Strict`
//! cookie; every form carries the session's CSRF token as well. Sessions are stored (the id
//! only as its hash) for eight hours, so a sign-in outlives a restart and holds on every
//! instance of a PostgreSQL deployment.

mod records;
mod webhooks;

pub(super) use records::{change_incident, incidents_page, outreach_page, record_incident, record_outreach};
pub(super) use webhooks::{add_webhook, webhook_action, webhooks_page};

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde::Deserialize;

use super::cases::{AllowlistRequest, Change, Resolution, Status, apply, iso_week_bounds, visible_case};
use super::{ApiError, AppState};
use crate::domain::Decision;
use crate::store::{CaseFilter, Principal, Role, UiSession, hash_secret};

/// How long a sign-in lasts.
const SESSION_TTL: Duration = Duration::from_secs(8 * 3600);
const COOKIE: &str = "fs_session";
const LANG_COOKIE: &str = "fs_lang";

/// One signed-in browser, as a request sees it.
#[derive(Clone)]
struct Session {
    /// Who signed in, as the key reads now.
    principal: Principal,
    csrf: String,
}

fn random_token() -> String {
    let mut bytes = [0u8; 24];
    // Without randomness there is no safe session: an empty token never matches a cookie.
    if getrandom::fill(&mut bytes).is_err() {
        return String::new();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The page language: `?lang=` wins, then the cookie, then Chinese.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Zh,
    En,
}

impl Lang {
    fn of(headers: &HeaderMap, asked: Option<&str>) -> Lang {
        match asked.map(str::to_owned).or_else(|| cookie(headers, LANG_COOKIE)).as_deref() {
            Some("en") => Lang::En,
            _ => Lang::Zh,
        }
    }

    fn t<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// The browser's session, if it has one that has not expired and whose key is still valid
/// (the key is read again, so a revoked key, or a changed jurisdiction, takes effect here
/// within the key cache's few seconds). With the store unreachable nothing is shown, and the
/// session is kept for when it is back.
async fn session(state: &AppState, headers: &HeaderMap) -> Option<Session> {
    let id_hash = hash_secret(&cookie(headers, COOKIE)?);
    let stored = state.store.ui_session(&id_hash).await.ok()??;
    match state.keys.principal_by_hash(&state.store, stored.key_hash).await {
        Ok(Some(principal)) => Some(Session { principal, csrf: stored.csrf }),
        Ok(None) => {
            // Revoked: the session ends (were this delete to fail, the next request ends it).
            let _ = state.store.delete_ui_session(&id_hash).await;
            None
        }
        Err(_) => None,
    }
}

/// Who is signed in on this browser, for the audit log.
pub(super) async fn session_principal(state: &AppState, headers: &HeaderMap) -> Option<crate::store::Principal> {
    session(state, headers).await.map(|s| s.principal)
}

fn to_login() -> Response {
    Redirect::to("/ui/login").into_response()
}

const STYLE: &str = "
*{box-sizing:border-box} body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#111;background:#fafafa}
header{background:#1f3a68;color:#fff;padding:.6em 1em;display:flex;flex-wrap:wrap;gap:1em;align-items:center}
header a,header button{color:#fff;background:none;border:none;font:inherit;cursor:pointer;text-decoration:underline}
main{padding:1em;max-width:1100px;margin:auto} table{border-collapse:collapse;width:100%;background:#fff}
td,th{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top} th{background:#eef}
.block{color:#a00;font-weight:bold} .review{color:#b60;font-weight:bold} .allow{color:#070}
mark{background:#ffe066} pre{white-space:pre-wrap;margin:0;font-family:inherit} .error{color:#a00}
form.inline{display:inline} button{padding:.35em .8em;margin:.15em} .muted{color:#666;font-size:.9em}
@media (max-width:600px){td,th{font-size:.9em} main{padding:.5em}}";

fn page(lang: Lang, title: &str, csrf: Option<&str>, body: Markup) -> Html<String> {
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.t("zh-CN", "en")) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · fraudscreen" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    strong { "fraudscreen" }
                    @if let Some(csrf) = csrf {
                        a href="/ui/" { (lang.t("复核队列", "Review queue")) }
                        a href="/ui/reports/weekly" { (lang.t("周报", "Weekly report")) }
                        a href="/ui/outreach" { (lang.t("反诈宣传", "Outreach")) }
                        a href="/ui/incidents" { (lang.t("警情记录", "Fraud records")) }
                        a href="/ui/webhooks" { (lang.t("消息推送", "Message push")) }
                        form.inline method="post" action="/ui/logout" {
                            input type="hidden" name="csrf" value=(csrf);
                            button type="submit" { (lang.t("退出", "Sign out")) }
                        }
                    }
                    a href="?lang=zh" { "中文" }
                    a href="?lang=en" { "English" }
                }
                main { h1 { (title) } (body) }
            }
        }
    };
    Html(markup.into_string())
}

/// Remembers a `?lang=` choice.
fn with_lang(mut response: Response, asked: Option<&str>) -> Response {
    if let Some(lang) = asked.filter(|l| *l == "zh" || *l == "en") {
        if let Ok(value) =
            HeaderValue::from_str(&format!("{LANG_COOKIE}={lang}; Path=/ui; SameSite=Strict; Max-Age=31536000"))
        {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[derive(Debug, Deserialize)]
pub(super) struct LangQuery {
    lang: Option<String>,
}

pub(super) async fn login_page(headers: HeaderMap, Query(query): Query<LangQuery>) -> Response {
    let lang = Lang::of(&headers, query.lang.as_deref());
    let body = login_form(lang, None);
    with_lang(page(lang, lang.t("登录", "Sign in"), None, body).into_response(), query.lang.as_deref())
}

fn login_form(lang: Lang, error: Option<&str>) -> Markup {
    html! {
        @if let Some(error) = error { p.error { (error) } }
        form method="post" action="/ui/login" {
            label { (lang.t("API 密钥", "API key")) " " input type="password" name="key" autocomplete="off" required; }
            " " button type="submit" { (lang.t("登录", "Sign in")) }
        }
        p.muted { (lang.t("用民警、分析员或管理员的密钥登录；浏览器只保存一个会话标识。",
                          "Sign in with an officer's, analyst's or admin's key; the browser keeps only a session id.")) }
    }
}

#[derive(Debug, Deserialize)]
pub(super) struct LoginForm {
    key: String,
}

pub(super) async fn login(
    State(state): State<Arc<AppState>>,
    request_id: Option<axum::Extension<super::RequestId>>,
    peer: Option<axum::Extension<super::Peer>>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let lang = Lang::of(&headers, None);
    let refused = |status: StatusCode, message: &str| {
        (status, page(lang, lang.t("登录", "Sign in"), None, login_form(lang, Some(message)))).into_response()
    };
    let client = peer.map(|peer| state.auth_failures.client(peer.0.0, &headers));
    let principal = match super::auth::check_key(&state, form.key.trim(), client).await {
        Ok(Some(principal)) => principal,
        Ok(None) => return refused(StatusCode::UNAUTHORIZED, lang.t("密钥无效或已吊销。", "Unknown or revoked key.")),
        Err(super::auth::KeyCheckError::TooManyUnknownKeys(wait)) => {
            let message =
                lang.t("无效密钥尝试过多，请稍后再试。", "Too many unknown keys from this address; try again later.");
            return super::auth::with_retry_after(refused(StatusCode::TOO_MANY_REQUESTS, message), wait);
        }
        Err(super::auth::KeyCheckError::Store(error)) => return ApiError::unavailable(&error).into_response(),
    };
    if principal.role == Role::Client {
        return refused(
            StatusCode::FORBIDDEN,
            lang.t("系统（client）密钥不能登录页面。", "A system (client) key cannot sign in."),
        );
    }
    let id = random_token();
    let csrf = random_token();
    if id.is_empty() || csrf.is_empty() {
        return (StatusCode::SERVICE_UNAVAILABLE, "no randomness for a session").into_response();
    }
    // A session id the browser already holds is never carried over (no session fixation):
    // signing in always starts a new one, and the old one ends.
    let replaces = cookie(&headers, COOKIE).map(|old| hash_secret(&old));
    let expires = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(SESSION_TTL.as_secs() as i64);
    let stored = UiSession {
        id_hash: hash_secret(&id),
        key_hash: hash_secret(form.key.trim()),
        csrf,
        expires_at: crate::store::stamp(expires),
    };
    // The sign-in's audit entry comes first: no session starts unrecorded.
    let audited =
        match super::audit::Pending::sign_in(&principal, request_id.as_ref().map(|e| &e.0)).begin(&state).await {
            Ok(begun) => begun,
            Err(error) => return error.into_response(),
        };
    if let Err(error) = state.store.put_ui_session(stored, replaces).await {
        let response = ApiError::unavailable(&error).into_response();
        audited.finish(&state, response.status()).await;
        return response;
    }
    let mut response = Redirect::to("/ui/").into_response();
    audited.finish(&state, response.status()).await;
    let value = format!("{COOKIE}={id}; Path=/ui; HttpOnly; SameSite=Strict; Max-Age={}", SESSION_TTL.as_secs());
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[derive(Debug, Deserialize)]
pub(super) struct CsrfForm {
    csrf: String,
}

pub(super) async fn logout(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    if let Some(id) = cookie(&headers, COOKIE) {
        let id_hash = hash_secret(&id);
        if let Ok(Some(stored)) = state.store.ui_session(&id_hash).await {
            if stored.csrf == form.csrf {
                let _ = state.store.delete_ui_session(&id_hash).await;
            }
        }
    }
    let mut response = to_login();
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_static("fs_session=; Path=/ui; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    response
}

#[derive(Debug, Deserialize)]
pub(super) struct QueueQuery {
    status: Option<String>,
    week: Option<String>,
    scam_type: Option<String>,
    rule: Option<String>,
    lang: Option<String>,
}

fn action_class(action: &str) -> &'static str {
    match action {
        "block" => "block",
        "review" => "review",
        _ => "allow",
    }
}

pub(super) async fn queue(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(query): Query<QueueQuery>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, query.lang.as_deref());
    let status = query.status.clone().filter(|s| ["open", "in_review", "closed"].contains(&s.as_str()));
    let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    let week = nonempty(&query.week).and_then(|w| iso_week_bounds(&w, &state.time_zone));
    let filter = CaseFilter {
        tenants: super::handlers::visible_tenants(&session.principal, None),
        status: status.clone(),
        opened_from: week.as_ref().map(|(from, _)| from.clone()),
        opened_to: week.map(|(_, to)| to),
        scam_type: nonempty(&query.scam_type),
        rule_id: nonempty(&query.rule),
        limit: 500,
        ..CaseFilter::default()
    };
    let cases = match state.store.list_cases(&filter).await {
        Ok(rows) => rows,
        Err(error) => return ApiError::unavailable(&error).into_response(),
    };
    let now = jiff::Timestamp::now();
    let body = html! {
        form method="get" action="/ui/" id="filters" {
            select name="status" {
                @for (value, zh, en) in [("", "全部状态", "Any status"), ("open", "待处理", "Open"), ("in_review", "复核中", "In review"), ("closed", "已结案", "Closed")] {
                    option value=(value) selected[status.as_deref().unwrap_or("") == value] { (lang.t(zh, en)) }
                }
            }
            " " input name="week" placeholder="2026-W29" size="9" value=(query.week.clone().unwrap_or_default());
            " " input name="scam_type" placeholder=(lang.t("诈骗类型", "scam type")) size="14" value=(query.scam_type.clone().unwrap_or_default());
            " " input name="rule" placeholder=(lang.t("规则", "rule")) size="7" value=(query.rule.clone().unwrap_or_default());
            " " button type="submit" { (lang.t("筛选", "Filter")) }
        }
        table id="queue" {
            tr {
                th { (lang.t("案件", "Case")) } th { (lang.t("企业", "Company")) } th { (lang.t("决定", "Decision")) }
                th { (lang.t("分数", "Score")) } th { (lang.t("规则", "Rules")) } th { (lang.t("状态", "Status")) }
                th { (lang.t("已开", "Age")) } th { (lang.t("经办人", "Assignee")) }
            }
            @for (_, c) in &cases {
                @let age = c.case.opened_at.parse::<jiff::Timestamp>().map(|t| now.duration_since(t).as_secs() / 3600).unwrap_or(0);
                tr {
                    td { a href={ "/ui/cases/" (c.case.id) } { (c.request_id) } }
                    td { (c.case.tenant) }
                    td { span class=(action_class(&c.decision)) { (c.decision) } }
                    td { (c.score) }
                    td { (c.rule_ids.join(", ")) }
                    td { (c.case.status) @if let Some(r) = &c.case.resolution { " · " (r) } }
                    td { (age) " h" }
                    td { (c.case.assignee.as_deref().unwrap_or("—")) }
                }
            }
        }
        @if cases.is_empty() { p.muted { (lang.t("没有案件。", "No cases.")) } }
    };
    let title = lang.t("复核队列", "Review queue");
    with_lang(page(lang, title, Some(&session.csrf), body).into_response(), query.lang.as_deref())
}

/// The verification steps a scam type calls for: (Chinese, English).
fn checklist(scam_type: &str) -> &'static [(&'static str, &'static str)] {
    match scam_type {
        "boss_impersonation" => &[
            ("用公司通讯录里的号码回拨领导本人核实", "Call the executive back on the number in the company directory"),
            ("与审批人当面或电话确认这笔付款", "Confirm the payment with the approver in person or by phone"),
        ],
        "account_change" => &[
            (
                "用变更前留存的供应商电话回拨核实新账户",
                "Call the supplier back on the number on file from before the change",
            ),
            ("核对盖章的账户变更函", "Check the stamped account-change letter"),
            ("先小额试付并请对方确认到账", "Make a small test payment and have it confirmed"),
        ],
        "contract_fraud" | "fake_purchaser" | "fake_order" => &[
            (
                "在国家企业信用信息公示系统核实对方主体",
                "Check the counterparty in the national enterprise credit register",
            ),
            ("核对合同主体与收款账户户名一致", "Match the contract party with the payee account holder"),
            ("核对合同、订单与发票", "Match the contract, the order and the invoice"),
        ],
        "fake_salary" => &[
            ("与人事部门核对工资或账户变更申请", "Check the salary or account change with HR"),
            ("回拨员工本人在档电话", "Call the employee back on the number on file"),
        ],
        _ => &[
            ("用留存号码回拨收款方核实", "Call the payee back on a number on file"),
            ("与审批人当面确认", "Confirm with the approver in person"),
            ("核对合同与发票", "Match the contract and the invoice"),
        ],
    }
}

fn steps(decision: &Decision) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&'static str, &'static str)> = Vec::new();
    for hit in decision.hits.iter().filter(|h| h.score > 0) {
        for step in checklist(&hit.scam_type) {
            if !out.contains(step) {
                out.push(*step);
            }
        }
    }
    if out.is_empty() {
        out.extend_from_slice(checklist(""));
    }
    out
}

pub(super) async fn case_page(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(query): Query<LangQuery>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, query.lang.as_deref());
    match render_case(&state, &session, lang, &id, None).await {
        Ok(page) => with_lang(page.into_response(), query.lang.as_deref()),
        Err(error) => error.into_response(),
    }
}

async fn render_case(
    state: &AppState,
    session: &Session,
    lang: Lang,
    id: &str,
    error: Option<&str>,
) -> Result<Html<String>, ApiError> {
    let case = visible_case(state, &session.principal, id).await?;
    let (decision, request, events) = super::cases::record_of(state, &case).await?;
    let done: Vec<String> = events
        .iter()
        .filter(|e| e.action == "checklist")
        .filter_map(|e| e.detail["step"].as_str().map(str::to_owned))
        .collect();
    let watch_sources = if matches!(session.principal.role, Role::Officer | Role::Admin) {
        super::watchlist::sources(state, &request).await?
    } else {
        Vec::new()
    };
    let csrf = session.csrf.as_str();
    let open = case.status != "closed";
    let form = |action: &str, extra: Markup, label: &str| {
        html! {
            form.inline method="post" action={ "/ui/cases/" (case.id) } {
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="action" value=(action);
                (extra)
                button type="submit" { (label) }
            }
        }
    };
    let body = html! {
        @if let Some(error) = error { p.error id="error" { (error) } }
        p {
            span class=(action_class(decision.decision.as_str())) { (decision.decision.as_str()) }
            " · " (lang.t("分数", "score")) " " (decision.score)
            " · " (lang.t("状态", "status")) " " span id="status" { (case.status) }
            @if let Some(r) = &case.resolution { " · " span id="resolution" { (r) } }
            " · " (case.tenant) " · " (decision.request_id)
        }
        h2 { (lang.t("命中规则", "Rules that fired")) }
        table {
            @for hit in &decision.hits {
                tr { td { (hit.rule_id) } td { (lang.t(&hit.title, hit.title_en.as_deref().unwrap_or(&hit.title))) } td { (hit.score) }
                     td { (lang.t(&hit.advice, hit.advice_en.as_deref().unwrap_or(&hit.advice))) } }
            }
        }
        @if !watch_sources.is_empty() {
            h2 { (lang.t("观察名单来源（仅民警可见）", "Watchlist sources (officers only)")) }
            table id="watchlist-sources" {
                @for source in &watch_sources {
                    @let entry = &source["entry"];
                    @let incident = &source["incident"];
                    tr {
                        td { (entry["kind"].as_str().unwrap_or_default()) " " (entry["value"].as_str().unwrap_or_default()) }
                        td { (entry["added_at"].as_str().unwrap_or_default().get(..10).unwrap_or_default()) }
                        td {
                            @if incident.is_object() {
                                (lang.t("警情", "incident")) " " (incident["id"].as_str().unwrap_or_default()) " · "
                                (incident["company"].as_str().unwrap_or_default()) " · "
                                (incident["scam_type"].as_str().unwrap_or_default()) " · "
                                (incident["narrative"].as_str().unwrap_or_default())
                            } @else {
                                (entry["source"].as_str().unwrap_or_default()) " "
                                (entry["source_ref"].as_str().unwrap_or_default()) " "
                                (entry["source_tenant"].as_str().unwrap_or_default())
                            }
                        }
                    }
                }
            }
        }
        h2 { (lang.t("核实清单", "Verification checklist")) }
        ul id="checklist" {
            @for (zh, en) in steps(&decision) {
                li {
                    (lang.t(zh, en))
                    @if done.iter().any(|d| d == zh) { " ✓ " span.muted { (lang.t("已核实", "done")) } }
                    @else if open { " " (form("check", html! { input type="hidden" name="step" value=(zh); }, lang.t("已核实", "Done"))) }
                }
            }
        }
        @if open {
            h2 { (lang.t("处置", "Resolve")) }
            p {
                @if case.status == "open" { (form("take", html! {}, lang.t("开始复核", "Start review"))) }
                (form("resolve", html! { input type="hidden" name="resolution" value="confirmed_fraud"; }, lang.t("确认诈骗", "Confirmed fraud")))
                (form("resolve", html! { input type="hidden" name="resolution" value="false_alarm"; }, lang.t("误报", "False alarm")))
                (form("resolve", html! { input type="hidden" name="resolution" value="false_alarm"; input type="hidden" name="allowlist" value="on"; },
                      lang.t("误报并放行 90 天", "False alarm, allow 90 days")))
                (form("resolve", html! { input type="hidden" name="resolution" value="cancelled_by_company"; }, lang.t("企业取消付款", "Cancelled by company")))
                (form("resolve", html! { input type="hidden" name="resolution" value="paid_after_verification"; }, lang.t("核实后付款", "Paid after verification")))
            }
        }
        form method="post" action={ "/ui/cases/" (case.id) } {
            input type="hidden" name="csrf" value=(csrf);
            input type="hidden" name="action" value="note";
            textarea name="note" rows="2" cols="40" required {}
            button type="submit" { (lang.t("添加备注", "Add note")) }
        }
        h2 { (lang.t("请求原文（命中处高亮）", "Request as received (matches marked)")) }
        table {
            @for (path, text, spans) in super::sheet::request_fields(&request, &decision) {
                tr { th { (path) } td { (super::sheet::highlighted(&text, &spans)) } }
            }
        }
        h2 { (lang.t("处置记录", "History")) }
        table id="history" {
            tr { td { (case.opened_at) } td { (lang.t("筛查服务", "screening")) } td { (lang.t("立案", "opened")) } }
            @for event in &events { tr { td { (event.at) } td { (event.by_name) } td { (super::sheet::event_line(event)) } } }
        }
        p { a href={ "/v1/cases/" (case.id) "/sheet" } { (lang.t("打印证据单（需 API 密钥）", "Printable sheet (API key)")) } }
    };
    Ok(page(lang, &format!("{} {}", lang.t("案件", "Case"), case.id), Some(csrf), body))
}

#[derive(Debug, Deserialize)]
pub(super) struct CaseForm {
    csrf: String,
    action: String,
    #[serde(default)]
    step: Option<String>,
    #[serde(default)]
    resolution: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    allowlist: Option<String>,
}

pub(super) async fn case_action(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<CaseForm>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, None);
    if form.csrf != session.csrf {
        return (StatusCode::FORBIDDEN, "the form's CSRF token does not match this session").into_response();
    }
    let resolution = match form.resolution.as_deref() {
        None => None,
        Some("confirmed_fraud") => Some(Resolution::ConfirmedFraud),
        Some("false_alarm") => Some(Resolution::FalseAlarm),
        Some("cancelled_by_company") => Some(Resolution::CancelledByCompany),
        Some("paid_after_verification") => Some(Resolution::PaidAfterVerification),
        Some(_) => return (StatusCode::BAD_REQUEST, "unknown resolution").into_response(),
    };
    let empty = Change { status: None, resolution: None, assignee: None, note: None, allowlist: None };
    let (change, checked) = match form.action.as_str() {
        "take" => {
            (Change { status: Some(Status::InReview), assignee: Some(session.principal.name.clone()), ..empty }, None)
        }
        "resolve" => {
            let allowlist = (form.allowlist.as_deref() == Some("on")).then(|| AllowlistRequest {
                until: jiff::Timestamp::now()
                    .checked_add(jiff::SignedDuration::from_hours(24 * 90))
                    .unwrap_or_else(|_| jiff::Timestamp::now()),
                rules: None,
            });
            (Change { resolution, allowlist, ..empty }, None)
        }
        "check" => (empty, form.step.filter(|s| !s.trim().is_empty())),
        "note" => (Change { note: form.note.filter(|n| !n.trim().is_empty()), ..empty }, None),
        _ => return (StatusCode::BAD_REQUEST, "unknown action").into_response(),
    };
    match apply(&state, &session.principal, &id, change, checked).await {
        Ok(()) => Redirect::to(&format!("/ui/cases/{id}")).into_response(),
        Err(error) => {
            let status = error.status();
            match render_case(&state, &session, lang, &id, Some(error.message())).await {
                Ok(page) => (status, page).into_response(),
                Err(error) => error.into_response(),
            }
        }
    }
}

#[derive(Debug, Deserialize)]
pub(super) struct WeekQuery {
    week: Option<String>,
    lang: Option<String>,
}

pub(super) async fn report_page(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(query): Query<WeekQuery>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let week = query.week.clone().unwrap_or_else(|| {
        let today = jiff::Timestamp::now().to_zoned_datetime(state.time_zone.clone()).date().iso_week_date();
        format!("{}-W{:02}", today.year(), today.week())
    });
    if iso_week_bounds(&week, &state.time_zone).is_none() {
        return (StatusCode::BAD_REQUEST, "not an ISO week such as 2026-W29").into_response();
    }
    let tenants = super::handlers::visible_tenants(&session.principal, None);
    let label = (session.principal.role == Role::Analyst).then(|| session.principal.tenant.clone());
    let rules = state.active_rules();
    match crate::report::load_weekly(&state.store, &week, &state.time_zone, tenants, label, Some(&rules)).await {
        Ok(Some(report)) => {
            // The report's own self-contained page, with the site's links on top.
            let nav = format!(
                "<body><p><a href=\"/ui/\">← {}</a> · <a href=\"/ui/reports/weekly?week={}\">{}</a></p>",
                Lang::of(&headers, query.lang.as_deref()).t("复核队列", "Review queue"),
                crate::report::previous_week_name(&week).unwrap_or_default(),
                Lang::of(&headers, query.lang.as_deref()).t("上一周", "Previous week"),
            );
            Html(crate::report::to_html(&report).replacen("<body>", &nav, 1)).into_response()
        }
        Ok(None) => (StatusCode::BAD_REQUEST, "not an ISO week such as 2026-W29").into_response(),
        Err(error) => ApiError::unavailable(&error).into_response(),
    }
}
