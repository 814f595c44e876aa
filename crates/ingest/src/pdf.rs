//! PDF to raw page text, on lopdf: a fast reader of our own, and
//! pdf-extract for the pages it does not read with confidence.
//!
//! The fast path ([`fast`]) reads the text operators, simple fonts with their
//! encodings (Type 3 ones too, where their codes have text), and Type0 fonts
//! with ToUnicode maps, and is several times faster than pdf-extract. A page
//! with anything else (a glyph whose text is unknown, a CMap other than
//! Identity-H) is read with pdf-extract, as before; both put glyphs through
//! the same [`PageText`] rules, which also say what each line is (heading,
//! label, list item, furniture). Setting `TILSYN_PDF_READER=pdf-extract`
//! reads every page with pdf-extract, to compare the two on a file.
//!
//! pdf-extract's own `extract_text_by_pages` stops silently at the first page
//! it cannot read and loses the rest; here every page is extracted on its
//! own, a panicking page becomes an empty page plus a warning, and only a
//! document where nothing can be read is an error. Nor is text lost
//! silently in other ways: a page whose text is much shorter than the glyphs
//! its content draws is named in a warning; and a file whose
//! cross-reference table is broken is read through one rebuilt by scanning
//! for its objects, as viewers do, with a warning that it was repaired.

use std::collections::BTreeMap;

use pdf_extract::{Document, Object, ObjectId, OutputError};

use crate::{Format, IngestError, Limits, RawPage, catch_panic};
use page_text::PageText;

mod fast;
mod font;
mod lexer;
mod page_text;
mod tables;

/// Which reader takes the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reader {
    /// The fast path, pdf-extract where it gives up.
    Auto,
    /// pdf-extract for every page.
    PdfExtract,
}

pub(crate) fn extract(
    bytes: &[u8],
    limits: &Limits,
) -> Result<(Vec<RawPage>, Vec<String>), IngestError> {
    let reader = match std::env::var_os("TILSYN_PDF_READER") {
        Some(v) if v == "pdf-extract" => Reader::PdfExtract,
        _ => Reader::Auto,
    };
    extract_with(bytes, limits, reader)
}

