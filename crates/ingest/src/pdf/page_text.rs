//! One page's glyphs to text lines, and what their fonts and positions say
//! about each line. Both readers (the fast path and pdf-extract) feed their
//! glyphs through [`PageText`], so their text follows the same rules.

use std::collections::HashMap;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use crate::{RawLine, RawPage};

/// A gap wider than this many ems between two runs on one line separates
/// columns (a label cell and its value, a tab stop), not words.
const COLUMN_GAP_EMS: f64 = 2.5;

/// Collects one page's text from a glyph stream.
///
/// The rules are those of pdf-extract's `PlainTextOutput` (a line break where
/// the baseline moves by more than half the font size and the pen moves left,
/// a blank line where it moves by more than one and a half; a space where a
/// text run starts more than a tenth of an em after the last glyph ended), plus
/// one it lacks: a text run that starts well *before* the last glyph ended on
/// the same line is a new word too. Table cells set too close together
/// overlap like that, and were glued into one word ("budgetForventet") where
/// pdftotext and a reader see two.
///
/// Alongside the text it keeps, per line, the baseline, the left edge, the
/// glyph sizes, how much of it is bold and where its first wide gap is;
/// [`PageText::finish`] turns that into a [`RawLine`] per line.
#[derive(Default)]
pub(super) struct PageText {
    pub(super) text: String,
    /// Page height, to turn PDF's bottom-up y into a top-down one.
    pub(super) height: f64,
    last_end: f64,
    last_y: f64,
    /// Where the last visible glyph starts.
    last_start: f64,
    /// True between `begin_word` (a new text-showing run) and its first glyph.
    pub(super) run_start: bool,
    /// Whether the glyphs shown now are bold (the fast path knows the font;
    /// pdf-extract does not say, so its pages have no bold).
    pub(super) bold: bool,
    /// Glyphs drawn, as the content stream counts them (codes shown), for
    /// the check that a page's text is not much less than what it draws.
    pub(super) drawn: usize,
    /// One per `\n`-separated line of `text` written so far.
    lines: Vec<LineGeom>,
    /// A spacing accent waiting for the letter it may sit over.
    accent: Option<Accent>,
    /// The byte offset of a space written before a lone hyphen close after
    /// the last letter; taken out again if the hyphen ends the line.
    hyphen_space: Option<usize>,
}

/// A spacing accent glyph (˚ ¨ ´ …) as drawn: TeX's OT1 fonts have no å and
/// draw a ring over an a instead.
#[derive(Debug, Clone, Copy)]
struct Accent {
    combining: char,
    spacing: char,
    x: f64,
    y: f64,
    size: f64,
    advance: f64,
}

/// What is known about one line of a page's text.
#[derive(Debug, Clone, Default)]
struct LineGeom {
    /// Byte offset in the page text where the line starts.
    start: usize,
    /// Baseline (top-down) and left edge of the first visible glyph.
    y: f64,
    x0: f64,
    /// Visible (non-space) characters, their summed glyph size, and how many
    /// are bold.
    chars: u32,
    size_sum: f64,
    bold: u32,
    /// Gaps of more than [`COLUMN_GAP_EMS`] between runs, and the byte offset
    /// (in the line) of the run after the first.
    gaps: u16,
    gap_at: usize,
    /// The spaces the gap rule wrote in the line: their byte offset in the
    /// line and the gap, in ems, that made them (for [`join_letter_spaced`]).
    spaces: Vec<(u32, f32)>,
    /// The baseline step down to this line, in ems of the glyph after it,
    /// and that glyph's size.
    step: f64,
    step_size: f64,
    /// An empty line started as a paragraph break (the baseline moved more
    /// than 1.5 ems); kept only if the step is also well over the usual line
    /// pitch ([`PageText::finish`]).
    paragraph: bool,
}

