//! What a letter is drafted from: [`LetterInput`], one municipality's decided
//! reaction and what its minutes show.
//!
//! Every finding the reader may not have determined is an `Option`: `None`
//! means "not known", and the templates then say nothing about it. A letter
//! from an authority must not state something the minutes were never read
//! for.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The reaction a letter is drafted for; the case store owns the type (one
/// template per reaction).
pub use tilsyn_cases::Reaction;

/// The kind of body that treated the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// The full council.
    Council,
    /// A committee (udvalg).
    Committee,
    /// Not recognised.
    Unknown,
}

/// The stance the council took on an action plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// An action plan is to be prepared.
    Prepare,
    /// No action plan is needed.
    NoNeed,
    /// The item says nothing about an action plan.
    NotAddressed,
    /// The item was postponed.
    Deferred,
}

/// The treatment the letter describes: the deciding agenda item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatmentShown {
    /// The meeting date, where found.
    pub meeting_date: Option<NaiveDate>,
    /// Which kind of body met.
    pub body: BodyKind,
    /// The body's name as the minutes write it ("Byrådet", "Økonomiudvalget").
    #[serde(default)]
    pub body_name: Option<String>,
    /// The agenda item's title.
    pub item_title: String,
    /// The minutes, relative to the input folder.
    pub document: String,
    /// The page where the item starts.
    pub page: u32,
    /// The stance the item took, where known.
    #[serde(default)]
    pub stance: Option<Stance>,
}

/// A passage of the minutes quoted in the letter, with where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The passage, as extracted.
    pub text: String,
    /// The page (1-based).
    pub page: u32,
    /// The minutes, relative to the input folder.
    pub document: String,
}

/// Which of Ankestyrelsen's attention points (seed `001_…`, "Kommunerne
/// skal således være opmærksom på følgende forhold") the treatment met.
///
/// `Some(true)`: met; `Some(false)`: missed, and the letter says so plainly;
/// `None`: not determined, and the letter says nothing about this point
/// beyond the general guidance.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Findings {
    /// The overall map: the whole social area.
    #[serde(default)]
    pub whole_area: Option<bool>,
    /// The children's disability area (børnehandicapområdet).
    #[serde(default)]
    pub children: Option<bool>,
    /// The adults' disability area (voksenhandicapområdet).
    #[serde(default)]
    pub adults: Option<bool>,
    /// The rates compared with other municipalities.
    #[serde(default)]
    pub comparison: Option<bool>,
    /// The council took a position on whether an action plan is needed.
    #[serde(default)]
    pub position: Option<bool>,
    /// The council treated the map before the end of the map year.
    #[serde(default)]
    pub in_time: Option<bool>,
}

/// Everything one letter is drafted from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterInput {
    /// Three-digit municipality code.
    pub municipality_code: String,
    /// The municipality's name as `data/kommuner.csv` writes it ("København").
    pub municipality_name: String,
    /// The council's name as the minutes write it ("Byrådet"); `None` where
    /// unknown, and the letter then writes "Kommunalbestyrelsen", the name
    /// the law uses.
    #[serde(default)]
    pub council_name: Option<String>,
    /// The map year Y reviewed.
    pub map_year: i32,
    /// The reaction decided.
    pub reaction: Reaction,
    /// The date the letter carries.
    pub letter_date: NaiveDate,
    /// Ankestyrelsen's case number; `None` leaves a marked field for the case
    /// worker.
    #[serde(default)]
    pub case_number: Option<String>,
    /// The reaction's deadline, where it has one (`take_position`,
    /// `order_plan`).
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// The deciding treatment; `None` where none was found.
    #[serde(default)]
    pub treatment: Option<TreatmentShown>,
    /// The passage quoted; `None` where there is none.
    #[serde(default)]
    pub quote: Option<Quote>,
    /// The attention points met or missed.
    #[serde(default)]
    pub findings: Findings,
}
