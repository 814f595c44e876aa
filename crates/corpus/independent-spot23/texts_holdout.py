# -*- coding: utf-8 -*-
"""Holdout half (2027H1): written separately from texts_dev.py, with other situations and wording.
Placeholders as in texts_dev.py."""

SCENARIOS = []


def _add(cls, expect, variant, law, title, body, phrase, why=None, where=None):
    d = dict(cls=cls, expect=expect, variant=variant, law=law, title=title, body=body, phrase=phrase)
    if why:
        d["why"] = why
    if where:
        d["where"] = where
    if "lukket" in variant:
        d["closed"] = True
    SCENARIOS.append(d)


def F(cls, variant, law, title, body, phrase):
    _add(cls, "flag", variant + "_flag", law, title, body, phrase)


def N(cls, variant, law, title, body, phrase, why):
    _add(cls, "quiet", variant + "_near_miss", law, title, body, phrase, why)


def X(cls, variant, law, title, body, phrase, why, where):
    _add(cls, "quiet", variant + "_not_drawn", law, title, body, phrase, why, where)


# ------------------------------------------------------------------ fixed_limit
F("fixed_limit", "genoptraening_tabel", "serviceloven § 86",
  "Serviceniveau for vedligeholdelsestræning",
  """## Beslutningstema
Kommunalbestyrelsen skal tage stilling til nyt serviceniveau for træning efter servicelovens § 86, stk. 2.
## @sag
Sundheds- og Omsorgsudvalget har udarbejdet et serviceniveau med faste rammer for forløbene.
| Forløb | Antal træningsgange | Varighed |
| Holdtræning | Maksimalt 12 gange | 8 uger |
| Individuel træning i hjemmet | Maksimalt 6 gange | 6 uger |
Et forløb kan ikke forlænges, og der bevilges højst ét forløb pr. kalenderår.
## @ind
- at serviceniveauet godkendes.
## @bes
Indstillingen blev godkendt.""",
  "Et forløb kan ikke forlænges, og der bevilges højst ét forløb pr. kalenderår.")

F("fixed_limit", "laegekoersel_aendring", "sundhedsloven § 170",
  "Retningslinjer for befordring til læge og speciallæge",
  """## @sag
Pensionister, der bor langt fra nærmeste læge, har efter sundhedslovens § 170 ret til befordring eller befordringsgodtgørelse. Forvaltningen har udarbejdet retningslinjer for administrationen.
## @ind
- at retningslinjerne godkendes.
## @chain Sundheds- og Omsorgsudvalget|{udv}
Udvalget anbefaler indstillingen.
## @bes
Dansk Folkeparti foreslog, at der højst ydes befordringsgodtgørelse til 4 lægebesøg om året pr. pensionist. Forslaget blev vedtaget.
Retningslinjerne blev herefter godkendt med tilføjelsen om højst 4 lægebesøg om året.""",
  "Retningslinjerne blev herefter godkendt med tilføjelsen om højst 4 lægebesøg om året.")

N("fixed_limit", "bostoette_normalt", "serviceloven § 85",
  "Kvalitetsstandard for socialpædagogisk støtte",
  """## @sag
Kvalitetsstandarden beskriver støtten efter servicelovens § 85.
| Støttebehov | Typisk omfang pr. uge |
| Let | 1-2 timer |
| Moderat | 3-5 timer |
| Omfattende | 6 timer eller mere |
Timetallene er kun en beskrivelse af det typiske niveau. Støtten tilrettelægges altid efter en konkret og individuel vurdering, og niveauet fraviges, når borgerens behov tilsiger det.
## @ind
- at kvalitetsstandarden godkendes.
## @bes
Godkendt.""",
  "niveauet fraviges, når borgerens behov tilsiger det",
  "the hours describe the typical level; support is set by individual assessment and may depart from it")

N("fixed_limit", "loft_forkastet", "serviceloven § 83",
  "Ændring af serviceniveau for indkøbsordning",
  """## @sag
Forvaltningen foreslår, at indkøbsordningen fortsat tildeles efter en individuel vurdering.
## @ind
- at serviceniveauet godkendes.
## @bes
Venstre stillede forslag om et loft på 1 levering om ugen uanset behov. Forslaget blev forkastet med 8 stemmer for og 17 imod.
Indstillingen med individuel vurdering blev herefter godkendt.""",
  "Forslaget blev forkastet med 8 stemmer for og 17 imod.",
  "the cap was proposed but rejected; the adopted level keeps individual assessment")

# ------------------------------------------------------------------ presumption_of_refusal
F("presumption_of_refusal", "briller_hovedregel", "aktivloven § 82",
  "Principper for enkeltydelser til briller og kontaktlinser",
  """## @sag
Jobcentret modtager årligt ca. 150 ansøgninger om hjælp til briller. Efter drøftelse i Arbejdsmarkedsudvalget foreslås det, at ansøgninger om hjælp til briller til voksne afvises som hovedregel, idet briller anses for en sædvanlig udgift, som kan afholdes af de løbende ydelser.
## @ind
- at principperne godkendes.
## @bes
Godkendt.""",
  "ansøgninger om hjælp til briller til voksne afvises som hovedregel")

F("presumption_of_refusal", "udsat_skolestart_normalt_ikke", "folkeskoleloven § 34",
  "Retningslinjer for udsat skolestart",
  """## @sag
Antallet af børn med udsat skolestart er steget til 41 i 2026. Skoleudvalget ønsker en mere ensartet praksis på tværs af skolerne. Det foreslås, at anmodninger om udsat skolestart normalt ikke imødekommes, og at forældrene i stedet tilbydes ekstra støtte i børnehaveklassen.
## @ind
- at retningslinjerne godkendes.
## @bes
Godkendt med 21 stemmer mod 4.""",
  "anmodninger om udsat skolestart normalt ikke imødekommes")

N("presumption_of_refusal", "udsat_skolestart_konkret", "folkeskoleloven § 34",
  "Vejledning om udsat skolestart",
  """## @sag
Efter folkeskolelovens § 34, stk. 2, kan skolestarten udsættes et år, hvis det er begrundet i barnets udvikling. Vejledningen beskriver, hvordan skolelederen træffer afgørelsen på grundlag af en konkret vurdering af det enkelte barn, efter samråd med forældrene og børnehaven.
## @ind
- at vejledningen godkendes.
## @bes
Godkendt.""",
  "træffer afgørelsen på grundlag af en konkret vurdering af det enkelte barn",
  "each request is assessed on the child's own development as the law says")

