//! Splitting a document into agenda items, and an item into sections.
//!
//! An item heading is a numbered line ("12. Danmarkskort …", "Punkt 12 …", "Sag nr. 12 …").
//! Numbered lines are everywhere in minutes (tables of contents, numbered lists in a case
//! description), so a candidate heading is kept only when
//!
//! - item structure follows it before the next candidate (a section heading such as
//!   "Sagsfremstilling", "Indstilling", "Beslutning", or "Sagsnr."); a labelled heading
//!   ("Punkt 12") may instead be followed by a few lines of text. A table of contents lists
//!   titles back to back, so its entries fail this test;
//! - its number is larger than the previous item's (a list "1. … 2. …" inside item 7 is not
//!   items 1 and 2); where a number repeats, the later heading wins (the earlier one was a
//!   table-of-contents entry that happened to be followed by header text).

use crate::Role;
use crate::doc::{Doc, WordStarts, bare_number, lines};
use crate::rules::Rule;

/// An agenda item in joined-text offsets.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub(crate) number: Option<String>,
    pub(crate) title: String,
    /// Span of the title in the joined text.
    pub(crate) title_span: (usize, usize),
    /// From the heading line to the next item (or the end).
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Where the body starts (after the heading and its continuation lines).
    pub(crate) body_start: usize,
}

/// What a section is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Summary,
    Background,
    Recommendation,
    Decision,
    Other,
}

/// A section of an item.
#[derive(Debug, Clone)]
pub(crate) struct Section {
    pub(crate) kind: Kind,
    /// The body named in the heading ("Byrådet" in "Beslutning i Byrådet den …").
    pub(crate) owner: Option<String>,
    /// The heading line.
    pub(crate) heading: (usize, usize),
    /// The section's text, after the heading (and after a ':' where the text runs on).
    pub(crate) body: (usize, usize),
}

pub(crate) struct ItemRules<'r> {
    pub(crate) labelled: &'r Rule,
    pub(crate) bare: &'r Rule,
    pub(crate) section: &'r Rule,
    pub(crate) owner: &'r Rule,
}

struct Candidate {
    line: (usize, usize),
    number: u32,
    labelled: bool,
    title: (usize, usize),
    /// The title ends as a list point does (", og", "at"): kept only where the item's
    /// metadata or a main section follows at once (a wrapped title: "… på social- og\n
    /// handicapområdet\nSagsnr.: …").
    list_like: bool,
    /// Where a section runs into the heading's own line after the title ("Pkt. 4. Title –
    /// Indstilling: …"), in joined-text offsets: the title ends there.
    run_in: Option<usize>,
    /// A bare number on its line whose title is the heading on the next line (the number in
    /// a margin column of its own, read before the title).
    title_below: bool,
}

impl Candidate {
    /// Whether this heading may follow the item numbered `prev`: a labelled heading ("Sag
    /// nr.", "Punkt") any number ahead, a bare number at most ten ahead.
    fn in_reach_of(&self, prev: u32) -> bool {
        self.labelled || self.number <= prev + 10
    }
}

/// The next line after `at` with text on it.
fn next_nonempty(text: &str, at: usize) -> Option<(usize, usize)> {
    lines(text, (at.min(text.len()), text.len())).find(|l| !text[l.0..l.1].trim().is_empty())
}

/// Lines that could start an item: a digit, or a label ("Punkt", "Pkt.", "Sag ", "Nr.",
/// "Dagsordenspunkt", perhaps after "Åbent"/"Lukket"). This runs on every line of a
/// document, so it allocates nothing.
fn may_be_heading(line: &str) -> bool {
    let t = line.trim_start();
    let b = t.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    // "§ 47. Godkendelse af dagsorden": a protocol's paragraph.
    if t.starts_with('§') {
        return true;
    }
    // "Godkendelse af dagsorden            Sag 113": the label and number on the right margin.
    let tail = t.trim_end();
    if tail.ends_with(|c: char| c.is_ascii_digit()) {
        let head = tail
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .trim_end();
        let label = head.rsplit(' ').next().unwrap_or("");
        if ["sag", "pkt.", "pkt", "punkt", "nr."]
            .iter()
            .any(|w| label.eq_ignore_ascii_case(w))
        {
            return true;
        }
    }
    // "B 4 …", "U 12 …": a lettered series.
    if b.len() > 2 && b[0].is_ascii_uppercase() && b[1] == b' ' && b[2].is_ascii_digit() {
        return true;
    }
    // The first byte of every label below, in either case ('å' and 'Å' both start with
    // 0xC3): most lines start otherwise and are done here.
    if !b.first().is_some_and(|c| {
        matches!(
            c.to_ascii_lowercase(),
            b'p' | b's' | b'd' | b'n' | b'l' | b'o' | b'f' | b'a' | 0xc3
        )
    }) {
        return false;
    }
    // "Ad punkt 4: …": a protocol's "regarding item 4".
    let t = strip_prefix_ci(t, "ad. ")
        .or_else(|| strip_prefix_ci(t, "ad "))
        .map_or(t, str::trim_start);
    // Only the prefixes that start with the line's first byte are compared.
    let first = |t: &str| t.as_bytes().first().map(u8::to_ascii_lowercase);
    let f = first(t);
    let t = OPEN_OR_CLOSED
        .iter()
        .filter(|p| Some(p.as_bytes()[0]) == f)
        .find_map(|p| strip_prefix_ci(t, p))
        .unwrap_or(t);
    let f = first(t);
    ["punkt", "pkt", "sag ", "dagsorden", "nr"]
        .iter()
        .filter(|p| Some(p.as_bytes()[0]) == f)
        .any(|p| strip_prefix_ci(t, p).is_some())
}

