//! The three writers over one report: JSON shape, determinism, CSV, HTML
//! escaping, and that all three agree on every municipality.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use serde_json::Value;
use tilsyn_report::*;

const HOSTILE: &str = r#"<script>alert("x")</script><img src=x onerror='alert(1)'>&amp;"#;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn item(
    title: &str,
    year: i32,
    stance: Option<ActionPlan>,
    text: &str,
    hl: Option<(usize, usize)>,
) -> ItemRecord {
    ItemRecord {
        kind: "danmarkskort".into(),
        title: title.into(),
        map_year: Some(year),
        action_plan: stance,
        page: 4,
        doubts: Vec::new(),
        attention: Default::default(),
        evidence: vec![EvidenceRecord {
            page: 4,
            rule: "action_plan.test".into(),
            text: text.into(),
            highlight: hl,
        }],
    }
}

/// The byte span of `needle` in `text`, as the matcher reports it.
fn span(text: &str, needle: &str) -> (usize, usize) {
    let s = text.find(needle).unwrap();
    (s, s + needle.len())
}

fn council(path: &str, code: &str, d: Option<NaiveDate>, items: Vec<ItemRecord>) -> DocumentRecord {
    DocumentRecord {
        path: path.into(),
        municipality_code: Some(code.into()),
        status: DocStatus::Ok,
        pages: Some(12),
        meeting_date: d,
        body: Some(Body::Council),
        body_name: Some("Byrådet".into()),
        items,
        ..Default::default()
    }
}

/// Every outcome, an error, a skipped file, a file without municipality and
/// text from hostile minutes.
fn fixture() -> Vec<DocumentRecord> {
    let ok = "Byrådet besluttede, at der udarbejdes en handlingsplan.";
    vec![
        council(
            "101 København/borgerrepræsentationen 2022-12-15.pdf",
            "101",
            date(2022, 12, 15),
            vec![item(
                "Danmarkskort over omgørelsesprocenter 2022",
                2022,
                Some(ActionPlan::Prepare),
                ok,
                Some(span(ok, "udarbejdes en handlingsplan")),
            )],
        ),
        council(
            "147/byraad-2022-11-30.pdf",
            "147",
            date(2022, 11, 30),
            vec![item(
                "Danmarkskortet 2022",
                2022,
                Some(ActionPlan::NoNeed),
                "Der er ikke behov for en handlingsplan.",
                Some((7, 99)),
            )],
        ),
        council(
            "151/\"quoted\" & 'single'.pdf",
            "151",
            date(2022, 10, 27),
            vec![item(
                HOSTILE,
                2022,
                Some(ActionPlan::NotAddressed),
                HOSTILE,
                Some((1, 7)),
            )],
        ),
        council(
            "153/byraad-2023-01-26.html",
            "153",
            date(2023, 1, 26),
            vec![item(
                "Danmarkskort 2022",
                2022,
                Some(ActionPlan::Prepare),
                ok,
                Some((3, 2)),
            )],
        ),
        DocumentRecord {
            body: Some(Body::Committee),
            body_name: Some(HOSTILE.into()),
            ..council(
                "155/oeu-2022-12-05.pdf",
                "155",
                date(2022, 12, 5),
                vec![item(
                    "Danmarkskort 2022",
                    2022,
                    Some(ActionPlan::Prepare),
                    "æøå",
                    Some((1, 2)),
                )],
            )
        },
        DocumentRecord {
            path: "157/broken.pdf".into(),
            municipality_code: Some("157".into()),
            status: DocStatus::Error,
            error: Some(format!("PDF could not be read: {HOSTILE}")),
            ..Default::default()
        },
        DocumentRecord {
            path: "159/notes.docx".into(),
            municipality_code: Some("159".into()),
            status: DocStatus::Skipped,
            error: Some("not a PDF or HTML file".into()),
            ..Default::default()
        },
        council("ukendt/referat.pdf", "", date(2022, 6, 1), vec![]),
    ]
    .into_iter()
    .map(|mut d| {
        if d.municipality_code.as_deref() == Some("") {
            d.municipality_code = None;
        }
        d
    })
    .collect()
}

