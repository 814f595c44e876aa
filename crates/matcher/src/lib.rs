//! Reads the normalised pages of one set of Danish council minutes and says what a careful
//! reader at Ankestyrelsen would say about them: which body met and when, what the agenda
//! items are, which items treat the danmarkskort (the ministry's map of reversal rates on the
//! social area, retssikkerhedsloven § 79 b), which year's map, and what the body decided about
//! an action plan (handlingsplan).
//!
//! The Danish rules are data: `patterns/*.toml`, embedded at compile time, each rule with an
//! id, a rationale and examples that must and must not match (see `patterns/README.md`).
//! [`Matcher::new`] loads them (each rule compiled on first use; the examples are checked by the test suite, see [`rulefiles`]); a [`Matcher`] is `Send + Sync`
//! and meant to be shared across threads. [`Matcher::analyse`] returns an [`Analysis`]; every
//! finding carries [`Evidence`]: the rule, the page and the passage, with byte spans, so an
//! analyst can check it in seconds.
//!
//! The pipeline inside `analyse`:
//!
//! 1. pages are joined into one text (`doc`), so sentences run over page breaks;
//! 2. the text is split into agenda items (`items`), skipping a table of contents;
//! 3. the header before the first item gives the body, the date and the municipality
//!    (`header`);
//! 4. a literal prefilter (aho-corasick) finds the items that can be about the map at all;
//!    only those are read closely: subject, map year and the stance (`stance`, where the
//!    order in which decisions, recommendations, votes and postponements are weighed is
//!    explained).
//!
//! # Known limits
//!
//! - An amendment that drops a bullet ("Godkendt, idet 2. at-punkt udgår") is read as a plain
//!   approval of the whole recommendation.
//! - A rejected recommendation ("Indstillingen blev ikke godkendt") with no other words on
//!   the plan is `not_addressed`: rejecting "no plan" is not taken as deciding for one.
//! - A decision that only says the map gives no cause for action ("giver ikke anledning til
//!   yderligere") without naming a plan is `not_addressed`: Ankestyrelsen asks for a position
//!   on the plan itself.
//! - Mixed case inside a word ("DanmarksKort") escapes the literal prefilter.
//! - Item numbers above 999 are not item headings.
//!
//! # Example
//!
//! ```
//! use tilsyn_matcher::{Body, Matcher, Stance};
//!
//! let matcher = Matcher::new().unwrap();
//! let page = "\
//! Aarhus Kommune
//! Byrådet
//! Mødedato: 14.12.2022
//!
//! 7. Danmarkskort over omgørelsesprocenter 2022
//! Sagsnr.: 22/1234
//! Sagsfremstilling
//! Ankestyrelsens danmarkskort viser kommunens omgørelsesprocenter på socialområdet.
//! Indstilling
//! Borgmesterens Afdeling indstiller, at
//! - danmarkskortet tages til efterretning
//! - der ikke udarbejdes en handlingsplan, idet det igangværende arbejde fortsætter.
//! Beslutning i Byrådet den 14. december 2022
//! Indstillingen godkendt.
//! ";
//! let a = matcher.analyse(&[page]);
//! assert_eq!(a.meeting.body, Body::Council);
//! assert_eq!(a.meeting.municipality_code.as_deref(), Some("751"));
//! assert_eq!(a.items.len(), 1);
//! let dk = &a.danmarkskort[0];
//! assert_eq!(dk.map_year, Some(2022));
//! assert_eq!(dk.action_plan, Stance::NoNeed);
//! assert!(dk.evidence.iter().any(|e| e.rule == "action_plan.no_need"));
//! ```
#![deny(missing_docs)]

mod doc;
mod header;
mod items;
pub mod rulefiles;
mod rules;
mod stance;

use serde::Serialize;
use std::collections::HashMap;

use crate::doc::{Doc, WordStarts};
use crate::header::HeaderRules;
use crate::items::ItemRules;
use crate::rules::{Rule, RuleSet};
use crate::stance::{Ctx, MapRules, StanceRules};

