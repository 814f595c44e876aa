"""Content of the meetings: ordinary business, misleading items, danmarkskort items. Standard library only."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dnum(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def dweek(d):
    return f"{DAYS[d.weekday()]} den {dlong(d)}"


def weekday_near(d, wd):
    """the day with weekday wd in the week of d"""
    return d + dt.timedelta(days=wd - d.weekday())


class Item:
    def __init__(self, title, resume="", sag=None, indst=None, chain=None, dec="Godkendt.",
                 absent=None, dk=None, closed=False, extra=None):
        self.title, self.resume = title, resume
        self.sag = sag or []
        self.indst = indst or []
        self.chain = chain or []          # [(body, date, text)] earlier decisions
        self.dec = dec
        self.absent = absent
        self.dk = dk                      # (map_year, stance) for gold, or None
        self.closed = closed
        self.extra = extra or []          # [(heading, [paragraphs])]
        self.case = ""


PLACES = ["Byrådssalen", "Rådhuset, mødesal 1", "Kommunalbestyrelsessalen", "Mødelokale A, Rådhuset",
          "Byrådssalen, Rådhuset", "Borgersalen", "Udvalgsværelset, 2. sal"]
STREETS = ["Søndergade", "Kirkevej", "Engvej", "Skolevej", "Møllebakken", "Havnegade", "Stationsvej",
           "Bøgevej", "Toftevej", "Lærkevej", "Industrivej", "Grønningen"]
SCHOOLS = ["Nørreskolen", "Vestre Skole", "Søndermarkskolen", "Byskolen", "Engskolen", "Østre Skole"]
PARTIES = ["A", "B", "C", "D", "F", "I", "K", "O", "V", "Æ", "Ø", "Å"]
NAMES = ["Mette Holm", "Jens Kristensen", "Anne Sofie Dahl", "Lars Bach", "Pia Mortensen", "Søren Vestergaard",
         "Hanne Lund", "Morten Friis", "Birgitte Skov", "Kim Thomsen", "Louise Eriksen", "Henrik Nørgaard",
         "Camilla Juhl", "Peter Møller", "Rikke Bjerre", "Ole Madsen", "Trine Kjær", "Jesper Brandt"]


def vote_parties(rng, n=None):
    ps = rng.sample(PARTIES, n or rng.randint(3, 6))
    return sorted(ps, key=PARTIES.index)


def plist(ps):
    return ", ".join(ps[:-1]) + " og " + ps[-1] if len(ps) > 1 else ps[0]


def absent_line(rng):
    return f"{rng.choice(['Fraværende', 'Fraværende med afbud', 'Ikke til stede', 'Afbud'])}: {rng.choice(NAMES)} ({rng.choice(PARTIES)})"


# ---------------------------------------------------------------- ordinary business
def ordinary(rng, council, kind, date, town):
    """a pool of ordinary items, each a function returning an Item; varied texts"""
    y = date.year
    st = rng.choice(STREETS)
    sk = rng.choice(SCHOOLS)
    amount = rng.randint(2, 48) * 250
    lp = f"{rng.randint(1, 9)}.{rng.randint(10, 99)}"
    ny = y + 1 if date.month >= 8 else y
    pool = []
    pool.append(lambda: Item(f"Lokalplan {lp} for boliger ved {st} – endelig vedtagelse",
        f"Forslag til lokalplan {lp} har været i offentlig høring i 8 uger. Der er indkommet {rng.randint(2, 14)} høringssvar.",
        [f"Lokalplanen giver mulighed for op til {rng.randint(12, 80)} boliger i tæt-lav bebyggelse på et areal ved {st} i {town}.",
         "Høringssvarene vedrører primært trafik til og fra området, parkering og bevaring af det eksisterende læhegn. "
         "Forvaltningen foreslår, at læhegnet sikres i planens § 9, mens de øvrige bemærkninger ikke giver anledning til ændringer."],
        ["at lokalplan " + lp + " vedtages endeligt med de ændringer, der fremgår af høringsnotatet",
         "at kommuneplantillæg nr. " + str(rng.randint(3, 30)) + " vedtages endeligt"],
        dec=rng.choice(["Godkendt.", "Indstillingen godkendt.", f"Godkendt. {rng.choice(PARTIES)} stemte imod."])))
    pool.append(lambda: Item(f"Anlægsbevilling til renovering af {sk}",
        f"Der søges om en anlægsbevilling på {amount} t.kr. til renovering af tag og klimaskærm på {sk}.",
        ["Bygningsgennemgangen fra foråret viste fugtskader i tagkonstruktionen over faglokalerne. "
         "Arbejdet udføres i sommerferien " + str(ny) + " for at begrænse generne for undervisningen.",
         f"Beløbet finansieres af det afsatte rådighedsbeløb til skolerenovering i budget {y}-{y + 3}."],
        [f"at der gives en anlægsbevilling på {amount} t.kr. til renovering af {sk}",
         "at rådighedsbeløbet frigives"],
        dec=rng.choice(["Godkendt.", "Anbefales.", "Indstillingen tiltrådt."]),
        extra=[("Økonomiske konsekvenser", [f"Udgiften på {amount} t.kr. afholdes inden for anlægsrammen."])]))
    pool.append(lambda: Item(f"Takster for {ny}",
        f"Forvaltningen har udarbejdet forslag til takster for {ny} på baggrund af det vedtagne budget.",
        ["Taksterne er fremskrevet med KL's pris- og lønskøn. Taksten for madservice stiger med "
         f"{rng.randint(1, 4)},{rng.randint(0, 9)} pct., mens forældrebetalingen i dagtilbud reguleres efter dagtilbudsloven."],
        [f"at takstoversigten for {ny} godkendes"], dec="Godkendt."))
    pool.append(lambda: Item("Budgetopfølgning pr. " + rng.choice(["31. marts", "30. juni", "30. september"]),
        "Budgetopfølgningen viser et forventet mindreforbrug på serviceudgifterne og et merforbrug på det specialiserede socialområde.",
        [f"Der forventes samlet et mindreforbrug på {rng.randint(3, 40)},{rng.randint(0, 9)} mio. kr. på serviceudgifterne. "
         f"På det specialiserede voksenområde forventes et merforbrug på {rng.randint(2, 19)} mio. kr., der skyldes flere borgere i botilbud.",
         "Forvaltningen følger udviklingen tæt og forelægger en ny opfølgning til efteråret."],
        ["at budgetopfølgningen tages til efterretning", "at de foreslåede omplaceringer godkendes"],
        dec=rng.choice(["Taget til efterretning og godkendt.", "Ad 1. Taget til efterretning. Ad 2. Godkendt.", "Godkendt."])))
    pool.append(lambda: Item(f"Ansøgning om kommunegaranti for lån til {town} Fjernvarme",
        f"{town} Fjernvarme a.m.b.a. ansøger om kommunegaranti for et lån på {rng.randint(8, 90)} mio. kr. i KommuneKredit.",
        ["Lånet skal finansiere udskiftning af transmissionsledning og en ny varmepumpe. Garantien påvirker ikke kommunens låneramme.",
         "Der opkræves en garantiprovision på 0,5 pct. af restgælden, jf. kommunens praksis."],
        ["at der meddeles kommunegaranti for lånet", "at der opkræves garantiprovision"],
        dec="Godkendt."))
    pool.append(lambda: Item("Valg af nyt medlem til " + rng.choice(["Folkeoplysningsudvalget", "Ældrerådet", "bestyrelsen for Musikskolen", "Integrationsrådet"]),
        f"{rng.choice(NAMES)} har søgt om fritagelse for hvervet af personlige grunde.",
        ["Efter den kommunale styrelseslov udpeges et nyt medlem af den gruppe, der har indstillet det udtrædende medlem."],
        ["at der udpeges et nyt medlem efter indstilling fra gruppen"],
        dec=f"{rng.choice(NAMES)} blev udpeget. Godkendt."))
    pool.append(lambda: Item(f"Salg af ejendommen {st} {rng.randint(2, 90)}",
        "Sagen behandles for lukkede døre.", [], [], dec="Godkendt.", closed=True))
    pool.append(lambda: Item(f"Forslag fra {rng.choice(['Enhedslisten', 'Socialistisk Folkeparti', 'Det Konservative Folkeparti', 'Venstre', 'Dansk Folkeparti'])} om gratis frugt i SFO",
        "Forslaget er optaget på dagsordenen efter anmodning, jf. styrelseslovens § 11.",
        ["Forslagsstillerne foreslår, at alle børn i SFO tilbydes et stykke frugt om eftermiddagen. Udgiften skønnes til "
         f"{rng.randint(4, 12) * 100} t.kr. årligt."],
        ["at forslaget drøftes"],
        dec=f"Forslaget blev sat til afstemning. For stemte: {plist(vote_parties(rng, 2))}. Imod stemte: {plist(vote_parties(rng, 3))}. Forslaget faldt."))
    pool.append(lambda: Item("Tilsynsrapporter fra Styrelsen for Patientsikkerhed – plejecentre",
        "Der har været gennemført tilsyn på to plejecentre. Tilsynene er afsluttet uden påbud.",
        ["På det ene plejecenter blev der givet anbefalinger om medicinhåndtering, som er fulgt op med undervisning af personalet."],
        ["at tilsynsrapporterne tages til efterretning"], dec="Taget til efterretning."))
    pool.append(lambda: Item("Vintertjeneste – nyt regulativ " + f"{ny}-{ny + 2}",
        "Regulativet for vintervedligeholdelse og renholdelse af veje er revideret.",
        ["Stierne langs skolevejene flyttes op i klasse 1, så de ryddes før kl. 7.00."],
        ["at regulativet godkendes"], dec=rng.choice(["Godkendt.", "Anbefales godkendt."])))
    pool.append(lambda: Item("Samarbejdsaftale med Erhvervshus " + rng.choice(["Midtjylland", "Sydjylland", "Fyn", "Sjælland", "Hovedstaden", "Nordjylland"]),
        "Den årlige aftale om lokal erhvervsservice skal godkendes.",
        ["Aftalen fastlægger mål for vejledning af iværksættere og virksomheder i vækst."],
        ["at aftalen godkendes"], dec="Godkendt."))
    pool.append(lambda: Item("Orientering fra Regionsrådet om sygehusplan og nærbehandling",
        "Regionsrådet har vedtaget en plan for udflytning af ambulante funktioner.",
        ["Planen har betydning for kommunens akutfunktion og for samarbejdet i sundhedsklyngen. Regionsrådets beslutning ændrer ikke kommunens budget."],
        ["at orienteringen tages til efterretning"], dec="Taget til efterretning."))
    pool.append(lambda: Item("Frigivelse af midler til cykelsti langs " + rng.choice(["Landevejen", "Ringvejen", "Kystvejen", "Åvej"]),
        f"Der søges om frigivelse af {amount} t.kr. til projektering og anlæg.",
        ["Projektet har opnået tilsagn om medfinansiering fra Vejdirektoratets cykelpulje på 40 pct."],
        ["at rådighedsbeløbet frigives", "at projektet igangsættes"],
        dec=rng.choice(["Godkendt.", "Anbefales over for Byrådet." if kind == "committee" else "Godkendt."])))
    pool.append(lambda: Item("Kvalitetsstandard for praktisk hjælp og personlig pleje",
        "Den årlige revision af kvalitetsstandarderne efter servicelovens §§ 83 og 83 a.",
        ["Ældrerådet og Handicaprådet har afgivet høringssvar. Standarden præciserer visitationen til rengøring hver anden uge."],
        ["at kvalitetsstandarderne godkendes"], dec="Godkendt."))
    pool.append(lambda: Item("Ændring af styrelsesvedtægt",
        "Styrelsesvedtægten ændres, så der nedsættes et § 17, stk. 4-udvalg om bosætning.",
        ["Ændringen kræver to behandlinger i " + council + " med mindst 6 dages mellemrum."],
        ["at ændringen godkendes (2. behandling)"], dec="Godkendt."))
    pool.append(lambda: Item("Mødeplan for " + str(ny),
        "Forslag til mødekalender for " + str(ny) + " for " + council + " og de stående udvalg.",
        ["Møderne foreslås afholdt kl. 17.00 som hidtil. Budgetseminaret placeres i august."],
        ["at mødeplanen godkendes"], dec="Godkendt."))
    rng.shuffle(pool)
    return pool


def meddelelser(rng, extra=None):
    lines = [rng.choice(["Borgmesteren orienterede om status på ", "Orientering om "]) +
             rng.choice(["forhandlingerne om busbetjening.", "vejarbejdet på Hovedgaden.", "den nye daginstitution.",
                         "kommunens deltagelse i Folkemødet."])]
    if extra:
        lines.append(extra)
    return Item(rng.choice(["Meddelelser", "Borgmesterens meddelelser", "Orientering fra borgmesteren", "Meddelelser og orientering"]),
                "", lines, [], dec=rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.", "Intet."]))


def first_item(rng):
    return Item(rng.choice(["Godkendelse af dagsorden", "Godkendelse af dagsordenen", "Dagsorden"]), "", [], [],
                dec=rng.choice(["Godkendt.", "Dagsordenen blev godkendt.", "Godkendt uden bemærkninger."]))


# ---------------------------------------------------------------- misleading items
def misleading(rng, council, town, kind, date):
    y = date.year
    out = [
        lambda: Item("Støjhandlingsplan 2024-2028 og Miljøstyrelsens danmarkskort over vejstøj",
            "Miljøstyrelsen har offentliggjort den nye støjkortlægning, et danmarkskort over vejstøj, som danner grundlag for kommunens støjhandlingsplan.",
            [f"Kortlægningen viser, at ca. {rng.randint(300, 4000)} boliger i {town} er belastet af vejstøj over 58 dB.",
             "Handlingsplanen prioriterer støjreducerende asfalt på de mest belastede strækninger."],
            ["at forslag til støjhandlingsplan sendes i offentlig høring i 8 uger"], dec="Godkendt."),
        lambda: Item("Bredbåndspuljen – Energistyrelsens danmarkskort over mobil- og bredbåndsdækning",
            "Energistyrelsens årlige danmarkskort over bredbåndsdækning viser, at dele af landdistrikterne fortsat mangler hurtigt bredbånd.",
            ["Forvaltningen foreslår at medfinansiere ansøgninger til bredbåndspuljen for de adresser, der ifølge kortet har under 30 Mbit/s."],
            [f"at der afsættes {rng.randint(2, 9) * 100} t.kr. til medfinansiering"], dec=rng.choice(["Godkendt.", "Anbefales."])),
        lambda: Item("Klimatilpasning – nyt danmarkskort over risiko for oversvømmelse",
            "Klimadatastyrelsen har udgivet et opdateret danmarkskort over områder med risiko for oversvømmelse fra havet og vandløb.",
            ["Kortet indgår i revisionen af kommunens klimatilpasningsplan og i arbejdet med DK2020-klimahandlingsplanen."],
            ["at orienteringen tages til efterretning"], dec="Taget til efterretning."),
        lambda: Item(f"Omgørelsesprocenter på beskæftigelsesområdet {y - 1}",
            "Ankestyrelsens statistik over klagesager på beskæftigelsesområdet viser kommunens omgørelsesprocent for sygedagpenge og ressourceforløb.",
            [f"Omgørelsesprocenten for sager om sygedagpenge var {rng.randint(8, 30)} pct. mod {rng.randint(12, 25)} pct. på landsplan. "
             "Jobcentret har iværksat faglig sparring om dokumentation i sagerne.",
             "Sagen vedrører lov om aktiv beskæftigelsesindsats og lov om sygedagpenge og ikke socialområdet."],
            ["at orienteringen tages til efterretning"], dec="Taget til efterretning."),
        lambda: Item("Klager over ejendomsvurderinger – Skatteankestyrelsens omgørelser",
            "Orientering om Skatteankestyrelsens behandling af klager over grundværdier i kommunen.",
            [f"Skatteankestyrelsen har omgjort {rng.randint(20, 45)} pct. af de påklagede vurderinger. Kommunen er ikke part i sagerne, men provenuet påvirkes."],
            ["at orienteringen tages til efterretning"], dec="Taget til efterretning."),
        lambda: Item(f"Trafiksikkerhedsplan – handlingsplan {y + 1}-{y + 4}",
            "Forslag til ny handlingsplan for trafiksikkerhed med fokus på skoleveje.",
            ["Handlingsplanen indeholder 14 projekter, bl.a. hævede flader ved skoler og 40 km/t-zoner i boligområder."],
            ["at handlingsplanen for trafiksikkerhed godkendes", "at der udarbejdes en årlig status"], dec="Godkendt."),
        lambda: Item("Klimahandlingsplan (DK2020) – statusrapport",
            "Status på kommunens klimahandlingsplan for " + str(y) + ".",
            ["CO2-udledningen fra kommunens egne bygninger er faldet med 11 pct. Der er behov for at udarbejde en handlingsplan for landbrugets udledning."],
            ["at statusrapporten godkendes"], dec="Godkendt."),
        lambda: Item(f"Handlingsplan for økonomisk balance i budget {y + 1}",
            "Økonomiudvalget har bedt om en handlingsplan, der kan bringe budgettet i balance.",
            [f"Forvaltningen har udarbejdet forslag til tilpasninger for {rng.randint(10, 40)} mio. kr., herunder på det specialiserede område."],
            ["at handlingsplanen sendes til høring i MED-systemet"], dec=rng.choice(["Godkendt.", "Anbefales."])),
        lambda: Item("Turisme – deltagelse i kampagnen \"Danmarks kort\" med VisitDenmark",
            "Destinationsselskabet foreslår, at kommunen deltager i VisitDenmarks kampagne med et digitalt Danmarks kort over oplevelser og cykelruter.",
            [f"Deltagelsen koster {rng.randint(50, 200)} t.kr. og finansieres af turismepuljen."],
            ["at kommunen deltager i kampagnen"], dec="Godkendt."),
        lambda: Item("Handlingsplan for nedbringelse af sygefravær",
            "Hovedudvalget har drøftet sygefraværet, der er steget på ældreområdet.",
            ["Handlingsplanen indeholder tidlig dialog og et samarbejde med jobcentret om delvis raskmelding."],
            ["at handlingsplanen tages til efterretning"], dec="Taget til efterretning."),
    ]
    rng.shuffle(out)
    return out


def letter_2022(rng, council, date):
    """Ankestyrelsen's letter about the council's treatment of the 2022 map: an item about last year's map"""
    t = rng.choice(["Ankestyrelsens tilbagemelding på kommunens behandling af danmarkskortet 2022",
                    "Orientering: Brev fra Ankestyrelsen om opfølgning på danmarkskortet for 2022",
                    "Ankestyrelsens gennemgang af behandlingen af danmarkskort 2022"])
    return Item(t,
        f"Ankestyrelsen har gennemgået {council}s behandling af danmarkskortet 2022 og meddelt, at styrelsen ikke foretager sig yderligere.",
        ["Ankestyrelsen har i brev af 22. september 2023 gennemgået samtlige kommuners behandling af danmarkskortet 2022. "
         "Styrelsen gør opmærksom på, at behandlingen af danmarkskortet for 2023 skal ske på et møde i kommunalbestyrelsen inden årets udgang, "
         "og at der skal tages stilling til behovet for en handlingsplan.",
         "Brevet vedlægges som bilag."],
        ["at orienteringen tages til efterretning"],
        dec=rng.choice(["Taget til efterretning.", "Orienteringen taget til efterretning.", "Til efterretning."]),
        dk=(2022, "not_addressed"))


