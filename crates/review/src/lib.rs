//! `tilsyn review serve`: the analysts' review pages, for the person at this
//! machine.
//!
//! A small axum application over the case store (`tilsyn-cases`). Pages are
//! rendered on the server with maud (compile-time templates that escape
//! everything interpolated), styled and scripted by two static files of its
//! own (`static/`), with no remote assets. The pages:
//!
//! - `/{year}`: the **queue** of all 98 municipalities, those that need a
//!   person first, with filters and counts;
//! - `/{year}/{code}`: the **case**: the tool's outcome and why, the
//!   deciding passage with the matched words marked, the other candidate
//!   items, the documents, last year's decision, and the decision form
//!   (keyboard: `a` accepts and goes to the next case);
//! - `/{year}/{code}/historik`: every decision of the case;
//! - `/kilde/{run}/{path}`: a source file, only where a run recorded it.
//!
//! Security, because a web page in the analyst's browser must not be able to
//! post decisions or read the minutes: the server binds `127.0.0.1` only;
//! every request must carry a `Host` of `127.0.0.1:PORT` or `localhost:PORT`
//! (which also defeats DNS rebinding); every form carries a CSRF token drawn
//! from the OS at start-up and compared in constant time; a POST whose
//! `Origin` or `Sec-Fetch-Site` says it came from another site is refused
//! before the token is looked at. Pages send a Content-Security-Policy that
//! allows only this server's own script and style, and HTML minutes are
//! served in a CSP sandbox (an opaque origin without scripts), so a hostile
//! document can neither run nor read the pages' token.
//!
//! ```no_run
//! tilsyn_review::serve(tilsyn_review::Config {
//!     db: "tilsyn.db".into(),
//!     port: 8098,
//!     map_year: None,
//! })
//! .unwrap();
//! ```
#![deny(missing_docs)]
// Handlers answer `Result<Response, Response>`, axum's idiom: the error is a
// page too, and is sent at once, never kept.
#![allow(clippy::result_large_err)]

mod pages;
mod queue;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use axum::Router;
use axum::body::Body;
use axum::extract::{Form, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tilsyn_cases::{NewDecision, Reaction, Store, parse_action_plan, parse_outcome};

pub use queue::{Filter, QueueEntry, QueueGroup, queue};

/// What `review serve` was asked to do.
#[derive(Debug, Clone)]
pub struct Config {
    /// The case database.
    pub db: PathBuf,
    /// The port on 127.0.0.1; 0 takes a free one (printed at start).
    pub port: u16,
    /// The map year `/` opens; `None` takes the latest with a scan or a
    /// decision.
    pub map_year: Option<i32>,
}

/// Shared by every request.
pub(crate) struct App {
    pub(crate) store: Mutex<Store>,
    /// The CSRF token of this server's lifetime, 32 random bytes in hex.
    pub(crate) csrf: String,
    /// `Host` values accepted: `127.0.0.1:PORT`, `localhost:PORT`.
    hosts: [String; 2],
    /// `Origin` values accepted on a POST.
    origins: [String; 2],
    default_year: Option<i32>,
}

/// Serves the pages until the process is stopped (Ctrl-C). Prints the
/// address on standard output first.
pub fn serve(config: Config) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    rt.block_on(async move {
        let listener =
            tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, config.port)))
                .await
                .with_context(|| format!("cannot listen on 127.0.0.1:{}", config.port))?;
        let port = listener.local_addr()?.port();
        let store = Store::open(&config.db)
            .with_context(|| format!("cannot open the case database {}", config.db.display()))?;
        let app = router(store, port, config.map_year)?;
        println!("Review pages on http://127.0.0.1:{port}/ (Ctrl-C stops)");
        use std::io::Write as _;
        std::io::stdout().flush().ok();
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                tokio::signal::ctrl_c().await.ok();
            })
            .await
            .context("the server failed")
    })
}

/// The application for a store, as served on `port`. Public for tests that
/// drive it without a socket.
pub fn router(store: Store, port: u16, default_year: Option<i32>) -> anyhow::Result<Router> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness for the token: {e}"))?;
    let csrf = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let app = Arc::new(App {
        store: Mutex::new(store),
        csrf,
        hosts: [format!("127.0.0.1:{port}"), format!("localhost:{port}")],
        origins: [
            format!("http://127.0.0.1:{port}"),
            format!("http://localhost:{port}"),
        ],
        default_year,
    });
    Ok(Router::new()
        .route("/", get(home))
        .route("/static/app.css", get(css))
        .route("/static/app.js", get(js))
        .route("/{year}", get(queue_page))
        .route("/{year}/{code}", get(case_page))
        .route("/{year}/{code}/historik", get(history_page))
        .route("/{year}/{code}/afgoer", post(decide))
        .route("/kilde/{run}/{*path}", get(source))
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app))
}

