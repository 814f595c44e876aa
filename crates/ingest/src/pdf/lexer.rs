//! A tokenizer for PDF content streams (and CMaps, which share the syntax).
//!
//! lopdf's `Content::decode` builds a vector of operations with boxed
//! operands for the whole stream before any is read: about 90 bytes of memory
//! per byte of content, and most of the time the fast path would spend
//! outside font lookups. This lexer hands out one token at a time, borrowing
//! from the stream where it can, so a page costs its decompressed bytes and
//! nothing per operation.
//!
//! It never fails: bytes that make no token are skipped, as viewers do, and an
//! unterminated string or array ends at the end of the data.

use std::borrow::Cow;

/// One token of a content stream.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Token<'a> {
    /// An integer or real number.
    Number(f64),
    /// A literal `(…)` or hex `<…>` string, escapes decoded.
    String(Cow<'a, [u8]>),
    /// A name, without its slash, `#xx` escapes decoded.
    Name(Cow<'a, [u8]>),
    /// `[`
    ArrayOpen,
    /// `]`
    ArrayClose,
    /// `<<`
    DictOpen,
    /// `>>`
    DictClose,
    /// A keyword: an operator, or `true`, `false`, `null`.
    Keyword(&'a [u8]),
}

pub(super) struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | 0)
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_space(b) && !is_delim(b)
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    pub(super) fn new(data: &'a [u8]) -> Lexer<'a> {
        Lexer { data, pos: 0 }
    }

    /// Skips the binary data of an inline image, to just after its `EI`.
    /// Called after the `ID` keyword: the data runs to the first `EI` that
    /// stands between white space (or the end), which is what readers use.
    pub(super) fn skip_inline_image(&mut self) {
        let d = self.data;
        // One white-space byte separates ID from the data.
        let mut i = self.pos + 1;
        while i + 1 < d.len() {
            if d[i] == b'E'
                && d[i + 1] == b'I'
                && is_space(d[i - 1])
                && d.get(i + 2).is_none_or(|&b| is_space(b))
            {
                self.pos = i + 2;
                return;
            }
            i += 1;
        }
        self.pos = d.len();
    }

    fn literal_string(&mut self) -> Cow<'a, [u8]> {
        let d = self.data;
        let start = self.pos + 1;
        // The common case, no escapes and no nested parentheses: borrow.
        let mut i = start;
        while i < d.len() && !matches!(d[i], b'\\' | b'(' | b')') {
            i += 1;
        }
        if i < d.len() && d[i] == b')' {
            self.pos = i + 1;
            return Cow::Borrowed(&d[start..i]);
        }
        let mut out = d[start..i].to_vec();
        let mut depth = 1usize;
        while i < d.len() {
            let b = d[i];
            i += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(&e) = d.get(i) else { break };
                    i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match d.get(i) {
                                    Some(&o @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(o - b'0');
                                        i += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        // A backslash at the end of a line continues the string.
                        b'\r' => {
                            if d.get(i) == Some(&b'\n') {
                                i += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                b'\r' => {
                    // An end of line in a string is a line feed, whatever it was.
                    if d.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    out.push(b'\n');
                }
                other => out.push(other),
            }
        }
        self.pos = i;
        Cow::Owned(out)
    }

    fn hex_string(&mut self) -> Cow<'a, [u8]> {
        let d = self.data;
        let mut i = self.pos + 1;
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while i < d.len() && d[i] != b'>' {
            if let Some(v) = hex_value(d[i]) {
                match high.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => high = Some(v),
                }
            }
            i += 1;
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        self.pos = (i + 1).min(d.len());
        Cow::Owned(out)
    }

    fn name(&mut self) -> Cow<'a, [u8]> {
        let d = self.data;
        let start = self.pos + 1;
        let mut i = start;
        while i < d.len() && is_regular(d[i]) {
            i += 1;
        }
        self.pos = i;
        let raw = &d[start..i];
        if !raw.contains(&b'#') {
            return Cow::Borrowed(raw);
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut j = 0;
        while j < raw.len() {
            if raw[j] == b'#' {
                let h = raw.get(j + 1).copied().and_then(hex_value);
                let l = raw.get(j + 2).copied().and_then(hex_value);
                if let (Some(h), Some(l)) = (h, l) {
                    out.push(h << 4 | l);
                    j += 3;
                    continue;
                }
            }
            out.push(raw[j]);
            j += 1;
        }
        Cow::Owned(out)
    }

    fn number(&mut self) -> Option<f64> {
        let d = self.data;
        let start = self.pos;
        let mut i = start;
        let mut negative = false;
        // Several signs ("--5") occur in broken files; readers take the last.
        while i < d.len() && matches!(d[i], b'+' | b'-') {
            negative = d[i] == b'-';
            i += 1;
        }
        let mut int: f64 = 0.0;
        let mut digits = 0usize;
        while i < d.len() && d[i].is_ascii_digit() {
            int = int * 10.0 + f64::from(d[i] - b'0');
            digits += 1;
            i += 1;
        }
        if i < d.len() && d[i] == b'.' {
            i += 1;
            let mut scale = 0.1;
            while i < d.len() && d[i].is_ascii_digit() {
                int += f64::from(d[i] - b'0') * scale;
                scale *= 0.1;
                digits += 1;
                i += 1;
            }
        }
        // Anything glued on after the number ("12.5.3", "4x") is dropped.
        while i < d.len() && is_regular(d[i]) {
            i += 1;
        }
        self.pos = i;
        (digits > 0).then_some(if negative { -int } else { int })
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let d = self.data;
        loop {
            while self.pos < d.len() && is_space(d[self.pos]) {
                self.pos += 1;
            }
            let b = *d.get(self.pos)?;
            match b {
                b'%' => {
                    while self.pos < d.len() && !matches!(d[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'(' => return Some(Token::String(self.literal_string())),
                b'<' if d.get(self.pos + 1) == Some(&b'<') => {
                    self.pos += 2;
                    return Some(Token::DictOpen);
                }
                b'<' => return Some(Token::String(self.hex_string())),
                b'>' if d.get(self.pos + 1) == Some(&b'>') => {
                    self.pos += 2;
                    return Some(Token::DictClose);
                }
                b'[' => {
                    self.pos += 1;
                    return Some(Token::ArrayOpen);
                }
                b']' => {
                    self.pos += 1;
                    return Some(Token::ArrayClose);
                }
                b'/' => return Some(Token::Name(self.name())),
                b'0'..=b'9' | b'+' | b'-' | b'.' => {
                    if let Some(n) = self.number() {
                        return Some(Token::Number(n));
                    }
                }
                _ if is_regular(b) => {
                    let start = self.pos;
                    while self.pos < d.len() && is_regular(d[self.pos]) {
                        self.pos += 1;
                    }
                    return Some(Token::Keyword(&d[start..self.pos]));
                }
                // A stray delimiter (`)`, `>`, `{`, `}`): skipped.
                _ => self.pos += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &[u8]) -> Vec<Token<'_>> {
        Lexer::new(s).collect()
    }

    fn string(s: &[u8]) -> Token<'_> {
        Token::String(Cow::Borrowed(s))
    }

    #[test]
    fn operators_and_operands() {
        assert_eq!(
            tokens(b"BT /F1 9.5 Tf -.5 0 Td (Hej) Tj ET"),
            vec![
                Token::Keyword(b"BT"),
                Token::Name(Cow::Borrowed(b"F1")),
                Token::Number(9.5),
                Token::Keyword(b"Tf"),
                Token::Number(-0.5),
                Token::Number(0.0),
                Token::Keyword(b"Td"),
                string(b"Hej"),
                Token::Keyword(b"Tj"),
                Token::Keyword(b"ET"),
            ]
        );
    }

    #[test]
    fn string_escapes_and_nesting() {
        assert_eq!(
            tokens(
                br"(a\(b\) (c) \101\\\n\
d)"
            ),
            vec![string(b"a(b) (c) A\\\nd")]
        );
        assert_eq!(tokens(b"<48 65 6A 7>"), vec![string(b"Hej\x70")]);
        assert_eq!(tokens(b"/A#20B"), vec![Token::Name(Cow::Borrowed(b"A B"))]);
    }

    #[test]
    fn arrays_dicts_and_comments() {
        assert_eq!(
            tokens(b"[(a) -250 (b)] TJ % note (x) Tj\n<</MCID 3>> BDC"),
            vec![
                Token::ArrayOpen,
                string(b"a"),
                Token::Number(-250.0),
                string(b"b"),
                Token::ArrayClose,
                Token::Keyword(b"TJ"),
                Token::DictOpen,
                Token::Name(Cow::Borrowed(b"MCID")),
                Token::Number(3.0),
                Token::DictClose,
                Token::Keyword(b"BDC"),
            ]
        );
    }

    #[test]
    fn inline_image_data_is_skipped() {
        let mut lx = Lexer::new(b"BI /W 2 /H 1 ID \x00EI)(\xff EI Q");
        let mut seen = Vec::new();
        while let Some(t) = lx.next() {
            if t == Token::Keyword(b"ID") {
                lx.skip_inline_image();
                continue;
            }
            seen.push(t);
        }
        assert_eq!(seen.last(), Some(&Token::Keyword(b"Q")));
        assert!(!seen.iter().any(|t| matches!(t, Token::String(_))));
    }

    #[test]
    fn garbage_never_stops_the_lexer() {
        let t = tokens(b"-- 4.5.6 ) > } (open");
        assert_eq!(t[0], Token::Number(4.5));
        assert_eq!(t.last(), Some(&string(b"open")));
    }
}
