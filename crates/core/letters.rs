//! `tilsyn letters`: one draft letter per decided municipality of a map
//! year, from the case store, and the list of those that get none.
//!
//! The latest decision counts (CONTRACT.md). A stale decision gets no
//! letter: a later scan changed the evidence it was made on, so a person
//! must look again before Ankestyrelsen writes. Undecided municipalities get
//! none either. Both are listed on standard output and in `letters.json`,
//! next to the letters written, their deadlines, whether they are due or
//! overdue today, and the follow-up found in the recorded runs.
//!
//! The letter is drafted from the finding the decision was made on (the
//! current one, since the decision is not stale) and from the decision
//! itself; the deadline is the one the decision recorded, else the
//! configured one (`--take-position-days`, `--order-plan-months`), counted
//! from the day of the decision.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;
use tilsyn_cases::{Finding, Store};
use tilsyn_letters::due::{DueConfig, DueState, due_date, due_state};
use tilsyn_letters::{
    Decided, FollowUpCandidate, LetterConfig, Reaction, Scanned, Templates, draft, letter_input,
    to_docx,
};
use tilsyn_report::{MunicipalityEvidence, Treatment};

/// `letters.json`'s shape version.
const LETTERS_SCHEMA_VERSION: u32 = 1;

#[derive(Args)]
pub struct LettersArgs {
    /// The map year whose decisions are written up.
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(2018..=2100))]
    map_year: i32,
    /// Where the letters (<code>-<name>.docx) and letters.json are written.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The case database.
    #[arg(long, value_name = "FILE", default_value = "tilsyn.db")]
    db: PathBuf,
    /// The date the letters carry, and "today" for due and overdue [default: today].
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    /// Months an order to make an action plan runs, where the decision recorded no deadline.
    #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=24))]
    order_plan_months: u32,
    /// Days the council has to take a position ("its next meeting"), where the decision
    /// recorded no deadline.
    #[arg(long, value_name = "N", default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..=365))]
    take_position_days: u32,
    /// The date by which the councils are to send the minutes of next year's treatment;
    /// without it the letters do not name one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    submit_by: Option<NaiveDate>,
    /// The case worker who signs [default: a field to fill in].
    #[arg(long, value_name = "NAME")]
    signer: Option<String>,
}

#[derive(Serialize)]
struct LettersFile {
    schema_version: u32,
    map_year: i32,
    letter_date: NaiveDate,
    letters: Vec<Written>,
    stale: Vec<NoLetter>,
    undecided: Vec<NoLetter>,
    failed: Vec<NoLetter>,
}

#[derive(Serialize)]
struct Written {
    code: String,
    name: String,
    reaction: Reaction,
    file: String,
    decided_by: String,
    decided_at: String,
    deadline: Option<NaiveDate>,
    due: Option<DueState>,
    follow_up: Vec<FollowUpCandidate>,
}

#[derive(Serialize)]
struct NoLetter {
    code: String,
    name: String,
    /// Why: what changed (stale), or what failed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reasons: Vec<String>,
}

/// What the letter needs from the store's record of a finding.
fn scanned(code: &str, name: &str, f: Option<&Finding>) -> Scanned {
    let Some(f) = f else {
        return Scanned {
            code: code.into(),
            name: name.into(),
            treatment: None,
            action_plan: None,
            evidence: Vec::new(),
            council_name: None,
            attention_missed: None,
        };
    };
    let council = tilsyn_report::Body::Council;
    let council_name = f
        .treatment
        .iter()
        .filter(|t| t.body == council)
        .filter_map(|t| t.body_name.clone())
        .chain(
            f.candidates
                .iter()
                .filter(|c| c.body == council)
                .filter_map(|c| c.body_name.clone()),
        )
        .next();
    Scanned {
        code: code.into(),
        name: name.into(),
        treatment: f.treatment.as_ref().map(|t| Treatment {
            document: t.document.clone(),
            meeting_date: t.meeting_date,
            body: t.body,
            body_name: t.body_name.clone(),
            item_title: t.item_title.clone(),
            page: t.page,
        }),
        action_plan: f.action_plan,
        evidence: f
            .evidence
            .iter()
            .map(|e| MunicipalityEvidence {
                document: e.document.clone(),
                page: e.page,
                rule: e.rule.clone(),
                text: e.text.clone(),
                highlight: e.highlight,
            })
            .collect(),
        council_name,
        // No note: every point shown. A note without its points was recorded
        // before they were kept: not known.
        attention_missed: match f.review.iter().find(|n| n.key == "attention_points") {
            None => Some(Vec::new()),
            Some(n) if n.missing.is_empty() => None,
            Some(n) => Some(n.missing.clone()),
        },
    }
}

