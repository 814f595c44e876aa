"""All Danish wording of the dev half. Written for this corpus; the holdout half has its own module."""
from common import d_long, d_dots, d_dash, d_weekday, ascii_name

SOCIAL_COMMITTEES = ["Social- og Sundhedsudvalget", "Socialudvalget", "Voksen- og Handicapudvalget",
                     "Social-, Sundheds- og Ældreudvalget", "Velfærdsudvalget"]
CHILD_COMMITTEES = ["Børne- og Familieudvalget", "Børne- og Ungeudvalget", "Familie- og Skoleudvalget"]
CITIZEN_COUNCILS = ["Handicaprådet", "Udsatterådet", "Ældrerådet"]


def make_rates(r):
    tot = r.randint(19, 44)
    return {"tot": tot, "nat": r.choice([31, 32, 33]), "child": r.randint(28, 61), "child_nat": 44,
            "adult": r.randint(21, 52), "adult_nat": 37, "prev": tot + r.choice([-6, -4, -2, 3, 5]),
            "n": r.randint(90, 480)}


def caseno(r, d):
    return r.choice([
        f"Sagsnr.: 27.00.00-A00-{r.randint(1, 40)}-{d.year % 100}",
        f"Sagsnr.: {d.year}-{r.randint(1000, 19999):05d}",
        f"Sag: 00.01.00-P20-{r.randint(1, 9)}-{d.year % 100}",
    ])


def map_ref(c, cap=False):
    """How the item names the map, following the year style chosen by gen.py."""
    ys, y = c["year_style"], c["year"]
    s = {"title": f"danmarkskortet {y}", "text": f"danmarkskortet for {y}",
         "figures": f"danmarkskortet med omgørelsesprocenterne for {y - 1}",
         "none": "årets danmarkskort"}[ys]
    return s[0].upper() + s[1:] if cap else s


def dk_title(r, c):
    ys, y = c["year_style"], c["year"]
    if c["role"] == "dialogue":
        return r.choice(["Drøftelse af danmarkskort og retssikkerhed", "Temadrøftelse: omgørelser i handicapsager"]) + (f" {y}" if ys == "title" else "")
    if ys == "title":
        return r.choice([f"Danmarkskort {y} - omgørelsesprocenter på socialområdet",
                         f"Ankestyrelsens danmarkskort {y}",
                         f"Danmarkskort over omgørelsesprocenter {y}, stillingtagen til handlingsplan"])
    if ys == "figures":
        return r.choice([f"Omgørelsesprocenter på socialområdet for {y - 1}",
                         f"Social- og Boligministeriets opgørelse af omgørelser {y - 1} (danmarkskortet)"])
    return r.choice(["Danmarkskort over omgørelsesprocenter på socialområdet",
                     "Behandling af danmarkskortet", "Retssikkerhed - årets danmarkskort fra ministeriet"])


def plan_words(r, variant):
    if variant == "othername":
        return r.choice([
            "et kvalitetsprogram for den juridiske sagsbehandling på børne- og voksenhandicapområdet",
            "en udviklingsplan for retssikkerheden i handicapsagerne",
            "et målrettet kvalitetsløft af afgørelserne på handicapområdet"])
    return r.choice([
        "en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen",
        "en handlingsplan for den juridiske kvalitet på børnehandicapområdet",
        "en handlingsplan, der skal styrke kvaliteten i sagsbehandlingen"])


def indst(r, c, stance, variant):
    m = map_ref(c)
    first = r.choice([f"at {m} tages til efterretning", f"at orienteringen om {m} tages til efterretning",
                      f"at {c['council'][2]} drøfter {m}"])
    if stance == "prepare" or (stance == "deferred" and r.random() < 0.5):
        pw = plan_words(r, variant)
        return [first, r.choice([f"at forvaltningen udarbejder {pw}", f"at der udarbejdes {pw}",
                                 f"at der igangsættes {pw}, som forelægges i foråret {c['year'] + 1}"])]
    if stance == "no_need":
        if variant == "effort":
            return [first, "at det besluttes, at der ikke er behov for en særskilt handlingsplan, da den igangværende "
                           "kvalitetsindsats i Myndighed Handicap fortsætter"]
        return [first, r.choice(["at der ikke udarbejdes en handlingsplan",
                                 "at der ikke på nuværende tidspunkt er behov for en handlingsplan"])]
    if stance == "override":
        return [first, "at der ikke udarbejdes en handlingsplan"]
    return [first]


