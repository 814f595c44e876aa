//! The spot-check and quality-standards report: one value, four writers.
//!
//! [`build_spot_check`] draws the sample from the documents the binary read and ranks the
//! flags of the drawn ones; [`build_standards`] ranks the flags of every document read.
//! Both give one [`Report`], which [`write_reports`] renders as `report.json`, `report.csv`,
//! `report.xlsx` (the CSV's rows, typed) and `report.html`, so they can never disagree. Like `scan`'s report, `report.json`
//! depends only on the input and the seed: documents are sorted by path, municipalities by
//! code, and nothing from [`RunInfo`] is in it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use tilsyn_report::table::{Cell, Table, render_csv_table, render_xlsx_table};
use tilsyn_report::{Body, DocStatus, RunInfo};

use crate::rules::{Confidence, Flag, RuleInfo, Severity};
use crate::sample::{Period, draw};

/// The version of this report's shape.
pub const SCHEMA_VERSION: u32 = 1;

/// One input file, as the binary read it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocumentEntry {
    /// Relative to the input folder, with `/`.
    pub path: String,
    /// The municipality's three-digit code, where one was found.
    pub municipality_code: Option<String>,
    /// Whether the file was read.
    pub status: DocStatus,
    /// Why the file failed or was skipped.
    pub error: Option<String>,
    /// Page count, where known.
    pub pages: Option<u32>,
    /// The meeting date from the header, where found.
    pub meeting_date: Option<NaiveDate>,
    /// The body that met, where the file was read.
    pub body: Option<Body>,
    /// The body's name as written.
    pub body_name: Option<String>,
    /// True where the municipality came from the text, not the path.
    #[serde(skip_serializing_if = "is_false")]
    pub municipality_from_text: bool,
    /// Spot check only: whether the file is a council meeting in the period of a known
    /// municipality, and so may be drawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<bool>,
    /// Spot check only: why a read file is not a candidate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_candidate: Option<String>,
    /// Spot check only: whether the file was drawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drawn: Option<bool>,
    /// What did not stop the reading but a person may want to know.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A document and the flags the rules raised in it (for a spot check: computed for every
/// candidate, reported for the drawn ones).
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// The file.
    pub doc: DocumentEntry,
    /// Its flags, in document order.
    pub flags: Vec<Flag>,
}

/// How a municipality's sample went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SampleStatus {
    /// As many meetings as asked for were drawn.
    Drawn,
    /// Fewer council meetings in the period than asked for: all of them were taken.
    FewerThanRequested,
    /// No council minutes in the period.
    NoMinutesInPeriod,
}

/// One municipality's sample.
#[derive(Debug, Clone, Serialize)]
pub struct MunicipalitySample {
    /// Three-digit code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Region.
    pub region: String,
    /// How the draw went.
    pub status: SampleStatus,
    /// Council meetings in the period (the candidates).
    pub candidates: usize,
    /// The drawn documents, by path.
    pub drawn: Vec<DrawnDocument>,
    /// The status in words.
    pub note: String,
}

/// A drawn document.
#[derive(Debug, Clone, Serialize)]
pub struct DrawnDocument {
    /// Path relative to the input folder.
    pub document: String,
    /// Meeting date.
    pub meeting_date: Option<NaiveDate>,
    /// Flags raised in it.
    pub flags: usize,
}

/// The flags of one analysed document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentFlags {
    /// Path relative to the input folder.
    pub document: String,
    /// The municipality's code.
    pub municipality_code: Option<String>,
    /// Meeting date, where known.
    pub meeting_date: Option<NaiveDate>,
    /// Sum of the flags' severity weights: the document's place in the ranking.
    pub score: u32,
    /// The flags, in document order.
    pub flags: Vec<Flag>,
}

/// One line of what to read first.
#[derive(Debug, Clone, Serialize)]
pub struct RankEntry {
    /// 1 is read first.
    pub rank: usize,
    /// Path relative to the input folder.
    pub document: String,
    /// The municipality's code.
    pub municipality_code: Option<String>,
    /// Page of the passage.
    pub page: u32,
    /// The rule.
    pub rule: String,
    /// Its severity.
    pub severity: Severity,
    /// Its confidence.
    pub confidence: Confidence,
    /// The agenda item, where known.
    pub item: Option<String>,
}

