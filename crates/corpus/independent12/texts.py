# -*- coding: utf-8 -*-
"""All wording of independent12: agenda items as structured dicts.

An item: title, caseno, bg (paragraphs), reco (bullets, each starting 'at'), prior
[(label, text)] (earlier bodies' decisions, quoted), attend [lines], decision [paragraphs].
"""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def ddot(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def ddash(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def dfull(d, t="17.00"):
    return f"{WEEKDAYS[d.weekday()]} den {dlong(d)} kl. {t}"


PARTIES = ["A", "B", "C", "F", "I", "O", "V", "Ø", "Æ", "D", "K"]
NAMES = ["Mette Lund", "Jørgen Kjær", "Søren Bøgh", "Anne-Grethe Holm", "Kåre Østergaard",
         "Birthe Mølgaard", "Lars Æbelø", "Hanne Friis", "Peter Sørensen", "Rikke Dahl",
         "Torben Ågård", "Lene Brøndum", "Niels Schøler", "Inger Præstholm"]


def rates(r):
    tot = r.randint(19, 41)
    avg = r.randint(26, 31)
    b = r.randint(18, 52)
    v = r.randint(15, 45)
    return tot, avg, b, v


def _rate_para(r, ctx, year):
    tot, avg, b, v = ctx["rates"]
    cmp_ = "over" if tot > avg else ("under" if tot < avg else "på niveau med")
    opts = [
        f"Af kortet for {year} fremgår, at {ctx['name']} Kommunes samlede omgørelsesprocent på "
        f"socialområdet er {tot} pct. Landsgennemsnittet er {avg} pct., så kommunen ligger {cmp_} "
        f"gennemsnittet. På børnehandicapområdet er procenten {b}, og på voksenhandicapområdet {v}.",
        f"Kommunen har fået ændret, hjemvist eller ophævet {tot} pct. af de påklagede afgørelser på "
        f"hele socialområdet, mens tallet for landet som helhed er {avg} pct. Delkortene viser {b} pct. "
        f"for børn med handicap og {v} pct. for voksne med handicap.",
        f"Omgørelsesprocenten for {ctx['name']} er {tot} (hele landet: {avg}). Ser man på de to "
        f"delområder, er den {b} på børnehandicapområdet og {v} på voksenhandicapområdet. Det placerer "
        f"kommunen {cmp_} landsgennemsnittet og i midterfeltet blandt nabokommunerne.",
    ]
    return r.choice(opts)


MINISTRY = {2023: "Social-, Bolig- og Ældreministeriet", 2024: "Social- og Boligministeriet"}


def map_bg(r, ctx, year, pub="juni"):
    min_ = MINISTRY.get(year, "Social- og Boligministeriet")
    intro = r.choice([
        f"{min_} offentliggjorde i {pub} {year} det årlige danmarkskort over, hvor stor en andel af "
        f"kommunernes afgørelser på socialområdet Ankestyrelsen har omgjort.",
        f"Ministeriet har udsendt danmarkskortet for {year}. Kortet viser for hver kommune, hvor mange "
        f"af de påklagede sociale afgørelser der er blevet ændret, hjemvist eller ophævet i Ankestyrelsen.",
        f"Hvert år udgiver {min_} et kort over omgørelsesprocenterne i landets 98 kommuner. Årets "
        f"udgave kom i {pub} {year} og omfatter hele socialområdet samt børne- og voksenhandicapområdet.",
    ])
    law = r.choice([
        "Efter retssikkerhedslovens § 79 b skal kommunalbestyrelsen behandle kortet på et møde inden "
        "årets udgang og tage stilling til, om der er behov for en handlingsplan.",
        "Kommunalbestyrelsen er efter § 79 b i lov om retssikkerhed og administration på det sociale "
        "område forpligtet til at drøfte resultaterne i samme kalenderår og forholde sig til, om der "
        "skal laves en plan for at styrke den juridiske kvalitet.",
        f"Det følger af retssikkerhedsloven, at sagen skal forelægges {ctx['cl']} "
        "senest ved udgangen af det år, kortet offentliggøres, og at der skal tages stilling til en "
        "eventuel handlingsplan.",
    ])
    return [intro, _rate_para(r, ctx, year), law]


def map_title(r, year, avoid=False, noyear=False):
    if avoid:
        return r.choice([
            f"Omgjorte afgørelser på socialområdet {year} - Ankestyrelsens statistik",
            f"Kommunens omgørelsesprocenter på det sociale område {year}",
            f"Retssikkerhed: Ankestyrelsens omgørelser af sociale sager {year}",
        ]) if not noyear else "Omgørelsesprocenter i klagesager på socialområdet"
    if noyear:
        return r.choice(["Danmarkskortet over omgørelsesprocenter",
                         "Behandling af danmarkskort - socialområdet",
                         "Ankestyrelsens danmarkskort, opfølgning"])
    return r.choice([f"Danmarkskort {year} over omgørelsesprocenter på socialområdet",
                     f"Danmarkskortet {year} - omgørelser på socialområdet",
                     f"Social-, Bolig- og Ældreministeriets danmarkskort for {year}",
                     f"Danmarkskort over omgørelsesprocenter {year}"])


def caseno(r, style):
    y = r.choice([23, 24])
    if style == 0:
        return f"Sagsnr.: 27.00.00-A00-{r.randint(1, 99)}-{y}"
    if style == 1:
        return f"Sag {r.randint(300, 900)}-20{y}-{r.randint(1000, 99999)}"
    if style == 2:
        return f"EMN-20{y}-{r.randint(10000, 99999):06d}"
    return f"Dok. {r.randint(100000, 999999)}"


# ---------------------------------------------------------------- stance constructions
# each returns (extra_bg, reco, decision, stance) for the body's own treatment

def st_reco_prepare(r, ctx, body):
    reco = ["at orienteringen om danmarkskortet tages til efterretning",
            r.choice(["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i "
                      "sagsbehandlingen på børnehandicapområdet",
                      "at forvaltningen udarbejder en handlingsplan, der skal nedbringe antallet af "
                      "omgjorte afgørelser, og at planen forelægges i foråret"])]
    dec = [r.choice(["Indstillingen godkendt.", "Godkendt som indstillet.", "Indstillingen blev tiltrådt."])]
    if body == "committee":
        dec = [r.choice(["Anbefales.", "Udvalget anbefaler indstillingen.", f"Indstillingen anbefales over for {ctx['cl']}."])]
    return [], reco, dec, "prepare"


def st_other_name(r, ctx, body):
    bg = [r.choice([
        "Forvaltningen foreslår, at der i stedet for enkeltstående tiltag sættes et samlet "
        "kvalitetsløft i gang: faste juridiske gennemlæsninger af afgørelser før de sendes, "
        "kursusdage om partshøring og begrundelse samt en halvårlig status til udvalget.",
        "Administrationen har drøftet resultaterne med Ankestyrelsens tilsyn og foreslår et "
        "toårigt udviklingsforløb for myndighedsrådgiverne med fokus på oplysning af sagerne og "
        "korrekt brug af serviceloven."])]
    reco = [r.choice([
        "at det beskrevne kvalitetsløft af sagsbehandlingen igangsættes fra 1. januar 2025",
        "at forvaltningen iværksætter udviklingsforløbet for den juridiske kvalitet som beskrevet",
    ])]
    dec = ["Godkendt."] if body == "council" else ["Anbefalet."]
    return bg, reco, dec, "prepare"


def st_amend_prepare(r, ctx, body):
    p1, p2 = r.sample(["Ø", "F", "A", "Å"], 2)
    bg = ["Forvaltningens vurdering er, at de igangværende indsatser er tilstrækkelige, og at en "
          "særskilt plan ikke vil give yderligere effekt."]
    reco = ["at kortet tages til efterretning",
            "at der ikke udarbejdes en handlingsplan på baggrund af kortet"]
    dec = [f"{p1} og {p2} stillede ændringsforslag om, at anden at-sætning erstattes af: \"at "
           "administrationen inden sommerferien fremlægger en handlingsplan for at styrke den "
           "juridiske kvalitet i afgørelserne på voksenhandicapområdet\".",
           f"For ændringsforslaget stemte {r.randint(14, 17)}, imod stemte {r.randint(8, 11)}. "
           "Ændringsforslaget er dermed vedtaget.",
           "Indstillingen blev herefter godkendt med den vedtagne ændring."]
    return bg, reco, dec, "prepare"


def st_vote_prepare(r, ctx, body):
    reco = [f"at {ctx['cl']} drøfter resultaterne",
            f"at {ctx['cl']} tager stilling til, om der skal laves en handlingsplan"]
    pa = "".join(sorted(r.sample(PARTIES, 3)))
    pb = "".join(sorted(set(PARTIES) - set(pa)))[:2]
    dec = [f"Borgmesteren satte forslag om udarbejdelse af en handlingsplan til afstemning.",
           f"For: {', '.join(pa)} ({r.randint(14, 18)})",
           f"Imod: {', '.join(pb)} ({r.randint(7, 11)})",
           "Forslaget var hermed vedtaget, og forvaltningen udarbejder planen."]
    return [], reco, dec, "prepare"


def st_split_prepare(r, ctx, body):
    reco = ["1. at den samlede omgørelsesprocent og de to delkort tages til efterretning",
            "2. at der udarbejdes en handlingsplan for sagsbehandlingen på børnehandicapområdet",
            f"3. at handlingsplanen følges op i {ctx['soc']}"]
    dec = [r.choice(["Ad 1: Taget til efterretning. Ad 2: Godkendt. Ad 3: Godkendt.",
                     "Pkt. 1 blev taget til efterretning, pkt. 2 og 3 blev godkendt."])]
    return [], reco, dec, "prepare"


def st_noneed_quality(r, ctx, body):
    bg = [r.choice([
        "Kommunen har siden 2022 arbejdet med en fast model for kvalitetssikring: alle afgørelser "
        "om merudgifter og tabt arbejdsfortjeneste gennemlæses af en jurist, og der holdes "
        "månedlige sagsgennemgange. Forvaltningen vurderer, at dette arbejde dækker behovet.",
        "Der er i forvejen en kvalitetsstrategi for myndighedsområdet med løbende audit af "
        "sager og tæt opfølgning på hjemviste afgørelser. Den samlede vurdering er, at strategien "
        "rummer de initiativer, en ny plan ville indeholde."])]
    reco = ["at orienteringen tages til efterretning",
            r.choice(["at der ikke er behov for at udarbejde en handlingsplan, idet det eksisterende "
                      "kvalitetsarbejde fortsætter",
                      f"at {ctx['cl']} vurderer, at den igangværende kvalitetsstrategi er "
                      "tilstrækkelig, så en særskilt handlingsplan ikke er nødvendig"])]
    dec = ["Godkendt."] if body == "council" else ["Anbefales godkendt."]
    return bg, reco, dec, "no_need"


def st_noneed_explicit(r, ctx, body):
    reco = ["at sagen drøftes, og at der tages stilling til behovet for en handlingsplan"]
    dec = [r.choice([
        f"{ctx['council']} besluttede, at der ikke skal udarbejdes en handlingsplan, da kommunens "
        "omgørelsesprocent ligger lavt sammenlignet med andre kommuner.",
        f"{ctx['council']} drøftede kortet og fandt ikke anledning til at iværksætte en "
        "handlingsplan. Udviklingen følges ved næste års kort."])]
    return [], reco, dec, "no_need"


def st_noneed_vote(r, ctx, body):
    reco = ["at der ikke udarbejdes en handlingsplan, men at udvalget årligt får en status på "
            "klagesagerne"]
    dec = [f"Ø fremsatte forslag om, at der alligevel udarbejdes en handlingsplan.",
           f"Forslaget blev forkastet med {r.randint(3, 6)} stemmer for og {r.randint(19, 24)} imod.",
           "Herefter blev indstillingen godkendt."]
    return [], reco, dec, "no_need"


def st_noneed_split(r, ctx, body):
    reco = ["1) at kortet tages til orientering",
            "2) at der på nuværende tidspunkt ikke er grundlag for en handlingsplan"]
    dec = ["Ad 1) Til orientering.", "Ad 2) Godkendt."]
    return [], reco, dec, "no_need"


def st_note(r, ctx, body):
    reco = [r.choice(["at orienteringen tages til efterretning",
                      "at sagen tages til orientering"])]
    dec = [r.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning."])]
    return [], reco, dec, "not_addressed"


def st_discussed(r, ctx, body):
    reco = ["at resultaterne drøftes"]
    dec = [r.choice(["Drøftet.", f"{ctx['council']} drøftede resultaterne. Sagen er afsluttet."])]
    return [], reco, dec, "not_addressed"


def st_orient(r, ctx, body):
    reco = [f"at {ctx['cl']} orienteres om kortet"]
    dec = ["Til orientering. Der var spørgsmål til tallene for børn med handicap, som blev besvaret på mødet."]
    return [], reco, dec, "not_addressed"


def st_defer(r, ctx, body):
    reco = ["at der udarbejdes en handlingsplan for den juridiske kvalitet"]
    dec = [r.choice(["Udsat.", "Sagen blev udsat til næste møde."])]
    return [], reco, dec, "deferred"


def st_sendback(r, ctx, body):
    reco = ["at der ikke udarbejdes en handlingsplan"]
    dec = [f"Sagen sendes tilbage til {ctx['soc']} med henblik på en nærmere "
           "vurdering af tallene for voksenhandicapområdet."]
    return [], reco, dec, "deferred"


def st_resume(r, ctx, body):
    reco = ["at der tages stilling til en handlingsplan"]
    dec = ["Punktet blev ikke behandlet på grund af mødets længde og genoptages på et senere møde."]
    return [], reco, dec, "deferred"


STANCES = {k[3:]: v for k, v in globals().items() if k.startswith("st_")}


def letter_item(r, ctx, body):
    """Ankestyrelsen's letter on the council's treatment of the 2023 map (subject: 2023 map)."""
    title = r.choice(["Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2023",
                      "Brev fra Ankestyrelsen om opfølgning på danmarkskort 2023",
                      "Tilsynets gennemgang af kommunens behandling af omgørelseskortet for 2023"])
    bg = ["Ankestyrelsen har gennemgået, hvordan kommunalbestyrelsen behandlede danmarkskortet for "
          "2023, og har sendt et brev med sin vurdering. Styrelsen foretager sig ikke videre i sagen.",
          "I brevet peger tilsynet på, at drøftelsen fremover skal omfatte alle tre dele af kortet og "
          "en sammenligning med andre kommuner."]
    reco = ["at brevet tages til efterretning"]
    dec = ["Taget til efterretning."]
    return dict(title=title, bg=bg, reco=reco, decision=dec), "not_addressed"


def both_item(r, ctx, body):
    """The new 2024 map treated together with last year's letter; a plan is decided."""
    title = "Danmarkskort 2024 og Ankestyrelsens brev om sidste års behandling"
    bg = ["Sagen samler to forhold: Ankestyrelsens brev om kommunens behandling af kortet for 2023 "
          "og det nye kort, som ministeriet udgav i juni 2024."] + map_bg(r, ctx, 2024)[1:]
    reco = ["at brevet fra Ankestyrelsen tages til efterretning",
            "at der udarbejdes en handlingsplan med konkrete mål for færre hjemviste sager i 2025"]
    dec = ["Indstillingen godkendt."]
    return dict(title=title, bg=bg, reco=reco, decision=dec), "prepare"


def othermap_item(r, ctx, body):
    t = r.choice([("Danmarkskort over kommunernes klimaplaner 2024",
                   "CONCITO og KL har lavet et danmarkskort over, hvor langt kommunerne er med "
                   "klimahandlingsplanerne. Kommunen ligger i den bedste tredjedel."),
                  ("Nyt danmarkskort over naturområder og biodiversitet",
                   "Miljøministeriet har offentliggjort et danmarkskort, der viser beskyttede "
                   "naturområder. Kortet danner grundlag for kommunens handlingsplan for natur."),
                  ("Danmarkskortet over bredbåndsdækning 2024",
                   "Energistyrelsens kort over bredbånd viser huller i dækningen i de nordlige "
                   "landdistrikter. Der foreslås en handlingsplan for mobildækning.")])
    return dict(title=t[0], bg=[t[1]], reco=["at orienteringen tages til efterretning",
                                            "at forvaltningen udarbejder en handlingsplan"],
                decision=["Godkendt."]), None


def employment_item(r, ctx, body):
    tot = r.randint(8, 22)
    return dict(title="Omgørelsesprocenter på beskæftigelsesområdet 2024",
                bg=[f"Ankestyrelsens statistik for beskæftigelsesområdet viser, at {tot} pct. af "
                    "kommunens påklagede afgørelser om sygedagpenge, ressourceforløb og fleksjob er "
                    "ændret eller hjemvist. Jobcentret har lavet en handlingsplan for sygedagpengesager.",
                    "Landsgennemsnittet ligger på samme niveau, men sagerne om fleksjob er steget."],
                reco=["at handlingsplanen for jobcentrets sagsbehandling godkendes"],
                decision=["Godkendt."]), None


# ---------------------------------------------------------------- fillers

FILLERS = [
    ("Budgetopfølgning pr. 30. september 2024",
     ["Forventet regnskab viser et samlet merforbrug på serviceudgifterne på 4,2 mio. kr., primært på det "
      "specialiserede børneområde."], ["at budgetopfølgningen godkendes"], ["Godkendt."]),
    ("Handlingsplan for klimatilpasning 2025-2030",
     ["Planen beskriver 14 projekter mod skybrud og havvandsstigninger og er sendt i høring i otte uger."],
     ["at handlingsplanen vedtages endeligt"], ["Vedtaget."]),
    ("Trafiksikkerhedsplan med handlingsplan for skoleveje",
     ["Der er registreret 23 uheld ved skoler de seneste fem år. Planen prioriterer krydsninger."],
     ["at trafiksikkerhedsplanen godkendes", "at der frigives 1,5 mio. kr. til første etape"],
     ["Godkendt."]),
    ("Turisme: Nyt Danmarks kort over cykelruter",
     ["Visit-samarbejdet udgiver et trykt Danmarks kort med nationale cykelruter, hvor kommunens "
      "ruter langs kysten indgår."], ["at kommunen deltager med 40.000 kr."], ["Godkendt."]),
    ("Anlægsbevilling til udvidelse af børnehuset Solsikken",
     ["Udvidelsen giver plads til 44 ekstra børn fra august 2025."],
     ["at der gives en anlægsbevilling på 12,8 mio. kr."], ["Godkendt."]),
    ("Takster for 2025 på ældreområdet",
     ["Taksterne for madservice og tøjvask er pris- og lønfremskrevet."], ["at taksterne godkendes"],
     ["Godkendt."]),
    ("Lokalplan for boligområde ved Østre Mølle - endelig vedtagelse",
     ["Der er indkommet fem høringssvar, som ikke giver anledning til ændringer."],
     ["at lokalplanen vedtages endeligt"], ["Vedtaget."]),
    ("Kvalitetsstandarder for hjemmehjælp og rehabilitering 2025",
     ["Standarderne er opdateret efter ældreloven og har været forelagt Ældrerådet."],
     ["at kvalitetsstandarderne godkendes"], ["Godkendt."]),
    ("Handicaprådets årsberetning 2024",
     ["Rådet har i året afgivet 11 høringssvar og holdt temamøde om tilgængelighed."],
     ["at årsberetningen tages til efterretning"], ["Taget til efterretning."]),
    ("Udpegning af nyt medlem til Folkeoplysningsudvalget",
     ["Et medlem er fraflyttet kommunen, og gruppen har indstillet en stedfortræder."],
     ["at det foreslåede medlem udpeges"], ["Godkendt."]),
    ("Høringssvar til trafikplan for den kollektive bustrafik",
     ["Trafikselskabet foreslår at nedlægge to lokale ruter i weekenden."], ["at høringssvaret godkendes"],
     ["Godkendt med en tilføjelse om skolebusser."]),
    ("Meddelelser fra borgmesteren",
     ["Borgmesteren orienterede om møde med regionen om akutberedskab og om status for byggeriet af "
      "den nye svømmehal."], ["at meddelelserne tages til efterretning"], ["Taget til efterretning."]),
    ("Beskæftigelsesplan 2025",
     ["Planen sætter mål for jobcentrets indsats over for ledige under 30 år."],
     ["at beskæftigelsesplanen godkendes"], ["Godkendt."]),
    ("Salg af kommunal grund på Industrivej",
     ["Grunden har været udbudt offentligt, og der er modtaget tre bud."],
     ["at grunden sælges til højestbydende"], ["Godkendt."]),
]


def filler(r, n, exclude=()):
    pool = [f for f in FILLERS if f[0] not in exclude]
    out = []
    for t, bg, reco, dec in r.sample(pool, n):
        out.append(dict(title=t, bg=list(bg), reco=list(reco), decision=list(dec), prior=[], attend=[],
                        dk=None))
    return out
