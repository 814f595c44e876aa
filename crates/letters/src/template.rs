//! The letter templates: `templates/letters/<reaction>.toml`, one per
//! reaction, and the parts they share (`templates/letters/parts.toml`),
//! embedded at compile time and checked when loaded.
//!
//! A template is a list of blocks. Each block has a `kind` (how it is laid
//! out), a `text` with `{placeholders}` and `[[fill-ins]]`, and an optional
//! `when`: the conditions under which it is written at all. The vocabulary of
//! kinds, placeholders and conditions is closed and listed in
//! `templates/letters/README.md`; a name outside it is a load error, so a
//! typo in a template fails the tests instead of printing `{kommune}` into a
//! letter. A placeholder that is known but has no value for this input (a
//! deadline on a letter without one) is an error at render time, never an
//! empty string: guard such blocks with `when`.
//!
//! Fill-ins (`[[navn]]`) are the fields the case worker completes by hand in
//! Word (the j.nr., the signature, Ankestyrelsen's reasons for disagreeing).
//! They are written highlighted, in brackets, and are not placeholders: the
//! tool has nothing to put there.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::Reaction;

/// The shared parts, embedded.
const PARTS: &str = include_str!("../../../templates/letters/parts.toml");

/// The templates, embedded, by reaction.
const TEMPLATES: [(Reaction, &str, &str); 4] = [
    (
        Reaction::None,
        "none.toml",
        include_str!("../../../templates/letters/none.toml"),
    ),
    (
        Reaction::TakePosition,
        "take_position.toml",
        include_str!("../../../templates/letters/take_position.toml"),
    ),
    (
        Reaction::OrderPlan,
        "order_plan.toml",
        include_str!("../../../templates/letters/order_plan.toml"),
    ),
    (
        Reaction::DeadlineReminder,
        "deadline_reminder.toml",
        include_str!("../../../templates/letters/deadline_reminder.toml"),
    ),
];

/// Every placeholder a template may name. Their values are defined in
/// `render.rs` (`value`); `templates/letters/README.md` says what each holds.
pub(crate) const PLACEHOLDERS: &[&str] = &[
    "municipality",
    "municipality_name",
    "council",
    "council_lc",
    "council_gen_lc",
    "map_year",
    "next_map_year",
    "map_deadline",
    "next_deadline",
    "letter_date",
    "case_number",
    "meeting_date",
    "body_name",
    "item_title",
    "document",
    "page",
    "quote",
    "quote_page",
    "quote_document",
    "stance_text",
    "deadline",
    "order_months",
    "missing_parts",
    "submit_by",
    "signer",
    "unit",
];

/// A template that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// The TOML does not parse or has fields it should not.
    #[error("{file}: {message}")]
    Syntax {
        /// The template's file name.
        file: String,
        /// What the TOML parser said.
        message: String,
    },
    /// A template names a placeholder, part, kind or condition that does not
    /// exist, or is malformed.
    #[error("{file}, block {block}: {message}")]
    Invalid {
        /// The template's file name.
        file: String,
        /// The block's index, from 1, within its template or part.
        block: usize,
        /// What is wrong.
        message: String,
    },
    /// The template file says it is for another reaction than its name.
    #[error("{file} says reaction = {found:?}")]
    WrongReaction {
        /// The template's file name.
        file: String,
        /// The reaction it declares.
        found: String,
    },
}

/// How a block is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    /// A right-aligned line without space after (letterhead, date, j.nr.).
    Right,
    /// A left-aligned line without space after (address, signature).
    Line,
    /// The subject line: bold, with space around.
    Subject,
    /// A section heading: bold.
    Heading,
    /// Body text.
    Paragraph,
    /// A quotation from the minutes: indented, italic.
    Quote,
    /// One bullet of a list.
    Bullet,
}

/// One piece of a block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Literal text.
    Lit(String),
    /// A placeholder, one of [`PLACEHOLDERS`].
    Var(&'static str),
    /// A field the case worker fills in.
    FillIn(String),
}

/// One of the six attention points a treatment meets or misses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Point {
    /// Treated before the end of the map year.
    InTime,
    /// A position on an action plan.
    Position,
    /// The whole social area.
    WholeArea,
    /// Børnehandicapområdet.
    Children,
    /// Voksenhandicapområdet.
    Adults,
    /// Compared with other municipalities.
    Comparison,
    /// Treated by the full council, not (only) a committee. Derived from
    /// the treatment's body: unknown for an unrecognised body.
    Council,
}

