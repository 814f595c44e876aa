"""All Danish wording of independent21: meeting headers, map items, distractor and ordinary items."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def d_long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def d_wday(d):
    return f"{WDAYS[d.weekday()]} den {d_long(d)}"


def d_dot(d):
    return d.strftime("%d.%m.%Y")


def d_dash(d):
    return d.strftime("%d-%m-%Y")


def kommune(name):
    return "Københavns Kommune" if name == "København" else f"{name} Kommune"


def ascii_name(name):
    s = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-")):
        s = s.replace(a, b)
    return s


def case_no(rng, d):
    f = rng.randrange(5)
    if f == 0:
        return f"Sagsnr.: 27.69.00-A00-{rng.randint(1, 40)}-{d.year % 100}"
    if f == 1:
        return f"Sag {rng.randint(100, 999)}-{d.year}-{rng.randint(10000, 99999)}"
    if f == 2:
        return f"EMN-{d.year}-{rng.randint(1000, 99999):06d}"
    if f == 3:
        return f"Dok. {rng.randint(100, 999)}-{d.year}-{rng.randint(100000, 999999)}"
    return f"Sagsnr. {rng.randint(100000, 999999)}"


# ---------------------------------------------------------------- the social-area map of 2025

MAP_TITLES = [
    "Omgørelsesprocenter på socialområdet 2025",
    "Ankestyrelsens tal for hjemviste og ændrede afgørelser",
    "Kvalitet i myndighedsafgørelser – status",
    "Danmarkskort over omgørelsesprocenter 2025",
    "Retssikkerhed i sagsbehandlingen – retssikkerhedslovens § 79 b",
    "Ministeriets opgørelse over omgjorte sager på socialområdet",
    "Juridisk kvalitet på børne- og voksenhandicapområdet – årlig behandling",
]
SECTION_TITLES = ["Kvalitetsrapport for socialområdet 2025", "Årsrapport for Borgerservice 2025",
                  "Årlig status på retssikkerhed og klagesager 2025"]
LETTER_TITLES = ["Danmarkskort 2025 og Ankestyrelsens brev om behandlingen af kortet for 2024",
                 "Omgørelsesprocenter 2025 samt tilbagemelding fra Ankestyrelsens tilsyn"]


def rates(rng):
    a, b, c = rng.randint(18, 41), rng.randint(20, 55), rng.randint(15, 45)
    la, lb, lc = 29, 37, 31
    return a, b, c, la, lb, lc


def map_background(rng, muni, year_style):
    """Paragraphs describing the 2025 social-area map; year_style: named / figures / none."""
    k = kommune(muni)
    a, b, c, la, lb, lc = rates(rng)
    if year_style == "named":
        intro = rng.choice([
            f"Social-, Bolig- og Ældreministeriet offentliggjorde i juni 2025 danmarkskortet for 2025 over "
            f"omgørelsesprocenter på socialområdet.",
            f"Danmarkskort 2025 blev offentliggjort af Social-, Bolig- og Ældreministeriet i sommeren 2025 og "
            f"viser for hver kommune, hvor stor en andel af de påklagede afgørelser Ankestyrelsen har ændret, "
            f"hjemvist eller ophævet.",
        ])
    elif year_style == "figures":
        intro = rng.choice([
            "Ministeriet har offentliggjort omgørelsesprocenterne for 2024 for alle landets kommuner. "
            "Tallene viser, hvor mange af de sager, borgerne har klaget over, som Ankestyrelsen har ændret "
            "eller sendt tilbage til fornyet behandling.",
            "Ankestyrelsens opgørelse af omgørelsesprocenterne for 2024 på socialområdet foreligger nu "
            "og er offentliggjort på ministeriets hjemmeside.",
        ])
    else:
        intro = rng.choice([
            "Ministeriet har i år igen offentliggjort den årlige opgørelse over, hvor mange påklagede "
            "afgørelser på socialområdet Ankestyrelsen har omgjort i hver kommune (danmarkskortet).",
            "Den årlige oversigt over omgørelsesprocenter på socialområdet er nu offentliggjort. "
            "Oversigten omtales ofte som danmarkskortet.",
        ])
    p2 = (f"For {k} er omgørelsesprocenten på hele socialområdet {a} pct. mod {la} pct. på landsplan. "
          f"På børnehandicapområdet er den {b} pct. (landsplan {lb} pct.), og på voksenhandicapområdet "
          f"{c} pct. (landsplan {lc} pct.).")
    p3 = rng.choice([
        "Efter retssikkerhedslovens § 79 b, stk. 1, skal kommunalbestyrelsen behandle kortet på et møde "
        "inden udgangen af det år, hvor det offentliggøres, og tage stilling til, om der er behov for en "
        "handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.",
        "Det følger af retssikkerhedsloven, at kommunalbestyrelsen årligt skal drøfte tallene og tage "
        "stilling til behovet for en handlingsplan for den juridiske kvalitet.",
    ])
    out = [intro, p2, p3]
    if rng.random() < 0.4:
        out.append("Til sammenligning var omgørelsesprocenten på hele socialområdet ved sidste års "
                   "opgørelse (danmarkskortet 2024) " f"{a + rng.choice([-4, -2, 3, 5])} pct. "
                   "Udviklingen er beskrevet nærmere i bilaget.")
    return out


PREPARE_REC = [
    "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på "
    "børnehandicapområdet",
    "at forvaltningen udarbejder en handleplan for de områder, hvor omgørelsesprocenten ligger over "
    "landsgennemsnittet, og forelægger den for udvalget i foråret 2026",
    "at der iværksættes en gennemgang af praksis på voksenhandicapområdet med henblik på en plan for "
    "bedre afgørelser",
    "at der udarbejdes en handlingsplan, jf. retssikkerhedslovens § 79 b",
]
NONEED_REC = [
    "at der ikke udarbejdes en handlingsplan, da kommunens omgørelsesprocenter ligger på niveau med "
    "landsgennemsnittet",
    "at kommunalbestyrelsen vurderer, at der ikke er behov for en handlingsplan, idet det igangværende "
    "kvalitetsarbejde fortsætter",
    "at byrådet ikke finder anledning til at udarbejde en handlingsplan",
    "at der ikke er grundlag for at gøre yderligere ud over den eksisterende faglige ledelse og "
    "juridiske sparring",
]
NOTE_REC = ["at orienteringen tages til efterretning",
            "at sagen drøftes",
            "at redegørelsen om omgørelsesprocenterne tages til orientering"]


def map_rec(rng, stance):
    """The recommendation bullets for a map item whose intended stance is stance."""
    bullets = []
    if rng.random() < 0.6:
        bullets.append("at orienteringen om kommunens omgørelsesprocenter tages til efterretning")
    if stance == "prepare":
        bullets.append(rng.choice(PREPARE_REC))
    elif stance == "no_need":
        bullets.append(rng.choice(NONEED_REC))
    else:
        bullets = [rng.choice(NOTE_REC)]
    return bullets


# ---------------------------------------------------------------- decisions

def decision_text(rng, stance, body_word, rec_given=True):
    """Text of a body's own decision on a map item; body_word: Byrådet/Udvalget/..."""
    if stance == "prepare":
        return rng.choice(["Godkendt.", "Indstillingen tiltrådt.", "Anbefalingen følges.",
                           f"{body_word} besluttede, at der udarbejdes en handlingsplan.",
                           "Godkendt som indstillet."])
    if stance == "no_need":
        return rng.choice(["Godkendt.", "Indstillingen godkendt.",
                           f"{body_word} besluttede, at der ikke udarbejdes en handlingsplan.",
                           "Godkendt som indstillet."])
    if stance == "not_addressed":
        return rng.choice(["Taget til efterretning.", "Orienteringen taget til efterretning.", "Drøftet.",
                           "Til orientering."])
    if stance == "deferred":
        return rng.choice(["Udsat.", "Sagen genoptages på et senere møde.",
                           "Udsat til næste møde efter ønske fra forvaltningen."])
    raise ValueError(stance)


