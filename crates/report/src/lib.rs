//! Outcomes per municipality, and the analysts' reports: `report.json`,
//! `report.csv`, `report.xlsx` and `report.html`.
//!
//! This crate is the last step of the pipeline. The binary converts what the
//! matcher found into [`DocumentRecord`]s (one per input file, with the
//! danmarkskort [`ItemRecord`]s in it); [`build_report`] decides the
//! [`Outcome`] of each of the 98 municipalities exactly as CONTRACT.md says
//! ("How an outcome is decided") and returns one [`Report`]. That one value
//! flows to every writer, so the files can never disagree:
//!
//! - `report.json` is `Report` serialised by serde (pretty, trailing newline).
//!   It depends only on the input: documents are sorted by path and
//!   municipalities by code, and nothing from [`RunInfo`] (timing, jobs) is in
//!   it, so the same input gives the same bytes whatever `--jobs` was.
//! - `report.csv` and `report.xlsx` hold the same rows, one per municipality
//!   (98 after the header), built once as a [`table::Table`]. The CSV is
//!   UTF-8 **with a byte-order mark**, because Excel reads a CSV without one
//!   in the legacy code page and turns `æøå` into `Ã¦Ã¸Ã¥`, and uses the
//!   standard comma, which scripts outside the repository read; a Danish
//!   Excel splits at `;` and shows a double-clicked CSV in one column, which
//!   is what the workbook is for: typed cells, a bold, frozen, filterable
//!   header, in any locale. Text cells of the CSV that a spreadsheet would run
//!   as a formula or act on (`=`, `+`, `-`, `@`, tab, CR, LF at the start) get
//!   a leading `'` ([`table::csv_cell`], the one neutraliser of every CSV
//!   tilsyn writes).
//! - `report.html` is one self-contained Danish page (inline CSS and JS, no
//!   network) with the national summary, a sortable and filterable table, the
//!   deciding passage of each municipality with the matched words marked, and
//!   the files that could not be read. Everything taken from the minutes is
//!   escaped, in element content and attributes alike. Source links are
//!   built from [`RunInfo::input_dir`] and work from `file://` (with
//!   `#page=N` for PDFs). `scripts/check-html.sh` renders it in headless
//!   Chromium and fails on script errors; `cargo run -p tilsyn-report
//!   --example demo -- DIR` writes a demo report to look at.
//!
//! How CONTRACT.md's open cases are read (undated meetings, items without a
//! map year, …) is written at the top of `src/decide.rs`.
//!
//! ```
//! use chrono::NaiveDate;
//! use tilsyn_report::*;
//!
//! let doc = DocumentRecord {
//!     path: "101/byraad-2022-12-15.pdf".into(),
//!     municipality_code: Some("101".into()),
//!     pages: Some(12),
//!     meeting_date: NaiveDate::from_ymd_opt(2022, 12, 15),
//!     body: Some(Body::Council),
//!     body_name: Some("Borgerrepræsentationen".into()),
//!     items: vec![ItemRecord {
//!         kind: "danmarkskort".into(),
//!         title: "Danmarkskort over omgørelsesprocenter 2022".into(),
//!         map_year: Some(2022),
//!         action_plan: Some(ActionPlan::Prepare),
//!         page: 4,
//!         doubts: vec![],
//!         attention: Default::default(),
//!         evidence: vec![EvidenceRecord {
//!             page: 4,
//!             rule: "action_plan.prepare".into(),
//!             text: "at der udarbejdes en handlingsplan".into(),
//!             highlight: Some((7, 34)),
//!         }],
//!     }],
//!     ..Default::default()
//! };
//! let report = build_report(2022, vec![doc], RunInfo::default());
//! let kbh = &report.municipalities[0];
//! assert_eq!((kbh.code.as_str(), kbh.outcome), ("101", Outcome::Ok));
//! assert_eq!(kbh.action_plan, Some(ActionPlan::Prepare));
//! assert_eq!(report.summary.not_found, 97);
//!
//! let out = std::env::temp_dir().join(format!("tilsyn-report-doctest-{}", std::process::id()));
//! write_reports(&report, &out).unwrap();
//! assert!(out.join("report.html").exists());
//! print!("{}", summary_text(&report));
//! # std::fs::remove_dir_all(&out).unwrap();
//! ```
#![deny(missing_docs)]

