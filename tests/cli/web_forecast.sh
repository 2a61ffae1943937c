# web_forecast.sh - the Forecast page and /api/v1/forecasts of `sb40 serve`
# over real HTTP: every role (401/403/200), CSRF, scopes, the stable error
# codes, a bad CSV placed at file:line:column, numbers equal to `sb40
# forecast --format json` on the same series for every registered method
# (forecasts, intervals and the backtest), the CSV download equal to the
# command's CSV, the XLSX read back with openpyxl, and the OpenAPI document
# walked against the route table.
. "$(dirname "$0")/lib.inc"
DB=$(newdb webfc)
"$SB40" demo --db "$DB" >"$WORK/demo.out" 2>/dev/null || { echo "demo failed"; exit 1; }
ADMIN_PW=$(sed -n 's/^web sign-in: admin \/ \([^ ]*\) .*/\1/p' "$WORK/demo.out")
echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB" >/dev/null
echo 'zone-pass-1234' | "$SB40" user add zm --role zone_manager --zone TK-BEKTEMIR --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-1234' | "$SB40" user add firm --role enterprise --enterprise 301000011 --password-stdin --db "$DB" >/dev/null
# firms' series: 301000011 in TK-BEKTEMIR (the zone manager's), 301000033 elsewhere
{
	echo 'entity,indicator,period,value,source'
	v=10; for y in 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024; do
		v=$((v + y % 7)); echo "enterprise:301000011,workers,$y,$v,test"
		echo "enterprise:301000033,workers,$y,$((v * 2)),test"
	done
} >"$WORK/firms.csv"
"$SB40" import observations "$WORK/firms.csv" --db "$DB" >/dev/null || { echo "import failed"; exit 1; }

# Debian's python3 has python3-openpyxl; a python3 earlier on PATH may not
PY=python3
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null && PY=/usr/bin/python3

serve_start
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
jfield() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
login() {
	curl -s -c "$WORK/$1.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$1\",\"password\":\"$2\"}" "$U/api/v1/login" | jfield csrf_token >"$WORK/$1.csrf"
}
login admin "$ADMIN_PW"; login ana analyst-pass-1; login zm zone-pass-1234; login firm firm-pass-1234

# route x role -> status (anonymous: 303 for pages, 401 for the API)
matrix() { # PATH anon admin analyst zone_manager enterprise
	path=$1; shift
	got="$(code "$U$path")"
	for u in admin ana zm firm; do got="$got $(code -b "$WORK/$u.jar" "$U$path")"; done
	expect_eq "roles on $path" "$got" "$*"
}
Z='entity=zone:TK-BEKTEMIR&indicator=enterprises&fill=linear'
OWN='entity=enterprise:301000011&indicator=workers'
OTHER='entity=enterprise:301000033&indicator=workers'
matrix /forecast 303 200 200 200 200
matrix "/forecast?$Z" 303 200 200 200 403
matrix "/forecast?$OWN" 303 200 200 200 200
matrix "/forecast?$OTHER" 303 200 200 403 403
matrix "/forecast.csv?$Z" 303 200 200 200 403
matrix "/forecast.xlsx?$OWN" 303 200 200 200 200
matrix "/forecast.csv?$OTHER" 303 200 200 403 403
matrix "/api/v1/forecasts?$Z" 401 200 200 200 403
matrix "/api/v1/forecasts?$OWN" 401 200 200 200 200
matrix "/api/v1/forecasts?$OTHER" 401 200 200 403 403

# the form offers only what the role may read
opts() { curl -s -b "$WORK/$1.jar" "$U/forecast" | grep -o '<option value="[a-z]*:[^"|]*|[^"]*"' | sed 's/<option value="//; s/"$//' | tr '\n' ' '; }
expect_eq "a firm's series: its own only" "$(opts firm)" "enterprise:301000011|workers "
case "$(opts zm)" in *"enterprise:301000011|workers"*"zone:TK-BEKTEMIR|enterprises"*) ok ;; *) bad "zone manager's series: $(opts zm)" ;; esac
case "$(opts zm)" in *301000033*) bad "zone manager offered another zone's firm" ;; *) ok ;; esac
case "$(opts ana)" in *"country:UZ|innov_output_total"*) ok ;; *) bad "analyst's series: $(opts ana)" ;; esac
expect_eq "nav entry" "$(curl -s -b "$WORK/firm.jar" "$U/" | grep -o '<a href="/forecast"[^>]*>[^<]*</a>' | sed 's/ aria-current="page"//')" '<a href="/forecast">Prognoz</a>'

# errors: stable codes
api() { curl -s -b "$WORK/ana.jar" "$U/api/v1/forecasts?$1"; }
expect_eq "bad method: 422 naming it" "$(api "$Z&method=magic" | sed 's/ (available: [^)]*)//')" \
	'{"error":{"code":"unknown_method","message":"unknown method \"magic\"","where":"method"}}'
