# -*- coding: utf-8 -*-
"""Ordinary, lawful council business: the bulk of every meeting."""
import datetime
from cases import item, kr, dk, PLACES, STREETS, LAST, committee_for, earlier_dec


def o_dagsorden(rng, ctx):
    return item("Godkendelse af dagsorden", decision=[rng.choice(["Godkendt.", "Dagsordenen blev godkendt."])])


def o_lokalplan(rng, ctx):
    n = rng.randrange(100, 450)
    st = rng.choice(STREETS)
    return item("Lokalplan nr. %d og kommuneplantillæg nr. %d – endelig vedtagelse" % (n, rng.randrange(5, 40)),
        resume="Forslag til lokalplan for boliger ved %s har været i offentlig høring i 8 uger." % st,
        sag=["Lokalplanen giver mulighed for op til %d boliger i tæt-lav bebyggelse. Der er indkommet %d høringssvar, som primært handler om trafik og parkering." % (rng.randrange(20, 90), rng.randrange(2, 12)),
             "Forvaltningen foreslår mindre ændringer af bestemmelserne om parkering, jf. hvidbogen."],
        extra=[("ret", ["Planloven §§ 24 og 27."])],
        ind=["lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen.", "kommuneplantillægget vedtages endeligt."],
        earlier=[earlier_dec(rng, ctx, "teknik", "Anbefales.")],
        decision=[rng.choice(["Godkendt.", "Godkendt. Ø stemte imod.", "Indstillingen godkendt."])])


