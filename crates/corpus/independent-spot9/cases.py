# -*- coding: utf-8 -*-
"""Cases for independent spot corpus 9 (2025H2). Written from Danish municipal and social law.

Each class has wordings v1 (dev only), v2 (dev and holdout), v3 (holdout only) for the item
to read (F) and for the near miss (N). {B} is the council's name (Byrådet / Kommunalbestyrelsen),
{D} the meeting date in words. A case: title, law, phrase (where the problem sits),
sections [(heading, text)], text lines starting '- ' are bullets, '|' lines are table rows.
"""

C = {}

def case(cls, kind, v, title, law, phrase, sections):
    C[(cls, kind, v)] = dict(cls=cls, kind=kind, v=v, title=title, law=law, phrase=phrase, sections=sections)

# ---------------------------------------------------------------- fixed_cap
case("fixed_cap", "F", 1, "Revideret serviceniveau for socialpædagogisk støtte i eget hjem",
     "SEL § 85; individuel vurdering", "table cell 'Maks. 4 timer pr. uge'",
     [("Sagsfremstilling", "Social- og Sundhedsudvalget har bedt om et revideret serviceniveau for støtte efter servicelovens § 85. Forvaltningen foreslår en opdeling i tre støtteniveauer, så visitationen bliver mere ensartet på tværs af teams."),
      ("", "|Niveau|Målgruppe|Omfang\n|1|Let støttebehov|Op til 1,5 time pr. uge\n|2|Moderat støttebehov|2-3 timer pr. uge\n|3|Omfattende støttebehov|Maks. 4 timer pr. uge"),
      ("", "Borgere med behov ud over niveau 3 henvises til et botilbud efter §§ 107-108."),
      ("Økonomi", "Forslaget forventes at give en mindreudgift på ca. 1,9 mio. kr. årligt fra 2026."),
      ("Indstilling", "Direktionen indstiller, at\n- det reviderede serviceniveau godkendes\n- serviceniveauet træder i kraft 1. januar 2026"),
      ("Beslutning", "Godkendt.")])
case("fixed_cap", "F", 2, "Kvalitetsstandarder på ældreområdet 2026",
     "SEL § 83; individuel vurdering", "bullet 'rengøring hver tredje uge for alle'",
     [("Resumé", "Kvalitetsstandarderne for personlig og praktisk hjælp efter servicelovens § 83 revideres årligt. Der er i år foretaget sproglige tilpasninger og enkelte ændringer i serviceniveauet."),
      ("Sagsfremstilling", "Ændringerne i forhold til 2025 er:\n- afsnittet om rehabilitering efter § 83 a er omskrevet\n- tøjvask ydes fortsat hver 14. dag\n- rengøring af bolig ydes fremover hver tredje uge, og ugentlig rengøring bortfalder for alle borgere i eget hjem\n- indkøbsordningen videreføres uændret\nÆldrerådet og Handicaprådet har haft standarderne i høring, og deres høringssvar er vedlagt."),
      ("Indstilling", "Forvaltningen indstiller, at\n1. kvalitetsstandarderne for 2026 godkendes\n2. standarderne offentliggøres på kommunens hjemmeside"),
      ("Beslutning", "Ad 1. Godkendt.\nAd 2. Godkendt.")])
case("fixed_cap", "F", 3, "Kørsel til aktivitets- og samværstilbud",
     "SEL § 104 / § 117; individuel vurdering", "'begrænses til otte enkeltture pr. kalendermåned'",
     [("Sagsfremstilling", "Udgifterne til befordring af borgere til aktivitets- og samværstilbud (servicelovens § 104) er steget med 22 pct. siden 2023. Forvaltningen har gennemgået retningslinjerne for kørsel."),
      ("", "Det foreslås, at kørslen fremover begrænses til otte enkeltture pr. kalendermåned pr. borger, uanset hvor mange dage borgeren er visiteret til tilbuddet. Ture herudover kan borgeren selv betale."),
      ("Indstilling", "Forvaltningen indstiller, at de ændrede retningslinjer for kørsel godkendes med virkning fra 1. januar 2026."),
      ("Beslutning", "Indstillingen godkendt. Imod stemte Enhedslisten (1).")])
case("fixed_cap", "N", 1, "Serviceniveau for ledsagelse",
     "SEL § 97, stk. 1 (statutory 15 hours)", "'op til 15 timer om måneden, jf. servicelovens § 97, stk. 1'",
     [("Sagsfremstilling", "Ledsageordningen efter servicelovens § 97 giver personer mellem 18 år og folkepensionsalderen med betydelig og varigt nedsat funktionsevne ret til op til 15 timer om måneden, jf. servicelovens § 97, stk. 1. Timerne kan opspares i en periode på højst 6 måneder. Serviceniveauet gentager lovens ramme og beskriver, hvordan ansøgninger behandles."),
      ("", "Behovet vurderes konkret og individuelt ved et visitationsbesøg."),
      ("Indstilling", "Forvaltningen indstiller, at serviceniveauet for ledsagelse godkendes."),
      ("Beslutning", "Godkendt.")])
case("fixed_cap", "N", 2, "Kvalitetsstandard for praktisk hjælp - tilpasning",
     "SEL § 83; vejledende serviceniveau", "'vejledende … der altid foretages en konkret og individuel vurdering'",
     [("Sagsfremstilling", "Kvalitetsstandarden angiver, at rengøring som udgangspunkt ydes hver 14. dag. Angivelsen er vejledende. Hvis borgerens behov tilsiger det, fx ved hygiejnekrav på grund af sygdom, kan der bevilges hyppigere hjælp, idet der altid foretages en konkret og individuel vurdering af borgerens behov, jf. servicelovens § 83, stk. 4 og § 88."),
      ("", "|Ydelse|Vejledende hyppighed|Afvigelse\n|Rengøring|Hver 14. dag|Efter konkret vurdering\n|Tøjvask|Hver 14. dag|Efter konkret vurdering"),
      ("Indstilling", "Forvaltningen indstiller, at den tilpassede kvalitetsstandard godkendes."),
      ("Beslutning", "Indstillingen godkendt.")])
case("fixed_cap", "N", 3, "Takster og rammer for aflastning efter barnets lov",
     "Barnets lov; konkret vurdering", "'antallet af døgn fastsættes i den enkelte sag ud fra barnets og familiens behov'",
     [("Sagsfremstilling", "Aflastning til familier med børn med handicap ydes efter en børnefaglig undersøgelse. Antallet af døgn fastsættes i den enkelte sag ud fra barnets og familiens behov; det gennemsnitlige antal døgn i 2024 var 38, men der er sager med langt flere døgn."),
      ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])

# ---------------------------------------------------------------- amended_limit
case("amended_limit", "F", 1, "Madservice - nye visitationskriterier",
     "SEL § 83; amendment adds age limit", "adopted amendment 'kun borgere over 80 år'",
     [("Sagsfremstilling", "Forvaltningen har udarbejdet nye visitationskriterier for madservice efter servicelovens § 83, stk. 1, nr. 3. Kriterierne tager udgangspunkt i borgerens funktionsevne og mulighed for selv at tilberede mad."),
      ("Indstilling", "Forvaltningen indstiller, at de nye visitationskriterier godkendes."),
      ("Beslutning", "Venstre stillede ændringsforslag om, at madservice alene kan visiteres til borgere over 80 år.\nFor ændringsforslaget stemte V, O og C (14). Imod stemte A, F og Ø (11). Ændringsforslaget blev vedtaget.\nHerefter blev indstillingen godkendt med den vedtagne ændring.")])
case("amended_limit", "F", 2, "Kvalitetsstandard for personlig pleje",
     "SEL § 83; amendment fixes frequency", "'Ad pkt. 2 … med den ændring, at bad gives én gang ugentligt'",
     [("Sagsfremstilling", "Kvalitetsstandarden beskriver hjælp til personlig pleje, herunder bad, påklædning og toiletbesøg. Forvaltningen foreslår, at hjælp til bad ydes efter en konkret vurdering af borgerens behov."),
      ("Indstilling", "Forvaltningen indstiller,\n1. at sagen tages til efterretning\n2. at kvalitetsstandarden for personlig pleje godkendes\n3. at standarden evalueres i 2026"),
      ("Beslutning", "Ad pkt. 1: Taget til efterretning.\nAd pkt. 2: Godkendt med den ændring, at hjælp til bad fastsættes til én gang om ugen.\nAd pkt. 3: Godkendt.")])