def committee_decision(r, stance, c):
    if stance == "prepare":
        return r.choice(["Anbefales.", f"Indstillingen anbefales over for {c['council'][2]}.", "Udvalget anbefaler indstillingen."])
    if stance == "no_need":
        return r.choice(["Anbefales.", "Udvalget anbefaler, at der ikke udarbejdes en handlingsplan.", "Indstillingen anbefales."])
    if stance == "deferred":
        return r.choice(["Udsat.", "Punktet blev udsat til næste møde."])
    return r.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.", "Drøftet."])


def council_decision(r, c, stance, mode):
    co = c["council"]
    if mode == "override":
        return (f"For en ændring af indstillingen, så der udarbejdes en handlingsplan for den juridiske kvalitet, stemte "
                f"{r.randint(14, 19)} (A, F, Ø, B og Å).\nImod stemte {r.randint(5, 9)} (V, C, O).\n"
                f"{co[0]} besluttede dermed, at der udarbejdes en handlingsplan, som forelægges {co[2]} senest i juni {c['year'] + 1}. "
                "Danmarkskortet blev i øvrigt taget til efterretning.")
    if stance == "prepare":
        return r.choice(["Godkendt.", "Indstillingen godkendt.",
                         f"{co[0]} godkendte indstillingen. Handlingsplanen forelægges {co[2]} til godkendelse.",
                         "Ad 1: Taget til efterretning.\nAd 2: Godkendt."]
                        + ([f"{co[0]} tiltrådte {c['chain'][-1][0]}s indstilling."] if c["chain"] and not c["chain"][-1][0].startswith(("Fælles", "Byråd", "Kommunalb", "Borgerr")) else []))
    if stance == "no_need":
        return r.choice(["Godkendt.", "Indstillingen godkendt.", "Ad 1: Taget til efterretning.\nAd 2: Godkendt.",
                         f"{co[0]} besluttede, at der ikke udarbejdes en handlingsplan. Kortet blev taget til efterretning."])
    if stance == "deferred":
        return r.choice(["Udsat.", "Sagen blev udsat til næste møde.",
                         f"Punktet blev udsat. {co[0]} ønsker en nærmere redegørelse for udviklingen på børnehandicapområdet."])
    return r.choice(["Taget til efterretning.", "Orienteringen taget til efterretning.",
                     "Drøftet og taget til efterretning."])


def dk_item(r, c):
    role, stance, variant = c["role"], c["stance"], c["variant"]
    rt, y, co, d = c["rates"], c["year"], c["council"], c["date"]
    m, M = map_ref(c), map_ref(c, cap=True)
    pub = "i juni" if c["year_style"] != "none" else "før sommerferien"
    sagsfr = [
        f"Social- og Boligministeriet offentliggjorde {pub} {m}. Kortet viser for hver kommune, hvor stor en andel af de "
        "påklagede afgørelser på socialområdet Ankestyrelsen har ændret, hjemvist eller ophævet.",
        f"Efter retssikkerhedslovens § 79 b skal {co[2]} behandle kortet på et møde inden årets udgang. Siden 1. juli 2022 "
        "skal kommunalbestyrelsen desuden tage stilling til, om der er behov for en handlingsplan.",
        f"For {c['full']} er omgørelsesprocenten på hele socialområdet {rt['tot']} pct., mod {rt['nat']} pct. på "
        f"landsplan. Sidste år var tallet {rt['prev']} pct. På børnehandicapområdet er den {rt['child']} pct. "
        f"(landsplan {rt['child_nat']} pct.) og på voksenhandicapområdet {rt['adult']} pct. (landsplan {rt['adult_nat']} pct.). "
        f"Tallene bygger på {rt['n']} realitetsbehandlede klagesager.",
    ]
    if variant == "effort":
        sagsfr.append("Forvaltningen har siden 2022 haft en fast ordning med juridisk gennemlæsning af alle afslag efter "
                      "servicelovens §§ 41 og 42, kvartalsvise sagsaudits og et fælles kursusforløb for rådgiverne. "
                      "Forvaltningens vurdering er, at indsatsen virker, og at en ny plan ikke vil tilføre noget ud over den.")
    elif stance in ("prepare",) or variant == "override":
        sagsfr.append("Omgørelserne samler sig især om merudgifter og tabt arbejdsfortjeneste. Forvaltningen foreslår "
                      "derfor, at der arbejdes målrettet med begrundelser og partshøring i disse sager.")
    it = {"title": dk_title(r, c), "caseno": caseno(r, d), "open": True,
          "sections": [("Resumé", [f"{M} forelægges til drøftelse med henblik på stillingtagen til en eventuel handlingsplan."
                                   if role != "dialogue" else f"Dialogmødet drøfter {m} og borgernes oplevelse af sagsbehandlingen."]),
                       ("Sagsfremstilling", sagsfr),
                       ("Økonomi", ["Sagen har ingen økonomiske konsekvenser."])]}
    if role == "dialogue":
        it["indst_intro"] = "Det indstilles,"
        it["indst"] = [f"at {m} drøftes", f"at {c['citizens']}s bemærkninger indgår i det videre arbejde"]
        it["decision"] = r.choice(["Drøftet. Rådets bemærkninger sendes med til den politiske behandling i december.",
                                   "Punktet blev drøftet."])
        it["chain"] = []
        return it
    st = "override" if c.get("mode") == "override" else stance
    it["indst_intro"] = r.choice(["Direktionen indstiller,", "Forvaltningen indstiller,", f"Social- og Sundhedsforvaltningen indstiller til {co[0]},"])
    it["indst"] = indst(r, c, st, variant)
    it["chain"] = [(b, dd, chain_text(r, s)) for b, dd, s in c["chain"]]
    if role in ("committee", "joint"):
        it["decision"] = committee_decision(r, stance, c)
    elif role == "agenda":
        it["decision"] = None
    else:
        it["decision"] = council_decision(r, c, stance, c.get("mode"))
    if r.random() < 0.4:
        it["attend"] = r.choice(["Fraværende: Ingen.", "Fraværende: Jens Holm (A).", "Fraværende: Mette Kjær (V), Lone Dahl (F)."])
    return it


