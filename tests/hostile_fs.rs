//! A hostile folder attacks through the file system rather than through file
//! contents: links out of the input, special files, tilsyn's own output, full
//! disks, closed pipes, parallel runs. Each test here drives the real binary
//! and is named after the defect it guards against (issue 12).

use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::util::{document, samples, tilsyn};

const GOOD: &str = "101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf";

/// Runs `cmd` with a deadline; a run past it is killed and the test fails,
/// so that a scan that walks the whole machine fails rather than hangs.
fn run_bounded(cmd: &mut Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tilsyn starts");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().expect("output");
            panic!(
                "{cmd:?} ran past {limit:?}\nstderr:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `tilsyn scan INPUT --map-year 2022 --out OUT`, bounded in time.
fn scan_cmd(input: &Path, out: &Path) -> Command {
    let mut cmd = tilsyn();
    cmd.arg("scan")
        .arg(input)
        .args(["--map-year", "2022", "--out"])
        .arg(out);
    cmd
}

fn report(out: &Path) -> serde_json::Value {
    let json = std::fs::read_to_string(out.join("report.json")).expect("report.json written");
    serde_json::from_str(&json).expect("report.json is JSON")
}

fn text(out: &Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn links_out_of_the_input_and_special_files_are_skipped_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let k = input.join("101-koebenhavn");
    std::fs::create_dir_all(&k).unwrap();
    std::fs::copy(samples().join(GOOD), k.join("god.pdf")).unwrap();
    // Outside the input: a page whose title must never reach the report.
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(
        outside.join("hemmelig.html"),
        "<html><head><title>HEMMELIGT-UDENFOR</title></head><body>Byrådet</body></html>",
    )
    .unwrap();
    symlink("/etc/passwd", k.join("passwd.html")).unwrap();
    symlink("/proc/self/environ", k.join("environ.html")).unwrap();
    symlink("/proc/self/pagemap", k.join("pagemap.pdf")).unwrap();
    symlink(outside.join("hemmelig.html"), k.join("hemmelig.pdf")).unwrap();
    symlink(&outside, input.join("101-udenfor")).unwrap();
    symlink("/", input.join("rod")).unwrap();
    symlink(dir.path().join("findes-ikke.pdf"), k.join("dinglende.pdf")).unwrap();
    // Inside the input: followed.
    symlink("god.pdf", k.join("link-til-god.pdf")).unwrap();
    let fifo = k.join("roer.html");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());

    let out = dir.path().join("out");
    let run = run_bounded(&mut scan_cmd(&input, &out), Duration::from_secs(120));
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    let report = report(&out);
    for (path, words) in [
        ("101-koebenhavn/passwd.html", "outside the input folder"),
        ("101-koebenhavn/environ.html", "outside the input folder"),
        ("101-koebenhavn/pagemap.pdf", "outside the input folder"),
        ("101-koebenhavn/hemmelig.pdf", "outside the input folder"),
        ("101-udenfor", "outside the input folder"),
        ("rod", "outside the input folder"),
        ("101-koebenhavn/dinglende.pdf", "does not exist"),
        ("101-koebenhavn/roer.html", "named pipe"),
    ] {
        let d = document(&report, path);
        assert_same!(format!("status of {path}"), "skipped", d["status"]);
        let reason = d["error"].as_str().unwrap_or_default();
        assert!(reason.contains(words), "{path}: {reason:?} lacks {words:?}");
    }
    assert_eq!(document(&report, "101-koebenhavn/god.pdf")["status"], "ok");
    assert_eq!(
        document(&report, "101-koebenhavn/link-til-god.pdf")["status"],
        "ok"
    );
    assert_eq!(report["documents"].as_array().unwrap().len(), 10);
    let all = std::fs::read_to_string(out.join("report.json")).unwrap()
        + &std::fs::read_to_string(out.join("report.html")).unwrap();
    for secret in ["HEMMELIGT-UDENFOR", "root:", "/bin/sh"] {
        assert!(
            !all.contains(secret),
            "{secret:?} from outside reached a report"
        );
    }
}

#[test]
fn an_out_that_is_or_lies_inside_the_input_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let k = input.join("101-koebenhavn");
    std::fs::create_dir_all(&k).unwrap();
    std::fs::copy(samples().join(GOOD), k.join("god.pdf")).unwrap();
    for out in [
        input.clone(),
        k.join("rapport"),
        input.join("ny/mappe"),
        // Spelled another way: through `..`.
        input.join("101-koebenhavn/../rapport"),
    ] {
        let run = run_bounded(&mut scan_cmd(&input, &out), Duration::from_secs(60));
        assert_eq!(run.status.code(), Some(2), "--out {out:?}\n{}", text(&run));
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.contains("input folder"), "--out {out:?}: {err}");
        assert!(!out.join("report.json").exists(), "--out {out:?} written");
    }
    // Nothing was created in the input.
    let mut names: Vec<_> = std::fs::read_dir(&input)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_same!("the input after the runs", vec!["101-koebenhavn"], names);
}

