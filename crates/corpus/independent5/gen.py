#!/usr/bin/env python3
"""Independent corpus 5 for tilsyn (map year 2023). Python 3 stdlib only; deterministic by seed.
usage: gen.py OUT [SEED]"""
import sys, os, json, random, csv, subprocess, zipfile, shutil, html, re
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]).resolve()
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 5023
MAP_YEAR = 2023
MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
MONS = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
import datetime as dt

def fmt_date(d, style):
    if style == "short": return f"den {d.day}. {MONS[d.month-1]} {d.year}"
    if style == "dots2": return f"{d.day:02d}.{d.month:02d}.{d.year%100:02d}"
    if style == "slash": return f"{d.day}/{d.month} {d.year}"
    if style == "weekday": return f"{DAYS[d.weekday()]} d. {d.day}. {MON[d.month-1]} {d.year}"
    return f"{d.day}. {MON[d.month-1]} {d.year}"

# ---------------------------------------------------------------- layouts
# pair -> two layouts; the seed sends one of each pair to dev, the other to holdout
LAYOUTS = {
 "html-h3-inline":   dict(pair="A", kind="html", ext=".html", date="weekday", head="{C}s afgørelse"),
 "html-decision-first": dict(pair="A", kind="html", ext=".htm", date="short", head="Det besluttedes"),
 "chromium-grid-right": dict(pair="B", kind="chromium", ext=".pdf", date="slash", head="Udfald"),
 "chromium-shaded-td": dict(pair="B", kind="chromium", ext=".pdf", date="long", head="Beslutningen blev"),
 "soffice-docx-headings": dict(pair="C", kind="docx", ext=".pdf", date="long", head="Drøftelse og beslutning"),
 "soffice-row-table": dict(pair="C", kind="sofficehtml", ext=".pdf", date="dots2", head="Beslutning"),
 "wkhtml-two-meetings": dict(pair="D", kind="wkhtml", ext=".pdf", date="weekday", head="Behandling i mødet"),
 "wkhtml-footnotes-prevhdr": dict(pair="D", kind="wkhtml", ext=".pdf", date="short", head="Kommunalbestyrelsens vedtagelse"),
 "enscript-2up": dict(pair="E", kind="enscript", ext=".pdf", date="dots2", head="Referat"),
 "enscript-extract": dict(pair="E", kind="enscript1", ext=".pdf", date="slash", head="{C}s afgørelse"),
}

# ---------------------------------------------------------------- scenarios
# per half: 2 not_found, 2 committee_only, 3 late, 4 no_position, 38 ok
OK_PLANS = ["ok_prepare_plain", "ok_noneed_plain", "ok_prepare_amendment", "ok_noneed_minority_lost",
            "ok_postponed_then_prepare", "ok_title_opgoerelse", "ok_title_retssikkerhed", "ok_phrase_noneed_allerede",
            "ok_phrase_paalaegges", "ok_tilsluttede", "ok_tiltraadt", "ok_with_2022_letter", "ok_noise_neighbours",
            "ok_noneed_council_only", "ok_prepare_direct_council"]
PREPARE = {"ok_prepare_plain", "ok_prepare_amendment", "ok_postponed_then_prepare", "ok_title_opgoerelse",
           "ok_phrase_paalaegges", "ok_tilsluttede", "ok_tiltraadt", "ok_prepare_direct_council"}
def half_plans():
    p = ["not_found_noise", "not_found_2022_letter", "committee_only_recommend", "committee_only_meddelelser",
         "late_jan2024", "late_council_feb2024", "late_title_variant",
         "no_position_note", "no_position_postponed_dec", "no_position_note_meddelelser", "no_position_orientering_title"]
    ok = (OK_PLANS * 3)[:38]
    return p + ok

# ---------------------------------------------------------------- text pools
FILLER = [
 ("Godkendelse af dagsorden", "Dagsordenen forelægges til godkendelse.", "at dagsordenen godkendes.", "Godkendt."),
 ("Budgetopfølgning pr. 31. august", "Økonomiafdelingen har udarbejdet budgetopfølgning. Der forventes et samlet mindreforbrug på serviceudgifterne på 4,2 mio. kr., mens overførselsudgifterne forventes at overstige budgettet med 3,1 mio. kr.", "at budgetopfølgningen tages til efterretning,\nat der gives en tillægsbevilling på 3,1 mio. kr. til overførselsområdet.", "Godkendt."),
 ("Lokalplan 1.47 for boligområde ved Skovvænget – endelig vedtagelse", "Forslaget har været i offentlig høring i 8 uger. Der er indkommet 6 høringssvar, som er behandlet i vedlagte hvidbog.", "at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen.", "Godkendt. Et medlem (Ø) stemte imod."),
 ("Takster for 2024 på ældreområdet", "Taksterne for madservice, tøjvask og ophold på midlertidige pladser er fremskrevet med KL's pris- og lønskøn.", "at taksterne for 2024 godkendes.", "Godkendt."),
 ("Anlægsbevilling – renovering af Nørre Skole", "Der søges om en anlægsbevilling på 12,5 mio. kr. til renovering af klimaskærm og ventilation. Beløbet er afsat i investeringsoversigten.", "at der gives en anlægsbevilling på 12,5 mio. kr.,\nat rådighedsbeløbet frigives.", "Godkendt."),
 ("Klimahandlingsplan – status 2023", "Kommunen har i DK2020-samarbejdet vedtaget en klimahandlingsplan. Administrationen giver en status på de 38 indsatser i handlingsplanen.", "at status på klimahandlingsplanen tages til efterretning.", "Taget til efterretning."),
 ("Trafiksikkerhedsplan og handlingsplan for skoleveje", "Der er udarbejdet et forslag til en ny handlingsplan for trafiksikkerhed med fokus på skoleveje og krydsninger ved landevejene.", "at handlingsplanen for trafiksikkerhed sendes i offentlig høring.", "Godkendt."),
 ("Støjkortlægning – nyt danmarkskort over vejstøj", "Miljøstyrelsen har offentliggjort et nyt danmarkskort over vejstøj. Kortet viser, at ca. 2.100 boliger i kommunen er belastet over grænseværdien. Der skal udarbejdes en støjhandlingsplan.", "at orienteringen om danmarkskortet over støj tages til efterretning,\nat administrationen udarbejder forslag til støjhandlingsplan.", "Godkendt."),
 ("Bredbånd – Energistyrelsens danmarkskort over fibernet", "Energistyrelsens danmarkskort over bredbåndsdækning viser, at 312 adresser i kommunen fortsat mangler hurtigt bredbånd. Der kan søges midler i bredbåndspuljen.", "at administrationen ansøger bredbåndspuljen.", "Godkendt."),
 ("Omgørelsesprocenter på beskæftigelsesområdet 2023", "Ankestyrelsen har offentliggjort omgørelsesprocenter for klagesager på beskæftigelsesområdet (sygedagpenge, kontanthjælp og ressourceforløb). Kommunens omgørelsesprocent er 21 pct. mod 24 pct. på landsplan.", "at orienteringen tages til efterretning.", "Taget til efterretning."),
 ("Salg af grund, Industrivej 14 (lukket punkt)", "Sagen behandles for lukkede døre.", "at salget godkendes.", "Godkendt."),
 ("Udpegning af medlem til Ældrerådet", "Der skal udpeges et nyt medlem som følge af udtræden.", "at det indstillede medlem udpeges.", "Godkendt."),
 ("Handlingsplan for den sammenhængende børnepolitik", "Handlingsplanen udmønter børne- og ungepolitikken for 2024-2027.", "at handlingsplanen godkendes.", "Godkendt."),
 ("Revision af kvalitetsstandard for hjemmehjælp", "Kvalitetsstandarden for personlig pleje og praktisk hjælp efter servicelovens § 83 er revideret.", "at kvalitetsstandarden godkendes.", "Godkendt."),
]
NAMES = ["Anne Mette Sørensen", "Lars Bjerregaard", "Henrik Østergaard", "Birgitte Holm", "Jens Peter Kjær", "Susanne Lund",
         "Mikkel Aagaard", "Pia Thygesen", "Karsten Møller", "Dorthe Nyborg", "Ole Fabricius", "Line Skovgaard"]