/// The checks every request passes before a handler sees it.
async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let headers = req.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !app.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        return refuse(
            StatusCode::MISDIRECTED_REQUEST,
            "Forkert Host-header: siden svarer kun på 127.0.0.1 og localhost.",
        );
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        if let Err(why) = same_origin(&app, headers) {
            return refuse(StatusCode::FORBIDDEN, &why);
        }
    }
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
         frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    resp
}

/// A state-changing request must come from these pages: no foreign
/// `Origin`, no cross-site `Sec-Fetch-Site`. (The CSRF token is checked by
/// the handler; this refuses what a browser already says is cross-site.)
fn same_origin(app: &App, headers: &HeaderMap) -> Result<(), String> {
    let site = headers
        .get("sec-fetch-site")
        .and_then(|s| s.to_str().ok())
        .unwrap_or("");
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or("");
        // Chromium sends `Origin: null` with some same-origin form posts
        // (seen in tests/review_browser.rs); it is accepted only where the
        // browser itself says the request is same-origin (`Sec-Fetch-Site`
        // cannot be set by a page). The token is checked in any case.
        let null_but_same = origin == "null" && site == "same-origin";
        if !null_but_same && !app.origins.iter().any(|o| o.eq_ignore_ascii_case(origin)) {
            return Err(format!(
                "Afvist: forespørgslen kom fra en anden side (Origin: {origin})."
            ));
        }
    }
    if let Some(site) = headers.get("sec-fetch-site") {
        if !matches!(site.to_str().unwrap_or(""), "same-origin" | "none") {
            return Err("Afvist: forespørgslen kom fra en anden side (Sec-Fetch-Site).".into());
        }
    }
    Ok(())
}

fn refuse(status: StatusCode, why: &str) -> Response {
    (status, pages::error_page(status, why)).into_response()
}

/// Constant-time comparison, so the token cannot be guessed byte by byte
/// from response times.
fn token_ok(given: &str, want: &str) -> bool {
    given.len() == want.len()
        && given
            .bytes()
            .zip(want.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

type Page = Result<Response, Response>;

fn internal(e: impl std::fmt::Display) -> Response {
    refuse(
        StatusCode::INTERNAL_SERVER_ERROR,
        &format!("Der opstod en fejl: {e}"),
    )
}

fn not_found(what: &str) -> Response {
    refuse(StatusCode::NOT_FOUND, what)
}

fn parse_year(s: &str) -> Result<i32, Response> {
    s.parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or_else(|| not_found("Ukendt kortår."))
}

async fn home(State(app): State<Arc<App>>) -> Page {
    let years = app
        .store
        .lock()
        .map_err(internal)?
        .map_years()
        .map_err(internal)?;
    match app.default_year.or(years.first().copied()) {
        Some(y) => Ok(Redirect::to(&format!("/{y}")).into_response()),
        None => Ok(pages::empty_page().into_response()),
    }
}

async fn css() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../static/app.css"),
    )
        .into_response()
}

async fn js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../static/app.js"),
    )
        .into_response()
}

async fn queue_page(
    State(app): State<Arc<App>>,
    Path(year): Path<String>,
    Query(filter): Query<Filter>,
) -> Page {
    let year = parse_year(&year)?;
    let store = app.store.lock().map_err(internal)?;
    let cases = store.latest_decisions(year).map_err(internal)?;
    let run = store.latest_run(year).map_err(internal)?;
    let years = store.map_years().map_err(internal)?;
    drop(store);
    Ok(pages::queue_page(year, &years, run.as_ref(), &cases, &filter).into_response())
}

async fn case_page(
    State(app): State<Arc<App>>,
    Path((year, code)): Path<(String, String)>,
    Query(filter): Query<Filter>,
    headers: HeaderMap,
) -> Page {
    let year = parse_year(&year)?;
    if tilsyn_kommuner::by_code(&code).is_none() {
        return Err(not_found("Ukendt kommunekode."));
    }
    let store = app.store.lock().map_err(internal)?;
    let case = store.case(year, &code).map_err(internal)?;
    let cases = store.latest_decisions(year).map_err(internal)?;
    drop(store);
    let (prev, next) = queue::neighbours(&cases, &code, &filter);
    let by = cookie(&headers, "tilsyn_by")
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_default();
    Ok(pages::case_page(&case, &app.csrf, &by, prev, next, &filter).into_response())
}

