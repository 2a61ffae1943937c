#!/bin/bash
# `sb40 regress --format json` against statsmodels/scipy references computed
# by scripts/make_regress_refs.py (tests/data/regress/*.json): every reported
# statistic within 1e-6 relative.  Needs only python3's standard library.
set -euo pipefail
: "${SB40:?}" "${SB40_SOURCE:?}" "${WORK:?}"
mkdir -p "$WORK"
refs="$SB40_SOURCE/tests/data/regress"
count=0
for ref in "$refs"/*.json; do
	name=$(basename "$ref" .json)
	mapfile -t args < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["args"]))' "$ref")
	"$SB40" regress --input "$refs/$name.csv" "${args[@]}" --format json >"$WORK/$name.out"
	python3 - "$ref" "$WORK/$name.out" <<'PY'
import json, math, sys
ref = json.load(open(sys.argv[1]))
exp, got = ref["expect"], json.load(open(sys.argv[2]))
name = sys.argv[1].rsplit("/", 1)[-1]
worst = [0.0, ""]
def close(path, a, b):
    if a is None or b is None:
        ok = a is None and b is None
        rel = 0.0 if ok else math.inf
    else:
        scale = max(abs(a), abs(b))
        rel = abs(a - b) / scale if scale > 1e-300 else 0.0
        ok = rel <= 1e-6
    if rel > worst[0]:
        worst[:] = [rel, path]
    if not ok:
        sys.exit(f"{name}: {path}: sb40 {b!r}, statsmodels {a!r} (relative {rel:.3g})")
if got["n"] != exp["n"]:
    sys.exit(f"{name}: n: sb40 {got['n']}, statsmodels {exp['n']}")
if [c["name"] for c in got["coefficients"]] != [c["name"] for c in exp["coefficients"]]:
    sys.exit(f"{name}: coefficient names differ")
for ce, cg in zip(exp["coefficients"], got["coefficients"]):
    for k in ("estimate", "std_error", "t", "p"):
        close(f"{ce['name']}.{k}", ce[k], cg[k])
for k in ("r2", "adj_r2", "f", "f_p", "sigma", "dw", "log_likelihood", "aic", "bic"):
    close(k, exp[k], got[k])
if "correlation" in exp:
    ce, cg = exp["correlation"], got["correlation"]
    if ce["variables"] != cg["variables"]:
        sys.exit(f"{name}: correlation variables differ")
    for m in ("r", "p"):
        for i, row in enumerate(ce[m]):
            for j, v in enumerate(row):
                close(f"correlation.{m}[{i}][{j}]", v, cg[m][i][j])
elif "correlation" in got:
    sys.exit(f"{name}: unexpected correlation")
print(f"{name}: ok, largest relative difference {worst[0]:.2g} ({worst[1]})")
PY
	count=$((count + 1))
done
[ "$count" -ge 5 ] || { echo "only $count reference cases" >&2; exit 1; }
echo "regress_refs: $count cases agree with statsmodels to 1e-6"