COMMITTEES = ["Socialudvalget", "Social- og Sundhedsudvalget", "Udvalget for Voksne og Handicap", "Økonomiudvalget", "Børne- og Familieudvalget", "Social- og Ældreudvalget"]

def rates(rng):
    a = rng.randint(17, 41); b = rng.randint(15, 55); c = rng.randint(18, 50)
    return a, b, c

def dk_item(m, kind, rng, body, date, plan_state, title=None, year_text=True):
    """Return (title, sections) for a danmarkskort item. plan_state: prepare|no_need|note|deferred|recommend_prepare|recommend_no_need|amend|minority|..."""
    a, b, c = m["rates"]
    C = m["council"]
    if title is None:
        title = rng.choice(["Danmarkskort over omgørelsesprocenter på socialområdet 2023", "Ankestyrelsens danmarkskort 2023",
                            "Danmarkskortet 2023 – omgørelsesprocenter på det sociale område", "Omgørelsesprocenter – Danmarkskort 2023"])
    sag = (f"Social-, Bolig- og Ældreministeriet har i juni 2023 offentliggjort danmarkskortet over omgørelsesprocenter "
           f"på socialområdet. Danmarkskortet viser, hvor stor en andel af de påklagede afgørelser Ankestyrelsen har ændret, "
           f"hjemvist eller ophævet i 2022. Det følger af retssikkerhedslovens § 79 b, at kommunalbestyrelsen skal behandle "
           f"danmarkskortet på et møde inden årets udgang og tage stilling til, om der er behov for en handlingsplan.\n"
           f"{m['name']} Kommunes samlede omgørelsesprocent på socialområdet er {a} pct. (landsgennemsnit 29 pct.). "
           f"På børnehandicapområdet er omgørelsesprocenten {b} pct. og på voksenhandicapområdet {c} pct. "
           f"Kommunen ligger dermed {'over' if a > 29 else 'under'} landsgennemsnittet og på niveau med sammenlignelige kommuner.\n"
           f"Administrationen har gennemgået de omgjorte sager. Hovedparten er hjemvist på grund af mangelfuld oplysning "
           f"af sagen, især i sager om merudgifter (SEL § 41 og § 100) og om hjælpemidler.")
    if not year_text:
        sag = sag.replace("danmarkskortet over omgørelsesprocenter", "Ankestyrelsens opgørelse af omgørelsesprocenter").replace("Danmarkskortet viser", "Opgørelsen viser").replace("behandle \ndanmarkskortet", "behandle opgørelsen")
    econ = "Sagen har ingen økonomiske konsekvenser." if plan_state not in ("prepare", "recommend_prepare") else "En handlingsplan forventes at kunne gennemføres inden for den eksisterende budgetramme."
    if plan_state in ("prepare", "recommend_prepare", "amend_to_prepare_base", "tilsluttede", "tiltraadt", "paalaegges_base"):
        ind = ("at orienteringen om danmarkskortet tages til efterretning,\n"
               "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på voksenhandicapområdet.")
    elif plan_state in ("no_need", "recommend_no_need", "minority", "amend_base"):
        ind = ("at orienteringen om danmarkskortet tages til efterretning,\n"
               "at der ikke udarbejdes en handlingsplan, idet de igangsatte indsatser vurderes tilstrækkelige.")
    else:
        ind = "at orienteringen om danmarkskortet over omgørelsesprocenter tages til efterretning."
    return title, sag, econ, ind

def filler_items(rng, n):
    return [dict(zip(("title", "sag", "ind", "dec"), f)) for f in rng.sample(FILLER[1:], n)]

def d(y, mo, da): return dt.date(y, mo, da)