def chain_text(r, stance):
    if stance == "deferred":
        return r.choice(["Udsat.", "Sagen blev udsat."])
    if stance == "prepare":
        return r.choice(["Anbefales.", "Indstillingen anbefales."])
    if stance == "no_need":
        return "Anbefales, idet udvalget ikke finder behov for en handlingsplan."
    return "Taget til efterretning."


def joint_name(a, b):
    return f"Fællesmøde mellem {a} og {b}"


def dialogue_name(council, citizens):
    return f"Dialogmøde mellem {council} og {citizens}"


def followup_item(r, c):
    co, cd = c["council"], c["council_date"]
    it = {"title": "Opfølgning på danmarkskortet - udkast til handlingsplan for juridisk kvalitet",
          "caseno": caseno(r, c["date"]), "open": True,
          "sections": [("Resumé", [f"{co[0]} besluttede den {d_long(cd)} at der skal udarbejdes en handlingsplan som "
                                   "opfølgning på danmarkskortet. Udvalget får her udkastet til behandling."]),
                       ("Sagsfremstilling", [
                           "Udkastet indeholder fire spor: bedre begrundelser, systematisk partshøring, faste "
                           "sparringsmøder med kommunens jurister og opfølgning på hjemviste sager inden for 14 dage.",
                           "Handlingsplanen følges op med en status til udvalget en gang i halvåret."])],
          "indst_intro": "Forvaltningen indstiller,",
          "indst": ["at udvalget godkender udkastet til handlingsplan", f"at handlingsplanen oversendes til {co[2]} til orientering"],
          "chain": [(co[0], cd, "Godkendt, idet der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet.")],
          "decision": "Godkendt."}
    return it


def letter_item(r, c):
    y = c["year"] - 1
    named = r.random() < 0.6
    ref = f"danmarkskortet for {y}" if named else "sidste års danmarkskort"
    it = {"title": r.choice([f"Ankestyrelsens brev om kommunens behandling af danmarkskortet {y}" if named else
                             "Tilbagemelding fra Ankestyrelsen vedrørende danmarkskort",
                             "Henvendelse fra Ankestyrelsens tilsyn - danmarkskort"]),
          "caseno": caseno(r, c["date"]), "open": True,
          "sections": [("Sagsfremstilling", [
              f"Ankestyrelsen har gennemgået samtlige kommuners behandling af {ref} og har skrevet til "
              f"{c['council'][2]} med sin vurdering.",
              "Ankestyrelsen noterer, at kortet blev behandlet rettidigt, men at det ikke fremgår af referatet, om der er taget "
              "stilling til behovet for en handlingsplan. Styrelsen beder derfor om, at spørgsmålet behandles på førstkommende møde."])],
          "indst_intro": "Kommunaldirektøren indstiller,",
          "chain": []}
    if c["stance"] == "prepare":
        it["indst"] = ["at brevet tages til efterretning", "at der som opfølgning udarbejdes en handlingsplan for den juridiske kvalitet"]
        it["decision"] = "Godkendt."
    else:
        it["indst"] = ["at brevet tages til efterretning"]
        it["decision"] = "Taget til efterretning."
    return it