pub(crate) fn extract_with(
    bytes: &[u8],
    limits: &Limits,
    reader: Reader,
) -> Result<(Vec<RawPage>, Vec<String>), IngestError> {
    check_signature(bytes)?;
    let mut warnings = Vec::new();
    let (mut doc, mut pages, failure) = match catch_panic(Format::Pdf, || load(bytes)) {
        Ok(doc) => {
            let pages = catch_panic(Format::Pdf, || Ok(doc.get_pages()))?;
            (doc, pages, None)
        }
        Err(e @ IngestError::Encrypted { .. }) => return Err(e),
        Err(e) => (Document::new(), BTreeMap::new(), Some(e)),
    };
    if pages.is_empty() {
        // A broken cross-reference table (wrong offsets, a line inserted
        // after the header, a startxref that points nowhere): readers
        // rebuild it by scanning the file for its objects, and so do we.
        // Not for a file cut short (no %%EOF at its end): what survives of
        // it may be any part of the minutes, and it stays an error that
        // says the file is truncated, so that it is downloaded again.
        let repaired = has_eof_marker(bytes)
            .then(|| rebuild_xref(bytes))
            .flatten()
            .and_then(|fixed| {
                let doc = catch_panic(Format::Pdf, || load(&fixed)).ok()?;
                let pages = catch_panic(Format::Pdf, || Ok(doc.get_pages())).ok()?;
                (!pages.is_empty()).then_some((doc, pages))
            });
        let Some((d, p)) = repaired else {
            return Err(failure.unwrap_or(IngestError::Damaged {
                reason: "the document has no pages".into(),
            }));
        };
        doc = d;
        pages = p;
        warnings.push(
            "the file's cross-reference table is broken; it was repaired by scanning the file \
             for its objects, as PDF viewers do"
                .to_string(),
        );
    }
    let patched = supply_media_boxes(&mut doc, &pages);
    if !patched.is_empty() {
        warnings.push(format!(
            "{} page(s) have no page size (/MediaBox); read as A4, as viewers do",
            patched.len()
        ));
    }
    let broken = break_parent_cycles(&mut doc, &pages);
    if !broken.is_empty() {
        warnings.push(format!(
            "the page tree of {} page(s) loops back on itself; read without the loop",
            broken.len()
        ));
    }
    let too_large = || IngestError::TextTooLarge {
        limit: limits.max_text_bytes,
    };
    let mut failed = Vec::new();
    let mut total = 0usize;
    // The fast path first, over all pages; `None` is a page it left to
    // pdf-extract.
    let mut fast_texts: Vec<Option<RawPage>> = Vec::with_capacity(pages.len());
    let mut fonts = fast::FontCache::default();
    for (&number, &id) in &pages {
        if reader == Reader::PdfExtract {
            fast_texts.push(None);
            continue;
        }
        let page = catch_panic(Format::Pdf, || {
            Ok(fast::page_text(&doc, id, &mut fonts, limits.max_text_bytes))
        });
        match page {
            Ok(Ok(page)) => {
                total += page.text.len();
                if total > limits.max_text_bytes {
                    return Err(too_large());
                }
                fast_texts.push(Some(page));
            }
            Ok(Err(fast::Failure::TooMuchText)) => return Err(too_large()),
            Ok(Err(fast::Failure::Hostile(why))) => {
                failed.push((number, why.to_string()));
                fast_texts.push(Some(RawPage::default()));
            }
            // A panic in the fast path is a bug of ours; pdf-extract may
            // still read the page.
            Ok(Err(fast::Failure::Unsupported(_))) | Err(_) => fast_texts.push(None),
        }
    }
    drop(fonts);
    // pdf-extract's `output_doc_page` walks the whole page tree on every call
    // (`doc.get_pages()`), which is quadratic: a 10,000-page file took
    // minutes. So the catalog is pointed at a one-page tree holding only the
    // page at hand; the page keeps its own /Parent, so what it inherits
    // (/Resources, /MediaBox) is unchanged.
    let single = if fast_texts.iter().any(Option::is_none) {
        single_page_tree(&mut doc)
    } else {
        None
    };
    let mut texts = Vec::with_capacity(pages.len());
    for ((&number, &id), fast_text) in pages.iter().zip(fast_texts) {
        if let Some(text) = fast_text {
            texts.push(text);
            continue;
        }
        if let Some(single) = single {
            point_at(&mut doc, single, id);
        }
        let page = read_page(&mut doc, id, if single.is_some() { 1 } else { number });
        match page {
            Ok(mut page) => {
                // pdf-extract reports only the glyphs it read; what the
                // content shows is counted from the stream itself (two bytes
                // a glyph, the least a font takes, so as not to cry wolf).
                let shown = catch_panic(Format::Pdf, || {
                    Ok(doc
                        .get_page_content(id)
                        .map(|c| shown_bytes(&c))
                        .unwrap_or(0))
                })
                .unwrap_or(0);
                page.drawn = page.drawn.max(shown / 2);
                total += page.text.len();
                if total > limits.max_text_bytes {
                    return Err(too_large());
                }
                texts.push(page);
            }
            Err(e) => {
                failed.push((number, e.to_string()));
                texts.push(RawPage::default());
            }
        }
    }
    for ((_, &id), page) in pages.iter().zip(texts.iter_mut()) {
        if page.text.trim().is_empty() {
            page.image =
                catch_panic(Format::Pdf, || Ok(fast::draws_image(&doc, id))).unwrap_or(true);
        }
    }
    failed.sort_by_key(|&(number, _)| number);
    if failed.len() == texts.len() {
        let (_, first) = &failed[0];
        return Err(IngestError::Damaged {
            reason: format!("no page could be read (page 1: {first})"),
        });
    }
    for (number, why) in failed {
        warnings.push(format!("page {number} could not be read: {why}"));
    }
    let short: Vec<String> = texts
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            let read = p.text.chars().filter(|c| !c.is_whitespace()).count();
            p.drawn >= 40 && read * 2 < p.drawn
        })
        .map(|(i, p)| {
            let read = p.text.chars().filter(|c| !c.is_whitespace()).count();
            format!("{} ({read} of about {})", i + 1, p.drawn)
        })
        .collect();
    if !short.is_empty() {
        warnings.push(format!(
            "page(s) {}: the text read is much shorter than what the page draws \
             (characters read of glyphs drawn); text may be missing",
            short.join(", ")
        ));
    }
    Ok((texts, warnings))
}

