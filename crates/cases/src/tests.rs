//! The store's tests: migrations, concurrency, crash safety, staleness.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rusqlite::Connection;
use tilsyn_report::{
    ActionPlan, Body, DocumentRecord, EvidenceRecord, ItemRecord, Outcome, RunInfo, build_report,
};

use crate::*;

/// A council treatment of the 2023 map in `path`, with a stance.
fn council_doc(path: &str, code: &str, plan: ActionPlan) -> DocumentRecord {
    DocumentRecord {
        path: path.into(),
        municipality_code: Some(code.into()),
        pages: Some(3),
        meeting_date: NaiveDate::from_ymd_opt(2023, 11, 30),
        body: Some(Body::Council),
        body_name: Some("Byrådet".into()),
        items: vec![ItemRecord {
            kind: "danmarkskort".into(),
            title: "Danmarkskort 2023".into(),
            map_year: Some(2023),
            action_plan: Some(plan),
            page: 2,
            doubts: Vec::new(),
            attention: Default::default(),
            evidence: vec![EvidenceRecord {
                page: 2,
                rule: "action_plan.prepare".into(),
                text: "at der udarbejdes en handlingsplan".into(),
                highlight: Some((7, 34)),
            }],
        }],
        ..Default::default()
    }
}

/// A folder of minutes and the records a scan of it gives.
struct Corpus {
    dir: tempfile::TempDir,
    docs: Vec<DocumentRecord>,
}

impl Corpus {
    fn new() -> Corpus {
        let c = Corpus {
            dir: tempfile::tempdir().unwrap(),
            docs: Vec::new(),
        };
        for sub in ["101", "147", "151"] {
            fs::create_dir(c.dir.path().join(sub)).unwrap();
        }
        c
    }
    fn add(&mut self, doc: DocumentRecord, bytes: &str) {
        fs::write(self.dir.path().join(&doc.path), bytes).unwrap();
        self.docs.retain(|d| d.path != doc.path);
        self.docs.push(doc);
    }
    fn remove(&mut self, path: &str) {
        fs::remove_file(self.dir.path().join(path)).unwrap();
        self.docs.retain(|d| d.path != path);
    }
    fn record(&self, store: &mut Store) -> i64 {
        let report = build_report(2023, self.docs.clone(), RunInfo::default());
        store.record_run(&report, self.dir.path()).unwrap()
    }
}

fn decision(code: &str, outcome: Outcome, reaction: Reaction) -> NewDecision {
    NewDecision {
        map_year: 2023,
        code: code.into(),
        outcome,
        action_plan: Some(ActionPlan::Prepare),
        reaction,
        note: String::new(),
        by: "test".into(),
        due: None,
    }
}

fn sample() -> (Corpus, Store, tempfile::TempDir) {
    let db = tempfile::tempdir().unwrap();
    let mut store = Store::open(db.path().join("tilsyn.db")).unwrap();
    let mut c = Corpus::new();
    c.add(
        council_doc("101/byraad.html", "101", ActionPlan::Prepare),
        "<p>København</p>",
    );
    c.add(
        council_doc("147/byraad.html", "147", ActionPlan::Prepare),
        "<p>Frederiksberg</p>",
    );
    c.record(&mut store);
    (c, store, db)
}

fn stale_of(store: &Store, code: &str) -> Vec<Change> {
    store
        .case(2023, code)
        .unwrap()
        .summary
        .decision
        .expect("decided")
        .changes
}