/// The words that say whether an item is open or closed, set before its number or its title
/// ("Åbent punkt 4", "Åben Klimahandlingsplan …"), in lower case; the longer of two that
/// start alike first.
const OPEN_OR_CLOSED: [&str; 6] = [
    "åbent ",
    "åben ",
    "lukket ",
    "offentligt ",
    "offentlig ",
    "fortroligt ",
];

/// `t` after `prefix` (written in lower case), compared case-insensitively. Bytewise: the
/// prefixes are ASCII but for "å", whose capital "Å" differs from it in the second byte
/// only (C3 85 against C3 A5); a match therefore always ends on a character boundary.
fn strip_prefix_ci<'t>(t: &'t str, prefix: &str) -> Option<&'t str> {
    let (tb, pb) = (t.as_bytes(), prefix.as_bytes());
    // Most lines differ in the first byte, which is ASCII in every prefix but "å"'s (0xC3, in
    // either case): checked first, alone.
    if tb.len() < pb.len() || pb.first().is_some_and(|&p| tb[0].to_ascii_lowercase() != p) {
        return None;
    }
    let same = tb.iter().zip(pb).enumerate().all(|(i, (&a, &b))| {
        a == b
            || a.to_ascii_lowercase() == b
            || (b == 0xa5 && a == 0x85 && i > 0 && pb[i - 1] == 0xc3)
    });
    same.then(|| &t[pb.len()..])
}

/// Increasing numbers only, the later heading winning a repeated number (an earlier one was
/// a table-of-contents entry or a list); a bare-number heading may not jump far ahead.
///
/// A bare heading that jumps ahead is also passed over when a heading with a number in
/// the gap follows before any with its own number or a higher one: a number that happens
/// to start a line inside an item ("… på voksenhandicapområdet\n22. Kommunen ligger under
/// …" in a narrow column) must not shadow the real headings 15 to 21 after it.
fn increasing(cands: Vec<&Candidate>) -> Vec<&Candidate> {
    let mut chosen: Vec<&Candidate> = Vec::new();
    for (i, &c) in cands.iter().enumerate() {
        if let Some(pos) = chosen.iter().position(|d| d.number == c.number) {
            // Only a repeat of the latest heading replaces it; an older number is a list. A
            // bare number does not replace a labelled heading ("Sag nr. 3 Kvalitetsrapport",
            // then "3. Sagsbehandlingstider. …", the third point of its text).
            if pos + 1 == chosen.len() && (c.labelled || !chosen[pos].labelled) {
                chosen.truncate(pos);
            } else {
                continue;
            }
        }
        match chosen.last() {
            None => chosen.push(c),
            Some(prev) if c.number > prev.number && c.in_reach_of(prev.number) => {
                let skips_a_gap_heading = !c.labelled
                    && cands[i + 1..]
                        .iter()
                        .take_while(|d| d.number < c.number)
                        .any(|d| d.number > prev.number);
                if !skips_a_gap_heading {
                    chosen.push(c)
                }
            }
            _ => {}
        }
    }
    chosen
}

/// The longest run of candidates whose numbers go up by one, if it has at least three; else
/// nothing. A title that ends in a conjunction ("… mobil- og") is in the run: it wrapped.
fn consecutive_run(cands: &[Candidate]) -> Vec<&Candidate> {
    let mut best: Vec<&Candidate> = Vec::new();
    let mut run: Vec<&Candidate> = Vec::new();
    for c in cands {
        match run.last() {
            Some(prev) if c.number == prev.number + 1 => run.push(c),
            Some(prev) if c.number <= prev.number => {}
            _ => {
                if run.len() > best.len() {
                    best = std::mem::take(&mut run);
                }
                run = vec![c];
            }
        }
    }
    if run.len() > best.len() {
        best = run;
    }
    if best.len() >= 3 { best } else { Vec::new() }
}

/// Section kinds that open an item: metadata and the main sections, not "Økonomi" or
/// "Bilag", which also head parts of a case description.
fn is_strong(kind: &str) -> bool {
    !matches!(
        kind,
        "økonomi"
            | "økonomiske konsekvenser"
            | "bilag"
            | "lovgrundlag"
            | "retsgrundlag"
            | "høring"
            | "kommunikation"
            | "videre proces"
            | "tidsplan"
            | "beslutningskompetence"
            | "fraværende"
            | "afbud"
    )
}

/// The lower-cased kind word of a section heading. A heading of only the body and the
/// date ("Byrådet, 14. december 2022, pkt. 112:") is that body's decision.
fn kind_word(caps: &regex::Captures) -> String {
    match caps.name("kind") {
        Some(m) => m.as_str().to_lowercase(),
        None if caps.name("dated").is_some() => "beslutning".into(),
        None => String::new(),
    }
}