fn report() -> Report {
    let run = RunInfo {
        input_dir: Some(PathBuf::from("../minutes")),
        ..Default::default()
    };
    build_report(2022, fixture(), run)
}

fn by_code(r: &Report, code: &str) -> MunicipalityOutcome {
    r.municipalities
        .iter()
        .find(|m| m.code == code)
        .unwrap()
        .clone()
}

#[test]
fn fixture_gives_every_outcome() {
    let r = report();
    let outcome = |c| by_code(&r, c).outcome;
    assert_eq!(outcome("101"), Outcome::Ok);
    assert_eq!(outcome("147"), Outcome::Ok);
    assert_eq!(outcome("151"), Outcome::NoPosition);
    assert_eq!(outcome("153"), Outcome::Late);
    assert_eq!(outcome("155"), Outcome::CommitteeOnly);
    assert_eq!(outcome("157"), Outcome::NotFound);
    let s = r.summary;
    assert_eq!(
        (s.ok, s.no_position, s.late, s.committee_only, s.not_found),
        (2, 1, 1, 1, 93)
    );
    assert_eq!((r.files.ok, r.files.error, r.files.skipped), (6, 1, 1));
}

fn is_str_or_null(v: &Value) -> bool {
    v.is_string() || v.is_null()
}

#[test]
fn json_has_every_contract_field_with_its_type() {
    let r = report();
    let v: Value = serde_json::from_str(&render_json(&r).unwrap()).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert!(v["tool_version"].is_string());
    assert_eq!(v["map_year"], 2022);
    let ms = v["municipalities"].as_array().unwrap();
    assert_eq!(ms.len(), 98);
    let codes: Vec<&str> = ms.iter().map(|m| m["code"].as_str().unwrap()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted, "municipalities are ordered by code");
    let outcomes = ["ok", "no_position", "late", "committee_only", "not_found"];
    let plans = ["prepare", "no_need", "not_addressed", "deferred"];
    for m in ms {
        assert!(m["name"].is_string());
        let outcome = m["outcome"].as_str().unwrap();
        assert!(outcomes.contains(&outcome), "{outcome}");
        match outcome {
            "committee_only" | "not_found" => assert!(m["action_plan"].is_null(), "{m}"),
            _ => assert!(plans.contains(&m["action_plan"].as_str().unwrap()), "{m}"),
        }
        let t = &m["treatment"];
        if outcome == "not_found" {
            assert!(t.is_null());
        } else {
            assert!(t["document"].is_string());
            assert!(is_str_or_null(&t["meeting_date"]));
            assert!(["council", "committee", "unknown"].contains(&t["body"].as_str().unwrap()));
            assert!(t["item_title"].is_string());
            assert!(t["page"].is_u64());
        }
        assert!(m["review"].as_array().unwrap().iter().all(Value::is_string));
        for e in m["evidence"].as_array().unwrap() {
            assert!(e["document"].is_string() && e["page"].is_u64());
            assert!(e["rule"].is_string() && e["text"].is_string());
        }
    }
    let kbh = &ms[0];
    assert_eq!(kbh["treatment"]["meeting_date"], "2022-12-15");
    assert_eq!(
        kbh["evidence"][0]["document"],
        "101 København/borgerrepræsentationen 2022-12-15.pdf"
    );
    let frb = ms.iter().find(|m| m["code"] == "147").unwrap();
    assert_eq!(
        frb["review"][0],
        "no_need: the council decided that no action plan is needed"
    );

    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 8);
    for d in docs {
        assert!(d["path"].is_string());
        assert!(is_str_or_null(&d["municipality_code"]));
        let status = d["status"].as_str().unwrap();
        assert!(["ok", "error", "skipped"].contains(&status));
        assert!(is_str_or_null(&d["error"]));
        assert!(d["pages"].is_u64() || d["pages"].is_null());
        assert!(is_str_or_null(&d["meeting_date"]));
        assert!(is_str_or_null(&d["body"]));
        if status != "ok" {
            assert!(d["body"].is_null() && d["error"].is_string());
        }
        for i in d["items"].as_array().unwrap() {
            assert!(i["kind"].is_string() && i["title"].is_string());
            assert!(i["map_year"].is_i64() || i["map_year"].is_null());
            assert!(is_str_or_null(&i["action_plan"]));
            assert!(i["page"].is_u64());
            for e in i["evidence"].as_array().unwrap() {
                assert!(e["page"].is_u64() && e["rule"].is_string() && e["text"].is_string());
            }
        }
    }
    let s = &v["summary"];
    let total: u64 = outcomes.iter().map(|o| s[o].as_u64().unwrap()).sum();
    assert_eq!(total, 98);
}

