"""Danish minutes content: meetings, ordinary items, danmarkskort items and misleading items.
Pure data; no layout. Python 3 standard library only."""
import random

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

def long_date(d):
    return f"{d.day}. {MONTHS[d.month-1]} {d.year}"

def weekday(d):
    return WEEKDAYS[d.weekday()]

PARTIES = ["A", "B", "C", "D", "F", "I", "K", "O", "V", "Ø", "Å"]
STREETS = ["Bakkevej", "Skolegade", "Møllevænget", "Engtoften", "Stationsvej", "Kirkebakken",
           "Fjordvej", "Lindealle", "Præstemarken", "Vestergade", "Nørreled"]
PEOPLE = ["Anne Kjær", "Jens Holm", "Mette Bach", "Lars Friis", "Hanne Skov", "Peter Lund",
          "Birgitte Vang", "Søren Dahl", "Karina Møller", "Ole Brandt", "Tina Rasmussen"]

def sagsnr(r, style):
    y = r.choice(["21", "22"])
    if style == 0:
        return f"{r.randint(0,99):02d}.{r.randint(0,99):02d}.{r.randint(0,20):02d}-{r.choice('AGPS')}{r.randint(0,99):02d}-{r.randint(1,999)}-{y}"
    if style == 1:
        return f"{r.randint(100,999)}-20{y}-{r.randint(1000,99999)}"
    if style == 2:
        return f"EMN-20{y}-{r.randint(1000,19999):06d}"
    return str(r.randint(100000, 399999))

