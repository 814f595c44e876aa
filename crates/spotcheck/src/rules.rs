//! The rule packs in `patterns/spot-check/` and `patterns/quality-standards/`: loading,
//! compiling, checking examples, and running them over a document.
//!
//! The file syntax is the matcher's (`patterns/README.md`: `[vars]`, `{VAR}`, a plain space
//! meaning any white space, case-insensitive, matches starting at a word boundary) with the
//! fields a flag needs on top; `patterns/spot-check/README.md` describes them. The matcher's
//! loader is private to it and rejects unknown fields, so the few lines of loading are
//! repeated here rather than widening the matcher's API for fields it does not use. What
//! the packs share with the matcher's rules is [`tilsyn_matcher::rulefiles`]: a file recorded
//! in its folder's `examples-checked.txt` is only parsed at start-up and its regexes are
//! compiled on first use; any other file is compiled at once and its examples run.

use std::collections::{BTreeMap, HashSet};

use chrono::Datelike;
use regex::Regex;
use serde::{Deserialize, Serialize};
use tilsyn_matcher::rulefiles::{LazyRegexes, Stamp};

use crate::text::{Doc, Span, sentences};

/// A rule file or rule that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    /// The TOML does not parse or has unknown fields.
    #[error("pattern file {file}: {message}")]
    File {
        /// The file name.
        file: String,
        /// The parser's message.
        message: String,
    },
    /// A pattern is not a valid regex.
    #[error("rule {id}: bad pattern {pattern:?}: {message}")]
    Regex {
        /// The rule id.
        id: String,
        /// The pattern as written.
        pattern: String,
        /// The regex compiler's message.
        message: String,
    },
    /// A pattern names a `{VAR}` its file does not define.
    #[error("rule {id}: unknown variable {{{var}}}")]
    UnknownVar {
        /// The rule id.
        id: String,
        /// The variable name.
        var: String,
    },
    /// An example does not behave as declared.
    #[error("rule {id}: example {example:?} should {} match", if *.expected_match { "" } else { "not" })]
    Example {
        /// The rule id.
        id: String,
        /// The example text.
        example: String,
        /// Whether it was declared a match.
        expected_match: bool,
    },
    /// Two rules share an id.
    #[error("rule {0} is defined twice")]
    Duplicate(String),
    /// A rule without examples of both kinds, or a sentence rule without patterns.
    #[error("rule {id}: {message}")]
    Incomplete {
        /// The rule id.
        id: String,
        /// What is missing.
        message: String,
    },
}

/// How much a flag weighs when ranking what to read first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth reading when time allows.
    Low,
    /// Worth reading.
    Medium,
    /// Read first: the passage, as written, is at odds with a rule of law.
    High,
}

impl Severity {
    /// The weight of one flag in a document's score.
    pub fn weight(self) -> u32 {
        match self {
            Severity::Low => 1,
            Severity::Medium => 3,
            Severity::High => 9,
        }
    }

    /// The name used in the reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// The Danish word shown in `report.html`.
    pub fn danish(self) -> &'static str {
        match self {
            Severity::Low => "lav",
            Severity::Medium => "middel",
            Severity::High => "høj",
        }
    }
}

/// How sure the rule is that the passage says what it looks for: a flag on words that state
/// it ("uden offentligt udbud", "kan ikke fraviges") is surer than one on a silence (no
/// hearing mentioned, no offering mentioned). The ranking reads severity first, then this.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A sign by silence or by a loose paraphrase.
    Low,
    /// The usual wording of the pattern.
    #[default]
    Medium,
    /// The passage states it in so many words.
    High,
}

impl Confidence {
    /// The name used in the reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// The Danish word shown in `report.html`.
    pub fn danish(self) -> &'static str {
        match self {
            Confidence::Low => "lav",
            Confidence::Medium => "middel",
            Confidence::High => "høj",
        }
    }
}

/// The unit a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Each sentence: the pattern and `unless` are read in the same sentence; at most one
    /// flag per sentence.
    #[default]
    Sentence,
    /// Each agenda item: the first hit in the item, `unless` read in the whole item; at most
    /// one flag per item.
    Item,
    /// The whole document: at most one flag; a document rule without patterns fires on the
    /// document's first line unless one of `unless` is found anywhere.
    Document,
}

/// Where a line stands in the sentences of its page, as the reader of the source knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LineBreak {
    /// Running text: sentences end where their words say.
    #[default]
    Within,
    /// A sentence ends before the line (the first line of a table cell).
    Before,
    /// The line is a phrase of its own (a table row, a heading).
    Around,
    /// A label–value row ("Parykker | Bevilges kun i helt særlige tilfælde", a two-column
    /// table): a sentence ends before it, and after it unless the next line goes on with
    /// its value (begins with a small letter).
    Row,
    /// Page furniture (a running header or footer, a print stamp): not read, and a
    /// sentence broken by a page runs on across it.
    Furniture,
}

/// A check in code on a pattern's match, for what a regex cannot say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Check {
    /// The match holds a CPR number: its first six digits are a real date DDMMYY, no digit
    /// follows it, and the words before it do not call it a journal, case or document number
    /// ("j.nr. 240427-0291", "dok.nr. 190224-3439"): a CPR number is a person's.
    Cpr,
    /// The match holds a date before the meeting's (or, without one, before the date of the
    /// decision in the item): an effective date that precedes the decision.
    BeforeMeeting,
    /// As [`Check::BeforeMeeting`], and the match's first two amounts rise: a table row
    /// "Hovedret 58 kr. 64 kr. 1. februar 2025" under "Takst hidtil | Ny takst | Virkning
    /// fra" is a higher price from a date before the decision.
    RiseBeforeMeeting,
    /// A person the match names (two or more capitalised words) is among those who voted
    /// on the item: named in a line of the item, outside the match, after the words of a
    /// vote ("For stemte: …", "Imod stemte …", "stemte for, herunder …").
    Voted,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    vars: BTreeMap<String, String>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    rationale: String,
    severity: Severity,
    #[serde(default)]
    confidence: Confidence,
    #[serde(default)]
    scope: Scope,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    with: Vec<String>,
    #[serde(default)]
    with_next: usize,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    unless_item: Vec<String>,
    #[serde(default)]
    unless_below_title: bool,
    #[serde(default)]
    published: bool,
    #[serde(default)]
    check: Option<Check>,
    #[serde(default, rename = "match")]
    must_match: Vec<String>,
    #[serde(default)]
    no_match: Vec<String>,
}

