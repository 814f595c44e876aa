# -*- coding: utf-8 -*-
"""Dev half (2027H1): scenario and ordinary texts. Placeholders: {B} the council, {kommune}, {dato},
{udv}/{udv2} earlier committee dates, {vej}/{vej2} road names, {n}, {beloeb}."""

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
F("fixed_limit", "rengoering_tabel", "serviceloven § 83",
  "Kvalitetsstandard for praktisk hjælp 2027",
  """## @sag
Social- og Sundhedsudvalget har revideret kvalitetsstandarden for praktisk hjælp efter servicelovens § 83. Standarden beskriver, hvilken hjælp borgeren kan få, og hvor ofte. Det er forvaltningens vurdering, at niveauet svarer til budgettet for 2027.
| Ydelse | Omfang | Hyppighed |
| Rengøring af bolig | Højst 50 minutter | Hver 14. dag |
| Tøjvask | Højst 30 minutter | Hver 14. dag |
| Indkøb | Bestilling via indkøbsordning | 1 gang om ugen |
Standarden fastslår, at der ikke under nogen omstændigheder kan bevilges rengøring ud over 50 minutter hver 14. dag.
## @ind
- at kvalitetsstandarden for praktisk hjælp 2027 godkendes.
## @chain Social- og Sundhedsudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "der ikke under nogen omstændigheder kan bevilges rengøring ud over 50 minutter hver 14. dag")

F("fixed_limit", "ledsagelse_aendringsforslag", "serviceloven § 97",
  "Serviceniveau for ledsageordningen",
  """## @sag
Forvaltningen har gennemgået ledsageordningen efter servicelovens § 97. I 2026 modtog 212 borgere ledsagelse, og forbruget oversteg budgettet med 0,9 mio. kr. Forvaltningen foreslår, at timetallet fortsat fastsættes efter en individuel vurdering af den enkeltes behov inden for lovens rammer.
## @ind
- at serviceniveauet for ledsageordningen godkendes som beskrevet i sagen.
## @chain Social- og Sundhedsudvalget|{udv}
Anbefales over for {B}.
## @bes
Venstre stillede ændringsforslag om, at ledsagelse fremover højst bevilges med 10 timer om måneden for alle borgere. Ændringsforslaget blev vedtaget med 16 stemmer mod 11.
Indstillingen blev herefter godkendt med den vedtagne ændring, så ledsagelse efter § 97 bevilges med højst 10 timer om måneden.""",
  "ledsagelse efter § 97 bevilges med højst 10 timer om måneden")

N("fixed_limit", "madservice_vejledende", "serviceloven § 83",
  "Kvalitetsstandard for madservice og personlig pleje",
  """## @sag
Kvalitetsstandarden er opdateret med de nye priser for madservice og en beskrivelse af den personlige pleje.
| Ydelse | Vejledende omfang |
| Bad | 1-2 gange om ugen |
| Hjælp til påklædning | Efter behov morgen og aften |
| Levering af hovedret | Op til 7 dage om ugen |
Omfanget i tabellen er vejledende. Der træffes altid afgørelse på grundlag af en konkret og individuel vurdering af borgerens behov, og hjælpen kan derfor både være mindre og større end angivet.
## @ind
- at kvalitetsstandarden godkendes.
## @bes
Godkendt.""",
  "Omfanget i tabellen er vejledende. Der træffes altid afgørelse på grundlag af en konkret og individuel vurdering",
  "the levels are stated as guiding and an individual assessment is always made")

N("fixed_limit", "kropsbaarne_aendring_loft_udgaar", "serviceloven § 112",
  "Retningslinjer for kropsbårne hjælpemidler",
  """## @sag
Udkastet til retningslinjer indeholdt et loft på 4 par ortopædiske fodindlæg om året pr. borger. Handicaprådet har i sit høringssvar påpeget, at et fast loft ikke kan anvendes, fordi behovet skal vurderes i hver enkelt sag.
## @ind
- at retningslinjerne godkendes.
## @chain Social- og Sundhedsudvalget|{udv}
Udvalget anbefaler retningslinjerne.
## @bes
{B} godkendte retningslinjerne med den ændring, at loftet på 4 par fodindlæg om året udgår, så antallet altid fastsættes efter en konkret vurdering af behovet.""",
  "loftet på 4 par fodindlæg om året udgår, så antallet altid fastsættes efter en konkret vurdering",
  "the cap was struck out by the council's amendment; the number is set by individual assessment")

# ------------------------------------------------------------------ presumption_of_refusal
F("presumption_of_refusal", "tandbehandling_udgangspunkt", "aktivloven § 82",
  "Praksis for hjælp til tandbehandling",
  """## @sag
Antallet af ansøgninger om hjælp til tandbehandling efter aktivlovens § 82 er steget fra 310 i 2025 til 402 i 2026. Beskæftigelsesudvalget har drøftet en ensartet praksis.
Det foreslås, at ansøgninger om hjælp til tandproteser og implantater som udgangspunkt afslås, og at der alene gives hjælp til akut smertebehandling.
## @ind
- at praksis for hjælp til tandbehandling godkendes.
## @chain Beskæftigelsesudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "ansøgninger om hjælp til tandproteser og implantater som udgangspunkt afslås")

F("presumption_of_refusal", "elscooter_saerlige_omstaendigheder", "serviceloven § 113",
  "Retningslinjer for bevilling af el-scootere",
  """## @sag
Kommunen bevilger i dag omkring 60 el-scootere om året som forbrugsgode efter servicelovens § 113. Forvaltningen foreslår en stramning, hvor ansøgninger om el-scooter ikke imødekommes, medmindre der foreligger helt ekstraordinære forhold. Borgerne henvises i stedet til flextrafik.
## @ind
- at retningslinjerne godkendes med virkning fra 1. marts 2027.
## @bes
Godkendt med 19 stemmer. Imod stemte Ø og F (6).""",
  "ansøgninger om el-scooter ikke imødekommes, medmindre der foreligger helt ekstraordinære forhold")

N("presumption_of_refusal", "tandbehandling_konkret", "aktivloven § 82",
  "Vejledende satser for hjælp til tandbehandling",
  """## @sag
Beskæftigelsesudvalget har fastsat vejledende beløbsgrænser for hjælp til tandbehandling efter aktivlovens § 82. Grænserne er et udgangspunkt for sagsbehandlingen. Hver ansøgning vurderes konkret ud fra ansøgerens økonomiske og helbredsmæssige forhold, og der kan gives hjælp ud over beløbsgrænserne, når forholdene taler for det.
## @ind
- at de vejledende beløbsgrænser godkendes.
## @bes
Godkendt.""",
  "Hver ansøgning vurderes konkret ud fra ansøgerens økonomiske og helbredsmæssige forhold",
  "the guiding amounts are a starting point; every application is assessed on its facts and help can exceed them")

N("presumption_of_refusal", "indbo_udelukket_ved_lov", "serviceloven § 112",
  "Orientering om praksis for hjælpemidler og sædvanligt indbo",
  """## @sag
Der har været spørgsmål fra borgere om, hvorfor kommunen ikke yder støtte til almindelige senge, lænestole og lignende. Efter servicelovens § 112, stk. 1, og hjælpemiddelbekendtgørelsen er produkter, der sædvanligvis indgår i et almindeligt indbo, undtaget fra støtte som hjælpemiddel. Afslag på disse ansøgninger følger derfor direkte af loven. Hvis produktet er særligt indrettet til personer med nedsat funktionsevne, vurderes ansøgningen efter § 113.
## @ind
- at orienteringen tages til efterretning.
## @bes
Taget til efterretning.""",
  "Afslag på disse ansøgninger følger derfor direkte af loven",
  "the refusal follows from the statute itself (ordinary household goods are excluded), not from a municipal presumption")

# ------------------------------------------------------------------ retroactive_reduction
F("retroactive_reduction", "privat_pasning_dato", "dagtilbudsloven § 80",
  "Nedsættelse af tilskud til privat pasning",
  """## @sag
Budgetaftalen for 2027 indeholder en besparelse på 1,1 mio. kr. på tilskud til privat pasning efter dagtilbudslovens § 80. For at nå hele besparelsen i indeværende år foreslås det, at tilskuddet nedsættes fra 6.300 kr. til 5.450 kr. pr. barn pr. måned med virkning fra 1. januar 2027. Forældrene orienteres ved brev, og for meget udbetalt tilskud modregnes i de kommende udbetalinger.
## @ind
- at tilskuddet til privat pasning nedsættes som beskrevet.
## @chain Børne- og Skoleudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "tilskuddet nedsættes fra 6.300 kr. til 5.450 kr. pr. barn pr. måned med virkning fra 1. januar 2027")

F("retroactive_reduction", "lokaletilskud_tilbagebetaling", "folkeoplysningsloven § 21",
  "Lokaletilskud til folkeoplysende foreninger – regulering for 2026",
  """## @sag
Udgifterne til lokaletilskud efter folkeoplysningslovens § 21 blev i 2026 1,8 mio. kr. højere end budgetteret. Kultur- og Fritidsudvalget foreslår, at merforbruget dækkes af foreningerne selv.
Foreningerne skal derfor tilbagebetale 12 pct. af det lokaletilskud for 2026, som allerede er udbetalt, og beløbet opkræves i april 2027.
## @ind
- at reguleringen godkendes.
## @bes
Godkendt. A og Ø tog forbehold.""",
  "Foreningerne skal derfor tilbagebetale 12 pct. af det lokaletilskud for 2026, som allerede er udbetalt")

F("retroactive_reduction", "haller_tabel", "kommunalfuldmagten",
  "Driftstilskud til selvejende haller 2027",
  """## @sag
Som led i budgetaftalen reduceres driftstilskuddet til de selvejende haller. Hallerne har fået tilsagn om tilskud for hele 2027 i december 2026, og de to første kvartalsrater er udbetalt.
| Hal | Tilsagn 2027 | Reduceret tilskud, gældende fra 1. januar 2027 |
| {kommune} Idrætscenter | 2.450.000 kr. | 2.205.000 kr. |
| Nordby Hallen | 910.000 kr. | 819.000 kr. |
| Skovlund Multihus | 640.000 kr. | 576.000 kr. |
Differencen for de udbetalte rater trækkes i 3. kvartalsrate.
## @ind
- at de reducerede tilskud godkendes.
## @bes
Godkendt.""",
  "Reduceret tilskud, gældende fra 1. januar 2027")

F("retroactive_reduction", "aeldreklubber_ord", "serviceloven § 79",
  "Tilskud til ældreklubber og pensionistforeninger",
  """## @sag
Der er i januar givet tilsagn om tilskud på i alt 480.000 kr. til 23 ældreklubber efter servicelovens § 79. Af hensyn til den økonomiske situation foreslås tilskuddet nedsat med en fjerdedel.
Nedsættelsen gælder også de tilskud, klubberne allerede har fået tilsagn om og modtaget for første halvår.
## @ind
- at tilskuddene nedsættes med 25 pct. for hele tilskudsåret.
## @bes
Indstillingen godkendt.""",
  "Nedsættelsen gælder også de tilskud, klubberne allerede har fået tilsagn om og modtaget for første halvår")

N("retroactive_reduction", "privat_pasning_fremtid", "dagtilbudsloven § 80",
  "Tilskud til privat pasning fra 2028",
  """## @sag
Det foreslås, at tilskuddet til privat pasning efter dagtilbudslovens § 80 nedsættes fra 6.300 kr. til 5.800 kr. pr. barn pr. måned med virkning fra 1. januar 2028. Forældre og private passere varsles mere end seks måneder før, så de kan indrette sig. Tilskud for 2027 berøres ikke.
## @ind
- at tilskuddet nedsættes fra 1. januar 2028.
## @bes
Godkendt.""",
  "nedsættes fra 6.300 kr. til 5.800 kr. pr. barn pr. måned med virkning fra 1. januar 2028",
  "the reduction takes effect from a future date with notice; current grants are untouched")

N("retroactive_reduction", "lokaletilskud_fremadrettet", "folkeoplysningsloven § 21",
  "Lokaletilskud – nye regler for tilskudsåret 2028",
  """## @sag
Merforbruget på lokaletilskud i 2026 dækkes af kultur- og fritidsområdets egen ramme. For at undgå nyt merforbrug foreslås det, at tilskudsprocenten for private lokaler nedsættes fra 75 til 70 pct. for udgifter afholdt fra 1. januar 2028. Allerede bevilgede tilskud for 2026 og 2027 berøres ikke, og der kræves intet tilbagebetalt.
## @ind
- at den nye tilskudsprocent godkendes.
## @bes
Godkendt.""",
  "Allerede bevilgede tilskud for 2026 og 2027 berøres ikke, og der kræves intet tilbagebetalt",
  "the lower percentage applies only to costs from 2028; granted subsidies are not reclaimed")

N("retroactive_reduction", "urigtige_oplysninger", "tilskudsbetingelserne / folkeoplysningsloven",
  "Krav om tilbagebetaling af aktivitetstilskud fra Vestby Skytteforening",
  """## @sag
Ved kontrollen af foreningernes regnskaber har forvaltningen konstateret, at Vestby Skytteforening har opgjort 64 medlemmer under 25 år, mens medlemslisten viser 21. Foreningen har dermed modtaget 18.600 kr. for meget i aktivitetstilskud for 2026 på grundlag af urigtige oplysninger. Efter de tilskudsbetingelser, foreningen har accepteret, kan tilskud, der er udbetalt på grundlag af urigtige oplysninger, kræves tilbage. Foreningen er hørt og har ikke bestridt opgørelsen.
## @ind
- at der rejses krav om tilbagebetaling af 18.600 kr.
## @bes
Godkendt.""",
  "kan tilskud, der er udbetalt på grundlag af urigtige oplysninger, kræves tilbage",
  "repayment of a grant paid on false information, under accepted grant terms and after a hearing")

N("retroactive_reduction", "klippekort_tabel_august", "serviceloven § 83",
  "Nye satser for klippekort i hjemmeplejen",
  """## @sag
Budgetaftalen indebærer, at klippekortordningen reduceres. De nye satser gælder fra skoleårets start, så borgerne får besked i god tid.
| Ordning | Nuværende | Gældende fra 1. august 2027 |
| Klippekort, hjemmeboende | 30 minutter om ugen | 30 minutter hver 14. dag |
| Klippekort, plejebolig | 60 minutter om ugen | 45 minutter om ugen |
Klip, der er tildelt før 1. august 2027, kan bruges som hidtil.
## @ind
- at de nye satser godkendes.
## @bes
Godkendt.""",
  "Klip, der er tildelt før 1. august 2027, kan bruges som hidtil",
  "the new rates apply from 1 August 2027, after the decision; earlier allocations remain")

# ------------------------------------------------------------------ personal_data
F("personal_data", "navn_adresse_diagnose", "databeskyttelsesforordningen art. 9",
  "Ansøgning om dispensation til handicapvenlig tilbygning på Kildevej",
  """## @sag
Hanne Mølgaard, Kildevej 14, der har sclerose og er afhængig af kørestol, har søgt om dispensation fra lokalplanens bestemmelse om byggelinje, så hun kan opføre en tilbygning med badeværelse i stueplan. Naboerne er hørt og har ingen indsigelser.
## @ind
- at der gives dispensation som ansøgt.
## @chain Plan- og Teknikudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "Hanne Mølgaard, Kildevej 14, der har sclerose og er afhængig af kørestol")

F("personal_data", "cpr_i_bilag", "databeskyttelsesloven § 11",
  "Eftergivelse af gæld til kommunen",
  """## @sag
En borger har søgt om eftergivelse af et tilbagebetalingskrav på 41.200 kr. vedrørende boligindskudslån. Borgeren har i flere år været på kontanthjælp, og der er ingen udsigt til, at gælden kan betales.
## Bilag
- Ansøgning om eftergivelse, Preben Thomsen, cpr.nr. 120358-1247
- Forvaltningens notat om økonomiske forhold
## @ind
- at gælden eftergives.
## @bes
Godkendt.""",
  "Ansøgning om eftergivelse, Preben Thomsen, cpr.nr. 120358-1247")

F("personal_data", "familie_misbrug", "databeskyttelsesforordningen art. 9",
  "Boligsocial anvisning af bolig på {vej}",
  """## @sag
Boligforeningen har anmodet kommunen om at bruge sin anvisningsret til en familie, der har ventet på en større bolig. Familien Jensen på Vibevej 3, hvor faren er i behandling for alkoholmisbrug og de to ældste børn er anbragt uden for hjemmet, har et akut behov for en bolig med flere værelser, når børnene skal hjem på samvær.
## @ind
- at familien anvises boligen på {vej}.
## @bes
Godkendt.""",
  "Familien Jensen på Vibevej 3, hvor faren er i behandling for alkoholmisbrug og de to ældste børn er anbragt uden for hjemmet")

F("personal_data", "navngiven_restance", "databeskyttelsesforordningen art. 6",
  "Afskrivning af restancer på ejendomsskat",
  """## @sag
Forvaltningen har gennemgået restancerne på ejendomsskat. Tre restancer anses for uerholdelige efter forgæves udlæg:
- Kurt Villadsen, Møllebakken 22: 48.300 kr., personlig konkurs i 2026
- Lone og Jens Madsen, Skovbrynet 7: 21.950 kr., gældssanering
- Dødsbo efter Aksel Hviid: 9.400 kr., insolvent bo
## @ind
- at restancerne på i alt 79.650 kr. afskrives.
## @bes
Godkendt.""",
  "Kurt Villadsen, Møllebakken 22: 48.300 kr., personlig konkurs i 2026")

N("personal_data", "anonymiseret_demens", "databeskyttelsesforordningen",
  "Dispensation fra venteliste til plejebolig",
  """## @sag
Forvaltningen forelægger en sag om en borger i 80'erne med en demenssygdom, som ønsker at flytte ind på plejecentret i sin tidligere landsby, selv om borgeren ikke står først på ventelisten. Borgerens navn og helbredsoplysninger fremgår af et lukket bilag og gengives ikke her.
## @ind
- at der gives dispensation fra ventelistens rækkefølge.
## @bes
Godkendt.""",
  "Borgerens navn og helbredsoplysninger fremgår af et lukket bilag og gengives ikke her",
  "the citizen is described without name or address; health details are in a closed appendix")

N("personal_data", "virksomhed_ansoeger", "planloven § 19",
  "Dispensation til skiltning for Skovgaard Ejendomme ApS",
  """## @sag
Skovgaard Ejendomme ApS, {vej2} 4, har søgt om dispensation fra lokalplanens bestemmelse om skiltning, så der kan opsættes et facadeskilt på 4 m² ved den nye dagligvarebutik. Ansøgningen har været i naboorientering i 14 dage uden bemærkninger.
## @ind
- at der gives dispensation.
## @bes
Godkendt.""",
  "Skovgaard Ejendomme ApS, {vej2} 4, har søgt om dispensation fra lokalplanens bestemmelse om skiltning",
  "the applicant is a company; no private or sensitive data on a person")

N("personal_data", "medlem_orlov", "kommunestyrelsesloven § 15",
  "Anmodning om fritagelse for hverv som byrådsmedlem",
  """## @sag
Byrådsmedlem Lise Bach (A) har anmodet om fritagelse for sit hverv i perioden 1. marts til 31. august 2027 på grund af barsel. Efter kommunestyrelseslovens § 15, stk. 2, kan et medlem fritages, når hensynet til familie gør det rimeligt. Stedfortræder er Torben Kjeldsen.
## @ind
- at Lise Bach fritages, og at stedfortræderen indkaldes.
## @bes
Godkendt.""",
  "Byrådsmedlem Lise Bach (A) har anmodet om fritagelse for sit hverv",
  "a member's own request for leave, on a ground the law names; publishing it is normal")

N("personal_data", "lukket_bilag_navn", "databeskyttelsesforordningen",
  "Ansøgning om forlængelse af boligindskudslån",
  """## @sag
En enlig forsørger har søgt om henstand med afdrag på et boligindskudslån på 18.000 kr. Ansøgers navn, adresse og oplysninger om sociale forhold fremgår af lukket bilag 1. Forvaltningen vurderer, at betingelserne for henstand i 12 måneder er opfyldt.
## @ind
- at der gives henstand i 12 måneder.
## @bes
Godkendt.""",
  "Ansøgers navn, adresse og oplysninger om sociale forhold fremgår af lukket bilag 1",
  "identifying and social data are kept in a closed appendix")

# ------------------------------------------------------------------ real_estate_sale
F("real_estate_sale", "byggegrund_en_koeber", "kommunestyrelsesloven § 68, udbudsbekendtgørelsen",
  "Salg af byggegrund på {vej}",
  """## @sag
Kommunen ejer en byggegrund på 2.300 m² på {vej}, matr.nr. 14 b. Forvaltningen har ført forhandlinger med Nordvest Byg ApS, der ønsker at opføre 12 rækkehuse. Der er opnået enighed om en købesum på 1.350.000 kr. Da der er tale om en enkelt interesseret køber, er grunden solgt direkte til selskabet uden forudgående annoncering.
## @ind
- at grunden sælges til Nordvest Byg ApS for 1.350.000 kr.
## @bes
Godkendt.""",
  "grunden solgt direkte til selskabet uden forudgående annoncering")

F("real_estate_sale", "skolebolig_under_vurdering", "kommunestyrelsesloven § 68",
  "Salg af den tidligere skolebolig ved Vestby Skole",
  """## @sag
Den tidligere lærerbolig ved Vestby Skole har været udlejet til samme lejer siden 2011. Lejeren har tilbudt at købe huset for 1.400.000 kr. En ejendomsmægler har vurderet ejendommen til 1.850.000 kr. Forvaltningen anbefaler at acceptere tilbuddet, fordi lejeren har passet huset godt, og fordi et salg hurtigt frigør midler. Ejendommen har ikke været udbudt.
## @ind
- at ejendommen sælges til lejeren for 1.400.000 kr.
## @bes
Godkendt.""",
  "Lejeren har tilbudt at købe huset for 1.400.000 kr.")

N("real_estate_sale", "offentligt_udbud_bud", "kommunestyrelsesloven § 68",
  "Salg af erhvervsgrund i Nordby Erhvervspark",
  """## @sag
Erhvervsgrunden på 6.100 m² i Nordby Erhvervspark har været udbudt offentligt med annonce i Nordby Avis og på kommunens hjemmeside fra 4. januar til 1. februar 2027 med en mindstepris på 350 kr. pr. m². Der er modtaget fire bud. Det højeste bud på 2.340.000 kr. er afgivet af Fynbo Transport A/S.
## @ind
- at det højeste bud accepteres.
## @bes
Godkendt.""",
  "har været udbudt offentligt med annonce i Nordby Avis og på kommunens hjemmeside",
  "the plot was offered publicly before the sale and the highest bid accepted")

N("real_estate_sale", "restareal_nabo", "udbudsbekendtgørelsen § 2, stk. 2",
  "Salg af restareal ved {vej2} til nabo",
  """## @sag
Ejeren af {vej2} 17 ønsker at købe en 85 m² stor trekant af kommunens vejareal, som ligger mellem hans have og stien. Arealet kan ikke udnyttes selvstændigt og har kun værdi for de tilgrænsende ejere. Arealet kan derfor sælges uden offentligt udbud efter udbudsbekendtgørelsens regel om mindre arealer, der ikke kan udnyttes selvstændigt. Prisen er fastsat af en uvildig landinspektør til 42.500 kr.
## @ind
- at arealet sælges for 42.500 kr.
## @bes
Godkendt.""",
  "kan derfor sælges uden offentligt udbud efter udbudsbekendtgørelsens regel om mindre arealer",
  "the exception for small areas that cannot be used on their own is cited; price set by an independent valuer")

# ------------------------------------------------------------------ company_benefit
F("company_benefit", "fabrik_arbejdspladser", "kommunalfuldmagten",
  "Tilskud til Dansk Emballage A/S",
  """## @sag
Dansk Emballage A/S har meddelt, at virksomheden overvejer at flytte produktionen til Polen. Virksomheden beskæftiger 140 medarbejdere i kommunen. Borgmesteren har haft møde med ledelsen, som har oplyst, at et tilskud til nye maskiner vil gøre det muligt at blive.
Det foreslås, at kommunen yder et tilskud på 750.000 kr. til Dansk Emballage A/S for at fastholde arbejdspladserne.
## @ind
- at der gives et tilskud på 750.000 kr., finansieret af kassebeholdningen.
## @bes
Godkendt.""",
  "kommunen yder et tilskud på 750.000 kr. til Dansk Emballage A/S for at fastholde arbejdspladserne")

F("company_benefit", "cafe_lav_leje", "kommunalfuldmagten",
  "Lejeaftale for caféen i Kulturhuset",
  """## @sag
Caféen i Kulturhuset drives af Café Kvisten ApS. Selskabet har haft svært ved at få økonomien til at hænge sammen. Markedslejen er af en ekstern rådgiver vurderet til 9.500 kr. om måneden. For at sikre, at caféen kan fortsætte, foreslås lejen nedsat til 1.000 kr. om måneden i de næste tre år.
## @ind
- at lejen for Café Kvisten ApS nedsættes til 1.000 kr. om måneden.
## @bes
Godkendt.""",
  "foreslås lejen nedsat til 1.000 kr. om måneden i de næste tre år")

N("company_benefit", "erhvervsservice_generel", "erhvervsfremmeloven § 13",
  "Resultatkontrakt med {kommune} Erhvervsråd 2027",
  """## @sag
Kommunen kan efter erhvervsfremmelovens § 13 varetage lokal erhvervsservice, der er åben for alle virksomheder. Erhvervsrådet tilbyder vejledning til iværksættere og etablerede virksomheder, netværk og kurser. Tilskuddet for 2027 er 1,9 mio. kr. Ydelserne må ikke målrettes enkelte virksomheder.
## @ind
- at resultatkontrakten godkendes.
## @bes
Godkendt.""",
  "Kommunen kan efter erhvervsfremmelovens § 13 varetage lokal erhvervsservice, der er åben for alle virksomheder",
  "general business service under the Business Promotion Act, open to all firms")

N("company_benefit", "cafe_markedsleje", "kommunalfuldmagten",
  "Ny lejeaftale for kiosken ved Stranden",
  """## @sag
Kiosken ved Stranden har været udbudt til leje, og der er indkommet tre tilbud. Strandkiosken I/S har budt den højeste leje på 7.800 kr. om måneden, hvilket svarer til den markedsleje, en ekstern mægler har vurderet.
## @ind
- at kiosken udlejes til Strandkiosken I/S for 7.800 kr. om måneden.
## @bes
Godkendt.""",
  "hvilket svarer til den markedsleje, en ekstern mægler har vurderet",
  "the lease is at assessed market rent after a public offer")

# ------------------------------------------------------------------ closed_without_ground
F("closed_without_ground", "lukket_renovering", "kommunestyrelsesloven § 10",
  "Status på renovering af rådhusets tag",
  """## @sag
Sagen behandles for lukkede døre.
Forvaltningen orienterer om, at renoveringen er forsinket med tre måneder og forventes at koste 2,4 mio. kr. mere end budgetteret.
## @ind
- at orienteringen tages til efterretning.
## @bes
Taget til efterretning.""",
  "Sagen behandles for lukkede døre.")

F("closed_without_ground", "lukket_vindmoeller", "kommunestyrelsesloven § 10",
  "Drøftelse af kommunens holdning til vindmøller ved Hedegården",
  """## @sag
{B} besluttede at behandle punktet som lukket punkt.
Der er indkommet en forespørgsel fra et energiselskab om mulighederne for at opstille fem vindmøller ved Hedegården. Byrådet drøftede sagen.
## @bes
Drøftet.""",
  "besluttede at behandle punktet som lukket punkt")

N("closed_without_ground", "lukket_personale", "offentlighedsloven § 30",
  "Personalesag – ansættelse af kommunaldirektør",
  """## @sag
Punktet behandles for lukkede døre, da det indeholder oplysninger om enkeltpersoners private forhold, jf. offentlighedslovens § 30, nr. 1.
Ansættelsesudvalget indstiller en kandidat til stillingen.
## @bes
Godkendt.""",
  "da det indeholder oplysninger om enkeltpersoners private forhold, jf. offentlighedslovens § 30, nr. 1",
  "the ground for closure is stated (private matters of individuals)")

N("closed_without_ground", "lukket_grundkoeb", "offentlighedsloven § 33",
  "Køb af ejendom ved Stationspladsen",
  """## @sag
Sagen behandles som lukket punkt af hensyn til kommunens forhandlingsposition, jf. offentlighedslovens § 33, nr. 2, da der endnu ikke er indgået aftale med sælger.
## @ind
- at forvaltningen bemyndiges til at forhandle inden for den beskrevne ramme.
## @bes
Godkendt.""",
  "af hensyn til kommunens forhandlingsposition, jf. offentlighedslovens § 33, nr. 2",
  "the ground for closure is stated (the municipality's economic interests)")

# ------------------------------------------------------------------ missing_hearing
F("missing_hearing", "lokalplan_endelig_uden_hoering", "planloven § 24",
  "Endelig vedtagelse af lokalplan 1.34 for boliger ved Engtoften",
  """## @sag
{B} vedtog den 12. november 2026 forslag til lokalplan 1.34. Lokalplanen giver mulighed for 46 boliger i form af rækkehuse og etageboliger i op til tre etager. Vejadgang sker fra Engtoften. Forslaget kan nu vedtages endeligt uden ændringer.
## @ind
- at lokalplan 1.34 vedtages endeligt.
## @chain Plan- og Teknikudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "Forslaget kan nu vedtages endeligt uden ændringer.")

F("missing_hearing", "skolelukning_uden_hoering", "folkeskoleloven § 24, styrelsesbekendtgørelsen",
  "Lukning af Østerby Skoles afdeling i Bjergby",
  """## @sag
Afdelingen i Bjergby har 38 elever fordelt på 0.-3. klasse. Børne- og Skoleudvalget foreslår, at afdelingen lukkes pr. 1. august 2027, og at eleverne overflyttes til hovedskolen. Skolebestyrelsen er orienteret om forslaget på et møde den 2. februar.
## @ind
- at afdelingen i Bjergby nedlægges pr. 1. august 2027.
## @bes
Godkendt med 17 stemmer mod 10.""",
  "Skolebestyrelsen er orienteret om forslaget på et møde den 2. februar.")

N("missing_hearing", "lokalplan_med_hoering", "planloven § 24",
  "Endelig vedtagelse af lokalplan 2.11 for dagligvarebutik ved {vej2}",
  """## @sag
Forslaget har været i offentlig høring fra 6. januar til 3. marts 2027. Der er indkommet fire høringssvar, som er sammenfattet i bilag 2 med forvaltningens bemærkninger. Høringssvarene giver anledning til en mindre ændring af beplantningsbæltet mod nord.
## @ind
- at lokalplanen vedtages endeligt med den beskrevne ændring.
## @bes
Godkendt.""",
  "Forslaget har været i offentlig høring fra 6. januar til 3. marts 2027",
  "the plan was in public consultation for eight weeks before final adoption")

N("missing_hearing", "skolestruktur_hoert", "folkeskoleloven § 24",
  "Sammenlægning af Sønderskolen og Engskolen",
  """## @sag
Forslaget om sammenlægning har været offentliggjort og sendt i høring hos skolebestyrelserne og de faglige organisationer i perioden 7. december 2026 til 1. februar 2027. Der er modtaget 14 høringssvar. Skolebestyrelsen på Engskolen er imod, mens Sønderskolens bestyrelse støtter forslaget.
## @ind
- at skolerne sammenlægges pr. 1. august 2027.
## @bes
Godkendt med 15 stemmer mod 12.""",
  "har været offentliggjort og sendt i høring hos skolebestyrelserne",
  "the proposal was published and the school boards were heard for eight weeks")

# ------------------------------------------------------------------ budget_stop
F("budget_stop", "hjaelpemidler_opbrugt", "serviceloven § 112",
  "Budgetopfølgning – hjælpemidler",
  """## @sag
Budgettet til hjælpemidler forventes overskredet med 3,2 mio. kr. Forvaltningen foreslår en række tiltag, herunder skærpet genbrug.
Når rammen til hjælpemidler for 2027 er opbrugt, gives der ikke flere bevillinger resten af året.
## @ind
- at tiltagene godkendes.
## @bes
Godkendt.""",
  "Når rammen til hjælpemidler for 2027 er opbrugt, gives der ikke flere bevillinger resten af året.")

F("budget_stop", "merudgifter_bero", "serviceloven § 41",
  "Handleplan for økonomisk balance på børne- og familieområdet",
  """## @sag
Området har et forventet merforbrug på 6,8 mio. kr. Som led i handleplanen sættes nye ansøgninger om dækning af merudgifter efter servicelovens § 41 i bero, indtil budget 2028 er vedtaget.
## @ind
- at handleplanen godkendes.
## @chain Børne- og Familieudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "sættes nye ansøgninger om dækning af merudgifter efter servicelovens § 41 i bero, indtil budget 2028 er vedtaget")

N("budget_stop", "kulturpulje_opbrugt", "kommunalfuldmagten",
  "Kulturpuljen – status og lukning af ansøgningsrunde",
  """## @sag
Kulturpuljen på 400.000 kr. er en frivillig pulje uden retskrav. Efter tredje ansøgningsrunde er der bevilget 396.000 kr. Når puljen er opbrugt, kan der ikke søges mere i 2027, og ansøgninger henvises til næste års pulje.
## @ind
- at orienteringen tages til efterretning.
## @bes
Taget til efterretning.""",
  "Når puljen er opbrugt, kan der ikke søges mere i 2027",
  "a voluntary grant pool with no legal claim may close when spent")

N("budget_stop", "ikke_lovbundne", "serviceloven",
  "Tiltag mod merforbrug på ældreområdet",
  """## @sag
For at begrænse merforbruget sættes en opbremsning i gang på de ikke-lovbundne udgifter, herunder kurser, inventar og arrangementer. Lovbundne ydelser efter serviceloven bevilges fortsat efter en konkret vurdering af den enkeltes behov, uanset budgetsituationen.
## @ind
- at tiltagene godkendes.
## @bes
Godkendt.""",
  "Lovbundne ydelser efter serviceloven bevilges fortsat efter en konkret vurdering af den enkeltes behov, uanset budgetsituationen",
  "only non-statutory spending is stopped; statutory benefits are still granted on their merits")

# ------------------------------------------------------------------ unlawful_delegation
F("unlawful_delegation", "aarsregnskab_oeu", "kommunestyrelsesloven § 45",
  "Årsregnskab 2026 – proces for godkendelse",
  """## @sag
Årsregnskabet for 2026 skal afleveres til revisionen senest 1. maj 2027. Af hensyn til tidsplanen foreslås det, at {B} bemyndiger Økonomiudvalget til at godkende årsregnskabet for 2026 endeligt, så det ikke skal behandles på et ekstra byrådsmøde.
## @ind
- at Økonomiudvalget bemyndiges som beskrevet.
## @bes
Godkendt.""",
  "bemyndiger Økonomiudvalget til at godkende årsregnskabet for 2026 endeligt")

F("unlawful_delegation", "tillaegsbevillinger_oeu", "kommunestyrelsesloven § 40, stk. 2",
  "Delegation af bevillingskompetence i 2027",
  """## @sag
For at kunne handle hurtigt ved uforudsete udgifter foreslås det, at Økonomiudvalget i resten af 2027 kan meddele tillægsbevillinger på op til 5 mio. kr. pr. sag uden forelæggelse for {B}.
## @ind
- at Økonomiudvalget får bemyndigelse til at meddele tillægsbevillinger på op til 5 mio. kr. pr. sag.
## @bes
Godkendt.""",
  "Økonomiudvalget får bemyndigelse til at meddele tillægsbevillinger på op til 5 mio. kr. pr. sag")

F("unlawful_delegation", "visitation_privat_firma", "serviceloven § 83, § 88",
  "Udbud af hjemmepleje – ny model",
  """## @sag
Efter udbuddet af hjemmepleje i distrikt Nord har Omsorg Plus ApS vundet kontrakten. For at undgå dobbeltarbejde foreslås det, at Omsorg Plus ApS fremover træffer afgørelse om tildeling og ændring af praktisk hjælp til borgerne i distriktet, mens kommunen fører tilsyn.
## @ind
- at kontrakten godkendes med den beskrevne model.
## @bes
Godkendt.""",
  "Omsorg Plus ApS fremover træffer afgørelse om tildeling og ændring af praktisk hjælp")

F("unlawful_delegation", "styrelsesvedtaegt_borgmester", "kommunestyrelsesloven § 2",
  "Justering af styrelsesvedtægten",
  """## @sag
Med den nye udvalgsstruktur skal styrelsesvedtægten tilpasses. Forvaltningen har udarbejdet et udkast. Det foreslås, at borgmesteren bemyndiges til at foretage de ændringer i styrelsesvedtægten, som den nye struktur kræver, uden yderligere behandling i {B}.
## @ind
- at borgmesteren bemyndiges som beskrevet.
## @bes
Godkendt.""",
  "borgmesteren bemyndiges til at foretage de ændringer i styrelsesvedtægten, som den nye struktur kræver")

N("unlawful_delegation", "delegation_forvaltning_83", "kommunestyrelsesloven § 18",
  "Delegationsplan for Social- og Sundhedsudvalgets område",
  """## @sag
Delegationsplanen er opdateret. Kompetencen til at træffe afgørelse om hjælp efter servicelovens §§ 83, 86 og 112 er delegeret til forvaltningen, som hidtil. Principielle sager og sager om klager forelægges udvalget.
## @ind
- at delegationsplanen godkendes.
## @bes
Godkendt.""",
  "Kompetencen til at træffe afgørelse om hjælp efter servicelovens §§ 83, 86 og 112 er delegeret til forvaltningen",
  "ordinary casework delegated to the administration, with principled cases kept by the committee")

N("unlawful_delegation", "aftale_inden_for_ramme", "kommunestyrelsesloven",
  "Samarbejdsaftale om fælles beredskab",
  """## @sag
{B} godkender i dette møde samarbejdsaftalen og budgettet for det fælles beredskab. Der udestår alene redaktionelle tilpasninger af bilagene. Det foreslås, at Økonomiudvalget bemyndiges til at godkende den endelige sproglige udformning af bilagene inden for den godkendte ramme.
## @ind
- at aftalen godkendes, og at Økonomiudvalget bemyndiges som beskrevet.
## @bes
Godkendt.""",
  "bemyndiges til at godkende den endelige sproglige udformning af bilagene inden for den godkendte ramme",
  "the council decides the agreement itself; only editorial finishing within its frame is left to the committee")

N("unlawful_delegation", "regnskab_selv", "kommunestyrelsesloven § 45",
  "Godkendelse af årsregnskab 2026",
  """## @sag
Årsregnskabet for 2026 viser et resultat af den ordinære drift på 118 mio. kr. Revisionen har ingen væsentlige bemærkninger.
## @ind
- at {B} godkender årsregnskabet for 2026 og oversender det til revisionen,
- at Økonomiudvalget følger op på revisionens mindre bemærkninger.
## @bes
Godkendt.""",
  "at {B} godkender årsregnskabet for 2026 og oversender det til revisionen",
  "the council approves the accounts itself; the committee only follows up")

N("unlawful_delegation", "borgmester_skoede", "kommunestyrelsesloven § 32",
  "Køb af areal til cykelsti langs {vej}",
  """## @sag
Der er opnået enighed med lodsejeren om køb af 1.400 m² til cykelstien for 210.000 kr. Det foreslås, at købet godkendes, og at borgmesteren og kommunaldirektøren bemyndiges til at underskrive skødet.
## @ind
- at købet godkendes.
## @bes
Godkendt.""",
  "borgmesteren og kommunaldirektøren bemyndiges til at underskrive skødet",
  "the council makes the decision; signing the deed is execution")

# ------------------------------------------------------------------ inhabil_member
F("inhabil_member", "formand_forening", "forvaltningsloven § 3",
  "Anlægstilskud til ny kunstgræsbane ved Vestby IF",
  """## @sag
Vestby IF har søgt om et anlægstilskud på 1,2 mio. kr. til en kunstgræsbane. Foreningen selv finansierer 0,8 mio. kr. Karsten Lund (V), der er formand for bestyrelsen i Vestby IF, deltog i behandlingen.
## @ind
- at der gives et anlægstilskud på 1,2 mio. kr.
## @bes
Godkendt.""",
  "Karsten Lund (V), der er formand for bestyrelsen i Vestby IF, deltog i behandlingen")

F("inhabil_member", "aegtefaelle_dispensation", "forvaltningsloven § 3",
  "Dispensation fra lokalplan for {vej} 9",
  """## @sag
Ejeren af {vej} 9, Birgitte Holm, har søgt om dispensation til at opføre et udhus på 45 m² tættere på skel end tilladt. Birgitte Holm er gift med byrådsmedlem Anders Holm (C).
## @ind
- at der gives dispensation.
## @bes
Godkendt. Alle 27 medlemmer deltog i afstemningen.""",
  "Birgitte Holm er gift med byrådsmedlem Anders Holm (C)")

N("inhabil_member", "formand_forlod", "forvaltningsloven § 3",
  "Driftstilskud til Nordby Rideklub",
  """## @sag
Nordby Rideklub har søgt om forhøjet driftstilskud til den nye ridehal.
## @ind
- at driftstilskuddet forhøjes med 60.000 kr. årligt.
## @bes
Inhabil: Marianne Krogh (F), der er kasserer i klubben, erklærede sig inhabil og forlod mødet under behandlingen.
Godkendt.""",
  "erklærede sig inhabil og forlod mødet under behandlingen",
  "the member with an interest declared herself disqualified and left")

N("inhabil_member", "almindeligt_medlem", "forvaltningsloven § 3",
  "Tilskud til Ældresagens besøgstjeneste",
  """## @sag
Ældresagen søger om tilskud efter servicelovens § 18 til besøgstjenesten. Tre byrådsmedlemmer oplyste, at de er almindelige medlemmer af Ældresagen uden tillidshverv. {B} fandt ikke, at et almindeligt medlemskab af en stor landsforening giver en særlig interesse i sagen.
## @ind
- at der gives et tilskud på 85.000 kr.
## @bes
Godkendt.""",
  "fandt ikke, at et almindeligt medlemskab af en stor landsforening giver en særlig interesse i sagen",
  "ordinary membership of a large association is no special interest; the council considered it")

# ------------------------------------------------------------------ fee_without_basis
F("fee_without_basis", "aktindsigt_gebyr", "offentlighedsloven",
  "Takstblad for borgerservice 2027",
  """## @sag
Takstbladet for 2027 indeholder de gebyrer, borgerservice opkræver. Som noget nyt foreslås det, at der opkræves et ekspeditionsgebyr på 250 kr. pr. påbegyndt time for behandling af anmodninger om aktindsigt, når sagen kræver mere end en times arbejde.
## @ind
- at takstbladet godkendes.
## @bes
Godkendt.""",
  "opkræves et ekspeditionsgebyr på 250 kr. pr. påbegyndt time for behandling af anmodninger om aktindsigt")

F("fee_without_basis", "venteliste_dagtilbud", "dagtilbudsloven",
  "Ændring af reglerne for pladsanvisning i dagtilbud",
  """## @sag
Pladsanvisningen oplever mange opskrivninger, som senere trækkes tilbage. For at sikre, at ventelisten afspejler det reelle behov, indføres et gebyr på 300 kr. for optagelse på ventelisten til vuggestue og børnehave. Gebyret tilbagebetales ikke.
## @ind
- at de ændrede regler godkendes.
## @chain Børne- og Skoleudvalget|{udv}
Anbefales.
## @bes
Godkendt.""",
  "indføres et gebyr på 300 kr. for optagelse på ventelisten til vuggestue og børnehave")

F("fee_without_basis", "dispensation_gebyr", "planloven",
  "Gebyrer på plan- og byggeområdet",
  """## @sag
Plan- og Teknikudvalget har drøftet finansieringen af sagsbehandlingen. Byggesagsgebyret opkræves fortsat efter byggelovens regler. Det foreslås desuden, at der opkræves et behandlingsgebyr på 1.500 kr. for hver ansøgning om dispensation fra en lokalplan.
## @ind
- at gebyrerne godkendes med virkning fra 1. april 2027.
## @bes
Godkendt.""",
  "der opkræves et behandlingsgebyr på 1.500 kr. for hver ansøgning om dispensation fra en lokalplan")

F("fee_without_basis", "personlig_pleje_betaling", "serviceloven § 83",
  "Takster på ældreområdet 2027",
  """## @sag
Taksterne for madservice, vask og kørsel til dagcenter reguleres med pris- og lønudviklingen. Herudover foreslås det, at borgere, der modtager personlig pleje i eget hjem, betaler 45 kr. pr. besøg til dækning af kørsel.
## @ind
- at taksterne godkendes.
## @bes
Godkendt.""",
  "borgere, der modtager personlig pleje i eget hjem, betaler 45 kr. pr. besøg")

N("fee_without_basis", "byggesagsgebyr", "byggeloven § 28",
  "Byggesagsgebyr 2027",
  """## @sag
Kommunen opkræver byggesagsgebyr efter byggelovens § 28 for den tid, der medgår til behandling af byggesager. Timeprisen for 2027 foreslås fastsat til 845 kr. Gebyret opkræves ikke for enfamiliehuse, jf. bygningsreglementet.
## @ind
- at timeprisen fastsættes til 845 kr.
## @bes
Godkendt.""",
  "Kommunen opkræver byggesagsgebyr efter byggelovens § 28",
  "the building fee has its statutory basis in the Building Act")

N("fee_without_basis", "foraeldrebetaling", "dagtilbudsloven §§ 31-33",
  "Forældrebetaling i dagtilbud 2027",
  """## @sag
Forældrebetalingen fastsættes efter dagtilbudslovens §§ 31-33, hvorefter forældrene højst betaler 25 pct. af budgetterede bruttodriftsudgifter. Taksten for vuggestue bliver 3.980 kr. og for børnehave 2.210 kr. pr. måned i 11 måneder.
## @ind
- at taksterne godkendes.
## @bes
Godkendt.""",
  "Forældrebetalingen fastsættes efter dagtilbudslovens §§ 31-33",
  "parental payment is set under the Day Care Act within its 25 per cent ceiling")

N("fee_without_basis", "madservice_maksimum", "serviceloven § 161",
  "Pris for madservice 2027",
  """## @sag
Prisen for en hovedret til hjemmeboende fastsættes efter servicelovens § 161 og bekendtgørelsen om betaling for madservice. Den foreslåede pris på 59 kr. ligger under den maksimale pris, ministeriet har fastsat for 2027.
## @ind
- at prisen godkendes.
## @bes
Godkendt.""",
  "fastsættes efter servicelovens § 161 og bekendtgørelsen om betaling for madservice",
  "payment for meals has a basis in the Social Services Act and the ministry's maximum")

N("fee_without_basis", "sundhedskort_erstatning", "sundhedsloven",
  "Gebyr for erstatningssundhedskort",
  """## @sag
Ved udstedelse af et nyt sundhedskort til erstatning for et bortkommet kort opkræves et gebyr på 175 kr. efter sundhedsloven og bekendtgørelsen om sundhedskort. Det første kort er gratis.
## @ind
- at orienteringen tages til efterretning.
## @bes
Taget til efterretning.""",
  "opkræves et gebyr på 175 kr. efter sundhedsloven og bekendtgørelsen om sundhedskort",
  "the replacement-card fee is set by statute and order")

# ------------------------------------------------------------------ complaint_guidance
F("complaint_guidance", "miljoepaabud_ankestyrelsen", "miljøbeskyttelsesloven § 91",
  "Påbud om etablering af gyllebeholder på Hedegården",
  """## @sag
Ejeren af Hedegården har ikke overholdt kravet om opbevaringskapacitet til husdyrgødning. {B} har overtaget sagen fra udvalget, fordi ejeren har anmodet om det.
## @ind
- at der meddeles påbud om etablering af en ny gyllebeholder senest 1. november 2027.
## @bes
Godkendt.
Afgørelsen kan påklages til Ankestyrelsen inden 4 uger efter, at den er meddelt.""",
  "Afgørelsen kan påklages til Ankestyrelsen inden 4 uger efter, at den er meddelt.")

F("complaint_guidance", "landzone_mangler", "planloven § 35, § 58",
  "Ansøgning om landzonetilladelse til hotel ved Nørre Sø",
  """## @sag
Der er søgt om landzonetilladelse til at ombygge en tidligere kro ved Nørre Sø til hotel med 28 værelser. Projektet strider mod kommuneplanens retningslinjer for det åbne land.
## @ind
- at der gives afslag på landzonetilladelse.
## @bes
Godkendt. Ansøger underrettes om afgørelsen.""",
  "Godkendt. Ansøger underrettes om afgørelsen.")

F("complaint_guidance", "planklagenaevn_8_uger", "planloven § 60",
  "Dispensation fra bevarende lokalplan for Torvegade 12",
  """## @sag
Ejeren af Torvegade 12 har søgt om dispensation til udskiftning af vinduer med plastvinduer i en bevaringsværdig bygning.
## @ind
- at der meddeles afslag.
## @bes
Godkendt.
Klagevejledning: Afgørelsen kan påklages til Planklagenævnet inden 8 uger fra modtagelsen.""",
  "Afgørelsen kan påklages til Planklagenævnet inden 8 uger fra modtagelsen.")

F("complaint_guidance", "byggesag_brev", "byggeloven § 23",
  "Lovliggørelse af carport på {vej2} 31",
  """## @sag
Ejeren har opført en carport uden tilladelse. Forvaltningen har vurderet, at carporten ikke kan lovliggøres.
## @ind
- at ejeren påbydes at fjerne carporten inden 3 måneder.
## @bes
Godkendt.
Klage over afgørelsen skal sendes med almindelig post til Teknik og Miljø, Rådhuset, som videresender den.""",
  "Klage over afgørelsen skal sendes med almindelig post til Teknik og Miljø, Rådhuset, som videresender den.")

N("complaint_guidance", "miljoepaabud_korrekt", "miljøbeskyttelsesloven § 91",
  "Påbud om støjdæmpning på Vestby Motorbane",
  """## @sag
Målinger viser, at banen overskrider støjgrænserne om aftenen.
## @ind
- at der meddeles påbud om støjdæmpning.
## @bes
Godkendt.
Afgørelsen kan påklages til Miljø- og Fødevareklagenævnet inden 4 uger efter, at den er meddelt. Klagen indgives via Klageportalen.""",
  "Afgørelsen kan påklages til Miljø- og Fødevareklagenævnet inden 4 uger efter, at den er meddelt.",
  "correct appeal body, deadline and form (Klageportalen)")

N("complaint_guidance", "skoledistrikt_ikke_klage", "folkeskoleloven § 36",
  "Ændring af skoledistriktet mellem Nordby og Søby",
  """## @sag
Forslaget har været i høring hos skolebestyrelserne. Ændringen berører 22 husstande.
## @ind
- at skoledistriktet ændres pr. 1. august 2027.
## @bes
Godkendt.
Beslutningen om skoledistrikter er en generel beslutning og kan ikke indbringes for anden administrativ myndighed.""",
  "Beslutningen om skoledistrikter er en generel beslutning og kan ikke indbringes for anden administrativ myndighed.",
  "a general decision on school districts has no administrative appeal; saying so is right")

N("complaint_guidance", "socialklage_korrekt", "retssikkerhedsloven §§ 66-67",
  "Genbehandling af sag om merudgifter efter Ankestyrelsens hjemvisning",
  """## @sag
Ankestyrelsen har hjemvist en sag om dækning af merudgifter efter servicelovens § 100. Sagen er forelagt {B}, fordi den er principiel.
## @ind
- at der gives dækning af merudgifter på 1.450 kr. om måneden.
## @bes
Godkendt.
Afgørelsen kan påklages til Ankestyrelsen inden 4 uger efter modtagelsen. Klagen sendes til kommunen, som genvurderer sagen.""",
  "Afgørelsen kan påklages til Ankestyrelsen inden 4 uger efter modtagelsen. Klagen sendes til kommunen",
  "correct appeal body and route under the Legal Protection Act")

N("complaint_guidance", "byggeklage_korrekt", "byggeloven § 23",
  "Afslag på dispensation til tagterrasse på {vej} 5",
  """## @sag
Der er søgt om dispensation fra bygningsreglementets bestemmelser om indbliksgener.
## @ind
- at der gives afslag.
## @bes
Godkendt.
Afgørelsen kan påklages til Byggeklageenheden inden 4 uger. Klagen indgives via Klageportalen.""",
  "Afgørelsen kan påklages til Byggeklageenheden inden 4 uger. Klagen indgives via Klageportalen.",
  "correct appeal body, deadline and form for a building decision")

# ------------------------------------------------------------------ not drawn (committee / outside the period)
X("fee_without_basis", "oeu_skoedekopi", "offentlighedsloven",
  "Takster for kopier og udskrifter",
  """## @sag
Økonomiudvalget fastsætter taksterne for kopier. Der opkræves 150 kr. for en elektronisk kopi af dokumenter udleveret efter aktindsigt.
## @bes
Godkendt.""",
  "Der opkræves 150 kr. for en elektronisk kopi af dokumenter udleveret efter aktindsigt.",
  "Økonomiudvalget's meeting is not a council meeting in the sample", "committee")

X("personal_data", "oeu_navn_gaeld", "databeskyttelsesforordningen",
  "Afskrivning af fordring",
  """## @sag
Fordringen mod Svend Åge Poulsen, Byvej 2, der er dement og bor på plejehjem, foreslås afskrevet.
## @bes
Godkendt.""",
  "Svend Åge Poulsen, Byvej 2, der er dement og bor på plejehjem",
  "Økonomiudvalget's meeting is not a council meeting in the sample", "committee")

X("unlawful_delegation", "udenfor_budget", "kommunestyrelsesloven § 38",
  "Proces for budget 2028",
  """## @sag
Det foreslås, at Økonomiudvalget vedtager budgettet for 2028 endeligt i oktober.
## @bes
Godkendt.""",
  "Økonomiudvalget vedtager budgettet for 2028 endeligt",
  "a council meeting outside 2027H1", "out_of_period")

X("retroactive_reduction", "udenfor_tilskud", "kommunalfuldmagten",
  "Regulering af tilskud til lokalhistoriske arkiver",
  """## @sag
Tilskuddet til de lokalhistoriske arkiver nedsættes med 10 pct. med tilbagevirkende kraft fra årets begyndelse.
## @bes
Godkendt.""",
  "nedsættes med 10 pct. med tilbagevirkende kraft fra årets begyndelse",
  "a council meeting outside 2027H1", "out_of_period")


# ------------------------------------------------------------------ ordinary items
OPENING_PAIR = (
    dict(title="Godkendelse af dagsorden", body="## @bes\nDagsordenen blev godkendt."),
    dict(title="Godkendelse af dagsorden for Økonomiudvalgets møde", body="## @bes\nGodkendt."),
)

ORDINARY = [
    dict(title="Budgetopfølgning pr. 31. marts 2027", body="""## @sag
Budgetopfølgningen viser et forventet mindreforbrug på serviceudgifterne på {beloeb} kr. Anlægsområdet forventes at holde rammen.
## @ind
- at budgetopfølgningen tages til efterretning.
## @bes
Taget til efterretning."""),
    dict(title="Anlægsbevilling til renovering af {vej}", body="""## @sag
Kloak og belægning på {vej} er nedslidt. Arbejdet udføres i samarbejde med forsyningen og forventes afsluttet i oktober.
## @ind
- at der gives en anlægsbevilling på {beloeb} kr.
## @bes
Godkendt."""),
    dict(title="Valg af stedfortræder til Folkeoplysningsudvalget", body="""## @sag
Et medlem af udvalget er fraflyttet kommunen. Den gruppe, der udpegede medlemmet, har peget på en ny stedfortræder.
## @bes
Godkendt."""),
    dict(title="Trafiksikkerhedsplan 2027-2030", body="""## @sag
Planen indeholder 24 projekter, blandt andet hastighedsdæmpning ved skolerne og en ny krydsning af {vej2}. Planen har været drøftet med Færdselssikkerhedsrådet.
## @ind
- at trafiksikkerhedsplanen godkendes.
## @bes
Godkendt."""),
    dict(title="Ansøgning om kommunegaranti for {kommune} Fjernvarme", body="""## @sag
Fjernvarmeselskabet skal optage et lån på {beloeb} kr. til udskiftning af ledninger. Der er hjemmel til garantien i lånebekendtgørelsen, og garantiprovisionen er fastsat på markedsvilkår.
## @ind
- at der stilles garanti.
## @bes
Godkendt."""),
    dict(title="Orientering om ny klimahandlingsplan", body="""## @sag
Forvaltningen orienterer om arbejdet med klimahandlingsplanen, herunder målet om 70 pct. reduktion i 2030 og de nye solcelleanlæg på skolerne.
## @bes
Taget til efterretning."""),
    dict(title="Mødeplan for {B} 2028", body="""## @sag
Forslaget til mødeplan indeholder 11 ordinære møder. Møderne holdes som udgangspunkt kl. 17.00.
## @bes
Godkendt."""),
    dict(title="Navngivning af ny vej i udstykningen ved {vej}", body="""## @sag
Vejnavneudvalget har foreslået navnet Kløvermarken. Navnet er sendt til høring i lokalrådet, som støtter forslaget.
## @bes
Godkendt."""),
    dict(title="Frigivelse af midler til legeplads i Nordby", body="""## @sag
Der er afsat {beloeb} kr. i investeringsoversigten. Legepladsen indrettes i samarbejde med børnehaven og grundejerforeningen.
## @bes
Godkendt."""),
    dict(title="Revideret beredskabsplan", body="""## @sag
Den samlede beredskabsplan er opdateret efter øvelsen i efteråret. Ændringerne vedrører især evakueringssteder og kommunikation.
## @bes
Godkendt."""),
    dict(title="Udvidelse af Nordby Bibliotek – projektforslag", body="""## @sag
Projektforslaget udvider biblioteket med 300 m² til studiepladser og et makerspace. Byggeriet forventes påbegyndt i 2028.
## @ind
- at projektforslaget godkendes.
## @bes
Godkendt."""),
    dict(title="Takster for vand og spildevand 2027 – orientering", body="""## @sag
Forsyningen har fastsat taksterne for 2027. Kommunen har påset, at taksterne overholder prisloftet.
## @bes
Taget til efterretning."""),
    dict(title="Samarbejdsaftale med Erhvervshus Syd om iværksætteri", body="""## @sag
Aftalen gælder for 2027-2028 og omfatter vejledning af nye virksomheder og fælles arrangementer.
## @bes
Godkendt."""),
    dict(title="Udpegning af medlemmer til Handicaprådet", body="""## @sag
Danske Handicaporganisationer har indstillet tre medlemmer og tre stedfortrædere.
## @bes
Godkendt."""),
    dict(title="Salg af brugt materiel fra Vej og Park", body="""## @sag
Tre brugte traktorer og en fejemaskine er solgt på offentlig auktion for i alt {beloeb} kr. Indtægten tilgår driften.
## @bes
Taget til efterretning."""),
    dict(title="Evaluering af sommerferieaktiviteter for børn og unge", body="""## @sag
1.240 børn deltog i aktiviteterne i sommeren 2026. Evalueringen viser høj tilfredshed, særligt med sejlerskolen og naturlejren.
## @bes
Taget til efterretning."""),
    dict(title="Godkendelse af regnskab for Nordby Havn", body="""## @sag
Havnens regnskab for 2026 viser et overskud på {beloeb} kr. Revisionen har ingen bemærkninger.
## @bes
Godkendt."""),
    dict(title="Forslag fra A om flere skraldespande ved stranden", body="""## @sag
Socialdemokratiet har bedt om, at sagen optages på dagsordenen. Forvaltningen oplyser, at der kan opsættes 20 ekstra spande inden for budgettet.
## @bes
Forslaget blev oversendt til Teknik- og Miljøudvalget."""),
    dict(title="Ændring af vedtægt for Ungdomsskolen", body="""## @sag
Vedtægten tilpasses den nye lov om ungdomsskoler. Ungdomsskolebestyrelsen har udtalt sig og støtter ændringen.
## @bes
Godkendt."""),
    dict(title="Lånoptagelse 2027", body="""## @sag
Kommunens låneramme for 2027 udgør {beloeb} kr. Lånet optages som fastforrentet lån i KommuneKredit.
## @ind
- at der optages lån som beskrevet.
## @bes
Godkendt."""),
    dict(title="Meddelelser fra borgmesteren", body="""## @sag
Borgmesteren orienterede om besøget fra venskabsbyen og om status på den nye station.
## @bes
Taget til efterretning."""),
    dict(title="Spørgsmål fra medlemmer", body="""## @sag
Der blev spurgt til vintervedligeholdelsen af cykelstierne. Formanden for Teknik- og Miljøudvalget svarede.
## @bes
Ingen bemærkninger."""),
]
