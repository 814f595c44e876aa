//! PDF ingest on arbitrary bytes: `extract_bytes` returns a document or an
//! error, never a panic. (Panics inside pdf-extract/lopdf are caught and
//! become `ParserPanic`; what the process cannot survive — a stack overflow,
//! an endless loop — is what the worker sandbox is for, and libFuzzer
//! reports it here as a crash or timeout to look at.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use tilsyn_ingest::{Format, Limits, extract_bytes_with};

fuzz_target!(|data: &[u8]| {
    quiet_caught_panics();
    let limits = Limits {
        max_file_bytes: 1 << 20,
        max_text_bytes: 4 << 20,
    };
    let _ = extract_bytes_with(data, Format::Pdf, &limits);
});

/// libFuzzer's panic hook aborts on every panic, also on those that
/// `extract_bytes` catches and reports as `ParserPanic` (the parsers panic
/// on malformed input by design). A panic that escapes `extract_bytes` still
/// aborts: libfuzzer-sys catches the unwind and aborts.
fn quiet_caught_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|_| {})));
}
