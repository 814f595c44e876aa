# -*- coding: utf-8 -*-
"""Ordinary, lawful council business. Each returns (title, blocks). r is a random.Random."""

ROADS = ["Søndergade", "Kirkevej", "Bakkedraget", "Havnegade", "Stationsvej", "Lindealle", "Møllevej", "Skolegade", "Rosenvænget", "Østergade"]
AREAS = ["Nordbyen", "Ådalen", "Vesterhave", "Kildebakken", "Strandparken", "Midtbyen", "Engløkken"]

def _p(r, *opts):
    return r.choice(opts)

def dagsorden(r):
    return "Godkendelse af dagsorden", [("p", "Dagsordenen blev forelagt til godkendelse."), ("dec", "Dagsordenen blev godkendt.")]

def meddelelser(r):
    return "Meddelelser fra borgmesteren", [("p", _p(r, "Borgmesteren orienterede om status for samarbejdet i KKR og om besøget fra venskabsbyen.", "Borgmesteren orienterede om den kommende borgerdag og om arbejdet med den nye erhvervsstrategi.")), ("dec", "Taget til efterretning.")]

def lokalplan(r):
    n = r.randint(100, 480); a = r.choice(AREAS)
    return "Lokalplan %d for boligområde i %s - endelig vedtagelse" % (n, a), [
        ("h", "Sagsfremstilling"), ("p", "Forslaget til lokalplan %d har været i offentlig høring i 8 uger. Der er kommet %d høringssvar, som primært handler om trafik og skygge. Forvaltningen foreslår mindre ændringer af stiforløbet." % (n, r.randint(2, 14))),
        ("h", "Indstilling"), ("ul", ["at lokalplan %d vedtages endeligt med de foreslåede ændringer" % n]),
        ("dec", _p(r, "Godkendt.", "Vedtaget.", "Indstillingen godkendt."))]

def anlaeg(r):
    amt = r.randint(2, 40) / 2.0; road = r.choice(ROADS)
    return "Anlægsbevilling til renovering af %s" % road, [
        ("h", "Sagsfremstilling"), ("p", "Kloak og belægning på %s er nedslidt. Projektet udføres i samarbejde med forsyningen og forventes færdigt i efteråret." % road),
        ("h", "Økonomiske konsekvenser"), ("p", "Der gives en anlægsbevilling på %s mio. kr., finansieret af det afsatte rådighedsbeløb." % str(amt).replace(".", ",")),
        ("h", "Indstilling"), ("ul", ["at der gives en anlægsbevilling på %s mio. kr." % str(amt).replace(".", ","), "at rådighedsbeløbet frigives"]),
        ("dec", _p(r, "Godkendt.", "Anbefales og godkendes.", "Godkendt uden afstemning."))]

def regnskab(r):
    return "Årsregnskab 2023", [
        ("h", "Sagsfremstilling"), ("p", "Årsregnskabet viser et overskud på den ordinære drift på %d mio. kr. Regnskabet oversendes til revisionen efter Byrådets behandling." % r.randint(40, 210)),
        ("h", "Indstilling"), ("ul", ["at årsregnskabet for 2023 godkendes og oversendes til revisionen"]),
        ("dec", "Godkendt.")]

def valg(r):
    return "Valg af nyt medlem til Folkeoplysningsudvalget", [
        ("p", "Et medlem er udtrådt af udvalget efter eget ønske. Den pågældende gruppe har peget på en ny kandidat."),
        ("h", "Indstilling"), ("ul", ["at det indstillede medlem vælges for resten af valgperioden"]), ("dec", "Valgt.")]

def spildevand(r):
    return "Tillæg til spildevandsplanen for %s" % r.choice(AREAS), [
        ("h", "Sagsfremstilling"), ("p", "Tillægget separatkloakerer området, så regnvand ledes til et nyt bassin. Tillægget har været i høring uden bemærkninger."),
        ("h", "Indstilling"), ("ul", ["at tillægget vedtages endeligt"]), ("dec", "Vedtaget.")]

