//! Spot checks of council minutes and reviews of quality standards (kvalitetsstandarder),
//! the two recurring reviews of Ankestyrelsen's supervision besides the danmarkskort.
//!
//! tilsyn does the legwork and a person makes the legal judgement: nothing here calls a
//! decision unlawful. A [`Flag`] is a passage worth a lawyer's reading, with the rule that
//! found it and the reason (the rule's rationale, with the legal basis).
//!
//! - [`RulePack`] compiles a rule pack from `patterns/spot-check/` or
//!   `patterns/quality-standards/` (data, in the matcher's TOML format plus `severity`,
//!   `confidence`, `scope`, `context`, `with`, `unless`, `unless_item` and `check`; every
//!   example is run when the pack is built) and [`RulePack::check_dated`] runs it over the
//!   pages of one document, using the matcher's agenda items to know which item a passage
//!   is in and the meeting date to read effective dates against. What the body adopted is
//!   what is read: the sentences of a motion that fell ("Ændringsforslaget faldt") are
//!   skipped, and an amendment adopted in the decision is read like the recommendation.
//! - [`Period`] and [`draw`] are the seeded sample: per municipality, its own ChaCha8
//!   stream keyed on seed, period and code, over candidates sorted by path.
//! - [`build_spot_check`] and [`build_standards`] turn the documents the binary read into
//!   one [`Report`], ranked by [`Severity`], then [`Confidence`], then how much a meeting
//!   holds; [`write_reports`] writes `report.json`, `report.csv`, `report.xlsx` and
//!   `report.html`.
//! - [`plan::quality_standards`] splits the 98 municipalities into three regionally
//!   balanced yearly cohorts of 33, 33 and 32.
//!
//! ```
//! use tilsyn_spotcheck::{Pack, RulePack};
//!
//! let pack = RulePack::new(Pack::SpotCheck).unwrap();
//! let page = "\
//! Byrådet
//! Mødedato: 12. marts 2024
//!
//! 7. Serviceniveau for praktisk hjælp
//! Sagsfremstilling
//! Efter servicelovens § 83 kan der fremover maksimalt bevilges 2 timers praktisk hjælp om ugen.
//! Beslutning
//! Godkendt.
//! ";
//! let flags = pack.check(&[page], &[]);
//! assert!(flags.iter().any(|f| f.rule == "spot.fixed_cap" && f.page == 1));
//! assert!(pack.check(&["Byrådet\n1. Budget 2025\nBudgettet blev vedtaget.\nGodkendt."], &[]).is_empty());
//! ```
#![deny(missing_docs)]

mod html;
pub mod plan;
mod report;
mod rules;
mod sample;
mod text;

pub use report::{
    Checked, DocumentEntry, DocumentFlags, DrawnDocument, MunicipalitySample, RankEntry, Report,
    ReportError, SCHEMA_VERSION, SampleStatus, Summary, build_spot_check, build_standards,
    render_csv, render_json, render_xlsx, summary_text, write_reports,
};
pub use rules::{
    Confidence, Flag, LineBreak, Pack, RuleError, RuleInfo, RulePack, Scope, Severity,
};
pub use sample::{Period, PeriodError, draw};

/// The HTML page, for tests and tools that want it without writing files.
pub fn render_html(report: &Report) -> String {
    html::render(report)
}
