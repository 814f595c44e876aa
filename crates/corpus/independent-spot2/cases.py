# -*- coding: utf-8 -*-
"""Planted items: for each class, wordings a supervising lawyer would want to read ("flag")
and lawful near misses beside them ("quiet"). Each function takes a Ctx and returns an item:
title, resume, background (blocks), rec (at-bullets), decision (blocks, None = layout default),
phrase (verbatim in the item). A block is a paragraph string or ("table", header, rows)."""
from common import dk_date, first_of_month


def _it(title, background, rec, decision, phrase, resume=None, extra=None, closed=False):
    return dict(title=title, background=background, rec=rec, decision=decision, phrase=phrase,
                resume=resume, extra=extra or [], closed=closed)


# ---------------------------------------------------------------- fixed_cap
def fixed_cap_words(c):
    p = "udgør fremover to timer om ugen for alle borgere i egen bolig"
    return _it("Serviceniveau for socialpædagogisk støtte i eget hjem",
               ["Socialområdet har gennemgået bevillingerne efter servicelovens § 85. Der er i dag stor "
                "forskel på, hvor mange timer borgerne får, og udgifterne er steget med 11 pct. siden 2022.",
                "Forvaltningen foreslår derfor et ensartet niveau: Støtten efter § 85 %s. Borgere, der i dag "
                "har flere timer, overgår til det nye niveau ved næste opfølgning." % p,
                "Ændringen forventes at give en mindreudgift på ca. %d mio. kr. årligt." % c.rng.randint(2, 6)],
               ["at serviceniveauet for socialpædagogisk støtte godkendes som beskrevet i sagsfremstillingen"],
               None, p)


def fixed_cap_table(c):
    p = "Der visiteres alene inden for rammerne i skemaet"
    return _it("Revideret kvalitetsstandard for personlig og praktisk hjælp 2024",
               ["Kvalitetsstandarden beskriver den hjælp, borgerne kan få efter servicelovens § 83. "
                "Den er revideret som led i budgetaftalen for 2024. De nye serviceniveauer fremgår af skemaet:",
                ("table", ["Ydelse", "Omfang"],
                 [["Rengøring", "Hver 3. uge, højst 45 minutter"],
                  ["Tøjvask", "Hver 2. uge"],
                  ["Bad", "1 gang om ugen"],
                  ["Indkøb", "Via indkøbsordning, 1 gang om ugen"]]),
                "%s. Kvalitetsstandarden offentliggøres på kommunens hjemmeside efter vedtagelsen." % p],
               ["at den reviderede kvalitetsstandard godkendes"],
               None, p)


def fixed_cap_nofravig(c):
    p = "og denne ramme kan ikke fraviges"
    return _it("Retningslinjer for kørsel til aktivitets- og samværstilbud",
               ["Kommunen skal efter servicelovens § 117 kunne tilbyde kørsel til borgere med nedsat "
                "funktionsevne. Udgifterne til kørsel er steget markant.",
                "Fremover bevilges kørsel til ét tilbud og højst to dage om ugen pr. borger, %s. "
                "Kørslen udføres af Flextrafik." % p],
               ["at retningslinjerne for kørsel godkendes med virkning fra 1. august 2024"],
               None, p)


def fixed_cap_aflast(c):
    p = "Der gives ikke dispensation fra antallet af døgn"
    return _it("Aflastning til familier med børn med handicap – nyt serviceniveau",
               ["Aflastning efter servicelovens § 32, stk. 6 og § 84 udgør en stigende udgift.",
                "Det foreslås, at aflastning fremover bevilges med 12 døgn om året pr. familie. "
                "%s, og familier med et større behov henvises til de øvrige tilbud." % p],
               ["at det nye serviceniveau for aflastning godkendes"],
               None, p)


def fixed_cap_near_udgangspunkt(c):
    p = "som udgangspunkt højst to timer om ugen"
    return _it("Kvalitetsstandard for ledsagelse og socialpædagogisk støtte",
               ["Kvalitetsstandarden er opdateret efter dialog med Handicaprådet.",
                "Socialpædagogisk støtte til borgere i egen bolig ydes %s. Der foretages altid en konkret "
                "og individuel vurdering af den enkelte borgers behov, og der bevilges flere timer, når "
                "behovet tilsiger det." % p],
               ["at kvalitetsstandarden godkendes"],
               None, p)


