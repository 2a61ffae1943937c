#!/bin/sh
# bench/fcbulk/run.sh BINARY [FIRMS] - forecasting every stored series of a
# kind at once (`sb40 forecast --db DB --entity 'enterprise:*' --indicator
# workers`) against the same series forecast from a CSV file, in the same run.
#
# The registry of bench/import/gen.py (FIRMS firms, default 100,000, over the
# 317 zones), and for every firm 8 years (2017-2024) of `workers`, a
# deterministic trend with noise (below), imported with `sb40 import
# observations`.  Timed, median of RUNS (3) each, one after the other:
#   store   sb40 forecast --db s.db --entity 'enterprise:*' --indicator workers
#           --method auto --output store.csv
#   file    sb40 forecast series.csv --method auto --output file.csv (the
#           anchor: the same series, exported from the database to a long
#           CSV before timing, read from the file)
# and the same two with --method naive, where forecasting costs next to
# nothing, so the difference is what reading from the store costs.  The two
# outputs must be the same bytes.  Wall seconds and CPU (user + system)
# seconds; series/s from wall time.  Threads: --jobs 2 (the default).
set -eu
BIN=$(realpath "$1")
N=${2:-100000}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../out/fcbulk"
RUNS=${RUNS:-3}
mkdir -p "$OUT"
echo "generating $N firms..." >&2
python3 "$HERE/../import/gen.py" "$OUT/data" "$N"
python3 - "$OUT/data/enterprises.csv" "$OUT/data/firm_obs.csv" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
x = 20261204
def nxt(n):
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (x >> 33) % n
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
    next(f)
    o.write("entity,indicator,period,value,source\n")
    for line in f:
        tin = line.split(",", 1)[0]
        level, slope = 5 + nxt(200), nxt(21) - 5
        for y in range(2017, 2025):
            level = max(1, level + slope + nxt(9) - 4)
            o.write("enterprise:%s,workers,%d,%d,bench\n" % (tin, y, level))
PY
SERIES=$N

rm -f "$OUT/s.db" "$OUT/s.db-wal" "$OUT/s.db-shm"
echo "importing..." >&2
"$BIN" init --db "$OUT/s.db" >/dev/null
"$BIN" import zones "$OUT/data/zones.csv" --db "$OUT/s.db" >/dev/null
"$BIN" import enterprises "$OUT/data/enterprises.csv" --db "$OUT/s.db" >/dev/null
"$BIN" import observations "$OUT/data/firm_obs.csv" --db "$OUT/s.db" >/dev/null
# the anchor's input: the same series, out of the database
{
	echo series,period,value
	sqlite3 -csv "$OUT/s.db" "SELECT 'enterprise:' || e.tin || '/workers', c.period, c.value
		FROM observation_current c JOIN enterprise e ON e.id = c.entity_id
		WHERE c.entity_kind = 'enterprise' ORDER BY 1, 2"
} >"$OUT/series.csv"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# once NAME METHOD ARGS...: append "wall cpu rss" to $OUT/NAME.METHOD.times
once() {
	name=$1 method=$2
	shift 2
	/usr/bin/time -f "%e %U %S %M" -o "$OUT/t" "$BIN" forecast "$@" --method "$method" \
		--output "$OUT/$name.$method.csv"
	awk '{print $1, $2 + $3, $4}' "$OUT/t" >>"$OUT/$name.$method.times"
}

rm -f "$OUT"/*.times
for i in $(seq "$RUNS"); do
	echo "run $i/$RUNS" >&2
	for m in auto naive; do
		once store "$m" --db "$OUT/s.db" --entity 'enterprise:*' --indicator workers
		once file "$m" "$OUT/series.csv"
	done
done
for m in auto naive; do
	cmp -s "$OUT/store.$m.csv" "$OUT/file.$m.csv" ||
		{ echo "store and file outputs differ ($m)" >&2; exit 1; }
done
got=$(tail -n +2 "$OUT/store.auto.csv" | cut -d, -f1 | uniq | wc -l)
[ "$got" -eq "$SERIES" ] || { echo "forecast $got series, expected $SERIES" >&2; exit 1; }

w() { cut -d' ' -f1 "$OUT/$1.times" | median; }
c() { cut -d' ' -f2 "$OUT/$1.times" | median; }
m() { cut -d' ' -f3 "$OUT/$1.times" | median; }
awk -v n="$SERIES" -v sa="$(w store.auto)" -v fa="$(w file.auto)" -v sn="$(w store.naive)" \
    -v fn="$(w file.naive)" -v csa="$(c store.auto)" -v cfa="$(c file.auto)" \
    -v csn="$(c store.naive)" -v cfn="$(c file.naive)" -v runs="$RUNS" \
    -v msa="$(m store.auto)" -v mfa="$(m file.auto)" -v msn="$(m store.naive)" -v mfn="$(m file.naive)" \
    -v cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    -v sq="$(sqlite3 --version | cut -d' ' -f1)" -v day="$(date -u +%Y-%m-%d)" \
    -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
	printf "Measured %s on %s (2 cores, shared with other jobs: load average %s at the end; the ratio is the\n", day, cpu, load
	printf "figure, the absolute rates move with the load), SQLite %s, --jobs 2; median of %d runs;\n", sq, runs
	printf "`sh bench/fcbulk/run.sh build/sb40` (Release build).\n\n"
	printf "| %d firms x 1 indicator x 8 years | wall s | CPU s | series/s | peak RSS |\n|---|---|---|---|---|\n", n
	printf "| `sb40 forecast --db --entity '\''enterprise:*'\'' --indicator workers --method auto` | %.2f | %.2f | %.0f | %.0f MB |\n", sa, csa, n / sa, msa / 1024
	printf "| anchor: the same series from a CSV file, `--method auto` | %.2f | %.2f | %.0f | %.0f MB |\n", fa, cfa, n / fa, mfa / 1024
	printf "| the store, `--method naive` (reading costs most) | %.2f | %.2f | %.0f | %.0f MB |\n", sn, csn, n / sn, msn / 1024
	printf "| the file, `--method naive` | %.2f | %.2f | %.0f | %.0f MB |\n", fn, cfn, n / fn, mfn / 1024
	printf "\n**Ratio: forecasting from the store runs at %.2f x the rate of forecasting the same series from a file** (auto,\n", fa / sa
	printf "wall time; by CPU time %.2f x: on a shared machine the CPU figure is the steadier one);\n", cfa / csa
	printf "reading %d series (%d values) from the store costs %.2f s wall / %.2f s CPU more than reading the CSV (naive: %.2f x).\n", n, n * 8, sn - fn, csn - cfn, fn / sn
	printf "Both outputs are the same bytes (checked).\n"
}' >"$OUT/section.md"
cat "$OUT/section.md"
python3 "$HERE/../lib/results.py" "$HERE/../RESULTS.md" "Forecasting stored series" "$OUT/section.md"
