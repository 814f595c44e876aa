"""Scenario model, wording and gold for independent11 (map year 2023). Standard library only."""
import random, datetime as dt

MAP_YEAR = 2023
SEED = 20231123
MONTHS = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
WDAYS = ["mandag","tirsdag","onsdag","torsdag","fredag","lørdag","søndag"]

def D(s): return dt.date.fromisoformat(s)
def fdate(d, style):
    if style == "long": return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dot": return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dash": return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "full": return f"{WDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "iso": return d.isoformat()
    raise ValueError(style)

def ascii_name(n):
    for a, b in (("æ","ae"),("ø","oe"),("å","aa"),("Æ","Ae"),("Ø","Oe"),("Å","Aa"),("é","e")):
        n = n.replace(a, b)
    return "".join(c if c.isalnum() else "-" for c in n).strip("-")

# ---------------------------------------------------------------- scenarios
# (plan, variant, halves)  B = both halves, D = dev only, H = holdout only
VARIANTS = {
 "ok_prepare": [("p_plain","B"),("p_othername","B"),("p_amend","B"),("p_vote","D"),("p_split","H"),
                ("p_quoted","B"),("p_december","B"),("p_twice","B"),("p_withletter","B"),("p_notitle","B"),
                ("p_early2022","D"),("p_extraord","H")],
 "ok_no_need": [("n_plain","B"),("n_quality","B"),("n_quoted","B"),("n_amend_rejected","D"),("n_vote","H"),
                ("n_december","B"),("n_notitle","H"),("n_split","D"),("n_othermaps","B"),("n_twice","H"),("n_extraord","D")],
 "no_position_not_addressed": [("na_noted","B"),("na_discussed","B"),("na_orientation","D"),
                ("na_committee_position","H"),("na_late_position","D"),("na_quoted_noted","H")],
 "no_position_deferred": [("d_udsat","B"),("d_sentback","B"),("d_resumed_late","D"),("d_later","H")],
 "late": [("l_jan","B"),("l_feb_noyear","B"),("l_committee_dec","B"),("l_two","D"),("l_march_extra","H")],
 "committee_only": [("c_social","B"),("c_oeu","B"),("c_joint","H"),("c_noted","B"),("c_mention","D"),("c_joint2","D")],
 "not_found": [("f_othermaps","B"),("f_letter","B"),("f_2022early","B"),("f_nothing","D"),("f_employment","H")],
}
COUNTS = {"ok_prepare":12,"ok_no_need":10,"no_position_not_addressed":6,"no_position_deferred":4,
          "late":6,"committee_only":5,"not_found":6}
EXPECT = {"ok_prepare":("ok","prepare"),"ok_no_need":("ok","no_need"),
          "no_position_not_addressed":("no_position","not_addressed"),
          "no_position_deferred":("no_position","deferred"),"late":("late",None),
          "committee_only":("committee_only",None),"not_found":("not_found",None)}

class Item:
    def __init__(self, **kw):
        self.__dict__.update(dict(dk=None, title="", caseno="", resume="", background=[], rec=[], chain=[],
                                  decision=[], absent=None, notes=[], attention=None))
        self.__dict__.update(kw)

class Meeting:
    def __init__(self, kind, body, date, items, extraordinary=False, joint=False):
        self.kind, self.body, self.date, self.items = kind, body, date, items
        self.extraordinary, self.joint = extraordinary, joint

# ---------------------------------------------------------------- wording
COUNCIL_NAMES = ["Byrådet", "Kommunalbestyrelsen"]
SOCIAL_COMMITTEES = ["Social- og Sundhedsudvalget", "Udvalget for Social og Handicap", "Voksen- og Handicapudvalget",
                     "Socialudvalget", "Social-, Senior- og Sundhedsudvalget", "Børne- og Familieudvalget",
                     "Udvalget for Velfærd og Omsorg"]
OTHER_COMMITTEES = ["Teknik- og Miljøudvalget", "Plan- og Klimaudvalget", "Kultur- og Fritidsudvalget",
                    "Erhvervs- og Beskæftigelsesudvalget", "Skoleudvalget"]

def caseno(r):
    f = r.choice([lambda: f"{r.randint(0,29):02d}.{r.randint(0,99):02d}.{r.randint(0,99):02d}-{r.choice('GAPK')}{r.randint(0,99):02d}-{r.randint(1,999)}-{r.randint(19,23)}",
                  lambda: f"{r.randint(2019,2023)}-{r.randint(1000,99999)}",
                  lambda: f"EMN-2023-{r.randint(1000,20000):06d}",
                  lambda: f"{r.randint(100000,999999)}"])
    return f()