# ---------------------------------------------------------------- the danmarkskort item
DK_TITLES = ["Danmarkskort over omgørelsesprocenter 2023",
             "Ankestyrelsens danmarkskort 2023 – omgørelsesprocenter på socialområdet",
             "Danmarkskortet 2023 og stillingtagen til handlingsplan",
             "Behandling af danmarkskortet for 2023 (retssikkerhedslovens § 79 b)",
             "Omgørelsesprocenter på socialområdet – danmarkskort 2023",
             "Social-, Bolig- og Ældreministeriets danmarkskort 2023",
             "Orientering om danmarkskortet og behov for handlingsplan",
             "Retssikkerhed på socialområdet – danmarkskortet 2023"]

NO_NEED = ["at der ikke udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen",
           "at {c} beslutter, at der ikke er behov for en handlingsplan, idet kommunens omgørelsesprocent ligger under landsgennemsnittet",
           "at {c} finder, at der ikke er anledning til at udarbejde en handlingsplan, og at det igangværende kvalitetsarbejde fortsætter",
           "at det besluttes, at der på baggrund af danmarkskortet ikke er behov for en særskilt handlingsplan",
           "at der ikke er behov for at udarbejde en handlingsplan for den juridiske kvalitet på socialområdet"]
PREPARE = ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på socialområdet",
           "at forvaltningen udarbejder en kvalitetsplan for sagsbehandlingen på børnehandicapområdet, som forelægges udvalget i foråret 2024",
           "at der iværksættes en indsats for bedre sagsbehandling på voksenhandicapområdet, som udmøntes i en plan med mål og opfølgning",
           "at der udarbejdes en plan for den juridiske kvalitet i afgørelserne efter serviceloven",
           "at forvaltningen udarbejder en handleplan, der skal nedbringe omgørelsesprocenten på børnehandicapområdet",
           "at {c} beslutter at udarbejde en handlingsplan, og at udvalget følger op på den i 2024"]
