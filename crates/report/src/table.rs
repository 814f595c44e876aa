//! The spreadsheet form of a report: one [`Table`] of typed cells, written as
//! `report.csv` and `report.xlsx`, so that the two always hold the same rows.
//!
//! - `report.csv` is for scripts: UTF-8 with a byte-order mark (Excel reads
//!   a CSV without one in the legacy code page), comma-separated, every cell
//!   as text. A text cell that Excel or LibreOffice would take as a formula
//!   when the file is opened gets a leading `'` ([`csv_cell`], the one
//!   neutraliser of every CSV tilsyn writes).
//! - `report.xlsx` is for people: it opens in Excel in any locale (a Danish
//!   Excel splits a double-clicked CSV at `;`, not `,`, and shows each row in
//!   one column), with numbers as numbers, dates as dates, the header row
//!   bold, frozen and with a filter. Text cells are strings, never formulas,
//!   so they need no neutralising.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text, as written.
    Text(String),
    /// A whole number (a page, a count).
    Int(i64),
    /// A calendar date.
    Date(NaiveDate),
    /// Nothing.
    Empty,
}

impl Cell {
    /// A text cell, or [`Cell::Empty`] for an empty string.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    /// The cell as CSV text.
    fn csv(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => csv_cell(s),
            Cell::Int(n) => Cow::Owned(n.to_string()),
            Cell::Date(d) => Cow::Owned(d.to_string()),
            Cell::Empty => Cow::Borrowed(""),
        }
    }
}

impl From<Option<NaiveDate>> for Cell {
    fn from(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Empty, Cell::Date)
    }
}

/// A header row and rows of cells, each as long as the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The column names.
    pub header: Vec<&'static str>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// The characters that make a spreadsheet read a cell as a formula (`=`,
/// `+`, `-`, `@`) or that it drops or acts on at the start of a cell (tab,
/// carriage return, line feed).
const FORMULA_START: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/// `s` as a CSV cell that no spreadsheet runs: text from the minutes or from
/// file names that starts like a formula (`=HYPERLINK(…)` in a title would
/// run on opening) gets a leading `'`, which Excel shows as text; the rest
/// is unchanged.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    if s.starts_with(FORMULA_START) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Written first so Excel reads the file as UTF-8 (else `æøå` break).
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The table as CSV: BOM, header row, rows.
pub fn render_csv_table(table: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut buf = BOM.to_vec();
    {
        let mut w = csv::Writer::from_writer(&mut buf);
        w.write_record(&table.header)?;
        for row in &table.rows {
            w.write_record(row.iter().map(|c| c.csv().into_owned()))?;
        }
        w.flush()?;
    }
    Ok(buf)
}

/// The most characters Excel keeps in one cell.
const XLSX_MAX_CELL: usize = 32_767;

/// The table as an `.xlsx` workbook of one sheet named `sheet`. The same
/// table gives the same bytes (the document's creation time is fixed).
pub fn render_xlsx_table(
    table: &Table,
    sheet: &str,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&created)
            .set_title(sheet),
    );
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    for (c, name) in table.header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(s) => {
                    let s: Cow<'_, str> = if s.chars().count() > XLSX_MAX_CELL {
                        Cow::Owned(s.chars().take(XLSX_MAX_CELL).collect())
                    } else {
                        Cow::Borrowed(s)
                    };
                    ws.write_string(r, c, s.as_ref())?;
                }
                Cell::Int(n) => {
                    ws.write_number(r, c, *n as f64)?;
                }
                Cell::Date(d) => {
                    let when = ExcelDateTime::from_ymd(
                        u16::try_from(d.year()).unwrap_or(1900),
                        d.month() as u8,
                        d.day() as u8,
                    )?;
                    ws.write_datetime_with_format(r, c, &when, &date)?;
                }
                Cell::Empty => {}
            }
        }
    }
    let last_col = table.header.len().saturating_sub(1) as u16;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, table.rows.len() as u32, last_col)?;
    ws.autofit();
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_formula_start_is_neutralised_and_nothing_else() {
        for s in ["=1+1", "+45", "-3", "@SUM(A1)", "\tx", "\rx", "\nx"] {
            assert_eq!(csv_cell(s), format!("'{s}"), "{s:?}");
        }
        for s in ["Byrådet", "1. behandling", "", " =x"] {
            assert_eq!(csv_cell(s), s, "{s:?}");
        }
    }
}