/// What a section is for, by the kind word of its heading ([`kind_word`]).
fn kind_of(word: &str) -> Kind {
    match word {
        "resumé" | "resume" => Kind::Summary,
        "sagsfremstilling"
        | "sagsbeskrivelse"
        | "sagens indhold"
        | "sagens baggrund"
        | "baggrund"
        | "beskrivelse"
        | "beskrivelse af sagen"
        | "sagens kerne"
        | "beslutningstema"
        | "problemstilling"
        | "løsning"
        | "sagsforløb"
        | "sagens gang"
        | "redegørelse" => Kind::Background,
        "indstilling" | "indstiller" | "forslag" | "forslag til beslutning" => Kind::Recommendation,
        // The words Danish minutes head a body's decision with.
        "beslutning"
        | "beslutninger"
        | "afgørelse"
        | "vedtagelse"
        | "stillingtagen"
        | "konklusion"
        | "resultat af behandlingen"
        | "protokol"
        | "referat"
        | "behandling" => Kind::Decision,
        _ => Kind::Other,
    }
}

/// Whether a section heading's captures (of the section rule) head a decision.
pub(crate) fn heads_decision(caps: &regex::Captures) -> bool {
    kind_of(&kind_word(caps)) == Kind::Decision
}

/// The body a section heading names: the genitive before the kind word ("Byrådets
/// beslutning") or the body after it ("Beslutning i Byrådet den …").
pub(crate) fn heading_owner(caps: &regex::Captures, r: &ItemRules) -> Option<String> {
    caps.name("owner1")
        .map(|m| m.as_str().to_string())
        .or_else(|| {
            let rest = caps.name("rest").map_or("", |m| m.as_str());
            let c = r.owner.first_captures(rest)?;
            let owner = c.name("owner")?;
            // After a colon the text runs on ("Referat: Borgerrepræsentationen tilsluttede
            // sig udvalgets"): a body named there owns the heading only where a date or a
            // colon follows it ("Beslutning: Byrådet 14.12.2022"), not where the sentence ends.
            let run_on = rest.trim_start().starts_with(':');
            if run_on && rest[owner.end()..].trim().is_empty() {
                return None;
            }
            Some(owner.as_str().to_string())
        })
}

/// The spaced dashes a heading may run into a line after.
const DASHES: [&str; 3] = [" – ", " - ", " — "];

/// The offsets in `line` of section headings run into it after a spaced dash, each with a
/// colon after it ("Pkt. 6. Danmarkskort 2025 – Indstilling: at … – Beslutning: Godkendt.",
/// as a decisions-only protocol prints an item on one paragraph). Only the main kinds count
/// (summary, background, recommendation, decision), so a dash in a sentence does not cut it.
fn run_in_headings(r: &ItemRules, line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for dash in DASHES {
        let mut from = 0;
        while let Some(i) = line[from..].find(dash) {
            let at = from + i + dash.len();
            from = at;
            let rest = &line[at..];
            let mut end = rest.len().min(80);
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            let Some(caps) = r.section.first_captures(&rest[..end]) else {
                continue;
            };
            let kind = kind_of(&kind_word(&caps));
            let colon = caps.name("rest").is_some_and(|m| {
                m.as_str().trim_start().starts_with(':') || m.as_str().contains(": ")
            });
            if colon && kind != Kind::Other {
                out.push(at);
            }
        }
    }
    out.sort_unstable();
    out
}

/// The line split where headings run into it ([`run_in_headings`]): the line's start, then
/// each run-in heading, as `(start, end)` in joined-text offsets.
fn segments(r: &ItemRules, text: &str, line: (usize, usize)) -> Vec<(usize, usize)> {
    let l = &text[line.0..line.1];
    if !DASHES.iter().any(|d| l.contains(d)) {
        return vec![line];
    }
    let mut cuts: Vec<usize> = run_in_headings(r, l)
        .into_iter()
        .map(|i| line.0 + i)
        .collect();
    cuts.insert(0, line.0);
    cuts.iter()
        .enumerate()
        .map(|(i, &a)| (a, cuts.get(i + 1).map_or(line.1, |&b| b)))
        .collect()
}

/// Lines that could be a section heading, cheaply: short, starting with a letter.
fn may_be_section(line: &str) -> bool {
    let t = line.trim_start();
    t.chars().next().is_some_and(char::is_alphabetic)
}

/// The section heading that starts `line`, if any. A long line is a paragraph, not a
/// heading, unless a heading runs into it after a colon near its start ("Beslutning:
/// Kommunalbestyrelsen tog danmarkskortet til efterretning og besluttede, …" as one HTML
/// paragraph): then the heading up to the colon is matched, and the text after it is the
/// section's.
fn section_caps<'l>(r: &ItemRules, line: &'l str) -> Option<regex::Captures<'l>> {
    if !may_be_section(line) {
        return None;
    }
    if line.len() < 200 {
        return r.section.first_captures(line);
    }
    let colon = line
        .char_indices()
        .take_while(|&(i, _)| i < 60)
        .find(|&(_, c)| c == ':')?
        .0;
    r.section.first_captures(&line[..colon + 1])
}

