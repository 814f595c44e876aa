# -*- coding: utf-8 -*-
"""Planted agenda items for the independent spot corpus 20 (2025H1).

Every builder gets (c, h, flag): c = context dict, h = 'A' (dev) or 'B' (holdout), flag = True for the
item to read, False for the lawful near miss.  It returns (title, blocks, phrase).  Blocks are
('h', heading) ('p', text) ('quote', text) ('table', rows) ('ul', items).  The decisive wording is
marked with [[ ]] in exactly one block; the marks are removed when rendered.
"""


def t(h, a, b):
    return a if h == 'A' else b


def S(c, h, key):
    names = {
        'bg': ('Sagsfremstilling', 'Redegørelse'),
        'reco': ('Indstilling', 'Forvaltningen indstiller'),
        'eco': ('Økonomi', 'Økonomiske konsekvenser'),
        'law': ('Lovgrundlag', 'Retsgrundlag'),
        'hear': ('Høring', 'Høring og sagsgang'),
        'att': ('Bilag', 'Bilagsoversigt'),
    }
    if key == 'dec':
        return t(h, 'Beslutning', '%s beslutning den %s' % (c['body_gen'], c['date_long']))
    if key == 'udv':
        return t(h, 'Beslutning i %s den %s' % (c['committee'], c['pre_date']),
                 '%s, %s:' % (c['committee'], c['pre_date']))
    return t(h, *names[key])


# ---------------------------------------------------------------- fixed limit (serviceloven)

def fixed_table(c, h, flag):
    title = t(h, 'Kvalitetsstandard for praktisk hjælp 2025', 'Revideret serviceniveau for hjemmehjælp (servicelovens § 83)')
    cellA = ('[[Højst to timers rengøring hver 14. dag. Kan ikke fraviges.]]' if flag else
             'Som udgangspunkt [[højst to timers rengøring hver 14. dag; kan fraviges efter en konkret, individuel vurdering af borgerens behov.]]')
    cellB = ('[[Maksimalt 1,5 time til rengøring pr. 14. dag – der gives ingen undtagelser.]]' if flag else
             'Normalt [[maksimalt 1,5 time til rengøring pr. 14. dag – undtagelser gives, når den individuelle vurdering viser et større behov.]]')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Kvalitetsstandarden beskriver det serviceniveau, %s har fastsat for personlig og praktisk hjælp efter servicelovens § 83. Standarden er revideret som led i budgetaftalen for 2025, og ændringerne er markeret i bilaget.' % c['body'],
                   'Forvaltningen har gennemgået serviceniveauet for hjælp i eget hjem. Gennemgangen bygger på budgetforliget og på erfaringer fra visitationen i 2024. Nedenfor gengives de ydelser, hvor niveauet ændres.')),
        ('table', [[t(h, 'Ydelse', 'Område'), t(h, 'Serviceniveau 2025', 'Nyt niveau')],
                   [t(h, 'Indkøb', 'Indkøbsordning'), t(h, 'Varebestilling via leverandør én gang ugentligt.', 'Levering af dagligvarer én gang om ugen.')],
                   [t(h, 'Rengøring', 'Rengøring'), t(h, cellA, cellB)],
                   [t(h, 'Tøjvask', 'Vask'), t(h, 'Tøjvask hver 14. dag, vaskeri efter aftale.', 'Hver anden uge i egen maskine eller vaskeri.')]]),
        ('h', S(c, h, 'hear')),
        ('p', t(h, 'Ældrerådet og Handicaprådet har afgivet høringssvar, som er vedlagt. Ældrerådet finder niveauet for rengøring lavt.',
                   'Standarden har været i høring i Ældrerådet og Handicaprådet. Høringssvarene er gengivet i bilag 2.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at kvalitetsstandarden for praktisk hjælp 2025 godkendes.', 'at det reviderede serviceniveau godkendes med virkning fra 1. august 2025.')]),
        ('h', S(c, h, 'udv')),
        ('p', 'Anbefales.'),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt.', 'Indstillingen blev godkendt.')),
    ]
    return title, blocks


def fixed_quote(c, h, flag):
    title = t(h, 'Retningslinjer for socialpædagogisk støtte efter servicelovens § 85', 'Serviceniveau for bostøtte til voksne (§ 85) – endelig vedtagelse')
    if flag:
        q = t(h, '"Pkt. 4.2 Omfang: [[Støtten udgør maksimalt 3 timer ugentligt, og der bevilges ikke yderligere timer.]]"',
                 '"4.2 Tildeling: [[Bostøtte tildeles med op til 3 timer om ugen. Et større antal timer kan ikke bevilges.]]"')
    else:
        q = t(h, '"Pkt. 4.2 Omfang: [[Støtten udgør maksimalt 3 timer ugentligt som vejledende ramme; der kan bevilges yderligere timer efter en konkret vurdering.]]"',
                 '"4.2 Tildeling: [[Bostøtte tildeles med op til 3 timer om ugen som pejlemærke. Et større antal timer kan bevilges, hvis den konkrete vurdering viser behov.]]"')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Retningslinjerne skal sikre ensartet visitation til bostøtte. Forvaltningen har revideret afsnittet om omfang og varighed. Det reviderede afsnit lyder:',
                   'Der er i 2024 bevilget bostøtte til 412 borgere. Serviceniveauet er drøftet i Socialudvalget, og afsnit 4.2 får følgende ordlyd:')),
        ('quote', q),
        ('p', t(h, 'Øvrige afsnit er uændrede. Handicaprådet har haft retningslinjerne i høring og har ingen bemærkninger.',
                   'Handicaprådet har afgivet høringssvar den 3. februar 2025; rådet tager ændringen til efterretning.')),
        ('h', S(c, h, 'eco')),
        ('p', t(h, 'Ændringen forventes at reducere udgifterne med 1,8 mio. kr. årligt.', 'Forventet mindreudgift: 1,8 mio. kr. om året.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at de reviderede retningslinjer godkendes.', 'at serviceniveauet for bostøtte vedtages.')]),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt.', 'Vedtaget.')),
    ]
    return title, blocks