/// The combining mark of a spacing accent.
fn combining(c: char) -> Option<char> {
    Some(match c {
        '\u{2da}' => '\u{30a}', // ring
        '\u{a8}' => '\u{308}',  // dieresis
        '\u{b4}' => '\u{301}',  // acute
        '`' => '\u{300}',       // grave
        '\u{2c6}' => '\u{302}', // circumflex
        '\u{2dc}' => '\u{303}', // tilde
        '\u{b8}' => '\u{327}',  // cedilla
        '\u{2c7}' => '\u{30c}', // caron
        '\u{af}' => '\u{304}',  // macron
        '\u{2d8}' => '\u{306}', // breve
        '\u{2d9}' => '\u{307}', // dot above
        '\u{2dd}' => '\u{30b}', // double acute
        '\u{2db}' => '\u{328}', // ogonek
        _ => return None,
    })
}

impl PageText {
    /// A page `height` units high.
    pub(super) fn new(height: f64) -> PageText {
        PageText {
            height,
            ..PageText::default()
        }
    }

    /// Starts a new line, `step` ems of `size` below the last (0 where the
    /// step is not a line step).
    fn newline(&mut self, step: f64, size: f64, paragraph: bool) {
        if let Some(at) = self.hyphen_space.take() {
            if self.text.ends_with(['-', '\u{2010}', '\u{ad}']) && at < self.text.len() {
                self.text.remove(at);
            }
        }
        self.text.push('\n');
        self.lines.push(LineGeom {
            start: self.text.len(),
            step,
            step_size: size,
            paragraph,
            ..LineGeom::default()
        });
    }

    fn space(&mut self) {
        if !self.text.ends_with([' ', '\n']) && !self.text.is_empty() {
            self.text.push(' ');
        }
    }

