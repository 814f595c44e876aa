//! The document model every writer consumes: a meeting with its header and agenda items.
//!
//! Texts are data (see `data/`), parsed by [`parse_meeting`] from a small line markup:
//!
//! ```text
//! kommune: Aarhus Kommune          lower-case keys are metadata and `{placeholders}`
//! Mødedato: 30. november 2022      capitalised keys are printed in the meeting header
//! ---
//! ## Title of the item | 22/12345 one agenda item (title | case number)
//! # Sagsfremstilling                a section heading
//! #! Beslutning i Byrådet           the heading of the body's own decision
//! Paragraph text.                  each line of text is one paragraph
//! - at the first bullet             bullets ("at …" recommendations)
//! | cell | cell |                   table rows
//! @key                              include the item `key` from the common library
//! ```

use std::collections::BTreeMap;

/// A meeting of a council or committee: its header fields and agenda items.
#[derive(Debug, Clone)]
pub struct Meeting {
    /// Metadata and placeholder values (lower-case keys), e.g. `kommune`, `body`.
    pub meta: BTreeMap<String, String>,
    /// Header fields printed on the front page, in order ("Mødedato", "Mødested", …).
    pub fields: Vec<(String, String)>,
    /// The agenda items, numbered from `first` (default 1).
    pub items: Vec<Item>,
}

/// One agenda item.
#[derive(Debug, Clone)]
pub struct Item {
    /// Number on the agenda.
    pub number: u32,
    /// Title as printed.
    pub title: String,
    /// Case number ("Sagsnr."), if any.
    pub case_no: Option<String>,
    /// The sections of the item in source order.
    pub sections: Vec<Section>,
}

/// A headed section of an item ("Resumé", "Indstilling", "Beslutning i …").
#[derive(Debug, Clone)]
pub struct Section {
    /// The heading; empty for text before the first heading.
    pub heading: String,
    /// Whether this is the decision of the body that met (not a quoted committee decision).
    pub own_decision: bool,
    /// The content.
    pub blocks: Vec<Block>,
}

/// A block of running text.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph.
    Para(String),
    /// A bullet list.
    Bullets(Vec<String>),
    /// A table; the first row is the header.
    Table(Vec<Vec<String>>),
}

impl Meeting {
    /// A metadata value, or the empty string.
    pub fn meta(&self, key: &str) -> &str {
        self.meta.get(key).map(String::as_str).unwrap_or("")
    }
}

/// Parses a meeting from the markup described in the module docs. `library` holds the
/// common items that `@key` lines include; `{key}` placeholders are filled from the
/// meeting's metadata.
pub fn parse_meeting(src: &str, library: &BTreeMap<String, String>) -> Meeting {
    let (head, body) = src
        .split_once("\n---\n")
        .expect("meeting source needs a --- line");
    let mut meta = BTreeMap::new();
    let mut fields = Vec::new();
    for line in head.lines().filter(|l| !l.trim().is_empty()) {
        let (k, v) = line
            .split_once(':')
            .expect("header line must be `key: value`");
        let (k, v) = (k.trim().to_string(), v.trim().to_string());
        if k.starts_with(|c: char| c.is_lowercase()) {
            meta.insert(k, v);
        } else {
            fields.push((k, v));
        }
    }
    // Expand includes first, then placeholders, so library items can use them too.
    let mut expanded = String::new();
    for line in body.lines() {
        if let Some(key) = line.strip_prefix('@') {
            let text = library
                .get(key.trim())
                .unwrap_or_else(|| panic!("unknown library item {key}"));
            expanded.push_str(text);
            expanded.push('\n');
        } else {
            expanded.push_str(line);
            expanded.push('\n');
        }
    }
    let expanded = fill(&expanded, &meta);
    let first: u32 = meta.get("first").map_or(1, |s| s.parse().expect("first"));
    let items = parse_items(&expanded, first);
    Meeting {
        meta,
        fields: fields
            .into_iter()
            .map(|(k, v)| (k, fill(&v, &BTreeMap::new())))
            .collect(),
        items,
    }
}

fn fill(text: &str, meta: &BTreeMap<String, String>) -> String {
    let mut out = text.to_string();
    // Placeholders may refer to others (e.g. {beslutning} uses {dato}); two passes suffice.
    for _ in 0..2 {
        for (k, v) in meta {
            out = out.replace(&format!("{{{k}}}"), v);
        }
    }
    out
}

