//! Pages per second of tilsyn's PDF reading, in this process, over the PDFs
//! named on the command line, and where the time goes.
//!
//! ```sh
//! cargo run --release -p tilsyn-ingest --example pdf_speed -- [--rounds N] FILE.pdf...
//! ```
//!
//! It prints, for all files together: loading (lopdf), decoding the page
//! content streams, and the whole extraction (`extract_bytes`, which includes
//! loading and normalisation), each as milliseconds per round and pages per
//! second. Unlike `benches/extract-vs-pdftotext.sh` it leaves out process
//! start-up, so it shows the reader's own speed. `TILSYN_PDF_READER=pdf-extract`
//! measures the old reader.
//!
//! Recorded 2026-11-24 on a 2-core AMD EPYC shared with other builds (so
//! ±10%), over the 32 sample PDFs with a text layer (158 pages) and over
//! them joined four times by `pdfunite` (632 pages, one file):
//!
//! | reader                     | samples, pages/s | 632-page file, pages/s |
//! |----------------------------|------------------|------------------------|
//! | pdf-extract                | 2,921            | 2,613                  |
//! | fast path (this crate)     | 8,764            | 9,278                  |
//!
//! Of the fast path's time on the long file, about a third is lopdf loading
//! the file, a third normalisation, and the rest the page reading, half of
//! which is inflating content streams.

use std::time::Instant;

use lopdf::Document;
use tilsyn_ingest::{Format, extract_bytes};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut rounds = 5usize;
    if let Some(i) = args.iter().position(|a| a == "--rounds") {
        rounds = args
            .get(i + 1)
            .and_then(|r| r.parse().ok())
            .expect("--rounds N");
        args.drain(i..i + 2);
    }
    let files: Vec<(String, Vec<u8>)> = args
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(&f).expect("readable file");
            (f, bytes)
        })
        .collect();
    let mut pages = 0usize;
    for (name, bytes) in &files {
        match extract_bytes(bytes, Format::Pdf) {
            Ok(doc) => pages += doc.pages.len(),
            Err(e) => eprintln!("{name}: {e}"),
        }
    }
    let time = |what: &str, f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..rounds {
            f();
        }
        let secs = start.elapsed().as_secs_f64() / rounds as f64;
        println!(
            "{what:<28} {:>9.2} ms/round {:>9.0} pages/s",
            secs * 1000.0,
            pages as f64 / secs
        );
    };
    println!("files: {}, pages: {pages}, rounds: {rounds}", files.len());
    time("load (lopdf)", &|| {
        for (_, b) in &files {
            let _ = Document::load_mem(b);
        }
    });
    let docs: Vec<Document> = files
        .iter()
        .filter_map(|(_, b)| Document::load_mem(b).ok())
        .collect();
    time("page contents (inflate)", &|| {
        for d in &docs {
            for id in d.get_pages().values() {
                let _ = d.get_page_content(*id);
            }
        }
    });
    time("Content::decode", &|| {
        for d in &docs {
            for id in d.get_pages().values() {
                if let Ok(c) = d.get_page_content(*id) {
                    let _ = lopdf::content::Content::decode(&c);
                }
            }
        }
    });
    time("extract_bytes (all)", &|| {
        for (_, b) in &files {
            let _ = extract_bytes(b, Format::Pdf);
        }
    });
}
