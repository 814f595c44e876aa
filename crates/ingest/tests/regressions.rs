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

// Issue 11: PDF text as the page shows it, from every producer. One test per
// failure class, in the order, each on a small PDF made here that
// shows it.

/// A one-page PDF (A4) with `content` as its content stream and `font` as /F1.
fn pdf_raw(content: &[u8], font: lopdf::Dictionary) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(font);
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
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

fn helvetica() -> lopdf::Dictionary {
    dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    }
}

fn text_of(bytes: &[u8]) -> String {
    let doc = extract_bytes(bytes, Format::Pdf).unwrap();
    doc.pages
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\x0c")
}

/// Class 1. LibreOffice's "1,5 linjer": 11 pt text at a 19 pt pitch, more
/// than 1.5 ems, so every line became a paragraph and "handlings-" / "plan"
/// was not re-joined. Paragraphs now need a step well over the page's own
/// pitch (here 29 pt before "Beslutning").
#[test]
fn line_spacing_of_one_and_a_half_keeps_lines_in_their_paragraph() {
    let bytes = pdf_raw(
        b"BT /F1 11 Tf 19 TL 72 700 Td (Forvaltningen indstiller, at der udarbejdes en handlings-) Tj \
          T* (plan for at styrke den juridiske kvalitet i sagsbehandlingen, og at) Tj \
          T* (danmarkskortet tages til efterretning.) Tj 0 -29 Td (Beslutning) Tj \
          0 -19 Td (Indstillingen blev godkendt.) Tj ET",
        helvetica(),
    );
    assert_eq!(
        text_of(&bytes),
        "Forvaltningen indstiller, at der udarbejdes en handlingsplan\n\
         for at styrke den juridiske kvalitet i sagsbehandlingen, og at\n\
         danmarkskortet tages til efterretning.\n\nBeslutning\nIndstillingen blev godkendt."
    );
}

/// Class 1, Chromium: a list item indented under a short heading, a paragraph's step
/// below it but not well over the page's pitch, starts to the right of where the heading
/// ended, so its text went on the line begun as the paragraph break, and that line was
/// taken out as a false paragraph, text and all ("Bilag" / "Ansøgning om eftergivelse,
/// …" lost in an independent corpus).
#[test]
fn an_indented_line_after_a_false_paragraph_break_keeps_its_text() {
    let bytes = pdf_raw(
        b"BT /F1 11 Tf 19 TL 72 700 Td (Borgeren har i flere \xe5r v\xe6ret p\xe5 kontanthj\xe6lp.) Tj \
          T* (Der er ingen udsigt til, at g\xe6lden kan betales.) Tj T* (Bilag) Tj \
          140 -22 Td (Ans\xf8gning om eftergivelse, Preben Thomsen) Tj \
          0 -19 Td (Forvaltningens notat om \xf8konomiske forhold) Tj \
          -140 -19 Td (Indstilling) Tj T* (at g\xe6lden eftergives.) Tj ET",
        helvetica(),
    );
    let text = text_of(&bytes);
    assert!(
        text.contains("Bilag\nAnsøgning om eftergivelse, Preben Thomsen\n"),
        "{text}"
    );
    assert!(text.contains("Forvaltningens notat"), "{text}");
}

/// A table of contents whose titles run into a leader of dots, each dot set apart
/// ("1. Handlingsplan for trafiksikkerhed . . . . . . 2", as LibreOffice prints a dotted tab):
/// the dots are not a letter-spaced word, and the title keeps its spaces (found in an
/// independent corpus: "1.Handlingsplanfortrafiksikkerhed2023-2026").
#[test]
fn a_leader_of_dots_is_not_letter_spacing() {
    let mut ops =
        b"BT /F1 10 Tf 72 700 Td (1. Handlingsplan for trafiksikkerhed 2023-2026) Tj".to_vec();
    for i in 0..30 {
        ops.extend_from_slice(format!(" ET BT /F1 10 Tf {} 700 Td (.) Tj", 330 + i * 5).as_bytes());
    }
    ops.extend_from_slice(b" ET BT /F1 10 Tf 500 700 Td (2) Tj ET");
    let bytes = pdf_raw(&ops, helvetica());
    let text = text_of(&bytes);
    assert!(
        text.starts_with("1. Handlingsplan for trafiksikkerhed 2023-2026 "),
        "{text}"
    );
}

