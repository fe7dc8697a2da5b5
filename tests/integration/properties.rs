//! Property tests: evaluation never panics, the compiled evaluator agrees with the naive
//! reference evaluator, and normalisation is idempotent and folds every evasion family.

use std::collections::HashMap;
use std::sync::OnceLock;

use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use fraudscreen::domain::{Kind, Request};
use fraudscreen::engine::check::{Scope, compile};
use fraudscreen::engine::eval::Evaluator;
use fraudscreen::engine::expr::{CmpOp, Expr, Literal};
use fraudscreen::engine::features::Facts;
use fraudscreen::engine::schema::{Applies, F, Type};
use fraudscreen::engine::text::normalize;
use fraudscreen::engine::{Context, Event, History, RuleSet, WatchEntry, Watchlist, reference};

use crate::helpers::shipped;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| shipped().1)
}

/// Text fragments: keywords of the shipped sets in plain and evasive spellings, look-alikes
/// that must not match, and noise.
const FRAGMENTS: &[&str] = &[
    "保证金",
    "保 证 金",
    "保-证-金",
    "保證金",
    "bzj",
    "abzjx",
    "ＢＺＪ",
    "保正金",
    "押金",
    "压金",
    "安全账户",
    "安 全 账 户",
    "走账",
    "走帐",
    "過賬",
    "刷流水",
    "sls",
    "返利",
    "返力",
    "唰单",
    "充值",
    "先别声张",
    "保密",
    "不要告诉",
    "马上",
    "立即",
    "账上余额",
    "余额截图",
    "在开会",
    "别走流程",
    "我回来签字",
    "工资",
    "12人",
    "三十名",
    "换了银行卡",
    "yhk",
    "媳妇",
    "罚款",
    "经 营 异 常 名 录",
    "代采购",
    "一起结",
    "截图显示处理中",
    "收款码",
    "免密支付",
    "多打了",
    "退到这个账户",
    "原路退回",
    "中文域名",
    "税点",
    "验资费",
    "贷款",
    "usdt",
    "投标保证金",
    "公共资源交易中心",
    "人民法院",
    "货款",
    "运费",
    "。",
    "，",
    " ",
    "\n",
    "\u{200B}",
    "💰",
    "王总：",
    "ａｂｃ",
    "123",
    "x",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..6).prop_map(|parts| parts.concat())
}

fn opt<T: Strategy>(s: T) -> impl Strategy<Value = Option<T::Value>> {
    prop::option::weighted(0.7, s)
}

fn amount() -> impl Strategy<Value = String> {
    (0u64..2_000_000, 0u64..100).prop_map(|(yuan, fen)| format!("{yuan}.{fen:02}"))
}

fn timestamp() -> impl Strategy<Value = String> {
    (1u32..28, 0u32..24, 0u32..60).prop_map(|(d, h, m)| format!("2026-07-{d:02}T{h:02}:{m:02}:00+08:00"))
}

const ACCOUNTS: &[&str] = &["6217000011110001", "6217000011110002", "3002000000000001"];
const NAMES: &[&str] =
    &["天山测试物流有限公司", "天山测试物流有限责任公司", "天山侧试物流有限公司", "张三", "买买提·艾力"];

fn payment() -> impl Strategy<Value = Json> {
    (
        (timestamp(), prop::sample::select(NAMES), prop::sample::select(ACCOUNTS), amount()),
        (
            opt(prop::sample::select(&["corporate", "personal", "unknown"][..])),
            opt(prop::sample::select(&["V-1", "V-2"][..])),
        ),
        (
            opt(text()),
            opt(text()),
            opt(prop::sample::select(&["erp", "email", "phone", "sms", "im", "in_person", "letter", "other"][..])),
            opt(text()),
            opt(any::<bool>()),
        ),
        (
            opt(prop::collection::vec(prop::sample::select(&["E1", "E2"][..]), 0..3)),
            opt(prop::sample::select(&["INV-1", "INV-2"][..])),
            opt(timestamp()),
            opt(any::<bool>()),
        ),
    )
        .prop_map(
            |(
                (at, name, account, amount),
                (account_type, vendor),
                (purpose, memo, channel, itext, urgent),
                (approved, invoice, changed, callback),
            )| {
                json!({
                    "request_id": "P", "submitted_at": at,
                    "payee": {"name": name, "account_no": account, "account_type": account_type, "vendor_id": vendor},
                    "amount": amount, "purpose": purpose, "memo": memo,
                    "instruction": {"channel": channel, "text": itext, "urgent": urgent, "from_contact": "x@163.com"},
                    "requested_by": "E9", "approved_by": approved,
                    "related": {"invoice_no": invoice},
                    "payee_account_changed_at": changed,
                    "verification": {"callback_done": callback}
                })
            },
        )
}

