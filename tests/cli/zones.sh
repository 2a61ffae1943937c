#!/bin/bash
# CLI test of `sb40 zones` on the demo database: ranks and index values
# worked out by hand (below), the required findings (the city totals of
# article 002 against its table, the overdue obligations; crafted values for
# the rules the demo data does not trigger), obligation statuses at the edge
# of the 3-month window, every format (JSON through python3 -m json.tool,
# HTML through xmllint and a headless Chromium screenshot kept as
# BUILD/screenshots/zones-report.png, XLSX through openpyxl), four
# languages, bad weights files with their exact messages, exit statuses.
# On PostgreSQL too (tests/pg/with.sh sets SB40_TEST_PG_URL; lib.inc's newdb).
. "$(dirname "$0")/lib.inc"
set -euo pipefail
cd "$WORK"
SHOTS="$(dirname "$(dirname "$WORK")")/screenshots"
TODAY=2026-12-04
DB=$(newdb demo)
# Debian's python3 has python3-openpyxl; a python3 earlier on PATH may not
PY=python3
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null && PY=/usr/bin/python3

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

zones() { "$SB40" zones "$@" --db "$DB" --today "$TODAY"; }

"$SB40" demo --db "$DB" >/dev/null 2>&1 || fail "demo"

# 1. The default ranking of 2025, min-max.  Indicators (article 002, Table 1):
#    enterprises/ha  B 70/4.5 = 15.556, C1 65/5.2 = 12.5, C2 55/3.8 = 14.474,
#                    MU1 80/6.1 = 13.115, MU2 45/4 = 11.25, S 110/8.3 = 13.253,
#                    U 90/5.7 = 15.789, Y 52/2.9 = 17.931
#    workers/ha      B 100, C1 78.846, C2 100, MU1 85.246, MU2 75, S 90.361,
#                    U 105.263, Y 100
#    workers/firm    B 6.429, C1 6.308, C2 6.909, MU1 6.5, MU2 6.667, S 6.818,
#                    U 6.667, Y 5.577
#    infrastructure  C1 91, S 97, U 88, Y 86 (others missing in 2025)
#    obligations due by 2025-12-31 accepted: B 3/3, C1 1/1, C2 1/1, S 1/1,
#                    U 0/1 -> 100, 100, 100, 100, 0 (others: none due)
#  C2 = mean(r_e (14.474-11.25)/6.681 = .4825, r_w 25/30.263 = .8261,
#       r_wpe 1, r_obl 1) = .8272 (4 of 5 weights: coverage 80%)
#  the same for all: C2 .8271, B .7775, S .7478, U .5359, C1 .4635, Y .4565,
#  MU1 .4369 (coverage 60%), MU2 .2727
zones rank --format json >rank.json
$PY -m json.tool rank.json >/dev/null || fail "rank json"
jcheck rank.json "d['command'] == 'rank' and d['year'] == 2025 and d['normalisation'] == 'minmax'"
jcheck rank.json "[r['zone'] for r in d['tables']['ranking']['rows']] == ['TK-CHILANZOR-2', 'TK-BEKTEMIR', 'TK-SIRGALI', 'TK-UCHTEPA', 'TK-CHILANZOR-1', 'TK-YAKKASAROY', 'TK-MIRZO-ULUGBEK-1', 'TK-MIRZO-ULUGBEK-2']"
jcheck rank.json "[r['rank'] for r in d['tables']['ranking']['rows']] == list(range(1, 9))"
jcheck rank.json "all(abs(r['index'] - w) < 5e-4 for r, w in zip(d['tables']['ranking']['rows'], [.8271, .7775, .7478, .5359, .4635, .4565, .4369, .2727]))"
jcheck rank.json "[r['coverage_pct'] for r in d['tables']['ranking']['rows']] == [80, 80, 100, 100, 100, 80, 60, 60]"
jcheck rank.json "all(r['rank_best'] <= r['rank'] <= r['rank_worst'] for r in d['tables']['ranking']['rows'])"
jcheck rank.json "abs(d['tables']['values']['rows'][0]['enterprises_per_ha'] - 55/3.8) < 1e-3"
jcheck rank.json "d['tables']['values']['rows'][0]['infrastructure_pct'] is None"
# per-indicator ranks: Yakkasaroy densest (1), Chilanzor-2, Bektemir and
# Yakkasaroy share workers/ha 100 behind Uchtepa (2, 2, 2), four zones share
# obligations 100 % (1), Uchtepa 0 % is fifth; missing has no rank
jcheck rank.json "{r['zone']: r['enterprises_per_ha'] for r in d['tables']['indicator_ranks']['rows']}['TK-YAKKASAROY'] == 1"
jcheck rank.json "sorted(r['workers_per_ha'] for r in d['tables']['indicator_ranks']['rows']) == [1, 2, 2, 2, 5, 6, 7, 8]"
jcheck rank.json "sorted((r['obligations_fulfilled_pct'] or 0) for r in d['tables']['indicator_ranks']['rows']) == [0, 0, 0, 1, 1, 1, 1, 5]"
# the sensitivity is seeded: the same run gives the same answer, another seed may not
zones rank --format json >rank2.json
cmp -s rank.json rank2.json || fail "rank is not reproducible"

