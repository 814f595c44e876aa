//! Rendering the three files and writing them atomically.

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

/// `report.html`: one self-contained page in Danish.
pub fn render_html(report: &Report) -> String {
    crate::html::render(report)
}

/// Writes `report.json`, `report.csv` and `report.html` into `out_dir`,
/// creating it if missing.
///
/// All three are rendered before anything is written. Each is written to a
/// temporary file in `out_dir`, flushed to disk (`fsync`), and renamed into
/// place; then the folder itself is flushed, so the rename survives a crash
/// too. A reader, or a run killed at any moment, never sees half a file:
/// each name holds either the previous file whole or the new one whole.
/// `report.json` is renamed last, so where it is new, the other two are too.
/// Temporary files a killed run left behind are removed.
pub fn write_reports(report: &Report, out_dir: &Path) -> Result<(), ReportError> {
    let files: [(&str, Vec<u8>); 3] = [
        ("report.csv", render_csv(report)?),
        ("report.html", render_html(report).into_bytes()),
        ("report.json", render_json(report)?.into_bytes()),
    ];
    fs::create_dir_all(out_dir).map_err(|source| ReportError::CreateDir {
        path: out_dir.to_path_buf(),
        source,
    })?;
    remove_stale_temporaries(out_dir);
    for (name, bytes) in &files {
        write_atomic(&out_dir.join(name), bytes)?;
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

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    let tmp = temporary(path);
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)
    })();
    result.map_err(|source| {
        let _ = fs::remove_file(&tmp);
        ReportError::Write {
            path: path.to_path_buf(),
            source,
        }
    })
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
        assert_eq!(names, ["report.csv", "report.html", "report.json"]);
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
            ["notes.txt", "report.csv", "report.html", "report.json"]
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
