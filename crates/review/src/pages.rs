//! The pages, as maud templates. maud escapes everything interpolated with
//! `(…)`, in text and attributes alike; nothing here builds HTML by hand.

use axum::http::StatusCode;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use maud::{DOCTYPE, Markup, html};
use tilsyn_cases::{
    ACTION_PLANS, Case, CaseSummary, Decision, Finding, FollowUpCandidate, Reaction, Run,
    StoredDocument, action_plan_danish, action_plan_str, outcome_danish,
};
use tilsyn_report::{Body, Outcome};

use crate::queue::{self, Filter, QueueGroup};

fn layout(title: &str, main: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="da" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · tilsyn" }
                link rel="stylesheet" href="/static/app.css";
                script src="/static/app.js" defer {}
            }
            body {
                header.top {
                    a.brand href="/" { "tilsyn" }
                    span.sub { "Ankestyrelsens gennemgang af danmarkskortet" }
                    span.keys { "Tast " kbd { "?" } " for genveje" }
                }
                main { (main) }
            }
        }
    }
}

/// A refusal or failure, as a page.
pub(crate) fn error_page(status: StatusCode, why: &str) -> Markup {
    layout(
        "Fejl",
        html! {
            h1 { "Fejl " (status.as_u16()) }
            p.error { (why) }
            p { a href="/" { "Til forsiden" } }
        },
    )
}

/// `/` before anything was recorded.
pub(crate) fn empty_page() -> Markup {
    layout(
        "Ingen kørsler",
        html! {
            h1 { "Ingen kørsler endnu" }
            p { "Kør først " code { "tilsyn scan MAPPE --map-year ÅR" } " i samme mappe, så vises køen her." }
        },
    )
}

