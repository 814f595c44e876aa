//! Word agreement of tilsyn's PDF text with `pdftotext -raw`, over the PDFs
//! named on the command line.
//!
//! ```sh
//! cargo run --release -p tilsyn-ingest --example extract_agreement -- FILE.pdf...
//! ```
//!
//! Both texts go through tilsyn's normalisation, as in `tests/extract.rs`;
//! then, page by page, the words in common are counted along the longest
//! common subsequence, and agreement is `2 × common / (ours + theirs)` over
//! all pages: 100% where the words are the same and in the same order.
//! Files pdftotext cannot read, or where it finds no text, are left out.

use std::process::Command;

use tilsyn_ingest::{Limits, extract_path, normalise::normalise_document};

fn common(a: &[&str], b: &[&str]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn main() {
    let (mut ours_total, mut theirs_total, mut common_total, mut files) = (0, 0, 0, 0);
    for f in std::env::args().skip(1) {
        let Ok(out) = Command::new("pdftotext")
            .args(["-q", "-raw", "-enc", "UTF-8", &f, "-"])
            .output()
        else {
            eprintln!("pdftotext not found");
            std::process::exit(1);
        };
        let text = String::from_utf8_lossy(&out.stdout);
        let mut peer: Vec<String> = text.split('\x0c').map(str::to_string).collect();
        if peer.last().is_some_and(|p| p.trim().is_empty()) {
            peer.pop();
        }
        if !out.status.success() || peer.iter().all(|p| p.trim().is_empty()) {
            continue;
        }
        let peer = normalise_document(&peer);
        let ours: Vec<String> = match extract_path(std::path::Path::new(&f), &Limits::default()) {
            Ok(doc) => doc.pages.into_iter().map(|p| p.text).collect(),
            Err(_) => Vec::new(),
        };
        let (mut o, mut t, mut c) = (0, 0, 0);
        for i in 0..ours.len().max(peer.len()) {
            let a: Vec<&str> = ours
                .get(i)
                .map_or(vec![], |p| p.split_whitespace().collect());
            let b: Vec<&str> = peer
                .get(i)
                .map_or(vec![], |p| p.split_whitespace().collect());
            o += a.len();
            t += b.len();
            c += common(&a, &b);
        }
        if c < o.max(t) {
            eprintln!("{f}: {c} of {o}/{t} words in common");
        }
        ours_total += o;
        theirs_total += t;
        common_total += c;
        files += 1;
    }
    let agreement = 200.0 * common_total as f64 / (ours_total + theirs_total).max(1) as f64;
    println!(
        "word agreement with pdftotext -raw: {agreement:.2}% ({files} files, {ours_total}/{theirs_total} words, {common_total} in common)"
    );
}