/// A rule as the reports list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// The id, e.g. `spot.fixed_cap`.
    pub id: String,
    /// Why a passage it finds is worth a lawyer's reading, with the legal basis.
    pub rationale: String,
    /// Its weight in the ranking.
    pub severity: Severity,
    /// How sure its flags are, the second key of the ranking.
    pub confidence: Confidence,
}

/// One passage worth reading, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// The rule that fired.
    pub rule: String,
    /// The rule's severity.
    pub severity: Severity,
    /// The rule's confidence.
    pub confidence: Confidence,
    /// Page of the passage (1-based).
    pub page: u32,
    /// The title of the agenda item the passage is in, where the document has items.
    pub item: Option<String>,
    /// The passage (its sentence, at most ~400 bytes), line breaks as spaces.
    pub passage: String,
    /// Byte span within `passage` of the words that fired; start <= end.
    pub highlight: (usize, usize),
    /// Why the passage is worth reading (the rule's rationale).
    pub rationale: String,
}

struct Rule {
    info: RuleInfo,
    scope: Scope,
    patterns: LazyRegexes,
    with: LazyRegexes,
    /// How many sentences after a sentence rule's hit `with` may stand in: a person named in
    /// one sentence and described in the next ("… Vibeke Mikkelsen, der bor på Engvej 38. Af
    /// henvendelsen fremgår det, at moderen lider af svær demens").
    with_next: usize,
    context: LazyRegexes,
    unless: LazyRegexes,
    unless_item: LazyRegexes,
    /// An item rule's `unless` is read below the item's heading line only: what the title
    /// names (a closed item headed "Køb af ejendom") is not a reason the text gives.
    unless_below_title: bool,
    /// The rule is about what the minutes publish, not what the body adopted (a citizen's
    /// health named in them): motions that fell and recommendations not followed are read too.
    published: bool,
    check: Option<Check>,
    must_match: Vec<String>,
    no_match: Vec<String>,
}

/// A compiled rule pack. `Send + Sync`; build once, share across threads.
pub struct RulePack {
    name: &'static str,
    rules: Vec<Rule>,
}

/// Which rule pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pack {
    /// `patterns/spot-check/`: council minutes.
    SpotCheck,
    /// `patterns/quality-standards/`: published quality standards.
    QualityStandards,
}

const SPOT_CHECK: &[(&str, &str)] = &[
    (
        "discretion.toml",
        include_str!("../../../patterns/spot-check/discretion.toml"),
    ),
    (
        "budget.toml",
        include_str!("../../../patterns/spot-check/budget.toml"),
    ),
    (
        "hearing.toml",
        include_str!("../../../patterns/spot-check/hearing.toml"),
    ),
    (
        "closed.toml",
        include_str!("../../../patterns/spot-check/closed.toml"),
    ),
    (
        "kommunalfuldmagt.toml",
        include_str!("../../../patterns/spot-check/kommunalfuldmagt.toml"),
    ),
    (
        "personal_data.toml",
        include_str!("../../../patterns/spot-check/personal_data.toml"),
    ),
    (
        "retroactive.toml",
        include_str!("../../../patterns/spot-check/retroactive.toml"),
    ),
    (
        "delegation.toml",
        include_str!("../../../patterns/spot-check/delegation.toml"),
    ),
    (
        "impartiality.toml",
        include_str!("../../../patterns/spot-check/impartiality.toml"),
    ),
    (
        "fees.toml",
        include_str!("../../../patterns/spot-check/fees.toml"),
    ),
    (
        "complaint.toml",
        include_str!("../../../patterns/spot-check/complaint.toml"),
    ),
];

const QUALITY_STANDARDS: &[(&str, &str)] = &[
    (
        "discretion.toml",
        include_str!("../../../patterns/quality-standards/discretion.toml"),
    ),
    (
        "guidance.toml",
        include_str!("../../../patterns/quality-standards/guidance.toml"),
    ),
];

/// The fingerprints of the files in [`SPOT_CHECK`] whose examples passed.
const SPOT_CHECK_STAMP: &str = include_str!("../../../patterns/spot-check/examples-checked.txt");

/// The fingerprints of the files in [`QUALITY_STANDARDS`] whose examples passed.
const QUALITY_STANDARDS_STAMP: &str =
    include_str!("../../../patterns/quality-standards/examples-checked.txt");

impl Pack {
    fn files(
        self,
    ) -> (
        &'static str,
        &'static [(&'static str, &'static str)],
        Stamp<'static>,
    ) {
        match self {
            Pack::SpotCheck => ("spot-check", SPOT_CHECK, Stamp::new(SPOT_CHECK_STAMP)),
            Pack::QualityStandards => (
                "quality-standards",
                QUALITY_STANDARDS,
                Stamp::new(QUALITY_STANDARDS_STAMP),
            ),
        }
    }
}

impl RulePack {
    /// Loads a pack. Its regexes are compiled as they are first used; a rule file edited
    /// since its examples were last checked is compiled at once and its examples run
    /// ([`tilsyn_matcher::rulefiles`]).
    pub fn new(pack: Pack) -> Result<RulePack, RuleError> {
        let (name, files, stamp) = pack.files();
        RulePack::load(name, files, stamp)
    }

    fn load(
        name: &'static str,
        files: &[(&str, &str)],
        stamp: Stamp,
    ) -> Result<RulePack, RuleError> {
        let mut rules = Vec::new();
        let mut ids = HashSet::new();
        for (file, src) in files {
            let checked = stamp.covers(file, src);
            for rule in parse_file(&format!("{name}/{file}"), src, checked)? {
                if !ids.insert(rule.info.id.clone()) {
                    return Err(RuleError::Duplicate(rule.info.id));
                }
                rule.check_example_kinds()?;
                if !checked {
                    rule.check_examples()?;
                }
                rules.push(rule);
            }
        }
        Ok(RulePack { name, rules })
    }

    /// Runs every rule's examples, whatever the stamp says; the first that fails is the
    /// error. For the test suite, which records the stamp, and for tooling.
    pub fn check_all_examples(&self) -> Result<(), RuleError> {
        self.rules.iter().try_for_each(Rule::check_examples)
    }

    /// The pack's folder name under `patterns/`.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Every rule, in file order.
    pub fn rules(&self) -> Vec<RuleInfo> {
        self.rules.iter().map(|r| r.info.clone()).collect()
    }

    /// Every flag in one document. `pages[i]` is the normalised text of page `i + 1`;
    /// `agenda` the matcher's items (empty for a document without numbered items). Flags
    /// come in document order (by position, then rule order).
    pub fn check(&self, pages: &[&str], agenda: &[tilsyn_matcher::AgendaItem]) -> Vec<Flag> {
        self.check_dated(pages, agenda, None)
    }

