//! HTML to raw text lines.
//!
//! Municipal web systems wrap the minutes in page chrome: menus, cookie
//! banners, breadcrumbs, search boxes, footers with the town hall's address.
//! That is dropped; headings, paragraphs, list items and table rows become
//! lines of their own, as a reader sees them.
//!
//! Each line is marked by the tags it came from ([`RawLine`]):
//!
//! - `h1`–`h6`: a heading of that level (every line inside it);
//! - `li`: a list item (its first line; further paragraphs inside the item
//!   are body text);
//! - a table row of exactly two cells (`th`/`td`): the text comes out as
//!   it always has, "Mødedato 15.12.2022" (the cells separated by a space,
//!   no colon is added), and the line is a label whose value starts at the
//!   second cell, where both cells begin on one line; a row whose label
//!   cell spans several lines is left as body text;
//! - `dt`: a label line on its own, with its value (the `dd`) on the
//!   following line(s), which are body text: the value starts at the end
//!   of the `dt` line.
//!
//! "Label: value" lines, bullets written as text and furniture such as "Gå
//! til indhold" are found from the text afterwards, as for every reader
//! (`normalise`).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use scraper::{ElementRef, Html, Node};

use crate::{IngestError, RawLine, RawPage};

pub(crate) fn extract(bytes: &[u8]) -> Result<(Vec<RawPage>, Vec<String>), IngestError> {
    let mut warnings = Vec::new();
    let text = decode(bytes, &mut warnings);
    let text = match flatten_deep_nesting(&text, MAX_DEPTH) {
        Some((flat, dropped)) => {
            warnings.push(format!(
                "the page nests elements more than {MAX_DEPTH} deep; {dropped} deeper tags were \
                 ignored and their text read as plain text"
            ));
            std::borrow::Cow::Owned(flat)
        }
        None => std::borrow::Cow::Borrowed(text.as_str()),
    };
    let html = Html::parse_document(&text);
    let mut w = Writer {
        out: String::with_capacity(text.len() / 2),
        lines: vec![RawLine::Body],
        line_start: 0,
        line_has_text: false,
        context: Vec::new(),
    };
    walk(&html, &mut w);
    Ok((
        vec![RawPage {
            text: w.out,
            lines: w.lines,
            drawn: 0,
            image: false,
        }],
        warnings,
    ))
}

/// The deepest element nesting handed to the HTML parser. Real minutes nest
/// a few dozen levels; html5ever's tree builder is quadratic in depth (a page
/// of 200,000 nested `<div>`s took nine minutes), so deeper tags are dropped
/// before parsing, keeping their text.
pub(crate) const MAX_DEPTH: usize = 1000;

/// Elements that never have content, so never nest.
fn is_void(name: &[u8]) -> bool {
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"param", b"source", b"track", b"wbr", b"keygen",
    ];
    VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Elements whose end tag may be left out: the parser closes them at the