def fixed_cap_near_table(c):
    p = "Niveauerne er vejledende"
    return _it("Kvalitetsstandard for praktisk hjælp – årlig revision",
               ["Standarden beskriver det typiske omfang af hjælp efter servicelovens § 83:",
                ("table", ["Ydelse", "Typisk omfang"],
                 [["Rengøring", "Hver 2. uge"], ["Tøjvask", "Hver 2. uge"], ["Indkøb", "1 gang om ugen"]]),
                "%s; afgørelsen træffes altid på grundlag af en individuel vurdering af borgerens behov, "
                "og hjælpen kan udvides eller tilrettelægges anderledes." % p],
               ["at den reviderede kvalitetsstandard godkendes"],
               None, p)


# ---------------------------------------------------------------- amended_limit
def amended_rengoring(c):
    p = "at rengøring fremover ydes hver fjerde uge til alle borgere"
    return _it("Kvalitetsstandarder på ældreområdet 2024",
               ["Kvalitetsstandarderne for hjemmehjælp, madservice og genoptræning skal godkendes årligt. "
                "Der er ikke foreslået ændringer i serviceniveauet.",
                "Ældrerådet har afgivet høringssvar og har ingen bemærkninger."],
               ["at kvalitetsstandarderne for 2024 godkendes"],
               ["Ændringsforslag fra %s: %s." % (c.rng.choice(["V", "O", "C", "D"]) + "-gruppen", p),
                "For ændringsforslaget stemte V, O og C (15). Imod stemte A, F og Ø (12).",
                "Ændringsforslaget blev vedtaget.",
                "Indstillingen blev herefter godkendt med den vedtagne ændring."], p)


def amended_borgmester(c):
    p = "maksimeres til 3 timer ugentligt pr. borger"
    return _it("Budgetopfølgning på det specialiserede voksenområde",
               ["Området forventer et merforbrug på %d mio. kr. Forvaltningen har beskrevet en række "
                "mulige tilpasninger, som udvalget har drøftet." % c.rng.randint(8, 25)],
               ["at budgetopfølgningen tages til efterretning",
                "at forvaltningen arbejder videre med de beskrevne tilpasninger"],
               ["Borgmesteren stillede forslag om, at timerne til socialpædagogisk støtte %s." % p,
                "Forslaget blev godkendt med 16 stemmer for og 9 imod.",
                "Herefter blev indstillingen i øvrigt godkendt."], p)


def amended_afloesning(c):
    p = "afløsning i hjemmet højst kan udgøre 8 timer om måneden"
    return _it("Kvalitetsstandard for afløsning og aflastning af pårørende",
               ["Kvalitetsstandarden beskriver hjælpen efter servicelovens § 84 til pårørende, der passer "
                "en nærtstående med nedsat funktionsevne. Standarden er uændret i forhold til 2023."],
               ["at kvalitetsstandarden godkendes"],
               ["%s godkendte indstillingen med den ændring, at %s." % (c.council, p),
                "Ændringen blev stillet af Liberal Alliance og vedtaget med 14 stemmer mod 13."], p)


def amended_near_rejected(c):
    p = "blev forkastet med 4 stemmer for og 23 imod"
    return _it("Kvalitetsstandard for hjemmehjælp 2024",
               ["Standarden er uændret i forhold til 2023, bortset fra sproglige præciseringer. "
                "Ældrerådet har været hørt."],
               ["at kvalitetsstandarden godkendes"],
               ["Ændringsforslag fra I om et fast loft på to timers hjælp om ugen %s." % p,
                "Indstillingen blev herefter godkendt."], p)


def amended_near_individual(c):
    p = "det tilføjes, at der altid foretages en individuel vurdering"
    return _it("Kvalitetsstandard for hjælpemidler og forbrugsgoder",
               ["Standarden beskriver kommunens praksis for hjælpemidler efter servicelovens § 112 og "
                "forbrugsgoder efter § 113. Handicaprådet har afgivet høringssvar."],
               ["at kvalitetsstandarden godkendes"],
               ["SF stillede ændringsforslag om, at %s af borgerens behov. Ændringsforslaget blev vedtaget "
                "uden afstemning." % p, "Indstillingen blev herefter godkendt."], p)


# ---------------------------------------------------------------- presumption_of_refusal
def presumption_normalt(c):
    p = "imødekommes normalt ikke"
    return _it("Praksis for boligindretning efter servicelovens § 116",
               ["Forvaltningen har beskrevet praksis for ansøgninger om indretning af bolig.",
                "Ansøgninger om boligindretning i lejeboliger, hvor borgeren kan flytte til en egnet "
                "bolig, %s. Borgeren henvises i stedet til boliganvisningen." % p],
               ["at praksisbeskrivelsen godkendes og lægges til grund for sagsbehandlingen"],
               None, p)


