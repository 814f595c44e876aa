"""Wording of the holdout half, written separately from texts_dev.py."""
import datetime as dt

MDR = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
       "november", "december"]


def lang(d):
    return f"{d.day}. {MDR[d.month - 1]} {d.year}"


def kort(d):
    return d.strftime("%d.%m.%Y")


SAGER = [
    ("Meddelelser fra borgmesteren", ["Borgmesteren orienterede om status på den nye ungdomsskole og om "
                                       "besøget fra venskabsbyen i Polen."], "Orienteringen blev taget til efterretning."),
    ("Endelig vedtagelse af kommuneplantillæg nr. 42 - solcelleanlæg ved Hesselbjerg",
     ["Tillægget udlægger 38 ha til solceller. Der kom 11 indsigelser i høringsperioden, primært om "
      "afskærmende beplantning og genskin mod nabobeboelser."],
     "Vedtaget. Imod stemte Dansk Folkeparti (2)."),
    ("Regnskab 2024 for Forsyningen A/S - orientering",
     ["Selskabet har et overskud før skat på 4,2 mio. kr. Revisionen har ingen bemærkninger."],
     "Til efterretning."),
    ("Frigivelse af anlægsmidler til cykelsti langs Vestervej",
     ["Projektet er forprojekteret, og der er indgået aftale med lodsejerne om arealerhvervelse. Der søges "
      "frigivet 6,8 mio. kr."],
     "Anlægsmidlerne blev frigivet."),
    ("Ændring af styrelsesvedtægten - nyt § 17-stk. 4-udvalg om landdistrikter",
     ["Udvalget nedsættes for resten af valgperioden og består af fem byrådsmedlemmer og fire "
      "repræsentanter fra lokalrådene."],
     "Godkendt. Vedtægtsændringen gives 2. behandling på næste møde."),
    ("Tilskud til lokalhistorisk arkiv", ["Arkivet søger om et ekstraordinært tilskud på 85.000 kr. til "
                                          "digitalisering af kirkebøger og fotosamlinger."], "Bevilget."),
    ("Godkendelse af takster for madservice 2026",
     ["Prisen for en hovedret reguleres til 62 kr., som er det lovbestemte maksimum. Levering er gratis."],
     "Taksterne blev godkendt."),
    ("Udpegning af repræsentant til bestyrelsen for Egnsteatret",
     ["Den hidtidige repræsentant er fraflyttet kommunen. Der skal udpeges en ny for perioden frem til "
      "udgangen af 2026."], "Karin Lund (C) blev udpeget."),
    ("Kvartalsrapport for beskæftigelsesindsatsen, 3. kvartal",
     ["Ledigheden er på 2,8 procent. Antallet af borgere på kontanthjælp er faldet med 6 procent siden "
      "sidste kvartal."], "Taget til orientering."),
    ("Lukket sag: Personalesag", [], "Godkendt."),
    ("Principper for skoledistrikter fra skoleåret 2026/27",
     ["Forslaget samler overbygningen fra Nørreskolen og Vestre Skole på ét matrikel og justerer "
      "distriktsgrænsen ved Bakkegården."], "Godkendt med 19 stemmer mod 6."),
    ("Garantistillelse for Boligselskabet Engen, afd. 12",
     ["Landsbyggefonden har givet tilsagn om støtte til en helhedsplan. Kommunen skal stille garanti for "
      "en del af det realkreditlån, der optages."], "Godkendt."),
    ("Eventuelt", [], "Intet."),
    ("Godkendelse af referat fra forrige møde", [], "Referatet blev godkendt."),
]

FÆLDER = {
    "climate_map": ("Klimaplan 2025 - resultater fra DK2020-partnerskabet",
                    ["Concito har i efteråret udgivet et danmarkskort, som sammenligner de 98 kommuners "
                     "klimahandleplaner og deres fremdrift. Kommunen ligger i midterfeltet for så vidt angår "
                     "reduktioner fra landbrug."],
                    ["at status tages til efterretning", "at forvaltningen udarbejder en handleplan for "
                                                         "energirenovering af kommunale bygninger"],
                    "Indstillingen blev godkendt."),
    "employment_rates": ("Ankestyrelsens statistik for omgørelser i beskæftigelsessager",
                         ["Ankestyrelsens årlige opgørelse viser, at omgørelsesprocenten i sager om "
                          "fleksjob og førtidspension i kommunen var 12, hvilket er under "
                          "landsgennemsnittet. Opgørelsen vedrører beskæftigelsesområdet og ikke socialområdet."],
                         ["at opgørelsen tages til orientering"],
                         "Orienteringen taget til efterretning."),
    "nature_map": ("Naturkortet - Danmarkskort over naturpotentialet i kommunen",
                   ["Aarhus Universitet har for Miljøministeriet lavet et danmarkskort, der viser arealer med høj "
                    "naturværdi. Kortet skal bruges i arbejdet med lokale naturplaner."],
                   ["at kortet lægges til grund for prioriteringen af naturprojekter"],
                   "Anbefales."),
    "cycle_map": ("Optagelse af Kystruten på Danmarks nationale cykelrutekort",
                  ["Dansk Kyst- og Naturturisme udgiver et danmarkskort med nationale og regionale cykelruter. "
                   "Kommunen kan ansøge om at få Kystruten optaget mod at stå for skiltningen."],
                  ["at kommunen ansøger om optagelse"],
                  "Tiltrådt."),
    "budget_plan": ("Genopretningsplan for det specialiserede socialområde",
                    ["Området forventer et merforbrug på 11 mio. kr. Der er udarbejdet en handleplan med "
                     "stramning af visitationen til botilbud og øget brug af hjemtagning."],
                    ["at handleplanen godkendes", "at der følges op kvartalsvis"],
                    "Godkendt. Enhedslisten tog forbehold."),
}


