# -*- coding: utf-8 -*-
"""Case texts of spot corpus 8 (2025H1). Written for this corpus; see README.

Each case: cls, expect ('flag' | 'quiet'), tag ('dev' | 'holdout' | 'both'), title,
s (sagsfremstilling), i (indstilling bullets), b (decision), phrase (what a reader finds),
law, why (near miss: why lawful), tab (optional table rows, first row header),
att (optional line before the decision), min_month (earliest meeting month; retroactivity),
members (names that must stand in the meeting's list of participants).
"""

CASES = []


def C(cls, expect, tag, title, s, i, b, phrase, law, why=None, tab=None, att=None, min_month=1, members=()):
    CASES.append(dict(cls=cls, expect=expect, tag=tag, title=title, s=s, i=i, b=b, phrase=phrase, law=law,
                      why=why, tab=tab, att=att, min_month=min_month, members=list(members)))


# ---------------------------------------------------------------- fixed_cap
L = "Serviceloven: skøn må ikke sættes under regel; fast loft uden individuel vurdering"
C("fixed_cap", "flag", "dev", "Kvalitetsstandard for rengøring i eget hjem 2025",
  "Forvaltningen har revideret kvalitetsstandarden for praktisk hjælp efter servicelovens § 83. "
  "Standarden beskriver, hvilken hjælp borgerne kan forvente, og hvordan hjælpen tilrettelægges.",
  ["kvalitetsstandarden for praktisk hjælp godkendes"],
  "Godkendt.",
  "Rengøring ydes højst to gange om måneden, og der gives ikke dispensation", L,
  tab=[["Ydelse", "Omfang", "Bemærkning"],
       ["Rengøring af stue, køkken og bad", "Højst to gange om måneden", "Der gives ikke dispensation"],
       ["Tøjvask", "Hver 14. dag", "Efter visitation"]])
C("fixed_cap", "flag", "holdout", "Vedligeholdelsestræning - kommunens retningslinjer",
  "Udvalget har bedt om en ensartet praksis for vedligeholdelsestræning efter servicelovens § 86, stk. 2. "
  "Forvaltningen har sammenlignet med tre nabokommuner, der alle har et fast niveau.",
  ["retningslinjerne godkendes",
   "vedligeholdelsestræning gives med et loft på 12 timer årligt pr. borger, som gælder for alle ansøgere"],
  "Indstillingen godkendt.",
  "et loft på 12 timer årligt pr. borger, som gælder for alle ansøgere", L)
C("fixed_cap", "flag", "both", "Serviceniveau for hjælpemidler - inkontinensprodukter",
  "Udgifterne til inkontinenshjælpemidler er steget med 9 pct. Forvaltningen foreslår et fast "
  "serviceniveau, så alle borgere behandles ens.",
  ["der fremover bevilges maksimalt 120 bleer pr. måned, og at et større forbrug afholdes af borgeren selv"],
  "Godkendt som indstillet.",
  "maksimalt 120 bleer pr. måned, og at et større forbrug afholdes af borgeren selv", L)
W = "individuel vurdering fremgår udtrykkeligt; tallet er vejledende"
C("fixed_cap", "quiet", "dev", "Kvalitetsstandard for indkøbsordning",
  "Standarden for indkøbsordning efter servicelovens § 83 er gennemskrevet.",
  ["kvalitetsstandarden godkendes"],
  "Godkendt.",
  "Indkøb ydes som udgangspunkt én gang om ugen; omfanget fastsættes altid efter en konkret, individuel vurdering",
  L, why=W,
  tab=[["Ydelse", "Vejledende omfang", "Bemærkning"],
       ["Indkøb", "Én gang om ugen", "Omfanget fastsættes altid efter en konkret, individuel vurdering af borgerens behov"]])
C("fixed_cap", "quiet", "holdout", "Retningslinjer for befordring til aktivitetscentre",
  "Retningslinjerne beskriver kørsel til kommunens aktivitetscentre.",
  ["retningslinjerne godkendes"],
  "Godkendt.",
  "Antallet af ture er et vejledende niveau; der kan bevilges flere ture, når borgerens behov taler for det",
  L, why=W,
  tab=[["Ydelse", "Niveau"], ["Kørsel til aktivitetscenter", "Vejledende 2 ture om ugen. Der kan bevilges flere ture, når borgerens behov taler for det"]])
C("fixed_cap", "quiet", "both", "Hjemmetræning - ændret tilrettelæggelse",
  "Genoptræning efter sundhedslovens § 140 tilrettelægges fremover i forløb på otte uger. "
  "Forløbet kan forlænges, hvis terapeuten efter en konkret vurdering finder det nødvendigt.",
  ["den ændrede tilrettelæggelse tages til efterretning"],
  "Taget til efterretning.",
  "Forløbet kan forlænges, hvis terapeuten efter en konkret vurdering finder det nødvendigt", L, why=W)

# ---------------------------------------------------------------- amended_limit
L = "Fast grænse indført ved ændringsforslag i beslutningen; skøn under regel"
C("amended_limit", "flag", "dev", "Tilskud til individuel befordring - revision af retningslinjer",
  "Forvaltningen foreslår, at retningslinjerne for individuel befordring efter servicelovens § 117 "
  "videreføres uændret, så der fortsat foretages en konkret vurdering af hver ansøgning.",
  ["retningslinjerne videreføres uændret"],
  "Ad pkt. 1: Godkendt med den ændring, som V fremsatte på mødet, at tilskud kun kan gives til borgere under 67 år.",
  "Godkendt med den ændring ... at tilskud kun kan gives til borgere under 67 år", L)
C("amended_limit", "flag", "holdout", "Støtte- og kontaktperson - serviceniveau",
  "Sagen forelægges med forslag om, at støtte- og kontaktpersonordningen efter servicelovens § 99 "
  "tilrettelægges efter den enkeltes behov.",
  ["serviceniveauet godkendes"],
  "Et ændringsforslag fra Socialdemokratiet om, at ordningen fremover begrænses til fire timer om ugen, uanset behovet, "
  "blev vedtaget med 15 stemmer mod 10. Herefter godkendt.",
  "ændringsforslag ... begrænses til fire timer om ugen, uanset behovet, blev vedtaget", L)
