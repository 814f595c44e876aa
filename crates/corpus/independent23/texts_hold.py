"""All Danish wording of the holdout half, written apart from texts_dev.py (other phrases, other order)."""
from common import d_long, d_dots, d_dash, ascii_name

SOCIAL_COMMITTEES = ["Sundheds- og Omsorgsudvalget", "Handicap- og Psykiatriudvalget", "Udvalget for Social og Handicap",
                     "Social- og Beskæftigelsesudvalget", "Udvalget for Voksne og Sundhed"]
CHILD_COMMITTEES = ["Udvalget for Børn og Unge", "Skole- og Børneudvalget", "Børneudvalget"]
CITIZEN_COUNCILS = ["Handicaprådet", "Seniorrådet", "Borgerrådet"]


def make_rates(r):
    return {"tot": r.randint(17, 46), "nat": r.choice([32, 33]), "child": r.randint(25, 63), "child_nat": 45,
            "adult": r.randint(19, 55), "adult_nat": 36, "klager": r.randint(70, 520)}


def caseno(r, d):
    return r.choice([
        f"Sag nr. {d.year % 100}/{r.randint(100, 29999)}",
        f"EMN-{d.year}-{r.randint(1000, 99999):06d}",
        f"Dok. 306-{d.year}-{r.randint(10000, 299999)}",
        f"Journalnr. 29.30.00-K04-{r.randint(1, 30)}-{d.year % 100}",
    ])


def mapname(c):
    ys, y = c["year_style"], c["year"]
    return {"title": f"Danmarkskort {y}", "text": f"danmarkskortet for {y}",
            "figures": f"opgørelsen af omgørelsesprocenterne for {y - 1}",
            "none": "det nye danmarkskort"}[ys]


def dk_title(r, c):
    ys, y = c["year_style"], c["year"]
    if c["role"] == "dialogue":
        return r.choice(["Retssikkerhed i handicapsager - dialog om danmarkskortet",
                         "Dialog om kvaliteten i afgørelser på socialområdet"])
    if ys == "title":
        return r.choice([f"Danmarkskort {y} over omgørelser på socialområdet",
                         f"Danmarkskortet {y} - stillingtagen til behov for handlingsplan",
                         f"Omgørelsesprocenter - Danmarkskort {y}"])
    if ys == "figures":
        return r.choice([f"Ankestyrelsens omgørelsesprocenter {y - 1} for socialområdet",
                         f"Omgørelser i klagesager på socialområdet i {y - 1}"])
    if ys == "text":
        return r.choice([f"Behandling af danmarkskortet for {y}", f"Orientering om danmarkskortet for {y}"])
    return r.choice(["Danmarkskort over omgørelsesprocenter", "Ministeriets danmarkskort - behandling i kommunalbestyrelsen",
                     "Omgørelsesprocenter på det sociale område"])


def plan_phrase(r, variant):
    if variant == "othername":
        return r.choice(["en retssikkerhedsplan for myndighedsområdet for børn og voksne med handicap",
                         "et samlet løft af den faglige og juridiske kvalitet (Kvalitet i afgørelser 2025)",
                         "en indsats for bedre afgørelser med faste juridiske kvalitetstjek"])
    return r.choice(["en handlingsplan for at styrke den juridiske kvalitet",
                     "en handlingsplan med konkrete tiltag på børne- og voksenhandicapområdet",
                     "en handlingsplan for retssikkerheden i sagsbehandlingen"])


def recommendation(r, c, st, variant):
    nm = mapname(c)
    co = c["council"]
    out = [r.choice([f"{co[0]} tager {nm} til orientering", f"{nm[0].upper() + nm[1:]} drøftes",
                     f"resultaterne i {nm} tages til efterretning"])]
    if st == "prepare" or (st == "deferred" and r.random() < 0.5):
        pp = plan_phrase(r, variant)
        out.append(r.choice([f"{co[0]} beslutter, at der skal udarbejdes {pp}",
                             f"administrationen får til opgave at udarbejde {pp}"]))
    elif st == "no_need":
        if variant == "effort":
            out.append("der ikke udarbejdes en ny handlingsplan, fordi den eksisterende kvalitetsstrategi for "
                       "myndighedsområdet allerede dækker de områder, hvor kommunen får flest sager omgjort")
        else:
            out.append(r.choice(["det vurderes, at der ikke er behov for at udarbejde en handlingsplan",
                                 f"{co[0]} ikke finder anledning til at udarbejde en handlingsplan"]))
    elif st == "override":
        out.append(f"{co[0]} ikke finder anledning til at udarbejde en handlingsplan")
    return out


