//! Fonts as the fast path needs them: for each character code, its text and
//! its width.
//!
//! Built once per font object and document (pdf-extract rebuilds every font on
//! every page, looking up 256 glyph names each time, which was a fifth of its
//! run time). Only what can be decoded with confidence is decoded; the rest is
//! [`Text::Unknown`], and a page that shows such a code is read by pdf-extract
//! instead, so the fast path never guesses where the slow one knew better.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use super::lexer::{Lexer, Token};
use super::tables;

/// What a character code stands for in text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Text {
    /// Nothing (a code with no glyph, or a CID with no Unicode value, which
    /// pdf-extract also drops).
    None,
    /// One character, the usual case.
    Char(char),
    /// Several characters (a ligature in a ToUnicode CMap: "fi").
    Str(Box<str>),
    /// Not known with confidence: the page goes to pdf-extract.
    Unknown,
}

/// A font, reduced to code -> (text, width).
#[derive(Debug)]
pub(super) enum Font {
    /// Single-byte codes: Type1, MMType1, TrueType, the standard 14.
    Simple {
        /// Indexed by code.
        glyphs: Box<[(Text, f64); 256]>,
        /// How tall the glyphs are, in ems of the font size: 1, except for a
        /// Type 3 font, by its /FontBBox through its /FontMatrix.
        vscale: f64,
    },
    /// Two-byte codes through Identity-H, text from the ToUnicode CMap.
    Cid {
        /// CID -> text; a CID not here has no text.
        text: HashMap<u32, Text>,
        /// CID -> width; a CID not here has the default width.
        widths: HashMap<u32, f64>,
        /// /DW.
        default_width: f64,
    },
    /// A font the fast path does not read (Type3, other CMaps, vertical text).
    Unsupported,
}

impl Font {
    /// Splits `bytes` into codes and calls `f(text, width in text space units
    /// per unit of font size, single-byte code 32)` for each.
    pub(super) fn each_glyph(&self, bytes: &[u8], mut f: impl FnMut(&Text, f64, bool)) {
        match self {
            Font::Simple { glyphs, .. } => {
                for &b in bytes {
                    let (text, w) = &glyphs[usize::from(b)];
                    f(text, *w / 1000.0, b == 32);
                }
            }
            Font::Cid {
                text,
                widths,
                default_width,
            } => {
                for pair in bytes.chunks(2) {
                    // An odd byte at the end is a code of its own, as poppler reads it.
                    let cid = pair.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
                    let t = text.get(&cid).unwrap_or(&Text::None);
                    let w = widths.get(&cid).copied().unwrap_or(*default_width);
                    f(t, w / 1000.0, false);
                }
            }
            Font::Unsupported => {
                for _ in bytes {
                    f(&Text::Unknown, 0.0, false);
                }
            }
        }
    }
}

impl Font {
    /// See [`Font::Simple`]'s `vscale`.
    pub(super) fn vscale(&self) -> f64 {
        match self {
            Font::Simple { vscale, .. } => *vscale,
            _ => 1.0,
        }
    }
}

/// Follows references (a bounded number of them, since files loop).
pub(super) fn deref<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..16 {
        match obj {
            Object::Reference(id) => obj = doc.objects.get(id)?,
            other => return Some(other),
        }
    }
    None
}

/// `dict[key]`, dereferenced.
pub(super) fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    deref(doc, dict.get(key).ok()?)
}

pub(super) fn get_dict<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    key: &[u8],
) -> Option<&'a Dictionary> {
    match get(doc, dict, key)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

fn get_name<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    get(doc, dict, key)?.as_name().ok()
}

