//! Short, bounded property tests over random bytes and mutated sample
//! files, so the guarantees the fuzzers check (`fuzz/`) cannot regress in CI
//! without a fuzzer:
//!
//! - normalisation: one output page per input page, NFC, no control
//!   characters but line breaks, no soft hyphens, no runs of blank lines;
//! - ingest: `extract_bytes` returns, it never panics, on random and on
//!   mutated PDF and HTML files;
//! - the matcher never panics on arbitrary text, nor on sample minutes with
//!   random text spliced in.
//!
//! The seed is fixed, so a CI run is reproducible; set `PROPTEST_CASES` to
//! run more cases locally.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use tilsyn_ingest::normalise::{normalise_document, normalise_page};
use tilsyn_ingest::{Format, Limits, extract_bytes_with};
use unicode_normalization::is_nfc;

use crate::util::samples;

/// The sample files, by format.
fn sample_files() -> &'static [(Format, Vec<u8>)] {
    static FILES: OnceLock<Vec<(Format, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let mut files = Vec::new();
        for entry in walkdir(&samples()) {
            if let Some(format) = Format::from_path(&entry) {
                files.push((format, std::fs::read(&entry).unwrap()));
            }
        }
        files.sort_by_key(|(_, b)| b.len());
        assert!(files.len() > 10, "corpus-samples/ is missing");
        files
    })
}

/// The page texts of the sample files, for the matcher.
fn sample_pages() -> &'static [Vec<String>] {
    static PAGES: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    PAGES.get_or_init(|| {
        sample_files()
            .iter()
            .filter_map(|(f, b)| tilsyn_ingest::extract_bytes(b, *f).ok())
            .map(|d| d.pages.into_iter().map(|p| p.text).collect())
            .collect()
    })
}

fn walkdir(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn runner(cases: u32) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    TestRunner::new_with_rng(
        Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    )
}

/// Text with what extraction really yields: Danish letters, ligatures, soft
/// hyphens, decomposed letters, hyphens at line ends, form feeds, controls.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        "[a-zæøåA-ZÆØÅ0-9 .,:;-]{0,40}",
        Just("handlings-\nplan".to_string()),
        Just("Høje-\nTaastrup".to_string()),
        Just("Side 3 af 14\n".to_string()),
        Just("\u{fb01}\u{fb02}\u{ad}a\u{30a}\u{0}\r\n\t\x0c".to_string()),
        Just("Danmarkskort 2022 omgørelsesprocenter handlingsplan udsat".to_string()),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

#[test]
fn normalisation_keeps_its_invariants_on_any_text() {
    runner(256)
        .run(&prop::collection::vec(messy_text(), 1..6), |pages| {
            let out = normalise_document(&pages);
            prop_assert_eq!(out.len(), pages.len());
            for page in out.iter().chain(
                pages
                    .iter()
                    .map(|p| normalise_page(p))
                    .collect::<Vec<_>>()
                    .iter(),
            ) {
                prop_assert!(is_nfc(page), "not NFC: {:?}", page);
                prop_assert!(
                    !page.chars().any(|c| c.is_control() && c != '\n'),
                    "control character in {:?}",
                    page
                );
                prop_assert!(!page.contains('\u{ad}'), "soft hyphen in {:?}", page);
                prop_assert!(!page.contains("\n\n\n"), "blank run in {:?}", page);
            }
            Ok(())
        })
        .unwrap();
}

/// Runs `extract_bytes` and fails the case if it panics.
fn no_panic(bytes: &[u8], format: Format) -> Result<(), TestCaseError> {
    let limits = Limits {
        max_file_bytes: 8 << 20,
        max_text_bytes: 8 << 20,
    };
    match std::panic::catch_unwind(|| extract_bytes_with(bytes, format, &limits)) {
        Ok(_) => Ok(()),
        Err(_) => Err(TestCaseError::fail(format!(
            "extract_bytes panicked on {} bytes of {format:?}",
            bytes.len()
        ))),
    }
}

#[test]
fn ingest_returns_on_random_bytes() {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2048),
        prop::collection::vec(any::<u8>(), 0..2048).prop_map(|mut v| {
            let mut b = b"%PDF-1.4\n".to_vec();
            b.append(&mut v);
            b
        }),
    ];
    runner(256)
        .run(&(bytes, any::<bool>()), |(b, pdf)| {
            no_panic(&b, if pdf { Format::Pdf } else { Format::Html })
        })
        .unwrap();
}

/// How one sample file is broken: truncated, bytes flipped, a run of bytes
/// cut out or repeated.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(prop::sample::Index),
    Flip(Vec<(prop::sample::Index, u8)>),
    Cut(prop::sample::Index, usize),
    Repeat(prop::sample::Index, usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    use prop::sample::Index;
    prop_oneof![
        any::<Index>().prop_map(Mutation::Truncate),
        prop::collection::vec((any::<Index>(), 1..=255u8), 1..20).prop_map(Mutation::Flip),
        (any::<Index>(), 1..500usize).prop_map(|(i, n)| Mutation::Cut(i, n)),
        (any::<Index>(), 1..200usize, 2..50usize).prop_map(|(i, n, k)| Mutation::Repeat(i, n, k)),
    ]
}

fn mutate(bytes: &[u8], m: &Mutation) -> Vec<u8> {
    let mut b = bytes.to_vec();
    if b.is_empty() {
        return b;
    }
    match m {
        Mutation::Truncate(i) => b.truncate(i.index(b.len())),
        Mutation::Flip(flips) => {
            for (i, x) in flips {
                let at = i.index(b.len());
                b[at] ^= x;
            }
        }
        Mutation::Cut(i, n) => {
            let at = i.index(b.len());
            let end = (at + n).min(b.len());
            b.drain(at..end);
        }
        Mutation::Repeat(i, n, k) => {
            let at = i.index(b.len());
            let end = (at + n).min(b.len());
            let run = b[at..end].repeat(*k);
            b.splice(at..at, run);
        }
    }
    b
}

#[test]
fn ingest_returns_on_mutated_sample_files() {
    let files = sample_files();
    runner(160)
        .run(
            &(0..files.len(), prop::collection::vec(mutation(), 1..4)),
            |(i, mutations)| {
                let (format, original) = &files[i];
                let mut bytes = original.clone();
                for m in &mutations {
                    bytes = mutate(&bytes, m);
                }
                no_panic(&bytes, *format)
            },
        )
        .unwrap();
}

#[test]
fn the_matcher_never_panics_on_any_text() {
    let matcher = tilsyn_matcher::Matcher::new().unwrap();
    let pages = sample_pages();
    assert!(!pages.is_empty());
    let strategy = (
        0..pages.len(),
        prop::collection::vec((any::<prop::sample::Index>(), messy_text()), 0..8),
        prop::collection::vec(messy_text(), 0..3),
    );
    runner(128)
        .run(&strategy, |(i, splices, extra)| {
            // A sample minute with random text spliced in at char boundaries,
            // plus pages of random text.
            let mut doc = pages[i].clone();
            for (at, text) in &splices {
                let p = at.index(doc.len().max(1)).min(doc.len().saturating_sub(1));
                if let Some(page) = doc.get_mut(p) {
                    let mut cut = at.index(page.len() + 1);
                    while !page.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    page.insert_str(cut, text);
                }
            }
            doc.extend(extra);
            let refs: Vec<&str> = doc.iter().map(String::as_str).collect();
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| matcher.analyse(&refs)));
            prop_assert!(result.is_ok(), "the matcher panicked on {:?}", refs);
            Ok(())
        })
        .unwrap();
}
