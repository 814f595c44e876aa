//! The 98 Danish municipalities (kommuner), and how to recognise one from a
//! folder name or a phrase in a document.
//!
//! The list is `data/kommuner.csv` (code, name, region), compiled in. Names are
//! matched after *folding*: lower case, diacritics dropped, punctuation and
//! spaces removed, and the Danish letters spelled the ways people type them
//! without a Danish keyboard (æ→ae, ø→oe or o, å→aa or a).
//!
//! ```
//! use tilsyn_kommuner::{resolve_path_component, Kommune};
//!
//! let k: &Kommune = resolve_path_component("Koebenhavns-Kommune").unwrap();
//! assert_eq!(k.code, "101");
//! assert_eq!(resolve_path_component("ringkobing-skjern").unwrap().name, "Ringkøbing-Skjern");
//! assert_eq!(resolve_path_component("751").unwrap().name, "Aarhus");
//! assert!(resolve_path_component("referater-2022").is_none());
//! ```
#![deny(missing_docs)]

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// One municipality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kommune {
    /// The three-digit municipality code, e.g. `"101"`.
    pub code: &'static str,
    /// The name as the municipality writes it, e.g. `"København"`.
    pub name: &'static str,
    /// The region, e.g. `"Hovedstaden"`.
    pub region: &'static str,
}

static CSV: &str = include_str!("../data/kommuner.csv");

struct Registry {
    all: Vec<Kommune>,
    /// Every folded spelling of every name, to the index in `all`.
    by_folded: HashMap<String, usize>,
}

fn registry() -> &'static Registry {
    static REG: OnceLock<Registry> = OnceLock::new();
    REG.get_or_init(|| {
        let mut all = Vec::new();
        for line in CSV.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let mut cols = line.splitn(3, ',');
            let (Some(code), Some(name), Some(region)) = (cols.next(), cols.next(), cols.next())
            else {
                panic!("malformed line in kommuner.csv: {line:?}");
            };
            all.push(Kommune {
                code: code.trim(),
                name: name.trim(),
                region: region.trim(),
            });
        }
        all.sort_by(|a, b| a.code.cmp(b.code));
        let mut by_folded = HashMap::new();
        for (i, k) in all.iter().enumerate() {
            for spelling in spellings(k.name) {
                by_folded.insert(spelling, i);
            }
        }
        Registry { all, by_folded }
    })
}

/// All 98 municipalities, ordered by code.
pub fn all() -> &'static [Kommune] {
    &registry().all
}

/// The municipality with this three-digit code.
pub fn by_code(code: &str) -> Option<&'static Kommune> {
    let reg = registry();
    reg.all
        .binary_search_by(|k| k.code.cmp(code))
        .ok()
        .map(|i| &reg.all[i])
}

/// The municipality a name refers to, in any of the usual spellings:
/// `"København"`, `"Københavns Kommune"`, `"koebenhavn"`, `"Aarhus"`, `"Århus"`,
/// `"Ringkobing-Skjern"`. A genitive `s` and the words "Kommune"/"Kommunes" are
/// allowed around the name; nothing else is.
pub fn by_name(name: &str) -> Option<&'static Kommune> {
    let tokens = tokens(name);
    let tokens: Vec<&str> = tokens
        .iter()
        .map(String::as_str)
        .filter(|t| !is_filler(t))
        .collect();
    lookup_joined(&tokens.concat())
}

/// Resolves one path component (a folder or file name) as CONTRACT.md says:
/// by three-digit code (or its four-digit register form, "0101") or by name, ignoring
/// case, diacritics and punctuation.
///
/// A component may carry other words beside the name (`"101-koebenhavn"`,
/// `"Aarhus_referater_2022"`): a code token wins; otherwise the longest run of
/// consecutive words that spells a name. Loose words are not matched inside
/// other words, so `"Lejrearkiv"` is not Lejre.
pub fn resolve_path_component(component: &str) -> Option<&'static Kommune> {
    let toks = tokens(component);
    // "101", or the four-digit form of registers such as CPR ("0101").
    let code = |t: &String| -> Option<&'static Kommune> {
        if !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        match t.len() {
            3 => by_code(t),
            4 if t.starts_with('0') => by_code(&t[1..]),
            _ => None,
        }
    };
    if let Some(k) = toks.iter().find_map(code) {
        return Some(k);
    }
    let words: Vec<&str> = toks
        .iter()
        .map(String::as_str)
        .filter(|t| !is_filler(t) && !t.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    // Longest run first, so "Lyngby-Taarbæk" is not read as some shorter name.
    for len in (1..=words.len().min(4)).rev() {
        for start in 0..=words.len() - len {
            if let Some(k) = lookup_joined(&words[start..start + len].concat()) {
                return Some(k);
            }
        }
    }
    None
}