pub(crate) fn split(doc: &Doc, r: &ItemRules) -> Vec<Item> {
    let text = doc.text.as_str();
    let mut cands = Vec::new();
    for line in lines(text, (0, text.len())) {
        let l = &text[line.0..line.1];
        if l.len() > 400 || !may_be_heading(l) {
            continue;
        }
        // "7" alone, then the heading "Åben Danmarkskort 2024": the number stood in a margin
        // column of its own. Only a line the source marks as a heading is taken for the
        // title, so a page number before the next page's first line is not an item.
        if let Some(number) = bare_number(l).filter(|&n| n > 0) {
            if let Some(next) = next_nonempty(text, line.1 + 1) {
                let t = &text[next.0..next.1];
                if matches!(doc.role(next.0), Role::Heading(_))
                    && t.trim_start().starts_with(char::is_uppercase)
                    && section_caps(r, t).is_none()
                    && !r.labelled.is_match(t)
                    && !r.bare.is_match(t)
                {
                    cands.push(Candidate {
                        line,
                        number,
                        labelled: false,
                        title: (line.1, line.1),
                        list_like: false,
                        run_in: None,
                        title_below: true,
                    });
                }
            }
            continue;
        }
        let (caps, labelled) = match r.labelled.first_captures(l) {
            Some(c) => (c, true),
            // A numbered line the source marks as a list item ("1. at …" in an HTML `li`)
            // is a point of a list, not an agenda item.
            None if doc.role(line.0) == Role::ListItem => continue,
            None => match r.bare.first_captures(l) {
                Some(c) => (c, false),
                None => continue,
            },
        };
        let (Some(num), Some(title)) = (caps.name("num"), caps.name("title")) else {
            continue;
        };
        // "Sag 329-2022-21414", "Sag 22/1234": a case number, not item 329.
        if l[num.end()..].starts_with(['-', '/', '.'])
            && l[num.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let Ok(number) = num.as_str().parse::<u32>() else {
            continue;
        };
        // "2) der udarbejdes …," is a bullet of a recommendation, not a heading.
        let t = title.as_str().trim_end();
        let list_like =
            !labelled && (t.ends_with([',', ';']) || t.ends_with(" at") || ends_in_conjunction(t));
        if number == 0 {
            continue;
        }
        // "3. Sagsbehandlingstider. Fristerne er overholdt i 87 pct. af sagerne.": a numbered
        // point of an item's text runs on into its sentence; a heading does not.
        if !labelled && runs_on_as_sentence(t) {
            continue;
        }
        let title_from = title.start();
        let run_in = run_in_headings(r, l)
            .into_iter()
            .find(|&i| i > title_from)
            .map(|i| line.0 + i);
        cands.push(Candidate {
            line,
            number,
            labelled,
            title: (line.0 + title.start(), line.0 + title.end()),
            list_like,
            run_in,
            title_below: false,
        });
    }

    // Tier A: the item's own metadata or a main section heading follows within two
    // non-empty lines ("Sagsnr.", "Resumé", "Sagsfremstilling", "Beslutning"). Tier B: some
    // section heading follows before the next candidate (or, for a labelled heading, a few
    // lines of text). A numbered list inside a case ("3. Udførelse\n\nØkonomi\n…") is at
    // most tier B; so is a table-of-contents entry.
    let mut tier_a: Vec<&Candidate> = Vec::new();
    let mut tier_b: Vec<&Candidate> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let next = cands.get(i + 1).map_or(text.len(), |n| n.line.0);
        let body_from = (c.line.1 + 1).min(next);
        let mut structure = false;
        let mut strong_early = false;
        let mut text_lines = 0;
        // "Pkt. 4. Title – Indstilling: … – Beslutning: …": the item's sections on its own line.
        // A numbered line right under a table's header row naming the item's columns ("Sag
        // Indstilling Beslutning") is the first cell of the item's row.
        if c.run_in.is_some() || under_column_header(doc, c.line.0) {
            structure = true;
            strong_early = true;
        }
        // A numbered line the source sets as a heading (an HTML h2, a larger or bold PDF line)
        // is structure of its own: a protocol with no section headings ("413. Dagsorden",
        // then the text and "Godkendt.") still has items.
        let marked_heading = c.title_below || matches!(doc.role(c.line.0), Role::Heading(_));
        if marked_heading {
            structure = true;
        }
        for (n, line) in lines(text, (body_from, next)).enumerate() {
            if n > 60 || strong_early {
                break;
            }
            let l = &text[line.0..line.1];
            if l.trim().is_empty() {
                continue;
            }
            text_lines += 1;
            let kind = section_caps(r, l)
                .map(|caps| kind_word(&caps))
                .or_else(|| label_section(doc, r, line).map(|s| s.word))
                .or_else(|| cell_word(doc, line));
            if let Some(kind) = kind {
                structure = true;
                strong_early = text_lines <= 2 && is_strong(&kind);
                break;
            }
        }
        // A title cannot end in a conjunction: after "… Bolig- og" the next line goes on
        // with the title, whatever its case ("Ældreministeriets danmarkskort 2024").
        let ends_in_conjunction = ends_in_conjunction(text[c.title.0..c.title.1].trim_end());
        let wrapped = || {
            lines(text, (body_from, next))
                .map(|l| text[l.0..l.1].trim_start())
                .find(|l| !l.is_empty())
                .and_then(|l| l.chars().next())
                .is_some_and(|ch| ch.is_lowercase() || (ends_in_conjunction && ch.is_alphabetic()))
        };
        if c.list_like && !((strong_early || marked_heading) && wrapped()) {
            continue;
        }
        if strong_early {
            tier_a.push(c);
        } else if structure || (c.labelled && text_lines >= 4) {
            tier_b.push(c);
        }
    }
    if tier_a.is_empty() {
        tier_a = std::mem::take(&mut tier_b);
    }
    // No section headings anywhere and no heading marks (plain text, a typewritten
    // protocol): numbered lines that count on one by one ("413. Dagsorden", "414.
    // Meddelelser", "415. …") are the items, where there are at least three of them.
    if tier_a.is_empty() {
        tier_a = consecutive_run(&cands);
    }
    let mut chosen = increasing(tier_a);
    // Tier B fills gaps only: its number must fall strictly between its neighbours'.
    for c in tier_b {
        let at = chosen.partition_point(|k| k.line.0 < c.line.0);
        let above = at.checked_sub(1).map(|i| chosen[i].number);
        let below = chosen.get(at).map(|k| k.number);
        // After the last item, a number without a label ("Sag nr.", "Punkt") may go on from
        // it, not leap ahead: "… §§ 41 og\n42. Siden 1. juli …" wrapped inside the last item.
        let in_reach = below.is_some() || above.is_none_or(|n| c.in_reach_of(n));
        if above.is_none_or(|n| c.number > n) && below.is_none_or(|n| c.number < n) && in_reach {
            chosen.insert(at, c);
        }
    }

    let mut items = Vec::with_capacity(chosen.len());
    for (i, c) in chosen.iter().enumerate() {
        let next = chosen.get(i + 1).map_or(text.len(), |n| n.line.0);
        // An attachment printed after the minutes (a page labelled "Bilag 2") is not the
        // text of the item before it.
        let end = doc
            .attachments
            .iter()
            .copied()
            .find(|&a| a > c.line.1 && a < next)
            .unwrap_or(next);
        let (title, title_span, body_start) = title_with_continuation(text, c, end, r);
        items.push(Item {
            number: Some(c.number.to_string()),
            title,
            title_span,
            start: c.line.0,
            end,
            body_start,
        });
    }
    items
}

