# -*- coding: utf-8 -*-
"""All Danish wording of independent15, written for this corpus.

Nothing here is tuned to any reader: phrases are picked the way council secretaries write them."""

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def long_date(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def weekday_date(d):
    return f"{WEEKDAYS[d.weekday()]} den {long_date(d)}"


def dash_date(d):
    return d.strftime("%d-%m-%Y")


def dot_date(d):
    return d.strftime("%d.%m.%Y")


def genitive(body):
    return body + "s" if not body.endswith("s") else body


def muni_display(name):
    if name == "Bornholm":
        return "Bornholms Regionskommune"
    return f"{name} Kommune"


# ----------------------------------------------------------------------------------------------
# Ordinary items that surround the danmarkskort item. (title, background paragraphs,
# recommendation bullets, decision text). {K} is the municipality, {B} the council.
FILLERS = [
    ("Godkendelse af dagsorden", [], [], "Godkendt."),
    ("Budgetopfølgning pr. 30. september 2024",
     ["Forvaltningen har udarbejdet budgetopfølgning for alle udvalgsområder. Der forventes samlet et "
      "mindreforbrug på driften på 4,2 mio. kr., mens anlægsområdet viser forsinkelser på tre større projekter.",
      "Det specialiserede socialområde forventes fortsat at have et merforbrug, som modsvares af "
      "mindreudgifter på ældreområdet."],
     ["at budgetopfølgningen godkendes", "at de foreslåede tillægsbevillinger meddeles"],
     "Godkendt."),
    ("Takster for 2025 - forsyning og kommunale ydelser",
     ["Taksterne for 2025 er beregnet på grundlag af det vedtagne budget. Takstbladet er vedlagt som bilag."],
     ["at taksterne for 2025 godkendes"], "Godkendt."),
    ("Lokalplan 1.47 for boligområde ved Engvej - endelig vedtagelse",
     ["Forslaget har været i offentlig høring i otte uger. Der er indkommet fem høringssvar, som primært "
      "vedrører trafik og parkering. Forvaltningen foreslår mindre ændringer af vejadgangen."],
     ["at lokalplanen vedtages endeligt med de ændringer, der fremgår af sagsfremstillingen"],
     "Godkendt. Et mindretal (Ø) kunne ikke anbefale indstillingen."),
    ("Renovering af Nørremarksskolen - anlægsbevilling",
     ["Skolens faglokaler og ventilation trænger til renovering. Projektet er prissat til 18,5 mio. kr. og "
      "forventes gennemført i sommerferierne 2025 og 2026."],
     ["at der meddeles en anlægsbevilling på 18,5 mio. kr.", "at rådighedsbeløbet finansieres af den afsatte pulje"],
     "Godkendt."),
    ("Handlingsplan for trafiksikkerhed 2025-2028",
     ["Handlingsplanen bygger på uheldsstatistikken og på borgernes henvendelser om skolevejene. Planen "
      "indeholder 22 konkrete projekter, herunder hastighedsdæmpning ved fire skoler."],
     ["at handlingsplanen for trafiksikkerhed godkendes"], "Godkendt."),
    ("Klimahandlingsplan - status 2024",
     ["Kommunen er på vej mod målet om 70 procents reduktion i 2030. Statusrapporten viser fremskridt på "
      "energirenovering af kommunale bygninger, mens transportområdet halter efter."],
     ["at status tages til efterretning"], "Taget til efterretning."),
    ("Vintervedligeholdelse af veje og stier - regulativ",
     ["Regulativet er revideret, så cykelstier til skoler ryddes i første prioritet."],
     ["at regulativet for vintervedligeholdelse godkendes"], "Godkendt."),
    ("Salg af kommunal grund, Industrivej 12",
     ["Der er indkommet to bud på grunden efter offentligt udbud. Det højeste bud er på 2,1 mio. kr."],
     ["at grunden sælges til højestbydende"], "Godkendt."),
    ("Kvalitetsrapport for skoleområdet 2023/24",
     ["Kvalitetsrapporten viser stabile karakterer i dansk og matematik og et fald i elevernes fravær."],
     ["at kvalitetsrapporten godkendes"], "Godkendt."),
    ("Tilsyn på plejecentre - årsrapport",
     ["Der er gennemført uanmeldte tilsyn på alle syv plejecentre. Tilsynene har ikke givet anledning til "
      "påbud, men der er givet anbefalinger om medicinhåndtering på to centre."],
     ["at årsrapporten tages til efterretning"], "Taget til efterretning."),
    ("Ansøgning om kommunegaranti - Vandværket a.m.b.a.",
     ["Vandværket søger om garanti for et lån på 6,0 mio. kr. til udskiftning af ledninger."],
     ["at der stilles kommunegaranti for lånet"], "Godkendt."),
    ("Forlængelse af aftale om kollektiv bustrafik",
     ["Aftalen med trafikselskabet udløber ved køreplanskiftet. Der foreslås en forlængelse på to år."],
     ["at aftalen forlænges"], "Godkendt."),
    ("Udpegning af medlem til Ældrerådet efter udtræden",
     ["Et medlem er udtrådt af helbredsmæssige årsager. Første suppleant er villig til at indtræde."],
     ["at suppleanten indtræder i Ældrerådet"], "Godkendt."),
    ("Mødeplan for 2025",
     ["Forslaget følger den hidtidige mødestruktur med møder den sidste tirsdag i måneden."],
     ["at mødeplanen for 2025 godkendes"], "Godkendt."),
    ("Ny affaldsordning for sommerhusområder",
     ["Ordningen indføres fra 1. april 2025 med fire beholdere og tømning hver 14. dag i sommerhalvåret."],
     ["at ordningen godkendes"], "Godkendt."),
    ("Frigivelse af midler til legeplads i Vestbyen",
     ["Lokalrådet har indsamlet 300.000 kr. Kommunens andel er afsat i budgettet."],
     ["at rådighedsbeløbet frigives"], "Godkendt."),
    ("Danmarks kort over cykelruter - deltagelse i turismesamarbejde",
     ["VisitDanmark og de regionale turismeselskaber udgiver et fælles Danmarks kort over nationale "
      "cykelruter. Kommunen kan få sine ruter med for et årligt bidrag på 25.000 kr."],
     ["at kommunen deltager i samarbejdet"], "Godkendt."),
    ("Energistyrelsens danmarkskort over varmeplanlægning",
     ["Energistyrelsen har offentliggjort et danmarkskort, der viser, hvor der planlægges fjernvarme, og hvor "
      "individuelle varmepumper er det oplagte valg. Kommunens nye varmeplan skal afspejle kortet."],
     ["at orienteringen tages til efterretning", "at forvaltningen udarbejder en handlingsplan for udrulning af fjernvarme"],
     "Godkendt."),
    ("Omgørelsesprocenter på beskæftigelsesområdet 2024",
     ["Beskæftigelsesministeriet har offentliggjort Ankestyrelsens tal for omgørelser af afgørelser om "
      "sygedagpenge, kontanthjælp og ressourceforløb. Kommunens omgørelsesprocent på beskæftigelsesområdet "
      "er 19 procent mod 22 procent på landsplan.",
      "Tallene indgår ikke i Social-, Bolig- og Ældreministeriets kort, som behandles særskilt."],
     ["at orienteringen tages til efterretning"], "Taget til efterretning."),
    ("Anlægsregnskab for Idrætshal 2",
     ["Anlægsregnskabet udviser et mindreforbrug på 0,4 mio. kr., som tilgår kassebeholdningen."],
     ["at regnskabet godkendes"], "Godkendt."),
    ("Revisionsberetning for regnskabsåret 2023",
     ["Revisionen har ikke haft væsentlige bemærkninger. Der er én anbefaling om dokumentation af "
      "indberetninger på refusionsområdet."],
     ["at beretningen godkendes", "at forvaltningens svar tiltrædes"], "Godkendt."),
    ("Visionsplan for bymidten - igangsætning af borgerinddragelse",
     ["Der lægges op til en proces med borgermøder i foråret og en workshop med erhvervslivet."],
     ["at processen igangsættes"], "Godkendt."),
    ("Spørgetid for borgere", [], [], "Der var ingen spørgsmål."),
    ("Lukket punkt: Personalesag", [], [], "Godkendt."),
    ("Lukket punkt: Køb af ejendom", [], [], "Godkendt."),
    ("Udbud af rengøring i kommunale bygninger",
     ["Kontrakten udbydes i tre delaftaler, så lokale virksomheder har mulighed for at byde."],
     ["at udbudsmaterialet godkendes"], "Godkendt."),
    ("Sundhedspolitik 2025-2029 - udsendelse i høring",
     ["Politikken har fokus på mental sundhed blandt unge og på forebyggelse af ensomhed."],
     ["at udkastet sendes i offentlig høring i seks uger"], "Godkendt."),
    ("Tildeling af kulturpuljemidler",
     ["Der er modtaget 31 ansøgninger om i alt 1,3 mio. kr. Puljen udgør 600.000 kr."],
     ["at midlerne fordeles som foreslået"], "Godkendt."),
]

MAYOR_NOTE = ("Meddelelser fra borgmesteren",
              ["Borgmesteren orienterede om møde med regionen om sygehusbyggeriet, om status på "
               "borgerservicecentret og om, at Social-, Bolig- og Ældreministeriets danmarkskort over "
               "omgørelsesprocenter er offentliggjort, og at forvaltningen forbereder en sag til fagudvalget."],
              [], "Orienteringen blev taget til efterretning.")

MEMBERS = ["Anne Holm (A)", "Jens Kjær (V)", "Mette Lund (C)", "Søren Bæk (F)", "Karen Højgaard (O)",
           "Peter Østergaard (A)", "Lise Damgaard (Ø)", "Bo Mølgaard (V)", "Hanne Sørensen (B)",
           "Mikkel Friis (I)", "Gitte Skov (A)", "Ole Brøndum (D)", "Ida Nørgaard (V)", "Rasmus Kirkegaard (F)"]

COMMITTEES = ["Socialudvalget", "Social- og Sundhedsudvalget", "Udvalget for Social og Handicap",
              "Social-, Sundheds- og Ældreudvalget", "Børne- og Familieudvalget", "Voksen- og Handicapudvalget"]

PLACES = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsens mødesal",
          "Rådhuset, lokale 2.14", "Borgernes Hus, mødesal A"]