#[test]
fn same_input_in_any_order_gives_identical_bytes() {
    let a = build_report(2022, fixture(), RunInfo::default());
    let mut docs = fixture();
    docs.reverse();
    docs.swap(1, 5);
    let run = RunInfo {
        elapsed: Some(Duration::from_millis(1234)),
        jobs: Some(7),
        ..Default::default()
    };
    let b = build_report(2022, docs, run);
    let ja = render_json(&a).unwrap();
    assert_eq!(ja, render_json(&b).unwrap());
    assert!(ja.ends_with("}\n"));
    assert_eq!(render_csv(&a).unwrap(), render_csv(&b).unwrap());
    assert_eq!(render_html(&a), render_html(&b));
    let paths: Vec<&str> = b.documents.iter().map(|d| d.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

fn csv_rows(r: &Report) -> Vec<csv::StringRecord> {
    let bytes = render_csv(r).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "CSV starts with a BOM");
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    rd.records().map(Result::unwrap).collect()
}

#[test]
fn csv_has_a_header_and_98_rows_and_reads_back() {
    let r = report();
    let rows = csv_rows(&r);
    assert_eq!(rows.len(), 99);
    let header: Vec<&str> = rows[0].iter().collect();
    for col in [
        "code",
        "name",
        "region",
        "outcome",
        "action_plan",
        "meeting_date",
        "document",
        "page",
        "item_title",
        "review",
    ] {
        assert!(header.contains(&col), "missing column {col}");
    }
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let kbh = &rows[1];
    assert_eq!(&kbh[col("code")], "101");
    assert_eq!(&kbh[col("name")], "København");
    assert_eq!(&kbh[col("meeting_date")], "2022-12-15");
    assert_eq!(
        &kbh[col("document")],
        "101 København/borgerrepræsentationen 2022-12-15.pdf"
    );
    assert_eq!(&kbh[col("page")], "4");
    let hostile = rows.iter().find(|r| &r[col("code")] == "151").unwrap();
    assert_eq!(
        &hostile[col("item_title")],
        HOSTILE,
        "quotes survive the round trip"
    );
}

#[test]
fn csv_cells_from_minutes_cannot_become_formulas() {
    let docs = vec![council(
        "101/a.pdf",
        "101",
        date(2022, 12, 1),
        vec![item(
            "=HYPERLINK(\"http://x\")",
            2022,
            Some(ActionPlan::Prepare),
            "x",
            None,
        )],
    )];
    let r = build_report(2022, docs, RunInfo::default());
    let rows = csv_rows(&r);
    let title = rows[0].iter().position(|h| h == "item_title").unwrap();
    assert_eq!(&rows[1][title], "'=HYPERLINK(\"http://x\")");
}

#[test]
fn html_escapes_hostile_minutes_in_content_and_attributes() {
    let html = render_html(&report());
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!html.contains("<img"));
    // The tag is text, not markup: its brackets are escaped. (A `'` needs no
    // escape: every attribute value is double-quoted.)
    assert!(html.contains("&lt;img src=x onerror='alert(1)'&gt;"));
    assert!(
        !html.contains("\"quoted\""),
        "a path with quotes is escaped in attributes"
    );
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(
        html.contains("&amp;amp;"),
        "an entity in the minutes shows as text"
    );
    // The hostile path as an attribute value and as a percent-encoded href.
    assert!(html.contains("title=\"151/&quot;quoted&quot; &amp; 'single'.pdf\""));
    assert!(
        html.contains("href=\"./../minutes/151/%22quoted%22%20%26%20%27single%27.pdf#page=4\"")
    );
    // A valid highlight is marked; invalid ones (past the end, reversed,
    // inside a character) are not, and nothing panicked.
    assert!(html.contains("<mark>udarbejdes en handlingsplan</mark>"));
    assert_eq!(html.matches("<mark>").count(), 2, "101 and 151 only");
}

