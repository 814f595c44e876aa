# -*- coding: utf-8 -*-
"""Ordinary items (no gold) that fill each meeting. Written for this corpus."""


def O(title, s, i, b, tab=None, plain=False):
    return dict(title=title, s=s, i=i, b=b, tab=tab, att=None, members=[], min_month=1, plain=plain)


ORDINARY = [
    O("Godkendelse af dagsorden", "Dagsordenen forelægges til godkendelse.", ["dagsordenen godkendes"], "Godkendt.", plain=True),
    O("Meddelelser fra borgmesteren", "Borgmesteren orienterer om aktuelle sager, herunder besøget fra venskabsbyen.",
      ["meddelelserne tages til efterretning"], "Taget til efterretning.", plain=True),
    O("Anlægsbevilling til renovering af Grønnegade", "Vejen renoveres på strækningen mellem Torvet og Stationen. Udgiften er afsat i budgettet.",
      ["der gives en anlægsbevilling på 4,6 mio. kr.", "udgiften finansieres af det afsatte rådighedsbeløb"], "Godkendt."),
    O("Valg af medlem til Folkeoplysningsudvalget", "Et medlem er udtrådt, og Venstre har peget på en ny kandidat.",
      ["det indstillede medlem vælges for resten af valgperioden"], "Godkendt."),
    O("Mødeplan for 2026", "Forslaget følger den hidtidige mødestruktur med møder den sidste torsdag i måneden.",
      ["mødeplanen godkendes"], "Godkendt."),
    O("Kvartalsrapport for beskæftigelsesindsatsen", "Ledigheden er faldet til 2,4 pct. Rapporten viser også, at flere unge er i uddannelse.",
      ["rapporten tages til efterretning"], "Taget til efterretning.",
      tab=[["Målgruppe", "Januar 2025", "Marts 2025"], ["Dagpengemodtagere", "812", "761"], ["Jobparate kontanthjælpsmodtagere", "344", "329"]]),
    O("Godkendelse af takster for leje af sportshaller", "Taksterne for udlejning til private arrangementer reguleres med pris- og lønudviklingen.",
      ["taksterne godkendes"], "Godkendt."),
    O("Orientering om klimaregnskab 2024", "Kommunens egen udledning er faldet med 11 pct. siden 2020, primært på grund af eldrevne køretøjer.",
      ["orienteringen tages til efterretning"], "Taget til efterretning."),
]
