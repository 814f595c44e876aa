//! Text normalisation shared by every reader.
//!
//! Extracted text is messy in ways that hurt matching: ligature glyphs ("ﬁ"),
//! decomposed letters (a + ring instead of å), soft hyphens, words broken at
//! line ends by the typesetter, runs of layout spaces, and running headers and
//! footers repeated on every page ("Referat – Byrådet 15.12.2022", "Side 3 af
//! 14"). [`normalise_document`] removes all of that; the result has one text
//! line per `\n`, no blank runs, and is in Unicode NFC.
//!
//! The rules for re-joining words broken across lines are deliberately
//! conservative, because a wrong join destroys a word:
//!
//! - `handlings-` / `plan`: lower-case letter, hyphen, lower-case continuation:
//!   a typesetter's break, joined without the hyphen ("handlingsplan");
//! - `Høje-` / `Taastrup`, `IT-` / `systemer`, `COVID-` / `19`: a real hyphen
//!   that happens to fall at a line end; joined, hyphen kept;
//! - `Social-` / `og Sundhedsudvalget`: the hyphen of a Danish coordinated
//!   compound ("Social- og Sundhedsudvalget"); left alone.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use crate::{LineInfo, LineKind, RawLine, RawPage};

/// Normalises the raw text of every page of one document and removes running
/// headers and footers. The output has one entry per input page.
pub fn normalise_document(raw_pages: &[String]) -> Vec<String> {
    normalise_core(raw_pages.iter().map(|p| (p.as_str(), &[][..])).collect())
        .into_iter()
        .map(|(text, _)| text)
        .collect()
}

/// Like [`normalise_document`], carrying what the reader knows about each
/// line along: a line joined to the one before it is gone with its info, a
/// line that takes a word from the next keeps its own, dropped lines drop
/// theirs. Lines the reader said nothing special about are then looked at
/// for what their text plainly shows ([`classify_by_text`]).
pub(crate) fn normalise_raw_pages(raw_pages: Vec<RawPage>) -> Vec<(String, Vec<LineInfo>)> {
    normalise_core(
        raw_pages
            .iter()
            .map(|p| (p.text.as_str(), p.lines.as_slice()))
            .collect(),
    )
}

fn normalise_core(raw_pages: Vec<(&str, &[RawLine])>) -> Vec<(String, Vec<LineInfo>)> {
    let (mut pages, mut infos): (Vec<Vec<String>>, Vec<Vec<LineInfo>>) = raw_pages
        .into_iter()
        .map(|(text, lines)| split_lines(text, lines))
        .unzip();
    // Headers and footers go before words are re-joined, so that a footer
    // never ends up glued to a hyphenated word above it.
    strip_running_lines(&mut pages);
    for (lines, info) in pages.iter_mut().zip(infos.iter_mut()) {
        retain_lines(lines, info, |l| l != REMOVED);
        join_hyphenated(lines, info);
    }
    join_across_pages(&mut pages, &mut infos);
    pages
        .into_iter()
        .zip(infos)
        .map(|(mut lines, mut info)| {
            tidy_blank_lines(&mut lines, &mut info);
            classify_by_text(&lines, &mut info);
            let text = lines.join("\n");
            debug_assert!(info.is_empty() || info.len() == text.split('\n').count());
            (text, info)
        })
        .collect()
}

/// Marks a line taken out as a running header or footer. Control characters
/// never survive [`clean_chars`], so this cannot be text.
const REMOVED: &str = "\u{0}";

/// Normalises the text of one page on its own (no header/footer removal).
pub fn normalise_page(raw: &str) -> String {
    let (mut lines, mut info) = split_lines(raw, &[]);
    join_hyphenated(&mut lines, &mut info);
    tidy_blank_lines(&mut lines, &mut info);
    lines.join("\n")
}

/// Splits raw text into cleaned lines, and the reader's `raw` line infos
/// (one per `\n`-separated raw line, or none) into one [`LineInfo`] per
/// cleaned line. Characters that [`clean_chars`] reads as line breaks
/// (`\r`, form feed, U+2028 …) split a raw line further; the pieces after
/// the first keep its kind, except that a label's value is on the first.
fn split_lines(raw: &str, raw_info: &[RawLine]) -> (Vec<String>, Vec<LineInfo>) {
    let pieces = raw.split('\n');
    let n = raw.bytes().filter(|&b| b == b'\n').count() + 1;
    let known = !raw_info.is_empty() && raw_info.len() == n;
    let mut lines = Vec::with_capacity(n);
    let mut info = Vec::with_capacity(if known { n } else { 0 });
    for (i, piece) in pieces.enumerate() {
        let last = i + 1 == n;
        // "\r\n" is one line break.
        let piece = match piece.strip_suffix('\r') {
            Some(p) if !last => p,
            _ => piece,
        };
        let cleaned = clean_chars(piece, !last);
        for (k, sub) in cleaned.split('\n').enumerate() {
            let line = collapse_spaces(sub);
            if known {
                let kind = match raw_info[i] {
                    RawLine::Label { .. } if k > 0 => LineKind::Body,
                    r => raw_kind(r, &line),
                };
                info.push(LineInfo { kind });
            }
            lines.push(line);
        }
    }
    (lines, info)
}

