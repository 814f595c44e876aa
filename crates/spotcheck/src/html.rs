//! `report.html` for spot checks and quality standards: one self-contained Danish page
//! (inline CSS, no script, no network). Every string that comes from the minutes or from a
//! file name passes through `tilsyn_report::escape_html`, in element content and in
//! (double-quoted) attributes alike.

use std::fmt::Write as _;

use tilsyn_report::{DocStatus, escape_html as esc};

use crate::report::{Report, SampleStatus};
use crate::rules::Severity;

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}\
th{background:#f3f3f3}mark{background:#ffe27a}.high{color:#a00;font-weight:600}.medium{color:#a60}.low{color:#555}\
.note{background:#f5f7fb;border-left:4px solid #5a7bd8;padding:.6rem 1rem}.passage{font-family:Georgia,serif}\
.doc{margin:1.2rem 0;padding:.5rem 1rem;border:1px solid #e2e2e2}.muted{color:#666}";

/// The page.
pub(crate) fn render(r: &Report) -> String {
    let spot = r.command == "spot-check";
    let title = match &r.period {
        Some(p) if spot => format!("Stikprøvekontrol af referater – {}", esc(p)),
        _ => "Gennemgang af kvalitetsstandarder".to_string(),
    };
    let mut o = String::with_capacity(64 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n{mark}\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        mark = tilsyn_report::GENERATOR_META
    );
    o.push_str(
        "<p class=\"note\">tilsyn vurderer ikke, om en beslutning er ulovlig. Hver markering viser et afsnit, \
         der er værd at læse, og hvorfor; den juridiske vurdering foretages af en medarbejder.</p>\n",
    );
    summary(&mut o, r);
    ranking(&mut o, r);
    if let Some(sample) = &r.sample {
        let _ = write!(
            o,
            "<h2 id=\"stikproeve\">Stikprøven</h2>\n<p>{} rådsmøde(r) pr. kommune med mødedato i {}, udtrukket med seed {}.</p>\n\
             <table>\n<tr><th>Kode</th><th>Kommune</th><th>Region</th><th>Status</th><th>Kandidater</th><th>Udtrukket</th></tr>\n",
            r.per_municipality.unwrap_or(0),
            esc(r.period.as_deref().unwrap_or("")),
            r.seed.unwrap_or(0)
        );
        for m in sample {
            let status = match m.status {
                SampleStatus::Drawn => "udtrukket",
                SampleStatus::FewerThanRequested => "færre møder end ønsket – alle taget",
                SampleStatus::NoMinutesInPeriod => "ingen referater i perioden",
            };
            let drawn: Vec<String> = m
                .drawn
                .iter()
                .map(|d| {
                    format!(
                        "{} <span class=\"muted\">({}, {} markering(er))</span>",
                        link(r, &d.document, None),
                        d.meeting_date.map(|x| x.to_string()).unwrap_or_default(),
                        d.flags
                    )
                })
                .collect();
            let _ = writeln!(
                o,
                "<tr id=\"k-{}\"><td>{}</td><td>{}</td><td>{}</td><td>{status}</td><td>{}</td><td>{}</td></tr>",
                esc(&m.code),
                esc(&m.code),
                esc(&m.name),
                esc(&m.region),
                m.candidates,
                drawn.join("<br>")
            );
        }
        o.push_str("</table>\n");
    }
    documents(&mut o, r);
    rules(&mut o, r);
    files(&mut o, r);
    o.push_str("</body>\n</html>\n");
    o
}

fn sev(s: Severity) -> String {
    format!("<span class=\"{}\">{}</span>", s.as_str(), s.danish())
}

fn summary(o: &mut String, r: &Report) {
    let s = &r.summary;
    o.push_str("<h2>Overblik</h2>\n<ul>\n");
    if let (Some(d), Some(f), Some(n)) = (
        s.municipalities_drawn,
        s.municipalities_fewer,
        s.municipalities_without_minutes,
    ) {
        let _ = writeln!(
            o,
            "<li>{d} kommuner fuldt udtrukket, {f} med færre møder end ønsket, {n} uden rådsmøder i perioden.</li>"
        );
    }
    let _ = writeln!(
        o,
        "<li>{} dokumenter gennemgået, {} med markeringer: {} markeringer ({} høj, {} middel, {} lav).</li>\n\
         <li>Filer: {} læst, {} kunne ikke læses, {} sprunget over.</li>\n</ul>",
        s.documents_analysed,
        s.documents_flagged,
        s.flags,
        s.high,
        s.medium,
        s.low,
        s.files_ok,
        s.files_error,
        s.files_skipped
    );
}

fn ranking(o: &mut String, r: &Report) {
    o.push_str("<h2 id=\"laes-foerst\">Læs først</h2>\n");
    if r.ranking.is_empty() {
        o.push_str("<p>Ingen markeringer.</p>\n");
        return;
    }
    o.push_str("<table>\n<tr><th>#</th><th>Kommune</th><th>Dokument</th><th>Side</th><th>Punkt</th><th>Regel</th><th>Alvor</th><th>Sikkerhed</th><th>Hvorfor</th></tr>\n");
    let why: std::collections::BTreeMap<&str, &str> = r
        .rules
        .iter()
        .map(|x| (x.id.as_str(), x.rationale.as_str()))
        .collect();
    for e in &r.ranking {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
            e.rank,
            esc(e.municipality_code.as_deref().unwrap_or("—")),
            link(r, &e.document, Some(e.page)),
            e.page,
            esc(e.item.as_deref().unwrap_or("")),
            esc(&e.rule),
            sev(e.severity),
            e.confidence.danish(),
            esc(why.get(e.rule.as_str()).copied().unwrap_or(""))
        );
    }
    o.push_str("</table>\n");
}

fn documents(o: &mut String, r: &Report) {
    o.push_str("<h2 id=\"markeringer\">Markeringer pr. dokument</h2>\n");
    for d in &r.flags {
        let _ = write!(
            o,
            "<div class=\"doc\"><h3>{}</h3>\n<p class=\"muted\">Kommune {} · mødedato {} · {} markering(er)</p>\n",
            link(r, &d.document, None),
            esc(d.municipality_code.as_deref().unwrap_or("ukendt")),
            d.meeting_date
                .map(|x| x.to_string())
                .unwrap_or_else(|| "ukendt".into()),
            d.flags.len()
        );
        if d.flags.is_empty() {
            o.push_str("<p>Ingen markeringer.</p>\n");
        }
        for f in &d.flags {
            let _ = write!(
                o,
                "<p><b>{}</b> ({}, sikkerhed {}) · side {}{}</p>\n<blockquote class=\"passage\">{}</blockquote>\n<p class=\"muted\">{}</p>\n",
                esc(&f.rule),
                sev(f.severity),
                f.confidence.danish(),
                f.page,
                f.item
                    .as_deref()
                    .map(|t| format!(" · punkt: {}", esc(t)))
                    .unwrap_or_default(),
                highlighted(&f.passage, f.highlight),
                esc(&f.rationale)
            );
        }
        o.push_str("</div>\n");
    }
}

fn rules(o: &mut String, r: &Report) {
    o.push_str("<h2 id=\"regler\">Regler</h2>\n<table>\n<tr><th>Regel</th><th>Alvor</th><th>Hvorfor afsnittet er værd at læse</th></tr>\n");
    for rule in &r.rules {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&rule.id),
            sev(rule.severity),
            esc(&rule.rationale)
        );
    }
    o.push_str("</table>\n");
}