#[test]
fn migrates_an_empty_database_to_the_latest_schema() {
    let db = tempfile::tempdir().unwrap();
    let path = db.path().join("new.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let mode: String = store
        .connection()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .connection()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    drop(store);
    // Opening again is a no-op.
    assert_eq!(
        Store::open(&path).unwrap().schema_version().unwrap(),
        SCHEMA_VERSION
    );
}

#[test]
fn migrates_a_version_1_database_and_keeps_its_runs() {
    let db = tempfile::tempdir().unwrap();
    let path = db.path().join("old.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        crate::schema::migrations()
            .to_version(&mut conn, 1)
            .unwrap();
        conn.execute(
            "INSERT INTO runs (map_year, recorded_at, input_dir, tool_version) \
             VALUES (2023, '2024-01-31T09:00:00Z', '/referater', '0.0.9')",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO outcomes (run_id, code, outcome, action_plan, deciding_document, detail) \
             VALUES (1, '101', 'not_found', NULL, NULL, ?1)",
            [serde_json::json!({
                "code": "101", "outcome": "not_found", "action_plan": null, "treatment": null,
                "reason": "r", "reason_danish": "d", "review": [], "evidence": [],
                "candidates": [], "documents_read": 0
            })
            .to_string()],
        )
        .unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1);
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let run = store
        .latest_run(2023)
        .unwrap()
        .expect("the old run is kept");
    assert_eq!(run.tool_version, "0.0.9");
    let d = store
        .decide(&decision("101", Outcome::NotFound, Reaction::TakePosition))
        .unwrap();
    assert_eq!(d.run_id, Some(run.id));
    assert_eq!(d.tool_outcome, Some(Outcome::NotFound));
}

#[test]
fn many_processes_opening_a_new_database_at_once_all_succeed() {
    for _ in 0..5 {
        let db = tempfile::tempdir().unwrap();
        let path = db.path().join("fresh.db");
        std::thread::scope(|s| {
            for _ in 0..6 {
                s.spawn(|| Store::open(&path).unwrap());
            }
        });
        assert_eq!(
            Store::open(&path).unwrap().schema_version().unwrap(),
            SCHEMA_VERSION
        );
    }
}

#[test]
fn refuses_a_database_from_a_newer_tilsyn() {
    let db = tempfile::tempdir().unwrap();
    let path = db.path().join("future.db");
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, Error::Migration(_)), "{err}");
}

