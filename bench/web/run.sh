#!/bin/sh
# bench/web/run.sh BINARY - `sb40 serve` under wrk on loopback, against a
# minimal libmicrohttpd server (bench/web/anchor.c) answering the same JSON
# bytes on the same daemon settings, in the same run.
#
# Why that anchor: both sides use the same HTTP library with the same thread
# pool and epoll, so the ratio is exactly what sb40 adds per request
# (routing, the session lookup in SQLite, the query, JSON, headers, the
# access log); nginx would compare two HTTP stacks instead.
# Endpoints: /api/v1/zones (8 zones with their latest counts: four queries'
# worth of work) and /api/v1/indicators (26 rows), signed in by cookie.
# wrk: 2 threads, 64 connections, DURATION s (default 10) per run, median of
# RUNS (default 3).  Errors (socket errors and non-2xx) must be 0; the
# server's RSS is read before the first run and after the last.
set -eu
BIN=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../out/web"
DURATION=${DURATION:-10}
RUNS=${RUNS:-3}
THREADS=2
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/*.out "$OUT"/*.log "$OUT/b.db" "$OUT/b.db-wal" "$OUT/b.db-shm" "$OUT/perf.data"
command -v wrk >/dev/null || { echo "bench/web: wrk is missing (scripts/deps.sh bench)" >&2; exit 1; }
cc -O2 -o "$OUT/anchor" "$HERE/anchor.c" $(pkg-config --cflags --libs libmicrohttpd) -lpthread

"$BIN" demo --db "$OUT/b.db" >/dev/null 2>&1
echo 'bench-password-1' | "$BIN" user add bench --role analyst --password-stdin --db "$OUT/b.db" >/dev/null
"$BIN" serve --db "$OUT/b.db" --port 0 --threads $THREADS --access-log "$OUT/access.log" >"$OUT/serve.out" &
SPID=$!
for _ in $(seq 100); do grep -q listening "$OUT/serve.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$OUT/serve.out")
U="http://127.0.0.1:$PORT"
curl -s -c "$OUT/jar" -H 'Content-Type: application/json' \
	-d '{"login":"bench","password":"bench-password-1"}' "$U/api/v1/login" >/dev/null
TOKEN=$(awk '$6 == "sb40_session" {print $7}' "$OUT/jar")
COOKIE="Cookie: sb40_session=$TOKEN"
curl -s -H "$COOKIE" "$U/api/v1/zones" > "$OUT/zones.json"
[ -s "$OUT/zones.json" ] && grep -q '"items"' "$OUT/zones.json" || { echo "no zones JSON" >&2; kill $SPID; exit 1; }
APORT=$((PORT + 1))
"$OUT/anchor" "$OUT/zones.json" $APORT $THREADS &
APID=$!
sleep 0.3
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

# one wrk run: prints "rps p99_ms errors"
run_wrk() {
	wrk -t2 -c64 -d"${DURATION}s" --latency -H "$COOKIE" "$1" > "$OUT/wrk.txt" 2>&1
	awk '
	/Requests\/sec/ {rps = $2}
	/^ +99%/ {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; p99 = v}
	/Socket errors/ {gsub(/,/, ""); e += $4 + $6 + $8 + $10}
	/Non-2xx/ {e += $5}
	END {printf "%.0f %.3f %d\n", rps, p99, e}' "$OUT/wrk.txt"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# warm up, then measure
wrk -t2 -c64 -d2s -H "$COOKIE" "$U/api/v1/zones" >/dev/null 2>&1
RSS0=$(rss $SPID)
for i in $(seq "$RUNS"); do
	echo "run $i/$RUNS" >&2
	run_wrk "$U/api/v1/zones" >> "$OUT/zones.txt"
	run_wrk "$U/api/v1/indicators" >> "$OUT/indicators.txt"
	run_wrk "http://127.0.0.1:$APORT/api/v1/zones" >> "$OUT/anchor.txt"
done
RSS1=$(rss $SPID)
ARSS=$(rss $APID)
kill -TERM $SPID $APID
wait $SPID || true
wait $APID || true
LOGLINES=$(grep -c '"GET /api/v1/' "$OUT/access.log" || true)

col() { awk -v c="$2" '{print $c}' "$OUT/$1.txt" | median; }
errs() { awk '{s += $3} END {print s + 0}' "$OUT/$1.txt"; }
ZR=$(col zones 1); ZP=$(col zones 2); ZE=$(errs zones)
IR=$(col indicators 1); IP=$(col indicators 2); IE=$(errs indicators)
AR=$(col anchor 1); AP=$(col anchor 2); AE=$(errs anchor)
BYTES=$(wc -c < "$OUT/zones.json")
awk -v zr="$ZR" -v zp="$ZP" -v ze="$ZE" -v ir="$IR" -v ip="$IP" -v ie="$IE" -v ar="$AR" -v ap="$AP" \
    -v ae="$AE" -v r0="$RSS0" -v r1="$RSS1" -v arss="$ARSS" -v bytes="$BYTES" -v d="$DURATION" \
    -v runs="$RUNS" -v lines="$LOGLINES" \
    -v cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    -v mhd="$(pkg-config --modversion libmicrohttpd)" -v day="$(date -u +%Y-%m-%d)" 'BEGIN {
	printf "Measured %s on %s (2 cores, shared by wrk and the server), libmicrohttpd %s; wrk -t2 -c64 -d%ds, median of %d runs; `make bench` or `sh bench/web/run.sh build/sb40`.\n\n", day, cpu, mhd, d, runs
	printf "| endpoint (signed in, %d server threads) | requests/s | p99 latency | errors |\n|---|---|---|---|\n", 2
	printf "| sb40 GET /api/v1/zones (%d bytes) | %d | %.2f ms | %d |\n", bytes, zr, zp, ze
	printf "| sb40 GET /api/v1/indicators | %d | %.2f ms | %d |\n", ir, ip, ie
	printf "| anchor: minimal libmicrohttpd server, same bytes, same daemon settings | %d | %.2f ms | %d |\n", ar, ap, ae
	printf "\n**Ratio: /api/v1/zones at %.2f x the anchor'"'"'s rate** (target >= 0.5, as against a static file).\n", zr / ar
	printf "Server memory (RSS): %.1f MB before the runs, %.1f MB after %d logged API requests (anchor: %.1f MB).\n", r0 / 1024, r1 / 1024, lines, arss / 1024
	printf "Every request was written to the access log and checked its session in SQLite.\n"
}' > "$OUT/section.md"
cat "$OUT/section.md"
python3 "$HERE/../lib/results.py" "$HERE/../RESULTS.md" "Web" "$OUT/section.md"
[ "$ZE" -eq 0 ] && [ "$IE" -eq 0 ] || { echo "bench/web: errors under load" >&2; exit 1; }