def build_docs(m, rng):
    """Returns list of docs: dict(body, name_of_body, date, items=[dict(title,sag,ind,dec,prev,dk=(year,ap) or None)])."""
    plan = m["plan"]; C = m["council"]; com = m["committee"]
    cd = d(2023, rng.choice([9, 10, 11]), rng.randint(2, 26))  # committee date
    kd = cd + dt.timedelta(days=rng.randint(14, 24))            # council date
    if kd.year > 2023 or kd.month == 12 and kd.day > 20: kd = d(2023, 12, 14)
    def wkd(x):
        while x.weekday() >= 4: x -= dt.timedelta(days=1)
        return x
    cd, kd = wkd(cd), wkd(kd)
    docs = []
    def doc(body, date, items, bodyname=None, extra=None):
        its = [dict(title="Godkendelse af dagsorden", sag="Dagsordenen forelægges til godkendelse.", ind="at dagsordenen godkendes.", dec="Godkendt.", dk=None)]
        its += items
        while date.weekday() >= 4: date -= dt.timedelta(days=1)
        x = dict(body=body, bodyname=bodyname or (C if body == "council" else com), date=date, items=its)
        if extra: x.update(extra)
        docs.append(x); return x
    def dkit(date, state, dec, prev=None, title=None, dkyear=2023, ap=None, year_text=True):
        t, s, e, i = dk_item(m, None, rng, None, date, state, title, year_text)
        return dict(title=t, sag=s, econ=e, ind=i, dec=dec, prev=prev, dk=(dkyear, ap))
    def mix(items, k=None):
        k = k or rng.randint(4, 7)
        f = filler_items(rng, k)
        pos = rng.randint(1, len(f))
        return f[:pos] + items + f[pos:]
    def comdec(state):
        return {"prepare": f"Anbefales over for {C}, herunder at der udarbejdes en handlingsplan.",
                "no_need": f"Indstillingen anbefales over for {C}. Udvalget finder ikke, at der er behov for en handlingsplan."}[state]
    prevhdr = lambda dd: f"Beslutning i {com} den {fmt_date(dd, 'long')}"
    meddel_dk = dict(title="Meddelelser", sag=f"Borgmesteren orienterede om:\n– Invitation til nytårskur.\n– Danmarkskortet over omgørelsesprocenter på socialområdet 2023 er offentliggjort og behandles i {com}.\n– Status på vintervedligeholdelse.", ind="at meddelelserne tages til efterretning.", dec="Taget til efterretning.", dk=None)
    if plan == "not_found_noise":
        doc("committee", cd, mix([], 6))
        doc("council", kd, mix([], 7))
    elif plan == "not_found_2022_letter":
        it = dkit(d(2023, 3, 1), "note", "Taget til efterretning.", title="Ankestyrelsens brev om behandlingen af danmarkskortet 2022", dkyear=2022, ap="not_addressed")
        it["sag"] = ("Ankestyrelsen har ved brev af 2. februar 2023 meddelt, at kommunalbestyrelsens behandling af danmarkskortet 2022 "
                     "(omgørelsesprocenterne for 2021) den 15. december 2022 lever op til retssikkerhedslovens § 79 b. Ankestyrelsen foretager sig ikke mere i sagen.")
        it["ind"] = "at Ankestyrelsens brev om danmarkskortet 2022 tages til efterretning."
        doc("council", d(2023, 3, rng.randint(6, 28)), mix([it], 5))
        doc("council", kd, mix([], 6))
    elif plan.startswith("committee_only"):
        st = rng.choice(["prepare", "no_need"])
        doc("committee", cd, mix([dkit(cd, "recommend_" + st, comdec(st), ap=st)]))
        if plan.endswith("meddelelser"):
            doc("council", kd, mix([meddel_dk], 6))
        else:
            doc("council", kd, mix([], 6))
    elif plan.startswith("late"):
        ld = d(2024, rng.choice([1, 2]), rng.randint(8, 27))
        st = rng.choice(["prepare", "no_need"])
        if plan == "late_jan2024":
            cdd = wkd(d(2023, 12, rng.randint(4, 12)))
            doc("committee", cdd, mix([dkit(cd, "recommend_" + st, comdec(st), ap=st)]))
            doc("council", ld, mix([dkit(ld, st, "Indstillingen godkendt.", prev=(prevhdr(cdd), comdec(st)), ap=st)]))
        elif plan == "late_council_feb2024":
            doc("council", kd, mix([], 6))
            doc("council", d(2024, 2, rng.randint(1, 27)), mix([dkit(ld, st, f"{C} godkendte indstillingen.", ap=st)]))
        else:
            doc("council", kd, mix([], 5))
            doc("council", ld, mix([dkit(ld, st, "Godkendt.", title="Ankestyrelsens opgørelse af omgjorte afgørelser 2023", ap=st)]))
    elif plan.startswith("no_position"):
        doc("committee", cd, mix([dkit(cd, "note", f"Anbefales over for {C}.", ap="not_addressed")]))
        if plan == "no_position_note":
            doc("council", kd, mix([dkit(kd, "note", "Taget til efterretning.", prev=(prevhdr(cd), f"Anbefales over for {C}."), ap="not_addressed")]))
        elif plan == "no_position_postponed_dec":
            dd = d(2023, 12, rng.randint(11, 19))
            doc("council", dd, mix([dkit(dd, "recommend_prepare", "Udsat til næste møde.", ap="deferred")]))
            jd = d(2024, 1, rng.randint(22, 30))
            doc("council", jd, mix([dkit(jd, "prepare", "Godkendt.", ap="prepare")]))
        elif plan == "no_position_note_meddelelser":
            doc("council", kd, mix([meddel_dk | {"sag": meddel_dk["sag"].replace(" og behandles i " + com, "")}, dkit(kd, "note", "Orienteringen blev taget til efterretning.", ap="not_addressed")]))
        else:
            doc("council", kd, mix([dkit(kd, "note", "Til orientering.", title="Retssikkerhed på socialområdet – orientering om omgørelsesprocenter 2023", ap="not_addressed")]))
    else:  # ok
        ap = "prepare" if plan in PREPARE else "no_need"
        items_c = []
        if plan == "ok_prepare_plain":
            doc("committee", cd, mix([dkit(cd, "recommend_prepare", comdec("prepare"), ap="prepare")]))
            doc("council", kd, mix([dkit(kd, "prepare", "Indstillingen godkendt.", prev=(prevhdr(cd), comdec("prepare")), ap="prepare")]))
        elif plan == "ok_noneed_plain":
            doc("committee", cd, mix([dkit(cd, "recommend_no_need", comdec("no_need"), ap="no_need")]))
            doc("council", kd, mix([dkit(kd, "no_need", "Godkendt.", prev=(prevhdr(cd), comdec("no_need")), ap="no_need")]))
        elif plan == "ok_prepare_amendment":
            doc("committee", cd, mix([dkit(cd, "amend_base", comdec("no_need"), ap="no_need")]))
            doc("council", kd, mix([dkit(kd, "amend_base", f"Borgmesteren stillede ændringsforslag om, at der alligevel udarbejdes en handlingsplan for børnehandicapområdet. Ændringsforslaget blev vedtaget med 17 stemmer mod 8. Indstillingen blev herefter godkendt med den vedtagne ændring, således at der udarbejdes en handlingsplan.", prev=(prevhdr(cd), comdec("no_need")), ap="prepare")]))
        elif plan == "ok_noneed_minority_lost":
            doc("committee", cd, mix([dkit(cd, "minority", comdec("no_need"), ap="no_need")]))
            doc("council", kd, mix([dkit(kd, "minority", "SF og Enhedslisten ønskede, at der blev udarbejdet en handlingsplan. Forslaget faldt med 6 stemmer for og 19 imod. Indstillingen blev herefter godkendt.", prev=(prevhdr(cd), comdec("no_need")), ap="no_need")]))
        elif plan == "ok_postponed_then_prepare":
            k1 = d(2023, 10, rng.randint(2, 27)); k2 = d(2023, 12, rng.randint(4, 14))
            doc("council", k1, mix([dkit(k1, "recommend_prepare", "Udsat.", ap="deferred")]))
            doc("council", k2, mix([dkit(k2, "prepare", "Godkendt.", ap="prepare")]))
        elif plan in ("ok_title_opgoerelse", "ok_title_retssikkerhed"):
            t = "Ankestyrelsens opgørelse af omgjorte afgørelser 2023" if plan == "ok_title_opgoerelse" else "Retssikkerhed på socialområdet – årlig status 2023"
            st = "prepare" if ap == "prepare" else "no_need"
            doc("committee", cd, mix([dkit(cd, "recommend_" + st, comdec(st), title=t, ap=st, year_text=False)]))
            doc("council", kd, mix([dkit(kd, st, "Godkendt.", title=t, prev=(prevhdr(cd), comdec(st)), ap=st, year_text=False)]))
        elif plan == "ok_phrase_noneed_allerede":
            doc("council", kd, mix([dkit(kd, "note", f"{C} ser ikke behov for at gøre mere end det, der allerede er sat i gang. Orienteringen blev taget til efterretning.", ap="no_need")]))
        elif plan == "ok_phrase_paalaegges":
            doc("council", kd, mix([dkit(kd, "note", "Orienteringen taget til efterretning. Administrationen pålægges at lægge en plan for bedre sagsbehandling frem for kommunalbestyrelsen i foråret 2024.", ap="prepare")]))
        elif plan == "ok_tilsluttede":
            doc("committee", cd, mix([dkit(cd, "recommend_prepare", comdec("prepare"), ap="prepare")]))
            doc("council", kd, mix([dkit(kd, "tilsluttede", f"{C} tilsluttede sig udvalgets anbefaling.", prev=(prevhdr(cd), comdec("prepare")), ap="prepare")]))
        elif plan == "ok_tiltraadt":
            doc("committee", cd, mix([dkit(cd, "tiltraadt", comdec("prepare"), ap="prepare")]))
            doc("council", kd, mix([dkit(kd, "tiltraadt", "Tiltrådt som foreslået af udvalget.", prev=(prevhdr(cd), comdec("prepare")), ap="prepare")]))
        elif plan == "ok_with_2022_letter":
            it = dkit(d(2023, 3, 1), "note", "Taget til efterretning.", title="Ankestyrelsens brev om behandlingen af danmarkskortet 2022", dkyear=2022, ap="not_addressed")
            it["sag"] = "Ankestyrelsen har i brev af 26. januar 2023 om danmarkskortet 2022 bedt kommunalbestyrelsen tage stilling til behovet for en handlingsplan. Dette skete den 14. december 2022, og Ankestyrelsen har afsluttet sagen."
            it["ind"] = "at brevet tages til efterretning."
            doc("council", d(2023, 4, rng.randint(3, 27)), mix([it], 5))
            doc("council", kd, mix([dkit(kd, "no_need", "Godkendt.", ap="no_need")]))
        elif plan == "ok_noise_neighbours":
            doc("council", d(2023, 6, rng.randint(5, 26)), mix([dict(zip(("title", "sag", "ind", "dec"), FILLER[7])) | {"dk": None}, dict(zip(("title", "sag", "ind", "dec"), FILLER[9])) | {"dk": None}], 4))
            doc("council", kd, mix([dkit(kd, "no_need", "Godkendt.", ap="no_need")]))
        elif plan == "ok_noneed_council_only":
            doc("council", kd, mix([dkit(kd, "no_need", f"{C} besluttede, at der ikke er behov for en handlingsplan.", ap="no_need")]))
            doc("committee", kd + dt.timedelta(days=7), mix([], 6))
        elif plan == "ok_prepare_direct_council":
            doc("committee", cd, mix([], 5))
            doc("council", kd, mix([dkit(kd, "prepare", "Godkendt. Handlingsplanen forelægges byrådet senest juni 2024.", ap="prepare")]))
    if rng.random() < 0.5 or len(docs) < 2:
        ed = d(2023, rng.choice([5, 6, 8]), rng.randint(3, 24))
        doc("committee", ed, mix([], rng.randint(5, 8)), bodyname="Økonomiudvalget" if com != "Økonomiudvalget" else "Teknik- og Miljøudvalget")
    docs.sort(key=lambda x: x["date"])
    return docs

