#!/bin/sh
# bench/http/run.sh BINARY - `sb40 serve` under wrk on loopback, against
# nginx serving the same bytes as static files, in the same run (issue 6):
# requests per second, p99 latency, errors, and the server's memory before
# and after.
#
# Endpoints: /api/v1/zones (JSON, 8 zones with their latest values) and the
# overview page `/` (HTML with SVG charts), both signed in by cookie: every
# request checks its session in the database and writes an access-log line.
# nginx serves the very bytes sb40 answered, as files (worker_processes 2,
# keep-alive, access log on and buffered with flush=1s: the policy of sb40's
# --access-log FILE), so the ratio is what sb40's dynamic answer
# costs against the fastest static answer.  A second anchor, a minimal
# libmicrohttpd server (anchor.c) on sb40's daemon settings, shows how much
# of the gap is the HTTP library.  sb40 answers repeated GETs from its
# response cache (web/rcache.h) while the data do not change, as in
# production; BENCH_NOCACHE=1 adds a row with the cache defeated (a new
# query string per request, so every answer is built from the database).
# wrk: 2 threads, 64 connections, DURATION s (default 30) per run, median
# of RUNS (default 3).  Errors (socket errors, non-2xx) must be 0.
set -eu
BIN=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../out/http"
DURATION=${DURATION:-30}
RUNS=${RUNS:-3}
THREADS=2
mkdir -p "$OUT/www/api/v1"
rm -f "$OUT"/*.txt "$OUT"/*.out "$OUT"/*.log "$OUT/b.db" "$OUT/b.db-wal" "$OUT/b.db-shm"
command -v wrk >/dev/null || { echo "bench/http: wrk is missing (scripts/deps.sh bench)" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "bench/http: nginx is missing (scripts/deps.sh bench)" >&2; exit 1; }
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
curl -s -H "$COOKIE" "$U/api/v1/zones" > "$OUT/www/api/v1/zones"
curl -s -H "$COOKIE" "$U/" > "$OUT/www/index.html"
grep -q '"items"' "$OUT/www/api/v1/zones" && grep -q '<svg' "$OUT/www/index.html" ||
	{ echo "bench/http: no zones JSON or overview page" >&2; kill $SPID; exit 1; }

# nginx on a free port, as this user, everything under OUT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
NPORT=$(free_port)
APORT=$(free_port)
while [ "$APORT" = "$NPORT" ]; do APORT=$(free_port); done
cat > "$OUT/nginx.conf" <<CONF
worker_processes $THREADS;
daemon off;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log $OUT/nginx-access.log combined buffer=64k flush=1s;
  client_body_temp_path $OUT/tmp; proxy_temp_path $OUT/tmp; fastcgi_temp_path $OUT/tmp;
  uwsgi_temp_path $OUT/tmp; scgi_temp_path $OUT/tmp;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NPORT;
    root $OUT/www;
    location = /api/v1/zones { default_type "application/json; charset=utf-8"; }
    location = / { default_type "text/html; charset=utf-8"; }
  }
}
CONF
mkdir -p "$OUT/tmp"
"$NGINX" -c "$OUT/nginx.conf" -e "$OUT/nginx-error.log" &
NPID=$!
"$OUT/anchor" "$OUT/www/api/v1/zones" $APORT $THREADS &
APID=$!
sleep 0.5
curl -s "http://127.0.0.1:$NPORT/api/v1/zones" | cmp -s - "$OUT/www/api/v1/zones" ||
	{ echo "bench/http: nginx does not serve the same bytes" >&2; kill $SPID $NPID $APID; exit 1; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

cat > "$OUT/nocache.lua" <<'LUA'
local n = 0
request = function() n = n + 1; return wrk.format(nil, "/api/v1/zones?n=" .. n) end
LUA
# one wrk run: prints "rps p99_ms errors"
run_wrk() {
	wrk -t2 -c64 -d"${DURATION}s" --latency -H "$COOKIE" "$@" > "$OUT/wrk.txt" 2>&1
	awk '
	/Requests\/sec/ {rps = $2}
	/^ +99%/ {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; p99 = v}
	/Socket errors/ {gsub(/,/, ""); e += $4 + $6 + $8 + $10}
	/Non-2xx/ {e += $5}
	END {printf "%.0f %.3f %d\n", rps, p99, e}' "$OUT/wrk.txt"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

wrk -t2 -c64 -d2s -H "$COOKIE" "$U/api/v1/zones" >/dev/null 2>&1
wrk -t2 -c64 -d2s "http://127.0.0.1:$NPORT/api/v1/zones" >/dev/null 2>&1
RSS0=$(rss $SPID)
for i in $(seq "$RUNS"); do
	echo "bench/http: run $i/$RUNS" >&2
	run_wrk "$U/api/v1/zones" >> "$OUT/zones.txt"
	run_wrk "http://127.0.0.1:$NPORT/api/v1/zones" >> "$OUT/nginx_zones.txt"
	run_wrk "$U/" >> "$OUT/page.txt"
	run_wrk "http://127.0.0.1:$NPORT/" >> "$OUT/nginx_page.txt"
	run_wrk "http://127.0.0.1:$APORT/api/v1/zones" >> "$OUT/anchor.txt"
done
RSS1=$(rss $SPID)
LOGLINES=$(grep -c '"GET /' "$OUT/access.log" || true)
# after the memory reading: 4096 distinct answers fill the cache to its bound
if [ "${BENCH_NOCACHE:-0}" = 1 ]; then
	for i in $(seq "$RUNS"); do
		run_wrk -s "$OUT/nocache.lua" "$U/api/v1/zones" >> "$OUT/nocache.txt"
	done
fi
NRSS=$(( $(ps -o rss= --ppid $NPID | paste -sd+ | bc) + $(rss $NPID) ))
kill -TERM $SPID $NPID $APID
wait $SPID || true
wait $NPID || true
wait $APID || true

col() { awk -v c="$2" '{print $c}' "$OUT/$1.txt" | median; }
errs() { awk '{s += $3} END {print s + 0}' "$OUT/$1.txt"; }
row() { # NAME LABEL
	printf '| %s | %s | %.2f ms | %s |\n' "$2" "$(col "$1" 1)" "$(col "$1" 2)" "$(errs "$1")"
}
{
	printf 'Measured %s on %s (2 cores, shared by wrk and the server); libmicrohttpd %s, %s; wrk -t2 -c64 -d%ss, median of %s runs; `make bench` or `sh bench/http/run.sh build/sb40`.\n\n' \
		"$(date -u +%Y-%m-%d)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
		"$(pkg-config --modversion libmicrohttpd)" "$("$NGINX" -v 2>&1 | sed 's/.*: //')" "$DURATION" "$RUNS"
	printf '| endpoint (sb40: signed in, %s threads; nginx: %s workers) | requests/s | p99 latency | errors |\n|---|---|---|---|\n' $THREADS $THREADS
	row zones "sb40 GET /api/v1/zones ($(wc -c < "$OUT/www/api/v1/zones") bytes)"
	row nginx_zones "anchor: nginx, the same JSON as a static file"
	row page "sb40 GET / (overview page, $(wc -c < "$OUT/www/index.html") bytes)"
	row nginx_page "anchor: nginx, the same page as a static file"
	row anchor "minimal libmicrohttpd server, the same JSON, sb40's daemon settings"
	[ -s "$OUT/nocache.txt" ] && row nocache "sb40 GET /api/v1/zones, cache defeated (built from SQLite each time)"
	printf '\n**Ratio: /api/v1/zones at %s x nginx'"'"'s rate; the overview page at %s x** (aim: >= 0.5 on the JSON endpoint).\n' \
		"$(awk -v a="$(col zones 1)" -v b="$(col nginx_zones 1)" 'BEGIN {printf "%.2f", a / b}')" \
		"$(awk -v a="$(col page 1)" -v b="$(col nginx_page 1)" 'BEGIN {printf "%.2f", a / b}')"
	printf 'Server memory (RSS): %s MB before the runs, %s MB after %s logged requests (nginx, master and workers: %s MB).\n' \
		"$(echo "scale=1; $RSS0 / 1024" | bc)" "$(echo "scale=1; $RSS1 / 1024" | bc)" "$LOGLINES" "$(echo "scale=1; $NRSS / 1024" | bc)"
	printf 'Every sb40 request checked its session in SQLite and the data version (web/rcache.h), and was written to the access log.\n'
} > "$OUT/section.md"
cat "$OUT/section.md"
python3 "$HERE/../lib/results.py" "$HERE/../RESULTS.md" "HTTP" "$OUT/section.md"
for f in zones page; do
	[ "$(errs $f)" -eq 0 ] || { echo "bench/http: errors under load on $f" >&2; exit 1; }
done
