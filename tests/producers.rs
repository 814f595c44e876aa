//! The same minutes through every PDF producer councils use must give the
//! same findings, and text that agrees with pdftotext's.
//!
//! `scripts/producers.sh OUT` renders `tests/producers/referat.html` (a
//! council meeting of Varde Byråd on 28 November 2023 whose item 3 treats
//! Danmarkskort 2023 and decides that no action plan is needed) through
//! LibreOffice, Chromium, wkhtmltopdf, Ghostscript, qpdf, mutool and
//! Tesseract; `bash scripts/test` runs it and points this test at the result
//! with `TILSYN_PRODUCERS_DIR`. Producers the script could not run are
//! listed here as skipped, with the reason.

use std::path::{Path, PathBuf};
use std::process::Command;

use tilsyn_ingest::normalise::normalise_document;

use crate::util::{document, run, scan, tilsyn};

/// The words two texts have in common along their longest common
/// subsequence.
fn common(a: &[&str], b: &[&str]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Word agreement of `tilsyn extract` with `pdftotext -raw` (both through
/// tilsyn's normalisation), page by page: 2 × common / (ours + theirs), as
/// `crates/ingest/examples/extract_agreement.rs` measures it.
fn agreement(pdf: &Path) -> Result<f64, String> {
    let peer = run(Command::new("pdftotext")
        .args(["-q", "-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-"));
    if !peer.status.success() {
        return Err("pdftotext cannot read it".into());
    }
    let mut peer: Vec<String> = String::from_utf8_lossy(&peer.stdout)
        .split('\x0c')
        .map(str::to_string)
        .collect();
    if peer.last().is_some_and(|p| p.trim().is_empty()) {
        peer.pop();
    }
    let peer = normalise_document(&peer);
    let ours = run(tilsyn().arg("extract").arg(pdf));
    if !ours.status.success() {
        return Err(format!(
            "tilsyn extract failed: {}",
            String::from_utf8_lossy(&ours.stderr)
        ));
    }
    let ours: Vec<String> = String::from_utf8_lossy(&ours.stdout)
        .split('\x0c')
        .map(str::to_string)
        .collect();
    let (mut o, mut t, mut c) = (0, 0, 0);
    for i in 0..ours.len().max(peer.len()) {
        let a: Vec<&str> = ours
            .get(i)
            .map_or(vec![], |p| p.split_whitespace().collect());
        let b: Vec<&str> = peer
            .get(i)
            .map_or(vec![], |p| p.split_whitespace().collect());
        o += a.len();
        t += b.len();
        c += common(&a, &b);
    }
    Ok(200.0 * c as f64 / (o + t).max(1) as f64)
}

#[test]
fn every_producer_gives_the_same_findings_and_text() {
    let Some(dir) = std::env::var_os("TILSYN_PRODUCERS_DIR").map(PathBuf::from) else {
        eprintln!(
            "SKIPPED: the multi-producer check needs TILSYN_PRODUCERS_DIR \
             (`bash scripts/test` renders the producers and sets it)"
        );
        return;
    };
    let manifest = std::fs::read_to_string(dir.join("producers.tsv"))
        .unwrap_or_else(|e| panic!("{}/producers.tsv: {e}", dir.display()));
    let mut produced = Vec::new();
    for line in manifest.lines().filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            [name, family, "ok", ..] => produced.push((name.to_string(), family.to_string())),
            [name, family, _, reason] => {
                eprintln!("SKIPPED producer {name} ({family}): {reason}")
            }
            _ => panic!("bad line in producers.tsv: {line:?}"),
        }
    }
    if produced.is_empty() {
        eprintln!("SKIPPED: no producer could be run; see the reasons above");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let report = scan(&dir.join("minutes"), out.path(), 2023, &[]);
    let pdftotext = Command::new("pdftotext").arg("-v").output().is_ok();
    if !pdftotext {
        eprintln!("SKIPPED: word agreement (pdftotext not found)");
    }
    let mut failures = Vec::new();
    let mut table = Vec::new();
    for (name, family) in &produced {
        let path = format!("573-varde/{name}.pdf");
        let doc = document(&report, &path);
        let items: Vec<(i64, String)> = doc["items"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter(|i| i["kind"] == "danmarkskort")
                    .map(|i| {
                        (
                            i["map_year"].as_i64().unwrap_or(0),
                            i["action_plan"].as_str().unwrap_or("null").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let found = (
            doc["status"].as_str().unwrap_or("?").to_string(),
            doc["body"].as_str().unwrap_or("null").to_string(),
            doc["meeting_date"].as_str().unwrap_or("null").to_string(),
            items,
        );
        let expected = (
            "ok".to_string(),
            "council".to_string(),
            "2023-11-28".to_string(),
            vec![(2023, "no_need".to_string())],
        );
        if found != expected {
            failures.push(format!(
                "{name} ({family}): findings differ\n    expected {expected:?}\n    found    {found:?}"
            ));
        }
        let words = if pdftotext {
            match agreement(&dir.join("minutes").join(&path)) {
                Ok(a) => {
                    if a < 99.0 {
                        failures.push(format!(
                            "{name} ({family}): word agreement with pdftotext {a:.2} % < 99 %"
                        ));
                    }
                    format!("{a:.2} %")
                }
                Err(e) => {
                    failures.push(format!("{name} ({family}): {e}"));
                    "-".into()
                }
            }
        } else {
            "skipped".into()
        };
        table.push(format!("  {name:<18} {family:<12} words {words}"));
    }
    eprintln!("producers checked:\n{}", table.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