C("amended_limit", "flag", "both", "Boligindretning - prioritering af puljen",
  "Forvaltningen indstiller, at ansøgninger om boligindretning efter servicelovens § 116 fortsat behandles "
  "konkret og individuelt.",
  ["ansøgningerne fortsat behandles konkret og individuelt"],
  "Ad 1. Godkendt med tilføjelsen: \"dog ydes der ikke hjælp til boligændringer over 25.000 kr.\"",
  "Godkendt med tilføjelsen: dog ydes der ikke hjælp til boligændringer over 25.000 kr.", L)
W = "ændringen angår kun procedure/information, eller fastholder den individuelle vurdering"
C("amended_limit", "quiet", "dev", "Hjælpemiddeldepotets åbningstider",
  "Forvaltningen foreslår nye åbningstider for udlevering i hjælpemiddeldepotet.",
  ["de nye åbningstider godkendes"],
  "Godkendt med den ændring, at depotet også holder åbent torsdag til kl. 18.",
  "Godkendt med den ændring, at depotet også holder åbent torsdag til kl. 18", L, why=W)
C("amended_limit", "quiet", "holdout", "Retningslinjer for ansøgning om handicapbil",
  "Retningslinjerne for støtte til køb af bil efter servicelovens § 114 er opdateret.",
  ["retningslinjerne godkendes"],
  "Godkendt med den tilføjelse fra Enhedslisten, at det i retningslinjerne skal fremgå, at hver ansøgning vurderes konkret.",
  "tilføjelse ... at hver ansøgning vurderes konkret", L, why=W)
C("amended_limit", "quiet", "both", "Puljen til forebyggende hjemmebesøg",
  "Forebyggende hjemmebesøg efter servicelovens § 79 a tilbydes de 75-årige og ældre.",
  ["ordningen videreføres"],
  "Ad pkt. 1: Godkendt med den ændring, at borgere på 70 år, der har mistet en ægtefælle, også tilbydes et besøg.",
  "Godkendt med den ændring, at borgere på 70 år ... også tilbydes et besøg", L, why=W)

# ---------------------------------------------------------------- presumption_of_refusal
L = "Formodning for afslag; skøn under regel"
C("presumption_of_refusal", "flag", "dev", "Praksis for merudgiftsydelse til voksne",
  "Antallet af ansøgninger om dækning af merudgifter efter servicelovens § 100 er steget.",
  ["det tiltrædes, at det forventes, at ansøgninger om dækning af kost og beklædning i almindelighed ikke kan imødekommes"],
  "Godkendt.",
  "det forventes, at ansøgninger ... i almindelighed ikke kan imødekommes", L)
C("presumption_of_refusal", "flag", "holdout", "Aflastning til familier med børn med handicap",
  "Budgettet for aflastning efter servicelovens § 84 er presset. Forvaltningen har beskrevet en ny praksis.",
  ["det lægges til grund for sagsbehandlingen, at aflastning ud over én weekend om måneden kun undtagelsesvis bevilges, og at ansøgeren skal godtgøre særlige grunde"],
  "Indstillingen blev godkendt.",
  "aflastning ud over én weekend om måneden kun undtagelsesvis bevilges, og at ansøgeren skal godtgøre særlige grunde", L)
C("presumption_of_refusal", "flag", "both", "Hjemmehjælp til borgere med raske samlevere",
  "Forvaltningen foreslår en præcisering af praksis for praktisk hjælp, hvor der er en rask ægtefælle i hjemmet.",
  ["det fremover lægges til grund, at ansøgninger om praktisk hjælp, hvor der er en rask samlever, normalt vil blive afvist"],
  "Godkendt.",
  "ansøgninger ..., hvor der er en rask samlever, normalt vil blive afvist", L)
W = "udgangspunkt kombineret med udtrykkelig konkret vurdering af hver sag"
C("presumption_of_refusal", "quiet", "dev", "Praksisnotat om ledsagelse",
  "Notatet beskriver praksis. Hver ansøgning vurderes konkret ud fra borgerens samlede situation, "
  "og der kan ikke gives afslag alene med henvisning til praksisnotatet.",
  ["praksisnotatet tages til efterretning"],
  "Taget til efterretning.",
  "der kan ikke gives afslag alene med henvisning til praksisnotatet", L, why=W)
C("presumption_of_refusal", "quiet", "holdout", "Statistik over afslag på boligindretning",
  "Forvaltningen har gennemgået 48 sager fra 2024. I 31 sager blev ansøgningen imødekommet helt eller delvist. "
  "Alle sager er afgjort efter en konkret vurdering.",
  ["orienteringen tages til efterretning"],
  "Taget til efterretning.",
  "Alle sager er afgjort efter en konkret vurdering", L, why=W)
C("presumption_of_refusal", "quiet", "both", "Hjælp til tandbehandling - praksisbeskrivelse",
  "Hjælp til tandbehandling efter aktivlovens § 82 a gives til nødvendig behandling. Rent kosmetisk behandling "
  "vil sjældent være omfattet, men hver ansøgning vurderes konkret, og særlige forhold hos ansøgeren indgår altid.",
  ["praksisbeskrivelsen godkendes"],
  "Godkendt.",
  "vil sjældent være omfattet, men hver ansøgning vurderes konkret", L, why=W)

# ---------------------------------------------------------------- budget_stop
L = "Retskrav kan ikke afvises med henvisning til budgettet"
C("budget_stop", "flag", "dev", "Økonomisk opfølgning på Social- og Sundhedsudvalgets område",
  "Der forventes et merforbrug på 14,2 mio. kr. på handicapområdet, primært på botilbud og hjemmehjælp.",
  ["der ikke bevilges nye hjælpemidler efter servicelovens § 112 resten af året, medmindre der er tale om livsnødvendige behov",
   "orienteringen i øvrigt tages til efterretning"],
  "Ad pkt. 1: Godkendt. Ad pkt. 2: Taget til efterretning.",
  "der ikke bevilges nye hjælpemidler ... resten af året", "Serviceloven § 112; retskrav kan ikke stoppes af budgethensyn")
C("budget_stop", "flag", "holdout", "Budgetopfølgning pr. 31. marts 2025",
  "Budgetopfølgningen viser et forventet merforbrug på otte millioner kroner på det specialiserede børneområde.",
  ["tilgangen til nye aflastningspladser sættes i bero, indtil der er balance i budgettet",
   "budgetopfølgningen i øvrigt godkendes"],
  "Godkendt med 17 stemmer mod 8.",
  "tilgangen til nye aflastningspladser sættes i bero, indtil der er balance i budgettet", L)
