#!/usr/bin/env python3
"""Score forecast files of bench/forecast: sMAPE, MASE, OWA by ../shared/tools/m3eval.py
(the M4 definitions, Naive2 included) plus the coverage of the 80% and 95% intervals.

    score.py M3DIR EVAL FREQ FORECAST.csv [--msis]  ->  prints "smape mase owa cov80 cov95 [msis]"
Coverage: share of test values inside [lo, hi] (blank when the file has no intervals).
--msis: also M4's mean scaled interval score of the 95% intervals (alpha 0.05, each series'
score divided by its MASE scale from EVAL's mase_scale, then averaged over the series).
"""
import csv
import importlib.util
import math
import subprocess
import sys


def coverage(test, fc):
    truth = {}
    with open(test, newline="") as f:
        for r in csv.DictReader(f):
            truth[(r["series"], r["period"])] = float(r["value"])
    n = c80 = c95 = 0
    with open(fc, newline="") as f:
        rd = csv.DictReader(f)
        if "lo80" not in (rd.fieldnames or []):
            return None, None
        for r in rd:
            y = truth.get((r["series"], r["period"]))
            if y is None:
                continue
            n += 1
            c80 += float(r["lo80"]) <= y <= float(r["hi80"])
            c95 += float(r["lo95"]) <= y <= float(r["hi95"])
    return 100.0 * c80 / n, 100.0 * c95 / n


def msis(m3, ev, freq, fc):
    """M4's MSIS (alpha 0.05) of FC's 95% intervals on the test set."""
    spec = importlib.util.spec_from_file_location("m3eval", ev)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    h, m, problems = mod.load_problem(freq, "%s/%s-train.csv" % (m3, freq),
                                      "%s/%s-test.csv" % (m3, freq))
    bounds = {}
    with open(fc, newline="") as f:
        for r in csv.DictReader(f):
            bounds[(r["series"], r["period"])] = (float(r["lo95"]), float(r["hi95"]))
    per = []
    for sid, _, pts, scale in problems:
        s = 0.0
        for p, y, _ in pts:
            lo, hi = bounds[(sid, p)]
            s += (hi - lo) + 40.0 * max(lo - y, 0.0) + 40.0 * max(y - hi, 0.0)
        per.append(s / len(pts) / scale)
    return math.fsum(per) / len(per)


def score(m3, ev, freq, fc):
    """(smape, mase, owa, cov80 or None, cov95 or None)"""
    train, test = "%s/%s-train.csv" % (m3, freq), "%s/%s-test.csv" % (m3, freq)
    out = subprocess.run([sys.executable, ev, freq, train, test, fc], capture_output=True,
                         text=True, check=True).stdout.split()
    c80, c95 = coverage(test, fc)
    return float(out[0]), float(out[1]), float(out[2]), c80, c95


def main():
    sm, ms, owa, c80, c95 = score(*sys.argv[1:5])
    print("%.3f %.3f %.3f %s %s%s" % (sm, ms, owa,
                                      "%.1f" % c80 if c80 is not None else "-",
                                      "%.1f" % c95 if c95 is not None else "-",
                                      " %.3f" % msis(*sys.argv[1:5]) if "--msis" in sys.argv[5:]
                                      else ""))


if __name__ == "__main__":
    main()