def presumption_hovedregel(c):
    p = "vil som hovedregel blive mødt med afslag"
    return _it("Serviceniveau for dækning af merudgifter",
               ["Merudgifter efter servicelovens § 41 og § 100 dækkes, når de er en nødvendig følge af "
                "funktionsnedsættelsen.",
                "For at styre udgifterne foreslås det, at ansøgninger om dækning af merudgifter til "
                "kost og tøj %s, medmindre borgeren fremlægger lægeerklæring." % p],
               ["at serviceniveauet godkendes"],
               None, p)


def presumption_aegtefaelle(c):
    p = "gives der som udgangspunkt afslag på praktisk hjælp"
    return _it("Tildeling af praktisk hjælp i husstande med flere voksne",
               ["Der er i dag ikke en fælles praksis for hjælp i husstande, hvor der bor en rask "
                "ægtefælle eller samlever.",
                "Når der bor en rask ægtefælle eller samlever i husstanden, %s til rengøring og tøjvask." % p],
               ["at den beskrevne praksis godkendes"],
               None, p)


def presumption_near_individual(c):
    p = "efter en konkret og individuel vurdering af den enkelte borgers behov"
    return _it("Orientering om sagsbehandlingstider på hjælpemiddelområdet",
               ["Der er i 2023 modtaget %d ansøgninger om hjælpemidler. Alle ansøgninger afgøres %s, og "
                "den gennemsnitlige sagsbehandlingstid er faldet til 5 uger." % (c.rng.randint(900, 2400), p)],
               ["at orienteringen tages til efterretning"],
               None, p)


def presumption_near_stats(c):
    p = "resten fik afslag efter en konkret vurdering"
    return _it("Årsberetning for Visitationen 2023",
               ["Visitationen behandlede i 2023 %d ansøgninger om boligændringer. 58 pct. blev helt "
                "eller delvist imødekommet; %s af sagens oplysninger. 14 afgørelser blev påklaget til "
                "Ankestyrelsen." % (c.rng.randint(150, 400), p)],
               ["at årsberetningen tages til efterretning"],
               None, p)


# ---------------------------------------------------------------- single_company_support
def support_guarantee(c):
    co = c.company()
    p = "stiller kommunegaranti for et lån på 4,5 mio. kr. til %s" % co
    return _it("Kommunegaranti til %s" % co,
               ["%s har anmodet kommunen om at garantere for et lån til udvidelse af virksomhedens "
                "produktionshal. Virksomheden har 60 ansatte og er en af de største arbejdspladser i "
                "lokalområdet." % co,
                "Garantien vil give virksomheden en lavere rente end på markedsvilkår."],
               ["at %s %s" % (c.cl, p)],
               None, p)


def support_rent(c):
    co = c.company()
    p = "fastsættes til 1 kr. om året"
    return _it("Lejeaftale med %s om lokaler på havnen" % co,
               ["%s ønsker at leje den kommunale pakhusbygning på havnen til koncerter og udlejning. "
                "Virksomheden vil skabe liv på havnen. Lejen %s i de første fem år, og kommunen afholder "
                "udgifterne til el og vand." % (co, p)],
               ["at lejeaftalen godkendes"],
               None, p)


def support_fee(c):
    co = c.company()
    p = "frafaldes som en anerkendelse af virksomhedens beslutning"
    return _it("Ansøgning fra %s om fritagelse for gebyr" % co,
               ["%s opfører nyt domicil i erhvervsområdet ved motorvejen. Byggesagsgebyret udgør "
                "186.400 kr." % co,
                "Det foreslås, at gebyret %s om at placere sit hovedkontor i kommunen." % p],
               ["at ansøgningen imødekommes"],
               None, p)


def support_grant(c):
    co = c.company()
    p = "et tilskud på 750.000 kr. til %s" % co
    return _it("Tilskud til %s" % co,
               ["%s har i 2023 haft et underskud og har meddelt kommunen, at virksomheden overvejer at "
                "flytte produktionen. Forvaltningen foreslår %s til dækning af en del af underskuddet, så "
                "arbejdspladserne bevares." % (co, p),
                "Beløbet finansieres af kassebeholdningen."],
               ["at der gives %s" % p, "at tilskuddet finansieres af kassebeholdningen"],
               None, p)


def support_near_lease(c):
    co = c.company()
    p = "jf. lov om kommunal udlejning af erhvervsejendomme"
    return _it("Udlejning af erhvervslokaler i Iværksætterhuset",
               ["Kommunen udlejer ledige lokaler i Iværksætterhuset til %s til markedsleje. Lejen er "
                "fastsat på grundlag af en vurdering fra en ekstern ejendomsmægler, %s." % (co, p)],
               ["at lejeaftalen godkendes"],
               None, p)


