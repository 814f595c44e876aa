"""All Danish wording of independent16, written from scratch for this corpus.

An item is a dict:
  title, no, case, status ("Åbent punkt"/None),
  sections: [(heading, [paragraph | ("bullets", [..])])],
  decisions: [(heading or None, [line, ...])],
  dk: None or (map_year, stance)   # the label of the item, set by gen.py
"""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def fdate(d, style):
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "weekday":
        return f"{DAYS[d.weekday()]} den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "Weekday":
        return f"{DAYS[d.weekday()].capitalize()} den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dash2":
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"
    if style == "abbr":
        return f"{d.day}. {MON3[d.month-1]} {d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    raise ValueError(style)


KOMMUNE_LABEL = {"København": "Københavns Kommune", "Bornholm": "Bornholms Regionskommune"}


def kname(name):
    """How the municipality names itself."""
    return KOMMUNE_LABEL.get(name, f"{name} Kommune")


def council_forms(kind):
    """(definite name, genitive, short label)"""
    return {
        "byraad": ("Byrådet", "Byrådets", "BY"),
        "kb": ("Kommunalbestyrelsen", "Kommunalbestyrelsens", "KB"),
        "br": ("Borgerrepræsentationen", "Borgerrepræsentationens", "BR"),
    }[kind]


SOCIAL_COMMITTEES = ["Social- og Sundhedsudvalget", "Socialudvalget", "Børne- og Familieudvalget",
                     "Social-, Sundheds- og Ældreudvalget", "Voksen- og Handicapudvalget",
                     "Udvalget for Social og Beskæftigelse", "Social- og Handicapudvalget"]
OTHER_COMMITTEES = ["Teknik- og Miljøudvalget", "Børne- og Skoleudvalget", "Kultur- og Fritidsudvalget",
                    "Plan- og Boligudvalget", "Klima-, Natur- og Miljøudvalget"]
JOINT_BODIES = ["Fælles Beredskabskommission", "Det Regionale Samarbejdsudvalg",
                "Den Fælles Beredskabskommission for Midt- og Sydsjælland", "Det Fælles Handicapråd"]

PEOPLE = ["Anne Kjærgaard (A)", "Søren Østergaard (V)", "Birthe Æbelø (C)", "Jens Møller (F)",
          "Lise Brøndum (Ø)", "Niels Hjørne (O)", "Mette Skårup (B)", "Poul Dræby (I)",
          "Karen Løvgreen (D)", "Thomas Bøgh (K)", "Hanne Frøslev (Å)", "Rasmus Sønderby (V)"]


def case_no(rng, style):
    y = rng.choice([22, 23])
    if style == 0:
        return f"Sagsnr.: 27.{rng.randint(10,69):02d}.{rng.randint(0,20):02d}-A00-{rng.randint(1,40)}-{y}"
    if style == 1:
        return f"Sag {rng.randint(300,899)}-20{y}-{rng.randint(1000,99999)}"
    if style == 2:
        return f"Dok. {rng.randint(300,899)}-20{y}-{rng.randint(100000,999999)}"
    if style == 3:
        return f"EMN-20{y}-{rng.randint(1000,19999):06d}"
    if style == 4:
        return f"Sagsnr. {rng.randint(100000,999999)}"
    return f"J.nr.: {rng.randint(0,99):02d}.{rng.randint(0,99):02d}.{rng.randint(0,99):02d}-G01-{rng.randint(1,300)}-{y}"


# ---------------------------------------------------------------- ordinary items