fn order() -> impl Strategy<Value = Json> {
    (
        (timestamp(), prop::sample::select(NAMES), opt(prop::sample::select(&["C-1", "C-2"][..])), amount()),
        (
            opt(prop::sample::select(&["91350100M000100Y43", "91350100M000100Y44"][..])),
            opt(prop::sample::select(&["13800001111", "0902-0000111"][..])),
            opt(prop::sample::select(&["a@163.com", "b@corp.cn"][..])),
        ),
        (
            opt(text()),
            opt(text()),
            opt(prop::sample::select(&["designated_supplier", "refund_recipient", "pass_through_payee"][..])),
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(text(), 0..3),
        ),
    )
        .prop_map(|((at, name, id, total), (code, phone, email), (notes, terms, role, fees, products))| {
            let fees: Vec<Json> = fees.into_iter().map(|r| json!({"reason": r, "amount": "100.00"})).collect();
            let items: Vec<Json> =
                products.into_iter().map(|p| json!({"product": p, "quantity": "1", "unit_price": "1.00"})).collect();
            json!({
                "record_id": "O", "received_at": at,
                "customer": {"name": name, "customer_id": id, "credit_code": code, "phone": phone, "email": email},
                "total_amount": total, "notes": notes, "payment_terms": terms,
                "third_party": role.map(|r| json!({"role": r, "name": "第三方"})),
                "fees_requested": fees, "items": items,
                "delivery": {"deadline": "2026-07-30"}
            })
        })
}

fn request() -> impl Strategy<Value = Request> {
    prop_oneof![
        payment().prop_filter_map("valid payment", |j| Request::from_json(Kind::Payment, j).ok()),
        order().prop_filter_map("valid order", |j| Request::from_json(Kind::Order, j).ok()),
    ]
}

fn history() -> impl Strategy<Value = History> {
    prop::collection::vec(prop_oneof![payment(), order()], 0..5).prop_map(|items| {
        let mut history = History::new();
        for item in items {
            let kind = if item.get("record_id").is_some() { Kind::Order } else { Kind::Payment };
            match Request::from_json(kind, item) {
                Ok(Request::Payment(p)) => history.record(Event::executed_payment(&p)),
                Ok(Request::Order(o)) => history.record(Event::accepted_order(&o)),
                Err(_) => {}
            }
        }
        history
    })
}

fn field_of(ty: Type) -> impl Strategy<Value = F> {
    let fields: Vec<F> = F::ALL.iter().copied().filter(|f| f.def().ty == ty && !f.is_composite()).collect();
    prop::sample::select(fields)
}

fn op() -> impl Strategy<Value = CmpOp> {
    prop::sample::select(vec![CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge])
}

fn field_expr(f: F) -> Box<Expr> {
    Box::new(Expr::Field(f.def().name.to_owned(), 0..0))
}

fn lit(l: Literal) -> Box<Expr> {
    Box::new(Expr::Literal(l, 0..0))
}

