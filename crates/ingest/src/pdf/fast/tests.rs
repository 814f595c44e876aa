//! The fast path on PDFs built here with lopdf, each showing one feature, and
//! against pdf-extract on every sample PDF.

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

use super::*;
use crate::Limits;
use crate::pdf::{Reader, extract_with};

/// A one-page document: `content` as the page's content stream, and the
/// resources `resources` makes (it may add objects, e.g. fonts).
fn one_page(
    content: &[u8],
    resources: impl FnOnce(&mut Document) -> Dictionary,
) -> (Document, ObjectId) {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let resources = resources(&mut doc);
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => resources,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    (doc, page_id)
}

fn with_font(font: Dictionary) -> impl FnOnce(&mut Document) -> Dictionary {
    move |doc| {
        let id = doc.add_object(font);
        dictionary! { "Font" => dictionary! { "F1" => id } }
    }
}

fn helvetica() -> Dictionary {
    dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    }
}

fn read(doc: &Document, page: ObjectId) -> Result<String, Failure> {
    page_text(doc, page, &mut FontCache::default(), usize::MAX).map(|p| p.text)
}

fn texts(pages: &[crate::RawPage]) -> Vec<String> {
    pages.iter().map(|p| p.text.clone()).collect()
}

fn bytes(doc: &mut Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn win_ansi_standard_font_without_widths() {
    // "Byrådet" in windows-1252; Helvetica's widths come from its AFM.
    let (doc, page) = one_page(
        b"BT /F1 12 Tf 72 700 Td (Byr\xe5det) Tj (i dag) Tj ET",
        with_font(helvetica()),
    );
    // The second run starts where the first ended: no space between.
    assert_eq!(read(&doc, page).unwrap(), "Byrådeti dag");
}

#[test]
fn tj_kerning_small_stays_in_the_word_and_large_is_a_space() {
    let (doc, page) = one_page(
        b"BT /F1 10 Tf 72 700 Td [(Hand) -20 (lings) 30 (plan) -400 (vedtaget)] TJ ET",
        with_font(helvetica()),
    );
    assert_eq!(read(&doc, page).unwrap(), "Handlingsplan vedtaget");
}

#[test]
fn lines_and_columns_by_position() {
    let (doc, page) = one_page(
        b"BT /F1 10 Tf 14 TL 72 700 Td (Punkt 1) Tj T* (Sagsfremstilling) Tj \
          0 -28 Td (Beslutning) Tj (Godkendt) ' ET",
        with_font(helvetica()),
    );
    assert_eq!(
        read(&doc, page).unwrap(),
        "Punkt 1\nSagsfremstilling\n\nBeslutning\nGodkendt"
    );
}

#[test]
fn double_quote_operator_sets_spacing_and_moves_to_the_next_line() {
    let (doc, page) = one_page(
        b"BT /F1 10 Tf 12 TL 72 700 Td (Indstilling) Tj 0 0 (Godkendt) \" ET",
        with_font(helvetica()),
    );
    assert_eq!(read(&doc, page).unwrap(), "Indstilling\nGodkendt");
}

#[test]
fn differences_map_glyph_names() {
    // An embedded Type1 font: its own encoding is unknown, so only the
    // codes the /Differences name are read.
    let font = |doc: &mut Document| {
        let file = doc.add_object(Stream::new(dictionary! {}, b"%!PS-AdobeFont".to_vec()));
        let descriptor = doc.add_object(dictionary! {
            "Type" => "FontDescriptor", "FontName" => "ABCDEF+Minion", "Flags" => 32,
            "FontFile" => file,
        });
        dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "ABCDEF+Minion",
            "FontDescriptor" => descriptor,
            "FirstChar" => 1, "LastChar" => 4,
            "Widths" => vec![500.into(), 500.into(), 700.into(), 250.into()],
            "Encoding" => dictionary! {
                "Type" => "Encoding",
                "Differences" => vec![1.into(), "aring".into(), "oslash".into(), "ae".into(), "space".into()],
            },
        }
    };
    let (doc, page) = one_page(b"BT /F1 10 Tf 72 700 Td <01020304> Tj ET", |doc| {
        let f = font(doc);
        with_font(f)(doc)
    });
    // The trailing space glyph is room, not text.
    assert_eq!(read(&doc, page).unwrap(), "åøæ");
    // A code the Differences do not name has no known text in such a font.
    let (doc, page) = one_page(b"BT /F1 10 Tf 72 700 Td (a) Tj ET", |doc| {
        let f = font(doc);
        with_font(f)(doc)
    });
    assert_eq!(
        read(&doc, page),
        Err(Failure::Unsupported("a glyph with no known text"))
    );
}

