//! One realistic minute for each publishing system in SYSTEMS.md, read end to end: the HTML
//! goes through `tilsyn scan` as a municipality publishes it, and the test checks who met,
//! the outcome, the position and the passage that decided it. Each minute also carries the
//! misleading things that system's minutes hold (other "handlingsplaner", other maps, a
//! quoted committee decision, page furniture with other dates).
//!
//! The minutes were written for these tests from the field guide, in the register of real
//! ones; none is copied from a municipality or from a generator. PDF-only layouts (Prepare's
//! print, GetOrganized's Word document, a Word document by hand) are read as their PDFs'
//! text in `crates/matcher/src/tests.rs`; here they appear as their systems' HTML exports.

use std::path::Path;
use std::sync::OnceLock;

use serde_json::Value;

use crate::util::{document, scan};

/// The minutes of one municipality: (file name, bytes).
struct Minutes {
    folder: &'static str,
    files: Vec<(&'static str, Vec<u8>)>,
}

fn html(title: &str, body: &str) -> Vec<u8> {
    format!(
        "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n{body}\n</body></html>\n"
    )
    .into_bytes()
}

/// windows-1252 bytes of `s` (the Danish letters and a few signs; everything else ASCII).
fn cp1252(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            'æ' => 0xe6,
            'ø' => 0xf8,
            'å' => 0xe5,
            'Æ' => 0xc6,
            'Ø' => 0xd8,
            'Å' => 0xc5,
            'é' => 0xe9,
            '–' => 0x96,
            '§' => 0xa7,
            c if c.is_ascii() => c as u8,
            c => panic!("no windows-1252 byte for {c:?} in the test minute"),
        })
        .collect()
}

/// FirstAgenda Publication: a header table that labels the council "Udvalg", an index of
/// the items, "Punkt 6" alone above its title, attendance lines under the decision heading.
fn firstagenda() -> Minutes {
    let body = r##"
<div class="meeting-header">
<table class="meta">
<tr><th>Udvalg</th><td>Byrådet</td></tr>
<tr><th>Mødedato</th><td>23. november 2023</td></tr>
<tr><th>Tidspunkt</th><td>17:00 - 20:45</td></tr>
<tr><th>Mødested</th><td>Byrådssalen, Rådhustorvet 4</td></tr>
<tr><th>Fraværende</th><td>Peter Sørensen (V)</td></tr>
</table>
</div>
<nav class="agenda-index"><h2>Indholdsfortegnelse</h2>
<ul>
<li><a href="#p5">Punkt 5 Klimahandlingsplan 2030 - status</a></li>
<li><a href="#p6">Punkt 6 Danmarkskortet over omgørelsesprocenter 2023</a></li>
<li><a href="#p7">Punkt 7 Salg af areal ved Stationsvej</a></li>
</ul></nav>
<section id="p5">
<h2>Punkt 5</h2>
<h3>Klimahandlingsplan 2030 - status</h3>
<p>Sagsnr.: 09.00.00-P15-2-22</p>
<h4>Sagsfremstilling</h4>
<p>Byrådet vedtog i 2021 kommunens klimahandlingsplan. Status viser, at udledningen fra kommunens egne bygninger er faldet med 14 %. Handlingsplanen opdateres i 2024.</p>
<h4>Indstilling</h4>
<p>Direktionen indstiller, at status tages til efterretning.</p>
<h4>Beslutning</h4>
<p>Taget til efterretning.</p>
</section>
<section id="p6">
<h2>Punkt 6</h2>
<h3>Danmarkskortet over omgørelsesprocenter 2023</h3>
<p>Sagsnr.: 27.00.00-A00-4-23</p>
<h4>Resumé</h4>
<p>Social-, Bolig- og Ældreministeriet har i juni 2023 offentliggjort danmarkskortet over kommunernes omgørelsesprocenter på socialområdet for 2022. Byrådet skal efter retssikkerhedslovens § 79 b drøfte danmarkskortet og tage stilling til, om der skal udarbejdes en handlingsplan.</p>
<h4>Sagsfremstilling</h4>
<p>Ankestyrelsen omgjorde i 2022 24 % af kommunens afgørelser på hele socialområdet mod 31 % på landsplan. På børnehandicapområdet var andelen 29 % og på voksenhandicapområdet 21 %. Kommunen ligger dermed under landsgennemsnittet på alle tre områder.</p>
<p>Forvaltningen følger løbende op på de omgjorte sager gennem sagsgennemgange i teamene.</p>
<h4>Indstilling</h4>
<p>Direktionen indstiller,</p>
<ul><li>at danmarkskortet tages til efterretning, og</li>
<li>at der ikke udarbejdes en handlingsplan, idet kommunens omgørelsesprocenter ligger under landsgennemsnittet.</li></ul>
<h4>Beslutning</h4>
<p>Fraværende: Peter Sørensen (V)</p>
<p>Indstillingen blev godkendt.</p>
</section>
<section id="p7">
<h2>Punkt 7</h2>
<h3>Salg af areal ved Stationsvej</h3>
<h4>Sagsfremstilling</h4>
<p>Arealet har været udbudt offentligt, og der er indkommet to bud.</p>
<h4>Indstilling</h4>
<p>at arealet sælges til højestbydende.</p>
<h4>Beslutning</h4>
<p>Godkendt.</p>
</section>
"##;
    Minutes {
        folder: "horsens",
        files: vec![(
            "byraadet-2023-11-23.html",
            html("Byrådet - Referat - 23. november 2023", body),
        )],
    }
}

