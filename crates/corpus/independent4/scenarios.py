"""Scenarios: which meetings a municipality held and what its council decided about the 2025 map.

Each scenario returns (meetings, outcome, action_plan, treatment_index) where treatment_index
points into meetings (the deciding council treatment under the rules of CONTRACT.md) or is None."""
import datetime as dt
from content import (agenda_open, announcements, ordinary_pool, noise_items, dk_item, letter_2024,
                     meeting_day, long_date)


def item(title, sections, decision, dk=None, prior=None, closed=False):
    return dict(title=title, sections=sections, decision=decision, dk=dk, prior=prior or [], closed=closed)


def meeting(m, rng, body, date, specials, noise=(), announce_dk=False, name=None):
    pool = ordinary_pool(m, rng, date)
    n_total = rng.randint(6, 11)
    nz = noise_items(m, rng)
    items = [item(*agenda_open(m, rng))]
    if body == "council" or announce_dk:
        items.append(item(*announcements(m, rng, date, announce_dk)))
    middle = [item(*nz[k]) for k in noise] + list(specials)
    fill = []
    for t, s, dcs in pool:
        if len(items) + len(middle) + len(fill) >= n_total:
            break
        if body == "committee" and dcs.startswith("Godkendt"):
            dcs = rng.choice(["Anbefales.", f"Anbefales over for {m.council}.", "Indstillingen anbefales."])
        fill.append(item(t, s, dcs, closed=t.startswith("Salg af")))
    opens = [i for i in fill if not i["closed"]]
    closed = [i for i in fill if i["closed"]]
    for sp in middle:
        opens.insert(rng.randint(0, len(opens)), sp)
    items += opens + closed
    return dict(body=body, body_name=name, date=date, items=items)


def C(m, rng, date, specials, **kw):
    return meeting(m, rng, "council", date, specials, name=m.council, **kw)


def U(m, rng, date, specials, name=None, **kw):
    return meeting(m, rng, "committee", date, specials, name=name or m.social, **kw)


def d(rng, y, mo, lo=3, hi=26):
    return meeting_day(rng, y, mo, lo, hi)


def dk(m, rng, date, stance, body, decision, ap, prior=None, **kw):
    it = dk_item(m, rng, date, stance, body, **kw)
    return item(it["title"], it["sections"], decision, dk=(2025, ap), prior=prior)


def committee_rec(m, rng, date, stance, decision="Anbefales.", name=None, **kw):
    ap = stance if stance in ("prepare", "no_need") else None
    return dk(m, rng, date, stance, "committee", decision, ap, **kw)


def spare_council(m, rng, month, year=2025, **kw):
    return C(m, rng, d(rng, year, month), [], **kw)


# ------------------------------------------------------------------ ok

def ok_prepare_via_committee(m, rng):
    du, dc = d(rng, 2025, 11, 3, 12), d(rng, 2025, 12, 8, 18)
    u = U(m, rng, du, [committee_rec(m, rng, du, "prepare")])
    c = C(m, rng, dc, [dk(m, rng, dc, "prepare", "council", "Godkendt.", "prepare",
                          prior=[(m.social, du, "Anbefales.")])])
    return [spare_council(m, rng, 6), u, c], "ok", "prepare", 2


def ok_noneed_terse(m, rng):
    dc = d(rng, 2025, 10, 20, 30)
    c = C(m, rng, dc, [dk(m, rng, dc, "no_need", "council",
                          f"{m.council} finder ikke anledning til at iværksætte yderligere tiltag.", "no_need")])
    return [spare_council(m, rng, 8), c, spare_council(m, rng, 12)], "ok", "no_need", 1


def ok_title_nomap_prepare(m, rng):
    dc = d(rng, 2025, 11, 15, 27)
    c = C(m, rng, dc, [dk(m, rng, dc, "note", "council",
                          "Forvaltningen udarbejder en plan for at styrke den juridiske kvalitet i sagsbehandlingen. Orienteringen blev i øvrigt taget til efterretning.",
                          "prepare", title="Omgørelsesprocenter på socialområdet 2025", wording="nomap")])
    return [c, spare_council(m, rng, 9)], "ok", "prepare", 0


