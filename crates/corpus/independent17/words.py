"""All Danish wording of independent17: item texts, decisions, noise items.

Every function takes a random.Random so the build is reproducible. Texts are written from the
domain description and from how council secretaries write; none is tuned to any reader."""

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def long_date(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def weekday_date(d):
    return f"{WEEKDAYS[d.weekday()]} den {long_date(d)}"


def dot_date(d):
    return d.strftime("%d.%m.%Y")


def dash_date(d):
    return d.strftime("%d-%m-%Y")


def kommune_name(name):
    if name == "København":
        return "Københavns Kommune"
    if name == "Bornholm":
        return "Bornholms Regionskommune"
    return f"{name} Kommune"


def council_name(name, rng):
    if name == "København":
        return "Borgerrepræsentationen"
    return rng.choice(["Byrådet", "Byrådet", "Kommunalbestyrelsen"])


COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Børne- og Familieudvalget",
              "Udvalget for Social og Handicap", "Social- og Seniorudvalget",
              "Voksen- og Handicapudvalget"]

PARTIES = ["A", "V", "C", "F", "Ø", "O", "I", "Æ", "B", "M"]


def casenr(rng, style):
    y = 25
    if style == 0:
        return f"Sagsnr.: 27.00.00-A00-{rng.randint(1, 40)}-{y}"
    if style == 1:
        return f"Sag: EMN-2025-{rng.randint(1000, 19999):06d}"
    if style == 2:
        return f"Journalnr.: 29.09.00-P20-{rng.randint(1, 9)}-{y}"
    return f"Sagsnr. {rng.randint(100000, 999999)}"


def case_officer(rng):
    first = rng.choice(["Mette", "Lars", "Henrik", "Louise", "Søren", "Pernille", "Jesper",
                        "Tina", "Rasmus", "Birgitte", "Ole", "Camilla"])
    last = rng.choice(["Nørgaard", "Jørgensen", "Mikkelsen", "Østergaard", "Kjær", "Bækgaard",
                       "Lund", "Dahl", "Holm", "Skovgaard", "Vestergaard", "Thøgersen"])
    return f"{first} {last}"


def absent_line(rng):
    n = rng.choice([None, None, 1, 2])
    if n is None:
        return None
    names = sorted({case_officer(rng) for _ in range(n)})
    party = rng.choice(PARTIES)
    return ", ".join(f"{x} ({party})" for x in names)


# ---------------------------------------------------------------- the danmarkskort item

def rates(rng):
    """Reversal rates for the three parts of the map and the national averages."""
    whole = rng.randint(210, 390) / 10
    child = rng.randint(300, 560) / 10
    adult = rng.randint(180, 420) / 10
    return {"whole": whole, "child": child, "adult": adult,
            "nwhole": 30.1, "nchild": 44.6, "nadult": 31.8}


def pct(x):
    return f"{x:.1f}".replace(".", ",") + " pct."


def dk_title(rng, year_mode):
    if year_mode == "avoid":
        return rng.choice([
            "Omgørelser i klagesager på socialområdet - årlig politisk behandling",
            "Ankestyrelsens statistik over ændrede afgørelser på socialområdet",
            "Juridisk kvalitet i sagsbehandlingen - behandling efter retssikkerhedslovens § 79 b",
        ])
    if year_mode == "figures":
        return rng.choice([
            "Omgørelsesprocenter for 2024 på social- og handicapområdet",
            "Orientering om omgørelsesprocenterne for 2024 (Ankestyrelsen)",
        ])
    if year_mode == "none":
        return rng.choice([
            "Danmarkskortet over omgørelsesprocenter på socialområdet",
            "Ankestyrelsens danmarkskort - drøftelse og stillingtagen til handlingsplan",
        ])
    return rng.choice([
        "Danmarkskort 2025 over omgørelsesprocenter på socialområdet",
        "Danmarkskortet 2025 - omgørelsesprocenter i klagesager",
        "Behandling af Danmarkskort 2025 - omgørelser på det sociale område",
        "Social-, Bolig- og Ældreministeriets danmarkskort 2025",
    ])


