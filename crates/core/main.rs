//! The `tilsyn` command line: argument parsing, wiring and exit codes.
//!
//! The work lives in the crates: `tilsyn-ingest` (files → pages),
//! `tilsyn-matcher` (pages → meeting, items, findings), `tilsyn-report`
//! (findings → outcomes → JSON, CSV, HTML). This binary walks the input
//! folder, runs the pipeline on every file in parallel and maps failures to
//! exit codes: 0 when the run finished (also where single files failed: they
//! are listed in the report), 2 on a usage error, 1 when it could not run.
//!
//! Nothing here panics at the user. Output goes through `term`, which
//! escapes what a terminal would obey; a closed pipe on standard output
//! (`tilsyn scan … | head`) ends the run quietly, as `rg` does, since the
//! reader has what it wanted; any other write error is exit 1 with the
//! reason.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use tilsyn_ingest::sandbox::{self, Pool, SandboxLimits, WorkerCommand};

mod letters;
mod outdir;
mod privacy;
mod review;
mod scan;
mod spot;
mod term;
mod walk;

/// A usage error found after argument parsing (exit 2, like clap's).
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// The hidden subcommand a worker process is started with.
const WORKER_SUBCOMMAND: &str = "__ingest-worker";

#[derive(Parser)]
#[command(
    name = "tilsyn",
    version,
    about = "Reads Danish council minutes (PDF, HTML) for Ankestyrelsen's supervision of the 98 municipalities.",
    long_about = "Reads Danish council minutes (PDF, HTML) for Ankestyrelsen's supervision of the 98 \
                  municipalities: finds the council's treatment of the danmarkskort and its position \
                  on an action plan (handlingsplan), decides an outcome per municipality, and writes \
                  report.json, report.csv and report.html for analysts.\n\n\
                  Example:\n  tilsyn scan ~/referater --map-year 2022 --out rapport-2022"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse every file in a folder of minutes and write the reports.
    ///
    /// Each file's municipality is taken from the first folder or file name
    /// below INPUT_DIR that names one (by code or name: "101",
    /// "koebenhavn", "Ringkøbing-Skjern Kommune"), else from the text.
    /// Files that cannot be read are listed in the report with the reason.
    Scan(ScanArgs),
    /// Print the normalised text of one file, pages separated by form feeds.
    Extract(ExtractArgs),
    /// Draw a seeded sample of council meetings per municipality in a half-year and rank
    /// the passages a lawyer should read first.
    ///
    /// Every file is read once to learn its body and date; council meetings dated in the
    /// period are the candidates. tilsyn never calls a decision unlawful: each flag says
    /// why the passage is worth reading.
    SpotCheck(SpotCheckArgs),
    /// Run the quality-standards rules over the quality standards (kvalitetsstandarder) in
    /// a folder and rank what to read first.
    Standards(StandardsArgs),
    /// Plans of the recurring reviews.
    Plan(PlanArgs),
    /// Draft one letter (.docx) per decided municipality of a map year, from the case
    /// database, and list the undecided and stale ones.
    ///
    /// Writes <code>-<name>.docx and letters.json into --out. The latest decision counts;
    /// a stale decision (a later scan changed its evidence) gets no letter until a person
    /// decides again.
    Letters(letters::LettersArgs),
    /// The analysts' review: decisions per municipality, kept in the case database.
    Review(review::ReviewArgs),
    #[command(name = WORKER_SUBCOMMAND, hide = true)]
    Worker,
}

#[derive(Args)]
struct ScanArgs {
    /// The folder of downloaded minutes (.pdf, .html, .htm; other files are listed as skipped).
    input_dir: PathBuf,
    /// The year the danmarkskort was published; the council must treat it by 31 December that year.
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(2018..=2100))]
    map_year: i32,
    /// Where report.json, report.csv, report.xlsx and report.html are written.
    #[arg(long, value_name = "DIR", default_value = "tilsyn-report")]
    out: PathBuf,
    /// Files read at once [default: all cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// The case database the run is recorded in, beside the analysts' decisions.
    #[arg(long, value_name = "FILE", default_value = review::DEFAULT_DB)]
    db: PathBuf,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Args)]
