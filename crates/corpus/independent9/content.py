"""Wording families for corpus 9. Each variant is tagged with the half it may appear in:
'd' = dev only, 'h' = holdout only, 'b' = both. Written for this corpus; no text is copied."""

# ---------------------------------------------------------------- item titles (2024 social map)
TITLES = [
    ("b", "Danmarkskort 2024 over omgørelsesprocenter på socialområdet"),
    ("d", "Ankestyrelsens statistik over omgørelser 2024"),
    ("h", "Omgørelsesprocenter på socialområdet"),
    ("b", "Kommunens afgørelser i Ankestyrelsen – årlig behandling"),
    ("d", "Retssikkerhed på socialområdet – omgørelsesprocenter 2024"),
    ("h", "Retssikkerhed på socialområdet"),
    ("d", "Behandling af danmarkskortet for 2024"),
    ("h", "Social-, Bolig- og Ældreministeriets kort over omgørelser – stillingtagen til handlingsplan"),
    ("b", "Orientering om omgørelsesprocenter i klagesager på social- og handicapområdet"),
    ("d", "Årlig politisk behandling af omgørelsesprocenter (§ 79 b)"),
    ("h", "Klagesager i Ankestyrelsen 2023 – kommunens resultater"),
]

# ---------------------------------------------------------------- background paragraphs
def background(c):
    """c: dict with muni, council, tot, avg, bh, bh_avg, vh, vh_avg, pubdate"""
    opts = [
        ("b", [
            f"Social-, Bolig- og Ældreministeriet offentliggjorde den {c['pubdate']} det årlige danmarkskort over omgørelsesprocenter på socialområdet. Kortet viser for hver kommune, hvor stor en andel af de påklagede afgørelser, som Ankestyrelsen har ændret, hjemvist eller ophævet i 2023.",
            f"{c['muni']} Kommunes samlede omgørelsesprocent er {c['tot']} pct. Landsgennemsnittet er {c['avg']} pct. På børnehandicapområdet er kommunens omgørelsesprocent {c['bh']} pct. (landsgennemsnit {c['bh_avg']} pct.), og på voksenhandicapområdet er den {c['vh']} pct. (landsgennemsnit {c['vh_avg']} pct.).",
            f"Efter retssikkerhedslovens § 79 b skal {c['council_def']} behandle kortet på et møde inden udgangen af året og tage stilling til, om der er behov for at udarbejde en handlingsplan for at styrke den juridiske kvalitet i sagsbehandlingen.",
        ]),
        ("d", [
            f"Ankestyrelsen offentliggør hvert år tal for, hvor mange af kommunernes afgørelser på socialområdet der bliver omgjort, når borgeren klager. Årets tal blev offentliggjort i juni 2024 og omfatter klagesager afgjort i 2023.",
            f"For {c['muni']} Kommune er {c['tot']} pct. af de realitetsbehandlede klagesager blevet omgjort, hvilket er {'lavere' if c['tot'] < c['avg'] else 'højere'} end landsgennemsnittet på {c['avg']} pct. På børnehandicapområdet er tallet {c['bh']} pct. og på voksenhandicapområdet {c['vh']} pct.",
            "Tallene skal ses i sammenhæng med antallet af klager. Et lille antal sager kan give store udsving fra år til år.",
        ]),
        ("h", [
            f"Sagen forelægges som led i den årlige behandling af ministeriets kortlægning af omgørelsesprocenter, jf. § 79 b i lov om retssikkerhed og administration på det sociale område. Kortlægningen for 2024 blev offentliggjort den {c['pubdate']}.",
            f"Kommunens omgørelsesprocent på hele socialområdet er opgjort til {c['tot']} (hele landet: {c['avg']}). For børnehandicapområdet er tallet {c['bh']} mod {c['bh_avg']} på landsplan, og for voksenhandicapområdet {c['vh']} mod {c['vh_avg']}.",
            f"Kommunerne skal have behandlet kortlægningen senest den 31. december 2024, og Ankestyrelsen har bedt om at modtage referatet senest den 31. januar 2025.",
        ]),
        ("b", [
            f"Hvert år udgiver ministeriet et kort, der viser kommunernes omgørelsesprocenter i sager, der er påklaget til Ankestyrelsen. Kortet har tre dele: hele socialområdet, børnehandicapområdet og voksenhandicapområdet.",
            f"I {c['muni']} Kommune blev {c['tot']} pct. af sagerne omgjort i 2023 (landsplan {c['avg']} pct.). Tallene for børnehandicapområdet og voksenhandicapområdet er henholdsvis {c['bh']} pct. og {c['vh']} pct.",
            "Forvaltningen har gennemgået de omgjorte sager. Hovedparten af omgørelserne skyldes manglende oplysning af sagen og mangelfuld begrundelse, mens en mindre del skyldes nye oplysninger i klagesagen.",
        ]),
        ("d", [
            f"Danmarkskortet for 2024 er kommet. Kommunens samlede omgørelsesprocent er {c['tot']} pct., og i sidste års kort var den {c['tot']+2} pct. Landsgennemsnittet er i år {c['avg']} pct.",
            ["Hele socialområdet: " + f"{c['tot']} pct. (landet {c['avg']} pct.)", f"Børnehandicapområdet: {c['bh']} pct. (landet {c['bh_avg']} pct.)", f"Voksenhandicapområdet: {c['vh']} pct. (landet {c['vh_avg']} pct.)"],
            "Den største andel af omgørelserne vedrører merudgifter efter servicelovens § 41 og § 100 samt ledsagelse efter § 97.",
        ]),
        ("h", [
            f"Ankestyrelsen traf i 2023 afgørelse i {c['tot']*7} klagesager fra {c['muni']} Kommune på socialområdet. Heraf blev {c['tot']*7*c['tot']//100} afgørelser ændret, ophævet eller hjemvist til fornyet behandling, svarende til en omgørelsesprocent på {c['tot']}.",
            f"Landsgennemsnittet er {c['avg']} pct. Tallene fremgår af ministeriets danmarkskort, som blev offentliggjort den {c['pubdate']}.",
            ["Børnehandicapområdet: " + f"{c['bh']} pct.", f"Voksenhandicapområdet: {c['vh']} pct."],
            "Afdelingen har siden 2022 arbejdet med faglige kvalitetsmøder, hvor omgjorte sager gennemgås.",
        ]),
        ("b", [
            f"Sagen handler om kommunens resultater i Ankestyrelsens omgørelsesstatistik, som hvert år opgøres for hele socialområdet, børnehandicapområdet og voksenhandicapområdet. Årets opgørelse blev offentliggjort sidst i juni 2024.",
            f"{c['muni']} Kommune ligger med en omgørelsesprocent på {c['tot']} {'under' if c['tot'] < c['avg'] else 'over'} landsgennemsnittet på {c['avg']}. På børnehandicapområdet er tallet {c['bh']}, på voksenhandicapområdet {c['vh']}.",
            "Kommunalbestyrelsen skal efter § 79 b i retssikkerhedsloven behandle opgørelsen inden årets udgang og i den forbindelse tage stilling til behovet for en handlingsplan.",
        ]),
    ]
    return opts