/// Bytes of the strings a content stream shows (`Tj`, `TJ`, `'`, `"`).
fn shown_bytes(content: &[u8]) -> usize {
    let (mut total, mut pending) = (0usize, 0usize);
    for token in lexer::Lexer::new(content) {
        match token {
            lexer::Token::String(s) => pending += s.len(),
            lexer::Token::Keyword(b"Tj" | b"TJ" | b"'" | b"\"") => {
                total += pending;
                pending = 0;
            }
            lexer::Token::Keyword(_) => pending = 0,
            _ => {}
        }
    }
    total
}

/// A fresh cross-reference table for a file whose own one is broken: every
/// `N G obj` found in the file (the last one of each number wins, as in an
/// incremental update), with a trailer naming the catalog (the last `/Root`
/// in the file, else an object with `/Type /Catalog`), appended to the
/// file. `None` where no objects or no catalog are found. Objects inside
/// object streams are found through their stream, which lopdf unpacks.
fn rebuild_xref(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut objects: BTreeMap<u32, (u16, usize)> = BTreeMap::new();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | 0);
    let mut i = 0;
    while let Some(off) = memfind(&bytes[i..], b"obj") {
        let at = i + off;
        i = at + 3;
        // "<num> <gen> obj", on a boundary at both ends.
        if bytes
            .get(at + 3)
            .is_some_and(|&b| !is_space(b) && !b"<[/(%".contains(&b))
        {
            continue;
        }
        let mut j = at;
        let digits_back = |j: &mut usize| {
            let end = *j;
            while *j > 0 && bytes[*j - 1].is_ascii_digit() {
                *j -= 1;
            }
            (*j < end).then(|| {
                std::str::from_utf8(&bytes[*j..end])
                    .ok()?
                    .parse::<u64>()
                    .ok()
            })?
        };
        let spaces_back = |j: &mut usize| {
            let end = *j;
            while *j > 0 && is_space(bytes[*j - 1]) {
                *j -= 1;
            }
            *j < end
        };
        if !spaces_back(&mut j) {
            continue;
        }
        let Some(generation) = digits_back(&mut j) else {
            continue;
        };
        if !spaces_back(&mut j) {
            continue;
        }
        let Some(number) = digits_back(&mut j) else {
            continue;
        };
        if j > 0 && !is_space(bytes[j - 1]) {
            continue;
        }
        if let (Ok(n), Ok(g)) = (u32::try_from(number), u16::try_from(generation)) {
            if n > 0 && n < 8_000_000 {
                objects.insert(n, (g, j));
            }
        }
    }
    let root = find_root(bytes).or_else(|| {
        objects.iter().find_map(|(&n, &(g, off))| {
            let body = &bytes[off..bytes.len().min(off + 512)];
            let end = memfind(body, b"endobj").unwrap_or(body.len());
            let body = &body[..end];
            (memfind(body, b"/Catalog").is_some() && memfind(body, b"/Type").is_some())
                .then_some((n, g))
        })
    })?;
    let size = *objects.keys().next_back()? + 1;
    let mut out = bytes.to_vec();
    out.extend_from_slice(b"\n");
    let xref_at = out.len();
    out.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f\r\n").as_bytes());
    for n in 1..size {
        match objects.get(&n) {
            Some(&(g, off)) => out.extend_from_slice(format!("{off:010} {g:05} n\r\n").as_bytes()),
            None => out.extend_from_slice(b"0000000000 65535 f\r\n"),
        }
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {size} /Root {} {} R >>\nstartxref\n{xref_at}\n%%EOF\n",
            root.0, root.1
        )
        .as_bytes(),
    );
    Some(out)
}

/// The catalog named by the last `/Root N G R` in the file.
fn find_root(bytes: &[u8]) -> Option<(u32, u16)> {
    let at = bytes.windows(5).rposition(|w| w == b"/Root")?;
    let rest = &bytes[at + 5..bytes.len().min(at + 40)];
    let text = std::str::from_utf8(rest).ok().or_else(|| {
        let end = rest
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        std::str::from_utf8(&rest[..end]).ok()
    })?;
    let mut parts = text.split_ascii_whitespace();
    let n = parts.next()?.parse().ok()?;
    let g = parts.next()?.parse().ok()?;
    (parts.next()?.starts_with('R')).then_some((n, g))
}

/// A real PDF starts with `%PDF-` within its first kilobyte. Anything else is
/// named and described, since the usual culprit is a portal's error page or a
/// Word file saved under a `.pdf` name.
fn check_signature(bytes: &[u8]) -> Result<(), IngestError> {
    let head = &bytes[..bytes.len().min(1024)];
    if memfind(head, b"%PDF-").is_some() {
        return Ok(());
    }
    Err(IngestError::NotPdf { what: sniff(bytes) })
}

