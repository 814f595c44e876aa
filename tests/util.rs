//! Running the binary and reading its output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The folder of committed sample minutes.
pub fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-samples")
}

/// The `tilsyn` binary cargo built for these tests, run in a scratch folder
/// under cargo's target dir: `scan` records every run in `tilsyn.db` in the
/// current folder, which must not be the repository. Tests pass absolute
/// paths; the shared database also takes the parallel tests' runs at once,
/// as the store is made to.
pub fn tilsyn() -> Command {
    let cwd = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwd");
    std::fs::create_dir_all(&cwd).expect("scratch folder for the binary");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tilsyn"));
    cmd.current_dir(cwd);
    cmd
}

/// Runs a command and returns its output, printing stderr on failure to
/// start.
pub fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// Runs `tilsyn scan INPUT --map-year YEAR --out OUT [extra]`, asserts exit
/// code 0, and returns the parsed report.json.
pub fn scan(input: &Path, out: &Path, year: i32, extra: &[&str]) -> serde_json::Value {
    let output = run(tilsyn()
        .arg("scan")
        .arg(input)
        .args(["--map-year", &year.to_string(), "--out"])
        .arg(out)
        .args(extra));
    assert_eq!(
        output.status.code(),
        Some(0),
        "scan failed\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let json = std::fs::read_to_string(out.join("report.json")).expect("report.json written");
    serde_json::from_str(&json).expect("report.json is JSON")
}

/// The document record for a path in a report.
pub fn document<'a>(report: &'a serde_json::Value, path: &str) -> &'a serde_json::Value {
    report["documents"]
        .as_array()
        .expect("documents array")
        .iter()
        .find(|d| d["path"] == path)
        .unwrap_or_else(|| {
            let all: Vec<_> = report["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["path"].to_string())
                .collect();
            panic!(
                "no document {path:?} in the report; it has:\n{}",
                all.join("\n")
            )
        })
}

/// Asserts equality and shows both sides with a label on failure.
macro_rules! assert_same {
    ($label:expr, $expected:expr, $actual:expr $(,)?) => {{
        let (e, a) = (&$expected, &$actual);
        if e != a {
            panic!("{}\n  expected: {:?}\n  actual:   {:?}", $label, e, a);
        }
    }};
}
