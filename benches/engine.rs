//! Engine benchmarks: compiling the shipped rules, and screening a payment and an order
//! against them with a realistic 300-character Chinese instruction and a warm history of
//! 100,000 counterparties. Each benchmark checks its answer before timing it.
//!
//! Run: `cargo bench --bench engine` (README, "Performance").

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use fraudscreen::domain::{Action, Kind, Request};
use fraudscreen::engine::features::Facts;
use fraudscreen::engine::{Context, Event, History, RuleSet, Watchlist, reference};
use fraudscreen::loader::read_rules_dir;
use serde_json::json;

const INSTRUCTION: &str = "王会计你好：按照我们双方签订的年度采购合同（合同编号HT-2026-118），本月第二批液碱已于七月十日全部送达贵司厂区，数量二百吨，质检报告和过磅单已随车交给仓库保管员签收。\
请贵司财务在本周内按合同约定的结算方式安排支付本批货款，金额共计十九万元整，收款账户仍为我司在中国银行开立的基本户，账户信息与以往一致，没有任何变更。\
增值税专用发票已经通过邮政快递寄出，预计明天到达，请注意查收并在系统里做好登记。如有疑问请随时拨打我司财务部固定电话联系，下批货物计划于七月二十日前后发运，届时另行通知。另请仓库在收货后三个工作日内将签收单扫描件发至我司邮箱，以便双方按月对账和开具后续发票。谢谢配合，祝合作愉快！";

fn history(n_counterparties: usize) -> History {
    let mut history = History::new();
    for i in 0..n_counterparties {
        let request = json!({
            "request_id": format!("H{i}"),
            "submitted_at": format!("2026-0{}-{:02}T11:00:00+08:00", 1 + i % 6, 1 + i % 28),
            "payee": {"name": format!("新疆测试{i}号贸易有限公司"), "account_no": format!("62170{i:011}"), "vendor_id": format!("V-{i}")},
            "amount": format!("{}.00", 10_000 + (i % 500) * 100),
            "related": {"invoice_no": format!("INV-{i}")},
            "requested_by": format!("E{}", i % 40)
        });
        if let Ok(Request::Payment(p)) = Request::from_json(Kind::Payment, request) {
            history.record(Event::executed_payment(&p));
        }
    }
    // The benchmarked payee has a longer record, so the established-vendor mitigator applies.
    for month in ["02", "03", "04"] {
        let request = json!({
            "request_id": format!("H-4242-{month}"), "submitted_at": format!("2026-{month}-10T11:00:00+08:00"),
            "payee": {"name": "新疆测试4242号贸易有限公司", "account_no": "6217000000004242", "vendor_id": "V-4242"},
            "amount": "180000.00"
        });
        if let Ok(Request::Payment(p)) = Request::from_json(Kind::Payment, request) {
            history.record(Event::executed_payment(&p));
        }
    }
    for i in 0..2_000 {
        let order = json!({
            "record_id": format!("O{i}"), "received_at": format!("2026-05-{:02}T11:00:00+08:00", 1 + i % 28),
            "customer": {"name": format!("新疆客户{i}号化工有限公司"), "customer_id": format!("C-{i}")},
            "total_amount": format!("{}.00", 100_000 + i * 10)
        });
        if let Ok(Request::Order(o)) = Request::from_json(Kind::Order, order) {
            history.record(Event::accepted_order(&o));
        }
    }
    history
}

fn payment() -> Request {
    let body = json!({
        "request_id": "PAY-BENCH", "submitted_at": "2026-07-14T10:32:00+08:00",
        "payer": {"account_no": "3011206109200048316", "account_name": "新疆测试化工有限公司"},
        "payee": {"name": "新疆测试4242号贸易有限公司", "account_no": "62170".to_owned() + "00000004242", "bank": "中国银行", "account_type": "corporate", "vendor_id": "V-4242"},
        "amount": "190000.00", "currency": "CNY", "purpose": "货款", "memo": "按合同支付第二批液碱货款",
        "instruction": {"channel": "email", "from_name": "供应商财务部", "from_contact": "cw@example-chem.cn", "text": INSTRUCTION, "urgent": false},
        "requested_by": "E1024", "approved_by": ["E0007"],
        "related": {"order_id": "PO-77", "contract_id": "HT-2026-118", "invoice_no": "INV-NEW-1"}
    });
    Request::from_json(Kind::Payment, body).unwrap_or_else(|e| panic!("{e}"))
}

fn order() -> Request {
    let body = json!({
        "record_id": "SO-BENCH", "received_at": "2026-07-14T09:05:00+08:00",
        "customer": {"name": "某某新能源科技有限公司", "credit_code": "91350100M000100Y43", "contact_name": "李经理", "phone": "13800001234", "im_id": "wxid_bench"},
        "items": [{"product": "液碱", "quantity": "200", "unit": "吨", "unit_price": "950.00"}],
        "total_amount": "190000.00", "currency": "CNY", "channel": "phone",
        "delivery": {"address": "乌鲁木齐市某工业园", "deadline": "2026-07-16"},
        "payment_terms": "款到发货", "third_party": null, "fees_requested": [],
        "notes": INSTRUCTION
    });
    Request::from_json(Kind::Order, body).unwrap_or_else(|e| panic!("{e}"))
}

