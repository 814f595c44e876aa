# -*- coding: utf-8 -*-
"""Case texts for the independent spot-check corpus 10 (period 2024H1).

Every case is a function of p (a dict of names, numbers and dates chosen per instance) and
returns an item dict:
  title, law, bg [paragraphs], table (optional [header, rows...]), rec [bullets],
  comm (optional quoted committee decision), dec (the body's own decision), bilag (optional),
  phrase (the passage the class is about; must occur verbatim in the item), where, why (quiet).
Variant keys: D = dev only, B = both halves, H = holdout only.
"""

CLASSES = ["fixed_cap", "amended_limit", "presumption_of_refusal", "budget_stop",
           "retroactive_reduction", "personal_data", "named_citizen_health", "cpr_number",
           "sale_without_offer", "single_company_support", "closed_without_reason",
           "no_council_hearing", "unlawful_delegation", "inhabil_took_part",
           "fee_without_basis", "complaint_guidance"]

LAW = {
    "fixed_cap": "serviceloven / barnets lov: konkret, individuel vurdering",
    "amended_limit": "serviceloven: konkret, individuel vurdering (loft indført ved ændringsforslag)",
    "presumption_of_refusal": "forvaltningsretten: skøn under regel",
    "budget_stop": "retskrav kan ikke afvises af budgethensyn",
    "retroactive_reduction": "forbud mod byrdefuld tilbagevirkende kraft",
    "personal_data": "forvaltningslovens § 27 / databeskyttelse, åbne punkter",
    "named_citizen_health": "forvaltningslovens § 27 / følsomme oplysninger",
    "cpr_number": "databeskyttelseslovens § 11 (CPR-nummer)",
    "sale_without_offer": "kommunestyrelseslovens § 68 og udbudsbekendtgørelsen",
    "single_company_support": "kommunalfuldmagten: støtte til enkeltvirksomheder",
    "closed_without_reason": "kommunestyrelseslovens § 10 (lukkede møder)",
    "no_council_hearing": "retssikkerhedslovens § 34 (Ældreråd), serviceloven § 37 a (Handicapråd), folkeskoleloven § 24 a / dagtilbudsloven § 14",
    "unlawful_delegation": "kommunestyrelseslovens §§ 40-45 (ikke-delegerbare beføjelser)",
    "inhabil_took_part": "kommunestyrelseslovens § 14 / forvaltningslovens § 3",
    "fee_without_basis": "gebyrer kræver hjemmel i lov",
    "complaint_guidance": "forvaltningslovens § 25 (klagevejledning)",
}


def C(fn):
    return fn


# --------------------------------------------------------------------------- fixed_cap
def fixed_cap_D(p):
    return dict(
        title="Revideret kvalitetsstandard for praktisk hjælp 2024",
        bg=["Social- og Sundhedsudvalget har bedt forvaltningen om at revidere kvalitetsstandarden for hjælp efter servicelovens § 83. Standarden beskriver, hvilken hjælp borgerne kan forvente, og hvordan hjælpen visiteres.",
            "I den reviderede standard er rengøringen ensrettet, så alle modtagere af praktisk hjælp får samme ydelse."],
        table=[["Ydelse", "Omfang", "Bemærkning"],
               ["Rengøring", "%s minutter hver 14. dag" % p["n_min"], "Der bevilges ikke yderligere tid"],
               ["Tøjvask", "1 gang om ugen", "Efter vurdering"],
               ["Indkøb", "Via indkøbsordning", "Efter vurdering"]],
        rec=["at kvalitetsstandarden for praktisk hjælp godkendes"],
        dec="Godkendt.",
        phrase="%s minutter hver 14. dag" % p["n_min"], where="table")


def fixed_cap_B(p):
    return dict(
        title="Serviceniveau for ledsagelse og befordring til aktiviteter",
        bg=["Forvaltningen har gennemgået serviceniveauet for kørsel til aktivitets- og samværstilbud efter servicelovens § 117.",
            "Det foreslås, at kørsel fremover bevilges med %s ture om ugen til og fra tilbuddet. Antallet gælder for alle borgere, uanset behov, så der sikres ensartethed i visitationen." % p["n_word"]],
        rec=["at serviceniveauet for kørsel efter servicelovens § 117 godkendes som beskrevet i sagsfremstillingen"],
        comm="Anbefales.",
        dec="Indstillingen godkendt.",
        phrase="Antallet gælder for alle borgere, uanset behov", where="background, number in words")


def fixed_cap_H(p):
    return dict(
        title="Retningslinjer for aflastning til familier med børn med handicap",
        bg=["Familie- og Børneudvalget har behandlet nye retningslinjer for aflastning efter barnets lov.",
            "Retningslinjerne indebærer bl.a. følgende:"],
        bullets=["aflastning i eget hjem eller i aflastningstilbud",
                 "aflastning udgør maksimalt %s døgn pr. kalenderår pr. barn, og der foretages ikke en vurdering ud over dette" % p["n_days"],
                 "opfølgning på aflastningen sker ved den årlige opfølgning på sagen"],
        rec=["at retningslinjerne for aflastning godkendes"],
        dec="Byrådet godkendte retningslinjerne, jf. indstillingen.",
        phrase="aflastning udgør maksimalt %s døgn pr. kalenderår pr. barn" % p["n_days"], where="bullet")


def fixed_cap_qD(p):
    return dict(
        title="Kvalitetsstandard for ledsageordning efter servicelovens § 97",
        bg=["Kvalitetsstandarden for ledsageordningen er opdateret, så den følger loven. Efter servicelovens § 97, stk. 1, tilbydes borgere mellem 18 år og folkepensionsalderen, der ikke kan færdes alene på grund af betydelig og varigt nedsat funktionsevne, ledsagelse op til 15 timer om måneden.",
            "Timetallet i standarden er således lovens eget og er ikke fastsat af kommunen."],
        rec=["at den opdaterede kvalitetsstandard for ledsageordning godkendes"],
        dec="Godkendt.",
        phrase="ledsagelse op til 15 timer om måneden", where="background",
        why="the figure is the statutory one in servicelovens § 97, stk. 1, restated")


def fixed_cap_qB(p):
    return dict(
        title="Vejledende serviceniveau for personlig pleje",
        bg=["Det vejledende serviceniveau for personlig pleje efter servicelovens § 83 angiver, at bad som udgangspunkt tilbydes %s gange om ugen." % p["n_word"],
            "Serviceniveauet er vejledende. Visitator foretager altid en konkret og individuel vurdering af den enkelte borgers behov, og der kan bevilges mere eller anden hjælp, hvis behovet tilsiger det."],
        rec=["at det vejledende serviceniveau for personlig pleje godkendes"],
        dec="Indstillingen blev godkendt.",
        phrase="bad som udgangspunkt tilbydes %s gange om ugen" % p["n_word"], where="background",
        why="the figure is guidance; individual assessment and more help are stated")