def support_near_scheme(c):
    p = "åben for alle virksomheder i kommunen på lige vilkår"
    return _it("Pulje til grøn omstilling i små og mellemstore virksomheder",
               ["Erhvervsrådet foreslår en pulje på 1,5 mio. kr. til energirådgivning. Puljen er %s, "
                "og ansøgninger vurderes efter offentliggjorte kriterier. Puljen gives inden for "
                "rammerne af erhvervsfremmeloven." % p],
               ["at puljen oprettes", "at kriterierne godkendes"],
               None, p)


# ---------------------------------------------------------------- sale_without_offer
def sale_school(c):
    co = c.company()
    st = c.street()
    p = "sælges til %s for 3,2 mio. kr." % co
    return _it("Salg af den tidligere skole, %s" % st,
               ["Den tidligere skolebygning på %s har stået tom siden skolesammenlægningen. %s har tilbudt "
                "at købe ejendommen og omdanne den til boliger." % (st, co),
                "Forvaltningen indstiller, at ejendommen %s Køber overtager ejendommen den 1. september 2024." % p],
               ["at ejendommen %s" % p],
               None, p)


def sale_direct(c):
    co = c.company()
    p = "har henvendt sig direkte til kommunen"
    return _it("Salg af erhvervsgrund i Nord",
               ["%s %s med ønske om at købe matr.nr. 14b på 6.200 m² i erhvervsområdet. Forvaltningen har "
                "forhandlet en pris på 1,1 mio. kr., svarende til 177 kr. pr. m²." % (co, p)],
               ["at grunden sælges til %s på de forhandlede vilkår" % co],
               None, p)


def lease_direct(c):
    co = c.company()
    p = "indgås en lejeaftale for 15 år med %s" % co
    return _it("Udlejning af areal ved stranden",
               ["Det kommunale areal ved strandparkeringen anvendes i dag ikke. Forvaltningen foreslår, at "
                "der %s om leje af arealet til kiosk og cykeludlejning. Den årlige leje er aftalt til "
                "24.000 kr." % p],
               ["at der %s" % p],
               None, p)


def sale_near_strip(c):
    p = "jf. undtagelsen i udbudsbekendtgørelsens § 2, stk. 2"
    st = c.street()
    return _it("Salg af restareal til nabo, %s" % st,
               ["Ejeren af %s har ønsket at købe en stribe kommunal jord på 48 m² langs skellet. Arealet "
                "kan ikke udnyttes selvstændigt." % st,
                "Salget kan ske uden offentligt udbud %s, da der er tale om et mindre areal, der sælges til "
                "en naboejer. Prisen er fastsat ved en vurdering foretaget af en uafhængig "
                "ejendomsmægler." % p],
               ["at arealet sælges til naboen til den vurderede pris"],
               None, p)


def sale_near_offered(c):
    p = "har været udbudt offentligt"
    return _it("Salg af byggegrunde i Lærkeparken – accept af bud",
               ["Grundene %s med annoncering i perioden 8. januar til 9. februar 2024. Der er indkommet "
                "7 bud. Forvaltningen indstiller, at de højeste bud accepteres." % p],
               ["at de højeste bud på de 5 grunde accepteres"],
               None, p)


# ---------------------------------------------------------------- named_citizen_health
def citizen_sclerose(c):
    n = c.person()
    p = "%s lider af sclerose" % n
    return _it("Klage over serviceniveau for hjemmehjælp",
               ["%s, %s, har skrevet til byrådets medlemmer om nedsættelsen af sin hjemmehjælp. %s og har "
                "siden 2021 modtaget hjælp til personlig pleje tre gange dagligt." % (n, c.street(), p),
                "Forvaltningen har genvurderet sagen og fastholder afgørelsen."],
               ["at henvendelsen besvares som beskrevet"],
               None, p)


def citizen_adhd(c):
    n = c.person()
    son = c.rng.choice(["Mikkel", "Oliver", "Noah", "Emil"])
    p = "hendes søn %s på 12 år, der har diagnosen ADHD" % son
    return _it("Henvendelse om specialundervisning",
               ["%s har rettet henvendelse til byrådet om %s og er anbragt uden for hjemmet. Hun ønsker, "
                "at han visiteres til et specialtilbud i kommunen." % (n, p)],
               ["at borgmesteren besvarer henvendelsen"],
               None, p)


