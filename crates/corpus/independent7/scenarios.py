"""Scenarios: per municipality, which documents exist, which meetings they hold and what the
danmarkskort items say. Each document gets its gold label here."""
import datetime as dt
from content import *

D = dt.date

COMMITTEES = ["Økonomiudvalget", "Social- og Sundhedsudvalget", "Børne- og Familieudvalget",
              "Udvalget for Social og Handicap", "Social- og Beskæftigelsesudvalget"]

# (plan, variant) for one half of 49 municipalities
PLAN = (
    [("ok_no_need", v) for v in ["plain", "plain", "plain", "amend_fell", "mindretal", "ad12", "via_committee",
                                 "via_committee", "spread", "udsat_then", "letter", "two_meetings", "plain",
                                 "cancelled_doc", "votes", "ad12", "plain", "via_committee", "other_plan",
                                 "mindretal", "letter", "plain"]] +
    [("ok_prepare", v) for v in ["plain", "plain", "amend_adopted", "via_committee", "spread", "udsat_then",
                                 "votes", "plain", "ad12", "other_plan", "via_committee", "plain"]] +
    [("no_position_na", v) for v in ["plain", "mindretal", "other_plan", "spread_only"]] +
    [("no_position_def", v) for v in ["plain", "after_committee"]] +
    [("late", v) for v in ["plain", "committee_in_time", "udsat_dec"]] +
    [("committee_only", v) for v in ["plain", "borgmester", "quote"]] +
    [("not_found", v) for v in ["other_maps", "cancelled", "letter_only"]]
)
assert len(PLAN) == 49, len(PLAN)

COUNCIL_DATES = [D(2022, m, d) for m, d in [(8, 25), (8, 30), (9, 1), (9, 22), (9, 27), (9, 29), (10, 4),
                                           (10, 6), (10, 25), (10, 27), (11, 1), (11, 24), (11, 29),
                                           (12, 6), (12, 13), (12, 15), (12, 20)]]

def meeting(r, body, kind, date, items, **kw):
    m = dict(body=body, kind=kind, date=date, time=r.choice(["16.00", "17.00", "17.30", "18.00", "19.00"]),
             place=r.choice(["Byrådssalen", "Rådhuset, mødesal 1", "Kommunalbestyrelsessalen", "Mødelokale 2, Rådhuset",
                             "Borgernes Hus"]),
             absent=r.choice(["Ingen", "Ingen", f"{r.choice(PEOPLE)} ({r.choice(PARTIES)})", "Ingen afbud"]),
             items=items)
    m.update(kw)
    return m

def fill(r, muni, date, council_name, core, n=None, misleading=0):
    """core: items that must be in the meeting; padded with ordinary items up to n (6-12)."""
    n = n or r.randint(6, 12)
    mis = misleading_items(r, muni, date, council_name)[:misleading]
    head = [dict(title="Godkendelse af dagsorden", sags="", indst=[], besl="Godkendt.")] if r.random() < 0.5 else []
    k = max(0, n - len(core) - len(mis) - len(head))
    items = [dict(x) for x in ordinary_items(r, muni, date)[:k]]
    for x in mis + core:
        items.insert(r.randint(min(1, len(items)), len(items)), dict(x))
    return head + items