C("budget_stop", "flag", "both", "Handleplan for overholdelse af budget 2025",
  "Forvaltningen har udarbejdet en handleplan, der skal bringe økonomien i balance.",
  ["der lukkes for visitation til madservice fra 1. juni 2025 og frem til budgetårets udløb",
   "de øvrige tiltag i handleplanen godkendes"],
  "Godkendt.",
  "der lukkes for visitation til madservice fra 1. juni 2025 og frem til budgetårets udløb", L)
W = "besparelse på ikke-lovbundne opgaver eller fortsat visitation efter behov"
C("budget_stop", "quiet", "dev", "Budgetopfølgning - kulturområdet",
  "Merforbruget på kulturområdet dækkes ved, at udstillingspuljen ikke uddeles i efteråret 2025.",
  ["udstillingspuljen ikke uddeles i efteråret 2025"],
  "Godkendt.",
  "udstillingspuljen ikke uddeles i efteråret 2025", L, why="frivillig pulje, intet retskrav")
C("budget_stop", "quiet", "holdout", "Økonomisk status på ældreområdet",
  "Merforbruget skyldes flere visiterede timer. Visitationen fortsætter uændret efter borgernes behov, "
  "og merudgiften søges dækket ved en tillægsbevilling.",
  ["der søges en tillægsbevilling på 3,1 mio. kr."],
  "Anbefales.",
  "Visitationen fortsætter uændret efter borgernes behov", L, why=W)
C("budget_stop", "quiet", "both", "Stop for nye anlægsprojekter på vejområdet",
  "For at overholde anlægsrammen foreslås det, at ingen nye cykelstiprojekter igangsættes i 2025.",
  ["nye cykelstiprojekter ikke igangsættes i 2025"],
  "Godkendt.",
  "nye cykelstiprojekter ikke igangsættes i 2025", L, why="anlæg uden retskrav")

# ---------------------------------------------------------------- retroactive_reduction
L = "Forringelse af serviceniveau med tilbagevirkende kraft"
C("retroactive_reduction", "flag", "dev", "Reduktion af klippekort i hjemmeplejen",
  "Klippekortsordningen reduceres fra to til én halv time om ugen som led i budgetaftalen.",
  ["reduktionen gennemføres pr. 1. februar 2025"],
  "Godkendt.",
  "reduktionen gennemføres pr. 1. februar 2025", L, min_month=3)
C("retroactive_reduction", "flag", "holdout", "Ny takst for egenbetaling på aktivitetscentre",
  "Egenbetalingen for kørsel til aktivitetscentre hæves fra 20 til 35 kr. pr. tur.",
  ["den nye takst opkræves med virkning fra årets begyndelse"],
  "Godkendt.",
  "den nye takst opkræves med virkning fra årets begyndelse", L, min_month=2)
C("retroactive_reduction", "flag", "both", "Tilpasning af rehabiliteringsforløb",
  "Forløbene afkortes fra tolv til otte uger. De borgere, der er i forløb, får besked i brev.",
  ["ændringen har virkning fra den 01.01.2025"],
  "Godkendt.",
  "ændringen har virkning fra den 01.01.2025", L, min_month=2)
W = "virkning fra en dato efter mødet, med varsel"
C("retroactive_reduction", "quiet", "dev", "Ændret tildeling af rengøring",
  "Rengøring ændres fra hver anden til hver tredje uge. Borgerne varsles skriftligt.",
  ["ændringen træder i kraft 1. oktober 2025 efter skriftligt varsel til borgerne"],
  "Godkendt.",
  "ændringen træder i kraft 1. oktober 2025 efter skriftligt varsel", L, why=W)
C("retroactive_reduction", "quiet", "holdout", "Takster for madservice 2026",
  "Taksterne fastsættes inden for den maksimale pris, jf. servicelovens § 161.",
  ["taksterne gælder fra den 1. januar 2026"],
  "Godkendt.",
  "taksterne gælder fra den 1. januar 2026", L, why=W)
C("retroactive_reduction", "quiet", "both", "Forhøjelse af tilskud til frivillige foreninger",
  "Tilskuddet forhøjes med 5 pct. med virkning fra 1. januar 2025. Foreningerne får tilskuddet efterbetalt.",
  ["forhøjelsen godkendes"],
  "Godkendt.",
  "Tilskuddet forhøjes med 5 pct. med virkning fra 1. januar 2025", L,
  why="tilbagevirkende kraft til borgernes fordel")

# ---------------------------------------------------------------- personal_data
L = "Oplysninger om enkeltpersoners økonomiske forhold i åbent referat (tavshedspligt, databeskyttelse)"
C("personal_data", "flag", "dev", "Afskrivning af uerholdelige restancer",
  "Restancerne er forsøgt inddrevet af Gældsstyrelsen uden resultat. Følgende fordringer foreslås afskrevet:",
  ["restancerne afskrives som anført i oversigten"],
  "Godkendt.",
  "named debtors in a table with address and amount", L,
  tab=[["Skyldner", "Adresse", "Beløb", "Type"],
       ["Bent Kristoffersen", "Møllevej 14, st. th.", "38.412 kr.", "Husleje"],
       ["Susanne Brix Holm", "Engtoften 3", "12.950 kr.", "Daginstitution"],
       ["Per Ulrik Damgaard", "Kirkestræde 9", "61.300 kr.", "Tilbagebetaling af kontanthjælp"]])
C("personal_data", "flag", "holdout", "Anmodning om henstand med ejendomsskat",
  "Lars og Mette Overgaard, Skovbrynet 22, har søgt om henstand med ejendomsskat på 24.800 kr., idet Lars "
  "Overgaard er opsagt fra sin stilling og parret er i restance med boliglånet.",
  ["der gives henstand til 1. november 2025"],
  "Godkendt.",
  "Lars og Mette Overgaard, Skovbrynet 22 ... opsagt fra sin stilling ... i restance", L)
