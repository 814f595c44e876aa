//! What the person at the terminal sees: no panic on a closed or full
//! standard output, nothing a terminal would obey from a file name, a
//! progress bar on every long command, and folders that do not overwrite
//! each other (issue 12).

use std::process::Stdio;

use crate::util::{run, samples, tilsyn};

const GOOD: &str = "101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf";

fn small_input(dir: &std::path::Path) -> std::path::PathBuf {
    let input = dir.join("in");
    let k = input.join("101-koebenhavn");
    std::fs::create_dir_all(&k).unwrap();
    std::fs::copy(samples().join(GOOD), k.join("god.pdf")).unwrap();
    input
}

#[test]
fn a_closed_pipe_ends_quietly_and_a_full_stdout_exits_1_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_input(dir.path());
    // `tilsyn scan … | true`: the reader is gone before the summary is printed.
    let mut child = tilsyn()
        .arg("scan")
        .arg(&input)
        .args(["--map-year", "2022", "--out"])
        .arg(dir.path().join("out"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "a broken pipe is not worth a word: {err}");

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = run(tilsyn()
        .arg("scan")
        .arg(&input)
        .args(["--map-year", "2022", "--out"])
        .arg(dir.path().join("out2"))
        .stdout(full));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write to standard output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = run(tilsyn()
        .args(["plan", "quality-standards", "--from", "2025"])
        .stdout(full));
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn file_names_reach_the_terminal_with_control_and_bidi_characters_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // OSC 52 writes the clipboard; U+202E turns the rest of the line around.
    let name = "ref\x1b]52;c;SGVq\x07at\u{202e}fdp.exe.pdf";
    let out = run(tilsyn().arg("extract").arg(dir.path().join(name)));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
    assert!(!err.contains('\u{202e}'), "{err:?}");
    assert!(
        err.contains("\\x1b]52;c;SGVq\\x07at\\u{202e}fdp"),
        "{err:?}"
    );

    let out = run(tilsyn()
        .arg("scan")
        .arg(dir.path().join(name))
        .args(["--map-year", "2022", "--out"])
        .arg(dir.path().join("out")));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("does not exist") && !err.contains('\x1b'),
        "{err:?}"
    );
}

#[test]
fn spot_check_writes_to_its_own_default_folder_and_never_over_a_scan() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_input(dir.path());
    let work = dir.path().join("arbejde");
    std::fs::create_dir_all(&work).unwrap();
    let scan = run(tilsyn()
        .current_dir(&work)
        .arg("scan")
        .arg(&input)
        .args(["--map-year", "2022"]));
    assert_eq!(scan.status.code(), Some(0), "{scan:?}");
    let spot = run(tilsyn()
        .current_dir(&work)
        .arg("spot-check")
        .arg(&input)
        .args(["--period", "2024H1"]));
    assert_eq!(spot.status.code(), Some(0), "{spot:?}");
    let read = |p: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(work.join(p)).unwrap()).unwrap()
    };
    assert_eq!(read("tilsyn-report/report.json")["map_year"], 2022);
    assert_eq!(
        read("tilsyn-spot-check/report.json")["command"],
        "spot-check"
    );
}

#[test]
fn spot_check_and_standards_show_progress_at_a_terminal() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` (util-linux) to give tilsyn a terminal");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = small_input(dir.path());
    for (cmd, extra) in [("spot-check", "--period 2024H1"), ("standards", "")] {
        let line = format!(
            "'{}' {cmd} '{}' {extra} --out '{}'",
            env!("CARGO_BIN_EXE_tilsyn"),
            input.display(),
            dir.path().join(cmd).display()
        );
        let out = run(std::process::Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .stdin(Stdio::null()));
        let screen = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{cmd}: {screen}");
        assert!(
            screen.contains("/1 files"),
            "{cmd} drew no progress bar at a terminal:\n{screen}"
        );
    }
}

#[test]
fn a_minute_filed_under_another_municipality_counts_there_with_a_note_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let aarhus = input.join("751-aarhus");
    std::fs::create_dir_all(&aarhus).unwrap();
    // København's minutes (the header says so) in Aarhus's folder.
    std::fs::copy(samples().join(GOOD), aarhus.join("referat.pdf")).unwrap();
    let report = crate::util::scan(&input, &dir.path().join("out"), 2022, &[]);
    let d = crate::util::document(&report, "751-aarhus/referat.pdf");
    assert_eq!(d["municipality_code"], "751", "{d}");
    assert_eq!(d["municipality_in_text"], "101", "{d}");
    let aarhus = report["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["code"] == "751")
        .unwrap();
    let review = aarhus["review"].to_string();
    assert!(
        review.contains("municipality_mismatch")
            && review.contains("Aarhus")
            && review.contains("København"),
        "{review}"
    );
}

#[test]
fn a_folder_without_minutes_or_a_future_map_year_gets_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("noter.txt"), "x").unwrap();
    let out = run(tilsyn()
        .arg("scan")
        .arg(&input)
        .args(["--map-year", "2022", "--out"])
        .arg(dir.path().join("out")));
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning: no minutes were read"), "{err}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("out/report.json")).unwrap())
            .unwrap();
    assert!(
        json["warnings"][0]
            .as_str()
            .unwrap()
            .contains("no minutes were read")
    );

    let input = small_input(dir.path());
    let out = run(tilsyn()
        .arg("scan")
        .arg(&input)
        .args(["--map-year", "2100", "--out"])
        .arg(dir.path().join("out2")));
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning: --map-year 2100 is after the current year"),
        "{err}"
    );
    assert!(!err.contains("no minutes were read"), "{err}");
}

#[test]
fn report_html_shows_paths_with_bidi_and_control_characters_escaped_and_links_the_real_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = small_input(dir.path());
    let name = "note\u{202e}fdp.exe\x1b[2J";
    std::fs::write(input.join("101-koebenhavn").join(name), "x").unwrap();
    let out = dir.path().join("out");
    crate::util::scan(&input, &out, 2022, &[]);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(
        !html.contains('\u{202e}') && !html.contains('\x1b'),
        "raw characters shown"
    );
    assert!(
        html.contains("note\\u{202e}fdp.exe\\x1b[2J"),
        "the escaped name is not shown"
    );
    assert!(html.contains("%E2%80%AE"), "the link lost the real name");
}
