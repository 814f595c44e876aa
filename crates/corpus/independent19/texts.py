# -*- coding: utf-8 -*-
"""All Danish wording of corpus independent19 (own text)."""
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def fmt_date(d, style):
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month-1]} {d.year}"
    raise ValueError(style)


COMMITTEES = ["Social- og Sundhedsudvalget", "Børne- og Familieudvalget", "Social- og Handicapudvalget",
              "Voksen- og Handicapudvalget", "Socialudvalget", "Velfærdsudvalget"]
OTHER_COMMITTEES = ["Økonomiudvalget", "Teknik- og Miljøudvalget", "Beskæftigelsesudvalget",
                    "Kultur- og Fritidsudvalget", "Plan- og Boligudvalget"]
LOOKALIKES = [  # (name, kind of document) — bodies that are not the council
    ("Det Fælleskommunale Socialudvalg", "committee"),
    ("Handicaprådet", "committee"),
    ("Udsatterådet", "committee"),
    ("Ældrerådet", "committee"),
    ("Fælles Beredskabskommission", "committee"),
]
SEMINARS = ["Temamøde for Byrådet", "Byrådsseminar", "Dialogmøde mellem Byrådet og Handicaprådet"]
PLACES = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen",
          "Rådhuset, lokale 2.14", "Borgersalen", "Mødecenter Nord, lokale A"]
NAMES = ["Anne Holm (A)", "Bent Kragh (V)", "Camilla Nørgaard (F)", "Dorthe Lund (C)", "Erik Bæk (O)",
         "Frida Østergaard (Ø)", "Gorm Skov (B)", "Hanne Dahl (I)", "Ib Mølgaard (A)", "Jette Krog (V)",
         "Karsten Hjorth (D)", "Lise Brøgger (Æ)", "Mads Friis (K)", "Nina Åberg (A)", "Ole Sønderby (V)"]

# ---------- recommendations ("Indstilling") ----------
REC = {
    "prepare": [
        "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på børnehandicapområdet",
        "at forvaltningen igangsætter en målrettet indsats for at bringe omgørelsesprocenten på voksenhandicapområdet ned, og at indsatsen samles i en handleplan, der forelægges udvalget i foråret 2027",
        "at der gennemføres en systematisk gennemgang af praksis i sager efter servicelovens §§ 41 og 42, og at resultatet samles i en handlingsplan for den juridiske kvalitet",
        "at {body} beslutter, at der skal udarbejdes en handlingsplan for retssikkerheden på socialområdet",
        "at der med afsæt i danmarkskortet udarbejdes en plan for styrkelse af den juridiske kvalitet, herunder faglig sparring og kursus i partshøring og begrundelse",
    ],
    "no_need": [
        "at der ikke udarbejdes en handlingsplan, da kommunens omgørelsesprocenter ligger under landsgennemsnittet på alle tre områder",
        "at {body} vurderer, at der ikke er behov for en handlingsplan, idet den igangværende kvalitetsindsats videreføres",
        "at der på baggrund af danmarkskortet ikke findes anledning til at udarbejde en særskilt handlingsplan",
        "at den eksisterende kvalitetsopfølgning anses for tilstrækkelig, og at der derfor ikke iværksættes en handlingsplan",
        "at {body} tager stilling til, at en handlingsplan ikke er nødvendig, da omgørelserne fortsat falder",
    ],
    "not_addressed": [
        "at orienteringen om danmarkskortet tages til efterretning",
        "at sagen tages til orientering",
        "at {body} drøfter resultaterne i danmarkskortet",
    ],
}
DECISION_SAME = ["Godkendt.", "Indstillingen godkendt.", "Tiltrådt.", "Som indstillet.",
                 "Indstillingen blev godkendt uden afstemning.", "Godkendt som indstillet."]
DECISION_COMMITTEE = ["Anbefales.", "Indstillingen anbefales over for {council}.", "Anbefales godkendt.",
                      "Udvalget anbefaler indstillingen."]
DECISION_NOTE = ["Taget til efterretning.", "Orienteringen blev taget til efterretning.", "Drøftet.",
                 "Til orientering."]
DECISION_DEFER = ["Udsat.", "Punktet blev udsat til et senere møde.", "Sagen genoptages på et senere møde.",
                  "Udsat, idet forvaltningen skal belyse sagen yderligere."]
OWN_DECISION_TEXT = {
    "prepare": ["{body} besluttede, at der udarbejdes en handlingsplan, som forelægges i løbet af 2027.",
                "{body} besluttede at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet."],
    "no_need": ["{body} besluttede, at der ikke er behov for en handlingsplan.",
                "{body} fandt ikke anledning til at udarbejde en handlingsplan."],
}

TITLES_DK = [
    "Danmarkskort {y} – omgørelsesprocenter på socialområdet",
    "Ankestyrelsens danmarkskort over omgørelsesprocenter {y}",
    "Behandling af danmarkskortet for {y}",
    "Danmarkskortet over omgørelsesprocenter – stillingtagen til handlingsplan",
    "Omgørelsesprocenter på socialområdet, danmarkskort {y}",
    "Retssikkerhedslovens § 79 b – danmarkskortet {y}",
]


