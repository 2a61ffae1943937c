#!/usr/bin/python3
"""Write the reference cases for `sb40 regress` into tests/data/regress/.

Each case is a CSV of the columns used plus a JSON file with the command's
arguments and what statsmodels' OLS (and scipy.stats.pearsonr, for
--correlation) report on it.  The inputs are real data sets that Debian
ships: gretl's example files (package gretl-data), statsmodels' bundled data
(python3-statsmodels) and the article's Table 1 (../shared/data/seed).

Run from the repository root after `apt-get install python3-statsmodels
gretl-data`:  /usr/bin/python3 scripts/make_regress_refs.py
The output is committed; tests/cli/regress_refs.sh needs only python3.
"""
import csv
import json
import math
import os
import sys
import xml.etree.ElementTree as ET

import numpy as np
import scipy
import scipy.stats
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.stattools import durbin_watson

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "regress")
GRETL = "/usr/share/gretl/data"
SEED = os.path.join(ROOT, "..", "shared", "data", "seed")


def read_gdt(path):
    """A gretl data file (XML, plain or gzipped): {name: [floats]}."""
    import gzip
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    root = ET.fromstring(raw)
    names = [v.get("name") for v in root.find("variables")]
    cols = {n: [] for n in names}
    for obs in root.find("observations"):
        vals = obs.text.split()
        assert len(vals) == len(names), path
        for n, v in zip(names, vals):
            cols[n].append(float("nan") if v == "NA" else float(v))
    return cols


def read_csv(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return {k: [float(r[k]) for r in rows] for k in rows[0]}


def from_statsmodels(mod):
    d = mod.load_pandas().data
    return {c: [float(v) for v in d[c]] for c in d.columns}


def num(v):
    v = float(v)
    return None if not math.isfinite(v) else v


def reference(cols, y, xs, const, corr):
    """statsmodels' view of the regression, in sb40's JSON names."""
    names = [y] + xs
    data = np.column_stack([np.asarray(cols[n], dtype=float) for n in names])
    keep = ~np.isnan(data).any(axis=1)
    data = data[keep]
    yv, xv = data[:, 0], data[:, 1:]
    if const:
        xv = sm.add_constant(xv, has_constant="add")
    r = sm.OLS(yv, xv).fit()
    labels = (["const"] if const else []) + xs
    out = {
        "n": int(r.nobs),
        "coefficients": [
            {"name": labels[j], "estimate": num(r.params[j]), "std_error": num(r.bse[j]),
             "t": num(r.tvalues[j]), "p": num(r.pvalues[j])}
            for j in range(len(labels))
        ],
        "r2": num(r.rsquared),
        "adj_r2": num(r.rsquared_adj),
        "f": num(r.fvalue),
        "f_p": num(r.f_pvalue),
        "sigma": num(math.sqrt(r.scale)),
        "dw": num(durbin_watson(r.resid)),
        "log_likelihood": num(r.llf),
        "aic": num(r.aic),
        "bic": num(r.bic),
    }
    if corr:
        k = len(names)
        rr = [[1.0] * k for _ in range(k)]
        pp = [[0.0] * k for _ in range(k)]
        for a in range(k):
            for b in range(a + 1, k):
                res = scipy.stats.pearsonr(data[:, a], data[:, b])
                rr[a][b] = rr[b][a] = num(res[0])
                pp[a][b] = pp[b][a] = num(res[1])
        out["correlation"] = {"variables": names, "r": rr, "p": pp}
    return out


def fmt(v):
    if math.isnan(v):
        return "NA"
    return repr(v)


CASES = [
    # name, loader, source, y, x, const, correlation
    ("ramanathan4_1", lambda: read_gdt(f"{GRETL}/ramanathan/data4-1.gdt"),
     "gretl-data ramanathan/data4-1.gdt (house prices, Ramanathan example 4.1)",
     "price", ["sqft", "bedrms", "baths"], True, True),
    ("ramanathan7_2", lambda: read_gdt(f"{GRETL}/ramanathan/data7-2.gdt"),
     "gretl-data ramanathan/data7-2.gdt (wages)",
     "WAGE", ["EDUC", "EXPER", "GENDER"], True, False),
    ("greene5_1", lambda: read_gdt(f"{GRETL}/greene/greene5_1.gdt"),
     "gretl-data greene/greene5_1.gdt (US macro, quarterly 1950-2000)",
     "realcons", ["realdpi", "tbilrate"], True, False),
    ("engel", lambda: read_gdt(f"{GRETL}/misc/engel.gdt"),
     "gretl-data misc/engel.gdt (Engel food expenditure)",
     "foodexp", ["income"], True, True),
    ("engel_noconst", lambda: read_gdt(f"{GRETL}/misc/engel.gdt"),
     "gretl-data misc/engel.gdt, through the origin",
     "foodexp", ["income"], False, False),
    ("mroz87", lambda: read_gdt(f"{GRETL}/misc/mroz87.gdt"),
     "gretl-data misc/mroz87.gdt (Mroz 1987, married women's hours)",
     "WHRS", ["KL6", "K618", "WA", "WE"], True, False),
    ("longley", lambda: from_statsmodels(sm.datasets.longley),
     "statsmodels.datasets.longley (Longley 1967)",
     "TOTEMP", ["GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"], True, False),
    ("stackloss", lambda: from_statsmodels(sm.datasets.stackloss),
     "statsmodels.datasets.stackloss (Brownlee's stack loss)",
     "STACKLOSS", ["AIRFLOW", "WATERTEMP", "ACIDCONC"], True, True),
    ("stackloss_noconst", lambda: from_statsmodels(sm.datasets.stackloss),
     "statsmodels.datasets.stackloss, through the origin",
     "STACKLOSS", ["AIRFLOW", "WATERTEMP", "ACIDCONC"], False, False),
    ("innovation_small", lambda: read_csv(f"{SEED}/innovation_uz_2010_2020.csv"),
     "seed innovation_uz_2010_2020.csv (article 001, Table 1): small businesses",
     "small_business_output", ["small_business_expenditure"], True, True),
    ("innovation_total", lambda: read_csv(f"{SEED}/innovation_uz_2010_2020.csv"),
     "seed innovation_uz_2010_2020.csv (article 001, Table 1): all producers",
     "total_output", ["total_expenditure"], True, False),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, load, source, y, xs, const, corr in CASES:
        cols = load()
        names = [y] + xs
        n = len(cols[y])
        with open(os.path.join(OUT, name + ".csv"), "w", newline="") as f:
            f.write(",".join(names) + "\n")
            for i in range(n):
                f.write(",".join(fmt(cols[c][i]) for c in names) + "\n")
        args = ["--y", y, "--x", ",".join(xs)]
        if not const:
            args.append("--no-const")
        if corr:
            args.append("--correlation")
        case = {
            "source": source,
            "tool": f"statsmodels {statsmodels.__version__} OLS, scipy {scipy.__version__} pearsonr",
            "csv": name + ".csv",
            "args": args,
            "expect": reference(cols, y, xs, const, corr),
        }
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(case, f, indent=1)
            f.write("\n")
        print(f"{name}: n={case['expect']['n']} k={len(case['expect']['coefficients'])}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