def ordinary_items(rng, muni, body_kind, d):
    """A pool of ordinary items; the caller samples from it."""
    yr = d.year if d.month >= 6 else d.year - 1   # the budget year under way in the autumn
    pool = [
        ("Godkendelse af dagsorden", [("Beslutning", None)], ["Dagsordenen blev godkendt."]),
        (f"Budgetopfølgning pr. 30. september {yr}",
         [("Resumé", [f"Forvaltningen har udarbejdet budgetopfølgning pr. 30. september {yr}. Der forventes "
                      f"et samlet mindreforbrug på driften på {rng.randint(4,38)},{rng.randint(1,9)} mio. kr., "
                      "primært på de specialiserede områder og ejendomsdriften."]),
          ("Indstilling", [("bullets", ["at budgetopfølgningen tages til efterretning",
                                        f"at der meddeles tillægsbevillinger som anført i bilag {rng.randint(1,4)}"])])],
         ["Godkendt."]),
        (f"Takster for {yr+1}",
         [("Sagsfremstilling", ["Taksterne for kommunens ydelser er beregnet på grundlag af det vedtagne budget. "
                                "Takstbladet omfatter bl.a. dagtilbud, hjemmepleje, madservice og affaldsgebyrer."]),
          ("Indstilling", [("bullets", [f"at takstbladet for {yr+1} godkendes"])])],
         ["Indstillingen blev godkendt."]),
        ("Renovering af Skovvejens Skole – anlægsbevilling",
         [("Sagsfremstilling", [f"Der søges om en anlægsbevilling på {rng.randint(6,48)} mio. kr. til renovering af "
                                "klasselokaler, ventilation og faglokaler på skolen. Arbejdet forventes udført i "
                                "sommerferien."]),
          ("Økonomiske konsekvenser", ["Beløbet finansieres af den afsatte pulje til skoleanlæg."]),
          ("Indstilling", [("bullets", ["at der gives en anlægsbevilling som beskrevet",
                                        "at rådighedsbeløbet frigives"])])],
         ["Godkendt."]),
        ("Vedtagelse af lokalplan 1.47 for boliger ved Møllebakken",
         [("Beslutningstema", ["Lokalplanforslaget har været i offentlig høring i otte uger. Der er modtaget "
                               f"{rng.randint(2,11)} høringssvar, som er behandlet i vedlagte hvidbog."]),
          ("Indstilling", [("bullets", ["at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen"])])],
         ["Godkendt med de foreslåede ændringer."]),
        ("Trafiksikkerhedsplan – handlingsplan 2024-2027",
         [("Sagsfremstilling", ["Forvaltningen har udarbejdet en ny handlingsplan for trafiksikkerhed med fokus på "
                                "skoleveje, krydsninger og hastighed i landsbyerne. Planen indeholder 34 konkrete "
                                "projekter."]),
          ("Indstilling", [("bullets", ["at handlingsplanen for trafiksikkerhed godkendes"])])],
         ["Godkendt."]),
        ("Vintervedligeholdelse af veje og stier",
         [("Sagsfremstilling", ["Regulativet for vintervedligeholdelse er revideret. Cykelstier til skoler "
                                "prioriteres nu i klasse 1 sammen med de overordnede veje."]),
          ("Indstilling", [("bullets", ["at regulativet godkendes"])])],
         ["Anbefales godkendt."]),
        ("Klimahandleplan – status",
         [("Resumé", ["Der gives en status for kommunens klimahandleplan. Udledningen fra kommunens egne bygninger er "
                      "faldet med 12 procent siden 2020."]),
          ("Indstilling", [("bullets", ["at status tages til efterretning"])])],
         ["Taget til efterretning."]),
        ("Valg af medlem til Folkeoplysningsudvalget",
         [("Sagsfremstilling", ["Et medlem har bedt om at udtræde af udvalget. Gruppen har indstillet en afløser."]),
          ("Indstilling", [("bullets", ["at den indstillede afløser vælges"])])],
         ["Godkendt."]),
        ("Meddelelser", [("Sagsfremstilling", ["Borgmesteren orienterede om møde i KKR og om status på "
                                               "genhusning i forbindelse med byfornyelsen."])],
         ["Til orientering."]),
        ("Kvalitetsrapport for skoleområdet",
         [("Sagsfremstilling", ["Kvalitetsrapporten viser stabile karakterer i dansk og matematik og et fald i "
                                "elevfraværet."]),
          ("Indstilling", [("bullets", ["at kvalitetsrapporten godkendes"])])],
         ["Godkendt."]),
        ("Salg af byggegrunde i Engparken",
         [("Sagsfremstilling", ["Der er udbudt 14 parcelhusgrunde. Der er modtaget bud på 9 grunde."]),
          ("Indstilling", [("bullets", ["at salget af de ni grunde godkendes"])])],
         ["Godkendt."]),
        ("Tilsynsrapporter for plejecentrene",
         [("Resumé", ["Der er gennemført uanmeldte tilsyn på alle seks plejecentre. Ingen tilsyn har givet "
                      "anledning til påbud."]),
          ("Indstilling", [("bullets", ["at tilsynsrapporterne tages til efterretning"])])],
         ["Taget til efterretning."]),
        ("Lukket punkt: Køb af ejendom", [], ["Godkendt."]),
    ]
    return pool


def make_item(title, sections, decision_lines):
    return {"title": title, "sections": [s for s in sections if s[1] is not None],
            "decisions": [(None, decision_lines)], "dk": None}


# ---------------------------------------------------------------- noise items