expect_eq "bad method status" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?$Z&method=magic")" 422
for h in 0 101 x; do
	expect_eq "horizon $h" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?$Z&horizon=$h"):$(api "$Z&horizon=$h" | jfield where)" "422:horizon"
done
expect_eq "horizon 100 fine" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?$Z&horizon=100")" 200
expect_eq "bad level" "$(api "$Z&level=80,100" | jfield where)" "level"
expect_eq "unknown zone: 404" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?entity=zone:NOWHERE&indicator=workers"):$(api 'entity=zone:NOWHERE&indicator=workers' | jfield code)" "404:not_found"
expect_eq "unknown indicator: 404" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?entity=zone:TK-BEKTEMIR&indicator=nothing")" 404
expect_eq "no values: 404" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?entity=enterprise:301000022&indicator=workers")" 404
expect_eq "outside scope: 403 forbidden" "$(curl -s -b "$WORK/firm.jar" "$U/api/v1/forecasts?$OTHER" | jfield code)" "forbidden"
expect_eq "no entity: 400" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?indicator=workers")" 400
expect_eq "the page fills gaps linearly by default" "$(code -b "$WORK/ana.jar" "$U/forecast?entity=zone:TK-BEKTEMIR&indicator=enterprises")" 200
expect_eq "a gap without fill: 422" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?entity=zone:TK-BEKTEMIR&indicator=enterprises")" 422
expect_eq "sql in entity" "$(code -b "$WORK/ana.jar" "$U/api/v1/forecasts?entity=zone:%27%20OR%201=1--&indicator=workers")" 404

# CSRF, and a bad CSV placed at file:line:column
printf 'series,period,value\nA,2010,1\nA,2011,1.5e\nA,2012,3\n' >"$WORK/bad.csv"
post() { # USER URL FILE [curl args]
	u=$1; url=$2; f=$3; shift 3
	curl -s -b "$WORK/$u.jar" -H 'Content-Type: text/csv' --data-binary "@$f" "$@" "$U$url"
}
expect_eq "api: csrf missing" "$(post ana /api/v1/forecasts "$WORK/bad.csv" -o /dev/null -w '%{http_code}')" 403
expect_eq "api: csrf of another session" "$(post ana /api/v1/forecasts "$WORK/bad.csv" -H "X-CSRF-Token: $(cat "$WORK/zm.csrf")" -o /dev/null -w '%{http_code}')" 403
expect_eq "api: anonymous" "$(post ana /api/v1/forecasts "$WORK/bad.csv" -b /dev/null -o /dev/null -w '%{http_code}' )" 403
expect_eq "api: bad csv" "$(post ana '/api/v1/forecasts?name=bad.csv' "$WORK/bad.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")" -w ' %{http_code}' | tr -d '\n')" \
	'{"error":{"code":"invalid","message":"expected a number, got \"1.5e\"","where":"bad.csv:3:3"}} 422'
"$SB40" forecast "$WORK/bad.csv" 2>"$WORK/cli.err"
expect_eq "the command says the same" "$(cat "$WORK/cli.err")" "sb40: $WORK/bad.csv:3:3: expected a number, got \"1.5e\""
expect_eq "page: csrf missing" "$(code -b "$WORK/ana.jar" -F "file=@$WORK/bad.csv" "$U/forecast")" 403
expect_eq "page: bad csv" "$(curl -s -w '%{http_code}' -b "$WORK/firm.jar" -F "csrf=$(cat "$WORK/firm.csrf")" -F "file=@$WORK/bad.csv" "$U/forecast?lang=en" | grep -o 'class="error">[^<]*<\|[0-9]*$' | tr '\n' ' ')" \
	'class="error">bad.csv:3:3: expected a number, got &quot;1.5e&quot;< 422 '
expect_eq "page in ru: bad csv in Russian" "$(curl -s -w '%{http_code}' -b "$WORK/firm.jar" -F "csrf=$(cat "$WORK/firm.csrf")" -F "file=@$WORK/bad.csv" "$U/forecast?lang=ru" | grep -o 'class="error">[^<]*<\|[0-9]*$' | tr '\n' ' ')" \
	'class="error">bad.csv:3:3: ожидалось число, получено &quot;1.5e&quot;< 422 '
expect_eq "page in uz: a bad horizon in Uzbek" "$(curl -s -b "$WORK/firm.jar" -F "csrf=$(cat "$WORK/firm.csrf")" -F "file=@$WORK/bad.csv" -F horizon=0 "$U/forecast?lang=uz" | grep -c 'prognoz ufqi 1 dan 100 gacha butun son boʻlishi kerak, &quot;0&quot; berildi')" 1
expect_eq "page: the form again above the error" "$(curl -s -b "$WORK/firm.jar" -F "csrf=$(cat "$WORK/firm.csrf")" -F "file=@$WORK/bad.csv" "$U/forecast" | grep -c 'id="fcform"')" 1
expect_eq "page: anonymous post" "$(code -F "file=@$WORK/bad.csv" "$U/forecast")" 401