    /// Adds one glyph: `ch` (possibly empty) at `x`, `y` (top-down page
    /// space), `size` high (the vertical size: horizontal scaling, `Tz`,
    /// does not make a glyph smaller for the line tests), advancing the pen
    /// by `advance` (without character or word spacing).
    ///
    /// Spaces come from the geometry, as poppler decides word breaks
    /// (`TextPage::addChar`): a gap of more than a tenth of an em between a
    /// glyph's end and the next one's start is a word break, whatever made
    /// it (a space glyph's own width, `Tw`, `Tc`, a `TJ` offset, a new text
    /// run); an overlap of more than half an em is one too. A space glyph
    /// is not text of its own, only the room it takes: Chromium draws a
    /// soft hyphen inside a word as a space glyph with no advance, which
    /// reads as no space.
    pub(super) fn glyph(&mut self, x: f64, y: f64, size: f64, advance: f64, ch: &str) {
        let mut chars = ch.chars();
        let single = match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        };
        if let Some(spacing) = single {
            if let Some(comb) = combining(spacing) {
                self.flush_accent();
                // Drawn after its letter, over it.
                let mid = x + advance / 2.0;
                let same_line = (y - self.last_y).abs() <= size * 0.5;
                if same_line
                    && mid > self.last_start
                    && mid < self.last_end
                    && self
                        .text
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphabetic)
                {
                    self.text.push(comb);
                    return;
                }
                self.accent = Some(Accent {
                    combining: comb,
                    spacing,
                    x,
                    y,
                    size,
                    advance,
                });
                return;
            }
        }
        if let Some(a) = self.accent.take() {
            let mid = a.x + a.advance / 2.0;
            let over = single.is_some_and(char::is_alphabetic)
                && (y - a.y).abs() <= size
                && mid >= x - 0.1 * size
                && mid <= x + advance + 0.1 * size;
            if over {
                self.put(x, y, size, advance, ch);
                self.text.push(a.combining);
                return;
            }
            let mut buf = [0u8; 4];
            self.put(a.x, a.y, a.size, a.advance, a.spacing.encode_utf8(&mut buf));
        }
        self.put(x, y, size, advance, ch);
    }

    /// A glyph drawn at `x`, `y` whose text was already written for it (by an
    /// `/ActualText` span): the pen is past it, nothing is written.
    pub(super) fn covered(&mut self, x: f64, y: f64, advance: f64) {
        if (y - self.last_y).abs() <= 1.0 && x + advance > self.last_end {
            self.last_end = x + advance;
        }
        self.run_start = false;
    }

    /// Writes an accent that found no letter under it as it is.
    fn flush_accent(&mut self) {
        if let Some(a) = self.accent.take() {
            let mut buf = [0u8; 4];
            self.put(a.x, a.y, a.size, a.advance, a.spacing.encode_utf8(&mut buf));
        }
    }

    fn put(&mut self, x: f64, y: f64, size: f64, advance: f64, ch: &str) {
        if self.lines.is_empty() {
            self.lines.push(LineGeom::default());
        }
        if !ch.is_empty() && ch.chars().all(|c| c == ' ' || c == '\u{a0}') {
            return;
        }
        if !self.text.is_empty() {
            let dy = (y - self.last_y).abs();
            if self.run_start && dy > size * 0.5 {
                // One step per break: on the blank line of a paragraph, else
                // on the new line.
                let step = dy / size;
                let paragraph = dy > size * 1.5;
                if paragraph {
                    self.newline(step, size, true);
                }
                // Up and to the right is the top of the next cell of a table row (or the
                // next column of a page): a line of its own, not words of the last one.
                let up = y < self.last_y;
                if x < self.last_end || (up && !paragraph) {
                    self.newline(if paragraph { 0.0 } else { step }, size, false);
                } else if dy <= size * 1.5 {
                    // Down and to the right: the next cell of a table row
                    // whose header wrapped ("Budget-/regnskab" | "Afvigelse").
                    self.space();
                }
            } else if dy <= size * 0.5 {
                let gap = x - self.last_end;
                if gap > size * 0.1 || gap < -size * 0.5 {
                    let before = self.text.len();
                    self.space();
                    if self.text.len() > before && gap > 0.0 {
                        let line = self.lines.last_mut().expect("a line");
                        line.spaces
                            .push(((before - line.start) as u32, (gap / size) as f32));
                    }
                    // Narrower than any font's space (Calibri's is 0.226 em).
                    if self.text.len() > before
                        && gap < size * 0.2
                        && matches!(ch, "-" | "\u{2010}" | "\u{ad}")
                    {
                        self.hyphen_space = Some(before);
                    }
                }
                let line = self.lines.last_mut().expect("a line");
                if gap > size * COLUMN_GAP_EMS && line.chars > 0 {
                    if line.gaps == 0 {
                        line.gap_at = self.text.len() - line.start;
                    }
                    line.gaps = line.gaps.saturating_add(1);
                }
            }
        }
        if !matches!(ch, "-" | "\u{2010}" | "\u{ad}" | "") {
            self.hyphen_space = None;
        }
        self.text.push_str(ch);
        let visible = ch.chars().filter(|c| !c.is_whitespace()).count() as u32;
        if visible > 0 {
            let line = self.lines.last_mut().expect("a line");
            if line.chars == 0 {
                line.x0 = x;
                line.y = y;
            }
            line.chars += visible;
            line.size_sum += size * f64::from(visible);
            if self.bold {
                line.bold += visible;
            }
            self.last_start = x;
        }
        self.run_start = false;
        self.last_y = y;
        self.last_end = x + advance;
    }

    /// The page's text, and a [`RawLine`] per line where the lines are known
    /// (a glyph whose text holds a line break of its own puts them out of
    /// step; the page then has none).
    ///
    /// How lines are marked, against the page's body text (the glyph size
    /// most of its characters have) and its left margin (the left edge most
    /// lines start at):
    ///
    /// - **Furniture**: a line in the top or bottom 8 % of the page, set
    ///   smaller than the body text (at most 0.9 of it): a browser's print
    ///   stamp, a footer, a running header in the margin.
    /// - **Heading**: a short line (at most 100 characters and 14 words, not
    ///   ending in "," or ";") set larger than the body text: level 1 from
    ///   1.6 times its size, 2 from 1.3, 3 from 1.12. A short line that is
    ///   all bold at body size or more, not ending in ".", not a "Label:
    ///   value" line, is level 3, unless half the page is bold.
    /// - **Label**: a line with exactly one gap wider than 2.5 ems (a
    ///   two-column table row, a tab stop), whose part before the gap is one
    ///   to four words and at most 40 bytes: "Mødedato        15.12.2022".
    /// - **ListItem**: a line starting "at " indented from the margin by
    ///   more than 0.8 em (the recommendation's "at"-clauses). Bullets are
    ///   found by their text, for every reader alike (`normalise`).
    pub(super) fn finish(mut self) -> RawPage {
        self.flush_accent();
        let PageText {
            text,
            height,
            lines,
            drawn,
            ..
        } = self;
        let n = text.bytes().filter(|&b| b == b'\n').count() + 1;
        if text.is_empty() || lines.len() != n {
            return RawPage {
                text,
                lines: Vec::new(),
                drawn,
                image: false,
            };
        }
        let (text, lines) = join_letter_spaced(text, lines);
        let (text, lines) = drop_false_paragraphs(text, lines);
        let n = lines.len();
        let mut sizes: HashMap<i64, u32> = HashMap::new();
        let mut margins: HashMap<i64, u32> = HashMap::new();
        let (mut chars, mut bold) = (0u32, 0u32);
        for l in lines.iter().filter(|l| l.chars > 0) {
            let mean = l.size_sum / f64::from(l.chars);
            *sizes.entry((mean * 4.0).round() as i64).or_default() += l.chars;
            *margins.entry(l.x0.round() as i64).or_default() += 1;
            chars += l.chars;
            bold += l.bold;
        }
        let mode = |m: &HashMap<i64, u32>| {
            m.iter()
                .max_by_key(|&(k, c)| (*c, std::cmp::Reverse(*k)))
                .map(|(k, _)| *k)
        };
        let (Some(body), Some(margin)) = (mode(&sizes), mode(&margins)) else {
            return RawPage {
                text,
                lines: vec![RawLine::Body; n],
                drawn,
                image: false,
            };
        };
        let body = body as f64 / 4.0;
        let margin = margin as f64;
        let bold_page = bold * 2 >= chars;
        let mut out = Vec::with_capacity(n);
        for (i, l) in lines.iter().enumerate() {
            let (_, end) = line_span(&lines, i, text.len());
            let line = &text[l.start..end];
            out.push(if l.chars == 0 || body <= 0.0 {
                RawLine::Body
            } else {
                classify(l, line, body, margin, height, bold_page)
            });
        }
        mark_cells(&lines, &mut out, body);
        RawPage {
            text,
            lines: out,
            drawn,
            image: false,
        }
    }
}

