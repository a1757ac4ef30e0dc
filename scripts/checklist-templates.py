"""Regenerates the cadre lists in resources/checklists/ from checklist-templates.tsv (python3, run from the repo root).

The items live in the TSV, one row each, so they can be edited in a spreadsheet: points are a number or a grade
table written 质量好:10/一般:5; an empty source means none is named; assumed is true where the value is ours.
"""
import csv
import json
from pathlib import Path

NAMES = {"party": "党建引领清单", "service": "公共服务清单", "development": "乡村发展清单", "duty": "依法履职清单", "assist": "依法协助清单"}
SOURCES = "来源：条目旁注明的文件；未注明来源且 assumed 为 true 的分值是按海南、昌江一带做法设定的假定值，村里须经村民代表大会或议事协商会调整通过后使用。"


def item(row):
    d = {"category": row["category"], "name": row["name"]}
    if ":" in row["points"]:
        d["grades"] = [{"label": label, "points": int(points)} for label, points in (g.split(":") for g in row["points"].split("/"))]
        d["points"] = None
    else:
        d["points"] = int(row["points"])
    d.update(unit=row["unit"], cadence=row["cadence"], evidence=row["evidence"])
    if row["source"]:
        d["source"] = row["source"]
    d["assumed"] = row["assumed"] == "true"
    if row["post"]:
        d["post"] = row["post"]
    return d


here = Path(__file__).parent
with open(here / "checklist-templates.tsv", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f, delimiter="\t"))
for code, name in NAMES.items():
    doc = {"code": code, "name": name, "sources": SOURCES, "items": [item(r) for r in rows if r["list"] == code]}
    json.dump(doc, open(f"resources/checklists/{code}.json", "w"), ensure_ascii=False, indent=1)
print(len(rows))
