"""independent10: all Danish wording, and flatten() which turns a document model into a list of
layout-neutral elements.  Written for this corpus; no wording copied from elsewhere."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MON3 = ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sept.", "okt.", "nov.", "dec."]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
FIRST = ["Anne", "Mette", "Lars", "Jens", "Karen", "Peter", "Hanne", "Søren", "Birgitte", "Mikkel", "Louise",
         "Torben", "Pia", "Henrik", "Rasmus", "Camilla", "Ole", "Jette", "Kasper", "Ida", "Bent", "Dorthe"]
LAST = ["Holm", "Kristensen", "Vestergaard", "Møller", "Sørensen", "Bech", "Lund", "Kjær", "Thomsen", "Frost",
        "Dalsgaard", "Juul", "Mikkelsen", "Østergaard", "Bak", "Nørgaard", "Skov", "Winther"]
PARTY = ["A", "V", "C", "F", "O", "Ø", "B", "I", "Æ", "M", "D"]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)} ({r.choice(PARTY)})"


def absent_line(r):
    k = r.randrange(4)
    if k == 0:
        return None
    return ", ".join(person(r) for _ in range(k))


def long_date(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def date_forms(d, r, k=None):
    forms = [
        f"{DAYS[d.weekday()]} den {long_date(d)}",
        f"{d:%d.%m.%Y}",
        f"{d:%d-%m-%Y}",
        f"{DAYS[d.weekday()].capitalize()} {long_date(d)}",
        f"{d.day}. {MON3[d.month - 1]} {d.year}",
        f"{d.isoformat()}",
        f"{d.day}/{d.month} {d.year}",
    ]
    return forms[r.randrange(len(forms)) if k is None else k]


def sagsnr(r):
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(0, 29):02d}.{r.randint(0, 40):02d}.{r.randint(0, 20):02d}-{r.choice(['A00', 'P20', 'G01', 'K04'])}-{r.randint(1, 40)}-25"
    if k == 1:
        return f"EMN-2025-{r.randint(100, 99999):06d}"
    if k == 2:
        return f"25/{r.randint(1000, 39999)}"
    if k == 3:
        return f"{r.randint(100000, 999999)}"
    return f"S{r.randint(2020, 2025)}-{r.randint(1, 9999):04d}"


def shuffle_in(r, item, others):
    pos = r.randint(1, len(others))
    return others[:pos] + [item] + others[pos:]


def jsonable(doc):
    def conv(x):
        if isinstance(x, dt.date):
            return x.isoformat()
        if isinstance(x, dict):
            return {k: conv(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return [conv(v) for v in x]
        return x
    d = conv(doc)
    d["elements"] = flatten(doc)
    return d


# ------------------------------------------------------------------ filler items

FILLERS_COUNCIL = [
    ("Godkendelse af dagsorden", [], ["at dagsordenen godkendes."], "Godkendt."),
    ("Budgetopfølgning pr. 30. september 2025", [
        "Forvaltningen har gennemført budgetopfølgningen pr. 30. september. Der forventes samlet et mindreforbrug på serviceudgifterne på 4,2 mio. kr., mens de specialiserede socialområder fortsat viser et pres på udgifterne til botilbud.",
        "Anlægsområdet forventes at slutte med en forskydning på 11,8 mio. kr. til 2026, primært vedrørende skolerenoveringer."],
     ["at budgetopfølgningen tages til efterretning", "at de foreslåede omplaceringer godkendes"],
     "Godkendt."),
    ("Takster for vand og spildevand 2026", [
        "Forsyningsselskabet har fremsendt forslag til takster for 2026. Den faste afgift stiger med 3,1 pct., og den variable kubikmeterpris er uændret.",
        "Taksterne skal godkendes af byrådet i henhold til vandsektorloven."],
     ["at taksterne for 2026 godkendes"], "Godkendt."),
    ("Lokalplan 1187 for boligområde ved Engvej – endelig vedtagelse", [
        "Forslaget har været i offentlig høring i otte uger. Der er indkommet fem høringssvar, som primært vedrører trafik og bygningshøjder.",
        "Forvaltningen foreslår mindre ændringer af vejadgangen, jf. hvidbogen."],
     ["at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen"], "Godkendt. Ib Frost (Ø) stemte imod."),
    ("Klimahandlingsplan – status 2025", [
        "Kommunens klimahandlingsplan blev vedtaget i 2021. Status viser, at CO2-udledningen fra kommunens egne bygninger er reduceret med 34 pct. i forhold til 2018.",
        "Handlingsplanen revideres i 2026 med nye delmål for transport og landbrug."],
     ["at status tages til efterretning"], "Taget til efterretning."),
    ("Trafiksikkerhedsplan 2026-2030", [
        "Forvaltningen har udarbejdet udkast til ny trafiksikkerhedsplan med handlingsplan for skolevejene. Planen har været drøftet i Teknik- og Miljøudvalget.",
        "Planen indeholder 23 konkrete projekter prioriteret efter antal uheld og skolebørnenes trafikmønstre."],
     ["at trafiksikkerhedsplanen med tilhørende handlingsplan sendes i offentlig høring i perioden 1. december 2025 til 15. januar 2026"],
     "Godkendt."),
    ("Salg af byggegrunde i Nørremarken, etape 2", [
        "Der er udarbejdet udbudsmateriale for 14 parcelhusgrunde. Mindsteprisen er fastsat på baggrund af en ekstern vurdering."],
     ["at grundene udbydes til de foreslåede mindstepriser"], "Godkendt."),
    ("Mødeplan for byrådet 2026", [
        "Der er udarbejdet forslag til mødeplan for 2026. Budgetseminaret foreslås afholdt den 27. og 28. august 2026."],
     ["at mødeplanen for 2026 godkendes"], "Godkendt."),
    ("Anlægsbevilling til renovering af Søndermarkshallen", [
        "Hallen trænger til nyt tag og ventilation. Projektet er prissat til 8,4 mio. kr. og finansieres af den afsatte pulje til idrætsfaciliteter."],
     ["at der gives en anlægsbevilling på 8,4 mio. kr.", "at rådighedsbeløbet frigives"], "Godkendt."),
    ("Udpegning af nyt medlem til Folkeoplysningsudvalget", [
        "Et medlem har anmodet om fritagelse. Den gruppe, der har udpeget medlemmet, har indstillet en afløser."],
     ["at det indstillede medlem udpeges for resten af valgperioden"], "Godkendt."),
    ("Meddelelser", ["Borgmesteren orienterede om status på kommunens modtagelse af ukrainske fordrevne og om KL's økonomiforhandlinger."], [],
     "Orienteringen blev taget til efterretning."),
]

FILLERS_COMMITTEE = [
    ("Godkendelse af dagsorden", [], ["at dagsordenen godkendes"], "Godkendt."),
    ("Budgetopfølgning for udvalgets område", [
        "Der forventes et merforbrug på 2,7 mio. kr. på området for borgerstyret personlig assistance, som delvist modsvares af et mindreforbrug på aktivitets- og samværstilbud."],
     ["at budgetopfølgningen tages til efterretning"], "Taget til efterretning."),
    ("Kvalitetsstandard for hjemmehjælp 2026", [
        "Forvaltningen har revideret kvalitetsstandarden for praktisk hjælp og personlig pleje. Ændringerne er primært sproglige, og serviceniveauet er uændret.",
        "Ældrerådet og Handicaprådet har afgivet høringssvar."],
     ["at kvalitetsstandarden anbefales over for byrådet"], "Anbefales."),
    ("Orientering om ventelister til botilbud", [
        "Der står pr. 1. oktober 2025 19 borgere på venteliste til et længerevarende botilbud. Den gennemsnitlige ventetid er 7 måneder."],
     ["at orienteringen tages til efterretning"], "Taget til efterretning."),
    ("Tilsynsrapporter fra Socialtilsyn Midt", [
        "Socialtilsynet har aflagt anmeldte tilsyn på to af kommunens bosteder. Der er ikke givet påbud."],
     ["at tilsynsrapporterne tages til orientering"], "Orienteringen taget til efterretning."),
    ("Eventuelt", [], [], "Intet."),
]


def filler_items(m, r, n, committee=False):
    pool = FILLERS_COMMITTEE if committee else FILLERS_COUNCIL
    first = pool[0]
    rest = r.sample(pool[1:], min(n, len(pool) - 1))
    items = []
    for t, bg, rec, dec in ([first] + rest)[:max(n, 1)]:
        t = t.replace("byrådet", m.council.lower())
        rec = [x.replace("byrådet", m.council.lower()) for x in rec]
        blocks = []
        if bg:
            blocks.append(("h", r.choice(["Sagsfremstilling", "Beskrivelse af sagen", "Sagens indhold", "Redegørelse"])))
            blocks += [("p", x) for x in bg]
        if rec:
            blocks.append(("h", "Indstilling"))
            blocks.append(("p", r.choice(["Forvaltningen indstiller,", "Direktionen indstiller,", "Administrationen indstiller,"])))
            blocks.append(("bul", rec))
        blocks.append(("dec", [dec]))
        items.append(dict(title=t, sagsnr=sagsnr(r), blocks=blocks, dk=None))
    return items


# ------------------------------------------------------------------ map items

def figures(r, stance):
    land = 22
    if stance == "prepare":
        tot = r.randint(26, 36)
    elif stance == "no_need":
        tot = r.randint(12, 21)
    else:
        tot = r.randint(17, 29)
    b = max(8, tot + r.randint(-6, 9))
    v = max(8, tot + r.randint(-7, 6))
    return dict(land=land, tot=tot, b=b, v=v, lb=29, lv=24, n=r.randint(120, 420))


def map_background(m, r, f, year=2025, figures_year=None):
    fy = figures_year or year - 1
    pub = r.choice([f"i juni {year}", f"den {r.randint(17, 27)}. juni {year}", f"før sommerferien {year}"])
    paras = []
    k = r.randrange(3)
    if k == 0:
        paras.append(f"Social-, Bolig- og Ældreministeriet offentliggjorde {pub} den årlige oversigt over, hvor stor en andel af kommunernes afgørelser på socialområdet der bliver ændret, hjemvist eller ophævet, når borgeren klager til Ankestyrelsen. Opgørelsen for {year} bygger på klagesager, som Ankestyrelsen afgjorde i {fy}.")
    elif k == 1:
        paras.append(f"Ankestyrelsen og ministeriet har {pub} udsendt danmarkskortet over omgørelsesprocenter på socialområdet. Kortet viser, hvor mange af kommunens påklagede afgørelser der i {fy} blev omgjort i Ankestyrelsen, og gør det muligt at sammenligne kommunen med landets øvrige kommuner.")
    else:
        paras.append(f"Hvert år udgiver ministeriet en kortlægning af omgørelsesprocenterne i sager, der er påklaget til Ankestyrelsen. Årets udgave ({year}) blev offentliggjort {pub} og omfatter sager afgjort i {fy} på hele socialområdet, på børnehandicapområdet og på voksenhandicapområdet.")
    cmp_ = "under" if f["tot"] < f["land"] else ("på niveau med" if f["tot"] == f["land"] else "over")
    paras.append(f"{m.name} Kommune havde i {fy} {f['n']} sager, der blev behandlet i Ankestyrelsen. Den samlede omgørelsesprocent for socialområdet var {f['tot']} pct., hvilket ligger {cmp_} landsgennemsnittet på {f['land']} pct. På børnehandicapområdet blev {f['b']} pct. af sagerne omgjort (landsplan {f['lb']} pct.), og på voksenhandicapområdet {f['v']} pct. (landsplan {f['lv']} pct.).")
    if r.random() < 0.6:
        paras.append(r.choice([
            "De fleste omgørelser vedrører merudgifter efter servicelovens § 41 og § 100 samt hjælpemidler. En del sager er hjemvist, fordi der manglede oplysninger om borgerens funktionsevne på afgørelsestidspunktet.",
            "Gennemgangen viser, at en stor del af de omgjorte sager hjemvises på grund af mangelfuld partshøring eller begrundelse, mens færre ændres på grund af en anden faglig vurdering.",
            "Forvaltningen har gennemgået de omgjorte sager. Omgørelserne er spredt over flere paragraffer, og der tegner sig ikke et entydigt mønster.",
            "Antallet af klager er steget med ca. 15 pct. i forhold til året før, særligt inden for ledsagelse og socialpædagogisk støtte.",
        ]))
    return paras


def duty_para(m, r):
    return r.choice([
        "Efter retssikkerhedslovens § 79 b skal kommunalbestyrelsen behandle kortet på et møde inden årets udgang og samtidig tage stilling til, om der er behov for at udarbejde en handlingsplan.",
        f"Det følger af § 79 b i lov om retssikkerhed og administration på det sociale område, at {m.council.lower()} årligt skal drøfte omgørelsesprocenterne, og at der skal tages stilling til behovet for en plan for at styrke den juridiske kvalitet i sagsbehandlingen.",
        "Sagen forelægges, fordi loven kræver en politisk behandling af kortet i det år, hvor det offentliggøres.",
    ])


MAP_TITLES = [
    "Danmarkskort 2025 over omgørelsesprocenter på socialområdet",
    "Ankestyrelsens omgørelsesprocenter på socialområdet 2025",
    "Omgørelser af klagesager på socialområdet – årlig opgørelse 2025",
    "Retssikkerhed i sagsbehandlingen: ministeriets opgørelse af omgjorte afgørelser (§ 79 b)",
    "Behandling af danmarkskortet for 2025 og stillingtagen til handlingsplan",
    "Omgørelsesprocent i klagesager på det sociale område, 2024-tal",
    "Kvaliteten i socialfaglige afgørelser – Ankestyrelsens tal for 2024",
    "Danmarkskortet 2025 – børne- og voksenhandicapområdet",
]

PREP = {
    "tiltag": ["at forvaltningen bedes fremlægge konkrete tiltag til at nedbringe antallet af omgjorte afgørelser, med særligt fokus på børnehandicapområdet, til udvalgets møde i marts 2026"],
    "plan_voksen": ["at der udarbejdes en plan for styrkelse af sagsbehandlingen på voksenhandicapområdet, som forelægges til politisk godkendelse i første halvår 2026"],
    "textbook": ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på socialområdet"],
    "eftersyn": ["at administrationen gennemfører et serviceeftersyn af afgørelsespraksis på de områder, hvor kommunen ligger over landsgennemsnittet",
                 "at resultatet og forslag til indsatser forelægges byrådet senest i maj 2026"],
    "followup_prepare": ["at der på baggrund af analysen igangsættes et målrettet løft af sagsbehandlingen med kompetenceudvikling, faste sparringsmøder med jurist og stikprøvekontrol af afgørelser",
                         "at status på indsatsen forelægges i efteråret 2026"],
    "committee_decides": ["at der iværksættes en handlingsplan for at øge kvaliteten af afgørelserne på børnehandicapområdet"],
    "late_prepare": ["at der udarbejdes en samlet plan med konkrete initiativer, der skal bringe omgørelsesprocenten ned på eller under landsgennemsnittet"],
    "early2024": ["at forvaltningen udarbejder en handlingsplan for området med de højeste omgørelsesprocenter"],
}
NONEED = {
    "paent": ["at danmarkskortet tages til efterretning"],
    "daekkende": ["at orienteringen tages til efterretning",
                  "at det igangværende arbejde med faglig kvalitet og læring af omgjorte sager anses for dækkende, så der ikke iværksættes yderligere"],
    "textbook": ["at danmarkskortet tages til efterretning", "at der ikke udarbejdes en handlingsplan"],
    "table": ["at kortet tages til orientering", "at en særskilt plan for den juridiske kvalitet ikke vurderes nødvendig, da kommunens resultater er gode på alle tre delområder"],
    "fewcases": ["at omgørelsesprocenterne tages til efterretning",
                 "at omgørelserne, der fordeler sig på få sager uden et fælles mønster, ikke giver anledning til en selvstændig handlingsplan"],
    "late_noneed": ["at det igangværende arbejde med faglig kvalitet anses for dækkende, så der ikke iværksættes yderligere"],
    "oeu_anbefaler": ["at byrådet tager danmarkskortet til efterretning", "at byrådet konstaterer, at den eksisterende kvalitetsindsats er tilstrækkelig, og at der ikke er behov for en ny plan"],
    "faelles": ["at udvalgene tager kortet til efterretning", "at der ikke er grundlag for en særskilt handlingsplan, da kommunen ligger under landsgennemsnittet på alle områder"],
}
NOTE = {
    "efterretning": ["at orienteringen om omgørelsesprocenterne tages til efterretning"],
    "droeftet": ["at byrådet drøfter kommunens placering på danmarkskortet"],
    "duty_orient": ["at sagen tages til orientering"],
    "firstlook": ["at orienteringen tages til efterretning", "at forvaltningen vender tilbage med en nærmere analyse af de omgjorte sager"],
    "efterretning_followup": ["at analysen af de omgjorte sager tages til efterretning"],
    "committee_note": ["at orienteringen tages til efterretning"],
    "handicapraad": ["at Handicaprådet drøfter omgørelsesprocenterne og eventuelt afgiver bemærkninger"],
    "udsat": ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet"],
    "genoptages": ["at orienteringen tages til efterretning", "at der tages stilling til, om der skal udarbejdes en handlingsplan"],
    "tilbage": None,
}


def rec_intro(r, route=None):
    base = r.choice(["Forvaltningen indstiller,", "Direktøren for Social og Sundhed indstiller,", "Administrationen indstiller,",
                     "Social- og Sundhedsforvaltningen indstiller,", "Kommunaldirektøren indstiller,"])
    if route:
        base = base[:-1] + f" til {route},"
    return base


def map_item(m, r, kind, body, date, stance, style, prior=None, decision=None, dechead=None, year=2025, joint=None):
    f = figures(r, stance if stance in ("prepare", "no_need") else "x")
    if year == 2025:
        if style in ("textbook", "early2024"):
            title = r.choice(MAP_TITLES[:2] + MAP_TITLES[4:5])
        elif style in ("firstlook",):
            title = r.choice(MAP_TITLES)
        elif style in ("followup_prepare", "efterretning_followup"):
            title = r.choice(["Opfølgning på omgørelsesprocenterne 2025 – analyse af de omgjorte sager",
                              "Danmarkskortet 2025: analyse og opfølgning"])
        else:
            title = r.choice(MAP_TITLES)
    else:
        title = r.choice(["Danmarkskort over omgørelsesprocenter", "Ankestyrelsens danmarkskort – omgørelsesprocenter på socialområdet",
                          "Orientering om omgørelsesprocenter på socialområdet"])
    blocks = []
    if r.random() < 0.5:
        blocks.append(("h", r.choice(["Resumé", "Sagens kerne", "Beslutningstema", "Kort om sagen"])))
        blocks.append(("p", r.choice([
            f"{m.council} skal tage stilling til kommunens resultater i årets opgørelse af omgørelsesprocenter og til, om der er brug for at gøre noget ekstra.",
            "Sagen handler om, hvor mange af kommunens afgørelser på socialområdet der ændres eller hjemvises af Ankestyrelsen.",
            "Orientering om kommunens omgørelsesprocenter på socialområdet og stillingtagen til den videre opfølgning.",
        ]) if year == 2025 else "Orientering om kommunens omgørelsesprocenter og den videre opfølgning."))
    if style in ("followup_prepare", "efterretning_followup"):
        blocks.append(("h", "Sagsfremstilling"))
        blocks.append(("p", f"{m.council} behandlede på et tidligere møde i år kortet over omgørelsesprocenter for 2025 og bad forvaltningen om en analyse af de omgjorte sager. Analysen foreligger nu."))
        blocks.append(("p", f"Af de {f['n']} påklagede sager blev {round(f['n'] * f['tot'] / 100)} omgjort. Knap halvdelen er hjemvist på grund af mangelfuld oplysning af sagen, og de øvrige er ændret, fordi Ankestyrelsen har foretaget en anden vurdering af borgerens behov."))
    elif style == "handicapraad":
        blocks.append(("h", "Baggrund"))
        blocks += [("p", x) for x in map_background(m, r, f, year)]
        blocks.append(("p", f"Sagen behandles i {m.ssu} den {long_date(date + dt.timedelta(days=14))} og forelægges derefter {m.council.lower()}."))
    else:
        blocks.append(("h", r.choice(["Sagsfremstilling", "Beskrivelse af sagen", "Redegørelse", "Sagsforløb"])))
        blocks += [("p", x) for x in map_background(m, r, f, year)]
        if style not in ("paent",) and r.random() < 0.7 or style == "duty_orient":
            blocks.append(("p", duty_para(m, r)))
    if style in ("paent", "daekkende", "fewcases", "late_noneed", "oeu_anbefaler", "faelles", "table", "textbook") and stance == "no_need":
        blocks.append(("p", r.choice([
            "Forvaltningen arbejder allerede systematisk med læring af omgjorte sager, bl.a. gennem månedlige faglige gennemgange og et juridisk netværk på tværs af afdelingerne.",
            "Kommunen har siden 2023 haft en fast kvalitetsmodel med stikprøver og juridisk sparring, som fortsætter.",
        ])))
    if style == "table":
        blocks.append(("table", [("Område", f"{m.name}", "Hele landet"), ("Socialområdet samlet", f"{f['tot']} %", f"{f['land']} %"),
                                 ("Børnehandicap", f"{f['b']} %", f"{f['lb']} %"), ("Voksenhandicap", f"{f['v']} %", f"{f['lv']} %")]))
    blocks.append(("h", r.choice(["Økonomi", "Økonomiske konsekvenser"])))
    blocks.append(("p", r.choice(["Sagen har ingen økonomiske konsekvenser.", "Ingen.", "Eventuelle udgifter afholdes inden for udvalgets ramme."])))
    # recommendation
    if stance == "prepare":
        rec = PREP.get(style) or PREP["textbook"]
    elif stance == "no_need":
        rec = NONEED.get(style) or NONEED["textbook"]
    else:
        rec = NOTE.get(style)
    if style == "changed":
        rec = NONEED["daekkende"]
    if style == "tilbage":
        rec = PREP["tiltag"]
    if style == "decision_first":
        rec = PREP["plan_voksen"]
    route = None
    if kind == "committee" and body != "Handicaprådet" and style != "committee_decides":
        route = r.choice([f"at {body} anbefaler over for {m.council.lower()}", None])
    rec_block = [("h", "Indstilling"), ("p", rec_intro(r) if not route else rec_intro(r)), ("bul", list(rec))] if rec else []
    if kind == "committee" and style not in ("committee_decides", "handicapraad", "faelles", "committee_note") and body != m.oeu:
        rec_block.insert(2, ("p", f"at {body} over for {m.council.lower()} anbefaler,"))
    if kind == "committee" and body == m.oeu and style == "oeu_anbefaler":
        rec_block.insert(2, ("p", f"at Økonomiudvalget over for {m.council.lower()} anbefaler,"))
    # prior decisions
    prior_blocks = []
    if prior:
        head = r.choice(["Tidligere behandling", "Beslutning i tidligere behandling", "Sagens tidligere behandling"])
        prior_blocks.append(("h", head))
        for pb, pd, ptext in prior:
            prior_blocks.append(("p", r.choice([f"{pb}, {long_date(pd)}:", f"Beslutning i {pb} den {long_date(pd)}:", f"{pb} den {pd:%d.%m.%Y}"])))
            prior_blocks += [("p", t) for t in ptext]
    # the body's own decision
    cg = m.council_gen
    if decision:
        dec = [decision]
    elif kind == "committee":
        dec = {
            ("prepare", "tiltag"): ["Anbefales."],
            ("no_need", "daekkende"): [r.choice(["Anbefales.", "Indstillingen anbefales."])],
            ("no_need", "fewcases"): ["Anbefales over for byrådet."],
            ("prepare", "eftersyn"): ["Indstillingen anbefales godkendt."],
            ("prepare", "committee_decides"): [f"{body} besluttede, at der iværksættes en handlingsplan som indstillet. Planen behandles på udvalgets møde i februar 2026."],
            ("not_addressed", "committee_note"): ["Orienteringen blev taget til efterretning."],
            ("not_addressed", "handicapraad"): ["Handicaprådet drøftede sagen og bemærkede, at rådet gerne vil inddrages i det videre arbejde med sagsbehandlingens kvalitet. Bemærkningerne sendes med til udvalget."],
            ("no_need", "oeu_anbefaler"): ["Økonomiudvalget anbefaler indstillingen."],
            ("no_need", "faelles"): ["Udvalgene tog kortet til efterretning og var enige i, at der ikke er grundlag for en handlingsplan."],
        }.get((stance, style), ["Anbefales."])
    else:
        dec = {
            "plan_voksen": ["Godkendt."],
            "textbook": r.choice([
                ["Godkendt."],
                ["Ad 1. Taget til efterretning.", "Ad 2. Godkendt."],
                [f"Et ændringsforslag fra {r.choice(['Enhedslisten', 'SF', 'Dansk Folkeparti'])} om, at der udarbejdes en handlingsplan, faldt med {r.randint(2, 5)} stemmer mod {r.randint(18, 25)}.",
                 "Indstillingen blev herefter godkendt."],
            ]) if stance == "no_need" else r.choice([
                ["Godkendt som indstillet."],
                [f"For stemte: A, C, F og V ({r.randint(15, 20)}). Imod stemte: O og D ({r.randint(3, 6)}).", "Indstillingen er godkendt."],
                ["Indstillingen blev godkendt uden afstemning."],
            ]),
            "followup_prepare": [r.choice(["Godkendt.", "Indstillingen tiltrådt."])],
            "changed": [f"Et ændringsforslag fra {r.choice(['A', 'F', 'Ø', 'SF'])} om, at der alligevel udarbejdes en plan for at styrke sagsbehandlingen på børnehandicapområdet, blev vedtaget med {r.randint(14, 17)} stemmer mod {r.randint(8, 11)}.",
                        f"{m.council} besluttede herefter, at forvaltningen udarbejder en sådan plan, som forelægges i foråret 2026."],
            "decision_first": [f"{m.council} vedtog indstillingen enstemmigt."],
            "paent": [f"Taget til efterretning. {m.name} Kommune ligger pænt i forhold til landsgennemsnittet, og {m.council.lower()} finder ikke grundlag for at gøre yderligere på nuværende tidspunkt."],
            "textbook_nn": ["Godkendt."],
            "table": ["Godkendt"],
            "efterretning": [r.choice(["Taget til efterretning.", "Orienteringen taget til efterretning."])],
            "droeftet": ["Drøftet."],
            "duty_orient": ["Til orientering."],
            "firstlook": [r.choice(["Taget til efterretning.", "Godkendt."])],
            "efterretning_followup": ["Taget til efterretning."],
            "udsat": [r.choice(["Udsat.", "Sagen blev udsat til næste møde.", "Punktet udsættes."])],
            "genoptages": ["Sagen genoptages på et senere møde, når der foreligger en nærmere analyse af de omgjorte sager."],
            "tilbage": [f"Sagen sendes tilbage til {m.ssu} med henblik på en nærmere vurdering af, hvad en plan skal indeholde."],
            "late_noneed": ["Godkendt."],
            "late_prepare": ["Godkendt."],
            "early2024": ["Godkendt."],
        }.get(style, ["Godkendt."])
    # council in 2026 for late_prepare etc: recommendation from committee quoted
    item = dict(title=title, sagsnr=sagsnr(r), blocks=[], dk=(year, stance), decision_text=dec, dechead=dechead)
    if style == "decision_first":
        item["blocks"] = [("dec", dec)] + rec_block + blocks
    elif style == "table":
        item["blocks"] = blocks + rec_block + [("decrow", dec)]
    else:
        order = r.randrange(3)
        if order == 0:
            item["blocks"] = blocks + rec_block + prior_blocks + [("dec", dec)]
        elif order == 1:
            item["blocks"] = rec_block + prior_blocks + [("dec", dec)] + blocks
        else:
            item["blocks"] = blocks[:2] + prior_blocks + rec_block + [("dec", dec)] + blocks[2:]
    if style == "late_prepare" or style == "late_noneed":
        item["title"] = r.choice(["Danmarkskort 2025 over omgørelsesprocenter på socialområdet",
                                  "Omgørelsesprocenter på socialområdet 2025 (opfølgning fra udvalget)",
                                  "Ministeriets opgørelse af omgørelser 2025"])
    if joint:
        item["title"] = "Fælles behandling: " + item["title"]
    return item


# ------------------------------------------------------------------ noise items (other maps, other years)

def noise_items(m, r, kinds):
    out = []
    for k in kinds:
        if k == "stoej":
            out.append(dict(title="Støjkortlægning 2025 og støjhandlingsplan", sagsnr=sagsnr(r), dk=None, blocks=[
                ("h", "Sagsfremstilling"),
                ("p", "Miljøstyrelsen har offentliggjort et nyt danmarkskort over vejstøj, som viser, hvor mange boliger der er belastet af støj over 58 dB. I kommunen er det ca. 3.400 boliger, flest langs de store indfaldsveje."),
                ("p", "Kommunen skal senest den 18. juli 2026 vedtage en ny støjhandlingsplan. Et udkast forventes i høring i foråret."),
                ("h", "Indstilling"), ("bul", ["at orienteringen tages til efterretning", "at forvaltningen udarbejder forslag til støjhandlingsplan"]),
                ("dec", ["Godkendt."])]))
        elif k == "bredbaand":
            out.append(dict(title="Mobil- og bredbåndsdækning – Energistyrelsens kortlægning", sagsnr=sagsnr(r), dk=None, blocks=[
                ("h", "Beskrivelse af sagen"),
                ("p", "Energistyrelsens danmarkskort over bredbåndsdækning viser, at 94 pct. af adresserne i kommunen har adgang til 1 Gbit/s. De resterende adresser ligger især i landdistrikterne, hvor kommunen vil søge midler fra bredbåndspuljen."),
                ("h", "Indstilling"), ("bul", ["at kortlægningen tages til efterretning"]), ("dec", ["Taget til efterretning."])]))
        elif k == "klima":
            out.append(dict(title="Kystbeskyttelse og klimatilpasning – nyt nationalt kortgrundlag", sagsnr=sagsnr(r), dk=None, blocks=[
                ("h", "Sagsfremstilling"),
                ("p", "Klimatilpasningsportalens danmarkskort over oversvømmelsesrisiko er opdateret med nye havvandsstigningsscenarier. Kortet viser øget risiko i havneområdet og ved Åkrogen."),
                ("p", "Forvaltningen foreslår, at risikostyringsplanen og den tilhørende handlingsplan revideres i 2026."),
                ("h", "Indstilling"), ("bul", ["at revisionen igangsættes"]), ("dec", ["Godkendt."])]))
        elif k == "kulturarv":
            out.append(dict(title="Kulturarvsatlas – registrering af bevaringsværdige bygninger", sagsnr=sagsnr(r), dk=None, blocks=[
                ("h", "Sagsfremstilling"),
                ("p", "Slots- og Kulturstyrelsen har lanceret et digitalt danmarkskort over fredede og bevaringsværdige bygninger. Kommunens egne SAVE-registreringer fra 1998 er kun delvist med."),
                ("h", "Indstilling"), ("bul", ["at der afsættes 250.000 kr. til en opdatering af registreringerne"]), ("dec", ["Godkendt."])]))
        elif k == "letter2024":
            out.append(dict(title="Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2024", sagsnr=sagsnr(r), dk=(2024, "not_addressed"), blocks=[
                ("h", "Sagsfremstilling"),
                ("p", f"Ankestyrelsen har i brev af {r.randint(2, 28)}. {r.choice(['maj', 'juni', 'august'])} 2025 meddelt, at styrelsen har gennemgået {m.council_gen.lower()} behandling af danmarkskortet for 2024. Styrelsen finder, at kommunen har levet op til kravene i retssikkerhedslovens § 79 b, men gør opmærksom på, at kortets tre dele skal indgå i drøftelsen."),
                ("p", "Brevet giver ikke anledning til yderligere."),
                ("h", "Indstilling"), ("bul", ["at Ankestyrelsens brev tages til efterretning"]), ("dec", ["Taget til efterretning."])]))
        elif k == "followup2024":
            out.append(dict(title="Status på handlingsplan for sagsbehandlingen på handicapområdet (opfølgning på danmarkskortet 2024)", sagsnr=sagsnr(r), dk=(2024, "not_addressed"), blocks=[
                ("h", "Sagsfremstilling"),
                ("p", "Handlingsplanen blev vedtaget i december 2024 efter behandlingen af danmarkskortet for 2024. Den indeholder seks indsatser, heraf er fire gennemført: skabeloner for afgørelsesbreve, en fast juridisk sparringsfunktion, kurser i partshøring og en ny procedure for genvurdering ved klage."),
                ("p", "De sidste to indsatser – et it-understøttet sagsoverblik og en evaluering – gennemføres i første halvår 2026."),
                ("h", "Indstilling"), ("bul", ["at status tages til efterretning"]), ("dec", ["Taget til efterretning."])]))
        elif k == "beskaeft":
            out.append(dict(title="Omgørelsesprocenter på beskæftigelsesområdet 2024", sagsnr=sagsnr(r), dk=None, blocks=[
                ("h", "Sagsfremstilling"),
                ("p", "Beskæftigelsesministeriets benchmark viser, hvor mange af jobcentrets afgørelser om sygedagpenge, ressourceforløb og fleksjob der blev omgjort i Ankestyrelsen. Kommunens omgørelsesprocent var 18 pct. mod 21 pct. på landsplan."),
                ("p", "Jobcentret vil fortsat arbejde med handleplaner for de enkelte borgere og med kvalitetssikring af afgørelser om sygedagpenge."),
                ("h", "Indstilling"), ("bul", ["at orienteringen tages til efterretning"]), ("dec", ["Taget til efterretning."])]))
        elif k == "skat":
            out.append(dict(title="Orientering om klager over ejendomsvurderinger", sagsnr=sagsnr(r), dk=None, blocks=[
                ("h", "Sagsfremstilling"),
                ("p", "Skatteankestyrelsen har oplyst, at omgørelsesprocenten i klager over de nye ejendomsvurderinger foreløbig er 31 pct. Kommunen har selv klaget over vurderingen af 12 erhvervsejendomme."),
                ("h", "Indstilling"), ("bul", ["at orienteringen tages til efterretning"]), ("dec", ["Taget til efterretning."])]))
        elif k == "handicapraad_aarsberetning":
            out.append(dict(title="Handicaprådets årsberetning 2024-2025", sagsnr=sagsnr(r), dk=None, blocks=[
                ("h", "Sagsfremstilling"),
                ("p", "Rådet har i årets løb afgivet 14 høringssvar, bl.a. om kvalitetsstandarder, tilgængelighed i den nye svømmehal og kommunens sagsbehandlingstider. Rådet har også fulgt antallet af klagesager og omgjorte afgørelser på handicapområdet og vil fortsat have fokus på borgernes retssikkerhed."),
                ("h", "Indstilling"), ("bul", ["at årsberetningen godkendes og sendes til byrådet til orientering"]), ("dec", ["Godkendt."])]))
    return out


# ------------------------------------------------------------------ flatten

def dec_heading(doc, item, r):
    style = item.get("dechead") or doc["dechead"]
    C = doc["body"]
    d = doc["date"]
    gen = doc["munidata"]["council_gen"] if doc["kind"] == "council" else None
    if style == "plain":
        return "Beslutning"
    if style == "afg":
        return "Afgørelse"
    if style == "gen_date" and gen:
        return f"{gen} beslutning {d:%d-%m-%Y}"
    if style == "bodydate":
        return f"{doc['joint'][0] if doc.get('joint') else C} {d:%d.%m.%Y}:"
    if style == "truffet":
        return "Beslutning truffet på mødet"
    if style == "i_body":
        return f"Beslutning i {C} den {long_date(d)}"
    return "Beslutning"


def flatten(doc):
    import random
    r = random.Random(f"flat-{doc['muni']}-{doc['date']}-{doc['body']}")
    md = doc["munidata"]
    kind = doc["kind"]
    if "dechead" not in doc:
        doc["dechead"] = r.choice(["plain", "afg", "gen_date", "bodydate", "truffet", "i_body"] if kind == "council"
                                  else ["plain", "bodydate", "i_body", "plain"])
    d = doc["date"]
    body = doc["body"]
    els = []
    hdr = doc.get("hdr") or r.choice(["title", "forum", "udvalg", "organ", "title"])
    if doc.get("extra"):
        base = "ekstraordinært byrådsmøde" if md["council"] == "Byrådet" else f"ekstraordinært møde i {body}"
        title = r.choice([f"Referat af {base}", f"Referat – {base}"])
        els.append(("pagehead", f"Referat – {base}"))
    else:
        title = "Referat"
        els.append(("pagehead", f"Referat – {body}"))
    els.append(("muni", f"{md['name']} Kommune"))
    datestr = date_forms(d, r)
    start = doc["start"]
    if hdr == "pagehead":
        els.append(("title", "Referat" if not doc.get("extra") else "Ekstraordinært møde"))
        els.append(("meta", [("Dato", datestr), ("Tidspunkt", f"kl. {start}"), ("Sted", doc["place"])]))
    elif hdr == "title":
        els.append(("title", f"{title if doc.get('extra') else 'Referat af mødet i ' + body} {DAYS[d.weekday()]} den {long_date(d)} kl. {start}"))
        els.append(("meta", [("Mødested", doc["place"])]))
    else:
        label = {"forum": "Mødeforum", "forsamling": "Forsamling", "organ": "Organ", "udvalg": "Udvalg"}[hdr]
        els.append(("title", title))
        els.append(("meta", [(label, body), ("Mødedato", datestr), ("Mødetidspunkt", start), ("Mødested", doc["place"])]))
    if doc.get("joint"):
        els.append(("p", f"Fællesmøde mellem {doc['joint'][0]} og {doc['joint'][1]}. Mødeleder: formanden for {doc['joint'][0]}."))
    if doc.get("absent"):
        els.append(("line", f"{r.choice(['Afbud', 'Fraværende', 'Fraværende med afbud'])}: {doc['absent']}"))
    els.append(("line", f"Udskrevet {(d + dt.timedelta(days=r.randint(2, 9))):%d.%m.%Y} kl. {r.randint(8, 15):02d}:{r.randint(0, 59):02d}"))
    # item numbering
    start_no = r.choice([1, 1, r.randint(100, 420)])
    numfmt = r.choice(["{n}.", "Punkt {n}", "Pkt. {n}", "Sag nr. {n}", "{n}"])
    toc_head = "Indholdsfortegnelse" if r.random() < 0.5 else "Dagsorden"
    if doc.get("item_no") is None:
        els.append(("h", toc_head))
    titles = doc.get("index_of") or [it["title"] for it in doc["items"]]
    if doc.get("item_no") is None:
        els.append(("toc", [f"{numfmt.format(n=start_no + i)} {t}" for i, t in enumerate(titles)]))
    h0 = int(doc["start"].split(".")[0])
    absent_between = r.random() < 0.4
    for i, it in enumerate(doc["items"]):
        n = start_no + i + doc.get("item_no", 0)
        els.append(("item", numfmt.format(n=n), it["title"], f"Sagsnr.: {it['sagsnr']}" if r.random() < 0.7 else f"Sag {it['sagsnr']}",
                    r.choice(["Åbent punkt", "", ""])))
        for b in it["blocks"]:
            if b[0] == "dec":
                els.append(("h", dec_heading(doc, it, r)))
                if absent_between and doc.get("absent"):
                    els.append(("line", f"Fraværende: {doc['absent']}"))
                for t in b[1]:
                    els.append(("p", t))
            elif b[0] == "decrow":
                els.append(("table", [("Beslutning", b[1][0])]))
            else:
                els.append(b)
        if r.random() < 0.15 and i < len(doc["items"]) - 1:
            els.append(("line", f"{person(r)} forlod mødet kl. {h0 + 1}.{r.randint(10, 59)} under behandlingen af punktet."))
    els.append(("line", f"Mødet hævet kl. {h0 + r.randint(2, 3)}.{r.randint(10, 59):02d}"))
    if r.random() < 0.5:
        pub = d + dt.timedelta(days=r.randint(1, 5))
        els.append(("line", f"Referatet er offentliggjort {pub:%d.%m.%Y}. Næste ordinære møde afholdes {long_date(d + dt.timedelta(days=r.randint(26, 35)))}."))
    return els


def split_items(doc, r, cap=3):
    """For the one-item-per-page HTML layout: the index page plus one page per selected item
    (the map-related items first, then one ordinary item), at most `cap` pages in all."""
    pages = [("_index", dict(doc, items=[], index_of=[it["title"] for it in doc["items"]]))]
    keys = [i for i, it in enumerate(doc["items"]) if it.get("dk")]
    others = [i for i, it in enumerate(doc["items"]) if i not in keys and it["title"] != "Godkendelse af dagsorden"]
    sel = sorted((keys + others)[:cap - 1])
    for i in sel:
        pages.append((f"_pkt{i + 1}", dict(doc, items=[doc["items"][i]], item_no=i)))
    return pages
