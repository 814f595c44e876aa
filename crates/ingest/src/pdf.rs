//! PDF to raw page text, with pdf-extract on lopdf.
//!
//! pdf-extract's own `extract_text_by_pages` stops silently at the first page
//! it cannot read and loses the rest; here every page is extracted on its
//! own, a panicking page becomes an empty page plus a warning, and only a
//! document where nothing can be read is an error.

use pdf_extract::{Document, OutputError, PlainTextOutput};

use crate::{Format, IngestError, Limits, catch_panic};

pub(crate) fn extract(
    bytes: &[u8],
    limits: &Limits,
) -> Result<(Vec<String>, Vec<String>), IngestError> {
    check_signature(bytes)?;
    let doc = catch_panic(Format::Pdf, || load(bytes))?;
    let pages = catch_panic(Format::Pdf, || Ok(doc.get_pages()))?;
    if pages.is_empty() {
        return Err(IngestError::Damaged {
            reason: "the document has no pages".into(),
        });
    }
    let mut texts = Vec::with_capacity(pages.len());
    let mut warnings = Vec::new();
    let mut failed = Vec::new();
    let mut total = 0usize;
    for &number in pages.keys() {
        let page = catch_panic(Format::Pdf, || {
            let mut s = String::new();
            let mut out = PlainTextOutput::new(&mut s);
            pdf_extract::output_doc_page(&doc, &mut out, number).map_err(|e| {
                IngestError::Damaged {
                    reason: describe(&e),
                }
            })?;
            Ok(s)
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