# ---------------------------------------------------------------- recommendation bullets
REC_NO_NEED = [
    ("b", "at der ikke udarbejdes en handlingsplan"),
    ("d", "at {council_def} på baggrund af kommunens placering på kortet ikke finder anledning til yderligere tiltag"),
    ("h", "at den eksisterende kvalitetsindsats på socialområdet videreføres uændret, og at der ikke udarbejdes en særskilt plan"),
    ("b", "at {council_def} vurderer, at der ikke er behov for en handlingsplan til styrkelse af den juridiske kvalitet"),
    ("d", "at der ikke iværksættes særskilte initiativer, da kommunens omgørelsesprocent ligger under landsgennemsnittet"),
    ("h", "at {council_def} beslutter, at en handleplan ikke er nødvendig på nuværende tidspunkt"),
]
REC_PREPARE = [
    ("b", "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen"),
    ("d", "at forvaltningen udarbejder en plan for at styrke den juridiske kvalitet på voksenhandicapområdet"),
    ("h", "at der igangsættes et kvalitetsprojekt på børnehandicapområdet med afrapportering til {council_def} i 2025"),
    ("d", "at forvaltningen udarbejder en opfølgningsplan, som forelægges {committee} og {council_def} i første halvår 2025"),
    ("h", "at der udarbejdes en indsatsplan for bedre afgørelser på børne- og familieområdet"),
    ("b", "at {council_def} godkender den vedlagte handleplan for styrkelse af retssikkerheden på socialområdet"),
]
REC_NOTE = [
    ("b", "at orienteringen om omgørelsesprocenterne tages til efterretning"),
    ("d", "at {council_def} tager redegørelsen til efterretning"),
    ("h", "at sagen tages til orientering"),
]
REC_OPEN = [
    ("b", "at {council_def} drøfter kommunens omgørelsesprocenter og tager stilling til, om der skal udarbejdes en handlingsplan"),
    ("d", "at {council_def} tager stilling til behovet for en handlingsplan"),
    ("h", "at {council_def} drøfter resultaterne og beslutter, om der er behov for yderligere initiativer"),
]

