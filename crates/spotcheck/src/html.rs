//! `report.html` for spot checks and quality standards: one self-contained Danish page
//! (inline CSS, no script, no network), rendered with maud like `scan`'s report and the
//! review pages. Everything interpolated is escaped by maud, in element content and in
//! (double-quoted) attributes alike; the source links and the marked passages are
//! `tilsyn_report`'s, so the two reports link and mark the same way.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use tilsyn_report::{DocStatus, highlighted, source_link};

use crate::report::{Report, SampleStatus};
use crate::rules::Severity;

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc}\
.wrap{overflow-x:auto}\
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}\
th{background:#f3f3f3}mark{background:#ffe27a}.high{color:#a00;font-weight:600}.medium{color:#a60}.low{color:#555}\
.note{background:#f5f7fb;border-left:4px solid #5a7bd8;padding:.6rem 1rem}.passage{font-family:Georgia,serif}\
.doc{margin:1.2rem 0;padding:.5rem 1rem;border:1px solid #e2e2e2}.muted{color:#666}\
@media (max-width:700px){body{margin:1rem auto;font-size:14px}th,td{padding:.2rem .3rem}.doc{padding:.4rem .6rem}}\
@media print{.wrap{overflow:visible}tr,.doc{break-inside:avoid}}";

/// The page.
pub(crate) fn render(r: &Report) -> String {
    let spot = r.command == "spot-check";
    let title = match &r.period {
        Some(p) if spot => format!("Stikprøvekontrol af referater – {p}"),
        _ => "Gennemgang af kvalitetsstandarder".to_string(),
    };
    let page = html! {
        (DOCTYPE)
        html lang="da" {
            head {
                meta charset="utf-8";
                (PreEscaped(tilsyn_report::GENERATOR_META))
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { (title) }
                p class="note" {
                    "tilsyn vurderer ikke, om en beslutning er ulovlig. Hver markering viser et \
                     afsnit, der er værd at læse, og hvorfor; den juridiske vurdering foretages \
                     af en medarbejder."
                }
                (summary(r))
                (ranking(r))
                (sample(r))
                (documents(r))
                (rules(r))
                (files(r))
            }
        }
    };
    page.into_string()
}

fn sev(s: Severity) -> Markup {
    html! { span class=(s.as_str()) { (s.danish()) } }
}

/// "101 København" for a known code, the code as given otherwise.
fn municipality(code: Option<&str>, unknown: &str) -> String {
    match code {
        Some(c) => match tilsyn_kommuner::by_code(c) {
            Some(k) => format!("{} {}", k.code, k.name),
            None => c.to_string(),
        },
        None => unknown.to_string(),
    }
}

fn link(r: &Report, path: &str, page: Option<u32>) -> Markup {
    source_link(r.run.input_dir.as_deref(), path, page, path)
}

fn summary(r: &Report) -> Markup {
    let s = &r.summary;
    html! {
        h2 { "Overblik" }
        ul {
            @if let (Some(d), Some(f), Some(n)) = (
                s.municipalities_drawn,
                s.municipalities_fewer,
                s.municipalities_without_minutes,
            ) {
                li { (d) " kommuner fuldt udtrukket, " (f) " med færre møder end ønsket, " (n)
                     " uden rådsmøder i perioden." }
            }
            li {
                (s.documents_analysed) " dokumenter gennemgået, " (s.documents_flagged)
                " med markeringer: " (s.flags) " markeringer (" (s.high) " høj, " (s.medium)
                " middel, " (s.low) " lav)."
            }
            li { "Filer: " (s.files_ok) " læst, " (s.files_error) " kunne ikke læses, "
                 (s.files_skipped) " sprunget over." }
        }
    }
}

fn ranking(r: &Report) -> Markup {
    let why: std::collections::BTreeMap<&str, &str> = r
        .rules
        .iter()
        .map(|x| (x.id.as_str(), x.rationale.as_str()))
        .collect();
    html! {
        h2 id="laes-foerst" { "Læs først" }
        @if r.ranking.is_empty() {
            p { "Ingen markeringer." }
        } @else {
            div class="wrap" { table {
                tr {
                    th { "#" } th { "Kommune" } th { "Dokument" } th { "Side" } th { "Punkt" }
                    th { "Regel" } th { "Alvor" } th { "Sikkerhed" } th { "Hvorfor" }
                }
                @for e in &r.ranking {
                    tr {
                        td { (e.rank) }
                        td { (municipality(e.municipality_code.as_deref(), "—")) }
                        td { (link(r, &e.document, Some(e.page))) }
                        td { (e.page) }
                        td { (e.item.as_deref().unwrap_or("")) }
                        td { (e.rule) }
                        td { (sev(e.severity)) }
                        td { (e.confidence.danish()) }
                        td class="muted" { (why.get(e.rule.as_str()).copied().unwrap_or("")) }
                    }
                }
            } }
        }
    }
}

fn sample(r: &Report) -> Markup {
    let Some(sample) = &r.sample else {
        return html! {};
    };
    html! {
        h2 id="stikproeve" { "Stikprøven" }
        p {
            (r.per_municipality.unwrap_or(0)) " rådsmøde(r) pr. kommune med mødedato i "
            (r.period.as_deref().unwrap_or("")) ", udtrukket med seed " (r.seed.unwrap_or(0)) "."
        }
        div class="wrap" { table {
            tr {
                th { "Kode" } th { "Kommune" } th { "Region" } th { "Status" } th { "Kandidater" }
                th { "Udtrukket" }
            }
            @for m in sample {
                tr id={ "k-" (m.code) } {
                    td { (m.code) }
                    td { (m.name) }
                    td { (m.region) }
                    td { (match m.status {
                        SampleStatus::Drawn => "udtrukket",
                        SampleStatus::FewerThanRequested => "færre møder end ønsket – alle taget",
                        SampleStatus::NoMinutesInPeriod => "ingen referater i perioden",
                    }) }
                    td { (m.candidates) }
                    td {
                        @for (i, d) in m.drawn.iter().enumerate() {
                            @if i > 0 { br; }
                            (link(r, &d.document, None)) " "
                            span class="muted" {
                                "(" (d.meeting_date.map(|x| x.to_string()).unwrap_or_default())
                                ", " (d.flags) " markering(er))"
                            }
                        }
                    }
                }
            }
        } }
    }
}

fn documents(r: &Report) -> Markup {
    html! {
        h2 id="markeringer" { "Markeringer pr. dokument" }
        @for d in &r.flags {
            div class="doc" {
                h3 { (link(r, &d.document, None)) }
                p class="muted" {
                    "Kommune " (municipality(d.municipality_code.as_deref(), "ukendt"))
                    " · mødedato "
                    (d.meeting_date.map(|x| x.to_string()).unwrap_or_else(|| "ukendt".into()))
                    " · " (d.flags.len()) " markering(er)"
                }
                @if d.flags.is_empty() { p { "Ingen markeringer." } }
                @for f in &d.flags {
                    p {
                        b { (f.rule) } " (" (sev(f.severity)) ", sikkerhed " (f.confidence.danish())
                        ") · side " (f.page)
                        @if let Some(t) = &f.item { " · punkt: " (t) }
                    }
                    blockquote class="passage" { (highlighted(&f.passage, Some(f.highlight))) }
                    p class="muted" { (f.rationale) }
                }
            }
        }
    }
}

fn rules(r: &Report) -> Markup {
    html! {
        h2 id="regler" { "Regler" }
        div class="wrap" { table {
            tr { th { "Regel" } th { "Alvor" } th { "Hvorfor afsnittet er værd at læse" } }
            @for rule in &r.rules {
                tr { td { (rule.id) } td { (sev(rule.severity)) } td { (rule.rationale) } }
            }
        } }
    }
}

fn files(r: &Report) -> Markup {
    html! {
        h2 id="filer" { "Filer der ikke kunne læses, blev sprunget over eller ikke var kandidater" }
        div class="wrap" { table {
            tr { th { "Fil" } th { "Status" } th { "Årsag" } }
            @for d in &r.documents {
                @let row = match d.status {
                    DocStatus::Error => Some(("kunne ikke læses", d.error.as_deref())),
                    DocStatus::Skipped => Some(("sprunget over", d.error.as_deref())),
                    DocStatus::Ok if d.candidate == Some(false) => {
                        Some(("ikke kandidat", d.not_candidate.as_deref()))
                    }
                    DocStatus::Ok => None,
                };
                @if let Some((status, why)) = row {
                    tr {
                        td { (tilsyn_report::visible(&d.path, &[])) }
                        td { (status) }
                        td { (why.unwrap_or("")) }
                    }
                }
            }
        } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_spans_mark_nothing() {
        let m = |t: &str, s| highlighted(t, Some(s)).into_string();
        assert_eq!(m("æble<", (0, 1)), "æble&lt;");
        assert_eq!(m("ab<c", (1, 3)), "a<mark>b&lt;</mark>c");
        assert_eq!(m("ab", (1, 9)), "ab");
    }

    #[test]
    fn a_known_code_is_shown_with_its_name() {
        assert_eq!(municipality(Some("101"), "—"), "101 København");
        assert_eq!(municipality(Some("<x>"), "—"), "<x>");
        assert_eq!(municipality(None, "ukendt"), "ukendt");
    }
}
