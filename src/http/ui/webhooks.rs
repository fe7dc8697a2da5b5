//! The message-push page (`/ui/webhooks`): the subscriptions the signed-in user manages (an
//! analyst's company's own; an officer's park-wide ones and those of the companies covered), a
//! form to add one — usually a WeCom or DingTalk group robot — and, on each row, a test
//! message and removal. Everything goes through the API's own checks (`http::webhooks`).

use std::sync::Arc;

use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{Markup, html};

use super::records::{fields, form_error, refused, rerender};
use super::{Lang, LangQuery, Session, page, session, to_login, with_lang};
use crate::http::webhooks::{NewWebhook, one, redact_url, remove, subscribe, visible};
use crate::http::{ApiError, AppState};
use crate::store::Role;
use crate::webhooks::PARK_WIDE_EVENTS;

/// Formats: wire name, Chinese, English.
const FORMATS: [(&str, &str, &str); 3] = [
    ("wecom", "企业微信群机器人", "WeCom group robot"),
    ("dingtalk", "钉钉群机器人", "DingTalk group robot"),
    ("json", "JSON（企业系统）", "JSON (a company system)"),
];

/// Event types: wire name, Chinese, English.
const EVENTS: [(&str, &str, &str); 8] = [
    ("decision.block", "拦截", "Blocked"),
    ("decision.review", "待复核", "To review"),
    ("case.opened", "新案件", "Case opened"),
    ("case.closed", "案件结案", "Case closed"),
    ("incident.confirmed", "警情确认", "Fraud record confirmed"),
    ("watchlist.added", "黑名单新增（园区）", "Watchlist entry (park-wide)"),
    ("rules.reloaded", "规则更新（园区）", "Rules reloaded (park-wide)"),
    ("rules.reload_failed", "规则更新失败（园区）", "Rules reload failed (park-wide)"),
];

/// Whether the user may subscribe for the whole park (or another company of a jurisdiction).
fn park_wide(session: &Session) -> bool {
    matches!(session.principal.role, Role::Officer | Role::Admin)
}

pub(in crate::http) async fn webhooks_page(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, query.lang.as_deref());
    match render(&state, &session, lang, None).await {
        Ok(page) => with_lang(page.into_response(), query.lang.as_deref()),
        Err(error) => error.into_response(),
    }
}

/// The page, with a line on top: what the last action did, or what was wrong with it.
async fn render(
    state: &AppState,
    session: &Session,
    lang: Lang,
    message: Option<(&str, &str)>,
) -> Result<Html<String>, ApiError> {
    let hooks = visible(state, &session.principal).await?;
    let body = html! {
        @if let Some((class, text)) = message { p class=(class) id="message" { (text) } }
        table id="webhooks" {
            tr {
                th { (lang.t("推送到", "Sent to")) } th { (lang.t("企业", "Company")) } th { (lang.t("方式", "Format")) }
                th { (lang.t("事件", "Events")) } th { (lang.t("失败次数", "Failed attempts")) }
                th { (lang.t("添加人", "Added by")) } th {}
            }
            @for hook in &hooks {
                tr {
                    td { (redact_url(&hook.url)) }
                    td { (hook.tenant.as_deref().unwrap_or(lang.t("园区（辖区内全部企业）", "Park-wide (the companies covered)"))) }
                    td { (FORMATS.iter().find(|f| f.0 == hook.format).map_or(hook.format.as_str(), |f| lang.t(f.1, f.2))) }
                    td { (hook.events.iter().map(|e| EVENTS.iter().find(|x| x.0 == e).map_or(e.as_str(), |x| lang.t(x.1, x.2))).collect::<Vec<_>>().join("、")) }
                    td { (hook.attempts) }
                    td { (hook.created_by) }
                    td {
                        form.inline method="post" action={ "/ui/webhooks/" (hook.id) } {
                            input type="hidden" name="csrf" value=(session.csrf);
                            button type="submit" name="action" value="test" { (lang.t("发送测试消息", "Send a test message")) }
                            button type="submit" name="action" value="delete" { (lang.t("删除", "Remove")) }
                        }
                    }
                }
            }
        }
        @if hooks.is_empty() { p.muted { (lang.t("还没有消息推送。", "No subscriptions yet.")) } }
        (add_form(session, lang))
    };
    Ok(page(lang, lang.t("消息推送", "Message push"), Some(&session.csrf), body))
}

