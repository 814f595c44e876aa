//! The meeting header: the body that met, the meeting date and the municipality.
//!
//! All three are read from the *header block*: the lines of the first page before the first
//! agenda item (at most 40 non-empty lines). Item texts quote other bodies ("Beslutning i
//! Økonomiudvalget den …"), recommend to other bodies ("anbefaler over for Byrådet") and are
//! full of other dates, so the first mention in the document is not the header.

use chrono::NaiveDate;
use regex::Captures;

use crate::doc::{Doc, lines};
use crate::rules::Rule;
use crate::{Body, Evidence, Meeting, Role};

pub(crate) struct HeaderRules {
    pub(crate) council: Rule,
    pub(crate) region: Rule,
    pub(crate) committee: Rule,
    pub(crate) committee_area: Rule,
    pub(crate) not_deciding: Rule,
    pub(crate) not_minutes: Rule,
    pub(crate) date: Rule,
    pub(crate) date_label: Rule,
    pub(crate) date_noise: Rule,
    pub(crate) municipality: Rule,
    pub(crate) cancelled: Rule,
}

/// How a body name reads: a full council, a committee, or neither.
pub(crate) fn classify(r: &HeaderRules, name: &str) -> Body {
    // "Økonomiudvalget" before "Byråd": "Byrådets Økonomiudvalg" is a committee.
    if r.committee.is_match(name) {
        Body::Committee
    } else if r.council.is_match(name) {
        Body::Council
    } else {
        Body::Unknown
    }
}

pub(crate) fn meeting(
    doc: &Doc,
    header_end: usize,
    r: &HeaderRules,
    agenda_entry: &dyn Fn(&str) -> bool,
) -> Meeting {
    let text = &doc.text;
    // The header block: the first page with text (a blank cover page or a page break
    // before the header leaves page 1 empty), before the first item, at most 40 non-empty
    // lines.
    let page1_end = (0..doc.page_count())
        .map(|i| doc.page_range(i))
        .find(|&(s, e)| !text[s..e].trim().is_empty())
        .unwrap_or_else(|| doc.page_range(0))
        .1;
    let mut block_end = header_end.min(page1_end);
    if block_end == 0 {
        block_end = page1_end;
    }
    let mut block: Vec<(usize, usize)> = lines(text, (0, block_end))
        .filter(|l| !text[l.0..l.1].trim().is_empty())
        .take(40)
        .collect();
    // An item without a number still starts where a heading is followed by its case number
    // ("Handicaprådets årsberetning\nSagsnr.: EMN-2026-048552"): the header ends there, so
    // the item's title is not read as who met.
    if let Some(i) = block.windows(2).position(|w| {
        matches!(doc.role(w[0].0), Role::Heading(_))
            && is_case_number_line(&text[w[1].0..w[1].1])
            && !r.date.is_match(&text[w[0].0..w[0].1])
    }) {
        block.truncate(i);
    }

    let mut evidence = Vec::new();
    // The contents list in the header names the items, and their titles name other bodies
    // ("Sag nr. 4 Valg af nyt medlem til Folkeoplysningsudvalget"): not who met. A narrow
    // list wraps a title onto the lines right below it ("8. Udpegning af medlem til\n
    // Folkeoplysningsudvalget"), with no blank line between: those are the entry's too.
    let mut own: Vec<(usize, usize)> = Vec::new();
    let mut entry_end: Option<usize> = None;
    for &(s, e) in &block {
        let l = &text[s..e];
        if agenda_entry(l) {
            entry_end = Some(e);
            continue;
        }
        let wraps = entry_end.is_some_and(|end| text[end..s].trim_matches(' ') == "\n")
            && matches!(doc.role(s), Role::Body | Role::ListItem)
            && l.split_whitespace().count() <= 6
            && !r.date.is_match(l);
        if wraps {
            entry_end = Some(e);
            continue;
        }
        entry_end = None;
        own.push((s, e));
    }
    let (body, body_name) = find_body(doc, &own, r, &mut evidence);
    // A press release, a newsletter, a hearing answer: no meeting, so no meeting date.
    let not_minutes = evidence.iter().any(|e| e.rule == r.not_minutes.id);
    let date = if not_minutes {
        None
    } else {
        find_date(doc, &block, r, &mut evidence)
    };
    let mut municipality_code = find_municipality(doc, &block, r, &mut evidence);
    if municipality_code.is_none()
        && body_name
            .as_deref()
            .is_some_and(|n| n.to_lowercase().starts_with("borgerrepræsentation"))
    {
        municipality_code = Some("101".to_string());
    }
    if municipality_code.is_none() {
        municipality_code = most_frequent_municipality(doc, r, &mut evidence);
    }
    let cancelled = block
        .iter()
        .find(|&&(s, e)| r.cancelled.is_match(&text[s..e]))
        .map(|&line| doc.line_evidence(&r.cancelled.id, line));
    let is_cancelled = cancelled.is_some();
    evidence.extend(cancelled);
    Meeting {
        body,
        body_name,
        date,
        municipality_code,
        cancelled: is_cancelled,
        not_minutes,
        evidence,
        doubts: Vec::new(),
    }
}

