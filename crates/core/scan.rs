//! `tilsyn scan`: every file through ingest and the matcher, in parallel,
//! into one report.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use tilsyn_ingest::sandbox::Pool;
use tilsyn_matcher::{Analysis, Hints, Matcher, Role};
use tilsyn_report::{
    ActionPlan, AttentionRecord, Body, DocStatus, DocumentRecord, EvidenceRecord, ItemRecord,
    Report, RunInfo,
};

use crate::walk::{self, Entry, EntryKind};

/// What `scan` was asked to do.
pub struct ScanConfig {
    /// The folder of minutes.
    pub input: PathBuf,
    /// Where the reports go (excluded from the walk if inside `input`).
    pub out: PathBuf,
    /// The map year outcomes are decided for.
    pub map_year: i32,
    /// Files read at once.
    pub jobs: usize,
    /// Draw a progress bar on stderr.
    pub progress: bool,
}

/// Reads every file below `config.input` and decides the outcomes.
pub fn scan(config: &ScanConfig, pool: &Pool) -> anyhow::Result<Report> {
    let started = Instant::now();
    if !config.input.exists() {
        bail!("input folder {} does not exist", config.input.display());
    }
    if !config.input.is_dir() {
        bail!("{} is not a folder", config.input.display());
    }
    let input = config
        .input
        .canonicalize()
        .with_context(|| format!("cannot open {}", config.input.display()))?;
    let matcher = Arc::new(Matcher::new().context("the rules in patterns/ are broken")?);
    let entries = walk::walk(&input, Some(&config.out));
    // The rules are compiled on a thread of their own while the readers start and read the
    // first files (~0.4 s of CPU, most of it the action-plan rules): otherwise the first
    // thread to meet a danmarkskort item compiles them, and its reader, and every thread
    // that needs the same rules meanwhile, waits. Nothing to read, nothing compiled; the
    // thread is not waited for.
    if entries.iter().any(|e| matches!(e.kind, EntryKind::Read)) {
        let m = Arc::clone(&matcher);
        let _ = std::thread::Builder::new()
            .name("compile-rules".into())
            .spawn(move || m.compile_all());
    }

    let bar = progress_bar(entries.len(), config.progress);
    let threads = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs)
        .thread_name(|i| format!("scan-{i}"))
        .build()
        .context("cannot start worker threads")?;
    let documents: Vec<DocumentRecord> = threads.install(|| {
        entries
            .par_iter()
            .map(|entry| {
                bar.set_message(crate::term::safe(&entry.rel).into_owned());
                let mut record = process(entry, pool, &matcher);
                mask(&mut record);
                bar.inc(1);
                record
            })
            .collect()
    });
    bar.finish_and_clear();

    let run = RunInfo {
        input_dir: Some(input),
        elapsed: Some(started.elapsed()),
        jobs: Some(config.jobs),
        ..RunInfo::default()
    };
    let mut report = tilsyn_report::build_report(config.map_year, documents, run);
    report.warnings = warnings(&report);
    Ok(report)
}

/// What is worth a warning about a run as a whole: results that are empty
/// for a reason the analyst should hear of before trusting them.
fn warnings(report: &Report) -> Vec<String> {
    let mut w = Vec::new();
    if report.files.ok == 0 {
        w.push(format!(
            "no minutes were read: of the {} file(s) in the input folder none was a .pdf, \
             .html or .htm file that could be read, so every municipality is not_found; is it \
             the right folder?",
            report.documents.len()
        ));
    }
    let this_year = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| chrono::DateTime::from_timestamp(d.as_secs() as i64, 0))
        .map(|t| chrono::Datelike::year(&t));
    if let Some(year) = this_year.filter(|&y| report.map_year > y) {
        w.push(format!(
            "--map-year {} is after the current year ({year}): that map has not been \
             published, so no minutes can treat it yet",
            report.map_year
        ));
    }
    w
}