/// The title, joined with a continuation line where the heading wrapped (the next line
/// starts in lower case and is not a section heading). Dot leaders and a trailing page
/// number after them are dropped.
fn title_with_continuation(
    text: &str,
    c: &Candidate,
    end: usize,
    r: &ItemRules,
) -> (String, (usize, usize), usize) {
    let mut span = c.title;
    let mut body_start = (c.line.1 + 1).min(end);
    if let Some(cut) = c.run_in {
        let title_end = text[span.0..cut]
            .trim_end()
            .trim_end_matches(['-', '–', '—'])
            .trim_end();
        return (
            title_end.split_whitespace().collect::<Vec<_>>().join(" "),
            (span.0, span.0 + title_end.len()),
            cut,
        );
    }
    // A heading that is only a number ("Punkt 6" alone on its line, as First Agenda
    // prints it) has its title on the next non-empty line.
    if text[span.0..span.1].trim().is_empty() {
        let mut at = body_start;
        while at < end {
            let line_end = text[at..end].find('\n').map_or(end, |i| at + i);
            let l = &text[at..line_end];
            if !l.trim().is_empty() {
                if !r.section.is_match(l) {
                    // "Åben Klimahandlingsplan …": whether the item is open or closed, set
                    // before its title.
                    let lead = l.len() - l.trim_start().len();
                    let marker = OPEN_OR_CLOSED
                        .iter()
                        .find_map(|p| strip_prefix_ci(&l[lead..], p))
                        .filter(|rest| rest.starts_with(char::is_uppercase))
                        .map_or(0, |rest| l.len() - lead - rest.len());
                    span = (at + lead + marker, line_end);
                    body_start = (line_end + 1).min(end);
                }
                break;
            }
            at = (line_end + 1).min(end);
            if line_end == end {
                break;
            }
        }
    }
    // The title's pieces: the heading's title (without a number on the right margin after
    // it) and its continuation lines.
    let mut parts = vec![span];
    let mut extra = 0;
    while extra < 2 && body_start < end {
        let line_end = text[body_start..end]
            .find('\n')
            .map_or(end, |i| body_start + i);
        let l = &text[body_start..line_end];
        let t = l.trim_start();
        let continues = t.chars().next().is_some_and(char::is_lowercase) && !r.section.is_match(l);
        if !continues {
            break;
        }
        span.1 = line_end;
        parts.push((body_start, line_end));
        body_start = (line_end + 1).min(end);
        extra += 1;
    }
    let mut title: String = parts
        .iter()
        .flat_map(|p| text[p.0..p.1].split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(i) = title.find("....").or_else(|| title.find('…')) {
        title.truncate(i);
    }
    let title = title
        .trim()
        .trim_end_matches(['-', '–', ':'])
        .trim()
        .to_string();
    (title, span, body_start)
}

/// The sections of one item, in order. Text before the first heading is a Summary section
/// without a heading (some systems print the resumé untitled).
pub(crate) fn sections(doc: &Doc, item: &Item, r: &ItemRules) -> Vec<Section> {
    let text = doc.text.as_str();
    let mut out: Vec<Section> = Vec::new();
    // The section being read; its body end is set when the next heading (or the item's
    // end) is reached.
    let mut open = Section {
        kind: Kind::Summary,
        owner: None,
        heading: (item.body_start, item.body_start),
        body: (item.body_start, item.body_start),
    };
    for line in lines(text, (item.body_start, item.end)).flat_map(|l| segments(r, text, l)) {
        let l = &text[line.0..line.1];
        // A table row's cell under a column headed "Indstilling" or "Beslutning": the cell
        // is that section, its first line the section's first.
        if let Some(word) = cell_word(doc, line) {
            let next = Section {
                kind: kind_of(&word),
                owner: None,
                heading: (line.0, line.0),
                body: (line.0, line.0),
            };
            out.push(close(&mut open, next, line.0));
            continue;
        }
        // The header row of the next table ends the section before it and heads nothing
        // itself, though it names a decision.
        if is_column_header_at(doc, line.0) {
            let next = Section {
                kind: Kind::Other,
                owner: None,
                heading: line,
                body: ((line.1 + 1).min(item.end), (line.1 + 1).min(item.end)),
            };
            out.push(close(&mut open, next, line.0));
            continue;
        }
        if !may_be_section(l) {
            continue;
        }
        // A label–value row whose label heads a section ("Indstilling | at …", "Beslutningen
        // blev | Godkendt."): the value is the section's text.
        if let Some(ls) = label_section(doc, r, line) {
            if heads_nothing(&ls.word) {
                continue;
            }
            let next = Section {
                kind: ls.kind,
                owner: ls.owner,
                heading: line,
                body: (ls.body_from, ls.body_from),
            };
            out.push(close(&mut open, next, line.0));
            continue;
        }
        let Some(caps) = section_caps(r, l) else {
            if l.len() > 200 {
                continue;
            }
            // A line the source sets as a heading that says it holds a decision, in a form
            // the section rule does not know ("Byrådets behandling og beslutning",
            // "Beslutning truffet af Byrådet"), heads that decision.
            if let Some(next) = decision_heading_by_role(doc, line, item, r) {
                out.push(close(&mut open, next, line.0));
            }
            continue;
        };
        let word = kind_word(&caps);
        if heads_nothing(&word) {
            continue;
        }
        let kind = kind_of(&word);
        let rest = caps.name("rest").map_or("", |m| m.as_str());
        let rest_start = line.0 + caps.name("rest").map_or(l.len(), |m| m.start());
        let owner = heading_owner(&caps, r);
        // "Beslutning: Godkendt." runs on after the colon; the colon in a time ("kl. 17:00")
        // is followed by a digit and is not of this kind.
        let run_on = rest
            .char_indices()
            .filter(|&(_, c)| c == ':')
            .map(|(i, _)| i)
            .find(|&i| !rest[i + 1..].starts_with(|c: char| c.is_ascii_digit()));
        // "Byrådets beslutning Byrådet tog danmarkskortet til efterretning og …": a heading
        // in a label column with its text beside it on the same line (a two-column grid
        // read row by row). The genitive heading names its owner already, so a sentence
        // after it, with no date, is the section's text.
        let t = rest.trim_start();
        let sentence_like = t.chars().next().is_some_and(char::is_uppercase)
            && t.split_whitespace().count() >= 4
            && !t.contains(|c: char| c.is_ascii_digit());
        let beside = caps.name("owner1").is_some() && sentence_like;
        // "Afgørelse Kommunalbestyrelsen besluttede, at …": a bare decision heading with a
        // sentence beside it, which opens with the body but goes on past its name. A body's
        // name alone after the heading ("Beslutning Børne-, Unge- og Familieudvalget") is
        // the heading's owner.
        let sentence_beside = !beside
            && run_on.is_none()
            && kind == Kind::Decision
            && caps.name("owner1").is_none()
            && sentence_like
            && r.owner
                .first_captures(t)
                .and_then(|c| c.name("owner"))
                .is_none_or(|o| t[o.end()..].split_whitespace().count() >= 3);
        let owner = if sentence_beside { None } else { owner };
        let beside = beside || sentence_beside;
        let body_from = match run_on {
            Some(i) => rest_start + i + 1,
            None if beside => rest_start + (rest.len() - rest.trim_start().len()),
            None => (line.1 + 1).min(item.end),
        };
        let next = Section {
            kind,
            owner,
            heading: line,
            body: (body_from, body_from),
        };
        out.push(close(&mut open, next, line.0));
    }
    open.body.1 = item.end.max(open.body.0);
    out.push(open);
    // A decision heading with no owner whose first line names a body and a date
    // ("Beslutning\nØkonomiudvalget den 5. december 2022:\nAnbefales.") belongs to that body.
    for s in out
        .iter_mut()
        .filter(|s| s.kind == Kind::Decision && s.owner.is_none())
    {
        if let Some(first) = lines(text, s.body).find(|l| !text[l.0..l.1].trim().is_empty()) {
            let l = &text[first.0..first.1];
            if let Some(c) = r.owner.first_captures(l) {
                let has_date = l.contains(|c: char| c.is_ascii_digit());
                if has_date {
                    s.owner = c.name("owner").map(|m| m.as_str().to_string());
                }
            }
        }
    }
    out.retain(|s| {
        !(s.kind == Kind::Summary
            && s.heading.0 == s.heading.1
            && text[s.body.0..s.body.1].trim().is_empty())
    });
    out
}

/// "Fraværende: …" and "Afbud: …" between a decision heading and its text (as a line or a
/// label–value row) are part of the section they stand in; they head nothing.
fn heads_nothing(word: &str) -> bool {
    matches!(word, "fraværende" | "afbud")
}

/// Whether a short heading or label names a decision by one of [`DECISION_WORDS`], as a whole
/// word.
fn names_decision(heading: &str) -> bool {
    heading
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| DECISION_WORDS.contains(&w))
}