def committee_recommend(rng, stance):
    if stance in ("prepare", "no_need"):
        return rng.choice(["Anbefales.", "Indstillingen anbefales over for byrådet.", "Anbefales godkendt."])
    return "Taget til efterretning."


# ---------------------------------------------------------------- items of other kinds

def ordinary_items(rng, muni, d):
    k = kommune(muni)
    pool = [
        ("Godkendelse af dagsorden", [], "Godkendt."),
        ("Budgetopfølgning 2025 – forventet regnskab",
         [("Sagsfremstilling", [f"Forvaltningen forventer et samlet mindreforbrug på {rng.randint(3, 40)} mio. kr. "
                                "Opfølgningen omfatter alle udvalgsområder."]),
          ("Indstilling", [["at budgetopfølgningen tages til efterretning"]])],
         "Taget til efterretning."),
        ("Klimahandlingsplan – status 2025",
         [("Sagsfremstilling", [f"{k} har siden 2021 haft en klimahandlingsplan. Status viser, at "
                                "CO2-udledningen fra kommunens egne bygninger er faldet."]),
          ("Indstilling", [["at status på klimahandlingsplanen godkendes"]])],
         "Godkendt."),
        ("Trafiksikkerhedsplan 2026-2029",
         [("Sagsfremstilling", ["Forslaget indeholder en handlingsplan for sikre skoleveje og en prioriteret "
                                "liste over krydsombygninger."]),
          ("Indstilling", [["at trafiksikkerhedsplanen sendes i offentlig høring"]])],
         "Godkendt."),
        ("Takster for hjemmepleje og madservice 2026",
         [("Sagsfremstilling", ["Taksterne er beregnet efter de gældende regler om prisfastsættelse."]),
          ("Indstilling", [["at taksterne godkendes"]])], "Godkendt."),
        ("Ansøgning om anlægsbevilling – renovering af plejecenter",
         [("Sagsfremstilling", ["Plejecentret trænger til nye badeværelser og ventilation. Der søges om en "
                                f"anlægsbevilling på {rng.randint(4, 25)} mio. kr."]),
          ("Indstilling", [["at der gives en anlægsbevilling", "at beløbet finansieres af kassebeholdningen"]])],
         "Godkendt."),
        ("Turismestrategi – Danmarks kort over oplevelser",
         [("Sagsfremstilling", ["Kommunen deltager i en fælles kampagne, hvor destinationerne markeres på et "
                                "Danmarks kort over oplevelser langs kysterne."]),
          ("Indstilling", [["at kommunen tilslutter sig kampagnen"]])], "Godkendt."),
        ("Meddelelser",
         [("Sagsfremstilling", ["Borgmesteren orienterede om KKR-mødet og om seneste nyt fra KL."])],
         "Til orientering."),
    ]
    return pool


