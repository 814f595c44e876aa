# -*- coding: utf-8 -*-
"""Item texts for the spot19 corpus. Every template: f(p, w, flag) -> dict.
w = 0 (dev wording) or 1 (holdout wording). Text written for this corpus."""

MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
       "september", "oktober", "november", "december"]


def dk(d):
    return "%d. %s %d" % (d.day, MON[d.month - 1], d.year)


def first_of(d, back):
    y, m = d.year, d.month - back
    while m < 1:
        m += 12
        y -= 1
    return "1. %s %d" % (MON[m - 1], y)


def T(w, a, b):
    return a if w == 0 else b


def P(t):
    return ("p", t)


def UL(xs):
    return ("ul", xs)


def TAB(rows):
    return ("table", rows)


# ---------------------------------------------------------------- company benefit
def cb_guarantee(p, w, flag):
    firm = p["firm"]
    if flag:
        bg = T(w, "%s ApS, der driver et maskinværksted i %s med 38 ansatte, har anmodet kommunen om hjælp til finansiering af en ny produktionshal. Banken vil kun yde lånet, hvis kommunen stiller sikkerhed." % (firm, p["town"]),
               "Virksomheden %s ApS har rettet henvendelse om finansiering af en udvidelse i %s. Pengeinstituttet forudsætter en kommunal kaution, før lånet kan bevilges." % (firm, p["town"]))
        ph = T(w, "at kommunen stiller selvskyldnerkaution for et lån på 4,2 mio. kr. til %s ApS" % firm,
               "at der ydes kommunal lånegaranti på 3,8 mio. kr. over for pengeinstituttet for %s ApS" % firm)
        ind = [ph, T(w, "at kautionen løber i 15 år", "at garantien gælder lånets løbetid på 12 år")]
        sec = [("resume", [P(bg)]), ("sag", [P(T(w, "Forvaltningen vurderer, at udvidelsen vil sikre arbejdspladser i lokalområdet.", "Udvidelsen forventes at skabe op til 12 nye stillinger."))]),
               ("indst", [UL(ind)]), ("beslutning", [P(T(w, "Indstillingen godkendt.", "Tiltrådt."))])]
        why = None
    else:
        vv = p["vandvaerk"]
        bg = T(w, "%s a.m.b.a. skal renovere hovedledningen og har bedt om kommunegaranti for et byggelån." % vv,
               "Det forbrugerejede %s a.m.b.a. ønsker at optage lån til et nyt rentvandsanlæg og søger om kommunal garanti." % vv)
        ph = T(w, "at kommunen stiller selvskyldnerkaution for et lån på 6,5 mio. kr. til %s a.m.b.a. i medfør af vandforsyningslovens § 52 a" % vv,
               "at der ydes kommunal lånegaranti på 5,1 mio. kr. for %s a.m.b.a. med hjemmel i vandforsyningslovens § 52 a" % vv)
        sec = [("resume", [P(bg)]),
               ("lov", [P(T(w, "Kommunen kan efter vandforsyningslovens § 52 a stille garanti for lån til almene vandforsyninger. Garantien påvirker ikke kommunens låneramme.",
                           "Efter vandforsyningslovens § 52 a kan kommunalbestyrelsen garantere for lån optaget af almene vandforsyninger til investeringer i anlæg."))]),
               ("indst", [UL([ph, T(w, "at der opkræves garantiprovision på 0,5 pct. årligt", "at garantiprovisionen fastsættes til markedsniveau")])]),
               ("beslutning", [P(T(w, "Indstillingen godkendt.", "Tiltrådt."))])]
        why = T(w, "legal basis cited (vandforsyningsloven § 52 a)", "legal basis cited (vandforsyningsloven § 52 a)")
    return dict(title=T(w, "Kommunal kaution - %s" % (firm if flag else p["vandvaerk"]), "Anmodning om lånegaranti fra %s" % (firm if flag else p["vandvaerk"])),
                sections=sec, phrase=ph, variant="loan_guarantee", why=why)


def cb_rent(p, w, flag):
    firm = p["firm2"]
    if flag:
        ph = T(w, "Lejen fastsættes til 1 kr. årligt for de første fem år",
               "lejen er symbolsk og udgør 500 kr. om året")
        tab = TAB([["Lejemål", "Areal", "Årlig leje"], ["Den gamle stationsbygning, stueetagen", "240 m²", T(w, "1 kr.", "500 kr.")]])
        sec = [("resume", [P(T(w, "%s I/S ønsker at leje kommunens tidligere stationsbygning til restaurant og café." % firm,
                               "Selskabet %s I/S vil drive café i den kommunale stationsbygning og har søgt om at leje den." % firm))]),
               ("sag", [P(T(w, "Forvaltningen har forhandlet en lejekontrakt på følgende vilkår:", "Lejekontrakten er aftalt således:")), tab,
                        P(T(w, ph + ". Lejer overtager den indvendige vedligeholdelse.", "Det er aftalt, at " + ph + ", da caféen vil skabe liv i området."))]),
               ("indst", [UL([T(w, "at lejekontrakten med %s I/S godkendes" % firm, "at byrådet godkender udlejningen til %s I/S" % firm)])]),
               ("beslutning", [P(T(w, "Godkendt.", "Indstillingen tiltrådt."))])]
        why = None
    else:
        ph = T(w, "Lejen fastsættes til markedslejen på 186.000 kr. årligt i henhold til vurdering fra ekstern ejendomsmægler",
               "den årlige leje på 172.000 kr. svarer til markedslejen efter en uvildig lejevurdering")
        sec = [("resume", [P(T(w, "%s I/S ønsker at leje kommunens tidligere stationsbygning til restaurant og café." % firm,
                               "Selskabet %s I/S vil drive café i den kommunale stationsbygning og har søgt om at leje den." % firm))]),
               ("sag", [P(T(w, ph + ". Lejemålet har været annonceret på kommunens hjemmeside, og der kom to bud.",
                           "Det er oplyst, at " + ph + ". Lejemålet har været annonceret offentligt i fire uger."))]),
               ("indst", [UL([T(w, "at lejekontrakten med %s I/S godkendes" % firm, "at byrådet godkender udlejningen til %s I/S" % firm)])]),
               ("beslutning", [P(T(w, "Godkendt.", "Indstillingen tiltrådt."))])]
        why = "market rent documented, lease advertised"
    return dict(title=T(w, "Udlejning af den gamle stationsbygning", "Lejeaftale om stationsbygningen"),
                sections=sec, phrase=ph, variant="reduced_rent", why=why)