struct SpotCheckArgs {
    /// The folder of downloaded minutes (.pdf, .html, .htm; other files are listed as skipped).
    input_dir: PathBuf,
    /// The half-year: 2024H1 (January–June) or 2024H2 (July–December).
    #[arg(long, value_name = "YYYYH1|YYYYH2")]
    period: tilsyn_spotcheck::Period,
    /// Council meetings drawn per municipality.
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u16).range(1..))]
    per_municipality: u16,
    /// The seed of the draw; the same seed gives the same sample.
    #[arg(long, value_name = "N", default_value_t = 0)]
    seed: u64,
    /// Where report.json, report.csv, report.xlsx and report.html are written (not
    /// scan's folder, so that one never overwrites the other).
    #[arg(long, value_name = "DIR", default_value = "tilsyn-spot-check")]
    out: PathBuf,
    /// Files read at once [default: all cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Args)]
struct StandardsArgs {
    /// The folder of quality-standard documents (.pdf, .html, .htm).
    input_dir: PathBuf,
    /// Where report.json, report.csv, report.xlsx and report.html are written.
    #[arg(long, value_name = "DIR", default_value = "tilsyn-standards")]
    out: PathBuf,
    /// Files read at once [default: all cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Args)]
struct PlanArgs {
    #[command(subcommand)]
    plan: PlanCommand,
}

#[derive(Subcommand)]
enum PlanCommand {
    /// Split the 98 municipalities into three yearly cohorts of 33, 33 and 32, balanced
    /// across the five regions, for the review of quality standards.
    QualityStandards(QualityPlanArgs),
}

#[derive(Args)]
struct QualityPlanArgs {
    /// The first year; the cohorts are reviewed in FROM, FROM+1 and FROM+2.
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(2000..=2100))]
    from: i32,
    /// The seed of the split; the same seed gives the same plan.
    #[arg(long, value_name = "N", default_value_t = 0)]
    seed: u64,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct ExtractArgs {
    /// A .pdf, .html or .htm file.
    file: PathBuf,
    /// Prefix each line with what the source says it is, for debugging: `H2 ` a heading of
    /// level 2, `LV ` a label and its value (a `|` where the value starts), `LI ` a list item,
    /// `C1 ` a table row's second cell (`C2 ` the third …), `TR ` a row of cells on one line,
    /// `FU ` page furniture (print stamps, running headers), three spaces for body text.
    #[arg(long)]
    blocks: bool,
    #[command(flatten)]
    limits: LimitArgs,
}

/// Per-file limits, and the run's memory. A file that hits one is reported
/// as an error naming the limit; the run goes on.
#[derive(Args, Clone, Copy)]
struct LimitArgs {
    /// Time allowed for reading one file, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..))]
    timeout: u64,
    /// Memory for the whole run, in MiB: the reader processes and tilsyn itself together.
    /// tilsyn keeps 256 MiB plus twice --max-text-size per job for itself and splits the
    /// rest evenly between the --jobs reader processes, each held to its share (address
    /// space); a file that needs more is an error. Each reader needs at least 256 MiB.
    /// [default: 1024 MiB per job plus tilsyn's own share]
    #[arg(long, value_name = "MIB", value_parser = clap::value_parser!(u64).range(1..=(1 << 30)))]
    max_memory: Option<u64>,
    /// Files larger than this are not read, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..))]
    max_file_size: u64,
    /// Most text extracted from one file, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..))]
    max_text_size: u64,
}

/// The least address space a reader process starts and reads a page in: the
/// executable, the 64 MiB stack of the extraction thread and the allocator's
/// per-thread arenas are reserved before the first byte is read.
const MIN_WORKER_MIB: u64 = 256;

/// What the parent keeps for itself: its own code and records, and per job
/// the answer of one reader (the text, and its JSON on the wire).
fn parent_share_mib(jobs: u64, max_text_mib: u64) -> u64 {
    256 + jobs * 2 * max_text_mib
}

