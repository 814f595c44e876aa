//! The values the store hands out: runs, documents, the tool's finding per
//! municipality, decisions, and what changed since a decision.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tilsyn_report::{ActionPlan, Body, Outcome};

/// What Ankestyrelsen does next (CONTRACT.md, "Case work").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reaction {
    /// No further action; the municipality is told so, with guidance.
    None,
    /// The council is asked to take a position on an action plan at its
    /// next meeting and report back.
    TakePosition,
    /// The council is ordered to make an action plan within a deadline.
    OrderPlan,
    /// The map was treated too late; the deadline is stressed.
    DeadlineReminder,
}

impl Reaction {
    /// Every reaction, in the order forms list them.
    pub const ALL: [Reaction; 4] = [
        Reaction::None,
        Reaction::TakePosition,
        Reaction::OrderPlan,
        Reaction::DeadlineReminder,
    ];

    /// The name CONTRACT.md gives.
    pub fn as_str(self) -> &'static str {
        match self {
            Reaction::None => "none",
            Reaction::TakePosition => "take_position",
            Reaction::OrderPlan => "order_plan",
            Reaction::DeadlineReminder => "deadline_reminder",
        }
    }

    /// The Danish label for the review pages.
    pub fn danish(self) -> &'static str {
        match self {
            Reaction::None => "Ingen yderligere handling",
            Reaction::TakePosition => "Bed om stillingtagen",
            Reaction::OrderPlan => "Påbyd handlingsplan",
            Reaction::DeadlineReminder => "Indskærp fristen",
        }
    }

    /// The reaction a person most often chooses for a tool outcome; the
    /// review form starts there. `no_need` is not guessed: the analyst
    /// judges whether Ankestyrelsen agrees.
    pub fn suggested(outcome: Outcome, action_plan: Option<ActionPlan>) -> Reaction {
        match (outcome, action_plan) {
            (Outcome::Ok, _) => Reaction::None,
            (Outcome::NoPosition, _) => Reaction::TakePosition,
            (Outcome::Late, _) => Reaction::DeadlineReminder,
            (Outcome::CommitteeOnly | Outcome::NotFound, _) => Reaction::TakePosition,
        }
    }
}

impl fmt::Display for Reaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not one CONTRACT.md gives.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}; expected one of: {expected}")]
pub struct ParseNameError {
    /// What was parsed: "outcome", "reaction", "action plan".
    pub what: &'static str,
    /// The value given.
    pub value: String,
    /// The names accepted, comma-separated.
    pub expected: String,
}

impl FromStr for Reaction {
    type Err = ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Reaction::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| ParseNameError {
                what: "reaction",
                value: s.to_string(),
                expected: names(Reaction::ALL.iter().map(|r| r.as_str())),
            })
    }
}

fn names<'a>(it: impl Iterator<Item = &'a str>) -> String {
    it.collect::<Vec<_>>().join(", ")
}

/// Every action-plan stance, in CONTRACT.md's order.
pub const ACTION_PLANS: [ActionPlan; 4] = [
    ActionPlan::Prepare,
    ActionPlan::NoNeed,
    ActionPlan::NotAddressed,
    ActionPlan::Deferred,
];

/// `report.json`'s name of a stance.
pub fn action_plan_str(a: ActionPlan) -> &'static str {
    match a {
        ActionPlan::Prepare => "prepare",
        ActionPlan::NoNeed => "no_need",
        ActionPlan::NotAddressed => "not_addressed",
        ActionPlan::Deferred => "deferred",
    }
}

/// Danish label of a stance.
pub fn action_plan_danish(a: ActionPlan) -> &'static str {
    match a {
        ActionPlan::Prepare => "Udarbejdes",
        ActionPlan::NoNeed => "Ikke behov",
        ActionPlan::NotAddressed => "Ikke taget stilling",
        ActionPlan::Deferred => "Udsat",
    }
}

/// Danish label of an outcome.
pub fn outcome_danish(o: Outcome) -> &'static str {
    match o {
        Outcome::Ok => "I orden",
        Outcome::NoPosition => "Ingen stillingtagen",
        Outcome::Late => "For sent",
        Outcome::CommitteeOnly => "Kun i udvalg",
        Outcome::NotFound => "Ikke fundet",
    }
}