def citizen_psych(c):
    n = c.person()
    p = "efter en indlæggelse på psykiatrisk afdeling"
    return _it("Meddelelser",
               ["Borgmesteren orienterede om sagen vedrørende %s, der %s er udskrevet til egen bolig uden "
                "bostøtte. Pressen har rettet henvendelse om sagen." % (n, p),
                "Kommunaldirektøren orienterede om status på budgetlægningen for 2025."],
               ["at meddelelserne tages til efterretning"],
               None, p)


def citizen_near_journal(c):
    p = "Journalnr. 140224-0917"
    return _it("Orientering om afgørelse fra Ankestyrelsen",
               ["%s. Ankestyrelsen har hjemvist en sag om hjælp efter servicelovens § 95. Sagen behandles "
                "på ny i forvaltningen. Borgerens identitet fremgår ikke af referatet." % p],
               ["at orienteringen tages til efterretning"],
               None, p)


def citizen_near_anon(c):
    p = "En borger i 50'erne"
    return _it("Borgerhenvendelse om kørsel til genoptræning",
               ["%s har skrevet til udvalget om ventetid på kørsel til genoptræning. Henvendelsen er "
                "anonymiseret. Forvaltningen har undersøgt kørselsordningen og har aftalt nye "
                "afhentningstider med vognmanden." % p],
               ["at orienteringen tages til efterretning"],
               None, p)


# ---------------------------------------------------------------- retroactive_reduction
def retro_standard(c):
    eff = first_of_month(c.date.year, c.date.month - 1 - c.rng.randint(0, 1))
    p = "har virkning fra den %s" % dk_date(eff)
    return _it("Ændret serviceniveau for rengøring i hjemmeplejen",
               ["Som led i budgetaftalen reduceres rengøringshjælpen fra hver 2. uge til hver 3. uge. "
                "Ændringen vurderes individuelt i forbindelse med opfølgningen hos den enkelte borger."],
               ["at det ændrede serviceniveau godkendes", "at ændringen %s" % p],
               None, p)


def retro_tilskud(c):
    eff = first_of_month(c.date.year, 1)
    if eff >= c.date:
        eff = first_of_month(c.date.year - 1, 12)
    p = "med virkning fra %s" % dk_date(eff)
    return _it("Nedsættelse af tilskud til klippekort og aktiviteter",
               ["Tilskuddet til aktiviteter for beboere på plejecentrene nedsættes fra 1.200 kr. til 600 kr. "
                "pr. beboer om året %s. Midlerne anvendes til at dække merforbruget på ældreområdet." % p,
                "Ældrerådet har haft sagen i høring."],
               ["at tilskuddet nedsættes som beskrevet"],
               None, p)


def retro_near_future(c):
    eff = first_of_month(c.date.year, c.date.month + 2)
    p = "med virkning fra den %s" % dk_date(eff)
    return _it("Tilpasning af åbningstider i dagcentrene",
               ["Dagcentrenes åbningstid om fredagen ændres, så centrene lukker kl. 14 i stedet for kl. 15, "
                "%s. Ældrerådet har haft sagen i høring og har ingen bemærkninger." % p],
               ["at de ændrede åbningstider godkendes"],
               None, p)


def retro_near_next_year(c):
    p = "fra 1. januar 2025"
    return _it("Reduktion af antallet af vagtordninger i Hjemmeplejen",
               ["Hjemmeplejen samler aften- og nattevagterne i to distrikter i stedet for tre %s. Borgerne "
                "mærker ikke ændringen, da besøgene fortsætter uændret. Ældrerådet og Handicaprådet har "
                "været hørt." % p],
               ["at sammenlægningen godkendes"],
               None, p)


# ---------------------------------------------------------------- no_council_hearing
def hearing_klippekort(c):
    p = "Klippekortsordningen i hjemmeplejen nedlægges"
    return _it("Besparelser på ældreområdet – udmøntning",
               ["Byrådet har i budgettet vedtaget en besparelse på ældreområdet på %d mio. kr. Forvaltningen "
                "har udarbejdet forslag til udmøntning." % c.rng.randint(3, 9),
                "%s pr. 1. september 2024, og antallet af faste pladser i dagcentrene reduceres fra 60 til 40. "
                "Sagen har været behandlet i Sundheds- og Ældreudvalget." % p],
               ["at besparelserne udmøntes som beskrevet"],
               None, p)


def hearing_dagtilbud(c):
    p = "Aktivitetshuset for voksne med udviklingshandicap lukkes"
    return _it("Strukturtilpasning på det specialiserede voksenområde",
               ["%s, og de 34 brugere tilbydes plads i Bostedets dagtilbud. Ændringen giver en besparelse på "
                "2,1 mio. kr. årligt." % p,
                "Ændringen træder i kraft den 1. oktober 2024."],
               ["at strukturtilpasningen godkendes"],
               None, p)