/// The body a heading or label names ("Beslutning i Byrådet", "Byrådets beslutning").
fn owner_named(r: &ItemRules, heading: &str) -> Option<String> {
    r.owner
        .first_captures(heading)
        .and_then(|c| c.name("owner").map(|m| m.as_str().to_string()))
}

/// A section headed by the label of a label–value row.
struct LabelSection {
    kind: Kind,
    /// The heading's kind word, lower-cased ("indstilling"; "beslutning" for a label that
    /// names a decision in other words).
    word: String,
    owner: Option<String>,
    /// Where the value, the section's text, starts.
    body_from: usize,
}

/// The section a line heads where the source sets it as a label–value row (an HTML `th`/`td`
/// or `dt`/`dd`, a two-column grid) and its label is a section heading ("Indstilling",
/// "Byrådets beslutning") or names a decision in other words ("Beslutningen blev",
/// "Afgørelsen"). The value may not match any heading form: it is what follows the label.
fn label_section(doc: &Doc, r: &ItemRules, line: (usize, usize)) -> Option<LabelSection> {
    let Role::Label(v) = doc.role(line.0) else {
        return None;
    };
    let l = &doc.text[line.0..line.1];
    if v == 0 || v > l.len() || !l.is_char_boundary(v) {
        return None;
    }
    let label = l[..v].trim();
    if label.is_empty() || label.len() > 60 {
        return None;
    }
    let body_from = if v < l.len() {
        line.0 + v
    } else {
        (line.1 + 1).min(doc.text.len())
    };
    if let Some(caps) = r.section.first_captures(label) {
        let word = kind_word(&caps);
        return Some(LabelSection {
            kind: kind_of(&word),
            owner: heading_owner(&caps, r),
            word,
            body_from,
        });
    }
    names_decision(label).then(|| LabelSection {
        kind: Kind::Decision,
        word: "beslutning".into(),
        owner: owner_named(r, label),
        body_from,
    })
}

