# -*- coding: utf-8 -*-
"""Ordinary, lawful council business (same shape as cases.py builders, no phrase)."""
from cases import P, kr, dk, month_start, member, person, STREETS


def o_dagsorden(r, c):
    return dict(title="Godkendelse af dagsorden", sections=[], earlier=[], decision=["Dagsordenen blev godkendt."])


def o_meddel(r, c):
    return dict(title="Meddelelser", sections=[("Sagsfremstilling", [("ul", [
        "Borgmesteren orienterede om status på den regionale trafikplan.",
        "Kommunaldirektøren orienterede om sygefraværet i 1. kvartal."])])], earlier=[], decision=["Orienteringen blev taget til efterretning."])


def o_lokalplan(r, c):
    n = r.randint(101, 399)
    return dict(title="Endelig vedtagelse af lokalplan nr. %d for boligområde ved %s" % (n, r.choice(STREETS)),
        sections=[("Sagsfremstilling", [P("Forslag til lokalplan nr. %d har været fremlagt i offentlig høring i otte uger. Der er indkommet %d høringssvar, som er behandlet i den vedlagte hvidbog. Forvaltningen foreslår mindre ændringer vedrørende stiforløb og beplantning." % (n, r.randint(2, 9)))]),
            ("Indstilling", [("ul", ["at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen."])])],
        earlier=[("Beslutning i Teknik- og Miljøudvalget", "Anbefales.")], decision=["Godkendt."])


def o_anlaeg(r, c):
    return dict(title="Anlægsbevilling til udskiftning af gadebelysning",
        sections=[("Sagsfremstilling", [P("I investeringsoversigten er der afsat %s kr. til udskiftning af gadebelysning til LED. Projektet forventes at reducere elforbruget med ca. 60 pct." % kr(r.choice([1500000, 2800000, 3900000])))]),
            ("Økonomiske konsekvenser", [("table", [["År", "Udgift (kr.)"], ["2024", kr(1200000)], ["2025", kr(900000)]])]),
            ("Indstilling", [P("at der gives anlægsbevilling, og at rådighedsbeløbet frigives.")])],
        earlier=[("Beslutning i Økonomiudvalget", "Anbefales.")], decision=["Godkendt."])


def o_regnskab(r, c):
    return dict(title="Årsregnskab 2023 - oversendelse til revisionen",
        sections=[("Sagsfremstilling", [P("Årsregnskabet for 2023 viser et overskud på den ordinære drift på %s mio. kr. Likviditeten opgjort efter kassekreditreglen udgør %s mio. kr." % (r.choice(["54,3", "71,8", "38,6"]), r.choice(["212", "187", "305"])))]),
            ("Indstilling", [P("at årsregnskabet oversendes til revisionen.")])],
        earlier=[], decision=["Godkendt."])


def o_valg(r, c):
    return dict(title="Udpegning af nyt medlem til Folkeoplysningsudvalget",
        sections=[("Sagsfremstilling", [P("Et medlem er udtrådt af udvalget. Gruppen har peget på %s som nyt medlem." % member(r))]),
            ("Indstilling", [P("at det nye medlem udpeges for resten af valgperioden.")])],
        earlier=[], decision=["Godkendt."])


def o_budget(r, c):
    return dict(title="Budgetopfølgning pr. %s" % dk(month_start(c["date"], -1)),
        sections=[("Sagsfremstilling", [P("Den samlede budgetopfølgning viser et forventet mindreforbrug på serviceudgifterne på %s mio. kr. Anlægsudgifterne forventes at ligge %s mio. kr. under det korrigerede budget, primært på grund af tidsforskydninger." % (r.choice(["3,2", "5,6"]), r.choice(["11,4", "8,0"])))]),
            ("Indstilling", [("ul", ["at budgetopfølgningen tages til efterretning,", "at de ansøgte omplaceringer godkendes."])])],
        earlier=[("Beslutning i Økonomiudvalget", "Anbefales.")], decision=["Godkendt."])


def o_klima(r, c):
    return dict(title="Handlingsplan for klimatilpasning - midtvejsstatus",
        sections=[("Sagsfremstilling", [P("Handlingsplanen for klimatilpasning indeholder %d indsatser. Status viser, at de fleste er igangsat, mens etableringen af regnvandsbassinet ved %s er forsinket." % (r.randint(12, 24), r.choice(STREETS)))]),
            ("Indstilling", [P("at status tages til efterretning.")])],
        earlier=[], decision=["Taget til efterretning."])


def o_trafik(r, c):
    return dict(title="Trafiksikkerhedsplan - prioritering af projekter",
        sections=[("Sagsfremstilling", [P("Der er modtaget %d borgerforslag. Forvaltningen har prioriteret projekterne ud fra uheldsdata og skoleveje." % r.randint(20, 60)), ("ul", ["Hastighedsdæmpning på %s" % r.choice(STREETS), "Ny krydsningshelle ved skolen", "Belysning af cykelsti"])]),
            ("Indstilling", [P("at prioriteringen godkendes.")])],
        earlier=[], decision=["Godkendt."])


def o_takst(r, c):
    return dict(title="Takster for leje af kommunale haller",
        sections=[("Sagsfremstilling", [P("Taksterne for leje af haller til private arrangementer pristalsreguleres. Foreninger, der er godkendt efter folkeoplysningsloven, låner fortsat lokalerne gratis.")]),
            ("Indstilling", [P("at taksterne godkendes.")])],
        earlier=[], decision=["Godkendt."])


def o_skole(r, c):
    return dict(title="Skoledistrikter fra skoleåret 2024/25",
        sections=[("Sagsfremstilling", [P("Distriktsgrænsen mellem to skoler justeres, så nye boligområder ved %s hører til den nærmeste skole. Skolebestyrelserne er hørt og støtter ændringen." % r.choice(STREETS))]),
            ("Indstilling", [P("at ændringen godkendes.")])],
        earlier=[], decision=["Godkendt."])


def o_spoergsmaal(r, c):
    return dict(title="Spørgsmål fra borgere", sections=[("Sagsfremstilling", [P("Der var ikke indkommet spørgsmål.")])], earlier=[], decision=["Intet."])


ALL = [o_lokalplan, o_anlaeg, o_regnskab, o_valg, o_budget, o_klima, o_trafik, o_takst, o_skole]