/// A reader's [`RawLine`] as a [`LineKind`] of the cleaned `line`.
fn raw_kind(raw: RawLine, line: &str) -> LineKind {
    match raw {
        RawLine::Body => LineKind::Body,
        RawLine::Heading(level) => LineKind::Heading { level },
        RawLine::ListItem => LineKind::ListItem,
        RawLine::Cell(column) => LineKind::Cell { column },
        RawLine::Row => LineKind::Row,
        RawLine::Furniture => LineKind::Furniture,
        RawLine::Label { value_word } => {
            // Words are separated by single spaces after `collapse_spaces`.
            let mut at = 0usize;
            for _ in 0..value_word {
                match line[at..].find(' ') {
                    Some(sp) => at += sp + 1,
                    None => {
                        at = line.len();
                        break;
                    }
                }
            }
            if at == 0 || line.is_empty() {
                LineKind::Body
            } else {
                LineKind::Label {
                    value_start: at as u32,
                }
            }
        }
    }
}

/// Keeps the lines (and their infos) for which `keep` holds.
fn retain_lines(lines: &mut Vec<String>, info: &mut Vec<LineInfo>, keep: impl Fn(&str) -> bool) {
    if info.is_empty() {
        lines.retain(|l| keep(l));
        return;
    }
    let mut i = 0;
    info.retain(|_| {
        let k = keep(&lines[i]);
        i += 1;
        k
    });
    lines.retain(|l| keep(l));
}

/// Character-level clean-up, then NFC. `ends_line`: a line break follows
/// `raw` (a soft hyphen at its end is then a typesetter's break).
fn clean_chars(raw: &str, ends_line: bool) -> String {
    // Printable ASCII and the Latin-1 letters (U+00C0..U+00FF, "æøåé…", UTF-8 lead byte
    // 0xC3) are kept as they are and are NFC: most lines of Danish minutes are only those,
    // and are copied without a look at each character.
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() && (matches!(bytes[i], 0x20..=0x7e) || bytes[i] == 0xc3) {
        i += if bytes[i] == 0xc3 { 2 } else { 1 };
    }
    if i >= bytes.len() {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\u{c}' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            // A soft hyphen at a line end marks a typesetter's break: mark it
            // as an ordinary hyphen there so the join below applies; anywhere
            // else it is invisible and goes.
            '\u{ad}' => {
                let mut look = chars.clone();
                while look.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                    look.next();
                }
                match look.peek() {
                    Some('\n' | '\r') => out.push('-'),
                    None if ends_line => out.push('-'),
                    // "befolknings\u{ad} prognosens": the soft hyphen marks
                    // a break inside one word, so a space after it is a
                    // reader's artefact (pdftotext writes one after
                    // Chromium's soft hyphens); the word is one.
                    Some(c) if c.is_alphanumeric() => chars = look,
                    _ => {}
                }
            }
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            // A minus sign is how typewriter-style producers (a2ps, enscript) draw the hyphen
            // of "06.09.08-P20" and of every word; as text it is the hyphen.
            '\u{2010}' | '\u{2011}' | '\u{2212}' => out.push('-'),
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    // Most lines are NFC already (or ASCII); the quick check spares them
    // the rebuild.
    if out.is_ascii()
        || unicode_normalization::is_nfc_quick(out.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        out
    } else {
        out.nfc().collect()
    }
}

fn collapse_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Words after which a line-final hyphen belongs to a coordinated compound
/// ("Social- og Sundhedsudvalget", "børne- eller ungeområdet").
const CONJUNCTIONS: &[&str] = &[
    "og",
    "eller",
    "samt",
    "til",
    "som",
    "men",
    "hhv",
    "resp",
    "respektive",
    "el",
    "såvel",
];

enum Join {
    /// Drop the hyphen: "handlings" + "plan".
    Dehyphenate,
    /// Keep the hyphen: "Høje-" + "Taastrup".
    KeepHyphen,
}

/// How a line ending in `line` continues with `next_word`, if it should be
/// joined at all.
fn join_kind(line: &str, next_word: &str) -> Option<Join> {
    let stem = line.strip_suffix('-')?;
    let before = stem.chars().next_back()?;
    let first = next_word.chars().next()?;
    if !(before.is_alphanumeric()) {
        return None;
    }
    let bare: String = next_word
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if CONJUNCTIONS.contains(&bare.as_str()) {
        return None;
    }
    if before.is_lowercase() && first.is_lowercase() {
        Some(Join::Dehyphenate)
    } else if first.is_alphanumeric() && (before.is_alphabetic() || first.is_ascii_digit()) {
        Some(Join::KeepHyphen)
    } else {
        None
    }
}

/// Moves the first word of the next line up onto a line that ends in a
/// hyphen, where [`join_kind`] says the two belong together.
fn join_hyphenated(lines: &mut Vec<String>, info: &mut Vec<LineInfo>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        if lines[i].ends_with('-') && !lines[i + 1].is_empty() {
            if let Some(removed) = join_pair(lines, i, i + 1) {
                if lines[i + 1].is_empty() {
                    // The whole next line moved up; do not leave a blank line
                    // that would read as a paragraph break.
                    lines.remove(i + 1);
                    if !info.is_empty() {
                        info.remove(i + 1);
                    }
                } else if let Some(next) = info.get_mut(i + 1) {
                    shift_label(next, removed);
                }
            }
        }
        i += 1;
    }
}

