//! The pages driven in process, without a socket: the security checks, the
//! decision form, the queue order and the source files.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tilsyn_cases::Store;
use tilsyn_report::{
    ActionPlan, Body as MeetingBody, DocumentRecord, EvidenceRecord, ItemRecord, RunInfo,
    build_report,
};
use tower::ServiceExt;

const PORT: u16 = 8098;
const HOST: &str = "127.0.0.1:8098";

struct Fixture {
    _input: tempfile::TempDir,
    _db: tempfile::TempDir,
    db_path: std::path::PathBuf,
    app: axum::Router,
}

fn doc(path: &str, code: &str, plan: ActionPlan) -> DocumentRecord {
    let shown = EvidenceRecord {
        page: 2,
        rule: "danmarkskort.part_whole".into(),
        text: "Omgørelsesprocenten for hele socialområdet er 31 pct.".into(),
        highlight: None,
    };
    DocumentRecord {
        path: path.into(),
        municipality_code: Some(code.into()),
        pages: Some(2),
        meeting_date: chrono::NaiveDate::from_ymd_opt(2023, 11, 30),
        body: Some(MeetingBody::Council),
        body_name: Some("Byrådet".into()),
        items: vec![ItemRecord {
            kind: "danmarkskort".into(),
            title: "Danmarkskort 2023 <script>alert(1)</script>".into(),
            map_year: Some(2023),
            action_plan: Some(plan),
            page: 2,
            doubts: Vec::new(),
            // The treatment shows every attention point, so a 2023 case carries no
            // attention_points note and an ok case is ready, not one to check.
            attention: tilsyn_report::AttentionRecord {
                whole_area: Some(shown.clone()),
                children: Some(shown.clone()),
                adults: Some(shown.clone()),
                comparison: Some(shown),
            },
            evidence: vec![EvidenceRecord {
                page: 2,
                rule: "action_plan.no_need".into(),
                text: "Byrådet finder, at der ikke er behov for en handlingsplan.".into(),
                highlight: Some((24, 58)),
            }],
        }],
        ..Default::default()
    }
}

fn fixture() -> Fixture {
    let input = tempfile::tempdir().unwrap();
    std::fs::create_dir(input.path().join("101")).unwrap();
    std::fs::create_dir(input.path().join("147")).unwrap();
    std::fs::write(input.path().join("101/byraad.html"), "<p>kbh</p>").unwrap();
    std::fs::write(input.path().join("147/byraad.html"), "<p>frb</p>").unwrap();
    std::fs::write(input.path().join("hemmelig.txt"), "nej").unwrap();
    let db = tempfile::tempdir().unwrap();
    let db_path = db.path().join("tilsyn.db");
    let mut store = Store::open(&db_path).unwrap();
    let report = build_report(
        2023,
        vec![
            doc("101/byraad.html", "101", ActionPlan::NoNeed),
            doc("147/byraad.html", "147", ActionPlan::Prepare),
        ],
        RunInfo::default(),
    );
    store.record_run(&report, input.path()).unwrap();
    let app = crate::router(store, PORT, None).unwrap();
    Fixture {
        _input: input,
        _db: db,
        db_path,
        app,
    }
}

async fn send(
    app: &axum::Router,
    req: Request<Body>,
) -> (StatusCode, String, axum::http::HeaderMap) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned(), headers)
}

fn get(path: &str) -> Request<Body> {
    Request::get(path)
        .header(header::HOST, HOST)
        .body(Body::empty())
        .unwrap()
}

fn post(path: &str, form: &str) -> axum::http::request::Builder {
    let _ = form;
    Request::post(path)
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
}

async fn token(app: &axum::Router) -> String {
    let (_, html, _) = send(app, get("/2023/101")).await;
    let i = html
        .find("name=\"csrf\" value=\"")
        .expect("a token in the form")
        + 19;
    html[i..i + 64].to_string()
}

fn decisions(db: &std::path::Path) -> i64 {
    Store::open(db)
        .unwrap()
        .connection()
        .query_row("SELECT count(*) FROM decisions", [], |r| r.get(0))
        .unwrap()
}