/// What the file's name and folders say about the body ("Byrådet_2022-08-24_referat.pdf",
/// "oekonomiudvalget/2022-11-02.html"), folded to ASCII. A weak signal: names are written
/// by whoever downloaded the files.
pub(crate) fn body_from_path(path: &str) -> Option<Body> {
    let folded = tilsyn_kommuner::fold_ascii(path);
    let council = [
        "byrad",
        "byraad",
        "kommunalbestyrelse",
        "borgerrepraesentation",
        "bystyre",
    ]
    .iter()
    .any(|w| folded.contains(w));
    let committee = folded.contains("udvalg");
    match (council, committee) {
        (true, false) => Some(Body::Council),
        (false, true) => Some(Body::Committee),
        _ => None,
    }
}

/// The date in a file's name ("2024-10-24_Kommunalbestyrelsen.html", "Referat Byrådet
/// 03.09.2024.pdf", "kb_20241024.pdf"), the folders left out: a weak signal for minutes
/// that give no date in their text, written by whoever saved the file.
pub(crate) fn date_from_path(path: &str) -> Option<NaiveDate> {
    use std::sync::OnceLock;
    static ISO: OnceLock<regex::Regex> = OnceLock::new();
    static DANISH: OnceLock<regex::Regex> = OnceLock::new();
    let name = path.rsplit('/').next().unwrap_or(path);
    let iso = ISO.get_or_init(|| {
        regex::Regex::new(r"(?:^|\D)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?:\D|$)").unwrap()
    });
    let danish = DANISH.get_or_init(|| {
        regex::Regex::new(r"(?:^|\D)(\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d\d)(?:\D|$)").unwrap()
    });
    let num = |c: &regex::Captures, i: usize| c.get(i)?.as_str().parse::<u32>().ok();
    let found: Vec<NaiveDate> =
        iso.captures_iter(name)
            .filter_map(|c| NaiveDate::from_ymd_opt(num(&c, 1)? as i32, num(&c, 2)?, num(&c, 3)?))
            .chain(danish.captures_iter(name).filter_map(|c| {
                NaiveDate::from_ymd_opt(num(&c, 3)? as i32, num(&c, 2)?, num(&c, 1)?)
            }))
            .collect();
    // Two different dates in one name ("2024-10-24 rettet 2024-11-02"): neither.
    match found.as_slice() {
        [d, rest @ ..] if rest.iter().all(|r| r == d) => Some(*d),
        _ => None,
    }
}

/// The first body `line` names (not a generic word such as "udvalget"): where it is, its
/// kind and the rule that found it.
fn body_in_line<'r>(line: &str, r: &'r HeaderRules) -> Option<(usize, usize, Body, &'r str)> {
    let mut best: Option<(usize, usize, Body, &str)> = None;
    for (rule, kind) in [
        (&r.committee, Body::Committee),
        (&r.council, Body::Council),
        (&r.region, Body::Unknown),
    ] {
        let first = rule
            .find_all(line)
            .into_iter()
            .find(|&(a, b)| !is_generic_body_word(&line[a..b]));
        if let Some((a, b)) = first {
            if best.is_none_or(|(ba, _, _, _)| a < ba) {
                best = Some((a, b, kind, rule.id.as_str()));
            }
        }
    }
    best
}

/// The body the running header or footer of the first pages names ("Kommunalbestyrelsen
/// 28.09.2023 · Høje-Taastrup Kommune · Side 1 af 3"), where the header names none: the
/// furniture is kept out of the text, but a system that prints the body only there still
/// says who met.
pub(crate) fn body_from_furniture(doc: &Doc, r: &HeaderRules) -> Option<(Body, String)> {
    doc.furniture.iter().find_map(|l| {
        let (a, b, kind, _) = body_in_line(l, r)?;
        (kind != Body::Unknown).then(|| (kind, clean_name(&l[a..b])))
    })
}

