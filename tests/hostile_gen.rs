//! The hostile corpus, generated in code: broken, pathological and
//! malicious files of the kinds bulk downloads from 98 publishing systems
//! bring, each built here from a few readable lines so that a failure can be
//! reproduced and read without a binary blob.
//!
//! PDFs that lopdf can write are built with it; those it cannot (100,000
//! levels of nesting, objects that name themselves) are written byte by byte
//! with [`RawPdf`], which computes the cross-reference table.

use std::io::Write as _;
use std::path::Path;

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

use crate::util::samples;

/// A sample minute that reads well: 13 pages, København's council.
pub const GOOD: &str = "101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf";

/// The good sample's bytes.
pub fn good_pdf() -> Vec<u8> {
    std::fs::read(samples().join(GOOD)).unwrap()
}

/// Strings that are code if a report pastes them into HTML unescaped: in
/// text, in a double- or single-quoted attribute, in an unquoted one, and
/// out of a `<script>` or a comment. Each sets `window.__pwned` if it runs.
pub const PAYLOADS: &[&str] = &[
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=2\">",
    "\"><svg onload=window.__pwned=3>",
    "' onmouseover='window.__pwned=4' x='",
    "</script><script>window.__pwned=5</script>",
    "--><script>window.__pwned=6</script><!--",
    "javascript:window.__pwned=7",
];

/// A minimal xorshift generator, so "random" flips are the same in every run.
pub struct Rng(u64);

impl Rng {
    /// Seeded; the seed 0 is replaced, since xorshift would stay at 0.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `bytes` with `flips` random bytes XOR-ed with a random non-zero value.
pub fn flip_bytes(bytes: &[u8], flips: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut out = bytes.to_vec();
    for _ in 0..flips {
        let i = rng.below(out.len());
        out[i] ^= (rng.below(255) + 1) as u8;
    }
    out
}

/// A PDF written object by object, for structures lopdf will not write.
/// Object `n` is `objects[n - 1]`, its body without `n 0 obj`/`endobj`.
#[derive(Default)]
pub struct RawPdf {
    objects: Vec<Vec<u8>>,
}

impl RawPdf {
    /// Adds an object and returns its number.
    pub fn add(&mut self, body: impl Into<Vec<u8>>) -> usize {
        self.objects.push(body.into());
        self.objects.len()
    }

    /// Reserves an object number, to be filled by [`RawPdf::set`].
    pub fn reserve(&mut self) -> usize {
        self.add(b"null".to_vec())
    }

    /// Replaces object `id`.
    pub fn set(&mut self, id: usize, body: impl Into<Vec<u8>>) {
        self.objects[id - 1] = body.into();
    }

    /// The file, with `root` as the catalog.
    pub fn finish(&self, root: usize) -> Vec<u8> {
        let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in self.objects.iter().enumerate() {
            offsets.push(out.len());
            writeln!(out, "{} 0 obj", i + 1).unwrap();
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        write!(out, "xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).unwrap();
        for o in offsets {
            writeln!(out, "{o:010} 00000 n ").unwrap();
        }
        write!(
            out,
            "trailer\n<< /Size {} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            self.objects.len() + 1
        )
        .unwrap();
        out
    }
}

/// A stream object's body: `dict` (without `<<`/`>>` and /Length) and data.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

/// The content stream of a page with these lines of text in Helvetica.
pub fn text_ops(lines: &[&str]) -> Vec<u8> {
    let mut ops = String::from("BT /F1 11 Tf 56 780 Td 14 TL\n");
    for l in lines {
        let esc = l
            .replace('\\', "\\\\")
            .replace('(', "\\(")
            .replace(')', "\\)");
        ops.push_str(&format!("({esc}) Tj T*\n"));
    }
    ops.push_str("ET\n");
    ops.into_bytes()
}

/// A one-page raw PDF: `page_extra` goes into the page dictionary, the
/// content is `content`. Object 3 is the font, so `page_extra` may name it.
pub fn raw_one_page(content: &[u8], page_extra: &str) -> Vec<u8> {
    let mut pdf = RawPdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let font = pdf.add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    let contents = pdf.add(stream("", content));
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R {page_extra} >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R >>"));
    pdf.set(
        pages,
        format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"),
    );
    pdf.finish(catalog)
}

/// Minutes of a short council meeting, as the matcher expects them.
pub fn minutes_lines(title: &str) -> Vec<String> {
    vec![
        "Frederiksberg Kommune".into(),
        "Referat".into(),
        "Kommunalbestyrelsen".into(),
        "Mødedato: 12.12.2022".into(),
        format!("Punkt 4. {title}"),
        "Sagsfremstilling".into(),
        "Ankestyrelsen har offentliggjort Danmarkskortet 2022 over omgørelsesprocenter.".into(),
        "Indstilling".into(),
        "Direktionen indstiller, at der ikke udarbejdes en handlingsplan.".into(),
        "Beslutning".into(),
        "Godkendt.".into(),
    ]
}

/// A lopdf document of `pages` pages, each with `lines(n)` as its text.
pub fn lopdf_pages(pages: u32, lines: impl Fn(u32) -> Vec<String>) -> Document {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut kids = Vec::new();
    for n in 1..=pages {
        let text = lines(n);
        let mut ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 11.into()]),
            Operation::new("TL", vec![14.into()]),
            Operation::new("Td", vec![56.into(), 780.into()]),
        ];
        for l in &text {
            // Latin-1 is WinAnsi for the Danish letters.
            let bytes: Vec<u8> = l.chars().map(|c| u8::try_from(c).unwrap_or(b'?')).collect();
            ops.push(Operation::new(
                "Tj",
                vec![Object::String(bytes, lopdf::StringFormat::Literal)],
            ));
            ops.push(Operation::new("T*", vec![]));
        }
        ops.push(Operation::new("ET", vec![]));
        let content = Stream::new(
            dictionary! {},
            Content { operations: ops }.encode().unwrap(),
        );
        let content_id = doc.add_object(content);
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        });
        kids.push(Object::Reference(page));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => pages,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    doc
}

