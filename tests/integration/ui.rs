//! The officer pages in a real browser: Debian's headless Chromium, driven through its
//! chromedriver. Sign in, open the queue, open a case, work through it and resolve it, open the
//! weekly report; a screenshot of each page is saved under the tests' output folder. Skipped,
//! saying why, where Chromium or chromedriver is not installed (`.ci/run` installs them).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::helpers::{create_key_with_cli, root, rules_dir, start_server, start_server_with};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(9515)
}

/// Waits until the element `css` reads `expected` (a form post redirects, so the old page
/// may still be showing for a moment).
async fn wait_text(client: &fantoccini::Client, css: &str, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(element) = client.find(Locator::Css(css)).await {
            if element.text().await.is_ok_and(|t| t == expected) {
                return;
            }
        }
        assert!(Instant::now() < deadline, "{css} never read {expected}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the element `css` contains `expected`.
async fn wait_text_contains(client: &fantoccini::Client, css: &str, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(element) = client.find(Locator::Css(css)).await {
            if element.text().await.is_ok_and(|t| t.contains(expected)) {
                return;
            }
        }
        assert!(Instant::now() < deadline, "{css} never contained {expected}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the browser is at `path`.
async fn wait_path(client: &fantoccini::Client, path: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while client.current_url().await.map(|u| u.path().to_owned()).unwrap_or_default() != path {
        assert!(Instant::now() < deadline, "the browser never reached {path}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn shot(client: &fantoccini::Client, dir: &std::path::Path, name: &str) {
    let png = client.screenshot().await.unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
    std::fs::write(dir.join(name), png).unwrap_or_else(|e| panic!("{e}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_signs_in_works_a_case_and_reads_the_report_in_a_browser() {
    if !std::path::Path::new(CHROMIUM).exists() || !std::path::Path::new(CHROMEDRIVER).exists() {
        eprintln!(
            "skipping the browser test: {CHROMIUM} or {CHROMEDRIVER} is not installed (apt-get install chromium chromium-driver)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("ui.db").display());
    let officer = create_key_with_cli(&url, "police", "officer");
    let client_key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let example: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/payment.json")).unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let http = reqwest::Client::new();
    let decision: Value = http
        .post(format!("{}/v1/screen/payment", server.base))
        .bearer_auth(&client_key)
        .json(&example)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .unwrap_or(Value::Null);
    assert_eq!(decision["decision"], "block", "{decision}");

    let port = free_port();
    let driver = Driver(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start chromedriver: {e}")),
    );
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({"binary": CHROMIUM, "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"]}),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let browser = loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(capabilities.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => break client,
            Err(error) if Instant::now() < deadline => {
                let _ = error;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(error) => panic!("cannot reach chromedriver: {error}"),
        }
    };
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("ui-screenshots");
    std::fs::create_dir_all(&shots).unwrap_or_else(|e| panic!("{e}"));
    let base = server.base.clone();

    // Signing in with a wrong key fails; with the officer's it lands on the queue.
    browser.goto(&format!("{base}/ui/login")).await.unwrap_or_else(|e| panic!("{e}"));
    browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("input[name=key]"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .send_keys("fs_wrong")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("button[type=submit]"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let error = browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("p.error"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(error.contains("无效"), "{error}");
    shot(&browser, &shots, "login.png").await;
    browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("input[name=key]"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .send_keys(&officer)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("button[type=submit]"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let queue = browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("table#queue"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(queue.contains("PAY-2026-000123") && queue.contains("block"), "{queue}");
    shot(&browser, &shots, "queue.png").await;
    // The queue filtered by a rule that did not fire is empty; on a phone's width it still reads.
    browser.goto(&format!("{base}/ui/?rule=AC-001")).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(browser.source().await.unwrap_or_default().contains("没有案件"), "the rule filter");
    browser.set_window_size(390, 844).await.unwrap_or_else(|e| panic!("{e}"));
    browser.goto(&format!("{base}/ui/?status=open&rule=BI-001")).await.unwrap_or_else(|e| panic!("{e}"));
    wait_text_contains(&browser, "table#queue", "PAY-2026-000123").await;
    shot(&browser, &shots, "queue-phone.png").await;
    browser.set_window_size(1280, 1000).await.unwrap_or_else(|e| panic!("{e}"));

    // The case: evidence marked in the original Chinese, a checklist, one-click resolution.
    browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::LinkText("PAY-2026-000123"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    wait_text_contains(&browser, "#checklist", "回拨").await;
    let page = browser.source().await.unwrap_or_default();
    assert!(
        page.contains("<mark>") && page.contains("用公司通讯录里的号码回拨领导本人核实"),
        "the case page lacks evidence or checklist"
    );
    shot(&browser, &shots, "case.png").await;
    let click = |css: &'static str| {
        let browser = browser.clone();
        async move {
            browser
                .wait()
                .at_most(Duration::from_secs(10))
                .for_element(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("{css}: {e}"))
                .click()
                .await
                .unwrap_or_else(|e| panic!("{e}"));
        }
    };
    click("form input[value=take] ~ button").await;
    wait_text(&browser, "#status", "in_review").await;
    click("#checklist form button").await;
    wait_text_contains(&browser, "#history", "已核实").await;
    click("form input[value=confirmed_fraud] ~ button").await;
    wait_text(&browser, "#status", "closed").await;
    let history = browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("#history"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(
        history.contains("已核实") && history.contains("confirmed_fraud") && history.contains("police-officer"),
        "{history}"
    );
    shot(&browser, &shots, "case-closed.png").await;

    // Outreach and fraud records: an officer records a talk and a reported scam through the
    // forms, then confirms the scam from its row; the scammer's account is watchlisted, and the
    // next payment to it opens a case that names the record behind the hit.
    let set = |css: &'static str, value: &'static str| {
        let browser = browser.clone();
        async move {
            browser
                .execute("document.querySelector(arguments[0]).value = arguments[1];", vec![json!(css), json!(value)])
                .await
                .unwrap_or_else(|e| panic!("{css}: {e}"));
        }
    };
    browser.goto(&format!("{base}/ui/outreach")).await.unwrap_or_else(|e| panic!("{e}"));
    set("#outreach-form input[name=held_at]", "2026-07-13T16:00").await;
    set("#outreach-form input[name=companies]", "acme").await;
    set("#outreach-form select[name=format]", "workshop_visit").await;
    set("#outreach-form input[name=attendance]", "85").await;
    set("#outreach-form input[name=roster]", "E1024、E2001").await;
    click("#outreach-form input[value=fake_order]").await;
    click("#outreach-form button[type=submit]").await;
    wait_text_contains(&browser, "table#sessions", "车间走访").await;
    let sessions = browser.find(Locator::Css("table#sessions")).await.unwrap_or_else(|e| panic!("{e}"));
    let sessions = sessions.text().await.unwrap_or_default();
    assert!(
        sessions.contains("2026-07-13 16:00") && sessions.contains("85") && sessions.contains("fake_order"),
        "{sessions}"
    );
    shot(&browser, &shots, "outreach.png").await;
    browser.goto(&format!("{base}/ui/incidents")).await.unwrap_or_else(|e| panic!("{e}"));
    set("#incident-form input[name=reported_at]", "2026-07-14T11:00").await;
    set("#incident-form input[name=company]", "acme").await;
    set("#incident-form select[name=scam_type]", "fake_order").await;
    set("#incident-form select[name=channel]", "phone").await;
    set("#incident-form input[name='identifiers.accounts']", "6217 0000 6666 0003").await;
    set("#incident-form input[name=amount_saved]", "52000").await;
    set("#incident-form input[name=employee]", "E1024").await;
    set("#incident-form textarea[name=narrative]", "来电订货要求先垫付样品款，员工想起前一天的宣讲，挂断报警。").await;
    click("#incident-form button[type=submit]").await;
    wait_text_contains(&browser, "table#incidents", "参加过宣传").await;
    click("table#incidents form input[value=confirmed] ~ button").await;
    wait_text_contains(&browser, "table#incidents td.status", "已确认").await;
    shot(&browser, &shots, "incidents.png").await;
    let mut to_scammer = example.clone();
    to_scammer["request_id"] = json!("WL-UI-1");
    to_scammer["payee"]["account_no"] = json!("6217000066660003");
    let blocked: Value = http
        .post(format!("{}/v1/screen/payment", server.base))
        .bearer_auth(&client_key)
        .json(&to_scammer)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .unwrap_or(Value::Null);
    assert!(blocked["hits"].to_string().contains("CM-001"), "{blocked}");
    browser.goto(&format!("{base}/ui/")).await.unwrap_or_else(|e| panic!("{e}"));
    browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::LinkText("WL-UI-1"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    wait_text_contains(&browser, "#watchlist-sources", "来电订货").await;
    shot(&browser, &shots, "case-watchlist.png").await;

    // English on request, and the weekly report with its charts.
    browser.goto(&format!("{base}/ui/?lang=en")).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(browser.source().await.unwrap_or_default().contains("Review queue"));
    browser.goto(&format!("{base}/ui/reports/weekly")).await.unwrap_or_else(|e| panic!("{e}"));
    let report = browser.source().await.unwrap_or_default();
    assert!(report.contains("<svg") && report.contains("确认诈骗"), "the report page lacks its charts");
    shot(&browser, &shots, "report.png").await;

    // Signed out, the pages send the browser back to the sign-in form.
    browser.goto(&format!("{base}/ui/")).await.unwrap_or_else(|e| panic!("{e}"));
    click("header form button").await;
    // Signing out lands on the sign-in form (wait for that navigation to finish) ...
    wait_text_contains(&browser, "form[action='/ui/login']", "").await;
    wait_path(&browser, "/ui/login").await;
    // ... and the queue now sends the browser there too.
    browser.goto(&format!("{base}/ui/")).await.unwrap_or_else(|e| panic!("{e}"));
    wait_path(&browser, "/ui/login").await;
    let _ = browser.close().await;
    drop(driver);
    server.stop();
    eprintln!("screenshots in {}", shots.display());
}

#[tokio::test]
async fn the_pages_need_a_session_and_forms_need_its_token() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("ui.db").display());
    let analyst = create_key_with_cli(&url, "acme", "analyst");
    let client_key = create_key_with_cli(&url, "acme", "client");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let base = server.base.clone();
    for path in ["/ui/", "/ui/cases/x", "/ui/reports/weekly", "/ui/outreach", "/ui/incidents", "/ui/webhooks"] {
        let response = http.get(format!("{base}{path}")).send().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(response.status().as_u16(), 303, "{path} without a session");
    }
    let refused = http
        .post(format!("{base}/ui/login"))
        .form(&[("key", client_key.as_str())])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(refused.status().as_u16(), 403, "a system key cannot sign in");
    let signed_in = http
        .post(format!("{base}/ui/login"))
        .form(&[("key", analyst.as_str())])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let cookie = signed_in.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let session = cookie.split(';').next().unwrap_or_default().to_owned();
    let forged = http
        .post(format!("{base}/ui/cases/x"))
        .header("cookie", &session)
        .form(&[("csrf", "forged"), ("action", "note"), ("note", "x")])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(forged.status().as_u16(), 403, "a form without the session's token");
    let queue =
        http.get(format!("{base}/ui/")).header("cookie", &session).send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(queue.status().as_u16(), 200);
    // An analyst reads the company's records but gets no form, and a form posted anyway, even
    // with the session's token, is refused.
    let records = http
        .get(format!("{base}/ui/incidents"))
        .header("cookie", &session)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(records.contains("id=\"incidents\"") && !records.contains("incident-form"), "{records}");
    let token = records
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned();
    assert!(!token.is_empty(), "the sign-out form carries the token");
    let posted = http
        .post(format!("{base}/ui/incidents"))
        .header("cookie", &session)
        .form(&[("csrf", token.as_str()), ("reported_at", "2026-07-14 10:00"), ("company", "acme")])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(posted.status().as_u16(), 403, "analysts do not record");
    server.stop();
}

/// Signs in with `key`; the session cookie and the page's CSRF token.
async fn sign_in(http: &reqwest::Client, base: &str, key: &str) -> (String, String) {
    let signed_in =
        http.post(format!("{base}/ui/login")).form(&[("key", key)]).send().await.unwrap_or_else(|e| panic!("{e}"));
    let cookie = signed_in.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let session = cookie.split(';').next().unwrap_or_default().to_owned();
    let page = get_page(http, base, "/ui/webhooks", &session).await.1;
    let token = page.split("name=\"csrf\" value=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default();
    (session, token.to_owned())
}

async fn get_page(http: &reqwest::Client, base: &str, path: &str, session: &str) -> (u16, String) {
    let response =
        http.get(format!("{base}{path}")).header("cookie", session).send().await.unwrap_or_else(|e| panic!("{e}"));
    (response.status().as_u16(), response.text().await.unwrap_or_default())
}

async fn post_form(
    http: &reqwest::Client,
    base: &str,
    path: &str,
    session: &str,
    form: &[(&str, &str)],
) -> (u16, String) {
    let response = http
        .post(format!("{base}{path}"))
        .header("cookie", session)
        .form(form)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    (response.status().as_u16(), response.text().await.unwrap_or_default())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn officers_and_analysts_manage_group_robots_on_the_pages() {
    // A group robot on loopback that records what it is sent.
    let got: std::sync::Arc<std::sync::Mutex<Vec<Value>>> = std::sync::Arc::default();
    let recorder = std::sync::Arc::clone(&got);
    let robot = axum::Router::new().route(
        "/robot",
        axum::routing::post(move |body: axum::Json<Value>| async move {
            recorder.lock().map(|mut g| g.push(body.0)).unwrap_or_default();
            axum::Json(json!({"errcode": 0, "errmsg": "ok"}))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap_or_else(|e| panic!("{e}"));
    let robot_url =
        format!("http://{}/robot?key=ROBOT-TOKEN-1", listener.local_addr().unwrap_or_else(|e| panic!("{e}")));
    tokio::spawn(async move { axum::serve(listener, robot).await });

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("ui.db").display());
    let officer = create_key_with_cli(&url, "police", "officer");
    let analyst = create_key_with_cli(&url, "acme", "analyst");
    let mut server = start_server_with(&url, &rules_dir(), "warn", &[("FRAUDSCREEN_WEBHOOK_HOSTS", "127.0.0.1")]);
    let base = server.base.clone();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));

    // An officer adds a park-wide WeCom robot; the page shows it without the robot's token.
    let (session, token) = sign_in(&http, &base, &officer).await;
    assert!(!token.is_empty());
    let added = post_form(
        &http,
        &base,
        "/ui/webhooks",
        &session,
        &[
            ("csrf", &token),
            ("url", &robot_url),
            ("format", "wecom"),
            ("events", "decision.block"),
            ("events", "watchlist.added"),
            ("tenant", ""),
        ],
    )
    .await;
    assert_eq!(added.0, 303, "{}", added.1);
    let (status, page) = get_page(&http, &base, "/ui/webhooks", &session).await;
    assert_eq!(status, 200);
    assert!(page.contains("key=***") && !page.contains("ROBOT-TOKEN-1"), "{page}");
    assert!(page.contains("园区") && page.contains("企业微信群机器人"), "{page}");
    let id =
        page.split("action=\"/ui/webhooks/").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default().to_owned();
    assert!(!id.is_empty(), "{page}");

    // The test button sends a message the robot accepts, and says so.
    let (status, page) =
        post_form(&http, &base, &format!("/ui/webhooks/{id}"), &session, &[("csrf", &token), ("action", "test")]).await;
    assert_eq!(status, 200);
    assert!(page.contains("测试消息已送达"), "{page}");
    let sent = got.lock().map(|g| g.clone()).unwrap_or_default();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["msgtype"], "markdown", "{}", sent[0]);

    // A bad subscription is shown with the reason, and nothing is added.
    let (status, page) = post_form(
        &http,
        &base,
        "/ui/webhooks",
        &session,
        &[
            ("csrf", &token),
            ("url", "http://169.254.169.254/latest"),
            ("format", "wecom"),
            ("events", "decision.block"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(page.contains("id=\"message\"") && page.contains("url:"), "{page}");

    // An analyst manages the company's own: no park-wide events, no other company, and the
    // officer's park-wide robot is not theirs to see.
    let (analyst_session, analyst_token) = sign_in(&http, &base, &analyst).await;
    let (_, page) = get_page(&http, &base, "/ui/webhooks", &analyst_session).await;
    assert!(!page.contains(&id) && !page.contains("name=\"tenant\"") && !page.contains("watchlist.added"), "{page}");
    let (status, _) = post_form(
        &http,
        &base,
        "/ui/webhooks",
        &analyst_session,
        &[("csrf", &analyst_token), ("url", &robot_url), ("format", "wecom"), ("events", "watchlist.added")],
    )
    .await;
    assert_eq!(status, 400, "a company cannot take park-wide events");
    let (status, _) = post_form(
        &http,
        &base,
        &format!("/ui/webhooks/{id}"),
        &analyst_session,
        &[("csrf", &analyst_token), ("action", "delete")],
    )
    .await;
    assert_eq!(status, 404, "nor remove the officer's");
    let (status, _) =
        post_form(&http, &base, &format!("/ui/webhooks/{id}"), &session, &[("csrf", "forged"), ("action", "delete")])
            .await;
    assert_eq!(status, 403, "a form without the session's token");

    // The officer removes it.
    let (status, _) =
        post_form(&http, &base, &format!("/ui/webhooks/{id}"), &session, &[("csrf", &token), ("action", "delete")])
            .await;
    assert_eq!(status, 303);
    let hooks: Value = http
        .get(format!("{base}/v1/webhooks"))
        .bearer_auth(&officer)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .json()
        .await
        .unwrap_or_default();
    assert_eq!(hooks["webhooks"], json!([]), "{hooks}");
    server.stop();
}

#[tokio::test]
async fn a_revoked_key_ends_the_sessions_it_signed_in() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("ui.db").display());
    let officer = create_key_with_cli(&url, "police", "officer");
    let mut server = start_server(&url, &rules_dir(), "warn");
    let base = server.base.clone();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let (session, _) = sign_in(&http, &base, &officer).await;
    assert_eq!(get_page(&http, &base, "/ui/", &session).await.0, 200, "signed in");

    // The key is revoked from the command line, as when an officer leaves.
    let list = crate::helpers::stdout(&crate::helpers::fraudscreen(&["keys", "list", "--database-url", &url]));
    let id = list.split('\t').next().unwrap_or_default().to_owned();
    assert!(crate::helpers::fraudscreen(&["keys", "revoke", &id, "--database-url", &url]).status.success());
    // Within the key cache's few seconds, the browser is sent to sign in again, and stays out.
    let deadline = Instant::now() + Duration::from_secs(30);
    while get_page(&http, &base, "/ui/", &session).await.0 != 303 {
        assert!(Instant::now() < deadline, "the revoked key's session still opens the pages");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(get_page(&http, &base, "/ui/webhooks", &session).await.0, 303);
    server.stop();
}

#[tokio::test]
async fn a_sign_in_outlives_a_restart_and_ends_at_sign_out() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}", dir.path().join("ui.db").display());
    let analyst = create_key_with_cli(&url, "acme", "analyst");
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut server = start_server(&url, &rules_dir(), "warn");
    let (session, token) = sign_in(&http, &server.base, &analyst).await;
    server.stop();

    let mut server = start_server(&url, &rules_dir(), "warn");
    let base = server.base.clone();
    assert_eq!(get_page(&http, &base, "/ui/", &session).await.0, 200, "still signed in after the restart");
    // The stored copy does not sign a forged or a guessed cookie in.
    assert_eq!(get_page(&http, &base, "/ui/", "fs_session=forged").await.0, 303);
    let (status, _) = post_form(&http, &base, "/ui/logout", &session, &[("csrf", &token)]).await;
    assert_eq!(status, 303);
    assert_eq!(get_page(&http, &base, "/ui/", &session).await.0, 303, "signed out");
    server.stop();
}