/// Class 1, Tesseract: every word at its own horizontal scale (`Tz`), which
/// shrank the size the line test used, so a 1.2-em pitch looked like 1.7.
#[test]
fn horizontal_scaling_does_not_make_every_line_a_paragraph() {
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 12 TL 72 700 Td 50 Tz (Byr\xe5det) Tj 60 0 Td 45 Tz (godkendte) Tj \
          -60 -12 Td 55 Tz (indstillingen.) Tj 0 -12 Td 48 Tz (Der) Tj 40 0 Td (udarbejdes) Tj \
          -40 -12 Td 52 Tz (ikke) Tj 30 0 Td (en) Tj 20 0 Td (handlingsplan.) Tj ET",
        helvetica(),
    );
    assert_eq!(
        text_of(&bytes),
        "Byrådet godkendte\nindstillingen.\nDer udarbejdes\nikke en handlingsplan."
    );
}

/// Class 2. Justified text from LibreOffice and Chromium: the line-end
/// hyphen is a string of its own, a little after the last letter, and
/// "befolknings -" / "prognosen" stayed broken.
#[test]
fn justified_text_line_end_hyphen_drawn_apart_is_rejoined() {
    // Helvetica 10 pt: "de nye befolknings" ends near x = 72 + 88.
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td (de nye befolknings) Tj ET \
          BT /F1 10 Tf 156.9 700 Td (-) Tj ET \
          BT /F1 10 Tf 72 688 Td (prognoser viser flere b\xf8rn.) Tj ET \
          BT /F1 10 Tf 72 676 Td (F\xf8lgende -) Tj ET BT /F1 10 Tf 72 664 Td (lokalplan) Tj ET",
        helvetica(),
    );
    let text = text_of(&bytes);
    assert!(
        text.starts_with("de nye befolkningsprognoser\nviser"),
        "{text}"
    );
    // A dash a space away from the word is the writer's, and stays.
    assert!(text.ends_with("Følgende -\nlokalplan"), "{text}");
}

/// Class 3. Ghostscript re-distilling: the space between words is made by
/// word spacing (`Tw`) on a code that has no text of its own, or by
/// character spacing; "blevgodkendt", "atder".
#[test]
fn character_and_word_spacing_gaps_are_spaces() {
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![32.into(), ".notdef".into()],
        },
        "FirstChar" => 32, "LastChar" => 126,
        "Widths" => (32..=126).map(|c| Object::Integer(if c == 32 { 0 } else { 500 })).collect::<Vec<_>>(),
    };
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td 3 Tw (Forslaget blev godkendt) Tj ET \
          BT /F1 10 Tf 72 680 Td 0 Tw 0.3 Tc (a) Tj 2.5 Tc (t) Tj 0.3 Tc (der) Tj ET \
          BT /F1 10 Tf 72 660 Td 0.2 Tc (handlingsplan) Tj ET",
        font,
    );
    // Tracking of 0.02 em (0.2 pt at 10 pt) is not a word break; 0.25 em is.
    // (Lines at an even 2-em pitch are one block, without blank lines.)
    assert_eq!(
        text_of(&bytes),
        "Forslaget blev godkendt\nat der\nhandlingsplan"
    );
}

/// Class 4. A broken cross-reference table, three ways: a `startxref`
/// that points nowhere, a line inserted after the header (every offset
/// wrong), and garbage in the table. lopdf stopped with "invalid file
/// trailer" where pdftotext and mutool rebuild the table by scanning for
/// objects; so does tilsyn now, and says so.
#[test]
fn damaged_cross_reference_table_is_rebuilt_and_reported() {
    let good = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td (Byr\xe5det godkendte indstillingen.) Tj ET",
        helvetica(),
    );
    let text = |s: &[u8]| String::from_utf8_lossy(s).into_owned();
    let at = good.windows(9).rposition(|w| w == b"startxref").unwrap();
    let mut nowhere = good[..at].to_vec();
    nowhere.extend_from_slice(b"startxref\n999999\n%%EOF\n");
    let mut inserted = b"%PDF-1.5\n% a line a mail gateway added\n".to_vec();
    inserted.extend_from_slice(&good[b"%PDF-1.5\n".len()..]);
    // Whatever kind of table startxref points at, garbage in it.
    let target: usize = text(&good[at + 9..])
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut garbage = good.clone();
    for b in &mut garbage[target..(target + 40).min(at)] {
        if b.is_ascii_alphanumeric() {
            *b = b'7';
        }
    }
    assert!(text(&good).contains("%PDF-1.5\n"));
    for (what, bytes) in [
        ("nowhere", nowhere),
        ("inserted", inserted),
        ("garbage", garbage),
    ] {
        let doc = extract_bytes(&bytes, Format::Pdf).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            doc.pages[0].text, "Byrådet godkendte indstillingen.",
            "{what}"
        );
        assert!(
            doc.warnings.iter().any(|w| w.contains("repaired")),
            "{what}: {:?}",
            doc.warnings
        );
    }
    // The sound file says nothing of repairs.
    assert!(
        extract_bytes(&good, Format::Pdf)
            .unwrap()
            .warnings
            .is_empty()
    );
}

