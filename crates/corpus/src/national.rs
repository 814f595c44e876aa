//! A national year of council minutes, for benchmarks: every municipality's council
//! meetings of 2022, long documents in the four PDF styles and some web pages, laid out
//! like a bulk download (one folder per municipality, files named as the systems name
//! them).
//!
//! Nothing here is invented word by word. A meeting is composed from the agenda items of
//! `data/common.txt`, the items of the sample meeting files and the item templates of
//! `data/national.txt`; long case presentations (Sagsfremstilling) are recombined from
//! realistic sentences (the sample texts' own, filtered, and `data/national.txt`'s), with
//! tables of figures between them. Some meetings carry a danmarkskort item: one of the
//! council items of the sample files, with its stance, moved to the municipality (its name,
//! body and date); others carry noise (Grønt Danmarkskort, other handlingsplaner).
//!
//! Output is a function of [`NationalConfig`] only: every document draws from its own
//! ChaCha stream, keyed by seed, municipality and meeting, so documents are built in
//! parallel and the files are byte-identical on every run.
//!
//! ```no_run
//! use tilsyn_corpus::national::{NationalConfig, write_national};
//! let cfg = NationalConfig { municipalities: 2, meetings: 2, ..NationalConfig::default() };
//! let summary = write_national(std::path::Path::new("target/national"), &cfg).unwrap();
//! eprintln!("{} files, {} pages", summary.files, summary.pages);
//! ```

use crate::html::{HtmlStyle, write_html};
use crate::model::{Block, parse_library, parse_meeting};
use crate::pdf::{Layout, PdfOptions, page_count, write_pdf_counted};
use chrono::{Datelike, Days, NaiveDate};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct NationalConfig {
    /// How many municipalities, in order of code (at most 98).
    pub municipalities: usize,
    /// Council meetings per municipality in the year.
    pub meetings: usize,
    /// Pages per PDF, drawn uniformly from `min..=max`.
    pub pages: (usize, usize),
    /// The seed; the same configuration gives the same bytes.
    pub seed: u64,
    /// Share of documents published as web pages instead of PDF, 0..=1.
    pub html_share: f64,
}

impl Default for NationalConfig {
    fn default() -> Self {
        NationalConfig {
            municipalities: 98,
            meetings: 11,
            pages: (20, 200),
            seed: 1,
            html_share: 0.1,
        }
    }
}

/// One generated file.
#[derive(Debug, Clone)]
pub struct NationalDoc {
    /// Path relative to the corpus root, with `/`.
    pub path: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// The municipality's code.
    pub code: &'static str,
    /// Pages of a PDF; 0 for a web page.
    pub pages: usize,
    /// `pdf:<layout>` or `html`.
    pub kind: String,
    /// The sample file the danmarkskort item was taken from, if the meeting has one.
    pub danmarkskort: Option<&'static str>,
}

/// What [`write_national`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files written (the manifest not counted).
    pub files: usize,
    /// Of those, PDFs.
    pub pdfs: usize,
    /// Pages over all PDFs.
    pub pages: usize,
    /// Bytes over all files.
    pub bytes: u64,
}

/// The plan of one document: everything drawn per municipality, plus its meeting.
#[derive(Debug, Clone)]
struct DocPlan {
    muni: usize,
    meeting: usize,
    code: &'static str,
    kommune: String,
    body: &'static str,
    folder: String,
    naming: usize,
    layout: Layout,
    compress: bool,
    html: Option<HtmlStyle>,
    case_style: usize,
    date: Date,
    pages: usize,
    dk: Option<usize>,
    seed: u64,
}

const DATA: &str = include_str!("../data/national.txt");
const COMMON: &str = include_str!("../data/common.txt");

macro_rules! data {
    ($name:literal) => {
        ($name, include_str!(concat!("../data/", $name, ".txt")))
    };
}

/// The sample meeting files: the source of items and sentences.
const MEETING_FILES: &[(&str, &str)] = &[
    data!("aalborg-br-2022-12-19"),
    data!("aalborg-br-2023-01-30"),
    data!("aarhus-br-2022-11-30"),
    data!("esbjerg-br-2022-11-28"),
    data!("esbjerg-br-2023-01-23"),
    data!("esbjerg-sau-2022-11-14"),
    data!("frb-sou-2022-11-28"),
    data!("helsingoer-br-2022-10-31"),
    data!("herning-br-2023-03-21"),
    data!("hjoerring-br-2022-11-24"),
    data!("horsens-br-2022-12-13"),
    data!("htk-kb-2022-12-20"),
    data!("kbh-br-2022-12-08"),
    data!("kbh-sou-2022-11-23"),
    data!("odense-br-2022-11-09"),
    data!("odense-br-2022-12-14"),
    data!("rks-br-2022-12-13"),
    data!("roskilde-br-2022-12-14"),
    data!("silkeborg-br-2022-09-26"),
    data!("silkeborg-br-2023-10-30"),
    data!("vejle-br-2022-11-23"),
];