def hearing_near_aeldre(c):
    p = "Ældrerådet har afgivet høringssvar"
    return _it("Ny struktur for madservice",
               ["Madservice leveres fremover som kølemad tre gange om ugen i stedet for varm mad dagligt. "
                "%s, som er vedlagt sagen. Ældrerådet anbefaler, at borgere med særlige behov fortsat kan "
                "få varm mad, hvilket er indarbejdet." % p],
               ["at den nye struktur godkendes"],
               None, p)


def hearing_near_handicap(c):
    p = "Handicaprådet har været hørt"
    return _it("Sammenlægning af to botilbud",
               ["Bostederne Solhøj og Engparken samles på én adresse fra 2025. %s og bakker op om "
                "sammenlægningen. Beboerne og de pårørende er inddraget." % p],
               ["at sammenlægningen godkendes"],
               None, p)


# ---------------------------------------------------------------- budget_stop
def stop_hjaelpemidler(c):
    p = "herunder for bevilling af nye hjælpemidler"
    return _it("Budgetopfølgning pr. 31. marts 2024 – styringstiltag",
               ["Budgetopfølgningen viser et forventet merforbrug på %d mio. kr." % c.rng.randint(20, 60),
                "Direktionen foreslår, at der med øjeblikkelig virkning indføres ansættelsesstop og "
                "indkøbsstop på hele social- og sundhedsområdet, %s, indtil budgetbalancen er genoprettet."
                % p],
               ["at budgetopfølgningen godkendes", "at de foreslåede styringstiltag iværksættes"],
               None, p)


def stop_botilbud(c):
    p = "visiteres der ikke til nye pladser i botilbud resten af 2024"
    return _it("Handleplan for økonomisk balance 2024",
               ["For at overholde servicerammen %s. Borgere på venteliste fastholdes i deres nuværende "
                "tilbud." % p],
               ["at handleplanen godkendes"],
               None, p)


def stop_near_admin(c):
    p = "lovbundne ydelser og myndighedsopgaver er undtaget"
    return _it("Økonomisk tilbageholdenhed i 2024",
               ["Der indføres ansættelsesstop for administrative stillinger og tilbageholdenhed med "
                "indkøb af inventar resten af året. Stoppet omfatter ikke serviceydelser til borgerne; "
                "%s." % p],
               ["at tilbageholdenheden iværksættes"],
               None, p)


def stop_near_konsulent(c):
    p = "opgaver efter lovgivningen løses uændret"
    return _it("Indkøbsstop for konsulentydelser",
               ["Der indføres stop for køb af eksterne konsulentydelser og kurser i resten af 2024. "
                "Bevillinger til borgerne og %s." % p],
               ["at indkøbsstoppet godkendes"],
               None, p)


# ---------------------------------------------------------------- closed_without_reason
def closed_havnevej(c):
    st = c.street()
    p = "Sag om %s" % st
    return _it("Lukket punkt: %s" % p, ["Sagen blev behandlet for lukkede døre."], [],
               ["Godkendt."], p, closed=True)


def closed_orientering(c):
    p = "Orientering fra borgmesteren (lukket)"
    return _it(p, ["Punktet behandles som lukket punkt."], [], ["Taget til efterretning."], p, closed=True)


def closed_near_ksl(c):
    p = "jf. kommunestyrelseslovens § 10, stk. 1, og offentlighedslovens § 33, nr. 3"
    return _it("Lukket punkt: Køb af ejendom",
               ["Punktet behandles for lukkede døre, %s, da en offentlig behandling kan skade kommunens "
                "forhandlingsposition." % p], [], ["Godkendt."], p, closed=True)


def closed_near_fvl(c):
    p = "forvaltningslovens § 27, stk. 1, nr. 6"
    return _it("Lukket punkt: Personalesag",
               ["Sagen behandles for lukkede døre, da den vedrører enkeltpersoners forhold, jf. "
                "kommunestyrelseslovens § 10 og %s." % p], [], ["Godkendt."], p, closed=True)


# ---------------------------------------------------------------- unlawful_delegation
def deleg_budget(c):
    p = "bemyndiger Økonomiudvalget til at vedtage budget 2025 og fastsætte udskrivningsprocenten"
    return _it("Tidsplan for budgetlægningen 2025",
               ["Tidsplanen for budgetlægningen er tilrettelagt, så budgetforhandlingerne afsluttes i "
                "september. Da mødeplanen er presset, foreslås det, at %s, hvis forhandlingerne trækker ud."
                % (c.cl + " " + p)],
               ["at tidsplanen godkendes", "at %s %s" % (c.cl, p)],
               None, p)


