//! Prints the matcher's analysis of a text file whose pages are separated by
//! form feeds (the output of `tilsyn extract`), as JSON.
//!
//!     tilsyn extract referat.pdf > referat.txt
//!     cargo run -p tilsyn-matcher --example analyse -- referat.txt
fn main() {
    let path = std::env::args().nth(1).expect("usage: analyse FILE.txt");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 text");
    let mut pages: Vec<&str> = text.split('\x0c').collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    let matcher = tilsyn_matcher::Matcher::new().expect("rules compile");
    let analysis = matcher.analyse(&pages);
    println!("{}", serde_json::to_string_pretty(&analysis).unwrap());
}