/// Where line `i` stands in a page text of `len` bytes: from its start to the `\n` before
/// the next line (or the end).
fn line_span(lines: &[LineGeom], i: usize, len: usize) -> (usize, usize) {
    let end = lines.get(i + 1).map_or(len, |next| next.start - 1);
    (lines[i].start, end)
}

/// Whether a line's words are mostly single letters ("A N S Ø G N I N G O M"), and so
/// letter-spaced: each letter set apart by the same extra room (CSS `letter-spacing`,
/// Word's "Spredt" character spacing, spaced small capitals in a title).
/// A leader of dots in a table of contents ("Budget 2023 . . . . . . 4") is not letters:
/// single signs that are not letters or digits are left out of the count.
fn letter_spaced(line: &str) -> bool {
    let (mut words, mut single) = (0u32, 0u32);
    for w in line.split(' ').filter(|w| !w.is_empty()) {
        let mut chars = w.chars();
        let first = chars.next().expect("a word is not empty");
        let one = chars.next().is_none();
        if one && !first.is_alphanumeric() {
            continue;
        }
        words += 1;
        single += u32::from(one);
    }
    single >= 6 && single * 4 >= words * 3
}

/// Joins the letters of letter-spaced lines back into words.
///
/// The gap rule writes a space wherever a glyph starts more than a tenth of an em after
/// the last one ended, as poppler does; in letter-spaced text every letter is that far from
/// the next, and a title came out as "A N S Ø G N I N G O M O R L O V" (pdftotext fares
/// little better). The room between letters is the same throughout the line, and between
/// words it is that room plus a space's width (a fifth of an em or more). So in a line
/// that is mostly single letters, the usual gap is learnt from the line (its median), and
/// only a gap clearly wider than it, by more than 0.12 em, stays a space. Gaps of an em
/// or more (table cells, tab stops) are not letter spacing and are never taken out.
fn join_letter_spaced(text: String, lines: Vec<LineGeom>) -> (String, Vec<LineGeom>) {
    let spaced: Vec<bool> = (0..lines.len())
        .map(|i| {
            let (a, b) = line_span(&lines, i, text.len());
            lines[i].spaces.len() >= 5 && letter_spaced(&text[a..b])
        })
        .collect();
    if !spaced.contains(&true) {
        return (text, lines);
    }
    let mut out = String::with_capacity(text.len());
    let mut kept = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let (a, b) = line_span(&lines, i, text.len());
        if i > 0 {
            out.push('\n');
        }
        let mut l = l.clone();
        l.start = out.len();
        let line = &text[a..b];
        if !spaced[i] {
            out.push_str(line);
            kept.push(l);
            continue;
        }
        let mut gaps: Vec<f32> = l.spaces.iter().map(|s| s.1).filter(|&g| g < 1.0).collect();
        gaps.sort_by(f32::total_cmp);
        let usual = gaps.get(gaps.len() / 2).copied().unwrap_or(0.0);
        let drop: Vec<usize> = l
            .spaces
            .iter()
            .filter(|s| s.1 < 1.0 && s.1 <= usual + 0.12)
            .map(|s| s.0 as usize)
            .collect();
        let mut removed_before_gap = 0;
        let mut from = 0;
        for &at in &drop {
            if at < from || at >= line.len() || line.as_bytes()[at] != b' ' {
                continue;
            }
            out.push_str(&line[from..at]);
            from = at + 1;
            if at < l.gap_at {
                removed_before_gap += 1;
            }
        }
        out.push_str(&line[from..]);
        l.gap_at = l.gap_at.saturating_sub(removed_before_gap);
        l.spaces.clear();
        kept.push(l);
    }
    (out, kept)
}