fn date_da(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    format!("{}. {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

fn time_da(t: DateTime<Utc>) -> String {
    let local = t.with_timezone(&chrono::Local);
    format!(
        "{} kl. {}",
        date_da(local.date_naive()),
        local.format("%H.%M")
    )
}

fn body_da(body: Body, name: Option<&str>) -> String {
    match (name, body) {
        (Some(n), _) => n.to_string(),
        (None, Body::Council) => "Kommunalbestyrelsen".into(),
        (None, Body::Committee) => "Et udvalg".into(),
        (None, Body::Unknown) => "Ukendt organ".into(),
    }
}

fn outcome_class(o: Outcome) -> &'static str {
    match o {
        Outcome::Ok => "ok",
        Outcome::NoPosition => "no_position",
        Outcome::Late => "late",
        Outcome::CommitteeOnly => "committee_only",
        Outcome::NotFound => "not_found",
    }
}

/// The link to a source file of a run, at a page for PDFs. Each path
/// segment is percent-encoded; the server decodes and looks it up.
pub(crate) fn source_href(run: i64, path: &str, page: Option<u32>) -> String {
    let enc: Vec<String> = path
        .split('/')
        .map(|seg| {
            seg.bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect()
        })
        .collect();
    let mut href = format!("/kilde/{run}/{}", enc.join("/"));
    if let (Some(p), true) = (page, path.to_ascii_lowercase().ends_with(".pdf")) {
        href.push_str(&format!("#page={p}"));
    }
    href
}

fn outcome_badge(o: Outcome) -> Markup {
    html! { span class={ "badge " (outcome_class(o)) } { (outcome_danish(o)) } }
}

/// The queue of a map year.
pub(crate) fn queue_page(
    year: i32,
    years: &[i32],
    run: Option<&Run>,
    cases: &[CaseSummary],
    filter: &Filter,
) -> Markup {
    let today = Utc::now().date_naive();
    let counts = queue::counts(cases, today);
    let entries = queue::queue(cases);
    let shown: Vec<_> = entries.iter().filter(|e| filter.admits(e.case)).collect();
    let mut regions: Vec<&str> = cases.iter().map(|c| c.region.as_str()).collect();
    regions.sort();
    regions.dedup();
    layout(
        &format!("Kø {year}"),
        html! {
            div.titlebar {
                h1 { "Danmarkskortet " (year) }
                nav.years {
                    @for y in years {
                        @if *y == year { strong { (y) } } @else { a href={ "/" (y) } { (y) } }
                    }
                }
            }
            @match run {
                Some(r) => p.run { "Seneste scanning: " (time_da(r.recorded_at)) " (kørsel " (r.id) ", " (r.input_dir) ")" },
                None => p.run.warn { "Ingen scanning af " (year) " er registreret endnu." },
            }
            ul.counts {
                li.letter { a href={ "/" (year) "?state=decided" } { strong { (counts.letter) } " skal have brev" } }
                li.check { a href={ "/" (year) "?state=undecided" } { strong { (counts.check) } " skal tjekkes" } }
                li.ready { strong { (counts.ready) } " klar til godkendelse" }
                li.settled { a href={ "/" (year) "?state=decided" } { strong { (counts.settled) } " afgjort" } }
                @if counts.stale > 0 { li.stale { a href={ "/" (year) "?state=stale" } { strong { (counts.stale) } " forældede" } } }
                @if counts.overdue > 0 { li.overdue { strong { (counts.overdue) } " frister overskredet" } }
            }
            form.filters method="get" action={ "/" (year) } {
                label { "Resultat "
                    select name="outcome" data-key="f" {
                        option value="" { "alle" }
                        @for o in Outcome::ALL {
                            option value=(o.as_str()) selected[filter.outcome == o.as_str()] { (outcome_danish(o)) }
                        }
                    }
                }
                label { "Reaktion "
                    select name="reaction" {
                        option value="" { "alle" }
                        option value="undecided" selected[filter.reaction == "undecided"] { "uafgjort" }
                        @for r in Reaction::ALL {
                            option value=(r.as_str()) selected[filter.reaction == r.as_str()] { (r.danish()) }
                        }
                    }
                }
                label { "Region "
                    select name="region" {
                        option value="" { "alle" }
                        @for r in &regions {
                            option value=(r) selected[filter.region == *r] { (r) }
                        }
                    }
                }
                label { "Status "
                    select name="state" {
                        option value="" { "alle" }
                        option value="undecided" selected[filter.state == "undecided"] { "uafgjort (og forældet)" }
                        option value="decided" selected[filter.state == "decided"] { "afgjort" }
                        option value="stale" selected[filter.state == "stale"] { "forældet" }
                    }
                }
                label { "Handlingsplan "
                    select name="action_plan" {
                        option value="" { "alle" }
                        @for a in ACTION_PLANS {
                            option value=(action_plan_str(a)) selected[filter.action_plan == action_plan_str(a)] { (action_plan_danish(a)) }
                        }
                    }
                }
                button type="submit" { "Filtrér" }
                @if !filter.query().is_empty() { a href={ "/" (year) } { "Nulstil" } }
            }
            p.shown { (shown.len()) " af " (cases.len()) " kommuner vist." }
            table.queue id="queue" {
                thead { tr {
                    th { "Kode" } th { "Kommune" } th { "Region" } th { "Værktøjet" } th { "Handlingsplan" }
                    th { "Noter" } th { "Afgørelse" } th { "Reaktion" } th { "Af" } th { "Frist" }
                } }
                @for group in [QueueGroup::Check, QueueGroup::Ready, QueueGroup::Settled] {
                    @let rows: Vec<_> = shown.iter().filter(|e| e.group == group).collect();
                    @if !rows.is_empty() {
                        tbody {
                            tr.group { th colspan="10" { (group.danish()) " (" (rows.len()) ")" } }
                            @for e in rows {
                                @let c = e.case;
                                @let href = format!("/{year}/{}{}", c.code, filter.suffix());
                                tr data-href=(href) class={ "row " @if c.is_stale() { "is-stale" } } {
                                    td { a href=(href) { (c.code) } }
                                    td { a href=(href) { (c.name) } }
                                    td { (c.region.trim_start_matches("Region ")) }
                                    td { @if let Some(f) = &c.finding { (outcome_badge(f.outcome)) } @else { "–" } }
                                    td { (c.finding.as_ref().and_then(|f| f.action_plan).map_or("–", action_plan_danish)) }
                                    td.notes { @if let Some(f) = &c.finding { @if !f.review.is_empty() {
                                        span title=(f.review.iter().map(|n| n.danish.as_str()).collect::<Vec<_>>().join("\n")) { "⚑ " (f.review.len()) }
                                    } } }
                                    @match &c.decision {
                                        Some(d) => {
                                            td { (outcome_danish(d.decision.outcome)) @if d.is_stale() { " " span.badge.stale { "forældet" } } }
                                            td { (d.decision.reaction.danish()) }
                                            td { (d.decision.by) }
                                            td { @if let Some(due) = d.decision.due {
                                                span class=@if due < today { "overdue" } @else { "due" } { (date_da(due)) }
                                            } }
                                        }
                                        None => { td.muted { "uafgjort" } td {} td {} td {} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            (help(&[
                ("j / ↓", "næste række"), ("k / ↑", "forrige række"), ("Enter", "åbn sagen"), ("f", "filtre"),
            ]))
        },
    )
}

fn help(keys: &[(&str, &str)]) -> Markup {
    html! {
        dialog #help {
            h2 { "Tastaturgenveje" }
            dl { @for (k, what) in keys { dt { kbd { (k) } } dd { (what) } } }
            p { "Tast " kbd { "Esc" } " for at lukke." }
        }
    }
}

fn finding_block(f: &Finding, run: Option<&Run>) -> Markup {
    html! {
        p.outcome { (outcome_badge(f.outcome)) " Handlingsplan: " strong { (f.action_plan.map_or("–", action_plan_danish)) } }
        p.reason { (f.reason_danish) }
        @if !f.review.is_empty() {
            ul.review { @for n in &f.review { li { "⚑ " (n.danish) } } }
        }
        @if let Some(t) = &f.treatment {
            dl.treatment {
                dt { "Møde" } dd { (body_da(t.body, t.body_name.as_deref())) ", " (t.meeting_date.map_or("ukendt dato".to_string(), date_da)) }
                dt { "Punkt" } dd { (t.item_title) " (side " (t.page) ")" }
                dt { "Dokument" } dd {
                    @if let Some(r) = run { a.src href=(source_href(r.id, &t.document, Some(t.page))) target="kilde" data-key="o" { (t.document) } } @else { (t.document) }
                }
            }
        }
        @if !f.evidence.is_empty() {
            h3 { "Afgørende passage" }
            @for e in &f.evidence {
                @let (before, hit, after) = e.marked();
                blockquote.evidence {
                    (before) mark { (hit) } (after)
                    footer {
                        "Side " (e.page) " · regel " code { (e.rule) } " · "
                        @if let Some(r) = run { a.src href=(source_href(r.id, &e.document, Some(e.page))) target="kilde" { "vis i kilden" } }
                    }
                }
            }
        }
    }
}

fn decision_line(d: &Decision) -> Markup {
    html! {
        (outcome_danish(d.outcome)) ", handlingsplan " (d.action_plan.map_or("–", action_plan_danish))
        " · " strong { (d.reaction.danish()) }
        " · " (d.by) ", " (time_da(d.at))
        @if let Some(due) = d.due { " · frist " (date_da(due)) }
        @if !d.note.is_empty() { br; em { (d.note) } }
    }
}

/// The case page.
pub(crate) fn case_page(
    case: &Case,
    csrf: &str,
    by: &str,
    prev: Option<&str>,
    next: Option<&str>,
    filter: &Filter,
) -> Markup {
    let s = &case.summary;
    let q = filter.suffix();
    let year = s.map_year;
    let run = case.run.as_ref();
    let current = s.decision.as_ref().filter(|d| !d.is_stale());
    let (outcome, plan, reaction, note) = match (current, &s.finding) {
        (Some(d), _) => (
            d.decision.outcome,
            d.decision.action_plan,
            d.decision.reaction,
            d.decision.note.clone(),
        ),
        (None, Some(f)) => (
            f.outcome,
            f.action_plan,
            Reaction::suggested(f.outcome, f.action_plan),
            String::new(),
        ),
        (None, None) => (
            Outcome::NotFound,
            None,
            Reaction::TakePosition,
            String::new(),
        ),
    };
    let first_source = s
        .finding
        .as_ref()
        .and_then(|f| f.treatment.as_ref())
        .zip(run)
        .map(|(t, r)| source_href(r.id, &t.document, Some(t.page)));
    layout(
        &format!("{} {}", s.code, s.name),
        html! {
            div.case {
                section.left {
                    nav.crumbs {
                        a href={ "/" (year) (q) } data-key="q" { "← Køen" }
                        @if let Some(p) = prev { " · " a href={ "/" (year) "/" (p) (q) } data-key="k" { "forrige" } }
                        @if let Some(n) = next { " · " a href={ "/" (year) "/" (n) (q) } data-key="j" { "næste" } }
                        " · " a href={ "/" (year) "/" (s.code) "/historik" } data-key="h" { "historik (" (case.history.len()) ")" }
                    }
                    h1 { (s.code) " " (s.name) }
                    p.muted { (s.region) " · danmarkskortet " (year) }
                    @if let Some(d) = &s.decision {
                        @if d.is_stale() {
                            div.stale-box {
                                strong { "Afgørelsen er forældet." }
                                " En senere scanning har ændret grundlaget, den blev truffet på:"
                                ul { @for c in &d.changes { li { (c.danish()) } } }
                                "Den hidtidige afgørelse: " (decision_line(&d.decision))
                            }
                        } @else {
                            div.decided-box { strong { "Afgjort: " } (decision_line(&d.decision)) }
                        }
                    }
                    h2 { "Værktøjets resultat" }
                    @match &s.finding {
                        Some(f) => (finding_block(f, run)),
                        None => p.warn { "Ingen scanning af " (year) " er registreret." },
                    }
                    form.decide method="post" action={ "/" (year) "/" (s.code) "/afgoer" } {
                        input type="hidden" name="csrf" value=(csrf);
                        input type="hidden" name="filter" value=(filter.query());
                        h2 { "Afgørelse" }
                        div.row {
                            label { "Resultat "
                                select name="outcome" data-key="u" {
                                    @for o in Outcome::ALL {
                                        option value=(o.as_str()) selected[o == outcome] { (outcome_danish(o)) }
                                    }
                                }
                            }
                            label { "Handlingsplan "
                                select name="action_plan" {
                                    option value="" selected[plan.is_none()] { "–" }
                                    @for a in ACTION_PLANS {
                                        option value=(action_plan_str(a)) selected[Some(a) == plan] { (action_plan_danish(a)) }
                                    }
                                }
                            }
                        }
                        fieldset.reactions {
                            legend { "Reaktion" }
                            @for (i, r) in Reaction::ALL.iter().enumerate() {
                                label {
                                    input type="radio" name="reaction" value=(r.as_str()) checked[*r == reaction] data-key=((i + 1).to_string());
                                    " " kbd { (i + 1) } " " (r.danish())
                                }
                            }
                        }
                        label.note { "Bemærkning "
                            textarea name="note" rows="3" data-key="b" { (note) }
                        }
                        label { "Afgjort af "
                            input type="text" name="by" value=(by) required;
                        }
                        div.buttons {
                            button type="submit" name="next" value="1" id="accept-next" data-key="a" { kbd { "a" } " Godkend og næste" }
                            button type="submit" name="next" value="0" id="save" data-key="g" { kbd { "g" } " Gem" }
                        }
                    }
                    @if let Some(f) = &s.finding { @if !f.candidates.is_empty() {
                        h2 { "Andre kandidatpunkter" }
                        table.small {
                            thead { tr { th { "Dato" } th { "Organ" } th { "Punkt" } th { "Handlingsplan" } th { "Rettidig" } } }
                            tbody { @for c in &f.candidates { tr {
                                td { (c.meeting_date.map_or("–".to_string(), date_da)) }
                                td { (body_da(c.body, c.body_name.as_deref())) }
                                td { @if let Some(r) = run { a.src href=(source_href(r.id, &c.document, Some(c.page))) target="kilde" { (c.item_title) } } @else { (c.item_title) } " (s. " (c.page) ")" }
                                td { (action_plan_danish(c.action_plan)) }
                                td { @match c.in_time { Some(true) => "ja", Some(false) => "nej", None => "ukendt" } }
                            } } }
                        }
                    } }
                    @if !case.follow_up.is_empty() {
                        h2 id="opfoelgning" { "Opfølgning: kandidater til at lukke sagen" }
                        p.muted { "Punkter i kommunalbestyrelsens referater efter afgørelsen, der kan være opfølgningen på reaktionen. Læs dem, før sagen lukkes." }
                        (follow_up_table(&case.follow_up))
                    }
                    h2 { "Dokumenter (" (case.documents.len()) ")" }
                    @if case.documents.is_empty() { p.muted { "Ingen dokumenter fra kommunen i seneste scanning." } }
                    ul.docs { @for d in &case.documents { li { (doc_line(d, run)) } } }
                    @if let Some(ly) = &case.last_year {
                        h2 { "Sidste år (" (year - 1) ")" }
                        p { (decision_line(&ly.decision)) }
                        @match ly.follow_up_found() {
                            Some(true) => p.followed { "Opfølgningen er fundet: " (ly.follow_up.len()) " punkt(er) i referaterne." },
                            Some(false) => p.warn { "Kommunalbestyrelsens opfølgning på sidste års reaktion er ikke fundet i de scannede referater." },
                            None => p.muted { "Reaktionen krævede ingen opfølgning fra kommunalbestyrelsen." },
                        }
                        @if !ly.follow_up.is_empty() { (follow_up_table(&ly.follow_up)) }
                    }
                    @if let Some(on) = &case.decided_on { @if s.is_stale() {
                        h2 { "Grundlaget for den forældede afgørelse" }
                        (finding_block(on, None))
                    } }
                }
                section.right {
                    @if let Some(src) = &first_source {
                        iframe name="kilde" src=(src) title="Kildedokumentet" {}
                    } @else {
                        p.muted.center { "Ingen kilde at vise." }
                    }
                }
            }
            (help(&[
                ("a", "godkend og gå til næste sag"), ("g", "gem"), ("1–4", "vælg reaktion"),
                ("u", "resultat"), ("b", "bemærkning"), ("Ctrl+Enter", "gem fra bemærkning"),
                ("j / k", "næste / forrige sag"), ("o", "vis kilden"), ("h", "historik"), ("q", "køen"),
            ]))
        },
    )
}

/// Follow-up candidates, each linked to its source through the run it was
/// read in.
fn follow_up_table(candidates: &[FollowUpCandidate]) -> Markup {
    html! {
        table.small.follow-up {
            thead { tr { th { "Dato" } th { "Organ" } th { "Punkt" } th { "Hvad det viser" } } }
            tbody { @for c in candidates { tr {
                td { (date_da(c.meeting_date)) }
                td { (c.body_name.as_deref().unwrap_or("Kommunalbestyrelsen")) }
                td {
                    @if let Some(r) = c.run_id {
                        a.src href=(source_href(r, &c.document, Some(c.page))) target="kilde" { (c.item_title) }
                    } @else { (c.item_title) }
                    " (s. " (c.page) ")"
                    @if let Some(e) = &c.evidence { br; span.muted { "»" (e) "«" } }
                }
                td { (c.kind.danish()) }
            } } }
        }
    }
}

fn doc_line(d: &StoredDocument, run: Option<&Run>) -> Markup {
    html! {
        @if let (Some(r), true) = (run, d.status != "skipped") {
            a.src href=(source_href(r.id, &d.path, Some(1))) target="kilde" { (d.path) }
        } @else { (d.path) }
        " · "
        @match d.status.as_str() {
            "ok" => {
                (d.body_name.clone().unwrap_or_else(|| "ukendt organ".into())) ", "
                (d.meeting_date.map_or("ukendt dato".to_string(), date_da))
                @if let Some(p) = d.pages { ", " (p) " sider" }
            }
            "error" => span.error { "kunne ikke læses: " (d.error.clone().unwrap_or_default()) },
            _ => span.muted { "sprunget over: " (d.error.clone().unwrap_or_default()) },
        }
    }
}

/// The history of a case.
pub(crate) fn history_page(case: &Case) -> Markup {
    let s = &case.summary;
    let year = s.map_year;
    layout(
        &format!("Historik {} {}", s.code, s.name),
        html! {
            nav.crumbs {
                a href={ "/" (year) } data-key="q" { "← Køen" } " · "
                a href={ "/" (year) "/" (s.code) } data-key="c" { "sagen" }
            }
            h1 { "Historik: " (s.code) " " (s.name) ", " (year) }
            @if case.history.is_empty() { p.muted { "Ingen afgørelser endnu." } }
            table.history {
                thead { tr { th { "Tidspunkt" } th { "Af" } th { "Resultat" } th { "Handlingsplan" } th { "Reaktion" } th { "Værktøjet sagde" } th { "Bemærkning" } } }
                tbody {
                    @for (i, d) in case.history.iter().enumerate().rev() {
                        @let before = i.checked_sub(1).map(|j| &case.history[j]);
                        tr {
                            td { (time_da(d.at)) }
                            td { (d.by) }
                            td { (change(before.map(|b| outcome_danish(b.outcome)), outcome_danish(d.outcome))) }
                            td { (change(before.map(|b| b.action_plan.map_or("–", action_plan_danish)), d.action_plan.map_or("–", action_plan_danish))) }
                            td { (change(before.map(|b| b.reaction.danish()), d.reaction.danish())) }
                            td { (d.tool_outcome.map_or("–", outcome_danish)) " / " (d.tool_action_plan.map_or("–", action_plan_danish)) " (kørsel " (d.run_id.map_or("–".into(), |r| r.to_string())) ")" }
                            td { (d.note) }
                        }
                    }
                }
            }
            (help(&[("q", "køen"), ("c", "sagen")]))
        },
    )
}

fn change(from: Option<&str>, to: &str) -> Markup {
    html! {
        @match from {
            Some(f) if f != to => { del { (f) } " → " strong { (to) } }
            _ => (to),
        }
    }
}
