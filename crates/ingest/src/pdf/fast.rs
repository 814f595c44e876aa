//! Page text straight from lopdf's objects: the fast path.
//!
//! pdf-extract runs about 2.4 times slower than pdftotext per page. Profiled
//! on the sample minutes, its time went to rebuilding every font on every
//! page (a fifth), to a `String` and a UTF-16 round trip per glyph (a
//! quarter), to parsing the whole content stream into boxed operations
//! (a sixth), and to loading the file (a tenth). This reader keeps the last
//! and replaces the rest: fonts are built once per document ([`FontCache`]),
//! the content stream is read token by token ([`super::lexer`]), and glyphs go
//! to the same [`PageText`] rules as pdf-extract's, so the text downstream
//! sees is unchanged.
//!
//! It reads the text operators (BT ET Tf Td TD Tm T* TL Tc Tw Tz Ts Tj TJ '
//! "), the graphics state (q Q cm) and form XObjects (Do), and the fonts
//! [`super::font`] decodes with confidence. Whatever else it meets is a
//! [`Failure::Unsupported`], and the caller reads that page with pdf-extract.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::PageText;
use super::font::{self, Font, Text, deref, get, get_dict, number};
use super::lexer::{Lexer, Token};
use crate::RawPage;

/// Why the fast path gave up on a page.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Failure {
    /// Something it does not decode with confidence; pdf-extract reads the
    /// page instead.
    Unsupported(&'static str),
    /// The page's text passed the output limit; reading it another way
    /// would not help.
    TooMuchText,
    /// The page is built to exhaust the reader (forms drawn inside forms,
    /// millions of times); pdf-extract, which has no bounds there, would
    /// overflow its stack, so the page is not read at all.
    Hostile(&'static str),
}

/// Forms drawn inside forms deeper than this are skipped. Real files nest
/// two or three levels.
const MAX_FORM_DEPTH: usize = 12;

/// Most bytes of forms read for one page, counting a form each time it is
/// drawn (and each drawing as at least [`FORM_COST`]): a form drawn ten
/// times in a form drawn ten times … is exponential. The page's own content
/// is not counted; its size is bounded by the file's.
const MAX_FORM_WORK: usize = 64 << 20;

/// What drawing a form costs at the least, so that empty forms drawn
/// exponentially often are bounded too.
const FORM_COST: usize = 256;

// Forms drawn on this thread, for the tests: they bound the work a hostile
// page costs by counting it, not by timing it, and stop a run whose bound is
// gone long before it would end on its own.
#[cfg(test)]
thread_local! {
    pub(super) static FORMS_DRAWN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Past this many forms drawn on one thread, a test build panics: far more
/// than [`MAX_FORM_WORK`] allows (every drawing costs at least
/// [`FORM_COST`]), so only a page reader without that bound gets there.
#[cfg(test)]
pub(super) const TEST_FORMS_CAP: usize = 4 * (MAX_FORM_WORK / FORM_COST);

/// Most operands kept before an operator; the rest are dropped. Real TJ
/// arrays have a few hundred; a hostile stream of numbers would otherwise
/// grow a vector of its own size times forty.
const MAX_OPERANDS: usize = 1 << 16;

/// Deepest nesting of arrays and dictionaries among operands read.
const MAX_NESTING: usize = 64;

/// Fonts of one document, built once each, keyed by object, with whether
/// each is bold. Fonts written inline in a resource dictionary (rare) have no
/// id and are built per use.
#[derive(Default)]
pub(super) struct FontCache {
    fonts: HashMap<ObjectId, (Rc<Font>, bool)>,
}

impl FontCache {
    fn font(&mut self, doc: &Document, obj: &Object) -> Option<(Rc<Font>, bool)> {
        match obj {
            Object::Reference(id) => {
                if let Some((f, bold)) = self.fonts.get(id) {
                    return Some((Rc::clone(f), *bold));
                }
                let dict = match deref(doc, obj)? {
                    Object::Dictionary(d) => d,
                    _ => return None,
                };
                let f = Rc::new(font::load(doc, dict));
                let bold = font::is_bold(doc, dict);
                self.fonts.insert(*id, (Rc::clone(&f), bold));
                Some((f, bold))
            }
            Object::Dictionary(d) => Some((Rc::new(font::load(doc, d)), font::is_bold(doc, d))),
            _ => None,
        }
    }
}

/// A 2-D affine matrix `[a b c d e f]`, PDF's row-vector convention.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f64; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self` then `then`.
    fn then(&self, then: &Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    /// A translation by (tx, ty) before `self`.
    fn translated(&self, tx: f64, ty: f64) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        Matrix([a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f])
    }
}

/// What `q` saves and `Q` restores. The text matrix is among it, as in
/// pdf-extract and poppler; the line matrix is not.
#[derive(Clone)]
struct State {
    ctm: Matrix,
    tm: Matrix,
    font: Option<Rc<Font>>,
    /// Whether `font` is a bold face.
    bold: bool,
    /// Tr: 2 (fill, then stroke) is how Word fakes bold.
    render: i64,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    /// Tz / 100.
    scale: f64,
    leading: f64,
    rise: f64,
}

struct Interp<'d, 'c> {
    doc: &'d Document,
    fonts: &'c mut FontCache,
    out: PageText,
    state: State,
    stack: Vec<State>,
    tlm: Matrix,
    /// Forms being drawn, to skip one that draws itself.
    forms: Vec<ObjectId>,
    /// Decoded forms of this page, since one form is often drawn many times.
    form_data: HashMap<ObjectId, Rc<Vec<u8>>>,
    work: usize,
    max_text: usize,
    /// Page width, for text set at a right angle (see [`reading_frame`]).
    width: f64,
    /// The marked-content sequences open (`BMC`/`BDC` … `EMC`), innermost last: the
    /// `/ActualText` of each, where it has one.
    marked: Vec<Option<ActualText>>,
}

/// The text a marked-content sequence gives for the glyphs it draws (`/Span
/// <</ActualText (n)>> BDC … EMC`): Chromium draws small capitals as capital glyphs and
/// says here which letter they are; a producer may give a ligature or a hyphenated word the
/// same way. As poppler does, the glyphs inside are read as this text, written once, at the
/// first of them.
struct ActualText {
    text: String,
    written: bool,
}

/// The `/ActualText` string of a `BDC`'s inline property list, decoded: UTF-16BE after
/// its byte-order mark, else PDFDocEncoding (read as Latin-1, which it matches for letters).
fn actual_text(ops: &[Token]) -> Option<String> {
    let at = ops
        .iter()
        .position(|t| matches!(t, Token::Name(n) if n.as_ref() == b"ActualText"))?;
    let Some(Token::String(bytes)) = ops.get(at + 1) else {
        return None;
    };
    Some(match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(be) => {
            char::decode_utf16(be.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])))
                .filter_map(Result::ok)
                .collect()
        }
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    })
}

