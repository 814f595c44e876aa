//! The committed `corpus-samples/` must be exactly what the generator writes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn files(root: &Path) -> BTreeSet<PathBuf> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeSet<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                out.insert(path.strip_prefix(root).expect("prefix").to_path_buf());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(root, root, &mut out);
    out
}

fn committed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus-samples")
}

#[test]
fn generator_reproduces_committed_samples() {
    let tmp = tempfile::tempdir().expect("tempdir");
    tilsyn_corpus::samples::write_samples(tmp.path()).expect("write samples");
    let want = files(&committed());
    let got = files(tmp.path());
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty(),
        "committed but no longer generated: {missing:?}"
    );
    assert!(extra.is_empty(), "generated but not committed: {extra:?}");
    let differ: Vec<_> = want
        .iter()
        .filter(|f| {
            std::fs::read(committed().join(f)).ok() != std::fs::read(tmp.path().join(f)).ok()
        })
        .collect();
    assert!(
        differ.is_empty(),
        "files differ from the generator: {differ:?}\nregenerate with `cargo run -p tilsyn-corpus -- samples --out corpus-samples`"
    );
}

#[test]
fn two_runs_are_byte_identical() {
    let a = tilsyn_corpus::samples::samples();
    let b = tilsyn_corpus::samples::samples();
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.path, y.path);
        assert!(x.bytes == y.bytes, "{} differs between runs", x.path);
    }
}
