//! Danmarkskort items: is an item about the map, which year's map, and what did the body
//! that met decide about an action plan?
//!
//! # How the stance is decided
//!
//! 1. The body's *own* decision is found among the item's decision sections: a plain
//!    "Beslutning"/"Afgørelse", or one naming the body that met ("Beslutning i Byrådet den …"
//!    in council minutes). Decisions naming another body ("Beslutning i Økonomiudvalget den
//!    …") are *quoted* decisions: part of what was recommended, never the body's own.
//! 2. The own decision is read sentence by sentence: a postponement ("Udsat.", "Punktet blev
//!    trukket af dagsordenen") makes the item `deferred`, whatever else was said; a sentence
//!    of a minority ("Et mindretal (Ø) ønskede …") is skipped; a proposal counts only if it
//!    was carried (by words or by the vote count), and a rejected proposal for a plan means
//!    the majority chose no plan; any other sentence with a stance phrase is the body's
//!    stance (a plan for part of the area is still a plan: `prepare` beats `no_need`).
//! 3. A decision that only approves ("Godkendt.", "Anbefales.", "Økonomiudvalgets indstilling
//!    tiltrådt.") takes the stance of what was recommended: the latest quoted committee
//!    decision with a stance of its own (unless the approval names the administration's
//!    recommendation: "Direktørens indstilling godkendt"), else the "Indstilling" (its "at …"
//!    bullets), else —
//!    where the recommendation only approves the administration's assessment — that
//!    assessment in the case description.
//! 4. A recommendation that only names the question ("at Byrådet tager stilling til, om der
//!    er behov for …") or lays out options has no stance; nor does legal background restating
//!    the duty. Then the body's stance is `not_addressed` unless its decision says more.
//!
//! Within a sentence, negated or "instead of" phrases (`action_plan.no_need`) win over the
//! plain phrase they contain (`action_plan.prepare`), and phrases that only name the question
//! (`action_plan.neutral`, `action_plan.duty`) switch off the stance phrases inside them.

use aho_corasick::AhoCorasick;
use chrono::Datelike;

use crate::doc::{Doc, sentences};
use crate::header::{self, HeaderRules};
use crate::items::{self, Item, ItemRules, Kind, Section};
use crate::rules::{Hit, Rule};
use crate::{Body, DanmarkskortItem, Evidence, Meeting, Stance};

pub(crate) struct MapRules {
    pub(crate) literal: AhoCorasick,
    pub(crate) literal_words: Vec<String>,
    pub(crate) subject: Rule,
    pub(crate) noise: Rule,
    pub(crate) context: Rule,
    pub(crate) not_treatment_title: Rule,
    pub(crate) other_area: Rule,
    pub(crate) map_year: Rule,
    pub(crate) figures_year: Rule,
    /// Words before a map's year in its sentence that make it last year's map ("ved sidste
    /// års opgørelse (danmarkskortet 2024)"): the item's own map is the next year's.
    pub(crate) previous_map: Rule,
    pub(crate) published: Rule,
    pub(crate) plan_question: Rule,
    pub(crate) part_whole: Rule,
    pub(crate) part_children: Rule,
    pub(crate) part_adults: Rule,
    pub(crate) comparison: Rule,
}

pub(crate) struct StanceRules {
    pub(crate) prepare: Rule,
    pub(crate) no_need: Rule,
    pub(crate) neutral: Rule,
    pub(crate) duty: Rule,
    pub(crate) options: Rule,
    pub(crate) approve: Rule,
    pub(crate) approves_administration: Rule,
    pub(crate) not_approved: Rule,
    pub(crate) carried: Rule,
    pub(crate) deferred: Rule,
    /// Discussed or took note, and no more: understood as no position.
    pub(crate) noted: Rule,
    pub(crate) minority: Rule,
    pub(crate) majority: Rule,
    pub(crate) proposal: Rule,
    pub(crate) party_wish: Rule,
    pub(crate) special_recommendation: Rule,
    pub(crate) votes_for: Rule,
    pub(crate) votes_against: Rule,
    pub(crate) recommendation_sentence: Rule,
    pub(crate) refers_assessment: Rule,
}

/// Builds the literal prefilter from the `danmarkskort.literal` patterns, each in the three
/// case forms minutes print: as written (lower case), capitalised, and upper case
/// ("danmarkskort", "Danmarkskort", "DANMARKSKORT"; "omgørelses…", "OMGØRELSES…").
///
/// Exact forms rather than aho-corasick's ASCII case folding keep the pattern set small
/// for the SIMD prefilter. Mixed case inside a word ("DanmarksKort") is not
/// caught; no secretary writes it.
pub(crate) fn literal_prefilter(rule: &Rule) -> AhoCorasick {
    let mut pats: Vec<String> = Vec::new();
    for p in &rule.raw {
        let lower = p.to_lowercase();
        let mut chars = lower.chars();
        let capital: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        pats.extend([lower.clone(), capital, lower.to_uppercase()]);
    }
    pats.sort();
    pats.dedup();
    // Leftmost-first, not the default standard semantics: only the leftmost kinds let
    // aho-corasick use its SIMD (Teddy) prefilter, ~20x faster here.
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(&pats)
        .expect("literal patterns are plain strings")
}

/// Stance of one sentence, with the words that decided it.
#[derive(Debug, Clone, Copy)]
struct Said {
    stance: Stance,
    hit: Hit,
    rule: &'static str,
}

const PREPARE: &str = "action_plan.prepare";
/// Words that turn an argument: a negation before them does not reach past them.
const TURNS: &[&str] = &["derfor", "men", "hvorfor", "dog", "alligevel", "således"];
const NO_NEED: &str = "action_plan.no_need";

/// What a decision (own or quoted) says.
#[derive(Default)]
struct Reading {
    explicit: Vec<(Stance, Evidence)>,
    deferred: Option<Evidence>,
    /// The body discussed or took note and said no more ("Drøftet.").
    noted: Option<Evidence>,
    approve: Option<Evidence>,
    /// A proposal the majority voted down, and its stance.
    rejected: Option<(Stance, Evidence)>,
    notes: Vec<Evidence>,
}

