//! Every PDF the README calls `ok` yields its Danish text through pdf-extract (the
//! extractor tilsyn uses), except the file without /MediaBox, which is known to make
//! pdf-extract panic and needs the ingest layer's fallback.

use tilsyn_corpus::samples::samples;

#[test]
fn ok_pdfs_extract_with_danish_letters() {
    for s in samples() {
        let status = s.expected.split('|').nth(1).expect("status").trim();
        if !s.path.ends_with(".pdf") || status != "ok" {
            continue;
        }
        let bytes = s.bytes.clone();
        let text = std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&bytes));
        if s.path.contains("2022-09-26") {
            // The broken-export file: pdf-extract either panics or errors on it.
            assert!(
                !matches!(text, Ok(Ok(_))),
                "{}: expected pdf-extract to fail",
                s.path
            );
            continue;
        }
        let text = text.unwrap_or_else(|_| panic!("{}: pdf-extract panicked", s.path));
        let text = text.unwrap_or_else(|e| panic!("{}: {e}", s.path));
        assert!(
            text.contains("Kommune"),
            "{}: no 'Kommune' in {text:.300}",
            s.path
        );
        for c in ['æ', 'ø', 'å'] {
            assert!(text.contains(c), "{}: no '{c}'", s.path);
        }
    }
}

#[test]
fn broken_files_are_broken() {
    for s in samples() {
        let status = s.expected.split('|').nth(1).expect("status").trim();
        if s.path.ends_with(".pdf") && status == "error" {
            let bytes = s.bytes.clone();
            let r = std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&bytes));
            let text = match r {
                Ok(Ok(t)) => t,
                _ => continue,
            };
            assert!(
                text.trim().is_empty(),
                "{}: an error file yielded text {text:.200}",
                s.path
            );
        }
    }
}