mod csv_out;
mod decide;
mod html;
mod model;
mod summary;
pub mod table;
mod visible;
mod write;

pub use decide::{
    Candidate, MunicipalityEvidence, MunicipalityOutcome, Outcome, ReviewNote, Treatment,
};
pub use html::{highlighted, source_href, source_link};
pub use model::{
    ActionPlan, AttentionRecord, Body, DocStatus, DocumentRecord, EvidenceRecord, ItemRecord,
};
pub use summary::summary_text;
pub use visible::visible;
pub use write::{
    ReportError, render_csv, render_html, render_json, render_xlsx, write_files, write_reports,
};

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;

/// The mark in the `<head>` of every page tilsyn writes (`report.html` of
/// `scan`, `spot-check` and `standards`), by which a later run recognises an
/// earlier run's report in its input and skips it instead of reading it as
/// minutes. It is in the first bytes of the file: [`is_own_output`] looks
/// only there.
pub const GENERATOR_META: &str = "<meta name=\"generator\" content=\"tilsyn\">";

/// Whether the first bytes of a file (at least its first 1 KiB) are those of
/// a page tilsyn wrote ([`GENERATOR_META`]).
pub fn is_own_output(head: &[u8]) -> bool {
    let head = &head[..head.len().min(1024)];
    head.windows(GENERATOR_META.len())
        .any(|w| w == GENERATOR_META.as_bytes())
}

/// The version of `report.json`'s shape; CONTRACT.md names it.
pub const SCHEMA_VERSION: u32 = 1;

/// How a run went, for the summary on standard output and for the links in
/// `report.html`. Nothing here is written into `report.json`: it would make
/// the same input give different bytes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunInfo {
    /// The input folder as the HTML should reach it: absolute, or relative
    /// to the output folder (where `report.html` lives). Links to the source
    /// files are built from it; without it, paths are shown as plain text.
    pub input_dir: Option<PathBuf>,
    /// Wall-clock time of the run, for `summary_text`.
    pub elapsed: Option<Duration>,
    /// Worker threads used, for `summary_text`.
    pub jobs: Option<usize>,
    /// The input folder as `report.html` links to it, where that differs
    /// from `input_dir`: relative to the output folder where the two sit side
    /// by side, so that a report folder moved together with its minutes
    /// keeps its links ([`link_dir`]). `None`: links use `input_dir`.
    pub html_input_dir: Option<PathBuf>,
    /// The analysts' latest decision of each municipality, by code, from the
    /// case store the run was recorded in; `report.html` shows the reaction
    /// and filters on what needs action. `None` where no case store was
    /// read; a municipality missing from the map is not decided.
    pub decisions: Option<BTreeMap<String, CaseDecision>>,
}

/// An analyst's latest decision on one municipality, as `report.html` shows
/// it. The case store (`tilsyn-cases`) owns decisions; this is the part the
/// report needs, in CONTRACT.md's names, so this crate stays upstream of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDecision {
    /// The reaction as CONTRACT.md names it: `none`, `take_position`,
    /// `order_plan` or `deadline_reminder`.
    pub reaction: String,
    /// The reaction in Danish, as the review pages write it.
    pub reaction_danish: String,
    /// Who decided.
    pub by: String,
    /// The day of the decision.
    pub on: chrono::NaiveDate,
    /// Whether a later scan changed the evidence the decision was made on:
    /// then the case is back with a person, whatever the reaction.
    pub stale: bool,
}

impl CaseDecision {
    /// Whether the decision asks the municipality for something, or must be
    /// looked at again: every reaction but `none`, and every stale decision.
    pub fn needs_action(&self) -> bool {
        self.stale || self.reaction != "none"
    }
}