/// Parses `report.json`'s name of an outcome.
pub fn parse_outcome(s: &str) -> Result<Outcome, ParseNameError> {
    Outcome::ALL
        .into_iter()
        .find(|o| o.as_str() == s)
        .ok_or_else(|| ParseNameError {
            what: "outcome",
            value: s.to_string(),
            expected: names(Outcome::ALL.iter().map(|o| o.as_str())),
        })
}

/// Parses `report.json`'s name of an action-plan stance.
pub fn parse_action_plan(s: &str) -> Result<ActionPlan, ParseNameError> {
    ACTION_PLANS
        .into_iter()
        .find(|a| action_plan_str(*a) == s)
        .ok_or_else(|| ParseNameError {
            what: "action plan",
            value: s.to_string(),
            expected: names(ACTION_PLANS.iter().map(|a| action_plan_str(*a))),
        })
}

pub(crate) fn body_str(b: Body) -> &'static str {
    match b {
        Body::Council => "council",
        Body::Committee => "committee",
        Body::Unknown => "unknown",
    }
}

pub(crate) fn parse_body(s: &str) -> Body {
    match s {
        "council" => Body::Council,
        "committee" => Body::Committee,
        _ => Body::Unknown,
    }
}

/// serde for the report crate's enums, which serialise but do not
/// deserialise: by their `report.json` names.
pub(crate) mod names_serde {
    use super::*;
    use serde::{Deserializer, Serializer, de::Error};

    pub(crate) mod outcome {
        use super::*;
        pub(crate) fn serialize<S: Serializer>(o: &Outcome, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(o.as_str())
        }
        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Outcome, D::Error> {
            let s = String::deserialize(d)?;
            parse_outcome(&s).map_err(D::Error::custom)
        }
    }

    pub(crate) mod action_plan {
        use super::*;
        pub(crate) fn serialize<S: Serializer>(
            a: &Option<ActionPlan>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match a {
                Some(a) => s.serialize_some(action_plan_str(*a)),
                None => s.serialize_none(),
            }
        }
        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<ActionPlan>, D::Error> {
            Option::<String>::deserialize(d)?
                .map(|s| parse_action_plan(&s).map_err(D::Error::custom))
                .transpose()
        }
    }

    pub(crate) mod stance {
        use super::*;
        pub(crate) fn serialize<S: Serializer>(a: &ActionPlan, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(action_plan_str(*a))
        }
        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<ActionPlan, D::Error> {
            let s = String::deserialize(d)?;
            parse_action_plan(&s).map_err(D::Error::custom)
        }
    }

    pub(crate) mod body {
        use super::*;
        pub(crate) fn serialize<S: Serializer>(b: &Body, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(body_str(*b))
        }
        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Body, D::Error> {
            Ok(parse_body(&String::deserialize(d)?))
        }
    }
}

/// One recorded scan run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Run {
    /// The run's id, increasing with time.
    pub id: i64,
    /// The map year it decided outcomes for.
    pub map_year: i32,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
    /// The input folder, absolute.
    pub input_dir: String,
    /// The tool version that ran.
    pub tool_version: String,
}

/// One document of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredDocument {
    /// Relative to the input folder, with `/`.
    pub path: String,
    /// The municipality, where found.
    pub municipality_code: Option<String>,
    /// `ok`, `error` or `skipped`.
    pub status: String,
    /// Why it failed or was skipped.
    pub error: Option<String>,
    /// Page count, where known.
    pub pages: Option<u32>,
    /// Meeting date, where found.
    pub meeting_date: Option<NaiveDate>,
    /// The body that met, where read.
    pub body: Option<String>,
    /// The body's name as written.
    pub body_name: Option<String>,
    /// BLAKE3 of the bytes, hex; `None` where not hashed.
    pub hash: Option<String>,
    /// Size in bytes, where known.
    pub size: Option<u64>,
}

impl StoredDocument {
    /// Whether the file is a PDF (so `#page=N` opens it at a page).
    pub fn is_pdf(&self) -> bool {
        self.path.to_ascii_lowercase().ends_with(".pdf")
    }
}