/// The council meetings of 2022 whose danmarkskort item may be moved to another
/// municipality, with the stance the samples' README gives it.
pub const DANMARKSKORT_SOURCES: &[(&str, &str)] = &[
    ("aalborg-br-2022-12-19", "deferred"),
    ("aarhus-br-2022-11-30", "no_need"),
    ("helsingoer-br-2022-10-31", "prepare"),
    ("hjoerring-br-2022-11-24", "not_addressed"),
    ("horsens-br-2022-12-13", "no_need"),
    ("htk-kb-2022-12-20", "prepare"),
    ("kbh-br-2022-12-08", "prepare"),
    ("odense-br-2022-12-14", "prepare"),
    ("rks-br-2022-12-13", "no_need"),
    ("roskilde-br-2022-12-14", "prepare"),
    ("vejle-br-2022-11-23", "no_need"),
];

/// Library items that are noise for the danmarkskort rules.
const NOISE: &[&str] = &["groent", "klima", "trafik", "turisme", "praksis"];
/// Library items that are ordinary business.
const ORDINARY: &[&str] = &[
    "budgetopfoelgning",
    "lokalplan",
    "vej",
    "skolestruktur",
    "kvalitetsstandard",
    "takster",
    "forslag",
    "anlaeg-boern",
];

/// An agenda item in markup, with the meeting it came from (for renaming).
#[derive(Debug, Clone)]
struct Source {
    markup: String,
    /// The source meeting's `kommune`, `body` and `dato`, to be replaced.
    kommune: String,
    body: String,
    dato: String,
    /// Whether the item may be used more than once in a meeting (templates vary).
    template: bool,
}

struct Material {
    sentences: Vec<String>,
    lists: BTreeMap<String, Vec<String>>,
    ordinary: Vec<Source>,
    noise: Vec<Source>,
    dk: Vec<Source>,
    opening: [String; 2],
    closing: [String; 3],
}

fn material() -> &'static Material {
    static M: OnceLock<Material> = OnceLock::new();
    M.get_or_init(build_material)
}

