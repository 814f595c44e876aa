//! `report.csv` and `report.xlsx` of `scan` and `spot-check`: the same rows, one
//! neutraliser for every CSV, typed cells and a frozen, filterable header in the
//! workbook (issue 12).

use std::io::Read as _;
use std::path::Path;

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

/// One cell of the workbook as the sheet's XML stores it.
#[derive(Debug, Clone, PartialEq)]
enum Data {
    Empty,
    /// A text cell (a shared string).
    String(String),
    /// A number; `date` where its style shows it as a date.
    Number {
        value: f64,
        date: bool,
    },
}

/// A file of the workbook's zip.
fn part(zip: &mut zip::ZipArchive<std::fs::File>, name: &str) -> String {
    let mut xml = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// XML text as written by rust_xlsxwriter: entities, and `_xHHHH_` for
/// characters XML cannot hold.
fn unxml(s: &str) -> String {
    let s = s
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'");
    let s = regex::Regex::new(r"_x([0-9A-Fa-f]{4})_")
        .unwrap()
        .replace_all(&s, |c: &regex::Captures| {
            char::from_u32(u32::from_str_radix(&c[1], 16).unwrap())
                .unwrap()
                .to_string()
        })
        .into_owned();
    s.replace("&amp;", "&")
}

/// The column index of a cell reference (`C7` → 2).
fn column(reference: &str) -> usize {
    reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .fold(0, |n, c| n * 26 + (c as usize - 'A' as usize + 1))
        - 1
}

/// The workbook's only sheet: its name and its cells, row by row.
fn xlsx_cells(path: &Path) -> (String, Vec<Vec<Data>>) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let book = part(&mut zip, "xl/workbook.xml");
    let sheets: Vec<String> = regex::Regex::new(r#"<sheet name="([^"]*)""#)
        .unwrap()
        .captures_iter(&book)
        .map(|c| unxml(&c[1]))
        .collect();
    assert_eq!(sheets.len(), 1, "{sheets:?}");
    let strings: Vec<String> = regex::Regex::new(r"(?s)<si>(.*?)</si>")
        .unwrap()
        .captures_iter(&part(&mut zip, "xl/sharedStrings.xml"))
        .map(|si| {
            regex::Regex::new(r"(?s)<t[^>]*>(.*?)</t>")
                .unwrap()
                .captures_iter(&si[1])
                .map(|t| unxml(&t[1]))
                .collect()
        })
        .collect();
    // Styles whose number format is a date: the cellXfs index of each.
    let styles = part(&mut zip, "xl/styles.xml");
    let xfs = styles
        .split_once("<cellXfs")
        .map(|x| x.1)
        .unwrap_or_default();
    let date_styles: Vec<bool> = regex::Regex::new(r#"<xf numFmtId="(\d+)""#)
        .unwrap()
        .captures_iter(xfs)
        .map(|c| {
            c[1].parse::<u32>().unwrap() >= 164 || (14..=22).contains(&c[1].parse::<u32>().unwrap())
        })
        .collect();
    let sheet = part(&mut zip, "xl/worksheets/sheet1.xml");
    let row_re = regex::Regex::new(r"(?s)<row [^>]*>(.*?)</row>").unwrap();
    let cell_re = regex::Regex::new(r#"(?s)<c r="([A-Z]+)\d+"([^>]*?)(?:/>|>(.*?)</c>)"#).unwrap();
    let value_re = regex::Regex::new(r"<v>(.*?)</v>").unwrap();
    let attr = |attrs: &str, name: &str| {
        regex::Regex::new(&format!(r#"{name}="([^"]*)""#))
            .unwrap()
            .captures(attrs)
            .map(|c| c[1].to_string())
    };
    let rows = row_re
        .captures_iter(&sheet)
        .map(|row| {
            let mut cells = Vec::new();
            for c in cell_re.captures_iter(&row[1]) {
                let col = column(&c[1]);
                cells.resize(col + 1, Data::Empty);
                let attrs = &c[2];
                let value = c
                    .get(3)
                    .and_then(|v| value_re.captures(v.as_str()))
                    .map(|x| x[1].to_string());
                cells[col] = match (attr(attrs, "t").as_deref(), value) {
                    (_, None) => Data::Empty,
                    (Some("s"), Some(v)) => {
                        Data::String(strings[v.parse::<usize>().unwrap()].clone())
                    }
                    (None | Some("n"), Some(v)) => Data::Number {
                        value: v.parse().unwrap(),
                        date: attr(attrs, "s")
                            .and_then(|s| date_styles.get(s.parse::<usize>().ok()?).copied())
                            .unwrap_or(false),
                    },
                    (t, v) => panic!("unexpected cell type {t:?} {v:?}"),
                };
            }
            cells
        })
        .collect();
    (sheets[0].clone(), rows)
}

/// The sheet's XML, for what the cells do not show (panes, filter).
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
        // Excel's day 0 is 30 December 1899 (with its 1900 leap-year bug, for
        // every date after February 1900).
        Data::Number { value, date: true } => (chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
            .unwrap()
            + chrono::Duration::days(*value as i64))
        .to_string(),
        Data::Number { value, date: false } => format!("{value}"),
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
        // The sheet leaves out empty cells at the end of a row.
        assert!(x.len() <= c.len(), "row {r}");
        let mut x = x.clone();
        x.resize(c.len(), Data::Empty);
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
            ("page", |d| matches!(d, Data::Number { date: false, .. })),
            ("meeting_date", |d| {
                matches!(d, Data::Number { date: true, .. })
            }),
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
            ("flags", |d| matches!(d, Data::Number { date: false, .. })),
            ("candidates", |d| {
                matches!(d, Data::Number { date: false, .. })
            }),
        ],
    );
}