def cb_grant(p, w, flag):
    shop = p["shop"]
    if flag:
        ph = T(w, "at der ydes et tilskud på 250.000 kr. til %s til modernisering af butikken" % shop,
               "bevilger 300.000 kr. til %s til ny facade og indretning" % shop)
        sec = [("resume", [P(T(w, "Indehaveren af %s på Torvet har oplyst, at butikken risikerer at lukke." % shop,
                               "%s i gågaden har henvendt sig, fordi omsætningen er faldet." % shop))]),
               ("sag", [P(T(w, "Butikken er en vigtig del af bymidten. Der er ikke andre butikker, der har søgt.", "Forvaltningen finder, at butikken er central for handelslivet."))]),
               ("indst", [UL([T(w, ph, "at byrådet " + ph), T(w, "at beløbet finansieres af kassebeholdningen", "at udgiften afholdes af kassen")])]),
               ("beslutning", [P(T(w, "Indstillingen godkendt.", "Godkendt som indstillet."))])]
        why = None
    else:
        ph = T(w, "tilskud på 250.000 kr. fra Puljen til levende bymidter, som alle butikker og handelsforeninger i kommunen kan søge",
               "300.000 kr. fra den åbne erhvervspulje efter de offentliggjorte kriterier, jf. erhvervsfremmelovens § 14")
        sec = [("resume", [P(T(w, "Handelsstandsforeningen, hvor %s er medlem, har søgt om midler til fælles markedsføring af bymidten." % shop,
                               "Byens handelsforening, herunder %s, har ansøgt om støtte til et fælles julearrangement." % shop))]),
               ("sag", [P(T(w, "Der er ansøgt om " + ph + ". Puljens kriterier er vedtaget af byrådet og annonceret.", "Ansøgningen angår " + ph + ". Støtten går til fælles aktiviteter, ikke til den enkelte butik."))]),
               ("indst", [UL([T(w, "at ansøgningen imødekommes", "at der gives tilsagn om støtte")])]),
               ("beslutning", [P(T(w, "Indstillingen godkendt.", "Godkendt som indstillet."))])]
        why = "general pool open to all / basis cited"
    return dict(title=T(w, "Ansøgning om tilskud - %s" % shop, "Støtte til butikslivet - %s" % shop),
                sections=sec, phrase=ph, variant="grant_one_shop", why=why)


def cb_freeuse(p, w, flag):
    firm = p["firm3"]
    if flag:
        ph = T(w, "%s A/S får vederlagsfri brug af kommunens havneareal til oplag" % firm,
               "fritages %s A/S for betaling af pladsleje på havnen" % firm)
        sec = [("resume", [P(T(w, "Sagen angår en aftale om brug af kommunens areal på Nordkajen.", "Der skal tages stilling til brugen af arealet ved Nordkajen."))]),
               ("bilag", [P(T(w, "Bilag 1 - Aftaleudkast (resumé): " + ph + " i perioden 1. oktober 2026 - 30. september 2028. Kommunen afholder udgiften til vedligeholdelse.",
                             "Resumé af bilag: Efter aftalen " + ph + " i to år, mod at virksomheden holder arealet ryddeligt."))]),
               ("indst", [UL([T(w, "at aftalen i bilag 1 godkendes", "at aftaleudkastet godkendes")])]),
               ("beslutning", [P(T(w, "Godkendt.", "Tiltrådt."))])]
        why = None
    else:
        ph = T(w, "%s A/S betaler pladsleje efter havnens offentliggjorte takstblad" % firm,
               "pladslejen for %s A/S opkræves efter de almindelige takster, som gælder for alle havnens brugere" % firm)
        sec = [("resume", [P(T(w, "Sagen angår en aftale om brug af kommunens areal på Nordkajen.", "Der skal tages stilling til brugen af arealet ved Nordkajen."))]),
               ("bilag", [P(T(w, "Bilag 1 - Aftaleudkast (resumé): " + ph + ". Forslaget fra et mindretal om vederlagsfri brug indgår ikke i aftalen.",
                             "Resumé af bilag: " + ph + "."))]),
               ("indst", [UL([T(w, "at aftalen i bilag 1 godkendes", "at aftaleudkastet godkendes")])]),
               ("beslutning", [P(T(w, "Godkendt. Ø foreslog vederlagsfri brug af arealet; forslaget blev forkastet med 2 stemmer for og 23 imod.",
                                   "Tiltrådt. Mindretallet (Ø) ønskede fritagelse for pladsleje, hvilket ikke blev vedtaget."))])]
        why = "ordinary tariff; free use only in rejected motion"
    return dict(title=T(w, "Aftale om brug af havnearealet ved Nordkajen", "Pladsleje på Nordkajen - %s" % firm),
                sections=sec, phrase=ph, variant="free_use_property", why=why)