def fixed_cap_qH(p):
    return dict(
        title="Nye takster og rammer for kørsel til læge og speciallæge",
        bg=["Kommunen yder efter sundhedslovens § 170 befordring til alment praktiserende læge for pensionister, der opfylder lovens betingelser. Der er ikke tale om en servicelovsydelse.",
            "Forvaltningen foreslår, at der som hidtil ydes befordring eller befordringsgodtgørelse efter reglerne, og at den enkelte ansøgning vurderes ud fra borgerens helbred og afstand."],
        table=[["Område", "Ordning"],
               ["Læge", "Kørsel eller godtgørelse efter en konkret vurdering"],
               ["Speciallæge", "Godtgørelse efter sundhedslovens regler"]],
        rec=["at orienteringen om befordring til læge tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="den enkelte ansøgning vurderes ud fra borgerens helbred og afstand", where="background",
        why="no fixed number; individual assessment stated")


# --------------------------------------------------------------------------- amended_limit
def amended_limit_D(p):
    return dict(
        title="Kvalitetsstandard for socialpædagogisk støtte efter servicelovens § 85",
        bg=["Kvalitetsstandarden beskriver støtte i eget hjem til borgere med nedsat psykisk eller fysisk funktionsevne. Forvaltningen har foreslået, at støttens omfang fastsættes efter en konkret vurdering og Voksenudredningsmetoden."],
        rec=["at kvalitetsstandarden for socialpædagogisk støtte godkendes"],
        comm="Anbefales.",
        dec="%s stillede ændringsforslag om, at støtten efter § 85 fremover højst kan udgøre %s timer om ugen pr. borger. For stemte %s, imod stemte %s. Ændringsforslaget blev vedtaget. Kvalitetsstandarden blev herefter godkendt med den vedtagne ændring." % (p["party"], p["n_word"], p["votes_for"], p["votes_against"]),
        phrase="fremover højst kan udgøre %s timer om ugen pr. borger" % p["n_word"], where="amendment in the decision")


def amended_limit_B(p):
    return dict(
        title="Serviceniveau for hjemmehjælp – rengøring",
        bg=["Forvaltningen har udarbejdet et forslag til serviceniveau for rengøring efter servicelovens § 83, hvor omfanget fastsættes ud fra borgerens konkrete behov."],
        rec=["at serviceniveauet godkendes"],
        dec="Godkendt med den ændring, at rengøring fremover bevilges hver tredje uge i %s minutter, og at der ikke gives mere end dette." % p["n_min"],
        phrase="Godkendt med den ændring, at rengøring fremover bevilges hver tredje uge", where="decision, 'godkendt med den ændring'")


def amended_limit_H(p):
    return dict(
        title="Retningslinjer for kørsel til fritidsaktiviteter for børn med handicap",
        bg=["Efter barnets lov kan der ydes dækning af nødvendige merudgifter, herunder kørsel. Forvaltningen har foreslået retningslinjer, hvor behovet vurderes konkret."],
        rec=["1. at retningslinjerne godkendes",
             "2. at der følges op på retningslinjerne om et år"],
        comm="Udvalget anbefaler indstillingen.",
        dec="Ad 1. Indstillingens punkt 1 blev ændret efter forslag fra %s, så der ydes dækning af højest %s ture pr. måned pr. barn. Det ændrede punkt blev vedtaget med %s stemmer for. Ad 2. Godkendt." % (p["party"], p["n_digit"], p["votes_for"]),
        phrase="så der ydes dækning af højest %s ture pr. måned pr. barn" % p["n_digit"], where="per-bullet decision, paraphrased amendment")


def amended_limit_qD(p):
    return dict(
        title="Kvalitetsstandard for genoptræning efter servicelovens § 86",
        bg=["Kvalitetsstandarden beskriver genoptræning og vedligeholdelsestræning. Omfanget fastsættes efter en konkret vurdering af borgerens funktionsniveau."],
        rec=["at kvalitetsstandarden godkendes"],
        dec="%s stillede ændringsforslag om, at genoptræning højst kan bevilges i %s uger. For ændringsforslaget stemte %s, imod stemte %s. Ændringsforslaget faldt. Indstillingen blev herefter godkendt." % (p["party"], p["n_word"], p["votes_against"], p["votes_for"]),
        phrase="Ændringsforslaget faldt", where="amendment in decision (rejected)",
        why="the amendment with a cap was voted down; the standard adopted keeps individual assessment")


def amended_limit_qB(p):
    return dict(
        title="Serviceniveau for madservice",
        bg=["Forvaltningen foreslår, at madservice efter servicelovens § 83 visiteres efter en konkret vurdering."],
        rec=["at serviceniveauet for madservice godkendes"],
        dec="Godkendt med den ændring, at det i serviceniveauet tilføjes, at antallet af måltider altid fastsættes efter en individuel vurdering af borgerens behov.",
        phrase="antallet af måltider altid fastsættes efter en individuel vurdering", where="decision, amendment adds individual assessment",
        why="the amendment adds individual assessment, no limit")


def amended_limit_qH(p):
    return dict(
        title="Tilskud til lokale idrætsforeninger – fordelingsnøgle",
        bg=["Fritids- og Kulturudvalget har foreslået en ny fordelingsnøgle for det kommunale aktivitetstilskud efter folkeoplysningsloven."],
        rec=["at fordelingsnøglen godkendes"],
        dec="Indstillingen blev godkendt med den ændring, at tilskuddet højst kan udgøre %s kr. pr. forening pr. år." % p["amount"],
        phrase="tilskuddet højst kan udgøre %s kr. pr. forening pr. år" % p["amount"], where="decision",
        why="a cap on a discretionary grant pool, not a serviceloven/barnets lov service")


# --------------------------------------------------------------------------- presumption_of_refusal
def presumption_of_refusal_D(p):
    return dict(
        title="Praksis for bevilling af elkørestole og el-scootere",
        bg=["Forvaltningen har i 2023 modtaget et stigende antal ansøgninger om el-scootere efter servicelovens § 112.",
            "For at sikre en ensartet sagsbehandling foreslås det, at ansøgninger om el-scooter fra borgere, der kan benytte offentlig transport eller flextrafik, som hovedregel afslås."],
        rec=["at den beskrevne praksis godkendes"],
        dec="Godkendt.",
        phrase="som hovedregel afslås", where="background")


def presumption_of_refusal_B(p):
    return dict(
        title="Retningslinjer for dispensation til skolestart og skoleudsættelse",
        bg=["Forældre kan ansøge om udsat skolestart efter folkeskolelovens § 34, stk. 4, når det er begrundet i barnets udvikling."],
        rec=["at ansøgninger om udsat skolestart ikke imødekommes, medmindre barnet har en diagnose",
             "at retningslinjerne træder i kraft fra skoleåret 2024/25"],
        dec="Indstillingen godkendt.",
        phrase="at ansøgninger om udsat skolestart ikke imødekommes, medmindre barnet har en diagnose", where="recommendation bullet")


def presumption_of_refusal_H(p):
    return dict(
        title="Boligændringer efter servicelovens § 116 – administrationsgrundlag",
        bg=["Udvalget har drøftet administrationsgrundlaget for boligindretning.",
            "Det blev besluttet at videreføre den praksis, udvalget fastlagde i 2021: Der gives ikke tilskud til badeværelsesombygninger i lejeboliger. Borgeren henvises i stedet til at søge en anden bolig."],
        rec=["at administrationsgrundlaget godkendes"],
        comm="Anbefales over for Byrådet.",
        dec="Som indstillet.",
        phrase="Der gives ikke tilskud til badeværelsesombygninger i lejeboliger", where="background, decision by reference")


def presumption_of_refusal_qD(p):
    return dict(
        title="Kriterier for Kulturpuljen 2024",
        bg=["Kulturpuljen er en frivillig pulje, som kommunen yder støtte fra efter kommunalfuldmagten. Der er ikke retskrav på tilskud.",
            "Det foreslås, at ansøgninger modtaget efter ansøgningsfristen den 1. marts som hovedregel ikke behandles i årets første runde, men overføres til næste runde."],
        rec=["at kriterierne for Kulturpuljen 2024 godkendes"],
        dec="Godkendt.",
        phrase="som hovedregel ikke behandles i årets første runde", where="background",
        why="a voluntary grant pool with no entitlement; late applications are moved to the next round")


def presumption_of_refusal_qB(p):
    return dict(
        title="Praksis for merudgifter efter servicelovens § 100",
        bg=["Forvaltningen har gennemgået praksis for dækning af nødvendige merudgifter til voksne med varigt nedsat funktionsevne.",
            "Hver ansøgning vurderes konkret ud fra borgerens samlede situation. Der gælder ingen hovedregel om afslag for bestemte typer af udgifter, og forvaltningen henviser til Ankestyrelsens principafgørelser."],
        rec=["at orienteringen om praksis tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="Der gælder ingen hovedregel om afslag", where="background",
        why="concrete assessment of each application is stated")


def presumption_of_refusal_qH(p):
    return dict(
        title="Ansøgninger om fritagelse for vinterførebyggelse på private fællesveje",
        bg=["Grundejerforeninger kan ansøge om, at kommunen overtager snerydningen på private fællesveje. Kommunen har ingen pligt hertil.",
            "Forvaltningen anbefaler, at hver ansøgning vurderes ud fra vejens trafikale betydning, og at der gives begrundet svar."],
        rec=["at retningslinjerne godkendes"],
        dec="Godkendt.",
        phrase="hver ansøgning vurderes ud fra vejens trafikale betydning", where="background",
        why="each application assessed; no rule of refusal")


# --------------------------------------------------------------------------- budget_stop
def budget_stop_D(p):
    return dict(
        title="Budgetopfølgning 2024 – Social og Sundhed",
        bg=["Budgetopfølgningen viser et forventet merforbrug på %s mio. kr. på hjælpemiddelområdet." % p["mio"],
            "For at overholde budgettet sættes nye bevillinger af hjælpemidler efter servicelovens § 112 i bero frem til 1. juli 2024, bortset fra akutte sager."],
        rec=["at budgetopfølgningen tages til efterretning",
             "at de beskrevne tiltag godkendes"],
        dec="Ad 1. Taget til efterretning.\nAd 2. Godkendt.",
        phrase="nye bevillinger af hjælpemidler efter servicelovens § 112 i bero frem til 1. juli 2024", where="background, per-bullet decision")


def budget_stop_B(p):
    return dict(
        title="Handleplan for overholdelse af budget 2024 på det specialiserede børneområde",
        bg=["Det specialiserede børneområde forventer et merforbrug. Forvaltningen har udarbejdet en handleplan."],
        bullets=["færre eksterne konsulentydelser",
                 "nye anbringelser og forebyggende foranstaltninger efter barnets lov visiteres kun, så længe der er budget til det; herefter skrives familierne på venteliste",
                 "genforhandling af kontrakter med private leverandører"],
        rec=["at handleplanen godkendes"],
        comm="Økonomiudvalget anbefaler handleplanen.",
        dec="Godkendt.",
        phrase="visiteres kun, så længe der er budget til det", where="bullet")


def budget_stop_H(p):
    return dict(
        title="Ventetid på boligændringer",
        bg=["Der er aktuelt %s borgere, som venter på boligændringer efter servicelovens § 116, og hvor behovet er vurderet." % p["n_digit"],
            "Midlerne til boligændringer er opbrugt for 2024. Forvaltningen foreslår, at sagerne færdigbehandles, når der er afsat midler i budget 2025."],
        rec=["at forvaltningens forslag godkendes"],
        dec="Byrådet tiltrådte forslaget.",
        phrase="færdigbehandles, når der er afsat midler i budget 2025", where="background, paraphrase (postponed)")


def budget_stop_qD(p):
    return dict(
        title="Budgetopfølgning 2024 – samlet",
        bg=["Der forventes et merforbrug på %s mio. kr. samlet set." % p["mio"],
            "Forvaltningen foreslår besparelser på ikke-lovbundne aktiviteter: kortere åbningstid i rådhusets kantine og udskydelse af en vejvedligeholdelse. Bevillinger til borgere med ret til hjælp efter serviceloven påvirkes ikke."],
        rec=["at budgetopfølgningen tages til efterretning", "at de foreslåede besparelser godkendes"],
        dec="Godkendt.",
        phrase="Bevillinger til borgere med ret til hjælp efter serviceloven påvirkes ikke", where="background",
        why="savings only on non-statutory activities; entitlements expressly untouched")


def budget_stop_qB(p):
    return dict(
        title="Tillægsbevilling til hjemmeplejen",
        bg=["Hjemmeplejen har haft flere visiterede timer end budgetteret på grund af flere ældre borgere med behov for hjælp.",
            "Forvaltningen anbefaler, at der gives en tillægsbevilling på %s mio. kr., så alle borgere fortsat får den hjælp, de er visiteret til." % p["mio"]],
        rec=["at der gives en tillægsbevilling på %s mio. kr. finansieret af kassebeholdningen" % p["mio"]],
        dec="Godkendt.",
        phrase="så alle borgere fortsat får den hjælp, de er visiteret til", where="background",
        why="the budget is raised to cover the entitlement, help not stopped")


def budget_stop_qH(p):
    return dict(
        title="Prioritering af anlægsmidler til cykelstier",
        bg=["Anlægsrammen for 2024 rækker ikke til alle ønskede cykelstier. Det foreslås, at cykelstien ved %s udskydes til 2025 af budgetmæssige hensyn." % p["road"]],
        rec=["at anlægsprojektet udskydes til 2025"],
        dec="Godkendt.",
        phrase="udskydes til 2025 af budgetmæssige hensyn", where="background",
        why="a construction project, no citizen's legal entitlement")


# --------------------------------------------------------------------------- retroactive_reduction
def retroactive_reduction_D(p):
    return dict(
        title="Takster for madservice og tøjvask 2024",
        bg=["Taksterne for madservice og tøjvask er genberegnet. Taksten for en hovedret stiger fra 56 til 62 kr."],
        rec=["at de nye takster godkendes med virkning fra den %s" % p["retro"]],
        dec="Indstillingen godkendt.",
        phrase="med virkning fra den %s" % p["retro"], where="recommendation")


def retroactive_reduction_B(p):
    return dict(
        title="Ændret serviceniveau for rengøring i plejeboliger",
        bg=["Rengøring i plejeboliger nedsættes fra hver uge til hver anden uge."],
        table=[["Ændring", "Ikrafttræden"],
               ["Rengøring hver anden uge", p["retro_num"]],
               ["Ny visitation", "Løbende"]],
        rec=["at det ændrede serviceniveau godkendes"],
        dec="Godkendt.",
        phrase=p["retro_num"], where="table cell, numeric date")


def retroactive_reduction_H(p):
    return dict(
        title="Egenbetaling for kørsel til dagcentre",
        bg=["Egenbetalingen for kørsel til dagcentre forhøjes fra 25 til 40 kr. pr. tur.",
            "Forhøjelsen gælder også for ture, der er kørt siden årsskiftet, og opkræves med næste opkrævning."],
        rec=["at den forhøjede egenbetaling godkendes"],
        dec="Godkendt som indstillet.",
        phrase="gælder også for ture, der er kørt siden årsskiftet", where="background, paraphrase")


def retroactive_reduction_qD(p):
    return dict(
        title="Forældrebetaling for SFO og klub",
        bg=["Forældrebetalingen for SFO stiger med 3 pct. Ændringen varsles over for forældrene."],
        rec=["at de nye takster godkendes med virkning fra den %s" % p["future"]],
        dec="Godkendt.",
        phrase="med virkning fra den %s" % p["future"], where="recommendation",
        why="effective date after the decision")


def retroactive_reduction_qB(p):
    return dict(
        title="Forhøjelse af tilskud til pensionisters fodpleje",
        bg=["Tilskuddet til fodpleje for pensionister hæves fra 150 til 190 kr. pr. behandling."],
        rec=["at forhøjelsen gennemføres med tilbagevirkende kraft fra den 1. januar 2024, så borgere, der allerede har betalt, får efterbetalt forskellen"],
        dec="Godkendt.",
        phrase="med tilbagevirkende kraft fra den 1. januar 2024", where="recommendation",
        why="retroactive but favourable to citizens")


def retroactive_reduction_qH(p):
    return dict(
        title="Regulering af betaling for leje af idrætshaller",
        bg=["Lejeprisen for foreningers leje af idrætshaller til arrangementer med entré reguleres.",
            "Forvaltningen foreslår, at den nye pris gælder for bookinger, der foretages efter Byrådets beslutning, mens allerede bekræftede bookinger afregnes efter den hidtidige pris."],
        rec=["at den regulerede pris godkendes"],
        dec="Godkendt.",
        phrase="gælder for bookinger, der foretages efter Byrådets beslutning", where="background",
        why="only future bookings are affected")


# --------------------------------------------------------------------------- personal_data
def personal_data_D(p):
    return dict(
        title="Ansøgning om henstand med betaling af ejendomsskat",
        bg=["%s, %s, har søgt om henstand med ejendomsskat for 2024. Ansøgeren oplyser, at hun efter en skilsmisse og et jobtab har en restance på %s kr., og at banken har afvist at yde lån." % (p["name_f"], p["addr"], p["amount"])],
        rec=["at der gives henstand til 1. oktober 2024"],
        dec="Godkendt.",
        phrase="efter en skilsmisse og et jobtab har en restance på %s kr." % p["amount"], where="background, open item")


def personal_data_B(p):
    return dict(
        title="Klage over sagsbehandling i Borgerservice",
        bg=["Forvaltningen har modtaget en klage, som er forelagt udvalget og Byrådet til orientering."],
        bilag=["Bilag 1: Klage af %s fra %s. Klager beskriver sin gæld til kommunen, at hun er under gældssanering, og at hendes søn er blevet anbragt uden for hjemmet." % (p["date_short"], p["name_f"])],
        rec=["at orienteringen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="at hun er under gældssanering", where="appendix summary")


def personal_data_H(p):
    return dict(
        title="Opsigelse af lejemål i kommunal udlejningsbolig, %s" % p["addr"],
        bg=["Lejeren af den kommunale bolig på adressen har ikke betalt husleje siden november. Lejeren, der er ansat i et vikarbureau, har over for forvaltningen oplyst at have spilleproblemer og at være i behandling herfor.",
            "Forvaltningen indstiller, at lejemålet opsiges."],
        rec=["at lejemålet opsiges"],
        dec="Godkendt.",
        phrase="oplyst at have spilleproblemer", where="background, identified by address")


def personal_data_qD(p):
    return dict(
        title="Anmodning om henstand med ejendomsskat for 2024",
        bg=["En borger har søgt om henstand med ejendomsskat for 2024 på grund af ændrede økonomiske forhold. Borgerens navn og øvrige oplysninger fremgår af det lukkede bilag og er ikke medtaget i det åbne referat."],
        rec=["at der gives henstand til 1. oktober 2024"],
        dec="Godkendt.",
        phrase="er ikke medtaget i det åbne referat", where="background",
        why="anonymised; identity only in a closed appendix")


def personal_data_qB(p):
    return dict(
        title="Dispensation fra lokalplan til carport, %s" % p["addr"],
        bg=["Ejeren af ejendommen, %s, har søgt om dispensation fra lokalplanens bestemmelse om byggelinje for at opføre en carport. Naboerne er hørt efter planlovens § 20, og der er ikke indkommet bemærkninger." % p["name_m"]],
        rec=["at der meddeles dispensation"],
        dec="Godkendt.",
        phrase="har søgt om dispensation fra lokalplanens bestemmelse", where="background",
        why="a named applicant in a building matter, no private circumstances")


def personal_data_qH(p):
    return dict(
        title="Valg af ny formand for Folkeoplysningsudvalget",
        bg=["%s har meddelt, at hun udtræder af udvalget på grund af flytning til en anden kommune. Byrådet skal vælge en ny formand." % p["name_f"]],
        rec=["at Byrådet vælger en ny formand"],
        dec="%s (%s) blev valgt som formand." % (p["member"], p["party"]),
        phrase="udtræder af udvalget på grund af flytning", where="background",
        why="a public office-holder's public role only")


# --------------------------------------------------------------------------- named_citizen_health
def named_citizen_health_D(p):
    return dict(
        title="Henvendelse om manglende hjælp i eget hjem",
        bg=["%s, som har Parkinsons sygdom og sidder i kørestol, har skrevet til Byrådet om aflyste besøg fra hjemmeplejen." % p["name_m"],
            "Forvaltningen har gennemgået sagen og beklaget de aflyste besøg."],
        rec=["at orienteringen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="som har Parkinsons sygdom og sidder i kørestol", where="background")


def named_citizen_health_B(p):
    return dict(
        title="Orientering om borgerhenvendelser til Ældre- og Sundhedsudvalget",
        bg=["Udvalget har i perioden modtaget følgende henvendelser:"],
        table=[["Afsender", "Emne", "Status"],
               [p["name_f"], "Demens, ønske om plejebolig", "Under behandling"],
               ["Ældrerådet", "Høringssvar om madservice", "Besvaret"]],
        rec=["at orienteringen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="Demens, ønske om plejebolig", where="table cell")


def named_citizen_health_H(p):
    return dict(
        title="Ansøgning om dispensation fra reglerne om handicapparkering",
        bg=["Der er modtaget en ansøgning fra %s om en reserveret handicapparkeringsplads ud for boligen. Ansøgningen er vedlagt lægeerklæring, hvoraf det fremgår, at ansøgeren er i kemoterapi og har nedsat gangfunktion efter en amputation." % p["name_m"]],
        rec=["at ansøgningen imødekommes"],
        dec="Godkendt.",
        phrase="er i kemoterapi og har nedsat gangfunktion", where="background, passive")


def named_citizen_health_qD(p):
    return dict(
        title="Temadrøftelse om demensindsatsen",
        bg=["Overlæge %s fra regionens demensklinik deltog i mødet og orienterede om udviklingen i antallet af borgere med demens og om regionens udredningstider." % p["name_f"]],
        rec=["at orienteringen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="orienterede om udviklingen i antallet af borgere med demens", where="background",
        why="a named professional speaks about health in general, no citizen's own health")


def named_citizen_health_qB(p):
    return dict(
        title="Orientering om borgerhenvendelser til Ældre- og Sundhedsudvalget",
        bg=["Udvalget har i perioden modtaget følgende henvendelser. Navne på borgere er udeladt af hensyn til deres privatliv."],
        table=[["Afsender", "Emne", "Status"],
               ["Borger A", "Ønske om plejebolig", "Under behandling"],
               ["Ældrerådet", "Høringssvar om madservice", "Besvaret"]],
        rec=["at orienteringen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="Navne på borgere er udeladt af hensyn til deres privatliv", where="table",
        why="citizens anonymised")


def named_citizen_health_qH(p):
    return dict(
        title="Udpegning til Handicaprådet",
        bg=["Danske Handicaporganisationer har indstillet %s som nyt medlem af Handicaprådet efter servicelovens § 37 a." % p["name_m"]],
        rec=["at udpegningen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="som nyt medlem af Handicaprådet", where="background",
        why="a named member of a council body, no health details")


# --------------------------------------------------------------------------- cpr_number
def cpr_number_D(p):
    return dict(
        title="Eftergivelse af tilbagebetalingskrav",
        bg=["Forvaltningen har rejst krav om tilbagebetaling af boligstøtte. Borgeren, CPR-nr. %s, har søgt om eftergivelse." % p["cpr"]],
        rec=["at kravet eftergives delvist"],
        dec="Godkendt.",
        phrase="CPR-nr. %s" % p["cpr"], where="background")


def cpr_number_B(p):
    return dict(
        title="Afskrivning af uerholdelige restancer",
        bg=["Forvaltningen foreslår afskrivning af følgende restancer, hvor inddrivelse er opgivet:"],
        table=[["Personnummer", "Restance", "Årsag"],
               [p["cpr"], "%s kr." % p["amount"], "Dødsbo uden midler"],
               [p["cpr2"], "12.480 kr.", "Gældssanering"]],
        rec=["at restancerne afskrives"],
        dec="Godkendt.",
        phrase=p["cpr2"], where="table cell")


def cpr_number_H(p):
    return dict(
        title="Klage over afgørelse om ledsageordning – genoptagelse",
        bg=["Ankestyrelsen har hjemvist sagen til fornyet behandling."],
        bilag=["Bilag: Ankestyrelsens afgørelse af %s vedrørende %s (personnummer %s)." % (p["date_short"], p["name_m"], p["cpr_nodash"])],
        rec=["at sagen genoptages"],
        dec="Godkendt.",
        phrase="personnummer %s" % p["cpr_nodash"], where="appendix summary, without dash")


def cpr_number_qD(p):
    return dict(
        title="Leasingaftale for elbiler til hjemmeplejen",
        bg=["Der er indgået aftale med %s, CVR-nr. %s, om leasing af 24 elbiler." % (p["firm"], p["cvr"])],
        rec=["at orienteringen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="CVR-nr. %s" % p["cvr"], where="background",
        why="a company registration number, not a CPR number")


def cpr_number_qB(p):
    return dict(
        title="Afskrivning af uerholdelige restancer",
        bg=["Forvaltningen foreslår afskrivning af 14 restancer på i alt %s kr. En liste med navne og personnumre fremgår af det lukkede bilag." % p["amount"]],
        rec=["at restancerne afskrives"],
        dec="Godkendt.",
        phrase="En liste med navne og personnumre fremgår af det lukkede bilag", where="background",
        why="CPR numbers kept out of the open minutes")


def cpr_number_qH(p):
    return dict(
        title="Forlængelse af aftale om fjernaflæsning af vandmålere",
        bg=["Aftalen, kontrakt nr. %s, forlænges med to år på uændrede vilkår." % p["cpr_nodash"][:6] + "-" + p["cvr"][:4]],
        rec=["at forlængelsen godkendes"],
        dec="Godkendt.",
        phrase="kontrakt nr.", where="background",
        why="a contract number, not a person's CPR number")


# --------------------------------------------------------------------------- sale_without_offer
def sale_without_offer_D(p):
    return dict(
        title="Salg af erhvervsgrund, %s" % p["road"],
        bg=["%s har rettet henvendelse om køb af kommunens erhvervsgrund på %s m2 på %s. Forvaltningen har forhandlet en pris på %s kr." % (p["firm"], p["m2"], p["road"], p["amount"])],
        rec=["at grunden sælges til %s for %s kr." % (p["firm"], p["amount"]),
             "at borgmesteren bemyndiges til at underskrive skødet"],
        dec="Godkendt.",
        phrase="at grunden sælges til %s" % p["firm"], where="recommendation")


def sale_without_offer_B(p):
    return dict(
        title="Lejeaftale om den tidligere skole i %s" % p["town"],
        bg=["%s ønsker at leje den tidligere skolebygning til lager og kontor. Der er forhandlet en aftale om leje i %s år med mulighed for forlængelse." % (p["firm"], p["n_years"])],
        rec=["at lejeaftalen godkendes"],
        comm="Økonomiudvalget anbefaler, at aftalen godkendes.",
        dec="Byrådet godkendte, at der indgås lejeaftale med %s for en periode på %s år." % (p["firm"], p["n_years"]),
        phrase="indgås lejeaftale med %s for en periode på %s år" % (p["firm"], p["n_years"]), where="decision, long lease")


def sale_without_offer_H(p):
    return dict(
        title="Overdragelse af boligareal ved %s" % p["road"],
        bg=["En lokal investor har tilbudt at købe kommunens areal til boligbyggeri. Prisen er fastsat på baggrund af en vurdering fra en ejendomsmægler.",
            "Arealet afhændes direkte til investoren, så byggeriet kan gå i gang i efteråret."],
        rec=["at arealet afhændes som beskrevet"],
        dec="Som indstillet.",
        phrase="Arealet afhændes direkte til investoren", where="background, passive, decision by reference")


def sale_without_offer_qD(p):
    return dict(
        title="Salg af parcelhusgrunde i %s" % p["town"],
        bg=["Kommunens 12 parcelhusgrunde i det nye område har været udbudt offentligt i fire uger i november og december 2023, jf. bekendtgørelse om offentligt udbud ved salg af kommunens faste ejendomme.",
            "Der er modtaget bud på 9 grunde, og forvaltningen indstiller, at grundene sælges til højstbydende."],
        rec=["at de 9 grunde sælges til højstbydende"],
        dec="Godkendt.",
        phrase="har været udbudt offentligt", where="background",
        why="a public offering was held")


def sale_without_offer_qB(p):
    return dict(
        title="Arealoverførsel til naboejendom, %s" % p["road"],
        bg=["Ejeren af naboejendommen har anmodet om at købe en 40 m2 stor trekant af kommunens vejareal.",
            "Salget kan ske uden offentligt udbud, da der er tale om et mindre areal, der ikke kan udnyttes selvstændigt og alene har interesse for naboen, jf. undtagelsen i udbudsbekendtgørelsens § 2. Prisen er fastsat til markedsværdi efter vurdering."],
        rec=["at arealet sælges til naboejendommen til markedsværdi"],
        dec="Godkendt.",
        phrase="Salget kan ske uden offentligt udbud", where="background",
        why="the exception in the offering order is cited")


def sale_without_offer_qH(p):
    return dict(
        title="Udleje af kiosk på stranden i sommersæsonen",
        bg=["Kiosken på stranden er annonceret til udleje på kommunens hjemmeside og i lokalavisen. Der kom 3 tilbud, og det højeste tilbud indstilles antaget.",
            "Lejeperioden er 1. maj - 30. september 2024."],
        rec=["at kiosken udlejes til højeste tilbudsgiver for sæsonen 2024"],
        dec="Godkendt.",
        phrase="annonceret til udleje", where="background",
        why="short lease after public announcement")


# --------------------------------------------------------------------------- single_company_support
def single_company_support_D(p):
    return dict(
        title="Tilskud til fastholdelse af arbejdspladser",
        bg=["%s overvejer at flytte produktionen ud af kommunen. Virksomheden har %s ansatte." % (p["firm"], p["n_digit"]),
            "For at fastholde arbejdspladserne foreslås det, at kommunen yder et engangstilskud på %s kr. til virksomhedens udvidelse." % p["amount"]],
        rec=["at der ydes et tilskud på %s kr. til %s" % (p["amount"], p["firm"])],
        dec="Godkendt.",
        phrase="yder et engangstilskud på %s kr. til virksomhedens udvidelse" % p["amount"], where="background and recommendation")


def single_company_support_B(p):
    return dict(
        title="Lejeaftale for Iværksætterhuset",
        bg=["%s har ønsket at leje hele stueetagen i kommunens bygning på %s." % (p["firm"], p["road"])],
        table=[["Vilkår", "Aftale"],
               ["Areal", "%s m2" % p["m2"]],
               ["Leje", "1 kr. årligt de første tre år"],
               ["Drift", "Betales af kommunen"]],
        rec=["at lejeaftalen godkendes"],
        dec="Godkendt.",
        phrase="1 kr. årligt de første tre år", where="table cell")


def single_company_support_H(p):
    return dict(
        title="Byggesagsgebyr for udvidelse af fabrik",
        bg=["%s udvider sin fabrik med 4.000 m2. Byggesagsgebyret udgør efter kommunens takster %s kr." % (p["firm"], p["amount"]),
            "Af hensyn til de nye arbejdspladser opkræves gebyret ikke."],
        rec=["at gebyret frafaldes"],
        dec="Byrådet besluttede at frafalde gebyret.",
        phrase="opkræves gebyret ikke", where="background, waived fee")


def single_company_support_qD(p):
    return dict(
        title="Kommunegaranti for lån til %s Fjernvarme A.m.b.a." % p["town"],
        bg=["Fjernvarmeselskabet ønsker at optage lån på %s mio. kr. til udskiftning af ledninger. Kommunen kan stille garanti efter lånebekendtgørelsen for lån til kollektive varmeforsyningsanlæg, og garantiprovision opkræves på markedsvilkår." % p["mio"]],
        rec=["at der stilles kommunegaranti"],
        dec="Godkendt.",
        phrase="Kommunen kan stille garanti efter lånebekendtgørelsen", where="background",
        why="statutory basis for guarantee cited; market-rate commission")


def single_company_support_qB(p):
    return dict(
        title="Udleje af erhvervslokaler på %s" % p["road"],
        bg=["%s ønsker at leje lokaler i kommunens ejendom. Lejen er fastsat til markedsleje efter vurdering fra en ekstern erhvervsmægler, så der ikke ydes støtte til virksomheden." % p["firm"]],
        rec=["at lejeaftalen godkendes"],
        dec="Godkendt.",
        phrase="Lejen er fastsat til markedsleje", where="background",
        why="market rent, no benefit")


def single_company_support_qH(p):
    return dict(
        title="Erhvervsfremmepulje 2024",
        bg=["Puljen kan søges af alle virksomheder i kommunen til kompetenceudvikling, jf. erhvervsfremmelovens regler om kommunal erhvervsfremme. Støtten gives som generel erhvervsservice og ikke som driftsstøtte til den enkelte virksomhed."],
        rec=["at kriterierne for puljen godkendes"],
        dec="Godkendt.",
        phrase="kan søges af alle virksomheder i kommunen", where="background",
        why="general scheme open to all, basis cited")


# --------------------------------------------------------------------------- closed_without_reason
def closed_without_reason_D(p):
    return dict(
        title="Personalesag – direktørstilling",
        closed="Lukket punkt",
        bg=["Punktet behandles for lukkede døre."],
        rec=["at forvaltningens indstilling godkendes"],
        dec="Godkendt.",
        phrase="Punktet behandles for lukkede døre.", where="background, no ground")


def closed_without_reason_B(p):
    return dict(
        title="Køb af ejendom",
        closed="Lukket punkt",
        bg=[],
        rec=[],
        dec="Byrådet behandlede sagen for lukkede døre. Indstillingen blev godkendt.",
        phrase="Byrådet behandlede sagen for lukkede døre", where="decision only")


def closed_without_reason_H(p):
    return dict(
        title="Orientering fra borgmesteren",
        bg=["Borgmesteren orienterede om kommunens forhandlinger med staten."],
        rec=["at orienteringen tages til efterretning"],
        dec="Mødet var lukket for offentligheden under dette punkt. Taget til efterretning.",
        phrase="Mødet var lukket for offentligheden under dette punkt", where="decision, paraphrase")


def closed_without_reason_qD(p):
    return dict(
        title="Køb af ejendom",
        closed="Lukket punkt",
        bg=["Sagen behandles for lukkede døre, jf. kommunestyrelseslovens § 10, stk. 2, da den vedrører forhandlinger om køb af fast ejendom, hvor offentlighed kan skade kommunens økonomiske interesser."],
        rec=[],
        dec="Godkendt.",
        phrase="jf. kommunestyrelseslovens § 10, stk. 2", where="background",
        why="legal ground for closed session stated")


def closed_without_reason_qB(p):
    return dict(
        title="Personalesag",
        closed="Lukket punkt",
        bg=["Punktet er lukket, fordi det vedrører enkeltpersoners personlige forhold."],
        rec=[],
        dec="Godkendt.",
        phrase="fordi det vedrører enkeltpersoners personlige forhold", where="background",
        why="ground stated (individuals' private matters)")


def closed_without_reason_qH(p):
    return dict(
        title="Udbud af rengøring – tildeling af kontrakt",
        closed="Lukket punkt",
        bg=["Punktet behandles lukket, da det indeholder oplysninger om tilbudsgivernes forretningsforhold, jf. kommunestyrelseslovens § 10 og offentlighedslovens § 30."],
        rec=[],
        dec="Godkendt.",
        phrase="oplysninger om tilbudsgivernes forretningsforhold", where="background",
        why="ground stated (business secrets)")


# --------------------------------------------------------------------------- no_council_hearing
def no_council_hearing_D(p):
    return dict(
        title="Ændring af serviceniveau for bad i hjemmeplejen",
        bg=["Som led i budget 2024 foreslås det, at bad efter servicelovens § 83 fremover tilbydes hver anden uge i stedet for ugentligt.",
            "Ændringen træder i kraft den %s. Sagen har ikke været i høring." % p["future"]],
        rec=["at det ændrede serviceniveau godkendes"],
        dec="Godkendt.",
        phrase="Sagen har ikke været i høring.", where="background")


def no_council_hearing_B(p):
    return dict(
        title="Sammenlægning af %s Skole og %s Skole" % (p["town"], p["town2"]),
        bg=["Elevtallet på %s Skole er faldet. Det foreslås, at skolen nedlægges pr. 1. august 2024, og at eleverne overflyttes til %s Skole." % (p["town"], p["town2"]),
            "Af hensyn til tidsplanen gennemføres beslutningen uden forudgående høring."],
        rec=["at %s Skole nedlægges pr. 1. august 2024" % p["town"]],
        comm="Børne- og Skoleudvalget anbefaler indstillingen.",
        dec="Godkendt.",
        phrase="gennemføres beslutningen uden forudgående høring", where="background, school closure")


def no_council_hearing_H(p):
    return dict(
        title="Omlægning af kørselsordning for borgere med handicap",
        bg=["Kørsel til aktivitetstilbud for voksne med handicap omlægges fra individuel kørsel til fælles opsamling med længere køretid.",
            "Det er vurderet, at en høring ikke er nødvendig, da ændringen er administrativ."],
        rec=["at omlægningen godkendes"],
        dec="Godkendt.",
        phrase="en høring ikke er nødvendig, da ændringen er administrativ", where="background, paraphrase")


def no_council_hearing_qD(p):
    return dict(
        title="Ændring af serviceniveau for madservice",
        bg=["Det foreslås, at valgmulighederne i madservice omlægges.",
            "Ældrerådet og Handicaprådet har været hørt, og deres høringssvar er vedlagt sagen som bilag."],
        rec=["at det ændrede serviceniveau godkendes"],
        dec="Godkendt.",
        phrase="Ældrerådet og Handicaprådet har været hørt", where="background",
        why="the statutory councils were heard")


def no_council_hearing_qB(p):
    return dict(
        title="Lukning af Børnehuset %s" % p["town"],
        bg=["Børnehuset %s foreslås lukket pr. 1. august 2024 på grund af faldende børnetal." % p["town"],
            "Forslaget har været i høring i forældrebestyrelsen og hos Handicaprådet i perioden 2. oktober - 27. november 2023. Høringssvarene er vedlagt."],
        rec=["at Børnehuset %s lukkes pr. 1. august 2024" % p["town"]],
        dec="Godkendt.",
        phrase="har været i høring i forældrebestyrelsen", where="background",
        why="the parents' board was heard")


def no_council_hearing_qH(p):
    return dict(
        title="Ny kvalitetsstandard for hjælpemidler",
        bg=["Kvalitetsstandarden er revideret. Den reviderede standard ændrer ikke serviceniveauet men alene sproget.",
            "Høring og sagsgang: Standarden er sendt til orientering i Handicaprådet og Ældrerådet, som ikke havde bemærkninger."],
        rec=["at kvalitetsstandarden godkendes"],
        dec="Godkendt.",
        phrase="ændrer ikke serviceniveauet men alene sproget", where="background",
        why="no service change; councils nevertheless informed")


# --------------------------------------------------------------------------- unlawful_delegation
def unlawful_delegation_D(p):
    return dict(
        title="Årsregnskab 2023",
        bg=["Årsregnskabet for 2023 er udarbejdet. Revisionen forventes afsluttet i maj."],
        rec=["at Økonomiudvalget bemyndiges til at aflægge og godkende årsregnskabet for 2023 på Byrådets vegne"],
        dec="Godkendt.",
        phrase="bemyndiges til at aflægge og godkende årsregnskabet", where="recommendation")


def unlawful_delegation_B(p):
    return dict(
        title="Revideret styrelsesvedtægt og delegationsplan",
        bg=["Delegationsplanen er opdateret."],
        bullets=["Økonomiudvalget tildeles kompetence til at godkende tillægsbevillinger op til 5 mio. kr.",
                 "Borgmesteren kan på vegne af Byrådet optage lån og stille garantier",
                 "Direktionen kan godkende ansættelser af ledere"],
        rec=["at delegationsplanen godkendes"],
        dec="Godkendt.",
        phrase="Økonomiudvalget tildeles kompetence til at godkende tillægsbevillinger", where="bullet")


def unlawful_delegation_H(p):
    return dict(
        title="Fastsættelse af grundskyldspromille for 2025",
        bg=["Den endelige grundskyldspromille skal fastsættes efter den nye vurderingsmodel."],
        rec=["at den endelige fastsættelse af grundskyldspromillen for 2025 overlades til borgmesteren og kommunaldirektøren"],
        dec="Som indstillet.",
        phrase="overlades til borgmesteren og kommunaldirektøren", where="recommendation, decision by reference")


def unlawful_delegation_qD(p):
    return dict(
        title="Endelig vedtagelse af lokalplan nr. %s" % p["n_digit"],
        bg=["Lokalplanen har været i offentlig høring. Der er indkommet 4 høringssvar."],
        rec=["at lokalplanen vedtages endeligt",
             "at forvaltningen bemyndiges til at foretage mindre redaktionelle rettelser"],
        dec="Godkendt.",
        phrase="bemyndiges til at foretage mindre redaktionelle rettelser", where="recommendation",
        why="only editorial corrections delegated; the council adopts the plan")


def unlawful_delegation_qB(p):
    return dict(
        title="Salg af tidligere materielgård",
        bg=["Materielgården har været udbudt offentligt. Højeste bud er %s kr." % p["amount"]],
        rec=["at materielgården sælges til højestbydende", "at borgmesteren bemyndiges til at underskrive skødet"],
        dec="Godkendt.",
        phrase="borgmesteren bemyndiges til at underskrive skødet", where="recommendation",
        why="signing the deed is execution of the council's decision")


def unlawful_delegation_qH(p):
    return dict(
        title="Delegation af afgørelser om kørselsgodtgørelse",
        bg=["Afgørelser om kørselsgodtgørelse i enkeltsager træffes i dag af Social- og Sundhedsudvalget. Det foreslås, at kompetencen til at træffe afgørelse i enkeltsager delegeres til forvaltningen."],
        rec=["at kompetencen delegeres til forvaltningen"],
        dec="Godkendt.",
        phrase="delegeres til forvaltningen", where="background",
        why="individual case decisions may be delegated")


# --------------------------------------------------------------------------- inhabil_took_part
def inhabil_took_part_D(p):
    return dict(
        title="Tilskud til %s Idrætsforening – ny kunstgræsbane" % p["town"],
        bg=["Foreningen har søgt om anlægstilskud på %s kr." % p["amount"]],
        rec=["at der gives tilskud"],
        inhabil="%s (%s) erklærede sig inhabil som formand for foreningen." % (p["member"], p["party"]),
        dec="%s deltog i sagens behandling og afstemning. Godkendt med 23 stemmer for." % p["member"],
        phrase="%s deltog i sagens behandling og afstemning" % p["member"], where="decision after inhabil-line")


def inhabil_took_part_B(p):
    return dict(
        title="Lokalplan for boliger ved %s" % p["road"],
        bg=["Lokalplanen giver mulighed for 40 boliger. Grunden ejes af %s." % p["firm"],
            "Det bemærkes, at byrådsmedlem %s er medejer af %s. Vedkommende har deltaget i udvalgets og Byrådets behandling af sagen." % (p["member"], p["firm"])],
        rec=["at lokalplanen vedtages endeligt"],
        dec="Godkendt. For stemte: A, C, F, V, Ø, herunder %s. Imod: ingen." % p["member"],
        phrase="Vedkommende har deltaget i udvalgets og Byrådets behandling af sagen", where="background and vote")


def inhabil_took_part_H(p):
    return dict(
        title="Dispensation fra landzonebestemmelser, %s" % p["road"],
        bg=["Ansøgeren er bror til byrådsmedlem %s." % p["member"]],
        rec=["at der meddeles landzonetilladelse"],
        dec="Byrådet besluttede, at %s var inhabil. Byrådet godkendte herefter indstillingen med alle stemmer, idet %s stemte for." % (p["member"], p["member"]),
        phrase="idet %s stemte for" % p["member"], where="decision, passive")


def inhabil_took_part_qD(p):
    return dict(
        title="Tilskud til %s Idrætsforening – klubhus" % p["town"],
        bg=["Foreningen har søgt om tilskud på %s kr." % p["amount"]],
        rec=["at der gives tilskud"],
        inhabil="%s (%s)" % (p["member"], p["party"]),
        dec="%s erklærede sig inhabil og forlod mødet under behandlingen. Godkendt." % p["member"],
        phrase="erklærede sig inhabil og forlod mødet under behandlingen", where="decision",
        why="the disqualified member left")


def inhabil_took_part_qB(p):
    return dict(
        title="Budget for Musikskolen",
        bg=["Musikskolens budget for 2024 forelægges."],
        rec=["at budgettet godkendes"],
        dec="%s spurgte til sin habilitet, da hans barnebarn går på musikskolen. Byrådet vurderede, at der ikke var tale om en særlig interesse, og at han ikke var inhabil. Godkendt." % p["member"],
        phrase="Byrådet vurderede, at der ikke var tale om en særlig interesse", where="decision",
        why="the council assessed and found no disqualification")


def inhabil_took_part_qH(p):
    return dict(
        title="Ekspropriation af areal til cykelsti",
        bg=["Til cykelstien skal der eksproprieres areal fra 6 ejendomme, herunder en ejendom ejet af %s's ægtefælle." % p["member"]],
        rec=["at ekspropriationen gennemføres"],
        dec="%s deltog ikke i behandlingen af punktet på grund af inhabilitet. Godkendt." % p["member"],
        phrase="deltog ikke i behandlingen af punktet på grund af inhabilitet", where="decision",
        why="the disqualified member did not take part")


# --------------------------------------------------------------------------- fee_without_basis
def fee_without_basis_D(p):
    return dict(
        title="Takstblad 2024 – Borgerservice",
        bg=["Takstbladet for Borgerservice er opdateret."],
        table=[["Ydelse", "Takst 2024"],
               ["Pas, voksen", "Statens takst"],
               ["Behandling af ansøgning om aktindsigt", "%s kr." % p["fee"]],
               ["Kørekort", "Statens takst"]],
        rec=["at takstbladet godkendes"],
        dec="Godkendt.",
        phrase="Behandling af ansøgning om aktindsigt", where="table cell")


def fee_without_basis_B(p):
    return dict(
        title="Gebyr for behandling af ansøgninger om hjælpemidler",
        bg=["For at dække de administrative omkostninger foreslås det, at der indføres et ekspeditionsgebyr på %s kr. for hver ansøgning om hjælpemidler efter serviceloven." % p["fee_word"]],
        rec=["at gebyret indføres fra 1. september 2024"],
        dec="Godkendt.",
        phrase="ekspeditionsgebyr på %s kr. for hver ansøgning om hjælpemidler" % p["fee_word"], where="background, amount in words")


def fee_without_basis_H(p):
    return dict(
        title="Betaling for vielser på rådhuset",
        bg=["Borgerlige vielser på rådhuset foregår i dag uden betaling for kommunens borgere.",
            "Fremover skal brudeparret betale et administrationsbidrag på %s kr. pr. vielse, også i åbningstiden." % p["fee"]],
        rec=["at bidraget indføres"],
        dec="Som indstillet.",
        phrase="administrationsbidrag på %s kr. pr. vielse" % p["fee"], where="background, paraphrase")


def fee_without_basis_qD(p):
    return dict(
        title="Byggesagsgebyrer 2024",
        bg=["Byggesagsgebyret opkræves efter byggelovens § 28 og bygningsreglementets regler om timebaseret gebyr. Timeprisen reguleres til %s kr." % p["fee"]],
        rec=["at timeprisen godkendes"],
        dec="Godkendt.",
        phrase="opkræves efter byggelovens § 28", where="background",
        why="statutory basis cited")


def fee_without_basis_qB(p):
    return dict(
        title="Affaldsgebyrer 2024",
        bg=["Affaldsgebyrerne er fastsat efter miljøbeskyttelseslovens § 48 og affaldsbekendtgørelsen ud fra hvile-i-sig-selv-princippet."],
        table=[["Ordning", "Gebyr 2024"], ["Dagrenovation", "%s kr." % p["fee"]], ["Genbrugsplads", "690 kr."]],
        rec=["at gebyrerne godkendes"],
        dec="Godkendt.",
        phrase="fastsat efter miljøbeskyttelseslovens § 48", where="background and table",
        why="statutory basis cited")


def fee_without_basis_qH(p):
    return dict(
        title="Takster for leje af kommunale lokaler til private fester",
        bg=["Kommunen udlejer festsalen på kulturhuset til private. Lejen fastsættes ud fra kommunens omkostninger ved udlejningen."],
        rec=["at lejen fastsættes til %s kr. pr. dag" % p["fee"]],
        dec="Godkendt.",
        phrase="Lejen fastsættes ud fra kommunens omkostninger", where="background",
        why="rent for a voluntary letting, not a fee for an authority act")


# --------------------------------------------------------------------------- complaint_guidance
def complaint_guidance_D(p):
    return dict(
        title="Afgørelse om tilbagebetaling af hjælp til flytning",
        bg=["Byrådet skal tage stilling til klage over krav om tilbagebetaling af enkeltydelse efter aktivlovens § 85."],
        rec=["at kravet fastholdes"],
        dec="Kravet fastholdes. Byrådets afgørelse er endelig og kan ikke påklages til anden administrativ myndighed.",
        phrase="kan ikke påklages til anden administrativ myndighed", where="decision")


def complaint_guidance_B(p):
    return dict(
        title="Afslag på ansøgning om dækning af tabt arbejdsfortjeneste",
        bg=["Forældrene til et barn med betydelig og varigt nedsat funktionsevne har søgt om dækning af tabt arbejdsfortjeneste efter barnets lov. Forvaltningen har givet afslag, og forældrene har bedt om, at sagen forelægges Byrådet."],
        rec=["at afslaget fastholdes", "at forældrene underrettes med klagevejledning om, at klage skal indgives inden 14 dage til Byrådet"],
        dec="Godkendt.",
        phrase="klage skal indgives inden 14 dage til Byrådet", where="recommendation bullet, wrong route and time")


def complaint_guidance_H(p):
    return dict(
        title="Påbud om oprydning på ejendommen %s" % p["road"],
        bg=["Der er meddelt påbud efter miljøbeskyttelsesloven om fjernelse af affald.",
            "Afgørelsen er sendt til ejeren uden klagevejledning, da ejeren tidligere har fået oplyst klageadgangen."],
        rec=["at orienteringen tages til efterretning"],
        dec="Taget til efterretning.",
        phrase="uden klagevejledning", where="background, paraphrase")


def complaint_guidance_qD(p):
    return dict(
        title="Afslag på ansøgning om merudgifter",
        bg=["Byrådet har efter anmodning behandlet en sag om merudgifter efter servicelovens § 100."],
        rec=["at afslaget fastholdes"],
        dec="Godkendt. Afgørelsen kan påklages til Ankestyrelsen inden 4 uger, jf. retssikkerhedslovens § 67.",
        phrase="kan påklages til Ankestyrelsen inden 4 uger", where="decision",
        why="correct complaint guidance")


def complaint_guidance_qB(p):
    return dict(
        title="Landzonetilladelse til ridehal, %s" % p["road"],
        bg=["Der meddeles landzonetilladelse efter planlovens § 35."],
        rec=["at tilladelsen meddeles"],
        dec="Godkendt. Tilladelsen bekendtgøres med oplysning om, at den kan påklages til Planklagenævnet inden 4 uger efter bekendtgørelsen, jf. planlovens § 58.",
        phrase="kan påklages til Planklagenævnet inden 4 uger", where="decision",
        why="correct complaint guidance")


def complaint_guidance_qH(p):
    return dict(
        title="Fordeling af puljen til landdistriktsudvikling",
        bg=["Der er modtaget 11 ansøgninger. Puljen er en frivillig ordning, og tilsagn eller afslag gives i brev til ansøgerne."],
        rec=["at puljen fordeles som anført i bilaget"],
        dec="Godkendt.",
        phrase="Puljen er en frivillig ordning", where="background",
        why="no decision to a citizen under a statute with a complaint route is taken here")


def variants(cls):
    g = globals()
    return {k: g["%s_%s" % (cls, k)] for k in ("D", "B", "H", "qD", "qB", "qH")}


ORDINARY = [
    ("Godkendelse af dagsorden", ["Dagsordenen forelægges til godkendelse."], ["at dagsordenen godkendes"], "Godkendt."),
    ("Meddelelser fra borgmesteren", ["Borgmesteren orienterede om aktuelle sager, herunder KL's kommunalpolitiske topmøde."], [], "Taget til efterretning."),
    ("Anlægsbevilling til renovering af svømmehallen", ["Svømmehallens tag og ventilation skal renoveres. Udgiften er afsat i investeringsoversigten."], ["at der gives en anlægsbevilling på 8,4 mio. kr."], "Godkendt."),
    ("Budgetopfølgning for de brugerfinansierede områder", ["Opfølgningen viser et forbrug i overensstemmelse med budgettet."], ["at budgetopfølgningen tages til efterretning"], "Taget til efterretning."),
    ("Trafiksikkerhedsplan 2024-2027 – status", ["Planen har været i offentlig høring. Der er gennemført 6 af 14 projekter."], ["at status tages til efterretning"], "Taget til efterretning."),
    ("Frigivelse af midler til klimatilpasning", ["Der er afsat midler i budget 2024 til regnvandsbassiner. Forsyningen medfinansierer projektet."], ["at rådighedsbeløbet frigives"], "Godkendt."),
    ("Udpegning af medlem til bestyrelsen for Musikskolen", ["Et medlem er udtrådt. Den pågældende gruppe har peget på et nyt medlem."], ["at det nye medlem udpeges"], "Godkendt."),
    ("Vejnavne i nyt boligområde", ["Vejnavneudvalget har foreslået to nye vejnavne i det nye boligområde."], ["at vejnavnene godkendes"], "Godkendt."),
    ("Samarbejdsaftale med nabokommunerne om beredskab", ["Aftalen videreføres uændret for en ny fireårig periode."], ["at aftalen godkendes"], "Godkendt."),
    ("Mødeplan for 2025", ["Forslag til mødeplan for Byrådet og de stående udvalg i 2025 forelægges."], ["at mødeplanen godkendes"], "Godkendt."),
    ("Kvartalsrapport for beskæftigelsesområdet", ["Ledigheden er faldet med 0,3 procentpoint siden sidste kvartal."], ["at rapporten tages til efterretning"], "Taget til efterretning."),
    ("Eventuelt", ["Intet."], [], "Intet."),
]
