//! The labelled corpora (`tests/corpus`, `tests/holdout*`, and `../shared/corpus` when it is
//! there), read the way `fraudscreen eval` reads them: per tenant, `history` lines become the
//! counterparty history that later lines are screened against.

use std::collections::BTreeMap;
use std::path::Path;

use fraudscreen::domain::{Kind, Request};
use fraudscreen::engine::{Event, History};
use serde_json::Value as Json;

/// One corpus line.
pub struct Line {
    /// `file:id`.
    pub id: String,
    /// Whose history it belongs to.
    pub tenant: String,
    /// The request.
    pub request: Request,
    /// Whether it joins the history after it is screened.
    pub is_history: bool,
}

impl Line {
    /// Records the line in its tenant's history, as executed or accepted.
    pub fn record(&self, history: &mut History) {
        history.record(match &self.request {
            Request::Payment(p) => Event::executed_payment(p),
            Request::Order(o) => Event::accepted_order(o),
        });
    }
}

/// The corpus files that exist, relative to the repository.
pub fn files(repo: &Path) -> Vec<std::path::PathBuf> {
    [
        "tests/corpus/park.jsonl",
        "tests/holdout/holdout.jsonl",
        "tests/holdout2/holdout2.jsonl",
        "tests/holdout3/holdout3.jsonl",
        "tests/holdout4/holdout4.jsonl",
        "tests/holdout5/holdout5.jsonl",
        "tests/holdout6/holdout6.jsonl",
        "tests/holdout7/holdout7.jsonl",
        "tests/holdout8/holdout8.jsonl",
        "tests/holdout9/holdout9.jsonl",
        "tests/holdout10/holdout10.jsonl",
        "tests/holdout11/holdout11.jsonl",
        "tests/holdout12/holdout12.jsonl",
        "tests/holdout13/holdout13.jsonl",
        "tests/holdout14/holdout14.jsonl",
        "tests/holdout15/holdout15.jsonl",
        "tests/holdout16/holdout16.jsonl",
        "tests/holdout17/holdout17.jsonl",
        "tests/holdout18/holdout18.jsonl",
        "tests/holdout19/holdout19.jsonl",
        "tests/holdout20/holdout20.jsonl",
        "tests/holdout21/holdout21.jsonl",
        "tests/holdout22/holdout22.jsonl",
        "tests/holdout23/holdout23.jsonl",
        "tests/holdout24/holdout24.jsonl",
        "tests/holdout25/holdout25.jsonl",
        "tests/holdout26/holdout26.jsonl",
        "tests/holdout27/holdout27.jsonl",
        "tests/holdout28/holdout28.jsonl",
        "tests/holdout29/holdout29.jsonl",
        "tests/holdout30/holdout30.jsonl",
        "tests/holdout31/holdout31.jsonl",
        "tests/holdout32/holdout32.jsonl",
        "tests/holdout33/holdout33.jsonl",
        "tests/holdout34/holdout34.jsonl",
        "tests/holdout35/holdout35.jsonl",
        "tests/holdout36/holdout36.jsonl",
        "tests/holdout37/holdout37.jsonl",
        "tests/holdout38/holdout38.jsonl",
        "tests/holdout39/holdout39.jsonl",
        "tests/holdout40/holdout40.jsonl",
        "tests/holdout41/holdout41.jsonl",
        "tests/holdout42/holdout42.jsonl",
        "tests/holdout43/holdout43.jsonl",
        "tests/holdout44/holdout44.jsonl",
        "tests/holdout45/holdout45.jsonl",
        "tests/holdout46/holdout46.jsonl",
        "tests/holdout47/holdout47.jsonl",
        "tests/holdout48/holdout48.jsonl",
        "tests/holdout49/holdout49.jsonl",
        "tests/holdout50/holdout50.jsonl",
        "tests/holdout51/holdout51.jsonl",
        "tests/holdout52/holdout52.jsonl",
        "tests/holdout53/holdout53.jsonl",
        "tests/holdout54/holdout54.jsonl",
        "../shared/corpus/sample.jsonl",
    ]
    .iter()
    .map(|f| repo.join(f))
    .filter(|p| p.exists())
    .collect()
}

/// Every line of every corpus file, in order. Tenants are kept apart per file.
pub fn read(repo: &Path) -> Result<Vec<Line>, String> {
    let mut lines = Vec::new();
    for path in files(repo) {
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (n, raw) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let at = || format!("{file}:{}", n + 1);
            let json: Json = serde_json::from_str(raw).map_err(|e| format!("{}: {e}", at()))?;
            let field = |name: &str| json.get(name).and_then(Json::as_str).unwrap_or_default().to_owned();
            let kind = match field("kind").as_str() {
                "payment" => Kind::Payment,
                "order" => Kind::Order,
                other => return Err(format!("{}: unknown kind {other:?}", at())),
            };
            let request = Request::from_json(kind, json.get("request").cloned().unwrap_or(Json::Null))
                .map_err(|e| format!("{}: {e}", at()))?;
            lines.push(Line {
                id: format!("{file}:{}", field("id")),
                tenant: format!("{file}/{}", field("tenant")),
                request,
                is_history: field("phase") == "history",
            });
        }
    }
    Ok(lines)
}

/// Every tenant's history after all its history lines.
pub fn final_histories(lines: &[Line]) -> BTreeMap<String, History> {
    let mut histories: BTreeMap<String, History> = BTreeMap::new();
    for line in lines.iter().filter(|l| l.is_history) {
        line.record(histories.entry(line.tenant.clone()).or_default());
    }
    histories
}