/// Prepare, as its web export: a title-line header, "Sagens kerne", the recommendation
/// before the background, a decision heading naming the council and the date.
fn prepare() -> Minutes {
    let body = r##"
<h1>Herning Kommune</h1>
<p>Referat</p>
<p>Byrådet</p>
<p>Mødedato: Tirsdag den 12. december 2023</p>
<p>Mødetidspunkt: 18:00</p>
<p>Mødested: Byrådssalen</p>
<h2>Punkt 14: Danmarkskort 2023 - stillingtagen til handlingsplan</h2>
<p>Sagsnr.: 27.00.00-A00-12-23</p>
<h3>Sagens kerne</h3>
<p>Byrådet skal drøfte danmarkskortet for 2023 og tage stilling til, om der er behov for en handlingsplan for den juridiske kvalitet i sagsbehandlingen.</p>
<h3>Indstilling</h3>
<p>Social- og Sundhedsforvaltningen indstiller til Social- og Sundhedsudvalget, Økonomiudvalget og Byrådet,</p>
<p>at der udarbejdes en handlingsplan for børnehandicapområdet, som forelægges udvalget i marts 2024.</p>
<h3>Beskrivelse af sagen</h3>
<p>Omgørelsesprocenten på børnehandicapområdet er steget fra 38 % til 47 % og ligger væsentligt over landsgennemsnittet på 36 %. Særligt sager om merudgifter efter servicelovens § 41 bliver omgjort. På voksenhandicapområdet og for socialområdet som helhed ligger kommunen på niveau med sammenlignelige kommuner.</p>
<h3>Beslutning i Social- og Sundhedsudvalget den 20-11-2023</h3>
<p>Anbefales.</p>
<h3>Beslutning i Økonomiudvalget den 04-12-2023</h3>
<p>Anbefales.</p>
<h3>Beslutning i Byrådet den 12-12-2023</h3>
<p>Godkendt.</p>
<h2>Punkt 15: Grønt Danmarkskort - udpegning af nye naturområder</h2>
<h3>Sagens kerne</h3>
<p>Kommunen skal i kommuneplanen udpege arealer til Grønt Danmarkskort.</p>
<h3>Indstilling</h3>
<p>at forslaget sendes i offentlig høring.</p>
<h3>Beslutning i Byrådet den 12-12-2023</h3>
<p>Godkendt.</p>
"##;
    Minutes {
        folder: "herning",
        files: vec![(
            "Byraadet_2023-12-12_referat.html",
            html("Byrådet - 12-12-2023", body),
        )],
    }
}

