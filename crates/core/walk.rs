//! Finding the files of a run and the municipality each belongs to.

use std::cell::RefCell;
use std::path::{Component, Path, PathBuf};

use tilsyn_ingest::Format;

/// One file found below the input folder.
pub struct Entry {
    /// Relative to the input folder, `/`-separated. File names that are not
    /// UTF-8 are shown with replacement characters.
    pub rel: String,
    /// The path to open.
    pub path: PathBuf,
    /// What to do with it.
    pub kind: EntryKind,
    /// The municipality named by the path, if any.
    pub municipality: Option<&'static str>,
}

/// What a run does with a file.
pub enum EntryKind {
    /// Read it (a .pdf, .html or .htm file).
    Read,
    /// List it as skipped, with the reason.
    Skip(String),
    /// List it as an error without reading (it could not even be walked to).
    Error(String),
}

/// Every file below `input`, sorted by relative path, except those inside
/// `exclude` (the output folder, if it is inside the input).
///
/// Nothing outside `input` is ever read (CONTRACT.md): a symbolic link is
/// followed only when its resolved target lies inside `input` (which must be
/// canonical), and every other link is listed as skipped with the reason,
/// never walked into, so that a link to `/` or to `/proc/self/pagemap` costs
/// one line of the report. Anything that is not a regular file or a folder
/// (a named pipe, a socket, a device) is skipped too: opening a pipe would
/// block, and reading a device would never end. A loop or an unreadable
/// folder becomes an error entry, never an abort.
pub fn walk(input: &Path, exclude: Option<&Path>) -> Vec<Entry> {
    let mut entries = Vec::new();
    // Links that were not followed; filled by the filter below, which is the
    // only place that sees them before walkdir would descend.
    let refused: RefCell<Vec<(PathBuf, String)>> = RefCell::new(Vec::new());
    let walker = walkdir::WalkDir::new(input)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if exclude.is_some_and(|x| same_file(e.path(), x)) {
                return false;
            }
            if e.depth() > 0 && e.path_is_symlink() {
                if let Some(reason) = refuse_link(input, e.path()) {
                    refused.borrow_mut().push((e.path().to_path_buf(), reason));
                    return false;
                }
            }
            true
        });
    for item in walker {
        match item {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => {
                let path = e.path().to_path_buf();
                let rel = relative(input, &path);
                let kind = if !e.file_type().is_file() {
                    EntryKind::Skip(not_regular(&e.file_type()))
                } else {
                    match Format::from_path(&path) {
                        Some(Format::Html) if own_output(&path) => EntryKind::Skip(
                            "a report that tilsyn wrote (an earlier run's report.html); not minutes"
                                .into(),
                        ),
                        Some(_) => EntryKind::Read,
                        None => EntryKind::Skip(skip_reason(&path)),
                    }
                };
                entries.push(Entry {
                    municipality: municipality_from_path(input, &path),
                    rel,
                    path,
                    kind,
                });
            }
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| input.to_path_buf());
                let dangling = path
                    .symlink_metadata()
                    .is_ok_and(|m| m.file_type().is_symlink());
                let reason = if err.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_string()
                } else if dangling {
                    // A link to nothing (or to what cannot be reached) is not
                    // a file that failed: there is nothing to read.
                    entries.push(Entry {
                        rel: relative(input, &path),
                        municipality: municipality_from_path(input, &path),
                        path,
                        kind: EntryKind::Skip(
                            "symbolic link whose target does not exist or cannot be reached; \
                             not followed"
                                .into(),
                        ),
                    });
                    continue;
                } else {
                    match err.io_error() {
                        Some(io) => format!("cannot read: {io}"),
                        None => err.to_string(),
                    }
                };
                entries.push(Entry {
                    rel: relative(input, &path),
                    municipality: municipality_from_path(input, &path),
                    path,
                    kind: EntryKind::Error(reason),
                });
            }
        }
    }
    for (path, reason) in refused.into_inner() {
        entries.push(Entry {
            rel: relative(input, &path),
            municipality: municipality_from_path(input, &path),
            path,
            kind: EntryKind::Skip(reason),
        });
    }
    entries.sort_by(|a, b| a.rel.cmp(&b.rel));
    entries
}

/// Why the symbolic link at `path` is not followed, or `None` where its
/// resolved target lies inside `input`. The target's name is not given: it
/// is outside what the analyst handed in, and a hostile folder could use it
/// to smuggle text into the report.
fn refuse_link(input: &Path, path: &Path) -> Option<String> {
    match path.canonicalize() {
        Ok(target) if target.starts_with(input) => None,
        Ok(_) => Some("symbolic link to a path outside the input folder; not followed".into()),
        Err(e) => Some(format!("symbolic link that cannot be followed: {e}")),
    }
}

/// Whether the regular file at `path` is a page tilsyn wrote, by the mark in
/// its first KiB (CONTRACT.md: such files are never read as minutes). Only
/// that much is read, here in the parent: it is a plain file inside the
/// input, and the mark is plain bytes, so no parser is involved.
fn own_output(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(1024);
    std::fs::File::open(path)
        .and_then(|f| f.take(1024).read_to_end(&mut head))
        .is_ok_and(|_| tilsyn_report::is_own_output(&head))
}

/// What a path that is neither a file nor a folder is, for the skip reason.
fn not_regular(t: &std::fs::FileType) -> String {
    use std::os::unix::fs::FileTypeExt;
    let what = if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else if t.is_symlink() {
        "a symbolic link"
    } else {
        "something else"
    };
    format!("not a regular file ({what}); not read")
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn relative(input: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(input).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if parts.is_empty() {
        path.to_string_lossy().into_owned()
    } else {
        parts.join("/")
    }
}

fn skip_reason(path: &Path) -> String {
    match path.extension().map(|e| e.to_string_lossy().to_lowercase()) {
        Some(ext) => format!(
            "not minutes tilsyn reads (.{}; only .pdf, .html and .htm)",
            // The reason is shown as text; the name's own characters are
            // in `path`.
            tilsyn_report::visible(&ext, &[])
        ),
        None => "not minutes tilsyn reads (no .pdf, .html or .htm extension)".into(),
    }
}

/// The first path component below `input` that names a municipality
/// (CONTRACT.md), the file name counted without its extension.
pub fn municipality_from_path(input: &Path, path: &Path) -> Option<&'static str> {
    let rel = path.strip_prefix(input).unwrap_or(path);
    let n = rel.components().count();
    rel.components().enumerate().find_map(|(i, c)| {
        let Component::Normal(s) = c else {
            return None;
        };
        let s = s.to_string_lossy();
        let name = if i + 1 == n {
            Path::new(s.as_ref())
                .file_stem()
                .map(|x| x.to_string_lossy().into_owned())
                .unwrap_or_else(|| s.to_string())
        } else {
            s.to_string()
        };
        tilsyn_kommuner::resolve_path_component(&name).map(|k| k.code)
    })
}