#[test]
fn html_is_a_valid_danish_page_with_all_98_municipalities() {
    let r = report();
    let html = render_html(&r);
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"da\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no network"
    );
    for k in tilsyn_kommuner::all() {
        assert!(html.contains(&format!("id=\"k-{}\"", k.code)), "{}", k.code);
        assert!(
            html.contains(&format!("<td class=\"code\">{}</td>", k.code)),
            "{}",
            k.code
        );
    }
    assert!(html.contains(
        "I 2 kommuner har danmarkskortet for 2022 været behandlet i kommunalbestyrelsen inden \
         udgangen af 2022, og kommunalbestyrelsen har forholdt sig til behovet for en handlingsplan."
    ));
    // The failed and skipped files are listed with their reasons.
    assert!(html.contains("157/broken.pdf") && html.contains("PDF could not be read: &lt;script"));
    assert!(html.contains("159/notes.docx") && html.contains("not a PDF or HTML file"));
    assert!(
        html.contains("ukendt/referat.pdf"),
        "a file without municipality is listed"
    );
}

#[test]
fn json_csv_and_html_agree_on_every_outcome() {
    let r = report();
    let v: Value = serde_json::from_str(&render_json(&r).unwrap()).unwrap();
    let json: HashMap<String, String> = v["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["code"].as_str().unwrap().into(),
                m["outcome"].as_str().unwrap().into(),
            )
        })
        .collect();
    let rows = csv_rows(&r);
    let oc = rows[0].iter().position(|h| h == "outcome").unwrap();
    let csv: HashMap<String, String> = rows[1..]
        .iter()
        .map(|row| (row[0].to_string(), row[oc].to_string()))
        .collect();
    let html = render_html(&r);
    assert_eq!(json.len(), 98);
    assert_eq!(json, csv);
    for (code, outcome) in &json {
        let needle = format!("id=\"k-{code}\" data-outcome=\"{outcome}\"");
        assert!(html.contains(&needle), "{needle}");
    }
}

#[test]
fn write_reports_writes_what_render_renders() {
    let dir = tempfile::tempdir().unwrap();
    let r = report();
    write_reports(&r, dir.path()).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("report.json")).unwrap(),
        render_json(&r).unwrap()
    );
    assert_eq!(
        std::fs::read(dir.path().join("report.csv")).unwrap(),
        render_csv(&r).unwrap()
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("report.html")).unwrap(),
        render_html(&r)
    );
}

/// The `<tr>` of one municipality in the table of report.html.
fn table_row<'a>(html: &'a str, code: &str) -> &'a str {
    let cell = format!("<td class=\"code\">{code}</td>");
    let at = html
        .find(&cell)
        .unwrap_or_else(|| panic!("no row for {code}"));
    let start = html[..at].rfind("<tr ").unwrap();
    let end = at + html[at..].find("</tr>").unwrap();
    &html[start..end]
}

fn decision(reaction: &str, danish: &str, stale: bool) -> CaseDecision {
    CaseDecision {
        reaction: reaction.into(),
        reaction_danish: danish.into(),
        by: "Analytiker <A>".into(),
        on: NaiveDate::from_ymd_opt(2023, 2, 3).unwrap(),
        stale,
    }
}