/// A line lost its first `removed` bytes: its label's value moves with it.
/// A label that lost its whole label part is a plain line.
fn shift_label(info: &mut LineInfo, removed: usize) {
    if let LineKind::Label { value_start } = info.kind {
        info.kind = match (value_start as usize).checked_sub(removed) {
            Some(v) if v > 0 => LineKind::Label {
                value_start: v as u32,
            },
            _ => LineKind::Body,
        };
    }
}

/// Joins the first word of `lines[j]` onto `lines[i]` if they belong together.
/// Returns how many bytes left the start of `lines[j]` if they were joined.
fn join_pair(lines: &mut [String], i: usize, j: usize) -> Option<usize> {
    let next = std::mem::take(&mut lines[j]);
    let (word, rest) = match next.split_once(' ') {
        Some((w, r)) => (w, r),
        None => (next.as_str(), ""),
    };
    let joined = match join_kind(&lines[i], word) {
        Some(Join::Dehyphenate) => {
            lines[i].pop();
            lines[i].push_str(word);
            true
        }
        Some(Join::KeepHyphen) => {
            lines[i].push_str(word);
            true
        }
        None => false,
    };
    if joined {
        let removed = next.len() - rest.len();
        lines[j] = rest.to_string();
        Some(removed)
    } else {
        lines[j] = next;
        None
    }
}

/// Removes blank lines at both ends and collapses inner runs to one.
fn tidy_blank_lines(lines: &mut Vec<String>, info: &mut Vec<LineInfo>) {
    let known = !info.is_empty();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut out_info: Vec<LineInfo> = Vec::with_capacity(info.len());
    for (k, line) in lines.drain(..).enumerate() {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
        if known {
            out_info.push(info[k]);
        }
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
        out_info.pop();
    }
    *lines = out;
    *info = out_info;
}

/// How many non-blank lines at the top and bottom of a page are looked at as
/// possible running headers and footers.
const EDGE: usize = 5;

/// The shape of a line with numbers masked, so "Side 3" and "Side 4" are the
/// same page-number line.
fn masked_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    let mut in_digits = false;
    for c in line.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_digit() {
            if !in_digits {
                key.push('#');
            }
            in_digits = true;
        } else {
            key.push(c);
            in_digits = false;
        }
    }
    key
}

/// The shape of a line for finding running headers and footers: lower case,
/// with the page's own number written as `#` where it stands as a page
/// number ("side 3", "3 af 14", "3/14", "s. 3", "page 3"). Every other number
/// stays as it is.
///
/// So "Side 3 af 14" on page 3 and "Side 4 af 14" on page 4 share a shape,
/// and so do identical "Byrådet 15.12.2022" headers; but "Punkt 1" at the top
/// of page 2 and "Punkt 2" at the top of page 3 (one item a page, as First
/// Agenda prints them) do not, so item headings survive.
fn line_key(line: &str, page_number: usize) -> String {
    let lower = line.to_lowercase();
    let mut key = String::with_capacity(lower.len());
    let mut rest = lower.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let before = &rest[..start];
        key.push_str(before);
        let digits_end = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |e| start + e);
        let digits = &rest[start..digits_end];
        let after = rest[digits_end..].trim_start();
        let as_page_number = {
            let b = key.trim_end();
            b.ends_with("side")
                || b.ends_with("page")
                || b.ends_with("s.")
                || b.ends_with("side:")
                || after.starts_with("af ")
                || after.starts_with("of ")
                || after.starts_with('/')
        };
        let is_page = as_page_number && digits.parse::<usize>() == Ok(page_number);
        key.push_str(if is_page { "#" } else { digits });
        rest = &rest[digits_end..];
    }
    key.push_str(rest);
    key
}

/// Page-number lines that are dropped at a page edge wherever they occur:
/// "Side 3 af 14", "Side 3", "3/14", "- 3 -", "Page 3 of 14", "3".
fn is_page_number(key: &str) -> bool {
    let k = key.trim();
    let k = k
        .strip_prefix("side")
        .or_else(|| k.strip_prefix("page"))
        .or_else(|| k.strip_prefix("s."))
        .unwrap_or(k)
        .trim();
    let k = k.trim_matches(|c| c == '-' || c == '–' || c == ' ');
    matches!(
        k,
        "#" | "# af #" | "# of #" | "#/#" | "# / #" | "# ud af #" | "#af#"
    )
}

/// Indices of the first (or last) `EDGE` non-blank lines of a page.
fn edge_indices(lines: &[String], from_top: bool) -> Vec<usize> {
    let iter: Box<dyn Iterator<Item = usize>> = if from_top {
        Box::new(0..lines.len())
    } else {
        Box::new((0..lines.len()).rev())
    };
    iter.filter(|&i| !lines[i].is_empty()).take(EDGE).collect()
}

/// Counts, once per page, the shapes of the lines at one edge of a page ([`line_key`]).
fn count_edge_keys(
    map: &mut HashMap<String, usize>,
    lines: &[String],
    from_top: bool,
    page_number: usize,
) {
    let mut seen: Vec<String> = edge_indices(lines, from_top)
        .into_iter()
        .filter(|&i| lines[i].chars().count() <= 160)
        .map(|i| line_key(&lines[i], page_number))
        .collect();
    seen.sort();
    seen.dedup();
    for k in seen {
        *map.entry(k).or_default() += 1;
    }
}

