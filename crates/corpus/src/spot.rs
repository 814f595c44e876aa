//! The expected flags of the spot-check and quality-standard samples, as a careful reader
//! finds them, published as a table in `corpus-samples/README.md`.
//!
//! Each row is `file | rule | page | what the passage says`; a file a reader finds nothing
//! worth a lawyer's reading in has one row with rule `—`. Committee minutes are listed too
//! (with `—`): they are never drawn, whatever they say. Pages were read off the generated
//! files (every item of a Classic PDF starts a new page, after a front page).

/// The expected flags, in file order.
pub const FLAGS: &[&str] = &[
    "spot-check/viborg/byraad-2024-01-31-referat.pdf | spot.fixed_cap | 4 | Item 3: \"der fremover maksimalt kan bevilges 3 timers praktisk hjælp om ugen pr. husstand\" – a cap on help under servicelovens § 83. The councils were heard, so no hearing flag.",
    "spot-check/viborg/byraad-2024-02-28-referat.pdf | spot.budget_stop | 3 | Item 2: \"visitationsstop på plejeboliger og midlertidige pladser\" to keep the budget.",
    "spot-check/viborg/byraad-2024-02-28-referat.pdf | spot.closed_without_reason | 5 | Item 4 is headed only \"Lukket punkt\": no ground, no category.",
    "spot-check/viborg/byraad-2024-04-24-referat.pdf | — | — | Ordinary business: a sale \"efter offentligt udbud\", the accounts, grants to all associations by the same model.",
    "spot-check/viborg/byraad-2024-06-19-referat.pdf | spot.sale_without_offer | 3 | Item 2: the property \"sælges direkte til Viborg Møbeltapet ApS uden offentligt udbud\".",
    "spot-check/viborg/byraad-2024-06-19-referat.pdf | spot.single_company_support | 4 | Item 3: \"et tilskud på 150.000 kr. til Hærvejsløbet Event ApS\" and free use of the stadium.",
    "spot-check/viborg/Oekonomiudvalget/oeu-2024-03-13-referat.pdf | — | — | Committee minutes: never drawn (the bevillingsstop it mentions is rejected anyway).",
    "spot-check/viborg/byraad-2024-09-25-referat.pdf | — | — | Budget first reading and daycare rates set by dagtilbudsloven.",
    "spot-check/viborg/byraad-2024-11-27-referat.pdf | spot.blanket_refusal | 3 | Item 2: ledsagelse to holidays \"bevilges fra 1. januar 2025 ikke længere til borgere i botilbud\" – a whole group excluded. The councils were heard.",
    "spot-check/621-kolding/byraadet-2024-02-26.pdf | spot.named_citizen_health | 3 | Item 2 names the citizen (\"Borgeren Henrik Lund Jessen\") in the sentence about his handicapbil.",
    "spot-check/621-kolding/byraadet-2024-02-26.pdf | spot.cpr_number | 3 | Item 2: \"cpr-nr. 140372-1137\" (14 March 1972) in open minutes.",
    "spot-check/621-kolding/byraadet-2024-02-26.pdf | spot.named_citizen_health | 3 | Item 2 again: the named citizen \"har sclerose og er afhængig af kørestol\".",
    "spot-check/621-kolding/byraadet-2024-05-27.pdf | spot.retroactive_reduction | 3 | Item 2: the price of madservice \"forhøjes derfor med tilbagevirkende kraft fra 1. januar 2024\".",
    "spot-check/621-kolding/byraadet-2024-05-27.pdf | spot.reduction_before_decision | 3 | Item 2 again, by the dates: the higher price takes effect on 1 January 2024, before the meeting of 27 May 2024 that decides it.",
    "spot-check/621-kolding/byraadet-2024-05-27.pdf | spot.presumption_of_refusal | 4 | Item 3: fodpleje \"dækkes som udgangspunkt ikke som merudgift\", with no word of an individual assessment.",
    "spot-check/621-kolding/Social- og Sundhedsudvalget/sou-2024-05-13.pdf | — | — | Committee minutes: never drawn.",
    "spot-check/Odder/Byrådet 18.03.2024 - referat.html | — | — | A service-level change with \"en konkret og individuel vurdering\" and the councils heard; a sale after public offering.",
    "spot-check/Odder/byraadet-2024-08-19.pdf | spot.no_council_hearing | 3 | Item 2 cuts aflastning for families with disabled children from 12 to 8 days a year; neither Handicaprådet nor a hearing is mentioned.",
    "spot-check/Odder/byraadet-2024-10-21.pdf | — | — | \"Budgettet blev vedtaget.\"; a contract awarded after public tender.",
    "spot-check/faaborg-midtfyn/Social- og Sundhedsudvalget 2024-04-08.pdf | — | — | Committee minutes: never drawn.",
    "spot-check/faaborg-midtfyn/byraad-2024-12-17.pdf | — | — | Meeting plan; quality standards with individual assessment and the councils heard.",
    "kvalitetsstandarder/viborg/kvalitetsstandard-praktisk-hjaelp-2024.html | qs.fixed_cap | 1 | \"Der kan maksimalt bevilges 1 time og 30 minutter hver 14. dag til rengøring.\"",
    "kvalitetsstandarder/kolding/kvalitetsstandard-ledsagelse-2024.html | qs.no_processing_deadline | 1 | No sagsbehandlingsfrist anywhere (\"inden 4 uger\" is the complaint deadline). The 15 hours are § 97's own limit, not a flag.",
    "kvalitetsstandarder/kolding/kvalitetsstandard-ledsagelse-2024.html | qs.blanket_exclusion | 1 | \"Borgere, der bor i botilbud efter servicelovens § 108, kan ikke få ledsagelse efter § 97.\"",
    "kvalitetsstandarder/odder/kvalitetsstandard-hjaelpemidler-2024.html | qs.no_complaint_guidance | 1 | Deadline and individual assessment are there, but no klagevejledning.",
];

/// The README section: what the spot-check samples are for, and the table.
pub fn readme_section() -> String {
    let mut o = String::from(include_str!("../data/spot/README-spot.md"));
    o.push_str("\n<!-- expected-flags -->\n| file | rule | page | what a careful reader finds |\n|---|---|---|---|\n");
    for row in FLAGS {
        o.push_str(&format!("| {row} |\n"));
    }
    o.push_str("<!-- end -->\n");
    o
}
