//! Finding the files of a run and the municipality each belongs to.

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
/// `exclude` (the output folder, if it is inside the input). Symbolic links
/// are followed; a loop or an unreadable folder becomes an error entry, never
/// an abort.
pub fn walk(input: &Path, exclude: Option<&Path>) -> Vec<Entry> {
    let mut entries = Vec::new();
    let walker = walkdir::WalkDir::new(input)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| exclude.is_none_or(|x| !same_file(e.path(), x)));
    for item in walker {
        match item {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => {
                let path = e.path().to_path_buf();
                let rel = relative(input, &path);
                let kind = if !e.file_type().is_file() {
                    EntryKind::Skip("not a regular file".into())
                } else {
                    match Format::from_path(&path) {
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
                let reason = if err.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_string()
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
    entries.sort_by(|a, b| a.rel.cmp(&b.rel));
    entries
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
        Some(ext) => format!("not minutes tilsyn reads (.{ext}; only .pdf, .html and .htm)"),
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