fn memfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// What a file that is not a PDF looks like, for the error message.
pub(crate) fn sniff(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = String::from_utf8_lossy(head).to_lowercase();
    let trimmed = lower.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || lower.contains("<body")
    {
        let title = lower
            .find("<title>")
            .and_then(|s| {
                let rest = &String::from_utf8_lossy(head)[s + 7..];
                rest.find("</title>").map(|e| rest[..e].trim().to_string())
            })
            .filter(|t| !t.is_empty());
        return match title {
            Some(t) => format!(
                "the file is an HTML page titled \"{}\" (a download that failed?)",
                t.chars().take(80).collect::<String>()
            ),
            None => "the file is an HTML page (a download that failed?)".into(),
        };
    }
    if head.starts_with(b"PK\x03\x04") {
        return "the file is a ZIP container (a Word or Excel document?)".into();
    }
    if head.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return "the file is an old Microsoft Office document".into();
    }
    if head.starts_with(b"\x89PNG") || head.starts_with(&[0xff, 0xd8, 0xff]) {
        return "the file is an image".into();
    }
    if head.starts_with(b"{\\rtf") {
        return "the file is an RTF document".into();
    }
    "the file does not start with the %PDF- signature".into()
}

fn load(bytes: &[u8]) -> Result<Document, IngestError> {
    let mut doc = Document::load_mem(bytes).map_err(|e| {
        let mut reason = e.to_string();
        if !has_eof_marker(bytes) {
            reason.push_str("; the file seems truncated (no %%EOF at the end)");
        }
        match e {
            pdf_extract::Error::Decryption(_) => IngestError::Encrypted { reason },
            _ => IngestError::Damaged { reason },
        }
    })?;
    if doc.is_encrypted() {
        // Readers open files with an empty user password without asking; so do we.
        doc.decrypt("").map_err(|e| IngestError::Encrypted {
            reason: e.to_string(),
        })?;
    }
    Ok(doc)
}

/// An A4 page in PDF units, the size assumed where a page states none.
const A4: [f32; 4] = [0.0, 0.0, 595.276, 841.89];

/// Gives every page without a /MediaBox (its own or inherited) an A4 one.
///
/// pdf-extract panics on such pages ("MediaBox"), while viewers and
/// pdftotext read them with a default size; broken export tools do write
/// them. Returns the page numbers that were patched.
fn supply_media_boxes(doc: &mut Document, pages: &BTreeMap<u32, ObjectId>) -> Vec<u32> {
    let mut patched = Vec::new();
    for (&number, &id) in pages {
        if has_media_box(doc, id) {
            continue;
        }
        if let Ok(dict) = doc.get_object_mut(id).and_then(|o| o.as_dict_mut()) {
            dict.set(
                "MediaBox",
                Object::Array(A4.iter().map(|&v| Object::Real(v)).collect()),
            );
            patched.push(number);
        }
    }
    patched
}

/// Whether the page or one of its ancestors in the page tree has a
/// /MediaBox array. The walk up is bounded, since hostile files make the
/// page tree a cycle.
fn has_media_box(doc: &Document, page: pdf_extract::ObjectId) -> bool {
    let mut id = page;
    for _ in 0..64 {
        let Ok(dict) = doc.get_dictionary(id) else {
            return false;
        };
        if let Ok(mb) = dict.get(b"MediaBox") {
            let mb = match mb {
                Object::Reference(r) => doc.get_object(*r).ok(),
                other => Some(other),
            };
            return matches!(mb, Some(Object::Array(a)) if a.len() == 4);
        }
        match dict.get(b"Parent").and_then(Object::as_reference) {
            Ok(parent) => id = parent,
            Err(_) => return false,
        }
    }
    false
}

/// Content streams longer than this are read in pieces (see [`read_page`]).
const CHUNK_BYTES: usize = 2 << 20;