# ---------------------------------------------------------------- hearing missing
def he_cleaning(p, w, flag):
    dec = T(w, "Rengøring i hjemmeplejen ændres fra hver 14. dag til hver 3. uge",
            "praktisk hjælp til rengøring gives fremover hver tredje uge i stedet for hver anden uge")
    if flag:
        hs = T(w, "Sagen forelægges ikke Ældrerådet, da der er tale om en administrativ tilpasning.",
               "Der er ikke gennemført høring.")
        ph = dec
        why = None
    else:
        hs = T(w, "Ældrerådets høringssvar af 2. september 2026: \"Ældrerådet beklager forringelsen, men anerkender den økonomiske situation og anbefaler en evaluering efter et år.\"",
               "Høringssvar fra Ældrerådet (bilag 2): Rådet kan ikke anbefale ændringen og opfordrer til, at borgere med særlige behov fortsat får hjælp hver anden uge.")
        ph = T(w, "Ældrerådets høringssvar af 2. september 2026", "Høringssvar fra Ældrerådet (bilag 2)")
        why = "hearing held, answer quoted"
    sec = [("resume", [P(T(w, "Som led i budgetaftalen ændres kvalitetsstandarden for praktisk hjælp.", "Kvalitetsstandarden for praktisk hjælp efter servicelovens § 83 foreslås ændret."))]),
           ("sag", [P(T(w, dec + ". Ændringen forventes at give en besparelse på 1,9 mio. kr. årligt.", "Forslaget indebærer, at " + dec + ". Besparelsen udgør ca. 2,2 mio. kr."))]),
           ("hoering", [P(hs)]),
           ("indst", [UL([T(w, "at den reviderede kvalitetsstandard godkendes med virkning fra 1. januar 2027", "at kvalitetsstandarden vedtages med virkning fra 1. januar 2027")])]),
           ("beslutning", [P(T(w, "Indstillingen godkendt.", "Vedtaget."))])]
    return dict(title=T(w, "Revideret kvalitetsstandard for praktisk hjælp", "Kvalitetsstandard - rengøring i eget hjem"),
                sections=sec, phrase=ph, variant="elderly_service_level", why=why)


def he_transport(p, w, flag):
    dec = T(w, "Kørsel til aktivitets- og samværstilbud efter servicelovens § 104 begrænses til tre dage om ugen",
            "befordringen til dagtilbud for voksne med handicap reduceres til tre ugentlige dage")
    if flag:
        sec = [("resume", [P(T(w, "Sagen angår serviceniveauet for kørsel for borgere med handicap.", "Forvaltningen foreslår et ændret serviceniveau for befordring."))]),
               ("sag", [P(T(w, dec + ". Borgerne kan i stedet benytte den almindelige flextrafik.", "Det foreslås, at " + dec + "."))]),
               ("oko", [P(T(w, "Besparelse 0,8 mio. kr. årligt.", "Mindreudgift 0,7 mio. kr. pr. år."))]),
               ("indst", [UL([T(w, "at det ændrede serviceniveau godkendes med virkning fra 1. januar 2027", "at ændringen vedtages fra 1. januar 2027")])]),
               ("beslutning", [P(T(w, "Godkendt.", "Vedtaget som indstillet."))])]
        ph, why = dec, None
    else:
        ph = T(w, "Forslaget sendes i høring i Handicaprådet, og sagen forelægges igen, når høringssvaret foreligger",
               "Byrådet sender forslaget i høring hos Handicaprådet og træffer først endelig beslutning på mødet i december")
        sec = [("resume", [P(T(w, "Sagen angår serviceniveauet for kørsel for borgere med handicap.", "Forvaltningen foreslår et ændret serviceniveau for befordring."))]),
               ("sag", [P(T(w, dec + ".", "Det foreslås, at " + dec + "."))]),
               ("indst", [UL([T(w, "at forslaget sendes i høring i Handicaprådet", "at forslaget sendes i høring")])]),
               ("beslutning", [P(ph + ".")])]
        why = "hearing planned before final decision"
    return dict(title=T(w, "Serviceniveau for kørsel til aktivitetstilbud", "Befordring til dagtilbud - ændret serviceniveau"),
                sections=sec, phrase=ph, variant="disabled_service_level", why=why)


def he_amend(p, w, flag):
    am = T(w, "Klippekortordningen for hjemmeboende ældre nedlægges fra 1. januar 2027",
           "ophører ordningen med ekstra ugentlig tid (klippekort) til ældre i eget hjem")
    if flag:
        res = T(w, "Ændringsforslaget blev vedtaget med 16 stemmer mod 9.", "Forslaget blev vedtaget med 15 stemmer for og 10 imod.")
        why = None
    else:
        res = T(w, "Ændringsforslaget blev forkastet med 9 stemmer for og 16 imod.", "Forslaget blev forkastet med 10 stemmer for og 15 imod.")
        why = "amendment rejected"
    sec = [("resume", [P(T(w, "Byrådet skal vedtage budget 2027-2030 ved 2. behandling.", "Anden behandling af budgettet for 2027 og overslagsårene."))]),
           ("indst", [UL([T(w, "at budgetforslaget vedtages", "at budgettet vedtages som fremlagt")])]),
           ("beslutning", [P(T(w, "Ændringsforslag fra V og C: " + am + ".", "Ændringsforslag nr. 3 fra V: Med virkning fra 1. januar 2027 " + am + ".")),
                           P(res), P(T(w, "Budgettet blev herefter vedtaget.", "Herefter vedtaget."))])]
    return dict(title=T(w, "Budget 2027-2030, 2. behandling", "Vedtagelse af budget 2027"),
                sections=sec, phrase=am, variant="amendment_elderly", why=why)