#[test]
fn decisions_are_append_only() {
    let (_c, mut store, _db) = sample();
    store
        .decide(&decision("101", Outcome::Ok, Reaction::None))
        .unwrap();
    let conn = store.connection();
    let err = conn
        .execute("UPDATE decisions SET reaction = 'order_plan'", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    assert!(conn.execute("DELETE FROM decisions", []).is_err());
    assert!(conn.execute("DELETE FROM decision_basis", []).is_err());
}

#[test]
fn the_latest_decision_counts_and_the_history_keeps_all() {
    let (_c, mut store, _db) = sample();
    let first = store
        .decide(&decision("101", Outcome::Ok, Reaction::None))
        .unwrap();
    let mut second = decision("101", Outcome::NoPosition, Reaction::OrderPlan);
    second.by = "anden".into();
    let second = store.decide(&second).unwrap();
    assert!(second.id > first.id);
    assert!(
        second.due.is_some(),
        "order_plan has a three-month deadline"
    );
    let case = store.case(2023, "101").unwrap();
    assert_eq!(case.history, vec![first, second.clone()]);
    assert_eq!(case.summary.decision.unwrap().decision, second);
    assert_eq!(
        case.decided_on.as_ref().map(|f| f.outcome),
        Some(Outcome::Ok)
    );
    assert_eq!(case.documents.len(), 1);
}

#[test]
fn an_unknown_municipality_or_no_author_writes_nothing() {
    let (_c, mut store, _db) = sample();
    assert!(matches!(
        store.decide(&decision("999", Outcome::Ok, Reaction::None)),
        Err(Error::UnknownMunicipality(_))
    ));
    let mut d = decision("101", Outcome::Ok, Reaction::None);
    d.by = "  ".into();
    assert!(matches!(store.decide(&d), Err(Error::NoAuthor)));
    let n: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM decisions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn last_years_decision_is_on_the_case() {
    let (_c, mut store, _db) = sample();
    let mut old = decision("101", Outcome::Late, Reaction::DeadlineReminder);
    old.map_year = 2022;
    let old = store.decide(&old).unwrap();
    let case = store.case(2023, "101").unwrap();
    assert_eq!(case.last_year.map(|l| l.decision), Some(old));
    assert!(case.summary.decision.is_none());
}

#[test]
fn a_changed_deciding_document_makes_only_that_decision_stale() {
    let (mut c, mut store, _db) = sample();
    store
        .decide(&decision("101", Outcome::Ok, Reaction::None))
        .unwrap();
    store
        .decide(&decision("147", Outcome::Ok, Reaction::None))
        .unwrap();
    // The same files again: nothing is stale.
    c.record(&mut store);
    assert_eq!(stale_of(&store, "101"), vec![]);
    assert_eq!(stale_of(&store, "147"), vec![]);

    c.add(
        council_doc("101/byraad.html", "101", ActionPlan::Prepare),
        "<p>København, rettet</p>",
    );
    c.record(&mut store);
    assert_eq!(
        stale_of(&store, "101"),
        vec![Change::DecidingDocumentChanged {
            path: "101/byraad.html".into()
        }]
    );
    assert_eq!(stale_of(&store, "147"), vec![]);
    let export = store.export(2023).unwrap();
    let kbh = &export.municipalities[0];
    assert!(kbh.decision.as_ref().unwrap().stale);
    assert!(!export.municipalities[1].decision.as_ref().unwrap().stale);

    // A new decision on the changed evidence settles the case again.
    store
        .decide(&decision("101", Outcome::Ok, Reaction::None))
        .unwrap();
    assert_eq!(stale_of(&store, "101"), vec![]);
    assert_eq!(store.history(2023, "101").unwrap().len(), 2);
}

#[test]
fn an_added_or_removed_document_makes_the_decision_stale() {
    let (mut c, mut store, _db) = sample();
    store
        .decide(&decision("147", Outcome::Ok, Reaction::None))
        .unwrap();
    c.add(
        DocumentRecord {
            path: "147/oekonomiudvalg.html".into(),
            municipality_code: Some("147".into()),
            body: Some(Body::Committee),
            ..Default::default()
        },
        "<p>udvalg</p>",
    );
    c.record(&mut store);
    assert_eq!(
        stale_of(&store, "147"),
        vec![Change::DocumentAdded {
            path: "147/oekonomiudvalg.html".into()
        }]
    );

    store
        .decide(&decision("147", Outcome::Ok, Reaction::None))
        .unwrap();
    c.remove("147/byraad.html");
    c.record(&mut store);
    let changes = stale_of(&store, "147");
    assert_eq!(
        changes[0],
        Change::DocumentRemoved {
            path: "147/byraad.html".into(),
            deciding: true
        }
    );
    // Without the council's minutes (the committee's has no item) the tool
    // finds nothing.
    assert!(
        matches!(&changes[1], Change::FindingChanged { to_outcome, .. } if to_outcome == "not_found"),
        "{changes:?}"
    );
    assert!(store.latest_decisions(2023).unwrap()[1].needs_person());
}

#[test]
fn a_decision_made_before_any_scan_is_stale_once_one_finds_documents() {
    let db = tempfile::tempdir().unwrap();
    let mut store = Store::open(db.path().join("t.db")).unwrap();
    let d = store
        .decide(&decision("101", Outcome::NotFound, Reaction::TakePosition))
        .unwrap();
    assert_eq!(d.run_id, None);
    assert!(!store.case(2023, "101").unwrap().summary.is_stale());
    let mut c = Corpus::new();
    c.add(
        council_doc("101/byraad.html", "101", ActionPlan::Prepare),
        "<p>x</p>",
    );
    c.record(&mut store);
    let changes = stale_of(&store, "101");
    assert!(changes.contains(&Change::DocumentAdded {
        path: "101/byraad.html".into()
    }));
}

#[test]
fn hashes_only_files_inside_the_input_folder() {
    let (mut c, mut store, _db) = sample();
    let outside = tempfile::NamedTempFile::new().unwrap();
    fs::write(outside.path(), "secret").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), c.dir.path().join("151/link.html")).unwrap();
    c.docs.push(DocumentRecord {
        path: "151/link.html".into(),
        municipality_code: Some("151".into()),
        status: tilsyn_report::DocStatus::Error,
        ..Default::default()
    });
    let run = c.record(&mut store);
    let docs = store.documents(run, Some("151")).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].hash, None);
    let kbh = store.documents(run, Some("101")).unwrap();
    assert_eq!(
        kbh[0].hash.as_deref(),
        Some(blake3::hash(b"<p>K\xc3\xb8benhavn</p>").to_hex().as_str())
    );
    // Source files are served only where a run recorded them.
    assert!(store.source_file(run, "101/byraad.html").unwrap().is_some());
    assert!(
        store
            .source_file(run, "../../etc/passwd")
            .unwrap()
            .is_none()
    );
}