def own_decision_committee(r, c, st):
    if st == "prepare":
        return r.choice(["Indstillingen anbefales.", "Udvalget indstiller til godkendelse.", "Anbefalet."])
    if st == "no_need":
        return r.choice(["Indstillingen anbefales.", "Anbefalet, idet udvalget er enigt i, at en handlingsplan ikke er nødvendig."])
    if st == "deferred":
        return "Sagen udsættes."
    return r.choice(["Orienteringen er modtaget.", "Til efterretning."])


def own_decision_council(r, c, st, mode):
    co = c["council"]
    if mode == "override":
        return (f"Ændringsforslag fra F og Ø: {co[0]} beslutter, at der udarbejdes en handlingsplan for den juridiske kvalitet "
                "på handicapområdet.\n"
                f"For ændringsforslaget: {r.randint(15, 20)} (A, F, Ø, SF-løsgænger)\nImod: {r.randint(6, 10)} (V, K, DF)\n"
                "Ændringsforslaget blev vedtaget. Herefter blev indstillingen i øvrigt godkendt.")
    if st == "prepare":
        return r.choice(["Indstillingen blev godkendt uden afstemning.", "Vedtaget.",
                         f"{co[0]} godkendte indstillingen enstemmigt.",
                         f"{co[0]} besluttede at følge indstillingen, og handlingsplanen forelægges igen i løbet af foråret."]
                        + (["Anbefalingen fra udvalget følges."] if c["chain"] and "udvalg" in c["chain"][-1][0].lower() else []))
    if st == "no_need":
        return r.choice(["Indstillingen blev godkendt uden afstemning.", "Vedtaget.",
                         f"{co[0]} tog danmarkskortet til efterretning og vurderede, at en handlingsplan ikke er nødvendig."])
    if st == "deferred":
        return r.choice(["Sagen udsættes.", "Punktet blev udsat til næste ordinære møde.",
                         "Sendt tilbage til fagudvalget med henblik på yderligere belysning."])
    return r.choice(["Til efterretning.", "Orienteringen blev taget til efterretning.", "Drøftelsen blev gennemført."])


def chain_text(r, st):
    return {"prepare": r.choice(["Indstillingen anbefales.", "Anbefales til godkendelse."]),
            "no_need": "Anbefales. Udvalget finder ikke behov for en handlingsplan.",
            "deferred": "Sagen udsættes.",
            "not_addressed": "Til efterretning."}[st]


