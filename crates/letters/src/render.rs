//! A template and a [`LetterInput`] made into a [`Letter`]: paragraphs of
//! text runs, ready for the `.docx` writer and the plain-text examples.

use serde::Serialize;

use crate::LetterConfig;
use crate::danish;
use crate::model::{BodyKind, LetterInput, Reaction, Stance};
use crate::template::{Atom, Block, Cond, Piece, Point, Style, Template};

/// One run of text in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// The text.
    pub text: String,
    /// A field for the case worker to fill in, shown highlighted and in
    /// brackets; `text` is its label without the brackets.
    pub fill_in: bool,
}

/// One paragraph of a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Para {
    /// How it is laid out.
    #[serde(skip)]
    pub style: Style,
    /// Its runs, in order.
    pub spans: Vec<Span>,
}

impl Para {
    /// The paragraph's text as a reader sees it, fill-ins in brackets.
    pub fn text(&self) -> String {
        self.spans
            .iter()
            .map(|s| {
                if s.fill_in {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }
}

/// A drafted letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The reaction it is for.
    pub reaction: Reaction,
    /// The paragraphs, in order.
    pub paras: Vec<Para>,
}

impl Letter {
    /// The letter as plain text: the form of the examples in
    /// `templates/letters/examples/`. Headings and the subject stand on their
    /// own line after a blank one; bullets start with "- "; quotations are
    /// indented; right-aligned lines are pushed right to column 72.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut prev: Option<Style> = None;
        for p in &self.paras {
            let text = p.text();
            let tight = matches!(
                (prev, p.style),
                (Some(Style::Right | Style::Line), Style::Right | Style::Line)
                    | (Some(Style::Bullet), Style::Bullet)
            );
            if prev.is_some() && !tight {
                out.push('\n');
            }
            match p.style {
                Style::Right => {
                    let width = text.chars().count();
                    out.push_str(&" ".repeat(72usize.saturating_sub(width)));
                    out.push_str(&text);
                }
                Style::Bullet => {
                    out.push_str("- ");
                    out.push_str(&text);
                }
                Style::Quote => {
                    out.push_str("    ");
                    out.push_str(&text);
                }
                Style::Line | Style::Subject | Style::Heading | Style::Paragraph => {
                    out.push_str(&text)
                }
            }
            out.push('\n');
            prev = Some(p.style);
        }
        out
    }
}

/// A letter that could not be drafted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// A block to be written names a placeholder this input has no value
    /// for. The template should guard the block with `when`, or the input
    /// lacks something the letter needs (a deadline for `order_plan`).
    #[error("{origin}: the letter needs {{{placeholder}}}, but the input has no value for it")]
    MissingValue {
        /// "order_plan.toml, block 9".
        origin: String,
        /// The placeholder's name.
        placeholder: &'static str,
    },
    /// The input is for another reaction than the template.
    #[error("the input is for reaction {input}, the template for {template}")]
    WrongTemplate {
        /// The input's reaction.
        input: Reaction,
        /// The template's reaction.
        template: Reaction,
    },
}

/// A placeholder's value: text, or a field left for the case worker.
enum Value {
    Text(String),
    FillIn(String),
}

/// The longest quotation a letter carries, in characters; longer passages
/// are cut at a word and end in "…". A letter quotes the decision, not the
/// whole item.
const QUOTE_MAX_CHARS: usize = 600;

/// Renders one template for one input.
pub fn render(
    template: &Template,
    input: &LetterInput,
    config: &LetterConfig,
) -> Result<Letter, RenderError> {
    if template.reaction != input.reaction {
        return Err(RenderError::WrongTemplate {
            input: input.reaction,
            template: template.reaction,
        });
    }
    let ctx = Ctx {
        input,
        config,
        covers: &template.covers,
    };
    let mut paras = Vec::new();
    for block in &template.blocks {
        if !block.when.iter().all(|c| ctx.holds(*c)) {
            continue;
        }
        paras.push(ctx.para(block)?);
    }
    Ok(Letter {
        reaction: template.reaction,
        paras,
    })
}

struct Ctx<'a> {
    input: &'a LetterInput,
    config: &'a LetterConfig,
    covers: &'a [Point],
}