def dk_item(r, muni, council, stance, decider="council", date=None, committee_name=None, variant="plain",
            prev=None, title=None):
    """stance: the stance the item's own body takes: no_need|prepare|not_addressed|deferred.
    decider: 'council' or 'committee'."""
    c = council
    it = dict(title=title or r.choice(DK_TITLES), sags=" ".join(dk_sags(r, muni, council)), prev=list(prev or []))
    want = stance
    rec = stance if stance in ("no_need", "prepare") else r.choice(["no_need", "prepare"])
    if stance == "not_addressed":
        it["indst"] = [f"{c} tager danmarkskortet 2022 til efterretning" if decider == "council" else "orienteringen tages til efterretning"]
        it["besl"] = r.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.", "Til efterretning."])
    else:
        it["indst"] = ["orienteringen om danmarkskortet 2022 tages til efterretning", stance_bullet(r, rec, c)]
        if stance == "deferred":
            it["besl"] = r.choice(["Udsat.", "Punktet blev udsat til næste møde.", f"Udsat efter ønske fra {r.choice(PARTIES)}."])
        elif variant == "ad12":
            it["besl"] = "Ad 1. Taget til efterretning.\nAd 2. Godkendt."
        elif variant == "votes":
            fo, im = votes(r)
            it["besl"] = f"For stemte: {', '.join(fo + im[:1])}.\nImod stemte: {', '.join(im[1:]) or 'ingen'}.\nIndstillingen er hermed godkendt."
        elif variant == "amend_fell":
            p = r.choice(["Ø", "F", "Å"])
            it["besl"] = (f"{p} stillede ændringsforslag om, at der udarbejdes en handlingsplan for den juridiske kvalitet på børnehandicapområdet.\n"
                          f"For ændringsforslaget stemte {p} og {r.choice(['F', 'Ø', 'Å'])} (4). Imod stemte de øvrige (23). Ændringsforslaget faldt.\n"
                          "Herefter blev indstillingen godkendt.")
        elif variant == "amend_adopted":
            it["indst"] = ["orienteringen om danmarkskortet 2022 tages til efterretning", stance_bullet(r, "no_need", c)]
            it["besl"] = ("V stillede ændringsforslag til 2. at-punkt: »at forvaltningen udarbejder en handlingsplan til styrkelse af den juridiske kvalitet, som forelægges inden sommerferien 2023«.\n"
                          "Ændringsforslaget blev vedtaget med 17 stemmer mod 10.\nIndstillingen blev herefter godkendt med den vedtagne ændring.")
        elif variant == "mindretal":
            it["besl"] = "Indstillingen godkendt.\nMindretalsudtalelse fra Ø: Enhedslisten mener, at en handlingsplan burde udarbejdes, da der er tale om borgernes retssikkerhed."
            if rec == "prepare":
                it["besl"] = "Indstillingen godkendt.\nMindretalsudtalelse fra O: Dansk Folkeparti finder ikke, at en handlingsplan er nødvendig."
        elif variant == "via_committee":
            body = (prev[0][0].split(" i ", 1)[1].split(" den ")[0]) if prev else "Økonomiudvalget"
            it["besl"] = r.choice(["Udvalgets indstilling tiltrådt.", f"Anbefalingen fra {body} blev fulgt.",
                                   f"{body}s indstilling blev godkendt." if body.endswith("et") else "Udvalgets anbefaling blev fulgt."])
        elif variant == "other_plan":
            it["sags"] += " Sagen skal ses i sammenhæng med handleplanen for økonomisk balance på det specialiserede børneområde, som blev vedtaget i foråret og som fortsætter uændret."
            it["besl"] = r.choice(["Godkendt.", "Indstillingen godkendt."])
        else:
            it["besl"] = r.choice(["Godkendt.", "Indstillingen godkendt.", "Indstillingen blev godkendt uden afstemning.", "Vedtaget."])
    if variant == "mindretal" and stance == "not_addressed":
        it["besl"] = "Taget til efterretning.\nMindretalsudtalelse fra F: SF havde gerne set, at forvaltningen kom med forslag til en handlingsplan."
    if variant == "other_plan" and stance == "not_addressed":
        it["sags"] += " Byrådet godkendte i marts en handlingsplan for nedbringelse af sagsbehandlingstiderne i Borgerservice, som ikke berøres af denne sag."
    it["dk"] = (2022, want)
    return it

def committee_quote_item(r, muni, council, committee, stance, quote_council=True):
    it = dk_item(r, muni, council, stance, decider="committee")
    if quote_council:
        it["indst"] = [f"udvalget anbefaler {council}, at orienteringen om danmarkskortet 2022 tages til efterretning",
                       f"udvalget anbefaler {council}, at " + stance_bullet(r, stance, "det").replace("det vurderer", "det vurderes").replace("det finder", "det vurderes").replace("udvalget og det", "udvalget og " + council)]
        it["route"] = f"Sagen afgøres i: {council}. Behandles i {committee} og Økonomiudvalget forinden."
    it["besl"] = r.choice(["Anbefales.", "Anbefales godkendt.", "Indstillingen anbefales over for " + council + "."])
    return it