#[test]
fn mac_roman_and_standard_base_encodings() {
    let mac = dictionary! {
        "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "Arial",
        "Encoding" => "MacRomanEncoding",
    };
    let (doc, page) = one_page(
        b"BT /F1 10 Tf 72 700 Td (B\x8cd \xbf) Tj ET",
        with_font(mac),
    );
    assert_eq!(read(&doc, page).unwrap(), "Båd ø");
    // No /Encoding on a Type1 standard font: StandardEncoding, where 0xE1
    // is Æ and 0x27 a right quote.
    let std = dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman" };
    let (doc, page) = one_page(b"BT /F1 10 Tf 72 700 Td (\xe1rg') Tj ET", with_font(std));
    assert_eq!(read(&doc, page).unwrap(), "Ærg\u{2019}");
}

const CMAP: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
    1 begincodespacerange <0000> <FFFF> endcodespacerange \
    2 beginbfchar <0003> <0020> <0010> <00E5> endbfchar \
    1 beginbfrange <0020> <0039> <0061> endbfrange \
    endcmap CMapName currentdict /CMap defineresource pop end end";

fn type0(doc: &mut Document) -> Dictionary {
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, CMAP.to_vec()));
    let descendant = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Calibri",
        "DW" => 500,
        "W" => vec![3.into(), vec![Object::Integer(226)].into(), 16.into(), 16.into(), 480.into()],
    });
    dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Calibri",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![descendant.into()],
        "ToUnicode" => to_unicode,
    }
}

#[test]
fn type0_identity_h_with_to_unicode() {
    // b y r å d e t, space, i: codes 0x20 + (letter - 'a'), å = 0x10.
    let (doc, page) = one_page(
        b"BT /F1 11 Tf 72 700 Td <0021003800310010002300240033000300280020> Tj ET",
        |doc| {
            let f = type0(doc);
            with_font(f)(doc)
        },
    );
    assert_eq!(read(&doc, page).unwrap(), "byrådet ia");
}

#[test]
fn type0_without_to_unicode_goes_to_pdf_extract() {
    let (doc, page) = one_page(b"BT /F1 11 Tf 72 700 Td <0021> Tj ET", |doc| {
        let mut f = type0(doc);
        f.remove(b"ToUnicode");
        with_font(f)(doc)
    });
    assert_eq!(
        read(&doc, page),
        Err(Failure::Unsupported("a glyph with no known text"))
    );
}

#[test]
fn form_xobjects_are_drawn_with_their_matrix_and_resources() {
    let (doc, page) = one_page(b"BT /F1 10 Tf 72 700 Td (Referat) Tj ET /Fm1 Do", |doc| {
        let font = doc.add_object(helvetica());
        let form = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 500.into(), 100.into()],
                "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 72.into(), 600.into()],
                "Resources" => dictionary! { "Font" => dictionary! { "F2" => font } },
            },
            b"BT /F2 10 Tf 0 0 Td (Side 2 af 14) Tj ET".to_vec(),
        ));
        dictionary! {
            "Font" => dictionary! { "F1" => font },
            "XObject" => dictionary! { "Fm1" => form },
        }
    });
    assert_eq!(read(&doc, page).unwrap(), "Referat\n\nSide 2 af 14");
}

