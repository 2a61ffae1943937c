#!/usr/bin/env python3
"""Choose `auto` by rolling-origin evaluation on the TRAINING parts of M3 only.

    select_auto.py M3DIR M3RUN OUTDIR [--origins K] [--budget US] [--cost-series N] [--all]

For each subset (yearly h 6, quarterly h 8, other h 8) and origin j = 0..K-1 (default 3),
every training series is cut to its first n - h - j values and the next h training values
are the hold-out; the test files of M3 are never read.  Every candidate component
(fc_auto_combine's names) forecasts every cut series once (m3run "combo:mean:NAME", one
thread); the script then scores every combination of 1..5 components by the median and by
the mean of their forecasts: sMAPE, MASE and OWA against Naive2, as the M4 competition
defines them (../shared/tools/m3eval.py's functions), averaged over the origins; the
coverage of the combined 80% / 95% intervals is computed only for the rows the report shows.

Groups, as `auto` can tell them apart from (m, n) alone: "m1short" (m = 1, n <= 50: the
yearly subset), "m1long" (m = 1, n > 50: other), "seasonal" (m > 1: quarterly).

Cost budget: `auto` must forecast 10,000 series/s on 2 cores, i.e. at most 200 us of CPU
per series on one core.  Each component's cost is the CPU time per series (m3run's last
column: CLOCK_PROCESS_CPUTIME_ID, one thread, m3run's timed pass over the cut series repeated
to >= N series, default 1000), the median over the origins.  A combination costs the sum of
its components, except that ses, holt and damped are fitted once per combination and shared
by comb and etsa (so those count as the union of the three fits); each standalone cost
includes the seasonal adjustment and the call, so the sum is conservative.  Only
combinations within the budget (default 150 us: a 25% margin for the full-length series,
which are h..h+2 values longer than the cut ones, and for a loaded machine) are scored and
chosen; --all scores the others too, for information (much slower).
Writes OUTDIR/select_auto.md (the costs and the tables) and prints the chosen combination
per group.
"""
import csv
import importlib.util
import itertools
import math
import os
import subprocess
import sys

FREQS = {"yearly": (6, 1, "m1short"), "quarterly": (8, 4, "seasonal"), "other": (8, 1, "m1long")}
COMPS = ["naive", "drift", "linear", "ses", "holt", "damped", "theta", "comb", "dotm", "dstm", "otm",
         "ets", "arima", "arimas", "etsq", "etsa"]
# the shared ses/holt/damped fits each of these needs (fcauto.c's run_comp)
SHARED = {"ses": {"ses"}, "holt": {"holt"}, "damped": {"damped"},
          "comb": {"ses", "holt", "damped"}, "etsa": {"ses", "holt", "damped"}}


