//! Regression tests for bugs met in real-looking input, each named after it.

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};
use tilsyn_ingest::{Format, IngestError, extract_bytes};

/// A one-page PDF in Helvetica (WinAnsi) whose content is `ops`; the page
/// gets a /MediaBox only if `media_box` is true.
fn pdf(ops: Vec<Operation>, media_box: bool) -> Vec<u8> {
    let helvetica = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    };
    pdf_with_font(ops, media_box, helvetica)
}

/// Like [`pdf`], with `font` as /F1.
fn pdf_with_font(ops: Vec<Operation>, media_box: bool, font: lopdf::Dictionary) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(font);
    let content = Content { operations: ops };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let mut page = dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    };
    if media_box {
        page.set("MediaBox", vec![0.into(), 0.into(), 595.into(), 842.into()]);
    }
    let page_id = doc.add_object(page);
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn text_at(x: f64, y: f64, s: &str) -> Vec<Operation> {
    vec![
        Operation::new(
            "Tm",
            vec![1.into(), 0.into(), 0.into(), 1.into(), x.into(), y.into()],
        ),
        // WinAnsi: one byte per character (the test strings are Latin-1).
        Operation::new(
            "Tj",
            vec![Object::String(
                s.chars().map(|c| c as u8).collect(),
                lopdf::StringFormat::Literal,
            )],
        ),
    ]
}

fn page(runs: &[(f64, f64, &str)]) -> Vec<Operation> {
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 10.into()]),
    ];
    for (x, y, s) in runs {
        ops.extend(text_at(*x, *y, s));
    }
    ops.push(Operation::new("ET", vec![]));
    ops
}

/// Table cells set closer than their text is wide overlap on the line; they
/// were glued into one word ("budgetForventet").
#[test]
fn overlapping_table_cells_are_separate_words() {
    let bytes = pdf(
        page(&[
            (50.0, 700.0, "Udvalg"),
            (150.0, 700.0, "Korrigeret budget"),
            (180.0, 700.0, "Forventet regnskab"),
        ]),
        true,
    );
    let doc = extract_bytes(&bytes, Format::Pdf).unwrap();
    assert_eq!(
        doc.pages[0].text,
        "Udvalg Korrigeret budget Forventet regnskab"
    );
}

/// A page without /MediaBox made pdf-extract panic ("MediaBox"); viewers
/// read it as A4.
#[test]
fn page_without_media_box_is_read() {
    let bytes = pdf(page(&[(50.0, 700.0, "Byrådet")]), false);
    let doc = extract_bytes(&bytes, Format::Pdf).unwrap();
    assert_eq!(doc.pages[0].text, "Byrådet");
    assert!(
        doc.warnings.iter().any(|w| w.contains("MediaBox")),
        "{:?}",
        doc.warnings
    );
}

/// Letters of one word drawn as separate runs, each right after the last,
/// must stay one word.
#[test]
fn adjacent_runs_stay_one_word() {
    // Helvetica 10 pt: "handlings" is about 42 pt wide.
    let bytes = pdf(
        page(&[(50.0, 700.0, "handlings"), (92.3, 700.0, "plan")]),
        true,
    );
    let doc = extract_bytes(&bytes, Format::Pdf).unwrap();
    assert_eq!(doc.pages[0].text, "handlingsplan");
}

#[test]
fn a_page_with_no_text_is_no_text_layer() {
    let bytes = pdf(vec![], true);
    assert_eq!(
        extract_bytes(&bytes, Format::Pdf),
        Err(IngestError::NoTextLayer { pages: 1 })
    );
}

/// Malformed font dictionaries make pdf-extract panic ("explicit panic",
/// "deref", failed assertions). The panic costs the page, and a document
/// where no page is readable is a damaged PDF naming the parser's failure.
#[test]
fn malformed_fonts_that_panic_the_parser_are_damaged_pdfs() {
    let fonts = [
        dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => 7 },
        dictionary! { "Type" => "Font", "Subtype" => "Type3" },
        dictionary! { "Type" => "Font" },
        dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Foo",
            "FirstChar" => -100, "LastChar" => 126, "Widths" => vec![Object::Integer(500)],
        },
    ];
    for font in fonts {
        let bytes = pdf_with_font(page(&[(50.0, 700.0, "Byrådet")]), true, font.clone());
        match extract_bytes(&bytes, Format::Pdf) {
            Err(IngestError::Damaged { reason }) => {
                assert!(reason.contains("parser failed"), "{font:?}: {reason}")
            }
            other => panic!("{font:?}: expected a damaged PDF, got {other:?}"),
        }
    }
}

/// Found by `cargo fuzz run pdf` (a sample with bytes inserted): a page
/// that selects a font its resources do not have. pdf-extract panics with
/// the bare resource name ("F2112"), which said nothing to an analyst.
#[test]
fn fuzz_a_font_missing_from_the_resources_is_named_clearly() {
    let ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F2112".into(), 10.into()]),
        Operation::new("Td", vec![50.into(), 700.into()]),
        Operation::new("Tj", vec![Object::string_literal("Referat")]),
        Operation::new("ET", vec![]),
    ];
    let err = extract_bytes(&pdf(ops, true), Format::Pdf).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("PDF parser failed") && msg.contains("a required entry /F2112 is missing"),
        "{msg}"
    );
}