/// The body a closing line names beside the meeting's date, where the header names none: a
/// footer printed once, at the end ("Roskilde Kommune – Byrådet – referat 22.12.2026"). Only
/// the last lines of the document are read, and only a line that carries the meeting date.
pub(crate) fn body_from_closing_line(
    doc: &Doc,
    r: &HeaderRules,
    date: Option<NaiveDate>,
) -> Option<(Body, String)> {
    let date = date?;
    // From the end: the whole text is not split into lines to read its last three.
    let tail = doc.text.rsplit('\n').filter(|l| !l.trim().is_empty());
    tail.take(3).find_map(|l| {
        if l.len() > 120 || lists_meetings(l, r) {
            return None;
        }
        let dated = r
            .date
            .captures(l)
            .iter()
            .any(|c| parse_date(c) == Some(date));
        let (a, b, kind, _) = body_in_line(l, r)?;
        (dated && kind != Body::Unknown).then(|| (kind, clean_name(&l[a..b])))
    })
}

fn find_body(
    doc: &Doc,
    block: &[(usize, usize)],
    r: &HeaderRules,
    ev: &mut Vec<Evidence>,
) -> (Body, Option<String>) {
    let text = &doc.text;
    let listed = meeting_list(doc, block, r);
    // "Pressemeddelelse fra Odder Kommune: Politikerne har drøftet …": a document that names
    // itself as something other than minutes in its first lines reports on meetings; no body
    // met in it, whatever body it names.
    let title = (0..block.len())
        .filter(|&i| !listed[i])
        .take(4)
        .map(|i| block[i])
        .find(|&(s, e)| r.not_minutes.is_match(&text[s..e]));
    if let Some((s, e)) = title {
        let l = &text[s..e];
        let a = s + (l.len() - l.trim_start().len());
        ev.push(doc.line_evidence(&r.not_minutes.id, (a, e)));
        return (Body::Unknown, Some(l.trim().to_string()));
    }
    // The first line naming a body wins: headers name the body before anything else
    // ("Referat\nØkonomiudvalget\nMødedato: …"), and later header lines may name others
    // ("Fraværende: … (formand for Økonomiudvalget)").
    for (i, &(s, e)) in block.iter().enumerate() {
        if listed[i] {
            continue;
        }
        let whole = &text[s..e];
        // "Udvalg: Byrådet", "UDVALG Byrådet", "Organ: Kommunalbestyrelsen": many systems
        // label every body "Udvalg"; the label does not tell the body, the value does.
        // Where the source marks the pair (a table row, a `dt`), the label is whatever it
        // marks; else the known body labels are read off the text.
        let value_from = match doc.role(s) {
            Role::Label(v) if v < whole.len() && whole.is_char_boundary(v) => v,
            _ => label_end(whole),
        };
        let lower = whole.to_lowercase();
        if lower.contains("fraværende") || lower.contains("afbud") || lower.contains("deltagere") {
            continue;
        }
        let l = &whole[value_from..];
        let s = s + value_from;
        if lists_meetings(l, r) {
            continue;
        }
        if let Some((a, b, kind, id)) = body_in_line(l, r) {
            // "Møde: Dialogmøde mellem Byrådet og Handicaprådet": the council met another
            // body, or met to decide nothing; not the council's meeting, and named so that
            // no weaker signal (a file name with "byraadet" in it) takes its place.
            if kind == Body::Council {
                if let Some((na, _)) = r.not_deciding.find_all(l).into_iter().next() {
                    let name = l[na..].trim().trim_end_matches([',', '.', ':']).to_string();
                    ev.push(doc.line_evidence(&r.not_deciding.id, (s + na, s + l.len())));
                    return (Body::Unknown, Some(name));
                }
            }
            let name = clean_name(&l[a..b]);
            ev.push(doc.line_evidence(id, (s + a, s + a + name.len())));
            return (kind, Some(name));
        }
    }
    // A committee named by its area only, on a line of its own near the top.
    for &(s, e) in block.iter().take(8) {
        let l = &text[s..e];
        // "Dagsorden og referat" names the document, not an area.
        if r.committee_area.is_match(l) && !r.date.is_match(l) && !names_document(l) {
            let name = l.trim().to_string();
            let a = s + (l.len() - l.trim_start().len());
            ev.push(doc.line_evidence(&r.committee_area.id, (a, a + name.len())));
            return (Body::Committee, Some(name));
        }
    }
    (Body::Unknown, None)
}

