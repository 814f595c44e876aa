//! One document as a single text, with the way back to pages.
//!
//! Pages are joined with `'\n'`, so a sentence that runs over a page break is one sentence.
//! Offsets into the joined text are mapped back to (page, offset in page) only when evidence
//! is written; evidence never crosses a page (it is clipped to the page of its highlight).

use crate::{Evidence, Role};

/// Longest evidence passage, in bytes (about 400 characters of Danish).
const MAX_PASSAGE: usize = 400;

pub(crate) struct Doc {
    pub(crate) text: String,
    /// Byte offset in `text` where each page starts.
    page_starts: Vec<usize>,
    /// The lines whose source says more than "text", by the offset where the line starts,
    /// in order. Furniture is not here: its text is blanked (see [`Doc::with_roles`]).
    roles: Vec<(usize, Role)>,
    /// The header rows of tables, by where the line starts, with the column words they
    /// name; found the first time a table cell asks (see `items::cell_word`).
    pub(crate) column_headers: std::sync::OnceLock<Vec<(usize, Vec<String>)>>,
    /// The text with its ASCII letters lower-cased, every offset that of the text; made the
    /// first time a search asks ([`Doc::ascii_lower`]).
    ascii_lower: std::sync::OnceLock<Vec<u8>>,
    /// Where pages start that are an attachment (bilag) printed after the minutes: the page
    /// is labelled "Bilag 3" in its margin or its first line is that label alone.
    pub(crate) attachments: Vec<usize>,
    /// The furniture lines of the first two pages (running headers and footers), which the
    /// text does not hold.
    pub(crate) furniture: Vec<String>,
}

/// "Bilag 3", "Bilag nr. 2", "Bilag 1: Ankestyrelsens brev": the label of an attachment page.
fn labels_attachment(line: &str) -> bool {
    let l = line.trim();
    let Some(rest) = l
        .get(..5)
        .filter(|b| b.eq_ignore_ascii_case("bilag"))
        .map(|_| l[5..].trim_start())
    else {
        return false;
    };
    let rest = rest
        .strip_prefix("nr.")
        .or_else(|| rest.strip_prefix("nr"))
        .map_or(rest, str::trim_start);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].trim_start();
    l.len() <= 80
        && (1..=3).contains(&digits)
        && (after.is_empty() || after.starts_with([':', '.', '-', '–']))
}

impl Doc {
    #[cfg(test)]
    pub(crate) fn new(pages: &[&str]) -> Doc {
        Doc::with_roles(pages, None)
    }