#[tokio::test]
async fn pages_answer_only_to_the_local_host_names() {
    let f = fixture();
    for host in ["127.0.0.1:8098", "localhost:8098"] {
        let req = Request::get("/2023")
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap();
        assert_eq!(send(&f.app, req).await.0, StatusCode::OK, "{host}");
    }
    for host in [
        "evil.example:8098",
        "127.0.0.1:9999",
        "127.0.0.1.evil.example:8098",
        "",
    ] {
        let req = Request::get("/2023")
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            send(&f.app, req).await.0,
            StatusCode::MISDIRECTED_REQUEST,
            "{host}"
        );
    }
}

#[tokio::test]
async fn a_decision_needs_the_token_and_the_own_origin() {
    let f = fixture();
    let good = token(&f.app).await;
    let form = |t: &str| {
        format!("csrf={t}&outcome=ok&action_plan=no_need&reaction=none&note=&by=Ane&next=0")
    };
    // No token, a wrong one, a foreign Origin, a cross-site fetch: refused.
    for (body, origin, site) in [
        ("outcome=ok&reaction=none&by=Ane".to_string(), None, None),
        (form(&"0".repeat(64)), None, None),
        (form(&good), Some("http://evil.example"), None),
        (form(&good), Some("null"), None),
        (form(&good), None, Some("cross-site")),
    ] {
        let mut req = post("/2023/101/afgoer", &body);
        if let Some(o) = origin {
            req = req.header(header::ORIGIN, o);
        }
        if let Some(s) = site {
            req = req.header("sec-fetch-site", s);
        }
        let (status, _, _) = send(&f.app, req.body(Body::from(body.clone())).unwrap()).await;
        assert!(
            status == StatusCode::FORBIDDEN || status == StatusCode::UNPROCESSABLE_ENTITY,
            "{body} {origin:?} {site:?}: {status}"
        );
    }
    assert_eq!(decisions(&f.db_path), 0);

    // With the token from the page and the page's own origin: recorded.
    let body = form(&good);
    let req = post("/2023/101/afgoer", &body)
        .header(header::ORIGIN, "http://127.0.0.1:8098")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body.clone()))
        .unwrap();
    let (status, _, headers) = send(&f.app, req).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/2023/101");
    assert_eq!(decisions(&f.db_path), 1);
}

