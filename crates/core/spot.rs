//! `tilsyn spot-check` and `tilsyn standards`: every file through ingest and the matcher
//! header, in parallel, then the seeded sample (spot check) and the rule pack of
//! `tilsyn-spotcheck`, into one report.
//!
//! # Reading cost
//!
//! The draw needs every file's meeting date and body, and only reading a file gives them:
//! so every file is extracted once, whatever is drawn later. The question is what to do
//! with the text of the candidates until the draw has been made. Keeping the pages of all
//! candidates costs memory in proportion to the whole download (hundreds of megabytes for
//! a half-year of 98 councils); re-reading the drawn ones costs a second extraction, the
//! expensive step (a worker process, PDF parsing), for about one file in six. Instead each
//! candidate is analysed with the rules right after it is read, while its pages are in
//! hand, and only the flags (a few hundred bytes) are kept. The rules are regular
//! expressions over text that is already there, far cheaper than extracting it, so
//! analysing the candidates that are not drawn costs little; no file is read twice and no
//! text outlives its file's task. The draw then only chooses which candidates' flags are
//! reported. It runs after every file is read and depends only on the candidates' paths,
//! so the report is the same whatever order the workers finish in.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use rayon::prelude::*;
use tilsyn_ingest::sandbox::Pool;
use tilsyn_matcher::{Analysis, Matcher};
use tilsyn_report::{Body, DocStatus, RunInfo};
use tilsyn_spotcheck::{Checked, DocumentEntry, LineBreak, Pack, Period, Report, RulePack};

use crate::walk::{self, Entry, EntryKind};

/// What a spot check was asked to do.
pub struct SpotConfig {
    /// The folder of minutes.
    pub input: PathBuf,
    /// Where the reports go (excluded from the walk if inside `input`).
    pub out: PathBuf,
    /// The half-year.
    pub period: Period,
    /// Council meetings drawn per municipality.
    pub per_municipality: usize,
    /// The seed of the draw.
    pub seed: u64,
    /// Files read at once.
    pub jobs: usize,
    /// Draw a progress bar on stderr.
    pub progress: bool,
}

/// Reads every file, draws the sample and ranks the flags of the drawn meetings.
pub fn spot_check(config: &SpotConfig, pool: &Pool) -> anyhow::Result<Report> {
    let started = Instant::now();
    let pack =
        RulePack::new(Pack::SpotCheck).context("the rules in patterns/spot-check/ are broken")?;
    let period = config.period;
    let (input, docs) = read_all(
        &config.input,
        &config.out,
        config.jobs,
        config.progress,
        pool,
        |doc, pages, breaks, analysis| {
            let reason = not_candidate(doc, period);
            doc.candidate = Some(reason.is_none());
            match reason {
                Some(r) => {
                    doc.not_candidate = Some(r);
                    Vec::new()
                }
                // Analysed now, while the pages are in hand: see "Reading cost" above.
                None => pack.check_read(pages, breaks, &analysis.items, analysis.meeting.date),
            }
        },
    )?;
    let run = RunInfo {
        input_dir: Some(input),
        elapsed: Some(started.elapsed()),
        jobs: Some(config.jobs),
        ..RunInfo::default()
    };
    Ok(tilsyn_spotcheck::build_spot_check(
        period,
        config.seed,
        config.per_municipality,
        docs,
        pack.rules(),
        run,
    ))
}

/// Reads every file and runs the quality-standards rules over each one that was read.
pub fn standards(
    input: &Path,
    out: &Path,
    jobs: usize,
    progress: bool,
    pool: &Pool,
) -> anyhow::Result<Report> {
    let started = Instant::now();
    let pack = RulePack::new(Pack::QualityStandards)
        .context("the rules in patterns/quality-standards/ are broken")?;
    let (input, docs) = read_all(
        input,
        out,
        jobs,
        progress,
        pool,
        |_, pages, breaks, analysis| pack.check_read(pages, breaks, &analysis.items, None),
    )?;
    let run = RunInfo {
        input_dir: Some(input),
        elapsed: Some(started.elapsed()),
        jobs: Some(jobs),
        ..RunInfo::default()
    };
    Ok(tilsyn_spotcheck::build_standards(docs, pack.rules(), run))
}

/// Why a read document may not be drawn, or `None` for a candidate: a council meeting of
/// a known municipality dated in the period.
fn not_candidate(doc: &DocumentEntry, period: Period) -> Option<String> {
    if doc.municipality_code.is_none() {
        return Some("municipality unknown: neither the path nor the text names one".into());
    }
    match doc.body {
        Some(Body::Council) => {}
        Some(Body::Committee) => {
            return Some(format!(
                "committee minutes ({}), not the council",
                doc.body_name.as_deref().unwrap_or("a committee")
            ));
        }
        _ => return Some("the body that met could not be read from the header".into()),
    }
    match doc.meeting_date {
        None => Some("no meeting date could be read from the header".into()),
        Some(d) if !period.contains(d) => Some(format!("meeting on {d}, outside {period}")),
        Some(_) => None,
    }
}

