//! Text measurement, line breaking and hyphenation for the PDF writer.
//!
//! Widths come from the standard-14 AFM metrics ([`crate::metrics`]) over windows-1252
//! bytes, the encoding every PDF here declares (`/WinAnsiEncoding`). Long Danish compounds
//! are hyphenated at the breaks a typesetter would use, from a small dictionary of
//! compound joints; words that already contain a hyphen ("Høje-Taastrup") may break after
//! it without a second one.

use crate::metrics;
use encoding_rs::WINDOWS_1252;

/// One of the standard-14 fonts this corpus uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Font {
    /// Helvetica.
    Helvetica,
    /// Helvetica-Bold.
    HelveticaBold,
    /// Times-Roman.
    TimesRoman,
    /// Times-Bold.
    TimesBold,
}

impl Font {
    /// The PostScript name, as `/BaseFont`.
    pub fn base_name(self) -> &'static str {
        match self {
            Font::Helvetica => "Helvetica",
            Font::HelveticaBold => "Helvetica-Bold",
            Font::TimesRoman => "Times-Roman",
            Font::TimesBold => "Times-Bold",
        }
    }

    /// Widths of codes 32..=255 in 1/1000 em.
    pub fn widths(self) -> &'static [u16; 224] {
        match self {
            Font::Helvetica => &metrics::HELVETICA,
            Font::HelveticaBold => &metrics::HELVETICA_BOLD,
            Font::TimesRoman => &metrics::TIMES_ROMAN,
            Font::TimesBold => &metrics::TIMES_BOLD,
        }
    }

    /// Width of `text` at `size` points.
    pub fn width(self, text: &str, size: f32) -> f32 {
        let w = self.widths();
        let units: u32 = encode(text)
            .iter()
            .map(|&b| u32::from(w[usize::from(b.max(32)) - 32]))
            .sum();
        units as f32 * size / 1000.0
    }
}

/// Encodes text as windows-1252. Every text in the corpus must be representable.
pub fn encode(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = WINDOWS_1252.encode(text);
    assert!(
        !unmappable,
        "text not representable in windows-1252: {text}"
    );
    bytes.into_owned()
}

/// Compound joints, lower-case, `|` marking where a typesetter may break.
const JOINTS: &[&str] = &[
    "handlings|plan",
    "handle|plan",
    "omgørelses|procent",
    "omgørelses|pro|centerne",
    "socialud|val|get",
    "social|udvalg",
    "social|forvaltningen",
    "social|området",
    "danmarks|kortet",
    "danmarks|kort",
    "sags|behandling",
    "rets|sikkerhed",
    "kommunal|bestyrelse",
    "økonomi|udvalg",
    "børne|handicap|området",
    "voksen|handicap|området",
    "handicap|området",
    "kvalitets|standard",
    "anke|styrelsen",
    "lokal|plan",
    "kommune|plan",
    "budget|opfølgning",
    "forvalt|ningen",
    "beslut|ningen",
    "indstil|lingen",
    "sagsfrem|stilling",
    "tillægs|bevilling",
    "myndigheds|afdeling",
    "klima|tilpasning",
    "trafik|sikkerheds|handlings|plan",
    "kompetence|udvikling",
    "udar|bejdelse",
    "opfølg|ning",
    "rets|sikkerheds|loven",
    "juridiske",
    "kvalitets|opfølgning",
    "under|søgelse",
    "praksis|under|søgelse",
    "børne|og|unge|udvalget",
    "skole|struktur",
    "anlægs|bevilling",
    "folke|skole",
    "byråds|medlem",
    "besøgs|tal",
    "over|slags|årene",
    "ældre|området",
    "beskæftigelses|udvalget",
    "arbejds|markeds|udvalget",
    "senior|udvalget",
    "ud|arbejde",
    "vej|direktoratet",
];

/// Positions (char indices into `word`) after which the word may be broken, and whether
/// the break needs an added hyphen.
fn breakpoints(word: &str) -> Vec<(usize, bool)> {
    let chars: Vec<char> = word.chars().collect();
    let lower: String = word.to_lowercase();
    let lower_chars: Vec<char> = lower.chars().collect();
    let mut points = Vec::new();
    if lower_chars.len() != chars.len() {
        return points;
    }
    for joint in JOINTS {
        let key: String = joint.chars().filter(|&c| c != '|').collect();
        let key_chars: Vec<char> = key.chars().collect();
        let mut offsets = Vec::new();
        let mut pos = 0;
        for c in joint.chars() {
            if c == '|' {
                offsets.push(pos);
            } else {
                pos += 1;
            }
        }
        for start in 0..lower_chars.len().saturating_sub(key_chars.len() - 1) {
            if lower_chars[start..start + key_chars.len()] == key_chars[..] {
                for &o in &offsets {
                    points.push((start + o, true));
                }
            }
        }
    }
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' && i >= 2 && i + 2 < chars.len() {
            points.push((i + 1, false));
        }
    }
    // Keep at least two letters on each side, as typesetters do.
    points.retain(|&(p, _)| p >= 3 && p + 2 <= chars.len());
    points.sort();
    points.dedup_by_key(|p| p.0);
    points
}

/// Breaks `text` into lines no wider than `width` points, hyphenating compounds.
pub fn wrap(text: &str, font: Font, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word = word.to_string();
        loop {
            let candidate = if cur.is_empty() {
                word.clone()
            } else {
                format!("{cur} {word}")
            };
            if font.width(&candidate, size) <= width {
                cur = candidate;
                break;
            }
            let prefix = if cur.is_empty() {
                String::new()
            } else {
                format!("{cur} ")
            };
            let chars: Vec<char> = word.chars().collect();
            let split = breakpoints(&word).into_iter().rev().find_map(|(p, add)| {
                let head: String = chars[..p].iter().collect();
                let piece = if add { format!("{head}-") } else { head };
                (font.width(&format!("{prefix}{piece}"), size) <= width).then_some((p, piece))
            });
            match split {
                Some((p, piece)) => {
                    lines.push(format!("{prefix}{piece}"));
                    cur.clear();
                    word = chars[p..].iter().collect();
                }
                None if cur.is_empty() => {
                    // A single word wider than the line: let it overflow.
                    cur = word.clone();
                    break;
                }
                None => {
                    lines.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenates_compounds_at_joints() {
        assert!(breakpoints("handlingsplan").contains(&(9, true)));
        assert!(breakpoints("omgørelsesprocenterne").contains(&(10, true)));
        assert!(breakpoints("Høje-Taastrup").contains(&(5, false)));
    }

    #[test]
    fn wrap_respects_width_and_keeps_words() {
        let text = "Byrådet besluttede at udarbejde en handlingsplan for Socialudvalget";
        for w in [60.0, 90.0, 140.0, 400.0] {
            let lines = wrap(text, Font::Helvetica, 10.0, w);
            let joined = lines.join("\n");
            let undone = joined.replace("-\n", "").replace('\n', " ");
            assert_eq!(undone, text, "width {w}: {lines:?}");
        }
    }

    #[test]
    fn encodes_danish_letters() {
        assert_eq!(
            encode("æøåÆØÅé–"),
            vec![0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5, 0xE9, 0x96]
        );
    }
}