/// Whether `line` gives an item's case number ("Sagsnr.: 22/1234", "Sag nr. 306-2022-…",
/// "J.nr. 27.00.00"), the line under an item's title in most systems.
fn is_case_number_line(line: &str) -> bool {
    let t = line.trim_start().to_lowercase();
    [
        "sagsnr",
        "sags nr",
        "sag nr",
        "sagsnummer",
        "sags-id",
        "sagsid",
        "journalnr",
        "j.nr",
        "j. nr",
    ]
    .iter()
    .any(|w| t.starts_with(w))
}

/// Whether `line` lists meetings of several bodies, each with its date ("Politik |
/// Velfærdsudvalget 30-04-2026 | Økonomiudvalget 14-05-2026", a web page's menu or a "Kommende
/// møder" box): links to other meetings, not who met.
fn lists_meetings(line: &str, r: &HeaderRules) -> bool {
    if r.date.find_all(line).len() < 2 {
        return false;
    }
    let bodies = [&r.committee, &r.council]
        .iter()
        .map(|rule| {
            rule.find_all(line)
                .into_iter()
                .filter(|&(a, b)| !is_generic_body_word(&line[a..b]))
                .count()
        })
        .sum::<usize>();
    bodies >= 2
}

/// Which lines of `block` are entries of a list of meetings: two or more entries in a row,
/// each a body's name and a date and little else ("Andre møder\nByrådet 04.09.2025\nByrådet
/// 02.10.2025", a web page's sidebar printed to PDF), or a line that lists several meetings
/// itself ([`lists_meetings`]). A narrow sidebar wraps its entries: the name over two lines
/// ("Udvalget for Velfærd og\nOmsorg 11.05.2023") or the date on a line of its own
/// ("Kommunalbestyrelsen\n25.01.2024"), or both ("Social- og\nSundhedsudvalget,\ntemamøde om\n
/// handicappolitik\n03.11.2023"), so an entry is read over up to six lines whose last has the
/// date. Links to other meetings, not who met or when.
fn meeting_list(doc: &Doc, block: &[(usize, usize)], r: &HeaderRules) -> Vec<bool> {
    let text = &doc.text;
    let line = |i: usize| text[block[i].0..block[i].1].trim();
    let dated: Vec<bool> = (0..block.len()).map(|i| r.date.is_match(line(i))).collect();
    // Every entry ends in a line with a date, and a list has two entries at least.
    let enough = dated.iter().filter(|&&d| d).count() >= 2;
    let words = |i: usize| line(i).split_whitespace().count();
    let names_body =
        |l: &str| body_in_line(l, r).is_some_and(|(_, _, kind, _)| kind != Body::Unknown);
    // A line of a wrapped entry is running text: a heading, a date's label ("Mødedato:
    // 25.01.2024", "Mødedato" above its value) or the document's title ("Social- og
    // Sundhedsudvalget – Referat") is a header's, not a list's.
    let plain = |j: usize| {
        let l = line(j);
        matches!(doc.role(block[j].0), Role::Body | Role::ListItem)
            && !r.date_label.is_match(l)
            && !is_date_label(l, r)
            && !names_document(l)
    };
    // The entries: (first line, last line), in order, not overlapping.
    let mut entries: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while enough && i < block.len() {
        if dated[i] && words(i) <= 6 && names_body(line(i)) {
            entries.push((i, i));
            i += 1;
            continue;
        }
        // A wrapped entry: lines of running text without a date, then the line with it, twelve
        // words at most.
        let wrapped = (i + 1..block.len().min(i + 6))
            .take_while(|&j| !dated[j - 1])
            .find(|&j| dated[j])
            .filter(|&j| (i..=j).map(words).sum::<usize>() <= 12)
            .filter(|&j| (i..=j).all(plain))
            .filter(|&j| names_body(&(i..=j).map(line).collect::<Vec<_>>().join(" ")));
        match wrapped {
            Some(j) => {
                entries.push((i, j));
                i = j + 1;
            }
            None => i += 1,
        }
    }
    let mut listed: Vec<bool> = (0..block.len())
        .map(|i| dated[i] && lists_meetings(line(i), r))
        .collect();
    for (k, &(a, b)) in entries.iter().enumerate() {
        let after = |x: &(usize, usize)| x.0 == b + 1;
        let before = |x: &(usize, usize)| x.1 + 1 == a;
        let in_run = entries.get(k + 1).is_some_and(after)
            || k.checked_sub(1).is_some_and(|p| before(&entries[p]));
        if in_run {
            listed[a..=b].iter_mut().for_each(|x| *x = true);
        }
    }
    listed
}

