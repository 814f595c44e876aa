"""What is said in the minutes: meetings, ordinary agenda items and the danmarkskort items.

Layout-neutral. An item is a dict:
  title, sagsnr, sections [(key, [para])], prior [(body, date, itemno, [para])],
  decision [para], absent (str or None), closed (bool), dk (gold dict or None)
A para is a str or ('ul', [str]).
Section keys: resume, sag, vurdering, lov, okonomi, sagsgang, kompetence, indstilling, bilag."""
from datetime import date, timedelta

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def ddots(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def ddash(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def dweek(d):
    return f"{WEEKDAYS[d.weekday()]} den {dlong(d)}"


def ascii_da(s):
    return (s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
             .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa"))


KB_NAMES = {"Frederiksberg", "Albertslund", "Ballerup", "Brøndby", "Dragør", "Gentofte", "Glostrup",
            "Herlev", "Hvidovre", "Lyngby-Taarbæk", "Rødovre", "Tårnby", "Vallensbæk", "Allerød",
            "Hørsholm", "Rudersdal", "Egedal", "Kalundborg", "Stevns", "Lejre", "Lolland", "Bornholm",
            "Langeland", "Ærø", "Tønder", "Fanø", "Norddjurs", "Samsø", "Morsø", "Thisted", "Læsø"}

PARTIES = ["A", "B", "C", "D", "F", "I", "K", "O", "V", "Ø", "Å"]

FIRST = ["Anne", "Lars", "Mette", "Jens", "Hanne", "Søren", "Pia", "Henrik", "Camilla", "Niels",
         "Birgitte", "Kasper", "Lone", "Morten", "Trine", "Jørgen", "Susanne", "Rasmus", "Karina",
         "Peter", "Dorthe", "Bjarne", "Louise", "Thomas", "Inger", "Mads", "Gitte", "Erik"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Møller", "Lund", "Holm", "Kjær", "Østergaard", "Bech", "Frandsen", "Damgaard", "Vestergaard"]


class Muni:
    def __init__(self, code, name, region, rng):
        self.code, self.name, self.region = code, name, region
        if code == "101":
            self.council, self.council_gen = "Borgerrepræsentationen", "Borgerrepræsentationens"
            self.council_short = "BR"
        elif name in KB_NAMES:
            self.council, self.council_gen = "Kommunalbestyrelsen", "Kommunalbestyrelsens"
            self.council_short = "KB"
        else:
            self.council, self.council_gen = "Byrådet", "Byrådets"
            self.council_short = "BY"
        self.kommune = "Bornholms Regionskommune" if code == "400" else f"{name} Kommune"
        if self.council == "Byrådet":
            self.council_named = f"{name} Byråd"
        elif self.council == "Kommunalbestyrelsen":
            self.council_named = f"{name} Kommunalbestyrelse"
            if code == "400":
                self.council_named = "Bornholms Regionskommunes Kommunalbestyrelse"
        else:
            self.council_named = "Københavns Borgerrepræsentation"
        self.social = rng.choice(["Social- og Sundhedsudvalget", "Socialudvalget", "Social- og Handicapudvalget",
                                  "Børne- og Familieudvalget", "Udvalget for Social og Sundhed", "Velfærdsudvalget",
                                  "Social-, Sundheds- og Ældreudvalget", "Socialudvalget"])
        self.social_abbr = {"Social- og Sundhedsudvalget": "SSU", "Socialudvalget": "SOU",
                            "Social- og Handicapudvalget": "SHU", "Børne- og Familieudvalget": "BFU",
                            "Udvalget for Social og Sundhed": "USS", "Velfærdsudvalget": "VU",
                            "Social-, Sundheds- og Ældreudvalget": "SSÆ"}[self.social]
        self.okonomi = "Økonomiudvalget"
        self.weekday = rng.choice([0, 1, 2, 3, 3])
        self.hour = rng.choice(["16.00", "16.30", "17.00", "17.00", "18.00", "19.00"])
        self.place = rng.choice(["Byrådssalen, Rådhuset", "Rådhuset, mødesal 1", "Kommunalbestyrelsessalen",
                                 "Mødelokale Byrådssalen", f"{name} Rådhus", "Rådhusets store mødesal",
                                 "Byrådssalen", "Borgernes Hus, mødesal A"])
        self.members = [f"{rng.choice(FIRST)} {rng.choice(LAST)} ({rng.choice(PARTIES)})" for _ in range(9)]
        self.mayor = self.members[0]
        size = rng.randint(60, 900) if code != "101" else 2400
        self.cases = size
        self.pct = rng.randint(19, 44)
        self.pct_bh = min(80, self.pct + rng.randint(4, 25))
        self.pct_vh = max(10, self.pct + rng.randint(-8, 12))
        self.pct_prev = self.pct + rng.randint(-6, 6)
        self.dept = rng.choice(["Social og Sundhed", "Børn og Familie", "Voksenservice", "Borgerservice og Social",
                                "Center for Handicap og Psykiatri", "Social, Job og Sundhed"])

    def meeting_day(self, year, month, nth, weekday=None):
        wd = self.weekday if weekday is None else weekday
        d = date(year, month, 1)
        while d.weekday() != wd:
            d += timedelta(days=1)
        d += timedelta(days=7 * nth)
        if d.month != month:
            d -= timedelta(days=7)
        return d


LAND = {"all": 26, "bh": 44, "vh": 35}


def sagsnr(rng, style):
    y = rng.choice(["22", "22", "21"])
    if style == "kle":
        return f"{rng.choice(['27.00.00', '00.01.00', '29.09.00', '00.22.04', '27.69.48'])}-{rng.choice(['A00', 'P20', 'G01', 'K07'])}-{rng.randint(1, 400)}-{y}"
    if style == "slash":
        return f"{y}/{rng.randint(1000, 39999)}"
    if style == "sbsys":
        return f"{rng.choice(['306', '329', '540'])}-20{y}-{rng.randint(1000, 99999)}"
    if style == "emn":
        return f"EMN-20{y}-{rng.randint(100, 19999):06d}"
    if style == "plain":
        return str(rng.randint(100000, 999999))
    return f"{y}-{rng.randint(100, 9999)}"


# ------------------------------------------------------------------ ordinary items

def _absent(rng, m):
    return rng.choice([None, None, None, f"{rng.choice(m.members[1:])}"])


def ordinary_items(rng, m, d, council, k, social=False):
    """k ordinary items for a meeting on date d (social: a social committee's agenda)."""
    pool = [it_budget, it_lokalplan, it_skole, it_klima, it_trafik, it_takster, it_anlaeg, it_vand,
            it_udpegning, it_dagtilbud, it_aeldre, it_spildevand, it_boligsocial]
    if d.month in (1, 2, 3, 4, 5, 6):
        pool.append(it_regnskab)
    if d.month in (9, 10, 11, 12):
        pool.append(it_ferie)
    if social:
        pool = [it_budget, it_aeldre, it_boligsocial, it_tilsyn, it_paragraf85, it_specialbudget, it_takster]
    rng.shuffle(pool)
    out = [f(rng, m, d, council) for f in pool[:k]]
    for it in out:
        if it.get("absent") is None and rng.random() < 0.12:
            it["inhabil"] = rng.choice(m.members[1:])
    if council:
        for it in out:
            it["decision"] = ["Godkendt." if x == "Anbefales." else x for x in it["decision"]]
    return out


def it_budget(rng, m, d, council):
    q = rng.choice(["31. marts", "30. april", "30. juni", "31. august", "30. september"])
    mer = rng.randint(3, 48)
    return dict(title=rng.choice([f"Budgetopfølgning pr. {q} 2022", f"Budgetopfølgning {q} 2022 – samlet oversigt",
                                  "Økonomirapport og budgetopfølgning 2022"]),
                sections=[("resume", [f"Budgetopfølgningen pr. {q} viser et forventet merforbrug på driften på {mer},{rng.randint(0, 9)} mio. kr., primært på det specialiserede børneområde og ældreområdet."]),
                          ("sag", [f"Forventet regnskab for serviceudgifterne udgør {rng.randint(900, 4800)},{rng.randint(0, 9)} mio. kr. Der er fortsat usikkerhed om energipriserne, og forvaltningen vil følge udviklingen tæt.",
                                   "Der er udarbejdet en handleplan for at bringe økonomien i balance, som omfatter ansættelsesstop på administrative områder og udskydelse af mindre anlægsprojekter."]),
                          ("okonomi", [f"Der søges om tillægsbevillinger på netto {rng.randint(1, 20)},{rng.randint(0, 9)} mio. kr., jf. bilag 2."]),
                          ("indstilling", ["Direktionen indstiller,", ("ul", ["at budgetopfølgningen tages til efterretning",
                                                                               "at de ansøgte tillægsbevillinger godkendes",
                                                                               "at handleplanen for økonomisk balance godkendes"])])],
                decision=[rng.choice(["Godkendt.", "Indstillingen godkendt.", "Godkendt. Et mindretal (O) stemte imod tillægsbevillingerne."])],
                absent=_absent(rng, m))


def it_lokalplan(rng, m, d, council):
    n = rng.randint(100, 1299)
    area = rng.choice(["boligområde ved Skovvej", "erhvervsområde ved motorvejen", "Bymidten, etape 2",
                       "tæt-lav boliger ved Engparken", "dagligvarebutik på Stationsvej", "solcelleanlæg ved Højmark"])
    fin = rng.random() < 0.6
    return dict(title=f"Lokalplan nr. {n} for {area}" + (" – endelig vedtagelse" if fin else " – forslag til offentlig høring"),
                sections=[("resume", [f"Lokalplanforslaget har været i offentlig høring i 8 uger. Der er indkommet {rng.randint(0, 14)} høringssvar." if fin else
                                      "Forslaget skal sikre, at området kan udvikles i overensstemmelse med kommuneplanens rammer."]),
                          ("sag", ["Høringssvarene omhandler primært trafikafvikling, skyggevirkning og bevaring af eksisterende beplantning. Administrationen foreslår mindre justeringer af byggefelterne.",
                                   "Der er gennemført screening efter miljøvurderingsloven, og planen vurderes ikke at medføre væsentlig påvirkning af miljøet."]),
                          ("indstilling", ["Teknik og Miljø indstiller,", ("ul", [f"at lokalplan nr. {n} vedtages endeligt med de ændringer, der fremgår af sagsfremstillingen" if fin else f"at forslag til lokalplan nr. {n} sendes i offentlig høring i 8 uger"])])],
                decision=[rng.choice(["Godkendt.", "Godkendt.\nFor stemte: 21\nImod stemte: 4 (Ø og F)", "Indstillingen blev godkendt uden afstemning."])],
                absent=_absent(rng, m))


def it_skole(rng, m, d, council):
    s = rng.choice(["Nørreskolen", "Vestervangsskolen", "Østre Skole", "Kirkebakkeskolen", "Hedeskolen"])
    return dict(title=rng.choice([f"Fremtidig skolestruktur – sammenlægning af {s} og Byskolen",
                                  "Skolestruktur i den nordlige del af kommunen – beslutning efter høring",
                                  "Ny distriktsstruktur på skoleområdet"]),
                sections=[("sag", [f"Elevtallet på {s} er faldet fra {rng.randint(300, 420)} til {rng.randint(180, 290)} elever over de seneste fem år. Skolebestyrelserne har afgivet høringssvar, som er vedlagt.",
                                   "Forvaltningen anbefaler model B, hvor indskolingen bevares lokalt, mens udskolingen samles på én matrikel fra skoleåret 2023/24."]),
                          ("indstilling", ["Forvaltningen indstiller, at model B godkendes med virkning fra 1. august 2023."])],
                decision=[rng.choice(["Godkendt.", "Et flertal bestående af A, V og C godkendte indstillingen. Imod stemte F, Ø og O, der ønsker model A.",
                                      "Godkendt, dog således at skolebestyrelserne inddrages i den konkrete udmøntning."])],
                absent=_absent(rng, m))


def it_klima(rng, m, d, council):
    return dict(title=rng.choice(["Klimahandlingsplan 2022-2030 (DK2020) – endelig vedtagelse",
                                  "Handlingsplan for klimatilpasning 2023-2026",
                                  "Status på klimahandlingsplanen"]),
                sections=[("resume", ["Kommunen deltager i DK2020-partnerskabet og har udarbejdet en klimahandlingsplan, der skal bringe kommunen til klimaneutralitet senest i 2050 og en reduktion på 70 pct. i 2030."]),
                          ("sag", [f"Handlingsplanen indeholder {rng.randint(24, 60)} konkrete tiltag inden for energi, transport, landbrug og kommunens egen drift. CONCITO har godkendt planen som værende i overensstemmelse med Parisaftalen.",
                                   "Der afsættes en pulje til borgerrettede initiativer, og der gøres status for handlingsplanen én gang årligt."]),
                          ("indstilling", ["Forvaltningen indstiller,", ("ul", ["at klimahandlingsplanen vedtages", "at der årligt udarbejdes en status til udvalget og Byrådet" if council == "Byrådet" else "at der årligt udarbejdes en statusrapport"])])],
                decision=[rng.choice(["Godkendt.", "Godkendt. O stemte imod.", "Indstillingen godkendt."])],
                absent=_absent(rng, m))


def it_trafik(rng, m, d, council):
    return dict(title=rng.choice(["Trafiksikkerhedsplan 2023-2027 og handlingsplan for skoleveje",
                                  "Handlingsplan for trafiksikkerhed – prioritering af projekter"]),
                sections=[("sag", [f"Der er i perioden 2017-2021 registreret {rng.randint(20, 140)} personskadeuheld på kommunens veje. Handlingsplanen prioriterer {rng.randint(8, 25)} projekter, herunder hastighedsdæmpning ved skoler.",
                                   "Planen har været drøftet med skolebestyrelserne og Rådet for Sikker Trafik."]),
                          ("okonomi", [f"Der er afsat {rng.randint(2, 9)} mio. kr. årligt i anlægsbudgettet."]),
                          ("indstilling", ["at trafiksikkerhedsplanen og handlingsplanen godkendes"])],
                decision=[rng.choice(["Godkendt.", "Anbefales.", "Godkendt med den bemærkning, at Skolevej prioriteres i 2023."])],
                absent=_absent(rng, m))


def it_takster(rng, m, d, council):
    return dict(title=rng.choice(["Takster 2023", "Godkendelse af takster for 2023 – forsyningsområdet", "Takstblad 2023 for dagtilbud og SFO"]),
                sections=[("sag", [f"Taksterne er fremskrevet med KL's pris- og lønskøn. Prisen for en vuggestueplads udgør {rng.randint(3300, 4200)} kr. pr. måned i 2023."]),
                          ("indstilling", ["at taksterne for 2023 godkendes som anført i bilaget"])],
                decision=["Godkendt."], absent=None)


def it_anlaeg(rng, m, d, council):
    amt = rng.randint(2, 60)
    what = rng.choice(["ny daginstitution i Nordbyen", "renovering af svømmehallen", "cykelsti langs Landevejen", "udvidelse af plejecentret Solgården"])
    return dict(title=f"Anlægsbevilling – {what}",
                sections=[("sag", [f"Der søges om en anlægsbevilling på {amt},{rng.randint(0, 9)} mio. kr. til {what}. Projektet forventes afsluttet i {rng.choice(['2023', '2024'])}."]),
                          ("okonomi", ["Beløbet er afsat i investeringsoversigten i budget 2022-2025."]),
                          ("indstilling", ["at der gives anlægsbevilling og frigives rådighedsbeløb som beskrevet"])],
                decision=[rng.choice(["Godkendt.", "Indstillingen godkendt.", "Anbefales."])], absent=_absent(rng, m))


def it_vand(rng, m, d, council):
    return dict(title=rng.choice(["Vandforsyningsplan 2022-2034", "Indsatsplan for grundvandsbeskyttelse – endelig vedtagelse"]),
                sections=[("sag", ["Planen fastlægger rammerne for den fremtidige vandforsyning og indeholder en handlingsplan for sløjfning af ubenyttede boringer."]),
                          ("indstilling", ["at planen vedtages endeligt"])],
                decision=["Godkendt."], absent=None)


def it_udpegning(rng, m, d, council):
    return dict(title=rng.choice(["Udpegning af nyt medlem til Ældrerådet", "Ændring i udvalgssammensætning", "Udtræden af byrådet og indtræden af stedfortræder"]),
                sections=[("sag", [f"{rng.choice(FIRST)} {rng.choice(LAST)} har anmodet om fritagelse for sit hverv. Valggruppen har indstillet {rng.choice(FIRST)} {rng.choice(LAST)} som nyt medlem."]),
                          ("indstilling", ["at den indstillede udpeges for den resterende del af valgperioden"])],
                decision=["Godkendt."], absent=None)


def it_ferie(rng, m, d, council):
    return dict(title="Mødeplan for 2023",
                sections=[("sag", ["Der er udarbejdet forslag til mødeplan for 2023 for byrådet og de stående udvalg. Budgetseminaret afholdes i august."]),
                          ("indstilling", ["at mødeplanen for 2023 godkendes"])],
                decision=["Godkendt."], absent=None)


def it_dagtilbud(rng, m, d, council):
    return dict(title=rng.choice(["Kapacitetstilpasning på dagtilbudsområdet", "Minimumsnormeringer – status 2022"]),
                sections=[("sag", [f"Børnetallet forventes at stige med {rng.randint(40, 300)} børn frem mod 2026. Forvaltningen foreslår midlertidige pavilloner ved to institutioner."]),
                          ("indstilling", ["at orienteringen tages til efterretning", "at forvaltningen arbejder videre med model 2"])],
                decision=[rng.choice(["Ad 1. Taget til efterretning.\nAd 2. Godkendt.", "Godkendt."])], absent=_absent(rng, m))


def it_aeldre(rng, m, d, council):
    if rng.random() < 0.5:
        return dict(title="Kvalitetsstandarder for hjemmepleje 2023",
                    sections=[("sag", ["Kvalitetsstandarderne er revideret i samarbejde med Ældrerådet og Handicaprådet. Ændringerne fremgår af bilag 1 med rød skrift."]),
                              ("sagsgang", ["Ældrerådet og Handicaprådet har afgivet høringssvar."]),
                              ("indstilling", ["at de reviderede kvalitetsstandarder godkendes"])],
                    decision=[rng.choice(["Godkendt.", "Anbefales."])], absent=None)
    return dict(title="Værdighedspolitik – revision",
                sections=[("sag", ["Værdighedspolitikken skal revideres i indeværende valgperiode. Forslaget bygger på dialogmøder med Ældrerådet, pårørende og medarbejdere på plejecentrene."]),
                          ("indstilling", ["at forslaget til revideret værdighedspolitik godkendes"])],
                decision=[rng.choice(["Godkendt.", "Anbefales."])], absent=None)


def it_tilsyn(rng, m, d, council):
    c = rng.choice(["Solgården", "Egebakken", "Lindehaven", "Strandparken"])
    return dict(title=f"Tilsynsrapport 2022 – plejecenter {c}",
                sections=[("sag", [f"Styrelsen for Patientsikkerhed har gennemført tilsyn på plejecenter {c}. Tilsynet fandt mindre problemer af betydning for patientsikkerheden vedrørende medicinhåndtering."]),
                          ("indstilling", ["at tilsynsrapporten tages til efterretning"])],
                decision=["Taget til efterretning."], absent=None)


def it_paragraf85(rng, m, d, council):
    return dict(title="Kvalitetsstandard for socialpædagogisk støtte efter servicelovens § 85",
                sections=[("sag", ["Kvalitetsstandarden er opdateret, så den afspejler den nye visitationspraksis og de gældende serviceniveauer. Handicaprådet har afgivet høringssvar."]),
                          ("indstilling", ["at den reviderede kvalitetsstandard godkendes"])],
                decision=[rng.choice(["Godkendt.", "Anbefales."])], absent=None)


def it_specialbudget(rng, m, d, council):
    return dict(title="Status på økonomien på det specialiserede socialområde",
                sections=[("sag", [f"Området forventer et merforbrug på {rng.randint(3, 25)},{rng.randint(0, 9)} mio. kr., særligt på botilbud efter servicelovens §§ 107 og 108. Forvaltningen arbejder med en handleplan for styring af udgifterne."]),
                          ("indstilling", ["at orienteringen tages til efterretning"])],
                decision=["Taget til efterretning."], absent=None)


def it_spildevand(rng, m, d, council):
    return dict(title="Tillæg nr. 3 til spildevandsplan 2019-2030",
                sections=[("sag", ["Tillægget omhandler separatkloakering af oplandet ved Mølleåen og har været i høring i 8 uger uden bemærkninger."]),
                          ("indstilling", ["at tillægget vedtages endeligt"])],
                decision=["Godkendt."], absent=None)


def it_boligsocial(rng, m, d, council):
    return dict(title="Boligsocial helhedsplan 2023-2026 – godkendelse af kommunal medfinansiering",
                sections=[("sag", ["Boligorganisationerne har i samarbejde med kommunen udarbejdet en ny helhedsplan med indsatser for uddannelse, beskæftigelse og tryghed."]),
                          ("okonomi", [f"Den kommunale medfinansiering udgør {rng.randint(1, 4)},{rng.randint(0, 9)} mio. kr. over fire år."]),
                          ("indstilling", ["at den kommunale medfinansiering godkendes"])],
                decision=["Godkendt."], absent=None)


def it_regnskab(rng, m, d, council):
    return dict(title="Årsregnskab 2021 – oversendelse til revisionen",
                sections=[("sag", [f"Regnskabet viser et overskud på det skattefinansierede område på {rng.randint(20, 180)} mio. kr. Serviceudgifterne holdt sig inden for rammen."]),
                          ("indstilling", ["at årsregnskabet for 2021 godkendes og oversendes til revisionen"])],
                decision=["Godkendt."], absent=None)


def it_closed(rng):
    return dict(title=rng.choice(["Salg af kommunal grund", "Personalesag", "Køb af ejendom", "Erstatningssag"]),
                sections=[], decision=["Godkendt."], absent=None, closed=True)


# ------------------------------------------------------------------ misleading items

def it_employment(rng, m, d, council):
    """Omgørelsesprocent on the employment area: not the social-area map."""
    p = rng.randint(8, 22)
    return dict(mislead=True, title=rng.choice(["Ankestyrelsens omgørelsesprocenter på beskæftigelsesområdet 2021",
                                  "Omgørelsesprocent for sager på beskæftigelsesområdet",
                                  "Beskæftigelsesministeriets opgørelse over omgørelser i klagesager – Jobcentret"]),
                sections=[("resume", [f"Ankestyrelsen har offentliggjort omgørelsesprocenterne for klagesager på beskæftigelsesområdet for 2021. For {m.kommune} blev {p} pct. af de realitetsbehandlede sager omgjort eller hjemvist."]),
                          ("sag", ["Opgørelsen omfatter sager om sygedagpenge, ledighedsydelse, fleksjob og ressourceforløb. Jobcentret har gennemgået de omgjorte sager, og de vedrører primært mangelfuld partshøring og begrundelse.",
                                   "Der gennemføres i 2023 et kursusforløb for sagsbehandlerne i Jobcentret om forvaltningsret."]),
                          ("indstilling", ["at orienteringen tages til efterretning"])],
                decision=[rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning."])], absent=None)


def it_othermap(rng, m, d, council):
    kind = rng.choice(["klima", "natur", "bredbaand", "turisme"])
    if kind == "klima":
        return dict(mislead=True, title="CONCITO og KL's danmarkskort over kommunernes klimaindsats",
                    sections=[("sag", ["KL har offentliggjort et danmarkskort, der viser status for kommunernes klimaplaner i DK2020. Kommunen er markeret som en af de kommuner, hvis plan er godkendt.",
                                       "Kortet viser også, at 18 kommuner endnu mangler at få godkendt en handlingsplan for klimatilpasning."]),
                              ("indstilling", ["at orienteringen tages til efterretning"])],
                    decision=["Taget til efterretning."], absent=None)
    if kind == "natur":
        return dict(mislead=True, title="Danmarkskort over naturarealer – Grønt Danmarkskort og kommuneplanens naturudpegning",
                    sections=[("sag", ["Med Grønt Danmarkskort skal kommunerne i kommuneplanen udpege potentielle naturområder og økologiske forbindelser. Forvaltningen har udarbejdet forslag til udpegning."]),
                              ("indstilling", ["at forslaget sendes i høring som en del af kommuneplanrevisionen"])],
                    decision=["Godkendt."], absent=None)
    if kind == "bredbaand":
        return dict(mislead=True, title="Bredbåndspuljen 2022 – Energistyrelsens kortlægning af mobil- og bredbåndsdækning",
                    sections=[("sag", ["Energistyrelsens danmarkskort over bredbåndsdækning viser, at 412 adresser i kommunen ikke har adgang til 100/30 Mbit/s. Forvaltningen foreslår at understøtte ansøgninger til bredbåndspuljen."]),
                              ("indstilling", ["at forvaltningen bemyndiges til at indgå samarbejde med lokale borgergrupper"])],
                    decision=["Godkendt."], absent=None)
    return dict(mislead=True, title="Turismestrategi 2023-2026",
                sections=[("sag", ["Strategien skal placere kommunen tydeligere på Danmarks kort som kystdestination. Der er udarbejdet en handlingsplan med 14 initiativer."]),
                          ("indstilling", ["at turismestrategien godkendes"])],
                decision=["Godkendt."], absent=None)


def it_letter2021(rng, m, d, council, ctx):
    """Ankestyrelsen's letter about the treatment of LAST year's map (2021)."""
    body = m.council
    item = dict(title=rng.choice(["Ankestyrelsens tilbagemelding på kommunens behandling af danmarkskortet 2021",
                                  "Brev fra Ankestyrelsen vedrørende behandling af Danmarkskort 2021",
                                  "Orientering: Ankestyrelsens gennemgang af danmarkskortet for 2021"]),
                sections=[("resume", [f"Ankestyrelsen har gennemgået kommunernes behandling af danmarkskortet for 2021 og har i brev af {dlong(ctx['letter_date'])} meddelt {m.kommune}, at styrelsen ikke foretager sig yderligere."]),
                          ("sag", [f"{body} behandlede danmarkskortet 2021 på mødet den {dlong(ctx['prev_treat'])}. Ankestyrelsen bemærker i brevet, at kortet fremover skal behandles på et møde i kommunalbestyrelsen inden udgangen af det år, hvor det offentliggøres, og henleder opmærksomheden på, at der fremover skal tages stilling til behovet for en handlingsplan."]),
                          ("indstilling", ["at Ankestyrelsens brev om danmarkskortet 2021 tages til efterretning"])],
                decision=[rng.choice(["Taget til efterretning.", "Orienteringen taget til efterretning."])], absent=None)
    item["dk"] = dict(map_year=2021, action_plan="not_addressed")
    return item


def it_announcements(rng, m, d, council, committee_note=None, mention=True):
    """Mayor's announcements, with a passing mention of the map unless mention=False."""
    lines = [f"Borgmesteren orienterede om status på budgetforhandlingerne med {rng.choice(['A', 'V', 'C', 'F'])} og om den seneste udvikling i energipriserne."]
    if committee_note:
        lines.append(committee_note)
    elif not mention:
        lines.append(rng.choice(["Orientering om, at kommunen har modtaget tilsagn om midler fra Trafikpuljen.",
                                 "Orientering om status på byggeriet af den nye skole."]))
    else:
        lines.append(rng.choice([
            "Borgmesteren orienterede om, at Social-, Bolig- og Ældreministeriet har offentliggjort danmarkskortet over omgørelsesprocenter, og at sagen vil blive forelagt i det relevante fagudvalg.",
            "Orientering om, at Ankestyrelsen har sendt brev om de skærpede regler for behandling af danmarkskortet. Sagen behandles på et senere møde.",
        ]))
    lines.append("Orientering om invitation til nytårskur den 6. januar 2023." if d.month >= 11 else
                 rng.choice(["Orientering om temamøde om kommuneplanstrategien.", "Orientering om status på modtagelse af fordrevne fra Ukraine.",
                             "Orientering om den kommende venskabsbyudveksling."]))
    return dict(mislead=True, title=rng.choice(["Meddelelser", "Borgmesterens meddelelser", "Orientering fra borgmesteren", "Meddelelser fra formanden"]),
                sections=[("sag", lines)], decision=["Taget til efterretning."], absent=None)


# ------------------------------------------------------------------ the danmarkskort item

TITLES = [
    "Danmarkskort over omgørelsesprocenter på socialområdet 2022",
    "Danmarkskort 2022 – omgørelsesprocenter på socialområdet",
    "Danmarkskortet 2022 og stillingtagen til handlingsplan",
    "Behandling af Social-, Bolig- og Ældreministeriets danmarkskort 2022",
    "Ankestyrelsens danmarkskort 2022 for omgørelser i klagesager",
    "Danmarkskort over omgørelses- og hjemvisningsprocenter 2022",
    "Omgørelsesprocenter på socialområdet – danmarkskortet 2022",
    "Danmarkskort 2022 – social- og handicapområdet",
]
TITLES_AVOID = [
    "Ankestyrelsens statistik over omgørelser 2021",
    "Retssikkerhed på socialområdet – omgørelsesprocenter",
    "Omgørelsesprocenter i klagesager på det sociale område",
    "Ankestyrelsens omgørelser af kommunens afgørelser på socialområdet",
    "Juridisk kvalitet i sagsbehandlingen – omgørelser 2021",
]

PREPARE = {
    "plain": ["at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen på børnehandicapområdet",
              "at forvaltningen udarbejder en handlingsplan for at nedbringe omgørelsesprocenten på voksenhandicapområdet",
              "at der udarbejdes en handlingsplan, der skal styrke den juridiske kvalitet i sagsbehandlingen",
              "at {council} beslutter, at der skal udarbejdes en handlingsplan for at styrke den juridiske kvalitet"],
    "other": ["at forvaltningen udarbejder en plan for styrkelse af den juridiske kvalitet på det specialiserede socialområde",
              "at der iværksættes et kvalitetsprogram for sagsbehandlingen på børne- og voksenhandicapområdet",
              "at der igangsættes en indsats for at styrke retssikkerheden i sagsbehandlingen, og at {council} orienteres om indsatsen i efteråret 2023",
              "at forvaltningen igangsætter et juridisk kvalitetsløft med faste sagsgennemgange og kompetenceudvikling, som beskrevet i sagsfremstillingen"],
    "continue": ["at den eksisterende handleplan fra 2021 for den juridiske kvalitet videreføres og opdateres på baggrund af danmarkskortet 2022",
                 "at handleplanen for styrket retssikkerhed fra 2021 videreføres i 2023 med de justeringer, der fremgår af sagen"],
}
NONEED = {
    "plain": ["at der ikke udarbejdes en handlingsplan",
              "at {council} vurderer, at der ikke er behov for en handlingsplan til styrkelse af den juridiske kvalitet",
              "at {council} ikke finder anledning til at udarbejde en handlingsplan",
              "at der på baggrund af omgørelsesprocenternes niveau ikke iværksættes en handlingsplan"],
    "existing": ["at der ikke udarbejdes en særskilt handlingsplan, idet der allerede er iværksat et kvalitetsarbejde på området",
                 "at {council} tager stilling til, at der ikke er behov for en handlingsplan, da det igangværende kvalitetsarbejde fortsætter"],
}
NOTED = ["at orienteringen om danmarkskortet tages til efterretning", "at omgørelsesprocenterne drøftes",
         "at danmarkskortet tages til orientering", "at sagen drøftes og tages til efterretning"]


def dk_item(rng, m, d, council_meeting, stance, variant, decision_kind, ctx):
    """stance of the recommendation: prepare/no_need/noted. variant: plain/other/continue/existing.
    decision_kind: plain, vote, perbullet, amend_flip, amend_neutral, noted, deferred, explicit.
    Returns (item, final action_plan)."""
    C = m.council
    avoid = ctx.get("title_avoid")
    combined = ctx.get("combined_letter")
    if avoid:
        title = rng.choice(TITLES_AVOID)
    elif combined:
        title = rng.choice(["Danmarkskort 2022 og Ankestyrelsens tilbagemelding på behandlingen af danmarkskortet 2021",
                            "Danmarkskortet 2022 samt brev fra Ankestyrelsen om sidste års behandling"])
    else:
        title = rng.choice(TITLES)
        if d.year == 2023 and rng.random() < 0.5:
            title = title.replace("2022", "").replace("  ", " ").strip(" –")
    word = "danmarkskortet" if not avoid or rng.random() < 0.5 else "opgørelsen"
    resume = [rng.choice([
        f"Social-, Bolig- og Ældreministeriet har i juni 2022 offentliggjort {word} over omgørelsesprocenter på socialområdet. {word[0].upper() + word[1:]} viser, hvor stor en andel af de påklagede afgørelser, som Ankestyrelsen har omgjort, hjemvist eller ophævet i 2021.",
        f"Sagen forelægges, fordi kommunalbestyrelsen efter retssikkerhedslovens § 79 b, stk. 1 årligt skal behandle {word} over omgørelsesprocenter og tage stilling til, om der er behov for en handlingsplan.",
        f"Hvert år offentliggøres et {'danmarkskort' if word == 'danmarkskortet' else 'kort'} over kommunernes omgørelsesprocenter i klagesager på socialområdet. {m.kommune}s tal for 2021 fremlægges hermed.",
        f"Med denne sag får {C} forelagt årets {'danmarkskort' if word == 'danmarkskortet' else 'opgørelse'} over omgørelsesprocenter. Sagen fremlægges til drøftelse og stillingtagen til, om der skal udarbejdes en handlingsplan.",
        f"Ankestyrelsen har i brev af 13. september 2022 bedt kommunerne sende referatet fra det møde, hvor {word} for 2022 behandles. Forvaltningen har udarbejdet en gennemgang af kommunens tal."])]
    if avoid and word == "opgørelsen":
        resume = [f"Ankestyrelsen offentliggør hvert år kommunernes omgørelsesprocenter i klagesager på socialområdet. Opgørelsen for 2021 blev offentliggjort i sommeren 2022, og {C} skal efter retssikkerhedslovens § 79 b behandle resultatet."]
    omg = round(m.cases * m.pct / 100)
    comp = "under" if m.pct < LAND["all"] else ("over" if m.pct > LAND["all"] else "på niveau med")
    sag = [rng.choice([
        f"I 2021 realitetsbehandlede Ankestyrelsen {m.cases} klagesager fra {m.kommune} på socialområdet. Heraf blev {omg} sager omgjort, hjemvist eller ophævet, svarende til en omgørelsesprocent på {m.pct} pct. Landsgennemsnittet var {LAND['all']} pct. Kommunen ligger dermed {comp} landsgennemsnittet.",
        f"Omgørelsesprocenten for hele socialområdet er {m.pct} pct. mod {m.pct_prev} pct. året før. Til sammenligning var landsgennemsnittet {LAND['all']} pct. Af {m.cases} realitetsbehandlede sager blev {omg} omgjort eller hjemvist."]),
        f"Danmarkskortet består af tre dele. På børnehandicapområdet er omgørelsesprocenten {m.pct_bh} pct. (landsgennemsnit {LAND['bh']} pct.), og på voksenhandicapområdet {m.pct_vh} pct. (landsgennemsnit {LAND['vh']} pct.). Sammenlignet med nabokommunerne ligger kommunen " + rng.choice(["lidt højere", "i midterfeltet", "lavere", "på niveau"]) + " på børnehandicapområdet." if not (avoid and word == "opgørelsen") else
        f"Opgørelsen består af tre dele: hele socialområdet, børnehandicapområdet ({m.pct_bh} pct.) og voksenhandicapområdet ({m.pct_vh} pct.).",
        rng.choice(["De omgjorte sager vedrører især merudgifter efter servicelovens § 41, tabt arbejdsfortjeneste efter § 42 og borgerstyret personlig assistance efter § 96.",
                    "Hovedparten af hjemvisningerne skyldes manglende oplysning af sagen, herunder manglende lægelige oplysninger, og utilstrækkelig begrundelse.",
                    "Forvaltningen har gennemgået de omgjorte sager. Der er ikke fundet et entydigt mønster, men flere sager vedrører hjælpemidler og boligindretning."])]
    if combined:
        sag.append(f"Ankestyrelsen har desuden i brev af {dlong(ctx['letter_date'])} givet tilbagemelding på {C.lower() if C != 'Borgerrepræsentationen' else C}s behandling af danmarkskortet 2021. Styrelsen foretager sig ikke yderligere, men gør opmærksom på de skærpede krav fra 1. juli 2022.")
    lov = ["Efter retssikkerhedslovens § 79 b, stk. 1, skal kommunalbestyrelsen behandle danmarkskortet på et møde inden udgangen af det år, hvor kortet offentliggøres. Fra 1. juli 2022 skal kommunalbestyrelsen samtidig tage stilling til, om der er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen."]
    vurd = []
    ind_lead = rng.choice(["Direktionen indstiller,", "Forvaltningen indstiller,", f"Forvaltningen indstiller til {C} via {ctx['committee']},",
                           f"Social og Sundhed indstiller til {m.okonomi} og {C},", "Administrationen indstiller,", f"Direktøren for {m.dept} indstiller,",
                           f"Forvaltningen indstiller til {m.council_short} via {m.social_abbr} og ØU,", f"{m.dept} indstiller, at det over for {m.okonomi} og {C} anbefales,"])
    bullets = [rng.choice(["at danmarkskortet over omgørelsesprocenter 2022 tages til efterretning", "at orienteringen om omgørelsesprocenterne tages til efterretning",
                           "at danmarkskortet drøftes", "at omgørelsesprocenterne for 2021 tages til efterretning",
                           "at kommunens resultater i danmarkskortet drøftes, herunder sammenlignet med andre kommuner",
                           "at redegørelsen for omgørelsesprocenterne på de tre områder tages til orientering"])]
    if stance == "prepare":
        b = rng.choice(PREPARE[variant]).format(council=C)
        vurd.append(rng.choice([
            "Forvaltningen vurderer, at omgørelsesprocenten på børnehandicapområdet giver anledning til en målrettet indsats, og foreslår derfor, at der arbejdes systematisk med den juridiske kvalitet.",
            "Selv om kommunen samlet ligger tæt på landsgennemsnittet, vurderes der at være behov for at styrke sagsoplysningen og partshøringen, især i sager om merudgifter."]))
        if variant == "continue":
            vurd = [f"{C} vedtog i 2021 en handleplan for den juridiske kvalitet. Handleplanen har bl.a. ført til faste juridiske sagsgennemgange og et kursusforløb i forvaltningsret. Forvaltningen foreslår, at handleplanen videreføres og opdateres med de nye tal."]
        bullets.append(b)
    elif stance == "no_need":
        b = rng.choice(NONEED[variant]).format(council=C)
        if variant == "existing":
            vurd.append(rng.choice([
                "Der er allerede iværksat et kvalitetsarbejde med kvartalsvise stikprøver og juridisk sparring, og der er derfor ikke behov for en handlingsplan.",
                "Forvaltningen har siden 2020 arbejdet med et kvalitetsprogram, der følges op i fagudvalget. Det er forvaltningens vurdering, at det igangværende arbejde er tilstrækkeligt, og at der ikke er behov for en særskilt handlingsplan."]))
        else:
            low = m.pct < LAND["all"] and m.pct_bh < LAND["bh"] and m.pct_vh < LAND["vh"]
            vurd.append(rng.choice([
                "Kommunens omgørelsesprocent ligger under landsgennemsnittet på alle tre områder. Forvaltningen vurderer på den baggrund, at der ikke er behov for en handlingsplan."
                if low else "De omgjorte sager fordeler sig på mange forskellige sagstyper, og gennemgangen har ikke vist systematiske fejl. Forvaltningen vurderer på den baggrund, at der ikke er behov for en handlingsplan.",
                "Forvaltningen vurderer samlet, at omgørelsesprocenterne ikke giver anledning til at udarbejde en handlingsplan, men vil fortsat følge udviklingen."]))
        bullets.append(b)
    else:
        bullets = [rng.choice(NOTED)]
        vurd.append(rng.choice(["Forvaltningen vil fortsat have fokus på at styrke sagsbehandlingen og følger udviklingen i omgørelsesprocenterne.",
                                "Udviklingen drøftes løbende i ledergruppen, og der er planlagt temadage for sagsbehandlerne i foråret.",
                                "Forvaltningen vil på et kommende møde i fagudvalget give en uddybende orientering om de omgjorte sager."]))
    if combined:
        bullets.append("at Ankestyrelsens brev om behandlingen af danmarkskortet 2021 tages til efterretning")
    secs = [("resume", resume), ("sag", sag), ("lov", lov), ("vurdering", vurd),
            ("okonomi", [rng.choice(["Sagen har ingen økonomiske konsekvenser.", "Udarbejdelse af en eventuel handlingsplan afholdes inden for den eksisterende ramme."])]),
            ("indstilling", [ind_lead, ("ul", bullets)]),
            ("bilag", [rng.choice(["Danmarkskort 2022 – omgørelsesprocenter (PDF)", "Bilag 1: Ankestyrelsens kort over omgørelsesprocenter\nBilag 2: Notat om de omgjorte sager"])])]
    final = {"prepare": "prepare", "no_need": "no_need", "noted": "not_addressed"}[stance]
    pb = None  # the bullet number with the stance
    if decision_kind == "plain":
        dec = [rng.choice(["Godkendt.", "Indstillingen godkendt.", f"{C} godkendte indstillingen.", "Godkendt som indstillet.", "Indstillingen blev godkendt.", "Tiltrådt.",
                           "Godkendt uden afstemning.", "Indstillingen blev enstemmigt godkendt.", "Godkendt, idet danmarkskortet blev drøftet."])]
    elif decision_kind == "explicit":
        if stance == "prepare":
            dec = [f"{C} besluttede, at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen. Danmarkskortet blev i øvrigt taget til efterretning."]
        else:
            dec = [f"{C} besluttede, at der ikke er behov for at udarbejde en handlingsplan. Danmarkskortet blev taget til efterretning."]
    elif decision_kind == "vote":
        pa = rng.sample(PARTIES, 6)
        dec = [rng.choice([f"Et flertal bestående af {', '.join(pa[:3])} og {pa[3]} ({rng.randint(14, 20)}) godkendte indstillingen.\nImod stemte {pa[4]} og {pa[5]} ({rng.randint(4, 10)}), idet mindretallet ønsker en mere omfattende gennemgang af sagerne på børnehandicapområdet.",
                           f"For stemte: {', '.join(pa[:3])} og {pa[3]} ({rng.randint(15, 21)})\nImod stemte: {pa[4]} ({rng.randint(2, 5)})\nUndlod at stemme: {pa[5]} ({rng.randint(1, 3)})\nIndstillingen er godkendt."])]
    elif decision_kind == "saer":
        pa = rng.choice(["Ø", "F", "Å", "SF"])
        secs[5] = ("indstilling", secs[5][1] + [f"Særindstilling fra {pa}: {pa} foreslår, at der udarbejdes en handlingsplan på børnehandicapområdet med konkrete mål for nedbringelse af omgørelsesprocenten."])
        dec = [f"Særindstillingen fra {pa} blev forkastet med {rng.randint(2, 5)} stemmer for og {rng.randint(15, 23)} imod.\nHerefter blev indstillingen godkendt."]
    elif decision_kind == "perbullet":
        dec = [rng.choice(["Ad 1. Taget til efterretning.\nAd 2. Godkendt.", "Ad 1) Taget til efterretning\nAd 2) Godkendt", "1. at: Taget til efterretning.\n2. at: Godkendt."])]
        if combined:
            dec[0] += "\nAd 3. Taget til efterretning." if dec[0].startswith("Ad 1.") else ""
    elif decision_kind == "amend_flip":
        final = "prepare"
        if stance == "no_need":
            dec = [rng.choice(["Indstillingen godkendt, dog således at der udarbejdes en handlingsplan for børnehandicapområdet, som forelægges udvalget inden sommerferien 2023.",
                               f"{C} tog danmarkskortet til efterretning og besluttede enstemmigt, at der i modsætning til indstillingen udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet på voksenhandicapområdet."])]
        else:
            dec = [rng.choice(["Taget til efterretning med den tilføjelse, at forvaltningen udarbejder en handlingsplan til styrkelse af den juridiske kvalitet på børnehandicapområdet.",
                               "Orienteringen blev taget til efterretning. Desuden blev det besluttet, at der udarbejdes en handlingsplan for at nedbringe antallet af hjemviste sager."])]
    elif decision_kind == "amend_neutral":
        dec = [rng.choice([f"Godkendt med den tilføjelse, at {C.lower() if C != 'Borgerrepræsentationen' else C} årligt orienteres om udviklingen i omgørelsesprocenterne.",
                           "Indstillingen godkendt, dog således at Handicaprådet orienteres om sagen.",
                           "Godkendt. Et mindretal (Ø) ønskede ført til protokols, at man havde ønsket en mere ambitiøs indsats."])]
    elif decision_kind == "noted":
        dec = [rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.", f"{C} tog orienteringen til efterretning.", "Drøftet og taget til efterretning."])]
        final = "not_addressed" if stance == "noted" else final
    elif decision_kind == "deferred":
        dec = [rng.choice(["Udsat.", "Sagen blev udsat til næste møde.",
                           "Punktet udsættes, idet der ønskes en uddybende redegørelse for udviklingen på børnehandicapområdet.",
                           f"Udsat efter ønske fra {rng.choice(PARTIES)}."])]
        final = "deferred"
    else:
        raise ValueError(decision_kind)
    if council_meeting and rng.random() < 0.35:
        secs.insert(-1, ("kompetence", [rng.choice([C, f"Sagen afgøres i: {C}", f"{C} har kompetencen til at træffe beslutning."])]))
    item = dict(title=title, sections=secs, decision=dec, absent=_absent(rng, m))
    item["dk"] = dict(map_year=2022, action_plan=final)
    return item, final


def committee_dk_item(rng, m, d, committee, stance, variant, ctx, decides=False):
    """The committee's treatment: recommends (or decides itself when decides=True)."""
    it, final = dk_item(rng, m, d, False, stance, variant, "plain", ctx)
    if rng.random() < 0.5:
        it["sections"].insert(1, ("sagsgang", [f"{m.council} behandlede danmarkskortet 2021 på mødet den {dlong(ctx['prev_treat'])}, hvor det blev besluttet: \"Taget til efterretning.\" Danmarkskortet 2022 forelægges nu {committee} til drøftelse."]))
    if decides:
        it["sections"] = [(k, ([rng.choice(["Forvaltningen indstiller,", "Direktionen indstiller,"])] + v[1:]) if k == "indstilling" else v)
                          for k, v in it["sections"]]
        it["sections"].append(("kompetence", [f"{committee} har kompetence til at træffe beslutning i sagen."]))
        it["decision"] = [rng.choice(["Taget til efterretning.", "Godkendt.", "Udvalget tog orienteringen til efterretning."])]
        if stance == "noted":
            final = "not_addressed"
    else:
        it["sections"].append(("kompetence", [f"Sagen afgøres i: {m.council}" if rng.random() < 0.5 else f"{committee} indstiller til {m.council}."]))
        it["decision"] = [rng.choice(["Anbefales.", "Indstillingen anbefales.", f"Anbefales over for {m.council}.",
                                      f"{committee} anbefaler indstillingen.", "Indstillingen anbefales godkendt.",
                                      f"Oversendes til {m.council} med anbefaling."])]
    it["dk"] = dict(map_year=2022, action_plan=final)
    return it