def fixed_amend(c, h, flag):
    title = t(h, 'Kvalitetsstandard for madservice og indkøb', 'Serviceniveau for indkøbsordning og madservice 2025')
    m = c['member1']
    amend = t(h, 'ændringsforslag fra %s: [[indkøbsordningen ydes kun én gang ugentligt, og der kan ikke bevilges hjælp ud over dette]]' % m,
                 'ændringsforslag stillet af %s: [[indkøb ydes højst én gang om ugen uden mulighed for yderligere hjælp]]' % m)
    if flag:
        dec = t(h, 'Kvalitetsstandarden blev godkendt med følgende %s. Ændringsforslaget blev vedtaget med 17 stemmer for og 8 imod.' % amend,
                   'Godkendt med det %s. For stemte 16, imod stemte 9. Ændringen er indarbejdet i standarden.' % amend)
    else:
        dec = t(h, 'Der blev stemt om følgende %s. Ændringsforslaget blev forkastet med 8 stemmer for og 17 imod. Herefter blev indstillingen godkendt.' % amend,
                   'Det %s blev sat til afstemning og faldt (for 9, imod 16). Indstillingen blev derefter godkendt uændret.' % amend)
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Kvalitetsstandarden beskriver hjælp til indkøb og madservice efter servicelovens § 83. Omfanget fastsættes efter en konkret og individuel vurdering af den enkelte borgers behov.',
                   'Efter standarden visiteres hjælp til indkøb og madservice efter en individuel vurdering. Indkøb kan bevilges flere gange ugentligt, hvis borgerens situation kræver det.')),
        ('h', S(c, h, 'hear')),
        ('p', t(h, 'Ældrerådet og Handicaprådet har været hørt og har ingen bemærkninger.', 'Høringssvar fra Ældrerådet og Handicaprådet er vedlagt som bilag.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at kvalitetsstandarden godkendes.', 'at serviceniveauet godkendes.')]),
        ('h', S(c, h, 'dec')),
        ('p', dec),
    ]
    return title, blocks


# ---------------------------------------------------------------- presumption of refusal

def pres_bilag(c, h, flag):
    title = t(h, 'Retningslinjer for hjælpemidler og forbrugsgoder (servicelovens §§ 112-113)', 'Vejledende serviceniveau for hjælpemidler 2025')
    if flag:
        s = t(h, 'Bilag 3 (resumé): Retningslinjerne fastslår, at [[udgangspunktet er afslag på ansøgninger om el-scooter]], og at bevilling kun sker i særlige tilfælde.',
                 'Resumé af bilag 3: [[Ansøgninger om el-scooter imødekommes som hovedregel ikke]]; der bevilges alene i ganske særlige tilfælde.')
    else:
        s = t(h, 'Bilag 3 (resumé): Forvaltningen har overvejet en formulering om, at [[udgangspunktet er afslag på ansøgninger om el-scooter]], men har udeladt den, da hver ansøgning skal vurderes konkret.',
                 'Resumé af bilag 3: Formuleringen om, at [[ansøgninger om el-scooter imødekommes som hovedregel ikke]], er udgået efter høringen; hver ansøgning vurderes konkret ud fra borgerens behov.')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'De vejledende retningslinjer opdateres hvert andet år. Der er ændringer i afsnittene om kørestole, el-scootere og badeværelsesudstyr.',
                   'Forvaltningen har revideret serviceniveauet. Revisionen omfatter el-scootere, ganghjælpemidler og toiletstole.')),
        ('h', S(c, h, 'att')),
        ('p', s),
        ('p', t(h, 'Bilag 4: Høringssvar fra Handicaprådet og Ældrerådet.', 'Bilag 4 indeholder høringssvarene fra Ældrerådet og Handicaprådet.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at retningslinjerne godkendes som vejledende serviceniveau.', 'at det vejledende serviceniveau godkendes.')]),
        ('h', S(c, h, 'dec')),
        ('p', 'Godkendt.'),
    ]
    return title, blocks