def klima(r):
    return "Status på klimahandlingsplanen", [
        ("h", "Sagsfremstilling"), ("p", "Kommunens udledning er faldet med %d pct. siden 2019. Handlingsplanen for klima justeres med nye tiltag for transport og landbrug." % r.randint(8, 30)),
        ("h", "Indstilling"), ("ul", ["at status tages til efterretning"]), ("dec", "Taget til efterretning.")]

def skole(r):
    return "Skoledistrikter fra skoleåret 2024/25", [
        ("h", "Sagsfremstilling"), ("p", "Efter høringen foreslås distriktsgrænsen mellem to skoler flyttet til %s, så elevtallet udjævnes." % r.choice(ROADS)),
        ("h", "Indstilling"), ("ul", ["at de nye skoledistrikter godkendes"]), ("dec", _p(r, "Godkendt.", "Godkendt med 21 stemmer mod 4."))]

def tilskud(r):
    club = r.choice(["Idrætsforeningen Fremad", "Spejdergruppen Ørnen", "Lokalhistorisk Forening", "Kunstforeningen Lyset"])
    return "Tilskud til %s" % club, [
        ("h", "Sagsfremstilling"), ("p", "%s søger om et tilskud på %d.000 kr. efter folkeoplysningsloven til nye faciliteter." % (club, r.randint(20, 200))),
        ("h", "Indstilling"), ("ul", ["at tilskuddet bevilges af puljen til foreningsliv"]), ("dec", "Godkendt.")]

def budgetopf(r):
    return "Budgetopfølgning pr. 31. marts 2024", [
        ("h", "Sagsfremstilling"), ("p", "Budgetopfølgningen viser et forventet samlet mindreforbrug på %d mio. kr. på serviceudgifterne. Der er udfordringer på det specialiserede børneområde." % r.randint(2, 20)),
        ("h", "Indstilling"), ("ul", ["at budgetopfølgningen tages til efterretning", "at tillægsbevillingerne godkendes"]),
        ("dec", "Ad 1. Taget til efterretning. Ad 2. Godkendt.")]

def trafik(r):
    return "Trafiksikkerhedsplan 2024-2027", [
        ("h", "Sagsfremstilling"), ("p", "Planen prioriterer skoleveje og krydsninger på %s og %s. Handlingsplanen for trafiksikkerhed finansieres af vejpuljen." % (r.choice(ROADS), r.choice(ROADS))),
        ("h", "Indstilling"), ("ul", ["at trafiksikkerhedsplanen vedtages"]), ("dec", "Vedtaget.")]

def styrelse(r):
    return "Ændring af styrelsesvedtægten", [
        ("h", "Sagsfremstilling"), ("p", "Ændringen flytter opgaverne om kultur fra Børneudvalget til Kultur- og Fritidsudvalget. Vedtægten behandles to gange med mindst 6 dages mellemrum."),
        ("h", "Indstilling"), ("ul", ["at ændringen godkendes ved 2. behandling"]), ("dec", "Godkendt ved 2. behandling.")]

def folkemoede(r):
    return "Orientering om Ankestyrelsens tilsynsbesøg", [
        ("h", "Sagsfremstilling"), ("p", "Ankestyrelsens praksisundersøgelse om hjemmehjælp er afsluttet. Forvaltningen har gennemgået anbefalingerne og retter sagsbehandlingen til."),
        ("h", "Indstilling"), ("ul", ["at orienteringen tages til efterretning"]), ("dec", "Taget til efterretning.")]

def takster(r):
    return "Takster for daginstitutioner 2024", [
        ("h", "Sagsfremstilling"), ("p", "Forældrebetalingen udgør 25 pct. af bruttodriftsudgiften, jf. dagtilbudslovens § 31. Månedstaksten for vuggestue bliver %d kr." % r.randint(3500, 4300)),
        ("h", "Indstilling"), ("ul", ["at taksterne godkendes"]), ("dec", "Godkendt.")]

def eventuelt(r):
    return "Eventuelt", [("dec", _p(r, "Intet.", "Ingen bemærkninger.", "Der var ingen punkter under eventuelt."))]

ORD = [lokalplan, anlaeg, valg, spildevand, klima, skole, tilskud, budgetopf, trafik, styrelse, folkemoede, takster, anlaeg, lokalplan, tilskud]
