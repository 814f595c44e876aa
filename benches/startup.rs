//! Start-up: what a run costs before its first file, each against a baseline in the same run.
//!
//! - `process/*`: the `tilsyn` binary, `scan` of an empty folder (reports and database
//!   written, as any scan does) and `extract` of the two-page council minutes of
//!   `corpus-samples/` (a parent and one worker process), against starting `true` (the floor
//!   of any process) and, where installed, `pdftotext` and `mutool draw -F txt` of the same
//!   file.
//! - `rules/*`: `Matcher::new` and `RulePack::new` (parse the rule files; patterns compile
//!   on first use, examples were checked by the test suite) against building a
//!   `regex::RegexSet` of the prefilter's literals alone.
//!
//! Run briefly with `cargo bench --bench startup -- --warm-up-time 1 --measurement-time 3`.
use std::path::Path;
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use tilsyn_matcher::Matcher;
use tilsyn_spotcheck::{Pack, RulePack};

const TILSYN: &str = env!("CARGO_BIN_EXE_tilsyn");

fn run(cmd: &mut Command) {
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the command starts");
    assert!(status.success(), "{cmd:?} failed");
}

fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

fn benches(c: &mut Criterion) {
    let short =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-samples/Referat Byrådet 24-11-2022.pdf");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("the empty folder");
    let out = dir.path().join("report");
    let db = dir.path().join("tilsyn.db");

    let mut g = c.benchmark_group("process");
    g.sample_size(20);
    g.bench_function("tilsyn_scan_empty_folder", |b| {
        b.iter(|| {
            run(Command::new(TILSYN)
                .arg("scan")
                .arg(&empty)
                .args(["--map-year", "2022", "--out"])
                .arg(&out)
                .arg("--db")
                .arg(&db))
        })
    });
    g.bench_function("tilsyn_extract_short_pdf", |b| {
        b.iter(|| run(Command::new(TILSYN).arg("extract").arg(&short)))
    });
    g.bench_function("baseline_true", |b| {
        b.iter(|| run(&mut Command::new("true")))
    });
    if installed("pdftotext") {
        g.bench_function("baseline_pdftotext_short_pdf", |b| {
            b.iter(|| run(Command::new("pdftotext").arg("-q").arg(&short).arg("-")))
        });
    }
    if installed("mutool") {
        g.bench_function("baseline_mutool_short_pdf", |b| {
            b.iter(|| {
                run(Command::new("mutool")
                    .args(["draw", "-q", "-F", "txt", "-o", "/dev/null"])
                    .arg(&short))
            })
        });
    }
    g.finish();

    let literals = Matcher::new()
        .expect("rules load")
        .prefilter_literals()
        .to_vec();
    let mut g = c.benchmark_group("rules");
    g.bench_function("matcher_new", |b| {
        b.iter(|| Matcher::new().expect("rules load"))
    });
    g.bench_function("spot_check_pack_new", |b| {
        b.iter(|| RulePack::new(Pack::SpotCheck).expect("pack loads"))
    });
    g.bench_function("baseline_regexset_of_literals", |b| {
        b.iter(|| {
            regex::RegexSetBuilder::new(literals.iter().map(|l| regex::escape(l)))
                .case_insensitive(true)
                .build()
                .expect("literals compile")
        })
    });
    g.finish();
}

criterion_group!(startup_benches, benches);
criterion_main!(startup_benches);