def dk_background(y, muni, rates, pubdate):
    whole, child, adult, nat = rates
    return [
        f"Social-, Bolig- og Ældreministeriet offentliggjorde den {pubdate} danmarkskortet {y} over omgørelsesprocenter på socialområdet. "
        f"Kortet viser for hver kommune, hvor stor en andel af de påklagede afgørelser Ankestyrelsen har ændret, hjemvist eller ophævet.",
        f"For {muni} er omgørelsesprocenten på hele socialområdet {whole} %, mod {nat} % på landsplan. "
        f"På børnehandicapområdet er andelen {child} %, og på voksenhandicapområdet {adult} %.",
        "Efter retssikkerhedslovens § 79 b, stk. 1, skal kommunalbestyrelsen behandle danmarkskortet på et møde inden udgangen af det år, "
        "hvor kortet offentliggøres, og tage stilling til, om der er behov for en handlingsplan til styrkelse af den juridiske kvalitet.",
    ]


def letter_background(muni):
    return [
        f"Ankestyrelsen har i brev af marts 2026 meddelt {muni}, at styrelsen har gennemgået kommunalbestyrelsens behandling af danmarkskortet 2025.",
        "Styrelsen har ikke fundet grundlag for at foretage sig yderligere, men minder om, at der også fremover skal tages stilling til behovet for en handlingsplan.",
    ]


NOISE = [
    ("Godkendelse af dagsorden", ["Dagsordenen forelægges til godkendelse."], "at dagsordenen godkendes", "Godkendt."),
    ("Budgetopfølgning pr. 30. september 2026", ["Forvaltningen har udarbejdet budgetopfølgning for alle udvalg. Der forventes et mindreforbrug på serviceudgifterne på 4,2 mio. kr."],
     "at budgetopfølgningen godkendes", "Godkendt."),
    ("Lokalplan 1127 – boliger ved Skovvej, endelig vedtagelse", ["Forslaget har været i offentlig høring i otte uger. Der er indkommet tre høringssvar, som er besvaret i vedlagte notat."],
     "at lokalplanen vedtages endeligt med de ændringer, der fremgår af notatet", "Godkendt."),
    ("Klimahandlingsplan – status 2026", ["Kommunen følger DK2020-rammen. Status viser, at CO2-udledningen fra kommunens egne bygninger er faldet med 18 % siden 2020.",
                                         "Handlingsplanen revideres i 2027."],
     "at status tages til efterretning", "Taget til efterretning."),
    ("Takster for 2027", ["Taksterne er fremskrevet med den forventede pris- og lønudvikling."], "at taksterne for 2027 godkendes", "Godkendt."),
    ("Trafiksikkerhedsplan – handlingsplan 2027-2030", ["Planen omfatter 23 projekter ved skoleveje og en kampagne for cyklister."],
     "at handlingsplanen for trafiksikkerhed vedtages", "Godkendt."),
    ("Salg af grund – Industrivej 14", ["Lukket punkt."], "at salget godkendes", "Godkendt."),
    ("Meddelelser", ["Borgmesteren orienterede om kommende arrangementer i december."], None, "Taget til efterretning."),
    ("Anlægsbevilling til renovering af svømmehal", ["Der søges om en anlægsbevilling på 12,5 mio. kr. finansieret af kassebeholdningen."],
     "at der gives en anlægsbevilling på 12,5 mio. kr.", "Godkendt."),
    ("Borgerrådgiverens årsberetning 2025", ["Borgerrådgiveren har modtaget 212 henvendelser i 2025, flest om sagsbehandlingstid og om aktindsigt.",
                                            "Beretningen indeholder ingen særskilt gennemgang af klagesager på socialområdet."],
     "at årsberetningen tages til efterretning", "Taget til efterretning."),
    ("Handicaprådets årsberetning", ["Handicaprådet har i årets løb afgivet 14 høringssvar, blandt andet om tilgængelighed i nye byggerier."],
     "at beretningen tages til efterretning", "Taget til efterretning."),
]

DISTRACTORS = {
    "employment": ("Omgørelsesprocenter på beskæftigelsesområdet 2026",
                   ["Ankestyrelsen har offentliggjort omgørelsesprocenter for sager om sygedagpenge, kontanthjælp og fleksjob.",
                    "Kommunens omgørelsesprocent på beskæftigelsesområdet er 14 %, hvilket er lavere end landsgennemsnittet. Tallene indgår ikke i ministeriets danmarkskort på socialområdet."],
                   "at orienteringen tages til efterretning", "Taget til efterretning."),
    "climate_map": ("Danmarkskort over kommunernes klimaplaner",
                    ["CONCITO har offentliggjort et danmarkskort, der viser status for kommunernes klimahandlingsplaner.",
                     "Kommunen er markeret som en af de kommuner, der har vedtaget en fuld DK2020-plan."],
                    "at orienteringen tages til efterretning", "Taget til efterretning."),
    "bike_map": ("Vejdirektoratets danmarkskort over cykelstier – kommunens placering",
                 ["Vejdirektoratet har udgivet et danmarkskort over sammenhængende cykelstinet. Forvaltningen peger på tre strækninger med huller i nettet."],
                 "at forvaltningen udarbejder en handlingsplan for de manglende strækninger", "Godkendt."),
    "nature_map": ("Danmarkskort over naturområder – Grønt Danmarkskort",
                   ["Det Grønne Danmarkskort udpeger potentielle naturområder. Forvaltningen har opdateret udpegningen i kommuneplanen."],
                   "at udpegningen godkendes", "Godkendt."),
}

ANNOUNCE_MENTION = "Borgmesteren oplyste, at danmarkskortet over omgørelsesprocenter behandles på et kommende møde."