impl LimitArgs {
    /// The limits of each of `jobs` reader processes under the run's memory
    /// budget, or a usage error where the budget is too small to read
    /// anything.
    fn sandbox(self, jobs: usize) -> Result<SandboxLimits, Usage> {
        let defaults = SandboxLimits::default();
        let jobs = jobs.max(1) as u64;
        let parent = parent_share_mib(jobs, self.max_text_size);
        let budget = self.max_memory.unwrap_or(parent + jobs * 1024);
        let per_worker = budget.saturating_sub(parent) / jobs;
        if per_worker < MIN_WORKER_MIB {
            return Err(Usage(format!(
                "--max-memory {budget} MiB is too small for {jobs} job(s): tilsyn keeps {parent} \
                 MiB for itself, which leaves {per_worker} MiB per reader process, and one needs \
                 at least {MIN_WORKER_MIB} MiB; give at least {} MiB, or fewer --jobs",
                parent + jobs * MIN_WORKER_MIB
            )));
        }
        Ok(SandboxLimits {
            time: Duration::from_secs(self.timeout),
            memory_bytes: per_worker << 20,
            stack_bytes: defaults.stack_bytes,
            ingest: tilsyn_ingest::Limits {
                max_file_bytes: self.max_file_size << 20,
                max_text_bytes: usize::try_from(self.max_text_size << 20).unwrap_or(usize::MAX),
            },
        })
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Worker => return worker(),
        Command::Scan(args) => run_scan(args),
        Command::Extract(args) => run_extract(args),
        Command::SpotCheck(args) => run_spot_check(args),
        Command::Standards(args) => run_standards(args),
        Command::Letters(args) => letters::run(args),
        Command::Plan(PlanArgs {
            plan: PlanCommand::QualityStandards(args),
        }) => run_quality_plan(args),
        Command::Review(args) => review::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            term::eprint_line(&format!("tilsyn: error: {err:#}"));
            if err.downcast_ref::<Usage>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// Whether `err` is standard output's reader having gone away.
fn broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Standard output's write errors, with what was being written.
pub(crate) fn stdout_error(e: std::io::Error) -> anyhow::Error {
    anyhow::Error::new(e).context("cannot write to standard output")
}

/// The input folder, checked and canonical, before anything else is done
/// with it.
fn input_dir(input: &Path) -> anyhow::Result<PathBuf> {
    if !input.exists() {
        anyhow::bail!("input folder {} does not exist", input.display());
    }
    if !input.is_dir() {
        anyhow::bail!("{} is not a folder", input.display());
    }
    input
        .canonicalize()
        .with_context(|| format!("cannot open {}", input.display()))
}

fn worker() -> ExitCode {
    match sandbox::serve() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            term::eprint_line(&format!("tilsyn worker: {e}"));
            ExitCode::from(1)
        }
    }
}