# ---------------------------------------------------------------- renderers
def esc(s): return html.escape(s)
def paras(s): return "".join(f"<p>{esc(x)}</p>" for x in s.split("\n"))
def attend(rng):
    return rng.sample(NAMES, 2)

def render_html(m, doc, lay, variant):
    L = LAYOUTS[lay]; C = m["council"]; ds = fmt_date(doc["date"], L["date"]); bn = doc["bodyname"]
    head = L["head"].replace("{C}", C if doc["body"] == "council" else bn)
    rng = random.Random(f"{m['code']}{doc['date']}")
    absent = ", ".join(attend(rng))
    css = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;margin:2em;} h1{font-size:17pt} h3{margin-top:1.4em;border-bottom:1px solid #999}"
    out = []
    title = f"{bn} – referat {ds}"
    if variant == "h3":
        out.append(f"<h1>{esc(m['name'])} Kommune</h1><h2>Referat af {esc(bn)}s møde {esc(ds)} kl. 17.00</h2>")
        out.append(f"<p>Sted: Rådhuset, mødesal 1<br>Afbud: {esc(absent)}</p><hr>")
        for n, it in enumerate(doc["items"], 1):
            out.append(f"<h3>{n}. {esc(it['title'])}</h3><p><em>Sagsnr. {m['code']}-2023-{rng.randint(1000,99999)}</em></p>")
            out.append(f"<p><strong>Sagsfremstilling:</strong> {esc(it['sag']).replace(chr(10), '<br>')}</p>")
            if it.get("econ"): out.append(f"<p><strong>Økonomi:</strong> {esc(it['econ'])}</p>")
            out.append(f"<p><strong>Indstilling:</strong> Administrationen indstiller,<br>{esc(it['ind']).replace(chr(10), '<br>')}</p>")
            if it.get("prev"): out.append(f"<p><strong>{esc(it['prev'][0])}:</strong> {esc(it['prev'][1])}</p>")
            out.append(f"<p><strong>{esc(head)}:</strong> {esc(it['dec'])}</p>")
        out.append(f"<p>Mødet hævet kl. 19.40.</p><p>{esc(rng.choice(NAMES))}, borgmester / formand</p>")
    else:  # decision-first
        out.append(f"<div style='font-size:9pt;color:#555'>{esc(m['name'])} Kommune · Politik · Dagsordener og referater</div>")
        out.append(f"<h1>Dagsorden med beslutninger</h1><p>{esc(bn)} · {esc(ds)} · kl. 16.30 · {'Byrådssalen' if doc['body'] == 'council' else 'Mødelokale 2, Rådhuset'}</p><p>Fraværende: {esc(absent)}</p>")
        for n, it in enumerate(doc["items"], 1):
            out.append(f"<h2 style='font-size:12pt'>Pkt. {n} &nbsp; {esc(it['title'])}</h2>")
            out.append(f"<p><b>{esc(head)}: {esc(it['dec'])}</b></p>")
            if it.get("prev"): out.append(f"<p><i>{esc(it['prev'][0])}:</i> {esc(it['prev'][1])}</p>")
            out.append(f"<h4>Sagens kerne</h4>{paras(it['sag'])}")
            out.append(f"<h4>Forvaltningen foreslår</h4>{paras(it['ind'])}")
            if it.get("econ"): out.append(f"<h4>Økonomiske konsekvenser</h4><p>{esc(it['econ'])}</p>")
        out.append("<p style='font-size:9pt'>Til toppen</p>")
    return f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(title)}</title><style>{css}</style></head><body>{''.join(out)}</body></html>"