# the numbers are the command's, for every registered method
METHODS=$("$SB40" forecast --help | sed -n '/^Methods:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$METHODS" ] || bad "no methods listed"
cat >"$WORK/same.py" <<'EOF'
import json, math, sys
api, fc, bt = (json.load(open(p)) for p in sys.argv[1:4])
s = api["series"][0]
c = fc["series"][0]
m = c["methods"][0]
def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)
bad = []
for k in ("series", "frequency", "first", "last", "n", "filled"):
    if s[k] != c[k]: bad.append(k)
if s["method"] != m["method"] or s["model"] != m["model"]: bad.append("method/model")
if len(s["forecasts"]) != len(m["forecasts"]): bad.append("horizon")
for a, b in zip(s["forecasts"], m["forecasts"]):
    for k in b:
        if k == "period":
            if a[k] != b[k]: bad.append("period")
        elif not close(a[k], b[k]): bad.append(f"{b['period']} {k}")
for i, b in enumerate(m["forecasts"]):
    if not close(s["mean"][i], b["forecast"]): bad.append("mean")
    for lv in fc["levels"]:
        key = "%g" % lv
        if not close(s["intervals"][key]["lo"][i], b["lo" + key]): bad.append("lo" + key)
        if not close(s["intervals"][key]["hi"][i], b["hi" + key]): bad.append("hi" + key)
b = bt["series"][0]["methods"][0]
t = s["backtest"]
if t is None: bad.append("no backtest")
else:
    for k in ("origins", "skipped", "points"):
        if t[k] != b[k]: bad.append(k)
    for k in ("smape", "mase"):
        if not close(t[k], b[k]): bad.append(k)
    for k in b["coverage"]:
        if not close(t["coverage"][k], b["coverage"][k]): bad.append("coverage " + k)
print(" ".join(bad) if bad else "same")
EOF
for m in $METHODS; do
	for q in "entity=country:UZ&indicator=innov_output_total" "$OWN"; do
		ent=$(echo "$q" | sed 's/entity=\([^&]*\)&indicator=\(.*\)/\1/'); ind=${q##*indicator=}
		curl -s -b "$WORK/ana.jar" "$U/api/v1/forecasts?$q&method=$m&horizon=4&level=80,95" >"$WORK/api.json"
		"$SB40" forecast --db "$DB" --entity "$ent" --indicator "$ind" --method "$m" --horizon 4 --format json >"$WORK/cli.json"
		"$SB40" forecast --db "$DB" --entity "$ent" --indicator "$ind" --method "$m" --horizon 4 --backtest 3 --format json >"$WORK/clibt.json"
		expect_eq "api = cli: $m on $ent/$ind" "$($PY "$WORK/same.py" "$WORK/api.json" "$WORK/cli.json" "$WORK/clibt.json" 2>&1)" same
	done
done
# a CSV body: every series, the same as the command on the same file
printf 'series,period,value\nA,2015Q1,10\nA,2015Q2,12\nA,2015Q3,11\nA,2015Q4,14\nA,2016Q1,12\nA,2016Q2,15\nA,2016Q3,13\nA,2016Q4,17\nA,2017Q1,15\nB,1,3\nB,2,5\nB,3,4\nB,4,6\nB,5,8\nB,6,7\nB,7,9\nC,1,5\nC,2,6\nC,3,4\nC,4,5\n' >"$WORK/two.csv"
post ana '/api/v1/forecasts?method=ets&level=90' "$WORK/two.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")" >"$WORK/api2.json"
"$SB40" forecast "$WORK/two.csv" --method ets --level 90 --format json >"$WORK/cli2.json"
expect_eq "csv body: same forecasts" "$($PY -c '
import json, math, sys
a = json.load(open(sys.argv[1])); c = json.load(open(sys.argv[2]))
out = []
for s, t in zip(a["series"], c["series"]):
    f = t["methods"][0]["forecasts"]
    out.append("%s %s %d %s" % (s["series"], s["frequency"], len(s["forecasts"]),
        all(all(math.isclose(x[k], y[k], rel_tol=1e-12) for k in y if k != "period") for x, y in zip(s["forecasts"], f))))
print(len(a["series"]), "; ".join(out))' "$WORK/api2.json" "$WORK/cli2.json")" \
	"3 A quarterly 8 True; B index 8 True; C index 8 True"
expect_eq "short series: backtest null with a reason" "$($PY -c '
import json, sys; b, c = json.load(open(sys.argv[1]))["series"][1:]
print(b["backtest"]["origins"], c["backtest"], c["backtest_note"])' "$WORK/api2.json")" "3 None 4 values are too few for a backtest over 3 origins"

