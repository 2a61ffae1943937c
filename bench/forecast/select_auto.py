#!/usr/bin/env python3
"""Choose `auto` by rolling-origin evaluation on the TRAINING parts of M3 only.

    select_auto.py M3DIR M3RUN OUTDIR [--origins K] [--budget US] [--cost-series N] [--all]
                   [--reuse]

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

Interval calibration (after the combination of a group is chosen): the chosen combination's
80% and 95% intervals are widened about the point forecast, lo' = f - k (f - lo),
hi' = f + k (hi - f), by one multiplier k per group and level: the smallest k (rounded up to
0.001) whose hold-out coverage, pooled over the origins, series and steps, is at least the
nominal level, i.e. the ceil(level% x N)-th smallest of the ratios |y - f| / half-width on
y's side.  fcauto.c carries these numbers (AUTO_K).  The report shows the coverage and MSIS
(M4's mean scaled interval score, alpha 0.05, scaled like MASE) before and after, the
per-step multipliers for information and a leave-one-origin-out check of one k per group
against one k per step.

The m3run output of origin j is kept in OUTDIR/oJ/ (the forecast files and FREQ-m3run.txt,
m3run's printed costs); --reuse takes them from there instead of running m3run again when
they exist (the same M3RUN, M3DIR and --origins assumed).
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


LEVELS = (80, 95)
MSIS_ALPHA = 0.05


def ratio(y, f, lo, hi):
    """The multiplier of the half-width on y's side that just covers y."""
    if y == f:
        return 0.0
    d = f - lo if y < f else hi - f
    return abs(y - f) / d if d > 0 else math.inf