/// The compiled rules. Built once, shared across threads.
pub struct Matcher {
    header: HeaderRules,
    map: MapRules,
    stance: StanceRules,
    item_labelled: Rule,
    item_bare: Rule,
    item_section: Rule,
    item_owner: Rule,
}

/// Everything the matcher says about one document.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// The meeting, from the header.
    pub meeting: Meeting,
    /// The agenda items, in order.
    pub items: Vec<AgendaItem>,
    /// The items whose subject is the danmarkskort.
    pub danmarkskort: Vec<DanmarkskortItem>,
}

/// The meeting, as its header gives it.
#[derive(Debug, Clone, Serialize)]
pub struct Meeting {
    /// The kind of body that met, from the header (not the first mention).
    pub body: Body,
    /// The body's name as written: "Byrådet", "Økonomiudvalget", "Borgerrepræsentationen".
    pub body_name: Option<String>,
    /// The meeting date from the header.
    pub date: Option<chrono::NaiveDate>,
    /// The municipality's three-digit code, from the text ("Aarhus Kommune").
    pub municipality_code: Option<String>,
    /// The header says the meeting was cancelled ("Mødet er aflyst"): what its agenda
    /// lists was not treated, so it has no danmarkskort items.
    pub cancelled: bool,
    /// The document names itself as something other than minutes ("Pressemeddelelse: Byrådet
    /// vil styrke retssikkerheden …"): it reports on meetings; no meeting took place in it, so
    /// it has no meeting date and treats nothing, whatever it tells of a decision.
    pub not_minutes: bool,
    /// Where the body, the date and the municipality were read.
    pub evidence: Vec<Evidence>,
    /// What a person should check about the body or the date, as `"key: sentence"`: the
    /// signals disagreed, or only a weak one was found. Empty when the reading is certain.
    pub doubts: Vec<String>,
}

/// The kind of body that met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// The full council (kommunalbestyrelsen, Byrådet, Borgerrepræsentationen).
    Council,
    /// A committee (Økonomiudvalget, Social- og Sundhedsudvalget, …).
    Committee,
    /// Neither could be told (or a regional council, to which § 79 b does not apply).
    Unknown,
}

/// One agenda item.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaItem {
    /// The item number as printed ("12").
    pub number: Option<String>,
    /// The title, whitespace collapsed.
    pub title: String,
    /// Page of the heading (1-based).
    pub first_page: u32,
    /// Last page the item runs onto.
    pub last_page: u32,
    /// Byte offset of the heading line in the pages joined by `\n` (the text the matcher
    /// read), so a later pass over the same pages finds the item where the matcher did and not
    /// at its title's entry in a table of contents. `None` where the item was not read from text.
    #[serde(skip)]
    pub start: Option<usize>,
}

/// An agenda item whose subject is the danmarkskort.
#[derive(Debug, Clone, Serialize)]
pub struct DanmarkskortItem {
    /// The item number as printed.
    pub number: Option<String>,
    /// The item title.
    pub title: String,
    /// Publication year of the map, as CONTRACT.md defines it.
    pub map_year: Option<i32>,
    /// The stance on an action plan of the body that met.
    pub action_plan: Stance,
    /// Page where the item starts.
    pub page: u32,
    /// Why it is a danmarkskort item, its year, and the stance.
    pub evidence: Vec<Evidence>,
    /// Ankestyrelsen's attention points for the treatment (from the 2023 map on): where the
    /// item shows each of the map's three parts and the comparison with other
    /// municipalities. They inform the letter and never change an outcome.
    pub attention: Attention,
    /// How the reading could be wrong, as `"key: sentence"` for a person to check: the
    /// stance rests on a fallback (no decision of the body was found), an approval that could
    /// refer to two different recommendations, a map year inferred from the meeting date.
    /// Empty when every step was read from the text directly.
    pub doubts: Vec<String>,
}

/// Where an item shows the attention points of Ankestyrelsen's guidance: the first passage
/// for each, `None` where the item does not show it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Attention {
    /// The whole social area.
    pub whole_area: Option<Evidence>,
    /// The children's disability area (børnehandicapområdet).
    pub children: Option<Evidence>,
    /// The adults' disability area (voksenhandicapområdet).
    pub adults: Option<Evidence>,
    /// The comparison with other municipalities.
    pub comparison: Option<Evidence>,
}

