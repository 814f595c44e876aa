//! The council's follow-up after a reaction, found in a later scan: for
//! `take_position`, a council item that takes a position on an action plan;
//! for `order_plan`, a council item that decides on or adopts one. Each is a
//! *candidate* for closing the case: a person confirms it.
//!
//! The search runs over the documents of a scan as [`DocumentRecord`]s, the
//! records every scan makes (`Report::documents`), which the case store also
//! keeps per run, so the follow-up can be looked for in a fresh report or in
//! any recorded run.
//! It looks at every danmarkskort item of the municipality's council minutes
//! dated after the decision, whatever the outcome logic made of them (an
//! item in March of the following year is "late" for the map, and exactly
//! what a follow-up looks like). Items about a later year's map are next
//! year's case and are left out; an item whose map year could not be told is
//! kept.

use chrono::NaiveDate;
use serde::Serialize;
use tilsyn_report::{ActionPlan, Body, DocStatus, DocumentRecord};

use crate::model::Reaction;

/// What a candidate shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpKind {
    /// The council took a position on an action plan (`take_position`).
    PositionTaken,
    /// The council decided that an action plan is to be made (`order_plan`,
    /// and also `take_position`).
    PlanDecided,
    /// A council item about the action plan itself: its title names the
    /// handlingsplan and the item decides on it (`order_plan`).
    PlanItem,
}

impl FollowUpKind {
    /// In Danish, for the case page.
    pub fn danish(self) -> &'static str {
        match self {
            FollowUpKind::PositionTaken => {
                "kommunalbestyrelsen har taget stilling til en handlingsplan"
            }
            FollowUpKind::PlanDecided => {
                "kommunalbestyrelsen har besluttet at udarbejde en handlingsplan"
            }
            FollowUpKind::PlanItem => {
                "et punkt om handlingsplanen er behandlet i kommunalbestyrelsen"
            }
        }
    }
}

/// One item that may close a case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUpCandidate {
    /// What it shows.
    pub kind: FollowUpKind,
    /// The minutes, relative to the input folder.
    pub document: String,
    /// The meeting date (always after the decision).
    pub meeting_date: NaiveDate,
    /// The body's name as written.
    pub body_name: Option<String>,
    /// The item's title.
    pub item_title: String,
    /// The page where the item starts.
    pub page: u32,
    /// The item's stance.
    pub action_plan: Option<ActionPlan>,
    /// The passage that decided the stance, where there is one.
    pub evidence: Option<String>,
    /// The recorded run the document was read in, where the candidate came
    /// from the store ([`crate::Store::follow_up`]); the review pages link
    /// the source through it.
    #[serde(skip)]
    pub run_id: Option<i64>,
}

/// The candidates in `documents` for closing a case of municipality `code`,
/// map year `map_year`, decided `reaction` on `decided_on`; by meeting date.
/// Empty for `none` and `deadline_reminder`, which ask nothing of the
/// council.
pub fn find_follow_up(
    documents: &[DocumentRecord],
    code: &str,
    map_year: i32,
    reaction: Reaction,
    decided_on: NaiveDate,
) -> Vec<FollowUpCandidate> {
    if !matches!(reaction, Reaction::TakePosition | Reaction::OrderPlan) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for doc in documents {
        if doc.municipality_code.as_deref() != Some(code)
            || doc.status != DocStatus::Ok
            || doc.body != Some(Body::Council)
        {
            continue;
        }
        // An undated meeting cannot be shown to come after the decision.
        let Some(date) = doc.meeting_date.filter(|d| *d > decided_on) else {
            continue;
        };
        for item in &doc.items {
            if item.kind != "danmarkskort" || item.map_year.is_some_and(|y| y > map_year) {
                continue;
            }
            let names_plan = item.title.to_lowercase().contains("handlingsplan");
            let kind = match (reaction, item.action_plan) {
                (_, Some(ActionPlan::Prepare)) if names_plan && reaction == Reaction::OrderPlan => {
                    FollowUpKind::PlanItem
                }
                (_, Some(ActionPlan::Prepare)) => FollowUpKind::PlanDecided,
                (Reaction::TakePosition, Some(ActionPlan::NoNeed)) => FollowUpKind::PositionTaken,
                // An item about the plan that approves it reads as
                // not_addressed or prepare, depending on the wording; the
                // title is the stronger sign. A deferred one is not a
                // follow-up yet.
                (Reaction::OrderPlan, Some(ActionPlan::NotAddressed) | None) if names_plan => {
                    FollowUpKind::PlanItem
                }
                _ => continue,
            };
            out.push(FollowUpCandidate {
                kind,
                document: doc.path.clone(),
                meeting_date: date,
                body_name: doc.body_name.clone(),
                item_title: item.title.clone(),
                page: item.page,
                action_plan: item.action_plan,
                evidence: item
                    .evidence
                    .iter()
                    .find(|e| e.rule.starts_with("action_plan."))
                    .map(|e| e.text.clone()),
                run_id: None,
            });
        }
    }
    out.sort_by(|a, b| {
        (a.meeting_date, &a.document, a.page).cmp(&(b.meeting_date, &b.document, b.page))
    });
    out
}