FILLERS = [
 ("Budgetopfølgning pr. 31. august 2023", "Forvaltningen forelægger budgetopfølgning for alle udvalg. Der forventes et samlet mindreforbrug på driften.", ["at budgetopfølgningen godkendes"], "Godkendt."),
 ("Lokalplan 1.47 for boliger ved Møllevej – endelig vedtagelse", "Lokalplanforslaget har været i offentlig høring i otte uger. Der er modtaget fire høringssvar.", ["at lokalplanen vedtages endeligt med de ændringer, der fremgår af høringsnotatet"], "Godkendt."),
 ("Klimahandlingsplan 2023-2030 – status", "Kommunen har siden 2021 arbejdet efter klimahandlingsplanen i DK2020-samarbejdet. Status viser, at udledningen er faldet med 14 pct.", ["at status på klimahandlingsplanen tages til efterretning"], "Taget til efterretning."),
 ("Trafiksikkerhedsplan med handlingsplan for skoleveje", "Der er udarbejdet en handlingsplan for sikre skoleveje med 23 konkrete projekter.", ["at handlingsplanen for skoleveje godkendes", "at der frigives 1,2 mio. kr. til første etape"], "Godkendt."),
 ("Takster for ældreområdet 2024", "Taksterne for madservice og vask reguleres med pris- og lønudviklingen.", ["at taksterne for 2024 godkendes"], "Godkendt."),
 ("Meddelelser fra borgmesteren", "Borgmesteren orienterede om aktuelle sager, herunder arbejdet med den nye skolestruktur.", [], "Orienteringen taget til efterretning."),
 ("Valg af nyt medlem til Folkeoplysningsudvalget", "Et medlem er udtrådt af udvalget efter eget ønske.", ["at der vælges et nyt medlem efter indstilling fra gruppen"], "Godkendt."),
 ("Anlægsbevilling til renovering af Østre Skole", "Taget på skolen er utæt, og der er behov for renovering af faglokaler.", ["at der gives en anlægsbevilling på 8,5 mio. kr."], "Godkendt."),
 ("Handleplan for ældreplejen – rekruttering og fastholdelse", "Forvaltningen har udarbejdet en handleplan for rekruttering af social- og sundhedsmedarbejdere.", ["at handleplanen godkendes"], "Godkendt."),
 ("Salg af byggegrund på Ågade 12", "Grunden har været udbudt i offentligt udbud. Der er modtaget to bud.", ["at grunden sælges til højestbydende"], "Godkendt."),
 ("Godkendelse af dagsorden", "", [], "Godkendt."),
 ("Lukket punkt: Personalesag", "", [], "Godkendt."),
]
NOISE = {
 "climate_map": ("Danmarkskort over kommunernes klimaplaner – kommunens placering",
     "CONCITO og KL har offentliggjort et danmarkskort over kommunernes klimaplaner og reduktionsmål. Kommunen er markeret med en fuldt godkendt DK2020-plan.",
     ["at orienteringen om danmarkskortet over klimaplaner tages til efterretning"], "Taget til efterretning."),
 "nature_map": ("Danmarkskort over nye naturområder og naturnationalparker",
     "Miljøministeriet har udgivet et danmarkskort over udpegede områder til ny natur. To arealer i kommunen indgår.",
     ["at udvalget drøfter kortet og kommunens muligheder for at søge midler"], "Drøftet."),
 "employment": ("Omgørelsesprocenter på beskæftigelsesområdet 2022",
     "Ankestyrelsen har offentliggjort omgørelsesprocenter for klagesager på beskæftigelsesområdet, bl.a. sygedagpenge og fleksjob. Kommunens omgørelsesprocent var 21 pct. Der udarbejdes en handlingsplan for sygedagpengeområdet.",
     ["at orienteringen om omgørelsesprocenterne på beskæftigelsesområdet tages til efterretning", "at jobcentret udarbejder en handlingsplan for sygedagpengesagerne"], "Godkendt."),
 "tourism": ("Turismestrategi – Danmarks kort over cykelruter",
     "VisitDenmark udgiver et nyt Danmarks kort over nationale cykelruter, hvor kommunens kyststi indgår.",
     ["at kommunen deltager i markedsføringen med 75.000 kr."], "Godkendt."),
 "tax": ("Klagesager om ejendomsvurdering – status",
     "Vurderingsankenævnet har behandlet 112 klager fra kommunens borgere. Andelen af ændrede vurderinger var 17 pct.",
     ["at orienteringen tages til efterretning"], "Taget til efterretning."),
}