    /// As [`RulePack::check`], with the meeting date from the header, against which rules
    /// with `check = "before_meeting"` compare effective dates. Without it, an item's own
    /// decision date ("Byrådets beslutning den 16. januar 2024") stands in.
    pub fn check_dated(
        &self,
        pages: &[&str],
        agenda: &[tilsyn_matcher::AgendaItem],
        meeting: Option<chrono::NaiveDate>,
    ) -> Vec<Flag> {
        self.check_read(pages, &[], agenda, meeting)
    }

    /// As [`RulePack::check_dated`], with what the reader knows about each line:
    /// `breaks[i][j]` for line `j` of page `i` (missing entries are
    /// [`LineBreak::Within`]). A table row or a heading is a phrase of its own, so a
    /// sentence ends around it; a cell's first line starts one.
    pub fn check_read(
        &self,
        pages: &[&str],
        breaks: &[Vec<LineBreak>],
        agenda: &[tilsyn_matcher::AgendaItem],
        meeting: Option<chrono::NaiveDate>,
    ) -> Vec<Flag> {
        let mut doc = Doc::with_breaks(pages, breaks);
        doc.meeting = meeting;
        let items = doc.items(agenda);
        let mut found: Vec<(usize, usize, Flag)> = Vec::new();
        for (r, rule) in self.rules.iter().enumerate() {
            for (at, flag) in rule.run(&doc, &items) {
                found.push((at, r, flag));
            }
        }
        found.sort_by_key(|(at, r, _)| (*at, *r));
        found.into_iter().map(|(_, _, f)| f).collect()
    }

    /// Runs every rule's examples; for tests and `--check-rules`-style tooling.
    pub fn example_count(&self) -> usize {
        self.rules
            .iter()
            .map(|r| r.must_match.len() + r.no_match.len())
            .sum()
    }
}

impl Rule {
    /// `(offset of the hit, flag)` for every place the rule fires.
    /// The spans of an item the rule does not read: what the body did not adopt
    /// ([`rejected_motions`]), unless the rule is about what the minutes publish.
    fn not_adopted(&self, text: &str, range: (usize, usize)) -> Vec<(usize, usize)> {
        if self.published {
            Vec::new()
        } else {
            rejected_motions(text, range)
        }
    }

    fn run(&self, doc: &Doc, items: &[Span]) -> Vec<(usize, Flag)> {
        let text = &doc.text;
        let mut out = Vec::new();
        let make = |sentence: (usize, usize), hit: (usize, usize), title: &Option<String>| {
            let (passage, highlight) = doc.passage(sentence, hit);
            (
                hit.0,
                Flag {
                    rule: self.info.id.clone(),
                    severity: self.info.severity,
                    confidence: self.info.confidence,
                    page: doc.page_no(hit.0),
                    item: title.clone(),
                    passage,
                    highlight,
                    rationale: self.info.rationale.clone(),
                },
            )
        };
        match self.scope {
            Scope::Document => {
                let all = (0, text.len());
                if !self.context.is_empty() && !any_match(&self.context, text, all) {
                    return out;
                }
                if any_match(&self.unless, text, all)
                    || any_match(&self.unless_item, text, all)
                    || !self.with_ok(text, all)
                {
                    return out;
                }
                let hit = if self.patterns.is_empty() {
                    first_line(text)
                } else {
                    match self.first_hit(text, all, doc.meeting, all) {
                        Some(h) => h,
                        None => return out,
                    }
                };
                let sentence = sentence_of(doc, all, hit);
                let title = items
                    .iter()
                    .find(|s| s.start <= hit.0 && hit.0 < s.end.max(s.start + 1))
                    .and_then(|s| s.title.clone());
                out.push(make(sentence, hit, &title));
            }
            Scope::Item => {
                for item in items.iter().filter(|s| !s.header) {
                    let range = (item.start, item.end);
                    if !self.context.is_empty() && !any_match(&self.context, text, range) {
                        continue;
                    }
                    let rejected = self.not_adopted(text, range);
                    let date = doc.meeting.or_else(|| decision_date(text, range));
                    let Some(hit) = doc
                        .sentences(range)
                        .into_iter()
                        .filter(|s| !rejected.iter().any(|r| r.0 <= s.0 && s.1 <= r.1))
                        .find_map(|s| self.first_hit(text, s, date, range))
                    else {
                        continue;
                    };
                    // A one-line item is all text: it has no heading line to leave out.
                    let below = match text[range.0..range.1].find('\n') {
                        Some(i) if self.unless_below_title => (range.0 + i, range.1),
                        _ => range,
                    };
                    if any_match(&self.unless, text, below)
                        || any_match(&self.unless_item, text, range)
                        || !self.with_ok(text, range)
                    {
                        continue;
                    }
                    out.push(make(sentence_of(doc, range, hit), hit, &item.title));
                }
            }
            Scope::Sentence => {
                for item in items.iter().filter(|s| !s.header) {
                    let range = (item.start, item.end);
                    if !self.context.is_empty() && !any_match(&self.context, text, range) {
                        continue;
                    }
                    if any_match(&self.unless_item, text, range) {
                        continue;
                    }
                    let rejected = self.not_adopted(text, range);
                    let date = doc.meeting.or_else(|| decision_date(text, range));
                    let sents = doc.sentences(range);
                    for (i, &s) in sents.iter().enumerate() {
                        if rejected.iter().any(|r| r.0 <= s.0 && s.1 <= r.1) {
                            continue;
                        }
                        let Some(hit) = self.first_hit(text, s, date, range) else {
                            continue;
                        };
                        let reach = sents.get(i + self.with_next).map_or(range.1, |n| n.1);
                        if any_match(&self.unless, text, s) || !self.with_ok(text, (s.0, reach)) {
                            continue;
                        }
                        out.push(make(s, hit, &item.title));
                    }
                }
            }
        }
        out
    }

    /// Whether the unit also holds one of `with` (always, where the rule has none).
    fn with_ok(&self, text: &str, range: (usize, usize)) -> bool {
        self.with.is_empty() || any_match(&self.with, text, range)
    }

    /// The first boundary-checked, code-checked match of any pattern in `text[range]`.
    fn first_hit(
        &self,
        text: &str,
        range: (usize, usize),
        date: Option<chrono::NaiveDate>,
        item: (usize, usize),
    ) -> Option<(usize, usize)> {
        let hay = &text[range.0..range.1];
        let mut best: Option<(usize, usize)> = None;
        for re in self.patterns.iter() {
            for m in find_all(re, hay) {
                if self
                    .check
                    .is_some_and(|c| !c.holds(text, range.0, m, date, item))
                {
                    continue;
                }
                if best.is_none_or(|b| m.0 < b.0) {
                    best = Some(m);
                }
                break;
            }
        }
        best.map(|(s, e)| (range.0 + s, range.0 + e))
    }