# 2. z-scores: C2 .5769, B .4151, S .4027, U .0107, Y -.1643, MU1 -.3580,
#    C1 -.3685, MU2 -.8203 (sample standard deviations)
zones rank --norm zscore --format json >z.json
jcheck z.json "all(abs(r['index'] - w) < 5e-4 for r, w in zip(d['tables']['ranking']['rows'], [.5769, .4151, .4027, .0107, -.1643, -.3580, -.3685, -.8203]))"
jcheck z.json "[r['zone'] for r in d['tables']['ranking']['rows']][4:7] == ['TK-YAKKASAROY', 'TK-MIRZO-ULUGBEK-1', 'TK-CHILANZOR-1']"

# 3. A weights file: (2 r_e + r_w) / 3.  Y (2 + .8261)/3 = .9420,
#    U (2*.6795 + 1)/3 = .7863, B (2*.6444 + .8261)/3 = .7050, C2 .5970,
#    S .3691, MU1 .2989, C1 .1671, MU2 0
echo '{"enterprises_per_ha": 2, "workers_per_ha": 1}' >w.json
zones rank --weights w.json --format csv >w.csv
expect_eq() { [ "$2" = "$3" ] || fail "$1: got [$2], want [$3]"; }
expect_eq "weighted order" "$(sed -n '2,9p' w.csv | cut -d, -f1,3,4 | tr '\n' ' ')" \
	"TK-YAKKASAROY,1,0.942 TK-UCHTEPA,2,0.786 TK-BEKTEMIR,3,0.705 TK-CHILANZOR-2,4,0.597 TK-SIRGALI,5,0.369 TK-MIRZO-ULUGBEK-1,6,0.299 TK-CHILANZOR-1,7,0.167 TK-MIRZO-ULUGBEK-2,8,0 "
# a zone with under half of the weight is shown, not ranked
echo '{"infrastructure_pct": 3, "workers_per_ha": 1}' >w2.json
zones rank --weights w2.json --format json --lang en >w2.json.out
jcheck w2.json.out "[r['rank'] for r in d['tables']['ranking']['rows']][-4:] == ['not ranked'] * 4"
grep -q 'oʻrinsiz' <("$SB40" zones rank --db "$DB" --weights w2.json) || fail "uz: not ranked"
jcheck w2.json.out "d['tables']['ranking']['rows'][0]['zone'] == 'TK-SIRGALI'"

# 4. Bad weights files and options: exact messages, exit statuses.
printf '{"foo": 1}' >bad1.json
expect_err 1 'sb40: bad1.json: $.foo: unknown indicator "foo"' zones rank --weights bad1.json
printf '{"workers_per_ha": -1}' >bad2.json
expect_err 1 'sb40: bad2.json: $.workers_per_ha: expected a number from 0 to 1000, got -1' zones rank --weights bad2.json
printf '{"workers_per_ha": 0}' >bad3.json
expect_err 1 'sb40: bad3.json: $: expected at least one positive weight' zones rank --weights bad3.json
printf '[1]' >bad4.json
expect_err 1 'sb40: bad4.json: $: expected an object, got an array' zones rank --weights bad4.json
printf '{"workers_per_ha": "x"}' >bad5.json
expect_err 1 'sb40: bad5.json: $.workers_per_ha: expected a number from 0 to 1000, got "x"' zones rank --weights bad5.json
printf '{"output_per_ha": 1}' >bad6.json
expect_err 1 'sb40: no zone has a value for any weighted indicator in 2025' zones rank --weights bad6.json
printf '{"workers_per_ha": 1' >bad7.json
expect_err 1 "sb40: bad7.json:1:20: invalid JSON: '}' expected near end of file" zones rank --weights bad7.json
expect_err 3 'sb40: cannot open "missing.json": No such file or directory' zones rank --weights missing.json
expect_err 2 "sb40: unknown view \"ranks\"
Try 'sb40 zones --help'." zones ranks
expect_err 2 "sb40: unknown normalisation \"l2\" (expected minmax or zscore)
Try 'sb40 zones --help'." zones rank --norm l2
expect_err 2 "sb40: bad date \"2026-02-30\" (expected YYYY-MM-DD)
Try 'sb40 zones --help'." "$SB40" zones check --today 2026-02-30
expect_err 2 "sb40: --format xlsx needs --output FILE
Try 'sb40 zones --help'." zones report --format xlsx
expect_err 1 'sb40: no zone has a value for any weighted indicator in 2021' zones rank --year 2021
"$SB40" zones --help | grep -q '^usage: sb40 zones VIEW' || fail "--help"