/// KMD Politikerweb: navigation, breadcrumbs and a sidebar of other meetings with their
/// dates around a title-line header; the council only takes note of the map.
fn politikerweb() -> Minutes {
    let body = r##"
<a class="skip" href="#main">Gå til indhold</a>
<nav><ul><li><a href="/">Forside</a></li><li><a href="/politik">Politik</a></li><li><a href="/borger">Borger</a></li></ul></nav>
<p class="breadcrumb">Forside &gt; Politik &gt; Dagsordener og referater &gt; Kommunalbestyrelsen</p>
<aside><h3>Andre møder i Kommunalbestyrelsen</h3>
<ul><li><a href="#">Kommunalbestyrelsen 03-10-2023</a></li><li><a href="#">Kommunalbestyrelsen 05-12-2023</a></li></ul></aside>
<main id="main">
<h1>Kommunalbestyrelsen 07-11-2023 kl. 17:00</h1>
<p>Referat</p>
<h2>Pkt. 11 Godkendelse af dagsorden</h2>
<p>Åbent punkt</p>
<h3>Beslutning</h3>
<p>Godkendt.</p>
<h2>Pkt. 12 Omgørelsesprocenter på socialområdet - danmarkskort 2023</h2>
<p>Åbent punkt · Sag 27.00.00-A00-3-23 · Dok. 2023/118522</p>
<h3>Beslutningstema</h3>
<p>Kommunalbestyrelsen orienteres om danmarkskortet for 2023.</p>
<h3>Sagsfremstilling</h3>
<p>Danmarkskortet viser, at Ankestyrelsen har ændret eller hjemvist 33 % af de påklagede afgørelser fra kommunen på socialområdet. Landsgennemsnittet er 30 %. Forvaltningen vil på et senere møde vende tilbage med en vurdering af behovet for en handlingsplan.</p>
<h3>Indstilling</h3>
<p>Administrationen indstiller, at orienteringen tages til efterretning.</p>
<h3>Beslutning</h3>
<p>Taget til efterretning.</p>
<h2>Pkt. 13 Omgørelsesprocenter på beskæftigelsesområdet 2022</h2>
<p>Åbent punkt</p>
<h3>Sagsfremstilling</h3>
<p>Ankestyrelsens statistik viser omgørelsesprocenten for sager om sygedagpenge og kontanthjælp.</p>
<h3>Beslutning</h3>
<p>Taget til efterretning.</p>
</main>
<footer><p>Til toppen</p></footer>
"##;
    Minutes {
        folder: "albertslund",
        files: vec![(
            "kommunalbestyrelsen-07-11-2023.html",
            html("Kommunalbestyrelsen 07-11-2023", body),
        )],
    }
}

/// OS2dagsorden: one page per agenda item, each repeating the body and the date; the
/// council approves the finance committee's recommendation by reference.
fn os2dagsorden() -> Minutes {
    let item = r##"
<p class="breadcrumb">Forside &gt; Dagsordener &gt; Byrådet (2023-10-25)</p>
<p>Byrådet (2023-10-25)</p>
<p>Møde: onsdag den 25. oktober 2023 kl. 18:30</p>
<p>Sted: Rådhuset, mødesal 1</p>
<h1>8. Danmarkskort over omgørelser på det sociale område</h1>
<h2>Sagsfremstilling</h2>
<p>Kommunens omgørelsesprocent på hele socialområdet er 36 %, og på voksenhandicapområdet 44 %, hvilket er højere end i sammenlignelige kommuner. Børnehandicapområdet ligger på landsgennemsnittet.</p>
<h2>Indstilling</h2>
<p>Direktøren for Social og Sundhed indstiller, at der igangsættes en handlingsplan for voksenhandicapområdet med fokus på sagsoplysning og partshøring.</p>
<h2>Beslutning i Økonomiudvalget den 18. oktober 2023</h2>
<p>Anbefales over for Byrådet.</p>
<h2>Beslutning</h2>
<p>Fraværende: Mette Holm (A)</p>
<p>Økonomiudvalgets indstilling godkendt.</p>
<p><a href="#top">Til toppen</a></p>
<p><a href="punkt-7.html">Forrige punkt</a> <a href="punkt-9.html">Næste punkt</a></p>
"##;
    let other = r##"
<p class="breadcrumb">Forside &gt; Dagsordener &gt; Byrådet (2023-10-25)</p>
<p>Byrådet (2023-10-25)</p>
<h1>9. Handleplan for trafiksikkerhed</h1>
<h2>Sagsfremstilling</h2>
<p>Handleplanen indeholder 12 projekter ved skoleveje.</p>
<h2>Beslutning</h2>
<p>Godkendt.</p>
"##;
    Minutes {
        folder: "syddjurs",
        files: vec![
            ("byraadet-2023-10-25/punkt-8.html", html("Punkt 8", item)),
            ("byraadet-2023-10-25/punkt-9.html", html("Punkt 9", other)),
        ],
    }
}

