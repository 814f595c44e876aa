//! A recorded run's documents read back as the scan's own
//! [`DocumentRecord`]s, with their items and passages: what a search over a
//! run needs that the case page's [`StoredDocument`](crate::StoredDocument)
//! list leaves out. The letters' follow-up search
//! (`tilsyn_letters::find_follow_up`) runs over these, so an `order_plan`
//! case sees the plan adopted in a later run without the report files.
//!
//! Kept in a file of its own so that the store's own modules and this
//! reader, written for the letters, do not step on each other.

use chrono::NaiveDate;
use rusqlite::params;
use tilsyn_report::{DocStatus, DocumentRecord, EvidenceRecord, ItemRecord};

use crate::model::{parse_action_plan, parse_body};
use crate::{Error, Result, Store};

impl Store {
    /// The documents of run `run_id` (of municipality `code` where given),
    /// ordered by path, with their items and passages as the scan made
    /// them. `warnings`, not recorded, are empty.
    pub fn document_records(&self, run_id: i64, code: Option<&str>) -> Result<Vec<DocumentRecord>> {
        let conn = self.connection();
        let mut docs_stmt = conn.prepare(
            "SELECT id, path, municipality_code, status, error, pages, meeting_date, body, body_name \
             FROM documents WHERE run_id = ?1 AND (?2 IS NULL OR municipality_code = ?2) \
             ORDER BY path",
        )?;
        let mut items_stmt = conn.prepare(
            "SELECT id, kind, title, map_year, action_plan, page FROM items \
             WHERE document_id = ?1 ORDER BY ord",
        )?;
        let mut ev_stmt = conn.prepare(
            "SELECT page, rule, text, hl_start, hl_end FROM findings WHERE item_id = ?1 ORDER BY ord",
        )?;
        let rows = docs_stmt
            .query_map(params![run_id, code], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<u32>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, path, municipality_code, status, error, pages, date, body, body_name) in rows {
            let status = match status.as_str() {
                "ok" => DocStatus::Ok,
                "error" => DocStatus::Error,
                "skipped" => DocStatus::Skipped,
                other => return Err(Error::Corrupt(format!("document status {other:?}"))),
            };
            let meeting_date = date
                .map(|d| {
                    d.parse::<NaiveDate>()
                        .map_err(|_| Error::Corrupt(format!("meeting date {d:?}")))
                })
                .transpose()?;
            let items = items_stmt
                .query_map([id], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<i32>>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, u32>(5)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut records = Vec::with_capacity(items.len());
            for (item_id, kind, title, map_year, action_plan, page) in items {
                let evidence = ev_stmt
                    .query_map([item_id], |r| {
                        let hl = match (r.get::<_, Option<i64>>(3)?, r.get::<_, Option<i64>>(4)?) {
                            (Some(s), Some(e)) if s >= 0 && e >= 0 => {
                                Some((s as usize, e as usize))
                            }
                            _ => None,
                        };
                        Ok(EvidenceRecord {
                            page: r.get(0)?,
                            rule: r.get(1)?,
                            text: r.get(2)?,
                            highlight: hl,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                records.push(ItemRecord {
                    kind,
                    title,
                    map_year,
                    action_plan: action_plan.as_deref().map(parse_action_plan).transpose()?,
                    page,
                    evidence,
                    // Doubts are not kept in the store: the outcome's review notes are.
                    doubts: Vec::new(),
                    attention: Default::default(),
                });
            }
            out.push(DocumentRecord {
                path,
                municipality_code,
                status,
                error,
                pages,
                meeting_date,
                body: body.as_deref().map(parse_body),
                body_name,
                municipality_from_text: false,
                municipality_in_text: None,
                warnings: Vec::new(),
                doubts: Vec::new(),
                items: records,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use tilsyn_report::{ActionPlan, Body, RunInfo, build_report};

    use super::*;

    #[test]
    fn a_run_reads_back_as_the_documents_the_scan_made() {
        let doc = DocumentRecord {
            path: "630/byraad-2023-12-04.pdf".into(),
            municipality_code: Some("630".into()),
            pages: Some(9),
            meeting_date: NaiveDate::from_ymd_opt(2023, 12, 4),
            body: Some(Body::Council),
            body_name: Some("Byrådet".into()),
            items: vec![ItemRecord {
                kind: "danmarkskort".into(),
                title: "Handlingsplan som opfølgning på danmarkskortet 2022".into(),
                map_year: Some(2022),
                action_plan: Some(ActionPlan::Prepare),
                page: 3,
                doubts: Vec::new(),
                attention: Default::default(),
                evidence: vec![EvidenceRecord {
                    page: 4,
                    rule: "action_plan.prepare".into(),
                    text: "Handlingsplanen godkendes.".into(),
                    highlight: Some((0, 15)),
                }],
            }],
            ..DocumentRecord::default()
        };
        let other = DocumentRecord {
            path: "751/a.pdf".into(),
            municipality_code: Some("751".into()),
            ..DocumentRecord::default()
        };
        let report = build_report(2022, vec![doc.clone(), other], RunInfo::default());
        let mut store = Store::open_in_memory().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let run = store.record_run(&report, dir.path()).unwrap();
        assert_eq!(store.document_records(run, Some("630")).unwrap(), vec![doc]);
        assert_eq!(store.document_records(run, None).unwrap().len(), 2);
        assert!(store.document_records(run, Some("101")).unwrap().is_empty());
    }
}
