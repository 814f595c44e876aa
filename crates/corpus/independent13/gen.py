#!/usr/bin/env python3
"""Corpus 13 generator: models, scenarios and gold. Usage: gen.py OUT"""
import csv, json, random, sys, datetime as dt, unicodedata
from pathlib import Path
import texts as T
import render

SEED = 20231313
MAP_YEAR = 2023
HERE = Path(__file__).resolve().parent
KOMMUNER = Path("/work/shared/data/kommuner.csv")

MIX = [("ok_prepare", 12), ("ok_no_need", 10), ("np_not_addressed", 6), ("np_deferred", 4),
       ("late", 6), ("committee_only", 5), ("not_found", 6)]
PAIRS = [("L1_word_lo_table", "L2_word_lo_qpdf_long"), ("L3_chromium_web", "L4_html_cp1252"),
         ("L5_wkhtml_columns", "L6_weasy_protocol_gs"), ("L7_groff_ps", "L8_enscript_qpdf")]
# wording variants per scenario: tag -> halves it appears in
VARIANTS = {
    "ok_prepare": {"p1": "both", "p2": "dev", "p3": "holdout", "p4": "both", "amend": "holdout",
                   "explicit": "dev", "after_defer": "both"},
    "ok_no_need": {"n1": "both", "n2": "dev", "n3": "holdout", "n4": "both", "vote": "both", "explicit": "holdout"},
    "np_not_addressed": {"note": "both", "drøftet": "dev", "orient": "holdout", "godkendt_note": "both"},
    "np_deferred": {"udsat": "both", "genoptages": "dev", "tilbage": "holdout", "udsat_then_late": "both"},
    "late": {"jan_prepare": "both", "feb_noneed": "dev", "mar_prepare": "holdout", "jan_noneed": "both"},
    "committee_only": {"co_prepare": "both", "co_noneed": "dev", "co_mention": "holdout", "co_note": "both"},
    "not_found": {"letter2022": "both", "dk2022_late": "dev", "tourism": "holdout", "employment": "both",
                  "klima": "both"},
}
COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Børne- og Familieudvalget",
              "Social- og Handicapudvalget", "Udvalget for Social og Beskæftigelse", "Voksen- og Handicapudvalget"]
PLACES = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Rådhuset, lokale 2.14",
          "Det Gamle Rådhus, Store Sal"]
NAMES = ["Anne Mikkelsen (A)", "Lars Holm (V)", "Mette Kjær (C)", "Søren Bæk (F)", "Jens Østergaard (O)",
         "Hanne Lund (B)", "Peter Friis (Ø)", "Karen Dahl (A)", "Ole Vestergaard (V)"]


def ascii_name(n):
    n = n.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return n.lower()


def rand_date(rng, start, end, weekdays=(1, 2, 3)):
    while True:
        d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        if d.weekday() in weekdays:
            return d