/// next sibling, so counting their start tags would overstate the depth of
/// ordinary pages.
fn closes_implicitly(name: &[u8]) -> bool {
    const OPTIONAL: &[&[u8]] = &[
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"tr",
        b"td",
        b"th",
        b"option",
        b"optgroup",
        b"thead",
        b"tbody",
        b"tfoot",
        b"colgroup",
        b"rb",
        b"rt",
        b"rp",
        b"html",
        b"head",
        b"body",
    ];
    OPTIONAL.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Elements whose content is raw text up to their end tag.
fn is_raw_text(name: &[u8]) -> bool {
    const RAW: &[&[u8]] = &[
        b"script",
        b"style",
        b"textarea",
        b"title",
        b"xmp",
        b"iframe",
        b"noembed",
        b"noframes",
        b"plaintext",
    ];
    RAW.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Drops start and end tags nested deeper than `max`, by a byte scan of the
/// markup (tags, comments, quoted attributes and raw-text elements are
/// recognised; nothing is built). Returns the flattened page and how many
/// tags were dropped, or `None` when the page is within the limit, which is
/// the usual case and costs one pass.
///
/// The count is an estimate of the parser's depth (a stray end tag lowers
/// it, for instance); it only has to be right for pages nested far deeper
/// than any real one.
pub(crate) fn flatten_deep_nesting(html: &str, max: usize) -> Option<(String, usize)> {
    let b = html.as_bytes();
    let mut depth = 0usize;
    // Depth beyond `max`: start tags dropped and not yet matched by an end tag.
    let mut excess = 0usize;
    let mut drop: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let start = i + off;
        let rest = &b[start..];
        if rest.starts_with(b"<!--") {
            i = find(&b[start + 4..], b"-->").map_or(b.len(), |e| start + 4 + e + 3);
            continue;
        }
        let Some(&next) = rest.get(1) else { break };
        if next == b'!' || next == b'?' {
            i = memchr(b'>', rest).map_or(b.len(), |e| start + e + 1);
            continue;
        }
        let closing = next == b'/';
        let name_start = start + 1 + usize::from(closing);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        let mut j = name_start;
        while j < b.len() && !matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
            j += 1;
        }
        let name = &b[name_start..j];
        // The end of the tag, stepping over quoted attribute values.
        let mut quote = None;
        let mut self_closing = false;
        while j < b.len() {
            match (quote, b[j]) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, c @ (b'"' | b'\'')) => quote = Some(c),
                (None, b'>') => break,
                (None, b'/') => self_closing = b.get(j + 1) == Some(&b'>'),
                _ => {}
            }
            j += 1;
        }
        let end = (j + 1).min(b.len());
        i = end;
        if closing {
            if excess > 0 && !is_void(name) && !closes_implicitly(name) {
                excess -= 1;
                drop.push((start, end));
            } else {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if is_raw_text(name) {
            // Skip to the matching end tag; its content is not markup.
            let mut k = end;
            loop {
                let Some(off) = memchr(b'<', &b[k..]) else {
                    i = b.len();
                    break;
                };
                k += off;
                let tail = &b[k..];
                if tail.len() >= 2 + name.len()
                    && tail[1] == b'/'
                    && tail[2..2 + name.len()].eq_ignore_ascii_case(name)
                {
                    i = k;
                    break;
                }
                k += 1;
            }
            continue;
        }
        if self_closing || is_void(name) || closes_implicitly(name) {
            continue;
        }
        if depth >= max {
            excess += 1;
            drop.push((start, end));
        } else {
            depth += 1;
        }
    }
    if drop.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for &(s, e) in &drop {
        out.push_str(&html[at..s]);
        // A dropped tag still separates words.
        out.push(' ');
        at = e;
    }
    out.push_str(&html[at..]);
    Some((out, drop.len()))
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

/// Decodes by BOM, then by the charset the page declares in its first 2 KiB,
/// then as UTF-8 if it is valid UTF-8, else as windows-1252 (what older
/// Danish systems write when they declare nothing).
fn decode(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    let declared = declared_charset(&bytes[..bytes.len().min(2048)]);
    let enc = match declared.as_deref() {
        Some(label) => match Encoding::for_label(label.as_bytes()) {
            Some(enc) => Some(enc),
            None => {
                warnings.push(format!(
                    "unknown charset \"{}\" declared; guessed the encoding instead",
                    label.chars().take(40).collect::<String>()
                ));
                None
            }
        },
        None => None,
    };
    // A page that declares UTF-16 in a meta tag is ASCII-compatible as read,
    // so the declaration cannot be true (the HTML standard says the same).
    let enc = enc.map(|e| if e.is_ascii_compatible() { e } else { UTF_8 });
    let enc = enc.unwrap_or_else(|| {
        if std::str::from_utf8(bytes).is_ok() {
            UTF_8
        } else {
            WINDOWS_1252
        }
    });
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The charset label of `<meta charset=…>` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">`, found by a byte scan (the prescan of the HTML
/// standard, simplified).
fn declared_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < lower.len()
            && (lower[i].is_ascii_whitespace() || lower[i] == b'"' || lower[i] == b'\'')
        {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && !matches!(
                lower[i],
                b'"' | b'\'' | b';' | b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'
            )
        {
            i += 1;
        }
        if i > start {
            return Some(String::from_utf8_lossy(&lower[start..i]).into_owned());
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Elements whose content is never minutes text.
fn is_dropped_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "nav"
            | "svg"
            | "iframe"
            | "object"
            | "button"
            | "select"
            | "textarea"
            | "input"
            | "head"
            | "aside"
            | "dialog"
            | "menu"
    )
}

/// Page chrome recognised by class, id or role: cookie and consent banners,
/// breadcrumbs, skip links, menus, site header and footer.
fn is_chrome(el: &ElementRef) -> bool {
    let v = el.value();
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    if matches!(
        v.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "search" | "dialog" | "alertdialog")
    ) {
        return true;
    }
    let mut hay = String::new();
    for a in ["class", "id"] {
        if let Some(s) = v.attr(a) {
            hay.push_str(&s.to_ascii_lowercase());
            hay.push(' ');
        }
    }
    const MARKERS: &[&str] = &[
        "cookie",
        "consent",
        "gdpr",
        "breadcrumb",
        "skip-link",
        "skiplink",
        "site-header",
        "site-footer",
        "sitefooter",
        "siteheader",
        "megamenu",
        "main-menu",
        "mainmenu",
        "navbar",
        "share-buttons",
        "social-share",
    ];
    if MARKERS.iter().any(|m| hay.contains(m)) {
        return true;
    }
    // <header>/<footer> of the page itself, not of an article or section; but a header
    // holding the page's h1 is the document's title block (pandoc's "title-block-header":
    // the body that met and the date), not the site's banner.
    if v.name() == "header"
        && el
            .descendants()
            .any(|d| d.value().as_element().is_some_and(|e| e.name() == "h1"))
    {
        return false;
    }
    if matches!(v.name(), "header" | "footer") {
        return !el.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "main" | "article" | "section"))
        });
    }
    false
}

