//! Broken and hostile files: each is listed with a reason a person
//! understands, and the run finishes.

use std::path::Path;

use crate::util::{document, samples, scan};

fn copy_sample(rel: &str, to: &Path) -> Vec<u8> {
    let bytes = std::fs::read(samples().join(rel)).unwrap();
    std::fs::write(to, &bytes).unwrap();
    bytes
}

const GOOD: &str = "101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf";

#[test]
fn broken_files_are_listed_with_reasons_and_good_ones_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let k = input.join("101-koebenhavn");
    std::fs::create_dir_all(&k).unwrap();
    let good = copy_sample(GOOD, &k.join("god.pdf"));
    std::fs::write(k.join("afkortet.pdf"), &good[..good.len() / 3]).unwrap();
    std::fs::write(k.join("tom.pdf"), b"").unwrap();
    std::fs::write(
        k.join("fejlside.pdf"),
        b"<!DOCTYPE html><html><head><title>Adgang n\xc3\xa6gtet</title></head><body>403</body></html>",
    )
    .unwrap();
    std::fs::write(k.join("word.pdf"), b"PK\x03\x04 not really a zip").unwrap();
    std::fs::write(
        k.join("garbage.pdf"),
        b"%PDF-1.7\n\x00\x01\x02 garbage with no objects",
    )
    .unwrap();
    // A page whose content stream is a reference to nothing, and a page tree
    // whose kid is the root itself.
    std::fs::write(k.join("loop.pdf"), page_tree_loop()).unwrap();
    // A font whose /Encoding is a number makes pdf-extract panic.
    std::fs::write(k.join("panik.pdf"), panicking_font()).unwrap();
    std::fs::write(k.join("referat.docx"), b"PK\x03\x04").unwrap();
    std::fs::write(
        k.join("NUL.html"),
        b"<p>Byr\xc3\xa5det\x00 referat</p>\x00\x00",
    )
    .unwrap();

    let report = scan(&input, &dir.path().join("out"), 2022, &["--timeout", "20"]);
    let expect_error = |name: &str, words: &str| {
        let d = document(&report, &format!("101-koebenhavn/{name}"));
        assert_eq!(d["status"], "error", "{name}: {d}");
        let err = d["error"].as_str().unwrap_or_default();
        assert!(
            err.contains(words),
            "{name}: error {err:?} should mention {words:?}"
        );
        assert_eq!(d["municipality_code"], "101", "{name}");
    };
    expect_error("afkortet.pdf", "truncated");
    expect_error("tom.pdf", "empty file");
    expect_error("fejlside.pdf", "HTML page titled \"Adgang nægtet\"");
    expect_error("word.pdf", "ZIP");
    expect_error("garbage.pdf", "damaged PDF");
    let looped = document(&report, "101-koebenhavn/loop.pdf");
    assert_ne!(
        looped["status"], "ok",
        "a page tree that loops has no readable page: {looped}"
    );
    assert!(looped["error"].as_str().is_some_and(|e| !e.is_empty()));
    expect_error("panik.pdf", "parser failed");
    let docx = document(&report, "101-koebenhavn/referat.docx");
    assert_eq!(docx["status"], "skipped");
    let nul = document(&report, "101-koebenhavn/NUL.html");
    assert_eq!(nul["status"], "ok", "{nul}");
    let good = document(&report, "101-koebenhavn/god.pdf");
    assert_eq!(good["status"], "ok");
    assert_eq!(good["pages"], 13);
    assert_eq!(report["documents"].as_array().unwrap().len(), 10);
}

/// A minimal PDF whose page tree's only kid is the tree itself.
fn page_tree_loop() -> Vec<u8> {
    use lopdf::{Document, Object, dictionary};
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![Object::Reference(pages_id)],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_odd_names_are_listed() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let a = input.join("aarhus");
    std::fs::create_dir_all(&a).unwrap();
    std::os::unix::fs::symlink(&input, a.join("loop")).unwrap();
    let odd = std::ffi::OsStr::from_bytes(b"referat-\xff\xfe.html");
    std::fs::write(a.join(odd), "<p>Aarhus Byråd</p>").unwrap();
    let report = scan(&input, &dir.path().join("out"), 2022, &[]);
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2, "{docs:?}");
    let looped = document(&report, "aarhus/loop");
    assert_eq!(looped["status"], "error");
    assert!(looped["error"].as_str().unwrap().contains("loop"));
    let odd = docs.iter().find(|d| d["path"] != "aarhus/loop").unwrap();
    assert_eq!(odd["status"], "ok", "{odd}");
    assert_eq!(odd["municipality_code"], "751");
}

/// A one-page PDF whose font dictionary has `/Encoding 7`.
fn panicking_font() -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => 7,
    });
    let ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 10.into()]),
        Operation::new("Td", vec![50.into(), 700.into()]),
        Operation::new("Tj", vec![Object::string_literal("Referat")]),
        Operation::new("ET", vec![]),
    ];
    let content = Stream::new(
        dictionary! {},
        Content { operations: ops }.encode().unwrap(),
    );
    let content_id = doc.add_object(content);
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
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
