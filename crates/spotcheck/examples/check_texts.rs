//! Runs the spot-check pack over text files written by `tilsyn extract` (pages separated by
//! form feeds) and prints a `report.json`-shaped list of flags, for developing rules without
//! rebuilding the binary: `cargo run -p tilsyn-spotcheck --example check_texts -- DIR`.
//! A file's name is its document path with `/` written as `__` and `.txt` added.

use std::{env, fs};

use tilsyn_matcher::Matcher;
use tilsyn_spotcheck::{Pack, RulePack};

fn main() {
    let dir = env::args().nth(1).expect("usage: check_texts DIR");
    let pack = RulePack::new(Pack::SpotCheck).expect("spot-check pack");
    let matcher = Matcher::new().expect("matcher");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut docs = Vec::new();
    for name in names {
        let text = fs::read_to_string(format!("{dir}/{name}")).expect("read file");
        let pages: Vec<&str> = text.split('\u{c}').collect();
        let analysis = matcher.analyse(&pages);
        let flags = pack.check_dated(&pages, &analysis.items, analysis.meeting.date);
        let document = name.trim_end_matches(".txt").replace("__", "/");
        docs.push(serde_json::json!({"document": document, "flags": flags}));
    }
    println!("{}", serde_json::json!({ "flags": docs }));
}