# ----------------------------------------------------------------------------------------------
# The danmarkskort item.
TITLES_WITH = [
    "Danmarkskort 2024 over omgørelsesprocenter på socialområdet",
    "Danmarkskortet 2024 - behandling og stillingtagen til handlingsplan",
    "Ankestyrelsens danmarkskort for 2024",
    "Behandling af Danmarkskortet for 2024 jf. retssikkerhedslovens § 79 b",
    "Social-, Bolig- og Ældreministeriets danmarkskort 2024",
]
TITLES_WITHOUT = [
    "Omgørelsesprocenter på socialområdet 2024",
    "Retssikkerhed på socialområdet - kommunens omgørelser i klagesager 2024",
    "Juridisk kvalitet i sagsbehandlingen - årlig politisk behandling af omgørelser",
    "Ankestyrelsens statistik over omgjorte afgørelser på socialområdet",
]


def figures(rng, low=False):
    f = {}
    for part in ("hele", "boern", "voksen"):
        land = {"hele": 27.3, "boern": 39.8, "voksen": 33.6}[part]
        own = round(land - rng.uniform(2, 11), 1) if low else round(rng.uniform(14, 48), 1)
        f[part] = (own, land)
    return f


def pct(x):
    return f"{x:.1f}".replace(".", ",") + " pct."