    /// The pages joined, with what the source says about their lines. Furniture lines
    /// (print stamps, breadcrumbs, "Side 3 af 14") are overwritten with spaces of the same
    /// length: no rule reads them, and every offset stays that of the page's text.
    pub(crate) fn with_roles(pages: &[&str], roles: Option<&[Vec<Role>]>) -> Doc {
        let total: usize = pages.iter().map(|p| p.len() + 1).sum();
        let mut text = String::with_capacity(total);
        let mut page_starts = Vec::with_capacity(pages.len());
        let mut known = Vec::new();
        let mut attachments = Vec::new();
        let mut furniture = Vec::new();
        for (i, p) in pages.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            page_starts.push(text.len());
            if i > 0
                && p.lines()
                    .find(|l| !l.trim().is_empty())
                    .is_some_and(labels_attachment)
            {
                attachments.push(text.len());
            }
            let page_roles = roles.and_then(|r| r.get(i)).map_or(&[][..], Vec::as_slice);
            if page_roles.iter().all(|r| *r == Role::Body) {
                text.push_str(p);
                continue;
            }
            let page_lines: Vec<&str> = p.split('\n').collect();
            for (j, &line) in page_lines.iter().enumerate() {
                if j > 0 {
                    text.push('\n');
                }
                match page_roles.get(j).copied().unwrap_or_default() {
                    Role::Furniture if numbers_heading(&page_lines, page_roles, j) => {
                        text.push_str(line)
                    }
                    Role::Furniture => {
                        if i < 2 && !line.trim().is_empty() {
                            furniture.push(line.trim().to_string());
                        }
                        if i > 0
                            && labels_attachment(line)
                            && attachments.last() != page_starts.last()
                        {
                            attachments.push(page_starts[i]);
                        }
                        text.extend(std::iter::repeat_n(' ', line.len()))
                    }
                    role => {
                        if role != Role::Body {
                            known.push((text.len(), role));
                        }
                        text.push_str(line);
                    }
                }
            }
        }
        Doc {
            text,
            page_starts,
            roles: known,
            column_headers: std::sync::OnceLock::new(),
            ascii_lower: std::sync::OnceLock::new(),
            attachments,
            furniture,
        }
    }

    /// What the source says the line starting at `line_start` is.
    pub(crate) fn role(&self, line_start: usize) -> Role {
        match self.roles.binary_search_by_key(&line_start, |r| r.0) {
            Ok(i) => self.roles[i].1,
            Err(_) => Role::Body,
        }
    }

    /// Zero-based page index of a byte offset.
    pub(crate) fn page_index(&self, offset: usize) -> usize {
        match self.page_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// One-based page number of a byte offset.
    pub(crate) fn page_no(&self, offset: usize) -> u32 {
        self.page_index(offset) as u32 + 1
    }

    /// The text with its ASCII letters lower-cased (other bytes as they are), for SIMD
    /// searches of words whose ASCII letters may be in any case; made once per document.
    pub(crate) fn ascii_lower(&self) -> &[u8] {
        self.ascii_lower
            .get_or_init(|| self.text.as_bytes().to_ascii_lowercase())
    }

    /// How many pages the document has.
    pub(crate) fn page_count(&self) -> usize {
        self.page_starts.len()
    }

    pub(crate) fn page_range(&self, idx: usize) -> (usize, usize) {
        let start = self.page_starts.get(idx).copied().unwrap_or(0);
        let end = self
            .page_starts
            .get(idx + 1)
            .map_or(self.text.len(), |next| next - 1);
        (start, end)
    }

    /// Evidence for `hit` (the words that fired) inside `passage` (its sentence or line), both
    /// in joined-text offsets. The passage is clipped to the hit's page, trimmed of
    /// surrounding whitespace and cut to at most ~400 bytes around the hit.
    pub(crate) fn evidence(
        &self,
        rule: &str,
        passage: (usize, usize),
        hit: (usize, usize),
    ) -> Evidence {
        let idx = self.page_index(hit.0);
        let (ps, pe) = self.page_range(idx);
        let hit = (hit.0.clamp(ps, pe), hit.1.clamp(ps, pe));
        let mut s = passage.0.clamp(ps, pe).min(hit.0);
        let mut e = passage.1.clamp(ps, pe).max(hit.1);
        // Trim whitespace, never past the hit.
        while s < hit.0 && self.text.as_bytes()[s].is_ascii_whitespace() {
            s += 1;
        }
        while e > hit.1 && self.text.as_bytes()[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        if e - s > MAX_PASSAGE {
            let room = MAX_PASSAGE.saturating_sub(hit.1 - hit.0) / 2;
            s = s.max(hit.0.saturating_sub(room));
            e = e.min(hit.1 + room).max(hit.1);
            s = floor_char(&self.text, s);
            e = ceil_char(&self.text, e);
        }
        Evidence {
            page: idx as u32 + 1,
            rule: rule.to_string(),
            text: self.text[s..e].to_string(),
            span: (s - ps, e - ps),
            highlight: (hit.0 - s, hit.1 - s),
        }
    }

    /// Evidence whose passage is the line holding the hit.
    pub(crate) fn line_evidence(&self, rule: &str, hit: (usize, usize)) -> Evidence {
        let s = self.text[..hit.0].rfind('\n').map_or(0, |i| i + 1);
        let e = self.text[hit.1..]
            .find('\n')
            .map_or(self.text.len(), |i| hit.1 + i);
        self.evidence(rule, (s, e), hit)
    }
}

pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Lines of `text[range]` as byte ranges into `text` (without the `'\n'`).
pub(crate) fn lines(
    text: &str,
    range: (usize, usize),
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let (start, end) = range;
    let mut pos = start;
    std::iter::from_fn(move || {
        if pos > end || (pos == end && pos != start) {
            return None;
        }
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[pos..end]).map_or(end, |i| pos + i);
        let line = (pos, line_end);
        pos = line_end + 1;
        Some(line)
    })
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "jf", "bl.a", "pkt", "nr", "stk", "kl", "f.eks", "d", "ca", "mv", "m.v", "mm", "m.m", "evt",
    "vedr", "iht", "pga", "inkl", "ekskl", "dvs", "el", "ang", "tlf", "sags", "sagsnr", "jr",
    "j.nr", "mio", "mia", "kr", "pct", "ift", "o.l", "s", "hhv", "bl", "f", "a", "b", "c",
];