fn add_form(session: &Session, lang: Lang) -> Markup {
    html! {
        h2 { (lang.t("添加推送", "Add a subscription")) }
        form method="post" action="/ui/webhooks" id="webhook-form" {
            input type="hidden" name="csrf" value=(session.csrf);
            p { label { (lang.t("地址（群机器人的 Webhook 地址）", "URL (the group robot's webhook address)")) " "
                input name="url" required size="60"; } }
            p { label { (lang.t("方式", "Format")) " " select name="format" {
                @for (value, zh, en) in FORMATS { option value=(value) { (lang.t(zh, en)) } }
            } } }
            p { (lang.t("事件", "Events")) " "
                @for (value, zh, en) in EVENTS {
                    @if park_wide(session) || !PARK_WIDE_EVENTS.contains(&value) {
                        label.muted { input type="checkbox" name="events" value=(value); (lang.t(zh, en)) } " "
                    }
                }
            }
            p { label { (lang.t("签名密钥（钉钉 SEC…；JSON 必填，16 位以上）", "Signing secret (DingTalk SEC…; required for JSON, 16+ characters)")) " "
                input name="secret" size="40" autocomplete="off"; } }
            @if park_wide(session) {
                p { label { (lang.t("企业（留空为园区推送）", "Company (empty: park-wide)")) " " input name="tenant" size="20"; } }
            }
            button type="submit" { (lang.t("添加", "Add")) }
        }
    }
}

/// The subscription a posted form asks for; empty fields are absent.
fn new_webhook(fields: &[(String, String)]) -> NewWebhook {
    let value =
        |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).filter(|v| !v.is_empty());
    NewWebhook {
        url: value("url").unwrap_or_default(),
        // Unknown types are passed on, for the API's check to refuse by name.
        events: fields.iter().filter(|(k, _)| k == "events").map(|(_, v)| v.clone()).collect(),
        format: value("format").unwrap_or_else(|| "json".into()),
        secret: value("secret"),
        tenant: value("tenant"),
    }
}

pub(in crate::http) async fn add_webhook(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, None);
    let Some(fields) = fields(&session, form) else { return refused() };
    match subscribe(&state, &session.principal, new_webhook(&fields)).await {
        Ok(_) => Redirect::to("/ui/webhooks").into_response(),
        Err(error) => rerender(&error, render(&state, &session, lang, Some(("error", &form_error(&error)))).await),
    }
}

/// A row's buttons: `action=test` sends a sample event now and shows what the receiver said;
/// `action=delete` removes the subscription.
pub(in crate::http) async fn webhook_action(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(session) = session(&state, &headers).await else { return to_login() };
    let lang = Lang::of(&headers, None);
    let Some(fields) = fields(&session, form) else { return refused() };
    let action = fields.iter().find(|(k, _)| k == "action").map(|(_, v)| v.as_str());
    let hook = match one(&state, &session.principal, &id).await {
        Ok(hook) => hook,
        Err(error) => return error.into_response(),
    };
    let result = match action {
        Some("delete") => remove(&state, &session.principal, &hook).await.map(|_| None),
        Some("test") => {
            let sent = crate::webhooks::send_test(&hook, &state.webhook_settings).await;
            let outcome = if sent["delivered"] == true {
                ("notice", lang.t("测试消息已送达。", "The test message was delivered.").to_owned())
            } else {
                let why = sent["error"].as_str().unwrap_or_default();
                ("error", format!("{}{why}", lang.t("测试消息未送达：", "The test message was not delivered: ")))
            };
            Ok(Some(outcome))
        }
        _ => Err(ApiError::invalid_field("action".into(), "test or delete".into())),
    };
    match result {
        Ok(None) => Redirect::to("/ui/webhooks").into_response(),
        Ok(Some((class, text))) => match render(&state, &session, lang, Some((class, &text))).await {
            Ok(page) => page.into_response(),
            Err(error) => error.into_response(),
        },
        Err(error) => rerender(&error, render(&state, &session, lang, Some(("error", &form_error(&error)))).await),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webhooks::EVENT_TYPES;

    #[test]
    fn every_event_type_has_a_label_in_both_languages() {
        for kind in EVENT_TYPES {
            assert!(EVENTS.iter().any(|(wire, _, _)| *wire == kind), "{kind} has no label");
        }
        assert_eq!(EVENTS.len(), EVENT_TYPES.len());
        for (wire, _, _) in FORMATS {
            assert!(crate::webhooks::FORMATS.contains(&wire), "{wire}");
        }
    }
}
