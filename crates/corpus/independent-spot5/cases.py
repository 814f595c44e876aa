# -*- coding: utf-8 -*-
"""Planted items: for every class 2-3 wordings to read (expect flag) and 2 lawful near misses.

Each builder takes (r, ctx) - r is a random.Random, ctx a dict with the municipality, the body's
name, the meeting date - and returns a dict: title, sagsnr, sections [(heading, [blocks])],
earlier [(heading, text)], decision [paragraphs], phrase (verbatim in one block), law.
A block is ("p", text), ("ul", [text, ...]) or ("table", [[cell, ...], ...]).
"""
import datetime

FIRST = ["Karen", "Bent", "Inger", "Jørgen", "Hanne", "Poul", "Birthe", "Niels", "Lone", "Henrik",
         "Susanne", "Erik", "Mette", "Ole", "Kirsten", "Søren", "Ulla", "Lars", "Vibeke", "Flemming"]
LAST = ["Sørensen", "Mikkelsen", "Kristiansen", "Holm", "Lund", "Dahl", "Bech", "Krogh", "Thygesen",
        "Vestergaard", "Mølgaard", "Toft", "Bundgaard", "Højer", "Skou", "Lykke", "Brandt", "Frost"]
PARTY = ["A", "V", "C", "F", "O", "Ø", "B", "I", "D", "Æ"]
STREETS = ["Møllevej", "Kirkestien", "Skolegade", "Engvej", "Bakkedraget", "Søndergade", "Lindealle",
           "Rosenvænget", "Havnegade", "Birkevej"]