/// Saves a lopdf document to bytes.
pub fn save(mut doc: Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A council minute encrypted with RC4, 40-bit key (the standard security
/// handler, revision 2), with the given user password and an owner
/// password. An empty user password is what viewers open without asking.
pub fn encrypted(user_password: &str) -> Vec<u8> {
    let mut doc = lopdf_pages(1, |_| minutes_lines("Danmarkskort 2022"));
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::string_literal(b"tilsyn-hostile-id".to_vec()),
            Object::string_literal(b"tilsyn-hostile-id".to_vec()),
        ]),
    );
    let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V1 {
        document: &doc,
        owner_password: "ejer-kode",
        user_password,
        permissions: lopdf::Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    save(doc)
}

/// A page whose content stream inflates to `gib` GiB of zeros: a
/// decompression bomb of a few megabytes.
pub fn flate_bomb(gib: usize) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..gib << 10 {
        z.write_all(&zeros).unwrap();
    }
    let data = z.finish().unwrap();
    let mut pdf = RawPdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let contents = pdf.add(stream("/Filter /FlateDecode", &data));
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {contents} 0 R >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R >>"));
    pdf.set(
        pages,
        format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"),
    );
    pdf.finish(catalog)
}

/// `depth` levels of nested arrays (`[[[…]]]`) or dictionaries.
pub fn nested(depth: usize, dict: bool) -> String {
    if dict {
        format!("{}1{}", "<< /A ".repeat(depth), " >>".repeat(depth))
    } else {
        format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
    }
}

/// A page whose page dictionary carries 100,000 levels of nesting.
pub fn deep_object(dict: bool) -> Vec<u8> {
    raw_one_page(
        &text_ops(&["Referat"]),
        &format!("/Deep {}", nested(100_000, dict)),
    )
}

/// A page whose content stream has 100,000 levels of nested arrays as an
/// operand.
pub fn deep_content() -> Vec<u8> {
    let mut content = text_ops(&["Referat"]);
    content.extend_from_slice(nested(100_000, false).as_bytes());
    content.extend_from_slice(b" pop\n");
    raw_one_page(&content, "")
}

/// A page tree whose only kid is the tree itself.
pub fn kids_loop() -> Vec<u8> {
    let mut pdf = RawPdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R >>"));
    pdf.set(
        pages,
        format!("<< /Type /Pages /Kids [{pages} 0 R {pages} 0 R] /Count 2 >>"),
    );
    pdf.finish(catalog)
}

/// A page whose /Parent chain loops (page → tree → page) and that has no
/// /Resources of its own, so a reader looking them up walks the loop (they
/// are on the tree, so a reader that cuts the loop reads the page).
pub fn parent_loop() -> Vec<u8> {
    let mut pdf = RawPdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let font = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec());
    let contents = pdf.add(stream("", &text_ops(&["Referat", "Byraadet"])));
    let page = pdf.reserve();
    pdf.set(
        page,
        format!(
            "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {contents} 0 R >>"
        ),
    );
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R >>"));
    pdf.set(
        pages,
        format!(
            "<< /Type /Pages /Kids [{page} 0 R] /Count 1 /Parent {page} 0 R \
             /Resources << /Font << /F1 {font} 0 R >> >> >>"
        ),
    );
    pdf.finish(catalog)
}

