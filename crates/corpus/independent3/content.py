"""Danish text of agenda items: ordinary business and the danmarkskort items.

An item is a dict:
  title, sagsnr, resume, fremstilling [paragraphs], okonomi, horing, retsgrundlag,
  kompetence, tidsplan, kommunikation, videre, bilag [names], indstilling [at-bullets],
  indstilling_intro, chain [(body, date, text)], decision, dk (None or (map_year, stance)),
  closed (bool)
Layouts choose which of these to show and in what order.
"""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def d_long(d):            # 5. marts 2024
    return f"{d.day}. {MONTHS[d.month-1]} {d.year}"


def d_den(d):             # den 5. marts 2024
    return "den " + d_long(d)


def d_dots(d):            # 05.03.2024
    return d.strftime("%d.%m.%Y")


def d_short(d):           # 05.03.24
    return d.strftime("%d.%m.%y")


def d_slash(d):           # 5/3 2024
    return f"{d.day}/{d.month} {d.year}"


def d_dash(d):            # 05-03-2024
    return d.strftime("%d-%m-%Y")


def d_weekday(d, time="17:00", den=False):   # Tirsdag 5. marts 2024 kl. 17:00
    w = WEEKDAYS[d.weekday()].capitalize()
    return f"{w} {'den ' if den else ''}{d_long(d)} kl. {time}"


def sagsnr(rng, style):
    y = rng.choice(["23", "24"])
    if style == 0:
        return f"{rng.randint(0,99):02d}.{rng.choice(['00','01','02','15','27','29'])}.{rng.randint(0,20):02d}-{rng.choice(['A00','G01','P20','K07'])}-{rng.randint(1,40)}-{y}"
    if style == 1:
        return f"{rng.choice(['EMN','SAG'])}-20{y}-{rng.randint(1000, 29999):06d}"
    if style == 2:
        return f"{rng.randint(100,999)}-20{y}-{rng.randint(1000,99999)}"
    return str(rng.randint(100000, 999999))


# --------------------------------------------------------------------------- ordinary business

def _f(title, resume, frem, ind, okon=None, horing=None, ret=None, komp=None, tid=None,
       kom=None, videre=None, bilag=None, dec=None, kind="decision"):
    return dict(title=title, resume=resume, fremstilling=frem, indstilling=ind, okonomi=okon,
                horing=horing, retsgrundlag=ret, kompetence=komp, tidsplan=tid,
                kommunikation=kom, videre=videre, bilag=bilag or [], decision=dec,
                kind=kind, dk=None, chain=[], closed=False)