def dk_background(rng, K, B, fig, year_named, no_word):
    mapname = "opgørelsen over omgørelsesprocenter" if no_word else "danmarkskortet"
    yr = " 2024" if year_named else ""
    paras = [
        f"Social-, Bolig- og Ældreministeriet offentliggør hvert år {mapname}{yr}, som viser, hvor stor en andel "
        f"af kommunens afgørelser på socialområdet der er blevet ændret, hjemvist eller ophævet af Ankestyrelsen "
        f"i klagesager. Efter retssikkerhedslovens § 79 b skal resultatet behandles på et møde i {B} inden "
        f"udgangen af det år, hvor det offentliggøres, og {B} skal tage stilling til, om der er behov for at "
        f"udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.",
        f"For {K} viser tallene en samlet omgørelsesprocent på hele socialområdet på {pct(fig['hele'][0])} "
        f"mod {pct(fig['hele'][1])} på landsplan. På børnehandicapområdet er omgørelsesprocenten "
        f"{pct(fig['boern'][0])} (landsplan {pct(fig['boern'][1])}), og på voksenhandicapområdet "
        f"{pct(fig['voksen'][0])} (landsplan {pct(fig['voksen'][1])}).",
    ]
    if fig["boern"][0] > fig["boern"][1]:
        paras.append("Forvaltningen bemærker, at kommunen på børnehandicapområdet ligger over niveauet i "
                     "sammenlignelige nabokommuner. Omgørelserne vedrører især merudgifter efter servicelovens "
                     "§ 41 og tabt arbejdsfortjeneste, hvor begrundelsen for afgørelsen har været mangelfuld.")
    elif fig["hele"][0] > fig["hele"][1]:
        paras.append("Samlet set ligger kommunen over landsgennemsnittet, mens børnehandicapområdet ligger under. "
                     "Forvaltningen følger udviklingen på voksenområdet tæt.")
    else:
        paras.append("Sammenlignet med nabokommunerne ligger kommunen på niveau eller lidt under. Antallet af "
                     "klagesager er lavt, og enkelte sager kan derfor flytte procenten mærkbart fra år til år.")
    if rng.random() < 0.5:
        paras.append("Forvaltningen har gennemgået de omgjorte sager. Hovedparten er hjemvist på grund af "
                     "manglende oplysning af sagen, mens et mindre antal er ændret, fordi Ankestyrelsen har "
                     "foretaget en anden faglig vurdering.")
    return paras


