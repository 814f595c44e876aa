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
