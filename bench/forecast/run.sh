#!/bin/sh
# bench/forecast/run.sh BINARY [--quick] - the M3 benchmark of sb40's forecasting methods
# against R's forecast package, in the same run, written to bench/RESULTS.md
# ("Forecasting (M3)").
#
# sb40 side: bench/forecast/m3run.c, linked against the library next to BINARY
# (BUILD/libsb40core.a), forecasts the yearly, quarterly and other subsets of
# ../shared/data/m3 with every method (2 threads), then times each method on the
# subset repeated to >= 30,000 series (median of 3 runs; 1 run for ets and arima).
# R side: anchor.R, the same series on 2 cores (mclapply), one timed pass over every
# series (R is 100-1000x slower, so no repetition is needed to rise above noise).
# Scoring: score.py (sMAPE / MASE / OWA by ../shared/tools/m3eval.py, coverage 80/95).
# --quick: 3,000 series per timing, one run, R only thetaf on every 5th series (timed,
# not scored).  A full run takes about 15-25 minutes on 2 shared cores.
set -eu
BIN=$(realpath "$1")
QUICK=0
[ "${2:-}" = "--quick" ] && QUICK=1
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SB40_SHARED:-$ROOT/../shared}
M3="$SHARED/data/m3"
EVAL="$SHARED/tools/m3eval.py"
LIB="$(dirname "$BIN")/libsb40core.a"
OUT="$HERE/../out/forecast"
mkdir -p "$OUT"
rm -f "$OUT"/*.csv "$OUT/times.txt"
[ -f "$LIB" ] || { echo "bench/forecast: $LIB is missing (make build)" >&2; exit 1; }
[ -d "$M3" ] || { echo "bench/forecast: $M3 is missing" >&2; exit 1; }
cc -O2 -std=gnu11 -I"$ROOT/src" -o "$OUT/m3run" "$HERE/m3run.c" "$LIB" \
	$(pkg-config --libs gsl jansson) -lm -lpthread

FAST=auto,naive,snaive,drift,linear,quadratic,exponential,ses,holt,damped,theta,dotm,dstm,otm,comb
if [ $QUICK = 1 ]; then MIN=3000; REPS=1; else MIN=30000; REPS=3; fi
for f in yearly quarterly other; do
	echo "sb40 $f" >&2
	"$OUT/m3run" $f "$M3/$f-train.csv" "$OUT" $FAST --min-series $MIN --reps $REPS >> "$OUT/times.txt"
	if [ $QUICK = 0 ]; then
		"$OUT/m3run" $f "$M3/$f-train.csv" "$OUT" ets,arima --min-series $MIN --reps 1 >> "$OUT/times.txt"
	fi
done
if command -v Rscript >/dev/null && Rscript -e 'library(forecast)' >/dev/null 2>&1; then
	for f in yearly quarterly other; do
		echo "R $f" >&2
		if [ $QUICK = 1 ]; then
			Rscript "$HERE/anchor.R" $f "$M3/$f-train.csv" "$OUT" thetaf 5 >> "$OUT/times.txt"
		else
			Rscript "$HERE/anchor.R" $f "$M3/$f-train.csv" "$OUT" \
				naive,drift,linear,ses,holt,damped,thetaf,ets,arima >> "$OUT/times.txt"
		fi
	done
else
	echo "bench/forecast: R's forecast package is missing, no anchor (scripts/deps.sh bench)" >&2
fi
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
MODE=$([ $QUICK = 1 ] && echo "quick mode (3,000 series per timing, 1 run; R: thetaf on every 5th series)" \
	|| echo "timings on each subset repeated to >= 30,000 series, median of 3 runs (ets, arima: 1 run); R: one pass over every series")
HEADER="Measured $(date -u +%Y-%m-%d) on $CPU (2 cores, shared with other jobs: load average $(cut -d' ' -f1 /proc/loadavg) at the end), R $(Rscript -e 'cat(as.character(getRversion()), as.character(packageVersion("forecast")))' 2>/dev/null); $MODE; \`sh bench/forecast/run.sh build/sb40\`."
python3 "$HERE/table.py" "$OUT" "$M3" "$EVAL" "$HEADER" > "$OUT/section.md"
cat "$OUT/section.md"
if [ $QUICK = 0 ]; then
	python3 "$HERE/../lib/results.py" "$HERE/../RESULTS.md" "Forecasting (M3)" "$OUT/section.md"
fi