    /// The rule's verdict on an example, read as one agenda item on one page.
    fn fires_on(&self, example: &str) -> bool {
        let doc = Doc::new(&[example]);
        let items = [Span {
            start: 0,
            end: doc.text.len(),
            title: None,
            header: false,
        }];
        !self.run(&doc, &items).is_empty()
    }

    fn check_example_kinds(&self) -> Result<(), RuleError> {
        if self.must_match.is_empty() || self.no_match.is_empty() {
            return Err(RuleError::Incomplete {
                id: self.info.id.clone(),
                message: "needs examples that must and must not match".into(),
            });
        }
        Ok(())
    }

    fn check_examples(&self) -> Result<(), RuleError> {
        let id = &self.info.id;
        self.check_example_kinds()?;
        for (examples, expected) in [(&self.must_match, true), (&self.no_match, false)] {
            for ex in examples {
                if self.fires_on(ex) != expected {
                    return Err(RuleError::Example {
                        id: id.clone(),
                        example: ex.clone(),
                        expected_match: expected,
                    });
                }
            }
        }
        Ok(())
    }
}

impl Check {
    /// Whether the match `m` (offsets into `text[base..]`) passes the check; `text` is the
    /// whole document, so the words before a match can be read across sentences.
    fn holds(
        self,
        text: &str,
        base: usize,
        m: (usize, usize),
        date: Option<chrono::NaiveDate>,
        item: (usize, usize),
    ) -> bool {
        let hay = &text[base..];
        match self {
            Check::Voted => {
                let hit = (base + m.0, base + m.1);
                person_names(&text[hit.0..hit.1]).any(|name| voted(text, item, hit, name))
            }
            Check::RiseBeforeMeeting => {
                rises(&hay[m.0..m.1]) && Check::BeforeMeeting.holds(text, base, m, date, item)
            }
            Check::BeforeMeeting => {
                let Some(meeting) = date else {
                    return false;
                };
                let passage = &hay[m.0..m.1];
                let year = passage
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|w| w.len() == 4)
                    .find_map(|w| w.parse::<i32>().ok());
                // "med virkning for hele 2024": a whole year runs from its first day.
                let whole_year = || year.and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1));
                // The match ends at its date; where that has no year, a period's end just
                // after it may hold it ("for perioden 1. august - 31. december 2025").
                let read = match year {
                    Some(_) => passage,
                    None => &hay[m.0..floor_char(hay, (m.1 + 40).min(hay.len()))],
                };
                first_date(read, Some(meeting))
                    .or_else(whole_year)
                    .is_some_and(|d| d < meeting)
            }
            Check::Cpr => {
                let before = &text[floor_char(text, (base + m.0).saturating_sub(24))..base + m.0];
                if document_label().is_match(before) {
                    return false;
                }
                if hay[m.1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                {
                    return false;
                }
                let digits: Vec<u32> = hay[m.0..m.1]
                    .chars()
                    .filter_map(|c| c.to_digit(10))
                    .collect();
                if digits.len() < 10 {
                    return false;
                }
                let d = &digits[digits.len() - 10..];
                let day = d[0] * 10 + d[1];
                let month = d[2] * 10 + d[3];
                let yy = (d[4] * 10 + d[5]) as i32;
                // The century follows from the seventh digit; a date that exists in either
                // of the two candidate centuries is enough here (29 February decides).
                [1900, 2000]
                    .iter()
                    .any(|c| chrono::NaiveDate::from_ymd_opt(c + yy, month, day).is_some())
            }
        }
    }
}

/// Whether the first two amounts in `s` ("58 kr. 64 kr.", "1.250,50 kr. 1.310 kr.") rise.
fn rises(s: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))? ?kr\b").expect("amount regex")
    });
    let amounts: Vec<f64> = re
        .captures_iter(s)
        .take(2)
        .filter_map(|c| {
            let whole = c[1].replace('.', "");
            let cents = c.get(2).map_or("0", |m| m.as_str());
            format!("{whole}.{cents}").parse().ok()
        })
        .collect();
    matches!(amounts[..], [old, new] if new > old)
}

/// Words that call the number after them a journal, case or document number, or the number
/// of a thing (a property, a land register entry, an account, a company): not a person's.
fn document_label() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:j\.?\s?nr|journal\w*|dok\w*|sag\w*|bilag\w*|ref\w*|akt\w*|løbe\w*|kontrakt\w*|faktura\w*|ordre\w*|id|ejendom\w*|ejd|matr\w*|bbr|cvr|konto\w*|police\w*|serie\w*|vare\w*)\.?\s?(?:nr\.?|nummer)?:?\s?\(?\s*$",
        )
        .expect("document label regex")
    })
}

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

/// The days of a month as ordinal words, "første" to "enogtredivte": "med virkning fra den
/// første september".
const ORDINALS: [&str; 31] = [
    "første",
    "anden",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "syvende",
    "ottende",
    "niende",
    "tiende",
    "ellevte",
    "tolvte",
    "trettende",
    "fjortende",
    "femtende",
    "sekstende",
    "syttende",
    "attende",
    "nittende",
    "tyvende",
    "enogtyvende",
    "toogtyvende",
    "treogtyvende",
    "fireogtyvende",
    "femogtyvende",
    "seksogtyvende",
    "syvogtyvende",
    "otteogtyvende",
    "niogtyvende",
    "tredivte",
    "enogtredivte",
];

/// The year of a period's end written right after its first date: " - 31. december 2025",
/// "–31.12.2025", " til 31. december 2025".
fn period_end_year(rest: &str) -> Option<i32> {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)^\s*(?:-|–|til)\s*\d{1,2}\.?\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|[./-]\d{1,2}[./-])\s*(\d{4})")
            .expect("period regex")
    });
    re.captures(rest)?.get(1)?.as_str().parse().ok()
}