def noise_item(r, kind, c):
    d = c["date"]
    cn = caseno(r, d)
    if kind == "climate_dk":
        return {"title": "DK2020 - kommunen på danmarkskortet over godkendte klimaplaner", "caseno": cn, "open": True,
                "sections": [("Sagsfremstilling", ["CONCITO har opdateret sit danmarkskort over kommunernes klimahandleplaner. "
                                                   "Kommunens klimaplan er godkendt og indgår nu på kortet.",
                                                   "Handlingsplanen for 2025 indeholder 34 konkrete tiltag."])],
                "indst_intro": "Forvaltningen indstiller,", "indst": ["at status for klimahandlingsplanen tages til efterretning"],
                "chain": [], "decision": "Taget til efterretning."}
    if kind == "nature_dk":
        return {"title": "Grønt Danmarkskort - udpegning af naturområder i kommuneplanen", "caseno": cn, "open": True,
                "sections": [("Sagsfremstilling", ["Grønt Danmarkskort er et statsligt planlægningsredskab for natur. "
                                                   "Forslaget udvider de udpegede områder ved Ådalen med 120 ha."])],
                "indst_intro": "Teknik og Miljø indstiller,", "indst": ["at forslaget sendes i offentlig høring i 8 uger"],
                "chain": [], "decision": "Godkendt."}
    if kind == "cycle_dk":
        return {"title": "Nationale cykelruter - Danmarks kort over rekreative ruter", "caseno": cn, "open": True,
                "sections": [("Sagsfremstilling", ["Vejdirektoratet opdaterer det nationale danmarkskort over cykelruter. "
                                                   "Kommunen foreslår, at Kystruten forlænges gennem kommunen."])],
                "indst_intro": "Forvaltningen indstiller,", "indst": ["at kommunen ansøger om optagelse af ruten"],
                "chain": [], "decision": "Godkendt."}
    if kind == "employment":
        return {"title": "Ankestyrelsens omgørelsesprocenter på beskæftigelsesområdet", "caseno": cn, "open": True,
                "sections": [("Sagsfremstilling", ["Ankestyrelsen har opgjort omgørelsesprocenten for sager om sygedagpenge, "
                                                   "kontanthjælp og ressourceforløb. Kommunens omgørelsesprocent er 14 pct. mod 16 pct. "
                                                   "i hele landet. Opgørelsen er ikke en del af danmarkskortet på socialområdet."])],
                "indst_intro": "Jobcentret indstiller,", "indst": ["at orienteringen tages til efterretning"],
                "chain": [], "decision": "Taget til efterretning."}
    if kind == "announce":
        return {"title": "Meddelelser", "caseno": cn, "open": True,
                "sections": [("Sagsfremstilling", ["Borgmesteren orienterede om:",
                                                   ["Status på ombygning af rådhuset",
                                                    f"at danmarkskortet fra Social- og Boligministeriet forventes behandlet på decembermødet",
                                                    "Invitation til nytårskur"]])],
                "chain": [], "decision": "Til efterretning."}
    if kind == "budget_plan":
        return {"title": "Handlingsplan for budgetoverholdelse 2024", "caseno": cn, "open": True,
                "sections": [("Sagsfremstilling", ["Der forventes et merforbrug på 14,2 mio. kr. på det specialiserede "
                                                   "socialområde. Forvaltningen har udarbejdet en handlingsplan med 11 tiltag."])],
                "indst_intro": "Økonomi og Personale indstiller,", "indst": ["at handlingsplanen godkendes"],
                "chain": [], "decision": "Godkendt."}
    if kind == "traffic_plan":
        return {"title": "Trafiksikkerhedsplan og handlingsplan for skoleveje", "caseno": cn, "open": True,
                "sections": [("Sagsfremstilling", ["Planen omfatter 22 strækninger, hvor hastigheden nedsættes, og "
                                                   "fire nye krydsningsheller ved skolerne."])],
                "indst_intro": "Forvaltningen indstiller,", "indst": ["at handlingsplanen for skoleveje godkendes"],
                "chain": [], "decision": "Godkendt."}
    raise KeyError(kind)


