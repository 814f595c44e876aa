# -*- coding: utf-8 -*-
"""Agenda items for independent spot corpus 16.

Every case function takes a context `c` (rng, municipality, body, meeting date, helpers) and
returns a dict: title, sections [(heading, text)], decision (text; may hold several paragraphs
separated by blank lines), box (optional boxed paragraph after the decision), closed (bool),
phrase (the decisive words), law, variant, why_quiet (for near misses).
All Danish text written for this corpus."""

import datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

FIRST = ["Jens", "Hanne", "Mette", "Søren", "Birgit", "Lars", "Anne-Grethe", "Poul", "Kirsten",
         "Ole", "Jørgen", "Lene", "Henrik", "Bodil", "Niels", "Karen", "Torben", "Ulla", "Bjørn", "Åse"]
LAST = ["Mortensen", "Kjærgaard", "Østergaard", "Sørensen", "Lauridsen", "Holm", "Bech",
        "Frølund", "Dahl", "Mølgaard", "Krogh", "Nørgaard", "Vestergaard", "Thygesen", "Brøndum"]
PARTIES = ["A", "V", "C", "F", "Ø", "O", "B", "I", "K", "Æ", "M"]
FIRMS = ["Vestjysk Stål ApS", "Frølunds Tømrer- og Snedkerforretning ApS", "Nørre Maskinfabrik A/S",
         "Havnens Fiskeeksport ApS", "Thygesen Ejendomme ApS", "Lundgaard Biler A/S",
         "Bryggeriet Åkanden ApS", "Kystens Camping ApS", "Mølgaard Entreprenør A/S"]


def cases_dk(d):
    return dk(d)


