# -*- coding: utf-8 -*-
"""Ordinary, lawful council business. Each maker takes (rng, ctx) and returns a case-like dict
(title, resume, body, indst, beslut, closed?, chain?)."""

AREAS = ["Vestergade", "Bakkegården", "Stationsbyen", "Havnefronten", "Skovkvarteret", "Enghaven",
         "Nørre Mark", "Kirkebakken", "Møllebyen", "Strandparken", "Toftegården", "Lyngbakken"]
SCHOOLS = ["Nordskolen", "Søndervangskolen", "Bakkeskolen", "Midtbyskolen", "Egeskolen", "Fjordskolen"]
CLUBS = ["Boldklubben", "Gymnastikforeningen", "Sejlklubben", "Tennisklubben", "Spejderne", "Svømmeklubben"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def kr(rng, lo, hi, step=50000):
    v = rng.randrange(lo // step, hi // step + 1) * step
    return "{:,}".format(v).replace(",", ".")


def dagsorden(rng, c):
    return dict(title="Godkendelse af dagsorden", resume="", body=[], indst=[],
                beslut=rng.choice(["Godkendt.", "Dagsordenen blev godkendt.", "Godkendt uden bemærkninger."]))


def meddelelser(rng, c):
    topics = rng.sample(["status på byggeriet af det nye plejecenter", "invitation til nytårskur",
                         "henvendelse fra Vejdirektoratet om omfartsvejen", "orientering om KL's kommunaldirektørmøde",
                         "resultatet af trivselsmålingen i dagtilbud", "status på vinterberedskabet",
                         "besøg af den tyske venskabsby", "ny aftale om togbetjening"], 2)
    return dict(title=rng.choice(["Meddelelser", "Meddelelser fra borgmesteren", "Orientering fra borgmester og direktion"]),
                resume="", body=[("p", "Borgmesteren orienterede om %s og om %s." % tuple(topics))],
                indst=[], beslut="Taget til efterretning.")


def eventuelt(rng, c):
    return dict(title="Eventuelt", resume="", body=[], indst=[],
                beslut=rng.choice(["Intet.", "Ingen bemærkninger.", "%s (%s) spurgte til status på cykelstien langs landevejen. Borgmesteren svarede." % (c["m0"], c["p0"])]))


def lokalplan(rng, c):
    n = rng.randrange(100, 480)
    a = rng.choice(AREAS)
    homes = rng.randrange(12, 140)
    chain = rng.random() < 0.5
    return dict(title="Lokalplan nr. %d for boligområde ved %s - endelig vedtagelse" % (n, a),
                resume="Forslaget har været i offentlig høring i 8 uger.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Lokalplanen giver mulighed for op til %d boliger i tæt-lav bebyggelse. Der er indkommet %d høringssvar, som er behandlet i et notat." % (homes, rng.randrange(2, 19))),
                      ("h", "Miljøvurdering"),
                      ("p", "Der er gennemført en screening, som viser, at planen ikke kræver miljøvurdering.")],
                indst=["lokalplan nr. %d vedtages endeligt med de ændringer, der fremgår af høringsnotatet" % n],
                beslut="Godkendt.", chain="Plan- og Teknikudvalget" if chain else None)


def anlaeg(rng, c):
    s = rng.choice(SCHOOLS)
    amount = kr(rng, 1500000, 12000000)
    return dict(title="Anlægsbevilling til renovering af %s" % s,
                resume="Der søges om anlægsbevilling og frigivelse af rådighedsbeløb.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Renoveringen omfatter tag, ventilation og faglokaler. Arbejdet udføres i sommerferien."),
                      ("h", "Økonomi"),
                      ("table", [["Post", "Beløb (kr.)"], ["Anlægsbevilling", amount], ["Rådighedsbeløb %d" % c["year"], amount]])],
                indst=["der gives en anlægsbevilling på %s kr. til renovering af %s" % (amount, s),
                       "rådighedsbeløbet frigives og finansieres af det afsatte beløb i investeringsoversigten"],
                beslut="Godkendt.", chain="Økonomiudvalget")


def budgetopf(rng, c):
    m = rng.choice(["31. marts", "29. februar", "31. januar"])
    return dict(title="Budgetopfølgning pr. %s %d" % (m, c["year"]),
                resume="Forventet regnskab for hele kommunen.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Der forventes et samlet mindreforbrug på serviceudgifterne på %s kr. Anlægsudgifterne forventes at blive som budgetteret." % kr(rng, 1000000, 9000000, 100000)),
                      ("h", "Økonomiske konsekvenser"),
                      ("p", "Budgetopfølgningen giver ikke anledning til tillægsbevillinger.")],
                indst=["budgetopfølgningen tages til efterretning"],
                beslut="Taget til efterretning.", chain="Økonomiudvalget")


def regnskab(rng, c):
    return dict(title="Årsregnskab %d - oversendelse til revisionen" % (c["year"] - 1),
                resume="Årsregnskabet aflægges og oversendes til revisionen.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Regnskabet viser et overskud på den ordinære drift på %s kr. Kassebeholdningen er opgjort efter kassekreditreglen." % kr(rng, 20000000, 120000000, 1000000))],
                indst=["årsregnskabet godkendes og oversendes til revisionen"],
                beslut="Godkendt.", chain="Økonomiudvalget")


