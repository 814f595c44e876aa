//! What tilsyn prints for a person at a terminal.
//!
//! File names and text from the minutes come from whoever made the folder,
//! and a terminal obeys what it is sent: an OSC 52 sequence in a file name
//! writes the clipboard, a CSI sequence moves the cursor or hides the line
//! before it, and a right-to-left override (U+202E) shows `fdp.exe` as
//! `exe.pdf`. So everything tilsyn prints to a terminal goes through [`safe`],
//! which shows such characters as escapes (`\x1b`, `\u{202e}`) and leaves
//! the rest, line breaks and tabs included, as it is.

use std::borrow::Cow;
use std::io::Write;

/// `s` with control characters (C0 but line feed and tab, DEL, C1) and
/// bidirectional formatting characters written as visible escapes
/// ([`tilsyn_report::visible`], which `report.html` uses for the paths it
/// shows).
pub fn safe(s: &str) -> Cow<'_, str> {
    tilsyn_report::visible(s, &['\n', '\t'])
}

/// Prints `text` on standard output, made [`safe`]. A write error is
/// returned (main ends quietly on a broken pipe, with a message otherwise).
pub fn print(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(safe(text).as_bytes())?;
    out.flush()
}

/// Prints one line on standard error, made [`safe`]. Standard error is
/// where failures are told; where it cannot be written, there is no one
/// left to tell, so a write error is ignored rather than a panic.
pub fn eprint_line(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", safe(line));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_sequences_and_bidi_keeps_the_rest() {
        assert_eq!(safe("101/Referat æøå.pdf\n"), "101/Referat æøå.pdf\n");
        assert_eq!(safe("a\x1b]52;c;aGk=\x07b"), "a\\x1b]52;c;aGk=\\x07b");
        assert_eq!(safe("x\u{202e}fdp.exe"), "x\\u{202e}fdp.exe");
        assert_eq!(safe("\u{9b}31m"), "\\u{9b}31m");
    }
}