PLAN_OTHER_NAMES = [
    ("Kvalitetsløft i myndighedssagsbehandlingen",
     "at forvaltningen igangsætter et kvalitetsløft i myndighedssagsbehandlingen på handicapområdet med "
     "faste sagsgennemgange, juridisk sparring og opfølgning på hver hjemvist sag, og at der gøres status "
     "over for udvalget efter et år"),
    ("indsatsplan for styrket retssikkerhed",
     "at der udarbejdes en indsatsplan for styrket retssikkerhed på børnehandicapområdet med konkrete mål "
     "for nedbringelse af omgørelsesprocenten"),
    ("udviklingsplan for den juridiske kvalitet",
     "at forvaltningen udarbejder en udviklingsplan for den juridiske kvalitet i afgørelserne på voksen- og "
     "børnehandicapområdet, som forelægges udvalget i foråret 2025"),
]


def recommendation(stance, B, rng, variant=0):
    """Bullets the administration recommends, for a stance."""
    if stance == "prepare":
        return [f"at {B} tager danmarkskortet til efterretning",
                "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen "
                "på børnehandicapområdet, og at handlingsplanen forelægges til godkendelse i første halvår 2025"]
    if stance == "prepare_other":
        return [f"at {B} tager orienteringen om omgørelsesprocenterne til efterretning",
                PLAN_OTHER_NAMES[variant % len(PLAN_OTHER_NAMES)][1]]
    if stance == "no_need":
        return [f"at {B} tager danmarkskortet til efterretning",
                "at der ikke udarbejdes en handlingsplan, da kommunens omgørelsesprocenter ligger under "
                "landsgennemsnittet på alle tre områder"]
    if stance == "no_need_existing":
        return [f"at {B} tager resultaterne til efterretning",
                "at der ikke er behov for en særskilt handlingsplan, idet den igangværende kvalitetsindsats med "
                "sagsgennemgange og intern juridisk undervisning, som blev iværksat i 2023, vurderes at være "
                "tilstrækkelig"]
    if stance == "not_addressed":
        return [f"at {B} tager orienteringen om danmarkskortet til efterretning"] if variant % 2 == 0 else \
               [f"at {B} drøfter kommunens omgørelsesprocenter"]
    raise ValueError(stance)