/// The position on an action plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// An action plan is to be made (or was approved).
    Prepare,
    /// No action plan is needed (including: continue the existing effort instead).
    NoNeed,
    /// The map was treated without a position on an action plan.
    NotAddressed,
    /// The item was postponed or withdrawn.
    Deferred,
}

/// Why a finding was made: the rule and the passage.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// Page of the passage (1-based).
    pub page: u32,
    /// The rule that fired, e.g. "action_plan.no_need".
    pub rule: String,
    /// The passage as in the page text, at most ~400 bytes.
    pub text: String,
    /// Byte span of `text` in that page's text; start <= end.
    pub span: (usize, usize),
    /// Byte span, relative to `text`, of the words that fired.
    pub highlight: (usize, usize),
}

/// A rule file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    /// The TOML does not parse or has unknown fields.
    #[error("pattern file {file}: {message}")]
    File {
        /// The file name under `patterns/`.
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
    /// A rule the matcher needs is missing.
    #[error("rule {0} is missing from patterns/")]
    Missing(String),
    /// Two rules share an id.
    #[error("rule {0} is defined twice")]
    Duplicate(String),
    /// Rules defined in patterns/ that the matcher does not use.
    #[error("rules defined but not used: {0:?}")]
    Unused(Vec<String>),
}

impl Matcher {
    /// Loads the rules from `patterns/*.toml`. Their regexes are compiled as they are first
    /// used; a rule file edited since its examples were last checked is compiled at once
    /// and its examples run ([`rulefiles`]).
    pub fn new() -> Result<Matcher, RuleError> {
        let mut set = RuleSet::load()?;
        let mut take = |id: &str| set.take(id);
        let literal_rule = take("danmarkskort.literal")?;
        let m = Matcher {
            header: HeaderRules {
                council: take("header.council")?,
                region: take("header.region")?,
                committee: take("header.committee")?,
                committee_area: take("header.committee_area")?,
                not_deciding: take("header.not_deciding")?,
                not_minutes: take("header.not_minutes")?,
                date: take("header.date")?,
                date_label: take("header.date_label")?,
                date_noise: take("header.date_noise")?,
                municipality: take("header.municipality")?,
                cancelled: take("header.cancelled")?,
            },
            map: MapRules {
                literal: stance::literal_prefilter(&literal_rule),
                literal_words: literal_rule.raw.clone(),
                subject: take("danmarkskort.subject")?,
                noise: take("danmarkskort.noise")?,
                context: take("danmarkskort.context")?,
                not_treatment_title: take("danmarkskort.not_treatment_title")?,
                other_area: take("danmarkskort.other_area")?,
                map_year: take("danmarkskort.map_year")?,
                figures_year: take("danmarkskort.figures_year")?,
                previous_map: take("danmarkskort.previous_map")?,
                published: take("danmarkskort.published")?,
                plan_question: take("danmarkskort.plan_question")?,
                part_whole: take("danmarkskort.part_whole")?,
                part_children: take("danmarkskort.part_children")?,
                part_adults: take("danmarkskort.part_adults")?,
                comparison: take("danmarkskort.comparison")?,
            },
            stance: StanceRules {
                prepare: take("action_plan.prepare")?,
                no_need: take("action_plan.no_need")?,
                neutral: take("action_plan.neutral")?,
                duty: take("action_plan.duty")?,
                options: take("action_plan.options")?,
                approve: take("decision.approve")?,
                approves_administration: take("decision.approves_administration")?,
                not_approved: take("decision.not_approved")?,
                carried: take("decision.carried")?,
                deferred: take("decision.deferred")?,
                noted: take("decision.noted")?,
                minority: take("decision.minority")?,
                majority: take("decision.majority")?,
                proposal: take("decision.proposal")?,
                party_wish: take("decision.party_wish")?,
                special_recommendation: take("decision.special_recommendation")?,
                votes_for: take("decision.votes_for")?,
                votes_against: take("decision.votes_against")?,
                recommendation_sentence: take("item.recommendation_sentence")?,
                refers_assessment: take("item.refers_assessment")?,
            },
            item_labelled: take("item.heading_labelled")?,
            item_bare: take("item.heading_bare")?,
            item_section: take("item.section")?,
            item_owner: take("item.section_owner")?,
        };
        let leftover = set.leftover();
        if !leftover.is_empty() {
            return Err(RuleError::Unused(leftover));
        }
        Ok(m)
    }