#[test]
fn a_form_that_draws_itself_is_drawn_once() {
    let (mut doc, page) = one_page(b"/Fm1 Do", with_font(helvetica()));
    let form = doc.new_object_id();
    let font = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"Resources")
        .unwrap()
        .clone();
    let mut resources = font.as_dict().unwrap().clone();
    resources.set("XObject", dictionary! { "Fm1" => form });
    doc.objects.insert(
        form,
        Object::Stream(Stream::new(
            dictionary! { "Subtype" => "Form", "Resources" => resources.clone() },
            b"BT /F1 10 Tf 72 700 Td (igen) Tj ET /Fm1 Do".to_vec(),
        )),
    );
    let page_dict = doc.get_object_mut(page).unwrap().as_dict_mut().unwrap();
    page_dict.set("Resources", resources);
    // As a viewer shows it: the form once, its call of itself skipped.
    assert_eq!(
        read(&doc, page).map(|t| t.trim().to_string()),
        Ok("igen".to_string())
    );
}

#[test]
fn forms_drawn_exponentially_are_refused() {
    // Ten forms, each drawing the one below it 64 times: 64^10 draws.
    let (mut doc, page) = one_page(b"/X9 Do", with_font(helvetica()));
    let mut xobjects = Dictionary::new();
    let mut below: Option<ObjectId> = None;
    for level in 0..10 {
        let mut content = Vec::new();
        let mut res = Dictionary::new();
        if let Some(b) = below {
            content.extend(b"/X Do ".repeat(64));
            res.set("XObject", dictionary! { "X" => b });
        } else {
            content.extend(b"0 0 m 1 1 l S ".repeat(10));
        }
        let id = doc.add_object(Stream::new(
            dictionary! { "Subtype" => "Form", "Resources" => res },
            content,
        ));
        xobjects.set(format!("X{level}"), id);
        below = Some(id);
    }
    let page_dict = doc.get_object_mut(page).unwrap().as_dict_mut().unwrap();
    page_dict.set("Resources", dictionary! { "XObject" => xobjects });
    // The bound is on work, so the test counts work: the page is refused after at most
    // MAX_FORM_WORK / FORM_COST drawings (each costs at least FORM_COST), not after 64^10.
    // Without the bound, the count passes TEST_FORMS_CAP and the reader panics.
    FORMS_DRAWN.with(|n| n.set(0));
    assert_eq!(
        read(&doc, page),
        Err(Failure::Hostile(
            "the page draws its forms too many times to read"
        ))
    );
    let drawn = FORMS_DRAWN.with(|n| n.get());
    assert!(
        drawn <= MAX_FORM_WORK / FORM_COST + 1,
        "{drawn} forms drawn before the page was refused"
    );
    // And the bound is what stopped it, not the depth limit or a missing form.
    assert!(
        drawn > MAX_FORM_WORK / FORM_COST / 2,
        "only {drawn} forms drawn"
    );
}

#[test]
fn deeply_nested_operands_go_to_pdf_extract() {
    let mut content = b"BT /F1 10 Tf 72 700 Td (Referat) Tj ET ".to_vec();
    content.extend(b"[".repeat(1000));
    content.extend(b"]".repeat(1000));
    let (doc, page) = one_page(&content, with_font(helvetica()));
    assert_eq!(
        read(&doc, page),
        Err(Failure::Unsupported("operands nested too deeply"))
    );
}

#[test]
fn text_past_the_limit_stops_the_page() {
    let (doc, page) = one_page(
        &b"BT /F1 10 Tf 72 700 Td (Referat af byraadets moede) Tj ET ".repeat(100),
        with_font(helvetica()),
    );
    assert_eq!(
        page_text(&doc, page, &mut FontCache::default(), 1000).map(|p| p.text),
        Err(Failure::TooMuchText)
    );
}

#[test]
fn garbage_operands_are_ignored_not_fatal() {
    let (doc, page) = one_page(
        b"BT /F1 10 Tf Td (x) 1 2 3 Tm 72 700 Td [(Hej) /Foo] TJ ) ] >> Tj 1 0 0 cm ET",
        with_font(helvetica()),
    );
    // (x) is an operand of the broken Tm, not shown; the stray `) ] >>`
    // leave a Tj without a string, ignored.
    assert_eq!(read(&doc, page).unwrap(), "Hej");
}

