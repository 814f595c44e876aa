//! Text from file names and minutes, shown so that it cannot act on what
//! shows it.
//!
//! A terminal obeys control characters (an OSC 52 sequence in a file name
//! writes the clipboard), and every display obeys the bidirectional
//! formatting characters (U+202E shows `fdp.exe` as `exe.pdf`). Where such
//! text is shown to a person, on the terminal or as a path in
//! `report.html`, it goes through [`visible`], which writes those characters
//! as escapes (`\x1b`, `\u{202e}`) and leaves everything else. Links keep
//! the real path.

use std::borrow::Cow;

/// `s` with control characters (C0, DEL, C1) other than those in `keep`, and
/// bidirectional formatting characters, written as visible escapes.
pub fn visible<'a>(s: &'a str, keep: &[char]) -> Cow<'a, str> {
    let hidden = |c: char| !keep.contains(&c) && (c.is_control() || is_bidi(c));
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if !hidden(c) {
            out.push(c);
        } else if (c as u32) < 0x80 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    Cow::Owned(out)
}

/// The characters that reorder text: embeddings, overrides, isolates and
/// the invisible direction marks.
fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_sequences_and_bidi_and_keeps_the_rest() {
        assert_eq!(visible("101/Referat æøå.pdf", &[]), "101/Referat æøå.pdf");
        assert_eq!(
            visible("a\x1b]52;c;aGk=\x07b", &[]),
            "a\\x1b]52;c;aGk=\\x07b"
        );
        assert_eq!(visible("x\u{202e}fdp.exe", &[]), "x\\u{202e}fdp.exe");
        assert_eq!(visible("\u{9b}31m", &[]), "\\u{9b}31m");
        assert_eq!(visible("a\nb\x0cc", &['\n', '\x0c']), "a\nb\x0cc");
        assert_eq!(visible("a\nb", &[]), "a\\x0ab");
    }
}
