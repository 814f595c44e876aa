//! `corpus-samples/` against what a careful reader finds in it, as
//! `corpus-samples/README.md` records it.

use std::collections::BTreeMap;

use crate::util::{document, samples, scan};

/// Rows of the pipe table that follows `marker` in the README, up to
/// `<!-- end -->`, header and separator dropped.
fn table(readme: &str, marker: &str) -> Vec<Vec<String>> {
    let start = readme
        .find(marker)
        .unwrap_or_else(|| panic!("README has no {marker}"));
    let end = start
        + readme[start..]
            .find("<!-- end -->")
            .expect("table end marker");
    readme[start..end]
        .lines()
        .filter(|l| l.trim_start().starts_with('|'))
        .skip(2)
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

fn dash(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "—".into(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn readme() -> String {
    std::fs::read_to_string(samples().join("README.md")).expect("corpus-samples/README.md")
}

fn scan_samples(extra: &[&str]) -> (tempfile::TempDir, serde_json::Value) {
    let out = tempfile::tempdir().unwrap();
    let report = scan(&samples(), out.path(), 2022, extra);
    (out, report)
}

/// Each file's status, municipality, body, date and danmarkskort items.
#[test]
fn documents_match_the_readme() {
    let (_out, report) = scan_samples(&[]);
    let rows = table(&readme(), "<!-- expected-documents -->");
    assert!(
        rows.len() >= 20,
        "only {} rows in the README table",
        rows.len()
    );
    let mut failures = Vec::new();
    for row in &rows {
        let [file, municipality, status, body, date, items] = &row[..6] else {
            panic!("short row {row:?}");
        };
        let doc = document(&report, file);
        let got_items: Vec<String> = doc["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| format!("{}:{}", dash(&i["map_year"]), dash(&i["action_plan"])))
            .collect();
        let got_items = if got_items.is_empty() {
            "—".to_string()
        } else {
            got_items.join(";")
        };
        let expected = [municipality, status, body, date, items].map(|s| s.to_string());
        let actual = [
            dash(&doc["municipality_code"]),
            dash(&doc["status"]),
            dash(&doc["body"]),
            dash(&doc["meeting_date"]),
            got_items,
        ];
        if expected != actual {
            failures.push(format!(
                "{file}\n    expected {expected:?}\n    actual   {actual:?}\n    error    {}",
                dash(&doc["error"])
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ from corpus-samples/README.md:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Every municipality's outcome for map year 2022.
#[test]
fn outcomes_match_the_readme() {
    let (_out, report) = scan_samples(&[]);
    let rows = table(&readme(), "<!-- expected-outcomes map-year=2022 -->");
    let expected: BTreeMap<String, &Vec<String>> = rows.iter().map(|r| (r[0].clone(), r)).collect();
    let mut failures = Vec::new();
    for m in report["municipalities"].as_array().unwrap() {
        let code = m["code"].as_str().unwrap();
        let (outcome, plan, date, doc) = match expected.get(code) {
            Some(r) => (r[2].as_str(), r[3].as_str(), r[4].as_str(), r[5].as_str()),
            None => ("not_found", "—", "—", "—"),
        };
        let t = &m["treatment"];
        let mut exp = vec![outcome.to_string(), plan.to_string()];
        let mut act = vec![dash(&m["outcome"]), dash(&m["action_plan"])];
        // The deciding treatment is only defined for council treatments.
        if matches!(outcome, "ok" | "no_position" | "late") {
            exp.extend([date.to_string(), doc.to_string()]);
            act.extend([dash(&t["meeting_date"]), dash(&t["document"])]);
        }
        if exp != act {
            failures.push(format!(
                "{code} {}: expected {exp:?}, actual {act:?}",
                m["name"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "outcomes differ:\n{}",
        failures.join("\n")
    );
}

/// Every file on disk is in the report exactly once, and the three reports
/// agree on every municipality.
#[test]
fn every_file_listed_and_reports_agree() {
    let (out, report) = scan_samples(&[]);
    let on_disk: Vec<String> = walkdir::WalkDir::new(samples())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(samples())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let listed: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    let mut sorted = on_disk.clone();
    sorted.sort();
    assert_same!("files listed in report.json", sorted, listed);

    let municipalities = report["municipalities"].as_array().unwrap();
    assert_eq!(municipalities.len(), 98);
    let csv = std::fs::read_to_string(out.path().join("report.csv")).unwrap();
    let csv = csv.trim_start_matches('\u{feff}');
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 98);
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    for (m, row) in municipalities.iter().zip(&rows) {
        assert_same!("csv code", m["code"].as_str().unwrap(), &row[col("code")]);
        assert_same!(
            format!("csv outcome of {}", m["code"]),
            m["outcome"].as_str().unwrap(),
            &row[col("outcome")]
        );
        let anchor = format!("id=\"k-{}\"", m["code"].as_str().unwrap());
        let at = html
            .find(&anchor)
            .unwrap_or_else(|| panic!("{anchor} not in report.html"));
        let tag_end = at + html[at..].find('>').expect("tag closes");
        let section = &html[at..tag_end];
        assert!(
            section.contains(&format!(
                "data-outcome=\"{}\"",
                m["outcome"].as_str().unwrap()
            )),
            "report.html section for {} does not carry outcome {}",
            m["code"],
            m["outcome"]
        );
    }
}

/// The same input gives byte-identical report.json whatever --jobs is.
#[test]
fn report_is_the_same_for_any_jobs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    scan(&samples(), a.path(), 2022, &["--jobs", "1"]);
    scan(&samples(), b.path(), 2022, &["--jobs", "3"]);
    for f in ["report.json", "report.csv"] {
        let x = std::fs::read(a.path().join(f)).unwrap();
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(x == y, "{f} differs between --jobs 1 and --jobs 3");
    }
}