def votes(r, n=None):
    ps = r.sample(PARTIES, r.randint(5, 8))
    k = r.randint(1, max(1, len(ps)//2))
    return ps[:k], ps[k:]

# ---------------------------------------------------------------- ordinary items
def ordinary_items(r, muni, date):
    town = muni
    st = r.choice(STREETS)
    amt = r.randint(2, 60) * 100
    y = date.year
    pool = []
    pool.append(dict(title=f"Lokalplan nr. {r.randint(100,420)} for boliger ved {st} – endelig vedtagelse",
        sags=f"Forslag til lokalplanen har været i offentlig høring i 8 uger. Der er indkommet {r.randint(2,9)} høringssvar, som primært handler om trafik og skyggegener. Forvaltningen har vurderet svarene og foreslår mindre ændringer af bebyggelsens højde mod {st}.",
        indst=["lokalplanen vedtages endeligt med de ændringer, der fremgår af sagsfremstillingen",
               "kommuneplantillægget vedtages endeligt"],
        besl=r.choice(["Godkendt.", "Indstillingen godkendt.", f"Godkendt. {r.choice(PARTIES)} stemte imod."])))
    pool.append(dict(title=f"Anlægsbevilling til renovering af {r.choice(['Nordskolen', 'Søndermarkskolen', 'Hallen i ' + town, 'Rådhusets tag', 'Børnehuset Solsikken'])}",
        sags=f"Der søges om en anlægsbevilling på {amt} t.kr. finansieret af det afsatte rådighedsbeløb i investeringsoversigten for {y}. Projektet forventes afsluttet i {r.choice(MONTHS[3:9])} {y+1}.",
        indst=[f"der gives en anlægsbevilling på {amt} t.kr.", "rådighedsbeløbet frigives"],
        besl=r.choice(["Godkendt.", "Anbefalingen fra Økonomiudvalget blev fulgt.", "Vedtaget uden afstemning."])))
    pool.append(dict(title=f"Salg af grund på {st} {r.randint(2,80)}",
        sags=f"Kommunen har udbudt grunden i offentligt udbud. Der er modtaget {r.randint(1,5)} bud. Det højeste bud er på {r.randint(4,30)*100000:,} kr.".replace(",", ".") + r.choice(["", " Ejendommen er afflyttet og ryddet.", " Grunden sælges uden officielle byggemodningskrav."]),
        indst=["grunden sælges til højestbydende", "provenuet tilføres kassebeholdningen"],
        besl="Godkendt."))
    pool.append(dict(title=f"Takster for {r.choice(['affald', 'vand og spildevand', 'dagtilbud', 'hjemmeplejens madservice'])} {y+1}",
        sags=f"Taksterne er beregnet ud fra hvile-i-sig-selv-princippet. Stigningen udgør {r.randint(1,7)},{r.randint(0,9)} pct. i forhold til {y}.",
        indst=[f"taksterne for {y+1} godkendes som fremlagt"],
        besl=r.choice(["Godkendt.", "Indstillingen blev godkendt med 19 stemmer for og 6 imod.", "Godkendt. Ø tog forbehold."])))
    pool.append(dict(title="Valg af nyt medlem til Folkeoplysningsudvalget",
        sags=f"{r.choice(PEOPLE)} har anmodet om fritagelse for hvervet. Gruppen har indstillet {r.choice(PEOPLE)} som nyt medlem.",
        indst=["valget foretages"], besl=f"{r.choice(PEOPLE)} blev valgt."))
    pool.append(dict(title=f"Budgetopfølgning pr. 30. {r.choice(['april', 'juni', 'september'])} {y}",
        sags=f"Budgetopfølgningen viser et forventet merforbrug på {r.randint(3,40)} mio. kr. på serviceudgifterne, primært på det specialiserede børneområde. Der er udarbejdet en handleplan for økonomisk balance, som skal bringe udgifterne ned i løbet af {y+1}.",
        indst=["budgetopfølgningen tages til efterretning", "handleplanen for økonomisk balance godkendes"],
        besl=r.choice(["Godkendt.", "Ad 1: Taget til efterretning. Ad 2: Godkendt.", "Indstillingen godkendt. F og Ø stemte imod punkt 2."])))
    pool.append(dict(title=f"Regnskab {y-1} – godkendelse og overførsler",
        sags=f"Regnskabet udviser et overskud på den skattefinansierede drift på {r.randint(20,120)} mio. kr. Revisionen har ikke haft væsentlige bemærkninger.",
        indst=[f"regnskab {y-1} godkendes og oversendes til revisionen", "overførslerne godkendes"],
        besl="Godkendt."))
    pool.append(dict(title="Handlingsplan for trafiksikkerhed 2023-2026",
        sags="Den nye handlingsplan for trafiksikkerhed bygger på uheldsanalysen og borgernes indmeldinger af utrygge strækninger. Planen indeholder 14 konkrete projekter, blandt andet hastighedsdæmpning ved skoler.",
        indst=["handlingsplanen for trafiksikkerhed godkendes"],
        besl=r.choice(["Godkendt.", "Anbefales godkendt; godkendt.", "Godkendt med den tilføjelse, at projektet på " + st + " prioriteres."])))
    pool.append(dict(title="Klimahandlingsplan – status og næste skridt",
        sags="Kommunen tiltrådte DK2020 og vedtog sin klimahandlingsplan. Status viser en reduktion af udledningen på 21 pct. i forhold til 2018. Handlingsplanen justeres årligt.",
        indst=["status tages til efterretning"], besl="Taget til efterretning."))
    pool.append(dict(title=f"Godkendelse af låneoptagelse {y}",
        sags=f"Kommunen har lånedispensation og mulighed for at optage lån på i alt {r.randint(10,90)} mio. kr. til energirenovering og jordforsyning.",
        indst=["der optages lån som beskrevet"], besl="Godkendt."))
    pool.append(dict(title="Ændring af styrelsesvedtægten",
        sags="Som følge af den nye udvalgsstruktur foreslås styrelsesvedtægten ændret, så opgaverne på ældreområdet samles i ét udvalg. Ændringen kræver to behandlinger.",
        indst=["ændringen af styrelsesvedtægten godkendes ved 1. behandling"], besl="Godkendt, idet sagen oversendes til 2. behandling."))
    pool.append(dict(title="Spørgetid for borgerne",
        sags="Der var ingen spørgsmål fra borgerne ved dette møde.", indst=[], besl="Ingen bemærkninger."))
    pool.append(dict(title=f"Udbud af kørsel til {r.choice(['specialskoler', 'dagcentre', 'genoptræning'])}",
        sags="Kontrakten med den nuværende vognmand udløber. Forvaltningen foreslår et fælles udbud med nabokommunerne.",
        indst=["der gennemføres et fælles udbud", "forvaltningen bemyndiges til at indgå kontrakt"],
        besl=r.choice(["Godkendt.", "Anbefalingen fra Økonomiudvalget blev fulgt."])))
    pool.append(dict(title=f"Vinterberedskab {y}/{y+1}",
        sags="Regulativet for vintervedligeholdelse er uændret. Ruteplanen er opdateret med de nye boligområder.",
        indst=["orienteringen tages til efterretning"], besl="Taget til efterretning."))
    pool.append(dict(title="Kommunal garanti for lån til " + r.choice(["vandværk", "fjernvarmeværk", "idrætsforening"]),
        sags=f"Der ansøges om kommunegaranti for et lån på {r.randint(3,40)} mio. kr. Garantien ydes mod en garantiprovision på 0,5 pct.",
        indst=["der gives garanti som ansøgt"], besl="Godkendt."))
    r.shuffle(pool)
    return pool

# ---------------------------------------------------------------- misleading items
def misleading_items(r, muni, date, council_name):
    y = date.year
    pool = [
        dict(title="Nyt danmarkskort over støjbelastede boliger",
             sags=f"Miljøstyrelsen har offentliggjort et opdateret danmarkskort over vejstøj. Kortet viser, at ca. {r.randint(800,6000)} boliger i {muni} Kommune er belastet over grænseværdien. Der er ikke behov for en ny handlingsplan, idet støjhandlingsplanen fra 2018 fortsat gælder.",
             indst=["orienteringen tages til efterretning"], besl="Taget til efterretning."),
        dict(title="Bredbånd og mobildækning – status på danmarkskortet over dækning",
             sags="Energistyrelsens danmarkskort over bredbåndsdækning viser hvide pletter i landdistrikterne. Forvaltningen foreslår en ansøgning til Bredbåndspuljen.",
             indst=["der ansøges om midler fra Bredbåndspuljen"], besl="Godkendt."),
        dict(title="Omgørelsesprocent på beskæftigelsesområdet",
             sags=f"Beskæftigelsesministeriets opgørelse viser, at Ankestyrelsen omgjorde {r.randint(10,30)} pct. af de påklagede afgørelser om sygedagpenge og kontanthjælp i {y-1}. Jobcentret har igangsat en handlingsplan for bedre partshøring.",
             indst=["orienteringen tages til efterretning"], besl="Taget til efterretning."),
        dict(title="Klager over ejendomsvurderinger og skatteankenævn",
             sags="Vurderingsankenævnet har i år ændret en større andel af de påklagede vurderinger. Omgørelsesprocenten på skatteområdet påvirker kommunens grundskyldsprovenu.",
             indst=["orienteringen tages til efterretning"], besl="Taget til efterretning."),
        dict(title="Danmarks kort over cykelruter – ny national turistrute",
             sags="VisitDenmark har udgivet et nyt kort over nationale cykelruter, hvor ruten langs kysten er med. Turistforeningen ønsker skiltning.",
             indst=["der afsættes 150 t.kr. til skiltning"], besl="Godkendt."),
    ]
    r.shuffle(pool)
    return pool

def letter_2021_item(r, muni, council_name):
    return dict(title=r.choice(["Brev fra Ankestyrelsen om behandlingen af danmarkskortet 2021",
                                "Tilbagemelding fra Ankestyrelsens tilsyn – danmarkskort 2021"]),
        sags=f"Ankestyrelsen har gennemgået kommunernes behandling af danmarkskortet for 2021 og har i brev til {council_name} oplyst, at styrelsen ikke foretager sig yderligere. Ankestyrelsen gør opmærksom på, at kortet for 2022 skal behandles på et møde inden udgangen af 2022, og at kommunalbestyrelsen fremover skal tage stilling til behovet for en handlingsplan.",
        indst=["brevet tages til efterretning"], besl="Taget til efterretning.",
        dk=(2021, "not_addressed"))

# ---------------------------------------------------------------- the danmarkskort item
DK_TITLES = [
    "Danmarkskort 2022 – omgørelsesprocenter på socialområdet",
    "Omgørelser i klagesager på socialområdet 2022",
    "Kvalitet i sagsbehandlingen – tal fra Ankestyrelsen 2022",
    "Social- og Ældreministeriets kort over omgørelsesprocenter 2022",
    "Retssikkerhedslovens § 79 b – behandling af omgørelsesprocenter 2022",
    "Orientering om omgørelsesprocenter i klagesager (danmarkskortet 2022)",
    "Juridisk kvalitet i afgørelser på social- og handicapområdet – Ankestyrelsens tal 2022",
    "Ankestyrelsens opgørelse af omgjorte afgørelser på socialområdet 2022",
]

NO_NEED = [
    "{c} vurderer, at der ikke er behov for at udarbejde en handlingsplan til styrkelse af den juridiske kvalitet",
    "der ikke er grundlag for yderligere tiltag ud over det igangværende arbejde med kvaliteten i sagsbehandlingen",
    "det igangværende arbejde med den juridiske kvalitet fortsætter, og at der ikke iværksættes en særskilt handlingsplan",
    "der ikke udarbejdes en selvstændig plan for at styrke den juridiske kvalitet, idet omgørelsesprocenten ligger under landsgennemsnittet",
    "der ikke er anledning til at iværksætte yderligere initiativer på baggrund af danmarkskortet",
    "{c} finder, at den nuværende opfølgning i den faglige ledelse er tilstrækkelig, og at en handlingsplan ikke er nødvendig",
]
PREPARE = [
    "forvaltningen udarbejder en handlingsplan til styrkelse af den juridiske kvalitet i sagsbehandlingen, som forelægges i 1. kvartal 2023",
    "der igangsættes et kvalitetsprogram for sagsbehandlingen på børnehandicapområdet, som udgør kommunens handlingsplan efter retssikkerhedslovens § 79 b",
    "administrationen udarbejder en plan med konkrete initiativer, der skal nedbringe omgørelsesprocenten på voksenhandicapområdet",
    "der iværksættes en målrettet indsats for at styrke den juridiske kvalitet, beskrevet i en handlingsplan, som fremlægges for udvalget og {c}",
    "der udarbejdes en handlingsplan med fokus på partshøring, begrundelser og sagsoplysning",
]

def rates(r):
    tot = r.randint(18, 45); bh = r.randint(15, 60); vh = r.randint(15, 55)
    return tot, bh, vh

def dk_sags(r, muni, council_name, committee=False, prev_ref=None):
    tot, bh, vh = rates(r)
    land = 31
    cmp_ = "under" if tot < land else "over"
    parts = [
        f"Social- og Ældreministeriet offentliggjorde i {r.choice(['juni', 'juli'])} 2022 det årlige danmarkskort over omgørelsesprocenter på socialområdet. Kortet viser for hver kommune, hvor stor en andel af de påklagede afgørelser Ankestyrelsen har ændret, hjemvist eller ophævet. Tallene vedrører afgørelser fra 2021.",
        f"For {muni} Kommune er omgørelsesprocenten på hele socialområdet {tot} pct., hvilket er {cmp_} landsgennemsnittet på {land} pct. På børnehandicapområdet er procenten {bh} og på voksenhandicapområdet {vh}.",
        f"Efter retssikkerhedslovens § 79 b skal {council_name.lower() if council_name[0] != 'B' or council_name == 'Byrådet' else council_name} behandle kortet på et møde inden årets udgang og tage stilling til, om der er behov for en handlingsplan.",
        r.choice([
            "Forvaltningen gennemgår løbende de omgjorte sager og har et internt kursusforløb om notatpligt og partshøring.",
            "De fleste hjemvisninger skyldes manglende sagsoplysning, typisk at lægelige oplysninger ikke er indhentet.",
            "Antallet af klagesager er lavt, og enkelte sager kan derfor flytte procenten markant.",
            "De officielle tal findes på ministeriets hjemmeside; forvaltningen har desuden udarbejdet en oversigt over de afgørelser, der er blevet ændret.",
        ]),
    ]
    parts[2] = f"Efter retssikkerhedslovens § 79 b skal kommunalbestyrelsen behandle kortet på et møde inden årets udgang og tage stilling til, om der er behov for en handlingsplan."
    return parts

def stance_bullet(r, stance, c):
    if stance == "no_need":
        return r.choice(NO_NEED).format(c=c)
    return r.choice(PREPARE).format(c=c)

def cap(s):
    return s[:1].upper() + s[1:]
