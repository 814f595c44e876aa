# -*- coding: utf-8 -*-
"""Interesting items (15 classes, to flag and near misses) and ordinary items.

Every builder takes (rng, ctx) and returns an item dict:
  title, closed, resume, sag (list of paragraphs or ('table', header, rows)),
  extra (list of (key, [paragraphs])), ind_intro, ind (bullets), earlier [(body, [paras])],
  decision [paras], inhabil (line or None), phrase (verbatim substring of the item).
ctx: muni, council ("Byrådet"/"Kommunalbestyrelsen"), council_def, date (datetime.date),
     members [(name, party)], datestr(d) helper.
Written from Danish municipal law, not from the tool's rules.
"""
import datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]


def dk(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


FIRST = ["Karen", "Jens", "Hanne", "Søren", "Birgit", "Poul", "Inge", "Niels", "Lene", "Ole",
         "Kirsten", "Henrik", "Susanne", "Morten", "Anne", "Lars", "Mette", "Bent", "Pia",
         "Torben", "Gitte", "Erik", "Lone", "Anders", "Bodil", "Kim", "Rikke", "Jørgen",
         "Tove", "Peter", "Ulla", "Flemming", "Dorthe", "Claus", "Marianne", "Steen"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Holm", "Bach",
        "Lund", "Dahl", "Kjær", "Vestergaard", "Skov", "Brandt", "Krogh", "Frandsen"]
STREETS = ["Skolevej", "Møllegade", "Kirkebakken", "Engvej", "Stationsvej", "Havnegade",
           "Birkevej", "Søndergade", "Ågade", "Lindealle", "Bakkevej", "Industrivej"]
PLACES = ["Nørreby", "Sønderlund", "Østerhede", "Vesterbjerg", "Holmstrup", "Kildebro",
          "Bøgelund", "Rosenhøj", "Egebjerg", "Lyngsø"]


def person(rng):
    mid = rng.choice(["", "", "", " Marie", " Lykke", " Bjerg", " Juul", " Kjær"])
    return "%s%s %s" % (rng.choice(FIRST), mid, rng.choice(LAST))


def kr(rng, lo, hi, step=1000):
    v = rng.randrange(lo // step, hi // step) * step
    return "{:,}".format(v).replace(",", ".")


def cpr(rng):
    while True:
        d = datetime.date(rng.randrange(1930, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
        return "%02d%02d%02d-%04d" % (d.day, d.month, d.year % 100, rng.randrange(1000, 9999))


def item(title, **kw):
    it = dict(title=title, closed=False, resume=None, sag=[], extra=[],
              ind_intro="Forvaltningen indstiller, at", ind=[], earlier=[],
              decision=["Godkendt."], inhabil=None, phrase=None)
    it.update(kw)
    return it


def committee_for(rng, area):
    return {"aeldre": rng.choice(["Ældreudvalget", "Sundheds- og Ældreudvalget",
                                   "Social-, Sundheds- og Ældreudvalget"]),
            "social": rng.choice(["Socialudvalget", "Social- og Handicapudvalget",
                                   "Social- og Sundhedsudvalget"]),
            "teknik": rng.choice(["Teknik- og Miljøudvalget", "Plan- og Teknikudvalget",
                                   "Udvalget for Klima og Teknik"]),
            "oko": "Økonomiudvalget",
            "boern": rng.choice(["Børne- og Skoleudvalget", "Børne- og Ungeudvalget"]),
            "kultur": rng.choice(["Kultur- og Fritidsudvalget", "Udvalget for Kultur og Idræt"]),
            }[area]


def earlier_dec(rng, ctx, area, text):
    body = committee_for(rng, area)
    d = ctx["date"] - datetime.timedelta(days=rng.choice([8, 13, 14, 15, 21]))
    return (body, d, text)

# ---------------------------------------------------------------- 1 fixed_cap

def fixed_cap_f1(rng, ctx):
    hrs = rng.choice(["1 time", "1,5 time", "45 minutter"])
    ph = "Der kan ikke tildeles mere end %s rengøring hver 14. dag" % hrs
    return item("Revideret kvalitetsstandard for praktisk hjælp 2024",
        resume="Kvalitetsstandarden for praktisk hjælp efter servicelovens § 83 er revideret og forelægges til godkendelse.",
        sag=["Kvalitetsstandarden beskriver det serviceniveau, som kommunen tilbyder borgere, der har behov for hjælp til rengøring, tøjvask og indkøb.",
             "Af hensyn til budgettet og en ensartet tildeling er standarden strammet op. %s, og tøjvask tilbydes hver 3. uge. Indkøb bestilles via indkøbsordning." % ph,
             "Standarden træder i kraft 1. %s 2024. Ældrerådet har været hørt." % rng.choice(["august", "september"])],
        ind=["kvalitetsstandarden for praktisk hjælp 2024 godkendes."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales.")],
        decision=[rng.choice(["Godkendt.", "Indstillingen godkendt."])], phrase=ph)


def fixed_cap_f2(rng, ctx):
    ph = "Rammerne er faste og kan ikke fraviges"
    return item("Serviceniveau for personlig pleje – bad",
        resume="Sagen fastlægger serviceniveauet for hjælp til bad i eget hjem efter servicelovens § 83, stk. 1, nr. 1.",
        sag=["Der har i 2023 været stor variation i, hvor mange bade borgerne får bevilget. Forvaltningen foreslår derfor et fast serviceniveau.",
             "Borgere, der er visiteret til hjælp til personlig pleje, tilbydes ét bad om ugen. Hårvask sker i forbindelse med badet. %s, heller ikke ved særlige behov." % ph, "Ældrerådet og Handicaprådet har afgivet høringssvar."],
        ind=["serviceniveauet for bad fastsættes til ét ugentligt bad."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales over for Byrådet.")],
        decision=["Godkendt."], phrase=ph)


def fixed_cap_f3(rng, ctx):
    ph = "Der visiteres ikke ud over de anførte tider"
    rows = [["Rengøring", "1 time hver 14. dag"], ["Tøjvask", "1 gang hver 14. dag"],
            ["Bad", "1 gang ugentligt"], ["Indkøb", "1 gang ugentligt (varebestilling)"],
            ["Tilberedning af morgenmad", "Ikke en del af ydelsen"]]
    return item("Ydelseskatalog for hjemmeplejen 2024",
        resume="Ydelseskataloget for hjemmepleje er opdateret med nye tidsnormer.",
        sag=["Ydelseskataloget angiver den tid, der afsættes til de enkelte ydelser efter servicelovens § 83.",
             ("table", ["Ydelse", "Serviceniveau"], rows),
             "%s. Tiderne gælder for alle borgere i eget hjem og i ældreboliger." % ph, "Ældrerådet har været hørt og har ingen bemærkninger."],
        ind=["ydelseskataloget godkendes med virkning fra 1. juli 2024."],
        decision=[rng.choice(["Godkendt.", "Godkendt som indstillet."])], phrase=ph)


def fixed_cap_f4(rng, ctx):
    n = rng.choice(["fire", "tre", "fem"])
    ph = "maksimalt %s timer om ugen pr. borger" % n
    return item("Ny model for socialpædagogisk støtte efter servicelovens § 85",
        resume="Der fremlægges en ny tildelingsmodel for socialpædagogisk støtte i eget hjem.",
        sag=["Udgifterne til § 85-støtte er steget med %s kr. siden 2021." % kr(rng, 2000000, 9000000),
             "Med den nye model udgør støtten fremover %s. Borgere, der i dag modtager mere, overgår til den nye ramme ved næste opfølgning." % ph, "Handicaprådet har afgivet høringssvar."],
        ind=["den nye tildelingsmodel godkendes."],
        earlier=[earlier_dec(rng, ctx, "social", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def fixed_cap_q1(rng, ctx):
    ph = "altid på baggrund af en konkret og individuel vurdering"
    return item("Kvalitetsstandard for praktisk hjælp – revision",
        resume="Kvalitetsstandarden for praktisk hjælp efter servicelovens § 83 er revideret.",
        sag=["Som vejledende udgangspunkt tilbydes rengøring 1 time hver 14. dag. Tildelingen sker %s af borgerens behov, og der kan bevilges mere eller mindre hjælp, hvis behovet tilsiger det." % ph,
             "Ældrerådet har afgivet høringssvar og bakker op om revisionen."],
        ind=["den reviderede kvalitetsstandard godkendes."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def fixed_cap_q2(rng, ctx):
    ph = "vurderer visitator i hver enkelt sag"
    return item("Serviceniveau for personlig pleje",
        resume="Forslag til revideret beskrivelse af serviceniveauet for personlig pleje.",
        sag=["Borgere, der har behov for hjælp til bad, tilbydes som udgangspunkt to bade om ugen. Da behovet er forskelligt, %s, om borgerens helbred, hudproblemer eller inkontinens tilsiger hyppigere bad eller anden hjælp." % ph,
             "Serviceniveauet er sendt i høring i Ældrerådet og Handicaprådet, som begge har tilsluttet sig."],
        ind=["serviceniveauet godkendes."],
        decision=["Indstillingen godkendt."], phrase=ph)

# ---------------------------------------------------------------- 2 amended_limit

def _amend_base(rng, ctx, topic):
    return topic


def amended_f1(rng, ctx):
    d = rng.choice(["12", "14", "10"])
    ph = "dog således at aflastning efter servicelovens § 84 højst kan bevilges i %s døgn om året" % d
    return item("Retningslinjer for aflastning af pårørende",
        resume="Der er udarbejdet nye retningslinjer for aflastning og afløsning af pårørende efter servicelovens § 84.",
        sag=["Retningslinjerne beskriver, hvordan kommunen vurderer behovet for aflastning, og hvilke tilbud der findes. Aflastning bevilges efter en konkret, individuel vurdering af den pårørendes og borgerens situation.",
             "Retningslinjerne har været i høring i Ældrerådet og Handicaprådet."],
        ind=["retningslinjerne godkendes."],
        earlier=[earlier_dec(rng, ctx, "social", "Anbefales.")],
        decision=["%s godkendte indstillingen, %s." % (ctx["council"], ph)], phrase=ph)


def amended_f2(rng, ctx):
    ph = "at der højst bevilges to ugentlige ture med individuel kørsel"
    parties = rng.sample(["V", "C", "O", "D", "I", "Æ"], 2)
    return item("Kvalitetsstandard for kørsel til aktivitets- og samværstilbud",
        resume="Kvalitetsstandarden for kørsel efter servicelovens § 117 forelægges til godkendelse.",
        sag=["Kørsel bevilges efter en konkret vurdering af borgerens funktionsevne og mulighed for at benytte offentlig transport.",
             "Kvalitetsstandarden har været i høring i Handicaprådet, som ikke havde bemærkninger."],
        ind=["kvalitetsstandarden godkendes."],
        decision=["Ændringsforslag fra %s og %s: %s pr. borger." % (parties[0], parties[1], ph),
                  "For ændringsforslaget stemte %s, %s og A (%d). Imod stemte F og Ø (%d). Ændringsforslaget blev vedtaget." % (parties[0], parties[1], rng.randrange(16, 22), rng.randrange(3, 7)),
                  "Herefter blev kvalitetsstandarden godkendt med den vedtagne ændring."], phrase=ph)


def amended_f3(rng, ctx):
    ph = "med den ændring, at rengøring fremover højst kan tildeles hver tredje uge"
    return item("Godkendelse af serviceniveau på ældreområdet 2024",
        resume="Sagen omhandler det samlede serviceniveau på ældreområdet.",
        sag=["Serviceniveauet er beskrevet i kvalitetsstandarderne for personlig pleje, praktisk hjælp og madservice. Tildeling sker efter en individuel vurdering.",
             "Ældrerådet har afgivet høringssvar den %s." % dk(ctx["date"] - datetime.timedelta(days=30))],
        ind=["serviceniveauet godkendes."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales %s." % ph)],
        decision=[rng.choice(["Godkendt som anbefalet af udvalget.", "Udvalgets anbefaling godkendt."])], phrase=ph)


def amended_q1(rng, ctx):
    ph = "Ændringsforslaget faldt"
    return item("Retningslinjer for ledsageordning efter servicelovens § 97",
        resume="Reviderede retningslinjer for ledsageordningen forelægges.",
        sag=["Ledsagelse kan bevilges med op til 15 timer om måneden til borgere mellem 18 og 67 år med betydelig og varigt nedsat funktionsevne. Timetallet fastsættes konkret.",
             "Handicaprådet har været hørt."],
        ind=["retningslinjerne godkendes."],
        decision=["Ændringsforslag fra O om, at der højst bevilges 8 timers ledsagelse om måneden.",
                  "For stemte: O (%d). Imod stemte: A, C, F, V og Ø (%d). %s." % (rng.randrange(1, 4), rng.randrange(20, 27), ph),
                  "Indstillingen blev herefter godkendt."], phrase=ph)


def amended_q2(rng, ctx):
    ph = "blev forkastet med"
    return item("Kvalitetsstandard for madservice",
        resume="Kvalitetsstandarden for madservice efter servicelovens § 83 er revideret.",
        sag=["Madservice tildeles efter en konkret vurdering. Borgerne kan vælge mellem tre hovedretter.",
             "Ældrerådet har afgivet høringssvar."],
        ind=["kvalitetsstandarden godkendes."],
        decision=["Forslag fra C om, at madservice højst kan bevilges fem dage om ugen, %s %d stemmer mod %d." % (ph, rng.randrange(18, 24), rng.randrange(2, 6)),
                  "Indstillingen godkendt."], phrase=ph)

# ---------------------------------------------------------------- 3 presumption_of_refusal

def presum_f1(rng, ctx):
    ph = "Hovedreglen er, at ansøgninger om el-scooter fra borgere i byzone afslås"
    return item("Serviceniveau for hjælpemidler og forbrugsgoder",
        resume="Der er udarbejdet et samlet serviceniveau for hjælpemidler efter servicelovens §§ 112 og 113.",
        sag=["Serviceniveauet skal sikre en ensartet sagsbehandling.",
             "%s, da der er gode muligheder for at benytte offentlig transport og flextur." % ph,
             "Rollatorer og badebænke udleveres fra hjælpemiddeldepotet. Handicaprådet og Ældrerådet har været hørt."],
        ind=["serviceniveauet godkendes."],
        earlier=[earlier_dec(rng, ctx, "social", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def presum_f2(rng, ctx):
    ph = "stærk formodning imod"
    return item("Retningslinjer for dækning af merudgifter til børn med handicap",
        resume="Forvaltningen har udarbejdet retningslinjer for dækning af nødvendige merudgifter efter servicelovens § 41.",
        sag=["Retningslinjerne beskriver, hvilke udgifter der normalt kan dækkes.",
             "Der er en %s at dække udgifter til ferieophold, kørekort og fritidsaktiviteter, og sådanne ansøgninger forventes derfor ikke imødekommet." % ph, "Handicaprådet har været hørt."],
        ind=["retningslinjerne godkendes."],
        earlier=[earlier_dec(rng, ctx, "boern", "Anbefales.")],
        decision=[rng.choice(["Godkendt.", "Indstillingen godkendt."])], phrase=ph)


def presum_f3(rng, ctx):
    ph = "vil normalt ikke blive imødekommet"
    return item("Revideret praksis for boligindretning",
        resume="Sagen beskriver kommunens praksis ved ansøgninger om boligindretning efter servicelovens § 116.",
        sag=["Ansøgninger om ombygning af badeværelser i lejeboliger %s, idet borgeren henvises til at søge en egnet bolig." % ph,
             "Mindre indretninger som fjernelse af dørtrin og opsætning af greb udføres fortsat. Handicaprådet har været hørt."],
        ind=["den reviderede praksis godkendes."],
        decision=["Godkendt."], phrase=ph)


def presum_f4(rng, ctx):
    ph = "bevilges som udgangspunkt ikke"
    return item("Principper for tildeling af plejebolig",
        resume="Der foreslås nye principper for visitation til plejebolig efter almenboliglovens § 54.",
        sag=["Ventelisten til plejeboliger er vokset.",
             "Plejebolig %s til borgere, der kan klare sig med hjemmepleje om dagen og natten, og til borgere med en samlet visiteret tid under 20 timer om ugen." % ph, "Ældrerådet har afgivet høringssvar."],
        ind=["principperne godkendes."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def presum_q1(rng, ctx):
    ph = "altid foretages en konkret, individuel vurdering"
    return item("Serviceniveau for hjælpemidler",
        resume="Serviceniveauet for hjælpemidler er revideret.",
        sag=["Som udgangspunkt dækkes standardmodeller, men der skal %s af den enkelte ansøgning, hvor alle relevante oplysninger om borgerens funktionsevne indgår." % ph,
             "Handicaprådet og Ældrerådet har været hørt."],
        ind=["serviceniveauet godkendes."],
        decision=["Godkendt."], phrase=ph)


def presum_q2(rng, ctx):
    ph = "skal i hver sag vurdere, om der er forhold, der taler for en anden afgørelse"
    return item("Praksis for merudgiftsydelse til voksne",
        resume="Orientering om praksis for merudgifter efter servicelovens § 100.",
        sag=["Udgangspunktet er, at udgifter, som personer uden nedsat funktionsevne også har, ikke dækkes. Forvaltningen %s, og en ansøgning afvises aldrig alene med henvisning til udgangspunktet." % ph],
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)

# ---------------------------------------------------------------- 4 single_company_support

COMPANIES = ["Hotel Fjordgården ApS", "Nordic Padel ApS", "Jensen Stål A/S", "Café Havnely ApS",
             "Bryghuset Kilden ApS", "Vestkyst Camping ApS", "Maskinfabrikken Thorsø A/S",
             "Golfbanen Rosenhøj A/S"]


def company_f1(rng, ctx):
    c = rng.choice(COMPANIES)
    amt = kr(rng, 2000000, 8000000, 100000)
    ph = "kommunegaranti for et byggelån på %s kr." % amt
    return item("Ansøgning om kommunegaranti – %s" % c,
        resume="%s har ansøgt om kommunal garanti i forbindelse med udvidelse af virksomheden." % c,
        sag=["Virksomheden ønsker at udvide med %d nye arbejdspladser, men banken kræver sikkerhed." % rng.randrange(8, 40),
             "Forvaltningen vurderer, at udvidelsen vil have positiv betydning for beskæftigelsen i %s." % rng.choice(PLACES)],
        ind=["%s stiller %s til %s." % (ctx["council"], ph, c)],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def company_f2(rng, ctx):
    c = rng.choice(COMPANIES)
    ph = "symbolsk leje på 1 kr. årligt"
    return item("Udlejning af den tidligere %s Skole" % rng.choice(PLACES),
        resume="Der er indkommet ønske om leje af den tomme skolebygning.",
        sag=["%s ønsker at etablere aktiviteter i bygningen. Kommunen har ingen planer for bygningen." % c,
             "Det foreslås at udleje bygningen for en %s mod at lejer afholder udgifter til drift og vedligehold. Lejeaftalen løber i 10 år." % ph],
        ind=["bygningen udlejes til %s på de beskrevne vilkår." % c],
        decision=[rng.choice(["Godkendt.", "Godkendt. Et mindretal (Ø) stemte imod."])], phrase=ph)


def company_f3(rng, ctx):
    c = rng.choice(COMPANIES)
    amt = kr(rng, 40000, 160000, 100)
    ph = "byggesagsgebyret på %s kr. eftergives" % amt
    return item("Anmodning om eftergivelse af gebyr – %s" % c,
        resume="%s har anmodet om, at kommunen eftergiver gebyret for byggetilladelse til ny produktionshal." % c,
        sag=["Virksomheden anfører, at investeringen har været dyrere end forventet.",
             "Forvaltningen kan ikke administrativt eftergive gebyret."],
        ind=["%s." % ph],
        earlier=[earlier_dec(rng, ctx, "teknik", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def company_f4(rng, ctx):
    c = rng.choice(COMPANIES)
    amt = kr(rng, 100000, 500000, 5000)
    ph = "tilskud på %s kr. til %s til dækning af" % (amt, c)
    return item("Ansøgning om tilskud fra %s" % c,
        resume="Virksomheden har haft et vanskeligt år og søger om økonomisk støtte.",
        sag=["Virksomheden har %d ansatte og er et vigtigt samlingssted i byen." % rng.randrange(5, 25),
             "Det foreslås at yde et %s driftsunderskuddet for 2023, finansieret af puljen til uforudsete udgifter."
             % ph],
        ind=["der ydes et %s driftsunderskuddet for 2023." % ph],
        decision=["Godkendt."], phrase=ph)


def company_q1(rng, ctx):
    c = rng.choice(COMPANIES)
    ph = "svarende til markedslejen"
    return item("Udlejning af lokaler på %s" % rng.choice(STREETS),
        resume="Kommunen har ledige lokaler, som ønskes udlejet.",
        sag=["%s har tilbudt at leje lokalerne for %s kr. årligt, %s ifølge vurdering fra en ekstern ejendomsmægler." % (c, kr(rng, 150000, 600000), ph),
             "Lejeaftalen indgås på almindelige markedsvilkår og kan opsiges med 6 måneders varsel."],
        ind=["lokalerne udlejes til %s på de beskrevne vilkår." % c],
        decision=["Godkendt."], phrase=ph)


def company_q2(rng, ctx):
    ph = "med hjemmel i lånebekendtgørelsen"
    name = rng.choice(PLACES) + " Fjernvarme A.m.b.A."
    return item("Kommunegaranti for lån til %s" % name,
        resume="%s søger om kommunegaranti for lån til udskiftning af ledningsnet." % name,
        sag=["Kommunen kan stille garanti for lån til fjernvarmeværker %s og varmeforsyningsloven. Garantien påvirker ikke kommunens låneramme." % ph,
             "Der opkræves garantiprovision på 0,5 pct. af restgælden, svarende til markedsvilkår."],
        ind=["der stilles kommunegaranti for et lån på op til %s kr." % kr(rng, 5000000, 40000000, 500000)],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def company_q3(rng, ctx):
    ph = "jf. erhvervsfremmelovens § 14"
    return item("Tilskud til lokal erhvervsservice 2024",
        resume="Aftale med erhvervsrådet om lokal erhvervsservice.",
        sag=["Erhvervsrådet tilbyder vejledning til alle virksomheder i kommunen. Tilskuddet ydes %s, og ydelserne står åbne for alle virksomheder på lige vilkår." % ph],
        ind=["der ydes et tilskud på %s kr. til erhvervsrådet for 2024." % kr(rng, 1000000, 4000000)],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 5 sale_without_offer

def sale_f1(rng, ctx):
    st = rng.choice(STREETS)
    no = rng.randrange(2, 60)
    buyer = "Tømrermester %s ApS" % rng.choice(LAST)
    price = kr(rng, 600000, 2500000, 25000)
    ph = "sælges til %s for %s kr." % (buyer, price)
    return item("Salg af byggegrund, %s %d" % (st, no),
        resume="Der er indgået betinget aftale om salg af en kommunal byggegrund.",
        sag=["Grunden er på ca. %d m² og udlagt til åben-lav boligbebyggelse." % rng.randrange(700, 1400),
             "%s har henvendt sig til kommunen med et ønske om at købe grunden. Prisen er fastsat på baggrund af en mæglervurdering." % buyer],
        ind=["grunden %s %d %s" % (st, no, ph), "borgmesteren bemyndiges til at underskrive skødet."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def sale_f2(rng, ctx):
    ph = "vurderes det ikke nødvendigt at udbyde ejendommen offentligt"
    return item("Salg af den tidligere daginstitution %s" % rng.choice(["Solsikken", "Mælkebøtten", "Regnbuen"]),
        resume="Ejendommen har stået tom siden 2022.",
        sag=["Ejendommen omfatter en bygning på %d m² på en grund på %d m²." % (rng.randrange(300, 700), rng.randrange(2000, 5000)),
             "Da der foreligger en henvendelse fra en interesseret køber, som tilbyder vurderingsprisen, %s." % ph],
        ind=["ejendommen sælges til den interesserede køber for %s kr." % kr(rng, 1500000, 4000000, 50000)],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def sale_f3(rng, ctx):
    buyer = "%s Transport A/S" % rng.choice(LAST)
    ph = "overdrages til %s" % buyer
    return item("Erhvervsareal ved %s – salg" % rng.choice(STREETS),
        resume="Salg af %d m² erhvervsjord." % rng.randrange(8000, 30000),
        sag=["Arealet ligger i kommunens erhvervsområde og er byggemodnet.",
             "Arealet %s til en pris af %s kr. pr. m² ekskl. moms. Køber skal påbegynde byggeri inden 2 år." % (ph, rng.choice(["225", "260", "310", "180"]))],
        ind=["salget godkendes på de anførte vilkår."],
        decision=["Godkendt."], phrase=ph)


def sale_q1(rng, ctx):
    ph = "jf. udbudsbekendtgørelsens § 2, stk. 2"
    return item("Salg af restareal ved %s" % rng.choice(STREETS),
        resume="Ejeren af en tilgrænsende ejendom ønsker at købe et mindre kommunalt restareal.",
        sag=["Arealet er på %d m² og kan ikke udnyttes selvstændigt." % rng.randrange(40, 250),
             "Salget kan ske uden offentligt udbud, %s, idet der er tale om et areal af underordnet størrelse og værdi, som sælges til ejeren af den tilgrænsende ejendom. Prisen svarer til markedsværdien." % ph],
        ind=["arealet sælges til den tilgrænsende ejer for %s kr." % kr(rng, 20000, 150000, 1000)],
        decision=["Godkendt."], phrase=ph)


def sale_q2(rng, ctx):
    ph = "har været udbudt offentligt"
    n = rng.randrange(2, 7)
    return item("Salg af %s %d efter offentligt udbud" % (rng.choice(STREETS), rng.randrange(1, 40)),
        resume="Resultat af offentligt udbud af kommunal ejendom.",
        sag=["Ejendommen %s ved annoncering på kommunens hjemmeside og i lokalavisen fra %s til %s. Der indkom %d bud." % (ph, dk(ctx["date"] - datetime.timedelta(days=70)), dk(ctx["date"] - datetime.timedelta(days=40)), n),
             "Det højeste bud er på %s kr." % kr(rng, 1000000, 5000000, 10000)],
        ind=["ejendommen sælges til højestbydende."],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 6 named_citizen_health

def named_f1(rng, ctx):
    p = person(rng)
    diag = rng.choice(["sclerose", "svær KOL", "Parkinsons sygdom", "en fremskreden demenssygdom"])
    ph = "%s, der har %s" % (p, diag)
    return item("Henvendelse om hjemmehjælp",
        resume="Borgmesteren har modtaget en henvendelse, som forelægges %s." % ctx["council"],
        sag=["%s og bor på %s %d, har klaget over, at hjemmeplejen flere gange er kommet for sent. Hun er visiteret til hjælp morgen og aften og modtager desuden sygepleje." % (ph, rng.choice(STREETS), rng.randrange(1, 80)),
             "Forvaltningen har undersøgt forløbet og beklaget over for borgeren."],
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def named_f2(rng, ctx):
    p = person(rng)
    ph = "%s er i behandling for alkoholmisbrug" % p
    return item("Borgerforslag om støtte til familie",
        resume="En gruppe borgere har rettet henvendelse om en konkret families situation.",
        sag=["Henvendelsen angår familien på %s. Af henvendelsen fremgår, at %s, og at familiens to børn har været anbragt uden for hjemmet siden efteråret." % (rng.choice(STREETS), ph),
             "Forvaltningen har oplyst, at sagen behandles efter serviceloven."],
        ind=["henvendelsen besvares af forvaltningen."],
        decision=["Godkendt."], phrase=ph)


def named_f3(rng, ctx):
    p = person(rng)
    ph = "%s, som er beboer på plejecentret og lider af demens" % p
    return item("Meddelelser fra borgmesteren",
        resume=None,
        sag=["Borgmesteren orienterede om status på byggeriet af %s Skole." % rng.choice(PLACES),
             "Borgmesteren orienterede om en utilsigtet hændelse på plejecentret %s, hvor %s, var forsvundet i fire timer. Der er iværksat en gennemgang af procedurerne." % (rng.choice(["Solbakken", "Lindehøj", "Egelyst"]), ph)],
        ind=["meddelelserne tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def named_q1(rng, ctx):
    p = person(rng)
    school = rng.choice(PLACES) + "skolen"
    ph = "%s tiltræder som skoleleder" % p
    return item("Orientering om ansættelse af skoleleder på %s" % school,
        resume=None,
        sag=["Efter en ansættelsesproces med deltagelse af skolebestyrelsen %s på %s den 1. august 2024. Hun kommer fra en stilling som viceskoleleder." % (ph, school)],
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def named_q2(rng, ctx):
    ph = "Borger A"
    return item("Klagesag – orientering om afgørelse fra Ankestyrelsen",
        resume="Ankestyrelsen har ændret en afgørelse om hjemmehjælp.",
        sag=["Sagen er anonymiseret. %s er en ældre borger med en kronisk lidelse, som havde søgt om hjælp til rengøring. Ankestyrelsen fandt, at der ikke var foretaget en tilstrækkelig konkret vurdering." % ph,
             "Forvaltningen har ændret praksis, så vurderingen fremgår tydeligt af afgørelsen."],
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def named_q3(rng, ctx):
    m = rng.choice(ctx["members"])
    ph = "%s (%s) har anmodet om fritagelse" % m
    return item("Anmodning om fritagelse for hverv som medlem af Folkeoplysningsudvalget",
        resume=None,
        sag=["%s for sit hverv i Folkeoplysningsudvalget på grund af ændrede arbejdsforhold. Partiet har indstillet et nyt medlem." % ph],
        ind=["fritagelsen godkendes, og at det indstillede medlem vælges."],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 7 cpr_number

def cpr_f1(rng, ctx):
    p = person(rng)
    n = cpr(rng)
    ph = "cpr.nr. %s" % n
    return item("Ansøgning om dispensation fra lokalplan – %s %d" % (rng.choice(STREETS), rng.randrange(1, 60)),
        resume="Ansøger ønsker at opføre en carport, der overskrider lokalplanens byggelinje.",
        sag=["Ansøger: %s, %s." % (p, ph),
             "Naboerne har været partshørt, og der er ikke indkommet bemærkninger."],
        ind=["der meddeles dispensation."],
        earlier=[earlier_dec(rng, ctx, "teknik", "Oversendes til Byrådets afgørelse.")],
        decision=["Godkendt."], phrase=ph)


def cpr_f2(rng, ctx):
    p = person(rng)
    n = cpr(rng)
    ph = "%s, %s" % (p, n)
    return item("Lejeaftale for kommunal bolig, %s" % rng.choice(STREETS),
        resume="Genudlejning af kommunal udlejningsbolig.",
        sag=["Boligen genudlejes fra 1. maj 2024 til: %s." % ph,
             "Huslejen udgør %s kr. om måneden." % kr(rng, 4000, 9000, 50)],
        ind=["lejeaftalen godkendes."],
        decision=["Godkendt."], phrase=ph)


def cpr_f3(rng, ctx):
    p = person(rng)
    n = cpr(rng).replace("-", "")
    ph = "personnummer %s" % n
    return item("Navngivning af vej og ændring af adresse",
        resume="Forslag om navngivning af ny vej i %s." % rng.choice(PLACES),
        sag=["Vejen foreslås navngivet %s. Der er indkommet en indsigelse fra %s (%s), som ønsker et andet navn." % (rng.choice(["Kløvervænget", "Hybenhaven", "Lærkelunden"]), p, ph)],
        ind=["vejen navngives som foreslået."],
        decision=["Godkendt."], phrase=ph)


def cpr_q1(rng, ctx):
    d = ctx["date"]
    j = "%02d%02d%02d-%04d" % (d.year % 100, d.month, rng.randrange(1, 28), rng.randrange(100, 999))
    ph = "j.nr. %s" % j
    return item("Orientering om Ankestyrelsens udtalelse",
        resume="Ankestyrelsen har afsluttet en tilsynssag.",
        sag=["Ankestyrelsen har i brev af %s (%s) meddelt, at den ikke finder grundlag for at gå videre med en henvendelse om kommunens mødeplan." % (dk(d - datetime.timedelta(days=20)), ph)],
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def cpr_q2(rng, ctx):
    d = ctx["date"]
    j = "%02d%02d%02d-%04d" % (rng.randrange(10, 28), d.month, d.year % 100, rng.randrange(1000, 9999))
    ph = "dok.nr. %s" % j
    return item("Revideret samarbejdsaftale med beredskabet",
        resume="Samarbejdsaftalen med det fælles beredskab er revideret.",
        sag=["Aftalen er vedlagt som bilag (%s). Ændringerne vedrører primært fordelingsnøglen for udgifterne." % ph],
        ind=["aftalen godkendes."],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 8 retroactive_reduction

def _past(ctx, rng):
    d = ctx["date"]
    m = rng.randrange(1, d.month) if d.month > 1 else 1
    eff = datetime.date(d.year, m, 1)
    if eff >= d:
        eff = datetime.date(d.year - 1, 12, 1)
    return eff


def retro_f1(rng, ctx):
    eff = _past(ctx, rng)
    ph = "har virkning fra %s" % dk(eff)
    return item("Tilpasning af serviceniveau for rengøring",
        resume="Som følge af budgetaftalen for 2024 tilpasses serviceniveauet for praktisk hjælp.",
        sag=["Rengøring ændres fra hver 14. dag til hver 3. uge for borgere, der ikke har særlige behov. Visitationen vurderer fortsat den enkeltes behov.",
             "Ændringen %s. Ældrerådet har været hørt." % ph],
        ind=["tilpasningen af serviceniveauet godkendes."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def retro_f2(rng, ctx):
    eff = _past(ctx, rng)
    ph = "med virkning fra %s" % dk(eff)
    return item("Nedsættelse af tilskud til befordring af pensionister",
        resume="Det kommunale tilskud til befordring nedsættes.",
        sag=["Kommunen yder et frivilligt tilskud til befordring af pensionister. Tilskuddet nedsættes fra 60 til 40 pct. af udgiften %s." % ph,
             "Ældrerådet er hørt og har udtrykt bekymring."],
        ind=["tilskuddet nedsættes som beskrevet."],
        decision=["Godkendt."], phrase=ph)


def retro_f3(rng, ctx):
    ph = "med tilbagevirkende kraft"
    return item("Ændret praksis for tildeling af ledsagelse",
        resume="Forvaltningen har gennemgået bevillingerne af ledsagelse efter servicelovens § 97.",
        sag=["Gennemgangen viser, at en række borgere har fået bevilget flere timer end nødvendigt. Bevillingerne nedsættes %s fra 1. januar 2024, og for meget udbetalt godtgørelse modregnes." % ph,
             "Handicaprådet er orienteret."],
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def retro_q1(rng, ctx):
    d = ctx["date"]
    eff = datetime.date(d.year, 7, 1) if d.month <= 4 else datetime.date(d.year, 9, 1)
    ph = "med virkning fra %s" % dk(eff)
    return item("Tilpasning af tilskud til madservice",
        resume="Kommunens tilskud til udbringning af mad tilpasses.",
        sag=["Tilskuddet nedsættes %s. Borgerne får skriftligt varsel og en ny afgørelse, inden ændringen træder i kraft." % ph,
             "Ældrerådet har afgivet høringssvar."],
        ind=["tilpasningen godkendes."],
        decision=["Godkendt."], phrase=ph)


def retro_q2(rng, ctx):
    ph = "fra 1. januar 2025"
    return item("Ændring af serviceniveau for tøjvask",
        resume="Tøjvask omlægges til en ny ordning.",
        sag=["Serviceniveauet ændres %s, så tøjvask udføres af ekstern leverandør. Borgere, der berøres, modtager nye afgørelser efter en individuel revurdering." % ph,
             "Ældrerådet og Handicaprådet har været hørt."],
        ind=["ændringen godkendes."],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 9 budget_stop

def stop_f1(rng, ctx):
    ph = "visitationsstop for nye borgere"
    return item("Budgetopfølgning pr. 31. marts 2024 – handicap- og psykiatriområdet",
        resume="Området forventer et merforbrug på %s mio. kr." % rng.choice(["8,4", "12,1", "6,7", "15,3"]),
        sag=["Merforbruget skyldes flere borgere i botilbud og flere timer til socialpædagogisk støtte.",
             "For at bringe økonomien i balance iværksættes et %s til socialpædagogisk støtte efter servicelovens § 85 frem til udgangen af 2024." % ph, "Handicaprådet er orienteret og har afgivet høringssvar."],
        ind=["budgetopfølgningen godkendes, herunder de foreslåede tiltag."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def stop_f2(rng, ctx):
    ph = "uanset borgernes behov"
    return item("Genopretningsplan for sundheds- og ældreområdet",
        resume="Der fremlægges en plan for at nedbringe merforbruget.",
        sag=["Planen indeholder en række tiltag, herunder færre vikarer og omlægning af vagter.",
             "Desuden bevilges der ikke nye hjælpemidler i form af kørestole og el-scootere resten af året, %s, medmindre der frigøres midler ved budgetrevisionen." % ph, "Ældrerådet og Handicaprådet har været hørt."],
        ind=["genopretningsplanen godkendes."],
        decision=["Godkendt. Ø stemte imod."], phrase=ph)


def stop_f3(rng, ctx):
    ph = "sættes i bero, indtil budgettet igen er i balance"
    return item("Økonomisk status på børne- og familieområdet",
        resume="Der er et forventet merforbrug på foranstaltninger til børn og unge.",
        sag=["Merforbruget skyldes især flere anbringelser.",
             "Nye ansøgninger om aflastning og kontaktperson %s." % ph],
        ind=["den økonomiske status og de foreslåede handlinger godkendes."],
        earlier=[earlier_dec(rng, ctx, "boern", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def stop_q1(rng, ctx):
    ph = "Borgernes ret til hjælp efter en konkret vurdering berøres ikke"
    return item("Budgetopfølgning pr. 30. april 2024",
        resume="Samlet forventes et merforbrug på serviceudgifterne.",
        sag=["Forvaltningen foreslår tilpasninger af indkøbsaftaler, mere brug af velfærdsteknologi og færre eksterne konsulenter. %s af tiltagene." % ph],
        ind=["budgetopfølgningen godkendes."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def stop_q2(rng, ctx):
    ph = "visitationen foretages fortsat individuelt"
    return item("Budgetrevision 1 – ældreområdet",
        resume="Der foreslås omplaceringer inden for rammen.",
        sag=["Der flyttes %s kr. fra plejeboliger til hjemmeplejen. Serviceniveauet er uændret, og %s efter de gældende kvalitetsstandarder." % (kr(rng, 1000000, 5000000), ph)],
        ind=["omplaceringerne godkendes."],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 10 no_council_hearing

def hear_f1(rng, ctx):
    ph = "reduceres fra tre til to hovedretter"
    return item("Ændring af serviceniveau for madservice",
        resume="Udbuddet af madservice ændres.",
        sag=["I forbindelse med det nye udbud %s, og levering sker fremover to gange om ugen i stedet for dagligt." % ph,
             "Ændringen træder i kraft ved kontraktstart 1. oktober 2024."],
        ind=["ændringen godkendes."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def hear_f2(rng, ctx):
    ph = "Af tidsmæssige grunde har det ikke været muligt at høre Handicaprådet"
    return item("Nye takster og serviceniveau for specialkørsel",
        resume="Serviceniveauet for kørsel til specialtilbud ændres.",
        sag=["Kørsel tilbydes fremover kun til nærmeste relevante tilbud, og ventetiden kan være op til 60 minutter.",
             "%s inden sagens behandling." % ph],
        ind=["det ændrede serviceniveau godkendes."],
        decision=["Godkendt."], phrase=ph)


def hear_f3(rng, ctx):
    ph = "lukkes om aftenen og i weekenden"
    return item("Omlægning af dagcentertilbud for ældre",
        resume="Dagcentrene omlægges som led i budgetaftalen.",
        sag=["Dagcentret i %s %s, og tilbuddet samles på ét dagcenter. Kørsel til dagcentret tilbydes to dage om ugen." % (rng.choice(PLACES), ph)],
        ind=["omlægningen godkendes."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def hear_q1(rng, ctx):
    ph = "Ældrerådet har afgivet høringssvar"
    return item("Ændring af serviceniveau for madservice – efter høring",
        resume="Serviceniveauet for madservice justeres.",
        sag=["Antallet af hovedretter reduceres fra tre til to, og levering sker tre gange om ugen.",
             "%s den %s, som er vedlagt. Ældrerådet kan tilslutte sig ændringen, hvis kvaliteten fastholdes." % (ph, dk(ctx["date"] - datetime.timedelta(days=18)))],
        ind=["ændringen godkendes."],
        decision=["Godkendt."], phrase=ph)


def hear_q2(rng, ctx):
    ph = "har været i høring i Handicaprådet"
    return item("Serviceniveau for kørsel til aktivitetstilbud",
        resume="Serviceniveauet for kørsel efter servicelovens § 117 ændres.",
        sag=["Kørsel samordnes fremover med den regionale flextrafik.",
             "Forslaget %s den %s. Handicaprådets høringssvar er vedlagt." % (ph, dk(ctx["date"] - datetime.timedelta(days=25)))],
        ind=["serviceniveauet godkendes."],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 11 closed_without_reason

def closed_f1(rng, ctx):
    ph = "Orientering om personalesag"
    return item(ph, closed=True,
        resume=None, sag=[], ind=[], decision=["Taget til efterretning."], phrase=ph)


def closed_f2(rng, ctx):
    ph = "Punktet behandles for lukkede døre"
    return item("Status på samarbejde med ekstern leverandør", closed=True,
        sag=["%s." % ph], ind=[], decision=["Drøftet."], phrase=ph)


def closed_q1(rng, ctx):
    ph = "jf. kommunestyrelseslovens § 10, jf. forvaltningslovens § 15 b, nr. 3"
    return item("Køb af ejendom", closed=True,
        sag=["Punktet behandles for lukkede døre, %s, da sagen angår kommunens køb af fast ejendom." % ph],
        ind=[], decision=["Godkendt."], phrase=ph)


def closed_q2(rng, ctx):
    ph = "da sagen indeholder oplysninger om enkeltpersoners private forhold"
    return item("Klage over afgørelse – personsag", closed=True,
        sag=["Sagen behandles for lukkede døre efter kommunestyrelseslovens § 10, %s." % ph],
        ind=[], decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 12 unlawful_delegation

def deleg_f1(rng, ctx):
    ph = "Økonomiudvalget bemyndiges til at vedtage budget 2025"
    return item("Tidsplan for budgetlægningen 2025–2028",
        resume="Forslag til tidsplan og proces for budget 2025–2028.",
        sag=["Budgetforslaget 1. behandles i september og 2. behandles i oktober.",
             "Da budgetforhandlingerne erfaringsmæssigt trækker ud, foreslås det, at %s endeligt, såfremt der indgås en bred budgetaftale efter byrådets sidste ordinære møde." % ph],
        ind=["tidsplanen godkendes.", "%s endeligt, hvis budgetaftalen indgås efter sidste ordinære møde." % ph],
        decision=["Godkendt."], phrase=ph)


def deleg_f2(rng, ctx):
    ph = "borgmesteren bemyndiges til at fastsætte udskrivningsprocenten"
    return item("Skatteprocenter og statsgaranti 2025",
        resume="Kommunen skal senest 1. maj tilkendegive valg af statsgaranti eller selvbudgettering.",
        sag=["Det anbefales at vælge statsgaranti.",
             "Det foreslås, at %s for 2025 i forbindelse med budgetaftalen." % ph],
        ind=["der vælges statsgaranti for 2025.", "%s for 2025." % ph],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def deleg_f3(rng, ctx):
    ph = "overlades til Økonomiudvalget til endelig godkendelse"
    return item("Årsregnskab 2023",
        resume="Årsregnskabet for 2023 er udarbejdet.",
        sag=["Regnskabet viser et overskud på den ordinære drift på %s mio. kr." % rng.choice(["84,2", "112,5", "56,9"]),
             "Af hensyn til revisionens tidsplan foreslås det, at regnskabet %s." % ph],
        ind=["årsregnskabet %s." % ph],
        decision=["Godkendt."], phrase=ph)


def deleg_q1(rng, ctx):
    ph = "bemyndiges til at godkende udbudsmaterialet"
    return item("Anlægsbevilling til ny daginstitution i %s" % rng.choice(PLACES),
        resume="Der søges anlægsbevilling til opførelse af ny daginstitution.",
        sag=["Projektet omfatter en institution med plads til 120 børn."],
        ind=["der gives en anlægsbevilling på %s kr." % kr(rng, 20000000, 60000000, 100000),
             "%s bemyndiges til at godkende udbudsmaterialet." % committee_for(rng, "boern")],
        decision=["Godkendt."], phrase=ph)


def deleg_q2(rng, ctx):
    ph = "borgmesteren bemyndiges til at underskrive"
    return item("Køb af landbrugsareal til skovrejsning",
        resume="Køb af areal til skovrejsning.",
        sag=["Arealet er på 14 ha og købes for %s kr." % kr(rng, 2000000, 6000000, 50000)],
        ind=["købet godkendes.", "%s købsaftale og skøde." % ph],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 13 inhabil_took_part

def inhab_f1(rng, ctx):
    m = rng.choice(ctx["members"])
    ph = "%s (%s), der er formand for foreningen, deltog i behandlingen" % m
    return item("Ansøgning om anlægstilskud til %s Idrætsforening" % rng.choice(PLACES),
        resume="Foreningen søger tilskud til ny klubbygning.",
        sag=["Foreningen har %d medlemmer. Der søges om %s kr." % (rng.randrange(300, 900), kr(rng, 500000, 2000000, 50000))],
        ind=["der ydes tilskud som ansøgt."],
        earlier=[earlier_dec(rng, ctx, "kultur", "Anbefales.")],
        decision=["Godkendt.", "%s og stemte for." % ph], phrase=ph)


def inhab_f2(rng, ctx):
    m = rng.choice(ctx["members"])
    ph = "%s (%s) erklærede sig inhabil, men deltog i afstemningen" % m
    return item("Endelig vedtagelse af lokalplan nr. %d – boliger ved %s" % (rng.randrange(100, 400), rng.choice(STREETS)),
        resume="Lokalplanen har været i offentlig høring.",
        sag=["Der er indkommet %d høringssvar." % rng.randrange(3, 15)],
        ind=["lokalplanen vedtages endeligt."],
        decision=["Godkendt.", "%s, da %s ejer en af de ejendomme, planen omfatter." % (ph, rng.choice(["han", "hun"]))], phrase=ph)


def inhab_f3(rng, ctx):
    m = rng.choice(ctx["members"])
    buyer = "%s Ejendomme ApS" % rng.choice(LAST)
    ph = "direktør i %s" % buyer
    return item("Salg af grund til %s efter offentligt udbud" % buyer,
        resume="Grunden har været udbudt offentligt.",
        sag=["%s afgav det højeste af %d bud." % (buyer, rng.randrange(2, 5))],
        ind=["grunden sælges til %s." % buyer],
        decision=["Godkendt enstemmigt. %s (%s), som er %s, deltog i sagens behandling." % (m[0], m[1], ph)], phrase=ph)


def inhab_q1(rng, ctx):
    m = rng.choice(ctx["members"])
    ph = "deltog ikke i behandlingen af punktet"
    return item("Ansøgning om tilskud til %s Boldklub" % rng.choice(PLACES),
        resume="Klubben søger tilskud til kunstgræsbane.",
        sag=["Der søges om %s kr." % kr(rng, 500000, 2000000, 50000)],
        ind=["der ydes tilskud."],
        inhabil="%s (%s)" % m,
        decision=["Godkendt.", "%s (%s) erklærede sig inhabil og %s." % (m[0], m[1], ph)], phrase=ph)


def inhab_q2(rng, ctx):
    m = rng.choice(ctx["members"])
    ph = "forlod mødet under punktets behandling"
    return item("Dispensation fra lokalplan – %s" % rng.choice(STREETS),
        resume="Ansøgning om dispensation.",
        sag=["Ansøger ønsker at opføre en tilbygning ud over byggelinjen."],
        ind=["der meddeles dispensation."],
        decision=["%s (%s) blev erklæret inhabil og %s." % (m[0], m[1], ph), "Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 14 fee_without_basis

def fee_f1(rng, ctx):
    ph = "gebyr på %s kr. for behandling af ansøgninger om enkeltydelser" % rng.choice(["150", "200", "100"])
    return item("Takster 2024 – Borgerservice og Jobcenter",
        resume="Forslag til nye takster.",
        sag=["Taksterne for pas og kørekort fastsættes af staten.",
             "Det foreslås at indføre et %s efter aktivlovens § 81, da sagsbehandlingen er ressourcekrævende." % ph],
        ind=["taksterne godkendes."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def fee_f2(rng, ctx):
    ph = "egenbetaling på %s kr. pr. besøg" % rng.choice(["75", "100", "60"])
    return item("Forebyggende hjemmebesøg – ny model",
        resume="Der foreslås en ny model for forebyggende hjemmebesøg efter servicelovens § 79 a.",
        sag=["Besøgene tilbydes borgere på 75 år og derover. For at dække udgifterne indføres en %s." % ph, "Ældrerådet har været hørt."],
        ind=["den nye model godkendes."],
        decision=["Godkendt."], phrase=ph)


def fee_f3(rng, ctx):
    ph = "ekspeditionsgebyr på 250 kr."
    return item("Betaling for ansøgning om hjælpemidler",
        resume="Forslag om brugerbetaling.",
        sag=["Der indføres et %s, som opkræves ved modtagelse af ansøgninger om hjælpemidler og boligindretning." % ph, "Handicaprådet og Ældrerådet har været hørt."],
        ind=["gebyret indføres fra 1. september 2024."],
        decision=["Godkendt."], phrase=ph)


def fee_q1(rng, ctx):
    ph = "jf. servicelovens § 161"
    return item("Takster for madservice 2024",
        resume="Taksterne for madservice fastsættes.",
        sag=["Prisen for et hovedmåltid fastsættes til %s kr., %s og den maksimale takst fastsat af Social-, Bolig- og Ældreministeriet." % (rng.choice(["59", "62", "60"]), ph), "Ældrerådet har afgivet høringssvar uden bemærkninger."],
        ind=["taksterne godkendes."],
        decision=["Godkendt."], phrase=ph)


def fee_q2(rng, ctx):
    ph = "jf. byggelovens § 28"
    return item("Byggesagsgebyrer 2024",
        resume="Gebyrer for byggesagsbehandling.",
        sag=["Gebyret opkræves efter medgået tid med en timepris på %s kr., %s og bygningsreglementet." % (rng.choice(["710", "735", "790"]), ph)],
        ind=["gebyrerne godkendes."],
        decision=["Godkendt."], phrase=ph)

# ---------------------------------------------------------------- 15 complaint_guidance

def _letter(rng, ctx, what, guidance):
    p = person(rng)
    return ["Forvaltningens afgørelse til ansøger gengives nedenfor:",
            "Kære %s. Vi har behandlet din ansøgning om %s. Kommunen har besluttet at give afslag, da du ikke opfylder betingelserne i servicelovens %s. %s" % (p.split()[0], what[0], what[1], guidance)]


def compl_f1(rng, ctx):
    ph = "Afgørelsen er endelig og kan ikke påklages"
    return item("Principiel sag – afslag på hjælp til boligindretning",
        resume="Sagen forelægges som principiel.",
        sag=_letter(rng, ctx, ("boligindretning", "§ 116"), ph + "."),
        ind=["afgørelsen tages til efterretning."],
        earlier=[earlier_dec(rng, ctx, "social", "Anbefales.")],
        decision=["Taget til efterretning."], phrase=ph)


def compl_f2(rng, ctx):
    ph = "klage til Social- og Sundhedsudvalget inden 8 dage"
    return item("Afslag på ansøgning om ledsagelse – forelæggelse",
        resume="Udvalget har ønsket afgørelsen forelagt.",
        sag=_letter(rng, ctx, ("ledsagelse", "§ 97"), "Du kan indgive %s." % ph),
        ind=["sagen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def compl_f3(rng, ctx):
    ph = "kan klages til borgmesteren"
    return item("Afgørelse om merudgifter – orientering",
        resume="Orientering om afgørelse i sag om merudgifter.",
        sag=_letter(rng, ctx, ("dækning af merudgifter", "§ 100"), "Over afgørelsen %s inden 14 dage." % ph),
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def compl_q1(rng, ctx):
    ph = "Klagen skal sendes til kommunen inden 4 uger"
    return item("Afslag på boligindretning – principiel sag",
        resume="Sagen forelægges som principiel.",
        sag=_letter(rng, ctx, ("boligindretning", "§ 116"),
                    "Du kan klage over afgørelsen til Ankestyrelsen. %s efter, at du har modtaget afgørelsen, jf. retssikkerhedslovens § 67. Kommunen genvurderer sagen, og fastholder vi afgørelsen, sendes klagen videre til Ankestyrelsen." % ph),
        ind=["afgørelsen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


def compl_q2(rng, ctx):
    ph = "påklages til Planklagenævnet inden 4 uger"
    return item("Afgørelse om dispensation fra lokalplan – orientering",
        resume="Orientering om meddelt dispensation.",
        sag=["Forvaltningen har meddelt dispensation til opførelse af en garage. Afgørelsen kan %s efter, at afgørelsen er offentliggjort, jf. planlovens § 58. Klage indgives via Klageportalen." % ph],
        ind=["orienteringen tages til efterretning."],
        decision=["Taget til efterretning."], phrase=ph)


# ---------------------------------------------------------------- further variants (one per class)

def fixed_cap_q3(rng, ctx):
    ph = "Tiderne er vejledende"
    rows = [["Rengøring", "ca. 1 time hver 14. dag"], ["Tøjvask", "ca. 30 minutter hver 14. dag"], ["Bad", "ca. 25 minutter pr. gang"]]
    return item("Vejledende tidsforbrug i hjemmeplejen",
        resume="Oversigten over vejledende tidsforbrug er opdateret.",
        sag=[("table", ["Ydelse", "Vejledende tid"], rows),
             "%s. Den konkrete tildeling fastsættes efter en individuel vurdering af borgerens behov og kan derfor afvige fra oversigten. Ældrerådet er hørt." % ph],
        ind=["oversigten godkendes."], decision=["Godkendt."], phrase=ph)


def amended_f4(rng, ctx):
    ph = "at der maksimalt kan bevilges 10 timers ledsagelse om måneden"
    return item("Serviceniveau for ledsagelse efter servicelovens § 97",
        resume="Serviceniveauet for ledsageordningen er beskrevet i en ny kvalitetsstandard.",
        sag=["Ledsagelse tildeles efter en konkret vurdering af borgerens behov, dog højst 15 timer om måneden, jf. servicelovens § 97.",
             "Handicaprådet har afgivet høringssvar."],
        ind=["kvalitetsstandarden godkendes."],
        decision=["Forslag fra V om at tilføje et nyt at-punkt: \u201d%s\u201d. Forslaget blev vedtaget med %d stemmer for og %d imod." % (ph, rng.randrange(14, 17), rng.randrange(10, 13)),
                  "Kvalitetsstandarden blev herefter godkendt med tilføjelsen."], phrase=ph)


def amended_q3(rng, ctx):
    ph = "Ændringsforslaget blev nedstemt"
    return item("Kvalitetsstandard for personlig pleje",
        resume="Den reviderede kvalitetsstandard forelægges.",
        sag=["Hjælpen tildeles efter en individuel vurdering. Ældrerådet har været hørt."],
        ind=["kvalitetsstandarden godkendes."],
        decision=["Ændringsforslag fra D om, at bad højst kan bevilges én gang ugentligt. %s med %d stemmer for og %d imod." % (ph, rng.randrange(1, 4), rng.randrange(21, 27)),
                  "Indstillingen godkendt."], phrase=ph)


def presum_q3(rng, ctx):
    ph = "fravigelse på baggrund af en konkret vurdering"
    return item("Retningslinjer for bevilling af ledsagelse til ferie",
        resume="Nye retningslinjer for ledsagelse i forbindelse med ferie.",
        sag=["Udgangspunktet er, at ledsagelse på ferie dækkes inden for de timer, borgeren i forvejen er bevilget. Der kan dog altid ske %s af borgerens samlede situation, og hver ansøgning behandles individuelt." % ph,
             "Handicaprådet har været hørt."],
        ind=["retningslinjerne godkendes."], decision=["Godkendt."], phrase=ph)


def sale_f4(rng, ctx):
    tenant = "Autoværkstedet %s ApS" % rng.choice(LAST)
    ph = "sælges til lejeren, %s" % tenant
    return item("Salg af kommunal erhvervsejendom, %s %d" % (rng.choice(STREETS), rng.randrange(2, 90)),
        resume="Lejeren af ejendommen ønsker at købe den.",
        sag=["Ejendommen har været udlejet til værkstedsformål siden 2009. Grunden er på %d m²." % rng.randrange(1500, 6000),
             "Forvaltningen foreslår, at ejendommen %s, til den vurderede handelsværdi på %s kr." % (ph, kr(rng, 2000000, 7000000, 50000))],
        ind=["ejendommen %s, på de beskrevne vilkår." % ph],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def sale_q3(rng, ctx):
    ph = "udbudt til faste priser"
    return item("Salg af parcelhusgrunde i %s" % rng.choice(PLACES),
        resume="Status på salg af kommunale byggegrunde.",
        sag=["Kommunen har %s ved annoncering på kommunens hjemmeside og i lokalavisen, og grundene sælges efter først-til-mølle-princippet til de annoncerede priser." % ph,
             "Der er solgt %d af %d grunde." % (rng.randrange(3, 9), rng.randrange(10, 16))],
        ind=["orienteringen tages til efterretning."], decision=["Taget til efterretning."], phrase=ph)


def named_f4(rng, ctx):
    p = person(rng)
    m = rng.choice(ctx["members"])
    ph = "%s, der har skizofreni" % p
    return item("Spørgsmål fra %s (%s) om forholdene på et botilbud" % m,
        sag=["%s har spurgt til en episode på botilbuddet, som har været omtalt i pressen." % m[0]],
        ind=[],
        decision=["Borgmesteren oplyste, at beboeren %s, er flyttet til et andet tilbud efter episoden, og at politiet har afsluttet sagen." % ph,
                  "Besvaret."], phrase=ph)


def cpr_f4(rng, ctx):
    rows = []
    for i in range(3):
        rows.append([person(rng), cpr(rng), rng.choice(["Pensionistforeningen", "Ældresagen", "Valgt ved ældrerådsvalg"])])
    ph = rows[1][1]
    return item("Udpegning af suppleanter til Ældrerådet",
        resume="Der skal udpeges suppleanter efter tre medlemmers udtræden.",
        sag=["Følgende foreslås:", ("table", ["Navn", "Cpr-nr.", "Indstillet af"], rows)],
        ind=["de foreslåede suppleanter godkendes."], decision=["Godkendt."], phrase=ph)


def cpr_q3(rng, ctx):
    d = ctx["date"]
    r = "%02d%02d%02d-%04d" % (rng.randrange(1, 28), d.month, d.year % 100, rng.randrange(100, 999))
    ph = "reference %s" % r
    return item("Byggetilladelse til udvidelse af %s Hallen" % rng.choice(PLACES),
        resume="Orientering om meddelt byggetilladelse.",
        sag=["Byggetilladelsen er meddelt den %s under %s i kommunens byggesagssystem." % (dk(d - datetime.timedelta(days=12)), ph)],
        ind=["orienteringen tages til efterretning."], decision=["Taget til efterretning."], phrase=ph)


def retro_f4(rng, ctx):
    eff = _past(ctx, rng)
    ph = "Ikrafttrædelse: %s" % dk(eff)
    return item("Kørselsgodtgørelse til borgere med handicap",
        resume="Satsen for godtgørelse af kørsel i egen bil ændres.",
        sag=["Kommunen yder godtgørelse for kørsel i egen bil til aktivitets- og samværstilbud. Satsen nedsættes fra 3,79 kr. til 2,23 kr. pr. km.",
             ph + ".", "Handicaprådet har afgivet høringssvar."],
        ind=["den nye sats godkendes."], decision=["Godkendt."], phrase=ph)


def retro_q3(rng, ctx):
    ph = "får det for meget betalte tilbage"
    return item("Nedsættelse af takst for madservice",
        resume="Taksten for madservice nedsættes.",
        sag=["Som følge af lavere råvarepriser nedsættes taksten for et hovedmåltid med virkning fra 1. januar 2024, og borgerne %s." % ph, "Ældrerådet har været hørt og bakker op."],
        ind=["taksten nedsættes som beskrevet."], decision=["Godkendt."], phrase=ph)


def stop_f4(rng, ctx):
    ph = "Der åbnes ikke for nye bevillinger"
    return item("Handleplan for overholdelse af budget 2024 – social- og sundhedsområdet",
        resume="Området har et forventet merforbrug.",
        sag=["Forvaltningen har gennemgået alle områder.",
             "%s til boligindretning og bilstøtte før 1. januar 2025; ansøgninger, der modtages inden da, lægges på venteliste." % ph,
             "Handicaprådet har afgivet høringssvar."],
        ind=["handleplanen godkendes."],
        earlier=[earlier_dec(rng, ctx, "social", "Anbefales.")],
        decision=["Godkendt. F og Ø stemte imod."], phrase=ph)


def stop_q3(rng, ctx):
    ph = "ansættelsesstop i administrationen"
    return item("Budgetopfølgning og tiltag på det administrative område",
        resume="Der forventes et merforbrug på administrationen.",
        sag=["Det foreslås at indføre %s resten af året. Tiltaget omfatter ikke stillinger i borgernær service." % ph],
        ind=["tiltaget godkendes."], decision=["Godkendt."], phrase=ph)


def hear_f4(rng, ctx):
    ph = "primært som gruppeforløb og digital støtte"
    return item("Ny model for bostøtte til borgere med psykiske vanskeligheder",
        resume="Bostøtte efter servicelovens § 85 omlægges.",
        sag=["Støtten leveres fremover %s, og individuelle besøg i hjemmet reduceres til højst hver anden uge for de fleste borgere." % ph,
             "Modellen indføres fra 1. september 2024."],
        ind=["den nye model godkendes."],
        earlier=[earlier_dec(rng, ctx, "social", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def hear_q3(rng, ctx):
    ph = "har haft sagen i høring og har ingen bemærkninger"
    return item("Ændrede åbningstider i aktivitetscentrene",
        resume="Aktivitetscentrenes åbningstider tilpasses.",
        sag=["Centrene holder fremover lukket om fredagen efter kl. 13. Ældrerådet og Handicaprådet %s." % ph],
        ind=["de ændrede åbningstider godkendes."], decision=["Godkendt."], phrase=ph)


def closed_f3(rng, ctx):
    ph = "Lukket punkt: Orientering om økonomisk tvist"
    return item(ph, closed=True, sag=[], ind=[], decision=["Orienteringen taget til efterretning."], phrase=ph)


def closed_f4(rng, ctx):
    ph = "Punktet er fortroligt"
    return item("Sag vedrørende medarbejder", closed=True,
        sag=["%s og behandles uden offentlighed." % ph], ind=[], decision=["Godkendt."], phrase=ph)


def closed_q3(rng, ctx):
    ph = "Begrundelse: Sagen vedrører en personalesag"
    return item("Personalesag", closed=True,
        sag=["Lukket punkt. %s, jf. forvaltningslovens § 15 b, nr. 1, og kommunestyrelseslovens § 10." % ph],
        ind=[], decision=["Godkendt."], phrase=ph)


def deleg_f4(rng, ctx):
    ph = "bemyndiges til at meddele tillægsbevillinger"
    return item("Bevillingsregler og delegation 2024",
        resume="Reglerne for bevillinger og delegation opdateres.",
        sag=["For at smidiggøre økonomistyringen foreslås det, at Økonomiudvalget %s og godkende omplaceringer mellem udvalg i resten af budgetåret uden forelæggelse for %s." % (ph, ctx["council_def"])],
        ind=["Økonomiudvalget %s i resten af 2024." % ph],
        decision=["Godkendt."], phrase=ph)


def deleg_q3(rng, ctx):
    ph = "bemyndiges til at træffe afgørelse om dispensationer"
    return item("Delegation på planområdet",
        resume="Revideret delegationsplan for plan- og byggesager.",
        sag=["Det foreslås, at %s %s fra lokalplaner, når sagen ikke har principiel betydning." % (committee_for(rng, "teknik"), ph)],
        ind=["delegationsplanen godkendes."], decision=["Godkendt."], phrase=ph)


def inhab_f4(rng, ctx):
    m = rng.choice(ctx["members"])
    ph = "herunder %s" % m[0]
    return item("Ansøgning om tilskud til lokalt kulturhus i %s" % rng.choice(PLACES),
        resume="Kulturhuset søger driftstilskud.",
        sag=["Kulturhuset drives af en selvejende institution. Der søges om %s kr. årligt i 2024–2026." % kr(rng, 200000, 800000, 10000)],
        ind=["der ydes tilskud som ansøgt."],
        inhabil="%s (%s), næstformand i kulturhusets bestyrelse" % m,
        decision=["Godkendt enstemmigt af de %d tilstedeværende medlemmer, %s." % (len(ctx["members"]), ph)], phrase=ph)


def inhab_q3(rng, ctx):
    m = rng.choice(ctx["members"])
    ph = "deltog ikke i sagens behandling og afstemning"
    return item("Salg af areal til %s Boligforening" % rng.choice(PLACES),
        resume="Salg efter offentligt udbud.",
        sag=["Arealet har været udbudt offentligt, og boligforeningen afgav det højeste bud."],
        ind=["arealet sælges til boligforeningen."],
        decision=["%s (%s), der er medlem af boligforeningens bestyrelse, var inhabil og %s." % (m[0], m[1], ph), "Godkendt af de øvrige medlemmer."], phrase=ph)


def fee_f4(rng, ctx):
    ph = "gebyr på 300 kr. pr. anmodning om aktindsigt"
    return item("Takstblad 2024 – administrative gebyrer",
        resume="Takstbladet for administrative ydelser opdateres.",
        sag=["Antallet af anmodninger om aktindsigt er steget markant. Det foreslås at indføre et %s for at dække de administrative omkostninger." % ph],
        ind=["takstbladet godkendes."], decision=["Godkendt."], phrase=ph)


def fee_q3(rng, ctx):
    ph = "jf. bekendtgørelse om brugerbetaling"
    return item("Gebyr for miljøtilsyn 2024",
        resume="Timeprisen for miljøtilsyn reguleres.",
        sag=["Timeprisen fastsættes til %s kr., %s for godkendelse og tilsyn efter miljøbeskyttelsesloven." % (rng.choice(["384,37", "391,10"]), ph)],
        ind=["timeprisen godkendes."], decision=["Godkendt."], phrase=ph)


def compl_f4(rng, ctx):
    p = person(rng)
    ph = "Vi har derfor givet afslag på din ansøgning om en el-kørestol"
    return item("Afgørelse om hjælpemiddel – forelæggelse",
        resume="Udvalget har bedt om at se en afgørelse på hjælpemiddelområdet.",
        sag=["Afgørelsen gengives:",
             "Kære %s. Du har søgt om en el-kørestol efter servicelovens § 112. Vi vurderer, at din gangfunktion ikke er varigt nedsat i betydeligt omfang. %s. Med venlig hilsen Visitationen" % (p.split()[0], ph)],
        ind=["orienteringen tages til efterretning."], decision=["Taget til efterretning."], phrase=ph)


def compl_q3(rng, ctx):
    ph = "Fristen er 4 uger"
    return item("Afgørelse om merudgifter – forelæggelse",
        resume="Principiel afgørelse forelægges.",
        sag=_letter(rng, ctx, ("dækning af merudgifter", "§ 100"),
                    "Klagevejledning: Du kan klage over afgørelsen til Ankestyrelsen. %s fra modtagelsen af afgørelsen. Klagen sendes til Visitationen, som genvurderer sagen, inden den sendes videre." % ph),
        ind=["orienteringen tages til efterretning."], decision=["Taget til efterretning."], phrase=ph)


CLASSES = [
    ("fixed_cap", [fixed_cap_f1, fixed_cap_f2, fixed_cap_f3, fixed_cap_f4], [fixed_cap_q1, fixed_cap_q2, fixed_cap_q3]),
    ("amended_limit", [amended_f1, amended_f2, amended_f3, amended_f4], [amended_q1, amended_q2, amended_q3]),
    ("presumption_of_refusal", [presum_f1, presum_f2, presum_f3, presum_f4], [presum_q1, presum_q2, presum_q3]),
    ("single_company_support", [company_f1, company_f2, company_f3, company_f4], [company_q1, company_q2, company_q3]),
    ("sale_without_offer", [sale_f1, sale_f2, sale_f3, sale_f4], [sale_q1, sale_q2, sale_q3]),
    ("named_citizen_health", [named_f1, named_f2, named_f3, named_f4], [named_q1, named_q2, named_q3]),
    ("cpr_number", [cpr_f1, cpr_f2, cpr_f3, cpr_f4], [cpr_q1, cpr_q2, cpr_q3]),
    ("retroactive_reduction", [retro_f1, retro_f2, retro_f3, retro_f4], [retro_q1, retro_q2, retro_q3]),
    ("budget_stop", [stop_f1, stop_f2, stop_f3, stop_f4], [stop_q1, stop_q2, stop_q3]),
    ("no_council_hearing", [hear_f1, hear_f2, hear_f3, hear_f4], [hear_q1, hear_q2, hear_q3]),
    ("closed_without_reason", [closed_f1, closed_f2, closed_f3, closed_f4], [closed_q1, closed_q2, closed_q3]),
    ("unlawful_delegation", [deleg_f1, deleg_f2, deleg_f3, deleg_f4], [deleg_q1, deleg_q2, deleg_q3]),
    ("inhabil_took_part", [inhab_f1, inhab_f2, inhab_f3, inhab_f4], [inhab_q1, inhab_q2, inhab_q3]),
    ("fee_without_basis", [fee_f1, fee_f2, fee_f3, fee_f4], [fee_q1, fee_q2, fee_q3]),
    ("complaint_guidance", [compl_f1, compl_f2, compl_f3, compl_f4], [compl_q1, compl_q2, compl_q3]),
]
