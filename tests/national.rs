//! The generated national year, small: each municipality whose minutes carry a
//! danmarkskort item moved from a sample meeting comes out as the samples' README says
//! that item reads, whatever publishing style it was set in (four PDF layouts and web
//! pages), and every other municipality is `not_found`. This is how the two-column
//! heading bug (a wrapped "22." taken for an item heading) was found.

use std::collections::BTreeMap;

use tilsyn_corpus::national::{DANMARKSKORT_SOURCES, NationalConfig, write_national};

#[test]
fn moved_danmarkskort_items_read_the_same_in_every_layout() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let config = NationalConfig {
        municipalities: 24,
        meetings: 3,
        pages: (3, 10),
        seed: 5,
        html_share: 0.2,
    };
    write_national(input.path(), &config).expect("generate");
    let manifest = std::fs::read_to_string(input.path().join("manifest.tsv")).unwrap();
    // code -> (source sample, layout) of the meeting with the danmarkskort item.
    let mut moved = BTreeMap::new();
    let mut codes = std::collections::BTreeSet::new();
    for row in manifest.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        codes.insert(cols[1].to_string());
        if cols[4] != "-" {
            moved.insert(
                cols[1].to_string(),
                (cols[4].to_string(), cols[2].to_string()),
            );
        }
    }
    assert!(moved.len() >= 15, "too few items to test: {moved:?}");

    let report = crate::util::scan(input.path(), out.path(), 2022, &[]);
    let mut wrong = Vec::new();
    for m in report["municipalities"].as_array().unwrap() {
        let code = m["code"].as_str().unwrap();
        let got = (
            m["outcome"].as_str().unwrap_or("?"),
            m["action_plan"].as_str().unwrap_or("null"),
        );
        let want = match moved.get(code) {
            Some((source, _)) => {
                let stance = DANMARKSKORT_SOURCES
                    .iter()
                    .find(|(s, _)| s == source)
                    .map(|(_, st)| *st)
                    .unwrap_or_else(|| panic!("unknown source {source}"));
                match stance {
                    "deferred" | "not_addressed" => ("no_position", stance),
                    _ => ("ok", stance),
                }
            }
            None => ("not_found", "null"),
        };
        if got != want {
            wrong.push(format!(
                "{code} ({:?}): want {want:?}, got {got:?}",
                moved.get(code)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(codes.len() == 24, "{codes:?}");
}