    /// Compiles every rule now, instead of on its first use. For a caller that knows it will
    /// read many documents and has a core to spare while its first files are read: `scan`
    /// runs this on a thread of its own at start, so that no reader waits while a matching
    /// thread compiles the rules of the first danmarkskort item it meets.
    pub fn compile_all(&self) {
        let h = &self.header;
        let m = &self.map;
        let s = &self.stance;
        let rules = [
            &h.council,
            &h.region,
            &h.committee,
            &h.committee_area,
            &h.date,
            &h.date_label,
            &h.date_noise,
            &h.municipality,
            &h.not_deciding,
            &h.not_minutes,
            &self.item_labelled,
            &self.item_bare,
            &self.item_section,
            &self.item_owner,
            &m.subject,
            &m.noise,
            &m.context,
            &m.not_treatment_title,
            &m.other_area,
            &m.map_year,
            &m.figures_year,
            &m.previous_map,
            &m.published,
            &m.plan_question,
            &m.part_whole,
            &m.part_children,
            &m.part_adults,
            &m.comparison,
            &s.prepare,
            &s.no_need,
            &s.neutral,
            &s.duty,
            &s.options,
            &s.approve,
            &s.approves_administration,
            &s.not_approved,
            &s.carried,
            &s.deferred,
            &s.minority,
            &s.majority,
            &s.proposal,
            &s.party_wish,
            &s.special_recommendation,
            &s.votes_for,
            &s.votes_against,
            &s.recommendation_sentence,
            &s.refers_assessment,
        ];
        for rule in rules {
            rule.compile();
        }
    }

    /// Whether `text` contains any of the literal words without which no item can be about
    /// the danmarkskort (`danmarkskort.literal`). Cheap: one aho-corasick pass.
    pub fn may_contain_danmarkskort(&self, text: &str) -> bool {
        self.map.literal.is_match(text)
    }

    /// The literal words of the prefilter, as written in `patterns/danmarkskort.toml`
    /// (lower case; matched case-insensitively).
    pub fn prefilter_literals(&self) -> &[String] {
        &self.map.literal_words
    }

    /// How many of those literal words `text` contains (a full pass; for benchmarks and
    /// diagnostics).
    pub fn count_danmarkskort_literals(&self, text: &str) -> usize {
        self.map.literal.find_iter(text).count()
    }

    /// Analyses one document. `pages[i]` is the normalised text of page `i + 1`.
    pub fn analyse(&self, pages: &[&str]) -> Analysis {
        self.analyse_with(pages, &Hints::default())
    }