def ok_statistik_noneed(m, rng):
    du, dc = d(rng, 2025, 11, 3, 10), d(rng, 2025, 12, 1, 12)
    u = U(m, rng, du, [committee_rec(m, rng, du, "no_need", title="Ankestyrelsens statistik over afgørelser i klagesager 2025", wording="nomap")])
    c = C(m, rng, dc, [dk(m, rng, dc, "no_need", "council", "Som foreslået.", "no_need",
                          title="Ankestyrelsens statistik over afgørelser i klagesager 2025", wording="nomap",
                          prior=[(m.social, du, "Anbefales.")])])
    return [u, c], "ok", "no_need", 1


def ok_anbefaling_fulgt(m, rng):
    du, dc = d(rng, 2025, 10, 6, 16), d(rng, 2025, 11, 3, 27)
    u = U(m, rng, du, [committee_rec(m, rng, du, "no_need")], name=m.oeu)
    c = C(m, rng, dc, [dk(m, rng, dc, "no_need", "council", "Anbefalingen blev fulgt.", "no_need",
                          prior=[(m.oeu, du, f"Økonomiudvalget anbefaler over for {m.council}, at indstillingen godkendes.")])])
    return [u, c], "ok", "no_need", 1


def ok_amendment_prepare(m, rng):
    dc = d(rng, 2025, 12, 2, 17)
    c = C(m, rng, dc, [dk(m, rng, dc, "no_need", "council",
                          "Ændringsforslag fra F og Ø: at der udarbejdes en handlingsplan til styrkelse af den juridiske kvalitet på børnehandicapområdet. "
                          f"For ændringsforslaget stemte {rng.randint(14, 17)}, imod stemte {rng.randint(8, 12)}. Ændringsforslaget er vedtaget. "
                          "Indstillingen blev herefter godkendt med den vedtagne ændring.", "prepare")])
    return [spare_council(m, rng, 9), c], "ok", "prepare", 1


def ok_minority_lost_noneed(m, rng):
    dc = d(rng, 2025, 11, 10, 27)
    c = C(m, rng, dc, [dk(m, rng, dc, "no_need", "council",
                          "Et mindretal bestående af Ø og F ønskede, at der udarbejdes en handlingsplan. Forslaget blev forkastet med 5 stemmer for og "
                          f"{rng.randint(18, 24)} imod. Indstillingen blev herefter godkendt.", "no_need")],
          noise=["klima"])
    return [spare_council(m, rng, 5), c, spare_council(m, rng, 12)], "ok", "no_need", 1


def ok_postponed_then_prepare(m, rng):
    d1, d2 = d(rng, 2025, 10, 6, 16), d(rng, 2025, 12, 1, 16)
    c1 = C(m, rng, d1, [dk(m, rng, d1, "prepare", "council", "Udsat.", None)])
    c2 = C(m, rng, d2, [dk(m, rng, d2, "prepare", "council", "Indstillingen godkendt.", "prepare",
                           prior=[(m.council, d1, "Udsat.")])])
    return [c1, c2], "ok", "prepare", 1


def ok_letter2024_then_noneed(m, rng):
    d1, d2 = d(rng, 2025, 3, 4, 27), d(rng, 2025, 12, 1, 17)
    l = letter_2024(m, rng)
    c1 = C(m, rng, d1, [item(l["title"], l["sections"], "Taget til efterretning.", dk=(2024, None))])
    c2 = C(m, rng, d2, [dk(m, rng, d2, "no_need", "council", "Godkendt.", "no_need")])
    return [c1, spare_council(m, rng, 6), c2], "ok", "no_need", 2


