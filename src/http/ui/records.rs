//! The companion module's pages: outreach sessions and fraud case records, each a list of what
//! the signed-in user may read and, for officers, a form to record one. The forms take what the
//! officers' spreadsheets take (same columns, same Chinese values), through the same checks as
//! the API; confirming a record from its row puts its identifiers on the watchlist.

use std::sync::Arc;

use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{Markup, html};
use serde_json::json;

use super::{Lang, LangQuery, Session, page, session, to_login, with_lang};
use crate::domain::request::Channel;
use crate::http::{ApiError, AppState, incidents, outreach};
use crate::store::Role;

/// Outreach formats: wire name, Chinese, English.
const FORMATS: [(&str, &str, &str); 8] = [
    ("talk", "宣讲", "Talk"),
    ("classroom", "课堂", "Classroom"),
    ("workshop_visit", "车间走访", "Workshop visit"),
    ("dormitory_visit", "宿舍走访", "Dormitory visit"),
    ("poster", "海报", "Poster"),
    ("video", "视频", "Video"),
    ("group_message", "群消息", "Group message"),
    ("other", "其他", "Other"),
];

/// Record statuses: wire name, Chinese, English.
const STATUSES: [(&str, &str, &str); 4] = [
    ("reported", "已报案", "Reported"),
    ("investigating", "调查中", "Investigating"),
    ("confirmed", "已确认", "Confirmed"),
    ("closed", "已结案", "Closed"),
];

fn writes(session: &Session) -> bool {
    matches!(session.principal.role, Role::Officer | Role::Admin)
}

/// The scam types a session or record can be about: the packs, without the common signals.
fn scam_types(state: &AppState) -> Vec<(String, String)> {
    state.active_rules().packs.iter().filter(|p| p.id != "common").map(|p| (p.id.clone(), p.title.clone())).collect()
}

/// The fields a form posted, without its CSRF token; `None` if the token is not the session's.
pub(super) fn fields(session: &Session, form: Vec<(String, String)>) -> Option<Vec<(String, String)>> {
    let token = form.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str());
    (token == Some(session.csrf.as_str())).then(|| form.into_iter().filter(|(k, _)| k != "csrf").collect())
}

pub(super) fn refused() -> Response {
    (StatusCode::FORBIDDEN, "the form's CSRF token does not match this session, or you may not record").into_response()
}

pub(in crate::http) async fn outreach_page(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, query.lang.as_deref());
    match render_outreach(&state, &session, lang, None).await {
        Ok(page) => with_lang(page.into_response(), query.lang.as_deref()),
        Err(error) => error.into_response(),
    }
}

async fn render_outreach(
    state: &AppState,
    session: &Session,
    lang: Lang,
    error: Option<&str>,
) -> Result<Html<String>, ApiError> {
    let mut sessions = outreach::visible(state, &session.principal, None).await?;
    sessions.reverse();
    let body = html! {
        @if let Some(error) = error { p.error id="error" { (error) } }
        table id="sessions" {
            tr {
                th { (lang.t("时间", "Held at")) } th { (lang.t("企业", "Companies")) } th { (lang.t("形式", "Format")) }
                th { (lang.t("主题", "Topics")) } th { (lang.t("人数", "Attendance")) } th { (lang.t("地点", "Venue")) }
                th { (lang.t("民警", "Officer")) }
            }
            @for (_, s) in &sessions {
                @let format = serde_json::to_value(s.format).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
                tr {
                    td { (local(s.held_at, state)) }
                    td { (s.companies.join("、")) }
                    td { (FORMATS.iter().find(|f| f.0 == format).map(|f| lang.t(f.1, f.2)).unwrap_or(&format)) }
                    td { (s.topics.join("、")) }
                    td { (s.attendance) }
                    td { (s.venue.as_deref().unwrap_or("")) }
                    td { (s.officer) }
                }
            }
        }
        @if sessions.is_empty() { p.muted { (lang.t("还没有宣传记录。", "No sessions yet.")) } }
        p { a href="/v1/outreach/export" { (lang.t("导出 CSV（需 API 密钥）", "Export as CSV (API key)")) } }
        @if writes(session) { (outreach_form(state, session, lang)) }
    };
    Ok(page(lang, lang.t("反诈宣传", "Outreach sessions"), Some(&session.csrf), body))
}

