//! The case store: the analysts' review of the danmarkskort, kept in SQLite.
//!
//! tilsyn decides outcomes; Ankestyrelsen's analysts decide what happens to
//! each municipality. This crate keeps both in one database file
//! (`tilsyn.db` by default):
//!
//! - every **scan run** ([`Store::record_run`]): its documents with their
//!   BLAKE3 content hashes, the items and passages the matcher found, and
//!   the tool's [`Finding`] for all 98 municipalities;
//! - every **decision** ([`Store::decide`]): outcome, action plan,
//!   [`Reaction`], note, author, time and deadline, with the run it was made
//!   on and every document of the municipality in that run. Decisions are
//!   appended, never changed (the schema refuses `UPDATE` and `DELETE`): the
//!   history is the audit trail, and the latest decision counts;
//! - **staleness**: where a later run of the map year changed the evidence
//!   a decision was made on (a document changed, appeared or went, or the
//!   tool now finds another outcome), the decision is stale and says what
//!   changed ([`Change`]); the case goes back to the queue.
//!
//! - **due dates and follow-up**: an `order_plan` or `take_position`
//!   decision records when it is due ([`due`], configurable in
//!   [`due::DueConfig`]); [`Store::follow_up`] looks in the recorded runs for
//!   the council's follow-up ([`followup`]), a candidate for closing the case.
//!
//! The readers are [`Store::latest_decisions`] (the queue: all 98 with the
//! finding and the latest decision), [`Store::case`] (one municipality:
//! finding, documents, history, the finding the decision rests on, and last
//! year's decision) and [`Store::export`] (CONTRACT.md's `review export`).
//!
//! Durability: WAL with `synchronous = FULL`, foreign keys on, every write
//! one `BEGIN IMMEDIATE` transaction, so concurrent writers queue instead of
//! failing, and a process killed mid-write loses only the transaction it
//! had not committed. The schema is migrated in code ([`SCHEMA_VERSION`];
//! `src/schema.rs`); a later crate that needs tables of its own appends a
//! step there.
//!
//! ```
//! use tilsyn_cases::*;
//! use tilsyn_report::{Outcome, RunInfo, build_report};
//!
//! let mut store = Store::open_in_memory().unwrap();
//! let report = build_report(2023, Vec::new(), RunInfo::default());
//! let dir = std::env::temp_dir();
//! store.record_run(&report, &dir).unwrap();
//!
//! let d = store
//!     .decide(&NewDecision {
//!         map_year: 2023,
//!         code: "101".into(),
//!         outcome: Outcome::NotFound,
//!         action_plan: None,
//!         reaction: Reaction::TakePosition,
//!         note: "Referatet mangler; bed om det.".into(),
//!         by: "analytiker".into(),
//!         due: None,
//!     })
//!     .unwrap();
//! let case = store.case(2023, "101").unwrap();
//! assert_eq!(case.history, vec![d]);
//! assert!(!case.summary.is_stale());
//! assert_eq!(store.export(2023).unwrap().municipalities.len(), 98);
//! ```
#![deny(missing_docs)]

pub mod due;
mod export;
pub mod followup;
mod model;
mod records;
mod schema;
mod stale;
mod store;
#[cfg(test)]
mod tests;

pub use export::{
    EXPORT_SCHEMA_VERSION, Export, ExportDecision, ExportHistory, ExportLastYear,
    ExportMunicipality, render_export_csv, render_export_json,
};
pub use followup::{FollowUpCandidate, FollowUpKind};
pub use model::{
    ACTION_PLANS, BasisDocument, Case, CaseSummary, Change, Decision, DecisionState, Finding,
    FindingCandidate, FindingEvidence, FindingNote, FindingTreatment, LastYear, NewDecision,
    ParseNameError, Reaction, Run, StoredDocument, action_plan_danish, action_plan_str,
    outcome_danish, parse_action_plan, parse_outcome,
};
pub use schema::SCHEMA_VERSION;
pub use store::Store;

use std::path::PathBuf;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database file could not be opened or created.
    #[error("cannot open the case database {}: {source}", path.display())]
    Open {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: rusqlite::Error,
    },
    /// SQLite failed.
    #[error("case database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The schema could not be migrated.
    #[error("case database: cannot migrate the schema: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// The file system does not support WAL (e.g. some network shares).
    #[error("case database: cannot use write-ahead logging (journal mode is {0})")]
    Wal(String),
    /// Not one of the 98 codes.
    #[error("unknown municipality code {0:?}; expected a three-digit code such as 101")]
    UnknownMunicipality(String),
    /// A decision without an author.
    #[error("a decision needs an author (--by)")]
    NoAuthor,
    /// A stored name is not one CONTRACT.md gives.
    #[error("case database: {0}")]
    Name(#[from] ParseNameError),
    /// Stored JSON could not be read.
    #[error("case database: {0}")]
    Json(#[from] serde_json::Error),
    /// A stored value could not be read.
    #[error("case database: unreadable {0}")]
    Corrupt(String),
    /// A row written in this transaction could not be read back.
    #[error("case database: decision {0} vanished")]
    Vanished(i64),
}

/// The store's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