pub fn run(args: LettersArgs) -> anyhow::Result<()> {
    if !args.db.is_file() {
        bail!(
            "no case database at {} (run `tilsyn scan` and `tilsyn review decide` first, or give --db)",
            args.db.display()
        );
    }
    let store = Store::open(&args.db)
        .with_context(|| format!("cannot open the case database {}", args.db.display()))?;
    let templates =
        Templates::load().context("the letter templates in templates/letters are broken")?;
    let today = args.date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let due = DueConfig {
        order_plan_months: args.order_plan_months,
        take_position_days: args.take_position_days,
    };
    let config = LetterConfig {
        signer: args.signer.clone(),
        due,
        submit_minutes_by: args.submit_by,
        ..LetterConfig::default()
    };
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;

    let mut file = LettersFile {
        schema_version: LETTERS_SCHEMA_VERSION,
        map_year: args.map_year,
        letter_date: today,
        letters: Vec::new(),
        stale: Vec::new(),
        undecided: Vec::new(),
        failed: Vec::new(),
    };
    for case in store.latest_decisions(args.map_year)? {
        let no_letter = |reasons: Vec<String>| NoLetter {
            code: case.code.clone(),
            name: case.name.clone(),
            reasons,
        };
        let Some(state) = &case.decision else {
            file.undecided.push(no_letter(Vec::new()));
            continue;
        };
        if state.is_stale() {
            file.stale.push(no_letter(
                state.changes.iter().map(|c| c.danish()).collect(),
            ));
            continue;
        }
        let d = &state.decision;
        let decided = Decided {
            outcome: d.outcome,
            action_plan: d.action_plan,
            reaction: d.reaction,
            decided_on: d.at.date_naive(),
            case_number: None,
        };
        let mut input = letter_input(
            &scanned(&case.code, &case.name, case.finding.as_ref()),
            args.map_year,
            &decided,
            today,
            &due,
        );
        // The deadline the decision recorded is the one the queue shows.
        if let Some(recorded) = d.due {
            input.deadline = Some(recorded);
        }
        let name = tilsyn_letters::file_name(&case.code, &case.name);
        let written = draft(&templates, &input, &config)
            .map_err(anyhow::Error::from)
            .and_then(|letter| Ok(to_docx(&letter, name.trim_end_matches(".docx"))?))
            .and_then(|bytes| write(&args.out.join(&name), &bytes));
        if let Err(e) = written {
            file.failed.push(no_letter(vec![format!("{e:#}")]));
            continue;
        }
        let follow_up = store.follow_up(d)?;
        let due_on = input
            .deadline
            .or_else(|| due_date(decided.reaction, decided.decided_on, &due));
        file.letters.push(Written {
            code: case.code.clone(),
            name: case.name.clone(),
            reaction: decided.reaction,
            file: name,
            decided_by: d.by.clone(),
            decided_at: d.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            deadline: due_on.filter(|_| {
                matches!(
                    decided.reaction,
                    Reaction::TakePosition | Reaction::OrderPlan
                )
            }),
            due: due_on
                .filter(|_| {
                    matches!(
                        decided.reaction,
                        Reaction::TakePosition | Reaction::OrderPlan
                    )
                })
                .map(|on| due_state(on, today, !follow_up.is_empty())),
            follow_up,
        });
    }
    let json = serde_json::to_string_pretty(&file)? + "\n";
    write(&args.out.join("letters.json"), json.as_bytes())?;
    print!("{}", summary(&file, &args.out));
    if !file.failed.is_empty() {
        bail!(
            "{} letter(s) could not be drafted (see above)",
            file.failed.len()
        );
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

fn summary(f: &LettersFile, out: &Path) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Map year {}: {} letter(s) written to {}; {} stale, {} undecided, {} failed.",
        f.map_year,
        f.letters.len(),
        out.display(),
        f.stale.len(),
        f.undecided.len(),
        f.failed.len()
    );
    for r in Reaction::ALL {
        let n = f.letters.iter().filter(|l| l.reaction == r).count();
        if n > 0 {
            let _ = writeln!(s, "  {r}: {n}");
        }
    }
    for l in &f.letters {
        if let Some(due) = l.due {
            let _ = writeln!(
                s,
                "  {} {} ({}): due {} – {}{}",
                l.code,
                l.name,
                l.reaction,
                l.deadline.map_or("?".into(), |d| d.to_string()),
                due.danish(),
                match l.follow_up.first() {
                    Some(c) => format!(
                        "; follow-up candidate: {} ({}, page {})",
                        c.meeting_date, c.document, c.page
                    ),
                    None => String::new(),
                }
            );
        }
    }
    for (label, list) in [
        ("Stale (no letter)", &f.stale),
        ("Undecided (no letter)", &f.undecided),
        ("Failed", &f.failed),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "{label}:");
        for n in list {
            let _ = writeln!(
                s,
                "  {} {}{}",
                n.code,
                n.name,
                if n.reasons.is_empty() {
                    String::new()
                } else {
                    format!(": {}", n.reasons.join(" "))
                }
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    //! The whole way from minutes to letters and back: minutes read by the
    //! real matcher, recorded as runs in a real case store (a file), decided,
    //! drafted, and the following months' minutes scanned for the follow-up.
    //! The store stamps decisions with the clock, so the "following months"
    //! are dated after today.

    use std::path::Path;

    use chrono::{Days, NaiveDate, Utc};
    use tilsyn_cases::{NewDecision, Store};
    use tilsyn_matcher::Matcher;
    use tilsyn_report::{ActionPlan, DocumentRecord, Outcome, Report, RunInfo, build_report};

    use super::*;

    /// One council meeting with one item on the map.
    fn minutes(
        town: &str,
        body: &str,
        date: NaiveDate,
        title: &str,
        recommendation: &str,
        decision: &str,
    ) -> String {
        format!(
            "{town} Kommune\n{body}\nMødedato: {}\n\n\
             7. {title}\n\
             Sagsnr.: 22/1234\n\
             Sagsfremstilling\n\
             Ankestyrelsens danmarkskort viser kommunens omgørelsesprocenter på socialområdet.\n\
             Indstilling\n\
             Direktionen indstiller, at\n\
             - {recommendation}\n\
             Beslutning i {body} den {}\n\
             {decision}\n",
            date.format("%d.%m.%Y"),
            tilsyn_letters::date_danish(date),
        )
    }

    /// Writes each file under `input` and "scans" them: the matcher on the
    /// text, as `tilsyn scan` runs it on a file's pages.
    fn scan(input: &Path, map_year: i32, files: &[(&str, &str, String)]) -> Report {
        let matcher = Matcher::new().unwrap();
        let docs: Vec<DocumentRecord> = files
            .iter()
            .map(|(path, code, text)| {
                let file = input.join(path);
                std::fs::create_dir_all(file.parent().unwrap()).unwrap();
                std::fs::write(&file, text).unwrap();
                let mut record = DocumentRecord {
                    path: (*path).into(),
                    municipality_code: Some((*code).into()),
                    pages: Some(1),
                    ..DocumentRecord::default()
                };
                crate::scan::fill_from_analysis(&mut record, matcher.analyse(&[text.as_str()]));
                record
            })
            .collect();
        build_report(map_year, docs, RunInfo::default())
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn decide(
        store: &mut Store,
        code: &str,
        outcome: Outcome,
        plan: Option<ActionPlan>,
        r: tilsyn_cases::Reaction,
    ) {
        store
            .decide(&NewDecision {
                map_year: 2022,
                code: code.into(),
                outcome,
                action_plan: plan,
                reaction: r,
                note: String::new(),
                by: "test".into(),
                due: None,
            })
            .unwrap();
    }

    #[test]
    fn scan_decide_letters_and_the_adopted_plan_found_in_the_following_months() {
        let tmp = tempfile::tempdir().unwrap();
        let input = tmp.path().join("referater");
        let db = tmp.path().join("tilsyn.db");
        let out = tmp.path().join("breve");
        let year = [
            (
                "630/byraad-2022-12-12.pdf",
                "630",
                minutes(
                    "Vejle",
                    "Byrådet",
                    d(2022, 12, 12),
                    "Danmarkskort over omgørelsesprocenter 2022",
                    "der ikke udarbejdes en handlingsplan, idet omgørelsesprocenterne ligger på niveau med andre kommuner",
                    "Indstillingen godkendt.",
                ),
            ),
            (
                "461/byraad-2022-11-30.pdf",
                "461",
                minutes(
                    "Odense",
                    "Byrådet",
                    d(2022, 11, 30),
                    "Ankestyrelsens danmarkskort 2022",
                    "danmarkskortet tages til efterretning",
                    "Godkendt.",
                ),
            ),
            (
                "147/kb-2023-01-30.pdf",
                "147",
                minutes(
                    "Frederiksberg",
                    "Kommunalbestyrelsen",
                    d(2023, 1, 30),
                    "Danmarkskort 2022 over omgørelsesprocenter",
                    "der udarbejdes en handlingsplan",
                    "Godkendt.",
                ),
            ),
            (
                "751/byraad-2022-12-14.pdf",
                "751",
                minutes(
                    "Aarhus",
                    "Byrådet",
                    d(2022, 12, 14),
                    "Danmarkskort over omgørelsesprocenter 2022",
                    "der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet",
                    "Indstillingen godkendt.",
                ),
            ),
        ];
        let report = scan(&input, 2022, &year);
        let outcome = |code: &str| {
            let m = report
                .municipalities
                .iter()
                .find(|m| m.code == code)
                .unwrap();
            (m.outcome, m.action_plan)
        };
        assert_eq!(outcome("630"), (Outcome::Ok, Some(ActionPlan::NoNeed)));
        assert_eq!(outcome("461").0, Outcome::NoPosition);
        assert_eq!(outcome("147").0, Outcome::Late);
        assert_eq!(outcome("751"), (Outcome::Ok, Some(ActionPlan::Prepare)));

        let mut store = Store::open(&db).unwrap();
        store.record_run(&report, &input).unwrap();
        use tilsyn_cases::Reaction as R;
        decide(
            &mut store,
            "630",
            Outcome::Ok,
            Some(ActionPlan::NoNeed),
            R::OrderPlan,
        );
        decide(
            &mut store,
            "461",
            Outcome::NoPosition,
            Some(ActionPlan::NotAddressed),
            R::TakePosition,
        );
        decide(
            &mut store,
            "147",
            Outcome::Late,
            Some(ActionPlan::Prepare),
            R::DeadlineReminder,
        );
        decide(
            &mut store,
            "751",
            Outcome::Ok,
            Some(ActionPlan::Prepare),
            R::None,
        );

        // The following months, scanned for next year's map: Vejle's council
        // adopts the plan it was ordered to make.
        let today = Utc::now().date_naive();
        let adopted = today.checked_add_days(Days::new(40)).unwrap();
        let later = scan(
            &input,
            2023,
            &[(
                "630/byraad-senere.pdf",
                "630",
                minutes(
                    "Vejle",
                    "Byrådet",
                    adopted,
                    "Handlingsplan som opfølgning på danmarkskortet 2022",
                    "handlingsplanen til styrkelse af den juridiske kvalitet godkendes",
                    "Indstillingen godkendt.",
                ),
            )],
        );
        store.record_run(&later, &input).unwrap();

        // Odense's minutes change after the decision: stale, no letter.
        let rescan = scan(&input, 2022, &year[..]);
        std::fs::write(input.join("461/byraad-2022-11-30.pdf"), "changed").unwrap();
        store.record_run(&rescan, &input).unwrap();
        drop(store);

        run(LettersArgs {
            map_year: 2022,
            out: out.clone(),
            db: db.clone(),
            date: Some(today),
            order_plan_months: 3,
            take_position_days: 60,
            submit_by: None,
            signer: Some("Sagsbehandler".into()),
        })
        .unwrap();

        for name in [
            "630-Vejle.docx",
            "147-Frederiksberg.docx",
            "751-Aarhus.docx",
        ] {
            let bytes = std::fs::read(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(docx_rs::read_docx(&bytes).is_ok(), "{name} opens");
        }
        assert!(
            !out.join("461-Odense.docx").exists(),
            "a stale decision gets no letter"
        );
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("letters.json")).unwrap())
                .unwrap();
        assert_eq!(json["letters"].as_array().unwrap().len(), 3, "{json:#}");
        assert_eq!(json["stale"][0]["code"], "461", "{json:#}");
        assert_eq!(json["undecided"].as_array().unwrap().len(), 94);
        let vejle = json["letters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["code"] == "630")
            .unwrap();
        assert_eq!(vejle["reaction"], "order_plan");
        assert_eq!(vejle["due"]["state"], "followed_up", "{vejle:#}");
        let fu = &vejle["follow_up"][0];
        assert_eq!(fu["kind"], "plan_item", "{vejle:#}");
        assert_eq!(fu["document"], "630/byraad-senere.pdf");
        assert_eq!(fu["meeting_date"], adopted.to_string());
        let aarhus = json["letters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["code"] == "751")
            .unwrap();
        assert!(aarhus["due"].is_null() && aarhus["follow_up"].as_array().unwrap().is_empty());
    }
}