pub(crate) struct Ctx<'a> {
    pub(crate) doc: &'a Doc,
    pub(crate) map: &'a MapRules,
    pub(crate) st: &'a StanceRules,
    pub(crate) hdr: &'a HeaderRules,
    pub(crate) items: &'a ItemRules<'a>,
    pub(crate) meeting: &'a Meeting,
}

impl Ctx<'_> {
    /// The danmarkskort reading of one item, or None if the item is not about the map.
    pub(crate) fn item(&self, item: &Item) -> Option<DanmarkskortItem> {
        let text = &self.doc.text;
        // A title with nothing under it is an entry of an agenda or an index page (a system
        // that publishes one file per item lists them all on its meeting page): the item is
        // treated where its text is.
        if text[item.body_start.min(item.end)..item.end]
            .trim()
            .is_empty()
        {
            return None;
        }
        let itext = &text[item.start..item.end];
        let subject = self.map.subject.find_all(itext);
        // Other maps are looked for only where there is a subject word to take out.
        let noise = if subject.is_empty() {
            Vec::new()
        } else {
            self.map.noise.find_all(itext)
        };
        let subject: Vec<Hit> = subject
            .into_iter()
            .filter(|h| !noise.iter().any(|n| overlaps(*n, *h)))
            .filter(|h| !names_other_map(itext, *h))
            .map(|(a, b)| (item.start + a, item.start + b))
            .collect();
        if subject.is_empty() {
            return None;
        }
        // The social-area context tells this map from other maps. A short item titled by the
        // map alone ("7. Danmarkskort 2022 / Godkendt.") may lack it; its plan question or its
        // bare title is context enough.
        let plan_question = self.map.plan_question.is_match(itext);
        let context = self.map.context.is_match(itext) || plan_question;
        let in_title = |h: &Hit| h.0 >= item.title_span.0 && h.1 <= item.title_span.1;
        let title_hit = subject.iter().find(|h| in_title(h)).copied();
        let bare_title = item.title.split_whitespace().all(|w| {
            w.to_lowercase().starts_with("danmarkskort") || w.chars().all(|c| c.is_ascii_digit())
        });
        let body_hits = subject.iter().filter(|h| !in_title(h)).count();
        // "Omgørelsesprocenter på beskæftigelsesområdet": reversal rates of another area.
        let title_lower = item.title.to_lowercase();
        if self.map.other_area.is_match(&item.title)
            && !["danmarkskort", "social", "handicap"]
                .iter()
                .any(|w| title_lower.contains(w))
        {
            return None;
        }
        // A title of another kind ("Årsberetning 2024 om klager og retssikkerhed") does not
        // keep out an item whose recommendation acts on the map ("at der på baggrund af
        // danmarkskortet iværksættes et kvalitetsløft"): the body was asked about the map.
        let excluded = self.map.not_treatment_title.is_match(&item.title) && {
            let secs = items::sections(self.doc, item, self.items);
            !secs.iter().any(|s| {
                s.kind == Kind::Recommendation
                    && subject.iter().any(|h| h.0 >= s.body.0 && h.1 <= s.body.1)
            })
        };
        let why = match title_hit {
            Some(h) if context || bare_title => {
                self.doc.line_evidence("danmarkskort.subject.title", h)
            }
            // A title that names the map in other words ("Ankestyrelsens statistik over
            // afgørelser i klagesager") with its context, and an item that names the rates and
            // asks the plan question, is about the map too.
            None if context
                && !excluded
                && (body_hits >= 3
                    || (self.map.context.is_match(&item.title)
                        && (plan_question || (body_hits >= 1 && self.shows_map_parts(itext))))) =>
            {
                let h = subject[0];
                self.doc.evidence(
                    "danmarkskort.subject.body",
                    self.sentence_around(item, h),
                    h,
                )
            }
            _ => return None,
        };
        let mut evidence = vec![why];
        let mut doubts = Vec::new();
        // A title about reversals ("Ankestyrelsens opgørelse af omgjorte afgørelser på
        // socialområdet", "Orientering om kommunens omgørelser i Ankestyrelsen") names the
        // map in other words (other areas' reversal rates are out above); only a title about
        // something else leaves the subject to the text alone, to be checked.
        let title_names_reversals = ["omgør", "omgjort"].iter().any(|w| title_lower.contains(w));
        if title_hit.is_none() && !title_names_reversals {
            doubts.push(
                "subject_from_text: the title does not name the map; the item was taken for a \
                 treatment from its text"
                    .to_string(),
            );
        }
        let map_year = self.map_year(item, &mut evidence, &mut doubts);
        let (action_plan, mut ev) = self.stance(item, &mut doubts);
        evidence.append(&mut ev);
        let attention = self.attention(item);
        Some(DanmarkskortItem {
            number: item.number.clone(),
            title: item.title.clone(),
            map_year,
            action_plan,
            page: self.doc.page_no(item.start),
            evidence,
            attention,
            doubts,
        })
    }

    /// Whether the text gives the map's figures by its parts: the children's and the adults'
    /// disability areas, as the map does ("På børnehandicapområdet er tallet 38 pct. og på
    /// voksenhandicapområdet 20 pct."). With a title about reversals in Ankestyrelsen and the
    /// rates named, that is the map under another name.
    fn shows_map_parts(&self, itext: &str) -> bool {
        self.map.part_children.is_match(itext) && self.map.part_adults.is_match(itext)
    }

    /// The first passage of the item for each attention point.
    fn attention(&self, item: &Item) -> crate::Attention {
        let itext = &self.doc.text[item.start..item.end];
        let first = |rule: &Rule| {
            rule.find_all(itext).first().map(|&(a, b)| {
                let h = (item.start + a, item.start + b);
                self.doc
                    .evidence(&rule.id, self.sentence_around(item, h), h)
            })
        };
        crate::Attention {
            whole_area: first(&self.map.part_whole),
            children: first(&self.map.part_children),
            adults: first(&self.map.part_adults),
            comparison: first(&self.map.comparison),
        }
    }

    /// The passage to show for a hit: its line in the title, else its sentence within its
    /// section (so a heading line is never glued to the first sentence).
    fn sentence_around(&self, item: &Item, h: Hit) -> (usize, usize) {
        let text = &self.doc.text;
        if h.0 >= item.title_span.0 && h.1 <= item.title_span.1 {
            return item.title_span;
        }
        let secs = items::sections(self.doc, item, self.items);
        let range = secs
            .iter()
            .map(|s| s.body)
            .find(|b| b.0 <= h.0 && h.1 <= b.1)
            .unwrap_or((item.start, item.end));
        sentences(text, range)
            .into_iter()
            .find(|s| s.0 <= h.0 && h.1 <= s.1)
            .unwrap_or(h)
    }

    /// The map's publication year: named for the map (title first), else the year of the
    /// figures plus one, else the latest map published before the meeting (maps come out
    /// around June). Years after the meeting's year are ignored (a later map can only be
    /// mentioned as coming).
    fn map_year(
        &self,
        item: &Item,
        ev: &mut Vec<Evidence>,
        doubts: &mut Vec<String>,
    ) -> Option<i32> {
        let meeting_year = self.meeting.date.map(|d| d.year());
        let possible = |y: i32| meeting_year.is_none_or(|m| y <= m) && y >= 2010;
        let named = self.named_map_year(item, &possible);
        let published = self.published_year(item, &possible);
        // The map comes out in the year after its figures, never before the year it is named
        // for: a publication year after the named one is the map's, and the year named was
        // its figures' ("danmarkskortet med omgørelsesprocenterne for 2022", published in
        // June 2023).
        if let Some((p, phit)) = published.filter(|&(p, _)| named.is_none_or(|n| p > n.0)) {
            ev.push(self.doc.evidence(
                "danmarkskort.published",
                self.sentence_around(item, phit),
                phit,
            ));
            if let Some((year, _, id)) = named {
                doubts.push(format!(
                    "map_year_published: the item names {year} ({id}) but says the map was \
                     published in {p}; the {p} map is assumed"
                ));
            }
            return Some(p);
        }
        if let Some((year, hit, id)) = named {
            ev.push(self.doc.evidence(id, self.sentence_around(item, hit), hit));
            return Some(year);
        }
        let date = self.meeting.date?;
        if let Some(e) = self
            .meeting
            .evidence
            .iter()
            .find(|e| e.rule.starts_with("header.date"))
        {
            let mut e = e.clone();
            e.rule = "danmarkskort.map_year.from_meeting_date".to_string();
            ev.push(e);
        }
        let year = if date.month() >= 6 {
            date.year()
        } else {
            date.year() - 1
        };
        // Before June the latest map is last year's: right for a late treatment, wrong for an
        // item about last year's review letter, so say it.
        if date.month() < 6 {
            doubts.push(format!(
                "map_year_inferred: the item names no year; the {year} map is assumed from the \
                 meeting date"
            ));
        }
        Some(year)
    }

    /// The year the item names for the map (title first), else its figures' year plus one,
    /// with the hit and the rule that found it.
    fn named_map_year(
        &self,
        item: &Item,
        possible: &dyn Fn(i32) -> bool,
    ) -> Option<(i32, Hit, &'static str)> {
        let text = &self.doc.text;
        for (rule, shift, id) in [
            (&self.map.map_year, 0, "danmarkskort.map_year"),
            (&self.map.figures_year, 1, "danmarkskort.figures_year"),
        ] {
            let mut found: Vec<(bool, i32, Hit)> = Vec::new();
            for c in rule.captures(&text[item.start..item.end]) {
                let Some(y) = c.name("year") else { continue };
                let Ok(year) = y.as_str().parse::<i32>() else {
                    continue;
                };
                let mut year = year + shift;
                let hit = (item.start + y.start(), item.start + y.end());
                // "Til sammenligning var omgørelsesprocenten ved sidste års opgørelse
                // (danmarkskortet 2024) 26 pct.": the year of last year's map, so the item's
                // map is the next one (where that one can be out by the meeting).
                if shift == 0 && possible(year + 1) && self.published_by_meeting(year + 1) {
                    let sentence = self.sentence_around(item, hit);
                    let from = sentence
                        .0
                        .min(hit.0)
                        .max(crate::doc::floor_char(text, hit.0.saturating_sub(60)));
                    if self.map.previous_map.is_match(&text[from..hit.0]) {
                        year += 1;
                    }
                }
                let whole = c.get(0).expect("group 0");
                let in_title = item.start + whole.start() < item.title_span.1
                    && item.start + whole.start() >= item.title_span.0;
                if possible(year) {
                    found.push((in_title, year, hit));
                }
            }
            // A year in the title decides; otherwise the latest year the body names.
            let best = found
                .iter()
                .find(|f| f.0)
                .or_else(|| found.iter().max_by_key(|f| f.1));
            if let Some(&(_, year, hit)) = best {
                return Some((year, hit, id));
            }
        }
        None
    }

    /// Whether the map of `year` is out by the meeting: maps come out around June.
    fn published_by_meeting(&self, year: i32) -> bool {
        self.meeting
            .date
            .is_none_or(|d| year < d.year() || (year == d.year() && d.month() >= 6))
    }

    /// The year the item says the map was published in: named ("offentliggjort i juni
    /// 2023"), or relative to the meeting ("i sommer", "tidligere i år": the meeting's year,
    /// or the year before for a meeting before May). The latest such year.
    fn published_year(&self, item: &Item, possible: &dyn Fn(i32) -> bool) -> Option<(i32, Hit)> {
        let text = &self.doc.text;
        let mut best: Option<(i32, Hit)> = None;
        for c in self.map.published.captures(&text[item.start..item.end]) {
            let (year, g) = if let Some(y) = c.name("year") {
                let Ok(year) = y.as_str().parse::<i32>() else {
                    continue;
                };
                (year, y)
            } else if let Some(r) = c.name("rel") {
                let Some(d) = self.meeting.date else { continue };
                let this_year = r.as_str().to_lowercase().ends_with(" år");
                let year = if this_year || d.month() >= 5 {
                    d.year()
                } else {
                    d.year() - 1
                };
                (year, r)
            } else {
                continue;
            };
            if possible(year) && best.is_none_or(|b| year > b.0) {
                best = Some((year, (item.start + g.start(), item.start + g.end())));
            }
        }
        best
    }

    fn is_own(&self, owner: Option<&str>) -> bool {
        let Some(o) = owner else { return true };
        let class = header::classify(self.hdr, o);
        match (self.meeting.body, class) {
            (_, Body::Unknown) => true,
            (Body::Council, c) => c == Body::Council,
            (Body::Committee, Body::Committee) => {
                let fo = tilsyn_kommuner::fold_ascii(o);
                let generic = fo == "udvalget" || fo == "udvalg" || fo == "udvalgets";
                generic
                    || self.meeting.body_name.as_deref().is_none_or(|n| {
                        let fnm = tilsyn_kommuner::fold_ascii(n);
                        fnm.contains(&fo) || fo.contains(&fnm)
                    })
            }
            (Body::Committee, _) => false,
            (Body::Unknown, _) => {
                self.meeting.body_name.as_deref().is_some_and(|n| {
                    tilsyn_kommuner::fold_ascii(n) == tilsyn_kommuner::fold_ascii(o)
                })
            }
        }
    }

    /// The stance of the body that met, with the evidence that decided it.
    fn stance(&self, item: &Item, doubts: &mut Vec<String>) -> (Stance, Vec<Evidence>) {
        let text = &self.doc.text;
        let secs = items::sections(self.doc, item, self.items);
        let decisions: Vec<&Section> = secs.iter().filter(|s| s.kind == Kind::Decision).collect();
        let (own, quoted): (Vec<&Section>, Vec<&Section>) = decisions
            .iter()
            .partition(|s| self.is_own(s.owner.as_deref()));
        // "Byrådet den 25.11.2024: Sagen blev udsat." in the minutes of 17 December: the
        // body's own decision at an earlier meeting, quoted in the item's history; the
        // meeting's decision is what follows it.
        let own: Vec<&Section> = own
            .into_iter()
            .filter(|s| !self.heading_dated_before_meeting(s))
            .collect();
        let own = own
            .iter()
            .find(|s| self.heading_has_meeting_date(s))
            .or(own.last())
            .copied();
        // Minutes whose header names no body: the last decision is the meeting's.
        let own = own.or_else(|| {
            (self.meeting.body == Body::Unknown)
                .then(|| decisions.last().copied())
                .flatten()
        });
        // Protocols often print the decision with no heading at all: it is the text after
        // the recommendation (or after the quoted committee decision), found by what it says.
        let headless;
        let own = match own {
            Some(own) => own,
            None => match self
                .headless_decision(item, &decisions)
                .or_else(|| self.leading_decision(item, &secs))
            {
                Some(found) => {
                    doubts.push(
                        "decision_without_heading: the decision was read from sentences under no \
                         decision heading (after the recommendation, or printed before the case)"
                            .to_string(),
                    );
                    headless = found;
                    &headless
                }
                None => {
                    doubts.push(
                        "no_decision_found: no decision of the body that met was found in the \
                         item; check whether it decided on an action plan"
                            .to_string(),
                    );
                    return (Stance::NotAddressed, Vec::new());
                }
            },
        };
        let reading = self.read_decision(own.body);
        let mut ev = reading.notes.clone();
        if let Some(d) = reading.deferred {
            ev.insert(0, d);
            return (Stance::Deferred, ev);
        }
        if let Some(stance) = pick(&reading.explicit) {
            ev.splice(
                0..0,
                reading
                    .explicit
                    .iter()
                    .filter(|e| e.0 == stance)
                    .map(|e| e.1.clone())
                    .take(2),
            );
            return (stance, ev);
        }
        let approved = reading.approve.is_some();
        if let Some(a) = reading.approve {
            // "Direktørens indstilling blev godkendt" approves the administration's
            // recommendation itself, not what a committee made of it.
            let names_administration = self.st.approves_administration.is_match(&a.text);
            let chosen: &[&Section] = if names_administration { &[] } else { &quoted };
            // Where a committee changed the recommendation, an approval that does not say
            // whose recommendation it approves can be read two ways: say so.
            let other: &[&Section] = if names_administration { &quoted } else { &[] };
            let alternative = (!quoted.is_empty())
                .then(|| self.recommended(item, &secs, other))
                .flatten();
            ev.insert(0, a);
            if let Some((stance, mut rec)) = self.recommended(item, &secs, chosen) {
                if let Some((alt, _)) = alternative.filter(|(alt, _)| *alt != stance) {
                    doubts.push(format!(
                        "approval_ambiguous: the decision approves without saying whose \
                         recommendation; read as {}, the other recommendation says {}",
                        stance_name(stance),
                        stance_name(alt)
                    ));
                }
                ev.append(&mut rec);
                return (stance, ev);
            }
        }
        if let Some((stance, e)) = reading.rejected {
            // The majority voted down a proposal: it chose the other way.
            ev.insert(0, e);
            let chosen = match stance {
                Stance::Prepare => Stance::NoNeed,
                Stance::NoNeed => Stance::Prepare,
                other => other,
            };
            return (chosen, ev);
        }
        // An approval of a recommendation whose words speak of a plan but whose position was
        // not read (a clause cut at a page break, wording the rules do not know): the body
        // may well have taken a position.
        if approved {
            let speaks_of_plan = secs
                .iter()
                .filter(|s| s.kind == Kind::Recommendation)
                .any(|s| text[s.body.0..s.body.1].to_lowercase().contains("plan"));
            if speaks_of_plan {
                doubts.push(
                    "recommendation_unread: the decision approves a recommendation that speaks \
                     of a plan, but its position on one was not read; check what was approved"
                        .to_string(),
                );
            }
        }
        // The decision says something, but nothing the reader knows: not an approval, a note,
        // a postponement or a position. The outcome then rests on words not understood.
        let said = text[own.body.0..own.body.1].trim();
        if let Some(noted) = reading.noted {
            // Noting an orientation does not adopt the recommendation's position; but where
            // the recommendation took one, the body may have meant to: a person should look.
            let recommended = self
                .recommended(item, &secs, &quoted)
                .map(|(stance, _)| stance)
                .filter(|s| matches!(s, Stance::Prepare | Stance::NoNeed));
            if let Some(rec) = recommended.filter(|_| !approved) {
                doubts.push(format!(
                    "noted_only: the body took note or discussed (\"{}\") and said nothing of the \
                     recommendation's position ({}); check whether it meant to adopt it",
                    noted
                        .text
                        .split_whitespace()
                        .take(12)
                        .collect::<Vec<_>>()
                        .join(" "),
                    stance_name(rec)
                ));
            }
            ev.insert(0, noted);
        } else if !approved && reading.explicit.is_empty() && !said.is_empty() {
            doubts.push(format!(
                "decision_unread: the decision's words were not understood as an approval or a \
                 position (\"{}\"); check what the body decided",
                said.split_whitespace()
                    .take(12)
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        }
        let passage = (own.heading.0, own.body.1);
        let end_of_first_line = text[own.heading.0..own.body.1]
            .find('\n')
            .map_or(own.body.1, |i| own.heading.0 + i);
        ev.insert(
            0,
            self.doc.evidence(
                "action_plan.not_addressed",
                passage,
                (own.heading.0, end_of_first_line),
            ),
        );
        (Stance::NotAddressed, ev)
    }

    /// The decision of an item that has no decision heading of its own body: the sentences
    /// at the end of the item (after the last quoted decision's first paragraph, where there
    /// is one) that read as a decision — an approval, a postponement, a vote, a position —
    /// back to the recommendation's bullets or the case text before them.
    fn headless_decision(&self, item: &Item, decisions: &[&Section]) -> Option<Section> {
        let text = &self.doc.text;
        let from = match decisions.last() {
            // "Beslutning i Økonomiudvalget …\nAnbefales.\n\nGodkendt.": the council's own
            // words follow the quoted decision after a blank line.
            // Without blank lines (many producers print paragraphs by spacing alone), the
            // quoted decision is its first sentence.
            // A blank line that only closes the item (before a rule of dashes, a page
            // footer) separates nothing: then too the quoted decision is its first sentence.
            Some(q) => {
                let body = &text[q.body.0..q.body.1];
                let content = body.len() - body.trim_start().len();
                let gap = body[content..]
                    .find("\n\n")
                    .map(|gap| q.body.0 + content + gap)
                    .filter(|&gap| {
                        sentences(text, (gap, item.end))
                            .iter()
                            .any(|&(s, e)| self.says_something(&text[s..e]))
                    });
                match gap {
                    Some(gap) => gap,
                    None => sentences(text, q.body).first()?.1,
                }
            }
            None => item.body_start,
        };
        let st = self.st;
        let sents = sentences(text, (from.min(item.end), item.end));
        let mut start = None;
        let mut decides = false;
        for &(s, e) in sents.iter().rev().take(6) {
            let t = text[s..e].trim_start();
            // A rule of dashes between items is no bullet: it says nothing.
            let rule = t.trim_end().chars().count() >= 3
                && t.trim_end()
                    .chars()
                    .all(|c| matches!(c, '-' | '–' | '—' | '_' | '=' | '*' | '·'));
            let bullet =
                !rule && t.starts_with(['•', '-', '–', '*', '·', '▪']) || self.recommends(t);
            if bullet {
                // A wrapped bullet with no full stop runs into a decision printed under it
                // ("- at … i\nsagsbehandlingen, som …\nByrådet besluttede at følge
                // indstillingen."): the decision starts at the first later line that opens
                // with a capital and says something.
                if start.is_none() {
                    let mut at = s;
                    while let Some(nl) = text[at..e].find('\n') {
                        at += nl + 1;
                        let rest = &text[at..e];
                        let capital = rest
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase);
                        // The recommendation's own opening ("Forvaltningen indstiller, at
                        // …") under its heading is no decision.
                        let line = rest.split('\n').next().unwrap_or(rest);
                        if capital
                            && !st.recommendation_sentence.is_match(line)
                            && self.says_something(rest)
                        {
                            start = Some(at);
                            decides = true;
                            break;
                        }
                    }
                }
                break;
            }
            let attendance = [
                "fraværende",
                "ikke til stede",
                "afbud",
                "stedfortræder",
                "inhabil",
            ]
            .iter()
            .any(|w| t.to_lowercase().starts_with(w));
            let says = self.says_something(t);
            if !(says || attendance) {
                if start.is_some() {
                    break;
                }
                // A closing line that says nothing ("Bilag: …") may follow the decision.
                continue;
            }
            decides |= says;
            start = Some(s);
        }
        let s = start.filter(|_| decides)?;
        Some(Section {
            kind: Kind::Decision,
            owner: None,
            heading: (s, s),
            body: (s, item.end),
        })
    }

    /// The decision of an item that prints it first, with no heading, between the item's
    /// case number and its first section ("Dok. 888-2022-636827\nIndstillingen godkendt.\n
    /// Sagens kerne\n…"): the first sentence there that reads as a decision, to the first
    /// section. A recommendation's sentence ("Forvaltningen indstiller, at …") is none.
    fn leading_decision(&self, item: &Item, secs: &[Section]) -> Option<Section> {
        let text = &self.doc.text;
        // The text before the first heading is a section too (a lead without a heading).
        let first = secs
            .iter()
            .filter(|s| s.heading.0 < s.heading.1)
            .map(|s| s.heading.0)
            .min()?;
        let lead = (item.body_start.min(first), first);
        let (s, _) = sentences(text, lead).into_iter().find(|&(s, e)| {
            let t = text[s..e].trim();
            !self.recommends(t) && self.says_something(t)
        })?;
        Some(Section {
            kind: Kind::Decision,
            owner: None,
            heading: (s, s),
            body: (s, first),
        })
    }

    /// Whether `t` is (a point of) a recommendation: an "at …" bullet or "Forvaltningen
    /// indstiller, at …".
    fn recommends(&self, t: &str) -> bool {
        t.to_lowercase().starts_with("at ") || self.st.recommendation_sentence.is_match(t)
    }

    /// Whether `t` reads as a decision: an approval, a postponement, a refusal, a vote or a
    /// position.
    fn says_something(&self, t: &str) -> bool {
        let st = self.st;
        st.approve.is_match(t)
            || st.deferred.is_match(t)
            || st.not_approved.is_match(t)
            || st.votes_for.is_match(t)
            || st.votes_against.is_match(t)
            || self.sentence_stance(t).is_some()
    }

    /// The dates a section's heading gives, in order.
    fn heading_dates(&self, s: &Section) -> impl Iterator<Item = chrono::NaiveDate> {
        let line = &self.doc.text[s.heading.0..s.heading.1];
        self.hdr
            .date
            .captures(line)
            .into_iter()
            .filter_map(|c| header::parse_date(&c))
    }

    fn heading_date(&self, s: &Section) -> Option<chrono::NaiveDate> {
        self.heading_dates(s).next()
    }

    /// Whether a decision heading carries only dates before the meeting's ("Byrådet den
    /// 25.11.2024:" in the minutes of 17 December 2024): an earlier meeting's decision.
    fn heading_dated_before_meeting(&self, s: &Section) -> bool {
        let Some(date) = self.meeting.date else {
            return false;
        };
        let mut dates = self.heading_dates(s).peekable();
        dates.peek().is_some() && dates.all(|d| d < date)
    }

    fn heading_has_meeting_date(&self, s: &Section) -> bool {
        self.meeting
            .date
            .is_some_and(|date| self.heading_dates(s).any(|d| d == date))
    }

    /// Reads a decision section sentence by sentence.
    fn read_decision(&self, range: (usize, usize)) -> Reading {
        let text = &self.doc.text;
        let st = self.st;
        let sents = sentences(text, range);
        let mut r = Reading::default();
        let mut skip_until = 0;
        for (i, &(s, e)) in sents.iter().enumerate() {
            let t = &text[s..e];
            let abs = |h: Hit| (s + h.0, s + h.1);
            let said = self.sentence_stance(t);
            let minority = st.minority.find_all(t);
            let of_minority = !minority.is_empty() && !st.majority.is_match(t);
            // What a minority wanted ("Imod stemte O, der ønskede sagen udsat") did not
            // happen: neither a postponement nor a note of theirs is the body's.
            if r.deferred.is_none() && !of_minority {
                if let Some(&h) = st.deferred.find_all(t).first() {
                    r.deferred = Some(self.doc.evidence(&st.deferred.id, (s, e), abs(h)));
                }
            }
            if r.noted.is_none() && !of_minority {
                if let Some(&h) = st.noted.find_all(t).first() {
                    r.noted = Some(self.doc.evidence(&st.noted.id, (s, e), abs(h)));
                }
            }
            if of_minority {
                if let Some(said) = said {
                    r.notes.push(
                        self.doc
                            .evidence("decision.minority", (s, e), abs(said.hit)),
                    );
                }
                // "Indstillingen blev godkendt, idet Ø stemte imod": the approval before the
                // minority's words is still the body's.
                if r.approve.is_none() {
                    let not = st.not_approved.find_all(t);
                    if let Some(&h) = st
                        .approve
                        .find_all(t)
                        .iter()
                        .find(|h| h.0 < minority[0].0 && !not.iter().any(|n| overlaps(*n, **h)))
                    {
                        r.approve = Some(self.doc.evidence(&st.approve.id, (s, e), abs(h)));
                    }
                }
                continue;
            }
            if i < skip_until {
                continue;
            }
            if let Some(said) = said {
                // A proposal whose fate must be found, unless the body or its majority is
                // the one acting on it ("Et flertal stemte imod forslaget om …").
                // A party's wish is a proposal even when the sentence opens with the body
                // ("Byrådet bemærkede, at Enhedslisten ønskede …").
                let proposal =
                    (st.proposal.is_match(t) && !self.body_speaks(t)) || st.party_wish.is_match(t);
                if proposal && !st.majority.is_match(t) {
                    // A proposal: look for its fate here and in the next few sentences.
                    // Minutes often set the vote out line by line ("For stemte: … (17)",
                    // "Imod stemte: … (14)") before saying what became of it, so the
                    // counts are read over the sentences so far, not one at a time.
                    let mut fate = None;
                    // A proposal's fate is told after it: in its own sentence only the words
                    // after the proposal count ("Indstillingen blev godkendt med 19 stemmer
                    // mod 4, idet Ø og F ønskede en handlingsplan": the vote is the
                    // recommendation's, not the minority's wish).
                    let said_end = abs(said.hit).1;
                    for (j, &(fs, fe)) in sents.iter().enumerate().skip(i).take(FATE_WINDOW) {
                        let fs = if j == i { fs.max(said_end).min(fe) } else { fs };
                        let ft = &text[fs..fe];
                        if let Some(&h) = st.not_approved.find_all(ft).first() {
                            fate = Some((false, (fs, fe), (fs + h.0, fs + h.1), j));
                            break;
                        }
                        let so_far = &text[sents[i].1.min(fs)..fe];
                        if let Some(carried) = vote(st, ft).or_else(|| vote(st, so_far)) {
                            fate = Some((carried, (fs, fe), (fs, fe), j));
                            break;
                        }
                        if let Some(&h) = st.carried.find_all(ft).first() {
                            fate = Some((true, (fs, fe), (fs + h.0, fs + h.1), j));
                            break;
                        }
                    }
                    match fate {
                        Some((true, p, h, _)) => {
                            r.explicit.push((
                                said.stance,
                                self.doc.evidence(said.rule, (s, e), abs(said.hit)),
                            ));
                            r.notes.push(self.doc.evidence("decision.carried", p, h));
                        }
                        Some((false, p, h, j)) => {
                            r.rejected = Some((
                                said.stance,
                                self.doc.evidence("decision.rejected_proposal", p, h),
                            ));
                            r.notes.push(self.doc.evidence(
                                "decision.proposal",
                                (s, e),
                                abs(said.hit),
                            ));
                            skip_until = j + 1;
                        }
                        None => {
                            r.notes.push(self.doc.evidence(
                                "decision.proposal_undecided",
                                (s, e),
                                abs(said.hit),
                            ));
                            // The rest of the sentence may still approve what was put
                            // before the body ("Indstillingen blev godkendt …, idet Ø og F
                            // ønskede en handlingsplan"): read it as a decision below.
                            if !st.approve.is_match(&text[s..abs(said.hit).0]) {
                                continue;
                            }
                        }
                    }
                    if fate.is_some() {
                        continue;
                    }
                } else {
                    r.explicit.push((
                        said.stance,
                        self.doc.evidence(said.rule, (s, e), abs(said.hit)),
                    ));
                }
            }
            if r.approve.is_none() {
                let not = st.not_approved.find_all(t);
                if let Some(&h) = st
                    .approve
                    .find_all(t)
                    .iter()
                    .find(|h| !not.iter().any(|n| overlaps(*n, **h)))
                {
                    r.approve = Some(self.doc.evidence(&st.approve.id, (s, e), abs(h)));
                }
            }
        }
        r
    }

    /// Whether the sentence opens with a body as its subject ("Byrådet ønskede, at …"): then
    /// it is the body's decision, not a member's proposal.
    fn body_speaks(&self, t: &str) -> bool {
        let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
        [&self.hdr.council, &self.hdr.committee]
            .iter()
            .any(|r| r.find_all(t).first().is_some_and(|h| h.0 == 0))
    }

    /// The stance of one sentence, if it takes one.
    fn sentence_stance(&self, t: &str) -> Option<Said> {
        let st = self.st;
        let neutral = st.neutral.find_all(t);
        let duty = st.duty.find_all(t);
        let suppressed = |h: &Hit| {
            neutral.iter().any(|n| n.0 <= h.0 && h.0 < n.1)
                || duty.iter().any(|d| d.0 <= h.0 && h.0 < d.1 + 150)
        };
        // A negation does not reach over a clause that turns the argument ("ikke
        // tilfredsstillende, og derfor er der behov for …"); a turning word before the
        // negation is the argument's own ("Der udarbejdes derfor ikke en handlingsplan").
        let turns = |h: &Hit| {
            let words: Vec<String> = t[h.0..h.1]
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect();
            let negation = words
                .iter()
                .position(|w| matches!(w.as_str(), "ikke" | "ingen" | "intet"))
                .unwrap_or(0);
            words[negation..]
                .iter()
                .any(|w| TURNS.contains(&w.as_str()))
        };
        let nos: Vec<Hit> = st
            .no_need
            .find_all(t)
            .into_iter()
            .filter(|h| !suppressed(h) && !turns(h))
            .collect();
        let preps: Vec<Hit> = st
            .prepare
            .find_all(t)
            .into_iter()
            .filter(|h| !suppressed(h) && !nos.iter().any(|n| overlaps(*n, *h)))
            .collect();
        // "Ikke en særskilt handlingsplan, idet der allerede er iværksat en indsats for at
        // styrke retssikkerheden": an effort named beside a plan refused is the existing one.
        let preps: Vec<Hit> = if nos.is_empty() {
            preps
        } else {
            preps
                .into_iter()
                .filter(|h| t[h.0..h.1].to_lowercase().contains("plan"))
                .collect()
        };
        match (preps.first(), nos.first()) {
            (Some(_), Some(_)) if st.options.is_match(t) => None,
            (Some(&p), _) => Some(Said {
                stance: Stance::Prepare,
                hit: p,
                rule: PREPARE,
            }),
            (None, Some(&n)) => Some(Said {
                stance: Stance::NoNeed,
                hit: n,
                rule: NO_NEED,
            }),
            (None, None) => None,
        }
    }

    /// The stance of a range read as a recommendation (every sentence, no votes).
    fn range_stance(&self, range: (usize, usize)) -> Option<(Stance, Evidence)> {
        let text = &self.doc.text;
        let mut found: Vec<(Stance, Evidence)> = Vec::new();
        for (s, e) in sentences(text, range) {
            // A special recommendation or a party's proposal beside the recommendation is
            // not what was recommended.
            let t = &text[s..e];
            if self.st.special_recommendation.is_match(t) || self.st.party_wish.is_match(t) {
                continue;
            }
            if let Some(said) = self.sentence_stance(t) {
                found.push((
                    said.stance,
                    self.doc
                        .evidence(said.rule, (s, e), (s + said.hit.0, s + said.hit.1)),
                ));
            }
        }
        let both = found.iter().any(|f| f.0 == Stance::Prepare)
            && found.iter().any(|f| f.0 == Stance::NoNeed);
        if both && self.st.options.is_match(&text[range.0..range.1]) {
            return None;
        }
        let stance = pick(&found)?;
        found.into_iter().find(|f| f.0 == stance)
    }

    /// What the approved recommendation says: the latest quoted committee decision with a
    /// stance of its own, else the "Indstilling", else the administration's assessment it
    /// approves.
    fn recommended(
        &self,
        item: &Item,
        secs: &[Section],
        quoted: &[&Section],
    ) -> Option<(Stance, Vec<Evidence>)> {
        let text = &self.doc.text;
        // Latest first: by the date in the heading where there is one, else document order
        // (some systems print the history newest first, so dates win).
        let mut quoted: Vec<(Option<chrono::NaiveDate>, usize, &Section)> = quoted
            .iter()
            .enumerate()
            .map(|(i, s)| (self.heading_date(s), i, *s))
            .collect();
        quoted.sort_by_key(|(d, i, _)| (*d, *i));
        for (_, _, q) in quoted.iter().rev() {
            // A citizens' council is heard; what it urges is its answer, not a recommendation
            // the council's "Godkendt." approves.
            if q.owner.as_deref().is_some_and(is_consulted) {
                continue;
            }
            let r = self.read_decision(q.body);
            if r.deferred.is_some() {
                continue;
            }
            if let Some(stance) = pick(&r.explicit) {
                let ev = r
                    .explicit
                    .into_iter()
                    .filter(|e| e.0 == stance)
                    .map(|e| e.1)
                    .take(2)
                    .collect();
                return Some((stance, ev));
            }
        }
        // A committee's own recommendation ("Økonomiudvalgets indstilling") comes later in the
        // chain than the administration's, so it is read first, latest first.
        let mut recs: Vec<(usize, usize)> = secs
            .iter()
            .rev()
            .filter(|s| s.kind == Kind::Recommendation && s.owner.is_some())
            .chain(
                secs.iter()
                    .filter(|s| s.kind == Kind::Recommendation && s.owner.is_none()),
            )
            .map(|s| s.body)
            .collect();
        if recs.is_empty() {
            // "Direktionen indstiller, at …" inside another section (also one headed by item
            // metadata such as "Sagsnr."), up to that section's end.
            for s in secs
                .iter()
                .filter(|s| matches!(s.kind, Kind::Summary | Kind::Background | Kind::Other))
            {
                if let Some(&h) = self
                    .st
                    .recommendation_sentence
                    .find_all(&text[s.body.0..s.body.1])
                    .first()
                {
                    recs.push((s.body.0 + h.0, s.body.1));
                }
            }
        }
        for &r in &recs {
            if let Some((stance, e)) = self.range_stance(r) {
                return Some((stance, vec![e]));
            }
        }
        let refers = recs.iter().find_map(|&r| {
            self.st
                .refers_assessment
                .find_all(&text[r.0..r.1])
                .first()
                .map(|h| (r, (r.0 + h.0, r.0 + h.1)))
        });
        if let Some((r, h)) = refers {
            for s in secs
                .iter()
                .filter(|s| matches!(s.kind, Kind::Summary | Kind::Background))
            {
                if let Some((stance, e)) = self.range_stance(s.body) {
                    let why = self.doc.evidence(&self.st.refers_assessment.id, r, h);
                    return Some((stance, vec![why, e]));
                }
            }
        }
        let _ = item;
        None
    }
}