/// Counts over the run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Municipalities with a full draw (spot check only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipalities_drawn: Option<usize>,
    /// Municipalities with fewer meetings than asked for (spot check only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipalities_fewer: Option<usize>,
    /// Municipalities with no minutes in the period (spot check only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipalities_without_minutes: Option<usize>,
    /// Documents analysed (drawn, or read for standards).
    pub documents_analysed: usize,
    /// Documents with at least one flag.
    pub documents_flagged: usize,
    /// All flags.
    pub flags: usize,
    /// Flags of severity high.
    pub high: usize,
    /// Flags of severity medium.
    pub medium: usize,
    /// Flags of severity low.
    pub low: usize,
    /// Files read.
    pub files_ok: usize,
    /// Files that could not be read.
    pub files_error: usize,
    /// Files skipped.
    pub files_skipped: usize,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The version of the tool.
    pub tool_version: String,
    /// `spot-check` or `standards`.
    pub command: String,
    /// The half-year (spot check only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The seed of the draw (spot check only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// Meetings asked for per municipality (spot check only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_municipality: Option<usize>,
    /// The rules that were run.
    pub rules: Vec<RuleInfo>,
    /// The draw, all 98 municipalities by code (spot check only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample: Option<Vec<MunicipalitySample>>,
    /// The analysed documents and their flags, by path.
    pub flags: Vec<DocumentFlags>,
    /// Every flag, in the order a lawyer should read them.
    pub ranking: Vec<RankEntry>,
    /// Every input file, by path.
    pub documents: Vec<DocumentEntry>,
    /// Counts.
    pub summary: Summary,
    /// How the run went; not serialised.
    #[serde(skip)]
    pub run: RunInfo,
}

/// Draws the sample and builds the spot-check report. `docs` in any order; each
/// [`DocumentEntry::candidate`] must be set by the caller (`Some(true)` for a council
/// meeting in `period` of a known municipality).
pub fn build_spot_check(
    period: Period,
    seed: u64,
    per: usize,
    mut docs: Vec<Checked>,
    rules: Vec<RuleInfo>,
    run: RunInfo,
) -> Report {
    docs.sort_by(|a, b| a.doc.path.cmp(&b.doc.path));
    let mut by_code: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        if d.doc.candidate == Some(true) {
            if let Some(code) = d.doc.municipality_code.as_deref() {
                by_code.entry(code).or_default().push(i);
            }
        }
    }
    let mut drawn_idx: Vec<usize> = Vec::new();
    let mut sample = Vec::with_capacity(98);
    for k in tilsyn_kommuner::all() {
        let cands = by_code.get(k.code).map(Vec::as_slice).unwrap_or(&[]);
        let picked: Vec<usize> = draw(seed, period, k.code, cands.len(), per)
            .into_iter()
            .map(|i| cands[i])
            .collect();
        let status = if cands.is_empty() {
            SampleStatus::NoMinutesInPeriod
        } else if cands.len() < per {
            SampleStatus::FewerThanRequested
        } else {
            SampleStatus::Drawn
        };
        let note = match status {
            SampleStatus::NoMinutesInPeriod => format!("no council minutes dated in {period}"),
            SampleStatus::FewerThanRequested => format!(
                "only {} council meeting{} in {period}, fewer than the {per} asked for: all taken",
                cands.len(),
                if cands.len() == 1 { "" } else { "s" }
            ),
            SampleStatus::Drawn => format!(
                "{} of {} council meetings in {period} drawn",
                picked.len(),
                cands.len()
            ),
        };
        sample.push(MunicipalitySample {
            code: k.code.to_string(),
            name: k.name.to_string(),
            region: k.region.to_string(),
            status,
            candidates: cands.len(),
            drawn: picked
                .iter()
                .map(|&i| DrawnDocument {
                    document: docs[i].doc.path.clone(),
                    meeting_date: docs[i].doc.meeting_date,
                    flags: docs[i].flags.len(),
                })
                .collect(),
            note,
        });
        drawn_idx.extend(picked);
    }
    drawn_idx.sort_unstable();
    for d in docs.iter_mut() {
        if d.doc.candidate == Some(true) {
            d.doc.drawn = Some(false);
        }
    }
    for &i in &drawn_idx {
        docs[i].doc.drawn = Some(true);
    }
    let mut summary = Summary {
        municipalities_drawn: Some(count(&sample, SampleStatus::Drawn)),
        municipalities_fewer: Some(count(&sample, SampleStatus::FewerThanRequested)),
        municipalities_without_minutes: Some(count(&sample, SampleStatus::NoMinutesInPeriod)),
        ..Summary::default()
    };
    let analysed: Vec<&Checked> = drawn_idx.iter().map(|&i| &docs[i]).collect();
    let (flags, ranking) = flags_and_ranking(&analysed, &mut summary);
    finish(
        Report {
            schema_version: SCHEMA_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            command: "spot-check".into(),
            period: Some(period.to_string()),
            seed: Some(seed),
            per_municipality: Some(per),
            rules,
            sample: Some(sample),
            flags,
            ranking,
            documents: Vec::new(),
            summary,
            run,
        },
        docs,
    )
}

