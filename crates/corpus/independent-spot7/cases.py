# -*- coding: utf-8 -*-
"""Planted cases for the spot7 corpus (2024H2). Written for this corpus only.

Each class has three 'flag' wordings (f0, f1, f2) and three 'quiet' near misses (q0, q1, q2).
The dev half uses f0, f2, q0, q2; the holdout half f1, f2, q1, q2 (f0/q0 only in dev,
f1/q1 only in holdout). A case is a function of the context c and returns
{title, secs: [(heading, text | ('TABLE', rows))], dec, phrase, law}."""

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
NUMWORDS = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte",
            9: "ni", 10: "ti", 12: "tolv", 14: "fjorten", 15: "femten"}


def dk(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def months_before(d, n):
    m = d.month - n
    y = d.year
    while m <= 0:
        m += 12
        y -= 1
    return "1. %s %d" % (MONTHS[m - 1], y)


def C(title, secs, dec, phrase, law):
    return dict(title=title, secs=secs, dec=dec, phrase=phrase, law=law)

# ---------------------------------------------------------------- fixed_cap
def fixed_cap_f0(c):
    return C("Revideret kvalitetsstandard for praktisk hjælp 2025",
        [("Sagsfremstilling", "Kvalitetsstandarden for praktisk hjælp efter servicelovens § 83 er gennemskrevet efter dialog med leverandørerne. Den nye standard samler rengøring, tøjvask og indkøb i ét dokument."),
         ("Ændringer", "Rengøring ydes hver 3. uge. Hyppigere rengøring end hver tredje uge bevilges ikke, uanset borgerens situation. Tøjvask ydes som hidtil."),
         ("Indstilling", "Direktionen indstiller, at den reviderede kvalitetsstandard for praktisk hjælp godkendes med virkning fra 1. januar 2025.")],
        "Godkendt.", "Hyppigere rengøring end hver tredje uge bevilges ikke, uanset borgerens situation", "serviceloven § 83, konkret individuel vurdering")

def fixed_cap_f1(c):
    return C("Serviceniveau for socialpædagogisk støtte (§ 85)",
        [("Beskrivelse af sagen", "Socialudvalget har bedt om et samlet overblik over serviceniveauet på voksenhandicapområdet. Serviceniveauet fremgår af tabellen."),
         ("Serviceniveau", ('TABLE', [["Indsats", "Målgruppe", "Omfang"],
                                       ["Bostøtte § 85", "Borgere i eget hjem", "Højst 4 timer ugentligt - kan ikke overskrides"],
                                       ["Ledsagelse § 97", "18-67 år", "Op til 15 timer pr. måned"],
                                       ["Aflastning § 84", "Pårørende", "Efter vurdering"]])),
         ("Indstilling", "Forvaltningen indstiller, at serviceniveauet i tabellen godkendes.")],
        "Indstillingen godkendt.", "Højst 4 timer ugentligt - kan ikke overskrides", "serviceloven § 85, skøn under regel")

def fixed_cap_f2(c):
    return C("Retningslinjer for kørsel til aktivitets- og samværstilbud",
        [("Sagens kerne", "Kommunen yder kørsel til borgere, der ikke selv kan komme til deres tilbud efter servicelovens § 104. Udgifterne er steget med 22 pct. siden 2022."),
         ("Løsning", "Fremover bevilges kørsel med op til otte ture om måneden pr. borger. Behov ud over otte ture dækkes ikke af kommunen, og ansøgninger herom behandles ikke."),
         ("Indstilling", "at retningslinjerne godkendes.")],
        "Et flertal (A, V, O) godkendte indstillingen. Imod stemte F og Ø.", "Behov ud over otte ture dækkes ikke af kommunen", "serviceloven § 104/§ 117, skønsudelukkelse")

def fixed_cap_q0(c):
    return C("Kvalitetsstandard for personlig pleje 2025",
        [("Sagsfremstilling", "Standarden beskriver, hvad borgeren typisk kan forvente. Bad ydes som udgangspunkt to gange om ugen."),
         ("Individuel vurdering", "Serviceniveauet er vejledende. Der foretages altid en konkret og individuel vurdering af borgerens behov, og der kan bevilges mere hjælp, når behovet tilsiger det."),
         ("Indstilling", "at kvalitetsstandarden godkendes.")],
        "Godkendt.", "Der foretages altid en konkret og individuel vurdering", "serviceloven § 83")

def fixed_cap_q1(c):
    return C("Vejledende serviceniveau for hjælpemidler",
        [("Beskrivelse af sagen", "Tabellen viser det vejledende serviceniveau. Der kan altid afviges efter en konkret vurdering af den enkelte borgers behov."),
         ("Vejledende niveau", ('TABLE', [["Hjælpemiddel", "Vejledende niveau", "Bemærkning"],
                                           ["Kørestol", "1 stk.", "Flere efter konkret vurdering"],
                                           ["Badetaburet", "1 stk.", "Efter behov"]])),
         ("Indstilling", "at det vejledende serviceniveau godkendes.")],
        "Indstillingen godkendt.", "Der kan altid afviges efter en konkret vurdering", "serviceloven § 112")

def fixed_cap_q2(c):
    return C("Ledsageordning efter servicelovens § 97 - orientering",
        [("Sagsfremstilling", "Ledsagelse efter servicelovens § 97 ydes med 15 timer om måneden. Timetallet følger direkte af loven. Borgeren kan spare op til 60 timer over seks måneder, jf. bekendtgørelsen."),
         ("Indstilling", "at orienteringen tages til efterretning.")],
        "Taget til efterretning.", "Timetallet følger direkte af loven", "serviceloven § 97, stk. 1")

# ---------------------------------------------------------------- amended_limit
def amended_limit_f0(c):
    return C("Serviceniveau for madservice og ernæring",
        [("Sagsfremstilling", "Forvaltningen har udarbejdet et nyt serviceniveau for madservice. Madservice bevilges efter en konkret vurdering af borgerens evne til selv at tilberede mad."),
         ("Indstilling", "at serviceniveauet godkendes som foreslået.")],
        "Venstre stillede ændringsforslag om, at madservice alene kan bevilges til borgere over 75 år. Ændringsforslaget blev vedtaget med 14 stemmer for og 11 imod. Herefter blev serviceniveauet godkendt med den vedtagne ændring.",
        "madservice alene kan bevilges til borgere over 75 år", "serviceloven § 83, aldersgrænse uden hjemmel")

def amended_limit_f1(c):
    return C("Retningslinjer for merudgifter til voksne",
        [("Resumé", "Retningslinjerne for dækning af nødvendige merudgifter efter servicelovens § 100 skal opdateres."),
         ("Indstilling", "Forvaltningen indstiller, at retningslinjerne godkendes, og at der fortsat foretages en individuel vurdering i hver sag.")],
        "Byrådet godkendte indstillingen med den tilføjelse, at der ikke ydes dækning af merudgifter til medicin ud over 300 kr. om måneden.",
        "der ikke ydes dækning af merudgifter til medicin ud over 300 kr. om måneden", "serviceloven § 100, beløbsloft ved ændring")

def amended_limit_f2(c):
    return C("Kvalitetsstandard for aflastning og afløsning",
        [("Sagsfremstilling", "Kvalitetsstandarden er sendt i høring i Ældrerådet og Handicaprådet, som begge har afgivet høringssvar."),
         ("Indstilling", "1. at kvalitetsstandarden godkendes, 2. at høringssvarene tages til efterretning, 3. at standarden evalueres i 2026.")],
        "Ad 1. Godkendt med den ændring, at aflastning højst kan bevilges to døgn om måneden. Ad 2. Taget til efterretning. Ad 3. Godkendt.",
        "aflastning højst kan bevilges to døgn om måneden", "serviceloven § 84, fast loft i vedtaget ændring")

def amended_limit_q0(c):
    return C("Serviceniveau for ledsagelse til fritidsaktiviteter",
        [("Sagsfremstilling", "Serviceniveauet bygger på en konkret vurdering af den enkelte borgers behov."),
         ("Indstilling", "at serviceniveauet godkendes.")],
        "Dansk Folkeparti stillede ændringsforslag om et loft på 10 timer om måneden. Ændringsforslaget blev forkastet med 4 stemmer for og 21 imod. Indstillingen blev herefter godkendt.",
        "Ændringsforslaget blev forkastet", "ændringsforslag ikke vedtaget")

def amended_limit_q1(c):
    return C("Retningslinjer for hjælp til boligindretning",
        [("Sagsfremstilling", "Retningslinjerne fastholder, at der foretages en individuel vurdering i hver sag efter servicelovens § 116."),
         ("Indstilling", "at retningslinjerne godkendes.")],
        "Byrådet godkendte indstillingen med den tilføjelse, at retningslinjerne evalueres i Social- og Sundhedsudvalget inden udgangen af 2025.",
        "retningslinjerne evalueres i Social- og Sundhedsudvalget", "lovlig tilføjelse (evaluering)")

def amended_limit_q2(c):
    return C("Serviceniveau for genoptræning",
        [("Sagsfremstilling", "Genoptræning efter sundhedslovens § 140 og servicelovens § 86 ydes efter konkret faglig vurdering."),
         ("Indstilling", "at serviceniveauet godkendes.")],
        "Konservative foreslog, at genoptræning begrænses til højst 12 forløb pr. borger om året. Forslaget blev oversendt til Sundhedsudvalget til videre behandling. Indstillingen blev godkendt uændret.",
        "Forslaget blev oversendt til Sundhedsudvalget", "forslag ikke vedtaget, kun oversendt")

# ---------------------------------------------------------------- presumption_of_refusal
def presumption_of_refusal_f0(c):
    return C("Praksis for enkeltydelser efter aktivlovens § 81",
        [("Baggrund", "Udgifterne til enkeltydelser er steget. Forvaltningen foreslår en strammere praksis."),
         ("Forslag", "Det forudsættes, at ansøgninger om hjælp til tandbehandling og flytning som udgangspunkt afslås. Kun hvor ansøgeren dokumenterer helt ekstraordinære forhold, kan der ses bort fra udgangspunktet."),
         ("Indstilling", "at den foreslåede praksis godkendes.")],
        "Godkendt.", "som udgangspunkt afslås", "aktivloven § 81, formodning for afslag")

def presumption_of_refusal_f1(c):
    return C("Ny praksis for tilskud til briller og kontaktlinser",
        [("Sagsfremstilling", "Tilskud til briller efter aktivlovens § 82 a har været bevilget i stigende omfang."),
         ("Indstilling", "Forvaltningen indstiller, at der fremover kun gives bevilling i helt særlige tilfælde, og at forvaltningen forventer at give afslag i langt de fleste sager.")],
        "Indstillingen godkendt.", "forventer at give afslag i langt de fleste sager", "aktivloven § 82 a, forhåndsbinding")

def presumption_of_refusal_f2(c):
    return C("Retningslinjer for dispensation fra skoledistrikter",
        [("Sagens kerne", "Flere skoler er ved at være fyldt op. Forældre kan søge om optagelse på en anden skole efter folkeskolelovens § 36, stk. 3."),
         ("Løsning", "Ansøgninger om optagelse uden for eget distrikt vil normalt ikke blive imødekommet, heller ikke hvor der er ledig plads på den ønskede skole."),
         ("Indstilling", "at retningslinjerne godkendes.")],
        "Anbefales over for Byrådet. Byrådet godkendte.", "vil normalt ikke blive imødekommet", "folkeskoleloven § 36, frit skolevalg ved ledig plads")

def presumption_of_refusal_q0(c):
    return C("Praksis for hjælp til enkeltudgifter",
        [("Sagsfremstilling", "Der er intet udgangspunkt om afslag. Hver ansøgning afgøres efter en konkret vurdering af ansøgerens økonomiske forhold og udgiftens karakter."),
         ("Indstilling", "at orienteringen om praksis tages til efterretning.")],
        "Taget til efterretning.", "Der er intet udgangspunkt om afslag", "aktivloven § 81")

def presumption_of_refusal_q1(c):
    return C("Årsstatistik for ansøgninger om boligindretning",
        [("Sagsfremstilling", "I 2023 blev 41 pct. af ansøgningerne om boligindretning afslået efter en konkret vurdering. Afslagene skyldtes især, at behovet kunne dækkes med hjælpemidler."),
         ("Indstilling", "at statistikken tages til efterretning.")],
        "Taget til efterretning.", "afslået efter en konkret vurdering", "beskrivende statistik")

def presumption_of_refusal_q2(c):
    return C("Orientering om praksis for tilskud til tandbehandling",
        [("Sagsfremstilling", "Det følger af aktivlovens § 82, at hjælp til tandbehandling forudsætter, at ansøgeren ikke selv har mulighed for at betale. Forvaltningen vurderer hver sag konkret."),
         ("Indstilling", "at orienteringen tages til efterretning.")],
        "Taget til efterretning.", "Forvaltningen vurderer hver sag konkret", "aktivloven § 82")

# ---------------------------------------------------------------- budget_stop
def budget_stop_f0(c):
    return C("Budgetopfølgning 2 - Social og Sundhed",
        [("Sagsfremstilling", "Budgetopfølgningen viser et forventet merforbrug på 6,8 mio. kr. på hjælpemiddelområdet."),
         ("Indstilling", "1. at budgetopfølgningen tages til efterretning, 2. at der indføres midlertidigt stop for nye bevillinger til boligindretning resten af året, 3. at merforbruget i øvrigt søges finansieret inden for rammen.")],
        "Indstillingen godkendt.", "midlertidigt stop for nye bevillinger til boligindretning resten af året", "serviceloven § 116, bevillingsstop")

def budget_stop_f1(c):
    return C("Handleplan for overholdelse af budget 2024",
        [("Baggrund", "Der er behov for at finde 3,1 mio. kr. i indeværende år."),
         ("Tiltag", ('TABLE', [["Nr.", "Tiltag", "Effekt 2024"],
                               ["1", "Vakante stillinger genbesættes ikke", "0,9 mio. kr."],
                               ["2", "Ingen nye bevillinger af ledsagelse efter 1. oktober", "0,4 mio. kr."],
                               ["3", "Reduceret indkøb af inventar", "0,2 mio. kr."]])),
         ("Indstilling", "at tiltagene i handleplanen godkendes.")],
        "Godkendt.", "Ingen nye bevillinger af ledsagelse efter 1. oktober", "serviceloven § 97, budgetstop")

def budget_stop_f2(c):
    return C("Økonomisk status på hjælpemiddelområdet",
        [("Sagsfremstilling", "Rammen for hjælpemidler er opbrugt med udgangen af september."),
         ("Indstilling", "at nye ansøgninger om hjælpemidler sættes i bero til det nye budgetår, og at borgerne orienteres herom.")],
        "Godkendt. Socialdemokratiet tog forbehold.", "sættes i bero til det nye budgetår", "serviceloven § 112, bevillingsstop")

def budget_stop_q0(c):
    return C("Kulturpuljen 2024 - status",
        [("Sagsfremstilling", "Kulturpuljen på 400.000 kr. er opbrugt. Puljen er en frivillig, skønsmæssig ordning, og der er ikke et lovkrav om tilskud."),
         ("Indstilling", "at ansøgninger modtaget efter 1. oktober henvises til næste års pulje.")],
        "Godkendt.", "Puljen er en frivillig, skønsmæssig ordning", "kommunalfuldmagt, frivillig pulje")

def budget_stop_q1(c):
    return C("Budgetopfølgning pr. 31. august - Ældreområdet",
        [("Sagsfremstilling", "Der forventes et merforbrug på 4,2 mio. kr. Lovbundne ydelser bevilges fortsat efter konkret vurdering, og merforbruget søges dækket ved omprioriteringer i budget 2025."),
         ("Indstilling", "at budgetopfølgningen tages til efterretning.")],
        "Taget til efterretning.", "Lovbundne ydelser bevilges fortsat efter konkret vurdering", "ingen bevillingsstop")

def budget_stop_q2(c):
    return C("Midlertidigt ansættelsesstop i administrationen",
        [("Sagsfremstilling", "For at overholde servicerammen indføres ansættelsesstop for administrative stillinger frem til 31. december 2024. Borgerrettede funktioner er undtaget."),
         ("Indstilling", "at ansættelsesstoppet godkendes.")],
        "Godkendt.", "indføres ansættelsesstop for administrative stillinger", "ledelsesret, ikke en ydelse")

# ---------------------------------------------------------------- retroactive_reduction
def retroactive_reduction_f0(c):
    eff = months_before(c['date'], 3)
    return C("Takster for madservice",
        [("Sagsfremstilling", "Prisen pr. hovedret stiger fra 58 kr. til 64 kr. som følge af højere råvarepriser."),
         ("Indstilling", "at den nye takst for madservice godkendes med virkning fra %s, og at borgerne opkræves differencen for perioden." % eff)],
        "Godkendt.", "med virkning fra %s" % eff, "tilbagevirkende forringelse")

def retroactive_reduction_f1(c):
    eff = months_before(c['date'], 2)
    return C("Nedsættelse af tilskud ved frit valg af hjælpemidler",
        [("Sagsfremstilling", "Tilskuddet ved frit valg efter servicelovens § 112, stk. 3, nedsættes fra referenceprisen minus 0 pct. til referenceprisen minus 10 pct."),
         ("Indstilling", "at nedsættelsen godkendes."),
         ("Ikrafttræden", "Nedsættelsen har virkning fra %s og omfatter også bevillinger givet siden da." % eff)],
        "Godkendt.", "Nedsættelsen har virkning fra %s" % eff, "tilbagevirkende forringelse")

def retroactive_reduction_f2(c):
    eff = months_before(c['date'], 2)
    m = eff.split()[1]
    return C("Justering af serviceniveau for rengøring",
        [("Sagsfremstilling", "Rengøring ændres fra hver 2. uge til hver 3. uge for alle visiterede borgere."),
         ("Indstilling", "at justeringen godkendes med virkning fra den første %s, så den følger budgetaftalen." % m)],
        "Godkendt.", "med virkning fra den første %s" % m, "tilbagevirkende forringelse")

def retroactive_reduction_q0(c):
    return C("Takster for hjemmeplejens madservice 2025",
        [("Sagsfremstilling", "Taksten for en hovedret stiger fra 58 kr. til 62 kr. Borgerne varsles skriftligt i november."),
         ("Indstilling", "at taksten godkendes med virkning fra 1. januar 2025.")],
        "Godkendt.", "med virkning fra 1. januar 2025", "fremadrettet")

def retroactive_reduction_q1(c):
    eff = months_before(c['date'], 3)
    return C("Forhøjelse af tilskud til ledsagelse",
        [("Sagsfremstilling", "Tilskuddet til ledsagers udgifter hæves fra 850 kr. til 1.000 kr. om året."),
         ("Indstilling", "at forhøjelsen godkendes med virkning fra %s, så den kommer alle til gode for hele året." % eff)],
        "Godkendt.", "at forhøjelsen godkendes med virkning fra %s" % eff, "tilbagevirkende forbedring er lovlig")

def retroactive_reduction_q2(c):
    return C("Regnskab for 1. halvår 2024 - Sundhed og Omsorg",
        [("Sagsfremstilling", "Regnskabet pr. 30. juni 2024 viser et mindreforbrug på 1,4 mio. kr. Forvaltningen foreslår ingen ændringer i serviceniveauet."),
         ("Indstilling", "at regnskabet tages til efterretning.")],
        "Taget til efterretning.", "Regnskabet pr. 30. juni 2024", "historiske tal, ingen nedsættelse")

# ---------------------------------------------------------------- personal_data
def personal_data_f0(c):
    return C("Anmodning om henstand med betaling af gæld til kommunen",
        [("Sagsfremstilling", "Ansøger, Jens Peter Holm, Skovbrynet 12, har gæld til kommunen på 84.000 kr. fra en tidligere tilbagebetalingssag om kontanthjælp. Han er uden arbejde og har oplyst, at han er under gældssanering."),
         ("Indstilling", "at der gives henstand til 1. juli 2025.")],
        "Godkendt.", "Jens Peter Holm, Skovbrynet 12, har gæld til kommunen", "forvaltningsloven § 27, offentliggørelse af fortrolige oplysninger")

def personal_data_f1(c):
    return C("Afskrivning af uerholdelige restancer",
        [("Sagsfremstilling", "Følgende restancer foreslås afskrevet, da skyldnerne er uden midler:"),
         ("Restancer", ('TABLE', [["Skyldner", "Adresse", "Beløb", "Årsag"],
                                   ["Mette Lund Sørensen", "Vængevej 4", "41.300 kr.", "Gældssanering"],
                                   ["Kim Bach Andersen", "Torvet 19, 2. th.", "18.750 kr.", "Afsoner dom"]])),
         ("Indstilling", "at restancerne afskrives.")],
        "Godkendt.", "Kim Bach Andersen", "fortrolige oplysninger i åbent referat")

def personal_data_f2(c):
    return C("Personalesag - afsked af medarbejder",
        [("Sagsfremstilling", "Pædagog Lise Overgaard, Børnehuset Solsikken, har modtaget en skriftlig advarsel i marts og er efterfølgende udeblevet fra arbejde. Forvaltningen har partshørt hende."),
         ("Indstilling", "at Lise Overgaard afskediges med overenskomstmæssigt varsel.")],
        "Godkendt.", "Pædagog Lise Overgaard", "personalesag i åbent punkt")

def personal_data_q0(c):
    return C("Ansøgning om dispensation fra lokalplan - Egevej 7",
        [("Sagsfremstilling", "Ejeren af Egevej 7, Anders Winther, søger om dispensation til et carport på 42 m2. Naboerne er hørt."),
         ("Indstilling", "at der meddeles dispensation.")],
        "Godkendt.", "Anders Winther, søger om dispensation", "byggesag; navn og adresse er ikke fortrolige")

def personal_data_q1(c):
    return C("Anmodning om henstand - gæld til kommunen",
        [("Sagsfremstilling", "En borger (anonymiseret) har gæld til kommunen fra en tidligere tilbagebetalingssag. Oplysninger om borgeren fremgår af et lukket bilag."),
         ("Indstilling", "at der gives henstand.")],
        "Godkendt.", "En borger (anonymiseret)", "anonymiseret")

def personal_data_q2(c):
    return C("Lukket punkt: Personalesag",
        [("Sagsfremstilling", "Sagen behandles for lukkede døre, jf. kommunestyrelseslovens § 10, stk. 2. Beslutningen fremgår af den lukkede protokol.")],
        "Behandlet.", "Beslutningen fremgår af den lukkede protokol", "lukket, intet offentliggjort")

# ---------------------------------------------------------------- named_citizen_health
def named_citizen_health_f0(c):
    return C("Klage over afslag på handicapbil",
        [("Sagsfremstilling", "Klager, Else Marie Kjær, har sclerose og har siden 2022 brugt kørestol. Hun har klaget til borgmesteren over sagsbehandlingstiden."),
         ("Indstilling", "at sagen sendes til genvurdering i forvaltningen.")],
        "Godkendt.", "Else Marie Kjær, har sclerose", "helbredsoplysninger om navngiven borger")

def named_citizen_health_f1(c):
    return C("Henvendelse fra borger om hjemmehjælp",
        [("Sagsfremstilling", "Borgeren Hans Vestergaard, der siden 2021 har været i behandling for en depression og et alkoholproblem, har skrevet til alle byrådsmedlemmer om ophør af hjemmehjælpen."),
         ("Indstilling", "at henvendelsen besvares af forvaltningen.")],
        "Godkendt.", "Hans Vestergaard, der siden 2021 har været i behandling for en depression", "helbredsoplysninger om navngiven borger")

def named_citizen_health_f2(c):
    return C("Status på verserende klagesager",
        [("Sagsfremstilling", "Oversigt over klagesager, der er sendt til Ankestyrelsen:"),
         ("Oversigt", ('TABLE', [["Klager", "Emne", "Diagnose", "Status"],
                                  ["Birthe Holst", "Merudgifter", "Epilepsi", "Afventer"],
                                  ["Ole Brask", "Hjælpemiddel", "Apopleksi", "Hjemvist"]])),
         ("Indstilling", "at oversigten tages til efterretning.")],
        "Taget til efterretning.", "Birthe Holst", "helbredsoplysninger i tabel")

def named_citizen_health_q0(c):
    return C("Sundhedsprofil 2024 for kommunen",
        [("Sagsfremstilling", "Sundhedsprofilen viser, at 14 pct. af borgerne har en langvarig psykisk lidelse, og at 6 pct. har diabetes. Tallene bygger på anonyme besvarelser."),
         ("Indstilling", "at sundhedsprofilen tages til efterretning.")],
        "Taget til efterretning.", "Tallene bygger på anonyme besvarelser", "aggregerede tal")

def named_citizen_health_q1(c):
    return C("Henvendelse fra borger om hjælpemiddel",
        [("Sagsfremstilling", "En borger med sclerose har skrevet til byrådet om sagsbehandlingstiden. Borgerens navn og helbredsoplysninger fremgår ikke af referatet."),
         ("Indstilling", "at henvendelsen besvares af forvaltningen.")],
        "Godkendt.", "Borgerens navn og helbredsoplysninger fremgår ikke af referatet", "anonym")

def named_citizen_health_q2(c):
    return C("Tildeling af frivillighedsprisen 2024",
        [("Sagsfremstilling", "Prisen tildeles Karen Møller for hendes mangeårige arbejde i Hjerteforeningens lokalafdeling og som besøgsven på plejecentret."),
         ("Indstilling", "at frivillighedsprisen tildeles Karen Møller.")],
        "Godkendt.", "Prisen tildeles Karen Møller", "ingen helbredsoplysning")

# ---------------------------------------------------------------- cpr_number
def cpr_number_f0(c):
    return C("Dødsbo - kommunens tilgodehavende",
        [("Sagsfremstilling", "Kommunen har et tilgodehavende i boet efter afdøde Poul Erik Dahl, CPR-nr. 120341-1957, på 23.000 kr."),
         ("Indstilling", "at tilgodehavendet anmeldes i boet.")],
        "Godkendt.", "CPR-nr. 120341-1957", "CPR-nummer i åbent referat")

def cpr_number_f1(c):
    return C("Tilbagebetaling af for meget udbetalt boligstøtte",
        [("Sagsfremstilling", "Modtageren (personnummer 0503891127) har fået udbetalt 9.400 kr. for meget og har anmodet om afdragsordning."),
         ("Indstilling", "at afdragsordningen godkendes.")],
        "Godkendt.", "personnummer 0503891127", "CPR-nummer uden bindestreg")

def cpr_number_f2(c):
    return C("Ansøgning om lån til betaling af ejendomsskat",
        [("Sagsfremstilling", "Ansøger: Grethe Nørgaard, cpr 2309 55-2318, Mølleparken 3. Ansøger er pensionist og søger om lån efter reglerne om indefrysning."),
         ("Indstilling", "at lånet bevilges.")],
        "Godkendt.", "cpr 2309 55-2318", "CPR-nummer med mellemrum")

def cpr_number_q0(c):
    return C("Aftale med ny leverandør af hjælpemidler",
        [("Sagsfremstilling", "Kontrakten indgås med Nordisk Hjælpemiddelservice A/S, CVR-nr. 29189633, efter udbud."),
         ("Indstilling", "at kontrakten godkendes.")],
        "Godkendt.", "CVR-nr. 29189633", "CVR-nummer")

def cpr_number_q1(c):
    return C("Salg af restareal - tinglysning",
        [("Sagsfremstilling", "Sagsnr. 27.12.04-P20-1-24. Matr.nr. 110-23 Nørreby. Skødet tinglyses på dokumentnr. 2305-1421-88."),
         ("Indstilling", "at skødet underskrives.")],
        "Godkendt.", "Sagsnr. 27.12.04-P20-1-24", "sagsnummer og matrikel")

def cpr_number_q2(c):
    return C("Ny telefonisk borgerservice",
        [("Sagsfremstilling", "Borgerservice kan fra 1. november kontaktes på tlf. 72 36 36 36, EAN-nummer 5798003421105 anvendes til fakturaer."),
         ("Indstilling", "at orienteringen tages til efterretning.")],
        "Taget til efterretning.", "tlf. 72 36 36 36", "telefon- og EAN-nummer")

# ---------------------------------------------------------------- sale_without_offer
def sale_without_offer_f0(c):
    return C("Salg af byggegrund på Ørnevej",
        [("Sagsfremstilling", "Kommunen ejer byggegrunden matr.nr. 12a, Ørnevej, på 1.150 m2. Naboen, Henrik Lauridsen, har henvendt sig og ønsker at købe grunden til opførelse af et enfamiliehus. Der er forhandlet en pris på 450.000 kr."),
         ("Indstilling", "at grunden sælges til Henrik Lauridsen for 450.000 kr. med overtagelse 1. februar 2025.")],
        "Godkendt.", "at grunden sælges til Henrik Lauridsen for 450.000 kr.", "udbudsbekendtgørelsen, salg uden offentligt udbud")

def sale_without_offer_f1(c):
    return C("Erhvervsjord i Nordvest - direkte salg",
        [("Resumé", "Et lokalt entreprenørfirma har tilbudt at købe 2,4 ha erhvervsjord ved omfartsvejen til 240 kr. pr. m2."),
         ("Indstilling", "at erhvervsjorden sælges direkte til firmaet på de forhandlede vilkår, og at borgmesteren bemyndiges til at underskrive skødet.")],
        "Godkendt.", "sælges direkte til firmaet på de forhandlede vilkår", "salg uden offentligt udbud")

def sale_without_offer_f2(c):
    return C("Den tidligere skole i Ravnsbjerg",
        [("Sagsfremstilling", "Bygningen har stået tom siden skolesammenlægningen. Den nuværende lejer af gymnastiksalen ønsker at overtage hele ejendommen."),
         ("Indstilling", "at forvaltningen går i dialog med lejeren.")],
        "Byrådet besluttede, at ejendommen sælges til lejeren for den vurderede pris på 1,2 mio. kr., og at forvaltningen bemyndiges til at udarbejde skøde.",
        "ejendommen sælges til lejeren for den vurderede pris", "salg uden offentligt udbud")

def sale_without_offer_q0(c):
    return C("Salg af byggegrund på Spurvevej efter udbud",
        [("Sagsfremstilling", "Grunden har været udbudt offentligt ved annoncering på kommunens hjemmeside og i lokalavisen i fire uger. Der er modtaget tre bud; det højeste er på 510.000 kr."),
         ("Indstilling", "at grunden sælges til højestbydende.")],
        "Godkendt.", "Grunden har været udbudt offentligt ved annoncering", "udbudsbekendtgørelsen § 2")

def sale_without_offer_q1(c):
    return C("Salg af restareal til nabo ved Åvej",
        [("Sagsfremstilling", "Arealet på 85 m2 kan ikke udnyttes selvstændigt og kan derfor sælges uden offentligt udbud, jf. udbudsbekendtgørelsens undtagelse for mindre arealer. Prisen er fastsat af en uafhængig ejendomsmægler til markedsprisen."),
         ("Indstilling", "at arealet sælges til naboen for 17.000 kr.")],
        "Godkendt.", "kan derfor sælges uden offentligt udbud", "udbudsbekendtgørelsen, undtagelse")

def sale_without_offer_q2(c):
    return C("Køb af ejendom til daginstitution",
        [("Sagsfremstilling", "Kommunen har mulighed for at købe ejendommen Lindevej 40 for 3,8 mio. kr. til en ny børnehave."),
         ("Indstilling", "at ejendommen købes, og at der gives anlægsbevilling på 3,8 mio. kr.")],
        "Godkendt.", "at ejendommen købes", "køb, ikke salg")

# ---------------------------------------------------------------- single_company_support
def single_company_support_f0(c):
    return C("Tilskud til Vestbyens Bageri ApS",
        [("Sagsfremstilling", "Bageriet har 18 ansatte og har varslet lukning på grund af høje energipriser. Byens handelsforening har bedt kommunen om hjælp."),
         ("Indstilling", "at der ydes et tilskud på 250.000 kr. til Vestbyens Bageri ApS for at bevare arbejdspladserne.")],
        "Godkendt.", "tilskud på 250.000 kr. til Vestbyens Bageri ApS", "kommunalfuldmagt, støtte til enkeltvirksomhed")

def single_company_support_f1(c):
    return C("Lejeaftale med Fjordens Fisk A/S",
        [("Sagsfremstilling", "Virksomheden lejer kommunens pakhus på havnen. Den nuværende leje er 310.000 kr. om året, svarende til markedslejen."),
         ("Indstilling", "at lejen nedsættes til 120.000 kr. om året i de kommende fem år, så virksomheden kan blive i byen.")],
        "Godkendt.", "lejen nedsættes til 120.000 kr. om året", "leje under markedsleje")

def single_company_support_f2(c):
    return C("Garanti for lån til Hotel Kystgården",
        [("Sagsfremstilling", "Hotellet er privatejet og skal renoveres for 9 mio. kr. Banken kræver sikkerhed."),
         ("Indstilling", "at kommunen stiller selvskyldnerkaution for et lån på 5 mio. kr. til hotellets ejerselskab.")],
        "Godkendt.", "kommunen stiller selvskyldnerkaution", "kaution for privat virksomhed")

def single_company_support_q0(c):
    return C("Resultatkontrakt med Erhvervshuset",
        [("Sagsfremstilling", "Erhvervshuset yder generel, gratis vejledning til alle iværksættere og virksomheder i kommunen, jf. erhvervsfremmeloven."),
         ("Indstilling", "at resultatkontrakten for 2025 godkendes med et tilskud på 1,9 mio. kr.")],
        "Godkendt.", "generel, gratis vejledning til alle iværksættere", "erhvervsfremmeloven")

def single_company_support_q1(c):
    return C("Kontrakt om vintervedligeholdelse",
        [("Sagsfremstilling", "Efter offentligt udbud har Jensens Maskinstation ApS afgivet det økonomisk mest fordelagtige tilbud."),
         ("Indstilling", "at kontrakten tildeles Jensens Maskinstation ApS.")],
        "Godkendt.", "Efter offentligt udbud", "køb på markedsvilkår")

def single_company_support_q2(c):
    return C("Tilskud til Borgerforeningens julebelysning",
        [("Sagsfremstilling", "Borgerforeningen er en almennyttig forening uden økonomisk formål, som hvert år sætter julebelysning op i hovedgaden."),
         ("Indstilling", "at der ydes et tilskud på 35.000 kr.")],
        "Godkendt.", "almennyttig forening uden økonomisk formål", "kommunalfuldmagt, almennyttig forening")

# ---------------------------------------------------------------- closed_without_reason
def closed_without_reason_f0(c):
    return C("Lukket punkt - Orientering om budgetforhandlinger 2025",
        [("Sagsfremstilling", "Borgmesteren orienterer om status på forhandlingerne om budget 2025.")],
        "Orienteringen blev taget til efterretning.", "Lukket punkt - Orientering om budgetforhandlinger", "kommunestyrelsesloven § 10, budget er ikke en lukket sag")

def closed_without_reason_f1(c):
    return C("Fremtidig skolestruktur",
        [("Lukket", "Punktet behandles for lukkede døre."),
         ("Sagsfremstilling", "Forvaltningen har udarbejdet tre modeller for den fremtidige skolestruktur.")],
        "Drøftet.", "Punktet behandles for lukkede døre", "lukket uden grund")

def closed_without_reason_f2(c):
    return C("Drøftelse af ny trafikplan",
        [("Sagsfremstilling", "Forslaget til trafikplan indeholder bl.a. ensretning af Østergade.")],
        "Byrådet besluttede at behandle sagen for lukkede døre, da sagen er politisk følsom. Trafikplanen blev drøftet.",
        "da sagen er politisk følsom", "ulovlig lukkegrund")

def closed_without_reason_q0(c):
    return C("Lukket punkt: Køb af ejendom",
        [("Begrundelse", "Punktet behandles for lukkede døre, jf. kommunestyrelseslovens § 10, stk. 2, da offentlig behandling vil skade kommunens forhandlingsposition.")],
        "Godkendt.", "da offentlig behandling vil skade kommunens forhandlingsposition", "§ 10, stk. 2")

def closed_without_reason_q1(c):
    return C("Lukket punkt: Personalesag - chefstilling",
        [("Begrundelse", "Behandles for lukkede døre, da sagen vedrører en enkeltpersons forhold, jf. kommunestyrelseslovens § 10, stk. 2.")],
        "Godkendt.", "da sagen vedrører en enkeltpersons forhold", "§ 10, stk. 2")

def closed_without_reason_q2(c):
    return C("Lukket punkt - Udbud af rengøring",
        [("Begrundelse", "Lukket jf. kommunestyrelseslovens § 10, stk. 2, da sagen indeholder tilbudsgivernes forretningshemmeligheder.")],
        "Godkendt.", "tilbudsgivernes forretningshemmeligheder", "§ 10, stk. 2")

# ---------------------------------------------------------------- no_council_hearing
def no_council_hearing_f0(c):
    return C("Lukning af Bøgely Skole",
        [("Sagsfremstilling", "Elevtallet på Bøgely Skole er faldet til 61. Eleverne kan overflyttes til Centralskolen fra skoleåret 2025/26."),
         ("Indstilling", "at Bøgely Skole nedlægges pr. 31. juli 2025, og at beslutningen er endelig.")],
        "Godkendt.", "at Bøgely Skole nedlægges pr. 31. juli 2025, og at beslutningen er endelig", "folkeskoleloven § 24, bek. om skolenedlæggelse: høring mangler")

def no_council_hearing_f1(c):
    return C("Ændret kvalitetsstandard for hjemmepleje",
        [("Sagsfremstilling", "Standarden ændres, så indkøb fremover alene leveres som varebestilling via internettet."),
         ("Høring", "Ældrerådet er ikke hørt på grund af tidspres, men vil blive orienteret efterfølgende."),
         ("Indstilling", "at den ændrede kvalitetsstandard godkendes.")],
        "Godkendt.", "Ældrerådet er ikke hørt på grund af tidspres", "retssikkerhedsloven § 30, ældrerådet skal høres")

def no_council_hearing_f2(c):
    return C("Lokalplan 1.42 for boliger ved Stationsvej - endelig vedtagelse",
        [("Sagsfremstilling", "Planforslaget er udarbejdet på ønske fra bygherren. Af hensyn til byggeriets tidsplan foreslås forslaget vedtaget endeligt på dette møde."),
         ("Indstilling", "at lokalplan 1.42 vedtages endeligt uden forudgående offentlig høring.")],
        "Godkendt.", "vedtages endeligt uden forudgående offentlig høring", "planloven § 24, offentlig høring")

def no_council_hearing_q0(c):
    return C("Forslag om sammenlægning af Nørre og Sønder Skole - høring",
        [("Sagsfremstilling", "Forslaget sendes i offentlig høring i otte uger. Skolebestyrelserne høres, og høringssvarene forelægges inden endelig beslutning."),
         ("Indstilling", "at forslaget sendes i høring.")],
        "Godkendt.", "Skolebestyrelserne høres", "folkeskoleloven § 24")

def no_council_hearing_q1(c):
    return C("Ny kvalitetsstandard for træning",
        [("Høring", "Ældrerådet og Handicaprådet har afgivet høringssvar, som er vedlagt som bilag 3 og 4."),
         ("Indstilling", "at kvalitetsstandarden godkendes.")],
        "Godkendt.", "Ældrerådet og Handicaprådet har afgivet høringssvar", "retssikkerhedsloven § 30")

def no_council_hearing_q2(c):
    return C("Lokalplan 2.17 for Havnefronten - endelig vedtagelse",
        [("Sagsfremstilling", "Forslaget har været i offentlig høring i otte uger. Der er indkommet seks høringssvar, som er behandlet i høringsnotatet."),
         ("Indstilling", "at lokalplan 2.17 vedtages endeligt med de ændringer, der fremgår af høringsnotatet.")],
        "Godkendt.", "har været i offentlig høring i otte uger", "planloven § 24 og § 27")

# ---------------------------------------------------------------- unlawful_delegation
def unlawful_delegation_f0(c):
    return C("Regnskabsproces og revision 2024",
        [("Sagsfremstilling", "Tidsplanen for regnskab 2024 følger de tidligere års proces."),
         ("Indstilling", "1. at tidsplanen godkendes, 2. at revisionsberetningen forelægges Økonomiudvalget, 3. at Økonomiudvalget bemyndiges til at godkende årsregnskabet for 2024, 4. at overførsler behandles i april.")],
        "Godkendt.", "Økonomiudvalget bemyndiges til at godkende årsregnskabet", "styrelsesloven § 45, regnskab skal godkendes af kommunalbestyrelsen")

def unlawful_delegation_f1(c):
    return C("Budgetopfølgning 3 og proces for resten af året",
        [("Sagsfremstilling", "Den sidste budgetopfølgning viser et samlet merforbrug på 3,4 mio. kr."),
         ("Indstilling", "at budgetopfølgningen tages til efterretning.")],
        "Byrådet tog budgetopfølgningen til efterretning og besluttede, at borgmesteren indtil årets udgang bemyndiges til at meddele tillægsbevillinger, der måtte blive nødvendige, samt at resten af punktet udsættes.",
        "borgmesteren indtil årets udgang bemyndiges til at meddele tillægsbevillinger", "styrelsesloven § 40, tillægsbevillinger")

def unlawful_delegation_f2(c):
    return C("Ændring af styrelsesvedtægten - 1. behandling",
        [("Sagsfremstilling", "Styrelsesvedtægten opdateres som følge af den nye udvalgsstruktur."),
         ("Indstilling", "at ændringerne oversendes til 2. behandling, og at fremtidige ændringer af styrelsesvedtægten kan vedtages af Økonomiudvalget alene.")],
        "Godkendt.", "fremtidige ændringer af styrelsesvedtægten kan vedtages af Økonomiudvalget alene", "styrelsesloven § 2, to behandlinger i kommunalbestyrelsen")

def unlawful_delegation_q0(c):
    return C("Delegationsplan for Social- og Sundhedsområdet",
        [("Sagsfremstilling", "Afgørelser i enkeltsager efter serviceloven delegeres til forvaltningen, mens principielle sager forelægges udvalget."),
         ("Indstilling", "at forvaltningen bemyndiges til at træffe afgørelse i enkeltsager efter serviceloven.")],
        "Godkendt.", "forvaltningen bemyndiges til at træffe afgørelse i enkeltsager", "lovlig delegation")

def unlawful_delegation_q1(c):
    return C("Anlægsbevilling til ny hal i Østby",
        [("Sagsfremstilling", "Der gives anlægsbevilling på 28 mio. kr. Projektforslaget forventes klar i foråret."),
         ("Indstilling", "at der gives anlægsbevilling på 28 mio. kr., og at Kultur- og Fritidsudvalget bemyndiges til at godkende det endelige projektforslag inden for bevillingen.")],
        "Godkendt.", "bemyndiges til at godkende det endelige projektforslag inden for bevillingen", "lovlig delegation inden for bevilling")

def unlawful_delegation_q2(c):
    return C("Godkendelse af borgmesterbeslutning",
        [("Sagsfremstilling", "Borgmesteren har den 3. september truffet beslutning om at søge om tilskud fra en statslig pulje, da fristen udløb før næste byrådsmøde, jf. kommunestyrelseslovens § 31, stk. 3."),
         ("Indstilling", "at borgmesterbeslutningen godkendes.")],
        "Godkendt.", "jf. kommunestyrelseslovens § 31, stk. 3", "§ 31, stk. 3")

# ---------------------------------------------------------------- inhabil_took_part
def inhabil_took_part_f0(c):
    return C("Tilskud til renovering af klubhus i Vester Idrætsforening",
        [("Sagsfremstilling", "Foreningen søger om 400.000 kr. til nyt tag. Entreprisen udføres af Tømrerfirmaet Bundgaard ApS, der ejes af byrådsmedlem Søren Bundgaard."),
         ("Indstilling", "at der ydes tilskud på 400.000 kr.")],
        "Godkendt. Alle medlemmer deltog i afstemningen.", "der ejes af byrådsmedlem Søren Bundgaard", "forvaltningsloven § 3, inhabil deltog")

def inhabil_took_part_f1(c):
    return C("Dispensation til udvidelse af landbrug på Højgårdsvej",
        [("Sagsfremstilling", "Ansøger er Peter Friis, søn af byrådsmedlem Anne Friis. Ansøgningen vedrører en udvidelse af svinestalden."),
         ("Indstilling", "at der meddeles dispensation.")],
        "Godkendt med 24 stemmer. Ingen var fraværende.", "søn af byrådsmedlem Anne Friis", "forvaltningsloven § 3, nær slægt")

def inhabil_took_part_f2(c):
    return C("Lejeaftale for Spejderhuset",
        [("Sagsfremstilling", "Lejeaftalen med Det Danske Spejderkorps, Lundby Gruppe, forlænges. Byrådsmedlem Jonas Hald er formand for gruppen."),
         ("Indstilling", "at lejeaftalen forlænges med 10 år.")],
        "Spørgsmålet om Jonas Halds habilitet blev rejst. Byrådet fandt ikke, at han var inhabil, og han deltog i behandlingen. Godkendt.",
        "Byrådsmedlem Jonas Hald er formand for gruppen", "forvaltningsloven § 3, formand for part")

def inhabil_took_part_q0(c):
    return C("Tilskud til ny kunstgræsbane i Nordby IF",
        [("Sagsfremstilling", "Nordby IF søger om tilskud på 1,1 mio. kr. Byrådsmedlem Lene Kragh er kasserer i foreningen."),
         ("Indstilling", "at tilskuddet bevilges.")],
        "Lene Kragh erklærede sig inhabil og forlod mødet under punktets behandling. Godkendt.", "Lene Kragh erklærede sig inhabil og forlod mødet", "forvaltningsloven § 3")

def inhabil_took_part_q1(c):
    return C("Driftsaftale med Golfklubben",
        [("Sagsfremstilling", "Golfklubben har 1.400 medlemmer. Byrådsmedlem Niels Bech er almindeligt medlem af klubben uden tillidshverv."),
         ("Indstilling", "at driftsaftalen godkendes.")],
        "Byrådet fandt, at Niels Bech som almindeligt medlem uden tillidshverv ikke var inhabil. Godkendt.", "som almindeligt medlem uden tillidshverv ikke var inhabil", "forvaltningsloven § 3, konkret vurdering")

def inhabil_took_part_q2(c):
    return C("Dispensation fra lokalplan - Strandvejen 22",
        [("Inhabil", "Inhabil: Mikkel Toft (ansøgers bror). Mikkel Toft deltog ikke i behandlingen."),
         ("Sagsfremstilling", "Der søges om dispensation til en tagterrasse."),
         ("Indstilling", "at dispensationen meddeles.")],
        "Godkendt.", "Mikkel Toft deltog ikke i behandlingen", "forvaltningsloven § 3")

# ---------------------------------------------------------------- fee_without_basis
def fee_without_basis_f0(c):
    return C("Takstblad for Borgerservice 2025",
        [("Sagsfremstilling", "Taksterne er pris- og lønfremskrevet. Som noget nyt opkræves et gebyr på 150 kr. for behandling af anmodninger om aktindsigt."),
         ("Indstilling", "at takstbladet godkendes.")],
        "Godkendt.", "gebyr på 150 kr. for behandling af anmodninger om aktindsigt", "offentlighedsloven, intet gebyr for aktindsigt")

def fee_without_basis_f1(c):
    return C("Egenbetaling i sundhedsplejen og hjemmesygeplejen",
        [("Sagsfremstilling", "For at styrke økonomien foreslås en egenbetaling på 95 kr. pr. besøg i hjemmesygeplejen."),
         ("Indstilling", "at egenbetalingen indføres fra 1. januar 2025.")],
        "Godkendt.", "egenbetaling på 95 kr. pr. besøg i hjemmesygeplejen", "sundhedsloven § 138, vederlagsfri")

def fee_without_basis_f2(c):
    return C("Takster 2025 - Teknik og Miljø",
        [("Takster", ('TABLE', [["Ydelse", "Takst 2024", "Takst 2025"],
                                 ["Byggesagsgebyr, timepris", "765 kr.", "790 kr."],
                                 ["Ansøgning om handicapparkeringskort", "0 kr.", "200 kr."],
                                 ["Containerleje", "1.100 kr.", "1.150 kr."]])),
         ("Indstilling", "at taksterne for 2025 godkendes.")],
        "Godkendt.", "Ansøgning om handicapparkeringskort", "gebyr uden lovhjemmel")

def fee_without_basis_q0(c):
    return C("Byggesagsgebyrer 2025",
        [("Sagsfremstilling", "Gebyret opkræves som timebetaling, jf. byggelovens § 28 og bygningsreglementet. Timeprisen er 790 kr."),
         ("Indstilling", "at timeprisen godkendes.")],
        "Godkendt.", "jf. byggelovens § 28", "byggeloven § 28")

def fee_without_basis_q1(c):
    return C("Takst for madservice og tøjvask 2025",
        [("Sagsfremstilling", "Egenbetalingen for madservice fastsættes inden for det maksimumsbeløb, der følger af servicelovens § 161 og bekendtgørelsen herom."),
         ("Indstilling", "at taksterne godkendes.")],
        "Godkendt.", "inden for det maksimumsbeløb, der følger af servicelovens § 161", "serviceloven § 161")

def fee_without_basis_q2(c):
    return C("Affaldsgebyrer 2025",
        [("Sagsfremstilling", "Gebyrerne fastsættes efter hvile-i-sig-selv-princippet, jf. miljøbeskyttelseslovens § 48 og affaldsbekendtgørelsen."),
         ("Indstilling", "at affaldsgebyrerne godkendes.")],
        "Godkendt.", "jf. miljøbeskyttelseslovens § 48", "miljøbeskyttelsesloven § 48")

# ---------------------------------------------------------------- complaint_guidance
def complaint_guidance_f0(c):
    return C("Afgørelse om tilskud til individuel befordring",
        [("Sagsfremstilling", "Udvalget har truffet afgørelse i en principiel sag om kørsel efter servicelovens § 117."),
         ("Klagevejledning", "Afgørelsen kan påklages til Ankestyrelsen. Klagefristen er 14 dage fra modtagelsen af afgørelsen."),
         ("Indstilling", "at afgørelsen og klagevejledningen godkendes.")],
        "Godkendt.", "Klagefristen er 14 dage", "retssikkerhedsloven § 67, 4 uger")

def complaint_guidance_f1(c):
    return C("Principiel afgørelse om merudgifter",
        [("Sagsfremstilling", "Byrådet skal træffe afgørelse i en principiel sag om dækning af merudgifter efter servicelovens § 41."),
         ("Indstilling", "at ansøgningen afslås, og at det i afgørelsen oplyses, at afgørelsen ikke kan påklages til anden administrativ myndighed.")],
        "Godkendt.", "ikke kan påklages til anden administrativ myndighed", "retssikkerhedsloven § 60, klageadgang")

def complaint_guidance_f2(c):
    return C("Standardbrev ved afslag på hjælpemidler",
        [("Sagsfremstilling", "Forvaltningen har lavet et nyt standardbrev. Heri står: Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen inden otte uger."),
         ("Indstilling", "at standardbrevet godkendes.")],
        "Godkendt.", "sende din klage direkte til Ankestyrelsen inden otte uger", "retssikkerhedsloven §§ 66-67, genvurdering og 4 uger")

def complaint_guidance_q0(c):
    return C("Standardbrev ved afslag på merudgifter",
        [("Klagevejledning", "Du kan klage inden 4 uger. Klagen sendes til kommunen, som genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
         ("Indstilling", "at standardbrevet godkendes.")],
        "Godkendt.", "Du kan klage inden 4 uger", "retssikkerhedsloven §§ 66-67")

def complaint_guidance_q1(c):
    return C("Lokalplan 3.08 - klagevejledning",
        [("Sagsfremstilling", "Lokalplanen er endeligt vedtaget. Retlige spørgsmål kan påklages til Planklagenævnet inden 4 uger fra offentliggørelsen, jf. planlovens § 58."),
         ("Indstilling", "at offentliggørelsen godkendes.")],
        "Godkendt.", "påklages til Planklagenævnet inden 4 uger", "planloven § 58")

def complaint_guidance_q2(c):
    return C("Fordeling af lokaletilskud til foreninger",
        [("Sagsfremstilling", "Lokaletilskud fordeles efter folkeoplysningsloven. Kommunens afgørelser efter folkeoplysningsloven kan ikke indbringes for anden administrativ myndighed, da loven ikke giver klageadgang."),
         ("Indstilling", "at fordelingen godkendes.")],
        "Godkendt.", "da loven ikke giver klageadgang", "folkeoplysningsloven, ingen klageadgang")

CLASSES = ["fixed_cap", "amended_limit", "presumption_of_refusal", "budget_stop", "retroactive_reduction",
           "personal_data", "named_citizen_health", "cpr_number", "sale_without_offer", "single_company_support",
           "closed_without_reason", "no_council_hearing", "unlawful_delegation", "inhabil_took_part",
           "fee_without_basis", "complaint_guidance"]


def get(cls, variant):
    return globals()["%s_%s" % (cls, variant)]