# ---------------------------------------------------------------- closed items
def cl_noground(p, w, flag):
    if flag:
        ph = T(w, "Punktet behandles for lukkede døre.", "Sagen behandles på lukket møde.")
        why = None
    else:
        ph = T(w, "Punktet behandles for lukkede døre, jf. kommunestyrelseslovens § 10, da sagen indeholder oplysninger om enkeltpersoners private forhold, jf. forvaltningslovens § 15 b, nr. 1.",
               "Sagen behandles på lukket møde, jf. § 10 i kommunestyrelsesloven og offentlighedslovens § 30, nr. 1 (private forhold).")
        why = "ground cited"
    sec = [("resume", [P(ph)]), ("beslutning", [P(T(w, "Godkendt.", "Tiltrådt."))])]
    return dict(title=T(w, "Lukket punkt: Status på sag om ejendommen %s" % p["street"], "Lukket sag - klage over byggeri på %s" % p["street"]),
                sections=sec, phrase=ph, variant="closed_no_ground", why=why, closed=True)


def cl_badground(p, w, flag):
    if flag:
        ph = T(w, "Lukket af hensyn til en fri politisk drøftelse", "sagen lukkes, da den er politisk følsom")
        why = None
    else:
        ph = T(w, "Lukket af hensyn til kommunens forhandlingsposition ved køb af fast ejendom, jf. kommunestyrelseslovens § 10 og offentlighedslovens § 33, nr. 4",
               "sagen lukkes af hensyn til kommunens økonomiske interesser i den verserende forhandling, jf. offentlighedslovens § 33, nr. 4, og kommunestyrelseslovens § 10")
        why = "ground from the acts named"
    sec = [("resume", [P(T(w, ph + ".", "Det bemærkes, at " + ph + "."))]),
           ("beslutning", [P(T(w, "Drøftet.", "Forvaltningen arbejder videre som drøftet."))])]
    return dict(title=T(w, "Lukket punkt: Fremtidig placering af rådhusfunktioner", "Lukket - strategi for ejendommen %s" % p["street"]),
                sections=sec, phrase=ph, variant="closed_bad_ground", why=why, closed=True)


def cl_budget(p, w, flag):
    if flag:
        ph = T(w, "Lukket punkt, da budgetopfølgningen endnu ikke er endelig", "lukket behandling, fordi tallene er foreløbige")
        why = None
    else:
        ph = T(w, "Lukket punkt, jf. kommunestyrelseslovens § 10 og forvaltningslovens § 15 b, nr. 1, da sagen vedrører en navngiven medarbejders ansættelsesforhold",
               "lukket behandling af hensyn til medarbejderens private forhold, jf. forvaltningslovens § 15 b, nr. 1, og kommunestyrelseslovens § 10")
        why = "ground cited"
    t = T(w, "Foreløbig budgetopfølgning - lukket", "Lukket: Økonomisk status pr. 30. september") if flag else T(w, "Personalesag - lukket", "Lukket: Personalesag på direktørniveau")
    sec = [("resume", [P(T(w, ph + ".", "Forvaltningen har anmodet om " + ph + "."))]), ("beslutning", [P(T(w, "Taget til efterretning.", "Orienteringen taget til efterretning."))])]
    return dict(title=t, sections=sec, phrase=ph, variant="closed_budget_or_staff", why=why, closed=True)


# ---------------------------------------------------------------- budget stops
def bs_aids(p, w, flag):
    if flag:
        ph = T(w, "Stoppet omfatter også nye bevillinger af hjælpemidler og boligændringer efter servicelovens §§ 112 og 116, som udskydes til 2027",
               "bevillinger af hjælpemidler og boligindretning (servicelovens §§ 112 og 116) sættes i bero til 1. januar 2027")
        why = None
    else:
        ph = T(w, "Bevillinger efter serviceloven og anden lovbunden hjælp er undtaget fra stoppet og behandles uændret",
               "lovbundne ydelser, herunder hjælpemidler og boligindretning efter serviceloven, er ikke omfattet af stoppet")
        why = "statutory help exempt"
    sec = [("resume", [P(T(w, "Budgetopfølgningen viser et forventet merforbrug på 28 mio. kr. på service.", "Den seneste prognose viser en overskridelse af servicerammen på 24 mio. kr."))]),
           ("sag", [P(T(w, "Direktionen foreslår et midlertidigt indkøbs- og ansættelsesstop for resten af 2026.", "Der foreslås en udgiftsbremse frem til nytår."))]),
           ("indst", [UL([T(w, "at der indføres indkøbs- og ansættelsesstop til 31. december 2026", "at udgiftsbremsen iværksættes straks"),
                          T(w, "at " + ph[0].lower() + ph[1:], "at " + ph)])]),
           ("beslutning", [P(T(w, "Indstillingen godkendt.", "Tiltrådt."))])]
    return dict(title=T(w, "Budgetopfølgning og indkøbsstop", "Udgiftsbremse 2026"),
                sections=sec, phrase=ph, variant="stop_aids", why=why)