/// Whether `title` runs on past a full stop into a sentence: a word of four letters or more,
/// a stop, then a capital and at least three more words ("Sagsbehandlingstider. Fristerne er
/// overholdt i 87 pct."). Abbreviations ("Brdr. Hansen") and numbers ("Budget 2026. 2.
/// behandling") do not end a sentence here.
fn runs_on_as_sentence(title: &str) -> bool {
    title.match_indices(". ").any(|(i, _)| {
        let word = title[..i]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let rest = &title[i + 2..];
        word.chars().count() >= 4
            && word.chars().all(char::is_alphabetic)
            && rest.starts_with(char::is_uppercase)
            && rest.split_whitespace().count() >= 4
    })
}

/// A title or list point that ends in one of these goes on on the next line.
fn ends_in_conjunction(t: &str) -> bool {
    [" og", " samt", " eller"].iter().any(|w| t.ends_with(w))
}

/// Words that name a table column for the item itself rather than one of its sections: its
/// number, its subject, its case number.
const ITEM_COLUMNS: &[&str] = &[
    "nr",
    "nr.",
    "sag",
    "sager",
    "punkt",
    "pkt.",
    "emne",
    "titel",
    "dagsordenspunkt",
    "sagsnr",
    "sagsnr.",
];

/// The column words of a table's header row: a short line whose every word is a section's
/// kind word or names the item ([`ITEM_COLUMNS`]), one at least heading a recommendation or
/// a decision ("Sag Indstilling Beslutning", "Nr. Sag Indstilling Beslutning").
fn column_header(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if line.is_empty() || line.len() > 80 {
        return None;
    }
    // This runs on every line of a document: most are done with here, before any word is
    // lower-cased into a new string.
    let mut bare = line
        .split_whitespace()
        .map(|w| w.trim_matches([':', '|']))
        .filter(|w| !w.is_empty());
    let first = bare.next()?;
    if !(1..=5).contains(&bare.count()) {
        return None;
    }
    if first.len() > 40 || {
        let w = first.to_lowercase();
        kind_of(&w) == Kind::Other && !ITEM_COLUMNS.contains(&w.as_str())
    } {
        return None;
    }
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| w.trim_matches([':', '|']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    if !(2..=6).contains(&words.len()) {
        return None;
    }
    let mut names_section = false;
    for w in &words {
        match kind_of(w) {
            Kind::Recommendation | Kind::Decision => names_section = true,
            Kind::Other if !ITEM_COLUMNS.contains(&w.as_str()) => return None,
            _ => {}
        }
    }
    names_section.then_some(words)
}

/// The document's table header rows ([`column_header`]) by where their lines start, found
/// once per document.
fn column_headers(doc: &Doc) -> &[(usize, Vec<String>)] {
    doc.column_headers.get_or_init(|| {
        // A header row names a recommendation or decision column: only the lines that hold
        // one of those words are read, found by one SIMD search of an ASCII-lower-cased copy
        // (the words' other letters are searched in both cases).
        let text = &doc.text;
        crate::doc::lines_holding(text, 0, section_word_hits(doc.ascii_lower()))
            .filter_map(|(s, e)| column_header(&text[s..e]).map(|h| (s, h)))
            .collect()
    })
}

/// Where the stems of the one-word recommendation and decision headings start in
/// ASCII-lower-cased text: a line without one is no table header row ([`column_header`]).
fn section_word_hits(lower: &[u8]) -> Vec<usize> {
    static WORDS: std::sync::OnceLock<WordStarts> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            WordStarts::new(&[
                "indstill",
                "forslag",
                "eslutning",
                "fg\u{f8}relse",
                "fg\u{d8}relse",
                "vedtagelse",
                "stillingtagen",
                "konklusion",
                "protokol",
                "referat",
                "behandling",
                "resultat",
            ])
        })
        .find(lower)
}