/// The text being written, with a [`RawLine`] per line and the open
/// elements that mark lines.
struct Writer {
    out: String,
    /// One per `\n`-separated line of `out`.
    lines: Vec<RawLine>,
    /// Where the current (last) line starts in `out`.
    line_start: usize,
    /// Whether the current line has text other than spaces.
    line_has_text: bool,
    /// Open elements that mark lines, innermost last.
    context: Vec<(ego_tree::NodeId, Mark)>,
}

/// An open element that marks the lines inside it.
#[derive(Debug, Clone, Copy)]
enum Mark {
    Heading(u8),
    /// `li`; `used` once its first line is marked.
    Item {
        used: bool,
    },
    Term,
    /// `tr`: whether it has exactly two cells, the cells opened so far, and
    /// the line its first text is on.
    Row {
        pair: bool,
        cells: u8,
        first_line: Option<usize>,
    },
}

impl Writer {
    /// Ends the current line. Nested blocks close together, which is one
    /// line break to a reader, not a run of blank lines.
    fn newline(&mut self) {
        while self.out.ends_with(' ') {
            self.out.pop();
        }
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
            self.lines.push(RawLine::Body);
            self.line_start = self.out.len();
            self.line_has_text = false;
        }
    }

    /// Writes text that is not all white space, marking its line by the
    /// elements it is in if it is the line's first.
    fn text(&mut self, t: &str) {
        let line = self.lines.len() - 1;
        if !self.line_has_text {
            self.line_has_text = true;
            for (_, mark) in self.context.iter_mut().rev() {
                let kind = match mark {
                    Mark::Heading(level) => Some(RawLine::Heading(*level)),
                    Mark::Item { used: false } => Some(RawLine::ListItem),
                    Mark::Term => Some(RawLine::Label {
                        value_word: u32::MAX,
                    }),
                    _ => None,
                };
                if let Mark::Item { used } = mark {
                    *used = true;
                }
                if let Some(kind) = kind {
                    self.lines[line] = kind;
                    break;
                }
            }
        }
        if let Some(Mark::Row { first_line, .. }) = self
            .context
            .iter_mut()
            .rev()
            .map(|(_, m)| m)
            .find(|m| matches!(m, Mark::Row { .. }))
        {
            first_line.get_or_insert(line);
        }
        self.out.extend(
            t.chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
        );
    }

    /// A `td`/`th` opens: the second cell of a two-cell row that starts on
    /// the line of the first makes that line a label.
    fn cell(&mut self) {
        let line = self.lines.len() - 1;
        let has_text = self.line_has_text;
        let words = self.out[self.line_start..].split_whitespace().count() as u32;
        let Some(Mark::Row {
            pair,
            cells,
            first_line,
        }) = self
            .context
            .iter_mut()
            .rev()
            .map(|(_, m)| m)
            .find(|m| matches!(m, Mark::Row { .. }))
        else {
            return;
        };
        *cells = cells.saturating_add(1);
        // The third cell of a row that is still on its first line makes the line a row.
        if !*pair
            && *cells == 3
            && *first_line == Some(line)
            && has_text
            && self.lines[line] == RawLine::Body
        {
            self.lines[line] = RawLine::Row;
        }
        if *pair
            && *cells == 2
            && *first_line == Some(line)
            && has_text
            && words > 0
            && self.lines[line] == RawLine::Body
        {
            self.lines[line] = RawLine::Label { value_word: words };
        }
    }
}

