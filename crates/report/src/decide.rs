//! How an outcome is decided, for map year Y (CONTRACT.md, followed exactly),
//! and the notes a person should read before acting on it.
//!
//! Where CONTRACT.md leaves a case open, this is how it is read:
//!
//! - Only items of kind `danmarkskort` with `map_year == Some(Y)` in documents
//!   with status `ok` count. An item without a map year is not counted; where
//!   the outcome is not `ok`, a `map_year_unknown` note points at it (and an
//!   `other_map_year` note at items about another year's map).
//! - An item without a stance took none (`not_addressed`).
//! - A council treatment without a meeting date cannot be shown to be in
//!   time, so it is not in time: alone, it makes the outcome `late` (with
//!   `treatment.meeting_date: null` and a `date_missing` note); beside a dated
//!   late one, the dated one decides.
//! - Treatments are ordered by meeting date (undated last), then path and
//!   page; "first" and "latest" refer to that order.
//! - For `late`, `action_plan` is the deciding treatment's stance, whatever
//!   it is, as the contract says for every outcome but `committee_only` and
//!   `not_found`.
//! - `treatment` is `null` only for `not_found`; for `committee_only` it is
//!   the first committee (or unknown-body) treatment, so a person sees which.
//! - Notes that could change an outcome (missing dates, unknown bodies,
//!   unreadable files, other map years) are given only where the outcome is
//!   not already `ok`; `no_need`, conflicting positions and a municipality
//!   read from the text alone are always given.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use tilsyn_kommuner::Kommune;

use crate::model::{ActionPlan, Body, DocStatus, DocumentRecord, ItemRecord};

/// The item kind that outcomes count.
pub(crate) const DANMARKSKORT: &str = "danmarkskort";

/// What the review found for one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The council treated the map by 31 December and took a position.
    Ok,
    /// The council treated the map in time but took no visible position.
    NoPosition,
    /// The council treated the map, but only after 31 December.
    Late,
    /// Only a committee (or an unrecognised body) treated the map.
    CommitteeOnly,
    /// No treatment of the map was found.
    NotFound,
}

impl Outcome {
    /// Every outcome, in the order reports list them.
    pub const ALL: [Outcome; 5] = [
        Outcome::Ok,
        Outcome::NoPosition,
        Outcome::Late,
        Outcome::CommitteeOnly,
        Outcome::NotFound,
    ];

    /// The name used in `report.json` and `report.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::NoPosition => "no_position",
            Outcome::Late => "late",
            Outcome::CommitteeOnly => "committee_only",
            Outcome::NotFound => "not_found",
        }
    }
}

/// The treatment that decided a municipality's outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Treatment {
    /// Path of the minutes, relative to the input folder.
    pub document: String,
    /// The meeting date; `null` where none was found.
    pub meeting_date: Option<NaiveDate>,
    /// The body that met.
    pub body: Body,
    /// The body's name as written (an addition to CONTRACT.md).
    pub body_name: Option<String>,
    /// The agenda item's title.
    pub item_title: String,
    /// The page where the item starts.
    pub page: u32,
}

/// Another item that counted for the municipality but did not decide.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Path of the minutes, relative to the input folder.
    pub document: String,
    /// The meeting date, where found.
    pub meeting_date: Option<NaiveDate>,
    /// The body that met.
    pub body: Body,
    /// The body's name as written.
    pub body_name: Option<String>,
    /// The agenda item's title.
    pub item_title: String,
    /// The page where the item starts.
    pub page: u32,
    /// The item's stance on an action plan.
    pub action_plan: ActionPlan,
    /// Whether the meeting was on or before 31 December of the map year;
    /// `null` where the date is unknown.
    pub in_time: Option<bool>,
}

/// A passage behind a municipality's outcome, with the document it is from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MunicipalityEvidence {
    /// Path of the minutes, relative to the input folder.
    pub document: String,
    /// The page (1-based).
    pub page: u32,
    /// The rule that fired.
    pub rule: String,
    /// The passage as extracted.
    pub text: String,
    /// Byte span of the words that fired within `text` (may be invalid).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub highlight: Option<(usize, usize)>,
}

/// Something a person should look at before acting on an outcome.
///
/// In `report.json` each note is one string, `"key: sentence"`, in English;
/// the HTML shows the Danish sentence ([`ReviewNote::danish`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewNote {
    /// The council decided no action plan is needed; Ankestyrelsen judges
    /// whether it agrees.
    NoNeed,
    /// A council treatment has no meeting date; it was counted as not
    /// provably in time.
    DateMissing {
        /// The document.
        document: String,
        /// The item's page.
        page: u32,
    },
    /// Council treatments in time took different positions.
    ConflictingPositions {
        /// Each treatment with a position: document, date, stance.
        treatments: Vec<(String, NaiveDate, ActionPlan)>,
    },
    /// The council took a position, but only after the deadline.
    PositionAfterDeadline {
        /// The document.
        document: String,
        /// The meeting date, where known.
        meeting_date: Option<NaiveDate>,
        /// The stance taken.
        stance: ActionPlan,
    },
    /// A meeting's body was not recognised, so the item did not count as
    /// the council's.
    BodyUnknown {
        /// The document.
        document: String,
    },
    /// The municipality of a document was read from its text, not its path.
    MunicipalityFromText {
        /// The document.
        document: String,
    },
    /// The path files a document under this municipality, but its header
    /// names another; it was counted here, as the path says.
    MunicipalityMismatch {
        /// The document.
        document: String,
        /// This municipality's name, as the path gives it.
        filed_under: String,
        /// The municipality the header names, by name.
        named: String,
    },
    /// Files of this municipality could not be read.
    UnreadableFiles {
        /// How many.
        count: usize,
    },
    /// A danmarkskort item whose map year could not be told was not counted.
    MapYearUnknown {
        /// The document.
        document: String,
        /// The item's page.
        page: u32,
    },
    /// The reading behind the outcome rests on a weak or disputed step (a body
    /// whose signals disagree, a stance without a decision of the body, an
    /// approval that can be read two ways): a person should check it.
    Uncertain {
        /// The document.
        document: String,
        /// The item's page, where the doubt is about an item.
        page: Option<u32>,
        /// The matcher's doubt, `"key: sentence"`.
        doubt: String,
    },
    /// From the 2023 map on: the deciding council treatment does not show
    /// every attention point of Ankestyrelsen's guidance (the three parts of
    /// the map, the comparison with other municipalities). For the letter; the
    /// outcome does not change.
    AttentionPoints {
        /// The document.
        document: String,
        /// The item's page.
        page: u32,
        /// The points not shown: `whole_area`, `children`, `adults`, `comparison`.
        missing: Vec<&'static str>,
    },
    /// A danmarkskort item about another year's map was not counted.
    OtherMapYear {
        /// The document.
        document: String,
        /// The item's page.
        page: u32,
        /// The map year the item treats.
        year: i32,
    },
}

