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
    /// True between `begin_word` (a new text-showing run) and its first glyph.
    pub(super) run_start: bool,
    /// Whether the glyphs shown now are bold (the fast path knows the font;
    /// pdf-extract does not say, so its pages have no bold).
    pub(super) bold: bool,
    /// One per `\n`-separated line of `text` written so far.
    lines: Vec<LineGeom>,
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
    /// (in the page text) of the run after the first.
    gaps: u16,
    gap_at: usize,
}

impl PageText {
    /// A page `height` units high.
    pub(super) fn new(height: f64) -> PageText {
        PageText {
            height,
            ..PageText::default()
        }
    }

    fn newline(&mut self) {
        self.text.push('\n');
        self.lines.push(LineGeom {
            start: self.text.len(),
            ..LineGeom::default()
        });
    }

    /// Adds one glyph: `ch` (possibly empty) at `x`, `y` (top-down page
    /// space), rendered at `size`, `width` ems wide.
    pub(super) fn glyph(&mut self, x: f64, y: f64, size: f64, width: f64, ch: &str) {
        if self.lines.is_empty() {
            self.lines.push(LineGeom::default());
        }
        if !self.text.is_empty() && self.run_start {
            let dy = (y - self.last_y).abs();
            if dy > size * 1.5 {
                self.newline();
            }
            if x < self.last_end && dy > size * 0.5 {
                self.newline();
            } else if dy <= size * 0.5 {
                if (x > self.last_end + size * 0.1 || x < self.last_end - size * 0.5)
                    && !self.text.ends_with([' ', '\n'])
                    && !ch.starts_with(' ')
                {
                    self.text.push(' ');
                }
                let at = self.text.len();
                let line = self.lines.last_mut().expect("a line");
                if x > self.last_end + size * COLUMN_GAP_EMS && line.chars > 0 {
                    if line.gaps == 0 {
                        line.gap_at = at;
                    }
                    line.gaps = line.gaps.saturating_add(1);
                }
            }
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
        }
        self.run_start = false;
        self.last_y = y;
        self.last_end = x + width * size;
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
    pub(super) fn finish(self) -> RawPage {
        let PageText {
            text,
            height,
            lines,
            ..
        } = self;
        let n = text.bytes().filter(|&b| b == b'\n').count() + 1;
        if text.is_empty() || lines.len() != n {
            return RawPage {
                text,
                lines: Vec::new(),
            };
        }
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
            };
        };
        let body = body as f64 / 4.0;
        let margin = margin as f64;
        let bold_page = bold * 2 >= chars;
        let mut out = Vec::with_capacity(n);
        for (i, l) in lines.iter().enumerate() {
            let end = lines.get(i + 1).map_or(text.len(), |next| next.start - 1);
            let line = &text[l.start..end];
            out.push(if l.chars == 0 || body <= 0.0 {
                RawLine::Body
            } else {
                classify(l, line, body, margin, height, bold_page)
            });
        }
        RawPage { text, lines: out }
    }
}

/// See [`PageText::finish`].
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
    if l.gaps == 1 && l.gap_at >= l.start {
        let label = &line[..(l.gap_at - l.start).min(line.len())];
        let label_words = label.split_whitespace().count();
        let value = &line[(l.gap_at - l.start).min(line.len())..];
        if (1..=4).contains(&label_words) && label.trim().len() <= 40 && !value.trim().is_empty() {
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
        let mut size = (sx * sy).sqrt();
        if !size.is_finite() || size <= 0.0 {
            size = font_size.abs().max(1.0);
        }
        self.glyph(x, y, size, width, ch);
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