def noise_other_map(rng, d):
    t, body = rng.choice([
        ("Danmarkskort over klimatilpasning – kommunens placering",
         "KL og Realdania har offentliggjort et danmarkskort over kommunernes arbejde med klimatilpasning. "
         "Kommunen ligger i midtergruppen. Forvaltningen foreslår, at der udarbejdes en handlingsplan for "
         "skybrudssikring af de lavtliggende bydele."),
        ("Naturkortlægning – Miljøministeriets danmarkskort over beskyttet natur",
         "Miljøministeriet har udgivet et nyt danmarkskort over beskyttede naturområder. Kortet viser, at "
         "andelen af beskyttet natur i kommunen er 7,9 procent. Der er behov for en handlingsplan for "
         "biodiversitet."),
        ("Bredbåndsdækning – Energistyrelsens danmarkskort",
         "Energistyrelsens danmarkskort over bredbåndsdækning viser, at 312 adresser i kommunen fortsat har "
         "under 30 Mbit/s. Forvaltningen foreslår en ansøgning til bredbåndspuljen."),
    ])
    return make_item(t, [("Sagsfremstilling", [body]),
                         ("Indstilling", [("bullets", ["at orienteringen tages til efterretning",
                                                       "at forvaltningen arbejder videre med en handlingsplan"])])],
                     ["Godkendt."])


def noise_employment(rng, d):
    return make_item(
        "Omgørelsesprocenter på beskæftigelsesområdet",
        [("Resumé", [f"Ankestyrelsen har offentliggjort statistik for klagesager på beskæftigelsesområdet for "
                     f"{d.year-1}. Omgørelsesprocenten for sager om sygedagpenge og ressourceforløb er "
                     f"{rng.randint(14,29)} procent, hvilket er lidt under landsgennemsnittet."]),
         ("Sagsfremstilling", ["Jobcenteret har gennemgået de omgjorte sager. De fleste omgørelser skyldes nye "
                               "lægelige oplysninger efter afgørelsen. Jobcenteret udarbejder en handlingsplan for "
                               "partshøring i sygedagpengesager."]),
         ("Indstilling", [("bullets", ["at orienteringen om omgørelsesprocenterne på beskæftigelsesområdet tages til "
                                       "efterretning"])])],
        ["Taget til efterretning."])


def letter_prev_year(rng, council, council_gen):
    """Ankestyrelsen's letter on the 2022 map review: about last year's map."""
    return make_item(
        "Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2022",
        [("Resumé", [f"Ankestyrelsen har gennemgået samtlige kommuners behandling af danmarkskortet for 2022 og har "
                     f"i brev af september 2023 meddelt, at styrelsen ikke foretager sig yderligere i forhold til "
                     f"{council_gen} behandling. Styrelsen vejleder samtidig om opmærksomhedspunkter til næste års "
                     "behandling."]),
         ("Sagsfremstilling", ["Det fremgår af brevet, at kortet består af tre dele, og at drøftelsen skal omfatte "
                               "kommunens omgørelsesprocenter sammenholdt med andre kommuner. Brevet har ikke "
                               "betydning for den kommende behandling ud over de nævnte vejledningspunkter."]),
         ("Indstilling", [("bullets", ["at Ankestyrelsens brev tages til orientering"])])],
        ["Til orientering."])


def mayor_mention(council):
    return make_item(
        "Meddelelser fra borgmesteren",
        [("Sagsfremstilling", ["Borgmesteren orienterede om kommende temamøde om budgetlægningen og om, at "
                               f"danmarkskortet over omgørelsesprocenter forelægges {council} på et senere møde."])],
        ["Til orientering."])


def joint_body_item(rng, joint, council):
    return make_item(
        f"Budget {2024} for {joint}",
        [("Sagsfremstilling", [f"{joint} har udarbejdet budget for 2024. Budgettet fordeles mellem "
                               "ejerkommunerne efter indbyggertal og skal godkendes i de deltagende "
                               f"kommuners kommunalbestyrelser. I {council} behandles budgettet i december."]),
         ("Indstilling", [("bullets", ["at budgettet anbefales over for kommunalbestyrelserne"])])],
        ["Anbefales."])


# ---------------------------------------------------------------- the danmarkskort item

DK_TITLES = [
    "Danmarkskort 2023 over omgørelsesprocenter på socialområdet",
    "Danmarkskortet 2023 – Ankestyrelsens omgørelsesprocenter",
    "Behandling af danmarkskortet for 2023",
    "Social-, Bolig- og Ældreministeriets danmarkskort 2023",
    "Danmarkskort over omgørelser på socialområdet – stillingtagen til handlingsplan",
]
DK_TITLES_AVOID = [
    "Omgørelsesprocenter på socialområdet – årlig politisk behandling",
    "Ankestyrelsens statistik over omgjorte sociale afgørelser",
    "Retssikkerhed i sagsbehandlingen – opfølgning efter retssikkerhedslovens § 79 b",
    "Klagesager på det sociale område – årlig behandling",
]