FILLERS = [
    ("Lokalplan 1.{n} for boliger ved Møllevej - endelig vedtagelse",
     "Lokalplanen har været i offentlig høring i otte uger. Der er indkommet tre høringssvar, som vedrører trafik og skygge.",
     "at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen", "Godkendt."),
    ("Anlægsbevilling til renovering af Søndre Skole",
     "Der søges om en anlægsbevilling på 6,4 mio. kr. til nyt tag og ventilation.",
     "at der gives en anlægsbevilling på 6,4 mio. kr.", "Godkendt."),
    ("Godkendelse af mødeplan for 2025",
     "Forslaget følger den hidtidige mødeplan med møder den sidste tirsdag i måneden.",
     "at mødeplanen godkendes", "Godkendt."),
    ("Takster for hjemmepleje og madservice",
     "Taksterne reguleres med pris- og lønudviklingen. En hovedret koster herefter 58 kr.",
     "at taksterne godkendes", "Godkendt."),
    ("Orientering om ventetider i genoptræningen",
     "Ventetiden til genoptræning efter sundhedsloven er nu gennemsnitligt fire uger.",
     "at orienteringen tages til efterretning", "Taget til efterretning."),
    ("Salg af byggegrunde i Vestervang, etape 2",
     "Der udbydes 14 parcelhusgrunde. Mindsteprisen foreslås fastsat til 725 kr. pr. m².",
     "at grundene udbydes til den foreslåede mindstepris", "Godkendt."),
    ("Udpegning af medlem til Folkeoplysningsudvalget",
     "Et medlem er udtrådt af udvalget, og der skal udpeges et nyt medlem for resten af perioden.",
     "at Søren Ægidius udpeges", "Godkendt."),
]


def filler_item(r, c):
    t, s, i, dcs = r.choice(FILLERS)
    return {"title": t.replace("{n}", str(r.randint(10, 99))), "caseno": caseno(r, c["date"]), "open": True,
            "sections": [("Sagsfremstilling", [s])], "indst_intro": "Forvaltningen indstiller,", "indst": [i],
            "chain": [], "decision": dcs}


def press_item(r, c):
    co = c["council"]
    return {"title": f"Pressemeddelelse: {c['full']} vil styrke retssikkerheden på handicapområdet",
            "paras": [f"{d_long(c['date'])}",
                      f"{co[0]} i {c['full']} har på sit seneste møde behandlet Social- og Boligministeriets danmarkskort "
                      "over omgørelsesprocenter og besluttet, at der skal laves en handlingsplan for den juridiske kvalitet.",
                      f"- Vi skal have færre sager, der bliver omgjort i Ankestyrelsen. Det handler om borgernes tillid, "
                      f"siger formanden for {c['social']}.",
                      f"Kommunens omgørelsesprocent på socialområdet er {c['rates']['tot']} pct.",
                      "Yderligere oplysninger: Kommunikationsafdelingen, tlf. 72 36 00 00."]}


def newsletter_item(r, c):
    return {"title": f"Nyhedsbrev fra {c['social']} - december",
            "paras": [f"Kære alle. Her er årets sidste nyhedsbrev fra {c['full']}s socialområde.",
                      f"Danmarkskortet: {c['council'][0]} har i december drøftet omgørelsesprocenterne og besluttet, at der "
                      "ikke er behov for en handlingsplan, fordi den igangværende kvalitetsindsats fortsætter.",
                      "Julelukket: Borgerservice holder lukket fra den 24. december til og med den 1. januar.",
                      "Nyt fra Handicaprådet: Rådet har fået to nye medlemmer."]}


def file_stem(r, d, lay, x):
    date = d["date"]
    kind = d["kind"]
    if kind == "press":
        return "pressemeddelelse-retssikkerhed"
    if kind == "newsletter":
        return "nyhedsbrev-december"
    body = ascii_name(d["body_name"]).lower().replace(" ", "-").replace(",", "")[:40]
    if lay.startswith("D1"):
        return ("Dagsorden" if kind == "agenda" else "Referat") + f"_{body}_{d_dash(date)}"
    if lay.startswith("D2"):
        return f"punkt-{r.randint(2, 30)}-{date.isoformat()}"
    if lay.startswith("D3"):
        return f"beslutningsprotokol-{date.isoformat()}-{body[:12]}"
    return f"{body}-{date.strftime('%Y%m%d')}" + ("-dagsorden" if kind == "agenda" else "")