pub(super) fn number(obj: &Object) -> Option<f64> {
    match obj {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn get_number(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<f64> {
    number(get(doc, dict, key)?)
}

/// The decoded data of a stream; `None` where its filter is not one lopdf
/// decodes (the raw bytes would be garbage as a CMap).
pub(super) fn stream_data(stream: &lopdf::Stream) -> Option<Vec<u8>> {
    if stream.filters().is_err() {
        return Some(stream.content.clone());
    }
    stream.decompressed_content().ok()
}

/// The text of a glyph name, by the Adobe Glyph List specification's
/// rules: a suffix after the first "." is dropped ("a.sc"); a name of
/// components joined by "_" is each component's text in turn (`f_t` is
/// "ft", `f_f_i` "ffi", `uni0061_uni030A` "å"); a component is a glyph-list
/// name, `uniXXXX…` (one or more groups of four hex digits) or `uXXXX`–
/// `uXXXXXX`. `None` where a part is none of those.
pub(super) fn glyph_text(name: &[u8]) -> Option<Text> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name.split('.').next().unwrap_or(name);
    if base.is_empty() {
        return None;
    }
    let mut out = String::new();
    for part in base.split('_') {
        if let Some(hex) = part.strip_prefix("uni") {
            if hex.len() >= 4 && hex.len() % 4 == 0 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                for i in (0..hex.len()).step_by(4) {
                    let v = u32::from_str_radix(&hex[i..i + 4], 16).ok()?;
                    // Surrogates are not characters.
                    out.push(char::from_u32(v)?);
                }
                continue;
            }
        }
        out.push(glyph_char(part.as_bytes())?);
    }
    let mut chars = out.chars();
    Some(match (chars.next(), chars.next()) {
        (None, _) => Text::None,
        (Some(c), None) => Text::Char(c),
        _ => Text::Str(out.into_boxed_str()),
    })
}

/// The Unicode value of a glyph name: the Adobe glyph list, `uniXXXX` and
/// `uXXXX`–`uXXXXXX`.
pub(super) fn glyph_char(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    if let Ok(i) = tables::GLYPH_NAMES.binary_search_by_key(&name, |&(n, _)| n) {
        return char::from_u32(u32::from(tables::GLYPH_NAMES[i].1));
    }
    // "uni00E5", also "uni00E5.alt" and "uni00E5_uni0301" (the first one).
    let base = name.split(['.', '_']).next().unwrap_or(name);
    let hex = |s: &str| {
        (s.len() >= 4 && s.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(s, 16).ok())
            .flatten()
            .and_then(char::from_u32)
    };
    if let Some(h) = base.strip_prefix("uni") {
        return hex(h.get(..4)?);
    }
    if let Some(h) = base.strip_prefix('u') {
        if h.len() <= 6 {
            return hex(h);
        }
    }
    // A suffixed standard name ("a.sc", "ae.alt").
    if base.len() < name.len() {
        if let Ok(i) = tables::GLYPH_NAMES.binary_search_by_key(&base, |&(n, _)| n) {
            return char::from_u32(u32::from(tables::GLYPH_NAMES[i].1));
        }
    }
    None
}

/// The standard-14 metrics a font name stands for, as readers substitute:
/// subset prefix dropped, Arial for Helvetica, Times New Roman for Times.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Metrics {
    Courier,
    Row(&'static [u16; 315]),
    /// Symbol and ZapfDingbats: their own encodings, not read here.
    Symbolic,
}

fn standard_metrics(base: &[u8]) -> Option<Metrics> {
    let name = String::from_utf8_lossy(base);
    let name = match name.split_once('+') {
        Some((prefix, rest)) if prefix.len() == 6 => rest.to_string(),
        _ => name.to_string(),
    };
    let lower = name.to_ascii_lowercase();
    let bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy");
    let italic = lower.contains("italic") || lower.contains("oblique");
    if lower.starts_with("symbol") || lower.starts_with("zapfdingbats") {
        return Some(Metrics::Symbolic);
    }
    if lower.starts_with("courier") {
        return Some(Metrics::Courier);
    }
    if lower.starts_with("times") {
        return Some(Metrics::Row(match (bold, italic) {
            (false, false) => &tables::TIMES_ROMAN,
            (true, false) => &tables::TIMES_BOLD,
            (false, true) => &tables::TIMES_ITALIC,
            (true, true) => &tables::TIMES_BOLD_ITALIC,
        }));
    }
    if lower.starts_with("helvetica") || lower.starts_with("arial") {
        return Some(Metrics::Row(if bold {
            &tables::HELVETICA_BOLD
        } else {
            &tables::HELVETICA
        }));
    }
    None
}

fn metrics_width(m: Metrics, c: char) -> f64 {
    match m {
        Metrics::Courier => 600.0,
        Metrics::Symbolic => 0.0,
        Metrics::Row(row) => u16::try_from(u32::from(c))
            .ok()
            .and_then(|c| tables::STD14_CHARS.binary_search(&c).ok())
            .map_or(0.0, |i| f64::from(row[i])),
    }
}

fn named_encoding(name: &[u8]) -> Option<&'static [u16; 256]> {
    match name {
        b"WinAnsiEncoding" => Some(&tables::WIN_ANSI),
        b"MacRomanEncoding" => Some(&tables::MAC_ROMAN),
        b"StandardEncoding" => Some(&tables::STANDARD),
        _ => None,
    }
}