#[test]
fn concurrent_writers_all_commit() {
    let (c, store, db) = sample();
    drop(store);
    let path = db.path().join("tilsyn.db");
    const WRITERS: usize = 4;
    const EACH: usize = 20;
    let codes = ["101", "147", "151", "153"];
    std::thread::scope(|s| {
        for (w, code) in codes.iter().enumerate().take(WRITERS) {
            let path = &path;
            s.spawn(move || {
                let mut store = Store::open(path).unwrap();
                for i in 0..EACH {
                    let mut d = decision(code, Outcome::Ok, Reaction::None);
                    d.note = format!("writer {w} #{i}");
                    store.decide(&d).unwrap();
                }
            });
        }
        // A scan recorded while they write.
        let path = &path;
        let c = &c;
        s.spawn(move || {
            let mut store = Store::open(path).unwrap();
            for _ in 0..3 {
                c.record(&mut store);
            }
        });
    });
    let store = Store::open(&path).unwrap();
    let n: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM decisions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n as usize, WRITERS * EACH);
    assert_eq!(store.runs(2023).unwrap().len(), 4);
    for code in codes {
        assert_eq!(store.history(2023, code).unwrap().len(), EACH);
    }
}

/// The child of [`a_kill_9_during_writes_loses_nothing_committed`]: writes
/// decisions (and runs) as fast as it can, printing each committed id.
#[test]
fn kill_child_writer() {
    let Ok(path) = std::env::var("TILSYN_CASES_KILL_CHILD_DB") else {
        return;
    };
    let input = std::env::var("TILSYN_CASES_KILL_CHILD_INPUT").unwrap();
    let mut store = Store::open(&path).unwrap();
    let docs: Vec<DocumentRecord> = (0..40)
        .map(|i| council_doc(&format!("101/m{i}.html"), "101", ActionPlan::Prepare))
        .collect();
    let report = build_report(2023, docs, RunInfo::default());
    for i in 0.. {
        if i % 10 == 0 {
            store.record_run(&report, Path::new(&input)).unwrap();
        }
        let mut d = decision("101", Outcome::Ok, Reaction::None);
        d.note = format!("#{i}");
        let d = store.decide(&d).unwrap();
        println!("committed {}", d.id);
    }
}