#[test]
fn an_earlier_runs_report_in_the_input_is_skipped_not_read_as_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    crate::util::scan(&samples(), &first, 2022, &[]);
    let input = dir.path().join("in");
    let k = input.join("101-koebenhavn");
    std::fs::create_dir_all(&k).unwrap();
    std::fs::copy(first.join("report.html"), k.join("report.html")).unwrap();
    std::fs::copy(first.join("report.html"), input.join("gammel-rapport.htm")).unwrap();
    let report = crate::util::scan(&input, &dir.path().join("out"), 2022, &[]);
    for path in ["101-koebenhavn/report.html", "gammel-rapport.htm"] {
        let d = document(&report, path);
        assert_same!(format!("status of {path}"), "skipped", d["status"]);
        let reason = d["error"].as_str().unwrap_or_default();
        assert!(
            reason.contains("report that tilsyn wrote"),
            "{path}: {reason}"
        );
    }
    assert_eq!(report["summary"]["committee_only"], 0);
    assert_eq!(report["summary"]["not_found"], 98);
}

#[test]
fn content_that_is_not_what_its_name_says_is_an_error_naming_what_it_is() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let k = input.join("101-koebenhavn");
    std::fs::create_dir_all(&k).unwrap();
    let pdf = std::fs::read(samples().join(GOOD)).unwrap();
    let page = b"<html><body><h1>Referat - Borgerrepr\xc3\xa6sentationen</h1><p>Godkendt.</p></body></html>";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(page).unwrap();
    let gz = gz.finish().unwrap();
    std::fs::write(k.join("komprimeret.html"), &gz).unwrap();
    std::fs::write(k.join("komprimeret.pdf"), &gz).unwrap();
    std::fs::write(k.join("egentlig-pdf.html"), &pdf).unwrap();
    std::fs::write(k.join("pakket.htm"), b"PK\x03\x04\x14\x00\x00\x00\x08\x00").unwrap();
    std::fs::write(
        k.join("binaer.html"),
        [0u8, 1, 2, 3, 4, 5, 6, 7, 0x0e, 0x0f].repeat(50),
    )
    .unwrap();
    std::fs::write(k.join("side.html"), page).unwrap();

    let report = crate::util::scan(&input, &dir.path().join("out"), 2022, &[]);
    for (name, words) in [
        ("komprimeret.html", "gzip"),
        ("komprimeret.pdf", "gzip"),
        ("egentlig-pdf.html", "is a PDF"),
        ("pakket.htm", "ZIP"),
        ("binaer.html", "binary"),
    ] {
        let d = document(&report, &format!("101-koebenhavn/{name}"));
        assert_same!(format!("status of {name}"), "error", d["status"]);
        let err = d["error"].as_str().unwrap_or_default();
        assert!(err.contains(words), "{name}: {err:?} lacks {words:?}");
    }
    assert_eq!(
        document(&report, "101-koebenhavn/side.html")["status"],
        "ok"
    );
}