def bs_children(p, w, flag):
    if flag:
        ph = T(w, "der gives ikke nye bevillinger af aflastning efter servicelovens § 84 og merudgifter efter § 41 i resten af året",
               "nye sager om aflastning og dækning af merudgifter til børn med handicap afventer det nye budgetår")
        rec = [T(w, "at der indføres bevillingsstop på Børne- og Familieområdet, så " + ph, "at Børne- og Familieområdet pålægges et bevillingsstop, hvor " + ph)]
        dec = T(w, "Indstillingen godkendt.", "Godkendt.")
        why = None
    else:
        ph = T(w, "der gives ikke nye bevillinger af aflastning efter servicelovens § 84 og merudgifter efter § 41 i resten af året",
               "nye sager om aflastning og dækning af merudgifter til børn med handicap afventer det nye budgetår")
        rec = [T(w, "at der indføres bevillingsstop på Børne- og Familieområdet, så " + ph, "at Børne- og Familieområdet pålægges et bevillingsstop, hvor " + ph)]
        dec = T(w, "Byrådet fulgte ikke indstillingen. Byrådet besluttede, at stoppet kun gælder kurser, konsulentydelser og inventar, og at alle lovbundne ydelser til børn og familier bevilges som hidtil.",
                "Indstillingen blev ikke tiltrådt. Bevillingsstoppet begrænses til ikke-lovbundne aktiviteter; sager efter serviceloven behandles uændret.")
        why = "recommendation not followed; stop limited to discretionary spending"
    sec = [("resume", [P(T(w, "Børne- og Familieområdet forventer et merforbrug på 9 mio. kr.", "Der er et forventet merforbrug på det specialiserede børneområde."))]),
           ("indst", [UL(rec)]), ("beslutning", [P(dec)])]
    return dict(title=T(w, "Merforbrug på Børne- og Familieområdet", "Handlemuligheder ved merforbrug - børn og familie"),
                sections=sec, phrase=(ph if flag else T(w, "stoppet kun gælder kurser, konsulentydelser og inventar", "Bevillingsstoppet begrænses til ikke-lovbundne aktiviteter")),
                variant="stop_children_disability", why=why)


def bs_table(p, w, flag):
    if flag:
        row = T(w, "Ingen nye bevillinger af ledsagelse efter § 97 resten af 2026", "Ledsageordning (§ 97): pause i nye bevillinger til årsskiftet")
        note = T(w, "Tiltagene gennemføres straks.", "Tiltagene iværksættes fra mødedagen.")
        ph = row
        why = None
    else:
        row = T(w, "Udskydelse af vedligehold af kommunale veje", "Udskudt asfaltudlægning")
        note = T(w, "Lovbundne ydelser, herunder ledsagelse efter § 97, er ikke omfattet af tiltagene.", "Tiltagene omfatter ikke lovbunden hjælp; ledsagelse efter servicelovens § 97 bevilges som hidtil.")
        ph = note
        why = "stop on discretionary items only, statutory help exempt"
    tab = TAB([[T(w, "Tiltag", "Handling"), T(w, "Besparelse 2026", "Effekt 2026")],
               [T(w, "Stop for nye kurser og konferencer", "Kursusstop"), "0,6 mio. kr."],
               [row, "0,4 mio. kr."],
               [T(w, "Udskydelse af indkøb af inventar", "Inventarstop"), "0,3 mio. kr."]])
    sec = [("resume", [P(T(w, "Social- og Sundhedsudvalget skal overholde sin ramme for 2026. Forvaltningen har udarbejdet en plan for tilpasning.", "Der fremlægges en tilpasningsplan for Social og Sundhed 2026."))]),
           ("sag", [tab, P(note)]),
           ("indst", [UL([T(w, "at tiltagene i tabellen godkendes", "at tilpasningsplanen vedtages")])]),
           ("beslutning", [P(T(w, "Godkendt.", "Vedtaget."))])]
    return dict(title=T(w, "Tilpasningsplan for Social og Sundhed 2026", "Tilpasning af udgifterne - Social og Sundhed"),
                sections=sec, phrase=ph, variant="stop_table", why=why)


# ---------------------------------------------------------------- retroactive
def rt_grant(p, w, flag):
    d = p["date"]
    eff = first_of(d, 2) if flag else "1. januar 2027"
    ph = T(w, "Tilskuddet til pasning af egne børn nedsættes med 20 pct. med virkning fra %s" % eff,
           "nedsættelse af tilskud til privat pasning gældende fra %s" % eff)
    sec = [("resume", [P(T(w, "Forvaltningen foreslår ændrede takster for tilskud på dagtilbudsområdet.", "Tilskuddene på dagtilbudsområdet foreslås tilpasset."))]),
           ("indst", [UL([T(w, ph, "at der vedtages en " + ph), T(w, "at forældrene orienteres skriftligt", "at de berørte familier informeres")])]),
           ("beslutning", [P(T(w, "Indstillingen godkendt.", "Godkendt."))])]
    return dict(title=T(w, "Tilskud til pasning af egne børn", "Takster for privat pasning"), sections=sec, phrase=ph,
                variant="retro_child_grant", why=None if flag else "future effect")


def rt_provider(p, w, flag):
    d = p["date"]
    eff = first_of(d, 3) if flag else "1. januar 2027"
    ph = T(w, "Timeprisen til private leverandører af hjemmepleje nedsættes fra 412 kr. til 389 kr. med virkning fra %s" % eff,
           "at den nye, lavere timepris på 381 kr. for frit valg-leverandører gælder fra %s" % eff)
    sec = [("resume", [P(T(w, "Kommunen skal årligt efterregulere timeprisen for praktisk og personlig hjælp.", "Den årlige efterberegning af timepriser i hjemmeplejen foreligger."))]),
           ("sag", [P(T(w, "Efterberegningen viser lavere gennemsnitlige omkostninger.", "De faktiske omkostninger har været lavere end budgetteret."))]),
           ("indst", [UL([ph if w == 0 else ph])]),
           ("beslutning", [P(T(w, "Godkendt.", "Indstillingen tiltrådt."))])]
    return dict(title=T(w, "Timepriser for private leverandører i hjemmeplejen", "Efterregulering af timepris - frit valg"), sections=sec, phrase=ph,
                variant="retro_provider_price", why=None if flag else "future effect")


