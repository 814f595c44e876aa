//! Rendering the report files and writing them, all of one run.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::Report;

/// Why the reports could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The output folder could not be created.
    #[error("could not create the output folder {}: {source}", path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// A report file could not be written or moved into place.
    #[error("could not write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// The report could not be serialised as JSON.
    #[error("could not serialise the report as JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The CSV could not be produced.
    #[error("could not produce the CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The workbook could not be produced.
    #[error("could not produce the workbook (report.xlsx): {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// Writing stopped part way: some files in the folder are of this run
    /// and some of an earlier one (or none of this one).
    #[error(
        "could not write {} into {}: {source}; {}",
        failed,
        dir.display(),
        stale_words(written, stale)
    )]
    Incomplete {
        /// The folder.
        dir: PathBuf,
        /// The file that failed.
        failed: String,
        /// The cause.
        source: io::Error,
        /// Files of this run, in place.
        written: Vec<String>,
        /// Files of an earlier run still in the folder, now out of date.
        stale: Vec<String>,
    },
}

/// What an [`ReportError::Incomplete`] left, in words.
fn stale_words(written: &[String], stale: &[String]) -> String {
    let list = |v: &[String]| v.join(", ");
    match (written.is_empty(), stale.is_empty()) {
        (true, true) => "no report was written".into(),
        (true, false) => format!(
            "no report was replaced: {} are from an earlier run (stale)",
            list(stale)
        ),
        (false, true) => format!(
            "only {} are from this run; the other reports are missing",
            list(written)
        ),
        (false, false) => format!(
            "{} are from this run but {} are from an earlier run (stale): do not use them together",
            list(written),
            list(stale)
        ),
    }
}

/// `report.json`: pretty-printed, with a trailing newline. The same input
/// gives the same bytes.
pub fn render_json(report: &Report) -> Result<String, ReportError> {
    let mut s = serde_json::to_string_pretty(report)?;
    s.push('\n');
    Ok(s)
}

/// `report.csv`: UTF-8 with a BOM, one row per municipality.
pub fn render_csv(report: &Report) -> Result<Vec<u8>, ReportError> {
    crate::csv_out::render(report)
}

/// `report.xlsx`: the rows of `report.csv` as a typed, filterable sheet.
pub fn render_xlsx(report: &Report) -> Result<Vec<u8>, ReportError> {
    Ok(crate::table::render_xlsx_table(
        &crate::csv_out::table(report),
        "danmarkskort",
    )?)
}

/// `report.html`: one self-contained page in Danish.
pub fn render_html(report: &Report) -> String {
    crate::html::render(report)
}

/// Writes `report.json`, `report.csv`, `report.xlsx` and `report.html` into
/// `out_dir`, creating it if missing ([`write_files`]).
pub fn write_reports(report: &Report, out_dir: &Path) -> Result<(), ReportError> {
    let files = [
        ("report.csv", render_csv(report)?),
        ("report.xlsx", render_xlsx(report)?),
        ("report.html", render_html(report).into_bytes()),
        ("report.json", render_json(report)?.into_bytes()),
    ];
    write_files(out_dir, &files)
}

/// Writes the files of one run into `out_dir`, creating it if missing, so
/// that they are all of this run or the error says which are not.
///
/// Everything is rendered before this is called. Each file is first written
/// whole to a temporary file in `out_dir` and flushed to disk (`fsync`);
/// only when all of them are there (a full disk fails here, with nothing
/// replaced) are they renamed into place, in order, the last one last
/// (`report.json`: where it is new, the others are too). Then the folder
/// itself is flushed, so the renames survive a crash. A reader, or a run
/// killed at any moment, never sees half a file. Where a rename fails after
/// others succeeded, [`ReportError::Incomplete`] names the files of this run
/// and the stale ones of an earlier run beside them. Temporary files a
/// killed run left behind are removed (the caller holds the folder's lock,
/// so they are no other live run's).
pub fn write_files(out_dir: &Path, files: &[(&str, Vec<u8>)]) -> Result<(), ReportError> {
    fs::create_dir_all(out_dir).map_err(|source| ReportError::CreateDir {
        path: out_dir.to_path_buf(),
        source,
    })?;
    remove_stale_temporaries(out_dir);
    let old = |names: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        names
            .filter(|n| out_dir.join(n).exists())
            .map(str::to_string)
            .collect()
    };
    let mut temporaries: Vec<PathBuf> = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let path = out_dir.join(name);
        match write_temporary(&path, bytes) {
            Ok(tmp) => temporaries.push(tmp),
            Err(source) => {
                for t in &temporaries {
                    let _ = fs::remove_file(t);
                }
                return Err(ReportError::Incomplete {
                    dir: out_dir.to_path_buf(),
                    failed: (*name).to_string(),
                    source,
                    written: Vec::new(),
                    stale: old(&mut files.iter().map(|f| f.0)),
                });
            }
        }
    }
    for (i, ((name, _), tmp)) in files.iter().zip(&temporaries).enumerate() {
        if let Err(source) = fs::rename(tmp, out_dir.join(name)) {
            for t in &temporaries[i..] {
                let _ = fs::remove_file(t);
            }
            return Err(ReportError::Incomplete {
                dir: out_dir.to_path_buf(),
                failed: (*name).to_string(),
                source,
                written: files[..i].iter().map(|f| f.0.to_string()).collect(),
                stale: old(&mut files[i..].iter().map(|f| f.0)),
            });
        }
    }
    sync_dir(out_dir).map_err(|source| ReportError::Write {
        path: out_dir.to_path_buf(),
        source,
    })
}

/// The name of the temporary file `path` is written through: hidden, in the
/// same folder (so the rename is atomic, never across file systems), and
/// unique to this process.
fn temporary(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Removes `.report.*.tmp` files of runs that were killed before renaming
/// them. Best effort: a file that cannot be removed is left.
fn remove_stale_temporaries(out_dir: &Path) {
    let Ok(entries) = fs::read_dir(out_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".report.") && name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to the temporary file of `path` and flushes it to disk;
/// returns the temporary's path. A failed write leaves no temporary.
fn write_temporary(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let tmp = temporary(path);
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Flushes a folder's entries (the renames into it) to disk. On Unix a
/// folder is opened read-only and `fsync`ed; elsewhere this is a no-op.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RunInfo, build_report};

    #[test]
    fn writes_three_files_into_a_new_folder_without_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a/b");
        let report = build_report(2022, vec![], RunInfo::default());
        write_reports(&report, &out).unwrap();
        let mut names: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["report.csv", "report.html", "report.json", "report.xlsx"]
        );
        // Overwriting works too.
        write_reports(&report, &out).unwrap();
    }

    #[test]
    fn leftovers_of_a_killed_run_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        // What a run killed between writing and renaming leaves.
        fs::write(out.join(".report.json.4242.tmp"), "{\"schema_ver").unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();
        let report = build_report(2022, vec![], RunInfo::default());
        write_reports(&report, out).unwrap();
        let mut names: Vec<String> = fs::read_dir(out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "notes.txt",
                "report.csv",
                "report.html",
                "report.json",
                "report.xlsx"
            ]
        );
    }

    #[test]
    fn an_unwritable_output_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        fs::write(&file, "x").unwrap();
        let report = build_report(2022, vec![], RunInfo::default());
        let err = write_reports(&report, &file.join("out")).unwrap_err();
        assert!(matches!(err, ReportError::CreateDir { .. }), "{err}");
    }
}
