//! `report.html`: one self-contained page in Danish for the analysts.
//!
//! Hand-written with `write!` and one escaping helper rather than a template
//! crate: the page has one shape, and every value from the minutes passes
//! through [`Esc`] (element content and attribute values alike, always in
//! double quotes). The table is complete without JavaScript; the inline
//! script only adds filtering, search and sorting, and sets
//! `<body data-ready="1">` when it has run, which `scripts/check-html.sh`
//! checks.

use std::fmt::{self, Write as _};
use std::path::Path;

use crate::decide::{action_plan_da, date_da};
use crate::model::{Body, DocStatus};
use crate::{MunicipalityOutcome, Outcome, Report};

/// Escapes text for HTML element content and double- or single-quoted
/// attribute values: `&`, `<`, `>`, `"` and `'`.
///
/// ```
/// assert_eq!(
///     tilsyn_report::escape_html(r#"<img src=x onerror="alert('æ')">&"#),
///     "&lt;img src=x onerror=&quot;alert(&#39;æ&#39;)&quot;&gt;&amp;"
/// );
/// ```
pub fn escape_html(s: &str) -> String {
    Esc(s).to_string()
}

/// Displays its text HTML-escaped, without an intermediate string.
struct Esc<'a>(&'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut last = 0;
        for (i, b) in s.bytes().enumerate() {
            let rep = match b {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            // All replaced bytes are ASCII, so `i` is a char boundary.
            f.write_str(&s[last..i])?;
            f.write_str(rep)?;
            last = i + 1;
        }
        f.write_str(&s[last..])
    }
}

/// The passage escaped, with the bytes `highlight` names in `<mark>`.
///
/// The span comes from another crate and may be hostile: reversed, empty,
/// past the end or inside a multi-byte character. Then nothing is marked.
pub(crate) fn highlighted(text: &str, highlight: Option<(usize, usize)>) -> String {
    match highlight {
        Some((s, e)) if s < e && text.is_char_boundary(s) && text.is_char_boundary(e) => {
            format!(
                "{}<mark>{}</mark>{}",
                Esc(&text[..s]),
                Esc(&text[s..e]),
                Esc(&text[e..])
            )
        }
        _ => escape_html(text),
    }
}