/// Takes out the blank lines started as paragraph breaks whose baseline step
/// is not well over the usual line pitch of text that size on the page.
///
/// A step of more than 1.5 ems starts a paragraph (pdf-extract's rule); but
/// with Word's and LibreOffice's "1,5 linjer", Prawn's leading or an OCR
/// layer every line is that far from the last, and every line became a
/// paragraph. So the pitch is learnt from the page: the most common step
/// between lines set in one size (paragraph breaks included: most breaks
/// are within paragraphs), and a paragraph needs a step of more than 1.25
/// times that as well.
fn drop_false_paragraphs(text: String, lines: Vec<LineGeom>) -> (String, Vec<LineGeom>) {
    if !lines.iter().any(|l| l.paragraph) {
        return (text, lines);
    }
    let key = |size: f64| (size * 2.0).round() as i64;
    let mut steps: HashMap<(i64, i64), u32> = HashMap::new();
    for l in &lines {
        if l.step > 0.5 && l.step <= 2.6 {
            *steps
                .entry((key(l.step_size), (l.step * 20.0).round() as i64))
                .or_default() += 1;
        }
    }
    let mut pitch: HashMap<i64, (u32, i64)> = HashMap::new();
    for (&(size, step), &count) in &steps {
        let best = pitch.entry(size).or_insert((0, 0));
        if (count, std::cmp::Reverse(step)) > (best.0, std::cmp::Reverse(best.1)) {
            *best = (count, step);
        }
    }
    // A line that starts a paragraph to the right of where the last ended (a list
    // item indented under a short heading) holds its own text, not a blank: it stays.
    let keep = |l: &LineGeom| {
        !l.paragraph
            || l.chars > 0
            || pitch
                .get(&key(l.step_size))
                .is_none_or(|&(_, p)| l.step > p as f64 / 20.0 * 1.25)
    };
    if lines.iter().all(keep) {
        return (text, lines);
    }
    let mut out = String::with_capacity(text.len());
    let mut kept = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let (_, end) = line_span(&lines, i, text.len());
        if !keep(l) {
            continue;
        }
        if !kept.is_empty() {
            out.push('\n');
        }
        let mut l = l.clone();
        let line = &text[l.start..end];
        l.start = out.len();
        out.push_str(line);
        kept.push(l);
    }
    (out, kept)
}

