"""Wording of the dev half (written on its own; texts_hold.py is written separately)."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


FILLERS = [
    ("Godkendelse af dagsorden", [], "Godkendt."),
    ("Tillægsbevilling til vintervedligeholdelse af kommunale veje",
     ["Den milde vinter i starten af året blev fulgt af en periode med mange glatførebekæmpelser i november. "
      "Driftsområdet forventer et merforbrug på 2,1 mio. kr., som foreslås finansieret af kassebeholdningen."],
     "Godkendt."),
    ("Salg af byggegrund på Kirsebærvænget",
     ["Grunden har været udbudt i offentligt udbud med frist den 1. oktober. Der er modtaget tre bud, og det "
      "højeste bud er på 1.150.000 kr. eksklusive moms."],
     "Godkendt som indstillet."),
    ("Takster for dagtilbud 2026",
     ["Taksterne er beregnet efter dagtilbudslovens regler, så forældrebetalingen udgør 25 procent af de "
      "budgetterede bruttodriftsudgifter. Taksten for en vuggestueplads stiger med 1,8 procent."],
     "Taksterne blev godkendt."),
    ("Vedtagelse af lokalplan 1187 for boligområde ved Skovbrynet",
     ["Forslaget har været i offentlig høring i otte uger. Der er indkommet fire høringssvar, som især handler "
      "om trafik på den nye vejadgang. Forvaltningen foreslår mindre justeringer af vejprofilet."],
     "Lokalplanen blev endeligt vedtaget med de foreslåede ændringer."),
    ("Budgetopfølgning pr. 30. september",
     ["Der forventes samlet et mindreforbrug på serviceudgifterne på 6,4 mio. kr. Det specialiserede "
      "socialområde viser fortsat et pres, især på botilbud for voksne."],
     "Taget til efterretning."),
    ("Valg af nyt medlem til Folkeoplysningsudvalget",
     ["Et medlem har bedt om at udtræde af udvalget af personlige grunde. Den pågældende gruppe har peget på "
      "en ny kandidat."],
     "Godkendt."),
    ("Ansøgning om kommunegaranti for lån til fjernvarmeudvidelse",
     ["Varmeværket ønsker at optage et lån på 38 mio. kr. til udbygning af ledningsnettet i den nordlige "
      "bydel. Kommunen opkræver en garantiprovision på 0,5 procent."],
     "Godkendt. Forslaget blev vedtaget med 23 stemmer for og 2 imod."),
    ("Mødeplan for 2026",
     ["Forslaget til mødeplan følger den hidtidige rytme med møder den sidste tirsdag i måneden, dog ikke i "
      "juli."],
     "Mødeplanen blev godkendt."),
    ("Orientering om status på ældreplejen",
     ["Forvaltningen giver en status på rekruttering og fastholdelse i hjemmeplejen og på plejecentrene. "
      "Sygefraværet er faldet fra 8,9 til 7,6 procent."],
     "Orienteringen blev taget til efterretning."),
    ("Anlægsbevilling til renovering af svømmehallen",
     ["Svømmehallens tekniske anlæg er nedslidt. Der søges en anlægsbevilling på 14,5 mio. kr. med "
      "rådighedsbeløb fordelt på 2026 og 2027."],
     "Godkendt."),
    ("Meddelelser",
     ["Borgmesteren orienterede om mødet med regionen om akuthuset og om juleudsmykningen på torvet."],
     "Til orientering."),
    ("Lukket punkt: Køb af ejendom",
     [],
     "Godkendt."),
    ("Forlængelse af aftale om skolebuskørsel",
     ["Den nuværende kontrakt udløber den 31. juli 2026. Der er mulighed for forlængelse i op til to år på "
      "uændrede vilkår."],
     "Godkendt."),
]

TRAPS = {
    "climate_map": ("Klimahandlingsplan - kommunens placering på DK2020-danmarkskortet",
                    ["KL og Realdania har offentliggjort et nyt danmarkskort over kommunernes klimaplaner og "
                     "reduktionsmål. Kommunen er markeret som en af de kommuner, der har en godkendt klimaplan "
                     "med delmål for 2030.",
                     "Administrationen foreslår, at klimahandlingsplanen opdateres med en ny handlingsplan for "
                     "transportområdet."],
                    ["at orienteringen om danmarkskortet over klimaplaner tages til efterretning",
                     "at der udarbejdes en handlingsplan for grøn transport"],
                    "Godkendt."),
    "employment_rates": ("Omgørelsesprocenter på beskæftigelsesområdet 2024",
                         ["Ankestyrelsen har offentliggjort tal for, hvor mange afgørelser på "
                          "beskæftigelsesområdet der blev ændret eller hjemvist. Omgørelsesprocenten for "
                          "sygedagpenge var 17 procent, mod 21 procent på landsplan.",
                          "Jobcentret vil gennemgå sagerne om ressourceforløb på et kommende teammøde."],
                         ["at orienteringen tages til efterretning"],
                         "Taget til efterretning."),
    "nature_map": ("Naturens danmarkskort - nye kortlag over beskyttet natur",
                   ["Miljøstyrelsen har lanceret et nyt danmarkskort over potentielle naturområder. Kortet "
                    "viser blandt andet arealer langs Gudenåen, hvor der kan etableres sammenhængende natur.",
                    "Forvaltningen foreslår, at kortet indgår i arbejdet med den grønne trepart."],
                   ["at udvalget drøfter kortet", "at det indgår i den lokale handlingsplan for natur"],
                   "Drøftet. Udvalget ønsker en temadrøftelse i foråret."),
    "cycle_map": ("Cykelruter - deltagelse i det nationale danmarkskort over cykelruter",
                  ["Vejdirektoratet samler kommunernes rekreative ruter i et fælles danmarkskort. Kommunen kan "
                   "indmelde Fjordstien og Skovruten, så de vises i den nationale cykelplanlægger."],
                  ["at ruterne indmeldes", "at handlingsplanen for trafiksikkerhed justeres"],
                  "Godkendt."),
    "budget_plan": ("Handlingsplan for budgetoverholdelse 2026",
                    ["Prognosen viser et forventet merforbrug på serviceudgifterne. Direktionen har udarbejdet "
                     "en handlingsplan med 14 initiativer, der skal bringe økonomien i balance."],
                    ["at handlingsplanen for budgetoverholdelse godkendes"],
                    "Godkendt. Et mindretal (Ø) stemte imod."),
}


def year_phrase(style, date):
    if style == "letter":
        return ("", "")
    """(title, sentence about the map)"""
    y = 2025
    if style == "title":
        return (f"Danmarkskort 2025 over omgørelsesprocenter på socialområdet",
                "Social-, Bolig- og Ældreministeriet har udgivet Danmarkskort 2025, der viser, hvor stor en andel "
                "af kommunens afgørelser på socialområdet der blev ændret, ophævet eller hjemvist af Ankestyrelsen.")
    if style == "text":
        return ("Behandling af Ankestyrelsens danmarkskort",
                "Danmarkskortet for 2025 over omgørelsesprocenter på socialområdet foreligger nu og skal efter "
                "retssikkerhedslovens § 79 b behandles i kommunalbestyrelsen inden udgangen af 2025.")
    if style in ("figures", "figures_only"):
        return ("Omgørelsesprocenter på socialområdet - danmarkskortet",
                "Ankestyrelsens danmarkskort viser omgørelsesprocenterne for 2024, dvs. for de klagesager, som "
                "Ankestyrelsen afgjorde i løbet af 2024.")
    if style == "title_figures":
        return ("Danmarkskort 2025 - omgørelsesprocenter",
                "Kortet bygger på Ankestyrelsens afgørelser i 2024 og omfatter hele socialområdet samt børne- og "
                "voksenhandicapområdet.")
    if style == "pub":
        return ("Danmarkskortet over omgørelsesprocenter",
                "Ministeriet offentliggjorde i juni danmarkskortet, som sammenholder kommunernes "
                "omgørelsesprocenter på det sociale område.")
    if style == "none":
        return ("Danmarkskortet - omgørelsesprocenter på det sociale område",
                "Danmarkskortet viser andelen af kommunens klagesager på socialområdet, som Ankestyrelsen har "
                "ændret eller hjemvist.")
    raise KeyError(style)


REC = {
    "prepare": ("at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen "
                "på børnehandicapområdet, som forelægges udvalget i første halvår"),
    "prepare_other": ("at forvaltningen udarbejder et samlet kvalitetsløft af sagsbehandlingen (\"Ret fra start\") "
                      "med faglig sparring, juridisk kvalitetssikring af afgørelser og ledelsestjek, som "
                      "skal nedbringe omgørelserne"),
    "no_need": "at der ikke udarbejdes en handlingsplan, da kommunens omgørelsesprocenter ligger under landsgennemsnittet",
    "no_need_effort": ("at den igangværende kvalitetsindsats på voksenhandicapområdet fra 2024 videreføres, og at "
                       "der derfor ikke er behov for en særskilt handlingsplan"),
    "note": "at danmarkskortet tages til efterretning",
}


def dk_sections(it, dm, rng, council):
    title, yearsent = year_phrase(it["year"], dm["date"])
    if it.get("letter"):
        title = "Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2024"
        secs = [dict(role="resume", head="Resumé", paras=[
            "Ankestyrelsen har gennemgået kommunens behandling af danmarkskortet for 2024 og har i brev af "
            f"{long(dm['date'] - dt.timedelta(days=30))} meddelt, at styrelsen ikke foretager sig mere i sagen."]),
            dict(role="sag", head="Sagsfremstilling", paras=[
                "I brevet vejleder Ankestyrelsen om, at kommunalbestyrelsen ved den kommende behandling skal "
                "forholde sig til alle tre dele af kortet og tage stilling til, om der er behov for en "
                "handlingsplan."]),
            dict(role="indst", head="Indstilling", paras=["Direktionen indstiller,", ["ul", ["at brevet tages til efterretning"]]]),
            dict(role="dec", own=True, paras=["Taget til efterretning."])]
        return title, secs
    sag = [yearsent,
           rng.choice([
               "Kommunens samlede omgørelsesprocent er 31, mens landsgennemsnittet er 29. På børnehandicapområdet "
               "er procenten 44, hvilket især skyldes sager om merudgifter og tabt arbejdsfortjeneste.",
               "Kommunen ligger med en samlet omgørelsesprocent på 24 under landsgennemsnittet på 29. På "
               "voksenhandicapområdet er tallet 33 procent, hvor hovedparten af sagerne er hjemvist på grund af "
               "mangelfuld oplysning.",
               "Omgørelsesprocenten er på hele socialområdet 27, på børnehandicapområdet 38 og på "
               "voksenhandicapområdet 30. Til sammenligning er landstallene 29, 41 og 32."]),
           "Efter retssikkerhedslovens § 79 b, stk. 1, skal kommunalbestyrelsen tage stilling til, om der er behov "
           "for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i kommunens sagsbehandling."]
    if it["rec"] in ("no_need", "no_need_effort"):
        sag.append("Forvaltningen vurderer, at de tiltag, der allerede er sat i værk, med faste sagsgennemgange og "
                   "juridisk sparring i afdelingen, er tilstrækkelige.")
    recs = [REC[it["rec"]]] if it["rec"] == "note" else ["at danmarkskortet tages til efterretning", REC[it["rec"]]]
    if it["dec"] == "followup":
        title = "Opfølgning på danmarkskortet - handlingsplan for den juridiske kvalitet"
        sag = [f"{council} besluttede den {long(dm['hist_dates'][0])} at der skal udarbejdes en handlingsplan "
               "til styrkelse af den juridiske kvalitet i sagsbehandlingen. Forvaltningen fremlægger hermed "
               "udkastet, som indeholder seks indsatser, bl.a. en ny skabelon for partshøring og kvartalsvise "
               "stikprøver."]
        recs = ["at udvalget godkender handlingsplanen og dens indsatser"]
    secs = [dict(role="resume", head="Resumé", paras=[
        "Sagen forelægges med henblik på drøftelse af kommunens omgørelsesprocenter og stillingtagen til en "
        "eventuel handlingsplan."]) if it["dec"] != "followup" else None,
        dict(role="sag", head="Sagsfremstilling", paras=sag),
        dict(role="indst", head="Indstilling", paras=[dm.get("route", "Forvaltningen indstiller, "), ["ul", recs]])]
    secs = [s for s in secs if s]
    for (kind, bname, hdate, hdec) in it["hist"]:
        name = council if kind == "council" else bname
        txt = {"recommend": "Anbefales.", "defer": "Udsat.", "approve": "Godkendt."}[hdec]
        if hdec == "defer":
            txt = "Sagen blev udsat til næste møde, da der ønskes flere oplysninger om børnehandicapområdet."
        secs.append(dict(role="hist", hb=dict(body=name, date=hdate.isoformat(), own=False), paras=[txt]))
    dec = it["dec"]
    if dec == "approve":
        p = [rng.choice(["Godkendt.", "Indstillingen blev godkendt.", "Godkendt som indstillet."])]
    elif dec == "recommend":
        p = [rng.choice(["Anbefales.", f"Udvalget anbefaler indstillingen over for {council}.", "Indstillingen anbefales godkendt."])]
    elif dec == "note":
        p = ["Taget til efterretning."]
    elif dec == "discussed":
        p = ["Danmarkskortet blev drøftet."]
    elif dec == "defer":
        p = ["Udsat."]
    elif dec == "followup":
        p = ["Godkendt."]
    elif dec == "perpoint":
        p = ["Ad 1. Taget til efterretning.", "Ad 2. Godkendt."]
    elif dec == "amend_prepare":
        p = ["Socialdemokratiet stillede ændringsforslag om, at der udarbejdes en handlingsplan for den juridiske "
             "kvalitet på børnehandicapområdet.",
             "For ændringsforslaget stemte: A, F og Ø (14)", "Imod stemte: V, K og O (11)",
             "Ændringsforslaget blev vedtaget, og indstillingen blev herefter godkendt med den ændring."]
    elif dec == "vote_no":
        p = ["Venstre stillede forslag om, at der ikke udarbejdes en handlingsplan, men at udviklingen følges i "
             "den årlige kvalitetsrapport.",
             "For forslaget stemte 16 (V, C, I og O). Imod stemte 9 (A, F og Ø).",
             "Forslaget blev dermed vedtaget. Der udarbejdes ikke en handlingsplan."]
    elif dec == "agenda":
        return title, secs
    if dm["body"] == "dialogue":
        secs = [dict(role="sag", head="Baggrund", paras=[yearsent,
                     f"{dm['citizens']} har ønsket en drøftelse af tallene med byrådets medlemmer, før kortet "
                     "behandles på byrådsmødet."]),
                dict(role="dec", own=True, paras=["Drøftet. Rådets bemærkninger tages med i den videre behandling."])]
        return title, secs
    secs.append(dict(role="dec", own=True, paras=p))
    return title, secs


def fill(dm, rng):
    """Adds wording: per-item titles/sections, header fields, file name."""
    council = dm["council"]
    b = dm["body"]
    if b == "council":
        dm["bodyname"] = council
    elif b == "joint":
        dm["bodyname"] = f"Fællesmøde mellem {dm['bodyname']} og {dm['bodyname2']}"
    elif b == "dialogue":
        dm["bodyname"] = f"Dialogmøde mellem {council} og {dm['citizens']}"
    dm["hist_dates"] = [h[2] for it in dm["items"] if it["t"] == "dk" for h in it["hist"]]
    dm["place"] = rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 2, Rådhuset", "Kulturhuset, sal B", "Rådhuset, lokale 104"])
    dm["time"] = rng.choice(["17:00", "16:30", "15:00", "19:00", "08:30"])
    dm["absent"] = rng.choice(["Ingen", "Mette Holm (A)", "Jens Kragh (V), stedfortræder Ole Bak", "Lise Nørgaard (F)"])
    dm["route"] = rng.choice(["Forvaltningen indstiller, ", "Direktionen indstiller til Byrådet via Økonomiudvalget, ",
                              "Social- og Sundhedsforvaltningen indstiller, "])
    if dm["kind"] in ("press", "newsletter"):
        a = dm["about"]
        if dm["kind"] == "press":
            dm["title"] = f"Pressemeddelelse: {council} vil styrke retssikkerheden for borgere med handicap"
            dm["paras"] = [f"{dm['muni']} Kommune, {long(a + dt.timedelta(days=1))}",
                           f"På sit møde i går besluttede {council} at få udarbejdet en handlingsplan, der skal "
                           "styrke den juridiske kvalitet i sagsbehandlingen på børnehandicapområdet.",
                           "\"Vi kan se på danmarkskortet, at for mange af vores afgørelser bliver ændret i "
                           "Ankestyrelsen. Det vil vi gøre noget ved,\" siger formanden for Social- og "
                           "Sundhedsudvalget.",
                           "Handlingsplanen forventes klar i foråret 2026.",
                           "Yderligere oplysninger: Kommunikationsafdelingen, tlf. 72 33 10 00"]
            dm["fname"] = rng.choice(["pressemeddelelse-retssikkerhed.html", "nyhed-handlingsplan-handicap.html"])
        else:
            dm["title"] = f"Nyhedsbrev fra {council} - december"
            dm["paras"] = ["Kære borgere", f"Her får du et overblik over, hvad {council} har besluttet på de seneste møder.",
                           "Budget og anlæg: Der er givet bevilling til renovering af svømmehallen.",
                           "Socialområdet: Politikerne har drøftet Ankestyrelsens danmarkskort og besluttet, at "
                           "der skal laves en handlingsplan for at nedbringe antallet af omgjorte afgørelser.",
                           "Julebelysning: Torvet får nyt lys i år."]
            dm["fname"] = "nyhedsbrev-december.html"
        dm["items"] = []
        return
    pool = list(range(len(FILLERS)))
    rng.shuffle(pool)
    items = []
    no = rng.choice([1, 1, 1, 12, 201, 338])
    if dm.get("part") == 2:
        no += 9
    for it in dm["items"]:
        if it["t"] == "filler":
            for _ in range(it["n"]):
                t, sag, dec = FILLERS[pool.pop()]
                secs = [dict(role="sag", head="Sagsfremstilling", paras=sag)] if sag else []
                secs.append(dict(role="dec", own=True, paras=[dec]))
                if dm["kind"] == "agenda":
                    secs = secs[:-1]
                items.append(dict(no=no, title=t, secs=secs, casenr=f"{rng.randint(0, 85):02d}.{rng.randint(0, 40):02d}.{rng.randint(0, 20):02d}-A00-{rng.randint(1, 99)}-25"))
                no += 1
        elif it["t"] == "trap":
            t, sag, recs, dec = TRAPS[it["kind"]]
            secs = [dict(role="sag", head="Sagsfremstilling", paras=sag),
                    dict(role="indst", head="Indstilling", paras=["Forvaltningen indstiller,", ["ul", recs]]),
                    dict(role="dec", own=True, paras=[dec])]
            items.append(dict(no=no, title=t, secs=secs, casenr=f"00.01.00-P20-{rng.randint(1, 40)}-25"))
            no += 1
        else:
            t, secs = dk_sections(it, dm, rng, council)
            items.append(dict(no=no, title=t, secs=secs, casenr=f"27.69.48-K08-{rng.randint(1, 30)}-25", dk=True))
            no += 1
    dm["ritems"] = items
    kindword = "dagsorden" if dm["kind"] == "agenda" else "referat"
    stem = {"council": "byraad" if council == "Byrådet" else ("kb" if council == "Kommunalbestyrelsen" else "br"),
            "committee": "udvalg", "joint": "faellesmoede", "dialogue": "dialogmoede"}[b]
    part = f"-del{dm['part']}" if dm.get("part") else ""
    ex = "-ekstraordinaert" if dm.get("extraordinary") else ""
    dm["fname"] = f"{stem}{ex}-{kindword}-{dm['date'].isoformat()}{part}"
