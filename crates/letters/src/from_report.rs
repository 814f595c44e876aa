//! A [`LetterInput`] from what a scan found for a municipality and what a
//! person decided about it.
//!
//! The decision wins where the two differ: the outcome, the stance and the
//! reaction are the analyst's; the treatment and the quoted passage are what
//! the minutes show. The findings are only those the scan can stand behind:
//!
//! - `in_time` from the decided outcome (`late` is a miss; `ok` and
//!   `no_position` were treated in time; for `committee_only` and
//!   `not_found` there was no council treatment to be in time or late);
//! - `position` from the decided stance (`prepare` and `no_need` are one;
//!   `not_addressed` and `deferred` are a miss);
//! - the three parts of the map and the comparison with other
//!   municipalities from the matcher's attention points
//!   ([`tilsyn_report::AttentionRecord`], read over the whole item), where
//!   the scan judged them: a council treatment of the 2023 map on (the
//!   report's `attention_points` note lists the ones missed). There each
//!   point is met or missed, and the letter says a missed one plainly.
//!   Elsewhere a point counts only as *met*, where a quoted passage names it
//!   ("børnehandicapområdet", "andre kommuner"), and is never missed.

use chrono::NaiveDate;
use tilsyn_report::{
    ActionPlan, Body, MunicipalityEvidence, MunicipalityOutcome, Outcome, ReviewNote, Treatment,
};

use crate::model::{BodyKind, Findings, LetterInput, Quote, Reaction, Stance, TreatmentShown};
use tilsyn_cases::due::{DueConfig, due_date};

/// What a scan found for one municipality, as a letter needs it. Made from a
/// fresh report's [`MunicipalityOutcome`] (`From`), or by the binary from
/// the case store's record of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Scanned {
    /// Three-digit code.
    pub code: String,
    /// The name as `data/kommuner.csv` writes it.
    pub name: String,
    /// The deciding treatment.
    pub treatment: Option<Treatment>,
    /// Its stance.
    pub action_plan: Option<ActionPlan>,
    /// The deciding item's passages.
    pub evidence: Vec<MunicipalityEvidence>,
    /// The council's name as a council meeting of the municipality writes
    /// it ("Byrådet"), where one counted.
    pub council_name: Option<String>,
    /// The attention points the deciding treatment does not show, as the
    /// matcher read the whole item (`whole_area`, `children`, `adults`,
    /// `comparison`: the report's `attention_points` note). The scan judges
    /// them for a council treatment of the 2023 map on; there, a point not
    /// listed is shown. `None` where it is not known what the scan found
    /// (a record kept before the points were): then a point counts only as
    /// met, where a quoted passage names it.
    pub attention_missed: Option<Vec<String>>,
}

impl From<&MunicipalityOutcome> for Scanned {
    fn from(m: &MunicipalityOutcome) -> Scanned {
        // The council's name from a council meeting: the deciding
        // treatment, else any council item that counted.
        let council_name = m
            .treatment
            .iter()
            .filter(|t| t.body == Body::Council)
            .filter_map(|t| t.body_name.clone())
            .chain(
                m.candidates
                    .iter()
                    .filter(|c| c.body == Body::Council)
                    .filter_map(|c| c.body_name.clone()),
            )
            .next();
        let attention_missed = m
            .review
            .iter()
            .find_map(|n| match n {
                ReviewNote::AttentionPoints { missing, .. } => {
                    Some(missing.iter().map(|k| k.to_string()).collect())
                }
                _ => None,
            })
            .unwrap_or_default();
        let attention_missed = Some(attention_missed);
        Scanned {
            code: m.code.clone(),
            name: m.name.clone(),
            treatment: m.treatment.clone(),
            action_plan: m.action_plan,
            evidence: m.evidence.clone(),
            council_name,
            attention_missed,
        }
    }
}

