//! Writes a [`Meeting`] as a municipal web page, with the chrome real sites wrap around
//! minutes: cookie banner, menu, breadcrumbs, a script and a style sheet, and a footer.
//!
//! [`HtmlStyle::Modern`] is UTF-8 with semantic markup; [`HtmlStyle::Legacy`] is an older
//! table-based CMS that declares and really uses windows-1252 and writes some letters as
//! entities (`&aelig;`, `&oslash;`, `&#229;`, `&nbsp;`).

use crate::layout::encode;
use crate::model::{Block, Meeting};

/// The web system that published the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HtmlStyle {
    /// A current CMS, UTF-8, `<section>` per item.
    Modern,
    /// An older CMS with a table layout, windows-1252 bytes and entities.
    Legacy,
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace("§ ", "§&nbsp;")
}

/// Escapes and, in the legacy style, writes Danish letters as entities, as that CMS's
/// rich-text editor did for headings.
fn esc_entities(text: &str) -> String {
    esc(text)
        .replace('æ', "&aelig;")
        .replace('ø', "&oslash;")
        .replace('å', "&#229;")
        .replace('Æ', "&AElig;")
        .replace('Ø', "&Oslash;")
        .replace('Å', "&#197;")
}

/// Renders the meeting as an HTML page, encoded as the style declares.
pub fn write_html(m: &Meeting, style: HtmlStyle) -> Vec<u8> {
    match style {
        HtmlStyle::Modern => modern(m).into_bytes(),
        HtmlStyle::Legacy => encode(&legacy(m)),
    }
}