C("personal_data", "flag", "both", "Eftergivelse af lån til beboerindskud",
  "Jonas Frederiksen har fået et lån til beboerindskud på 19.000 kr. i 2019. Han har siden 2022 været på "
  "kontanthjælp og har ingen formue. Han bor i dag hos sin mor på Ahornvej 5.",
  ["lånet eftergives"],
  "Godkendt.",
  "Jonas Frederiksen ... på kontanthjælp og har ingen formue", L)
W = "oplysningerne er anonymiserede eller sagen behandles for lukkede døre"
C("personal_data", "quiet", "dev", "Afskrivning af restancer - anonymiseret oversigt",
  "Oversigten er anonymiseret; den fulde liste med navne er et lukket bilag.",
  ["restancerne afskrives"],
  "Godkendt.",
  "Oversigten er anonymiseret; den fulde liste med navne er et lukket bilag", L, why=W,
  tab=[["Nr.", "Type", "Beløb"], ["1", "Husleje", "22.140 kr."], ["2", "Daginstitution", "7.480 kr."], ["3", "Boligindskud", "15.000 kr."]])
C("personal_data", "quiet", "holdout", "Navngivning af ny plads efter tidligere borgmester",
  "Forslaget er at opkalde pladsen ved rådhuset efter borgmester Inger Kjeldsen, der var borgmester fra 1982 til 1998. "
  "Familien har givet samtykke.",
  ["pladsen navngives Inger Kjeldsens Plads"],
  "Godkendt.",
  "opkalde pladsen ... efter borgmester Inger Kjeldsen ... Familien har givet samtykke", L,
  why="offentlig person, ingen fortrolige oplysninger, samtykke")
C("personal_data", "quiet", "both", "Henstand med betaling - borger A",
  "Borger A har søgt om henstand med betaling af et tilbagebetalingskrav. Oplysningerne om borgerens økonomi fremgår af lukket bilag.",
  ["der gives henstand i seks måneder"],
  "Godkendt.",
  "Borger A ... Oplysningerne om borgerens økonomi fremgår af lukket bilag", L, why=W)

# ---------------------------------------------------------------- named_citizen_health
L = "Helbredsoplysninger om navngiven borger i åbent referat"
C("named_citizen_health", "flag", "dev", "Klage over hjemmeplejen - orientering",
  "Borgeren Karen Mikkelsen, der lider af sklerose og er bundet til kørestol, har klaget over, at hjemmeplejen "
  "flere gange er kommet for sent om morgenen. Forvaltningen har beklaget over for hende.",
  ["orienteringen tages til efterretning"],
  "Taget til efterretning.",
  "Borgeren Karen Mikkelsen, der lider af sklerose", L)
C("named_citizen_health", "flag", "holdout", "Ansøgning om dispensation til handicapparkering",
  "Ansøger, Thomas Egelund, Søndergade 41, har siden et hjerteanfald i 2023 haft nedsat gangfunktion og "
  "kan højst gå 100 meter. Han ønsker en reserveret plads foran sin bolig.",
  ["der etableres en reserveret handicapparkeringsplads"],
  "Godkendt.",
  "Thomas Egelund ... siden et hjerteanfald ... nedsat gangfunktion", L)
C("named_citizen_health", "flag", "both", "Borgerhenvendelser til udvalget",
  "Udvalget har modtaget følgende henvendelser:",
  ["henvendelserne tages til efterretning"],
  "Taget til efterretning.",
  "table of named citizens with diagnosis", L,
  tab=[["Afsender", "Emne"],
       ["Birthe Langkilde", "Ønsker mere træning efter sin apopleksi"],
       ["Mohammed Rahimi", "Klager over ventetid på psykiatrisk udredning af sønnen Ali"],
       ["Else Marie Foged", "Spørger til demensplads til ægtefællen"]])
W = "ingen navne eller samtykke/offentlig rolle uden helbredsoplysninger"
C("named_citizen_health", "quiet", "dev", "Klage over hjemmeplejen - anonymiseret",
  "En borger med en fremadskridende neurologisk sygdom har klaget over ventetid. Navnet fremgår ikke af referatet.",
  ["orienteringen tages til efterretning"],
  "Taget til efterretning.",
  "En borger med en fremadskridende neurologisk sygdom ... Navnet fremgår ikke", L, why=W)
C("named_citizen_health", "quiet", "holdout", "Foretræde for udvalget",
  "Formanden for Ældrerådet, Kirsten Vad, havde foretræde for udvalget om rådets høringssvar til sundhedspolitikken.",
  ["foretrædet tages til efterretning"],
  "Taget til efterretning.",
  "Kirsten Vad, havde foretræde ... om rådets høringssvar", L, why=W)
C("named_citizen_health", "quiet", "both", "Sundhedsprofil 2025",
  "Sundhedsprofilen viser, at 14 pct. af de voksne borgere har en langvarig psykisk lidelse.",
  ["sundhedsprofilen tages til efterretning"],
  "Taget til efterretning.",
  "14 pct. af de voksne borgere har en langvarig psykisk lidelse", L, why="statistik uden personer")

# ---------------------------------------------------------------- cpr_number
L = "Personnummer i åbent referat"
C("cpr_number", "flag", "dev", "Frigivelse af deponering - ejendom på Lyngvej",
  "Ejeren, Hanne Storm, personnummer 180463-2214, har anmodet om frigivelse af et deponeret beløb på 85.000 kr.",
  ["deponeringen frigives"],
  "Godkendt.",
  "personnummer 180463-2214", L)
C("cpr_number", "flag", "holdout", "Udpegning af værger og stedfortrædere",
  "Følgende personer indstilles til Familieretshuset:",
  ["personerne indstilles"],
  "Godkendt.",
  "table with ten-digit personal numbers", L,
  tab=[["Navn", "Cpr", "Rolle"], ["Erik Dahl Sørensen", "0207581193", "Værge"], ["Lise Thorup", "1512690348", "Stedfortræder"]])
C("cpr_number", "flag", "both", "Optagelse i den kommunale plejefamilie-pulje",
  "Der er indkommet ansøgning fra Jesper Nørgaard (cpr. 03 11 82-1457) om godkendelse som kommunal plejefamilie.",
  ["ansøgningen imødekommes"],
  "Godkendt.",
  "cpr. 03 11 82-1457", L)
