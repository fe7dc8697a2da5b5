//! One suite for every store backend: each check runs against a fresh SQLite file, and against
//! a fresh PostgreSQL database whenever `FRAUDSCREEN_TEST_PG_URL` is set (`.ci/run` sets it).

use std::future::Future;
use std::time::Duration;

use fraudscreen::domain::Decision;
use fraudscreen::domain::Kind;
use fraudscreen::store::{
    CaseFilter, CaseUpdate, CaseUpdated, DecisionFilter, NewDecision, OutcomeWrite, Recorded, Role, RuleStat,
    RulesetSource, StatsFilter, Store, StoreError, Subject, hash_secret, stamp,
};
use serde_json::{Value, json};

use crate::helpers::PgDatabase;

/// Runs `check` on a fresh SQLite store, then on a fresh PostgreSQL database if there is one.
async fn on_every_backend<F, Fut>(name: &str, check: F)
where
    F: Fn(Store) -> Fut,
    Fut: Future<Output = ()>,
{
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("conformance.db").display());
    check(open(&url).await).await;
    if let Some(database) = PgDatabase::create(name).await {
        check(open(&database.url).await).await;
    }
}

async fn open(url: &str) -> Store {
    Store::open(url, true).await.unwrap_or_else(|e| panic!("cannot open {url}: {e}"))
}

fn backend(store: &Store) -> &'static str {
    match store {
        Store::Sqlite(_) => "sqlite",
        Store::Postgres(_) => "postgres",
    }
}