#[test]
fn a_kill_9_during_writes_loses_nothing_committed() {
    let db = tempfile::tempdir().unwrap();
    let path = db.path().join("tilsyn.db");
    let input = tempfile::tempdir().unwrap();
    Store::open(&path).unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "tests::kill_child_writer", "--nocapture"])
        .env("TILSYN_CASES_KILL_CHILD_DB", &path)
        .env("TILSYN_CASES_KILL_CHILD_INPUT", input.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut committed = Vec::new();
    let started = Instant::now();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while committed.len() < 60 && started.elapsed() < Duration::from_secs(120) {
        match lines.next() {
            Some(Ok(line)) => {
                if let Some(id) = line.strip_prefix("committed ") {
                    committed.push(id.parse::<i64>().unwrap());
                }
            }
            _ => break,
        }
    }
    // SIGKILL: no destructor, no flush, mid-transaction more often than not.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(committed.len() >= 60, "the child committed {committed:?}");

    let store = Store::open(&path).unwrap();
    let ok: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let history = store.history(2023, "101").unwrap();
    let ids: Vec<i64> = history.iter().map(|d| d.id).collect();
    for id in &committed {
        assert!(ids.contains(id), "committed decision {id} lost");
    }
    // Every run is whole: 40 documents and 98 outcomes, or not there.
    for run in store.runs(2023).unwrap() {
        assert_eq!(store.documents(run.id, None).unwrap().len(), 40);
        let n: i64 = store
            .connection()
            .query_row(
                "SELECT count(*) FROM outcomes WHERE run_id = ?1",
                [run.id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 98);
    }
}

#[test]
fn export_has_all_98_with_null_where_undecided() {
    let (_c, mut store, _db) = sample();
    store
        .decide(&decision("147", Outcome::Ok, Reaction::None))
        .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&render_export_json(&store.export(2023).unwrap()).unwrap()).unwrap();
    let ms = json["municipalities"].as_array().unwrap();
    assert_eq!(ms.len(), 98);
    assert_eq!(ms[0]["code"], "101");
    assert_eq!(ms[0]["tool_outcome"], "ok");
    assert!(ms[0]["decision"].is_null());
    assert_eq!(ms[1]["decision"]["reaction"], "none");
    assert_eq!(ms[1]["history"].as_array().unwrap().len(), 1);
    let csv = render_export_csv(&store.export(2023).unwrap()).unwrap();
    assert_eq!(csv.lines().count(), 99);
}

#[test]
fn each_reaction_records_the_due_date_the_letters_give_it() {
    // One rule for the queue and the letters: the store's default is
    // `due::DueConfig::default()`, the letters' too.
    let (_c, mut store, _db) = sample();
    let config = crate::due::DueConfig::default();
    for r in Reaction::ALL {
        let d = store.decide(&decision("101", Outcome::Ok, r)).unwrap();
        assert_eq!(
            d.due,
            crate::due::due_date(r, d.at.date_naive(), &config),
            "{r}"
        );
        assert_eq!(
            d.due.is_some(),
            matches!(r, Reaction::TakePosition | Reaction::OrderPlan),
            "{r}"
        );
    }
    let given = chrono::NaiveDate::from_ymd_opt(2030, 1, 2);
    let mut d = decision("147", Outcome::Ok, Reaction::TakePosition);
    d.due = given;
    assert_eq!(
        store.decide(&d).unwrap().due,
        given,
        "a given deadline wins"
    );
}

/// A council item adopting an action plan on the map of `item_year`, at a
/// meeting `days` after today (decisions are dated today).
fn plan_adopted(path: &str, code: &str, item_year: i32, days: u64) -> DocumentRecord {
    let mut d = council_doc(path, code, ActionPlan::Prepare);
    d.meeting_date = chrono::Utc::now()
        .date_naive()
        .checked_add_days(chrono::Days::new(days));
    d.items[0].title = format!("Handlingsplan for danmarkskortet {item_year}");
    d.items[0].map_year = Some(item_year);
    d
}

