//! What goes over the wire for an event, per subscription format:
//!
//! - `json`: the envelope `{"id", "type", "time", "tenant", "payload"}`, signed with
//!   HMAC-SHA256 over `"{timestamp}.{body}"` in `X-Fraudscreen-Signature: sha256=<hex>`, the
//!   timestamp (Unix seconds) in `X-Fraudscreen-Timestamp`, so a receiver can refuse replays;
//! - `wecom`: a WeCom group robot's markdown message;
//! - `dingtalk`: a DingTalk group robot's markdown message, with DingTalk's `timestamp` and
//!   `sign` query parameters when the robot has a signing secret.

use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::store::{OutboxEvent, WebhookRow};

/// A request ready to send.
#[derive(Debug)]
pub struct Outgoing {
    /// Where.
    pub url: String,
    /// Extra headers.
    pub headers: Vec<(&'static str, String)>,
    /// JSON body.
    pub body: Vec<u8>,
}

fn hmac_sha256(key: &[u8], message: &[u8]) -> Vec<u8> {
    // HMAC takes a key of any length, so this cannot fail.
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(message);
            mac.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// The `X-Fraudscreen-Signature` value for `body` sent at `timestamp`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut message = format!("{timestamp}.").into_bytes();
    message.extend_from_slice(body);
    let hex: String = hmac_sha256(secret.as_bytes(), &message).iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// The envelope of the `json` format.
pub fn envelope(event: &OutboxEvent) -> Value {
    let payload: Value = serde_json::from_str(&event.payload).unwrap_or(Value::Null);
    json!({"id": event.id, "type": event.kind, "time": event.at, "tenant": event.tenant, "payload": payload})
}

/// The request for `event` to `hook`, at `now` (Unix milliseconds); `public_url` is where the
/// officer pages are reached, for links to cases.
pub fn render(hook: &WebhookRow, event: &OutboxEvent, public_url: &str, now_ms: i64) -> Outgoing {
    match hook.format.as_str() {
        "wecom" => {
            let (_, text) = markdown(event, public_url);
            let body = json!({"msgtype": "markdown", "markdown": {"content": text}});
            Outgoing { url: hook.url.clone(), headers: Vec::new(), body: body.to_string().into_bytes() }
        }
        "dingtalk" => {
            let (title, text) = markdown(event, public_url);
            let body = json!({"msgtype": "markdown", "markdown": {"title": title, "text": text}});
            let url = match hook.secret.as_deref().filter(|s| !s.is_empty()) {
                Some(secret) => dingtalk_signed(&hook.url, secret, now_ms),
                None => hook.url.clone(),
            };
            Outgoing { url, headers: Vec::new(), body: body.to_string().into_bytes() }
        }
        _ => {
            let body = envelope(event).to_string().into_bytes();
            let timestamp = now_ms / 1000;
            let mut headers = vec![
                ("x-fraudscreen-event", event.kind.clone()),
                ("x-fraudscreen-event-id", event.id.clone()),
                ("x-fraudscreen-timestamp", timestamp.to_string()),
            ];
            if let Some(secret) = hook.secret.as_deref() {
                headers.push(("x-fraudscreen-signature", signature(secret, timestamp, &body)));
            }
            Outgoing { url: hook.url.clone(), headers, body }
        }
    }
}

/// DingTalk's signed robot URL: `timestamp` (ms) and `sign`, the base64 of HMAC-SHA256 over
/// `"{timestamp}\n{secret}"` keyed with the secret, URL-encoded.
fn dingtalk_signed(url: &str, secret: &str, now_ms: i64) -> String {
    let digest = hmac_sha256(secret.as_bytes(), format!("{now_ms}\n{secret}").as_bytes());
    let sign = base64::engine::general_purpose::STANDARD.encode(digest);
    let encoded: String = sign
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect();
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}timestamp={now_ms}&sign={encoded}")
}

/// Whether a robot's answer means the message was taken: WeCom and DingTalk answer 200 with
/// `errcode` 0, and 200 with another `errcode` when they refused it.
pub fn robot_accepted(body: &str) -> bool {
    serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v.get("errcode").and_then(Value::as_i64))
        .is_none_or(|c| c == 0)
}

/// A robot's `errcode`, as text.
pub fn robot_errcode(body: &str) -> String {
    serde_json::from_str::<Value>(body).ok().and_then(|v| v.get("errcode").map(Value::to_string)).unwrap_or_default()
}

