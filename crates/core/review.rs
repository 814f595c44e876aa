//! `tilsyn review …` and the case database behind `scan --db`: flags and
//! wiring only; the store is `tilsyn-cases`, the pages `tilsyn-review`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use tilsyn_cases::{NewDecision, Reaction, Store};
use tilsyn_report::{ActionPlan, Outcome, Report};

/// The case database when `--db` is not given: in the current folder, so
/// that `tilsyn scan DIR --map-year Y` and then `tilsyn review serve` work
/// with no other flags (CONTRACT.md).
pub const DEFAULT_DB: &str = "tilsyn.db";

#[derive(Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    command: ReviewCommand,
}

#[derive(Subcommand)]
enum ReviewCommand {
    /// Serve the review pages on http://127.0.0.1:PORT, for the person at this machine.
    Serve(ServeArgs),
    /// Record a decision for one municipality, as the review pages do.
    Decide(DecideArgs),
    /// Print every municipality of a map year with the tool's outcome and the decision.
    Export(ExportArgs),
}

#[derive(Args)]
struct ServeArgs {
    /// The case database.
    #[arg(long, value_name = "FILE", default_value = DEFAULT_DB)]
    db: PathBuf,
    /// The port on 127.0.0.1.
    #[arg(long, value_name = "N", default_value_t = 8098)]
    port: u16,
    /// The map year to open on [default: the latest one with a scan or a decision].
    #[arg(long, value_name = "YEAR")]
    map_year: Option<i32>,
}

#[derive(Args)]
struct DecideArgs {
    /// The map year.
    #[arg(long, value_name = "Y", value_parser = clap::value_parser!(i32).range(2018..=2100))]
    map_year: i32,
    /// The municipality's three-digit code (101 = København).
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    municipality: String,
    /// The outcome the analyst settles on.
    #[arg(long, value_name = "O")]
    outcome: OutcomeArg,
    /// What Ankestyrelsen does next.
    #[arg(long, value_name = "R")]
    reaction: ReactionArg,
    /// Who decides.
    #[arg(long, value_name = "NAME", value_parser = parse_author)]
    by: String,
    /// The council's position on an action plan, as the analyst reads it.
    #[arg(long, value_name = "A")]
    action_plan: Option<ActionPlanArg>,
    /// A note for the case (and the letter's author).
    #[arg(long, value_name = "TEXT", default_value = "")]
    note: String,
    /// The case database.
    #[arg(long, value_name = "FILE", default_value = DEFAULT_DB)]
    db: PathBuf,
}

#[derive(Args)]
struct ExportArgs {
    /// The map year.
    #[arg(long, value_name = "Y", value_parser = clap::value_parser!(i32).range(2018..=2100))]
    map_year: i32,
    /// JSON (CONTRACT.md's shape) or CSV (one row per municipality).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// The case database.
    #[arg(long, value_name = "FILE", default_value = DEFAULT_DB)]
    db: PathBuf,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
}

// The names are CONTRACT.md's; clap lists them in the usage error.
#[derive(Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
enum OutcomeArg {
    Ok,
    NoPosition,
    Late,
    CommitteeOnly,
    NotFound,
}

#[derive(Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
enum ReactionArg {
    None,
    TakePosition,
    OrderPlan,
    DeadlineReminder,
}

#[derive(Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
enum ActionPlanArg {
    Prepare,
    NoNeed,
    NotAddressed,
    Deferred,
}

fn parse_code(s: &str) -> Result<String, String> {
    tilsyn_kommuner::by_code(s.trim())
        .map(|k| k.code.to_string())
        .ok_or_else(|| {
            format!("{s:?} is not one of the 98 municipality codes (e.g. 101 for København)")
        })
}

fn parse_author(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("a decision needs the name of who made it".into())
    } else {
        Ok(s.trim().to_string())
    }
}

pub fn run(args: ReviewArgs) -> anyhow::Result<()> {
    match args.command {
        ReviewCommand::Serve(a) => serve(a),
        ReviewCommand::Decide(a) => decide(a),
        ReviewCommand::Export(a) => export(a),
    }
}

/// Opens a database that must exist already: reading commands do not
/// create an empty one where a path was mistyped.
fn open_existing(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "no case database at {}; run `tilsyn scan DIR --map-year Y` here first, or give --db",
            db.display()
        );
    }
    open(db)
}

