# -*- coding: utf-8 -*-
"""Ordinary, lawful council and committee business. Each function takes a Ctx and returns an item
(same shape as in cases.py, phrase None)."""
from common import dk_date, first_of_month


def _it(title, background, rec, decision=None, resume=None):
    return dict(title=title, background=background, rec=rec, decision=decision, phrase=None,
                resume=resume, extra=[], closed=False)


def dagsorden(c):
    return _it("Godkendelse af dagsorden", ["Dagsordenen forelægges til godkendelse."],
               ["at dagsordenen godkendes"])


def lokalplan(c):
    n = c.rng.randint(100, 480)
    area = c.rng.choice(["boliger ved Kildebakken", "et erhvervsområde ved Ringvejen", "en ny skole i Vest",
                         "tæt-lav bebyggelse ved Møllen", "centerområdet i bymidten"])
    return _it("Lokalplan %d for %s – endelig vedtagelse" % (n, area),
               ["Forslag til lokalplan %d har været i offentlig høring i 8 uger. Der er modtaget %d "
                "høringssvar, som er resumeret i den vedlagte hvidbog." % (n, c.rng.randint(2, 14)),
                "Høringssvarene giver anledning til mindre ændringer af bestemmelserne om parkering."],
               ["at lokalplan %d vedtages endeligt med de ændringer, der fremgår af hvidbogen" % n])


def anlaeg(c):
    what = c.rng.choice(["renovering af tagene på Østre Skole", "ny cykelsti langs Landevejen",
                         "udvidelse af Bakkehusets børnehave", "ny belysning på sportspladsen",
                         "klimasikring af kloakken i Nørreby"])
    amt = c.rng.randint(2, 40) + c.rng.choice([0.5, 0.2, 0.8])
    return _it("Anlægsbevilling til %s" % what,
               ["Der er i investeringsoversigten afsat %.1f mio. kr. til %s. Projektet forventes udført i "
                "2024 og 2025." % (amt, what)],
               ["at der gives en anlægsbevilling på %.1f mio. kr." % amt,
                "at rådighedsbeløbet frigives og finansieres af det afsatte beløb"])


def regnskab(c):
    return _it("Årsregnskab 2023",
               ["Årsregnskabet viser et overskud på den ordinære driftsvirksomhed på %d mio. kr. "
                "Regnskabet overdrages til revisionen efter styrelseslovens § 45." % c.rng.randint(60, 300)],
               ["at årsregnskabet for 2023 godkendes og oversendes til revisionen"])


def budgetopf(c):
    return _it("Budgetopfølgning pr. 29. februar 2024",
               ["Budgetopfølgningen viser samlet et forventet mindreforbrug på servicedriften på %d mio. kr. "
                "Der søges ikke om tillægsbevillinger." % c.rng.randint(1, 12)],
               ["at budgetopfølgningen tages til efterretning"])


def valg(c):
    n = c.person()
    return _it("Udtræden af %s og indtræden af stedfortræder" % c.cl.replace("byrådet", "byrådet"),
               ["%s har anmodet om at udtræde af %s, da vedkommende flytter fra kommunen. Efter den kommunale "
                "valglov kan flytning ud af kommunen medføre udtræden. Første stedfortræder på listen har "
                "erklæret sig villig til at indtræde." % (n, c.cl)],
               ["at %s godkender udtrædelsen" % c.cl, "at stedfortræderen indtræder med virkning fra i dag"])


def mødeplan(c):
    return _it("Mødeplan for %s 2025" % c.council,
               ["Forslag til mødeplan for 2025 er udarbejdet. Møderne afholdes som hidtil kl. 17.00 på rådhuset."],
               ["at mødeplanen for 2025 godkendes"])


def sundhedsaftale(c):
    return _it("Høringssvar til Sundhedsaftalen 2024-2027",
               ["Regionen har sendt udkast til ny sundhedsaftale i høring. Forvaltningen har udarbejdet et "
                "høringssvar, som lægger vægt på det nære sundhedsvæsen og samarbejdet om udskrivninger."],
               ["at høringssvaret godkendes"])


def beredskab(c):
    return _it("Samarbejdsaftale om fælles beredskab",
               ["Det fælleskommunale beredskab skal have en ny samarbejdsaftale efter beredskabslovens "
                "regler. Aftalen er godkendt af beredskabskommissionen."],
               ["at samarbejdsaftalen godkendes"])


def vejnavn(c):
    return _it("Navngivning af vej i nyt boligområde",
               ["Der skal navngives en ny vej i udstykningen ved %s. Lokalhistorisk Arkiv foreslår "
                "'Teglværksbuen'." % c.rng.choice(["Kærby", "Sønderlund", "Ravnsbjerg", "Hede"])],
               ["at vejen navngives Teglværksbuen"])


def klimaplan(c):
    return _it("Status på klimahandlingsplanen",
               ["Kommunens klimahandlingsplan under DK2020 følges op årligt. CO2-udledningen fra kommunens "
                "egne bygninger er faldet med %d pct. siden 2019." % c.rng.randint(8, 30)],
               ["at status tages til efterretning"])