# ---------------------------------------------------------------- items
def dk_item(rng, m, role, stance_kind, variant, council, committee, date, prior=None, long=False, style=None):
    """role council|committee. stance_kind prepare|no_need|not_addressed|deferred. Returns item with dk label."""
    mf = T.muni_full(m["name"])
    style = style or rng.choice(["year", "year", "noyear", "figyear"])
    f = T.figures(rng)
    body = council if role == "council" else committee
    secs = []
    secs.append(("Resumé", [("p", f"{body} skal behandle Social-, Bolig- og Ældreministeriets danmarkskort over "
                                   f"omgørelsesprocenter og tage stilling til, om der skal udarbejdes en handlingsplan."
                             if stance_kind != "not_addressed" else
                             f"Sagen giver en orientering om kommunens omgørelsesprocenter på socialområdet.")]))
    bg = T.dk_background(rng, mf, style, f, council, long=long)
    if long or rng.random() < 0.4:
        bg.insert(3, T.fig_table(rng))
    secs.append((rng.choice(["Sagsfremstilling", "Sagens indhold", "Beskrivelse af sagen"]), bg))
    # recommendation
    rec_stance = stance_kind
    if variant in ("p1", "p2", "p3", "p4"):
        rec = T.PREP_REC[variant]
    elif variant in ("n1", "n2", "n3", "n4"):
        rec = T.NONEED_REC[variant]
    elif variant == "amend":
        rec = T.NONEED_REC["n1"]
    elif stance_kind == "prepare":
        rec = T.PREP_REC[rng.choice(["p1", "p4"])]
    elif stance_kind == "no_need":
        rec = T.NONEED_REC[rng.choice(["n1", "n4"])]
    else:
        rec = rng.choice(T.NOTE_REC) if stance_kind == "not_addressed" or variant.startswith("udsat") is False else T.PREP_REC["p1"]
    if stance_kind == "deferred":
        rec = T.PREP_REC["p1"] if rng.random() < 0.5 else T.NONEED_REC["n1"]
    if stance_kind == "not_addressed":
        rec = {"note": T.NOTE_REC[0], "drøftet": T.NOTE_REC[1], "orient": T.NOTE_REC[2],
               "godkendt_note": T.NOTE_REC[0]}.get(variant, T.NOTE_REC[0])
    route = ""
    if role == "committee":
        route = f"{rng.choice(['Direktionen', 'Forvaltningen', 'Social- og Sundhedsforvaltningen'])} indstiller til {committee}, at det over for {council.lower() if council != 'Borgerrepræsentationen' else council} anbefales,"
    else:
        route = f"{rng.choice(['Direktionen', 'Forvaltningen'])} indstiller,"
    secs.append(("Indstilling", [("p", route), ("ul", T.at_list(rng, rec, more=stance_kind != 'not_addressed'))]))
    secs.append(("Økonomiske konsekvenser", [("p", rng.choice([
        "Sagen har ingen økonomiske konsekvenser.",
        "En eventuel handlingsplan finansieres inden for det eksisterende budget."])) ]))
    # decision
    bl = body.lower() if body != "Borgerrepræsentationen" else body
    if role == "committee":
        if stance_kind == "deferred":
            dec = [rng.choice(["Anbefales.", "Indstillingen anbefales over for " + bl + "."])]
        elif stance_kind == "not_addressed" and variant == "drøftet":
            dec = ["Drøftet. Sagen oversendes til " + council.lower() + " til orientering." if council != "Borgerrepræsentationen" else "Drøftet."]
        elif variant == "co_note":
            dec = ["Taget til efterretning."]
        else:
            dec = [rng.choice(["Anbefales.", "Indstillingen anbefales.", "Udvalget anbefaler indstillingen."])]
    else:
        if stance_kind == "deferred":
            dec = {"udsat": ["Udsat."], "genoptages": ["Sagen genoptages på et senere møde."],
                   "tilbage": [f"Sagen sendes tilbage til {committee} med henblik på en nærmere redegørelse for voksenhandicapområdet."],
                   "udsat_then_late": ["Udsat til næste møde."], "defer_first": ["Udsat."]}[variant]
        elif stance_kind == "not_addressed":
            dec = {"note": ["Taget til efterretning."], "drøftet": ["Drøftet."], "orient": ["Til orientering."],
                   "godkendt_note": ["Indstillingen godkendt."]}.get(variant, ["Taget til efterretning."])
        elif variant == "amend":
            dec = [f"Ændringsforslag fra {rng.choice(['SF', 'Enhedslisten', 'Socialdemokratiet'])}: at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet på børnehandicapområdet.",
                   "For ændringsforslaget stemte 17, imod stemte 10. Ændringsforslaget er vedtaget.",
                   "Indstillingen blev herefter godkendt med den vedtagne ændring."]
        elif variant == "explicit":
            tmpl = T.PREP_DECISION_EXPLICIT if stance_kind == "prepare" else T.NONEED_DECISION_EXPLICIT
            dec = [rng.choice(tmpl).format(body=body, body_l=bl)]
        elif variant == "vote":
            dec = ["Et flertal bestående af A, V, C og O (19) godkendte indstillingen.",
                   "Imod stemte F og Ø (6), idet de ønsker en handlingsplan for børnehandicapområdet."]
        else:
            dec = [rng.choice(["Godkendt.", "Indstillingen godkendt.", "Indstillingen tiltrådt.", "Som indstillet."])]
    if prior:
        pass
    item = dict(title=T.dk_title(rng, style), sections=secs, prior=prior or [], decision=dec,
                dk=(MAP_YEAR, stance_kind), sagsnr=sagsnr(rng), closed=False)
    return item


def sagsnr(rng):
    return rng.choice([
        lambda: f"{rng.randint(0,99):02d}.{rng.randint(0,99):02d}.{rng.randint(0,20):02d}-A00-{rng.randint(1,40)}-23",
        lambda: f"23/{rng.randint(1000, 39999)}",
        lambda: f"EMN-2023-{rng.randint(100, 9999):06d}",
        lambda: f"{rng.randint(100000, 999999)}"])()