def o_anlaeg(rng, ctx):
    place = rng.choice(PLACES)
    amt = kr(rng, 2000000, 30000000, 100000)
    return item("Anlægsbevilling – renovering af %s Skole" % place,
        resume="Der søges om anlægsbevilling og frigivelse af rådighedsbeløb til renovering.",
        sag=["Skolens tag og klimaskærm er i dårlig stand. Projektet omfatter nyt tag, nye vinduer og efterisolering.",
             "Der er afsat et rådighedsbeløb på %s kr. i investeringsoversigten for 2024." % amt],
        extra=[("oko", ["Anlægsbevillingen finansieres af det afsatte rådighedsbeløb."])],
        ind=["der gives en anlægsbevilling på %s kr." % amt, "rådighedsbeløbet frigives."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."])


def o_regnskab(rng, ctx):
    return item("Overførsel af uforbrugte midler fra 2023 til 2024",
        resume="Der fremlægges forslag til overførsler af drifts- og anlægsmidler.",
        sag=["På driften foreslås overført %s kr. og på anlæg %s kr." % (kr(rng, 5000000, 40000000, 100000), kr(rng, 10000000, 90000000, 100000)),
             "Overførslerne sker efter kommunens regler for overførsel mellem regnskabsår."],
        ind=["overførslerne godkendes, og der gives tillægsbevillinger som anført i bilaget."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."])


def o_regnskab2(rng, ctx):
    return item("Årsregnskab 2023 – oversendelse til revisionen",
        resume="Årsregnskabet for 2023 forelægges til oversendelse til revisionen.",
        sag=["Regnskabet viser et overskud på den ordinære driftsvirksomhed på %s mio. kr., og den likvide beholdning er %s mio. kr. ved årets udgang." % (rng.choice(["91,3", "64,0", "123,8", "47,5"]), rng.choice(["212", "340", "156", "98"]))],
        extra=[("ret", ["Kommunestyrelseslovens § 45 og budget- og regnskabssystemet for kommuner."])],
        ind=["årsregnskabet for 2023 godkendes og oversendes til revisionen."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."])


def o_valg(rng, ctx):
    m = rng.choice(ctx["members"])
    return item("Valg af nyt medlem til %s" % rng.choice(["Folkeoplysningsudvalget", "bestyrelsen for Musikskolen", "Grønt Råd", "Integrationsrådet"]),
        resume=None,
        sag=["Som følge af et medlems udtræden skal der vælges et nyt medlem. Partiet har indstillet %s (%s)." % m],
        ind=["%s (%s) vælges som medlem for resten af valgperioden." % m],
        decision=["Godkendt."])


def o_meddelelser(rng, ctx):
    return item(rng.choice(["Meddelelser", "Orientering fra borgmesteren", "Meddelelser og orientering"]),
        sag=["Borgmesteren orienterede om %s." % rng.choice([
            "KL's kommunalpolitiske topmøde", "status på de igangværende byggeprojekter",
            "den nye aftale om kollektiv trafik", "sommerens arrangementer i kommunen",
            "dialogmøde med erhvervslivet"])],
        ind=[], decision=["Taget til efterretning."])


def o_klima(rng, ctx):
    return item("Klimahandlingsplan – status %d" % (ctx["date"].year - 1),
        resume="Der gives en årlig status på klimahandlingsplanen.",
        sag=["Kommunens CO2-udledning er faldet med %d pct. siden 2018. Handlingsplanen opdateres med nye tiltag for transport og landbrug." % rng.randrange(8, 30)],
        ind=["status tages til efterretning."],
        earlier=[earlier_dec(rng, ctx, "teknik", "Anbefales.")],
        decision=["Taget til efterretning."])


def o_trafik(rng, ctx):
    return item("Trafiksikkerhedsplan 2024–2028",
        resume="Forslag til ny trafiksikkerhedsplan har været i høring.",
        sag=["Planen indeholder %d konkrete projekter, bl.a. sikre skoleveje i %s og hastighedsdæmpning på %s." % (rng.randrange(8, 25), rng.choice(PLACES), rng.choice(STREETS))],
        ind=["trafiksikkerhedsplanen godkendes."],
        earlier=[earlier_dec(rng, ctx, "teknik", "Anbefales.")],
        decision=["Godkendt."])


def o_laan(rng, ctx):
    return item("Låneoptagelse for 2023",
        resume="Kommunen har låneadgang vedrørende anlægsudgifter afholdt i 2023.",
        sag=["Der er låneadgang for %s kr. vedrørende energibesparende foranstaltninger og ældreboliger." % kr(rng, 5000000, 40000000, 100000),
             "Lånet optages i KommuneKredit som fastforrentet lån med en løbetid på 25 år."],
        ind=["der optages lån som beskrevet.", "Økonomiudvalget bemyndiges til at fastlægge de nærmere lånevilkår."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."])


def o_dagtilbud(rng, ctx):
    return item("Kapacitet på dagtilbudsområdet",
        resume="Prognosen viser et stigende behov for pladser.",
        sag=["Befolkningsprognosen viser %d flere børn i alderen 0–5 år frem mod 2028, især i %s." % (rng.randrange(80, 400), rng.choice(PLACES)),
             "Forvaltningen foreslår at udvide to eksisterende institutioner."],
        ind=["orienteringen tages til efterretning.", "forvaltningen udarbejder anlægsforslag til budget 2025."],
        earlier=[earlier_dec(rng, ctx, "boern", "Anbefales.")],
        decision=["Godkendt."])


def o_tilsyn(rng, ctx):
    return item("Tilsynsrapporter fra plejecentre 2023",
        resume="Der er gennemført uanmeldte tilsyn på kommunens plejecentre.",
        sag=["Tilsynene viser generelt en god kvalitet. På ét plejecenter er der givet anbefalinger om dokumentation af medicinhåndtering, som er fulgt op."],
        ind=["tilsynsrapporterne tages til efterretning."],
        earlier=[earlier_dec(rng, ctx, "aeldre", "Anbefales taget til efterretning.")],
        decision=["Taget til efterretning."])


def o_spildevand(rng, ctx):
    return item("Tillæg nr. %d til spildevandsplan" % rng.randrange(2, 15),
        resume="Tillægget omfatter separatkloakering af %s." % rng.choice(PLACES),
        sag=["Tillægget har været i høring i 8 uger uden indsigelser. Forsyningen gennemfører arbejdet i 2024–2026."],
        ind=["tillægget vedtages endeligt."],
        decision=["Godkendt."])


def o_takster_dag(rng, ctx):
    return item("Takster for dagtilbud 2024 – justering",
        resume="Forældrebetalingen justeres efter dagtilbudsloven.",
        sag=["Forældrebetalingen udgør 25 pct. af de budgetterede bruttodriftsudgifter, jf. dagtilbudslovens § 32. Den månedlige takst for vuggestue bliver %s kr." % kr(rng, 3500, 4500, 10)],
        ind=["taksterne godkendes."],
        decision=["Godkendt."])


def o_vedtaegt(rng, ctx):
    return item("Ændring af styrelsesvedtægt",
        resume="Styrelsesvedtægten ændres som følge af ny udvalgsstruktur.",
        sag=["Ændringen flytter opgaverne vedrørende erhverv fra Økonomiudvalget til et nyt stående udvalg. Ændringen skal behandles to gange i %s." % ctx["council_def"]],
        extra=[("ret", ["Kommunestyrelseslovens § 2."])],
        ind=["ændringen godkendes (1. behandling)."],
        decision=["Godkendt og oversendes til 2. behandling."])


def o_sundhed(rng, ctx):
    return item("Sundhedspolitik 2024–2027",
        resume="Forslag til ny sundhedspolitik har været i offentlig høring.",
        sag=["Politikken har fire temaer: mental sundhed, bevægelse, røgfrihed og lighed i sundhed. Der er indkommet %d høringssvar." % rng.randrange(5, 20)],
        ind=["sundhedspolitikken godkendes."],
        decision=["Godkendt."])


def o_udbud(rng, ctx):
    return item("Udbud af rengøring på kommunale bygninger",
        resume="Den nuværende kontrakt udløber 31. december 2024.",
        sag=["Det foreslås at gennemføre et EU-udbud med tildelingskriteriet bedste forhold mellem pris og kvalitet. Der stilles krav om overenskomstmæssige løn- og arbejdsvilkår."],
        ind=["udbuddet gennemføres som beskrevet."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."])


def o_spoergsmaal(rng, ctx):
    m = rng.choice(ctx["members"])
    return item("Spørgsmål fra %s (%s) om %s" % (m[0], m[1], rng.choice(["cykelstier", "busbetjening af landsbyerne", "skolernes indeklima", "vintervedligeholdelse"])),
        sag=["%s har stillet spørgsmål efter forretningsordenen. Forvaltningens svar er vedlagt." % m[0]],
        ind=[], decision=["Besvaret."])


def o_beredskab(rng, ctx):
    return item("Risikobaseret dimensionering af beredskabet",
        resume="Beredskabskommissionen har udarbejdet forslag til ny dimensionering.",
        sag=["Forslaget har været i høring i de deltagende kommuner og er godkendt af beredskabskommissionen."],
        ind=["dimensioneringen godkendes."],
        decision=["Godkendt."])


def o_kultur(rng, ctx):
    return item("Kulturstrategi for %s Kommune" % ctx["muni"],
        resume="Ny kulturstrategi.",
        sag=["Strategien er udarbejdet i samarbejde med foreninger og kulturinstitutioner og indeholder indsatser for børn og unge og for kulturlivet i landdistrikterne."],
        ind=["kulturstrategien godkendes."],
        earlier=[earlier_dec(rng, ctx, "kultur", "Anbefales.")],
        decision=["Godkendt."])


def o_vej(rng, ctx):
    return item("Nedlæggelse af offentlig vej – del af %s" % rng.choice(STREETS),
        resume="En del af vejen foreslås nedlagt.",
        sag=["Vejstrækningen har ikke længere betydning for trafikken. Forslaget har været offentligt bekendtgjort i 8 uger efter vejlovens § 124 uden bemærkninger."],
        ind=["vejstrækningen nedlægges som offentlig vej."],
        decision=["Godkendt."])


def o_vand(rng, ctx):
    return item("Godkendelse af takster for %s Vand A/S" % rng.choice(PLACES),
        resume="Vandselskabets takster for 2024 skal godkendes af kommunalbestyrelsen efter vandforsyningslovens § 53.",
        sag=["Taksterne holder sig inden for det økonomiske loft fastsat af Forsyningstilsynet."],
        ind=["taksterne godkendes."],
        decision=["Godkendt."])


def o_integration(rng, ctx):
    return item("Beskæftigelsesplan 2024 – opfølgning",
        resume="Opfølgning på de beskæftigelsespolitiske mål.",
        sag=["Ledigheden er faldet til %s pct. Jobcentret har især haft fokus på unge uden uddannelse." % rng.choice(["2,1", "2,8", "3,4"])],
        ind=["opfølgningen tages til efterretning."],
        decision=["Taget til efterretning."])


def o_boliger(rng, ctx):
    return item("Skema A – almene familieboliger i %s" % rng.choice(PLACES),
        resume="Boligorganisationen søger om godkendelse af skema A.",
        sag=["Projektet omfatter %d almene familieboliger. Kommunens grundkapitalindskud udgør 8 pct. af anskaffelsessummen, jf. almenboligloven." % rng.randrange(12, 48)],
        ind=["skema A godkendes, og der gives bevilling til grundkapitalindskud."],
        earlier=[earlier_dec(rng, ctx, "oko", "Anbefales.")],
        decision=["Godkendt."])


ORDINARY = [o_lokalplan, o_anlaeg, o_regnskab, o_regnskab2, o_valg, o_klima, o_trafik, o_laan,
            o_dagtilbud, o_tilsyn, o_spildevand, o_takster_dag, o_vedtaegt, o_sundhed, o_udbud,
            o_spoergsmaal, o_beredskab, o_kultur, o_vej, o_vand, o_integration, o_boliger]