def announcement_mention():
    return ("Meddelelser fra borgmesteren",
            [("Sagsfremstilling", ["Borgmesteren oplyste, at forvaltningen arbejder på sagen om danmarkskortet "
                                   "over omgørelsesprocenter, som forelægges til politisk behandling senere. Borgmesteren "
                                   "orienterede desuden om julebelysningen på torvet."])],
            "Til orientering.")


def distractor_items(rng, muni):
    k = kommune(muni)
    return {
        "ledighed": ("Danmarkskort over ledighed – status for beskæftigelsesindsatsen",
                     [("Sagsfremstilling", ["Styrelsen for Arbejdsmarked og Rekruttering har offentliggjort et "
                                            "danmarkskort over ledigheden fordelt på kommuner. "
                                            f"{k} ligger under landsgennemsnittet."]),
                      ("Indstilling", [["at orienteringen tages til efterretning"]])],
                     "Taget til efterretning."),
        "beskaeftigelse": ("Omgørelser på beskæftigelsesområdet 2025",
                           [("Sagsfremstilling", ["Ankestyrelsen har opgjort omgørelsesprocenterne for "
                                                  "beskæftigelsesområdet (sygedagpenge, kontanthjælp og "
                                                  "ressourceforløb). Beskæftigelsesområdets omgørelser er ikke "
                                                  "en del af danmarkskortet på socialområdet."]),
                            ("Indstilling", [["at der udarbejdes en handlingsplan for sygedagpengeområdet"]])],
                           "Godkendt."),
        "sundhed": ("Sundhedsstyrelsens danmarkskort over forebyggelsestilbud",
                    [("Sagsfremstilling", ["Sundhedsstyrelsens danmarkskort viser kommunernes tilbud om "
                                           "rygestop og fysisk træning. Kommunen har tilbud i alle kategorier."]),
                     ("Indstilling", [["at kortlægningen tages til orientering"]])],
                    "Taget til orientering."),
        "skat": ("Skatteankesager – årsstatistik",
                 [("Sagsfremstilling", ["Skatteankestyrelsens omgørelsesprocent for ejendomsvurderinger i "
                                        "kommunen var 22 pct. i 2024. Tallet vedrører ikke socialområdet."]),
                  ("Indstilling", [["at årsstatistikken tages til efterretning"]])],
                 "Taget til efterretning."),
    }


def letter_2024_item(rng, muni, council):
    body = council
    return ("Ankestyrelsens brev om behandlingen af danmarkskortet 2024",
            [("Resumé", [f"Ankestyrelsens tilsyn har gennemgået {body.lower() if body != 'Borgerrepræsentationen' else body}s "
                         "behandling af danmarkskortet 2024 og har sendt en tilbagemelding."]),
             ("Sagsfremstilling", ["Tilsynet konstaterer, at kortet for 2024 blev behandlet rettidigt, og at der "
                                   "blev taget stilling til behovet for en handlingsplan. Tilsynet foretager sig "
                                   "ikke videre i sagen, men henleder opmærksomheden på, at alle tre dele af "
                                   "kortet skal indgå i drøftelsen næste gang."]),
              ("Indstilling", [["at Ankestyrelsens brev tages til efterretning"]])],
            "Taget til efterretning.")


def followup_2024_item(rng, muni):
    return ("Opfølgning på handlingsplan efter danmarkskort 2024",
            [("Sagsfremstilling", ["Udvalget besluttede i 2024 en handlingsplan efter danmarkskortet 2024 med fokus "
                                   "på partshøring og begrundelser. Forvaltningen gør status: alle sagsbehandlere "
                                   "har gennemført kursus, og skabelonerne er revideret."]),
             ("Indstilling", [["at status på handlingsplanen tages til efterretning"]])],
            "Taget til efterretning.")
