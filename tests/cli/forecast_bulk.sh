#!/bin/bash
# sb40 forecast on many stored series at once (--entity KIND:*, --indicator
# '*'; docs/forecast.md): on the demo database (SQLite, and PostgreSQL through
# tests/pg/with.sh), every zone's enterprises and every indicator of every
# zone, each series byte for byte what the single-series command writes for
# it and what the file mode writes for the same values; firms of one zone;
# gaps, --fill, a series too short for --backtest, --output all or nothing;
# and the errors with their exit codes.
. "$(dirname "$0")/lib.inc"
set -uo pipefail
cd "$WORK"
TRY="Try 'sb40 forecast --help'."

DB=$(newdb fcbulk)
"$SB40" demo --db "$DB" >/dev/null 2>&1 || { echo "demo failed"; exit 1; }
# firms' series: 301000011 (TK-BEKTEMIR) two indicators, 301000033
# (TK-CHILANZOR-1) one, 301000022 (TK-BEKTEMIR) one with 2019 missing
{
	echo 'entity,indicator,period,value,source'
	v=10; for y in 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024; do
		v=$((v + y % 7))
		echo "enterprise:301000011,workers,$y,$v,test"
		echo "enterprise:301000011,investment,$y,$((v * 3 + 1)).5,test"
		echo "enterprise:301000033,workers,$y,$((v * 2)),test"
		[ $y -eq 2019 ] || echo "enterprise:301000022,workers,$y,$((v + 4)),test"
	done
} >firms.csv
"$SB40" import observations firms.csv --db "$DB" >/dev/null || { echo "import failed"; exit 1; }
# a revision: 301000033's 2024 and 2020 values corrected (twice for 2020)
printf 'entity,indicator,period,value,source\nenterprise:301000033,workers,2024,999,fix\nenterprise:301000033,workers,2020,5,fix\n' >fix1.csv
printf 'entity,indicator,period,value,source\nenterprise:301000033,workers,2020,7,fix\n' >fix2.csv
"$SB40" import observations fix1.csv --db "$DB" >/dev/null && "$SB40" import observations fix2.csv --db "$DB" >/dev/null ||
	{ echo "import of the revisions failed"; exit 1; }

F="--db $DB --fill linear --horizon 3"
# ---- every zone's enterprises ---------------------------------------------
"$SB40" forecast $F --entity 'zone:*' --indicator enterprises >zones.csv || fail "zone:* exit $?"
want=$(sq "$DB" "SELECT DISTINCT z.code FROM observation_current c JOIN zone z ON z.id = c.entity_id
	JOIN indicator i ON i.id = c.indicator_id WHERE c.entity_kind = 'zone' AND i.code = 'enterprises'" |
	LC_ALL=C sort | sed 's|^|zone:|; s|$|/enterprises|')
[ "$(echo "$want" | wc -l)" -eq 8 ] || fail "the demo has 8 zones with enterprises: $want"
expect_eq "one series per zone with values, sorted" "$(tail -n +2 zones.csv | cut -d, -f1 | uniq)" "$want"
expect_eq "3 periods per series" "$(wc -l <zones.csv)" 25
# byte for byte the single-series command, zone by zone
head -1 zones.csv >single.csv
for s in $want; do
	z=${s%/enterprises}
	"$SB40" forecast $F --entity "$z" --indicator enterprises | tail -n +2 >>single.csv
done
cmp -s zones.csv single.csv || fail "zone:* differs from the single-series commands: $(diff zones.csv single.csv | head -5)"
# and the file mode on the same values (the anchor of bench/fcbulk)
{
	echo series,period,value
	sq "$DB" "SELECT 'zone:' || z.code || '/' || i.code, c.period, c.value FROM observation_current c
		JOIN zone z ON z.id = c.entity_id JOIN indicator i ON i.id = c.indicator_id
		WHERE c.entity_kind = 'zone' AND i.code = 'enterprises' ORDER BY 1, 2" | tr '|' ,
} >zones_in.csv
"$SB40" forecast zones_in.csv --fill linear --horizon 3 >file.csv || fail "file mode"
cmp -s zones.csv file.csv || fail "zone:* differs from the file mode: $(diff zones.csv file.csv | head -5)"