def render_chromium(m, doc, lay):
    L = LAYOUTS[lay]; C = m["council"]; ds = fmt_date(doc["date"], L["date"]); bn = doc["bodyname"]
    head = L["head"]; rng = random.Random(f"{m['code']}{doc['date']}c")
    o = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(bn)}</title><style>"
         "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0}"
         ".g{display:grid;grid-template-columns:62% 34%;column-gap:4%;border-top:2px solid #246;padding:6px 0;break-inside:avoid-page}"
         ".r{background:#eef3f8;border:1px solid #9ab;padding:6px}"
         "td.s{background:#e4e4e4;vertical-align:top;width:30%} table{border-collapse:collapse;width:100%;margin:10px 0} td{border:1px solid #888;padding:4px;vertical-align:top}"
         "</style></head><body>"]
    o.append(f"<p style='font-size:16pt'><b>{esc(m['name'])} Kommune</b></p><p>Referat – {esc(bn)}<br>Mødedag: {esc(ds)}, kl. 18.00<br>Mødelokale: Rådhusets mødesal<br>Afbud: {esc(', '.join(attend(rng)))}</p>")
    for n, it in enumerate(doc["items"], 1):
        sag = esc(it["sag"]).replace("\n", "<br>"); ind = esc(it["ind"]).replace("\n", "<br>")
        prev = f"<p><i>{esc(it['prev'][0])}</i><br>{esc(it['prev'][1])}</p>" if it.get("prev") else ""
        if lay == "chromium-grid-right":
            o.append(f"<div class='g'><div><b>Sag nr. {n} – {esc(it['title'])}</b><p>Beskrivelse af sagen<br>{sag}</p><p>Indstilling<br>{ind}</p>{prev}</div>"
                     f"<div class='r'><b>{esc(head)}</b><br>{esc(it['dec'])}</div></div>")
        else:
            o.append(f"<table><tr><td colspan=2><b>{n}. {esc(it['title'])}</b> &nbsp; Åbent punkt</td></tr>"
                     f"<tr><td>Redegørelse</td><td>{sag}</td></tr><tr><td>Indstilling</td><td>{ind}</td></tr>"
                     + (f"<tr><td>Tidligere behandling</td><td>{prev}</td></tr>" if prev else "") +
                     f"<tr><td class='s'><b>{esc(head)}</b></td><td class='s'>{esc(it['dec'])}</td></tr></table>")
    o.append(f"<p>Underskrifter: {esc(', '.join(rng.sample(NAMES, 4)))}</p></body></html>")
    return "".join(o)

