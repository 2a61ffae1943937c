#!/usr/bin/env python3
"""Deterministic national registry for sb40's benchmarks.

Writes into OUTDIR: zones.csv (317 zones over the 14 regions), enterprises.csv
(N firms, default 1,000,000) and observations.csv (10 years x 5 indicators for
every zone).  Same arguments, same bytes: a fixed linear congruential generator,
no randomness from the system.

    gen.py OUTDIR [N]
"""
import os
import sys

REGIONS = [  # (name as sb40 knows it, zones); 317 in all, the named ones from article 002
    ("Samarkand region", 22), ("Tashkent region", 22), ("Bukhara region", 21),
    ("Namangan region", 19), ("Republic of Karakalpakstan", 11), ("Tashkent city", 8),
    ("Andijan region", 27), ("Fergana region", 27), ("Jizzakh region", 27),
    ("Navoiy region", 27), ("Kashkadarya region", 27), ("Syrdarya region", 27),
    ("Surkhandarya region", 26), ("Khorezm region", 26),
]
FORMS = [("limited liability company", 648), ("private enterprise", 226),
         ("family enterprise", 123), ("unitary enterprise", 3)]
ACTIVITIES = ["10.11", "13.20", "14.39", "16.10", "22.29", "23.61", "25.11", "27.12",
              "28.29", "31.09", "45.20", "47.11", "52.10", "62.01", "96.02"]
SYLLABLES = ["Oʻz", "Toshkent", "Gʻalla", "Sam", "Bux", "Nur", "Oltin", "Yangi", "Ipak",
             "Baraka", "Qurilish", "Mebel", "Texno", "Agro", "Savdo", "Servis"]


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % n


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000
    os.makedirs(out, exist_ok=True)
    rng = Lcg(20261122)
    zones = []
    with open(os.path.join(out, "zones.csv"), "w", encoding="utf-8") as f:
        f.write("code,name,region,district,kind,established,area_ha,production_area_m2,specialisation\n")
        for ri, (region, count) in enumerate(REGIONS):
            for k in range(count):
                code = "Z%02d-%03d" % (ri + 1, k + 1)
                area = 2 + rng.next(150) / 10.0
                zones.append((code, region))
                f.write("%s,KSZ %s %d,%s,District %d,small-industrial,%d,%.1f,%d,manufacturing\n"
                        % (code, region.split()[0], k + 1, region, k % 7 + 1,
                           2017 + rng.next(8), area, int(area * 10000 * 0.6)))
    by_region = {}
    for code, region in zones:
        by_region.setdefault(region, []).append(code)
    forms = [f for f, w in FORMS for _ in range(w)]
    with open(os.path.join(out, "enterprises.csv"), "w", encoding="utf-8") as f:
        f.write("tin,name,legal_form,activity_code,region,zone,registered_on,status\n")
        lines = []
        for i in range(n):
            region, _ = REGIONS[rng.next(len(REGIONS))]
            zone = ""
            if rng.next(10) < 3:
                zs = by_region[region]
                zone = zs[rng.next(len(zs))]
            name = "%s %s %d" % (SYLLABLES[rng.next(16)], SYLLABLES[rng.next(16)], i + 1)
            status = "active" if rng.next(20) else "liquidated"
            lines.append("%d,%s,%s,%s,%s,%s,%04d-%02d-%02d,%s\n" % (
                300000000 + i, name, forms[rng.next(1000)], ACTIVITIES[rng.next(15)],
                region, zone, 2000 + rng.next(26), 1 + rng.next(12), 1 + rng.next(28), status))
            if len(lines) == 10000:
                f.writelines(lines)
                lines = []
        f.writelines(lines)
    with open(os.path.join(out, "observations.csv"), "w", encoding="utf-8") as f:
        f.write("entity,indicator,period,value,source\n")
        for code, _ in zones:
            firms = 10 + rng.next(60)
            for year in range(2016, 2026):
                firms += rng.next(8)
                f.write("zone:%s,enterprises,%d,%d,generated\n" % (code, year, firms))
                f.write("zone:%s,workers,%d,%d,generated\n" % (code, year, firms * (5 + rng.next(6))))
                f.write("zone:%s,output,%d,%.1f,generated\n" % (code, year, firms * (100 + rng.next(900)) / 10.0))
                f.write("zone:%s,investment,%d,%.1f,generated\n" % (code, year, rng.next(50000) / 10.0))
                f.write("zone:%s,infrastructure_pct,%d,%d,generated\n" % (code, year, 50 + rng.next(51)))


if __name__ == "__main__":
    main()