impl Ctx<'_> {
    fn finding(&self, p: Point) -> Option<bool> {
        let f = &self.input.findings;
        match p {
            Point::InTime => f.in_time,
            Point::Position => f.position,
            Point::WholeArea => f.whole_area,
            Point::Children => f.children,
            Point::Adults => f.adults,
            Point::Comparison => f.comparison,
            Point::Council => self.input.treatment.as_ref().and_then(|t| match t.body {
                BodyKind::Council => Some(true),
                BodyKind::Committee => Some(false),
                BodyKind::Unknown => None,
            }),
        }
    }

    fn remark(&self, p: Point) -> bool {
        self.finding(p) == Some(false) && !self.covers.contains(&p)
    }

    fn holds(&self, c: Cond) -> bool {
        let t = self.input.treatment.as_ref();
        let stance = t.and_then(|t| t.stance);
        let v = match c.atom {
            Atom::Treatment => t.is_some(),
            Atom::Council => t.is_some_and(|t| t.body == BodyKind::Council),
            Atom::Committee => t.is_some_and(|t| t.body != BodyKind::Council),
            Atom::MeetingDate => t.is_some_and(|t| t.meeting_date.is_some()),
            Atom::BodyName => self.value("body_name").is_some(),
            Atom::Quote => self.input.quote.is_some(),
            Atom::Deadline => self.input.deadline.is_some(),
            Atom::SubmitBy => self.config.submit_minutes_by.is_some(),
            Atom::StancePrepare => stance == Some(Stance::Prepare),
            Atom::StanceNoNeed => stance == Some(Stance::NoNeed),
            Atom::Met(p) => self.finding(p) == Some(true),
            Atom::Missed(p) => self.finding(p) == Some(false),
            Atom::Unknown(p) => self.finding(p).is_none(),
            Atom::MissedParts => [Point::WholeArea, Point::Children, Point::Adults]
                .iter()
                .any(|p| self.finding(*p) == Some(false)),
            Atom::Remark(p) => self.remark(p),
            Atom::RemarkParts => [Point::WholeArea, Point::Children, Point::Adults]
                .iter()
                .any(|p| self.remark(*p)),
            Atom::RemarkAny => Point::ALL.iter().any(|p| self.remark(*p)),
            Atom::Reaction(r) => self.input.reaction == r,
        };
        v != c.negated
    }

    fn para(&self, block: &Block) -> Result<Para, RenderError> {
        let mut spans: Vec<Span> = Vec::new();
        let mut push = |text: String, fill_in: bool| match spans.last_mut() {
            Some(last) if !last.fill_in && !fill_in => last.text.push_str(&text),
            _ => spans.push(Span { text, fill_in }),
        };
        for piece in &block.pieces {
            match piece {
                Piece::Lit(s) => push(s.clone(), false),
                Piece::FillIn(s) => push(s.clone(), true),
                Piece::Var(name) => match self.value(name) {
                    Some(Value::Text(s)) => push(s, false),
                    Some(Value::FillIn(s)) => push(s, true),
                    None => {
                        return Err(RenderError::MissingValue {
                            origin: block.origin.clone(),
                            placeholder: name,
                        });
                    }
                },
            }
        }
        Ok(Para {
            style: block.style,
            spans,
        })
    }

    /// The value of a placeholder; `None` where the input has none. The
    /// list of names is `template::PLACEHOLDERS`; a name missing here is
    /// caught by `every_placeholder_has_a_value_for_a_full_input`.
    fn value(&self, name: &str) -> Option<Value> {
        let i = self.input;
        let t = i.treatment.as_ref();
        let text = |s: String| Some(Value::Text(s));
        let council = danish::council_name(&i.municipality_code, i.council_name.as_deref());
        match name {
            "municipality" => text(danish::official_name(
                &i.municipality_code,
                &i.municipality_name,
            )),
            "municipality_name" => text(i.municipality_name.clone()),
            "council" => text(council.to_string()),
            "council_lc" => text(danish::council_lc(council)),
            "council_gen_lc" => text(format!("{}s", danish::council_lc(council))),
            "map_year" => text(i.map_year.to_string()),
            "next_map_year" => text((i.map_year + 1).to_string()),
            "map_deadline" => text(format!("31. december {}", i.map_year)),
            "next_deadline" => text(format!("31. december {}", i.map_year + 1)),
            "letter_date" => text(danish::date(i.letter_date)),
            "case_number" => Some(match &i.case_number {
                Some(n) => Value::Text(n.clone()),
                None => Value::FillIn("indsættes".into()),
            }),
            "meeting_date" => t
                .and_then(|t| t.meeting_date)
                .map(danish::date)
                .map(Value::Text),
            "body_name" => t.and_then(|t| match (&t.body_name, t.body) {
                (Some(n), _) if !n.trim().is_empty() => text(n.trim().to_string()),
                (_, BodyKind::Council) => text(council.to_string()),
                _ => None,
            }),
            "item_title" => t.and_then(|t| text(t.item_title.trim().to_string())),
            "document" => t.and_then(|t| text(t.document.clone())),
            "page" => t.and_then(|t| text(t.page.to_string())),
            "quote" => i.quote.as_ref().and_then(|q| text(quote_text(&q.text))),
            "quote_page" => i.quote.as_ref().and_then(|q| text(q.page.to_string())),
            "quote_document" => i.quote.as_ref().and_then(|q| text(q.document.clone())),
            "stance_text" => match t.and_then(|t| t.stance) {
                Some(Stance::Prepare) => text("at der skal udarbejdes en handlingsplan".into()),
                Some(Stance::NoNeed) => {
                    text("at der ikke er behov for at udarbejde en handlingsplan".into())
                }
                _ => None,
            },
            "deadline" => i.deadline.map(danish::date).map(Value::Text),
            "order_months" => text(danish::months(self.config.due.order_plan_months)),
            "missing_parts" => {
                let parts: Vec<&str> = [
                    (
                        Point::WholeArea,
                        "det overordnede kort over hele socialområdet",
                    ),
                    (Point::Children, "børnehandicapområdet"),
                    (Point::Adults, "voksenhandicapområdet"),
                ]
                .iter()
                .filter(|(p, _)| self.finding(*p) == Some(false))
                .map(|(_, s)| *s)
                .collect();
                (!parts.is_empty()).then(|| Value::Text(danish::join_and(&parts)))
            }
            "submit_by" => self
                .config
                .submit_minutes_by
                .map(danish::date)
                .map(Value::Text),
            "signer" => Some(match &self.config.signer {
                Some(s) => Value::Text(s.clone()),
                None => Value::FillIn("navn".into()),
            }),
            "unit" => text(self.config.unit.clone()),
            _ => None,
        }
    }
}