def deleg_provider(c):
    co = c.company()
    p = "træffes fremover af leverandøren %s" % co
    return _it("Ny model for levering af hjælpemidler",
               ["Afgørelser om tildeling af almindelige hjælpemidler som rollatorer og badetaburetter %s "
                "uden forudgående visitation i kommunen. Det forventes at nedbringe ventetiden." % p],
               ["at den nye model godkendes"],
               None, p)


def deleg_near_admin(c):
    p = "delegerer kompetencen til at træffe afgørelse i enkeltsager"
    return _it("Delegationsplan for Social- og Sundhedsområdet",
               ["Delegationsplanen opdateres efter ændringer i serviceloven. %s %s efter serviceloven til "
                "forvaltningen, mens principielle sager forelægges udvalget." % (c.council, p)],
               ["at den opdaterede delegationsplan godkendes"],
               None, p)


def deleg_near_contract(c):
    p = "bemyndiger Økonomiudvalget til at godkende den endelige kontrakt inden for den afsatte ramme"
    return _it("Anlægsbevilling til ny daginstitution",
               ["Der gives en anlægsbevilling på 38,5 mio. kr. til en ny daginstitution med 120 pladser. "
                "Udbuddet forventes afsluttet i juni."],
               ["at anlægsbevillingen gives", "at %s %s" % (c.cl, p)],
               None, p)


# ---------------------------------------------------------------- inhabil_took_part
def inhabil_unanimous(c):
    m = c.member()
    p = "Alle 27 medlemmer stemte for"
    return _it("Ansøgning om tilskud til ny kunstgræsbane",
               ["Boldklubben har søgt om et anlægstilskud på 1,8 mio. kr. til en kunstgræsbane.",
                "Inhabil: %s, der er formand for boldklubben." % m],
               ["at der gives et anlægstilskud på 1,8 mio. kr."],
               ["Fraværende: Ingen.", "Godkendt. %s." % p], p)


def inhabil_debate(c):
    m = c.member()
    p = "deltog i debatten, men ikke i afstemningen"
    return _it("Dispensation fra lokalplan for ejendommen %s" % c.street(),
               ["Ejeren søger dispensation til en tagterrasse."],
               ["at der meddeles dispensation"],
               ["%s oplyste, at hendes bror ejer ejendommen. %s fandt hende inhabil. Hun %s." % (m, c.council, p),
                "Indstillingen blev godkendt."], p)


def inhabil_near_left(c):
    m = c.member()
    p = "forlod mødet under behandlingen af punktet"
    return _it("Tilskud til forsamlingshuset",
               ["Forsamlingshuset søger om tilskud til nyt tag efter puljen for landdistrikter."],
               ["at der gives tilskud på 240.000 kr."],
               ["%s blev erklæret inhabil og %s." % (m, p), "Godkendt."], p)


def inhabil_near_notinhabil(c):
    m = c.member()
    p = "fandt ikke, at medlemskabet giver en særlig interesse"
    return _it("Driftsaftale med idrætsforeningerne",
               ["Aftalen fastlægger tilskud til drift af klubhuse for alle idrætsforeninger."],
               ["at driftsaftalen godkendes"],
               ["%s spurgte til sin habilitet, da han er menigt medlem af en af foreningerne. %s %s i "
                "udfaldet, og han deltog i behandlingen." % (m, c.council, p), "Godkendt."], p)


# ---------------------------------------------------------------- fee_without_basis
def fee_application(c):
    p = "opkræves fremover et ekspeditionsgebyr på 150 kr."
    return _it("Nye gebyrer på borgerserviceområdet",
               ["For at dække de administrative udgifter foreslås det, at der ved ansøgning om personlige "
                "tillæg og hjælp til enkeltudgifter %s pr. ansøgning." % p],
               ["at gebyret indføres fra 1. august 2024"],
               None, p)


def fee_visitation(c):
    p = "betale 300 kr. for visitationsbesøget"
    return _it("Egenbetaling i Visitationen",
               ["Borgere, der ansøger om hjemmehjælp, skal fremover %s. Beløbet opkræves sammen med "
                "den første regning for madservice." % p],
               ["at egenbetalingen godkendes"],
               None, p)


def fee_near_mad(c):
    p = "jf. servicelovens § 161, stk. 2"
    return _it("Takster for madservice 2024",
               ["Prisen for et hovedmåltid fastsættes til 60 kr., svarende til det maksimale beløb, "
                "som ministeriet har fastsat, %s." % p],
               ["at taksterne godkendes"],
               None, p)


