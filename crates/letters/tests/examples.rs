//! Every template drafts its example letter (`templates/letters/examples/`),
//! as plain text and as a `.docx` that opens and holds what the input says.
//!
//! `TILSYN_BLESS=1 cargo test -p tilsyn-letters --test examples` rewrites the
//! `.txt` examples after a deliberate change to a template; review the diff.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use tilsyn_letters::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    submit_minutes_by: Option<NaiveDate>,
    input: LetterInput,
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/letters/examples")
}

fn example(reaction: Reaction) -> (LetterInput, LetterConfig) {
    let path = examples_dir().join(format!("{reaction}.input.toml"));
    let text = std::fs::read_to_string(&path).unwrap();
    let ex: Example = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(ex.input.reaction, reaction, "{}", path.display());
    let config = LetterConfig {
        submit_minutes_by: ex.submit_minutes_by,
        ..LetterConfig::default()
    };
    (ex.input, config)
}

/// The text of every paragraph of a `.docx`, read back with docx-rs's reader.
fn docx_paragraphs(bytes: &[u8]) -> Vec<String> {
    let doc = docx_rs::read_docx(bytes).expect("the .docx opens with docx-rs's reader");
    doc.document
        .children
        .iter()
        .filter_map(|c| match c {
            docx_rs::DocumentChild::Paragraph(p) => Some(p.raw_text()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_template_drafts_its_example_letter() {
    let templates = Templates::load().unwrap();
    let bless = std::env::var_os("TILSYN_BLESS").is_some();
    let mut failed = Vec::new();
    for reaction in Reaction::ALL {
        let (input, config) = example(reaction);
        let text = draft(&templates, &input, &config).unwrap().to_text();
        let path = examples_dir().join(format!("{reaction}.txt"));
        if bless {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != text {
            failed.push(format!(
                "--- {} (expected)\n{expected}\n+++ drafted\n{text}",
                path.display()
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "example letters differ (TILSYN_BLESS=1 rewrites them):\n{}",
        failed.join("\n")
    );
}

#[test]
fn every_template_renders_a_docx_with_the_name_the_dates_and_the_quote() {
    let templates = Templates::load().unwrap();
    for reaction in Reaction::ALL {
        let (input, config) = example(reaction);
        let letter = draft(&templates, &input, &config).unwrap();
        let bytes = to_docx(&letter, "example").unwrap();
        let paras = docx_paragraphs(&bytes);
        let all = paras.join("\n");
        let t = input.treatment.as_ref().unwrap();
        let q = input.quote.as_ref().unwrap();
        let quote_one_line = q.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut wanted = vec![
            official_name(&input.municipality_code, &input.municipality_name),
            date_danish(input.letter_date),
            date_danish(t.meeting_date.unwrap()),
            format!("»{}«", t.item_title),
            format!("»{quote_one_line}«"),
            format!("side {} i {}", q.page, q.document),
            "Med venlig hilsen".to_string(),
            "retssikkerhedslovens § 79 b".to_string(),
        ];
        if let Some(d) = input.deadline {
            wanted.push(date_danish(d));
        }
        for w in &wanted {
            assert!(
                all.contains(w.as_str()),
                "{reaction}: {w:?} missing from\n{all}"
            );
        }
        assert!(
            !all.contains('{') && !all.contains('}'),
            "{reaction}: a placeholder is left in\n{all}"
        );
        // The fill-ins are what the case worker completes; nothing else is
        // bracketed.
        for p in &paras {
            for (i, _) in p.match_indices('[') {
                let rest = &p[i..];
                assert!(
                    rest.starts_with("[indsættes]")
                        || rest.starts_with("[navn]")
                        || rest.starts_with("[Ankestyrelsens begrundelse"),
                    "{reaction}: unexpected bracket in {p:?}"
                );
            }
        }
        // The text the tests compare is the text of the .docx.
        let text_paras: Vec<String> = letter.paras.iter().map(Para::text).collect();
        assert_eq!(paras, text_paras, "{reaction}");
    }
}

#[test]
fn a_placeholder_the_input_lacks_is_an_error_not_silence() {
    let templates = Templates::load().unwrap();
    for reaction in [Reaction::TakePosition, Reaction::OrderPlan] {
        let (mut input, config) = example(reaction);
        input.deadline = None;
        match draft(&templates, &input, &config) {
            Err(RenderError::MissingValue {
                placeholder,
                origin,
            }) => {
                assert_eq!(placeholder, "deadline");
                assert!(
                    origin.starts_with(&format!("{reaction}.toml, block")),
                    "{origin}"
                );
            }
            other => panic!("{reaction}: expected a missing deadline, got {other:?}"),
        }
    }
}

#[test]
fn findings_not_determined_are_not_mentioned() {
    let templates = Templates::load().unwrap();
    for reaction in Reaction::ALL {
        let (mut input, config) = example(reaction);
        input.findings = Findings::default();
        let text = draft(&templates, &input, &config).unwrap().to_text();
        assert!(
            !text.contains("Ankestyrelsen bemærker"),
            "{reaction}:\n{text}"
        );
        assert!(
            !text.contains("Det fremgår ikke af referatet"),
            "{reaction}:\n{text}"
        );
        assert!(!text.contains("kan konstatere"), "{reaction}:\n{text}");
    }
}

#[test]
fn a_missed_point_is_said_plainly() {
    let templates = Templates::load().unwrap();
    let (mut input, config) = example(Reaction::None);
    input.findings = Findings {
        whole_area: Some(true),
        children: Some(false),
        adults: Some(false),
        comparison: Some(false),
        position: Some(true),
        in_time: Some(true),
    };
    let text = draft(&templates, &input, &config).unwrap().to_text();
    assert!(
        text.contains(
            "Ankestyrelsen bemærker følgende om byrådets behandling af danmarkskortet for 2022:"
        ),
        "{text}"
    );
    assert!(
        text.contains("behandlingen omfattede børnehandicapområdet og voksenhandicapområdet."),
        "{text}"
    );
    assert!(
        text.contains("set i forhold til andre kommuner.\n"),
        "{text}"
    );
}

#[test]
fn without_a_treatment_every_template_still_drafts_a_true_letter() {
    let templates = Templates::load().unwrap();
    for reaction in Reaction::ALL {
        let (mut input, config) = example(reaction);
        input.treatment = None;
        input.quote = None;
        input.findings = Findings::default();
        let text = draft(&templates, &input, &config).unwrap().to_text();
        assert!(text.contains("ikke i de referater"), "{reaction}:\n{text}");
        assert!(!text.contains("behandlede"), "{reaction}:\n{text}");
    }
}

#[test]
fn a_committee_treatment_is_not_called_the_councils() {
    let templates = Templates::load().unwrap();
    let (mut input, config) = example(Reaction::DeadlineReminder);
    let t = input.treatment.as_mut().unwrap();
    t.body = BodyKind::Committee;
    t.body_name = Some("Økonomiudvalget".into());
    input.findings.in_time = None;
    let text = draft(&templates, &input, &config).unwrap().to_text();
    assert!(
        text.contains("er behandlet i Økonomiudvalget under punktet"),
        "{text}"
    );
    assert!(
        text.contains("Danmarkskortet er alene behandlet i Økonomiudvalget."),
        "{text}"
    );
    assert!(!text.contains("Kommunalbestyrelsen behandlede"), "{text}");
}

#[test]
fn copenhagen_is_addressed_to_borgerrepraesentationen() {
    let templates = Templates::load().unwrap();
    let (mut input, config) = example(Reaction::None);
    input.municipality_code = "101".into();
    input.municipality_name = "København".into();
    input.council_name = None;
    let text = draft(&templates, &input, &config).unwrap().to_text();
    assert!(
        text.contains("\nBorgerrepræsentationen i Københavns Kommune\n"),
        "{text}"
    );
    assert!(
        text.contains("Borgerrepræsentationens behandling"),
        "{text}"
    );
}