fn build_material() -> Material {
    let common = parse_library(COMMON);
    let national = parse_library(DATA);
    let lib_item = |k: &str| Source {
        markup: common[k].clone(),
        kommune: String::new(),
        body: String::new(),
        dato: String::new(),
        template: false,
    };
    let mut sentences: Vec<String> = national["sentences"]
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let mut ordinary: Vec<Source> = ORDINARY.iter().map(|k| lib_item(k)).collect();
    let noise = NOISE.iter().map(|k| lib_item(k)).collect();
    for (k, v) in &national {
        if k.starts_with("item ") {
            ordinary.push(Source {
                markup: v.clone(),
                template: true,
                ..lib_item("eventuelt")
            });
        }
    }
    let mut dk = Vec::new();
    for &(name, src) in MEETING_FILES {
        let (head, body) = src.split_once("\n---\n").expect("meeting file");
        let meta = |key: &str| {
            head.lines()
                .find_map(|l| l.strip_prefix(&format!("{key}:")))
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        // Sentences of the case presentations, minus anything that could change what a
        // reader finds in the item they are put into.
        // Only case presentations of ordinary items: no decision, no vote, nothing of the map.
        let m = parse_meeting(src, &common);
        for item in m.items.iter().filter(|i| !is_dk_title(&i.title)) {
            for sec in item
                .sections
                .iter()
                .filter(|s| !s.own_decision && CASE_HEADINGS.contains(&s.heading.as_str()))
            {
                for b in &sec.blocks {
                    if let Block::Para(p) = b {
                        sentences.extend(split_sentences(p).into_iter().filter(|s| plain(s)));
                    }
                }
            }
        }
        for seg in segments(body) {
            let title = seg.lines().next().unwrap_or_default();
            let is_dk = is_dk_title(title);
            let source = Source {
                markup: own_decision_placeholder(&seg),
                kommune: meta("kommune"),
                body: meta("body"),
                dato: meta("dato"),
                template: false,
            };
            if is_dk {
                if DANMARKSKORT_SOURCES.iter().any(|(n, _)| *n == name) {
                    dk.push(source);
                }
            } else if !["Meddelelser", "Spørgetid", "Godkendelse", "Eventuelt"]
                .iter()
                .any(|w| title.contains(w))
                && name.contains("-br-")
            {
                ordinary.push(source);
            }
        }
    }
    sentences.sort();
    sentences.dedup();
    let lists = ["veje", "skoler", "bydele", "foreninger"]
        .iter()
        .map(|k| {
            let v = national[*k]
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect();
            (k.to_string(), v)
        })
        .collect();
    Material {
        sentences,
        lists,
        ordinary,
        noise,
        dk,
        opening: [common["godkendelse"].clone(), common["meddelelser"].clone()],
        closing: [
            common["lukket"].clone(),
            common["lukket2"].clone(),
            common["eventuelt"].clone(),
        ],
    }
}

/// The `## ` items of a meeting file's body, each up to the next item or include.
fn segments(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur: Option<String> = None;
    for line in body.lines() {
        if line.starts_with("## ") || line.starts_with('@') {
            out.extend(cur.take());
        }
        if line.starts_with("## ") {
            cur = Some(String::new());
        }
        if let Some(c) = cur.as_mut() {
            c.push_str(line);
            c.push('\n');
        }
    }
    out.extend(cur);
    out
}

/// The body's own decision heads with the meeting's own `{beslutning}`.
fn own_decision_placeholder(markup: &str) -> String {
    markup
        .lines()
        .map(|l| {
            if l.starts_with("#!") {
                "#! {beslutning}"
            } else {
                l
            }
        })
        .fold(String::new(), |mut o, l| {
            o.push_str(l);
            o.push('\n');
            o
        })
}

/// Splits a paragraph into sentences at ". " before a capital, except after the
/// abbreviations minutes use.
fn split_sentences(p: &str) -> Vec<String> {
    const ABBR: &[&str] = &[
        "nr", "mio", "mia", "pkt", "jf", "ca", "stk", "pr", "inkl", "bl.a", "f.eks", "dvs", "m.fl",
        "mv", "o.l", "tlf",
    ];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = p.as_bytes();
    for (i, _) in p.match_indices(". ") {
        let next = p[i + 2..].chars().next();
        if !next.is_some_and(char::is_uppercase) {
            continue;
        }
        let word = p[start..i].rsplit(' ').next().unwrap_or("");
        if ABBR.contains(&word) || bytes[i].is_ascii_digit() && word.len() <= 2 {
            continue;
        }
        out.push(p[start..=i].trim().to_string());
        start = i + 2;
    }
    out.push(p[start..].trim().to_string());
    out
}

/// Whether a sentence is neutral enough to be put into any item: it names no map, plan,
/// council or municipality and is a whole sentence.
fn plain(s: &str) -> bool {
    const AVOID: &[&str] = &[
        "anmarkskort",
        "Danmarks",
        "Grønt",
        "handicapområde",
        "landsplan",
        "andsgennemsnit",
        "hjemvis",
        "andlingsplan",
        "andleplan",
        "mgørelse",
        "79 b",
        "nkestyrelse",
        "Kommune",
        "yråd",
        "epræsentation",
        "ommunalbestyrelse",
        "Magistrat",
        "Socialudvalg",
        "ministeri",
        "2024",
        "udsat",
        "Udsat",
        "indstill",
        "Indstill",
        "beslut",
        "Beslut",
    ];
    s.len() >= 30
        && s.ends_with('.')
        && s.starts_with(char::is_uppercase)
        && !AVOID.iter().any(|a| s.contains(a))
        && !s
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.starts_with(char::is_uppercase) && w.len() > 3)
            .any(|w| tilsyn_kommuner::by_name(w).is_some())
}

/// A calendar date (chrono's), written the ways minutes write it by [`DanishDate`].
type Date = NaiveDate;

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
];

/// The day `doy` (0-based) of 2022; `doy` < 365.
fn day_of_2022(doy: u32) -> Date {
    NaiveDate::from_yo_opt(2022, doy + 1).expect("a day of 2022")
}

/// Monday to Thursday, the days councils meet.
fn council_weekday(d: Date) -> bool {
    (1..=4).contains(&d.weekday().num_days_from_sunday())
}

/// The forms of a date that minutes print.
trait DanishDate {
    /// "8. december 2022".
    fn long(self) -> String;
    /// "torsdag den 8. december 2022".
    fn with_weekday(self) -> String;
    /// "08.12.2022".
    fn dots(self) -> String;
    /// "08-12-2022".
    fn dashes(self) -> String;
    /// "2022-12-08".
    fn iso(self) -> String;
}

impl DanishDate for Date {
    fn long(self) -> String {
        format!(
            "{}. {} {}",
            self.day(),
            MONTHS[self.month0() as usize],
            self.year()
        )
    }