def filler(rng, m, kind, council, date):
    mf = T.muni_full(m["name"])
    dec1 = rng.choice(["Godkendt.", "Indstillingen godkendt.", "Taget til efterretning.", "Anbefales."])
    P = lambda t: ("p", t)
    L = {
        "dagsorden": ("Godkendelse af dagsorden", [("Beslutning", [P("Dagsordenen blev godkendt.")])], None),
        "meddelelser": ("Meddelelser", [("Sagsfremstilling", [P("Borgmesteren orienterede om aktuelle sager.")])], None),
        "budget": ("Budgetopfølgning 2023", [("Sagsfremstilling", [P("Budgetopfølgningen viser et samlet forventet merforbrug på driften på 4,2 mio. kr., primært på det specialiserede socialområde. Forvaltningen foreslår en handleplan for at bringe økonomien i balance.")]), ("Indstilling", [("ul", ["at budgetopfølgningen tages til efterretning", "at handleplanen for budgetoverholdelse godkendes"])])], None),
        "klima": ("Klimahandlingsplan 2023-2030 - endelig vedtagelse", [("Sagsfremstilling", [P(f"{mf} har tilsluttet sig DK2020. Klimahandlingsplanen beskriver, hvordan kommunen når netto-nuludledning senest i 2050. Planen har været i offentlig høring i otte uger, og der er indkommet 23 høringssvar."), P("Concito har godkendt, at planen lever op til kravene i klimaplanrammen, og kommunen er dermed med på det danmarkskort over kommuner med godkendte klimaplaner, som KL offentliggør.")]), ("Indstilling", [("ul", ["at klimahandlingsplanen vedtages endeligt"])])], None),
        "trafik": ("Trafiksikkerhedsplan og handlingsplan for skoleveje", [("Sagsfremstilling", [P("Forvaltningen har udarbejdet en handlingsplan for sikre skoleveje med 14 konkrete projekter, prioriteret efter antal uheld og skolebørnenes egne oplevelser.")]), ("Indstilling", [("ul", ["at handlingsplanen godkendes", "at der frigives 2,5 mio. kr. til de første fem projekter"])])], None),
        "turisme": ("Ny turismestrategi og Danmarks kort over cykelruter", [("Sagsfremstilling", [P(f"Destinationsselskabet har lanceret et nyt Danmarks kort over nationale cykelruter, hvor {mf} er med med tre ruter. Strategien lægger op til flere overnatningssteder langs ruterne.")]), ("Indstilling", [("ul", ["at turismestrategien godkendes"])])], None),
        "beskaeft": ("Omgørelsesprocenter på beskæftigelsesområdet 2022", [("Sagsfremstilling", [P("Ankestyrelsen har offentliggjort omgørelsesprocenter for klagesager på beskæftigelsesområdet, herunder sygedagpenge, ressourceforløb og fleksjob. Kommunens omgørelsesprocent er 19 %, mod 22 % på landsplan."), P("Tallene er ikke en del af danmarkskortet på socialområdet og skal ikke behandles efter retssikkerhedslovens § 79 b.")]), ("Indstilling", [("ul", ["at orienteringen tages til efterretning"])])], None),
        "lokalplan": (f"Lokalplan {rng.randint(100, 450)} for boligområde ved {rng.choice(['Engvej', 'Skovbrynet', 'Havnevej'])} - vedtagelse", [("Sagsfremstilling", [P("Lokalplanforslaget har været i offentlig høring. Der er indkommet fire høringssvar, som ikke giver anledning til væsentlige ændringer.")]), ("Indstilling", [("ul", ["at lokalplanen vedtages endeligt"])])], None),
        "kvalitet": ("Kvalitetsstandarder for hjemmehjælp 2024", [("Sagsfremstilling", [P("Kvalitetsstandarderne beskriver serviceniveauet for personlig og praktisk hjælp efter servicelovens § 83. Der er foretaget mindre sproglige justeringer.")]), ("Indstilling", [("ul", ["at kvalitetsstandarderne godkendes"])])], None),
        "handicapraad": ("Handicaprådets årsberetning 2022", [("Sagsfremstilling", [P("Handicaprådet har udarbejdet sin årsberetning. Rådet har blandt andet drøftet tilgængelighed i den kollektive trafik og kommunens handicappolitik.")]), ("Indstilling", [("ul", ["at årsberetningen tages til efterretning"])])], None),
        "skole": ("Skoledistrikter fra skoleåret 2024/25", [("Sagsfremstilling", [P("Børnetallet i den nordlige del af kommunen stiger, og forvaltningen foreslår at flytte distriktsgrænsen mellem to skoler.")]), ("Indstilling", [("ul", ["at forslaget sendes i høring"])])], None),
        "salg": ("Salg af ejendom (lukket punkt)", [("Beslutning", [P("Godkendt.")])], None),
        "anlaeg": ("Anlægsbevilling til renovering af svømmehal", [("Sagsfremstilling", [P("Svømmehallens tekniske anlæg er nedslidt. Renoveringen forventes at koste 18,4 mio. kr.")]), ("Indstilling", [("ul", ["at der gives en anlægsbevilling på 18,4 mio. kr."])])], None),
        "takster": ("Takster for 2024 på ældre- og handicapområdet", [("Sagsfremstilling", [P("Taksterne for madservice, tøjvask og ophold på botilbud er fremskrevet med KL's pris- og lønskøn.")]), ("Indstilling", [("ul", ["at taksterne godkendes"])])], None),
        "valg": ("Valg af nyt medlem til Folkeoplysningsudvalget", [("Sagsfremstilling", [P("Et medlem er udtrådt af udvalget, og der skal vælges et nyt medlem for den resterende del af valgperioden.")]), ("Indstilling", [("ul", ["at det nye medlem vælges"])])], None),
        "spildevand": ("Tillæg til spildevandsplanen", [("Sagsfremstilling", [P("Tillægget muliggør separatkloakering af et større opland og er en forudsætning for at klimatilpasse området.")]), ("Indstilling", [("ul", ["at tillægget vedtages"])])], None),
        "boliger": ("Almene boliger - skema A for 48 familieboliger", [("Sagsfremstilling", [P("Boligorganisationen søger om godkendelse af skema A. Kommunens grundkapitalindskud udgør 10 pct.")]), ("Indstilling", [("ul", ["at skema A godkendes"])])], None),
    }
    for k, (t, p, r) in EXTRA.items():
        L[k] = (t, [("Sagsfremstilling", [P(p)]), ("Indstilling", [("ul", [r])])], None)
    title, secs, _ = L[kind]
    if kind == "salg":
        return dict(title=title, sections=[], prior=[], decision=["Godkendt."], dk=None, sagsnr=sagsnr(rng), closed=True)
    if kind in ("dagsorden",):
        return dict(title=title, sections=[], prior=[], decision=["Dagsordenen blev godkendt."], dk=None, sagsnr=None, closed=False)
    if kind == "meddelelser":
        return dict(title=title, sections=secs, prior=[], decision=["Taget til efterretning."], dk=None, sagsnr=None, closed=False)
    return dict(title=title, sections=secs, prior=[], decision=[dec1], dk=None, sagsnr=sagsnr(rng), closed=False)