def rt_table(p, w, flag):
    d = p["date"]
    eff = first_of(d, 2) if flag else "1. januar 2027"
    ph = T(w, "Ikrafttræden: %s" % eff, "Gælder fra: %s" % eff)
    tab = TAB([[T(w, "Ydelse", "Område"), T(w, "Hidtil", "Før"), T(w, "Fremover", "Efter")],
               [T(w, "Tilskud til frivilligt socialt arbejde (§ 18), pr. forening", "§ 18-tilskud pr. forening"), "25.000 kr.", "18.000 kr."],
               [T(w, "Kørselsgodtgørelse, dagplejere", "Kørsel, dagplejen"), "3,79 kr./km", "3,20 kr./km"]])
    sec = [("resume", [P(T(w, "Der fremlægges forslag til reduktion af en række tilskud.", "Forslag om lavere tilskudssatser."))]),
           ("sag", [tab, P(ph + ".")]),
           ("indst", [UL([T(w, "at satserne i tabellen godkendes", "at de nye satser vedtages")])]),
           ("beslutning", [P(T(w, "Godkendt.", "Vedtaget."))])]
    return dict(title=T(w, "Reduktion af tilskudssatser", "Nye tilskudssatser"), sections=sec, phrase=ph,
                variant="retro_table", why=None if flag else "future effect")


# ---------------------------------------------------------------- the rest (one variant)
def fx(p, w, flag):
    if flag:
        ph = T(w, "Der ydes højst to timers rengøring hver 14. dag, og rammen kan ikke fraviges",
               "hjælpen udgør maksimalt 1 time hver anden uge uanset den enkeltes behov")
        why = None
    else:
        ph = T(w, "Der ydes normalt to timers rengøring hver 14. dag, men der foretages altid en konkret, individuel vurdering",
               "hjælpen udgør som udgangspunkt 1 time hver anden uge; efter en konkret vurdering kan der bevilges mere")
        why = "individual assessment kept"
    sec = [("resume", [P(T(w, "Kvalitetsstandarden for praktisk hjælp efter servicelovens § 83 forelægges til godkendelse.", "Den årlige revision af kvalitetsstandarden for § 83."))]),
           ("bilag", [P(T(w, "Bilag: Kvalitetsstandard, afsnit 4 (resumé): " + ph + ".", "Uddrag af bilag, pkt. 3: " + ph + "."))]),
           ("hoering", [P(T(w, "Ældrerådet og Handicaprådet har afgivet høringssvar uden bemærkninger.", "Høringssvar fra Ældrerådet og Handicaprådet er vedlagt."))]),
           ("indst", [UL([T(w, "at kvalitetsstandarden godkendes", "at standarden vedtages")])]),
           ("beslutning", [P(T(w, "Godkendt.", "Vedtaget."))])]
    return dict(title=T(w, "Kvalitetsstandard for praktisk hjælp 2027", "Revision af kvalitetsstandard, § 83"), sections=sec, phrase=ph, variant="fixed_limit", why=why)


def rf(p, w, flag):
    if flag:
        ph = T(w, "Ansøgninger om dækning af merudgifter til voksne efter servicelovens § 100 imødekommes som udgangspunkt ikke",
               "det lægges til grund, at ansøgninger om ledsagelse ud over 15 timer afslås")
        why = None
    else:
        ph = T(w, "Retningslinjen er vejledende, og der skal altid foretages en konkret vurdering af hver ansøgning",
               "retningslinjerne er alene vejledende; hver sag afgøres efter en individuel vurdering")
        why = "guideline only, individual assessment"
    sec = [("resume", [P(T(w, "Forvaltningen har udarbejdet nye retningslinjer for sagsbehandlingen på voksenområdet.", "Nye interne retningslinjer på handicapområdet forelægges."))]),
           ("sag", [P(ph + ".")]),
           ("indst", [UL([T(w, "at retningslinjerne godkendes", "at retningslinjerne vedtages")])]),
           ("beslutning", [P(T(w, "Godkendt.", "Vedtaget."))])]
    return dict(title=T(w, "Retningslinjer for sagsbehandling på voksenområdet", "Retningslinjer - handicap og psykiatri"), sections=sec, phrase=ph, variant="refusal_presumption", why=why)


def re_(p, w, flag):
    buyer = p["firm4"]
    if flag:
        ph = T(w, "at ejendommen matr.nr. 14b sælges direkte til %s A/S for 2,1 mio. kr. uden forudgående offentligt udbud" % buyer,
               "salg til %s A/S for 1,9 mio. kr. efter direkte forhandling, uden annoncering" % buyer)
        why = None
    else:
        ph = T(w, "Salget kan ske uden offentligt udbud, da arealet på 180 m² overføres til naboejendommen, jf. undtagelsen i § 3 i bekendtgørelse om offentligt udbud ved salg af kommunens faste ejendomme",
               "undtaget fra kravet om offentligt udbud efter udbudsbekendtgørelsens § 3, da der er tale om en mindre arealoverførsel til naboen")
        why = "exception cited"
    sec = [("resume", [P(T(w, "%s A/S har henvendt sig om køb af kommunens areal ved erhvervsområdet." % buyer, "Der foreligger et købstilbud fra %s A/S på et kommunalt areal." % buyer))]),
           ("sag", [P(T(w, "Prisen svarer til en valuarvurdering.", "Købesummen er fastsat efter vurdering."))]),
           ("indst", [UL([ph if w == 0 or not flag else "at byrådet godkender " + ph])]),
           ("beslutning", [P(T(w, "Godkendt.", "Tiltrådt."))])]
    return dict(title=T(w, "Salg af areal ved erhvervsområdet", "Henvendelse om køb af kommunal grund"), sections=sec, phrase=ph, variant="sale_no_offering", why=why)