PREPARE_AT = [
    "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på "
    "børnehandicapområdet",
    "at forvaltningen udarbejder en plan for styrkelse af den juridiske kvalitet i sagsbehandlingen, som "
    "forelægges udvalget i foråret 2024",
    "at forvaltningen igangsætter et arbejde med at styrke den juridiske kvalitet i afgørelserne på "
    "voksenhandicapområdet med fokus på partshøring og begrundelse",
    "at der iværksættes et målrettet kvalitetsløft af sagsbehandlingen efter serviceloven, herunder "
    "systematisk juridisk gennemgang af afgørelser om merudgifter og tabt arbejdsfortjeneste",
    "at der udarbejdes en handleplan for det videre arbejde med retssikkerheden på socialområdet",
]
NONEED_AT = [
    "at der ikke udarbejdes en handlingsplan, idet omgørelsesprocenterne ligger under landsgennemsnittet",
    "at der ikke er behov for at udarbejde en handlingsplan, da kommunens igangværende kvalitetsprogram for "
    "myndighedsområdet allerede adresserer de forhold, kortet peger på",
    "at udvalget ikke finder anledning til at udarbejde en handlingsplan, idet det eksisterende arbejde med "
    "faglig ledelse og juridisk sparring fortsætter",
    "at der ikke ses behov for en særskilt handlingsplan, fordi forvaltningens løbende kvalitetsarbejde "
    "vurderes tilstrækkeligt",
]
NOTE_AT = [
    "at orienteringen om danmarkskortet tages til efterretning",
    "at danmarkskortet drøftes",
    "at sagen tages til orientering",
]


def dk_background(rng, muni, council, council_gen, d, avoid_word=False):
    total = rng.randint(18, 44)
    bh = rng.randint(20, 60)
    vh = rng.randint(15, 55)
    land = rng.choice([27, 28, 29, 30])
    word = "Ankestyrelsens oversigt" if avoid_word else "Danmarkskortet"
    paras = [
        f"Social-, Bolig- og Ældreministeriet offentliggjorde i juni 2023 det årlige danmarkskort over "
        f"omgørelsesprocenter på socialområdet. Kortet viser, hvor stor en andel af de påklagede afgørelser "
        f"Ankestyrelsen har ændret, hjemvist eller ophævet i {d.year-1 if d.month > 5 else d.year-2}."
        if not avoid_word else
        f"Ankestyrelsen har i juni 2023 offentliggjort de årlige omgørelsesprocenter for de påklagede "
        f"afgørelser på socialområdet. Tallene viser, hvor mange sager styrelsen har ændret, hjemvist eller "
        f"ophævet i {kname(muni)} sammenholdt med landets øvrige kommuner.",
        f"Efter retssikkerhedslovens § 79 b, stk. 1, skal {council} behandle resultatet på et møde inden "
        "udgangen af året og tage stilling til, om der er behov for at udarbejde en handlingsplan til "
        "styrkelse af den juridiske kvalitet i sagsbehandlingen.",
        f"{word} består af tre dele. For hele socialområdet er omgørelsesprocenten i {kname(muni)} "
        f"{total} procent mod {land} procent på landsplan. På børnehandicapområdet er den {bh} procent, og på "
        f"voksenhandicapområdet {vh} procent.",
        "Forvaltningen har gennemgået de omgjorte sager. En stor del af omgørelserne skyldes mangelfuld "
        "oplysning af sagen og utilstrækkelig begrundelse, særligt i sager om merudgifter og ledsagelse.",
    ]
    return paras


