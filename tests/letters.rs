//! `tilsyn letters` after `scan --db` and `review decide`, through the real
//! binary: a letter per current decision, the stale and undecided listed,
//! and the follow-up of an `order_plan` found when the following months'
//! minutes are scanned.

use std::path::Path;

use chrono::{Days, NaiveDate, Utc};

use crate::util::{run, tilsyn};

/// One council meeting with one item on the map, as an HTML page.
fn minutes(town: &str, body: &str, date: NaiveDate, title: &str, recommendation: &str) -> String {
    let lines = [
        format!("{town} Kommune"),
        body.to_string(),
        format!("Mødedato: {}", date.format("%d.%m.%Y")),
        format!("7. {title}"),
        "Sagsnr.: 22/1234".into(),
        "Sagsfremstilling".into(),
        "Ankestyrelsens danmarkskort viser kommunens omgørelsesprocenter på socialområdet.".into(),
        "Indstilling".into(),
        "Direktionen indstiller, at".into(),
        format!("- {recommendation}"),
        format!("Beslutning i {body} den {}", date.format("%d.%m.%Y")),
        "Indstillingen godkendt.".into(),
    ];
    let body: String = lines.iter().map(|l| format!("<p>{l}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Referat</title></head><body>\n{body}</body></html>\n"
    )
}

fn write(dir: &Path, path: &str, text: &str) {
    let file = dir.join(path);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, text).unwrap();
}

fn ok(out: std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn letters_for_the_decided_and_the_adopted_plan_found_in_the_following_months() {
    let dir = tempfile::tempdir().unwrap();
    let (year, later, db) = (
        dir.path().join("2022"),
        dir.path().join("senere"),
        dir.path().join("t.db"),
    );
    let dbs = db.to_str().unwrap();
    write(
        &year,
        "630/byraad-2022-12-12.html",
        &minutes(
            "Vejle",
            "Byrådet",
            d(2022, 12, 12),
            "Danmarkskort over omgørelsesprocenter 2022",
            "der ikke udarbejdes en handlingsplan",
        ),
    );
    write(
        &year,
        "461/byraad-2022-11-30.html",
        &minutes(
            "Odense",
            "Byrådet",
            d(2022, 11, 30),
            "Ankestyrelsens danmarkskort 2022",
            "danmarkskortet tages til efterretning",
        ),
    );
    write(
        &year,
        "147/kb-2023-01-30.html",
        &minutes(
            "Frederiksberg",
            "Kommunalbestyrelsen",
            d(2023, 1, 30),
            "Danmarkskort 2022 over omgørelsesprocenter",
            "der udarbejdes en handlingsplan",
        ),
    );
    write(
        &year,
        "751/byraad-2022-12-14.html",
        &minutes(
            "Aarhus",
            "Byrådet",
            d(2022, 12, 14),
            "Danmarkskort over omgørelsesprocenter 2022",
            "der udarbejdes en handlingsplan",
        ),
    );
    let report = crate::util::scan(&year, &dir.path().join("rapport"), 2022, &["--db", dbs]);
    let outcome = |code: &str| {
        let m = report["municipalities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["code"] == code)
            .unwrap();
        (
            m["outcome"].as_str().unwrap().to_string(),
            m["action_plan"].as_str().unwrap_or("-").to_string(),
        )
    };
    assert_same!(
        "Vejle",
        ("ok".to_string(), "no_need".to_string()),
        outcome("630")
    );
    assert_same!("Odense", "no_position", outcome("461").0);
    assert_same!("Frederiksberg", "late", outcome("147").0);
    assert_same!(
        "Aarhus",
        ("ok".to_string(), "prepare".to_string()),
        outcome("751")
    );

    for (code, outcome, plan, reaction) in [
        ("630", "ok", "no_need", "order_plan"),
        ("461", "no_position", "not_addressed", "take_position"),
        ("147", "late", "prepare", "deadline_reminder"),
        ("751", "ok", "prepare", "none"),
    ] {
        ok(run(tilsyn()
            .args([
                "review",
                "decide",
                "--map-year",
                "2022",
                "--municipality",
                code,
                "--outcome",
                outcome,
            ])
            .args([
                "--action-plan",
                plan,
                "--reaction",
                reaction,
                "--by",
                "Analytiker",
                "--db",
                dbs,
            ])));
    }

    // The following months, scanned for next year's map: Vejle's council
    // adopts the plan it was ordered to make (after today, the decision's
    // day, which the store stamps with the clock).
    let adopted = Utc::now()
        .date_naive()
        .checked_add_days(Days::new(40))
        .unwrap();
    write(
        &later,
        "630/byraad-senere.html",
        &minutes(
            "Vejle",
            "Byrådet",
            adopted,
            "Handlingsplan som opfølgning på danmarkskortet 2022",
            "handlingsplanen til styrkelse af den juridiske kvalitet godkendes",
        ),
    );
    crate::util::scan(
        &later,
        &dir.path().join("rapport-senere"),
        2023,
        &["--db", dbs],
    );

    // Odense's minutes change after the decision: it goes stale.
    write(
        &year,
        "461/byraad-2022-11-30.html",
        &minutes(
            "Odense",
            "Byrådet",
            d(2022, 11, 30),
            "Ankestyrelsens danmarkskort 2022",
            "danmarkskortet tages til efterretning, og der udarbejdes ikke en handlingsplan",
        ),
    );
    crate::util::scan(&year, &dir.path().join("rapport"), 2022, &["--db", dbs]);

    let out = dir.path().join("breve");
    let stdout = ok(run(tilsyn()
        .args(["letters", "--map-year", "2022", "--db", dbs, "--out"])
        .arg(&out)));
    assert!(stdout.contains("3 letter(s) written"), "{stdout}");
    assert!(
        stdout.contains("Stale (no letter):\n  461 Odense"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Undecided (no letter):\n  101 København"),
        "{stdout}"
    );
    assert!(
        stdout.contains("630 Vejle (order_plan)") && stdout.contains("follow-up candidate"),
        "{stdout}"
    );
    for name in [
        "630-Vejle.docx",
        "147-Frederiksberg.docx",
        "751-Aarhus.docx",
    ] {
        let bytes = std::fs::read(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(docx_rs::read_docx(&bytes).is_ok(), "{name} opens");
    }
    assert!(!out.join("461-Odense.docx").exists());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("letters.json")).unwrap()).unwrap();
    assert_same!("undecided", 94, json["undecided"].as_array().unwrap().len());
    let vejle = json["letters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "630")
        .unwrap();
    assert_same!(
        "Vejle's due state",
        "followed_up",
        vejle["due"]["state"].as_str().unwrap()
    );
    assert_same!(
        "Vejle's follow-up",
        "630/byraad-senere.html",
        vejle["follow_up"][0]["document"].as_str().unwrap()
    );
    assert_same!(
        "its date",
        adopted.to_string(),
        vejle["follow_up"][0]["meeting_date"].as_str().unwrap()
    );
}
