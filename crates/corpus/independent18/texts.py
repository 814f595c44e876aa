"""All Danish wording of the corpus, written for it. Functions return item dicts:
{title, sagsnr, sections: [(heading, text)], decision_lines: [...], decision: str, dk: None | (map_year, stance)}
The gold stance lives in `dk`; the wording is chosen first, the label follows from what it says."""

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def long_date(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def wd_date(d):
    return f"{WEEKDAYS[d.weekday()]} den {long_date(d)}"


def sagsnr(rng, style):
    y = rng.choice([21, 22])
    if style == 0:
        return f"Sagsnr.: 27.69.40-A00-{rng.randint(1, 40)}-{y}"
    if style == 1:
        return f"Sag {rng.randint(300, 799)}-20{y}-{rng.randint(10000, 99999)}"
    if style == 2:
        return f"Journalnr. {rng.randint(100000, 999999)}"
    return f"EMN-20{y}-{rng.randint(1000, 19999):05d}"


def pct(rng):
    return rng.randint(18, 44)


# ---------------------------------------------------------------- the map item

MAP_TITLES = {
    "plain": ["Danmarkskort over omgørelsesprocenter på socialområdet 2022",
              "Danmarkskortet 2022 - omgørelsesprocenter",
              "Behandling af danmarkskortet for 2022, jf. retssikkerhedslovens § 79 b",
              "Social- og Ældreministeriets danmarkskort 2022"],
    "noword": ["Ankestyrelsens statistik over klagesager 2021",
               "Omgørelser af kommunens afgørelser på socialområdet",
               "Omgørelsesprocenter i Ankestyrelsen - kommunens resultater for 2021",
               "Retssikkerhed i sagsbehandlingen - Ankestyrelsens tal for 2021"],
}


def map_background(rng, name, noword):
    a, b, c = pct(rng), pct(rng), pct(rng)
    land = rng.randint(24, 31)
    if noword:
        intro = (f"Social- og Ældreministeriet har i juni 2022 offentliggjort den årlige oversigt over, hvor stor "
                 f"en andel af kommunernes afgørelser på socialområdet der ændres, hjemvises eller ophæves, når "
                 f"borgeren klager til Ankestyrelsen. Oversigten bygger på Ankestyrelsens afgørelser i 2021. "
                 f"Kommunalbestyrelsen skal efter retssikkerhedslovens § 79 b behandle resultaterne på et møde "
                 f"inden årets udgang.")
    else:
        intro = (f"Social- og Ældreministeriet offentliggjorde den 23. juni 2022 danmarkskortet over "
                 f"omgørelsesprocenter på socialområdet. Kortet viser for hver kommune, hvor stor en andel af "
                 f"de påklagede afgørelser Ankestyrelsen har omgjort i 2021. Efter retssikkerhedslovens "
                 f"§ 79 b skal kommunalbestyrelsen behandle danmarkskortet på et møde inden udgangen af det år, "
                 f"hvor kortet offentliggøres.")
    body = (f"For {name} Kommune er omgørelsesprocenten på hele socialområdet {a} pct. mod {land} pct. på "
            f"landsplan. På børnehandicapområdet er den {b} pct., og på voksenhandicapområdet {c} pct. "
            f"Sammenlignet med kommuner af tilsvarende størrelse ligger kommunen "
            f"{'over' if a > land else 'på niveau med eller under'} gennemsnittet. De fleste omgørelser "
            f"skyldes mangelfuld oplysning af sagen og utilstrækkelige begrundelser, navnlig i sager om "
            f"merudgifter og tabt arbejdsfortjeneste efter servicelovens §§ 41 og 42.")
    law = ("Siden 1. juli 2022 skal kommunalbestyrelsen desuden tage stilling til, om der er behov for at "
           "udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.")
    return intro, body, law


STANCE_REC = {
    "prepare": ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på børne- og voksenhandicapområdet",
                "at forvaltningen udarbejder en handlingsplan for den juridiske kvalitet, som forelægges udvalget i foråret 2023"],
    "prepare_other": ["at forvaltningen igangsætter et retssikkerhedsprogram med faste sagsgennemgange, juridisk sparring og undervisning i partshøring og begrundelse, og at udvalget følger op hvert halve år",
                      "at der iværksættes en kvalitetsplan for myndighedsarbejdet med målrettet kompetenceudvikling og stikprøvekontrol af afgørelser på handicapområdet"],
    "no_need": ["at der ikke er behov for at udarbejde en handlingsplan",
                "at kommunalbestyrelsen ikke finder anledning til at udarbejde en handlingsplan"],
    "no_need_quality": ["at der ikke udarbejdes en særskilt handlingsplan, idet den igangværende indsats »Kvalitet i myndighedsudøvelsen 2022-2024« vurderes at dække behovet",
                        "at den eksisterende kvalitetsmodel med månedlige sagsaudits fortsætter, og at der herudover ikke er behov for yderligere tiltag"],
    "not_addressed": ["at orienteringen tages til efterretning",
                      "at danmarkskortet tages til orientering"],
}