/// PolWeb: a windows-1252 table layout, "Møde:" naming the council, "Sag nr.", the
/// decision headed "Afgørelse" and a committee's earlier one quoted above it.
fn polweb() -> Minutes {
    let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Referat</title></head><body>\n\
<table border=0 width=\"100%\">\n\
<tr><td>Møde:</td><td>Kommunalbestyrelsen</td></tr>\n\
<tr><td>Dato:</td><td>28.11.2023</td></tr>\n\
<tr><td>Starttidspunkt:</td><td>16:00</td></tr>\n\
<tr><td>Sluttidspunkt:</td><td>19:10</td></tr>\n\
<tr><td>Sted:</td><td>Rådhuset, Maribo</td></tr>\n\
</table>\n\
<p><b>Sag nr. 9 - Danmarkskort 2023 over omgørelsesprocenter</b></p>\n\
<p><b>Problemstilling</b></p>\n\
<p>Efter retssikkerhedslovens § 79 b skal kommunalbestyrelsen årligt behandle danmarkskortet og tage stilling til behovet for en handlingsplan.</p>\n\
<p><b>Løsning</b></p>\n\
<p>Omgørelsesprocenten er faldet fra 35 % til 28 % efter den kvalitetsindsats, som blev sat i gang i 2022. Forvaltningen vurderer, at indsatsen virker.</p>\n\
<p><b>Indstilling</b></p>\n\
<p>Forvaltningen indstiller, at der ikke er behov for en handlingsplan, og at det igangværende kvalitetsarbejde fortsætter.</p>\n\
<p><b>Social- og Sundhedsudvalgets afgørelse den 14.11.2023</b></p>\n\
<p>Anbefales.</p>\n\
<p><b>Afgørelse</b></p>\n\
<p>Indstillingen blev godkendt med 19 stemmer mod 4 (Ø og F), idet Ø og F ønskede en handlingsplan.</p>\n\
<p><b>Sag nr. 10 - Takster 2024</b></p>\n\
<p><b>Afgørelse</b></p>\n\
<p>Godkendt.</p>\n\
</body></html>\n";
    Minutes {
        folder: "lolland",
        files: vec![("kb_281123.htm", cp1252(page))],
    }
}

/// eDoc's static export: "Organ:" names the council, prior decisions of each body are
/// headed "Beslutning fra X, date, pkt. n:", the council's own among them.
fn edoc() -> Minutes {
    let body = r##"
<dl>
<dt>Organ</dt><dd>Byrådet</dd>
<dt>Mødedato</dt><dd>13.12.2023</dd>
<dt>Mødested</dt><dd>Byrådssalen</dd>
</dl>
<h2>201. Danmarkskortet 2023 - Ankestyrelsens omgørelser</h2>
<p>Sagsnr. 306-2023-445120 · Dok. 306-2023-887113</p>
<h3>Sagsfremstilling</h3>
<p>Danmarkskortet for 2023 viser, at 39 % af kommunens afgørelser på børnehandicapområdet blev omgjort, mod 33 % på landsplan.</p>
<h3>Indstilling</h3>
<p>Forvaltningen indstiller til Social- og Sundhedsudvalget, Økonomiudvalget og Byrådet, at danmarkskortet tages til efterretning.</p>
<h3>Beslutninger</h3>
<p>Beslutning fra Social- og Sundhedsudvalget, 15. november 2023, pkt. 88:</p>
<p>Anbefales, idet udvalget samtidig anbefaler, at der udarbejdes en handlingsplan for børnehandicapområdet.</p>
<p>Beslutning fra Byrådet, 13. december 2023, pkt. 201:</p>
<p>Social- og Sundhedsudvalgets anbefaling godkendt, herunder at der udarbejdes en handlingsplan for børnehandicapområdet.</p>
"##;
    Minutes {
        folder: "vejle",
        files: vec![("Byraadet 13-12-2023.html", html("Byrådet", body))],
    }
}

