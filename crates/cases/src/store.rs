//! The store: one SQLite connection with the schema migrated.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use tilsyn_report::{DocStatus, Report};

use crate::model::*;
use crate::stale;
use crate::{Error, Result};

/// How long a writer waits for another writer's transaction to finish
/// before giving up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Files larger than this are recorded without a hash (their presence and
/// size still count for staleness). tilsyn reads none this large.
const MAX_HASHED_BYTES: u64 = 4 << 30;

/// The case store. One value per connection; open one per thread or
/// process. Writers wait for each other (WAL, `BEGIN IMMEDIATE`, a busy
/// timeout); readers never wait for writers.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

impl Store {
    /// Opens (creating where missing) the database at `path` and migrates
    /// it to the current schema.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let conn = Connection::open(path).map_err(|source| Error::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Store::setup(conn, true)
    }

    /// A store in memory, for tests and demos.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, false)
    }

    fn setup(mut conn: Connection, wal: bool) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Every transaction takes the write lock at BEGIN, so a writer waits
        // in the busy handler instead of failing when it finds another
        // writer at its first write (SQLite's deadlock rule for deferred
        // transactions). The migrations' transactions too.
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        conn.pragma_update(None, "foreign_keys", true)?;
        // Several processes may open a new database at the same moment (two
        // scans, a scan and the server). The migration library reads the
        // version before its transaction, so the loser of that race finds
        // the tables made and fails; it then reads the version again and
        // finds nothing left to do.
        let mut attempt = 0;
        loop {
            match Store::prepare_schema(&mut conn, wal) {
                Ok(()) => break,
                Err(Error::Migration(rusqlite_migration::Error::MigrationDefinition(e))) => {
                    return Err(Error::Migration(
                        rusqlite_migration::Error::MigrationDefinition(e),
                    ));
                }
                Err(e @ Error::Wal(_)) => return Err(e),
                Err(e) if attempt >= 20 => return Err(e),
                Err(_) => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(50 * attempt));
                }
            }
        }
        Ok(Store { conn })
    }

    fn prepare_schema(conn: &mut Connection, wal: bool) -> Result<()> {
        if wal {
            // WAL: readers do not block the writer nor it them, and a commit
            // is one append to the log. FULL syncs the log at every commit,
            // so a committed decision survives a crash of the machine too,
            // not only of the process; decisions are few, the cost is small.
            let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::Wal(mode));
            }
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        crate::schema::migrations().to_latest(conn)?;
        Ok(())
    }

    /// The schema version of the open database (`user_version`).
    pub fn schema_version(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize)
    }

    /// The connection, for checks the API does not cover (tests, the
    /// letters' own tables in later migrations).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn write(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Records a scan run: its documents with their content hashes (read
    /// from `input_dir`, only files inside it), the findings, and the
    /// outcome of all 98 municipalities. One transaction: a run is there
    /// whole or not at all. Returns the run's id.
    pub fn record_run(&mut self, report: &Report, input_dir: &Path) -> Result<i64> {
        let input = input_dir
            .canonicalize()
            .unwrap_or_else(|_| input_dir.to_path_buf());
        // Hash before the transaction, so the write lock is held only for
        // the inserts.
        let hashes: Vec<(Option<String>, Option<u64>)> = report
            .documents
            .iter()
            .map(|d| hash_file(&input, &d.path, d.status))
            .collect();
        let now = now();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO runs (map_year, recorded_at, input_dir, tool_version) VALUES (?1, ?2, ?3, ?4)",
            params![
                report.map_year,
                time_str(now),
                input.to_string_lossy(),
                report.tool_version
            ],
        )?;
        let run_id = tx.last_insert_rowid();
        {
            let mut doc_stmt = tx.prepare(
                "INSERT INTO documents (run_id, path, municipality_code, status, error, pages, \
                 meeting_date, body, body_name, hash, size) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            let mut item_stmt = tx.prepare(
                "INSERT INTO items (document_id, ord, kind, title, map_year, action_plan, page) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut finding_stmt = tx.prepare(
                "INSERT INTO findings (item_id, ord, page, rule, text, hl_start, hl_end) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for (d, (hash, size)) in report.documents.iter().zip(hashes) {
                doc_stmt.execute(params![
                    run_id,
                    d.path,
                    d.municipality_code,
                    status_str(d.status),
                    d.error,
                    d.pages,
                    d.meeting_date.map(|x| x.to_string()),
                    d.body.map(body_str),
                    d.body_name,
                    hash,
                    size.map(|s| s as i64),
                ])?;
                let doc_id = tx.last_insert_rowid();
                for (i, item) in d.items.iter().enumerate() {
                    item_stmt.execute(params![
                        doc_id,
                        i as i64,
                        item.kind,
                        item.title,
                        item.map_year,
                        item.action_plan.map(action_plan_str),
                        item.page,
                    ])?;
                    let item_id = tx.last_insert_rowid();
                    for (j, e) in item.evidence.iter().enumerate() {
                        finding_stmt.execute(params![
                            item_id,
                            j as i64,
                            e.page,
                            e.rule,
                            e.text,
                            e.highlight.map(|h| h.0 as i64),
                            e.highlight.map(|h| h.1 as i64),
                        ])?;
                    }
                }
            }
            let mut out_stmt = tx.prepare(
                "INSERT INTO outcomes (run_id, code, outcome, action_plan, deciding_document, detail) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for m in &report.municipalities {
                let finding = Finding::from_outcome(m, report.map_year);
                out_stmt.execute(params![
                    run_id,
                    m.code,
                    m.outcome.as_str(),
                    m.action_plan.map(action_plan_str),
                    m.treatment.as_ref().map(|t| t.document.as_str()),
                    serde_json::to_string(&finding)?,
                ])?;
            }
        }
        tx.commit()?;
        Ok(run_id)
    }

    /// Every recorded run of a map year, oldest first.
    pub fn runs(&self, map_year: i32) -> Result<Vec<Run>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, map_year, recorded_at, input_dir, tool_version FROM runs \
             WHERE map_year = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([map_year], run_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The latest run of a map year.
    pub fn latest_run(&self, map_year: i32) -> Result<Option<Run>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, map_year, recorded_at, input_dir, tool_version FROM runs \
                 WHERE map_year = ?1 ORDER BY id DESC LIMIT 1",
                [map_year],
                run_row,
            )
            .optional()?)
    }

    /// A run by id.
    pub fn run(&self, run_id: i64) -> Result<Option<Run>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, map_year, recorded_at, input_dir, tool_version FROM runs WHERE id = ?1",
                [run_id],
                run_row,
            )
            .optional()?)
    }

    /// The map years with a run or a decision, newest first.
    pub fn map_years(&self) -> Result<Vec<i32>> {
        let mut stmt = self.conn.prepare(
            "SELECT map_year FROM runs UNION SELECT map_year FROM decisions ORDER BY 1 DESC",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The documents of a run; of one municipality where `code` is given.
    pub fn documents(&self, run_id: i64, code: Option<&str>) -> Result<Vec<StoredDocument>> {
        let mut stmt = self.conn.prepare(
            "SELECT path, municipality_code, status, error, pages, meeting_date, body, body_name, \
             hash, size FROM documents WHERE run_id = ?1 AND (?2 IS NULL OR municipality_code = ?2) \
             ORDER BY path",
        )?;
        let rows = stmt.query_map(params![run_id, code], doc_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The absolute path of a document recorded in a run, where the run
    /// recorded one by that relative path. This is the only way the review
    /// pages reach a file: a path that no run recorded is never opened.
    pub fn source_file(&self, run_id: i64, path: &str) -> Result<Option<PathBuf>> {
        let found: Option<String> = self
            .conn
            .query_row(
                "SELECT r.input_dir FROM documents d JOIN runs r ON r.id = d.run_id \
                 WHERE d.run_id = ?1 AND d.path = ?2 AND d.status != 'skipped'",
                params![run_id, path],
                |r| r.get(0),
            )
            .optional()?;
        Ok(found.map(|dir| {
            let mut p = PathBuf::from(dir);
            p.extend(path.split('/'));
            p
        }))
    }

    /// The tool's finding for a municipality in a run.
    pub fn finding(&self, run_id: i64, code: &str) -> Result<Option<Finding>> {
        let detail: Option<String> = self
            .conn
            .query_row(
                "SELECT detail FROM outcomes WHERE run_id = ?1 AND code = ?2",
                params![run_id, code],
                |r| r.get(0),
            )
            .optional()?;
        detail
            .map(|d| serde_json::from_str(&d).map_err(Error::from))
            .transpose()
    }

    fn findings(&self, run_id: i64) -> Result<HashMap<String, Finding>> {
        let mut stmt = self
            .conn
            .prepare("SELECT code, detail FROM outcomes WHERE run_id = ?1")?;
        let rows = stmt.query_map([run_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = HashMap::new();
        for row in rows {
            let (code, detail) = row?;
            out.insert(code, serde_json::from_str(&detail)?);
        }
        Ok(out)
    }

    /// Records a decision, appended to the case's history. It is made on the
    /// latest run of the map year: the run, the tool's outcome and every
    /// document of the municipality with its hash are kept with it, so a
    /// later run can tell whether the evidence changed. One transaction;
    /// nothing is written where the input is invalid.
    pub fn decide(&mut self, d: &NewDecision) -> Result<Decision> {
        let kommune = tilsyn_kommuner::by_code(&d.code)
            .ok_or_else(|| Error::UnknownMunicipality(d.code.clone()))?;
        let by = d.by.trim();
        if by.is_empty() {
            return Err(Error::NoAuthor);
        }
        let at = now();
        let due = d.due.or_else(|| {
            crate::due::due_date(
                d.reaction,
                at.date_naive(),
                &crate::due::DueConfig::default(),
            )
        });
        let tx = self.write()?;
        // The run is read inside the write transaction, so a scan recorded
        // at the same moment is either wholly before the decision or after.
        let run: Option<i64> = tx
            .query_row(
                "SELECT id FROM runs WHERE map_year = ?1 ORDER BY id DESC LIMIT 1",
                [d.map_year],
                |r| r.get(0),
            )
            .optional()?;
        let (tool_outcome, tool_plan, deciding): (Option<String>, Option<String>, Option<String>) =
            match run {
                Some(run) => tx
                    .query_row(
                        "SELECT outcome, action_plan, deciding_document FROM outcomes \
                         WHERE run_id = ?1 AND code = ?2",
                        params![run, kommune.code],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?
                    .unwrap_or((None, None, None)),
                None => (None, None, None),
            };
        tx.execute(
            "INSERT INTO decisions (map_year, code, outcome, action_plan, reaction, note, author, \
             decided_at, due_date, run_id, tool_outcome, tool_action_plan, deciding_document) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                d.map_year,
                kommune.code,
                d.outcome.as_str(),
                d.action_plan.map(action_plan_str),
                d.reaction.as_str(),
                d.note,
                by,
                time_str(at),
                due.map(|x| x.to_string()),
                run,
                tool_outcome,
                tool_plan,
                deciding,
            ],
        )?;
        let id = tx.last_insert_rowid();
        if let Some(run) = run {
            tx.execute(
                "INSERT INTO decision_basis (decision_id, path, hash) \
                 SELECT ?1, path, hash FROM documents WHERE run_id = ?2 AND municipality_code = ?3",
                params![id, run, kommune.code],
            )?;
        }
        let decision = load_decisions(&tx, "d.id = ?1", params![id])?
            .pop()
            .ok_or(Error::Vanished(id))?;
        tx.commit()?;
        Ok(decision)
    }

    /// Every decision of a case, oldest first. The last one counts.
    pub fn history(&self, map_year: i32, code: &str) -> Result<Vec<Decision>> {
        load_decisions(
            &self.conn,
            "d.map_year = ?1 AND d.code = ?2",
            params![map_year, code],
        )
    }

    /// Every decision of a map year by municipality code, oldest first.
    pub fn all_histories(&self, map_year: i32) -> Result<HashMap<String, Vec<Decision>>> {
        let mut out: HashMap<String, Vec<Decision>> = HashMap::new();
        for d in load_decisions(&self.conn, "d.map_year = ?1", params![map_year])? {
            out.entry(d.code.clone()).or_default().push(d);
        }
        Ok(out)
    }

    /// The latest decision of a case, where there is one.
    pub fn latest_decision(&self, map_year: i32, code: &str) -> Result<Option<Decision>> {
        Ok(load_decisions(
            &self.conn,
            "d.id = (SELECT max(id) FROM decisions WHERE map_year = ?1 AND code = ?2)",
            params![map_year, code],
        )?
        .pop())
    }

    /// All 98 municipalities of a map year, ordered by code: the latest
    /// run's finding and the latest decision with its staleness.
    pub fn latest_decisions(&self, map_year: i32) -> Result<Vec<CaseSummary>> {
        let run = self.latest_run(map_year)?;
        let (findings, docs) = match &run {
            Some(run) => (
                self.findings(run.id)?,
                docs_by_code(self.documents(run.id, None)?),
            ),
            None => (HashMap::new(), HashMap::new()),
        };
        let mut latest: HashMap<String, Decision> = load_decisions(
            &self.conn,
            "d.id IN (SELECT max(id) FROM decisions WHERE map_year = ?1 GROUP BY code)",
            params![map_year],
        )?
        .into_iter()
        .map(|d| (d.code.clone(), d))
        .collect();
        let none = Vec::new();
        Ok(tilsyn_kommuner::all()
            .iter()
            .map(|k| {
                let finding = findings.get(k.code).cloned();
                let decision = latest.remove(k.code).map(|decision| {
                    let changes = stale::changes(
                        &decision,
                        run.as_ref().map(|r| r.id),
                        docs.get(k.code).unwrap_or(&none),
                        finding.as_ref(),
                    );
                    DecisionState { decision, changes }
                });
                CaseSummary {
                    map_year,
                    code: k.code.to_string(),
                    name: k.name.to_string(),
                    region: k.region.to_string(),
                    finding,
                    decision,
                }
            })
            .collect())
    }

    /// Everything about one case. Fails where `code` is no municipality's.
    pub fn case(&self, map_year: i32, code: &str) -> Result<Case> {
        let k = tilsyn_kommuner::by_code(code)
            .ok_or_else(|| Error::UnknownMunicipality(code.to_string()))?;
        let run = self.latest_run(map_year)?;
        let (finding, documents) = match &run {
            Some(run) => (
                self.finding(run.id, k.code)?,
                self.documents(run.id, Some(k.code))?,
            ),
            None => (None, Vec::new()),
        };
        let history = self.history(map_year, k.code)?;
        let decision = history.last().cloned().map(|decision| {
            let changes = stale::changes(
                &decision,
                run.as_ref().map(|r| r.id),
                &documents,
                finding.as_ref(),
            );
            DecisionState { decision, changes }
        });
        let decided_on = match decision.as_ref().and_then(|d| d.decision.run_id) {
            Some(r) if Some(r) == run.as_ref().map(|x| x.id) => finding.clone(),
            Some(r) => self.finding(r, k.code)?,
            None => None,
        };
        let follow_up = match &decision {
            Some(d) => self.follow_up(&d.decision)?,
            None => Vec::new(),
        };
        let last_year = self.last_year(map_year, k.code)?;
        Ok(Case {
            summary: CaseSummary {
                map_year,
                code: k.code.to_string(),
                name: k.name.to_string(),
                region: k.region.to_string(),
                finding,
                decision,
            },
            run,
            documents,
            history,
            decided_on,
            follow_up,
            last_year,
        })
    }

    /// The latest decision of map year `map_year − 1` for `code`, with the
    /// council's follow-up of it, where there is one.
    pub fn last_year(&self, map_year: i32, code: &str) -> Result<Option<LastYear>> {
        match self.latest_decision(map_year - 1, code)? {
            Some(decision) => Ok(Some(LastYear {
                follow_up: self.follow_up(&decision)?,
                decision,
            })),
            None => Ok(None),
        }
    }
}

fn docs_by_code(docs: Vec<StoredDocument>) -> HashMap<String, Vec<StoredDocument>> {
    let mut out: HashMap<String, Vec<StoredDocument>> = HashMap::new();
    for d in docs {
        if let Some(code) = d.municipality_code.clone() {
            out.entry(code).or_default().push(d);
        }
    }
    out
}

fn load_decisions(
    conn: &Connection,
    filter: &str,
    params: impl rusqlite::Params + Copy,
) -> Result<Vec<Decision>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT d.id, d.map_year, d.code, d.outcome, d.action_plan, d.reaction, d.note, d.author, \
         d.decided_at, d.due_date, d.run_id, d.tool_outcome, d.tool_action_plan, \
         d.deciding_document FROM decisions d WHERE {filter} ORDER BY d.id"
    ))?;
    let rows = stmt.query_map(params, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i32>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
            r.get::<_, String>(8)?,
            r.get::<_, Option<String>>(9)?,
            r.get::<_, Option<i64>>(10)?,
            r.get::<_, Option<String>>(11)?,
            r.get::<_, Option<String>>(12)?,
            r.get::<_, Option<String>>(13)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, map_year, code, outcome, plan, reaction, note, by, at, due, run, to, tp, dd) =
            row?;
        out.push(Decision {
            id,
            map_year,
            code,
            outcome: parse_outcome(&outcome)?,
            action_plan: plan.as_deref().map(parse_action_plan).transpose()?,
            reaction: reaction.parse()?,
            note,
            by,
            at: parse_time(&at)?,
            due: due.as_deref().map(parse_date).transpose()?,
            run_id: run,
            tool_outcome: to.as_deref().map(parse_outcome).transpose()?,
            tool_action_plan: tp.as_deref().map(parse_action_plan).transpose()?,
            deciding_document: dd,
            basis: Vec::new(),
        });
    }
    if !out.is_empty() {
        let mut basis: BTreeMap<i64, Vec<BasisDocument>> = BTreeMap::new();
        let mut stmt = conn.prepare(&format!(
            "SELECT b.decision_id, b.path, b.hash FROM decision_basis b \
             WHERE b.decision_id IN (SELECT d.id FROM decisions d WHERE {filter}) \
             ORDER BY b.decision_id, b.path"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, i64>(0)?,
                BasisDocument {
                    path: r.get(1)?,
                    hash: r.get(2)?,
                },
            ))
        })?;
        for row in rows {
            let (id, b) = row?;
            basis.entry(id).or_default().push(b);
        }
        for d in &mut out {
            d.basis = basis.remove(&d.id).unwrap_or_default();
        }
    }
    Ok(out)
}

