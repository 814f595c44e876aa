//! The records the binary hands in: one per input file, with the danmarkskort
//! items the matcher found in it. They serialise as `report.json`'s
//! `documents`.

use chrono::NaiveDate;
use serde::Serialize;

/// Whether a file was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocStatus {
    /// Read and analysed.
    #[default]
    Ok,
    /// Could not be read (damaged, encrypted, no text layer, …).
    Error,
    /// Not a file type tilsyn reads.
    Skipped,
}

/// Which body held the meeting. Only [`Body::Council`] counts as a treatment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// The full council: kommunalbestyrelsen, Byrådet, Borgerrepræsentationen.
    Council,
    /// A committee (udvalg), e.g. Økonomiudvalget.
    Committee,
    /// Not recognised from the minutes.
    Unknown,
}

/// The stance an item takes on an action plan (handlingsplan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionPlan {
    /// An action plan is to be prepared.
    Prepare,
    /// The council found no need for an action plan.
    NoNeed,
    /// The item says nothing about an action plan.
    NotAddressed,
    /// The item was postponed ("udsat").
    Deferred,
}

impl ActionPlan {
    /// Whether this is a position on an action plan (`prepare` or `no_need`).
    pub fn is_position(self) -> bool {
        matches!(self, ActionPlan::Prepare | ActionPlan::NoNeed)
    }
}

/// One input file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocumentRecord {
    /// Relative to the input folder, with `/` separators.
    pub path: String,
    /// The three-digit code of the municipality, where one was found.
    pub municipality_code: Option<String>,
    /// Whether the file was read.
    pub status: DocStatus,
    /// Why the file failed or was skipped, in words a person understands.
    pub error: Option<String>,
    /// Page count, where known.
    pub pages: Option<u32>,
    /// The date of the meeting, where found.
    pub meeting_date: Option<NaiveDate>,
    /// The body that met; `None` for files that were not read.
    pub body: Option<Body>,
    /// The body's name as written ("Byrådet", "Økonomiudvalget").
    pub body_name: Option<String>,
    /// True where the municipality was found only in the document's text,
    /// not in its path: a person should check it.
    #[serde(skip_serializing_if = "is_false")]
    pub municipality_from_text: bool,
    /// The code of the municipality the document's header names, where it
    /// differs from the one its path gives (which counts). Not in
    /// CONTRACT.md; an addition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipality_in_text: Option<String>,
    /// What did not stop the reading but a person may want to know
    /// ("page 7 has no text layer"). Not in CONTRACT.md; an addition.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// What a person should check about the body or the date, as `"key: sentence"`
    /// (signals that disagree, or a body read from the file name alone).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub doubts: Vec<String>,
    /// The danmarkskort items found.
    pub items: Vec<ItemRecord>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One agenda item the matcher recognised.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ItemRecord {
    /// What the item is about; `"danmarkskort"` is the one outcomes count.
    pub kind: String,
    /// The item's title as written.
    pub title: String,
    /// The year of the map the item treats, where it could be told.
    pub map_year: Option<i32>,
    /// The item's stance on an action plan.
    pub action_plan: Option<ActionPlan>,
    /// The page (1-based) where the item starts.
    pub page: u32,
    /// How the reading could be wrong, as `"key: sentence"`, for a person to check.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub doubts: Vec<String>,
    /// Which of Ankestyrelsen's attention points the item shows (from the 2023 map on, the
    /// council should discuss all three parts of the map and the comparison with other
    /// municipalities), each with its first passage. Informs the letter; never the outcome.
    pub attention: AttentionRecord,
    /// The passages that decided the item's stance and year.
    pub evidence: Vec<EvidenceRecord>,
}

/// Where an item shows each attention point: its first passage, `null` where not shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AttentionRecord {
    /// The whole social area.
    pub whole_area: Option<EvidenceRecord>,
    /// The children's disability area.
    pub children: Option<EvidenceRecord>,
    /// The adults' disability area.
    pub adults: Option<EvidenceRecord>,
    /// The comparison with other municipalities.
    pub comparison: Option<EvidenceRecord>,
}

impl AttentionRecord {
    /// The points the item does not show, by their keys.
    pub fn missing(&self) -> Vec<&'static str> {
        [
            ("whole_area", &self.whole_area),
            ("children", &self.children),
            ("adults", &self.adults),
            ("comparison", &self.comparison),
        ]
        .into_iter()
        .filter(|(_, e)| e.is_none())
        .map(|(k, _)| k)
        .collect()
    }
}

/// One passage of the minutes and the rule that fired on it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EvidenceRecord {
    /// The page (1-based).
    pub page: u32,
    /// The rule's name, e.g. `"action_plan.no_need"`.
    pub rule: String,
    /// The passage as extracted.
    pub text: String,
    /// Byte span within `text` of the words that fired. It comes from
    /// another crate and may be out of range or off a char boundary on
    /// hostile input; writers then just don't highlight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub highlight: Option<(usize, usize)>,
}
