//! The `tilsyn` command line: argument parsing, wiring and exit codes.
//!
//! The work lives in the crates: `tilsyn-ingest` (files → pages),
//! `tilsyn-matcher` (pages → meeting, items, findings), `tilsyn-report`
//! (findings → outcomes → JSON, CSV, HTML). This binary walks the input
//! folder, runs the pipeline on every file in parallel and maps failures to
//! exit codes: 0 when the run finished (also where single files failed: they
//! are listed in the report), 2 on a usage error, 1 when it could not run.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use tilsyn_ingest::sandbox::{self, Pool, SandboxLimits, WorkerCommand};

mod letters;
mod review;
mod scan;
mod spot;
mod walk;

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
    /// Where report.json, report.csv and report.html are written.
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
    /// Where report.json, report.csv and report.html are written.
    #[arg(long, value_name = "DIR", default_value = "tilsyn-report")]
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
    /// Where report.json, report.csv and report.html are written.
    #[arg(long, value_name = "DIR", default_value = "tilsyn-report")]
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
    #[command(flatten)]
    limits: LimitArgs,
}

/// Per-file limits. A file that hits one is reported as an error naming the
/// limit; the run goes on.
#[derive(Args, Clone, Copy)]
struct LimitArgs {
    /// Time allowed for reading one file, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..))]
    timeout: u64,
    /// Memory (address space) allowed for the process reading one file, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 2048, value_parser = clap::value_parser!(u64).range(64..))]
    max_memory: u64,
    /// Files larger than this are not read, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..))]
    max_file_size: u64,
    /// Most text extracted from one file, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..))]
    max_text_size: u64,
}

impl LimitArgs {
    fn sandbox(self) -> SandboxLimits {
        let defaults = SandboxLimits::default();
        SandboxLimits {
            time: Duration::from_secs(self.timeout),
            memory_bytes: self.max_memory << 20,
            stack_bytes: defaults.stack_bytes,
            ingest: tilsyn_ingest::Limits {
                max_file_bytes: self.max_file_size << 20,
                max_text_bytes: usize::try_from(self.max_text_size << 20).unwrap_or(usize::MAX),
            },
        }
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
        Err(err) => {
            eprintln!("tilsyn: error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn worker() -> ExitCode {
    match sandbox::serve() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tilsyn worker: {e}");
            ExitCode::from(1)
        }
    }
}

/// A pool of worker processes running this same executable.
fn pool(limits: LimitArgs) -> anyhow::Result<Pool> {
    let program = std::env::current_exe().context("cannot find the tilsyn executable")?;
    Ok(Pool::new(
        WorkerCommand {
            program,
            args: vec![WORKER_SUBCOMMAND.into()],
        },
        limits.sandbox(),
    ))
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<()> {
    if !args.file.is_file() {
        anyhow::bail!("{} is not a file", args.file.display());
    }
    let doc = pool(args.limits)?
        .extract(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    for w in &doc.warnings {
        eprintln!("tilsyn: warning: {}: {w}", args.file.display());
    }
    let mut out = std::io::stdout().lock();
    for page in &doc.pages {
        out.write_all(page.text.as_bytes())?;
        out.write_all(b"\n\x0c")?;
    }
    out.flush()?;
    Ok(())
}

fn run_scan(args: ScanArgs) -> anyhow::Result<()> {
    let jobs = args
        .jobs
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let config = scan::ScanConfig {
        input: args.input_dir,
        out: args.out,
        map_year: args.map_year,
        jobs,
        progress: std::io::stderr().is_terminal(),
    };
    let pool = pool(args.limits)?;
    let report = scan::scan(&config, &pool)?;
    tilsyn_report::write_reports(&report, &config.out)
        .with_context(|| format!("cannot write the reports to {}", config.out.display()))?;
    print!("{}", tilsyn_report::summary_text(&report));
    println!("Reports written to {}", config.out.display());
    review::record_run(&args.db, &report)?;
    Ok(())
}

fn jobs(n: Option<u16>) -> usize {
    n.map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

fn run_spot_check(args: SpotCheckArgs) -> anyhow::Result<()> {
    let config = spot::SpotConfig {
        input: args.input_dir,
        out: args.out,
        period: args.period,
        per_municipality: usize::from(args.per_municipality),
        seed: args.seed,
        jobs: jobs(args.jobs),
    };
    let report = spot::spot_check(&config, &pool(args.limits)?)?;
    tilsyn_spotcheck::write_reports(&report, &config.out)
        .with_context(|| format!("cannot write the reports to {}", config.out.display()))?;
    print!("{}", tilsyn_spotcheck::summary_text(&report));
    println!("Reports written to {}", config.out.display());
    Ok(())
}

fn run_standards(args: StandardsArgs) -> anyhow::Result<()> {
    let report = spot::standards(
        &args.input_dir,
        &args.out,
        jobs(args.jobs),
        &pool(args.limits)?,
    )?;
    tilsyn_spotcheck::write_reports(&report, &args.out)
        .with_context(|| format!("cannot write the reports to {}", args.out.display()))?;
    print!("{}", tilsyn_spotcheck::summary_text(&report));
    println!("Reports written to {}", args.out.display());
    Ok(())
}

fn run_quality_plan(args: QualityPlanArgs) -> anyhow::Result<()> {
    let plan = tilsyn_spotcheck::plan::quality_standards(args.from, args.seed);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&plan)?);
    } else {
        print!("{}", tilsyn_spotcheck::plan::render_text(&plan));
    }
    Ok(())
}
