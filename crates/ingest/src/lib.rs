//! Turns council minutes into normalised text, page by page.
//!
//! This is the first stage of tilsyn's pipeline: **files → pages of text** →
//! meetings and items → findings → outcomes → reports. Every later finding
//! carries a page number, so the unit of output is the [`Page`].
//!
//! - PDF (`.pdf`) is loaded with `lopdf` and read one page at a time, so a page
//!   the parser chokes on costs that page, not the document: by a fast reader
//!   of our own for the text operators and the usual fonts, and by
//!   `pdf-extract` for the pages it does not read with confidence.
//! - HTML (`.html`, `.htm`) is parsed with `scraper` (html5ever), honouring the
//!   declared charset (`encoding_rs`), dropping scripts, styles, navigation,
//!   cookie banners and other page chrome. One HTML file is one page.
//! - Either way the text is normalised ([`normalise`]): NFC, ligatures
//!   expanded, soft hyphens dropped, words broken across lines re-joined,
//!   white space collapsed, and running headers and footers removed.
//!
//! Each page also says what its source shows about every line
//! ([`Page::lines`], [`LineKind`]): a heading (HTML `h1`–`h6`; a larger or
//! bold short line in a PDF), a label and its value (a two-cell table row,
//! `dt`, "Mødedato: 15.12.2022", a two-column row in a PDF), a list item, or
//! page furniture (print stamps, URLs, "Gå til indhold", running lines in
//! the page margins), so that later stages can segment by structure first.
//! `tilsyn extract --blocks FILE` prints it.
//!
//! Files that cannot be read give an [`IngestError`] that says why in words an
//! analyst understands ("no text layer; OCR needed", "not a PDF: …").
//!
//! Parsers of hostile files can panic, overflow the stack or loop for ever.
//! [`extract_path`] catches panics, but only a separate process survives the
//! rest: [`sandbox`] runs extraction in worker processes with a time and
//! memory limit, and that is what the `tilsyn` binary uses.
//!
//! ```
//! use tilsyn_ingest::{extract_bytes, Format};
//!
//! let html = "<html><body><nav>Forside</nav><h1>Referat – Byrådet</h1>\
//!             <p>Udarbejdelse af en handlings-<br>plan.</p></body></html>";
//! let doc = extract_bytes(html.as_bytes(), Format::Html).unwrap();
//! assert_eq!(doc.pages.len(), 1);
//! assert_eq!(doc.pages[0].text, "Referat – Byrådet\nUdarbejdelse af en handlingsplan.");
//! ```
#![deny(missing_docs)]

use std::path::Path;

use serde::{Deserialize, Serialize};

mod html;
pub mod normalise;
mod pdf;
pub mod sandbox;

/// The kinds of file tilsyn reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// A PDF file.
    Pdf,
    /// An HTML page.
    Html,
}

impl Format {
    /// The format's name as people write it: "PDF", "HTML".
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Html => "HTML",
        }
    }

    /// The format of a file by its extension (case-insensitive), as
    /// CONTRACT.md says: `.pdf`, `.html`, `.htm`. Anything else is `None`
    /// and is reported as skipped.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Format::Pdf),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// One page of normalised text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// 1-based page number, as a PDF viewer shows it.
    pub number: u32,
    /// Normalised text: NFC, one text line per `\n`, no running header or
    /// footer. May be empty (a blank or scanned page).
    pub text: String,
    /// One entry per line of `text` (split on '\n'), in order; empty when the reader knows nothing.
    ///
    /// Invariant: `lines.is_empty() || lines.len() == text.split('\n').count()`.
    #[serde(default)]
    pub lines: Vec<LineInfo>,
}

impl Page {
    /// The lines of [`Page::text`] with what the source says about each
    /// ([`LineKind::Body`] for every line where [`Page::lines`] is empty).
    pub fn lines_with_info(&self) -> impl Iterator<Item = (&str, LineInfo)> {
        let known = !self.lines.is_empty();
        self.text.split('\n').enumerate().map(move |(i, line)| {
            let info = if known {
                self.lines.get(i).copied().unwrap_or_default()
            } else {
                LineInfo::default()
            };
            (line, info)
        })
    }
}

/// What the source says about one line of a [`Page`]'s text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LineInfo {
    /// The line's role on the page.
    pub kind: LineKind,
}