/// The passage as a letter quotes it: on one line, without the page's line
/// breaks and double spaces, cut at a word boundary after
/// [`QUOTE_MAX_CHARS`].
fn quote_text(raw: &str) -> String {
    let one_line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    // A passage taken from a recommendation's bullet list starts with the
    // bullet ("- der ikke udarbejdes en handlingsplan"); the quote does not.
    let one_line = match one_line.split_once(' ') {
        Some(("-" | "–" | "•" | "*" | "·", rest)) => rest.to_string(),
        _ => one_line,
    };
    if one_line.chars().count() <= QUOTE_MAX_CHARS {
        return one_line;
    }
    let cut: String = one_line.chars().take(QUOTE_MAX_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > QUOTE_MAX_CHARS / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{} …", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quotes_are_cut_at_a_word() {
        let long = "ord ".repeat(400);
        let q = quote_text(&long);
        assert!(q.ends_with(" …"), "{q}");
        assert!(q.chars().count() <= QUOTE_MAX_CHARS + 2);
        assert_eq!(
            quote_text("- der ikke udarbejdes en handlingsplan"),
            "der ikke udarbejdes en handlingsplan"
        );
        assert_eq!(
            quote_text("  at der\nudarbejdes  en handlingsplan "),
            "at der udarbejdes en handlingsplan"
        );
    }
}

#[cfg(test)]
mod value_tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::{Findings, Quote, TreatmentShown};
    use crate::template::PLACEHOLDERS;

    #[test]
    fn every_placeholder_has_a_value_for_a_full_input() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let input = LetterInput {
            municipality_code: "751".into(),
            municipality_name: "Aarhus".into(),
            council_name: Some("Byrådet".into()),
            map_year: 2022,
            reaction: Reaction::OrderPlan,
            letter_date: d(2023, 9, 15),
            case_number: Some("23-1".into()),
            deadline: Some(d(2023, 12, 15)),
            treatment: Some(TreatmentShown {
                meeting_date: Some(d(2022, 12, 14)),
                body: BodyKind::Council,
                body_name: Some("Byrådet".into()),
                item_title: "Danmarkskort 2022".into(),
                document: "a.pdf".into(),
                page: 4,
                stance: Some(Stance::NoNeed),
            }),
            quote: Some(Quote {
                text: "x".into(),
                page: 4,
                document: "a.pdf".into(),
            }),
            findings: Findings {
                adults: Some(false),
                ..Findings::default()
            },
        };
        let config = LetterConfig {
            submit_minutes_by: Some(d(2024, 1, 31)),
            ..LetterConfig::default()
        };
        let ctx = Ctx {
            input: &input,
            config: &config,
            covers: &[],
        };
        for name in PLACEHOLDERS {
            assert!(ctx.value(name).is_some(), "{{{name}}} has no value");
        }
    }
}