def explicit_decision(stance, B, variant=0):
    if stance == "prepare":
        return (f"{B} besluttede, at der udarbejdes en handlingsplan for styrkelse af den juridiske kvalitet "
                f"på børnehandicapområdet. Danmarkskortet blev i øvrigt taget til efterretning.")
    if stance == "prepare_other":
        return f"Godkendt, således at {PLAN_OTHER_NAMES[variant % 3][0]} igangsættes som foreslået."
    if stance == "no_need":
        return f"{B} tog danmarkskortet til efterretning og besluttede, at der ikke er behov for en handlingsplan."
    if stance == "no_need_existing":
        return (f"{B} finder ikke anledning til at udarbejde en handlingsplan, da den eksisterende kvalitetsindsats "
                f"fortsætter. Resultaterne blev taget til efterretning.")
    if stance == "not_addressed":
        return "Taget til efterretning." if variant % 2 == 0 else "Drøftet."
    raise ValueError(stance)


def short_decision(variant):
    return ["Godkendt.", "Indstillingen godkendt.", "Indstillingen blev godkendt uden afstemning.",
            "Godkendt som indstillet."][variant % 4]


def committee_own_decision(stance, B, variant):
    """A committee's decision in a case that goes on to the council."""
    if stance == "not_addressed":
        return [f"Anbefales over for {B}, at orienteringen tages til efterretning.",
                "Udvalget anbefaler, at sagen oversendes til orientering i " + B + "."][variant % 2]
    base = ["Anbefales over for {B}.", "Udvalget anbefaler indstillingen.",
            "Indstillingen anbefales godkendt."][variant % 3]
    return base.format(B=B)


DEFER = ["Udsat.", "Sagen blev udsat til næste møde.", "Punktet blev udsat, da forvaltningen skal belyse "
         "omgørelserne på voksenhandicapområdet nærmere."]

LETTER_TITLE = "Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2023"
LETTER_TEXT = [
    "Ankestyrelsen har gennemgået kommunernes behandling af danmarkskortet for 2023 og har sendt brev til "
    "kommunalbestyrelsen. Ankestyrelsen konstaterer, at kortet er behandlet rettidigt, og at der er taget "
    "stilling til behovet for en handlingsplan.",
    "Ankestyrelsen gør samtidig opmærksom på, at drøftelsen af næste års kort bør omfatte alle tre dele af "
    "kortet og en sammenligning med andre kommuner.",
]

AMENDMENT = ("Ændringsforslag fra F og Ø om, at der udarbejdes en handlingsplan for børnehandicapområdet, "
             "blev sat til afstemning. For stemte: A, F og Ø (15). Imod stemte: V og C (12). Ændringsforslaget "
             "blev vedtaget, og indstillingen blev herefter godkendt med den vedtagne ændring.")

TOGETHER = "Sagen blev behandlet sammen med punkt {n}."
