//! The national-year generator on a tiny configuration: the same flags give the same
//! bytes, and what it writes is read by pdf-extract (the extractor tilsyn uses).

use std::collections::BTreeMap;
use std::path::Path;
use tilsyn_corpus::national::{NationalConfig, national, write_national};

fn tiny(seed: u64) -> NationalConfig {
    NationalConfig {
        municipalities: 3,
        meetings: 2,
        pages: (4, 8),
        seed,
        html_share: 0.3,
    }
}

fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                let rel = path.strip_prefix(root).expect("prefix");
                out.insert(
                    rel.to_string_lossy().into_owned(),
                    std::fs::read(&path).expect("read"),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

#[test]
fn same_flags_write_byte_identical_files() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let sa = write_national(a.path(), &tiny(7)).expect("write a");
    let sb = write_national(b.path(), &tiny(7)).expect("write b");
    assert_eq!(sa, sb);
    let (ta, tb) = (read_tree(a.path()), read_tree(b.path()));
    assert_eq!(ta.len(), 3 * 2 + 1, "{:?}", ta.keys().collect::<Vec<_>>());
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(bytes == &tb[path], "{path} differs between two runs");
    }
    // Another seed is another corpus.
    let other: Vec<Vec<u8>> = national(&tiny(8)).into_iter().map(|d| d.bytes).collect();
    assert!(ta.values().all(|b| !other.contains(b)));
}

#[test]
fn generated_minutes_are_read_by_pdf_extract() {
    let docs = national(&tiny(7));
    let pdfs: Vec<_> = docs.iter().filter(|d| d.path.ends_with(".pdf")).collect();
    assert!(!pdfs.is_empty());
    for d in pdfs {
        // Sizing is by a linear correction, so a document lands near its drawn count.
        assert!((3..=11).contains(&d.pages), "{}: {} pages", d.path, d.pages);
        let pages = pdf_extract::extract_text_from_mem_by_pages(&d.bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", d.path));
        assert_eq!(pages.len(), d.pages, "{}", d.path);
        let text = pages.concat();
        assert!(text.contains("Kommune"), "{}: {text:.300}", d.path);
        assert!(text.contains("Referat"), "{}", d.path);
        for c in ['æ', 'ø', 'å'] {
            assert!(text.contains(c), "{}: no '{c}'", d.path);
        }
    }
}
