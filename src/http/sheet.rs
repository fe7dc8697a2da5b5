//! `GET /v1/cases/{id}/sheet`: a case as a printable, self-contained HTML evidence sheet for a
//! police file: the request, each hit with its evidence marked in the original text, the advice,
//! and the case's history with who did what and when. No scripts, no external assets.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde_json::Value;

use super::{ApiError, AppState};
use crate::domain::Decision;
use crate::store::{CaseEvent, CaseRecord, Principal, Role};

const STYLE: &str = "
body { font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; } h2 { font-size: 1.1em; border-bottom: 1px solid #999; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; width: 12em; } mark { background: #ffe066; padding: 0 1px; }
.block { color: #a00; font-weight: bold; } .review { color: #b60; font-weight: bold; } .allow { color: #070; }
.muted { color: #666; font-size: 0.9em; } pre { white-space: pre-wrap; margin: 0; font-family: inherit; }
@media print { body { margin: 1cm; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
";

/// `text` with the character ranges `spans` (Unicode scalar values, as evidence gives them)
/// wrapped in `<mark>`; overlapping ranges are merged.
pub(super) fn highlighted(text: &str, spans: &[[usize; 2]]) -> Markup {
    let mut spans: Vec<[usize; 2]> = spans.iter().copied().filter(|[a, b]| a < b).collect();
    spans.sort_unstable();
    let chars: Vec<char> = text.chars().collect();
    let mut pieces: Vec<(bool, String)> = Vec::new();
    let mut at = 0;
    for [start, end] in spans {
        let (start, end) = (start.max(at).min(chars.len()), end.min(chars.len()));
        if start >= end {
            continue;
        }
        pieces.push((false, chars[at..start].iter().collect()));
        pieces.push((true, chars[start..end].iter().collect()));
        at = end;
    }
    pieces.push((false, chars[at..].iter().collect()));
    html! {
        pre { @for (marked, piece) in &pieces { @if *marked { mark { (piece) } } @else { (piece) } } }
    }
}

/// The request's text fields, each with the spans the evidence matched in it.
pub(super) fn request_fields(request: &Value, decision: &Decision) -> Vec<(String, String, Vec<[usize; 2]>)> {
    let mut fields: Vec<(String, String, Vec<[usize; 2]>)> = Vec::new();
    fn walk(prefix: &str, value: &Value, out: &mut Vec<(String, String, Vec<[usize; 2]>)>) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                    walk(&path, value, out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), item, out);
                }
            }
            Value::Null => {}
            Value::String(text) => out.push((prefix.to_owned(), text.clone(), Vec::new())),
            other => out.push((prefix.to_owned(), other.to_string(), Vec::new())),
        }
    }
    walk("", request, &mut fields);
    for evidence in decision.hits.iter().flat_map(|h| &h.evidence) {
        if let (Some(at), Some(field)) = (evidence.at, fields.iter_mut().find(|(path, _, _)| *path == evidence.field)) {
            field.2.push(at);
        }
    }
    fields
}

pub(super) fn event_line(event: &CaseEvent) -> String {
    match event.action.as_str() {
        "status" => format!(
            "状态 {} → {}",
            event.detail["from"].as_str().unwrap_or_default(),
            event.detail["to"].as_str().unwrap_or_default()
        ),
        "resolution" => format!("结论：{}", event.detail["resolution"].as_str().unwrap_or_default()),
        "assignee" => format!("指派给 {}", event.detail["assignee"].as_str().unwrap_or_default()),
        "note" => format!("备注：{}", event.detail["note"].as_str().unwrap_or_default()),
        "checklist" => format!("已核实：{}", event.detail["step"].as_str().unwrap_or_default()),
        other => format!("{other}: {}", event.detail),
    }
}

