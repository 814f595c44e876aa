//! `scan --db`, `review decide` and `review export`, as CONTRACT.md's "Case
//! work" gives them.

use std::path::Path;

use crate::util::{run, samples, tilsyn};

/// Copies a folder tree (the samples, so a test can change a file).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn scan(input: &Path, out: &Path, db: &Path) {
    crate::util::scan(input, out, 2022, &["--db", db.to_str().unwrap()]);
}

fn decide(db: &Path, args: &[&str]) -> std::process::Output {
    run(tilsyn()
        .args(["review", "decide", "--map-year", "2022", "--db"])
        .arg(db)
        .args(args))
}

fn export(db: &Path, format: &str) -> String {
    let out = run(tilsyn()
        .args([
            "review",
            "export",
            "--map-year",
            "2022",
            "--format",
            format,
            "--db",
        ])
        .arg(db));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn scan_records_the_run_in_tilsyn_db_in_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(tilsyn()
        .current_dir(dir.path())
        .arg("scan")
        .arg(samples())
        .args(["--map-year", "2022", "--out", "rapport"]));
    assert_eq!(out.status.code(), Some(0));
    assert!(dir.path().join("tilsyn.db").is_file());
    assert!(String::from_utf8_lossy(&out.stdout).contains("recorded in tilsyn.db"));
    // And `review export` there needs no flag either.
    let out =
        run(tilsyn()
            .current_dir(dir.path())
            .args(["review", "export", "--map-year", "2022"]));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn review_decide_with_a_bad_code_outcome_or_reaction_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    scan(&samples(), &dir.path().join("out"), &db);
    let before = export(&db, "json");
    for (args, says) in [
        (
            vec![
                "--municipality",
                "999",
                "--outcome",
                "ok",
                "--reaction",
                "none",
                "--by",
                "A",
            ],
            "999",
        ),
        (
            vec![
                "--municipality",
                "101",
                "--outcome",
                "fine",
                "--reaction",
                "none",
                "--by",
                "A",
            ],
            "possible values: ok, no_position, late, committee_only, not_found",
        ),
        (
            vec![
                "--municipality",
                "101",
                "--outcome",
                "ok",
                "--reaction",
                "letter",
                "--by",
                "A",
            ],
            "possible values: none, take_position, order_plan, deadline_reminder",
        ),
        (
            vec![
                "--municipality",
                "101",
                "--outcome",
                "ok",
                "--reaction",
                "none",
                "--by",
                "A",
                "--action-plan",
                "maybe",
            ],
            "possible values: prepare",
        ),
        (
            vec![
                "--municipality",
                "101",
                "--outcome",
                "ok",
                "--reaction",
                "none",
                "--by",
                " ",
            ],
            "name of who made it",
        ),
        (
            vec![
                "--municipality",
                "101",
                "--outcome",
                "ok",
                "--reaction",
                "none",
            ],
            "--by",
        ),
    ] {
        let out = decide(&db, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    assert_eq!(
        export(&db, "json"),
        before,
        "a refused decision wrote something"
    );
    let json: serde_json::Value = serde_json::from_str(&before).unwrap();
    assert!(
        json["municipalities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["decision"].is_null())
    );
}

fn is_time(s: &serde_json::Value) -> bool {
    let re = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$").unwrap();
    s.as_str().is_some_and(|s| re.is_match(s))
}

#[test]
fn review_export_follows_the_contract_with_stale_decisions_and_history() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("referater");
    copy_tree(&samples(), &input);
    let db = dir.path().join("t.db");
    let out = dir.path().join("out");
    scan(&input, &out, &db);
    let ok = |args: &[&str]| {
        let o = decide(&db, args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    };
    ok(&[
        "--municipality",
        "101",
        "--outcome",
        "ok",
        "--action-plan",
        "prepare",
        "--reaction",
        "none",
        "--by",
        "Ane",
    ]);
    ok(&[
        "--municipality",
        "751",
        "--outcome",
        "ok",
        "--reaction",
        "none",
        "--by",
        "Ane",
    ]);
    ok(&[
        "--municipality",
        "751",
        "--outcome",
        "ok",
        "--action-plan",
        "no_need",
        "--reaction",
        "order_plan",
        "--by",
        "Bo",
        "--note",
        "=Uenig i vurderingen, se s. 4",
    ]);
    // The deciding file of Aarhus changes; nothing else does.
    let aarhus = input.join("Aarhus/Byrådet - referat 30. november 2022.html");
    let mut html = std::fs::read_to_string(&aarhus).unwrap();
    html.push_str("\n<!-- rettet -->\n");
    std::fs::write(&aarhus, html).unwrap();
    scan(&input, &out, &db);

    let json: serde_json::Value = serde_json::from_str(&export(&db, "json")).unwrap();
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["map_year"], 2022);
    let ms = json["municipalities"].as_array().unwrap();
    assert_eq!(ms.len(), 98);
    let codes: Vec<&str> = ms.iter().map(|m| m["code"].as_str().unwrap()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted, "ordered by code");
    let outcomes = ["ok", "no_position", "late", "committee_only", "not_found"];
    let plans = ["prepare", "no_need", "not_addressed", "deferred"];
    let reactions = ["none", "take_position", "order_plan", "deadline_reminder"];
    for m in ms {
        let code = m["code"].as_str().unwrap();
        assert!(m["name"].is_string(), "{code}");
        assert!(
            outcomes.contains(&m["tool_outcome"].as_str().unwrap()),
            "{code}"
        );
        assert!(
            m["tool_action_plan"].is_null()
                || plans.contains(&m["tool_action_plan"].as_str().unwrap()),
            "{code}"
        );
        let history = m["history"].as_array().unwrap();
        for h in history {
            assert!(outcomes.contains(&h["outcome"].as_str().unwrap()));
            assert!(reactions.contains(&h["reaction"].as_str().unwrap()));
            assert!(h["by"].is_string() && is_time(&h["at"]), "{h}");
        }
        let d = &m["decision"];
        if history.is_empty() {
            assert!(d.is_null(), "{code}: decision without history");
            continue;
        }
        for key in [
            "outcome",
            "action_plan",
            "reaction",
            "note",
            "by",
            "at",
            "stale",
        ] {
            assert!(d.get(key).is_some(), "{code}: decision lacks {key}");
        }
        assert!(outcomes.contains(&d["outcome"].as_str().unwrap()));
        assert!(d["action_plan"].is_null() || plans.contains(&d["action_plan"].as_str().unwrap()));
        assert!(reactions.contains(&d["reaction"].as_str().unwrap()));
        assert!(d["note"].is_string() && d["by"].is_string() && is_time(&d["at"]));
        assert!(d["stale"].is_boolean());
        // The latest in the history is the decision.
        let last = history.last().unwrap();
        assert_eq!(
            (&last["reaction"], &last["by"], &last["at"]),
            (&d["reaction"], &d["by"], &d["at"])
        );
    }
    let by_code = |c: &str| ms.iter().find(|m| m["code"] == c).unwrap();
    let kbh = by_code("101");
    assert_eq!(
        kbh["decision"]["stale"], false,
        "København's files did not change"
    );
    assert_eq!(kbh["decision"]["action_plan"], "prepare");
    let aar = by_code("751");
    assert_eq!(aar["tool_outcome"], "ok");
    assert_eq!(aar["decision"]["stale"], true);
    assert_eq!(aar["decision"]["reaction"], "order_plan");
    assert_eq!(aar["decision"]["note"], "=Uenig i vurderingen, se s. 4");
    assert_eq!(
        aar["decision"]["changes"][0]["kind"],
        "deciding_document_changed"
    );
    assert_eq!(aar["history"].as_array().unwrap().len(), 2);
    assert_eq!(aar["history"][0]["by"], "Ane");
    assert!(by_code("147")["decision"].is_null());

    let csv = export(&db, "csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 99);
    assert!(rows[0].starts_with("code,name,region,tool_outcome,tool_action_plan,outcome"));
    let aarhus_row = rows.iter().find(|r| r.starts_with("751,")).unwrap();
    assert!(
        aarhus_row.contains(",order_plan,\"'=Uenig i vurderingen"),
        "{aarhus_row}"
    );
    assert!(aarhus_row.contains(",true,"), "{aarhus_row}");
}

#[test]
fn review_export_without_a_database_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(tilsyn()
        .args(["review", "export", "--map-year", "2022", "--db"])
        .arg(dir.path().join("nej.db")));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no case database"));
    assert!(!dir.path().join("nej.db").exists());
}