def render_rowtable(m, doc, lay):
    L = LAYOUTS[lay]; ds = fmt_date(doc["date"], L["date"]); bn = doc["bodyname"]; rng = random.Random(f"{m['code']}{doc['date']}r")
    o = [f"<html><head><meta charset='utf-8'><title>Referat</title></head><body style='font-family:Liberation Sans'>"
         f"<p><b>{esc(m['name'].upper())} KOMMUNE</b></p><p>Beslutningsprotokol for {esc(bn)}, møde {esc(ds)} kl. 15.00 på rådhuset</p>"
         f"<p>Fraværende: {esc(', '.join(attend(rng)))}</p>"
         "<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr><th>Nr</th><th>Sag</th><th>Indstilling</th><th>Beslutning</th></tr>"]
    for n, it in enumerate(doc["items"], 1):
        prev = f"<br><i>{esc(it['prev'][0])}: {esc(it['prev'][1])}</i>" if it.get("prev") else ""
        o.append(f"<tr><td valign='top'>{n}</td><td valign='top'><b>{esc(it['title'])}</b><br>{esc(it['sag']).replace(chr(10),'<br>')}</td>"
                 f"<td valign='top'>{esc(it['ind']).replace(chr(10),'<br>')}{prev}</td><td valign='top'>{esc(it['dec'])}</td></tr>")
    o.append(f"</table><p>Mødet sluttede kl. 17.10. Protokollen oplæst og godkendt. {esc(rng.choice(NAMES))}</p></body></html>")
    return "".join(o)

def render_wkhtml(m, doc, lay, docs_all):
    L = LAYOUTS[lay]; ds = fmt_date(doc["date"], L["date"]); bn = doc["bodyname"]; head = L["head"]; rng = random.Random(f"{m['code']}{doc['date']}w")
    o = ["<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Serif',serif;font-size:11pt} .fn{font-size:8pt;border-top:1px solid #000}</style></head><body>"]
    def meeting(title_line, items, start=1):
        o.append(f"<h1 style='font-size:15pt'>{esc(title_line)}</h1><p>Tilstede: alle medlemmer undtagen {esc(', '.join(attend(rng)))}</p>")
        fns = []
        for n, it in enumerate(items, start):
            o.append(f"<h2 style='font-size:12pt'>Punkt {n}: {esc(it['title'])}</h2>")
            sag = esc(it["sag"]).replace("\n", "<br>")
            if lay == "wkhtml-footnotes-prevhdr" and it.get("dk"):
                fns.append("Retssikkerhedsloven, jf. lovbekendtgørelse nr. 1090 af 31. august 2023, § 79 b, stk. 1.")
                sag += f"<sup>{len(fns)}</sup>"
            o.append(f"<p><u>Problemstilling</u><br>{sag}</p><p><u>Indstilling</u><br>{esc(it['ind']).replace(chr(10),'<br>')}</p>")
            if it.get("prev"): o.append(f"<p><u>{esc(it['prev'][0])}</u><br>{esc(it['prev'][1])}</p>")
            o.append(f"<p><u>{esc(head)}</u><br>{esc(it['dec'])}</p>")
        if fns: o.append("<div class='fn'>" + "".join(f"<p>{i} {esc(t)}</p>" for i, t in enumerate(fns, 1)) + "</div>")
    if lay == "wkhtml-two-meetings" and doc["body"] == "council":
        meeting(f"Referat af {bn}s ordinære møde {ds} kl. 17.00", doc["items"])
        ex = dict(title="Valg af stedfortræder til Økonomiudvalget", sag="Som følge af et medlems orlov skal der vælges en stedfortræder.", ind="at den foreslåede stedfortræder vælges.", dec="Godkendt.")
        o.append("<div style='page-break-before:always'></div>")
        meeting(f"Ekstraordinært møde i {bn} samme dag i umiddelbar forlængelse af det ordinære møde", [doc["items"][0], ex], start=len(doc["items"]) + 1)
    else:
        meeting(f"{m['name']} Kommune · {bn} · Referat {ds}", doc["items"])
    o.append(f"<p>Mødet hævet. {esc(rng.choice(NAMES))} (formand)</p></body></html>")
    # running header carrying the previous meeting's date
    same = [x["date"] for x in docs_all if x["body"] == doc["body"] and x["date"] < doc["date"]]
    prevd = max(same) if same else doc["date"] - dt.timedelta(days=35)
    hdr = f"{bn} – referat af seneste møde godkendt {fmt_date(prevd, 'dots2')}" if lay == "wkhtml-footnotes-prevhdr" else ""
    return "".join(o), hdr

def render_text(m, doc, lay):
    L = LAYOUTS[lay]; ds = fmt_date(doc["date"], L["date"]); bn = doc["bodyname"]; head = L["head"].replace("{C}", m["council"] if doc["body"] == "council" else bn)
    rng = random.Random(f"{m['code']}{doc['date']}t")
    import textwrap
    w = lambda s, ind="    ": "\n".join(textwrap.fill(p, 72, initial_indent=ind, subsequent_indent=ind) for p in s.split("\n"))
    o = []
    items = doc["items"]
    if lay == "enscript-extract":
        dk = [i for i in items if i.get("dk")]
        if dk:
            o.append(f"{m['name']} Kommune\n\nUDDRAG AF PROTOKOL\nfor {bn}s møde {ds}\n")
            for it in dk:
                n = items.index(it) + 1
                o.append(f"Punkt {n}. {it['title']}\n")
                o.append(w("Sagsfremstilling:\n" + it["sag"])); o.append(w("Indstilling:\n" + it["ind"]))
                if it.get("prev"): o.append(w(it["prev"][0] + ":\n" + it["prev"][1]))
                o.append(w(head + ":\n" + it["dec"]))
            o.append(f"\nUdskriften stemmer overens med protokollen.\n{m['name']} Kommune, Sekretariatet, {fmt_date(doc['date'] + dt.timedelta(days=2), 'slash')}\n{rng.choice(NAMES)}, kommunaldirektør")
            return "\n".join(o) + "\n"
    o.append(f"{m['name']} Kommune\n{bn}\nReferat - møde {ds} kl. 19.00, Rådhuset\nFraværende: {', '.join(attend(rng))}\n")
    for n, it in enumerate(items, 1):
        o.append(f"{n}. {it['title']}")
        o.append(w("Sagsfremstilling: " + it["sag"])); o.append(w("Indstilling: " + it["ind"]))
        if it.get("prev"): o.append(w(it["prev"][0] + ": " + it["prev"][1]))
        o.append(w(head + ": " + it["dec"]) + "\n")
    o.append(f"Mødet slut kl. 21.15.\n{', '.join(rng.sample(NAMES, 3))}")
    return "\n".join(o) + "\n"