/// The title and markdown text of an event, in Chinese, for group robots.
pub fn markdown(event: &OutboxEvent, public_url: &str) -> (String, String) {
    let p: Value = serde_json::from_str(&event.payload).unwrap_or(Value::Null);
    let s = |key: &str| p[key].as_str().unwrap_or("").to_owned();
    let company = event.tenant.clone().unwrap_or_default();
    let case_link = |p: &Value| match p["case_id"].as_str() {
        Some(case) => format!("\n\n[查看案件]({}/ui/cases/{case})", public_url.trim_end_matches('/')),
        None => String::new(),
    };
    let (title, text) = match event.kind.as_str() {
        "decision.block" | "decision.review" | "case.opened" => {
            let title = match event.kind.as_str() {
                "decision.block" => "【拦截】付款或订单已被拦截",
                "decision.review" => "【待复核】付款或订单需人工核实",
                _ => "【新案件】待复核",
            };
            let hits: Vec<String> = p["hits"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|h| {
                    format!(
                        "> - {} {}（{}）",
                        h["rule_id"].as_str().unwrap_or(""),
                        h["title"].as_str().unwrap_or(""),
                        h["score"]
                    )
                })
                .collect();
            let account = p["account"].as_str().map(|a| format!("（账户 {a}）")).unwrap_or_default();
            let text = format!(
                "### {title}\n> 企业：{company}\n> 单号：{}\n> 决定：**{}**，分数 {}\n> 金额：{} {}\n> 对方：{}{account}\n> 命中规则：\n{}\n\n**建议**：{}{}",
                s("request_id"),
                s("decision"),
                p["score"],
                s("amount"),
                s("currency"),
                s("counterparty"),
                hits.join("\n"),
                s("advice"),
                case_link(&p),
            );
            (title.to_owned(), text)
        }
        "case.closed" => {
            let title = "【结案】案件已处理".to_owned();
            let text = format!(
                "### {title}\n> 企业：{company}\n> 案件：{}\n> 结论：{}\n> 处理人：{}{}",
                s("case_id"),
                s("resolution"),
                s("closed_by"),
                case_link(&p)
            );
            (title, text)
        }
        "incident.confirmed" => {
            let title = "【警情确认】诈骗已确认，相关账户已列入观察名单".to_owned();
            let accounts: Vec<&str> = p
                .pointer("/identifiers/accounts")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let text = format!(
                "### {title}\n> 企业：{company}\n> 诈骗类型：{}\n> 渠道：{}\n> 骗子账户：{}\n> 涉案金额：{}\n> 挽回：{}",
                s("scam_type"),
                s("channel"),
                accounts.join("、"),
                s("amount_at_risk"),
                s("amount_saved"),
            );
            (title, text)
        }
        "watchlist.added" => {
            let title = "【观察名单】新增条目".to_owned();
            // Accounts arrive masked in the payload already.
            let value = s("value");
            let text = format!(
                "### {title}\n> 类型：{}\n> 值：{value}\n> 来源：{}\n> 录入：{}",
                s("kind"),
                s("source"),
                s("added_by")
            );
            (title, text)
        }
        "rules.reloaded" => {
            let title = "【规则更新】新规则已生效".to_owned();
            let text =
                format!("### {title}\n> 版本：{}\n> 规则数：{}\n> 操作人：{}", s("version"), p["rule_count"], s("by"));
            (title, text)
        }
        "rules.reload_failed" => {
            let title = "【规则加载失败】仍按原规则运行".to_owned();
            let text = format!("### {title}\n> 操作人：{}\n\n```\n{}\n```", s("by"), s("diagnostics"));
            (title, text)
        }
        other => (other.to_owned(), format!("{other}\n{}", event.payload)),
    };
    (title, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: &str, payload: Value) -> OutboxEvent {
        OutboxEvent {
            seq: 1,
            id: "01TEST".into(),
            kind: kind.into(),
            tenant: Some("acme".into()),
            at: "2026-07-14T02:00:00.000000Z".into(),
            payload: payload.to_string(),
        }
    }

    #[test]
    fn the_signature_is_hmac_sha256_over_timestamp_and_body() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let signed = signature("Jefe", 0, b"");
        assert!(signed.starts_with("sha256=") && signed.len() == 7 + 64);
        let hex: String =
            hmac_sha256(b"Jefe", b"what do ya want for nothing?").iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    #[test]
    fn a_block_reads_in_chinese_with_the_account_masked_and_a_case_link() {
        let payload = json!({"decision": "block", "score": 100, "request_id": "PAY-1", "amount": "49800.00",
                             "currency": "CNY", "counterparty": "某某商贸", "account": "************5678",
                             "hits": [{"rule_id": "BI-001", "title": "冒充领导", "score": 90}], "advice": "回拨核实",
                             "case_id": "C1"});
        let (title, text) = markdown(&event("decision.block", payload), "https://fs.example/");
        assert!(title.contains("拦截"));
        assert!(text.contains("49800.00 CNY") && text.contains("************5678") && text.contains("BI-001"));
        assert!(text.contains("(https://fs.example/ui/cases/C1)"), "{text}");
    }

    #[test]
    fn dingtalk_signs_the_url_when_the_robot_has_a_secret() {
        let url = dingtalk_signed("https://oapi.dingtalk.com/robot/send?access_token=T", "SEC1", 1_700_000_000_000);
        assert!(url.starts_with("https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000000&sign="));
        let sign = url.split("&sign=").nth(1).unwrap_or_default();
        assert!(sign.len() > 40 && sign.ends_with("%3D"), "{url}");
        assert!(sign.chars().all(|c| c.is_ascii_alphanumeric() || "%-_.~".contains(c)), "{url}");
    }

    #[test]
    fn robots_that_answer_an_error_code_did_not_take_the_message() {
        assert!(robot_accepted(r#"{"errcode":0,"errmsg":"ok"}"#));
        assert!(!robot_accepted(r#"{"errcode":310000,"errmsg":"sign not match"}"#));
        assert!(robot_accepted("ok"));
    }
}