def ok_noise_prepare(m, rng):
    dc = d(rng, 2025, 11, 3, 26)
    c = C(m, rng, dc, [dk(m, rng, dc, "prepare", "council",
                          f"{m.council} vedtog, at der udarbejdes en handlingsplan, og at orienteringen i øvrigt tages til efterretning.", "prepare")],
          noise=["ladestandere", "beskaeftigelse"])
    c0 = spare_council(m, rng, 9, noise=["trafik"])
    return [c0, c], "ok", "prepare", 1


def ok_announced_then_noneed(m, rng):
    d1, d2 = d(rng, 2025, 8, 18, 28), d(rng, 2025, 10, 20, 30)
    c1 = C(m, rng, d1, [], announce_dk=True)
    c2 = C(m, rng, d2, [dk(m, rng, d2, "no_need", "council",
                           "Der er ikke behov for en handlingsplan. Orienteringen blev taget til efterretning.", "no_need")])
    return [c1, c2, spare_council(m, rng, 12)], "ok", "no_need", 1


def ok_per_bullet_prepare(m, rng):
    du, dc = d(rng, 2025, 11, 3, 12), d(rng, 2025, 12, 3, 18)
    u = U(m, rng, du, [committee_rec(m, rng, du, "prepare", decision="Ad 1. Anbefales. Ad 2. Anbefales.")])
    c = C(m, rng, dc, [dk(m, rng, dc, "prepare", "council", "Ad 1. Taget til efterretning.\nAd 2. Godkendt.", "prepare",
                          prior=[(m.social, du, "Ad 1. Anbefales. Ad 2. Anbefales.")])])
    return [u, c], "ok", "prepare", 1


def ok_vote_noneed(m, rng):
    dc = d(rng, 2025, 12, 2, 18)
    c = C(m, rng, dc, [dk(m, rng, dc, "no_need", "council",
                          f"Et flertal bestående af A, C, V og O ({rng.randint(17, 21)}) godkendte indstillingen.\n"
                          f"Imod stemte F og Ø ({rng.randint(4, 7)}), idet de ønskede en handlingsplan.", "no_need")],
          noise=["natur"])
    return [c, spare_council(m, rng, 6)], "ok", "no_need", 0


def ok_figures_year_prepare(m, rng):
    dc = d(rng, 2025, 9, 15, 26)
    c = C(m, rng, dc, [dk(m, rng, dc, "prepare", "council", "Indstillingen blev godkendt.", "prepare",
                          title="Omgørelsesprocenter i klagesager på socialområdet (tal for 2024)", figures_year=True)])
    return [spare_council(m, rng, 4), c, spare_council(m, rng, 11)], "ok", "prepare", 1


OK = [ok_prepare_via_committee, ok_noneed_terse, ok_title_nomap_prepare, ok_statistik_noneed,
      ok_anbefaling_fulgt, ok_amendment_prepare, ok_minority_lost_noneed, ok_postponed_then_prepare,
      ok_letter2024_then_noneed, ok_noise_prepare, ok_announced_then_noneed, ok_per_bullet_prepare,
      ok_vote_noneed, ok_figures_year_prepare]

# ------------------------------------------------------------------ no_position

def np_taken_note(m, rng):
    dc = d(rng, 2025, 11, 3, 27)
    c = C(m, rng, dc, [dk(m, rng, dc, "note", "council", "Taget til efterretning.", None)])
    return [spare_council(m, rng, 6), c], "no_position", None, 1


def np_postponed_decided_late(m, rng):
    d1, d2 = d(rng, 2025, 12, 8, 17), d(rng, 2026, 1, 19, 29)
    c1 = C(m, rng, d1, [dk(m, rng, d1, "prepare", "council", "Udsat til næste møde.", None)])
    c2 = C(m, rng, d2, [dk(m, rng, d2, "prepare", "council", "Godkendt.", "prepare", prior=[(m.council, d1, "Udsat til næste møde.")])])
    return [spare_council(m, rng, 9), c1, c2], "no_position", None, 1


def np_committee_plan_council_note(m, rng):
    du, dc = d(rng, 2025, 11, 3, 12), d(rng, 2025, 12, 1, 17)
    u = U(m, rng, du, [committee_rec(m, rng, du, "prepare", decision="Udvalget anbefaler, at der udarbejdes en handlingsplan.")])
    c = C(m, rng, dc, [dk(m, rng, dc, "note", "council", "Orienteringen blev taget til efterretning.", None)])
    return [u, c], "no_position", None, 1