impl ReviewNote {
    /// The short key that starts the note in `report.json`.
    pub fn key(&self) -> &'static str {
        match self {
            ReviewNote::NoNeed => "no_need",
            ReviewNote::DateMissing { .. } => "date_missing",
            ReviewNote::ConflictingPositions { .. } => "conflicting_positions",
            ReviewNote::PositionAfterDeadline { .. } => "position_after_deadline",
            ReviewNote::BodyUnknown { .. } => "body_unknown",
            ReviewNote::MunicipalityFromText { .. } => "municipality_from_text",
            ReviewNote::MunicipalityMismatch { .. } => "municipality_mismatch",
            ReviewNote::UnreadableFiles { .. } => "unreadable_files",
            ReviewNote::MapYearUnknown { .. } => "map_year_unknown",
            ReviewNote::OtherMapYear { .. } => "other_map_year",
            ReviewNote::Uncertain { .. } => "uncertain",
            ReviewNote::AttentionPoints { .. } => "attention_points",
        }
    }

    /// The note in English, without its key.
    pub fn english(&self) -> String {
        match self {
            ReviewNote::NoNeed => "the council decided that no action plan is needed".into(),
            ReviewNote::DateMissing { document, page } => format!(
                "meeting date not found in {document} (page {page}); counted as not provably \
                 in time; check the document"
            ),
            ReviewNote::ConflictingPositions { treatments } => format!(
                "council treatments in time took different positions ({}); check which one stands",
                treatments
                    .iter()
                    .map(|(d, date, s)| format!("{} on {date} in {d}", stance_str(*s)))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            ReviewNote::PositionAfterDeadline {
                document,
                meeting_date,
                stance,
            } => format!(
                "the council took a position ({}) only after the deadline, {} in {document}",
                stance_str(*stance),
                meeting_date.map_or("on an unknown date".to_string(), |d| format!("on {d}")),
            ),
            ReviewNote::BodyUnknown { document } => format!(
                "the meeting body of {document} was not recognised, so it did not count as a \
                 council treatment; check the document"
            ),
            ReviewNote::MunicipalityFromText { document } => format!(
                "the municipality of {document} was found only in its text, not its path; check it"
            ),
            ReviewNote::MunicipalityMismatch {
                document,
                filed_under,
                named,
            } => format!(
                "{document} is filed under {filed_under}, but its header names {named}; counted \
                 for {filed_under}, as its folder says; check which municipality it belongs to"
            ),
            ReviewNote::UnreadableFiles { count } => format!(
                "{count} file(s) of this municipality could not be read; a treatment may be in them"
            ),
            ReviewNote::MapYearUnknown { document, page } => format!(
                "a danmarkskort item in {document} (page {page}) has no map year that could be \
                 told; not counted"
            ),
            ReviewNote::OtherMapYear {
                document,
                page,
                year,
            } => format!(
                "a danmarkskort item in {document} (page {page}) treats the {year} map; not counted"
            ),
            ReviewNote::AttentionPoints {
                document,
                page,
                missing,
            } => format!(
                "the treatment in {document} (page {page}) does not show {}; the letter should \
                 say so",
                missing.join(", ")
            ),
            ReviewNote::Uncertain {
                document,
                page,
                doubt,
            } => match page {
                Some(p) => format!("{document} (page {p}): {doubt}"),
                None => format!("{document}: {doubt}"),
            },
        }
    }

    /// The note in Danish, for the HTML report.
    pub fn danish(&self) -> String {
        match self {
            ReviewNote::NoNeed => "Kommunalbestyrelsen har vurderet, at der ikke er behov for en \
                                   handlingsplan. Vurdér, om Ankestyrelsen er enig."
                .into(),
            ReviewNote::DateMissing { document, page } => format!(
                "Mødedatoen er ikke fundet i {document} (side {page}). Behandlingen er derfor \
                 ikke regnet som rettidig. Tjek dokumentet."
            ),
            ReviewNote::ConflictingPositions { treatments } => format!(
                "Flere rettidige behandlinger i kommunalbestyrelsen har forskellig stillingtagen \
                 ({}). Tjek, hvilken der gælder.",
                treatments
                    .iter()
                    .map(|(d, date, s)| format!(
                        "handlingsplan: {} den {} i {d}",
                        action_plan_da(Some(*s)).to_lowercase(),
                        date_da(*date)
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            ReviewNote::PositionAfterDeadline {
                document,
                meeting_date,
                stance,
            } => format!(
                "Kommunalbestyrelsen tog først stilling (handlingsplan: {}) efter fristen, {} i \
                 {document}.",
                action_plan_da(Some(*stance)).to_lowercase(),
                meeting_date.map_or("på en ukendt dato".to_string(), |d| format!(
                    "den {}",
                    date_da(d)
                )),
            ),
            ReviewNote::BodyUnknown { document } => format!(
                "Det er ikke genkendt, hvilket organ der holdt mødet i {document}; det er derfor \
                 ikke regnet som kommunalbestyrelsens behandling. Tjek dokumentet."
            ),
            ReviewNote::MunicipalityFromText { document } => format!(
                "Kommunen for {document} er kun fundet i teksten, ikke i stien. Tjek, at det er \
                 den rigtige kommune."
            ),
            ReviewNote::MunicipalityMismatch {
                document,
                filed_under,
                named,
            } => format!(
                "{document} ligger under {filed_under}, men referatets hoved nævner {named}. Det \
                 er talt med for {filed_under}, som mappen siger. Tjek, hvilken kommune det hører til."
            ),
            ReviewNote::UnreadableFiles { count } => format!(
                "{count} {} fra kommunen kunne ikke læses; behandlingen kan stå i {}.",
                if *count == 1 { "fil" } else { "filer" },
                if *count == 1 { "den" } else { "dem" },
            ),
            ReviewNote::MapYearUnknown { document, page } => format!(
                "Et punkt om danmarkskortet i {document} (side {page}) har intet årstal, der \
                 kunne bestemmes; det er ikke talt med."
            ),
            ReviewNote::OtherMapYear {
                document,
                page,
                year,
            } => format!(
                "Et punkt i {document} (side {page}) handler om danmarkskortet for {year}; det er \
                 ikke talt med."
            ),
            ReviewNote::AttentionPoints {
                document,
                page,
                missing,
            } => format!(
                "Behandlingen i {document} (side {page}) viser ikke, at {} blev drøftet. Det bør \
                 nævnes i brevet.",
                missing
                    .iter()
                    .map(|k| match *k {
                        "whole_area" => "hele socialområdet",
                        "children" => "børnehandicapområdet",
                        "adults" => "voksenhandicapområdet",
                        _ => "sammenligningen med andre kommuner",
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ReviewNote::Uncertain {
                document,
                page,
                doubt,
            } => {
                let at = match page {
                    Some(p) => format!("{document} (side {p})"),
                    None => document.clone(),
                };
                format!("Usikker læsning af {at}: {}", doubt_da(doubt))
            }
        }
    }
}

impl fmt::Display for ReviewNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key(), self.english())
    }
}

impl Serialize for ReviewNote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One municipality's outcome, as `report.json` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MunicipalityOutcome {
    /// Three-digit code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Region (an addition to CONTRACT.md).
    pub region: String,
    /// The outcome.
    pub outcome: Outcome,
    /// The deciding treatment's stance; `null` for `committee_only` and
    /// `not_found`.
    pub action_plan: Option<ActionPlan>,
    /// The deciding treatment; `null` for `not_found`. For `committee_only`
    /// it is the first committee (or unknown-body) treatment.
    pub treatment: Option<Treatment>,
    /// Notes for a person to check.
    pub review: Vec<ReviewNote>,
    /// The deciding item's evidence.
    pub evidence: Vec<MunicipalityEvidence>,
    /// Why the outcome is what it is, in one English sentence (an addition).
    pub reason: String,
    /// The other items that counted, by meeting date (an addition).
    pub candidates: Vec<Candidate>,
    /// How many documents of this municipality were read (an addition).
    pub documents_read: usize,
}

impl MunicipalityOutcome {
    /// Why the outcome is what it is, in one Danish sentence.
    pub fn reason_danish(&self, map_year: i32) -> String {
        let y = map_year;
        let t = self.treatment.as_ref();
        let when = t
            .and_then(|t| t.meeting_date)
            .map_or("på en ukendt dato".to_string(), |d| {
                format!("den {}", date_da(d))
            });
        match (self.outcome, self.action_plan) {
            (Outcome::Ok, Some(ActionPlan::NoNeed)) => format!(
                "Kommunalbestyrelsen behandlede danmarkskortet for {y} {when}, inden fristen, og \
                 vurderede, at der ikke er behov for en handlingsplan."
            ),
            (Outcome::Ok, _) => format!(
                "Kommunalbestyrelsen behandlede danmarkskortet for {y} {when}, inden fristen, og \
                 besluttede at udarbejde en handlingsplan."
            ),
            (Outcome::NoPosition, Some(ActionPlan::Deferred)) => format!(
                "Kommunalbestyrelsen havde danmarkskortet for {y} på dagsordenen {when}, men \
                 punktet blev udsat, og der er ikke fundet en senere behandling med \
                 stillingtagen inden fristen."
            ),
            (Outcome::NoPosition, _) => format!(
                "Kommunalbestyrelsen behandlede danmarkskortet for {y} {when}, inden fristen, men \
                 referatet viser ikke, at den tog stilling til behovet for en handlingsplan."
            ),
            (Outcome::Late, _) if t.is_some_and(|t| t.meeting_date.is_none()) => format!(
                "Kommunalbestyrelsen har behandlet danmarkskortet for {y}, men mødedatoen er ikke \
                 fundet, så det kan ikke ses, at det skete inden 31. december {y}."
            ),
            (Outcome::Late, _) => format!(
                "Kommunalbestyrelsen behandlede først danmarkskortet for {y} {when}, efter fristen \
                 31. december {y}."
            ),
            (Outcome::CommitteeOnly, _) => format!(
                "Danmarkskortet for {y} er kun fundet behandlet i {} ({}), ikke i \
                 kommunalbestyrelsen.",
                t.and_then(|t| t.body_name.clone())
                    .unwrap_or_else(|| "et udvalg".to_string()),
                when.trim_start_matches("den "),
            ),
            (Outcome::NotFound, _) if self.documents_read == 0 => format!(
                "Der er ingen læste referater fra kommunen, så en behandling af danmarkskortet \
                 for {y} er ikke fundet."
            ),
            (Outcome::NotFound, _) => format!(
                "Der er ikke fundet et dagsordenspunkt om danmarkskortet for {y} i kommunens {} \
                 læste {}.",
                self.documents_read,
                if self.documents_read == 1 {
                    "referat"
                } else {
                    "referater"
                }
            ),
        }
    }
}

/// Danish label of an action-plan stance, short enough for a table column
/// headed "Handlingsplan"; "–" for none.
pub(crate) fn action_plan_da(a: Option<ActionPlan>) -> &'static str {
    match a {
        Some(ActionPlan::Prepare) => "Udarbejdes",
        Some(ActionPlan::NoNeed) => "Ikke behov",
        Some(ActionPlan::NotAddressed) => "Ikke taget stilling",
        Some(ActionPlan::Deferred) => "Udsat",
        None => "–",
    }
}

/// A matcher doubt (`"key: English sentence"`) in Danish, for the HTML report.
fn doubt_da(doubt: &str) -> String {
    let key = doubt.split(':').next().unwrap_or("");
    let da = match key {
        "no_decision_found" => {
            "der er ikke fundet nogen beslutning fra det organ, der holdt \
                                mødet. Tjek, om der blev taget stilling til en handlingsplan."
        }
        "approval_ambiguous" => {
            "beslutningen godkender uden at sige hvis indstilling, og \
                                 forvaltningens og udvalgets indstilling er forskellige. Tjek, \
                                 hvad der blev vedtaget."
        }
        "subject_from_text" => {
            "titlen nævner ikke danmarkskortet; punktet er regnet som en \
                                behandling ud fra teksten. Tjek, at det handler om kortet."
        }
        "map_year_inferred" => {
            "punktet nævner intet årstal; kortets år er udledt af \
                                mødedatoen. Tjek, hvilket kort der behandles."
        }
        "body_conflict" => {
            "tegnene på, hvilket organ der holdt mødet, er uenige. Tjek, om det \
                            er kommunalbestyrelsen."
        }
        "body_from_file_name" => {
            "referatet nævner intet organ; det er læst ud af filnavnet. \
                                  Tjek, om det er kommunalbestyrelsen."
        }
        "date_from_decisions" => {
            "referatets hoved angiver ingen mødedato; datoen er læst ud af \
                                  beslutningsoverskrifterne. Tjek mødedatoen."
        }
        "date_from_file_name" => {
            "referatet angiver ingen mødedato; datoen er læst ud af filnavnet. \
                                  Tjek mødedatoen."
        }
        "decision_without_heading" => {
            "beslutningen er fundet uden en beslutningsoverskrift. \
                                       Tjek, at det er organets egen beslutning."
        }
        "decision_unread" => {
            "beslutningens ord er ikke forstået som en godkendelse eller en \
             stillingtagen. Tjek, hvad organet besluttede."
        }
        "recommendation_unread" => {
            "beslutningen godkender en indstilling, der taler om en plan, men \
             indstillingens stillingtagen er ikke læst. Tjek, hvad der blev godkendt."
        }
        "noted_only" => {
            "organet tog orienteringen til efterretning eller drøftede sagen, men \
             sagde intet om indstillingens stillingtagen til en handlingsplan. Tjek, om \
             indstillingen var ment vedtaget."
        }
        _ => return doubt.to_string(),
    };
    da.to_string()
}

pub(crate) fn stance_str(a: ActionPlan) -> &'static str {
    match a {
        ActionPlan::Prepare => "prepare",
        ActionPlan::NoNeed => "no_need",
        ActionPlan::NotAddressed => "not_addressed",
        ActionPlan::Deferred => "deferred",
    }
}