# ---------------------------------------------------------------- decisions approving the recommendation
DEC_APPROVE = [
    ("b", "Godkendt."),
    ("d", "Indstillingen blev godkendt."),
    ("h", "Som indstillet."),
    ("d", "Tiltrådt."),
    ("h", "Anbefalingen fra {committee} blev fulgt."),
    ("b", "{council} besluttede at følge indstillingen."),
    ("d", "Vedtaget med 19 stemmer mod 6."),
    ("h", "Et flertal (A, V, F) godkendte indstillingen. Et mindretal (O) stemte imod."),
    ("b", "Indstillingen blev godkendt uden afstemning."),
    ("d", "{committee}s indstilling godkendt."),
    ("h", "Godkendt. For stemte: A, C, F, V og Ø (21). Imod stemte: D og O (4)."),
    ("d", "Godkendt. Enstemmigt."),
    ("d", "Godkendt med 22 stemmer mod 3. Imod stemte O, der ønskede sagen udsat."),
    ("h", "{council} godkendte indstillingen enstemmigt."),
]

# decisions naming the points of a two-point recommendation (1: note, 2: the stance)
DEC_POINTS = [
    ("d", "Ad 1. Taget til efterretning. Ad 2. Godkendt."),
    ("h", "Pkt. 1 og 2 godkendt."),
    ("b", "Indstillingens to punkter blev godkendt."),
    ("h", "Ad 1: Til efterretning.\nAd 2: Anbefalingen blev godkendt med 23 stemmer for, 2 undlod at stemme (Ø)."),
    ("d", "1. Taget til efterretning.\n2. Godkendt."),
]