impl crate::Store {
    /// The follow-up of a decision in the recorded runs: the latest run of
    /// its map year and, where there is one, of the next (the following
    /// months' minutes are often scanned for next year's map). Empty for the
    /// reactions that ask nothing of the council. By meeting date.
    pub fn follow_up(&self, d: &crate::Decision) -> crate::Result<Vec<FollowUpCandidate>> {
        if !matches!(d.reaction, Reaction::TakePosition | Reaction::OrderPlan) {
            return Ok(Vec::new());
        }
        let mut found: Vec<FollowUpCandidate> = Vec::new();
        for year in [d.map_year, d.map_year + 1] {
            let Some(run) = self.latest_run(year)? else {
                continue;
            };
            let docs = self.document_records(run.id, Some(&d.code))?;
            for mut c in find_follow_up(&docs, &d.code, d.map_year, d.reaction, d.at.date_naive()) {
                c.run_id = Some(run.id);
                if !found
                    .iter()
                    .any(|f| f.document == c.document && f.page == c.page)
                {
                    found.push(c);
                }
            }
        }
        found.sort_by(|a, b| (a.meeting_date, &a.document).cmp(&(b.meeting_date, &b.document)));
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use tilsyn_report::{DocumentRecord, EvidenceRecord, ItemRecord, RunInfo, build_report};

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn doc(
        path: &str,
        code: &str,
        date: NaiveDate,
        body: Body,
        title: &str,
        year: Option<i32>,
        stance: ActionPlan,
    ) -> DocumentRecord {
        DocumentRecord {
            path: path.into(),
            municipality_code: Some(code.into()),
            meeting_date: Some(date),
            body: Some(body),
            body_name: Some(
                if body == Body::Council {
                    "Byrådet"
                } else {
                    "Økonomiudvalget"
                }
                .into(),
            ),
            items: vec![ItemRecord {
                kind: "danmarkskort".into(),
                title: title.into(),
                map_year: year,
                action_plan: Some(stance),
                page: 3,
                doubts: Vec::new(),
                attention: Default::default(),
                evidence: vec![EvidenceRecord {
                    page: 3,
                    rule: "action_plan.prepare".into(),
                    text: "at handlingsplanen godkendes".into(),
                    highlight: None,
                }],
            }],
            ..DocumentRecord::default()
        }
    }

    #[test]
    fn the_adopted_plan_after_an_order_is_a_candidate_and_nothing_before_it_is() {
        let decided = d(2023, 9, 15);
        let report = build_report(
            2022,
            vec![
                // The treatment the order was about: before the decision.
                doc(
                    "630/a.pdf",
                    "630",
                    d(2022, 12, 12),
                    Body::Council,
                    "Danmarkskort 2022",
                    Some(2022),
                    ActionPlan::NoNeed,
                ),
                // The plan in committee first: not the council's.
                doc(
                    "630/b.pdf",
                    "630",
                    d(2023, 11, 20),
                    Body::Committee,
                    "Handlingsplan som opfølgning på danmarkskortet 2022",
                    Some(2022),
                    ActionPlan::Prepare,
                ),
                // The plan adopted by the council.
                doc(
                    "630/c.pdf",
                    "630",
                    d(2023, 12, 4),
                    Body::Council,
                    "Handlingsplan som opfølgning på danmarkskortet 2022",
                    Some(2022),
                    ActionPlan::Prepare,
                ),
                // Next year's map: next year's case.
                doc(
                    "630/d.pdf",
                    "630",
                    d(2023, 12, 4),
                    Body::Council,
                    "Danmarkskort 2023",
                    Some(2023),
                    ActionPlan::Prepare,
                ),
                // Another municipality.
                doc(
                    "751/e.pdf",
                    "751",
                    d(2023, 12, 4),
                    Body::Council,
                    "Handlingsplan, danmarkskortet",
                    Some(2022),
                    ActionPlan::Prepare,
                ),
            ],
            RunInfo::default(),
        );
        let found = find_follow_up(&report.documents, "630", 2022, Reaction::OrderPlan, decided);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, FollowUpKind::PlanItem);
        assert_eq!(found[0].document, "630/c.pdf");
        assert_eq!(found[0].meeting_date, d(2023, 12, 4));
        assert_eq!(
            found[0].evidence.as_deref(),
            Some("at handlingsplanen godkendes")
        );
        assert!(find_follow_up(&report.documents, "630", 2022, Reaction::None, decided).is_empty());
        assert!(
            find_follow_up(
                &report.documents,
                "630",
                2022,
                Reaction::DeadlineReminder,
                decided
            )
            .is_empty()
        );
    }

    #[test]
    fn a_position_either_way_answers_take_position_but_no_need_does_not_answer_an_order() {
        let decided = d(2023, 9, 15);
        let report = build_report(
            2022,
            vec![doc(
                "461/a.pdf",
                "461",
                d(2023, 10, 25),
                Body::Council,
                "Danmarkskort 2022 – stillingtagen til handlingsplan",
                None,
                ActionPlan::NoNeed,
            )],
            RunInfo::default(),
        );
        let found = find_follow_up(
            &report.documents,
            "461",
            2022,
            Reaction::TakePosition,
            decided,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, FollowUpKind::PositionTaken);
        assert!(
            find_follow_up(&report.documents, "461", 2022, Reaction::OrderPlan, decided).is_empty()
        );
    }
}