# 5. Checks on the demo data: exit 1 (errors), the city totals and the
#    overdue obligations named with their numbers.
rc=0
zones check --format json --lang en >check.json || rc=$?
expect_eq "check exit" "$rc" 1
$PY -m json.tool check.json >/dev/null || fail "check json"
jcheck check.json "d['errors'] == 6 and d['warnings'] == 2 and d['infos'] == 5"
jcheck check.json "[r['message'] for r in d['tables']['findings']['rows'] if r['rule'] == 'ZC01'] == ['Tashkent city, 2025: the stored total of Area is 132.73, but its 8 zones sum to 40.50 (difference 92.23)', 'Tashkent city, 2025: the stored total of Enterprises is 647, but its 8 zones sum to 567 (difference 80)']"
jcheck check.json "any(r['rule'] == 'ZC07' and r['entity'] == '301000112' and 'deadline 2026-03-31 passed 248 days ago' in r['message'] for r in d['tables']['findings']['rows'])"
jcheck check.json "any(r['rule'] == 'ZC08' and r['entity'] == '301000022' and r['severity'] == 'warning' for r in d['tables']['findings']['rows'])"
# Yakkasaroy's density in 2020 (40/2.9 = 13.79 against 10.53..10.66) is an outlier
jcheck check.json "any(r['rule'] == 'ZC06' and r['entity'] == 'TK-YAKKASAROY' and r['period'] == '2020' for r in d['tables']['findings']['rows'])"
zones check --lang ru >check.ru.txt || true
grep -q 'город Ташкент, 2025: итог по показателю «Число предприятий» — 647, а сумма по 8 зонам — 567 (разница 80)' check.ru.txt ||
	fail "ru: city total"
# JSON keeps stable codes in every language, messages are translated
zones check --format json --lang uz >check.uz.json || true
jcheck check.uz.json "d['tables']['findings']['rows'][0]['severity'] == 'error' and 'yigʻindisi 567' in d['tables']['findings']['rows'][1]['message']"
# before any deadline passed (2025-03-01): no ZC07
rc=0
"$SB40" zones check --db "$DB" --format json --today 2025-03-01 >early.json || rc=$?
jcheck early.json "not any(r['rule'] == 'ZC07' for r in d['tables']['findings']['rows'])"

# 6. Crafted values for the other rules (a copy of the demo database):
#    Chilanzor-2 60 firms in 2024 then 55: an unexplained fall; Sirgali with
#    300 workers in 2021 and no count; Yakkasaroy 0 firms and 10 workers in
#    2018; Uchtepa's gas 104 % (written past import's bounds check, as
#    another tool might).  Mirzo Ulugbek-1 falls too, but the source explains it.
CRAFTED=$(newdb crafted)
"$SB40" demo --db "$CRAFTED" >/dev/null 2>&1 || fail "demo crafted"
cat >crafted.csv <<'CSV'
entity,indicator,period,value,source
zone:TK-CHILANZOR-2,enterprises,2024,60,test
zone:TK-SIRGALI,workers,2021,300,test
zone:TK-YAKKASAROY,enterprises,2018,0,test
zone:TK-YAKKASAROY,workers,2018,10,test
zone:TK-MIRZO-ULUGBEK-1,enterprises,2022,90,test
zone:TK-MIRZO-ULUGBEK-1,enterprises,2024,70,test; two firms merged
CSV
"$SB40" import observations crafted.csv --db "$CRAFTED" >/dev/null 2>&1 || fail "import crafted"
sq "$CRAFTED" "INSERT INTO observation (entity_kind, entity_id, indicator_id, period, revision, value, source, recorded_at, recorded_by) VALUES ('zone', (SELECT id FROM zone WHERE code = 'TK-UCHTEPA'), (SELECT id FROM indicator WHERE code = 'gas_pct'), '2025', 1, 104, 'test', '2026-01-01T00:00:00Z', 'test')"
rc=0
"$SB40" zones check --db "$CRAFTED" --today "$TODAY" --format json --lang en >crafted.json || rc=$?
expect_eq "crafted exit" "$rc" 1
jcheck crafted.json "[(r['entity'], r['period']) for r in d['tables']['findings']['rows'] if r['rule'] == 'ZC02'] == [('TK-CHILANZOR-2', '2024-2025')]"
jcheck crafted.json "[r['message'] for r in d['tables']['findings']['rows'] if r['rule'] == 'ZC03'] == ['TK-UCHTEPA, 2025: Gas coverage is 104%, outside 0-100']"
jcheck crafted.json "[(r['entity'], r['period']) for r in d['tables']['findings']['rows'] if r['rule'] == 'ZC04'] == [('TK-YAKKASAROY', '2018')]"
jcheck crafted.json "[(r['entity'], r['period']) for r in d['tables']['findings']['rows'] if r['rule'] == 'ZC05'] == [('TK-SIRGALI', '2021')]"
jcheck crafted.json "d['errors'] == 8 and d['warnings'] == 4"