    fn with_weekday(self) -> String {
        let weekday = WEEKDAYS[self.weekday().num_days_from_sunday() as usize];
        format!("{weekday} den {}", self.long())
    }

    fn dots(self) -> String {
        self.format("%d.%m.%Y").to_string()
    }

    fn dashes(self) -> String {
        self.format("%d-%m-%Y").to_string()
    }

    fn iso(self) -> String {
        self.format("%Y-%m-%d").to_string()
    }
}

/// A ChaCha stream of its own for one purpose of one document.
fn stream(seed: u64, id: u64) -> ChaCha8Rng {
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    r.set_stream(id);
    r
}

fn below(r: &mut ChaCha8Rng, n: usize) -> usize {
    if n == 0 {
        0
    } else {
        (r.next_u64() % n as u64) as usize
    }
}

fn chance(r: &mut ChaCha8Rng, p: f64) -> bool {
    ((r.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
}

fn pick<'a, T>(r: &mut ChaCha8Rng, v: &'a [T]) -> &'a T {
    &v[below(r, v.len())]
}

/// The council meeting dates of a year: spread over the year without July, on Monday to
/// Thursday, all distinct.
fn meeting_dates(r: &mut ChaCha8Rng, n: usize) -> Vec<Date> {
    // Days of 2022 without July, and without the last week (a shift to a weekday must
    // stay in the year).
    let span = 320usize;
    let step = (span / n.max(1)).max(1);
    let mut out: Vec<Date> = Vec::new();
    for i in 0..n.min(span) {
        let t = i * span / n.max(1) + 3 + below(r, step.saturating_sub(3).clamp(1, 5));
        let mut doy = if t < 181 { t } else { t + 31 } as u32;
        let mut date = day_of_2022(doy.min(364));
        let ok = |d: Date, out: &[Date]| {
            council_weekday(d) && d.month() != 7 && out.last().is_none_or(|l| *l < d)
        };
        while !ok(date, &out) && doy < 364 {
            doy += 1;
            date = day_of_2022(doy);
        }
        if !ok(date, &out) {
            break;
        }
        out.push(date);
    }
    out
}

/// The folder name a downloader gives a municipality: its code, its name, or both, in
/// one of the usual spellings.
fn folder_name(r: &mut ChaCha8Rng, code: &str, name: &str) -> String {
    let folded = tilsyn_kommuner::fold_ascii(name).replace(' ', "-");
    match below(r, 5) {
        0 => code.to_string(),
        1 => format!("{code}-{folded}"),
        2 => name.to_string(),
        3 => format!("{} Kommune", name),
        _ => folded,
    }
}