fn outreach_form(state: &AppState, session: &Session, lang: Lang) -> Markup {
    html! {
        h2 { (lang.t("登记宣传活动", "Record a session")) }
        form method="post" action="/ui/outreach" id="outreach-form" {
            input type="hidden" name="csrf" value=(session.csrf);
            p { label { (lang.t("时间", "Held at")) " " input type="datetime-local" name="held_at" required; } }
            p { label { (lang.t("企业（多个用、分隔）", "Companies (separate with ;)")) " " input name="companies" required size="30"; } }
            p { label { (lang.t("地点", "Venue")) " " input name="venue" size="30"; } }
            p { label { (lang.t("形式", "Format")) " " select name="format" {
                @for (value, zh, en) in FORMATS { option value=(value) { (lang.t(zh, en)) } }
            } } }
            p { (lang.t("主题", "Topics")) " "
                @for (id, title) in scam_types(state) {
                    label.muted { input type="checkbox" name="topics" value=(id); (title) } " "
                }
            }
            p { label { (lang.t("人数", "Attendance")) " " input type="number" name="attendance" min="0" required; } }
            p { label { (lang.t("参加人员工号（可选）", "Employee ids present (optional)")) " " input name="roster" size="40"; } }
            p { label { (lang.t("民警", "Officer")) " " input name="officer" required value=(session.principal.name); } }
            p { label { (lang.t("备注", "Notes")) " " textarea name="notes" rows="2" cols="40" {} } }
            button type="submit" { (lang.t("保存", "Save")) }
        }
    }
}

pub(in crate::http) async fn record_outreach(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, None);
    let Some(fields) = fields(&session, form).filter(|_| writes(&session)) else { return refused() };
    let cells = fields.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let result = match outreach::from_cells(cells, &state.time_zone) {
        Ok(record) => outreach::record(&state, &session.principal, record).await,
        Err((place, message)) => Err(ApiError::invalid_field(place, message)),
    };
    match result {
        Ok(_) => Redirect::to("/ui/outreach").into_response(),
        Err(error) => rerender(&error, render_outreach(&state, &session, lang, Some(&form_error(&error))).await),
    }
}

/// What went wrong with a form, naming the field.
pub(super) fn form_error(error: &ApiError) -> String {
    match error.field() {
        Some(field) if !field.is_empty() => format!("{field}: {}", error.message()),
        _ => error.message().to_owned(),
    }
}

/// The page again with the problem on top, under the error's status.
pub(super) fn rerender(error: &ApiError, page: Result<Html<String>, ApiError>) -> Response {
    let status = error.status();
    match page {
        Ok(page) => (status, page).into_response(),
        Err(error) => error.into_response(),
    }
}

/// A time in the service's time zone, to the minute.
fn local(at: jiff::Timestamp, state: &AppState) -> String {
    at.to_zoned_datetime(state.time_zone.clone()).strftime("%Y-%m-%d %H:%M").to_string()
}

pub(in crate::http) async fn incidents_page(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, query.lang.as_deref());
    match render_incidents(&state, &session, lang, None).await {
        Ok(page) => with_lang(page.into_response(), query.lang.as_deref()),
        Err(error) => error.into_response(),
    }
}

async fn render_incidents(
    state: &AppState,
    session: &Session,
    lang: Lang,
    error: Option<&str>,
) -> Result<Html<String>, ApiError> {
    let mut records = incidents::visible(state, &session.principal).await?;
    records.reverse();
    let money = |m: &Option<crate::domain::Money>| m.as_ref().map(|m| m.decimal().to_string()).unwrap_or_default();
    let body = html! {
        @if let Some(error) = error { p.error id="error" { (error) } }
        table id="incidents" {
            tr {
                th { (lang.t("报案时间", "Reported")) } th { (lang.t("企业", "Company")) } th { (lang.t("诈骗类型", "Scam type")) }
                th { (lang.t("渠道", "Channel")) } th { (lang.t("骗子账户 / 电话", "Scammer's accounts / phones")) }
                th { (lang.t("涉案 / 损失 / 挽回", "At risk / lost / saved")) } th { (lang.t("状态", "Status")) }
                th { (lang.t("受骗员工", "Employee")) }
            }
            @for (row, i) in &records {
                @let status = STATUSES.iter().find(|s| Some(s.0) == serde_json::to_value(i.status).ok().as_ref().and_then(|v| v.as_str()));
                tr id={ "incident-" (row.id) } {
                    td { (local(i.reported_at, state)) }
                    td { (i.company) }
                    td { (i.scam_type) }
                    td { (i.channel.map(Channel::as_str).unwrap_or("")) }
                    td { (i.identifiers.accounts.iter().chain(&i.identifiers.phones).cloned().collect::<Vec<_>>().join("、")) }
                    td { (money(&i.amount_at_risk)) " / " (money(&i.amount_lost)) " / " (money(&i.amount_saved)) }
                    td.status {
                        (status.map(|s| lang.t(s.1, s.2)).unwrap_or(""))
                        @if writes(session) {
                            @for (value, zh, en) in STATUSES.iter().filter(|s| Some(s.0) != status.map(|s| s.0)) {
                                form.inline method="post" action={ "/ui/incidents/" (row.id) } {
                                    input type="hidden" name="csrf" value=(session.csrf);
                                    input type="hidden" name="status" value=(value);
                                    button type="submit" { "→ " (lang.t(zh, en)) }
                                }
                            }
                        }
                    }
                    td {
                        (i.employee.as_deref().unwrap_or(""))
                        @match i.attended_outreach {
                            Some(true) => { " · " (lang.t("参加过宣传", "attended outreach")) }
                            Some(false) => { " · " (lang.t("未参加宣传", "no outreach")) }
                            None => {}
                        }
                    }
                }
            }
        }
        @if records.is_empty() { p.muted { (lang.t("还没有警情记录。", "No records yet.")) } }
        p { a href="/v1/incidents/export" { (lang.t("导出 CSV（需 API 密钥）", "Export as CSV (API key)")) } }
        @if writes(session) { (incident_form(state, session, lang)) }
    };
    Ok(page(lang, lang.t("警情记录", "Fraud case records"), Some(&session.csrf), body))
}