def pres_quote(c, h, flag):
    title = t(h, 'Revision af retningslinjer for merudgifter (servicelovens § 41)', 'Serviceniveau for dækning af nødvendige merudgifter til børn')
    if flag:
        q = t(h, '"Afsnit 6: [[Der ydes ikke dækning af merudgifter til kost, medmindre der foreligger helt ekstraordinære omstændigheder.]]"',
                 '"6. Kost: [[Merudgifter til diæt dækkes kun undtagelsesvis og i ekstraordinære situationer.]]"')
        post = t(h, 'Afsnittet er skærpet i forhold til 2022-udgaven.', 'Formuleringen er ny.')
    else:
        q = t(h, '"Afsnit 6: [[Der ydes ikke dækning af merudgifter til kost]], hvis barnets kost ikke adskiller sig fra jævnaldrendes. Ansøgninger vurderes konkret og individuelt."',
                 '"6. Kost: [[Merudgifter til diæt dækkes]], når den konkrete vurdering viser, at barnet har nødvendige merudgifter som følge af funktionsnedsættelsen."')
        post = t(h, 'Afsnittet gengiver praksis efter Ankestyrelsens principafgørelser.', 'Formuleringen følger Ankestyrelsens praksis.')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Familieafdelingen har revideret retningslinjerne for merudgifter. Et uddrag af det reviderede afsnit om kost er gengivet her:',
                   'Serviceniveauet for § 41 er gennemgået. Uddrag af afsnittet om kost:')),
        ('quote', q),
        ('p', post),
        ('h', S(c, h, 'hear')),
        ('p', t(h, 'Handicaprådet har været hørt.', 'Handicaprådet har afgivet høringssvar.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at retningslinjerne godkendes.', 'at serviceniveauet godkendes.')]),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt.', 'Indstillingen godkendt.')),
    ]
    return title, blocks


def pres_minority(c, h, flag):
    title = t(h, 'Serviceniveau for afløsning og aflastning (servicelovens § 84)', 'Kvalitetsstandard for aflastning af pårørende')
    extra = []
    row = t(h, '[[Afløsning i hjemmet tildeles kun i særlige undtagelsestilfælde]]', '[[Aflastning bevilges kun undtagelsesvis]]')
    if flag:
        cell = row + t(h, '.', ' og efter ansøgning med lægeerklæring.')
        dec = t(h, 'Godkendt.', 'Vedtaget.')
        extra = []
    else:
        cell = t(h, 'Afløsning i hjemmet tildeles efter en konkret og individuel vurdering af pårørendes behov.',
                    'Aflastning bevilges efter individuel vurdering af behovet hos borgeren og de pårørende.')
        dec = t(h, 'Godkendt. Et mindretal (%s) ønskede tilføjet, at "%s". Forslaget fik ikke tilslutning.' % (c['party'], row),
                   'Vedtaget. %s stillede forslag om, at "%s"; forslaget blev forkastet med 4 stemmer for og 21 imod.' % (c['member2'], row))
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Standarden for afløsning og aflastning efter servicelovens § 84 er revideret. Ændringerne fremgår af tabellen.',
                   'Kvalitetsstandarden er opdateret. Oversigt over niveauet:')),
        ('table', [[t(h, 'Ydelse', 'Ydelse'), t(h, 'Niveau', 'Beskrivelse')],
                   [t(h, 'Afløsning', 'Aflastning'), cell],
                   [t(h, 'Ophold', 'Døgnophold'), t(h, 'Op til 14 dage ad gangen efter vurdering.', 'Efter behov, normalt 1-2 uger.')]]),
        ('h', S(c, h, 'hear')),
        ('p', t(h, 'Ældrerådet og Handicaprådet har været hørt.', 'Høringssvar fra Ældrerådet og Handicaprådet foreligger.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at kvalitetsstandarden godkendes.', 'at serviceniveauet godkendes.')]),
        ('h', S(c, h, 'dec')),
        ('p', dec),
    ] + extra
    return title, blocks


# ---------------------------------------------------------------- unlawful delegation

def del_accounts(c, h, flag):
    title = t(h, 'Årsregnskab 2024 – foreløbigt resultat', 'Regnskab 2024 og proces for godkendelse')
    if flag:
        s = t(h, 'at [[%s bemyndiger Økonomiudvalget til endeligt at godkende årsregnskabet for 2024]], når revisionsberetningen foreligger.' % c['body'],
                 'at [[den endelige godkendelse af regnskab 2024 overlades til Økonomiudvalget]], så regnskabet ikke skal forelægges igen.')
    else:
        s = t(h, 'at [[%s bemyndiger Økonomiudvalget til]] at afgive udtalelse om revisionsberetningen, mens årsregnskabet for 2024 forelægges %s til endelig godkendelse i august.' % (c['body'], c['body']),
                 'at Økonomiudvalget forbereder sagen, og at [[den endelige godkendelse af regnskab 2024]] sker i %s på mødet i august, jf. styrelseslovens § 45.' % c['body'])
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Regnskabet for 2024 viser et overskud på den ordinære drift på 64,2 mio. kr. Regnskabet er afleveret til revisionen.',
                   'Driftsresultatet for 2024 er et overskud på 64,2 mio. kr. Revisionen afgiver beretning i juni.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at det foreløbige regnskab tages til efterretning,', 'at regnskabsresultatet tages til efterretning, og'), s]),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt.', 'Indstillingen blev godkendt.')),
    ]
    return title, blocks


def del_borrow(c, h, flag):
    title = t(h, 'Låneoptagelse 2025', 'Lånoptagelse til anlæg – låneramme 2025')
    if flag:
        s = t(h, '[[Borgmesteren bemyndiges til at træffe beslutning om optagelse af lån i 2025]] i det omfang, lånerammen tillader.',
                 '[[Det overlades til administrationen at afgøre, om og hvor meget der skal lånes i 2025.]]')
    else:
        s = t(h, '%s godkender optagelse af lån på 38 mio. kr., og [[borgmesteren bemyndiges til at træffe beslutning om]] valg af långiver og lånetype inden for den godkendte ramme.' % c['body'],
                 '%s beslutter at låne 38 mio. kr. i KommuneKredit. [[Det overlades til administrationen at afgøre]] løbetid og rentetype inden for denne ramme.' % c['body'])
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Kommunen har en låneramme på 38 mio. kr. til energirenovering og kvalitetsfondsprojekter i 2025.', 'Der er lånerammer på i alt 38 mio. kr. efter lånebekendtgørelsen.')),
        ('h', S(c, h, 'reco')),
        ('p', s),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt.', 'Indstillingen godkendt.')),
    ]
    return title, blocks