fn stance_name(s: Stance) -> &'static str {
    match s {
        Stance::Prepare => "prepare",
        Stance::NoNeed => "no_need",
        Stance::NotAddressed => "not_addressed",
        Stance::Deferred => "deferred",
    }
}

/// How many sentences, the proposal's own included, are searched for what became of it.
const FATE_WINDOW: usize = 6;

/// A plan for part of the area is still a plan: `prepare` beats `no_need`.
fn pick(found: &[(Stance, Evidence)]) -> Option<Stance> {
    if found.iter().any(|f| f.0 == Stance::Prepare) {
        Some(Stance::Prepare)
    } else if found.iter().any(|f| f.0 == Stance::NoNeed) {
        Some(Stance::NoNeed)
    } else {
        None
    }
}

/// Whether a vote count in the sentence carried the motion ("med 5 stemmer for og 20 imod").
fn vote(st: &StanceRules, t: &str) -> Option<bool> {
    let n = |rule: &Rule| {
        rule.captures(t)
            .first()
            .and_then(|c| c.name("n"))
            .and_then(|m| m.as_str().parse::<u32>().ok())
    };
    let (f, a) = (n(&st.votes_for)?, n(&st.votes_against)?);
    Some(f > a)
}

/// "Danmarkskort over kommunernes klimaindsats", "danmarkskortet for ladestandere": a map
/// named by what it shows, and that is not reversals on the social area. Only the map of
/// reversal rates (omgørelser, klagesager, the social or disability area, Ankestyrelsen's
/// decisions) is the § 79 b map; a map named by a year alone ("Danmarkskort 2022") is left
/// to the context test.
fn names_other_map(text: &str, hit: Hit) -> bool {
    let word = &text[hit.0..hit.1];
    if !word.to_lowercase().starts_with("danmarkskort") {
        return false;
    }
    // "Energistyrelsens danmarkskort": a map of another authority than the social ministry
    // or Ankestyrelsen.
    let owner = text[..hit.0]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let authority = ["styrelsens", "ministeriets", "direktoratets", "agenturets"]
        .iter()
        .any(|s| owner.ends_with(s));
    if authority
        && !["anke", "social", "ældre", "indenrigs"]
            .iter()
            .any(|s| owner.contains(s))
    {
        return true;
    }
    let mut words = text[hit.1..]
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ':'))
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase);
    let Some(prep) = words.next() else {
        return false;
    };
    if !matches!(prep.as_str(), "over" | "for" | "med" | "om") {
        return false;
    }
    // "danmarkskort over, hvor stor en andel …": the preposition names nothing. Where it
    // ends the line, what it names is on the next line only if that line goes on in lower
    // case ("Danmarkskort over\nkommunernes klimaplaner"); a title cut at the page's end
    // ("… danmarkskort for", then "Beslutning") names nothing.
    let after = text[hit.1..].trim_start_matches([' ', '\t']);
    let after_prep = after.get(prep.len()..).unwrap_or("");
    if after_prep.is_empty() || after_prep.starts_with([',', ';', '.']) {
        return false;
    }
    let rest_of_line = after_prep.split('\n').next().unwrap_or("");
    if rest_of_line.trim().is_empty() {
        let continues = after_prep
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if !continues {
            return false;
        }
    }
    const FILLER: &[&str] = &[
        "de",
        "den",
        "det",
        "kommunernes",
        "kommunens",
        "kommunale",
        "danske",
        "landets",
        "årets",
    ];
    const SOCIAL: &[&str] = &[
        "omgør",
        "omgjort",
        "social",
        "klage",
        "ankestyrelse",
        "retssikkerhed",
        "afgørelse",
        "hjemvis",
        "handicap",
        "sagsbehandling",
        "børnehandicap",
        "voksenhandicap",
    ];
    for w in words {
        if FILLER.contains(&w.as_str()) {
            continue;
        }
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        return !SOCIAL.iter().any(|s| w.starts_with(s));
    }
    false
}

fn overlaps(a: Hit, b: Hit) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Whether a decision's owner is a body the council hears rather than one that prepares its
/// decisions: a citizens' council ("Handicaprådet", "Ældrerådet", "Det Fælles Ældreråd"), not
/// "Byrådet".
fn is_consulted(owner: &str) -> bool {
    let o = tilsyn_kommuner::fold_ascii(owner).to_lowercase();
    let last = o.split_whitespace().last().unwrap_or("");
    let stem = last
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches("ets")
        .trim_end_matches("et")
        .trim_end_matches('s');
    (stem.ends_with("raad") || stem.ends_with("rad"))
        && !stem.ends_with("byraad")
        && !stem.ends_with("byrad")
}
