//! `report.csv` and `report.xlsx` of `scan` and `spot-check`: the same rows, one
//! neutraliser for every CSV, typed cells and a frozen, filterable header in the
//! workbook (issue 12).

use std::io::Read as _;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::util::{run, samples, tilsyn};

/// The CSV's rows, header first, BOM dropped.
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The workbook's only sheet: its name and its cells.
fn xlsx_cells(path: &Path) -> (String, Vec<Vec<Data>>) {
    let mut book: Xlsx<_> = open_workbook(path).expect("report.xlsx opens");
    let names = book.sheet_names();
    assert_eq!(names.len(), 1, "{names:?}");
    let range = book.worksheet_range(&names[0]).unwrap();
    (names[0].clone(), range.rows().map(|r| r.to_vec()).collect())
}

/// The sheet's XML, for what calamine does not show (panes, filter).
fn sheet_xml(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// A workbook cell as the CSV writes it (before neutralising).
fn as_csv_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        // Excel's day 0 is 30 December 1899 (with its 1900 leap-year bug, for
        // every date after February 1900).
        Data::DateTime(d) => (chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()
            + chrono::Duration::days(d.as_f64() as i64))
        .to_string(),
        other => panic!("unexpected cell {other:?}"),
    }
}

/// Whether a cell is of the type a column should have.
type IsType = fn(&Data) -> bool;

/// Asserts that the workbook holds the CSV's rows, typed, with the header frozen
/// and filtered.
fn assert_same_rows(out: &Path, typed: &[(&str, IsType)]) {
    let csv = csv_rows(&out.join("report.csv"));
    let (_, xlsx) = xlsx_cells(&out.join("report.xlsx"));
    assert_eq!(xlsx.len(), csv.len(), "rows");
    assert_eq!(xlsx.len(), 99, "header + 98 municipalities");
    for (r, (x, c)) in xlsx.iter().zip(&csv).enumerate() {
        assert_eq!(x.len(), c.len(), "row {r}");
        for (col, (xc, cc)) in x.iter().zip(c).enumerate() {
            let want = cc.strip_prefix('\'').unwrap_or(cc);
            assert_eq!(&as_csv_text(xc), want, "row {r}, column {}", csv[0][col]);
        }
    }
    for (name, is_type) in typed {
        let col = csv[0].iter().position(|h| h == name).unwrap();
        let filled: Vec<&Data> = xlsx[1..]
            .iter()
            .map(|r| &r[col])
            .filter(|d| **d != Data::Empty)
            .collect();
        assert!(!filled.is_empty(), "column {name} is empty");
        assert!(
            filled.iter().all(|d| is_type(d)),
            "column {name}: {filled:?}"
        );
    }
    let xml = sheet_xml(&out.join("report.xlsx"));
    assert!(xml.contains("state=\"frozen\""), "header row not frozen");
    assert!(
        xml.contains("<autoFilter ref=\"A1:"),
        "no filter on the header"
    );
}

#[test]
fn scan_writes_report_xlsx_with_the_csv_rows_typed_frozen_and_filterable() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    crate::util::scan(&samples(), &out, 2022, &[]);
    assert_same_rows(
        &out,
        &[
            ("page", |d| matches!(d, Data::Float(_))),
            ("meeting_date", |d| matches!(d, Data::DateTime(_))),
            ("code", |d| matches!(d, Data::String(_))),
        ],
    );
}

#[test]
fn spot_check_writes_report_xlsx_and_neutralises_tab_cr_and_lf_in_its_csv() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    // Viborg by its header; the file names start with what a spreadsheet drops or
    // acts on at the start of a cell.
    let viborg = [
        "spot-check/viborg/byraad-2024-01-31-referat.pdf",
        "spot-check/viborg/byraad-2024-02-28-referat.pdf",
        "spot-check/viborg/byraad-2024-04-24-referat.pdf",
        "spot-check/viborg/byraad-2024-06-19-referat.pdf",
    ];
    for (src, start) in viborg.iter().zip(["\t", "\r", "\n", "="]) {
        let name = format!(
            "{start}{}",
            Path::new(src).file_name().unwrap().to_string_lossy()
        );
        std::fs::copy(samples().join(src), input.join(name)).unwrap();
    }
    let out = dir.path().join("out");
    let result = run(tilsyn()
        .arg("spot-check")
        .arg(&input)
        .args(["--period", "2024H1", "--per-municipality", "4", "--out"])
        .arg(&out));
    assert_eq!(result.status.code(), Some(0), "{result:?}");
    let rows = csv_rows(&out.join("report.csv"));
    let first = rows[0].iter().position(|h| h == "first_to_read").unwrap();
    let viborg_row = rows.iter().find(|r| r[0] == "791").expect("Viborg's row");
    let cell = &viborg_row[first];
    assert!(
        cell.starts_with("'\t")
            || cell.starts_with("'\r")
            || cell.starts_with("'\n")
            || cell.starts_with("'="),
        "first_to_read not neutralised: {cell:?}"
    );
    for row in &rows {
        for c in row {
            assert!(
                !c.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']),
                "a cell a spreadsheet would act on: {c:?}"
            );
        }
    }
    assert_same_rows(
        &out,
        &[
            ("flags", |d| matches!(d, Data::Float(_))),
            ("candidates", |d| matches!(d, Data::Float(_))),
        ],
    );
}