#[tokio::test]
async fn a_bad_outcome_or_reaction_is_refused_and_writes_nothing() {
    let f = fixture();
    let t = token(&f.app).await;
    for body in [
        format!("csrf={t}&outcome=fine&reaction=none&by=Ane"),
        format!("csrf={t}&outcome=ok&reaction=letter&by=Ane"),
        format!("csrf={t}&outcome=ok&action_plan=maybe&reaction=none&by=Ane"),
        format!("csrf={t}&outcome=ok&reaction=none&by=+"),
    ] {
        let (status, _, _) = send(
            &f.app,
            post("/2023/101/afgoer", &body)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    }
    assert_eq!(decisions(&f.db_path), 0);
}

#[tokio::test]
async fn accept_and_next_goes_to_the_next_open_case_in_queue_order() {
    let f = fixture();
    let t = token(&f.app).await;
    // 101 (no_need, needs a person) is first; the next open case is the
    // first of the 96 not_found ones after it, 151.
    let body = format!(
        "csrf={t}&outcome=ok&action_plan=no_need&reaction=order_plan&note=Uenig&by=Ane&next=1"
    );
    let (status, _, headers) = send(
        &f.app,
        post("/2023/101/afgoer", &body)
            .body(Body::from(body.clone()))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/2023/151");
    assert!(
        headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .starts_with("tilsyn_by=Ane;")
    );

    let (_, queue, _) = send(&f.app, get("/2023")).await;
    assert!(queue.contains("1</strong> skal have brev"), "{queue}");
    assert!(queue.contains("1</strong> afgjort"));
    // 147 (ok, prepare, no note) is ready, after the 96 that need a person.
    let p147 = queue.find("/2023/147").unwrap();
    let p151 = queue.find("/2023/151").unwrap();
    let p101 = queue.find("/2023/101").unwrap();
    assert!(p151 < p147 && p147 < p101, "queue order");

    let (_, history, _) = send(&f.app, get("/2023/101/historik")).await;
    assert!(history.contains("Påbyd handlingsplan") && history.contains("Uenig"));
}

#[tokio::test]
async fn the_case_page_escapes_the_minutes_and_marks_the_passage() {
    let f = fixture();
    let (status, html, headers) = send(&f.app, get("/2023/101")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        html.contains("<mark>ikke er behov for en handlingsplan</mark>"),
        "{html}"
    );
    assert!(html.contains("/kilde/1/101/byraad.html"));
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn only_files_a_run_recorded_are_served() {
    let f = fixture();
    let (status, body, headers) = send(&f.app, get("/kilde/1/101/byraad.html")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "<p>kbh</p>");
    assert!(
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("sandbox")
    );
    for path in [
        "/kilde/1/hemmelig.txt",
        "/kilde/1/101/../hemmelig.txt",
        "/kilde/1/%2e%2e/%2e%2e/etc/passwd",
        "/kilde/2/101/byraad.html",
        "/kilde/1//etc/passwd",
    ] {
        let (status, body, _) = send(&f.app, get(path)).await;
        assert_ne!(status, StatusCode::OK, "{path}");
        assert!(!body.contains("nej") && !body.contains("root:"), "{path}");
    }
}

#[tokio::test]
async fn the_case_shows_last_years_reaction_its_follow_up_and_this_years_candidates() {
    let input = tempfile::tempdir().unwrap();
    std::fs::create_dir(input.path().join("147")).unwrap();
    for f in ["byraad.html", "plan.html"] {
        std::fs::write(input.path().join("147").join(f), "<p>frb</p>").unwrap();
    }
    let db = tempfile::tempdir().unwrap();
    let mut store = Store::open(db.path().join("tilsyn.db")).unwrap();
    let decide = |store: &mut Store, year, reaction| {
        store
            .decide(&tilsyn_cases::NewDecision {
                map_year: year,
                code: "147".into(),
                outcome: tilsyn_report::Outcome::Ok,
                action_plan: Some(ActionPlan::NoNeed),
                reaction,
                note: String::new(),
                by: "Ane".into(),
                due: None,
            })
            .unwrap()
    };
    // Last year Ankestyrelsen ordered a plan; this year it asks for a position.
    decide(&mut store, 2022, tilsyn_cases::Reaction::OrderPlan);
    decide(&mut store, 2023, tilsyn_cases::Reaction::TakePosition);
    // After both decisions the council adopts a plan for the 2023 map, and
    // the item says it follows up on the 2022 one; it is both years' candidate.
    let mut plan = doc("147/plan.html", "147", ActionPlan::Prepare);
    plan.meeting_date = chrono::Utc::now()
        .date_naive()
        .checked_add_days(chrono::Days::new(14));
    plan.items[0].title = "Handlingsplan for danmarkskortet".into();
    plan.items[0].map_year = None;
    let report = build_report(
        2023,
        vec![doc("147/byraad.html", "147", ActionPlan::NoNeed), plan],
        RunInfo::default(),
    );
    let run = store.record_run(&report, input.path()).unwrap();
    let app = crate::router(store, PORT, None).unwrap();
    let (status, html, _) = send(&app, get("/2023/147")).await;
    assert_eq!(status, StatusCode::OK);
    let at = |s: &str| {
        html.find(s)
            .unwrap_or_else(|| panic!("{s:?} not on the page"))
    };
    at("Opfølgning: kandidater til at lukke sagen");
    let last = at("Sidste år (2022)");
    assert!(
        html[last..].contains("Påbyd handlingsplan"),
        "last year's reaction"
    );
    assert!(html[last..].contains("Opfølgningen er fundet: 1 punkt(er)"));
    let link = format!("href=\"/kilde/{run}/147/plan.html\"");
    assert_eq!(
        html.matches(&link).count(),
        3,
        "the document list and both candidates link the source: {link}"
    );
}