fn leaf() -> impl Strategy<Value = Expr> {
    let keyword_sets: Vec<String> = rules().keyword_sets.iter().map(|(n, _)| n.clone()).collect();
    let regex_sets: Vec<String> = rules().regex_sets.iter().map(|(n, _, _)| n.clone()).collect();
    let mut texts: Vec<F> = F::ALL.iter().copied().filter(|f| f.def().ty == Type::Text).collect();
    texts.push(F::Text);
    let text_fields = prop::sample::select(texts);
    prop_oneof![
        field_of(Type::Bool).prop_map(|f| *field_expr(f)),
        (field_of(Type::Number), op(), 0i64..200_000).prop_map(|(f, o, n)| Expr::Compare(
            field_expr(f),
            o,
            lit(Literal::Number(Decimal::from(n))),
            0..0
        )),
        (field_of(Type::Number), op(), 0i64..10).prop_map(|(f, o, n)| Expr::Compare(
            lit(Literal::Number(Decimal::from(n))),
            o,
            field_expr(f),
            0..0
        )),
        (field_of(Type::Duration), op(), 0i64..60).prop_map(|(f, o, d)| Expr::Compare(
            field_expr(f),
            o,
            lit(Literal::Duration(d * 86_400)),
            0..0
        )),
        (field_of(Type::Time), op(), 0u32..1440).prop_map(|(f, o, t)| Expr::Compare(
            field_expr(f),
            o,
            lit(Literal::Time(t)),
            0..0
        )),
        (field_of(Type::Bool), prop::bool::ANY, any::<bool>()).prop_map(|(f, eq, b)| Expr::Compare(
            field_expr(f),
            if eq { CmpOp::Eq } else { CmpOp::Ne },
            lit(Literal::Bool(b)),
            0..0
        )),
        (prop::bool::ANY, prop::sample::select(vec!["im", "erp", "email"])).prop_map(|(neg, v)| Expr::InList(
            field_expr(F::InstructionChannel),
            vec![Expr::Literal(Literal::Text(v.into()), 0..0)],
            neg,
            0..0
        )),
        (field_of(Type::Number), prop::collection::vec(0i64..5, 1..3), any::<bool>()).prop_map(|(f, ns, neg)| {
            Expr::InList(
                field_expr(f),
                ns.into_iter().map(|n| Expr::Literal(Literal::Number(Decimal::from(n)), 0..0)).collect(),
                neg,
                0..0,
            )
        }),
        (field_of(Type::Text), any::<bool>()).prop_map(|(f, neg)| Expr::InWatchlist(field_expr(f), neg, 0..0)),
        (text_fields.clone(), prop::sample::select(keyword_sets.clone())).prop_map(|(f, s)| Expr::HasAny(
            field_expr(f),
            s,
            0..0,
            0..0
        )),
        (text_fields.clone(), prop::sample::select(regex_sets)).prop_map(|(f, s)| Expr::Matches(
            field_expr(f),
            s,
            0..0,
            0..0
        )),
        (text_fields.clone(), prop::sample::select(keyword_sets), op(), 0i64..3).prop_map(
            |(f, s, o, n)| Expr::Compare(
                Box::new(Expr::Call("distinct".into(), 0..0, vec![*field_expr(f), Expr::Field(s, 0..0)], 0..0)),
                o,
                lit(Literal::Number(Decimal::from(n))),
                0..0
            )
        ),
        (text_fields, any::<bool>()).prop_map(|(f, exists)| Expr::Call(
            if exists { "exists" } else { "missing" }.into(),
            0..0,
            vec![*field_expr(f)],
            0..0
        )),
        (field_of(Type::Number), field_of(Type::Number), op()).prop_map(|(a, b, o)| Expr::Compare(
            field_expr(a),
            o,
            field_expr(b),
            0..0
        )),
    ]
}

fn condition() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            inner.clone().prop_map(|e| Expr::Not(Box::new(e), 0..0)),
            prop::collection::vec(inner.clone(), 2..4).prop_map(|es| Expr::And(es, 0..0)),
            prop::collection::vec(inner, 2..4).prop_map(|es| Expr::Or(es, 0..0)),
        ]
    })
}