def dk_item(rng, ctx):
    """ctx: muni, council, council_gen, d (date of this meeting), body ('council'|'committee'),
    own (own body's name), stance of the recommendation (rec), decision style, quoted (list of
    (body, date, text)), final decision lines (given by gen.py), title_avoid."""
    muni, council, council_gen, d = ctx["muni"], ctx["council"], ctx["council_gen"], ctx["d"]
    avoid = ctx.get("title_avoid", False)
    title = rng.choice(DK_TITLES_AVOID if avoid else DK_TITLES)
    rec = ctx["rec"]
    if rec == "prepare":
        at = rng.choice(PREPARE_AT)
    elif rec == "no_need":
        at = rng.choice(NONEED_AT)
    else:
        at = rng.choice(NOTE_AT)
    route = ctx.get("route", f"Forvaltningen indstiller, at {ctx['social']} over for Økonomiudvalget og "
                             f"{council} anbefaler,")
    bullets = ["at danmarkskortets tre dele og kommunens omgørelsesprocenter sammenholdt med andre kommuner "
               "tages til efterretning", at]
    if rec == "not_addressed":
        bullets = [at]
    sections = [
        ("Resumé" if rng.random() < .5 else "Sagens kerne",
         [f"{council} skal årligt behandle Ankestyrelsens danmarkskort over omgørelsesprocenter og tage stilling "
          "til behovet for en handlingsplan." if not avoid else
          f"{council} skal årligt behandle omgørelsesprocenterne på socialområdet og tage stilling til, om der "
          "skal arbejdes målrettet med den juridiske kvalitet."]),
        ("Sagsfremstilling" if rng.random() < .6 else "Redegørelse", dk_background(rng, muni, council, council_gen, d, avoid)),
        ("Lovgrundlag" if rng.random() < .5 else "Retsgrundlag", ["Lov om retssikkerhed og administration på det sociale område, § 79 b."]),
        ("Økonomiske konsekvenser", ["Sagen har ingen økonomiske konsekvenser."]),
        ("Indstilling", [route, ("bullets", bullets)]),
        ("Bilag", ["1. Danmarkskort 2023 – hele socialområdet (pdf)\n2. Børne- og voksenhandicapområdet (pdf)"]),
    ]
    it = {"title": title, "sections": sections, "decisions": list(ctx.get("quoted", [])) +
          [(ctx["dec_head"], ctx["dec_lines"])], "dk": None}
    return it


# decision wordings for the body's own decision, by (what it does)
def own_decision(rng, kind, rec, council, social):
    """kind: 'approve' (takes the recommendation's stance), 'explicit_prepare', 'explicit_no_need',
    'amend_prepare', 'note', 'defer', 'back', 'recommend' (committee to council)."""
    if kind == "approve":
        return [rng.choice(["Indstillingen godkendt.", "Godkendt.", "Indstillingen blev godkendt.",
                            "Som indstillet.", "Anbefalingen følges."])]
    if kind == "explicit_prepare":
        return [rng.choice([
            f"{council} besluttede, at der udarbejdes en handlingsplan for styrkelse af den juridiske kvalitet, og at "
            f"planen forelægges {social} i første kvartal 2024.",
            "Godkendt, idet forvaltningen igangsætter et arbejde med at styrke den juridiske kvalitet i "
            "sagsbehandlingen på børnehandicapområdet.",
            f"{council} tog danmarkskortet til efterretning og besluttede, at forvaltningen udarbejder en plan for "
            "bedre partshøring og begrundelse i afgørelser efter serviceloven.",
        ])]
    if kind == "explicit_no_need":
        return [rng.choice([
            f"{council} ser ikke behov for en handlingsplan og tager danmarkskortet til efterretning.",
            "Taget til efterretning, idet der ikke ses behov for at udarbejde en handlingsplan.",
            f"{council} finder ikke anledning til at udarbejde en handlingsplan, idet det igangværende "
            "kvalitetsarbejde på myndighedsområdet fortsætter.",
        ])]
    if kind == "amend_prepare":
        return [f"Ændringsforslag fra {rng.choice(['A', 'F', 'Ø', 'SF'])}: at der udarbejdes en handlingsplan til "
                "styrkelse af den juridiske kvalitet på børnehandicapområdet.",
                f"For stemte: {rng.randint(14,20)}. Imod stemte: {rng.randint(5,9)}.",
                f"Ændringsforslaget blev vedtaget. {council} besluttede dermed, at der udarbejdes en handlingsplan."]
    if kind == "note":
        return [rng.choice(["Taget til efterretning.", "Drøftet og taget til orientering.",
                            "Orienteringen blev taget til efterretning."])]
    if kind == "defer":
        return [rng.choice(["Udsat.", "Punktet udsættes til næste møde.",
                            "Sagen blev udsat, idet der ønskes yderligere oplysninger om børnehandicapområdet."])]
    if kind == "back":
        return [f"Sagen sendes tilbage til {social} med henblik på en nærmere analyse af omgørelserne."]
    if kind == "recommend":
        return [rng.choice([f"Anbefales over for {council}.", "Indstillingen anbefales.",
                            f"Udvalget anbefaler indstillingen over for Økonomiudvalget og {council}."])]
    raise ValueError(kind)
