"""All Danish wording of the independent20 corpus (written for this corpus)."""

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST = ["Anne", "Bo", "Camilla", "Dorthe", "Erik", "Frederik", "Gitte", "Hans", "Ida", "Jens",
         "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Susanne", "Torben", "Ulla",
         "Vibeke", "Søren", "Jørgen", "Birgitte", "Mads", "Lene", "Kristian", "Helle", "Åse", "Bjørn"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller",
        "Poulsen", "Johansen", "Knudsen", "Mortensen", "Østergaard", "Bæk", "Dahl", "Friis", "Holm"]
PARTIES = ["A", "V", "C", "F", "Ø", "O", "I", "B", "D", "Å", "M", "Æ"]

PLACES = ["Byrådssalen, Rådhuset", "Kommunalbestyrelsessalen", "Mødelokale 1, Rådhuset",
          "Rådhuset, Byrådssalen", "Administrationsbygningen, mødesal A", "Borgersalen"]

COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Børne- og Familieudvalget",
              "Udvalget for Social og Handicap", "Social-, Sundheds- og Ældreudvalget",
              "Voksen- og Handicapudvalget"]

# --- the map item --------------------------------------------------------------------------

DK_TITLES = [
    ("Danmarkskort over omgørelsesprocenter på socialområdet 2024", "plain"),
    ("Ankestyrelsens statistik over omgjorte afgørelser 2023", "figures"),
    ("Behandling af danmarkskortet 2024 og stillingtagen til handlingsplan", "plain"),
    ("Retssikkerhed på socialområdet - omgørelsesprocenter 2024", "plain"),
    ("Orientering om omgørelsesprocenter på social- og handicapområdet", "noyear"),
    ("Kvalitet i sagsbehandlingen - ministeriets kortlægning 2024", "plain"),
    ("Opfølgning på retssikkerhedslovens § 79 b - danmarkskortet", "noyear"),
    ("Klagesager på socialområdet - Danmarkskort 2024", "plain"),
]
REPORT_TITLES = ["Årsberetning 2024 om klager og retssikkerhed",
                 "Retssikkerhedsrapport 2024 for Social og Sundhed"]

DK_RESUME = [
    "Social-, Bolig- og Ældreministeriet har i juni 2024 offentliggjort danmarkskortet over "
    "omgørelsesprocenter på socialområdet. Efter retssikkerhedslovens § 79 b, stk. 1, skal "
    "{council_def} behandle resultatet på et møde inden årets udgang og tage stilling til, om der "
    "er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet.",
    "Sagen forelægges, fordi ministeriets årlige opgørelse af, hvor mange af kommunens afgørelser "
    "på det sociale område Ankestyrelsen har ændret, hjemvist eller ophævet, skal drøftes politisk "
    "inden udgangen af 2024.",
    "Ankestyrelsens tal for 2023 viser, hvor stor en andel af de påklagede afgørelser efter "
    "serviceloven, som blev omgjort. Tallene er samlet i ministeriets danmarkskort, der skal "
    "behandles af {council_def} hvert år.",
]

def dk_background(muni, r, figyear=2023):
    c = lambda x: str(x).replace('.', ',')
    tot, nat = c(r["tot"]), c(r["nat"])
    return [
        f"Danmarkskortet består af tre dele: et kort for hele socialområdet, et for "
        f"børnehandicapområdet og et for voksenhandicapområdet. Omgørelsesprocenterne for {figyear} "
        f"er opgjort på grundlag af de sager, Ankestyrelsen har afgjort i løbet af året.",
        f"For {muni} Kommune var omgørelsesprocenten på hele socialområdet {tot} pct. "
        f"(landsgennemsnit {nat} pct.). På børnehandicapområdet var andelen {c(r['born'])} pct., og på "
        f"voksenhandicapområdet {c(r['voks'])} pct. Kommunen placerer sig dermed som nr. {r['rank']} "
        f"af landets 98 kommuner.",
        "Forvaltningen har gennemgået de omgjorte sager. Omgørelserne skyldes især mangelfuld "
        "oplysning af sagerne og utilstrækkelige begrundelser, navnlig i sager om merudgifter, "
        "tabt arbejdsfortjeneste og borgerstyret personlig assistance.",
    ]