/// A pool of worker processes running this same executable, `jobs` of
/// them at most, sharing the run's memory budget.
fn pool(limits: LimitArgs, jobs: usize) -> anyhow::Result<Pool> {
    let limits = limits.sandbox(jobs)?;
    let program = std::env::current_exe().context("cannot find the tilsyn executable")?;
    Ok(Pool::new(
        WorkerCommand {
            program,
            args: vec![WORKER_SUBCOMMAND.into()],
        },
        limits,
    ))
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<()> {
    if !args.file.is_file() {
        anyhow::bail!("{} is not a file", args.file.display());
    }
    let doc = pool(args.limits, 1)?
        .extract(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    for w in &doc.warnings {
        term::eprint_line(&format!("tilsyn: warning: {}: {w}", args.file.display()));
    }
    // Piped, the text goes out as extracted, like pdftotext's; at a
    // terminal, what the terminal would obey is escaped.
    let at_terminal = std::io::stdout().is_terminal();
    let mut out = std::io::stdout().lock();
    for page in &doc.pages {
        let page_text = if args.blocks {
            std::borrow::Cow::Owned(blocks(page))
        } else {
            std::borrow::Cow::Borrowed(page.text.as_str())
        };
        let text = if at_terminal {
            std::borrow::Cow::Owned(term::safe(&page_text).into_owned())
        } else {
            page_text
        };
        out.write_all(text.as_bytes()).map_err(stdout_error)?;
        out.write_all(b"\n\x0c").map_err(stdout_error)?;
    }
    out.flush().map_err(stdout_error)?;
    Ok(())
}

/// A page as `extract --blocks` prints it: each line after a three-character
/// tag for its kind.
fn blocks(page: &tilsyn_ingest::Page) -> String {
    use tilsyn_ingest::LineKind;
    let mut s = String::with_capacity(page.text.len() * 2);
    for (i, (line, info)) in page.lines_with_info().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        match info.kind {
            LineKind::Body => s.push_str("   "),
            LineKind::Heading { level } => s.push_str(&format!("H{level} ")),
            LineKind::ListItem => s.push_str("LI "),
            LineKind::Cell { column } => s.push_str(&format!("C{} ", column.min(9))),
            LineKind::Furniture => s.push_str("FU "),
            LineKind::Row => s.push_str("TR "),
            LineKind::Label { value_start } => {
                s.push_str("LV ");
                let at = (value_start as usize).min(line.len());
                if line.is_char_boundary(at) {
                    s.push_str(&line[..at]);
                    s.push('|');
                    s.push_str(&line[at..]);
                } else {
                    s.push_str(line);
                }
                continue;
            }
        }
        s.push_str(line);
    }
    s
}

fn run_scan(args: ScanArgs) -> anyhow::Result<()> {
    let jobs = jobs(args.jobs);
    let pool = pool(args.limits, jobs)?;
    let input = input_dir(&args.input_dir)?;
    let out = outdir::open(&input, &args.out, "tilsyn scan")?;
    let config = scan::ScanConfig {
        input,
        out: args.out,
        map_year: args.map_year,
        jobs,
        progress: std::io::stderr().is_terminal(),
    };
    let mut report = scan::scan(&config, &pool)?;
    for w in &report.warnings {
        term::eprint_line(&format!("tilsyn: warning: {w}"));
    }
    // Links relative to the report where the folders sit side by side, so
    // the two can be moved together.
    report.run.html_input_dir = match (&report.run.input_dir, out.path.canonicalize()) {
        (Some(input), Ok(out)) => Some(tilsyn_report::link_dir(input, &out)),
        _ => None,
    };
    // The reports are written before the run is recorded, so that a full
    // disk leaves the earlier reports whole and says so. report.html shows
    // the decisions as the case store has them; where recording this run
    // made one stale (it changed the evidence), report.html is written
    // again with that.
    let before = review::decisions_before_run(&args.db, report.map_year);
    report.run.decisions = Some(before.clone());
    tilsyn_report::write_reports(&report, &out.path)
        .with_context(|| format!("cannot write the reports to {}", out.path.display()))?;
    review::record_run(&args.db, &report)?;
    let after = review::decisions_for_report(&args.db, report.map_year)?;
    if after != before {
        report.run.decisions = Some(after);
        let html = tilsyn_report::render_html(&report).into_bytes();
        tilsyn_report::write_files(&out.path, &[("report.html", html)])
            .with_context(|| format!("cannot write the reports to {}", out.path.display()))?;
    }
    drop(out);
    term::print(&format!(
        "{}Reports written to {}\n",
        tilsyn_report::summary_text(&report),
        config.out.display()
    ))
    .map_err(stdout_error)
}

fn jobs(n: Option<u16>) -> usize {
    n.map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

fn run_spot_check(args: SpotCheckArgs) -> anyhow::Result<()> {
    let pool = pool(args.limits, jobs(args.jobs))?;
    let input = input_dir(&args.input_dir)?;
    let out = outdir::open(&input, &args.out, "tilsyn spot-check")?;
    let config = spot::SpotConfig {
        input,
        out: args.out,
        period: args.period,
        per_municipality: usize::from(args.per_municipality),
        seed: args.seed,
        jobs: jobs(args.jobs),
        progress: std::io::stderr().is_terminal(),
    };
    let report = spot::spot_check(&config, &pool)?;
    tilsyn_spotcheck::write_reports(&report, &out.path)
        .with_context(|| format!("cannot write the reports to {}", out.path.display()))?;
    drop(out);
    term::print(&format!(
        "{}Reports written to {}\n",
        tilsyn_spotcheck::summary_text(&report),
        config.out.display()
    ))
    .map_err(stdout_error)
}

fn run_standards(args: StandardsArgs) -> anyhow::Result<()> {
    let jobs = jobs(args.jobs);
    let pool = pool(args.limits, jobs)?;
    let input = input_dir(&args.input_dir)?;
    let out = outdir::open(&input, &args.out, "tilsyn standards")?;
    let report = spot::standards(
        &input,
        &args.out,
        jobs,
        std::io::stderr().is_terminal(),
        &pool,
    )?;
    tilsyn_spotcheck::write_reports(&report, &out.path)
        .with_context(|| format!("cannot write the reports to {}", out.path.display()))?;
    drop(out);
    term::print(&format!(
        "{}Reports written to {}\n",
        tilsyn_spotcheck::summary_text(&report),
        args.out.display()
    ))
    .map_err(stdout_error)
}

fn run_quality_plan(args: QualityPlanArgs) -> anyhow::Result<()> {
    let plan = tilsyn_spotcheck::plan::quality_standards(args.from, args.seed);
    let text = if args.json {
        format!("{}\n", serde_json::to_string_pretty(&plan)?)
    } else {
        tilsyn_spotcheck::plan::render_text(&plan)
    };
    term::print(&text).map_err(stdout_error)
}