def del_plan(c, h, flag):
    title = t(h, 'Forslag til Planstrategi 2025', 'Planstrategi 2025 – offentliggørelse')
    if flag:
        s = t(h, 'at [[den endelige vedtagelse af planstrategien delegeres til Plan- og Teknikudvalget]] efter høringsperioden.',
                 'at [[Teknik- og Miljøudvalget bemyndiges til at vedtage planstrategien endeligt]], hvis der ikke kommer væsentlige indsigelser.')
    else:
        s = t(h, 'at redaktionelle rettelser efter høringen delegeres til Plan- og Teknikudvalget, mens [[den endelige vedtagelse af planstrategien]] sker i %s.' % c['body'],
                 'at [[Teknik- og Miljøudvalget bemyndiges til at]] foretage redaktionelle tilretninger, og at planstrategien forelægges %s til endelig vedtagelse.' % c['body'])
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Planstrategien skal efter planlovens § 23 a offentliggøres i mindst 8 uger.', 'Efter planlovens § 23 a skal forslaget offentliggøres i mindst 8 uger, før det vedtages.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at forslaget sendes i offentlig høring i 8 uger,', 'at forslaget offentliggøres,'), s]),
        ('h', S(c, h, 'dec')),
        ('p', 'Godkendt.'),
    ]
    return title, blocks


# ---------------------------------------------------------------- complaint guidance in a quoted letter

def _letter(c, h, body, end):
    return [('h', t(h, 'Udkast til afgørelse', 'Brevet til ansøgeren')),
            ('quote', body), ('quote', end)]


def _zone_item(c, h, letter_end, title):
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Ejeren af %s har søgt om landzonetilladelse til opførelse af en maskinhal på 480 m². Sagen forelægges %s, da forvaltningen ikke kan anbefale ansøgningen.' % (c['address'], c['body']),
                   'Der er søgt om tilladelse efter planlovens § 35 til en maskinhal på 480 m² på %s. Sagen afgøres af %s.' % (c['address'], c['body']))),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at der gives afslag på landzonetilladelse, og at afgørelsen meddeles som nedenfor.', 'at ansøgningen afslås med det brev, der er gengivet nedenfor.')]),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt. Afgørelsen sendes med følgende ordlyd:', 'Indstillingen godkendt. Ansøgeren får dette brev:')),
    ]
    blocks += _letter(c, h, t(h, '"Kære ansøger. %s har på sit møde den %s besluttet at give afslag på landzonetilladelse til maskinhal på %s. Byggeriet vil skade landskabet."' % (c['body'], c['date_long'], c['address']),
                             '"%s har den %s afslået din ansøgning om at opføre en maskinhal på %s, fordi byggeriet ikke er nødvendigt for driften."' % (c['body'], c['date_long'], c['address'])), letter_end)
    return title, blocks


def cg_body(c, h, flag):
    if flag:
        e = t(h, '"Klagevejledning: [[Afgørelsen kan påklages til Ankestyrelsen]] inden 4 uger fra modtagelsen."',
                 '"Du kan klage: [[Send din klage til Statsforvaltningen]] senest 4 uger efter, at du har fået dette brev."')
    else:
        e = t(h, '"Klagevejledning: [[Afgørelsen kan påklages til]] Planklagenævnet inden 4 uger fra modtagelsen, via Klageportalen."',
                 '"Du kan klage: [[Send din klage til]] Planklagenævnet via Klageportalen senest 4 uger efter, at du har fået dette brev."')
    return _zone_item(c, h, e, t(h, 'Ansøgning om landzonetilladelse, %s' % c['address'], 'Landzonesag – maskinhal, %s' % c['address']))


def cg_deadline(c, h, flag):
    title = t(h, 'Dispensation fra lokalplan nr. %s, %s' % (c['lp'], c['address']), 'Ansøgning om dispensation – lokalplan %s' % c['lp'])
    if flag:
        e = t(h, '"Afgørelsen kan påklages til Planklagenævnet. [[Klagefristen er 8 uger]] fra den dag, afgørelsen er modtaget."',
                 '"Du kan klage til Planklagenævnet gennem Klageportalen. [[Klagen skal være indgivet inden 3 måneder]] efter offentliggørelsen."')
    else:
        e = t(h, '"Afgørelsen kan påklages til Planklagenævnet. [[Klagefristen er 4 uger]] fra den dag, afgørelsen er modtaget."',
                 '"Du kan klage til Planklagenævnet gennem Klageportalen. [[Klagen skal være indgivet inden 4 uger]] efter offentliggørelsen."')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Der er søgt om dispensation fra lokalplanens bestemmelse om bygningshøjde (8,5 m) til et hus på 9,2 m. Naboerne har været partshørt.',
                   'Ansøger ønsker at bygge 9,2 m højt, hvor lokalplanen tillader 8,5 m. Der er foretaget naboorientering efter planlovens § 20.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at der meddeles dispensation som ansøgt.', 'at dispensationen gives.')]),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt. Afgørelsen meddeles ansøger og naboer således:', 'Indstillingen godkendt. Brevet til ansøger og naboer:')),
    ] + _letter(c, h, t(h, '"%s har givet dispensation fra lokalplan nr. %s til en bygningshøjde på 9,2 m på %s."' % (c['body'], c['lp'], c['address']),
                          '"Du får dispensation fra lokalplan %s, så huset på %s må blive 9,2 m højt."' % (c['lp'], c['address'])), e)
    return title, blocks