def np_discussed(m, rng):
    dc = d(rng, 2025, 10, 6, 30)
    c = C(m, rng, dc, [dk(m, rng, dc, "note", "council",
                          f"{m.council} drøftede resultaterne af danmarkskortet. Sagen blev taget til orientering.", None)],
          noise=["beskaeftigelse"])
    return [c, spare_council(m, rng, 12)], "no_position", None, 0


NP = [np_taken_note, np_postponed_decided_late, np_committee_plan_council_note, np_discussed]

# ------------------------------------------------------------------ late

def late_january(m, rng):
    du, dc = d(rng, 2025, 12, 1, 11), d(rng, 2026, 1, 20, 29)
    u = U(m, rng, du, [committee_rec(m, rng, du, "prepare")])
    c = C(m, rng, dc, [dk(m, rng, dc, "prepare", "council", "Godkendt.", "prepare", prior=[(m.social, du, "Anbefales.")])])
    return [spare_council(m, rng, 12), u, c], "late", "prepare", 2


def late_february_after_announcement(m, rng):
    d1, d2 = d(rng, 2025, 9, 15, 26), d(rng, 2026, 2, 16, 26)
    c1 = C(m, rng, d1, [], announce_dk=True)
    c2 = C(m, rng, d2, [dk(m, rng, d2, "no_need", "council", "Indstillingen godkendt.", "no_need")])
    return [c1, c2], "late", "no_need", 1


def late_with_letter2024(m, rng):
    d1, d2 = d(rng, 2025, 4, 7, 28), d(rng, 2026, 3, 2, 26)
    l = letter_2024(m, rng)
    c1 = C(m, rng, d1, [item(l["title"], l["sections"], "Taget til efterretning.", dk=(2024, None))])
    c2 = C(m, rng, d2, [dk(m, rng, d2, "prepare", "council", "Godkendt.", "prepare")])
    return [c1, spare_council(m, rng, 11), c2], "late", "prepare", 2


LATE = [late_january, late_february_after_announcement, late_with_letter2024]

# ------------------------------------------------------------------ committee only

def co_social_decided(m, rng):
    du = d(rng, 2025, 11, 3, 26)
    u = U(m, rng, du, [committee_rec(m, rng, du, "prepare", decision="Godkendt.")])
    return [u, spare_council(m, rng, 12, noise=["klima"])], "committee_only", None, None


def co_oeu_recommends(m, rng):
    du = d(rng, 2025, 12, 1, 10)
    u = U(m, rng, du, [committee_rec(m, rng, du, "no_need", decision=f"Anbefales over for {m.council}.")], name=m.oeu)
    return [spare_council(m, rng, 10), u, spare_council(m, rng, 12)], "committee_only", None, None


CO = [co_social_decided, co_oeu_recommends]

# ------------------------------------------------------------------ not found

def nf_noise_only(m, rng):
    return [spare_council(m, rng, 10, noise=["ladestandere", "beskaeftigelse"]),
            spare_council(m, rng, 12, noise=["natur", "turisme"])], "not_found", None, None


def nf_letter2024_only(m, rng):
    d1 = d(rng, 2025, 3, 3, 27)
    l = letter_2024(m, rng)
    c1 = C(m, rng, d1, [item(l["title"], l["sections"], "Taget til efterretning.", dk=(2024, None))])
    return [c1, spare_council(m, rng, 11, noise=["trafik"])], "not_found", None, None


NF = [nf_noise_only, nf_letter2024_only]


def half_mix(n=49):
    """The scenario list of one half: 2 not_found, 2 committee_only, 3 late, 4 no_position, the rest ok."""
    mix = NF + CO + LATE + NP
    i = 0
    while len(mix) < n:
        mix.append(OK[i % len(OK)])
        i += 1
    return mix
