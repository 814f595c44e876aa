//! Writes a quality standard (kvalitetsstandard) as the web page a municipality publishes:
//! site chrome, a title, headed sections of paragraphs and bullets.
//!
//! The source is a small line markup: `key: value` lines first (`kommune`, `adresse`,
//! `title`), then `# Heading` lines, `- bullet` lines and one paragraph per other line.

/// The page's bytes (UTF-8).
pub fn write_standard(src: &str) -> Vec<u8> {
    let mut meta = std::collections::BTreeMap::new();
    let mut body = String::new();
    let mut in_list = false;
    for line in src.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        let close_list = |body: &mut String, in_list: &mut bool| {
            if *in_list {
                body.push_str("</ul>\n");
                *in_list = false;
            }
        };
        if let Some(h) = line.strip_prefix("# ") {
            close_list(&mut body, &mut in_list);
            body.push_str(&format!("<h2>{}</h2>\n", esc(h)));
        } else if let Some(b) = line.strip_prefix("- ") {
            if !in_list {
                body.push_str("<ul>\n");
                in_list = true;
            }
            body.push_str(&format!("  <li>{}</li>\n", esc(b)));
        } else if body.is_empty() && line.contains(": ") && !line.starts_with(char::is_uppercase) {
            let (k, v) = line.split_once(": ").expect("checked");
            meta.insert(k.to_string(), v.to_string());
        } else {
            close_list(&mut body, &mut in_list);
            body.push_str(&format!("<p>{}</p>\n", esc(line)));
        }
    }
    if in_list {
        body.push_str("</ul>\n");
    }
    let get = |k: &str| meta.get(k).map(String::as_str).unwrap_or("");
    format!(
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} | {kommune}</title>\n\
         <style>body{{font-family:Arial,sans-serif;max-width:48rem;margin:0 auto}}nav a{{margin-right:1rem}}</style>\n</head>\n<body>\n\
         <header><nav><a href=\"/\">Forside</a><a href=\"/borger\">Borger</a><a href=\"/borger/aeldre\">Ældre og handicap</a><a href=\"/kontakt\">Kontakt</a></nav></header>\n\
         <main>\n<h1>{title}</h1>\n{body}</main>\n<footer><p>{kommune} · {adresse}</p></footer>\n</body>\n</html>\n",
        title = esc(get("title")),
        kommune = esc(get("kommune")),
        adresse = esc(get("adresse")),
    )
    .into_bytes()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
