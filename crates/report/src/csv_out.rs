//! `report.csv` and `report.xlsx`: one row per municipality.

use crate::table::{Cell, Table, render_csv_table};
use crate::{Report, ReportError};

/// The header row.
pub(crate) const HEADER: [&str; 13] = [
    "code",
    "name",
    "region",
    "outcome",
    "action_plan",
    "meeting_date",
    "body",
    "body_name",
    "document",
    "page",
    "item_title",
    "review",
    "reason",
];

/// The rows of `report.csv` and `report.xlsx`: one per municipality.
pub(crate) fn table(report: &Report) -> Table {
    let rows = report
        .municipalities
        .iter()
        .map(|m| {
            let t = m.treatment.as_ref();
            vec![
                Cell::text(m.code.clone()),
                Cell::text(m.name.clone()),
                Cell::text(m.region.clone()),
                Cell::text(m.outcome.as_str()),
                Cell::text(
                    m.action_plan
                        .map(crate::decide::stance_str)
                        .unwrap_or_default(),
                ),
                Cell::from(t.and_then(|t| t.meeting_date)),
                Cell::text(t.map(|t| body_str(t.body)).unwrap_or_default()),
                Cell::text(t.and_then(|t| t.body_name.clone()).unwrap_or_default()),
                Cell::text(t.map(|t| t.document.clone()).unwrap_or_default()),
                t.map_or(Cell::Empty, |t| Cell::Int(i64::from(t.page))),
                Cell::text(t.map(|t| t.item_title.clone()).unwrap_or_default()),
                Cell::text(
                    m.review
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" | "),
                ),
                Cell::text(m.reason.clone()),
            ]
        })
        .collect();
    Table {
        header: HEADER.to_vec(),
        rows,
    }
}

pub(crate) fn render(report: &Report) -> Result<Vec<u8>, ReportError> {
    Ok(render_csv_table(&table(report))?)
}

fn body_str(b: crate::Body) -> &'static str {
    match b {
        crate::Body::Council => "council",
        crate::Body::Committee => "committee",
        crate::Body::Unknown => "unknown",
    }
}