def mention_meddelelser(council, committee):
    return dict(title="Meddelelser fra borgmesteren", sections=[("Sagsfremstilling", [
        ("p", f"Borgmesteren orienterede om, at {committee} på sit seneste møde har behandlet det nye danmarkskort over "
              f"omgørelsesprocenter på socialområdet."),
        ("p", "Borgmesteren orienterede desuden om status på byggeriet af den nye daginstitution.")])],
        prior=[], decision=["Taget til efterretning."], dk=None, sagsnr=None, closed=False)


def letter2022(rng, m, council):
    return dict(title="Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2022", sections=[
        ("Sagsfremstilling", [("p", f"Ankestyrelsen har gennemgået, hvordan {council.lower() if council != 'Borgerrepræsentationen' else council} "
                                    f"behandlede danmarkskortet for 2022, og har i brev af {rng.randint(2, 28)}. marts 2023 meddelt, "
                                    f"at behandlingen lever op til reglerne, og at styrelsen ikke foretager sig yderligere."),
                              ("p", "Ankestyrelsen gør samtidig opmærksom på, at næste års danmarkskort skal behandles inden årets udgang.")]),
        ("Indstilling", [("ul", ["at orienteringen tages til efterretning"])])],
        prior=[], decision=["Taget til efterretning."], dk=(2022, "not_addressed"), sagsnr=sagsnr(rng), closed=False)


