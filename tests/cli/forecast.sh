#!/bin/bash
# sb40 forecast: formats (csv per DESIGN.md, json, text per language, svg),
# periods continued, backtest, threads, the database, and bad input with the
# exact message and exit code.  Uses only methods the registry has today
# (ets, arima); a method that may come later is tested only when present.
. "$(dirname "$0")/lib.inc"
set -euo pipefail
SHARED=${SB40_SHARED:-$SB40_SOURCE/../shared}
cd "$WORK"
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

TRY="Try 'sb40 forecast --help'."

# ---- good runs -----------------------------------------------------------
printf 'series,period,value\nB,2024Q1,12\nA,2018,10\nA,2019,12\nA,2020,13\nA,2021,15\nA,2022,16\nA,2023,18\nB,2024Q2,15\nB,2024Q3,11\nB,2024Q4,14\nB,2025Q1,13\nB,2025Q2,16\nB,2025Q3,12\nB,2025Q4,15\n' >two.csv
"$SB40" forecast two.csv --method ets --horizon 3 >two.out
[ "$(head -1 two.out)" == "series,period,forecast,lo80,hi80,lo95,hi95" ] || fail "csv header"
[ "$(cut -d, -f1,2 two.out | tr '\n' ' ')" == "series,period B,2026Q1 B,2026Q2 B,2026Q3 A,2024 A,2025 A,2026 " ] \
	|| fail "periods continue the input's, series in input order: $(cut -d, -f1,2 two.out | tr '\n' ' ')"
python3 - two.out <<'PY' || fail "every row has lo95 <= lo80 <= forecast <= hi80 <= hi95"
import csv, sys
for r in csv.DictReader(open(sys.argv[1])):
    v = [float(r[k]) for k in ("lo95", "lo80", "forecast", "hi80", "hi95")]
    assert v == sorted(v), r
PY
# the contract's long form goes straight into m3eval-style readers: the
# default horizon is 6 yearly and 8 quarterly
"$SB40" forecast two.csv --method ets >def.out
[ "$(grep -c '^A,' def.out) $(grep -c '^B,' def.out)" == "6 8" ] || fail "default horizons"
# --input and FILE are the same; several methods add a method column
"$SB40" forecast --input two.csv --method ets,arima --horizon 2 --level 90 >m2.out
[ "$(head -1 m2.out)" == "series,method,period,forecast,lo90,hi90" ] || fail "method column, --level 90"
[ "$(wc -l <m2.out)" -eq 9 ] || fail "2 series x 2 methods x 2 steps"
# standard input, a wide file, monthly periods across the year's end
printf 'period,sales\n2024-10,5\n2024-11,6\n2024-12,7\n2025-01,8\n' |
	"$SB40" forecast - --method ets --horizon 2 --level none >month.out
[ "$(cut -d, -f1,2 month.out | tr '\n' ' ')" == "series,period sales,2025-02 sales,2025-03 " ] \
	|| fail "monthly from stdin: $(cat month.out)"
# json
"$SB40" forecast two.csv --method arima --format json --horizon 2 >two.json
python3 -m json.tool two.json >/dev/null || fail "json is valid"
[ "$(jget two.json 'd["series"][1]["methods"][0]["forecasts"][1]["period"]')" == 2025 ] || fail "json period"
[ "$(jget two.json 'sorted(d["series"][0]["methods"][0]["forecasts"][0])')" == \
	"['forecast', 'hi80', 'hi95', 'lo80', 'lo95', 'period']" ] || fail "json keys"
