//! The properties the fuzz targets check, shared with the regression tests
//! (`tests/integration/fuzz_regressions.rs` replays `fuzz/regressions/TARGET/*` through them,
//! so every input the fuzzers ever found stays a named, always-run test).

use std::collections::HashMap;
use std::sync::OnceLock;

use fraudscreen::domain::{Kind, OrderRequest, PaymentRequest, Request};
use fraudscreen::engine::check::{Scope, compile};
use fraudscreen::engine::eval::Evaluator;
use fraudscreen::engine::expr::parse;
use fraudscreen::engine::features::Facts;
use fraudscreen::engine::schema::Applies;
use fraudscreen::engine::text::{normalize, normalize_text};
use fraudscreen::engine::watchlist::WatchKind;
use fraudscreen::engine::{Context, Format, History, Lang, RuleSet, Sources, WatchEntry, Watchlist, reference};

/// The shipped rules, compiled once.
fn shipped() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(super::RULES_DIR);
        let sources = fraudscreen::loader::read_rules_dir(&dir).unwrap_or_else(|e| panic!("{e:#}"));
        RuleSet::compile(&sources).unwrap_or_else(|_| panic!("the shipped rules do not compile"))
    })
}

/// A rule file of arbitrary content: compiling it never panics, and
/// either yields a ruleset or diagnostics that render.
pub fn rules_loader(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let sources = Sources { files: vec![("fuzz.toml".to_owned(), text.to_owned())] };
    if let Err(diagnostics) = RuleSet::compile(&sources) {
        let _ = diagnostics.render(&sources, Lang::En, Format::Plain);
        let _ = diagnostics.render(&sources, Lang::Zh, Format::Json);
    }
}

/// The `when` language: parsing never panics, and what parses prints to text that parses
/// back to the same printed form (parse, print, parse).
pub fn expr_roundtrip(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(expr) = parse(text) else { return };
    let printed = expr.to_string();
    let again = parse(&printed).unwrap_or_else(|e| panic!("printed `{printed}` does not parse: {e:?}"));
    assert_eq!(again.to_string(), printed, "from `{text}`");
}

/// Request bodies as the API decodes them: decoding never panics, and every request that
/// decodes screens under the shipped rules without panicking, twice the same.
pub fn request_decode(data: &[u8]) {
    let request = match data.first() {
        Some(b'o') => serde_json::from_slice::<OrderRequest>(&data[1..]).ok().map(Request::Order),
        _ => serde_json::from_slice::<PaymentRequest>(data).ok().map(Request::Payment),
    };
    let Some(request) = request else { return };
    let history = History::default();
    let watchlist = Watchlist::default();
    let context = Context { history: &history, watchlist: &watchlist, tenant: None };
    let first = shipped().screen(&request, context);
    let second = shipped().screen(&request, context);
    assert_eq!(first.decision, second.decision);
    assert_eq!(first.score, second.score);
}

/// Text normalisation: never panics, and every range of the normalised text maps back into
/// the original text.
pub fn text_normalize(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let normalized = normalize(text);
    assert_eq!(normalized.text, normalize_text(text));
    let chars = text.chars().count();
    let boundaries: Vec<usize> =
        normalized.text.char_indices().map(|(i, _)| i).chain([normalized.text.len()]).collect();
    for (n, &start) in boundaries.iter().enumerate() {
        for &end in &boundaries[n..] {
            let [from, to] = normalized.original_range(start, end);
            assert!(from <= to && to <= chars, "{start}..{end} maps to {from}..{to} of {chars}");
        }
    }
}

/// The compiled evaluator against the naive reference evaluator: a condition (text up to the
/// first NUL) and a payment (JSON after it); when the condition checks and the payment decodes,
/// both evaluators give the same three-valued answer.
pub fn compiled_vs_reference(data: &[u8]) {
    let Some(split) = data.iter().position(|b| *b == 0) else { return };
    let (Ok(condition), Ok(payment)) =
        (std::str::from_utf8(&data[..split]), serde_json::from_slice::<PaymentRequest>(&data[split + 1..]))
    else {
        return;
    };
    let Ok(expr) = parse(condition) else { return };
    let rules = shipped();
    let keyword_sets: HashMap<String, u32> =
        rules.keyword_sets.iter().enumerate().map(|(i, (n, _))| (n.clone(), i as u32)).collect();
    let regex_sets: HashMap<String, u32> =
        rules.regex_sets.iter().enumerate().map(|(i, (n, _, _))| (n.clone(), i as u32)).collect();
    let scope = Scope { applies: Applies::Both, keyword_sets: &keyword_sets, regex_sets: &regex_sets, max_depth: 64 };
    let Ok(node) = compile(&expr, &scope) else { return };
    let request = Request::Payment(payment);
    let history = History::default();
    let facts = Facts::derive(&request, &history, &rules.settings.company);
    let watchlist =
        Watchlist::new(&[WatchEntry { kind: WatchKind::Account, value: "6217000000000999".into(), note: None }]);
    let compiled = Evaluator::new(rules, &facts, Kind::Payment, &watchlist).eval(&node);
    let naive = reference::evaluate(rules, &expr, &facts, Kind::Payment, &watchlist);
    assert_eq!(compiled, naive, "condition: {expr}");
}
