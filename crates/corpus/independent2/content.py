"""Danish minutes content for the independent2 corpus: ordinary agenda items, the danmarkskort
item in its scenarios, and noise items. Pure data + builders; no layout knowledge here.

A document is a dict:
  body_kind  'council' | 'committee'
  body_name  e.g. 'Byrådet', 'Social- og Sundhedsudvalget'
  date       datetime.date
  header     list of (label, value) pairs (the layout decides how to print them)
  title      document title line
  items      list of item dicts: no, title, caseno, sections [(heading, text|list)],
             decision_heading, decision (str), open ('Åbent punkt'/'Lukket punkt')
  dk         gold dk_items [{map_year, action_plan}]
"""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dweek(d):
    return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year}"


def ddot(d):
    return d.strftime("%d.%m.%Y")


def ddash(d):
    return d.strftime("%d-%m-%Y")


def den(d):
    return f"{EN_WEEKDAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def date_form(rng, d):
    return rng.choice([dlong, dweek, ddot, ddash, lambda x: x.isoformat()])(d)


PARTIES = ["A", "B", "C", "F", "I", "K", "O", "V", "Ø", "Å", "D", "M"]
FIRST = ["Anne", "Bent", "Camilla", "Dorthe", "Erik", "Frederik", "Gitte", "Hans", "Ida", "Jesper",
         "Karina", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Susanne", "Torben", "Ulla",
         "Vibeke", "Anders", "Birgitte", "Henrik", "Louise", "Morten", "Jannie", "Kim", "Søren", "Jørgen"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Kjær", "Bech", "Lund", "Holm", "Dahl", "Skov", "Friis"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} ({rng.choice(PARTIES)})"


def caseno(rng, year):
    f = rng.randrange(5)
    if f == 0:
        return f"{rng.randrange(0, 86):02d}.{rng.randrange(0, 40):02d}.{rng.randrange(0, 20):02d}-{rng.choice('PGAK')}{rng.randrange(1, 30):02d}-{rng.randrange(1, 400)}-{year % 100}"
    if f == 1:
        return f"{rng.randrange(100, 999)}-{year}-{rng.randrange(10000, 999999)}"
    if f == 2:
        return f"EMN-{year}-{rng.randrange(1000, 99999):06d}"
    if f == 3:
        return f"{year}-{rng.randrange(1000, 29999)}"
    return f"{rng.randrange(100000, 999999)}"


# ---------------------------------------------------------------- ordinary business
ORDINARY = [
    ("Godkendelse af dagsorden", None, ["Dagsordenen blev godkendt."]),
    ("Budgetopfølgning pr. 31. {m}", "Forvaltningen har gennemført budgetopfølgning for alle udvalg. Det samlede forventede regnskab for serviceudgifterne viser et merforbrug på {n} mio. kr., som primært kan henføres til det specialiserede socialområde og ældreområdet. Der er iværksat tiltag for at bringe økonomien i balance.",
     ["Godkendt.", "Indstillingen godkendt.", "Anbefales.", "Budgetopfølgningen blev godkendt."]),
    ("Lokalplan {lp} for boligområde ved {street} - endelig vedtagelse", "Forslag til lokalplanen har været i offentlig høring i 8 uger. Der er indkommet {k} høringssvar, som primært vedrører trafik og bebyggelsens højde. Forvaltningen foreslår mindre ændringer af byggefelternes placering.",
     ["Lokalplanen blev endeligt vedtaget.", "Godkendt med de foreslåede ændringer.", "Indstillingen blev vedtaget."]),
    ("Anlægsbevilling til renovering af {school}", "Bygningen har et betydeligt efterslæb på vedligeholdelse af tag, vinduer og ventilation. Der søges om en anlægsbevilling på {n} mio. kr. finansieret af det afsatte rådighedsbeløb i budget 2023.",
     ["Godkendt.", "Anlægsbevillingen blev givet.", "Tiltrådt."]),
    ("Takster for dagtilbud {y1}", "Taksterne for dagpleje, vuggestue og børnehave fastsættes på baggrund af budgettet. Forældrebetalingen udgør 25 % af bruttodriftsudgifterne.",
     ["Godkendt.", "Anbefalet.", "Taksterne blev godkendt."]),
    ("Klimahandlingsplan - status og årsrapport", "Kommunen har tilsluttet sig DK2020 og vedtaget en klimahandlingsplan. Årsrapporten viser en reduktion af de direkte udledninger på {k} % siden 2018. Handlingsplanens indsatser for transport og landbrug er forsinket.",
     ["Taget til efterretning.", "Orienteringen blev taget til efterretning."]),
    ("Handlingsplan for trafiksikkerhed {y0}-{y2}", "Trafiksikkerhedsplanen indeholder {k} konkrete projekter ved skoleveje samt kampagner målrettet unge bilister. Planen har været drøftet i Teknik- og Miljøudvalget.",
     ["Godkendt.", "Handlingsplanen blev godkendt.", "Anbefales."]),
    ("Kvalitetsstandard for praktisk hjælp og personlig pleje", "Kvalitetsstandarden er revideret, så den afspejler den nye visitationspraksis. Ældrerådet og Handicaprådet har afgivet høringssvar, som er vedlagt.",
     ["Godkendt.", "Indstillingen godkendt."]),
    ("Revisionsberetning for regnskab {y-1}", "Revisionen har afgivet beretning om regnskabet. Revisionen har ingen væsentlige bemærkninger, men anbefaler, at kommunens kontrolprocedurer på lønområdet styrkes.",
     ["Godkendt.", "Beretningen blev taget til efterretning og godkendt."]),
    ("Salg af erhvervsgrund i {street}", "Der er indkommet et købstilbud på grunden på {k}.000 m². Tilbuddet svarer til kommunens mindstepris.",
     ["Godkendt.", "Salget blev godkendt."]),
    ("Udpegning af medlem til Ældrerådet", "Et medlem er udtrådt af Ældrerådet, og der skal udpeges en stedfortræder.",
     ["Godkendt.", "Udpegningen blev godkendt."]),
    ("Ændring af styrelsesvedtægten", "Ændringen vedrører udvalgenes opgaver efter en omorganisering af forvaltningen. Vedtægtsændringen skal behandles på to møder i kommunalbestyrelsen.",
     ["Godkendt til 1. behandling.", "Vedtaget ved 2. behandling."]),
    ("Kommunal garanti for lån til {org}", "Forsyningsselskabet søger om kommunegaranti for et lån på {n} mio. kr. til nyt renseanlæg. Garantien påvirker ikke kommunens låneramme.",
     ["Godkendt.", "Anbefales.", "Tiltrådt."]),
    ("Tilsynsrapporter fra plejecentre {y-1}", "Der er gennemført uanmeldte tilsyn på alle kommunens plejecentre. Der er ikke fundet alvorlige forhold, men der er givet anbefalinger om medicinhåndtering.",
     ["Taget til efterretning.", "Orienteringen taget til efterretning."]),
    ("Sammenhængende børnepolitik - høring", "Udkastet til ny børne- og ungepolitik har været i høring hos skolebestyrelser og forældrebestyrelser.",
     ["Godkendt.", "Politikken blev godkendt."]),
    ("Udvidelse af plejeboligkapacitet", "Befolkningsprognosen viser en stigning i antallet af borgere over 80 år på {k} % frem mod 2030. Forvaltningen foreslår, at der arbejdes videre med en udbygning med 60 plejeboliger.",
     ["Godkendt.", "Anbefales over for Byrådet.", "Indstillingen godkendt."]),
    ("Valg af lægdommere for perioden {y1}-{y4}", "Kommunen skal indstille kandidater til grundlisten over lægdommere.",
     ["Godkendt."]),
    ("Ansøgning om tilskud fra puljen til styrket kvalitet i ældreplejen", "Forvaltningen foreslår, at kommunen søger om midler til kompetenceudvikling af social- og sundhedspersonalet.",
     ["Godkendt.", "Tiltrådt."]),
    ("Orientering om ventetider på specialundervisning", "Visitationsudvalget har behandlet {k} sager i første halvår. Ventetiden er nedbragt fra 14 til 9 uger.",
     ["Taget til efterretning."]),
    ("Serviceniveau for befordring til aktivitetscentre", "Forvaltningen har udarbejdet forslag til justering af serviceniveauet i lyset af budgetforliget.",
     ["Godkendt.", "Anbefales."]),
    ("Eventuelt", None, ["Intet.", "Ingen bemærkninger."]),
]

NOISE = [
    ("Grønt Danmarkskort - udpegning af naturområder", "Kommunen skal i kommuneplanen udpege arealer til Grønt Danmarkskort. Forvaltningen foreslår, at de eksisterende naturbeskyttede områder og nye spredningskorridorer langs åerne indgår. Udpegningen indgår i kommuneplanrevisionen {y1}.",
     ["Godkendt.", "Anbefales.", "Indstillingen blev vedtaget."]),
    ("Danmarkskort over ladestandere - kommunens placering", "FDM og Dansk Elbil Alliance har offentliggjort et danmarkskort over offentligt tilgængelige ladestandere. Kommunen ligger under landsgennemsnittet med {k} ladepunkter pr. 1.000 elbiler. Forvaltningen foreslår en udbygningsplan.",
     ["Taget til efterretning.", "Godkendt."]),
    ("Omgørelsesprocenter på beskæftigelsesområdet {y-1}", "Ankestyrelsen har offentliggjort statistik for klagesager på beskæftigelsesområdet, herunder sygedagpenge, ressourceforløb og fleksjob. Omgørelsesprocenten for kommunen var {k} % mod {k2} % på landsplan. Jobcentret har iværksat faglige temadage om partshøring og begrundelse.",
     ["Taget til efterretning.", "Orienteringen blev taget til efterretning."]),
    ("Ankestyrelsens praksisundersøgelse om sygedagpenge", "Ankestyrelsen har undersøgt kommunernes praksis for revurdering af sygedagpengesager. Kommunen indgik med 10 sager, hvoraf 3 ville være blevet ændret eller hjemvist. Beskæftigelsesforvaltningen følger op med en intern handlingsplan for opfølgningssamtaler.",
     ["Taget til efterretning."]),
    ("Turismestrategi - kommunen på Danmarks kort", "Destinationsselskabet har udarbejdet en strategi, der skal sætte kommunen på Danmarks kort som cykeldestination. Strategien indeholder en handlingsplan for skiltning og markedsføring.",
     ["Godkendt.", "Anbefales."]),
]

STREETS = ["Engvej", "Skolegade", "Møllebakken", "Havnevej", "Kirkebakken", "Nørregade", "Stationsvej", "Åparken"]
SCHOOLS = ["Nordskolen", "Byskolen", "Lindeskolen", "Vestre Skole", "Søndermarkskolen", "Hedeskolen"]
ORGS = ["Forsyningen A/S", "Vand og Spildevand A/S", "Fjernvarmeselskabet a.m.b.a."]


def fill(rng, s, year):
    return s.format(m=rng.choice(["marts", "maj", "august", "september"]), n=rng.randrange(2, 60),
                    k=rng.randrange(3, 40), k2=rng.randrange(10, 30), lp=rng.randrange(100, 400),
                    street=rng.choice(STREETS), school=rng.choice(SCHOOLS), org=rng.choice(ORGS),
                    y0=year, y1=year + 1, y2=year + 2, y4=year + 4, **{"y-1": year - 1})


def ordinary_item(rng, year, spec=None):
    title, text, decs = spec or rng.choice(ORDINARY[1:-1])
    secs = []
    if text:
        secs.append((rng.choice(["Sagsfremstilling", "Sagsfremstilling", "Beskrivelse af sagen", "Redegørelse", "Sagens kerne"]), fill(rng, text, year)))
        if rng.random() < 0.5:
            secs.append(("Økonomi", rng.choice(["Sagen har ingen økonomiske konsekvenser.", "Udgiften afholdes inden for udvalgets ramme.", f"Merudgiften på {rng.randrange(1, 9)},{rng.randrange(10)} mio. kr. finansieres af kassebeholdningen."])))
        secs.append(("Indstilling", [rng.choice(["at sagen godkendes", "at indstillingen godkendes", "at orienteringen tages til efterretning", "at forslaget godkendes som beskrevet"])]))
    return {"title": fill(rng, title, year), "sections": secs, "decision": rng.choice(decs)}


# ---------------------------------------------------------------- the danmarkskort item
DK_TITLES_2023 = [
    "Danmarkskort 2023 over omgørelsesprocenter på socialområdet",
    "Social-, Bolig- og Ældreministeriets danmarkskort 2023",
    "Ankestyrelsens statistik over omgjorte afgørelser 2022",   # figures of 2022 -> map 2023
    "Omgørelsesprocenter på det sociale område",               # no year: inferred from date
    "Behandling af danmarkskortet for 2023 efter retssikkerhedslovens § 79 b",
    "Danmarkskortet 2023 - omgørelser af sager på socialområdet",
    "Omgørelsesprocenter for 2022 - børne- og voksenhandicapområdet",  # figures 2022 -> map 2023
    "Retssikkerhed på socialområdet - årets danmarkskort",
    "Status på sagsbehandling i Socialforvaltningen, herunder danmarkskortet 2023",
]

DK_BACKGROUND = [
    "Social-, Bolig- og Ældreministeriet offentliggjorde den {pub} det årlige danmarkskort over omgørelsesprocenter på socialområdet. Danmarkskortet viser, hvor stor en andel af de påklagede afgørelser, Ankestyrelsen har ændret, hjemvist eller ophævet. Efter retssikkerhedslovens § 79 b, stk. 1, skal kommunalbestyrelsen behandle danmarkskortet på et møde inden udgangen af det år, hvor det offentliggøres, og tage stilling til, om der er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen.",
    "Hvert år udgiver ministeriet en opgørelse over kommunernes omgørelsesprocenter i klagesager på det sociale område. Opgørelsen er opdelt på hele socialområdet, børnehandicapområdet og voksenhandicapområdet. Kommunalbestyrelsen er forpligtet til at drøfte resultaterne og siden 1. juli 2022 tillige til at tage stilling til behovet for en handlingsplan.",
    "Ankestyrelsen har i {y_fig} truffet afgørelse i {n} klagesager fra kommunen på socialområdet. Heraf blev {pct} % ændret, hjemvist eller ophævet, mens landsgennemsnittet var {avg} %. Tallene indgår i danmarkskortet, som kommunalbestyrelsen efter loven skal behandle inden årets udgang.",
]
DK_FIGURES = [
    "For hele socialområdet er kommunens omgørelsesprocent {pct} % (landsgennemsnit {avg} %). På børnehandicapområdet er omgørelsesprocenten {pct2} %, og på voksenhandicapområdet {pct3} %. Kommunen placerer sig dermed {place} i forhold til sammenlignelige kommuner.",
    "Af danmarkskortet fremgår, at {pct} % af de behandlede klagesager blev omgjort. Det er {rel} landsgennemsnittet på {avg} %. Særligt sager om merudgifter efter servicelovens § 41 og hjælpemidler efter § 112 trækker omgørelsesprocenten {updown}. På voksenhandicapområdet ligger kommunen på {pct3} %.",
    "Omgørelsesprocenten på børnehandicapområdet er steget fra {pct2b} % til {pct2} %, mens den på voksenhandicapområdet er faldet til {pct3} %. For socialområdet samlet er tallet {pct} %.",
]
DK_EFFORT = [
    "Forvaltningen har siden sidste år arbejdet målrettet med partshøring, begrundelser og sagsoplysning, blandt andet gennem faglige sparringsmøder og et juridisk kvalitetsteam.",
    "Der gennemføres løbende interne stikprøver af afgørelser, og alle hjemviste sager gennemgås på teammøder med henblik på læring.",
    "Socialforvaltningen har etableret et fast samarbejde med kommunens juridiske afdeling om de sager, der påklages, og alle nye medarbejdere gennemgår et forløb om forvaltningsret.",
]

# stance -> list of (indstilling bullets, plan sentence in background)
STANCE_REC = {
    "no_need": [
        ["at orienteringen om danmarkskortet tages til efterretning", "at der ikke udarbejdes en handlingsplan, idet forvaltningens igangværende indsatser vurderes at være tilstrækkelige"],
        ["at {body} tager danmarkskortet til efterretning", "at {body} beslutter, at der ikke er behov for en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen"],
        ["at {body} finder ikke anledning til at udarbejde en handlingsplan på baggrund af danmarkskortet"],
    ],
    "no_need_nowords": [
        ["at resultaterne tages til efterretning", "at der udarbejdes ikke en særskilt plan, da den igangværende kvalitetsindsats fortsætter og anses for tilstrækkelig"],
        ["at den igangværende kvalitetsindsats i Socialforvaltningen fortsætter og anses for tilstrækkelig, så der ikke iværksættes yderligere tiltag"],
    ],
    "prepare": [
        ["at orienteringen tages til efterretning", "at forvaltningen udarbejder en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen, som forelægges {body} i {when}"],
        ["at {body} beslutter, at der skal udarbejdes en handlingsplan for børnehandicapområdet, hvor omgørelsesprocenten er højest"],
        ["at der udarbejdes en handlingsplan med konkrete mål for nedbringelse af omgørelsesprocenten"],
    ],
    "prepare_nowords": [
        ["at forvaltningen udarbejder en plan for styrkelse af den juridiske kvalitet i sagsbehandlingen på børnehandicapområdet", "at planen forelægges til godkendelse i {when}"],
    ],
    "prepare_existing": [
        ["at danmarkskortet tages til efterretning", "at den eksisterende handlingsplan for den juridiske kvalitet på socialområdet, vedtaget i 2022, videreføres og opdateres med nye mål for 2024"],
        ["at den allerede vedtagne handlingsplan for retssikkerhed fortsætter, og at status forelægges {body} i {when}"],
    ],
    "not_addressed": [
        ["at orienteringen tages til efterretning"],
        ["at {body} tager danmarkskortet til orientering"],
        ["at sagen tages til efterretning", "at forvaltningen fortsat følger udviklingen i omgørelsesprocenterne"],
    ],
}
STANCE_GOLD = {"no_need": "no_need", "no_need_nowords": "no_need", "prepare": "prepare",
               "prepare_nowords": "prepare", "prepare_existing": "prepare",
               "not_addressed": "not_addressed", "deferred": "deferred"}

DEC_POSITIVE = ["Godkendt.", "Indstillingen godkendt.", "Tiltrådt.", "Indstillingen blev vedtaget.",
                "Anbefalet.", "Godkendt som indstillet."]
DEC_NOTE = ["Taget til efterretning.", "Orienteringen blev taget til efterretning.", "Taget til orientering.",
            "Sagen blev taget til efterretning."]
DEC_DEFER = ["Udsat.", "Sagen blev udsat til næste møde.", "Udsat til behandling på næste møde, da bilagene først blev udsendt samme dag."]


def dk_item(rng, muni, body, body_kind, stance, meeting_date, committee_first=None, by_reference=False,
            absent_votes=False, explicit_year=True, title=None):
    """Build the danmarkskort item. committee_first: (committee name, date, stance) quoted inside."""
    pct = rng.randrange(18, 48); avg = rng.randrange(26, 34)
    vals = dict(pub=rng.choice(["29. juni 2023", "30. juni 2023", "3. juli 2023"]), y_fig=2022,
                n=rng.randrange(40, 400), pct=pct, avg=avg, pct2=rng.randrange(20, 60),
                pct2b=rng.randrange(20, 60), pct3=rng.randrange(15, 50),
                place=rng.choice(["i den bedste tredjedel", "midt i feltet", "i den tungeste fjerdedel"]),
                rel="over" if pct > avg else "under", updown="op" if pct > avg else "ned")
    if title is None:
        t = rng.choice(DK_TITLES_2023)
        if not explicit_year:
            t = "Omgørelsesprocenter på det sociale område"
        title = t
    rec_key = stance if stance != "deferred" else "not_addressed"
    when = rng.choice(["foråret 2024", "marts 2024", "1. kvartal 2024"])
    recs = [r.format(body=body, when=when) for r in rng.choice(STANCE_REC[rec_key])]
    secs = []
    bg = rng.choice(DK_BACKGROUND).format(**vals) + " " + rng.choice(DK_FIGURES).format(**vals)
    secs.append((rng.choice(["Sagsfremstilling", "Sagsfremstilling", "Baggrund", "Sagens kerne", "Beskrivelse af sagen", "Redegørelse"]), bg))
    secs.append((rng.choice(["Vurdering", "Forvaltningens vurdering", "Faglig vurdering"]), rng.choice(DK_EFFORT)))
    secs.append(("Lovgrundlag", "Lov om retssikkerhed og administration på det sociale område § 79 b, stk. 1."))
    secs.append(("Økonomi", rng.choice(["Sagen har ingen økonomiske konsekvenser.", "Ingen.", "En eventuel handlingsplan vil blive finansieret inden for den eksisterende ramme."])))
    secs.append(("Bilag", [rng.choice(["Danmarkskort 2023 - kommunens tal", "Ankestyrelsens nøgletal for kommunen", "Oversigt over omgjorte sager fordelt på paragraffer"]),
                           rng.choice(["Notat om den juridiske kvalitet", "Brev fra Social-, Bolig- og Ældreministeriet", "Præsentation fra temamøde"])]))
    prior = []
    if committee_first:
        cname, cdate, cstance = committee_first
        crecs = [r.format(body="Byrådet" if body != "Borgerrepræsentationen" else body, when=when) for r in rng.choice(STANCE_REC[cstance])]
        if by_reference:
            # The council decision refers to the committee's recommendation, which carries the stance.
            recs = f"{cname} indstiller til {body}, " + "; ".join(crecs) + "."
            prior.append((f"Beslutning i {cname} den {dlong(cdate)}", rng.choice(["Anbefales over for " + body + ".", "Indstillingen anbefales.", "Anbefalet."])))
        else:
            prior.append((f"Beslutning i {cname} den {dlong(cdate)}", rng.choice(["Anbefales.", "Indstillingen anbefales over for " + body + ".", "Anbefalet."])))
    secs.append(("Indstilling", recs))
    for h, t in prior:
        secs.append((h, t))
    if stance == "deferred":
        dec = rng.choice(DEC_DEFER)
    elif stance == "not_addressed":
        dec = rng.choice(DEC_NOTE)
    elif by_reference and committee_first:
        dec = rng.choice([f"{genitive(committee_first[0])} indstilling godkendt.",
                          f"{body} godkendte {genitive(committee_first[0])} indstilling."])
    elif body_kind == "committee":
        dec = rng.choice(["Anbefales over for Byrådet." if body != "Borgerrepræsentationen" else "Anbefales.", "Indstillingen anbefales.", "Anbefalet.", "Tiltrådt."])
    else:
        dec = rng.choice(DEC_POSITIVE + [f"{body} besluttede at følge indstillingen."])
    if absent_votes:
        dec = (f"Fraværende: {person(rng)}, {person(rng)}.\n"
               f"For stemte {rng.randrange(15, 25)} medlemmer, imod stemte {rng.randrange(1, 5)} ({rng.choice(PARTIES)}), {rng.randrange(0, 3)} undlod at stemme.\n" + dec)
    return {"title": title, "sections": secs, "decision": dec, "dk": True}


def genitive(name):
    return name if name.endswith("s") else name + "s"


def followup_item(rng, body):
    """Ankestyrelsen's letter about the council's treatment of the 2022 map: an item about map 2022."""
    t = rng.choice(["Ankestyrelsens opfølgning på behandlingen af danmarkskortet 2022",
                    "Brev fra Ankestyrelsen om kommunens behandling af Danmarkskort 2022",
                    "Orientering om Ankestyrelsens gennemgang af danmarkskortet for 2022"])
    txt = ("Ankestyrelsen har gennemgået samtlige kommuners behandling af danmarkskortet for 2022 og har i brev til kommunalbestyrelsen "
           "meddelt, at kommunens behandling af danmarkskortet 2022 opfyldte kravene i retssikkerhedslovens § 79 b. Ankestyrelsen "
           "foretager sig derfor ikke yderligere, men vejleder om, at kommunalbestyrelsen ved behandlingen af næste års danmarkskort "
           "udtrykkeligt skal tage stilling til behovet for en handlingsplan.")
    return {"title": t, "sections": [("Sagsfremstilling", txt), ("Indstilling", ["at brevet tages til efterretning"])],
            "decision": rng.choice(DEC_NOTE), "dk": True}


def meddelelser_item(rng, body):
    """Mayor's announcements with a passing mention of the map: not a treatment."""
    return {"title": rng.choice(["Meddelelser", "Orientering fra borgmesteren", "Meddelelser fra formanden"]),
            "sections": [("Sagsfremstilling", ["Orientering om status på budgetforhandlingerne.",
                                              "Danmarkskortet over omgørelsesprocenter er offentliggjort og vil blive forelagt på et senere møde.",
                                              "Invitation til nytårskur i rådhushallen."])],
            "decision": rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning."])}
