//! Files that a bulk download of minutes really contains besides good minutes: cut-off
//! downloads, a portal's error page saved under a `.pdf` name, scans without a text layer,
//! and files that are not minutes at all. All are deterministic.

use lopdf::{Document, Object, Stream, dictionary};

/// The first `num/den` of a good file, as an interrupted download leaves it.
pub fn truncated(good: &[u8], num: usize, den: usize) -> Vec<u8> {
    good[..good.len() * num / den].to_vec()
}

/// The "page not found" page a municipal portal serves for a removed document; bulk
/// downloaders save it under the name of the PDF they asked for.
pub fn error_page(kommune: &str, host: &str) -> Vec<u8> {
    format!(
        r#"<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>404 – Siden blev ikke fundet | {kommune}</title>
<style>body {{ font-family: Arial, sans-serif; }} .error {{ margin: 4rem auto; max-width: 40rem; }}</style>
</head>
<body>
<header><a href="https://{host}/">{kommune}</a></header>
<main class="error">
<h1>404 – Siden blev ikke fundet</h1>
<p>Vi kan desværre ikke finde den side, du leder efter. Den kan være flyttet eller slettet.</p>
<p>Prøv at søge efter dagsordenen under <a href="https://{host}/politik/dagsordener-og-referater/">Dagsordener og referater</a>, eller gå til <a href="https://{host}/">forsiden</a>.</p>
</main>
<footer>{kommune} · Tlf. 76 81 00 00</footer>
</body>
</html>
"#
    )
    .into_bytes()
}

/// A scanned document: each page is one grey image, no text at all.
pub fn scanned_pdf(pages: usize, seed: u32) -> Vec<u8> {
    let (w, h) = (124usize, 176usize);
    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
    let mut state = seed;
    for p in 0..pages {
        // Light paper with darker bands where a scanner saw lines of text.
        let mut pixels = Vec::with_capacity(w * h);
        for y in 0..h {
            let text_row = y > 14 && y < h - 14 && (y / 3) % 2 == 0 && (y + p) % 23 > 2;
            for x in 0..w {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let noise = ((state >> 16) % 9) as u8;
                let ink = text_row && x > 12 && x < w - 12 && (state >> 20) % 3 != 0;
                pixels.push(if ink { 90 + noise * 4 } else { 232 + noise });
            }
        }
        let mut img = Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => w as i64,
                "Height" => h as i64,
                "ColorSpace" => "DeviceGray",
                "BitsPerComponent" => 8,
            },
            pixels,
        );
        img.compress().expect("flate");
        let img_id = doc.add_object(img);
        let content = Stream::new(dictionary! {}, b"q 595 0 0 842 0 0 cm /Im0 Do Q\n".to_vec());
        let content_id = doc.add_object(content);
        let page = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => content_id,
            "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => img_id } },
        };
        kids.push(Object::from(doc.add_object(page)));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    let info = doc.add_object(dictionary! {
        "Producer" => Object::string_literal("Canon iR-ADV C5535  PDF"),
        "Creator" => Object::string_literal("Canon iR-ADV C5535"),
    });
    doc.trailer.set("Root", catalog);
    doc.trailer.set("Info", info);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("writing to memory");
    out
}

/// The first bytes of a Word document (a zip container): enough to be recognised, not a
/// minute.
pub fn docx() -> Vec<u8> {
    let mut b = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00".to_vec();
    b.extend_from_slice(&[
        0x5a, 0x1e, 0x3c, 0x9f, 0x80, 0x01, 0x00, 0x00, 0x5d, 0x05, 0x00, 0x00,
    ]);
    b.extend_from_slice(b"\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02");
    b.extend(std::iter::repeat_n(0u8, 180));
    b.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00");
    b
}

/// A Windows thumbnail cache: an OLE compound file header and empty sectors.
pub fn thumbs_db() -> Vec<u8> {
    let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    b.extend(std::iter::repeat_n(0u8, 16));
    b.extend_from_slice(&[0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, 0x06, 0x00]);
    b.resize(1536, 0);
    for (i, x) in b.iter_mut().enumerate().skip(512) {
        *x = if i % 4 == 3 { 0xFF } else { 0xFE };
    }
    b
}