def cg_none(c, h, flag):
    title = t(h, 'Påbud om oprydning, %s' % c['address'], 'Påbud efter miljøbeskyttelsesloven – %s' % c['address'])
    if flag:
        e = t(h, '"[[Afgørelsen er endelig og kan ikke påklages.]] Påbuddet skal være efterkommet senest den 1. september 2025."',
                 '"[[Du kan ikke klage over denne afgørelse til anden myndighed.]] Fristen for at efterkomme påbuddet er 1. september 2025."')
    else:
        e = t(h, '"Afgørelsen kan påklages til Miljø- og Fødevareklagenævnet inden 4 uger via Klageportalen. [[Afgørelsen er endelig og kan ikke påklages]] efter udløbet af klagefristen, men kan indbringes for domstolene inden 6 måneder."',
                 '"Klage indgives via Klageportalen til Miljø- og Fødevareklagenævnet inden 4 uger. Når fristen er udløbet, [[kan du ikke klage over denne afgørelse til anden myndighed]], men du kan anlægge sag inden 6 måneder."')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'På ejendommen %s er der oplagret skrot og olieprodukter. Ejeren er partshørt og har ikke reageret.' % c['address'],
                   'Tilsyn på %s viste oplag af affald og spildolie. Partshøring er gennemført.' % c['address'])),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at der meddeles påbud om oprydning.', 'at ejeren påbydes at fjerne oplaget.')]),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt. Påbuddet sendes med denne tekst:', 'Indstillingen godkendt. Afgørelsen lyder:')),
    ] + _letter(c, h, t(h, '"%s påbyder dig at fjerne skrot og olieprodukter fra %s, jf. miljøbeskyttelseslovens § 42."' % (c['body'], c['address']),
                          '"Vi påbyder dig at rydde op på %s efter miljøbeskyttelseslovens § 42."' % c['address']), e)
    return title, blocks


def cg_missing(c, h, flag):
    title = t(h, 'Afslag på dispensation fra naturbeskyttelseslovens § 3, %s' % c['address'], 'Sø ved %s – ansøgning om oprensning' % c['address'])
    last = t(h, '[[Med venlig hilsen Natur og Miljø, %s Kommune]]' % c['kommune'], '[[Venlig hilsen Teknik og Miljø, %s Kommune]]' % c['kommune'])
    if flag:
        e = '"%s"' % last
    else:
        e = t(h, '"Afgørelsen kan påklages til Miljø- og Fødevareklagenævnet inden 4 uger via Klageportalen. %s"' % last,
                 '"Du kan klage til Miljø- og Fødevareklagenævnet gennem Klageportalen inden 4 uger. %s"' % last)
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Der er søgt om dispensation til oprensning af en beskyttet sø. Forvaltningen vurderer, at oprensningen vil skade padder i søen.',
                   'Ansøger vil oprense søen. Søen er beskyttet efter § 3, og der er fundet stor vandsalamander.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at der gives afslag på dispensation.', 'at ansøgningen afslås.')]),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Godkendt. Afgørelsen meddeles således:', 'Indstillingen godkendt; brevet sendes:')),
    ] + _letter(c, h, t(h, '"%s har givet afslag på dispensation til oprensning af søen på %s, da det vil skade dyrelivet."' % (c['body'], c['address']),
                          '"Du får afslag på at oprense søen på %s, fordi søen er levested for beskyttede arter."' % c['address']), e)
    return title, blocks


# ---------------------------------------------------------------- inhabil members

def inh_chair(c, h, flag):
    m = c['member1']
    title = t(h, 'Tilskud til %s' % c['assoc'], 'Ansøgning om anlægstilskud – %s' % c['assoc'])
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, '%s søger om 450.000 kr. til nyt klubhus. [[Ansøgningen er underskrevet af foreningens formand, byrådsmedlem %s]].' % (c['assoc'], m),
                   'Ansøgningen fra %s om 450.000 kr. til klubhus er indsendt af [[formanden for foreningen, %s, der også er medlem af %s]].' % (c['assoc'], m, c['body']))),
        ('p', t(h, 'Tilskuddet kan gives efter folkeoplysningslovens regler om lokaletilskud.', 'Der er hjemmel i folkeoplysningsloven.')),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at der bevilges 450.000 kr.', 'at tilskuddet bevilges.')]),
        ('h', S(c, h, 'dec')),
    ]
    if flag:
        blocks.append(('p', t(h, 'Godkendt. Alle stemte for.', 'Indstillingen godkendt enstemmigt.')))
    else:
        blocks.append(('p', t(h, 'Inhabil: %s, der forlod mødet under punktets behandling. Godkendt.' % m,
                              '%s erklærede sig inhabil og deltog ikke i behandlingen. Indstillingen godkendt.' % m)))
    return title, blocks