def valg(rng, c):
    return dict(title="Valg af nyt medlem til %s" % rng.choice(["Børne- og Skoleudvalget", "Kultur- og Fritidsudvalget", "Plan- og Teknikudvalget"]),
                resume="Et medlem er udtrådt af udvalget.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Valget sker efter kommunestyrelseslovens § 28, og det er den gruppe, der indstillede det udtrådte medlem, der udpeger det nye.")],
                indst=["%s (%s) vælges som nyt medlem" % (c["m1"], c["p1"])],
                beslut="Godkendt.")


def fritagelse(rng, c):
    return dict(title="Anmodning om fritagelse for hvervet som medlem af %s" % c["by"],
                resume="Et medlem har anmodet om fritagelse, da medlemmet flytter fra kommunen.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Medlemmet flytter den 1. %s og er derfor ikke længere valgbar, jf. kommunestyrelseslovens § 3." % rng.choice(MONTHS[3:9])),
                      ("p", "Første stedfortræder på listen indtræder.")],
                indst=["fritagelsen meddeles", "stedfortræderen indkaldes"],
                beslut="Godkendt.")


def garanti(rng, c):
    amount = kr(rng, 5000000, 60000000, 500000)
    return dict(title="Kommunegaranti for lån til %s Fjernvarme a.m.b.a." % c["kommune"],
                resume="Fjernvarmeværket søger om kommunegaranti for et lån i KommuneKredit.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Lånet skal finansiere en ny varmepumpe. Garantien stilles efter lånebekendtgørelsen og varmeforsyningsloven, og værket betaler en garantiprovision på 0,5 pct. på markedsvilkår."),
                      ("h", "Økonomi"),
                      ("p", "Garantien påvirker ikke kommunens låneramme.")],
                indst=["der stilles kommunegaranti for et lån på op til %s kr." % amount],
                beslut="Godkendt.", chain="Økonomiudvalget")


def klimaplan(rng, c):
    return dict(title="Status på klimahandlingsplanen",
                resume="Årlig status på kommunens klimahandlingsplan.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Udledningen fra kommunens egne bygninger er faldet med %d pct. siden 2019. Handlingsplanens indsatser for transport er forsinket." % rng.randrange(8, 35))],
                indst=["status tages til efterretning"], beslut="Taget til efterretning.")


def trafik(rng, c):
    a = rng.choice(AREAS)
    return dict(title="Trafiksikkerhedsplan - projekter %d" % c["year"],
                resume="Udmøntning af puljen til trafiksikkerhed.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Forvaltningen foreslår hastighedsdæmpning ved %s og en ny krydsningshelle ved %s." % (a, rng.choice(SCHOOLS)))],
                indst=["projekterne gennemføres inden for puljen på %s kr." % kr(rng, 500000, 2500000)],
                beslut="Godkendt.")


def ferieplan(rng, c):
    return dict(title="Ferieplan for skoleåret %d/%d" % (c["year"], c["year"] + 1),
                resume="Ferieplanen for folkeskolerne.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Sommerferien begynder lørdag den 28. juni. Planen er drøftet med skolebestyrelserne.")],
                indst=["ferieplanen godkendes"], beslut="Godkendt.")


def kvalitetsrapport(rng, c):
    return dict(title="Kvalitetsrapport for folkeskolen",
                resume="Kvalitetsrapporten efter folkeskolelovens § 40 a.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Karaktergennemsnittet ved afgangsprøverne var %s. Fraværet er steget en smule." % rng.choice(["7,1", "7,4", "6,9", "7,6"]))],
                indst=["kvalitetsrapporten godkendes"], beslut="Godkendt.", chain="Børne- og Skoleudvalget")


def styrelse(rng, c):
    return dict(title="Ændring af styrelsesvedtægten - 2. behandling",
                resume="Vedtægten ændres, så et nyt udvalg for klima og natur oprettes.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Ændringen blev 1. behandlet på sidste møde. Der skal være mindst seks dage mellem behandlingerne, jf. kommunestyrelseslovens § 2, stk. 2.")],
                indst=["ændringen af styrelsesvedtægten vedtages ved 2. behandling"],
                beslut="Godkendt.")


def cykelsti(rng, c):
    a = rng.choice(AREAS)
    return dict(title="Frigivelse af rådighedsbeløb til cykelsti ved %s" % a,
                resume="Projektet er klar til udbud.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Cykelstien bliver %s km lang. Vejdirektoratets cykelpulje dækker 40 pct. af udgiften." % rng.choice(["1,2", "2,4", "3,1", "0,8"]))],
                indst=["rådighedsbeløbet på %s kr. frigives" % kr(rng, 2000000, 9000000)],
                beslut="Godkendt.", chain="Økonomiudvalget")


