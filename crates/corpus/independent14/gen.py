#!/usr/bin/env python3
"""Corpus 14 generator: models meetings per municipality, assigns layouts and halves, writes the
labelled gold. Rendering is in render.py. Python 3 standard library only."""
import csv, datetime, json, random, sys, unicodedata
from pathlib import Path

import texts as T

SEED = 20251414
MAP_YEAR = 2025
D = datetime.date

# four pairs; the seed sends one of each pair to each half
PAIRS = [("html_mødefakta", "html_portal"), ("pdf_chromium", "pdf_weasyprint"),
         ("pdf_libreoffice", "pdf_wkhtmltopdf"), ("pdf_groff", "pdf_enscript")]
PRODUCER = {"html_mødefakta": "html", "html_portal": "html", "pdf_chromium": "chromium",
            "pdf_weasyprint": "weasyprint", "pdf_libreoffice": "libreoffice",
            "pdf_wkhtmltopdf": "wkhtmltopdf", "pdf_groff": "groff+ps2pdf", "pdf_enscript": "enscript+ps2pdf"}

MIX = [("ok_prepare", 12), ("ok_no_need", 10), ("np_not_addressed", 6), ("np_deferred", 4),
       ("late", 6), ("committee_only", 5), ("not_found", 6)]

# variants per scenario, with the half they may appear in: "dev", "holdout" or "both"
VARIANTS = {
    "ok_prepare": [("p_godkendt", "both"), ("p_explicit_noword", "dev"), ("p_amend_adopted", "holdout"),
                   ("p_quote_committee", "both"), ("p_ad_bullets", "dev"), ("p_two_council", "holdout"),
                   ("p_vote_afgoerelse", "holdout"), ("p_amend_rejected", "dev")],
    "ok_no_need": [("n_godkendt", "both"), ("n_explicit", "dev"), ("n_choose_model", "holdout"),
                   ("n_amend_rejected", "both"), ("n_ad_bullets", "holdout"), ("n_quote_chain", "dev")],
    "np_not_addressed": [("a_efterretning", "both"), ("a_droeftet", "dev"), ("a_quote_orientering", "holdout"),
                         ("a_minority", "holdout"), ("a_ad_bullets", "dev")],
    "np_deferred": [("d_udsat", "both"), ("d_sendback", "dev"), ("d_udsat_then_late", "holdout"),
                    ("d_besluttede_udsaette", "holdout"), ("d_genoptages", "dev")],
    "late": [("l_jan_named", "both"), ("l_feb_noyear", "dev"), ("l_mar_figures", "holdout"),
             ("l_jan_note", "both")],
    "committee_only": [("c_oeu_prepare", "both"), ("c_joint_no_need", "dev"), ("c_quotes_council", "holdout"),
                       ("c_handicapraad", "holdout"), ("c_udvalg_label", "dev")],
    "not_found": [("f_other_maps", "both"), ("f_letter_feb", "dev"), ("f_status_plan", "holdout"),
                  ("f_employment", "holdout"), ("f_mention_only", "dev")],
}


def ascii_name(s):
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.lower().replace(" ", "-").replace(".", "")


def rand_date(rng, a, b):
    return a + datetime.timedelta(days=rng.randrange((b - a).days + 1))


def weekday_date(rng, a, b):
    d = rand_date(rng, a, b)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


# ---------------------------------------------------------------- meeting and item models

def meeting(ctx, body, date, items, rng, display=None, label=None, place=None, joint=False):
    if body == "council":
        disp = display or ctx["council"]
    else:
        disp = display
    return {
        "body": body, "display": disp, "label": label or rng.choice(["Udvalg", "Organ", "Møde", "Mødeforum"]),
        "date": date, "time": rng.choice(["16.00", "17.00", "18.30", "15.30", "19.00", "08.30"]),
        "end": rng.choice(["18.45", "20.10", "21.30", "17.55"]),
        "place": place or rng.choice(["Byrådssalen, Rådhuset", "Mødelokale 1, Rådhuset", "Kantinen, Rådhuset",
                                      "Mødesal A", "Kommunalbestyrelsessalen"]),
        "absent": rng.choice([[], [rng.choice(T.PEOPLE)], rng.sample(T.PEOPLE, 2)]),
        "items": items, "joint": joint,
    }


def item(title, sections, decision, heading="Beslutning", between=None, quoted=None, dk=None, casenr=None):
    return {"title": title, "sections": sections, "decision": decision, "heading": heading,
            "between": between or [], "quoted": quoted or [], "dk": dk, "casenr": casenr}