/// Builds the quality-standards report: every document that was read is analysed.
pub fn build_standards(mut docs: Vec<Checked>, rules: Vec<RuleInfo>, run: RunInfo) -> Report {
    docs.sort_by(|a, b| a.doc.path.cmp(&b.doc.path));
    let mut summary = Summary::default();
    let analysed: Vec<&Checked> = docs
        .iter()
        .filter(|d| d.doc.status == DocStatus::Ok)
        .collect();
    let (flags, ranking) = flags_and_ranking(&analysed, &mut summary);
    finish(
        Report {
            schema_version: SCHEMA_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            command: "standards".into(),
            period: None,
            seed: None,
            per_municipality: None,
            rules,
            sample: None,
            flags,
            ranking,
            documents: Vec::new(),
            summary,
            run,
        },
        docs,
    )
}

fn count(sample: &[MunicipalitySample], s: SampleStatus) -> usize {
    sample.iter().filter(|m| m.status == s).count()
}

fn finish(mut report: Report, docs: Vec<Checked>) -> Report {
    for d in &docs {
        match d.doc.status {
            DocStatus::Ok => report.summary.files_ok += 1,
            DocStatus::Error => report.summary.files_error += 1,
            DocStatus::Skipped => report.summary.files_skipped += 1,
        }
    }
    report.documents = docs.into_iter().map(|d| d.doc).collect();
    report
}

/// The per-document flags (by path) and the ranking: severity first, then confidence (a
/// passage that says it in so many words before one that shows it by a silence), then the
/// document's score (many serious flags in one meeting make it the better read), then path, page and
/// position, so the order is total and the same on every run.
fn flags_and_ranking(
    analysed: &[&Checked],
    summary: &mut Summary,
) -> (Vec<DocumentFlags>, Vec<RankEntry>) {
    let mut flags = Vec::with_capacity(analysed.len());
    let mut keyed = Vec::new();
    for d in analysed {
        let score: u32 = d.flags.iter().map(|f| f.severity.weight()).sum();
        summary.documents_analysed += 1;
        if !d.flags.is_empty() {
            summary.documents_flagged += 1;
        }
        for (pos, f) in d.flags.iter().enumerate() {
            summary.flags += 1;
            match f.severity {
                Severity::High => summary.high += 1,
                Severity::Medium => summary.medium += 1,
                Severity::Low => summary.low += 1,
            }
            keyed.push((
                (
                    std::cmp::Reverse(f.severity),
                    std::cmp::Reverse(f.confidence),
                ),
                std::cmp::Reverse(score),
                d.doc.path.clone(),
                f.page,
                pos,
                RankEntry {
                    rank: 0,
                    document: d.doc.path.clone(),
                    municipality_code: d.doc.municipality_code.clone(),
                    page: f.page,
                    rule: f.rule.clone(),
                    severity: f.severity,
                    confidence: f.confidence,
                    item: f.item.clone(),
                },
            ));
        }
        flags.push(DocumentFlags {
            document: d.doc.path.clone(),
            municipality_code: d.doc.municipality_code.clone(),
            meeting_date: d.doc.meeting_date,
            score,
            flags: d.flags.clone(),
        });
    }
    keyed.sort_by(|a, b| (&a.0, &a.1, &a.2, a.3, a.4).cmp(&(&b.0, &b.1, &b.2, b.3, b.4)));
    let ranking = keyed
        .into_iter()
        .enumerate()
        .map(|(i, k)| RankEntry { rank: i + 1, ..k.5 })
        .collect();
    (flags, ranking)
}

/// Why the reports could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The output folder could not be created.
    #[error("could not create the output folder {}: {source}", path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("could not write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// JSON serialisation failed.
    #[error("could not serialise the report as JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The CSV could not be produced.
    #[error("could not produce the CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The workbook could not be produced.
    #[error("could not produce the workbook (report.xlsx): {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// The files could not be written.
    #[error("{0}")]
    Files(#[from] tilsyn_report::ReportError),
}

/// `report.json`: pretty, trailing newline; the same input and seed give the same bytes.
pub fn render_json(report: &Report) -> Result<String, ReportError> {
    let mut s = serde_json::to_string_pretty(report)?;
    s.push('\n');
    Ok(s)
}