def filler_pool(muni, rng):
    n = muni
    a = rng.randint
    pool = [
        _f("Godkendelse af dagsorden", None, [], [], dec="Godkendt.", kind="formal"),
        _f(f"Budgetopfølgning pr. 30. {rng.choice(['april', 'september'])} 2024",
           "Forvaltningen har udarbejdet budgetopfølgning for alle udvalg.",
           [f"Det samlede forventede regnskab på serviceudgifterne viser et merforbrug på {a(4,38)},{a(0,9)} mio. kr., "
            "som primært kan henføres til det specialiserede børneområde og ældreområdet.",
            "Forvaltningen har igangsat en handlingsplan for nedbringelse af sygefraværet i hjemmeplejen, "
            "som forventes at reducere udgifterne til vikarer i andet halvår.",
            "Anlægsområdet forventes at få et mindreforbrug, da to byggeprojekter er forsinket."],
           ["at budgetopfølgningen tages til efterretning",
            f"at der gives tillægsbevilling på {a(1,9)},{a(1,9)} mio. kr. til ældreområdet finansieret af kassebeholdningen"],
           okon="Tillægsbevillingen finansieres af kassebeholdningen.",
           dec="Ad 1: Taget til efterretning. Ad 2: Godkendt."),
        _f("Klimahandlingsplan 2025-2030 - endelig vedtagelse",
           "Klimahandlingsplanen har været i offentlig høring i otte uger.",
           ["Kommunen er med i DK2020-partnerskabet og skal have en klimahandlingsplan, der lever op til Parisaftalen.",
            f"Der er i høringsperioden modtaget {a(9,41)} høringssvar, primært om vedvarende energi og transport.",
            "Planen indeholder mål for reduktion af drivhusgasser på 70 % i 2030 i forhold til 1990."],
           ["at klimahandlingsplanen vedtages endeligt", "at forvaltningen årligt afrapporterer på målene"],
           horing="Høringssvarene og forvaltningens bemærkninger fremgår af bilag 2.",
           bilag=["Klimahandlingsplan 2025-2030", "Høringsnotat"],
           dec=f"For stemte {a(17,23)} (A, F, Ø, B, V), imod stemte {a(2,5)} (D, O). Indstillingen er vedtaget."),
        _f("Trafiksikkerhedsplan - handleplan for skolevejene",
           None,
           ["Udvalget besluttede i foråret at revidere handleplanen for sikre skoleveje.",
            f"Der er i alt registreret {a(20,60)} ønsker fra skolebestyrelser og borgere. Forvaltningen har prioriteret ti projekter."],
           ["at prioriteringen af projekter godkendes", f"at der frigives {a(1,4)},5 mio. kr. fra puljen til trafiksikkerhed"],
           okon="Beløbet er afsat i investeringsoversigten.", dec="Godkendt."),
        _f("Danmarks kort over cykelturisme - deltagelse i national kampagne",
           "VisitDenmark inviterer kommunerne til at indgå i et nyt Danmarks kort over cykelruter.",
           ["Kampagnen præsenterer de nationale cykelruter og lokale oplevelser på et samlet kort.",
            "Deltagelse koster 45.000 kr. om året, som kan afholdes inden for turismebudgettet."],
           ["at kommunen deltager i kampagnen i 2025"], dec="Tiltrådt."),
        _f("Natura 2000 og Danmarkskort over lysforurening - orientering",
           None,
           ["Miljøstyrelsen har offentliggjort et danmarkskort over lysforurening og naturområder.",
            "Kortet viser, at kommunens kystnære arealer har relativt lav lysforurening."],
           ["at orienteringen tages til efterretning"], dec="Taget til efterretning."),
        _f("Ankestyrelsens statistik for beskæftigelsesområdet 2023",
           "Orientering om omgørelsesprocenter i sager om kontanthjælp, sygedagpenge og ressourceforløb.",
           [f"Ankestyrelsen har offentliggjort omgørelsesprocenterne for beskæftigelsesområdet. Kommunens omgørelsesprocent er {a(14,29)} pct. mod et landsgennemsnit på {a(17,24)} pct.",
            "Jobcentret har gennemgået de omgjorte sager og vurderer, at der især er behov for bedre partshøring i sygedagpengesager.",
            "Statistikken er ikke en del af danmarkskortet på socialområdet, som behandles særskilt."],
           ["at orienteringen tages til efterretning"], dec="Taget til efterretning.",
           komp="Beskæftigelsesudvalget"),
        _f("Lokalplan nr. " + str(a(100, 480)) + " - boliger ved " + rng.choice(["Skovvej", "Stationsvej", "Engvangen", "Møllebakken"]),
           "Forslag til lokalplan har været i offentlig høring.",
           [f"Lokalplanen giver mulighed for op til {a(24,120)} boliger i tæt-lav bebyggelse.",
            "Der er indkommet indsigelser om trafik og skygge. Forvaltningen foreslår mindre ændringer af byggefeltet."],
           ["at lokalplanen vedtages endeligt med de ændringer, der fremgår af sagen"],
           horing="Høringsperioden løb i otte uger.", ret="Planloven § 27.", dec="Vedtaget."),
        _f("Takster for 2025 - dagtilbud og SFO",
           None,
           ["Taksterne er beregnet på baggrund af det vedtagne budget og reglerne i dagtilbudsloven.",
            "Forældrebetalingen for SFO fastsættes politisk. Der foreslås en uændret takst."],
           ["at taksterne for 2025 godkendes"], okon="Ingen bevillingsmæssige konsekvenser.",
           dec="Anbefales."),
        _f("Kvalitetsstandard for praktisk hjælp og personlig pleje 2025",
           "Den årlige revision af kvalitetsstandarden efter servicelovens § 83.",
           ["Kvalitetsstandarden beskriver serviceniveauet for hjemmehjælp. Der er kun sproglige ændringer.",
            "Ældrerådet har afgivet høringssvar og støtter forslaget."],
           ["at kvalitetsstandarden godkendes"], horing="Ældrerådet og Handicaprådet har været hørt.",
           ret="Servicelovens § 83 og § 139.", dec="Godkendt."),
        _f("Tilsynsrapporter fra plejecentre 2024",
           None,
           [f"Der er gennemført uanmeldte tilsyn på {a(3,9)} plejecentre. Tilsynene har ikke givet anledning til påbud.",
            "Ét plejecenter har fået en handleplan for medicinhåndtering, som er fulgt op af forvaltningen."],
           ["at tilsynsrapporterne tages til efterretning"], dec="Taget til efterretning."),
        _f("Anlægsbevilling - renovering af " + rng.choice(["Nordskolen", "Vestre Skole", "Hallen i Bøgely", "svømmehallen"]),
           None,
           [f"Bygningen trænger til nyt tag og ventilation. Den samlede udgift er beregnet til {a(6,28)} mio. kr.",
            "Arbejdet forventes udført i sommerferien 2025, så undervisningen påvirkes mindst muligt."],
           ["at der gives anlægsbevilling", "at rådighedsbeløbet frigives"],
           okon="Finansieres af det afsatte rådighedsbeløb.", tid="Udbud i januar, byggestart i juni.",
           dec="Godkendt med " + str(a(18, 24)) + " stemmer mod " + str(a(1, 4)) + "."),
        _f("Borgerforslag om hundeskov i " + rng.choice(["Lystrup", "Nørreby", "Søndermark", "Hedehusene"]),
           None,
           ["Et borgerforslag har opnået de nødvendige underskrifter.",
            "Forvaltningen har peget på to mulige arealer. Etablering koster ca. 120.000 kr."],
           ["at forslaget oversendes til budgetforhandlingerne"],
           dec="Ændringsforslag fra V om at etablere hundeskoven i 2025 inden for eksisterende budget: Forkastet med 8 stemmer mod 17. Indstillingen blev herefter godkendt."),
        _f("Handicappolitik - status og handleplan 2025",
           "Status på kommunens handicappolitik og handleplan for tilgængelighed.",
           ["Handicaprådet har været inddraget i arbejdet med den nye handleplan for tilgængelighed i kommunale bygninger.",
            "Handleplanen omfatter bl.a. niveaufri adgang til rådhuset og bedre skiltning."],
           ["at status tages til efterretning", "at handleplanen for tilgængelighed godkendes"],
           dec="Ad 1. Taget til efterretning. Ad 2. Godkendt."),
        _f("Udpegning af medlem til Ældrerådet",
           None, ["Et medlem er udtrådt, og den første suppleant indtræder."],
           ["at udtrædelsen godkendes"], dec="Ja.", kind="formal"),
        _f("Samarbejdsaftale med regionen om sundhedsklynge",
           None,
           ["Sundhedsklyngen er rammen for samarbejdet mellem regionen, kommunerne og almen praksis.",
            "Aftalen indeholder fælles mål for forebyggelse af indlæggelser."],
           ["at samarbejdsaftalen godkendes"], dec="Godkendt."),
        _f("Frigivelse af midler til klubtilbud",
           None,
           ["Ved budgettet blev der afsat midler til øget åbningstid i klubberne.",
            "Forvaltningen foreslår, at midlerne fordeles efter antal medlemmer."],
           ["at midlerne frigives og fordeles som beskrevet"], dec="Anbefales."),
        _f("Spørgetid for borgerne", None, ["Der var ingen spørgsmål."], [], dec="Intet.", kind="formal"),
        _f("Tillægsbevilling til vintertjeneste", None,
           [f"Den hårde vinter har medført merudgifter på {a(1,4)},{a(1,9)} mio. kr. til saltning og snerydning."],
           ["at der gives tillægsbevilling"], okon="Finansieres af kassen.", dec="Tiltrådt."),
        _f("Kommunens digitaliseringsstrategi", None,
           ["Strategien sætter retningen for brugen af digitale løsninger i forvaltningen frem mod 2027.",
            "Den indeholder bl.a. et spor om sagsbehandlingssystemer på social- og beskæftigelsesområdet."],
           ["at strategien godkendes"], dec="Vedtaget."),
        _f("Mål og rammer for Ungdomsskolen", None,
           ["Ungdomsskolebestyrelsen har udarbejdet forslag til nye mål og rammer."],
           ["at mål og rammer godkendes"], dec="Sagen blev udsat til næste møde."),
        _f("Orientering om sygefravær i forvaltningen", None,
           [f"Sygefraværet er faldet til {a(4,6)},{a(0,9)} pct. Der er iværksat en handlingsplan for arbejdsmiljøet i dagplejen."],
           ["at orienteringen tages til efterretning"], dec="Taget til efterretning."),
        _f("Ansøgning om kommunegaranti - " + rng.choice(["Fjernvarme", "Vandværket", "Havnen"]), None,
           ["Selskabet søger om kommunegaranti for et lån til udbygning af ledningsnettet."],
           ["at der stilles kommunegaranti", "at der opkræves garantiprovision på 0,5 pct."],
           ret="Lånebekendtgørelsen.", dec="Godkendt."),
        _f("Ændring af styrelsesvedtægten", None,
           ["Ændringen er en følge af, at sundheds- og ældreområdet samles under ét udvalg."],
           ["at ændringen vedtages til 1. behandling"], ret="Den kommunale styrelseslov § 2.",
           dec="Oversendes til 2. behandling."),
        _f("Plan for udvidelse af botilbud på voksenområdet", None,
           ["Ventelisten til botilbud efter servicelovens § 108 er steget.",
            "Forvaltningen foreslår at udvide med 12 pladser i tilknytning til eksisterende tilbud."],
           ["at forvaltningen arbejder videre med modellen"], dec="Anbefales.")
    ]
    return pool


