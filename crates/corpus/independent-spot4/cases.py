# -*- coding: utf-8 -*-
"""Planted items of corpus 4. Each case: class, expect, variant, title, blocks, phrase, law.
Blocks: ("h", heading) ("p", text) ("ul", [bullets]) ("table", [rows]) ("dec", text).
Placeholders filled per meeting: {before} {before_num} {after} {after_num} {mdate}."""

def C(cls, exp, var, title, blocks, phrase, law, closed=False):
    return dict(cls=cls, expect=exp, variant=var, title=title, blocks=blocks, phrase=phrase, law=law, closed=closed)

CASES = [
# 1 fixed_cap
C("fixed_cap", "flag", "cap_f1", "Revision af kvalitetsstandard for praktisk hjælp 2024", [
  ("h", "Sagsfremstilling"), ("p", "Social- og Sundhedsudvalget har bedt forvaltningen forenkle kvalitetsstandarden for praktisk hjælp efter servicelovens § 83. Standarden fastlægger nu ensartede tidsrammer."),
  ("table", [["Opgave", "Hyppighed", "Tid"], ["Rengøring af bolig", "hver 3. uge", "1,5 time"], ["Tøjvask", "hver 2. uge", "0,5 time"]]),
  ("p", "Ydelsen udgør de anførte tider for alle modtagere, og der bevilges ikke yderligere tid til rengøring."),
  ("h", "Indstilling"), ("ul", ["at den reviderede kvalitetsstandard godkendes med virkning fra 1. september 2024"]),
  ("dec", "Godkendt.")], "der bevilges ikke yderligere tid til rengøring",
  "Serviceloven § 83 jf. § 88: hjælpen skal fastsættes efter en konkret, individuel vurdering; en fast ramme uden mulighed for mere er ulovlig skønsudøvelse."),
C("fixed_cap", "flag", "cap_f2", "Ny organisering af bostøtten", [
  ("h", "Beskrivelse af sagen"), ("p", "Bostøtteteamet samles i ét team for hele kommunen. Der tildeles i alt 8 timers socialpædagogisk støtte efter servicelovens § 85 om måneden pr. borger, og loftet er fælles for alle borgere i teamet, så ventetiden kan nedbringes."),
  ("h", "Indstilling"), ("ul", ["at organiseringen godkendes", "at rammen for støtten pr. borger godkendes"]),
  ("dec", "Indstillingen tiltrådt.")], "loftet er fælles for alle borgere i teamet",
  "Serviceloven § 85: omfanget af støtte skal fastsættes konkret; et fælles loft pr. borger afskærer den individuelle vurdering."),
C("fixed_cap", "flag", "cap_f3", "Serviceniveau for befordring til aktivitetstilbud", [
  ("h", "Sagens kerne"), ("p", "Udgifterne til kørsel efter servicelovens § 117 er steget markant. Forvaltningen foreslår derfor, at befordring til aktivitets- og samværstilbud ikke ydes ud over 12 ture om året, hvad end borgerens situation måtte være."),
  ("h", "Forslag til beslutning"), ("ul", ["at det nye serviceniveau for befordring vedtages"]),
  ("dec", "Vedtaget med 17 stemmer mod 6.")], "ikke ydes ud over 12 ture om året",
  "Serviceloven § 117: et absolut antal ture uden konkret vurdering er skønsbegrænsning."),
C("fixed_cap", "quiet", "cap_q1", "Kvalitetsstandard for personlig pleje og praktisk hjælp", [
  ("h", "Sagsfremstilling"), ("p", "Kvalitetsstandarden angiver vejledende tider, fx cirka 1,5 time til rengøring hver tredje uge. Tildelingen sker altid efter en konkret og individuel vurdering af borgerens behov, og der kan bevilges mere eller mindre end den vejledende tid."),
  ("h", "Indstilling"), ("ul", ["at kvalitetsstandarden godkendes"]), ("dec", "Godkendt.")],
  "efter en konkret og individuel vurdering af borgerens behov",
  "Lovlig: vejledende tider med udtrykkelig individuel vurdering (serviceloven §§ 83, 88)."),
C("fixed_cap", "quiet", "cap_q2", "Retningslinjer for ledsageordningen", [
  ("h", "Redegørelse"), ("p", "Borgere under 67 år med betydelig nedsat funktionsevne kan få ledsagelse i op til 15 timer om måneden, som følger direkte af servicelovens § 97, stk. 1. Retningslinjerne beskriver, hvordan timerne kan opspares."),
  ("h", "Indstilling"), ("ul", ["at retningslinjerne godkendes"]), ("dec", "Godkendt.")],
  "som følger direkte af servicelovens § 97, stk. 1",
  "Lovlig: timeantallet er lovens eget (serviceloven § 97, stk. 1)."),
# amended limit
C("amended_limit", "flag", "amd_f1", "Serviceniveau for hjælpemidler 2024", [
  ("h", "Sagsfremstilling"), ("p", "Forvaltningen fremlægger serviceniveauet for hjælpemidler efter servicelovens § 112. Bevillingen sker efter konkret vurdering af funktionsnedsættelsen."),
  ("h", "Indstilling"), ("ul", ["at serviceniveauet godkendes"]),
  ("dec", "Venstre stillede ændringsforslag om, at tilskud til hjælpemidler ikke kan overstige 5.000 kr. pr. borger om året. Ændringsforslaget blev vedtaget med 15 stemmer mod 10. Serviceniveauet blev herefter godkendt med den vedtagne ændring.")],
  "ikke kan overstige 5.000 kr. pr. borger om året",
  "Serviceloven § 112: et beløbsloft vedtaget ved ændringsforslag afskærer den konkrete vurdering."),
C("amended_limit", "flag", "amd_f2", "Madservice - nyt udbud og serviceniveau", [
  ("h", "Resumé"), ("p", "Kontrakten om madservice efter servicelovens § 83 udløber. Det nye udbud bygger på det nuværende serviceniveau, hvor antallet af måltider fastsættes efter behov."),
  ("h", "Indstilling"), ("ul", ["at udbudsmaterialet godkendes"]),
  ("dec", "Byrådet godkendte indstillingen med den tilføjelse, at der fremover bevilges højst fem hovedretter om ugen til samtlige modtagere.")],
  "højst fem hovedretter om ugen til samtlige modtagere",
  "Serviceloven § 83: loft tilføjet i beslutningen uden individuel vurdering."),
C("amended_limit", "quiet", "amd_q1", "Forslag om loft over afløsning i hjemmet", [
  ("h", "Sagsfremstilling"), ("p", "Forvaltningen foreslår, at afløsning efter servicelovens § 84 fremover begrænses til 4 timer om ugen for alle pårørende."),
  ("h", "Indstilling"), ("ul", ["at afløsning begrænses til 4 timer om ugen"]),
  ("dec", "Indstillingen blev forkastet med 20 stemmer mod 5. Omfanget af afløsning fastsættes fortsat efter en vurdering i den enkelte sag.")],
  "Indstillingen blev forkastet med 20 stemmer mod 5",
  "Lovlig: det ulovlige forslag blev forkastet; kun den vedtagne beslutning tæller."),
C("amended_limit", "quiet", "amd_q2", "Budgetopfølgning på hjemmeplejen", [
  ("h", "Sagsfremstilling"), ("p", "Hjemmeplejen forventer et merforbrug på 6,1 mio. kr. Forvaltningen peger på effektivisering af kørselsruter."),
  ("h", "Indstilling"), ("ul", ["at budgetopfølgningen tages til efterretning"]),
  ("dec", "Dansk Folkeparti foreslog et loft på 20 timers hjemmehjælp pr. borger pr. måned. Ændringsforslaget faldt med 6 stemmer for og 19 imod. Budgetopfølgningen blev taget til efterretning.")],
  "Ændringsforslaget faldt med 6 stemmer for og 19 imod",
  "Lovlig: ændringsforslaget om loft blev ikke vedtaget."),
# 2 retroactive
C("retroactive_reduction", "flag", "ret_f1", "Tilpasning af klippekortordningen", [
  ("h", "Sagsfremstilling"), ("p", "Som led i budgetaftalen nedsættes klippekortet til ældre i hjemmeplejen fra en halv time til et kvarter om ugen. Nedsættelsen har virkning fra {before}, og de klip, der er brugt siden da, modregnes i borgernes næste bevilling."),
  ("h", "Indstilling"), ("ul", ["at tilpasningen godkendes"]), ("dec", "Godkendt.")],
  "modregnes i borgernes næste bevilling",
  "Forvaltningsret: en reduktion kan ikke have virkning før beslutningen og en ny afgørelse til borgeren."),
C("retroactive_reduction", "flag", "ret_f2", "Ændret serviceniveau for aflastning af børnefamilier", [
  ("h", "Sagens baggrund"), ("p", "Forvaltningen har gennemgået aflastningstilbuddet efter servicelovens § 84."),
  ("table", [["Ændring", "Gældende fra"], ["Weekendaflastning reduceres fra 2 til 1 weekend om måneden", "{before_num}"], ["Ferieaflastning reduceres fra 14 til 10 døgn om året", "{before_num}"]]),
  ("h", "Indstilling"), ("ul", ["at ændringerne godkendes med de anførte ikrafttrædelsesdatoer"]), ("dec", "Anbefalingen følges.")],
  "at ændringerne godkendes med de anførte ikrafttrædelsesdatoer",
  "Reduktion med ikrafttræden før mødedatoen (tilbagevirkende kraft)."),
C("retroactive_reduction", "flag", "ret_f3", "Reduktion af tilskud til private pasningsordninger", [
  ("h", "Beskrivelse"), ("p", "Tilskuddet til privat pasning nedsættes fra 6.200 kr. til 5.400 kr. pr. måned. Den lavere sats gælder fra og med {before}."),
  ("h", "Indstilling"), ("ul", ["at den nye sats godkendes"]), ("dec", "Byrådet godkendte den nye sats.")],
  "Den lavere sats gælder fra og med {before}",
  "Nedsættelse af en ydelse med virkning før beslutningen."),
C("retroactive_reduction", "quiet", "ret_q1", "Omlægning af rengøringshjælp", [
  ("h", "Sagsfremstilling"), ("p", "Rengøring omlægges fra hver anden til hver tredje uge for borgere, hvor det efter en ny vurdering er fagligt forsvarligt. Omlægningen træder i kraft {after}, når borgerne har fået varsel og en ny afgørelse."),
  ("h", "Indstilling"), ("ul", ["at omlægningen godkendes"]), ("dec", "Godkendt.")],
  "Omlægningen træder i kraft {after}",
  "Lovlig: virkning efter beslutningen og efter varsel."),
C("retroactive_reduction", "quiet", "ret_q2", "Forhøjelse af tilskud til pasning af nærtstående", [
  ("h", "Sagsfremstilling"), ("p", "Tilskuddet forhøjes fra 1.100 kr. til 1.400 kr. om måneden. Forhøjelsen gives med tilbagevirkende kraft fra {before}."),
  ("h", "Indstilling"), ("ul", ["at forhøjelsen godkendes"]), ("dec", "Godkendt.")],
  "Forhøjelsen gives med tilbagevirkende kraft fra {before}",
  "Lovlig: en begunstigende ændring kan gives tilbagevirkende kraft."),
# 3 named citizen
C("named_citizen_health", "flag", "nam_f1", "Klage over afslag på plejebolig", [
  ("h", "Sagsfremstilling"), ("p", "Birthe Holmgaard, Skovvej 14, har klaget til Byrådet over afslag på plejebolig. Fru Holmgaard har en fremskreden demenssygdom og er faldet flere gange i hjemmet i løbet af vinteren."),
  ("h", "Indstilling"), ("ul", ["at klagen besvares som foreslået af forvaltningen"]), ("dec", "Godkendt.")],
  "har en fremskreden demenssygdom",
  "Persondata/tavshedspligt (forvaltningsloven § 27, databeskyttelsesforordningen art. 9): helbredsoplysninger om en navngiven borger i åbent referat."),
C("named_citizen_health", "flag", "nam_f2", "Henvendelse fra borger om anbringelse", [
  ("h", "Sagens kerne"), ("p", "Sagen vedrører Jens Peter Nørgaard, der siden 2021 har modtaget behandling for alkoholmisbrug, og hvis søn er anbragt uden for hjemmet. Han ønsker, at Byrådet tager sagen op."),
  ("h", "Indstilling"), ("ul", ["at henvendelsen sendes til behandling i forvaltningen"]), ("dec", "Oversendt til forvaltningen.")],
  "har modtaget behandling for alkoholmisbrug",
  "Følsomme oplysninger om navngiven borger i åbent referat."),
C("named_citizen_health", "flag", "nam_f3", "Dispensation til boligindretning", [
  ("h", "Sagen"), ("p", "Ahmad Rahimi (sklerose, kørestolsbruger) ansøger om dispensation fra lokalplanen til en rampe ved sit rækkehus på Lærkevej 3. Hans læge har oplyst, at sygdommen forværres hurtigt."),
  ("h", "Indstilling"), ("ul", ["at dispensationen meddeles"]), ("dec", "Dispensation meddelt.")],
  "sklerose, kørestolsbruger",
  "Helbredsoplysninger om navngiven borger i åbent referat."),
C("named_citizen_health", "quiet", "nam_q1", "Klage over afslag på plejebolig fra borger", [
  ("h", "Sagsfremstilling"), ("p", "En borger i 80'erne har klaget over afslag på plejebolig. Borgerens navn og helbredsforhold fremgår af det lukkede bilag, som kun medlemmerne har adgang til."),
  ("h", "Indstilling"), ("ul", ["at klagen besvares som foreslået"]), ("dec", "Godkendt.")],
  "Borgerens navn og helbredsforhold fremgår af det lukkede bilag",
  "Lovlig: borgeren er anonymiseret i det åbne referat."),
C("named_citizen_health", "quiet", "nam_q2", "Årets frivillige ildsjæl", [
  ("h", "Sagsfremstilling"), ("p", "Fritidsudvalget indstiller Karen Bach til prisen som årets ildsjæl for hendes arbejde med ungdomsholdene i Boldklubben Øst gennem 25 år."),
  ("h", "Indstilling"), ("ul", ["at Karen Bach tildeles prisen"]), ("dec", "Godkendt med applaus.")],
  "indstiller Karen Bach til prisen som årets ildsjæl",
  "Lovlig: et navn uden helbreds- eller sociale oplysninger."),
# 4 sale without offer
C("sale_without_offer", "flag", "sal_f1", "Salg af den tidligere Vestervang Skole", [
  ("h", "Sagsfremstilling"), ("p", "Nordbyg ApS har henvendt sig direkte til kommunen med et tilbud på 4,2 mio. kr. for den tidligere Vestervang Skole, matr.nr. 12a. Forvaltningen anbefaler, at handlen indgås uden forudgående annoncering, da prisen svarer til vurderingen."),
  ("h", "Indstilling"), ("ul", ["at ejendommen sælges til Nordbyg ApS for 4,2 mio. kr."]), ("dec", "Godkendt.")],
  "handlen indgås uden forudgående annoncering",
  "Kommunestyrelsesloven § 68 og udbudsbekendtgørelsen: salg af fast ejendom skal ske efter offentligt udbud, medmindre en undtagelse gælder."),
C("sale_without_offer", "flag", "sal_f2", "Udlejning af pavillonen ved havnen", [
  ("h", "Sagsfremstilling"), ("p", "Pavillonen på havnen udlejes i 10 år til Café Bølgen I/S til en årlig leje på 60.000 kr. Lejen er aftalt efter direkte forhandling med den nuværende forpagter, og lejemålet har ikke været annonceret."),
  ("h", "Indstilling"), ("ul", ["at lejekontrakten godkendes"]), ("dec", "Indstillingen godkendt.")],
  "efter direkte forhandling med den nuværende forpagter",
  "Langvarig udlejning af kommunal fast ejendom uden annoncering (kommunestyrelsesloven § 68, markedsleje)."),
C("sale_without_offer", "flag", "sal_f3", "Overdragelse af erhvervsgrund på Industrivej 7", [
  ("h", "Løsning"), ("p", "Grunden Industrivej 7 på 3.400 m² overdrages til nabovirksomheden Hansen Stål A/S for 1,1 mio. kr., som er den pris, der er aftalt med køber."),
  ("h", "Indstilling"), ("ul", ["at grunden overdrages som beskrevet"]), ("dec", "Anbefalet og godkendt.")],
  "overdrages til nabovirksomheden Hansen Stål A/S",
  "Salg uden offentligt udbud og uden angivet undtagelse (kommunestyrelsesloven § 68)."),
C("sale_without_offer", "quiet", "sal_q1", "Salg af byggegrunde i Kildeparken", [
  ("h", "Sagsfremstilling"), ("p", "Grundene har været udbudt offentligt med annoncering på kommunens hjemmeside og i lokalavisen fra 4. til 25. januar 2024. Der kom seks bud, og det højeste er fra Bolig Vest A/S."),
  ("h", "Indstilling"), ("ul", ["at grundene sælges til højestbydende"]), ("dec", "Godkendt.")],
  "har været udbudt offentligt med annoncering",
  "Lovlig: salg efter offentligt udbud."),
C("sale_without_offer", "quiet", "sal_q2", "Arealoverførsel til nabo ved Mosevej", [
  ("h", "Sagsfremstilling"), ("p", "Et areal på 45 m² sælges til ejeren af Mosevej 9 uden offentligt udbud, da salget er en arealoverførsel af en mindre del af en ejendom, som er undtaget efter udbudsbekendtgørelsens § 2, stk. 2. Prisen er fastsat af en landinspektør."),
  ("h", "Indstilling"), ("ul", ["at arealet sælges som beskrevet"]), ("dec", "Godkendt.")],
  "som er undtaget efter udbudsbekendtgørelsens § 2, stk. 2",
  "Lovlig: undtagelse fra udbudspligten angivet."),
# 5 single company support
C("single_company_support", "flag", "sup_f1", "Kaution for Fjordens Fiskeindustri A/S", [
  ("h", "Sagsfremstilling"), ("p", "Fjordens Fiskeindustri A/S har 140 ansatte og overvejer at flytte produktionen. For at fastholde arbejdspladserne stiller kommunen selvskyldnerkaution for et banklån på 3 mio. kr. til virksomheden."),
  ("h", "Indstilling"), ("ul", ["at kautionen godkendes"]), ("dec", "Godkendt med 19 stemmer mod 8.")],
  "stiller kommunen selvskyldnerkaution for et banklån",
  "Kommunalfuldmagten: støtte til en enkelt erhvervsvirksomhed kræver lovhjemmel."),
C("single_company_support", "flag", "sup_f2", "Lejeaftale med Tech Nord ApS i Iværksætterhuset", [
  ("h", "Sagsfremstilling"), ("p", "Tech Nord ApS lejer 400 m² i Iværksætterhuset. Lejen fastsættes til 25 kr. pr. m² om året, hvor markedslejen i området er omkring 600 kr. pr. m²."),
  ("h", "Indstilling"), ("ul", ["at lejeaftalen godkendes"]), ("dec", "Godkendt.")],
  "hvor markedslejen i området er omkring 600 kr.",
  "Kommunalfuldmagten: leje under markedsleje til én virksomhed er ulovlig støtte."),
C("single_company_support", "flag", "sup_f3", "Aftale med Kino Kompagniet ApS om festsalen", [
  ("h", "Sagsfremstilling"), ("p", "Biografen Kino Kompagniet ApS får stillet kommunens festsal vederlagsfrit til rådighed tre aftener om ugen, og kommunen betaler rengøringen."),
  ("h", "Indstilling"), ("ul", ["at aftalen godkendes"]), ("dec", "Tiltrådt.")],
  "stillet kommunens festsal vederlagsfrit til rådighed",
  "Gratis lokaler til en privat virksomhed uden hjemmel."),
C("single_company_support", "quiet", "sup_q1", "Kommunegaranti for Boligselskabet Engtoftens lån", [
  ("h", "Sagsfremstilling"), ("p", "Boligselskabet Engtoften renoverer afdeling 4. Kommunen stiller garanti for realkreditlånet, jf. almenboliglovens § 127."),
  ("h", "Indstilling"), ("ul", ["at garantien godkendes"]), ("dec", "Godkendt.")],
  "jf. almenboliglovens § 127",
  "Lovlig: garanti med hjemmel i almenboligloven."),
C("single_company_support", "quiet", "sup_q2", "Udlejning af lokaler til Rådgivning Syd ApS", [
  ("h", "Sagsfremstilling"), ("p", "Lokalerne i den tidligere tandklinik udlejes til Rådgivning Syd ApS. Lejen er fastsat til markedslejen på 640 kr. pr. m² efter vurdering fra en uafhængig ejendomsmægler."),
  ("h", "Indstilling"), ("ul", ["at lejeaftalen godkendes"]), ("dec", "Godkendt.")],
  "efter vurdering fra en uafhængig ejendomsmægler",
  "Lovlig: markedsvilkår."),
# 6 closed without reason
C("closed_without_reason", "flag", "clo_f1", "Forhandling om erstatning", [
  ("p", "Sagen blev behandlet for lukkede døre."), ("dec", "Drøftet.")],
  "Sagen blev behandlet for lukkede døre.",
  "Kommunestyrelsesloven § 10: møderne er offentlige; lukning kræver en grund, som bør fremgå.", closed=True),
C("closed_without_reason", "flag", "clo_f2", "Orientering fra borgmesteren om personalesag", [
  ("p", "Dette punkt er undtaget fra offentligheden."), ("dec", "Orienteringen blev taget til efterretning.")],
  "Dette punkt er undtaget fra offentligheden.",
  "Kommunestyrelsesloven § 10: ingen grund angivet for lukning.", closed=True),
C("closed_without_reason", "flag", "clo_f3", "Kommunens ejendom på Torvet", [
  ("p", "Tilhørere blev bedt om at forlade salen under punktet."), ("dec", "Sagen blev drøftet. Forvaltningen arbejder videre.")],
  "Tilhørere blev bedt om at forlade salen under punktet.",
  "Kommunestyrelsesloven § 10: ingen grund angivet for lukning.", closed=True),
C("closed_without_reason", "quiet", "clo_q1", "Personsag - klage over hjemmeplejen", [
  ("p", "Punktet behandles for lukkede døre efter kommunestyrelseslovens § 10, stk. 2, da sagen indeholder oplysninger om enkeltpersoners private forhold."), ("dec", "Godkendt.")],
  "da sagen indeholder oplysninger om enkeltpersoners private forhold",
  "Lovlig: grunden til lukningen er angivet.", closed=True),
C("closed_without_reason", "quiet", "clo_q2", "Jordkøb ved Østre Ringvej", [
  ("p", "Punktet lukkes af hensynet til kommunens økonomiske interesser under en igangværende jordhandel, jf. offentlighedslovens § 33, nr. 2."), ("dec", "Forvaltningen bemyndiges til at forhandle videre.")],
  "hensynet til kommunens økonomiske interesser under en igangværende jordhandel",
  "Lovlig: grunden er angivet.", closed=True),
# 7 hearing
C("no_council_hearing", "flag", "hea_f1", "Ændring af træningstilbud i dagcentrene", [
  ("h", "Sagsfremstilling"), ("p", "Træningen i dagcentrene for ældre reduceres fra to til én ugentlig gang fra 1. august 2024. Af hensyn til tidsplanen forelægges ændringen ikke for Ældrerådet."),
  ("h", "Indstilling"), ("ul", ["at reduktionen godkendes"]), ("dec", "Godkendt.")],
  "forelægges ændringen ikke for Ældrerådet",
  "Retssikkerhedsloven § 34 (ældreråd) / serviceloven § 37 a (handicapråd): høring før beslutninger, der vedrører ældre."),
C("no_council_hearing", "flag", "hea_f2", "Kortere åbningstid i aktivitetshuset Solsikken", [
  ("h", "Sagsfremstilling"), ("p", "Aktivitetshuset Solsikken for voksne med udviklingshæmning holder fremover lukket om fredagen og i juli. Handicaprådet orienteres efterfølgende om den nye åbningstid."),
  ("h", "Indstilling"), ("ul", ["at åbningstiden ændres fra 1. juli 2024"]), ("dec", "Godkendt.")],
  "Handicaprådet orienteres efterfølgende",
  "Serviceloven § 37 a: handicaprådet skal høres inden beslutningen."),
C("no_council_hearing", "quiet", "hea_q1", "Ændret serviceniveau for tøjvask", [
  ("h", "Sagsfremstilling"), ("p", "Tøjvask samles hos en central leverandør, og afhentning sker hver anden uge. Ældrerådet har afgivet høringssvar den 14. februar 2024, som er vedlagt sagen."),
  ("h", "Indstilling"), ("ul", ["at ændringen godkendes"]), ("dec", "Godkendt.")],
  "Ældrerådet har afgivet høringssvar",
  "Lovlig: ældrerådet er hørt."),
C("no_council_hearing", "quiet", "hea_q2", "Ny struktur for beskyttet beskæftigelse", [
  ("h", "Høring og sagsgang"), ("p", "Handicaprådet har udtalt sig om forslaget på sit møde den 6. marts 2024 og anbefaler, at der sikres transport mellem de to værksteder."),
  ("h", "Indstilling"), ("ul", ["at strukturen godkendes"]), ("dec", "Godkendt.")],
  "Handicaprådet har udtalt sig om forslaget",
  "Lovlig: handicaprådet er hørt."),
# 8 budget stop
C("budget_stop", "flag", "bud_f1", "Handleplan for overholdelse af budget 2024 på socialområdet", [
  ("h", "Sagsfremstilling"), ("p", "Området forventer et merforbrug på 14 mio. kr. For resten af året bevilges der ikke nye boligændringer efter servicelovens § 116, da rammen er opbrugt."),
  ("h", "Indstilling"), ("ul", ["at handleplanen godkendes"]), ("dec", "Godkendt.")],
  "bevilges der ikke nye boligændringer",
  "Serviceloven § 116: lovbundne ydelser kan ikke stoppes af budgethensyn."),
C("budget_stop", "flag", "bud_f2", "Økonomisk genopretning i Børn og Familie", [
  ("h", "Løsning"), ("p", "Indtil budgetbalance er genoprettet, stilles ansøgninger om aflastning og støttekontaktperson til familier i bero."),
  ("h", "Indstilling"), ("ul", ["at genopretningsplanen godkendes"]), ("dec", "Byrådet godkendte planen.")],
  "stilles ansøgninger om aflastning og støttekontaktperson til familier i bero",
  "Serviceloven §§ 52, 84: behandling af ansøgninger om lovbundne ydelser kan ikke sættes i bero af budgethensyn."),
C("budget_stop", "flag", "bud_f3", "Midlertidigt udgiftsstop", [
  ("h", "Sagsfremstilling"), ("p", "Direktionen indfører et udgifts- og ansættelsesstop, som også omfatter nye bevillinger af hjælpemidler og forbrugsgoder, indtil budgetopfølgningen i september."),
  ("h", "Indstilling"), ("ul", ["at udgiftsstoppet tages til efterretning"]), ("dec", "Taget til efterretning.")],
  "også omfatter nye bevillinger af hjælpemidler og forbrugsgoder",
  "Serviceloven §§ 112-113: udgiftsstop kan ikke omfatte lovbundne ydelser."),
C("budget_stop", "quiet", "bud_q1", "Ansættelsesstop i administrationen", [
  ("h", "Sagsfremstilling"), ("p", "Ansættelsesstoppet gælder administrative stillinger. Stoppet gælder ikke for ydelser, kommunen er forpligtet til at levere efter serviceloven."),
  ("h", "Indstilling"), ("ul", ["at ansættelsesstoppet godkendes"]), ("dec", "Godkendt.")],
  "Stoppet gælder ikke for ydelser, kommunen er forpligtet til at levere efter serviceloven",
  "Lovlig: lovbundne ydelser er undtaget."),
C("budget_stop", "quiet", "bud_q2", "Indkøbsstop resten af 2024", [
  ("h", "Sagsfremstilling"), ("p", "Indkøbsstoppet omfatter kontorartikler, kurser, møbler og konsulenter. Afgørelser om hjælp til borgere berøres ikke."),
  ("h", "Indstilling"), ("ul", ["at indkøbsstoppet godkendes"]), ("dec", "Godkendt.")],
  "Afgørelser om hjælp til borgere berøres ikke",
  "Lovlig: borgerrettede ydelser berøres ikke."),
# 9 delegation
C("unlawful_delegation", "flag", "del_f1", "Tidsplan for budget 2025", [
  ("h", "Sagsfremstilling"), ("p", "Af hensyn til tidsplanen bemyndiger Byrådet Økonomiudvalget til at vedtage budget 2025 og overslagsårene endeligt samt fastsætte udskrivningsprocenten."),
  ("h", "Indstilling"), ("ul", ["at tidsplanen og bemyndigelsen godkendes"]), ("dec", "Godkendt.")],
  "til at vedtage budget 2025 og overslagsårene endeligt",
  "Kommunestyrelsesloven §§ 38-41: budget og skatter vedtages af kommunalbestyrelsen selv."),
C("unlawful_delegation", "flag", "del_f2", "Ændret arbejdsdeling om Ankestyrelsens statistik", [
  ("h", "Sagsfremstilling"), ("p", "Behandlingen af Ankestyrelsens danmarkskort over omgørelsesprocenter og stillingtagen til en handlingsplan overlades fremover til Social- og Seniorudvalget."),
  ("h", "Indstilling"), ("ul", ["at arbejdsdelingen godkendes"]), ("dec", "Godkendt.")],
  "overlades fremover til Social- og Seniorudvalget",
  "Retssikkerhedsloven § 79 b: kommunalbestyrelsen selv skal behandle danmarkskortet."),
C("unlawful_delegation", "flag", "del_f3", "Bemyndigelse til Økonomiudvalget i sommerperioden", [
  ("h", "Sagsfremstilling"), ("p", "Økonomiudvalget bemyndiges i juli og august til at optage nye lån og til at godkende årsregnskabet for 2023 på Byrådets vegne."),
  ("h", "Indstilling"), ("ul", ["at bemyndigelsen gives"]), ("dec", "Godkendt.")],
  "til at optage nye lån og til at godkende årsregnskabet",
  "Kommunestyrelsesloven §§ 41, 45: låntagning og årsregnskab er kommunalbestyrelsens egne beslutninger."),
C("unlawful_delegation", "quiet", "del_q1", "Delegationsplan for Social- og Sundhedsområdet", [
  ("h", "Sagsfremstilling"), ("p", "Byrådet delegerer kompetencen til at træffe afgørelse i enkeltsager om hjemmehjælp og hjælpemidler til forvaltningen."),
  ("h", "Indstilling"), ("ul", ["at delegationsplanen godkendes"]), ("dec", "Godkendt.")],
  "kompetencen til at træffe afgørelse i enkeltsager",
  "Lovlig: delegation af enkeltsager til forvaltningen."),
C("unlawful_delegation", "quiet", "del_q2", "Låneoptagelse til renovering af svømmehallen", [
  ("h", "Sagsfremstilling"), ("p", "Byrådet optager et lån på 20 mio. kr. Økonomiudvalget bemyndiges til at godkende de endelige lånevilkår inden for den ramme på 20 mio. kr., som Byrådet har vedtaget i dag."),
  ("h", "Indstilling"), ("ul", ["at lånet optages"]), ("dec", "Godkendt.")],
  "inden for den ramme på 20 mio. kr., som Byrådet har vedtaget i dag",
  "Lovlig: byrådet selv besluttede lånet; kun vilkårene er delegeret."),
# 10 inhabil
C("inhabil_took_part", "flag", "inh_f1", "Tildeling af kontrakt om skoleudbygning", [
  ("h", "Sagsfremstilling"), ("p", "Der er indkommet fire tilbud. Det økonomisk mest fordelagtige er fra Lund Byg ApS."),
  ("h", "Indstilling"), ("ul", ["at kontrakten tildeles Lund Byg ApS"]),
  ("dec", "Anne Lund (A), hvis ægtefælle ejer Lund Byg ApS, deltog i behandlingen og afstemningen. Godkendt.")],
  "hvis ægtefælle ejer Lund Byg ApS, deltog i behandlingen og afstemningen",
  "Forvaltningsloven § 3 / kommunestyrelsesloven § 14: et inhabilt medlem må ikke deltage."),
C("inhabil_took_part", "flag", "inh_f2", "Lokalplan 412 for Engvej", [
  ("h", "Sagsfremstilling"), ("p", "Lokalplanen muliggør 60 boliger på ejendommene Engvej 2-10."),
  ("h", "Indstilling"), ("ul", ["at lokalplanen vedtages endeligt"]),
  ("dec", "Søren Kirk (V) oplyste, at han er medejer af Engvej 6. Byrådet fandt ikke anledning til at erklære ham inhabil, og han stemte for. Vedtaget.")],
  "fandt ikke anledning til at erklære ham inhabil",
  "Forvaltningsloven § 3: personlig økonomisk interesse; medlemmet deltog."),
C("inhabil_took_part", "quiet", "inh_q1", "Tilskud til Musikskolen", [
  ("h", "Sagsfremstilling"), ("p", "Musikskolen søger om forhøjet tilskud til nye instrumenter."),
  ("h", "Indstilling"), ("ul", ["at tilskuddet forhøjes med 150.000 kr."]),
  ("dec", "Mette Dahl (F) erklærede sig inhabil, da hendes datter er leder af musikskolen, og forlod mødet under behandlingen. Godkendt.")],
  "forlod mødet under behandlingen",
  "Lovlig: medlemmet forlod mødet."),
C("inhabil_took_part", "quiet", "inh_q2", "Salg af aktier i forsyningsselskabet", [
  ("h", "Sagsfremstilling"), ("p", "Kommunen sælger sin andel i Fjernvarme Syd A/S."),
  ("h", "Indstilling"), ("ul", ["at salget godkendes"]),
  ("dec", "Inhabil: Lars Bruun (C), bestyrelsesmedlem i selskabet. Stedfortræder Ole Friis deltog i stedet. Godkendt.")],
  "Stedfortræder Ole Friis deltog i stedet",
  "Lovlig: det inhabile medlem deltog ikke."),
# 11 fees
C("fee_without_basis", "flag", "fee_f1", "Nye gebyrer i Sundhed og Omsorg", [
  ("h", "Sagsfremstilling"), ("p", "For at dække administrationen opkræves fremover et ekspeditionsgebyr på 250 kr. for behandling af ansøgninger om hjælpemidler."),
  ("h", "Indstilling"), ("ul", ["at gebyret indføres fra 1. juli 2024"]), ("dec", "Godkendt.")],
  "ekspeditionsgebyr på 250 kr. for behandling af ansøgninger om hjælpemidler",
  "Gebyrer kræver lovhjemmel; serviceloven giver ikke hjemmel til ansøgningsgebyr."),
C("fee_without_basis", "flag", "fee_f2", "Udeblivelser fra genoptræning", [
  ("h", "Sagsfremstilling"), ("p", "Mange borgere møder ikke op til aftalt træning. Borgere, der udebliver fra en aftalt genoptræningstid, betaler derfor 300 kr. i udeblivelsesgebyr."),
  ("h", "Indstilling"), ("ul", ["at ordningen indføres"]), ("dec", "Godkendt.")],
  "betaler derfor 300 kr. i udeblivelsesgebyr",
  "Udeblivelsesgebyr uden lovhjemmel (sundhedsloven § 140, serviceloven § 86)."),
C("fee_without_basis", "quiet", "fee_q1", "Takster for madservice 2024", [
  ("h", "Sagsfremstilling"), ("p", "Betaling for en hovedret fastsættes til 62 kr. inden for den beløbsgrænse, der følger af servicelovens § 161 og bekendtgørelsen om betaling for madservice."),
  ("h", "Indstilling"), ("ul", ["at taksten godkendes"]), ("dec", "Godkendt.")],
  "inden for den beløbsgrænse, der følger af servicelovens § 161",
  "Lovlig: betaling med hjemmel."),
C("fee_without_basis", "quiet", "fee_q2", "Gebyr for byggesagsbehandling", [
  ("h", "Sagsfremstilling"), ("p", "Gebyret for byggesager beregnes efter medgået tid med 690 kr. i timen, jf. byggelovens § 28 og bygningsreglementet."),
  ("h", "Indstilling"), ("ul", ["at gebyret godkendes"]), ("dec", "Godkendt.")],
  "jf. byggelovens § 28",
  "Lovlig: gebyr med hjemmel."),
# 12 complaint guidance
C("complaint_guidance", "flag", "com_f1", "Afgørelse om tilskud til handicapbil", [
  ("h", "Sagsfremstilling"), ("p", "Byrådet træffer afgørelse i sagen om støtte til køb af bil efter servicelovens § 114. Ansøgeren får afslag. I brevet til ansøgeren oplyses det, at afgørelsen kan påklages til Byrådet inden fire uger."),
  ("h", "Indstilling"), ("ul", ["at ansøgningen afslås"]), ("dec", "Afslået.")],
  "kan påklages til Byrådet inden fire uger",
  "Retssikkerhedsloven §§ 60, 66-67: klage over afgørelser efter serviceloven går til Ankestyrelsen (via kommunen); forkert klageinstans."),
C("complaint_guidance", "flag", "com_f2", "Afgørelse om tilskud til boligindretning", [
  ("h", "Sagsfremstilling"), ("p", "Der meddeles afslag på tilskud til badeværelse efter servicelovens § 116. Klagefristen er 8 dage fra modtagelsen af afgørelsen."),
  ("h", "Indstilling"), ("ul", ["at afslaget godkendes"]), ("dec", "Godkendt.")],
  "Klagefristen er 8 dage fra modtagelsen af afgørelsen",
  "Retssikkerhedsloven § 67: klagefristen er 4 uger."),
C("complaint_guidance", "flag", "com_f3", "Afgørelse om merudgifter til voksen", [
  ("h", "Sagsfremstilling"), ("p", "Ansøgning om dækning af merudgifter efter servicelovens § 100 afslås. Afgørelsen er endelig og kan ikke indbringes for anden myndighed."),
  ("h", "Indstilling"), ("ul", ["at afgørelsen træffes som beskrevet"]), ("dec", "Godkendt.")],
  "kan ikke indbringes for anden myndighed",
  "Forvaltningsloven § 25 og retssikkerhedsloven § 60: klageadgang til Ankestyrelsen skal oplyses."),
C("complaint_guidance", "quiet", "com_q1", "Afgørelse om ledsagelse i ferie", [
  ("h", "Sagsfremstilling"), ("p", "Ansøgningen om ekstra ledsagelse afslås. Afgørelsen kan påklages til Ankestyrelsen inden fire uger. Klagen sendes til kommunen, der genvurderer sagen, før den sendes videre."),
  ("h", "Indstilling"), ("ul", ["at afgørelsen træffes"]), ("dec", "Godkendt.")],
  "Klagen sendes til kommunen, der genvurderer sagen",
  "Lovlig: rigtig klageinstans og frist."),
C("complaint_guidance", "quiet", "com_q2", "Afgørelse om hjælpemiddel til barn", [
  ("h", "Sagsfremstilling"), ("p", "Forældrene får afslag på en el-kørestol. Klagevejledning: Afgørelsen kan påklages til Ankestyrelsen senest 4 uger efter modtagelsen, jf. retssikkerhedslovens § 67."),
  ("h", "Indstilling"), ("ul", ["at afgørelsen godkendes"]), ("dec", "Godkendt.")],
  "jf. retssikkerhedslovens § 67",
  "Lovlig: rigtig klagevejledning."),
# 13 presumption
C("presumption_of_refusal", "flag", "pre_f1", "Retningslinjer for ekstra rengøring", [
  ("h", "Sagsfremstilling"), ("p", "Ansøgninger om ekstra rengøring ud over standarden imødekommes kun i ganske særlige tilfælde, og forvaltningen skal begrunde en bevilling over for udvalget."),
  ("h", "Indstilling"), ("ul", ["at retningslinjerne godkendes"]), ("dec", "Godkendt.")],
  "imødekommes kun i ganske særlige tilfælde",
  "Forvaltningsret: en formodning for afslag sætter skønnet under regel (skønsudøvelse)."),
C("presumption_of_refusal", "flag", "pre_f2", "Serviceniveau for dobbeltbemanding", [
  ("h", "Sagsfremstilling"), ("p", "Forvaltningen lægger til grund, at ansøgninger om to hjælpere ved forflytning som regel får afslag, da loftlifte kan erstatte den ene hjælper."),
  ("h", "Indstilling"), ("ul", ["at serviceniveauet godkendes"]), ("dec", "Godkendt.")],
  "som regel får afslag",
  "Serviceloven § 83: en formodning for afslag afskærer den konkrete vurdering."),
C("presumption_of_refusal", "quiet", "pre_q1", "Venteliste til plejeboliger", [
  ("h", "Sagsfremstilling"), ("p", "Ventelisten prioriteres efter hastegrad, og hver ansøgning vurderes konkret af visitationen."),
  ("h", "Indstilling"), ("ul", ["at prioriteringen godkendes"]), ("dec", "Godkendt.")],
  "prioriteres efter hastegrad, og hver ansøgning vurderes konkret",
  "Lovlig: prioriteringskriterium med individuel vurdering."),
C("presumption_of_refusal", "quiet", "pre_q2", "Pladser i aflastningsboliger", [
  ("h", "Sagsfremstilling"), ("p", "Borgere med de største behov tilbydes først plads. Alle ansøgninger vurderes individuelt, også når der er ventetid."),
  ("h", "Indstilling"), ("ul", ["at kriterierne godkendes"]), ("dec", "Godkendt.")],
  "Alle ansøgninger vurderes individuelt",
  "Lovlig: prioritering efter behov med individuel vurdering."),
# 14 CPR
C("cpr_number", "flag", "cpr_f1", "Klage over parkeringsafgift", [
  ("h", "Sagsfremstilling"), ("p", "Klager: Poul Erik Madsen, cpr.nr. 120356-1187, har klaget over en afgift på kommunens parkeringsplads."),
  ("h", "Indstilling"), ("ul", ["at klagen afvises"]), ("dec", "Godkendt.")],
  "120356-1187",
  "Databeskyttelse: CPR-nummer ved navn i åbent referat."),
C("cpr_number", "flag", "cpr_f2", "Ansøgning om dispensation fra kørselsregler", [
  ("h", "Sagsfremstilling"), ("p", "Ansøger er Lise Ravn (personnummer 030791-2246), der ønsker at køre til sin virksomhed ad skolevejen."),
  ("h", "Indstilling"), ("ul", ["at dispensation ikke meddeles"]), ("dec", "Godkendt.")],
  "030791-2246",
  "Databeskyttelse: personnummer ved navn i åbent referat."),
C("cpr_number", "quiet", "cpr_q1", "Tilsynsrapport fra Arbejdstilsynet", [
  ("h", "Sagsfremstilling"), ("p", "Arbejdstilsynets journalnr. 240112-0034 vedrører indeklimaet på rådhuset. Påbuddet er efterkommet."),
  ("h", "Indstilling"), ("ul", ["at orienteringen tages til efterretning"]), ("dec", "Taget til efterretning.")],
  "journalnr. 240112-0034",
  "Lovlig: et journalnummer, der ligner et CPR-nummer, men ikke står ved en person."),
C("cpr_number", "quiet", "cpr_q2", "Ekspropriation til cykelsti", [
  ("h", "Sagsfremstilling"), ("p", "Ekspropriationen omfatter ejendomsnr. 150323-4471 og et areal på 120 m² langs Landevejen."),
  ("h", "Indstilling"), ("ul", ["at ekspropriationen gennemføres"]), ("dec", "Godkendt.")],
  "ejendomsnr. 150323-4471",
  "Lovlig: et ejendomsnummer i CPR-format, ingen person."),
]