/// Removes running headers and footers: lines at the very top or bottom of a
/// page whose shape (numbers masked) recurs at that edge on most pages.
///
/// Lines are peeled from the edge inward and the peeling stops at the first
/// line that does not recur, so a recurring line *inside* the text (a
/// "Sagsfremstilling" heading at the top of many pages after a title) is
/// never touched. A running header is kept on the first page, where it often
/// is the meeting's own header; footers go everywhere.
fn strip_running_lines(pages: &mut [Vec<String>]) {
    let n = pages.len();
    // Lines with a number in them (page numbers, dates) must recur on 60 % of
    // the pages; lines without, on 80 %, and only if they have two words or
    // more and do not end like a sentence: a page that happens to end with
    // "Godkendt." or start with "Beslutning" is text, not a running line.
    let (with_digits, without_digits) = if n >= 3 {
        ((n * 3).div_ceil(5).max(3), (n * 4).div_ceil(5).max(3))
    } else {
        (usize::MAX, usize::MAX)
    };
    let eligible = |key: &str| {
        if key.contains(|c: char| c == '#' || c.is_ascii_digit()) {
            return true;
        }
        let words = key.split(' ').filter(|w| !w.is_empty()).count();
        words >= 2 && !key.ends_with(['.', ':', ','])
    };
    let mut top: HashMap<String, usize> = HashMap::new();
    let mut bottom: HashMap<String, usize> = HashMap::new();
    // A document set with a first page of its own ("different first page") prints its
    // running header from page 2 on: in a document of three or four pages that is too few
    // pages for the share above, so a line without digits at the top of every page after the
    // first is a running header too ("Guldborgsund Kommune" on pages 2 and 3 of 3).
    let mut top_after_first: HashMap<String, usize> = HashMap::new();
    for (page_index, lines) in pages.iter().enumerate() {
        count_edge_keys(&mut top, lines, true, page_index + 1);
        count_edge_keys(&mut bottom, lines, false, page_index + 1);
        if page_index > 0 {
            count_edge_keys(&mut top_after_first, lines, true, page_index + 1);
        }
    }
    let after_first = |line: &str, page_number: usize| {
        let key = line_key(line, page_number);
        n >= 3
            && !key.contains(|c: char| c == '#' || c.is_ascii_digit())
            && eligible(&key)
            && top_after_first.get(&key).is_some_and(|&c| c == n - 1)
    };
    let frequent = |map: &HashMap<String, usize>, line: &str, page_number: usize| {
        if is_page_number(&masked_key(line)) {
            return true;
        }
        let key = line_key(line, page_number);
        let needed = if key.contains(|c: char| c == '#' || c.is_ascii_digit()) {
            with_digits
        } else {
            without_digits
        };
        eligible(&key) && map.get(&key).is_some_and(|&c| c >= needed)
    };
    for (page_index, lines) in pages.iter_mut().enumerate() {
        // Top edge.
        for i in edge_indices(lines, true) {
            if !frequent(&top, &lines[i], page_index + 1) && !after_first(&lines[i], page_index + 1)
            {
                break;
            }
            if page_index > 0 || is_page_number(&masked_key(&lines[i])) {
                lines[i] = REMOVED.to_string();
            }
        }
        // Bottom edge.
        for i in edge_indices(lines, false) {
            if !frequent(&bottom, &lines[i], page_index + 1) {
                break;
            }
            lines[i] = REMOVED.to_string();
        }
    }
}

/// Re-joins a word broken across a page break ("handlings-" at the foot of
/// page 4, "plan" at the top of page 5), after headers and footers are gone.
/// The word goes to the earlier page, where it started.
fn join_across_pages(pages: &mut [Vec<String>], infos: &mut [Vec<LineInfo>]) {
    for p in 0..pages.len().saturating_sub(1) {
        let Some(last) = pages[p].iter().rposition(|l| !l.is_empty()) else {
            continue;
        };
        if !pages[p][last].ends_with('-') {
            continue;
        }
        let Some(first) = pages[p + 1].iter().position(|l| !l.is_empty()) else {
            continue;
        };
        let (head, tail) = pages.split_at_mut(p + 1);
        let mut pair = [
            std::mem::take(&mut head[p][last]),
            std::mem::take(&mut tail[0][first]),
        ];
        let removed = join_pair(&mut pair, 0, 1);
        let [a, b] = pair;
        head[p][last] = a;
        tail[0][first] = b;
        if let (Some(removed), Some(info)) = (removed, infos[p + 1].get_mut(first)) {
            shift_label(info, removed);
        }
    }
}

