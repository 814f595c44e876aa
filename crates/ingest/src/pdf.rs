//! PDF to raw page text, with pdf-extract on lopdf.
//!
//! pdf-extract's own `extract_text_by_pages` stops silently at the first page
//! it cannot read and loses the rest; here every page is extracted on its
//! own, a panicking page becomes an empty page plus a warning, and only a
//! document where nothing can be read is an error.

use pdf_extract::{Document, MediaBox, Object, OutputDev, OutputError, Transform};

use crate::{Format, IngestError, Limits, catch_panic};

pub(crate) fn extract(
    bytes: &[u8],
    limits: &Limits,
) -> Result<(Vec<String>, Vec<String>), IngestError> {
    check_signature(bytes)?;
    let doc = catch_panic(Format::Pdf, || load(bytes))?;
    let mut doc = doc;
    let pages = catch_panic(Format::Pdf, || Ok(doc.get_pages()))?;
    if pages.is_empty() {
        return Err(IngestError::Damaged {
            reason: "the document has no pages".into(),
        });
    }
    let mut warnings = Vec::new();
    let patched = supply_media_boxes(&mut doc, &pages);
    if !patched.is_empty() {
        warnings.push(format!(
            "{} page(s) have no page size (/MediaBox); read as A4, as viewers do",
            patched.len()
        ));
    }
    let doc = doc;
    let mut texts = Vec::with_capacity(pages.len());
    let mut failed = Vec::new();
    let mut total = 0usize;
    for &number in pages.keys() {
        let page = catch_panic(Format::Pdf, || {
            let mut out = PageText::default();
            pdf_extract::output_doc_page(&doc, &mut out, number).map_err(|e| {
                IngestError::Damaged {
                    reason: describe(&e),
                }
            })?;
            Ok(out.text)
        });
        match page {
            Ok(text) => {
                total += text.len();
                if total > limits.max_text_bytes {
                    return Err(IngestError::TextTooLarge {
                        limit: limits.max_text_bytes,
                    });
                }
                texts.push(text);
            }
            Err(e) => {
                failed.push((number, e.to_string()));
                texts.push(String::new());
            }
        }
    }
    if failed.len() == texts.len() {
        let (_, first) = &failed[0];
        return Err(IngestError::Damaged {
            reason: format!("no page could be read (page 1: {first})"),
        });
    }
    for (number, why) in failed {
        warnings.push(format!("page {number} could not be read: {why}"));
    }
    Ok((texts, warnings))
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
fn supply_media_boxes(
    doc: &mut Document,
    pages: &std::collections::BTreeMap<u32, pdf_extract::ObjectId>,
) -> Vec<u32> {
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

/// Collects one page's text from pdf-extract's glyph stream.
///
/// The rules are those of pdf-extract's `PlainTextOutput` (a line break where
/// the baseline moves by more than half the font size and the pen moves left,
/// a blank line where it moves by more than one and a half; a space where a
/// text run starts more than a tenth of an em after the last glyph ended), plus
/// one it lacks: a text run that starts well *before* the last glyph ended on
/// the same line is a new word too. Table cells set too close together
/// overlap like that, and were glued into one word ("budgetForventet") where
/// pdftotext and a reader see two.
#[derive(Default)]
struct PageText {
    text: String,
    height: f64,
    last_end: f64,
    last_y: f64,
    /// True between `begin_word` (a new text-showing run) and its first glyph.
    run_start: bool,
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
        if !self.text.is_empty() && self.run_start {
            let dy = (y - self.last_y).abs();
            if dy > size * 1.5 {
                self.text.push('\n');
            }
            if x < self.last_end && dy > size * 0.5 {
                self.text.push('\n');
            } else if dy <= size * 0.5
                && (x > self.last_end + size * 0.1 || x < self.last_end - size * 0.5)
                && !self.text.ends_with([' ', '\n'])
                && !ch.starts_with(' ')
            {
                self.text.push(' ');
            }
        }
        self.text.push_str(ch);
        self.run_start = false;
        self.last_y = y;
        self.last_end = x + width * size;
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