/// The first date in `s`: "1. januar 2024", "den første september", "01.01.2024", "1-1-2024", "1/1 2024"; with
/// the meeting's date, also "1. januar": an effective date is often written without its
/// year. It is the meeting's year, unless that puts it more than a quarter before the
/// meeting ("fra 1. januar" in a November budget means next year).
pub(crate) fn first_date(s: &str, meeting: Option<chrono::NaiveDate>) -> Option<chrono::NaiveDate> {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(&format!(r"(?i)(\d{{1,2}}\.?|\b(?:{}))\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?:\s+(\d{{4}}))?|(\d{{1,2}})[./-](\d{{1,2}})[./ -]\s?(\d{{4}})", ORDINALS.join("|")))
            .expect("date regex")
    });
    for c in re.captures_iter(s) {
        let num = |i: usize| {
            c.get(i).and_then(|m| {
                let t = m.as_str().trim_end_matches('.');
                t.parse::<u32>().ok().or_else(|| {
                    ORDINALS
                        .iter()
                        .position(|o| t.eq_ignore_ascii_case(o))
                        .map(|i| i as u32 + 1)
                })
            })
        };
        let date = if let Some(month) = c.get(2) {
            let mo = MONTHS
                .iter()
                .position(|n| month.as_str().eq_ignore_ascii_case(n))
                .map(|i| i as u32 + 1);
            // A period's first date takes its year from the period's end ("1. august -
            // 31. december 2025").
            let year = num(3).map(|y| y as i32).or_else(|| {
                let rest = &s[c.get(0).map_or(s.len(), |m| m.end())..];
                period_end_year(rest)
            });
            match (num(1), mo, year, meeting) {
                (Some(d), Some(m), Some(y), _) => chrono::NaiveDate::from_ymd_opt(y, m, d),
                // Without a year, the meeting's; but a date more than a quarter before the
                // meeting is taken as next year's ("fra 1. januar" in a November budget).
                (Some(d), Some(m), None, Some(meeting)) => {
                    chrono::NaiveDate::from_ymd_opt(meeting.year(), m, d).and_then(|this| {
                        if (meeting - this).num_days() > 91 {
                            chrono::NaiveDate::from_ymd_opt(meeting.year() + 1, m, d)
                        } else {
                            Some(this)
                        }
                    })
                }
                _ => None,
            }
        } else {
            match (num(4), num(5), num(6)) {
                (Some(d), Some(m), Some(y)) => chrono::NaiveDate::from_ymd_opt(y as i32, m, d),
                _ => None,
            }
        };
        if date.is_some() {
            return date;
        }
    }
    None
}

/// The date of the decision in an item ("Byrådets beslutning den 16. januar 2024:",
/// "Beslutning i Byrådet den 26-01-2024"), the stand-in for the meeting date.
fn decision_date(text: &str, range: (usize, usize)) -> Option<chrono::NaiveDate> {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)(?:beslutning\w*|møde\w*)(?:\s+[\wæøå.-]+){0,4}?\s+den\s+[^\n]{0,30}")
            .expect("decision date regex")
    });
    re.find_iter(&text[range.0..range.1])
        .filter_map(|m| first_date(m.as_str(), None))
        .last()
}

/// Spans of `text[range]` that hold a motion the body rejected: from a sentence that puts an
/// amendment or a motion ("Ændringsforslag fra O om, at …", "V stillede forslag om …") to
/// the sentence that says it fell ("Ændringsforslaget faldt", "Forslaget blev forkastet",
/// "forslaget fik ikke flertal", "Forvaltningens oprindelige forslag … indgår ikke"),
/// was withdrawn, or was sent on to a committee ("Forslaget blev oversendt til
/// Sundhedsudvalget"). Also a minority's remark ("Mindretallet (O) ønskede følgende ført til
/// protokols: …", to the end of its line) and, where the body says it did not follow a
/// committee ("Økonomiudvalgets anbefaling … blev ikke fulgt", "idet udvalgets anbefaling
/// udgår"), the committee's recommending sentences. And where the body's own decision (after
/// the item's last decision heading) says it did not follow the recommendation ("Byrådet
/// fulgte ikke indstillingen", "Indstillingen blev ikke godkendt") or put the case off
/// ("Sagen udsættes", "Forslaget sendes i høring i Handicaprådet, og sagen forelægges igen"),
/// all the text before that sentence. What the body did not adopt is not its decision.
fn rejected_motions(text: &str, range: (usize, usize)) -> Vec<(usize, usize)> {
    type Res = (Regex, Regex, Regex, Regex, Regex);
    static RE: std::sync::OnceLock<Res> = std::sync::OnceLock::new();
    let (motion, fell, minority, set_aside, committee_says) = RE.get_or_init(|| {
        (
            Regex::new(r"(?i)ændringsforslag|forslag (?:fra|om)|forslaget fra|stillede (?:\w+ ){0,2}?forslag|foreslog").expect("motion regex"),
            Regex::new(r"(?i)\b(?:faldt|bortfaldt|forkastet|forkastede|nedstemt|blev\s+ikke\s+vedtaget|ikke\s+tiltrådt|ikke\s+godkendt|(?:fik|opnåede|fandt)\s+ikke\s+(?:\w+\s+)?flertal|indgår\s+ikke|trukket\s+tilbage|trak\s+(?:\w+\s+){0,2}?tilbage|(?:blev|bliver)\s+(?:\w+\s+){0,2}?oversendt\s+til|oversendes\s+til)\b").expect("fell regex"),
            Regex::new(r"(?i)^\s*(?:mindretallet|et mindretal|mindretal)\b|ført til protokol").expect("minority regex"),
            Regex::new(r"(?i)\b(?:anbefaling|indstilling|forslag)\w*\s+(?:[\wæøå-]+\s+){0,4}?(?:blev\s+ikke\s+fulgt|følges\s+ikke|blev\s+ikke\s+tiltrådt|tiltrædes\s+ikke|udgår|udgik|bortfalder)").expect("set-aside regex"),
            Regex::new(r"(?im)^\s*(?:[\wæøå-]*udvalg(?:et)?|udvalget)\s+(?:anbefaler|anbefalede|indstiller|indstillede|foreslår|foreslog)\b").expect("committee regex"),
        )
    });
    let sents = sentences(text, range);
    // Where a sentence's words start (sentences keep the line break before them).
    let words_start = |&(a, b): &(usize, usize)| b - text[a..b].trim_start().len();
    let mut out = Vec::new();
    let set_aside_here = sents.iter().any(|s| set_aside.is_match(&text[s.0..s.1]));
    for (i, s) in sents.iter().enumerate() {
        let t = &text[s.0..s.1];
        if minority.is_match(t) {
            // The remark runs to the end of its line.
            let from = words_start(s);
            let end = sents[i..]
                .iter()
                .take(6)
                .take_while(|e| !text[from..words_start(e).max(from)].contains('\n'))
                .last()
                .map_or(s.1, |e| e.1);
            out.push((s.0, end));
        } else if set_aside_here && committee_says.is_match(t) {
            out.push(*s);
        }
    }
    for (i, s) in sents.iter().enumerate() {
        if out.last().is_some_and(|r: &(usize, usize)| s.1 <= r.1)
            || !motion.is_match(&text[s.0..s.1])
        {
            continue;
        }
        if let Some(end) = sents[i..]
            .iter()
            .take(12)
            .find(|e| fell.is_match(&text[e.0..e.1]))
        {
            out.push((s.0, end.1));
        }
    }
    if let Some(end) = not_adopted_until(text, range, &sents) {
        out.push((range.0, end));
    }
    out
}

