//! A [`Letter`] written as a `.docx` with `docx-rs`, for the case worker to
//! finish in Word.
//!
//! The layout is an authority's letter on A4: the sender and the date
//! right-aligned, the address on the left, a bold subject line, headings in
//! bold, quotations indented in italics, bullets as a real Word list, and the
//! fill-ins highlighted in yellow so none is sent unfilled. The document's
//! dates are fixed (docx-rs writes 1970 unless told), so the same letter
//! gives the same bytes.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, IndentLevel, Level, LevelJc, LevelText, LineSpacing,
    NumberFormat, Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType,
    Start,
};

use crate::render::{Letter, Para};
use crate::template::Style;

/// The one list numbering the letters use: a bullet. Not 1: docx-rs always
/// writes a decimal numbering of its own under id 1.
const BULLETS: usize = 2;

/// Half-points: 11 pt body text.
const BODY_SIZE: usize = 22;

/// The `.docx` could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the .docx: {0}")]
pub struct DocxError(String);

/// The letter as the bytes of a `.docx` file.
pub fn to_docx(letter: &Letter, title: &str) -> Result<Vec<u8>, DocxError> {
    let mut doc = Docx::new()
        // A4 in twentieths of a point, with the 2.5 cm margins of a letter.
        .page_size(11906, 16838)
        .page_margin(PageMargin {
            top: 1418,
            left: 1418,
            bottom: 1418,
            right: 1418,
            header: 709,
            footer: 709,
            gutter: 0,
        })
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(BODY_SIZE)
        .created_at("2000-01-01T00:00:00Z")
        .updated_at("2000-01-01T00:00:00Z")
        .custom_property("title", title)
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(720),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    let mut prev: Option<Style> = None;
    for p in &letter.paras {
        doc = doc.add_paragraph(paragraph(p, prev));
        prev = Some(p.style);
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut buf)
        .map_err(|e| DocxError(e.to_string()))?;
    Ok(buf.into_inner())
}

fn paragraph(p: &Para, prev: Option<Style>) -> Paragraph {
    // Space after, in twentieths of a point; lines of a block (letterhead,
    // address, signature) and bullets of a list sit tight.
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let mut para = Paragraph::new();
    para = match p.style {
        Style::Right => para.align(AlignmentType::Right).line_spacing(spacing(0, 0)),
        Style::Line => para.line_spacing(spacing(0, 0)),
        Style::Subject => para.line_spacing(spacing(360, 240)).keep_next(true),
        Style::Heading => para.line_spacing(spacing(240, 60)).keep_next(true),
        Style::Paragraph => para.line_spacing(spacing(0, 160)),
        Style::Quote => para
            .indent(Some(567), None, Some(567), None)
            .line_spacing(spacing(0, 160)),
        Style::Bullet => para
            .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
            .line_spacing(spacing(0, 80)),
    };
    // Lines of a block (letterhead, address, signature) sit tight; the
    // first line of such a block stands a blank line below what came before.
    let tight = |s: Style| matches!(s, Style::Right | Style::Line);
    if tight(p.style) && prev.is_some_and(|s| !tight(s)) {
        para = para.line_spacing(spacing(240, 0));
    }
    // A paragraph after a list stands apart from its last bullet.
    if p.style == Style::Paragraph && prev == Some(Style::Bullet) {
        para = para.line_spacing(spacing(160, 160));
    }
    for s in &p.spans {
        let mut run = if s.fill_in {
            Run::new()
                .add_text(format!("[{}]", s.text))
                .highlight("yellow")
        } else {
            Run::new().add_text(s.text.as_str())
        };
        run = match p.style {
            Style::Subject => run.bold().size(BODY_SIZE + 2),
            Style::Heading => run.bold(),
            Style::Quote => run.italic(),
            _ => run,
        };
        para = para.add_run(run);
    }
    para
}