/// Walks `input` and reads every file on `jobs` threads; `analyse` gets each read file's
/// record (to fill in), pages and matcher analysis and returns its flags. Returns the
/// canonical input folder and one [`Checked`] per file.
fn read_all<F>(
    input: &Path,
    out: &Path,
    jobs: usize,
    progress: bool,
    pool: &Pool,
    analyse: F,
) -> anyhow::Result<(PathBuf, Vec<Checked>)>
where
    F: Fn(&mut DocumentEntry, &[&str], &[Vec<LineBreak>], &Analysis) -> Vec<tilsyn_spotcheck::Flag>
        + Sync,
{
    if !input.exists() {
        bail!("input folder {} does not exist", input.display());
    }
    if !input.is_dir() {
        bail!("{} is not a folder", input.display());
    }
    let input = input
        .canonicalize()
        .with_context(|| format!("cannot open {}", input.display()))?;
    let matcher = Matcher::new().context("the rules in patterns/ are broken")?;
    let entries = walk::walk(&input, Some(out));
    let threads = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("spot-{i}"))
        .build()
        .context("cannot start worker threads")?;
    let bar = crate::scan::progress_bar(entries.len(), progress);
    let docs = threads.install(|| {
        entries
            .par_iter()
            .map(|e| {
                bar.set_message(crate::term::safe(&e.rel).into_owned());
                let mut checked = process(e, pool, &matcher, &analyse);
                mask(&mut checked);
                bar.inc(1);
                checked
            })
            .collect()
    });
    bar.finish_and_clear();
    Ok((input, docs))
}

/// The texts from the minutes in `checked` as the reports may show them
/// ([`crate::privacy`]): CPR numbers masked everywhere, citizens' names in the
/// flagged passages as initials.
fn mask(checked: &mut Checked) {
    use crate::privacy::{initials_of_citizens, mask_cpr};
    let each = |s: &mut String| *s = mask_cpr(s);
    checked.doc.error.iter_mut().for_each(each);
    checked.doc.body_name.iter_mut().for_each(each);
    checked.doc.warnings.iter_mut().for_each(each);
    for f in &mut checked.flags {
        f.item.iter_mut().for_each(each);
        let (passage, highlight) = initials_of_citizens(&mask_cpr(&f.passage), f.highlight);
        f.passage = passage;
        f.highlight = highlight;
    }
}

/// One file. Never fails: what goes wrong is the record.
fn process<F>(entry: &Entry, pool: &Pool, matcher: &Matcher, analyse: &F) -> Checked
where
    F: Fn(&mut DocumentEntry, &[&str], &[Vec<LineBreak>], &Analysis) -> Vec<tilsyn_spotcheck::Flag>,
{
    let mut doc = DocumentEntry {
        path: entry.rel.clone(),
        municipality_code: entry.municipality.map(str::to_string),
        ..DocumentEntry::default()
    };
    let fail = |mut doc: DocumentEntry, status, reason: String| {
        doc.status = status;
        doc.error = Some(reason);
        Checked {
            doc,
            flags: Vec::new(),
        }
    };
    match &entry.kind {
        EntryKind::Read => {}
        EntryKind::Skip(r) => return fail(doc, DocStatus::Skipped, r.clone()),
        EntryKind::Error(r) => return fail(doc, DocStatus::Error, r.clone()),
    }
    let extracted = match pool.extract(&entry.path) {
        Ok(x) => x,
        Err(e) => return fail(doc, DocStatus::Error, e.to_string()),
    };
    doc.pages = Some(extracted.pages.len() as u32);
    doc.warnings = extracted.warnings.clone();
    let pages = extracted.page_texts();
    let roles = crate::scan::line_roles(&extracted);
    let breaks = line_breaks(&extracted);
    // Our own code over text already read: a panic is a bug, but costs this file only.
    let result = catch_unwind(AssertUnwindSafe(|| {
        let analysis = matcher.analyse_with(
            &pages,
            &tilsyn_matcher::Hints {
                path: Some(&entry.rel),
                roles: Some(&roles),
            },
        );
        let m = &analysis.meeting;
        doc.meeting_date = m.date;
        doc.body = Some(match m.body {
            tilsyn_matcher::Body::Council => Body::Council,
            tilsyn_matcher::Body::Committee => Body::Committee,
            tilsyn_matcher::Body::Unknown => Body::Unknown,
        });
        doc.body_name = m.body_name.clone();
        if doc.municipality_code.is_none() {
            if let Some(code) = &m.municipality_code {
                doc.municipality_code = Some(code.clone());
                doc.municipality_from_text = true;
            }
        }
        let flags = analyse(&mut doc, &pages, &breaks, &analysis);
        (doc.clone(), flags)
    }));
    match result {
        Ok((doc, flags)) => Checked { doc, flags },
        Err(_) => {
            let doc = DocumentEntry {
                path: entry.rel.clone(),
                municipality_code: entry.municipality.map(str::to_string),
                pages: Some(extracted.pages.len() as u32),
                ..DocumentEntry::default()
            };
            fail(
                doc,
                DocStatus::Error,
                "internal error in the rules on this file (a bug: please report it with the file)"
                    .into(),
            )
        }
    }
}

/// Where the reader's structure ends a sentence, for the rule packs: a table row of cells
/// and a heading are phrases of their own; a cell's first line starts one; page furniture is
/// not read.
fn line_breaks(doc: &tilsyn_ingest::Document) -> Vec<Vec<LineBreak>> {
    use tilsyn_ingest::LineKind;
    crate::scan::per_line(doc, |kind| match kind {
        LineKind::Row | LineKind::Heading { .. } => LineBreak::Around,
        LineKind::Cell { .. } => LineBreak::Before,
        LineKind::Label { .. } => LineBreak::Row,
        LineKind::Furniture => LineBreak::Furniture,
        LineKind::Body | LineKind::ListItem => LineBreak::Within,
    })
}