# recommendation bullets by key; {c} = council in definite form
REC = {
    "prep_handlingsplan": ("prepare", [
        "at danmarkskortet 2024 tages til efterretning",
        "at forvaltningen udarbejder en handlingsplan til styrkelse af den juridiske kvalitet på "
        "børnehandicapområdet, som forelægges udvalget i foråret 2025"]),
    "prep_indsatsplan": ("prepare", [
        "at {c} drøfter kommunens omgørelsesprocenter i forhold til andre kommuner",
        "at der igangsættes en indsatsplan for bedre afgørelser med fokus på oplysning og "
        "begrundelse af afgørelser på voksenhandicapområdet"]),
    "prep_ledelsestilsyn": ("prepare", [
        "at ledelsestilsynet med afgørelser efter serviceloven udvides til at omfatte alle "
        "afslag på merudgifter og tabt arbejdsfortjeneste",
        "at der i 2025 gennemføres et kvalitetsløft af sagsbehandlingen i Myndighed Handicap"]),
    "prep_gennemgang": ("prepare", [
        "at orienteringen om danmarkskortet tages til efterretning",
        "at der gennemføres en målrettet gennemgang af afgørelsespraksis på børnehandicapområdet, "
        "og at resultatet indgår i en plan for styrkelse af retssikkerheden"]),
    "noneed_existing": ("no_need", [
        "at danmarkskortet 2024 tages til efterretning",
        "at {c} vurderer, at der ikke er behov for at udarbejde en handlingsplan, idet den "
        "igangværende indsats »Styrket faglighed i myndighed« dækker de forhold, kortet peger på"]),
    "noneed_generic": ("no_need", [
        "at {c} tager resultaterne til efterretning",
        "at der ikke udarbejdes en handlingsplan på baggrund af danmarkskortet 2024"]),
    "noneed_grundlag": ("no_need", [
        "at {c} ikke finder grundlag for at gøre yderligere i anledning af danmarkskortet, da "
        "kommunens omgørelsesprocenter ligger under landsgennemsnittet"]),
    "noneed_quality": ("no_need", [
        "at {c} tager orienteringen til efterretning",
        "at kommunens eksisterende kvalitetsprogram med faglig sparring og stikprøver vurderes "
        "tilstrækkeligt, så der ikke iværksættes en særskilt handlingsplan"]),
    "open": ("not_addressed", [
        "at {c} drøfter danmarkskortet 2024",
        "at {c} tager stilling til, om der er behov for at udarbejde en handlingsplan"]),
    "noted": ("not_addressed", [
        "at orienteringen om danmarkskortet tages til efterretning"]),
    "noted_drøft": ("not_addressed", [
        "at {c} drøfter kommunens placering på danmarkskortet",
        "at orienteringen i øvrigt tages til efterretning"]),
}

# --- ordinary and distracting items ----------------------------------------------------------