/// Parses a library of common items: blocks that start with `== key`.
pub fn parse_library(src: &str) -> BTreeMap<String, String> {
    let mut lib = BTreeMap::new();
    let mut key: Option<String> = None;
    let mut buf = String::new();
    for line in src.lines() {
        if let Some(k) = line.strip_prefix("== ") {
            if let Some(old) = key.take() {
                lib.insert(old, std::mem::take(&mut buf));
            }
            key = Some(k.trim().to_string());
        } else if key.is_some() {
            buf.push_str(line);
            buf.push('\n');
        }
    }
    if let Some(old) = key {
        lib.insert(old, buf);
    }
    lib
}

fn parse_items(src: &str, first: u32) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let flush = |items: &mut Vec<Item>, para: &mut Vec<String>| {
        if para.is_empty() {
            return;
        }
        let text = para.join(" ");
        para.clear();
        push_block(items, Block::Para(text));
    };
    for raw in src.lines() {
        let line = raw.trim_end();
        if let Some(rest) = line.strip_prefix("## ") {
            flush(&mut items, &mut para);
            let (title, case_no) = match rest.split_once(" | ") {
                Some((t, c)) => (t.trim().to_string(), Some(c.trim().to_string())),
                None => (rest.trim().to_string(), None),
            };
            let number = first + items.len() as u32;
            items.push(Item {
                number,
                title,
                case_no,
                sections: Vec::new(),
            });
        } else if let Some(rest) = line.strip_prefix('#') {
            flush(&mut items, &mut para);
            let (own, heading) = match rest.strip_prefix('!') {
                Some(h) => (true, h.trim()),
                None => (false, rest.trim()),
            };
            let item = items.last_mut().expect("section outside an item");
            item.sections.push(Section {
                heading: heading.to_string(),
                own_decision: own,
                blocks: Vec::new(),
            });
        } else if let Some(rest) = line.strip_prefix("- ") {
            flush(&mut items, &mut para);
            let item = items.last_mut().expect("bullet outside an item");
            let sec = current_section(item);
            match sec.blocks.last_mut() {
                Some(Block::Bullets(b)) => b.push(rest.trim().to_string()),
                _ => sec
                    .blocks
                    .push(Block::Bullets(vec![rest.trim().to_string()])),
            }
        } else if line.starts_with("  ") && !line.trim().is_empty() && para.is_empty() {
            // Continuation of the previous bullet.
            let item = items.last_mut().expect("text outside an item");
            if let Some(Block::Bullets(b)) = current_section(item).blocks.last_mut() {
                let last = b.last_mut().expect("bullet");
                last.push(' ');
                last.push_str(line.trim());
            } else {
                para.push(line.trim().to_string());
            }
        } else if line.starts_with('|') {
            flush(&mut items, &mut para);
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            let item = items.last_mut().expect("table outside an item");
            let sec = current_section(item);
            match sec.blocks.last_mut() {
                Some(Block::Table(rows)) => rows.push(cells),
                _ => sec.blocks.push(Block::Table(vec![cells])),
            }
        } else if line.trim().is_empty() {
            flush(&mut items, &mut para);
        } else {
            // Each line of running text is one paragraph, as minutes systems store them.
            para.push(line.trim().to_string());
            flush(&mut items, &mut para);
        }
    }
    flush(&mut items, &mut para);
    items
}

fn current_section(item: &mut Item) -> &mut Section {
    if item.sections.is_empty() {
        item.sections.push(Section {
            heading: String::new(),
            own_decision: false,
            blocks: Vec::new(),
        });
    }
    item.sections.last_mut().expect("non-empty")
}

fn push_block(items: &mut [Item], block: Block) {
    let item = items.last_mut().expect("text outside an item");
    current_section(item).blocks.push(block);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_items_sections_and_bullets() {
        let mut lib = BTreeMap::new();
        lib.insert(
            "x".to_string(),
            "## Meddelelser\n# Beslutning\nTaget til efterretning.\n".to_string(),
        );
        let m = parse_meeting(
            "body: Byrådet\nMødedato: 1. december 2022\n---\n## Danmarkskort | 22/1\n# Indstilling\nDirektionen indstiller,\n- at {body} godkender\n  forslaget\n\n#! Beslutning\nGodkendt.\n@x\n",
            &lib,
        );
        assert_eq!(m.fields[0].0, "Mødedato");
        assert_eq!(m.items.len(), 2);
        assert_eq!(m.items[0].case_no.as_deref(), Some("22/1"));
        let ind = &m.items[0].sections[0];
        assert_eq!(
            ind.blocks[1],
            Block::Bullets(vec!["at Byrådet godkender forslaget".into()])
        );
        assert!(m.items[0].sections[1].own_decision);
        assert_eq!(m.items[1].number, 2);
    }
}