/// Acadre: a title line with the date, "Ikke til stede", numbers without a dot and the
/// decision right after the summary. This council treats the 2023 map in January 2024.
fn acadre() -> Minutes {
    let body = r##"
<h1>Kommunalbestyrelsen 23-01-2024 kl. 17:00</h1>
<p>Ikke til stede: Lise Kjær (C)</p>
<h2>3 Danmarkskort 2023 - behandling efter retssikkerhedslovens § 79 b</h2>
<h3>Resume</h3>
<p>Kommunalbestyrelsen skal tage stilling til, om der skal udarbejdes en handlingsplan på baggrund af danmarkskortet 2023.</p>
<h3>Beslutning</h3>
<p>Kommunalbestyrelsen besluttede, at der ikke skal udarbejdes en handlingsplan.</p>
<h3>Sagsfremstilling</h3>
<p>Sagen blev i december 2023 udsat af Økonomiudvalget, fordi tallene for voksenhandicapområdet skulle belyses nærmere.</p>
"##;
    Minutes {
        folder: "halsnaes",
        files: vec![(
            "kommunalbestyrelsen_2024-01-23.html",
            html("Kommunalbestyrelsen 23-01-2024", body),
        )],
    }
}

/// SBSYS: running item numbers, decision lines naming body, date and item. Here the
/// committee treats the map and recommends to the council; the council's minutes only
/// mention it among the mayor's announcements.
fn sbsys() -> Minutes {
    let committee = r##"
<p>Udvalg: Social- og Sundhedsudvalget</p>
<p>Mødedato: 8. november 2023</p>
<h2>423. Danmarkskortet 2023 - Godkendelse</h2>
<p>Sagsnr.: 27.00.00-A00-7-23</p>
<h3>Sagsfremstilling</h3>
<p>Kommunen ligger på 30 % omgjorte afgørelser, svarende til landsgennemsnittet.</p>
<h3>Indstilling</h3>
<p>Forvaltningen indstiller til Byrådet via Økonomiudvalget, at der ikke udarbejdes en handlingsplan.</p>
<p>Sagen afgøres i: Byrådet</p>
<h3>Beslutning</h3>
<p>Social- og Sundhedsudvalget, 8. november 2023, pkt. 423:</p>
<p>Anbefales over for Byrådet.</p>
"##;
    let council = r##"
<p>Udvalg: Byrådet</p>
<p>Mødedato: 13. december 2023</p>
<h2>511. Meddelelser fra borgmesteren</h2>
<h3>Sagsfremstilling</h3>
<p>Borgmesteren orienterede om julearrangementet på rådhuset og om, at danmarkskortet behandles på et senere møde.</p>
<h3>Beslutning</h3>
<p>Byrådet, 13. december 2023, pkt. 511:</p>
<p>Taget til efterretning.</p>
<h2>512. Budgetopfølgning pr. 30. november 2023</h2>
<h3>Beslutning</h3>
<p>Byrådet, 13. december 2023, pkt. 512:</p>
<p>Godkendt.</p>
"##;
    Minutes {
        folder: "hilleroed",
        files: vec![
            (
                "social-og-sundhedsudvalget-2023-11-08.html",
                html("Social- og Sundhedsudvalget", committee),
            ),
            ("byraadet-2023-12-13.html", html("Byrådet", council)),
        ],
    }
}

