//! What of a citizen's identity reaches the reports.
//!
//! Minutes are public, but not every minute is as it should be: some print a
//! CPR number or a named citizen's diagnosis, and the spot check exists to
//! find exactly those. The reports that point them out are shared more
//! widely than the minutes' source files, so they must not copy what they
//! point out. Every text taken from the minutes into a report goes through
//! [`mask_cpr`] (`010190-1234` → `010190-XXXX`: the date part stays, so a
//! lawyer can still tell it was a CPR number), and a spot-check flag about a
//! named citizen shows the name as initials ([`initials_of_citizens`]). The
//! analyst has the source file for the full text. File paths are kept as
//! they are: they are how the analyst finds the file.
//!
//! Masking keeps byte spans valid: a CPR number keeps its length, and where
//! a name is shortened, the highlighted span is moved with the text.

use std::sync::LazyLock;

use regex::Regex;

/// Ten digits whose first six are a date, with or without the dash, not
/// inside a longer number: the shapes the spot-check rule `spot.cpr_number`
/// looks for.
static CPR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d-])((0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2})(-?)(\d{4})(?:$|[^\d])")
        .expect("the CPR pattern compiles")
});

/// A name as `spot.named_citizen_health` finds it, after the words that
/// introduce a citizen or before an age.
static CITIZEN: LazyLock<Regex> = LazyLock::new(|| {
    const NAME: &str = r"(?-i:\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}\p{Ll}+){1,2})";
    Regex::new(&format!(
        r"(?i)(?:\b(?:borger(?:en)?|ansøger(?:en)?|klager(?:en)?|patient(?:en)?|eleven|barnet|drengen|pigen|hr\.|fru) ({NAME}))|(?:\b({NAME}),? (?:\(\d{{1,3}} år\)|\d{{1,3}} år|født (?:den )?\d))"
    ))
    .expect("the name pattern compiles")
});

/// `text` with the last four digits of every CPR number as `XXXX`. Same
/// length, so spans into the text stay valid.
pub fn mask_cpr(text: &str) -> String {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return text.to_string();
    }
    let mut out = text.to_string();
    let mut at = 0;
    // The pattern consumes one character on either side, so adjacent
    // numbers are found by searching again from the end of the digits.
    while let Some(c) = CPR.captures_at(text, at) {
        let digits = c.get(5).expect("group 5 always takes part");
        out.replace_range(digits.range(), "XXXX");
        at = digits.end();
    }
    out
}

/// `passage` with each citizen's name written as initials ("Karen Holm" →
/// "K. H."), and `highlight` (a byte span into `passage`) moved to the
/// same words in the result.
pub fn initials_of_citizens(passage: &str, highlight: (usize, usize)) -> (String, (usize, usize)) {
    let names: Vec<(usize, usize)> = CITIZEN
        .captures_iter(passage)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| (m.start(), m.end()))
        .collect();
    if names.is_empty() {
        return (passage.to_string(), highlight);
    }
    let mut out = String::with_capacity(passage.len());
    let mut last = 0;
    let (mut hs, mut he) = highlight;
    let (s0, e0) = highlight;
    for (start, end) in names {
        out.push_str(&passage[last..start]);
        let short = initials(&passage[start..end]);
        let delta = (end - start) as isize - short.len() as isize;
        out.push_str(&short);
        last = end;
        // A span boundary after the name moves by the name's shrinkage; one
        // inside it moves to the name's new end.
        let shift = |b: usize, pos: &mut usize| {
            if b >= end {
                *pos = (*pos as isize - delta) as usize;
            } else if b > start {
                *pos = start + short.len().min(*pos - start);
            }
        };
        shift(s0, &mut hs);
        shift(e0, &mut he);
    }
    out.push_str(&passage[last..]);
    let he = he.max(hs).min(out.len());
    (out, (hs.min(he), he))
}

fn initials(name: &str) -> String {
    name.split(' ')
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpr_numbers_lose_their_last_four_digits_and_nothing_else_changes() {
        assert_eq!(
            mask_cpr("Klager, cpr-nr. 120356-1234, har anmodet"),
            "Klager, cpr-nr. 120356-XXXX, har anmodet"
        );
        assert_eq!(mask_cpr("CPR 0103451234 fremgår"), "CPR 010345XXXX fremgår");
        assert_eq!(
            mask_cpr("010190-1234 og 020290-5678"),
            "010190-XXXX og 020290-XXXX"
        );
        for keep in [
            "Sagsnr. 24/123456-7890.",
            "Beløbet er 290223-1234567.",
            "Telefon 3341 1200.",
        ] {
            assert_eq!(mask_cpr(keep), keep);
        }
    }

    #[test]
    fn citizens_names_become_initials_and_the_highlight_follows() {
        let p = "Borgeren Jens Peter Madsen, der har sclerose, har klaget.";
        let h = (p.find("sclerose").unwrap(), p.find("sclerose").unwrap() + 8);
        let (out, (s, e)) = initials_of_citizens(p, h);
        assert_eq!(out, "Borgeren J. P. M., der har sclerose, har klaget.");
        assert_eq!(&out[s..e], "sclerose");
        let p = "Klager Karen Holm (54 år) er på førtidspension.";
        let (out, (s, e)) = initials_of_citizens(p, (0, p.len()));
        assert_eq!(out, "Klager K. H. (54 år) er på førtidspension.");
        assert_eq!(&out[s..e], out.as_str());
        let p = "Rådmand Karen Holm (A) orienterede.";
        assert_eq!(initials_of_citizens(p, (0, 3)).0, p);
    }
}