/// The whole sheet.
pub fn render(
    case: &CaseRecord,
    decision: &Decision,
    request: &Value,
    events: &[CaseEvent],
    printed_at: &str,
) -> String {
    let action = decision.decision.as_str();
    let page = html! {
        (DOCTYPE)
        html lang="zh-CN" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "案件证据单 " (case.id) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "付款前风险筛查 · 案件证据单" }
                p.muted { "Case evidence sheet · fraudscreen · 打印时间 " (printed_at) }
                h2 { "案件 Case" }
                table {
                    tr { th { "案件编号" } td { (case.id) } }
                    tr { th { "企业（租户）" } td { (case.tenant) } }
                    tr { th { "状态" } td { (case.status) @if let Some(r) = &case.resolution { " · " (r) } } }
                    tr { th { "经办人" } td { (case.assignee.as_deref().unwrap_or("—")) } }
                    tr { th { "立案时间" } td { (case.opened_at) } }
                    tr { th { "结案时间" } td { (case.closed_at.as_deref().unwrap_or("—")) } }
                }
                h2 { "筛查结论 Decision" }
                table {
                    tr { th { "决定" } td { span class=(action) { (action) } " · 分数 " (decision.score) } }
                    tr { th { "决定编号" } td { (decision.decision_id.as_deref().unwrap_or_default()) } }
                    tr { th { "请求编号" } td { (decision.request_id) } }
                    tr { th { "规则版本" } td.muted { (decision.ruleset_version) } }
                }
                h2 { "命中规则与证据 Hits and evidence" }
                table {
                    tr { th { "规则" } th { "说明" } th { "分数" } th { "证据" } }
                    @for hit in &decision.hits {
                        tr {
                            td { (hit.rule_id) br; span.muted { (hit.scam_type) } }
                            td { (hit.title) br; span.muted { (hit.advice) } }
                            td { (hit.score) }
                            td { @for e in &hit.evidence { div { (e.field) "：" mark { (e.matched) } } } }
                        }
                    }
                }
                h2 { "请求原文 Request as received（命中处高亮）" }
                table {
                    @for (path, text, spans) in request_fields(request, decision) {
                        tr { th { (path) } td { (highlighted(&text, &spans)) } }
                    }
                }
                h2 { "处置记录 History" }
                table {
                    tr { th { "时间" } th { "操作人" } th { "操作" } }
                    tr { td { (case.opened_at) } td { "筛查服务" } td { "立案（" (action) "，" (decision.score) " 分）" } }
                    @for event in events {
                        tr { td { (event.at) } td { (event.by_name) } td { (event_line(event)) } }
                    }
                }
            }
        }
    };
    page.into_string()
}

pub(super) async fn get(
    State(state): State<Arc<AppState>>,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let case = state.store.case(&id).await.map_err(|e| ApiError::unavailable(&e))?;
    let case = case.filter(|c| principal.can_read(&c.tenant)).ok_or_else(|| ApiError::not_found("case"))?;
    if principal.role == Role::Client {
        return Err(ApiError::forbidden(principal.role.as_str()));
    }
    let (decision, request, events) = super::cases::record_of(&state, &case).await?;
    let printed_at = jiff::Timestamp::now().to_zoned_datetime(state.time_zone.clone()).strftime("%Y-%m-%d %H:%M %Z");
    Ok(Html(render(&case, &decision, &request, &events, &printed_at.to_string())).into_response())
}

#[cfg(test)]
mod tests {
    use super::highlighted;

    #[test]
    fn evidence_is_marked_in_the_original_text() {
        let text = "马总：先付保证金52万，这事先别声张。";
        let html = highlighted(text, &[[5, 8], [14, 18], [6, 7]]).into_string();
        assert_eq!(html, "<pre>马总：先付<mark>保证金</mark>52万，这事<mark>先别声张</mark>。</pre>");
        // Markup in the text is escaped, never interpreted.
        assert_eq!(highlighted("<b>", &[]).into_string(), "<pre>&lt;b&gt;</pre>");
    }
}