N("presumption_of_refusal", "ingen_praksis_afslag", "serviceloven § 100",
  "Opfølgning på sager om merudgifter for voksne",
  """## @sag
Kommunalbestyrelsen bad i efteråret om en opfølgning på omgørelserne i sager om merudgifter efter servicelovens § 100. Forvaltningen har gennemgået 60 sager. Der er ikke fastsat nogen praksis om afslag på bestemte typer udgifter; hver sag afgøres ud fra en konkret vurdering af, om udgiften er en nødvendig følge af funktionsnedsættelsen.
## @bes
Taget til efterretning.""",
  "Der er ikke fastsat nogen praksis om afslag på bestemte typer udgifter",
  "the minutes state that there is no refusal practice and every case is assessed on its facts")

# ------------------------------------------------------------------ retroactive_reduction
F("retroactive_reduction", "frivillige_tilbagevirkende", "serviceloven § 18",
  "Fordeling af § 18-midler 2027 – revision",
  """## @sag
Puljen til frivilligt socialt arbejde blev fordelt i december 2026. Som følge af besparelserne foreslås tilskuddene til de 31 foreninger beskåret med 20 pct. med tilbagevirkende kraft fra 1. januar 2027. Foreningerne får besked ved brev.
## @ind
- at de reviderede tilskud godkendes.
## @bes
Godkendt.""",
  "beskåret med 20 pct. med tilbagevirkende kraft fra 1. januar 2027")