/// The treatment that decided the tool's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingTreatment {
    /// Path of the minutes, relative to the input folder.
    pub document: String,
    /// The meeting date, where found.
    pub meeting_date: Option<NaiveDate>,
    /// The body that met.
    #[serde(with = "names_serde::body")]
    pub body: Body,
    /// The body's name as written.
    pub body_name: Option<String>,
    /// The agenda item's title.
    pub item_title: String,
    /// The page where the item starts.
    pub page: u32,
}

/// A passage behind the outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingEvidence {
    /// Path of the minutes.
    pub document: String,
    /// The page (1-based).
    pub page: u32,
    /// The rule that fired.
    pub rule: String,
    /// The passage as extracted.
    pub text: String,
    /// Byte span within `text` of the words that fired; may be invalid on
    /// hostile input (see [`FindingEvidence::marked`]).
    pub highlight: Option<(usize, usize)>,
}

impl FindingEvidence {
    /// The passage split around the words that fired: (before, marked,
    /// after). Where the span is out of range or off a char boundary, the
    /// whole passage is `before`.
    pub fn marked(&self) -> (&str, &str, &str) {
        if let Some((s, e)) = self.highlight {
            if s <= e
                && e <= self.text.len()
                && self.text.is_char_boundary(s)
                && self.text.is_char_boundary(e)
            {
                return (&self.text[..s], &self.text[s..e], &self.text[e..]);
            }
        }
        (&self.text, "", "")
    }
}

/// Another item that counted but did not decide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingCandidate {
    /// Path of the minutes.
    pub document: String,
    /// The meeting date, where found.
    pub meeting_date: Option<NaiveDate>,
    /// The body that met.
    #[serde(with = "names_serde::body")]
    pub body: Body,
    /// The body's name as written.
    pub body_name: Option<String>,
    /// The agenda item's title.
    pub item_title: String,
    /// The page where the item starts.
    pub page: u32,
    /// The item's stance.
    #[serde(with = "names_serde::stance")]
    pub action_plan: ActionPlan,
    /// Whether the meeting was in time; `None` where the date is unknown.
    pub in_time: Option<bool>,
}

/// A note for a person to check, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingNote {
    /// The note's key (`no_need`, `date_missing`, …).
    pub key: String,
    /// The English sentence, as in `report.json`.
    pub english: String,
    /// The Danish sentence, as in `report.html`.
    pub danish: String,
    /// For `attention_points`: the points the deciding treatment does not
    /// show (`whole_area`, `children`, `adults`, `comparison`), for the
    /// letters. Empty for other notes, and in findings recorded before it
    /// was kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
}

/// What the tool found for one municipality in one run: `report.json`'s
/// municipality entry, kept so the pages and the letters can show it later
/// without the report files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Three-digit code.
    pub code: String,
    /// The tool's outcome.
    #[serde(with = "names_serde::outcome")]
    pub outcome: Outcome,
    /// The deciding treatment's stance.
    #[serde(with = "names_serde::action_plan")]
    pub action_plan: Option<ActionPlan>,
    /// The deciding treatment; `None` for `not_found`.
    pub treatment: Option<FindingTreatment>,
    /// Why, in one English sentence.
    pub reason: String,
    /// Why, in one Danish sentence.
    pub reason_danish: String,
    /// Notes for a person.
    pub review: Vec<FindingNote>,
    /// The deciding item's passages.
    pub evidence: Vec<FindingEvidence>,
    /// The other items that counted.
    pub candidates: Vec<FindingCandidate>,
    /// Documents of the municipality that were read.
    pub documents_read: usize,
}

impl Finding {
    /// Whether a person should look before the case is closed: every outcome
    /// but `ok`, every `no_need`, every review note.
    pub fn needs_person(&self) -> bool {
        self.outcome != Outcome::Ok
            || self.action_plan == Some(ActionPlan::NoNeed)
            || !self.review.is_empty()
    }