def inh_spouse(c, h, flag):
    m = c['member2']; sp = c['spouse']
    title = t(h, 'Lokalplan nr. %s – boliger ved %s, endelig vedtagelse' % (c['lp'], c['street']), 'Endelig vedtagelse af lokalplan %s for %s' % (c['lp'], c['street']))
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Lokalplanen muliggør 24 rækkehuse. [[Grunden ejes af %s, der er gift med byrådsmedlem %s]].' % (sp, m),
                   'Planen giver mulighed for 24 boliger. [[Arealet tilhører %s; %s er %ss ægtefælle]].' % (sp, m, sp))),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at lokalplanen vedtages endeligt.', 'at planen vedtages endeligt.')]),
        ('h', S(c, h, 'dec')),
    ]
    if flag:
        blocks.append(('p', t(h, 'For stemte 23 medlemmer, herunder %s. Imod stemte 2. Vedtaget.' % m,
                              'Vedtaget med 22 stemmer mod 3. %s deltog i afstemningen.' % m)))
    else:
        blocks.append(('p', t(h, 'Inhabil: %s forlod mødet under behandlingen. Vedtaget med 22 stemmer mod 2.' % m,
                              '%s deltog ikke på grund af inhabilitet, jf. forvaltningslovens § 3. Vedtaget.' % m)))
    return title, blocks


def inh_employee(c, h, flag):
    m = c['member3']; co = c['company']
    title = t(h, 'Kontrakt om vintervedligeholdelse 2025-2028', 'Tildeling af kontrakt – snerydning og glatførebekæmpelse')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Efter udbud indstilles %s som leverandør. [[%s er ansat som driftsleder hos %s]].' % (co, m, co),
                   'Det økonomisk mest fordelagtige tilbud er fra %s. [[%s, medlem af %s, arbejder som driftsleder i %s]].' % (co, m, c['body'], co))),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at kontrakten tildeles %s.' % co, 'at %s tildeles kontrakten.' % co)]),
        ('h', S(c, h, 'dec')),
    ]
    if flag:
        blocks.append(('p', t(h, 'Godkendt. %s tilkendegav ikke at have ejerandele i virksomheden.' % m,
                              'Indstillingen godkendt. %s oplyste at være uden ejerandel og deltog i beslutningen.' % m)))
    else:
        blocks.append(('p', t(h, '%s erklærede sig inhabil og forlod mødet. Godkendt.' % m,
                              'Inhabil: %s (forlod salen). Indstillingen godkendt.' % m)))
    return title, blocks


# ---------------------------------------------------------------- named citizen with health/social details

def pd_complaint(c, h, flag):
    title = t(h, 'Henvendelse om klage over hjemmeplejen', 'Borgerhenvendelse vedrørende hjemmehjælp')
    who = c['citizen'] if flag else t(h, 'borgeren (navnet er kendt af forvaltningen)', 'en borger, hvis navn er udeladt')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, '[[Henvendelsen kommer fra %s, der har sclerose]] og modtager hjælp tre gange dagligt. Der klages over skiftende medarbejdere.' % who,
                   '[[Det er %s, som lider af sclerose]], der har skrevet til borgmesteren om hjælp til bad og påklædning.' % who)),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at orienteringen tages til efterretning.', 'at sagen tages til efterretning.')]),
        ('h', S(c, h, 'dec')),
        ('p', 'Taget til efterretning.'),
    ]
    return title, blocks


def pd_placement(c, h, flag):
    title = t(h, 'Orientering om klagesag på børneområdet', 'Klage over anbringelse – orientering')
    who = c['citizen2'] if flag else t(h, 'moren (anonymiseret)', 'forælderen, hvis navn ikke oplyses')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, 'Ankestyrelsen har stadfæstet kommunens afgørelse. [[Klagen var indgivet af %s, hvis søn er anbragt uden for hjemmet]] på grund af forældrenes misbrug.' % who,
                   '[[Sagen er rejst af %s, hvis barn er anbragt]] efter barnets lov. Forælderen er i alkoholbehandling.' % who)),
        ('h', S(c, h, 'reco')),
        ('ul', [t(h, 'at orienteringen tages til efterretning.', 'at orienteringen noteres.')]),
        ('h', S(c, h, 'dec')),
        ('p', 'Taget til efterretning.'),
    ]
    return title, blocks


def pd_question(c, h, flag):
    title = t(h, 'Spørgsmål fra borger om plejeboliger', 'Borgerspørgsmål: ventetid på plejebolig')
    who = c['citizen3'] if flag else t(h, 'en borger (navn udeladt)', 'en borger, som ønsker at være anonym')
    blocks = [
        ('h', S(c, h, 'bg')),
        ('p', t(h, '[[Spørgsmålet er stillet af %s, hvis ægtefælle har demens]] og har ventet 5 måneder på en plejebolig.' % who,
                   '[[Det er %s, der spørger; ægtefællen har Alzheimers sygdom]] og står på venteliste.' % who)),
        ('p', t(h, 'Svaret er udarbejdet af Sundhed og Omsorg: ventetiden er i gennemsnit 9 uger.', 'Forvaltningens svar: gennemsnitlig ventetid er 9 uger.')),
        ('h', S(c, h, 'dec')),
        ('p', t(h, 'Besvaret af borgmesteren.', 'Borgmesteren besvarede spørgsmålet.')),
    ]
    return title, blocks


# ---------------------------------------------------------------- the rest, one variant each