fn lookup_joined(joined: &str) -> Option<&'static Kommune> {
    if joined.is_empty() {
        return None;
    }
    let reg = registry();
    let hit = reg.by_folded.get(joined).or_else(|| {
        // Genitive: "Københavns", "Aarhus'" (the apostrophe is already gone).
        joined
            .strip_suffix('s')
            .and_then(|stem| reg.by_folded.get(stem))
    })?;
    Some(&reg.all[*hit])
}

fn is_filler(token: &str) -> bool {
    matches!(
        token,
        "kommune" | "kommunes" | "kommunen" | "regionskommune" | "regionskommunes"
    )
}

/// Splits on anything that is not a letter or digit, then folds each token.
fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(fold_ascii)
        .collect()
}

/// Lower case, Danish letters spelled the way a Danish keyboard-less writer
/// does (æ→ae, ø→oe, å→aa), other diacritics dropped.
pub fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            _ => out.extend(
                c.to_string()
                    .nfd()
                    .filter(|c| !unicode_normalization::char::is_combining_mark(*c)),
            ),
        }
    }
    out
}

/// Every folded spelling of a name: with the punctuation removed, and each of
/// ø and å spelled both ways (Ringkøbing → ringkoebing, ringkobing).
fn spellings(name: &str) -> Vec<String> {
    let lower: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect();
    let mut forms = vec![String::new()];
    for c in lower.chars() {
        let options: &[&str] = match c {
            'æ' => &["ae", "a"],
            'ø' => &["oe", "o"],
            'å' => &["aa", "a"],
            _ => &[],
        };
        if options.is_empty() {
            let folded = fold_ascii(&c.to_string());
            forms.iter_mut().for_each(|f| f.push_str(&folded));
        } else {
            forms = forms
                .iter()
                .flat_map(|f| options.iter().map(move |o| format!("{f}{o}")))
                .collect();
        }
    }
    // Aarhus is also written Århus, which folds to "aarhus" already.
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ninety_eight_unique_codes_and_names() {
        assert_eq!(all().len(), 98);
        let mut codes: Vec<_> = all().iter().map(|k| k.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), 98);
        for k in all() {
            assert_eq!(by_name(k.name).map(|x| x.code), Some(k.code), "{}", k.name);
        }
    }

    #[test]
    fn contract_examples_resolve() {
        for (s, code) in [
            ("101", "101"),
            ("København", "101"),
            ("koebenhavn", "101"),
            ("Koebenhavns-Kommune", "101"),
            ("ringkobing-skjern", "760"),
            ("Ringkøbing-Skjern Kommune", "760"),
            ("Århus", "751"),
            ("LYNGBY-TAARBAEK", "173"),
            ("Lyngby_Taarbaek_referater", "173"),
            ("aero", "492"),
            ("Ærø Kommune", "492"),
            ("hoeje-taastrup", "169"),
            ("Nordfyns Kommune", "480"),
            ("Vesthimmerlands", "820"),
            ("461-odense-byraad", "461"),
            ("Brondby", "153"),
            ("Tårnby", "185"),
            ("Bornholms-Regionskommune", "400"),
            ("bornholms regionskommune referater", "400"),
            ("0101", "101"),
            ("0791-referater", "791"),
        ] {
            assert_eq!(
                resolve_path_component(s).map(|k| k.code),
                Some(code),
                "component {s:?}"
            );
        }
    }

    #[test]
    fn non_names_do_not_resolve() {
        for s in [
            "referater",
            "2022",
            "byraad-2022-12-15",
            "Lejrearkiv",
            "999",
            "0999",
            "1101",
            "dagsorden_og_referat",
            "",
        ] {
            assert!(resolve_path_component(s).is_none(), "component {s:?}");
        }
    }
}