def xml(s): return html.escape(s, quote=False)
def write_docx(path, m, doc, lay):
    L = LAYOUTS[lay]; ds = fmt_date(doc["date"], L["date"]); bn = doc["bodyname"]; head = L["head"]; rng = random.Random(f"{m['code']}{doc['date']}d")
    def p(text, style=None, num=False):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "") + "</w:pPr>"
        return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{xml(text)}</w:t></w:r></w:p>'
    b = [p(f"{m['name']} Kommune", "Title"), p(f"Referat fra {bn}s møde {ds}"), p(f"Mødested: Rådhuset, Udvalgsværelse 2. Afbud: {', '.join(attend(rng))}"), p("Dagsorden", "Heading1")]
    for it in doc["items"]: b.append(p(it["title"], num=True))
    for n, it in enumerate(doc["items"], 1):
        b.append(p(f"{n}. {it['title']}", "Heading1"))
        b.append(p("Sagsfremstilling", "Heading2")); b += [p(x) for x in it["sag"].split("\n")]
        if it.get("econ"): b.append(p("Økonomi", "Heading2")); b.append(p(it["econ"]))
        b.append(p("Indstilling", "Heading2")); b += [p(x) for x in it["ind"].split("\n")]
        if it.get("prev"): b.append(p(it["prev"][0], "Heading2")); b.append(p(it["prev"][1]))
        b.append(p(head, "Heading2")); b.append(p(it["dec"]))
    b.append(p(f"Referatet godkendt: {', '.join(rng.sample(NAMES, 3))}"))
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    docxml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(b)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300"/></w:sectPr></w:body></w:document>'
    def sty(i, name, sz, bold, based="Normal"):
        return f'<w:style w:type="paragraph" w:styleId="{i}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="{0 if i=="Heading1" else 1}"/></w:pPr><w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{sz}"/></w:rPr></w:style>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              + sty("Title", "Title", 36, True) + sty("Heading1", "heading 1", 28, True) + sty("Heading2", "heading 2", 23, True) + "</w:styles>")
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    drels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", docxml), ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles), ("word/numbering.xml", numbering)]:
            z.writestr(zipfile.ZipInfo(n, (2023, 1, 1, 0, 0, 0)), c)

# ---------------------------------------------------------------- main
def ascii_name(n):
    return n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa").replace(" ", "-").replace(".", "")

