# test_compare.sh - every read command prints the same on both backends.
#
# The demo data goes into a SQLite file and into PostgreSQL; each read below
# runs on both and the outputs must be identical (after FILTER, which only
# drops what differs by nature: the database's name, recording times).  To
# cover a new read command, add a line:  ARGS | FILTER.  A command this
# build does not have yet (`sb40 CMD --help` fails) is skipped, and said so.
# The web's JSON API (every read endpoint, signed in as the demo admin) is
# compared the same way.
. "$(dirname "$0")/../cli/lib.inc"
: "${SB40_TEST_PG_URL:?run by tests/pg/with.sh}"
LITE="$WORK/s.db"
PG=$SB40_TEST_PG_URL
"$SB40" demo --db "$LITE" >"$WORK/demo_lite.out" 2>/dev/null || bad "demo sqlite"
"$SB40" demo --db "$PG" >"$WORK/demo_pg.out" 2>/dev/null || bad "demo postgresql"

READS="overview | sed 1d
history zone:TK-BEKTEMIR enterprises | cut -f1-3,5-
history zone:TK-BEKTEMIR workers 2023 | cut -f1-3,5-
history 'region:Tashkent city' enterprises | cut -f1-3,5-
history country:UZ innov_output_total | cut -f1-3,5-
history enterprise:301000011 output | cut -f1-3,5-
zones rank | cat
zones rank --format csv | cat
zones rank --format json | cat
zones check | cat
zones check --format csv | cat
zones check --format json --today 2026-06-30 | cat
zones report --format csv --today 2026-06-30 | cat
zones report --format html --today 2026-06-30 --lang ru | cat
zones rank --year 2023 --format json --lang uz-Cyrl | cat
zones obligations --today 2026-06-30 | cat
zones obligations --format json --today 2026-06-30 | cat
zones lots --format csv | cat
zones indicators | cat
zones indicators --format json --year 2024 | cat
zones regions | cat
zones regions --format json --lang en | cat
export observations --format csv | cat
export enterprises --format csv | cat
user list | cut -f1-5"

n=0
while IFS= read -r line; do
	args=${line%% | *}
	filter=${line#* | }
	eval "set -- $args"
	if ! "$SB40" "$1" --help >/dev/null 2>&1 || ! "$SB40" "$@" --help >/dev/null 2>&1; then
		echo "skipped (not in this build): sb40 $args"
		continue
	fi
	"$SB40" "$@" --db "$LITE" 2>&1 | sh -c "$filter" > "$WORK/lite.out"; rl=$?
	"$SB40" "$@" --db "$PG" 2>&1 | sh -c "$filter" > "$WORK/pg.out"; rp=$?
	if cmp -s "$WORK/lite.out" "$WORK/pg.out" && [ -s "$WORK/lite.out" ]; then
		ok
	else
		bad "sb40 $args differs between SQLite and PostgreSQL (or is empty):"
		diff "$WORK/lite.out" "$WORK/pg.out" | head -n 20 >&2
	fi
	n=$((n + 1))
done <<LIST
$READS
LIST
expect_eq "read commands compared, at least 6" "$([ $n -ge 6 ] && echo yes)" yes

# the JSON API on both, signed in as the demo admin
serve() { # serve DB NAME -> base URL in $WORK/NAME.url, cookie jar $WORK/NAME.jar
	"$SB40" serve --db "$1" --port 0 --threads 2 >"$WORK/$2.serve" 2>/dev/null &
	echo $! > "$WORK/$2.pid"
	for _ in $(seq 100); do grep -q listening "$WORK/$2.serve" 2>/dev/null && break; sleep 0.1; done
	sed -n 's/.*\(http:\/\/127\.0\.0\.1:[0-9]*\)\/.*/\1/p' "$WORK/$2.serve" > "$WORK/$2.url"
	pw=$(sed -n 's/^web sign-in: admin \/ \([^ ]*\) .*/\1/p' "$WORK/demo_$2.out")
	curl -s -c "$WORK/$2.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"admin\",\"password\":\"$pw\"}" "$(cat "$WORK/$2.url")/api/v1/login" >/dev/null
}
serve "$LITE" lite
serve "$PG" pg
trap 'kill $(cat "$WORK/lite.pid") $(cat "$WORK/pg.pid") 2>/dev/null' EXIT
for path in overview zones zones/TK-BEKTEMIR indicators "enterprises?limit=5" "enterprises?zone=TK-BEKTEMIR" \
	obligations lots "observations?entity=zone&limit=20" "observations?indicator=enterprises&period=2024" \
	"observations/history?entity=zone:TK-BEKTEMIR&indicator=enterprises"; do
	curl -s -b "$WORK/lite.jar" "$(cat "$WORK/lite.url")/api/v1/$path" | sed 's/"recorded_at":"[^"]*"//g' > "$WORK/lite.json"
	curl -s -b "$WORK/pg.jar" "$(cat "$WORK/pg.url")/api/v1/$path" | sed 's/"recorded_at":"[^"]*"//g' > "$WORK/pg.json"
	if cmp -s "$WORK/lite.json" "$WORK/pg.json" && [ "$(head -c 1 "$WORK/lite.json")" = "{" ]; then
		ok
	else
		bad "/api/v1/$path differs (or is not a JSON object):"
		diff "$WORK/lite.json" "$WORK/pg.json" | head -n 10 >&2
	fi
done
finish
