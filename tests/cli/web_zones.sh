# web_zones.sh - zone monitoring on the web: /zones (indicator system,
# composite index, rank ranges, ranking chart), /zones/{code} (derived
# indicators, infrastructure, obligation status, lots, findings, forecast
# links), the overview's check findings, GET /api/v1/rankings and
# /api/v1/checks: roles, scopes, languages, and the same ranks as
# `sb40 zones rank --format json` on the same database.
. "$(dirname "$0")/lib.inc"
DB=$(newdb webz)
"$SB40" demo --db "$DB" >/dev/null 2>&1 || { echo "demo failed"; exit 1; }
echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB" >/dev/null
echo 'admin-pass-123' | "$SB40" user add adm --role admin --password-stdin --db "$DB" >/dev/null
echo 'zone-pass-1234' | "$SB40" user add zm --role zone_manager --zone TK-BEKTEMIR --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-1234' | "$SB40" user add firm --role enterprise --enterprise 301000011 --password-stdin --db "$DB" >/dev/null

serve_start
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
get() { curl -s -b "$WORK/$1.jar" "$U$2"; }
login() {
	curl -s -c "$WORK/$1.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$1\",\"password\":\"$2\"}" "$U/api/v1/login" >/dev/null
}
login adm admin-pass-123; login ana analyst-pass-1; login zm zone-pass-1234; login firm firm-pass-1234

# route x role (anonymous: 303 to the sign-in for pages, 401 for the API)
matrix() {
	path=$1; shift
	got="$(code "$U$path")"
	for u in adm ana zm firm; do got="$got $(code -b "$WORK/$u.jar" "$U$path")"; done
	expect_eq "roles on $path" "$got" "$*"
}
matrix / 303 200 200 200 200
matrix /zones 303 200 200 200 200
matrix "/zones?year=2020&norm=zscore" 303 200 200 200 200
matrix /zones/TK-SIRGALI 303 200 200 200 200
matrix /api/v1/rankings 401 200 200 200 200
matrix "/api/v1/rankings?year=2020&norm=zscore" 401 200 200 200 200
matrix /api/v1/checks 401 200 200 200 200
expect_eq "api 401 body" "$(curl -s "$U/api/v1/checks")" '{"error":{"code":"unauthorized","message":"sign in first"}}'
expect_eq "bad year" "$(code -b "$WORK/ana.jar" "$U/api/v1/rankings?year=1800")" 400
expect_eq "bad norm" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/rankings?norm=rank")" \
	'{"error":{"code":"invalid","message":"expected minmax or zscore, got \"rank\"","where":"norm"}}'
expect_eq "bad weights" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/rankings?weights=foo:1")" \
	'{"error":{"code":"invalid","message":"unknown indicator \"foo\"","where":"weights"}}'
expect_eq "bad weights page" "$(code -b "$WORK/ana.jar" "$U/zones?weights=x")" 400
expect_eq "year without data" "$(code -b "$WORK/ana.jar" "$U/api/v1/rankings?year=1995")" 422
expect_eq "bad severity" "$(code -b "$WORK/ana.jar" "$U/api/v1/checks?severity=fatal")" 400
expect_eq "rankings cached" "$(get ana /api/v1/rankings >/dev/null; curl -s -o /dev/null -D - -b "$WORK/ana.jar" "$U/api/v1/rankings" | tr -d '\r' | sed -n 's/^X-Cache: //p')" hit

# the same ranks as the command line, for several years, both normalisations, weights
printf '{"workers_per_ha": 2, "enterprises_per_ha": 1, "vacant_area_m2": 1}' >"$WORK/w.json"
same_ranks() { # WHAT QUERY CLI-OPTIONS...
	what=$1 q=$2; shift 2
	get ana "/api/v1/rankings$q" >"$WORK/web.json"
	"$SB40" zones rank --db "$DB" --format json "$@" >"$WORK/cli.json"
	expect_eq "rank order as the CLI: $what" "$(python3 - "$WORK/web.json" "$WORK/cli.json" <<'PY'
import json, sys
web, cli = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
rows = cli["tables"]["ranking"]["rows"]
def key(z): return (z["zone"], z["rank"] if isinstance(z["rank"], int) else None,
                    z.get("rank_best"), z.get("rank_worst"))
a, b = [key(z) for z in web["items"]], [key(z) for z in rows]
# the CLI prints the index with 6 decimals
close = all((x["index"] is None) == (y["index"] is None) and
            (x["index"] is None or abs(x["index"] - y["index"]) < 1e-6)
            for x, y in zip(web["items"], rows))
print("same" if a == b and close and web["year"] == cli["year"] and len(a) == 8 else f"web {a} cli {b}")
PY
)" same
}
same_ranks "default" ""
same_ranks "2020 zscore" "?year=2020&norm=zscore" --year 2020 --norm zscore
same_ranks "2022" "?year=2022" --year 2022
same_ranks "weights" "?weights=workers_per_ha:2,enterprises_per_ha:1,vacant_area_m2:1" --weights "$WORK/w.json"
same_ranks "weights as JSON" "?weights=%7B%22workers_per_ha%22:2,%22enterprises_per_ha%22:1,%22vacant_area_m2%22:1%7D" --weights "$WORK/w.json"
expect_eq "first place, its rank range" "$(get ana /api/v1/rankings | python3 -c '
import json, sys; z = json.load(sys.stdin)["items"][0]
print(z["zone"], z["rank"], z["rank_best"], z["rank_worst"], round(z["index"], 3), z["coverage_pct"])')" \
	"TK-CHILANZOR-2 1 1 2 0.827 80.0"