def pd(p, w, flag):
    nm = p["citizen"]
    if flag:
        ph = T(w, "%s, %s, der har en demensdiagnose og modtager hjemmepleje fire gange dagligt" % (nm, p["street"]),
               "%s (bosat %s) lider af svær depression og er visiteret til bostøtte" % (nm, p["street"]))
        why = None
        bg = T(w, "Byrådet orienteres om en klagesag fra " + ph + ".", "Orientering om borgerhenvendelse: " + ph + ".")
    else:
        ph = T(w, "Borgerforslag fra %s om en fodgængerovergang ved skolen" % nm, "%s har indsendt forslag om bedre belysning på stien" % nm)
        why = "named citizen without health or social details"
        bg = T(w, ph + ". Forslaget har fået 312 støtter.", ph + ", som forvaltningen anbefaler gennemført.")
    sec = [("resume", [P(bg)]), ("beslutning", [P(T(w, "Taget til efterretning.", "Til efterretning."))])]
    return dict(title=T(w, "Orientering om borgerhenvendelse", "Henvendelse fra borger") if flag else T(w, "Borgerforslag om trafiksikkerhed", "Borgerhenvendelse om stibelysning"),
                sections=sec, phrase=ph, variant="named_citizen_health", why=why)


def dl(p, w, flag):
    if flag:
        ph = T(w, "at Økonomiudvalget bemyndiges til at godkende årsregnskabet for 2026 på byrådets vegne",
               "Økonomiudvalget får kompetence til at vedtage kommunens budget for 2027, hvis byrådet ikke når det")
        why = None
    else:
        ph = T(w, "at direktøren bemyndiges til at indgå lejeaftaler om garager inden for de takster, byrådet har fastsat",
               "forvaltningen bemyndiges til at forny forpagtningsaftaler på uændrede vilkår inden for byrådets rammer")
        why = "delegation of routine matters within council's framework"
    sec = [("resume", [P(T(w, "Der fremlægges forslag til ændring af delegationsplanen.", "Delegationsplanen foreslås ajourført."))]),
           ("indst", [UL([ph if w == 0 else "at " + ph])]), ("beslutning", [P(T(w, "Godkendt.", "Vedtaget."))])]
    return dict(title=T(w, "Ændring af delegationsplan", "Ajourføring af kompetenceplan"), sections=sec, phrase=ph, variant="delegation", why=why)


def ih(p, w, flag):
    mb, firm = p["member"], p["firm5"]
    if flag:
        ph = T(w, "%s, der er bestyrelsesformand i %s A/S, deltog i behandlingen og afstemningen" % (mb, firm),
               "%s (medejer af %s A/S) deltog i sagens behandling" % (mb, firm))
        why = None
    else:
        ph = T(w, "%s erklærede sig inhabil og forlod mødet under behandlingen af punktet" % mb,
               "%s var inhabil og deltog ikke i behandlingen" % mb)
        why = "member declared inhabil and left"
    sec = [("resume", [P(T(w, "Forvaltningen indstiller, at kontrakten om vejvedligehold tildeles %s A/S." % firm, "Tildeling af kontrakt om vintertjeneste til %s A/S." % firm))]),
           ("indst", [UL([T(w, "at kontrakten tildeles %s A/S" % firm, "at %s A/S tildeles opgaven" % firm)])]),
           ("beslutning", [P(T(w, "Godkendt. ", "Tiltrådt. ") + ph + ".")])]
    return dict(title=T(w, "Tildeling af kontrakt om vejvedligehold", "Kontrakt om vintertjeneste"), sections=sec, phrase=ph, variant="inhabil_took_part", why=why)


def fe(p, w, flag):
    if flag:
        ph = T(w, "Der indføres et gebyr på 350 kr. for behandling af ansøgninger om hjælpemidler",
               "et ekspeditionsgebyr på 300 kr. pr. ansøgning om handicapparkering")
        why = None
    else:
        ph = T(w, "Gebyret for byggesagsbehandling fastsættes efter byggelovens § 28 og bygningsreglementet",
               "byggesagsgebyret opkræves med hjemmel i byggelovens § 28")
        why = "basis cited"
    sec = [("resume", [P(T(w, "Takstbladet for 2027 forelægges.", "Forslag til takster 2027."))]),
           ("sag", [P(ph + ".")]), ("indst", [UL([T(w, "at takstbladet godkendes", "at taksterne vedtages")])]),
           ("beslutning", [P(T(w, "Godkendt.", "Vedtaget."))])]
    return dict(title=T(w, "Takster 2027 - gebyrer", "Gebyrer og takster for 2027"), sections=sec, phrase=ph, variant="fee_no_basis", why=why)