/// Whether `line` names the document rather than a body or a meeting ("Dagsorden og
/// referat", "Social- og Sundhedsudvalget – Referat", "Beslutningsprotokol").
fn names_document(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["referat", "dagsorden", "protokol"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Whether a short `line` is a date's label standing alone ("Mødedato", a label column
/// printed row by row above its values).
fn is_date_label(line: &str, r: &HeaderRules) -> bool {
    line.len() <= 30 && r.date_label.is_match(&format!("{line}:"))
}

/// Header labels that name the kind of field, not the body: "Udvalg: Byrådet",
/// "UDVALG Byrådet", "Organ: Kommunalbestyrelsen", "Møde: Økonomiudvalget".
const BODY_LABELS: &[&str] = &[
    "udvalg",
    "organ",
    "møde",
    "mødeforum",
    "forum",
    "beslutningsorgan",
    "udvalg/råd",
];

/// Where the value starts on a header line that begins with a body label (after the label
/// and a colon or white space); 0 when the line has no such label.
pub(crate) fn label_end(line: &str) -> usize {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    let word_end = t
        .find(|c: char| c == ':' || c.is_whitespace())
        .unwrap_or(t.len());
    let word = t[..word_end].to_lowercase();
    if !BODY_LABELS.contains(&word.as_str()) {
        return 0;
    }
    let rest = &t[word_end..];
    let after = rest.trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    if after.is_empty() {
        return 0;
    }
    lead + word_end + (rest.len() - after.len())
}

/// "Udvalg", "UDVALG", "udvalgs": the bare word names no committee (it is a label, or a
/// committee of unknown name), so it does not decide the body.
fn is_generic_body_word(m: &str) -> bool {
    let w = m
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .trim()
        .to_lowercase();
    matches!(w.as_str(), "udvalg" | "udvalgs")
}

/// Drops a trailing non-letter the boundary check consumed and surrounding whitespace.
/// A genitive ("Byrådets møde", "Økonomiudvalgets møde") is given as the name itself.
fn clean_name(s: &str) -> String {
    let t = s.trim_end_matches(|c: char| !c.is_alphabetic()).trim();
    let t = match t.strip_suffix('s') {
        Some(stem) if stem.ends_with("et") || stem.ends_with("en") => stem,
        _ => t,
    };
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn find_date(
    doc: &Doc,
    block: &[(usize, usize)],
    r: &HeaderRules,
    ev: &mut Vec<Evidence>,
) -> Option<NaiveDate> {
    let text = &doc.text;
    let mut fallback: Option<(NaiveDate, (usize, usize))> = None;
    // A date in a list ("Andre møder": the sidebar of a web page listing other meetings) is
    // the meeting's only where no other line has one.
    let mut listed: Option<(NaiveDate, (usize, usize))> = None;
    let in_list = meeting_list(doc, block, r);
    for (i, &(s, e)) in block.iter().enumerate() {
        let l = &text[s..e];
        if r.date_noise.is_match(l) {
            continue;
        }
        let Some((date, (a, b))) = r
            .date
            .captures(l)
            .iter()
            .find_map(|c| parse_date(c).map(|d| (d, span(c))))
        else {
            continue;
        };
        // "Dato: 22-02-2024", or a label–value row whose label is "Dato" (an HTML `th`, a
        // table cell) with no colon, or the label alone on the line above ("Mødedato\n30.
        // oktober 2025": a label column printed row by row).
        let role = doc.role(s);
        let label_above = i
            .checked_sub(1)
            .map(|p| text[block[p].0..block[p].1].trim())
            .is_some_and(|p| !r.date.is_match(p) && is_date_label(p, r));
        let labelled = r.date_label.is_match(l)
            || label_above
            || match role {
                Role::Label(v) if v <= l.len() && l.is_char_boundary(v) => {
                    r.date_label.is_match(&format!("{}:", l[..v].trim()))
                }
                _ => false,
            };
        if labelled {
            ev.push(doc.line_evidence(&r.date_label.id, (s + a, s + b)));
            return Some(date);
        }
        let slot = if role == Role::ListItem || in_list[i] {
            &mut listed
        } else {
            &mut fallback
        };
        if slot.is_none() {
            *slot = Some((date, (s + a, s + b)));
        }
    }
    let (date, hit) = fallback.or(listed)?;
    ev.push(doc.line_evidence(&r.date.id, hit));
    Some(date)
}

fn span(c: &Captures) -> (usize, usize) {
    let m = c.get(0).expect("group 0");
    (m.start(), m.end())
}

/// A date from the captures of `header.date` (groups d, m or mon, y or yy). A two-digit
/// year is of this century: minutes of the 1900s are not read by this program.
pub(crate) fn parse_date(c: &Captures) -> Option<NaiveDate> {
    let d: u32 = c.name("d")?.as_str().parse().ok()?;
    let y: i32 = match (c.name("y"), c.name("yy")) {
        (Some(y), _) => y.as_str().parse().ok()?,
        (None, Some(yy)) => 2000 + yy.as_str().parse::<i32>().ok()?,
        _ => return None,
    };
    let m: u32 = match (c.name("m"), c.name("mon")) {
        (Some(m), _) => m.as_str().parse().ok()?,
        (None, Some(mon)) => month(&mon.as_str().to_lowercase())?,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month(name: &str) -> Option<u32> {
    const MONTHS: [(&str, &str); 12] = [
        ("jan", "januar"),
        ("feb", "februar"),
        ("mar", "marts"),
        ("apr", "april"),
        ("maj", "may"),
        ("jun", "juni"),
        ("jul", "juli"),
        ("aug", "august"),
        ("sep", "september"),
        ("okt", "oct"),
        ("nov", "november"),
        ("dec", "december"),
    ];
    MONTHS
        .iter()
        .position(|(a, b)| name.starts_with(a) || name.starts_with(b))
        .map(|i| i as u32 + 1)
}

fn find_municipality(
    doc: &Doc,
    block: &[(usize, usize)],
    r: &HeaderRules,
    ev: &mut Vec<Evidence>,
) -> Option<String> {
    let text = &doc.text;
    for &(s, e) in block {
        let l = &text[s..e];
        for c in r.municipality.captures(l) {
            let Some(name) = c.name("name") else { continue };
            if let Some(k) = tilsyn_kommuner::by_name(name.as_str()) {
                ev.push(doc.line_evidence(&r.municipality.id, (s + name.start(), s + name.end())));
                return Some(k.code.to_string());
            }
        }
    }
    None
}

/// Where the header names no municipality: the one named most often in the whole text
/// ("… Kommune"), so a single comparison with a neighbour does not decide.
fn most_frequent_municipality(
    doc: &Doc,
    r: &HeaderRules,
    ev: &mut Vec<Evidence>,
) -> Option<String> {
    let text = &doc.text;
    let mut counts: Vec<(&'static str, usize, (usize, usize))> = Vec::new();
    for c in r.municipality.captures(text) {
        let Some(name) = c.name("name") else { continue };
        if let Some(k) = tilsyn_kommuner::by_name(name.as_str()) {
            match counts.iter_mut().find(|(code, _, _)| *code == k.code) {
                Some(entry) => entry.1 += 1,
                None => counts.push((k.code, 1, (name.start(), name.end()))),
            }
        }
    }
    // Ties go to the earliest mention (counts keeps first-seen order; max_by_key keeps the last max).
    let best = counts.iter().rev().max_by_key(|(_, n, _)| *n)?;
    ev.push(doc.line_evidence(&r.municipality.id, best.2));
    Some(best.0.to_string())
}

#[cfg(test)]
mod path_tests {
    use super::*;

    #[test]
    fn dates_in_file_names() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(
            date_from_path("350-lejre/2024-10-24_Kommunalbestyrelsen.html"),
            d(2024, 10, 24)
        );
        assert_eq!(
            date_from_path("x/Referat Byrådet 03.09.2024.pdf"),
            d(2024, 9, 3)
        );
        assert_eq!(date_from_path("kb_20241024.pdf"), d(2024, 10, 24));
        // Folders do not count; nor do two different dates, nor impossible ones.
        assert_eq!(date_from_path("2024-10-24/referat.pdf"), None);
        assert_eq!(date_from_path("kb 2024-10-24 rettet 2024-11-02.pdf"), None);
        assert_eq!(date_from_path("kb-2024-13-40.pdf"), None);
        assert_eq!(date_from_path("punkt-8.html"), None);
    }
}