/// "15. december 2022".
pub(crate) fn date_da(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    format!("{}. {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// One counted item with the document it is in.
struct Hit<'a> {
    doc: &'a DocumentRecord,
    item: &'a ItemRecord,
}

impl Hit<'_> {
    fn body(&self) -> Body {
        self.doc.body.unwrap_or(Body::Unknown)
    }
    fn date(&self) -> Option<NaiveDate> {
        self.doc.meeting_date
    }
    /// An item without a stance took none.
    fn stance(&self) -> ActionPlan {
        self.item.action_plan.unwrap_or(ActionPlan::NotAddressed)
    }
    fn treatment(&self) -> Treatment {
        Treatment {
            document: self.doc.path.clone(),
            meeting_date: self.date(),
            body: self.body(),
            body_name: self.doc.body_name.clone(),
            item_title: self.item.title.clone(),
            page: self.item.page,
        }
    }
}

/// Decides one municipality's outcome from all documents (sorted by path).
pub(crate) fn decide(k: &Kommune, y: i32, docs: &[DocumentRecord]) -> MunicipalityOutcome {
    // Every date on or before this is in time. A map year chrono cannot
    // represent has no deadline anyone could meet late.
    let deadline = NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(NaiveDate::MAX);
    let in_time = |d: Option<NaiveDate>| d.map(|d| d <= deadline);

    let mine: Vec<&DocumentRecord> = docs
        .iter()
        .filter(|d| d.municipality_code.as_deref() == Some(k.code))
        .collect();
    let read: Vec<&DocumentRecord> = mine
        .iter()
        .copied()
        .filter(|d| d.status == DocStatus::Ok)
        .collect();
    let mut hits: Vec<Hit> = read
        .iter()
        .flat_map(|doc| {
            doc.items
                .iter()
                .filter(|i| i.kind == DANMARKSKORT && i.map_year == Some(y))
                .map(move |item| Hit { doc, item })
        })
        .collect();
    // By meeting date, undated last; then path and page, so "first" and
    // "latest" are well defined and the result does not depend on input order.
    hits.sort_by(|a, b| {
        (
            a.date().is_none(),
            a.date(),
            &a.doc.path,
            a.item.page,
            &a.item.title,
        )
            .cmp(&(
                b.date().is_none(),
                b.date(),
                &b.doc.path,
                b.item.page,
                &b.item.title,
            ))
    });
    let council: Vec<usize> = (0..hits.len())
        .filter(|&i| hits[i].body() == Body::Council)
        .collect();
    let timely: Vec<usize> = council
        .iter()
        .copied()
        .filter(|&i| in_time(hits[i].date()) == Some(true))
        .collect();

    let (outcome, deciding, action_plan) = if hits.is_empty() {
        (Outcome::NotFound, None, None)
    } else if council.is_empty() {
        (Outcome::CommitteeOnly, Some(0), None)
    } else if !timely.is_empty() {
        match timely.iter().find(|&&i| hits[i].stance().is_position()) {
            Some(&i) => (Outcome::Ok, Some(i), Some(hits[i].stance())),
            None => {
                let i = *timely.last().expect("timely is not empty");
                let stance = match hits[i].stance() {
                    ActionPlan::Deferred => ActionPlan::Deferred,
                    _ => ActionPlan::NotAddressed,
                };
                (Outcome::NoPosition, Some(i), Some(stance))
            }
        }
    } else {
        // Every council treatment is after the deadline or undated. Dated
        // ones sort first, so this is the first after the deadline; an
        // undated one decides only where no council treatment has a date.
        let i = council[0];
        (Outcome::Late, Some(i), Some(hits[i].stance()))
    };

    let mut review = Vec::new();
    if outcome == Outcome::Ok && action_plan == Some(ActionPlan::NoNeed) {
        review.push(ReviewNote::NoNeed);
    }
    if outcome == Outcome::Ok {
        let positions: Vec<(String, NaiveDate, ActionPlan)> = timely
            .iter()
            .filter(|&&i| hits[i].stance().is_position())
            .filter_map(|&i| Some((hits[i].doc.path.clone(), hits[i].date()?, hits[i].stance())))
            .collect();
        if positions.iter().any(|p| p.2 != positions[0].2) {
            review.push(ReviewNote::ConflictingPositions {
                treatments: positions,
            });
        }
    }
    // The notes below point at what could change an outcome that is not ok
    // yet; on an ok outcome they would only be noise.
    if outcome != Outcome::Ok {
        for &i in &council {
            if hits[i].date().is_none() {
                review.push(ReviewNote::DateMissing {
                    document: hits[i].doc.path.clone(),
                    page: hits[i].item.page,
                });
            }
        }
        if outcome == Outcome::NoPosition {
            if let Some(&i) = council.iter().find(|&&i| {
                in_time(hits[i].date()) == Some(false) && hits[i].stance().is_position()
            }) {
                review.push(ReviewNote::PositionAfterDeadline {
                    document: hits[i].doc.path.clone(),
                    meeting_date: hits[i].date(),
                    stance: hits[i].stance(),
                });
            }
        }
        let mut unknown_body: Vec<&str> = hits
            .iter()
            .filter(|h| h.body() == Body::Unknown)
            .map(|h| h.doc.path.as_str())
            .collect();
        unknown_body.dedup();
        for document in unknown_body {
            review.push(ReviewNote::BodyUnknown {
                document: document.to_string(),
            });
        }
        for doc in &read {
            for item in doc.items.iter().filter(|i| i.kind == DANMARKSKORT) {
                match item.map_year {
                    None => review.push(ReviewNote::MapYearUnknown {
                        document: doc.path.clone(),
                        page: item.page,
                    }),
                    Some(year) if year != y => review.push(ReviewNote::OtherMapYear {
                        document: doc.path.clone(),
                        page: item.page,
                        year,
                    }),
                    Some(_) => {}
                }
            }
        }
        // A cancelled meeting has no items, but its agenda may have listed the map: the
        // analyst should see where it went ("meeting_cancelled" is the matcher's key).
        for doc in &read {
            for doubt in doc
                .doubts
                .iter()
                .filter(|d| d.starts_with("meeting_cancelled:"))
            {
                review.push(ReviewNote::Uncertain {
                    document: doc.path.clone(),
                    page: None,
                    doubt: doubt.clone(),
                });
            }
        }
        let unreadable = mine.iter().filter(|d| d.status == DocStatus::Error).count();
        if unreadable > 0 {
            review.push(ReviewNote::UnreadableFiles { count: unreadable });
        }
    }
    // Doubts the matcher had about the reading that decides, whatever the outcome: a
    // wrong outcome must not go out without a note. Where only committees treated the
    // map, a doubt about any of those bodies could turn the outcome.
    let mut doubtful: Vec<usize> = deciding.into_iter().collect();
    if outcome == Outcome::CommitteeOnly {
        doubtful = (0..hits.len()).collect();
    }
    if outcome == Outcome::NoPosition {
        doubtful.extend(timely.iter().copied().filter(|&i| Some(i) != deciding));
    }
    for i in doubtful {
        let h = &hits[i];
        for doubt in &h.doc.doubts {
            let note = ReviewNote::Uncertain {
                document: h.doc.path.clone(),
                page: None,
                doubt: doubt.clone(),
            };
            if !review.contains(&note) {
                review.push(note);
            }
        }
        for doubt in &h.item.doubts {
            review.push(ReviewNote::Uncertain {
                document: h.doc.path.clone(),
                page: Some(h.item.page),
                doubt: doubt.clone(),
            });
        }
    }
    // Ankestyrelsen's guidance for the treatment of the 2023 map on.
    if let Some(i) = deciding.filter(|&i| y >= 2023 && hits[i].body() == Body::Council) {
        let missing = hits[i].item.attention.missing();
        if !missing.is_empty() {
            review.push(ReviewNote::AttentionPoints {
                document: hits[i].doc.path.clone(),
                page: hits[i].item.page,
                missing,
            });
        }
    }
    if let Some(i) = deciding {
        if hits[i].doc.municipality_from_text {
            review.push(ReviewNote::MunicipalityFromText {
                document: hits[i].doc.path.clone(),
            });
        }
    }
    // Any treatment filed here whose header names another municipality: it
    // may belong there, and be missing from that municipality's outcome.
    for hit in &hits {
        let Some(other) = hit.doc.municipality_in_text.as_deref() else {
            continue;
        };
        let note = ReviewNote::MunicipalityMismatch {
            document: hit.doc.path.clone(),
            filed_under: k.name.to_string(),
            named: tilsyn_kommuner::by_code(other)
                .map_or_else(|| other.to_string(), |o| format!("{} ({other})", o.name)),
        };
        if !review.contains(&note) {
            review.push(note);
        }
    }

    let treatment = deciding.map(|i| hits[i].treatment());
    let evidence = deciding
        .map(|i| {
            hits[i]
                .item
                .evidence
                .iter()
                .map(|e| MunicipalityEvidence {
                    document: hits[i].doc.path.clone(),
                    page: e.page,
                    rule: e.rule.clone(),
                    text: e.text.clone(),
                    highlight: e.highlight,
                })
                .collect()
        })
        .unwrap_or_default();
    let candidates = hits
        .iter()
        .enumerate()
        .filter(|&(i, _)| Some(i) != deciding)
        .map(|(_, h)| Candidate {
            document: h.doc.path.clone(),
            meeting_date: h.date(),
            body: h.body(),
            body_name: h.doc.body_name.clone(),
            item_title: h.item.title.clone(),
            page: h.item.page,
            action_plan: h.stance(),
            in_time: in_time(h.date()),
        })
        .collect();

    let reason = reason_english(y, outcome, action_plan, treatment.as_ref(), read.len());
    MunicipalityOutcome {
        code: k.code.to_string(),
        name: k.name.to_string(),
        region: k.region.to_string(),
        outcome,
        action_plan,
        treatment,
        review,
        evidence,
        reason,
        candidates,
        documents_read: read.len(),
    }
}