case("amended_limit", "F", 3, "Aflastning af pårørende - serviceniveau",
     "SEL § 84; amendment adds ceiling", "'med tilføjelse af, at afløsning højst kan bevilges 12 døgn årligt'",
     [("Sagsfremstilling", "Serviceniveauet for afløsning og aflastning efter servicelovens § 84 er gennemgået. Forvaltningen lægger op til, at behovet vurderes individuelt ud fra ægtefællens eller de pårørendes situation."),
      ("Indstilling", "Social- og Seniorudvalget anbefaler, at serviceniveauet godkendes."),
      ("Beslutning", "Kommunalbestyrelsen godkendte serviceniveauet med tilføjelse af, at aflastning i døgntilbud højst kan bevilges 12 døgn årligt. Tilføjelsen blev vedtaget med 16 stemmer mod 9.")])
case("amended_limit", "N", 1, "Visitationskriterier for madservice",
     "SEL § 83; amendment rejected", "amendment with age limit 'bortfaldt'",
     [("Sagsfremstilling", "Nye visitationskriterier for madservice tager udgangspunkt i borgerens funktionsevne; der foretages en konkret og individuel vurdering."),
      ("Indstilling", "Forvaltningen indstiller, at visitationskriterierne godkendes."),
      ("Beslutning", "Dansk Folkeparti stillede ændringsforslag om, at madservice kun visiteres til borgere over 75 år. For forslaget stemte O (2). Imod stemte de øvrige (23). Ændringsforslaget bortfaldt.\nIndstillingen blev herefter godkendt.")])
case("amended_limit", "N", 2, "Kvalitetsstandard for personlig pleje og bad",
     "SEL § 83; amendment adds evaluation", "'med den ændring, at … evalueres'",
     [("Sagsfremstilling", "Hjælp til bad ydes efter konkret vurdering af behovet; for nogle borgere betyder det bad flere gange ugentligt."),
      ("Indstilling", "Forvaltningen indstiller,\n1. at kvalitetsstandarden godkendes\n2. at Ældrerådet orienteres"),
      ("Beslutning", "Ad 1. Godkendt med den ændring, at standarden evalueres efter et år, og at evalueringen forelægges udvalget og Ældrerådet.\nAd 2. Godkendt.")])
case("amended_limit", "N", 3, "Serviceniveau for afløsning og aflastning",
     "SEL § 84; amendment removes ceiling", "'med den ændring, at ordet \"højst\" udgår'",
     [("Sagsfremstilling", "Udkastet til serviceniveau anfører, at aflastning højst kan bevilges 12 døgn årligt. Handicaprådet har i sit høringssvar påpeget, at en fast grænse ikke er forenelig med kravet om individuel vurdering."),
      ("Indstilling", "Forvaltningen indstiller, at serviceniveauet godkendes."),
      ("Beslutning", "Godkendt med den ændring, at ordet \"højst\" udgår, og at det i stedet fremgår, at 12 døgn er et vejledende gennemsnit, og at antallet fastsættes efter en konkret vurdering.")])

# ---------------------------------------------------------------- presumption_of_refusal
case("presumption_of_refusal", "F", 1, "Retningslinjer for boligindretning",
     "SEL § 116; fettered discretion", "'imødekommes kun undtagelsesvis'",
     [("Sagsfremstilling", "Forvaltningen har opdateret retningslinjerne for boligindretning efter servicelovens § 116. Der modtages årligt ca. 140 ansøgninger, hvoraf de fleste vedrører udskiftning af badekar, dørtrinsudligning og automatiske døråbnere."),
      ("", "Ansøgninger om udskiftning af badekar til bruseniche imødekommes kun undtagelsesvis, da der som oftest kan anvises et badekarsbræt eller en badebænk som alternativ."),
      ("Indstilling", "Forvaltningen indstiller, at retningslinjerne godkendes."),
      ("Beslutning", "Godkendt.")])
case("presumption_of_refusal", "F", 2, "Praksis for bevilling af el-scootere",
     "SEL § 113; presumption", "'bevilges der ikke el-scooter til borgere, der kan gå 100 meter'",
     [("Sagsfremstilling", "Udgiften til el-scootere efter servicelovens § 113 som forbrugsgode er steget. Forvaltningen har derfor beskrevet en fast praksis: Der bevilges ikke el-scooter til borgere, der kan gå 100 meter med rollator. Borgere, der bor under 500 meter fra nærmeste indkøbsmulighed, vil som hovedregel få afslag."),
      ("Indstilling", "Forvaltningen indstiller, at praksisbeskrivelsen godkendes og lægges på kommunens hjemmeside."),
      ("Beslutning", "Byrådet godkendte indstillingen.")])
case("presumption_of_refusal", "F", 3, "Merudgifter til børn med handicap - kørsel til fritidsaktiviteter",
     "Barnets lov § 86 (merudgifter); presumption", "'ydes som udgangspunkt ikke'",
     [("Baggrund", "Familier med børn med nedsat funktionsevne kan få dækket nødvendige merudgifter, jf. barnets lov § 86. Forvaltningen har gennemgået praksis for kørsel."),
      ("Løsning", "Det foreslås, at dækning af kørsel til fritidsaktiviteter som udgangspunkt ikke ydes, idet fritidsaktiviteter anses for almindelige udgifter for alle familier. Der kan dispenseres i særlige tilfælde efter godkendelse af afdelingslederen."),
      ("Indstilling", "at de ændrede retningslinjer godkendes."),
      ("Beslutning", "Indstillingen godkendt.")])
case("presumption_of_refusal", "N", 1, "Sagsbehandlingsfrister på social- og ældreområdet",
     "Retssikkerhedsloven § 3, stk. 2", "'behandles normalt inden for 8 uger'",
     [("Sagsfremstilling", "Kommunen skal fastsætte frister for, hvor lang tid der må gå, fra ansøgning er modtaget, til afgørelse er truffet, jf. retssikkerhedslovens § 3, stk. 2. Ansøgninger om boligindretning behandles normalt inden for 8 uger; ansøgninger om el-scootere inden for 6 uger. Kan fristen ikke overholdes, får borgeren skriftlig besked om, hvornår afgørelsen kan forventes."),
      ("Indstilling", "Forvaltningen indstiller, at fristerne godkendes."),
      ("Beslutning", "Godkendt.")])
case("presumption_of_refusal", "N", 2, "Retningslinjer for hjælpemidler - opdatering",
     "SEL § 112, stk. 1 (statutory criteria)", "statutory criteria restated, 'konkret og individuel vurdering'",
     [("Sagsfremstilling", "Efter servicelovens § 112, stk. 1 ydes støtte til hjælpemidler, når hjælpemidlet i væsentlig grad kan afhjælpe de varige følger af den nedsatte funktionsevne, i væsentlig grad kan lette den daglige tilværelse i hjemmet eller er nødvendigt for, at ansøgeren kan udøve et erhverv. Retningslinjerne gengiver disse betingelser. Eksemplerne i retningslinjerne er ikke udtømmende, og der foretages altid en konkret og individuel vurdering."),
      ("Indstilling", "Forvaltningen indstiller, at de opdaterede retningslinjer godkendes."),
      ("Beslutning", "Godkendt.")])
case("presumption_of_refusal", "N", 3, "Praksis for el-scootere - orientering om Ankestyrelsens principmeddelelse",
     "SEL § 113; individuel vurdering", "'kan ikke afvises alene med henvisning til gangdistance'",
     [("Sagsfremstilling", "Forvaltningen orienterer om praksis for el-scootere. En ansøgning kan ikke afvises alene med henvisning til, at borgeren kan gå en bestemt distance; det afgørende er, om el-scooteren i væsentlig grad kan lette den daglige tilværelse, vurderet ud fra borgerens samlede situation."),
      ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])

# ---------------------------------------------------------------- budget_stop
case("budget_stop", "F", 1, "Budgetopfølgning pr. 31. august 2025 - Social og Sundhed",
     "SEL §§ 112, 116 (retskrav); budget stop", "bullet 3 'midlertidigt bevillingsstop for boligændringer resten af året'",
     [("Sagsfremstilling", "Budgetopfølgningen viser et forventet merforbrug på 7,4 mio. kr. på social- og sundhedsområdet, primært på hjælpemidler og boligændringer samt på udgifter til borgerstyret personlig assistance."),
      ("Indstilling", "Direktionen indstiller, at\n- budgetopfølgningen tages til efterretning\n- merforbruget på BPA på 2,1 mio. kr. finansieres af kassebeholdningen\n- der indføres midlertidigt bevillingsstop for boligændringer resten af året, da rammen er opbrugt\n- udvalget orienteres om udviklingen i november"),
      ("Beslutning", "Indstillingen godkendt.")])