/// Most codes a ToUnicode CMap may map, so a hostile range costs bounded memory.
const MAX_CMAP_ENTRIES: usize = 1 << 17;

/// Reads a ToUnicode CMap: `bfchar` and `bfrange` sections, code -> text.
///
/// Written here rather than taken from adobe-cmap-parser, which panics on
/// malformed CMaps and fills a range of any size, so that
/// `<0000> <FFFFFFFF> <0041> beginbfrange` is four billion insertions.
pub(super) fn parse_to_unicode(data: &[u8]) -> HashMap<u32, Text> {
    let mut map = HashMap::new();
    let code = |b: &[u8]| {
        b.iter()
            .take(4)
            .fold(0u32, |acc, &x| (acc << 8) | u32::from(x))
    };
    let utf16 = |b: &[u8]| {
        let units: Vec<u16> = b
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]))
            .collect();
        let s: String = char::decode_utf16(units).filter_map(Result::ok).collect();
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Text::None,
            (Some(c), None) => Text::Char(c),
            _ => Text::Str(s.into_boxed_str()),
        }
    };
    let mut section: Option<&[u8]> = None;
    let mut operands: Vec<Token> = Vec::new();
    let mut in_array = false;
    let mut array: Vec<Vec<u8>> = Vec::new();
    for token in Lexer::new(data) {
        if map.len() >= MAX_CMAP_ENTRIES {
            break;
        }
        match token {
            Token::Keyword(k @ (b"beginbfchar" | b"beginbfrange")) => {
                section = Some(k);
                operands.clear();
            }
            Token::Keyword(b"endbfchar" | b"endbfrange") => {
                section = None;
                operands.clear();
            }
            Token::Keyword(_) => operands.clear(),
            Token::ArrayOpen => {
                in_array = true;
                array.clear();
            }
            Token::String(s) if in_array => array.push(s.into_owned()),
            Token::ArrayClose if in_array => {
                in_array = false;
                if section == Some(b"beginbfrange") && operands.len() == 2 {
                    if let (Token::String(lo), Token::String(hi)) = (&operands[0], &operands[1]) {
                        let (lo, hi) = (code(lo), code(hi));
                        for (i, dst) in array.iter().enumerate() {
                            let c = lo.saturating_add(i as u32);
                            if c > hi {
                                break;
                            }
                            map.insert(c, utf16(dst));
                        }
                    }
                }
                operands.clear();
            }
            t @ Token::String(_) => {
                operands.push(t);
                match (section, operands.as_slice()) {
                    (Some(b"beginbfchar"), [Token::String(src), Token::String(dst)]) => {
                        map.insert(code(src), utf16(dst));
                        operands.clear();
                    }
                    (
                        Some(b"beginbfrange"),
                        [Token::String(lo), Token::String(hi), Token::String(dst)],
                    ) => {
                        let (lo, hi) = (code(lo), code(hi));
                        let span = hi.saturating_sub(lo) as usize;
                        if hi >= lo && span < MAX_CMAP_ENTRIES && dst.len() >= 2 {
                            // The last UTF-16 unit counts up through the range.
                            let mut units: Vec<u8> = dst.to_vec();
                            let n = units.len();
                            let last = u16::from_be_bytes([units[n - 2], units[n - 1]]);
                            for i in 0..=span as u32 {
                                let v = last.wrapping_add(i as u16).to_be_bytes();
                                units[n - 2] = v[0];
                                units[n - 1] = v[1];
                                map.insert(lo + i, utf16(&units));
                            }
                        }
                        operands.clear();
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    map
}

/// The encoding in the clear-text part of a Type1 font program:
/// `/Encoding StandardEncoding def`, or `/Encoding 256 array … dup 65 /A put
/// … readonly def`. Codes it does not name have no glyph; names that are not
/// in the glyph list are [`Text::Unknown`].
///
/// pdf-extract reads this with type1-encoding-parser, which parses the whole
/// program with a parser combinator and panics on what it does not expect;
/// the part needed is a few tokens before `eexec`.
pub(super) fn type1_encoding(program: &[u8]) -> Option<Vec<Text>> {
    let clear = match program.windows(5).position(|w| w == b"eexec") {
        Some(end) => &program[..end],
        None => program,
    };
    let mut tokens = Lexer::new(clear).skip_while(|t| *t != Token::Name(b"Encoding"[..].into()));
    tokens.next()?;
    let mut table = vec![Text::None; 256];
    let mut recent: Vec<Token> = Vec::new();
    for t in tokens {
        match t {
            Token::Keyword(b"StandardEncoding") => {
                return Some(
                    tables::STANDARD
                        .iter()
                        .map(|&u| {
                            char::from_u32(u32::from(u))
                                .filter(|_| u != 0)
                                .map_or(Text::None, Text::Char)
                        })
                        .collect(),
                );
            }
            Token::Keyword(b"put") => {
                if let [.., Token::Number(code), Token::Name(name)] = recent.as_slice() {
                    if let Some(slot) = (*code >= 0.0)
                        .then(|| table.get_mut(*code as usize))
                        .flatten()
                    {
                        *slot = match glyph_text(name) {
                            Some(t) => t,
                            None if name.as_ref() == b".notdef" => Text::None,
                            None => Text::Unknown,
                        };
                    }
                }
                recent.clear();
            }
            Token::Keyword(b"def") => return Some(table),
            other => {
                if recent.len() > 8 {
                    recent.remove(0);
                }
                recent.push(other);
            }
        }
    }
    None
}

/// Whether the font in `dict` is a bold face: by its name ("Arial,Bold",
/// "ABCDEF+Calibri-Bold", "…-Black", "…Semibold"), or by its descriptor's
/// /FontWeight (600 or more) or ForceBold flag; for a Type0 font, its
/// descendant's.
pub(super) fn is_bold(doc: &Document, dict: &Dictionary) -> bool {
    let by_name = |d: &Dictionary| {
        get_name(doc, d, b"BaseFont").is_some_and(|n| {
            let lower = String::from_utf8_lossy(n).to_ascii_lowercase();
            ["bold", "black", "heavy", "semibold", "demi"]
                .iter()
                .any(|w| lower.contains(w))
        })
    };
    let by_descriptor = |d: &Dictionary| {
        get_dict(doc, d, b"FontDescriptor").is_some_and(|fd| {
            get_number(doc, fd, b"FontWeight").is_some_and(|w| w >= 600.0)
                || get_number(doc, fd, b"Flags").is_some_and(|f| (f as i64) & (1 << 18) != 0)
        })
    };
    if by_name(dict) || by_descriptor(dict) {
        return true;
    }
    match get(doc, dict, b"DescendantFonts") {
        Some(Object::Array(a)) => a
            .first()
            .and_then(|o| deref(doc, o))
            .is_some_and(|o| matches!(o, Object::Dictionary(d) if by_name(d) || by_descriptor(d))),
        _ => false,
    }
}

/// Builds the font in `dict`.
pub(super) fn load(doc: &Document, dict: &Dictionary) -> Font {
    match get_name(doc, dict, b"Subtype") {
        Some(b"Type0") => load_type0(doc, dict),
        Some(b"Type1" | b"MMType1" | b"TrueType" | b"Type3") => load_simple(doc, dict),
        _ => Font::Unsupported,
    }
}

fn to_unicode(doc: &Document, dict: &Dictionary) -> Option<HashMap<u32, Text>> {
    match get(doc, dict, b"ToUnicode")? {
        Object::Stream(s) => Some(parse_to_unicode(&stream_data(s)?)),
        _ => None,
    }
}

/// A simple font: Type1, MMType1, TrueType, and Type 3.
///
/// Type 3 glyphs are drawings, and their names are often meaningless
/// ("g12"), so a Type 3 code has text only by the font's ToUnicode map or a
/// /Differences name the glyph list knows; anything else is
/// [`Text::Unknown`] and the page goes to pdf-extract. Chromium embeds web
/// fonts and Ghostscript bitmap fonts as Type 3, with ToUnicode maps. Their
/// widths are in glyph space: /FontMatrix scales them (usually by 1/1000,
/// like every other font's).
fn load_simple(doc: &Document, dict: &Dictionary) -> Font {
    let is_type3 = get_name(doc, dict, b"Subtype") == Some(b"Type3");
    let is_truetype = get_name(doc, dict, b"Subtype") == Some(b"TrueType");
    let base_font = get_name(doc, dict, b"BaseFont").unwrap_or(b"");
    let descriptor = get_dict(doc, dict, b"FontDescriptor");
    let embedded = descriptor.is_some_and(|d| {
        [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| d.has(k))
    });
    let flags = descriptor
        .and_then(|d| get_number(doc, d, b"Flags"))
        .unwrap_or(0.0) as i64;
    let symbolic = flags & 4 != 0 && flags & 32 == 0;
    let metrics = standard_metrics(base_font);

    // The encoding a font has of its own, where /Encoding names none or its
    // /Differences build on none. Known only for fonts not embedded (readers
    // then use a standard font) and for non-symbolic TrueType (WinAnsi, as
    // pdf-extract and poppler take it); an embedded Type1 or CFF font carries
    // its own, which only pdf-extract reads.
    let builtin: Option<&'static [u16; 256]> = match metrics {
        _ if is_type3 => None,
        Some(Metrics::Symbolic) => None,
        _ if is_truetype && !symbolic => Some(&tables::WIN_ANSI),
        _ if !embedded && !symbolic => Some(&tables::STANDARD),
        _ => None,
    };
    // An embedded Type1 font program states its encoding in clear text.
    let type1_builtin = match (builtin, descriptor) {
        (None, Some(d)) if !is_truetype => match get(doc, d, b"FontFile") {
            Some(Object::Stream(s)) => stream_data(s).and_then(|d| type1_encoding(&d)),
            _ => None,
        },
        _ => None,
    };
    let mut base = builtin;
    let mut differences: Vec<(u8, Text)> = Vec::new();
    match get(doc, dict, b"Encoding") {
        None => {}
        Some(Object::Name(n)) => match named_encoding(n) {
            Some(e) => base = Some(e),
            None => base = None,
        },
        Some(Object::Dictionary(enc)) => {
            if let Some(n) = get_name(doc, enc, b"BaseEncoding") {
                base = named_encoding(n);
            }
            if let Some(Object::Array(diffs)) = get(doc, enc, b"Differences") {
                let mut code: i64 = 0;
                for item in diffs {
                    match deref(doc, item) {
                        Some(Object::Integer(i)) => code = *i,
                        Some(Object::Name(name)) => {
                            if let Ok(c) = u8::try_from(code) {
                                let text = match glyph_text(name) {
                                    Some(t) => t,
                                    None if name == b".notdef" => Text::None,
                                    None => Text::Unknown,
                                };
                                differences.push((c, text));
                            }
                            code += 1;
                        }
                        _ => {}
                    }
                }
            }
        }
        Some(_) => base = None,
    }
    let to_unicode = to_unicode(doc, dict);

    // Code -> character by the encoding alone, which also picks the
    // standard-14 width where the font has no /Widths.
    let mut by_encoding: Vec<Text> = match (base, type1_builtin) {
        (Some(table), _) => table
            .iter()
            .map(|&u| match u {
                0 => Text::None,
                u => char::from_u32(u32::from(u)).map_or(Text::None, Text::Char),
            })
            .collect(),
        (None, Some(own)) => own,
        (None, None) => vec![Text::Unknown; 256],
    };
    for (c, t) in differences {
        by_encoding[usize::from(c)] = t;
    }

    let mut widths = [None::<f64>; 256];
    let first = get_number(doc, dict, b"FirstChar");
    let last = get_number(doc, dict, b"LastChar");
    if let (Some(first), Some(last), Some(Object::Array(ws))) =
        (first, last, get(doc, dict, b"Widths"))
    {
        // A /Widths array that does not span FirstChar..=LastChar is a
        // broken font; pdf-extract fails the page on it, and so the fast path
        // does not guess what the producer meant.
        if first < 0.0 || last < first || last - first + 1.0 != ws.len() as f64 {
            return Font::Unsupported;
        }
        for (i, w) in ws.iter().enumerate() {
            let code = first as i64 + i as i64;
            if let (Ok(c), Some(w)) = (u8::try_from(code), deref(doc, w).and_then(number)) {
                widths[usize::from(c)] = Some(w);
            }
        }
    } else {
        // No /Widths: the standard-14 metrics, Helvetica's for any other
        // font, as poppler substitutes.
        let m = metrics.unwrap_or(Metrics::Row(&tables::HELVETICA));
        for (c, t) in by_encoding.iter().enumerate() {
            if let Text::Char(ch) = t {
                widths[c] = Some(metrics_width(m, *ch));
            }
        }
    }
    let missing = descriptor
        .and_then(|d| get_number(doc, d, b"MissingWidth"))
        .unwrap_or(0.0);
    // Type 3: widths in glyph space, by /FontMatrix to text space, written
    // here in thousandths like the others.
    let (wscale, vscale) = if is_type3 {
        let numbers = |key: &[u8]| -> Vec<f64> {
            match get(doc, dict, key) {
                Some(Object::Array(a)) => a
                    .iter()
                    .filter_map(|o| deref(doc, o).and_then(number))
                    .collect(),
                _ => Vec::new(),
            }
        };
        let (m, bbox) = (numbers(b"FontMatrix"), numbers(b"FontBBox"));
        match m.as_slice() {
            [a, _, _, d, _, _] if a.is_finite() && d.is_finite() && *a != 0.0 => {
                // The glyphs' height in ems, from the bounding box; about 1
                // for a text font.
                let height = match bbox.as_slice() {
                    [_, y0, _, y1] if (y1 - y0).abs() > 0.0 => ((y1 - y0) * d).abs(),
                    _ => 1.0,
                };
                (a * 1000.0, height.clamp(0.25, 4.0))
            }
            _ => (1.0, 1.0),
        }
    } else {
        (1.0, 1.0)
    };
    let mut glyphs: Box<[(Text, f64); 256]> = Box::new(std::array::from_fn(|_| (Text::None, 0.0)));
    for (c, slot) in glyphs.iter_mut().enumerate() {
        let text = match to_unicode.as_ref().and_then(|m| m.get(&(c as u32))) {
            Some(t) => t.clone(),
            None => std::mem::replace(&mut by_encoding[c], Text::None),
        };
        *slot = (text, widths[c].unwrap_or(missing) * wscale);
    }
    Font::Simple { glyphs, vscale }
}

fn load_type0(doc: &Document, dict: &Dictionary) -> Font {
    // Identity-H only: two-byte codes that are CIDs. Other CMaps (and
    // vertical writing) are left to pdf-extract.
    if get_name(doc, dict, b"Encoding") != Some(b"Identity-H") {
        return Font::Unsupported;
    }
    let Some(text) = to_unicode(doc, dict) else {
        return Font::Unsupported;
    };
    let cid_font = match get(doc, dict, b"DescendantFonts") {
        Some(Object::Array(a)) => a.first().and_then(|o| match deref(doc, o) {
            Some(Object::Dictionary(d)) => Some(d),
            _ => None,
        }),
        _ => None,
    };
    let Some(cid_font) = cid_font else {
        return Font::Unsupported;
    };
    let default_width = get_number(doc, cid_font, b"DW").unwrap_or(1000.0);
    let mut widths = HashMap::new();
    if let Some(Object::Array(w)) = get(doc, cid_font, b"W") {
        let items: Vec<&Object> = w.iter().filter_map(|o| deref(doc, o)).collect();
        let mut i = 0;
        while i < items.len() {
            let Some(first) = number(items[i]) else { break };
            match items.get(i + 1) {
                // c [w1 w2 …]
                Some(Object::Array(ws)) => {
                    for (j, w) in ws.iter().enumerate() {
                        if widths.len() >= MAX_CMAP_ENTRIES {
                            break;
                        }
                        if let Some(w) = deref(doc, w).and_then(number) {
                            widths.insert(first as u32 + j as u32, w);
                        }
                    }
                    i += 2;
                }
                // c_first c_last w
                Some(last) => {
                    let (Some(last), Some(w)) =
                        (number(last), items.get(i + 2).and_then(|o| number(o)))
                    else {
                        break;
                    };
                    let (first, last) = (first as u32, last as u32);
                    for c in first..=last.min(first.saturating_add(MAX_CMAP_ENTRIES as u32)) {
                        widths.insert(c, w);
                    }
                    i += 3;
                }
                None => break,
            }
        }
    }
    Font::Cid {
        text,
        widths,
        default_width,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_char(b"aring"), Some('å'));
        assert_eq!(glyph_char(b"oslash"), Some('ø'));
        assert_eq!(glyph_char(b"AE"), Some('Æ'));
        assert_eq!(glyph_char(b"uni00E6"), Some('æ'));
        assert_eq!(glyph_char(b"u1E9E"), Some('ẞ'));
        assert_eq!(glyph_char(b"aring.sc"), Some('å'));
        assert_eq!(glyph_char(b"g42"), None);
        assert_eq!(glyph_char(b"cid1234"), None);
    }

    /// Ghostscript re-distilling OpenType fonts without ToUnicode names
    /// ligature glyphs by their components; only the first letter was kept
    /// ("aftale" read "afale").
    #[test]
    fn ligature_glyph_names_map_every_component() {
        assert_eq!(glyph_text(b"f_t"), Some(Text::Str("ft".into())));
        assert_eq!(glyph_text(b"f_f_i"), Some(Text::Str("ffi".into())));
        assert_eq!(glyph_text(b"f_f_i.liga"), Some(Text::Str("ffi".into())));
        assert_eq!(glyph_text(b"uni00660069"), Some(Text::Str("fi".into())));
        assert_eq!(
            glyph_text(b"uni0061_uni030A"),
            Some(Text::Str("a\u{30a}".into()))
        );
        assert_eq!(glyph_text(b"aring"), Some(Text::Char('å')));
        assert_eq!(glyph_text(b"f_g42"), None);
    }

    #[test]
    fn to_unicode_chars_and_ranges() {
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
            1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
            3 beginbfchar <0003> <0020> <0011> <00E6> <0012> <00660069> endbfchar\n\
            2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<00F8> <00E5>] endbfrange\n\
            endcmap";
        let m = parse_to_unicode(cmap);
        assert_eq!(m[&3], Text::Char(' '));
        assert_eq!(m[&0x11], Text::Char('æ'));
        assert_eq!(m[&0x12], Text::Str("fi".into()));
        assert_eq!(m[&0x21], Text::Char('B'));
        assert_eq!(m[&0x22], Text::Char('C'));
        assert_eq!(m[&0x30], Text::Char('ø'));
        assert_eq!(m[&0x31], Text::Char('å'));
    }

    #[test]
    fn a_huge_cmap_range_is_bounded() {
        let m = parse_to_unicode(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assert!(m.len() <= MAX_CMAP_ENTRIES);
    }

    #[test]
    fn type1_builtin_encodings() {
        let program = b"%!PS-AdobeFont-1.0: CMSY10\n/FontName /CMSY10 def\n\
            /Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n\
            dup 15 /bullet put\ndup 32 /space put\ndup 33 /g33 put\nreadonly def\n\
            currentdict end\ncurrentfile eexec\n\x8f\x00garbage";
        let enc = type1_encoding(program).unwrap();
        assert_eq!(enc[15], Text::Char('\u{2022}'));
        assert_eq!(enc[32], Text::Char(' '));
        assert_eq!(enc[33], Text::Unknown);
        assert_eq!(enc[65], Text::None);
        let std = type1_encoding(b"/Encoding StandardEncoding def eexec").unwrap();
        assert_eq!(std[0x41], Text::Char('A'));
        assert_eq!(type1_encoding(b"no encoding here"), None);
    }

    #[test]
    fn standard_metrics_by_name() {
        assert_eq!(standard_metrics(b"Courier-Bold"), Some(Metrics::Courier));
        assert_eq!(
            standard_metrics(b"ABCDEF+Arial,Bold"),
            Some(Metrics::Row(&tables::HELVETICA_BOLD))
        );
        let helvetica = Metrics::Row(&tables::HELVETICA);
        assert_eq!(metrics_width(helvetica, 'a'), 556.0);
        assert_eq!(metrics_width(helvetica, 'å'), 556.0);
        assert_eq!(metrics_width(helvetica, ' '), 278.0);
    }
}