/// A folder of `copies` copies of the good sample, for runs that take a while.
fn slow_input(dir: &Path, copies: usize) -> std::path::PathBuf {
    let input = dir.join("in");
    let k = input.join("101-koebenhavn");
    std::fs::create_dir_all(&k).unwrap();
    for i in 0..copies {
        std::fs::copy(samples().join(GOOD), k.join(format!("kopi-{i:03}.pdf"))).unwrap();
    }
    input
}

#[test]
fn an_unwritable_out_is_found_before_any_file_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let input = slow_input(dir.path(), 24);
    let started = Instant::now();
    let good = run_bounded(
        scan_cmd(&input, &dir.path().join("ok")).args(["--jobs", "1"]),
        Duration::from_secs(300),
    );
    assert_eq!(good.status.code(), Some(0), "{}", text(&good));
    let reading = started.elapsed();

    let blocker = dir.path().join("fil");
    std::fs::write(&blocker, "x").unwrap();
    let started = Instant::now();
    let bad = run_bounded(
        scan_cmd(&input, &blocker.join("out")).args(["--jobs", "1"]),
        Duration::from_secs(300),
    );
    let failing = started.elapsed();
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("output folder"), "{err}");
    assert!(
        failing * 4 < reading,
        "the unwritable --out took {failing:?}, reading the files takes {reading:?}: it was \
         found only after reading"
    );
}

#[test]
fn two_runs_into_one_out_wait_for_each_other_and_both_reports_are_whole() {
    let dir = tempfile::tempdir().unwrap();
    let input = slow_input(dir.path(), 24);
    let out = dir.path().join("out");
    let first = scan_cmd(&input, &out)
        .args(["--jobs", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Until the first run holds the folder.
    let lock = out.join(".tilsyn.lock");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !std::fs::read_to_string(&lock)
        .unwrap_or_default()
        .contains(&first.id().to_string())
    {
        assert!(
            Instant::now() < deadline,
            "the first run never took the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let first_pid = first.id();
    let second = run_bounded(
        scan_cmd(&input, &out).args(["--jobs", "1"]),
        Duration::from_secs(300),
    );
    let first = first.wait_with_output().unwrap();
    assert_eq!(first.status.code(), Some(0), "first: {}", text(&first));
    assert_eq!(second.status.code(), Some(0), "second: {}", text(&second));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(
        err.contains("in use by another run") && err.contains(&format!("process {first_pid}")),
        "the second run did not say who holds the folder: {err}"
    );
    let report = report(&out);
    assert_eq!(report["documents"].as_array().unwrap().len(), 24);
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_same!("temporary files left", Vec::<String>::new(), leftovers);
}

#[test]
fn a_failed_rename_says_which_reports_are_of_this_run_and_which_are_stale() {
    let dir = tempfile::tempdir().unwrap();
    let input = slow_input(dir.path(), 1);
    let out = dir.path().join("out");
    crate::util::scan(&input, &out, 2022, &[]);
    // report.html can no longer be replaced: a folder (not empty) took its name.
    std::fs::remove_file(out.join("report.html")).unwrap();
    std::fs::create_dir_all(out.join("report.html/x")).unwrap();
    let run = run_bounded(&mut scan_cmd(&input, &out), Duration::from_secs(120));
    assert_eq!(run.status.code(), Some(1), "{}", text(&run));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("report.csv, report.xlsx are from this run")
            && err.contains("report.html, report.json are from an earlier run (stale)"),
        "{err}"
    );
}

#[test]
fn a_full_disk_replaces_no_report_and_says_they_are_stale() {
    let dir = tempfile::tempdir().unwrap();
    let input = slow_input(dir.path(), 1);
    let out = dir.path().join("out");
    crate::util::scan(&input, &out, 2021, &[]);
    let before: Vec<Vec<u8>> = ["report.csv", "report.html", "report.json"]
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();
    // A file size limit stands in for a full disk: report.csv fits, report.html
    // does not. SIGXFSZ is ignored so that the write fails (EFBIG) instead.
    let run = run_bounded(
        Command::new("sh")
            .arg("-c")
            .arg("trap '' XFSZ; ulimit -f 64; exec \"$0\" scan \"$1\" --map-year 2022 --out \"$2\"")
            .arg(env!("CARGO_BIN_EXE_tilsyn"))
            .arg(&input)
            .arg(&out),
        Duration::from_secs(120),
    );
    assert_eq!(run.status.code(), Some(1), "{}", text(&run));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("no report was replaced") && err.contains("(stale)"),
        "{err}"
    );
    let after: Vec<Vec<u8>> = ["report.csv", "report.html", "report.json"]
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();
    assert!(before == after, "reports of two runs were mixed");
}

/// The pids of the live children of `parent`, from /proc.
fn children(parent: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // "pid (comm) state ppid …"; comm may hold spaces, so split after ')'.
        let after = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
        if after.split_whitespace().nth(1) == Some(&parent.to_string()) {
            out.push(pid);
        }
    }
    out
}

/// The soft limit named `what` in /proc/PID/limits ("Max address space").
fn soft_limit(pid: u32, what: &str) -> Option<String> {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).ok()?;
    let line = limits.lines().find(|l| l.starts_with(what))?;
    line[what.len()..]
        .split_whitespace()
        .next()
        .map(str::to_string)
}