def dk(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


class Ctx:
    def __init__(self, rng, muni, body, date, seq):
        self.rng, self.muni, self.body, self.date, self.seq = rng, muni, body, date, seq

    def person(self):
        return "%s %s" % (self.rng.choice(FIRST), self.rng.choice(LAST))

    def member(self):
        return "%s (%s)" % (self.person(), self.rng.choice(PARTIES))

    def firm(self):
        return self.rng.choice(FIRMS)

    def sagsnr(self):
        r = self.rng
        style = r.randrange(4)
        if style == 0:
            return "%02d.%02d.%02d-%s%02d-%d-25" % (r.randrange(100), r.randrange(30), r.randrange(20),
                                                    r.choice("GPAK"), r.randrange(1, 20), r.randrange(1, 400))
        if style == 1:
            return "EMN-2025-%06d" % r.randrange(1, 30000)
        if style == 2:
            return "%d-2025-%d" % (r.randrange(100, 900), r.randrange(1000, 99999))
        return "%d" % r.randrange(100000, 999999)

    def later(self, months):
        m = self.date.month - 1 + months
        y = self.date.year + m // 12
        import datetime
        return datetime.date(y, m % 12 + 1, 1)

    def committee(self):
        return self.rng.choice(["Social- og Sundhedsudvalget", "Ældre- og Sundhedsudvalget",
                                "Udvalget for Social og Handicap", "Velfærdsudvalget"])

    def money(self, lo, hi, step=5000):
        v = self.rng.randrange(lo // step, hi // step) * step
        return "{:,}".format(v).replace(",", ".")


def case(cls, expect, variant, law, phrase, title, sections, decision, box=None, closed=False, why_quiet=None):
    return dict(cls=cls, expect=expect, variant=variant, law=law, phrase=phrase, title=title,
                sections=sections, decision=decision, box=box, closed=closed, why_quiet=why_quiet)


# ---------------------------------------------------------------- class 1: fixed limits
def c1_words(c):
    com = c.committee()
    return case("fixed_limit", "flag", "limit in words", "serviceloven § 83",
                "højst to timers rengøring hver tredje uge",
                "Revideret kvalitetsstandard for praktisk hjælp 2025",
                [("Sagsfremstilling",
                  "%s har på sit møde i %s drøftet forslag til revideret kvalitetsstandard for praktisk "
                  "hjælp efter servicelovens § 83. Formålet er at tilpasse serviceniveauet til den "
                  "vedtagne budgetramme, hvor der er indarbejdet en besparelse på %s kr. årligt. "
                  "Efter forslaget kan der bevilges højst to timers rengøring hver tredje uge. "
                  "Tøjvask ydes som udgangspunkt ikke, hvis borgeren har adgang til vaskemaskine. "
                  "Rammerne kan ikke fraviges, heller ikke efter ansøgning." % (com, MONTHS[(c.date.month - 2) % 12],
                                                                                 c.money(600000, 1500000))),
                 ("Økonomiske konsekvenser",
                  "Ændringen forventes at reducere udgifterne med ca. %s kr. i 2025 og fuld effekt fra 2026."
                  % c.money(300000, 800000))],
                "Godkendt.")


def c1_table(c):
    rows = [("Bad", "1 gang ugentligt", "Maksimum"), ("Rengøring", "1 time hver 14. dag", "Maksimum"),
            ("Indkøbsordning", "1 gang ugentligt", "Maksimum"), ("Ledsagelse til læge", "Ydes ikke", "-")]
    tab = "\n".join("%s | %s | %s" % r for r in rows)
    return case("fixed_limit", "flag", "table of levels", "serviceloven § 83",
                "Ydelserne i skemaet er maksimale og kan ikke overskrides",
                "Serviceniveau for personlig og praktisk hjælp – godkendelse",
                [("Resumé", "Forvaltningen fremlægger skema over serviceniveauer for hjemmehjælp til godkendelse."),
                 ("Sagsfremstilling",
                  "Skemaet nedenfor samler de serviceniveauer, som visitationen fremover anvender.\n"
                  "TABLE:Ydelse | Omfang | Status\n" + tab + "\n"
                  "Ydelserne i skemaet er maksimale og kan ikke overskrides. Visitator skal afvise "
                  "ansøgninger om hjælp ud over skemaets omfang.")],
                "Indstillingen godkendt.")


def c1_amend(c):
    m = c.member()
    return case("fixed_limit", "flag", "limit only in adopted amendment", "serviceloven § 97",
                "ledsagelse efter servicelovens § 97 kan højst udgøre 10 timer om måneden uden undtagelse",
                "Kvalitetsstandard for ledsageordning efter servicelovens § 97",
                [("Sagsfremstilling",
                  "Kvalitetsstandarden beskriver ledsageordningen for borgere mellem 18 og 67 år med "
                  "betydelig og varigt nedsat funktionsevne. Der kan efter loven bevilges op til 15 timer "
                  "om måneden. Forvaltningen foreslår, at der fortsat foretages en konkret og individuel "
                  "vurdering af den enkelte borgers behov."),
                 ("Indstilling", "Forvaltningen indstiller, at kvalitetsstandarden godkendes.")],
                "%s stillede følgende ændringsforslag: at det i kvalitetsstandarden indsættes, at "
                "ledsagelse efter servicelovens § 97 kan højst udgøre 10 timer om måneden uden undtagelse.\n\n"
                "For ændringsforslaget stemte A, V og C (16). Imod stemte F og Ø (9). Ændringsforslaget "
                "blev vedtaget.\n\nKvalitetsstandarden blev herefter godkendt med den vedtagne ændring." % m)


def c1_q_guide(c):
    return case("fixed_limit", "quiet", "guideline with individual assessment", "serviceloven § 83",
                "Der foretages altid en konkret, individuel vurdering",
                "Kvalitetsstandard for praktisk hjælp 2025",
                [("Sagsfremstilling",
                  "Kvalitetsstandarden angiver, at rengøring som udgangspunkt ydes hver anden uge i op til "
                  "en time. Niveauet er vejledende. Der foretages altid en konkret, individuel vurdering af "
                  "borgerens behov, og der kan bevilges mere hjælp, hvis behovet tilsiger det."),
                 ("Høring", "Ældrerådet og Handicaprådet har afgivet høringssvar, som er vedlagt.")],
                "Godkendt.", why_quiet="the level is a guideline with explicit individual assessment")


def c1_q_minority(c):
    return case("fixed_limit", "quiet", "limit only in minority remark", "serviceloven § 97",
                "højst 8 timer om måneden, og rammen kan ikke fraviges",
                "Kvalitetsstandard for ledsagelse 2025",
                [("Sagsfremstilling",
                  "Forvaltningen foreslår uændret serviceniveau for ledsagelse efter servicelovens § 97. "
                  "Timetallet fastsættes efter en konkret vurdering af den enkelte borgers behov inden "
                  "for lovens ramme på 15 timer om måneden.")],
                "Indstillingen godkendt med 20 stemmer mod 5.\n\nMindretallet (O og Æ) ønskede følgende "
                "ført til protokols: Vi mener, at ledsagelse bør fastsættes til højst 8 timer om måneden, "
                "og rammen kan ikke fraviges. Vi stemmer derfor imod.",
                why_quiet="only a minority's protocol remark holds the fixed limit")


# ---------------------------------------------------------------- class 2: presumption of refusal
def c2_flag(c):
    return case("presumption_refusal", "flag", "hovedregel afslag", "serviceloven § 116",
                "Hovedreglen er, at ansøgninger om boligindretning til trappelift afslås",
                "Retningslinjer for boligindretning efter servicelovens § 116",
                [("Sagsfremstilling",
                  "Udgifterne til boligindretning har i 2024 oversteget budgettet med %s kr. Forvaltningen "
                  "har derfor udarbejdet nye retningslinjer. Hovedreglen er, at ansøgninger om "
                  "boligindretning til trappelift afslås, idet borgeren henvises til at søge en egnet "
                  "bolig." % c.money(400000, 2000000))],
                "Godkendt.")


def c2_flag_committee(c):
    com = c.committee()
    return case("presumption_refusal", "flag", "committee wording adopted by council", "serviceloven § 100",
                "ansøgninger om dækning af merudgifter til kost normalt ikke vil blive imødekommet",
                "Serviceniveau for merudgifter til voksne",
                [("Sagsfremstilling",
                  "Sagen vedrører kommunens praksis for dækning af nødvendige merudgifter efter "
                  "servicelovens § 100."),
                 ("Beslutning i %s den %s" % (com, dk(c.later(-1)).replace("1. ", "12. ", 1)),
                  "Udvalget anbefaler, at det fremover lægges til grund, at ansøgninger om dækning af "
                  "merudgifter til kost normalt ikke vil blive imødekommet.")],
                "Udvalgets indstilling godkendt.")


def c2_q_criteria(c):
    return case("presumption_refusal", "quiet", "criteria with individual assessment", "serviceloven § 112",
                "Ansøgningen vurderes konkret og individuelt",
                "Retningslinjer for hjælpemidler efter servicelovens § 112",
                [("Sagsfremstilling",
                  "Retningslinjerne beskriver de kriterier, forvaltningen lægger vægt på: om hjælpemidlet "
                  "i væsentlig grad kan afhjælpe de varige følger af den nedsatte funktionsevne, lette "
                  "den daglige tilværelse eller er nødvendigt for udøvelse af et erhverv. Ansøgningen "
                  "vurderes konkret og individuelt, og kriterierne er ikke udtømmende.")],
                "Godkendt.", why_quiet="criteria with explicit individual assessment")


def c2_q_changed(c):
    com = c.committee()
    return case("presumption_refusal", "quiet", "committee presumption changed by council", "serviceloven § 85",
                "normalt ikke imødekommes",
                "Serviceniveau for socialpædagogisk støtte",
                [("Sagsfremstilling",
                  "Forvaltningen har fremlagt forslag til serviceniveau for socialpædagogisk støtte efter "
                  "servicelovens § 85."),
                 ("Beslutning i %s" % com,
                  "Udvalget anbefaler, at ansøgninger om støtte ud over 3 timer ugentligt normalt ikke "
                  "imødekommes.")],
                "%s godkendte serviceniveauet, idet udvalgets anbefaling udgår. Det præciseres, at "
                "der træffes afgørelse efter en konkret, individuel vurdering af borgerens behov." % c.body,
                why_quiet="the presumption is only in a committee recommendation that the council struck out")


# ---------------------------------------------------------------- class 3: benefit to a company
def c3_guarantee(c):
    f = c.firm()
    return case("company_benefit", "flag", "loan guarantee to one company", "kommunalfuldmagten",
                "kommunegaranti for et lån på %s kr. til %s" % ("4.500.000", f),
                "Anmodning om kommunegaranti – %s" % f,
                [("Sagsfremstilling",
                  "%s har anmodet kommunen om at stille kommunegaranti for et lån på 4.500.000 kr. i "
                  "forbindelse med udvidelse af virksomhedens produktionshal. Virksomheden beskæftiger "
                  "ca. 60 medarbejdere og er en vigtig arbejdsplads i lokalområdet." % f),
                 ("Indstilling", "Forvaltningen indstiller, at der stilles kommunegaranti for et lån på "
                  "4.500.000 kr. til %s." % f)],
                "Godkendt.")


def c3_rent(c):
    f = c.firm()
    return case("company_benefit", "flag", "symbolic rent", "kommunalfuldmagten",
                "udlejes for en årlig leje på 1 kr.",
                "Udlejning af den tidligere materielgård",
                [("Sagsfremstilling",
                  "Den tidligere materielgård har stået tom siden 2023. %s har tilbudt at overtage "
                  "bygningen til lager. Det foreslås, at bygningen udlejes for en årlig leje på 1 kr., "
                  "mod at lejer afholder den løbende vedligeholdelse." % f)],
                "Godkendt.")


def c3_q_market(c):
    f = c.firm()
    return case("company_benefit", "quiet", "market rent set by valuer", "kommunalfuldmagten",
                "markedslejen, fastsat af ekstern valuar",
                "Udlejning af erhvervslokaler på Havnevej",
                [("Sagsfremstilling",
                  "%s ønsker at leje lokalerne. Lejen fastsættes til markedslejen, fastsat af ekstern "
                  "valuar til 685 kr. pr. m² årligt. Lokalerne har været annonceret til leje." % f)],
                "Godkendt.", why_quiet="market rent, advertised")


def c3_q_almen(c):
    return case("company_benefit", "quiet", "guarantee with statutory basis", "almenboligloven § 127",
                "kommunegaranti, jf. almenboliglovens § 127",
                "Kommunegaranti for lån til renovering – Boligforeningen Solgården",
                [("Sagsfremstilling",
                  "Landsbyggefonden har godkendt renoveringen. Kommunen skal i den forbindelse stille "
                  "kommunegaranti, jf. almenboliglovens § 127, for den del af realkreditlånet, der "
                  "ligger ud over 60 pct. af ejendommens værdi.")],
                "Godkendt.", why_quiet="guarantee with cited statutory basis, non-profit housing")


# ---------------------------------------------------------------- class 4: sale without offering
def c4_silent(c):
    f = c.firm()
    return case("sale_no_offering", "flag", "direct sale, silent about offering", "udbudsbekendtgørelsen",
                "sælges til %s for 1.250.000 kr." % f,
                "Salg af erhvervsgrund, matr.nr. 14ab",
                [("Sagsfremstilling",
                  "Kommunen ejer erhvervsgrunden matr.nr. 14ab på 6.200 m². %s har rettet henvendelse "
                  "og ønsker at købe grunden til udvidelse. Det foreslås, at grunden sælges til %s for "
                  "1.250.000 kr. ekskl. moms. Køber afholder alle omkostninger ved handlen." % (f, f))],
                "Indstillingen godkendt.")


def c4_q_offered(c):
    return case("sale_no_offering", "quiet", "offered publicly", "udbudsbekendtgørelsen",
                "været udbudt offentligt",
                "Salg af tidligere skolebygning – accept af bud",
                [("Sagsfremstilling",
                  "Ejendommen har været udbudt offentligt ved annoncering i dagspressen og på kommunens "
                  "hjemmeside fra den %s med budfrist fire uger senere. Der er modtaget fem bud. Det "
                  "højeste bud er på 3.100.000 kr." % dk(c.later(-3)))],
                "Godkendt.", why_quiet="offered publicly, highest bid accepted")


def c4_q_small(c):
    return case("sale_no_offering", "quiet", "cited exception: small area", "udbudsbekendtgørelsen § 2",
                "jf. udbudsbekendtgørelsens § 2, stk. 2, nr. 1",
                "Salg af restareal til nabo",
                [("Sagsfremstilling",
                  "Ejeren af naboejendommen ønsker at købe et restareal på 85 m², som ikke kan udnyttes "
                  "selvstændigt. Salget kan ske uden offentligt udbud, jf. udbudsbekendtgørelsens § 2, "
                  "stk. 2, nr. 1. Prisen er fastsat efter vurdering af en ejendomsmægler.")],
                "Godkendt.", why_quiet="cited exception for small areas")


def c4_lease(c):
    f = c.firm()
    return case("sale_no_offering", "flag", "long lease without offering", "udbudsbekendtgørelsen",
                "lejekontrakt med %s om arealet på 30 år" % f,
                "Langtidsudlejning af areal ved lystbådehavnen",
                [("Sagsfremstilling",
                  "Forvaltningen har forhandlet en lejekontrakt med %s om arealet på 30 år. Lejer har "
                  "mulighed for at opføre bebyggelse. Lejen er 90.000 kr. årligt." % f)],
                "Godkendt.")


# ---------------------------------------------------------------- class 5: named citizen
def c5_flag(c):
    p = c.person()
    return case("named_citizen_sensitive", "flag", "named with diagnosis", "forvaltningsloven § 27",
                "%s, der lider af svær skizofreni" % p,
                "Klage over tilbud om botilbud",
                [("Sagsfremstilling",
                  "Borgeren %s, der lider af svær skizofreni og har et længerevarende misbrug, har klaget "
                  "over, at kommunen har tilbudt ophold på et botilbud efter servicelovens § 108 i en anden "
                  "kommune. Familien ønsker, at %s bliver i kommunen." % (p, p.split()[0]))],
                "Taget til efterretning.")


def c5_q_anon(c):
    return case("named_citizen_sensitive", "quiet", "anonymised", "forvaltningsloven § 27",
                "En borger med en psykisk lidelse",
                "Orientering om klagesag på botilbudsområdet",
                [("Sagsfremstilling",
                  "En borger med en psykisk lidelse har klaget over valget af botilbud. Af hensyn til "
                  "tavshedspligten er oplysninger, der kan identificere borgeren, udeladt.")],
                "Taget til efterretning.", why_quiet="anonymised")


def c5_q_cprlike(c):
    p = c.person()
    jn = "%02d%02d%02d-%04d" % (c.rng.randrange(1, 28), c.rng.randrange(1, 12), 24, c.rng.randrange(1000, 9999))
    return case("named_citizen_sensitive", "quiet", "name without sensitive data; journal no. like CPR",
                "forvaltningsloven § 27", "J.nr. %s" % jn,
                "Henvendelse om vejbelysning på Skovbrynet",
                [("Sagsfremstilling",
                  "%s har på vegne af grundejerforeningen Skovbrynet anmodet om bedre vejbelysning. "
                  "Henvendelsen er registreret under J.nr. %s." % (p, jn))],
                "Sagen oversendes til Teknik- og Miljøudvalget.", why_quiet="name with no sensitive data; journal number only CPR-shaped")


# ---------------------------------------------------------------- class 6: retroactive
def c6_flag(c):
    eff = c.later(-1) if c.date.month > 1 else c.date.replace(day=1)
    return case("retroactive_reduction", "flag", "effective before decision", "forvaltningsret",
                "med virkning fra den %s" % dk(eff),
                "Ændring af serviceniveau for madservice",
                [("Sagsfremstilling",
                  "Som led i budgetaftalen foreslås antallet af hovedretter i madservice reduceret fra "
                  "syv til fem om ugen, og kørselstilskuddet bortfalder."),
                 ("Indstilling", "At ændringen træder i kraft med virkning fra den %s." % dk(eff))],
                "Godkendt.")


def c6_q_future(c):
    eff = c.later(3)
    return case("retroactive_reduction", "quiet", "future effective date", "forvaltningsret",
                "med virkning fra den %s" % dk(eff),
                "Ændring af serviceniveau for vederlagsfri kørsel",
                [("Sagsfremstilling",
                  "Det foreslås, at kørselsordningen til aktivitetscentre begrænses til to ture om ugen."),
                 ("Indstilling", "At ændringen træder i kraft med virkning fra den %s, og at berørte "
                  "borgere orienteres skriftligt forinden." % dk(eff))],
                "Godkendt.", why_quiet="effective date after the decision")


def c6_q_benefit(c):
    return case("retroactive_reduction", "quiet", "retroactive increase (favourable)", "forvaltningsret",
                "med tilbagevirkende kraft fra den 1. januar 2025",
                "Forhøjelse af tilskud til frivilligt socialt arbejde",
                [("Sagsfremstilling",
                  "Det foreslås, at tilskuddet til frivillige sociale foreninger forhøjes med 10 pct. med "
                  "tilbagevirkende kraft fra den 1. januar 2025.")],
                "Godkendt.", why_quiet="retroactive effect is favourable to the recipients")


# ---------------------------------------------------------------- class 7: closed item
def c7_flag(c):
    return case("closed_no_ground", "flag", "closed without ground", "kommunestyrelsesloven § 10",
                "Lukket punkt",
                "Status på budgetopfølgning for anlægsprojekter",
                [("Sagsfremstilling", "Lukket punkt.")], "Taget til efterretning.", closed=True)


def c7_q_ground(c):
    return case("closed_no_ground", "quiet", "closed with ground cited", "kommunestyrelsesloven § 10",
                "jf. kommunestyrelseslovens § 10",
                "Personalesag",
                [("Sagsfremstilling", "Lukket punkt, jf. kommunestyrelseslovens § 10, stk. 2, og "
                  "offentlighedslovens § 21 (oplysninger om enkeltpersoners private forhold).")],
                "Godkendt.", closed=True, why_quiet="ground cited")


# ---------------------------------------------------------------- class 8: no hearing
def c8_flag(c):
    return case("no_council_hearing", "flag", "service cut, no hearing of Ældrerådet", "retssikkerhedsloven § 30",
                "Sagen har ikke været sendt i høring",
                "Ændring af kvalitetsstandard for træning efter servicelovens § 86",
                [("Sagsfremstilling",
                  "Det foreslås, at vedligeholdelsestræning fremover kun gives som holdtræning, og at "
                  "individuel træning i eget hjem bortfalder for borgere over 65 år."),
                 ("Høring", "Sagen har ikke været sendt i høring på grund af den korte tidsfrist.")],
                "Godkendt.")


def c8_q(c):
    return case("no_council_hearing", "quiet", "hearing held and answers attached", "retssikkerhedsloven § 30",
                "Ældrerådet og Handicaprådet har afgivet høringssvar",
                "Ændring af kvalitetsstandard for genoptræning og vedligeholdelsestræning",
                [("Sagsfremstilling",
                  "Det foreslås, at holdtræning udbydes i alle tre lokalområder."),
                 ("Høring", "Ældrerådet og Handicaprådet har afgivet høringssvar, som er vedlagt som "
                  "bilag 2 og 3.")],
                "Godkendt.", why_quiet="hearing held")


# ---------------------------------------------------------------- class 9: budget stop
def c9_flag(c):
    return case("budget_stop", "flag", "stop covers statutory services", "serviceloven",
                "midlertidigt stop for bevilling af nye boligændringer",
                "Tiltag til overholdelse af budget 2025 på socialområdet",
                [("Sagsfremstilling",
                  "Prognosen viser et merforbrug på %s kr. Forvaltningen foreslår et midlertidigt stop "
                  "for bevilling af nye boligændringer og hjælpemidler resten af 2025." % c.money(3000000, 9000000))],
                "Godkendt.")


def c9_q(c):
    return case("budget_stop", "quiet", "stop for discretionary spending, statutory exempt", "serviceloven",
                "Lovbundne ydelser er undtaget",
                "Ansættelses- og indkøbsstop i 2025",
                [("Sagsfremstilling",
                  "For at sikre budgetoverholdelse indføres et midlertidigt indkøbsstop for inventar og "
                  "kurser. Lovbundne ydelser er undtaget, og afgørelser træffes fortsat efter en konkret "
                  "vurdering.")],
                "Godkendt.", why_quiet="statutory benefits expressly exempt")


# ---------------------------------------------------------------- class 10: delegation
def c10_flag(c):
    return case("unlawful_delegation", "flag", "annual accounts delegated", "kommunestyrelsesloven § 45",
                "Økonomiudvalget bemyndiges til at godkende årsregnskabet for 2024",
                "Årsregnskab 2024 – tidsplan",
                [("Indstilling", "At Økonomiudvalget bemyndiges til at godkende årsregnskabet for 2024 "
                  "af hensyn til revisionens tidsplan.")],
                "Godkendt.")


def c10_q(c):
    return case("unlawful_delegation", "quiet", "routine delegation to administration", "kommunestyrelsesloven",
                "forvaltningen bemyndiges til at godkende mindre ændringer",
                "Anlægsbevilling til ny cykelsti",
                [("Indstilling", "At forvaltningen bemyndiges til at godkende mindre ændringer i projektet "
                  "inden for den givne anlægsbevilling.")],
                "Godkendt.", why_quiet="routine delegation within a budget")


# ---------------------------------------------------------------- class 11: inhabil
def c11_flag(c):
    p = c.person()
    party = c.rng.choice(PARTIES)
    return case("inhabil_participated", "flag", "member is applicant's chairman and voted", "forvaltningsloven § 3",
                "hvis formand er byrådsmedlem %s (%s)" % (p, party),
                "Ansøgning om anlægstilskud – Sportsklubben Nordstjernen",
                [("Sagsfremstilling",
                  "Sportsklubben Nordstjernen, hvis formand er byrådsmedlem %s (%s), ansøger om "
                  "anlægstilskud på 750.000 kr. til nyt klubhus." % (p, party))],
                "Fraværende: Ingen.\n\nGodkendt med 21 stemmer for og 4 imod (Ø).")


def c11_q(c):
    p = c.person()
    return case("inhabil_participated", "quiet", "member declared inhabil and left", "forvaltningsloven § 3",
                "erklærede sig inhabil",
                "Ansøgning om tilskud – Idrætsforeningen Fremad",
                [("Sagsfremstilling", "Idrætsforeningen Fremad ansøger om tilskud på 240.000 kr.")],
                "%s erklærede sig inhabil og forlod mødet under behandlingen.\n\nGodkendt." % p,
                why_quiet="member declared inhabil and left")


# ---------------------------------------------------------------- class 12: fee
def c12_flag(c):
    return case("fee_no_basis", "flag", "fee for access to documents", "offentlighedsloven",
                "gebyr på 300 kr. for behandling af anmodninger om aktindsigt",
                "Indførelse af administrative gebyrer",
                [("Sagsfremstilling",
                  "Det foreslås at indføre et gebyr på 300 kr. for behandling af anmodninger om aktindsigt.")],
                "Godkendt.")


def c12_q(c):
    return case("fee_no_basis", "quiet", "building case fee with basis", "byggeloven § 28",
                "jf. byggelovens § 28",
                "Gebyr for byggesagsbehandling",
                [("Sagsfremstilling",
                  "Gebyret for byggesagsbehandling fastsættes som timebetaling, jf. byggelovens § 28.")],
                "Godkendt.", why_quiet="fee with statutory basis")


# ---------------------------------------------------------------- class 13: complaint guidance
def c13_flag(c):
    return case("complaint_guidance", "flag", "wrong guidance for planloven decision", "planloven § 58",
                "kan ikke indbringes for anden administrativ myndighed",
                "Ansøgning om dispensation fra lokalplan – afgørelse",
                [("Sagsfremstilling", "Ejeren ansøger om dispensation fra lokalplanens bestemmelse om "
                  "bygningshøjde.")],
                "Byrådet meddeler afslag.",
                box="Klagevejledning: Byrådets afgørelse er endelig og kan ikke indbringes for anden "
                    "administrativ myndighed.")


def c13_q(c):
    return case("complaint_guidance", "quiet", "correct guidance", "planloven § 58",
                "kan påklages til Planklagenævnet",
                "Ansøgning om dispensation fra lokalplan for carport",
                [("Sagsfremstilling", "Ejeren ansøger om dispensation for placering af carport.")],
                "Dispensation meddeles.",
                box="Klagevejledning: Afgørelsen kan påklages til Planklagenævnet inden 4 uger.",
                why_quiet="correct guidance")


# ---------------------------------------------------------------- further variants
def c5_flag_closed_wrongly_open(c):
    p = c.person()
    return case("named_citizen_sensitive", "flag", "named with social details in open item", "forvaltningsloven § 27",
                "%s, som modtager kontanthjælp og er i behandling for alkoholmisbrug" % p,
                "Ansøgning om udsættelse af huslejerestance i kommunal bolig",
                [("Sagsfremstilling",
                  "Lejer af kommunens bolig på Enghavevej 12, %s, som modtager kontanthjælp og er i behandling "
                  "for alkoholmisbrug, har søgt om henstand med en restance på 18.400 kr. Jobcentret "
                  "oplyser, at et forløb er iværksat." % p),
                 ("Indstilling", "At der gives henstand til den 1. oktober 2025.")],
                "Godkendt.")


def c5_q_closed(c):
    p = c.person()
    return case("named_citizen_sensitive", "quiet", "sensitive details only in closed item", "kommunestyrelsesloven § 10",
                "Lukket punkt",
                "Klagesag – hjemmehjælp",
                [("Beslutningskompetence", "Lukket punkt, jf. kommunestyrelseslovens § 10, stk. 2. Sagen "
                  "indeholder oplysninger om en borgers helbredsforhold.")],
                "Godkendt.", closed=True, why_quiet="closed item with ground; nothing sensitive in the open minutes")


def c6_flag_amend(c):
    eff = datetime.date(2025, 1, 1)
    return case("retroactive_reduction", "flag", "retroactive date only in adopted amendment", "forvaltningsret",
                "med virkning fra den 1. januar 2025",
                "Nedsættelse af tilskud til private pasningsordninger",
                [("Sagsfremstilling",
                  "Tilskuddet til private pasningsordninger efter dagtilbudslovens § 80 foreslås nedsat "
                  "med 6 pct. som led i budget 2025."),
                 ("Indstilling", "At nedsættelsen får virkning fra den %s." % cases_dk(c.later(4)))],
                "V stillede ændringsforslag om, at nedsættelsen i stedet gives med virkning fra den "
                "1. januar 2025, så den fulde besparelse opnås i budgetåret.\n\nÆndringsforslaget blev vedtaget "
                "med 14 stemmer for og 11 imod.\n\nIndstillingen blev herefter godkendt med den vedtagne ændring.")


def c6_q_minority(c):
    return case("retroactive_reduction", "quiet", "retroactive date only in rejected motion", "forvaltningsret",
                "med virkning fra den 1. januar 2025",
                "Nedsættelse af tilskud til klippekort i hjemmeplejen",
                [("Indstilling", "At klippekortet reduceres fra to til ét klip om måneden fra den %s." % cases_dk(c.later(4)))],
                "O stillede forslag om, at reduktionen gives med virkning fra den 1. januar 2025. "
                "Forslaget blev forkastet med 4 stemmer for og 21 imod.\n\nIndstillingen blev herefter godkendt.",
                why_quiet="the retroactive date was only in a rejected motion")


def c7_flag_bare(c):
    return case("closed_no_ground", "flag", "closed, bare title, no ground", "kommunestyrelsesloven § 10",
                "Lukket punkt",
                "Drøftelse af fremtidig skolestruktur",
                [("Sagsfremstilling", "Punktet behandles for lukkede døre.")], "Drøftet.", closed=True)


def c8_flag_silent(c):
    return case("no_council_hearing", "flag", "service cut, silent about hearing", "retssikkerhedsloven § 37 a",
                "lukning af dagcentret",
                "Omlægning af aktivitetstilbud for borgere med handicap",
                [("Sagsfremstilling",
                  "Det foreslås som led i budgettilpasningen, at dagcentret Lærken lukkes pr. 1. september 2025, og "
                  "at brugerne tilbydes plads i et andet tilbud. Forslaget medfører lukning af dagcentret og en "
                  "besparelse på %s kr. årligt." % c.money(800000, 2500000)),
                 ("Økonomiske konsekvenser", "Besparelsen indgår i budget 2026.")],
                "Godkendt.")


def c8_q_minority(c):
    return case("no_council_hearing", "quiet", "hearing held; minority wants a new one", "retssikkerhedsloven § 37 a",
                "Handicaprådet har afgivet høringssvar",
                "Kvalitetsstandard for kørsel til aktivitetstilbud",
                [("Høring", "Ældrerådet og Handicaprådet har afgivet høringssvar. Handicaprådet har afgivet "
                  "høringssvar med bemærkninger om ventetid, som er indarbejdet. Høringssvarene er vedlagt.")],
                "Godkendt med 19 stemmer mod 6.\n\nMindretallet (F og Ø) ønskede ført til protokols, at de "
                "finder, at rådene burde have haft længere tid.",
                why_quiet="hearing held and answers attached")


def c9_flag_school(c):
    return case("budget_stop", "flag", "school closure, no public hearing in the account", "folkeskoleloven § 24",
                "Sagen har ikke været i offentlig høring",
                "Endelig beslutning om lukning af Vestre Skole",
                [("Sagsfremstilling",
                  "Byrådet besluttede ved budgetvedtagelsen at undersøge en sammenlægning af Vestre Skole og "
                  "Søndre Skole. Forvaltningen har nu udarbejdet forslag om, at Vestre Skole nedlægges med "
                  "udgangen af skoleåret 2024/25. Sagen har ikke været i offentlig høring, da skolebestyrelserne "
                  "er orienteret på et dialogmøde.")],
                "Godkendt.")


def c9_q_school(c):
    return case("budget_stop", "quiet", "school closure after eight-week hearing", "folkeskoleloven § 24",
                "offentlig høring i perioden",
                "Endelig beslutning om sammenlægning af Nørre Skole og Bakkeskolen",
                [("Sagsfremstilling",
                  "Forslaget har været i offentlig høring i perioden fra den %s og otte uger frem. Der er "
                  "modtaget 41 høringssvar, herunder fra begge skolebestyrelser, som er vedlagt." % cases_dk(c.later(-4)))],
                "Godkendt.", why_quiet="hearing held for the required period")


def c10_flag_loan(c):
    return case("unlawful_delegation", "flag", "borrowing delegated to the mayor in an amendment", "kommunestyrelsesloven § 41",
                "borgmesteren bemyndiges til at optage lån",
                "Låneoptagelse 2025",
                [("Indstilling", "At Byrådet godkender optagelse af lån på 24 mio. kr. i KommuneKredit.")],
                "Ændringsforslag fra borgmesteren: at borgmesteren bemyndiges til at optage lån inden for "
                "lånerammen resten af året uden fornyet forelæggelse. Ændringsforslaget blev vedtaget.\n\n"
                "Indstillingen herefter godkendt.")


def c11_flag_land(c):
    p = c.person()
    return case("inhabil_participated", "flag", "buyer's spouse in council, listed as present and voting", "forvaltningsloven § 3",
                "godkendt uden afstemning",
                "Salg af parcel på Toftevej efter offentligt udbud",
                [("Sagsfremstilling",
                  "Parcellen har været offentligt udbudt. Højeste bud er afgivet af Karin %s, der er gift "
                  "med byrådsmedlem %s." % (p.split()[1], p))],
                "Fraværende: Ingen.\n\nIndstillingen godkendt uden afstemning.")


def c12_flag_amend(c):
    return case("fee_no_basis", "flag", "fee only in adopted amendment", "serviceloven",
                "administrationsgebyr på 150 kr. pr. ansøgning om hjælpemidler",
                "Takster 2025 på ældre- og handicapområdet",
                [("Sagsfremstilling", "Taksterne for madservice og tøjvask reguleres efter pris- og lønudviklingen.")],
                "C stillede ændringsforslag om indførelse af et administrationsgebyr på 150 kr. pr. ansøgning "
                "om hjælpemidler. Ændringsforslaget blev vedtaget med 13 stemmer mod 12.\n\nTaksterne godkendt.")


def c12_q_minority(c):
    return case("fee_no_basis", "quiet", "fee only in rejected motion", "serviceloven",
                "gebyr for ansøgning om ledsagelse",
                "Takster for madservice 2025",
                [("Sagsfremstilling", "Prisen for en hovedret fastsættes til 60 kr. inden for den maksimale "
                  "pris, som Social- og Boligministeriet har fastsat.")],
                "Forslag fra O om gebyr for ansøgning om ledsagelse blev forkastet.\n\nGodkendt.",
                why_quiet="fee only in rejected motion")


def c13_flag_missing(c):
    return case("complaint_guidance", "flag", "refusal to an association, no guidance", "folkeoplysningsloven",
                "Byrådet meddeler afslag",
                "Afslag på ansøgning om lokaletilskud – Bridgeklubben Spar Es",
                [("Sagsfremstilling", "Klubben har søgt om lokaletilskud til leje af private lokaler efter "
                  "folkeoplysningslovens § 24.")],
                "Byrådet meddeler afslag, idet klubben ikke er godkendt som folkeoplysende forening.")


def c13_q_box_social(c):
    return case("complaint_guidance", "quiet", "correct boxed guidance, social area", "retssikkerhedsloven § 67",
                "kan påklages til Ankestyrelsen",
                "Genvurdering af afgørelse om ledsageordning",
                [("Sagsfremstilling", "Borgeren har bedt om genvurdering. Forvaltningen fastholder afgørelsen.")],
                "Afgørelsen fastholdes.",
                box="Klagevejledning: Afgørelsen kan påklages til Ankestyrelsen inden 4 uger efter modtagelsen, "
                    "jf. retssikkerhedslovens § 67. Klagen sendes til kommunen, som genvurderer sagen.",
                why_quiet="correct complaint guidance")


def c4_q_rejected(c):
    f = c.firm()
    return case("sale_no_offering", "quiet", "direct sale only in rejected motion", "udbudsbekendtgørelsen",
                "direkte til %s uden annoncering" % f,
                "Udbud af erhvervsgrunde i Industrikvarter Nord",
                [("Sagsfremstilling", "Forvaltningen foreslår, at de fire resterende grunde udbydes offentligt "
                  "med annoncering på kommunens hjemmeside og i lokalavisen, jf. udbudsbekendtgørelsen.")],
                "V foreslog, at grund nr. 3 i stedet sælges direkte til %s uden annoncering. Forslaget blev "
                "forkastet med 8 stemmer for og 17 imod.\n\nIndstillingen godkendt." % f,
                why_quiet="the direct sale was only proposed in a rejected motion")


def c10_q_changed(c):
    return case("unlawful_delegation", "quiet", "committee proposed delegation, council decided itself", "kommunestyrelsesloven § 45",
                "bemyndiges til at godkende årsregnskabet",
                "Årsregnskab 2024 – godkendelse",
                [("Beslutning i Økonomiudvalget den %s" % cases_dk(c.later(-1)).replace("1. ", "9. ", 1),
                  "Økonomiudvalget anbefalede, at udvalget bemyndiges til at godkende årsregnskabet endeligt."),
                 ("Sagsfremstilling", "Årsregnskabet viser et overskud på det skattefinansierede område på "
                  "%s kr." % c.money(10000000, 60000000, 100000))],
                "Byrådet godkendte selv årsregnskabet for 2024 og oversender det til revisionen. Økonomiudvalgets "
                "anbefaling om bemyndigelse blev ikke fulgt.",
                why_quiet="council approved the accounts itself; delegation only in the committee's recommendation")


def c7_q_contract(c):
    return case("closed_no_ground", "quiet", "closed, contract matter, ground cited", "kommunestyrelsesloven § 10",
                "forhandlinger med private",
                "Køb af ejendom – forhandlingsmandat",
                [("Sagsfremstilling", "Lukket punkt. Behandles for lukkede døre, jf. kommunestyrelseslovens "
                  "§ 10, stk. 2, da sagen angår forhandlinger med private om køb af fast ejendom.")],
                "Godkendt.", closed=True, why_quiet="ground cited (contract negotiations)")


def c11_q_none(c):
    return case("inhabil_participated", "quiet", "relative of an employee, no interest", "forvaltningsloven § 3",
                "Inhabil: Ingen",
                "Ansøgning om tilskud til Ungdomsskolens sommerlejr",
                [("Sagsfremstilling", "Ungdomsskolen søger om 45.000 kr. til sommerlejr. Ingen af byrådets "
                  "medlemmer har tilknytning til ansøger.")],
                "Inhabil: Ingen\n\nGodkendt.", why_quiet="no interest; nobody inhabil")


def c1_council_changed(c):
    com = c.committee()
    return case("fixed_limit", "flag", "limit added when council changed the committee's recommendation", "serviceloven § 83",
                "højst ét bad om ugen, og der kan ikke bevilges yderligere",
                "Kvalitetsstandard for personlig pleje 2025",
                [("Sagsfremstilling",
                  "Forslaget til kvalitetsstandard fastholder, at omfanget af personlig pleje fastsættes efter "
                  "en konkret, individuel vurdering. Bad gives typisk én til to gange om ugen."),
                 ("Indstilling", "Forvaltningen indstiller,\n- at kvalitetsstandarden godkendes,\n- at den "
                  "offentliggøres på kommunens hjemmeside."),
                 ("Beslutning i %s den %s" % (com, cases_dk(c.later(-1)).replace("1. ", "14. ", 1)),
                  "Anbefales.")],
                "Ad 1. %s godkendte kvalitetsstandarden med den ændring, at der gives højst ét bad om ugen, "
                "og der kan ikke bevilges yderligere.\n\nAd 2. Godkendt." % c.body)


FLAGS = {1: [c1_words, c1_table, c1_amend, c1_council_changed], 2: [c2_flag, c2_flag_committee], 3: [c3_guarantee, c3_rent],
         4: [c4_silent, c4_lease], 5: [c5_flag, c5_flag_closed_wrongly_open], 6: [c6_flag, c6_flag_amend],
         7: [c7_flag, c7_flag_bare], 8: [c8_flag, c8_flag_silent], 9: [c9_flag, c9_flag_school],
         10: [c10_flag, c10_flag_loan], 11: [c11_flag, c11_flag_land], 12: [c12_flag, c12_flag_amend],
         13: [c13_flag, c13_flag_missing]}
QUIETS = {1: [c1_q_guide, c1_q_minority], 2: [c2_q_criteria, c2_q_changed], 3: [c3_q_market, c3_q_almen],
          4: [c4_q_offered, c4_q_small, c4_q_rejected], 5: [c5_q_anon, c5_q_cprlike, c5_q_closed], 6: [c6_q_future, c6_q_benefit, c6_q_minority],
          7: [c7_q_ground, c7_q_contract], 8: [c8_q, c8_q_minority], 9: [c9_q, c9_q_school], 10: [c10_q, c10_q_changed], 11: [c11_q, c11_q_none], 12: [c12_q, c12_q_minority],
          13: [c13_q, c13_q_box_social]}


# ---------------------------------------------------------------- ordinary items
def o_minutes(c):
    return dict(title="Godkendelse af dagsorden", sections=[], decision="Dagsordenen blev godkendt.")


def o_road(c):
    return dict(title="Anlægsbevilling til renovering af %s" % c.rng.choice(["Bygaden", "Ringvejen", "Stationsvej", "Kirkebakken"]),
                sections=[("Sagsfremstilling", "Vejen er i dårlig stand, og belægningen skal udskiftes "
                           "på en strækning af 1,4 km. Projektet udbydes i offentligt udbud."),
                          ("Økonomi", "Der gives en anlægsbevilling på %s kr." % c.money(2000000, 9000000, 100000))],
                decision="Godkendt.")


def o_budget(c):
    return dict(title="Budgetopfølgning pr. %s" % dk(c.later(-1)),
                sections=[("Resumé", "Budgetopfølgningen viser et samlet forventet mindreforbrug på %s kr. "
                           "på serviceudgifterne." % c.money(1000000, 9000000, 100000))],
                decision="Taget til efterretning.")


def o_school(c):
    return dict(title="Skolernes ferieplan for skoleåret 2025/26",
                sections=[("Sagsfremstilling", "Ferieplanen følger den fælles plan for kommunerne i regionen. "
                           "Sommerferien begynder lørdag den 27. juni 2026.")],
                decision="Godkendt.")


def o_plan(c):
    return dict(title="Endelig vedtagelse af lokalplan nr. %d" % c.rng.randrange(100, 400),
                sections=[("Sagsfremstilling", "Forslaget har været i offentlig høring i otte uger. Der er "
                           "indkommet tre høringssvar, som er behandlet i vedlagte notat.")],
                decision="Lokalplanen blev endeligt vedtaget.")


def o_news(c):
    return dict(title="Meddelelser", sections=[("Sagsfremstilling", "Borgmesteren orienterede om "
                "arbejdet med den nye kommuneplan.")], decision="Taget til efterretning.")


def o_map(c):
    return dict(title="Danmarkskort over omgørelsesprocenter 2024",
                sections=[("Sagsfremstilling", "Social-, Bolig- og Ældreministeriet har offentliggjort danmarkskortet. "
                           "Kommunens omgørelsesprocent på det samlede socialområde er 14 pct. mod 15 pct. på landsplan."),
                          ("Indstilling", "At der ikke udarbejdes en handlingsplan, idet kommunen allerede følger op "
                           "gennem den juridiske kvalitetsgruppe.")],
                decision="Godkendt.")


def o_climate(c):
    return dict(title="Status på klimahandlingsplan 2025",
                sections=[("Sagsfremstilling", "CO2-udledningen fra kommunens egne bygninger er faldet med 22 pct. "
                           "siden 2019. Handlingsplanen opdateres i efteråret.")],
                decision="Taget til efterretning.")


def o_elect(c):
    return dict(title="Valg af nyt medlem til Folkeoplysningsudvalget",
                sections=[("Sagsfremstilling", "%s har anmodet om at udtræde af udvalget. Gruppen har "
                           "udpeget %s som nyt medlem." % (c.member(), c.person()))],
                decision="Godkendt.")


def o_water(c):
    return dict(title="Kommunegaranti for lån til Forsyningen A/S – vandværk",
                sections=[("Sagsfremstilling", "Forsyningen ønsker at optage lån på 38 mio. kr. til nyt vandværk. "
                           "Kommunen kan stille garanti, jf. vandsektorlovens § 18, stk. 1 og lånebekendtgørelsen. "
                           "Der opkræves en garantiprovision på 0,5 pct.")],
                decision="Godkendt.")


def o_ask(c):
    return dict(title="Spørgetid for borgerne", sections=[("Sagsfremstilling", "Der var ingen spørgsmål.")],
                decision="Taget til efterretning.")


ORDINARY = [o_road, o_budget, o_school, o_plan, o_news, o_map, o_climate, o_elect, o_water, o_ask]


# ---------------------------------------------------------------- holdout wording
# The holdout half is written in other words than dev: section names and the decisive
# sentences are rephrased the way another secretariat would write them.
HOLDOUT_HEADINGS = {"Sagsfremstilling": "Sagens kerne", "Indstilling": "Forvaltningen indstiller",
                    "Høring": "Høring og sagsgang", "Økonomiske konsekvenser": "Økonomi",
                    "Resumé": "Beslutningstema"}
HOLDOUT_TEXT = [
    ("Rammerne kan ikke fraviges, heller ikke efter ansøgning.", "Der kan ikke dispenseres fra disse rammer."),
    ("højst to timers rengøring hver tredje uge", "maksimalt 2 timers rengøring pr. tredje uge"),
    ("Ydelserne i skemaet er maksimale og kan ikke overskrides", "Omfanget i skemaet er et loft, som ikke kan overskrides"),
    ("kan højst udgøre 10 timer om måneden uden undtagelse", "aldrig kan overstige 10 timer månedligt"),
    ("højst ét bad om ugen, og der kan ikke bevilges yderligere", "maksimalt ét ugentligt bad, uanset behov"),
    ("Der foretages altid en konkret, individuel vurdering", "Afgørelsen træffes altid ud fra en individuel og konkret vurdering"),
    ("højst 8 timer om måneden, og rammen kan ikke fraviges", "maksimalt 8 timer månedligt uden mulighed for at fravige rammen"),
    ("Hovedreglen er, at ansøgninger om boligindretning til trappelift afslås",
     "Som udgangspunkt gives der afslag på ansøgninger om boligindretning til trappelift"),
    ("normalt ikke vil blive imødekommet", "som regel ikke kan imødekommes"),
    ("Ansøgningen vurderes konkret og individuelt", "Hver ansøgning vurderes individuelt ud fra borgerens konkrete situation"),
    ("kommunegaranti for et lån på 4.500.000 kr. til", "kommunal lånegaranti på 4,5 mio. kr. til"),
    ("udlejes for en årlig leje på 1 kr.", "stilles til rådighed for en symbolsk leje af 1 kr. om året"),
    ("markedslejen, fastsat af ekstern valuar", "den markedsleje, som en uafhængig valuar har fastsat"),
    ("været udbudt offentligt", "været sat til offentligt salg"),
    ("Sagen har ikke været sendt i høring", "Forslaget er ikke sendt i høring i rådene"),
    ("midlertidigt stop for bevilling af nye boligændringer", "bevillingsstop for nye boligændringer"),
    ("Lovbundne ydelser er undtaget", "Stoppet omfatter ikke lovbundne ydelser"),
    ("Økonomiudvalget bemyndiges til at godkende årsregnskabet for 2024", "Økonomiudvalget får bemyndigelse til endeligt at godkende regnskab 2024"),
    ("forvaltningen bemyndiges til at godkende mindre ændringer", "administrationen kan godkende mindre projektændringer"),
    ("erklærede sig inhabil og forlod mødet under behandlingen", "deltog ikke i behandlingen på grund af inhabilitet"),
    ("erklærede sig inhabil", "deltog ikke i behandlingen på grund af inhabilitet"),
    ("gebyr på 300 kr. for behandling af anmodninger om aktindsigt", "ekspeditionsgebyr på 300 kr. pr. aktindsigtsanmodning"),
    ("kan ikke indbringes for anden administrativ myndighed", "kan ikke påklages"),
    ("Dagsordenen blev godkendt.", "Godkendt."),
    ("Taget til efterretning.", "Orienteringen blev taget til efterretning."),
]


def holdout_words(it):
    def tx(s):
        for a, b in HOLDOUT_TEXT:
            s = s.replace(a, b)
        return s
    it = dict(it)
    it["sections"] = [(HOLDOUT_HEADINGS.get(h, h), tx(t)) for h, t in it["sections"]]
    for k in ("title", "decision", "box", "phrase"):
        if it.get(k):
            it[k] = tx(it[k])
    return it
