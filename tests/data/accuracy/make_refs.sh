#!/bin/bash
# Writes the references of tests/unit/test_accuracy.c: a few M3 series
# (yearly and quarterly), a fixed forecast for them (last value times
# 1.02^k), and m3eval.py's per-series sMAPE, MASE and Naive2 scores.
# Run from the repository root: bash tests/data/accuracy/make_refs.sh
set -euo pipefail
M3=../shared/data/m3
OUT=tests/data/accuracy
for f in yearly quarterly; do
	pick=$(awk -F, 'NR>1{print $1}' $M3/$f-train.csv | uniq | awk 'NR==1||NR==50||NR==300||NR==600' | paste -sd'|')
	{ head -1 $M3/$f-train.csv; grep -E "^($pick)," $M3/$f-train.csv; } >$OUT/$f-train.csv
	{ head -1 $M3/$f-test.csv; grep -E "^($pick)," $M3/$f-test.csv; } >$OUT/$f-test.csv
	python3 - $OUT/$f-train.csv $OUT/$f-test.csv >$OUT/$f-fc.csv <<'PY'
import csv, sys
last = {}
for r in csv.DictReader(open(sys.argv[1])):
    last[r["series"]] = float(r["value"])
k = {}
print("series,period,forecast")
for r in csv.DictReader(open(sys.argv[2])):
    s = r["series"]; k[s] = k.get(s, 0) + 1
    print("%s,%s,%r" % (s, r["period"], last[s] * 1.02 ** k[s]))
PY
	python3 ../shared/tools/m3eval.py $f $OUT/$f-train.csv $OUT/$f-test.csv $OUT/$f-fc.csv \
		--per-series $OUT/$f-ref.csv
done
