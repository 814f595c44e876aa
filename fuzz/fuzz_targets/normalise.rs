//! Normalisation of arbitrary text, split into pages at form feeds: one
//! output page per input page, no control characters but line breaks, no
//! soft hyphens, and never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tilsyn_ingest::normalise::{normalise_document, normalise_page};

fuzz_target!(|text: &str| {
    let pages: Vec<String> = text.split('\x0c').map(str::to_string).collect();
    let out = normalise_document(&pages);
    assert_eq!(out.len(), pages.len());
    for page in out.iter().chain(std::iter::once(&normalise_page(text))) {
        assert!(
            !page.chars().any(|c| c.is_control() && c != '\n'),
            "control character in {page:?}"
        );
        assert!(!page.contains('\u{ad}'), "soft hyphen in {page:?}");
    }
});