def stance_label(kind):
    return {"prepare": "prepare", "prepare_other": "prepare", "no_need": "no_need",
            "no_need_quality": "no_need", "not_addressed": "not_addressed", "deferred": "deferred"}[kind]


def map_item(rng, name, body_kind, council_name, stance, date, noword=False, committee=None,
             committee_date=None, committee_stance=None, recommend_to_council=False, title=None):
    """The danmarkskort item. stance: prepare/prepare_other/no_need/no_need_quality/not_addressed/deferred.
    committee (name) with committee_date: a quoted earlier committee decision in council minutes."""
    intro, body, law = map_background(rng, name, noword)
    rec_kind = stance if stance != "deferred" else rng.choice(["prepare", "no_need"])
    rec = rng.choice(STANCE_REC[rec_kind])
    target = council_name if (body_kind == "council" or recommend_to_council) else committee or "udvalget"
    recs = [f"at {target.lower()} drøfter kommunens omgørelsesprocenter set i forhold til andre kommuner", rec]
    sections = [("Resumé", intro), ("Sagsfremstilling", body + " " + law)]
    if stance in ("no_need_quality",):
        sections.append(("Vurdering", "Forvaltningen har siden 2021 arbejdet med en systematisk kvalitetsindsats med "
                                      "faglige audits, skabeloner til afgørelser og juridisk sparring. Det er "
                                      "forvaltningens vurdering, at indsatsen allerede adresserer de fejltyper, "
                                      "kortet peger på."))
    if stance in ("prepare", "prepare_other"):
        sections.append(("Økonomiske konsekvenser", "Indsatsen afholdes inden for den eksisterende ramme."))
    route = (f"Forvaltningen indstiller til {council_name} via {committee}," if committee
             else rng.choice(["Forvaltningen indstiller,", "Direktøren for Social og Sundhed indstiller,"]))
    sections.append(("Indstilling", route + "\n" + "\n".join("- " + r for r in recs)))
    dlines = []
    if committee and committee_date:
        cs = committee_stance or rec_kind
        ctext = {"prepare": "Anbefales, idet udvalget lægger vægt på, at der udarbejdes en handlingsplan.",
                 "prepare_other": "Anbefales.",
                 "no_need": "Anbefales.",
                 "no_need_quality": "Anbefales.",
                 "not_addressed": "Taget til efterretning og oversendes til orientering."}[cs]
        sections.append((f"Beslutning i {committee} den {long_date(committee_date)}", ctext))
    if stance == "deferred":
        dec = rng.choice(["Udsat.", "Sagen blev udsat til næste møde.", "Punktet udsættes, idet forvaltningen anmodes om en uddybende redegørelse."])
    elif stance == "not_addressed":
        dec = rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning."])
    elif body_kind == "committee" and recommend_to_council:
        dec = rng.choice(["Anbefales over for Byrådet.", "Indstillingen anbefales.", "Udvalget anbefaler indstillingen."])
    else:
        dec = rng.choice(["Godkendt.", "Indstillingen godkendt.", "Godkendt som indstillet.",
                          f"{council_name} besluttede, {rec}." if body_kind == "council" else "Godkendt."])
        if committee and body_kind == "council" and rng.random() < 0.4:
            dec = f"Som indstillet af {committee}."
    return dict(title=title or rng.choice(MAP_TITLES["noword" if noword else "plain"]),
                sections=sections, decision=dec, decision_lines=dlines,
                dk=(2022, stance_label(stance)))


