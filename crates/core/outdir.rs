//! The output folder of a run: checked before any file is read, and held
//! for the run.
//!
//! A run finds out about a bad `--out` before it spends a minute reading a
//! national year, not after (CONTRACT.md):
//!
//! - an `--out` that is, or lies inside, the input folder is a usage error:
//!   the reports of one run would be read as minutes by the next, and the
//!   folder it lies in would be partly hidden;
//! - one that cannot be created or written is an error before reading;
//! - two runs into the same folder would delete each other's temporary
//!   files and mix their reports, so a run holds an advisory lock on
//!   `.tilsyn.lock` in the folder until it has written its reports. A second
//!   run says who holds it and waits.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Component, Path, PathBuf};

use anyhow::Context;

use crate::Usage;
use crate::term;

/// The lock file's name in the output folder.
pub const LOCK_FILE: &str = ".tilsyn.lock";

/// The output folder, created, writable and locked for this run.
pub struct OutDir {
    /// The folder as given.
    pub path: PathBuf,
    /// Held while the value lives; the lock goes with the file.
    _lock: File,
}

/// Checks `out` against the canonical `input`, creates it, and takes its
/// lock, waiting for a run that holds it. `what` names this run for the one
/// that waits ("tilsyn scan").
pub fn open(input: &Path, out: &Path, what: &str) -> anyhow::Result<OutDir> {
    let resolved = resolve(out)
        .with_context(|| format!("cannot resolve the output folder {}", out.display()))?;
    if resolved == input {
        return Err(Usage(format!(
            "--out {} is the input folder: its reports would be read as minutes; choose a \
             folder outside {}",
            out.display(),
            input.display()
        ))
        .into());
    }
    if resolved.starts_with(input) {
        return Err(Usage(format!(
            "--out {} lies inside the input folder {}: its reports would be read as minutes; \
             choose a folder outside it",
            out.display(),
            input.display()
        ))
        .into());
    }
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create the output folder {}", out.display()))?;
    let path = out.join(LOCK_FILE);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .with_context(|| format!("cannot write to the output folder {}", out.display()))?;
    match fs4::FileExt::try_lock(&file) {
        Ok(()) => {}
        Err(fs4::TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            term::eprint_line(&format!(
                "tilsyn: {} is in use by another run ({}); waiting for it to finish…",
                out.display(),
                if holder.is_empty() {
                    "one that has just started"
                } else {
                    holder
                }
            ));
            fs4::FileExt::lock(&file).with_context(|| format!("cannot lock {}", path.display()))?;
        }
        Err(fs4::TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("cannot lock {}", path.display()));
        }
    }
    // Who holds the folder, for a run that has to wait. Writing it is also
    // the proof that the folder takes files (a full disk fails here).
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| chrono::DateTime::from_timestamp(d.as_secs() as i64, 0))
        .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_default();
    let me = format!(
        "{what}, process {}, started {started}\n",
        std::process::id()
    );
    (|| {
        file.set_len(0)?;
        file.rewind()?;
        file.write_all(me.as_bytes())?;
        file.sync_all()
    })()
    .with_context(|| format!("cannot write to the output folder {}", out.display()))?;
    Ok(OutDir {
        path: out.to_path_buf(),
        _lock: file,
    })
}

/// `out` made absolute, with every part that exists resolved (links
/// included) and the rest, which `create_dir_all` will make, appended as
/// written: the same place the reports will land.
fn resolve(out: &Path) -> std::io::Result<PathBuf> {
    let abs = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir()?.join(out)
    };
    let mut existing = abs.as_path();
    let mut rest: Vec<&std::ffi::OsStr> = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            let mut p = canonical;
            for part in rest.iter().rev() {
                match Path::new(part).components().next() {
                    Some(Component::ParentDir) => {
                        p.pop();
                    }
                    Some(Component::CurDir) | None => {}
                    _ => p.push(part),
                }
            }
            return Ok(p);
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last.as_os_str());
                existing = parent;
            }
            _ => return Ok(abs),
        }
    }
}