#[test]
fn a_case_shows_last_years_reaction_and_whether_the_council_followed_it_up() {
    let (mut c, mut store, _db) = sample();
    let last = |code: &str, r: Reaction| {
        let mut d = decision(code, Outcome::Ok, r);
        d.map_year = 2022;
        d
    };
    store.decide(&last("101", Reaction::OrderPlan)).unwrap();
    store.decide(&last("147", Reaction::None)).unwrap();
    store.decide(&last("151", Reaction::TakePosition)).unwrap();
    // The following months' minutes, scanned for the 2023 map: 101 adopted
    // the plan ordered for the 2022 map; 151 did nothing.
    c.add(
        plan_adopted("101/byraad-senere.html", "101", 2022, 20),
        "<p>plan</p>",
    );
    c.record(&mut store);

    let ly = store.case(2023, "101").unwrap().last_year.unwrap();
    assert_eq!(ly.decision.reaction, Reaction::OrderPlan);
    assert_eq!(ly.follow_up_found(), Some(true));
    assert_eq!(ly.follow_up[0].document, "101/byraad-senere.html");
    assert!(ly.follow_up[0].run_id.is_some(), "linked through its run");
    let ly = store.case(2023, "151").unwrap().last_year.unwrap();
    assert_eq!(ly.follow_up_found(), Some(false), "asked, not found");
    let ly = store.case(2023, "147").unwrap().last_year.unwrap();
    assert_eq!(ly.follow_up_found(), None, "`none` asks nothing");
    assert!(store.case(2023, "153").unwrap().last_year.is_none());

    let export = store.export(2023).unwrap();
    let m = |code: &str| {
        export
            .municipalities
            .iter()
            .find(|m| m.code == code)
            .unwrap()
            .last_year
            .clone()
    };
    let kbh = m("101").unwrap();
    assert_eq!((kbh.map_year, kbh.reaction), (2022, "order_plan"));
    assert_eq!(kbh.follow_up_found, Some(true));
    assert_eq!(m("151").unwrap().follow_up_found, Some(false));
    assert_eq!(m("147").unwrap().follow_up_found, None);
    assert!(m("153").is_none());
    let json: serde_json::Value =
        serde_json::from_str(&render_export_json(&export).unwrap()).unwrap();
    let kbh = &json["municipalities"][0];
    assert_eq!(kbh["code"], "101");
    assert_eq!(kbh["last_year"]["follow_up_found"], true);
    assert_eq!(
        kbh["last_year"]["follow_up"][0]["document"],
        "101/byraad-senere.html"
    );
    let csv = render_export_csv(&export).unwrap();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",decisions,last_year_reaction,last_year_follow_up_found")
    );
    assert!(lines.next().unwrap().ends_with(",order_plan,true"), "{csv}");
}

#[test]
fn the_follow_up_of_this_years_decision_is_on_the_case() {
    let (mut c, mut store, _db) = sample();
    store
        .decide(&decision(
            "147",
            Outcome::NoPosition,
            Reaction::TakePosition,
        ))
        .unwrap();
    assert!(store.case(2023, "147").unwrap().follow_up.is_empty());
    c.add(
        plan_adopted("147/byraad-senere.html", "147", 2023, 10),
        "<p>stilling</p>",
    );
    c.record(&mut store);
    let case = store.case(2023, "147").unwrap();
    assert_eq!(case.follow_up.len(), 1, "{:?}", case.follow_up);
    assert_eq!(
        case.follow_up[0].item_title,
        "Handlingsplan for danmarkskortet 2023"
    );
}

#[test]
fn a_finding_keeps_the_attention_points_its_treatment_missed_for_the_letters() {
    // council_doc's item shows none of the points.
    let (_c, store, _db) = sample();
    let run = store.latest_run(2023).unwrap().unwrap();
    let f = store.finding(run.id, "101").unwrap().unwrap();
    let note = f
        .review
        .iter()
        .find(|n| n.key == "attention_points")
        .expect("a 2023 council treatment is judged");
    assert_eq!(
        note.missing,
        ["whole_area", "children", "adults", "comparison"]
    );
    assert!(
        f.review
            .iter()
            .filter(|n| n.key != "attention_points")
            .all(|n| n.missing.is_empty())
    );
}
