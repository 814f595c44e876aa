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

/// Normalises the raw text of every page of one document and removes running
/// headers and footers. The output has one entry per input page.
pub fn normalise_document(raw_pages: &[String]) -> Vec<String> {
    let mut pages: Vec<Vec<String>> = raw_pages.iter().map(|p| split_lines(p)).collect();
    // Headers and footers go before words are re-joined, so that a footer
    // never ends up glued to a hyphenated word above it.
    strip_running_lines(&mut pages);
    for lines in &mut pages {
        lines.retain(|l| l != REMOVED);
        join_hyphenated(lines);
    }
    join_across_pages(&mut pages);
    pages
        .into_iter()
        .map(|mut lines| {
            tidy_blank_lines(&mut lines);
            lines.join("\n")
        })
        .collect()
}

/// Marks a line taken out as a running header or footer. Control characters
/// never survive [`clean_chars`], so this cannot be text.
const REMOVED: &str = "\u{0}";

/// Normalises the text of one page on its own (no header/footer removal).
pub fn normalise_page(raw: &str) -> String {
    let mut lines = normalise_lines(raw);
    tidy_blank_lines(&mut lines);
    lines.join("\n")
}

fn normalise_lines(raw: &str) -> Vec<String> {
    let mut lines = split_lines(raw);
    join_hyphenated(&mut lines);
    lines
}

fn split_lines(raw: &str) -> Vec<String> {
    clean_chars(raw).split('\n').map(collapse_spaces).collect()
}

/// Character-level clean-up, then NFC.
fn clean_chars(raw: &str) -> String {
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
                if matches!(look.peek(), Some('\n' | '\r')) {
                    out.push('-');
                }
            }
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    if out.is_ascii() {
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
fn join_hyphenated(lines: &mut Vec<String>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        if lines[i].ends_with('-')
            && !lines[i + 1].is_empty()
            && join_pair(lines, i, i + 1)
            && lines[i + 1].is_empty()
        {
            // The whole next line moved up; do not leave a blank line that
            // would read as a paragraph break.
            lines.remove(i + 1);
        }
        i += 1;
    }
}

/// Joins the first word of `lines[j]` onto `lines[i]` if they belong together.
/// Returns true if they were joined.
fn join_pair(lines: &mut [String], i: usize, j: usize) -> bool {
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
    lines[j] = if joined { rest.to_string() } else { next };
    joined
}

/// Removes blank lines at both ends and collapses inner runs to one.
fn tidy_blank_lines(lines: &mut Vec<String>) {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines.drain(..) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    *lines = out;
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
    for (page_index, lines) in pages.iter().enumerate() {
        for (map, from_top) in [(&mut top, true), (&mut bottom, false)] {
            let mut seen: Vec<String> = edge_indices(lines, from_top)
                .into_iter()
                .filter(|&i| lines[i].chars().count() <= 160)
                .map(|i| line_key(&lines[i], page_index + 1))
                .collect();
            seen.sort();
            seen.dedup();
            for k in seen {
                *map.entry(k).or_default() += 1;
            }
        }
    }
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
            if !frequent(&top, &lines[i], page_index + 1) {
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
fn join_across_pages(pages: &mut [Vec<String>]) {
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
        join_pair(&mut pair, 0, 1);
        let [a, b] = pair;
        head[p][last] = a;
        tail[0][first] = b;
    }
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