/// The role of a line, as its source marks it (tags in HTML; font, size and
/// position in a PDF) or, failing that, as its text plainly shows it
/// ("Mødedato: 15.12.2022", "• at …", "Side 3 af 14").
///
/// How each reader decides is documented where it is done: `html.rs` (tags),
/// `pdf.rs` (`PageText`: geometry and fonts) and [`normalise`] (the text
/// patterns every reader shares).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum LineKind {
    /// Running text: everything not marked otherwise.
    #[default]
    Body,
    /// h1–h6 in HTML (level 1–6); in a PDF a short line set larger than the page's body text (level by size) or in bold (level 3+).
    Heading {
        /// 1 is the most prominent.
        level: u8,
    },
    /// A label–value pair on one line: HTML th/td or dt/dd rows, "Label: value", a two-column metadata table row in a PDF. `value_start` is the byte offset in the line where the value begins.
    ///
    /// `value_start` is at most the line's length and on a character
    /// boundary; it equals the length where the line holds the label alone
    /// and the value follows on the next line(s) (an HTML `dt`).
    Label {
        /// Byte offset in the line where the value begins.
        value_start: u32,
    },
    /// A list item (HTML li, a bullet or "at …"-bullet line in a PDF).
    ListItem,
    /// The first line of a table row's cell after its first, as a PDF draws the row cell by
    /// cell: the text moved up and to the right to start the next column. `column` counts
    /// the row's cells from 0; which column heading it falls under is for the reader of the
    /// text to find (a header row such as "Sag | Indstilling | Beslutning").
    Cell {
        /// The cell's place in its row, 1 for the second cell.
        column: u8,
    },
    /// A table row of three or more cells on one line (an HTML `tr`), the cells' texts
    /// joined by spaces: a record of its own ("Vedligeholdende træning Maksimalt 12 forløb
    /// Ingen forlængelse"), not a sentence that runs on into the next row.
    Row,
    /// Page furniture: print stamps (date/time, URL, "Side 3 af 14"-like lines if still present), running headers/footers at the page edges, breadcrumbs, "Gå til indhold". Still in `text`, but no reader should take it for content.
    Furniture,
}

/// One page as a reader hands it to normalisation: raw text, and what the
/// reader knows about each of its lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct RawPage {
    /// Raw text; lines separated by `\n`.
    pub text: String,
    /// One entry per `\n`-separated line of `text`, or empty.
    pub lines: Vec<RawLine>,
    /// Glyphs the page's content draws, where the reader counted them (0
    /// where not): a page whose text is much shorter lost text.
    pub drawn: usize,
    /// A page with no text that paints an image (asked only of PDF pages
    /// without text): scanned, where one without is blank.
    pub image: bool,
}

/// What a reader knows about one raw line. Like [`LineKind`], except that a
/// label's value is placed by word (normalisation changes bytes, not words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum RawLine {
    #[default]
    Body,
    Heading(u8),
    /// The value starts at this (0-based) word of the line; past the last
    /// word, the line is the label alone.
    Label {
        value_word: u32,
    },
    ListItem,
    /// See [`LineKind::Cell`].
    Cell(u8),
    /// See [`LineKind::Row`].
    Row,
    Furniture,
}

/// The text of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// What the file was read as.
    pub format: Format,
    /// Pages in order; `pages[i].number == i + 1`.
    pub pages: Vec<Page>,
    /// Things an analyst may want to know that did not stop the reading,
    /// e.g. "page 7 has no text layer (scanned?)".
    pub warnings: Vec<String>,
}

impl Document {
    /// The page texts, in order, as the matcher takes them.
    pub fn page_texts(&self) -> Vec<&str> {
        self.pages.iter().map(|p| p.text.as_str()).collect()
    }
}

/// Why a file could not be read. The `Display` text is meant for the analyst.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IngestError {
    /// The file could not be opened or read.
    #[error("cannot read the file: {reason}")]
    Io {
        /// The operating system's message.
        reason: String,
    },
    /// Zero bytes.
    #[error("empty file (0 bytes)")]
    Empty,
    /// Larger than the configured limit; not read at all.
    #[error("file is {size} bytes, over the limit of {limit} bytes (--max-file-size)")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Named `.pdf` but something else.
    #[error("not a PDF: {what}")]
    NotPdf {
        /// What it looks like instead, e.g. "an HTML page titled '404 – …'".
        what: String,
    },
    /// Named `.html` or `.htm` but something else.
    #[error("not an HTML page: {what}")]
    NotHtml {
        /// What it is instead, e.g. "the file is gzip-compressed data".
        what: String,
    },
    /// A PDF that opens but has no text to read: scanned pages.
    #[error("no text layer; OCR needed ({pages} pages, none with text)")]
    NoTextLayer {
        /// Page count.
        pages: u32,
    },
    /// Encrypted and not readable without a password.
    #[error("encrypted PDF that needs a password: {reason}")]
    Encrypted {
        /// The parser's message.
        reason: String,
    },
    /// A PDF the parser cannot make sense of.
    #[error("damaged PDF: {reason}")]
    Damaged {
        /// The parser's message, plus a hint such as "the file seems truncated".
        reason: String,
    },
    /// The parser panicked; the message is kept for a bug report.
    #[error("the {} parser failed on this file: {reason}", format.name())]
    ParserPanic {
        /// Which parser.
        format: Format,
        /// The panic message.
        reason: String,
    },
    /// The extracted text exceeded the output limit.
    #[error("text output exceeded the limit of {limit} bytes (--max-text-size)")]
    TextTooLarge {
        /// The limit in force.
        limit: usize,
    },
    /// A resource limit stopped the worker (time, memory, stack).
    #[error("{0}")]
    Limit(String),
    /// The worker process died without an answer.
    #[error("the reader crashed on this file: {reason}")]
    Crashed {
        /// What the worker's last words or exit status say.
        reason: String,
    },
}