async fn history_page(
    State(app): State<Arc<App>>,
    Path((year, code)): Path<(String, String)>,
) -> Page {
    let year = parse_year(&year)?;
    if tilsyn_kommuner::by_code(&code).is_none() {
        return Err(not_found("Ukendt kommunekode."));
    }
    let case = app
        .store
        .lock()
        .map_err(internal)?
        .case(year, &code)
        .map_err(internal)?;
    Ok(pages::history_page(&case).into_response())
}

/// The decision form's fields.
#[derive(Debug, Deserialize)]
struct DecideForm {
    csrf: String,
    outcome: String,
    #[serde(default)]
    action_plan: String,
    reaction: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    by: String,
    /// "1": go to the next case in the queue afterwards.
    #[serde(default)]
    next: String,
    /// The queue's filter the analyst works through, as a query string.
    #[serde(default)]
    filter: String,
}

async fn decide(
    State(app): State<Arc<App>>,
    Path((year, code)): Path<(String, String)>,
    Form(form): Form<DecideForm>,
) -> Page {
    if !token_ok(&form.csrf, &app.csrf) {
        return Err(refuse(
            StatusCode::FORBIDDEN,
            "Afvist: formularen mangler en gyldig sikkerhedsnøgle (CSRF). Genindlæs siden.",
        ));
    }
    let year = parse_year(&year)?;
    let bad = |e: String| refuse(StatusCode::BAD_REQUEST, &e);
    let outcome = parse_outcome(&form.outcome).map_err(|e| bad(e.to_string()))?;
    let action_plan = match form.action_plan.as_str() {
        "" => None,
        s => Some(parse_action_plan(s).map_err(|e| bad(e.to_string()))?),
    };
    let reaction: Reaction = form
        .reaction
        .parse()
        .map_err(|e: tilsyn_cases::ParseNameError| bad(e.to_string()))?;
    let by = form.by.trim().to_string();
    if by.is_empty() {
        return Err(bad("Skriv dit navn i feltet «Afgjort af».".into()));
    }
    let filter = Filter::from_query(&form.filter);
    let mut store = app.store.lock().map_err(internal)?;
    let next = if form.next == "1" {
        let cases = store.latest_decisions(year).map_err(internal)?;
        queue::next_open(&cases, &code, &filter).map(str::to_string)
    } else {
        None
    };
    store
        .decide(&NewDecision {
            map_year: year,
            code: code.clone(),
            outcome,
            action_plan,
            reaction,
            note: form.note,
            by: by.clone(),
            due: None,
        })
        .map_err(|e| bad(e.to_string()))?;
    let q = filter.suffix();
    let target = match (form.next == "1", next) {
        (true, Some(next)) => format!("/{year}/{next}{q}"),
        (true, None) => format!("/{year}{q}"),
        (false, _) => format!("/{year}/{code}{q}"),
    };
    drop(store);
    let mut resp = Redirect::to(&target).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!(
        "tilsyn_by={}; Path=/; SameSite=Strict; HttpOnly",
        cookie_encode(&by)
    )) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(resp)
}

async fn source(State(app): State<Arc<App>>, Path((run, path)): Path<(i64, String)>) -> Page {
    let file = app
        .store
        .lock()
        .map_err(internal)?
        .source_file(run, &path)
        .map_err(internal)?
        .ok_or_else(|| not_found("Filen er ikke en del af en registreret kørsel."))?;
    let bytes = tokio::fs::read(&file)
        .await
        .map_err(|_| not_found("Filen findes ikke længere."))?;
    let lower = path.to_ascii_lowercase();
    let mut resp = Response::new(Body::from(bytes));
    let h = resp.headers_mut();
    if lower.ends_with(".pdf") {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/pdf"),
        );
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors 'self'"),
        );
    } else {
        // Minutes as HTML are someone else's page: shown in a sandbox (an
        // opaque origin, no scripts), they cannot reach these pages.
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"),
        );
    }
    Ok(resp)
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| cookie_decode(v))
}

/// Percent-encodes everything but ASCII letters and digits (names have
/// spaces and æøå).
fn cookie_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn cookie_decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests;