def fee_near_byg(c):
    p = "i medfør af byggelovens § 28"
    return _it("Byggesagsgebyrer 2024",
               ["Byggesagsgebyret for erhvervsbyggeri opkræves efter timeforbrug %s. Timeprisen "
                "fastsættes til 695 kr." % p],
               ["at timeprisen godkendes"],
               None, p)


# ---------------------------------------------------------------- complaint_guidance
def guidance_missing(c):
    p = "Ansøgningen om dispensation afslås"
    return _it("Ansøgning fra Grundejerforeningen Strandparken om dispensation",
               ["Grundejerforeningen ønsker at opsætte en 2 meter høj støjskærm i strid med lokalplanens "
                "bestemmelse om hegn. Forvaltningen vurderer, at dispensationen vil stride mod planens "
                "principper."],
               ["at ansøgningen afslås"],
               ["%s. Afgørelsen meddeles grundejerforeningen." % p], p)


def guidance_final(c):
    p = "Afgørelsen er endelig og kan ikke påklages"
    return _it("Afslag på ansøgning om fritagelse for forældrebetaling",
               ["Familien har søgt om økonomisk friplads i daginstitution. Husstandsindkomsten overstiger "
                "grænsen."],
               ["at ansøgningen afslås"],
               ["Godkendt. %s." % p], p)


def guidance_near_plank(c):
    p = "kan påklages til Planklagenævnet inden 4 uger"
    return _it("Afslag på dispensation fra lokalplan – carport",
               ["Ejeren af ejendommen har søgt om dispensation til en carport nærmere skel end tilladt."],
               ["at ansøgningen afslås"],
               ["Godkendt. Afgørelsen %s, jf. planlovens § 58. Klagevejledning vedlægges brevet." % p], p)


def guidance_near_attached(c):
    p = "Klagevejledning vedlægges afgørelsen"
    return _it("Ansøgning om tilskud efter folkeoplysningsloven",
               ["Foreningen har søgt om lokaletilskud til lejede lokaler. Ansøgningen opfylder ikke "
                "kravene i kommunens retningslinjer."],
               ["at ansøgningen afslås"],
               ["Godkendt. %s." % p], p)


FLAG = {
    "fixed_cap": [fixed_cap_words, fixed_cap_table, fixed_cap_nofravig, fixed_cap_aflast],
    "amended_limit": [amended_rengoring, amended_borgmester, amended_afloesning],
    "presumption_of_refusal": [presumption_normalt, presumption_hovedregel, presumption_aegtefaelle],
    "single_company_support": [support_guarantee, support_rent, support_fee, support_grant],
    "sale_without_offer": [sale_school, sale_direct, lease_direct],
    "named_citizen_health": [citizen_sclerose, citizen_adhd, citizen_psych],
    "retroactive_reduction": [retro_standard, retro_tilskud],
    "no_council_hearing": [hearing_klippekort, hearing_dagtilbud],
    "budget_stop": [stop_hjaelpemidler, stop_botilbud],
    "closed_without_reason": [closed_havnevej, closed_orientering],
    "unlawful_delegation": [deleg_budget, deleg_provider],
    "inhabil_took_part": [inhabil_unanimous, inhabil_debate],
    "fee_without_basis": [fee_application, fee_visitation],
    "complaint_guidance": [guidance_missing, guidance_final],
}
QUIET = {
    "fixed_cap": [fixed_cap_near_udgangspunkt, fixed_cap_near_table],
    "amended_limit": [amended_near_rejected, amended_near_individual],
    "presumption_of_refusal": [presumption_near_individual, presumption_near_stats],
    "single_company_support": [support_near_lease, support_near_scheme],
    "sale_without_offer": [sale_near_strip, sale_near_offered],
    "named_citizen_health": [citizen_near_journal, citizen_near_anon],
    "retroactive_reduction": [retro_near_future, retro_near_next_year],
    "no_council_hearing": [hearing_near_aeldre, hearing_near_handicap],
    "budget_stop": [stop_near_admin, stop_near_konsulent],
    "closed_without_reason": [closed_near_ksl, closed_near_fvl],
    "unlawful_delegation": [deleg_near_admin, deleg_near_contract],
    "inhabil_took_part": [inhabil_near_left, inhabil_near_notinhabil],
    "fee_without_basis": [fee_near_mad, fee_near_byg],
    "complaint_guidance": [guidance_near_plank, guidance_near_attached],
}
