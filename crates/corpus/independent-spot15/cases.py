# -*- coding: utf-8 -*-
"""Agenda items of corpus 15: ordinary items and, per class, items to read (flag) and lawful
near misses (quiet). Every variant is a function ctx -> dict(title, sections, phrase, law,
[why_quiet], [closed]). `phrase` is a verbatim piece of the item's text: the decisive fact or,
for a near miss, the fact that makes it lawful."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]


def dl(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dn(d):
    return d.strftime("%d.%m.%Y")


def first_of(year, month):
    while month > 12:
        month -= 12
        year += 1
    while month < 1:
        month += 12
        year -= 1
    return dt.date(year, month, 1)


class Ctx:
    def __init__(self, rng, kommune, body, date, members, council, kind, absent=None):
        self.absent = absent
        self.rng, self.kommune, self.body, self.date = rng, kommune, body, date
        self.members, self.council, self.kind = members, council, kind

    def pick(self, xs):
        return self.rng.choice(xs)

    def amt(self, lo, hi, step=1000):
        v = self.rng.randrange(lo, hi, step)
        return "{:,}".format(v).replace(",", ".")

    def m(self, i):
        nm, p = self.members[i % len(self.members)]
        return "%s (%s)" % (nm, p)

    def mname(self, i):
        return self.members[i % len(self.members)][0]

    def before(self, months):
        """first of a month `months` before the meeting month (months=0: this month's 1st)."""
        return first_of(self.date.year, self.date.month - months)

    def after(self, months):
        return first_of(self.date.year, self.date.month + months)

    def parties_for(self, exclude=()):
        ps = sorted({p for n, p in self.members if n not in exclude})
        return ", ".join(ps[:-1]) + " og " + ps[-1] if len(ps) > 1 else ps[0]

    def memberword(self):
        return {"Byrådet": "byrådsmedlem", "Kommunalbestyrelsen": "kommunalbestyrelsesmedlem"}.get(self.body, "udvalgsmedlem")

    def committee_date(self, days=14):
        return self.date - dt.timedelta(days=days)


def gen(name):
    return name + ("'" if name[-1] in "sxz" else "s")


def sagsnr(rng, layout):
    y = rng.choice([22, 23, 24])
    f = rng.randint(0, 5)
    if f == 0:
        return "%02d.%02d.%02d-%s%02d-%d-%d" % (rng.randint(0, 85), rng.choice([0, 1, 2, 5, 10]), rng.randint(0, 20),
                                              rng.choice("GAPK"), rng.randint(1, 20), rng.randint(1, 400), y)
    if f == 1:
        return "EMN-20%d-%06d" % (y, rng.randint(1000, 99999))
    if f == 2:
        return "%d-20%d-%d" % (rng.randint(300, 800), y, rng.randint(10000, 500000))
    if f == 3:
        return "%d" % rng.randint(100000, 999999)
    if f == 4:
        return "20%d-%04d" % (y, rng.randint(10, 9999))
    return "S%d-%05d" % (2000 + y, rng.randint(1, 30000))


def votes(ctx, against=(), absent=()):
    ms = [(n, p) for n, p in ctx.members if n not in absent and n != ctx.absent]
    aga = [x for x in ms if x[1] in against]
    fo = [x for x in ms if x[1] not in against]
    s = "For stemte: %s (%d)" % (", ".join(sorted({p for _, p in fo})), len(fo))
    if aga:
        s += "\nImod stemte: %s (%d)" % (", ".join(sorted({p for _, p in aga})), len(aga))
    return s


# ============================================================== ordinary items

def minutes_approval(ctx):
    prev = ctx.date - dt.timedelta(days=ctx.rng.choice([21, 28, 35]))
    return dict(title="Godkendelse af dagsorden", sections=[
        ("sag", "Dagsordenen for mødet den %s fremlægges til godkendelse. Referatet fra mødet den %s er udsendt til medlemmerne." % (dl(ctx.date), dl(prev))),
        ("indst", "Borgmesteren indstiller, at dagsordenen godkendes."),
        ("beslut", "Godkendt.")])


def closed_with_ground(ctx):
    return dict(title="Personalesag – ansættelse af direktør", closed=True, sections=[
        ("sag", "Punktet behandles for lukkede døre, jf. kommunestyrelseslovens § 10, idet sagen vedrører personalemæssige forhold for en navngiven ansøger."),
        ("beslut", "Godkendt.")])


def o_road(ctx):
    a = ctx.amt(1200000, 6800000, 50000)
    vej = ctx.pick(["Skolevej", "Ringvejen", "Nørregade", "Stationsvej", "Møllebakken", "Engvej"])
    return dict(title="Anlægsbevilling – renovering af %s" % vej, sections=[
        ("resume", "Der søges om anlægsbevilling og frigivelse af rådighedsbeløb på %s kr. til renovering af %s." % (a, vej)),
        ("sag", "Belægningen på %s er nedslidt, og kantsten og fortove trænger til udskiftning på en strækning af ca. %d meter. "
                "Arbejdet forventes udført i foråret 2025 i samarbejde med forsyningen, der samtidig separerer kloakken." % (vej, ctx.rng.randint(300, 1400))),
        ("oek", "Rådighedsbeløbet er afsat i investeringsoversigten for 2025 under Trafik og Infrastruktur."),
        ("indst", "Teknik- og Miljøudvalget indstiller,\n- at der gives anlægsbevilling på %s kr.\n- at rådighedsbeløbet frigives." % a),
        ("beslut", "Godkendt.")])


def o_budget(ctx):
    q = "30. juni 2024" if ctx.date.month <= 9 and ctx.date.year == 2024 and ctx.date.month >= 7 else (
        "30. september 2024" if ctx.date.year == 2024 and ctx.date.month > 9 else ("31. marts 2024" if ctx.date.year == 2024 else "31. december 2024 (foreløbigt regnskab)"))
    return dict(title="Budgetopfølgning pr. %s" % q, sections=[
        ("sag", "Budgetopfølgningen viser på serviceudgifterne et forventet merforbrug på %s mio. kr., primært på det specialiserede børneområde, "
                "og et mindreforbrug på anlæg på %s mio. kr. som følge af forsinkede projekter. Overførselsudgifterne forventes at holde budgettet." % (
                    ctx.pick(["4,2", "7,9", "12,1", "2,6"]), ctx.pick(["18,3", "9,4", "22,0"]))),
        ("oek", "Kassebeholdningen efter kassekreditreglen forventes at udgøre %s mio. kr. ved årets udgang." % ctx.pick(["142", "88", "216", "61"])),
        ("indst", "Økonomiudvalget indstiller, at budgetopfølgningen tages til efterretning."),
        ("beslut", "Taget til efterretning.")])


def o_school(ctx):
    return dict(title="Kvalitetsrapport for folkeskolerne 2023/24", sections=[
        ("sag", "Kvalitetsrapporten beskriver skolevæsenets niveau for faglighed, trivsel og fravær. Det gennemsnitlige elevfravær er faldet fra %s til %s pct. "
                "Rapporten har været drøftet med skolebestyrelserne, hvis udtalelser er vedlagt." % (ctx.pick(["7,1", "6,8", "8,2"]), ctx.pick(["6,4", "6,0", "5,9"]))),
        ("indst", "Børne- og Skoleudvalget indstiller, at kvalitetsrapporten godkendes."),
        ("beslut", "Godkendt.")])


def o_lokalplan(ctx):
    n = ctx.rng.randint(120, 460)
    return dict(title="Endelig vedtagelse af lokalplan %d og kommuneplantillæg nr. %d" % (n, ctx.rng.randint(3, 40)), sections=[
        ("sag", "Lokalplanforslaget har været i offentlig høring i 8 uger. Der er indkommet %d høringssvar, som er resumeret i bilag 3. "
                "Forvaltningen foreslår mindre ændringer af bestemmelserne om byggefelter." % ctx.rng.randint(2, 14)),
        ("indst", "Plan- og Miljøudvalget indstiller, at lokalplanen vedtages endeligt med de foreslåede ændringer."),
        ("beslut", "Godkendt.")])


def o_announce(ctx):
    return dict(title="Meddelelser", sections=[
        ("sag", "Borgmesteren orienterede om KKR-møde og om status for den kommende klimaplan. Kommunaldirektøren orienterede om sygefravær."),
        ("beslut", "Taget til efterretning.")])


def o_regnskab(ctx):
    return dict(title="Godkendelse af regnskab for %s" % ctx.pick(["Vandsamarbejdet I/S", "Beredskabet", "Det fælleskommunale affaldsselskab"]), sections=[
        ("sag", "Selskabets årsregnskab for 2023 viser et resultat på %s mio. kr. Revisionen har ikke givet anledning til bemærkninger." % ctx.pick(["1,2", "-0,4", "3,8"])),
        ("indst", "Økonomiudvalget indstiller, at regnskabet godkendes."),
        ("beslut", "Anbefales." if not ctx.council else "Godkendt.")])


def o_valg(ctx):
    return dict(title="Udpegning af nyt medlem til %s" % ctx.pick(["Folkeoplysningsudvalget", "Grønt Råd", "Integrationsrådet"]), sections=[
        ("sag", "%s har ønsket at udtræde. Den valggruppe, der har udpeget medlemmet, har peget på %s som nyt medlem." % (ctx.mname(4), ctx.mname(6))),
        ("indst", "Det indstilles, at udpegningen godkendes."),
        ("beslut", "Godkendt.")])


def o_klima(ctx):
    return dict(title="Handlingsplan for klimatilpasning 2025-2028", sections=[
        ("sag", "Handlingsplanen prioriterer %d projekter mod skybrud og stigende grundvand, bl.a. forsinkelsesbassiner ved %s." % (
            ctx.rng.randint(6, 19), ctx.pick(["Åparken", "Lergravene", "Industrivej"]))),
        ("indst", "Det indstilles, at handlingsplanen godkendes og sendes i offentlig høring i 8 uger."),
        ("beslut", "Godkendt.")])


ORDINARY = [o_road, o_budget, o_school, o_lokalplan, o_announce, o_regnskab, o_valg, o_klima]


# ============================================================== class 1: fixed limits on serviceloven services

def c01_f_table(ctx):
    ph = "Rammerne i skemaet er udtømmende"
    return dict(title="Revideret kvalitetsstandard for praktisk hjælp 2025", law="serviceloven § 83; krav om konkret og individuel vurdering",
                phrase=ph, sections=[
        ("resume", "Kvalitetsstandarden for praktisk hjælp efter servicelovens § 83 er revideret som led i budgetaftalen."),
        ("sag", "Den reviderede standard fastlægger følgende serviceniveau:\n"
                "| Ydelse | Hyppighed | Tidsforbrug |\n| Rengøring af bolig | hver tredje uge | højst 45 minutter |\n"
                "| Tøjvask | hver anden uge | højst 30 minutter |\n| Indkøb | én gang ugentligt via indkøbsordning | - |\n"
                "%s, og hjælp ud over det anførte ydes ikke. Standarden træder i kraft 1. januar 2025." % ph),
        ("oek", "Omlægningen forventes at give en besparelse på %s kr. årligt." % ctx.amt(900000, 2400000, 10000)),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at den reviderede kvalitetsstandard godkendes."),
        ("beslut", "Godkendt.\n" + votes(ctx, against=("Ø", "F")))])


def c01_f_words(ctx):
    ph = "højst to timer om ugen, uanset det konkrete behov"
    return dict(title="Serviceniveau for socialpædagogisk støtte i eget hjem", law="serviceloven § 85",
                phrase=ph, sections=[
        ("sag", "Antallet af borgere med støtte efter servicelovens § 85 er steget med %d pct. siden 2021. For at bringe udgifterne i balance "
                "foreslås det, at støtten i eget hjem fremover udgør %s. Borgere med et større behov henvises til gruppeforløb i Værestedet." % (ctx.rng.randint(14, 31), ph)),
        ("indst", "Social- og Handicapudvalget indstiller, at det ændrede serviceniveau godkendes med virkning fra 1. januar 2025."),
        ("beslut", "Godkendt.")])


def c01_f_amend(ctx):
    ph = "aflastning højst kan udgøre fjorten døgn om året"
    return dict(title="Kvalitetsstandard for aflastning af pårørende", law="serviceloven § 84, stk. 1; begrænsningen indført ved ændringsforslag",
                phrase=ph, sections=[
        ("sag", "Forvaltningen har udarbejdet forslag til kvalitetsstandard for afløsning og aflastning efter servicelovens § 84, stk. 1. "
                "Omfanget af aflastning fastsættes efter en konkret vurdering af den pårørendes og borgerens situation."),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at kvalitetsstandarden godkendes."),
        ("beslut", "Ændringsforslag fra %s: at %s.\nFor ændringsforslaget stemte: O, V og C. Imod stemte: A og F.\n"
                   "Ændringsforslaget blev vedtaget. Kvalitetsstandarden blev herefter godkendt med den vedtagne ændring." % (ctx.m(2), ph))])


def c01_q_table(ctx):
    ph = "efter en konkret, individuel vurdering"
    return dict(title="Revideret kvalitetsstandard for praktisk hjælp 2025", law="serviceloven § 83", why_quiet="the levels are guidance; individual assessment is stated",
                phrase=ph, sections=[
        ("sag", "Den reviderede standard beskriver det vejledende serviceniveau:\n"
                "| Ydelse | Hyppighed | Tidsforbrug |\n| Rengøring af bolig | hver tredje uge | typisk 45 minutter |\n"
                "| Tøjvask | hver anden uge | typisk 30 minutter |\n"
                "Niveauerne er vejledende. Hjælpen tildeles altid %s af borgerens behov, og der kan bevilges hjælp ud over niveauet, hvis behovet tilsiger det." % ph),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at den reviderede kvalitetsstandard godkendes."),
        ("beslut", "Godkendt.")])


def c01_q_words(ctx):
    ph = "fastsættes ud fra den enkelte borgers behov og kan være større"
    return dict(title="Serviceniveau for socialpædagogisk støtte i eget hjem", law="serviceloven § 85", why_quiet="typical extent described, individual need decides",
                phrase=ph, sections=[
        ("sag", "Erfaringen viser, at de fleste forløb med støtte efter servicelovens § 85 ligger på op til to timer om ugen. "
                "Omfanget %s, ligesom støtten revurderes, når borgerens situation ændrer sig." % ph),
        ("indst", "Social- og Handicapudvalget indstiller, at beskrivelsen af serviceniveauet godkendes."),
        ("beslut", "Godkendt.")])


def c01_q_amend(ctx):
    ph = "Ændringsforslaget blev forkastet"
    return dict(title="Kvalitetsstandard for aflastning af pårørende", law="serviceloven § 84, stk. 1", why_quiet="the amendment with a fixed cap was rejected",
                phrase=ph, sections=[
        ("sag", "Omfanget af aflastning efter servicelovens § 84, stk. 1, fastsættes efter en konkret vurdering af den pårørendes og borgerens situation."),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at kvalitetsstandarden godkendes."),
        ("beslut", "Ændringsforslag fra %s: at aflastning højst kan udgøre fjorten døgn om året.\nFor ændringsforslaget stemte: O (2). Imod stemte: øvrige.\n"
                   "%s. Indstillingen blev herefter godkendt." % (ctx.m(2), ph))])


# ============================================================== class 2: presumption of refusal

def c02_f_tand(ctx):
    ph = "vil som altovervejende hovedregel blive afvist"
    return dict(title="Retningslinjer for hjælp til enkeltudgifter", law="aktivloven § 81; konkret vurdering", phrase=ph, sections=[
        ("sag", "Retningslinjerne skal sikre en ensartet praksis. Ansøgninger om hjælp til tandbehandling, briller og flytning %s, "
                "da udgifterne forudsættes afholdt af borgerens egne midler." % ph),
        ("indst", "Beskæftigelsesudvalget indstiller, at retningslinjerne godkendes."),
        ("beslut", "Godkendt.")])


def c02_f_bolig(ctx):
    ph = "gives der som udgangspunkt afslag"
    return dict(title="Praksis for boligændringer", law="serviceloven § 116", phrase=ph, sections=[
        ("sag", "Ved ansøgninger om boligændringer i boliger, som borgeren har erhvervet inden for de seneste to år, %s, "
                "idet borgeren forventes at have valgt en egnet bolig." % ph),
        ("indst", "Social- og Sundhedsudvalget indstiller, at praksisbeskrivelsen godkendes."),
        ("beslut", "Godkendt.")])


def c02_f_rengoring(ctx):
    ph = "kan ikke forventes imødekommet"
    return dict(title="Tilpasning af praksis for ekstra rengøring", law="serviceloven § 83", phrase=ph, sections=[
        ("sag", "Der er i %d modtaget %d ønsker om ekstra rengøring ud over hver tredje uge. Ønsker af denne art %s fremover, "
                "da serviceniveauet er fastlagt i kvalitetsstandarden." % (ctx.date.year, ctx.rng.randint(40, 140), ph)),
        ("indst", "Det indstilles, at den tilpassede praksis godkendes."),
        ("beslut", "Godkendt.")])


def c02_q_criteria(ctx):
    ph = "Der foretages altid en konkret vurdering"
    return dict(title="Retningslinjer for hjælp til enkeltudgifter", law="aktivloven § 81", why_quiet="criteria only; individual assessment stated",
                phrase=ph, sections=[
        ("sag", "I vurderingen af ansøgninger om hjælp til tandbehandling og briller lægges vægt på borgerens økonomi, udgiftens nødvendighed "
                "og muligheden for at spare op. %s, og ansøgningen afgøres ud fra borgerens samlede situation." % ph),
        ("indst", "Beskæftigelsesudvalget indstiller, at retningslinjerne godkendes."),
        ("beslut", "Godkendt.")])


def c02_q_notrule(ctx):
    ph = "kan ikke afslås alene med henvisning til praksisbeskrivelsen"
    return dict(title="Praksis for boligændringer", law="serviceloven § 116", why_quiet="practice described, refusal by rule excluded",
                phrase=ph, sections=[
        ("sag", "Praksisbeskrivelsen samler de forhold, der indgår, når der søges om boligændringer, herunder om en anden bolig ville være mere egnet. "
                "En ansøgning %s; hver sag vurderes konkret." % ph),
        ("indst", "Social- og Sundhedsudvalget indstiller, at praksisbeskrivelsen godkendes."),
        ("beslut", "Godkendt.")])


def c02_q_pulje(ctx):
    ph = "Ansøgninger om tilskud til arrangementer, der allerede er afholdt, imødekommes ikke"
    return dict(title="Kriterier for Kultur- og Fritidspuljen 2025", law="kommunalfuldmagten; frivillig pulje", why_quiet="condition of a discretionary fund, not a statutory entitlement",
                phrase=ph, sections=[
        ("sag", "Puljen på %s kr. kan søges af foreninger og grupper med aktiviteter for kommunens borgere. %s. Der er fire ansøgningsrunder om året." % (ctx.amt(300000, 900000, 50000), ph)),
        ("indst", "Kultur- og Fritidsudvalget indstiller, at kriterierne godkendes."),
        ("beslut", "Godkendt.")])


# ============================================================== class 3: benefit to one private company

COMPANIES = ["Sølund Fiskeeksport ApS", "Kragh Vinduer A/S", "Nordlys Event ApS", "Fjordbageriet ApS", "Hedegaard Stål A/S",
             "Brinck Logistik ApS", "Vestkystens Is ApS", "Møllegårdens Gartneri ApS"]


def c03_f_garanti(ctx):
    c = ctx.pick(COMPANIES)
    ph = "stiller kommunal garanti for et byggelån på"
    return dict(title="Garanti for byggelån – %s" % c, law="kommunalfuldmagten; ingen hjemmel til støtte til enkeltvirksomhed", phrase=ph, sections=[
        ("sag", "%s ønsker at opføre en ny produktionshal i erhvervsområdet og har anmodet om, at kommunen %s %s kr. "
                "Virksomheden har %d ansatte. Garantiprovisionen foreslås frafaldet i de første fem år." % (c, ph, ctx.amt(3000000, 9000000, 100000), ctx.rng.randint(18, 90))),
        ("indst", "Økonomiudvalget indstiller, at garantien meddeles."),
        ("beslut", "Godkendt.")])


def c03_f_leje(ctx):
    c = ctx.pick(COMPANIES)
    ph = "for en årlig leje på 1 kr."
    return dict(title="Udlejning af den tidligere %s" % ctx.pick(["Vestre Skole", "børnehave Mælkebøtten", "brandstation"]), law="kommunalfuldmagten; markedsleje", phrase=ph, sections=[
        ("sag", "Bygningen har stået tom siden sommeren 2023. Det foreslås, at den udlejes til %s %s mod at lejer afholder udgifter til el og varme. "
                "Lejer vil drive konference- og festlokaler i bygningen." % (c, ph)),
        ("indst", "Det indstilles, at lejeaftalen godkendes."),
        ("beslut", "Godkendt.")])


def c03_f_tilskud(ctx):
    c = ctx.pick(COMPANIES)
    ph = "for at fastholde virksomheden i kommunen"
    return dict(title="Tilskud til %s" % c, law="kommunalfuldmagten; erhvervsfremmeloven giver ikke hjemmel til individuel støtte", phrase=ph, sections=[
        ("sag", "%s har meddelt, at selskabet overvejer at flytte produktionen. Borgmesteren har haft møde med ledelsen. "
                "Det foreslås, at der ydes et engangstilskud på %s kr. %s." % (c, ctx.amt(150000, 600000, 25000), ph)),
        ("oek", "Beløbet finansieres af kassebeholdningen."),
        ("indst", "Økonomiudvalget indstiller, at tilskuddet bevilges."),
        ("beslut", "Godkendt.\n" + votes(ctx, against=("Ø",)))])


def c03_q_marked(ctx):
    c = ctx.pick(COMPANIES)
    ph = "til markedsleje fastsat af en uvildig ejendomsmægler"
    return dict(title="Udlejning af ledige lokaler på Rådhuset", law="lov om kommunal udlejning af ledige lokaler; markedsleje", why_quiet="lease of spare premises at market rent",
                phrase=ph, sections=[
        ("sag", "Efter omlægning af borgerservice står %d m² kontorareal ledigt. Det foreslås, at arealet udlejes til %s %s, "
                "jf. lov om kommunal udlejning af ledige lokaler. Lejemålet kan opsiges med 6 måneders varsel." % (ctx.rng.randint(120, 400), c, ph)),
        ("indst", "Det indstilles, at lejeaftalen godkendes."),
        ("beslut", "Godkendt.")])


def c03_q_pulje(ctx):
    c = ctx.pick(COMPANIES)
    ph = "Ordningen er åben for alle ejere af stueetager i bymidten"
    return dict(title="Tilskud fra facadepuljen 2024, 2. runde", law="generel ordning; byfornyelsesloven", why_quiet="general scheme open to all, publicly announced",
                phrase=ph, sections=[
        ("sag", "%s og har været annonceret i lokalavisen og på kommunens hjemmeside. Der er modtaget %d ansøgninger, bl.a. fra %s, "
                "som alle opfylder kriterierne og foreslås tildelt tilskud efter samme sats." % (ph, ctx.rng.randint(7, 16), c)),
        ("indst", "Byudviklingsudvalget indstiller, at tilskuddene fordeles som anført i bilaget."),
        ("beslut", "Godkendt.")])


def c03_q_forsyning(ctx):
    ph = "jf. lånebekendtgørelsens regler om garantier for forsyningsvirksomhed"
    return dict(title="Kommunegaranti for lån til %s Fjernvarme A.m.b.a." % ctx.kommune, law="lånebekendtgørelsen; garanti for varmeforsyning", why_quiet="guarantee for a heat supplier with cited basis",
                phrase=ph, sections=[
        ("sag", "Fjernvarmeværket skal udskifte en gaskedel med en varmepumpe og optager et lån i KommuneKredit på %s kr. "
                "Kommunen kan stille garanti for lånet, %s. Der opkræves en garantiprovision på 0,5 pct. p.a." % (ctx.amt(8000000, 30000000, 500000), ph)),
        ("indst", "Økonomiudvalget indstiller, at garantien meddeles."),
        ("beslut", "Godkendt.")])


# ============================================================== class 4: sale or lease of real estate without public offering

def c04_f_henvendelse(ctx):
    ph = "efter henvendelse fra"
    c = ctx.pick(COMPANIES)
    return dict(title="Salg af erhvervsgrund, matr.nr. %da" % ctx.rng.randint(8, 90), law="udbudsbekendtgørelsen (salg af kommunens faste ejendomme)", phrase=ph, sections=[
        ("sag", "Forvaltningen har %s %s forhandlet et salg af ca. %s m² erhvervsjord i Østre Erhvervspark. "
                "Prisen er aftalt til %d kr. pr. m² ekskl. moms. Køber skal påbegynde byggeri inden to år." % (ph, c, ctx.amt(4000, 16000, 500), ctx.rng.randint(180, 420))),
        ("indst", "Økonomiudvalget indstiller, at grunden sælges på de anførte vilkår."),
        ("beslut", "Godkendt.")])


def c04_f_direkte(ctx):
    ph = "sælges direkte til"
    return dict(title="Salg af den tidligere %s" % ctx.pick(["Lindegården", "dagplejecentral på Bakkevej", "skolelejlighed i Vråby"]), law="udbudsbekendtgørelsen", phrase=ph, sections=[
        ("sag", "Ejendommen er ikke længere i brug. En lokal investor har tilbudt %s kr. for ejendommen, hvilket svarer til den offentlige ejendomsvurdering. "
                "Forvaltningen anbefaler, at ejendommen %s investoren, så en hurtig handel kan gennemføres." % (ctx.amt(1400000, 4200000, 50000), ph)),
        ("indst", "Det indstilles, at ejendommen sælges for %s kr." % ctx.amt(1400000, 4200000, 50000)),
        ("beslut", "Godkendt.")])


def c04_f_forpagt(ctx):
    ph = "forlænges med yderligere ti år"
    return dict(title="Forpagtning af kommunal landbrugsjord ved %s" % ctx.pick(["Kærgård", "Solbakken", "Lergrav"]), law="markedsvilkår og udbud ved udlejning", phrase=ph, sections=[
        ("sag", "Kommunen ejer %d ha landbrugsjord, som i dag er forpagtet af naboen. Forpagtningsaftalen udløber 31. december 2024. "
                "Det foreslås, at aftalen %s til den hidtidige afgift." % (ctx.rng.randint(12, 60), ph)),
        ("indst", "Det indstilles, at forlængelsen godkendes."),
        ("beslut", "Godkendt.")])


def c04_q_udbudt(ctx):
    ph = "har været udbudt offentligt"
    return dict(title="Salg af den tidligere %s" % ctx.pick(["Lindegården", "dagplejecentral på Bakkevej", "skolelejlighed i Vråby"]), law="udbudsbekendtgørelsen", why_quiet="public offering held",
                phrase=ph, sections=[
        ("sag", "Ejendommen %s med annonce i dagspressen og på kommunens hjemmeside fra %s til %s. Der er indkommet %d bud. "
                "Det højeste bud er på %s kr. og er afgivet af en lokal investor." % (ph, dl(ctx.date - dt.timedelta(days=70)), dl(ctx.date - dt.timedelta(days=40)),
                                                                                   ctx.rng.randint(2, 6), ctx.amt(1400000, 4200000, 50000))),
        ("indst", "Det indstilles, at ejendommen sælges til højestbydende."),
        ("beslut", "Godkendt.")])


def c04_q_mindre(ctx):
    ph = "uden offentligt udbud, da der er tale om et mindre areal"
    return dict(title="Salg af restareal ved %s" % ctx.pick(["Bøgevej 14", "Havnegade 3", "Grønningen 22"]), law="udbudsbekendtgørelsen, undtagelse for mindre arealer", why_quiet="cited exception for a small area",
                phrase=ph, sections=[
        ("sag", "Grundejeren har anmodet om at købe et areal på %d m², der ligger mellem grunden og stien. Salget kan ske %s, "
                "som ikke kan udnyttes selvstændigt, jf. bekendtgørelse om offentligt udbud ved salg af kommunens faste ejendomme. Prisen er fastsat efter vurdering." % (ctx.rng.randint(18, 90), ph)),
        ("indst", "Det indstilles, at arealet sælges for %s kr." % ctx.amt(20000, 90000, 1000)),
        ("beslut", "Godkendt.")])


def c04_q_region(ctx):
    ph = "gælder ikke ved salg til"
    return dict(title="Salg af grund til Region %s" % ctx.pick(["Syddanmark", "Midtjylland", "Sjælland", "Nordjylland"]), law="udbudsbekendtgørelsen, salg til offentlig myndighed", why_quiet="sale to a public authority, exception cited",
                phrase=ph, sections=[
        ("sag", "Regionen ønsker at opføre et sundhedshus og har anmodet om at købe grunden direkte. Kravet om offentligt udbud %s staten, "
                "regioner eller andre kommuner, jf. udbudsbekendtgørelsen. Prisen svarer til en uvildig vurdering." % ph),
        ("indst", "Det indstilles, at grunden sælges uden udbud til regionen."),
        ("beslut", "Godkendt.")])


# ============================================================== class 5: citizen named with health or social data

CITIZENS = ["Ellen Thygesen", "Poul Bøgh", "Grethe Husted", "Jonas Winther", "Karen Lund Eriksen", "Henning Skov", "Bodil Kragh"]


def c05_f_diagnose(ctx):
    nm = ctx.pick(CITIZENS)
    ph = "er i behandling for svær depression"
    return dict(title="Ansøgning om dispensation fra bopælspligt – %s" % nm, law="databeskyttelsesforordningen art. 9; forvaltningslovens tavshedspligt", phrase=ph, sections=[
        ("sag", "%s, %s, har søgt om dispensation fra bopælspligten i to år. Ansøgeren oplyser, at hun %s og derfor midlertidigt bor hos sin datter. "
                "Lægeerklæring er vedlagt." % (nm, ctx.pick(["Kirkebakken 4", "Engtoften 11", "Toftevej 7"]), ph)),
        ("indst", "Det indstilles, at dispensation meddeles for to år."),
        ("beslut", "Godkendt.")])


def c05_f_klage(ctx):
    nm = ctx.pick(CITIZENS)
    ph = "er dement og har et langvarigt alkoholmisbrug"
    return dict(title="Henvendelse om hjemmeplejen fra %s pårørende" % gen(nm), law="databeskyttelsesforordningen art. 9", phrase=ph, sections=[
        ("sag", "%s søn har rettet henvendelse til politikerne om besøgstider. Af sagen fremgår, at %s %s, "
                "og at hjemmeplejen kommer fire gange dagligt." % (gen(nm), nm.split()[0], ph)),
        ("indst", "Det indstilles, at orienteringen tages til efterretning."),
        ("beslut", "Taget til efterretning.")])


def c05_f_beslutning(ctx):
    fam = ctx.pick(["Lund", "Graversen", "Overgaard"])
    ph = "hvis ældste søn er anbragt uden for hjemmet"
    return dict(title="Ansøgning om fritagelse for betaling af SFO", law="databeskyttelsesforordningen art. 9; sociale forhold", phrase=ph, sections=[
        ("sag", "Der er modtaget en ansøgning om fritagelse for forældrebetaling af økonomiske og sociale grunde."),
        ("indst", "Børne- og Skoleudvalget indstiller, at ansøgningen imødekommes."),
        ("beslut", "Byrådet fritog familien %s, %s, for forældrebetaling i skoleåret 2024/25." % (fam, ph))])


def c05_q_anon(ctx):
    ph = "i det følgende kaldet A"
    return dict(title="Ansøgning om dispensation fra bopælspligt", law="databeskyttelsesforordningen", why_quiet="the applicant is anonymised",
                phrase=ph, sections=[
        ("sag", "En borger, %s, har søgt om dispensation fra bopælspligten i to år. A oplyser at være i behandling for en længerevarende sygdom "
                "og midlertidigt bo hos et familiemedlem. Oplysningerne fremgår af det lukkede bilag." % ph),
        ("indst", "Det indstilles, at dispensation meddeles for to år."),
        ("beslut", "Godkendt.")])


def c05_q_closed(ctx):
    nm = ctx.pick(CITIZENS)
    ph = "oplysninger om en enkeltpersons helbredsforhold"
    return dict(title="Ansøgning om dispensation fra bopælspligt", closed=True, law="kommunestyrelseslovens § 10", why_quiet="closed item with a ground; no details in the open text",
                phrase=ph, sections=[
        ("sag", "Sagen behandles for lukkede døre, jf. kommunestyrelseslovens § 10, idet den indeholder %s." % ph),
        ("beslut", "Godkendt.")])


def c05_q_name(ctx):
    nm = ctx.pick(CITIZENS)
    ph = "ønsker at købe parcellen"
    return dict(title="Salg af parcel på Birkevej – %s" % nm, law="ingen følsomme oplysninger", why_quiet="named buyer with only non-sensitive facts (address, price)",
                phrase=ph, sections=[
        ("sag", "%s, Stensbjergvej 2, %s Birkevej 9 i det udbudte parcelhusområde til listeprisen på %s kr. Parcellen har været udbudt siden marts 2024." % (
            nm, ph, ctx.amt(380000, 720000, 5000))),
        ("indst", "Det indstilles, at salget godkendes."),
        ("beslut", "Godkendt.")])


def c05_q_cprlike(ctx):
    num = "%02d%02d%02d-%04d" % (ctx.rng.randint(10, 28), ctx.rng.randint(1, 12), 24, ctx.rng.randint(1000, 9999))
    ph = "J.nr. %s" % num
    return dict(title="Arbejdsmiljøredegørelse 2024", law="-", why_quiet="journal number shaped like a CPR number, no person",
                phrase=ph, sagsnr=num, sections=[
        ("sag", "Redegørelsen (%s) viser, at antallet af anmeldte arbejdsulykker er faldet fra %d til %d. Sygefraværet er %s pct." % (
            ph, ctx.rng.randint(40, 80), ctx.rng.randint(20, 39), ctx.pick(["5,1", "4,8", "6,2"]))),
        ("indst", "Det indstilles, at redegørelsen tages til efterretning."),
        ("beslut", "Taget til efterretning.")])


# ============================================================== class 6: retroactive reduction

def c06_f_tilskud(ctx):
    eff = ctx.before(2)
    ph = "med virkning fra %s" % dl(eff)
    return dict(title="Nedsættelse af tilskud til privat pasning", law="forbud mod tilbagevirkende byrdefulde ændringer; dagtilbudsloven § 80", phrase=ph, sections=[
        ("sag", "Som led i budgetopfølgningen foreslås tilskuddet til privat pasning af børn under tre år nedsat fra %s kr. til %s kr. pr. måned %s." % (
            ctx.amt(6000, 7000, 10), ctx.amt(5000, 5900, 10), ph)),
        ("indst", "Børne- og Skoleudvalget indstiller, at nedsættelsen godkendes."),
        ("beslut", "Godkendt.")])


def c06_f_service(ctx):
    eff = ctx.before(0)
    ph = "gælder fra %s" % dn(eff)
    return dict(title="Justering af serviceniveau for tøjvask", law="tilbagevirkende serviceforringelse", phrase=ph, sections=[
        ("sag", "Tøjvask ydes i dag hver uge. Det foreslås, at den fremover ydes hver anden uge. Det ændrede niveau %s, "
                "og borgerne orienteres ved brev." % ph),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at justeringen godkendes."),
        ("beslut", "Godkendt.")])


def c06_f_amend(ctx):
    eff = ctx.before(3)
    ph = "har virkning fra %s" % dl(eff)
    return dict(title="Ændret takst for kørsel til dagcenter", law="tilbagevirkende byrdefuld ændring indført i beslutningen", phrase=ph, sections=[
        ("sag", "Egenbetalingen for kørsel til dagcenter foreslås forhøjet fra %d kr. til %d kr. pr. tur fra næste kvartal." % (
            ctx.rng.randint(18, 25), ctx.rng.randint(30, 45))),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at taksten godkendes."),
        ("beslut", "Godkendt med den ændring, at forhøjelsen %s, hvor de øgede kørselsudgifter opstod." % ph)])


def c06_q_future(ctx):
    earlier = ctx.date - dt.timedelta(days=90)
    eff = ctx.after(2)
    ph = "med virkning fra %s" % dl(eff)
    return dict(title="Nedsættelse af tilskud til privat pasning", law="-", why_quiet="effective date after the decision; the earlier date is a committee discussion",
                phrase=ph, sections=[
        ("sag", "Udvalget drøftede tilskuddet på sit møde den %s. Det foreslås nu, at tilskuddet til privat pasning nedsættes fra %s kr. til %s kr. pr. måned %s. "
                "Forældrene orienteres straks." % (dl(earlier), ctx.amt(6000, 7000, 10), ctx.amt(5000, 5900, 10), ph)),
        ("indst", "Børne- og Skoleudvalget indstiller, at nedsættelsen godkendes."),
        ("beslut", "Godkendt.")])


def c06_q_raise(ctx):
    eff = ctx.before(2)
    ph = "forhøjes med tilbagevirkende kraft fra %s" % dl(eff)
    return dict(title="Regulering af tilskud til privat pasning", law="begunstigende ændring", why_quiet="retroactive increase favours the citizens",
                phrase=ph, sections=[
        ("sag", "Ved en fejl blev tilskuddet ikke pristalsreguleret. Tilskuddet %s, og differencen efterbetales." % ph),
        ("indst", "Det indstilles, at reguleringen godkendes."),
        ("beslut", "Godkendt.")])


def c06_q_budget(ctx):
    eff = first_of(ctx.date.year + 1, 1)
    ph = "træder i kraft %s" % dl(eff)
    return dict(title="Justering af serviceniveau for tøjvask", law="-", why_quiet="effective date after the decision; older dates refer to the budget",
                phrase=ph, sections=[
        ("sag", "Justeringen indgår i budgetaftalen, som blev indgået den %s. Det ændrede niveau %s, og borgerne får brev senest en måned før." % (
            dl(ctx.date - dt.timedelta(days=60)), ph)),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at justeringen godkendes."),
        ("beslut", "Godkendt.")])


# ============================================================== class 7: closed item without a ground

def c07_f_budget(ctx):
    ph = "Punktet er lukket"
    return dict(title="Drøftelse af spareforslag til budget 2025", closed=True, law="kommunestyrelseslovens § 10; møder er offentlige", phrase=ph, sections=[
        ("sag", "%s. Forvaltningen gennemgår de indkomne forslag til reduktioner på i alt %s mio. kr." % (ph, ctx.pick(["24", "31", "18"]))),
        ("beslut", "Drøftet.")])


def c07_f_struktur(ctx):
    ph = "behandlet for lukkede døre"
    return dict(title="Status på den fremtidige skolestruktur", closed=True, law="kommunestyrelseslovens § 10", phrase=ph, sections=[
        ("sag", "Forvaltningen giver en status på analysen af skolestrukturen i landdistrikterne."),
        ("beslut", "Orienteringen blev taget til efterretning. Punktet blev %s." % ph)])


def c07_f_fortrolig(ctx):
    ph = "Sagen er fortrolig indtil videre"
    return dict(title="Samarbejde om ny turismestrategi", closed=True, law="kommunestyrelseslovens § 10", phrase=ph, sections=[
        ("sag", "%s. Borgmesteren orienterer om drøftelserne med nabokommunerne." % ph),
        ("beslut", "Taget til efterretning.")])


def c07_q_kontrakt(ctx):
    ph = "jf. kommunestyrelseslovens § 10"
    return dict(title="Køb af ejendom til ny daginstitution", closed=True, law="kommunestyrelseslovens § 10", why_quiet="ground cited (contract negotiations)",
                phrase=ph, sections=[
        ("sag", "Punktet behandles for lukkede døre, %s, da sagen vedrører igangværende forhandlinger om køb af fast ejendom." % ph),
        ("beslut", "Godkendt.")])


def c07_q_personale(ctx):
    ph = "vedrører en enkelt medarbejders ansættelsesforhold"
    return dict(title="Personalesag", closed=True, law="kommunestyrelseslovens § 10", why_quiet="personal matter as ground",
                phrase=ph, sections=[
        ("sag", "Punktet er lukket, da det %s, jf. kommunestyrelseslovens § 10." % ph),
        ("beslut", "Godkendt.")])


def c07_q_forhandling(ctx):
    ph = "kommunens forhandlingsposition i et verserende udbud"
    return dict(title="Udbud af kørsel – forhandlingsmandat", closed=True, law="kommunestyrelseslovens § 10", why_quiet="ground stated (tender/negotiation)",
                phrase=ph, sections=[
        ("sag", "Sagen behandles for lukkede døre efter kommunestyrelseslovens § 10, da den indeholder oplysninger om %s." % ph),
        ("beslut", "Godkendt.")])


# ============================================================== class 8: hearing of Ældrerådet / Handicaprådet missing

def c08_f_tid(ctx):
    ph = "sendes ikke i høring af hensyn til tidsplanen"
    return dict(title="Ændret visitation til dagcentre", law="retssikkerhedslovens § 30 (ældreråd)", phrase=ph, sections=[
        ("sag", "Det foreslås, at visitation til dagcenter fremover forudsætter et plejebehov på mindst %d timer om ugen. "
                "Omlægningen berører ca. %d ældre borgere." % (ctx.rng.randint(3, 6), ctx.rng.randint(60, 200))),
        ("hoer", "Sagen %s." % ph),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at ændringen godkendes."),
        ("beslut", "Godkendt.")])


def c08_f_silent(ctx):
    ph = "nedsættes fra fire til tre timer om ugen"
    return dict(title="Ændring af serviceniveau i bofællesskaberne", law="serviceloven § 37 a (handicapråd)", phrase=ph, sections=[
        ("sag", "Personaledækningen i bofællesskaberne for voksne med udviklingshæmning %s pr. beboer. Ændringen har været drøftet i direktionen "
                "og i MED-udvalget." % ph),
        ("oek", "Besparelsen udgør %s kr. årligt." % ctx.amt(800000, 2000000, 10000)),
        ("indst", "Social- og Handicapudvalget indstiller, at ændringen godkendes."),
        ("beslut", "Godkendt.")])


def c08_f_efter(ctx):
    ph = "Ældrerådet orienteres efterfølgende"
    return dict(title="Ny model for madservice", law="retssikkerhedslovens § 30", phrase=ph, sections=[
        ("sag", "Madservice omlægges fra daglig udbringning af varm mad til ugentlig levering af kølemad fra %s." % dl(ctx.after(3))),
        ("hoer", "%s om den vedtagne model." % ph),
        ("indst", "Det indstilles, at modellen godkendes."),
        ("beslut", "Godkendt.")])


def c08_q_bilag(ctx):
    ph = "Ældrerådets høringssvar af %s er vedlagt" % dl(ctx.date - dt.timedelta(days=16))
    return dict(title="Ændret visitation til dagcentre", law="retssikkerhedslovens § 30", why_quiet="Ældrerådet heard, answer attached",
                phrase=ph, sections=[
        ("sag", "Det foreslås, at visitation til dagcenter fremover forudsætter et plejebehov på mindst %d timer om ugen." % ctx.rng.randint(3, 6)),
        ("hoer", "%s som bilag 2." % ph),
        ("indst", "Sundheds- og Ældreudvalget indstiller, at ændringen godkendes."),
        ("beslut", "Godkendt.")])


def c08_q_handicap(ctx):
    ph = "Handicaprådet har behandlet forslaget på sit møde den %s" % dl(ctx.date - dt.timedelta(days=20))
    return dict(title="Ændring af serviceniveau i bofællesskaberne", law="serviceloven § 37 a", why_quiet="Handicaprådet heard",
                phrase=ph, sections=[
        ("sag", "Personaledækningen i bofællesskaberne nedsættes fra fire til tre timer om ugen pr. beboer."),
        ("hoer", "%s og har afgivet det vedlagte høringssvar." % ph),
        ("indst", "Social- og Handicapudvalget indstiller, at ændringen godkendes."),
        ("beslut", "Godkendt.")])


def c08_q_anbefaler(ctx):
    ph = "Ældrerådet anbefaler modellen"
    return dict(title="Ny model for madservice", law="retssikkerhedslovens § 30", why_quiet="Ældrerådet heard, answer quoted",
                phrase=ph, sections=[
        ("sag", "Madservice omlægges fra daglig udbringning af varm mad til ugentlig levering af kølemad."),
        ("hoer", "Forslaget har været i høring i Ældrerådet. %s, men ønsker, at borgere med nedsat syn tilbydes hjælp til opvarmning." % ph),
        ("indst", "Det indstilles, at modellen godkendes."),
        ("beslut", "Godkendt.")])


# ============================================================== class 9: budget stop on statutory help / hearing missing

def c09_f_bero(ctx):
    ph = "sættes i bero til 1. januar"
    return dict(title="Tiltag mod merforbrug på hjælpemiddelområdet", law="lovbundne ydelser kan ikke stoppes af budgethensyn; serviceloven §§ 112 og 116", phrase=ph, sections=[
        ("sag", "Budgettet til hjælpemidler og boligændringer er opbrugt. Nye ansøgninger om boligændringer %s %d, medmindre der er tale om terminale borgere." % (ph, ctx.date.year + 1)),
        ("indst", "Økonomiudvalget indstiller, at tiltaget godkendes."),
        ("beslut", "Godkendt.")])


def c09_f_skole(ctx):
    ph = "ikke været sendt i høring, da det indgår i budgetaftalen"
    return dict(title="Lukning af %s Skole" % ctx.pick(["Hvidbjerg", "Nørre Alslev", "Egebjerg", "Skærbæk Vest"]), law="bekendtgørelse om procedure ved nedlæggelse af en folkeskole (offentlig høring i 8 uger)", phrase=ph, sections=[
        ("sag", "Skolen lukkes med udgangen af skoleåret 2024/25, og eleverne overflyttes til nabodistriktets skole. Forslaget har %s." % ph),
        ("indst", "Børne- og Skoleudvalget indstiller, at skolen nedlægges pr. 31. juli 2025."),
        ("beslut", "Godkendt.\n" + votes(ctx, against=("F", "Ø")))])


def c09_f_raaderum(ctx):
    ph = "før det økonomiske råderum igen tillader det"
    return dict(title="Styring af udgifter til ledsagelse og bostøtte", law="lovbundne ydelser; serviceloven §§ 85 og 97", phrase=ph, sections=[
        ("sag", "Der visiteres ikke nye borgere til ledsageordning eller bostøtte, %s. Borgere på venteliste får besked ved brev." % ph),
        ("indst", "Social- og Handicapudvalget indstiller, at styringstiltaget godkendes."),
        ("beslut", "Godkendt.")])


def c09_q_indkob(ctx):
    ph = "omfatter ikke lovbundne ydelser til borgerne"
    return dict(title="Tiltag mod merforbrug – indkøbsstop", law="-", why_quiet="freeze on non-statutory spending only",
                phrase=ph, sections=[
        ("sag", "Der indføres indkøbsstop for inventar, kurser og konferencer resten af året. Stoppet %s, som bevilges efter de gældende regler." % ph),
        ("indst", "Økonomiudvalget indstiller, at indkøbsstoppet godkendes."),
        ("beslut", "Godkendt.")])


def c09_q_skole(ctx):
    a = ctx.date - dt.timedelta(days=90)
    b = a + dt.timedelta(days=56)
    ph = "i offentlig høring fra %s til %s" % (dl(a), dl(b))
    return dict(title="Lukning af %s Skole – endelig beslutning" % ctx.pick(["Hvidbjerg", "Nørre Alslev", "Egebjerg"]), law="nedlæggelsesbekendtgørelsen", why_quiet="8-week public hearing held",
                phrase=ph, sections=[
        ("sag", "Forslaget har været %s. Der er modtaget %d høringssvar, bl.a. fra skolebestyrelserne, som er resumeret i bilag 1." % (ph, ctx.rng.randint(9, 60))),
        ("indst", "Børne- og Skoleudvalget indstiller, at skolen nedlægges pr. 31. juli 2025."),
        ("beslut", "Godkendt.")])


def c09_q_ansaet(ctx):
    ph = "gælder ikke stillinger, der er nødvendige for at overholde sagsbehandlingsfristerne"
    return dict(title="Ansættelsesstop i administrationen", law="-", why_quiet="hiring freeze exempts what statutory duties need",
                phrase=ph, sections=[
        ("sag", "Der indføres ansættelsesstop i centraladministrationen frem til budgetvedtagelsen. Stoppet %s på social- og beskæftigelsesområdet." % ph),
        ("indst", "Økonomiudvalget indstiller, at ansættelsesstoppet godkendes."),
        ("beslut", "Godkendt.")])


# ============================================================== class 10: delegation the council cannot make

def c10_f_regnskab(ctx):
    ph = "bemyndiges til at godkende årsregnskabet"
    return dict(title="Tilpasning af styrelsesvedtægten", law="kommunestyrelseslovens § 45 (regnskabet godkendes af kommunalbestyrelsen)", phrase=ph, sections=[
        ("sag", "For at smidiggøre processen foreslås det, at Økonomiudvalget fremover %s og afgive bemærkninger til revisionsberetningen. "
                "Byrådet orienteres efterfølgende." % ph),
        ("indst", "Økonomiudvalget indstiller, at ændringen af styrelsesvedtægten godkendes til 1. behandling."),
        ("beslut", "Godkendt.")])


def c10_f_danmarkskort(ctx):
    ph = "tager stilling til behovet for en handlingsplan"
    return dict(title="Fremtidig behandling af danmarkskortet over omgørelsesprocenter", law="retssikkerhedslovens § 79 b (kommunalbestyrelsen skal behandle kortet)", phrase=ph, sections=[
        ("sag", "Fra 2025 behandles Ankestyrelsens danmarkskort alene i Social- og Sundhedsudvalget, som %s. Byrådet modtager referatet til orientering." % ph),
        ("indst", "Det indstilles, at den fremtidige behandling godkendes."),
        ("beslut", "Godkendt.")])


def c10_f_tillaeg(ctx):
    ph = "kan meddele tillægsbevillinger"
    return dict(title="Principper for økonomistyring 2025", law="kommunestyrelseslovens § 40 (bevillinger gives af kommunalbestyrelsen)", phrase=ph, sections=[
        ("sag", "Principperne samler reglerne for budgetopfølgning og omplaceringer. Det foreslås, at direktionen %s op til %s mio. kr. pr. sag, "
                "så driften ikke forsinkes." % (ph, ctx.pick(["2", "5", "3"]))),
        ("indst", "Økonomiudvalget indstiller, at principperne godkendes."),
        ("beslut", "Godkendt.")])


def c10_q_enkelt(ctx):
    ph = "afgørelser i enkeltsager efter serviceloven"
    return dict(title="Delegationsplan for Social- og Sundhedsområdet", law="kommunestyrelseslovens §§ 18 og 31", why_quiet="delegation of individual cases to the administration is allowed",
                phrase=ph, sections=[
        ("sag", "Delegationsplanen fastlægger, at forvaltningen træffer %s inden for de serviceniveauer, byrådet har fastsat." % ph),
        ("indst", "Det indstilles, at delegationsplanen godkendes."),
        ("beslut", "Godkendt.")])


def c10_q_pulje(ctx):
    ph = "inden for den afsatte bevilling"
    return dict(title="Udmøntning af puljen til grøn omstilling", law="-", why_quiet="committee distributes money within an adopted appropriation",
                phrase=ph, sections=[
        ("sag", "Byrådet har i budget 2025 afsat %s kr. til grøn omstilling. Teknik- og Miljøudvalget bemyndiges til at fordele midlerne %s efter de vedtagne kriterier." % (
            ctx.amt(1000000, 5000000, 100000), ph)),
        ("indst", "Det indstilles, at bemyndigelsen godkendes."),
        ("beslut", "Godkendt.")])


def c10_q_underskrift(ctx):
    ph = "bemyndiges til at underskrive"
    return dict(title="Aftale om fælles beredskab", law="-", why_quiet="mayor authorised to sign what the council decided",
                phrase=ph, sections=[
        ("sag", "Byrådet godkender aftalen om det fælles beredskab med nabokommunerne. Borgmesteren %s aftalen på kommunens vegne." % ph),
        ("indst", "Det indstilles, at aftalen godkendes."),
        ("beslut", "Godkendt.")])


# ============================================================== class 11: member inhabil who took part

def c11_f_spouse(ctx):
    nm = ctx.mname(3)
    ph = "der ejes af %s ægtefælle" % gen(nm)
    return dict(title="Tildeling af ombygningsopgave på %s" % ctx.pick(["Rådhuset", "Idrætscentret", "Bibliotekshuset"]), law="forvaltningslovens § 3; kommunestyrelseslovens § 14", phrase=ph, sections=[
        ("sag", "Der er indhentet tre tilbud. Det økonomisk mest fordelagtige tilbud er afgivet af %s Tømrer & Snedker ApS, %s." % (nm.split()[-1], ph)),
        ("indst", "Det indstilles, at opgaven tildeles som anført."),
        ("beslut", "Godkendt.\n" + votes(ctx))])


def c11_f_formand(ctx):
    nm = ctx.m(5)
    ph = "deltog i sagens behandling"
    return dict(title="Anlægstilskud til ny klubhusbygning", law="forvaltningslovens § 3", phrase=ph, sections=[
        ("sag", "%s IF har søgt om anlægstilskud på %s kr. Foreningens formand er %s." % (ctx.kommune, ctx.amt(400000, 1500000, 50000), nm)),
        ("indst", "Kultur- og Fritidsudvalget indstiller, at tilskuddet bevilges."),
        ("beslut", "Godkendt. %s %s." % (nm, ph))])


def c11_f_son(ctx):
    nm = ctx.mname(1)
    ph = "søn af %s %s" % (ctx.memberword(), nm)
    return dict(title="Salg af byggegrund på %s" % ctx.pick(["Lærkevej 5", "Fasanvej 12", "Kildemarken 8"]), law="forvaltningslovens § 3", phrase=ph, sections=[
        ("sag", "Grunden har været udbudt. Eneste bud er afgivet af Mads %s, der er %s." % (nm.split()[-1], ph)),
        ("indst", "Det indstilles, at grunden sælges til den tilbudte pris."),
        ("beslut", "Enstemmigt godkendt.")])


def c11_q_left(ctx):
    nm = ctx.mname(3)
    ph = "forlod mødet under behandlingen"
    return dict(title="Tildeling af ombygningsopgave på %s" % ctx.pick(["Rådhuset", "Idrætscentret", "Bibliotekshuset"]), law="forvaltningslovens § 3", why_quiet="the inhabil member left",
                phrase=ph, sections=[
        ("sag", "Det økonomisk mest fordelagtige tilbud er afgivet af %s Tømrer & Snedker ApS, der ejes af %s ægtefælle." % (nm.split()[-1], gen(nm))),
        ("indst", "Det indstilles, at opgaven tildeles som anført."),
        ("beslut", "Inhabil: %s, der %s.\nGodkendt." % (ctx.m(3), ph))])


def c11_q_almen(ctx):
    ph = "interessen er af almen karakter"
    return dict(title="Takster for vejbidrag i Søndermarken", law="forvaltningslovens § 3", why_quiet="general interest shared by many owners; habilitet assessed",
                phrase=ph, sections=[
        ("sag", "Taksten gælder for samtlige %d ejendomme i området." % ctx.rng.randint(400, 1900)),
        ("indst", "Det indstilles, at taksterne godkendes."),
        ("beslut", "%s spurgte til sin habilitet, da vedkommende ejer et hus i området. %s vurderede, at %s, og at der ikke er inhabilitet.\nGodkendt." % (ctx.m(1), ctx.body, ph))])


def c11_q_son(ctx):
    nm = ctx.mname(1)
    ph = "deltog ikke i behandlingen"
    return dict(title="Salg af byggegrund på %s" % ctx.pick(["Lærkevej 5", "Fasanvej 12", "Kildemarken 8"]), law="forvaltningslovens § 3", why_quiet="member declared inhabil and did not take part",
                phrase=ph, sections=[
        ("sag", "Grunden har været udbudt. Eneste bud er afgivet af Mads %s, der er søn af %s %s." % (nm.split()[-1], ctx.memberword(), nm)),
        ("indst", "Det indstilles, at grunden sælges til den tilbudte pris."),
        ("beslut", "%s erklærede sig inhabil og %s.\nGodkendt." % (ctx.m(1), ph))])


# ============================================================== class 12: fee without legal basis

def c12_f_aktind(ctx):
    ph = "ekspeditionsgebyr på %d kr. pr. anmodning om aktindsigt" % ctx.pick([100, 150, 200])
    return dict(title="Gebyrer i Borgerservice 2025", law="offentlighedsloven (ingen hjemmel til gebyr for aktindsigt)", phrase=ph, sections=[
        ("sag", "Takstbladet for 2025 omfatter gebyrer for pas og kørekort efter statens takster samt et nyt %s." % ph),
        ("indst", "Det indstilles, at takstbladet godkendes."),
        ("beslut", "Godkendt.")])


def c12_f_revurd(ctx):
    ph = "betaler borgeren %d kr. for hver yderligere revurdering" % ctx.pick([250, 400, 500])
    return dict(title="Takster på ældreområdet 2025", law="serviceloven (revurdering er en kommunal pligt; ingen hjemmel til gebyr)", phrase=ph, sections=[
        ("sag", "Ud over de kendte takster for madservice og kørsel foreslås det, at der gives én revurdering af hjemmehjælpen om året uden beregning. Herefter %s." % ph),
        ("indst", "Det indstilles, at taksterne godkendes."),
        ("beslut", "Godkendt.")])


def c12_f_genopt(ctx):
    ph = "administrationsbidrag på %d kr." % ctx.pick([300, 350, 450])
    return dict(title="Betaling for genoptagelse af sager", law="ingen hjemmel til gebyr for genoptagelse", phrase=ph, sections=[
        ("sag", "Borgere, der beder om at få en afsluttet sag genoptaget, skal fremover betale et %s Beløbet tilbagebetales, hvis afgørelsen ændres." % ph),
        ("indst", "Det indstilles, at ordningen indføres fra 1. januar 2025."),
        ("beslut", "Godkendt.")])


def c12_q_byg(ctx):
    ph = "jf. byggelovens § 28"
    return dict(title="Byggesagsgebyr 2025", law="byggeloven § 28", why_quiet="fee with cited legal basis",
                phrase=ph, sections=[
        ("sag", "Byggesagsgebyret opkræves som timebaseret gebyr på %d kr. pr. time, %s og bygningsreglementet." % (ctx.rng.randint(700, 1000), ph)),
        ("indst", "Det indstilles, at gebyret godkendes."),
        ("beslut", "Godkendt.")])


def c12_q_mad(ctx):
    ph = "den maksimale pris, som fastsættes af ministeriet"
    return dict(title="Takster på ældreområdet 2025", law="serviceloven § 161", why_quiet="statutory price with cap",
                phrase=ph, sections=[
        ("sag", "Prisen for en hovedret i madservice fastsættes til %s kr., hvilket er under %s, jf. servicelovens § 161." % (ctx.pick(["58", "61", "60"]), ph)),
        ("indst", "Det indstilles, at taksterne godkendes."),
        ("beslut", "Godkendt.")])


def c12_q_affald(ctx):
    ph = "hvile-i-sig-selv-princippet"
    return dict(title="Affaldsgebyrer 2025", law="miljøbeskyttelsesloven § 48", why_quiet="fee under environmental protection act, cost-based",
                phrase=ph, sections=[
        ("sag", "Gebyrerne er beregnet efter %s, jf. miljøbeskyttelseslovens § 48. Grundgebyret for en helårsbolig bliver %s kr." % (ph, ctx.amt(1500, 2600, 10))),
        ("indst", "Det indstilles, at gebyrerne godkendes."),
        ("beslut", "Godkendt.")])


# ============================================================== class 13: missing or wrong complaint guidance

def c13_f_kan_ikke(ctx):
    ph = "Afgørelsen kan ikke påklages"
    return dict(title="Ansøgning om dispensation fra lokalplan – %s" % ctx.pick(["Strandvej 18", "Mosevej 3", "Havnebakken 9"]), law="planloven § 58 (klage til Planklagenævnet)", phrase=ph, sections=[
        ("sag", "Ejeren har søgt om dispensation til en carport, der overskrider byggelinjen med 1,2 meter. Naboerne er hørt."),
        ("indst", "Plan- og Miljøudvalget indstiller, at dispensation meddeles."),
        ("beslut", "Dispensationen meddeles. %s. Ansøger og naboer underrettes." % ph)])


def c13_f_ombud(ctx):
    ph = "klagen sendes inden 8 uger direkte til Folketingets Ombudsmand"
    return dict(title="Genbehandling af ansøgning om boligændring", law="serviceloven § 116; retssikkerhedsloven § 67 (klage til kommunen inden 4 uger, derefter Ankestyrelsen)", phrase=ph, sections=[
        ("sag", "Borgeren har bedt om, at sagen forelægges politisk igen. Forvaltningen fastholder, at en anden bolig er mere egnet."),
        ("indst", "Det indstilles, at afslaget fastholdes."),
        ("beslut", "Afslaget fastholdes. Borgeren vejledes om, at %s." % ph)])


def c13_f_endelig(ctx):
    ph = "Beslutningen er endelig og kan ikke indbringes for andre"
    return dict(title="Klage over afslag på tilskud til merudgifter", law="serviceloven § 100; klageadgang til Ankestyrelsen", phrase=ph, sections=[
        ("sag", "Forældrene har klaget over afslaget på dækning af merudgifter til kost. Byrådet har bedt om at få sagen forelagt."),
        ("indst", "Det indstilles, at afslaget fastholdes."),
        ("beslut", "Afslaget fastholdes. %s. Forældrene orienteres skriftligt." % ph)])


def c13_q_korrekt(ctx):
    ph = "kan påklages til Ankestyrelsen inden 4 uger"
    return dict(title="Genbehandling af ansøgning om boligændring", law="serviceloven § 116; retssikkerhedsloven § 67", why_quiet="correct guidance",
                phrase=ph, sections=[
        ("sag", "Borgeren har bedt om, at sagen forelægges politisk igen."),
        ("indst", "Det indstilles, at afslaget fastholdes."),
        ("beslut", "Afslaget fastholdes. Afgørelsen %s; klagen sendes til kommunen, der genvurderer sagen." % ph)])


def c13_q_anden(ctx):
    ph = "kan ikke påklages til anden administrativ myndighed"
    return dict(title="Fordeling af puljen til lokale borgerforeninger", law="kommunalfuldmagten; ingen klageadgang", why_quiet="correct: no administrative appeal for a discretionary municipal fund",
                phrase=ph, sections=[
        ("sag", "Der er modtaget %d ansøgninger. Fordelingen fremgår af bilaget." % ctx.rng.randint(8, 25)),
        ("indst", "Det indstilles, at fordelingen godkendes."),
        ("beslut", "Godkendt. Afgørelserne %s, men ansøgerne kan rette henvendelse til Ankestyrelsens tilsyn." % ph)])


def c13_q_plan(ctx):
    ph = "kan påklages til Planklagenævnet for så vidt angår retlige spørgsmål"
    return dict(title="Ansøgning om dispensation fra lokalplan – %s" % ctx.pick(["Strandvej 18", "Mosevej 3", "Havnebakken 9"]), law="planloven § 58", why_quiet="correct guidance",
                phrase=ph, sections=[
        ("sag", "Ejeren har søgt om dispensation til en carport. Naboerne er hørt."),
        ("indst", "Plan- og Miljøudvalget indstiller, at dispensation meddeles."),
        ("beslut", "Dispensationen meddeles. Afgørelsen %s inden 4 uger fra offentliggørelsen." % ph)])


# ============================================================== holdout-only variants (other wording)

def c01_f_h_pulje(ctx):
    ph = "tildeles et fast klippekort på otte ture om måneden"
    return dict(title="Ny model for individuel kørsel til borgere med handicap", law="serviceloven § 117; krav om individuel vurdering", phrase=ph, sections=[
        ("sag", "Kørselsordningen efter servicelovens § 117 omlægges. Alle borgere, der bevilges kørsel, %s. Ture ud over klippekortet kan ikke bevilges." % ph),
        ("indst", "Social- og Handicapudvalget indstiller, at modellen godkendes fra 1. januar 2025."),
        ("beslut", "Godkendt.")])


def c01_q_h_pulje(ctx):
    ph = "som udgangspunkt et klippekort på otte ture om måneden, men antallet kan øges"
    return dict(title="Ny model for individuel kørsel til borgere med handicap", law="serviceloven § 117", why_quiet="starting point with room to increase after assessment",
                phrase=ph, sections=[
        ("sag", "Borgere, der bevilges kørsel efter servicelovens § 117, får %s, når det konkrete behov for deltagelse i aktiviteter tilsiger det." % ph),
        ("indst", "Social- og Handicapudvalget indstiller, at modellen godkendes fra 1. januar 2025."),
        ("beslut", "Godkendt.")])


def c02_f_h_praksis(ctx):
    ph = "bevilges kun i helt særlige undtagelsestilfælde"
    return dict(title="Serviceniveau for personlige hjælpemidler – parykker og brystproteser", law="serviceloven § 112", phrase=ph, sections=[
        ("sag", "Udgifterne er steget markant. Forvaltningen foreslår, at kommunens praksis strammes, så hjælpemidler af denne type %s." % ph),
        ("indst", "Det indstilles, at det strammere serviceniveau godkendes."),
        ("beslut", "Godkendt.\n" + votes(ctx, against=("F",)))])


def c02_q_h_praksis(ctx):
    ph = "vurderes i hver enkelt sag, om betingelserne er opfyldt"
    return dict(title="Serviceniveau for personlige hjælpemidler – parykker og brystproteser", law="serviceloven § 112", why_quiet="strict criteria, individual assessment kept",
                phrase=ph, sections=[
        ("sag", "Udgifterne er steget. Forvaltningen har præciseret, hvilke dokumentationskrav der stilles; det %s, og der bevilges, når de er det." % ph),
        ("indst", "Det indstilles, at præciseringen godkendes."),
        ("beslut", "Godkendt.")])


def c03_f_h_gebyr(ctx):
    c = ctx.pick(COMPANIES)
    ph = "frafalder kommunen tilslutningsafgiften"
    return dict(title="Etablering af %s på Havnen" % c, law="kommunalfuldmagten; ligebehandling", phrase=ph, sections=[
        ("sag", "%s vil etablere sig på Havnen med %d arbejdspladser. Som en del af aftalen %s på %s kr. og betaler byggemodning af adgangsvejen." % (
            c, ctx.rng.randint(20, 70), ph, ctx.amt(200000, 700000, 10000))),
        ("indst", "Det indstilles, at aftalen godkendes."),
        ("beslut", "Godkendt.")])


def c03_q_h_gebyr(ctx):
    c = ctx.pick(COMPANIES)
    ph = "efter de takster, der gælder for alle erhvervsgrunde"
    return dict(title="Etablering af %s på Havnen" % c, law="-", why_quiet="ordinary terms that apply to all",
                phrase=ph, sections=[
        ("sag", "%s vil etablere sig på Havnen. Virksomheden betaler tilslutningsafgift og byggemodning %s på Havnen." % (c, ph)),
        ("indst", "Det indstilles, at orienteringen tages til efterretning."),
        ("beslut", "Taget til efterretning.")])


def c04_f_h_bytte(ctx):
    ph = "mageskifte"
    return dict(title="Arealoverdragelse ved %s" % ctx.pick(["Østervang", "Lunden", "Kløvermarken"]), law="udbudsbekendtgørelsen (salg, herunder mageskifte)", phrase=ph, sections=[
        ("sag", "En nabo har tilbudt et %s, hvor kommunen afgiver en byggegrund på %s m² mod at modtage et grønt areal af tilsvarende værdi." % (ph, ctx.amt(700, 1500, 10))),
        ("indst", "Det indstilles, at arealoverdragelsen godkendes."),
        ("beslut", "Godkendt.")])


def c04_q_h_bytte(ctx):
    ph = "er gennemført efter offentlig annoncering"
    return dict(title="Arealoverdragelse ved %s" % ctx.pick(["Østervang", "Lunden", "Kløvermarken"]), law="udbudsbekendtgørelsen", why_quiet="offered publicly before the transfer",
                phrase=ph, sections=[
        ("sag", "Byggegrunden overdrages til højestbydende. Salget %s i perioden fra %s, hvor der indkom to bud." % (ph, dl(ctx.date - dt.timedelta(days=60)))),
        ("indst", "Det indstilles, at arealoverdragelsen godkendes."),
        ("beslut", "Godkendt.")])


def c05_f_h_beslutning(ctx):
    nm = ctx.pick(CITIZENS)
    ph = "efter sin hjerneblødning"
    return dict(title="Borgerhenvendelse om ventetid på genoptræning", law="databeskyttelsesforordningen art. 9", phrase=ph, sections=[
        ("sag", "Borgmesteren har modtaget en henvendelse om ventetid på genoptræning."),
        ("beslut", "%s orienterede om, at %s %s har ventet elleve uger på genoptræning. Taget til efterretning." % (ctx.m(0), nm, ph))])


def c05_q_h_beslutning(ctx):
    ph = "en borger har ventet elleve uger på genoptræning"
    return dict(title="Borgerhenvendelse om ventetid på genoptræning", law="-", why_quiet="no name, no identifiable person",
                phrase=ph, sections=[
        ("sag", "Borgmesteren har modtaget en henvendelse om ventetid på genoptræning."),
        ("beslut", "%s orienterede om, at %s. Forvaltningen redegør for ventetiderne på næste møde." % (ctx.m(0), ph))])


def c06_f_h_kvartal(ctx):
    q = ctx.before(3)
    ph = "fra og med %s" % q.strftime("%d-%m-%Y")
    return dict(title="Regulering af aktivitetstakster i klubberne", law="tilbagevirkende byrdefuld takststigning", phrase=ph, sections=[
        ("sag", "Taksten for klubtilbud hæves fra %d kr. til %d kr. om måneden %s, så den følger de faktiske udgifter." % (ctx.rng.randint(150, 190), ctx.rng.randint(210, 260), ph)),
        ("indst", "Børne- og Ungeudvalget indstiller, at taksten godkendes."),
        ("beslut", "Godkendt.")])


def c06_q_h_kvartal(ctx):
    q = ctx.after(3)
    ph = "fra og med %s" % q.strftime("%d-%m-%Y")
    return dict(title="Regulering af aktivitetstakster i klubberne", law="-", why_quiet="future effective date",
                phrase=ph, sections=[
        ("sag", "Taksten har været uændret siden %s. Den hæves fra %d kr. til %d kr. om måneden %s." % (
            (ctx.date - dt.timedelta(days=400)).strftime("%d-%m-%Y"), ctx.rng.randint(150, 190), ctx.rng.randint(210, 260), ph)),
        ("indst", "Børne- og Ungeudvalget indstiller, at taksten godkendes."),
        ("beslut", "Godkendt.")])


def c07_f_h_tema(ctx):
    ph = "Drøftelsen foregik uden offentlighed"
    return dict(title="Temadrøftelse: fremtidens ældrepleje", closed=True, law="kommunestyrelseslovens § 10", phrase=ph, sections=[
        ("sag", "Forvaltningen præsenterer scenarier for antallet af plejeboliger frem mod 2035."),
        ("beslut", "%s. Sagen genoptages i forbindelse med budget 2026." % ph)])


def c07_q_h_tema(ctx):
    ph = "da den indeholder oplysninger om en leverandørs forretningsforhold"
    return dict(title="Opfølgning på kontrakt om plejeboliger", closed=True, law="kommunestyrelseslovens § 10", why_quiet="ground stated",
                phrase=ph, sections=[
        ("sag", "Sagen behandles for lukkede døre, %s, jf. kommunestyrelseslovens § 10." % ph),
        ("beslut", "Taget til efterretning.")])


def c08_f_h_klip(ctx):
    ph = "Høringsfristen var for kort til, at Handicaprådet kunne nå at mødes"
    return dict(title="Ny model for individuel kørsel til aktivitetstilbud", law="serviceloven § 37 a", phrase=ph, sections=[
        ("sag", "Kørsel til aktivitets- og samværstilbud samles i én ordning med faste afhentningstider."),
        ("hoer", "%s; sagen forelægges derfor uden høringssvar." % ph),
        ("indst", "Social- og Handicapudvalget indstiller, at modellen godkendes."),
        ("beslut", "Godkendt.")])


def c08_q_h_klip(ctx):
    ph = "Handicaprådet holdt ekstraordinært møde"
    return dict(title="Ny model for individuel kørsel til aktivitetstilbud", law="serviceloven § 37 a", why_quiet="Handicaprådet met and answered despite the short deadline",
                phrase=ph, sections=[
        ("sag", "Kørsel til aktivitets- og samværstilbud samles i én ordning med faste afhentningstider."),
        ("hoer", "Høringsfristen var kort. %s den %s, og høringssvaret er vedlagt." % (ph, dl(ctx.date - dt.timedelta(days=9)))),
        ("indst", "Social- og Handicapudvalget indstiller, at modellen godkendes."),
        ("beslut", "Godkendt.")])


def c09_f_h_venteliste(ctx):
    ph = "oprettes en venteliste, og ansøgninger behandles i takt med, at der frigives midler"
    return dict(title="Styring af budgettet for merudgifter og tabt arbejdsfortjeneste", law="serviceloven §§ 41 og 42; lovbundne ydelser", phrase=ph, sections=[
        ("sag", "Budgettet for 2024 er brugt. Der %s i 2025." % ph),
        ("indst", "Økonomiudvalget indstiller, at modellen godkendes."),
        ("beslut", "Godkendt.")])


def c09_q_h_venteliste(ctx):
    ph = "tillægsbevilling, så alle berettigede ansøgninger kan imødekommes"
    return dict(title="Styring af budgettet for merudgifter og tabt arbejdsfortjeneste", law="-", why_quiet="overspend covered by supplementary appropriation",
                phrase=ph, sections=[
        ("sag", "Budgettet for 2024 er brugt. Forvaltningen anbefaler en %s, og at området analyseres til budget 2026." % ph),
        ("indst", "Økonomiudvalget indstiller, at tillægsbevillingen gives."),
        ("beslut", "Godkendt.")])


def c10_f_h_skat(ctx):
    ph = "overlades til Økonomiudvalget at fastsætte den endelige udskrivningsprocent"
    return dict(title="Budget 2025 – 1. behandling", law="kommunestyrelseslovens § 38; skatten fastsættes af kommunalbestyrelsen", phrase=ph, sections=[
        ("sag", "Budgetforslaget oversendes til 2. behandling. Da statstilskuddet endnu ikke er endeligt opgjort, foreslås det, at det %s." % ph),
        ("indst", "Økonomiudvalget indstiller, at budgetforslaget oversendes til 2. behandling."),
        ("beslut", "Godkendt.")])


def c10_q_h_skat(ctx):
    ph = "Udskrivningsprocenten fastsættes ved 2. behandling"
    return dict(title="Budget 2025 – 1. behandling", law="kommunestyrelseslovens § 38", why_quiet="the council itself fixes the tax rate at second reading",
                phrase=ph, sections=[
        ("sag", "Budgetforslaget oversendes til 2. behandling. %s i byrådet, når statstilskuddet er opgjort." % ph),
        ("indst", "Økonomiudvalget indstiller, at budgetforslaget oversendes til 2. behandling."),
        ("beslut", "Godkendt.")])


def c11_f_h_bestyrelse(ctx):
    nm = ctx.m(4)
    ph = "er næstformand i bestyrelsen for ansøgeren"
    return dict(title="Driftstilskud til Kulturhuset Remisen S/I", law="forvaltningslovens § 3, stk. 1, nr. 2", phrase=ph, sections=[
        ("sag", "Den selvejende institution søger om et forhøjet driftstilskud på %s kr. %s %s." % (ctx.amt(200000, 800000, 10000), nm, ph)),
        ("indst", "Kultur- og Fritidsudvalget indstiller, at tilskuddet bevilges."),
        ("beslut", "Godkendt.\n" + votes(ctx))])


def c11_q_h_bestyrelse(ctx):
    nm = ctx.m(4)
    ph = "udpeget af kommunen som kommunens repræsentant"
    return dict(title="Driftstilskud til Kulturhuset Remisen S/I", law="forvaltningslovens § 3, stk. 1, nr. 2 og stk. 2 (kommunalt udpegede medlemmer)", why_quiet="member sits on the board as the municipality's appointee",
                phrase=ph, sections=[
        ("sag", "Den selvejende institution søger om forhøjet driftstilskud. %s sidder i bestyrelsen, %s, og er derfor ikke inhabil." % (nm, ph)),
        ("indst", "Kultur- og Fritidsudvalget indstiller, at tilskuddet bevilges."),
        ("beslut", "Godkendt.")])


def c12_f_h_venteliste(ctx):
    ph = "skrivningsgebyr på %d kr." % ctx.pick([75, 100, 125])
    return dict(title="Regler for tildeling af plejeboliger", law="almenboligloven / serviceloven; ingen hjemmel til gebyr for opskrivning", phrase=ph, sections=[
        ("sag", "Ældre, der ønsker at blive skrevet op til en plejebolig, betaler fremover et %s Gebyret dækker administration af ventelisten." % ph),
        ("indst", "Det indstilles, at reglerne godkendes."),
        ("beslut", "Godkendt.")])


def c12_q_h_venteliste(ctx):
    ph = "Opskrivning er gratis"
    return dict(title="Regler for tildeling af plejeboliger", law="-", why_quiet="no fee; rent follows the housing rules",
                phrase=ph, sections=[
        ("sag", "%s. Lejen i plejeboligen fastsættes efter reglerne for almene boliger." % ph),
        ("indst", "Det indstilles, at reglerne godkendes."),
        ("beslut", "Godkendt.")])


def c13_f_h_frist(ctx):
    ph = "klage skal være modtaget inden 14 dage"
    return dict(title="Afgørelse om tilskud til boligindretning – genoptaget sag", law="retssikkerhedsloven § 67 (fire uger)", phrase=ph, sections=[
        ("sag", "Sagen er genoptaget efter borgerens henvendelse. Forvaltningen anbefaler, at der gives tilskud til en del af ombygningen."),
        ("indst", "Det indstilles, at der bevilges tilskud til ombygning af badeværelset, men ikke af køkkenet."),
        ("beslut", "Godkendt. Borgeren vejledes om, at en %s." % ph)])


def c13_q_h_frist(ctx):
    ph = "klage skal være modtaget inden fire uger"
    return dict(title="Afgørelse om tilskud til boligindretning – genoptaget sag", law="retssikkerhedsloven § 67", why_quiet="correct deadline",
                phrase=ph, sections=[
        ("sag", "Sagen er genoptaget efter borgerens henvendelse."),
        ("indst", "Det indstilles, at der bevilges tilskud til ombygning af badeværelset, men ikke af køkkenet."),
        ("beslut", "Godkendt. Borgeren vejledes om, at en %s, og at kommunen genvurderer sagen, før den sendes til Ankestyrelsen." % ph)])


# ============================================================== registry

CLASSES = ["c01_fixed_limit", "c02_refusal_presumption", "c03_company_benefit", "c04_property_no_offer",
           "c05_sensitive_data_open", "c06_retroactive_reduction", "c07_closed_no_ground", "c08_council_hearing_missing",
           "c09_budget_stop_or_hearing", "c10_delegation", "c11_inhabil_participated", "c12_fee_no_basis",
           "c13_complaint_guidance"]


def variants(cls, expect, half=None):
    """Variants named cNN_f_h... / cNN_q_h... are written for the holdout half only."""
    pre = cls[:3] + ("_f_" if expect == "flag" else "_q_")
    out = []
    for k, v in sorted(globals().items()):
        if k.startswith(pre) and callable(v):
            if k[len(pre):].startswith("h_") and half != "holdout":
                continue
            out.append(v)
    return out