    pub(crate) fn from_outcome(m: &tilsyn_report::MunicipalityOutcome, map_year: i32) -> Finding {
        Finding {
            code: m.code.clone(),
            outcome: m.outcome,
            action_plan: m.action_plan,
            treatment: m.treatment.as_ref().map(|t| FindingTreatment {
                document: t.document.clone(),
                meeting_date: t.meeting_date,
                body: t.body,
                body_name: t.body_name.clone(),
                item_title: t.item_title.clone(),
                page: t.page,
            }),
            reason: m.reason.clone(),
            reason_danish: m.reason_danish(map_year),
            review: m
                .review
                .iter()
                .map(|n| FindingNote {
                    key: n.key().to_string(),
                    english: n.english(),
                    danish: n.danish(),
                    missing: match n {
                        tilsyn_report::ReviewNote::AttentionPoints { missing, .. } => {
                            missing.iter().map(|k| k.to_string()).collect()
                        }
                        _ => Vec::new(),
                    },
                })
                .collect(),
            evidence: m
                .evidence
                .iter()
                .map(|e| FindingEvidence {
                    document: e.document.clone(),
                    page: e.page,
                    rule: e.rule.clone(),
                    text: e.text.clone(),
                    highlight: e.highlight,
                })
                .collect(),
            candidates: m
                .candidates
                .iter()
                .map(|c| FindingCandidate {
                    document: c.document.clone(),
                    meeting_date: c.meeting_date,
                    body: c.body,
                    body_name: c.body_name.clone(),
                    item_title: c.item_title.clone(),
                    page: c.page,
                    action_plan: c.action_plan,
                    in_time: c.in_time,
                })
                .collect(),
            documents_read: m.documents_read,
        }
    }
}

/// What a person decides for one municipality, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDecision {
    /// The map year.
    pub map_year: i32,
    /// Three-digit code of a municipality.
    pub code: String,
    /// The outcome the analyst settles on.
    pub outcome: Outcome,
    /// The stance the analyst settles on.
    pub action_plan: Option<ActionPlan>,
    /// What Ankestyrelsen does next.
    pub reaction: Reaction,
    /// Free text; may be empty.
    pub note: String,
    /// Who decided; not empty.
    pub by: String,
    /// The deadline; `None` takes the default one ([`crate::due::due_date`]
    /// with [`crate::due::DueConfig::default`]).
    pub due: Option<NaiveDate>,
}

/// One stored decision. Never changed once written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Its id; later decisions have larger ids.
    pub id: i64,
    /// The map year.
    pub map_year: i32,
    /// Three-digit code.
    pub code: String,
    /// The outcome decided.
    #[serde(with = "names_serde::outcome")]
    pub outcome: Outcome,
    /// The stance decided.
    #[serde(with = "names_serde::action_plan")]
    pub action_plan: Option<ActionPlan>,
    /// The reaction decided.
    pub reaction: Reaction,
    /// The analyst's note.
    pub note: String,
    /// Who decided.
    pub by: String,
    /// When (UTC, whole seconds).
    pub at: DateTime<Utc>,
    /// The deadline of the reaction, where it has one.
    pub due: Option<NaiveDate>,
    /// The run whose findings it was made on.
    pub run_id: Option<i64>,
    /// The tool's outcome in that run.
    #[serde(skip)]
    pub tool_outcome: Option<Outcome>,
    /// The tool's stance in that run.
    #[serde(skip)]
    pub tool_action_plan: Option<ActionPlan>,
    /// The document that decided the tool's outcome in that run.
    pub deciding_document: Option<String>,
    /// Every document of the municipality in that run, with its hash.
    pub basis: Vec<BasisDocument>,
}

/// A document a decision was made on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BasisDocument {
    /// Relative path.
    pub path: String,
    /// Its BLAKE3 hash then.
    pub hash: Option<String>,
}

/// What a later run changed in the evidence a decision was made on. Any
/// change makes the decision stale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// The document whose item decided the outcome has other bytes now.
    DecidingDocumentChanged {
        /// Its path.
        path: String,
    },
    /// Another document of the municipality has other bytes now.
    DocumentChanged {
        /// Its path.
        path: String,
    },
    /// A document of the municipality that was not there.
    DocumentAdded {
        /// Its path.
        path: String,
    },
    /// A document of the municipality that is gone.
    DocumentRemoved {
        /// Its path.
        path: String,
        /// Whether it was the deciding one.
        deciding: bool,
    },
    /// The tool now finds another outcome or stance.
    FindingChanged {
        /// Outcome then (`report.json` name), or `null` without a run.
        from_outcome: Option<String>,
        /// Outcome now.
        to_outcome: String,
        /// Stance then.
        from_action_plan: Option<String>,
        /// Stance now.
        to_action_plan: Option<String>,
    },
}