def dk_resume(rng, year_mode, council):
    yr = "" if year_mode in ("none", "avoid") else " for 2025"
    if year_mode == "figures":
        return ("Ankestyrelsen har offentliggjort omgørelsesprocenterne for 2024 for klagesager "
                f"på socialområdet. Efter retssikkerhedslovens § 79 b skal {council.lower()} "
                "behandle resultatet og tage stilling til, om der skal udarbejdes en handlingsplan.")
    return rng.choice([
        f"Social-, Bolig- og Ældreministeriet har offentliggjort danmarkskortet{yr}, som viser, "
        "hvor stor en andel af de påklagede afgørelser på socialområdet Ankestyrelsen har "
        "ændret, hjemvist eller ophævet. Sagen forelægges med henblik på den lovpligtige "
        "politiske behandling.",
        f"Kommunalbestyrelsen skal efter retssikkerhedslovens § 79 b, stk. 1, årligt behandle "
        f"ministeriets opgørelse over omgørelsesprocenter{yr} og samtidig tage stilling til, "
        "om der er behov for en handlingsplan til styrkelse af den juridiske kvalitet.",
    ])


def dk_background(rng, r, kname):
    lower = r["whole"] < r["nwhole"]
    p = [
        f"Danmarkskortet består af tre dele: et kort for hele socialområdet samt to delkort for "
        f"henholdsvis børnehandicapområdet og voksenhandicapområdet. For {kname} er "
        f"omgørelsesprocenten på hele socialområdet {pct(r['whole'])} mod et landsgennemsnit på "
        f"{pct(r['nwhole'])}",
        f"På børnehandicapområdet (serviceloven/barnets lov) er omgørelsesprocenten "
        f"{pct(r['child'])} (landsplan {pct(r['nchild'])}), og på voksenhandicapområdet "
        f"{pct(r['adult'])} (landsplan {pct(r['nadult'])}).",
        rng.choice([
            "Omgørelsesprocenten skal læses med forsigtighed, da antallet af klagesager i en "
            "mindre kommune er lavt, og få sager kan flytte procenten betydeligt.",
            "En omgørelse betyder ikke nødvendigvis, at den oprindelige afgørelse var forkert; "
            "ofte skyldes hjemvisningen, at der er kommet nye oplysninger i sagen.",
            "Forvaltningen har gennemgået de omgjorte sager og ser især mangler i "
            "begrundelserne og i den konkrete, individuelle vurdering.",
        ]),
    ]
    if lower:
        p.append("Kommunen ligger samlet set under landsgennemsnittet, men der er fortsat "
                 "enkelte paragraffer med mange hjemvisninger, bl.a. § 41 og § 100.")
    else:
        p.append("Kommunen ligger over landsgennemsnittet, særligt på børnehandicapområdet, "
                 "hvor mange sager om merudgifter og tabt arbejdsfortjeneste er hjemvist.")
    return p


def dk_recommendation(rng, stance_kind, council, committee=None):
    """Bullets of the administration's recommendation; stance_kind says what they propose."""
    b = [f"at {council} drøfter danmarkskortet og kommunens omgørelsesprocenter sammenholdt med "
         "andre kommuners"]
    if stance_kind == "prepare":
        b.append(rng.choice([
            "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i "
            "sagsbehandlingen på børne- og voksenhandicapområdet",
            "at forvaltningen udarbejder en handlingsplan for at nedbringe antallet af "
            "omgjorte afgørelser, og at planen forelægges udvalget i foråret 2026",
        ]))
    elif stance_kind == "othername":
        b.append(rng.choice([
            "at forvaltningen igangsætter et målrettet kvalitetsløft af sagsbehandlingen på "
            "voksenhandicapområdet med fokus på partshøring, begrundelse og helhedsvurdering, "
            "og at der følges op halvårligt",
            "at der iværksættes et retssikkerhedsprogram med faglig sparring, stikprøver i "
            "egne afgørelser og undervisning i forvaltningsret for alle sagsbehandlere på "
            "handicapområdet",
        ]))
    elif stance_kind == "no_need":
        b.append(rng.choice([
            "at der ikke udarbejdes en handlingsplan, da kommunens omgørelsesprocenter ligger "
            "under landsgennemsnittet på alle tre delkort",
            "at det besluttes, at der ikke er behov for en handlingsplan",
        ]))
    elif stance_kind == "existing":
        b.append(rng.choice([
            "at den igangværende kvalitetsindsats på handicapområdet (2024-2026) vurderes at "
            "være tilstrækkelig, og at der derfor ikke iværksættes yderligere",
            "at der henset til den allerede vedtagne plan for faglig kvalitet i "
            "myndighedsafdelingen ikke er grundlag for at udarbejde en særskilt plan",
        ]))
    elif stance_kind == "noted":
        b = ["at orienteringen om danmarkskortet tages til efterretning"]
    return b


def prepare_clause(rng):
    return rng.choice([
        "at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet på "
        "børnehandicapområdet",
        "at forvaltningen udarbejder en handlingsplan, der forelægges i første kvartal 2026",
    ])


# ---------------------------------------------------------------- noise items