/// GetOrganized's export: a two-column metadata table with capital labels, the decision
/// first and the background last; "no need" argued by the existing effort.
fn getorganized() -> Minutes {
    let body = r##"
<table class="metadata">
<tr><td>UDVALG</td><td>Byrådet</td></tr>
<tr><td>MØDEDATO</td><td>30.11.2023</td></tr>
<tr><td>MØDESTED</td><td>Byrådssalen, Prinsens Allé 5</td></tr>
</table>
<h2>6. Danmarkskort 2023 for Viborg Kommune</h2>
<p>Sagsnr.: 23/41877</p>
<h3>Beslutning</h3>
<p>Godkendt.</p>
<h3>Indstilling</h3>
<p>Direktionen indstiller, at den igangværende kvalitetsindsats på børne- og voksenhandicapområdet fortsætter og anses for tilstrækkelig.</p>
<h3>Sagsfremstilling</h3>
<p>Omgørelsesprocenten er 27 % mod 32 % på landsplan. Kommunen sammenlignes med Silkeborg, Herning og Holstebro, som ligger på 29-34 %.</p>
"##;
    Minutes {
        folder: "viborg",
        files: vec![(
            "Referat Byrådet 30.11.2023.html",
            html("Referat Byrådet 30.11.2023", body),
        )],
    }
}

/// A Word document by hand, saved as HTML: MsoNormal paragraphs, bold inline labels, the
/// plan under another name, and Ankestyrelsen's letter on last year's map as its own item.
fn word_by_hand() -> Minutes {
    let body = r##"
<p class=MsoNormal align=center><b>Læsø Kommune</b></p>
<p class=MsoNormal align=center><b>Referat af kommunalbestyrelsens møde</b></p>
<p class=MsoNormal align=center>torsdag den 26. oktober 2023 kl. 15.00</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Punkt 4. Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2022</b></p>
<p class=MsoNormal>Ankestyrelsen har i brev af 3. marts 2023 meddelt, at kommunalbestyrelsens behandling af danmarkskortet 2022 ikke giver anledning til yderligere.</p>
<p class=MsoNormal><b>Beslutning:</b> Taget til efterretning.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Punkt 5. Danmarkskort 2023</b></p>
<p class=MsoNormal>Ankestyrelsen omgjorde 41 % af de påklagede afgørelser, mod 31 % på landsplan. Tallene er små, men forvaltningen foreslår en plan for styrket retssikkerhed med kurser i forvaltningsret og faste sagsgennemgange.</p>
<p class=MsoNormal><b>Indstilling:</b> at forvaltningen udarbejder en plan for styrket retssikkerhed i sagsbehandlingen på socialområdet.</p>
<p class=MsoNormal><b>Beslutning:</b> Kommunalbestyrelsen godkendte indstillingen. Planen forelægges i februar 2024.</p>
"##;
    Minutes {
        folder: "laesoe",
        files: vec![(
            "Referat KB 26 oktober 2023.html",
            html("Referat KB 26 oktober 2023", body),
        )],
    }
}

fn all() -> Vec<Minutes> {
    vec![
        firstagenda(),
        prepare(),
        politikerweb(),
        os2dagsorden(),
        polweb(),
        edoc(),
        acadre(),
        sbsys(),
        getorganized(),
        word_by_hand(),
    ]
}

/// One scan of all systems' minutes (map year 2023); the report, shared by the tests.
fn report() -> &'static Value {
    static REPORT: OnceLock<Value> = OnceLock::new();
    REPORT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let input = dir.path().join("in");
        for m in all() {
            for (name, bytes) in m.files {
                let path = input.join(m.folder).join(name);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, bytes).unwrap();
            }
        }
        let out = dir.path().join("out");
        let report = scan(&input, &out, 2023, &["--db", &db(dir.path())]);
        // The temporary folder goes; the report stays in memory.
        drop(dir);
        report
    })
}

fn db(dir: &Path) -> String {
    dir.join("tilsyn.db").to_string_lossy().into_owned()
}

fn municipality(code: &str) -> &'static Value {
    report()["municipalities"]
        .as_array()
        .expect("municipalities")
        .iter()
        .find(|m| m["code"] == code)
        .unwrap_or_else(|| panic!("no municipality {code}"))
}

/// Asserts the outcome and the position, and that the evidence holds `passage`.
fn check(code: &str, outcome: &str, plan: Option<&str>, passage: &str) {
    let m = municipality(code);
    let show = serde_json::to_string_pretty(m).unwrap();
    assert_eq!(m["outcome"], outcome, "{show}");
    match plan {
        Some(p) => assert_eq!(m["action_plan"], p, "{show}"),
        None => assert!(
            m["action_plan"].is_null() || m["action_plan"] == "not_addressed",
            "{show}"
        ),
    }
    if !passage.is_empty() {
        let found = m["evidence"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|e| e["text"].as_str().is_some_and(|t| t.contains(passage)));
        assert!(found, "no evidence with {passage:?}:\n{show}");
    }
}