# stance stated in the decision itself (recommendation is open)
DEC_NO_NEED = [
    ("b", "{council} finder ikke anledning til yderligere tiltag på baggrund af omgørelsesprocenterne."),
    ("d", "Kommunens omgørelsesprocent ligger under landsgennemsnittet, og der iværksættes ikke særskilte initiativer."),
    ("h", "{council} finder ikke behov for en plan. Den eksisterende kvalitetsindsats videreføres."),
    ("b", "{council} besluttede, at der ikke skal udarbejdes en handlingsplan, idet den igangværende kvalitetsindsats vurderes at være tilstrækkelig."),
    ("d", "Godkendt, idet {council_def} ikke finder grundlag for at udarbejde en handlingsplan."),
    ("h", "Der var enighed om, at de nuværende tiltag – faglig sparring, juridisk screening af afgørelser og løbende opfølgning i ledelsen – er tilstrækkelige, og at der derfor ikke er behov for en særskilt handlingsplan."),
]
DEC_PREPARE = [
    ("b", "Forvaltningen udarbejder en plan for at styrke den juridiske kvalitet, som forelægges {council_def} i foråret 2025."),
    ("d", "Der igangsættes et kvalitetsprojekt på børnehandicapområdet med afrapportering til {council_def}."),
    ("h", "{council} besluttede, at der udarbejdes en handleplan for børne- og voksenhandicapområdet."),
    ("d", "Godkendt, idet der udarbejdes en opfølgningsplan med konkrete mål for nedbringelse af omgørelsesprocenten."),
    ("h", "{council} ønsker en indsatsplan for bedre afgørelser, som behandles i {committee} og derefter i {council_def}."),
    ("b", "Drøftet. {council} besluttede, at der skal udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet."),
]

# decisions leaving the position open
DEC_NOTE = [
    ("b", "Taget til efterretning."),
    ("d", "Orienteringen blev taget til efterretning."),
    ("h", "Til efterretning."),
    ("b", "{council} tog sagen til orientering. Forvaltningen vender tilbage med en vurdering af behovet for en handlingsplan."),
    ("d", "Drøftet og taget til efterretning."),
    ("h", "Orienteringen taget til efterretning. Forvaltningen vender tilbage til sagen i det nye år."),
]
DEC_BACK = [
    ("b", "Drøftet. Sagen sendes tilbage til {committee} med henblik på en nærmere vurdering."),
    ("d", "Sagen blev sendt tilbage til {committee}."),
    ("h", "{council} besluttede at sende sagen tilbage til fornyet behandling i {committee}."),
]
DEC_DEFER = [
    ("b", "Udsat."),
    ("d", "Sagen blev udsat til næste møde."),
    ("h", "Punktet udsættes."),
    ("d", "Udsat efter anmodning fra Venstre."),
    ("h", "Sagen blev udsat, idet {council_def} ønsker en uddybende redegørelse."),
]

# committee decisions (own stance of the committee item)
COMMITTEE_DEC = {
    "no_need": [
        ("b", "{committee} anbefaler over for {council_def}, at der ikke udarbejdes en handlingsplan."),
        ("d", "Anbefales, idet udvalget ikke finder behov for en handlingsplan."),
        ("h", "Udvalget finder ikke anledning til yderligere tiltag og anbefaler indstillingen."),
    ],
    "prepare": [
        ("b", "{committee} anbefaler, at der udarbejdes en handlingsplan."),
        ("d", "Anbefales godkendt, idet forvaltningen udarbejder en plan for bedre afgørelser på voksenhandicapområdet."),
        ("h", "Udvalget anbefaler, at der igangsættes et kvalitetsprojekt med afrapportering i 2025."),
    ],
    "not_addressed": [
        ("b", "Orienteringen blev taget til efterretning."),
        ("d", "Til orientering."),
        ("h", "Drøftet. Taget til efterretning."),
    ],
}