/// Marks where a table row's next cell starts, as producers draw a row cell by cell
/// (LibreOffice, Chromium): the text moves *up* and well to the right, to the top of the
/// next column, and the lines after it go down that column. Moving back left past the
/// column starts the row's first cell again (the next row). A running text never moves up
/// within a page, except into the next column of a page set in columns, which is marked the
/// same way and left for the reader of the text to tell from a table (only a header row
/// naming the columns makes the cells sections). Lines already known as headings, labels or
/// furniture keep what they are; the count of columns goes on through them.
fn mark_cells(lines: &[LineGeom], out: &mut [RawLine], body: f64) {
    if body <= 0.0 {
        return;
    }
    let mut prev: Option<&LineGeom> = None;
    let mut column: u8 = 0;
    for (l, kind) in lines.iter().zip(out.iter_mut()) {
        if l.chars == 0 {
            continue;
        }
        if let Some(p) = prev {
            let size = p.size_sum / f64::from(p.chars.max(1));
            let up = l.y < p.y - 0.5 * size;
            if up && l.x0 > p.x0 + 2.0 * body {
                column = column.saturating_add(1);
                if matches!(kind, RawLine::Body | RawLine::ListItem) {
                    *kind = RawLine::Cell(column);
                }
            } else if l.x0 < p.x0 - 2.0 * body {
                column = 0;
            }
        }
        prev = Some(l);
    }
}

/// See [`PageText::finish`].
#[allow(clippy::too_many_arguments)]
fn classify(
    l: &LineGeom,
    line: &str,
    body: f64,
    margin: f64,
    height: f64,
    bold_page: bool,
) -> RawLine {
    let ratio = l.size_sum / f64::from(l.chars) / body;
    let in_band = height > 0.0 && (l.y < height * 0.08 || l.y > height * 0.92);
    if in_band && ratio <= 0.9 {
        return RawLine::Furniture;
    }
    let trimmed = line.trim();
    let words = trimmed.split_whitespace().count();
    let short = l.chars <= 100 && words <= 14;
    if short && ratio >= 1.12 && !trimmed.ends_with([',', ';']) {
        let level = if ratio >= 1.6 {
            1
        } else if ratio >= 1.3 {
            2
        } else {
            3
        };
        return RawLine::Heading(level);
    }
    if short
        && !bold_page
        && ratio >= 0.95
        && l.bold * 10 >= l.chars * 9
        && !trimmed.ends_with(['.', ',', ';'])
        && crate::normalise::label_value_start(trimmed).is_none()
    {
        return RawLine::Heading(3);
    }
    if l.gaps == 1 && line.is_char_boundary(l.gap_at.min(line.len())) {
        let (label, value) = line.split_at(l.gap_at.min(line.len()));
        let label_words = label.split_whitespace().count();
        // A table of contents' page number is not a value.
        let value = value.trim();
        let page_number = value.len() <= 4 && value.bytes().all(|b| b.is_ascii_digit());
        if (1..=4).contains(&label_words)
            && label.trim().len() <= 40
            && !value.is_empty()
            && !page_number
        {
            return RawLine::Label {
                value_word: label_words as u32,
            };
        }
    }
    if trimmed.starts_with("at ") && l.x0 > margin + 0.8 * body {
        return RawLine::ListItem;
    }
    RawLine::Body
}

impl OutputDev for PageText {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        ch: &str,
    ) -> Result<(), OutputError> {
        // Position in a top-down page space, and the font size as rendered.
        let x = trm.m31;
        let y = self.height - trm.m32;
        let sx = (trm.m11 * trm.m11 + trm.m12 * trm.m12).sqrt() * font_size;
        let sy = (trm.m21 * trm.m21 + trm.m22 * trm.m22).sqrt() * font_size;
        let mut size = sy;
        if !size.is_finite() || size <= 0.0 {
            size = font_size.abs().max(1.0);
        }
        self.drawn += 1;
        self.glyph(x, y, size, width * sx, ch);
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.run_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
