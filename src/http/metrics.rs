//! Prometheus text metrics: requests and latency by route and decision, rule hits by rule id,
//! reloads, store write latency, batch sizes and queue depth.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::Ordering;

use crate::domain::decision::Shared;
use crate::domain::{Action, Hit, Kind};
use crate::store::StoreStats;

/// Upper bounds of the latency buckets, seconds.
const LATENCY_BUCKETS: &[f64] = &[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0];
/// Upper bounds of the batch-size buckets.
const BATCH_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0];

#[derive(Default)]
struct Histogram {
    buckets: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, bounds: &[f64], value: f64) {
        if self.buckets.len() != bounds.len() {
            self.buckets = vec![0; bounds.len()];
        }
        for (i, bound) in bounds.iter().enumerate() {
            if value <= *bound {
                self.buckets[i] += 1;
            }
        }
        self.sum += value;
        self.count += 1;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str, bounds: &[f64]) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (i, bound) in bounds.iter().enumerate() {
            let _ = writeln!(
                out,
                "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {}",
                self.buckets.get(i).copied().unwrap_or(0)
            );
        }
        let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}", self.count);
        let braces = if labels.is_empty() { String::new() } else { format!("{{{labels}}}") };
        let _ = writeln!(out, "{name}_sum{braces} {}", self.sum);
        let _ = writeln!(out, "{name}_count{braces} {}", self.count);
    }
}

/// Every metric of the service.
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<String, BTreeMap<u16, u64>>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
    decisions: Mutex<BTreeMap<(&'static str, &'static str), Histogram>>,
    rule_hits: Mutex<BTreeMap<Shared, u64>>,
    reloads: Mutex<BTreeMap<String, u64>>,
    store_latency: Mutex<Histogram>,
    batch_sizes: Mutex<Histogram>,
}

impl Metrics {
    /// A finished request. (Keys are allocated once per route, not per request.)
    pub fn request(&self, route: &str, status: u16, seconds: f64) {
        if let Ok(mut m) = self.requests.lock() {
            match m.get_mut(route) {
                Some(by_status) => *by_status.entry(status).or_default() += 1,
                None => {
                    m.insert(route.to_owned(), BTreeMap::from([(status, 1)]));
                }
            }
        }
        if let Ok(mut m) = self.latency.lock() {
            match m.get_mut(route) {
                Some(h) => h.observe(LATENCY_BUCKETS, seconds),
                None => m.entry(route.to_owned()).or_default().observe(LATENCY_BUCKETS, seconds),
            }
        }
    }

    /// A screening decision, with its rules.
    pub fn decision(&self, kind: Kind, decision: Action, seconds: f64, hits: &[Hit]) {
        if let Ok(mut m) = self.decisions.lock() {
            m.entry((kind.as_str(), decision.as_str())).or_default().observe(LATENCY_BUCKETS, seconds);
        }
        if hits.is_empty() {
            return;
        }
        if let Ok(mut m) = self.rule_hits.lock() {
            for hit in hits {
                match m.get_mut(hit.rule_id.as_ref()) {
                    Some(n) => *n += 1,
                    None => {
                        m.insert(hit.rule_id.clone(), 1);
                    }
                }
            }
        }
    }

    /// A reload attempt: `ok` or `refused`.
    pub fn reload(&self, result: &str) {
        if let Ok(mut m) = self.reloads.lock() {
            *m.entry(result.to_owned()).or_default() += 1;
        }
    }

    /// One store write as the caller saw it.
    pub fn store_write(&self, seconds: f64) {
        if let Ok(mut h) = self.store_latency.lock() {
            h.observe(LATENCY_BUCKETS, seconds);
        }
    }

    /// The Prometheus text exposition.
    pub fn render(&self, store: &StoreStats) -> String {
        // Fold the batches committed since the last scrape into the histogram.
        let sizes = store.batch_sizes.lock().map(|mut s| std::mem::take(&mut *s)).unwrap_or_default();
        if let Ok(mut h) = self.batch_sizes.lock() {
            for size in sizes {
                h.observe(BATCH_BUCKETS, f64::from(size));
            }
        }
        let mut out = String::new();
        out.push_str("# TYPE fraudscreen_http_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for (route, by_status) in m.iter() {
                for (status, n) in by_status {
                    let _ =
                        writeln!(out, "fraudscreen_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}");
                }
            }
        }
        out.push_str("# TYPE fraudscreen_http_request_duration_seconds histogram\n");
        if let Ok(m) = self.latency.lock() {
            for (route, h) in m.iter() {
                h.render(
                    &mut out,
                    "fraudscreen_http_request_duration_seconds",
                    &format!("route=\"{route}\""),
                    LATENCY_BUCKETS,
                );
            }
        }
        out.push_str("# TYPE fraudscreen_screening_duration_seconds histogram\n");
        if let Ok(m) = self.decisions.lock() {
            for ((kind, decision), h) in m.iter() {
                h.render(
                    &mut out,
                    "fraudscreen_screening_duration_seconds",
                    &format!("kind=\"{kind}\",decision=\"{decision}\""),
                    LATENCY_BUCKETS,
                );
            }
        }
        out.push_str("# TYPE fraudscreen_rule_hits_total counter\n");
        if let Ok(m) = self.rule_hits.lock() {
            for (rule, n) in m.iter() {
                let _ = writeln!(out, "fraudscreen_rule_hits_total{{rule_id=\"{rule}\"}} {n}");
            }
        }
        out.push_str("# TYPE fraudscreen_rule_reloads_total counter\n");
        if let Ok(m) = self.reloads.lock() {
            for (result, n) in m.iter() {
                let _ = writeln!(out, "fraudscreen_rule_reloads_total{{result=\"{result}\"}} {n}");
            }
        }
        out.push_str("# TYPE fraudscreen_store_write_seconds histogram\n");
        if let Ok(h) = self.store_latency.lock() {
            h.render(&mut out, "fraudscreen_store_write_seconds", "", LATENCY_BUCKETS);
        }
        out.push_str("# TYPE fraudscreen_store_batch_size histogram\n");
        if let Ok(h) = self.batch_sizes.lock() {
            h.render(&mut out, "fraudscreen_store_batch_size", "", BATCH_BUCKETS);
        }
        out.push_str("# TYPE fraudscreen_store_queue_depth gauge\n");
        let _ = writeln!(out, "fraudscreen_store_queue_depth {}", store.queue_depth.load(Ordering::Relaxed));
        out
    }
}