/// Sentences of `text[range]` as byte ranges into `text`.
///
/// A sentence ends at `.`, `!` or `?` followed by whitespace and a capital, digit or bullet
/// (not after a known abbreviation, so "jf. Bilag 1" and "kl. 17.00" stay whole), at a blank
/// line, and before a line that starts with a bullet. Line breaks inside a sentence are kept:
/// PDF lines break mid-sentence, and the rules match across them.
pub(crate) fn sentences(text: &str, range: (usize, usize)) -> Vec<(usize, usize)> {
    let (start, end) = range;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut s = start;
    let mut i = start;
    let push = |out: &mut Vec<(usize, usize)>, a: usize, b: usize| {
        let seg = &text[a..b];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if a + lead < b - trail {
            out.push((a + lead, b - trail));
        }
    };
    while i < end {
        let b = bytes[i];
        if b == b'\n' {
            // Blank line or a bullet line starts a new sentence.
            let rest = &text[i + 1..end];
            let trimmed = rest.trim_start_matches([' ', '\t']);
            let blank = trimmed.starts_with('\n');
            let bullet = trimmed.starts_with(['•', '-', '–', '*', '·', '▪', '◦', '●'])
                || trimmed.starts_with("o ")
                || enumerated(trimmed);
            // "Fraværende: …", "For stemte: A, V (20)", "Imod stemte: …": a labelled line is a
            // statement of its own, whatever follows or precedes it.
            let line_start = text[..i].rfind('\n').map_or(start, |p| (p + 1).max(start));
            let labelled = label_line(trimmed) || label_line(&text[line_start..i]);
            if blank || bullet || labelled {
                push(&mut out, s, i);
                s = i + 1;
            }
        } else if matches!(b, b'.' | b'!' | b'?') {
            let after = &text[i + 1..end];
            let next = after.trim_start();
            let ws = after.len() - next.len();
            let next_char = next.chars().next();
            let boundary = ws > 0
                && next_char.is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || "•-–\"»(".contains(c)
                });
            if (boundary || next_char.is_none()) && !(b == b'.' && after_abbreviation(text, s, i)) {
                push(&mut out, s, i + 1);
                s = i + 1;
            }
        }
        i += 1;
    }
    push(&mut out, s, end);
    out
}

/// A line that opens with a short label and a colon ("Fraværende: …", "For stemte: …",
/// "Undlod at stemme: …"): a capital first, at most four words before the colon, no full stop.
fn label_line(line: &str) -> bool {
    let t = line.trim_start();
    if !t.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let Some(colon) = t
        .char_indices()
        .take_while(|&(i, _)| i < 40)
        .find(|&(_, c)| c == ':')
        .map(|(i, _)| i)
    else {
        return false;
    };
    let label = &t[..colon];
    // "kl. 17:00" is a time, not a label.
    !label.contains('.')
        && !label.contains(|c: char| c.is_ascii_digit())
        && label.split_whitespace().count() <= 4
}

/// "1) …", "12) …", "a) …": an enumerated bullet.
fn enumerated(line: &str) -> bool {
    let b = line.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    match digits {
        0 => b.len() >= 2 && b[0].is_ascii_lowercase() && b[1] == b')',
        1 | 2 => b.get(digits) == Some(&b')'),
        _ => false,
    }
}