# ---------------------------------------------------------------- misleading and filler items
def distractors(c):
    """(tag, key, title, paragraphs, recommendation bullets, decision) – none is about the 2024 social map."""
    return [
        ("b", "noise", "Strategisk støjkortlægning 2024 og støjhandlingsplan",
         ["Miljøstyrelsen har offentliggjort et nyt danmarkskort over vejstøj. Kortet viser, hvor mange boliger der er belastet med støj over den vejledende grænseværdi.",
          "Kommunen skal på baggrund af kortlægningen udarbejde en støjhandlingsplan inden udgangen af 2024."],
         ["at støjkortlægningen tages til efterretning", "at forvaltningen udarbejder forslag til støjhandlingsplan"], "Godkendt."),
        ("d", "broadband", "Bredbåndspuljen 2025 – ansøgning om medfinansiering",
         ["Energistyrelsens danmarkskort over bredbåndsdækning viser, at 312 adresser i kommunen fortsat ikke har adgang til 100 Mbit/s.",
          "Forvaltningen foreslår, at kommunen afsætter 0,5 mio. kr. til medfinansiering."],
         ["at der afsættes 0,5 mio. kr. til medfinansiering af bredbåndsprojekter"], "Godkendt."),
        ("h", "climate", "Klimatilpasningsplan – høring",
         ["Det nationale danmarkskort over risiko for oversvømmelse fra havet er opdateret. Kommunens udkast til klimatilpasningsplan bygger på de nye data.",
          "Handlingsplanen indeholder 14 konkrete indsatser frem mod 2030."],
         ["at udkast til klimatilpasningsplan sendes i offentlig høring i 8 uger"], "Indstillingen blev godkendt."),
        ("b", "employment", "Omgørelsesprocenter på beskæftigelsesområdet 2023",
         ["Ankestyrelsen har offentliggjort omgørelsesprocenter for klager over afgørelser om sygedagpenge, kontanthjælp og ressourceforløb.",
          f"Jobcentrets omgørelsesprocent er {c['emp']} pct. mod {c['emp_avg']} pct. på landsplan. Tallene indgår i jobcentrets løbende kvalitetsarbejde."],
         ["at orienteringen tages til efterretning"], "Taget til efterretning."),
        ("d", "tax", "Skatteankestyrelsens omgørelser af ejendomsvurderinger",
         ["Skatteankestyrelsen har i 2023 omgjort 38 pct. af de påklagede ejendomsvurderinger i kommunen. Sagen har betydning for grundskylden.",
          "Forvaltningen forventer en mindre tilbagebetaling i 2025."],
         ["at orienteringen tages til efterretning"], "Taget til orientering."),
        ("h", "building", "Klager over byggesager – omgørelser i Byggeklagenævnet 2023",
         ["Byggeklagenævnet og Planklagenævnet har i 2023 behandlet 11 klager over kommunens afgørelser i byggesager. To afgørelser blev omgjort.",
          "Forvaltningen har på den baggrund justeret sin praksis for partshøring."],
         ["at orienteringen tages til efterretning"], "Til efterretning."),
        ("b", "budget", "Budget 2025-2028 – 2. behandling",
         ["Budgetforliget omfatter en handlingsplan for økonomisk balance på det specialiserede socialområde.",
          "Der henvises til det vedlagte budgetmateriale."],
         ["at budgetforslaget vedtages"], "Vedtaget med 21 stemmer mod 4."),
        ("b", "traffic", "Trafiksikkerhedsplan 2024-2030",
         ["Forvaltningen har udarbejdet en ny trafiksikkerhedsplan med tilhørende handlingsplan for skolevejene."],
         ["at trafiksikkerhedsplanen godkendes"], "Godkendt."),
        ("b", "localplan", f"Lokalplan nr. {c['lp']} for boligområde ved {c['street']} – endelig vedtagelse",
         ["Forslaget har været i offentlig høring i 8 uger. Der er indkommet tre høringssvar, som er behandlet i den vedlagte hvidbog."],
         ["at lokalplanen vedtages endeligt"], "Godkendt."),
        ("b", "handicap", "Handicaprådets årsberetning 2023",
         ["Handicaprådet har i 2023 holdt ti møder. Rådet har blandt andet drøftet tilgængelighed i den kollektive trafik, kommunens nye boligplan og Ankestyrelsens omgørelsesprocenter på voksenhandicapområdet.",
          "Årsberetningen sendes til orientering i byrådet, jf. rådets vedtægt."],
         ["at årsberetningen tages til efterretning"], "Taget til efterretning."),
        ("d", "quality", "Kvalitetsstandarder 2025 for socialpædagogisk støtte (§ 85)",
         ["Kvalitetsstandarderne er revideret, så de afspejler Ankestyrelsens seneste principafgørelser om støtte i eget hjem.",
          "Handicaprådet har afgivet høringssvar, som er vedlagt."],
         ["at kvalitetsstandarderne godkendes"], "Godkendt."),
        ("h", "appeals", "Klager over visitation til hjemmehjælp 2023",
         ["Ankestyrelsen behandlede i 2023 14 klager over kommunens afgørelser om personlig og praktisk hjælp efter servicelovens § 83. Tre afgørelser blev ændret.",
          "Forvaltningen følger op på sagerne i den interne kvalitetsgruppe."],
         ["at orienteringen tages til efterretning"], "Til efterretning."),
        ("b", "tariff", "Takster 2025 for ældreområdet",
         ["Taksterne er beregnet efter de gældende regler og er vedlagt som bilag."],
         ["at taksterne godkendes"], "Godkendt."),
    ]

