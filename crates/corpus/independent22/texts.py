"""All Danish wording of independent22 (own text). Functions take a random.Random."""
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def d_long(d):
    return f"{d.day}. {MONTHS[d.month-1]} {d.year}"


def d_day(d):
    return f"{DAYS[d.weekday()]} den {d_long(d)}"


def d_dot(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_dash(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def kommune(m):
    if m["name"] == "København":
        return "Københavns Kommune"
    if m["name"] == "Bornholm":
        return "Bornholms Regionskommune"
    return m["name"] + " Kommune"


def pct(r, lo, hi):
    return f"{r.uniform(lo, hi):.1f}".replace(".", ",")


TITLES = [
    "Danmarkskort over omgørelsesprocenter 2023",
    "Ankestyrelsens danmarkskort 2023 - behandling efter retssikkerhedslovens § 79 b",
    "Omgørelsesprocenter på socialområdet - Danmarkskortet 2023",
    "Danmarkskortet 2023 og stillingtagen til handlingsplan",
    "Social-, Bolig- og Ældreministeriets danmarkskort 2023",
    "Behandling af danmarkskortet for 2023 (omgørelser på socialområdet)",
    "Retssikkerhed på socialområdet - årets danmarkskort",
]


def background(r, m, parts=True, compare=True):
    """Sagsfremstilling for a 2023 map item; parts/compare decide what the text discusses."""
    k = kommune(m)
    whole, land = pct(r, 18, 34), pct(r, 22, 27)
    paras = [r.choice([
        f"Social-, Bolig- og Ældreministeriet offentliggjorde i juni 2023 danmarkskortet over omgørelsesprocenter på socialområdet. Kortet viser, hvor stor en andel af de påklagede afgørelser, som Ankestyrelsen har ændret, hjemvist eller ophævet i 2022.",
        f"Danmarkskortet 2023 er offentliggjort af ministeriet og bygger på de klagesager, Ankestyrelsen afgjorde i løbet af 2022. Efter retssikkerhedslovens § 79 b, stk. 1, skal {m['council']} behandle kortet på et møde inden årets udgang.",
        f"Hvert år udgiver ministeriet et danmarkskort, der viser kommunernes omgørelsesprocenter i klagesager på det sociale område. Årets kort (2023) er nu tilgængeligt, og sagen forelægges, så {m['council']} kan behandle det, som loven kræver.",
    ])]
    if parts:
        paras.append(r.choice([
            f"Kortet består af tre dele: hele socialområdet, børnehandicapområdet og voksenhandicapområdet. For {k} er omgørelsesprocenten på hele socialområdet {whole} %, på børnehandicapområdet {pct(r, 20, 45)} % og på voksenhandicapområdet {pct(r, 15, 38)} %.",
            f"På børnehandicapområdet blev {pct(r, 20, 45)} % af de påklagede sager omgjort, og på voksenhandicapområdet {pct(r, 15, 38)} %. Samlet for hele socialområdet ligger omgørelsesprocenten på {whole} %.",
        ]))
    else:
        paras.append(f"Omgørelsesprocenten for {k} ligger samlet på {whole} %.")
    if compare:
        paras.append(r.choice([
            f"Til sammenligning er landsgennemsnittet {land} %. Kommunen placerer sig dermed {r.choice(['under', 'omkring', 'over'])} niveauet i sammenlignelige kommuner i regionen.",
            f"Landsgennemsnittet er {land} %. Forvaltningen har sammenholdt tallene med nabokommunerne, og forskellen skyldes især sager om merudgifter og ledsageordning.",
        ]))
    paras.append(r.choice([
        "Kommunalbestyrelsen skal samtidig tage stilling til, om der er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.",
        "Siden 1. juli 2022 skal det fremgå af behandlingen, om der er behov for en handlingsplan, der kan styrke den juridiske kvalitet i kommunens afgørelser.",
        "Ankestyrelsen har i sin tilbagemelding på sidste års behandling understreget, at det politiske niveau skal forholde sig til behovet for en handlingsplan.",
    ]))
    return paras


REC_PREPARE = [
    "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på socialområdet",
    "at forvaltningen udarbejder en plan for styrket retssikkerhed på børnehandicapområdet, som forelægges i foråret 2024",
    "at der igangsættes et målrettet kvalitetsprogram for afgørelserne på voksenhandicapområdet",
    "at forvaltningen udarbejder en handleplan for den juridiske kvalitet, der følger op på de områder, hvor kommunen ligger over landsgennemsnittet",
    "at der gennemføres en systematisk gennemgang af afgørelsespraksis (serviceeftersyn) med konkrete forbedringstiltag",
]
REC_NONEED = [
    "at der ikke udarbejdes en handlingsplan, idet den igangværende kvalitetsindsats vurderes at være tilstrækkelig",
    "at der ikke er behov for en særskilt handlingsplan, da kommunens juridiske kvalitetsprogram for 2022-2024 allerede dækker de områder, kortet peger på",
    "at der ikke er anledning til at udarbejde en handlingsplan, fordi omgørelsesprocenten er lav og den faste sagsgennemgang fortsætter",
    "at den eksisterende indsats med juridisk sparring og stikprøver videreføres, og at der derfor ikke udarbejdes en ny handlingsplan",
]
REC_NOTE = [
    "at orienteringen om danmarkskortet tages til efterretning",
    "at sagen tages til orientering",
]
REC_FIRST = [
    "at danmarkskortet 2023 tages til efterretning",
    "at omgørelsesprocenterne drøftes",
    "at orienteringen om kortets tre dele tages til efterretning",
]


def recommendation(r, stance):
    out = [r.choice(REC_FIRST)]
    if stance == "prepare":
        out.append(r.choice(REC_PREPARE))
    elif stance == "no_need":
        out.append(r.choice(REC_NONEED))
    else:
        out = [r.choice(REC_NOTE)]
    return out


def narrative(r, m, stance):
    c = m["council"]
    if stance == "prepare":
        return r.choice([
            f"{c} drøftede danmarkskortet, herunder de høje omgørelser på børnehandicapområdet set i forhold til andre kommuner. {c} besluttede, at forvaltningen skal udarbejde en indsatsplan for styrket juridisk kvalitet, som forelægges {m['committee']} i marts 2024.",
            f"Efter en drøftelse af kortets tre dele besluttede {c}, at der laves en handlingsplan med fokus på partshøring og begrundelser i afgørelserne. Planen forelægges til godkendelse i 2024.",
        ])
    return r.choice([
        f"{c} drøftede omgørelsesprocenterne og fandt, at den igangværende indsats med faglig ledelse og juridisk kvalitetssikring er tilstrækkelig. Der udarbejdes derfor ikke en handlingsplan.",
        f"{c} konstaterede, at kommunen ligger under landsgennemsnittet, og besluttede, at der ikke er behov for en handlingsplan ud over det eksisterende kvalitetsarbejde.",
    ])


DEFER = [
    "Sagen udsættes.",
    "Udsat til næste møde.",
    "Sagen sendes tilbage til udvalget med henblik på en nærmere belysning af omgørelserne på børnehandicapområdet.",
    "Sagen blev udsat, da {c} ønsker en uddybende redegørelse fra forvaltningen.",
]

ORDINARY = [
    ("Godkendelse af dagsorden", ["Dagsordenen forelægges til godkendelse."], ["at dagsordenen godkendes"], "Godkendt."),
    ("Takster for 2024 på ældre- og sundhedsområdet", ["Forvaltningen har beregnet taksterne for 2024 på grundlag af det vedtagne budget."], ["at takstbladet for 2024 godkendes"], "Godkendt."),
    ("Trafiksikkerhedsplan - handlingsplan 2024-2027", ["Handlingsplanen indeholder 14 projekter ved skoleveje og to rundkørsler."], ["at handlingsplanen for trafiksikkerhed godkendes"], "Godkendt."),
    ("Klimahandleplan - status og næste skridt", ["Kommunens klimahandleplan er godkendt i DK2020-samarbejdet. Status forelægges årligt."], ["at status tages til efterretning"], "Taget til efterretning."),
    ("Anlægsbevilling til renovering af skolens faglokaler", ["Der søges om en anlægsbevilling på 4,2 mio. kr. til faglokaler i udskolingen."], ["at der gives en anlægsbevilling på 4,2 mio. kr."], "Godkendt."),
    ("Budgetopfølgning pr. 30. september 2023", ["Forventet regnskab viser et merforbrug på de specialiserede områder, der modsvares af mindreforbrug på anlæg."], ["at budgetopfølgningen godkendes"], "Godkendt."),
    ("Danmarks kort over cykelruter - deltagelse i turismesamarbejde", ["Turistorganisationen inviterer kommunen med i et fælles kort over nationale cykelruter (\"Danmarks kort for cykelferie\")."], ["at kommunen deltager i samarbejdet"], "Godkendt."),
    ("Lukket punkt: Køb af ejendom", ["Sagen behandles for lukkede døre."], ["at forvaltningen bemyndiges"], "Godkendt."),
]

DISTRACT = {
    "employment": ("Ankestyrelsens omgørelsesprocenter på beskæftigelsesområdet 2023",
                   ["Ankestyrelsen har offentliggjort omgørelsesprocenter for klager over afgørelser om kontanthjælp, sygedagpenge og ressourceforløb. Der er tale om beskæftigelsesområdet, ikke socialområdet.",
                    "Omgørelsesprocenten for kommunen er 14,2 % mod 17,8 % på landsplan."],
                   ["at orienteringen tages til efterretning"], "Taget til efterretning."),
    "climate": ("Danmarkskort over kommunernes klimaplaner",
                ["CONCITO har udgivet et danmarkskort, der viser status for kommunernes klimaplaner. Kommunen er markeret som 'godkendt plan'."],
                ["at orienteringen tages til efterretning"], "Taget til efterretning."),
    "nature": ("Naturdanmarkskortet - udpegning af nye naturområder",
               ["Miljøministeriet har lanceret et danmarkskort over potentielle naturområder. Kommunen har tre arealer med på kortet."],
               ["at forvaltningen arbejder videre med udpegningen"], "Godkendt."),
}


def letter_item(r, m):
    return ("Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2022",
            [f"Ankestyrelsen har gennemgået kommunernes behandling af danmarkskortet for 2022 og har sendt brev til {m['council']}. Ankestyrelsen foretager sig ikke yderligere, men vejleder om behandlingen af kortet for 2023.",
             "Brevet peger på, at drøftelsen skal omfatte omgørelsesprocenterne set i forhold til andre kommuner og alle tre dele af kortet."],
            ["at brevet tages til efterretning"], "Taget til efterretning.")


def announcements(r, m):
    return ("Meddelelser", [r.choice([
        "Borgmesteren orienterede om, at danmarkskortet over omgørelsesprocenter behandles på næste møde.",
        "Orientering om KL's temadag om retssikkerhed, Ankestyrelsens webinar om danmarkskortet og kommende møder i Handicaprådet."])],
        [], "Orienteringen blev taget til efterretning.")