def aarsangivelse(style):
    if style == "letter":
        return ("", "")
    if style == "title":
        return ("Danmarkskort 2025 - Ankestyrelsens omgørelsesprocenter",
                "I juni 2025 blev Danmarkskort 2025 offentliggjort. Kortet opgør omgørelsesprocenten for "
                "kommunens afgørelser på hele socialområdet og særskilt for børne- og voksenhandicapområdet.")
    if style == "text":
        return ("Omgørelsesprocenter på socialområdet",
                "Social-, Bolig- og Ældreministeriets danmarkskort 2025 er udkommet. Det fremgår af "
                "retssikkerhedslovens § 79 b, at kommunalbestyrelsen skal behandle kortet inden udgangen af "
                "det år, hvor det offentliggøres.")
    if style in ("figures", "figures_only"):
        return ("Kommunens omgørelsesprocenter i klagesager på socialområdet",
                "Ankestyrelsens tal for omgørelsesprocenterne i 2024 er nu samlet i danmarkskortet, som "
                "ministeriet har sendt til kommunerne.")
    if style == "title_figures":
        return ("Danmarkskortet 2025 (tal for 2024)",
                "Kortet omfatter de sager, Ankestyrelsen traf afgørelse i i kalenderåret 2024.")
    if style == "pub":
        return ("Danmarkskortet - kommunens omgørelsesprocent",
                "Ministeriet offentliggjorde i juni 2025 danmarkskortet over omgørelsesprocenter i "
                "klagesager på det sociale område.")
    if style == "none":
        return ("Drøftelse af danmarkskortet over omgørelser",
                "Danmarkskortet sammenligner, hvor ofte Ankestyrelsen ændrer eller hjemviser kommunernes "
                "afgørelser efter serviceloven.")
    raise KeyError(style)


INDST = {
    "prepare": "at der iværksættes en handlingsplan, der skal styrke den juridiske kvalitet i sagsbehandlingen på voksenhandicapområdet",
    "prepare_other": ("at der igangsættes et retssikkerhedsprogram for myndighedsafdelingen med fokus på "
                      "partshøring, begrundelser og juridisk kvalitetssikring af afgørelserne"),
    "no_need": "at kommunalbestyrelsen beslutter, at der ikke er behov for at udarbejde en handlingsplan",
    "no_need_effort": ("at der ikke udarbejdes en handlingsplan, idet den eksisterende kompetenceplan for "
                       "myndighedsrådgiverne allerede dækker de forhold, kortet peger på"),
    "note": "at orienteringen om danmarkskortet tages til efterretning",
}