/// The text of page `page`, by [`PageText`]'s rules.
pub(super) fn page_text(
    doc: &Document,
    page: ObjectId,
    fonts: &mut FontCache,
    max_text: usize,
) -> Result<RawPage, Failure> {
    let page_dict = doc
        .get_dictionary(page)
        .map_err(|_| Failure::Unsupported("the page is not a dictionary"))?;
    let media_box = inherited(doc, page_dict, b"MediaBox")
        .and_then(|o| match o {
            Object::Array(a) if a.len() == 4 => {
                let v: Vec<f64> = a
                    .iter()
                    .filter_map(|o| deref(doc, o).and_then(number))
                    .collect();
                (v.len() == 4).then_some(v)
            }
            _ => None,
        })
        .ok_or(Failure::Unsupported("no usable /MediaBox"))?;
    let empty = Dictionary::new();
    let resources = match inherited(doc, page_dict, b"Resources") {
        Some(Object::Dictionary(d)) => d,
        _ => &empty,
    };
    let content = doc
        .get_page_content(page)
        .map_err(|_| Failure::Unsupported("the page content cannot be read"))?;
    let mut it = Interp {
        doc,
        fonts,
        out: PageText::new(media_box[3] - media_box[1]),
        state: State {
            ctm: Matrix::IDENTITY,
            tm: Matrix::IDENTITY,
            font: None,
            bold: false,
            render: 0,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        },
        stack: Vec::new(),
        tlm: Matrix::IDENTITY,
        forms: Vec::new(),
        form_data: HashMap::new(),
        work: 0,
        max_text,
        width: media_box[2] - media_box[0],
        marked: Vec::new(),
    };
    it.run(&content, resources)?;
    Ok(it.out.finish())
}