def company(c, h, flag):
    co = c['company2']
    title = t(h, 'Tilskud til %s' % co, 'Støtte til erhvervsudvikling – %s' % co)
    if flag:
        s = t(h, 'at der ydes [[tilskud på 250.000 kr. til %s]] til modernisering af butikken.' % co,
                 'at [[%s får 250.000 kr. i støtte]] til ombygning, så forretningen kan blive i byen.' % co)
    else:
        s = t(h, 'at der ydes [[tilskud på 250.000 kr. til %s]] som betaling for drift af den kommunale turistinformation, jf. kontrakt indgået efter udbud.' % co,
                 'at [[%s får 250.000 kr.]] som markedsmæssig betaling for at drive turistinformationen, jf. kontrakten efter udbuddet.' % co)
    return title, [('h', S(c, h, 'bg')),
                   ('p', t(h, '%s har henvendt sig om økonomisk hjælp. Butikken er den sidste i bymidten.' % co, 'Virksomheden er vigtig for byens handelsliv.')),
                   ('h', S(c, h, 'reco')), ('ul', [s]), ('h', S(c, h, 'dec')), ('p', 'Godkendt.')]


def realestate(c, h, flag):
    title = t(h, 'Salg af kommunal ejendom, %s' % c['street'], 'Salg af den tidligere børnehave, %s' % c['street'])
    if flag:
        s = t(h, 'at ejendommen [[sælges til Nordbyg A/S for 2,1 mio. kr. uden offentligt udbud]].',
                 'at [[bygningen overdrages direkte til Nordbyg A/S for 2,1 mio. kr.]]')
    else:
        s = t(h, 'at arealet [[sælges til Nordbyg A/S for 2,1 mio. kr. uden offentligt udbud]], jf. udbudsbekendtgørelsens § 3, stk. 1, nr. 2, da arealet kun kan anvendes af naboejendommen.',
                 'at [[arealet overdrages direkte til Nordbyg A/S for 2,1 mio. kr.]] efter undtagelsen i udbudsbekendtgørelsens § 3, stk. 1, nr. 2 (mindre areal uden selvstændig anvendelse).')
    return title, [('h', S(c, h, 'bg')), ('p', t(h, 'Vurderingen fra ejendomsmægler er 2,0-2,2 mio. kr.', 'En mægler har vurderet handelsværdien.')),
                   ('h', S(c, h, 'reco')), ('ul', [s]), ('h', S(c, h, 'dec')), ('p', 'Godkendt.')]


def retro(c, h, flag):
    title = t(h, 'Ændret serviceniveau for rengøring på plejecentre', 'Tilpasning af serviceniveau – madservice')
    eff = t(h, '1. januar 2025', c['retro_date']) if flag else t(h, '1. september 2025', '1. oktober 2025')
    s = t(h, 'at besparelsen på rengøring gennemføres [[med virkning fra %s]].' % eff, 'at nedsættelsen af antallet af leverede hovedretter [[har virkning fra den %s]].' % eff)
    return title, [('h', S(c, h, 'bg')), ('p', t(h, 'Som led i budgetaftalen reduceres rengøring i plejeboliger fra hver uge til hver anden uge.', 'Antallet af hovedretter nedsættes fra 7 til 5 om ugen.')),
                   ('h', S(c, h, 'hear')), ('p', t(h, 'Ældrerådet har været hørt.', 'Ældrerådet har afgivet høringssvar.')),
                   ('h', S(c, h, 'reco')), ('ul', [s]), ('h', S(c, h, 'dec')), ('p', 'Godkendt.')]


def closed(c, h, flag):
    title = t(h, 'Lukket punkt: Personalesag', 'Lukket sag – ansættelsesforhold')
    if flag:
        s = t(h, '[[Punktet blev behandlet for lukkede døre.]]', '[[Behandlet som lukket punkt.]]')
    else:
        s = t(h, '[[Punktet blev behandlet for lukkede døre]], jf. kommunestyrelseslovens § 10, stk. 2, jf. forvaltningslovens § 15 b, nr. 1.',
                 '[[Behandlet som lukket punkt]] efter kommunestyrelseslovens § 10, stk. 2 og forvaltningslovens § 15 b, nr. 1, af hensyn til privatlivet.')
    return title, [('h', S(c, h, 'dec')), ('p', s), ('p', t(h, 'Godkendt.', 'Indstillingen blev tiltrådt.'))]


def hearing(c, h, flag):
    title = t(h, 'Lukning af aktivitetscenter i %s' % c['street'], 'Ændret åbningstid i dagcentre for ældre')
    if flag:
        s = t(h, '[[Sagen har ikke været sendt i høring i Ældrerådet]], da tidsplanen ikke tillod det.', '[[Ældrerådet og Handicaprådet er ikke hørt]] af tidsmæssige grunde.')
    else:
        s = t(h, '[[Sagen har været sendt i høring i Ældrerådet]], hvis høringssvar er vedlagt.', '[[Ældrerådet og Handicaprådet er hørt]]; høringssvarene er vedlagt.')
    return title, [('h', S(c, h, 'bg')), ('p', t(h, 'Aktivitetscentret lukker, og brugerne henvises til centret i nabobyen. Det berører ca. 60 ældre borgere.', 'Dagcentrene holder fremover lukket fredag. Ca. 80 borgere med demens eller handicap berøres.')),
                   ('h', S(c, h, 'hear')), ('p', s), ('h', S(c, h, 'reco')), ('ul', [t(h, 'at centret lukkes pr. 1. august 2025.', 'at åbningstiden ændres pr. 1. august 2025.')]), ('h', S(c, h, 'dec')), ('p', 'Godkendt.')]