W = "nummeret er ikke et personnummer eller er fjernet"
C("cpr_number", "quiet", "dev", "Ny leverandør af el til kommunens bygninger",
  "Aftalen indgås med Nordlys Energi A/S, CVR-nr. 38472916, for perioden 2025-2027.",
  ["aftalen godkendes"],
  "Godkendt.",
  "CVR-nr. 38472916", L, why="CVR-nummer, ikke personnummer")
C("cpr_number", "quiet", "holdout", "Bevilling til grundkapital - boligafdeling 14",
  "Beløbet udbetales til konto 9570-0012345678. Sagsnr. 03.02.00-Ø54-160325.",
  ["bevillingen gives"],
  "Godkendt.",
  "konto 9570-0012345678. Sagsnr. 03.02.00-Ø54-160325", L, why="kontonummer og sagsnummer")
C("cpr_number", "quiet", "both", "Godkendelse af plejefamilie - anonymiseret",
  "Ansøgerens personnummer og navn fremgår af det lukkede bilag.",
  ["ansøgningen imødekommes"],
  "Godkendt.",
  "personnummer og navn fremgår af det lukkede bilag", L, why=W)

# ---------------------------------------------------------------- sale_without_offer
L = "Salg af fast ejendom uden offentligt udbud (kommunestyrelseslovens § 68, udbudsbekendtgørelsen)"
C("sale_without_offer", "flag", "dev", "Salg af erhvervsgrund i Nordvang",
  "Kommunen ejer en erhvervsgrund på 6.400 m² i Nordvang. Grunden sælges til den eneste interesserede køber, "
  "VVS-firmaet Hald & Søn ApS, for 1.150.000 kr.",
  ["grunden sælges til Hald & Søn ApS for 1.150.000 kr."],
  "Godkendt.",
  "sælges til den eneste interesserede køber", L)
C("sale_without_offer", "flag", "holdout", "Salg af den tidligere skole i Vesterby",
  "Den tidligere skolebygning har stået tom siden 2023. Ejendomsmægler Lund har vurderet ejendommen til 3,2 mio. kr. "
  "En lokal investor, Poul Brix, har tilbudt at købe den for 2,9 mio. kr.",
  ["bygningen sælges til Poul Brix for 2,9 mio. kr.",
   "borgmesteren bemyndiges til at underskrive skødet"],
  "Godkendt.",
  "bygningen sælges til Poul Brix for 2,9 mio. kr. (silent about an offer)", L)
C("sale_without_offer", "flag", "both", "Overdragelse af ejendommen Havnegade 7",
  "Ejendommen rummer i dag kommunens turistkontor, der flytter til biblioteket. Havnens Restaurant A/S har "
  "henvendt sig og ønsker at overtage bygningen til brug for udvidelse af restauranten.",
  ["ejendommen overdrages til Havnens Restaurant A/S til den vurderede markedspris"],
  "Godkendt.",
  "ejendommen overdrages til Havnens Restaurant A/S (no offer)", L)
W = "offentligt udbud gennemført eller undtagelse i bekendtgørelsen angivet"
C("sale_without_offer", "quiet", "dev", "Salg af parcelhusgrunde i Egebakken etape 2",
  "Grundene har været udbudt offentligt med annonce i Lokalavisen og på kommunens hjemmeside med budfrist 14. februar 2025. "
  "Der er modtaget 11 bud.",
  ["grundene sælges til de højestbydende"],
  "Godkendt.",
  "Grundene har været udbudt offentligt ... Der er modtaget 11 bud", L, why=W)
C("sale_without_offer", "quiet", "holdout", "Salg af restareal til naboen på Bøgevej",
  "Arealet er 86 m² og kan efter sin størrelse og beliggenhed kun udnyttes af ejeren af naboejendommen. "
  "Salget kan derfor ske uden offentligt udbud, jf. udbudsbekendtgørelsens undtagelse for arealer af denne art.",
  ["arealet sælges til naboen til markedspris"],
  "Godkendt.",
  "kan ... kun udnyttes af ejeren af naboejendommen ... uden offentligt udbud, jf. udbudsbekendtgørelsens undtagelse", L, why=W)
C("sale_without_offer", "quiet", "both", "Køb af landbrugsjord til skovrejsning",
  "Kommunen kan købe 14 ha ved Rødkilde for 2,1 mio. kr. til skovrejsning.",
  ["arealet købes"],
  "Godkendt.",
  "Kommunen kan købe 14 ha", L, why="køb, ikke salg; ingen udbudspligt")

# ---------------------------------------------------------------- single_company_support
L = "Kommunalfuldmagten: støtte til enkeltvirksomhed uden hjemmel"
C("single_company_support", "flag", "dev", "Lejeaftale med Fjordbryggeriet ApS",
  "Fjordbryggeriet ApS lejer det tidligere pakhus. Bryggeriet har haft et svært år, og forvaltningen foreslår "
  "at hjælpe virksomheden igennem.",
  ["huslejen for 2025 frafaldes"],
  "Godkendt.",
  "huslejen for 2025 frafaldes", L)
C("single_company_support", "flag", "holdout", "Kommunegaranti for lån til Vestjysk Træ A/S",
  "Virksomheden ønsker at udvide produktionen og har brug for et lån på 6 mio. kr. Banken kræver sikkerhed.",
  ["kommunen stiller garanti for virksomhedens lån på 6 mio. kr."],
  "Godkendt.",
  "kommunen stiller garanti for virksomhedens lån", L)
C("single_company_support", "flag", "both", "Aftale med Entreprenørfirmaet Mølholm",
  "Firmaet har lovet at bevare 12 arbejdspladser i byen. Kommunen har ledig kapacitet på materielgården.",
  ["firmaet kan vederlagsfrit låne kommunens gravemaskiner og lastbil i weekenderne",
   "firmaet kan købe 2 ha erhvervsjord til 25 kr./m² mod en markedspris på 180 kr./m²"],
  "Godkendt.",
  "vederlagsfrit låne kommunens gravemaskiner ... 25 kr./m² mod en markedspris på 180 kr./m²", L)
W = "markedsleje, generel ordning eller lovhjemmel"
C("single_company_support", "quiet", "dev", "Udlejning af pakhuset til ny lejer",
  "Lejen er fastsat efter en vurdering fra en uafhængig ejendomsmægler til markedslejen på 650 kr./m² årligt.",
  ["lejeaftalen godkendes"],
  "Godkendt.",
  "Lejen er fastsat ... til markedslejen", L, why=W)