fn incident_form(state: &AppState, session: &Session, lang: Lang) -> Markup {
    let text = |name: &str, zh: &str, en: &str| {
        html! { p { label { (lang.t(zh, en)) " " input name=(name) size="30"; } } }
    };
    html! {
        h2 { (lang.t("登记警情", "Record a fraud case")) }
        form method="post" action="/ui/incidents" id="incident-form" {
            input type="hidden" name="csrf" value=(session.csrf);
            p { label { (lang.t("报案时间", "Reported at")) " " input type="datetime-local" name="reported_at" required; } }
            p { label { (lang.t("企业", "Company")) " " input name="company" required; } }
            p { label { (lang.t("诈骗类型", "Scam type")) " " select name="scam_type" {
                @for (id, title) in scam_types(state) { option value=(id) { (title) } }
            } } }
            p { label { (lang.t("渠道", "Channel")) " " select name="channel" {
                option value="" { "—" }
                @for channel in Channel::ALL { option value=(channel.as_str()) { (channel.as_str()) } }
            } } }
            (text("identifiers.accounts", "骗子银行账户（多个用、分隔）", "Scammer's bank accounts"))
            (text("identifiers.account_names", "账户户名", "Account names"))
            (text("identifiers.phones", "骗子电话", "Scammer's phones"))
            (text("identifiers.im_ids", "社交账号（微信、QQ）", "IM ids"))
            (text("identifiers.emails", "邮箱", "E-mail addresses"))
            (text("identifiers.company_names", "冒用单位名称", "Company names used"))
            (text("amount_at_risk", "涉案金额（元）", "Amount at risk"))
            (text("amount_lost", "损失（元）", "Amount lost"))
            (text("amount_saved", "挽回（元）", "Amount saved"))
            p { label { (lang.t("状态", "Status")) " " select name="status" {
                @for (value, zh, en) in STATUSES { option value=(value) { (lang.t(zh, en)) } }
            } } }
            (text("employee", "受骗员工工号", "Targeted employee id"))
            p { label { (lang.t("参加过宣传", "Attended outreach")) " " select name="attended_outreach" {
                option value="" { (lang.t("按宣传名单判断", "from the rosters")) }
                option value="是" { (lang.t("是", "yes")) }
                option value="否" { (lang.t("否", "no")) }
            } } }
            p { label { (lang.t("经过", "Narrative")) " " textarea name="narrative" rows="3" cols="50" {} } }
            p { label { (lang.t("民警", "Officer")) " " input name="officer" required value=(session.principal.name); } }
            button type="submit" { (lang.t("保存", "Save")) }
        }
    }
}

pub(in crate::http) async fn record_incident(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, None);
    let Some(fields) = fields(&session, form).filter(|_| writes(&session)) else { return refused() };
    let cells = fields.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let result = match incidents::from_cells(cells, &state.time_zone) {
        Ok(record) => incidents::save(&state, &session.principal, ulid::Ulid::new().to_string(), record, None).await,
        Err((place, message)) => Err(ApiError::invalid_field(place, message)),
    };
    match result {
        Ok(_) => Redirect::to("/ui/incidents").into_response(),
        Err(error) => rerender(&error, render_incidents(&state, &session, lang, Some(&form_error(&error))).await),
    }
}

/// A record's status changed from its row (confirming one fills the watchlist).
pub(in crate::http) async fn change_incident(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, None);
    let Some(fields) = fields(&session, form).filter(|_| writes(&session)) else { return refused() };
    let status = fields.iter().find(|(k, _)| k == "status").map(|(_, v)| v.clone()).unwrap_or_default();
    match incidents::change(&state, &session.principal, id, &json!({ "status": status })).await {
        Ok(_) => Redirect::to("/ui/incidents").into_response(),
        Err(error) => rerender(&error, render_incidents(&state, &session, lang, Some(&form_error(&error))).await),
    }
}