/// The text of one page, which pdf-extract knows as `number`.
///
/// pdf-extract parses a page's whole content stream into operations before
/// it reads any: about 90 bytes of memory per byte of content, so one page
/// of 50 MB needed 4.5 GB. A page whose content is longer than
/// [`CHUNK_BYTES`] is therefore cut into pieces at operator boundaries
/// outside text objects, and each piece is read as the page's content in
/// turn, into the same output. The graphics state does not carry over a
/// cut (only the last font set outside a text object is repeated), which
/// can shift a line break; the text itself is kept.
fn read_page(doc: &mut Document, id: ObjectId, number: u32) -> Result<RawPage, IngestError> {
    let mut out = PageText::default();
    let content = catch_panic(Format::Pdf, || {
        Ok(doc.get_page_content(id).unwrap_or_default())
    })?;
    if content.len() <= CHUNK_BYTES {
        drop(content);
        read_into(doc, number, &mut out)?;
        return Ok(out.finish());
    }
    let pieces = split_content(&content, CHUNK_BYTES);
    let mut failed = None;
    for (prefix, range) in pieces {
        let mut data = prefix;
        data.extend_from_slice(&content[range]);
        let chunk = doc.add_object(pdf_extract::Stream::new(
            pdf_extract::Dictionary::new(),
            data,
        ));
        if let Ok(page) = doc.get_object_mut(id).and_then(|o| o.as_dict_mut()) {
            page.set("Contents", Object::Reference(chunk));
        }
        out.run_start = true;
        if let Err(e) = read_into(doc, number, &mut out) {
            failed.get_or_insert(e);
        }
        doc.objects.remove(&chunk);
    }
    match failed {
        Some(e) if out.text.is_empty() => Err(e),
        _ => Ok(out.finish()),
    }
}

/// Runs pdf-extract on page `number` into `out`.
fn read_into(doc: &Document, number: u32, out: &mut PageText) -> Result<(), IngestError> {
    catch_panic(Format::Pdf, || {
        pdf_extract::output_doc_page(doc, out, number).map_err(|e| IngestError::Damaged {
            reason: describe(&e),
        })
    })
}