fn files(o: &mut String, r: &Report) {
    o.push_str("<h2 id=\"filer\">Filer der ikke kunne læses, blev sprunget over eller ikke var kandidater</h2>\n<table>\n<tr><th>Fil</th><th>Status</th><th>Årsag</th></tr>\n");
    for d in &r.documents {
        let (status, why) = match d.status {
            DocStatus::Error => ("kunne ikke læses", d.error.clone()),
            DocStatus::Skipped => ("sprunget over", d.error.clone()),
            DocStatus::Ok if d.candidate == Some(false) => {
                ("ikke kandidat", d.not_candidate.clone())
            }
            DocStatus::Ok => continue,
        };
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{status}</td><td>{}</td></tr>",
            esc(&tilsyn_report::visible(&d.path, &[])),
            esc(why.as_deref().unwrap_or(""))
        );
    }
    o.push_str("</table>\n");
}

/// A link to the source file where the input folder is known, else the escaped path. The
/// link keeps the real path; the text shows what would reorder or hide it as escapes.
fn link(r: &Report, path: &str, page: Option<u32>) -> String {
    let shown = tilsyn_report::visible(path, &[]);
    let Some(dir) = &r.run.input_dir else {
        return esc(&shown);
    };
    let full = dir.join(path);
    let mut href = String::new();
    if full.is_absolute() {
        href.push_str("file://");
    }
    for b in full.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            href.push(b as char);
        } else {
            let _ = write!(href, "%{b:02X}");
        }
    }
    if let Some(p) = page.filter(|_| path.to_ascii_lowercase().ends_with(".pdf")) {
        let _ = write!(href, "#page={p}");
    }
    format!("<a href=\"{}\">{}</a>", esc(&href), esc(&shown))
}

/// The passage escaped with the highlighted bytes in `<mark>`; a span that is out of range
/// or off a char boundary marks nothing.
fn highlighted(text: &str, (s, e): (usize, usize)) -> String {
    if s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
        format!(
            "{}<mark>{}</mark>{}",
            esc(&text[..s]),
            esc(&text[s..e]),
            esc(&text[e..])
        )
    } else {
        esc(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_spans_mark_nothing() {
        assert_eq!(highlighted("æble<", (0, 1)), "æble&lt;");
        assert_eq!(highlighted("ab<c", (1, 3)), "a<mark>b&lt;</mark>c");
        assert_eq!(highlighted("ab", (1, 9)), "ab");
    }
}