def calib_k(ratios, level):
    """Smallest k (rounded up to 0.001) with share(ratios <= k) >= level%."""
    r = sorted(ratios)
    need = -(-level * len(r) // 100)
    k = r[need - 1]
    return math.ceil(k * 1000.0 - 1e-9) / 1000.0 if math.isfinite(k) else k


def widen(f, lo, hi, k):
    return ([v - k * (v - a) for v, a in zip(f, lo)], [v + k * (b - v) for v, b in zip(f, hi)])


def cover(ys, lo, hi):
    return 100.0 * sum(a <= y <= b for y, a, b in zip(ys, lo, hi)) / len(ys)


def msis(ys, sc, lo, hi):
    """M4's MSIS (alpha 0.05) over points; every series has h points, so this is the
    mean of the series' MSIS."""
    a = 2.0 / MSIS_ALPHA
    return math.fsum(((u - l) + a * max(l - y, 0.0) + a * max(y - u, 0.0)) / s
                     for y, s, l, u in zip(ys, sc, lo, hi)) / len(ys)


def median(v):
    s = sorted(v)
    k = len(s)
    return s[k // 2] if k % 2 else 0.5 * (s[k // 2 - 1] + s[k // 2])


def calibrate(freq, group, h, origins, flat, combo, how, bounds):
    """One multiplier per level for the chosen combination; returns ({level: k}, report lines)."""
    # per origin, per level: the ratio of every (series, step), in flat's order (step fastest)
    rat = []
    per = []
    for j in range(origins):
        ys, sc, _ = flat[j]
        f, lo8, hi8, lo9, hi9 = bounds(j, combo, how)
        per.append((ys, sc, f, {80: (lo8, hi8), 95: (lo9, hi9)}))
        rat.append({lv: [ratio(y, v, a, b) for y, v, a, b in zip(ys, f, *per[j][3][lv])]
                    for lv in LEVELS})
    kk = {lv: calib_k([r for j in range(origins) for r in rat[j][lv]], lv) for lv in LEVELS}
    step_k = {lv: [calib_k([r for j in range(origins) for r in rat[j][lv][t::h]], lv)
                   for t in range(h)] for lv in LEVELS}

    def evaluate(j, k_of_step):
        """coverage 80, 95 and MSIS of origin j with the multipliers k_of_step[lv][t]."""
        ys, sc, f, b = per[j]
        res = []
        for lv in LEVELS:
            ks = [k_of_step[lv][i % h] for i in range(len(ys))]
            lo = [v - k * (v - a) for v, a, k in zip(f, b[lv][0], ks)]
            hi = [v + k * (u - v) for v, u, k in zip(f, b[lv][1], ks)]
            res.append(cover(ys, lo, hi))
            if lv == 95:
                res.append(msis(ys, sc, lo, hi))
        return res

    step_cov = {lv: [100.0 * sum(r <= kk[lv] for j in range(origins) for r in rat[j][lv][t::h])
                     / sum(len(rat[j][lv][t::h]) for j in range(origins)) for t in range(h)]
                for lv in LEVELS}
    ones = {lv: [1.0] * h for lv in LEVELS}
    flatk = {lv: [kk[lv]] * h for lv in LEVELS}
    before = [sum(v) / origins for v in zip(*(evaluate(j, ones) for j in range(origins)))]
    after = [sum(v) / origins for v in zip(*(evaluate(j, flatk) for j in range(origins)))]
    # leave one origin out: multipliers from the other origins, scored on the one left out
    loo = {"one k per level": [], "one k per level and step": []}
    for j in range(origins):
        rest = [i for i in range(origins) if i != j]
        k1 = {lv: [calib_k([r for i in rest for r in rat[i][lv]], lv)] * h for lv in LEVELS}
        ks = {lv: [calib_k([r for i in rest for r in rat[i][lv][t::h]], lv) for t in range(h)]
              for lv in LEVELS}
        loo["one k per level"].append(evaluate(j, k1))
        loo["one k per level and step"].append(evaluate(j, ks))
    lines = ["### Interval calibration of %s(%s)" % (how, ",".join(combo)), "",
             "Multipliers of the half-widths (the smallest k, rounded up to 0.001, with pooled "
             "hold-out coverage >= the level): **k80 %.3f, k95 %.3f**." % (kk[80], kk[95]), "",
             "| intervals | cov80 | cov95 | MSIS |", "|---|---|---|---|",
             "| combined bounds (k = 1) | %.1f | %.1f | %.3f |" % tuple(before),
             "| widened by k80, k95 | %.1f | %.1f | %.3f |" % tuple(after), "",
             "Coverage by step with k80, k95 (steps 1..%d): 80%%: %s; 95%%: %s." % (
                 h, " ".join("%.1f" % v for v in step_cov[80]),
                 " ".join("%.1f" % v for v in step_cov[95])), "",
             "Per-step multipliers (information; steps 1..%d): k80 %s; k95 %s." % (
                 h, " ".join("%.2f" % v for v in step_k[80]),
                 " ".join("%.2f" % v for v in step_k[95])), "",
             "Leave one origin out (multipliers from the other %d origins, scored on the one left "
             "out; mean over the origins; |dev| = mean absolute distance of the coverage from "
             "the level, per origin):" % (origins - 1), "",
             "| multipliers | cov80 | cov95 | |dev80| | |dev95| | MSIS |",
             "|---|---|---|---|---|---|"]
    for name, res in loo.items():
        m = [sum(v) / origins for v in zip(*res)]
        d8 = sum(abs(r[0] - 80.0) for r in res) / origins
        d9 = sum(abs(r[1] - 95.0) for r in res) / origins
        lines.append("| %s | %.1f | %.1f | %.2f | %.2f | %.3f |" % (name, m[0], m[1], d8, d9, m[2]))
    return kk, lines + [""]


def main():
    m3, m3run, out = sys.argv[1:4]
    origins = opt("--origins", 3, int)
    budget = opt("--budget", 150.0, float)
    cost_n = opt("--cost-series", 1000, int)
    score_all = "--all" in sys.argv
    reuse = "--reuse" in sys.argv
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
                 "; combinations above the budget are not scored"), "",
              "The tables' cov80, cov95 (coverage of the 80% / 95% intervals, percent) and MSIS "
              "(M4's mean scaled interval score of the 95% intervals, alpha 0.05, scaled like "
              "MASE; lower is better) are those of the combined bounds; the chosen combination's "
              "intervals are then calibrated (\"Interval calibration\" under each subset: the "
              "multipliers `auto` applies).", ""]
    chosen = {}
    for freq, (h, m, group) in FREQS.items():
        # per origin: per component: per series list of (f, lo80, hi80, lo95, hi95)
        fcs, probs, costs = [], [], {c: [] for c in COMPS}
        for j in range(origins):
            path, prob = write_cut(m3, freq, h, j, out)
            odir = os.path.join(out, "o%d" % j)
            os.makedirs(odir, exist_ok=True)
            names = ",".join("combo:mean:" + c for c in COMPS)
            fcpath = {c: os.path.join(odir, "combo:mean:%s-%s.csv" % (c, freq)) for c in COMPS}
            logpath = os.path.join(odir, freq + "-m3run.txt")
            if not (reuse and os.path.exists(logpath) and all(map(os.path.exists, fcpath.values()))):
                run = subprocess.run([m3run, freq, path, odir, names, "--threads", "1",
                                      "--min-series", str(cost_n)],
                                     check=True, stdout=subprocess.PIPE, universal_newlines=True)
                with open(logpath, "w") as f:
                    f.write(run.stdout)
            with open(logpath) as f:
                for line in f.read().splitlines():
                    p = line.split()
                    costs[p[0][len("combo:mean:"):]].append(float(p[6]))
            fcs.append({c: read_fc(fcpath[c], h) for c in COMPS})
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

        def bounds(j, combo, how, kk=None):
            """(f, lo80, hi80, lo95, hi95) of origin J, widened by kk {level: k} if given."""
            cols = flat[j][2]
            f, lo8, hi8, lo9, hi9 = (combined([cols[c][q] for c in combo], how) for q in range(5))
            if kk:
                lo8, hi8 = widen(f, lo8, hi8, kk[80])
                lo9, hi9 = widen(f, lo9, hi9, kk[95])
            return f, lo8, hi8, lo9, hi9

        def score(combo, how, coverage=False):
            """OWA, sMAPE, MASE averaged over the origins; coverage 80/95 and MSIS only when
            asked."""
            owa = sm_all = ms_all = cov80 = cov95 = msis_all = 0.0
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
                    _, lo8, hi8, lo9, hi9 = bounds(j, combo, how)
                    cov80 += cover(ys, lo8, hi8)
                    cov95 += cover(ys, lo9, hi9)
                    msis_all += msis(ys, sc, lo9, hi9)
            k = origins
            return owa / k, sm_all / k, ms_all / k, cov80 / k, cov95 / k, msis_all / k

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
                   "| combination | OWA | sMAPE | MASE | cov80 | cov95 | MSIS | cost us |",
                   "|---|---|---|---|---|---|---|---|"]
        singles = [r for r in rows if len(r[2]) == 1]
        top = rows[:10] if score_all else []
        show = top + [r for r in fast[:15] if r not in top] + singles
        for _, how, combo, cc in show:
            owa, sm, ms, c8, c9, mi = score(combo, how, coverage=True)
            report.append("| %s(%s) | %.4f | %.3f | %.3f | %.1f | %.1f | %.2f | %.0f%s |"
                          % (how, ",".join(combo), owa, sm, ms, c8, c9, mi, cc,
                             "" if cc <= budget else " (over)"))
        report += ["", "Chosen (the lowest OWA within the budget): **%s(%s)**, cost %.0f us"
                   % (best[1], ",".join(best[2]), best[3]), ""]
        print("%s %s %s(%s) owa %.4f smape %.3f cost %.1f us" % (
            freq, group, best[1], ",".join(best[2]), best[0][0], best[0][1], best[3]))
        kk, lines = calibrate(freq, group, h, origins, flat, best[2], best[1], bounds)
        report += lines
        print("%s %s interval multipliers k80 %.3f k95 %.3f" % (freq, group, kk[80], kk[95]))
        sys.stdout.flush()
    with open(os.path.join(out, "select_auto.md"), "w") as f:
        f.write("\n".join(report) + "\n")


main()