/// The progress bar of a run over `files` files: drawn on stderr where
/// `show` (standard error is a terminal), else hidden. The message is the
/// file being read, made safe for the terminal by the caller.
pub fn progress_bar(files: usize, show: bool) -> ProgressBar {
    let bar = if show {
        ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed}  {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// One file through the pipeline. Never fails: what goes wrong is the record.
fn process(entry: &Entry, pool: &Pool, matcher: &Matcher) -> DocumentRecord {
    let mut record = DocumentRecord {
        path: entry.rel.clone(),
        municipality_code: entry.municipality.map(str::to_string),
        ..DocumentRecord::default()
    };
    match &entry.kind {
        EntryKind::Read => {}
        EntryKind::Skip(reason) => {
            record.status = DocStatus::Skipped;
            record.error = Some(reason.clone());
            return record;
        }
        EntryKind::Error(reason) => {
            record.status = DocStatus::Error;
            record.error = Some(reason.clone());
            return record;
        }
    }
    let doc = match pool.extract(&entry.path) {
        Ok(doc) => doc,
        Err(err) => {
            record.status = DocStatus::Error;
            record.error = Some(err.to_string());
            return record;
        }
    };
    record.pages = Some(doc.pages.len() as u32);
    record.warnings = doc.warnings.clone();
    let pages = doc.page_texts();
    let roles = line_roles(&doc);
    // The matcher is our own code over text that has already been read; a
    // panic in it is a bug, but it must cost this file only.
    let analysis = match catch_unwind(AssertUnwindSafe(|| {
        matcher.analyse_with(
            &pages,
            &Hints {
                path: Some(&entry.rel),
                roles: Some(&roles),
            },
        )
    })) {
        Ok(a) => a,
        Err(_) => {
            record.status = DocStatus::Error;
            record.error = Some("internal error in the matcher on this file (a bug: please report it with the file)".into());
            return record;
        }
    };
    fill_from_analysis(&mut record, analysis);
    record
}

/// What the reader found about each line of each page, as the matcher takes it.
pub(crate) fn line_roles(doc: &tilsyn_ingest::Document) -> Vec<Vec<Role>> {
    use tilsyn_ingest::LineKind;
    per_line(doc, |kind| match kind {
        // A row of cells is running text to the matcher.
        LineKind::Body | LineKind::Row => Role::Body,
        LineKind::Heading { level } => Role::Heading(level),
        LineKind::Label { value_start } => Role::Label(value_start as usize),
        LineKind::ListItem => Role::ListItem,
        LineKind::Cell { column } => Role::Cell(column),
        LineKind::Furniture => Role::Furniture,
    })
}

/// `f` of the kind of each line of each page, page by page.
pub(crate) fn per_line<T>(
    doc: &tilsyn_ingest::Document,
    f: impl Fn(tilsyn_ingest::LineKind) -> T,
) -> Vec<Vec<T>> {
    doc.pages
        .iter()
        .map(|p| p.lines.iter().map(|l| f(l.kind)).collect())
        .collect()
}

/// Every text from the minutes in `record` with CPR numbers masked
/// ([`crate::privacy`]); a no-op on text without one.
fn mask(record: &mut DocumentRecord) {
    use crate::privacy::mask_cpr;
    let each = |s: &mut String| *s = mask_cpr(s);
    record.error.iter_mut().for_each(each);
    record.body_name.iter_mut().for_each(each);
    record.warnings.iter_mut().for_each(each);
    for item in &mut record.items {
        each(&mut item.title);
        for e in &mut item.evidence {
            each(&mut e.text);
        }
    }
}

pub(crate) fn fill_from_analysis(record: &mut DocumentRecord, analysis: Analysis) {
    let meeting = analysis.meeting;
    record.meeting_date = meeting.date;
    record.body = Some(match meeting.body {
        tilsyn_matcher::Body::Council => Body::Council,
        tilsyn_matcher::Body::Committee => Body::Committee,
        tilsyn_matcher::Body::Unknown => Body::Unknown,
    });
    record.body_name = meeting.body_name;
    record.doubts = meeting.doubts;
    match (&record.municipality_code, meeting.municipality_code) {
        (None, Some(code)) => {
            record.municipality_code = Some(code);
            record.municipality_from_text = true;
        }
        // The path's municipality counts (CONTRACT.md); the header's other
        // one is kept for a person to check (a review note).
        (Some(path), Some(text)) if *path != text => record.municipality_in_text = Some(text),
        _ => {}
    }
    record.items = analysis
        .danmarkskort
        .into_iter()
        .map(|item| ItemRecord {
            kind: "danmarkskort".into(),
            title: item.title,
            map_year: item.map_year,
            action_plan: Some(match item.action_plan {
                tilsyn_matcher::Stance::Prepare => ActionPlan::Prepare,
                tilsyn_matcher::Stance::NoNeed => ActionPlan::NoNeed,
                tilsyn_matcher::Stance::NotAddressed => ActionPlan::NotAddressed,
                tilsyn_matcher::Stance::Deferred => ActionPlan::Deferred,
            }),
            page: item.page,
            doubts: item.doubts,
            attention: AttentionRecord {
                whole_area: item.attention.whole_area.map(evidence_record),
                children: item.attention.children.map(evidence_record),
                adults: item.attention.adults.map(evidence_record),
                comparison: item.attention.comparison.map(evidence_record),
            },
            evidence: item.evidence.into_iter().map(evidence_record).collect(),
        })
        .collect();
}

fn evidence_record(e: tilsyn_matcher::Evidence) -> EvidenceRecord {
    EvidenceRecord {
        page: e.page,
        rule: e.rule,
        text: e.text,
        highlight: Some(e.highlight),
    }
}