def opt(name, default, conv):
    return conv(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def combo_cost(combo, cost):
    """Summed CPU us per series, the shared smoothing fits counted once."""
    fits = set()
    total = 0.0
    for c in combo:
        if c in SHARED:
            fits |= SHARED[c]
        else:
            total += cost[c]
    return total + sum(cost[f] for f in fits)


def load_eval(path):
    spec = importlib.util.spec_from_file_location("m3eval", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_cut(m3, freq, h, j, out):
    """Cut train at n - h - j; returns {series: (x, holdout)} and writes the cut train file."""
    series = {}
    with open(os.path.join(m3, freq + "-train.csv"), newline="") as f:
        for r in csv.DictReader(f):
            series.setdefault(r["series"], []).append((r["period"], float(r["value"])))
    prob = {}
    path = os.path.join(out, "%s-o%d-train.csv" % (freq, j))
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["series", "period", "value"])
        for sid, obs in series.items():
            cut = len(obs) - h - j
            for p, v in obs[:cut]:
                w.writerow([sid, p, repr(v)])
            prob[sid] = ([v for _, v in obs[:cut]], [v for _, v in obs[cut:cut + h]])
    return path, prob


def read_fc(path, h):
    fc = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            fc.setdefault(r["series"], []).append(
                (float(r["forecast"]), float(r["lo80"]), float(r["hi80"]),
                 float(r["lo95"]), float(r["hi95"])))
    return fc


def median(v):
    s = sorted(v)
    k = len(s)
    return s[k // 2] if k % 2 else 0.5 * (s[k // 2 - 1] + s[k // 2])


def main():
    m3, m3run, out = sys.argv[1:4]
    origins = opt("--origins", 3, int)
    budget = opt("--budget", 150.0, float)
    cost_n = opt("--cost-series", 1000, int)
    score_all = "--all" in sys.argv
    ev = load_eval(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "../../../shared/tools/m3eval.py")
                   if not os.environ.get("M3EVAL") else os.environ["M3EVAL"])
    os.makedirs(out, exist_ok=True)
    report = ["# Choice of `auto` (rolling origin on the M3 training parts)", "",
              "Written by `bench/forecast/select_auto.py`; %d origins per subset "
              "(hold-outs inside the training data; the test sets are not read).  Cost budget "
              "%.0f us of CPU per series on one core (10,000 series/s on 2 cores allows 200; "
              "the rest is the margin); a combination's cost is the sum of its components' "
              "(the ses/holt/damped fits shared by comb and etsa counted once)%s."
              % (origins, budget, "" if score_all else
                 "; combinations above the budget are not scored"), ""]
    chosen = {}
    for freq, (h, m, group) in FREQS.items():
        # per origin: per component: per series list of (f, lo80, hi80, lo95, hi95)
        fcs, probs, costs = [], [], {c: [] for c in COMPS}
        for j in range(origins):
            path, prob = write_cut(m3, freq, h, j, out)
            names = ",".join("combo:mean:" + c for c in COMPS)
            run = subprocess.run([m3run, freq, path, out, names, "--threads", "1",
                                  "--min-series", str(cost_n)],
                                 check=True, stdout=subprocess.PIPE, universal_newlines=True)
            for line in run.stdout.splitlines():
                p = line.split()
                costs[p[0][len("combo:mean:"):]].append(float(p[6]))
            fcs.append({c: read_fc(os.path.join(out, "combo:mean:%s-%s.csv" % (c, freq)), h)
                        for c in COMPS})
            probs.append(prob)
        cost = {c: median(v) for c, v in costs.items()}
        # Naive2 and scales per origin
        base = []
        for j in range(origins):
            s_sm = s_ms = 0.0
            cnt = 0
            scale = {}
            for sid, (x, y) in probs[j].items():
                n2 = ev.naive2(x, m, h)
                sc = ev.mase_scale(x, m)
                scale[sid] = sc
                for t in range(h):
                    s_sm += ev.smape_pt(y[t], n2[t])
                    s_ms += abs(y[t] - n2[t]) / sc
                    cnt += 1
            base.append((s_sm / cnt, s_ms / cnt, scale))

        # flat per-origin arrays, one entry per (series, step): actuals, scales, and per
        # component the five columns (forecast, lo80, hi80, lo95, hi95)
        flat = []
        for j in range(origins):
            sids = sorted(probs[j])
            ys = [probs[j][sid][1][t] for sid in sids for t in range(h)]
            sc = [base[j][2][sid] for sid in sids for t in range(h)]
            cols = {c: [[fcs[j][c][sid][t][q] for sid in sids for t in range(h)] for q in range(5)]
                    for c in COMPS}
            flat.append((ys, sc, cols))

        def combined(cols, how):
            if len(cols) == 1:
                return cols[0]
            if how == "mean":
                k = float(len(cols))
                return [sum(v) / k for v in zip(*cols)]
            return [median(v) for v in zip(*cols)]

        def score(combo, how, coverage=False):
            """OWA, sMAPE, MASE averaged over the origins; coverage 80/95 only when asked."""
            owa = sm_all = ms_all = cov80 = cov95 = 0.0
            for j in range(origins):
                ys, sc, cols = flat[j]
                f = combined([cols[c][0] for c in combo], how)
                cnt = len(ys)
                sm = math.fsum(ev.smape_pt(y, v) for y, v in zip(ys, f)) / cnt
                ms = math.fsum(abs(y - v) / s for y, v, s in zip(ys, f, sc)) / cnt
                owa += 0.5 * (sm / base[j][0] + ms / base[j][1])
                sm_all += sm
                ms_all += ms
                if coverage:
                    lo8, hi8, lo9, hi9 = (combined([cols[c][q] for c in combo], how)
                                          for q in range(1, 5))
                    cov80 += 100.0 * sum(a <= y <= b for y, a, b in zip(ys, lo8, hi8)) / cnt
                    cov95 += 100.0 * sum(a <= y <= b for y, a, b in zip(ys, lo9, hi9)) / cnt
            k = origins
            return owa / k, sm_all / k, ms_all / k, cov80 / k, cov95 / k

        rows = []
        for size in range(1, 6):
            for combo in itertools.combinations(COMPS, size):
                cc = combo_cost(combo, cost)
                if size > 1 and cc > budget and not score_all:
                    continue
                for how in (["mean"] if size <= 2 else ["median", "mean"]):
                    rows.append((score(combo, how), how, combo, cc))
        rows.sort(key=lambda r: r[0][0])
        fast = [r for r in rows if r[3] <= budget]
        best = fast[0]
        chosen[group] = best
        report += ["## %s (group %s, h %d, m %d)" % (freq, group, h, m), "",
                   "Component cost, us of CPU per series (one thread; median of the origins): " +
                   ", ".join("%s %.1f" % (c, cost[c]) for c in COMPS) + ".", "",
                   "| combination | OWA | sMAPE | MASE | cov80 | cov95 | cost us |",
                   "|---|---|---|---|---|---|---|"]
        singles = [r for r in rows if len(r[2]) == 1]
        top = rows[:10] if score_all else []
        show = top + [r for r in fast[:15] if r not in top] + singles
        for _, how, combo, cc in show:
            owa, sm, ms, c8, c9 = score(combo, how, coverage=True)
            report.append("| %s(%s) | %.4f | %.3f | %.3f | %.1f | %.1f | %.0f%s |"
                          % (how, ",".join(combo), owa, sm, ms, c8, c9, cc,
                             "" if cc <= budget else " (over)"))
        report += ["", "Chosen (the lowest OWA within the budget): **%s(%s)**, cost %.0f us"
                   % (best[1], ",".join(best[2]), best[3]), ""]
        print("%s %s %s(%s) owa %.4f smape %.3f cost %.1f us" % (
            freq, group, best[1], ",".join(best[2]), best[0][0], best[0][1], best[3]))
        sys.stdout.flush()
    with open(os.path.join(out, "select_auto.md"), "w") as f:
        f.write("\n".join(report) + "\n")


main()