def dk_item(r, c):
    role, st, variant = c["role"], c["stance"], c["variant"]
    co, rt, y = c["council"], c["rates"], c["year"]
    nm = mapname(c)
    intro = (f"Social- og Boligministeriet udgiver hvert år et danmarkskort, der viser, hvor ofte Ankestyrelsen "
             f"ændrer eller hjemviser kommunernes afgørelser. Med denne sag præsenteres {nm}.")
    body = [
        f"Kortet består af tre dele: hele socialområdet, børnehandicapområdet og voksenhandicapområdet. I {c['full']} "
        f"blev {rt['tot']} pct. af de prøvede sager omgjort samlet set; landsgennemsnittet ligger på {rt['nat']} pct.",
        f"På børnehandicapområdet ligger kommunen på {rt['child']} pct. mod {rt['child_nat']} pct. i hele landet, og "
        f"på voksenhandicapområdet på {rt['adult']} pct. mod {rt['adult_nat']} pct. Opgørelsen omfatter {rt['klager']} klager.",
    ]
    legal = ("Retssikkerhedslovens § 79 b, stk. 1, forpligter kommunalbestyrelsen til at behandle kortet på et møde "
             "inden udgangen af det år, kortet udkommer, og til at tage stilling til, om der skal laves en handlingsplan "
             "til styrkelse af den juridiske kvalitet.")
    if variant == "effort":
        body.append("Kommunen vedtog i 2023 en kvalitetsstrategi for myndighedsområdet. Strategien omfatter blandt andet "
                    "faste læsegrupper, en intern juridisk hotline og stikprøvekontrol af 10 sager om måneden. "
                    "Administrationen vurderer, at strategien dækker de områder, hvor der ses flest omgørelser.")
    elif st == "prepare" or c.get("mode") == "override":
        body.append("Særligt sager om hjælpemidler og borgerstyret personlig assistance bliver hjemvist, typisk fordi "
                    "sagen ikke er tilstrækkeligt oplyst. Det peger på et behov for en mere systematisk indsats.")
    it = {"title": dk_title(r, c), "caseno": caseno(r, c["date"]), "open": True}
    if role == "dialogue":
        it["sections"] = [("Beslutningstema", [f"Rådet og {co[2]} drøfter {nm} og erfaringer fra borgere og pårørende."]),
                          ("Sagens indhold", body)]
        it["indst_intro"] = "Det indstilles, at"
        it["indst"] = ["rådets og politikernes bemærkninger noteres"]
        it["chain"] = []
        it["decision"] = r.choice(["Drøftelsen blev gennemført. Rådet opfordrer til, at borgerne inddrages tidligere i sagerne.",
                                   "Bemærkningerne noteres."])
        return it
    it["sections"] = [("Beslutningstema", [intro]), ("Sagens indhold", body), ("Lovgrundlag", [legal]),
                      ("Økonomiske konsekvenser", ["Ingen."])]
    mode_st = "override" if c.get("mode") == "override" else st
    it["indst_intro"] = r.choice(["Administrationen indstiller, at", f"Direktøren for Social og Sundhed indstiller, at",
                                  "Kommunaldirektøren indstiller, at"])
    it["indst"] = recommendation(r, c, mode_st, variant)
    it["chain"] = [(b, dd, chain_text(r, s)) for b, dd, s in c["chain"]]
    if role in ("committee", "joint"):
        it["decision"] = own_decision_committee(r, c, st)
    elif role == "agenda":
        it["decision"] = None
    else:
        it["decision"] = own_decision_council(r, c, st, c.get("mode"))
    if r.random() < 0.5:
        it["attend"] = r.choice(["Ikke til stede: Per Østergaard (O).", "Fraværende med afbud: Hanne Bæk (C).",
                                 "Stedfortræder: Kirsten Ågård (A) for Ole Friis (A)."])
    return it


def joint_name(a, b):
    return f"Fællesmøde {a} og {b}"


def dialogue_name(council, citizens):
    return f"Dialogmøde {council} - {citizens}"


def followup_item(r, c):
    co, cd = c["council"], c["council_date"]
    return {"title": r.choice(["Handlingsplan for juridisk kvalitet - opfølgning på danmarkskort",
                               "Status: handlingsplan efter danmarkskortet"]),
            "caseno": caseno(r, c["date"]), "open": True,
            "sections": [("Beslutningstema", ["Udvalget skal godkende handlingsplanen, som blev besluttet i forbindelse med "
                                              "behandlingen af danmarkskortet."]),
                         ("Sagens indhold", [f"{co[0]} behandlede danmarkskortet på mødet {d_long(cd)} og besluttede, at "
                                             "administrationen skulle udarbejde en handlingsplan. Planen har tre indsatser:",
                                             ["juridisk sparring i alle sager om merudgifter",
                                              "tjeklister for partshøring og begrundelse",
                                              "opfølgning på alle omgjorte sager"]])],
            "indst_intro": "Administrationen indstiller, at",
            "indst": ["handlingsplanen godkendes", "udvalget får status efter et halvt år"],
            "chain": [(co[0], cd, "Indstillingen blev godkendt uden afstemning. Der udarbejdes en handlingsplan.")],
            "decision": "Handlingsplanen godkendt."}


