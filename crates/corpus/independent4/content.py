"""The meetings of one municipality: what was on the agenda, independent of how it is laid out.

A meeting is a dict {body: council|committee, body_name, date, items}; an item is a dict with
title, sagsnr, sections [(key, text or list)], prior [(body_name, date, text)], decision,
dk (None or (map_year, action_plan)), closed. Layouts in layouts.py turn this into files."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def long_date(d):
    return f"{d.day}. {MONTHS[d.month-1]} {d.year}"


def weekday_date(d, time="16.00"):
    return f"{WEEKDAYS[d.weekday()]} den {long_date(d)} kl. {time}"


def meeting_day(rng, year, month, lo=3, hi=26):
    if month == 7:  # summer break
        month = 8
    if month == 12:  # no meetings in Christmas week
        hi, lo = min(hi, 19), min(lo, 15)
    d = dt.date(year, month, rng.randint(lo, hi))
    while d.weekday() > 3:  # councils meet Monday to Thursday
        d -= dt.timedelta(days=1)
    return d


PARTIES = ["A", "B", "C", "F", "I", "K", "O", "V", "Ø", "Å", "Æ", "M"]
FIRST = ["Anne", "Bo", "Camilla", "Dorthe", "Erik", "Frederik", "Gitte", "Henrik", "Ida", "Jens",
         "Karen", "Lars", "Mette", "Niels", "Pia", "Rasmus", "Susanne", "Thomas", "Ulla", "Vibeke",
         "Morten", "Lone", "Søren", "Jette", "Kim", "Hanne", "Mads", "Birgitte", "Poul", "Tina"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Holm", "Østergaard", "Kjær", "Lund", "Bach", "Dalsgaard", "Frandsen"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} ({rng.choice(PARTIES)})"


SOCIAL_COMMITTEES = ["Social- og Sundhedsudvalget", "Socialudvalget", "Udvalget for Social og Handicap",
                     "Voksen- og Handicapudvalget", "Social-, Sundheds- og Ældreudvalget",
                     "Børne- og Familieudvalget", "Udvalget for Sundhed og Omsorg"]


def sagsnr(rng, style):
    if style == 0:
        return f"{rng.choice(['27.69.48', '00.01.00', '29.09.00', '00.22.00'])}-{rng.choice(['A00', 'G01', 'P20'])}-{rng.randint(1, 40)}-25"
    if style == 1:
        return f"EMN-2025-{rng.randint(1000, 19999):06d}"
    if style == 2:
        return f"25/{rng.randint(1000, 39999)}"
    return f"Sag {rng.randint(100, 999)}-2025-{rng.randint(10000, 99999)}"


class Muni:
    def __init__(self, code, name, rng):
        self.code, self.name = code, name
        self.kommune = {"Bornholm": "Bornholms Regionskommune", "København": "Københavns Kommune"}.get(name, f"{name} Kommune")
        if code == "101":
            self.council = "Borgerrepræsentationen"
        else:
            self.council = rng.choice(["Byrådet", "Kommunalbestyrelsen"])
        self.council_gen = {"Byrådet": "Byrådets", "Kommunalbestyrelsen": "Kommunalbestyrelsens",
                            "Borgerrepræsentationen": "Borgerrepræsentationens"}[self.council]
        self.social = rng.choice(SOCIAL_COMMITTEES)
        self.oeu = "Økonomiudvalget"
        self.mayor = rng.choice(FIRST) + " " + rng.choice(LAST)
        self.director = rng.choice(FIRST) + " " + rng.choice(LAST)
        self.members = [person(rng) for _ in range(rng.randint(9, 13))]


# ---------------------------------------------------------------- ordinary business

def ordinary_pool(m, rng, d):
    """Items that fill a meeting: (title, sections, decision). No map, no traps."""
    c = m.council
    lp = rng.randint(100, 520)
    pool = [
        (f"Budgetopfølgning pr. {'30. september 2025' if d >= dt.date(2025, 10, 15) else '30. juni 2025' if d >= dt.date(2025, 7, 15) else '31. marts 2025'}",
         [("resume", f"Forvaltningen har udarbejdet budgetopfølgning pr. 30. september 2025. Der forventes et samlet mindreforbrug på driften på {rng.randint(3, 40)},{rng.randint(1, 9)} mio. kr., primært på ældre- og beskæftigelsesområdet."),
          ("sag", "Budgetopfølgningen omfatter serviceudgifter, overførselsudgifter og anlæg. På det specialiserede socialområde forventes et merforbrug som følge af flere borgere i botilbud, mens der på dagtilbudsområdet ses et mindreforbrug på grund af faldende børnetal."),
          ("oekonomi", "Der søges ikke om tillægsbevillinger i denne sag."),
          ("indstilling", ["at budgetopfølgningen pr. 30. september 2025 tages til efterretning"])],
         "Taget til efterretning."),
        (f"Endelig vedtagelse af lokalplan nr. {lp} for boligområde ved {rng.choice(['Skovvej', 'Møllebakken', 'Engparken', 'Havnevej', 'Kirkestien'])}",
         [("sag", f"{c} vedtog forslaget til lokalplan nr. {lp} til offentlig høring. Der er i høringsperioden indkommet {rng.randint(2, 14)} høringssvar, som primært vedrører trafik og bebyggelsens højde. Forvaltningen foreslår mindre ændringer af vejadgangen."),
          ("hoering", "Høringssvarene er resumeret i vedlagte hvidbog."),
          ("indstilling", [f"at lokalplan nr. {lp} vedtages endeligt med de ændringer, der fremgår af hvidbogen"])],
         "Godkendt."),
        ("Takster for 2026 på forsyningsområdet",
         [("sag", "Forvaltningen har udarbejdet forslag til takster for vand, spildevand og affald for 2026. Taksterne stiger gennemsnitligt med 2,8 pct. som følge af øgede omkostninger til håndtering af genanvendeligt affald."),
          ("oekonomi", "Taksterne hviler i sig selv og har ingen konsekvenser for kommunens skattefinansierede budget."),
          ("indstilling", ["at taksterne for 2026 godkendes"])],
         "Anbefales." if False else "Godkendt."),
        (f"Anlægsbevilling til renovering af {rng.choice(['Vestre Skole', 'Nørreskolen', 'Toftevang Skole', 'Højvangskolen', 'Bakkeskolen'])}",
         [("sag", f"Der er i budget 2025 afsat {rng.randint(8, 45)} mio. kr. til renovering af klasselokaler, ventilation og tag. Projektet er udbudt i fagentreprise, og der er indkommet tilbud inden for rammen."),
          ("oekonomi", "Rådighedsbeløbet er afsat i investeringsoversigten for 2025 og 2026."),
          ("indstilling", ["at der gives en anlægsbevilling svarende til det afsatte rådighedsbeløb", "at anlægsbevillingen finansieres af det afsatte rådighedsbeløb"])],
         "Godkendt."),
        ("Vinterberedskab 2025-2026",
         [("sag", "Det årlige regulativ for vintervedligeholdelse og renholdelse af veje er revideret. Der er ikke foretaget ændringer i serviceniveauet i forhold til sidste sæson."),
          ("indstilling", ["at regulativet for vintervedligeholdelse 2025-2026 godkendes"])],
         "Godkendt."),
        ("Ændring af styrelsesvedtægt",
         [("sag", "Som følge af en ændret udvalgsstruktur fra 1. januar 2026 skal styrelsesvedtægten ændres. Ændringen kræver to behandlinger i kommunalbestyrelsen med mindst 6 dages mellemrum."),
          ("indstilling", ["at forslag til ændret styrelsesvedtægt godkendes ved 1. behandling"])],
         "Godkendt ved 1. behandling."),
        ("Valg af nyt medlem til Handicaprådet",
         [("sag", f"Et medlem udpeget af Danske Handicaporganisationer er fratrådt. Organisationen har indstillet {rng.choice(FIRST)} {rng.choice(LAST)} som nyt medlem for resten af valgperioden."),
          ("indstilling", ["at det indstillede medlem udpeges"])],
         "Godkendt."),
        ("Kvalitetsstandard for praktisk hjælp og personlig pleje 2026",
         [("sag", "Kvalitetsstandarden beskriver det serviceniveau, borgerne kan forvente efter servicelovens §§ 83 og 83 a. Der er foretaget redaktionelle ændringer og præciseret reglerne om rengøring hver anden uge."),
          ("hoering", "Ældrerådet og Handicaprådet har afgivet høringssvar, som er vedlagt."),
          ("indstilling", ["at kvalitetsstandarden for 2026 godkendes"])],
         "Godkendt."),
        ("Frigivelse af midler til cykelsti langs landevejen",
         [("sag", "Vejdirektoratet har givet tilsagn om medfinansiering fra cykelpuljen på 40 pct. af anlægsudgiften. Projektet forventes udført i foråret 2026."),
          ("oekonomi", f"Den kommunale andel udgør {rng.randint(2, 9)},{rng.randint(1, 9)} mio. kr."),
          ("indstilling", ["at der frigives midler til projektet"])],
         "Godkendt."),
        ("Salg af kommunal ejendom",
         [("sag", "Sagen behandles for lukkede døre."), ("indstilling", ["at forvaltningens indstilling godkendes"])],
         "Godkendt."),
        ("Status på implementering af affaldsplan",
         [("sag", "Indsamlingen af ti fraktioner ved husstandene er nu fuldt implementeret. Sorteringsgraden er steget fra 41 til 53 pct."),
          ("indstilling", ["at orienteringen tages til efterretning"])],
         "Taget til efterretning."),
        ("Udbud af rengøring på kommunale institutioner",
         [("sag", "Den nuværende kontrakt udløber den 30. april 2026. Forvaltningen foreslår et udbud med tildeling efter bedste forhold mellem pris og kvalitet."),
          ("indstilling", ["at udbudsstrategien godkendes"])],
         "Godkendt."),
    ]
    rng.shuffle(pool)
    return pool


def agenda_open(m, rng):
    return ("Godkendelse af dagsorden", [("indstilling", ["at dagsordenen godkendes"])], "Godkendt.")


def announcements(m, rng, d, dk_mention=False):
    lines = [f"{'Overborgmester' if m.code == '101' else 'Borgmester'} {m.mayor} orienterede om status på arbejdet med den nye kommuneplan."]
    if dk_mention:
        lines.append("Borgmesteren orienterede endvidere om, at Social-, Bolig- og Ældreministeriet har offentliggjort årets "
                     "danmarkskort over omgørelsesprocenter på socialområdet. Danmarkskortet forelægges "
                     f"{m.council} til behandling på et senere møde.")
    lines.append("Kommunaldirektøren orienterede om den kommende medarbejdertrivselsmåling.")
    return ("Meddelelser", [("sag", " ".join(lines))], "Taget til efterretning.")


# ---------------------------------------------------------------- misleading neighbours

def noise_items(m, rng):
    return {
        "ladestandere": ("Danmarkskort over offentligt tilgængelige ladestandere",
                         [("sag", "Færdselsstyrelsen har offentliggjort et danmarkskort over offentligt tilgængelige ladestandere til elbiler. "
                                  f"{m.kommune} ligger under landsgennemsnittet målt på ladepunkter pr. 1.000 indbyggere. Forvaltningen foreslår, "
                                  "at der udarbejdes en handlingsplan for udrulning af ladestandere på kommunale parkeringspladser."),
                          ("indstilling", ["at der udarbejdes en handlingsplan for udrulning af ladestandere", "at orienteringen om danmarkskortet i øvrigt tages til efterretning"])],
                         "Godkendt."),
        "natur": ("Danmarkskort over naturområder og biodiversitet",
                  [("sag", "Miljøstyrelsen har offentliggjort et nyt danmarkskort over beskyttede naturområder. Kortet viser, at kommunens andel af "
                           "sammenhængende natur er lav. Forvaltningen forventer at fremlægge en handlingsplan for biodiversitet i 2026."),
                   ("indstilling", ["at orienteringen tages til efterretning"])],
                  "Taget til efterretning."),
        "beskaeftigelse": ("Omgørelsesprocenter på beskæftigelsesområdet 2025",
                           [("sag", "Ankestyrelsen har offentliggjort statistik over klagesager på beskæftigelsesområdet, herunder sygedagpenge, "
                                    "kontanthjælp og ressourceforløb. Kommunens omgørelsesprocent på sygedagpengeområdet er "
                                    f"{rng.randint(14, 30)} pct. Jobcentret vil på baggrund heraf udarbejde en handlingsplan for sagsbehandlingen af sygedagpengesager."),
                            ("indstilling", ["at Beskæftigelsesudvalgets anbefaling om en handlingsplan for sygedagpengeområdet godkendes"])],
                           "Godkendt."),
        "klima": ("Klimahandlingsplan 2025-2030 – revision",
                  [("sag", "Klimahandlingsplanen er revideret i overensstemmelse med DK2020-rammen. Planen indeholder 42 konkrete tiltag."),
                   ("indstilling", ["at den reviderede klimahandlingsplan godkendes"])], "Godkendt."),
        "trafik": ("Handlingsplan for trafiksikkerhed 2026-2029",
                   [("sag", "Handlingsplanen indeholder en prioriteret liste over 18 trafiksikkerhedsprojekter omkring skoleveje."),
                    ("indstilling", ["at handlingsplanen for trafiksikkerhed godkendes"])], "Godkendt."),
        "turisme": ("Turistkort og Danmarks kort over vandreruter",
                    [("sag", "VisitDanmark udgiver et nyt Danmarks kort over vandreruter, hvor kommunens ruter indgår."),
                     ("indstilling", ["at orienteringen tages til efterretning"])], "Taget til efterretning."),
    }


# ---------------------------------------------------------------- the map item itself

def rates(rng):
    avg = (rng.randint(27, 33), rng.randint(40, 52), rng.randint(28, 36))
    own = tuple(max(8, a + rng.randint(-12, 14)) for a in avg)
    n = rng.randint(90, 900)
    return own, avg, n


def dk_item(m, rng, d, stance, body, *, title=None, wording="plain", figures_year=False, committee_route=None):
    """stance: prepare | no_need | note | none. body: council | committee."""
    if not hasattr(m, "rates"):  # one map per year: every item of a municipality quotes the same figures
        m.rates = rates(rng)
    own, avg, n = m.rates
    if title is None:
        title = rng.choice(["Danmarkskort 2025 over omgørelsesprocenter på socialområdet",
                            "Danmarkskortet 2025 - behandling af omgørelsesprocenter",
                            "Ankestyrelsens danmarkskort 2025 på socialområdet",
                            "Behandling af danmarkskort over omgørelsesprocenter 2025",
                            "Danmarkskort 2025 - Social-, Bolig- og Ældreministeriets omgørelsesprocenter"])
    if wording == "nomap":  # no word "danmarkskort" at all
        what = "ministeriets opgørelse af omgørelsesprocenter for kommunerne"
        src = "Social-, Bolig- og Ældreministeriet har i juni 2025 offentliggjort den årlige opgørelse over, hvor mange af kommunernes afgørelser på socialområdet Ankestyrelsen har ændret, hjemvist eller ophævet."
    else:
        what = "danmarkskortet"
        src = "Social-, Bolig- og Ældreministeriet offentliggjorde i juni 2025 årets danmarkskort over omgørelsesprocenter på socialområdet."
    if figures_year:
        src = ("Ankestyrelsen og Social-, Bolig- og Ældreministeriet har opgjort omgørelsesprocenterne for 2024 for alle kommuner. "
               "Opgørelsen viser, hvor stor en andel af de påklagede afgørelser Ankestyrelsen har ændret, hjemvist eller ophævet i løbet af 2024.")
        what = "opgørelsen"
    resume = (src + f" Efter retssikkerhedslovens § 79 b, stk. 1, skal {m.council.lower() if m.council != 'Borgerrepræsentationen' else 'Borgerrepræsentationen'} "
              f"behandle {what} på et møde inden udgangen af året og tage stilling til, om der er behov for at udarbejde en handlingsplan "
              "til styrkelse af den juridiske kvalitet i sagsbehandlingen.")
    adm = rng.choice(["Forvaltningen", "Administrationen", "Social- og Sundhedsforvaltningen", "Center for Social og Handicap"])
    if rng.random() < 0.5:
        sag = (f"Omgørelsesprocenten viser andelen af de påklagede afgørelser, som Ankestyrelsen har ændret, hjemvist eller ophævet. "
               f"Opgørelsen er delt i tre: hele socialområdet, børnehandicapområdet og voksenhandicapområdet. "
               f"For {m.kommune} er omgørelsesprocenten på hele socialområdet {own[0]} pct. mod et landsgennemsnit på {avg[0]} pct. "
               f"På børnehandicapområdet er den {own[1]} pct. (landsgennemsnit {avg[1]} pct.), og på voksenhandicapområdet {own[2]} pct. "
               f"(landsgennemsnit {avg[2]} pct.). Ankestyrelsen har i perioden behandlet {n} klagesager fra kommunen. "
               f"Sammenlignet med kommunerne i klyngen ligger {m.name} {'over' if own[1] > avg[1] else 'på niveau med eller under'} gennemsnittet på børnehandicapområdet. "
               "Den hyppigste årsag til hjemvisning er, at sagen ikke har været tilstrækkeligt oplyst, navnlig i sager om merudgifter efter servicelovens § 41 og tabt arbejdsfortjeneste efter § 42.")
    else:
        sag = (f"Kommunens resultater fremgår af nedenstående oversigt. Hele socialområdet: {own[0]} pct. (hele landet {avg[0]} pct.). "
               f"Børnehandicapområdet: {own[1]} pct. (hele landet {avg[1]} pct.). Voksenhandicapområdet: {own[2]} pct. (hele landet {avg[2]} pct.). "
               f"Tallene bygger på {n} afgørelser i klagesager, som Ankestyrelsen har truffet i forhold til kommunen. "
               f"{m.name} placerer sig som nr. {rng.randint(8, 90)} af de 98 kommuner på hele socialområdet, hvor nr. 1 har den laveste omgørelsesprocent. "
               "Stikprøver viser, at omgørelserne især skyldes manglende partshøring og utilstrækkelige begrundelser, herunder i sager om hjælpemidler efter servicelovens § 112 og om borgerstyret personlig assistance.")
    if stance == "prepare":
        sag += rng.choice([
            f" {adm} vurderer, at resultaterne giver anledning til en målrettet indsats. Det foreslås derfor, at der udarbejdes en "
            "handlingsplan med fokus på partshøring, begrundelser og oplysning af sagerne, og at planen forelægges det politiske udvalg i foråret 2026.",
            f" På den baggrund anbefaler {adm.lower() if adm in ('Forvaltningen', 'Administrationen') else adm}, at der udarbejdes en handleplan med konkrete tiltag, "
            "herunder juridisk sparring i teamene og tjeklister for sagsoplysning."])
        ind = rng.choice(["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen",
                          "at forvaltningen udarbejder en handleplan for at styrke den juridiske kvalitet på børne- og voksenhandicapområdet, som forelægges udvalget i 1. kvartal 2026",
                          "at der igangsættes en handlingsplan med konkrete indsatser for at styrke den juridiske kvalitet og nedbringe omgørelsesprocenten"])
    elif stance == "no_need":
        sag += rng.choice([
            f" {adm} har allerede igangsat faglig sparring, juridisk kvalitetstjek af afgørelser og fast opfølgning på alle hjemviste sager. "
            f"{adm} vurderer på den baggrund, at der ikke er behov for at udarbejde en særskilt handlingsplan.",
            " Kommunen ligger samlet set pænt i forhold til landsgennemsnittet, og den kvalitetsindsats, der blev besluttet i 2023, er fortsat under implementering. "
            "En ny handlingsplan vurderes derfor ikke at være nødvendig."])
        ind = rng.choice([f"at {m.council} på baggrund af resultaterne vurderer, at der ikke er behov for at udarbejde en handlingsplan",
                          "at der ikke udarbejdes en handlingsplan, idet de igangværende kvalitetsindsatser vurderes tilstrækkelige",
                          f"at {m.council} tager stilling til, at der ikke er behov for en særskilt handlingsplan til styrkelse af den juridiske kvalitet"])
    else:
        sag += f" {adm} følger løbende udviklingen i omgørelserne og vil orientere det politiske niveau om resultaterne af de igangværende kvalitetsmålinger."
        ind = None
    inds = [f"at orienteringen om {what} tages til efterretning"]
    if ind:
        if body == "committee":
            rec = ("at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen" if stance == "prepare" else
                   "at der ikke udarbejdes en handlingsplan, da der på baggrund af resultaterne ikke vurderes at være behov herfor")
            inds = [f"at udvalget over for {m.council} anbefaler, at orienteringen om {what} tages til efterretning",
                    f"at udvalget over for {m.council} anbefaler, {rec}"]
        else:
            inds.append(ind)
    sections = [("resume", resume), ("sag", sag),
                ("oekonomi", "Sagen har ingen direkte økonomiske konsekvenser. En eventuel handlingsplan afholdes inden for den eksisterende ramme."),
                ("hoering", "Handicaprådet har fået sagen til orientering."),
                ("indstilling", inds)]
    return dict(title=title, sections=sections)


def letter_2024(m, rng):
    return dict(title="Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2024",
                sections=[("sag", f"Ankestyrelsen har ved brev af {rng.randint(3, 27)}. februar 2025 meddelt {m.kommune}, at styrelsen har gennemgået "
                                  f"{m.council_gen.lower() if m.council != 'Borgerrepræsentationen' else 'Borgerrepræsentationens'} behandling af danmarkskortet for 2024. "
                                  "Ankestyrelsen foretager sig ikke yderligere, men vejleder om, at kommunalbestyrelsen ved behandlingen af danmarkskortet for 2025 "
                                  "skal forholde sig til alle tre dele af kortet og til kommunens placering i forhold til andre kommuner."),
                          ("indstilling", ["at Ankestyrelsens brev om danmarkskortet 2024 tages til efterretning"])])
