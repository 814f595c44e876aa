"""Shared helpers: dates, names, transliteration. No wording of minutes lives here."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def d_long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def d_weekday(d):
    return f"{WEEKDAYS[d.weekday()]} den {d_long(d)}"


def d_dots(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_dash(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def d_iso(d):
    return d.isoformat() if d else None


def ascii_name(name):
    s = name
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        s = s.replace(a, b)
    return s


def full_name(name):
    if name == "Bornholm":
        return "Bornholms Regionskommune"
    return f"{name} Kommune"


def pick_date(rng, year, month, lo=1, hi=28, weekdays=(0, 1, 2, 3)):
    days = [d for d in range(lo, hi + 1) if dt.date(year, month, d).weekday() in weekdays]
    return dt.date(year, month, rng.choice(days))


def inferred_map_year(d):
    """The latest map published before a meeting on date d (maps come out around June)."""
    return d.year if d.month >= 6 else d.year - 1