def letter_item(r, c):
    y = c["year"] - 1
    named = r.random() < 0.5
    it = {"title": (f"Ankestyrelsens gennemgang af behandlingen af Danmarkskort {y}" if named
                    else "Brev fra Ankestyrelsen om behandling af danmarkskortet"),
          "caseno": caseno(r, c["date"]), "open": True,
          "sections": [("Beslutningstema", ["Ankestyrelsen har sendt sin tilbagemelding på kommunens behandling af "
                                            + (f"danmarkskortet for {y}." if named else "danmarkskortet sidste år.")]),
                       ("Sagens indhold", ["Styrelsen har ikke kunnet se af referatet, at der blev taget stilling til behovet "
                                           "for en handlingsplan, og beder kommunalbestyrelsen gøre det snarest."])],
          "indst_intro": "Administrationen indstiller, at", "chain": []}
    if c["stance"] == "prepare":
        it["indst"] = ["brevet tages til orientering", "der udarbejdes en handlingsplan for den juridiske kvalitet"]
        it["decision"] = "Indstillingen blev godkendt uden afstemning."
    else:
        it["indst"] = ["brevet tages til orientering"]
        it["decision"] = "Til efterretning."
    return it


def _plain(title, text, rec, dec, cn):
    return {"title": title, "caseno": cn, "open": True, "sections": [("Sagens indhold", text)],
            "indst_intro": "Administrationen indstiller, at", "indst": rec, "chain": [], "decision": dec}


def noise_item(r, kind, c):
    cn = caseno(r, c["date"])
    if kind == "climate_dk":
        return _plain("Klimaplan - kommunen på KL's danmarkskort over klimaindsatser",
                      ["KL har offentliggjort et nyt danmarkskort over kommunernes klimaindsatser. Kommunen er markeret "
                       "som en af de kommuner, der har reduceret mest i egen drift.",
                       "Klimahandlingsplanen revideres i 2025."],
                      ["orienteringen tages til efterretning"], "Til efterretning.", cn)
    if kind == "nature_dk":
        return _plain("Naturkortlægning til det nationale danmarkskort over beskyttet natur",
                      ["Miljøstyrelsen opdaterer danmarkskortet over § 3-beskyttet natur. Kommunen har kortlagt 41 nye "
                       "moser og enge."],
                      ["kortlægningen indberettes"], "Vedtaget.", cn)
    if kind == "cycle_dk":
        return _plain("Cykelruter - kommunens bidrag til danmarkskortet over nationale ruter",
                      ["Dansk Cykelturisme samler et danmarkskort over nationale og regionale cykelruter. Administrationen "
                       "foreslår at skilte Fjordruten på ny."],
                      ["der bevilges 0,4 mio. kr. til skiltning"], "Vedtaget.", cn)
    if kind == "employment":
        return _plain("Omgørelsesprocenter i beskæftigelsessager 2023",
                      ["Ankestyrelsens tal for beskæftigelsesområdet viser, at 12 pct. af kommunens afgørelser om "
                       "sygedagpenge og fleksjob blev ændret eller hjemvist. Tallene indgår ikke i ministeriets "
                       "danmarkskort for socialområdet."],
                      ["orienteringen tages til efterretning"], "Til efterretning.", cn)
    if kind == "announce":
        return {"title": "Orientering fra borgmester og direktion", "caseno": cn, "open": True,
                "sections": [("Sagens indhold", ["Borgmesteren orienterede om besøg fra venskabsbyen og om, at "
                                                 "danmarkskortet over omgørelsesprocenter kommer på kommunalbestyrelsens "
                                                 "dagsorden senere på året."])],
                "chain": [], "decision": "Orienteringen blev taget til efterretning."}
    if kind == "budget_plan":
        return _plain("Økonomisk handleplan for det specialiserede børneområde",
                      ["Prognosen viser et merforbrug på 9,8 mio. kr. Handleplanen indeholder tiltag om hjemtagning og "
                       "forebyggelse."],
                      ["handleplanen godkendes"], "Vedtaget.", cn)
    if kind == "traffic_plan":
        return _plain("Handlingsplan for trafiksikkerhed 2025-2028",
                      ["Planen bygger på en kortlægning af uheld i perioden 2019-2023 og indeholder 17 projekter."],
                      ["handlingsplanen sendes i høring"], "Vedtaget.", cn)
    raise KeyError(kind)