    /// Analyses one document with what is known about it besides its text (its path), so
    /// the body is weighed on every signal there is.
    pub fn analyse_with(&self, pages: &[&str], hints: &Hints) -> Analysis {
        let doc = Doc::with_roles(pages, hints.roles);
        let item_rules = ItemRules {
            labelled: &self.item_labelled,
            bare: &self.item_bare,
            section: &self.item_section,
            owner: &self.item_owner,
        };
        let mut found = items::split(&doc, &item_rules);
        let header_end = found.first().map_or(doc.text.len(), |i| i.start);
        let agenda_entry = |l: &str| self.item_labelled.is_match(l) || self.item_bare.is_match(l);
        let mut meeting = header::meeting(&doc, header_end, &self.header, &agenda_entry);
        let not_minutes = meeting.not_minutes;
        let headings = self.decision_headings(&doc, &item_rules, header_end);
        if meeting.date.is_none() && !not_minutes {
            date_from_decisions(&doc, &headings, &mut meeting);
        }
        if meeting.date.is_none() && !not_minutes {
            if let Some(date) = hints.path.and_then(header::date_from_path) {
                meeting.date = Some(date);
                meeting.doubts.push(format!(
                    "date_from_file_name: the minutes give no meeting date; the file name \
                     says {date}"
                ));
            }
        }
        self.weigh_body(&doc, &headings, hints, &mut meeting);
        let agenda: Vec<AgendaItem> = found
            .iter()
            .map(|i| AgendaItem {
                number: i.number.clone(),
                title: i.title.clone(),
                first_page: doc.page_no(i.start),
                last_page: doc.page_no(i.end.saturating_sub(1).max(i.start)),
                start: Some(i.start),
            })
            .collect();

        // Reports on a meeting are no treatment ([`Meeting::not_minutes`]).
        let hits: Vec<usize> = if not_minutes {
            Vec::new()
        } else {
            self.map
                .literal
                .find_iter(&doc.text)
                .map(|m| m.start())
                .collect()
        };
        let mut danmarkskort = Vec::new();
        if !hits.is_empty() && meeting.cancelled {
            let said = meeting
                .evidence
                .iter()
                .find(|e| e.rule == self.header.cancelled.id)
                .map_or("", |e| e.text.trim());
            meeting.doubts.push(format!(
                "meeting_cancelled: the minutes say the meeting did not take place (\"{said}\") \
                 and its agenda names the danmarkskort; check when the council treated it"
            ));
        } else if !hits.is_empty() {
            // No numbered items (a single-item HTML page, say): the whole text is one item;
            // but a page that names the map only in its list of items (the meeting page of
            // a system that publishes one file per item) treats nothing.
            let listed_only = || {
                hits.iter().all(|&h| {
                    let line = doc.text[..h].rfind('\n').map_or(0, |i| i + 1);
                    doc.role(line) == Role::ListItem
                })
            };
            if found.is_empty() && !listed_only() {
                found.push(items::whole(&doc.text, hits.first().copied()));
            }
            let ctx = Ctx {
                doc: &doc,
                map: &self.map,
                st: &self.stance,
                hdr: &self.header,
                items: &item_rules,
                meeting: &meeting,
            };
            for item in &found {
                let first = hits.partition_point(|&h| h < item.start);
                if hits.get(first).is_some_and(|&h| h < item.end) {
                    if let Some(dk) = ctx.item(item) {
                        danmarkskort.push(dk);
                    }
                }
            }
        }
        Analysis {
            meeting,
            items: agenda,
            danmarkskort,
        }
    }
}

/// What is known about a document besides its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The file's path relative to the input folder, with `/` ("viborg/Byrådet_2022-08-24.pdf").
    pub path: Option<&'a str>,
    /// What the source says each line is: `roles[p][i]` for line `i` (split on `'\n'`) of
    /// page `p`. A page whose list is empty, or shorter than its lines, is read by its
    /// text alone for the lines not covered.
    pub roles: Option<&'a [Vec<Role>]>,
}

/// What the source says a line is: the structure the reader found (HTML tags, a PDF's
/// fonts and geometry) or plainly shown by the text. The matcher reads this first and the
/// text's patterns second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// Running text, or nothing known.
    #[default]
    Body,
    /// A heading; 1 is the most prominent.
    Heading(u8),
    /// A label–value pair ("Udvalg: Byrådet", a two-column table row); the value starts
    /// at this byte offset in the line (the line's length when the value follows on the
    /// next lines).
    Label(usize),
    /// A list item.
    ListItem,
    /// The first line of a table row's cell after its first (column 1 for the second), as
    /// the source draws the row; the column's heading row, if any, says what the cell is.
    Cell(u8),
    /// Page furniture (print stamps, breadcrumbs, "Side 3 af 14", "Gå til indhold"):
    /// never read as content.
    Furniture,
}