/// Chromium embeds web fonts, and Ghostscript bitmap fonts, as Type 3; such
/// pages went to pdf-extract, which lost text on them. A Type 3 font whose
/// codes have text (ToUnicode, or glyph names the glyph list knows) is read
/// by the fast path, its widths scaled by its /FontMatrix.
#[test]
fn type3_fonts_with_to_unicode_are_read_by_the_fast_path() {
    let type3 = |doc: &mut Document, to_unicode: bool| {
        let mut font = dictionary! {
            "Type" => "Font", "Subtype" => "Type3",
            "FontBBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
            "FontMatrix" => vec![0.01.into(), 0.into(), 0.into(), 0.01.into(), 0.into(), 0.into()],
            "CharProcs" => dictionary! {},
            "Encoding" => dictionary! {
                "Type" => "Encoding",
                "Differences" => vec![1.into(), "g1".into(), "g2".into(), "g3".into(), "g4".into()],
            },
            "FirstChar" => 1, "LastChar" => 4,
            "Widths" => vec![60.into(), 60.into(), 30.into(), 60.into()],
        };
        if to_unicode {
            let cmap = b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange \
                4 beginbfchar <01> <0042> <02> <00E5> <03> <0020> <04> <0072> endbfchar endcmap";
            let id = doc.add_object(Stream::new(dictionary! {}, cmap.to_vec()));
            font.set("ToUnicode", id);
        }
        font
    };
    // "Bår rå": B å r, space, r å.
    let content = b"BT /F1 10 Tf 72 700 Td <0102040304 02> Tj ET";
    let (doc, page) = one_page(content, |doc| {
        let f = type3(doc, true);
        with_font(f)(doc)
    });
    assert_eq!(read(&doc, page).unwrap(), "Bår rå");
    // Names the glyph list does not know, and no ToUnicode: pdf-extract's.
    let (doc, page) = one_page(content, |doc| {
        let f = type3(doc, false);
        with_font(f)(doc)
    });
    assert_eq!(
        read(&doc, page),
        Err(Failure::Unsupported("a glyph with no known text"))
    );
}

/// Every sample PDF reads the same through the fast path as through
/// pdf-extract, and no page of them needs pdf-extract.
#[test]
fn samples_read_the_same_as_with_pdf_extract() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus-samples");
    let mut pdfs = Vec::new();
    let mut todo = vec![dir];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
                pdfs.push(p);
            }
        }
    }
    let limits = Limits::default();
    let mut read_fast = 0;
    for p in &pdfs {
        let bytes = std::fs::read(p).unwrap();
        let auto = extract_with(&bytes, &limits, Reader::Auto);
        let slow = extract_with(&bytes, &limits, Reader::PdfExtract);
        let plain = |r: &Result<(Vec<crate::RawPage>, Vec<String>), crate::IngestError>| {
            r.clone().map(|(pages, warnings)| (texts(&pages), warnings))
        };
        assert_eq!(plain(&auto), plain(&slow), "{}", p.display());
        if let Ok(mut doc) = crate::pdf::load(&bytes) {
            let pages = doc.get_pages();
            crate::pdf::supply_media_boxes(&mut doc, &pages);
            let mut fonts = FontCache::default();
            for (n, id) in doc.get_pages() {
                let r = page_text(&doc, id, &mut fonts, usize::MAX);
                if auto.is_ok() {
                    assert!(r.is_ok(), "{} page {n}: {r:?}", p.display());
                    read_fast += 1;
                }
            }
        }
    }
    assert!(read_fast >= 100, "only {read_fast} sample pages read");
}

/// The kinds of the lines of a one-page PDF with `content`, in Helvetica
/// (/F1) and Helvetica-Bold (/F2), as [`crate::extract_bytes`] gives them.
fn line_kinds(content: &[u8]) -> Vec<(String, crate::LineKind)> {
    let (mut doc, _) = one_page(content, |doc| {
        let regular = doc.add_object(helvetica());
        let bold = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica-Bold",
            "Encoding" => "WinAnsiEncoding",
        });
        dictionary! { "Font" => dictionary! { "F1" => regular, "F2" => bold } }
    });
    let d = crate::extract_bytes(&bytes(&mut doc), crate::Format::Pdf).unwrap();
    let page = &d.pages[0];
    assert_eq!(page.lines.len(), page.text.split('\n').count());
    page.lines_with_info()
        .map(|(l, i)| (l.to_string(), i.kind))
        .collect()
}