fn benches(c: &mut Criterion) {
    let sources =
        read_rules_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")).unwrap_or_else(|e| panic!("{e:#}"));
    let rules = RuleSet::compile(&sources).unwrap_or_else(|d| panic!("{d}"));
    c.bench_function("compile/shipped_rules", |b| {
        b.iter(|| RuleSet::compile(black_box(&sources)).map(|r| r.rules.len()).unwrap_or(0))
    });

    let history = history(100_000);
    let watchlist = Watchlist::default();
    let context = Context { history: &history, watchlist: &watchlist, tenant: None };
    let payment = payment();
    let order = order();
    // Check the answers before timing: a routine payment to a known vendor, and an order from
    // a new customer who offers nothing unusual.
    let decided = rules.screen(&payment, context);
    assert_eq!(decided.decision, Action::Allow, "{:?}", decided.hits);
    assert!(decided.hits.iter().any(|h| &*h.rule_id == "CM-M01"), "{:?}", decided.hits);
    let decided = rules.screen(&order, context);
    assert_eq!(decided.decision, Action::Allow, "{:?}", decided.hits);
    assert!(INSTRUCTION.chars().count() >= 300);

    c.bench_function("screen/payment_300_chars_100k_history", |b| {
        b.iter(|| rules.screen(black_box(&payment), context))
    });
    c.bench_function("screen/order_300_chars_100k_history", |b| b.iter(|| rules.screen(black_box(&order), context)));

    // The phases of a screening, measured separately.
    let mut bare = payment.clone();
    if let Request::Payment(p) = &mut bare {
        p.instruction = None;
    }
    c.bench_function("phase/screen_payment_without_instruction_text", |b| {
        b.iter(|| rules.screen(black_box(&bare), context))
    });
    c.bench_function("phase/derive_features_100k_history", |b| {
        b.iter(|| {
            Facts::derive(black_box(&payment), &history, &rules.settings.company)
                .get(fraudscreen::engine::schema::F::PayeeIsNew)
                .clone()
        })
    });
    // Floors for the normaliser: decoding and copying the text, nothing else.
    c.bench_function("phase/floor_copy_chars_300", |b| {
        b.iter(|| {
            let mut out = String::with_capacity(INSTRUCTION.len());
            for ch in black_box(INSTRUCTION).chars() {
                out.push(ch);
            }
            out.len()
        })
    });
    let at = payment.at();
    c.bench_function("phase/local_time", |b| b.iter(|| rules.settings.company.local(black_box(at)).hour));
    c.bench_function("phase/normalize_300_chars", |b| {
        b.iter(|| fraudscreen::engine::text::normalize_text(black_box(INSTRUCTION)).len())
    });
    let normalized = fraudscreen::engine::text::normalize_text(INSTRUCTION);
    c.bench_function("phase/normalize_and_scan_300_chars_one_pass", |b| {
        b.iter(|| rules.keywords.normalize_and_scan(black_box(INSTRUCTION)).1.len())
    });
    c.bench_function("phase/keyword_scan_300_chars", |b| b.iter(|| rules.keywords.scan(black_box(&normalized)).len()));
    let terms: Vec<(u32, String)> = rules
        .keyword_sets
        .iter()
        .enumerate()
        .flat_map(|(i, (_, t))| t.iter().map(move |t| (i as u32, t.clone())))
        .collect();
    let aho = fraudscreen::engine::matcher::KeywordMatcher::build_with(
        &terms,
        fraudscreen::engine::matcher::Backend::AhoCorasick,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(aho.scan(&normalized), rules.keywords.scan(&normalized));
    c.bench_function("phase/keyword_scan_300_chars_aho_corasick", |b| {
        b.iter(|| aho.scan(black_box(&normalized)).len())
    });

    // Baseline: the naive reference evaluator on the same payment (linear keyword scans,
    // regexes compiled on the spot), to show what compilation buys.
    let facts = Facts::derive(&payment, &history, &rules.settings.company);
    let naive_fired = rules
        .rules
        .iter()
        .filter(|r| r.enabled && reference::evaluate(&rules, &r.expr, &facts, Kind::Payment, &watchlist) == Some(true))
        .count();
    let compiled_fired = rules.screen(&payment, context).hits.len();
    assert_eq!(naive_fired, compiled_fired);
    c.bench_function("screen/payment_reference_evaluator", |b| {
        b.iter(|| {
            let facts = Facts::derive(black_box(&payment), &history, &rules.settings.company);
            rules
                .rules
                .iter()
                .filter(|r| {
                    r.enabled && reference::evaluate(&rules, &r.expr, &facts, Kind::Payment, &watchlist) == Some(true)
                })
                .count()
        })
    });
}

criterion_group! {
    name = engine;
    config = Criterion::default().sample_size(50);
    targets = benches
}
criterion_main!(engine);