impl Matcher {
    /// The body that met, weighed on every signal: the header's body name, the decision
    /// headings dated the meeting day ("Beslutning i Byrådet den 24. august 2022": what the
    /// body wrote of itself, the strongest signal after a clear header), and the file's
    /// name. Where they disagree the meeting carries a doubt naming them.
    fn weigh_body(
        &self,
        doc: &Doc,
        headings: &[DecisionHeading],
        hints: &Hints,
        meeting: &mut Meeting,
    ) {
        let header_body = meeting.body;
        let dated = meeting
            .date
            .and_then(|date| self.dated_decision_body(doc, headings, date));
        let from_path = hints.path.and_then(header::body_from_path);
        match dated {
            Some((body, name, ev)) if body != header_body => {
                if header_body != Body::Unknown {
                    meeting.doubts.push(format!(
                        "body_conflict: the header names {} ({}), but the decisions dated the \
                         meeting day are headed {} ({}); read as {}",
                        meeting.body_name.as_deref().unwrap_or("?"),
                        body_word(header_body),
                        name,
                        body_word(body),
                        body_word(body)
                    ));
                }
                meeting.body = body;
                meeting.body_name = Some(name);
                meeting.evidence.push(ev);
            }
            Some(_) => {}
            None => {
                // A body the header names that is neither council nor committee (a region, a
                // dialogue meeting) is not overruled by the running header or the file name.
                let named = meeting.body_name.is_some();
                let running = (header_body == Body::Unknown && !named)
                    .then(|| {
                        header::body_from_furniture(doc, &self.header).or_else(|| {
                            header::body_from_closing_line(doc, &self.header, meeting.date)
                        })
                    })
                    .flatten();
                match (header_body, running, from_path) {
                    (Body::Unknown, Some((body, name)), _) => {
                        meeting.doubts.push(format!(
                            "body_from_running_header: the header names no body; the running \
                             header or footer names {name}"
                        ));
                        meeting.body = body;
                        meeting.body_name = Some(name);
                    }
                    (Body::Unknown, None, Some(body)) if !named => {
                        meeting.body = body;
                        meeting.doubts.push(format!(
                            "body_from_file_name: the minutes name no body; the file name \
                             suggests the {}",
                            body_word(body)
                        ));
                    }
                    (h, _, Some(p)) if h != p => meeting.doubts.push(format!(
                        "body_conflict: the header names {} ({}), but the file name suggests \
                         the {}",
                        meeting.body_name.as_deref().unwrap_or("?"),
                        body_word(h),
                        body_word(p)
                    )),
                    _ => {}
                }
            }
        }
    }

    /// The decision headings after the header, each with its owner and dates, found in one
    /// pass over the lines: "Beslutning i Byrådet den 24. august 2022", "Byrådets
    /// beslutning den …", "Økonomiudvalget, 7. december 2022, pkt. 208:".
    fn decision_headings(&self, doc: &Doc, rules: &ItemRules, from: usize) -> Vec<DecisionHeading> {
        let text = &doc.text;
        let from = from.min(text.len());
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // The lines that can head a decision hold a decision word or a colon: found by two
        // searches over the whole text (a colon by memchr; the words, whose ASCII letters
        // may be in any case, by SIMD search of an ASCII-lower-cased copy, where every
        // offset is that of the text), and each line read once however many it holds.
        let hay = &bytes[from..];
        let mut at: Vec<usize> = memchr::memchr_iter(b':', hay).collect();
        let colons = at.len();
        at.extend(decision_words(&doc.ascii_lower()[from..]));
        if colons > 0 && colons < at.len() {
            at.sort_unstable();
        }
        // A heading's reading depends on its line alone, and minutes repeat their heading
        // lines: every item of a meeting has "Beslutning i Byrådet den <the date>", and the
        // committees' lines recur too. Each distinct line is read once.
        let mut read: HashMap<&str, Option<HeadingReading>> = HashMap::new();
        for (s, e) in doc::lines_holding(text, from, at.into_iter().map(|a| from + a)) {
            let l = &text[s..e];
            if l.len() > 200 || !l.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let heading = read
                .entry(l)
                .or_insert_with(|| self.read_decision_heading(l, rules));
            if let Some((owner, dates)) = heading {
                out.push(DecisionHeading {
                    line: (s, e),
                    owner: owner.clone(),
                    dates: dates.clone(),
                });
            }
        }
        out
    }

    /// The owner and dates of the decision heading `line` is, if it is one.
    fn read_decision_heading(&self, line: &str, rules: &ItemRules) -> Option<HeadingReading> {
        let caps = rules.section.first_captures(line)?;
        if !items::heads_decision(&caps) {
            return None;
        }
        let owner = items::heading_owner(&caps, rules);
        let dates = self
            .header
            .date
            .captures(line)
            .iter()
            .filter_map(header::parse_date)
            .collect();
        Some((owner, dates))
    }

