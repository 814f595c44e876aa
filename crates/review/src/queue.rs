//! The queue: the order the analysts work in, and its filters.

use serde::Deserialize;
use tilsyn_cases::{CaseSummary, Reaction, action_plan_str};

/// Where a case stands in the queue. The queue lists the groups in this
/// order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum QueueGroup {
    /// Needs a person: a stale decision, or undecided with an outcome other
    /// than `ok`, a `no_need` or a review note.
    Check,
    /// Undecided, and the tool found nothing a person must look at.
    Ready,
    /// Decided, and the decision is current.
    Settled,
}

impl QueueGroup {
    /// Of one case.
    pub fn of(c: &CaseSummary) -> QueueGroup {
        if c.is_settled() {
            QueueGroup::Settled
        } else if c.needs_person() {
            QueueGroup::Check
        } else {
            QueueGroup::Ready
        }
    }

    /// The Danish heading.
    pub fn danish(self) -> &'static str {
        match self {
            QueueGroup::Check => "Skal tjekkes",
            QueueGroup::Ready => "Klar til godkendelse",
            QueueGroup::Settled => "Afgjort",
        }
    }
}

/// The filters of the queue page (query string). Empty means "all".
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Filter {
    /// A tool outcome (`report.json` name).
    #[serde(default)]
    pub outcome: String,
    /// A decided reaction, or `undecided`.
    #[serde(default)]
    pub reaction: String,
    /// A region's name.
    #[serde(default)]
    pub region: String,
    /// `decided`, `undecided` or `stale`.
    #[serde(default)]
    pub state: String,
    /// `no_need`: only where the tool found that the council saw no need.
    #[serde(default)]
    pub action_plan: String,
}

impl Filter {
    /// Whether a case passes.
    pub fn admits(&self, c: &CaseSummary) -> bool {
        let f = c.finding.as_ref();
        let outcome = f.map(|f| f.outcome.as_str()).unwrap_or("");
        let reaction = c
            .decision
            .as_ref()
            .map(|d| d.decision.reaction.as_str())
            .unwrap_or("undecided");
        let state = match (&c.decision, c.is_stale()) {
            (None, _) => "undecided",
            (Some(_), true) => "stale",
            (Some(_), false) => "decided",
        };
        let plan = f
            .and_then(|f| f.action_plan)
            .map(action_plan_str)
            .unwrap_or("");
        (self.outcome.is_empty() || self.outcome == outcome)
            && (self.reaction.is_empty() || self.reaction == reaction)
            && (self.region.is_empty() || self.region == c.region)
            && (self.state.is_empty()
                || self.state == state
                || (self.state == "undecided" && state == "stale"))
            && (self.action_plan.is_empty() || self.action_plan == plan)
    }

    /// Reads a query string as [`Filter::query`] writes it (and as a
    /// browser's GET form does: `+` for a space). Unknown keys are ignored.
    pub fn from_query(q: &str) -> Filter {
        let mut f = Filter::default();
        for kv in q.split('&') {
            let Some((k, v)) = kv.split_once('=') else {
                continue;
            };
            let v = url_decode(v);
            match k {
                "outcome" => f.outcome = v,
                "reaction" => f.reaction = v,
                "region" => f.region = v,
                "state" => f.state = v,
                "action_plan" => f.action_plan = v,
                _ => {}
            }
        }
        f
    }

    /// `?query`, or "" for no filter: to append to a link.
    pub fn suffix(&self) -> String {
        let q = self.query();
        if q.is_empty() { q } else { format!("?{q}") }
    }

    /// The query string that gives this filter back ("" for none).
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        for (k, v) in [
            ("outcome", &self.outcome),
            ("reaction", &self.reaction),
            ("region", &self.region),
            ("state", &self.state),
            ("action_plan", &self.action_plan),
        ] {
            if !v.is_empty() {
                parts.push(format!("{k}={}", url_encode(v)));
            }
        }
        parts.join("&")
    }
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn url_decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One line of the queue.
#[derive(Debug, Clone, Copy)]
pub struct QueueEntry<'a> {
    /// The case.
    pub case: &'a CaseSummary,
    /// Its group.
    pub group: QueueGroup,
}

/// All cases in queue order: by group, then by code.
pub fn queue(cases: &[CaseSummary]) -> Vec<QueueEntry<'_>> {
    let mut q: Vec<QueueEntry<'_>> = cases
        .iter()
        .map(|case| QueueEntry {
            case,
            group: QueueGroup::of(case),
        })
        .collect();
    q.sort_by(|a, b| a.group.cmp(&b.group).then(a.case.code.cmp(&b.case.code)));
    q
}

/// The cases before and after `code` in queue order, among those the
/// filter admits.
pub(crate) fn neighbours<'a>(
    cases: &'a [CaseSummary],
    code: &str,
    filter: &Filter,
) -> (Option<&'a str>, Option<&'a str>) {
    let mut q = queue(cases);
    q.retain(|e| e.case.code == code || filter.admits(e.case));
    let Some(i) = q.iter().position(|e| e.case.code == code) else {
        return (None, None);
    };
    let prev = i.checked_sub(1).map(|j| q[j].case.code.as_str());
    let next = q.get(i + 1).map(|e| e.case.code.as_str());
    (prev, next)
}

/// The next case after `code`, in queue order and among those the filter
/// admits, that is not settled,
/// wrapping round to the start; `None` where no other case is open. Called
/// before the decision on `code` is written, so `code` is still where the
/// analyst saw it.
pub(crate) fn next_open<'a>(
    cases: &'a [CaseSummary],
    code: &str,
    filter: &Filter,
) -> Option<&'a str> {
    let mut q = queue(cases);
    q.retain(|e| e.case.code == code || filter.admits(e.case));
    let i = q.iter().position(|e| e.case.code == code).unwrap_or(0);
    q[i..]
        .iter()
        .chain(q[..i].iter())
        .find(|e| e.group != QueueGroup::Settled && e.case.code != code)
        .map(|e| e.case.code.as_str())
}

/// The counts at the top of the queue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) letter: usize,
    pub(crate) check: usize,
    pub(crate) ready: usize,
    pub(crate) settled: usize,
    pub(crate) stale: usize,
    pub(crate) overdue: usize,
}

pub(crate) fn counts(cases: &[CaseSummary], today: chrono::NaiveDate) -> Counts {
    let mut c = Counts::default();
    for case in cases {
        match QueueGroup::of(case) {
            QueueGroup::Check => c.check += 1,
            QueueGroup::Ready => c.ready += 1,
            QueueGroup::Settled => c.settled += 1,
        }
        if case.is_stale() {
            c.stale += 1;
        }
        if let Some(d) = case.decision.as_ref().filter(|_| case.is_settled()) {
            if d.decision.reaction != Reaction::None {
                c.letter += 1;
            }
            if d.decision.due.is_some_and(|due| due < today) {
                c.overdue += 1;
            }
        }
    }
    c
}
