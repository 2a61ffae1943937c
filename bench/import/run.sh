#!/bin/sh
# bench/import/run.sh BINARY [N] - validated import of a national registry
# against the sqlite3 shell's .import of the same CSV, in the same run.
#
# The registry (bench/import/gen.py, deterministic): N firms (default
# 1,000,000) over 14 regions and 317 zones, plus 10 years of 5 indicators for
# every zone.  sb40 imports it with full validation into `enterprise`; the
# anchor is `.import` of the same file into a table with the same columns
# (region and zone as text), the same constraints and the same indexes, in
# one transaction with the same pragmas (WAL, synchronous=NORMAL, 16 MB
# cache).  Median of 3 runs each; peak memory from GNU time.
set -eu
BIN=$(realpath "$1")
N=${2:-1000000}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../out/import"
RUNS=3
mkdir -p "$OUT"
echo "generating $N firms..." >&2
python3 "$HERE/gen.py" "$OUT/data" "$N"
ROWS=$(($(wc -l < "$OUT/data/enterprises.csv") - 1))

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

sb40_once() {
	rm -f "$OUT/s.db" "$OUT/s.db-wal" "$OUT/s.db-shm"
	"$BIN" init --db "$OUT/s.db" >/dev/null
	"$BIN" import zones "$OUT/data/zones.csv" --db "$OUT/s.db" >/dev/null
	t0=$(now)
	/usr/bin/time -f "%M" -o "$OUT/rss" "$BIN" import enterprises "$OUT/data/enterprises.csv" --db "$OUT/s.db" >/dev/null
	t1=$(now)
	echo "$t1 - $t0" | bc -l >> "$OUT/sb40.times"
	cat "$OUT/rss" >> "$OUT/sb40.rss"
}

anchor_once() {
	rm -f "$OUT/a.db" "$OUT/a.db-wal" "$OUT/a.db-shm"
	"$BIN" init --db "$OUT/a.db" >/dev/null
	sqlite3 "$OUT/a.db" "CREATE TABLE enterprise_raw (tin TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
	  legal_form TEXT NOT NULL, activity_code TEXT, region TEXT NOT NULL, zone TEXT,
	  registered_on TEXT, status TEXT NOT NULL DEFAULT 'active'
	  CHECK (status = 'active' OR status = 'suspended' OR status = 'liquidated'));
	  CREATE INDEX er_region ON enterprise_raw(region, legal_form);
	  CREATE INDEX er_zone ON enterprise_raw(zone);
	  CREATE INDEX er_form ON enterprise_raw(legal_form);
	  CREATE INDEX er_activity ON enterprise_raw(activity_code);"
	t0=$(now)
	/usr/bin/time -f "%M" -o "$OUT/rss" sqlite3 "$OUT/a.db" <<SQL >/dev/null
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -16384;
BEGIN;
.import --csv --skip 1 $OUT/data/enterprises.csv enterprise_raw
COMMIT;
SQL
	t1=$(now)
	echo "$t1 - $t0" | bc -l >> "$OUT/anchor.times"
	cat "$OUT/rss" >> "$OUT/anchor.rss"
}

# For context: .import into a table with only the unique key (no secondary
# indexes, no CHECK): the floor of what SQLite can do with this file.
bare_once() {
	rm -f "$OUT/b.db" "$OUT/b.db-wal" "$OUT/b.db-shm"
	sqlite3 "$OUT/b.db" "PRAGMA journal_mode = WAL; CREATE TABLE enterprise_raw (tin TEXT NOT NULL
	  UNIQUE, name TEXT, legal_form TEXT, activity_code TEXT, region TEXT, zone TEXT,
	  registered_on TEXT, status TEXT);" >/dev/null
	t0=$(now)
	sqlite3 "$OUT/b.db" <<SQL >/dev/null
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -16384;
BEGIN;
.import --csv --skip 1 $OUT/data/enterprises.csv enterprise_raw
COMMIT;
SQL
	t1=$(now)
	echo "$t1 - $t0" | bc -l >> "$OUT/bare.times"
}

rm -f "$OUT"/*.times "$OUT"/*.rss
for i in $(seq $RUNS); do
	echo "run $i/$RUNS" >&2
	sb40_once
	anchor_once
	bare_once
done
B=$(median < "$OUT/bare.times")
S=$(median < "$OUT/sb40.times")
A=$(median < "$OUT/anchor.times")
SR=$(median < "$OUT/sb40.rss")
AR=$(median < "$OUT/anchor.rss")
check=$(sqlite3 "$OUT/s.db" "SELECT count(*) FROM enterprise")
[ "$check" -eq "$ROWS" ] || { echo "sb40 imported $check rows, expected $ROWS" >&2; exit 1; }
# the zone indicators, for completeness (small)
t0=$(now); "$BIN" import observations "$OUT/data/observations.csv" --db "$OUT/s.db" >/dev/null; t1=$(now)
OBS=$(echo "$t1 - $t0" | bc -l)
NOBS=$(($(wc -l < "$OUT/data/observations.csv") - 1))

awk -v n="$ROWS" -v s="$S" -v a="$A" -v b="$B" -v sr="$SR" -v ar="$AR" -v obs="$OBS" -v nobs="$NOBS" \
    -v cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    -v sq="$(sqlite3 --version | cut -d' ' -f1)" -v day="$(date -u +%Y-%m-%d)" 'BEGIN {
	printf "Measured %s on %s (2 cores), SQLite %s; median of 3 runs; `make bench` or `sh bench/import/run.sh build/sb40`.\n\n", day, cpu, sq
	printf "| import of %d firms (96 MB CSV) | seconds | rows/s | peak RSS |\n|---|---|---|---|\n", n
	printf "| sb40 import enterprises (validated, all-or-nothing) | %.2f | %.0f | %.0f MB |\n", s, n / s, sr / 1024
	printf "| sqlite3 .import, same columns, constraints, indexes (anchor) | %.2f | %.0f | %.0f MB |\n", a, n / a, ar / 1024
	printf "| sqlite3 .import into a table with only the unique key (context: no secondary index) | %.2f | %.0f | |\n", b, n / b
	printf "\n**Ratio: sb40 imports at %.2f x the rate of .import** (target >= 0.5); peak memory %.0f MB (target < 100 MB).\n", a / s, sr / 1024
	printf "Against the bare table sb40 runs at %.2f x: the four secondary indexes the dashboards need cost more than validation does.\n", b / s
	printf "Zone indicators (%d observations, revision check on every row): %.2f s.\n", nobs, obs
}' > "$OUT/section.md"
cat "$OUT/section.md"
python3 "$HERE/../lib/results.py" "$HERE/../RESULTS.md" "Import" "$OUT/section.md"
