//! Builds a report from a handful of made-up documents and writes the three
//! files, to look at the HTML without a corpus:
//!
//! ```sh
//! cargo run -p tilsyn-report --example demo -- /tmp/tilsyn-demo
//! scripts/check-html.sh /tmp/tilsyn-demo/report.html /tmp/tilsyn-demo/shot.png
//! ```

use std::path::PathBuf;

use chrono::NaiveDate;
use tilsyn_report::*;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// One danmarkskort item whose evidence marks `needle` within `text`.
fn item(
    title: &str,
    stance: ActionPlan,
    page: u32,
    rule: &str,
    text: &str,
    needle: &str,
) -> ItemRecord {
    let highlight = text.find(needle).map(|s| (s, s + needle.len()));
    ItemRecord {
        kind: "danmarkskort".into(),
        title: title.into(),
        map_year: Some(2022),
        action_plan: Some(stance),
        page,
        doubts: Vec::new(),
        attention: Default::default(),
        evidence: vec![EvidenceRecord {
            page,
            rule: rule.into(),
            text: text.into(),
            highlight,
        }],
    }
}

fn meeting(
    path: &str,
    code: &str,
    d: Option<NaiveDate>,
    body: Body,
    body_name: &str,
    items: Vec<ItemRecord>,
) -> DocumentRecord {
    DocumentRecord {
        path: path.into(),
        municipality_code: Some(code.into()),
        status: DocStatus::Ok,
        pages: Some(24),
        meeting_date: d,
        body: Some(body),
        body_name: Some(body_name.into()),
        items,
        ..Default::default()
    }
}

fn documents() -> Vec<DocumentRecord> {
    use ActionPlan::*;
    use Body::*;
    let prepare = "Indstillingen godkendt, idet Borgerrepræsentationen besluttede, at der \
                   udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i \
                   sagsbehandlingen på børnehandicapområdet.";
    let no_need = "Byrådet drøftede danmarkskortet og kommunens omgørelsesprocenter \
                   sammenlignet med landsgennemsnittet. Byrådet finder, at der ikke er behov \
                   for en handlingsplan, da omgørelsesprocenten er faldet.";
    let taken = "Danmarkskortet over omgørelsesprocenter 2022 blev taget til efterretning.";
    vec![
        meeting(
            "101 København/Borgerrepræsentationen 2022-12-15.pdf",
            "101",
            date(2022, 12, 15),
            Council,
            "Borgerrepræsentationen",
            vec![item(
                "Danmarkskort over omgørelsesprocenter 2022",
                Prepare,
                14,
                "action_plan.prepare",
                prepare,
                "at der udarbejdes en handlingsplan",
            )],
        ),
        meeting(
            "147 Frederiksberg/kommunalbestyrelsen-2022-11-28.pdf",
            "147",
            date(2022, 11, 28),
            Council,
            "Kommunalbestyrelsen",
            vec![item(
                "Ankestyrelsens danmarkskort 2022",
                NoNeed,
                7,
                "action_plan.no_need",
                no_need,
                "der ikke er behov for en handlingsplan",
            )],
        ),
        meeting(
            "151 Ballerup/byraad-2022-10-31.pdf",
            "151",
            date(2022, 10, 31),
            Council,
            "Byrådet",
            vec![item(
                "Orientering om danmarkskortet 2022",
                NotAddressed,
                5,
                "map.title",
                taken,
                "taget til efterretning",
            )],
        ),
        meeting(
            "153 Brøndby/kb-2022-12-14.pdf",
            "153",
            date(2022, 12, 14),
            Council,
            "Kommunalbestyrelsen",
            vec![item(
                "Danmarkskort 2022 - omgørelsesprocenter",
                Deferred,
                9,
                "decision.deferred",
                "Beslutning i Kommunalbestyrelsen den 14. december 2022: Udsat.",
                "Udsat",
            )],
        ),
        meeting(
            "153 Brøndby/kb-2023-01-25.pdf",
            "153",
            date(2023, 1, 25),
            Council,
            "Kommunalbestyrelsen",
            vec![item(
                "Danmarkskort 2022 - omgørelsesprocenter (genoptaget)",
                Prepare,
                6,
                "action_plan.prepare",
                "Kommunalbestyrelsen besluttede at udarbejde en handlingsplan.",
                "udarbejde en handlingsplan",
            )],
        ),
        meeting(
            "155 Dragør/kommunalbestyrelsen 2023-02-23.pdf",
            "155",
            date(2023, 2, 23),
            Council,
            "Kommunalbestyrelsen",
            vec![item(
                "Danmarkskortet for 2022",
                Prepare,
                11,
                "action_plan.prepare",
                "at der udarbejdes en handlingsplan for voksenhandicapområdet",
                "at der udarbejdes en handlingsplan",
            )],
        ),
        meeting(
            "157 Gentofte/oekonomiudvalget-2022-12-05.pdf",
            "157",
            date(2022, 12, 5),
            Committee,
            "Økonomiudvalget",
            vec![item(
                "Danmarkskort 2022",
                Prepare,
                3,
                "action_plan.prepare",
                "Økonomiudvalget anbefaler, at der udarbejdes en handlingsplan.",
                "at der udarbejdes en handlingsplan",
            )],
        ),
        meeting(
            "159 Gladsaxe/byraadet-referat.html",
            "159",
            None,
            Council,
            "Byrådet",
            vec![item(
                "Danmarkskort 2022 <behandling>",
                Prepare,
                1,
                "action_plan.prepare",
                "Byrådet godkendte, at der udarbejdes en handlingsplan. <script>alert(1)</script>",
                "at der udarbejdes en handlingsplan",
            )],
        ),
        DocumentRecord {
            path: "161 Glostrup/scannet-referat.pdf".into(),
            municipality_code: Some("161".into()),
            status: DocStatus::Error,
            error: Some("the PDF has no text layer (scanned pages); run OCR first".into()),
            ..Default::default()
        },
        DocumentRecord {
            path: "161 Glostrup/bilag.docx".into(),
            municipality_code: Some("161".into()),
            status: DocStatus::Skipped,
            error: Some("not a PDF or HTML file".into()),
            ..Default::default()
        },
    ]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("tilsyn-demo"));
    let run = RunInfo {
        input_dir: Some(PathBuf::from("../minutes")),
        ..Default::default()
    };
    let report = build_report(2022, documents(), run);
    write_reports(&report, &out)?;
    print!("{}", summary_text(&report));
    println!("wrote {}", out.display());
    Ok(())
}