# ---- every indicator of every zone ----------------------------------------
"$SB40" forecast $F --entity 'zone:*' --indicator '*' --level none >all.csv || fail "zone:* * exit $?"
want=$(sq "$DB" "SELECT DISTINCT 'zone:' || z.code || '/' || i.code FROM observation_current c
	JOIN zone z ON z.id = c.entity_id JOIN indicator i ON i.id = c.indicator_id
	WHERE c.entity_kind = 'zone'" | LC_ALL=C sort)
[ "$(echo "$want" | wc -l)" -ge 20 ] || fail "the demo's zone series: $want"
expect_eq "every zone indicator with values" "$(tail -n +2 all.csv | cut -d, -f1 | uniq)" "$want"
for s in $want; do
	"$SB40" forecast $F --entity "${s%/*}" --indicator "${s##*/}" --level none | tail -n +2 >one.csv
	grep -F "$s," all.csv | cmp -s - one.csv || fail "$s differs from the single-series command"
done
# one entity, every indicator; json and --jobs change nothing
"$SB40" forecast $F --entity zone:TK-BEKTEMIR --indicator '*' --level none >bek.csv
expect_eq "zone:TK-BEKTEMIR, every indicator" "$(cat bek.csv)" "$(head -1 all.csv; grep '^zone:TK-BEKTEMIR/' all.csv)"
"$SB40" forecast $F --entity 'zone:*' --indicator '*' --level none --jobs 1 >all1.csv
cmp -s all.csv all1.csv || fail "--jobs 1 differs from --jobs 2"
"$SB40" forecast $F --entity 'zone:*' --indicator '*' --format json --output all.json || fail "json"
expect_eq "json: every series" "$(jget all.json 'len(d["series"])')" "$(echo "$want" | wc -l)"
expect_eq "json: filled values counted" "$(jget all.json 'd["series"][1]["series"], d["series"][1]["filled"]')" \
	"zone:TK-BEKTEMIR/enterprises 5"

# ---- firms --------------------------------------------------------------
"$SB40" forecast $F --entity 'enterprise:*' --indicator '*' >firms.out || fail "enterprise:* exit $?"
expect_eq "every firm series" "$(tail -n +2 firms.out | cut -d, -f1 | uniq | tr '\n' ' ')" \
	"enterprise:301000011/investment enterprise:301000011/workers enterprise:301000022/workers enterprise:301000033/workers "
# the current values (the latest revision), as the single-series command reads them
"$SB40" forecast $F --entity enterprise:301000033 --indicator workers >f33.csv
expect_eq "revised firm: the current values" "$(grep '^enterprise:301000033/' firms.out)" "$(tail -n +2 f33.csv)"
expect_eq "revised firm: naive forecasts the latest revision" "$("$SB40" forecast --db "$DB" \
	--entity 'enterprise:*' --indicator workers --method naive --horizon 1 --level none --fill linear |
	grep '^enterprise:301000033/')" "enterprise:301000033/workers,2025,999"
"$SB40" forecast $F --entity 'enterprise:*@zone:TK-BEKTEMIR' --indicator workers >bekf.csv || fail "@zone"
expect_eq "the firms of one zone" "$(tail -n +2 bekf.csv | cut -d, -f1 | uniq | tr '\n' ' ')" \
	"enterprise:301000011/workers enterprise:301000022/workers "
"$SB40" forecast $F --entity 'enterprise:*' --indicator workers --backtest 2 --method naive,drift >bt.csv ||
	fail "backtest"
expect_eq "backtest: one row per series and method" "$(tail -n +2 bt.csv | cut -d, -f1,2 | tr '\n' ' ')" \
	"enterprise:301000011/workers,naive enterprise:301000011/workers,drift enterprise:301000022/workers,naive enterprise:301000022/workers,drift enterprise:301000033/workers,naive enterprise:301000033/workers,drift "

# ---- failures of one series fail the whole command, nothing written -------
expect 1 'sb40: series "enterprise:301000022/workers" has no value for period 2019; --fill linear, previous or zero fills gaps' \
	forecast --db "$DB" --entity 'enterprise:*' --indicator workers --output gap.csv
[ ! -e gap.csv ] || fail "--output written although a series has a gap"
# too short for a method: as in the file mode, an error naming both
expect 1 'sb40: series "zone:TK-BEKTEMIR/area_used_pct": method auto: a backtest over 2 origins needs at least 3 values, the series has 1' \
	forecast $F --entity 'zone:*' --indicator '*' --backtest 2

# ---- errors -------------------------------------------------------------
expect 2 "sb40: --entity: unknown kind in \"firm:*\" (expected zone:*, enterprise:*, region:* or country:*)
$TRY" forecast --db "$DB" --entity 'firm:*' --indicator enterprises
expect 2 "sb40: --entity: a wildcard stands for every key of a kind: zone:*, enterprise:*, region:*, country:* or enterprise:*@zone:CODE, got \"zone:TK-*\"
$TRY" forecast --db "$DB" --entity 'zone:TK-*' --indicator enterprises
expect 2 "sb40: --indicator: expected an indicator code or *, got \"enter*\"
$TRY" forecast --db "$DB" --entity 'zone:*' --indicator 'enter*'
expect 1 'sb40: --indicator: no indicator "nope" in the database' \
	forecast --db "$DB" --entity 'zone:*' --indicator nope
expect 1 'sb40: --entity region:* --indicator workers: no values in the database' \
	forecast --db "$DB" --entity 'region:*' --indicator workers
expect 1 'sb40: --entity: unknown zone "NOPE"' \
	forecast --db "$DB" --entity 'enterprise:*@zone:NOPE' --indicator '*'
expect 1 'sb40: unknown zone "NOPE"' forecast --db "$DB" --entity zone:NOPE --indicator '*'

finish