/// An object that is a reference to itself, used as the page's resources
/// and as its font.
pub fn self_reference() -> Vec<u8> {
    let mut pdf = RawPdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let me = pdf.reserve();
    pdf.set(me, format!("{me} 0 R"));
    let contents = pdf.add(stream("", &text_ops(&["Referat"])));
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 {me} 0 R >> >> /Contents {contents} 0 R >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R >>"));
    pdf.set(
        pages,
        format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"),
    );
    pdf.finish(catalog)
}

/// A form XObject that draws itself: endless recursion for a reader that
/// follows `Do` without a bound.
pub fn form_loop() -> Vec<u8> {
    let mut pdf = RawPdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let font = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec());
    let form = pdf.reserve();
    pdf.set(
        form,
        stream(
            &format!(
                "/Type /XObject /Subtype /Form /BBox [0 0 595 842] \
                 /Resources << /XObject << /X1 {form} 0 R >> /Font << /F1 {font} 0 R >> >>"
            ),
            b"BT /F1 11 Tf 56 700 Td (igen) Tj ET /X1 Do",
        ),
    );
    let contents = pdf.add(stream("", b"BT /F1 11 Tf 56 780 Td (Referat) Tj ET /X1 Do"));
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] \
         /Resources << /XObject << /X1 {form} 0 R >> /Font << /F1 {font} 0 R >> >> \
         /Contents {contents} 0 R >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R >>"));
    pdf.set(
        pages,
        format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"),
    );
    pdf.finish(catalog)
}

/// A file of `n` pages, each "Side k af n" and a line of text.
pub fn many_pages(n: u32) -> Vec<u8> {
    save(lopdf_pages(n, |k| {
        vec![
            format!("Referat af mødet, side {k}"),
            "Sagen blev drøftet.".into(),
        ]
    }))
}

/// One page whose content stream is about `mib` MiB: line drawing, with a
/// line of text every so often.
pub fn huge_content(mib: usize) -> Vec<u8> {
    let mut content = Vec::with_capacity(mib << 20);
    let mut n = 0u32;
    while content.len() < mib << 20 {
        n += 1;
        if n % 2000 == 0 {
            content.extend_from_slice(
                format!("BT /F1 9 Tf 56 {} Td (linje {n}) Tj ET\n", 100 + n % 600).as_bytes(),
            );
        } else {
            content.extend_from_slice(b"0.5 w 56 100 m 539 100 l S\n");
        }
    }
    raw_one_page(&content, "")
}

/// A page that is only an image: a scan without a text layer.
pub fn scanned() -> Vec<u8> {
    let pixels = vec![0x80u8; 64 * 64];
    let mut pdf = RawPdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let image = pdf.add(stream(
        "/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray \
         /BitsPerComponent 8",
        &pixels,
    ));
    let contents = pdf.add(stream("", b"q 595 0 0 842 0 0 cm /Im1 Do Q"));
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] \
         /Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {contents} 0 R >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R >>"));
    pdf.set(
        pages,
        format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"),
    );
    pdf.finish(catalog)
}

/// A PDF minute whose item title is hostile markup.
pub fn hostile_title_pdf(payload: &str) -> Vec<u8> {
    let title = format!("Danmarkskort 2022 {payload}");
    let lines = minutes_lines(&title);
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    raw_one_page(&text_ops(&refs), "")
}

/// An HTML minute: the item title carries every payload as text (escaped
/// in the source, so it is text to a reader and must stay text in the
/// report), plus live `<script>` and `<img onerror>` that the reader drops.
pub fn hostile_title_html() -> Vec<u8> {
    let text_payloads: String = PAYLOADS
        .iter()
        .map(|p| {
            p.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        })
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Referat</title>\
         <script>window.__pwned=10</script></head><body><main>\
         <h1>Frederiksberg Kommune</h1><p>Referat</p><p>Kommunalbestyrelsen</p>\
         <p>Mødedato: 12.12.2022</p>\
         <h2>Punkt 4. Danmarkskort 2022 {text_payloads} \
         <script>window.__pwned=11</script><img src=x onerror=\"window.__pwned=12\"></h2>\
         <p>Sagsfremstilling</p>\
         <p>Ankestyrelsen har offentliggjort Danmarkskortet 2022 over omgørelsesprocenter.</p>\
         <p>Indstilling</p><p>Direktionen indstiller, at der ikke udarbejdes en handlingsplan. \
         {text_payloads}</p><p>Beslutning</p><p>Godkendt.</p></main></body></html>"
    )
    .into_bytes()
}

/// A page of `n` nested `<div>`s around minutes text.
pub fn deep_divs(n: usize) -> Vec<u8> {
    format!(
        "<html><body><p>Aarhus Kommune</p>{}<p>Referat af Byrådets møde</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    )
    .into_bytes()
}

/// Writes `bytes` to `dir/rel`, creating folders.
pub fn put(dir: &Path, rel: impl AsRef<Path>, bytes: &[u8]) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}
