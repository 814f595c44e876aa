//! One warm round of the matching core, for counting its instructions: the first round
//! over FILE fills the lazy DFAs' caches, the second runs inside `measured`, so that
//!
//!     valgrind --tool=callgrind --toggle-collect='warm_round::measured' \
//!         target/release/examples/warm_round FILE
//!
//! counts what `Matcher::analyse` costs once warm. FILE is as for `throughput`: documents
//! separated by 0x1D, pages by form feeds. Instruction counts, unlike wall times, hold
//! still on a loaded machine.
fn main() {
    let path = std::env::args().nth(1).expect("usage: warm_round FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 text");
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
    let matcher = tilsyn_matcher::Matcher::new().expect("rules compile");
    let first = round(&matcher, &docs);
    let second = measured(&matcher, &docs);
    println!("danmarkskort_items {first} {second}");
}

fn round(matcher: &tilsyn_matcher::Matcher, docs: &[Vec<&str>]) -> usize {
    docs.iter()
        .map(|p| std::hint::black_box(matcher.analyse(p)).danmarkskort.len())
        .sum()
}

#[inline(never)]
fn measured(matcher: &tilsyn_matcher::Matcher, docs: &[Vec<&str>]) -> usize {
    round(matcher, docs)
}