def dk_secs(it, dm, rng, council):
    title, aar = aarsangivelse(it["year"])
    if it.get("letter"):
        title = "Brev fra Ankestyrelsen om kommunens opfølgning på danmarkskortet 2024"
        return title, [
            dict(role="sag", head="Sagens kerne", paras=[
                "Ankestyrelsen har afsluttet sin gennemgang af kommunalbestyrelsernes behandling af danmarkskortet "
                "for 2024. Styrelsen har bemærket, at kommunalbestyrelsen tog stilling til behovet for en "
                "handlingsplan, og foretager sig ikke yderligere.",
                "Styrelsen minder om, at drøftelsen fremover skal omfatte kommunens tal set i forhold til andre "
                "kommuner."]),
            dict(role="indst", head="Indstilling", paras=["Kommunaldirektøren indstiller, at brevet tages til orientering."]),
            dict(role="dec", own=True, paras=["Orienteringen blev taget til efterretning."])]
    sag = [aar,
           rng.choice([
               "For kommunen er omgørelsesprocenten samlet 35 mod 30 på landsplan. Især på "
               "voksenhandicapområdet (§ 95 og § 96) hjemvises mange sager, fordi oplysningsgrundlaget er "
               "utilstrækkeligt.",
               "Kommunen har en samlet omgørelsesprocent på 22. Landsgennemsnittet er 30. På "
               "børnehandicapområdet er tallet 36 mod 40 i hele landet.",
               "Tallene er for hele socialområdet 29 pct., for børnehandicapområdet 47 pct. og for "
               "voksenhandicapområdet 26 pct. Kommunen ligger dermed over landsniveau for børnesagerne."]),
           "Kommunalbestyrelsen skal ved behandlingen tage stilling til, om der skal udarbejdes en "
           "handlingsplan for at styrke den juridiske kvalitet."]
    if it["rec"] == "no_need_effort":
        sag.append("Der blev i 2024 iværksat et kompetenceforløb for alle myndighedsrådgivere, og "
                   "administrationen vurderer, at effekten heraf bør afventes.")
    recs = [INDST[it["rec"]]] if it["rec"] == "note" else ["at kommunens resultater på danmarkskortet drøftes", INDST[it["rec"]]]
    if it["dec"] == "followup":
        title = "Handlingsplan for juridisk kvalitet - opfølgning på danmarkskortet 2025"
        sag = [f"Som opfølgning på {council}s beslutning den {lang(dm['hist_dates'][0])} forelægges "
               "handlingsplanen, der bl.a. indeholder faste juridiske kvalitetsmøder og en ny procedure for "
               "genvurdering af afgørelser, der påklages."]
        recs = ["at handlingsplanen godkendes"]
    secs = [dict(role="other", head="Beslutningstema", paras=[
                "Kommunalbestyrelsen skal drøfte danmarkskortet og tage stilling til, om der er behov for en "
                "handlingsplan."]) if it["dec"] != "followup" else None,
            dict(role="sag", head=rng.choice(["Sagsfremstilling", "Redegørelse", "Sagens kerne"]), paras=sag),
            dict(role="other", head="Retsgrundlag", paras=["Lov om retssikkerhed og administration på det "
                                                            "sociale område § 79 b."]),
            dict(role="other", head="Økonomiske konsekvenser", paras=["Ingen."]),
            dict(role="indst", head="Indstilling", paras=[dm["route"], ["ul", recs]])]
    secs = [s for s in secs if s]
    for (kind, bname, hdate, hdec) in it["hist"]:
        name = council if kind == "council" else bname
        txt = {"recommend": rng.choice(["Indstillingen anbefales.", "Anbefalet."]),
               "defer": "Sagen udsættes, idet forvaltningen bedes belyse udviklingen i sagerne om tabt arbejdsfortjeneste.",
               "approve": "Indstillingen blev godkendt."}[hdec]
        secs.append(dict(role="hist", hb=dict(body=name, date=hdate.isoformat(), own=False), paras=[txt]))
    dec = it["dec"]
    p = {"approve": [rng.choice(["Indstillingen godkendt.", "Vedtaget.", "Godkendt uden afstemning."])],
         "recommend": [rng.choice(["Anbefales godkendt.", "Udvalget anbefaler indstillingen."])],
         "note": ["Taget til orientering."],
         "discussed": ["Drøftet."],
         "defer": ["Sagen udsættes til næste møde."],
         "followup": ["Handlingsplanen blev godkendt."],
         "perpoint": ["Ad 1: Drøftet.", "Ad 2: Godkendt."],
         "amend_prepare": ["Ændringsforslag fra Enhedslisten og SF: \"at der udarbejdes en handlingsplan for at "
                           "styrke den juridiske kvalitet på voksenhandicapområdet\".",
                           "For stemte: 15 (A, F, Ø og Å)", "Imod stemte: 12 (V, C og O)", "Undlod at stemme: 0",
                           "Ændringsforslaget er vedtaget, og indstillingen er godkendt med denne ændring."],
         "vote_no": ["Der blev stemt om 2. at.",
                     "Et flertal bestående af V, C, O og I (17) stemte imod, at der udarbejdes en handlingsplan. "
                     "For stemte A og F (10).",
                     "Kommunalbestyrelsen beslutter således, at der ikke udarbejdes en handlingsplan. I øvrigt "
                     "godkendt."],
         }.get(dec)
    if dec == "agenda":
        return title, secs
    if dm["body"] == "dialogue":
        return title, [
            dict(role="sag", head="Sagsfremstilling", paras=[aar,
                 f"Som led i det årlige dialogmøde gennemgår forvaltningen tallene, så {dm['citizens']} kan give "
                 f"input, inden {council} behandler sagen."]),
            dict(role="dec", own=True, paras=["Tallene blev gennemgået, og medlemmerne af rådet stillede spørgsmål. "
                                              "Drøftelsen er noteret."])]
    secs.append(dict(role="dec", own=True, paras=p))
    return title, secs