C("single_company_support", "quiet", "holdout", "Erhvervsfremme - iværksætterpulje 2025",
  "Puljen er åben for alle iværksættere i kommunen og giver gratis vejledning efter erhvervsfremmeloven.",
  ["puljen videreføres"],
  "Godkendt.",
  "Puljen er åben for alle iværksættere ... efter erhvervsfremmeloven", L, why=W)
C("single_company_support", "quiet", "both", "Henstand med betaling af vejbidrag",
  "Virksomhederne i Industrivej-området får samme betalingsordning som alle grundejere efter privatvejslovens regler.",
  ["betalingsordningen godkendes"],
  "Godkendt.",
  "samme betalingsordning som alle grundejere", L, why=W)

# ---------------------------------------------------------------- closed_without_reason
L = "Lukket behandling uden lovlig grund (kommunestyrelseslovens § 10)"
C("closed_without_reason", "flag", "dev", "Drøftelse af fremtidig organisering af ældreområdet",
  "Punktet behandles for lukkede døre af hensyn til sagens karakter. Borgmesteren orienterede om overvejelserne om en ny struktur.",
  ["drøftelsen tages til efterretning"],
  "Drøftet.",
  "behandles for lukkede døre af hensyn til sagens karakter", L)
C("closed_without_reason", "flag", "holdout", "Lukket punkt: Status på budgetforhandlingerne",
  "Lukket punkt. Økonomiudvalgets formand gav en status på forhandlingerne om budget 2026.",
  ["status tages til efterretning"],
  "Taget til efterretning.",
  "Lukket punkt (budget, no reason)", L)
C("closed_without_reason", "flag", "both", "Evaluering af borgerservice",
  "Sagen behandles på lukket møde, da den er politisk følsom. Evalueringen viser lange ventetider i telefonen.",
  ["evalueringen tages til efterretning"],
  "Taget til efterretning.",
  "behandles på lukket møde, da den er politisk følsom", L)
W = "lovlig lukningsgrund angivet"
C("closed_without_reason", "quiet", "dev", "Lukket punkt: Køb af ejendom",
  "Punktet behandles for lukkede døre, jf. kommunestyrelseslovens § 10, stk. 2, da sagen angår køb af fast ejendom, "
  "og offentlig drøftelse vil kunne skade kommunens forhandlingsposition.",
  ["købet godkendes"],
  "Godkendt.",
  "jf. kommunestyrelseslovens § 10, stk. 2, da sagen angår køb af fast ejendom", L, why=W)
C("closed_without_reason", "quiet", "holdout", "Lukket punkt: Personalesag",
  "Sagen behandles lukket, da den vedrører en enkelt medarbejders ansættelsesforhold.",
  ["den foreslåede afgørelse i personalesagen godkendes"],
  "Godkendt.",
  "behandles lukket, da den vedrører en enkelt medarbejders ansættelsesforhold", L, why=W)
C("closed_without_reason", "quiet", "both", "Lukket punkt: Retssag om erstatning",
  "Punktet er lukket af hensyn til kommunens procesførelse i en verserende retssag.",
  ["forvaltningen bemyndiges til at indgå forlig"],
  "Godkendt.",
  "lukket af hensyn til kommunens procesførelse i en verserende retssag", L, why=W)

# ---------------------------------------------------------------- no_council_hearing
L = "Vedtagelse uden den høring loven kræver (skolestruktur, planer, serviceniveau)"
C("no_council_hearing", "flag", "dev", "Ny skolestruktur - sammenlægning af Rørby og Vestbo skoler",
  "Elevtallet i Rørby er faldet til 96. Forvaltningen foreslår, at afdelingen i Rørby nedlægges fra skoleåret 2025/26, "
  "og at eleverne overflyttes til Vestbo Skole.",
  ["skolestrukturen vedtages endeligt"],
  "Godkendt.",
  "skolestrukturen vedtages endeligt (no hearing)", "Folkeskoleloven § 24 a og bekendtgørelse om procedure ved nedlæggelse af en skole")
C("no_council_hearing", "flag", "holdout", "Lokalplan 412 for boliger ved Skovkanten",
  "Lokalplanforslaget giver mulighed for 60 rækkehuse. Forvaltningen vurderer, at planen kan vedtages uden forudgående offentlig "
  "fremlæggelse for at fremme byggeriet.",
  ["lokalplan 412 vedtages endeligt"],
  "Godkendt.",
  "kan vedtages uden forudgående offentlig fremlæggelse", "Planloven § 24 (offentlig høring)")
C("no_council_hearing", "flag", "both", "Nyt serviceniveau for personlig pleje",
  "Det nye serviceniveau indebærer, at bad gives én gang ugentligt, og at natbesøg samles i én rute. "
  "Af tidshensyn forelægges sagen direkte for Byrådet.",
  ["serviceniveauet vedtages"],
  "Godkendt.",
  "Af tidshensyn forelægges sagen direkte (no Ældreråd/Handicapråd)", "Serviceloven § 30 (ældreråd), høring af handicapråd")
W = "høring gennemført; svar vedlagt"
C("no_council_hearing", "quiet", "dev", "Ny skolestruktur - endelig vedtagelse efter høring",
  "Forslaget har været i offentlig høring fra 6. januar til 3. marts 2025. Der er modtaget 23 høringssvar, "
  "herunder fra skolebestyrelserne. Svarene er vedlagt som bilag med forvaltningens bemærkninger.",
  ["skolestrukturen vedtages endeligt"],
  "Godkendt.",
  "offentlig høring fra 6. januar til 3. marts 2025 ... 23 høringssvar", "Folkeskoleloven § 24 a", why=W)
C("no_council_hearing", "quiet", "holdout", "Lokalplan 398 - endelig vedtagelse",
  "Planforslaget var fremlagt i otte uger. Der indkom fire bemærkninger, som er samlet i en hvidbog (bilag 2).",
  ["lokalplanen vedtages endeligt"],
  "Godkendt.",
  "fremlagt i otte uger ... fire bemærkninger ... hvidbog", "Planloven § 24", why=W)
C("no_council_hearing", "quiet", "both", "Forslag til kvalitetsstandard sendes i høring",
  "Forslaget sendes i høring hos Ældrerådet og Handicaprådet, før det forelægges til endelig vedtagelse.",
  ["forslaget sendes i høring"],
  "Godkendt.",
  "sendes i høring hos Ældrerådet og Handicaprådet", "Serviceloven § 30", why="kun udsendelse i høring")

