//! `report.csv`: one row per municipality, for Excel.

use crate::{Report, ReportError};

/// Written first so Excel reads the file as UTF-8 (else `æøå` break).
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

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

/// Text from the minutes or paths may start with a character Excel takes as
/// a formula (`=HYPERLINK(…)` in a title would run on opening). A leading
/// `'` makes Excel show it as text; the rest of the cell is unchanged.
fn cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

pub(crate) fn render(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut buf = BOM.to_vec();
    {
        let mut w = csv::Writer::from_writer(&mut buf);
        w.write_record(HEADER)?;
        for m in &report.municipalities {
            let t = m.treatment.as_ref();
            let row = [
                m.code.clone(),
                m.name.clone(),
                m.region.clone(),
                m.outcome.as_str().to_string(),
                m.action_plan
                    .map(|a| crate::decide::stance_str(a).to_string())
                    .unwrap_or_default(),
                t.and_then(|t| t.meeting_date)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                t.map(|t| body_str(t.body).to_string()).unwrap_or_default(),
                cell(t.and_then(|t| t.body_name.as_deref()).unwrap_or("")),
                cell(t.map(|t| t.document.as_str()).unwrap_or("")),
                t.map(|t| t.page.to_string()).unwrap_or_default(),
                cell(t.map(|t| t.item_title.as_str()).unwrap_or("")),
                cell(
                    &m.review
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" | "),
                ),
                cell(&m.reason),
            ];
            w.write_record(&row)?;
        }
        w.flush().map_err(csv::Error::from)?;
    }
    Ok(buf)
}

fn body_str(b: crate::Body) -> &'static str {
    match b {
        crate::Body::Council => "council",
        crate::Body::Committee => "committee",
        crate::Body::Unknown => "unknown",
    }
}
