//! `report.html`: one self-contained page in Danish for the analysts.
//!
//! Rendered with maud, the compile-time template engine the review pages
//! use too: everything interpolated with `(…)` is escaped, in element
//! content and (always double-quoted) attribute values alike, so no value
//! from the minutes is ever written as markup. The only raw strings are the
//! page's own CSS and script below. The table is complete without
//! JavaScript; the inline script only adds filtering, search and sorting,
//! and sets `<body data-ready="1">` when it has run, which
//! `scripts/check-html.sh` checks.
//!
//! Printing: the print stylesheet lays the page out on landscape A4, prints
//! the whole table (every row, whatever the filter, and every column) and
//! every municipality's section opened, evidence included.

use std::fmt::Write as _;
use std::path::Path;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::decide::{action_plan_da, date_da};
use crate::model::{Body, DocStatus};
use crate::{ActionPlan, CaseDecision, MunicipalityOutcome, Outcome, Report, ReviewNote};

/// The passage with the bytes `highlight` names in `<mark>`, escaped.
///
/// The span comes from another crate and may be hostile: reversed, empty,
/// past the end or inside a multi-byte character. Then nothing is marked.
pub fn highlighted(text: &str, highlight: Option<(usize, usize)>) -> Markup {
    match highlight {
        Some((s, e)) if s < e && text.is_char_boundary(s) && text.is_char_boundary(e) => {
            html! { (&text[..s]) mark { (&text[s..e]) } (&text[e..]) }
        }
        _ => html! { (text) },
    }
}

/// A link to a source file, usable from `file://`: the input folder joined
/// with the document path, every byte outside the URL-safe set
/// percent-encoded (so `æ`, spaces, `#` and `?` survive), and `#page=N` for
/// PDFs. A relative folder gives a link relative to the page (`./…`), which
/// keeps working when the report folder moves with the minutes. `None`
/// where the input folder is unknown.
pub fn source_href(input_dir: Option<&Path>, document: &str, page: Option<u32>) -> Option<String> {
    let dir = input_dir?;
    let dir = dir.to_string_lossy().replace('\\', "/");
    let dir = dir.trim_end_matches('/');
    let absolute = dir.starts_with('/');
    let joined = if dir.is_empty() || dir == "." {
        document.to_string()
    } else {
        format!("{dir}/{document}")
    };
    let mut url = String::from(if absolute { "file://" } else { "./" });
    for b in joined
        .trim_start_matches(if absolute { "" } else { "/" })
        .bytes()
    {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            url.push(b as char);
        } else {
            let _ = write!(url, "%{b:02X}");
        }
    }
    if let Some(p) = page.filter(|_| document.to_ascii_lowercase().ends_with(".pdf")) {
        let _ = write!(url, "#page={p}");
    }
    Some(url)
}

/// `<a href>` to the source where the input folder is known, else the text.
/// The link keeps the real path; the text shows what would reorder or hide
/// it as escapes (crate::visible).
pub fn source_link(input: Option<&Path>, document: &str, page: Option<u32>, text: &str) -> Markup {
    let text = crate::visible(text, &[]);
    html! {
        @match source_href(input, document, page) {
            Some(href) => a href=(href) { (text) },
            None => (text),
        }
    }
}

fn outcome_da(o: Outcome) -> &'static str {
    match o {
        Outcome::Ok => "I orden",
        Outcome::NoPosition => "Ingen stillingtagen",
        Outcome::Late => "For sent",
        Outcome::CommitteeOnly => "Kun i udvalg",
        Outcome::NotFound => "Ikke fundet",
    }
}

fn outcome_rank(o: Outcome) -> usize {
    Outcome::ALL.iter().position(|&x| x == o).unwrap_or(0)
}

fn body_da(b: Body) -> &'static str {
    match b {
        Body::Council => "Kommunalbestyrelsen",
        Body::Committee => "Udvalg",
        Body::Unknown => "Ukendt organ",
    }
}

fn kommuner(n: usize) -> &'static str {
    if n == 1 { "kommune" } else { "kommuner" }
}

/// "PDF" or "HTML", from the file name.
fn file_kind(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    match name.rsplit_once('.') {
        Some((_, ext)) if !ext.is_empty() && ext.len() <= 4 => ext.to_ascii_uppercase(),
        _ => "Fil".to_string(),
    }
}