# ---------------------------------------------------------------- unlawful_delegation
L = "Kompetence, der ikke kan delegeres (budget, skat, regnskab, lån, styrelsesvedtægt)"
C("unlawful_delegation", "flag", "dev", "Tidsplan for budget 2026",
  "Budgetprocessen foreslås tilrettelagt, så forhandlingerne afsluttes i september.",
  ["tidsplanen godkendes",
   "Økonomiudvalget bemyndiges til at vedtage budget 2026 endeligt, herunder skatteprocent og grundskyldspromille, hvis der indgås en bred aftale",
   "der afholdes budgetseminar den 26. august"],
  "Godkendt.",
  "Økonomiudvalget bemyndiges til at vedtage budget 2026 endeligt, herunder skatteprocent", L)
C("unlawful_delegation", "flag", "holdout", "Låneoptagelse og regnskab 2024",
  "Kommunen har låneadgang til energirenovering på 18 mio. kr.",
  ["borgmesteren bemyndiges til at optage lånet og fastsætte vilkårene",
   "Økonomiudvalget godkender årsregnskabet for 2024 på Byrådets vegne"],
  "Godkendt.",
  "Økonomiudvalget godkender årsregnskabet for 2024 på Byrådets vegne", L)
C("unlawful_delegation", "flag", "both", "Ændring af styrelsesvedtægten",
  "Der er behov for mindre ændringer i styrelsesvedtægten som følge af den nye udvalgsstruktur.",
  ["Økonomiudvalget får kompetence til selv at foretage fremtidige ændringer af styrelsesvedtægten"],
  "Godkendt.",
  "Økonomiudvalget får kompetence til selv at foretage fremtidige ændringer af styrelsesvedtægten", L)
W = "delegation af ordinær forvaltning, inden for bevilling"
C("unlawful_delegation", "quiet", "dev", "Anlægsbevilling til ny hal",
  "Anlægsbevillingen gives på 22,4 mio. kr.",
  ["anlægsbevillingen gives", "Økonomiudvalget bemyndiges til at godkende licitationsresultatet inden for bevillingen"],
  "Godkendt.",
  "Økonomiudvalget bemyndiges til at godkende licitationsresultatet inden for bevillingen", L, why=W)
C("unlawful_delegation", "quiet", "holdout", "Delegation af afgørelser om aktindsigt",
  "Afgørelser om aktindsigt træffes af forvaltningen efter reglerne i offentlighedsloven.",
  ["delegationen godkendes"],
  "Godkendt.",
  "Afgørelser om aktindsigt træffes af forvaltningen", L, why=W)
C("unlawful_delegation", "quiet", "both", "Budget 2026 - 1. behandling",
  "Budgetforslaget oversendes til 2. behandling i Byrådet den 9. oktober 2025.",
  ["forslaget oversendes til 2. behandling"],
  "Godkendt.",
  "oversendes til 2. behandling i Byrådet", L, why="Byrådet vedtager selv budgettet")

# ---------------------------------------------------------------- inhabil_took_part
L = "Inhabilt medlem deltog (forvaltningsloven § 3, kommunestyrelsesloven § 14)"
C("inhabil_took_part", "flag", "dev", "Tilskud til ridehal ved Kildegården",
  "Kildegårdens Rideklub søger 400.000 kr. til en ny ridehal. Klubbens formand er byrådsmedlem Anders Kvist (V), "
  "som også er medejer af den jord, hallen skal opføres på.",
  ["der gives tilskud på 400.000 kr."],
  "Godkendt enstemmigt.",
  "Anders Kvist ... medejer af den jord (present, voted)", L, att="Fraværende: Ingen", members=["Anders Kvist (V)"])
C("inhabil_took_part", "flag", "holdout", "Valg af entreprenør til renovering af svømmehallen",
  "Der er indkommet tre tilbud. Det laveste er fra Nielsen Byg A/S, der ejes af byrådsmedlem Lene Nielsens (A) ægtefælle.",
  ["opgaven tildeles Nielsen Byg A/S"],
  "Godkendt. For stemte: alle 21 tilstedeværende.",
  "ejes af byrådsmedlem Lene Nielsens ægtefælle (present, voted)", L, att="Afbud: Ole Hansen (C)", members=["Lene Nielsen (A)"])
C("inhabil_took_part", "flag", "both", "Dispensation fra lokalplan - Strandvejen 88",
  "Ejeren af Strandvejen 88 søger om dispensation til en højere tagryg. Ejeren er søn af udvalgsformand Bodil Rask (O).",
  ["der meddeles dispensation"],
  "Godkendt.",
  "Ejeren er søn af udvalgsformand Bodil Rask (present)", L, att="Fraværende: Ingen", members=["Bodil Rask (O)"])
W = "medlemmet erklæret inhabilt og forlod mødet"
C("inhabil_took_part", "quiet", "dev", "Tilskud til spejderhytte",
  "Spejdergruppen søger tilskud. Byrådsmedlem Jørgen Bak (F) er kasserer i gruppen.",
  ["der gives tilskud på 80.000 kr."],
  "Godkendt. Jørgen Bak (F) blev erklæret inhabil og forlod mødet under behandlingen af punktet.",
  "Jørgen Bak (F) blev erklæret inhabil og forlod mødet", L, why=W, att="Inhabil: Jørgen Bak (F)", members=["Jørgen Bak (F)"])
C("inhabil_took_part", "quiet", "holdout", "Salg af aktier i forsyningsselskabet",
  "Byrådsmedlem Tove Lind (B) er bestyrelsesmedlem i selskabet og deltog ikke i sagens behandling.",
  ["salget godkendes"],
  "Godkendt.",
  "Tove Lind (B) ... deltog ikke i sagens behandling", L, why=W, members=["Tove Lind (B)"])
C("inhabil_took_part", "quiet", "both", "Valg af revisor",
  "Der er indkommet to tilbud på revision af kommunens regnskab.",
  ["BDO vælges som revisor"],
  "Godkendt. Karsten Friis (V) gjorde opmærksom på, at han har været ansat hos den anden tilbudsgiver for 12 år siden. "
  "Byrådet fandt ikke, at han var inhabil.",
  "Byrådet fandt ikke, at han var inhabil", L, why="habilitet vurderet; fjern tilknytning", members=["Karsten Friis (V)"])