/// Marks, on a page whose reader gave line infos, the plain lines whose
/// text shows what they are, whatever the source:
///
/// - **Furniture**: "Gå til indhold", "Til toppen" and the like; a line that
///   is a URL; "Side 3 af 14" (where it survived header removal); a
///   breadcrumb trail ("Forside > Politik > Byrådet"); and, among the first
///   and last two lines of the page, a print stamp that starts with a date
///   and a time ("15.12.2022 17.05", "12/15/22, 5:05 PM") or holds a URL.
///   A label line (a two-column row in a PDF) can be a stamp too.
/// - **Label**: "Label: value", the label one to four words without digits,
///   starting with a capital, the colon within the first 40 bytes and
///   followed by a space and a value ("Mødedato: 15.12.2022",
///   "Fraværende med afbud: Jens Hansen (A)").
/// - **ListItem**: a bullet (• ● ▪ ◦ ‣ ⁃ ∙ · ■ □ ➢ ► ▸ – - *) and a space
///   at the start, "1. at …"/"a) at …", or a line that starts with "at "
///   after a line ending in ":" "," ";" "og" "samt" "eller" (the
///   recommendation's "at"-clauses, each on a line of its own).
///
/// Headings are never guessed from text: only the source knows them.
fn classify_by_text(lines: &[String], info: &mut [LineInfo]) {
    if info.is_empty() {
        return;
    }
    // The first and last two non-blank lines.
    let mut ends: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, _)| i)
        .take(2)
        .collect();
    ends.extend(
        lines
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, l)| !l.is_empty())
            .map(|(i, _)| i)
            .take(2),
    );
    let edge = |i: usize| ends.contains(&i);
    let mut prev: Option<usize> = None;
    for i in 0..lines.len() {
        let line = lines[i].as_str();
        if line.is_empty() {
            continue;
        }
        let kind = info[i].kind;
        if matches!(kind, LineKind::Body | LineKind::Label { .. })
            && is_furniture_text(line, edge(i))
        {
            info[i].kind = LineKind::Furniture;
        } else if kind == LineKind::Body {
            if let Some(v) = label_value_start(line) {
                info[i].kind = LineKind::Label {
                    value_start: v as u32,
                };
            } else if is_list_item(line, prev.map(|p| lines[p].as_str())) {
                info[i].kind = LineKind::ListItem;
            }
        }
        prev = Some(i);
    }
}

/// Whether `line` is page furniture by its text; `at_edge`: among the first
/// or last two lines of its page.
fn is_furniture_text(line: &str, at_edge: bool) -> bool {
    // Cheap tests first: this runs on every line of every page.
    if line.len() <= 40 {
        let lower = line.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        const PHRASES: &[&str] = &[
            "gå til indhold",
            "gå til hovedindhold",
            "spring til indhold",
            "spring til hovedindhold",
            "spring navigation over",
            "til toppen",
            "tilbage til toppen",
            "gå til toppen",
            "til top",
            "skip to content",
            "skip to main content",
            "back to top",
        ];
        if PHRASES.contains(&bare) {
            return true;
        }
    }
    let words = line.split(' ').count();
    let has_url = || {
        line.split(' ').any(|w| {
            let b = w.as_bytes();
            let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
            starts(b"http://") || starts(b"https://") || starts(b"www.")
        })
    };
    if words <= 3 && has_url() {
        return true;
    }
    // "Side 3 af 14", "3/14" anywhere; a bare number only at the page's edge
    // (elsewhere it is a table's figure or a wrapped date's year).
    if line.len() <= 32 {
        let key = masked_key(line);
        if is_page_number(&key) && (at_edge || key.trim() != "#") {
            return true;
        }
    }
    if words <= 14
        && [" > ", " › ", " » "]
            .iter()
            .any(|sep| line.matches(sep).count() >= 2)
    {
        return true;
    }
    at_edge && (starts_with_date_and_time(line) || has_url())
}

/// Whether `line` starts with a print stamp's date and time ("15.12.2022
/// 17.05", "12/15/22, 5:05 PM"): a date of digits and one separator, then (after an optional comma) a time "17:05", "5:05 PM",
/// "17.05.33"; what browsers print in a page's margin. A meeting header
/// names the time with "kl." between, and is not matched.
fn starts_with_date_and_time(line: &str) -> bool {
    let b = line.as_bytes();
    let digits = |i: &mut usize, max: usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - s < max {
            *i += 1;
        }
        *i - s
    };
    let mut i = 0;
    if digits(&mut i, 4) == 0 {
        return false;
    }
    let Some(&sep) = b.get(i).filter(|c| matches!(c, b'.' | b'/' | b'-')) else {
        return false;
    };
    i += 1;
    if digits(&mut i, 2) == 0 || b.get(i) != Some(&sep) {
        return false;
    }
    i += 1;
    if digits(&mut i, 4) < 2 {
        return false;
    }
    if b.get(i) == Some(&b',') {
        i += 1;
    }
    if b.get(i) != Some(&b' ') {
        return false;
    }
    i += 1;
    if !(1..=2).contains(&digits(&mut i, 2)) || !matches!(b.get(i), Some(b':' | b'.')) {
        return false;
    }
    i += 1;
    digits(&mut i, 2) == 2 && b.get(i).is_none_or(|c| !c.is_ascii_digit())
}

/// Where the value of a "Label: value" line begins, if it is one.
pub(crate) fn label_value_start(line: &str) -> Option<usize> {
    let head = &line.as_bytes()[..line.len().min(41)];
    let colon = head.iter().position(|&b| b == b':')?;
    if colon == 0 {
        return None;
    }
    let label = &line[..colon];
    let words = label.split(' ').filter(|w| !w.is_empty()).count();
    if !(1..=4).contains(&words)
        || !label.chars().next().is_some_and(char::is_uppercase)
        || label.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let after = &line[colon + 1..];
    let value = after.strip_prefix(' ')?.trim_start();
    if value.is_empty() {
        return None;
    }
    Some(line.len() - value.len())
}