impl Point {
    /// Every point, in the order the letters name them.
    pub const ALL: [Point; 7] = [
        Point::Council,
        Point::InTime,
        Point::Position,
        Point::WholeArea,
        Point::Children,
        Point::Adults,
        Point::Comparison,
    ];

    fn from_name(s: &str) -> Option<Point> {
        Some(match s {
            "in_time" => Point::InTime,
            "position" => Point::Position,
            "whole_area" => Point::WholeArea,
            "children" => Point::Children,
            "adults" => Point::Adults,
            "comparison" => Point::Comparison,
            "council" => Point::Council,
            _ => return None,
        })
    }
}

/// What a condition tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Atom {
    /// A treatment is known.
    Treatment,
    /// The treatment was the council's.
    Council,
    /// The treatment was a committee's or an unknown body's.
    Committee,
    /// The treatment has a meeting date.
    MeetingDate,
    /// The treatment's body has a name.
    BodyName,
    /// A passage is quoted.
    Quote,
    /// The reaction has a deadline.
    Deadline,
    /// A date for sending next year's minutes is configured.
    SubmitBy,
    /// The council decided an action plan is to be prepared.
    StancePrepare,
    /// The council decided no action plan is needed.
    StanceNoNeed,
    /// The point was met.
    Met(Point),
    /// The point was missed.
    Missed(Point),
    /// Whether the point was met is not known.
    Unknown(Point),
    /// One of the three parts of the map was missed.
    MissedParts,
    /// The point was missed and the template's body does not already say so
    /// (it is not in `covers`).
    Remark(Point),
    /// One of the three parts of the map is a remark.
    RemarkParts,
    /// Some point is a remark.
    RemarkAny,
    /// The letter is for this reaction.
    Reaction(Reaction),
}

/// A condition: an atom, possibly negated (`!quote`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cond {
    pub(crate) negated: bool,
    pub(crate) atom: Atom,
}

fn parse_cond(s: &str) -> Result<Cond, String> {
    let (negated, name) = match s.trim().strip_prefix('!') {
        Some(rest) => (true, rest.trim()),
        None => (false, s.trim()),
    };
    let point = |p: &str| Point::from_name(p).ok_or_else(|| format!("unknown point {p:?}"));
    let atom = match name.split_once(':') {
        None => match name {
            "treatment" => Atom::Treatment,
            "council" => Atom::Council,
            "committee" => Atom::Committee,
            "meeting_date" => Atom::MeetingDate,
            "body_name" => Atom::BodyName,
            "quote" => Atom::Quote,
            "deadline" => Atom::Deadline,
            "submit_by" => Atom::SubmitBy,
            _ => return Err(format!("unknown condition {name:?}")),
        },
        Some(("stance", "prepare")) => Atom::StancePrepare,
        Some(("stance", "no_need")) => Atom::StanceNoNeed,
        Some(("met", p)) => Atom::Met(point(p)?),
        Some(("missed", "parts")) => Atom::MissedParts,
        Some(("missed", p)) => Atom::Missed(point(p)?),
        Some(("unknown", p)) => Atom::Unknown(point(p)?),
        Some(("remark", "any")) => Atom::RemarkAny,
        Some(("remark", "parts")) => Atom::RemarkParts,
        Some(("remark", p)) => Atom::Remark(point(p)?),
        Some(("reaction", r)) => Atom::Reaction(
            r.parse::<Reaction>()
                .map_err(|e| format!("condition {name:?}: {e}"))?,
        ),
        Some(_) => return Err(format!("unknown condition {name:?}")),
    };
    Ok(Cond { negated, atom })
}

/// A block ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub(crate) style: Style,
    /// All must hold for the block to be written.
    pub(crate) when: Vec<Cond>,
    pub(crate) pieces: Vec<Piece>,
    /// Where the block comes from, for error messages: "none.toml, block 7".
    pub(crate) origin: String,
}

/// One loaded template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The reaction the template is for.
    pub reaction: Reaction,
    /// The file name under `templates/letters/`.
    pub file: String,
    /// A short Danish name for the letter ("Ingen yderligere").
    pub name: String,
    /// Why the letter says what it says, for the people who change it.
    pub rationale: String,
    /// Points the letter's own body addresses: they are not repeated among
    /// the remarks on missed attention points.
    pub covers: Vec<Point>,
    /// The blocks, with the shared parts expanded.
    pub(crate) blocks: Vec<Block>,
}