# ---------------------------------------------------------------- fee_without_basis
L = "Gebyr uden lovhjemmel"
C("fee_without_basis", "flag", "dev", "Takstblad 2025 - borgerservice",
  "Takstbladet samler kommunens gebyrer i borgerservice.",
  ["takstbladet godkendes"],
  "Godkendt.",
  "fee for ledsagerkort and for a copy of one's own case", L,
  tab=[["Ydelse", "Takst 2025", "Hjemmel"],
       ["Nyt pas", "674 kr.", "Pasbekendtgørelsen"],
       ["Udstedelse af ledsagerkort", "150 kr.", ""],
       ["Kopi af egen sag (pr. sag)", "75 kr.", ""]])
C("fee_without_basis", "flag", "holdout", "Betaling for skoleplads for elever fra andre kommuner",
  "Forvaltningen foreslår, at forældre til elever, der har valgt en af kommunens skoler efter frit skolevalg, "
  "betaler et bidrag på 500 kr. pr. måned for skolepladsen.",
  ["bidraget indføres fra skoleåret 2025/26"],
  "Godkendt.",
  "forældre ... betaler et bidrag på 500 kr. pr. måned for skolepladsen", "Folkeskolen er vederlagsfri (grundloven § 76, folkeskoleloven)")
C("fee_without_basis", "flag", "both", "Ekspeditionsgebyr ved ansøgning om hjælpemidler",
  "For at dække administrationsomkostningerne foreslås et ekspeditionsgebyr på 100 kr. pr. ansøgning om hjælpemidler.",
  ["gebyret indføres pr. 1. september 2025"],
  "Godkendt.",
  "ekspeditionsgebyr på 100 kr. pr. ansøgning om hjælpemidler", L)
W = "gebyret har lovhjemmel, som angives"
C("fee_without_basis", "quiet", "dev", "Byggesagsgebyrer 2025",
  "Gebyret opkræves efter byggelovens § 28, stk. 2, som timebetaling på 812 kr.",
  ["gebyrerne godkendes"],
  "Godkendt.",
  "Gebyret opkræves efter byggelovens § 28, stk. 2", L, why=W)
C("fee_without_basis", "quiet", "holdout", "Forældrebetaling i SFO 2025",
  "Forældrebetalingen fastsættes efter folkeskolelovens § 50.",
  ["taksten fastsættes til 2.150 kr. pr. måned"],
  "Godkendt.",
  "fastsættes efter folkeskolelovens § 50", L, why=W,
  tab=[["Tilbud", "Takst pr. måned"], ["SFO 0.-3. klasse", "2.150 kr."], ["Morgenmodul", "640 kr."]])
C("fee_without_basis", "quiet", "both", "Affaldsgebyrer 2025",
  "Gebyrerne fastsættes efter miljøbeskyttelseslovens § 48 og affaldsbekendtgørelsen, så ordningen hviler i sig selv.",
  ["gebyrerne godkendes"],
  "Godkendt.",
  "efter miljøbeskyttelseslovens § 48", L, why=W)

# ---------------------------------------------------------------- complaint_guidance
L = "Forkert eller manglende klagevejledning (forvaltningsloven § 25, retssikkerhedsloven §§ 66-67)"
C("complaint_guidance", "flag", "dev", "Afgørelse om særligt tilskud til kørsel - borger B",
  "Udvalget har behandlet ansøgningen efter servicelovens § 117 og giver afslag.",
  ["der gives afslag"],
  "Godkendt. Afgørelsen er endelig og kan ikke indbringes for anden administrativ myndighed.",
  "Afgørelsen er endelig og kan ikke indbringes for anden administrativ myndighed", L)
C("complaint_guidance", "flag", "holdout", "Tilbagebetaling af enkeltydelse - klagevejledning",
  "Afgørelsen sendes til borgeren med følgende klagevejledning: Du kan sende din klage direkte til Ankestyrelsen "
  "senest 14 dage efter, at du har modtaget afgørelsen.",
  ["afgørelsen og klagevejledningen godkendes"],
  "Godkendt.",
  "sende din klage direkte til Ankestyrelsen senest 14 dage (route and time wrong)", L)
C("complaint_guidance", "flag", "both", "Afslag på dispensation fra lokalplan",
  "Der gives afslag. Klage over afgørelsen kan sendes til Ankestyrelsen inden otte dage.",
  ["afslaget meddeles"],
  "Godkendt.",
  "Klage ... til Ankestyrelsen inden otte dage (body and time wrong)", "Planloven § 58 og § 60 (Planklagenævnet, 4 uger)")
W = "korrekt klagevejledning"
C("complaint_guidance", "quiet", "dev", "Afgørelse om hjælpemiddel - klagevejledning",
  "Afgørelsen kan påklages til Ankestyrelsen inden fire uger efter modtagelsen. Klagen sendes til kommunen, "
  "der genvurderer sagen, jf. retssikkerhedslovens §§ 66 og 67.",
  ["afgørelsen meddeles"],
  "Godkendt.",
  "påklages til Ankestyrelsen inden fire uger ... Klagen sendes til kommunen", L, why=W)
C("complaint_guidance", "quiet", "holdout", "Dispensation fra lokalplan - Kirkevej 3",
  "Der meddeles dispensation. Afgørelsen kan påklages til Planklagenævnet inden 4 uger efter offentliggørelsen, jf. planlovens § 58.",
  ["dispensationen meddeles"],
  "Godkendt.",
  "påklages til Planklagenævnet inden 4 uger", L, why=W)
C("complaint_guidance", "quiet", "both", "Regler for tilskud til foreninger",
  "Der er ikke klageadgang over kommunens fordeling af frie puljemidler, da der ikke er tale om afgørelser efter en lov med klageadgang. "
  "Borgerne kan henvende sig til Ankestyrelsens tilsyn.",
  ["reglerne godkendes"],
  "Godkendt.",
  "ikke klageadgang over ... frie puljemidler", L, why="ingen klageinstans; tilsynet nævnt")

CLASSES = []
for c in CASES:
    if c["cls"] not in CLASSES:
        CLASSES.append(c["cls"])