#[test]
fn reader_processes_share_one_memory_budget_and_dump_no_core() {
    let dir = tempfile::tempdir().unwrap();
    let input = slow_input(dir.path(), 24);
    let mut child = scan_cmd(&input, &dir.path().join("out"))
        .args(["--jobs", "2", "--max-memory", "1536"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // tilsyn keeps 256 MiB + 2 jobs × 2 × 64 MiB (--max-text-size) = 512 MiB;
    // the other 1024 MiB are split between the two readers.
    let want = (512u64 << 20).to_string();
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = Vec::new();
    while seen.is_empty() && Instant::now() < deadline {
        for pid in children(child.id()) {
            // A reader sets its limits as it starts (the core size first);
            // until then it has its parent's.
            match soft_limit(pid, "Max address space") {
                Some(space) if space != "unlimited" => {
                    seen.push((space, soft_limit(pid, "Max core file size")));
                }
                _ => {}
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = child.wait().unwrap();
    assert!(status.success());
    assert!(!seen.is_empty(), "no reader process was seen");
    for (space, core) in seen {
        assert_same!("a reader's address space", want, space);
        assert_same!("a reader's core file size", Some("0".to_string()), core);
    }
}

#[test]
fn a_memory_budget_too_small_to_read_anything_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = slow_input(dir.path(), 1);
    let out = dir.path().join("out");
    let run = run_bounded(
        scan_cmd(&input, &out).args(["--jobs", "2", "--max-memory", "600"]),
        Duration::from_secs(60),
    );
    assert_eq!(run.status.code(), Some(2), "{}", text(&run));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("--max-memory 600 MiB is too small"), "{err}");
    assert!(!out.exists(), "a rejected run created its output folder");
}

#[test]
fn a_reader_that_cannot_be_started_is_blamed_on_the_system_not_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = slow_input(dir.path(), 1);
    let out = dir.path().join("out");
    // Enough descriptors to walk the folder and write the reports, too few
    // for the three pipes of a reader process.
    let run = run_bounded(
        Command::new("sh")
            .arg("-c")
            .arg("ulimit -n 8; exec \"$0\" scan \"$1\" --map-year 2022 --jobs 1 --out \"$2\"")
            .arg(env!("CARGO_BIN_EXE_tilsyn"))
            .arg(&input)
            .arg(&out),
        Duration::from_secs(120),
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    let report = report(&out);
    let d = document(&report, "101-koebenhavn/kopi-000.pdf");
    let err = d["error"].as_str().unwrap_or_default();
    assert_eq!(d["status"], "error", "{d}");
    assert!(err.contains("could not start a reader process"), "{err}");
    assert!(err.contains("Too many open files"), "{err}");
    assert!(!err.contains("crashed on this file"), "{err}");
}