FILLERS = [
    ("Kommuneplantillæg nr. {n} - solcelleanlæg ved Hedegård",
     "Tillægget muliggør et solcelleanlæg på 62 ha. Der er modtaget 19 høringssvar.", "tillægget vedtages endeligt", "Vedtaget."),
    ("Regnskab 2023 - godkendelse og oversendelse til revisionen",
     "Regnskabet udviser et overskud på den ordinære drift på 104 mio. kr.", "regnskabet godkendes og oversendes", "Vedtaget."),
    ("Ældrepolitik 2025-2028 - høring",
     "Udkastet er udarbejdet sammen med Seniorrådet og indeholder fire temaer.", "udkastet sendes i høring", "Indstillingen blev godkendt uden afstemning."),
    ("Kvalitetsstandard for praktisk hjælp",
     "Standarden er opdateret efter den nye ældrelov. Der er ingen serviceforringelser.", "kvalitetsstandarden godkendes", "Vedtaget."),
    ("Ansøgning om kommunegaranti - Fjernvarmeværket",
     "Fjernvarmeværket søger garanti for et lån på 38 mio. kr. til en ny varmepumpe.", "der stilles garanti som ansøgt", "Vedtaget."),
    ("Navngivning af veje i Nørremarken",
     "Der er behov for tre nye vejnavne i den nye udstykning.", "vejene navngives Kløvervej, Humlevej og Ærenprisvej", "Vedtaget."),
]


def filler_item(r, c):
    t, s, i, dcs = r.choice(FILLERS)
    return _plain(t.replace("{n}", str(r.randint(3, 40))), [s], [i], dcs, caseno(r, c["date"]))


def press_item(r, c):
    co = c["council"]
    return {"title": f"Nyhed: Ny handlingsplan skal give færre omgjorte sager i {c['full']}",
            "paras": [f"Offentliggjort {d_dots(c['date'])}",
                      f"{co[0]} besluttede på mødet i december, at administrationen skal udarbejde en handlingsplan, der "
                      "skal styrke den juridiske kvalitet i sagerne på handicapområdet. Baggrunden er årets danmarkskort "
                      f"fra Social- og Boligministeriet, hvor kommunen har en omgørelsesprocent på {c['rates']['tot']}.",
                      "Handlingsplanen ventes klar til sommer.",
                      "Kontakt: Presseteamet, presse@kommune.dk"]}


def newsletter_item(r, c):
    return {"title": f"Politisk nyt fra {c['full']}",
            "paras": [f"{c['council'][0]} har behandlet danmarkskortet over omgørelsesprocenter og vurderet, at der ikke er "
                      "behov for en handlingsplan.", "Budgettet for 2025 er vedtaget.", "Næste møde holdes i januar."]}


def file_stem(r, d, lay, x):
    date, kind = d["date"], d["kind"]
    if kind == "press":
        return "nyhed-handlingsplan-omgoerelser"
    if kind == "newsletter":
        return "politisk-nyt"
    b = ascii_name(d["body_name"]).replace(" ", "_").replace(",", "")[:36]
    if lay.startswith("H1"):
        return f"{b}_{'dagsorden' if kind == 'agenda' else 'referat'}_{date.strftime('%d%m%Y')}"
    if lay.startswith("H2"):
        return f"{date.isoformat()}_pkt{r.randint(3, 25)}"
    if lay.startswith("H3"):
        return f"Referat-{b}-{date.isoformat()}"
    return f"{b.lower()}_{date.isoformat()}"