case("budget_stop", "F", 2, "Økonomisk status for handicap- og psykiatriområdet",
     "SEL § 85 (retskrav); applications put on hold", "background: 'sat i bero til januar 2026'",
     [("Sagsfremstilling", "Rammen for socialpædagogisk støtte efter servicelovens § 85 er overskredet med 3,2 mio. kr. Forvaltningen har derfor taget en række initiativer. Nye ansøgninger om støtte vil blive sat i bero til januar 2026, hvor det nye budget træder i kraft; akutte sager prioriteres. Herudover gennemføres opfølgning på alle eksisterende bevillinger."),
      ("Indstilling", "Forvaltningen indstiller, at orienteringen om initiativerne tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])
case("budget_stop", "F", 3, "Venteliste til aflastning og ledsagelse",
     "SEL §§ 84, 97 (retskrav); allocation by budget", "'nye bevillinger gives først, når der er økonomisk plads'",
     [("Sagsfremstilling", "Der er pr. 1. oktober 2025 34 borgere på venteliste til aflastning og ledsagelse. Forvaltningen foreslår, at ventelisten fastholdes, og at nye bevillinger gives først, når der er økonomisk plads inden for budgetrammen, i den rækkefølge ansøgningerne er modtaget."),
      ("Indstilling", "at forvaltningens forslag til håndtering af ventelisten godkendes."),
      ("Beslutning", "Godkendt. A og Ø tog forbehold.")])
case("budget_stop", "N", 1, "Kultur- og fritidspuljen 2025 er disponeret",
     "Folkeoplysningsloven / kommunalfuldmagt (discretionary pool)", "'puljen er fuldt disponeret … henvises til 2026'",
     [("Sagsfremstilling", "Kultur- og fritidspuljen på 400.000 kr. er fuldt disponeret for 2025. Puljen er et skønsmæssigt tilskud uden retskrav. Nye ansøgninger henvises til første ansøgningsrunde i 2026 med frist 1. februar."),
      ("Indstilling", "at orienteringen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])
case("budget_stop", "N", 2, "Tillægsbevilling til hjælpemidler og boligændringer",
     "SEL §§ 112, 116; extra appropriation", "'borgernes retskrav påvirkes ikke'",
     [("Sagsfremstilling", "Udgifterne til hjælpemidler og boligændringer forventes at overstige budgettet med 4,6 mio. kr. Der er tale om ydelser, som borgerne har retskrav på, når betingelserne er opfyldt. Forvaltningen foreslår, at merudgiften finansieres ved en tillægsbevilling, så sagsbehandlingen fortsætter uændret."),
      ("Indstilling", "Økonomiudvalget anbefaler, at der gives en tillægsbevilling på 4,6 mio. kr. finansieret af kassebeholdningen."),
      ("Beslutning", "Godkendt.")])
case("budget_stop", "N", 3, "Ansættelsesstop i den centrale administration",
     "Kommunalbestyrelsens budgetkompetence", "'ansættelsesstop … omfatter ikke borgernære stillinger'",
     [("Sagsfremstilling", "For at sikre balance i budget 2026 foreslås et midlertidigt ansættelsesstop i den centrale administration til 30. juni 2026. Stop omfatter ikke borgernære stillinger, og der kan dispenseres af direktionen."),
      ("Indstilling", "at ansættelsesstoppet godkendes."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- retroactive_reduction
case("retroactive_reduction", "F", 1, "Nyt serviceniveau for hjemmehjælp - ikrafttræden",
     "Forvaltningsret: tilbagevirkende kraft af byrdefuld ændring", "'har virkning fra 1. oktober 2025' (decided later)",
     [("Sagsfremstilling", "Kommunalbestyrelsen vedtog i forbindelse med budget 2026 at reducere serviceniveauet for praktisk hjælp, så indkøb fremover alene ydes som varebestilling. Forvaltningen har gennemført partshøring af de berørte 412 borgere."),
      ("Indstilling", "Forvaltningen indstiller, at det nye serviceniveau godkendes og har virkning fra 1. oktober 2025."),
      ("Beslutning", "Godkendt.")])
case("retroactive_reduction", "F", 2, "Tilskud til kørsel - ændret sats",
     "Byrdefuld ændring med tilbagevirkende kraft", "'gælder for perioden 1. august - 31. december 2025'",
     [("Sagsfremstilling", "Satsen for tilskud til individuel befordring nedsættes fra 3,51 kr. til 2,20 kr. pr. km som led i genopretningsplanen."),
      ("", "|Periode|Sats pr. km\n|1. januar - 31. juli 2025|3,51 kr.\n|1. august - 31. december 2025|2,20 kr."),
      ("Indstilling", "at den nedsatte sats godkendes, og at den gælder for perioden 1. august - 31. december 2025, samt at forvaltningen modregner for meget udbetalt tilskud i de kommende udbetalinger."),
      ("Beslutning", "Indstillingen godkendt.")])
case("retroactive_reduction", "F", 3, "Egenbetaling for dagcenter",
     "Byrdefuld ændring med tilbagevirkende kraft", "'gennemføres fra og med augustopkrævningen'",
     [("Sagsfremstilling", "Egenbetalingen for kørsel og forplejning i dagcentrene hæves fra 42 kr. til 65 kr. pr. dag. Forhøjelsen gennemføres fra og med augustopkrævningen 2025, og difference for august og september efteropkræves sammen med oktoberopkrævningen."),
      ("Indstilling", "at forhøjelsen af egenbetalingen godkendes."),
      ("Beslutning", "Godkendt.")])
case("retroactive_reduction", "N", 1, "Ændret serviceniveau for indkøbsordning fra 1. januar 2026",
     "Fremadrettet ændring med partshøring", "'fra 1. januar 2026 … ny afgørelse'",
     [("Sagsfremstilling", "Indkøbsordningen ændres, så den alene ydes som varebestilling. Ændringen får virkning fra 1. januar 2026. De berørte borgere får en ny afgørelse efter partshøring og en rimelig varslingsperiode."),
      ("Indstilling", "at det ændrede serviceniveau godkendes med virkning fra 1. januar 2026."),
      ("Beslutning", "Godkendt.")])
case("retroactive_reduction", "N", 2, "Forhøjelse af tilskud til individuel befordring",
     "Begunstigende ændring med tilbagevirkende kraft", "'forhøjes med virkning fra 1. juli 2025'",
     [("Sagsfremstilling", "Satsen for tilskud til individuel befordring har været uændret siden 2021. Forvaltningen foreslår, at satsen forhøjes fra 3,51 kr. til 3,79 kr. pr. km med virkning fra 1. juli 2025, så den følger statens takst. Forhøjelsen er til gunst for borgerne, og differencen efterbetales."),
      ("Indstilling", "at forhøjelsen godkendes."),
      ("Beslutning", "Godkendt.")])
case("retroactive_reduction", "N", 3, "Takster 2026 for dagcentre",
     "Fremadrettet takstændring", "'gælder fra 1. januar 2026'",
     [("Sagsfremstilling", "Taksterne for kørsel og forplejning i dagcentrene reguleres. De nye takster gælder fra 1. januar 2026 og varsles borgerne i december."),
      ("", "|Ydelse|2025|2026\n|Forplejning pr. dag|42 kr.|45 kr.\n|Kørsel pr. dag|25 kr.|26 kr."),
      ("Indstilling", "at taksterne for 2026 godkendes."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- personal_data
case("personal_data", "F", 1, "Afskrivning af uerholdelige restancer",
     "Databeskyttelse; offentliggørelse af navngivne debitorer", "debtor table with names and addresses",
     [("Sagsfremstilling", "Forvaltningen har gennemgået restancer over 25.000 kr., som vurderes uerholdelige efter forgæves udlæg. Der er tale om følgende restancer:"),
      ("", "|Debitor|Adresse|Restance|Årsag\n|Bent Ravn Jakobsen|Møllevej 12, st. th.|41.260 kr.|Gældssanering\n|Lise Marie Olsen|Kirkestræde 3|28.900 kr.|Forgæves udlæg\n|Mohammed Saleh|Parkalle 44, 2. tv.|33.415 kr.|Udrejst"),
      ("Indstilling", "at restancerne på i alt 103.575 kr. afskrives."),
      ("Beslutning", "Godkendt.")])
case("personal_data", "F", 2, "Ansøgning om dispensation fra opholdskrav til almen bolig",
     "Databeskyttelse; private forhold i åbent punkt", "'ansøgeren, 47 år, … modtager kontanthjælp … tidligere dømt'",
     [("Sagsfremstilling", "Ansøgeren, Jannik Holst Pedersen, 47 år, bor i dag hos sin søster på Ågade 7 efter en skilsmisse. Han modtager kontanthjælp og har tidligere afsonet en dom for vold. Han ønsker anvisning til en bolig i Boligselskabet Vesterled og søger dispensation fra kravet om 2 års bopæl i kommunen."),
      ("Indstilling", "at dispensation meddeles."),
      ("Beslutning", "Godkendt.")])
case("personal_data", "F", 3, "Personalesag - orientering om afskedigelse",
     "Databeskyttelse; personalesag i åbent punkt", "'medarbejderen Tina Bruun … afskediget på grund af samarbejdsvanskeligheder'",
     [("Sagsfremstilling", "Kommunaldirektøren orienterer om, at leder af Rosenhaven Plejecenter Tina Bruun er afskediget pr. 30. november 2025 på grund af samarbejdsvanskeligheder og gentagne sygefravær. Der er indgået fratrædelsesaftale med 3 måneders fritstilling."),
      ("Indstilling", "at orienteringen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])
case("personal_data", "N", 1, "Afskrivning af restancer - samlet oversigt",
     "Aggregated data", "aggregated debtor table without names",
     [("Sagsfremstilling", "Forvaltningen har gennemgået restancer, som vurderes uerholdelige. Oversigten er opgjort samlet; navne og adresser indgår ikke i sagen."),
      ("", "|Restancens størrelse|Antal debitorer|Beløb i alt\n|Under 10.000 kr.|14|72.300 kr.\n|10.000-50.000 kr.|7|188.450 kr.\n|Over 50.000 kr.|2|151.900 kr."),
      ("Indstilling", "at restancerne på i alt 412.650 kr. afskrives."),
      ("Beslutning", "Godkendt.")])
case("personal_data", "N", 2, "Dispensation fra opholdskrav - principiel drøftelse",
     "Anonymised description", "'oplysninger om ansøgerne fremgår af lukket bilag'",
     [("Sagsfremstilling", "Forvaltningen har modtaget tre ansøgninger om dispensation fra opholdskravet til boligsocial anvisning. Sagen forelægges for at få fastlagt en principiel praksis. Oplysninger om ansøgernes personlige forhold fremgår af et lukket bilag og gengives ikke her."),
      ("Indstilling", "at der fremover kan dispenseres, når særlige sociale forhold taler for det."),
      ("Beslutning", "Godkendt.")])
case("personal_data", "N", 3, "Ny leder af Rosenhaven Plejecenter",
     "Public role, no private data", "named new manager (public role)",
     [("Sagsfremstilling", "Kommunaldirektøren orienterer om, at Helle Thygesen er ansat som ny leder af Rosenhaven Plejecenter fra 1. januar 2026. Hun kommer fra en stilling som områdeleder i nabokommunen."),
      ("Indstilling", "at orienteringen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])

# ---------------------------------------------------------------- named_citizen_health
case("named_citizen_health", "F", 1, "Henvendelse om plejeboligtildeling",
     "Helbredsoplysninger om navngiven borger i åbent referat", "'Else Marie Thomsen … demens og KOL'",
     [("Sagsfremstilling", "Else Marie Thomsen, Lærkevej 9, har skrevet til byrådet, fordi hun har fået afslag på plejebolig. Hun er 88 år, har moderat demens og KOL og er faldet flere gange i hjemmet. Visitationsudvalget har vurderet, at hendes behov kan dækkes med hjemmehjælp og nødkald."),
      ("Indstilling", "at henvendelsen besvares i overensstemmelse med forvaltningens vurdering."),
      ("Beslutning", "Godkendt.")])
case("named_citizen_health", "F", 2, "Borgerhenvendelse om genoptræning",
     "Helbredsoplysninger i åbent referat", "'hans mor … efter en blodprop i hjernen' with names",
     [("Sagsfremstilling", "Peter Lund har på vegne af sin mor, Grethe Lund, klaget over ventetiden på genoptræning efter sundhedslovens § 140. Grethe Lund blev udskrevet fra Regionshospitalet den 2. september 2025 efter en blodprop i hjernen og har halvsidig lammelse. Hun startede genoptræning 24 dage efter udskrivningen."),
      ("Indstilling", "at forvaltningens redegørelse tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])
case("named_citizen_health", "F", 3, "Status på venteliste til plejebolig",
     "Helbredsoplysninger i tabel", "waiting-list table with names and diagnoses",
     [("Sagsfremstilling", "Der har været klager over ventetiden på plejeboliger. Status pr. 1. november 2025 for de borgere, der har ventet længst, fremgår af tabellen."),
      ("", "|Borger|Diagnose|Ventet\n|Arne Kjeldsen|Parkinsons sygdom|74 dage\n|Birthe Skov|Demens (Alzheimer)|69 dage\n|Kaj Nørgaard|Apopleksi, diabetes|61 dage"),
      ("Indstilling", "at status tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])
case("named_citizen_health", "N", 1, "Henvendelse om ventetid på plejebolig",
     "Anonymised", "'en borger (kvinde, 80+) med demens'",
     [("Sagsfremstilling", "Byrådet har modtaget en henvendelse fra en borger (kvinde, 80+) med demens, som har fået afslag på plejebolig. Forvaltningen redegør generelt for visitationskriterierne; sagens konkrete oplysninger er behandlet i forvaltningen og indgår ikke i referatet."),
      ("Indstilling", "at redegørelsen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])
case("named_citizen_health", "N", 2, "Borgerforslag om sti langs Mølleåen",
     "Named citizen, no health data", "'borgerforslag fra Karen Nielsen'",
     [("Sagsfremstilling", "Karen Nielsen har på vegne af Grundejerforeningen Åbrinken stillet borgerforslag om en rekreativ sti langs Mølleåen. Forslaget har fået 512 støtter. Forvaltningen vurderer anlægsudgiften til ca. 1,8 mio. kr."),
      ("Indstilling", "at forslaget indgår i budgetforhandlingerne for 2027."),
      ("Beslutning", "Godkendt.")])
case("named_citizen_health", "N", 3, "Hædersbevisning for frivilligt arbejde",
     "Named citizen with consent, no health data", "'Jens Ole Bak tildeles …'",
     [("Sagsfremstilling", "Kultur- og Fritidsudvalget indstiller, at Jens Ole Bak tildeles kommunens frivillighedspris 2025 for 30 års arbejde i ungdomsafdelingen i Boldklubben. Prismodtageren har accepteret, at navnet offentliggøres."),
      ("Indstilling", "at prisen tildeles Jens Ole Bak."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- cpr_number
case("cpr_number", "F", 1, "Eftergivelse af gæld til kommunen",
     "CPR-nummer i åbent referat", "'cpr.nr. 120356-1234'",
     [("Sagsfremstilling", "Ansøger (cpr.nr. 120356-1234) søger eftergivelse af tilbagebetalingskrav på 18.400 kr. vedrørende for meget udbetalt boligstøtte. Forvaltningen vurderer, at betingelserne for eftergivelse efter de gældende regler er opfyldt, da ansøger varigt mangler betalingsevne."),
      ("Indstilling", "at gælden eftergives."),
      ("Beslutning", "Godkendt.")])
case("cpr_number", "F", 2, "Anmodning om henstand med ejendomsskat",
     "CPR-nummer i åbent referat", "'personnummer 0803781122'",
     [("Sagsfremstilling", "Ejeren af ejendommen matr.nr. 14b Vester Bølle By, personnummer 0803781122, anmoder om henstand med betaling af ejendomsskat for 2. halvår 2025 på grund af arbejdsløshed. Forvaltningen anbefaler henstand til 1. marts 2026 mod forrentning."),
      ("Indstilling", "at henstand meddeles."),
      ("Beslutning", "Godkendt.")])
case("cpr_number", "F", 3, "Tilbagebetalingskrav - kontanthjælp",
     "CPR-nummer i bilagsoversigt", "'f. 14.02.61-2208'",
     [("Sagsfremstilling", "Sagen vedrører et tilbagebetalingskrav efter aktivlovens § 91 på 62.000 kr. over for en borger, f. 14.02.61-2208, som har klaget til byrådet over forvaltningens behandling af sagen."),
      ("Indstilling", "at forvaltningens afgørelse fastholdes."),
      ("Beslutning", "Godkendt.")])
case("cpr_number", "N", 1, "Kontaktoplysninger for nyt borgerservicecenter",
     "Phone, CVR, EAN (not CPR)", "'tlf. 72 36 45 00 … CVR 29189846 … EAN 5798000553247'",
     [("Sagsfremstilling", "Det nye borgerservicecenter åbner 1. december 2025. Centret kan kontaktes på tlf. 72 36 45 00. Fakturaer til centret sendes til EAN-nr. 5798000553247; kommunens CVR-nr. er 29189846."),
      ("Indstilling", "at orienteringen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])
case("cpr_number", "N", 2, "Eftergivelse af gæld - sag 27.69.48-P20-1-25",
     "Journal number (not CPR)", "'journalnr. 27.69.48-P20-1-25'",
     [("Sagsfremstilling", "Under journalnr. 27.69.48-P20-1-25 søger en borger eftergivelse af et krav på 18.400 kr. Borgerens identitet og økonomiske forhold fremgår af det lukkede bilag; CPR-numre er fjernet fra det offentlige materiale."),
      ("Indstilling", "at gælden eftergives."),
      ("Beslutning", "Godkendt.")])
case("cpr_number", "N", 3, "Orientering om ny CPR-lov og digital post",
     "Mentions CPR, no number", "'CPR-registret' mentioned, no number",
     [("Sagsfremstilling", "Forvaltningen orienterer om ændringer i CPR-loven pr. 1. juli 2025, bl.a. om registrering af borgere uden fast bopæl (vejviserregistrering). Borgerservice har 212 borgere registreret uden fast bopæl."),
      ("Indstilling", "at orienteringen tages til efterretning."),
      ("Beslutning", "Taget til efterretning.")])

# ---------------------------------------------------------------- sale_without_offer
case("sale_without_offer", "F", 1, "Salg af areal ved Industrivej",
     "Kommunestyrelseslovens § 68; udbudsbekendtgørelsen", "'sælges til nabo … 350 kr./m²' without offering",
     [("Sagsfremstilling", "Tømrerfirmaet Kjær & Søn ApS, der ejer naboejendommen, har rettet henvendelse om køb af et kommunalt areal på ca. 1.200 m² ved Industrivej. Arealet er udlagt til erhverv i lokalplan 112 og kan bebygges selvstændigt. Der er forhandlet en pris på 350 kr. pr. m², i alt 420.000 kr. ekskl. moms."),
      ("Indstilling", "at arealet sælges til Kjær & Søn ApS på de forhandlede vilkår."),
      ("Beslutning", "Godkendt.")])
case("sale_without_offer", "F", 2, "Salg af den tidligere Vestervang Skole",
     "Kommunestyrelseslovens § 68; udbudsbekendtgørelsen", "'betinget købsaftale … efter direkte forhandling'",
     [("Sagsfremstilling", "Vestervang Skole har stået tom siden sommeren 2024. Forvaltningen har efter direkte forhandling indgået betinget købsaftale med Landsbyfriskolen Vestervang om køb af bygningerne og grunden for 2,4 mio. kr., svarende til den offentlige ejendomsvurdering."),
      ("Indstilling", "at den betingede købsaftale godkendes."),
      ("Beslutning", "Godkendt.")])
case("sale_without_offer", "F", 3, "Salg af parcelhusgrund, Engtoften 8",
     "Kommunestyrelseslovens § 68; udbudsbekendtgørelsen", "'har anmodet om at købe … til listeprisen fra 2019'",
     [("Sagsfremstilling", "Grunden Engtoften 8 har ikke været udbudt siden 2019. Lokalrådets formand har anmodet om at købe grunden til listeprisen fra 2019 på 295.000 kr. Forvaltningen anbefaler, at grunden sælges, da den har ligget ubenyttet hen."),
      ("Indstilling", "at grunden sælges til ansøger for 295.000 kr."),
      ("Beslutning", "Godkendt.")])
case("sale_without_offer", "N", 1, "Salg af den tidligere Nordby Skole efter offentligt udbud",
     "Udbudsbekendtgørelsen; offentligt udbud", "'udbudt offentligt … 4 bud … højeste bud'",
     [("Sagsfremstilling", "Ejendommen har været udbudt offentligt i overensstemmelse med bekendtgørelse om offentligt udbud ved salg af kommunens faste ejendomme med annoncering i dagspressen og på kommunens hjemmeside i perioden 2. juni til 30. juni 2025. Der er modtaget 4 bud. Højeste bud er 3,1 mio. kr. fra Nordby Boligudvikling ApS."),
      ("Indstilling", "at ejendommen sælges til højestbydende."),
      ("Beslutning", "Godkendt.")])
case("sale_without_offer", "N", 2, "Arealoverførsel til naboejendom, Skovbrynet",
     "Udbudsbekendtgørelsen § 2, stk. 2 (exempt small area)", "'kan ikke udstykkes selvstændigt … vurdering fra ejendomsmægler'",
     [("Sagsfremstilling", "Ejeren af Skovbrynet 14 ønsker at købe en kommunal rabat på 86 m², som ikke kan udstykkes eller bebygges selvstændigt. Salget kan ske uden offentligt udbud, jf. udbudsbekendtgørelsens § 2, stk. 2, idet arealet alene har værdi for naboejendommen. Prisen er fastsat til markedsprisen efter vurdering fra uafhængig ejendomsmægler."),
      ("Indstilling", "at arealet sælges som arealoverførsel for 12.900 kr."),
      ("Beslutning", "Godkendt.")])
case("sale_without_offer", "N", 3, "Grundsalg i Kirkebakken - fastprisudbud",
     "Udbudsbekendtgørelsen; fastprisudbud", "'udbydes til fast pris efter annoncering'",
     [("Sagsfremstilling", "Kommunen har 9 byggemodne parcelhusgrunde i Kirkebakken. Grundene udbydes til fast pris efter offentlig annoncering på kommunens hjemmeside og i lokalavisen i mindst 8 dage. Grundene sælges efter princippet 'først til mølle' blandt de interesserede, der har budt listeprisen."),
      ("", "|Grund|Areal|Pris\n|Kirkebakken 1|812 m²|385.000 kr.\n|Kirkebakken 3|790 m²|375.000 kr."),
      ("Indstilling", "at grundene udbydes til de anførte priser."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- single_company_support
case("single_company_support", "F", 1, "Tilskud til renovering af Hotel Fjordgården",
     "Kommunalfuldmagt; støtte til enkeltvirksomhed", "'tilskud på 250.000 kr. til Hotel Fjordgården A/S'",
     [("Sagsfremstilling", "Hotel Fjordgården A/S er byens eneste hotel og vigtigt for turismen. Hotellet søger tilskud til renovering af 18 værelser. Ejeren oplyser, at hotellet ellers må lukke."),
      ("Indstilling", "at der gives et tilskud på 250.000 kr. til Hotel Fjordgården A/S finansieret af erhvervspuljen."),
      ("Beslutning", "Godkendt.")])
case("single_company_support", "F", 2, "Tilskud til husleje for Café Torvet",
     "Kommunalfuldmagt; støtte til enkeltvirksomhed", "'kommunen betaler huslejen for Café Torvet ApS'",
     [("Sagsfremstilling", "Café Torvet på gågaden har varslet lukning efter to år med underskud. For at bevare liv på torvet foreslås, at kommunen i 2026 betaler huslejen for Café Torvet ApS på 14.500 kr. pr. måned. Bymidteforeningen har anbefalet forslaget."),
      ("Indstilling", "at kommunen betaler huslejen for Café Torvet ApS i 2026, i alt 174.000 kr."),
      ("Beslutning", "Godkendt. Imod stemte C (2).")])
case("single_company_support", "F", 3, "Kommunegaranti for lån til biogasanlæg",
     "Kommunalfuldmagt; garanti for erhvervsvirksomhed", "'kommunegaranti … Vestegnens Biogas ApS'",
     [("Sagsfremstilling", "Vestegnens Biogas ApS ønsker at udvide anlægget og har bedt kommunen stille garanti for et lån på 18 mio. kr. i KommuneKredit. Selskabet er privatejet og sælger gassen på markedsvilkår."),
      ("Indstilling", "at kommunen stiller selvskyldnerkaution for lånet til Vestegnens Biogas ApS, og at garantiprovision opkræves med 0,5 pct."),
      ("Beslutning", "Godkendt.")])
case("single_company_support", "N", 1, "Resultatkontrakt med Erhvervsrådet 2026",
     "Lov om erhvervsfremme § 14 (lokal erhvervsservice)", "'jf. lov om erhvervsfremme § 14'",
     [("Sagsfremstilling", "Kommunen kan efter lov om erhvervsfremme § 14 varetage lokal erhvervsservice, som er generel og tilgængelig for alle virksomheder. Erhvervsrådet tilbyder vejledning, iværksætterforløb og netværk for alle virksomheder i kommunen."),
      ("Indstilling", "at resultatkontrakten med Erhvervsrådet for 2026 på 2,1 mio. kr. godkendes."),
      ("Beslutning", "Godkendt.")])
case("single_company_support", "N", 2, "Tilskud til Sønderby Forsamlingshus",
     "Kommunalfuldmagt; almennyttig forening", "'forening … almennyttigt … åbent for alle'",
     [("Sagsfremstilling", "Sønderby Forsamlingshus drives af en almennyttig forening og er åbent for alle byens borgere og foreninger. Foreningen søger 85.000 kr. til nyt tag. Tilskuddet ydes efter kommunalfuldmagtsreglerne som støtte til et lokalt samlingssted."),
      ("Indstilling", "at der gives et anlægstilskud på 85.000 kr. til Sønderby Forsamlingshus."),
      ("Beslutning", "Godkendt.")])
case("single_company_support", "N", 3, "Lokaletilskud til idrætsforening",
     "Folkeoplysningsloven § 21", "'lokaletilskud efter folkeoplysningslovens § 21'",
     [("Sagsfremstilling", "Idrætsforeningen Fremad søger lokaletilskud til leje af hal. Tilskuddet beregnes efter folkeoplysningslovens § 21 og kommunens tilskudsregler med 75 pct. af de tilskudsberettigede udgifter."),
      ("Indstilling", "at der ydes lokaletilskud på 142.000 kr."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- closed_without_reason
case("closed_without_reason", "F", 1, "Lukket punkt: Køb af ejendom",
     "Styrelseslovens § 10; lukning uden hjemmel angivet", "closed item with no ground",
     [("", "Lukket punkt."),
      ("Beslutning", "Godkendt.")])
case("closed_without_reason", "F", 2, "Orientering om budgetsituationen",
     "Styrelseslovens § 10; ground not legal", "'behandles for lukkede døre efter ønske fra borgmesteren'",
     [("", "Punktet behandles for lukkede døre efter ønske fra borgmesteren."),
      ("Beslutning", "Orienteringen blev taget til efterretning.")])
case("closed_without_reason", "F", 3, "Status på organisationsændring i Teknik og Miljø (lukket)",
     "Styrelseslovens § 10; lukning uden grund", "'(lukket)' with only 'Sagen er fortrolig.'",
     [("", "Sagen er fortrolig."),
      ("Beslutning", "Taget til efterretning.")])
case("closed_without_reason", "N", 1, "Lukket punkt: Salg af ejendom - forhandlingsmandat",
     "Styrelseslovens § 10, stk. 2; kommunens økonomiske interesser", "ground named",
     [("", "Lukket punkt, jf. styrelseslovens § 10, stk. 2, idet sagen vedrører kommunens forhandlingsposition ved et forestående salg, hvor offentlighed vil kunne skade kommunens økonomiske interesser."),
      ("Beslutning", "Godkendt.")])
case("closed_without_reason", "N", 2, "Lukket punkt: Personalesag",
     "Styrelseslovens § 10, stk. 2; personsag", "'personsag' ground",
     [("", "Lukket punkt - personsag. Sagen indeholder oplysninger om enkeltpersoners private forhold."),
      ("Beslutning", "Godkendt.")])
case("closed_without_reason", "N", 3, "Lukket punkt: Udbud af rengøring - tildeling",
     "Styrelseslovens § 10, stk. 2; forretningsforhold", "'oplysninger om tilbudsgiveres forretningsforhold'",
     [("", "Lukket punkt, da sagen indeholder oplysninger om tilbudsgivernes drifts- og forretningsforhold, jf. styrelseslovens § 10, stk. 2."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- no_council_hearing
case("no_council_hearing", "F", 1, "Endelig beslutning om nedlæggelse af Skovlund Skoles afdeling i Hvidbjerg",
     "Folkeskolelovens § 24 a; bekendtgørelse om procedure ved nedlæggelse af en folkeskole (8 ugers høring)", "final closure with no hearing mentioned",
     [("Sagsfremstilling", "Børne- og Uddannelsesudvalget besluttede den 19. august 2025 at anbefale, at Skovlund Skoles afdeling i Hvidbjerg nedlægges pr. 31. juli 2026 på grund af faldende elevtal. Afdelingen har 41 elever fordelt på 0.-3. klasse. Eleverne overflyttes til hovedskolen."),
      ("Indstilling", "Børne- og Uddannelsesudvalget indstiller, at Byrådet endeligt beslutter at nedlægge afdelingen i Hvidbjerg pr. 31. juli 2026."),
      ("Beslutning", "Godkendt.")])
case("no_council_hearing", "F", 2, "Ændring af kvalitetsstandard for hjemmehjælp",
     "Retssikkerhedsloven § 34 (ældreråd); SEL § 37 a (handicapråd)", "'forelægges ikke Ældrerådet af tidshensyn'",
     [("Sagsfremstilling", "Som følge af budgetaftalen ændres kvalitetsstandarden, så tøjvask fremover alene ydes i form af vasketøjsordning."),
      ("Høring", "Sagen forelægges ikke Ældrerådet og Handicaprådet af tidshensyn, men rådene orienteres efterfølgende."),
      ("Indstilling", "at den ændrede kvalitetsstandard godkendes med virkning fra 1. januar 2026."),
      ("Beslutning", "Godkendt.")])
case("no_council_hearing", "F", 3, "Lukning af Børnehuset Myretuen",
     "Dagtilbudsloven § 15 (forældrebestyrelse); skolestruktur", "closure 'pr. 31. december 2025' with no hearing",
     [("Sagsfremstilling", "Børnehuset Myretuen har 23 børn og en lav belægningsgrad. Forvaltningen foreslår, at børnehuset lukkes pr. 31. december 2025, og at børnene tilbydes plads i Børnehuset Solsikken 1,2 km væk. Personalet overflyttes."),
      ("Indstilling", "at Børnehuset Myretuen lukkes pr. 31. december 2025."),
      ("Beslutning", "Godkendt med 17 stemmer mod 8.")])
case("no_council_hearing", "N", 1, "Endelig beslutning om sammenlægning af Nørre Skole og Bakkeskolen",
     "Folkeskolelovens § 24 a; høring gennemført", "'høringssvar fra skolebestyrelserne er vedlagt'",
     [("Sagsfremstilling", "Byrådet besluttede den 26. juni 2025 at sende forslaget om sammenlægning i offentlig høring. Forslaget har været i høring fra 18. august til 17. oktober 2025, i alt 8 uger og 4 dage, og der blev holdt borgermøde på begge skoler. Høringssvar fra skolebestyrelserne, MED-udvalgene og 14 borgere er vedlagt som bilag 2-17 og sammenfattet i bilag 1."),
      ("Indstilling", "at Byrådet endeligt beslutter sammenlægningen pr. 1. august 2026."),
      ("Beslutning", "Godkendt.")])
case("no_council_hearing", "N", 2, "Kvalitetsstandarder 2026 - efter høring",
     "Retssikkerhedsloven § 34; høring gennemført", "'Ældrerådet og Handicaprådet har afgivet høringssvar'",
     [("Sagsfremstilling", "Udkast til kvalitetsstandarder for 2026 har været i høring. Ældrerådet og Handicaprådet har afgivet høringssvar, som fremgår af bilag 3 og 4. Handicarådets bemærkning om hjælpemiddeldepotets åbningstider er indarbejdet."),
      ("Indstilling", "at kvalitetsstandarderne godkendes."),
      ("Beslutning", "Godkendt.")])
case("no_council_hearing", "N", 3, "Forslag om lukning af Børnehuset Myretuen - udsendelse i høring",
     "Dagtilbudsloven; høring sendes ud", "'sendes i høring i 8 uger'",
     [("Sagsfremstilling", "Forvaltningen foreslår, at Børnehuset Myretuen lukkes pr. 31. juli 2026. Før en endelig beslutning skal forældrebestyrelsen og de berørte parter høres."),
      ("Indstilling", "at forslaget sendes i høring i 8 uger hos forældrebestyrelserne og MED-udvalget, og at sagen genoptages efter høringen."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- unlawful_delegation
case("unlawful_delegation", "F", 1, "Tidsplan for budget 2026",
     "Styrelseslovens § 38 (budget vedtages af kommunalbestyrelsen)", "'Økonomiudvalget bemyndiges til at vedtage budget 2026 endeligt'",
     [("Sagsfremstilling", "Af hensyn til forhandlingerne med KL og den sene budgetaftale foreslås en ændret tidsplan for budget 2026."),
      ("Indstilling", "Borgmesteren indstiller,\n- at tidsplanen godkendes\n- at Økonomiudvalget bemyndiges til at vedtage budget 2026 endeligt, hvis budgetaftalen først foreligger efter byrådets 2. behandling\n- at fagudvalgene orienteres"),
      ("Beslutning", "Godkendt.")])
case("unlawful_delegation", "F", 2, "Godkendelse af regnskab - procedure",
     "Styrelseslovens § 45 (regnskab godkendes af kommunalbestyrelsen)", "'overlades godkendelsen af årsregnskab 2024 til Økonomiudvalget'",
     [("Sagsfremstilling", "Revisionsberetningen for 2024 er modtaget sent. For at overholde fristen foreslås det, at godkendelsen af årsregnskab 2024 og afgivelse af bemærkninger til revisionsberetningen overlades til Økonomiudvalget."),
      ("Indstilling", "at godkendelsen af årsregnskabet overlades til Økonomiudvalget."),
      ("Beslutning", "Godkendt.")])
case("unlawful_delegation", "F", 3, "Justering af udvalgenes opgaver",
     "Styrelseslovens § 2 (styrelsesvedtægt vedtages ved to behandlinger)", "'borgmesteren bemyndiges til at ændre udvalgenes opgavefordeling'",
     [("Sagsfremstilling", "Der er behov for løbende at kunne tilpasse fordelingen af opgaver mellem de stående udvalg."),
      ("Indstilling", "at borgmesteren bemyndiges til at ændre udvalgenes opgavefordeling i styrelsesvedtægten, når der opstår behov herfor."),
      ("Beslutning", "Godkendt.")])
case("unlawful_delegation", "N", 1, "Anlægsbevilling til ny daginstitution",
     "Delegation af licitationsresultat inden for bevilling", "'Økonomiudvalget bemyndiges til at godkende licitationsresultatet inden for anlægsbevillingen'",
     [("Sagsfremstilling", "Der er afsat 38 mio. kr. i budgettet til en ny daginstitution i Vestbyen."),
      ("Indstilling", "at der gives en anlægsbevilling på 38 mio. kr., og at Økonomiudvalget bemyndiges til at godkende licitationsresultatet inden for anlægsbevillingen."),
      ("Beslutning", "Godkendt.")])
case("unlawful_delegation", "N", 2, "Bemyndigelse til indgåelse af lejeaftale",
     "Delegation af driftsbeslutning", "'bemyndiger forvaltningen til at indgå lejeaftale inden for den afsatte ramme'",
     [("Sagsfremstilling", "Jobcentret har behov for midlertidige lokaler under renoveringen."),
      ("Indstilling", "at Byrådet bemyndiger forvaltningen til at indgå en lejeaftale for op til 18 måneder inden for den afsatte ramme på 1,2 mio. kr."),
      ("Beslutning", "Godkendt.")])
case("unlawful_delegation", "N", 3, "Ændring af styrelsesvedtægten - 2. behandling",
     "Styrelseslovens § 2; to behandlinger", "'2. behandling … vedtages'",
     [("Sagsfremstilling", "Byrådet førstebehandlede ændringen af styrelsesvedtægten den 25. september 2025. Ændringen flytter ansvaret for klimaområdet fra Teknik- og Miljøudvalget til Økonomiudvalget."),
      ("Indstilling", "at ændringen af styrelsesvedtægten vedtages ved 2. behandling og sendes til Ankestyrelsen til orientering."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- inhabil_took_part
case("inhabil_took_part", "F", 1, "Anlægstilskud til Rideklubben Hestehaven",
     "Forvaltningslovens § 3; styrelseslovens § 14", "member says she chairs the club; 'enstemmigt af alle 27 medlemmer'",
     [("Sagsfremstilling", "Rideklubben Hestehaven søger anlægstilskud på 450.000 kr. til ny ridehal."),
      ("Indstilling", "at der gives anlægstilskud på 450.000 kr."),
      ("Beslutning", "Karin Holm (C) gjorde opmærksom på, at hun er formand for rideklubben.\nIndstillingen blev godkendt enstemmigt af alle 27 medlemmer.")])
case("inhabil_took_part", "F", 2, "Dispensation fra lokalplan 87 - Havnevej 21",
     "Forvaltningslovens § 3 (nær familie)", "'Inhabil: Poul Erik Dam' yet vote lists him",
     [("Sagsfremstilling", "Ejeren af Havnevej 21 søger dispensation fra lokalplanens bestemmelse om bygningshøjde for at opføre en tagetage."),
      ("Indstilling", "Plan- og Teknikudvalget anbefaler, at dispensation meddeles."),
      ("Beslutning", "Inhabil: Poul Erik Dam (O), idet ansøgeren er hans datter.\nFor stemte: A, O og V (15), herunder Poul Erik Dam. Imod stemte: F og Ø (4). Dispensationen blev meddelt.")])
case("inhabil_took_part", "F", 3, "Aftale om varmeforsyning med Nordvarme A/S",
     "Forvaltningslovens § 3 (bestyrelsesmedlem i privat selskab)", "'deltog i behandlingen, selv om han er bestyrelsesmedlem'",
     [("Sagsfremstilling", "Nordvarme A/S er et privatejet selskab, som har tilbudt at levere fjernvarme til det nye erhvervsområde."),
      ("Indstilling", "at aftalen med Nordvarme A/S godkendes."),
      ("Beslutning", "Erik Lund (V) oplyste, at han er menigt bestyrelsesmedlem i Nordvarme A/S, men vurderede ikke selv at være inhabil og deltog i behandlingen.\nGodkendt.")])
case("inhabil_took_part", "N", 1, "Anlægstilskud til Rideklubben Hestehaven",
     "Forvaltningslovens § 3; member left", "'erklærede sig inhabil og forlod mødet'",
     [("Sagsfremstilling", "Rideklubben Hestehaven søger anlægstilskud på 450.000 kr. til ny ridehal."),
      ("Indstilling", "at der gives anlægstilskud på 450.000 kr."),
      ("Beslutning", "Karin Holm (C) erklærede sig inhabil og forlod mødet under punktets behandling.\nGodkendt af de øvrige 26 medlemmer.")])
case("inhabil_took_part", "N", 2, "Tilskud til Kulturhuset Remisen",
     "Forvaltningslovens § 3; kommunalt udpegede bestyrelsesmedlemmer", "'kommunalt udpeget … ikke inhabil'",
     [("Sagsfremstilling", "Kulturhuset Remisen er en selvejende institution med driftsaftale med kommunen."),
      ("Indstilling", "at driftstilskuddet for 2026 fastsættes til 2,4 mio. kr."),
      ("Beslutning", "Byrådet vurderede, at Søren Kjær (A), der er udpeget af byrådet til bestyrelsen, ikke er inhabil alene på grund af hvervet som kommunalt udpeget bestyrelsesmedlem.\nGodkendt.")])
case("inhabil_took_part", "N", 3, "Dispensation fra lokalplan - Strandvejen 4",
     "Forvaltningslovens § 3; member did not take part", "'deltog ikke i behandlingen og forlod lokalet'",
     [("", "Inhabil: Lars Møller (F) deltog ikke i behandlingen og forlod lokalet."),
      ("Sagsfremstilling", "Ejeren af Strandvejen 4, Lars Møllers bror, søger dispensation fra lokalplanens bestemmelse om tagform."),
      ("Indstilling", "at dispensation meddeles."),
      ("Beslutning", "Godkendt af de tilstedeværende medlemmer.")])

# ---------------------------------------------------------------- fee_without_basis
case("fee_without_basis", "F", 1, "Gebyr for ansøgning om ledsageordning",
     "Legalitetsprincippet; intet gebyrhjemmel i serviceloven", "'ekspeditionsgebyr på 250 kr.'",
     [("Sagsfremstilling", "For at dække administrationsudgifterne foreslås det, at der opkræves et ekspeditionsgebyr på 250 kr. pr. ansøgning om ledsageordning efter servicelovens § 97 og om hjælpemidler efter § 112. Gebyret tilbagebetales ikke ved afslag."),
      ("Indstilling", "at ekspeditionsgebyret indføres fra 1. januar 2026."),
      ("Beslutning", "Godkendt.")])
case("fee_without_basis", "F", 2, "Takstblad 2026 for Børn og Familie",
     "Opkrævningslovens § 6 (fixed reminder fee); no basis for certificate fee", "table cells 'rykkergebyr 150 kr.' and 'pladsgaranti-attest 150 kr.'",
     [("Sagsfremstilling", "Takstbladet for 2026 er udarbejdet på baggrund af budgetaftalen."),
      ("", "|Ydelse|Takst 2026\n|Vuggestue pr. måned (11 mdr.)|4.080 kr.\n|Børnehave pr. måned (11 mdr.)|2.215 kr.\n|Rykkergebyr ved for sen betaling|150 kr.\n|Udstedelse af pladsgaranti-attest|150 kr."),
      ("Indstilling", "at takstbladet for 2026 godkendes."),
      ("Beslutning", "Godkendt.")])
case("fee_without_basis", "F", 3, "Hjælpemiddeldepotet - brugerbetaling",
     "Legalitetsprincippet; SEL § 112 uden egenbetaling", "'ekspeditionsgebyr på 400 kr. for ny kørestol før tid'",
     [("Sagsfremstilling", "Borgere, der ønsker udskiftning af kørestol, inden den nuværende er udtjent, opkræves fremover et ekspeditionsgebyr på 400 kr. Herudover opkræves et depositum på 500 kr. for lån af rollator, som ikke tilbagebetales, hvis rollatoren afleveres efter fristen."),
      ("Indstilling", "at brugerbetalingen indføres fra 1. januar 2026."),
      ("Beslutning", "Godkendt.")])
case("fee_without_basis", "N", 1, "Rykkergebyr og takster for forældrebetaling 2026",
     "Opkrævningslovens § 6; dagtilbudsloven § 32", "'rykkergebyr 65 kr., jf. opkrævningslovens § 6'",
     [("Sagsfremstilling", "Forældrebetalingen fastsættes efter dagtilbudslovens § 32 som højst 25 pct. af bruttodriftsudgiften. Ved for sen betaling opkræves rykkergebyr på 65 kr., jf. lov om opkrævning og inddrivelse af visse fordringer § 6."),
      ("", "|Ydelse|Takst 2026|Hjemmel\n|Vuggestue pr. måned|4.080 kr.|Dagtilbudsloven § 32\n|Rykkergebyr|65 kr.|Opkrævningsloven § 6"),
      ("Indstilling", "at taksterne godkendes."),
      ("Beslutning", "Godkendt.")])
case("fee_without_basis", "N", 2, "Takst for madservice 2026",
     "SEL § 161 og bekendtgørelse om maksimumbeløb", "'jf. servicelovens § 161 … maksimumbeløbet'",
     [("Sagsfremstilling", "Prisen for madservice fastsættes efter servicelovens § 161 og bekendtgørelse om betaling for madservice. Prisen for en hovedret kan ikke overstige det maksimumbeløb, som ministeriet fastsætter for 2026."),
      ("Indstilling", "at prisen for en hovedret fastsættes til 62 kr. fra 1. januar 2026."),
      ("Beslutning", "Godkendt.")])
case("fee_without_basis", "N", 3, "Byggesagsgebyr 2026",
     "Byggelovens § 28 (timebaseret gebyr)", "'jf. byggelovens § 28 … timepris'",
     [("Sagsfremstilling", "Kommunen opkræver gebyr for byggesagsbehandling efter byggelovens § 28 og bygningsreglementet som betaling for det faktiske tidsforbrug. Timeprisen for 2026 er beregnet til 812 kr. på grundlag af lønudgifterne i byggesagsafdelingen."),
      ("Indstilling", "at timeprisen for byggesagsgebyr fastsættes til 812 kr. for 2026."),
      ("Beslutning", "Godkendt.")])

# ---------------------------------------------------------------- complaint_guidance
case("complaint_guidance", "F", 1, "Klage over afslag på dækning af tabt arbejdsfortjeneste",
     "Retssikkerhedsloven §§ 60, 66-67 (klage til Ankestyrelsen)", "'kan ikke indbringes for anden administrativ myndighed'",
     [("Sagsfremstilling", "En forælder har klaget til byrådet over forvaltningens afslag på dækning af tabt arbejdsfortjeneste efter barnets lov § 87. Forvaltningen har genvurderet sagen og fastholder afslaget."),
      ("Indstilling", "at afslaget fastholdes."),
      ("Beslutning", "Godkendt. Byrådets afgørelse er endelig og kan ikke indbringes for anden administrativ myndighed.")])
case("complaint_guidance", "F", 2, "Afgørelse om borgerstyret personlig assistance",
     "Retssikkerhedsloven § 67 (4 uger, via kommunen)", "'klagefrist 8 uger … direkte til Ankestyrelsen'",
     [("Sagsfremstilling", "Sagen forelægges, fordi bevillingen af BPA efter servicelovens § 96 overstiger forvaltningens bevillingskompetence."),
      ("Indstilling", "at der bevilges BPA med 40 timer ugentligt i stedet for de ansøgte 96 timer."),
      ("Beslutning", "Godkendt. Borgeren vejledes om, at afgørelsen kan påklages direkte til Ankestyrelsen inden 8 uger fra modtagelsen.")])
case("complaint_guidance", "F", 3, "Afslag på tilskud til boligindretning - klagesag",
     "Retssikkerhedsloven § 60 (Ankestyrelsen, not Statsforvaltningen)", "'klage … til Statsforvaltningen'",
     [("Sagsfremstilling", "Borgeren har bedt byrådet tage stilling til afslaget på boligindretning efter servicelovens § 116."),
      ("Indstilling", "at afslaget fastholdes."),
      ("Beslutning", "Godkendt. Klage over afgørelsen kan inden 4 uger sendes til Statsforvaltningen.")])
case("complaint_guidance", "N", 1, "Afgørelse om tabt arbejdsfortjeneste - genvurdering",
     "Retssikkerhedsloven §§ 66-67", "'kan påklages til Ankestyrelsen … sendes til kommunen inden 4 uger'",
     [("Sagsfremstilling", "Forvaltningen har genvurderet sagen og fastholder afslaget på dækning af tabt arbejdsfortjeneste efter barnets lov § 87."),
      ("Indstilling", "at afslaget fastholdes."),
      ("Beslutning", "Godkendt. Afgørelsen kan påklages til Ankestyrelsen. Klagen skal sendes til kommunen inden 4 uger efter, at borgeren har modtaget afgørelsen, jf. retssikkerhedslovens §§ 66 og 67. Kommunen genvurderer sagen og sender den videre, hvis afgørelsen fastholdes.")])
case("complaint_guidance", "N", 2, "Landzonetilladelse til udvidelse af svinestald",
     "Planlovens §§ 58 og 60", "'Planklagenævnet … inden 4 uger … Klageportalen'",
     [("Sagsfremstilling", "Ejeren af Nørregård søger landzonetilladelse til udvidelse af en eksisterende stald."),
      ("Indstilling", "at landzonetilladelse meddeles."),
      ("Beslutning", "Godkendt. Afgørelsen kan påklages til Planklagenævnet inden 4 uger fra offentliggørelsen via Klageportalen, jf. planlovens § 58 og § 60.")])
case("complaint_guidance", "N", 3, "Tilskud til lokalrådene 2026",
     "Kommunalfuldmagt; no administrative appeal", "'ingen administrativ klageadgang … Ankestyrelsens tilsyn'",
     [("Sagsfremstilling", "Lokalrådene har søgt om tilskud. Tilskuddene gives efter kommunalfuldmagtsreglerne."),
      ("Indstilling", "at tilskuddene fordeles som anført i bilaget."),
      ("Beslutning", "Godkendt. Der er ingen administrativ klageadgang over beslutningen; spørgsmål om lovligheden kan rettes til Ankestyrelsens tilsyn med kommunerne.")])

CLASSES = ["fixed_cap", "amended_limit", "presumption_of_refusal", "budget_stop", "retroactive_reduction",
           "personal_data", "named_citizen_health", "cpr_number", "sale_without_offer", "single_company_support",
           "closed_without_reason", "no_council_hearing", "unlawful_delegation", "inhabil_took_part",
           "fee_without_basis", "complaint_guidance"]

ORDINARY = [
    ("Godkendelse af dagsorden", [("Beslutning", "Dagsordenen blev godkendt.")]),
    ("Meddelelser", [("", "Borgmesteren orienterede om KKR-mødet og om status på kommuneplanrevisionen."), ("Beslutning", "Taget til efterretning.")]),
    ("Anlægsbevilling til cykelsti langs Ringvejen", [("Sagsfremstilling", "Der er afsat 6,5 mio. kr. i investeringsoversigten til en dobbeltrettet cykelsti. Vejdirektoratet har givet tilsagn om 40 pct. medfinansiering fra cykelpuljen."), ("Indstilling", "at der gives en anlægsbevilling på 6,5 mio. kr. og en indtægtsbevilling på 2,6 mio. kr."), ("Beslutning", "Godkendt.")]),
    ("Kommunal lånegaranti til Fjernvarmeværket", [("Sagsfremstilling", "Det forbrugerejede fjernvarmeværk søger kommunegaranti for lån til udskiftning af ledninger. Garantien kan stilles efter lov om varmeforsyning § 35 a og lånebekendtgørelsen."), ("Indstilling", "at der stilles garanti for lån på 22 mio. kr. mod garantiprovision på 0,5 pct."), ("Beslutning", "Godkendt.")]),
    ("Valg af medlem til Folkeoplysningsudvalget", [("Sagsfremstilling", "Et medlem er udtrådt af udvalget. Socialdemokratiet har indstillet en ny repræsentant."), ("Beslutning", "Mette Vinther (A) blev valgt.")]),
    ("Budgetopfølgning pr. 30. september 2025", [("Sagsfremstilling", "Det samlede skøn viser et mindreforbrug på serviceudgifterne på 3,8 mio. kr."), ("Indstilling", "at budgetopfølgningen tages til efterretning."), ("Beslutning", "Taget til efterretning.")]),
]