/// Where the body's decision says it adopted nothing of what stood before it: the end of the
/// first sentence after the item's last decision heading that says the recommendation was
/// not followed or the case was put off ([`rejected_motions`]).
fn not_adopted_until(text: &str, range: (usize, usize), sents: &[(usize, usize)]) -> Option<usize> {
    static RE: std::sync::OnceLock<(Regex, Regex)> = std::sync::OnceLock::new();
    let (heading, nothing) = RE.get_or_init(|| {
        (
            // "Beslutning i Byrådet den …", "Byrådets beslutning", "Afgørelse:" ("Beslutningstema" heads no decision).
            Regex::new(r"(?im)^[ \t]*(?:[\p{L}-]+s[ \t]+)?(?:beslutning|afgørelse)\b[^\n]{0,80}$").expect("decision heading regex"),
            Regex::new(concat!(
                r"(?i)\b(?:fulgte|tiltrådte|godkendte|vedtog) ikke (?:\w+ ){0,2}?indstilling(?:en|erne)\b",
                r"|\bkunne ikke (?:\w+ )?(?:tiltræde|godkende|følge|anbefale) (?:\w+ ){0,2}?indstilling(?:en|erne)\b",
                r"|\bindstilling(?:en|erne) (?:\w+ ){0,3}?(?:blev ikke (?:fulgt|godkendt|tiltrådt|vedtaget)|følges ikke|godkendes ikke|tiltrædes ikke|forkastes|blev forkastet|forkastet|blev nedstemt|nedstemt)\b",
                r"|\bsagen (?:\w+ ){0,2}?(?:udsættes|sendes tilbage|tilbagesendes|hjemvises)\b",
                r"|\bforelægges (?:\w+ ){0,4}?igen\b",
            ))
            .expect("nothing-adopted regex"),
        )
    });
    let hay = &text[range.0..range.1];
    let last = heading.find_iter(hay).last()?;
    let from = range.0 + last.end();
    sents
        .iter()
        .filter(|s| s.1 > from)
        .find(|s| nothing.is_match(&text[s.0.max(from)..s.1]))
        .map(|s| s.1)
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn first_line(text: &str) -> (usize, usize) {
    let start = text.len() - text.trim_start().len();
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    (start, end)
}

/// The sentence of `range` that contains `hit.0`.
fn sentence_of(doc: &Doc, range: (usize, usize), hit: (usize, usize)) -> (usize, usize) {
    doc.sentences(range)
        .into_iter()
        .find(|s| s.0 <= hit.0 && hit.0 < s.1)
        .unwrap_or(hit)
}

fn any_match(res: &[Regex], text: &str, range: (usize, usize)) -> bool {
    let hay = &text[range.0..range.1];
    res.iter().any(|re| find_all(re, hay).next().is_some())
}

/// Matches that start at a word boundary (see `patterns/README.md`).
/// The names of persons in `passage`: runs of two or more capitalised words ("Marianne
/// Madsen", "Anne-Mette Bach Holm").
fn person_names(passage: &str) -> impl Iterator<Item = &str> {
    static NAME: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    NAME.get_or_init(|| {
        Regex::new(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)+")
            .expect("name pattern")
    })
    .find_iter(passage)
    .map(|m| m.as_str())
}

/// Whether `name` stands in a line of `text[item]` outside `hit` after the words of a vote.
fn voted(text: &str, item: (usize, usize), hit: (usize, usize), name: &str) -> bool {
    static VOTE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let vote = VOTE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:^|[^\p{L}])(?:(?:for|imod) stemte|stemte (?:for|imod)|undlod at stemme|hverken for eller imod)(?:$|[^\p{L}])",
        )
        .expect("vote pattern")
    });
    let (start, end) = (item.0.min(text.len()), item.1.min(text.len()));
    let hay = &text[start..end];
    hay.match_indices(name).any(|(at, _)| {
        let at = start + at;
        if hit.0 <= at && at < hit.1 {
            return false;
        }
        let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
        vote.is_match(&text[line..at])
    })
}

fn find_all<'a>(re: &'a Regex, hay: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at <= hay.len() {
            let m = re.find_at(hay, at)?;
            let ok = left_ok(hay, m.start());
            at = if m.end() > m.start() && ok {
                m.end()
            } else {
                next_char(hay, m.start())
            };
            if ok {
                return Some((m.start(), m.end()));
            }
        }
        None
    })
}