#[test]
fn html_shows_each_reaction_and_flags_what_needs_action() {
    let mut r = report();
    r.run.decisions = Some(
        [
            ("101", decision("none", "Ingen yderligere handling", false)),
            ("147", decision("none", "Ingen yderligere handling", true)),
            (
                "151",
                decision("take_position", "Bed om stillingtagen", false),
            ),
        ]
        .into_iter()
        .map(|(c, d)| (c.to_string(), d))
        .collect(),
    );
    let html = render_html(&r);
    let row = |c| table_row(&html, c);
    // Decided "none" and current: nothing to do.
    assert!(row("101").contains("data-action=\"0\""), "{}", row("101"));
    assert!(row("101").contains("Ingen yderligere handling"));
    // The same reaction, but a later scan changed its evidence.
    assert!(row("147").contains("data-action=\"1\""), "{}", row("147"));
    assert!(row("147").contains("forældet"));
    // A reaction that asks the council for something.
    assert!(row("151").contains("data-action=\"1\""));
    assert!(row("151").contains("data-reaction=\"take_position\""));
    assert!(row("151").contains(">Bed om stillingtagen</td>"));
    // Undecided: the tool's finding decides; a late treatment needs action.
    assert!(row("153").contains("data-action=\"1\""));
    assert!(row("153").contains("Ikke afgjort"));
    // The author is shown escaped.
    assert!(html.contains("Afgjort af Analytiker &lt;A&gt; den 3. februar 2023"));
    assert!(
        html.contains("Kun dem der kræver handling (97)"),
        "95 undecided ones not ok, 147 and 151"
    );
}

#[test]
fn html_without_a_case_store_says_every_municipality_is_undecided() {
    let r = report();
    assert!(r.run.decisions.is_none());
    let html = render_html(&r);
    assert_eq!(
        html.matches("<span class=\"undecided\">Ikke afgjort</span>")
            .count(),
        98
    );
    assert!(html.contains("rapporten er skrevet uden sagsdatabase"));
    // Undecided and ok with a prepared plan: no action.
    assert!(table_row(&html, "101").contains("data-action=\"0\""));
    assert!(table_row(&html, "151").contains("data-action=\"1\""));
}

#[test]
fn html_links_sources_relative_to_the_report_where_the_folders_sit_side_by_side() {
    let mut r = report();
    r.run.input_dir = Some(PathBuf::from("/data/referater"));
    r.run.html_input_dir = Some(link_dir(
        std::path::Path::new("/data/referater"),
        std::path::Path::new("/data/rapport"),
    ));
    let html = render_html(&r);
    assert!(
        html.contains("href=\"./../referater/101%20K%C3%B8benhavn/borgerrepr%C3%A6sentationen%202022-12-15.pdf#page=4\""),
        "relative links, at the page"
    );
    assert!(
        !html.contains("file:///data/referater"),
        "no absolute link left"
    );
}

#[test]
fn html_shows_certain_readings_apart_from_those_to_check() {
    let ok = "Byrådet besluttede, at der udarbejdes en handlingsplan.";
    let mut doubtful = item(
        "Danmarkskort 2022",
        2022,
        Some(ActionPlan::Prepare),
        ok,
        Some(span(ok, "udarbejdes en handlingsplan")),
    );
    doubtful.doubts = vec![
        "decision_without_heading: the decision was read from the text after the recommendation"
            .into(),
    ];
    let sure = item(
        "Danmarkskort 2022",
        2022,
        Some(ActionPlan::Prepare),
        ok,
        Some(span(ok, "udarbejdes en handlingsplan")),
    );
    let docs = vec![
        council(
            "101/kb-2022-12-15.pdf",
            "101",
            date(2022, 12, 15),
            vec![sure],
        ),
        council(
            "147/kb-2022-11-30.pdf",
            "147",
            date(2022, 11, 30),
            vec![doubtful],
        ),
    ];
    let r = build_report(2022, docs, RunInfo::default());
    let html = render_html(&r);
    assert!(
        table_row(&html, "101").contains("data-reading=\"certain\""),
        "{}",
        table_row(&html, "101")
    );
    assert!(
        table_row(&html, "147").contains("data-reading=\"check\""),
        "{}",
        table_row(&html, "147")
    );
    // Both read as ok; only one rests on a doubt, and the page says how many.
    assert!(
        html.contains("Læsningen er sikker for 97 kommuner"),
        "summary line missing"
    );
    assert!(html.contains("Kun usikre læsninger (1)"));
}
