# -*- coding: utf-8 -*-
"""Agenda items for the independent spot corpus 18 (2026H1).

Every variant is a function (c) -> item dict, where c is a Ctx with c.h (0 = dev, 1 = holdout),
c.w(dev, holdout) choosing the wording of the half, c.rng, names and the meeting date.
Blocks: str (paragraph), ("ul", [...]), ("table", [header...], [[row...], ...]).
The item's "phrase" must be a verbatim substring of one block (or table cell)."""
import datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def fdate(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def ndate(d):
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


def first_of(d, months_delta):
    m = d.month - 1 + months_delta
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


def kr(n):
    s = "{:,}".format(n).replace(",", ".")
    return s + " kr."


def item(title, sections, phrase, cls, expect, variant, law, why_quiet=None, closed=False):
    d = dict(title=title, sections=sections, phrase=phrase, cls=cls, expect=expect, variant=variant,
             law=law, closed=closed)
    if why_quiet:
        d["why_quiet"] = why_quiet
    return d


# ---------------------------------------------------------------- section names per half
def S(c, key):
    names = {
        "bg": ("Sagsfremstilling", "Sagens kerne"),
        "bg2": ("Beskrivelse af sagen", "Redegørelse"),
        "rec": ("Indstilling", "Forvaltningen indstiller"),
        "eco": ("Økonomiske konsekvenser", "Økonomi"),
        "law": ("Lovgrundlag", "Retsgrundlag"),
        "hear": ("Høring", "Høring og sagsgang"),
        "hab": ("Habilitet", "Inhabilitet"),
    }
    return names[key][c.h]


def DEC(c):
    if c.h == 0:
        return "Beslutning i %s den %s" % (c.kb, fdate(c.date))
    return "%s beslutning" % ("Byrådets" if c.kb == "Byrådet" else "Kommunalbestyrelsens")


# ================================================================ fixed_limit (serviceloven)
LAW_FIX = "serviceloven §§ 83, 85 – konkret og individuel vurdering af behovet"


def fix_table(c):
    cell = c.w("højst 2 bade", "maks. 2 gange")
    return item(c.w("Kvalitetsstandard for personlig pleje og praktisk hjælp 2026",
                    "Revideret serviceniveau for hjemmehjælp efter § 83"),
                [(S(c, "bg"), [c.w("Social- og Sundhedsudvalget har gennemgået kvalitetsstandarden for hjælp efter servicelovens § 83. "
                                   "Af hensyn til budgetoverholdelsen fastlægges serviceniveauet således:",
                                   "Forvaltningen har revideret kvalitetsstandarden for hjælp og støtte efter servicelovens § 83 "
                                   "og foreslår følgende faste rammer for alle visiterede borgere:"),
                               ("table", ["Ydelse", "Omfang", "Hyppighed"],
                                [["Rengøring", c.w("1 time", "60 minutter"), c.w("hver 14. dag", "hver anden uge")],
                                 ["Bad", cell, c.w("om ugen", "pr. uge")],
                                 ["Tøjvask", c.w("1 maskine", "én maskinfuld"), c.w("hver 14. dag", "hver anden uge")]]),
                               c.w("Rammerne i tabellen gælder for alle borgere, der modtager hjælp.",
                                   "Tabellen udgør det samlede serviceniveau på området.")]),
                 (S(c, "rec"), [("ul", ["at kvalitetsstandarden godkendes med virkning fra %s" % fdate(first_of(c.date, 1))])]),
                 (DEC(c), ["Godkendt."])],
                cell, "fixed_limit", "flag", "table-limit", LAW_FIX)


def fix_words(c):
    ph = c.w("to bade om ugen og ikke flere", "højst fire timer ugentligt pr. borger")
    txt = c.w("Det foreslås, at borgere i eget hjem fremover kan få to bade om ugen og ikke flere. Ønsker borgeren yderligere, "
              "må det ske for egen regning.",
              "Socialpædagogisk støtte efter servicelovens § 85 til borgere i eget hjem udgør fremover højst fire timer ugentligt pr. borger. "
              "Behov herudover henvises til frivillige tilbud.")
    return item(c.w("Serviceniveau for personlig pleje – tilpasning", "Serviceniveau for støtte i eget hjem (§ 85)"),
                [(S(c, "bg"), [c.w("Som led i budgetaftalen for 2026 skal der findes besparelser på ældreområdet.",
                                   "Budgetaftalen 2026 forudsætter en reduktion af udgifterne på voksenhandicapområdet."), txt]),
                 (S(c, "rec"), [("ul", ["at det ændrede serviceniveau godkendes"])]),
                 (DEC(c), [c.w("Indstillingen godkendt.", "Godkendt som indstillet.")])],
                ph, "fixed_limit", "flag", "limit-in-words", LAW_FIX)


def fix_cut(c):
    ph = c.w("fra hver uge til hver anden uge", "hver anden uge i stedet for hver uge")
    return item(c.w("Ændret hyppighed for rengøring i hjemmeplejen", "Rengøringshjælp – ny frekvens"),
                [(S(c, "bg"), [c.w("Rengøring i hjemmeplejen ændres for alle borgere fra hver uge til hver anden uge. "
                                   "Ændringen gennemføres samlet pr. %s." % fdate(first_of(c.date, 2)),
                                   "Fremover leveres rengøring til samtlige borgere hver anden uge i stedet for hver uge. "
                                   "Ændringen sker for alle på én gang fra %s." % fdate(first_of(c.date, 2))),
                               c.w("Besparelsen udgør 1,8 mio. kr. årligt.", "Ændringen giver en mindreudgift på ca. 2,1 mio. kr. om året.")]),
                 (S(c, "rec"), [("ul", ["at rengøringsfrekvensen ændres som beskrevet"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fixed_limit", "flag", "frequency-cut", LAW_FIX)


def fix_pct(c):
    ph = c.w("fra 85 til 70 procent", "70 procent i stedet for 85 procent")
    return item(c.w("Tidsstandarder i hjemmeplejen", "Udmåling af tid til personlig pleje"),
                [(S(c, "bg"), [c.w("Den visiterede tid til personlig pleje sænkes fra 85 til 70 procent af tidsstandarden. "
                                   "Satsen anvendes ens for alle borgere.",
                                   "Tiden til personlig pleje udmåles fremover til 70 procent i stedet for 85 procent af den tid, "
                                   "tidsstandarden angiver, uanset borgerens behov.")]),
                 (S(c, "eco"), [c.w("Besparelse 3,2 mio. kr. i 2026.", "Mindreudgiften er beregnet til 3,0 mio. kr. i 2026.")]),
                 (S(c, "rec"), [("ul", ["at udmålingen ændres som beskrevet"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fixed_limit", "flag", "percentage-cut", LAW_FIX)


def fixq_guiding(c):
    ph = c.w("konkret og individuel vurdering", "individuel vurdering af den enkelte borgers behov")
    return item(c.w("Kvalitetsstandard for hjælp i eget hjem – vejledende niveauer",
                    "Vejledende serviceniveau for personlig pleje"),
                [(S(c, "bg"), [c.w("Kvalitetsstandarden beskriver det vejledende serviceniveau:",
                                   "Forvaltningen har opdateret de vejledende niveauer i kvalitetsstandarden:"),
                               ("table", ["Ydelse", c.w("Vejledende omfang", "Omfang (vejledende)"), "Hyppighed"],
                                [["Rengøring", "1 time", c.w("hver 14. dag", "hver anden uge")],
                                 ["Bad", "2 bade", "om ugen"]]),
                               c.w("Niveauerne er vejledende. Hjælpen udmåles altid efter en konkret og individuel vurdering, "
                                   "og der kan bevilges mere, hvis behovet tilsiger det.",
                                   "Omfanget er vejledende, og hjælpen tildeles efter en individuel vurdering af den enkelte borgers behov.")]),
                 (S(c, "rec"), [("ul", ["at kvalitetsstandarden godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fixed_limit", "quiet", "guiding-table", LAW_FIX, "levels are guiding, individual assessment stated")


def fixq_increase(c):
    ph = c.w("fra hver anden uge til hver uge", "hver uge i stedet for hver anden uge")
    return item(c.w("Udvidelse af rengøring i hjemmeplejen", "Løft af rengøringsindsatsen"),
                [(S(c, "bg"), [c.w("Med budgetaftalen udvides rengøringen fra hver anden uge til hver uge for borgere, der er visiteret til rengøring.",
                                   "Efter budgetaftalen leveres rengøring fremover hver uge i stedet for hver anden uge til visiterede borgere."),
                               c.w("Visitationen sker fortsat efter en individuel vurdering.", "Tildelingen sker som hidtil efter en konkret vurdering.")]),
                 (S(c, "rec"), [("ul", ["at udvidelsen godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fixed_limit", "quiet", "increase", LAW_FIX, "service is increased, not limited")


def fixq_pct_up(c):
    ph = c.w("fra 70 til 85 procent", "85 procent i stedet for 70 procent")
    return item(c.w("Tidsstandarder – tilbagerulning", "Udmåling af tid – justering efter evaluering"),
                [(S(c, "bg"), [c.w("Evalueringen viser, at tiden var for knap. Den vejledende tid hæves fra 70 til 85 procent af tidsstandarden, "
                                   "og visitator kan fortsat bevilge mere efter en konkret vurdering.",
                                   "På baggrund af evalueringen udmåles tiden fremover til 85 procent i stedet for 70 procent af tidsstandarden "
                                   "som vejledende udgangspunkt, og der foretages fortsat en konkret vurdering.")]),
                 (S(c, "rec"), [("ul", ["at justeringen godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fixed_limit", "quiet", "percentage-increase", LAW_FIX, "a raise, guiding, with individual assessment")


def fixq_motion(c):
    ph = c.w("maks. 4 timer", "højst 4 timer")
    return item(c.w("Budgetopfølgning på handicapområdet", "Økonomiopfølgning – voksenhandicap"),
                [(S(c, "bg"), [c.w("Området forventer et merforbrug på 4,6 mio. kr.", "Der forventes et merforbrug på 5,1 mio. kr. på området.")]),
                 (S(c, "rec"), [("ul", ["at budgetopfølgningen tages til efterretning"])]),
                 (DEC(c), [c.w("%s (O) stillede ændringsforslag om, at støtte efter § 85 begrænses til maks. 4 timer om ugen. "
                               "Forslaget blev forkastet med 2 stemmer for og 23 imod. Budgetopfølgningen blev taget til efterretning." % c.name(),
                               "Ændringsforslag fra %s (O) om en fast grænse på højst 4 timer ugentlig støtte efter § 85 faldt "
                               "(for stemte 2, imod stemte 21). Indstillingen blev herefter godkendt." % c.name())])],
                ph, "fixed_limit", "quiet", "rejected-motion", LAW_FIX, "limit only in a rejected motion")


# ================================================================ retroactive reductions
LAW_RETRO = "tilbagevirkende forringelse – virkningstidspunkt før beslutningen"


def retro_table(c):
    d0 = first_of(c.date, 0 if c.date.day >= 10 else -1)
    ph = ndate(d0) if c.h == 0 else fdate(d0)
    return item(c.w("Tilskud til særlig kørsel – ændrede satser", "Kørselsordning for handicappede – nye satser"),
                [(S(c, "bg"), [c.w("Satserne for kommunens tilskud til kørsel tilpasses budgettet:",
                                   "Forvaltningen foreslår følgende satser for kommunens andel af kørselsudgiften:"),
                               ("table", ["Ydelse", c.w("Nuværende", "Hidtidig sats"), c.w("Ny", "Ny sats"),
                                          c.w("Gældende fra", "Ikrafttræden")],
                                [[c.w("Tilskud pr. tur", "Kommunal andel pr. tur"), "95 kr.", "70 kr.", ph],
                                 [c.w("Årligt antal ture", "Ture pr. år"), "104", "104", ph]])]),
                 (S(c, "rec"), [("ul", ["at de nye satser godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "retroactive", "flag", "table-date-before-meeting", LAW_RETRO)


def retro_field(c):
    d0 = first_of(c.date, -1)
    ph = c.w("Ikrafttræden: %s" % fdate(d0), "Virkningstidspunkt: %s" % ndate(d0))
    return item(c.w("Nedsættelse af tilskud til ledsagerkort", "Ledsagerordning – lavere tilskud"),
                [(S(c, "bg"), [c.w("Kommunens tilskud til ledsagerudgifter nedsættes fra 1.200 kr. til 800 kr. årligt pr. modtager.",
                                   "Tilskuddet til ledsagerudgifter sænkes fra 1.100 kr. til 750 kr. årligt for hver modtager."),
                               ph]),
                 (S(c, "rec"), [("ul", ["at nedsættelsen godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "retroactive", "flag", "field-date-before-meeting", LAW_RETRO)


def retro_text(c):
    d0 = first_of(c.date, -2)
    ph = c.w("med virkning fra %s" % fdate(d0), "gældende fra den %s" % fdate(d0))
    return item(c.w("Madservice – ny egenbetaling og mindre portion", "Madordning for hjemmeboende – ændringer"),
                [(S(c, "bg"), [c.w("Antallet af retter i menuen reduceres fra to til én, med virkning fra %s, og borgerne informeres skriftligt." % fdate(d0),
                                   "Biretten udgår af madservicen, gældende fra den %s. Borgerne får brev om ændringen." % fdate(d0))]),
                 (S(c, "rec"), [("ul", ["at ændringen godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "retroactive", "flag", "text-date-before-meeting", LAW_RETRO)


def retroq_future(c):
    d0 = first_of(c.date, 2)
    ph = ndate(d0) if c.h == 0 else fdate(d0)
    return item(c.w("Tilskud til befordring – nye satser", "Befordringstilskud – ændrede takster"),
                [(S(c, "bg"), [c.w("Satserne for befordringstilskud tilpasses:", "Forvaltningen foreslår nye takster for befordringstilskud:"),
                               ("table", ["Ydelse", "Nuværende", "Ny", c.w("Gældende fra", "Ikrafttræden")],
                                [["Tilskud pr. km", "2,10 kr.", "1,90 kr.", ph]]),
                               c.w("Borgerne varsles skriftligt inden ændringen.", "Modtagerne orienteres ved brev før ændringen.")]),
                 (S(c, "rec"), [("ul", ["at satserne godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "retroactive", "quiet", "future-date", LAW_RETRO, "effective date after the meeting")


def retroq_increase(c):
    d0 = first_of(c.date, -1)
    ph = c.w("forhøjes fra 1.200 kr. til 1.500 kr.", "hæves fra 1.100 kr. til 1.400 kr.")
    return item(c.w("Forhøjelse af tilskud til ledsagerkort", "Ledsagerordning – højere tilskud"),
                [(S(c, "bg"), [c.w("Tilskuddet til ledsagerudgifter forhøjes fra 1.200 kr. til 1.500 kr. med virkning fra %s." % fdate(d0),
                                   "Tilskuddet til ledsagerudgifter hæves fra 1.100 kr. til 1.400 kr. med tilbagevirkende kraft fra %s." % fdate(d0))]),
                 (S(c, "rec"), [("ul", ["at forhøjelsen godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "retroactive", "quiet", "retroactive-increase", LAW_RETRO, "retroactive, but an increase")


def retroq_minority(c):
    d0 = first_of(c.date, -1)
    ph = c.w("med virkning fra %s" % fdate(d0), "fra den %s" % fdate(d0))
    return item(c.w("Aktivitetstilskud til dagcentre", "Dagcentre – tilskudsramme 2026"),
                [(S(c, "bg"), [c.w("Tilskuddet fastholdes på 2025-niveau fremskrevet med pris- og lønudvikling.",
                                   "Rammen videreføres uændret i faste priser.")]),
                 (S(c, "rec"), [("ul", ["at tilskudsrammen godkendes"])]),
                 (DEC(c), [c.w("Godkendt. %s (I) foreslog at nedsætte tilskuddet med 10 procent med virkning fra %s; forslaget fik ikke flertal." % (c.name(), fdate(d0)),
                               "Indstillingen blev godkendt. Et forslag fra %s (I) om en nedsættelse fra den %s blev forkastet." % (c.name(), fdate(d0)))])],
                ph, "retroactive", "quiet", "rejected-motion", LAW_RETRO, "retroactive cut only in a rejected motion")


# ================================================================ fees without legal basis
LAW_FEE = "gebyrer kræver lovhjemmel"


def fee_table(c, label, a, b, title):
    return item(title,
                [(S(c, "bg"), [c.w("Takstbladet for 2026 foreslås således:", "Forvaltningen har udarbejdet takster for 2026:"),
                               ("table", ["", "2025", "2026"], [[label, a, b], [c.w("Kopi af tegning (pr. stk.)", "Udskrift af tegning"), "25 kr.", "25 kr."]])]),
                 (S(c, "rec"), [("ul", ["at taksterne for 2026 godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                label, "fee", "flag", "two-numbers-no-basis", LAW_FEE)


def fee1(c):
    return fee_table(c, c.w("Gebyr for aktindsigt", "Ekspeditionsgebyr, aktindsigt"), "0 kr.", c.w("150 kr.", "175 kr."),
                     c.w("Takster for administrative ydelser 2026", "Takstblad – borgerservice 2026"))


def fee2(c):
    return fee_table(c, c.w("Visitationsgebyr, hjemmehjælp", "Administrationsgebyr ved ansøgning om hjælpemiddel"), c.w("100 kr.", "50 kr."),
                     c.w("250 kr.", "200 kr."), c.w("Takster på ældreområdet 2026", "Gebyrer i Sundhed og Omsorg"))


def fee3(c):
    item_ = fee_table(c, c.w("Gebyr for udstedelse af ledsagerkort", "Gebyr pr. handicapparkeringskort"), c.w("50 kr.", "75 kr."),
                      c.w("125 kr.", "150 kr."), c.w("Takster for kort og attester", "Prisliste for kort og attester 2026"))
    return item_


def feeq_basis(c, ph, text, title):
    return item(title,
                [(S(c, "bg"), [c.w("Takstbladet for 2026 foreslås således:", "Forvaltningen har udarbejdet takster for 2026:"),
                               ("table", ["", "2025", "2026"], [[c.w("Affaldsgebyr, helårshus", "Renovation pr. husstand"), "2.950 kr.", "3.120 kr."]])]),
                 (S(c, "law"), [text]),
                 (S(c, "rec"), [("ul", ["at taksterne for 2026 godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fee", "quiet", "basis-cited", LAW_FEE, "legal basis cited")


def feeq1(c):
    ph = c.w("miljøbeskyttelseslovens § 48", "§ 48 i miljøbeskyttelsesloven")
    return feeq_basis(c, ph, c.w("Gebyret opkræves efter miljøbeskyttelseslovens § 48 og affaldsbekendtgørelsen og hviler i sig selv.",
                                 "Gebyret er fastsat med hjemmel i § 48 i miljøbeskyttelsesloven og affaldsbekendtgørelsens regler om hvile-i-sig-selv."),
                      c.w("Affaldstakster 2026", "Takster for renovation 2026"))


def feeq2(c):
    ph = c.w("servicelovens § 161", "§ 161 i serviceloven")
    return item(c.w("Egenbetaling for madservice 2026", "Pris for madservice 2026"),
                [(S(c, "bg"), [("table", ["", "2025", "2026"], [[c.w("Hovedret", "Hovedret pr. portion"), "58 kr.", "60 kr."]])]),
                 (S(c, "law"), [c.w("Egenbetalingen fastsættes efter servicelovens § 161 og ligger under det maksimumsbeløb, ministeriet har fastsat.",
                                    "Betalingen sker med hjemmel i § 161 i serviceloven og holder sig under det fastsatte maksimum.")]),
                 (S(c, "rec"), [("ul", ["at egenbetalingen godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fee", "quiet", "basis-cited", LAW_FEE, "legal basis cited")


def feeq3(c):
    ph = c.w("dagtilbudslovens § 32", "§ 32 i dagtilbudsloven")
    return item(c.w("Forældrebetaling i dagtilbud 2026", "Takster for dagtilbud 2026"),
                [(S(c, "bg"), [("table", ["", "2025", "2026"], [["Vuggestue, pr. måned", "3.640 kr.", "3.720 kr."], ["Børnehave, pr. måned", "2.010 kr.", "2.060 kr."]])]),
                 (S(c, "law"), [c.w("Taksterne fastsættes efter dagtilbudslovens § 32 med en forældreandel på højst 25 procent.",
                                    "Forældrebetalingen følger § 32 i dagtilbudsloven, hvorefter forældreandelen højst er 25 procent.")]),
                 (S(c, "rec"), [("ul", ["at taksterne godkendes"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "fee", "quiet", "basis-cited", LAW_FEE, "legal basis cited")


# ================================================================ inhabil members
LAW_INH = "forvaltningsloven § 3, kommunestyrelsesloven § 14"


def inh_chair(c):
    m = c.member()
    ph = c.w("hvis formand er byrådsmedlem %s" % m, "formand for foreningen er %s" % m)
    ass = c.w("Idrætsforeningen Nordstjernen", "Boldklubben Vestervang")
    return item(c.w("Anlægstilskud til %s" % ass, "Ansøgning om lån og tilskud – %s" % ass),
                [(S(c, "bg"), [c.w("%s, hvis formand er byrådsmedlem %s, søger om et anlægstilskud på 450.000 kr. til nyt klubhus." % (ass, m),
                                   "%s søger 500.000 kr. til renovering af omklædningsrum. Formand for foreningen er %s." % (ass, m))]),
                 (S(c, "rec"), [("ul", ["at der gives tilskud som ansøgt"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "inhabil", "flag", "chairman-of-applicant-present-per-attendance-list", LAW_INH)


def inh_spouse(c):
    m = c.member()
    sur = m.split()[-1]
    ph = c.w("ægtefælle til byrådsmedlem %s" % m, "gift med kommunalbestyrelsesmedlem %s" % m)
    return item(c.w("Dispensation fra lokalplan – Skovbrynet 14", "Landzonetilladelse – Mosevej 7"),
                [(S(c, "bg"), [c.w("Ansøgningen er indgivet af Peter %s, der er ægtefælle til byrådsmedlem %s." % (sur, m),
                                   "Ansøger, Hanne %s, er gift med kommunalbestyrelsesmedlem %s." % (sur, m)),
                               c.w("Forvaltningen anbefaler, at der gives dispensation.", "Administrationen kan anbefale tilladelsen.")]),
                 (S(c, "rec"), [("ul", ["at ansøgningen imødekommes"])]),
                 (DEC(c), [c.w("Godkendt. %s deltog i afstemningen." % m, "Indstillingen godkendt enstemmigt, %s stemte for." % m)])],
                ph, "inhabil", "flag", "spouse", LAW_INH)


def inh_attendance(c):
    m = c.member()
    ph = c.w("%s er medejer af" % m, "%s er direktør i" % m)
    firm = c.w("Hansen & Kruse Entreprise A/S", "Vestjysk Anlæg ApS")
    return item(c.w("Licitation – ny daginstitution", "Valg af entreprenør – skolebyggeri"),
                [(S(c, "bg"), [c.w("Laveste bud er afgivet af %s. Det oplyses, at %s er medejer af %s." % (firm, m, firm),
                                   "Ved licitationen var %s lavestbydende. %s er direktør i %s." % (firm, m, firm))]),
                 (S(c, "hab"), [c.w("Spørgsmålet om habilitet blev drøftet. %s fandt ikke grundlag for inhabilitet." % c.kb,
                                    "Det blev vurderet, at der ikke foreligger inhabilitet.")]),
                 (S(c, "rec"), [("ul", ["at kontrakten tildeles laveste bydende"])]),
                 (DEC(c), ["Godkendt."])],
                ph, "inhabil", "flag", "habilitet-section-declared-not-inhabil", LAW_INH)


def inhq_left(c):
    m = c.member()
    ph = c.w("%s erklærede sig inhabil og forlod mødet" % m, "%s var inhabil og deltog ikke i behandlingen" % m)
    ass = c.w("Gymnastikforeningen Fremad", "Roklubben Bølgen")
    return item(c.w("Tilskud til %s" % ass, "Ansøgning fra %s" % ass),
                [(S(c, "bg"), [c.w("%s søger om 120.000 kr. Foreningens formand er %s." % (ass, m),
                                   "%s, hvor %s er formand, søger 90.000 kr. til nye både." % (ass, m))]),
                 (S(c, "rec"), [("ul", ["at tilskuddet bevilges"])]),
                 (DEC(c), [c.w("%s under punktet. Godkendt." % ph, "%s. Indstillingen blev godkendt." % ph)])],
                ph, "inhabil", "quiet", "member-left", LAW_INH, "member declared inhabil and left")


def inhq_none(c):
    ph = c.w("Inhabilitet: Ingen", "Habilitet: Ingen medlemmer erklærede sig inhabile")
    return item(c.w("Tilskud til lokalhistorisk arkiv", "Driftstilskud til egnsmuseet"),
                [(S(c, "bg"), [c.w("Arkivet søger om forhøjet driftstilskud på 40.000 kr.", "Museet søger om 60.000 kr. ekstra i driftstilskud.")]),
                 (S(c, "rec"), [("ul", ["at tilskuddet bevilges"])]),
                 (DEC(c), [ph, "Godkendt."])],
                ph, "inhabil", "quiet", "no-inhabil", LAW_INH, "no member connected")


def inhq_spouse_left(c):
    m = c.member()
    sur = m.split()[-1]
    ph = c.w("%s forlod mødet under behandlingen" % m, "%s deltog ikke i sagens behandling" % m)
    return item(c.w("Byggetilladelse – Engvej 3", "Dispensation – Strandstien 11"),
                [(S(c, "bg"), [c.w("Ansøger er Karen %s, gift med byrådsmedlem %s." % (sur, m),
                                   "Ansøgningen kommer fra Jens %s, ægtefælle til %s." % (sur, m))]),
                 (S(c, "hab"), [c.w("%s erklærede sig inhabil." % m, "%s meldte sig inhabil." % m)]),
                 (S(c, "rec"), [("ul", ["at tilladelsen meddeles"])]),
                 (DEC(c), [c.w("%s. Godkendt." % ph, "Godkendt. %s." % ph)])],
                ph, "inhabil", "quiet", "spouse-left", LAW_INH, "spouse's case, member left")


# ================================================================ personal data
LAW_PD = "databeskyttelsesforordningen art. 9, offentliggørelse af helbreds- og sociale oplysninger"


def pd_initials(c):
    ph = c.w("K.M., Æblehaven 4, der har demens", "B.S., Lærkevej 19, som er i behandling for misbrug")
    return item(c.w("Klage over visitation til plejebolig", "Henvendelse fra borger om bostøtte"),
                [(S(c, "bg"), [c.w("%s har modtaget en henvendelse fra pårørende til K.M., Æblehaven 4, der har demens og ønsker plads på Solgården." % c.kb,
                                   "Der er rettet henvendelse på vegne af B.S., Lærkevej 19, som er i behandling for misbrug, om mere bostøtte.")]),
                 (S(c, "rec"), [("ul", ["at henvendelsen tages til efterretning"])]),
                 (DEC(c), ["Taget til efterretning."])],
                ph, "personal_data", "flag", "initials-address-health", LAW_PD)


def pd_fru(c):
    sur = c.surname()
    ph = c.w("fru %s har været indlagt på psykiatrisk afdeling" % sur, "hr. %s, der modtager kontanthjælp og har en depression" % sur)
    return item(c.w("Borgerhenvendelse om ventetid", "Spørgsmål fra byrådsmedlem om sagsbehandlingstid"),
                [(S(c, "bg"), [c.w("Det oplyses, at fru %s har været indlagt på psykiatrisk afdeling og har ventet 14 uger på en afgørelse." % sur,
                                   "Spørgsmålet angår hr. %s, der modtager kontanthjælp og har en depression, og som har ventet på en afgørelse." % sur)]),
                 (S(c, "rec"), [("ul", ["at orienteringen tages til efterretning"])]),
                 (DEC(c), ["Taget til efterretning."])],
                ph, "personal_data", "flag", "fru-surname-health", LAW_PD)


def pd_family(c):
    sur = c.surname()
    ph = c.w("familien %s på Møllevej" % sur, "%s-familien i Nørreby" % sur)
    return item(c.w("Underretninger på børneområdet – status", "Orientering om børnesager"),
                [(S(c, "bg"), [c.w("Der er i kvartalet modtaget 47 underretninger. Blandt andet er der iværksat en børnefaglig undersøgelse i familien %s på Møllevej efter underretning fra skolen." % sur,
                                   "Antallet af underretninger er steget. I %s-familien i Nørreby er der efter underretning fra daginstitutionen iværksat en børnefaglig undersøgelse." % sur)]),
                 (S(c, "rec"), [("ul", ["at orienteringen tages til efterretning"])]),
                 (DEC(c), ["Taget til efterretning."])],
                ph, "personal_data", "flag", "family-surname-social", LAW_PD)


def pdq_anon(c):
    ph = c.w("borger A", "en borger i 50'erne")
    return item(c.w("Klage over afslag på hjælpemiddel", "Ankestyrelsens afgørelse i hjælpemiddelsag"),
                [(S(c, "bg"), [c.w("Ankestyrelsen har hjemvist en sag om borger A, som er vedlagt i anonymiseret form.",
                                   "Ankestyrelsen har ændret kommunens afgørelse i en sag om en borger i 50'erne. Afgørelsen er anonymiseret.")]),
                 (S(c, "rec"), [("ul", ["at orienteringen tages til efterretning"])]),
                 (DEC(c), ["Taget til efterretning."])],
                ph, "personal_data", "quiet", "anonymised", LAW_PD, "citizen anonymised")


def pdq_journal(c):
    ph = c.w("Sagsnr. 270386-1142", "Journalnr. 150971-0318")
    return item(c.w("Orientering om Ankestyrelsens praksisundersøgelse", "Praksisundersøgelse om merudgifter"),
                [(S(c, "bg"), [c.w("Sagen er registreret under Sagsnr. 270386-1142. Undersøgelsen omfattede 20 sager.",
                                   "Journalnr. 150971-0318. Ankestyrelsen har gennemgået 15 sager om merudgifter.")]),
                 (S(c, "rec"), [("ul", ["at orienteringen tages til efterretning"])]),
                 (DEC(c), ["Taget til efterretning."])],
                ph, "personal_data", "quiet", "cpr-shaped-journal-number", LAW_PD, "a journal number, not a citizen")


def pdq_official(c):
    n = c.name()
    ph = c.w("sagsbehandler %s" % n, "teamleder %s, Sundhed og Omsorg" % n)
    return item(c.w("Status på sagsbehandlingsfrister", "Sagsbehandlingstider på socialområdet"),
                [(S(c, "bg"), [c.w("Spørgsmål kan rettes til sagsbehandler %s. Fristerne er overholdt i 91 procent af sagerne." % n,
                                   "Kontaktperson er teamleder %s, Sundhed og Omsorg. 88 procent af sagerne afgøres inden fristen." % n)]),
                 (S(c, "rec"), [("ul", ["at status tages til efterretning"])]),
                 (DEC(c), ["Taget til efterretning."])],
                ph, "personal_data", "quiet", "named-official", LAW_PD, "a named official, no citizen")


def pd_pupil(c):
    n = c.name()
    ph = c.w("eleven %s i 7.b, der har diagnosen ADHD" % n, "%s fra 4. klasse, som har autisme" % n)
    return item(c.w("Klage over skolens håndtering af mobning", "Henvendelse om skoleskift"),
                [(S(c, "bg"), [c.w("Forældrene til eleven %s i 7.b, der har diagnosen ADHD, har klaget til %s." % (n, c.kb.lower()),
                                   "Forældrene til %s fra 4. klasse, som har autisme, ønsker skoleskift." % n)]),
                 (S(c, "rec"), [("ul", ["at sagen tages til efterretning"])]),
                 (DEC(c), ["Taget til efterretning."])],
                ph, "personal_data", "flag", "named-pupil", LAW_PD)


# ================================================================ the rest (one each)
def presumption(c):
    ph = c.w("imødekommes som udgangspunkt ikke", "vil som hovedregel blive afslået")
    return item(c.w("Retningslinjer for merudgifter (§ 41)", "Praksis for dækning af merudgifter"),
                [(S(c, "bg"), [c.w("Ansøgninger om dækning af merudgifter til fritidsaktiviteter imødekommes som udgangspunkt ikke.",
                                   "Ansøgninger om merudgifter til kørsel vil som hovedregel blive afslået.")]),
                 (S(c, "rec"), [("ul", ["at retningslinjerne godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "presumption", "flag", "refusal-presumption", "forvaltningsloven, skøn under regel")


def presumption_q(c):
    ph = c.w("afgøres efter en konkret og individuel vurdering", "vurderes altid konkret")
    return item(c.w("Retningslinjer for hjælpemidler", "Vejledende praksis for hjælpemidler"),
                [(S(c, "bg"), [c.w("Ansøgninger afgøres efter en konkret og individuel vurdering; retningslinjerne er vejledende.",
                                   "Hver ansøgning vurderes altid konkret, og retningslinjen er alene vejledende.")]),
                 (S(c, "rec"), [("ul", ["at retningslinjerne godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "presumption", "quiet", "individual-assessment", "forvaltningsloven, skøn under regel", "individual assessment stated")


def company(c):
    ph = c.w("tilskud på 300.000 kr. til Møbelfabrikken Lund ApS", "250.000 kr. til Nordhavn Fisk A/S")
    return item(c.w("Erhvervsstøtte – Møbelfabrikken Lund ApS", "Støtte til fastholdelse af arbejdspladser"),
                [(S(c, "bg"), [c.w("For at fastholde virksomheden i kommunen foreslås et tilskud på 300.000 kr. til Møbelfabrikken Lund ApS.",
                                   "Det foreslås at yde 250.000 kr. til Nordhavn Fisk A/S, så virksomheden bliver i byen.")]),
                 (S(c, "rec"), [("ul", ["at tilskuddet bevilges"])]), (DEC(c), ["Godkendt."])],
                ph, "company_benefit", "flag", "grant-to-one-firm", "kommunalfuldmagten")


def company_q(c):
    ph = c.w("erhvervsfremmelovens § 14", "§ 14 i lov om erhvervsfremme")
    return item(c.w("Tilskud til erhvervsråd 2026", "Aftale med erhvervshuset 2026"),
                [(S(c, "bg"), [c.w("Tilskuddet til det lokale erhvervsråd på 1,2 mio. kr. ydes efter erhvervsfremmelovens § 14 og kommer alle virksomheder til gode.",
                                   "Bevillingen gives med hjemmel i § 14 i lov om erhvervsfremme til generel lokal erhvervsservice.")]),
                 (S(c, "rec"), [("ul", ["at tilskuddet godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "company_benefit", "quiet", "basis-cited", "kommunalfuldmagten", "legal basis cited, general service")


def estate(c):
    ph = c.w("sælges til Jysk Bolig ApS uden forudgående annoncering", "overdrages direkte til køber for 1,4 mio. kr.")
    return item(c.w("Salg af byggegrund – Torvegade 8", "Salg af kommunal grund ved Havnevej"),
                [(S(c, "bg"), [c.w("Grunden sælges til Jysk Bolig ApS uden forudgående annoncering for 2,1 mio. kr.",
                                   "Arealet overdrages direkte til køber for 1,4 mio. kr., der har rettet henvendelse til kommunen.")]),
                 (S(c, "rec"), [("ul", ["at salget godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "real_estate", "flag", "direct-sale", "udbudsbekendtgørelsen (bek. om offentligt udbud ved salg af kommunens faste ejendomme)")


def estate_q(c):
    ph = c.w("§ 3, stk. 1, nr. 1, i udbudsbekendtgørelsen", "undtagelsen for mindre arealer i udbudsbekendtgørelsens § 3")
    return item(c.w("Salg af restareal til naboskel", "Arealoverførsel – Kirkestien"),
                [(S(c, "bg"), [c.w("Arealet på 42 m² sælges til naboen efter § 3, stk. 1, nr. 1, i udbudsbekendtgørelsen.",
                                   "Salget af de 38 m² sker efter undtagelsen for mindre arealer i udbudsbekendtgørelsens § 3.")]),
                 (S(c, "rec"), [("ul", ["at salget godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "real_estate", "quiet", "exception-cited", "udbudsbekendtgørelsen", "exception cited")


def estate_q2(c):
    ph = c.w("sælges direkte til Bygma Ejendomme A/S uden annoncering", "afhændes uden offentligt udbud til den lokale købmand")
    return item(c.w("Salg af grund – Industrivej 22", "Afhændelse af ejendommen Gl. Skole"),
                [(S(c, "bg"), [c.w("En lokal virksomhed har vist interesse for grunden.", "Der er modtaget en henvendelse fra en lokal erhvervsdrivende.")]),
                 (S(c, "rec"), [("ul", [c.w("at grunden sælges direkte til Bygma Ejendomme A/S uden annoncering",
                                            "at ejendommen afhændes uden offentligt udbud til den lokale købmand")])]),
                 (DEC(c), [c.w("Indstillingen blev ikke godkendt. %s besluttede, at grunden udbydes offentligt efter udbudsbekendtgørelsen." % c.kb,
                               "Indstillingen faldt. Ejendommen skal sættes til salg ved offentligt udbud.")])],
                ph, "real_estate", "quiet", "recommendation-not-followed", "udbudsbekendtgørelsen",
                "the direct sale was only recommended; the council decided on a public offering")


def closed(c):
    ph = c.w("Lukket punkt", "Lukket sag")
    return item(c.w("Lukket punkt: Orientering fra borgmesteren", "Lukket sag – drøftelse"),
                [(S(c, "bg"), [c.w("Lukket punkt. Sagen behandles for lukkede døre.", "Lukket sag. Punktet behandles for lukkede døre.")]),
                 (DEC(c), ["Drøftet."])],
                ph, "closed_item", "flag", "no-ground", "kommunestyrelsesloven § 10", closed=True)


def closed_q(c):
    ph = c.w("af hensyn til personfølsomme oplysninger", "da sagen vedrører kommunens forhandlingsposition ved et køb")
    return item(c.w("Lukket punkt: Personalesag", "Lukket sag: Køb af ejendom"),
                [(S(c, "bg"), [c.w("Punktet behandles for lukkede døre af hensyn til personfølsomme oplysninger, jf. kommunestyrelseslovens § 10.",
                                   "Sagen behandles for lukkede døre, da sagen vedrører kommunens forhandlingsposition ved et køb, jf. kommunestyrelseslovens § 10.")]),
                 (DEC(c), ["Godkendt."])],
                ph, "closed_item", "quiet", "ground-cited", "kommunestyrelsesloven § 10", "ground cited", closed=True)


def hearing(c):
    ph = c.w("Sagen sendes ikke i høring", "Der er ikke foretaget høring")
    return item(c.w("Ændret åbningstid på aktivitetscentre for ældre", "Lukning af to dagtilbud for voksne med handicap"),
                [(S(c, "bg"), [c.w("Aktivitetscentrene åbner fremover kun tre dage om ugen.", "To dagtilbud efter servicelovens § 104 samles på én adresse.")]),
                 (S(c, "hear"), [c.w("Sagen sendes ikke i høring af hensyn til tidsplanen.", "Der er ikke foretaget høring, da ændringen haster.")]),
                 (S(c, "rec"), [("ul", ["at ændringen godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "hearing", "flag", "no-hearing", "retssikkerhedsloven §§ 30, 37 a")


def hearing_q(c):
    ph = c.w("Ældrerådet har afgivet høringssvar", "Handicaprådet har været hørt")
    return item(c.w("Nye rammer for træning efter § 86", "Omlægning af aflastningstilbud"),
                [(S(c, "bg"), [c.w("Træningen samles på sundhedscentret.", "Aflastningen flyttes til Bøgely.")]),
                 (S(c, "hear"), [c.w("Ældrerådet har afgivet høringssvar, som er vedlagt.", "Handicaprådet har været hørt, og høringssvaret er vedlagt.")]),
                 (S(c, "rec"), [("ul", ["at ændringen godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "hearing", "quiet", "hearing-held", "retssikkerhedsloven §§ 30, 37 a", "hearing held")


def budget_stop(c):
    ph = c.w("omfatter samtlige driftskonti, herunder hjemmepleje og hjælpemidler", "gælder alle områder, også personlig hjælp og hjælpemidler")
    return item(c.w("Udgiftsstop i resten af 2026", "Indkøbs- og bevillingsstop"),
                [(S(c, "bg"), [c.w("Udgiftsstoppet omfatter samtlige driftskonti, herunder hjemmepleje og hjælpemidler, indtil videre.",
                                   "Stoppet gælder alle områder, også personlig hjælp og hjælpemidler, resten af året.")]),
                 (S(c, "rec"), [("ul", ["at udgiftsstoppet iværksættes"])]), (DEC(c), ["Godkendt."])],
                ph, "budget_stop", "flag", "covers-statutory", "lovbundne ydelser kan ikke stoppes ved budgetbeslutning")


def budget_stop_q(c):
    ph = c.w("omfatter ikke lovbundne ydelser", "lovbestemte ydelser er undtaget")
    return item(c.w("Midlertidigt indkøbsstop", "Ansættelses- og indkøbsstop"),
                [(S(c, "bg"), [c.w("Indkøbsstoppet omfatter ikke lovbundne ydelser til borgerne.", "Stoppet rammer administration og indkøb; lovbestemte ydelser er undtaget.")]),
                 (S(c, "rec"), [("ul", ["at indkøbsstoppet iværksættes"])]), (DEC(c), ["Godkendt."])],
                ph, "budget_stop", "quiet", "statutory-excluded", "lovbundne ydelser", "statutory benefits excluded")


def delegation(c):
    ph = c.w("bemyndiges til endeligt at godkende årsregnskabet", "overlades den endelige vedtagelse af budgettet")
    return item(c.w("Delegation af kompetence til Økonomiudvalget", "Ændring af delegationsplan"),
                [(S(c, "bg"), [c.w("Økonomiudvalget bemyndiges til endeligt at godkende årsregnskabet for 2025.",
                                   "Økonomiudvalget overlades den endelige vedtagelse af budgettet for 2027.")]),
                 (S(c, "rec"), [("ul", ["at delegationen godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "delegation", "flag", "non-delegable", "kommunestyrelsesloven §§ 38, 45")


def delegation_q(c):
    ph = c.w("bemyndiges til at godkende anlægsregnskaber under 2 mio. kr.", "kompetencen til at give mindre dispensationer")
    return item(c.w("Delegation af mindre anlægsregnskaber", "Delegation på planområdet"),
                [(S(c, "bg"), [c.w("Teknik- og Miljøudvalget bemyndiges til at godkende anlægsregnskaber under 2 mio. kr.",
                                   "Planudvalget får kompetencen til at give mindre dispensationer fra lokalplaner.")]),
                 (S(c, "rec"), [("ul", ["at delegationen godkendes"])]), (DEC(c), ["Godkendt."])],
                ph, "delegation", "quiet", "delegable", "kommunestyrelsesloven", "delegable matter")


def guidance(c):
    ph = c.w("Afgørelsen kan ikke påklages", "Der er ingen klageadgang")
    return item(c.w("Afgørelse om ledsagelse – principiel sag", "Principiel afgørelse om bostøtte"),
                [(S(c, "bg"), [c.w("%s træffer afgørelse i sagen om ledsagelse efter § 97. Afgørelsen kan ikke påklages." % c.kb,
                                   "%s afgør sagen om bostøtte efter § 85. Der er ingen klageadgang." % c.kb)]),
                 (S(c, "rec"), [("ul", ["at der gives afslag"])]), (DEC(c), ["Godkendt."])],
                ph, "complaint_guidance", "flag", "wrong-guidance", "forvaltningsloven § 25, retssikkerhedsloven § 60")


def guidance_q(c):
    ph = c.w("kan påklages til Ankestyrelsen inden 4 uger", "klage skal være modtaget inden fire uger")
    return item(c.w("Afgørelse om merudgifter – principiel sag", "Principiel afgørelse om hjælpemiddel"),
                [(S(c, "bg"), [c.w("Afgørelsen kan påklages til Ankestyrelsen inden 4 uger; klagen sendes til kommunen.",
                                   "Borgeren vejledes om, at klage skal være modtaget inden fire uger, og at den sendes til kommunen, der videresender til Ankestyrelsen.")]),
                 (S(c, "rec"), [("ul", ["at der gives afslag"])]), (DEC(c), ["Godkendt."])],
                ph, "complaint_guidance", "quiet", "correct-guidance", "forvaltningsloven § 25", "correct guidance")


COUNCIL_GOLD = [fix_table, fix_words, fix_cut, fix_pct, fixq_guiding, fixq_increase, fixq_pct_up, fixq_motion,
                retro_table, retro_field, retro_text, retroq_future, retroq_increase, retroq_minority,
                fee1, fee2, fee3, feeq1, feeq2, feeq3,
                inh_chair, inh_spouse, inh_attendance, inhq_left, inhq_none, inhq_spouse_left,
                pd_initials, pd_fru, pd_family, pd_pupil, pdq_anon, pdq_journal, pdq_official,
                presumption, presumption_q, company, company_q, estate, estate_q, estate_q2, closed, closed_q,
                hearing, hearing_q, budget_stop, budget_stop_q, delegation, delegation_q, guidance, guidance_q]

# planted in committee / out-of-period meetings (expect quiet, not drawn)
NOT_DRAWN = [fix_words, retro_field, fee2, inh_spouse, pd_fru, delegation]


# ================================================================ ordinary items
def ordinary(c, k):
    y = c.date
    pool = [
        (c.w("Godkendelse af dagsorden", "Dagsorden"), [(DEC(c), ["Godkendt."])]),
        (c.w("Budgetopfølgning pr. %s" % fdate(first_of(y, 0) - datetime.timedelta(days=1)),
             "Økonomirapport pr. %s" % ndate(first_of(y, 0) - datetime.timedelta(days=1))),
         [(S(c, "bg2"), [c.w("Samlet forventes et mindreforbrug på 6,4 mio. kr. på serviceudgifterne.",
                             "Prognosen viser et forventet mindreforbrug på 4,9 mio. kr.")]),
          (S(c, "rec"), [("ul", ["at budgetopfølgningen tages til efterretning"])]), (DEC(c), ["Taget til efterretning."])]),
        (c.w("Lokalplan nr. %d – boliger ved Engparken, endelig vedtagelse" % c.rng.randint(300, 399), "Forslag til lokalplan %d for erhvervsområde" % c.rng.randint(400, 499)),
         [(S(c, "bg2"), [c.w("Der er indkommet 3 høringssvar, som ikke giver anledning til ændringer.",
                             "Planforslaget har været i offentlig høring i 8 uger; der er modtaget 5 bemærkninger.")]),
          (S(c, "rec"), [("ul", ["at lokalplanen vedtages endeligt" if c.h == 0 else "at planforslaget vedtages"])]), (DEC(c), ["Godkendt."])]),
        (c.w("Anlægsbevilling – renovering af Skolevej", "Frigivelse af midler til cykelsti langs Ringvejen"),
         [(S(c, "bg2"), [c.w("Der søges en anlægsbevilling på 3,5 mio. kr., finansieret af det afsatte rådighedsbeløb.",
                             "Projektet koster 4,2 mio. kr. og finansieres af rådighedsbeløbet i budget 2026.")]),
          (S(c, "rec"), [("ul", ["at bevillingen gives"])]), (DEC(c), ["Godkendt."])]),
        (c.w("Meddelelser", "Orientering fra borgmesteren"),
         [(DEC(c), [c.w("Borgmesteren orienterede om KL's kommunalpolitiske topmøde.", "Borgmesteren orienterede om status på kommuneaftalen.")])]),
        (c.w("Valg af stedfortræder til Folkeoplysningsudvalget", "Udpegning til bestyrelsen for musikskolen"),
         [(S(c, "bg2"), [c.w("Som følge af udtræden skal der vælges en ny stedfortræder.", "Der skal udpeges et nyt medlem for resten af valgperioden.")]),
          (DEC(c), ["Godkendt."])]),
        (c.w("Lukket punkt: Køb af areal til regnvandsbassin", "Lukket punkt – erhvervelse af jord"),
         [(S(c, "bg2"), [c.w("Punktet behandles for lukkede døre, jf. kommunestyrelseslovens § 10, da det angår kommunens forhandlinger om et køb.",
                             "Behandles for lukkede døre af hensyn til kommunens økonomiske interesser, jf. kommunestyrelseslovens § 10.")]),
          (DEC(c), ["Godkendt."])]),
        (c.w("Vintertjeneste – regulativ %d-%d" % (y.year, y.year + 1), "Regulativ for snerydning og glatførebekæmpelse"),
         [(S(c, "bg2"), [c.w("Regulativet videreføres med uændret serviceniveau.", "Regulativet er uændret i forhold til sidste sæson.")]),
          (DEC(c), ["Godkendt."])]),
    ]
    return pool[k % len(pool)]