fn left_ok(text: &str, start: usize) -> bool {
    let starts_word = text[start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    !starts_word
        || text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(at + 1, |c| at + c.len_utf8())
}

/// The rules of one file; `checked`: its examples passed, so its patterns compile and may
/// wait until they are used.
fn parse_file(name: &str, src: &str, checked: bool) -> Result<Vec<Rule>, RuleError> {
    let spec: FileSpec = toml::from_str(src).map_err(|e| RuleError::File {
        file: name.to_string(),
        message: e.to_string(),
    })?;
    let mut out = Vec::new();
    for r in spec.rule {
        let compile = |list: &[String]| -> Result<LazyRegexes, RuleError> {
            let sources = list
                .iter()
                .map(|p| {
                    expand_vars(p, &spec.vars)
                        .map(|expanded| spaces_to_whitespace(&expanded))
                        .map_err(|var| RuleError::UnknownVar {
                            id: r.id.clone(),
                            var,
                        })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let res = LazyRegexes::new(sources);
            if !checked {
                res.compile_now().map_err(|(i, e)| RuleError::Regex {
                    id: r.id.clone(),
                    pattern: list[i].clone(),
                    message: e.to_string(),
                })?;
            }
            Ok(res)
        };
        let patterns = compile(&r.patterns)?;
        if patterns.is_empty() && r.scope != Scope::Document {
            return Err(RuleError::Incomplete {
                id: r.id,
                message: "only a document rule may have no patterns".into(),
            });
        }
        out.push(Rule {
            with: compile(&r.with)?,
            with_next: r.with_next,
            context: compile(&r.context)?,
            unless: compile(&r.unless)?,
            unless_item: compile(&r.unless_item)?,
            unless_below_title: r.unless_below_title,
            published: r.published,
            patterns,
            scope: r.scope,
            check: r.check,
            info: RuleInfo {
                id: r.id,
                rationale: r.rationale.split_whitespace().collect::<Vec<_>>().join(" "),
                severity: r.severity,
                confidence: r.confidence,
            },
            must_match: r.must_match,
            no_match: r.no_match,
        });
    }
    Ok(out)
}

/// Replaces `{NAME}` (upper-case letters and `_`) by the variable's text; `\p{L}` stays.
fn expand_vars(p: &str, vars: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || *b == b'_')
            .count();
        let class = out.ends_with("\\p") || out.ends_with("\\P");
        if !class && name_len > 0 && after.as_bytes().get(name_len) == Some(&b'}') {
            let name = &after[..name_len];
            out.push_str(vars.get(name).ok_or_else(|| name.to_string())?);
            rest = &after[name_len + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// A plain space becomes `\s+` (or `\s*` before `?`/`*`), outside classes and escapes.
fn spaces_to_whitespace(p: &str) -> String {
    let mut out = String::with_capacity(p.len() * 2);
    let mut chars = p.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']'));
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            ' ' if !in_class => match chars.peek() {
                Some('?') | Some('*') => {
                    chars.next();
                    out.push_str(r"\s*");
                }
                _ => out.push_str(r"\s+"),
            },
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every example of every rule in both packs, failures listed together.
    #[test]
    fn every_example_of_every_pack_holds() {
        for pack in [Pack::SpotCheck, Pack::QualityStandards] {
            let (name, files) = match pack {
                Pack::SpotCheck => ("spot-check", SPOT_CHECK),
                Pack::QualityStandards => ("quality-standards", QUALITY_STANDARDS),
            };
            let mut failures = Vec::new();
            for (file, src) in files {
                for rule in parse_file(file, src, false).unwrap() {
                    for ex in &rule.must_match {
                        if !rule.fires_on(ex) {
                            failures.push(format!("{}: should match {ex:?}", rule.info.id));
                        }
                    }
                    for ex in &rule.no_match {
                        if rule.fires_on(ex) {
                            failures.push(format!("{}: should not match {ex:?}", rule.info.id));
                        }
                    }
                }
            }
            assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
            RulePack::new(pack).unwrap();
        }
    }

    /// Each pack folder's `examples-checked.txt` records exactly its files, whose examples
    /// pass: start-up skips their examples on its word. Rewritten with `TILSYN_BLESS=1`.
    #[test]
    fn the_examples_checked_stamps_are_current() {
        let mut stale = Vec::new();
        for pack in [Pack::SpotCheck, Pack::QualityStandards] {
            let (name, files, _) = pack.files();
            let stamp = match pack {
                Pack::SpotCheck => SPOT_CHECK_STAMP,
                Pack::QualityStandards => QUALITY_STANDARDS_STAMP,
            };
            let fresh = Stamp::render(files);
            if fresh == stamp {
                continue;
            }
            if std::env::var_os("TILSYN_BLESS").is_some() {
                let unchecked = RulePack::load(name, files, Stamp::new(""));
                unchecked.unwrap().check_all_examples().unwrap();
                let path = format!(
                    "{}/../../patterns/{name}/examples-checked.txt",
                    env!("CARGO_MANIFEST_DIR")
                );
                std::fs::write(path, fresh).unwrap();
            } else {
                stale.push(format!("patterns/{name}/examples-checked.txt"));
            }
        }
        assert!(
            stale.is_empty(),
            "{} out of date (a rule file changed), so every run checks those examples at \
             start-up; once the examples pass, record them with `TILSYN_BLESS=1 cargo test -p \
             tilsyn-spotcheck the_examples_checked_stamps`",
            stale.join(", ")
        );
    }

    #[test]
    fn an_edited_pack_file_that_fails_its_examples_is_refused() {
        let (name, files, stamp) = Pack::SpotCheck.files();
        let edited = files[0]
            .1
            .replacen("match = [", "match = [\"qqq xxx\", ", 1);
        let mut changed = files.to_vec();
        changed[0].1 = &edited;
        let err = RulePack::load(name, &changed, stamp).err();
        assert!(matches!(err, Some(RuleError::Example { .. })), "{err:?}");
        let bad = files[0]
            .1
            .replacen("patterns = [", "patterns = [\"(\", ", 1);
        changed[0].1 = &bad;
        let err = RulePack::load(name, &changed, stamp).err();
        assert!(matches!(err, Some(RuleError::Regex { .. })), "{err:?}");
        // As checked, the pack loads and its examples still hold.
        RulePack::load(name, files, stamp)
            .unwrap()
            .check_all_examples()
            .unwrap();
    }

    #[test]
    fn cpr_numbers_must_be_dates() {
        let hay = "010203-1234 320199-1234 290200-1234 290201-12345";
        let c = Check::Cpr;
        assert!(c.holds(hay, 0, (0, 11), None, (0, 0)));
        assert!(!c.holds(hay, 0, (12, 23), None, (0, 0)), "day 32");
        assert!(c.holds(hay, 0, (24, 35), None, (0, 0)), "29 February 2000");
        assert!(!c.holds(hay, 0, (36, 47), None, (0, 0)), "a digit follows");
        let label = "Aftalen er vedlagt (dok.nr. 190224-3439).";
        let at = label.find('1').unwrap();
        assert!(
            !c.holds(label, 0, (at, at + 11), None, (0, 0)),
            "a document number"
        );
        let property = "Ekspropriationen omfatter ejendomsnr. 150323-4471 ved Skovvej.";
        let at = property.find('1').unwrap();
        assert!(
            !c.holds(property, 0, (at, at + 11), None, (0, 0)),
            "a property number"
        );
    }

    #[test]
    fn effective_dates_without_a_year_take_the_meeting_s_or_the_next() {
        let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let feb = Some(d(2024, 2, 21));
        assert_eq!(first_date("fra 1. januar", feb), Some(d(2024, 1, 1)));
        assert_eq!(first_date("fra 1. januar 2025", feb), Some(d(2025, 1, 1)));
        assert_eq!(first_date("pr. 01.01.2024", feb), Some(d(2024, 1, 1)));
        let nov = Some(d(2024, 11, 20));
        assert_eq!(
            first_date("fra 1. januar", nov),
            Some(d(2025, 1, 1)),
            "a budget for next year"
        );
        assert_eq!(first_date("fra 1. januar", None), None);
        assert_eq!(
            first_date("med virkning fra den første september", nov),
            Some(d(2024, 9, 1))
        );
        assert_eq!(
            first_date("fra den enogtyvende marts 2024", None),
            Some(d(2024, 3, 21))
        );
        assert_eq!(
            first_date("for perioden 1. august - 31. december 2025", nov),
            Some(d(2025, 8, 1)),
            "a period's first date takes the year of its end"
        );
    }

    /// A motion sent on to a committee was not adopted (found in the seventh independent
    /// spot corpus: a cap proposed in the meeting and referred was read as the decision).
    #[test]
    fn a_motion_referred_to_a_committee_is_not_the_decision() {
        let t = "Beslutning\nV foreslog, at træning begrænses til højst 10 forløb om året. Forslaget blev\noversendt til Sundhedsudvalget. Indstillingen blev godkendt.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1);
        assert!(t[r[0].0..r[0].1].contains("højst 10 forløb"));
        assert!(!t[r[0].0..r[0].1].contains("godkendt"));
    }

    #[test]
    fn a_minority_remark_and_a_set_aside_recommendation_are_not_the_decision() {
        let t = "Beslutning\nIndstillingen godkendt med 20 stemmer mod 5.\nMindretallet (O og Æ) ønskede følgende ført til protokols: Vi mener, at ledsagelse bør fastsættes til højst 8 timer om måneden. Vi stemmer derfor imod.\nBilag";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(t[r[0].0..r[0].1].trim_start().starts_with("Mindretallet"));
        assert!(
            t[r[0].0..r[0].1].ends_with("derfor imod."),
            "{:?}",
            &t[r[0].0..r[0].1]
        );
        let t = "Beslutning i Økonomiudvalget den 9. februar 2025\nØkonomiudvalget anbefalede, at udvalget bemyndiges til at godkende årsregnskabet.\nBeslutning\nByrådet godkendte selv årsregnskabet. Økonomiudvalgets anbefaling om bemyndigelse blev ikke fulgt.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(t[r[0].0..r[0].1].contains("Økonomiudvalget anbefalede"));
    }

    /// Motions that got no majority, and a proposal the decision leaves out, were not
    /// adopted (found in the spot corpora 17 and 18).
    #[test]
    fn a_motion_without_a_majority_and_a_proposal_left_out_are_not_the_decision() {
        let t = "Beslutning\nGodkendt. Rasmus Østergaard (I) foreslog at nedsætte tilskuddet med 10 procent med virkning fra 1. maj 2026; forslaget fik ikke flertal.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(t[r[0].0..r[0].1].contains("1. maj 2026"));
        let t = "Sagsfremstilling\nForvaltningen foreslog oprindeligt, at der som hovedregel gives afslag på befordring. Social- og Sundhedsudvalget anbefaler i stedet en konkret vurdering.\nBeslutning\nUdvalgets anbefaling godkendt. Forvaltningens oprindelige forslag om afslag som hovedregel indgår ikke.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(t[r[0].0..r[0].1].contains("som hovedregel gives afslag"));
    }

    /// A recommendation the body did not follow, and a case it put off, were not adopted:
    /// the text before the decision's sentence that says so is not the decision; what it
    /// decided instead is (found in the spot corpus 19). A committee's quoted decision that
    /// did not follow the recommendation is not the body's.
    #[test]
    fn a_recommendation_not_followed_and_a_case_put_off_are_not_the_decision() {
        let t = "Merforbrug\nIndstilling\nat der indføres bevillingsstop, så der gives ikke nye bevillinger af aflastning efter servicelovens § 84\nBeslutning i Byrådet den 17-12-2026\nByrådet fulgte ikke indstillingen. Byrådet besluttede, at stoppet kun gælder kurser og inventar.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(t[r[0].0..r[0].1].contains("bevillingsstop"));
        assert!(!t[r[0].0..r[0].1].contains("kun gælder kurser"));
        let t = "Kørsel\nSagsfremstilling\nKørsel til aktivitetstilbud efter servicelovens § 104 begrænses til tre dage om ugen.\nIndstilling\n• at forslaget sendes i høring i Handicaprådet\nBeslutning\nForslaget sendes i høring i Handicaprådet, og sagen forelægges igen, når høringssvaret foreligger.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(t[r[0].0..r[0].1].contains("tre dage om ugen"));
        let t = "Kørsel\nSagsfremstilling\nKørsel begrænses til tre dage om ugen.\nBeslutning i Social- og Sundhedsudvalget den 3. november 2026\nUdvalget kunne ikke anbefale indstillingen.\nBeslutning i Byrådet den 24. november 2026\nIndstillingen godkendt.";
        assert!(rejected_motions(t, (0, t.len())).is_empty());
        let t = "Kørsel\nSagsfremstilling\nSagen blev udsat på mødet den 3. marts. Kørsel begrænses til tre dage om ugen.\nBeslutning\nGodkendt.";
        assert!(rejected_motions(t, (0, t.len())).is_empty());
    }

    /// A motion put by "Forslaget fra et mindretal" and left out of the agreement in the same
    /// sentence fell (found in the spot corpus 19).
    #[test]
    fn a_minority_proposal_left_out_is_not_the_decision() {
        let t = "Bilag 1 - Aftaleudkast (resumé): Østkyst Shipping A/S betaler pladsleje efter havnens takstblad. Forslaget fra et mindretal om vederlagsfri brug indgår ikke i aftalen.\nBeslutning\nGodkendt.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(t[r[0].0..r[0].1].contains("vederlagsfri"));
        assert!(!t[r[0].0..r[0].1].contains("pladsleje"));
    }

    #[test]
    fn a_motion_that_fell_is_not_the_decision() {
        let t = "Ændringsforslag fra O om, at der højst bevilges 8 timer om måneden.\n\nFor stemte: O (3).\n\nImod stemte: A, C, F, V og Ø (25).\n\nÆndringsforslaget faldt.\n\nIndstillingen blev herefter godkendt.";
        let r = rejected_motions(t, (0, t.len()));
        assert_eq!(r.len(), 1);
        assert!(t[r[0].0..r[0].1].ends_with("faldt."));
        assert!(!t[r[0].0..r[0].1].contains("herefter"));
    }

    #[test]
    fn ordinary_minutes_raise_no_flag() {
        let pack = RulePack::new(Pack::SpotCheck).unwrap();
        let page = "Byrådet\nMødedato: 12. marts 2024\n\n4. Budgetopfølgning\nSagsfremstilling\nBudgettet blev vedtaget.\nBeslutning\nGodkendt.\n\n5. Lokalplan 112 for et boligområde ved Engvej\nIndstilling\n- at lokalplanen vedtages endeligt.\nBeslutning\nGodkendt.\n\n6. Salg af byggegrund\nGrunden er solgt efter offentligt udbud til højestbydende.\nBeslutning\nGodkendt.";
        let flags = pack.check(&[page], &[]);
        assert!(flags.is_empty(), "{flags:#?}");
    }
}