# downloads: CSV as the command writes it, XLSX with the same numbers
curl -s -D "$WORK/h.txt" -b "$WORK/zm.jar" "$U/forecast.csv?$OWN&method=ets&h=5" >"$WORK/dl.csv"
"$SB40" forecast --db "$DB" --entity enterprise:301000011 --indicator workers --method ets --horizon 5 >"$WORK/cli.csv"
expect_eq "csv download = sb40 forecast" "$(md5sum <"$WORK/dl.csv")" "$(md5sum <"$WORK/cli.csv")"
expect_eq "csv attachment" "$(grep -i '^content-disposition' "$WORK/h.txt" | tr -d '\r')" 'Content-Disposition: attachment; filename="forecast.csv"'
curl -s -b "$WORK/zm.jar" "$U/forecast.xlsx?$OWN&method=ets&h=5" >"$WORK/dl.xlsx"
expect_eq "xlsx = csv (openpyxl)" "$($PY -c '
import csv, math, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["forecast"]
rows = [[c.value for c in r] for r in ws.iter_rows()]
want = list(csv.reader(open(sys.argv[2])))
ok = rows[0] == want[0] and len(rows) == len(want) and all(
    r[0] == w[0] and r[1] == w[1] and all(math.isclose(x, float(y), rel_tol=1e-12) for x, y in zip(r[2:], w[2:]))
    for r, w in zip(rows[1:], want[1:]))
print(len(rows) - 1, ok)' "$WORK/dl.xlsx" "$WORK/cli.csv" 2>&1)" "5 True"
T=$(cat "$WORK/firm.csrf")
curl -s -b "$WORK/firm.jar" -F "csrf=$T" -F "data=<$WORK/two.csv" -F name=two.csv -F method=ets -F download=xlsx "$U/forecast" >"$WORK/up.xlsx"
expect_eq "uploaded series as xlsx" "$($PY -c '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["forecast"]
print(sorted({r[0].value for r in ws.iter_rows(min_row=2)}), ws.max_row - 1)' "$WORK/up.xlsx" 2>&1)" "['A', 'B', 'C'] 24"

# the page: chart, table, backtest, links; in another language
page=$(curl -s -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F "series=enterprise:301000011|workers" -F method=ets -F horizon=3 "$U/forecast?lang=ru")
expect_eq "page: one chart" "$(printf '%s' "$page" | grep -c '<div class="fanchart"><svg')" 1
expect_eq "page: table rows" "$(printf '%s' "$page" | grep -o '<table class="data fc">.*</table>' | grep -o '<tr>' | wc -l)" 4
expect_eq "page: backtest" "$(printf '%s' "$page" | grep -o '<dt>sMAPE</dt><dd class="smape">[0-9,]*</dd>' | wc -l)" 1
expect_eq "page: in Russian" "$(printf '%s' "$page" | grep -o '<h1>[^<]*</h1>')" "<h1>Прогноз</h1>"
expect_eq "page: download links" "$(printf '%s' "$page" | grep -o 'href="/forecast\.[a-z]*?entity=enterprise:301000011&amp;indicator=workers&amp;method=ets&amp;h=3' | wc -l)" 2
expect_eq "page: bad method" "$(code -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F "series=enterprise:301000011|workers" -F method=nope "$U/forecast")" 422
expect_eq "page: firm posts another firm's series" "$(code -b "$WORK/firm.jar" -F "csrf=$T" -F "series=enterprise:301000033|workers" "$U/forecast")" 403

# the OpenAPI document: every /api/v1 route of routes.c is there with its method
expect_eq "openapi matches the routes" "$($PY -c '
import json, re, sys
doc = json.load(open(sys.argv[1]))
routes = re.findall(r"\{\"(GET|POST|PUT|DELETE)\", \"(/api/v1/[^\"]*)\"", open(sys.argv[2]).read())
missing = [m + " " + p for m, p in routes if m.lower() not in doc["paths"].get(p, {})]
extra = [m.upper() + " " + p for p, ops in doc["paths"].items() for m in ops if (m.upper(), p) not in routes]
f = doc["paths"]["/api/v1/forecasts"]["get"]
print(missing, extra, sorted(x["name"] for x in f["parameters"]))' "$SB40_SOURCE/src/web/assets/openapi.json" "$SB40_SOURCE/src/web/routes.c")" \
	"[] [] ['backtest', 'entity', 'fill', 'horizon', 'indicator', 'level', 'method']"
expect_eq "served openapi is the file" "$(curl -s "$U/api/v1/openapi.json" | md5sum)" "$(md5sum <"$SB40_SOURCE/src/web/assets/openapi.json")"

kill -TERM "$PID"; wait "$PID"; expect_eq "clean stop" $? 0
finish
