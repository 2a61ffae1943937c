#!/usr/bin/env python3
"""Build the "Forecasting (M3)" section of bench/RESULTS.md from a bench/forecast run.

    table.py OUTDIR M3DIR M3EVAL HEADER_LINE > section.md
OUTDIR holds times.txt (lines "METHOD FREQ SERIES SECONDS SERIES_PER_S FAILURES" from m3run
and anchor.R) and the forecast files METHOD-FREQ.csv / r-METHOD-FREQ.csv.  Every file with
all the series is scored by score.py (sMAPE / MASE / OWA by m3eval.py, coverage of the 80%
and 95% intervals).  R's files from a subsample (quick mode) are timed but not scored.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

FREQS = ["yearly", "quarterly", "other"]
OURS = ["auto", "naive", "snaive", "drift", "linear", "quadratic", "exponential", "ses", "holt",
        "damped", "theta", "dotm", "dstm", "otm", "comb", "ets", "arima"]
PAIRS = [("naive", "naive"), ("drift", "drift"), ("linear", "linear"), ("ses", "ses"),
         ("holt", "holt"), ("damped", "damped"), ("theta", "thetaf"), ("ets", "ets"),
         ("arima", "arima")]
TARGET = {"yearly": 16.0}


def main():
    out, m3, ev, header = sys.argv[1:5]
    times = {}
    for line in open(os.path.join(out, "times.txt")):
        p = line.split()
        if len(p) >= 5:
            times[(p[0], p[1])] = (int(p[2]), float(p[4]), int(p[5]) if len(p) > 5 else 0)
    acc = {}
    for (meth, freq), (nser, _, _) in times.items():
        path = os.path.join(out, "%s-%s.csv" % (meth, freq))
        if os.path.exists(path):
            try:
                acc[(meth, freq)] = score.score(m3, ev, freq, path)
            except Exception:  # a subsample: not scored
                pass
    w = print
    w(header)
    w("")
    w("sMAPE / MASE / OWA (M4 definitions, `../shared/tools/m3eval.py`), coverage of the 80% / 95% "
      "intervals, and throughput in series per second on 2 cores (fit + forecast + intervals, "
      "wall clock).")
    w("")
    w("| method | " + " | ".join("%s sMAPE / MASE / OWA | cov80 / cov95 | series/s" % f for f in FREQS) + " |")
    w("|---|" + "---|---|---|" * len(FREQS))
    rows = [m for m in OURS if any((m, f) in times for f in FREQS)]
    rrows = sorted({m for (m, f) in times if m.startswith("r-")})
    for m in rows + rrows:
        cells = []
        for f in FREQS:
            a, t = acc.get((m, f)), times.get((m, f))
            cells.append("%.3f / %.3f / %.3f" % a[:3] if a else "")
            cells.append("%.1f / %.1f" % (a[3], a[4]) if a and a[3] is not None else "")
            cells.append("%.0f" % t[1] if t else "")
        name = ("R %s" % m[2:]) if m.startswith("r-") else ("**auto**" if m == "auto" else m)
        w("| %s | %s |" % (name, " | ".join(cells)))
    w("")
    w("Against R's counterpart (same series, same 2 cores): OWA difference (negative: sb40 is more "
      "accurate) and speed ratio.")
    w("")
    w("| sb40 / R | " + " | ".join("%s OWA diff | %s speed ratio" % (f, f) for f in FREQS) + " |")
    w("|---|" + "---|---|" * len(FREQS))
    for ours, r in PAIRS:
        cells = []
        for f in FREQS:
            a, b = acc.get((ours, f)), acc.get(("r-" + r, f))
            ta, tb = times.get((ours, f)), times.get(("r-" + r, f))
            cells.append("%+.3f" % (a[2] - b[2]) if a and b else "")
            cells.append("%.0fx" % (ta[1] / tb[1]) if ta and tb else "")
        if any(cells):
            w("| %s / R %s | %s |" % (ours, r, " | ".join(cells)))
    w("")
    for f in FREQS:
        a = acc.get(("auto", f))
        rbest = [(acc[(m, f)][0], m[2:]) for m in rrows if (m, f) in acc]
        if not a:
            continue
        msg = "- %s: auto sMAPE %.3f (OWA %.3f)" % (f, a[0], a[2])
        if rbest:
            b = min(rbest)
            msg += "; R's best here %s %.3f: %s" % (b[1], b[0], "beaten" if a[0] < b[0] else "NOT beaten")
        if f in TARGET:
            msg += "; target <= %.1f: %s" % (TARGET[f], "met" if a[0] <= TARGET[f] else "NOT met")
        t = times.get(("auto", f))
        if t:
            msg += "; %.0f series/s (target >= 10,000: %s)" % (t[1], "met" if t[1] >= 10000 else "NOT met")
        w(msg)


main()