# Ankestyrelsen's letter about last year's (2023) map
LETTER_2023 = [
    ("b", "Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2023",
     ["Ankestyrelsen har gennemgået kommunernes behandling af danmarkskortet for 2023. Styrelsen har i brev af {letterdate} meddelt, at {council_def}s behandling af kortet opfylder kravene i retssikkerhedslovens § 79 b.",
      "Ankestyrelsen har ingen bemærkninger til beslutningen om ikke at udarbejde en handlingsplan og foretager sig ikke mere i sagen."],
     ["at orienteringen tages til efterretning"], "Taget til efterretning."),
    ("d", "Brev fra Ankestyrelsen om sidste års omgørelsesprocenter",
     ["Ankestyrelsen har i brev af {letterdate} afsluttet sin gennemgang af kommunens behandling af danmarkskortet 2023 og den handlingsplan, som blev vedtaget i december 2023.",
      "Styrelsen beder om en status på handlingsplanen i forbindelse med næste års behandling."],
     ["at brevet tages til orientering"], "Til orientering."),
    ("h", "Afslutning af Ankestyrelsens tilsyn med behandlingen af kortet over omgørelsesprocenter 2023",
     ["Ankestyrelsen har den {letterdate} afsluttet tilsynet med kommunernes behandling af danmarkskortet for 2023. Styrelsen finder, at behandlingen er sket rettidigt, og at der er taget stilling til behovet for en handlingsplan."],
     ["at orienteringen tages til efterretning"], "Orienteringen blev taget til efterretning."),
]

# mayor's announcements mentioning a committee's treatment (passing mention)
ANNOUNCE = [
    ("b", "Meddelelser fra borgmesteren",
     ["Borgmesteren orienterede om, at {committee} på sit møde den {cdate} har behandlet danmarkskortet over omgørelsesprocenter.",
      "Borgmesteren orienterede endvidere om status for byggeriet af den nye skole."]),
    ("d", "Orientering ved borgmesteren",
     ["Kort orientering om julearrangementet for medarbejdere.",
      "{committee} har den {cdate} drøftet kommunens omgørelsesprocenter i klagesager på socialområdet."]),
    ("h", "Meddelelser",
     ["Borgmesteren meddelte, at udvalgsbehandlingen af Ankestyrelsens kort over omgørelser fandt sted den {cdate} i {committee}.",
      "Næste møde afholdes som planlagt."]),
]

ABSENT = ["Ingen.", "Anne Mette Holm (A)", "Jens Peter Kragh (V), Lise Bech (F)", "Søren Friis (O) – stedfortræder Maja Dahl", "Karen Munk (C)", "Mikkel Lund (Ø), Hanne Skov (A)"]
PLACES = ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kommunalbestyrelsessalen", "Rådhuset, byrådssalen", "Udvalgsværelset, Administrationsbygningen"]
STREETS = ["Engvej", "Skovbrynet", "Møllevej", "Åløkkevej", "Præstemarken", "Kirkebakken"]