fn open(db: &Path) -> anyhow::Result<Store> {
    Store::open(db).with_context(|| format!("cannot open the case database {}", db.display()))
}

/// Records a finished scan in the case database.
pub fn record_run(db: &Path, report: &Report) -> anyhow::Result<()> {
    let input = report
        .run
        .input_dir
        .as_deref()
        .context("the scan did not say its input folder")?;
    let id = open(db)?
        .record_run(report, input)
        .with_context(|| format!("cannot record the run in {}", db.display()))?;
    // Through the terminal writer, so a closed pipe ends the run quietly like the rest.
    crate::term::print(&format!("Run {id} recorded in {}\n", db.display()))
        .map_err(crate::stdout_error)
}

/// The decisions before this run is recorded, read without writing: none
/// where there is no database yet (it is made when the run is recorded),
/// and none, with a warning, where it cannot be read (recording the run
/// will then say why).
pub fn decisions_before_run(
    db: &Path,
    map_year: i32,
) -> std::collections::BTreeMap<String, tilsyn_report::CaseDecision> {
    if !db.exists() {
        return Default::default();
    }
    decisions_for_report(db, map_year).unwrap_or_else(|e| {
        crate::term::eprint_line(&format!("tilsyn: warning: {e:#}"));
        Default::default()
    })
}

/// The latest decision of every decided municipality of a map year, as
/// report.html shows it.
pub fn decisions_for_report(
    db: &Path,
    map_year: i32,
) -> anyhow::Result<std::collections::BTreeMap<String, tilsyn_report::CaseDecision>> {
    let cases = open(db)?
        .latest_decisions(map_year)
        .with_context(|| format!("cannot read the decisions in {}", db.display()))?;
    Ok(cases
        .into_iter()
        .filter_map(|c| {
            let stale = c.is_stale();
            let d = c.decision?.decision;
            Some((
                c.code,
                tilsyn_report::CaseDecision {
                    reaction: d.reaction.as_str().to_string(),
                    reaction_danish: d.reaction.danish().to_string(),
                    by: d.by,
                    on: d.at.date_naive(),
                    stale,
                },
            ))
        })
        .collect())
}

fn decide(a: DecideArgs) -> anyhow::Result<()> {
    let decision = NewDecision {
        map_year: a.map_year,
        code: a.municipality,
        outcome: match a.outcome {
            OutcomeArg::Ok => Outcome::Ok,
            OutcomeArg::NoPosition => Outcome::NoPosition,
            OutcomeArg::Late => Outcome::Late,
            OutcomeArg::CommitteeOnly => Outcome::CommitteeOnly,
            OutcomeArg::NotFound => Outcome::NotFound,
        },
        action_plan: a.action_plan.map(|p| match p {
            ActionPlanArg::Prepare => ActionPlan::Prepare,
            ActionPlanArg::NoNeed => ActionPlan::NoNeed,
            ActionPlanArg::NotAddressed => ActionPlan::NotAddressed,
            ActionPlanArg::Deferred => ActionPlan::Deferred,
        }),
        reaction: match a.reaction {
            ReactionArg::None => Reaction::None,
            ReactionArg::TakePosition => Reaction::TakePosition,
            ReactionArg::OrderPlan => Reaction::OrderPlan,
            ReactionArg::DeadlineReminder => Reaction::DeadlineReminder,
        },
        note: a.note,
        by: a.by,
        due: None,
    };
    let d = open(&a.db)?.decide(&decision)?;
    println!(
        "Decision {} recorded: {} {} ({}), {} by {}",
        d.id,
        d.code,
        d.outcome.as_str(),
        d.reaction,
        d.map_year,
        d.by
    );
    Ok(())
}

fn export(a: ExportArgs) -> anyhow::Result<()> {
    let export = open_existing(&a.db)?.export(a.map_year)?;
    let text = match a.format {
        Format::Json => tilsyn_cases::render_export_json(&export)?,
        Format::Csv => tilsyn_cases::render_export_csv(&export)?,
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn serve(a: ServeArgs) -> anyhow::Result<()> {
    drop(open_existing(&a.db)?);
    tilsyn_review::serve(tilsyn_review::Config {
        db: a.db,
        port: a.port,
        map_year: a.map_year,
    })
}