fn treatment_body(code: &str) -> String {
    municipality(code)["treatment"]["body"]
        .as_str()
        .unwrap_or("none")
        .to_string()
}

#[test]
fn firstagenda_labels_the_council_udvalg_and_lists_attendance_under_the_decision() {
    check(
        "615",
        "ok",
        Some("no_need"),
        "at der ikke udarbejdes en handlingsplan",
    );
    assert_eq!(treatment_body("615"), "council");
    // The climate action plan of item 5 is another plan in another item.
    let m = municipality("615");
    assert_eq!(
        m["treatment"]["item_title"],
        "Danmarkskortet over omgørelsesprocenter 2023"
    );
}

#[test]
fn prepare_dates_the_councils_decision_after_the_committees() {
    check(
        "657",
        "ok",
        Some("prepare"),
        "at der udarbejdes en handlingsplan for børnehandicapområdet",
    );
    assert_eq!(
        municipality("657")["treatment"]["meeting_date"],
        "2023-12-12"
    );
}

#[test]
fn politikerweb_taking_note_is_no_position_and_the_sidebar_dates_are_not_the_meeting() {
    check("165", "no_position", Some("not_addressed"), "");
    assert_eq!(
        municipality("165")["treatment"]["meeting_date"],
        "2023-11-07"
    );
    // The employment area's reversal rates are not the map: one treatment only.
    let doc = document(report(), "albertslund/kommunalbestyrelsen-07-11-2023.html");
    let dk: Vec<_> = doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "danmarkskort")
        .collect();
    assert_eq!(dk.len(), 1, "{dk:#?}");
}

#[test]
fn os2dagsorden_item_page_approving_the_committees_recommendation_by_reference() {
    check(
        "706",
        "ok",
        Some("prepare"),
        "igangsættes en handlingsplan for voksenhandicapområdet",
    );
    assert_eq!(treatment_body("706"), "council");
    assert_eq!(
        municipality("706")["treatment"]["meeting_date"],
        "2023-10-25"
    );
}

#[test]
fn polweb_windows_1252_with_the_decision_headed_afgoerelse() {
    check(
        "360",
        "ok",
        Some("no_need"),
        "at der ikke er behov for en handlingsplan",
    );
    assert_eq!(
        municipality("360")["treatment"]["meeting_date"],
        "2023-11-28"
    );
}

#[test]
fn edoc_tells_the_councils_decision_from_the_committees_in_one_chain() {
    check("630", "ok", Some("prepare"), "udarbejdes en handlingsplan");
    let m = municipality("630");
    let councils = m["evidence"].as_array().unwrap().iter().any(|e| {
        e["text"]
            .as_str()
            .unwrap_or("")
            .contains("godkendt, herunder")
    });
    assert!(councils, "the council's own decision decides: {m:#}");
}

#[test]
fn acadre_in_january_is_late() {
    check("260", "late", Some("no_need"), "");
    assert_eq!(
        municipality("260")["treatment"]["meeting_date"],
        "2024-01-23"
    );
}

#[test]
fn sbsys_committee_recommending_to_the_council_is_committee_only() {
    // No council treatment: the municipality has no position to report (CONTRACT).
    check("219", "committee_only", None, "");
    assert_eq!(treatment_body("219"), "committee");
}

#[test]
fn getorganized_capital_labels_and_the_decision_first() {
    check(
        "791",
        "ok",
        Some("no_need"),
        "igangværende kvalitetsindsats",
    );
    assert_eq!(treatment_body("791"), "council");
}

#[test]
fn word_by_hand_plan_under_another_name_and_last_years_letter_apart() {
    check(
        "825",
        "ok",
        Some("prepare"),
        "plan for styrket retssikkerhed",
    );
    let m = municipality("825");
    assert_eq!(m["treatment"]["item_title"], "Danmarkskort 2023", "{m:#}");
}