def build_muni(r, code, muni, plan, variant, council):
    """Returns list of documents. document = dict(meetings=[...], gold=dict), and muni gold."""
    docs = []
    while True:
        cdates = sorted(r.sample(COUNCIL_DATES, 3))
        if all((b - a).days >= 20 for a, b in zip(cdates, cdates[1:])):
            break
    committee = r.choice(COMMITTEES)
    def cdoc(date, core, misleading=None, **kw):
        ms = [meeting(r, council, "council", date, fill(r, muni, date, council, core,
                      misleading=r.choice([0, 0, 1]) if misleading is None else misleading), **kw)]
        return dict(meetings=ms)
    def kdoc(date, core, misleading=0):
        return dict(meetings=[meeting(r, committee, "committee", date, fill(r, muni, date, council, core, misleading=misleading))])
    g = dict(outcome=None, action_plan=None, meeting_date=None, doc=None)
    stance = "no_need" if plan == "ok_no_need" else "prepare"
    if plan in ("ok_no_need", "ok_prepare"):
        d1, d2, d3 = cdates
        if variant in ("via_committee",):
            kd = d2 - dt.timedelta(days=r.choice([7, 9, 13]))
            docs.append(kdoc(kd, [committee_quote_item(r, muni, council, committee, stance)]))
            prev = [(f"Beslutning i {committee} den {long_date(kd)}", "Anbefales. Udvalget anbefaler, at " + stance_bullet(r, stance, council) + ".")]
            it = dk_item(r, muni, council, stance, variant="via_committee", prev=prev)
            docs.append(cdoc(d2, [it])); g.update(doc=len(docs)-1, date=d2)
            docs.append(cdoc(d3, []))
        elif variant in ("spread", "udsat_then"):
            first = dk_item(r, muni, council, "not_addressed" if variant == "spread" else "deferred")
            if variant == "spread":
                first["indst"] = [f"{council} tager danmarkskortet 2022 til efterretning",
                                  f"{council} på sit næste møde tager stilling til, om der skal udarbejdes en handlingsplan"]
                first["besl"] = "Ad 1. Taget til efterretning.\nAd 2. Godkendt. Sagen genoptages på næste møde."
            docs.append(cdoc(d1, [first]))
            sec = dk_item(r, muni, council, stance, title=r.choice(["Opfølgning på danmarkskortet 2022 – stillingtagen til handlingsplan",
                                                                     "Danmarkskort 2022 – genoptaget sag",
                                                                     "Omgørelsesprocenter 2022 – behov for handlingsplan"]))
            docs.append(cdoc(d2, [sec])); g.update(doc=len(docs)-1, date=d2)
            if r.random() < 0.5:
                docs.append(cdoc(d3, []))
        elif variant == "letter":
            ld = D(2022, r.choice([3, 4]), r.choice([24, 28, 29]))
            docs.append(cdoc(ld, [letter_2021_item(r, muni, council)]))
            docs.append(cdoc(d2, [dk_item(r, muni, council, stance)])); g.update(doc=len(docs)-1, date=d2)
        elif variant == "two_meetings":
            m1 = meeting(r, council, "council", d2, fill(r, muni, d2, council, [dk_item(r, muni, council, stance)]))
            dd = d2 + dt.timedelta(days=r.choice([6, 7, 8]))
            m2 = meeting(r, council, "council", dd, fill(r, muni, dd, council, [], n=r.randint(3, 5)), continued=True)
            docs.append(dict(meetings=[m1, m2])); g.update(doc=len(docs)-1, date=d2)
            docs.append(cdoc(d3, []))
        elif variant == "cancelled_doc":
            docs.append(dict(meetings=[meeting(r, council, "council", d1, [], cancelled=True)]))
            docs.append(cdoc(d2, [dk_item(r, muni, council, stance)])); g.update(doc=len(docs)-1, date=d2)
        else:
            v = variant if variant != "plain" else r.choice(["plain", "plain", "votes", "ad12"])
            if r.random() < 0.4:
                kd = d2 - dt.timedelta(days=8)
                docs.append(kdoc(kd, [committee_quote_item(r, muni, council, committee, stance)]))
            docs.append(cdoc(d2, [dk_item(r, muni, council, stance, variant=v)], misleading=1 if r.random() < 0.5 else 0))
            g.update(doc=len(docs)-1, date=d2)
            docs.append(cdoc(r.choice([d1, d3]), []))
        g.update(outcome="ok", action_plan=stance)
    elif plan == "no_position_na":
        d1, d2, d3 = cdates
        if variant == "spread_only":
            first = dk_item(r, muni, council, "not_addressed")
            first["indst"] = [f"{council} tager danmarkskortet 2022 til efterretning",
                              "forvaltningen vender tilbage med en vurdering af behovet for opfølgning"]
            first["besl"] = "Taget til efterretning."
            docs.append(cdoc(d2, [first]))
        else:
            docs.append(cdoc(d2, [dk_item(r, muni, council, "not_addressed", variant=variant)]))
        g.update(doc=len(docs)-1, date=d2)
        docs.append(cdoc(d3, []))
        g.update(outcome="no_position", action_plan="not_addressed")
    elif plan == "no_position_def":
        d1, d2, d3 = cdates
        if variant == "after_committee":
            kd = d2 - dt.timedelta(days=8)
            docs.append(kdoc(kd, [committee_quote_item(r, muni, council, committee, "prepare")]))
        docs.append(cdoc(d2, [dk_item(r, muni, council, "deferred")]))
        g.update(doc=len(docs)-1, date=d2)
        docs.append(cdoc(d3, []))
        g.update(outcome="no_position", action_plan="deferred")
    elif plan == "late":
        ld = D(2023, 1, r.choice([19, 24, 26, 31])) if variant != "udsat_dec" else D(2023, 2, r.choice([2, 23]))
        st = r.choice(["no_need", "prepare"])
        if variant == "committee_in_time":
            kd = D(2022, 12, r.choice([1, 6, 8]))
            docs.append(kdoc(kd, [committee_quote_item(r, muni, council, committee, st)]))
            docs.append(cdoc(cdates[1], []))
        elif variant == "udsat_dec":
            # deferred at a council meeting in December... then decided late. The deferral is
            # an in-time council treatment without a position -> the rule says no_position.
            # To keep this a clean 'late' case the December meeting only lists it as withdrawn.
            docs.append(cdoc(cdates[0], []))
        else:
            docs.append(cdoc(cdates[0], []))
        it = dk_item(r, muni, council, st, title="Danmarkskortet 2022 over omgørelsesprocenter på socialområdet")
        docs.append(cdoc(ld, [it])); g.update(doc=len(docs)-1, date=ld)
        g.update(outcome="late", action_plan=st)
    elif plan == "committee_only":
        kd = cdates[1] - dt.timedelta(days=6)
        st = r.choice(["no_need", "prepare"])
        if variant == "quote":
            docs.append(kdoc(kd, [committee_quote_item(r, muni, council, committee, st)]))
        else:
            it = dk_item(r, muni, council, st, decider="committee")
            it["route"] = f"Sagen afgøres i: {committee}."
            docs.append(kdoc(kd, [it]))
        core = []
        if variant == "borgmester":
            core = [dict(title="Orientering fra borgmesteren",
                         sags=f"Borgmesteren orienterede om: Ny aftale om busbetjening. {committee} har på sit møde den {long_date(kd)} behandlet danmarkskortet 2022 over omgørelsesprocenter på socialområdet. Kommunens placering er på niveau med sidste år. Status på byggeriet af plejecentret.",
                         indst=[], besl="Til efterretning.")]
        docs.append(cdoc(cdates[1], core))
        docs.append(cdoc(cdates[2], []))
        g.update(outcome="committee_only", action_plan=None)
    elif plan == "not_found":
        if variant == "other_maps":
            docs.append(cdoc(cdates[0], [], misleading=2))
            docs.append(cdoc(cdates[2], [], misleading=1))
        elif variant == "cancelled":
            docs.append(cdoc(cdates[0], [], misleading=1))
            docs.append(dict(meetings=[meeting(r, council, "council", cdates[2], [], cancelled=True,
                                               moved=["Budgetopfølgning", "Danmarkskort 2022 – omgørelsesprocenter på socialområdet", "Takster " + str(cdates[2].year+1)])]))
        else:
            ld = D(2022, 3, r.choice([24, 29, 31]))
            docs.append(cdoc(ld, [letter_2021_item(r, muni, council)]))
            docs.append(cdoc(cdates[1], [], misleading=1))
        g.update(outcome="not_found", action_plan=None)
    if len(docs) < 4 and r.random() < 0.35:
        # an ordinary committee meeting, appended so the treatment's index stays
        docs.append(kdoc(r.choice(COUNCIL_DATES) - dt.timedelta(days=r.choice([5, 7, 12])), [], misleading=r.choice([0, 1])))
    g["plan"] = {"ok_no_need": "ok_no_need", "ok_prepare": "ok_prepare"}.get(plan, plan)
    return docs, g
