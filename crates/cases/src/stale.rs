//! Whether a decision still rests on the evidence it was made on.
//!
//! A decision keeps every document of its municipality in the run it was
//! made on, with each file's hash, and the tool's outcome then. Against the
//! latest run of the same map year it is stale where
//!
//! - the deciding document has other bytes, or is gone;
//! - another document of the municipality has other bytes, is gone, or a
//!   new one appeared (it may hold a treatment the decision did not see);
//! - the tool now finds another outcome or stance (the same files read by a
//!   better matcher can change what the decision was about).
//!
//! Staleness is computed when read, never stored: decisions are append-only,
//! and a later decision on the case is what clears it.

use std::collections::BTreeMap;

use crate::model::{Change, Decision, Finding, StoredDocument, action_plan_str};

/// What changed between the run `decision` was made on and the latest run
/// (`latest_run`, with this municipality's documents and finding in it).
pub(crate) fn changes(
    decision: &Decision,
    latest_run: Option<i64>,
    docs_now: &[StoredDocument],
    finding_now: Option<&Finding>,
) -> Vec<Change> {
    let Some(latest) = latest_run else {
        return Vec::new();
    };
    if decision.run_id == Some(latest) {
        return Vec::new();
    }
    let then: BTreeMap<&str, Option<&str>> = decision
        .basis
        .iter()
        .map(|b| (b.path.as_str(), b.hash.as_deref()))
        .collect();
    let now: BTreeMap<&str, Option<&str>> = docs_now
        .iter()
        .map(|d| (d.path.as_str(), d.hash.as_deref()))
        .collect();
    let deciding = decision.deciding_document.as_deref();
    let mut out = Vec::new();
    for (path, hash) in &then {
        let is_deciding = Some(*path) == deciding;
        match now.get(path) {
            None => out.push(Change::DocumentRemoved {
                path: path.to_string(),
                deciding: is_deciding,
            }),
            Some(h) if h != hash => out.push(if is_deciding {
                Change::DecidingDocumentChanged {
                    path: path.to_string(),
                }
            } else {
                Change::DocumentChanged {
                    path: path.to_string(),
                }
            }),
            Some(_) => {}
        }
    }
    for path in now.keys() {
        if !then.contains_key(path) {
            out.push(Change::DocumentAdded {
                path: path.to_string(),
            });
        }
    }
    // The deciding document is one of the basis where the decision had a
    // run; order the deciding change first, it is the one a person reads.
    out.sort_by_key(|c| {
        !matches!(
            c,
            Change::DecidingDocumentChanged { .. } | Change::DocumentRemoved { deciding: true, .. }
        )
    });
    if let Some(f) = finding_now {
        let then_outcome = decision.tool_outcome;
        let then_plan = decision.tool_action_plan;
        if then_outcome != Some(f.outcome) || then_plan != f.action_plan {
            out.push(Change::FindingChanged {
                from_outcome: then_outcome.map(|o| o.as_str().to_string()),
                to_outcome: f.outcome.as_str().to_string(),
                from_action_plan: then_plan.map(|a| action_plan_str(a).to_string()),
                to_action_plan: f.action_plan.map(|a| action_plan_str(a).to_string()),
            });
        }
    }
    out
}