def own_heading(ctx, date, rng, style=None):
    cn = ctx["council"]
    g = T.genitive(cn)
    opts = {
        "plain": "Beslutning",
        "body_date": f"Beslutning i {cn} {T.dden(date, rng)}",
        "gen_date": f"{g} beslutning {T.dden(date, rng)}",
        "paa_moedet": f"Beslutning på {'byrådsmødet' if cn == 'Byrådet' else 'mødet'} den {T.dlong(date)}",
        "afgoerelse": "Afgørelse",
        "behandling": "Behandling i mødet",
        "protokol": f"{cn}, {T.dlong(date)}, pkt. {rng.randrange(3, 30)}:",
        "beslutninger": "Beslutninger",
    }
    return opts[style or rng.choice(list(opts))]


def committee_quote(cname, date, text, rng):
    h = rng.choice([f"Beslutning i {cname} {T.dden(date, rng)}",
                    f"{cname}, {T.dlong(date)}, pkt. {rng.randrange(2, 25)}:",
                    f"Beslutning fra {cname}, {T.dlong(date)}",
                    f"{cname}s beslutning {T.dden(date, rng)}"])
    return (h, text)


def between_lines(rng):
    k = rng.randrange(4)
    if k == 0:
        return [f"Fraværende: {rng.choice(T.PEOPLE)}"]
    if k == 1:
        return [f"Ikke til stede: {rng.choice(T.PEOPLE)}", f"Stedfortræder: {rng.choice(T.PEOPLE)}"]
    if k == 2:
        return [f"Inhabil: {rng.choice(T.PEOPLE)}", f"Fraværende med afbud: {rng.choice(T.PEOPLE)}"]
    return []


def dk_sections(ctx, rng, rec_lines, year=MAP_YEAR, avoid=False, figures=False, extra=None):
    avoid = avoid or ctx.get("_avoid", False)
    bg = T.dk_background(ctx, year, rng, avoid_word=avoid, figures_only=figures)
    secs = []
    if rng.random() < 0.5:
        secs.append((rng.choice(["Resumé", "Sagens kerne", "Beslutningstema"]), [bg[0]]))
        bg = bg[1:]
    secs.append((rng.choice(["Sagsfremstilling", "Sagsfremstilling", "Redegørelse", "Beskrivelse af sagen"]),
                 bg + (extra or [])))
    secs.append((rng.choice(["Indstilling", "Indstilling", "Forvaltningen indstiller"]), [rec_lines]))
    if rng.random() < 0.5:
        secs.append(("Økonomiske konsekvenser", ["Sagen har ingen direkte økonomiske konsekvenser."]))
    return secs


# ---------------------------------------------------------------- scenario builders
# Each returns a list of (meeting, is_treatment_candidate) and the dk gold is on the items.