def vinter(rng, c):
    return dict(title="Tillægsbevilling til vintervedligeholdelse",
                resume="Vinteren har givet merudgifter til glatførebekæmpelse.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Der har været %d udkald siden november." % rng.randrange(30, 70)),
                      ("h", "Økonomi"),
                      ("p", "Merudgiften finansieres af kassebeholdningen.")],
                indst=["der gives en tillægsbevilling på %s kr." % kr(rng, 800000, 4000000)],
                beslut="Godkendt.")


def vejnavn(rng, c):
    return dict(title="Navngivning af veje i nyt boligområde",
                resume="Forslag til vejnavne.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Lokalhistorisk Arkiv foreslår navnene %s." % rng.choice(["Rugmarken og Havremarken", "Lærkevej og Viben", "Spindervej og Vævervej"]))],
                indst=["vejnavnene godkendes"], beslut="Godkendt.")


def beslutningsforslag(rng, c):
    topic = rng.choice(["gratis parkering i bymidten om lørdagen", "flere affaldsspande langs stranden",
                        "en ny hundeskov", "solceller på alle kommunale tage"])
    res = rng.choice(["Forslaget blev forkastet med %d stemmer mod %d." % (rng.randrange(13, 19), rng.randrange(3, 9)),
                      "Forslaget oversendes til fagudvalget."])
    return dict(title="Beslutningsforslag fra %s om %s" % (c["p2"], topic),
                resume="Forslaget er optaget på dagsordenen efter kommunestyrelseslovens § 11.",
                body=[("h", "Forslagsstillerens begrundelse"),
                      ("p", "Forslaget skal gøre kommunen mere attraktiv for borgere og besøgende.")],
                indst=["%s drøfter forslaget" % c["by"]], beslut=res)


def samarbejde(rng, c):
    return dict(title="Samarbejdsaftale om %s med nabokommunerne" % rng.choice(["fælles jobcenterfunktioner", "tolkebistand", "ungdomsskoleundervisning"]),
                resume="Aftalen afløser en aftale fra 2019.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Aftalen indgås efter lov om kommunernes styrelse § 60 og er godkendt af de øvrige kommuner.")],
                indst=["samarbejdsaftalen godkendes"], beslut="Godkendt.", chain="Økonomiudvalget")


def udpegning(rng, c):
    return dict(title="Udpegning af repræsentant til bestyrelsen for %s" % rng.choice(["Musikskolen", "Turistforeningen", "Lokalhistorisk Arkiv", "Erhvervsrådet"]),
                resume="Bestyrelsen skal have en repræsentant fra %s." % c["by"],
                body=[], indst=["%s (%s) udpeges" % (c["m2"], c["p2"])], beslut="Godkendt.")


def hoeringssvar(rng, c):
    return dict(title="Høringssvar til regionens udviklingsstrategi",
                resume="Regionen har sendt sin udviklingsstrategi i høring.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Forvaltningen foreslår, at kommunen særligt kommenterer den kollektive trafik og uddannelsesdækningen.")],
                indst=["høringssvaret godkendes"], beslut="Godkendt med de bemærkninger, der fremkom på mødet.")


def vandtakst(rng, c):
    return dict(title="Godkendelse af takster for %s Vand A/S" % c["kommune"],
                resume="Kommunen skal godkende vandselskabets takster efter vandforsyningslovens § 53.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Taksterne holder sig inden for selskabets økonomiske ramme fra Forsyningstilsynet.")],
                indst=["taksterne godkendes"], beslut="Godkendt.")


def lukket_udbud(rng, c):
    return dict(title="Tildeling af kontrakt på rengøring af kommunale bygninger", closed=True,
                resume="Punktet behandles for lukkede døre, jf. kommunestyrelseslovens § 10, da sagen indeholder tilbudsgivernes forretningshemmeligheder.",
                body=[], indst=["indstillingen fremgår af det lukkede referat"], beslut="Godkendt.")


def ældrepolitik(rng, c):
    return dict(title="Ældrepolitik %d-%d - endelig godkendelse" % (c["year"], c["year"] + 3),
                resume="Politikken har været i høring i Ældrerådet og Handicaprådet.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Politikken har tre temaer: et aktivt liv, værdighed og sammenhæng. Høringssvarene er indarbejdet.")],
                indst=["ældrepolitikken godkendes"], beslut="Godkendt.")


def lån(rng, c):
    return dict(title="Optagelse af lån for %d" % (c["year"] - 1),
                resume="Kommunen kan optage lån til energibesparende anlæg.",
                body=[("h", "Sagsfremstilling"),
                      ("p", "Låneadgangen følger af lånebekendtgørelsen. Lånet optages i KommuneKredit som et fastforrentet lån over 25 år.")],
                indst=["der optages lån på %s kr." % kr(rng, 3000000, 25000000)],
                beslut="Godkendt.", chain="Økonomiudvalget")


MAKERS = [lokalplan, anlaeg, budgetopf, regnskab, valg, fritagelse, garanti, klimaplan, trafik,
          ferieplan, kvalitetsrapport, styrelse, cykelsti, vinter, vejnavn, beslutningsforslag,
          samarbejde, udpegning, hoeringssvar, vandtakst, lukket_udbud, ældrepolitik, lån]
