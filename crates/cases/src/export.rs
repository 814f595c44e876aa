//! `tilsyn review export`: every municipality of a map year with the tool's
//! outcome and the analysts' decision, in CONTRACT.md's shape.

use serde::Serialize;

use crate::model::{CaseSummary, Change, Decision, LastYear, action_plan_str};
use crate::store::time_str;
use crate::{Result, Store};

/// The version of the export's shape; CONTRACT.md names it.
pub const EXPORT_SCHEMA_VERSION: u32 = 1;

/// The export, as CONTRACT.md gives it (fields after those are additions).
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    /// Always [`EXPORT_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The map year.
    pub map_year: i32,
    /// All 98, ordered by code.
    pub municipalities: Vec<ExportMunicipality>,
}

/// One municipality of the export.
#[derive(Debug, Clone, Serialize)]
pub struct ExportMunicipality {
    /// Three-digit code.
    pub code: String,
    /// Name.
    pub name: String,
    /// The latest run's outcome; `null` where no run of the year exists.
    pub tool_outcome: Option<&'static str>,
    /// The latest run's stance.
    pub tool_action_plan: Option<&'static str>,
    /// The latest decision; `null` where no one has decided yet.
    pub decision: Option<ExportDecision>,
    /// Every decision, oldest first.
    pub history: Vec<ExportHistory>,
    /// Region (an addition).
    pub region: String,
    /// Map year Y−1: the decision that counted then, and whether the
    /// council's follow-up of it was found; `null` where that year has no
    /// decision (an addition).
    pub last_year: Option<ExportLastYear>,
}

/// The case of map year Y−1, in the export of year Y.
#[derive(Debug, Clone, Serialize)]
pub struct ExportLastYear {
    /// Y−1.
    pub map_year: i32,
    /// Outcome decided.
    pub outcome: &'static str,
    /// Stance decided.
    pub action_plan: Option<&'static str>,
    /// Reaction decided.
    pub reaction: &'static str,
    /// Who decided.
    pub by: String,
    /// When, RFC 3339 UTC.
    pub at: String,
    /// The reaction's deadline, ISO date.
    pub due: Option<String>,
    /// Whether the council's follow-up was found in the recorded runs;
    /// `null` where the reaction asked nothing of the council.
    pub follow_up_found: Option<bool>,
    /// The items found as follow-up, by meeting date.
    pub follow_up: Vec<crate::FollowUpCandidate>,
}

/// The decision that counts.
#[derive(Debug, Clone, Serialize)]
pub struct ExportDecision {
    /// Outcome decided.
    pub outcome: &'static str,
    /// Stance decided.
    pub action_plan: Option<&'static str>,
    /// Reaction decided.
    pub reaction: &'static str,
    /// The analyst's note.
    pub note: String,
    /// Who decided.
    pub by: String,
    /// When, RFC 3339 UTC.
    pub at: String,
    /// Whether a later scan changed the evidence it was made on.
    pub stale: bool,
    /// What changed, where stale (an addition).
    pub changes: Vec<Change>,
    /// The reaction's deadline, ISO date (an addition).
    pub due: Option<String>,
}

/// One entry of the history.
#[derive(Debug, Clone, Serialize)]
pub struct ExportHistory {
    /// Outcome decided.
    pub outcome: &'static str,
    /// Reaction decided.
    pub reaction: &'static str,
    /// Who decided.
    pub by: String,
    /// When, RFC 3339 UTC.
    pub at: String,
    /// Stance decided (an addition).
    pub action_plan: Option<&'static str>,
    /// The note (an addition).
    pub note: String,
}

impl Store {
    /// The export of a map year.
    pub fn export(&self, map_year: i32) -> Result<Export> {
        let cases = self.latest_decisions(map_year)?;
        let mut histories = self.all_histories(map_year)?;
        let municipalities = cases
            .into_iter()
            .map(|c| {
                let history = histories.remove(&c.code).unwrap_or_default();
                let last_year = self.last_year(map_year, &c.code)?;
                Ok(export_one(c, history, last_year))
            })
            .collect::<Result<_>>()?;
        Ok(Export {
            schema_version: EXPORT_SCHEMA_VERSION,
            map_year,
            municipalities,
        })
    }
}