/// Whether the line that starts at `line_start` is a table's header row: read on the line
/// itself, so a document whose cells never ask does not look for every header row.
fn is_column_header_at(doc: &Doc, line_start: usize) -> bool {
    let text = &doc.text;
    let end = memchr::memchr(b'\n', &text.as_bytes()[line_start..])
        .map_or(text.len(), |i| line_start + i);
    column_header(&text[line_start..end]).is_some()
}

/// Whether the last non-empty line before `at` is a table's header row.
fn under_column_header(doc: &Doc, at: usize) -> bool {
    let before = doc.text[..at].trim_end();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    !before.is_empty() && is_column_header_at(doc, line_start)
}

/// The kind word of the section a table cell is, where the source drew it as the n-th cell
/// of a row ([`Role::Cell`]) and the nearest header row above names that column with a
/// section's word.
fn cell_word(doc: &Doc, line: (usize, usize)) -> Option<String> {
    let Role::Cell(n) = doc.role(line.0) else {
        return None;
    };
    let headers = column_headers(doc);
    let at = headers.partition_point(|h| h.0 < line.0).checked_sub(1)?;
    let word = headers[at].1.get(usize::from(n))?;
    (kind_of(word) != Kind::Other).then(|| word.clone())
}

/// Opens `next` in place of the section being read, which ends where `next`'s heading
/// starts (`at`); returns the section closed.
fn close(open: &mut Section, next: Section, at: usize) -> Section {
    let mut done = std::mem::replace(open, next);
    done.body.1 = at.max(done.body.0);
    done
}

/// The words that say a heading holds a decision (as whole words: "Beslutningstema" and
/// "Beslutningskompetence" head other things).
const DECISION_WORDS: &[&str] = &[
    "beslutning",
    "beslutningen",
    "beslutninger",
    "afgørelse",
    "afgørelsen",
    "afgørelser",
    "vedtagelse",
    "stillingtagen",
];

/// A decision section headed by `line`, where the source marks the line a heading, it is
/// short and it names a decision by one of [`DECISION_WORDS`]; its owner is the body the
/// heading names.
fn decision_heading_by_role(
    doc: &Doc,
    line: (usize, usize),
    item: &Item,
    r: &ItemRules,
) -> Option<Section> {
    if !matches!(doc.role(line.0), Role::Heading(_)) {
        return None;
    }
    let l = &doc.text[line.0..line.1];
    if l.len() > 120 || l.split_whitespace().count() > 12 {
        return None;
    }
    if !names_decision(l) {
        return None;
    }
    // "Beslutning Godkendt": a label cell and its value set on one heading line (a table
    // row of two cells read as one). The words after the label are the decision, and no
    // body is named.
    let lead = l.len() - l.trim_start().len();
    let beside = ["beslutning ", "afgørelse "].iter().find_map(|kw| {
        let head = l[lead..].get(..kw.len())?;
        let rest = &l[lead + kw.len()..];
        let lower = rest.to_lowercase();
        let names_body = [
            "udvalg",
            "byråd",
            "kommunalbestyrelse",
            "borgerrepræsentation",
        ]
        .iter()
        .any(|b| lower.contains(b));
        (head.to_lowercase() == *kw
            && rest.starts_with(char::is_uppercase)
            && !names_body
            && !rest.contains(|c: char| c.is_ascii_digit()))
        .then_some(line.0 + lead + kw.len())
    });
    let owner = if beside.is_some() {
        None
    } else {
        owner_named(r, l)
    };
    let body_from = beside.unwrap_or((line.1 + 1).min(item.end));
    Some(Section {
        kind: Kind::Decision,
        owner,
        heading: (line.0, beside.unwrap_or(line.1)),
        body: (body_from, body_from),
    })
}

/// The whole text as one unnumbered item, titled by the line at `title_at` (the first
/// mention of the map, usually the heading of a single-item page) or else the first
/// non-empty line.
pub(crate) fn whole(text: &str, title_at: Option<usize>) -> Item {
    let first = match title_at {
        Some(at) => {
            let s = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let e = text[at..].find('\n').map_or(text.len(), |i| at + i);
            (s, e)
        }
        None => lines(text, (0, text.len()))
            .find(|l| !text[l.0..l.1].trim().is_empty())
            .unwrap_or((0, 0)),
    };
    Item {
        number: None,
        title: text[first.0..first.1].trim().to_string(),
        title_span: first,
        start: 0,
        end: text.len(),
        body_start: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_starts_in_any_case() {
        for l in [
            "12. Danmarkskort",
            "Punkt 4",
            "PKT. 4",
            "  Sag nr. 3",
            "Åbent punkt 4: Danmarkskortet",
            "ÅBENT PUNKT 4",
            "åben sag 2",
            "Lukket punkt 9",
            "Dagsordenspunkt 1",
        ] {
            assert!(may_be_heading(l), "{l}");
        }
        for l in [
            "Sagen blev udsat.",
            "Åbenhed om sagen",
            "Økonomi",
            "",
            "Lukket",
        ] {
            assert!(!may_be_heading(l), "{l}");
        }
    }
}
