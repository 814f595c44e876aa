#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Print the README's class table from cases.py:  python3 -B classtable.py"""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES, CLASSES  # noqa: E402


def fmt(xs, why=False):
    out = []
    for x in xs:
        t = '**%s**: "%s"' % (x["tag"], x["phrase"].replace("|", "/"))
        if why:
            t += " (%s)" % x["why"]
        out.append(t)
    return "<br>".join(out)


print("| class | to read: dev / holdout / both | near miss: dev / holdout / both (lawful because) |")
print("|---|---|---|")
for c in CLASSES:
    print("| %s | %s | %s |" % (c, fmt([x for x in CASES if x["cls"] == c and x["expect"] == "flag"]),
                                fmt([x for x in CASES if x["cls"] == c and x["expect"] == "quiet"], True)))