/// A decision as the service would record it.
fn new_decision(tenant: &str, request_id: &str, action: &str, body: &str) -> NewDecision {
    let id = ulid::Ulid::new().to_string();
    let case_id = (action != "allow").then(|| ulid::Ulid::new().to_string());
    let decision: Decision = serde_json::from_value(json!({
        "decision_id": id, "request_id": request_id, "kind": "payment", "decision": action, "score": 40,
        "ruleset_version": "sha256:test",
        "hits": [{"rule_id": "CM-003", "scam_type": "common", "title": "t", "score": 40, "evidence": [], "advice": "a"}],
        "advice": ["a"], "case_id": case_id
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    let decision_json = serde_json::to_string(&decision).unwrap_or_else(|e| panic!("{e}"));
    let request_json = json!({"request_id": request_id, "submitted_at": "2026-07-14T10:32:00+08:00",
                              "payee": {"name": body, "account_no": "6222000011112222"}, "amount": "100.00"})
    .to_string();
    NewDecision {
        tenant: tenant.to_owned(),
        kind: Kind::Payment,
        request_id: request_id.to_owned(),
        body_hash: hash_secret(body),
        request_json,
        decision,
        decision_json,
        history_at: None,
        shadow_json: None,
        events: if action == "allow" {
            Vec::new()
        } else {
            vec![fraudscreen::store::NewEvent::new(
                &format!("decision.{action}"),
                Some(tenant),
                &json!({"request_id": request_id}),
            )]
        },
    }
}

async fn record(store: &Store, decision: NewDecision) -> Recorded {
    store.record_decision(decision).await.unwrap_or_else(|e| panic!("{e}"))
}

fn json_of(recorded: &Recorded) -> String {
    match recorded {
        Recorded::New(json) | Recorded::Existing(json) => json.clone(),
        Recorded::Conflict => panic!("unexpected conflict"),
    }
}

#[tokio::test]
async fn decisions_are_stored_with_their_request_and_case() {
    on_every_backend("decisions", |store| async move {
        let review = new_decision("acme", "R-1", "review", "body");
        let id = review.decision.decision_id.clone().unwrap_or_default();
        let request_json = review.request_json.clone();
        let recorded = record(&store, review.clone()).await;
        assert!(matches!(recorded, Recorded::New(ref json) if *json == review.decision_json), "{}", backend(&store));
        let (tenant, decision, request) =
            store.decision(&id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("not found"));
        assert_eq!((tenant.as_str(), &decision, request), ("acme", &review.decision, request_json));
        let case = store.case_of(&id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("no case"));
        assert_eq!((Some(case.id), case.status.as_str()), (review.decision.case_id.clone(), "open"));
        let allow = new_decision("acme", "R-2", "allow", "body");
        let allow_id = allow.decision.decision_id.clone().unwrap_or_default();
        record(&store, allow).await;
        assert!(store.case_of(&allow_id).await.unwrap_or_else(|e| panic!("{e}")).is_none(), "allow opens no case");
        assert!(store.decision("no-such-id").await.unwrap_or_else(|e| panic!("{e}")).is_none());
    })
    .await;
}

#[tokio::test]
async fn the_same_request_id_is_one_decision_even_when_sent_concurrently() {
    on_every_backend("idempotency", |store| async move {
        let first = record(&store, new_decision("acme", "I-1", "review", "body")).await;
        let again = record(&store, new_decision("acme", "I-1", "review", "body")).await;
        assert!(matches!(again, Recorded::Existing(_)), "{}", backend(&store));
        assert_eq!(json_of(&again), json_of(&first), "the stored decision comes back unchanged");
        assert!(matches!(
            record(&store, new_decision("acme", "I-1", "review", "other body")).await,
            Recorded::Conflict
        ));
        // Another tenant may use the same id.
        assert!(matches!(record(&store, new_decision("beta", "I-1", "review", "body")).await, Recorded::New(_)));
        // Twenty concurrent duplicates: exactly one is new, all return the same decision.
        let attempts = (0..20).map(|_| {
            let store = store.clone();
            tokio::spawn(async move { record(&store, new_decision("acme", "I-2", "allow", "body")).await })
        });
        let mut results = Vec::new();
        for attempt in attempts {
            results.push(attempt.await.unwrap_or_else(|e| panic!("{e}")));
        }
        let new = results.iter().filter(|r| matches!(r, Recorded::New(_))).count();
        assert_eq!(new, 1, "{}", backend(&store));
        let jsons: std::collections::HashSet<String> = results.iter().map(json_of).collect();
        assert_eq!(jsons.len(), 1, "every duplicate returns the one stored decision");
    })
    .await;
}

#[tokio::test]
async fn an_executed_outcome_adds_one_history_event() {
    on_every_backend("outcomes", |store| async move {
        let decision = new_decision("acme", "O-1", "review", "body");
        let id = decision.decision.decision_id.clone().unwrap_or_default();
        let request_json = decision.request_json.clone();
        record(&store, decision).await;
        let outcome = |outcome: &str, history: bool| OutcomeWrite {
            decision_id: id.clone(),
            tenant: "acme".into(),
            outcome: outcome.into(),
            note: Some("called back".into()),
            by_key: "key-1".into(),
            history_event: history.then(|| ("payment".into(), request_json.clone(), "2026-07-14T02:32:00Z".into())),
            watch: Vec::new(),
        };
        let cancelled = store.record_outcome(outcome("cancelled", false)).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(!cancelled);
        assert!(store.record_outcome(outcome("executed", true)).await.unwrap_or_else(|e| panic!("{e}")));
        assert!(!store.record_outcome(outcome("executed", true)).await.unwrap_or_else(|e| panic!("{e}")));
        let events = store.history_events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(events.len(), 1, "{}", backend(&store));
        assert_eq!((events[0].tenant.as_str(), events[0].kind.as_str()), ("acme", "payment"));
        assert_eq!(events[0].json, request_json);
        // An outcome for a decision that does not exist is refused, and adds nothing.
        let mut orphan = outcome("executed", true);
        orphan.decision_id = "no-such-decision".into();
        assert!(store.record_outcome(orphan).await.is_err());
        assert_eq!(store.history_events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}")).len(), 1);
    })
    .await;
}

#[tokio::test]
async fn history_events_are_read_back_in_commit_order_and_paged() {
    on_every_backend("history", |store| async move {
        let events = |n: usize| {
            (0..n).map(|i| (format!("{{\"n\":{i}}}"), format!("2026-01-0{}T00:00:00Z", 1 + i % 9))).collect()
        };
        store.append_history("acme", "counterparty", events(3)).await.unwrap_or_else(|e| panic!("{e}"));
        let mut allowed = new_decision("beta", "H-1", "allow", "body");
        allowed.history_at = Some("2026-07-14T02:32:00Z".into());
        let (allowed_id, allowed_request) =
            (allowed.decision.decision_id.clone().unwrap_or_default(), allowed.request_json.clone());
        record(&store, allowed).await;
        // Reported executed later, it is not counted a second time.
        let executed = OutcomeWrite {
            decision_id: allowed_id,
            tenant: "beta".into(),
            outcome: "executed".into(),
            note: None,
            by_key: "k".into(),
            history_event: Some(("payment".into(), allowed_request, "2026-07-14T02:32:00Z".into())),
            watch: Vec::new(),
        };
        assert!(!store.record_outcome(executed).await.unwrap_or_else(|e| panic!("{e}")), "{}", backend(&store));
        store.append_history("acme", "counterparty", events(2)).await.unwrap_or_else(|e| panic!("{e}"));
        let all = store.history_events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(all.len(), 6, "{}", backend(&store));
        assert!(all.windows(2).all(|w| w[0].seq < w[1].seq));
        assert_eq!(all[3].tenant, "beta", "the allowed payment's event sits where it was committed");
        let page = store.history_events_after(all[1].seq, 2).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(page.iter().map(|r| r.seq).collect::<Vec<_>>(), vec![all[2].seq, all[3].seq]);
        // A retried allowed payment adds no second event.
        let mut retried = new_decision("beta", "H-1", "allow", "body");
        retried.history_at = Some("2026-07-14T02:32:00Z".into());
        record(&store, retried).await;
        assert_eq!(store.history_events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}")).len(), 6);
    })
    .await;
}

#[tokio::test]
async fn keys_are_found_by_hash_until_revoked() {
    on_every_backend("keys", |store| async move {
        let jurisdiction = vec!["acme".to_owned(), "beta".to_owned()];
        let (info, secret) = store
            .create_key("police", Role::Officer, "park officer", Some(&jurisdiction))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let principal = store
            .principal(&hash_secret(&secret))
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no key"));
        assert_eq!((principal.role, principal.name.as_str()), (Role::Officer, "park officer"), "{}", backend(&store));
        assert_eq!(principal.jurisdiction, Some(jurisdiction));
        assert!(store.principal(&hash_secret("fs_wrong")).await.unwrap_or_else(|e| panic!("{e}")).is_none());
        assert!(store.revoke_key(&info.id).await.unwrap_or_else(|e| panic!("{e}")));
        assert!(!store.revoke_key(&info.id).await.unwrap_or_else(|e| panic!("{e}")), "already revoked");
        assert!(store.principal(&hash_secret(&secret)).await.unwrap_or_else(|e| panic!("{e}")).is_none());
        let keys = store.list_keys().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(keys.len(), 1);
        assert!(keys[0].revoked_at.is_some());
    })
    .await;
}

#[tokio::test]
async fn decisions_are_paged_in_commit_order_and_filtered() {
    on_every_backend("paging", |store| async move {
        let mut ids = Vec::new();
        for n in 0..5 {
            let action = if n % 2 == 0 { "review" } else { "allow" };
            let decision = new_decision("acme", &format!("P-{n}"), action, "body");
            ids.push(decision.decision.decision_id.clone().unwrap_or_default());
            record(&store, decision).await;
        }
        record(&store, new_decision("beta", "P-9", "review", "body")).await;
        let page = |after: Option<String>, limit: usize| DecisionFilter {
            tenants: Some(vec!["acme".into()]),
            after,
            limit,
            ..DecisionFilter::default()
        };
        let mut seen = Vec::new();
        let mut cursor = None;
        loop {
            let rows = store.list_decisions(&page(cursor.clone(), 2)).await.unwrap_or_else(|e| panic!("{e}"));
            if rows.is_empty() {
                break;
            }
            cursor = rows.last().map(|(c, _)| c.clone());
            seen.extend(rows.into_iter().map(|(_, d)| d.decision_id.unwrap_or_default()));
        }
        assert_eq!(seen, ids, "{}", backend(&store));
        let reviews = DecisionFilter { decision: Some("review".into()), ..page(None, 100) };
        assert_eq!(store.list_decisions(&reviews).await.unwrap_or_else(|e| panic!("{e}")).len(), 3);
        let by_type = DecisionFilter { scam_type: Some("common".into()), tenants: None, ..page(None, 100) };
        assert_eq!(store.list_decisions(&by_type).await.unwrap_or_else(|e| panic!("{e}")).len(), 6);
        let none_of_that_type = DecisionFilter { scam_type: Some("fake_order".into()), ..page(None, 100) };
        assert!(store.list_decisions(&none_of_that_type).await.unwrap_or_else(|e| panic!("{e}")).is_empty());
        let nobody = DecisionFilter { tenants: Some(Vec::new()), ..page(None, 100) };
        assert!(store.list_decisions(&nobody).await.unwrap_or_else(|e| panic!("{e}")).is_empty());
    })
    .await;
}

#[tokio::test]
async fn decisions_are_filtered_by_the_time_they_were_screened() {
    on_every_backend("time filters", |store| async move {
        record(&store, new_decision("acme", "T-1", "allow", "body")).await;
        tokio::time::sleep(Duration::from_millis(20)).await;
        let between = stamp(jiff::Timestamp::now());
        tokio::time::sleep(Duration::from_millis(20)).await;
        record(&store, new_decision("acme", "T-2", "allow", "body")).await;
        let request_ids = |filter: DecisionFilter| {
            let store = store.clone();
            async move {
                let rows = store.list_decisions(&filter).await.unwrap_or_else(|e| panic!("{e}"));
                rows.into_iter().map(|(_, d)| d.request_id).collect::<Vec<_>>()
            }
        };
        let from = DecisionFilter { from: Some(between.clone()), limit: 10, ..DecisionFilter::default() };
        assert_eq!(request_ids(from).await, vec!["T-2"], "{}", backend(&store));
        let to = DecisionFilter { to: Some(between), limit: 10, ..DecisionFilter::default() };
        assert_eq!(request_ids(to).await, vec!["T-1"]);
    })
    .await;
}

#[tokio::test]
async fn rulesets_and_tenant_settings_are_kept() {
    on_every_backend("rulesets and settings", |store| async move {
        store
            .archive_ruleset("sha256:a", "[[\"a.toml\",\"x\"]]".into(), "startup", RulesetSource::Directory, None)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        store
            .archive_ruleset("sha256:b", "[[\"a.toml\",\"y\"]]".into(), "officer", RulesetSource::Rollback, None)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let versions = store.ruleset_versions().await.unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<&str> = versions.iter().map(|(v, _, _)| v.as_str()).collect();
        assert_eq!(names, vec!["sha256:b", "sha256:a"], "{}", backend(&store));
        assert_eq!(versions[0].1, "officer");
        let files = store.ruleset_files("sha256:a").await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(files.as_deref(), Some("[[\"a.toml\",\"x\"]]"));
        assert!(store.ruleset_files("sha256:none").await.unwrap_or_else(|e| panic!("{e}")).is_none());
        let latest = store.latest_ruleset().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(latest.map(|(_, v, by)| (v, by)), Some(("sha256:b".to_owned(), "officer".to_owned())));
        let from_directory = store.latest_directory_ruleset().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(from_directory.as_deref(), Some("sha256:a"), "a rollback does not come from the directory");
        store
            .put_tenant_settings("acme", "{\"time_zone\":\"Asia/Urumqi\"}".into(), "k1")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        store
            .put_tenant_settings("acme", "{\"time_zone\":\"Asia/Shanghai\"}".into(), "k2")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let settings = store.tenant_settings().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(settings, vec![("acme".to_owned(), "{\"time_zone\":\"Asia/Shanghai\"}".to_owned())]);
    })
    .await;
}

#[tokio::test]
async fn an_unmigrated_database_is_refused_unless_migrations_are_applied() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut urls = vec![format!("sqlite://{}", dir.path().join("fresh.db").display())];
    let database = PgDatabase::create("migrations").await;
    urls.extend(database.as_ref().map(|d| d.url.clone()));
    for url in urls {
        match Store::open(&url, false).await {
            Err(StoreError::Migration(message)) => assert!(message.contains("fraudscreen migrate"), "{message}"),
            Err(other) => panic!("{url}: unexpected error {other}"),
            Ok(_) => panic!("{url}: an unmigrated database was accepted"),
        }
        drop(open(&url).await);
        assert!(Store::open(&url, false).await.is_ok(), "{url}: migrated now");
    }
}

/// A change by `who` to a case never changed before, expected in `expected`.
fn change(case_id: &str, expected: &str, who: &str) -> CaseUpdate {
    CaseUpdate {
        case_id: case_id.to_owned(),
        tenant: "acme".into(),
        by_key: format!("key-{who}"),
        by_name: who.to_owned(),
        expected_status: expected.to_owned(),
        expected_updated_at: None,
        status: None,
        resolution: None,
        assignee: None,
        note: None,
        outcome: None,
        allowlist: None,
        checked: None,
        events: Vec::new(),
    }
}

#[tokio::test]
async fn cases_move_through_review_with_their_history_and_outcome() {
    on_every_backend("cases", |store| async move {
        let decision = new_decision("acme", "C-1", "review", "body");
        let (decision_id, case_id) = (
            decision.decision.decision_id.clone().unwrap_or_default(),
            decision.decision.case_id.clone().unwrap_or_default(),
        );
        let request_json = decision.request_json.clone();
        record(&store, decision).await;
        let take = CaseUpdate {
            status: Some("in_review".into()),
            assignee: Some("张警官".into()),
            ..change(&case_id, "open", "officer")
        };
        assert_eq!(
            store.update_case(take).await.unwrap_or_else(|e| panic!("{e}")),
            CaseUpdated::Applied { history_added: false }
        );
        // A second reviewer acting on what they read before sees the change, not a silent overwrite,
        // even when the change they make would not alter the status.
        let late = CaseUpdate { status: Some("in_review".into()), ..change(&case_id, "open", "analyst") };
        assert_eq!(
            store.update_case(late).await.unwrap_or_else(|e| panic!("{e}")),
            CaseUpdated::Stale,
            "{}",
            backend(&store)
        );
        let read = store.case(&case_id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("no case"));
        let reassign = CaseUpdate { assignee: Some("王会计".into()), ..change(&case_id, "in_review", "analyst") };
        assert_eq!(
            store.update_case(reassign).await.unwrap_or_else(|e| panic!("{e}")),
            CaseUpdated::Stale,
            "stale assignee"
        );
        let reassign = CaseUpdate {
            assignee: Some("张警官".into()),
            expected_updated_at: read.updated_at.clone(),
            ..change(&case_id, "in_review", "officer")
        };
        assert_eq!(
            store.update_case(reassign).await.unwrap_or_else(|e| panic!("{e}")),
            CaseUpdated::Applied { history_added: false }
        );
        let read = store.case(&case_id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("no case"));
        let close = CaseUpdate {
            status: Some("closed".into()),
            resolution: Some("paid_after_verification".into()),
            note: Some("回拨留存号码确认".into()),
            outcome: Some(OutcomeWrite {
                decision_id: decision_id.clone(),
                tenant: "acme".into(),
                outcome: "executed".into(),
                note: None,
                by_key: "key-officer".into(),
                history_event: Some(("payment".into(), request_json, "2026-07-14T02:32:00Z".into())),
                watch: Vec::new(),
            }),
            expected_updated_at: read.updated_at.clone(),
            ..change(&case_id, "in_review", "officer")
        };
        assert_eq!(
            store.update_case(close).await.unwrap_or_else(|e| panic!("{e}")),
            CaseUpdated::Applied { history_added: true }
        );
        let case = store.case(&case_id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("no case"));
        assert_eq!(
            (case.status.as_str(), case.resolution.as_deref(), case.assignee.as_deref()),
            ("closed", Some("paid_after_verification"), Some("张警官"))
        );
        assert!(case.closed_at.is_some());
        let events = store.case_events(&case_id).await.unwrap_or_else(|e| panic!("{e}"));
        let actions: Vec<(&str, &str)> = events.iter().map(|e| (e.action.as_str(), e.by_name.as_str())).collect();
        assert_eq!(
            actions,
            vec![
                ("status", "officer"),
                ("assignee", "officer"),
                ("assignee", "officer"),
                ("status", "officer"),
                ("resolution", "officer"),
                ("note", "officer")
            ],
            "{}",
            backend(&store)
        );
        assert_eq!(events[3].detail, json!({"from": "in_review", "to": "closed"}));
        assert_eq!(store.history_events_after(0, 10).await.unwrap_or_else(|e| panic!("{e}")).len(), 1);
    })
    .await;
}

#[tokio::test]
async fn cases_are_listed_by_status_time_scam_type_and_rule() {
    on_every_backend("case lists", |store| async move {
        let mut ids = Vec::new();
        for n in 0..4 {
            let decision = new_decision(if n == 3 { "beta" } else { "acme" }, &format!("L-{n}"), "review", "body");
            ids.push(decision.decision.case_id.clone().unwrap_or_default());
            record(&store, decision).await;
        }
        record(&store, new_decision("acme", "L-allow", "allow", "body")).await;
        let close = CaseUpdate {
            status: Some("closed".into()),
            resolution: Some("false_alarm".into()),
            ..change(&ids[1], "open", "analyst")
        };
        store.update_case(close).await.unwrap_or_else(|e| panic!("{e}"));
        let list = |filter: CaseFilter| {
            let store = store.clone();
            async move {
                let rows = store.list_cases(&filter).await.unwrap_or_else(|e| panic!("{e}"));
                rows.into_iter().map(|(_, c)| c.case.id).collect::<Vec<_>>()
            }
        };
        let acme = |f: CaseFilter| CaseFilter { tenants: Some(vec!["acme".into()]), limit: 100, ..f };
        assert_eq!(list(acme(CaseFilter::default())).await, ids[..3].to_vec(), "{}", backend(&store));
        assert_eq!(
            list(acme(CaseFilter { status: Some("open".into()), ..CaseFilter::default() })).await,
            vec![ids[0].clone(), ids[2].clone()]
        );
        assert_eq!(list(acme(CaseFilter { rule_id: Some("CM-003".into()), ..CaseFilter::default() })).await.len(), 3);
        assert!(
            list(acme(CaseFilter { scam_type: Some("fake_order".into()), ..CaseFilter::default() })).await.is_empty()
        );
        let later = CaseFilter { opened_from: Some("2999-01-01T00:00:00.000000Z".into()), ..CaseFilter::default() };
        assert!(list(acme(later)).await.is_empty());
        let all = CaseFilter { limit: 100, ..CaseFilter::default() };
        assert_eq!(list(all).await.len(), 4);
        // Pages follow the order cases were opened.
        let two = CaseFilter { tenants: Some(vec!["acme".into()]), limit: 2, ..CaseFilter::default() };
        let first = store.list_cases(&two).await.unwrap_or_else(|e| panic!("{e}"));
        let cursor = first.last().map(|(c, _)| c.clone());
        let rest = list(acme(CaseFilter { after: cursor, ..CaseFilter::default() })).await;
        assert_eq!(rest, vec![ids[2].clone()]);
        let summary = &first[0].1;
        assert_eq!((summary.decision.as_str(), summary.request_id.as_str()), ("review", "L-0"));
        assert_eq!(
            (summary.rule_ids.clone(), summary.scam_types.clone()),
            (vec!["CM-003".to_owned()], vec!["common".to_owned()])
        );
    })
    .await;
}

#[tokio::test]
async fn rule_statistics_count_hits_cases_and_resolutions() {
    on_every_backend("rule statistics", |store| async move {
        let mut cases = Vec::new();
        for n in 0..3 {
            let decision = new_decision("acme", &format!("S-{n}"), "review", "body");
            cases.push(decision.decision.case_id.clone().unwrap_or_default());
            record(&store, decision).await;
        }
        record(&store, new_decision("acme", "S-allow", "allow", "body")).await;
        record(&store, new_decision("beta", "S-beta", "review", "body")).await;
        for (case, resolution) in [(&cases[0], "confirmed_fraud"), (&cases[1], "false_alarm")] {
            let close = CaseUpdate {
                status: Some("closed".into()),
                resolution: Some(resolution.into()),
                ..change(case, "open", "officer")
            };
            store.update_case(close).await.unwrap_or_else(|e| panic!("{e}"));
        }
        let acme = StatsFilter { tenants: Some(vec!["acme".into()]), ..StatsFilter::default() };
        let stats = store.rule_stats(&acme).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(stats.len(), 1, "{}", backend(&store));
        let RuleStat { rule_id, hits, cases, confirmed_frauds, false_alarms, last_fired } = stats[0].clone();
        assert_eq!((rule_id.as_str(), hits, cases, confirmed_frauds, false_alarms), ("CM-003", 4, 3, 1, 1));
        assert!(last_fired.is_some());
        let everyone = store.rule_stats(&StatsFilter::default()).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(everyone[0].hits, 5);
        let future = StatsFilter { from: Some("2999-01-01T00:00:00.000000Z".into()), ..StatsFilter::default() };
        assert!(store.rule_stats(&future).await.unwrap_or_else(|e| panic!("{e}")).is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_false_alarm_stores_its_allowlist_entry_with_the_case_change() {
    on_every_backend("allowlist", |store| async move {
        let decision = new_decision("acme", "A-1", "review", "body");
        let case_id = decision.decision.case_id.clone().unwrap_or_default();
        record(&store, decision).await;
        let close = CaseUpdate {
            status: Some("closed".into()),
            resolution: Some("false_alarm".into()),
            allowlist: Some(("{\"entry\":1}".into(), "2026-07-14T02:32:00Z".into())),
            ..change(&case_id, "open", "analyst")
        };
        assert_eq!(
            store.update_case(close).await.unwrap_or_else(|e| panic!("{e}")),
            CaseUpdated::Applied { history_added: true }
        );
        let events = store.history_events_after(0, 10).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(events.len(), 1, "{}", backend(&store));
        assert_eq!((events[0].kind.as_str(), events[0].json.as_str()), ("allowlist", "{\"entry\":1}"));
    })
    .await;
}

#[tokio::test]
async fn watchlist_entries_are_added_removed_and_audited() {
    on_every_backend("watchlist", |store| async move {
        let entry = |value: &str| fraudscreen::store::NewWatch {
            kind: "account".into(),
            value: value.into(),
            source: "manual".into(),
            source_ref: None,
            source_tenant: None,
            note: Some("警情通报".into()),
            added_by: "officer".into(),
            expires_at: None,
        };
        let before = store.watch_stamp().await.unwrap_or_else(|e| panic!("{e}"));
        let ids = store
            .add_watch(vec![entry("6217000011110001"), entry("6217000011110002")])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ids.len(), 2, "{}", backend(&store));
        let added = store.watch_stamp().await.unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(added, before, "adding changes the stamp");
        assert!(store.remove_watch(&ids[0], "officer 2").await.unwrap_or_else(|e| panic!("{e}")));
        assert!(!store.remove_watch(&ids[0], "officer 2").await.unwrap_or_else(|e| panic!("{e}")), "already removed");
        assert_ne!(store.watch_stamp().await.unwrap_or_else(|e| panic!("{e}")), added, "removing changes the stamp");
        let active = store.watch_records(false).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(active.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), vec![ids[1].as_str()]);
        let all = store.watch_records(true).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((all.len(), all[0].removed_by.as_deref()), (2, Some("officer 2")));
        // A confirmed-fraud outcome adds its identifiers in its own transaction.
        let decision = new_decision("acme", "WL-1", "review", "body");
        let decision_id = decision.decision.decision_id.clone().unwrap_or_default();
        record(&store, decision).await;
        let outcome = OutcomeWrite {
            decision_id: decision_id.clone(),
            tenant: "acme".into(),
            outcome: "confirmed_fraud".into(),
            note: None,
            by_key: "k".into(),
            history_event: None,
            watch: vec![fraudscreen::store::NewWatch {
                source: "outcome".into(),
                source_ref: Some(decision_id),
                ..entry("6217000011110003")
            }],
        };
        store.record_outcome(outcome).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(store.watch_records(false).await.unwrap_or_else(|e| panic!("{e}")).len(), 2);
    })
    .await;
}

#[tokio::test]
async fn outreach_sessions_are_stored_replaced_and_deleted() {
    on_every_backend("outreach", |store| async move {
        let row = |id: &str, held_at: &str, attendance: u32| fraudscreen::store::OutreachRow {
            id: id.into(),
            held_at: held_at.into(),
            session: json!({"attendance": attendance}).to_string(),
            by: "张警官".into(),
        };
        store.put_outreach(row("S-2", "2026-07-20T02:00:00.000000Z", 30)).await.unwrap_or_else(|e| panic!("{e}"));
        store.put_outreach(row("S-1", "2026-07-14T02:00:00.000000Z", 120)).await.unwrap_or_else(|e| panic!("{e}"));
        store.put_outreach(row("S-1", "2026-07-14T02:00:00.000000Z", 126)).await.unwrap_or_else(|e| panic!("{e}"));
        let sessions = store.outreach().await.unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<&str> = sessions.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, vec!["S-1", "S-2"], "by time held, {}", backend(&store));
        assert_eq!(sessions[0].session, json!({"attendance": 126}).to_string(), "replaced, not duplicated");
        assert!(store.delete_outreach("S-1", "张警官").await.unwrap_or_else(|e| panic!("{e}")));
        assert!(!store.delete_outreach("S-1", "张警官").await.unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(store.outreach().await.unwrap_or_else(|e| panic!("{e}")).len(), 1);
    })
    .await;
}

#[tokio::test]
async fn incidents_are_stored_with_the_watchlist_entries_their_confirmation_adds() {
    on_every_backend("incidents", |store| async move {
        let row = |status: &str| fraudscreen::store::IncidentRow {
            id: "INC-1".into(),
            company: "acme".into(),
            reported_at: "2026-07-14T03:00:00.000000Z".into(),
            status: status.into(),
            incident: json!({"status": status}).to_string(),
            by: "张警官".into(),
        };
        store.put_incident(row("reported"), Vec::new(), Vec::new()).await.unwrap_or_else(|e| panic!("{e}"));
        let watch = fraudscreen::store::NewWatch {
            kind: "account".into(),
            value: "6217000088880001".into(),
            source: "incident".into(),
            source_ref: Some("INC-1".into()),
            source_tenant: Some("acme".into()),
            note: None,
            added_by: "张警官".into(),
            expires_at: None,
        };
        store.put_incident(row("confirmed"), vec![watch], Vec::new()).await.unwrap_or_else(|e| panic!("{e}"));
        let incidents = store.incidents().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(incidents.len(), 1, "replaced, not duplicated: {}", backend(&store));
        assert_eq!(incidents[0].status, "confirmed");
        let entries = store.watch_records(false).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((entries.len(), entries[0].entry.source.as_str()), (1, "incident"));
        // Removing a record hides it and keeps the watchlist entries its confirmation added.
        assert!(store.delete_incident("INC-1", "张警官").await.unwrap_or_else(|e| panic!("{e}")));
        assert!(!store.delete_incident("INC-1", "张警官").await.unwrap_or_else(|e| panic!("{e}")));
        assert!(store.incidents().await.unwrap_or_else(|e| panic!("{e}")).is_empty(), "{}", backend(&store));
        assert_eq!(store.watch_records(false).await.unwrap_or_else(|e| panic!("{e}")).len(), 1);
    })
    .await;
}

#[tokio::test]
async fn revoking_a_key_ends_the_park_wide_subscriptions_it_made_and_no_others() {
    on_every_backend("webhook_revocation", |store| async move {
        let key = |tenant: &'static str, role: Role, name: &'static str| {
            let store = store.clone();
            async move { store.create_key(tenant, role, name, None).await.unwrap_or_else(|e| panic!("{e}")).0.id }
        };
        let (officer, colleague) =
            (key("police", Role::Officer, "Li").await, key("police", Role::Officer, "Wang").await);
        let client = key("acme", Role::Client, "acme erp").await;
        let old_hook = |id: &str, by_name: &str| fraudscreen::store::WebhookRow {
            id: id.into(),
            tenant: None,
            jurisdiction: None,
            url: "https://hooks.example.cn/x".into(),
            events: vec!["decision.block".into()],
            format: "json".into(),
            secret: Some("0123456789abcdef".into()),
            created_by: by_name.into(),
            created_by_key: None,
            created_at: "2026-07-14T02:00:00.000000Z".into(),
            last_seq: 0,
            attempts: 0,
            next_attempt_at: None,
        };
        let hook = |id: &str, tenant: Option<&str>, by_key: &str| fraudscreen::store::WebhookRow {
            created_by_key: Some(by_key.into()),
            tenant: tenant.map(str::to_owned),
            ..old_hook(id, "t")
        };
        // Park-wide subscriptions made before they recorded their key know only its name.
        for row in [
            hook("W-PARK", None, &officer),
            hook("W-ONE", Some("acme"), &officer),
            hook("W-WANG", None, &colleague),
            hook("W-ACME", Some("acme"), &client),
            old_hook("W-OLD-LI", "Li"),
            old_hook("W-OLD-WANG", "Wang"),
        ] {
            store.create_webhook(row).await.unwrap_or_else(|e| panic!("{e}"));
        }
        let live = |store: Store| async move {
            let hooks = store.webhooks().await.unwrap_or_else(|e| panic!("{e}"));
            let mut ids: Vec<String> = hooks.into_iter().map(|h| h.id).collect();
            ids.sort();
            ids
        };
        assert!(store.revoke_key(&officer).await.unwrap_or_else(|e| panic!("{e}")));
        let left = ["W-ACME", "W-OLD-WANG", "W-ONE", "W-WANG"];
        assert_eq!(live(store.clone()).await, left, "{}", backend(&store));
        // A company's subscriptions are the company's: they outlive the key that made them.
        assert!(store.revoke_key(&client).await.unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(live(store.clone()).await, left, "{}", backend(&store));
    })
    .await;
}

#[tokio::test]
async fn events_are_written_with_their_change_and_read_in_order_by_each_subscription() {
    on_every_backend("outbox", |store| async move {
        let hook = |id: &str, tenant: Option<&str>| fraudscreen::store::WebhookRow {
            id: id.into(),
            tenant: tenant.map(str::to_owned),
            jurisdiction: None,
            url: "http://127.0.0.1:9/hook".into(),
            events: vec!["decision.block".into(), "watchlist.added".into()],
            format: "json".into(),
            secret: Some("0123456789abcdef".into()),
            created_by: "t".into(),
            created_by_key: None,
            created_at: "2026-07-14T02:00:00.000000Z".into(),
            last_seq: 0,
            attempts: 0,
            next_attempt_at: None,
        };
        let written = |store: fraudscreen::store::Store| async move {
            store.events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}")).len()
        };
        // With no subscription that could want them, no events are written.
        store.record_decision(new_decision("acme", "OB-G", "block", "x")).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(written(store.clone()).await, 0, "{}", backend(&store));
        // A park-wide subscription wants every company's events.
        store.create_webhook(hook("W0", None)).await.unwrap_or_else(|e| panic!("{e}"));
        store.record_decision(new_decision("acme", "OB-0", "block", "x")).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(written(store.clone()).await, 1, "{}", backend(&store));
        assert!(store.delete_webhook("W0", "t").await.unwrap_or_else(|e| panic!("{e}")));
        // An event before the subscription exists is not its to deliver.
        store.create_webhook(hook("W1", Some("acme"))).await.unwrap_or_else(|e| panic!("{e}"));
        let w1 = store.webhooks().await.unwrap_or_else(|e| panic!("{e}")).into_iter().find(|h| h.id == "W1");
        let start = w1.map(|h| h.last_seq).unwrap_or_default();
        assert!(start > 0, "positioned after the newest event: {}", backend(&store));
        // Another company's decision: no subscription of its own and none park-wide.
        store.record_decision(new_decision("globex", "OB-X", "block", "x")).await.unwrap_or_else(|e| panic!("{e}"));
        // A decision of a type no subscription lists (not written), a decision, the same
        // request again (no new event), an allow (none), a watchlist entry (a park-wide event,
        // written once a park-wide subscription exists).
        store.record_decision(new_decision("acme", "OB-R", "review", "x")).await.unwrap_or_else(|e| panic!("{e}"));
        store.record_decision(new_decision("acme", "OB-1", "block", "x")).await.unwrap_or_else(|e| panic!("{e}"));
        store.record_decision(new_decision("acme", "OB-1", "block", "x")).await.unwrap_or_else(|e| panic!("{e}"));
        store.record_decision(new_decision("acme", "OB-2", "allow", "x")).await.unwrap_or_else(|e| panic!("{e}"));
        let watch = fraudscreen::store::NewWatch {
            kind: "phone".into(),
            value: "13900000000".into(),
            source: "officer".into(),
            source_ref: None,
            source_tenant: None,
            note: None,
            added_by: "t".into(),
            expires_at: None,
        };
        let unwanted = fraudscreen::store::NewWatch { value: "13900000001".into(), ..watch.clone() };
        store.add_watch(vec![unwanted]).await.unwrap_or_else(|e| panic!("{e}"));
        store.create_webhook(hook("W2", None)).await.unwrap_or_else(|e| panic!("{e}"));
        store.add_watch(vec![watch]).await.unwrap_or_else(|e| panic!("{e}"));
        let events = store.events_after(start, 100).await.unwrap_or_else(|e| panic!("{e}"));
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, vec!["decision.block", "watchlist.added"], "{}", backend(&store));
        assert!(events.windows(2).all(|w| w[0].seq < w[1].seq));
        assert_eq!(events[1].tenant, None, "park-wide");

        // One instance holds the lease; progress under it is recorded, a stranger's is not.
        let later = "2099-01-01T00:00:00.000000Z";
        assert!(store.claim_webhook("W1", "one", later).await.unwrap_or_else(|e| panic!("{e}")));
        assert!(!store.claim_webhook("W1", "two", later).await.unwrap_or_else(|e| panic!("{e}")));
        let progress = |owner: &str, outcome: &str| fraudscreen::store::WebhookProgress {
            webhook_id: "W1".into(),
            owner: owner.into(),
            expected_last_seq: start,
            last_seq: events[0].seq,
            attempts: 0,
            next_attempt_at: None,
            delivery: Some(fraudscreen::store::DeliveryRow {
                webhook_id: "W1".into(),
                event_id: events[0].id.clone(),
                event_type: events[0].kind.clone(),
                attempt: 1,
                at: "2026-07-14T02:00:01.000000Z".into(),
                status_code: Some(200),
                error: None,
                outcome: outcome.into(),
                millis: 3,
            }),
        };
        assert!(!store.webhook_progress(progress("two", "stranger")).await.unwrap_or_else(|e| panic!("{e}")));
        assert!(store.webhook_progress(progress("one", "delivered")).await.unwrap_or_else(|e| panic!("{e}")));
        // The same progress again was read before the first was recorded: it is stale.
        assert!(!store.webhook_progress(progress("one", "stale")).await.unwrap_or_else(|e| panic!("{e}")));
        let log = store.deliveries("W1", 10).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((log.len(), log[0].outcome.as_str(), log[0].status_code), (1, "delivered", Some(200)));
        let w1 = store.webhooks().await.unwrap_or_else(|e| panic!("{e}")).into_iter().find(|h| h.id == "W1");
        assert_eq!(w1.map(|h| h.last_seq), Some(events[0].seq));
        // Pruning deletes what every subscription has handled, never what one still needs.
        let far = "2099-01-01T00:00:00.000000Z";
        assert_eq!(store.prune_outbox(far).await.unwrap_or_else(|e| panic!("{e}")), 2, "{}", backend(&store));
        let left = store.events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(left.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(), vec!["watchlist.added"]);
        assert!(store.deliveries("W1", 10).await.unwrap_or_else(|e| panic!("{e}")).is_empty());
        assert!(store.delete_webhook("W1", "t").await.unwrap_or_else(|e| panic!("{e}")));
        assert!(store.delete_webhook("W2", "t").await.unwrap_or_else(|e| panic!("{e}")));
        assert!(store.webhooks().await.unwrap_or_else(|e| panic!("{e}")).is_empty());
    })
    .await;
}

#[tokio::test]
async fn the_audit_log_keeps_key_changes_and_actions_in_order() {
    on_every_backend("audit", |store| async move {
        let (info, _) =
            store.create_key("acme", Role::Analyst, "reviewer", None).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(store.revoke_key(&info.id).await.unwrap_or_else(|e| panic!("{e}")));
        let mut action = fraudscreen::store::AuditEntry::command_line("PATCH /v1/cases/{id}", "/v1/cases/C-1");
        action.actor_name = "officer Li".into();
        action.status = Some(200);
        store.append_audit(action).await.unwrap_or_else(|e| panic!("{e}"));
        let log = store.audit_log(0, 10).await.unwrap_or_else(|e| panic!("{e}"));
        let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["keys create", "keys revoke", "PATCH /v1/cases/{id}"], "{}", backend(&store));
        assert!(log[0].target.contains(&info.id) && log[1].target == info.id);
        assert!(log.windows(2).all(|w| w[0].seq < w[1].seq));
        let after_first = store.audit_log(log[0].seq, 10).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(after_first.len(), 2, "paged after a position");
    })
    .await;
}

/// An action's entry is written before the action runs, with no status; the status is filled
/// in once, and the database itself refuses every other change, on both backends.
#[tokio::test]
async fn an_audit_entry_gets_its_outcome_once_and_nothing_else_changes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    audit_outcome_once(&format!("sqlite://{}", dir.path().join("audit.db").display())).await;
    if let Some(database) = PgDatabase::create("audit_outcome").await {
        audit_outcome_once(&database.url).await;
    }
}

async fn audit_outcome_once(url: &str) {
    let store = open(url).await;
    let mut entry = fraudscreen::store::AuditEntry::command_line("PATCH /v1/cases/{id}", "/v1/cases/C-1");
    entry.status = None;
    let seq = store.append_audit(entry.clone()).await.unwrap_or_else(|e| panic!("{e}"));
    let status_of = |log: Vec<fraudscreen::store::AuditEntry>| log.iter().find(|e| e.seq == seq).map(|e| e.status);
    let log = store.audit_log(0, 10).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(status_of(log), Some(None), "{url}: the entry is there before its outcome");
    store.record_audit_outcome(seq, 200).await.unwrap_or_else(|e| panic!("{e}"));
    // A second outcome for the same entry changes nothing.
    store.record_audit_outcome(seq, 500).await.unwrap_or_else(|e| panic!("{e}"));
    let log = store.audit_log(0, 10).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(status_of(log), Some(Some(200)), "{url}");

    // Straight in the database: a recorded entry cannot change at all, and an entry still
    // waiting for its outcome can get a status and nothing else.
    store.append_audit(entry).await.unwrap_or_else(|e| panic!("{e}"));
    for refused in [
        "UPDATE audit_log SET status = 500 WHERE status IS NOT NULL",
        "UPDATE audit_log SET actor_name = 'someone else'",
        "UPDATE audit_log SET status = 200, target = '/v1/cases/C-2' WHERE status IS NULL",
        "DELETE FROM audit_log",
    ] {
        assert!(raw_sql(url, refused).await.is_err(), "{url}: the database took `{refused}`");
    }
    assert_eq!(raw_sql(url, "UPDATE audit_log SET status = 201 WHERE status IS NULL").await, Ok(1), "{url}");
}

/// Runs one statement on the database behind `url`, outside the store; the rows it changed.
async fn raw_sql(url: &str, sql: &str) -> Result<u64, String> {
    match url.strip_prefix("sqlite://") {
        Some(path) => {
            let conn = rusqlite::Connection::open(path).map_err(|e| e.to_string())?;
            conn.execute(sql, []).map(|n| n as u64).map_err(|e| e.to_string())
        }
        None => {
            use sqlx::Connection as _;
            let mut conn = sqlx::PgConnection::connect(url).await.map_err(|e| e.to_string())?;
            sqlx::query(sql).execute(&mut conn).await.map(|r| r.rows_affected()).map_err(|e| e.to_string())
        }
    }
}

#[tokio::test]
async fn purging_cuts_old_requests_down_and_leaves_new_ones() {
    on_every_backend("retention", |store| async move {
        let mut old = new_decision("acme", "OLD-1", "review", "乌鲁木齐示例矿业投资有限公司");
        let old_id = old.decision.decision_id.clone().unwrap_or_default();
        // Paid all the same, with a memo: the request also entered the counterparty history.
        let mut request: Value = serde_json::from_str(&old.request_json).unwrap_or_default();
        request["memo"] = json!("马总交代的保证金");
        old.request_json = request.to_string();
        old.history_at = Some("2026-07-14T02:32:00Z".into());
        record(&store, old).await;
        let cutoff = stamp(jiff::Timestamp::now() + jiff::SignedDuration::from_secs(1));
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let new = new_decision("acme", "NEW-1", "review", "乌鲁木齐示例矿业投资有限公司");
        let new_id = new.decision.decision_id.clone().unwrap_or_default();
        let new_request = new.request_json.clone();
        record(&store, new).await;
        assert_eq!(store.purge_before(&cutoff, 100).await.unwrap_or_else(|e| panic!("{e}")), 1, "{}", backend(&store));
        assert_eq!(store.purge_before(&cutoff, 100).await.unwrap_or_else(|e| panic!("{e}")), 0, "purged once");
        let (_, decision, request) =
            store.decision(&old_id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("gone"));
        assert_eq!(decision.score, 40, "the decision stays");
        assert!(!request.contains("6222000011112222") && !request.contains("乌鲁木齐"), "{request}");
        assert!(request.contains("\"amount\":\"100.00\"") && request.contains("purged_at"), "{request}");
        // The history event keeps what the history reads, and loses the memo.
        let events = store.history_events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(events.len(), 1, "{}", backend(&store));
        let event = &events[0].json;
        assert!(!event.contains("马总") && !event.contains("memo"), "{event}");
        assert!(event.contains("6222000011112222") && event.contains("乌鲁木齐示例矿业投资有限公司"), "{event}");
        let (_, _, untouched) =
            store.decision(&new_id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("gone"));
        assert_eq!(untouched, new_request);
    })
    .await;
}

#[tokio::test]
async fn one_accounts_data_is_found_and_erased_for_one_tenant() {
    on_every_backend("privacy", |store| async move {
        let mut paid = new_decision("acme", "P-1", "allow", "body");
        paid.history_at = Some("2026-07-14T02:32:00Z".into());
        record(&store, paid).await;
        record(&store, new_decision("beta", "P-2", "review", "body")).await;
        // The engine reads an account number on its digits and letters, so the same account
        // spelt with spaces and dashes is the same payee, and the subject's data; an account
        // holding the same digits and one more is someone else's.
        let spelt = |request_id: &str, account: &str| {
            let mut decision = new_decision("acme", request_id, "review", "body");
            decision.request_json = decision.request_json.replace("6222000011112222", account);
            decision
        };
        record(&store, spelt("P-3", "6222 0000-1111 2222")).await;
        record(&store, spelt("P-4", "6222 0000 1111 22229")).await;
        let allow = json!({"at": "2026-07-15T00:00:00Z", "until": "2027-07-15T00:00:00Z", "kind": "payee",
                           "value": "6222-0000-1111-2222", "rules": ["CM-003"]});
        store
            .append_history("acme", "allowlist", vec![(allow.to_string(), "2026-07-15T00:00:00Z".into())])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let account = Subject::Account("6222000011112222".into());
        let all = store.subject_data(&account, None).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((all.decisions.len(), all.history.len()), (3, 2), "{}", backend(&store));
        let acme = vec!["acme".to_owned()];
        let erased = store.erase_subject(&account, Some(&acme)).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((erased.decisions_purged, erased.history_events_deleted), (2, 2));
        let left = store.subject_data(&account, None).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((left.decisions.len(), left.history.len()), (1, 0), "beta's decision stays");
        assert_eq!(left.decisions[0].tenant, "beta");
        let longer = Subject::Account("62220000111122229".into());
        let other = store.subject_data(&longer, None).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(other.decisions.len(), 1, "the longer account is untouched: {}", backend(&store));
        assert!(other.decisions[0].request_json.contains("6222 0000 1111 22229"));
        // The erasure is recorded for the company whose history lost an event, for the other
        // instances to follow; erasing again finds nothing and records nothing.
        let erasures = store.erasures_after(0).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(erasures.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(), vec!["acme"], "{}", backend(&store));
        store.erase_subject(&account, Some(&acme)).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(store.erasures_after(erasures[0].0).await.unwrap_or_else(|e| panic!("{e}")).is_empty());
    })
    .await;
}

/// A decision on an order from `customer`, accepted (so in the history) when `accepted`.
fn order_decision(tenant: &str, record_id: &str, customer: &str, accepted: bool) -> NewDecision {
    let mut decision = new_decision(tenant, record_id, "review", customer);
    decision.kind = Kind::Order;
    decision.decision.kind = Kind::Order;
    decision.decision_json = serde_json::to_string(&decision.decision).unwrap_or_else(|e| panic!("{e}"));
    decision.request_json = json!({"record_id": record_id, "received_at": "2026-07-14T10:32:00+08:00",
        "customer": {"name": customer, "contact_name": "刘先生", "phone": "13900000000"},
        "items": [{"product": "茅台酒"}], "total_amount": "260000.00", "notes": "急单"})
    .to_string();
    decision.history_at = accepted.then(|| "2026-07-14T02:32:00Z".into());
    decision
}

#[tokio::test]
async fn one_customers_data_is_found_and_erased_for_one_tenant() {
    on_every_backend("privacy_customer", |store| async move {
        let customer = "北京示例贸易有限公司";
        record(&store, order_decision("acme", "O-1", customer, true)).await;
        record(&store, order_decision("acme", "O-2", "另一家公司", true)).await;
        record(&store, order_decision("beta", "O-3", customer, false)).await;
        // The engine folds spacing and the legal-form suffix out of a customer's name: this is
        // the same customer. A name holding the same characters and more is another one.
        record(&store, order_decision("acme", "O-4", "北京示例贸易 有限公司", false)).await;
        record(&store, order_decision("acme", "O-5", "北京示例贸易二部有限公司", false)).await;
        // A payment to a payee of the same name is not the customer's data.
        record(&store, new_decision("acme", "P-1", "review", customer)).await;
        let allow = json!({"at": "2026-07-15T00:00:00Z", "until": "2027-07-15T00:00:00Z", "kind": "customer",
                           "value": customer, "rules": ["FO-001"]});
        store
            .append_history("acme", "allowlist", vec![(allow.to_string(), "2026-07-15T00:00:00Z".into())])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let subject = Subject::Customer(customer.into());
        let all = store.subject_data(&subject, None).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((all.decisions.len(), all.history.len()), (3, 2), "{}", backend(&store));
        assert!(all.decisions.iter().all(|d| d.request_json.contains("record_id")), "orders only");
        let acme = vec!["acme".to_owned()];
        let erased = store.erase_subject(&subject, Some(&acme)).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((erased.decisions_purged, erased.history_events_deleted), (2, 2), "{}", backend(&store));
        let branch = Subject::Customer("北京示例贸易二部有限公司".into());
        let other = store.subject_data(&branch, None).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(other.decisions.len(), 1, "the other customer is untouched: {}", backend(&store));
        let left = store.subject_data(&subject, None).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((left.decisions.len(), left.history.len()), (1, 0), "beta's decision stays");
        assert_eq!(left.decisions[0].tenant, "beta");
        let history = store.history_events_after(0, 100).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(history.len(), 1, "the other customer's order stays");
        assert!(history[0].json.contains("另一家公司"));
        let erasures = store.erasures_after(0).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(erasures.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(), vec!["acme"]);
    })
    .await;
}

#[tokio::test]
async fn officer_page_sessions_are_kept_until_they_expire_end_or_are_replaced() {
    on_every_backend("ui_sessions", |store| async move {
        let session = |id: &str, expires_at: &str| fraudscreen::store::UiSession {
            id_hash: hash_secret(id),
            key_hash: hash_secret("fs_key"),
            csrf: format!("csrf-{id}"),
            expires_at: expires_at.into(),
        };
        let later = stamp(jiff::Timestamp::now() + jiff::SignedDuration::from_hours(8));
        let earlier = stamp(jiff::Timestamp::now() - jiff::SignedDuration::from_secs(1));
        let get = |id: &'static str| {
            let store = store.clone();
            async move { store.ui_session(&hash_secret(id)).await.unwrap_or_else(|e| panic!("{e}")) }
        };
        store.put_ui_session(session("one", &later), None).await.unwrap_or_else(|e| panic!("{e}"));
        store.put_ui_session(session("old", &earlier), None).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(get("one").await.map(|s| s.csrf), Some("csrf-one".to_owned()), "{}", backend(&store));
        assert_eq!(get("old").await, None, "an expired session is not found");
        // Signing in again from the same browser ends the session it held.
        store.put_ui_session(session("two", &later), Some(hash_secret("one"))).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((get("one").await, get("two").await.is_some()), (None, true));
        store.delete_ui_session(&hash_secret("two")).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(get("two").await, None, "signed out");
    })
    .await;
}