    /// The body named most often by decision headings that carry the meeting date, with its
    /// name as written and the first such heading as evidence.
    fn dated_decision_body(
        &self,
        doc: &Doc,
        headings: &[DecisionHeading],
        date: chrono::NaiveDate,
    ) -> Option<(Body, String, Evidence)> {
        let votes: Vec<(Body, String, (usize, usize))> = headings
            .iter()
            .filter(|h| h.dates.contains(&date))
            // "Beslutning i Dialogmøde mellem Byrådet og Udsatterådet den 21. november 2024":
            // the council met another body, as the header says; not the council's decision.
            .filter(|h| {
                !self
                    .header
                    .not_deciding
                    .is_match(&doc.text[h.line.0..h.line.1])
            })
            .filter_map(|h| {
                let owner = h.owner.as_deref()?;
                let body = header::classify(&self.header, owner);
                (body != Body::Unknown).then(|| (body, owner.trim().to_string(), h.line))
            })
            .collect();
        let council = votes.iter().filter(|v| v.0 == Body::Council).count();
        let committee = votes.len() - council;
        let body = match council.cmp(&committee) {
            std::cmp::Ordering::Greater => Body::Council,
            std::cmp::Ordering::Less => Body::Committee,
            std::cmp::Ordering::Equal => return None,
        };
        let (_, name, line) = votes.into_iter().find(|v| v.0 == body)?;
        let ev = doc.line_evidence("header.body_from_decisions", line);
        Some((body, name, ev))
    }
}

/// A decision heading's owner and dates, as its line alone gives them.
type HeadingReading = (Option<String>, Vec<chrono::NaiveDate>);

/// A decision heading: its line, the body it names, the dates it carries.
struct DecisionHeading {
    line: (usize, usize),
    owner: Option<String>,
    dates: Vec<chrono::NaiveDate>,
}

/// Where the header gives no date (its running header or footer held it, and was removed
/// as furniture), the date that most decision headings carry ("Beslutning i
/// Kommunalbestyrelsen den 10.10.2024" on every item), if at least two agree and no other
/// date is as common. A doubt says so: a person should see where the date came from.
fn date_from_decisions(doc: &Doc, headings: &[DecisionHeading], meeting: &mut Meeting) {
    let mut counts: Vec<(chrono::NaiveDate, usize, (usize, usize))> = Vec::new();
    for h in headings {
        for d in &h.dates {
            match counts.iter_mut().find(|c| c.0 == *d) {
                Some(c) => c.1 += 1,
                None => counts.push((*d, 1, h.line)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let Some(&(date, n, line)) = counts.first() else {
        return;
    };
    if n < 2 || counts.get(1).is_some_and(|c| c.1 == n) {
        return;
    }
    meeting.date = Some(date);
    meeting
        .evidence
        .push(doc.line_evidence("header.date_from_decisions", line));
    meeting.doubts.push(format!(
        "date_from_decisions: the header gives no meeting date; {n} decision headings are \
         dated {date}"
    ));
}

/// Where "eslutning" or "fgørelse" start in ASCII-lower-cased text (the words of a
/// decision heading, their ASCII letters in any case): a line without them or a colon (the
/// dated heading "Byrådet, 14. december 2022, pkt. 112:") heads no decision.
///
/// aho-corasick's packed (Teddy, SIMD) searcher where the CPU has it: its automaton's
/// prefilter picks one "rare" byte that is common in Danish, and was the largest cost of
/// `analyse` run line by line.
fn decision_words(lower: &[u8]) -> Vec<usize> {
    static WORDS: std::sync::OnceLock<WordStarts> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| WordStarts::new(&["eslutning", "fgørelse"]))
        .find(lower)
}

fn body_word(b: Body) -> &'static str {
    match b {
        Body::Council => "council",
        Body::Committee => "committee",
        Body::Unknown => "unknown body",
    }
}

#[cfg(test)]
mod tests;