/// The input folder as seen from the output folder, for links that survive
/// moving both together: a relative path where the output folder's parent
/// holds the input folder (side by side, or the input further down there),
/// else the input folder as given. Both paths should be absolute and
/// canonical.
///
/// ```
/// use std::path::{Path, PathBuf};
/// use tilsyn_report::link_dir;
/// assert_eq!(link_dir(Path::new("/d/referater"), Path::new("/d/rapport")), PathBuf::from("../referater"));
/// assert_eq!(link_dir(Path::new("/d/a/b"), Path::new("/d/rapport")), PathBuf::from("../a/b"));
/// assert_eq!(link_dir(Path::new("/e/referater"), Path::new("/d/rapport")), PathBuf::from("/e/referater"));
/// ```
pub fn link_dir(input: &std::path::Path, out: &std::path::Path) -> PathBuf {
    match out.parent().and_then(|p| input.strip_prefix(p).ok()) {
        Some(rest) if out.parent().is_some_and(|p| p.parent().is_some()) => {
            PathBuf::from("..").join(rest)
        }
        _ => input.to_path_buf(),
    }
}

/// Everything one run found: the outcome of every municipality and every
/// document read. Serialises to CONTRACT.md's `report.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The version of the tool that wrote the report.
    pub tool_version: String,
    /// The map year Y the outcomes are decided for.
    pub map_year: i32,
    /// All 98 municipalities, ordered by code.
    pub municipalities: Vec<MunicipalityOutcome>,
    /// Every input file, ordered by path.
    pub documents: Vec<DocumentRecord>,
    /// How many municipalities got each outcome.
    pub summary: Summary,
    /// How many files were read, failed or skipped (not in CONTRACT.md; an
    /// addition).
    pub files: FileCounts,
    /// What about the run as a whole an analyst should know before trusting
    /// it ("no minutes were read"); also printed on stderr. Not in
    /// CONTRACT.md; an addition, left out where empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// How the run went; not serialised.
    #[serde(skip)]
    pub run: RunInfo,
}

/// Outcome counts over the 98 municipalities; they add up to 98.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Treated in time with a position on an action plan.
    pub ok: usize,
    /// Treated in time, no position found.
    pub no_position: usize,
    /// Treated by the council only after 31 December of the map year.
    pub late: usize,
    /// Treated only in a committee or by an unknown body.
    pub committee_only: usize,
    /// No treatment found.
    pub not_found: usize,
}

/// File counts by [`DocStatus`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FileCounts {
    /// Read and analysed.
    pub ok: usize,
    /// Could not be read.
    pub error: usize,
    /// Not a file type tilsyn reads.
    pub skipped: usize,
}

/// Decides the outcome of every municipality for map year `map_year` and
/// returns the report.
///
/// The order of `documents` does not matter: they are sorted by path (and,
/// for equal paths, by content), so the report is the same for any order the
/// workers finished in.
pub fn build_report(map_year: i32, mut documents: Vec<DocumentRecord>, run: RunInfo) -> Report {
    documents.sort_by(|a, b| {
        a.path.cmp(&b.path).then_with(|| {
            // Equal paths should not happen; if they do, the order must still
            // not depend on the input order.
            let ja = serde_json::to_string(a).unwrap_or_default();
            let jb = serde_json::to_string(b).unwrap_or_default();
            ja.cmp(&jb)
        })
    });
    let municipalities: Vec<MunicipalityOutcome> = tilsyn_kommuner::all()
        .iter()
        .map(|k| decide::decide(k, map_year, &documents))
        .collect();
    let mut summary = Summary::default();
    for m in &municipalities {
        *match m.outcome {
            Outcome::Ok => &mut summary.ok,
            Outcome::NoPosition => &mut summary.no_position,
            Outcome::Late => &mut summary.late,
            Outcome::CommitteeOnly => &mut summary.committee_only,
            Outcome::NotFound => &mut summary.not_found,
        } += 1;
    }
    let mut files = FileCounts::default();
    for d in &documents {
        *match d.status {
            DocStatus::Ok => &mut files.ok,
            DocStatus::Error => &mut files.error,
            DocStatus::Skipped => &mut files.skipped,
        } += 1;
    }
    Report {
        schema_version: SCHEMA_VERSION,
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        map_year,
        municipalities,
        documents,
        summary,
        files,
        warnings: Vec::new(),
        run,
    }
}