/// Class 5. Ghostscript's pages: a Type 3 font with a ToUnicode map and
/// lines shown with `'` and `"`. pdf-extract 0.12 has no `'` or `"`, so
/// only the first line survived; these pages are read by the fast path now.
#[test]
fn type3_pages_with_quote_operators_keep_every_line() {
    let mut doc = Document::with_version("1.5");
    let cmap = b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange \
        1 beginbfrange <41> <5A> <0041> endbfrange 1 beginbfrange <61> <7A> <0061> endbfrange \
        2 beginbfchar <20> <0020> <2E> <002E> endbfchar endcmap";
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.to_vec()));
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type3",
        "FontBBox" => vec![0.into(), (-200).into(), 1000.into(), 800.into()],
        "FontMatrix" => vec![0.001.into(), 0.into(), 0.into(), 0.001.into(), 0.into(), 0.into()],
        "CharProcs" => dictionary! {}, "Resources" => dictionary! {},
        "Encoding" => dictionary! { "Type" => "Encoding", "Differences" => vec![32.into(), "g32".into()] },
        "FirstChar" => 32, "LastChar" => 122,
        "Widths" => (32..=122).map(|c| Object::Integer(if c == 32 { 250 } else { 500 })).collect::<Vec<_>>(),
        "ToUnicode" => to_unicode,
    };
    // Built by hand to share `doc` with the ToUnicode stream.
    let pages_id = doc.new_object_id();
    let font = doc.add_object(font);
    let content = b"BT /F1 10 Tf 12 TL 72 700 Td (Punkt otte) Tj (Danmarkskort) ' \
        (Sagen blev behandlet.) ' 0 0 (Byraadet godkendte.) \" ET";
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let read = extract_bytes(&bytes, Format::Pdf).unwrap();
    assert_eq!(
        read.pages[0].text,
        "Punkt otte\nDanmarkskort\nSagen blev behandlet.\nByraadet godkendte."
    );
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
}

/// Class 5. A page that draws far more glyphs than it yields text (here a
/// Type0 font whose ToUnicode map knows one glyph of fifty) carries a
/// warning instead of losing its text silently.
#[test]
fn a_page_that_yields_much_less_text_than_it_draws_warns() {
    let mut doc = Document::with_version("1.5");
    let cmap = b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange \
        1 beginbfchar <0001> <0041> endbfchar endcmap";
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.to_vec()));
    let descendant = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Calibri", "DW" => 500,
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Calibri",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![descendant.into()],
        "ToUnicode" => to_unicode,
    });
    let mut content = b"BT /F1 10 Tf 72 700 Td <0001".to_vec();
    for i in 0..60u16 {
        content.extend_from_slice(format!("{:04X}", 0x20 + i).as_bytes());
    }
    content.extend_from_slice(b"> Tj ET");
    let pages_id = doc.new_object_id();
    let content_id = doc.add_object(Stream::new(dictionary! {}, content));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let read = extract_bytes(&bytes, Format::Pdf).unwrap();
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("much shorter") && w.contains("1 (1 of about 61)")),
        "{:?}",
        read.warnings
    );
}

/// Class 6. Chromium draws a soft hyphen inside a word as the font's space
/// glyph with no advance, and tilsyn wrote "kommunal bestyrelsen",
/// "handlings plan". Spaces come from the geometry now; a real space,
/// which takes room, stays.
#[test]
fn a_space_glyph_without_advance_is_no_space() {
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "ABCDEF+DejaVuSerif",
        "Encoding" => "WinAnsiEncoding",
        "FirstChar" => 32, "LastChar" => 255,
        "Widths" => (32..=255).map(|c| Object::Integer(if c == 32 { 0 } else { 550 })).collect::<Vec<_>>(),
    };
    // The zero-width space glyph inside the words, and TJ moving the pen by
    // a real space's width (0.3 em) between words.
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td [(kommunal bestyrelsen) -300 (skal) -300 (behandle) -300 (en) -300 (handlings plan)] TJ ET",
        font,
    );
    assert_eq!(
        text_of(&bytes),
        "kommunalbestyrelsen skal behandle en handlingsplan"
    );
}