NOTE = ["at orienteringen om danmarkskortet 2023 tages til efterretning",
        "at danmarkskortet tages til efterretning",
        "at orienteringen tages til efterretning"]


def dk_numbers(rng):
    tot, land = rng.randint(11, 34), rng.randint(17, 22)
    b, v = rng.randint(9, 45), rng.randint(8, 40)
    return tot, land, b, v


def dk_item(rng, council, stance, body_kind, rec=None, title=None):
    """stance: the item's own body's position; rec: the recommendation's stance when it differs"""
    rec = rec or stance
    tot, land, b, v = dk_numbers(rng)
    c = council
    sag = [
        rng.choice([
            "Social-, Bolig- og Ældreministeriet har offentliggjort danmarkskortet for 2023 over omgørelsesprocenter på socialområdet. "
            "Kortet viser, hvor stor en andel af de påklagede afgørelser Ankestyrelsen har ændret, hjemvist eller ophævet.",
            "Ministeriet udgiver hvert år et danmarkskort over kommunernes omgørelsesprocenter i klagesager på det sociale område. "
            "Danmarkskortet 2023 bygger på Ankestyrelsens afgørelser i 2022.",
            "Danmarkskortet for 2023 er offentliggjort. Det består af et overordnet kort for hele socialområdet og to underliggende kort for "
            "børnehandicapområdet og voksenhandicapområdet."]),
        f"Kommunens samlede omgørelsesprocent er {tot} pct. mod {land} pct. på landsplan. På børnehandicapområdet er omgørelsesprocenten "
        f"{b} pct., og på voksenhandicapområdet {v} pct. " + rng.choice([
            "Antallet af klagesager er lavt, og procenterne svinger derfor fra år til år.",
            "Hovedparten af omgørelserne skyldes mangelfuld oplysning af sagerne og begrundelser.",
            "Sammenlignet med nabokommunerne ligger kommunen i midterfeltet."]),
        "Efter retssikkerhedslovens § 79 b skal kommunalbestyrelsen behandle danmarkskortet på et møde inden årets udgang og "
        "tage stilling til, om der er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.",
    ]
    if rec == "no_need":
        sag.append(rng.choice([
            "Forvaltningen vurderer, at der ikke er behov for en handlingsplan, da omgørelserne ikke viser et systematisk problem. "
            "Der arbejdes fortsat med faglig sparring og juridisk kvalitetssikring.",
            "Forvaltningens samlede vurdering er, at den løbende kvalitetssikring er tilstrækkelig."]))
        indst = [rng.choice(NOTE), rng.choice(NO_NEED).format(c=c)]
    elif rec == "prepare":
        sag.append(rng.choice([
            "Forvaltningen foreslår en målrettet indsats, da omgørelsesprocenten på børnehandicapområdet er steget for andet år i træk.",
            "Der er behov for at styrke dokumentationen og partshøringen, og forvaltningen anbefaler derfor en plan for den juridiske kvalitet."]))
        indst = [rng.choice(NOTE), rng.choice(PREPARE).format(c=c)]
    else:
        indst = [rng.choice(NOTE)]
    return Item(title or rng.choice(DK_TITLES),
                f"Sagen forelægges med henblik på {c}s behandling af danmarkskortet 2023, jf. retssikkerhedslovens § 79 b.",
                sag, indst, dk=(2023, stance),
                extra=[("Beslutningskompetence", [c if body_kind == "council" else rng.choice([c, "Udvalget"])])] if rng.random() < .4 else [])