def budgetstop(c, h, flag):
    title = t(h, 'Budgetopfølgning – midlertidigt udgiftsstop', 'Økonomisk styring 2025: stop for nye bevillinger')
    if flag:
        s = t(h, 'at der indføres et [[udgiftsstop, som også omfatter bevillinger af hjælpemidler efter servicelovens § 112]], frem til 1. juli 2025.',
                 'at [[stoppet gælder alle nye bevillinger, også boligindretning og hjælpemidler]], resten af året.')
    else:
        s = t(h, 'at der indføres et udgiftsstop frem til 1. juli 2025; stoppet omfatter ikke lovbundne ydelser, og der er ikke tale om et [[udgiftsstop, som også omfatter bevillinger af hjælpemidler efter servicelovens § 112]].',
                 'at stoppet gælder nye indkøb og anlæg, men ikke lovbundne ydelser – det præciseres, at [[stoppet ikke gælder nye bevillinger til boligindretning og hjælpemidler]].')
    return title, [('h', S(c, h, 'bg')), ('p', t(h, 'Budgetopfølgningen viser et forventet merforbrug på 41 mio. kr.', 'Der forventes et merforbrug på 41 mio. kr. i 2025.')),
                   ('h', S(c, h, 'reco')), ('ul', [s]), ('h', S(c, h, 'dec')), ('p', 'Godkendt.')]


def fee(c, h, flag):
    title = t(h, 'Gebyrer 2025 – tillæg', 'Nye gebyrer på teknik- og socialområdet')
    if flag:
        s = t(h, 'at der indføres et [[gebyr på 350 kr. for behandling af ansøgninger om ledsageordning]].', 'at [[ansøgere om handicapparkering betaler et behandlingsgebyr på 350 kr.]]')
    else:
        s = t(h, 'at der indføres et [[gebyr på 350 kr. for behandling af ansøgninger om]] udstedelse af parkeringslicens, jf. færdselslovens § 92 a og kommunens parkeringsbekendtgørelse.',
                 'at [[ansøgere om]] beboerlicens [[betaler et behandlingsgebyr på 350 kr.]] med hjemmel i parkeringsbekendtgørelsen, jf. færdselslovens § 92 a.')
    return title, [('h', S(c, h, 'bg')), ('p', t(h, 'Forvaltningen foreslår nye gebyrer for at dække administrationsudgifter.', 'Der er behov for at dække udgifter til sagsbehandling.')),
                   ('h', S(c, h, 'reco')), ('ul', [s]), ('h', S(c, h, 'dec')), ('p', 'Godkendt.')]


# class -> (law, [(variant name, builder)], per-half flag count, quiet count)
CLASSES = [
    ('fixed_limit', 'serviceloven §§ 83, 85: individuel vurdering', [('table_cell', fixed_table), ('quoted_guideline', fixed_quote), ('amendment_in_decision', fixed_amend)]),
    ('presumption_of_refusal', 'forvaltningsloven / skøn under regel', [('attachment_summary', pres_bilag), ('quoted_guideline', pres_quote), ('table_cell_or_rejected_motion', pres_minority)]),
    ('unlawful_delegation', 'kommunestyrelsesloven §§ 38-45, planloven § 23 a', [('annual_accounts', del_accounts), ('borrowing', del_borrow), ('planning_strategy', del_plan)]),
    ('complaint_guidance', 'forvaltningsloven § 25', [('wrong_body', cg_body), ('wrong_deadline', cg_deadline), ('cannot_appeal', cg_none), ('missing', cg_missing)]),
    ('inhabil_member', 'forvaltningsloven § 3, kommunestyrelsesloven § 14', [('chairman_of_applicant', inh_chair), ('spouse', inh_spouse), ('employee', inh_employee)]),
    ('personal_data', 'databeskyttelsesforordningen art. 9, databeskyttelsesloven', [('complaint', pd_complaint), ('placement', pd_placement), ('citizen_question', pd_question)]),
    ('company_benefit', 'kommunalfuldmagten', [('grant_to_company', company)]),
    ('real_estate_sale', 'udbudsbekendtgørelsen (bkg. 799/2011)', [('direct_sale', realestate)]),
    ('retroactive_reduction', 'forbud mod tilbagevirkende byrdefulde beslutninger', [('effective_date', retro)]),
    ('closed_without_ground', 'kommunestyrelsesloven § 10', [('closed_item', closed)]),
    ('missing_hearing', 'retssikkerhedsloven §§ 30, 37 a', [('service_change', hearing)]),
    ('budget_stop', 'serviceloven / retssikkerhedsloven', [('stop_covers_statutory', budgetstop)]),
    ('fee_without_basis', 'legalitetsprincippet (gebyr kræver hjemmel)', [('processing_fee', fee)]),
]

WHY_QUIET = {
    'fixed_limit': 'the limit can be departed from after an individual assessment / the amendment was rejected',
    'presumption_of_refusal': 'the presumption is rejected or only in a rejected motion; each application is assessed',
    'unlawful_delegation': 'delegation within a frame the council adopted; the council keeps the decision',
    'complaint_guidance': 'correct appeal body and deadline are given',
    'inhabil_member': 'the member declared himself inhabil and left',
    'personal_data': 'the citizen is anonymised',
    'company_benefit': 'market payment under a contract after tender',
    'real_estate_sale': 'the exception in the udbudsbekendtgørelse is cited',
    'retroactive_reduction': 'effective date after the decision',
    'closed_without_ground': 'the ground is cited',
    'missing_hearing': 'Ældrerådet / Handicaprådet was heard',
    'budget_stop': 'statutory benefits are excluded from the stop',
    'fee_without_basis': 'the legal basis is cited',
}