def filler_item(r, key=None):
    if key:
        t, bg, rec, dec = NOISE[key]
    else:
        t, bg, rec, dec = r.choice(FILLERS)
    return Item(title=t, caseno=caseno(r), resume="", background=[bg] if bg else [], rec=rec, decision=[dec])

# ---- the danmarkskort item
def dk_title(r, year, named=True, avoid=False, half=0, letter=False):
    if letter:
        return r.choice([f"Ankestyrelsens tilbagemelding på kommunens behandling af danmarkskortet {year}",
                         f"Brev fra Ankestyrelsen om gennemgangen af danmarkskortet for {year}"])
    if avoid:
        pool = [[f"Omgørelsesprocenter på socialområdet {year} – politisk behandling",
                 "Retssikkerhed i sagsbehandlingen – Ankestyrelsens omgørelser i klagesager"],
                [f"Ankestyrelsens statistik over ændrede afgørelser på det sociale område ({year})",
                 "Juridisk kvalitet i afgørelser efter serviceloven – årlig gennemgang af klagesagerne"]][half]
        return r.choice(pool)
    if not named:
        return r.choice(["Danmarkskort over omgørelsesprocenter på socialområdet",
                         "Ankestyrelsens danmarkskort – behandling i kommunalbestyrelsen",
                         "Danmarkskortet på socialområdet – stillingtagen til handlingsplan"])
    return r.choice([f"Danmarkskort over omgørelsesprocenter på socialområdet {year}",
                     f"Danmarkskort {year} – omgørelsesprocenter på socialområdet",
                     f"Ankestyrelsens danmarkskort {year} og stillingtagen til handlingsplan",
                     f"Social-, Bolig- og Ældreministeriets danmarkskort for {year}"])

def figures(r, muni, year, attention, half):
    r = random.Random(f"figures-{muni}-{year}")   # the same figures in every item on one map
    n = r.randint(60, 420)
    own, land = r.randint(24, 58), r.randint(38, 46)
    fy = year - 1
    out = []
    if half == 0:
        out.append(f"Social-, Bolig- og Ældreministeriet offentliggjorde i juni {year} danmarkskortet over omgørelsesprocenter på socialområdet. "
                   f"Kortet viser, hvor stor en andel af de påklagede afgørelser fra {muni} Kommune, som Ankestyrelsen i {fy} har ændret, hjemvist eller ophævet.")
    else:
        out.append(f"Hvert år udgiver ministeriet et kort, der for alle kommuner viser, hvor ofte Ankestyrelsen giver borgeren helt eller delvist medhold i en klage over en social afgørelse. "
                   f"Tallene i årets udgave vedrører klagesager, som Ankestyrelsen afgjorde i {fy} for {muni} Kommune.")
    out.append(f"Ankestyrelsen traf i {fy} afgørelse i {n} sager fra kommunen. Omgørelsesprocenten for hele socialområdet var {own} pct"
               + (f"., mens gennemsnittet for landets kommuner var {land} pct." if attention else "."))
    if attention:
        b, v = r.randint(30, 70), r.randint(25, 60)
        out.append(f"Kortet har tre dele. Ud over hele socialområdet viser det børnehandicapområdet, hvor kommunens omgørelsesprocent var {b} pct. (landsgennemsnit {r.randint(40,55)} pct.), "
                   f"og voksenhandicapområdet, hvor den var {v} pct. (landsgennemsnit {r.randint(35,50)} pct.). "
                   f"Sammenlignet med nabokommunerne ligger kommunen {r.choice(['over','under','på niveau med'])} gennemsnittet, og kommunen er nr. {r.randint(5,95)} ud af 98.")
    out.append("Efter retssikkerhedslovens § 79 b, stk. 1, skal kommunalbestyrelsen behandle danmarkskortet på et møde inden udgangen af det år, hvor kortet offentliggøres, "
               "og tage stilling til, om der er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.")
    return out