fn run_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Run> {
    let at: String = r.get(2)?;
    Ok(Run {
        id: r.get(0)?,
        map_year: r.get(1)?,
        recorded_at: DateTime::parse_from_rfc3339(&at)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, e.into())
            })?,
        input_dir: r.get(3)?,
        tool_version: r.get(4)?,
    })
}

fn doc_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredDocument> {
    let date: Option<String> = r.get(5)?;
    Ok(StoredDocument {
        path: r.get(0)?,
        municipality_code: r.get(1)?,
        status: r.get(2)?,
        error: r.get(3)?,
        pages: r.get(4)?,
        meeting_date: date.and_then(|d| d.parse().ok()),
        body: r.get(6)?,
        body_name: r.get(7)?,
        hash: r.get(8)?,
        size: r.get::<_, Option<i64>>(9)?.map(|s| s as u64),
    })
}

fn status_str(s: DocStatus) -> &'static str {
    match s {
        DocStatus::Ok => "ok",
        DocStatus::Error => "error",
        DocStatus::Skipped => "skipped",
    }
}

/// The hash and size of a document of a run. Only files the scan may read
/// are opened: regular files that resolve to a place inside the input
/// folder (CONTRACT: nothing outside it is ever read); skipped files are
/// not opened at all.
fn hash_file(input: &Path, rel: &str, status: DocStatus) -> (Option<String>, Option<u64>) {
    if status == DocStatus::Skipped {
        return (None, None);
    }
    let mut path = input.to_path_buf();
    path.extend(rel.split('/'));
    let Ok(real) = path.canonicalize() else {
        return (None, None);
    };
    if !real.starts_with(input) {
        return (None, None);
    }
    let Ok(meta) = fs::metadata(&real) else {
        return (None, None);
    };
    if !meta.is_file() {
        return (None, None);
    }
    if meta.len() > MAX_HASHED_BYTES {
        return (None, Some(meta.len()));
    }
    let hash = fs::File::open(&real).and_then(|f| {
        let mut h = blake3::Hasher::new();
        io::copy(&mut io::BufReader::new(f), &mut h)?;
        Ok(h.finalize().to_hex().to_string())
    });
    (hash.ok(), Some(meta.len()))
}

fn now() -> DateTime<Utc> {
    // Whole seconds: the export prints them so, and a decision read back
    // must equal the one written.
    let t = Utc::now();
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}

pub(crate) fn time_str(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::Corrupt(format!("time {s:?}")))
}

fn parse_date(s: &str) -> Result<NaiveDate> {
    s.parse().map_err(|_| Error::Corrupt(format!("date {s:?}")))
}
