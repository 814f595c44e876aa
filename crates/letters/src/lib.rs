//! Ankestyrelsen's draft letters to the councils after the yearly
//! danmarkskort review (retssikkerhedsloven § 79 b), and the due dates and
//! follow-up that come after them.
//!
//! A person decides the reaction in the case store; this crate drafts the
//! letter that says it. The wording is data: one template per reaction in
//! `templates/letters/<reaction>.toml`, with the parts they share in
//! `templates/letters/parts.toml` (the letterhead, the legal basis, the
//! attention points for the next treatment, the closing), embedded at
//! compile time. Each template has an example letter,
//! `templates/letters/examples/<reaction>.txt`, drafted from
//! `examples/<reaction>.input.toml`; the tests draft it again and compare.
//!
//! The main types:
//!
//! - [`LetterInput`]: one municipality's reaction and what its minutes show;
//!   every finding the reader did not determine is `None`, and the letter then
//!   says nothing about it;
//! - [`Templates`]: the four templates, checked when loaded (an unknown
//!   placeholder or condition is an error);
//! - [`draft`] makes a [`Letter`]; [`Letter::to_text`] and [`to_docx`] write
//!   it. A placeholder the template needs and the input lacks is a
//!   [`RenderError`], never an empty string;
//! - [`due`] (when an `order_plan` or `take_position` is due) and
//!   [`followup`] (the council's follow-up found in a later scan) are the
//!   case store's, re-exported here: the store records the due date with the
//!   decision and the review pages show both, so they live upstream of the
//!   letters. [`Reaction`] is the store's too.
//!
//! ```
//! use chrono::NaiveDate;
//! use tilsyn_letters::*;
//!
//! let templates = Templates::load().unwrap();
//! let input = LetterInput {
//!     municipality_code: "751".into(),
//!     municipality_name: "Aarhus".into(),
//!     council_name: Some("Byrådet".into()),
//!     map_year: 2022,
//!     reaction: Reaction::None,
//!     letter_date: NaiveDate::from_ymd_opt(2023, 9, 15).unwrap(),
//!     case_number: None,
//!     deadline: None,
//!     treatment: None,
//!     quote: None,
//!     findings: Findings::default(),
//! };
//! let letter = draft(&templates, &input, &LetterConfig::default()).unwrap();
//! let text = letter.to_text();
//! assert!(text.contains("Byrådet i Aarhus Kommune"));
//! assert!(text.contains("J.nr.: [indsættes]"), "the case number is left for the case worker");
//! let bytes = to_docx(&letter, "751-Aarhus").unwrap();
//! assert!(bytes.starts_with(b"PK"));
//! ```
#![deny(missing_docs)]

mod danish;
mod docx;
mod from_report;
mod model;
mod render;
mod template;

use chrono::NaiveDate;

pub use danish::{date as date_danish, official_name};
pub use docx::{DocxError, to_docx};
pub use from_report::{Decided, Scanned, letter_input};
pub use model::{BodyKind, Findings, LetterInput, Quote, Stance, TreatmentShown};
pub use render::{Letter, Para, RenderError, Span};
pub use template::{Point, Style, Template, TemplateError, Templates, parse_template};
pub use tilsyn_cases::Reaction;
pub use tilsyn_cases::due::{self, DueConfig};
pub use tilsyn_cases::followup::{self, FollowUpCandidate, FollowUpKind, find_follow_up};

/// What every letter shares beyond its input: who signs, and the
/// deadlines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterConfig {
    /// The unit under "Ankestyrelsen" in the closing.
    pub unit: String,
    /// The case worker who signs; `None` leaves a marked field.
    pub signer: Option<String>,
    /// The deadlines of `order_plan` and `take_position`.
    pub due: DueConfig,
    /// The date by which the councils are to send the minutes of next
    /// year's treatment (31 January 2024 for the 2023 map); `None` leaves the
    /// sentence out, since only Ankestyrelsen can say when it will ask.
    pub submit_minutes_by: Option<NaiveDate>,
}

impl Default for LetterConfig {
    fn default() -> Self {
        LetterConfig {
            unit: "Tilsynet med kommunerne".into(),
            signer: None,
            due: DueConfig::default(),
            submit_minutes_by: None,
        }
    }
}

/// Drafts the letter for `input.reaction` from its template.
pub fn draft(
    templates: &Templates,
    input: &LetterInput,
    config: &LetterConfig,
) -> Result<Letter, RenderError> {
    render::render(templates.get(input.reaction), input, config)
}

/// The file name of a municipality's letter, `<code>-<name>.docx`
/// (CONTRACT.md), with the name as `data/kommuner.csv` writes it: letters
/// and digits, `-` for anything else, so "Lyngby-Taarbæk" stays as it is and
/// nothing can climb out of the output folder.
pub fn file_name(code: &str, name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    format!("{code}-{}.docx", clean.trim_matches('-'))
}
