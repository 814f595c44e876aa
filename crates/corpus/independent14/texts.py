# -*- coding: utf-8 -*-
"""All Danish wording of corpus 14. Written from scratch from DOMAIN.md / SYSTEMS.md and the
seeds; every function takes an rng (random.Random) so choices follow the build seed."""
import datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dfmt(d, rng):
    k = rng.randrange(4)
    if k == 0:
        return dlong(d)
    if k == 1:
        return d.strftime("%d.%m.%Y")
    if k == 2:
        return d.strftime("%d-%m-%Y")
    return f"{WEEKDAYS[d.weekday()]} den {dlong(d)}"


def dden(d, rng):
    """A date after a preposition: "den 26. september 2025", "den 26.09.2025", "fredag den 26. september 2025"."""
    k = rng.randrange(4)
    if k == 0:
        return f"den {dlong(d)}"
    if k == 1:
        return "den " + d.strftime("%d.%m.%Y")
    if k == 2:
        return "den " + d.strftime("%d-%m-%Y")
    return f"{WEEKDAYS[d.weekday()]} den {dlong(d)}"


PEOPLE = ["Anne Marie Holm (A)", "Jens Kristian Bech (V)", "Lise Østergaard (F)", "Søren Møller (C)",
          "Hanne Bøgh (Ø)", "Peter Sørensen (O)", "Mette Kjær (B)", "Torben Ågård (I)",
          "Karina Lund (A)", "Bjørn Rasmussen (V)", "Gitte Nørgaard (F)", "Ole Dæhnfeldt (K)"]

COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Børne- og Familieudvalget",
              "Udvalget for Voksne og Handicap", "Social-, Handicap- og Psykiatriudvalget",
              "Senior- og Socialudvalget"]

SOCIAL_COMMITTEES = COMMITTEES[1:]


def council_name(code, rng):
    if code == "101":
        return "Borgerrepræsentationen"
    return rng.choice(["Byrådet", "Kommunalbestyrelsen", "Byrådet", "Kommunalbestyrelsen"])


def council_short(cn):
    return {"Byrådet": "byrådet", "Kommunalbestyrelsen": "kommunalbestyrelsen",
            "Borgerrepræsentationen": "Borgerrepræsentationen"}[cn]


def genitive(cn):
    return {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens",
            "Borgerrepræsentationen": "Borgerrepræsentationens"}[cn]


def ministry(rng):
    return rng.choice(["Social-, Bolig- og Ældreministeriet", "Social-, Bolig- og Ældreministeriet",
                       "ministeriet"])