/// Whether a municipality needs an analyst's action: where decided, the
/// decision's word ([`CaseDecision::needs_action`]); where not, what the
/// review queue puts first: every outcome but `ok`, every `no_need`, every
/// review note.
fn needs_action(m: &MunicipalityOutcome, decision: Option<&CaseDecision>) -> bool {
    match decision {
        Some(d) => d.needs_action(),
        None => {
            m.outcome != Outcome::Ok
                || m.action_plan == Some(ActionPlan::NoNeed)
                || !m.review.is_empty()
        }
    }
}

/// Whether the reading behind the outcome is one a person should check: it rests on a
/// doubt of the matcher, or on something the reader could not establish (the body, the
/// date, the map's year, the municipality, unreadable files). The other notes (a "no
/// need" to judge, the attention points) are about what the council did, not about
/// whether tilsyn read it right.
fn reading_to_check(m: &MunicipalityOutcome) -> bool {
    m.review.iter().any(|n| {
        matches!(
            n,
            ReviewNote::Uncertain { .. }
                | ReviewNote::BodyUnknown { .. }
                | ReviewNote::DateMissing { .. }
                | ReviewNote::MapYearUnknown { .. }
                | ReviewNote::MunicipalityFromText { .. }
                | ReviewNote::MunicipalityMismatch { .. }
                | ReviewNote::UnreadableFiles { .. }
        )
    })
}

fn decision_of<'a>(r: &'a Report, code: &str) -> Option<&'a CaseDecision> {
    r.run.decisions.as_ref().and_then(|d| d.get(code))
}

fn link_dir(r: &Report) -> Option<&Path> {
    r.run
        .html_input_dir
        .as_deref()
        .or(r.run.input_dir.as_deref())
}

