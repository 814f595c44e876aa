"""All Danish wording of corpus 13, written from the domain description. Item model:
dict(title, sagsnr, closed, sections=[(heading, [blocks])], prior=[(heading, [lines])],
decision=(heading, [lines]), dk=None | (map_year, stance))  blocks: ("p", text) | ("ul", [..]) | ("table", head, rows)
"""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dweek(d):
    return f"{WEEKDAYS[d.weekday()]} den {dlong(d)}"


def dnum(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def muni_full(name):
    if name == "København":
        return "Københavns Kommune"
    if name == "Bornholm":
        return "Bornholms Regionskommune"
    return f"{name} Kommune"


def council_genitive(body):
    return {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens",
            "Borgerrepræsentationen": "Borgerrepræsentationens"}.get(body, body + "s")


def body_genitive(body):
    return body if body.endswith("s") else body + "s"


PARAS = ["Servicelovens § 41 (merudgifter, børn)", "Servicelovens § 42 (tabt arbejdsfortjeneste)",
         "Servicelovens § 44 (aflastning og ledsagelse)", "Servicelovens § 52 (foranstaltninger)",
         "Servicelovens § 83 (personlig og praktisk hjælp)", "Servicelovens § 85 (socialpædagogisk støtte)",
         "Servicelovens § 95 (kontant tilskud)", "Servicelovens § 96 (borgerstyret personlig assistance)",
         "Servicelovens § 100 (merudgifter, voksne)", "Servicelovens § 107 (midlertidigt botilbud)",
         "Servicelovens § 108 (længerevarende botilbud)", "Servicelovens § 112 (hjælpemidler)",
         "Servicelovens § 113 (forbrugsgoder)", "Servicelovens § 114 (støtte til bil)",
         "Servicelovens § 116 (boligindretning)", "Lov om social pension (helbredstillæg)"]


def figures(rng):
    tot = rng.randint(24, 44); land = 33
    b = rng.randint(32, 62); bl = 48
    v = rng.randint(25, 55); vl = 40
    return dict(tot=tot, land=land, b=b, bl=bl, v=v, vl=vl, last=tot + rng.choice([-6, -4, -3, 2, 3, 5]))


def fig_table(rng):
    rows = []
    for p in PARAS:
        n = rng.randint(4, 60); k = rng.randint(0, int(n * 0.7))
        rows.append([p, str(n), str(k), f"{round(100 * k / n)} %"])
    return ("table", ["Område", "Afgørelser", "Omgjort", "Omgørelsesprocent"], rows)


# ---------------------------------------------------------------- map naming
def dk_title(rng, style):
    return {
        "year": rng.choice(["Danmarkskort 2023 - omgørelsesprocenter på socialområdet",
                            "Behandling af Danmarkskortet 2023",
                            "Ankestyrelsens danmarkskort for 2023 over omgørelsesprocenter"]),
        "noyear": rng.choice(["Danmarkskortet over omgørelsesprocenter på socialområdet",
                              "Orientering om det nye danmarkskort - retssikkerhed på socialområdet",
                              "Omgørelsesprocenter i klagesager på socialområdet (danmarkskortet)"]),
        "figyear": rng.choice(["Omgørelsesprocenter på socialområdet for 2022",
                               "Ankestyrelsens omgørelsesprocenter 2022 - socialområdet"]),
    }[style]


def dk_background(rng, mf, style, f, council, long=False):
    y = {"year": "danmarkskortet for 2023", "noyear": "det nye danmarkskort",
         "figyear": "danmarkskortet med omgørelsesprocenterne for 2022"}[style]
    pub = rng.choice(["i juni 2023", "den 29. juni 2023", "før sommerferien"]) if style != "noyear" else "i sommer"
    ps = [
        ("p", f"Social-, Bolig- og Ældreministeriet har {pub} offentliggjort {y}. Kortet viser for hver kommune, "
              f"hvor stor en andel af de påklagede afgørelser på socialområdet Ankestyrelsen har ændret, "
              f"hjemvist eller ophævet. Kortet består af tre dele: hele socialområdet, børnehandicapområdet "
              f"og voksenhandicapområdet."),
        ("p", f"Efter retssikkerhedslovens § 79 b, stk. 1, skal {council.lower() if council != 'Borgerrepræsentationen' else council} "
              f"behandle kortet på et møde inden udgangen af det år, hvor kortet offentliggøres, og tage "
              f"stilling til, om der er behov for at udarbejde en handlingsplan til styrkelse af den "
              f"juridiske kvalitet i sagsbehandlingen."),
        ("p", f"For {mf} er omgørelsesprocenten på hele socialområdet {f['tot']} %, mens gennemsnittet for "
              f"alle kommuner er {f['land']} %. På børnehandicapområdet er omgørelsesprocenten {f['b']} % "
              f"(landsgennemsnit {f['bl']} %), og på voksenhandicapområdet {f['v']} % (landsgennemsnit {f['vl']} %)."),
    ]
    if rng.random() < 0.5:
        ps.append(("p", f"Til sammenligning var omgørelsesprocenten på hele socialområdet {f['last']} % året før. "
                        f"Udviklingen skal ses i lyset af, at antallet af klagesager er forholdsvis lille, og at "
                        f"få sager kan flytte procenten mærkbart."))
    if long:
        ps.append(("p", "Forvaltningen har gennemgået de omgjorte sager. Den hyppigste årsag til omgørelse er "
                        "mangelfuld oplysning af sagen, herunder at der ikke er indhentet tilstrækkelige "
                        "lægelige oplysninger, og at partshøring ikke er sket i tilstrækkeligt omfang. En "
                        "mindre del af sagerne er omgjort, fordi borgeren under klagesagen har fremlagt nye "
                        "oplysninger. Enkelte afgørelser er omgjort på grund af mangler i begrundelsen."))
        ps.append(("p", "Forvaltningen har i forvejen en række tiltag for den faglige og juridiske kvalitet: "
                        "faste sagsgennemgange, et kommunalt juridisk netværk, kurser i forvaltningsret for nye "
                        "medarbejdere og systematisk opfølgning på Ankestyrelsens principafgørelser."))
    return ps


# ---------------------------------------------------------------- stances
PREP_REC = {
    "p1": "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på socialområdet",
    "p2": "at forvaltningen udarbejder en handleplan for børnehandicapområdet med konkrete tiltag, der skal nedbringe omgørelsesprocenten, og at planen forelægges udvalget i foråret",
    "p3": "at forvaltningen igangsætter et målrettet kvalitetsprogram for sagsbehandlingen på voksenhandicapområdet, og at der gives en status efter et år",
    "p4": "at der iværksættes en gennemgang af afgørelsespraksis på børne- og voksenhandicapområdet som kommunens handlingsplan efter § 79 b",
}
NONEED_REC = {
    "n1": "at der ikke er behov for at udarbejde en handlingsplan",
    "n2": "at der ikke udarbejdes en handlingsplan, idet kommunens omgørelsesprocent ligger under landsgennemsnittet på alle tre områder",
    "n3": "at den eksisterende indsats for faglig og juridisk kvalitet vurderes at være tilstrækkelig, så der ikke udarbejdes en særskilt handlingsplan",
    "n4": "at forvaltningen ikke finder anledning til at udarbejde en handlingsplan på nuværende tidspunkt",
}
NOTE_REC = [
    "at orienteringen om danmarkskortet tages til efterretning",
    "at udvalget drøfter kommunens placering på danmarkskortet",
    "at sagen tages til orientering",
]

PREP_DECISION_EXPLICIT = [
    "{body} besluttede, at der skal udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet. Planen forelægges {body_l} i første halvår 2024.",
    "{body} godkendte indstillingen med den tilføjelse, at handlingsplanen også skal omfatte voksenhandicapområdet.",
]
NONEED_DECISION_EXPLICIT = [
    "{body} besluttede, at der ikke er behov for en handlingsplan.",
    "{body} finder ikke grundlag for at gøre yderligere ud over den igangværende kvalitetsindsats.",
]


def at_list(rng, rec_first, more=True):
    items = [rec_first]
    if more:
        items.insert(0, rng.choice(["at orienteringen om danmarkskortet tages til efterretning",
                                    "at kommunens omgørelsesprocenter sammenholdt med landsgennemsnittet drøftes"]))
    return items
