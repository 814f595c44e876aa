//! Writes a [`Meeting`] as a PDF, in one of several publishing styles.
//!
//! Each [`Layout`] imitates what a different municipal system emits: fonts, running
//! headers and footers, item numbering, the order of sections, one or two columns, and
//! whether text is shown with `Tj` strings or kerned `TJ` arrays. All text is set in
//! standard-14 fonts with `/WinAnsiEncoding` and windows-1252 strings, with `/Widths`, so
//! any reader recovers æ, ø, å and the word spacing. Output is deterministic: no
//! timestamps beyond the fixed `/CreationDate` given in the meeting data, and no `/ID`.

use crate::layout::{Font, encode, wrap};
use crate::model::{Block, Item, Meeting};
use lopdf::{Document, Object, Stream, dictionary};

/// The publishing style of a PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One column, Helvetica, "Punkt 7" with bold titles, every item on a new page,
    /// running header and "Side 3 af 14" footer (First Agenda style).
    Classic,
    /// `TJ` arrays with kerning, "7." set before the title with a positioning gap, the
    /// decision printed before the case presentation (Prepare style).
    Kerned,
    /// Front page in one column, the items in two columns, left column first in the
    /// content stream (eDoc style).
    TwoColumn,
    /// Times, "Sag nr. 7" headings and "Pkt. 7" in the contents (Acadre/SBSYS style).
    Times,
}

/// How to write one PDF.
#[derive(Debug, Clone, Copy)]
pub struct PdfOptions {
    /// The publishing style.
    pub layout: Layout,
    /// Flate-compress the content streams.
    pub compress: bool,
    /// Write `/MediaBox`. Without it the file imitates a broken export tool.
    pub media_box: bool,
}

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;

#[derive(Debug, Clone)]
struct Run {
    font: Font,
    size: f32,
    x: f32,
    y: f32,
    text: String,
}

#[derive(Debug, Clone, Default)]
struct Page {
    runs: Vec<Run>,
    rules: Vec<(f32, f32, f32)>,
}

/// Lays text out down the page, column by column, page by page.
struct Flow {
    pages: Vec<Page>,
    cols: Vec<(f32, f32)>,
    col: usize,
    y: f32,
    top: f32,
    bottom: f32,
}