QUALITY_ARG = [
 "Forvaltningen har siden 2021 arbejdet med en fast kvalitetsmodel, hvor ledere hvert kvartal gennemgår stikprøver af afgørelser, og hvor alle sager om merudgifter og tabt arbejdsfortjeneste får juridisk sparring inden afgørelse. Forvaltningen vurderer, at denne indsats allerede dækker de problemer, som kortet peger på.",
 "De ændrede afgørelser skyldes i overvejende grad nye oplysninger i klagesagen. Den løbende juridiske kvalitetssikring, som blev styrket med to ekstra stillinger i 2022, vurderes at være tilstrækkelig, og administrationen anbefaler at fortsætte den uændret.",
]
PLAN_NAMES = [  # (dev pool, holdout pool) — initiatives not called handlingsplan
 ["et kvalitetsprogram for afgørelser efter serviceloven med fokus på partshøring og begrundelse",
  "en målrettet indsats for styrket retssikkerhed på børnehandicapområdet med faste sagsgennemgange",
  "en plan for juridisk kvalitetsløft i myndighedsafdelingen"],
 ["et udviklingsforløb om afgørelsernes lovlighed, hvor alle sagsbehandlere på voksenhandicapområdet deltager",
  "en gennemgang af afgørelsespraksis (praksisundersøgelse) med efterfølgende opfølgningsplan",
  "et retssikkerhedsspor med kompetenceudvikling og ledelsestjek af afgørelser"],
]

def rec_prepare(r, council, half, othername=False):
    if othername:
        what = r.choice(PLAN_NAMES[half])
        return f"at forvaltningen igangsætter {what}, og at {council} orienteres om resultatet i 2024"
    return r.choice([f"at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen, som forelægges {council} i foråret 2024",
                     "at forvaltningen udarbejder en handlingsplan for at styrke den juridiske kvalitet på børnehandicapområdet",
                     "at der udarbejdes en handlingsplan med konkrete tiltag, der kan nedbringe omgørelsesprocenten"])

def rec_noneed(r, half, quality=False):
    if quality:
        return ["at den igangværende kvalitetsindsats fortsætter, og at der på den baggrund ikke udarbejdes en selvstændig handlingsplan",
                "at det vurderes, at den eksisterende kvalitetssikring er tilstrækkelig, så der ikke er grund til at iværksætte en særskilt plan"][half]
    return r.choice(["at der ikke udarbejdes en handlingsplan",
                     "at kommunalbestyrelsen beslutter, at der ikke er behov for en handlingsplan til styrkelse af den juridiske kvalitet",
                     "at der ikke er behov for at udarbejde en handlingsplan på baggrund af danmarkskortet"])

REC_NOTE = ["at orienteringen om danmarkskortet tages til efterretning",
            "at danmarkskortet og omgørelsesprocenterne drøftes",
            "at sagen tages til orientering"]

def dk_item(r, muni, year, stance, *, council, half, body_kind="council", own_decision=None, rec=None,
            chain=(), named=True, avoid=False, attention=None, letter=False, extra_bg=(), title=None):
    """stance is the item's own body's stance (gold)."""
    if attention is None: attention = r.random() < 0.5
    bg = [] if letter else figures(r, muni, year, attention, half)
    bg += list(extra_bg)
    it = Item(dk={"map_year": year, "action_plan": stance}, attention=attention,
              title=title or dk_title(r, year, named, avoid, half, letter), caseno=caseno(r))
    it.resume = bg[0] if bg else ""
    it.background = bg[1:] if bg else []
    it.rec = rec or []
    it.chain = list(chain)
    it.decision = own_decision or ["Godkendt."]
    return it

def letter_text(r, muni, year):
    return [f"Ankestyrelsen har gennemgået kommunalbestyrelsernes behandling af danmarkskortet for {year}. I brev af {r.choice(['22. september','3. oktober','19. september'])} {year+1} meddeler styrelsen {muni} Kommune, at den ikke foretager sig yderligere.",
            f"Styrelsen minder om, at danmarkskortet skal behandles inden udgangen af det år, hvor det offentliggøres, at drøftelsen skal omfatte alle tre dele af kortet, og at kommunalbestyrelsen altid skal tage stilling til behovet for en handlingsplan."]

# ---------------------------------------------------------------- build one municipality
def dates(r, lo, hi):
    a, b = D(lo), D(hi)
    d = a + dt.timedelta(days=r.randint(0, (b - a).days))
    while d.weekday() > 3: d -= dt.timedelta(days=1)
    return d