def combined_item(rng, name, council_name, stance, kind):
    """The map treated inside a larger item (social report, status, budget follow-up)."""
    intro, body, law = map_background(rng, name, False)
    titles = {"report": "Årlig socialfaglig rapport 2022",
              "status": "Status på socialområdet - efteråret 2022",
              "budget": "Budgetopfølgning pr. 30. september 2022 - Social og Sundhed"}
    rec = rng.choice(STANCE_REC[stance])
    secs = [("Sagsfremstilling", {
        "report": "Rapporten samler årets nøgletal for børne-, handicap- og psykiatriområdet: "
                  "antal anbringelser, ventetider, tilsynsresultater og klagesager.",
        "status": "Statussen omfatter udviklingen i udgifter og aktivitet, rekruttering af socialrådgivere "
                  "og resultaterne af Ankestyrelsens behandling af klager.",
        "budget": "Der forventes et merforbrug på 6,4 mio. kr. på specialiserede tilbud til voksne, "
                  "som delvist modsvares af mindreforbrug på aktivitets- og samværstilbud."}[kind]),
            ("Danmarkskortet 2022", intro + " " + body + " " + law),
            ("Indstilling", "Direktionen indstiller,\n- at rapporten godkendes\n- " + rec)]
    dec = rng.choice(["Godkendt.", "Indstillingen godkendt.", "Ad 1. Godkendt. Ad 2. Godkendt."])
    return dict(title=titles[kind], sections=secs, decision=dec, decision_lines=[],
                dk=(2022, stance_label(stance)))


def letter_item(rng, name, council_name):
    """Ankestyrelsen's letter on the review of last year's map (map 2021)."""
    return dict(title=rng.choice(["Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2021",
                                  "Brev fra Ankestyrelsen om kommunens opfølgning på omgørelsesprocenter (2021)"]),
                sections=[("Sagsfremstilling",
                           f"Ankestyrelsen har gennemgået kommunalbestyrelsernes behandling af danmarkskortet for "
                           f"2021 og meddeler i brev til {name} Kommune, at styrelsen ikke foretager sig yderligere. "
                           f"Brevet indeholder vejledning om de skærpede krav, der gælder fra 1. juli 2022."),
                          ("Indstilling", "Forvaltningen indstiller, at brevet tages til efterretning.")],
                decision="Taget til efterretning.", decision_lines=[], dk=(2021, "not_addressed"))


# ---------------------------------------------------------------- ordinary items (no dk)