# 7. Obligations at the edge of the window: 301000112's jobs, due
#    2025-12-31, are due through 2026-03-31 and overdue from 2026-04-01.
for day in 2026-03-31 2026-04-01; do
	"$SB40" zones obligations --db "$DB" --today $day --format json >obl.$day.json
	$PY -m json.tool obl.$day.json >/dev/null || fail "obligations json"
done
jcheck obl.2026-03-31.json "[r['status'] for r in d['tables']['obligations']['rows'] if r['tin'] == '301000112'] == ['due']"
jcheck obl.2026-04-01.json "[r['status'] for r in d['tables']['obligations']['rows'] if r['tin'] == '301000112'] == ['overdue']"
jcheck obl.2026-03-31.json "[(r['tin'], r['days_left']) for r in d['tables']['to_accept']['rows']] == [('301000112', 0), ('301000044', 91)]"
jcheck obl.2026-03-31.json "sorted(set(r['status'] for r in d['tables']['obligations']['rows'])) == ['accepted_in_time', 'accepted_late', 'due', 'pending']"
# fulfilment by 2026-03-31: Uchtepa 0 of 1 due, Bektemir 3 of 3
jcheck obl.2026-03-31.json "[(r['zone'], r['due'], r['accepted'], r['fulfilled_pct']) for r in d['tables']['fulfilment']['rows']][:1] == [('TK-BEKTEMIR', 3, 3, 100)]"

# 8. Lots: on the day, Chilanzor-2's auction of 2026-12-15 is scheduled;
#    offerable: vacant lots 1500 + 3000 + 1800 + 600 m2.
zones lots --format json >lots.json
jcheck lots.json "sum(r['offerable_m2'] for r in d['tables']['lots_by_zone']['rows']) == 6900"
jcheck lots.json "[r['state'] for r in d['tables']['lots']['rows'] if r['lot'] == 'C2-03'] == ['auction_scheduled']"
"$SB40" zones lots --db "$DB" --today 2027-02-01 --format json --lang en >lots2.json
jcheck lots2.json "sum(r['offerable_m2'] for r in d['tables']['lots_by_zone']['rows']) == 6900 + 2200 + 4100"

# 9. Regions and legal forms: 13 firms, 8 limited liability companies (61.5 %).
zones regions --format json >reg.json
jcheck reg.json "d['tables']['legal_forms']['rows'][0]['legal_form'] == 'limited liability company' and d['tables']['legal_forms']['rows'][0]['enterprises'] == 8"
jcheck reg.json "abs(d['tables']['legal_forms']['rows'][0]['share_pct'] - 800 / 13) < 1e-9"
jcheck reg.json "abs(sum(r['share_pct'] for r in d['tables']['legal_forms']['rows']) - 100) < 1e-2"
jcheck reg.json "[r['zones'] for r in d['tables']['regions']['rows'] if r['region'] == 'Tashkent city'] == [8]"
# derived indicators: missing stays missing; Bektemir 25 (2017) -> 70 (2025):
# 100 ((70/25)^(1/8) - 1) = 13.735
zones indicators --format json >ind.json
jcheck ind.json "[r['value'] for r in d['tables']['indicators']['rows'] if r['zone'] == 'TK-BEKTEMIR' and r['indicator'] == 'output_per_ha'] == [None]"
jcheck ind.json "[round(r['value'], 3) for r in d['tables']['indicators']['rows'] if r['zone'] == 'TK-BEKTEMIR' and r['indicator'] == 'cagr_enterprises_pct'] == [13.735]"