const CSS: &str = r#"
:root{--ink:#1b1b2f;--muted:#5c6070;--line:#dde0e6;--bg:#f6f7f9;--brand:#14143c;
--ok:#1e7b45;--ok-bg:#e3f4ea;--np:#8a5a00;--np-bg:#fff1d1;--late:#b3261e;--late-bg:#fde4e1;
--co:#5b3fa0;--co-bg:#ece6fa;--nf:#4d5361;--nf-bg:#e8eaee}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:var(--brand);color:#fff;padding:22px 32px}
header.top h1{margin:0;font-size:24px;font-weight:600}
header.top p{margin:4px 0 0;color:#c9cbe0;font-size:14px}
main{max-width:1320px;margin:0 auto;padding:20px 32px 48px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:0 0 20px}
h2{font-size:19px;margin:0 0 12px}
h4{font-size:14px;margin:16px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.cards{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:14px 0 16px}
.card{border-radius:8px;padding:12px 14px;border:1px solid var(--line);text-decoration:none;color:inherit;display:block}
.card b{display:block;font-size:30px;line-height:1.1}
.card span{font-size:13px}
.card.ok{background:var(--ok-bg);color:var(--ok)}.card.no_position{background:var(--np-bg);color:var(--np)}
.card.late{background:var(--late-bg);color:var(--late)}.card.committee_only{background:var(--co-bg);color:var(--co)}
.card.not_found{background:var(--nf-bg);color:var(--nf)}
.national ul{margin:0;padding-left:20px}.national li{margin:0 0 6px}
.note{color:var(--muted);font-size:13px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12.5px;font-weight:600;white-space:nowrap}
.badge.ok{background:var(--ok-bg);color:var(--ok)}.badge.no_position{background:var(--np-bg);color:var(--np)}
.badge.late{background:var(--late-bg);color:var(--late)}.badge.committee_only{background:var(--co-bg);color:var(--co)}
.badge.not_found{background:var(--nf-bg);color:var(--nf)}
.reading{display:inline-block;padding:0 6px;border-radius:10px;font-size:12.5px;font-weight:600}
.reading.check{background:#fde2e1;color:#8a1c12}
.reading.certain{color:#2e6b33}
.flag{display:inline-block;min-width:20px;padding:0 6px;border-radius:10px;background:#fff1d1;color:#8a5a00;font-weight:600;font-size:12.5px;text-align:center}
#controls{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin:0 0 12px}
#controls input,#controls select{font:inherit;padding:6px 10px;border:1px solid #b9bdc8;border-radius:6px;background:#fff}
#controls input[type=search]{min-width:340px}
#controls input[type=checkbox]{padding:0;margin:0;width:16px;height:16px}
#count{color:var(--muted);font-size:13px}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;font-size:14px}
thead th{position:sticky;top:0;background:#eef0f4;font-size:12.5px;text-transform:uppercase;letter-spacing:.03em;color:#41465a;white-space:nowrap}
#kommuner thead th{cursor:pointer}
#kommuner thead th::after{content:" \2195";color:#9aa0b0}
#kommuner thead th[aria-sort=ascending]::after{content:" \2191";color:var(--ink)}
#kommuner thead th[aria-sort=descending]::after{content:" \2193";color:var(--ink)}
tbody tr:hover{background:#f3f5fa}
td.title{max-width:300px}
td.src{white-space:nowrap}
td.num,td.code{font-variant-numeric:tabular-nums;white-space:nowrap}
a{color:#1f4fb5}
details.kommune{border-top:1px solid var(--line)}
details.kommune:first-of-type{border-top:0}
details.kommune>summary{cursor:pointer;padding:9px 6px;list-style-position:inside}
details.kommune>summary .code{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:4px}
details.kommune>summary .name{font-weight:600;margin-right:8px}
details.kommune[open]>summary{background:#f3f5fa}
details.kommune:target>summary{outline:2px solid #1f4fb5}
.kbody{padding:4px 8px 16px 22px}
.reason{font-size:15.5px;margin:8px 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.review{background:#fff8e6;border-left:4px solid #e0a800;padding:6px 12px;margin:10px 0}
.review ul{margin:4px 0;padding-left:18px}
figure.evidence{margin:8px 0;padding:10px 14px;background:#f7f8fb;border-left:4px solid #1f4fb5;border-radius:0 6px 6px 0}
figure.evidence blockquote{margin:0;white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:15px}
figure.evidence figcaption{margin-top:6px;font-size:12.5px;color:var(--muted)}
mark{background:#ffe066;padding:0 2px;border-radius:2px}
code{font-size:12.5px;background:#eef0f4;padding:0 4px;border-radius:3px}
.toolbar{display:flex;gap:8px;margin:0 0 8px}
.toolbar button{font:inherit;font-size:13px;padding:4px 10px;border:1px solid #b9bdc8;border-radius:6px;background:#fff;cursor:pointer}
footer{color:var(--muted);font-size:12.5px;max-width:1320px;margin:0 auto;padding:0 32px 32px}
[hidden]{display:none!important}
.action-line{margin:0 0 12px;font-size:15px}
.card-action{display:inline-block;padding:4px 12px;border-radius:8px;background:#fde4e1;color:#b3261e;text-decoration:none;font-weight:600}
.card-action b{font-size:18px}
label.check{display:flex;gap:6px;align-items:center;font-size:14px;cursor:pointer}
td.reaction{white-space:nowrap}
.undecided{color:var(--muted);font-style:italic}
.stale{display:inline-block;padding:0 6px;border-radius:10px;background:#fde4e1;color:#b3261e;font-size:12px;font-weight:600}
.decided{font-size:13px;color:var(--muted);margin-left:6px}
/* Printing: the whole table (all rows, all columns, whatever the filter)
   and every municipality opened with its evidence, on landscape A4. */
@media print{
@page{size:A4 landscape;margin:12mm 10mm}
body{background:#fff;font-size:10pt}
header.top{background:none;color:#000;padding:0 0 6px;border-bottom:2px solid #000}
header.top p{color:#333}
main{max-width:none;padding:8px 0 0}
footer{padding:0}
#controls,.toolbar{display:none!important}
.card-action{background:none;color:#000;padding:0}
.cards{grid-template-columns:repeat(5,1fr)}
section{border:0;padding:0;margin:0 0 14px;border-radius:0}
.cards{gap:6px}.card{padding:4px 8px}.card b{font-size:18px}
.tablewrap{overflow:visible}
table{width:100%}
th,td{font-size:8pt;padding:2px 4px;overflow-wrap:anywhere}
thead{display:table-header-group}
thead th{position:static;white-space:nowrap;overflow-wrap:normal;background:#eee;text-transform:none;letter-spacing:0;font-size:8pt}
#kommuner thead th::after{content:none!important}
td.title{max-width:none}
td.reaction,td.num{white-space:normal}
td.src{white-space:nowrap}
tr{break-inside:avoid}
#kommuner tbody tr[hidden]{display:table-row!important}
a{color:#000;text-decoration:none}
#enkeltvis{break-before:page}
details.kommune{break-inside:avoid-page}
details.kommune>summary{list-style:none;padding:6px 0 2px;font-size:11pt}
details.kommune>summary::-webkit-details-marker{display:none}
details.kommune::details-content{content-visibility:visible;display:block}
.kbody{padding:0 0 6px 0}
.kbody .reason{margin:2px 0 4px;font-size:10pt}
.kbody p.note{margin:2px 0}
details.kommune[open]>summary{background:none}
h2,h4{break-after:avoid}
figure.evidence{break-inside:avoid;background:none;border-left:3px solid #000}
mark{background:none;font-weight:700;text-decoration:underline}
#filer{break-before:page}
}
@media screen and (max-width:900px){.cards{grid-template-columns:repeat(2,1fr)}main{padding:12px}}
"#;

/// The page's only script. It touches no data from the minutes as code:
/// it reads what the server-side HTML already escaped, from the DOM.
const JS: &str = r#"
(function () {
  "use strict";
  var table = document.getElementById("kommuner");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById("q");
  var sel = document.getElementById("f-outcome");
  var act = document.getElementById("f-action");
  var rd = document.getElementById("f-reading");
  var count = document.getElementById("count");
  document.getElementById("controls").hidden = false;
  // "Brøndby", "brondby" and "broendby" all find Brøndby; "Århus" and
  // "aarhus" find Aarhus: both sides are folded the same way.
  function fold(s) {
    return (s || "").toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/oe/g, "o").replace(/aa/g, "a");
  }
  rows.forEach(function (r) { r._s = fold(r.getAttribute("data-search")); });
  function apply() {
    var t = fold(q.value.trim()), o = sel.value, n = 0;
    rows.forEach(function (r) {
      var show = (!o || r.getAttribute("data-outcome") === o) && (!t || r._s.indexOf(t) >= 0)
        && (!act.checked || r.getAttribute("data-action") === "1")
        && (!rd.checked || r.getAttribute("data-reading") === "check");
      r.hidden = !show;
      if (show) n++;
    });
    count.textContent = n + " af " + rows.length + " kommuner vist";
  }
  q.addEventListener("input", apply);
  sel.addEventListener("change", apply);
  act.addEventListener("change", apply);
  rd.addEventListener("change", apply);
  var ths = table.tHead.rows[0].cells;
  // The header cells themselves sort (by click, Enter or space): a button
  // inside them would not be painted where a printed table repeats its
  // header on every page.
  Array.prototype.forEach.call(ths, function (th, idx) {
    th.tabIndex = 0;
    th.setAttribute("role", "button");
    function sort() {
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      Array.prototype.forEach.call(ths, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      function key(r) {
        var c = r.cells[idx];
        var k = c.getAttribute("data-sort");
        return k === null ? c.textContent.trim() : k;
      }
      rows.sort(function (a, b) {
        return key(a).localeCompare(key(b), "da", { numeric: true }) * dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter]"), function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      sel.value = a.getAttribute("data-filter");
      act.checked = false;
      apply();
      document.getElementById("tabel").scrollIntoView();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter-action]"), function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      sel.value = "";
      act.checked = true;
      apply();
      document.getElementById("tabel").scrollIntoView();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter-reading]"), function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      sel.value = "";
      rd.checked = true;
      apply();
      document.getElementById("tabel").scrollIntoView();
    });
  });
  var all = document.querySelectorAll("details.kommune");
  // The print stylesheet opens every section where the browser knows
  // ::details-content; older ones are opened here for the print and closed
  // again after.
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(all, function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
  document.getElementById("open-all").addEventListener("click", function () {
    Array.prototype.forEach.call(all, function (d) { d.open = true; });
  });
  document.getElementById("close-all").addEventListener("click", function () {
    Array.prototype.forEach.call(all, function (d) { d.open = false; });
  });
  function openHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") { el.open = true; el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openHash);
  openHash();
  apply();
  document.body.setAttribute("data-ready", "1");
})();
"#;

pub(crate) fn render(r: &Report) -> String {
    page(r).into_string()
}

fn page(r: &Report) -> Markup {
    let y = r.map_year;
    let title = format!("Danmarkskortet {y}: kommunalbestyrelsernes behandling");
    let tally = Tally::of(r);
    html! {
        (DOCTYPE)
        html lang="da" {
            head {
                meta charset="utf-8";
                (PreEscaped(crate::GENERATOR_META))
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                header class="top" {
                    h1 { (title) }
                    p { "Gennemgang af referater for alle 98 kommuner · frist 31. december " (y)
                        " · tilsyn " (r.tool_version) }
                }
                main {
                    (national(r, &tally))
                    (table(r, &tally))
                    (municipalities(r))
                    (files(r))
                }
                footer {
                    "Resultaterne er fundet automatisk i referaterne og er et arbejdsredskab: \
                     læs uddraget og kilden, før der træffes afgørelse. Samme data findes i \
                     report.json og report.csv."
                }
                script { (PreEscaped(JS)) }
            }
        }
    }
}

fn count(r: &Report, o: Outcome) -> usize {
    let s = &r.summary;
    match o {
        Outcome::Ok => s.ok,
        Outcome::NoPosition => s.no_position,
        Outcome::Late => s.late,
        Outcome::CommitteeOnly => s.committee_only,
        Outcome::NotFound => s.not_found,
    }
}

/// The municipalities that need action, and those whose reading a person should check: shown
/// in the summary and on the table's filters.
#[derive(Clone, Copy)]
struct Tally {
    action: usize,
    to_check: usize,
}

impl Tally {
    fn of(r: &Report) -> Tally {
        let ms = &r.municipalities;
        Tally {
            action: ms
                .iter()
                .filter(|m| needs_action(m, decision_of(r, &m.code)))
                .count(),
            to_check: ms.iter().filter(|m| reading_to_check(m)).count(),
        }
    }
}

fn national(r: &Report, tally: &Tally) -> Markup {
    let y = r.map_year;
    let with = |outcome: Outcome, plan: ActionPlan| {
        r.municipalities
            .iter()
            .filter(|m| m.outcome == outcome && m.action_plan == Some(plan))
            .count()
    };
    let action = tally.action;
    let decided = r.run.decisions.as_ref().map_or(0, |d| {
        r.municipalities
            .iter()
            .filter(|m| d.contains_key(&m.code))
            .count()
    });
    let review = r
        .municipalities
        .iter()
        .filter(|m| !m.review.is_empty())
        .count();
    let to_check = tally.to_check;
    let sure = r.municipalities.len() - to_check;
    let no_need = with(Outcome::Ok, ActionPlan::NoNeed);
    let deferred = with(Outcome::NoPosition, ActionPlan::Deferred);
    let s = &r.summary;
    let f = &r.files;
    html! {
        section class="national" id="resultat" {
            h2 { "Resultat for hele landet" }
            div class="cards" {
                @for oc in Outcome::ALL {
                    a class={ "card " (oc.as_str()) } href="#tabel" data-filter=(oc.as_str()) {
                        b { (count(r, oc)) } span { (outcome_da(oc)) }
                    }
                }
            }
            p class="action-line" {
                a class="card-action" href="#tabel" data-filter-action="1" {
                    b { (action) } " " (kommuner(action)) " kræver handling"
                }
                " · " (decided) " af 98 afgjort i sagsdatabasen"
                @if r.run.decisions.is_none() { " (rapporten er skrevet uden sagsdatabase)" }
            }
            p class="reading-line" {
                "Læsningen er sikker for " (sure) " " (kommuner(sure)) "; for "
                a href="#tabel" data-filter-reading="1" { (to_check) " " (kommuner(to_check)) }
                " skal en person tjekke, hvad referatet siger (markeret “tjek” i tabellen),                  før resultatet bruges."
            }
            ul {
                li {
                    "I " (s.ok) " " (kommuner(s.ok)) " har danmarkskortet for " (y)
                    " været behandlet i kommunalbestyrelsen inden udgangen af " (y)
                    ", og kommunalbestyrelsen har forholdt sig til behovet for en handlingsplan."
                    @if no_need > 0 {
                        " Heraf har " (no_need) " vurderet, at der ikke er behov for en \
                         handlingsplan; det skal vurderes, om Ankestyrelsen er enig."
                    }
                }
                @if s.no_position > 0 {
                    li {
                        "I " (s.no_position) " " (kommuner(s.no_position))
                        " har kommunalbestyrelsen behandlet danmarkskortet inden fristen, men \
                         det fremgår ikke af referatet, at den har taget stilling til behovet \
                         for en handlingsplan"
                        @if deferred > 0 { " (heraf er punktet udsat i " (deferred) ")" }
                        "."
                    }
                }
                @if s.late > 0 {
                    li {
                        "I " (s.late) " " (kommuner(s.late))
                        " er danmarkskortet først behandlet i kommunalbestyrelsen efter \
                         31. december " (y) ", eller mødedatoen kunne ikke findes."
                    }
                }
                @if s.committee_only > 0 {
                    li {
                        "I " (s.committee_only) " " (kommuner(s.committee_only))
                        " er danmarkskortet kun fundet behandlet i et udvalg, ikke i \
                         kommunalbestyrelsen."
                    }
                }
                @if s.not_found > 0 {
                    li {
                        "I " (s.not_found) " " (kommuner(s.not_found))
                        " er der ikke fundet en behandling af danmarkskortet for " (y) "."
                    }
                }
            }
            p class="note" {
                "Grundlag: " (f.ok) " læste filer; " (f.error) " kunne ikke læses og "
                (f.skipped) " blev sprunget over (se " a href="#filer" { "Filer" } "). "
                (review) " " (kommuner(review)) " har punkter til gennemsyn. "
                "“Kræver handling”: afgjort med en anden reaktion end ingen yderligere handling, \
                 eller afgørelsen er forældet; uafgjort og ikke i orden, “ikke behov”, eller \
                 med punkter til gennemsyn."
            }
        }
    }
}

fn table(r: &Report, tally: &Tally) -> Markup {
    let input = link_dir(r);
    let Tally { action, to_check } = *tally;
    html! {
        section id="tabel" {
            h2 { "Kommunerne" }
            div id="controls" hidden {
                input id="q" type="search" placeholder="Søg på kommune, kode eller region"
                    aria-label="Søg";
                select id="f-outcome" aria-label="Resultat" {
                    option value="" { "Alle resultater" }
                    @for oc in Outcome::ALL {
                        option value=(oc.as_str()) { (outcome_da(oc)) " (" (count(r, oc)) ")" }
                    }
                }
                label class="check" {
                    input id="f-action" type="checkbox";
                    " Kun dem der kræver handling (" (action) ")"
                }
                label class="check" {
                    input id="f-reading" type="checkbox";
                    " Kun usikre læsninger (" (to_check) ")"
                }
                span id="count" {}
            }
            div class="tablewrap" {
                table id="kommuner" {
                    thead { tr {
                        th { "Kode" } th { "Kommune" } th { "Resultat" }
                        th title="Sikker: læsningen hviler ikke på en tvivl; tjek: en person bør se referatet" { "Læsning" }
                        th title="Ankestyrelsens reaktion: den seneste afgørelse i sagsdatabasen" { "Reaktion" }
                        th { "Handlingsplan" }
                        th { "Mødedato" } th { "Organ" } th { "Punkt" } th { "Kilde" }
                        th title="Punkter til gennemsyn" { "Tjek" }
                    } }
                    tbody {
                        @for m in &r.municipalities { (row(r, m, input)) }
                    }
                }
            }
        }
    }
}

fn row(r: &Report, m: &MunicipalityOutcome, input: Option<&Path>) -> Markup {
    let t = m.treatment.as_ref();
    let decision = decision_of(r, &m.code);
    let action = needs_action(m, decision);
    let check = reading_to_check(m);
    html! {
        tr data-outcome=(m.outcome.as_str())
            data-action=(if action { "1" } else { "0" })
            data-reading=(if check { "check" } else { "certain" })
            data-search={ (m.code) " " (m.name) " " (m.region) } {
            td class="code" { (m.code) }
            td { a href={ "#k-" (m.code) } { (m.name) } }
            td data-sort=(outcome_rank(m.outcome)) {
                span class={ "badge " (m.outcome.as_str()) } { (outcome_da(m.outcome)) }
            }
            @if check {
                td data-sort="0" { span class="reading check" { "tjek" } }
            } @else {
                td data-sort="1" { span class="reading certain" { "sikker" } }
            }
            (reaction_cell(decision))
            td { (action_plan_da(m.action_plan)) }
            @match t.map(|t| t.meeting_date) {
                Some(Some(d)) => td class="num" data-sort=(d) { (date_da(d)) },
                Some(None) => td data-sort="9999" { "ukendt" },
                None => td data-sort="9999" {},
            }
            @match t {
                Some(t) => {
                    td { (t.body_name.as_deref().unwrap_or(body_da(t.body))) }
                    td class="title" { (t.item_title) }
                    // The full path is in the details and the tooltip; the
                    // column stays narrow.
                    td class="src" title=(t.document) {
                        (source_link(input, &t.document, Some(t.page),
                            &format!("{} s.\u{a0}{}", file_kind(&t.document), t.page)))
                    }
                }
                None => { td {} td class="title" {} td {} }
            }
            @if m.review.is_empty() {
                td data-sort="0" {}
            } @else {
                td data-sort=(m.review.len()) {
                    span class="flag" title={ (m.review.len()) " til gennemsyn" } { (m.review.len()) }
                }
            }
        }
    }
}

fn reaction_cell(d: Option<&CaseDecision>) -> Markup {
    html! {
        @match d {
            Some(d) => td class="reaction" data-reaction=(d.reaction)
                title={ "Afgjort af " (d.by) " den " (date_da(d.on)) } {
                (d.reaction_danish)
                @if d.stale { " " span class="stale" { "forældet" } }
            },
            None => td class="reaction" data-reaction="" data-sort="~" {
                span class="undecided" { "Ikke afgjort" }
            },
        }
    }
}

fn municipalities(r: &Report) -> Markup {
    html! {
        section id="enkeltvis" {
            h2 { "Kommunerne enkeltvis" }
            div class="toolbar" {
                button type="button" id="open-all" { "Fold alle ud" }
                button type="button" id="close-all" { "Fold alle sammen" }
            }
            @for m in &r.municipalities { (municipality(r, m)) }
        }
    }
}

fn municipality(r: &Report, m: &MunicipalityOutcome) -> Markup {
    let input = link_dir(r);
    let decision = decision_of(r, &m.code);
    html! {
        details class="kommune" id={ "k-" (m.code) } data-outcome=(m.outcome.as_str()) {
            summary {
                span class="code" { (m.code) }
                span class="name" { (m.name) }
                span class={ "badge " (m.outcome.as_str()) } { (outcome_da(m.outcome)) }
                @if !m.review.is_empty() {
                    " " span class="flag" { (m.review.len()) " til gennemsyn" }
                }
                @if let Some(d) = decision {
                    " " span class="decided" { "Reaktion: " (d.reaction_danish) @if d.stale { " (forældet)" } }
                }
            }
            div class="kbody" {
                p class="reason" { (m.reason_danish(r.map_year)) }
                @if let Some(t) = &m.treatment {
                    dl class="facts" {
                        dt { "Møde" }
                        dd {
                            (t.meeting_date.map_or("dato ikke fundet".to_string(), date_da)) ", "
                            (t.body_name.as_deref().unwrap_or(body_da(t.body)))
                        }
                        dt { "Punkt" } dd { (t.item_title) " (side " (t.page) ")" }
                        dt { "Handlingsplan" } dd { (action_plan_da(m.action_plan)) }
                        dt { "Kilde" } dd { (source_link(input, &t.document, Some(t.page), &t.document)) }
                    }
                }
                @if let Some(d) = decision {
                    p class="note" {
                        "Afgjort af " (d.by) " den " (date_da(d.on)) ": " (d.reaction_danish) "."
                        @if d.stale { " En senere kørsel har ændret grundlaget; sagen skal ses igen." }
                    }
                }
                @if !m.review.is_empty() {
                    div class="review" {
                        strong { "Til gennemsyn" }
                        ul { @for note in &m.review { li { (note.danish()) } } }
                    }
                }
                @if !m.evidence.is_empty() {
                    h4 { "Uddrag fra referatet" }
                    @for e in &m.evidence {
                        figure class="evidence" {
                            blockquote { (highlighted(&e.text, e.highlight)) }
                            figcaption {
                                "Side " (e.page) " · regel " code { (e.rule) } " · "
                                (source_link(input, &e.document, Some(e.page), "åbn kilden"))
                            }
                        }
                    }
                }
                @if !m.candidates.is_empty() {
                    h4 { "Andre fundne punkter om danmarkskortet " (r.map_year) }
                    table {
                        thead { tr {
                            th { "Mødedato" } th { "Organ" } th { "Punkt" } th { "Handlingsplan" }
                            th { "Rettidig" } th { "Kilde" }
                        } }
                        tbody {
                            @for c in &m.candidates {
                                tr {
                                    td class="num" { (c.meeting_date.map_or("ukendt".to_string(), date_da)) }
                                    td { (c.body_name.as_deref().unwrap_or(body_da(c.body))) }
                                    td { (c.item_title) }
                                    td { (action_plan_da(Some(c.action_plan))) }
                                    td { (match c.in_time { Some(true) => "ja", Some(false) => "nej", None => "ukendt" }) }
                                    td { (source_link(input, &c.document, Some(c.page), &c.document)) ", side " (c.page) }
                                }
                            }
                        }
                    }
                }
                p class="note" {
                    "Region " (m.region) " · " (m.documents_read) " læste "
                    (if m.documents_read == 1 { "fil" } else { "filer" }) " fra kommunen."
                }
            }
        }
    }
}

fn files(r: &Report) -> Markup {
    let input = link_dir(r);
    let failed: Vec<_> = r
        .documents
        .iter()
        .filter(|d| d.status != DocStatus::Ok)
        .collect();
    let orphans: Vec<_> = r
        .documents
        .iter()
        .filter(|d| d.status == DocStatus::Ok && d.municipality_code.is_none())
        .collect();
    html! {
        section id="filer" {
            h2 { "Filer" }
            h4 { "Filer der ikke kunne læses eller blev sprunget over (" (failed.len()) ")" }
            @if failed.is_empty() {
                p class="note" { "Alle filer blev læst." }
            } @else {
                div class="tablewrap" { table {
                    thead { tr { th { "Fil" } th { "Kommune" } th { "Status" } th { "Årsag" } } }
                    tbody {
                        @for d in &failed {
                            tr {
                                td { (source_link(input, &d.path, None, &d.path)) }
                                td { (municipality_label(d.municipality_code.as_deref())) }
                                td { (match d.status { DocStatus::Error => "Fejl", _ => "Sprunget over" }) }
                                td { (d.error.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                } }
            }
            @if !orphans.is_empty() {
                h4 { "Læste filer uden kommune (" (orphans.len()) ")" }
                p class="note" {
                    "Kommunen kunne hverken findes i stien eller i teksten, så filerne tæller \
                     ikke med for nogen kommune."
                }
                ul { @for d in &orphans { li { (source_link(input, &d.path, None, &d.path)) } } }
            }
        }
    }
}

fn municipality_label(code: Option<&str>) -> String {
    match code.and_then(tilsyn_kommuner::by_code) {
        Some(k) => format!("{} {}", k.code, k.name),
        None => code.unwrap_or("–").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, span: Option<(usize, usize)>) -> String {
        highlighted(text, span).into_string()
    }

    #[test]
    fn highlight_marks_a_valid_span_and_escapes_the_rest() {
        assert_eq!(
            marked("at <b> handlingsplan", Some((7, 20))),
            "at &lt;b&gt; <mark>handlingsplan</mark>"
        );
        assert_eq!(marked("æøå", Some((2, 4))), "æ<mark>ø</mark>å");
        assert_eq!(marked("a&\"b", None), "a&amp;&quot;b");
    }

    #[test]
    fn highlight_ignores_hostile_spans() {
        let t = "æøå <x>";
        for span in [(1, 3), (0, 99), (5, 2), (3, 3), (99, 100), (0, 1)] {
            assert_eq!(marked(t, Some(span)), "æøå &lt;x&gt;", "{span:?}");
        }
        assert_eq!(marked(t, None), "æøå &lt;x&gt;");
    }

    #[test]
    fn source_links_are_encoded_and_point_at_the_page() {
        let rel = Path::new("../referater");
        assert_eq!(
            source_href(Some(rel), "101 København/møde #3.pdf", Some(4)).unwrap(),
            "./../referater/101%20K%C3%B8benhavn/m%C3%B8de%20%233.pdf#page=4"
        );
        assert_eq!(
            source_href(Some(Path::new("/data/in/")), "a/b.html", Some(4)).unwrap(),
            "file:///data/in/a/b.html"
        );
        // A colon cannot turn a relative path into a scheme.
        assert_eq!(
            source_href(Some(Path::new(".")), "javascript:alert(1).PDF", Some(1)).unwrap(),
            "./javascript%3Aalert%281%29.PDF#page=1"
        );
        assert_eq!(source_href(None, "a.pdf", Some(1)), None);
    }
}