/// Whether `line` is a list item by its text (see [`classify_by_text`]);
/// `prev`: the nearest non-blank line above it.
fn is_list_item(line: &str, prev: Option<&str>) -> bool {
    const BULLETS: &[char] = &[
        '•', '●', '▪', '◦', '‣', '⁃', '∙', '·', '■', '□', '➢', '►', '▸', '–', '-', '*', '\u{f0b7}',
    ];
    let mut chars = line.chars();
    if chars.next().is_some_and(|c| BULLETS.contains(&c))
        && chars.next() == Some(' ')
        && chars.next().is_some_and(|c| !c.is_ascii_digit())
    {
        return true;
    }
    // "1. at", "12) at", "a) at".
    if let Some((head, rest)) = line.split_once(' ') {
        let marker = head
            .strip_suffix('.')
            .or_else(|| head.strip_suffix(')'))
            .unwrap_or("");
        let numbered = !marker.is_empty()
            && marker.len() <= 2
            && (marker.bytes().all(|b| b.is_ascii_digit())
                || (marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_lowercase())));
        if numbered && rest.starts_with("at ") {
            return true;
        }
    }
    if line.starts_with("at ") || line.starts_with("At ") {
        if let Some(p) = prev {
            return p.ends_with([':', ',', ';'])
                || p.ends_with(" og")
                || p.ends_with(" samt")
                || p.ends_with(" eller");
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(pages: &[&str]) -> Vec<String> {
        normalise_document(&pages.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn nfc_ligatures_soft_hyphens_and_spaces() {
        // "å" as a + combining ring; "ﬁ" ligature; NBSP; soft hyphen inside a word.
        let raw =
            "Bega\u{30a}ende  \u{fb01}nansiering\u{a0}af om\u{ad}gørelses\u{ad}procenter\t i  år";
        assert_eq!(
            normalise_page(raw),
            "Begående finansiering af omgørelsesprocenter i år"
        );
    }

    #[test]
    fn typesetter_breaks_are_joined() {
        let raw = "at der udarbejdes en handlings-\nplan til styrkelse af den\njuridiske kvalitet, og at omgørelses-\nprocenterne drøftes.";
        assert_eq!(
            normalise_page(raw),
            "at der udarbejdes en handlingsplan\ntil styrkelse af den\njuridiske kvalitet, og at omgørelsesprocenterne\ndrøftes."
        );
    }

    #[test]
    fn soft_hyphen_at_line_end_joins() {
        assert_eq!(
            normalise_page("handlings\u{ad}\nplan er ikke nødvendig"),
            "handlingsplan\ner ikke nødvendig"
        );
        assert_eq!(
            normalise_page("befolknings\u{ad} prognosen og \u{ad} x"),
            "befolkningsprognosen og x"
        );
    }

    #[test]
    fn real_hyphens_survive() {
        assert_eq!(
            normalise_page("Borgmesteren i Høje-\nTaastrup Kommune"),
            "Borgmesteren i Høje-Taastrup\nKommune"
        );
        assert_eq!(
            normalise_page("Social-\nog Sundhedsudvalget"),
            "Social-\nog Sundhedsudvalget"
        );
        assert_eq!(
            normalise_page("Social- og Sundhedsudvalget"),
            "Social- og Sundhedsudvalget"
        );
        assert_eq!(normalise_page("nye IT-\nsystemer"), "nye IT-systemer");
        assert_eq!(
            normalise_page("perioden 2022-\n2025 er"),
            "perioden 2022-2025\ner"
        );
        assert_eq!(
            normalise_page("følgende -\nlokalplan"),
            "følgende -\nlokalplan"
        );
    }

    #[test]
    fn blank_runs_collapse() {
        assert_eq!(normalise_page("\n\n a \n\n\n  \nb\n\n"), "a\n\nb");
    }

    #[test]
    fn running_header_and_footer_removed_but_header_kept_on_page_one() {
        let pages = doc(&[
            "Referat - Byrådet 15.12.2022\nPunkt 1 Godkendelse af dagsorden\nGodkendt.\nSide 1 af 4",
            "Referat - Byrådet 15.12.2022\nPunkt 2 Danmarkskort 2022\nSagsfremstilling\nSide 2 af 4",
            "Referat - Byrådet 15.12.2022\nSagsfremstilling\nTekst.\nSide 3 af 4",
            "Referat - Byrådet 15.12.2022\nPunkt 3 Lukket punkt\nSide 4 af 4",
        ]);
        assert_eq!(
            pages[0],
            "Referat - Byrådet 15.12.2022\nPunkt 1 Godkendelse af dagsorden\nGodkendt."
        );
        assert_eq!(pages[1], "Punkt 2 Danmarkskort 2022\nSagsfremstilling");
        assert_eq!(pages[2], "Sagsfremstilling\nTekst.");
        assert_eq!(pages[3], "Punkt 3 Lukket punkt");
    }

    /// A header printed from page 2 on, in a document of three pages (found in the spot
    /// corpus 13: "Guldborgsund Kommune" cut a sentence from the next one that named a
    /// citizen's illness).
    #[test]
    fn running_header_from_page_two_on_is_removed_in_a_short_document() {
        let pages = doc(&[
            "Guldborgsund Kommune\nByrådet\nReferat\nPunkt 1 Godkendelse af dagsorden\nGodkendt.",
            "Guldborgsund Kommune\n\nPunkt 4 Valg af nyt medlem\nSagsfremstilling",
            "Guldborgsund Kommune\n\nHun har siden foråret været i behandling.\nIndstilling",
        ]);
        assert!(pages[0].starts_with("Guldborgsund Kommune\nByrådet"));
        assert_eq!(pages[1], "Punkt 4 Valg af nyt medlem\nSagsfremstilling");
        assert_eq!(
            pages[2],
            "Hun har siden foråret været i behandling.\nIndstilling"
        );
        // A decision that happens to begin pages 2 and 3 ends like a sentence: text.
        let pages = doc(&[
            "Byrådet\nReferat\nPunkt 1 A\nGodkendt.",
            "Indstillingen godkendt.\nPunkt 2 B\nSagsfremstilling",
            "Indstillingen godkendt.\nPunkt 3 C\nSagsfremstilling",
        ]);
        assert_eq!(
            pages[1],
            "Indstillingen godkendt.\nPunkt 2 B\nSagsfremstilling"
        );
    }

    #[test]
    fn recurring_line_inside_text_is_kept() {
        // "Beslutning" recurs near the top of every page, but below a line
        // that differs, so it is text, not a running header.
        // Pages that end with the same terse decision keep it.
        let pages = doc(&[
            "Punkt 1 A\nBeslutning\nGodkendt.",
            "Punkt 2 B\nBeslutning\nGodkendt.",
            "Punkt 3 C\nBeslutning\nIndstillingen godkendt.",
            "Punkt 4 D\nBeslutning\nIndstillingen godkendt.",
        ]);
        assert_eq!(pages[1], "Punkt 2 B\nBeslutning\nGodkendt.");
        assert_eq!(pages[3], "Punkt 4 D\nBeslutning\nIndstillingen godkendt.");
    }

    /// First Agenda-style minutes start every item on a new page with a
    /// "Punkt 11" line; masked to "Punkt #" it looked like a running header
    /// and the item lost its heading. With one item a page after a front
    /// page, "Punkt N" even sits on page N + 1, in step with the page number.
    #[test]
    fn item_headings_at_the_top_of_every_page_are_kept() {
        let pages = doc(&[
            "Referat – Byrådet – 19. december 2022\nIndhold\nSide 1 af 5",
            "Referat – Byrådet – 19. december 2022\nSide 2 af 5\nPunkt 1\nBudget",
            "Referat – Byrådet – 19. december 2022\nSide 3 af 5\nPunkt 2\nTakster",
            "Referat – Byrådet – 19. december 2022\nSide 4 af 5\nPunkt 3\nSkoler",
            "Referat – Byrådet – 19. december 2022\nSide 5 af 5\nPunkt 4\nDanmarkskort 2022",
        ]);
        assert_eq!(pages[1], "Punkt 1\nBudget");
        assert_eq!(pages[4], "Punkt 4\nDanmarkskort 2022");
    }

    #[test]
    fn page_number_inside_a_running_line_is_recognised() {
        let pages = doc(&[
            "Byrådet 19.12.2022 - side 1\nA",
            "Byrådet 19.12.2022 - side 2\nB",
            "Byrådet 19.12.2022 - side 3\nC",
        ]);
        assert_eq!(pages[1], "B");
    }

    #[test]
    fn page_numbers_go_even_in_short_documents() {
        let pages = doc(&["Tekst\n- 1 -", "Mere tekst\nSide 2 af 2"]);
        assert_eq!(pages, vec!["Tekst".to_string(), "Mere tekst".to_string()]);
    }

    #[test]
    fn word_broken_across_pages_is_joined() {
        let pages = doc(&[
            "Kommune X\nen handlings-\nSide 1 af 3",
            "Kommune X\nplan for området.\nSide 2 af 3",
            "Kommune X\nSlut.\nSide 3 af 3",
        ]);
        assert_eq!(pages[0], "Kommune X\nen handlingsplan");
        assert_eq!(pages[1], "for området.");
    }
}

#[cfg(test)]
mod line_tests {
    use super::*;

    fn raw(pages: &[(&str, &[RawLine])]) -> Vec<(String, Vec<LineInfo>)> {
        normalise_raw_pages(
            pages
                .iter()
                .map(|(t, l)| RawPage {
                    text: t.to_string(),
                    lines: l.to_vec(),
                    drawn: 0,
                    image: false,
                })
                .collect(),
        )
    }

    fn kinds(info: &[LineInfo]) -> Vec<LineKind> {
        info.iter().map(|i| i.kind).collect()
    }

    use LineKind::{Body, Furniture, Heading, Label, ListItem};

    #[test]
    fn line_infos_follow_joins_and_drops() {
        let out = raw(&[(
            "Referat\nMødedato \t 15.12.2022\nen handlings-\nplan er vedtaget\n\n\nomgørelses-\nprocenterne\nSlut",
            &[
                RawLine::Heading(1),
                RawLine::Label { value_word: 1 },
                RawLine::ListItem,
                RawLine::Body,
                RawLine::Body,
                RawLine::Body,
                RawLine::Body,
                RawLine::Heading(2),
                RawLine::Body,
            ],
        )]);
        let (text, info) = &out[0];
        assert_eq!(
            text,
            "Referat\nMødedato 15.12.2022\nen handlingsplan\ner vedtaget\n\nomgørelsesprocenterne\nSlut"
        );
        // The joined lines keep the first line's kind; "procenterne", wholly
        // moved up, is gone with its heading mark.
        assert_eq!(
            kinds(info),
            vec![
                Heading { level: 1 },
                Label { value_start: 10 },
                ListItem,
                Body,
                Body,
                Body,
                Body
            ]
        );
    }

    #[test]
    fn a_label_that_loses_its_first_word_moves_its_value() {
        let out = raw(&[(
            "Tekst om handlings-\nplan Status 15.12",
            &[RawLine::Body, RawLine::Label { value_word: 2 }],
        )]);
        assert_eq!(out[0].0, "Tekst om handlingsplan\nStatus 15.12");
        assert_eq!(kinds(&out[0].1), vec![Body, Label { value_start: 7 }]);
    }

    #[test]
    fn running_lines_dropped_with_their_infos() {
        let page = |n: usize| {
            format!(
                "Byrådet 15.12.2022\nPunkt {n}\nMødedato: 15.12.2022\nTekst {n} om sagen\nSide {n} af 3"
            )
        };
        let (p1, p2, p3) = (page(1), page(2), page(3));
        let b = [RawLine::Body; 5];
        let out = raw(&[(&p1, &b), (&p2, &b), (&p3, &b)]);
        assert_eq!(out[1].0, "Punkt 2\nMødedato: 15.12.2022\nTekst 2 om sagen");
        assert_eq!(
            kinds(&out[1].1),
            vec![Body, Label { value_start: 11 }, Body]
        );
        for (text, info) in &out {
            assert_eq!(info.len(), text.split('\n').count());
        }
    }

    #[test]
    fn line_breaks_inside_a_raw_line_keep_the_count() {
        let out = raw(&[(
            "Overskrift\u{2028}fortsat\r\nMere\rtekst",
            &[RawLine::Heading(2), RawLine::Label { value_word: 1 }],
        )]);
        assert_eq!(out[0].0, "Overskrift\nfortsat\nMere\ntekst");
        assert_eq!(
            kinds(&out[0].1),
            vec![
                Heading { level: 2 },
                Heading { level: 2 },
                Label { value_start: 4 },
                Body
            ]
        );
    }

    #[test]
    fn text_shows_labels_bullets_and_furniture() {
        let text = "15.12.2022 17.05 Referat - Byrådet\nGå til indhold\nForside > Politik > Byrådet\n\
                    Mødedato: 15.12.2022 kl. 17.00\nPunkt 12: Danmarkskort 2022\nDirektionen indstiller,\n\
                    at byrådet tager danmarkskortet til efterretning, og\nat der ikke udarbejdes en handlingsplan.\n\
                    • Borgerrådgiveren deltog\n1. at sagen godkendes\nTeksten fortsætter her.\n\
                    Side 3 af 14\nhttps://dagsorden.kommune.dk/referat/123 1/3";
        let n = text.split('\n').count();
        let body = vec![RawLine::Body; n];
        let out = raw(&[(text, &body)]);
        assert_eq!(
            kinds(&out[0].1),
            vec![
                Furniture,
                Furniture,
                Furniture,
                Label { value_start: 11 },
                Body,
                Body,
                ListItem,
                ListItem,
                ListItem,
                ListItem,
                Body,
                Furniture,
                Furniture,
            ],
            "{}",
            out[0].0
        );
    }

    #[test]
    fn a_meeting_header_with_kl_is_not_a_stamp() {
        let text = "Kommunalbestyrelsen 08-11-2022 kl. 17:00\n08-11-2022 kl. 17:00\nTekst";
        let out = raw(&[(text, &[RawLine::Body; 3])]);
        assert_eq!(kinds(&out[0].1), vec![Body, Body, Body]);
        assert!(starts_with_date_and_time("12/15/22, 5:05 PM Byrådet"));
        assert!(starts_with_date_and_time("2022-12-15 17:05"));
        assert!(!starts_with_date_and_time("15.12.2022 er mødedato"));
    }

    #[test]
    fn no_infos_stay_no_infos() {
        let out = raw(&[("Mødedato: 15.12.2022\n• punkt", &[])]);
        assert!(out[0].1.is_empty());
        // A reader's infos that do not match its line count are dropped,
        // never misaligned.
        let out = raw(&[("a\nb\nc", &[RawLine::Heading(1)])]);
        assert!(out[0].1.is_empty());
    }

    #[test]
    fn the_invariant_holds_on_awkward_input() {
        let samples = [
            "\n\n- \nSide 1 af 2\n\u{ad}\n-\nx-\n-y\n\r\n\r",
            "a-\n\nb-\nc\u{85}d\u{c}e",
            "",
            "Side 2 af 2",
            "Høje-\nTaastrup\nSocial-\nog Sundhed",
        ];
        for a in samples {
            for b in samples {
                let la = vec![RawLine::Label { value_word: 1 }; a.split('\n').count()];
                let lb = vec![RawLine::ListItem; b.split('\n').count()];
                for (text, info) in raw(&[(a, &la), (b, &lb), (a, &la)]) {
                    assert!(
                        info.is_empty() || info.len() == text.split('\n').count(),
                        "{a:?} {b:?}: {text:?} {info:?}"
                    );
                    for (line, i) in text.split('\n').zip(&info) {
                        if let LineKind::Label { value_start } = i.kind {
                            assert!(line.is_char_boundary(value_start as usize));
                            assert!(value_start as usize <= line.len());
                        }
                    }
                }
            }
        }
    }
}