fn reason_english(
    y: i32,
    outcome: Outcome,
    action_plan: Option<ActionPlan>,
    t: Option<&Treatment>,
    read: usize,
) -> String {
    let when = t
        .and_then(|t| t.meeting_date)
        .map_or("on an unknown date".to_string(), |d| format!("on {d}"));
    match (outcome, action_plan) {
        (Outcome::Ok, Some(ActionPlan::NoNeed)) => format!(
            "The council treated the {y} map {when}, in time, and decided that no action plan is \
             needed."
        ),
        (Outcome::Ok, _) => format!(
            "The council treated the {y} map {when}, in time, and decided to prepare an action \
             plan."
        ),
        (Outcome::NoPosition, Some(ActionPlan::Deferred)) => format!(
            "The council had the {y} map on its agenda {when} but postponed the item, and no \
             later treatment in time took a position."
        ),
        (Outcome::NoPosition, _) => format!(
            "The council treated the {y} map {when}, in time, but the minutes show no position \
             on an action plan."
        ),
        (Outcome::Late, _) if t.is_some_and(|t| t.meeting_date.is_none()) => format!(
            "The council treated the {y} map, but no meeting date was found, so it cannot be \
             shown to be in time."
        ),
        (Outcome::Late, _) => format!(
            "The council treated the {y} map only {when}, after the deadline of 31 December {y}."
        ),
        (Outcome::CommitteeOnly, _) => format!(
            "The {y} map was found treated only by {} ({}), not by the council.",
            t.and_then(|t| t.body_name.clone())
                .unwrap_or_else(|| "a committee".to_string()),
            when.trim_start_matches("on "),
        ),
        (Outcome::NotFound, _) if read == 0 => format!(
            "No minutes from this municipality were read, so no treatment of the {y} map was \
             found."
        ),
        (Outcome::NotFound, _) => format!(
            "No agenda item about the {y} map was found in the {read} minutes read for this \
             municipality."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EvidenceRecord;

    const Y: i32 = 2022;

    fn date(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    /// A read document of København (101) with one danmarkskort item.
    fn doc(
        path: &str,
        d: &str,
        body: Body,
        year: i32,
        stance: Option<ActionPlan>,
    ) -> DocumentRecord {
        DocumentRecord {
            path: path.into(),
            municipality_code: Some("101".into()),
            status: DocStatus::Ok,
            pages: Some(10),
            meeting_date: if d.is_empty() { None } else { date(d) },
            body: Some(body),
            body_name: Some(match body {
                Body::Council => "Borgerrepræsentationen".into(),
                Body::Committee => "Økonomiudvalget".into(),
                Body::Unknown => "Mødet".into(),
            }),
            items: vec![ItemRecord {
                kind: DANMARKSKORT.into(),
                title: format!("Danmarkskort {year} ({path})"),
                map_year: Some(year),
                action_plan: stance,
                page: 3,
                doubts: Vec::new(),
                attention: Default::default(),
                evidence: vec![EvidenceRecord {
                    page: 3,
                    rule: "test.rule".into(),
                    text: format!("passage in {path}"),
                    highlight: None,
                }],
            }],
            ..Default::default()
        }
    }

    fn run(docs: Vec<DocumentRecord>) -> MunicipalityOutcome {
        run_year(Y, docs)
    }

    fn run_year(y: i32, mut docs: Vec<DocumentRecord>) -> MunicipalityOutcome {
        docs.sort_by(|a, b| a.path.cmp(&b.path));
        decide(tilsyn_kommuner::by_code("101").unwrap(), y, &docs)
    }

    fn deciding(m: &MunicipalityOutcome) -> &str {
        &m.treatment.as_ref().expect("a deciding treatment").document
    }

    fn keys(m: &MunicipalityOutcome) -> Vec<&'static str> {
        m.review.iter().map(ReviewNote::key).collect()
    }

    use ActionPlan::*;
    use Body::*;

    #[test]
    fn a_cancelled_meeting_with_the_map_on_its_agenda_is_pointed_out() {
        // The matcher gives a cancelled meeting no items and says why; the analyst is told
        // where the map went, and an ok municipality is not bothered with it.
        let mut cancelled = doc("byraad-2022-12-15.pdf", "2022-12-15", Council, Y, None);
        cancelled.items.clear();
        cancelled.doubts = vec!["meeting_cancelled: the meeting did not take place".into()];
        let m = run(vec![cancelled.clone()]);
        assert_eq!(m.outcome, Outcome::NotFound);
        assert!(
            m.review
                .iter()
                .any(|n| matches!(n, ReviewNote::Uncertain { doubt, .. }
            if doubt.starts_with("meeting_cancelled:"))),
            "{:?}",
            m.review
        );
        let treated = doc(
            "byraad-2022-11-24.pdf",
            "2022-11-24",
            Council,
            Y,
            Some(NoNeed),
        );
        let m = run(vec![cancelled, treated]);
        assert_eq!(m.outcome, Outcome::Ok);
        assert_eq!(m.review, vec![ReviewNote::NoNeed]);
    }

    #[test]
    fn nothing_read_is_not_found() {
        let m = run(vec![]);
        assert_eq!(m.outcome, Outcome::NotFound);
        assert_eq!(m.action_plan, None);
        assert_eq!(m.treatment, None);
        assert!(m.evidence.is_empty() && m.candidates.is_empty());
        assert!(m.reason_danish(Y).contains("ingen læste referater"));
    }

    #[test]
    fn minutes_without_the_map_are_not_found() {
        let mut d = doc("a.pdf", "2022-11-01", Council, Y, Some(Prepare));
        d.items.clear();
        let m = run(vec![d]);
        assert_eq!(m.outcome, Outcome::NotFound);
        assert_eq!(m.documents_read, 1);
    }

    #[test]
    fn another_kind_of_item_does_not_count() {
        let mut d = doc("a.pdf", "2022-11-01", Council, Y, Some(Prepare));
        d.items[0].kind = "klimaplan".into();
        assert_eq!(run(vec![d]).outcome, Outcome::NotFound);
    }

    #[test]
    fn other_municipalitys_documents_do_not_count() {
        let mut d = doc("a.pdf", "2022-11-01", Council, Y, Some(Prepare));
        d.municipality_code = Some("147".into());
        assert_eq!(run(vec![d.clone()]).outcome, Outcome::NotFound);
        d.municipality_code = None;
        assert_eq!(run(vec![d]).outcome, Outcome::NotFound);
    }

    #[test]
    fn items_in_unreadable_documents_do_not_count() {
        let mut d = doc("a.pdf", "2022-11-01", Council, Y, Some(Prepare));
        d.status = DocStatus::Error;
        d.error = Some("damaged".into());
        let m = run(vec![d]);
        assert_eq!(m.outcome, Outcome::NotFound);
        assert_eq!(m.review, vec![ReviewNote::UnreadableFiles { count: 1 }]);
    }

    #[test]
    fn committee_only() {
        let m = run(vec![doc(
            "oeu.pdf",
            "2022-11-01",
            Committee,
            Y,
            Some(Prepare),
        )]);
        assert_eq!(m.outcome, Outcome::CommitteeOnly);
        assert_eq!(m.action_plan, None);
        assert_eq!(deciding(&m), "oeu.pdf");
        assert_eq!(m.treatment.as_ref().unwrap().body, Committee);
        assert!(m.reason_danish(Y).contains("Økonomiudvalget"));
    }

    #[test]
    fn unknown_body_is_not_the_council_and_is_flagged() {
        let m = run(vec![doc("x.pdf", "2022-11-01", Unknown, Y, Some(Prepare))]);
        assert_eq!(m.outcome, Outcome::CommitteeOnly);
        assert_eq!(keys(&m), ["body_unknown"]);
    }

    #[test]
    fn council_in_time_with_prepare_is_ok() {
        let m = run(vec![doc("br.pdf", "2022-12-15", Council, Y, Some(Prepare))]);
        assert_eq!(m.outcome, Outcome::Ok);
        assert_eq!(m.action_plan, Some(Prepare));
        assert!(m.review.is_empty());
        let t = m.treatment.as_ref().unwrap();
        assert_eq!(
            (t.document.as_str(), t.page, t.meeting_date),
            ("br.pdf", 3, date("2022-12-15"))
        );
        assert_eq!(m.evidence.len(), 1);
        assert_eq!(m.evidence[0].document, "br.pdf");
    }

    #[test]
    fn no_need_is_ok_with_a_review_note() {
        let m = run(vec![doc("br.pdf", "2022-12-15", Council, Y, Some(NoNeed))]);
        assert_eq!(m.outcome, Outcome::Ok);
        assert_eq!(m.action_plan, Some(NoNeed));
        assert_eq!(m.review, vec![ReviewNote::NoNeed]);
        assert_eq!(
            m.review[0].to_string(),
            "no_need: the council decided that no action plan is needed"
        );
    }

    #[test]
    fn deadline_is_the_31st_of_december_inclusive() {
        let m = run(vec![doc("a.pdf", "2022-12-31", Council, Y, Some(Prepare))]);
        assert_eq!(m.outcome, Outcome::Ok);
        let m = run(vec![doc("a.pdf", "2023-01-01", Council, Y, Some(Prepare))]);
        assert_eq!(m.outcome, Outcome::Late);
        assert_eq!(m.action_plan, Some(Prepare));
    }

    #[test]
    fn late_is_decided_by_the_first_treatment_after_the_deadline() {
        let m = run(vec![
            doc("b.pdf", "2023-02-23", Council, Y, Some(NoNeed)),
            doc("a.pdf", "2023-01-26", Council, Y, Some(Deferred)),
        ]);
        assert_eq!(m.outcome, Outcome::Late);
        assert_eq!(deciding(&m), "a.pdf");
        assert_eq!(m.action_plan, Some(Deferred));
        assert_eq!(m.candidates.len(), 1);
        assert_eq!(m.candidates[0].in_time, Some(false));
    }

    #[test]
    fn in_time_without_position_is_no_position() {
        let m = run(vec![doc(
            "a.pdf",
            "2022-10-27",
            Council,
            Y,
            Some(NotAddressed),
        )]);
        assert_eq!(m.outcome, Outcome::NoPosition);
        assert_eq!(m.action_plan, Some(NotAddressed));
        // An item the matcher gave no stance took none.
        let m = run(vec![doc("a.pdf", "2022-10-27", Council, Y, None)]);
        assert_eq!(m.outcome, Outcome::NoPosition);
        assert_eq!(m.action_plan, Some(NotAddressed));
    }

    #[test]
    fn postponed_then_treated_in_time_is_ok_decided_by_the_later_meeting() {
        let m = run(vec![
            doc("nov.pdf", "2022-11-24", Council, Y, Some(Deferred)),
            doc("dec.pdf", "2022-12-15", Council, Y, Some(Prepare)),
        ]);
        assert_eq!(m.outcome, Outcome::Ok);
        assert_eq!(deciding(&m), "dec.pdf");
        assert_eq!(m.candidates.len(), 1);
        assert_eq!(m.candidates[0].document, "nov.pdf");
        assert_eq!(m.candidates[0].action_plan, Deferred);
        assert_eq!(m.candidates[0].in_time, Some(true));
    }

    #[test]
    fn postponed_in_december_and_treated_in_january_is_deferred() {
        let m = run(vec![
            doc("jan.pdf", "2023-01-26", Council, Y, Some(Prepare)),
            doc("dec.pdf", "2022-12-15", Council, Y, Some(Deferred)),
        ]);
        assert_eq!(m.outcome, Outcome::NoPosition);
        assert_eq!(m.action_plan, Some(Deferred));
        assert_eq!(deciding(&m), "dec.pdf");
        assert_eq!(keys(&m), ["position_after_deadline"]);
        assert!(m.reason_danish(Y).contains("udsat"));
    }

    #[test]
    fn early_announcement_then_treatment_with_position() {
        // A council item in March names the 2022 map before it is out; the
        // real treatment in October takes the position.
        let m = run(vec![
            doc("mar.pdf", "2022-03-10", Council, Y, Some(NotAddressed)),
            doc("okt.pdf", "2022-10-27", Council, Y, Some(Prepare)),
        ]);
        assert_eq!(m.outcome, Outcome::Ok);
        assert_eq!(deciding(&m), "okt.pdf");
    }

    #[test]
    fn without_any_position_the_latest_in_time_treatment_decides() {
        let m = run(vec![
            doc("mar.pdf", "2022-03-10", Council, Y, Some(NotAddressed)),
            doc("nov.pdf", "2022-11-24", Council, Y, Some(Deferred)),
        ]);
        assert_eq!(
            (m.outcome, m.action_plan),
            (Outcome::NoPosition, Some(Deferred))
        );
        assert_eq!(deciding(&m), "nov.pdf");

        let m = run(vec![
            doc("nov.pdf", "2022-11-24", Council, Y, Some(Deferred)),
            doc("dec.pdf", "2022-12-15", Council, Y, Some(NotAddressed)),
        ]);
        assert_eq!(
            (m.outcome, m.action_plan),
            (Outcome::NoPosition, Some(NotAddressed))
        );
        assert_eq!(deciding(&m), "dec.pdf");
    }

    #[test]
    fn late_position_plus_in_time_without_position_is_no_position() {
        let m = run(vec![
            doc("late.pdf", "2023-01-26", Council, Y, Some(Prepare)),
            doc("ok.pdf", "2022-12-15", Council, Y, Some(NotAddressed)),
        ]);
        assert_eq!(m.outcome, Outcome::NoPosition);
        assert_eq!(m.action_plan, Some(NotAddressed));
        assert_eq!(deciding(&m), "ok.pdf");
        assert_eq!(
            m.review,
            vec![ReviewNote::PositionAfterDeadline {
                document: "late.pdf".into(),
                meeting_date: date("2023-01-26"),
                stance: Prepare,
            }]
        );
    }

    #[test]
    fn the_first_in_time_treatment_with_a_position_decides() {
        let m = run(vec![
            doc("nov.pdf", "2022-11-24", Council, Y, Some(NoNeed)),
            doc("okt.pdf", "2022-10-27", Council, Y, Some(Prepare)),
        ]);
        assert_eq!((m.outcome, m.action_plan), (Outcome::Ok, Some(Prepare)));
        assert_eq!(deciding(&m), "okt.pdf");
        assert_eq!(keys(&m), ["conflicting_positions"]);
    }

    #[test]
    fn a_2023_map_among_2022_minutes_counts_only_for_2023() {
        let docs = vec![
            doc(
                "2022-10.pdf",
                "2022-10-27",
                Council,
                2022,
                Some(NotAddressed),
            ),
            doc("2023-11.pdf", "2023-11-23", Council, 2023, Some(Prepare)),
        ];
        let m = run_year(2022, docs.clone());
        assert_eq!(m.outcome, Outcome::NoPosition);
        assert_eq!(deciding(&m), "2022-10.pdf");
        assert!(m.candidates.is_empty());
        assert_eq!(keys(&m), ["other_map_year"]);
        let m = run_year(2023, docs.clone());
        assert_eq!(m.outcome, Outcome::Ok);
        assert_eq!(deciding(&m), "2023-11.pdf");
        // From the 2023 map on, a treatment that shows none of the attention points says so.
        assert_eq!(keys(&m), ["attention_points"]);
        let mut shown = docs;
        let passage = EvidenceRecord {
            page: 3,
            rule: "danmarkskort.part_whole".into(),
            text: "…".into(),
            highlight: None,
        };
        shown[1].items[0].attention = crate::AttentionRecord {
            whole_area: Some(passage.clone()),
            children: Some(passage.clone()),
            adults: Some(passage.clone()),
            comparison: Some(passage),
        };
        let m = run_year(2023, shown);
        assert!(m.review.is_empty(), "{:?}", m.review);
    }

    #[test]
    fn only_another_years_map_is_not_found_with_a_note() {
        let m = run(vec![doc(
            "a.pdf",
            "2022-03-10",
            Council,
            2021,
            Some(Prepare),
        )]);
        assert_eq!(m.outcome, Outcome::NotFound);
        assert_eq!(m.treatment, None);
        assert_eq!(keys(&m), ["other_map_year"]);
    }

    #[test]
    fn committee_and_council_the_council_decides() {
        let m = run(vec![
            doc("oeu.pdf", "2022-12-05", Committee, Y, Some(Prepare)),
            doc("br.pdf", "2022-12-15", Council, Y, Some(NotAddressed)),
        ]);
        // The committee's recommendation is not the council's position.
        assert_eq!(m.outcome, Outcome::NoPosition);
        assert_eq!(deciding(&m), "br.pdf");
        assert_eq!(m.candidates[0].body, Committee);

        let m = run(vec![
            doc("oeu.pdf", "2022-12-05", Committee, Y, Some(Prepare)),
            doc("br.pdf", "2023-01-26", Council, Y, Some(Prepare)),
        ]);
        assert_eq!(m.outcome, Outcome::Late);
        assert_eq!(deciding(&m), "br.pdf");
    }

    #[test]
    fn undated_council_treatment_alone_is_not_provably_in_time() {
        let m = run(vec![doc("x.pdf", "", Council, Y, Some(Prepare))]);
        assert_eq!(m.outcome, Outcome::Late);
        assert_eq!(m.treatment.as_ref().unwrap().meeting_date, None);
        assert_eq!(keys(&m), ["date_missing"]);
        assert!(m.reason_danish(Y).contains("mødedatoen er ikke fundet"));
    }

    #[test]
    fn dated_late_treatment_decides_before_an_undated_one() {
        let m = run(vec![
            doc("a-undated.pdf", "", Council, Y, Some(Prepare)),
            doc("b-late.pdf", "2023-01-26", Council, Y, Some(NoNeed)),
        ]);
        assert_eq!(m.outcome, Outcome::Late);
        assert_eq!(deciding(&m), "b-late.pdf");
        assert_eq!(keys(&m), ["date_missing"]);
    }

    #[test]
    fn undated_position_beside_in_time_without_position_is_flagged() {
        let m = run(vec![
            doc("a-undated.pdf", "", Council, Y, Some(Prepare)),
            doc("b.pdf", "2022-12-15", Council, Y, Some(NotAddressed)),
        ]);
        assert_eq!(m.outcome, Outcome::NoPosition);
        assert_eq!(deciding(&m), "b.pdf");
        assert_eq!(m.candidates[0].in_time, None);
        assert_eq!(keys(&m), ["date_missing"]);
    }

    #[test]
    fn undated_treatment_beside_an_ok_one_changes_nothing() {
        let m = run(vec![
            doc("a-undated.pdf", "", Council, Y, Some(NotAddressed)),
            doc("b.pdf", "2022-12-15", Council, Y, Some(Prepare)),
        ]);
        assert_eq!(m.outcome, Outcome::Ok);
        assert!(m.review.is_empty());
    }

    #[test]
    fn unknown_map_year_is_not_counted_but_noted() {
        let mut d = doc("a.pdf", "2022-12-15", Council, Y, Some(Prepare));
        d.items[0].map_year = None;
        let m = run(vec![d]);
        assert_eq!(m.outcome, Outcome::NotFound);
        assert_eq!(keys(&m), ["map_year_unknown"]);
    }

    #[test]
    fn municipality_from_text_is_noted_on_the_deciding_document() {
        let mut d = doc("a.pdf", "2022-12-15", Council, Y, Some(Prepare));
        d.municipality_from_text = true;
        let m = run(vec![d]);
        assert_eq!(m.outcome, Outcome::Ok);
        assert_eq!(keys(&m), ["municipality_from_text"]);
    }

    #[test]
    fn the_result_does_not_depend_on_item_order_within_a_day() {
        let a = doc("a.pdf", "2022-12-15", Council, Y, Some(NotAddressed));
        let b = doc("b.pdf", "2022-12-15", Council, Y, Some(Deferred));
        let m1 = run(vec![a.clone(), b.clone()]);
        let m2 = run(vec![b, a]);
        assert_eq!(m1, m2);
        // Same date: the path orders them, so b.pdf is the latest.
        assert_eq!(m1.action_plan, Some(Deferred));
    }

    #[test]
    fn danish_dates() {
        assert_eq!(date_da(date("2022-12-05").unwrap()), "5. december 2022");
        assert_eq!(date_da(date("2023-03-01").unwrap()), "1. marts 2023");
    }
}