def dk2022_late(rng, m, council):
    mf = T.muni_full(m["name"])
    return dict(title="Danmarkskort 2022 - omgørelsesprocenter på socialområdet", sections=[
        ("Sagsfremstilling", [("p", f"Danmarkskortet for 2022 blev offentliggjort i juni 2022. Sagen nåede ikke at blive behandlet i 2022 og forelægges derfor nu. "
                                    f"For {mf} er omgørelsesprocenten på hele socialområdet 36 % mod 35 % på landsplan.")]),
        ("Indstilling", [("ul", ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet på børnehandicapområdet"])])],
        prior=[], decision=["Godkendt."], dk=(2022, "prepare"), sagsnr=sagsnr(rng), closed=False)


EXTRA = {
    "vinter": ("Regulativ for vintervedligeholdelse 2023-2026", "Regulativet fastlægger, hvilke veje og stier der ryddes for sne og glatførebekæmpes, og i hvilken rækkefølge.", "at regulativet godkendes"),
    "ungeraad": ("Oprettelse af et ungeråd", "Et bredt flertal af partierne ønsker et ungeråd med 15 medlemmer mellem 14 og 21 år, der kan afgive høringssvar.", "at vedtægten for ungerådet godkendes"),
    "affald": ("Affaldsplan 2024-2035 - udkast til høring", "Affaldsplanen beskriver indsamlingen af ti affaldstyper ved husstandene og genbrugspladsernes fremtid.", "at udkastet sendes i offentlig høring i otte uger"),
    "erhverv": ("Erhvervs- og turismepolitik - status", "Politikken blev vedtaget i 2021. Status viser, at 11 af 16 initiativer er gennemført.", "at status tages til efterretning"),
    "sundhed": ("Sundhedspolitik 2024-2027", "Sundhedspolitikken har fokus på mental sundhed blandt unge, rygestop og ensomhed blandt ældre.", "at sundhedspolitikken vedtages"),
    "bus": ("Kollektiv trafik - køreplanskift december 2023", "Trafikselskabet foreslår at omlægge to buslinjer og nedlægge en natbus med få passagerer.", "at omlægningen godkendes"),
    "tillaeg": ("Tillægsbevillinger og omplaceringer 2023", "Der søges om tillægsbevillinger på i alt 3,1 mio. kr. til ældreområdet og 0,8 mio. kr. til vejvedligeholdelse.", "at tillægsbevillingerne godkendes"),
    "frivillig": ("Frivillighedspris 2023", "Der er indstillet syv kandidater til årets frivillighedspris. Bedømmelsesudvalget peger på en lokal idrætsforening.", "at prisen tildeles som foreslået"),
    "kunst": ("Kunstfonden - uddeling af midler", "Kunstfonden har modtaget 12 ansøgninger om i alt 1,4 mio. kr.", "at der gives tilsagn til fem projekter"),
    "moede": ("Mødeplan for 2024", "Forslaget til mødeplan følger den hidtidige mødestruktur med møder den sidste tirsdag i måneden.", "at mødeplanen for 2024 godkendes"),
    "plejebolig": ("Udbygning af plejeboliger - handleplan for ældreområdet", "Befolkningsprognosen viser flere ældre over 80 år. Handleplanen indeholder 60 nye plejeboliger frem mod 2030.", "at handleplanen for ældreområdet godkendes"),
    "vand": ("Godkendelse af vandforsyningens takster 2024", "Vandselskabet har fremsendt takstblad for 2024 med en stigning på 4 pct.", "at taksterne godkendes"),
}

FILLERS = ["budget", "klima", "trafik", "lokalplan", "kvalitet", "handicapraad", "skole", "anlaeg", "takster", "valg",
           "spildevand", "boliger"] + list(EXTRA)


def meeting(rng, m, kind, body, date, items, layout, long=False):
    """Wrap items with header furniture, numbering and fillers."""
    n_fill = rng.randint(15, 21) if long else rng.randint(3, 7)
    fl = rng.sample(FILLERS, n_fill)
    body_items = [filler(rng, m, "dagsorden", body, date)]
    mid = [filler(rng, m, k, body, date) for k in fl]
    pos = rng.randint(len(mid) // 2, len(mid)) if long else rng.randint(0, len(mid))
    if long:
        pos = max(8, min(pos, len(mid)))
    all_items = body_items + mid[:pos] + items + mid[pos:]
    if kind == "council":
        for it in all_items:
            if not it["dk"] and it["decision"] == ["Anbefales."]:
                it["decision"] = [rng.choice(["Godkendt.", "Indstillingen godkendt."])]
    if rng.random() < 0.5:
        all_items.append(filler(rng, m, "salg", body, date))
    start = rng.randint(1, 1) if rng.random() < 0.7 else rng.randint(120, 480)
    for i, it in enumerate(all_items):
        it["no"] = start + i
    absent = rng.choice(["Ingen", rng.choice(NAMES), ", ".join(rng.sample(NAMES, 2))])
    t = rng.choice(["16:00", "17:00", "17.00", "18:00", "15:30"]) if kind == "council" else rng.choice(["08:00", "14:00", "15:00", "16.30"])
    return dict(kind=kind, body=body, date=date, time=t, place=rng.choice(PLACES), absent=absent, items=all_items,
                muni=m, layout=layout, doctype=rng.choice(["Referat", "Referat", "Beslutningsprotokol"]) if kind == "council" else "Referat")


# ---------------------------------------------------------------- scenarios
def build_muni(rng, m, scen, variant, layout):
    council = m["council"]; committee = rng.choice(COMMITTEES)
    long = layout.startswith("L2")
    docs = []
    def add(kind, date, items, extra_long=False):
        body = council if kind == "council" else committee
        docs.append(meeting(rng, m, kind, body, date, items, layout, long=(long and kind == "council") or extra_long))
    Y = MAP_YEAR
    cdate = rand_date(rng, dt.date(Y, 8, 22), dt.date(Y, 12, 19))
    comdate = cdate - dt.timedelta(days=rng.choice([7, 8, 13, 14, 20, 21]))
    style = rng.choice(["year", "year", "noyear", "figyear"])
    def prior_for(stance_kind, cdate2=None):
        h = rng.choice([f"Beslutning i {committee} den {T.dlong(comdate)}", f"{committee}, {T.dlong(comdate)}:",
                        f"Beslutning fra {committee} den {T.dnum(comdate)}"])
        return [(h, ["Anbefales."])]
    if scen in ("ok_prepare", "ok_no_need"):
        sk = "prepare" if scen == "ok_prepare" else "no_need"
        v = variant
        if v == "after_defer":
            d1 = cdate if cdate.month < 11 else cdate - dt.timedelta(days=42)
            d1 = rand_date(rng, d1 - dt.timedelta(days=3), d1)
            d2 = rand_date(rng, d1 + dt.timedelta(days=27), d1 + dt.timedelta(days=35))
            if d2.year > Y:
                d2 = dt.date(Y, 12, 14)
            c0 = d1 - dt.timedelta(days=14)
            add("committee", c0, [dk_item(rng, m, "committee", sk, "p1", council, committee, c0, style=style)])
            add("council", d1, [dk_item(rng, m, "council", "deferred", "udsat", council, committee, d1, style=style)])
            add("council", d2, [dk_item(rng, m, "council", sk, "p4", council, committee, d2, prior=prior_for(sk), style=style)])
        else:
            add("committee", comdate, [dk_item(rng, m, "committee", sk, v if v not in ("amend", "explicit", "vote") else ("n1" if sk == "no_need" or v == "amend" else "p1"), council, committee, comdate, style=style)])
            add("council", cdate, [dk_item(rng, m, "council", sk, v, council, committee, cdate, prior=prior_for(sk), long=long, style=style)])
            if variant == "amend":
                docs[0]["items"][[i for i, it in enumerate(docs[0]["items"]) if it["dk"]][0]]["dk"] = (Y, "no_need")
        if rng.random() < 0.45:
            dd = rand_date(rng, dt.date(Y, 3, 1), dt.date(Y, 6, 20))
            add("council", dd, [letter2022(rng, m, council)] if rng.random() < 0.5 else [])
    elif scen == "np_not_addressed":
        add("committee", comdate, [dk_item(rng, m, "committee", "not_addressed", variant, council, committee, comdate, style=style)])
        add("council", cdate, [dk_item(rng, m, "council", "not_addressed", variant, council, committee, cdate, prior=prior_for("x"), long=long, style=style)])
        if rng.random() < 0.4:
            add("committee", rand_date(rng, dt.date(Y, 4, 1), dt.date(Y, 6, 15)), [])
    elif scen == "np_deferred":
        add("committee", comdate, [dk_item(rng, m, "committee", "deferred", variant, council, committee, comdate, style=style)])
        # committee recommended something; its own stance is the recommendation
        ci = [it for it in docs[-1]["items"] if it["dk"]][0]
        rec = ci["sections"][2][1][1][1][-1]
        ci["dk"] = (Y, "prepare" if rec in T.PREP_REC.values() else "no_need")
        add("council", cdate, [dk_item(rng, m, "council", "deferred", variant, council, committee, cdate, prior=prior_for("x"), long=long, style=style)])
        if variant == "udsat_then_late":
            d3 = rand_date(rng, dt.date(Y + 1, 1, 16), dt.date(Y + 1, 2, 28))
            add("council", d3, [dk_item(rng, m, "council", "prepare", "p1", council, committee, d3, style="year")])
    elif scen == "late":
        sk = "prepare" if "prepare" in variant else "no_need"
        mon = {"jan": 1, "feb": 2, "mar": 3}[variant[:3]]
        d = rand_date(rng, dt.date(Y + 1, mon, 9), dt.date(Y + 1, mon, 28))
        cd = d - dt.timedelta(days=rng.choice([14, 21, 35]))
        add("committee", cd, [dk_item(rng, m, "committee", sk, "p1" if sk == "prepare" else "n1", council, committee, cd, style="year")])
        add("council", d, [dk_item(rng, m, "council", sk, "p1" if sk == "prepare" else "n4", council, committee, d, prior=prior_for(sk), long=long, style=rng.choice(["year", "noyear"]))])
        if rng.random() < 0.5:
            add("council", rand_date(rng, dt.date(Y, 9, 1), dt.date(Y, 12, 15)), [])
    elif scen == "committee_only":
        sk = {"co_prepare": "prepare", "co_noneed": "no_need", "co_mention": "prepare", "co_note": "not_addressed"}[variant]
        add("committee", comdate, [dk_item(rng, m, "committee", sk, {"prepare": "p1", "no_need": "n2", "not_addressed": "note"}[sk] if variant != "co_note" else "co_note", council, committee, comdate, style=style)])
        add("council", cdate, [mention_meddelelser(council, committee)] if variant == "co_mention" else [])
        if rng.random() < 0.4:
            add("committee", rand_date(rng, dt.date(Y, 3, 1), dt.date(Y, 6, 15)), [])
    elif scen == "not_found":
        its = {"letter2022": [letter2022(rng, m, council)], "dk2022_late": [dk2022_late(rng, m, council)],
               "tourism": [filler(rng, m, "turisme", council, cdate)], "employment": [filler(rng, m, "beskaeft", council, cdate)],
               "klima": [filler(rng, m, "klima", council, cdate)]}[variant]
        d = rand_date(rng, dt.date(Y, 2, 1), dt.date(Y, 4, 27)) if variant in ("letter2022", "dk2022_late") else cdate
        add("council", d, its)
        add("committee", comdate, [filler(rng, m, "beskaeft", council, comdate)] if rng.random() < 0.5 else [])
        if rng.random() < 0.5:
            add("council", rand_date(rng, dt.date(Y, 9, 1), dt.date(Y, 12, 15)), [])
    # de-duplicate same date & body
    seen = set()
    for d in docs:
        while (d["kind"], d["date"]) in seen:
            d["date"] += dt.timedelta(days=1)
        seen.add((d["kind"], d["date"]))
    return docs


def decide(docs):
    """CONTRACT.md rule over labelled docs. Returns (outcome, action_plan, doc, date)."""
    tr = []
    for d in docs:
        for it in d["items"]:
            if it["dk"] and it["dk"][0] == MAP_YEAR:
                tr.append((d["date"], d, it["dk"][1]))
    if not tr:
        return "not_found", None, None, None
    council = sorted([t for t in tr if t[1]["kind"] == "council"], key=lambda t: t[0])
    if not council:
        return "committee_only", None, None, None
    intime = [t for t in council if t[0] <= dt.date(MAP_YEAR, 12, 31)]
    if not intime:
        t = council[0]; return "late", t[2], t[1], t[0]
    pos = [t for t in intime if t[2] in ("prepare", "no_need")]
    if pos:
        t = pos[0]; return "ok", t[2], t[1], t[0]
    t = intime[-1]; return "no_position", t[2], t[1], t[0]


EXPECT = {"ok_prepare": ("ok", "prepare"), "ok_no_need": ("ok", "no_need"), "np_not_addressed": ("no_position", "not_addressed"),
          "np_deferred": ("no_position", "deferred"), "late": ("late", None), "committee_only": ("committee_only", None),
          "not_found": ("not_found", None)}


def folder_name(rng, m):
    c = rng.random()
    if c < 0.34:
        return m["code"]
    if c < 0.67:
        return ascii_name(m["name"])
    return m["name"].replace(" ", "-") + "-Kommune"


def file_name(rng, d, i):
    b = d["body"]
    short = {"Byrådet": "byraad", "Kommunalbestyrelsen": "kommunalbestyrelsen", "Borgerrepræsentationen": "BR",
             "Økonomiudvalget": "OEU"}.get(b, ascii_name(b).replace(" ", "-").replace("---", "-")[:24])
    stem = rng.choice([f"{d['doctype'].lower()}_{short}_{d['date'].isoformat()}", f"{short}-{T.dnum(d['date'], '-')}",
                       f"Referat {T.dnum(d['date'], '.')} {short}", f"{d['date'].strftime('%Y%m%d')}_{short}_{i}"])
    return stem


def main(out):
    out = Path(out)
    rng = random.Random(SEED)
    munis = [dict(code=r["code"], name=r["name"]) for r in csv.DictReader(open(KOMMUNER, encoding="utf-8"))]
    for m in munis:
        m["council"] = "Borgerrepræsentationen" if m["code"] == "101" else ("Byrådet" if rng.random() < 0.7 else "Kommunalbestyrelsen")
    order = munis[:]; rng.shuffle(order)
    halves = {"dev": order[:49], "holdout": order[49:]}
    layout_half = {}
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        layout_half[a] = "dev"; layout_half[b] = "holdout"
    jobs = []
    gold_all = {}
    lay_lines = ["# Corpus 13 layouts", "", "| layout | half |", "|---|---|"]
    for L, h in sorted(layout_half.items()):
        lay_lines.append(f"| {L} | {h} |")
    lay_lines += ["", "| half | code | name | folder | layout | scenario | variant | documents |", "|---|---|---|---|---|---|---|---|"]
    for half, ms in halves.items():
        lays = [L for L, h in sorted(layout_half.items()) if h == half]
        scen = [s for s, n in MIX for _ in range(n)]
        rng.shuffle(scen)
        vcount = {}
        gold = {"map_year": MAP_YEAR, "municipalities": {}, "documents": {}}
        for k, (m, s) in enumerate(zip(ms, scen)):
            vs = [v for v, hh in VARIANTS[s].items() if hh in ("both", half)]
            idx = vcount.get(s, 0); vcount[s] = idx + 1
            v = vs[(idx + rng.randint(0, 1) * 0) % len(vs)]
            layout = lays[k % 4]
            docs = build_muni(rng, m, s, v, layout)
            outc, apl, ddoc, ddate = decide(docs)
            assert (outc, apl if outc != "late" else None) == EXPECT[s], (m, s, v, outc, apl)
            folder = folder_name(rng, m)
            for i, d in enumerate(docs):
                ext = ".html" if layout.startswith("L4") else ".pdf"
                fn = file_name(rng, d, i + 1) + ext
                rel = f"{folder}/{fn}"
                d["folder_ascii"] = ascii_name(m["name"]).replace(" ", "-")
                d["rel"] = rel; d["path"] = out / half / "corpus" / rel
                gold["documents"][rel] = dict(status="ok", municipality_code=m["code"], body=d["kind"],
                                              meeting_date=d["date"].isoformat(),
                                              dk_items=[dict(map_year=it["dk"][0], action_plan=it["dk"][1]) for it in d["items"] if it["dk"]],
                                              pages=1, producer=layout)
                jobs.append(d)
            gold["municipalities"][m["code"]] = dict(name=m["name"], outcome=outc, action_plan=apl, plan=s,
                                                     meeting_date=ddate.isoformat() if ddate else None,
                                                     treatment_document=ddoc["rel"] if ddoc else None,
                                                     variant=v, layout=layout)
            lay_lines.append(f"| {half} | {m['code']} | {m['name']} | {folder} | {layout} | {s} | {v} | {len(docs)} |")
        gold["municipalities"] = dict(sorted(gold["municipalities"].items()))
        gold_all[half] = gold
    pages = render.render_all(jobs, rng_seed=SEED)
    for half, gold in gold_all.items():
        for rel, g in gold["documents"].items():
            g["pages"] = pages.get((half, rel), 1)
        (out / half).mkdir(parents=True, exist_ok=True)
        (out / half / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (out / "layouts.md").write_text("\n".join(lay_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