def fill(dm, rng):
    council = dm["council"]
    b = dm["body"]
    if b == "council":
        dm["bodyname"] = council
    elif b == "joint":
        dm["bodyname"] = f"Fællesmøde: {dm['bodyname']} og {dm['bodyname2']}"
    elif b == "dialogue":
        dm["bodyname"] = f"Dialogmøde - {council} og {dm['citizens']}"
    dm["hist_dates"] = [h[2] for it in dm["items"] if it["t"] == "dk" for h in it["hist"]]
    dm["place"] = rng.choice(["Rådhuset, mødesal 1", "Borgernes Hus, lokale 3", "Multisalen, Rådhuset", "Byrådssalen"])
    dm["time"] = rng.choice(["kl. 16.00", "kl. 17.30", "kl. 18.00", "kl. 14.00"])
    dm["absent"] = rng.choice(["Peter Dahl (V)", "Ingen afbud", "Hanne Mikkelsen (A) - stedfortræder: Kim Berg (A)", "Susanne Friis (Ø)"])
    dm["route"] = rng.choice(["Myndighedschefen indstiller, ", "Sagen afgøres i: Kommunalbestyrelsen. Direktøren for Social og Sundhed indstiller, ",
                              "Administrationen indstiller til KB via SSU og ØU, "])
    if dm["kind"] in ("press", "newsletter"):
        a = dm["about"]
        if dm["kind"] == "press":
            dm["title"] = f"{dm['muni']} Kommune sætter ind mod omgjorte afgørelser"
            dm["paras"] = [f"Nyhed · {kort(a + dt.timedelta(days=2))}",
                           f"Et enigt {council} har besluttet, at der skal laves en handlingsplan, som skal "
                           "sikre, at flere afgørelser på handicapområdet holder, når de bliver påklaget.",
                           "Baggrunden er ministeriets danmarkskort, hvor kommunen ligger over landsgennemsnittet.",
                           "Planen skal ifølge beslutningen være færdig inden sommerferien.",
                           "Kontakt: Presseansvarlig, tlf. 99 74 12 12"]
            dm["fname"] = "nyhed-handlingsplan-juridisk-kvalitet"
        else:
            dm["title"] = "Politisk nyhedsbrev"
            dm["paras"] = [f"Nyt fra {council} · {MDR[a.month - 1]} {a.year}",
                           "Ny skolestruktur er sendt i høring.",
                           f"Danmarkskortet: {council} har behandlet kommunens omgørelsesprocenter og vedtaget, "
                           "at administrationen skal udarbejde en handlingsplan.",
                           "Tilmeld dig nyhedsbrevet på kommunens hjemmeside."]
            dm["fname"] = "nyhedsbrev-politik"
        dm["items"] = []
        return
    pool = list(range(len(SAGER)))
    rng.shuffle(pool)
    items = []
    no = rng.choice([1, 1, 5, 117, 402])
    if dm.get("part") == 2:
        no += 8
    for it in dm["items"]:
        if it["t"] == "filler":
            for _ in range(it["n"]):
                t, sag, dec = SAGER[pool.pop()]
                secs = [dict(role="sag", head=rng.choice(["Sagsfremstilling", "Beskrivelse af sagen"]), paras=sag)] if sag else []
                if dm["kind"] != "agenda":
                    secs.append(dict(role="dec", own=True, paras=[dec]))
                items.append(dict(no=no, title=t, secs=secs, casenr=f"EMN-2025-{rng.randint(1000, 19999):06d}"))
                no += 1
        elif it["t"] == "trap":
            t, sag, recs, dec = FÆLDER[it["kind"]]
            items.append(dict(no=no, title=t, casenr=f"EMN-2025-{rng.randint(1000, 19999):06d}", secs=[
                dict(role="sag", head="Sagsfremstilling", paras=sag),
                dict(role="indst", head="Indstilling", paras=["Administrationen indstiller,", ["ul", recs]]),
                dict(role="dec", own=True, paras=[dec])]))
            no += 1
        else:
            t, secs = dk_secs(it, dm, rng, council)
            items.append(dict(no=no, title=t, secs=secs, casenr=f"EMN-2025-{rng.randint(1000, 19999):06d}", dk=True))
            no += 1
    dm["ritems"] = items
    kw = "dagsorden" if dm["kind"] == "agenda" else "referat"
    stem = {"council": "kommunalbestyrelsen" if council == "Kommunalbestyrelsen" else council.lower().replace("å", "aa").replace("æ", "ae"),
            "committee": "udvalgsmoede", "joint": "faellesmoede-udvalg", "dialogue": "dialogmoede"}[b]
    part = f"_bilag{dm['part']}" if dm.get("part") else ""
    ex = "_ekstraordinaert" if dm.get("extraordinary") else ""
    dm["fname"] = f"{kw}_{stem}{ex}_{kort(dm['date']).replace('.', '')}{part}"