NOISE = [
    ("Budgetopfølgning pr. 30. september 2025",
     ["Forvaltningen har udarbejdet budgetopfølgning for alle udvalg. Der forventes et samlet "
      "mindreforbrug på 4,2 mio. kr. på serviceudgifterne.",
      "Der er merforbrug på specialundervisning og på den kollektive trafik."],
     ["at budgetopfølgningen godkendes", "at mindreforbruget overføres til 2026"],
     "Godkendt."),
    ("Trafiksikkerhedsplan 2026-2029 - handlingsplan for skoleveje",
     ["Den nye trafiksikkerhedsplan indeholder en handlingsplan med 14 projekter ved skoler, "
      "bl.a. hævede flader og bedre belysning.",
      "Planen har været i høring i skolebestyrelserne."],
     ["at trafiksikkerhedsplanen og den tilhørende handlingsplan godkendes"],
     "Godkendt."),
    ("Klimahandlingsplan - status og opfølgning",
     ["Kommunens klimahandlingsplan skal følges op årligt. Udledningen er faldet med 38 pct. "
      "siden 2019.",
      "Energistyrelsens nye danmarkskort over kommunernes varmeplaner viser, at kommunen er "
      "langt med udfasning af oliefyr."],
     ["at status tages til efterretning"],
     "Taget til efterretning."),
    ("Skoledistrikter og kapacitet på skoleområdet fra skoleåret 2026/27",
     ["Elevtallet stiger i den nordlige del af kommunen. Forvaltningen foreslår en justering "
      "af distriktsgrænsen mellem to skoler.",
      "Forslaget sendes i høring i 8 uger."],
     ["at forslaget sendes i høring"],
     "Godkendt."),
    ("Vejvedligeholdelse og asfaltprogram 2026",
     ["Der er afsat 12,5 mio. kr. til asfalt og fortove i 2026. Prioriteringen følger "
      "vejenes tilstand i det digitale vejregister."],
     ["at asfaltprogrammet godkendes", "at anlægsbevillingen frigives"],
     "Godkendt."),
    ("Turismestrategi - kommunen på Danmarks kort",
     ["Visitorganisationen foreslår en fælles indsats for at sætte kommunen på Danmarks kort "
      "som destination for aktiv ferie.",
      "Indsatsen finansieres inden for den eksisterende ramme."],
     ["at strategien godkendes"],
     "Godkendt."),
    ("Omgørelsesprocenter på beskæftigelsesområdet 2025",
     ["Styrelsen for Arbejdsmarked og Rekruttering har offentliggjort omgørelsesprocenter for "
      "sager om sygedagpenge, ressourceforløb og fleksjob.",
      "Kommunens omgørelsesprocent på sygedagpengeområdet er 14,0 pct."],
     ["at orienteringen tages til efterretning"],
     "Taget til efterretning."),
    ("Danmarkskort over natur- og biodiversitetsprojekter",
     ["Miljøministeriet har lanceret et danmarkskort over lokale naturprojekter. Kommunen har "
      "indmeldt fire projekter, bl.a. genslyngning af et vandløb."],
     ["at orienteringen tages til efterretning"],
     "Taget til efterretning."),
    ("Godkendelse af takster for ældreområdet 2026",
     ["Taksterne for madservice og ophold på plejecenter er fremskrevet med pris- og "
      "lønudviklingen.", "Handleplanen for plejecentret Solgården er vedlagt som bilag."],
     ["at taksterne godkendes"],
     "Godkendt."),
    ("Anlægsbevilling til ny daginstitution",
     ["Der søges om anlægsbevilling på 38 mio. kr. til en ny institution med 120 pladser."],
     ["at der gives en anlægsbevilling på 38 mio. kr."],
     "Godkendt."),
]

LETTER = ("Ankestyrelsens tilbagemelding om behandlingen af danmarkskortet 2024",
          ["Ankestyrelsen har ved brev af 11. marts 2025 meddelt, at kommunalbestyrelsen har "
           "behandlet danmarkskortet 2024 rettidigt og taget stilling til behovet for en "
           "handlingsplan. Ankestyrelsen foretager sig ikke videre.",
           "Brevet indeholder vejledning om den kommende behandling, herunder at alle tre dele "
           "af kortet skal indgå i drøftelsen."],
          ["at brevet tages til efterretning"],
          "Taget til efterretning.")

ANNOUNCE = ("Meddelelser",
            ["Borgmesteren orienterede om, at danmarkskortet over omgørelsesprocenter "
             "forventes forelagt på et kommende møde, når forvaltningen har gennemgået tallene.",
             "Herudover orientering om KL's kommunalpolitiske topmøde."],
            [], "Taget til efterretning.")