/// Cuts a content stream into pieces of about `target` bytes, each a run of
/// whole operations outside any text object (`BT` … `ET`), array or
/// dictionary. Each piece after the first is given the last `Tf` (font)
/// operation before it that stood outside a text object, as a prefix.
fn split_content(c: &[u8], target: usize) -> Vec<(Vec<u8>, std::ops::Range<usize>)> {
    let is_delim = |b: u8| b"()<>[]{}/%".contains(&b);
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | 0);
    let mut pieces = Vec::new();
    let mut prefix = Vec::new();
    let mut font: Vec<u8> = Vec::new();
    let (mut start, mut op_start, mut i) = (0usize, 0usize, 0usize);
    let (mut in_text, mut nesting) = (false, 0i64);
    while i < c.len() {
        let b = c[i];
        if is_space(b) {
            i += 1;
            continue;
        }
        match b {
            b'%' => {
                while i < c.len() && c[i] != b'\n' && c[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                let mut depth = 0i64;
                while i < c.len() {
                    match c[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            b'<' if c.get(i + 1) == Some(&b'<') => {
                nesting += 1;
                i += 2;
            }
            b'>' if c.get(i + 1) == Some(&b'>') => {
                nesting -= 1;
                i += 2;
            }
            b'<' => {
                while i < c.len() && c[i] != b'>' {
                    i += 1;
                }
                i += 1;
            }
            b'[' | b'{' => {
                nesting += 1;
                i += 1;
            }
            b']' | b'}' => {
                nesting -= 1;
                i += 1;
            }
            b'/' => {
                i += 1;
                while i < c.len() && !is_space(c[i]) && !is_delim(c[i]) {
                    i += 1;
                }
            }
            _ => {
                let t = i;
                while i < c.len() && !is_space(c[i]) && !is_delim(c[i]) {
                    i += 1;
                }
                let token = &c[t..i.max(t + 1).min(c.len())];
                i = i.max(t + 1);
                let operator = token[0].is_ascii_alphabetic() || token == b"'" || token == b"\"";
                if !operator || matches!(token, b"true" | b"false" | b"null") {
                    continue;
                }
                match token {
                    b"BT" => in_text = true,
                    b"ET" => in_text = false,
                    b"Tf" if !in_text => font = c[op_start..i].trim_ascii_start().to_vec(),
                    b"BI" => {
                        // Inline image data runs to a whitespace-delimited EI.
                        while i + 3 < c.len()
                            && !(is_space(c[i])
                                && &c[i + 1..i + 3] == b"EI"
                                && (i + 3 == c.len() || is_space(c[i + 3])))
                        {
                            i += 1;
                        }
                        i = (i + 3).min(c.len());
                    }
                    _ => {}
                }
                op_start = i;
                if !in_text && nesting <= 0 && i - start >= target {
                    pieces.push((std::mem::take(&mut prefix), start..i));
                    prefix = font.clone();
                    prefix.push(b'\n');
                    start = i;
                    nesting = 0;
                }
            }
        }
    }
    if start < c.len() || pieces.is_empty() {
        pieces.push((prefix, start..c.len()));
    }
    pieces
}

/// Adds an empty `/Pages` node for [`point_at`] and returns its id, or
/// `None` where the catalog cannot be found (then pages are read by number,
/// the slow way).
fn single_page_tree(doc: &mut Document) -> Option<ObjectId> {
    doc.catalog().ok()?;
    let mut node = pdf_extract::Dictionary::new();
    node.set("Type", Object::Name(b"Pages".to_vec()));
    node.set("Kids", Vec::<Object>::new());
    node.set("Count", 1);
    Some(doc.add_object(node))
}

/// Makes `page` the only page of the document as pdf-extract sees it.
fn point_at(doc: &mut Document, single: ObjectId, page: ObjectId) {
    if let Ok(dict) = doc.get_object_mut(single).and_then(|o| o.as_dict_mut()) {
        dict.set("Kids", vec![Object::Reference(page)]);
    }
    if let Ok(catalog) = doc.catalog_mut() {
        catalog.set("Pages", Object::Reference(single));
    }
}

/// Cuts the `/Parent` link that closes a loop above a page.
///
/// pdf-extract looks up inherited keys (/Resources, /MediaBox) by recursing
/// up the `/Parent` chain without a bound, so a chain that loops overflows
/// the stack. Returns the pages whose chain was cut.
fn break_parent_cycles(doc: &mut Document, pages: &BTreeMap<u32, ObjectId>) -> Vec<u32> {
    let mut cut = Vec::new();
    // Nodes known to lead to the root without a loop, shared by all pages so
    // the whole check is linear in the size of the tree.
    let mut sound = std::collections::HashSet::new();
    for (&number, &page) in pages {
        let mut seen = vec![page];
        let mut id = page;
        loop {
            if sound.contains(&id) {
                break;
            }
            let parent = doc
                .get_dictionary(id)
                .ok()
                .and_then(|d| d.get(b"Parent").ok())
                .and_then(|p| p.as_reference().ok());
            let Some(parent) = parent else { break };
            if seen.contains(&parent) || seen.len() > MAX_TREE_DEPTH {
                if let Ok(dict) = doc.get_object_mut(id).and_then(|o| o.as_dict_mut()) {
                    dict.remove(b"Parent");
                }
                cut.push(number);
                break;
            }
            seen.push(parent);
            id = parent;
        }
        sound.extend(seen);
    }
    cut
}

/// Deeper page trees than this are treated as loops. Real ones are a few
/// levels deep; lopdf itself stops descending at 256.
const MAX_TREE_DEPTH: usize = 256;

fn has_eof_marker(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    memfind(tail, b"%%EOF").is_some()
}

fn describe(e: &OutputError) -> String {
    match e {
        OutputError::PdfError(e) => e.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_cut_between_operations_outside_text_objects() {
        let mut c = Vec::new();
        for i in 0..200 {
            c.extend_from_slice(
                format!("/F1 9 Tf 1 0 0 1 0 0 cm BT (a\\) BT ET [x] {i}) Tj ET 0 0 m 1 1 l S\n")
                    .as_bytes(),
            );
        }
        let pieces = split_content(&c, 500);
        assert!(pieces.len() > 5, "{}", pieces.len());
        let mut joined = Vec::new();
        for (i, (prefix, range)) in pieces.iter().enumerate() {
            if i > 0 {
                assert_eq!(prefix, b"/F1 9 Tf\n");
            }
            let piece = &c[range.clone()];
            let text = String::from_utf8_lossy(piece);
            // Whole text objects only: as many BT as ET outside strings.
            // Cut after a whole operation outside text objects: never inside
            // the string, whose "BT ET" is not an operator.
            let t = text.trim_end();
            assert!(!t.ends_with("BT ET"), "{t:?}");
            assert!(
                i + 1 == pieces.len()
                    || [" Tf", " cm", " m", " l", " S", " ET"]
                        .iter()
                        .any(|o| t.ends_with(o)),
                "{t:?}"
            );
            joined.extend_from_slice(piece);
        }
        assert_eq!(joined, c);
    }

    #[test]
    fn a_small_stream_is_one_piece() {
        let c = b"BT (x) Tj ET";
        assert_eq!(split_content(c, 100), vec![(Vec::new(), 0..c.len())]);
    }
}