impl Flow {
    fn new(top: f32, bottom: f32, cols: Vec<(f32, f32)>) -> Flow {
        Flow {
            pages: vec![Page::default()],
            cols,
            col: 0,
            y: top,
            top,
            bottom,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.col = 0;
        self.y = self.top;
    }

    fn set_columns(&mut self, cols: Vec<(f32, f32)>) {
        self.cols = cols;
        self.col = 0;
    }

    fn ensure(&mut self, h: f32) {
        if self.y - h < self.bottom {
            if self.col + 1 < self.cols.len() {
                self.col += 1;
                self.y = self.top;
            } else {
                self.new_page();
            }
        }
    }

    fn x(&self) -> f32 {
        self.cols[self.col].0
    }

    fn width(&self) -> f32 {
        self.cols[self.col].1
    }

    fn gap(&mut self, h: f32) {
        if self.y < self.top {
            self.y -= h;
        }
    }

    fn line(&mut self, font: Font, size: f32, leading: f32, dx: f32, text: &str) {
        self.ensure(leading);
        self.y -= leading;
        let run = Run {
            font,
            size,
            x: self.x() + dx,
            y: self.y,
            text: text.to_string(),
        };
        self.pages.last_mut().expect("page").runs.push(run);
    }

    /// Places a run on the current line (after `line`), e.g. a right-aligned page number.
    fn same_line(&mut self, font: Font, size: f32, x: f32, text: &str) {
        let y = self.y;
        self.pages.last_mut().expect("page").runs.push(Run {
            font,
            size,
            x,
            y,
            text: text.to_string(),
        });
    }

    fn para(&mut self, font: Font, size: f32, leading: f32, dx: f32, text: &str) {
        for l in wrap(text, font, size, self.width() - dx) {
            self.line(font, size, leading, dx, &l);
        }
    }
}

struct Style {
    regular: Font,
    bold: Font,
    size: f32,
    leading: f32,
    bullet: &'static str,
}

fn style(layout: Layout) -> Style {
    match layout {
        Layout::Classic => Style {
            regular: Font::Helvetica,
            bold: Font::HelveticaBold,
            size: 10.0,
            leading: 13.0,
            bullet: "•",
        },
        Layout::Kerned => Style {
            regular: Font::Helvetica,
            bold: Font::HelveticaBold,
            size: 9.5,
            leading: 12.5,
            bullet: "-",
        },
        Layout::TwoColumn => Style {
            regular: Font::Helvetica,
            bold: Font::HelveticaBold,
            size: 9.0,
            leading: 11.5,
            bullet: "–",
        },
        Layout::Times => Style {
            regular: Font::TimesRoman,
            bold: Font::TimesBold,
            size: 11.0,
            leading: 13.5,
            bullet: "•",
        },
    }
}

/// Renders the meeting as a PDF file.
pub fn write_pdf(m: &Meeting, opts: PdfOptions) -> Vec<u8> {
    write_pdf_counted(m, opts).0
}

/// Renders the meeting as a PDF file; also returns its number of pages.
pub fn write_pdf_counted(m: &Meeting, opts: PdfOptions) -> (Vec<u8>, usize) {
    // Two passes: the first finds the page of each item for the table of contents.
    let (_, first_pages) = render(m, opts.layout, None);
    let (pages, _) = render(m, opts.layout, Some(&first_pages));
    (assemble(m, &pages, opts), pages.len())
}

/// How many pages [`write_pdf`] makes of the meeting in this layout: one layout pass, no
/// file. The national generator sizes its documents with it.
pub fn page_count(m: &Meeting, layout: Layout) -> usize {
    render(m, layout, None).0.len()
}

fn render(m: &Meeting, layout: Layout, toc: Option<&[usize]>) -> (Vec<Page>, Vec<usize>) {
    let st = style(layout);
    let (left, width) = match layout {
        Layout::Times => (72.0, PAGE_W - 144.0),
        Layout::Kerned => (62.0, PAGE_W - 124.0),
        _ => (68.0, PAGE_W - 136.0),
    };
    let mut f = Flow::new(PAGE_H - 78.0, 70.0, vec![(left, width)]);
    front_page(&mut f, m, layout, &st, toc);
    let mut item_pages = Vec::new();
    match layout {
        Layout::Classic => {}
        Layout::TwoColumn => {
            f.new_page();
            let colw = (width - 18.0) / 2.0;
            f.set_columns(vec![(left, colw), (left + colw + 18.0, colw)]);
        }
        _ => f.gap(st.leading * 2.0),
    }
    for item in &m.items {
        if layout == Layout::Classic {
            f.new_page();
        } else {
            f.ensure(st.leading * 6.0);
        }
        item_pages.push(f.pages.len());
        render_item(&mut f, item, layout, &st, m);
    }
    (f.pages, item_pages)
}

fn toc_title(item: &Item, layout: Layout) -> (String, f32) {
    match layout {
        Layout::Classic => (format!("Punkt {}", item.number), 58.0),
        Layout::Kerned | Layout::TwoColumn => (format!("{}.", item.number), 24.0),
        Layout::Times => (format!("Pkt. {}", item.number), 48.0),
    }
}

fn front_page(f: &mut Flow, m: &Meeting, layout: Layout, st: &Style, toc: Option<&[usize]>) {
    let kommune = m.meta("kommune");
    let body = m.meta("body");
    let title = m.meta("titel");
    match layout {
        Layout::Times => {
            f.line(st.bold, 16.0, 20.0, 0.0, kommune);
            f.gap(8.0);
            f.line(st.bold, 14.0, 18.0, 0.0, &title.to_uppercase());
            f.line(st.regular, 13.0, 17.0, 0.0, body);
        }
        Layout::Kerned => {
            f.line(st.bold, 17.0, 22.0, 0.0, body);
            f.line(st.regular, 12.0, 16.0, 0.0, title);
            f.line(st.regular, 9.0, 14.0, 0.0, kommune);
        }
        _ => {
            f.line(st.bold, 18.0, 22.0, 0.0, kommune);
            f.gap(10.0);
            f.line(st.bold, 14.0, 18.0, 0.0, title);
            f.line(st.bold, 14.0, 18.0, 0.0, body);
        }
    }
    f.gap(14.0);
    let label_w = 100.0;
    for (k, v) in &m.fields {
        let lines = wrap(v, st.regular, st.size, f.width() - label_w);
        for (i, l) in lines.iter().enumerate() {
            if i == 0 {
                f.line(st.bold, st.size, st.leading, 0.0, &format!("{k}:"));
                let x = f.x() + label_w;
                f.same_line(st.regular, st.size, x, l);
            } else {
                f.line(st.regular, st.size, st.leading, label_w, l);
            }
        }
    }
    f.gap(20.0);
    let heading = if layout == Layout::Kerned {
        "Indhold"
    } else {
        "Indholdsfortegnelse"
    };
    f.line(st.bold, 12.0, 16.0, 0.0, heading);
    f.gap(4.0);
    for (i, item) in m.items.iter().enumerate() {
        let (num, dx) = toc_title(item, layout);
        let lines = wrap(&item.title, st.regular, st.size, f.width() - dx - 40.0);
        for (j, l) in lines.iter().enumerate() {
            if j == 0 {
                f.line(st.regular, st.size, st.leading, 0.0, &num);
                let x = f.x() + dx;
                f.same_line(st.regular, st.size, x, l);
            } else {
                f.line(st.regular, st.size, st.leading, dx, l);
            }
        }
        let page = toc.map_or(0, |t| t[i]).to_string();
        let x = f.x() + f.width() - st.regular.width(&page, st.size);
        f.same_line(st.regular, st.size, x, &page);
    }
}

fn render_item(f: &mut Flow, item: &Item, layout: Layout, st: &Style, m: &Meeting) {
    let s = st.size;
    let ld = st.leading;
    match layout {
        Layout::Classic => {
            f.line(st.bold, 11.0, 15.0, 0.0, &format!("Punkt {}", item.number));
            f.gap(2.0);
            f.para(st.bold, 13.0, 16.0, 0.0, &item.title);
        }
        Layout::Kerned => {
            // The number and the title are one TJ array: "7." then a gap, no space.
            let dx = 22.0;
            for (i, l) in wrap(&item.title, st.bold, 12.0, f.width() - dx)
                .iter()
                .enumerate()
            {
                if i == 0 {
                    f.line(st.bold, 12.0, 16.0, 0.0, &format!("{}.\t{l}", item.number));
                } else {
                    f.line(st.bold, 12.0, 16.0, dx, l);
                }
            }
        }
        Layout::TwoColumn => {
            f.para(
                st.bold,
                10.5,
                13.0,
                0.0,
                &format!("{}. {}", item.number, item.title),
            );
        }
        Layout::Times => {
            f.line(
                st.bold,
                12.0,
                16.0,
                0.0,
                &format!("Sag nr. {}", item.number),
            );
            f.para(st.bold, 12.0, 15.0, 0.0, &item.title);
        }
    }
    if let Some(c) = &item.case_no {
        let label = match layout {
            Layout::Classic => format!("Sagsnr.: {c}"),
            Layout::Kerned => format!("Sagsnr. {c}"),
            Layout::TwoColumn => format!("Sags nr.: {c}"),
            Layout::Times => format!("Sagsnr.: {c}   Dok.nr.: {}", m.meta("doknr")),
        };
        f.line(st.regular, s - 1.0, ld, 0.0, &label);
    }
    f.gap(ld * 0.6);
    let mut sections: Vec<_> = item.sections.iter().collect();
    if layout == Layout::Kerned {
        // Prepare prints the decision first, then the case.
        sections.sort_by_key(|sec| !sec.own_decision);
    }
    for sec in sections {
        if !sec.heading.is_empty() {
            f.ensure(ld * 3.0);
            f.gap(ld * 0.4);
            f.para(st.bold, s, ld, 0.0, &sec.heading);
        }
        for block in &sec.blocks {
            match block {
                Block::Para(t) => {
                    f.para(st.regular, s, ld, 0.0, t);
                    f.gap(ld * 0.45);
                }
                Block::Bullets(items) => {
                    for b in items {
                        let lines = wrap(b, st.regular, s, f.width() - 26.0);
                        for (i, l) in lines.iter().enumerate() {
                            f.line(st.regular, s, ld, 26.0, l);
                            if i == 0 {
                                let x = f.x() + 12.0;
                                f.same_line(st.regular, s, x, st.bullet);
                                // The bullet precedes its text in the content stream.
                                let runs = &mut f.pages.last_mut().expect("page").runs;
                                let n = runs.len();
                                runs.swap(n - 1, n - 2);
                            }
                        }
                    }
                    f.gap(ld * 0.45);
                }
                Block::Table(rows) => {
                    // The first column is as wide as its longest cell; the rest share the
                    // remaining width.
                    let n = rows.iter().map(Vec::len).max().unwrap_or(1).max(2) as f32;
                    let first = rows
                        .iter()
                        .map(|r| st.bold.width(&r[0], s - 0.5))
                        .fold(0.0, f32::max)
                        + 12.0;
                    let first = first.max(f.width() / n);
                    let cw = (f.width() - first) / (n - 1.0);
                    for (r, row) in rows.iter().enumerate() {
                        let font = if r == 0 { st.bold } else { st.regular };
                        f.line(font, s - 0.5, ld, 0.0, &row[0]);
                        for (c, cell) in row.iter().enumerate().skip(1) {
                            let x = f.x() + first + cw * (c - 1) as f32;
                            f.same_line(font, s - 0.5, x, cell);
                        }
                    }
                    f.gap(ld * 0.45);
                }
            }
        }
    }
    f.gap(ld);
}

fn decorate(m: &Meeting, pages: &mut [Page], layout: Layout) {
    let total = pages.len();
    let st = style(layout);
    let head = m.meta("runhead");
    let kommune = m.meta("kommune");
    for (i, p) in pages.iter_mut().enumerate() {
        let n = i + 1;
        let body_runs = p.runs.len();
        let mut add = |font: Font, size: f32, x: f32, y: f32, text: String| {
            p.runs.push(Run {
                font,
                size,
                x,
                y,
                text,
            });
        };
        match layout {
            Layout::Classic => {
                add(st.regular, 8.0, 68.0, PAGE_H - 50.0, head.to_string());
                let foot = format!("Side {n} af {total}");
                let w = st.regular.width(&foot, 8.0);
                add(st.regular, 8.0, (PAGE_W - w) / 2.0, 36.0, foot);
                p.rules.push((68.0, PAGE_H - 56.0, PAGE_W - 68.0));
            }
            Layout::Kerned => {
                add(st.bold, 8.0, 62.0, PAGE_H - 46.0, kommune.to_string());
                let w = st.regular.width(head, 8.0);
                add(
                    st.regular,
                    8.0,
                    PAGE_W - 62.0 - w,
                    PAGE_H - 46.0,
                    head.to_string(),
                );
                let foot = format!("Side {n}");
                let w = st.regular.width(&foot, 8.0);
                add(st.regular, 8.0, PAGE_W - 62.0 - w, 34.0, foot);
            }
            Layout::TwoColumn => {
                let w = st.regular.width(head, 7.5);
                add(
                    st.regular,
                    7.5,
                    (PAGE_W - w) / 2.0,
                    PAGE_H - 48.0,
                    head.to_string(),
                );
                let foot = n.to_string();
                let w = st.regular.width(&foot, 8.0);
                add(st.regular, 8.0, (PAGE_W - w) / 2.0, 34.0, foot);
                p.rules.push((68.0, 48.0, PAGE_W - 68.0));
            }
            Layout::Times => {
                let w = st.regular.width(head, 9.0);
                add(
                    st.regular,
                    9.0,
                    PAGE_W - 72.0 - w,
                    PAGE_H - 48.0,
                    head.to_string(),
                );
                add(st.regular, 9.0, 72.0, 38.0, kommune.to_string());
                let foot = format!("Side {n} af {total}");
                let w = st.regular.width(&foot, 9.0);
                add(st.regular, 9.0, PAGE_W - 72.0 - w, 38.0, foot);
            }
        }
        // First Agenda and Acadre write the running header and footer before the page
        // body; Prepare and eDoc after it.
        if matches!(layout, Layout::Classic | Layout::Times) {
            let added = p.runs.len() - body_runs;
            p.runs.rotate_right(added);
        }
    }
}

/// Kerning pairs (in 1/1000 em, positive = closer) that a Prepare-like system emits.
const KERN_PAIRS: &[(&str, i32)] = &[
    ("Te", 70),
    ("To", 70),
    ("Ta", 70),
    ("Tr", 35),
    ("Ty", 70),
    ("Va", 55),
    ("Ve", 55),
    ("Vo", 55),
    ("Ø", 0),
    ("Fo", 30),
    ("Pa", 35),
    ("ry", 15),
    ("y.", 75),
    ("r.", 40),
    ("r,", 40),
    ("LT", 75),
    ("AV", 70),
    ("ov", 15),
    ("kv", 20),
    ("ff", 18),
    ("rt", 10),
    ("åd", 12),
];

fn pdf_string(bytes: &[u8], out: &mut Vec<u8>) {
    out.push(b'(');
    for &b in bytes {
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b')');
}

fn kerned_array(text: &str, out: &mut Vec<u8>) {
    out.push(b'[');
    let chars: Vec<char> = text.chars().collect();
    let mut seg = String::new();
    let flush = |seg: &mut String, out: &mut Vec<u8>| {
        if !seg.is_empty() {
            pdf_string(&encode(seg), out);
            seg.clear();
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        if c == '\t' {
            flush(&mut seg, out);
            out.extend_from_slice(b" -850 ");
            continue;
        }
        seg.push(c);
        if let Some(&next) = chars.get(i + 1) {
            let pair: String = [c, next].iter().collect();
            if let Some(&(_, k)) = KERN_PAIRS.iter().find(|(p, k)| *p == pair && *k != 0) {
                flush(&mut seg, out);
                out.extend_from_slice(format!(" {k} ").as_bytes());
            }
        }
    }
    flush(&mut seg, out);
    out.extend_from_slice(b"] TJ\n");
}

fn fmt(v: f32) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn content(page: &Page, fonts: &[Font], layout: Layout) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(b"BT\n");
    let mut cur: Option<(Font, f32)> = None;
    for run in &page.runs {
        if cur != Some((run.font, run.size)) {
            let idx = fonts.iter().position(|&f| f == run.font).expect("font") + 1;
            out.extend_from_slice(format!("/F{idx} {} Tf\n", fmt(run.size)).as_bytes());
            cur = Some((run.font, run.size));
        }
        out.extend_from_slice(format!("1 0 0 1 {} {} Tm\n", fmt(run.x), fmt(run.y)).as_bytes());
        if layout == Layout::Kerned {
            kerned_array(&run.text, &mut out);
        } else {
            pdf_string(&encode(&run.text), &mut out);
            out.extend_from_slice(b" Tj\n");
        }
    }
    out.extend_from_slice(b"ET\n");
    for &(x1, y, x2) in &page.rules {
        out.extend_from_slice(
            format!(
                "0.5 w {} {} m {} {} l S\n",
                fmt(x1),
                fmt(y),
                fmt(x2),
                fmt(y)
            )
            .as_bytes(),
        );
    }
    out
}

fn assemble(m: &Meeting, pages: &[Page], opts: PdfOptions) -> Vec<u8> {
    let mut pages = pages.to_vec();
    decorate(m, &mut pages, opts.layout);
    let mut fonts: Vec<Font> = pages
        .iter()
        .flat_map(|p| p.runs.iter().map(|r| r.font))
        .collect();
    fonts.sort();
    fonts.dedup();

    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut font_dict = lopdf::Dictionary::new();
    for (i, font) in fonts.iter().enumerate() {
        let widths: Vec<Object> = font
            .widths()
            .iter()
            .map(|&w| Object::Integer(i64::from(w)))
            .collect();
        let id = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => font.base_name(),
            "Encoding" => "WinAnsiEncoding",
            "FirstChar" => 32,
            "LastChar" => 255,
            "Widths" => widths,
        });
        font_dict.set(format!("F{}", i + 1), id);
    }
    let resources_id = doc.add_object(dictionary! { "Font" => font_dict });
    let media_box = || {
        vec![
            0.into(),
            0.into(),
            (PAGE_W as i64).into(),
            (PAGE_H as i64).into(),
        ]
    };
    let mut kids = Vec::new();
    for page in &pages {
        let mut stream = Stream::new(dictionary! {}, content(page, &fonts, opts.layout));
        if opts.compress {
            stream.compress().expect("flate");
        }
        let content_id = doc.add_object(stream);
        let mut dict = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "Resources" => resources_id,
        };
        if opts.media_box {
            dict.set("MediaBox", media_box());
        }
        kids.push(doc.add_object(dict).into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    let info_id = doc.add_object(dictionary! {
        "Title" => Object::string_literal(encode(m.meta("pdftitle"))),
        "Producer" => Object::string_literal(m.meta("producer")),
        "Creator" => Object::string_literal(m.meta("creator")),
        "CreationDate" => Object::string_literal(m.meta("created")),
    });
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("writing to memory");
    out
}