def council_dk(ctx, rng, date, variant):
    """The council's own item on the map; returns (item, stance)."""
    cn = ctx["council"]
    cs = T.council_short(cn)
    comm = ctx["committee"]
    cdate = date - datetime.timedelta(days=rng.randrange(7, 21))
    prep = T.prepare_phrase(rng, cs)
    nono = T.no_need_phrase(rng, cs)
    note = T.note_phrase(rng, cs)
    eff = rng.choice(T.EXISTING_EFFORT)
    title_kind = rng.choice(["plain", "position", "noword", "plain"])
    # an item whose title avoids the word often avoids it in the background too
    ctx["_avoid"] = title_kind == "noword" and rng.random() < 0.6
    v = variant
    if v == "p_godkendt":
        secs = dk_sections(ctx, rng, [note, prep])
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [rng.choice(["Godkendt.", "Indstillingen godkendt.", "Indstillingen blev godkendt.",
                                 "Godkendt som indstillet.", "Indstillingen blev vedtaget uden afstemning."])],
                    heading=own_heading(ctx, date, rng), between=between_lines(rng)), "prepare"
    if v == "p_explicit_noword":
        rec = [f"at {cs} drøfter omgørelsesprocenterne i forhold til andre kommuner",
               f"at {cs} tager stilling til, om der er behov for en plan til styrkelse af den juridiske kvalitet"]
        secs = dk_sections(ctx, rng, rec, avoid=True)
        dec = rng.choice([
            f"{cn} drøftede resultaterne og besluttede, at forvaltningen udarbejder en plan for styrket "
            f"retssikkerhed i sagsbehandlingen, der forelægges Social- og Sundhedsudvalget i marts 2026.",
            f"{cn} besluttede at igangsætte et kvalitetsløft af afgørelserne på børnehandicapområdet. "
            "Forvaltningen fremlægger et konkret forløb med mål og tidsplan inden sommerferien."])
        return item(T.dk_title("noword", MAP_YEAR, rng), secs, [dec], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "prepare"
    if v == "p_amend_adopted":
        secs = dk_sections(ctx, rng, [note])
        party = rng.choice(["SF", "Enhedslisten", "Socialdemokratiet"])
        dec = [f"{party} stillede ændringsforslag om, {prep}.",
               f"For ændringsforslaget stemte {rng.randrange(14, 20)}, imod stemte {rng.randrange(6, 11)}. "
               "Ændringsforslaget blev dermed vedtaget.",
               "Indstillingen blev herefter godkendt med den vedtagne ændring."]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "prepare"
    if v == "p_quote_committee":
        rec = [f"at {cs} tager stilling til behovet for en handlingsplan"]
        secs = dk_sections(ctx, rng, rec)
        q = [committee_quote(comm, cdate, [f"Udvalget anbefaler over for {cs}, {prep}."], rng),
             committee_quote("Økonomiudvalget", cdate + datetime.timedelta(days=3), ["Anbefales."], rng)]
        dec = [rng.choice(["Som indstillet af Økonomiudvalget.", f"{comm}s anbefaling blev godkendt.",
                           "Anbefalingen følges."])]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng) or [f"Fraværende: {rng.choice(T.PEOPLE)}"], quoted=q), "prepare"
    if v == "p_ad_bullets":
        rec = ["1. at danmarkskortet tages til efterretning", f"2. {prep}"]
        secs = dk_sections(ctx, rng, rec)
        dec = ["Ad 1. Taget til efterretning.", "Ad 2. Godkendt."]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "prepare"
    if v == "p_vote_afgoerelse":
        secs = dk_sections(ctx, rng, [prep])
        dec = [f"For stemte: A, V, F og Ø ({rng.randrange(15, 22)})", "Imod stemte: ingen",
               f"Undlod at stemme: O og D ({rng.randrange(2, 5)})", "Indstillingen er vedtaget."]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng, "afgoerelse"),
                    between=between_lines(rng)), "prepare"
    if v == "p_amend_rejected":
        secs = dk_sections(ctx, rng, [prep])
        dec = [f"Venstre stillede ændringsforslag om, {nono}.",
               f"Ændringsforslaget blev forkastet med {rng.randrange(5, 9)} stemmer for og {rng.randrange(15, 22)} imod.",
               "Forvaltningens indstilling blev herefter godkendt."]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "prepare"
    if v == "p_second":  # the later treatment in p_two_council
        secs = dk_sections(ctx, rng, [prep], extra=[
            f"Sagen blev behandlet første gang i {cs} i september, hvor den blev udsat, så forvaltningen kunne "
            "uddybe analysen af omgørelserne på børnehandicapområdet. Analysen er vedlagt som bilag."])
        return item(T.dk_title("position", MAP_YEAR, rng) + " (genoptaget)", secs,
                    [rng.choice(["Godkendt.", "Indstillingen godkendt."])], heading=own_heading(ctx, date, rng)), "prepare"
    # ---- no_need
    if v == "n_godkendt":
        secs = dk_sections(ctx, rng, [nono], extra=[eff])
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [rng.choice(["Godkendt.", "Indstillingen tiltrådt.", "Godkendt uden afstemning.",
                                 f"{cn} godkendte indstillingen."])],
                    heading=own_heading(ctx, date, rng), between=between_lines(rng)), "no_need"
    if v == "n_explicit":
        rec = [f"at {cs} tager stilling til, om der skal udarbejdes en handlingsplan"]
        secs = dk_sections(ctx, rng, rec, extra=[eff])
        dec = rng.choice([
            f"{cn} finder ikke anledning til at udarbejde en handlingsplan. Kommunens omgørelsesprocent "
            "ligger under landsgennemsnittet, og det igangværende kvalitetsarbejde fortsætter.",
            f"{cn} vurderede, at den eksisterende kvalitetsindsats er tilstrækkelig, og at en særskilt plan "
            "ikke er nødvendig. Resultaterne følges op ved næste års kort."])
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [dec], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "no_need"
    if v == "n_choose_model":
        rec = [f"at {cs} vælger mellem model A: den nuværende juridiske kvalitetsindsats videreføres uden "
               "særskilt handlingsplan, og model B: der udarbejdes en handlingsplan for den juridiske kvalitet"]
        secs = dk_sections(ctx, rng, rec, extra=[eff])
        dec = [f"{cn} valgte model A. Der udarbejdes således ikke en handlingsplan; kvalitetsindsatsen "
               "fortsætter i sin nuværende form."]
        return item(T.dk_title("noword", MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "no_need"
    if v == "n_amend_rejected":
        secs = dk_sections(ctx, rng, [note, nono], extra=[eff])
        dec = [f"Enhedslisten foreslog, {prep}.",
               f"Forslaget blev forkastet. For stemte Ø og F ({rng.randrange(3, 6)}), imod stemte øvrige partier.",
               "Indstillingen blev herefter godkendt."]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "no_need"
    if v == "n_ad_bullets":
        rec = ["1. at orienteringen om omgørelsesprocenterne tages til efterretning",
               "2. at der på baggrund af den igangværende kvalitetsindsats ikke er behov for en handlingsplan"]
        secs = dk_sections(ctx, rng, rec, extra=[eff])
        dec = ["Ad 1: Taget til efterretning.", "Ad 2: Godkendt."]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "no_need"
    if v == "n_quote_chain":
        rec = [note, nono]
        secs = dk_sections(ctx, rng, rec, extra=[eff])
        q = [committee_quote(comm, cdate, [f"Udvalget anbefaler, {nono}."], rng),
             committee_quote("Økonomiudvalget", cdate + datetime.timedelta(days=4), ["Indstilles til godkendelse."], rng)]
        dec = [rng.choice(["Som indstillet.", "Økonomiudvalgets indstilling blev godkendt."])]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng), quoted=q), "no_need"
    # ---- not addressed
    if v == "a_efterretning":
        secs = dk_sections(ctx, rng, [note])
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs,
                    [rng.choice(["Taget til efterretning.", "Orienteringen blev taget til efterretning.",
                                 f"{cn} tog sagen til efterretning.", "Orienteringen taget til efterretning."])],
                    heading=own_heading(ctx, date, rng), between=between_lines(rng)), "not_addressed"
    if v == "a_droeftet":
        secs = dk_sections(ctx, rng, ["at resultaterne drøftes"], avoid=True)
        return item(T.dk_title("noword", MAP_YEAR, rng), secs, [rng.choice(["Drøftet.", "Sagen blev drøftet."])],
                    heading=own_heading(ctx, date, rng, "behandling"), between=between_lines(rng)), "not_addressed"
    if v == "a_quote_orientering":
        secs = dk_sections(ctx, rng, [note])
        q = [committee_quote(comm, cdate, ["Til orientering. Sagen oversendes til " + cs + "."], rng)]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [f"{cn} tog orienteringen til efterretning."],
                    heading=own_heading(ctx, date, rng), between=between_lines(rng), quoted=q), "not_addressed"
    if v == "a_minority":
        secs = dk_sections(ctx, rng, [note])
        dec = ["Taget til efterretning.",
               "Enhedslisten ønskede følgende ført til protokols: Enhedslisten mener, at omgørelsesprocenten "
               "på børnehandicapområdet er for høj, og at der burde være udarbejdet en handlingsplan."]
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, dec, heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "not_addressed"
    if v == "a_ad_bullets":
        rec = [f"1. at {cs} drøfter omgørelsesprocenterne for hele socialområdet og de to handicapområder",
               "2. at orienteringen i øvrigt tages til efterretning"]
        secs = dk_sections(ctx, rng, rec)
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, ["Ad 1. Drøftet.", "Ad 2. Taget til efterretning."],
                    heading=own_heading(ctx, date, rng), between=between_lines(rng)), "not_addressed"
    # ---- deferred
    if v in ("d_udsat", "d_udsat_then_late"):
        secs = dk_sections(ctx, rng, [note, prep])
        dec = rng.choice(["Udsat.", "Punktet blev udsat.", "Sagen blev udsat til næste møde.",
                          "Punktet udsættes.", "Sagen blev efter ønske fra Venstre udsat til et senere møde."])
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [dec], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "deferred"
    if v == "d_sendback":
        secs = dk_sections(ctx, rng, [nono], extra=[eff])
        dec = f"Sagen blev sendt tilbage til {comm} med henblik på en nærmere analyse af omgørelserne på børnehandicapområdet."
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [dec], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "deferred"
    if v == "d_besluttede_udsaette":
        secs = dk_sections(ctx, rng, [prep])
        dec = f"{cn} besluttede at udsætte behandlingen, da bilaget med kommunens tal ikke var udsendt rettidigt."
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [dec], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "deferred"
    if v in ("d_genoptages", "p_first"):
        secs = dk_sections(ctx, rng, [note, prep])
        dec = "Drøftet. Sagen genoptages på et senere møde, når forvaltningen har uddybet analysen."
        return item(T.dk_title(title_kind, MAP_YEAR, rng), secs, [dec], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "deferred"
    # ---- late (meeting in 2026)
    if v == "l_jan_named":
        secs = dk_sections(ctx, rng, [prep])
        return item(T.dk_title("plain", MAP_YEAR, rng), secs, ["Godkendt."], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "prepare"
    if v == "l_feb_noyear":
        secs = dk_sections(ctx, rng, [nono], extra=[eff, "Behandlingen sker efter årsskiftet, da sagen ikke nåede "
                                                      "dagsordenen for decembermødet."])
        # the background names the year; keep the title without one
        return item(T.dk_title("noyear", MAP_YEAR, rng), secs, ["Indstillingen godkendt."],
                    heading=own_heading(ctx, date, rng), between=between_lines(rng)), "no_need"
    if v == "l_mar_figures":
        secs = dk_sections(ctx, rng, [prep], figures=True)
        return item(T.dk_title("figures", MAP_YEAR, rng), secs, ["Godkendt."], heading=own_heading(ctx, date, rng),
                    between=between_lines(rng)), "prepare"
    if v == "l_jan_note":
        secs = dk_sections(ctx, rng, [note])
        return item(T.dk_title("plain", MAP_YEAR, rng), secs, ["Taget til efterretning."],
                    heading=own_heading(ctx, date, rng), between=between_lines(rng)), "not_addressed"
    if v == "d_late_followup":
        secs = dk_sections(ctx, rng, [prep], extra=["Sagen blev udsat på mødet i december."])
        return item(T.dk_title("plain", MAP_YEAR, rng), secs, ["Godkendt."], heading=own_heading(ctx, date, rng)), "prepare"
    raise KeyError(v)


def committee_dk(ctx, rng, date, cname, stance, quote_council=False, year=MAP_YEAR, joint=False):
    cs = T.council_short(ctx["council"])
    head_name = cname
    if joint:
        cname = "udvalgene"
    if stance == "prepare":
        rec = [f"at {cname} over for {cs} anbefaler, {T.prepare_phrase(rng, cs)}"]
    elif stance == "no_need":
        rec = [f"at {cname} anbefaler {cs}, {T.no_need_phrase(rng, cs)}"]
    else:
        rec = [rng.choice(["at orienteringen tages til efterretning", "at rådet drøfter resultaterne"
                           if cname == "Handicaprådet" else "at udvalget drøfter resultaterne",
                           "at sagen tages til orientering"])]
    extra = []
    if quote_council:
        extra.append(f"{ctx['council']} behandlede danmarkskortet for 2024 den {T.dlong(D(2024, 12, 12))} og "
                     "besluttede da, at der skulle udarbejdes en handlingsplan. Beslutning i "
                     f"{ctx['council']} den 12.12.2024: Godkendt.")
    extra.append(rng.choice(["Sagen afgøres i: " + ctx["council"],
                             f"Sagen forelægges {cs} på mødet den {T.dlong(date + datetime.timedelta(days=rng.randrange(8, 20)))}."]))
    secs = dk_sections(ctx, rng, rec, year=year, extra=extra)
    dec = [rng.choice(["Anbefales.", f"Indstillingen anbefales over for {cs}.", "Udvalget anbefaler indstillingen.",
                       "Indstillingen tiltrådt og videresendes.",
                       f"Et flertal bestående af A, C og V ({rng.randrange(4, 7)}) anbefaler indstillingen. "
                       "Et mindretal (Ø) kunne ikke anbefale indstillingen."])] if stance != "not_addressed" else ["Taget til efterretning."]
    it = item(T.dk_title(rng.choice(["plain", "position", "noword"]), year, rng), secs, dec,
              heading=rng.choice(["Beslutning", "Udvalgenes beslutning" if joint else f"Beslutning i {head_name}",
                                  "Fællesmødets beslutning" if joint else f"{head_name}s beslutning"]))
    it["dk"] = {"map_year": year, "action_plan": stance}
    return it


def filler(ctx, rng, date, kinds):
    out = []
    for k in kinds:
        title, secs, dec, dk = T.distractor(k, ctx, rng, date)
        it = item(title, secs, dec, heading="Beslutning")
        it["dk"] = dk
        out.append(it)
    return out


def assemble(rng, dkitem, before, after):
    return before + [dkitem] + after


def build_municipality(ctx, scen, variant, rng):
    """Returns (meetings, expected (outcome, action_plan))."""
    cn = ctx["council"]
    ms = []
    comm = ctx["committee"]
    S = lambda n: rng.sample(["budget", "lokalplan", "trafik", "klima", "natur", "bredbaand"], n)

    def council_meeting(date, dk_variant, display=None, label=None, extra_kinds=None):
        it, stance = council_dk(ctx, rng, date, dk_variant)
        it["dk"] = {"map_year": MAP_YEAR, "action_plan": stance}
        it["casenr"] = T.casenr(rng)
        pick = S(3)
        nb = rng.randrange(1, 3)
        before = filler(ctx, rng, date, ["dagsorden"] + pick[:nb])
        after = filler(ctx, rng, date, extra_kinds if extra_kinds is not None else pick[nb:nb + 1])
        return meeting(ctx, "council", date, before + [it] + after, rng, display=display, label=label)

    def committee_meeting(date, stance, cname=None, display=None, joint=False, quote_council=False, place=None, label=None):
        cname = cname or comm
        it = committee_dk(ctx, rng, date, cname, stance, quote_council=quote_council, joint=joint)
        it["casenr"] = T.casenr(rng)
        its = filler(ctx, rng, date, ["dagsorden"]) + [it] + filler(ctx, rng, date, [rng.choice(["budget", "handicapraad"])])
        return meeting(ctx, "committee", date, its, rng, display=display or cname, joint=joint, place=place, label=label)

    def distract_meeting(body, date, kinds, display=None):
        its = filler(ctx, rng, date, ["dagsorden"] + kinds)
        return meeting(ctx, body, date, its, rng, display=display or (cn if body == "council" else comm))

    in_time = lambda: weekday_date(rng, D(2025, 8, 25), D(2025, 12, 18))
    late_d = lambda a, b: weekday_date(rng, a, b)
    disp = council_display(ctx, rng)
    v = variant
    if scen in ("ok_prepare", "ok_no_need", "np_not_addressed", "np_deferred"):
        d = in_time()
        if v == "p_two_council":
            d1 = weekday_date(rng, D(2025, 9, 1), D(2025, 9, 30))
            d2 = weekday_date(rng, D(2025, 11, 10), D(2025, 12, 17))
            ms.append(council_meeting(d1, "p_first", display=disp))
            ms.append(council_meeting(d2, "p_second", display=council_display(ctx, rng)))
        else:
            ms.append(council_meeting(d, v, display=disp))
        first_council = ms[0]["date"]
        cst = {"ok_prepare": "prepare", "ok_no_need": "no_need"}.get(scen, rng.choice(["prepare", "not_addressed"]))
        if rng.random() < 0.7:
            ms.append(committee_meeting(first_council - datetime.timedelta(days=rng.randrange(8, 25)), cst))
        if v == "d_udsat_then_late":
            ms.append(council_meeting(weekday_date(rng, D(2026, 1, 12), D(2026, 2, 26)), "d_late_followup",
                                      display=council_display(ctx, rng)))
        if len(ms) < 4 and rng.random() < 0.6:
            ms.append(distract_meeting("council", weekday_date(rng, D(2025, 2, 1), D(2025, 6, 25)),
                                       [rng.choice(["letter2024", "status2024", "dk2020", "beskaeft"])]))
    elif scen == "late":
        if v == "l_jan_named":
            d = late_d(D(2026, 1, 8), D(2026, 1, 30))
        elif v == "l_feb_noyear":
            d = late_d(D(2026, 2, 2), D(2026, 2, 27))
        elif v == "l_mar_figures":
            d = late_d(D(2026, 3, 2), D(2026, 3, 27))
        else:
            d = late_d(D(2026, 1, 8), D(2026, 1, 30))
        ms.append(council_meeting(d, v, display=disp))
        ms.append(committee_meeting(weekday_date(rng, D(2025, 11, 20), D(2025, 12, 15)),
                                    rng.choice(["prepare", "no_need", "not_addressed"])))
        if rng.random() < 0.6:
            ms.append(distract_meeting("council", weekday_date(rng, D(2025, 10, 1), D(2025, 12, 18)),
                                       ["meddelelser", rng.choice(["budget", "klima", "letter2024"])]))
    elif scen == "committee_only":
        d = weekday_date(rng, D(2025, 9, 1), D(2025, 12, 12))
        if v == "c_oeu_prepare":
            ms.append(committee_meeting(d, "prepare", cname="Økonomiudvalget"))
        elif v == "c_joint_no_need":
            a, b = rng.sample(T.SOCIAL_COMMITTEES, 2)
            ms.append(committee_meeting(d, "no_need", cname=a, display=f"Fællesmøde mellem {a} og {b}", joint=True))
        elif v == "c_quotes_council":
            ms.append(committee_meeting(d, rng.choice(["prepare", "no_need"]), quote_council=True,
                                        place="Byrådssalen, Rådhuset"))
        elif v == "c_handicapraad":
            ms.append(committee_meeting(d, "not_addressed", cname="Handicaprådet"))
            ms.append(committee_meeting(d + datetime.timedelta(days=14), "prepare", cname="Økonomiudvalget"))
        else:  # c_udvalg_label
            ms.append(committee_meeting(d, "prepare", label="Udvalg", place="Byrådssalen"))
        ms.append(distract_meeting("council", weekday_date(rng, D(2025, 10, 1), D(2025, 12, 18)),
                                   ["meddelelser", rng.choice(["letter2024", "budget", "klima"])], display=disp))
        if len(ms) < 3 and rng.random() < 0.5:
            ms.append(distract_meeting("council", weekday_date(rng, D(2026, 1, 10), D(2026, 3, 20)), S(2)))
    elif scen == "not_found":
        if v == "f_other_maps":
            ms.append(distract_meeting("council", in_time(), ["dk2020", "natur"], display=disp))
            ms.append(distract_meeting("committee", in_time(), ["bredbaand", "budget"], display="Økonomiudvalget"))
        elif v == "f_letter_feb":
            ms.append(distract_meeting("council", weekday_date(rng, D(2025, 2, 3), D(2025, 2, 27)),
                                       ["feb2025_noyear", "lokalplan"], display=disp))
            ms.append(distract_meeting("council", weekday_date(rng, D(2025, 4, 1), D(2025, 6, 20)),
                                       ["letter2024", "trafik"]))
        elif v == "f_status_plan":
            ms.append(distract_meeting("council", in_time(), ["status2024", "klima"], display=disp))
            ms.append(distract_meeting("council", in_time(), ["meddelelser", "budget"]))
        elif v == "f_employment":
            ms.append(distract_meeting("council", in_time(), ["beskaeft", "natur"], display=disp))
            ms.append(distract_meeting("committee", in_time(), ["handicapraad", "beskaeft"], display=comm))
        else:  # f_mention_only
            ms.append(distract_meeting("council", in_time(), ["meddelelser", "lokalplan"], display=disp))
            ms.append(distract_meeting("council", weekday_date(rng, D(2026, 1, 12), D(2026, 3, 20)), ["dk2020", "budget"]))
        if rng.random() < 0.5:
            ms.append(distract_meeting("committee", in_time(), ["trafik", "handicapraad"], display=comm))
    while len(ms) < 2:
        ms.append(distract_meeting(rng.choice(["council", "committee"]), weekday_date(rng, D(2025, 3, 1), D(2025, 11, 28)),
                                   [rng.choice(["dk2020", "beskaeft", "status2024", "letter2024", "klima"]), "budget"]))
    return ms


def council_display(ctx, rng):
    cn = ctx["council"]
    if cn == "Borgerrepræsentationen":
        return rng.choice(["Borgerrepræsentationen", "Borgerrepræsentationen (BR)", "Københavns Borgerrepræsentation"])
    short = "KB" if cn == "Kommunalbestyrelsen" else "BY"
    return rng.choice([cn, cn, f"{cn} ({short})", f"Ekstraordinært møde i {cn}", f"{ctx['name']} {'Byråd' if cn == 'Byrådet' else 'Kommunalbestyrelse'}",
                       f"{cn} - åbent møde", ("Byråd" if cn == "Byrådet" else "Kommunalbestyrelse")])


# ---------------------------------------------------------------- the outcome rule (CONTRACT.md)

def decide(docs):
    Y = MAP_YEAR
    treat = []  # (date, body, path, stance)
    for path, g in docs:
        for it in g["dk_items"]:
            if it["map_year"] == Y:
                treat.append((g["meeting_date"], g["body"], path, it["action_plan"]))
    if not treat:
        return "not_found", None, None, None
    council = sorted([t for t in treat if t[1] == "council"], key=lambda t: (t[0], t[2]))
    if not council:
        return "committee_only", None, None, None
    intime = [t for t in council if t[0] <= f"{Y}-12-31"]
    if not intime:
        t = council[0]
        return "late", t[3], t[2], t[0]
    pos = [t for t in intime if t[3] in ("prepare", "no_need")]
    if pos:
        t = pos[0]
        return "ok", t[3], t[2], t[0]
    t = intime[-1]
    return "no_position", t[3], t[2], t[0]


EXPECT = {"ok_prepare": ("ok", "prepare"), "ok_no_need": ("ok", "no_need"),
          "np_not_addressed": ("no_position", "not_addressed"), "np_deferred": ("no_position", "deferred"),
          "committee_only": ("committee_only", None), "not_found": ("not_found", None)}


def main(out):
    out = Path(out)
    rng = random.Random(SEED)
    src = Path("/work/shared/data/kommuner.csv")
    if not src.exists():
        src = Path(__file__).resolve().parent / "kommuner.csv"
    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    assert len(rows) == 98
    codes = [r["code"] for r in rows]
    rng.shuffle(rows)
    halves = {"dev": rows[:49], "holdout": rows[49:]}
    layout_half = {"dev": [], "holdout": []}
    for a, b in PAIRS:
        if rng.random() < 0.5:
            a, b = b, a
        layout_half["dev"].append(a)
        layout_half["holdout"].append(b)
    plan = {"halves": {}, "layout_half": layout_half}
    for half, munis in halves.items():
        scen_list = []
        for s, n in MIX:
            allowed = [v for v, h in VARIANTS[s] if h in (half, "both")]
            for i in range(n):
                scen_list.append((s, allowed[i % len(allowed)]))
        rng.shuffle(scen_list)
        lays = layout_half[half]
        # spread every scenario over the four layouts
        by_s = {}
        entries = []
        for (s, v), r in zip(scen_list, munis):
            k = by_s.get(s, rng.randrange(4))
            by_s[s] = k + 1
            entries.append((r, s, v, lays[k % 4]))
        docs_gold, munis_gold, render_jobs, listing = {}, {}, [], []
        for r, s, v, lay in entries:
            code, name = r["code"], r["name"]
            mr = random.Random(f"{SEED}-{code}")
            council = T.council_name(code, mr)
            ctx = {"code": code, "name": name, "council": council, "council_s": T.council_short(council),
                   "committee": "Socialudvalget" if code == "101" else mr.choice(T.SOCIAL_COMMITTEES),
                   "rate_total": str(mr.randrange(14, 42)), "rate_bh": str(mr.randrange(15, 48)),
                   "rate_vh": str(mr.randrange(12, 40))}
            fk = mr.randrange(3)
            folder = [code if mr.random() < 0.5 else code.zfill(4), ascii_name(name), name.replace(" ", "-") + "-Kommune"][fk]
            meetings = build_municipality(ctx, s, v, mr)
            mdocs = []
            for i, m in enumerate(sorted(meetings, key=lambda m: m["date"])):
                ext = "html" if PRODUCER[lay] == "html" else "pdf"
                kind = "byraad" if m["body"] == "council" else "udvalg"
                fname = mr.choice([f"referat-{m['date'].isoformat()}.{ext}",
                                   f"{kind}_{m['date'].strftime('%Y%m%d')}.{ext}",
                                   f"Referat_{i + 1}.{ext}"])
                path = f"{folder}/{fname}"
                while path in docs_gold:
                    path = path.replace(f".{ext}", f"-{i}.{ext}")
                dk_items = [it["dk"] for it in m["items"] if it.get("dk")]
                g = {"status": "ok", "municipality_code": code, "body": m["body"],
                     "meeting_date": m["date"].isoformat(), "dk_items": dk_items, "pages": 1,
                     "producer": PRODUCER[lay], "layout": lay}
                docs_gold[path] = g
                mdocs.append((path, g))
                render_jobs.append({"path": path, "layout": lay, "meeting": m, "ctx": ctx, "half": half})
            outc, ap, tdoc, tdate = decide(mdocs)
            exp = EXPECT.get(s)
            if s == "late":
                assert outc == "late", (code, s, v, outc)
            else:
                assert (outc, ap) == exp, (code, s, v, outc, ap)
            munis_gold[code] = {"name": name, "plan": s, "outcome": outc, "action_plan": ap,
                                "treatment_document": tdoc, "meeting_date": tdate, "variant": v, "layout": lay}
            listing.append((code, name, folder, lay, s, v))
        plan["halves"][half] = {"gold": {"map_year": MAP_YEAR, "municipalities": dict(sorted(munis_gold.items())),
                                         "documents": dict(sorted(docs_gold.items()))},
                                "jobs": render_jobs, "listing": sorted(listing)}
    return plan


if __name__ == "__main__":
    p = main(sys.argv[1])
    for h, v in p["halves"].items():
        print(h, len(v["gold"]["municipalities"]), len(v["gold"]["documents"]))