def employment_item(rng):
    return dict(title="Omgørelsesprocenter på beskæftigelsesområdet 2021",
                sections=[("Sagsfremstilling",
                           "Ankestyrelsen har offentliggjort omgørelsesprocenterne for klager over kommunernes "
                           f"afgørelser om sygedagpenge, ressourceforløb og fleksjob. Kommunens omgørelsesprocent "
                           f"er {pct(rng)} pct. Der er ikke krav om politisk behandling efter retssikkerhedslovens "
                           "regler for socialområdet, men jobcentret orienterer årligt."),
                          ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning.")],
                decision="Taget til efterretning.", decision_lines=[], dk=None)


def other_map_item(rng):
    t = rng.choice([("Danmarkskort over kommunernes klimaindsats",
                     "Klima-, Energi- og Forsyningsministeriet har offentliggjort et danmarkskort, der viser "
                     "status for kommunernes DK2020-klimahandlingsplaner. Kommunen fremgår med en godkendt plan."),
                    ("Erhvervsministeriets danmarkskort over erhvervsvenlighed",
                     "Kortet rangerer kommunerne efter sagsbehandlingstider for byggesager og erhvervsservice. "
                     "Forvaltningen foreslår en handlingsplan for kortere byggesagsbehandling."),
                    ("Danmarkskort over mobil- og bredbåndsdækning 2022",
                     "Energistyrelsen har offentliggjort den årlige kortlægning af dækningen. Der er fortsat "
                     "huller i den nordlige del af kommunen.")])
    return dict(title=t[0], sections=[("Sagsfremstilling", t[1]),
                                      ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning, og at der udarbejdes en handlingsplan for området.")],
                decision="Godkendt.", decision_lines=[], dk=None)


ORDINARY = [
    ("Godkendelse af dagsorden", "", "Godkendt."),
    ("Budgetopfølgning pr. 31. august 2022", "Samlet forventes et merforbrug på serviceudgifterne på 11,2 mio. kr., primært på det specialiserede børneområde og energiudgifter i de kommunale bygninger.", "Godkendt."),
    ("Anlægsbevilling til renovering af Skovvej og Nørregade", "Der søges en anlægsbevilling på 4,8 mio. kr. til ny asfalt, cykelsti og fortov. Arbejdet udføres i foråret.", "Godkendt."),
    ("Skolestruktur - høringssvar og endelig beslutning", "Høringen har givet 37 høringssvar fra skolebestyrelser, forældre og lokalråd. Forvaltningen anbefaler at fastholde den nuværende struktur.", "Et flertal (A, F og Ø) godkendte indstillingen. Imod stemte V og C."),
    ("Trafiksikkerhedsplan 2023-2026", "Planen indeholder en handlingsplan med 24 projekter omkring skoleveje og krydsninger.", "Godkendt."),
    ("Takster for hjemmepleje og madservice 2023", "Taksterne reguleres med pris- og lønfremskrivningen.", "Godkendt."),
    ("Lokalplan nr. 112 - boliger ved Engvej, endelig vedtagelse", "Der er modtaget fem indsigelser. Planen vedtages med mindre ændringer af byggefelterne.", "Vedtaget."),
    ("Ansøgning om tilskud til forsamlingshus", "Foreningen søger 150.000 kr. til nyt tag.", "Bevilget."),
    ("Kvalitetsstandard for hjælpemidler 2023", "Standarden er opdateret med nye satser og vejledende sagsbehandlingsfrister.", "Godkendt."),
    ("Turisme - nyt Danmarks kort over vandreruter", "Visit-selskabet udgiver et kort over Danmarks vandreruter, hvor kommunens ruter indgår.", "Taget til efterretning."),
    ("Valg af medlem til Handicaprådet", "Danske Handicaporganisationer har indstillet et nyt medlem.", "Godkendt."),
]


def ordinary_item(rng, idx):
    t, s, d = ORDINARY[idx]
    secs = [("Sagsfremstilling", s)] if s else []
    if s:
        secs.append(("Indstilling", "Forvaltningen indstiller, at sagen godkendes."))
    return dict(title=t, sections=secs, decision=d, decision_lines=[], dk=None)


def mayor_announcements(rng):
    return dict(title="Meddelelser fra borgmesteren",
                sections=[("Sagsfremstilling", "Borgmesteren orienterede om, at danmarkskortet 2022 er offentliggjort "
                                               "og vil blive behandlet i fagudvalget, samt om julearrangementet på rådhuset.")],
                decision="Orienteringen blev taget til efterretning.", decision_lines=[], dk=None)


def closed_item(rng):
    return dict(title="Lukket punkt: Køb af ejendom", sections=[], decision="Godkendt.", decision_lines=[], dk=None, closed=True)


MEMBERS = ["Anne Kristensen (A)", "Lars Holm (V)", "Mette Dahl (F)", "Jens Bruun (C)", "Søren Østergaard (Ø)",
           "Birthe Lauritsen (O)", "Henrik Æbelø (A)", "Kirsten Brøndum (V)", "Peter Aagaard (B)"]


def absent(rng):
    k = rng.choice([0, 1, 1, 2])
    return rng.sample(MEMBERS, k)
