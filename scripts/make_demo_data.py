#!/usr/bin/env python3
"""Build data/*.csv (sb40's import formats) from ../shared/data/seed/.

Facts are copied from the seed datasets (the three articles); the firms,
obligations and lots are illustrative (the articles name none) and say so in
their names/sources.  Run from the repository root:
    python3 scripts/make_demo_data.py ../shared/data/seed data
"""
import csv
import os
import sys

seed, out = sys.argv[1], sys.argv[2]


def rows(name):
    with open(os.path.join(seed, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, data):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(data)


def code(zone):
    return "TK-" + zone.upper().replace(" ", "-")


SRC_002 = "002 Table 1"
zones = rows("ksz_tashkent_2025.csv")
write("zones.csv",
      ["code", "name", "region", "district", "kind", "established", "area_ha",
       "production_area_m2", "specialisation"],
      [[code(z["zone"]), z["zone"], "Tashkent city", z["district"], "small-industrial",
        z["established"], z["area_ha"], "", z["specialisation"]] for z in zones])

obs = []
seen = set()


def add(entity, indicator, period, value, source):
    key = (entity, indicator, period)
    if key in seen:
        return
    seen.add(key)
    obs.append([entity, indicator, period, value, source])


for z in zones:
    add("zone:" + code(z["zone"]), "enterprises", "2025", z["enterprises"], SRC_002)
    add("zone:" + code(z["zone"]), "workers", "2025", z["workers"], SRC_002)
for t in rows("ksz_tashkent_timeline.csv"):
    note = "002 text" + ("; " + t["note"] if t["note"] else "")
    add("zone:" + code(t["zone"]), t["indicator"], t["year"], t["value"], note)
# The city totals quoted in the article's text (they disagree with the table).
add("region:Tashkent city", "enterprises", "2025", "647", "002 text")
add("region:Tashkent city", "area_ha", "2025", "132.7261", "002 text: 1,327,261 m2")
add("region:Tashkent city", "production_area_m2", "2025", "793886", "002 text")
add("region:Tashkent city", "zones", "2025", str(len(zones)), "002 Table 1")
for r in rows("ksz_regions_partial.csv"):
    add("region:" + r["region"], "zones", "2025", r["zones"], "002 text")
add("country:UZ", "zones", "2025", "317", "002 text")
names = {"total_output": "innov_output_total", "total_expenditure": "innov_expenditure_total",
         "small_business_output": "innov_output_small",
         "small_business_expenditure": "innov_expenditure_small"}
for r in rows("innovation_uz_2010_2020.csv"):
    for col, ind in names.items():
        add("country:UZ", ind, r["year"], r[col], "001 Table 1")
write("observations.csv", ["entity", "indicator", "period", "value", "source"], obs)