def trafik(c):
    return _it("Trafiksikkerhedsplan 2024-2028",
               ["Planen indeholder 26 konkrete projekter ved skoleveje og krydsninger. Planen har været i "
                "offentlig høring, og Politiet har afgivet bemærkninger."],
               ["at trafiksikkerhedsplanen vedtages"])


def almene(c):
    n = c.rng.choice([18, 24, 32, 40])
    return _it("Skema B for %d almene familieboliger" % n,
               ["Boligorganisationen har indsendt skema B for opførelse af %d familieboliger. Anskaffelses"
                "summen holder sig inden for maksimumbeløbet. Kommunens grundkapitalindskud udgør 10 pct." % n],
               ["at skema B godkendes", "at grundkapitalen finansieres af kassebeholdningen"])


def skoledistrikt(c):
    return _it("Ændring af skoledistrikt for Nordbyen",
               ["Det foreslås at flytte boligområdet ved Åløkken fra Vestskolen til Nordskolen. Skolebestyrelserne "
                "har haft forslaget i høring og bakker op."],
               ["at skoledistriktet ændres fra skoleåret 2025/26"])


def vedtaegt(c):
    return _it("Vedtægt for Ungdomsskolens bestyrelse",
               ["Ungdomsskoleloven kræver, at kommunalbestyrelsen fastsætter en vedtægt for ungdomsskolens "
                "bestyrelse. Vedtægten er opdateret med nye regler om elevrepræsentanter."],
               ["at vedtægten godkendes"])


def repraesentant(c):
    m = c.member()
    return _it("Udpegning af repræsentant til Turistforeningens bestyrelse",
               ["Der skal udpeges et nyt medlem af bestyrelsen for %s Turistforening for resten af "
                "valgperioden." % c.muni],
               ["at %s udpeges" % m])


def spildevand(c):
    return _it("Tillæg til spildevandsplan for separatkloakering",
               ["Forsyningen skal separatkloakere området ved %s. Tillægget har været i offentlig høring "
                "i 8 uger uden bemærkninger." % c.rng.choice(["Bredgade", "Fjordvej", "Skovkvarteret"])],
               ["at tillægget vedtages endeligt"])


def indtaegt(c):
    return _it("Indtægtsbevilling til projekt om ensomhed blandt ældre",
               ["Kommunen har fået et tilskud på 1,2 mio. kr. fra en privat fond til et projekt om "
                "frivillige besøgsvenner. Projektet løber i to år."],
               ["at der gives en indtægtsbevilling og en tilsvarende udgiftsbevilling på 1,2 mio. kr."])


def kommissorium(c):
    return _it("Kommissorium for opgaveudvalg om bosætning",
               ["Opgaveudvalget nedsættes efter styrelseslovens § 17, stk. 4, og skal komme med forslag til "
                "en bosætningsstrategi. Udvalget består af 5 byrådsmedlemmer og 4 borgere."],
               ["at kommissoriet godkendes", "at udvalgets medlemmer udpeges på mødet"])


def likviditet(c):
    return _it("Orientering om kassebeholdning og likviditet",
               ["Den gennemsnitlige likviditet opgjort efter kassekreditreglen udgjorde %d mio. kr. ved "
                "udgangen af første kvartal." % c.rng.randint(90, 700)],
               ["at orienteringen tages til efterretning"])


def anlaegsregnskab(c):
    return _it("Anlægsregnskab for renovering af svømmehallen",
               ["Projektet er afsluttet med et merforbrug på 0,4 mio. kr., som skyldes ekstra asbestsanering."],
               ["at anlægsregnskabet godkendes", "at merforbruget finansieres af kassebeholdningen"])


def folkeoplysning(c):
    return _it("Revision af folkeoplysningspolitikken",
               ["Politikken er revideret efter dialog med foreningerne og Folkeoplysningsudvalget. "
                "Den vægter særligt samarbejdet mellem foreninger og skoler."],
               ["at folkeoplysningspolitikken vedtages"])


def vand(c):
    return _it("Indsatsplan for grundvandsbeskyttelse",
               ["Indsatsplanen omfatter fire kildepladser. Den har været i offentlig høring, og de berørte "
                "lodsejere er inddraget."],
               ["at indsatsplanen vedtages endeligt"])


def ungdomsbolig(c):
    return _it("Forslag om flere ungdomsboliger",
               ["Et medlem har bedt om at få sagen på dagsordenen efter styrelseslovens § 11. Forslaget går ud "
                "på, at forvaltningen undersøger mulige placeringer af 50 ungdomsboliger."],
               ["at forslaget drøftes"], decision=["Oversendt til Teknik- og Miljøudvalget."])


ALL = [lokalplan, anlaeg, regnskab, budgetopf, valg, mødeplan, sundhedsaftale, beredskab, vejnavn,
       klimaplan, trafik, almene, skoledistrikt, vedtaegt, repraesentant, spildevand, indtaegt,
       kommissorium, likviditet, anlaegsregnskab, folkeoplysning, vand, ungdomsbolig]