impl Template {
    /// Every placeholder the template names, in order of first use.
    pub fn placeholders(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for b in &self.blocks {
            for p in &b.pieces {
                if let Piece::Var(v) = p {
                    if !out.contains(v) {
                        out.push(v);
                    }
                }
            }
        }
        out
    }
}

/// `when = "quote"` or `when = ["council", "!quote"]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawWhen {
    One(String),
    All(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    /// A style, or `part` to insert a shared part named by `text`.
    kind: String,
    #[serde(default)]
    text: String,
    when: Option<RawWhen>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    reaction: String,
    name: String,
    rationale: String,
    #[serde(default)]
    covers: Vec<Point>,
    block: Vec<RawBlock>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParts {
    part: BTreeMap<String, Vec<RawBlock>>,
}

/// Splits a text into literal pieces, `{placeholders}` and `[[fill-ins]]`.
pub(crate) fn parse_text(text: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}', '[', ']']) {
        let c = rest.as_bytes()[i];
        lit.push_str(&rest[..i]);
        rest = &rest[i..];
        match c {
            b'{' => {
                let end = rest
                    .find('}')
                    .ok_or_else(|| format!("unclosed placeholder in {text:?}"))?;
                let name = &rest[1..end];
                let known = PLACEHOLDERS
                    .iter()
                    .find(|p| **p == name)
                    .ok_or_else(|| format!("unknown placeholder {{{name}}}"))?;
                if !lit.is_empty() {
                    pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                }
                pieces.push(Piece::Var(known));
                rest = &rest[end + 1..];
            }
            b'[' if rest.starts_with("[[") => {
                let end = rest
                    .find("]]")
                    .ok_or_else(|| format!("unclosed fill-in in {text:?}"))?;
                let label = rest[2..end].trim();
                if label.is_empty() {
                    return Err("empty fill-in [[]]".into());
                }
                if !lit.is_empty() {
                    pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                }
                pieces.push(Piece::FillIn(label.to_string()));
                rest = &rest[end + 2..];
            }
            b'}' => return Err(format!("stray '}}' in {text:?}")),
            b']' if rest.starts_with("]]") => return Err(format!("stray ']]' in {text:?}")),
            _ => {
                // A single bracket is ordinary text ("[1]").
                lit.push(c as char);
                rest = &rest[1..];
            }
        }
    }
    lit.push_str(rest);
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

fn style_of(kind: &str) -> Option<Style> {
    Some(match kind {
        "right" => Style::Right,
        "line" => Style::Line,
        "subject" => Style::Subject,
        "heading" => Style::Heading,
        "paragraph" => Style::Paragraph,
        "quote" => Style::Quote,
        "bullet" => Style::Bullet,
        _ => return None,
    })
}

fn conds(when: &Option<RawWhen>) -> Result<Vec<Cond>, String> {
    match when {
        None => Ok(Vec::new()),
        Some(RawWhen::One(s)) => Ok(vec![parse_cond(s)?]),
        Some(RawWhen::All(v)) => v.iter().map(|s| parse_cond(s)).collect(),
    }
}

/// Compiles the blocks of one file. Parts are expanded from `parts`; a part
/// inside a part is not allowed (one level keeps the templates readable).
fn compile_blocks(
    file: &str,
    raw: &[RawBlock],
    parts: Option<&BTreeMap<String, Vec<Block>>>,
) -> Result<Vec<Block>, TemplateError> {
    let mut out = Vec::new();
    for (i, b) in raw.iter().enumerate() {
        let invalid = |message: String| TemplateError::Invalid {
            file: file.to_string(),
            block: i + 1,
            message,
        };
        let when = conds(&b.when).map_err(invalid)?;
        if b.kind == "part" {
            let Some(parts) = parts else {
                return Err(invalid("a part cannot include another part".into()));
            };
            let part = parts
                .get(b.text.trim())
                .ok_or_else(|| invalid(format!("unknown part {:?}", b.text.trim())))?;
            for pb in part {
                let mut pb = pb.clone();
                // The include's conditions hold for every block of the part.
                pb.when.splice(0..0, when.iter().copied());
                out.push(pb);
            }
            continue;
        }
        let style =
            style_of(&b.kind).ok_or_else(|| invalid(format!("unknown kind {:?}", b.kind)))?;
        let pieces = parse_text(&b.text).map_err(invalid)?;
        if pieces.is_empty() && style != Style::Line {
            return Err(invalid("empty text".into()));
        }
        out.push(Block {
            style,
            when,
            pieces,
            origin: format!("{file}, block {}", i + 1),
        });
    }
    Ok(out)
}