fn watchlist() -> Watchlist {
    Watchlist::new(&[WatchEntry {
        kind: fraudscreen::engine::watchlist::WatchKind::Account,
        value: ACCOUNTS[1].into(),
        note: None,
    }])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn compiled_evaluation_agrees_with_the_reference(expr in condition(), request in request(), history in history()) {
        let rules = rules();
        let keyword_sets: HashMap<String, u32> = rules.keyword_sets.iter().enumerate().map(|(i, (n, _))| (n.clone(), i as u32)).collect();
        let regex_sets: HashMap<String, u32> = rules.regex_sets.iter().enumerate().map(|(i, (n, _, _))| (n.clone(), i as u32)).collect();
        let scope = Scope { applies: Applies::Both, keyword_sets: &keyword_sets, regex_sets: &regex_sets, max_depth: 64 };
        let node = compile(&expr, &scope).unwrap_or_else(|p| panic!("generated condition does not check: {expr} {:?}", p.iter().map(|p| p.message.en.clone()).collect::<Vec<_>>()));
        let facts = Facts::derive(&request, &history, &rules.settings.company);
        let watchlist = watchlist();
        let compiled = Evaluator::new(rules, &facts, request.kind(), &watchlist).eval(&node);
        let naive = reference::evaluate(rules, &expr, &facts, request.kind(), &watchlist);
        prop_assert_eq!(compiled, naive, "condition: {}", expr);
    }

    #[test]
    fn screening_never_panics_and_is_deterministic(request in request(), history in history()) {
        let rules = rules();
        let watchlist = watchlist();
        let context = Context { history: &history, watchlist: &watchlist, tenant: None };
        let first = rules.screen(&request, context);
        let second = rules.screen(&request, context);
        prop_assert!(first.score <= 100);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn every_evidence_span_quotes_the_original_text(request in request(), history in history()) {
        let rules = rules();
        let watchlist = watchlist();
        let decision = rules.screen(&request, Context { history: &history, watchlist: &watchlist, tenant: None });
        for hit in &decision.hits {
            for evidence in &hit.evidence {
                if let Some([start, end]) = evidence.at {
                    prop_assert!(start < end, "empty span in {:?}", evidence);
                    prop_assert_eq!(evidence.matched.chars().count(), end - start);
                }
            }
        }
    }

    #[test]
    fn the_fast_normaliser_agrees_with_the_tracking_one(text in "\\PC{0,60}", mixed in text()) {
        prop_assert_eq!(fraudscreen::engine::text::normalize_text(&text), normalize(&text).text);
        prop_assert_eq!(fraudscreen::engine::text::normalize_text(&mixed), normalize(&mixed).text);
    }

    #[test]
    fn the_one_pass_scan_finds_what_normalising_then_scanning_finds(text in text(), noise in "\\PC{0,30}") {
        let rules = rules();
        for input in [text.clone(), format!("{noise}{text}{noise}")] {
            let (normalized, hits) = rules.keywords.normalize_and_scan(&input);
            prop_assert_eq!(&normalized, &normalize(&input).text);
            prop_assert_eq!(hits, rules.keywords.scan(&normalized));
        }
    }

    #[test]
    fn normalisation_is_idempotent(text in "\\PC{0,40}") {
        let once = normalize(&text).text;
        prop_assert_eq!(normalize(&once).text, once);
    }

    #[test]
    fn separators_and_width_never_hide_a_keyword(
        word in prop::sample::select(vec!["保证金", "安全账户", "走账", "刷流水", "验资费"]),
        // Commas are list boundaries and stay (`总经理、财务经理` must not read `理财`).
        separator in prop::sample::select(vec![" ", "-", "*", ".", "·", "/", "_", "\u{200B}", "💰", "　", "|", "~"]),
        prefix in prop::sample::select(vec!["", "请交", "先打", "ab "]),
    ) {
        let spaced: String = word.chars().map(|c| c.to_string()).collect::<Vec<_>>().join(separator);
        let text = format!("{prefix}{spaced}");
        prop_assert!(normalize(&text).text.contains(word), "{} normalised to {}", text, normalize(&text).text);
    }
}

#[test]
fn each_evasion_family_matches_like_the_plain_form() {
    let rules = rules();
    let cases = [
        ("保证金", "保 证 金"),
        ("保证金", "保-证-金"),
        ("保证金", "保*证*金"),
        ("保证金", "保證金"),
        ("保证金", "保正金"),
        ("保证金", "bzj"),
        ("保证金", "ＢＺＪ"),
        ("保证金", "bao证金"),
        ("安全账户", "安全帳戶"),
        ("安全账户", "aqzh"),
        ("公户走账", "公户走帐"),
        ("刷流水", "sls"),
        ("返利", "返力"),
        ("刷单", "唰单"),
        ("加微信", "加威信"),
    ];
    for (plain, variant) in cases {
        let sets_for = |text: &str| -> Vec<u32> {
            let mut sets: Vec<u32> = rules.keywords.scan(&normalize(text).text).iter().map(|h| h.set).collect();
            sets.sort_unstable();
            sets.dedup();
            sets
        };
        let plain_sets = sets_for(plain);
        assert!(!plain_sets.is_empty(), "`{plain}` is in no shipped set");
        let variant_sets = sets_for(variant);
        assert!(
            plain_sets.iter().any(|s| variant_sets.contains(s)),
            "`{variant}` matches none of the sets `{plain}` is in ({plain_sets:?} vs {variant_sets:?})"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_parser_never_panics(text in "\\PC{0,80}") {
        let _ = fraudscreen::engine::expr::parse(&text);
    }

    #[test]
    fn the_parser_never_panics_on_near_valid_conditions(
        parts in prop::collection::vec(prop::sample::select(vec![
            "amount", ">=", "50000", "and", "or", "not", "(", ")", "[", "]", ",", "in", "watchlist",
            "has_any", "secrecy", "matches", "exists(", "payee.is_new", "\"im\"", "3d", "22:30", "==", "-", "'",
        ]), 0..12)
    ) {
        let _ = fraudscreen::engine::expr::parse(&parts.join(" "));
    }

    #[test]
    fn printing_a_condition_parses_back_to_the_same_tree(expr in condition()) {
        let printed = expr.to_string();
        let reparsed = fraudscreen::engine::expr::parse(&printed).unwrap_or_else(|e| panic!("{printed}: {e:?}"));
        prop_assert_eq!(reparsed.to_string(), printed);
    }
}

proptest! {
    /// The payroll-line name reader never panics, whatever the memo, and every name it reads is
    /// a piece of the memo itself.
    #[test]
    fn names_read_from_a_memo_are_pieces_of_it(
        memo in "[员工司机师傅押运人（(，,、；）)·•・月王李贾冯刚志勇买提艾力资费0-9０-９a-z ]{0,24}",
        payee in "[王李冯刚买提艾力·]{0,6}",
    ) {
        for name in fraudscreen::domain::named_person::persons_named(&memo) {
            prop_assert!(memo.contains(name), "{name} is not in {memo}");
            prop_assert!(name.chars().count() >= 2, "{name} from {memo}");
        }
        let _ = fraudscreen::domain::named_person::names_someone_other_than(&memo, &payee);
    }
}