def kv(p, w, flag):
    if flag:
        ph = T(w, "Afgørelsen er endelig og kan ikke påklages til anden administrativ myndighed",
               "Byrådets afgørelse kan ikke indbringes for Ankestyrelsen")
        why = None
    else:
        ph = T(w, "Afgørelsen kan påklages til Ankestyrelsen inden 4 uger efter modtagelsen; klagen sendes til kommunen",
               "Klagevejledning: klage over afgørelsen indgives til kommunen inden fire uger og videresendes til Ankestyrelsen")
        why = "correct complaint guidance"
    sec = [("resume", [P(T(w, "Byrådet skal tage stilling til en ansøgning om merudgifter efter servicelovens § 41, som forvaltningen har indstillet til afslag.", "Genbehandling af ansøgning om dækning af merudgifter efter servicelovens § 41."))]),
           ("indst", [UL([T(w, "at ansøgningen afslås", "at afslaget fastholdes")])]),
           ("beslutning", [P(T(w, "Indstillingen godkendt. ", "Tiltrådt. ") + ph + ".")])]
    return dict(title=T(w, "Ansøgning om merudgifter - afgørelse", "Genbehandling - merudgifter, § 41"), sections=sec, phrase=ph, variant="complaint_guidance", why=why)


CLASSES = [
    # class, law, emphasis, [variants]
    ("company_benefit", "kommunalfuldmagten", True, [cb_guarantee, cb_rent, cb_grant, cb_freeuse]),
    ("hearing_missing", "retssikkerhedsloven § 30, § 37 a", True, [he_cleaning, he_transport, he_amend]),
    ("closed_no_ground", "kommunestyrelsesloven § 10", True, [cl_noground, cl_badground, cl_budget]),
    ("budget_stop", "serviceloven / forvaltningsret (lovbunden hjælp)", True, [bs_aids, bs_children, bs_table]),
    ("retroactive_reduction", "forbud mod tilbagevirkende kraft", True, [rt_grant, rt_provider, rt_table]),
    ("fixed_limit", "serviceloven (individuel vurdering)", False, [fx]),
    ("refusal_presumption", "forvaltningsloven / skøn under regel", False, [rf]),
    ("real_estate_no_offering", "udbudsbekendtgørelsen", False, [re_]),
    ("personal_data", "persondataretten", False, [pd]),
    ("unlawful_delegation", "kommunestyrelsesloven", False, [dl]),
    ("inhabil_took_part", "forvaltningsloven § 3, kommunestyrelsesloven § 14", False, [ih]),
    ("fee_no_basis", "legalitetsprincippet (gebyr kræver hjemmel)", False, [fe]),
    ("complaint_guidance", "forvaltningsloven § 25", False, [kv]),
]


# ---------------------------------------------------------------- ordinary items
def ordinary(p, w, k):
    b = p["body"]
    items = [
        (T(w, "Godkendelse af dagsorden", "Dagsorden"), [("beslutning", [P(T(w, "Dagsordenen godkendt.", "Godkendt."))])]),
        (T(w, "Budgetopfølgning pr. udgangen af %s" % p["prev"], "Økonomisk status ultimo %s" % p["prev"]),
         [("resume", [P(T(w, "Budgetopfølgningen viser et samlet mindreforbrug på 3,4 mio. kr.", "Prognosen viser balance på serviceudgifterne."))]),
          ("indst", [UL([T(w, "at budgetopfølgningen tages til efterretning", "at orienteringen tages til efterretning")])]),
          ("beslutning", [P(T(w, "Taget til efterretning.", "Til efterretning."))])]),
        (T(w, "Endelig vedtagelse af lokalplan nr. %d for boliger ved %s" % (p["n"], p["street"]), "Lokalplan %d - %s, endelig vedtagelse" % (p["n"], p["street"])),
         [("resume", [P(T(w, "Lokalplanforslaget har været i offentlig høring i 8 uger. Der er modtaget 4 høringssvar.", "Forslaget har været fremlagt i otte uger, og der er indkommet tre bemærkninger."))]),
          ("indst", [UL([T(w, "at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen", "at planen vedtages endeligt")])]),
          ("beslutning", [P(T(w, "Godkendt.", "Vedtaget."))])]),
        (T(w, "Anlægsbevilling til renovering af %s" % p["street"], "Trafiksikring af %s - anlægsbevilling" % p["street"]),
         [("resume", [P(T(w, "Der søges om en anlægsbevilling på 5,6 mio. kr. til ny belægning og cykelsti.", "Der ansøges om 4,9 mio. kr. til hastighedsdæmpning og fortov."))]),
          ("indst", [UL([T(w, "at der gives en anlægsbevilling, finansieret af det afsatte rådighedsbeløb", "at anlægsbevillingen meddeles")])]),
          ("beslutning", [P(T(w, "Godkendt.", "Tiltrådt."))])]),
        (T(w, "Meddelelser", "Orientering fra borgmesteren"),
         [("beslutning", [P(T(w, "Borgmesteren orienterede om julebelysningen og om mødekalenderen for 2027.", "Borgmesteren orienterede om status på klimaplanen. Taget til efterretning."))])]),
        (T(w, "Køb af ejendom - lukket punkt", "Lukket: Ejendomskøb"),
         [("resume", [P(T(w, "Punktet er lukket af hensyn til kommunens forhandlingsposition, jf. kommunestyrelseslovens § 10 og offentlighedslovens § 33, nr. 4.",
                          "Lukket efter kommunestyrelseslovens § 10 og offentlighedslovens § 33, nr. 4, da kommunens økonomiske interesser ved et køb skal beskyttes."))]),
          ("beslutning", [P(T(w, "Godkendt.", "Tiltrådt."))])]),
        (T(w, "Valg af nyt medlem til Folkeoplysningsudvalget", "Udpegning til bestyrelse for musikskolen"),
         [("resume", [P(T(w, "Et medlem er udtrådt, og gruppen har indstillet en afløser.", "Der skal udpeges et nyt medlem efter et udtrædende medlem."))]),
          ("beslutning", [P(T(w, "Godkendt.", "Valgt."))])]),
    ]
    return items[k]