fn load_parts() -> Result<BTreeMap<String, Vec<Block>>, TemplateError> {
    let raw: RawParts = toml::from_str(PARTS).map_err(|e| TemplateError::Syntax {
        file: "parts.toml".into(),
        message: e.to_string(),
    })?;
    let mut parts = BTreeMap::new();
    for (name, blocks) in &raw.part {
        let file = format!("parts.toml, part {name}");
        parts.insert(name.clone(), compile_blocks(&file, blocks, None)?);
    }
    Ok(parts)
}

/// Parses one template given its text, with the embedded shared parts.
pub fn parse_template(file: &str, text: &str) -> Result<Template, TemplateError> {
    let parts = load_parts()?;
    let raw: RawTemplate = toml::from_str(text).map_err(|e| TemplateError::Syntax {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    let reaction: Reaction = raw
        .reaction
        .parse()
        .map_err(|_| TemplateError::WrongReaction {
            file: file.to_string(),
            found: raw.reaction.clone(),
        })?;
    let blocks = compile_blocks(file, &raw.block, Some(&parts))?;
    Ok(Template {
        reaction,
        file: file.to_string(),
        name: raw.name,
        rationale: raw.rationale,
        covers: raw.covers,
        blocks,
    })
}

/// The four templates, one per reaction, in [`Reaction::ALL`]'s order.
#[derive(Debug, Clone)]
pub struct Templates {
    by_reaction: Vec<Template>,
}

impl Templates {
    /// Loads and checks the embedded templates.
    pub fn load() -> Result<Templates, TemplateError> {
        let mut by_reaction = Vec::new();
        for (reaction, file, text) in TEMPLATES {
            let t = parse_template(file, text)?;
            if t.reaction != reaction {
                return Err(TemplateError::WrongReaction {
                    file: file.to_string(),
                    found: t.reaction.as_str().to_string(),
                });
            }
            by_reaction.push(t);
        }
        Ok(Templates { by_reaction })
    }

    /// The template for a reaction.
    pub fn get(&self, reaction: Reaction) -> &Template {
        // `load` put one per reaction in ALL's order.
        let i = Reaction::ALL
            .iter()
            .position(|r| *r == reaction)
            .unwrap_or_default();
        &self.by_reaction[i]
    }

    /// All four templates.
    pub fn iter(&self) -> impl Iterator<Item = &Template> {
        self.by_reaction.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_templates_load() {
        let t = Templates::load().unwrap();
        for r in Reaction::ALL {
            assert_eq!(t.get(r).reaction, r);
            assert!(t.get(r).placeholders().contains(&"municipality"));
        }
    }

    #[test]
    fn text_splits_into_placeholders_and_fill_ins() {
        assert_eq!(
            parse_text("Til {council} [[navn]] [1]").unwrap(),
            vec![
                Piece::Lit("Til ".into()),
                Piece::Var("council"),
                Piece::Lit(" ".into()),
                Piece::FillIn("navn".into()),
                Piece::Lit(" [1]".into()),
            ]
        );
    }

    #[test]
    fn an_unknown_placeholder_is_a_load_error() {
        let e = parse_text("Til {kommune}").unwrap_err();
        assert!(e.contains("{kommune}"), "{e}");
        assert!(parse_text("Til {council").is_err());
        assert!(parse_text("Til council}").is_err());
    }

    #[test]
    fn an_unknown_condition_kind_or_part_is_a_load_error() {
        let base = "reaction = \"none\"\nname = \"x\"\nrationale = \"x\"\n";
        for (block, wanted) in [
            (
                "kind = \"paragraph\"\ntext = \"x\"\nwhen = \"qoute\"",
                "unknown condition",
            ),
            (
                "kind = \"paragraph\"\ntext = \"x\"\nwhen = \"missed:parts_x\"",
                "unknown point",
            ),
            ("kind = \"paragraf\"\ntext = \"x\"", "unknown kind"),
            ("kind = \"part\"\ntext = \"nope\"", "unknown part"),
        ] {
            let text = format!("{base}[[block]]\n{block}\n");
            let e = parse_template("t.toml", &text).unwrap_err().to_string();
            assert!(e.contains(wanted), "{block}: {e}");
            assert!(e.contains("t.toml, block 1"), "{e}");
        }
        let wrong = "reaction = \"nothing\"\nname = \"x\"\nrationale = \"x\"\nblock = []\n";
        assert!(matches!(
            parse_template("t.toml", wrong),
            Err(TemplateError::WrongReaction { .. })
        ));
    }
}
