"""Content of the minutes: municipalities, scenarios, agenda items (ordinary, misleading, danmarkskort).

Everything here is plain data; layouts.py turns a document into a file. No layout knows the gold."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def long_date(d, weekday=True):
    s = f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} den {s}" if weekday else s


def dot_date(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def dash_date(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def weekday_on_or_after(d):
    while d.weekday() > 3:
        d += dt.timedelta(days=1)
    return d


def meeting_date(r, year, month, lo=3, hi=26):
    return weekday_on_or_after(dt.date(year, month, r.randint(lo, hi)))


COMMITTEES = ["Social- og Sundhedsudvalget", "Socialudvalget", "Børne- og Familieudvalget",
              "Udvalget for Social og Handicap", "Velfærdsudvalget", "Social-, Sundheds- og Ældreudvalget",
              "Voksen- og Handicapudvalget", "Økonomiudvalget"]
PARTIES = ["A", "B", "C", "D", "F", "I", "K", "O", "V", "Ø", "Å", "Æ"]
STREETS = ["Skolevej", "Møllebakken", "Engparken", "Kirkestræde", "Havnegade", "Stationsvej", "Bøgealle",
           "Vestergade", "Industrivej", "Toftegårdsvej", "Fjordvej", "Lærkevænget"]
PEOPLE = ["Anne Mette Lund", "Jens Ole Sørensen", "Karin Holm", "Mads Kjærgaard", "Birthe Nygaard",
          "Per Thomsen", "Lise Dahl Andersen", "Henrik Bach", "Susanne Møller", "Torben Iversen",
          "Camilla Winther", "Søren Friis", "Hanne Krogh", "Niels Damgaard"]


def council_of(code, r):
    if code == "101":
        return "Borgerrepræsentationen"
    return r.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])


def caseno(style, r):
    k = style["caseno"]
    if k == 0:
        return f"{r.randint(0, 99):02d}.{r.randint(0, 99):02d}.{r.randint(0, 99):02d}-{r.choice('AGPK')}{r.randint(0, 99):02d}-{r.randint(1, 40)}-24"
    if k == 1:
        return f"{r.randint(100, 999)}-2024-{r.randint(1000, 99999)}"
    if k == 2:
        return f"EMN-2024-{r.randint(100, 99999):05d}"
    return f"24/{r.randint(1000, 39999)}"


# --------------------------------------------------------------------------- ordinary items

def ordinary_pool(m, r, d):
    """Each entry returns (title, sections, indstilling bullets, decision text)."""
    town = m["name"]
    st = r.choice(STREETS)
    amt = r.randint(3, 95) * 100_000
    amt_s = f"{amt:,}".replace(",", ".")
    p = r.choice(PEOPLE)
    pool = [
        lambda: (f"Endelig vedtagelse af lokalplan {r.randint(100, 1399)} – boliger ved {st}",
                 [f"Forslag til lokalplanen har været i offentlig høring i 8 uger. Der er indkommet {r.randint(2, 14)} høringssvar, som primært angår trafik og bebyggelsens højde.",
                  "Administrationen foreslår mindre justeringer af byggefelterne, som ikke kræver fornyet høring."],
                 ["at lokalplanen vedtages endeligt med de foreslåede ændringer", "at høringssvarene besvares som foreslået i hvidbogen"],
                 r.choice(["Godkendt.", "Indstillingen godkendt.", f"Godkendt. {r.choice(PARTIES)} stemte imod."])),
        lambda: (f"Anlægsbevilling – renovering af {r.choice(['Nordskolen', 'Sydhallen', 'rådhusets tag', 'Bakkehuset', 'svømmehallen'])}",
                 [f"Der søges om en anlægsbevilling på {amt_s} kr. finansieret af det afsatte rådighedsbeløb i investeringsoversigten 2024.",
                  "Projektet forventes udbudt i første kvartal og afsluttet inden sommerferien."],
                 [f"at der meddeles anlægsbevilling på {amt_s} kr.", "at rådighedsbeløbet frigives"],
                 r.choice(["Godkendt.", "Anbefales.", "Godkendt uden afstemning."])),
        lambda: ("Årsregnskab 2023 – revisionens beretning",
                 ["Revisionen har afgivet beretning nr. 12 om revisionen af regnskabet for 2023. Beretningen indeholder ingen væsentlige bemærkninger.",
                  f"Regnskabet udviser et overskud på den ordinære drift på {r.randint(40, 310)} mio. kr."],
                 ["at beretningen tages til efterretning", "at regnskabet godkendes"],
                 "Godkendt."),
        lambda: (f"Budgetopfølgning pr. {r.choice(['31. marts', '30. april', '31. august', '30. september'])} 2024",
                 ["Budgetopfølgningen viser et forventet merforbrug på serviceudgifterne, primært på det specialiserede børneområde og ældreområdet.",
                  "Der foreslås tillægsbevillinger, som er neutrale for kassebeholdningen."],
                 ["at budgetopfølgningen tages til efterretning", "at de foreslåede tillægsbevillinger godkendes"],
                 r.choice(["Godkendt.", "Ad 1. Taget til efterretning. Ad 2. Godkendt."])),
        lambda: ("Takster 2025 for vand og spildevand",
                 [f"{town} Forsyning har fremsendt takstblad for 2025. Den variable vandafledningstakst stiger med {r.randint(2, 9)} %.",
                  "Kommunen skal efter vandsektorloven godkende taksterne, hvis de holder sig inden for prisloftet."],
                 ["at takstbladet for 2025 godkendes"],
                 "Godkendt."),
        lambda: (f"Valg af nyt medlem til {r.choice(['Folkeoplysningsudvalget', 'Handicaprådet', 'bestyrelsen for Musikskolen', 'Grønt Råd'])}",
                 [f"{r.choice(PEOPLE)} er udtrådt. Den politiske gruppe har indstillet {p} som nyt medlem for resten af valgperioden."],
                 [f"at {p} vælges som medlem"],
                 f"{p} blev valgt."),
        lambda: (f"Ansøgning om orlov fra {r.choice(['byrådet', 'kommunalbestyrelsen'])} – {p}",
                 [f"{p} har søgt om fritagelse for hvervet i perioden 1. {r.choice(MONTHS[8:])} 2024 til 31. marts 2025 på grund af arbejde i udlandet. Stedfortræder indkaldes."],
                 ["at orloven godkendes", "at 1. stedfortræder indkaldes"],
                 "Godkendt."),
        lambda: ("Klimahandlingsplan – status og næste skridt",
                 ["Kommunen tilsluttede sig DK2020 og vedtog Klimahandlingsplan 2030. Status viser, at CO2-udledningen fra kommunens egne bygninger er faldet 24 %.",
                  "Handlingsplanen justeres med nye initiativer for transport og landbrug."],
                 ["at status tages til efterretning", "at de reviderede initiativer i klimahandlingsplanen godkendes"],
                 r.choice(["Godkendt.", f"Godkendt. {r.choice(PARTIES)} tog forbehold."])),
        lambda: ("Trafiksikkerhedsplan 2024-2028 – handlingsplan for skoleveje",
                 [f"Handlingsplanen udpeger {r.randint(6, 30)} strækninger, hvor der skal etableres hastighedsdæmpning eller krydsningshjælp, bl.a. på {st}."],
                 ["at handlingsplanen godkendes", "at der afsættes midler i budget 2025"],
                 "Godkendt."),
        lambda: (f"Salg af byggegrund, {st} {r.randint(1, 80)}",
                 [f"Grunden har været udbudt i offentligt udbud. Højeste bud er {amt_s} kr., som vurderes at svare til markedsprisen."],
                 ["at grunden sælges til højstbydende"],
                 "Godkendt."),
        lambda: ("Låneoptagelse 2024",
                 [f"Kommunen har låneadgang til energirenovering og klimatilpasning på i alt {r.randint(5, 60)} mio. kr. Lånet foreslås optaget i KommuneKredit som fastforrentet lån."],
                 ["at der optages lån som beskrevet"],
                 "Godkendt."),
        lambda: (f"Kommuneplantillæg nr. {r.randint(2, 40)} – erhvervsområde ved {st}",
                 ["Tillægget udlægger et nyt rammeområde til let industri. Der er gennemført miljøscreening, som ikke har vist behov for miljøvurdering."],
                 ["at forslaget vedtages og sendes i høring i 8 uger"],
                 r.choice(["Godkendt.", "Godkendt. Et mindretal (Ø) stemte imod."])),
        lambda: ("Ældrepolitik – høringsudkast",
                 ["Seniorrådet og Handicaprådet har været inddraget i arbejdet. Politikken har fire temaer: fællesskab, værdighed, sundhed og boliger."],
                 ["at udkastet sendes i offentlig høring"],
                 "Godkendt."),
        lambda: ("Turisme – kommunen på Danmarks kort over cykelferie",
                 [f"VisitDenmark har lanceret en ny kampagne, hvor {town} er med på det nationale kort over cykelruter. Markedsføringen koster kommunen {r.randint(50, 300)}.000 kr."],
                 ["at kommunen deltager i kampagnen"],
                 "Godkendt."),
        lambda: ("Navngivning af ny vej",
                 [f"Der skal gives navn til den nye vej i udstykningen ved {st}. Lokalrådet foreslår navnet \"{r.choice(['Ravnsbjergvej', 'Kildeløkken', 'Hyldebærvej', 'Solsortevej'])}\"."],
                 ["at vejnavnet godkendes"],
                 "Godkendt."),
        lambda: ("Godkendelse af mødeplan for 2025",
                 ["Mødeplanen for 2025 er udarbejdet med udgangspunkt i budgetprocessen. Møderne holdes som hovedregel kl. 17.00."],
                 ["at mødeplanen godkendes"],
                 "Godkendt."),
        lambda: ("Tillæg til spildevandsplan – separatkloakering",
                 [f"Tillægget omfatter separatkloakering af ca. {r.randint(80, 900)} ejendomme. Der er modtaget indsigelser om tidsplanen."],
                 ["at tillægget vedtages endeligt"],
                 r.choice(["Godkendt.", "Udsat til næste møde."])),
        lambda: ("Kvalitetsstandarder for hjemmepleje 2025",
                 ["Kvalitetsstandarderne beskriver serviceniveauet for personlig pleje og praktisk hjælp efter serviceloven §§ 83 og 83 a. Der foreslås ingen ændringer i serviceniveauet."],
                 ["at kvalitetsstandarderne for 2025 godkendes"],
                 "Godkendt."),
        lambda: ("Salg af ejendom (lukket punkt)",
                 ["Punktet behandles for lukkede døre."], [], "Godkendt."),
    ]
    return pool


# --------------------------------------------------------------------------- danmarkskort wording

PLAN_NAMES = ["en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen",
              "en handleplan for retssikkerheden på børnehandicapområdet",
              "en retssikkerhedsplan for myndighedsområdet",
              "en plan for at styrke kvaliteten i afgørelserne på voksenhandicapområdet",
              "en indsatsplan, der skal nedbringe omgørelsesprocenten",
              "en kvalitetsplan for den juridiske sagsbehandling på socialområdet"]

TITLES_2024 = ["Danmarkskort over omgørelsesprocenter 2024",
               "Ankestyrelsens omgørelsesprocenter på socialområdet 2024",
               "Behandling af omgørelsesprocenter i klagesager på det sociale område (retssikkerhedslovens § 79 b)",
               "Retssikkerhed på socialområdet – ministeriets kortlægning af omgjorte afgørelser",
               "Orientering om kommunens omgørelser i Ankestyrelsen – stillingtagen til handlingsplan",
               "Årlig politisk behandling af statistik over omgjorte afgørelser på socialområdet",
               "Danmarkskortet 2024 – skal der udarbejdes handlingsplan?",
               "Social-, Bolig- og Ældreministeriets danmarkskort 2024"]


def dk_background(m, r, year):
    tot = r.randint(18, 52) / 2
    land = r.choice([27.0, 27.5, 28.0])
    bh = r.randint(20, 70)
    vh = r.randint(20, 60)
    pub = r.choice(["27. juni", "3. juli", "26. juni", "1. juli"])
    refyear = year - 1
    return [
        f"Social-, Bolig- og Ældreministeriet offentliggjorde den {pub} {year} det årlige danmarkskort over omgørelsesprocenter på socialområdet. Kortet bygger på Ankestyrelsens afgørelser i klagesager i {refyear}.",
        f"For {m['name']} Kommune er omgørelsesprocenten på hele socialområdet {str(tot).replace('.', ',')} % mod et landsgennemsnit på {str(land).replace('.', ',')} %. På børnehandicapområdet er {bh} sager realitetsbehandlet, og på voksenhandicapområdet {vh} sager.",
        "Efter retssikkerhedslovens § 79 b, stk. 1, skal kommunalbestyrelsen behandle danmarkskortet på et møde inden årets udgang og tage stilling til, om der er behov for at udarbejde en handlingsplan. Drøftelsen skal omfatte alle tre dele af kortet sammenholdt med andre kommuner.",
    ]


def dk_background_plain(m, r, year):
    """The same facts without the word 'danmarkskort'."""
    tot = r.randint(18, 52) / 2
    return [
        f"Ministeriet har i sommeren {year} offentliggjort den årlige opgørelse over, hvor stor en andel af kommunens afgørelser på socialområdet Ankestyrelsen har ændret, hjemvist eller ophævet. Opgørelsen omfatter klagesager afgjort i {year - 1}.",
        f"Kommunens samlede omgørelsesprocent er {str(tot).replace('.', ',')} %, hvilket placerer kommunen {'under' if tot < 25 else 'omkring' if tot < 30 else 'over'} landsgennemsnittet. Tallene for børnehandicap- og voksenhandicapområdet er gennemgået i bilaget.",
        "Kommunalbestyrelsen skal efter retssikkerhedsloven behandle opgørelsen og tage stilling til behovet for en handlingsplan.",
    ]


def stance_bullet(stance, r, plan):
    if stance == "no_need":
        return r.choice([
            "at der ikke er behov for at udarbejde en handlingsplan",
            "at der ikke udarbejdes en handlingsplan, idet det igangværende kvalitetsarbejde vurderes tilstrækkeligt",
            "at den eksisterende indsats for faglig kvalitet fortsættes, og at en særskilt handleplan ikke findes nødvendig",
            "at omgørelsesprocenterne ikke giver anledning til en handlingsplan",
            "at der på nuværende tidspunkt ikke iværksættes en plan til styrkelse af den juridiske kvalitet",
        ])
    return r.choice([
        f"at der udarbejdes {plan}",
        f"at forvaltningen udarbejder {plan}, som forelægges i 1. kvartal 2025",
        f"at der igangsættes {plan}",
    ])


def dk_item(m, r, ctx):
    """ctx: dict with stance (no_need/prepare/not_addressed/deferred), body ('council'/'committee'),
    year, council, committee, cdate (committee meeting date, for quotes), variant.
    Returns (title, sections, bullets, earlier decisions [(heading, text)], decision, extra)."""
    stance, year = ctx["stance"], ctx["year"]
    plan = r.choice(PLAN_NAMES)
    title = r.choice(TITLES_2024).replace("2024", str(year))
    bg = dk_background_plain(m, r, year) if "danmarkskort" not in title.lower() and r.random() < 0.5 else dk_background(m, r, year)
    council = ctx["council"]
    earlier = []
    v = ctx.get("variant") or r.choice(["plain", "ad", "vote", "amend", "minority", "words", "asked"])
    if stance in ("no_need", "prepare"):
        sb = stance_bullet(stance, r, plan)
        if v == "ad":
            bullets = ["at danmarkskortet og forvaltningens analyse tages til efterretning", sb]
            dec = r.choice(["Ad 1. Taget til efterretning.\nAd 2. Godkendt.", "Ad 1: Taget til efterretning. Ad 2: Indstillingen godkendt."])
        elif v == "vote" and ctx["body"] == "council":
            bullets = ["at orienteringen tages til efterretning", sb]
            n = r.randint(17, 25)
            dec = f"For stemte: A, C, V og O ({n}).\nImod stemte: F og Ø ({31 - n}).\nUndlod at stemme: ingen.\nIndstillingen er godkendt."
        elif v == "amend" and ctx["body"] == "council":
            if stance == "prepare":
                bullets = ["at danmarkskortet tages til efterretning", stance_bullet("no_need", r, plan)]
                dec = (f"Ændringsforslag fra {r.choice(['SF', 'Enhedslisten', 'Socialdemokratiet'])}: at der i stedet udarbejdes {plan}.\n"
                       f"For ændringsforslaget stemte {r.randint(16, 20)}, imod stemte {r.randint(8, 12)}. Ændringsforslaget er vedtaget.\n"
                       "Herefter godkendt med den vedtagne ændring.")
            else:
                bullets = ["at danmarkskortet tages til efterretning", sb]
                dec = (f"Ændringsforslag fra {r.choice(['Enhedslisten', 'SF', 'Alternativet'])}: at der udarbejdes {plan}.\n"
                       f"For ændringsforslaget stemte {r.randint(3, 9)}, imod stemte {r.randint(17, 24)}. Ændringsforslaget faldt.\n"
                       "Indstillingen blev herefter godkendt.")
        elif v == "minority":
            bullets = [sb] if stance == "no_need" else ["at kortet tages til efterretning", sb]
            if stance == "no_need":
                dec = f"Godkendt.\nEt mindretal ({r.choice(['Ø', 'F', 'Ø og Å'])}) ønskede at få udarbejdet en handlingsplan for børnehandicapområdet og kan ikke tilslutte sig beslutningen."
            else:
                dec = "Godkendt.\nEt mindretal (I) finder ikke, at der er behov for en særskilt plan, men tager beslutningen til efterretning."
        elif v == "words":
            bullets = ["at danmarkskortet drøftes", "at der tages stilling til, om der skal udarbejdes en handlingsplan"]
            if stance == "no_need":
                dec = r.choice([f"{council} drøftede omgørelsesprocenterne og besluttede, at der ikke skal udarbejdes en handlingsplan.",
                                f"Drøftet. {council} finder ikke anledning til at udarbejde en særskilt handlingsplan, da omgørelsesprocenten ligger under landsgennemsnittet.",
                                "Kortet blev drøftet. Der var enighed om, at det igangværende arbejde med faglig kvalitet er tilstrækkeligt, og at der ikke er brug for en handleplan."])
            else:
                dec = r.choice([f"{council} drøftede sagen og besluttede, at der skal udarbejdes {plan}.",
                                f"Drøftet. Forvaltningen udarbejder {plan}, som forelægges {ctx['committee']} i foråret 2025."])
        elif v == "asked":
            bullets = ["at danmarkskortet tages til efterretning", "at der tages stilling til behovet for en handlingsplan"]
            if stance == "no_need":
                dec = "Taget til efterretning. Der er ikke behov for en handlingsplan."
            else:
                dec = f"Taget til efterretning. Der udarbejdes {plan}."
        else:
            bullets = [sb]
            dec = r.choice(["Godkendt.", "Indstillingen godkendt.", "Godkendt som indstillet."]) if ctx["body"] == "council" else r.choice(["Godkendt.", "Anbefales.", "Indstillingen anbefales."])
        if ctx["body"] == "council" and ctx.get("cdate") and r.random() < 0.6:
            cd = ctx["cdate"]
            cdec = r.choice(["Anbefales.", "Indstillingen anbefales.", f"Anbefales over for {council}."])
            earlier.append((f"Beslutning i {ctx['committee']} den {long_date(cd, False)}", cdec))
            if v == "plain" and r.random() < 0.5:
                dec = f"Som indstillet af {ctx['committee']}."
    elif stance == "not_addressed":
        w = r.choice(["note", "drøftet", "otherplan", "asked_no"])
        if w == "note":
            bullets = ["at orienteringen om danmarkskortet tages til efterretning"]
            dec = r.choice(["Taget til efterretning.", "Orienteringen taget til efterretning."])
        elif w == "drøftet":
            bullets = ["at danmarkskortet drøftes"]
            dec = r.choice(["Drøftet.", f"{council} drøftede sagen."])
        elif w == "otherplan":
            title = f"Orientering fra socialområdet: omgørelsesprocenter {year} og status på handlingsplan for hjemløse"
            bg = bg + ["Samtidig forelægges status på Handlingsplan for hjemløse 2023-2026, hvor 4 af 7 indsatser er gennemført."]
            bullets = ["at orienteringen om omgørelsesprocenterne tages til efterretning", "at status på handlingsplanen for hjemløse godkendes"]
            dec = "Godkendt."
        else:
            bullets = ["at danmarkskortet tages til orientering", "at der tages stilling til, om der er behov for en handlingsplan"]
            dec = "Taget til orientering."
    else:  # deferred
        w = r.choice(["udsat", "back", "later"])
        bullets = [stance_bullet(r.choice(["no_need", "prepare"]), r, plan)]
        if w == "udsat":
            dec = r.choice(["Udsat.", "Sagen blev udsat til næste møde.", "Punktet blev udsat."])
        elif w == "back":
            dec = f"Sagen sendes tilbage til {ctx['committee']} til fornyet behandling med henblik på en nærmere vurdering af behovet for en handlingsplan."
        else:
            dec = f"Taget til efterretning. {council} udsætter stillingtagen til en handlingsplan, til forvaltningen har fremlagt en analyse af børnehandicapområdet."
    if ctx["body"] == "committee":
        dec = dec.replace(council + " ", "Udvalget ")
    return title, bg, bullets, earlier, dec


def misleading_item(kind, m, r, date):
    """Items that look like the map but are not a 2024 treatment; returns (title, bg, bullets, earlier, decision)."""
    if kind == "cykel":
        return (r.choice(["Danmarkskort over cykelstier – kommunens placering", "Kommunen på Danmarkskortet over offentlige ladestandere"]),
                [f"Cyklistforbundet/FDM har offentliggjort et danmarkskort, hvor {m['name']} ligger nr. {r.randint(10, 90)} af 98 kommuner.",
                 "Forvaltningen foreslår at udarbejde en handlingsplan for udbygning af infrastrukturen frem mod 2030."],
                ["at orienteringen tages til efterretning", "at forvaltningen udarbejder en handlingsplan for infrastrukturen"], [], "Godkendt.")
    if kind == "natur":
        return ("Grønt Danmarkskort – udpegning af naturområder",
                ["Kommuneplanens udpegning af Grønt Danmarkskort skal opdateres. Omgørelser i planklagenævnet har ikke været aktuelle."],
                ["at udpegningen sendes i høring"], [], "Godkendt.")
    if kind == "besk":
        return ("Omgørelsesprocenter på beskæftigelsesområdet 2023",
                [f"Ankestyrelsen har offentliggjort omgørelsesprocenter for sager om sygedagpenge, kontanthjælp og fleksjob. For {m['name']} blev {r.randint(15, 40)} % af de påklagede afgørelser ændret eller hjemvist.",
                 "Jobcentret har udarbejdet en handlingsplan for bedre partshøring i sygedagpengesager."],
                ["at orienteringen tages til efterretning", "at handlingsplanen for sygedagpengeområdet godkendes"], [],
                r.choice(["Godkendt.", "Ad 1. Taget til efterretning. Ad 2. Godkendt."]))
    if kind == "letter":
        return ("Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2023",
                [f"Ankestyrelsen har ved brev af {long_date(date - dt.timedelta(days=r.randint(12, 30)), False)} meddelt, at styrelsen har gennemgået kommunalbestyrelsens behandling af danmarkskortet 2023, og at styrelsen ikke foretager sig yderligere.",
                 "Ankestyrelsen gør opmærksom på, at danmarkskortet 2024 skal behandles inden årets udgang, og at kommunalbestyrelsen skal tage stilling til behovet for en handlingsplan."],
                ["at brevet tages til efterretning"], [], "Taget til efterretning.")
    raise ValueError(kind)


def meddelelse_item(m, r, committee, cdate, stance):
    what = "at der ikke er behov for en handlingsplan" if stance == "no_need" else "at forvaltningen udarbejder en handlingsplan"
    return ("Meddelelser",
            [f"Borgmesteren orienterede om, at {committee} den {long_date(cdate, False)} har behandlet danmarkskortet over omgørelsesprocenter 2024 og besluttet, {what}.",
             f"Borgmesteren orienterede om status for {r.choice(['byfesten', 'kommunens nye hjemmeside', 'venskabsbysamarbejdet'])}."],
            [], [], "Taget til efterretning.")
