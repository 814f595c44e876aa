//! `tilsyn extract` against `pdftotext` on every sample PDF whose text
//! layer pdftotext can read.
//!
//! Both texts go through tilsyn's own normalisation (the same function, page
//! by page) and are compared word by word, so the test measures extraction
//! fidelity, not layout whitespace. `pdftotext -raw` is the peer: it keeps
//! content-stream order, as pdf-extract does; its default mode reorders
//! two-column pages by position.

use std::path::{Path, PathBuf};
use std::process::Command;

use tilsyn_ingest::normalise::normalise_document;

use crate::util::{run, samples, tilsyn};

fn sample_pdfs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(samples())
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
        .collect();
    v.sort();
    v
}

fn pdftotext_available() -> bool {
    Command::new("pdftotext").arg("-v").output().is_ok()
}

/// The pages of `pdftotext -raw FILE -`, or None if it cannot read the file.
fn pdftotext_pages(pdf: &Path) -> Option<Vec<String>> {
    let out = run(Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-"));
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let mut pages: Vec<String> = text.split('\x0c').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

fn words(pages: &[String]) -> Vec<String> {
    pages
        .iter()
        .flat_map(|p| p.split_whitespace().map(str::to_string))
        .collect()
}

#[test]
fn extract_agrees_with_pdftotext_word_for_word() {
    if !pdftotext_available() {
        let msg = "pdftotext not found: the extract-vs-pdftotext comparison cannot run \
                   (install poppler-utils; `bash scripts/test` does)";
        if std::env::var_os("CI").is_some() {
            panic!("{msg}");
        }
        eprintln!("SKIPPED: {msg}");
        return;
    }
    let mut compared = 0;
    let mut failures = Vec::new();
    for pdf in sample_pdfs() {
        let Some(peer) = pdftotext_pages(&pdf) else {
            continue;
        };
        if peer.iter().all(|p| p.trim().is_empty()) {
            continue; // no text layer: nothing to compare
        }
        let out = run(tilsyn().arg("extract").arg(&pdf));
        let name = pdf.strip_prefix(samples()).unwrap().display().to_string();
        if !out.status.success() {
            failures.push(format!(
                "{name}: tilsyn extract failed where pdftotext reads text: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
            continue;
        }
        let ours: Vec<String> = String::from_utf8(out.stdout)
            .expect("extract prints UTF-8")
            .split('\x0c')
            .map(str::to_string)
            .collect();
        let ours = &ours[..ours.len() - 1]; // text after the last form feed
        assert_eq!(
            ours.len(),
            peer.len(),
            "{name}: page count differs from pdftotext"
        );
        let theirs = words(&normalise_document(&peer));
        let ours = words(ours);
        compared += 1;
        if ours != theirs {
            let at = ours
                .iter()
                .zip(&theirs)
                .position(|(a, b)| a != b)
                .unwrap_or(ours.len().min(theirs.len()));
            let window = |w: &[String]| w[at.saturating_sub(5)..(at + 5).min(w.len())].join(" ");
            failures.push(format!(
                "{name}: first difference at word {at} of {}/{}\n    tilsyn:    {}\n    pdftotext: {}",
                ours.len(),
                theirs.len(),
                window(&ours),
                window(&theirs)
            ));
        }
    }
    assert!(
        compared >= 10,
        "only {compared} sample PDFs had a text layer to compare"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn extract_separates_pages_with_form_feeds() {
    let pdf = samples().join("101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf");
    let out = run(tilsyn().arg("extract").arg(&pdf));
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.matches('\x0c').count(),
        13,
        "13 pages, each ended by a form feed"
    );
    assert!(text.contains("Borgerrepræsentationen"), "æ survives");
}

#[test]
fn extract_of_a_broken_file_fails_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("tom.pdf");
    std::fs::write(&f, b"").unwrap();
    let out = run(tilsyn().arg("extract").arg(&f));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty file"), "stderr: {err}");
}

#[test]
fn extract_blocks_prefixes_each_line_with_its_kind() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("referat.html");
    std::fs::write(
        &f,
        "<html><body><p>Gå til indhold</p><h1>Referat</h1>\
         <table><tr><th>Mødedato</th><td>15.12.2022</td></tr></table>\
         <h2>7. Danmarkskort 2022</h2><p>Fraværende: Jens Hansen (A)</p>\
         <ul><li>at der ikke udarbejdes en handlingsplan</li></ul><p>Godkendt.</p></body></html>",
    )
    .unwrap();
    let out = run(tilsyn().args(["extract", "--blocks"]).arg(&f));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = "FU Gå til indhold\nH1 Referat\nLV Mødedato |15.12.2022\nH2 7. Danmarkskort 2022\n\
                    LV Fraværende: |Jens Hansen (A)\nLI at der ikke udarbejdes en handlingsplan\n   Godkendt.\n\x0c";
    let got = String::from_utf8(out.stdout).unwrap();
    assert_eq!(got, expected, "\nexpected:\n{expected}\ngot:\n{got}");
    // Without the flag, the text is as it always was.
    let plain = run(tilsyn().arg("extract").arg(&f));
    assert_eq!(
        String::from_utf8(plain.stdout).unwrap(),
        "Gå til indhold\nReferat\nMødedato 15.12.2022\n7. Danmarkskort 2022\n\
         Fraværende: Jens Hansen (A)\nat der ikke udarbejdes en handlingsplan\nGodkendt.\n\x0c"
    );
}