fn export_one(
    c: CaseSummary,
    history: Vec<Decision>,
    last_year: Option<LastYear>,
) -> ExportMunicipality {
    let (tool_outcome, tool_action_plan) = match &c.finding {
        Some(f) => (Some(f.outcome.as_str()), f.action_plan.map(action_plan_str)),
        None => (None, None),
    };
    ExportMunicipality {
        code: c.code,
        name: c.name,
        tool_outcome,
        tool_action_plan,
        decision: c.decision.map(|s| {
            let stale = s.is_stale();
            let d = s.decision;
            ExportDecision {
                outcome: d.outcome.as_str(),
                action_plan: d.action_plan.map(action_plan_str),
                reaction: d.reaction.as_str(),
                note: d.note,
                by: d.by,
                at: time_str(d.at),
                stale,
                changes: s.changes,
                due: d.due.map(|x| x.to_string()),
            }
        }),
        history: history
            .into_iter()
            .map(|d| ExportHistory {
                outcome: d.outcome.as_str(),
                reaction: d.reaction.as_str(),
                by: d.by,
                at: time_str(d.at),
                action_plan: d.action_plan.map(action_plan_str),
                note: d.note,
            })
            .collect(),
        region: c.region,
        last_year: last_year.map(|ly| {
            let found = ly.follow_up_found();
            let d = ly.decision;
            ExportLastYear {
                map_year: d.map_year,
                outcome: d.outcome.as_str(),
                action_plan: d.action_plan.map(action_plan_str),
                reaction: d.reaction.as_str(),
                by: d.by,
                at: time_str(d.at),
                due: d.due.map(|x| x.to_string()),
                follow_up_found: found,
                follow_up: ly.follow_up,
            }
        }),
    }
}

/// JSON, pretty, with a trailing newline.
pub fn render_export_json(export: &Export) -> Result<String> {
    let mut s = serde_json::to_string_pretty(export)?;
    s.push('\n');
    Ok(s)
}

/// CSV: a header row, then one row per municipality (98). No byte-order
/// mark: the export goes to standard output for scripts. Cells that start
/// like a formula get a leading `'`, as in `report.csv`.
pub fn render_export_csv(export: &Export) -> Result<String> {
    let mut out = String::new();
    let header = [
        "code",
        "name",
        "region",
        "tool_outcome",
        "tool_action_plan",
        "outcome",
        "action_plan",
        "reaction",
        "note",
        "by",
        "at",
        "stale",
        "due",
        "decisions",
        "last_year_reaction",
        "last_year_follow_up_found",
    ];
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for m in &export.municipalities {
        let d = m.decision.as_ref();
        let s = |x: Option<&str>| x.unwrap_or("").to_string();
        push_row(
            &mut out,
            [
                m.code.clone(),
                m.name.clone(),
                m.region.clone(),
                s(m.tool_outcome),
                s(m.tool_action_plan),
                s(d.map(|d| d.outcome)),
                s(d.and_then(|d| d.action_plan)),
                s(d.map(|d| d.reaction)),
                d.map(|d| d.note.clone()).unwrap_or_default(),
                d.map(|d| d.by.clone()).unwrap_or_default(),
                d.map(|d| d.at.clone()).unwrap_or_default(),
                d.map(|d| d.stale.to_string()).unwrap_or_default(),
                d.and_then(|d| d.due.clone()).unwrap_or_default(),
                m.history.len().to_string(),
                s(m.last_year.as_ref().map(|l| l.reaction)),
                m.last_year
                    .as_ref()
                    .and_then(|l| l.follow_up_found)
                    .map(|f| f.to_string())
                    .unwrap_or_default(),
            ],
        );
    }
    Ok(out)
}

fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let mut first = true;
    for cell in cells {
        if !first {
            out.push(',');
        }
        first = false;
        let cell = if cell.starts_with(['=', '+', '-', '@']) {
            format!("'{cell}")
        } else {
            cell
        };
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}