/// Class 7. Ghostscript re-distilling OpenType fonts without ToUnicode
/// names ligature glyphs `f_t`, `f_f_i`; only the first letter was kept
/// ("aftale" read "afale"). The glyph list's rule maps every component.
#[test]
fn ligature_glyph_names_keep_every_letter() {
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman",
        "Encoding" => dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![1.into(), "f_t".into(), "f_f_i".into(), "uniFB02".into()],
        },
    };
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td (a\x01ale om o\x02cielt \x03ag) Tj ET",
        font,
    );
    assert_eq!(text_of(&bytes), "aftale om officielt flag");
}

/// Class 8. TeX's OT1 fonts have no å: it draws a ring over an a, and the
/// text read "Byr˚ adet". The spacing accent is combined with the letter it
/// sits over, whichever comes first in the stream.
#[test]
fn a_spacing_ring_over_an_a_reads_aa() {
    let times = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman",
        "Encoding" => dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "StandardEncoding",
            "Differences" => vec![1.into(), "ring".into(), "dieresis".into()],
        },
    };
    // Times: ring 333 wide, a 444, o 500. The ring is drawn first, then the
    // pen moves back so the a's centre is under the ring's; the dieresis is
    // drawn after its o, back over it.
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td [(Byr\x01) 389 (adet i K) (o) 416 (\x02) -83 (ge)] TJ ET",
        times,
    );
    assert_eq!(text_of(&bytes), "Byrådet i Köge");
}

/// Class 9. A table header cell wrapped over two lines ("Budget-" /
/// "regnskab"), then the next cell at the first line's height: the pen
/// moves up and to the right, and the cells were glued
/// ("regnskabAfvigelse"). The next cell starts a line of its own, as every
/// cell of a row drawn cell by cell does (the top of the next column).
#[test]
fn a_wrapped_table_header_cell_is_not_glued_to_the_next() {
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td (Omr\xe5de) Tj ET BT /F1 10 Tf 150 700 Td (Budget) Tj ET \
          BT /F1 10 Tf 150 688 Td (regnskab) Tj ET BT /F1 10 Tf 230 700 Td (Afvigelse) Tj ET",
        helvetica(),
    );
    assert_eq!(text_of(&bytes), "Område Budget\nregnskab\nAfvigelse");
}

/// Letter-spaced titles (CSS `letter-spacing`, spaced small capitals, Word's "Spredt"):
/// every letter is set 0.2 em apart, farther than the tenth of an em that makes a word
/// break, and a title read "D A N M A R K S K O R T O V E R …". Between words the room is
/// that plus a space. The letters are joined into words again; a row of single marks set
/// in table columns keeps its spaces, and so does ordinary text.
#[test]
fn letter_spaced_titles_read_as_words() {
    let mut content = b"BT /F1 10 Tf 72 700 Td 2 Tc (DANMARKSKORT OVER OMGORELSER 2024) Tj ET \
          BT /F1 10 Tf 72 680 Td 0 Tc (Tallene ses i bilaget.) Tj ET "
        .to_vec();
    for i in 0..7 {
        content.extend(format!("BT /F1 10 Tf {} 660 Td (x) Tj ET ", 72 + 40 * i).bytes());
    }
    let bytes = pdf_raw(&content, helvetica());
    assert_eq!(
        text_of(&bytes),
        "DANMARKSKORT OVER OMGORELSER 2024\nTallene ses i bilaget.\nx x x x x x x"
    );
}

/// Chromium draws small capitals as capital glyphs, each in a marked-content span whose
/// `/ActualText` says which letter it is ("/Span <</ActualText (n)>> BDC (N) Tj EMC"); a
/// title set in small capitals read "ANSØGNING" where the source says "Ansøgning". The
/// span's text is read for its glyphs, as poppler does, in PDFDocEncoding or UTF-16.
#[test]
fn actual_text_spans_give_the_text_of_their_glyphs() {
    let bytes = pdf_raw(
        b"BT /F1 10 Tf 72 700 Td (A) Tj \
          /Span <</ActualText (n)>> BDC (N) Tj EMC \
          /Span <</ActualText (s)>> BDC (S) Tj EMC \
          /Span <</ActualText <FEFF00F8>>> BDC (O) Tj EMC \
          /Span <</ActualText (gning)>> BDC (GNING) Tj EMC ( om orlov) Tj ET",
        helvetica(),
    );
    assert_eq!(text_of(&bytes), "Ansøgning om orlov");
}