[ "$(jget two.json 'd["series"][0]["frequency"], d["series"][0]["n"]')" == "quarterly 8" ] || fail "json series head"
# text, per language: Russian groups with a space and writes a decimal comma
printf 'period,value\n2019,1000\n2020,1500\n2021,2100\n2022,2400\n2023,3100\n' >wide.csv
"$SB40" forecast wide.csv --method ets --format text --lang ru --horizon 1 --level none >ru.txt
grep -q '^Ряд "value": 5 значений 2019..2023; метод ets' ru.txt || fail "text head in Russian"
nb=$'\xc2\xa0' # a no-break space groups thousands
grep -qE "^2024 +[0-9]+$nb[0-9]{3},[0-9]\$" ru.txt || fail "Russian number format: $(tail -1 ru.txt)"
"$SB40" forecast wide.csv --method ets --format text --lang en --horizon 1 --level none >en.txt
grep -qE '^2024 +[0-9]+,[0-9]{3}\.[0-9]$' en.txt || fail "English number format: $(tail -1 en.txt)"
# the same output whatever the number of threads and the series' order
"$SB40" forecast two.csv --method ets,arima --jobs 1 >j1.out
"$SB40" forecast two.csv --method ets,arima --jobs 4 >j4.out
cmp -s j1.out j4.out || fail "--jobs 1 and 4 differ"
# --output writes the file, all or nothing; --plot draws well-formed SVG
"$SB40" forecast two.csv --method ets --output out.csv --plot fan.svg
cmp -s out.csv def.out || fail "--output differs from stdout"
python3 -c "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])" fan.svg || fail "svg is XML"
grep -q 'stroke-dasharray' fan.svg || fail "svg has the forecast line"
"$SB40" forecast two.csv --method ets --format svg >fan2.svg
cmp -s fan.svg fan2.svg || fail "--format svg equals --plot"
# --help lists the registry's methods
"$SB40" forecast --help >help.txt
for m in ets arima; do grep -qE "^  $m +" help.txt || fail "--help lists $m"; done
grep -q -- '--backtest K' help.txt || fail "--help: --backtest"

# ---- backtest --------------------------------------------------------------
"$SB40" forecast two.csv --method ets,arima --backtest 3 --horizon 2 >bt.csv
[ "$(head -1 bt.csv)" == "series,method,origins,points,smape,mase,cov80,cov95" ] || fail "backtest header"
# origins after 5, 6, 7 values, 2 + 2 + 1 points each
[ "$(awk -F, 'NR>1{print $3 "/" $4}' bt.csv | sort -u)" == "3/5" ] || fail "backtest origins/points"
"$SB40" forecast two.csv --method ets --backtest 3 --format json >bt.json
python3 -m json.tool bt.json >/dev/null || fail "backtest json valid"
python3 - bt.json <<'PY' || fail "backtest json summary"
import json, sys
d = json.load(open(sys.argv[1]))
s = d["summary"][0]
assert s["method"] == "ets" and s["points"] == 12, s  # 2 series x (3 + 2 + 1)
assert 0 <= s["smape"] <= 200 and s["mase"] >= 0 and 0 <= s["coverage"]["80"] <= 1, s
assert d["origins"] == 3 and len(d["series"]) == 2
PY
"$SB40" forecast two.csv --method ets --backtest 2 --format text --lang en | grep -q '^all series' \
	|| fail "backtest text: the all-series line"
# a constant series: sMAPE 0, MASE undefined (zero scale), every value covered
printf 'series,period,value\nC,1,5\nC,2,5\nC,3,5\nC,4,5\n' >const.csv
[ "$("$SB40" forecast const.csv --method ets --backtest 2 | tail -1)" == "C,ets,2,3,0,,1,1" ] \
	|| fail "backtest of a constant series"

# ---- M3: the forecasts score like R's ets (sMAPE 17.003 on yearly) ----------
M3=$SHARED/data/m3
if [ -f "$M3/yearly-train.csv" ]; then
	"$SB40" forecast "$M3/yearly-train.csv" --method ets >m3y.csv
	[ "$(python3 "$SHARED/tools/m3eval.py" yearly "$M3/yearly-train.csv" "$M3/yearly-test.csv" m3y.csv)" \
		== "17.003 2.860 0.926 645" ] || fail "M3 yearly ets score"
fi

# ---- the database -----------------------------------------------------------
"$SB40" demo --db demo.db >/dev/null 2>&1
"$SB40" forecast --db demo.db --entity zone:TK-BEKTEMIR --indicator enterprises --fill linear \
	--method ets --horizon 1 >db.csv
[ "$(cut -d, -f1,2 db.csv | tail -1)" == "zone:TK-BEKTEMIR/enterprises,2026" ] || fail "db series"
SB40_DB=demo.db "$SB40" forecast --entity country:UZ --indicator innov_output_total --table2 \
	--format json >dbt2.json
[ "$(jget dbt2.json 'round(d["forecast"][3]["values"]["country:UZ/innov_output_total"], 2)')" == 42049.84 ] \
	|| fail "table 2 from the database"
expect 1 'sb40: series "zone:TK-BEKTEMIR/enterprises" has no value for period 2018; --fill linear, previous or zero fills gaps' \
	forecast --db demo.db --entity zone:TK-BEKTEMIR --indicator enterprises