fn blocks(out: &mut String, blocks: &[Block], esc: fn(&str) -> String) {
    for b in blocks {
        match b {
            Block::Para(t) => out.push_str(&format!("<p>{}</p>\n", esc(t))),
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("  <li>{}</li>\n", esc(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(rows) => {
                out.push_str("<table class=\"votes\">\n");
                for (r, row) in rows.iter().enumerate() {
                    let tag = if r == 0 { "th" } else { "td" };
                    let cells: String = row
                        .iter()
                        .map(|c| format!("<{tag}>{}</{tag}>", esc(c)))
                        .collect();
                    out.push_str(&format!("  <tr>{cells}</tr>\n"));
                }
                out.push_str("</table>\n");
            }
        }
    }
}

fn modern(m: &Meeting) -> String {
    let kommune = m.meta("kommune");
    let body = m.meta("body");
    let long = m.meta("dato");
    let mut o = String::new();
    o.push_str(&format!(
        r#"<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Referat – {body} – {long} | {kommune}</title>
<link rel="stylesheet" href="/dist/css/main.min.css">
<style>
  .cookie-banner {{ position: fixed; bottom: 0; background: #1d3c5a; color: #fff; padding: 1rem; }}
  .agenda-item h2 {{ font-size: 1.4rem; margin-top: 2rem; }}
  dl.meeting-meta dt {{ font-weight: bold; }}
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('consent', 'default', {{ 'analytics_storage': 'denied' }});
</script>
</head>
<body class="page-meeting">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookies">
  <p>Vi bruger cookies til at forbedre din oplevelse af hjemmesiden og til at lave statistik. Du kan altid trække dit samtykke tilbage.</p>
  <button type="button" class="btn accept">Tillad alle</button> <button type="button" class="btn necessary">Kun nødvendige</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{kommune}</a>
  <nav class="main-menu" aria-label="Hovedmenu">
    <ul>
      <li><a href="/borger/">Borger</a></li>
      <li><a href="/erhverv/">Erhverv</a></li>
      <li><a href="/politik-og-indflydelse/">Politik og indflydelse</a></li>
      <li><a href="/om-kommunen/">Om kommunen</a></li>
      <li><a href="/kontakt/">Kontakt</a></li>
    </ul>
  </nav>
  <form class="search" action="/soeg/"><input type="search" name="q" placeholder="Søg på siden"></form>
</header>
<nav class="breadcrumb" aria-label="Brødkrummesti">
  <a href="/">Forside</a> &rsaquo; <a href="/politik-og-indflydelse/">Politik og indflydelse</a> &rsaquo; <a href="/politik-og-indflydelse/dagsordener-og-referater/">Dagsordener og referater</a> &rsaquo; <span>{body} {long}</span>
</nav>
<main id="main">
<article class="meeting">
<h1>Referat – {body}</h1>
<dl class="meeting-meta">
"#
    ));
    for (k, v) in &m.fields {
        o.push_str(&format!("  <dt>{}</dt><dd>{}</dd>\n", esc(k), esc(v)));
    }
    o.push_str("</dl>\n<nav class=\"toc\"><h2>Dagsorden</h2>\n<ol>\n");
    for item in &m.items {
        o.push_str(&format!(
            "  <li><a href=\"#punkt-{0}\">{0}. {1}</a></li>\n",
            item.number,
            esc(&item.title)
        ));
    }
    o.push_str("</ol>\n</nav>\n");
    for item in &m.items {
        o.push_str(&format!(
            "<section class=\"agenda-item\" id=\"punkt-{0}\">\n<h2>{0}. {1}</h2>\n",
            item.number,
            esc(&item.title)
        ));
        if let Some(c) = &item.case_no {
            o.push_str(&format!(
                "<p class=\"case-number\">Sagsnummer: {}</p>\n",
                esc(c)
            ));
        }
        for sec in &item.sections {
            if !sec.heading.is_empty() {
                let class = if sec.own_decision {
                    " class=\"decision\""
                } else {
                    ""
                };
                o.push_str(&format!("<h3{class}>{}</h3>\n", esc(&sec.heading)));
            }
            blocks(&mut o, &sec.blocks, esc);
        }
        o.push_str("</section>\n");
    }
    o.push_str(&format!(
        r#"</article>
</main>
<footer class="site-footer">
  <p>{kommune} · {}</p>
  <p><a href="/tilgaengelighedserklaering/">Tilgængelighedserklæring</a> · <a href="/cookies/">Cookies</a> · <a href="/privatlivspolitik/">Privatlivspolitik</a></p>
</footer>
<script src="/dist/js/main.min.js" defer></script>
</body>
</html>
"#,
        m.meta("adresse")
    ));
    o
}

fn legacy(m: &Meeting) -> String {
    let kommune = m.meta("kommune");
    let body = m.meta("body");
    let long = m.meta("dato");
    let mut o = String::new();
    o.push_str(&format!(
        r#"<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{} - Referat {}</title>
<style type="text/css">
body {{ font-family: Verdana, Arial, sans-serif; font-size: 11px; }}
td#menu {{ width: 180px; vertical-align: top; background: #e8eef3; }}
h2.punkt {{ border-top: 1px solid #999; padding-top: 8px; }}
</style>
<script type="text/javascript">
function visCookieInfo() {{ document.getElementById('cookieinfo').style.display = 'none'; }}
</script>
</head>
<body>
<div id="cookieinfo">Denne side anvender cookies. Ved at klikke videre accepterer du brugen af cookies. <a href="javascript:visCookieInfo()">OK</a></div>
<table id="layout" width="100%" cellpadding="0" cellspacing="0">
<tr><td colspan="2" id="top"><img src="/images/logo.gif" alt="{}"></td></tr>
<tr>
<td id="menu">
<ul>
<li><a href="/Borger.aspx">Borger</a></li>
<li><a href="/Erhverv.aspx">Erhverv</a></li>
<li><a href="/Politik.aspx">Politik</a>
  <ul><li><a href="/Politik/Kommunalbestyrelsen.aspx">Kommunalbestyrelsen</a></li><li><a href="/Politik/Udvalg.aspx">St&#229;ende udvalg</a></li><li><a href="/Politik/Referater.aspx">Dagsordener og referater</a></li></ul></li>
<li><a href="/Kontakt.aspx">Kontakt</a></li>
</ul>
</td>
<td id="content">
<div class="brodkrumme">Du er her: <a href="/">Forside</a> &raquo; <a href="/Politik.aspx">Politik</a> &raquo; <a href="/Politik/Referater.aspx">Dagsordener og referater</a> &raquo; {}</div>
<h1>Referat - {}</h1>
<table class="moedeinfo">
"#,
        esc_entities(kommune),
        esc_entities(body),
        esc_entities(kommune),
        esc_entities(long),
        esc_entities(body),
    ));
    for (k, v) in &m.fields {
        let v = esc(v).replace("kl. ", "kl.&nbsp;");
        o.push_str(&format!(
            "<tr><td><b>{}:</b></td><td>{v}</td></tr>\n",
            esc_entities(k)
        ));
    }
    o.push_str("</table>\n<br>\n");
    for item in &m.items {
        o.push_str(&format!(
            "<a name=\"p{0}\"></a>\n<h2 class=\"punkt\">Punkt {0}: {1}</h2>\n",
            item.number,
            esc_entities(&item.title)
        ));
        if let Some(c) = &item.case_no {
            o.push_str(&format!("<p><i>Sagsnr.:&nbsp;{}</i></p>\n", esc(c)));
        }
        for sec in &item.sections {
            if !sec.heading.is_empty() {
                o.push_str(&format!("<p><b>{}</b></p>\n", esc_entities(&sec.heading)));
            }
            blocks(&mut o, &sec.blocks, esc);
        }
    }
    o.push_str(&format!(
        r#"</td>
</tr>
<tr><td colspan="2" id="bund">{} &middot; {}</td></tr>
</table>
</body>
</html>
"#,
        esc_entities(kommune),
        esc(m.meta("adresse"))
    ));
    o
}