def meddelelser_item(mention_map, rng, council_name):
    lines = ["Borgmesteren orienterede om møde med Vejdirektoratet om omfartsvejen.",
             "Formanden for Børne- og Ungeudvalget orienterede om den nye dagtilbudsstruktur."]
    if mention_map:
        lines.insert(1, "Kommunaldirektøren orienterede om, at Social-, Bolig- og Ældreministeriet har offentliggjort "
                        "danmarkskortet over omgørelsesprocenter på socialområdet. Kortet vil blive forelagt "
                        f"{council_name} på et senere møde.")
    it = _f("Meddelelser", None, lines, [], dec="Meddelelserne blev taget til efterretning.", kind="formal")
    return it


def closed_items(rng):
    out = []
    for t in rng.sample(["Køb af ejendom", "Personalesag", "Salg af grund i erhvervsområde", "Kontraktforhold - udbud af busdrift",
                          "Klagesag"], 2):
        it = _f(t, None, [], [], dec=rng.choice(["Godkendt.", "Tiltrådt.", "Drøftet."]), kind="formal")
        it["closed"] = True
        out.append(it)
    return out


# --------------------------------------------------------------------------- danmarkskort items

def rates(rng):
    tot = rng.randint(18, 42)
    return dict(tot=f"{tot},{rng.randint(0,9)}", land=f"{rng.randint(28,33)},{rng.randint(0,9)}",
                bh=f"{rng.randint(25,60)},{rng.randint(0,9)}", vh=f"{rng.randint(20,55)},{rng.randint(0,9)}",
                prev=f"{rng.randint(18,42)},{rng.randint(0,9)}", n=rng.randint(60, 420))