COMPANIES = ["Nordvest Fiskeeksport ApS", "Hedeland Dronesystemer ApS", "Brdr. Thygesen Maskinfabrik A/S",
             "Kystens Eventpartner ApS", "Grøn Energi Vest A/S", "Fjordbyens Bageri ApS",
             "Lykke Logistik ApS", "Skou Entreprise A/S"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

WORDS = {1: "én", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte",
         10: "ti", 12: "tolv"}


def dk(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def person(r):
    return "%s %s" % (r.choice(FIRST), r.choice(LAST))


def member(r):
    return "%s (%s)" % (person(r), r.choice(PARTY))


def sagsnr(r):
    return "%02d.%02d.%02d-%s%02d-%d-24" % (r.randint(0, 29), r.randint(0, 40), r.randint(0, 20),
                                           r.choice("PGAK"), r.randint(10, 35), r.randint(1, 40))


def month_start(d, delta):
    m = d.month - 1 + delta
    y = d.year + m // 12
    return datetime.date(y, m % 12 + 1, 1)


def kr(n):
    return "{:,}".format(n).replace(",", ".")


def P(t):
    return ("p", t)


# ---------------------------------------------------------------- 1 fixed cap (serviceloven)
def fixed_f1(r, c):
    ph = "tildeles fremover en fast ydelse på én time hver 14. dag"
    return dict(law="serviceloven § 83 (konkret, individuel vurdering af behovet)",
        title="Revideret kvalitetsstandard for praktisk hjælp 2024",
        sections=[("Sagsfremstilling", [
            P("Kvalitetsstandarden for praktisk hjælp efter servicelovens § 83 er gennemgået i forbindelse med budgetaftalen for 2024, hvor der blev forudsat en mindreudgift på %s kr. på området." % kr(r.choice([800000, 1200000, 1500000]))),
            P("Det foreslås at forenkle visitationen til rengøring. Borgere, der er visiteret til rengøring, " + ph + ", og den nuværende opdeling i tre niveauer udgår. Ændringen giver en mere ensartet og gennemskuelig tildeling på tværs af distrikterne."),
            P("Øvrige dele af kvalitetsstandarden, herunder tøjvask og indkøb, videreføres uændret.")]),
            ("Indstilling", [P("Social- og Sundhedsforvaltningen indstiller,"), ("ul", ["at den reviderede kvalitetsstandard for praktisk hjælp godkendes med virkning fra 1. maj 2024."])])],
        earlier=[("Beslutning i Social- og Sundhedsudvalget", "Anbefales.")],
        decision=["Godkendt."], phrase=ph)


def fixed_f2(r, c):
    ph = "Der kan ikke bevilges ud over de angivne rammer"
    return dict(law="serviceloven §§ 83 og 88 (konkret, individuel vurdering)",
        title="Serviceniveau for personlig pleje i eget hjem",
        sections=[("Resumé", [P("Forvaltningen forelægger et samlet serviceniveau for personlig pleje. Niveauerne fremgår af skemaet nedenfor.")]),
            ("Sagsfremstilling", [
                ("table", [["Ydelse", "Omfang", "Bemærkning"],
                           ["Bad", "1 gang ugentligt", "Brusebad eller sengebad"],
                           ["Hårvask", "Sammen med bad", ""],
                           ["Hjælp til af- og påklædning", "Morgen og aften", ""],
                           ["Tilsyn om natten", "Højst 2 besøg", "Kun efter aftale med sygeplejen"]]),
                P("Skemaet angiver det højeste niveau for hver ydelse. " + ph + ". Borgere, der har behov for mere hjælp, henvises til de private tilbud, der kan købes som tilkøbsydelser.")]),
            ("Indstilling", [("ul", ["at serviceniveauet for personlig pleje godkendes."])])],
        earlier=[], decision=["Indstillingen blev godkendt."], phrase=ph)


def fixed_f3(r, c):
    n = r.choice([250, 300, 400])
    ph = "uanset den enkeltes behov"
    return dict(law="serviceloven § 117 (individuel vurdering af befordringsbehovet)",
        title="Befordringstilskud til personer med nedsat funktionsevne",
        sections=[("Sagens kerne", [P("Udgifterne til individuel befordring efter servicelovens § 117 er steget markant de seneste to år, og der er behov for en klarere ramme.")]),
            ("Løsning", [P("Forvaltningen foreslår, at tilskuddet fremover udbetales som et månedligt beløb på %d kr. Beløbet dækker al befordring til fritidsaktiviteter og indkøb, og der ydes ikke tilskud herudover, %s." % (n, ph))]),
            ("Økonomiske konsekvenser", [P("Ændringen forventes at give en mindreudgift på ca. %s kr. årligt." % kr(r.choice([350000, 420000, 610000])))]),
            ("Indstilling", [P("Forvaltningen indstiller, at den foreslåede model for befordringstilskud godkendes.")])],
        earlier=[], decision=["Godkendt. %s stemte imod." % member(r)], phrase=ph)


def fixed_q1(r, c):
    ph = "Serviceniveauet er vejledende"
    return dict(law="serviceloven § 83: vejledende niveau med konkret, individuel vurdering (lovligt)",
        title="Kvalitetsstandard for rengøring og tøjvask",
        sections=[("Sagsfremstilling", [
            P("Kvalitetsstandarden beskriver, at rengøring normalt tilbydes hver 14. dag i op til én time, og at tøjvask normalt tilbydes hver 14. dag."),
            P(ph + ". Der foretages i hver enkelt sag en konkret og individuel vurdering af borgerens behov, og der kan efter vurderingen bevilges hjælp ud over det beskrevne niveau.")]),
            ("Indstilling", [("ul", ["at kvalitetsstandarden for rengøring og tøjvask godkendes."])])],
        earlier=[("Beslutning i Ældreudvalget", "Anbefales godkendt.")], decision=["Godkendt."], phrase=ph)


def fixed_q2(r, c):
    ph = "der altid foretages en konkret og individuel vurdering"
    return dict(law="serviceloven §§ 83 og 85: vejledende timetal, individuel vurdering (lovligt)",
        title="Kvalitetsstandarder for socialpædagogisk støtte efter servicelovens § 85",
        sections=[("Sagsfremstilling", [
            ("table", [["Indsatsniveau", "Vejledende timer pr. uge"],
                       ["Niveau 1 - let støtte", "1-3"], ["Niveau 2 - moderat støtte", "4-7"],
                       ["Niveau 3 - omfattende støtte", "8-15"]]),
            P("Timetallene i tabellen er vejledende og bruges som pejlemærke i visitationen. Det fremgår af standarden, at " + ph + " af borgerens behov, og at støtten kan fastsættes uden for intervallerne, hvis behovet tilsiger det.")]),
            ("Indstilling", [P("at kvalitetsstandarderne godkendes.")])],
        earlier=[], decision=["Indstillingen godkendt."], phrase=ph)


# ---------------------------------------------------------------- 2 amended limit
def amend_f1(r, c):
    ph = "højst to døgn om måneden"
    m = member(r)
    return dict(law="serviceloven § 84 (loft vedtaget ved ændringsforslag, ingen individuel vurdering)",
        title="Tilbud om aflastning til pårørende - revideret kvalitetsstandard",
        sections=[("Sagsfremstilling", [P("Kvalitetsstandarden for afløsning og aflastning efter servicelovens § 84 er revideret, så den afspejler de nye aflastningspladser på plejecentret. Standarden beskriver formålet med aflastningen, målgruppen og hvordan der søges.")]),
            ("Indstilling", [("ul", ["at den reviderede kvalitetsstandard godkendes."])])],
        earlier=[("Beslutning i Sundheds- og Omsorgsudvalget", "Anbefales.")],
        decision=["%s stillede ændringsforslag om, at aflastning på plejecentret fremover gives i %s pr. husstand." % (m, ph),
                  "For ændringsforslaget stemte %d, imod stemte %d. Ændringsforslaget blev vedtaget." % (r.randint(14, 17), r.randint(8, 11)),
                  "Kvalitetsstandarden blev herefter godkendt med den vedtagne ændring."], phrase=ph)


def amend_f2(r, c):
    ph = "med den tilføjelse, at der maksimalt kan bevilges to ugentlige bade"
    return dict(law="serviceloven § 83 (fast loft tilføjet i beslutningen)",
        title="Ændring af kvalitetsstandard for personlig pleje",
        sections=[("Beskrivelse af sagen", [P("Forvaltningen har gennemgået kvalitetsstandarden for personlig pleje og foreslår en række sproglige præciseringer, bl.a. om hjælp til bad og hjælp til at komme i seng. Der lægges ikke op til ændringer i serviceniveauet.")]),
            ("Indstilling", [P("Direktionen indstiller, at den ændrede kvalitetsstandard godkendes.")])],
        earlier=[],
        decision=["Godkendt %s pr. borger, uanset visitationsresultatet." % ph], phrase=ph)


def amend_q1(r, c):
    ph = "Ændringsforslaget blev forkastet"
    m = member(r)
    return dict(law="serviceloven: forslaget om loft faldt, standarden godkendt uden loft (lovligt)",
        title="Kvalitetsstandard for madservice 2024",
        sections=[("Sagsfremstilling", [P("Kvalitetsstandarden for madservice efter servicelovens § 83 er opdateret med de nye leveringsdage og menuvalg.")]),
            ("Indstilling", [("ul", ["at kvalitetsstandarden for madservice godkendes."])])],
        earlier=[],
        decision=["%s foreslog, at levering af hovedretter begrænses til tre dage om ugen for alle modtagere." % m,
                  "%s med %d stemmer for og %d imod." % (ph, r.randint(5, 9), r.randint(17, 21)),
                  "Indstillingen blev herefter godkendt."], phrase=ph)


def amend_q2(r, c):
    ph = "opnåede ikke flertal og bortfaldt"
    return dict(law="serviceloven: ændringsforslag om timeloft faldt (lovligt)",
        title="Ledsageordning efter servicelovens § 97 - kvalitetsstandard",
        sections=[("Sagens kerne", [P("Kvalitetsstandarden for ledsageordningen er revideret, så den svarer til reglerne om opsparing af timer.")]),
            ("Indstilling", [P("Det indstilles, at kvalitetsstandarden godkendes.")])],
        earlier=[],
        decision=["Et ændringsforslag om at fastsætte ledsagelse til fem timer om måneden for alle " + ph + "."
                  , "Kvalitetsstandarden godkendt."], phrase=ph)


# ---------------------------------------------------------------- 3 presumption of refusal
def pres_f1(r, c):
    ph = "som udgangspunkt ikke hjælp til rengøring"
    return dict(law="serviceloven § 83 (formodning for afslag uden individuel vurdering)",
        title="Tildelingskriterier for praktisk hjælp i hjemmet",
        sections=[("Sagsfremstilling", [P("Forvaltningen har udarbejdet nye tildelingskriterier. Borgere, der bor sammen med en ægtefælle eller samlever uden nedsat funktionsevne, tilbydes fremover " + ph + ", da det forventes, at husstanden løser opgaven."),
            P("Kriterierne skal sikre en ensartet sagsbehandling.")]),
            ("Indstilling", [("ul", ["at tildelingskriterierne for praktisk hjælp godkendes."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def pres_f2(r, c):
    ph = "imødekommes kun undtagelsesvis"
    return dict(law="serviceloven § 100 (kun undtagelsesvis = reelt afslag uden konkret vurdering)",
        title="Retningslinjer for dækning af merudgifter til voksne",
        sections=[("Resumé", [P("Udvalget har bedt om retningslinjer for dækning af nødvendige merudgifter efter servicelovens § 100.")]),
            ("Sagsfremstilling", [P("Det foreslås, at ansøgninger om dækning af merudgifter til tøj, vask og fritidsaktiviteter " + ph + ", idet disse udgifter anses for at være dækket af borgerens egne indtægter.")]),
            ("Indstilling", [P("Forvaltningen indstiller, at retningslinjerne godkendes.")])],
        earlier=[("Beslutning i Social- og Beskæftigelsesudvalget", "Anbefales.")],
        decision=["Indstillingen godkendt."], phrase=ph)


def pres_f3(r, c):
    ph = "vil blive meddelt afslag"
    return dict(law="serviceloven § 112 (generelt afslag på en ydelsestype)",
        title="Hjælpemidler - præcisering af serviceniveau",
        sections=[("Sagsfremstilling", [P("Der modtages flere ansøgninger om hjælpemidler, som kan købes i almindelig handel. For at sikre ensartethed præciseres det, at ansøgninger om el-cykler, trehjulede cykler og robotstøvsugere " + ph + ", da produkterne betragtes som sædvanligt indbo.")]),
            ("Indstilling", [("ul", ["at præciseringen af serviceniveauet godkendes."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def pres_q1(r, c):
    ph = "Kriterierne er ikke udtømmende"
    return dict(law="serviceloven § 83: kriterier med konkret, individuel vurdering (lovligt)",
        title="Visitationskriterier for madservice",
        sections=[("Sagsfremstilling", [P("I vurderingen af, om en borger kan få madservice, lægges der bl.a. vægt på, om borgeren selv kan tilberede et måltid, og om der er andre i husstanden, der kan hjælpe. " + ph + ", og der foretages altid en konkret og individuel vurdering af borgerens samlede situation.")]),
            ("Indstilling", [("ul", ["at visitationskriterierne godkendes."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def pres_q2(r, c):
    ph = "men er ikke i sig selv afgørende"
    return dict(law="serviceloven § 83: forhold indgår i vurderingen (lovligt)",
        title="Praktisk hjælp - retningslinjer for husstande med flere voksne",
        sections=[("Sagsfremstilling", [P("At en borger bor sammen med en rask ægtefælle indgår i vurderingen af behovet for praktisk hjælp, " + ph + ". Afgørelsen træffes på grundlag af en konkret vurdering af den enkelte husstand, herunder ægtefællens helbred og arbejdstid.")]),
            ("Indstilling", [P("at retningslinjerne godkendes.")])],
        earlier=[], decision=["Indstillingen godkendt."], phrase=ph)


# ---------------------------------------------------------------- 4 budget stop
def stop_f1(r, c):
    ph = "indtil budgettet igen er i balance"
    return dict(law="serviceloven § 113 (retskrav kan ikke stoppes af budgethensyn)",
        title="Budgetopfølgning - handicap og psykiatri, tiltag",
        sections=[("Sagsfremstilling", [P("Budgetopfølgningen pr. 31. marts viser et forventet merforbrug på %s mio. kr. på handicap- og psykiatriområdet." % r.choice(["4,2", "6,8", "9,1"])),
            P("Forvaltningen foreslår følgende tiltag:"),
            ("ul", ["at bevilling af nye forbrugsgoder sættes i bero " + ph + ",", "at vikarforbruget nedbringes,", "at kursusaktivitet begrænses til det lovpligtige."])]),
            ("Indstilling", [P("Forvaltningen indstiller, at tiltagene godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def stop_f2(r, c):
    ph = "ikke bevilges nye forløb med aflastning resten af året"
    return dict(law="serviceloven § 84 (ydelse kan ikke stoppes fordi budgettet er brugt)",
        title="Økonomisk status på ældreområdet",
        sections=[("Sagsfremstilling", [P("Rammen til afløsning og aflastning er med udgangen af april disponeret fuldt ud. For at overholde budgettet vil der " + ph + ". Allerede bevilgede forløb fortsætter.")]),
            ("Indstilling", [P("Det indstilles, at orienteringen tages til efterretning.")])],
        earlier=[], decision=["Taget til efterretning."], phrase=ph)


def stop_f3(r, c):
    ph = "behandles først, når der igen er afsat midler"
    return dict(law="serviceloven § 116 (boligindretning er et retskrav)",
        title="Ansøgninger om boligindretning - ventetid",
        sections=[("Sagsfremstilling", [P("Der er pr. 1. marts %d ansøgninger om boligændringer efter servicelovens § 116 under behandling. Budgettet for 2024 er disponeret." % r.randint(30, 70))]),
            ("Indstilling", [P("Forvaltningen indstiller, at orienteringen tages til efterretning.")])],
        earlier=[],
        decision=[c["body"] + " tog orienteringen til efterretning og besluttede, at nye ansøgninger om boligindretning " + ph + "."], phrase=ph)


def stop_q1(r, c):
    ph = "Kulturpuljen for 2024 er hermed opbrugt"
    return dict(law="kommunalfuldmagten: skønsmæssig pulje uden retskrav (lovligt at lukke)",
        title="Fordeling af kulturpuljen, 2. runde",
        sections=[("Sagsfremstilling", [P("Der er modtaget %d ansøgninger til 2. ansøgningsrunde. Forvaltningen foreslår fordelingen i bilaget. " % r.randint(9, 19) + ph + ", og der åbnes ikke for flere ansøgningsrunder i år.")]),
            ("Indstilling", [("ul", ["at puljen fordeles som foreslået."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def stop_q2(r, c):
    ph = "puljen lukkes for ansøgninger for resten af 2024"
    return dict(law="serviceloven § 18: pulje til frivilligt socialt arbejde, ingen retskrav (lovligt)",
        title="Tilskud til frivilligt socialt arbejde (§ 18-midler)",
        sections=[("Sagsfremstilling", [P("Restbeløbet på %s kr. fordeles til de foreninger, der fremgår af oversigten. Herefter er rammen udmøntet, og " % kr(r.choice([64000, 82500, 117000])) + ph + ".")]),
            ("Indstilling", [P("Det indstilles, at fordelingen godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 5 retroactive reduction
def retro_f1(r, c):
    d = month_start(c["date"], -2)
    ph = "med virkning fra den %s" % dk(d)
    return dict(law="forvaltningsloven / almindelige forvaltningsretlige principper (nedsættelse med tilbagevirkende kraft)",
        title="Tilpasning af klippekortsordningen i hjemmeplejen",
        sections=[("Sagsfremstilling", [P("Klippekortsordningen for hjemmeboende ældre reduceres fra to til ét klip om måneden %s. Borgerne orienteres skriftligt om ændringen." % ph)]),
            ("Indstilling", [("ul", ["at klippekortsordningen tilpasses som beskrevet."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def retro_f2(r, c):
    d = month_start(c["date"], -1)
    ph = "med tilbagevirkende kraft fra %s" % dk(d)
    return dict(law="forvaltningsloven / retssikkerhed (takstforhøjelse = ydelsesnedsættelse bagud)",
        title="Egenbetaling for madservice - ny takst",
        sections=[("Sagsfremstilling", [P("Som følge af prisstigninger hos leverandøren foreslås tilskuddet til hovedretter nedsat, så borgerens egenbetaling stiger fra %s kr. til %s kr. pr. hovedret." % ("55,00", "61,00")),
            P("Den nye takst opkræves " + ph + ", svarende til leverandørens prisregulering.")]),
            ("Indstilling", [P("at den nye egenbetaling godkendes.")])],
        earlier=[], decision=["Indstillingen godkendt."], phrase=ph)


def retro_f3(r, c):
    d = month_start(c["date"], -1)
    ph = "Nedsættelsen gælder fra %s" % dk(d)
    return dict(law="forvaltningsloven (ydelsesnedsættelse fra en dato før beslutningen)",
        title="Hjælpemiddeldepotet - ændret udlånsordning",
        sections=[("Sagsfremstilling", [P("Det særlige tilskud til vedligeholdelse af egne hjælpemidler nedsættes fra %s kr. til %s kr. årligt pr. borger." % (kr(2400), kr(1200)))]),
            ("Indstilling", [P("Forvaltningen indstiller, at ændringen godkendes.")])],
        earlier=[], decision=["Godkendt. " + ph + ", og for meget udbetalt tilskud modregnes i næste udbetaling."], phrase=ph)


def retro_q1(r, c):
    d = month_start(c["date"], -2)
    ph = "Forhøjelsen har virkning fra %s" % dk(d)
    return dict(law="forhøjelse med tilbagevirkende kraft er til borgerens fordel (lovligt)",
        title="Regulering af tilskud til ansættelse af hjælpere (BPA)",
        sections=[("Sagsfremstilling", [P("Timesatserne for borgerstyret personlig assistance reguleres i overensstemmelse med den nye overenskomst. " + ph + ", hvor overenskomsten trådte i kraft, og differencen efterbetales.")]),
            ("Indstilling", [P("at reguleringen godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def retro_q2(r, c):
    d = month_start(c["date"], 4)
    ph = "fra den %s" % dk(d)
    return dict(law="nedsættelse fra en fremtidig dato med varsel (lovligt)",
        title="Ændret serviceniveau for indkøbsordningen",
        sections=[("Sagsfremstilling", [P("Indkøbsordningen omlægges, så varer leveres én gang om ugen i stedet for to. Ændringen gælder " + ph + ", så borgerne kan varsles i god tid.")]),
            ("Høring", [P("Ældrerådet har afgivet høringssvar, som er vedlagt. Rådet kan tilslutte sig omlægningen.")]),
            ("Indstilling", [P("at serviceniveauet ændres som beskrevet.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 6a named citizen with health details
def named_f1(r, c):
    p = person(r)
    ph = "er diagnosticeret med sclerose"
    return dict(law="persondataretten / kommunestyrelsesloven § 10 (helbredsoplysninger om navngiven borger i åbent punkt)",
        title="Ansøgning om dispensation fra lokalplan - %s, %s %d" % (p, r.choice(STREETS), r.randint(2, 60)),
        sections=[("Sagsfremstilling", [P("%s søger om dispensation fra lokalplanens bestemmelse om tagform for at opføre en tilbygning i ét plan. Ansøgeren %s og er afhængig af kørestol, og den nuværende bolig kan ikke indrettes, så badeværelse og soveværelse er tilgængelige." % (p, ph)),
            P("Naboerne har været partshørt, og der er indkommet én indsigelse.")]),
            ("Indstilling", [P("Teknik og Miljø indstiller, at der meddeles dispensation.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def named_f2(r, c):
    p = person(r)
    ph = "lider af svær demens"
    return dict(law="persondataretten (navngiven borgers helbred og sociale forhold i åbent referat)",
        title="Henvendelse fra pårørende om plejeboligtildeling",
        sections=[("Sagsfremstilling", [P("%s har modtaget en henvendelse fra datteren til %s, der bor på %s. Af henvendelsen fremgår det, at moderen %s, har et alkoholmisbrug og flere gange er faldet i hjemmet. Familien ønsker, at hun tildeles en plejebolig hurtigst muligt." % (c["body"], p, r.choice(STREETS) + " " + str(r.randint(1, 40)), ph)),
            P("Forvaltningen har besvaret henvendelsen og oplyst om visitationsreglerne.")]),
            ("Indstilling", [P("at orienteringen tages til efterretning.")])],
        earlier=[], decision=["Taget til efterretning."], phrase=ph)


def named_q1(r, c):
    p = person(r)
    ph = "søger om byggetilladelse til en carport"
    return dict(law="navngiven ansøger i en byggesag uden følsomme oplysninger (lovligt)",
        title="Dispensation fra bebyggelsesprocent - %s %d" % (r.choice(STREETS), r.randint(2, 80)),
        sections=[("Sagsfremstilling", [P("%s %s på 42 m² ved sit parcelhus. Med carporten bliver bebyggelsesprocenten 31, hvor lokalplanen tillader 30." % (p, ph)),
            P("Der er foretaget naboorientering uden bemærkninger.")]),
            ("Indstilling", [P("at der meddeles dispensation.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def named_q2(r, c):
    p = person(r)
    ph = "Årets idrætsleder 2023"
    return dict(law="navngiven prismodtager, ingen følsomme oplysninger (lovligt)",
        title="Kåring af årets idrætsleder",
        sections=[("Sagsfremstilling", [P("Fritids- og Idrætsrådet foreslår, at %s fra den lokale gymnastikforening kåres som %s for mange års frivilligt arbejde med børneholdene." % (p, ph))]),
            ("Indstilling", [P("at indstillingen følges.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 6b CPR number
def _cpr(r, dash=True):
    s = "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(30, 99))
    t = "%04d" % r.randint(1000, 9999)
    return s + ("-" if dash else "") + t


def cpr_f1(r, c):
    p = person(r)
    cp = _cpr(r)
    ph = "cpr.nr. " + cp
    return dict(law="persondataretten (CPR-nummer i offentligt referat)",
        title="Klage over afgørelse om hjemmehjælp",
        sections=[("Sagsfremstilling", [P("%s, %s, har klaget over forvaltningens afgørelse om nedsættelse af hjemmehjælpen. Klagen er genvurderet, og afgørelsen fastholdes. Sagen er videresendt til Ankestyrelsen." % (p, ph))]),
            ("Indstilling", [P("at orienteringen tages til efterretning.")])],
        earlier=[], decision=["Taget til efterretning."], phrase=ph)


def cpr_f2(r, c):
    cp = _cpr(r, False)
    ph = "(CPR %s)" % cp
    return dict(law="persondataretten (CPR-nummer i offentligt referat)",
        title="Eftergivelse af restance - ansøgning",
        sections=[("Sagsfremstilling", [("table", [["Ansøger", "%s %s" % (person(r), ph)], ["Restance", "%s kr." % kr(r.randint(15000, 60000))], ["Vedrører", "Huslejerestance, boligsocial anvisning"]]),
            P("Ansøgeren har i en periode været uden indtægt. Forvaltningen anbefaler, at restancen eftergives delvist.")]),
            ("Indstilling", [P("at restancen eftergives med 50 pct.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def cpr_q1(r, c):
    cp = "%02d%02d24-%04d" % (r.randint(1, 28), r.randint(1, 3), r.randint(1000, 9999))
    ph = "J.nr. " + cp
    return dict(law="journalnummer med samme form som et CPR-nummer (ingen personoplysning)",
        title="Anlægsbevilling til renovering af Søbadet",
        sections=[("Sagsfremstilling", [P("Byggeudvalget har godkendt projektforslaget for renoveringen af Søbadet (%s). Der søges om en anlægsbevilling på %s kr., finansieret af det afsatte rådighedsbeløb." % (ph, kr(r.choice([2400000, 3100000, 4750000]))))]),
            ("Indstilling", [P("at der gives anlægsbevilling som ansøgt.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def cpr_q2(r, c):
    cp = "%02d%02d23-%04d" % (r.randint(1, 28), r.randint(4, 12), r.randint(1000, 9999))
    ph = "dokument %s" % cp
    return dict(law="dokumentnummer formet som et CPR-nummer (ingen personoplysning)",
        title="Tillæg til samarbejdsaftale om Erhvervshus",
        sections=[("Sagsfremstilling", [P("Tillægget til samarbejdsaftalen er journaliseret som %s i kommunens ESDH-system. Tillægget forlænger aftalen til udgangen af 2025 uden ændring i kommunens bidrag." % ph)]),
            ("Indstilling", [P("at tillægget godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 7 sale or lease without offering
def sale_f1(r, c):
    price = kr(r.choice([385000, 450000, 620000]))
    ph = "sælges til ejeren af naboejendommen for %s kr." % price
    return dict(law="kommunalfuldmagten / bekendtgørelse om offentligt udbud ved salg af kommunens faste ejendomme (intet udbud, ingen undtagelse nævnt)",
        title="Salg af byggegrund, matr.nr. %d%s, %s" % (r.randint(3, 40), r.choice("abcg"), r.choice(["Ny Hvidbjerg", "Ørslev", "Bølling By", "Tved"])),
        sections=[("Sagsfremstilling", [P("Kommunen ejer en ubebygget parcelhusgrund på ca. %d m², som er udlagt til boligformål i lokalplanen. Grunden %s Prisen svarer til den vurdering, som en ejendomsmægler har foretaget." % (r.randint(700, 1100), ph))]),
            ("Økonomi", [P("Salgsindtægten tilgår kassebeholdningen.")]),
            ("Indstilling", [("ul", ["at grunden sælges som beskrevet,", "at borgmesteren bemyndiges til at underskrive skødet."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def sale_f2(r, c):
    co = r.choice(COMPANIES)
    ph = "betinget købsaftale med %s" % co
    return dict(law="kommunalfuldmagten / udbudsbekendtgørelsen (salg til udvalgt køber uden offentligt udbud)",
        title="Salg af den tidligere materielgård",
        sections=[("Sagsfremstilling", [P("Forvaltningen har efter forhandling indgået en %s om køb af den tidligere materielgård for %s kr. Virksomheden har henvendt sig med ønske om at udvide sin produktion og vil skabe ca. %d arbejdspladser." % (ph, kr(r.choice([2100000, 3400000])), r.randint(12, 40)))]),
            ("Indstilling", [P("at den betingede købsaftale godkendes.")])],
        earlier=[("Beslutning i Økonomiudvalget", "Anbefales.")], decision=["Godkendt."], phrase=ph)


def sale_f3(r, c):
    co = r.choice(COMPANIES)
    ph = "lejemål med %s for en periode på 20 år" % co
    return dict(law="kommunalfuldmagten (langvarig udleje af kommunal ejendom uden annoncering, markedsleje ikke dokumenteret)",
        title="Udlejning af pavillonbygning ved erhvervsområdet",
        sections=[("Sagsfremstilling", [P("Det foreslås at indgå et uopsigeligt %s. Den årlige leje fastsættes til %s kr. Lejer overtager vedligeholdelsen." % (ph, kr(r.choice([60000, 85000]))))]),
            ("Indstilling", [P("at lejeaftalen godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def sale_q1(r, c):
    ph = "har været udbudt offentligt"
    return dict(law="udbudsbekendtgørelsen: offentligt udbud gennemført (lovligt)",
        title="Salg af tidligere børnehave, %s %d" % (r.choice(STREETS), r.randint(2, 50)),
        sections=[("Sagsfremstilling", [P("Ejendommen %s ved annoncering i lokalavisen og på kommunens hjemmeside med budfrist den %s. Der er modtaget %s bud, og det højeste bud er på %s kr." % (ph, dk(month_start(c["date"], -1)), r.choice(["tre", "fire", "fem"]), kr(r.choice([1850000, 2250000]))))]),
            ("Indstilling", [P("at ejendommen sælges til højestbydende.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def sale_q2(r, c):
    ph = "bekendtgørelse om offentligt udbud ved salg af kommunens faste ejendomme"
    return dict(law="udbudsbekendtgørelsen § 2, stk. 2: undtagelse for mindre arealer til naboejer (lovligt)",
        title="Salg af restareal ved %s" % r.choice(STREETS),
        sections=[("Sagsfremstilling", [P("Ejeren af naboejendommen ønsker at købe et restareal på %d m², som ikke selvstændigt kan bebygges. Salget kan ske uden offentligt udbud efter undtagelsen i § 2, stk. 2, i %s, og prisen er fastsat af en uvildig valuar." % (r.randint(40, 140), ph))]),
            ("Indstilling", [P("at restarealet sælges som beskrevet.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 8 support to a single company
def comp_f1(r, c):
    co = r.choice(COMPANIES)
    ph = "kommunegaranti på %s mio. kr." % r.choice(["3,5", "5", "8,2"])
    return dict(law="kommunalfuldmagten (støtte til enkeltvirksomhed uden hjemmel)",
        title="Garanti for byggelån - %s" % co,
        sections=[("Sagsfremstilling", [P("%s ønsker at opføre en ny produktionshal og har anmodet om, at kommunen stiller en %s for virksomhedens byggelån i pengeinstituttet. Virksomheden er en af de største private arbejdspladser i kommunen." % (co, ph))]),
            ("Indstilling", [P("at garantien stilles som ansøgt.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def comp_f2(r, c):
    co = r.choice(COMPANIES)
    ph = "for en symbolsk leje på 1 kr. årligt"
    return dict(law="kommunalfuldmagten (skjult støtte til virksomhed, leje under markedsleje)",
        title="Udlejning af den tidligere skole i %s" % r.choice(["Vester Egede", "Hjortlund", "Rørvig"]),
        sections=[("Sagsfremstilling", [P("Skolebygningen har stået tom siden skolestrukturændringen. %s har tilbudt at tage bygningen i brug som kontor og værksted %s mod at overtage driftsudgifterne." % (co, ph))]),
            ("Indstilling", [P("at lejeaftalen godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def comp_f3(r, c):
    co = r.choice(COMPANIES)
    ph = "stilles vederlagsfrit til rådighed for %s" % co
    return dict(law="kommunalfuldmagten (gratis brug af kommunale lokaler for én virksomhed)",
        title="Firmaarrangement i idrætshallen",
        sections=[("Sagsfremstilling", [P("Idrætshallen og mødelokalerne %s i forbindelse med virksomhedens 25-års jubilæum den %s. Lejen ville efter taksten udgøre %s kr." % (ph, dk(month_start(c["date"], 1)), kr(r.choice([18500, 24000]))))]),
            ("Indstilling", [P("at hallen stilles til rådighed som beskrevet.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def comp_q1(r, c):
    ph = "bekendtgørelse om kommunernes låntagning og meddelelse af garantier"
    return dict(law="lånebekendtgørelsen / vandsektorloven: garanti for forsyningsselskab med hjemmel (lovligt)",
        title="Kommunegaranti for lån til %s Vand A/S" % c["muni"],
        sections=[("Sagsfremstilling", [P("Vandselskabet har anmodet om kommunegaranti for et lån i KommuneKredit på %s mio. kr. til fornyelse af ledningsnettet. Kommunen kan stille garanti efter § 3 i %s og lov om vandsektorens organisering og økonomiske forhold. Der opkræves en garantiprovision på 0,5 pct. af restgælden." % (r.choice(["12", "18", "24"]), ph))]),
            ("Indstilling", [P("at garantien meddeles.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def comp_q2(r, c):
    ph = "efter folkeoplysningslovens"
    return dict(law="folkeoplysningsloven: lokaletilskud til forening (lovligt)",
        title="Lokaletilskud til ny klubhytte",
        sections=[("Sagsfremstilling", [P("%s Sejlklub har etableret en ny klubhytte og søger om lokaletilskud %s § 21. Tilskuddet udgør 75 pct. af de tilskudsberettigede driftsudgifter." % (c["muni"], ph))]),
            ("Indstilling", [P("at der ydes lokaletilskud som beskrevet.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 9 closed item without ground
def closed_f1(r, c):
    ph = "Ejendomssag"
    return dict(law="kommunestyrelsesloven § 10 (lukket punkt uden angivet grund)",
        title="Ejendomssag", closed=True,
        sections=[], earlier=[], decision=["Godkendt."], phrase=ph)


def closed_f2(r, c):
    ph = "Punktet behandles for lukkede døre"
    return dict(law="kommunestyrelsesloven § 10 (lukning uden begrundelse)",
        title="Status på sundhedshuset", closed=True,
        sections=[("Sagsfremstilling", [P(ph + ".")])], earlier=[], decision=["Drøftet."], phrase=ph)


def closed_q1(r, c):
    ph = "kontraktforhandlinger"
    return dict(law="kommunestyrelsesloven § 10, stk. 2, jf. forvaltningslovens § 15 b (grund angivet)",
        title="Lukket punkt: Forhandling om leje af lokaler", closed=True,
        sections=[("Begrundelse for lukning", [P("Sagen behandles for lukkede døre efter kommunestyrelseslovens § 10, stk. 2, da den vedrører igangværende " + ph + ".")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def closed_q2(r, c):
    ph = "vedrører enkeltpersoners personlige forhold"
    return dict(law="kommunestyrelsesloven § 10: personsag (grund angivet)",
        title="Lukket punkt: Personalesag", closed=True,
        sections=[("Sagsfremstilling", [P("Punktet er lukket, da det " + ph + ".")])], earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 10 no hearing of the councils
def hear_f1(r, c):
    ph = "ét dagligt leveringsvindue mellem kl. 10 og 14"
    return dict(law="retssikkerhedsloven § 34 (Ældrerådet ikke hørt om ændret serviceniveau)",
        title="Omlægning af madservice til hjemmeboende",
        sections=[("Sagsfremstilling", [P("Madservicen omlægges fra varm mad til kølemad, der leveres tre gange om ugen. Levering sker fremover i " + ph + ". Omlægningen giver en besparelse på ca. %s kr. årligt." % kr(r.choice([700000, 900000])))]),
            ("Indstilling", [P("at madservicen omlægges som beskrevet.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def hear_f2(r, c):
    ph = "da tidsplanen ikke giver mulighed for høring"
    return dict(law="serviceloven § 37 a (Handicaprådet ikke hørt)",
        title="Sammenlægning af aktivitetstilbud for voksne med handicap",
        sections=[("Sagsfremstilling", [P("Dagtilbuddene efter servicelovens § 104 på Solsikken og Egely lægges sammen på Egely fra 1. august. Borgerne får længere transporttid, og åbningstiden nedsættes med en time om dagen."),
            P("Sagen forelægges uden forudgående udtalelse fra rådene, " + ph + ".")]),
            ("Indstilling", [P("at sammenlægningen godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def hear_q1(r, c):
    ph = "Ældrerådet har i sit høringssvar"
    return dict(law="retssikkerhedsloven § 34: Ældrerådet hørt, svaret gengivet (lovligt)",
        title="Ny kvalitetsstandard for træning efter servicelovens § 86",
        sections=[("Sagsfremstilling", [P("Kvalitetsstandarden for vedligeholdende træning er revideret og har været i høring.")]),
            ("Høring", [P(ph + " af %s anbefalet, at holdtræningen også tilbydes om eftermiddagen. Forvaltningen har indarbejdet forslaget. Handicaprådet har ingen bemærkninger." % dk(month_start(c["date"], -1)))]),
            ("Indstilling", [P("at kvalitetsstandarden godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def hear_q2(r, c):
    ph = "Handicaprådet støtter forslaget"
    return dict(law="serviceloven § 37 a: Handicaprådet hørt (lovligt)",
        title="Ændrede åbningstider i botilbuddets café",
        sections=[("Sagsfremstilling", [P("Caféen på botilbuddet foreslås åbnet kl. 9 i stedet for kl. 8.")]),
            ("Høringssvar", [P(ph + ", men ønsker, at beboerne inddrages i en evaluering efter et halvt år. Ældrerådet har ikke fundet anledning til bemærkninger.")]),
            ("Indstilling", [P("at åbningstiderne ændres.")])],
        earlier=[], decision=["Godkendt, idet der gennemføres en evaluering som foreslået af Handicaprådet."], phrase=ph)


# ---------------------------------------------------------------- 11 unlawful delegation
def deleg_f1(r, c):
    ph = "bemyndiges til at fastsætte den endelige udskrivningsprocent"
    return dict(law="kommunestyrelsesloven §§ 38-40 og § 18 (skatteprocenten kan ikke delegeres)",
        title="Tidsplan for budgetlægningen 2025-2028",
        sections=[("Sagsfremstilling", [P("Tidsplanen for budget 2025 lægger op til første behandling i september og anden behandling i oktober. For at sikre fleksibilitet i forhold til statsgarantien foreslås det, at Økonomiudvalget " + ph + " for 2025, når det endelige udligningsgrundlag kendes.")]),
            ("Indstilling", [("ul", ["at tidsplanen godkendes,", "at bemyndigelsen gives som beskrevet."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def deleg_f2(r, c):
    ph = "overlader den videre behandling af danmarkskortet"
    return dict(law="retssikkerhedsloven § 79 b (danmarkskortet skal behandles af kommunalbestyrelsen selv)",
        title="Danmarkskortet 2023 - omgørelsesprocenter",
        sections=[("Sagsfremstilling", [P("Social-, Bolig- og Ældreministeriet har offentliggjort danmarkskortet over omgørelsesprocenter for 2023. Kommunens samlede omgørelsesprocent er %d, hvilket er på niveau med landsgennemsnittet." % r.randint(13, 22))]),
            ("Indstilling", [P("Det indstilles, at " + c["council"] + " " + ph + ", herunder stillingtagen til behov for en handlingsplan, til Social- og Sundhedsudvalget.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def deleg_f3(r, c):
    ph = "meddele tillægsbevillinger"
    return dict(law="kommunestyrelsesloven § 40, stk. 2 (tillægsbevillinger gives af kommunalbestyrelsen)",
        title="Ændring af kasse- og regnskabsregulativet",
        sections=[("Sagsfremstilling", [P("For at smidiggøre økonomistyringen foreslås det, at borgmesteren får kompetence til at %s på op til %s kr. pr. sag, når det er nødvendigt af hensyn til driften." % (ph, kr(r.choice([2000000, 5000000]))))]),
            ("Indstilling", [P("at ændringen af regulativet godkendes.")])],
        earlier=[("Beslutning i Økonomiudvalget", "Anbefales.")], decision=["Godkendt."], phrase=ph)


def deleg_q1(r, c):
    ph = "inden for den givne anlægsbevilling"
    return dict(law="kommunestyrelsesloven: delegation af kontraktindgåelse inden for bevilling (lovligt)",
        title="Udbud af ombygning af rådhusets kantine",
        sections=[("Sagsfremstilling", [P("Projektet udbydes i fagentreprise. Det foreslås, at Økonomiudvalget bemyndiges til at godkende licitationsresultatet og indgå kontrakt " + ph + ".")]),
            ("Indstilling", [P("at bemyndigelsen gives.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def deleg_q2(r, c):
    ph = "bemyndiges til at foretage redaktionelle ændringer"
    return dict(law="delegation af redaktionelle rettelser til administrationen (lovligt)",
        title="Endelig vedtagelse af sundhedspolitikken",
        sections=[("Sagsfremstilling", [P("Sundhedspolitikken har været i offentlig høring. Høringssvarene er indarbejdet.")]),
            ("Indstilling", [("ul", ["at sundhedspolitikken vedtages,", "at forvaltningen " + ph + " inden offentliggørelsen."])])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 12 inhabil member took part
def inhab_f1(r, c):
    first, last = r.choice(FIRST), r.choice(LAST)
    p = "%s %s" % (first, last)
    ph = "%s deltog i behandlingen af sagen" % p
    return dict(law="forvaltningsloven § 3 / kommunestyrelsesloven § 14 (inhabilt medlem deltog)",
        title="Tilskud til renovering af %s Forsamlingshus" % r.choice(["Lyngby", "Tornby", "Egtved"]),
        sections=[("Sagsfremstilling", [P("Forsamlingshuset søger om tilskud på %s kr. til nyt tag." % kr(r.choice([150000, 240000])))]),
            ("Indstilling", [P("at der ydes tilskud som ansøgt.")])],
        earlier=[],
        decision=["%s (%s) oplyste, at hans ægtefælle er formand for forsamlingshusets bestyrelse. %s." % (p, r.choice(PARTY), ph), "Godkendt."], phrase=ph)


def inhab_f2(r, c):
    last = r.choice(LAST)
    co = "%s Entreprise ApS" % last
    ph = "medindehaver af %s" % co
    return dict(law="forvaltningsloven § 3 (medlem med økonomisk interesse stemte)",
        title="Valg af entreprenør til udvidelse af daginstitution",
        sections=[("Sagsfremstilling", [P("Ved licitationen er der modtaget fire tilbud. Laveste tilbud er afgivet af %s med %s kr." % (co, kr(r.choice([4350000, 5120000]))))]),
            ("Indstilling", [P("at kontrakt indgås med laveste bydende.")])],
        earlier=[],
        decision=["Godkendt. Alle stemte for, herunder %s %s (%s), der er %s." % (r.choice(FIRST), last, r.choice(PARTY), ph)], phrase=ph)


def inhab_q1(r, c):
    p = person(r)
    ph = "forlod mødet under sagens behandling"
    return dict(law="forvaltningsloven § 3: inhabilt medlem deltog ikke (lovligt)",
        title="Dispensation til udvidelse af landbrugsbygning",
        sections=[("Sagsfremstilling", [P("Der søges om dispensation fra landzonebestemmelserne til en udvidelse af en maskinhal.")]),
            ("Indstilling", [P("at dispensationen meddeles.")])],
        earlier=[], decision=["%s (%s) erklærede sig inhabil og %s." % (p, r.choice(PARTY), ph), "Godkendt."], phrase=ph)


def inhab_q2(r, c):
    p = person(r)
    ph = "deltog ikke i behandlingen"
    return dict(law="kommunestyrelsesloven § 14: rådet afgjorde inhabilitet, medlemmet deltog ikke (lovligt)",
        title="Tilskud til lokalhistorisk arkiv",
        sections=[("Sagsfremstilling", [P("Arkivet søger om forhøjet driftstilskud.")]),
            ("Indstilling", [P("at tilskuddet forhøjes med %s kr." % kr(r.choice([20000, 35000])))])],
        earlier=[], decision=["Det blev besluttet, at %s (%s), der er kasserer i arkivets forening, var inhabil. %s %s." % (p, r.choice(PARTY), p.split()[0], ph), "Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 13 fee without basis
def fee_f1(r, c):
    ph = "behandlingsgebyr på %d kr." % r.choice([150, 250, 300])
    return dict(law="kommunalfuldmagten / serviceloven (gebyr for sagsbehandling af social ansøgning uden hjemmel)",
        title="Takster 2024 - hjælpemidler og boligindretning",
        sections=[("Sagsfremstilling", [P("Som en del af budgetaftalen indføres et " + ph + " pr. ansøgning om hjælpemidler og boligindretning. Gebyret skal dække en del af udgiften til hjemmebesøg og afprøvning og betales ved indgivelse af ansøgningen.")]),
            ("Indstilling", [P("at taksten godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def fee_f2(r, c):
    ph = "administrationsgebyr"
    return dict(law="kommunalfuldmagten (gebyr for ansøgning om ledsageordning uden hjemmel)",
        title="Takstblad for Social og Handicap",
        sections=[("Sagsfremstilling", [("table", [["Ydelse", "Takst 2024"], ["Ledsageordning, %s ved ansøgning" % ph, "175 kr."], ["Kørsel til aktivitetscenter, pr. tur", "25 kr."], ["Madservice, hovedret", "59 kr."]]),
            P("Taksterne er fremskrevet med pris- og lønudviklingen.")]),
            ("Indstilling", [P("at takstbladet godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def fee_q1(r, c):
    ph = "byggelovens § 30"
    return dict(law="byggeloven § 30: byggesagsgebyr med hjemmel (lovligt)",
        title="Byggesagsgebyrer 2024",
        sections=[("Sagsfremstilling", [P("Kommunen opkræver gebyr for behandling af byggesager efter %s og bygningsreglementet. Timeprisen fastsættes til %d kr. for 2024." % (ph, r.choice([680, 712, 745])))]),
            ("Indstilling", [P("at timeprisen godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def fee_q2(r, c):
    ph = "affaldsbekendtgørelsen"
    return dict(law="miljøbeskyttelsesloven § 48 / affaldsbekendtgørelsen: affaldsgebyr med hjemmel (lovligt)",
        title="Affaldsgebyrer 2024",
        sections=[("Sagsfremstilling", [P("Affaldsgebyrerne fastsættes efter miljøbeskyttelseslovens § 48 og %s, så ordningerne hviler i sig selv. Standardgebyret for en husstand stiger med %d kr." % (ph, r.randint(80, 240)))]),
            ("Indstilling", [P("at gebyrerne godkendes.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


# ---------------------------------------------------------------- 14 complaint guidance
def comp_guid_f1(r, c):
    ph = "Afgørelsen kan ikke påklages"
    return dict(law="forvaltningsloven § 25 / retssikkerhedsloven § 60 (forkert oplysning om klageadgang)",
        title="Ansøgning om støtte til bil efter servicelovens § 114",
        sections=[("Sagsfremstilling", [P("Ansøgeren har søgt om støtte til køb af bil. Forvaltningen har vurderet, at betingelserne ikke er opfyldt, da ansøgerens funktionsnedsættelse ikke i væsentlig grad forringer evnen til at færdes. Sagen forelægges, da ansøgeren har bedt om politisk behandling.")]),
            ("Indstilling", [P("at ansøgningen afslås.")])],
        earlier=[], decision=["Afslået. " + ph + " til anden administrativ myndighed."], phrase=ph)


def comp_guid_f2(r, c):
    ph = "klage inden 8 uger"
    return dict(law="retssikkerhedsloven § 67 (klagefristen er 4 uger; forkert frist)",
        title="Afgørelse om tilskud til handicapbil - genbehandling",
        sections=[("Sagsfremstilling", [P("Ansøgningen er genbehandlet efter hjemvisning fra Ankestyrelsen.")]),
            ("Indstilling", [P("at ansøgningen imødekommes delvist.")]),
            ("Klagevejledning", [P("Ansøgeren kan indgive %s efter modtagelsen af afgørelsen til Ankestyrelsen." % ph)])],
        earlier=[], decision=["Godkendt."], phrase=ph)


def comp_guid_f3(r, c):
    ph = "direkte til Ankestyrelsen"
    return dict(law="retssikkerhedsloven § 66 (klagen skal indgives til kommunen til genvurdering)",
        title="Afslag på ansøgning om merudgifter til børn",
        sections=[("Sagsfremstilling", [P("Forældrene har søgt om dækning af merudgifter efter servicelovens § 41 til særlig kost. Forvaltningen vurderer, at udgiften ikke er en nødvendig merudgift.")]),
            ("Indstilling", [P("at ansøgningen afslås.")])],
        earlier=[], decision=["Afslået. Forældrene orienteres om, at en klage skal sendes " + ph + " inden fire uger."], phrase=ph)


def comp_guid_q1(r, c):
    ph = "Klagen skal sendes til kommunen"
    return dict(law="retssikkerhedsloven §§ 66-67: korrekt klagevejledning (lovligt)",
        title="Afslag på støtte til boligindretning - politisk behandling",
        sections=[("Sagsfremstilling", [P("Ansøgeren har bedt om politisk behandling af afslaget på ombygning af badeværelse.")]),
            ("Indstilling", [P("at afslaget fastholdes.")])],
        earlier=[],
        decision=["Afslaget fastholdt. Afgørelsen kan påklages til Ankestyrelsen. " + ph + " inden fire uger efter, at afgørelsen er modtaget, jf. retssikkerhedslovens §§ 66 og 67."], phrase=ph)


def comp_guid_q2(r, c):
    ph = "Planklagenævnet inden fire uger"
    return dict(law="planloven § 60: korrekt klagevejledning (lovligt)",
        title="Dispensation fra lokalplan for skiltning",
        sections=[("Sagsfremstilling", [P("Der søges om dispensation til et facadeskilt på 4 m².")]),
            ("Indstilling", [P("at dispensationen meddeles.")]),
            ("Klagevejledning", [P("Afgørelsen kan påklages til " + ph + " efter, at afgørelsen er offentliggjort, jf. planlovens § 58 og § 60.")])],
        earlier=[], decision=["Godkendt."], phrase=ph)


CLASSES = [
    ("fixed_cap", [fixed_f1, fixed_f2, fixed_f3], [fixed_q1, fixed_q2]),
    ("amended_limit", [amend_f1, amend_f2], [amend_q1, amend_q2]),
    ("presumption_of_refusal", [pres_f1, pres_f2, pres_f3], [pres_q1, pres_q2]),
    ("budget_stop", [stop_f1, stop_f2, stop_f3], [stop_q1, stop_q2]),
    ("retroactive_reduction", [retro_f1, retro_f2, retro_f3], [retro_q1, retro_q2]),
    ("named_citizen_health", [named_f1, named_f2], [named_q1, named_q2]),
    ("cpr_number", [cpr_f1, cpr_f2], [cpr_q1, cpr_q2]),
    ("sale_without_offer", [sale_f1, sale_f2, sale_f3], [sale_q1, sale_q2]),
    ("single_company_support", [comp_f1, comp_f2, comp_f3], [comp_q1, comp_q2]),
    ("closed_without_reason", [closed_f1, closed_f2], [closed_q1, closed_q2]),
    ("no_council_hearing", [hear_f1, hear_f2], [hear_q1, hear_q2]),
    ("unlawful_delegation", [deleg_f1, deleg_f2, deleg_f3], [deleg_q1, deleg_q2]),
    ("inhabil_took_part", [inhab_f1, inhab_f2], [inhab_q1, inhab_q2]),
    ("fee_without_basis", [fee_f1, fee_f2], [fee_q1, fee_q2]),
    ("complaint_guidance", [comp_guid_f1, comp_guid_f2, comp_guid_f3], [comp_guid_q1, comp_guid_q2]),
]
LAWS = {"fixed_cap": "serviceloven", "amended_limit": "serviceloven", "presumption_of_refusal": "serviceloven",
        "budget_stop": "serviceloven", "retroactive_reduction": "forvaltningsloven",
        "named_citizen_health": "persondataretten", "cpr_number": "persondataretten",
        "sale_without_offer": "udbudsbekendtgørelsen / kommunalfuldmagten",
        "single_company_support": "kommunalfuldmagten", "closed_without_reason": "kommunestyrelsesloven",
        "no_council_hearing": "serviceloven", "unlawful_delegation": "kommunestyrelsesloven",
        "inhabil_took_part": "forvaltningsloven", "fee_without_basis": "kommunalfuldmagten",
        "complaint_guidance": "forvaltningsloven"}


# Holdout wording: the same case told in other words, so the two halves do not share phrasing.
# variant -> [(text in the dev wording, text in the holdout wording)]; the first pair's new text
# holds the holdout phrase.
ALT = {
    "fixed_cap_f1": [("tildeles fremover en fast ydelse på én time hver 14. dag", "får fremover tildelt én time hver anden uge, og tildelingen er den samme for alle")],
    "fixed_cap_f2": [("Der kan ikke bevilges ud over de angivne rammer", "Niveauerne er maksimale og kan ikke fraviges")],
    "fixed_cap_f3": [("uanset den enkeltes behov", "også selv om behovet i den konkrete sag er større")],
    "fixed_cap_q1": [("Serviceniveauet er vejledende", "Niveauet er et pejlemærke")],
    "amended_limit_f1": [("højst to døgn om måneden", "maksimalt 48 timer pr. måned")],
    "amended_limit_f2": [("med den tilføjelse, at der maksimalt kan bevilges to ugentlige bade", "idet det blev tilføjet, at bad højst kan bevilges to gange om ugen")],
    "amended_limit_q1": [("Ændringsforslaget blev forkastet", "Forslaget faldt")],
    "presumption_of_refusal_f1": [("som udgangspunkt ikke hjælp til rengøring", "normalt ikke rengøring, medmindre helt særlige forhold gør sig gældende")],
    "presumption_of_refusal_f2": [("imødekommes kun undtagelsesvis", "alene imødekommes i ganske særlige tilfælde")],
    "presumption_of_refusal_f3": [("vil blive meddelt afslag", "afvises administrativt")],
    "budget_stop_f1": [("indtil budgettet igen er i balance", "indtil der igen er økonomisk balance på området")],
    "budget_stop_f2": [("ikke bevilges nye forløb med aflastning resten af året", "være lukket for nye bevillinger til aflastning frem til nytår")],
    "budget_stop_f3": [("behandles først, når der igen er afsat midler", "lægges på venteliste til budget 2025")],
    "retroactive_reduction_f2": [("med tilbagevirkende kraft fra", "bagudrettet fra")],
    "named_citizen_health_f1": [("er diagnosticeret med sclerose", "har fået konstateret sklerose")],
    "named_citizen_health_f2": [("lider af svær demens", "har en fremskreden demenssygdom")],
    "sale_without_offer_f1": [("sælges til ejeren af naboejendommen for", "overdrages til naboen for en købesum på")],
    "sale_without_offer_f2": [("betinget købsaftale med", "købsaftale med forbehold for politisk godkendelse med")],
    "sale_without_offer_q1": [("har været udbudt offentligt", "har været annonceret til salg i offentligt udbud")],
    "single_company_support_f1": [("kommunegaranti på", "selvskyldnerkaution på")],
    "single_company_support_f2": [("for en symbolsk leje på 1 kr. årligt", "uden betaling af husleje")],
    "single_company_support_f3": [("stilles vederlagsfrit til rådighed for", "udlånes gratis til")],
    "closed_without_reason_f2": [("Punktet behandles for lukkede døre", "Sagen er lukket")],
    "no_council_hearing_f2": [("da tidsplanen ikke giver mulighed for høring", "da sagen skal nå at træde i kraft inden sommerferien")],
    "unlawful_delegation_f1": [("bemyndiges til at fastsætte den endelige udskrivningsprocent", "får kompetence til at træffe beslutning om skatteprocenten")],
    "unlawful_delegation_f2": [("overlader den videre behandling af danmarkskortet", "delegerer den politiske behandling af danmarkskortet")],
    "unlawful_delegation_f3": [("meddele tillægsbevillinger", "give tillægsbevillinger")],
    "inhabil_took_part_f2": [("medindehaver af", "medejer af")],
    "fee_without_basis_f1": [("behandlingsgebyr på", "ansøgningsgebyr på")],
    "fee_without_basis_f2": [("administrationsgebyr", "ekspeditionsgebyr")],
    "complaint_guidance_f1": [("Afgørelsen kan ikke påklages", "Der er ingen klageadgang")],
    "complaint_guidance_f2": [("klage inden 8 uger", "klage inden to måneder")],
    "complaint_guidance_f3": [("direkte til Ankestyrelsen", "til Ankestyrelsen, ikke til kommunen,")],
}


def apply_alt(it, variant):
    """Rewrite a built item in its holdout wording (in place)."""
    pairs = ALT.get(variant)
    if not pairs:
        return it

    def sub(s):
        for a, b in pairs:
            s = s.replace(a, b)
        return s
    before = repr((it["title"], it["sections"], it["decision"]))
    it["title"] = sub(it["title"])
    it["sections"] = [(h, [(b[0], sub(b[1])) if b[0] == "p" else (b[0], [sub(x) for x in b[1]]) if b[0] == "ul"
                           else (b[0], [[sub(c) for c in row] for row in b[1]]) for b in blocks]) for h, blocks in it["sections"]]
    it["decision"] = [sub(x) for x in it["decision"]]
    it["phrase"] = sub(it["phrase"])
    assert repr((it["title"], it["sections"], it["decision"])) != before, variant
    return it