impl Change {
    /// The change in one Danish sentence.
    pub fn danish(&self) -> String {
        match self {
            Change::DecidingDocumentChanged { path } => {
                format!("Det afgørende dokument {path} er ændret.")
            }
            Change::DocumentChanged { path } => format!("Dokumentet {path} er ændret."),
            Change::DocumentAdded { path } => format!("Nyt dokument: {path}."),
            Change::DocumentRemoved { path, deciding } => {
                if *deciding {
                    format!("Det afgørende dokument {path} er væk.")
                } else {
                    format!("Dokumentet {path} er væk.")
                }
            }
            Change::FindingChanged {
                from_outcome,
                to_outcome,
                from_action_plan,
                to_action_plan,
            } => format!(
                "Værktøjets resultat er ændret fra {} / {} til {} / {}.",
                from_outcome.as_deref().unwrap_or("–"),
                from_action_plan.as_deref().unwrap_or("–"),
                to_outcome,
                to_action_plan.as_deref().unwrap_or("–"),
            ),
        }
    }
}

/// The latest decision of a case and whether a later run has made it stale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionState {
    /// The latest decision (the one that counts).
    pub decision: Decision,
    /// What changed since; empty where the decision is current.
    pub changes: Vec<Change>,
}

impl DecisionState {
    /// Whether a later run changed the evidence the decision was made on.
    pub fn is_stale(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// One municipality in a map year: the tool's latest finding and the
/// latest decision. The queue is a list of these.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseSummary {
    /// The map year.
    pub map_year: i32,
    /// Three-digit code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Region.
    pub region: String,
    /// The latest run's finding; `None` where no run of the year exists.
    pub finding: Option<Finding>,
    /// The latest decision and its staleness; `None` where undecided.
    pub decision: Option<DecisionState>,
}

impl CaseSummary {
    /// Whether the latest decision is stale.
    pub fn is_stale(&self) -> bool {
        self.decision.as_ref().is_some_and(DecisionState::is_stale)
    }

    /// Whether the case is decided, and the decision current.
    pub fn is_settled(&self) -> bool {
        self.decision.as_ref().is_some_and(|d| !d.is_stale())
    }

    /// Whether the case needs a person (CONTRACT's queue order): the tool
    /// finding needs one, or the decision went stale.
    pub fn needs_person(&self) -> bool {
        self.is_stale() || self.finding.as_ref().is_none_or(Finding::needs_person)
    }
}

/// Everything about one municipality in a map year, for the case page and
/// the letters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Case {
    /// The finding and latest decision, as in the queue.
    pub summary: CaseSummary,
    /// The latest run of the map year.
    pub run: Option<Run>,
    /// The municipality's documents in that run.
    pub documents: Vec<StoredDocument>,
    /// Every decision, oldest first; the last one counts.
    pub history: Vec<Decision>,
    /// The tool's finding in the run the latest decision was made on: the
    /// evidence the decision rests on (the same as `summary.finding` where
    /// the decision is current).
    pub decided_on: Option<Finding>,
    /// The council's follow-up of the latest decision in the recorded runs
    /// (of this map year and the next): candidates for closing the case.
    /// Empty where undecided or where the reaction asked nothing.
    pub follow_up: Vec<crate::FollowUpCandidate>,
    /// Map year Y−1: its latest decision and whether the council followed
    /// it up, where there is one.
    pub last_year: Option<LastYear>,
}

/// The case of map year Y−1 as a case of year Y shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastYear {
    /// The latest decision of that year.
    pub decision: Decision,
    /// The council's follow-up of it found in the recorded runs.
    pub follow_up: Vec<crate::FollowUpCandidate>,
}

impl LastYear {
    /// Whether the council's follow-up was found: `None` where the reaction
    /// asked nothing of the council (`none`, `deadline_reminder`).
    pub fn follow_up_found(&self) -> Option<bool> {
        matches!(
            self.decision.reaction,
            Reaction::TakePosition | Reaction::OrderPlan
        )
        .then_some(!self.follow_up.is_empty())
    }
}