PLAN_NAMES = ["handlingsplan", "handleplan", "plan for styrket retssikkerhed", "kvalitetsplan for myndighedsområdet",
              "indsatsplan for bedre afgørelser"]


def map_title(style, year=2024):
    return [f"Danmarkskort {year} over omgørelsesprocenter på socialområdet",
            f"Social-, Bolig- og Ældreministeriets danmarkskort for {year}",
            f"Omgørelsesprocenter i Ankestyrelsen {year-1} - danmarkskortet",
            "Behandling af danmarkskortet efter retssikkerhedslovens § 79 b",
            f"Orientering om danmarkskort {year} og stillingtagen til handlingsplan",
            f"Ankestyrelsens danmarkskort {year} - omgørelser på social- og handicapområdet",
            f"Retssikkerhed på socialområdet - danmarkskortet {year}"][style]


def dk_body(rng, r, year, council, with_letter=False, passing_plan=False):
    """Background paragraphs common to all danmarkskort items."""
    ph = []
    ph.append(rng.choice([
        f"Social-, Bolig- og Ældreministeriet har i juni {year} offentliggjort det årlige danmarkskort over omgørelsesprocenter på socialområdet. "
        f"Kortet viser, hvor stor en andel af de påklagede afgørelser, som Ankestyrelsen har ændret, hjemvist eller ophævet i {year-1}.",
        f"Danmarkskortet for {year} er offentliggjort. Det viser kommunernes omgørelsesprocenter i klagesager på socialområdet for {year-1} "
        "og er opdelt på hele socialområdet, børnehandicapområdet og voksenhandicapområdet.",
        f"Ankestyrelsen offentliggør hvert år tal for, hvor mange klagesager der bliver omgjort. Tallene samles i ministeriets danmarkskort. "
        f"Kortet for {year} bygger på afgørelser truffet af Ankestyrelsen i {year-1}."]))
    ph.append(f"Efter retssikkerhedslovens § 79 b, stk. 1, skal {council} behandle danmarkskortet på et møde inden udgangen af det år, hvor kortet offentliggøres, "
              "og tage stilling til, om der er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.")
    ph.append(rng.choice([
        f"Kommunens samlede omgørelsesprocent på socialområdet er {r['tot']} pct., mens landsgennemsnittet er {r['land']} pct. "
        f"På børnehandicapområdet er omgørelsesprocenten {r['bh']} pct. og på voksenhandicapområdet {r['vh']} pct.",
        f"Ankestyrelsen har i perioden behandlet {r['n']} klagesager fra kommunen. Omgørelsesprocenten for hele socialområdet er {r['tot']} pct. "
        f"(sidste år {r['prev']} pct.). For børnehandicapområdet er den {r['bh']} pct. og for voksenhandicapområdet {r['vh']} pct. Landsgennemsnittet er {r['land']} pct."]))
    if with_letter:
        ph.append(f"Ankestyrelsen har samtidig sendt brev om sin gennemgang af kommunens behandling af danmarkskortet for {year-1}. "
                  f"Af brevet fremgår det, at Ankestyrelsen ikke foretager sig yderligere i forhold til kommunens behandling af kortet for {year-1}. "
                  "Brevet vedlægges som bilag.")
    if passing_plan:
        ph.append("I 2021 vedtog kommunen en handlingsplan for økonomisk styring af det specialiserede socialområde. "
                  "Den plan vedrører budgetoverholdelse og er ikke en del af denne sag.")
    ph.append(rng.choice([
        "Forvaltningen har gennemgået de omgjorte sager. Hovedparten af omgørelserne skyldes mangelfuld oplysning af sagen og manglende partshøring.",
        "En gennemgang af de hjemviste sager viser, at en del af dem vedrører tabt arbejdsfortjeneste og merudgifter, hvor der er kommet nye oplysninger under klagesagen.",
        "Mange af de omgjorte sager drejer sig om afgørelser efter servicelovens §§ 41 og 42, hvor kravene til begrundelse er skærpet."]))
    return ph