fn kind_of(lines: &[(String, crate::LineKind)], start: &str) -> crate::LineKind {
    lines
        .iter()
        .find(|(l, _)| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line {start:?} in {lines:?}"))
        .1
}

#[test]
fn pdf_larger_and_bold_lines_are_headings() {
    use crate::LineKind::*;
    let lines = line_kinds(
        b"BT /F1 20 Tf 72 760 Td (Referat af Byr\xe5dets m\xf8de) Tj ET \
          BT /F1 15 Tf 72 730 Td (Punkt 7 Danmarkskort 2022) Tj ET \
          BT /F1 11 Tf 14 TL 72 700 Td (Sagen drejer sig om Ankestyrelsens danmarkskort) Tj \
          T* (over omg\xf8relsesprocenter, som forvaltningen har gennemg\xe5et) Tj \
          T* (og som nu forel\xe6gges til orientering.) Tj ET \
          BT /F2 11 Tf 72 640 Td (Beslutning) Tj ET \
          BT /F2 11 Tf 72 620 Td (Godkendt.) Tj ET \
          BT /F1 11 Tf 72 600 Td (Byr\xe5det tog orienteringen til efterretning.) Tj ET",
    );
    assert_eq!(kind_of(&lines, "Referat"), Heading { level: 1 });
    assert_eq!(kind_of(&lines, "Punkt 7"), Heading { level: 2 });
    assert_eq!(kind_of(&lines, "Sagen drejer"), Body);
    assert_eq!(kind_of(&lines, "Beslutning"), Heading { level: 3 });
    // A bold sentence is not a heading.
    assert_eq!(kind_of(&lines, "Godkendt."), Body);
}

#[test]
fn pdf_two_column_row_is_a_label_and_the_print_stamp_is_furniture() {
    use crate::LineKind::*;
    let lines = line_kinds(
        b"BT /F1 8 Tf 20 828 Td (15.12.2022 17.05) Tj 230 0 Td (Referat - Byr\xe5det) Tj ET \
          BT /F1 11 Tf 72 760 Td (M\xf8dedato) Tj 130 0 Td (15. december 2022) Tj ET \
          BT /F1 11 Tf 72 745 Td (M\xf8dested) Tj 130 0 Td (R\xe5dhuset, byr\xe5dssalen) Tj ET \
          BT /F1 11 Tf 14 TL 72 700 Td (Direktionen indstiller, at byr\xe5det beslutter) Tj \
          T* (om der skal udarbejdes en handlingsplan, idet) Tj ET \
          BT /F1 11 Tf 90 672 Td (at byr\xe5det tager danmarkskortet til efterretning.) Tj ET \
          BT /F1 11 Tf 72 640 Td (\x95 en punktopstilling i teksten) Tj ET \
          BT /F1 8 Tf 20 14 Td (https://dagsorden.kommune.dk/referat/2022-12-15) Tj 520 0 Td (1/3) Tj ET",
    );
    assert_eq!(kind_of(&lines, "15.12.2022 17.05"), Furniture);
    assert_eq!(
        kind_of(&lines, "Mødedato"),
        Label {
            value_start: "Mødedato ".len() as u32
        }
    );
    assert_eq!(kind_of(&lines, "Mødested"), kind_of(&lines, "Mødedato"));
    assert_eq!(kind_of(&lines, "Direktionen"), Body);
    assert_eq!(kind_of(&lines, "at byrådet tager"), ListItem);
    assert_eq!(kind_of(&lines, "• en punkt"), ListItem);
    assert_eq!(kind_of(&lines, "https://"), Furniture);
}

/// A landscape sheet printed two pages up (a2ps, enscript) turns its text a quarter turn:
/// word gaps and line breaks are measured along the turned line, as upright text's are.
#[test]
fn text_turned_a_quarter_turn_keeps_its_spaces_and_lines() {
    // Reading upwards (0 1 -1 0): the first line is the leftmost.
    let (doc, page) = one_page(
        b"BT /F1 10 Tf 0 1 -1 0 40 72 Tm 12 TL (Referat af m\xf8de) Tj T* (i Byr\xe5det) Tj ET",
        with_font(helvetica()),
    );
    assert_eq!(read(&doc, page).unwrap(), "Referat af møde\ni Byrådet");
    // Reading downwards (0 -1 1 0): the first line is the rightmost.
    let (doc, page) = one_page(
        b"BT /F1 10 Tf 0 -1 1 0 550 770 Tm 12 TL (Referat af m\xf8de) Tj T* (i Byr\xe5det) Tj ET",
        with_font(helvetica()),
    );
    assert_eq!(read(&doc, page).unwrap(), "Referat af møde\ni Byrådet");
    // Upside down.
    let (doc, page) = one_page(
        b"BT /F1 10 Tf -1 0 0 -1 500 100 Tm 12 TL (Referat af m\xf8de) Tj T* (i Byr\xe5det) Tj ET",
        with_font(helvetica()),
    );
    assert_eq!(read(&doc, page).unwrap(), "Referat af møde\ni Byrådet");
}

/// A table row drawn cell by cell, as LibreOffice and Chromium draw it: after the first
/// cell's lines the text moves up and right to the top of the next column. Each later
/// cell's first line is marked with its place in the row; the next row starts again at 0.
#[test]
fn a_table_row_drawn_cell_by_cell_marks_where_each_cell_starts() {
    use crate::LineKind::*;
    let lines = line_kinds(
        b"BT /F2 11 Tf 72 760 Td (Sag) Tj 170 0 Td (Indstilling) Tj 150 0 Td (Beslutning) Tj ET \
          BT /F1 11 Tf 14 TL 72 740 Td (6. Danmarkskort 2022) Tj T* (Kommunens omg\xf8relsesprocent) Tj \
          T* (ligger under landsgennemsnittet.) Tj ET \
          BT /F1 11 Tf 14 TL 242 740 Td (at der ikke udarbejdes) Tj T* (en handlingsplan) Tj ET \
          BT /F1 11 Tf 14 TL 392 740 Td (Godkendt.) Tj ET \
          BT /F1 11 Tf 14 TL 72 690 Td (7. Regnskab 2021) Tj T* (Regnskabet godkendes.) Tj ET \
          BT /F1 11 Tf 14 TL 242 690 Td (at regnskabet godkendes) Tj ET",
    );
    assert_eq!(kind_of(&lines, "6. Danmarkskort"), Body);
    assert_eq!(kind_of(&lines, "ligger under"), Body);
    assert_eq!(kind_of(&lines, "at der ikke"), Cell { column: 1 });
    assert_eq!(kind_of(&lines, "en handlingsplan"), Body);
    assert_eq!(kind_of(&lines, "Godkendt."), Cell { column: 2 });
    assert_eq!(kind_of(&lines, "7. Regnskab"), Body);
    assert_eq!(kind_of(&lines, "at regnskabet"), Cell { column: 1 });
}

#[test]
fn a_blank_page_is_not_called_scanned_and_an_image_page_is() {
    // Page 1 text, page 2 nothing at all (the back of a printed sheet), page
    // 3 a scanned page: an image drawn inside a form, as distillers write it.
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(helvetica());
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 2, "Height" => 2,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![200, 90, 90, 200],
    ));
    let form = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image } },
        },
        b"q 595 0 0 842 0 0 cm /Im0 Do Q".to_vec(),
    ));
    let contents: [(&[u8], Dictionary); 3] = [
        (
            b"BT /F1 10 Tf 72 700 Td (Referat af byr\xe5dets m\xf8de) Tj ET",
            dictionary! { "Font" => dictionary! { "F1" => font } },
        ),
        (b"", dictionary! {}),
        (
            b"/Fm0 Do",
            dictionary! { "XObject" => dictionary! { "Fm0" => form } },
        ),
    ];
    let mut kids = Vec::new();
    for (content, resources) in contents {
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        kids.push(Object::from(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "Resources" => resources,
        })));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => 3,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let read = crate::extract_bytes_with(&bytes(&mut doc), crate::Format::Pdf, &Limits::default())
        .unwrap();
    assert_eq!(read.pages.len(), 3);
    let scanned: Vec<&String> = read
        .warnings
        .iter()
        .filter(|w| w.contains("no text layer"))
        .collect();
    assert_eq!(
        scanned,
        ["page(s) 3 have no text layer (scanned?); OCR needed to read them"],
        "{:?}",
        read.warnings
    );
}