def main():
    rng = random.Random(SEED)
    rows = list(csv.DictReader(open(HERE / "kommuner.csv", encoding="utf-8")))
    assert len(rows) == 98
    pairs = {}
    for lay, L in LAYOUTS.items(): pairs.setdefault(L["pair"], []).append(lay)
    half_lays = {"dev": [], "holdout": []}
    for p in sorted(pairs):
        a, b = pairs[p]
        if rng.random() < 0.5: a, b = b, a
        half_lays["dev"].append(a); half_lays["holdout"].append(b)
    codes = [r["code"] for r in rows]; rng.shuffle(codes)
    halves = {"dev": codes[:49], "holdout": codes[49:]}
    byc = {r["code"]: r for r in rows}
    if OUT.exists(): shutil.rmtree(OUT)
    tmp = OUT / "_src"; tmp.mkdir(parents=True)
    jobs = {"chromium": [], "wkhtml": [], "docx": [], "sofficehtml": [], "enscript": [], "enscript1": []}
    golds = {}
    layout_rows = []
    for half, cl in halves.items():
        plans = half_plans(); rng.shuffle(plans)
        gm, gd = {}, {}
        for i, code in enumerate(cl):
            r = byc[code]; lay = half_lays[half][i % 5]; L = LAYOUTS[lay]
            mr = random.Random(f"{SEED}-{code}")
            council = "Borgerrepræsentationen" if code == "101" else mr.choice(["Byrådet", "Kommunalbestyrelsen", "Byrådet"])
            m = dict(code=code, name=r["name"], plan=plans[i], council=council, committee=mr.choice(COMMITTEES), rates=rates(mr))
            docs = build_docs(m, mr)
            folder = mr.choice([r["name"], ascii_name(r["name"]), f"{int(code):03d}", ascii_name(r["name"]) + "-Kommune"])
            for k, doc in enumerate(docs):
                bodyslug = "byraad" if doc["body"] == "council" and council == "Byrådet" else ("kb" if doc["body"] == "council" else "udvalg")
                stem = mr.choice(["referat_{d}_{b}", "{b}-{d}-beslutningsprotokol", "Referat {b} {d}", "{d}_{b}_referat"]).format(d=doc["date"].isoformat(), b=bodyslug)
                if lay == "enscript-extract" and any(it.get("dk") for it in doc["items"][1:]): stem = f"uddrag_af_protokol_{doc['date'].isoformat()}_{bodyslug}"
                rel = f"{folder}/{stem}{L['ext']}"
                assert rel not in gd, rel
                dst = OUT / half / "corpus" / rel; dst.parent.mkdir(parents=True, exist_ok=True)
                src = tmp / f"{half}_{code}_{k}"
                K = L["kind"]
                if K == "html":
                    dst.write_text(render_html(m, doc, lay, "h3" if lay == "html-h3-inline" else "first"), encoding="utf-8")
                elif K == "chromium":
                    Path(str(src) + ".html").write_text(render_chromium(m, doc, lay), encoding="utf-8"); jobs[K].append((str(src) + ".html", dst, None))
                elif K == "sofficehtml":
                    Path(str(src) + ".html").write_text(render_rowtable(m, doc, lay), encoding="utf-8"); jobs[K].append((str(src) + ".html", dst, None))
                elif K == "docx":
                    write_docx(str(src) + ".docx", m, doc, lay); jobs[K].append((str(src) + ".docx", dst, None))
                elif K == "wkhtml":
                    h, hdr = render_wkhtml(m, doc, lay, docs)
                    Path(str(src) + ".html").write_text(h, encoding="utf-8"); jobs[K].append((str(src) + ".html", dst, hdr))
                else:
                    Path(str(src) + ".txt").write_bytes(render_text(m, doc, lay).replace("–", "-").encode("latin-1")); jobs[K].append((str(src) + ".txt", dst, None))
                gd[rel] = {"status": "ok", "body": doc["body"], "meeting_date": doc["date"].isoformat(), "municipality_code": code,
                           "dk_items": [{"map_year": it["dk"][0], "action_plan": it["dk"][1]} for it in doc["items"] if it.get("dk")],
                           "pages": 1, "producer": lay}
                doc["rel"] = rel
            # outcome from the documents (contract rules)
            council_dk = [(doc, it) for doc in docs for it in doc["items"] if it.get("dk") and it["dk"][0] == 2023 and doc["body"] == "council"]
            any_dk = [it for doc in docs for it in doc["items"] if it.get("dk") and it["dk"][0] == 2023]
            intime = sorted([x for x in council_dk if x[0]["date"].year <= 2023], key=lambda x: x[0]["date"])
            late = sorted([x for x in council_dk if x[0]["date"].year > 2023], key=lambda x: x[0]["date"])
            pos = [x for x in intime if x[1]["dk"][1] in ("prepare", "no_need")]
            if not any_dk: oc, ap, t = "not_found", None, None
            elif not council_dk: oc, ap, t = "committee_only", None, None
            elif pos: oc, ap, t = "ok", pos[0][1]["dk"][1], pos[0]
            elif intime: oc, ap, t = "no_position", None, intime[-1]
            else: oc, ap, t = "late", None, late[0]
            exp = m["plan"].split("_")[0] if not m["plan"].startswith(("not_found", "committee_only", "no_position")) else "_".join(m["plan"].split("_")[:2])
            assert oc == exp, (code, m["plan"], oc)
            gm[str(int(code))] = {"name": r["name"], "outcome": oc, "action_plan": ap, "plan": m["plan"], "layout": lay,
                                  "meeting_date": t[0]["date"].isoformat() if t else None, "treatment_document": t[0]["rel"] if t else None}
            layout_rows.append((half, lay))
        golds[half] = {"seed": SEED, "map_year": MAP_YEAR, "municipalities": gm, "documents": gd}
    # ------------------------------------------------ conversions (max 2 at a time)
    def run(cmd, **kw):
        p = subprocess.run(cmd, capture_output=True, **kw)
        if p.returncode != 0: raise SystemExit(f"FAILED {cmd}: {p.stderr.decode()[-500:]}")
    def chrom(j):
        src, dst, _ = j
        prof = f"/tmp/chromprof-{os.getpid()}-{Path(src).stem}"
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}", "--no-pdf-header-footer", f"--print-to-pdf={dst}", "file://" + src], timeout=120)
        shutil.rmtree(prof, ignore_errors=True)
    def wk(j):
        src, dst, hdr = j
        cmd = ["wkhtmltopdf", "-q", "--encoding", "utf-8", "-s", "A4"]
        if hdr: cmd += ["--header-left", hdr, "--header-right", "Side [page] af [topage]", "--header-font-size", "8", "--header-line"]
        else: cmd += ["--footer-center", "[page]", "--footer-font-size", "8"]
        run(cmd + [src, str(dst)], timeout=120)
    def ens(j, two):
        src, dst, _ = j
        opts = ["-2", "-r", "-f", "Courier7", "--header=Referat||Side $% af $="] if two else ["-B", "-f", "Times-Roman11", "--margins=60:60:50:50"]
        p1 = subprocess.run(["enscript", "-q", "-X", "latin1", "-p", "-"] + opts + [src], capture_output=True, check=True)
        p2 = subprocess.run(["ps2pdf", "-", str(dst)], input=p1.stdout, capture_output=True)
        if p2.returncode: raise SystemExit("ps2pdf failed " + src)
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(chrom, jobs["chromium"])); list(ex.map(wk, jobs["wkhtml"]))
        list(ex.map(lambda j: ens(j, True), jobs["enscript"])); list(ex.map(lambda j: ens(j, False), jobs["enscript1"]))
    for K, filt in (("docx", "pdf:writer_pdf_Export"), ("sofficehtml", "pdf:writer_web_pdf_Export")):
        if not jobs[K]: continue
        od = tmp / ("pdf_" + K); od.mkdir()
        run(["soffice", f"-env:UserInstallation=file:///tmp/lo-indep5-{os.getpid()}", "--headless", "--convert-to", filt, "--outdir", str(od)] + [j[0] for j in jobs[K]], timeout=600)
        for src, dst, _ in jobs[K]:
            shutil.move(str(od / (Path(src).stem + ".pdf")), dst)
    # ------------------------------------------------ verify + pages
    bad = []
    for half, g in golds.items():
        for rel, dd in g["documents"].items():
            f = OUT / half / "corpus" / rel
            if not f.exists(): bad.append(f"missing {f}"); continue
            if f.suffix == ".pdf":
                info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
                dd["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                txt = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True).stdout
                if len(txt.strip()) < 200 or "kommune" not in txt.lower(): bad.append(f"no text: {f}")
        for c, mm in g["municipalities"].items():
            if mm["treatment_document"] and mm["treatment_document"] not in g["documents"]: bad.append(f"gold path {c}")
        (OUT / half / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    if bad: raise SystemExit("VERIFY FAILED:\n" + "\n".join(bad[:30]))
    shutil.rmtree(tmp)
    # layouts.md
    import collections
    cnt = collections.Counter(layout_rows)
    lines = ["# Layouts of independent corpus 5", "", f"seed {SEED}", "", "| half | layout | pair | producer | decision heading | date style | municipalities |", "|---|---|---|---|---|---|---|"]
    for half in ("dev", "holdout"):
        for lay in half_lays[half]:
            L = LAYOUTS[lay]
            lines.append(f"| {half} | {lay} | {L['pair']} | {L['kind']} | {L['head']} | {L['date']} | {cnt[(half, lay)]} |")
    lines += ["", "| half | outcome | count |", "|---|---|---|"]
    for half in ("dev", "holdout"):
        oc = collections.Counter((m["outcome"], m["action_plan"]) for m in golds[half]["municipalities"].values())
        for k, v in sorted(oc.items(), key=str): lines.append(f"| {half} | {k[0]}/{k[1]} | {v} |")
    (OUT / "layouts.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))

main()