def dk_item(rng, scen, council, committee, body_kind, year=2024, title_style=None, with_letter=False):
    """scen is one of the stance scenarios; returns an item dict with dk set."""
    r = rates(rng)
    ts = title_style if title_style is not None else rng.randrange(7)
    plan = rng.choice(PLAN_NAMES)
    it = _f(map_title(ts, year), None, dk_body(rng, r, year, council, with_letter, scen == "no_need_passing"), [])
    it["resume"] = rng.choice([None, f"Sagen forelægges med henblik på, at {council} behandler danmarkskortet og tager stilling til behovet for en {plan}.",
                               "Orientering om kommunens omgørelsesprocenter på socialområdet."])
    it["retsgrundlag"] = "Lov om retssikkerhed og administration på det sociale område (retssikkerhedsloven) § 79 b."
    it["okonomi"] = rng.choice(["Sagen har ingen økonomiske konsekvenser.", "Eventuelle udgifter til en handlingsplan afholdes inden for det eksisterende budget."])
    it["kompetence"] = council
    fr = it["fremstilling"]
    stance = None
    if scen in ("no_need_low", "no_need_passing"):
        fr.append(f"Kommunens omgørelsesprocent ligger under landsgennemsnittet på alle tre områder, og forvaltningen vurderer derfor, at der ikke er behov for en {plan}.")
        it["indstilling"] = ["at danmarkskortet tages til efterretning", f"at der ikke udarbejdes en {plan}"]
        stance = "no_need"
    elif scen == "no_need_effort":
        fr.append("Forvaltningen har siden 2023 arbejdet med et kvalitetsprojekt på myndighedsområdet med faglig sparring, juridisk kvalitetssikring "
                  "af afgørelser og månedlige læringsmøder. Det er forvaltningens vurdering, at indsatsen dækker behovet.")
        it["indstilling"] = ["at orienteringen om danmarkskortet tages til efterretning",
                             "at kommunalbestyrelsen finder, at den igangværende indsats er tilstrækkelig, og at der derfor ikke er behov for en selvstændig handlingsplan"]
        stance = "no_need"
    elif scen == "no_need_reorg":
        fr.append("Myndighedsafdelingen blev omorganiseret 1. januar 2024 med en ny juridisk funktion. Virkningen af omorganiseringen kan endnu ikke ses i tallene, "
                  "som vedrører afgørelser fra 2023.")
        it["indstilling"] = ["at danmarkskortet tages til orientering",
                             f"at der på grund af den nylige omorganisering ikke igangsættes en {plan} nu"]
        stance = "no_need"
    elif scen == "prepare_new":
        fr.append(f"Omgørelsesprocenten på børnehandicapområdet ligger over landsgennemsnittet. Forvaltningen foreslår derfor, at der udarbejdes en {plan}, "
                  "som forelægges til godkendelse i foråret.")
        it["indstilling"] = ["at danmarkskortet tages til efterretning", f"at forvaltningen udarbejder en {plan} til styrkelse af den juridiske kvalitet i sagsbehandlingen"]
        stance = "prepare"
    elif scen == "prepare_continue":
        fr.append("Kommunen vedtog i 2023 en handleplan for bedre afgørelser på handicapområdet. Handleplanen er delvist gennemført, "
                  "og forvaltningen foreslår, at den videreføres og opdateres med nye indsatser for 2025.")
        it["indstilling"] = ["at danmarkskortet tages til efterretning", "at den eksisterende handleplan for bedre afgørelser videreføres og opdateres for 2025"]
        stance = "prepare"
    elif scen == "prepare_split":
        fr.append("Resultaterne på børnehandicapområdet giver anledning til bekymring, mens voksenhandicapområdet ligger under landsgennemsnittet.")
        it["indstilling"] = ["at danmarkskortet tages til efterretning",
                             "at der udarbejdes en handlingsplan for børnehandicapområdet, men ikke for voksenområdet"]
        stance = "prepare"
    elif scen == "amend_prepare":
        fr.append(f"Forvaltningen vurderer samlet, at der ikke er behov for en {plan}.")
        it["indstilling"] = ["at danmarkskortet tages til efterretning", f"at der ikke udarbejdes en {plan}"]
        stance = "prepare"
    elif scen in ("note", "meeting_note"):
        fr.append(f"Sagen forelægges til orientering.")
        it["indstilling"] = ["at orienteringen om danmarkskortet tages til efterretning"]
        stance = "not_addressed"
    elif scen == "discussed":
        fr.append("Forvaltningen lægger op til en drøftelse af resultaterne og af, hvordan den juridiske kvalitet kan styrkes.")
        it["indstilling"] = ["at danmarkskortet drøftes"]
        stance = "not_addressed"
    elif scen in ("deferred", "later"):
        fr.append(f"Forvaltningen foreslår, at der ikke udarbejdes en {plan}, da omgørelsesprocenten er faldet siden sidste år.")
        it["indstilling"] = ["at danmarkskortet tages til efterretning", f"at der ikke udarbejdes en {plan}"]
        stance = "deferred"
    elif scen == "dialog":
        fr.append("Punktet er en drøftelse på dialogmødet. Der træffes ikke beslutning. Sagen forelægges efterfølgende til politisk behandling.")
        it["indstilling"] = ["at danmarkskortet drøftes med Handicaprådet"]
        stance = "not_addressed"
    else:
        raise ValueError(scen)
    it["dk"] = (year, stance)
    it["plan"] = plan
    return it