fn after_abbreviation(text: &str, floor: usize, dot: usize) -> bool {
    let before = &text[floor..dot];
    // Whitespace may be multi-byte (a no-break space), so step over the char found.
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // "15." before a month or number is a date or an ordinal, but "… 20 imod." ends one:
    // only a short number followed by a lower-case word is an ordinal, and that does not
    // reach here (a lower-case next word is never a boundary).
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// The number of a line that is only a number ("7", "7."), as an item's number stands in a
/// margin column of its own.
pub(crate) fn bare_number(line: &str) -> Option<u32> {
    let t = line.trim();
    let t = t.strip_suffix('.').unwrap_or(t);
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Whether line `j` of a page, read as furniture, is a bare number ("8") right before a
/// line the source sets as a heading: an item's number in a margin column of its own, which
/// at the top of a page sits in the band of running headers and is set small like them. A
/// page number stands alone.
fn numbers_heading(lines: &[&str], roles: &[Role], j: usize) -> bool {
    if bare_number(lines[j]).is_none() {
        return false;
    }
    (j + 1..lines.len())
        .find(|&k| !lines[k].trim().is_empty())
        .is_some_and(|k| matches!(roles.get(k), Some(Role::Heading(_))))
}

/// The lines of `text` that hold the given offsets (ascending, at or after `from`), each
/// once, as `(start, end)`; a line starts no earlier than `from`.
pub(crate) fn lines_holding(
    text: &str,
    from: usize,
    offsets: impl IntoIterator<Item = usize>,
) -> impl Iterator<Item = (usize, usize)> {
    let bytes = text.as_bytes();
    let mut done = 0;
    offsets.into_iter().filter_map(move |at| {
        if at < done {
            return None;
        }
        let s = memchr::memrchr(b'\n', &bytes[from..at]).map_or(from, |i| from + i + 1);
        let e = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        done = e + 1;
        Some((s, e))
    })
}

/// Where any of a few literal words start in ASCII-lower-cased text ([`Doc::ascii_lower`]):
/// aho-corasick's packed (Teddy, SIMD) searcher where the CPU has it, else its automaton.
/// (The automaton's own prefilter picks one "rare" byte that is common in Danish, and was the
/// largest cost of `analyse` when lines were searched one by one.)
pub(crate) enum WordStarts {
    Packed(aho_corasick::packed::Searcher),
    Automaton(aho_corasick::AhoCorasick),
}

impl WordStarts {
    pub(crate) fn new(words: &[&str]) -> WordStarts {
        use aho_corasick::{AhoCorasick, MatchKind, packed};
        let packed = packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostFirst)
            .builder()
            .extend(words)
            .build();
        match packed {
            Some(p) => WordStarts::Packed(p),
            None => WordStarts::Automaton(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostFirst)
                    .build(words)
                    .expect("literal words"),
            ),
        }
    }

    /// The offsets where a word starts, in order.
    pub(crate) fn find(&self, lower: &[u8]) -> Vec<usize> {
        match self {
            WordStarts::Packed(p) => p.find_iter(lower).map(|m| m.start()).collect(),
            WordStarts::Automaton(a) => a.find_iter(lower).map(|m| m.start()).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        sentences(t, (0, t.len()))
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn sentences_split_on_stops_bullets_and_blank_lines() {
        let t = "Godkendt. Punktet blev\nbehandlet jf. Bilag 1 kl. 17.00 den 15. december.\n\nNy sætning\n- at der udarbejdes\n- at der ikke";
        assert_eq!(
            sents(t),
            vec![
                "Godkendt.",
                "Punktet blev\nbehandlet jf. Bilag 1 kl. 17.00 den 15. december.",
                "Ny sætning",
                "- at der udarbejdes",
                "- at der ikke"
            ]
        );
    }

    #[test]
    fn labelled_lines_are_statements_of_their_own() {
        let t = "Afgørelse\nFraværende: Rasmus Larsen (F)\nFor stemte: A, I, F og V (20)\nImod stemte: D (5)\nIndstillingen er godkendt.\nMødet hævet kl. 19:30 på rådhuset.";
        assert_eq!(
            sents(t),
            vec![
                "Afgørelse",
                "Fraværende: Rasmus Larsen (F)",
                "For stemte: A, I, F og V (20)",
                "Imod stemte: D (5)",
                "Indstillingen er godkendt.",
                "Mødet hævet kl. 19:30 på rådhuset."
            ]
        );
        // Multi-byte letters near the 40th byte do not split a character.
        assert!(!label_line(
            "Ældre- og Sundhedsudvalgets bemærkninger æøå: x"
        ));
    }

    #[test]
    fn evidence_is_clipped_to_the_page_of_the_hit() {
        let doc = Doc::new(&["Første side slutter", "midt i sætningen. Anden."]);
        let hit_start = doc.text.find("midt").unwrap();
        let ev = doc.evidence("x", (0, doc.text.len()), (hit_start, hit_start + 4));
        assert_eq!(ev.page, 2);
        assert_eq!(ev.text, "midt i sætningen. Anden.");
        assert_eq!(ev.span, (0, ev.text.len()));
        assert_eq!(&ev.text[ev.highlight.0..ev.highlight.1], "midt");
    }

    #[test]
    fn long_passages_are_cut_around_the_hit() {
        let long = format!("{} handlingsplan {}", "æøå ".repeat(200), "x".repeat(500));
        let doc = Doc::new(&[&long]);
        let h = doc.text.find("handlingsplan").unwrap();
        let ev = doc.evidence("x", (0, doc.text.len()), (h, h + 13));
        assert!(ev.text.len() <= 404, "{}", ev.text.len());
        assert_eq!(&ev.text[ev.highlight.0..ev.highlight.1], "handlingsplan");
        assert_eq!(&long[ev.span.0..ev.span.1], ev.text);
    }
}