def casenr(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"Sagsnr.: 27.00.00-A00-{rng.randrange(1, 40)}-25"
    if k == 1:
        return f"Sag {rng.randrange(300, 900)}-2025-{rng.randrange(10000, 99999)}"
    if k == 2:
        return f"EMN-2025-{rng.randrange(1000, 99999):06d}"
    if k == 3:
        return f"Sagsnr. {rng.randrange(100000, 999999)}"
    return f"Dok. {rng.randrange(300, 900)}-2025-{rng.randrange(100000, 999999)}"


# ---------------------------------------------------------------- titles of the map item

def dk_title(kind, year, rng):
    """kind: a key that picks the title family; year: the map year (the title names it where the
    family does)."""
    fig = year - 1
    t = {
        "plain": [f"Danmarkskort {year} over omgørelsesprocenter på socialområdet",
                  f"Danmarkskortet {year} - omgørelsesprocenter på socialområdet",
                  f"Ankestyrelsens danmarkskort {year}"],
        "position": [f"Danmarkskort {year}: behandling og stillingtagen til handlingsplan",
                     f"Omgørelsesprocenter {year} - stillingtagen til behov for handlingsplan"],
        "noword": [f"Omgørelsesprocenter på det sociale område {year} (retssikkerhedslovens § 79 b)",
                   f"Årlig politisk behandling af kommunens omgørelser i sociale klagesager {year}",
                   f"Ministeriets kortlægning af omgørelsesprocenter {year} - børne- og voksenhandicap",
                   f"Retssikkerhed i socialsager: Ankestyrelsens opgørelse {year}"],
        "figures": [f"Omgørelsesprocenterne for {fig} på socialområdet",
                    f"Ankestyrelsens statistik for {fig} over omgjorte afgørelser på socialområdet"],
        "noyear": ["Orientering om danmarkskortet over omgørelsesprocenter",
                   "Omgørelsesprocenter på socialområdet - årlig behandling",
                   "Juridisk kvalitet i sagsbehandlingen - Ankestyrelsens omgørelser"],
    }[kind]
    return rng.choice(t)


# ---------------------------------------------------------------- background text

def dk_background(ctx, year, rng, avoid_word=False, figures_only=False):
    cn = ctx["council_s"]
    muni = ctx["name"]
    fig = year - 1
    tot = ctx["rate_total"]
    bh = ctx["rate_bh"]
    vh = ctx["rate_vh"]
    land = rng.choice(["27", "29", "31", "26"])
    mapw = "kortlægningen" if avoid_word else rng.choice(["danmarkskortet", "danmarkskortet", "kortet"])
    if figures_only:
        intro = (f"Ankestyrelsen har offentliggjort omgørelsesprocenterne for {fig} for alle landets "
                 f"kommuner på socialområdet.")
    elif avoid_word:
        intro = rng.choice([
            f"{ministry(rng)} har i {rng.choice(['juni', 'juli'])} {year} offentliggjort den årlige opgørelse af, "
            f"hvor stor en andel af kommunernes påklagede afgørelser på socialområdet Ankestyrelsen har "
            f"ændret, hjemvist eller ophævet.",
            f"Hvert år opgøres for alle kommuner, hvor mange af de påklagede afgørelser på socialområdet "
            f"der bliver omgjort i Ankestyrelsen. Tallene for {year} foreligger nu."])
    else:
        intro = rng.choice([
            f"{ministry(rng)} har offentliggjort danmarkskortet for {year} over omgørelsesprocenter "
            f"på socialområdet.",
            f"Danmarkskortet {year} er udkommet. Kortet viser, hvor stor en andel af kommunernes "
            f"afgørelser på socialområdet der ændres, hjemvises eller ophæves, når borgeren klager til "
            f"Ankestyrelsen.",
            f"Ankestyrelsen og {ministry(rng)} har sendt årets danmarkskort over omgørelsesprocenter til "
            f"kommunerne."])
    parts = [intro]
    parts.append(rng.choice([
        f"{muni} Kommunes samlede omgørelsesprocent på socialområdet er {tot} pct. mod {land} pct. på "
        f"landsplan. På børnehandicapområdet er procenten {bh} og på voksenhandicapområdet {vh}.",
        f"For hele socialområdet ligger kommunen på {tot} pct. (landsgennemsnit {land} pct.). "
        f"Opgjort på delområder er omgørelsesprocenten {bh} pct. på børnehandicapområdet og {vh} pct. "
        f"på voksenhandicapområdet.",
        f"Af {mapw} fremgår det, at {tot} pct. af de påklagede sager blev omgjort. Kommunen placerer sig "
        f"dermed {'over' if int(tot) > int(land) else 'under'} landsgennemsnittet på {land} pct. Børnehandicap: "
        f"{bh} pct. Voksenhandicap: {vh} pct."]))
    parts.append(rng.choice([
        f"Efter retssikkerhedslovens § 79 b, stk. 1, skal {cn} behandle resultaterne på et møde inden "
        f"årets udgang og tage stilling til, om der er behov for en handlingsplan til styrkelse af den "
        f"juridiske kvalitet i sagsbehandlingen.",
        f"Det følger af retssikkerhedsloven, at {cn} hvert år skal drøfte omgørelsesprocenterne set i "
        f"forhold til andre kommuner og tage stilling til, om der skal udarbejdes en handlingsplan.",
        f"Sagen forelægges, fordi {cn} efter lovgivningen skal behandle tallene inden udgangen af det år, "
        f"de offentliggøres, og forholde sig til behovet for en plan for den juridiske kvalitet."]))
    parts.append(rng.choice([
        "Forvaltningen har gennemgået de omgjorte sager. Hovedparten hjemvises, fordi sagen ikke var "
        "tilstrækkeligt oplyst, typisk på § 41 (merudgifter) og § 100 (merudgifter for voksne).",
        "Gennemgangen viser, at omgørelserne især skyldes mangelfuld partshøring og begrundelse, og at "
        "sagerne om tabt arbejdsfortjeneste (§ 42) fylder mest.",
        "Antallet af klagesager er lille på flere delområder, og procenterne kan derfor svinge betydeligt "
        "fra år til år. Forvaltningen peger særligt på sagerne om borgerstyret personlig assistance.",
        "De fleste omgørelser vedrører sager, hvor der er kommet nye oplysninger efter afgørelsen. "
        "Forvaltningen vurderer, at der er et forbedringspotentiale i brugen af faglige skøn."]))
    return parts


EXISTING_EFFORT = [
    "Kommunen har siden 2023 haft en juridisk kvalitetsenhed, der gennemgår stikprøver af afgørelser "
    "hvert kvartal og følger op med undervisning af sagsbehandlerne.",
    "Forvaltningen arbejder allerede med en fast kvalitetsmodel med sparring, faglig ledelse og "
    "juridisk gennemlæsning af alle afslag, før de sendes.",
    "Der er i forvejen en løbende kvalitetsindsats med månedlige sagsaudits og et tæt samarbejde med "
    "Ankestyrelsens læringsforløb.",
    "Socialafdelingen har i 2024 indført faste juridiske sparringsmøder, tjeklister for partshøring og en "
    "årlig intern praksisundersøgelse. Indsatsen evalueres i 2026.",
    "Med kvalitetsstrategien fra 2023 er der allerede fastlagt mål for sagsoplysning og begrundelse, og "
    "udviklingen følges kvartalsvis i ledelsesinformationen.",
]


def prepare_phrase(rng, cn):
    return rng.choice([
        "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen",
        "at forvaltningen udarbejder en plan for styrket retssikkerhed på handicapområdet, som forelægges "
        f"{cn} i foråret 2026",
        "at der iværksættes et målrettet kvalitetsprogram for afgørelser på børnehandicapområdet med "
        "afrapportering til udvalget hvert halve år",
        "at der udarbejdes en indsatsplan for bedre afgørelser, der bl.a. omfatter oplysning af sagerne, "
        "partshøring og begrundelser",
        "at forvaltningen udarbejder en udviklingsplan for den juridiske kvalitet med konkrete mål for "
        "omgørelsesprocenten",
        "at der gennemføres et serviceeftersyn af afgørelsespraksis på voksenhandicapområdet, og at "
        "resultatet samles i en handleplan",
    ])


def no_need_phrase(rng, cn):
    return rng.choice([
        "at der ikke udarbejdes en handlingsplan, idet den eksisterende kvalitetsindsats videreføres",
        "at der ikke er behov for en særskilt handlingsplan, da det igangværende arbejde med juridisk "
        "kvalitet vurderes at være tilstrækkeligt",
        f"at {cn} ikke finder anledning til at udarbejde en handlingsplan, men at forvaltningen fortsat "
        "følger udviklingen",
        "at kommunens faste kvalitetsarbejde på socialområdet fortsætter uændret, og at der ikke "
        "iværksættes yderligere",
    ])


def note_phrase(rng, cn):
    return rng.choice([
        "at orienteringen tages til efterretning",
        f"at {cn} tager danmarkskortet til efterretning",
        "at resultaterne drøftes",
        "at sagen tages til orientering",
    ])


# ---------------------------------------------------------------- distractor items

def distractor(kind, ctx, rng, meeting_date):
    """Returns (title, sections, decision_paragraphs, dk_item_or_None)."""
    cn = ctx["council_s"]
    muni = ctx["name"]
    if kind == "dk2020":
        return ("Danmarkskort over kommunernes klimaplaner (DK2020) - status",
                [("Sagsfremstilling", [f"CONCITO og KL har opdateret danmarkskortet over kommuner med en "
                  f"godkendt DK2020-klimaplan. {muni} Kommune er markeret som kommune med godkendt plan. "
                  "Klimahandlingsplanens næste revision ventes i 2026."]),
                 ("Indstilling", ["at status tages til efterretning"])],
                ["Taget til efterretning."], None)
    if kind == "natur":
        return ("Naturens Danmarkskort - kommunens bidrag med nye naturarealer",
                [("Sagsfremstilling", ["Miljøministeriet har lanceret et nationalt kort over beskyttet "
                  "natur. Kommunen kan indmelde arealer. Forvaltningen foreslår at indmelde 45 ha ved "
                  "ådalen."]),
                 ("Indstilling", ["at forvaltningen indmelder de foreslåede arealer"])],
                ["Godkendt."], None)
    if kind == "bredbaand":
        return ("Bredbånds- og mobildækning - ny kortlægning",
                [("Sagsfremstilling", ["Energistyrelsens danmarkskort over mobil- og bredbåndsdækning viser "
                  "huller i dækningen i de sydlige landdistrikter. Der foreslås en handlingsplan for "
                  "bedre dækning sammen med teleselskaberne."]),
                 ("Indstilling", ["at der udarbejdes en handlingsplan for digital infrastruktur"])],
                ["Godkendt."], None)
    if kind == "beskaeft":
        return ("Omgørelsesprocenter på beskæftigelsesområdet 2024",
                [("Sagsfremstilling", ["Ankestyrelsen har offentliggjort omgørelsesprocenter for "
                  "kommunernes afgørelser om sygedagpenge, ressourceforløb og fleksjob. Jobcentrets "
                  "omgørelsesprocent er 24 pct. Tallene er ikke en del af danmarkskortet på "
                  "socialområdet."]),
                 ("Indstilling", ["at orienteringen tages til efterretning",
                                  "at jobcentret udarbejder en handlingsplan for sygedagpengesagerne"])],
                ["Indstillingen godkendt."], None)
    if kind == "letter2024":
        return (rng.choice(["Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2024",
                            "Brev fra Ankestyrelsen om kommunens opfølgning på danmarkskort 2024"]),
                [("Sagsfremstilling", [f"Ankestyrelsen har gennemgået {genitive(ctx['council'])} behandling "
                  f"af danmarkskortet for 2024 den {dlong(datetime.date(2024, 12, rng.randrange(10, 19)))}. "
                  "Ankestyrelsen foretager sig ikke yderligere, men minder om, at kortet for 2025 skal "
                  "behandles inden årets udgang, og at alle tre delkort skal indgå i drøftelsen."]),
                 ("Indstilling", ["at brevet tages til efterretning"])],
                ["Taget til efterretning."], {"map_year": 2024, "action_plan": "not_addressed"})
    if kind == "status2024":
        return (rng.choice(["Status på handlingsplan for juridisk kvalitet (opfølgning på danmarkskort 2024)",
                            "Opfølgning på retssikkerhedsplanen fra 2024 - halvårsstatus"]),
                [("Sagsfremstilling", [f"{cn.capitalize()} besluttede i december 2024 på baggrund af danmarkskortet "
                  "for 2024 at der skulle udarbejdes en handlingsplan. Planen indeholder fire spor: "
                  "oplysning af sager, skriftlighed, kompetenceudvikling og ledelsestilsyn. Tre af "
                  "sporene er gennemført."]),
                 ("Indstilling", ["at status tages til efterretning"])],
                ["Taget til efterretning."], {"map_year": 2024, "action_plan": "not_addressed"})
    if kind == "feb2025_noyear":
        return ("Omgørelsesprocenter på socialområdet - opfølgning",
                [("Sagsfremstilling", ["Sagen blev ikke nået inden årsskiftet. Ankestyrelsens kort over "
                  "omgørelsesprocenter, som blev offentliggjort sidste sommer, viser for kommunen en "
                  "samlet omgørelsesprocent på 33 pct."]),
                 ("Indstilling", ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet"])],
                ["Godkendt."], {"map_year": 2024, "action_plan": "prepare"})
    if kind == "klima":
        return ("Klimahandlingsplan 2025-2030 - endelig vedtagelse",
                [("Sagsfremstilling", ["Klimahandlingsplanen har været i offentlig høring i otte uger. "
                  "Der er indkommet 14 høringssvar."]),
                 ("Indstilling", ["at klimahandlingsplanen vedtages endeligt"])],
                ["Godkendt. Enhedslisten stemte imod."], None)
    if kind == "trafik":
        return ("Trafiksikkerhedsplan og skolevejsanalyse",
                [("Sagsfremstilling", ["Forslag til handlingsplan for trafiksikkerhed med 22 projekter "
                  "omkring skolerne."]),
                 ("Indstilling", ["at handlingsplanen godkendes"])],
                ["Godkendt."], None)
    if kind == "budget":
        return (f"Budgetopfølgning pr. 30. september {meeting_date.year}",
                [("Sagsfremstilling", ["Der forventes et mindreforbrug på serviceudgifterne på 11,2 mio. kr., "
                  "mens det specialiserede socialområde har et merforbrug på 6,4 mio. kr."]),
                 ("Indstilling", ["at budgetopfølgningen godkendes"])],
                ["Godkendt."], None)
    if kind == "lokalplan":
        n = rng.randrange(100, 400)
        return (f"Lokalplan {n} for boligområde ved Skovvej - endelig vedtagelse",
                [("Sagsfremstilling", ["Lokalplanforslaget har været i høring. Der er ikke indkommet "
                  "bemærkninger, der giver anledning til ændringer."]),
                 ("Indstilling", [f"at lokalplan {n} vedtages endeligt"])],
                ["Godkendt."], None)
    if kind == "handicapraad":
        return ("Handicaprådets årsberetning 2024",
                [("Sagsfremstilling", ["Handicaprådet har i 2024 afgivet 19 høringssvar. Rådet har "
                  "blandt andet drøftet ventetider og sagsbehandling på voksenområdet."]),
                 ("Indstilling", ["at årsberetningen tages til efterretning"])],
                ["Taget til efterretning."], None)
    if kind == "meddelelser":
        return ("Meddelelser",
                [("Sagsfremstilling", [rng.choice([
                    "Borgmesteren orienterede om, at danmarkskortet over omgørelsesprocenter 2025 er "
                    "offentliggjort, og at Social- og Sundhedsudvalget har behandlet det.",
                    "Udvalgsformanden for det sociale område orienterede kort om årets omgørelsesprocenter "
                    "og udvalgets drøftelse af danmarkskortet."]),
                    "Kommunaldirektøren orienterede om status på rekruttering på ældreområdet."])],
                ["Orienteringen blev taget til efterretning."], None)
    if kind == "dagsorden":
        return ("Godkendelse af dagsorden", [], ["Dagsordenen blev godkendt."], None)
    raise KeyError(kind)