F("retroactive_reduction", "plejefamilie_vederlag", "serviceloven § 142",
  "Vederlag til plejefamilier",
  """## @sag
Kommunen betaler i dag vederlag til plejefamilier efter KL's vejledende takster plus et lokalt tillæg. Det foreslås, at det lokale tillæg bortfalder. Bortfaldet gælder fra 1. februar 2027, også for de aftaler, der allerede er indgået, og det allerede udbetalte tillæg for februar og marts modregnes i vederlaget for maj.
## @ind
- at det lokale tillæg bortfalder som beskrevet.
## @chain Børne- og Familieudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "det allerede udbetalte tillæg for februar og marts modregnes i vederlaget for maj")

F("retroactive_reduction", "friskoler_taksttabel", "kommunalfuldmagten",
  "Tilskud til fritidstilbud på friskoler – nye takster",
  """## @sag
Kommunen giver tilskud til SFO på friskolerne. Taksterne for 2027 blev meddelt skolerne i november.
| Tilbud | Takst meddelt nov. 2026 | Ny takst, gældende fra 1. januar 2027 |
| SFO 0.-3. klasse | 1.450 kr./md. | 1.210 kr./md. |
| Klub 4.-6. klasse | 620 kr./md. | 480 kr./md. |
Skolerne efterreguleres for de måneder, der allerede er afregnet.
## @ind
- at de nye takster godkendes.
## @bes
Godkendt.""",
  "Skolerne efterreguleres for de måneder, der allerede er afregnet.")

F("retroactive_reduction", "hele_tilskudsaaret", "folkeoplysningsloven",
  "Aktivitetstilskud 2027 – reduktion",
  """## @sag
Aktivitetstilskuddet pr. medlem under 25 år nedsættes fra 180 kr. til 135 kr. Nedsættelsen får virkning for hele tilskudsåret 2027, også for de rater, der allerede er udbetalt, og differencen modregnes i 3. kvartalsrate.
## @ind
- at reduktionen godkendes.
## @bes
Godkendt.""",
  "Nedsættelsen får virkning for hele tilskudsåret 2027, også for de rater, der allerede er udbetalt")

N("retroactive_reduction", "varslet_2028", "serviceloven § 18",
  "Principper for § 18-puljen fra 2028",
  """## @sag
Det foreslås, at puljen fra 2028 prioriterer indsatser mod ensomhed, og at det maksimale tilskud pr. forening nedsættes fra 60.000 kr. til 45.000 kr. Ændringen gælder først for ansøgningsrunden i efteråret 2027 om tilskud for 2028. Tilskud for 2027 udbetales som bevilget.
## @ind
- at principperne godkendes.
## @bes
Godkendt.""",
  "Tilskud for 2027 udbetales som bevilget.",
  "the lower ceiling applies to future grants; this year's grants are paid as granted")

N("retroactive_reduction", "kun_nye_bevillinger", "serviceloven § 142",
  "Nyt vederlagssystem for aflastningsfamilier",
  """## @sag
Det nye vederlagssystem gælder for aftaler, der indgås efter 1. juli 2027. Eksisterende aftaler fortsætter uændret, indtil de genforhandles.
## @ind
- at vederlagssystemet godkendes.
## @bes
Godkendt.""",
  "Eksisterende aftaler fortsætter uændret, indtil de genforhandles.",
  "only new agreements after the decision are affected")

N("retroactive_reduction", "regnefejl_berigtiget", "forvaltningsretlige grundsætninger",
  "Berigtigelse af fejl i udbetaling af lokaletilskud",
  """## @sag
Ved en tastefejl blev Søby Spejderne udbetalt 84.000 kr. i stedet for de bevilgede 48.000 kr. Foreningen har selv gjort opmærksom på fejlen. Der er tale om en åbenbar fejl, som foreningen måtte indse, og beløbet ud over bevillingen kan derfor kræves tilbage. Foreningen har fået lejlighed til at udtale sig og har foreslået en afdragsordning.
## @ind
- at 36.000 kr. kræves tilbage med afdrag over 12 måneder.
## @bes
Godkendt.""",
  "Der er tale om en åbenbar fejl, som foreningen måtte indse, og beløbet ud over bevillingen kan derfor kræves tilbage.",
  "recovery of an obvious overpayment beyond the grant, not a reduction of the grant")

N("retroactive_reduction", "saesontabel_august", "folkeoplysningsloven",
  "Timetakster i svømmehallen for sæson 2027/28",
  """## @sag
Foreningernes tilskud til baneleje i svømmehallen ændres fra den kommende sæson.
| Bruger | Sæson 2026/27 | Sæson 2027/28, fra 1. august 2027 |
| Svømmeklubber | 90 % tilskud | 80 % tilskud |
| Dykkerklubber | 75 % tilskud | 70 % tilskud |
Timer, der allerede er tildelt for sæson 2026/27, afregnes efter de hidtidige satser.
## @ind
- at de nye tilskudsprocenter godkendes.
## @bes
Godkendt.""",
  "Timer, der allerede er tildelt for sæson 2026/27, afregnes efter de hidtidige satser.",
  "new percentages apply from the next season; hours already allocated are settled on the old terms")

# ------------------------------------------------------------------ personal_data
F("personal_data", "alzheimer_alene", "databeskyttelsesforordningen art. 9",
  "Anmodning om plejebolig uden for tur",
  """## @sag
Ellen Brink, født 1938, bor alene på Lyngbakken 8. Hun har Alzheimers sygdom og er flere gange fundet forvirret på gaden om natten. Hendes datter har anmodet om, at hun tilbydes plejebolig uden for tur.
## @ind
- at Ellen Brink tilbydes plejebolig uden for tur.
## @bes
Godkendt.""",
  "Hun har Alzheimers sygdom og er flere gange fundet forvirret på gaden om natten.")

F("personal_data", "cpr_bilagsliste", "databeskyttelsesloven § 11",
  "Tilbagebetalingskrav på for meget udbetalt boligstøtte – eftergivelse",
  """## @sag
Udbetaling Danmark har rejst krav om tilbagebetaling af boligstøtte. Borgeren har søgt kommunen om hjælp til betaling efter aktivloven.
## Bilag
- Bilag 1: Ansøgning
- Bilag 2: Udskrift fra CPR vedr. Mohammed Hassan, cpr.nr. 010190-3317
- Bilag 3: Budget
## @ind
- at der gives afslag.
## @bes
Godkendt.""",
  "Bilag 2: Udskrift fra CPR vedr. Mohammed Hassan, cpr.nr. 010190-3317")

F("personal_data", "lejer_dom", "databeskyttelsesloven § 8",
  "Opsigelse af lejemål i kommunal udlejningsejendom på Tranevej",
  """## @sag
Kommunen ejer udlejningsejendommen Tranevej 12-18. Lejeren i nr. 14, Brian Kofoed, blev i oktober 2026 idømt 8 måneders ubetinget fængsel for vold mod en anden beboer. Forvaltningen anbefaler, at lejemålet opsiges efter lejelovens regler.
## @ind
- at lejemålet opsiges.
## @bes
Godkendt.""",
  "Brian Kofoed, blev i oktober 2026 idømt 8 måneders ubetinget fængsel for vold")

F("personal_data", "barn_anbragt_moster", "databeskyttelsesforordningen art. 9; serviceloven",
  "Merudgift til netværksplejefamilie",
  """## @sag
Sofie på 14 år har siden sommeren boet hos sin moster på Kirkestien 5, fordi moren er indlagt på psykiatrisk afdeling. Mosteren har søgt om dækning af udgifter til en større bil, så Sofie og hendes to søskende kan køres til skole.
## @ind
- at der gives et engangsbeløb på 45.000 kr.
## @bes
Godkendt.""",
  "Sofie på 14 år har siden sommeren boet hos sin moster på Kirkestien 5, fordi moren er indlagt på psykiatrisk afdeling")

N("personal_data", "familie_anonym", "databeskyttelsesforordningen",
  "Særlig boligsocial indsats i den østlige del af kommunen",
  """## @sag
En familie i den østlige del af kommunen med fire børn har i længere tid boet i en bolig, der er for lille. Familien kan ikke identificeres ud fra oplysningerne i sagen, og de konkrete forhold er beskrevet i det lukkede bilag.
## @ind
- at familien tilbydes en bolig efter den boligsociale anvisning.
## @bes
Godkendt.""",
  "Familien kan ikke identificeres ud fra oplysningerne i sagen",
  "the family cannot be identified; the details are in a closed appendix")

N("personal_data", "direktoer_rolle", "offentlighedsloven",
  "Konstitution af direktør for Børn og Unge",
  """## @sag
Direktør for Børn og Unge, Karen Wulff, fratræder med udgangen af april 2027 efter eget ønske. Det foreslås, at vicedirektør Ib Storm konstitueres i stillingen, indtil en ny direktør er ansat.
## @ind
- at Ib Storm konstitueres som direktør.
## @bes
Godkendt.""",
  "Direktør for Børn og Unge, Karen Wulff, fratræder med udgangen af april 2027 efter eget ønske.",
  "officials named in their public role, with no private or sensitive data")

N("personal_data", "fond_gave", "databeskyttelsesforordningen",
  "Modtagelse af gave til Solgården Plejecenter",
  """## @sag
Karen og Ejnar Mikkelsens Fond har tilbudt plejecentret en gave på 250.000 kr. til en sansehave. Gaven er ikke betinget af modydelser.
## @ind
- at gaven modtages.
## @bes
Godkendt.""",
  "Karen og Ejnar Mikkelsens Fond har tilbudt plejecentret en gave på 250.000 kr.",
  "the name is a foundation's; no personal data about a living person")

N("personal_data", "helbred_lukket_bilag", "databeskyttelsesforordningen art. 9",
  "Ansøgning om særlig tilrettelagt ungdomsuddannelse uden for kommunen",
  """## @sag
En ung på 17 år ønsker at tage STU på en skole i en anden kommune. Oplysningerne om den unges helbred og diagnose fremgår af lukket bilag og er ikke gengivet her.
## @ind
- at den unge bevilges STU på den ønskede skole.
## @bes
Godkendt.""",
  "Oplysningerne om den unges helbred og diagnose fremgår af lukket bilag og er ikke gengivet her.",
  "health details kept in a closed appendix; the young person is not identified")

# ------------------------------------------------------------------ real_estate_sale
F("real_estate_sale", "forpagter_uden_annoncering", "kommunestyrelsesloven § 68",
  "Salg af stuehuset på Kragelund Mark",
  """## @sag
Kommunen overtog landbrugsejendommen Kragelund Mark i forbindelse med byudviklingen. Jorden er solgt, men stuehuset er fortsat kommunalt. Forpagteren, der har boet i huset i ti år, ønsker at købe det. Da forpagteren har et særligt tilhørsforhold til ejendommen, sælges stuehuset til ham for 975.000 kr. uden annoncering.
## @ind
- at stuehuset sælges som beskrevet.
## @bes
Godkendt.""",
  "sælges stuehuset til ham for 975.000 kr. uden annoncering")

F("real_estate_sale", "erhvervsgrund_tilbudt_pris", "udbudsbekendtgørelsen",
  "Salg af erhvervsgrund på Industrivej 40",
  """## @sag
Jydsk Stålmontage A/S har rettet henvendelse om køb af grunden på Industrivej 40 på 8.400 m² og har tilbudt 210 kr. pr. m². Grunden sælges til den tilbudte pris, uden at den har været udbudt.
## @ind
- at grunden sælges til Jydsk Stålmontage A/S for 1.764.000 kr.
## @bes
Godkendt.""",
  "Grunden sælges til den tilbudte pris, uden at den har været udbudt.")

N("real_estate_sale", "budrunde_annonceret", "kommunestyrelsesloven § 68",
  "Salg af den tidligere børnehave Mariehønen",
  """## @sag
Ejendommen har været udbudt i offentlig budrunde, annonceret i Ugeavisen og på kommunens hjemmeside i fire uger. Der er indkommet syv bud. Det højeste bud på 2.150.000 kr. er uden forbehold.
## @ind
- at ejendommen sælges til højeste byder.
## @bes
Godkendt.""",
  "Ejendommen har været udbudt i offentlig budrunde, annonceret i Ugeavisen",
  "public bidding round announced before the sale")

N("real_estate_sale", "mageskifte", "udbudsbekendtgørelsen",
  "Mageskifte med ejeren af Fjordvej 3",
  """## @sag
Kommunen har brug for 600 m² af naboens have til udvidelse af stien langs fjorden og afstår til gengæld 600 m² ved parkeringspladsen. Et mageskifte kan efter udbudsbekendtgørelsen ske uden offentligt udbud. Arealerne er af en uvildig vurderingsmand vurderet til samme værdi.
## @ind
- at mageskiftet godkendes.
## @bes
Godkendt.""",
  "Et mageskifte kan efter udbudsbekendtgørelsen ske uden offentligt udbud.",
  "an exchange of land is an exception to public offering, at assessed value")

# ------------------------------------------------------------------ company_benefit
F("company_benefit", "flytteudgifter_logistik", "kommunalfuldmagten",
  "Aftale med NordLog A/S om fortsat placering i kommunen",
  """## @sag
NordLog A/S har fået tilbud om en ny grund i nabokommunen. For at sikre, at virksomheden bliver i kommunen, afholder kommunen virksomhedens udgifter til flytning af lageret til det nye erhvervsområde, anslået til 1,6 mio. kr.
## @ind
- at aftalen godkendes.
## @bes
Godkendt.""",
  "afholder kommunen virksomhedens udgifter til flytning af lageret")

F("company_benefit", "hotel_garanti", "kommunalfuldmagten; lånebekendtgørelsen",
  "Kommunegaranti for lån til Hotel Fjordly ApS",
  """## @sag
Hotel Fjordly ApS skal renovere 40 værelser for 12 mio. kr. Banken kræver sikkerhed. Hotellet er vigtigt for turismen i byen. Det foreslås, at kommunen stiller selvskyldnerkaution for et lån på 8 mio. kr. til Hotel Fjordly ApS.
## @ind
- at kautionen stilles.
## @bes
Godkendt.""",
  "kommunen stiller selvskyldnerkaution for et lån på 8 mio. kr. til Hotel Fjordly ApS")

N("company_benefit", "garanti_selvejende_hal", "lånebekendtgørelsen",
  "Kommunegaranti for Søby Hallens lån",
  """## @sag
Den selvejende institution Søby Hallen, som kommunen har driftsoverenskomst med, skal optage lån til nyt tag. Garantien kan stilles, fordi hallen løser en kommunal opgave efter driftsoverenskomsten. Der opkræves garantiprovision på markedsvilkår.
## @ind
- at kommunen stiller garanti for lån på 3,5 mio. kr.
## @bes
Godkendt.""",
  "fordi hallen løser en kommunal opgave efter driftsoverenskomsten",
  "a guarantee to a self-governing hall that carries out a municipal task under an operating agreement")

N("company_benefit", "udbudt_kontrakt", "udbudsloven",
  "Kontrakt om vintertjeneste 2027-2031",
  """## @sag
Vintertjenesten har været i EU-udbud. Der er modtaget fem tilbud. Det økonomisk mest fordelagtige tilbud er afgivet af Vest Entreprenør A/S til en samlet pris på 14,2 mio. kr.
## @ind
- at kontrakten tildeles Vest Entreprenør A/S.
## @bes
Godkendt.""",
  "Det økonomisk mest fordelagtige tilbud er afgivet af Vest Entreprenør A/S",
  "a contract awarded after a tender at market price is no support to a company")

# ------------------------------------------------------------------ closed_without_ground
F("closed_without_ground", "lukket_klimastatus", "kommunestyrelsesloven § 10",
  "Status på klimaplanens indsatser",
  """## @sag
Punktet blev behandlet som lukket punkt.
Der blev givet en status på de 34 indsatser i klimaplanen og på CO2-regnskabet for 2026.
## @bes
Taget til efterretning.""",
  "Punktet blev behandlet som lukket punkt.")

F("closed_without_ground", "lukket_arkitekt", "kommunestyrelsesloven § 10",
  "Valg af rådgiver til ny skole i Nordvest",
  """## @sag
Kommunalbestyrelsen besluttede at lukke punktet.
Byggeudvalget har gennemført konkurrencen og indstiller vinderen.
## @bes
Godkendt.""",
  "Kommunalbestyrelsen besluttede at lukke punktet.")

N("closed_without_ground", "lukket_personsag", "offentlighedsloven § 30, nr. 1",
  "Klage over sagsbehandling – personsag",
  """## @sag
Lukket punkt – personsag. Punktet behandles for lukkede døre, fordi det indeholder oplysninger om en enkeltpersons private forhold, jf. offentlighedslovens § 30, nr. 1.
## @bes
Godkendt.""",
  "fordi det indeholder oplysninger om en enkeltpersons private forhold",
  "closed with a stated ground (private matters)")

N("closed_without_ground", "lukket_forhandling_koeb", "offentlighedsloven § 33, nr. 2",
  "Køb af landbrugsjord til skovrejsning",
  """## @sag
Punktet behandles for lukkede døre, da det vedrører forhandling om køb af en ejendom, og offentlig omtale kan skade kommunens forhandlingsposition, jf. offentlighedslovens § 33, nr. 2.
## @bes
Godkendt.""",
  "da det vedrører forhandling om køb af en ejendom, og offentlig omtale kan skade kommunens forhandlingsposition",
  "closed with a stated ground (negotiating position)")

# ------------------------------------------------------------------ missing_hearing
F("missing_hearing", "lukning_boernehus", "dagtilbudsloven § 15",
  "Lukning af Børnehuset Solsikken",
  """## @sag
Børnehuset Solsikken har 34 børn og ligger i en bygning med behov for renovering for 6 mio. kr. Det foreslås, at institutionen lukkes pr. 31. juli 2027, og at børnene flyttes til Børnehuset Regnbuen. Forældrene har fået brev om forslaget.
## @ind
- at Børnehuset Solsikken lukkes pr. 31. juli 2027.
## @bes
Godkendt.""",
  "Forældrene har fået brev om forslaget.")

F("missing_hearing", "skoledistrikt_uden_hoering", "folkeskoleloven § 40, stk. 4",
  "Nyt skoledistrikt for udstykningen ved Bakkedraget",
  """## @sag
Den nye udstykning ved Bakkedraget med 120 boliger placeres i Vestre Skoles distrikt. Forvaltningen har drøftet sagen med skolelederne, og ændringen kan træde i kraft straks.
## @ind
- at skoledistriktet fastlægges som beskrevet.
## @bes
Godkendt.""",
  "Forvaltningen har drøftet sagen med skolelederne, og ændringen kan træde i kraft straks.")

N("missing_hearing", "boernehus_hoert", "dagtilbudsloven § 15",
  "Sammenlægning af Troldehøjen og Skovbørnehaven",
  """## @sag
Forslaget har været i høring hos forældrebestyrelserne i de to institutioner i fire uger. Begge bestyrelser har afgivet høringssvar, som er vedlagt. Forvaltningen har justeret tidsplanen efter bestyrelsernes ønske.
## @ind
- at institutionerne sammenlægges pr. 1. januar 2028.
## @bes
Godkendt.""",
  "Forslaget har været i høring hos forældrebestyrelserne i de to institutioner i fire uger.",
  "the parents' boards were heard before the decision")

N("missing_hearing", "kommuneplantillaeg_hoert", "planloven § 24",
  "Endelig vedtagelse af kommuneplantillæg nr. 9 for solcellepark ved Tjele",
  """## @sag
Forslaget var i offentlig høring i otte uger fra 11. januar til 8. marts 2027. Der kom 17 høringssvar, som er besvaret i hvidbogen.
## @ind
- at kommuneplantillægget vedtages endeligt.
## @bes
Godkendt.""",
  "Forslaget var i offentlig høring i otte uger fra 11. januar til 8. marts 2027.",
  "public consultation of eight weeks before final adoption")

# ------------------------------------------------------------------ budget_stop
F("budget_stop", "boligindretning_resten", "serviceloven § 116",
  "Økonomisk status på handicapområdet",
  """## @sag
Området forventer et merforbrug på 4,1 mio. kr., især på boligindretning. Der gives derfor ikke tilsagn om boligindretning efter § 116 i resten af 2027, da budgettet er brugt.
## @ind
- at status tages til efterretning, og at de foreslåede tiltag godkendes.
## @bes
Godkendt.""",
  "Der gives derfor ikke tilsagn om boligindretning efter § 116 i resten af 2027, da budgettet er brugt.")

F("budget_stop", "praktisk_hjaelp_januar", "serviceloven § 83",
  "Tilpasning af visitationen i 4. kvartal",
  """## @sag
For at overholde budgettet foreslås det, at visitationen i november og december ikke bevilger ny praktisk hjælp, og at nye ansøgere henvises til at søge igen i januar 2028.
## @ind
- at tilpasningen godkendes.
## @bes
Godkendt.""",
  "visitationen i november og december ikke bevilger ny praktisk hjælp")

N("budget_stop", "landsbypulje_lukket", "kommunalfuldmagten",
  "Landsbypuljen 2027 – status",
  """## @sag
Landsbypuljen er en frivillig pulje til lokale projekter. Puljen på 750.000 kr. er fuldt disponeret efter forårets runde, og efterårets ansøgningsrunde aflyses. Der er intet retskrav på tilskud.
## @bes
Taget til efterretning.""",
  "Puljen på 750.000 kr. er fuldt disponeret efter forårets runde, og efterårets ansøgningsrunde aflyses.",
  "a voluntary pool with no legal claim may close when spent")

N("budget_stop", "tillaegsbevilling_116", "serviceloven § 116",
  "Tillægsbevilling til boligindretning",
  """## @sag
Budgettet til boligindretning er overskredet. Budgetsituationen indgår ikke i vurderingen af de konkrete ansøgninger efter § 116, og merforbruget finansieres af en tillægsbevilling.
## @ind
- at der gives en tillægsbevilling på 2,3 mio. kr.
## @bes
Godkendt.""",
  "Budgetsituationen indgår ikke i vurderingen af de konkrete ansøgninger efter § 116",
  "statutory help is still granted on its merits; the overspend is covered by a supplementary appropriation")

# ------------------------------------------------------------------ unlawful_delegation
F("unlawful_delegation", "skatteprocent_oeu", "kommunestyrelsesloven § 38; skattelovgivningen",
  "Tidsplan for budget 2028",
  """## @sag
Tidsplanen indebærer, at budgetforliget forventes indgået i september. For at give mere tid til forhandlingerne foreslås det, at Økonomiudvalget bemyndiges til at fastsætte udskrivningsprocenten og grundskyldspromillen for 2028.
## @ind
- at tidsplanen godkendes.
## @bes
Godkendt.""",
  "Økonomiudvalget bemyndiges til at fastsætte udskrivningsprocenten og grundskyldspromillen for 2028")

F("unlawful_delegation", "parkering_privat", "færdselsloven; almindelige forvaltningsretlige regler",
  "Ny aftale om parkeringskontrol",
  """## @sag
ParkNord A/S har vundet udbuddet af parkeringskontrol. Efter aftalen skal ParkNord A/S også træffe afgørelse om fritagelse for parkeringsafgift og behandle indsigelser fra bilisterne.
## @ind
- at aftalen godkendes.
## @bes
Godkendt.""",
  "ParkNord A/S også træffe afgørelse om fritagelse for parkeringsafgift og behandle indsigelser")

F("unlawful_delegation", "udpegning_oeu", "kommunestyrelsesloven § 28",
  "Repræsentation i bestyrelsen for Trafikselskabet",
  """## @sag
Kommunen skal udpege et medlem til bestyrelsen for trafikselskabet for resten af valgperioden. Kommunalbestyrelsen overlader det til Økonomiudvalget at udpege kommunens repræsentant.
## @bes
Godkendt.""",
  "Kommunalbestyrelsen overlader det til Økonomiudvalget at udpege kommunens repræsentant.")

F("unlawful_delegation", "revisionsberetning_oeu", "kommunestyrelsesloven § 42 a",
  "Revisionsberetning nr. 12 vedrørende regnskab 2026",
  """## @sag
Revisionen har afgivet beretning med to bemærkninger om manglende afstemninger. Det foreslås, at Økonomiudvalget på kommunalbestyrelsens vegne tager stilling til bemærkningerne og sender svaret til tilsynsmyndigheden.
## @ind
- at Økonomiudvalget bemyndiges som beskrevet.
## @bes
Godkendt.""",
  "Økonomiudvalget på kommunalbestyrelsens vegne tager stilling til bemærkningerne")

N("unlawful_delegation", "skat_kb_selv", "kommunestyrelsesloven § 38",
  "Fastsættelse af udskrivningsprocent og grundskyldspromille for 2028",
  """## @sag
Kommunalbestyrelsen skal fastsætte udskrivningsprocenten samtidig med vedtagelsen af budgettet. Økonomiudvalget har forberedt sagen.
## @ind
- at kommunalbestyrelsen fastsætter udskrivningsprocenten til 25,3 og grundskyldspromillen til 24,0.
## @bes
Godkendt.""",
  "at kommunalbestyrelsen fastsætter udskrivningsprocenten til 25,3",
  "the council sets the tax rates itself")

N("unlawful_delegation", "parkering_kommunen_afgoer", "færdselsloven",
  "Parkeringskontrol – forlængelse af aftale",
  """## @sag
Aftalen med kontrolselskabet forlænges. Selskabet udfører den praktiske kontrol, men afgørelser om fritagelse og indsigelser mod afgifter træffes fortsat af kommunen.
## @bes
Godkendt.""",
  "afgørelser om fritagelse og indsigelser mod afgifter træffes fortsat af kommunen",
  "only practical control is contracted out; decisions stay with the municipality")

N("unlawful_delegation", "oeu_indstiller", "kommunestyrelsesloven § 28",
  "Udpegning af medlem til Museumsrådet",
  """## @sag
Økonomiudvalget har drøftet kandidater og indstiller Jette Sand (A). Kommunalbestyrelsen foretager selv udpegningen.
## @bes
Jette Sand (A) blev udpeget.""",
  "Kommunalbestyrelsen foretager selv udpegningen.",
  "the committee only proposes; the council appoints")

N("unlawful_delegation", "vejareal_forvaltning", "vejloven § 80",
  "Delegation af afgørelser om råden over vejareal",
  """## @sag
Kompetencen til at afgøre ansøgninger om tilladelse til udeservering, stilladser og containere på vejareal efter vejlovens § 80 delegeres til forvaltningen. Sager af principiel karakter forelægges Teknik- og Miljøudvalget.
## @bes
Godkendt.""",
  "Kompetencen til at afgøre ansøgninger om tilladelse til udeservering, stilladser og containere på vejareal",
  "routine permits delegated to the administration; principled cases kept by the committee")

# ------------------------------------------------------------------ inhabil_member
F("inhabil_member", "eget_firma_tilbud", "kommunestyrelsesloven § 14; forvaltningsloven § 3",
  "Tildeling af kontrakt om renovering af Vestre Skoles tag",
  """## @sag
Der er indhentet tre tilbud. Det laveste tilbud er afgivet af Tømrerfirmaet Juhl & Søn, som ejes af kommunalbestyrelsesmedlem Peter Juhl (O).
## @ind
- at kontrakten tildeles Tømrerfirmaet Juhl & Søn.
## @bes
Godkendt. Peter Juhl (O) deltog i afstemningen.""",
  "Peter Juhl (O) deltog i afstemningen.")

F("inhabil_member", "soen_ansoeger", "forvaltningsloven § 3",
  "Ansøgning om landzonetilladelse til stald på Engholm",
  """## @sag
Ansøger er Mads Lykke, søn af kommunalbestyrelsesmedlem Hanne Lykke (V). Stalden på 900 m² ønskes opført 80 meter fra de eksisterende bygninger.
## @ind
- at der gives landzonetilladelse.
## @bes
Godkendt uden afstemning. Hanne Lykke (V) var til stede under hele behandlingen.""",
  "Hanne Lykke (V) var til stede under hele behandlingen.")

N("inhabil_member", "inhabil_linje", "forvaltningsloven § 3",
  "Tildeling af kontrakt om rengøring af daginstitutioner",
  """## @sag
Det økonomisk mest fordelagtige tilbud er afgivet af Rent & Pænt ApS.
## @ind
- at kontrakten tildeles Rent & Pænt ApS.
## @bes
Inhabil: Claus Bjerre (C), hvis ægtefælle er direktør i selskabet. Claus Bjerre forlod mødet.
Godkendt.""",
  "Inhabil: Claus Bjerre (C), hvis ægtefælle er direktør i selskabet. Claus Bjerre forlod mødet.",
  "the member with an interest was disqualified and left")

N("inhabil_member", "ansat_regionen", "forvaltningsloven § 3",
  "Sundhedsaftale 2027-2030 med regionen",
  """## @sag
To medlemmer af kommunalbestyrelsen er ansat som sygeplejersker på regionens sygehus. Kommunalbestyrelsen vurderede, at der ikke var tale om en særlig personlig interesse, da aftalen er generel og ikke berører deres ansættelse.
## @bes
Godkendt.""",
  "vurderede, at der ikke var tale om en særlig personlig interesse",
  "a general agreement; employment in the region is no special interest, and the council considered it")

# ------------------------------------------------------------------ fee_without_basis
F("fee_without_basis", "klage_parkering_gebyr", "færdselsloven; ingen gebyrhjemmel",
  "Gebyr for behandling af indsigelser mod parkeringsafgifter",
  """## @sag
Kommunen modtager ca. 900 indsigelser om året. For at dække udgifterne til sagsbehandling indføres et gebyr på 100 kr. for behandling af en indsigelse mod en parkeringsafgift. Gebyret tilbagebetales, hvis indsigelsen får medhold.
## @ind
- at gebyret indføres fra 1. maj 2027.
## @bes
Godkendt.""",
  "indføres et gebyr på 100 kr. for behandling af en indsigelse mod en parkeringsafgift")

F("fee_without_basis", "undervisningsmaterialer", "folkeskoleloven",
  "Forældrebetaling for undervisningsmaterialer",
  """## @sag
Skolernes budget til undervisningsmaterialer er under pres. Skoleudvalget foreslår, at der opkræves 250 kr. pr. elev pr. skoleår til arbejdshæfter og kopier.
## @ind
- at betalingen indføres fra skoleåret 2027/28.
## @chain Skoleudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "der opkræves 250 kr. pr. elev pr. skoleår til arbejdshæfter og kopier")

F("fee_without_basis", "friplads_ansoegning", "dagtilbudsloven § 43",
  "Administration af økonomisk fripladstilskud",
  """## @sag
Behandlingen af ansøgninger om økonomisk fripladstilskud er tidskrævende. Det foreslås, at der opkræves et administrationsgebyr på 150 kr. for hver ansøgning om økonomisk fripladstilskud, som modregnes i tilskuddet.
## @ind
- at gebyret godkendes.
## @bes
Godkendt.""",
  "opkræves et administrationsgebyr på 150 kr. for hver ansøgning om økonomisk fripladstilskud")

F("fee_without_basis", "digital_hjaelp", "ingen hjemmel",
  "Takster i Borgerservice fra 1. juli 2027",
  """## @sag
Borgerservice bruger mange ressourcer på at hjælpe borgere med digitale selvbetjeningsløsninger. Der indføres et ekspeditionsgebyr på 50 kr. for personlig hjælp til at udfylde digitale ansøgninger til offentlige myndigheder.
## @ind
- at taksterne godkendes.
## @bes
Godkendt.""",
  "Der indføres et ekspeditionsgebyr på 50 kr. for personlig hjælp til at udfylde digitale ansøgninger")

N("fee_without_basis", "lejrskole_kost", "folkeskoleloven",
  "Principper for lejrskoler",
  """## @sag
Undervisningen på lejrskole er gratis for eleverne. Forældrene kan alene opkræves et beløb svarende til den kostudgift, der spares i hjemmet, efter de regler, der gælder for folkeskolens lejrskoler. Beløbet fastsættes til 80 kr. pr. døgn.
## @bes
Godkendt.""",
  "Forældrene kan alene opkræves et beløb svarende til den kostudgift, der spares i hjemmet",
  "only the saved food cost may be charged, as the school rules allow")

N("fee_without_basis", "miljoetilsyn", "miljøbeskyttelsesloven § 48",
  "Gebyr for miljøtilsyn 2027",
  """## @sag
Gebyret for miljøtilsyn med virksomheder opkræves efter miljøbeskyttelseslovens § 48 og brugerbetalingsbekendtgørelsen. Timeprisen for 2027 er fastsat af ministeriet til 389,60 kr.
## @bes
Taget til efterretning.""",
  "opkræves efter miljøbeskyttelseslovens § 48 og brugerbetalingsbekendtgørelsen",
  "environmental inspection fee with statutory basis")

N("fee_without_basis", "rykkergebyr", "opkrævningsloven § 6",
  "Rykkerprocedure for kommunale krav",
  """## @sag
Kommunen sender én rykker, før et krav oversendes til inddrivelse. For offentligretlige krav opkræves et rykkergebyr på 250 kr. efter opkrævningslovens § 6.
## @bes
Godkendt.""",
  "opkræves et rykkergebyr på 250 kr. efter opkrævningslovens § 6",
  "the reminder fee has a basis in the collection act")

N("fee_without_basis", "udlejning_gymnastiksal", "kommunalfuldmagten",
  "Leje af skolernes gymnastiksale til private arrangementer",
  """## @sag
Private kan leje gymnastiksalene til fester og arrangementer, når de ikke bruges af skoler og foreninger. Lejen fastsættes til 450 kr. pr. time, svarende til lejen for tilsvarende private lokaler.
## @bes
Godkendt.""",
  "Lejen fastsættes til 450 kr. pr. time, svarende til lejen for tilsvarende private lokaler.",
  "a market rent for letting premises is not a fee for public casework")

# ------------------------------------------------------------------ complaint_guidance
F("complaint_guidance", "merudgift_boern_ikke_klage", "serviceloven § 41; retssikkerhedsloven § 60",
  "Principiel sag om dækning af merudgifter til kost",
  """## @sag
Forældrene til et barn med cøliaki har søgt om dækning af merudgifter til glutenfri kost efter servicelovens § 41. Sagen forelægges, fordi den er principiel.
## @ind
- at der gives afslag.
## @bes
Godkendt.
Kommunalbestyrelsens afgørelse er endelig og kan ikke påklages.""",
  "Kommunalbestyrelsens afgørelse er endelig og kan ikke påklages.")

F("complaint_guidance", "nedklassificering_8_uger", "vejloven § 132",
  "Nedklassificering af Kirkestien til privat fællesvej",
  """## @sag
Vejen har ikke længere betydning for den almindelige færdsel. Forslaget har været i høring hos grundejerne.
## @bes
Godkendt.
Beslutningen kan påklages til Transportministeriet inden 8 uger.""",
  "Beslutningen kan påklages til Transportministeriet inden 8 uger.")

F("complaint_guidance", "spildevand_miljoestyrelsen", "miljøbeskyttelsesloven § 91",
  "Udledningstilladelse for renseanlægget i Søby",
  """## @sag
Forsyningen har søgt om ny tilladelse til udledning af renset spildevand til Søby Å.
## @bes
Tilladelsen blev meddelt.
Klage over tilladelsen kan sendes til Miljøstyrelsen inden 4 uger.""",
  "Klage over tilladelsen kan sendes til Miljøstyrelsen inden 4 uger.")

F("complaint_guidance", "specialundervisning_ankestyrelsen", "folkeskoleloven § 51",
  "Visitation til specialklasse – principiel sag",
  """## @sag
Forældrene ønsker, at deres søn visiteres til en specialklasse på Vestre Skole. PPR vurderer, at han kan rummes i almenklassen med støtte.
## @bes
Ansøgningen blev afslået.
Afgørelsen kan påklages til Ankestyrelsen inden 4 uger.""",
  "Afgørelsen kan påklages til Ankestyrelsen inden 4 uger.")

F("complaint_guidance", "byggepaabud_ingen", "byggeloven § 17",
  "Påbud om nedrivning af faldefærdigt udhus på Tranevej 2",
  """## @sag
Udhuset er til fare for forbipasserende. Ejeren har ikke reageret på to breve.
## @bes
Der meddeles påbud om nedrivning inden 6 uger. Ejeren underrettes skriftligt.""",
  "Der meddeles påbud om nedrivning inden 6 uger. Ejeren underrettes skriftligt.")

N("complaint_guidance", "merudgift_korrekt", "retssikkerhedsloven §§ 66-67",
  "Principiel sag om merudgifter til medicin",
  """## @sag
Sagen vedrører dækning af merudgifter til medicin til et barn med epilepsi efter servicelovens § 41.
## @bes
Der gives dækning som ansøgt.
Afgørelsen kan påklages til Ankestyrelsen inden 4 uger. Klagen sendes til kommunen, der genvurderer sagen, inden den sendes videre.""",
  "Afgørelsen kan påklages til Ankestyrelsen inden 4 uger. Klagen sendes til kommunen",
  "correct appeal body, deadline and route")

N("complaint_guidance", "vejdirektoratet_korrekt", "vejloven § 132",
  "Nedlæggelse af del af Bakkedraget som offentlig vej",
  """## @sag
Den nordlige del af vejen indgår i den nye udstykning.
## @bes
Godkendt.
Klage over retlige spørgsmål kan indgives til Vejdirektoratet inden 4 uger efter, at afgørelsen er meddelt.""",
  "Klage over retlige spørgsmål kan indgives til Vejdirektoratet inden 4 uger",
  "correct body and deadline under the Roads Act")

N("complaint_guidance", "spildevand_korrekt", "miljøbeskyttelsesloven § 91",
  "Tilladelse til nedsivning af regnvand ved Åboulevarden",
  """## @sag
Forsyningen har søgt om tilladelse til nedsivning fra det nye regnvandsbassin.
## @bes
Tilladelsen blev meddelt.
Afgørelsen kan påklages til Miljø- og Fødevareklagenævnet inden 4 uger via Klageportalen. Der betales et gebyr for at klage.""",
  "Afgørelsen kan påklages til Miljø- og Fødevareklagenævnet inden 4 uger via Klageportalen.",
  "correct body, deadline and form")

N("complaint_guidance", "specialklage_korrekt", "folkeskoleloven § 51",
  "Visitation til specialskole – forældrenes ønske",
  """## @sag
Forældrene har ønsket specialskole for deres datter. PPR anbefaler specialskolen.
## @bes
Ansøgningen blev imødekommet delvis, idet der tilbydes plads i specialklasse.
Afgørelsen kan påklages til Klagenævnet for Specialundervisning inden 4 uger.""",
  "Afgørelsen kan påklages til Klagenævnet for Specialundervisning inden 4 uger.",
  "correct appeal body for special education")

# ------------------------------------------------------------------ not drawn
X("company_benefit", "oeu_tilskud_vaerft", "kommunalfuldmagten",
  "Tilskud til Søby Værft ApS",
  """## @sag
Økonomiudvalget anbefaler et tilskud på 400.000 kr. til Søby Værft ApS til nye kraner, så værftet kan bevare sine 25 ansatte.
## @bes
Anbefales.""",
  "et tilskud på 400.000 kr. til Søby Værft ApS til nye kraner",
  "Økonomiudvalget's meeting is not a council meeting in the sample", "committee")

X("complaint_guidance", "oeu_ingen_klage", "planloven",
  "Afslag på ansøgning om dispensation – Fjordvej 10",
  """## @bes
Ansøgningen afslås. Afgørelsen kan ikke påklages.""",
  "Ansøgningen afslås. Afgørelsen kan ikke påklages.",
  "Økonomiudvalget's meeting is not a council meeting in the sample", "committee")

X("fee_without_basis", "udenfor_gebyr_klage", "ingen hjemmel",
  "Gebyr for klager over renovation",
  """## @sag
Der indføres et gebyr på 200 kr. for behandling af klager over manglende tømning.
## @bes
Godkendt.""",
  "Der indføres et gebyr på 200 kr. for behandling af klager over manglende tømning.",
  "a council meeting outside 2027H1", "out_of_period")

X("fixed_limit", "udenfor_loft", "serviceloven § 83",
  "Serviceniveau for rengøring",
  """## @sag
Der bevilges højst rengøring hver tredje uge, uanset behov.
## @bes
Godkendt.""",
  "Der bevilges højst rengøring hver tredje uge, uanset behov.",
  "a council meeting outside 2027H1", "out_of_period")


# ------------------------------------------------------------------ ordinary items
OPENING_PAIR = (
    dict(title="Meddelelser og godkendelse af dagsorden", body="## @bes\nGodkendt."),
    dict(title="Godkendelse af dagsordenen", body="## @bes\nDagsordenen godkendt."),
)

ORDINARY = [
    dict(title="Kvartalsrapport for anlægsprojekter", body="""## @sag
Der er 38 aktive anlægsprojekter. Tre projekter er forsinket, herunder udvidelsen af Tranevej, hvor ledningsarbejdet har trukket ud.
## @bes
Taget til efterretning."""),
    dict(title="Frigivelse af rådighedsbeløb til cykelsti langs {vej}", body="""## @sag
Rådighedsbeløbet på {beloeb} kr. er afsat i budget 2027. Projektet er medfinansieret af statens cykelpulje.
## @ind
- at rådighedsbeløbet frigives.
## @bes
Godkendt."""),
    dict(title="Udtræden af Ungdomsrådet og valg af nyt medlem", body="""## @sag
Et medlem er flyttet til Aarhus for at studere. Ungdomsrådet har peget på første suppleant.
## @bes
Godkendt."""),
    dict(title="Helhedsplan for {vej2}-kvarteret", body="""## @sag
Boligorganisationen har udarbejdet en helhedsplan med renovering af 210 boliger. Landsbyggefonden har givet foreløbigt tilsagn.
## @bes
Godkendt."""),
    dict(title="Regnskab 2026 for Kommunens Kantiner", body="""## @sag
Regnskabet viser et underskud på {beloeb} kr., som dækkes af egenkapitalen.
## @bes
Taget til efterretning."""),
    dict(title="Strategi for biodiversitet 2027-2031", body="""## @sag
Strategien udlægger 40 hektar til vild natur og ændrer plejen af rabatter. Grønt Råd har bakket op.
## @bes
Godkendt."""),
    dict(title="Ændring af takstblad for havnen", body="""## @sag
Havnebestyrelsen foreslår nye pladslejer for fritidsbåde fra 2028. Taksterne er fastsat efter havnens omkostninger.
## @bes
Godkendt."""),
    dict(title="Udbud af skolekørsel 2028-2032", body="""## @sag
Kørslen udbydes i fire delaftaler. Der stilles krav om el- eller biogasbusser på de længste ruter.
## @bes
Godkendt."""),
    dict(title="Orientering om ungdomsboliger ved stationen", body="""## @sag
Byggeriet af 64 ungdomsboliger er gået i gang. Indflytning forventes i efteråret 2028.
## @bes
Taget til efterretning."""),
    dict(title="Plan for vintervedligeholdelse 2027/28", body="""## @sag
Regulativet er uændret i forhold til sidste år. Der saltes forebyggende på 310 km vej.
## @bes
Godkendt."""),
    dict(title="Samarbejde med nabokommunerne om IT-drift", body="""## @sag
Den fælles driftsaftale forlænges i to år. Besparelsen for kommunen er {beloeb} kr. årligt.
## @bes
Godkendt."""),
    dict(title="Forslag fra Ø om gratis busser for unge under 18", body="""## @sag
Enhedslisten har anmodet om, at forslaget optages på dagsordenen. Udgiften er anslået til {beloeb} kr. årligt.
## @bes
Forslaget blev forkastet med 6 stemmer for og 19 imod."""),
    dict(title="Godkendelse af vedtægter for Musikskolen", body="""## @sag
Vedtægterne er tilpasset, så forældrerådet får en plads i bestyrelsen.
## @bes
Godkendt."""),
    dict(title="Beslutning om deltagelse i Kulturregion Midt", body="""## @sag
Kulturaftalen med staten for 2028-2031 kræver en kommunal medfinansiering på {beloeb} kr.
## @bes
Godkendt."""),
    dict(title="Status på integrationsindsatsen", body="""## @sag
Beskæftigelsesfrekvensen for flygtninge efter tre år er steget til 54 pct.
## @bes
Taget til efterretning."""),
    dict(title="Renovering af Fjordbadet – projektering", body="""## @sag
Projekteringen omfatter nyt ventilationsanlæg og et varmtvandsbassin. Der søges om {beloeb} kr.
## @bes
Godkendt."""),
    dict(title="Tillæg til spildevandsplanen for {vej}", body="""## @sag
Tillægget har været i offentlig høring i otte uger. Der er ikke kommet bemærkninger.
## @bes
Godkendt."""),
    dict(title="Valg af borgerrådgiver – forlængelse", body="""## @sag
Borgerrådgiverens ansættelse forlænges i fire år. Årsberetningen for 2026 er vedlagt.
## @bes
Godkendt."""),
    dict(title="Orientering fra borgmesteren", body="""## @sag
Borgmesteren orienterede om KL's delegeretmøde og om arbejdet med den nye erhvervsstrategi.
## @bes
Taget til efterretning."""),
    dict(title="Eventuelt", body="""## @bes
Der blev spurgt til åbningstiderne på genbrugspladsen i sommerferien."""),
    dict(title="Låneramme og likviditet 1. kvartal", body="""## @sag
Den gennemsnitlige likviditet efter kassekreditreglen var {beloeb} kr. i 1. kvartal.
## @bes
Taget til efterretning."""),
]
