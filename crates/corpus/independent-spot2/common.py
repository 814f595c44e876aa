# -*- coding: utf-8 -*-
"""Shared helpers: Danish dates, names, companies."""
import datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST = ["Jens", "Mette", "Lars", "Hanne", "Søren", "Birgitte", "Henrik", "Lone", "Anders", "Kirsten",
         "Morten", "Pia", "Niels", "Susanne", "Thomas", "Karen", "Ole", "Dorte", "Michael", "Inge",
         "Rasmus", "Camilla", "Bjarne", "Tina", "Poul", "Helle", "Jesper", "Anja", "Kim", "Bodil"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Holm",
        "Brix", "Kjær", "Lund", "Dahl", "Bech", "Skov", "Winther", "Mortensen", "Friis", "Bundgaard"]
PARTIES = ["A", "V", "C", "F", "Ø", "O", "B", "I", "D", "Æ", "K", "Å"]
STREETS = ["Skolevej", "Møllegade", "Kirkebakken", "Havnevej", "Stationsvej", "Engvej", "Bøgealle",
           "Industrivej", "Søndergade", "Vestergade", "Lindevej", "Strandvejen", "Markvej", "Torvet"]
CO_STEM = ["Birkegaard", "Nordlys", "Vestkyst", "Fjordbyens", "Holmgaard", "Lyngsø", "Kastanje",
           "Søgaard", "Bakkely", "Engholm", "Skovbrynet", "Havblik", "Rosenlund", "Egely"]
CO_TAIL = ["Ejendomme ApS", "Maskinfabrik A/S", "Event ApS", "Byg & Anlæg A/S", "Logistik ApS",
           "Invest ApS", "Fødevarer A/S", "Stål ApS", "Camping ApS", "Hotel A/S"]


def dk_date(d):
    return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dk_date_long(d):
    return "%s den %s" % (WEEKDAYS[d.weekday()], dk_date(d))


def num_date(d, sep="."):
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def first_of_month(y, m):
    while m < 1:
        m += 12
        y -= 1
    while m > 12:
        m -= 12
        y += 1
    return datetime.date(y, m, 1)


class Ctx:
    """What a case needs to know about the meeting it is written into."""

    def __init__(self, rng, muni, council, date, kind):
        self.rng = rng
        self.muni = muni          # name
        self.council = council    # "Byrådet", "Kommunalbestyrelsen", ...
        self.date = date
        self.kind = kind          # council / committee / out_of_period
        self.used = set()

    def person(self):
        while True:
            n = "%s %s" % (self.rng.choice(FIRST), self.rng.choice(LAST))
            if n not in self.used:
                self.used.add(n)
                return n

    def member(self):
        return "%s (%s)" % (self.person(), self.rng.choice(PARTIES))

    def company(self):
        while True:
            n = "%s %s" % (self.rng.choice(CO_STEM), self.rng.choice(CO_TAIL))
            if n not in self.used:
                self.used.add(n)
                return n

    def street(self):
        return "%s %d" % (self.rng.choice(STREETS), self.rng.randint(2, 48))

    @property
    def cl(self):  # council in running text
        return self.council if self.council == "Borgerrepræsentationen" else self.council.lower()
