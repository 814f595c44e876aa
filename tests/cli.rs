//! Exit codes and usage, as CONTRACT.md gives them.

use crate::util::{run, samples, tilsyn};

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["scan"],
        vec!["scan", "corpus-samples"],
        vec!["scan", "corpus-samples", "--map-year", "tjue"],
        vec![
            "scan",
            "corpus-samples",
            "--map-year",
            "2022",
            "--jobs",
            "0",
        ],
        vec!["no-such-command"],
    ] {
        let out = run(tilsyn().args(&args));
        assert_eq!(out.status.code(), Some(2), "tilsyn {args:?}");
    }
}

#[test]
fn missing_input_folder_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(tilsyn()
        .arg("scan")
        .arg(dir.path().join("findes-ikke"))
        .args(["--map-year", "2022", "--out"])
        .arg(dir.path().join("out")));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}

#[test]
fn unwritable_output_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("fil");
    std::fs::write(&blocker, "x").unwrap();
    // A file where the output folder's parent should be: no permission
    // trick (tests may run as root), just an impossible path.
    let out = run(tilsyn()
        .arg("scan")
        .arg(samples())
        .args(["--map-year", "2022", "--out"])
        .arg(blocker.join("out")));
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn empty_folder_gives_98_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("tom");
    std::fs::create_dir(&input).unwrap();
    let report = crate::util::scan(&input, &dir.path().join("out"), 2022, &[]);
    assert_eq!(report["municipalities"].as_array().unwrap().len(), 98);
    assert_eq!(report["summary"]["not_found"], 98);
    assert_eq!(report["documents"].as_array().unwrap().len(), 0);
}
