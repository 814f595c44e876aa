#!/usr/bin/env python3
"""A stand-in for `tilsyn scan` that echoes gold.json as report.json (self-check only)."""
import json, sys
from pathlib import Path
a = sys.argv[1:]
assert a[0] == "scan"
corpus = Path(a[1]); out = Path(a[a.index("--out") + 1]); year = int(a[a.index("--map-year") + 1])
g = json.loads((corpus.parent / "gold.json").read_text())
munis = [{"code": c, "name": m["name"], "outcome": m["outcome"], "action_plan": m["action_plan"],
          "treatment": ({"document": m["treatment_document"], "meeting_date": m["meeting_date"], "body": "council"}
                        if m["treatment_document"] else None), "review": [f"gold: {m['plan']}"], "evidence": []}
         for c, m in sorted(g["municipalities"].items())]
docs = [{"path": p, "municipality_code": d["municipality_code"], "status": d["status"], "error": None, "pages": d["pages"],
         "meeting_date": d["meeting_date"], "body": d["body"],
         "items": [{"kind": "danmarkskort", "map_year": i["map_year"], "action_plan": i["action_plan"]} for i in d["dk_items"]]}
        for p, d in sorted(g["documents"].items())]
out.mkdir(parents=True, exist_ok=True)
(out / "report.json").write_text(json.dumps({"schema_version": 1, "map_year": year, "municipalities": munis, "documents": docs}))
