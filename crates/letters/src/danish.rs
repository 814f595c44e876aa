//! The Danish of the letters: dates, numbers of months, the municipality's
//! and the council's names as an authority writes them.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

/// "15. december 2022".
pub fn date(d: NaiveDate) -> String {
    format!("{}. {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "tre måneder", "én måned"; numbers above twelve in digits.
pub fn months(n: u32) -> String {
    const WORDS: [&str; 13] = [
        "nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
        "tolv",
    ];
    let number = WORDS
        .get(n as usize)
        .map_or_else(|| n.to_string(), |w| w.to_string());
    format!("{number} {}", if n == 1 { "måned" } else { "måneder" })
}

/// "a", "a og b", "a, b og c".
pub fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} og {last}", init.join(", ")),
    }
}

/// The municipality's name as a letter's address writes it: "Aarhus
/// Kommune", and the two that are not "X Kommune": "Københavns Kommune" and
/// "Bornholms Regionskommune".
pub fn official_name(code: &str, name: &str) -> String {
    match code {
        "101" => "Københavns Kommune".into(),
        "400" => "Bornholms Regionskommune".into(),
        _ => format!("{name} Kommune"),
    }
}

/// The council's name, from the name the minutes use where it is one of the
/// council's names, else "Kommunalbestyrelsen", the law's name for every
/// council. København's is always Borgerrepræsentationen.
pub fn council_name(code: &str, written: Option<&str>) -> &'static str {
    if code == "101" {
        return "Borgerrepræsentationen";
    }
    let w = written.unwrap_or_default().to_lowercase();
    if w.contains("borgerrepræsentation") {
        "Borgerrepræsentationen"
    } else if w.contains("byråd") || w.contains("byraad") {
        "Byrådet"
    } else {
        "Kommunalbestyrelsen"
    }
}

/// The council's name inside a sentence: "byrådet", "kommunalbestyrelsen";
/// Borgerrepræsentationen is a proper name and keeps its capital.
pub fn council_lc(council: &str) -> String {
    if council == "Borgerrepræsentationen" {
        council.to_string()
    } else {
        council.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_dates_read_as_an_authority_writes_them() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2022, 12, 1).unwrap()),
            "1. december 2022"
        );
        assert_eq!(months(3), "tre måneder");
        assert_eq!(months(1), "én måned");
        assert_eq!(months(18), "18 måneder");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b og c");
        assert_eq!(official_name("101", "København"), "Københavns Kommune");
        assert_eq!(official_name("400", "Bornholm"), "Bornholms Regionskommune");
        assert_eq!(official_name("751", "Aarhus"), "Aarhus Kommune");
        assert_eq!(council_name("751", Some("Byrådet")), "Byrådet");
        assert_eq!(
            council_name("101", Some("Økonomiudvalget")),
            "Borgerrepræsentationen"
        );
        assert_eq!(
            council_name("250", Some("Økonomiudvalget")),
            "Kommunalbestyrelsen"
        );
        assert_eq!(council_name("250", None), "Kommunalbestyrelsen");
        assert_eq!(council_lc("Byrådet"), "byrådet");
        assert_eq!(
            council_lc("Borgerrepræsentationen"),
            "Borgerrepræsentationen"
        );
    }
}
