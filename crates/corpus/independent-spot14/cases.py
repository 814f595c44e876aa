# -*- coding: utf-8 -*-
"""Agenda items for independent spot corpus 14.

Every case is a function (rnd, ctx) -> dict with
  title, sections [(heading, [block])], decision [block], phrase, law, [why_quiet], [split]
A block is a paragraph string, ("ul", [..]), ("table", header, rows).
ctx: muni, date (datetime.date), body ("Byrådet" ...), nr.
Written from the statutes (serviceloven, retssikkerhedsloven, kommunestyrelsesloven,
forvaltningsloven, udbudsbekendtgørelsen) and the way council secretaries write.
"""
import datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]


def dk(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dots(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


def kr(n):
    s = "{:,}".format(n).replace(",", ".")
    return s + " kr."


def casenr(rnd):
    k = rnd.randrange(4)
    if k == 0:
        return "%02d.%02d.%02d-%s-%d-%02d" % (rnd.choice([0, 27, 29, 82, 85]), rnd.randrange(1, 40), rnd.randrange(0, 20),
                                             rnd.choice(["A00", "G01", "P20", "K07"]), rnd.randrange(1, 900), rnd.choice([24, 25, 26]))
    if k == 1:
        return "EMN-2026-%06d" % rnd.randrange(1000, 99999)
    if k == 2:
        return "%d-2026-%d" % (rnd.choice([306, 410, 512]), rnd.randrange(1000, 99999))
    return "%d" % rnd.randrange(100000, 999999)


def first_of_month(d, back):
    y, m = d.year, d.month - back
    while m < 1:
        m += 12
        y -= 1
    return datetime.date(y, m, 1)


def first_next(d, fwd):
    y, m = d.year, d.month + fwd
    while m > 12:
        m -= 12
        y += 1
    return datetime.date(y, m, 1)


ECON = "Økonomiske konsekvenser"
LAW = "Lovgrundlag"

# ---------------------------------------------------------------- class 1: fixed limit
def c1_f0(r, c):
    return dict(title="Revideret kvalitetsstandard for praktisk hjælp 2026",
        sections=[("Sagsfremstilling", [
            "Social- og Sundhedsudvalget har bedt forvaltningen om at revidere kvalitetsstandarden for praktisk hjælp efter servicelovens § 83. Revisionen skal ses i sammenhæng med budgetaftalen for 2026, hvor der er indarbejdet en besparelse på %s på hjemmeplejen." % kr(r.randrange(18, 40) * 100000),
            "Det fremtidige serviceniveau fremgår af nedenstående skema:",
            ("table", ["Ydelse", "Hyppighed", "Tidsforbrug"], [
                ["Rengøring af bolig", "Hver 3. uge", "Højst 45 minutter"],
                ["Tøjvask", "Hver 2. uge", "Højst 30 minutter"],
                ["Indkøb", "1 gang ugentligt", "Varebestilling via internet"]]),
            "Hjælpen udmåles inden for de angivne rammer. Rammerne kan ikke fraviges, og der bevilges således ikke rengøring oftere end hver 3. uge.",
            ]),
            (ECON, ["Omlægningen forventes at give en helårseffekt på ca. %s." % kr(r.randrange(20, 35) * 100000)])],
        decision=["Godkendt."],
        phrase="Rammerne kan ikke fraviges", law="serviceloven § 83")


def c1_f1(r, c):
    return dict(title="Serviceniveau for ledsagelse efter servicelovens § 97",
        sections=[("Sagens kerne", [
            "Forvaltningen fremlægger forslag til nyt serviceniveau for ledsageordningen. Efter servicelovens § 97 tilbydes personer mellem 18 år og folkepensionsalderen med betydelig og varigt nedsat funktionsevne 15 timers ledsagelse om måneden.",
            "Forvaltningen foreslår, at der fremover bevilges ledsagelse til højst otte timer om måneden, og at ledsagelse alene kan anvendes inden for kommunens grænser. Timer ud over otte timer bevilges ikke."]),
            ("Indstilling", ["Direktøren for Social og Sundhed indstiller,", ("ul", ["at serviceniveauet for ledsagelse fastsættes til højst otte timer om måneden", "at ændringen træder i kraft 1. august 2026"])])],
        decision=["Indstillingen godkendt."],
        phrase="højst otte timer om måneden", law="serviceloven § 97")


def c1_f2(r, c):
    # the limit enters only through an amendment adopted in the decision
    return dict(title="Kvalitetsstandard for genoptræning og vedligeholdelsestræning (§ 86)",
        sections=[("Beskrivelse af sagen", [
            "Kvalitetsstandarden beskriver kommunens tilbud om genoptræning og vedligeholdelsestræning efter servicelovens § 86. Standarden angiver et vejledende forløb på 8-12 træningsgange. Der foretages altid en konkret og individuel vurdering af den enkelte borgers behov."]),
            ("Indstilling", ["Forvaltningen indstiller, at kvalitetsstandarden godkendes."])],
        decision=["Ændringsforslag fra Venstre og Det Konservative Folkeparti: \"Et træningsforløb efter § 86 kan højst omfatte ti træningsgange. Yderligere træning bevilges ikke.\"",
                  "For ændringsforslaget stemte V, C, O og D (16). Imod stemte A, F og Ø (11). Ændringsforslaget blev herefter vedtaget.",
                  "Kvalitetsstandarden blev godkendt med den vedtagne ændring."],
        phrase="højst omfatte ti træningsgange", law="serviceloven § 86", split=True)


def c1_f3(r, c):
    return dict(title="Tildelingsmodel for aflastning til familier med børn med handicap",
        sections=[("Sagsfremstilling", [
            "Børne- og Familieudvalget har den %s drøftet udgiftsudviklingen på området for børn med handicap. Der er udarbejdet en ny tildelingsmodel for aflastning efter servicelovens § 84 (nu barnets lov § 32, stk. 1, nr. 4)." % dk(c["date"] - datetime.timedelta(days=21)),
            ("table", ["Kategori", "Aflastning pr. år"], [
                ["Let", "Tolv døgn"], ["Middel", "Fireogtyve døgn"], ["Svær", "Seksogtredive døgn"]]),
            "Kategorien afgør det samlede antal døgn. Der bevilges ikke aflastning ud over kategoriens loft."]),
            ("Indstilling", ["at tildelingsmodellen godkendes med virkning fra %s." % dk(first_next(c["date"], 2))])],
        decision=["Et flertal (A, V, C) godkendte indstillingen. Ø og SF stemte imod."],
        phrase="Der bevilges ikke aflastning ud over kategoriens loft", law="barnets lov § 32")


def c1_q0(r, c):
    return dict(title="Kvalitetsstandard for personlig pleje og praktisk hjælp 2026",
        sections=[("Sagsfremstilling", [
            "Kvalitetsstandarden er revideret og beskriver det vejledende serviceniveau for hjælp efter servicelovens § 83.",
            ("table", ["Ydelse", "Vejledende hyppighed"], [["Rengøring", "Hver 2. uge"], ["Tøjvask", "Hver 2. uge"], ["Indkøb", "1 gang ugentligt"]]),
            "Serviceniveauet er vejledende. Der foretages altid en konkret og individuel vurdering af borgerens behov, og hjælpen kan gives oftere eller i større omfang, hvis borgerens situation tilsiger det."]),
            ("Indstilling", ["at kvalitetsstandarden godkendes."])],
        decision=["Godkendt."], phrase="altid en konkret og individuel vurdering", law="serviceloven § 83",
        why_quiet="vejledende niveau med udtrykkelig individuel vurdering")


def c1_q1(r, c):
    return dict(title="Ledsageordning – vejledende serviceniveau",
        sections=[("Sagens kerne", [
            "Ledsagelse efter servicelovens § 97 udgør op til 15 timer om måneden. Forvaltningen har beskrevet et vejledende serviceniveau, hvor de fleste borgere forventes at få bevilget mellem otte og femten timer.",
            "Antallet af timer fastsættes efter en individuel vurdering af den enkelte borgers behov og kan ikke begrænses af det vejledende niveau."])],
        decision=["Godkendt som indstillet."], phrase="fastsættes efter en individuel vurdering", law="serviceloven § 97",
        why_quiet="vejledende niveau, individuel vurdering")


def c1_q2(r, c):
    return dict(title="Kvalitetsstandard for madservice",
        sections=[("Beskrivelse af sagen", ["Madservice efter servicelovens § 83 leveres som kølemad to gange om ugen. Standarden er vejledende."]),
            ("Indstilling", ["at kvalitetsstandarden godkendes."])],
        decision=["Ændringsforslag fra SF om tilføjelse af sætningen \"Borgere, der efter en individuel vurdering har behov for varm mad dagligt, kan få dette\" blev vedtaget uden afstemning.", "Kvalitetsstandarden godkendt med ændringen."],
        phrase="efter en individuel vurdering har behov for varm mad", law="serviceloven § 83",
        why_quiet="ændringsforslaget tilføjer individuel vurdering")


def c1_q3(r, c):
    return dict(title="Tildelingskriterier for aflastning – vejledende niveau",
        sections=[("Sagsfremstilling", [
            ("table", ["Kategori", "Vejledende antal døgn pr. år"], [["Let", "12"], ["Middel", "24"], ["Svær", "36"]]),
            "Antal døgn er vejledende. Familiens samlede situation vurderes altid konkret, og der kan bevilges flere døgn, hvis barnets eller familiens behov tilsiger det."])],
        decision=["Anbefales over for Byrådet. Godkendt."], phrase="der kan bevilges flere døgn", law="barnets lov § 32",
        why_quiet="vejledende tabel med mulighed for fravigelse")


# ---------------------------------------------------------------- class 2: presumption of refusal
def c2_f0(r, c):
    return dict(title="Retningslinjer for enkeltydelser efter aktivlovens § 81",
        sections=[("Sagsfremstilling", [
            "Udgifterne til enkeltydelser er steget med %d pct. fra 2024 til 2025. Forvaltningen har derfor udarbejdet retningslinjer for behandling af ansøgninger om hjælp til rimeligt begrundede enkeltudgifter." % r.randrange(12, 30),
            "Hovedreglen er, at ansøgninger om hjælp til tandbehandling, briller og flytning afslås, medmindre ansøgeren kan dokumentere, at udgiften ikke kunne forudses."])],
        decision=["Godkendt."], phrase="Hovedreglen er, at ansøgninger om hjælp til tandbehandling", law="aktivloven § 81")


def c2_f1(r, c):
    return dict(title="Praksis for dækning af merudgifter til voksne (§ 100)",
        sections=[("Sagens kerne", ["Social- og Sundhedsudvalget har bedt om en beskrivelse af praksis ved dækning af nødvendige merudgifter efter servicelovens § 100."]),
            ("Beskrivelse af sagen", ["Ansøgninger om merudgifter til kost og tøjslid vil normalt ikke blive imødekommet, da udgifterne anses for dækket af den almindelige forsørgelse. Ansøgninger om befordring imødekommes kun ved kørsel til behandling."]),
            ("Indstilling", ["at praksisbeskrivelsen godkendes og lægges på kommunens hjemmeside."])],
        decision=["Indstillingen godkendt."], phrase="vil normalt ikke blive imødekommet", law="serviceloven § 100")


def c2_f2(r, c):
    return dict(title="Boligindretning – prioritering af ansøgninger",
        sections=[("Redegørelse", ["Ventetiden på boligindretning efter servicelovens § 116 er steget til 34 uger. Forvaltningen foreslår en prioritering."]),
            ("Indstilling", ["at ansøgninger om udvidelse af badeværelser som udgangspunkt afvises, og at der henvises til hjælpemidler", "at ansøgninger om automatiske døråbnere kun behandles for kørestolsbrugere"])],
        decision=["Udvalget for Sundhed og Ældre, %s:" % dk(c["date"] - datetime.timedelta(days=14)), "Anbefales.", "Byrådets beslutning:", "Godkendt."],
        phrase="som udgangspunkt afvises", law="serviceloven § 116")


def c2_f3(r, c):
    return dict(title="Retningslinjer for kørsel til læge og speciallæge",
        sections=[("Sagsfremstilling", ["Efter sundhedslovens § 170 har pensionister ret til befordring eller befordringsgodtgørelse til alment praktiserende læge under visse betingelser.",
            "Med de nye retningslinjer lægges der op til, at ansøgninger om befordring i taxa generelt ikke bevilges, og at borgerne henvises til flextrafik."])],
        decision=["Godkendt med 18 stemmer for og 9 imod (Ø, SF og Å)."], phrase="generelt ikke bevilges", law="sundhedsloven § 170")


def c2_q0(r, c):
    return dict(title="Kriterier for enkeltydelser – opdatering",
        sections=[("Sagsfremstilling", ["Forvaltningen har opdateret beskrivelsen af de kriterier, der indgår i vurderingen af ansøgninger om enkeltydelser efter aktivlovens § 81: om udgiften er rimeligt begrundet, om ansøgeren har kunnet forudse den, og om der er økonomisk mulighed for at afholde den selv.",
            "Alle ansøgninger vurderes konkret og individuelt ud fra ansøgerens samlede situation. Kriterierne er ikke udtømmende."])],
        decision=["Taget til efterretning."], phrase="vurderes konkret og individuelt", law="aktivloven § 81",
        why_quiet="kriterier med individuel vurdering")


def c2_q1(r, c):
    return dict(title="Praksisbeskrivelse – merudgifter efter servicelovens § 100",
        sections=[("Beskrivelse af sagen", ["Praksisbeskrivelsen angiver de typer udgifter, der ofte indgår i merudgiftsberegningen, fx medicin, kost og transport. Om en udgift dækkes, afgøres altid ud fra en konkret vurdering af borgerens behov og funktionsnedsættelse."])],
        decision=["Godkendt."], phrase="afgøres altid ud fra en konkret vurdering", law="serviceloven § 100",
        why_quiet="individuel vurdering")


def c2_q2(r, c):
    return dict(title="Boligindretning – servicemål for sagsbehandlingstid",
        sections=[("Redegørelse", ["Det foreslås, at sagsbehandlingstiden for boligindretning nedsættes til 16 uger. Hver ansøgning vurderes individuelt ud fra borgerens funktionsevne; der indføres ikke begrænsninger i, hvilke ændringer der kan søges om."])],
        decision=["Godkendt."], phrase="Hver ansøgning vurderes individuelt", law="serviceloven § 116",
        why_quiet="ingen formodning for afslag")


def c2_q3(r, c):
    return dict(title="Befordring til læge – orientering om praksis",
        sections=[("Sagsfremstilling", ["Hovedreglen er, at der ydes befordringsgodtgørelse svarende til billigste forsvarlige befordringsmåde, jf. sundhedslovens § 170. Om taxa er nødvendig, vurderes konkret i hver enkelt sag ud fra borgerens helbred."])],
        decision=["Orienteringen taget til efterretning."], phrase="vurderes konkret i hver enkelt sag", law="sundhedsloven § 170",
        why_quiet="hovedregel følger loven, konkret vurdering")


# ---------------------------------------------------------------- class 3: benefit to one private company
def c3_f0(r, c):
    return dict(title="Kommunegaranti for lån til Vestkyst Hotel Drift ApS",
        sections=[("Sagsfremstilling", ["Vestkyst Hotel Drift ApS driver hotellet ved stranden og har søgt kommunen om en garanti for et byggelån på %s til renovering af hotellets konferencefaciliteter. Selskabet oplyser, at banken kun vil yde lånet mod kommunal garanti." % kr(r.randrange(40, 90) * 100000),
            "Hotellet har 38 ansatte og har betydning for turismen i kommunen."]),
            ("Indstilling", ["at kommunen stiller selvskyldnerkaution for lånet", "at garantiprovisionen fastsættes til 0,5 pct. årligt"])],
        decision=["Godkendt."], phrase="stiller selvskyldnerkaution for lånet", law="kommunalfuldmagten")


def c3_f1(r, c):
    return dict(title="Lejeaftale – Pavillonen i Byparken",
        sections=[("Sagsfremstilling", ["Caféselskabet Parkpavillonen IVS har siden 2019 lejet pavillonen i Byparken. Lejeaftalen udløber 30. juni 2026. Forvaltningen har forhandlet en ny aftale for perioden 2026-2036.",
            ("table", ["Vilkår", "Nuværende aftale", "Ny aftale"], [["Årlig leje", kr(86000), "1 kr."], ["Varme og el", "Lejer", "Kommunen"], ["Opsigelse", "6 måneder", "Uopsigelig i 10 år"]]),
            "Det er forvaltningens vurdering, at caféen bidrager til livet i parken."])],
        decision=["Godkendt."], phrase="Årlig leje", law="kommunalfuldmagten / markedsleje", split=True)


def c3_f2(r, c):
    return dict(title="Ansøgning fra Nordfisk A/S om fritagelse for byggesagsgebyr",
        sections=[("Sagens kerne", ["Nordfisk A/S har ansøgt om fritagelse for byggesagsgebyr på %s i forbindelse med opførelse af en ny fabrikshal på havnen." % kr(r.randrange(60, 180) * 1000)]),
            ("Indstilling", ["Forvaltningen indstiller, at ansøgningen afslås, da gebyret opkræves efter kommunens gebyrregulativ."])],
        decision=["Ændringsforslag fra borgmesteren: at Nordfisk A/S fritages for gebyret under hensyn til de 60 nye arbejdspladser.", "Ændringsforslaget blev vedtaget med 17 stemmer mod 10."],
        phrase="at Nordfisk A/S fritages for gebyret", law="byggeloven § 28 / ligebehandling")


def c3_f3(r, c):
    return dict(title="Tilskud til Dagligvarebutikken i Søby ApS",
        sections=[("Sagsfremstilling", ["Dagligvarebutikken i Søby ApS har meddelt, at butikken lukker 1. september 2026, hvis der ikke findes en løsning på underskuddet. Butikken er den sidste i byen.",
            "Forvaltningen foreslår et tilskud på %s til dækning af driftsunderskud for 2026, finansieret af puljen til uforudsete udgifter." % kr(r.randrange(3, 6) * 100000)])],
        decision=["Et enigt Byråd godkendte tilskuddet."], phrase="tilskud på", law="kommunalfuldmagten")


def c3_q0(r, c):
    return dict(title="Tilskud til Erhvervshus og lokal erhvervsservice 2026",
        sections=[("Sagsfremstilling", ["Kommunen yder tilskud til den lokale erhvervsservice efter lov om erhvervsfremme § 13. Erhvervsservicen er åben for alle virksomheder i kommunen og yder gratis vejledning til iværksættere og etablerede virksomheder.",
            "Tilskuddet for 2026 udgør %s." % kr(r.randrange(18, 30) * 100000)])],
        decision=["Godkendt."], phrase="lov om erhvervsfremme § 13", law="erhvervsfremmeloven",
        why_quiet="hjemmel citeret, ordningen åben for alle")


def c3_q1(r, c):
    return dict(title="Genudlejning af Pavillonen i Byparken",
        sections=[("Sagsfremstilling", ["Pavillonen har været annonceret til leje på kommunens hjemmeside i fire uger. Der er modtaget tre tilbud. Det højeste tilbud er fra Parkcafé ApS med en årlig leje på %s, som svarer til den markedsleje, en ekstern valuar har vurderet." % kr(r.randrange(80, 120) * 1000)])],
        decision=["Godkendt."], phrase="svarer til den markedsleje", law="markedsleje",
        why_quiet="markedsleje efter udbud")


def c3_q2(r, c):
    return dict(title="Landsbypuljen 2026 – fordeling",
        sections=[("Sagsfremstilling", ["Landsbypuljen på %s har været slået op i %s. Alle foreninger og virksomheder i landdistrikterne kunne søge efter de kriterier, Byrådet vedtog i 2024. Der er modtaget 14 ansøgninger." % (kr(750000), MONTHS[(c["date"] - datetime.timedelta(days=60)).month - 1] + " " + str((c["date"] - datetime.timedelta(days=60)).year)),
            ("table", ["Ansøger", "Formål", "Tilskud"], [["Søby Borgerforening", "Shelterplads", kr(120000)], ["Dagligvarebutikken i Søby ApS", "Pakkeautomat og ladestander", kr(65000)], ["Vestby Idrætsforening", "Nyt tag på klubhus", kr(200000)]])])],
        decision=["Godkendt."], phrase="Alle foreninger og virksomheder i landdistrikterne kunne søge", law="generel ordning",
        why_quiet="generel pulje åben for alle")


def c3_q3(r, c):
    return dict(title="Udlejning af ledige lokaler i Rådhusets stueetage",
        sections=[("Lovgrundlag", ["Udlejningen sker efter lov om kommuners udlejning af ledige lokaler i kommunale bygninger, som tillader udlejning til markedsleje."]),
            ("Sagsfremstilling", ["Lokalerne udlejes til Revisorgruppen ApS for en treårig periode til en årlig leje på %s, svarende til markedslejen fastsat af en ejendomsmægler." % kr(r.randrange(120, 200) * 1000)])],
        decision=["Godkendt."], phrase="lov om kommuners udlejning af ledige lokaler", law="lov om kommunal udlejning",
        why_quiet="hjemmel og markedsleje")


# ---------------------------------------------------------------- class 4: sale without public offering
def c4_f0(r, c):
    return dict(title="Salg af erhvervsgrund, Industrivej 14",
        sections=[("Sagsfremstilling", ["Tømrerfirmaet Bent Holm & Søn ApS har rettet henvendelse om køb af erhvervsgrunden Industrivej 14 (ca. 6.200 m²) for at udvide virksomheden. Forvaltningen har forhandlet en pris på %s ekskl. moms." % kr(r.randrange(9, 16) * 100000),
            "Køber afholder alle udgifter til udstykning og tinglysning."]),
            ("Indstilling", ["at Industrivej 14 sælges til Tømrerfirmaet Bent Holm & Søn ApS på de forhandlede vilkår"])],
        decision=["Godkendt."], phrase="sælges til Tømrerfirmaet Bent Holm & Søn ApS", law="kommunestyrelsesloven § 68 / udbudsbekendtgørelsen")


def c4_f1(r, c):
    return dict(title="Salg af den tidligere skole i Vester Åby",
        sections=[("Sagsfremstilling", ["Den tidligere skole har stået tom siden sommeren 2024. Et lokalt selskab, Åby Fællesskab ApS, ønsker at købe bygningen for %s og omdanne den til boliger." % kr(r.randrange(12, 25) * 100000),
            "Prisen er fastsat på baggrund af en vurdering fra en lokal ejendomsmægler."]),
            ("Bilag", [("ul", ["Købstilbud fra Åby Fællesskab ApS", "Mæglervurdering af %s" % dots(c["date"] - datetime.timedelta(days=35)), "Situationsplan"])])],
        decision=["Byrådet godkendte salget til Åby Fællesskab ApS."], phrase="Byrådet godkendte salget til Åby Fællesskab ApS", law="udbudsbekendtgørelsen", split=True)


def c4_f2(r, c):
    return dict(title="Langtidsforpagtning af landbrugsjord ved Kærgården",
        sections=[("Sagsfremstilling", ["Kommunen ejer 42 ha landbrugsjord ved Kærgården. Den nuværende forpagter, gårdejer Niels Kær, ønsker at forlænge forpagtningen med 15 år. Forpagtningsafgiften foreslås uændret på 2.100 kr. pr. ha."]),
            ("Indstilling", ["at forpagtningen forlænges til 2041 med den nuværende forpagter"])],
        decision=["Godkendt."], phrase="forlænges til 2041 med den nuværende forpagter", law="udbudsbekendtgørelsen (udleje)")


def c4_f3(r, c):
    return dict(title="Overdragelse af byggegrunde på Engvej til Bolig Nord A/S",
        sections=[("Sagens kerne", ["Bolig Nord A/S vil opføre 24 rækkehuse til udlejning på kommunens arealer ved Engvej. Selskabet har tilbudt %s for arealet." % kr(r.randrange(30, 60) * 100000)]),
            ("Indstilling", ["at der indgås betinget købsaftale med Bolig Nord A/S"])],
        decision=["Anbefales. Godkendt af Byrådet med 20 stemmer for, 5 imod og 2 der undlod at stemme."], phrase="indgås betinget købsaftale med Bolig Nord A/S", law="udbudsbekendtgørelsen")


def c4_q0(r, c):
    return dict(title="Salg af erhvervsgrund, Industrivej 16 – resultat af udbud",
        sections=[("Sagsfremstilling", ["Grunden har været udbudt ved offentligt udbud med annoncering på kommunens hjemmeside og i dagspressen i perioden %s - %s, jf. bekendtgørelse om offentligt udbud ved salg af kommunens faste ejendomme. Der er indkommet tre bud. Det højeste bud er på %s." % (dk(c["date"] - datetime.timedelta(days=70)), dk(c["date"] - datetime.timedelta(days=42)), kr(r.randrange(9, 16) * 100000))])],
        decision=["Salget til højestbydende godkendt."], phrase="udbudt ved offentligt udbud", law="udbudsbekendtgørelsen",
        why_quiet="offentligt udbud gennemført")


def c4_q1(r, c):
    return dict(title="Salg af restareal ved Kirkestien 3",
        sections=[("Sagsfremstilling", ["Ejeren af Kirkestien 3 ønsker at købe et restareal på 85 m², som ligger mellem ejendommen og stien. Arealet kan ikke bebygges selvstændigt og har alene interesse for naboejendommen.",
            "Salget kan ske uden offentligt udbud, da der er tale om et mindre areal, der ikke kan udnyttes selvstændigt, jf. udbudsbekendtgørelsens undtagelse for mindre arealer. Prisen er fastsat til markedsværdi ved en vurdering."])],
        decision=["Godkendt."], phrase="undtagelse for mindre arealer", law="udbudsbekendtgørelsen",
        why_quiet="citeret undtagelse")


def c4_q2(r, c):
    return dict(title="Udbud af landbrugsjord ved Kærgården",
        sections=[("Sagsfremstilling", ["Forpagtningen af kommunens jord ved Kærgården udløber. Forvaltningen foreslår, at jorden udbydes offentligt til forpagtning for en periode på 5 år, og at den højeste forpagtningsafgift antages."])],
        decision=["Godkendt."], phrase="udbydes offentligt til forpagtning", law="udbudsbekendtgørelsen",
        why_quiet="offentligt udbud")


def c4_q3(r, c):
    return dict(title="Salg af adgangsareal ved Engvej 7",
        sections=[("Sagsfremstilling", ["Kommunen ejer et areal på ca. 240 m² mellem Engvej og ejendommen Engvej 7. Arealet er belastet af en tinglyst deklaration om vejret og ledninger og kan alene anvendes som adgangsvej til Engvej 7.",
            "Da der er tale om en ejendom med en særlig begrænsning i anvendelsen, kan salget ske uden offentligt udbud efter udbudsbekendtgørelsens undtagelse herfor. Prisen på %s er fastsat af en uvildig valuar." % kr(r.randrange(20, 60) * 1000)])],
        decision=["Godkendt."], phrase="ejendom med en særlig begrænsning i anvendelsen", law="udbudsbekendtgørelsen",
        why_quiet="citeret undtagelse")


# ---------------------------------------------------------------- class 5: personal data in open minutes
def c5_f0(r, c):
    return dict(title="Klage over afslag på støtte til handicapbil",
        sections=[("Sagsfremstilling", ["Karen Margrethe Lund, Bøgevej 7, har klaget over afslaget på støtte til køb af bil efter servicelovens § 114. Karen Margrethe Lund har sclerose og er afhængig af kørestol. Hendes søn har oplyst, at hun har haft flere indlæggelser på psykiatrisk afdeling i 2025.",
            "Forvaltningen fastholder afslaget og sender sagen videre til Ankestyrelsen."])],
        decision=["Taget til efterretning."], phrase="Karen Margrethe Lund har sclerose", law="databeskyttelsesforordningen art. 9 / offentlighed")


def c5_f1(r, c):
    return dict(title="Orientering om magtanvendelse på botilbuddet Solgården",
        sections=[("Sagsfremstilling", ["Der er i 4. kvartal 2025 registreret 11 magtanvendelser. Heraf vedrører 7 beboeren Thomas Vinther (f. 1991), der har diagnosen infantil autisme og svær udviklingshæmning. Der er udarbejdet en handleplan for at nedbringe antallet.",
            ("table", ["Beboer", "Antal", "Type"], [["Thomas Vinther", "7", "Fastholdelse"], ["Øvrige (anonymiseret)", "4", "Fastholdelse / alarm"]])])],
        decision=["Orienteringen taget til efterretning."], phrase="Thomas Vinther", law="databeskyttelse / offentlighed")


def c5_f2(r, c):
    return dict(title="Ansøgning om dispensation – Hans Jørgen Bak",
        sections=[("Sagens kerne", ["Hans Jørgen Bak søger om dispensation fra kravet om opholdsareal i forbindelse med ombygning af sin bolig. Ansøger oplyser, at han modtager behandling for alkoholafhængighed og har brug for en ekstra stue til sin bostøtte."])],
        decision=["Dispensation meddelt."], phrase="modtager behandling for alkoholafhængighed", law="databeskyttelse / offentlighed")


def c5_f3(r, c):
    return dict(title="Borgerhenvendelse om tvangsfjernelse",
        sections=[("Sagsfremstilling", ["Byrådet har modtaget en henvendelse fra Line og Mads Kristoffersen, hvis datter Emma (9 år) blev anbragt uden for hjemmet i november 2025. Familien er kendt i forvaltningen for misbrug og vold i hjemmet. Henvendelsen er vedlagt som bilag."])],
        decision=["Henvendelsen oversendes til Børne- og Familieudvalget."], phrase="Line og Mads Kristoffersen", law="offentlighed / tavshedspligt")


def c5_q0(r, c):
    return dict(title="Klage over afslag på støtte til bil – anonymiseret",
        sections=[("Sagsfremstilling", ["En borger har klaget over afslag på støtte til køb af bil efter servicelovens § 114. Oplysninger om borgerens helbred fremgår af den lukkede sagsakt. Forvaltningen har genvurderet sagen og fastholder afslaget; sagen sendes til Ankestyrelsen.",
            "Journalnr. 150382-4417."])],
        decision=["Taget til efterretning."], phrase="Journalnr. 150382-4417", law="offentlighed",
        why_quiet="anonymiseret; journalnummer formet som CPR-nummer")


def c5_q1(r, c):
    return dict(title="Orientering om magtanvendelse 4. kvartal 2025",
        sections=[("Sagsfremstilling", ["Der er registreret 11 magtanvendelser på kommunens botilbud. Oplysningerne er anonymiseret.",
            ("table", ["Tilbud", "Antal", "Heraf fastholdelse"], [["Solgården", "7", "6"], ["Engbo", "4", "2"]])])],
        decision=["Taget til efterretning."], phrase="Oplysningerne er anonymiseret", law="offentlighed",
        why_quiet="anonymiseret")


def c5_q2(r, c):
    return dict(title="Ansøgning om dispensation – Møllevej 4",
        sections=[("Sagens kerne", ["Ejeren af Møllevej 4, Hans Jørgen Bak, søger om dispensation fra lokalplanens bestemmelse om tagform for at opføre en carport med fladt tag. Naboerne er hørt uden bemærkninger."])],
        decision=["Dispensation meddelt."], phrase="Hans Jørgen Bak, søger om dispensation", law="offentlighed",
        why_quiet="navn uden følsomme oplysninger")


def c5_q3(r, c):
    return dict(title="Personsag – klage over anbringelse", closed="personsag",
        sections=[("Lukket punkt", ["Sagen behandles for lukkede døre, da den indeholder oplysninger om enkeltpersoners rent private forhold, jf. kommunestyrelseslovens § 10 og offentlighedslovens § 30, nr. 1."])],
        decision=["Behandlet."], phrase="oplysninger om enkeltpersoners rent private forhold", law="kommunestyrelsesloven § 10",
        why_quiet="lukket punkt med grund")


# ---------------------------------------------------------------- class 6: retroactive reduction
def c6_f0(r, c):
    eff = first_of_month(c["date"], 2)
    return dict(title="Nedsættelse af tilskud til privat pasning",
        sections=[("Sagsfremstilling", ["Som led i budgetopfølgningen foreslås tilskuddet til privat pasning efter dagtilbudslovens § 80 nedsat.",
            ("table", ["Aldersgruppe", "Tilskud pr. måned i dag", "Nyt tilskud", "Virkning fra"], [["0-2 år", kr(6850), kr(5900), dots(eff)], ["3-5 år", kr(3720), kr(3200), dots(eff)]])]),
            ("Indstilling", ["at tilskuddet nedsættes som beskrevet i tabellen"])],
        decision=["Godkendt."], phrase=dots(eff), law="forvaltningsret / tilbagevirkende kraft")


def c6_f1(r, c):
    eff = first_of_month(c["date"], 1)
    return dict(title="Ændring af takster for madservice",
        sections=[("Sagsfremstilling", ["Egenbetalingen for madservice hæves, og tilskuddet til borgere med lav indkomst nedsættes fra 30 til 15 kr. pr. hovedret. Ændringen har virkning fra %s." % dk(eff)])],
        decision=["Godkendt."], phrase="virkning fra %s" % dk(eff), law="tilbagevirkende kraft")


def c6_f2(r, c):
    eff = datetime.date(c["date"].year, 1, 1)
    return dict(title="Ny ydelsesstruktur for klippekort i hjemmeplejen",
        sections=[("Sagens kerne", ["Klippekortet reduceres fra en halv time om ugen til en halv time hver 14. dag."]),
            ("Indstilling", ["at klippekortordningen reduceres som beskrevet"])],
        decision=["Godkendt, idet ændringen har virkning fra %s." % dots(eff)], phrase="virkning fra %s" % dots(eff), law="tilbagevirkende kraft")


def c6_f3(r, c):
    eff = first_of_month(c["date"], 3)
    return dict(title="Justering af kørselsordning for ældre",
        sections=[("Sagsfremstilling", ["Den kommunale kørselsordning til aktivitetscentre reduceres fra fire til to ture om ugen.",
            ("table", ["Ændring", "Ikrafttræden"], [["To ture ugentligt", dots(eff)], ["Egenbetaling 20 kr. pr. tur", dots(eff)]])])],
        decision=["Godkendt."], phrase=dots(eff), law="tilbagevirkende kraft")


def c6_q0(r, c):
    eff = first_next(c["date"], 3)
    return dict(title="Regulering af tilskud til privat pasning",
        sections=[("Sagsfremstilling", [("table", ["Aldersgruppe", "Tilskud i dag", "Nyt tilskud", "Virkning fra"], [["0-2 år", kr(6850), kr(6200), dots(eff)], ["3-5 år", kr(3720), kr(3450), dots(eff)]]),
            "Forældre orienteres skriftligt senest tre måneder før ændringen."])],
        decision=["Godkendt."], phrase=dots(eff), law="fremadrettet virkning",
        why_quiet="fremtidig virkningsdato")


def c6_q1(r, c):
    eff = first_next(c["date"], 2)
    return dict(title="Takster for madservice",
        sections=[("Sagsfremstilling", ["Tilskuddet til borgere med lav indkomst nedsættes fra 30 til 20 kr. pr. hovedret med virkning fra %s." % dk(eff)])],
        decision=["Godkendt."], phrase="virkning fra %s" % dk(eff), law="fremadrettet virkning",
        why_quiet="fremtidig virkningsdato")


def c6_q2(r, c):
    eff = first_of_month(c["date"], 2)
    return dict(title="Forhøjelse af tilskud til fritidspas",
        sections=[("Sagsfremstilling", ["Tilskuddet til fritidspas forhøjes fra 1.000 kr. til 1.500 kr. pr. barn med virkning fra %s, så også allerede udstedte pas omfattes." % dots(eff)])],
        decision=["Godkendt."], phrase="forhøjes fra 1.000 kr. til 1.500 kr.", law="begunstigende tilbagevirkning",
        why_quiet="tilbagevirkende forhøjelse, ikke nedsættelse")


def c6_q3(r, c):
    eff = first_next(c["date"], 4)
    return dict(title="Kørselsordning for ældre – ny model",
        sections=[("Sagsfremstilling", [("table", ["Ændring", "Ikrafttræden"], [["To ture ugentligt", dots(eff)], ["Egenbetaling 20 kr. pr. tur", dots(eff)]])])],
        decision=["Godkendt."], phrase=dots(eff), law="fremadrettet",
        why_quiet="fremtidig virkningsdato")


# ---------------------------------------------------------------- class 7: closed item without ground
def c7_f0(r, c):
    return dict(title="Status på byggeriet af ny svømmehal", closed="",
        sections=[("Lukket punkt", ["Sagen er behandlet på lukket møde."])],
        decision=["Taget til efterretning."], phrase="Sagen er behandlet på lukket møde", law="kommunestyrelsesloven § 10")


def c7_f1(r, c):
    return dict(title="Drøftelse af budgetforudsætninger 2027", closed="",
        sections=[],
        decision=["Drøftet."], phrase="Drøftelse af budgetforudsætninger 2027", law="kommunestyrelsesloven § 10")


def c7_f2(r, c):
    return dict(title="Orientering om trafikplan for bymidten", closed="",
        sections=[("Sagsfremstilling", ["Lukket."])],
        decision=["Orienteringen taget til efterretning."], phrase="Orientering om trafikplan for bymidten", law="kommunestyrelsesloven § 10")


def c7_f3(r, c):
    return dict(title="Fremtidig placering af genbrugsplads", closed="",
        sections=[("Beslutningstema", ["Byrådet skal drøfte mulige placeringer."])],
        decision=["Sagen blev drøftet for lukkede døre. Forvaltningen arbejder videre med placering 2."], phrase="drøftet for lukkede døre", law="kommunestyrelsesloven § 10")


def c7_q0(r, c):
    return dict(title="Personalesag", closed="personsag",
        sections=[("Lukket punkt", ["Sagen behandles for lukkede døre jf. kommunestyrelseslovens § 10, da den vedrører en personalesag."])],
        decision=["Godkendt."], phrase="jf. kommunestyrelseslovens § 10", law="kommunestyrelsesloven § 10",
        why_quiet="grund citeret")


def c7_q1(r, c):
    return dict(title="Køb af ejendom – forhandlingsmandat", closed="kontraktforhold",
        sections=[("Lukket punkt", ["Punktet behandles for lukkede døre, da offentlig behandling vil kunne skade kommunens forhandlingsposition, jf. offentlighedslovens § 33, nr. 3."])],
        decision=["Godkendt."], phrase="skade kommunens forhandlingsposition", law="kommunestyrelsesloven § 10",
        why_quiet="grund citeret")


def c7_q2(r, c):
    return dict(title="Udbud af rengøring – valg af leverandør", closed="kontraktforhold",
        sections=[("Lukket punkt", ["Lukket punkt af hensyn til tilbudsgivernes forretningshemmeligheder, jf. offentlighedslovens § 30, nr. 2."])],
        decision=["Godkendt."], phrase="forretningshemmeligheder", law="kommunestyrelsesloven § 10",
        why_quiet="grund citeret")


def c7_q3(r, c):
    return dict(title="Status på byggeriet af ny svømmehal",
        sections=[("Sagsfremstilling", ["Byggeriet er forsinket ca. 6 uger på grund af frost. Økonomien er fortsat inden for rammen på %s." % kr(r.randrange(80, 140) * 1000000)])],
        decision=["Taget til efterretning."], phrase="Byggeriet er forsinket", law="åbent punkt",
        why_quiet="åbent punkt med samme emne")


# ---------------------------------------------------------------- class 8: hearing of councils
def c8_f0(r, c):
    return dict(title="Omlægning af dagcentertilbud for ældre",
        sections=[("Sagsfremstilling", ["Det foreslås at lukke dagcentret på Skovbrynet og samle aktiviteterne på Lindehuset. Borgere med behov for kørsel får længere transporttid.",
            "Sagen har været drøftet i Sundheds- og Ældreudvalget den %s." % dk(c["date"] - datetime.timedelta(days=20))]),
            (ECON, ["Besparelse på %s årligt." % kr(r.randrange(9, 20) * 100000)]),
            ("Bilag", [("ul", ["Notat om dagcentre", "Kørselsanalyse"])])],
        decision=["Godkendt."], phrase="lukke dagcentret på Skovbrynet", law="retssikkerhedsloven § 30 (ældreråd)")


def c8_f1(r, c):
    return dict(title="Nyt serviceniveau for socialpædagogisk støtte (§ 85)",
        sections=[("Sagsfremstilling", ["Der indføres en ny model, hvor socialpædagogisk støtte som udgangspunkt gives som gruppeforløb. Sagen har af tidsmæssige grunde ikke været sendt i høring."])],
        decision=["Godkendt."], phrase="ikke været sendt i høring", law="retssikkerhedsloven § 37 a (handicapråd)")


def c8_f2(r, c):
    return dict(title="Reduktion af åbningstid på plejecentrenes caféer",
        sections=[("Sagens kerne", ["Åbningstiden nedsættes fra kl. 9-17 til 11-14 på alle fem plejecentre."]),
            ("Høring", ["Plejecentrenes bruger- og pårørenderåd er orienteret."])],
        decision=["Godkendt."], phrase="bruger- og pårørenderåd er orienteret", law="retssikkerhedsloven § 30")


def c8_f3(r, c):
    return dict(title="Ændret visitation til hjælpemidler",
        sections=[("Sagsfremstilling", ["Fremover udleveres enkle hjælpemidler (gribetang, toiletforhøjer, badebænk) ikke længere, men borgerne henvises til selv at købe dem.",
            "Handicaprådet behandler sagen på sit møde den %s." % dk(c["date"] + datetime.timedelta(days=9))])],
        decision=["Godkendt."], phrase="Handicaprådet behandler sagen på sit møde", law="retssikkerhedsloven § 37 a")


def c8_q0(r, c):
    return dict(title="Omlægning af dagcentertilbud – efter høring",
        sections=[("Høring", ["Ældrerådet og Handicaprådet har været hørt. Ældrerådet udtaler, at det kan støtte forslaget, hvis kørselstiden ikke overstiger 45 minutter. Høringssvarene er vedlagt."]),
            ("Bilag", [("ul", ["Høringssvar fra Ældrerådet", "Høringssvar fra Handicaprådet"])])],
        decision=["Godkendt."], phrase="Ældrerådet og Handicaprådet har været hørt", law="retssikkerhedsloven § 30",
        why_quiet="høring gennemført, svar vedlagt")


def c8_q1(r, c):
    return dict(title="Socialpædagogisk støtte – ny model efter høring",
        sections=[("Sagsfremstilling", ["Forslaget har været i høring i Handicaprådet fra %s til %s. Handicaprådets høringssvar er vedlagt som bilag 2, og forvaltningens bemærkninger hertil fremgår af bilag 3." % (dk(c["date"] - datetime.timedelta(days=50)), dk(c["date"] - datetime.timedelta(days=29)))])],
        decision=["Godkendt."], phrase="høring i Handicaprådet", law="retssikkerhedsloven § 37 a",
        why_quiet="høring gennemført")


def c8_q2(r, c):
    return dict(title="Vejbelysning på Ringvejen",
        sections=[("Sagsfremstilling", ["Vejbelysningen udskiftes til LED. Projektet er uden betydning for ældre og handicappede borgeres serviceniveau."])],
        decision=["Godkendt."], phrase="Vejbelysningen udskiftes til LED", law="ingen høringspligt",
        why_quiet="ingen serviceændring")


def c8_q3(r, c):
    return dict(title="Hjælpemidler – ændret visitation",
        sections=[("Høring og sagsgang", ["Handicaprådet og Ældrerådet har afgivet høringssvar den %s. Begge råd tager forslaget til efterretning." % dk(c["date"] - datetime.timedelta(days=12))])],
        decision=["Godkendt."], phrase="har afgivet høringssvar", law="retssikkerhedsloven §§ 30, 37 a",
        why_quiet="høring gennemført")


# ---------------------------------------------------------------- class 9: budget stop / school hearing
def c9_f0(r, c):
    bd = first_of_month(c["date"], 1) - datetime.timedelta(days=1)
    return dict(title="Forventet regnskab for handicapområdet pr. %s" % dk(bd),
        sections=[("Sagsfremstilling", ["Der forventes et merforbrug på %s på handicapområdet." % kr(r.randrange(8, 20) * 1000000),
            "Direktionen har iværksat følgende tiltag:", ("ul", ["Ansættelsesstop i administrationen", "Der bevilges ikke nye botilbud efter servicelovens § 108 resten af 2026", "Kurser og konferencer aflyses"])])],
        decision=["Godkendt."], phrase="Der bevilges ikke nye botilbud", law="serviceloven § 108 / budgethensyn")


def c9_f1(r, c):
    return dict(title="Sammenlægning af Vestre Skole og Søndre Skole",
        sections=[("Sagsfremstilling", ["Vestre Skole nedlægges pr. 1. august 2026, og eleverne overflyttes til Søndre Skole. Skolebestyrelserne er orienteret på et fællesmøde, og deres synspunkter er indgået i sagen."])],
        decision=["Godkendt med 15 stemmer mod 12."], phrase="Skolebestyrelserne er orienteret på et fællesmøde", law="folkeskoleloven § 24 a / styrelsesbekendtgørelsen")


def c9_f2(r, c):
    return dict(title="Økonomisk handleplan 2026",
        sections=[("Sagsfremstilling", ["For at overholde servicerammen indføres et indkøbsstop for hjælpemidler efter servicelovens § 112 frem til 31. december 2026."])],
        decision=["Godkendt."], phrase="indkøbsstop for hjælpemidler", law="serviceloven § 112")


def c9_f3(r, c):
    return dict(title="Ny skolestruktur – endelig vedtagelse",
        sections=[("Sagsfremstilling", ["Forslaget har været drøftet med skolelederne. Forvaltningen har sammenfattet skolebestyrelsernes bekymringer mundtligt. Der er ikke gennemført offentlig høring, da forslaget blev præsenteret på borgermøder i %s." % MONTHS[(c["date"] - datetime.timedelta(days=40)).month - 1]])],
        decision=["Godkendt."], phrase="Der er ikke gennemført offentlig høring", law="styrelsesbekendtgørelsen for folkeskolen")


def c9_q0(r, c):
    bd = first_of_month(c["date"], 1) - datetime.timedelta(days=1)
    return dict(title="Forventet regnskab – status pr. %s" % dk(bd),
        sections=[("Sagsfremstilling", ["Der forventes et merforbrug på handicapområdet. Der indføres ansættelsesstop i administrationen. Ydelser efter serviceloven bevilges fortsat efter en konkret og individuel vurdering af borgerens behov."])],
        decision=["Godkendt."], phrase="bevilges fortsat efter en konkret og individuel vurdering", law="serviceloven",
        why_quiet="stop rammer ikke lovbundne ydelser")


def c9_q1(r, c):
    return dict(title="Sammenlægning af skoler – efter høring",
        sections=[("Sagsfremstilling", ["Forslaget har været i offentlig høring i 8 uger fra %s til %s. Der er indkommet 41 høringssvar, herunder fra begge skolebestyrelser. Høringssvarene er vedlagt." % (dk(c["date"] - datetime.timedelta(days=80)), dk(c["date"] - datetime.timedelta(days=24)))]),
            ("Bilag", [("ul", ["Høringssvar (samlet)", "Høringsnotat"])])],
        decision=["Godkendt."], phrase="offentlig høring i 8 uger", law="styrelsesbekendtgørelsen",
        why_quiet="høring gennemført")


def c9_q2(r, c):
    return dict(title="Anlægsstop for ikke-igangsatte projekter",
        sections=[("Sagsfremstilling", ["Anlægsprojekterne Ny p-plads ved stadion og Renovering af byens springvand sættes i bero til 2027."])],
        decision=["Godkendt."], phrase="sættes i bero til 2027", law="anlæg",
        why_quiet="stop rammer ikke borgernes rettigheder")


def c9_q3(r, c):
    return dict(title="Skolestruktur – udsendelse i høring",
        sections=[("Indstilling", ["at forslaget sendes i offentlig høring i 8 uger, og at skolebestyrelserne høres"])],
        decision=["Godkendt."], phrase="sendes i offentlig høring i 8 uger", law="styrelsesbekendtgørelsen",
        why_quiet="høring igangsat")


# ---------------------------------------------------------------- class 10: delegation
def c10_f0(r, c):
    return dict(title="Budget %d – proces" % (c["date"].year + 1),
        sections=[("Indstilling", ["at Økonomiudvalget bemyndiges til endeligt at vedtage budget %d og fastsætte skatteprocenten, hvis der ikke foreligger et bredt budgetforlig inden 1. oktober %d" % (c["date"].year + 1, c["date"].year)])],
        decision=["Godkendt."], phrase="bemyndiges til endeligt at vedtage budget", law="kommunestyrelsesloven §§ 37-38")


def c10_f1(r, c):
    return dict(title="Årsregnskab 2025 – delegation",
        sections=[("Sagsfremstilling", ["For at fremme sagsgangen foreslås det, at Økonomiudvalget godkender årsregnskabet for 2025 og afgiver påtegning til revisionens beretning på Byrådets vegne."])],
        decision=["Godkendt."], phrase="Økonomiudvalget godkender årsregnskabet", law="kommunestyrelsesloven § 45")


def c10_f2(r, c):
    return dict(title="Kommuneplantillæg nr. 14 – delegation af endelig vedtagelse",
        sections=[("Indstilling", ["at forvaltningen bemyndiges til endeligt at vedtage kommuneplantillæg nr. 14, hvis der ikke indkommer indsigelser"])],
        decision=["Ændringsforslag fra borgmesteren om, at bemyndigelsen også omfatter vedtagelse, selv om der indkommer indsigelser, blev vedtaget."], phrase="bemyndigelsen også omfatter vedtagelse", law="planloven / kommunestyrelsesloven", split=True)


def c10_f3(r, c):
    return dict(title="Lån til energirenovering",
        sections=[("Indstilling", ["at borgmesteren bemyndiges til at optage lån på op til 45 mio. kr. og til at meddele de nødvendige tillægsbevillinger"])],
        decision=["Godkendt."], phrase="meddele de nødvendige tillægsbevillinger", law="kommunestyrelsesloven § 40")


def c10_q0(r, c):
    return dict(title="Delegation af lokalplaner af mindre betydning",
        sections=[("Sagsfremstilling", ["Teknik- og Miljøudvalget bemyndiges til at vedtage lokalplaner af mindre betydning, som ikke giver anledning til indsigelser. Kommuneplantillæg vedtages fortsat af Byrådet."])],
        decision=["Godkendt."], phrase="lokalplaner af mindre betydning", law="kommunestyrelsesloven § 18",
        why_quiet="lovlig delegation")


def c10_q1(r, c):
    return dict(title="Delegationsplan for socialområdet",
        sections=[("Sagsfremstilling", ["Afgørelser i enkeltsager efter serviceloven træffes af forvaltningen inden for de rammer, Byrådet har fastsat."])],
        decision=["Godkendt."], phrase="Afgørelser i enkeltsager efter serviceloven træffes af forvaltningen", law="kommunestyrelsesloven § 18",
        why_quiet="lovlig delegation")


def c10_q2(r, c):
    return dict(title="Budget 2027 – tidsplan",
        sections=[("Sagsfremstilling", ["Budgettet 1. behandles den 9. september og 2. behandles i Byrådet den 8. oktober 2026. Økonomiudvalget udarbejder budgetforslaget."])],
        decision=["Godkendt."], phrase="2. behandles i Byrådet", law="kommunestyrelsesloven § 38",
        why_quiet="rådet vedtager selv")


def c10_q3(r, c):
    return dict(title="Lånoptagelse 2026",
        sections=[("Indstilling", ["at Byrådet meddeler anlægsbevilling og godkender optagelse af lån på 45 mio. kr.", "at Økonomiudvalget bemyndiges til at fastsætte de nærmere lånevilkår"])],
        decision=["Godkendt."], phrase="fastsætte de nærmere lånevilkår", law="kommunestyrelsesloven § 41",
        why_quiet="bevilling i rådet")


# ---------------------------------------------------------------- class 11: inhabil member took part
def c11_f0(r, c):
    return dict(title="Tilskud til Hallerup Golfklub – nyt klubhus",
        sections=[("Sagsfremstilling", ["Hallerup Golfklub søger om anlægstilskud på %s. Klubbens formand er byrådsmedlem Per Kjær (V)." % kr(r.randrange(8, 15) * 100000)])],
        decision=["For stemte: A, V (heriblandt Per Kjær), C og O (22). Imod stemte: Ø og SF (5). Godkendt."],
        phrase="heriblandt Per Kjær", law="forvaltningsloven § 3", split=True)


def c11_f1(r, c):
    return dict(title="Dispensation fra lokalplan – Strandvejen 22",
        sections=[("Sagsfremstilling", ["Ejer af Strandvejen 22 er Lise Dam, som er gift med byrådsmedlem Jens Dam (A). Der søges dispensation til en tagterrasse."])],
        decision=["Fraværende: Ingen.", "Godkendt uden afstemning."], phrase="gift med byrådsmedlem Jens Dam", law="forvaltningsloven § 3")


def c11_f2(r, c):
    return dict(title="Valg af entreprenør til renovering af Nordskolen",
        sections=[("Sagsfremstilling", ["Laveste bud er afgivet af Byg & Anlæg Thy ApS, hvor byrådsmedlem Ole Bruun (C) er direktør og medejer."])],
        decision=["Ole Bruun (C) deltog i drøftelsen, men undlod at stemme.", "Godkendt."], phrase="Ole Bruun (C) deltog i drøftelsen", law="forvaltningsloven § 3")


def c11_f3(r, c):
    return dict(title="Aftale med Borgerforeningen i Nørby om drift af forsamlingshus",
        sections=[("Sagsfremstilling", ["Borgerforeningen i Nørby søger om et årligt driftstilskud. Næstformand i foreningen er byrådsmedlem Anne Sønderby (SF)."])],
        decision=["Et flertal godkendte indstillingen. Anne Sønderby stemte for."], phrase="Anne Sønderby stemte for", law="forvaltningsloven § 3")


def c11_q0(r, c):
    return dict(title="Tilskud til Hallerup Golfklub",
        sections=[("Sagsfremstilling", ["Klubbens formand er byrådsmedlem Per Kjær (V)."])],
        decision=["Per Kjær (V) erklærede sig inhabil og forlod mødet under behandlingen af punktet.", "Godkendt."],
        phrase="erklærede sig inhabil og forlod mødet", law="forvaltningsloven § 3",
        why_quiet="inhabil deltog ikke")


def c11_q1(r, c):
    return dict(title="Dispensation – Strandvejen 24",
        sections=[("Sagsfremstilling", ["Ejer er Lise Dam, gift med Jens Dam (A)."])],
        decision=["Inhabil: Jens Dam (A).", "Godkendt."], phrase="Inhabil: Jens Dam (A)", law="forvaltningsloven § 3",
        why_quiet="inhabil markeret")


def c11_q2(r, c):
    return dict(title="Valg af entreprenør – Østskolen",
        sections=[("Sagsfremstilling", ["Laveste bud er afgivet af Byg & Anlæg Thy ApS. Ingen af Byrådets medlemmer har interesser i de bydende virksomheder."])],
        decision=["Godkendt."], phrase="Ingen af Byrådets medlemmer har interesser", law="forvaltningsloven § 3",
        why_quiet="ingen inhabilitet")


def c11_q3(r, c):
    return dict(title="Driftstilskud til forsamlingshuse",
        sections=[("Sagsfremstilling", ["Alle 12 forsamlingshuse får tilskud efter samme fordelingsnøgle."])],
        decision=["Anne Sønderby (SF) blev erklæret inhabil og deltog ikke i behandlingen.", "Godkendt."],
        phrase="deltog ikke i behandlingen", law="forvaltningsloven § 3",
        why_quiet="inhabil deltog ikke")


# ---------------------------------------------------------------- class 12: fee without basis
def c12_f0(r, c):
    return dict(title="Gebyr for behandling af ansøgninger om hjælpemidler",
        sections=[("Sagsfremstilling", ["Antallet af ansøgninger om hjælpemidler og forbrugsgoder efter servicelovens §§ 112 og 113 er steget markant. For at dække de administrative udgifter foreslås det at indføre et gebyr på 250 kr. pr. ansøgning, som opkræves ved indgivelse af ansøgningen."]),
            (ECON, ["Gebyret forventes at give en indtægt på ca. %s om året." % kr(r.randrange(3, 9) * 100000)])],
        decision=["Godkendt."], phrase="gebyr på 250 kr. pr. ansøgning", law="manglende hjemmel (serviceloven §§ 112-113)")


def c12_f1(r, c):
    return dict(title="Takstblad 2026 – borgerservice",
        sections=[("Sagsfremstilling", [("table", ["Ydelse", "Takst 2026"], [["Pas (voksne)", "Statslig takst"], ["Udskrift fra folkeregistret", kr(75)], ["Ekspeditionsgebyr ved ansøgning om boligstøtte", kr(150)]])])],
        decision=["Godkendt."], phrase="Ekspeditionsgebyr ved ansøgning om boligstøtte", law="manglende hjemmel")


def c12_f2(r, c):
    return dict(title="Administrationsgebyr for aktindsigt",
        sections=[("Sagsfremstilling", ["Der indføres et administrationsgebyr på 500 kr. pr. påbegyndt time ved aktindsigtsanmodninger, der tager mere end to timer at behandle."])],
        decision=["Godkendt."], phrase="administrationsgebyr på 500 kr.", law="offentlighedsloven (gebyr kun efter regler)")


def c12_f3(r, c):
    return dict(title="Egenbetaling for hjemmesygepleje",
        sections=[("Indstilling", ["at der indføres egenbetaling på 50 kr. pr. besøg af hjemmesygeplejen"])],
        decision=["Godkendt."], phrase="egenbetaling på 50 kr. pr. besøg", law="sundhedsloven § 138 (vederlagsfri)")


def c12_q0(r, c):
    return dict(title="Byggesagsgebyr 2026",
        sections=[("Sagsfremstilling", ["Gebyret for byggesagsbehandling opkræves som timebaseret gebyr efter byggelovens § 28, stk. 2. Timeprisen fastsættes til 780 kr."])],
        decision=["Godkendt."], phrase="byggelovens § 28", law="byggeloven § 28",
        why_quiet="hjemmel citeret")


def c12_q1(r, c):
    return dict(title="Takstblad 2026 – dagtilbud",
        sections=[("Sagsfremstilling", [("table", ["Tilbud", "Takst pr. måned"], [["Vuggestue", kr(4180)], ["Børnehave", kr(2490)]]), "Taksterne er fastsat efter dagtilbudslovens § 32."])],
        decision=["Godkendt."], phrase="dagtilbudslovens § 32", law="dagtilbudsloven",
        why_quiet="hjemmel")


def c12_q2(r, c):
    return dict(title="Rykkergebyrer",
        sections=[("Sagsfremstilling", ["Ved for sen betaling opkræves rykkergebyr på 100 kr. efter gældsinddrivelseslovens § 6, stk. 1."])],
        decision=["Taget til efterretning."], phrase="gældsinddrivelseslovens § 6", law="gældsinddrivelsesloven",
        why_quiet="hjemmel")


def c12_q3(r, c):
    return dict(title="Madservice – egenbetaling",
        sections=[("Sagsfremstilling", ["Egenbetalingen for madservice fastsættes inden for det maksimale beløb efter servicelovens § 161 og bekendtgørelsen herom."])],
        decision=["Godkendt."], phrase="servicelovens § 161", law="serviceloven § 161",
        why_quiet="hjemmel")


# ---------------------------------------------------------------- class 13: complaint guidance
def c13_f0(r, c):
    return dict(title="Klage over afslag på ledsagelse – Byrådets afgørelse",
        sections=[("Sagsfremstilling", ["Byrådet skal tage stilling til en klage over afslag på ledsagelse efter servicelovens § 97. Borgeren oplyses om afgørelsen ved brev med følgende tekst:", "\"Byrådets afgørelse er endelig og kan ikke påklages til anden administrativ myndighed.\""])],
        decision=["Afslaget fastholdt."], phrase="kan ikke påklages til anden administrativ myndighed", law="retssikkerhedsloven § 60 / forvaltningsloven § 25")


def c13_f1(r, c):
    return dict(title="Afgørelse om tilskud til pasning af egne børn",
        sections=[("Sagsfremstilling", ["Ansøgningen om tilskud efter dagtilbudslovens § 86 afslås. Klagevejledning: Afgørelsen kan påklages til Ankestyrelsen inden 8 uger."])],
        decision=["Godkendt."], phrase="inden 8 uger", law="retssikkerhedsloven § 67 (4 uger)")


def c13_f2(r, c):
    return dict(title="Afslag på dispensation – Skovgårdsvej 9",
        sections=[("Sagsfremstilling", ["Ansøgningen om dispensation fra lokalplanen afslås. Ansøger underrettes skriftligt om afgørelsen."])],
        decision=["Afslaget fastholdt. Ansøger underrettes."], phrase="Ansøger underrettes skriftligt", law="forvaltningsloven § 25")


def c13_f3(r, c):
    return dict(title="Tilbagebetaling af hjælp – afgørelse",
        sections=[("Sagsfremstilling", ["Byrådet træffer afgørelse om tilbagebetaling af 42.600 kr. i hjælp efter aktivloven. Klager over afgørelsen kan rettes til borgmesteren."])],
        decision=["Godkendt."], phrase="kan rettes til borgmesteren", law="retssikkerhedsloven § 60")


def c13_q0(r, c):
    return dict(title="Klage over afslag på ledsagelse",
        sections=[("Sagsfremstilling", ["Klagevejledning: Afgørelsen kan påklages til Ankestyrelsen inden 4 uger, jf. retssikkerhedslovens § 67. Klagen sendes til kommunen, som genvurderer sagen."])],
        decision=["Afslaget fastholdt."], phrase="påklages til Ankestyrelsen inden 4 uger", law="retssikkerhedsloven § 67",
        why_quiet="korrekt klagevejledning")


def c13_q1(r, c):
    return dict(title="Afslag på dispensation – Skovgårdsvej 11",
        sections=[("Sagsfremstilling", ["Afgørelsen kan påklages til Planklagenævnet inden 4 uger fra modtagelsen, jf. planlovens § 58. Klagevejledning vedlægges brevet."])],
        decision=["Afslaget fastholdt."], phrase="påklages til Planklagenævnet", law="planloven § 58",
        why_quiet="korrekt klagevejledning")


def c13_q2(r, c):
    return dict(title="Frigørelse af midler til vejvedligehold",
        sections=[("Sagsfremstilling", ["Der frigives 4,2 mio. kr. til asfaltarbejder. Sagen vedrører ikke afgørelser over for borgere."])],
        decision=["Godkendt."], phrase="ikke afgørelser over for borgere", law="ingen klagevejledning påkrævet",
        why_quiet="ikke en afgørelse")


def c13_q3(r, c):
    return dict(title="Tilbagebetaling af enkeltydelse",
        sections=[("Sagsfremstilling", ["Afgørelsen kan inden 4 uger påklages til Ankestyrelsen. Klagen sendes til kommunen, jf. retssikkerhedslovens § 66."])],
        decision=["Godkendt."], phrase="påklages til Ankestyrelsen", law="retssikkerhedsloven §§ 66-67",
        why_quiet="korrekt klagevejledning")


CLASSES = [
    ("01_fixed_limit", [c1_f0, c1_f1, c1_f2, c1_f3], [c1_q0, c1_q1, c1_q2, c1_q3]),
    ("02_presumption_refusal", [c2_f0, c2_f1, c2_f2, c2_f3], [c2_q0, c2_q1, c2_q2, c2_q3]),
    ("03_private_benefit", [c3_f0, c3_f1, c3_f2, c3_f3], [c3_q0, c3_q1, c3_q2, c3_q3]),
    ("04_sale_no_offering", [c4_f0, c4_f1, c4_f2, c4_f3], [c4_q0, c4_q1, c4_q2, c4_q3]),
    ("05_personal_data", [c5_f0, c5_f1, c5_f2, c5_f3], [c5_q0, c5_q1, c5_q2, c5_q3]),
    ("06_retroactive", [c6_f0, c6_f1, c6_f2, c6_f3], [c6_q0, c6_q1, c6_q2, c6_q3]),
    ("07_closed_no_ground", [c7_f0, c7_f1, c7_f2, c7_f3], [c7_q0, c7_q1, c7_q2, c7_q3]),
    ("08_no_council_hearing", [c8_f0, c8_f1, c8_f2, c8_f3], [c8_q0, c8_q1, c8_q2, c8_q3]),
    ("09_budget_stop_hearing", [c9_f0, c9_f1, c9_f2, c9_f3], [c9_q0, c9_q1, c9_q2, c9_q3]),
    ("10_delegation", [c10_f0, c10_f1, c10_f2, c10_f3], [c10_q0, c10_q1, c10_q2, c10_q3]),
    ("11_inhabil_took_part", [c11_f0, c11_f1, c11_f2, c11_f3], [c11_q0, c11_q1, c11_q2, c11_q3]),
    ("12_fee_no_basis", [c12_f0, c12_f1, c12_f2, c12_f3], [c12_q0, c12_q1, c12_q2, c12_q3]),
    ("13_complaint_guidance", [c13_f0, c13_f1, c13_f2, c13_f3], [c13_q0, c13_q1, c13_q2, c13_q3]),
]


# ---------------------------------------------------------------- ordinary items
def o_minutes(r, c):
    return dict(title="Godkendelse af dagsorden", sections=[], decision=["Dagsordenen blev godkendt."])


def o_roads(r, c):
    v = r.choice(["Møllevej", "Ringvejen", "Skolegade", "Bygaden", "Havnevej"])
    return dict(title="Anlægsbevilling til renovering af %s" % v,
        sections=[("Sagsfremstilling", ["%s er i dårlig stand og skal have ny asfalt og nye fortove på en strækning af %d meter. Projektet er udbudt, og laveste tilbud er på %s." % (v, r.randrange(300, 1400), kr(r.randrange(20, 90) * 100000))]),
            (ECON, ["Der meddeles anlægsbevilling finansieret af det afsatte rådighedsbeløb på vejområdet."]),
            ("Indstilling", [("ul", ["at der meddeles anlægsbevilling", "at rådighedsbeløbet frigives"])])],
        decision=["Godkendt."])


def o_budget(r, c):
    bd = first_of_month(c["date"], 1) - datetime.timedelta(days=1)
    return dict(title="Budgetopfølgning pr. %s" % dk(bd),
        sections=[("Sagsfremstilling", ["Budgetopfølgningen viser et forventet samlet mindreforbrug på serviceudgifterne på %s." % kr(r.randrange(2, 30) * 100000),
            ("table", ["Udvalg", "Korrigeret budget (mio. kr.)", "Forventet regnskab (mio. kr.)"], [["Økonomiudvalget", "%d,4" % r.randrange(200, 400), "%d,1" % r.randrange(200, 400)], ["Børne- og Skoleudvalget", "%d,8" % r.randrange(600, 900), "%d,2" % r.randrange(600, 900)], ["Teknik- og Miljøudvalget", "%d,0" % r.randrange(100, 250), "%d,6" % r.randrange(100, 250)]])])],
        decision=["Taget til efterretning."])


def o_school(r, c):
    return dict(title="Skoleudbygning – projektforslag for %s" % r.choice(["Nordskolen", "Lindeskolen", "Bakkeskolen"]),
        sections=[("Resumé", ["Projektforslaget omfatter en tilbygning med seks klasselokaler og et nyt faglokale til natur/teknologi."]),
            ("Sagsfremstilling", ["Elevtallet forventes at stige med ca. %d elever frem mod 2030. Rådgiveren har udarbejdet projektforslag med et samlet anlægsoverslag på %s. Skolebestyrelsen har deltaget i brugerinddragelsen." % (r.randrange(80, 200), kr(r.randrange(30, 70) * 1000000))])],
        decision=["Godkendt."])


def o_plan(r, c):
    n = r.randrange(100, 400)
    return dict(title="Endelig vedtagelse af lokalplan nr. %d for boligområde ved %s" % (n, r.choice(["Engtoften", "Præstemarken", "Østerled"])),
        sections=[("Sagsfremstilling", ["Forslaget har været i offentlig høring i 8 uger. Der er indkommet %d bemærkninger, som er behandlet i den vedlagte hvidbog." % r.randrange(1, 9)]),
            ("Bilag", [("ul", ["Lokalplan nr. %d" % n, "Hvidbog"])])],
        decision=["Godkendt."])


def o_news(r, c):
    return dict(title="Meddelelser", sections=[("Sagsfremstilling", [("ul", ["Borgmesteren orienterede om KL's topmøde.", "Kommunaldirektøren orienterede om status på ny hjemmeside."])])],
        decision=["Taget til efterretning."])


def o_bus(r, c):
    return dict(title="Køreplan for den kollektive trafik 2026/27",
        sections=[("Sagsfremstilling", ["Trafikselskabet har fremsendt forslag til køreplan. Linje %d får halvtimesdrift i dagtimerne, finansieret inden for rammen." % r.randrange(100, 400)])],
        decision=["Godkendt."])


def o_climate(r, c):
    return dict(title="Status på klimahandlingsplan",
        sections=[("Sagsfremstilling", ["CO2-udledningen fra kommunens egne bygninger er faldet med %d pct. siden 2019." % r.randrange(10, 40)])],
        decision=["Taget til efterretning."])


def o_water(r, c):
    return dict(title="Tillæg til spildevandsplan – separatkloakering i %s" % r.choice(["Nørreby", "Kirkeby", "Strandby"]),
        sections=[("Sagsfremstilling", ["Tillægget har været i høring i 8 uger uden bemærkninger."])],
        decision=["Godkendt."])


def o_accounts(r, c):
    return dict(title="Overførsel af uforbrugte midler fra 2025 til 2026",
        sections=[("Resumé", ["Det samlede regnskab for 2025 viser uforbrugte driftsmidler, som efter kommunens regler for overførsel kan overføres til 2026 inden for en ramme på 3 pct. af det enkelte udvalgs budget."]),
            ("Sagsfremstilling", ["Der søges om overførsel af i alt %s, som fordeler sig således:" % kr(r.randrange(20, 60) * 1000000),
                ("table", ["Udvalg", "Drift (1.000 kr.)", "Anlæg (1.000 kr.)"], [["Økonomiudvalget", str(r.randrange(2000, 9000)), str(r.randrange(1000, 20000))], ["Social- og Sundhedsudvalget", str(r.randrange(2000, 9000)), "0"], ["Børne- og Skoleudvalget", str(r.randrange(2000, 9000)), str(r.randrange(1000, 20000))]]),
                "Anlægsoverførslerne vedrører primært projekter, der er forsinket på grund af leverandørforhold."]),
            (ECON, ["Overførslerne finansieres af kassebeholdningen. Kassebeholdningen efter kassekreditreglen forventes at udgøre %s ved udgangen af 2026." % kr(r.randrange(80, 300) * 1000000)]),
            ("Bilag", [("ul", ["Oversigt over overførsler pr. udvalg", "Notat om anlægsprojekter"])])],
        decision=["Godkendt."])


def o_water_fees(r, c):
    return dict(title="Takster for vand og spildevand 2026 – forsyningsselskabet",
        sections=[("Sagsfremstilling", ["Forsyningsselskabet har fremsendt takster for 2026 til godkendelse efter vandforsyningslovens § 53 og betalingslovens § 3. Kommunen skal påse, at taksterne er i overensstemmelse med de prislofter, Forsyningstilsynet har fastsat.",
                ("table", ["Takst", "2025", "2026"], [["Vand pr. m³ (ekskl. moms)", "14,25 kr.", "14,90 kr."], ["Vandafledning pr. m³", "42,10 kr.", "43,80 kr."], ["Fast bidrag pr. måler", "780 kr.", "800 kr."]])])],
        decision=["Godkendt."])


def o_approval(r, c):
    return dict(title="Godkendelse af referat", sections=[("Sagsfremstilling", ["Referatet fra sidste møde er udsendt. Referatet underskrives elektronisk."])],
        decision=["Referatet blev godkendt."])


ORDINARY_FIRST = [o_minutes]
ORDINARY = [o_roads, o_budget, o_school, o_plan, o_news, o_bus, o_climate, o_water, o_accounts, o_water_fees, o_approval]