def build_muni(r, code, name, plan, variant, half):
    council = "Borgerrepræsentationen" if code == "101" else r.choice(COUNCIL_NAMES)
    soc = r.choice(SOCIAL_COMMITTEES)
    oeu = "Økonomiudvalget"
    M = []
    def cm(d, items, **kw): M.append(Meeting("council", council, D(d) if isinstance(d, str) else d, items, **kw))
    def co(body, d, items, **kw): M.append(Meeting("committee", body, D(d) if isinstance(d, str) else d, items, **kw))
    def Q(body, d, text): return (body, D(d) if isinstance(d, str) else d, text)
    Y = MAP_YEAR
    pre = lambda **k: rec_prepare(r, council, half, **k)
    autumn = dates(r, "2023-09-05", "2023-11-28")
    before = autumn - dt.timedelta(days=r.choice([9, 14, 16, 21]))
    v = variant
    if v == "p_plain":
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                            own_decision=[r.choice(["Godkendt.", "Indstillingen godkendt.", f"{council} godkendte indstillingen."])])])
    elif v == "p_othername":
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre(othername=True)],
                            own_decision=["Godkendt."])])
    elif v == "p_amend":
        am = ["Ændringsforslag fra A, F og Ø: Der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet på handicapområdet.",
              "For ændringsforslaget stemte A, F og Ø (15). Imod stemte V, C og O (10). Ændringsforslaget blev vedtaget.",
              "Indstillingen blev herefter godkendt med den vedtagne ændring."] if half == 0 else \
             ["Socialdemokratiet stillede under behandlingen forslag om, at forvaltningen alligevel udarbejder en plan til styrkelse af den juridiske kvalitet i handicapsagerne.",
              "Forslaget blev vedtaget med 17 stemmer mod 8, og indstillingens første at-punkt udgik dermed.",
              f"{council} godkendte i øvrigt indstillingen."]
        co(oeu, before, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)],
                                 own_decision=["Anbefales."])])
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[rec_noneed(r, half)],
                            chain=[Q(oeu, before, "Anbefales.")], own_decision=am)])
    elif v == "p_vote":
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                            own_decision=["For stemte: A, B, F og Ø (16).", "Imod stemte: V og O (9).", "Undlod at stemme: C (2).",
                                          "Indstillingen er herefter godkendt."])])
    elif v == "p_split":
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half,
                            rec=["1. at danmarkskortet 2023 tages til efterretning", "2. " + pre()],
                            own_decision=["Ad 1: Taget til efterretning.", "Ad 2: Godkendt enstemmigt."])])
    elif v == "p_quoted":
        co(soc, before, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                                 own_decision=[f"Anbefales over for {council}."])])
        mid = before + dt.timedelta(days=7)
        cm(autumn + dt.timedelta(days=7), [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                            chain=[Q(soc, before, "Anbefales."), Q(oeu, mid, f"Anbefales over for {council}.")],
                            own_decision=[r.choice(["Som indstillet af Økonomiudvalget.", "Økonomiudvalgets indstilling godkendt."])])])
    elif v == "p_december":
        d = dates(r, "2023-12-05", "2023-12-21")
        cm(d, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()], own_decision=["Indstillingen tiltrådt."])])
    elif v == "p_twice":
        d1 = dates(r, "2023-08-22", "2023-09-21"); d2 = dates(r, "2023-10-24", "2023-11-30")
        cm(d1, [dk_item(r, name, Y, "not_addressed", council=council, half=half, rec=[REC_NOTE[0]],
                        own_decision=["Taget til efterretning. Sagen genoptages, når forvaltningen har vurderet behovet for en handlingsplan."])])
        cm(d2, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()], own_decision=["Godkendt."])])
    elif v == "p_withletter":
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half,
                            title=f"Danmarkskort {Y} samt Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet {Y-1}",
                            extra_bg=letter_text(r, name, Y-1), rec=[pre(), f"at Ankestyrelsens brev om danmarkskortet {Y-1} tages til efterretning"],
                            own_decision=["Godkendt."])])
    elif v == "p_notitle":
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half, avoid=True, rec=[pre()], own_decision=["Godkendt."])])
    elif v == "p_early2022":
        cm(dates(r, "2023-02-07", "2023-02-23"), [dk_item(r, name, Y-1, "no_need", council=council, half=half, named=False,
                            rec=[rec_noneed(r, half)], own_decision=["Godkendt."])])
        cm(autumn, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()], own_decision=["Godkendt."])])
    elif v == "p_extraord":
        cm(dates(r, "2023-10-02", "2023-11-15"), [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                            own_decision=["Godkendt."])], extraordinary=True)
    elif v == "p_joint":
        pass
    # ---------------- no need
    elif v == "n_plain":
        cm(autumn, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)], own_decision=["Godkendt."])])
    elif v == "n_quality":
        cm(autumn, [dk_item(r, name, Y, "no_need", council=council, half=half, extra_bg=[QUALITY_ARG[half]],
                            rec=[rec_noneed(r, half, quality=True)], own_decision=[r.choice(["Indstillingen godkendt.", "Godkendt."])])])
    elif v == "n_quoted":
        co(oeu, before, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)],
                                 own_decision=[f"Indstillingen anbefales til godkendelse i {council}."])])
        cm(autumn, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)],
                            chain=[Q(oeu, before, "Anbefales.")], own_decision=["Økonomiudvalgets indstilling blev godkendt."])])
    elif v == "n_amend_rejected":
        cm(autumn, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)],
                            own_decision=["Enhedslisten stillede ændringsforslag om, at der udarbejdes en handlingsplan.",
                                          "For ændringsforslaget stemte Ø (2). Imod stemte de øvrige (23). Ændringsforslaget blev forkastet.",
                                          "Indstillingen blev herefter godkendt."])])
    elif v == "n_vote":
        cm(autumn, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)],
                            own_decision=["Et flertal bestående af V, K, O og D (14) stemte for indstillingen, mens A og F (11) stemte imod.",
                                          "Indstillingen er dermed vedtaget."])])
    elif v == "n_december":
        d = dates(r, "2023-12-05", "2023-12-21")
        cm(d, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)], own_decision=["Godkendt som indstillet."])])
    elif v == "n_notitle":
        cm(autumn, [dk_item(r, name, Y, "no_need", council=council, half=half, avoid=True, extra_bg=[QUALITY_ARG[1]],
                            rec=[rec_noneed(r, half, quality=True)], own_decision=["Vedtaget."])])
    elif v == "n_split":
        cm(autumn, [dk_item(r, name, Y, "no_need", council=council, half=half,
                            rec=["1. at orienteringen om danmarkskortet 2023 tages til efterretning", "2. " + rec_noneed(r, half)],
                            own_decision=["Ad 1. Taget til efterretning.", "Ad 2. Godkendt."])])
    elif v == "n_othermaps":
        cm(autumn, [filler_item(r, "climate_map"),
                    dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)], own_decision=["Godkendt."])])
    elif v == "n_extraord":
        cm(dates(r, "2023-12-11", "2023-12-20"), [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)],
                            own_decision=["Indstillingen blev godkendt."])], extraordinary=True)
    elif v == "n_twice":
        d1 = dates(r, "2023-06-20", "2023-06-29"); d2 = dates(r, "2023-09-26", "2023-10-31")
        cm(d1, [dk_item(r, name, Y, "deferred", council=council, half=half, rec=[rec_noneed(r, half)],
                        own_decision=["Sagen blev udsat til byrådets møde efter sommerferien."])])
        cm(d2, [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)], own_decision=["Godkendt."])])
    # ---------------- no position / not addressed
    elif v == "na_noted":
        cm(autumn, [dk_item(r, name, Y, "not_addressed", council=council, half=half, rec=[REC_NOTE[0]], own_decision=["Taget til efterretning."])])
    elif v == "na_discussed":
        cm(autumn, [dk_item(r, name, Y, "not_addressed", council=council, half=half, rec=[REC_NOTE[1]], own_decision=["Drøftet."])])
    elif v == "na_orientation":
        cm(autumn, [dk_item(r, name, Y, "not_addressed", council=council, half=half, rec=[REC_NOTE[2]],
                            own_decision=["Til orientering. Der var ingen bemærkninger."])])
    elif v == "na_committee_position":
        co(soc, before, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                                 own_decision=["Udvalget besluttede at igangsætte udarbejdelse af en handlingsplan."])])
        cm(autumn, [dk_item(r, name, Y, "not_addressed", council=council, half=half,
                            rec=[f"at {council} tager orienteringen om danmarkskortet til efterretning"],
                            own_decision=["Orienteringen blev taget til efterretning."])])
    elif v == "na_late_position":
        cm(autumn, [dk_item(r, name, Y, "not_addressed", council=council, half=half, rec=[REC_NOTE[0]], own_decision=["Taget til efterretning."])])
        cm(dates(r, "2024-01-16", "2024-01-30"), [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                            title=f"Opfølgning på danmarkskortet {Y} – handlingsplan", own_decision=["Godkendt."])])
    elif v == "na_quoted_noted":
        co(oeu, before, [dk_item(r, name, Y, "not_addressed", council=council, half=half, rec=[REC_NOTE[0]],
                                 own_decision=["Oversendes til byrådet til orientering."])])
        cm(autumn, [dk_item(r, name, Y, "not_addressed", council=council, half=half, rec=[REC_NOTE[0]],
                            chain=[Q(oeu, before, "Oversendes til byrådet til orientering.")], own_decision=["Taget til orientering."])])
    # ---------------- deferred
    elif v == "d_udsat":
        cm(autumn, [dk_item(r, name, Y, "deferred", council=council, half=half, rec=[pre()], own_decision=["Udsat."])])
    elif v == "d_sentback":
        cm(autumn, [dk_item(r, name, Y, "deferred", council=council, half=half, rec=[rec_noneed(r, half)],
                            own_decision=[f"Sagen blev sendt tilbage til {soc} med henblik på en nærmere vurdering af behovet for en handlingsplan."])])
    elif v == "d_resumed_late":
        cm(dates(r, "2023-11-14", "2023-12-14"), [dk_item(r, name, Y, "deferred", council=council, half=half, rec=[pre()],
                            own_decision=["Punktet blev udsat til næste møde."])])
        cm(dates(r, "2024-01-23", "2024-02-08"), [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                            own_decision=["Godkendt."])])
    elif v == "d_later":
        cm(dates(r, "2023-12-05", "2023-12-19"), [dk_item(r, name, Y, "deferred", council=council, half=half, rec=[rec_noneed(r, half)],
                            own_decision=["Sagen blev ikke færdigbehandlet og genoptages på et senere møde."])])
    # ---------------- late
    elif v == "l_jan":
        cm(dates(r, "2024-01-16", "2024-01-31"), [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()], own_decision=["Godkendt."])])
    elif v == "l_feb_noyear":
        cm(dates(r, "2024-02-06", "2024-02-29"), [dk_item(r, name, Y, "no_need", council=council, half=half, named=False,
                            rec=[rec_noneed(r, half)], own_decision=["Godkendt."])])
    elif v == "l_committee_dec":
        dd = dates(r, "2023-12-04", "2023-12-14")
        co(soc, dd, [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()], own_decision=[f"Anbefales over for {council}."])])
        cm(dates(r, "2024-01-18", "2024-01-31"), [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()],
                            chain=[Q(soc, dd, "Anbefales.")], own_decision=["Godkendt."])])
    elif v == "l_two":
        cm(dates(r, "2024-01-16", "2024-01-25"), [dk_item(r, name, Y, "deferred", council=council, half=half, rec=[pre()], own_decision=["Udsat."])])
        cm(dates(r, "2024-03-05", "2024-03-21"), [dk_item(r, name, Y, "prepare", council=council, half=half, rec=[pre()], own_decision=["Godkendt."])])
    elif v == "l_march_extra":
        cm(dates(r, "2024-03-04", "2024-03-20"), [dk_item(r, name, Y, "no_need", council=council, half=half, rec=[rec_noneed(r, half)],
                            own_decision=["Godkendt."])], extraordinary=True)
    # ---------------- committee only
    elif v == "c_social":
        co(soc, autumn, [dk_item(r, name, Y, "prepare", council=council, half=half, body_kind="committee", rec=[pre()],
                                 own_decision=["Udvalget godkendte indstillingen."])])
    elif v == "c_oeu":
        co(oeu, autumn, [dk_item(r, name, Y, "no_need", council=council, half=half, body_kind="committee", rec=[rec_noneed(r, half)],
                                 own_decision=["Godkendt."])])
    elif v == "c_joint":
        co(f"Fællesmøde mellem {soc} og Børne- og Ungeudvalget", autumn,
           [dk_item(r, name, Y, "prepare", council=council, half=half, body_kind="committee", rec=[pre()],
                    own_decision=["Udvalgene besluttede, at der udarbejdes en handlingsplan."])], joint=True)
    elif v == "c_joint2":
        co(f"Økonomiudvalget og {soc} (fællesmøde)", autumn,
           [dk_item(r, name, Y, "no_need", council=council, half=half, body_kind="committee", rec=[rec_noneed(r, half)],
                    own_decision=["Udvalgene godkendte indstillingen. Sagen sendes ikke videre."])], joint=True)
    elif v == "c_noted":
        co(soc, autumn, [dk_item(r, name, Y, "not_addressed", council=council, half=half, body_kind="committee", rec=[REC_NOTE[0]],
                                 own_decision=["Taget til efterretning."])])
    elif v == "c_mention":
        co(soc, before, [dk_item(r, name, Y, "prepare", council=council, half=half, body_kind="committee", rec=[pre()],
                                 own_decision=["Godkendt."])])
        cm(autumn, [Item(title="Meddelelser", caseno=caseno(r), background=[
            f"Borgmesteren orienterede om, at {soc} på sit seneste møde har behandlet danmarkskortet over omgørelsesprocenter på socialområdet, og at forvaltningen er i gang med at se på sagsbehandlingen.",
            "Borgmesteren orienterede desuden om status for byggeriet af den nye svømmehal."], decision=["Orienteringen taget til efterretning."]),
            filler_item(r)])
    # ---------------- not found
    elif v == "f_othermaps":
        cm(autumn, [filler_item(r, "climate_map"), filler_item(r)])
        co(r.choice(OTHER_COMMITTEES), before, [filler_item(r, "nature_map"), filler_item(r)])
    elif v == "f_letter":
        cm(dates(r, "2023-10-10", "2023-11-28"), [dk_item(r, name, Y-1, "not_addressed", council=council, half=half, letter=True,
                            extra_bg=letter_text(r, name, Y-1), rec=["at Ankestyrelsens brev tages til efterretning"],
                            own_decision=["Taget til efterretning."])])
    elif v == "f_2022early":
        cm(dates(r, "2023-01-24", "2023-03-09"), [dk_item(r, name, Y-1, "prepare", council=council, half=half, named=False,
                            rec=[pre()], own_decision=["Godkendt."])])
    elif v == "f_nothing":
        cm(autumn, [filler_item(r, "tourism"), filler_item(r)])
    elif v == "f_employment":
        co("Erhvervs- og Beskæftigelsesudvalget", before, [filler_item(r, "employment")])
        cm(autumn, [filler_item(r, "tax"), filler_item(r)])
    else:
        raise ValueError(v)
    # fillers: a council meeting without the item and/or a committee meeting
    target = r.randint(max(2, len(M)), 4)
    tries = 0
    while len(M) < target and tries < 20:
        tries += 1
        if not any(m.kind == "council" for m in M) or r.random() < 0.5:
            d = dates(r, "2023-03-01", "2023-12-14")
            if any(m.date == d for m in M): continue
            cm(d, [])
        else:
            d = dates(r, "2023-03-01", "2023-12-14")
            if any(m.date == d for m in M): continue
            co(r.choice([soc, oeu] + OTHER_COMMITTEES[:2]), d, [])
    # add filler items to every meeting
    for m in M:
        n = r.randint(2, 4)
        taken = {it.title for it in m.items}
        fill = [Item(title=t, caseno=caseno(r), background=[bg] if bg else [], rec=rec, decision=[dec])
                for t, bg, rec, dec in r.sample([f for f in FILLERS if f[0] not in taken], n)]
        pos = r.randint(0, len(fill))
        m.items = fill[:pos] + m.items + fill[pos:]
    M.sort(key=lambda m: m.date)
    return council, M

# ---------------------------------------------------------------- contract rule
def decide(docs, Y=MAP_YEAR):
    """docs: list of (path, body, date, dk_items). Returns (outcome, action_plan, path, date)."""
    cand = [(d, p, i) for p, b, d, items in docs for i in items if i["map_year"] == Y for _ in [0] if True]
    council = sorted([(d, p, i) for p, b, d, items in docs if b == "council" for i in items if i["map_year"] == Y], key=lambda x: x[0])
    anyitem = [1 for p, b, d, items in docs for i in items if i["map_year"] == Y]
    if not anyitem: return "not_found", None, None, None
    if not council: return "committee_only", None, None, None
    end = dt.date(Y, 12, 31)
    intime = [c for c in council if c[0] <= end]
    if not intime:
        d, p, i = council[0]
        return "late", i["action_plan"], p, d
    pos = [c for c in intime if c[2]["action_plan"] in ("prepare", "no_need")]
    if pos:
        d, p, i = pos[0]
        return "ok", i["action_plan"], p, d
    d, p, i = intime[-1]
    return "no_position", i["action_plan"], p, d