/// What a person decided for one municipality, as a letter needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    /// The decided outcome.
    pub outcome: Outcome,
    /// The decided stance on an action plan.
    pub action_plan: Option<ActionPlan>,
    /// What Ankestyrelsen does next.
    pub reaction: Reaction,
    /// The day of the decision; deadlines run from it.
    pub decided_on: NaiveDate,
    /// Ankestyrelsen's case number, where the store has one.
    pub case_number: Option<String>,
}

fn stance(a: ActionPlan) -> Stance {
    match a {
        ActionPlan::Prepare => Stance::Prepare,
        ActionPlan::NoNeed => Stance::NoNeed,
        ActionPlan::NotAddressed => Stance::NotAddressed,
        ActionPlan::Deferred => Stance::Deferred,
    }
}

fn body(b: Body) -> BodyKind {
    match b {
        Body::Council => BodyKind::Council,
        Body::Committee => BodyKind::Committee,
        Body::Unknown => BodyKind::Unknown,
    }
}

/// The letter's input for one municipality of `map_year`.
pub fn letter_input(
    m: &Scanned,
    map_year: i32,
    decided: &Decided,
    letter_date: NaiveDate,
    due: &DueConfig,
) -> LetterInput {
    let stance_decided = decided.action_plan.or(m.action_plan).map(stance);
    let treatment = match decided.outcome {
        // The analyst found no treatment: the letter shows none, whatever
        // the scan took for one.
        Outcome::NotFound => None,
        _ => m.treatment.as_ref().map(|t| TreatmentShown {
            meeting_date: t.meeting_date,
            body: body(t.body),
            body_name: t.body_name.clone(),
            item_title: t.item_title.clone(),
            document: t.document.clone(),
            page: t.page,
            stance: stance_decided,
        }),
    };
    let quote = treatment.as_ref().and_then(|t| {
        let own: Vec<_> = m
            .evidence
            .iter()
            .filter(|e| e.document == t.document)
            .collect();
        let pick = own
            .iter()
            .find(|e| e.rule.starts_with("action_plan."))
            .or_else(|| own.iter().find(|e| e.rule.starts_with("decision.")))
            .or_else(|| own.first())?;
        Some(Quote {
            text: pick.text.clone(),
            page: pick.page,
            document: pick.document.clone(),
        })
    });
    let passages = || m.evidence.iter().map(|e| e.text.to_lowercase());
    // Where the matcher judged the attention points (a council treatment of
    // the 2023 map on, the one the letter shows), each is met or missed, and
    // a missed one is said plainly; elsewhere a point is only *met*, where a
    // quoted passage names it.
    let judged = map_year >= 2023
        && treatment
            .as_ref()
            .is_some_and(|t| t.body == BodyKind::Council);
    let named = |key: &str, words: &[&str]| match (&m.attention_missed, judged) {
        (Some(missed), true) => Some(!missed.iter().any(|k| k == key)),
        _ => passages()
            .any(|t| words.iter().any(|w| t.contains(w)))
            .then_some(true),
    };
    let findings = Findings {
        in_time: match decided.outcome {
            Outcome::Ok | Outcome::NoPosition => Some(true),
            Outcome::Late => Some(false),
            Outcome::CommitteeOnly | Outcome::NotFound => None,
        },
        position: match (decided.outcome, stance_decided) {
            (Outcome::NotFound, _) | (_, None) => None,
            (_, Some(Stance::Prepare | Stance::NoNeed)) => Some(true),
            (_, Some(Stance::NotAddressed | Stance::Deferred)) => Some(false),
        },
        whole_area: named(
            "whole_area",
            &["hele socialområdet", "det samlede socialområde"],
        ),
        children: named("children", &["børnehandicap"]),
        adults: named("adults", &["voksenhandicap"]),
        comparison: named(
            "comparison",
            &["andre kommuner", "landsgennemsnit", "landsplan"],
        ),
    };
    LetterInput {
        municipality_code: m.code.clone(),
        municipality_name: m.name.clone(),
        council_name: m.council_name.clone(),
        map_year,
        reaction: decided.reaction,
        letter_date,
        case_number: decided.case_number.clone(),
        deadline: due_date(decided.reaction, decided.decided_on, due),
        treatment,
        quote,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use tilsyn_report::{DocumentRecord, EvidenceRecord, ItemRecord, RunInfo, build_report};

    use super::*;
    use crate::{LetterConfig, Templates, draft};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn vejle() -> Scanned {
        let report = build_report(
            2022,
            vec![DocumentRecord {
                path: "630/byraad-2022-12-12.pdf".into(),
                municipality_code: Some("630".into()),
                meeting_date: Some(d(2022, 12, 12)),
                body: Some(Body::Council),
                body_name: Some("Byrådet".into()),
                items: vec![ItemRecord {
                    kind: "danmarkskort".into(),
                    title: "Danmarkskort 2022".into(),
                    map_year: Some(2022),
                    action_plan: Some(ActionPlan::NoNeed),
                    page: 7,
                    doubts: Vec::new(),
                    attention: Default::default(),
                    evidence: vec![EvidenceRecord {
                        page: 8,
                        rule: "action_plan.no_need".into(),
                        text: "at der ikke udarbejdes en handlingsplan, da\nomgørelsesprocenten på børnehandicapområdet er lav".into(),
                        highlight: None,
                    }],
                }],
                ..DocumentRecord::default()
            }],
            RunInfo::default(),
        );
        let m = report
            .municipalities
            .iter()
            .find(|m| m.code == "630")
            .unwrap();
        Scanned::from(m)
    }

    #[test]
    fn an_order_on_a_no_need_treatment_quotes_it_and_runs_three_months() {
        let m = vejle();
        let decided = Decided {
            outcome: Outcome::Ok,
            action_plan: Some(ActionPlan::NoNeed),
            reaction: Reaction::OrderPlan,
            decided_on: d(2023, 9, 15),
            case_number: None,
        };
        let input = letter_input(&m, 2022, &decided, d(2023, 9, 18), &DueConfig::default());
        assert_eq!(input.deadline, Some(d(2023, 12, 15)));
        assert_eq!(input.council_name.as_deref(), Some("Byrådet"));
        let q = input.quote.as_ref().unwrap();
        assert_eq!(
            (q.page, q.document.as_str()),
            (8, "630/byraad-2022-12-12.pdf")
        );
        assert_eq!(input.findings.in_time, Some(true));
        assert_eq!(input.findings.position, Some(true));
        assert_eq!(input.findings.children, Some(true));
        assert_eq!(
            input.findings.adults, None,
            "not named is unknown, not missed"
        );
        let text = draft(
            &Templates::load().unwrap(),
            &input,
            &LetterConfig::default(),
        )
        .unwrap()
        .to_text();
        assert!(text.contains("Byrådet i Vejle Kommune"), "{text}");
        assert!(text.contains("senest den 15. december 2023"), "{text}");
        assert!(
            text.contains("»at der ikke udarbejdes en handlingsplan, da omgørelsesprocenten"),
            "{text}"
        );
    }

    #[test]
    fn a_not_found_decision_shows_no_treatment_and_claims_nothing() {
        let m = vejle();
        let decided = Decided {
            outcome: Outcome::NotFound,
            action_plan: None,
            reaction: Reaction::DeadlineReminder,
            decided_on: d(2023, 9, 15),
            case_number: Some("23-1".into()),
        };
        let input = letter_input(&m, 2022, &decided, d(2023, 9, 15), &DueConfig::default());
        assert!(input.treatment.is_none() && input.quote.is_none());
        assert_eq!(input.findings.in_time, None);
        assert_eq!(input.findings.position, None);
        assert_eq!(input.deadline, None);
    }

    /// Aarhus treats the 2023 map in time and decides no plan is needed; the
    /// matcher finds the whole social area and the adults' area in the item,
    /// not the children's nor a comparison with other municipalities.
    fn aarhus_2023(shown: &[&str]) -> Scanned {
        let passage = |text: &str| EvidenceRecord {
            page: 3,
            rule: "danmarkskort.part".into(),
            text: text.into(),
            highlight: None,
        };
        let has = |k: &str| shown.contains(&k).then(|| passage(k));
        let report = build_report(
            2023,
            vec![DocumentRecord {
                path: "751/byraad-2023-11-29.pdf".into(),
                municipality_code: Some("751".into()),
                meeting_date: Some(d(2023, 11, 29)),
                body: Some(Body::Council),
                body_name: Some("Byrådet".into()),
                items: vec![ItemRecord {
                    kind: "danmarkskort".into(),
                    title: "Danmarkskort 2023".into(),
                    map_year: Some(2023),
                    action_plan: Some(ActionPlan::NoNeed),
                    page: 3,
                    doubts: Vec::new(),
                    attention: tilsyn_report::AttentionRecord {
                        whole_area: has("whole_area"),
                        children: has("children"),
                        adults: has("adults"),
                        comparison: has("comparison"),
                    },
                    evidence: vec![EvidenceRecord {
                        page: 4,
                        rule: "action_plan.no_need".into(),
                        text: "at der ikke er behov for en handlingsplan".into(),
                        highlight: None,
                    }],
                }],
                ..DocumentRecord::default()
            }],
            RunInfo::default(),
        );
        Scanned::from(
            report
                .municipalities
                .iter()
                .find(|m| m.code == "751")
                .unwrap(),
        )
    }

    fn none_decided() -> Decided {
        Decided {
            outcome: Outcome::Ok,
            action_plan: Some(ActionPlan::NoNeed),
            reaction: Reaction::None,
            decided_on: d(2024, 2, 1),
            case_number: None,
        }
    }

    /// The letter drafted for `m` (map 2023, nothing decided yet), and what its findings say of
    /// the four attention points (whole area, children, adults, comparison).
    fn attention_letter(m: &Scanned) -> ([Option<bool>; 4], String) {
        let input = letter_input(
            m,
            2023,
            &none_decided(),
            d(2024, 2, 1),
            &DueConfig::default(),
        );
        let f = &input.findings;
        let points = [f.whole_area, f.children, f.adults, f.comparison];
        let text = draft(
            &Templates::load().unwrap(),
            &input,
            &LetterConfig::default(),
        )
        .unwrap()
        .to_text();
        (points, text)
    }

    #[test]
    fn the_attention_points_the_matcher_did_not_find_are_said_plainly_in_the_letter() {
        let m = aarhus_2023(&["whole_area", "adults"]);
        assert_eq!(
            m.attention_missed.as_deref(),
            Some(&["children".to_string(), "comparison".to_string()][..])
        );
        let (points, text) = attention_letter(&m);
        assert_eq!(points, [Some(true), Some(false), Some(true), Some(false)]);
        assert!(
            text.contains("Det fremgår ikke af referatet, at behandlingen omfattede"),
            "{text}"
        );
        assert!(text.contains("børnehandicapområdet"), "{text}");
        assert!(
            text.contains("set i forhold til andre kommuner"),
            "the missed comparison: {text}"
        );
    }

    #[test]
    fn a_treatment_that_shows_every_point_gets_no_remark_about_them() {
        let m = aarhus_2023(&["whole_area", "children", "adults", "comparison"]);
        let (points, text) = attention_letter(&m);
        assert_eq!(points, [Some(true); 4]);
        assert!(!text.contains("Det fremgår ikke af referatet, at behandlingen omfattede"));
        assert!(!text.contains("drøftelsen omfattede kommunens omgørelsesprocenter"));
    }

    #[test]
    fn before_the_2023_map_the_points_are_not_judged_and_never_missed() {
        let mut m = aarhus_2023(&[]);
        m.attention_missed = Some(vec!["children".into()]);
        let input = letter_input(
            &m,
            2022,
            &none_decided(),
            d(2023, 2, 1),
            &DueConfig::default(),
        );
        assert_eq!(input.findings.children, None);
        assert_eq!(input.findings.comparison, None);
    }
}
