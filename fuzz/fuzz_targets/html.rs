//! HTML ingest on arbitrary bytes: never a panic, and the one page it
//! yields is normalised text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tilsyn_ingest::{Format, extract_bytes};

fuzz_target!(|data: &[u8]| {
    quiet_caught_panics();
    if let Ok(doc) = extract_bytes(data, Format::Html) {
        assert_eq!(doc.pages.len(), 1);
        assert!(!doc.pages[0].text.contains('\0'));
    }
});

/// libFuzzer's panic hook aborts on every panic, also on those that
/// `extract_bytes` catches and reports as `ParserPanic` (the parsers panic
/// on malformed input by design). A panic that escapes `extract_bytes` still
/// aborts: libfuzzer-sys catches the unwind and aborts.
fn quiet_caught_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|_| {})));
}