/// The rows of `report.csv` and `report.xlsx`: one per municipality, 98 after the header.
fn table(report: &Report) -> Table {
    let sample: BTreeMap<&str, &MunicipalitySample> = report
        .sample
        .iter()
        .flatten()
        .map(|m| (m.code.as_str(), m))
        .collect();
    let count = |n: usize| Cell::Int(n as i64);
    let rows = tilsyn_kommuner::all()
        .iter()
        .map(|k| {
            let docs: Vec<&DocumentFlags> = report
                .flags
                .iter()
                .filter(|d| d.municipality_code.as_deref() == Some(k.code))
                .collect();
            let of = |s: Severity| {
                count(
                    docs.iter()
                        .flat_map(|d| &d.flags)
                        .filter(|f| f.severity == s)
                        .count(),
                )
            };
            let first = report
                .ranking
                .iter()
                .find(|r| r.municipality_code.as_deref() == Some(k.code))
                .map(|r| format!("{} p. {} ({})", r.document, r.page, r.rule))
                .unwrap_or_default();
            let m = sample.get(k.code);
            vec![
                Cell::text(k.code),
                Cell::text(k.name),
                Cell::text(k.region),
                Cell::text(m.map(|m| status_str(m.status)).unwrap_or_default()),
                m.map_or(Cell::Empty, |m| count(m.candidates)),
                m.map_or(Cell::Empty, |m| count(m.drawn.len())),
                count(docs.len()),
                count(docs.iter().map(|d| d.flags.len()).sum()),
                of(Severity::High),
                of(Severity::Medium),
                of(Severity::Low),
                Cell::text(first),
            ]
        })
        .collect();
    Table {
        header: vec![
            "code",
            "name",
            "region",
            "sample_status",
            "candidates",
            "drawn",
            "documents_analysed",
            "flags",
            "high",
            "medium",
            "low",
            "first_to_read",
        ],
        rows,
    }
}

/// `report.csv`: UTF-8 with a byte-order mark (for Excel, as `scan`'s), one row per
/// municipality, 98 rows after the header; cells neutralised as every CSV of tilsyn's
/// ([`tilsyn_report::table::csv_cell`]).
pub fn render_csv(report: &Report) -> Result<Vec<u8>, ReportError> {
    Ok(render_csv_table(&table(report))?)
}

/// `report.xlsx`: the rows of `report.csv` as a typed, filterable sheet.
pub fn render_xlsx(report: &Report) -> Result<Vec<u8>, ReportError> {
    Ok(render_xlsx_table(&table(report), &report.command)?)
}

fn status_str(s: SampleStatus) -> &'static str {
    match s {
        SampleStatus::Drawn => "drawn",
        SampleStatus::FewerThanRequested => "fewer_than_requested",
        SampleStatus::NoMinutesInPeriod => "no_minutes_in_period",
    }
}

/// Writes `report.json`, `report.csv`, `report.xlsx` and `report.html` into `out_dir`
/// (created if missing), all of one run or an error that says which are stale, as
/// [`tilsyn_report::write_files`] does for `scan`.
pub fn write_reports(report: &Report, out_dir: &Path) -> Result<(), ReportError> {
    let files = [
        ("report.csv", render_csv(report)?),
        ("report.xlsx", render_xlsx(report)?),
        ("report.html", crate::html::render(report).into_bytes()),
        ("report.json", render_json(report)?.into_bytes()),
    ];
    Ok(tilsyn_report::write_files(out_dir, &files)?)
}

/// A short summary for standard output.
pub fn summary_text(report: &Report) -> String {
    let s = &report.summary;
    let mut o = String::new();
    if let (Some(period), Some(d), Some(f), Some(n)) = (
        &report.period,
        s.municipalities_drawn,
        s.municipalities_fewer,
        s.municipalities_without_minutes,
    ) {
        o.push_str(&format!(
            "Spot check {period}: {d} municipalities fully drawn, {f} with fewer meetings than asked for, {n} without council minutes in the period.\n"
        ));
    }
    o.push_str(&format!(
        "{} documents analysed, {} with flags: {} flags ({} high, {} medium, {} low).\n",
        s.documents_analysed, s.documents_flagged, s.flags, s.high, s.medium, s.low
    ));
    o.push_str(&format!(
        "Files: {} read, {} could not be read, {} skipped.\n",
        s.files_ok, s.files_error, s.files_skipped
    ));
    if let Some(t) = report.run.elapsed {
        o.push_str(&format!(
            "Took {:.1} s{}.\n",
            t.as_secs_f64(),
            report
                .run
                .jobs
                .map(|j| format!(" with {j} jobs"))
                .unwrap_or_default()
        ));
    }
    o
}