# 10. The yearly report in every language and format.
for lang in uz uz-Cyrl ru en; do
	zones report --lang "$lang" --format html >"report.$lang.html"
	xmllint --noout "report.$lang.html" || fail "report.$lang.html is not well-formed"
	grep -q "<html lang=\"$lang\">" "report.$lang.html" || fail "$lang: lang"
	[ "$(grep -c '<svg xmlns="http://www.w3.org/2000/svg"' "report.$lang.html")" -ge 4 ] ||
		fail "$lang: fewer than 4 charts"
	if grep -q -E '<(link|script)' "report.$lang.html"; then fail "$lang: not self-contained"; fi
	zones report --lang "$lang" --format json | $PY -m json.tool >/dev/null || fail "$lang json"
	zones rank --lang "$lang" >"rank.$lang.txt"
done
grep -q '<h1>Kichik sanoat zonalari: 2025 yil hisoboti</h1>' report.uz.html || fail "uz title"
grep -q '<h1>Кичик саноат зоналари: 2025 йил ҳисоботи</h1>' report.uz-Cyrl.html || fail "uz-Cyrl title"
grep -q '<h1>Малые промышленные зоны: отчёт за 2025 год</h1>' report.ru.html || fail "ru title"
grep -q '<h1>Small industrial zones: report for 2025</h1>' report.en.html || fail "en title"
grep -q 'TK-CHILANZOR-2 .* 0,827 ' rank.ru.txt || fail "ru decimal comma"
grep -q 'TK-CHILANZOR-2 .* 0.827 ' rank.en.txt || fail "en decimal point"
"$SB40" zones rank --db "$DB" --today "$TODAY" >rank.default.txt
cmp -s rank.default.txt rank.uz.txt || fail "the default language is not uz"
zones report --format csv >report.csv
grep -qx 'zone,name,rank,index,coverage_pct,rank_best,rank_worst,same_rank_pct' report.csv || fail "csv header"
# --output writes the file and nothing else
zones report --format html --lang en --output out.html >stdout.txt
[ ! -s stdout.txt ] && cmp -s out.html report.en.html || fail "--output"

# every view in every format: JSON parses, HTML is well-formed, XLSX opens
for view in rank check report obligations lots indicators regions; do
	for fmt in text csv json html; do
		rc=0
		zones $view --format $fmt --lang uz-Cyrl >"all.$view.$fmt" || rc=$?
		[ "$rc" -eq 0 ] || { [ "$view" = check ] && [ "$rc" -eq 1 ]; } || fail "$view $fmt: exit $rc"
		[ -s "all.$view.$fmt" ] || fail "$view $fmt: empty"
	done
	$PY -m json.tool "all.$view.json" >/dev/null || fail "$view: json"
	xmllint --noout "all.$view.html" || fail "$view: html"
	rc=0
	zones $view --format xlsx --output "all.$view.xlsx" || rc=$?
	$PY -c "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1])" "all.$view.xlsx" || fail "$view: xlsx"
done

# 11. XLSX: one sheet per table, frozen header, real numbers.
zones report --format xlsx --lang en --output report.xlsx
$PY - report.xlsx <<'PYEOF' || fail "xlsx"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for name in ['ranking', 'values', 'weights', 'timeline', 'findings', 'obligations', 'to_accept',
             'fulfilment', 'lots', 'lots_by_zone', 'regions', 'legal_forms']:
    assert name in wb.sheetnames, name
ws = wb['ranking']
assert [c.value for c in ws[1]][:4] == ['Zone', 'Name', 'Rank', 'Index'], [c.value for c in ws[1]]
assert ws.freeze_panes == 'A2', ws.freeze_panes
assert ws['A2'].value == 'TK-CHILANZOR-2' and ws['C2'].value == 1
assert abs(ws['D2'].value - 0.8271) < 5e-4 and ws['D2'].number_format == '#,##0.000'
t = wb['timeline']
assert t['B1'].value == '2017' and t['B2'].value == 25 and t['J2'].value == 70
f = wb['legal_forms']
assert f['B2'].value == 8 and abs(f['C2'].value - 800 / 13) < 1e-9
PYEOF
[ ! -e report.xlsx.tmp* ] 2>/dev/null || true

# 12. A screenshot of the HTML report in headless Chromium, kept.
if command -v chromium >/dev/null 2>&1; then
	mkdir -p "$SHOTS"
	rm -f "$SHOTS/${WORK##*/}-report.png"
	timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--window-size=1000,4000 --screenshot="$SHOTS/${WORK##*/}-report.png" \
		"file://$WORK/report.en.html" >/dev/null 2>&1 || true
	[ -s "$SHOTS/${WORK##*/}-report.png" ] || fail "no screenshot"
fi
echo "zones: all checks passed"
