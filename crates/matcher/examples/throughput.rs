//! Throughput of the matching core over a file of normalised text, for `benches/run.sh`.
//!
//!     throughput literals        prints the prefilter's literal words, one a line
//!     throughput FILE [ROUNDS]   times the matcher over FILE, best of ROUNDS (default 3)
//!
//! FILE holds documents separated by a group separator (0x1D), each with its pages
//! separated by form feeds: what `tilsyn extract` prints, file after file. Every document
//! goes through the full `Matcher::analyse` (header, items, prefilter, close reading of
//! the danmarkskort items), one core, as `tilsyn scan` does per file; a second pass runs
//! the literal prefilter alone. Output is `key value` lines; times exclude reading the
//! file and compiling the rules.
use std::time::Instant;

fn main() {
    let arg = std::env::args()
        .nth(1)
        .expect("usage: throughput literals | FILE [ROUNDS]");
    let matcher = tilsyn_matcher::Matcher::new().expect("rules compile");
    if arg == "literals" {
        for l in matcher.prefilter_literals() {
            println!("{l}");
        }
        return;
    }
    let rounds: usize = std::env::args()
        .nth(2)
        .map_or(3, |r| r.parse().expect("ROUNDS is a number"));
    let text = std::fs::read_to_string(&arg).expect("readable UTF-8 text");
    let docs: Vec<Vec<&str>> = text
        .split('\x1d')
        .filter(|d| !d.trim().is_empty())
        .map(|d| {
            let mut pages: Vec<&str> = d.split('\x0c').collect();
            if pages.last().is_some_and(|p| p.trim().is_empty()) {
                pages.pop();
            }
            pages
        })
        .collect();

    let mut analyse = f64::INFINITY;
    let mut found = 0;
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        found = docs
            .iter()
            .map(|pages| {
                std::hint::black_box(matcher.analyse(pages))
                    .danmarkskort
                    .len()
            })
            .sum::<usize>();
        analyse = analyse.min(t.elapsed().as_secs_f64());
    }
    let mut prefilter = f64::INFINITY;
    let mut hits = 0;
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        hits = matcher.count_danmarkskort_literals(std::hint::black_box(&text));
        prefilter = prefilter.min(t.elapsed().as_secs_f64());
    }
    let mb = text.len() as f64 / 1e6;
    println!("bytes {}", text.len());
    println!("documents {}", docs.len());
    println!("danmarkskort_items {found}");
    println!("literal_hits {hits}");
    println!("analyse_seconds {analyse:.6}");
    println!("analyse_mb_per_s {:.1}", mb / analyse);
    println!("prefilter_seconds {prefilter:.6}");
    println!("prefilter_mb_per_s {:.1}", mb / prefilter);
}