/// A link to a source file, usable from `file://`: the input folder joined
/// with the document path, every byte outside the URL-safe set
/// percent-encoded (so `æ`, spaces, `#` and `?` survive), and `#page=N` for
/// PDFs. `None` where the input folder is unknown.
pub(crate) fn source_href(
    input_dir: Option<&Path>,
    document: &str,
    page: Option<u32>,
) -> Option<String> {
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
.flag{display:inline-block;min-width:20px;padding:0 6px;border-radius:10px;background:#fff1d1;color:#8a5a00;font-weight:600;font-size:12.5px;text-align:center}
#controls{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin:0 0 12px}
#controls input,#controls select{font:inherit;padding:6px 10px;border:1px solid #b9bdc8;border-radius:6px;background:#fff}
#controls input{min-width:340px}
#count{color:var(--muted);font-size:13px}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;font-size:14px}
thead th{position:sticky;top:0;background:#eef0f4;font-size:12.5px;text-transform:uppercase;letter-spacing:.03em;color:#41465a;white-space:nowrap}
thead th button{all:unset;cursor:pointer}
thead th button::after{content:" \2195";color:#9aa0b0}
thead th[aria-sort=ascending] button::after{content:" \2191";color:var(--ink)}
thead th[aria-sort=descending] button::after{content:" \2193";color:var(--ink)}
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
@media print{header.top{background:none;color:#000}#controls,.toolbar{display:none}section{border:0}details.kommune .kbody{display:block}}
@media (max-width:900px){.cards{grid-template-columns:repeat(2,1fr)}main{padding:12px}}
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
      var show = (!o || r.getAttribute("data-outcome") === o) && (!t || r._s.indexOf(t) >= 0);
      r.hidden = !show;
      if (show) n++;
    });
    count.textContent = n + " af " + rows.length + " kommuner vist";
  }
  q.addEventListener("input", apply);
  sel.addEventListener("change", apply);
  var ths = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(ths, function (th, idx) {
    var b = document.createElement("button");
    b.type = "button";
    while (th.firstChild) b.appendChild(th.firstChild);
    th.appendChild(b);
    b.addEventListener("click", function () {
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
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter]"), function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      sel.value = a.getAttribute("data-filter");
      apply();
      document.getElementById("tabel").scrollIntoView();
    });
  });
  var all = document.querySelectorAll("details.kommune");
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

pub(crate) fn render(report: &Report) -> String {
    let mut o = String::with_capacity(256 * 1024);
    page(&mut o, report).expect("writing to a String does not fail");
    o
}

fn page(o: &mut String, r: &Report) -> fmt::Result {
    let y = r.map_year;
    writeln!(o, "<!DOCTYPE html>")?;
    writeln!(o, "<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">")?;
    writeln!(o, "{}", crate::GENERATOR_META)?;
    writeln!(
        o,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        o,
        "<title>Danmarkskortet {y}: kommunalbestyrelsernes behandling</title>"
    )?;
    writeln!(o, "<style>{CSS}</style>\n</head>\n<body>")?;
    writeln!(
        o,
        "<header class=\"top\"><h1>Danmarkskortet {y}: kommunalbestyrelsernes behandling</h1>\
         <p>Gennemgang af referater for alle 98 kommuner · frist 31. december {y} · \
         tilsyn {}</p></header>",
        Esc(&r.tool_version)
    )?;
    writeln!(o, "<main>")?;
    national(o, r)?;
    table(o, r)?;
    municipalities(o, r)?;
    files(o, r)?;
    writeln!(o, "</main>")?;
    writeln!(
        o,
        "<footer>Resultaterne er fundet automatisk i referaterne og er et arbejdsredskab: \
         læs uddraget og kilden, før der træffes afgørelse. Samme data findes i report.json \
         og report.csv.</footer>"
    )?;
    writeln!(o, "<script>{JS}</script>\n</body>\n</html>")
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

fn national(o: &mut String, r: &Report) -> fmt::Result {
    let y = r.map_year;
    let with = |outcome: Outcome, plan: crate::ActionPlan| {
        r.municipalities
            .iter()
            .filter(|m| m.outcome == outcome && m.action_plan == Some(plan))
            .count()
    };
    writeln!(
        o,
        "<section class=\"national\" id=\"resultat\"><h2>Resultat for hele landet</h2>"
    )?;
    writeln!(o, "<div class=\"cards\">")?;
    for oc in Outcome::ALL {
        writeln!(
            o,
            "<a class=\"card {k}\" href=\"#tabel\" data-filter=\"{k}\"><b>{n}</b><span>{label}</span></a>",
            k = oc.as_str(),
            n = count(r, oc),
            label = outcome_da(oc)
        )?;
    }
    writeln!(o, "</div>\n<ul>")?;
    let n = r.summary.ok;
    write!(
        o,
        "<li>I {n} {} har danmarkskortet for {y} været behandlet i kommunalbestyrelsen inden \
         udgangen af {y}, og kommunalbestyrelsen har forholdt sig til behovet for en handlingsplan.",
        kommuner(n)
    )?;
    let no_need = with(Outcome::Ok, crate::ActionPlan::NoNeed);
    if no_need > 0 {
        write!(
            o,
            " Heraf har {no_need} vurderet, at der ikke er behov for en handlingsplan; det skal \
             vurderes, om Ankestyrelsen er enig."
        )?;
    }
    writeln!(o, "</li>")?;
    let n = r.summary.no_position;
    if n > 0 {
        let deferred = with(Outcome::NoPosition, crate::ActionPlan::Deferred);
        write!(
            o,
            "<li>I {n} {} har kommunalbestyrelsen behandlet danmarkskortet inden fristen, men \
             det fremgår ikke af referatet, at den har taget stilling til behovet for en \
             handlingsplan",
            kommuner(n)
        )?;
        if deferred > 0 {
            write!(o, " (heraf er punktet udsat i {deferred})")?;
        }
        writeln!(o, ".</li>")?;
    }
    let n = r.summary.late;
    if n > 0 {
        writeln!(
            o,
            "<li>I {n} {} er danmarkskortet først behandlet i kommunalbestyrelsen efter \
             31. december {y}, eller mødedatoen kunne ikke findes.</li>",
            kommuner(n)
        )?;
    }
    let n = r.summary.committee_only;
    if n > 0 {
        writeln!(
            o,
            "<li>I {n} {} er danmarkskortet kun fundet behandlet i et udvalg, ikke i \
             kommunalbestyrelsen.</li>",
            kommuner(n)
        )?;
    }
    let n = r.summary.not_found;
    if n > 0 {
        writeln!(
            o,
            "<li>I {n} {} er der ikke fundet en behandling af danmarkskortet for {y}.</li>",
            kommuner(n)
        )?;
    }
    writeln!(o, "</ul>")?;
    let review = r
        .municipalities
        .iter()
        .filter(|m| !m.review.is_empty())
        .count();
    let f = &r.files;
    writeln!(
        o,
        "<p class=\"note\">Grundlag: {} læste filer; {} kunne ikke læses og {} blev sprunget \
         over (se <a href=\"#filer\">Filer</a>). {review} {} har punkter til gennemsyn.</p>",
        f.ok,
        f.error,
        f.skipped,
        kommuner(review)
    )?;
    writeln!(o, "</section>")
}

fn table(o: &mut String, r: &Report) -> fmt::Result {
    let input = r.run.input_dir.as_deref();
    writeln!(o, "<section id=\"tabel\"><h2>Kommunerne</h2>")?;
    writeln!(
        o,
        "<div id=\"controls\" hidden><input id=\"q\" type=\"search\" \
         placeholder=\"Søg på kommune, kode eller region\" aria-label=\"Søg\">\
         <select id=\"f-outcome\" aria-label=\"Resultat\"><option value=\"\">Alle resultater</option>"
    )?;
    for oc in Outcome::ALL {
        writeln!(
            o,
            "<option value=\"{}\">{} ({})</option>",
            oc.as_str(),
            outcome_da(oc),
            count(r, oc)
        )?;
    }
    writeln!(o, "</select><span id=\"count\"></span></div>")?;
    writeln!(
        o,
        "<div class=\"tablewrap\"><table id=\"kommuner\"><thead><tr><th>Kode</th><th>Kommune</th>\
         <th>Resultat</th><th>Handlingsplan</th><th>Mødedato</th><th>Organ</th>\
         <th>Punkt</th><th>Kilde</th><th title=\"Punkter til gennemsyn\">Tjek</th></tr></thead><tbody>"
    )?;
    for m in &r.municipalities {
        let t = m.treatment.as_ref();
        write!(
            o,
            "<tr data-outcome=\"{}\" data-search=\"{} {} {}\">",
            m.outcome.as_str(),
            Esc(&m.code),
            Esc(&m.name),
            Esc(&m.region)
        )?;
        write!(o, "<td class=\"code\">{}</td>", Esc(&m.code))?;
        write!(
            o,
            "<td><a href=\"#k-{}\">{}</a></td>",
            Esc(&m.code),
            Esc(&m.name),
        )?;
        write!(
            o,
            "<td data-sort=\"{}\"><span class=\"badge {}\">{}</span></td>",
            outcome_rank(m.outcome),
            m.outcome.as_str(),
            outcome_da(m.outcome)
        )?;
        write!(o, "<td>{}</td>", action_plan_da(m.action_plan))?;
        match t.and_then(|t| t.meeting_date) {
            Some(d) => write!(o, "<td class=\"num\" data-sort=\"{d}\">{}</td>", date_da(d))?,
            None if t.is_some() => write!(o, "<td data-sort=\"9999\">ukendt</td>")?,
            None => write!(o, "<td data-sort=\"9999\"></td>")?,
        }
        match t {
            Some(t) => write!(
                o,
                "<td>{}</td><td class=\"title\">{}</td>",
                Esc(t.body_name.as_deref().unwrap_or(body_da(t.body))),
                Esc(&t.item_title)
            )?,
            None => write!(o, "<td></td><td class=\"title\"></td>")?,
        }
        match t {
            Some(t) => {
                // The full path is in the details and the tooltip; the
                // column stays narrow.
                write!(o, "<td class=\"src\" title=\"{}\">", Esc(&t.document))?;
                let text = format!("{} s.\u{a0}{}", file_kind(&t.document), t.page);
                link(o, input, &t.document, Some(t.page), &text)?;
                write!(o, "</td>")?;
            }
            None => write!(o, "<td></td>")?,
        }
        if m.review.is_empty() {
            write!(o, "<td data-sort=\"0\"></td>")?;
        } else {
            write!(
                o,
                "<td data-sort=\"{n}\"><span class=\"flag\" title=\"{n} til gennemsyn\">{n}</span></td>",
                n = m.review.len()
            )?;
        }
        writeln!(o, "</tr>")?;
    }
    writeln!(o, "</tbody></table></div></section>")
}

/// `<a href>` to the source where the input folder is known, else the text.
fn link(
    o: &mut String,
    input: Option<&Path>,
    document: &str,
    page: Option<u32>,
    text: &str,
) -> fmt::Result {
    // The link keeps the real path; the text shows what would reorder or
    // hide it as escapes (crate::visible).
    let text = crate::visible(text, &[]);
    match source_href(input, document, page) {
        Some(href) => write!(o, "<a href=\"{}\">{}</a>", Esc(&href), Esc(&text)),
        None => write!(o, "{}", Esc(&text)),
    }
}

fn municipalities(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "<section id=\"enkeltvis\"><h2>Kommunerne enkeltvis</h2>\
         <div class=\"toolbar\"><button type=\"button\" id=\"open-all\">Fold alle ud</button>\
         <button type=\"button\" id=\"close-all\">Fold alle sammen</button></div>"
    )?;
    for m in &r.municipalities {
        municipality(o, r, m)?;
    }
    writeln!(o, "</section>")
}

fn municipality(o: &mut String, r: &Report, m: &MunicipalityOutcome) -> fmt::Result {
    let input = r.run.input_dir.as_deref();
    write!(
        o,
        "<details class=\"kommune\" id=\"k-{code}\" data-outcome=\"{oc}\"><summary>\
         <span class=\"code\">{code}</span><span class=\"name\">{name}</span>\
         <span class=\"badge {oc}\">{label}</span>",
        code = Esc(&m.code),
        name = Esc(&m.name),
        oc = m.outcome.as_str(),
        label = outcome_da(m.outcome)
    )?;
    if !m.review.is_empty() {
        write!(
            o,
            " <span class=\"flag\">{} til gennemsyn</span>",
            m.review.len()
        )?;
    }
    writeln!(o, "</summary><div class=\"kbody\">")?;
    writeln!(
        o,
        "<p class=\"reason\">{}</p>",
        Esc(&m.reason_danish(r.map_year))
    )?;
    if let Some(t) = &m.treatment {
        writeln!(o, "<dl class=\"facts\">")?;
        writeln!(
            o,
            "<dt>Møde</dt><dd>{}, {}</dd>",
            t.meeting_date
                .map_or("dato ikke fundet".to_string(), date_da),
            Esc(t.body_name.as_deref().unwrap_or(body_da(t.body)))
        )?;
        writeln!(
            o,
            "<dt>Punkt</dt><dd>{} (side {})</dd>",
            Esc(&t.item_title),
            t.page
        )?;
        writeln!(
            o,
            "<dt>Handlingsplan</dt><dd>{}</dd>",
            action_plan_da(m.action_plan)
        )?;
        write!(o, "<dt>Kilde</dt><dd>")?;
        link(o, input, &t.document, Some(t.page), &t.document)?;
        writeln!(o, "</dd></dl>")?;
    }
    if !m.review.is_empty() {
        writeln!(
            o,
            "<div class=\"review\"><strong>Til gennemsyn</strong><ul>"
        )?;
        for note in &m.review {
            writeln!(o, "<li>{}</li>", Esc(&note.danish()))?;
        }
        writeln!(o, "</ul></div>")?;
    }
    if !m.evidence.is_empty() {
        writeln!(o, "<h4>Uddrag fra referatet</h4>")?;
        for e in &m.evidence {
            write!(
                o,
                "<figure class=\"evidence\"><blockquote>{}</blockquote><figcaption>Side {} · regel \
                 <code>{}</code> · ",
                highlighted(&e.text, e.highlight),
                e.page,
                Esc(&e.rule)
            )?;
            link(o, input, &e.document, Some(e.page), "åbn kilden")?;
            writeln!(o, "</figcaption></figure>")?;
        }
    }
    if !m.candidates.is_empty() {
        writeln!(
            o,
            "<h4>Andre fundne punkter om danmarkskortet {}</h4><table><thead><tr><th>Mødedato</th>\
             <th>Organ</th><th>Punkt</th><th>Handlingsplan</th><th>Rettidig</th><th>Kilde</th>\
             </tr></thead><tbody>",
            r.map_year
        )?;
        for c in &m.candidates {
            write!(
                o,
                "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>",
                c.meeting_date.map_or("ukendt".to_string(), date_da),
                Esc(c.body_name.as_deref().unwrap_or(body_da(c.body))),
                Esc(&c.item_title),
                action_plan_da(Some(c.action_plan)),
                match c.in_time {
                    Some(true) => "ja",
                    Some(false) => "nej",
                    None => "ukendt",
                },
            )?;
            link(o, input, &c.document, Some(c.page), &c.document)?;
            writeln!(o, ", side {}</td></tr>", c.page)?;
        }
        writeln!(o, "</tbody></table>")?;
    }
    writeln!(
        o,
        "<p class=\"note\">Region {} · {} læste {} fra kommunen.</p></div></details>",
        Esc(&m.region),
        m.documents_read,
        if m.documents_read == 1 {
            "fil"
        } else {
            "filer"
        }
    )
}

fn files(o: &mut String, r: &Report) -> fmt::Result {
    let input = r.run.input_dir.as_deref();
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
    writeln!(o, "<section id=\"filer\"><h2>Filer</h2>")?;
    writeln!(
        o,
        "<h4>Filer der ikke kunne læses eller blev sprunget over ({})</h4>",
        failed.len()
    )?;
    if failed.is_empty() {
        writeln!(o, "<p class=\"note\">Alle filer blev læst.</p>")?;
    } else {
        writeln!(
            o,
            "<div class=\"tablewrap\"><table><thead><tr><th>Fil</th><th>Kommune</th>\
             <th>Status</th><th>Årsag</th></tr></thead><tbody>"
        )?;
        for d in failed {
            write!(o, "<tr><td>")?;
            link(o, input, &d.path, None, &d.path)?;
            writeln!(
                o,
                "</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                Esc(&municipality_label(d.municipality_code.as_deref())),
                match d.status {
                    DocStatus::Error => "Fejl",
                    _ => "Sprunget over",
                },
                Esc(d.error.as_deref().unwrap_or(""))
            )?;
        }
        writeln!(o, "</tbody></table></div>")?;
    }
    if !orphans.is_empty() {
        writeln!(
            o,
            "<h4>Læste filer uden kommune ({})</h4><p class=\"note\">Kommunen kunne hverken \
             findes i stien eller i teksten, så filerne tæller ikke med for nogen kommune.</p><ul>",
            orphans.len()
        )?;
        for d in orphans {
            write!(o, "<li>")?;
            link(o, input, &d.path, None, &d.path)?;
            writeln!(o, "</li>")?;
        }
        writeln!(o, "</ul>")?;
    }
    writeln!(o, "</section>")
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

    #[test]
    fn escapes_the_five_characters_and_nothing_else() {
        assert_eq!(
            escape_html("a&b<c>d\"e'f æøå"),
            "a&amp;b&lt;c&gt;d&quot;e&#39;f æøå"
        );
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("<<"), "&lt;&lt;");
    }

    #[test]
    fn highlight_marks_a_valid_span() {
        assert_eq!(
            highlighted("at <b> handlingsplan", Some((7, 20))),
            "at &lt;b&gt; <mark>handlingsplan</mark>"
        );
        assert_eq!(highlighted("æøå", Some((2, 4))), "æ<mark>ø</mark>å");
    }

    #[test]
    fn highlight_ignores_hostile_spans() {
        let t = "æøå <x>";
        for span in [(1, 3), (0, 99), (5, 2), (3, 3), (99, 100), (0, 1)] {
            assert_eq!(highlighted(t, Some(span)), "æøå &lt;x&gt;", "{span:?}");
        }
        assert_eq!(highlighted(t, None), "æøå &lt;x&gt;");
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