/// Limits on reading one file. The binary exposes them as flags.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Limits {
    /// Files larger than this are not read (bytes).
    pub max_file_bytes: u64,
    /// Extraction stops with an error when the text of one file grows past
    /// this (bytes).
    pub max_text_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_file_bytes: 512 << 20,
            max_text_bytes: 64 << 20,
        }
    }
}

/// Reads and normalises one file in this process, choosing the reader by
/// extension. Panics inside the parsers are caught and reported; stack
/// overflows and endless loops are not, which is why the binary goes through
/// [`sandbox`].
pub fn extract_path(path: &Path, limits: &Limits) -> Result<Document, IngestError> {
    let format = Format::from_path(path).unwrap_or(Format::Pdf);
    let meta = std::fs::metadata(path).map_err(|e| IngestError::Io {
        reason: e.to_string(),
    })?;
    if meta.len() > limits.max_file_bytes {
        return Err(IngestError::TooLarge {
            size: meta.len(),
            limit: limits.max_file_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| IngestError::Io {
        reason: e.to_string(),
    })?;
    extract_bytes_with(&bytes, format, limits)
}

/// Reads and normalises a file already in memory, with default limits.
pub fn extract_bytes(bytes: &[u8], format: Format) -> Result<Document, IngestError> {
    extract_bytes_with(bytes, format, &Limits::default())
}

/// Reads and normalises a file already in memory.
pub fn extract_bytes_with(
    bytes: &[u8],
    format: Format,
    limits: &Limits,
) -> Result<Document, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    let (raw_pages, mut warnings) = match format {
        Format::Pdf => pdf::extract(bytes, limits)?,
        Format::Html => catch_panic(Format::Html, || html::extract(bytes))?,
    };
    let total: usize = raw_pages.iter().map(|p| p.text.len()).sum();
    let images: Vec<bool> = raw_pages.iter().map(|p| p.image).collect();
    if total > limits.max_text_bytes {
        return Err(IngestError::TextTooLarge {
            limit: limits.max_text_bytes,
        });
    }
    let (texts, infos): (Vec<String>, Vec<Vec<LineInfo>>) =
        normalise::normalise_raw_pages(raw_pages)
            .into_iter()
            .unzip();
    if format == Format::Pdf {
        let empty: Vec<usize> = (0..texts.len())
            .filter(|&i| texts[i].trim().is_empty())
            .collect();
        if !texts.is_empty() && empty.len() == texts.len() {
            return Err(IngestError::NoTextLayer {
                pages: texts.len() as u32,
            });
        }
        // A page with neither text nor image is blank (the back of a
        // printed sheet, a page between sections): nothing is missing.
        let scanned: Vec<String> = empty
            .iter()
            .filter(|&&i| images.get(i).copied().unwrap_or(false))
            .map(|i| (i + 1).to_string())
            .collect();
        if !scanned.is_empty() {
            warnings.push(format!(
                "page(s) {} have no text layer (scanned?); OCR needed to read them",
                scanned.join(", ")
            ));
        }
    }
    let pages = texts
        .into_iter()
        .zip(infos)
        .enumerate()
        .map(|(i, (text, lines))| Page {
            number: i as u32 + 1,
            text,
            lines,
        })
        .collect();
    Ok(Document {
        format,
        pages,
        warnings,
    })
}

/// Runs a parser, turning a panic into [`IngestError::ParserPanic`].
pub(crate) fn catch_panic<T>(
    format: Format,
    f: impl FnOnce() -> Result<T, IngestError>,
) -> Result<T, IngestError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => Err(IngestError::ParserPanic {
            format,
            reason: explain_panic(&panic_message(&payload)),
        }),
    }
}

/// pdf-extract panics with the bare name of a dictionary entry it needs
/// (`expect(key)`: "MediaBox", "Font", or a font's resource name such as
/// "F2112") or with "wrong type"; said like that, the reason means nothing to
/// an analyst. Other messages are kept as they are.
fn explain_panic(message: &str) -> String {
    let bare_name = !message.is_empty()
        && message.len() <= 64
        && message
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-+.".contains(&b));
    if bare_name {
        format!("a required entry /{message} is missing or broken")
    } else if message == "wrong type" {
        "an entry has the wrong type".to_string()
    } else {
        message.to_string()
    }
}

pub(crate) fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}
