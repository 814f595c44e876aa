//! The sample corpus: which file is written how, and what a careful reader finds in it.
//!
//! The expectations ([`Sample::expected`], [`OUTCOMES`]) were derived by reading the texts
//! in `data/` against the rules of CONTRACT.md, not by running any code; `corpus-samples/
//! README.md` publishes them as tables that the tests parse.

use crate::broken;
use crate::html::{HtmlStyle, write_html};
use crate::model::{Meeting, parse_library, parse_meeting};
use crate::pdf::{Layout, PdfOptions, write_pdf};
use std::collections::BTreeMap;
use std::path::Path;

/// One file of the sample corpus.
#[derive(Debug, Clone)]
pub struct Sample {
    /// Path relative to the corpus root, with `/`.
    pub path: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// The expected-documents row after the file column:
    /// `municipality | status | body | meeting_date | danmarkskort | note`.
    pub expected: &'static str,
}

enum Kind {
    Pdf(Layout, bool),
    PdfNoMediaBox(Layout),
    Html(HtmlStyle),
    Truncated(Layout),
    Empty,
    ErrorPage(&'static str, &'static str),
    Scanned(usize),
    Docx,
    ThumbsDb,
    Note(&'static str),
    /// A quality standard as a web page (`crate::standard`).
    Standard,
}

struct Spec {
    path: &'static str,
    source: &'static str,
    kind: Kind,
    expected: &'static str,
}

const COMMON: &str = include_str!("../data/common.txt");

macro_rules! data {
    ($name:literal) => {
        include_str!(concat!("../data/", $name, ".txt"))
    };
}

/// The texts of the spot-check and quality-standard samples, in `data/spot/`.
macro_rules! spot {
    ($name:literal) => {
        include_str!(concat!("../data/spot/", $name, ".txt"))
    };
}

fn specs() -> Vec<Spec> {
    use Kind::*;
    use Layout::*;
    vec![
        Spec {
            path: "101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf",
            source: data!("kbh-br-2022-12-08"),
            kind: Pdf(Classic, true),
            expected: "101 | ok | council | 2022-12-08 | 2022:prepare | Item 9 treats Danmarkskort 2022 and quotes Socialudvalget; the BR itself decides that Socialforvaltningen prepares a handlingsplan for the voksenhandicapområde by April 2023. Items 1–8 and 10–11 are other business (budget, lokalplan, Handlingsplan for klimatilpasning, schools, a closed item).",
        },
        Spec {
            path: "101-koebenhavn/Socialudvalget/referat-socialudvalget-2022-11-23.pdf",
            source: data!("kbh-sou-2022-11-23"),
            kind: Pdf(Times, true),
            expected: "101 | ok | committee | 2022-11-23 | 2022:prepare | Socialudvalget recommends to the BR that a handlingsplan be prepared (committee, so it does not count on its own); the council minutes of 8 December exist too.",
        },
        Spec {
            path: "Aarhus/Byrådet - referat 30. november 2022.html",
            source: data!("aarhus-br-2022-11-30"),
            kind: Html(HtmlStyle::Modern),
            expected: "751 | ok | council | 2022-11-30 | 2022:no_need | UTF-8 web page with full chrome. Item 5: Byrådet finds no need for a separate handlingsplan and relies on the existing kvalitetsprogram; the recommendation said the same and the decision is \"Indstillingen blev godkendt.\"",
        },
        Spec {
            path: "Aarhus/referat-byraadet-2022-12-14.pdf",
            source: "",
            kind: Empty,
            expected: "751 | error | — | — | — | empty file (0 bytes)",
        },
        Spec {
            path: "Aarhus/notes.txt",
            source: "",
            kind: Note(
                "Husk: referat fra BR 14/12 mangler - linket på aarhus.dk virker ikke. Spørg sekretariatet.\nDanmarkskort behandlet 30/11, se html-filen.\n",
            ),
            expected: "751 | skipped | — | — | — | a downloader's note, not minutes",
        },
        Spec {
            path: "Frederiksberg-Kommune/Socialudvalget 2022-11-28 referat.pdf",
            source: data!("frb-sou-2022-11-28"),
            kind: Pdf(Kerned, true),
            expected: "147 | ok | committee | 2022-11-28 | 2022:prepare | Socialudvalget recommends to Kommunalbestyrelsen that a handlingsplan be prepared (\"anbefaler over for Kommunalbestyrelsen\"); no council minutes in the corpus.",
        },
        Spec {
            path: "ringkobing-skjern/referat-byraad-13122022.pdf",
            source: data!("rks-br-2022-12-13"),
            kind: Pdf(Times, true),
            expected: "760 | ok | council | 2022-12-13 | 2022:no_need | Pkt. 8: a named minority (F and Ø) proposed a handlingsplan; the proposal fell 4–25, and the recommendation that no plan is needed was then approved with the same majority.",
        },
        Spec {
            path: "ringkobing-skjern/Dagsorden og referat 2022-10-25.pdf",
            source: "",
            kind: Scanned(3),
            expected: "760 | error | — | — | — | scanned: three pages, each only a grey image, no text layer",
        },
        Spec {
            path: "461/referat_byraadet_14-12-2022.pdf",
            source: data!("odense-br-2022-12-14"),
            kind: Pdf(Kerned, false),
            expected: "461 | ok | council | 2022-12-14 | 2022:prepare | Item 5: the recommendation was to take note and not to make a separate plan; the decision \"Godkendt, dog således at der udarbejdes en handlingsplan …\" amends it, so the council decides to prepare one. TJ arrays with kerning; decisions printed before the Sagsfremstilling.",
        },
        Spec {
            path: "461/referat_byraadet_09-11-2022.pdf",
            source: data!("odense-br-2022-11-09"),
            kind: Truncated(Kerned),
            expected: "461 | error | — | — | — | truncated download: a good PDF cut off at 60 %, no xref or trailer",
        },
        Spec {
            path: "aalborg/2022/byraad/referat-byraadet-2022-12-19.pdf",
            source: data!("aalborg-br-2022-12-19"),
            kind: Pdf(Classic, true),
            expected: "851 | ok | council | 2022-12-19 | 2022:deferred | Punkt 11 (Danmarkskort 2022) was postponed: \"Udsat.\" with the reason that the statement from Familie- og Beskæftigelsesforvaltningen was not ready.",
        },
        Spec {
            path: "aalborg/2022/byraad/Thumbs.db",
            source: "",
            kind: ThumbsDb,
            expected: "851 | skipped | — | — | — | Windows thumbnail cache",
        },
        Spec {
            path: "aalborg/2023/byraad/referat-byraadet-2023-01-30.pdf",
            source: data!("aalborg-br-2023-01-30"),
            kind: Pdf(Classic, false),
            expected: "851 | ok | council | 2023-01-30 | 2022:prepare | Punkt 6 treats the postponed Danmarkskort 2022 and decides to prepare a handlingsplan (in January 2023, after the deadline).",
        },
        Spec {
            path: "Referat Byrådet 24-11-2022.pdf",
            source: data!("hjoerring-br-2022-11-24"),
            kind: Pdf(TwoColumn, true),
            expected: "860 | ok | council | 2022-11-24 | 2022:not_addressed | Top-level file: the municipality is only in the text (\"Hjørring Kommune\"). Items in two columns. Item 7 restates the legal duty to take a position but recommends only taking the map to note; decision \"Taget til efterretning.\" Item 9 is a Grønt Danmarkskort (nature) item, not the map.",
        },
        Spec {
            path: "Hoeje-Taastrup-Kommune/referat-kommunalbestyrelsen-20-12-2022.htm",
            source: data!("htk-kb-2022-12-20"),
            kind: Html(HtmlStyle::Legacy),
            expected: "169 | ok | council | 2022-12-20 | 2022:prepare | windows-1252 page with entities. Punkt 8: neutral recommendation (\"tager stilling til, om der er behov for …\"); Kommunalbestyrelsen decides that a handlingsplan is prepared.",
        },
        Spec {
            path: "esbjerg/Byrådet/2022-11-28 Referat Byrådet.pdf",
            source: data!("esbjerg-br-2022-11-28"),
            kind: Pdf(Classic, true),
            expected: "561 | ok | council | 2022-11-28 | — | The mayor's announcements (Punkt 2) say the danmarkskort will be treated at a later meeting; that is a passing mention, not a treatment. Other items: budget, Handlingsplan for klimatilpasning, tourism.",
        },
        Spec {
            path: "esbjerg/Byrådet/2023-01-23 Referat Byrådet.pdf",
            source: data!("esbjerg-br-2023-01-23"),
            kind: Pdf(Classic, true),
            expected: "561 | ok | council | 2023-01-23 | 2022:no_need | Punkt 4 treats Danmarkskort 2022 in January 2023 (late) and follows the committee: no handlingsplan (\"finder ikke anledning til\"). The resumé ends a line on the real hyphen in \"Social- / og Arbejdsmarkedsudvalget\".",
        },
        Spec {
            path: "esbjerg/Social- og Arbejdsmarkedsudvalget/2022-11-14 referat.pdf",
            source: data!("esbjerg-sau-2022-11-14"),
            kind: Pdf(Times, false),
            expected: "561 | ok | committee | 2022-11-14 | 2022:no_need | The committee recommends to Byrådet that no handlingsplan be made; committee only, in time.",
        },
        Spec {
            path: "Herning/byraad-2023-03-21-referat.pdf",
            source: data!("herning-br-2023-03-21"),
            kind: Pdf(Times, false),
            expected: "657 | ok | council | 2023-03-21 | 2022:prepare | Pkt. 5 names no map year (\"Ankestyrelsens danmarkskort over omgørelsesprocenter\"), meeting in March 2023, so it is the 2022 map, late; the council decides to prepare a handlingsplan. Pkt. 7 is a Trafiksikkerhedshandlingsplan (noise).",
        },
        Spec {
            path: "Herning/Bilag 3 - budgetnotat.docx",
            source: "",
            kind: Docx,
            expected: "657 | skipped | — | — | — | a Word attachment, not minutes",
        },
        Spec {
            path: "vejle-kommune/byraadet-referat-2022-11-23.pdf",
            source: data!("vejle-br-2022-11-23"),
            kind: Pdf(Kerned, true),
            expected: "630 | ok | council | 2022-11-23 | 2022:no_need | Item 4 quotes Social- og Seniorudvalget recommending a handlingsplan, and Økonomiudvalget recommending it too; Byrådet votes the plan down 14–16 (\"For stemte\": A, F, Ø, B; \"Imod stemte\": V, C, O, D) and decides that no separate plan is needed. Decision printed before the case.",
        },
        Spec {
            path: "vejle-kommune/dagsorden-byraadet-2022-12-14.pdf",
            source: "",
            kind: ErrorPage("Vejle Kommune", "www.vejle.dk"),
            expected: "630 | error | — | — | — | an HTML \"404 – Siden blev ikke fundet\" page saved with a .pdf name",
        },
        Spec {
            path: "Silkeborg/byraadet-2023-10-30.pdf",
            source: data!("silkeborg-br-2023-10-30"),
            kind: Pdf(Times, true),
            expected: "740 | ok | council | 2023-10-30 | 2023:prepare | Danmarkskort 2023 treated in autumn 2023: irrelevant for map year 2022.",
        },
        Spec {
            path: "Silkeborg/byraadet-2022-09-26.pdf",
            source: data!("silkeborg-br-2022-09-26"),
            kind: PdfNoMediaBox(Classic),
            expected: "740 | ok | council | 2022-09-26 | — | Broken export: no /MediaBox on the pages or the page tree (pdf-extract panics on it), but the text layer is intact. Items include \"Grønt Danmarkskort\" (nature) and Ankestyrelsen's praksisundersøgelse, neither of which is the map.",
        },
        Spec {
            path: "615-horsens/Referat Byrådet 13.12.2022.pdf",
            source: data!("horsens-br-2022-12-13"),
            kind: Pdf(Classic, true),
            expected: "615 | ok | council | 2022-12-13 | 2022:no_need | Punkt 10 names only the figures' year (\"omgørelsesprocenterne for 2021\", i.e. the 2022 map); the council continues the ongoing work instead of a separate handleplan.",
        },
        Spec {
            path: "helsingor/2022/Byrådet 31.10.2022 - referat.pdf",
            source: data!("helsingoer-br-2022-10-31"),
            kind: Pdf(TwoColumn, false),
            expected: "217 | ok | council | 2022-10-31 | 2022:prepare | Item 6: \"Indstillingen godkendt.\" refers back to an at-bullet that a handlingsplan be prepared. Item 8 is tourism (\"Danmarks kort\" in a brochure title), not the map.",
        },
        Spec {
            path: "Roskilde Kommune/Byraadet_referat_2022-12-14.pdf",
            source: data!("roskilde-br-2022-12-14"),
            kind: Pdf(Kerned, true),
            expected: "265 | ok | council | 2022-12-14 | 2022:prepare | Item 7: the recommendation was to take note; SF's proposal that a handlingsplan be prepared is carried 17–14 (\"For stemte\"/\"Imod stemte\"). Item 9 is Ankestyrelsen's praksisundersøgelse; item 5 a Handlingsplan for klimatilpasning.",
        },
        Spec {
            path: "spot-check/viborg/byraad-2024-01-31-referat.pdf",
            source: spot!("viborg-br-2024-01-31"),
            kind: Pdf(Classic, true),
            expected: "791 | ok | council | 2024-01-31 | — | Spot check 2024H1. Item 3, the kvalitetsstandard for praktisk hjælp, caps help at 3 hours a week per household; Ældrerådet and Handicaprådet were heard.",
        },
        Spec {
            path: "spot-check/viborg/byraad-2024-02-28-referat.pdf",
            source: spot!("viborg-br-2024-02-28"),
            kind: Pdf(Classic, true),
            expected: "791 | ok | council | 2024-02-28 | — | Spot check 2024H1. Item 2 brings in visitationsstop on plejeboliger to keep the budget; item 4 is a \"Lukket punkt\" with no stated ground.",
        },
        Spec {
            path: "spot-check/viborg/byraad-2024-04-24-referat.pdf",
            source: spot!("viborg-br-2024-04-24"),
            kind: Pdf(Kerned, true),
            expected: "791 | ok | council | 2024-04-24 | — | Spot check 2024H1. Ordinary business only: a sale after public offering, the annual accounts, grants to associations.",
        },
        Spec {
            path: "spot-check/viborg/byraad-2024-06-19-referat.pdf",
            source: spot!("viborg-br-2024-06-19"),
            kind: Pdf(Classic, true),
            expected: "791 | ok | council | 2024-06-19 | — | Spot check 2024H1. Item 2 sells a municipal property directly to a neighbouring company without a public offering; item 3 grants 150,000 kr. to one event company.",
        },
        Spec {
            path: "spot-check/viborg/Oekonomiudvalget/oeu-2024-03-13-referat.pdf",
            source: spot!("viborg-oeu-2024-03-13"),
            kind: Pdf(Times, true),
            expected: "791 | ok | committee | 2024-03-13 | — | Spot check: committee minutes, never drawn. It discusses (and rejects) a bevillingsstop.",
        },
        Spec {
            path: "spot-check/viborg/byraad-2024-09-25-referat.pdf",
            source: spot!("viborg-br-2024-09-25"),
            kind: Pdf(Classic, true),
            expected: "791 | ok | council | 2024-09-25 | — | Spot check 2024H2. Budget first reading and daycare rates.",
        },
        Spec {
            path: "spot-check/viborg/byraad-2024-11-27-referat.pdf",
            source: spot!("viborg-br-2024-11-27"),
            kind: Pdf(Classic, true),
            expected: "791 | ok | council | 2024-11-27 | — | Spot check 2024H2. Item 2: ledsagelse to holidays is no longer granted to anyone in a botilbud.",
        },
        Spec {
            path: "spot-check/621-kolding/byraadet-2024-02-26.pdf",
            source: spot!("kolding-br-2024-02-26"),
            kind: Pdf(Classic, true),
            expected: "621 | ok | council | 2024-02-26 | — | Spot check 2024H1. Item 2 names a citizen with his CPR number and his illness in open minutes.",
        },
        Spec {
            path: "spot-check/621-kolding/byraadet-2024-05-27.pdf",
            source: spot!("kolding-br-2024-05-27"),
            kind: Pdf(Classic, true),
            expected: "621 | ok | council | 2024-05-27 | — | Spot check 2024H1. Item 2 raises the price of madservice with retroactive effect; item 3 says fodpleje is as a starting point not covered.",
        },
        Spec {
            path: "spot-check/621-kolding/Social- og Sundhedsudvalget/sou-2024-05-13.pdf",
            source: spot!("kolding-sou-2024-05-13"),
            kind: Pdf(Times, true),
            expected: "621 | ok | committee | 2024-05-13 | — | Spot check: committee minutes, never drawn.",
        },
        Spec {
            path: "spot-check/Odder/Byrådet 18.03.2024 - referat.html",
            source: spot!("odder-br-2024-03-18"),
            kind: Html(HtmlStyle::Modern),
            expected: "727 | ok | council | 2024-03-18 | — | Spot check 2024H1, the only council meeting of the half-year. A service-level change with the councils heard and room for individual assessment; a sale after public offering.",
        },
        Spec {
            path: "spot-check/Odder/byraadet-2024-08-19.pdf",
            source: spot!("odder-br-2024-08-19"),
            kind: Pdf(Classic, true),
            expected: "727 | ok | council | 2024-08-19 | — | Spot check 2024H2. Item 2 cuts aflastning for families with disabled children; Handicaprådet is never mentioned.",
        },
        Spec {
            path: "spot-check/Odder/byraadet-2024-10-21.pdf",
            source: spot!("odder-br-2024-10-21"),
            kind: Pdf(Kerned, true),
            expected: "727 | ok | council | 2024-10-21 | — | Spot check 2024H2. Budget adopted; a cleaning contract after public tender.",
        },
        Spec {
            path: "spot-check/faaborg-midtfyn/Social- og Sundhedsudvalget 2024-04-08.pdf",
            source: spot!("fmk-sou-2024-04-08"),
            kind: Pdf(Times, true),
            expected: "430 | ok | committee | 2024-04-08 | — | Spot check: the municipality's only minutes in 2024H1 are a committee's, so it has no minutes in the period.",
        },
        Spec {
            path: "spot-check/faaborg-midtfyn/byraad-2024-12-17.pdf",
            source: spot!("fmk-br-2024-12-17"),
            kind: Pdf(Classic, true),
            expected: "430 | ok | council | 2024-12-17 | — | Spot check 2024H2. Meeting plan and quality standards with individual assessment and the councils heard.",
        },
        Spec {
            path: "kvalitetsstandarder/viborg/kvalitetsstandard-praktisk-hjaelp-2024.html",
            source: spot!("qs-viborg-praktisk-hjaelp-2024"),
            kind: Standard,
            expected: "791 | ok | unknown | — | — | A quality standard, not minutes. It caps cleaning at 1 hour 30 minutes every 14 days; deadline and complaint guidance are there.",
        },
        Spec {
            path: "kvalitetsstandarder/kolding/kvalitetsstandard-ledsagelse-2024.html",
            source: spot!("qs-kolding-ledsagelse-2024"),
            kind: Standard,
            expected: "621 | ok | unknown | — | — | A quality standard, not minutes. The 15 hours of § 97 are the law's own limit; residents of § 108 botilbud are excluded as a group; no case-processing deadline.",
        },
        Spec {
            path: "kvalitetsstandarder/odder/kvalitetsstandard-hjaelpemidler-2024.html",
            source: spot!("qs-odder-hjaelpemidler-2024"),
            kind: Standard,
            expected: "727 | ok | unknown | — | — | A quality standard, not minutes. Individual assessment throughout and a deadline, but no complaint guidance.",
        },
    ]
}

/// The expected outcome of every municipality with a file in the corpus, for map year
/// 2022: `code | name | outcome | action_plan | meeting_date | document`.
pub const OUTCOMES: &[&str] = &[
    "101 | København | ok | prepare | 2022-12-08 | 101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf",
    "147 | Frederiksberg | committee_only | — | — | —",
    "169 | Høje-Taastrup | ok | prepare | 2022-12-20 | Hoeje-Taastrup-Kommune/referat-kommunalbestyrelsen-20-12-2022.htm",
    "217 | Helsingør | ok | prepare | 2022-10-31 | helsingor/2022/Byrådet 31.10.2022 - referat.pdf",
    "265 | Roskilde | ok | prepare | 2022-12-14 | Roskilde Kommune/Byraadet_referat_2022-12-14.pdf",
    "461 | Odense | ok | prepare | 2022-12-14 | 461/referat_byraadet_14-12-2022.pdf",
    "561 | Esbjerg | late | no_need | 2023-01-23 | esbjerg/Byrådet/2023-01-23 Referat Byrådet.pdf",
    "615 | Horsens | ok | no_need | 2022-12-13 | 615-horsens/Referat Byrådet 13.12.2022.pdf",
    "630 | Vejle | ok | no_need | 2022-11-23 | vejle-kommune/byraadet-referat-2022-11-23.pdf",
    "657 | Herning | late | prepare | 2023-03-21 | Herning/byraad-2023-03-21-referat.pdf",
    "740 | Silkeborg | not_found | — | — | —",
    "751 | Aarhus | ok | no_need | 2022-11-30 | Aarhus/Byrådet - referat 30. november 2022.html",
    "760 | Ringkøbing-Skjern | ok | no_need | 2022-12-13 | ringkobing-skjern/referat-byraad-13122022.pdf",
    "851 | Aalborg | no_position | deferred | 2022-12-19 | aalborg/2022/byraad/referat-byraadet-2022-12-19.pdf",
    "860 | Hjørring | no_position | not_addressed | 2022-11-24 | Referat Byrådet 24-11-2022.pdf",
];

fn meeting(src: &str, lib: &BTreeMap<String, String>) -> Meeting {
    parse_meeting(src, lib)
}

/// Builds every sample file in memory, in a stable order.
pub fn samples() -> Vec<Sample> {
    let lib = parse_library(COMMON);
    specs()
        .into_iter()
        .map(|s| {
            let pdf = |layout, compress, media_box| {
                write_pdf(
                    &meeting(s.source, &lib),
                    PdfOptions {
                        layout,
                        compress,
                        media_box,
                    },
                )
            };
            let bytes = match s.kind {
                Kind::Pdf(layout, compress) => pdf(layout, compress, true),
                Kind::PdfNoMediaBox(layout) => pdf(layout, false, false),
                Kind::Html(style) => write_html(&meeting(s.source, &lib), style),
                Kind::Truncated(layout) => broken::truncated(&pdf(layout, true, true), 3, 5),
                Kind::Empty => Vec::new(),
                Kind::ErrorPage(kommune, host) => broken::error_page(kommune, host),
                Kind::Scanned(pages) => broken::scanned_pdf(pages, 760),
                Kind::Docx => broken::docx(),
                Kind::ThumbsDb => broken::thumbs_db(),
                Kind::Note(text) => text.as_bytes().to_vec(),
                Kind::Standard => crate::standard::write_standard(s.source),
            };
            Sample {
                path: s.path.to_string(),
                bytes,
                expected: s.expected,
            }
        })
        .collect()
}

/// The corpus README: how the corpus is made, and the two expectation tables.
pub fn readme(samples: &[Sample]) -> String {
    let mut o = String::from(include_str!("../data/README-intro.md"));
    o.push_str("\n<!-- expected-documents -->\n");
    o.push_str("| file | municipality | status | body | meeting_date | danmarkskort | what a careful reader finds |\n");
    o.push_str("|---|---|---|---|---|---|---|\n");
    for s in samples {
        o.push_str(&format!("| {} | {} |\n", s.path, s.expected));
    }
    o.push_str("<!-- end -->\n\n<!-- expected-outcomes map-year=2022 -->\n");
    o.push_str("| code | name | outcome | action_plan | meeting_date | document |\n");
    o.push_str("|---|---|---|---|---|---|\n");
    for row in OUTCOMES {
        o.push_str(&format!("| {row} |\n"));
    }
    o.push_str("<!-- end -->\n");
    o.push_str(&crate::spot::readme_section());
    o
}

/// Writes the sample corpus and its README under `out`; returns the number of files.
pub fn write_samples(out: &Path) -> std::io::Result<usize> {
    let samples = samples();
    for s in &samples {
        let path = out.join(&s.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, &s.bytes)?;
    }
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("README.md"), readme(&samples))?;
    Ok(samples.len() + 1)
}
