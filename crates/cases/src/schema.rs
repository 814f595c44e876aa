//! The schema, as migrations versioned in code.
//!
//! `rusqlite_migration` keeps the version in SQLite's `user_version` and
//! applies the missing steps in one transaction, so a database is always at
//! one whole version. Migrations are only ever appended: a step that shipped
//! is never edited, because databases out there are already past it.
//!
//! Invariants the schema holds on its own, whatever program writes to it:
//! - `decisions` and `decision_basis` are append-only (triggers refuse
//!   `UPDATE` and `DELETE`): the history is the audit trail;
//! - outcomes, stances and reactions are one of the names CONTRACT.md gives
//!   (`CHECK` constraints);
//! - every row of a run hangs off its `runs` row (foreign keys, which
//!   [`crate::Store::open`] turns on for every connection).

use rusqlite_migration::{M, Migrations};

/// Step 1: the scan runs and what they found.
const M1_RUNS: &str = r#"
CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    map_year      INTEGER NOT NULL,
    -- RFC 3339, UTC, when the run was recorded.
    recorded_at   TEXT NOT NULL,
    -- The input folder, absolute, as the scan saw it. Source files are served
    -- from here, and only those recorded in `documents`.
    input_dir     TEXT NOT NULL,
    tool_version  TEXT NOT NULL
);
CREATE INDEX runs_by_year ON runs(map_year, id);

CREATE TABLE documents (
    id                 INTEGER PRIMARY KEY,
    run_id             INTEGER NOT NULL REFERENCES runs(id),
    -- Relative to the input folder, with '/'.
    path               TEXT NOT NULL,
    municipality_code  TEXT,
    status             TEXT NOT NULL CHECK (status IN ('ok', 'error', 'skipped')),
    error              TEXT,
    pages              INTEGER,
    meeting_date       TEXT,
    body               TEXT CHECK (body IN ('council', 'committee', 'unknown')),
    body_name          TEXT,
    -- BLAKE3 of the file's bytes, hex; NULL where the file was not hashed
    -- (skipped files, files that vanished or are not regular files).
    hash               TEXT,
    size               INTEGER,
    UNIQUE (run_id, path)
);
CREATE INDEX documents_by_municipality ON documents(run_id, municipality_code);

CREATE TABLE items (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ord          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    map_year     INTEGER,
    action_plan  TEXT,
    page         INTEGER NOT NULL
);
CREATE INDEX items_by_document ON items(document_id);

-- One passage of an item and the rule that fired on it.
CREATE TABLE findings (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES items(id),
    ord       INTEGER NOT NULL,
    page      INTEGER NOT NULL,
    rule      TEXT NOT NULL,
    text      TEXT NOT NULL,
    hl_start  INTEGER,
    hl_end    INTEGER
);
CREATE INDEX findings_by_item ON findings(item_id);

-- The outcome per municipality, 98 rows per run. `detail` is the rest of the
-- tool's finding (treatment, notes, evidence, candidates, reasons) as JSON
-- in the shape of `crate::Finding`.
CREATE TABLE outcomes (
    run_id             INTEGER NOT NULL REFERENCES runs(id),
    code               TEXT NOT NULL,
    outcome            TEXT NOT NULL
        CHECK (outcome IN ('ok', 'no_position', 'late', 'committee_only', 'not_found')),
    action_plan        TEXT
        CHECK (action_plan IN ('prepare', 'no_need', 'not_addressed', 'deferred')),
    deciding_document  TEXT,
    detail             TEXT NOT NULL,
    PRIMARY KEY (run_id, code)
);
"#;

/// Step 2: the analysts' decisions, each with the documents it was made on.
const M2_DECISIONS: &str = r#"
CREATE TABLE decisions (
    id                INTEGER PRIMARY KEY,
    map_year          INTEGER NOT NULL,
    code              TEXT NOT NULL,
    outcome           TEXT NOT NULL
        CHECK (outcome IN ('ok', 'no_position', 'late', 'committee_only', 'not_found')),
    action_plan       TEXT
        CHECK (action_plan IN ('prepare', 'no_need', 'not_addressed', 'deferred')),
    reaction          TEXT NOT NULL
        CHECK (reaction IN ('none', 'take_position', 'order_plan', 'deadline_reminder')),
    note              TEXT NOT NULL DEFAULT '',
    author            TEXT NOT NULL CHECK (length(trim(author)) > 0),
    -- RFC 3339, UTC.
    decided_at        TEXT NOT NULL,
    -- When the municipality must have answered (ISO date), where the
    -- reaction sets a deadline.
    due_date          TEXT,
    -- The run whose findings the decision was made on; NULL where no run of
    -- the map year had been recorded.
    run_id            INTEGER REFERENCES runs(id),
    -- The tool's outcome and stance in that run, as the analyst saw them.
    tool_outcome      TEXT,
    tool_action_plan  TEXT,
    deciding_document TEXT
);
CREATE INDEX decisions_by_case ON decisions(map_year, code, id);

-- Every document of the municipality in the decision's run, with its hash:
-- a later run that differs here makes the decision stale.
CREATE TABLE decision_basis (
    decision_id  INTEGER NOT NULL REFERENCES decisions(id),
    path         TEXT NOT NULL,
    hash         TEXT,
    PRIMARY KEY (decision_id, path)
);

CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decision_basis_append_only_update BEFORE UPDATE ON decision_basis
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decision_basis_append_only_delete BEFORE DELETE ON decision_basis
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
"#;

/// Every step, in order. Append new steps at the end; never edit one.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(M1_RUNS), M::up(M2_DECISIONS)])
}

/// The schema version a fully migrated database has.
pub const SCHEMA_VERSION: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }
}