/// The mark an element puts on the lines inside it, if any.
fn mark_of(el: &ElementRef) -> Option<Mark> {
    let name = el.value().name();
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(Mark::Heading(name.as_bytes()[1] - b'0')),
        "li" => Some(Mark::Item { used: false }),
        "dt" => Some(Mark::Term),
        "tr" => {
            let cells = el
                .children()
                .filter(|c| {
                    c.value()
                        .as_element()
                        .is_some_and(|e| matches!(e.name(), "td" | "th"))
                })
                .count();
            Some(Mark::Row {
                pair: cells == 2,
                cells: 0,
                first_line: None,
            })
        }
        _ => None,
    }
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "tr"
            | "table"
            | "thead"
            | "tbody"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "blockquote"
            | "pre"
            | "address"
            | "figure"
            | "figcaption"
            | "hr"
            | "form"
            | "fieldset"
            | "body"
            | "center"
            | "caption"
    )
}

/// Walks the tree without recursion (a page of a million nested `<div>`s
/// must not overflow the stack), writing text and line breaks.
fn walk(html: &Html, w: &mut Writer) {
    use ego_tree::iter::Edge;
    let mut skip_depth: Option<ego_tree::NodeId> = None;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip_depth.is_some() {
                    continue;
                }
                match node.value() {
                    // Line breaks in HTML source are spaces to a reader.
                    Node::Text(t) => {
                        if t.trim().is_empty() {
                            if !w.out.is_empty() && !w.out.ends_with(['\n', ' ']) {
                                w.out.push(' ');
                            }
                        } else {
                            w.text(t);
                        }
                    }
                    Node::Element(e) => {
                        let name = e.name();
                        let el = ElementRef::wrap(node).expect("element node");
                        if is_dropped_tag(name) || is_chrome(&el) {
                            skip_depth = Some(node.id());
                            continue;
                        }
                        if name == "br" || is_block(name) {
                            w.newline();
                        } else if matches!(name, "td" | "th") {
                            w.cell();
                            w.out.push(' ');
                        }
                        if let Some(mark) = mark_of(&el) {
                            w.context.push((node.id(), mark));
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skip_depth {
                    if id == node.id() {
                        skip_depth = None;
                    }
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    if w.context.last().is_some_and(|(id, _)| *id == node.id()) {
                        w.context.pop();
                    }
                    if is_block(e.name()) {
                        w.newline();
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        let (pages, _) = extract(bytes).unwrap();
        crate::normalise::normalise_page(&pages[0].text)
    }

    #[test]
    fn chrome_is_dropped_and_blocks_become_lines() {
        let html = r#"<!DOCTYPE html><html><head><title>Referat</title><style>p{}</style></head>
        <body><header class="site-header"><a href="/">Forside</a></header>
        <div id="cookie-banner">Vi bruger cookies <button>OK</button></div>
        <nav><ul><li>Politik</li></ul></nav>
        <ol class="breadcrumb"><li>Forside</li><li>Byrådet</li></ol>
        <main><article><header><h1>Byrådet – referat</h1><p>Mødedato: 15.12.2022</p></header>
        <h2>7. Danmarkskort 2022</h2><p>Sagsnr.: 22/1234</p>
        <ul><li>at Byrådet drøfter danmarkskortet, og</li><li>at der <b>ikke</b> udarbejdes en handlingsplan.</li></ul>
        <table><tr><td>Beslutning</td><td>Godkendt.</td></tr></table>
        <script>var x = "<p>not text</p>";</script></article></main>
        <footer>Rådhuset, 8000 Aarhus C</footer></body></html>"#;
        assert_eq!(
            text(html.as_bytes()),
            "Byrådet – referat\nMødedato: 15.12.2022\n7. Danmarkskort 2022\nSagsnr.: 22/1234\nat Byrådet drøfter danmarkskortet, og\nat der ikke udarbejdes en handlingsplan.\nBeslutning Godkendt."
        );
    }

    /// pandoc's standalone HTML puts the title and date in a page-level `<header>`: it is
    /// the document's title block, kept; a site banner with its own h1 stays out.
    #[test]
    fn a_page_header_holding_the_title_is_the_documents_title_block() {
        let html = r#"<html><body><header class="site-header"><h1>Holstebro Kommune</h1><a href="/">Forside</a></header>
        <header id="title-block-header"><h1 class="title">Byrådet – referat</h1>
        <p class="date">mandag den 12. februar 2024</p></header>
        <h2>Pkt. 1 – Godkendelse af dagsorden</h2><p>Godkendt.</p>
        <header><p>Søg</p><a href="/">Forside</a></header></body></html>"#;
        assert_eq!(
            text(html.as_bytes()),
            "Byrådet – referat\nmandag den 12. februar 2024\nPkt. 1 – Godkendelse af dagsorden\nGodkendt."
        );
    }

    fn kinds(html: &str) -> (String, Vec<crate::LineKind>) {
        let doc = crate::extract_bytes(html.as_bytes(), crate::Format::Html).unwrap();
        let page = &doc.pages[0];
        (
            page.text.clone(),
            page.lines.iter().map(|l| l.kind).collect(),
        )
    }

    #[test]
    fn tags_mark_headings_rows_terms_and_items() {
        use crate::LineKind::*;
        let (text, kinds) = kinds(
            "<h1>Referat</h1><h3>Byrådet</h3><table><tr><th>Mødedato</th><td>15.12.2022</td></tr>\
             <tr><td>a</td><td>b</td><td>c</td></tr></table><dl><dt>Sted</dt><dd>Rådhuset</dd></dl>\
             <ul><li>at byrådet godkender<p>Mere</p></li></ul><p>Tekst</p>",
        );
        assert_eq!(
            text,
            "Referat\nByrådet\nMødedato 15.12.2022\na b c\nSted\nRådhuset\nat byrådet godkender\nMere\nTekst"
        );
        assert_eq!(
            kinds,
            vec![
                Heading { level: 1 },
                Heading { level: 3 },
                Label { value_start: 10 },
                Row,
                Label { value_start: 4 },
                Body,
                ListItem,
                Body,
                Body
            ]
        );
    }

    #[test]
    fn a_row_whose_label_spans_lines_is_body_and_chrome_leaves_no_marks() {
        use crate::LineKind::*;
        let (text, kinds) = kinds(
            "<nav><h2>Menu</h2></nav><p>Gå til indhold</p><table><tr><td><p>Lang</p><p>etiket</p></td>\
             <td>værdi</td></tr><tr><td>Beslutning</td><td>Godkendt.</td></tr></table>\
             <h2>7. Danmarkskort <b>2022</b></h2>",
        );
        assert_eq!(
            text,
            "Gå til indhold\nLang\netiket\nværdi\nBeslutning Godkendt.\n7. Danmarkskort 2022"
        );
        assert_eq!(
            kinds,
            vec![
                Furniture,
                Body,
                Body,
                Body,
                Label { value_start: 11 },
                Heading { level: 2 }
            ]
        );
    }

    #[test]
    fn windows_1252_declared_and_entities() {
        let mut bytes = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>".to_vec();
        bytes.extend_from_slice(&[
            b'K', 0xf8, b'b', b'e', b'n', b'h', b'a', b'v', b'n', b' ', 0xc6, 0xd8, 0xc5,
        ]);
        bytes.extend_from_slice(b" &aelig;&oslash;&#229;&nbsp;x</p></body></html>");
        assert_eq!(text(&bytes), "København ÆØÅ æøå x");
    }

    #[test]
    fn undeclared_non_utf8_is_read_as_windows_1252() {
        let bytes = [b"<p>Ringk".as_slice(), &[0xf8], b"bing</p>"].concat();
        assert_eq!(text(&bytes), "Ringkøbing");
    }

    #[test]
    fn invalid_charset_label_warns_and_guesses() {
        let (pages, warnings) =
            extract("<meta charset=\"x-bogus\"><p>Tårnby</p>".as_bytes()).unwrap();
        assert!(pages[0].text.contains("Tårnby"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // The walk is iterative, and nesting past MAX_DEPTH is flattened.
        let n = 10_000;
        let html = format!("{}tekst{}", "<div>".repeat(n), "</div>".repeat(n));
        assert!(text(html.as_bytes()).contains("tekst"));
    }

    #[test]
    fn a_million_nested_divs_are_read_in_seconds() {
        // html5ever alone took nine minutes on 200,000 levels.
        let n = 1_000_000;
        let html = format!(
            "<p>Byrådet</p>{}<b>tekst</b>{}<p>slut</p>",
            "<div class=\"x\">".repeat(n),
            "</div>".repeat(n)
        );
        let start = std::time::Instant::now();
        let (pages, warnings) = extract(html.as_bytes()).unwrap();
        assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
        let t = crate::normalise::normalise_page(&pages[0].text);
        assert!(t.starts_with("Byrådet"), "{}", &t[..t.len().min(200)]);
        assert!(
            t.contains("tekst") && t.ends_with("slut"),
            "{}",
            &t[..t.len().min(200)]
        );
        assert!(
            warnings.iter().any(|w| w.contains("nests elements")),
            "{warnings:?}"
        );
    }

    #[test]
    fn flattening_leaves_ordinary_pages_alone() {
        let page = "<html><body><ul><li>a<li>b</ul><p>c<p>d<br><img src=x>\
                    <script>if (a < b) { x = \"<div><div>\"; }</script>\
                    <!-- <div><div><div> --><div title=\"a>b\">e</div></body></html>";
        assert_eq!(flatten_deep_nesting(page, 2), None);
        assert_eq!(
            flatten_deep_nesting("<div><div><div>x</div></div></div>", 2),
            Some(("<div><div> x </div></div>".to_string(), 2))
        );
    }
}
