//! `tilsyn spot-check`, `tilsyn standards` and `tilsyn plan quality-standards`, driven as
//! the binary over temp folders and over `corpus-samples/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::util::{run, samples, tilsyn};

/// Runs `tilsyn spot-check INPUT --period P --out OUT [extra]`, asserts exit 0, returns
/// the parsed report.json and its bytes.
fn spot_check(
    input: &Path,
    out: &Path,
    period: &str,
    extra: &[&str],
) -> (serde_json::Value, Vec<u8>) {
    let output = run(tilsyn()
        .arg("spot-check")
        .arg(input)
        .args(["--period", period, "--out"])
        .arg(out)
        .args(extra));
    assert_eq!(
        output.status.code(),
        Some(0),
        "spot-check failed\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(out.join("report.json")).expect("report.json written");
    (serde_json::from_slice(&bytes).expect("JSON"), bytes)
}

fn standards(input: &Path, out: &Path) -> serde_json::Value {
    let output = run(tilsyn().arg("standards").arg(input).arg("--out").arg(out));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap()
}

/// Drawn documents per municipality code (only those with candidates).
fn draws(report: &serde_json::Value) -> BTreeMap<String, Vec<String>> {
    report["sample"]
        .as_array()
        .expect("sample")
        .iter()
        .filter(|m| m["candidates"].as_u64() > Some(0))
        .map(|m| {
            let docs = m["drawn"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["document"].as_str().unwrap().to_string())
                .collect();
            (m["code"].as_str().unwrap().to_string(), docs)
        })
        .collect()
}

/// The council minutes of 2024H1 in the samples: seven meetings from three systems.
const H1_COUNCIL: &[&str] = &[
    "spot-check/viborg/byraad-2024-01-31-referat.pdf",
    "spot-check/viborg/byraad-2024-02-28-referat.pdf",
    "spot-check/viborg/byraad-2024-04-24-referat.pdf",
    "spot-check/viborg/byraad-2024-06-19-referat.pdf",
    "spot-check/621-kolding/byraadet-2024-02-26.pdf",
    "spot-check/621-kolding/byraadet-2024-05-27.pdf",
    "spot-check/Odder/Byrådet 18.03.2024 - referat.html",
];

/// A folder where each of `codes` has copies of the 2024H1 council minutes (the path, not
/// the text, names the municipality), `extra` more copies for the first code.
fn folder(dir: &Path, codes: &[&str], copies: usize) {
    for code in codes {
        let sub = dir.join(code);
        std::fs::create_dir_all(&sub).unwrap();
        for i in 0..copies {
            let src = samples().join(H1_COUNCIL[i % H1_COUNCIL.len()]);
            let ext = src.extension().unwrap().to_string_lossy().into_owned();
            std::fs::copy(&src, sub.join(format!("referat-{i:02}.{ext}"))).unwrap();
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_report_and_another_seed_another_sample() {
    let input = tempfile::tempdir().unwrap();
    folder(input.path(), &["101", "751"], 7);
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ra, ja) = spot_check(
        input.path(),
        a.path(),
        "2024H1",
        &["--seed", "7", "--jobs", "1"],
    );
    let (_, jb) = spot_check(
        input.path(),
        b.path(),
        "2024H1",
        &["--seed", "7", "--jobs", "2"],
    );
    assert!(ja == jb, "report.json differs between two runs with seed 7");
    let base = draws(&ra);
    assert_eq!(base["101"].len(), 2, "{base:?}");
    // 21 possible pairs per municipality: some other seed must draw differently.
    let differs = (8..14).any(|seed| {
        let out = tempfile::tempdir().unwrap();
        let (r, _) = spot_check(
            input.path(),
            out.path(),
            "2024H1",
            &["--seed", &seed.to_string()],
        );
        draws(&r) != base
    });
    assert!(differs, "seeds 8..14 all drew {base:?}");
}

#[test]
fn adding_files_for_one_municipality_leaves_the_others_draws_alone() {
    let input = tempfile::tempdir().unwrap();
    folder(input.path(), &["101", "147", "751"], 7);
    let out = tempfile::tempdir().unwrap();
    let (before, _) = spot_check(input.path(), out.path(), "2024H1", &["--seed", "3"]);
    // Three more meetings for Frederiksberg, under names sorting first and last.
    for (name, src) in [("0-first.pdf", 0), ("zz-last.pdf", 1), ("mid.pdf", 4)] {
        std::fs::copy(
            samples().join(H1_COUNCIL[src]),
            input.path().join("147").join(name),
        )
        .unwrap();
    }
    let (after, _) = spot_check(input.path(), out.path(), "2024H1", &["--seed", "3"]);
    let (b, a) = (draws(&before), draws(&after));
    assert_same!("København's draw", b["101"], a["101"]);
    assert_same!("Aarhus's draw", b["751"], a["751"]);
    let fb = &after["sample"].as_array().unwrap()[1];
    assert_same!(
        "Frederiksberg candidates",
        10,
        fb["candidates"].as_u64().unwrap()
    );
}

#[test]
fn the_sample_over_the_corpus_follows_meeting_counts_and_bodies() {
    let out = tempfile::tempdir().unwrap();
    let input = samples().join("spot-check");
    let (r, _) = spot_check(&input, out.path(), "2024H1", &[]);
    let by_code: BTreeMap<&str, &serde_json::Value> = r["sample"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["code"].as_str().unwrap(), m))
        .collect();
    assert_eq!(by_code.len(), 98);
    let status = |c: &str| {
        (
            by_code[c]["status"].as_str().unwrap(),
            by_code[c]["candidates"].as_u64().unwrap(),
            by_code[c]["drawn"].as_array().unwrap().len(),
        )
    };
    assert_same!("Viborg", ("drawn", 4, 2), status("791"));
    assert_same!("Kolding", ("drawn", 2, 2), status("621"));
    assert_same!("Odder", ("fewer_than_requested", 1, 1), status("727"));
    assert_same!(
        "Faaborg-Midtfyn (committee only)",
        ("no_minutes_in_period", 0, 0),
        status("430")
    );
    assert_same!("København", ("no_minutes_in_period", 0, 0), status("101"));
    // Every file is listed; committee minutes are never candidates.
    let docs = r["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 15);
    for d in docs {
        if d["body"] == "committee" {
            assert_eq!(d["candidate"], false, "{d}");
            assert_ne!(d["drawn"], true, "{d}");
            assert!(
                d["not_candidate"].as_str().unwrap().contains("committee"),
                "{d}"
            );
        }
    }
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(html.contains("lang=\"da\"") && html.contains("Læs først"));
    assert!(!html.contains("<script"), "the page is static");
}

/// The flags found in the samples are exactly those `corpus-samples/README.md` lists.
#[test]
fn flags_match_the_readme() {
    let readme = std::fs::read_to_string(samples().join("README.md")).unwrap();
    let start = readme.find("<!-- expected-flags -->").expect("flags table");
    let end = start + readme[start..].find("<!-- end -->").unwrap();
    let mut expected = BTreeSet::new();
    let mut files = BTreeSet::new();
    for line in readme[start..end]
        .lines()
        .filter(|l| l.starts_with('|'))
        .skip(2)
    {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        files.insert(cells[0].to_string());
        if cells[1] != "—" {
            expected.insert((
                cells[0].to_string(),
                cells[1].to_string(),
                cells[2].to_string(),
            ));
        }
    }
    let mut actual = BTreeSet::new();
    let mut analysed = BTreeSet::new();
    let mut collect = |prefix: &str, report: &serde_json::Value| {
        for d in report["flags"].as_array().unwrap() {
            let doc = format!("{prefix}/{}", d["document"].as_str().unwrap());
            analysed.insert(doc.clone());
            for f in d["flags"].as_array().unwrap() {
                let key = (
                    doc.clone(),
                    f["rule"].as_str().unwrap().to_string(),
                    f["page"].to_string(),
                );
                actual.insert(key);
            }
        }
    };
    for period in ["2024H1", "2024H2"] {
        let out = tempfile::tempdir().unwrap();
        let (r, _) = spot_check(
            &samples().join("spot-check"),
            out.path(),
            period,
            &["--per-municipality", "10"],
        );
        collect("spot-check", &r);
    }
    let out = tempfile::tempdir().unwrap();
    collect(
        "kvalitetsstandarder",
        &standards(&samples().join("kvalitetsstandarder"), out.path()),
    );
    let missing: Vec<_> = expected.difference(&actual).collect();
    let extra: Vec<_> = actual.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "flags differ from corpus-samples/README.md\n  missing: {missing:#?}\n  extra:   {extra:#?}"
    );
    // Every council meeting and quality standard in the table was analysed; committee
    // minutes never were.
    for f in &files {
        let committee = f.contains("udvalget/") || f.contains("udvalget ");
        assert_eq!(analysed.contains(f), !committee, "{f}");
    }
}

#[test]
fn quality_standards_plan_is_33_33_32_balanced_and_seeded() {
    let plan = |seed: &str| {
        let out = run(tilsyn().args([
            "plan",
            "quality-standards",
            "--from",
            "2022",
            "--seed",
            seed,
            "--json",
        ]));
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let p = plan("5");
    let cohorts = p["cohorts"].as_array().unwrap();
    let sizes: Vec<usize> = cohorts
        .iter()
        .map(|c| c["municipalities"].as_array().unwrap().len())
        .collect();
    assert_same!("cohort sizes", vec![33, 33, 32], sizes);
    let years: Vec<i64> = cohorts
        .iter()
        .map(|c| c["year"].as_i64().unwrap())
        .collect();
    assert_same!("years", vec![2022, 2023, 2024], years);
    let mut all = BTreeSet::new();
    let mut region_total: BTreeMap<String, usize> = BTreeMap::new();
    for c in cohorts {
        for k in c["municipalities"].as_array().unwrap() {
            assert!(
                all.insert(k["code"].as_str().unwrap().to_string()),
                "{k} twice"
            );
            *region_total
                .entry(k["region"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
    }
    assert_eq!(all.len(), 98);
    assert_eq!(region_total.len(), 5);
    for c in cohorts {
        let size = c["municipalities"].as_array().unwrap().len() as f64;
        for (region, total) in &region_total {
            let n = c["regions"][region].as_u64().unwrap_or(0) as f64;
            let share = *total as f64 * size / 98.0;
            assert!(
                (n - share).abs() < 1.0,
                "{} {region}: {n}, proportional {share:.2}",
                c["year"]
            );
        }
    }
    assert_eq!(plan("5"), p, "same seed, same plan");
    assert_ne!(plan("6"), p, "another seed, another plan");
    let text = run(tilsyn().args(["plan", "quality-standards", "--from", "2022"]));
    assert!(String::from_utf8_lossy(&text.stdout).contains("2024: 32 kommuner"));
}

#[test]
fn a_bad_period_is_a_usage_error_and_names_are_escaped() {
    let input = tempfile::tempdir().unwrap();
    let out = run(tilsyn()
        .arg("spot-check")
        .arg(input.path())
        .args(["--period", "2024H3"]));
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    std::fs::create_dir(input.path().join("101")).unwrap();
    std::fs::write(
        input
            .path()
            .join("101")
            .join("<img src=x onerror=alert(1)>.txt"),
        "x",
    )
    .unwrap();
    let o = tempfile::tempdir().unwrap();
    let (r, _) = spot_check(input.path(), o.path(), "2024H1", &[]);
    assert_eq!(r["documents"][0]["status"], "skipped");
    let html = std::fs::read_to_string(o.path().join("report.html")).unwrap();
    assert!(
        !html.contains("<img"),
        "a file name reached the page unescaped"
    );
    assert!(html.contains("&lt;img"));
}
