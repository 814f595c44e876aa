# -*- coding: utf-8 -*-
"""Shared furniture and loaders. The scenario texts are in texts_dev.py and texts_holdout.py,
written separately for the two halves."""
import texts_dev, texts_holdout

MOD = {"dev": texts_dev, "holdout": texts_holdout}

PLACES = {
    "dev": ["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Byrådssalen, {kommune} Rådhus", "Det Gamle Rådhus, Salen"],
    "holdout": ["Kommunalbestyrelsens mødesal", "Rådhuset, lokale K2", "Borgernes Hus, sal A", "Administrationsbygningen, mødelokale Havet"],
}
ABSENT = {
    "dev": ["Ingen", "Lene Bak (A)", "Henrik Skov (V)", "Mette Friis (F), Ole Krag (C)", "Ingen fraværende"],
    "holdout": ["Intet afbud", "Søren Dahl (O) – stedfortræder Kim Bro", "Annette Gram (A)", "Jonas Kjær (Ø), Tove Lind (V)", "Ingen"],
}
FIRST = {"dev": ["Anne", "Bent", "Camilla", "Dorte", "Erik", "Finn", "Gitte", "Hans", "Inge", "Jesper", "Karina", "Lars", "Maja", "Niels"],
         "holdout": ["Asger", "Birthe", "Claus", "Ditte", "Ejvind", "Frida", "Gunnar", "Helle", "Ivan", "Janne", "Kaj", "Lotte", "Morten", "Nina"]}
LAST = {"dev": ["Andersen", "Bach", "Christiansen", "Dam", "Eriksen", "Frost", "Gregersen", "Holm", "Iversen", "Juul", "Kirk", "Lund"],
        "holdout": ["Abildgaard", "Bjerre", "Carstensen", "Due", "Enevoldsen", "Falk", "Gade", "Hald", "Ibsen", "Jessen", "Kragh", "Lykke"]}
PARTIES = "ABCFIOVØ"


def members(rng, half):
    return ", ".join("%s %s (%s)" % (rng.choice(FIRST[half]), rng.choice(LAST[half]), rng.choice(PARTIES)) for _ in range(7)) + " m.fl."


ROADS = {"dev": ["Engtoften", "Kildevej", "Skolebakken", "Møllegade", "Præstemarken", "Havnevej", "Lærkevej", "Stationsvej"],
         "holdout": ["Bakkedraget", "Fjordvej", "Kirkestien", "Vestergade", "Lyngbakken", "Åboulevarden", "Tranevej", "Industrivej"]}


def slots(rng, half, muni):
    r = rng.sample(ROADS[half], 2)
    return dict(vej=r[0], vej2=r[1], n=rng.randint(2, 9), beloeb="{:,}".format(rng.randint(12, 95) * 10000).replace(",", "."))


def sagsnr(rng, layout):
    y = 27
    if layout in ("odt_lo", "html_cp1252"):
        return "%02d.%02d.%02d-%s-%d-%02d" % (rng.randint(0, 85), rng.randint(0, 20), rng.randint(0, 20), rng.choice(["A00", "G01", "P20", "K07"]), rng.randint(1, 400), y)
    if layout in ("wkhtml_agenda", "weasy_decision_first"):
        return "EMN-2027-%06d" % rng.randint(1000, 99999)
    if layout in ("groff_protocol", "enscript_gs"):
        return "%d-2027-%d" % (rng.choice([306, 330, 740, 851]), rng.randint(1000, 99999))
    return "%d" % rng.randint(100000, 999999)


OPENING = texts_dev.OPENING_PAIR, texts_holdout.OPENING_PAIR
OPENING = {"dev": texts_dev.OPENING_PAIR, "holdout": texts_holdout.OPENING_PAIR}


def scenarios(half):
    return MOD[half].SCENARIOS


def ordinary(half):
    return MOD[half].ORDINARY