# the zones page: chart, sortable table in rank order with the rank range
get ana "/zones?lang=en" >"$WORK/zones.html"
expect_eq "ranking chart" "$(grep -c '<svg class="chart rank"' "$WORK/zones.html")" 1
expect_eq "indicator table sortable" "$(grep -c '<table id="zind" class="data sortable">' "$WORK/zones.html")" 1
expect_eq "table in rank order" "$(grep -o '<tr data-zone="[^"]*"' "$WORK/zones.html" | sed 's/.*="//; s/"//' | tr '\n' ' ')" \
	"$(get ana /api/v1/rankings | python3 -c 'import json,sys; print(" ".join(z["zone"] for z in json.load(sys.stdin)["items"]), end=" ")')"
expect_eq "rank range shown" "$(grep -o '<td class="num" data-v="1" title="97 %">1–2</td>' "$WORK/zones.html" | wc -l)" 1
expect_eq "derived indicator column" "$(grep -c 'data-ind="workers_per_enterprise"' "$WORK/zones.html")" 1
expect_eq "registry kept" "$(grep -c '<table id="zones" class="data sortable">' "$WORK/zones.html")" 1
expect_eq "weights named" "$(get ana '/zones?lang=en&weights=workers_per_ha:2,vacant_area_m2:0.5' | grep -o '<span data-ind="[a-z0-9_]*">[^<]*</span>' | tr '\n' ' ')" \
	'<span data-ind="vacant_area_m2">Vacant area × 0.50</span> <span data-ind="workers_per_ha">Workers per hectare × 2</span> '
expect_eq "zscore selected" "$(get ana '/zones?norm=zscore&year=2020' | grep -o '<option value="zscore" selected>' | wc -l)" 1

# languages
expect_eq "Russian zones page" "$(get ana '/zones?lang=ru' | grep -o 'Система показателей, 2025' | head -1)" "Система показателей, 2025"
expect_eq "Cyrillic Uzbek zones page" "$(get ana '/zones?lang=uz-Cyrl' | grep -o 'Кўрсаткичлар тизими, 2025' | head -1)" "Кўрсаткичлар тизими, 2025"
expect_eq "Cyrillic Uzbek rank column" "$(get ana '/zones?lang=uz-Cyrl' | grep -c '<th class="num">Ўрин</th>')" 1
expect_eq "Russian finding on the overview" "$(get ana '/?lang=ru' | grep -o 'итог по показателю «Число предприятий» — 647, а сумма по 8 зонам — 567' | head -1)" \
	"итог по показателю «Число предприятий» — 647, а сумма по 8 зонам — 567"
expect_eq "Russian findings API" "$(get ana '/api/v1/checks?lang=ru' | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][1]["message"])')" \
	"город Ташкент, 2025: итог по показателю «Число предприятий» — 647, а сумма по 8 зонам — 567 (разница 80)"

# findings: the article's own inconsistency, errors first, counts per severity
get ana '/?lang=en' >"$WORK/overview.html"
expect_eq "overview: 647 vs 567" "$(grep -o 'the stored total of Enterprises is 647, but its 8 zones sum to 567 (difference 80)' "$WORK/overview.html")" \
	"the stored total of Enterprises is 647, but its 8 zones sum to 567 (difference 80)"
expect_eq "overview: counts" "$(grep -o '<p class="counts"[^>]*>[^<]*' "$WORK/overview.html" | sed 's/.*>//')" "6 errors, 2 warnings, 5 notes"
expect_eq "overview: errors first" "$(grep -o 'class="sev-[a-z]*"' "$WORK/overview.html" | uniq | tr '\n' ' ')" \
	'class="sev-error" class="sev-warning" class="sev-info" '
expect_eq "overview: legal-form shares" "$(grep -o '<td class="num" data-v="61.53846154">61.5</td>' "$WORK/overview.html" | wc -l)" 1
counts() { get "$1" "/api/v1/checks$2" | python3 -c '
import json, sys; j = json.load(sys.stdin); c = j["counts"]; s = [i["severity"] for i in j["items"]]
order = {"error": 0, "warning": 1, "info": 2}
assert s == sorted(s, key=order.get), s
print(c["error"], c["warning"], c["info"], len(j["items"]))'; }
expect_eq "checks: admin" "$(counts adm '')" "6 2 5 13"
expect_eq "checks: analyst" "$(counts ana '')" "6 2 5 13"
expect_eq "checks: zone manager sees its zone's firms only" "$(counts zm '')" "2 2 5 9"
expect_eq "checks: firm sees no other firm" "$(counts firm '')" "2 1 5 8"
expect_eq "checks: one zone" "$(counts ana '?zone=TK-UCHTEPA')" "2 0 0 2"
expect_eq "checks: errors only" "$(counts ana '?severity=error')" "6 0 0 6"
expect_eq "checks: fields" "$(get ana /api/v1/checks | python3 -c '
import json, sys; f = json.load(sys.stdin)["items"][1]
print(f["id"], f["rule"], f["severity"], f["entity"], f["period"], f["zone"])')" "ZC01 region_total error Tashkent city 2025 None"

# a zone's page
get ana '/zones/TK-SIRGALI?lang=en' >"$WORK/sirgali.html"
expect_eq "zone: line chart" "$(grep -c '<svg class="chart"' "$WORK/sirgali.html")" 1
expect_eq "zone: infrastructure chart" "$(grep -c '<svg class="chart hbar"' "$WORK/sirgali.html")" 1
expect_eq "zone: rank" "$(grep -o 'rank 3 of 8 · Rank range 2–4' "$WORK/sirgali.html")" "rank 3 of 8 · Rank range 2–4"
expect_eq "zone: forecast link" "$(grep -o 'href="/forecast?entity=zone:TK-SIRGALI&amp;indicator=enterprises"' "$WORK/sirgali.html")" \
	'href="/forecast?entity=zone:TK-SIRGALI&amp;indicator=enterprises"'
expect_eq "zone: the forecast link leads to a forecast" "$(code -b "$WORK/ana.jar" "$U/forecast?entity=zone:TK-SIRGALI&indicator=enterprises")" 200
expect_eq "zone: no fan on two counts" "$(grep -c '<section class="card zone-forecast"' "$WORK/sirgali.html")" 0
get ana '/zones/TK-BEKTEMIR?lang=en' >"$WORK/bektemir.html"
expect_eq "zone: forecast fan of the firm count" "$(grep -c '<section class="card zone-forecast"' "$WORK/bektemir.html")|$(grep -o 'class="method">auto<' "$WORK/bektemir.html")" \
	'1|class="method">auto<'
expect_eq "zone: the fan's forecasts are the API's" "$(sed -n 's/.*class="card zone-forecast" data-mean="\([^"]*\)".*/\1/p' "$WORK/bektemir.html")" \
	"$(get ana '/api/v1/forecasts?entity=zone:TK-BEKTEMIR&indicator=enterprises&fill=linear&horizon=3' | python3 -c '
import json, sys; d = json.load(sys.stdin); s = d["series"][0] if "series" in d else d
print(" ".join("%.10g" % x for x in s["mean"]))')"
expect_eq "zone: derived indicators" "$(grep -c '<tr data-ind="cagr_enterprises_pct">' "$WORK/sirgali.html")" 1
expect_eq "zone: lots and offerable area" "$(grep -o 'data-state="[a-z_]*"' "$WORK/sirgali.html" | tr '\n' ' ')|$(grep -o 'Can be offered, m²: 1,800' "$WORK/sirgali.html")" \
	'data-state="auction_scheduled" data-state="vacant" |Can be offered, m²: 1,800'
expect_eq "zone: obligation status" "$(grep -o 'data-status="[a-z_]*"' "$WORK/sirgali.html" | tr '\n' ' ')" \
	'data-status="accepted_in_time" data-status="pending" data-status="pending" '
expect_eq "zone: no findings" "$(grep -c 'No findings.' "$WORK/sirgali.html")" 1
get ana '/zones/TK-UCHTEPA?lang=en' >"$WORK/uchtepa.html"
expect_eq "zone: overdue obligations" "$(grep -o 'data-status="overdue"' "$WORK/uchtepa.html" | wc -l)" 2
expect_eq "zone: its findings" "$(grep -o '<tr class="sev-[a-z]*"><td>ZC[0-9]*' "$WORK/uchtepa.html" | sed 's/.*>//' | tr '\n' ' ')" "ZC07 ZC07 "
expect_eq "zone: Russian status" "$(get ana '/zones/TK-UCHTEPA?lang=ru' | grep -c 'просрочено')" 1
# obligations on a zone page follow the scope, as the API does
bek() { get "$1" '/zones/TK-BEKTEMIR?lang=en' | grep -o 'data-status="[a-z_]*"' | wc -l; }
expect_eq "zone page obligations per role" "$(bek adm) $(bek zm) $(bek firm)" "3 3 2"
expect_eq "zone manager of another zone" "$(get zm '/zones/TK-UCHTEPA' | grep -c 'data-status=')" 0
expect_eq "firm: other firms' findings hidden" "$(get firm '/zones/TK-BEKTEMIR?lang=en' | grep -c '301000022')" 0
expect_eq "zone manager: own zone's finding" "$(get zm '/zones/TK-BEKTEMIR?lang=en' | grep -c '<td>ZC08</td>')" 1

kill -TERM "$PID"; wait "$PID"; expect_eq "clean stop" $? 0
finish