expect 1 'sb40: unknown zone "NOPE"' forecast --db demo.db --entity zone:NOPE --indicator enterprises
expect 1 'sb40: no indicator "nope" in the database' forecast --db demo.db --entity zone:TK-BEKTEMIR --indicator nope
expect 1 'sb40: no values of innov_output_total for zone:TK-BEKTEMIR in the database' \
	forecast --db demo.db --entity zone:TK-BEKTEMIR --indicator innov_output_total

# ---- bad input: exact messages ------------------------------------------------
printf 'series,period,value\nA,2010,1\nA,2011,2\nA,2013,4\n' >gap.csv
expect 1 'sb40: gap.csv: series "A" has no value for period 2012 (between lines 3 and 4); --fill linear, previous or zero fills gaps' \
	forecast gap.csv --method ets
"$SB40" forecast gap.csv --method ets --fill linear --horizon 1 --format json >gap.json
[ "$(jget gap.json 'd["series"][0]["filled"], d["series"][0]["n"]')" == "1 4" ] || fail "--fill linear"
printf 'series,period,value\nA,2010,1\nA,2011,2\nA,2010,4\n' >dup.csv
expect 1 'sb40: dup.csv:4: series "A" has period 2010 twice (also at line 2)' forecast dup.csv
printf 'series,period,value\nA,2010,1\nA,2011,1.5e\n' >nan.csv
expect 1 'sb40: nan.csv:3:3: expected a number, got "1.5e"' forecast nan.csv
printf 'series,period,value\nA,2010,1\nA,2011Q1,2\n' >mixed.csv
expect 1 'sb40: mixed.csv:3:2: series "A" mixes frequencies: period "2011Q1" is quarterly, earlier periods (line 2) are yearly' forecast mixed.csv
printf 'series,period,value\nA,2010,NA\nA,2011,\n' >empty.csv
expect 1 'sb40: empty.csv: series "A" has no values' forecast empty.csv
printf 'series,period,value\n' >norows.csv
expect 1 'sb40: norows.csv: no series: the file has no data rows' forecast norows.csv
expect 3 'sb40: nofile.csv: cannot open: No such file or directory' forecast nofile.csv
head -4 const.csv | sed 's/^C/A/' >short.csv
expect 1 'sb40: series "A": method ets: a backtest over 5 origins needs at least 6 values, the series has 3' \
	forecast short.csv --method ets --backtest 5 --horizon 1 --level none
expect 2 "sb40: --horizon must be a whole number from 1 to 100, got \"0\"
$TRY" forecast two.csv --horizon 0
expect 2 "sb40: --horizon must be a whole number from 1 to 100, got \"101\"
$TRY" forecast two.csv --horizon 101
expect 2 "sb40: --level: expected percentages between 0 and 100, got \"100\"
$TRY" forecast two.csv --level 80,100
expect 2 "sb40: unknown format \"xml\" (use csv, json, text or svg)
$TRY" forecast two.csv --format xml
expect 2 "sb40: missing FILE (or --db DB --entity E --indicator I)
$TRY" forecast
expect 2 "sb40: --fill: expected linear, previous or zero, got \"spline\"
$TRY" forecast two.csv --fill spline
expect 2 "sb40: method ets is named twice
$TRY" forecast two.csv --method ets,ets
expect 2 "sb40: --backtest writes csv, json or text, not a chart
$TRY" forecast two.csv --backtest 2 --format svg
expect 2 "sb40: --entity needs --indicator
$TRY" forecast --entity zone:X
got=$("$SB40" forecast two.csv --method nosuch 2>&1 >/dev/null) && fail "unknown method accepted"
[[ "$got" == 'sb40: unknown method "nosuch" (available: '*ets*arima* ]] || fail "unknown method message: $got"
# a method that cannot run on the data says why, naming the series (when the
# registry has a log-linear method)
if grep -qE '^  exponential ' help.txt; then
	printf 'series,period,value\nneg,2010,1\nneg,2011,-2\nneg,2012,3\n' >neg.csv
	got=$("$SB40" forecast neg.csv --method exponential 2>&1 >/dev/null) && fail "exponential on negatives"
	[[ "$got" == 'sb40: series "neg": method exponential: '* ]] || fail "exponential message: $got"
fi
# nothing half-written: a failed run leaves no --output file
rm -f never.csv
"$SB40" forecast gap.csv --output never.csv 2>/dev/null && fail "gap accepted"
[ ! -e never.csv ] || fail "--output written on failure"

echo "$fails failed"
[ "$fails" -eq 0 ]
