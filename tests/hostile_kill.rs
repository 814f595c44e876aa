//! `kill -9` at any moment of a scan never leaves a report that looks
//! complete but is not, and a re-run gives the full result.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::util::{samples, tilsyn};

/// The parts of a report that differ between two runs of the same input.
fn stable(mut report: serde_json::Value) -> serde_json::Value {
    if let Some(o) = report.as_object_mut() {
        o.remove("run");
        o.remove("elapsed");
        o.remove("generated");
    }
    report
}

/// Each report file in `out` is either absent or whole.
fn assert_whole_or_absent(out: &Path, when: &str) {
    if let Ok(json) = std::fs::read_to_string(out.join("report.json")) {
        let v: serde_json::Value = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("{when}: report.json is not whole JSON: {e}"));
        assert_eq!(
            v["municipalities"].as_array().map(Vec::len),
            Some(98),
            "{when}"
        );
    }
    if let Ok(html) = std::fs::read_to_string(out.join("report.html")) {
        assert!(
            html.trim_end().ends_with("</html>"),
            "{when}: report.html cut short"
        );
    }
    if let Ok(csv) = std::fs::read_to_string(out.join("report.csv")) {
        assert_eq!(csv.lines().count(), 99, "{when}: report.csv cut short");
    }
}

#[test]
fn a_scan_killed_at_any_moment_leaves_whole_files_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference");
    let want = stable(crate::util::scan(&samples(), &reference, 2022, &[]));

    let out = dir.path().join("out");
    let started = Instant::now();
    let mut killed = 0;
    // Kill later and later, until a run finishes before its kill.
    for step in 0..40u64 {
        let delay = Duration::from_millis(step * 75);
        let mut child = tilsyn()
            .arg("scan")
            .arg(samples())
            .args(["--map-year", "2022", "--out"])
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let finished = child.try_wait().unwrap().is_some();
        if !finished {
            child.kill().unwrap(); // SIGKILL
            killed += 1;
        }
        child.wait().unwrap();
        assert_whole_or_absent(&out, &format!("killed after {delay:?}"));
        if finished || started.elapsed() > Duration::from_secs(40) {
            break;
        }
    }
    assert!(
        killed > 0,
        "no run was killed: the scan is too fast to test"
    );

    // A re-run gives the full result, whatever the kills left.
    let got = stable(crate::util::scan(&samples(), &out, 2022, &[]));
    assert_eq!(got, want);
    let leftovers: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