fn file_name(naming: usize, body: &str, date: Date, ext: &str) -> String {
    let folded = tilsyn_kommuner::fold_ascii(body);
    match naming {
        0 => format!("Referat {body} {}.{ext}", date.dots()),
        1 => format!("referat-{folded}-{}.{ext}", date.iso()),
        2 => format!("{body} {} - referat.{ext}", date.dots()),
        3 => format!("{} Referat {body}.{ext}", date.iso()),
        _ => format!("Referat_{}_{}.{ext}", capitalised(&folded), date.dashes()),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// How the municipality is named in its own minutes.
fn kommune_name(name: &str) -> String {
    match name {
        "København" => "Københavns Kommune".to_string(),
        "Bornholm" => "Bornholms Regionskommune".to_string(),
        _ => format!("{name} Kommune"),
    }
}

/// Plans every document of the corpus, in a stable order.
fn plan(cfg: &NationalConfig) -> Vec<DocPlan> {
    let all = tilsyn_kommuner::all();
    let (lo, hi) = (cfg.pages.0.max(1), cfg.pages.1.max(cfg.pages.0.max(1)));
    let mut out = Vec::new();
    for (mi, k) in all.iter().take(cfg.municipalities).enumerate() {
        let mut r = stream(cfg.seed, 1 << 32 | mi as u64);
        let body = match k.code {
            "101" => "Borgerrepræsentationen",
            _ if chance(&mut r, 0.3) => "Kommunalbestyrelsen",
            _ => "Byrådet",
        };
        let folder = folder_name(&mut r, k.code, k.name);
        let naming = below(&mut r, 5);
        let layout = *pick(
            &mut r,
            &[
                Layout::Classic,
                Layout::Kerned,
                Layout::TwoColumn,
                Layout::Times,
            ],
        );
        let compress = chance(&mut r, 0.85);
        let html_style = if chance(&mut r, 0.7) {
            HtmlStyle::Modern
        } else {
            HtmlStyle::Legacy
        };
        let case_style = below(&mut r, 3);
        let dates = meeting_dates(&mut r, cfg.meetings);
        // Most councils treat the map in the autumn; some not at all this year.
        let dk_meeting = if chance(&mut r, 0.9) && !dates.is_empty() {
            let autumn: Vec<usize> = (0..dates.len())
                .filter(|&i| dates[i].month() >= 9)
                .collect();
            Some(if autumn.is_empty() {
                dates.len() - 1
            } else {
                *pick(&mut r, &autumn)
            })
        } else {
            None
        };
        let dk_source = below(&mut r, material().dk.len());
        for (i, &date) in dates.iter().enumerate() {
            let mut d = stream(cfg.seed, (mi as u64) << 16 | i as u64);
            let pages = lo + below(&mut d, hi - lo + 1);
            let html = chance(&mut d, cfg.html_share).then_some(html_style);
            out.push(DocPlan {
                muni: mi,
                meeting: i,
                code: k.code,
                kommune: kommune_name(k.name),
                body,
                folder: folder.clone(),
                naming,
                layout,
                compress,
                html,
                case_style,
                date,
                pages,
                dk: (dk_meeting == Some(i)).then_some(dk_source),
                seed: d.next_u64(),
            });
        }
    }
    out
}

fn system_meta(p: &DocPlan) -> String {
    let date = p.date;
    let oeu = date - Days::new(7);
    let body = p.body;
    let (beslutning, runhead, producer, creator, modedato) = match p.layout {
        Layout::Classic => (
            format!("Beslutning i {body} den {}", date.long()),
            format!("Referat – {body} – {}", date.long()),
            "First Agenda Publisher",
            "First Agenda",
            format!("{} kl. 17.00", date.with_weekday()),
        ),
        Layout::Kerned => (
            "Beslutning".to_string(),
            format!("{body}, {} 17:00:00", date.dashes()),
            "Prepare PDF Engine 4.2",
            "Prepare",
            format!("{} 17:00:00", date.dashes()),
        ),
        Layout::TwoColumn => (
            format!("{body}s beslutning den {}", date.dashes()),
            format!("{} · {body} · Referat {}", p.kommune, date.dots()),
            "eDoc Publisering",
            "eDoc 5",
            date.dots(),
        ),
        Layout::Times => (
            format!("Beslutning i {body} den {}", date.long()),
            format!("{body} – Referat – {}", date.long()),
            "SBSYS Dagsorden",
            "SBSYS",
            date.with_weekday(),
        ),
    };
    let created = date;
    let mut s = String::new();
    let _ = writeln!(s, "kommune: {}", p.kommune);
    let _ = writeln!(s, "body: {body}");
    let _ = writeln!(s, "titel: Referat");
    let _ = writeln!(s, "dato: {}", date.long());
    let _ = writeln!(s, "beslutning: {beslutning}");
    let _ = writeln!(s, "oeu: Beslutning i Økonomiudvalget den {}", oeu.long());
    let _ = writeln!(s, "runhead: {runhead}");
    let _ = writeln!(s, "doknr: {}-22", 100_000 + p.seed % 800_000);
    let _ = writeln!(s, "producer: {producer}");
    let _ = writeln!(s, "creator: {creator}");
    let _ = writeln!(
        s,
        "created: D:{}{:02}{:02}093000+01'00'",
        created.year(),
        created.month(),
        created.day()
    );
    let _ = writeln!(s, "pdftitle: Referat {body} {}", date.dashes());
    let _ = writeln!(
        s,
        "adresse: Rådhuset · Tlf. 70 70 {:02} {:02} · CVR {}",
        p.muni % 100,
        p.meeting % 100,
        29_000_000 + p.muni * 1_013
    );
    let _ = writeln!(s, "Mødedato: {modedato}");
    if p.layout == Layout::TwoColumn {
        let _ = writeln!(s, "Mødetidspunkt: 17:00");
    }
    let sted = match body {
        "Byrådet" => "Byrådssalen, Rådhuset".to_string(),
        _ => format!("{body}s mødesal, Rådhuset"),
    };
    let _ = writeln!(s, "Mødested: {sted}");
    s
}

/// Fills the item placeholders ({mio}, {vej}, …) of `text`; names stay the same within
/// one item (`names`), figures are drawn anew at each use.
fn fill_item(text: &str, r: &mut ChaCha8Rng, names: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        match key {
            "mio" => {
                let _ = write!(out, "{},{}", 1 + below(r, 60), below(r, 10));
            }
            "antal" => {
                let _ = write!(out, "{}", 3 + below(r, 240));
            }
            "pct" => {
                let _ = write!(out, "{}", 2 + below(r, 30));
            }
            "maaned" => out.push_str(MONTHS[below(r, 12)]),
            _ => match names.get(key) {
                Some(v) => out.push_str(v),
                // The meeting's placeholders ({body}, {beslutning}, …) are parse_meeting's.
                None => {
                    out.push('{');
                    out.push_str(key);
                    out.push('}');
                }
            },
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

fn case_no(r: &mut ChaCha8Rng, style: usize) -> String {
    match style {
        0 => format!("22/{:05}", 1000 + below(r, 40_000)),
        1 => format!("22-{:06}", 1000 + below(r, 400_000)),
        _ => format!("2022-0{:06}", 10_000 + below(r, 900_000)),
    }
}

fn figures_table(r: &mut ChaCha8Rng, out: &mut String) {
    const ROWS: &[&str] = &[
        "Driftsudgifter",
        "Anlægsudgifter",
        "Indtægter",
        "Statstilskud",
        "Lønudgifter",
        "Øvrig drift",
    ];
    out.push_str("| Mio. kr. | 2022 | 2023 | 2024 | 2025 |\n");
    let start = below(r, ROWS.len() - 2);
    for row in &ROWS[start..start + 3] {
        out.push_str("| ");
        out.push_str(row);
        for _ in 0..4 {
            let _ = write!(out, " | {},{}", below(r, 120), below(r, 10));
        }
        out.push_str(" |\n");
    }
    out.push_str("Beløb i løbende priser.\n");
}

/// Moves an item from its source meeting to this one: the municipality's name, the body
/// and the meeting date.
fn rehome(src: &Source, p: &DocPlan) -> String {
    let mut t = src.markup.clone();
    if !src.kommune.is_empty() && src.kommune != p.kommune {
        t = t.replace(&src.kommune, &p.kommune);
    }
    if !src.body.is_empty() && src.body != p.body {
        t = t
            .replace(&src.body, p.body)
            .replace(&src.body.to_lowercase(), &p.body.to_lowercase());
    }
    if !src.dato.is_empty() {
        t = t.replace(&src.dato, &p.date.long());
    }
    t
}

/// The meeting's markup, with `padding` sentences of case presentation spread over its
/// items.
fn compose(p: &DocPlan, padding: usize) -> String {
    let mat = material();
    let mut r = stream(p.seed, 1);
    let mut src = system_meta(p);
    src.push_str("Fraværende: ");
    let absent: &&str = pick(
        &mut r,
        &[
            "Ingen",
            "Anne Holm (A)",
            "Peter Lund (V), Mette Skov (F)",
            "Jens Bach (C)",
        ],
    );
    src.push_str(absent);
    src.push_str("\n---\n");

    // The agenda: opening, business (the danmarkskort item or noise among it), closing.
    let n_items = (p.pages / 8).clamp(5, 28) + below(&mut r, 4);
    let mut agenda: Vec<String> = vec![mat.opening[0].clone()];
    if chance(&mut r, 0.6) {
        agenda.push(mat.opening[1].clone());
    }
    let mut used = vec![false; mat.ordinary.len()];
    let mut business: Vec<String> = Vec::new();
    while business.len() < n_items {
        let i = below(&mut r, used.len());
        // Every item once per meeting; when all are used, the templates that name a
        // street, school, district or association again (they read as other cases).
        let exhausted = used.iter().all(|&u| u);
        if used[i] && !(exhausted && mat.ordinary[i].template && names_a_place(&mat.ordinary[i])) {
            continue;
        }
        used[i] = true;
        business.push(rehome(&mat.ordinary[i], p));
    }
    if let Some(k) = p.dk {
        let at = below(&mut r, business.len() + 1);
        business.insert(at, rehome(&mat.dk[k], p));
    } else if chance(&mut r, 0.6) {
        let at = below(&mut r, business.len() + 1);
        business.insert(at, rehome(pick(&mut r, &mat.noise), p));
    }
    agenda.extend(business);
    if chance(&mut r, 0.4) {
        agenda.push(pick(&mut r, &mat.closing[..2]).clone());
    }
    if chance(&mut r, 0.3) {
        agenda.push(mat.closing[2].clone());
    }

    // Weights for the padding: a few big items take most of it, as in real minutes.
    let padded: Vec<usize> = (0..agenda.len())
        .filter(|&i| {
            agenda[i].contains("\n# Sagsfremstilling\n")
                || agenda[i].contains("\n# Sagsbeskrivelse\n")
        })
        .filter(|&i| p.dk.is_none() || !is_dk(&agenda[i]))
        .collect();
    let weights: Vec<usize> = padded
        .iter()
        .map(|_| {
            if chance(&mut r, 0.2) {
                8 + below(&mut r, 12)
            } else {
                1 + below(&mut r, 3)
            }
        })
        .collect();
    let total: usize = weights.iter().sum::<usize>().max(1);

    for (i, item) in agenda.iter().enumerate() {
        let names: BTreeMap<&str, String> = mat
            .lists
            .iter()
            .map(|(k, v)| {
                let key = match k.as_str() {
                    "veje" => "vej",
                    "skoler" => "skole",
                    "bydele" => "bydel",
                    _ => "forening",
                };
                (key, pick(&mut r, v).clone())
            })
            .collect();
        let share = padded
            .iter()
            .position(|&j| j == i)
            .map_or(0, |w| padding * weights[w] / total);
        let mut in_case = false;
        let mut padded_here = false;
        for line in item.lines() {
            // Padding goes at the end of the case presentation, before the next heading.
            if line.starts_with('#') && in_case && !padded_here {
                pad(&mut src, &mut r, share, &names);
                padded_here = true;
            }
            if let Some(rest) = line.strip_prefix("## ") {
                let title = rest.split(" | ").next().unwrap_or(rest);
                let _ = writeln!(src, "## {} | {}", fill_item(title, &mut r, &names), {
                    case_no(&mut r, p.case_style)
                });
                continue;
            }
            if line.starts_with('#') {
                in_case = matches!(line, "# Sagsfremstilling" | "# Sagsbeskrivelse");
            }
            src.push_str(&fill_item(line, &mut r, &names));
            src.push('\n');
        }
        if in_case && !padded_here {
            pad(&mut src, &mut r, share, &names);
        }
    }
    src
}

fn names_a_place(s: &Source) -> bool {
    ["{vej}", "{skole}", "{bydel}", "{forening}"]
        .iter()
        .any(|k| s.markup.contains(k))
}

fn is_dk(item: &str) -> bool {
    is_dk_title(item.lines().next().unwrap_or_default())
}

fn is_dk_title(title: &str) -> bool {
    (title.contains("anmarkskort") && !title.contains("Grønt"))
        || title.contains("mgørelsesprocent")
}

/// The headings of case presentations, whose sentences are recombined.
const CASE_HEADINGS: &[&str] = &[
    "Resumé",
    "Resume",
    "Sagsfremstilling",
    "Sagsbeskrivelse",
    "Baggrund",
    "Økonomi",
];

/// `n` sentences in paragraphs of three to six, a table of figures now and then.
fn pad(out: &mut String, r: &mut ChaCha8Rng, n: usize, names: &BTreeMap<&str, String>) {
    let sentences = &material().sentences;
    let mut left = n;
    let mut paras = 0;
    while left > 0 {
        let k = (3 + below(r, 4)).min(left);
        for j in 0..k {
            if j > 0 {
                out.push(' ');
            }
            let s: &String = pick(r, sentences);
            out.push_str(&fill_item(s, r, names));
        }
        out.push('\n');
        left -= k;
        paras += 1;
        if paras % 9 == 0 && left > 0 {
            figures_table(r, out);
        }
    }
}

/// Rough sentences per page of each style, the first guess that the page count corrects.
fn sentences_per_page(layout: Layout) -> f64 {
    match layout {
        Layout::Classic => 26.0,
        Layout::Kerned => 30.0,
        Layout::TwoColumn => 34.0,
        Layout::Times => 24.0,
    }
}

fn build(p: &DocPlan) -> NationalDoc {
    let library = BTreeMap::new();
    let layout = p.layout;
    let target = p.pages as f64;
    // Size the document: the bare agenda, one padded guess, then a linear correction.
    let base = page_count(&parse_meeting(&compose(p, 0), &library), layout) as f64;
    let spp = sentences_per_page(layout);
    let mut padding = ((target - base).max(0.0) * spp) as usize;
    if p.html.is_none() && padding > 0 {
        let got = page_count(&parse_meeting(&compose(p, padding), &library), layout) as f64;
        if got > base {
            let spp = padding as f64 / (got - base);
            padding = ((target - base).max(0.0) * spp).round() as usize;
        }
    }
    let meeting = parse_meeting(&compose(p, padding), &library);
    let (bytes, pages, kind, ext) = match p.html {
        Some(style) => (write_html(&meeting, style), 0, "html".to_string(), "html"),
        None => {
            let (bytes, pages) = write_pdf_counted(
                &meeting,
                PdfOptions {
                    layout,
                    compress: p.compress,
                    media_box: true,
                },
            );
            (bytes, pages, format!("pdf:{layout:?}"), "pdf")
        }
    };
    NationalDoc {
        path: format!("{}/{}", p.folder, file_name(p.naming, p.body, p.date, ext)),
        bytes,
        code: p.code,
        pages,
        kind,
        danmarkskort: p.dk.map(|k| DANMARKSKORT_SOURCES[k].0),
    }
}

/// Builds every document in memory (in parallel), in a stable order. For tests and small
/// corpora; [`write_national`] streams to disk instead.
pub fn national(cfg: &NationalConfig) -> Vec<NationalDoc> {
    plan(cfg).par_iter().map(build).collect()
}

/// Writes the corpus under `out`, and `manifest.tsv` beside the folders (path, code, kind,
/// pages, danmarkskort source). Documents are built and written in parallel; each
/// document's bytes depend only on the configuration.
pub fn write_national(out: &Path, cfg: &NationalConfig) -> std::io::Result<Summary> {
    let plans = plan(cfg);
    std::fs::create_dir_all(out)?;
    let rows: Vec<std::io::Result<(String, bool, usize, u64)>> = plans
        .par_iter()
        .map(|p| {
            let doc = build(p);
            let path = out.join(&doc.path);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&path, &doc.bytes)?;
            let row = format!(
                "{}\t{}\t{}\t{}\t{}\n",
                doc.path,
                doc.code,
                doc.kind,
                doc.pages,
                doc.danmarkskort.unwrap_or("-")
            );
            Ok((row, doc.pages > 0, doc.pages, doc.bytes.len() as u64))
        })
        .collect();
    let mut manifest = String::from("path\tcode\tkind\tpages\tdanmarkskort\n");
    let mut s = Summary::default();
    for r in rows {
        let (row, pdf, pages, bytes) = r?;
        manifest.push_str(&row);
        s.files += 1;
        s.pdfs += usize::from(pdf);
        s.pages += pages;
        s.bytes += bytes;
    }
    std::fs::write(out.join("manifest.tsv"), manifest)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_after_abbreviations_only_at_real_ends() {
        let s = split_sentences(
            "Udgiften er 2,5 mio. kr. Beløbet afholdes af puljen. Det sker pr. 1. januar 2023. Derefter følger vi op.",
        );
        assert_eq!(
            s,
            [
                "Udgiften er 2,5 mio. kr.",
                "Beløbet afholdes af puljen.",
                "Det sker pr. 1. januar 2023.",
                "Derefter følger vi op."
            ]
        );
    }

    #[test]
    fn padding_sentences_name_no_map_plan_or_municipality() {
        let m = material();
        assert!(m.sentences.len() > 150, "{}", m.sentences.len());
        for s in &m.sentences {
            for w in [
                "andlingsplan",
                "anmarkskort",
                "mgørelse",
                " Kommune",
                "Byråd",
            ] {
                assert!(!s.contains(w), "{s}");
            }
        }
        assert_eq!(m.dk.len(), DANMARKSKORT_SOURCES.len());
    }

    #[test]
    fn weekdays_and_dates() {
        let d = NaiveDate::from_ymd_opt(2022, 12, 8).unwrap();
        assert_eq!(d.with_weekday(), "torsdag den 8. december 2022");
        assert_eq!(day_of_2022(d.ordinal0()), d);
        assert_eq!((d - Days::new(10)).long(), "28. november 2022");
        assert_eq!(
            (NaiveDate::from_ymd_opt(2022, 1, 3).unwrap() - Days::new(7)).iso(),
            "2021-12-27"
        );
        assert_eq!(d.dots(), "08.12.2022");
        assert_eq!(d.dashes(), "08-12-2022");
    }

    #[test]
    fn meetings_are_distinct_weekdays() {
        let mut r = stream(1, 7);
        for n in [1, 11, 40] {
            let dates = meeting_dates(&mut r, n);
            assert_eq!(dates.len(), n);
            assert!(dates.windows(2).all(|w| w[0] < w[1]));
            assert!(dates.iter().all(|&d| council_weekday(d) && d.month() != 7));
        }
    }

    #[test]
    fn folders_name_their_municipality() {
        for cfg_seed in 0..5 {
            let cfg = NationalConfig {
                municipalities: 98,
                meetings: 1,
                seed: cfg_seed,
                ..NationalConfig::default()
            };
            for p in plan(&cfg) {
                let k = tilsyn_kommuner::resolve_path_component(&p.folder)
                    .unwrap_or_else(|| panic!("{} names no municipality", p.folder));
                assert_eq!(k.code, p.code, "{}", p.folder);
            }
        }
    }
}