/// A glyph's position in the frame its text is read in: along its baseline and top-down
/// across it. Text set upright is placed as it stands (`x`, page height − `y`); text turned
/// a quarter or half turn (a landscape sheet printed two pages up, a page rotated in its
/// content) is turned back, so that word gaps and line breaks are measured along the line,
/// as poppler's `TextPage` does by keeping each character's rotation.
fn reading_frame(baseline: [f64; 2], (x, y): (f64, f64), width: f64, height: f64) -> (f64, f64) {
    let [a, b] = baseline;
    if a.abs() >= b.abs() {
        if a >= 0.0 {
            (x, height - y)
        } else {
            (width - x, y)
        }
    } else if b > 0.0 {
        // Reading upwards: the line's top is towards the page's left edge.
        (y, x)
    } else {
        // Reading downwards: the line's top is towards the right edge.
        (height - y, width - x)
    }
}

/// A page attribute, from the page or the nearest ancestor that has it; the
/// walk up is bounded since page trees loop in hostile files.
/// Whether a page paints an image: an inline image (`BI`) or an image
/// XObject drawn with `Do`, on the page or in a form it draws (forms nested
/// a few levels deep, as scanners and distillers write them). Asked only of
/// pages with no text, to tell a scanned page (OCR would read it) from a
/// blank one (nothing to read).
pub(super) fn draws_image(doc: &Document, page: ObjectId) -> bool {
    let Ok(page_dict) = doc.get_dictionary(page) else {
        return false;
    };
    let empty = Dictionary::new();
    let resources = match inherited(doc, page_dict, b"Resources") {
        Some(Object::Dictionary(d)) => d,
        _ => &empty,
    };
    let Ok(content) = doc.get_page_content(page) else {
        return false;
    };
    content_draws_image(doc, &content, resources, 0)
}

fn content_draws_image(
    doc: &Document,
    content: &[u8],
    resources: &Dictionary,
    depth: usize,
) -> bool {
    let mut name = None;
    for token in Lexer::new(content) {
        match token {
            Token::Name(n) => name = Some(n),
            Token::Keyword(b"BI") => return true,
            Token::Keyword(b"Do") => {
                let drawn = name
                    .take()
                    .and_then(|n| get_dict(doc, resources, b"XObject")?.get(&n).ok())
                    .and_then(|o| deref(doc, o));
                if let Some(Object::Stream(stream)) = drawn {
                    match stream.dict.get(b"Subtype").and_then(Object::as_name) {
                        Ok(b"Image") => return true,
                        Ok(b"Form") if depth < 4 => {
                            let inner =
                                get_dict(doc, &stream.dict, b"Resources").unwrap_or(resources);
                            let data = font::stream_data(stream).unwrap_or_default();
                            if content_draws_image(doc, &data, inner, depth + 1) {
                                return true;
                            }
                        }
                        _ => {}
                    }
                }
            }
            Token::Keyword(_) => name = None,
            _ => {}
        }
    }
    false
}

fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut dict = page;
    for _ in 0..64 {
        if let Some(o) = get(doc, dict, key) {
            return Some(o);
        }
        let parent = dict.get(b"Parent").ok()?.as_reference().ok()?;
        dict = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// The last `n` operands as numbers, or `None` if there are fewer or one is
/// not a number (the operator is then ignored, as viewers do).
fn nums<const N: usize>(ops: &[Token]) -> Option<[f64; N]> {
    let tail = ops.get(ops.len().checked_sub(N)?..)?;
    let mut out = [0.0; N];
    for (o, t) in out.iter_mut().zip(tail) {
        match t {
            Token::Number(n) => *o = *n,
            _ => return None,
        }
    }
    Some(out)
}

impl Interp<'_, '_> {
    fn run(&mut self, content: &[u8], resources: &Dictionary) -> Result<(), Failure> {
        let mut lexer = Lexer::new(content);
        let mut ops: Vec<Token> = Vec::new();
        // Operands are kept flat: TJ's array is its tokens between
        // ArrayOpen and ArrayClose.
        let mut depth = 0usize;
        while let Some(token) = lexer.next() {
            let op = match token {
                Token::Keyword(k) if !matches!(k, b"true" | b"false" | b"null") => k,
                other => {
                    match other {
                        Token::ArrayOpen | Token::DictOpen => depth += 1,
                        Token::ArrayClose | Token::DictClose => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    // Real content nests an array in a dictionary at most;
                    // thousands of levels are an attack on recursive parsers,
                    // and such a page stays with pdf-extract's verdict.
                    if depth > MAX_NESTING {
                        return Err(Failure::Unsupported("operands nested too deeply"));
                    }
                    if ops.len() < MAX_OPERANDS {
                        ops.push(other);
                    }
                    continue;
                }
            };
            self.operator(op, &ops, resources, &mut lexer)?;
            ops.clear();
        }
        Ok(())
    }

    fn operator(
        &mut self,
        op: &[u8],
        ops: &[Token],
        resources: &Dictionary,
        lexer: &mut Lexer,
    ) -> Result<(), Failure> {
        let s = &mut self.state;
        match op {
            b"BT" | b"ET" => {
                self.tlm = Matrix::IDENTITY;
                s.tm = Matrix::IDENTITY;
            }
            b"Tf" => {
                if let (Some(Token::Name(name)), Some([size])) = (
                    ops.len().checked_sub(2).and_then(|i| ops.get(i)),
                    nums::<1>(ops),
                ) {
                    s.size = size;
                    let font = get_dict(self.doc, resources, b"Font")
                        .and_then(|fonts| fonts.get(name).ok())
                        .and_then(|obj| self.fonts.font(self.doc, obj));
                    s.bold = font.as_ref().is_some_and(|(_, bold)| *bold);
                    s.font = font.map(|(f, _)| f);
                }
            }
            b"Td" => {
                if let Some([tx, ty]) = nums::<2>(ops) {
                    self.tlm = self.tlm.translated(tx, ty);
                    s.tm = self.tlm;
                }
            }
            b"TD" => {
                if let Some([tx, ty]) = nums::<2>(ops) {
                    s.leading = -ty;
                    self.tlm = self.tlm.translated(tx, ty);
                    s.tm = self.tlm;
                }
            }
            b"Tm" => {
                if let Some(m) = nums::<6>(ops) {
                    self.tlm = Matrix(m);
                    s.tm = self.tlm;
                }
            }
            b"T*" => self.next_line(),
            b"TL" => {
                if let Some([v]) = nums::<1>(ops) {
                    s.leading = v;
                }
            }
            b"Tc" => {
                if let Some([v]) = nums::<1>(ops) {
                    s.char_spacing = v;
                }
            }
            b"Tw" => {
                if let Some([v]) = nums::<1>(ops) {
                    s.word_spacing = v;
                }
            }
            b"Tz" => {
                if let Some([v]) = nums::<1>(ops) {
                    s.scale = v / 100.0;
                }
            }
            b"Tr" => {
                if let Some([v]) = nums::<1>(ops) {
                    s.render = v as i64;
                }
            }
            b"Ts" => {
                if let Some([v]) = nums::<1>(ops) {
                    s.rise = v;
                }
            }
            b"Tj" => {
                if let Some(Token::String(bytes)) = ops.last() {
                    self.show(bytes)?;
                }
            }
            b"'" => {
                self.next_line();
                if let Some(Token::String(bytes)) = ops.last() {
                    self.show(bytes)?;
                }
            }
            b"\"" => {
                if let (Some([aw, ac]), Some(Token::String(bytes))) = (
                    ops.len().checked_sub(1).and_then(|n| nums::<2>(&ops[..n])),
                    ops.last(),
                ) {
                    s.word_spacing = aw;
                    s.char_spacing = ac;
                    self.next_line();
                    self.show(bytes)?;
                }
            }
            b"TJ" => {
                for t in ops {
                    match t {
                        Token::String(bytes) => self.show(bytes)?,
                        Token::Number(n) => {
                            let s = &mut self.state;
                            let tx = -n / 1000.0 * s.size * s.scale;
                            s.tm = s.tm.translated(tx, 0.0);
                        }
                        _ => {}
                    }
                }
            }
            // A bound on the stack, since `q` a million times is cheap to write.
            b"q" if self.stack.len() < 4096 => self.stack.push(s.clone()),
            b"Q" => {
                if let Some(saved) = self.stack.pop() {
                    self.state = saved;
                }
            }
            b"cm" => {
                if let Some(m) = nums::<6>(ops) {
                    s.ctm = Matrix(m).then(&s.ctm);
                }
            }
            b"Do" => {
                if let Some(Token::Name(name)) = ops.last() {
                    self.draw_form(name, resources)?;
                }
            }
            b"ID" => lexer.skip_inline_image(),
            // Bounded like the graphics stack.
            b"BMC" if self.marked.len() < 4096 => self.marked.push(None),
            b"BDC" if self.marked.len() < 4096 => {
                let text = actual_text(ops).map(|text| ActualText {
                    text,
                    written: false,
                });
                self.marked.push(text);
            }
            b"EMC" => {
                self.marked.pop();
            }
            _ => {}
        }
        Ok(())
    }

    fn next_line(&mut self) {
        self.tlm = self.tlm.translated(0.0, -self.state.leading);
        self.state.tm = self.tlm;
    }

    /// Shows a string: one run for [`PageText`], each glyph placed where the
    /// text matrix stands, then the matrix moved past it.
    fn show(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        let Some(font) = self.state.font.clone() else {
            return Err(Failure::Unsupported("text shown before a font was set"));
        };
        let s = &mut self.state;
        self.out.run_start = true;
        self.out.bold = s.bold || s.render == 2;
        let mut failure = None;
        let (size, scale, rise) = (s.size, s.scale, s.rise);
        let ctm = s.ctm;
        let mut tm = s.tm;
        let out = &mut self.out;
        let width = self.width;
        // Inside an /ActualText span, the span's text stands for its glyphs.
        let mut actual = self.marked.iter_mut().rev().find_map(Option::as_mut);
        font.each_glyph(bytes, |text, w0, is_space| {
            if failure.is_some() {
                return;
            }
            // Trm = Tsm × Tm × CTM, with Tsm = [Th 0 0 1 0 Ts]; the font
            // size is applied to the glyph size below, as pdf-extract does.
            let [a, b, c, d, e, f] = tm.0;
            let trm = Matrix([a * scale, b * scale, c, d, rise * c + e, rise * d + f]).then(&ctm);
            let [ta, tb, tc, td, te, tf] = trm.0;
            // The vertical size: `Tz` (Tesseract sets it per word) scales
            // glyphs horizontally only.
            let sx = (ta * ta + tb * tb).sqrt() * size;
            let mut glyph_size = (tc * tc + td * td).sqrt() * size * font.vscale();
            if !glyph_size.is_finite() || glyph_size <= 0.0 {
                glyph_size = size.abs().max(1.0);
            }
            let mut buf = [0u8; 4];
            let (x, y) = reading_frame([ta, tb], (te, tf), width, out.height);
            out.drawn += 1;
            if let Some(a) = actual.as_deref_mut() {
                if a.written {
                    out.covered(x, y, w0 * sx);
                } else {
                    a.written = true;
                    out.glyph(x, y, glyph_size, w0 * sx, &a.text);
                }
            } else {
                let ch: &str = match text {
                    Text::Char(c) => c.encode_utf8(&mut buf),
                    Text::Str(s) => s,
                    Text::None => "",
                    Text::Unknown => {
                        failure = Some(Failure::Unsupported("a glyph with no known text"));
                        return;
                    }
                };
                out.glyph(x, y, glyph_size, w0 * sx, ch);
            }
            let mut spacing = s.char_spacing;
            if is_space {
                spacing += s.word_spacing;
            }
            tm = tm.translated((w0 * size + spacing) * scale, 0.0);
        });
        s.tm = tm;
        if let Some(f) = failure {
            return Err(f);
        }
        if self.out.text.len() > self.max_text {
            return Err(Failure::TooMuchText);
        }
        Ok(())
    }

    /// `Do`: draws a form XObject (images are skipped) inside q … Q, with
    /// its /Matrix and its own /Resources (or the current ones).
    fn draw_form(&mut self, name: &[u8], resources: &Dictionary) -> Result<(), Failure> {
        let doc = self.doc;
        let Some(xobjects) = get_dict(doc, resources, b"XObject") else {
            return Ok(());
        };
        let Ok(reference @ Object::Reference(id)) = xobjects.get(name) else {
            return Ok(()); // missing, or a direct object (not a stream)
        };
        let id = *id;
        let Some(Object::Stream(stream)) = deref(doc, reference) else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
            return Ok(());
        }
        // A form that draws itself would be drawn for ever, and forms nested
        // past any real use hold nothing a reader sees: viewers skip both and
        // show the rest of the page, and so does this path. (pdf-extract,
        // which has no such bounds, overflowed its stack on them.)
        if self.forms.contains(&id) || self.forms.len() >= MAX_FORM_DEPTH {
            return Ok(());
        }
        let data = match self.form_data.get(&id) {
            Some(d) => Rc::clone(d),
            None => {
                let d = Rc::new(font::stream_data(stream).unwrap_or_default());
                self.form_data.insert(id, Rc::clone(&d));
                d
            }
        };
        let form_resources = get_dict(doc, &stream.dict, b"Resources").unwrap_or(resources);
        let matrix = match get(doc, &stream.dict, b"Matrix") {
            Some(Object::Array(a)) if a.len() == 6 => {
                let v: Vec<f64> = a
                    .iter()
                    .filter_map(|o| deref(doc, o).and_then(number))
                    .collect();
                <[f64; 6]>::try_from(v)
                    .map(Matrix)
                    .unwrap_or(Matrix::IDENTITY)
            }
            _ => Matrix::IDENTITY,
        };
        #[cfg(test)]
        FORMS_DRAWN.with(|n| {
            n.set(n.get() + 1);
            assert!(
                n.get() <= TEST_FORMS_CAP,
                "more forms drawn than any bound allows"
            );
        });
        self.work += data.len().max(FORM_COST);
        if self.work > MAX_FORM_WORK {
            return Err(Failure::Hostile(
                "the page draws its forms too many times to read",
            ));
        }
        let saved = self.state.clone();
        let saved_tlm = self.tlm;
        let depth = self.stack.len();
        self.state.ctm = matrix.then(&self.state.ctm);
        self.forms.push(id);
        let result = self.run(&data, form_resources);
        self.forms.pop();
        self.stack.truncate(depth);
        self.state = saved;
        self.tlm = saved_tlm;
        result
    }
}

#[cfg(test)]
mod tests;