ORDINARY = [
    ("Godkendelse af dagsorden", [], ["at dagsordenen godkendes"], "Godkendt."),
    ("Budgetopfølgning pr. 30. september 2024",
     ["Forvaltningen har udarbejdet budgetopfølgning for alle udvalg. Der forventes et mindreforbrug "
      "på serviceudgifterne på 4,2 mio. kr., mens overførselsudgifterne ventes at stige."],
     ["at budgetopfølgningen godkendes", "at tillægsbevillingerne i bilag 1 gives"], "Godkendt."),
    ("Takster for hjemmepleje og madservice 2025",
     ["Taksterne er beregnet efter gældende regler og fremskrevet med KL's pris- og lønskøn."],
     ["at taksterne for 2025 godkendes"], "Godkendt."),
    ("Lokalplan nr. 318 for boligområde ved Skovvænget - endelig vedtagelse",
     ["Planforslaget har været i offentlig høring i otte uger. Der er indkommet fire høringssvar."],
     ["at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen"],
     "Godkendt.\nInhabil: {person} deltog ikke i sagens behandling."),
    ("Kommunegaranti for lån til fjernvarmeværkets udvidelse",
     ["Varmeværket ansøger om kommunegaranti for et lån på 38 mio. kr. til en ny varmepumpe."],
     ["at der stilles kommunegaranti for lånet", "at garantiprovisionen fastsættes til 0,5 pct."],
     "Godkendt."),
    ("Trafiksikkerhedsplan 2025-2028",
     ["Planen er en handlingsplan for trafiksikkerhed med 24 konkrete tiltag ved skoleveje."],
     ["at handlingsplanen for trafiksikkerhed godkendes"], "Godkendt."),
    ("Salg af erhvervsgrund, matr.nr. 12ab",
     ["Der er modtaget et købstilbud på grunden, som har været udbudt i offentligt udbud."],
     ["at grunden sælges til den højestbydende"], "Godkendt."),
    ("Meddelelser", ["Borgmesteren orienterede om aktuelle sager."], [], "Orienteringen taget til efterretning."),
    ("Handicaprådets årsberetning 2023",
     ["Handicaprådet har afgivet sin årsberetning med rådets arbejde og høringssvar i 2023."],
     ["at årsberetningen tages til efterretning"], "Taget til efterretning."),
]

DISTRACT = {
    "beskaeft": ("Omgørelsesprocenter på beskæftigelsesområdet 2023",
        ["Ankestyrelsen offentliggør hvert år omgørelsesprocenter for afgørelser på "
         "beskæftigelsesområdet, blandt andet om sygedagpenge, fleksjob og kontanthjælp. "
         "Omgørelsesprocenten for kommunens jobcenter var {x} pct.",
         "Jobcentret har udarbejdet en handlingsplan for bedre sagsbehandling i "
         "sygedagpengesager. Sagen vedrører ikke danmarkskortet på socialområdet, som behandles "
         "særskilt."],
        ["at orienteringen om omgørelsesprocenter på beskæftigelsesområdet tages til efterretning",
         "at jobcentrets handlingsplan godkendes"], "Godkendt."),
    "klima": ("Danmarkskort over kommunernes klimahandling",
        ["KL og Realdania har offentliggjort et danmarkskort, der viser status for kommunernes "
         "klimahandlingsplaner. Kommunen er markeret som grøn, da planen er godkendt."],
        ["at orienteringen tages til efterretning",
         "at klimahandlingsplanen revideres i 2025"], "Taget til efterretning."),
    "natur": ("Danmarkskort over beskyttet natur - status for kommunen",
        ["Miljøministeriet har offentliggjort et nyt danmarkskort over arealer med beskyttet natur. "
         "Kommunen har en andel på {x} pct. af arealet."],
        ["at orienteringen tages til efterretning"], "Orienteringen taget til efterretning."),
    "turisme": ("Turismestrategi - kommunen på Danmarks kort",
        ["Visitorganisationen foreslår en kampagne, der skal sætte kommunen på Danmarks kort som "
         "destination for naturturisme."],
        ["at kampagnen igangsættes inden for den afsatte ramme"], "Godkendt."),
}

LETTER = ("Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2023",
    ["Ankestyrelsen har gennemgået alle kommuners behandling af danmarkskortet 2023 og har i brev "
     "af {ldate} meddelt, at styrelsen ikke foretager sig yderligere i forhold til {muni} Kommune.",
     "Styrelsen gør opmærksom på, at behandlingen af danmarkskortet 2024 skal ske på et møde i "
     "{council_def} inden årets udgang, og at der skal tages stilling til behovet for en "
     "handlingsplan."],
    ["at Ankestyrelsens brev tages til efterretning"], "Taget til efterretning.")

REPORT_SECTIONS = [
    ("1. Borgerrådgiverens henvendelser",
     "Borgerrådgiveren modtog 412 henvendelser i 2024, heraf 61 klager over sagsbehandlingstid."),
    ("2. Danmarkskortet 2024",
     None),
    ("3. Aktindsigt og tilsyn",
     "Der er behandlet 188 anmodninger om aktindsigt. Ankestyrelsen har ikke rejst tilsynssager."),
]
