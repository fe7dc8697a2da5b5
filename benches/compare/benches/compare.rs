//! fraudscreen, CEL and Zen screen the same requests with the same twenty rules.
//!
//! Before timing, every corpus request is screened by all three and their rules, scores and
//! decisions must agree. Then each engine screens every payment, and every order, of the
//! corpora against the final histories; criterion reports the time per screening.
//!
//! Run: `cargo bench --manifest-path benches/compare/Cargo.toml` (README, "Head-to-head").

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::Path;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use fraudscreen::domain::{Kind, Request};
use fraudscreen::engine::features::{Facts, Value};
use fraudscreen::engine::schema::F;
use fraudscreen::engine::{Context, History, Watchlist};
use fraudscreen_compare::host::{Host, prepare};
use fraudscreen_compare::{Engines, check_identical, corpus};

fn benches(c: &mut Criterion) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let engines = Engines::new(&repo).unwrap_or_else(|e| panic!("{e}"));
    let lines = corpus::read(&repo).unwrap_or_else(|e| panic!("{e}"));
    let agreement = check_identical(&engines, &lines);
    assert!(agreement.differences.is_empty(), "the engines disagree:\n{}", agreement.differences.join("\n"));
    println!(
        "identical on {} requests: {} rule hits; allow {}, review {}, block {}",
        agreement.screened, agreement.hits, agreement.decisions[0], agreement.decisions[1], agreement.decisions[2]
    );

    let histories = corpus::final_histories(&lines);
    let watchlist = Watchlist::default();
    for (kind, name) in [(Kind::Payment, "payment"), (Kind::Order, "order")] {
        let cases: Vec<(&Request, &History)> = lines
            .iter()
            .filter(|l| l.request.kind() == kind)
            .filter_map(|l| Some((&l.request, histories.get(&l.tenant)?)))
            .collect();
        let mut group = c.benchmark_group(format!("screen_{name}"));
        group.throughput(Throughput::Elements(cases.len() as u64));
        group.bench_function("fraudscreen", |b| {
            b.iter(|| {
                cases
                    .iter()
                    .map(|(r, h)| {
                        let context = Context { history: h, watchlist: &watchlist, tenant: None };
                        usize::from(engines.native.screen(black_box(r), context).score)
                    })
                    .sum::<usize>()
            })
        });
        time_other_engine(&mut group, "cel", &cases, &engines.cel.host, |r, h| engines.cel.fire(r, h));
        time_other_engine(&mut group, "zen", &cases, &engines.zen.host, |r, h| engines.zen.fire(r, h));
        // The host work the three share, for reading the table: the facts alone (every engine
        // derives them), and the facts with the texts normalised for CEL and Zen.
        let settings = &engines.native.settings;
        group.bench_function("shared_facts_only", |b| {
            b.iter(|| {
                cases
                    .iter()
                    .map(|(r, h)| {
                        usize::from(Facts::derive(black_box(r), h, &settings.company).get(F::Amount) != &Value::Missing)
                    })
                    .sum::<usize>()
            })
        });
        group.bench_function("shared_facts_and_texts", |b| {
            b.iter(|| {
                cases
                    .iter()
                    .map(|(r, h)| {
                        let facts = Facts::derive(black_box(r), h, &settings.company);
                        prepare(&facts, r.kind(), settings.limits.max_text_chars).keyword_text.len()
                    })
                    .sum::<usize>()
            })
        });
        group.finish();
    }
}

/// Times CEL or Zen: the rules that fire, then the host code's decision.
fn time_other_engine(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    cases: &[(&Request, &History)],
    host: &Host,
    fire: impl Fn(&Request, &History) -> Vec<usize>,
) {
    group.bench_function(name, |b| {
        b.iter(|| cases.iter().map(|(r, h)| usize::from(host.decide(&fire(black_box(r), h)).1)).sum::<usize>())
    });
}

criterion_group! {
    name = compare;
    config = Criterion::default().sample_size(30);
    targets = benches
}
criterion_main!(compare);
