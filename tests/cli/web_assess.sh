# web_assess.sh - the assessment pages and API of `sb40 serve` over real
# HTTP: every route for every role (200/201/303/401/403), CSRF missing or
# wrong, malformed documents (400 with the JSON path or line:column), the
# firm account's scope, the maturity form posted as a browser does, the
# result page with its radar chart and peers, languages, a zone manager's
# scope (the firms the registry has in its zone, read-only), the list's
# total and pages on more rows than a page, bad list parameters (400 naming
# them), and the OpenAPI document against the route table.
. "$(dirname "$0")/lib.inc"
DB=$(newdb w)
EX="$SB40_SOURCE/docs/examples"
"$SB40" demo --db "$DB" >"$WORK/demo.out" 2>/dev/null || { echo "demo failed"; exit 1; }
ADMIN_PW=$(sed -n 's/^web sign-in: admin \/ \([^ ]*\) .*/\1/p' "$WORK/demo.out")
echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB" >/dev/null
echo 'zone-pass-1234' | "$SB40" user add zm --role zone_manager --zone TK-BEKTEMIR --password-stdin --db "$DB" >/dev/null
echo 'zone-pass-5678' | "$SB40" user add zm2 --role zone_manager --zone TK-CHILANZOR-1 --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-1234' | "$SB40" user add firm --role enterprise --enterprise 301000033 --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-5678' | "$SB40" user add firm2 --role enterprise --enterprise 301000011 --password-stdin --db "$DB" >/dev/null

serve_start
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
login() { # login USER PASSWORD -> cookie jar $WORK/USER.jar, csrf in $WORK/USER.csrf
	curl -s -c "$WORK/$1.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$1\",\"password\":\"$2\"}" "$U/api/v1/login" |
		sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p' >"$WORK/$1.csrf"
}
login admin "$ADMIN_PW"; login ana analyst-pass-1; login zm zone-pass-1234; login zm2 zone-pass-5678
login firm firm-pass-1234; login firm2 firm-pass-5678
# jq-like: python on the JSON of standard input
jv() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# post USER KIND FILE [curl args]: the document to the API with USER's CSRF
# token; $Q: a query string ("?lang=ru")
post() {
	u=$1 k=$2 f=$3; shift 3
	curl -s -b "$WORK/$u.jar" -H "X-CSRF-Token: $(cat "$WORK/$u.csrf")" \
		-H 'Content-Type: application/json' --data-binary "@$f" "$@" "$U/api/v1/assessments/$k${Q:-}"
}
# the example without a TIN (a firm account's own assessment), and another
python3 - "$EX/maturity.json" "$WORK" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
del d["firm"]["tin"]
json.dump(d, open(sys.argv[2] + "/own.json", "w"))
d["answers"]["cloud"] = 7
json.dump(d, open(sys.argv[2] + "/bad.json", "w"))
PY

# route x role -> status: anonymous, admin, analyst, zone manager, firm
matrix() {
	path=$1; shift
	got="$(code "$U$path")"
	for u in admin ana zm firm; do got="$got $(code -b "$WORK/$u.jar" "$U$path")"; done
	expect_eq "roles on $path" "$got" "$*"
}
matrix /assess 303 200 200 200 200
matrix /assess/maturity 303 200 200 403 200
matrix /assess/innovation 303 200 200 403 200
matrix /api/v1/assessments 401 200 200 200 200
matrix /api/v1/assessments/1 401 404 404 404 404
matrix /assess/1 303 404 404 404 404

# POST by role
expect_eq "anonymous post" "$(code -H 'Content-Type: application/json' --data-binary "@$EX/maturity.json" "$U/api/v1/assessments/maturity")" 401
expect_eq "zone manager post" "$(post zm maturity "$EX/maturity.json" -o /dev/null -w '%{http_code}')" 403
expect_eq "admin post" "$(post admin maturity "$EX/maturity.json" -o "$WORK/a1.json" -w '%{http_code}')" 201
expect_eq "admin post: id, kind, result" "$(jv 'd["id"], d["kind"], d["result"]["overall"], d["result"]["peers"][1]["key"]' <"$WORK/a1.json")" \
	"1 maturity 35.9375 UZ-TK"
expect_eq "analyst post innovation" "$(post ana innovation "$EX/innovation.json" -o "$WORK/a2.json" -w '%{http_code}')" 201
expect_eq "innovation result" "$(jv 'd["id"], d["result"]["verdict"]' <"$WORK/a2.json")" "2 go"
expect_eq "firm post" "$(post firm maturity "$WORK/own.json" -o "$WORK/a3.json" -w '%{http_code}')" 201
expect_eq "firm's TIN taken" "$(sq "$DB" "SELECT tin, zone, region, sector, created_by FROM assessment WHERE id = 3")" \
	"301000033|TK-CHILANZOR-1|UZ-TK|22.29|firm"
expect_eq "firm compared with the region's stored firm" "$(jv 'd["result"]["peers"][1]["n"], d["result"]["peers"][1]["overall_mean"], d["result"]["peers"][1]["percentile"]' <"$WORK/a3.json")" \
	"1 35.9375 50.0"
expect_eq "firm posts another firm" "$(post firm maturity "$EX/maturity.json")" \
	'{"error":{"code":"forbidden","message":"the firm is 301000033, not 306445566","where":"$.firm.tin"}}'
expect_eq "result in the request's language" "$(Q='?lang=ru' post ana maturity "$EX/maturity.json" | jv 'd["result"]["stage_name"], d["result"]["language"]')" \
	"начальная ru"

# CSRF
expect_eq "csrf missing" "$(curl -s -b "$WORK/ana.jar" --data-binary "@$EX/maturity.json" "$U/api/v1/assessments/maturity")" \
	'{"error":{"code":"csrf","message":"the CSRF token is missing or wrong; reload the page and try again","where":"csrf"}}'
expect_eq "csrf wrong" "$(code -b "$WORK/ana.jar" -H 'X-CSRF-Token: AAAA' --data-binary "@$EX/maturity.json" "$U/api/v1/assessments/maturity")" 403
expect_eq "csrf of another session" "$(code -b "$WORK/ana.jar" -H "X-CSRF-Token: $(cat "$WORK/admin.csrf")" --data-binary "@$EX/maturity.json" "$U/api/v1/assessments/maturity")" 403
expect_eq "page form needs csrf" "$(code -b "$WORK/ana.jar" -d 'name=x&a_cloud=1' "$U/assess/maturity")" 403
expect_eq "upload needs csrf" "$(code -b "$WORK/ana.jar" -F "file=@$EX/innovation.json" "$U/assess/innovation")" 403
n=$(sq "$DB" "SELECT count(*) FROM assessment")
expect_eq "nothing stored without csrf" "$n" 4

# malformed documents: 400 with the place
expect_eq "bad value" "$(post ana maturity "$WORK/bad.json")" \
	'{"error":{"code":"invalid","message":"expected a whole number from 0 to 4, or null (not applicable), got 7","where":"$.answers.cloud"}}'
printf '{"firm": {"name": "x"},\n "answers": {' >"$WORK/broken.json"
expect_eq "malformed json" "$(post ana maturity "$WORK/broken.json" | jv 'd["error"]["code"], d["error"]["where"]')" "bad_json 2:13"
expect_eq "wrong kind of document" "$(post ana innovation "$EX/maturity.json")" \
	'{"error":{"code":"invalid","message":"unknown field \"answers\"","where":"$"}}'
expect_eq "unknown assessment" "$(post ana risk "$EX/maturity.json" -o /dev/null -w '%{http_code}')" 404
expect_eq "nothing stored on errors" "$(sq "$DB" "SELECT count(*) FROM assessment")" "$n"

# reading: scope
expect_eq "admin list" "$(curl -s -b "$WORK/admin.jar" "$U/api/v1/assessments" | jv '[a["id"] for a in d["items"]]')" "[4, 3, 2, 1]"
expect_eq "list filters" "$(curl -s -b "$WORK/admin.jar" "$U/api/v1/assessments?kind=maturity&region=UZ-TK&per_page=2&page=2" | jv '[a["id"] for a in d["items"]], d["page"], d["per_page"]')" "[1] 2 2"
expect_eq "list bad kind" "$(code -b "$WORK/admin.jar" "$U/api/v1/assessments?kind=x")" 400
expect_eq "firm list: its own only" "$(curl -s -b "$WORK/firm.jar" "$U/api/v1/assessments" | jv '[a["id"] for a in d["items"]]')" "[3]"
expect_eq "other firm's list empty" "$(curl -s -b "$WORK/firm2.jar" "$U/api/v1/assessments" | jv 'd["items"]')" "[]"
expect_eq "firm asks for another tin" "$(code -b "$WORK/firm.jar" "$U/api/v1/assessments?tin=306445566")" 403
expect_eq "firm reads its own" "$(curl -s -b "$WORK/firm.jar" "$U/api/v1/assessments/3" | jv 'd["id"], d["tin"], "tin" in d["input"]["firm"], d["result"]["overall"]')" \
	"3 301000033 False 35.9375"
expect_eq "firm cannot read another's" "$(curl -s -b "$WORK/firm.jar" "$U/api/v1/assessments/1")" \
	'{"error":{"code":"not_found","message":"no assessment 1"}}'
expect_eq "firm2 cannot read firm's page" "$(code -b "$WORK/firm2.jar" "$U/assess/3")" 404
expect_eq "analyst reads any" "$(code -b "$WORK/ana.jar" "$U/api/v1/assessments/3")" 200
expect_eq "no such id" "$(code -b "$WORK/ana.jar" "$U/api/v1/assessments/x")" 404

# the maturity form, posted as a browser does; then its page
F="csrf=$(cat "$WORK/firm2.csrf")"
for b in automation connectivity online_sales product_life_cycle internet_iot cloud robotisation \
	integration modelling_forecasting artificial_intelligence marketing advertising; do F="$F&a_$b=2&t_$b=3"; done
F="$F&a_printing_3d=na&t_printing_3d=3"
expect_eq "form posted" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$WORK/firm2.jar" -d "$F" "$U/assess/maturity")" "303 $U/assess/5"
expect_eq "form stored for the firm" "$(sq "$DB" "SELECT tin, firm, created_by FROM assessment WHERE id = 5")" \
	"301000011|Bektemir Metall Konstruksiya (demo)|firm2"
curl -s -b "$WORK/firm2.jar" "$U/assess/5?lang=en" >"$WORK/page.html"
expect_eq "result page: radar" "$(grep -c '<svg' "$WORK/page.html")" 1
expect_eq "result page: overall" "$(grep -c 'Overall maturity index: 50.0 / 100' "$WORK/page.html")" 1
expect_eq "result page: peers" "$(grep -o 'Same region (UZ-TK): [0-9]* firms' "$WORK/page.html")" "Same region (UZ-TK): 2 firms"
expect_eq "result page: nav" "$(grep -c 'href="/assess" class="on"' "$WORK/page.html")" 1
curl -s -b "$WORK/firm2.jar" "$U/assess/5?lang=uz-Cyrl" >"$WORK/page.cy.html"
expect_eq "result page in uz-Cyrl" "$(grep -o '<h1>Рақамли етукликни баҳолаш</h1>' "$WORK/page.cy.html")" '<h1>Рақамли етукликни баҳолаш</h1>'
curl -s -b "$WORK/firm2.jar" "$U/assess/maturity?lang=ru" >"$WORK/form.html"
expect_eq "form: radios with descriptions" "$(grep -o 'type="radio" name="a_cloud" value="[0-4]"' "$WORK/form.html" | wc -l)" 5
expect_eq "form: not applicable only for building blocks" "$(grep -o 'name="a_[a-z_0-9]*" value="na"' "$WORK/form.html" | wc -l)" 9
expect_eq "form: level text in Russian" "$(grep -c 'Облачные технологии' "$WORK/form.html")" 1
expect_eq "form: firm fixed for a firm account" "$(grep -c 'name="tin"' "$WORK/form.html")" 0
curl -s -b "$WORK/ana.jar" "$U/assess/maturity?lang=en" >"$WORK/form.staff.html"
expect_eq "staff form: firm fields" "$(grep -o 'name="\(name\|tin\|zone\|region\|sector\)"' "$WORK/form.staff.html" | tr '\n' ' ')" \
	'name="name" name="tin" name="zone" name="region" name="sector" '
expect_eq "staff form: zone codes suggested" "$(grep -c '<option value="TK-CHILANZOR-1">' "$WORK/form.staff.html")" 1
expect_eq "staff form: region codes suggested" "$(grep -o '<option value="UZ-TK">[^<]*' "$WORK/form.staff.html")" '<option value="UZ-TK">Tashkent city'
# a form with an answer missing: 400, the form again with the place
curl -s -b "$WORK/ana.jar" -o "$WORK/err.html" -w '%{http_code}' -d "csrf=$(cat "$WORK/ana.csrf")&name=X&a_cloud=9" "$U/assess/maturity?lang=en" >"$WORK/st"
expect_eq "form error status" "$(cat "$WORK/st")" 400
expect_eq "form error place" "$(grep -c 'form: \$.answers: missing field &quot;automation&quot;' "$WORK/err.html")" 1
expect_eq "form keeps what was typed" "$(grep -c 'name="name" value="X"' "$WORK/err.html")" 1
# SQL-looking and markup text is stored and shown as text
F2="csrf=$(cat "$WORK/ana.csrf")&name=%27%3B+DROP+TABLE+assessment%3B--+%3Cb%3E"
for b in automation connectivity online_sales product_life_cycle internet_iot cloud robotisation printing_3d \
	integration modelling_forecasting artificial_intelligence marketing advertising; do F2="$F2&a_$b=1"; done
expect_eq "odd name posted" "$(code -b "$WORK/ana.jar" -d "$F2" "$U/assess/maturity")" 303
expect_eq "odd name stored" "$(sq "$DB" "SELECT firm FROM assessment WHERE id = 6")" "'; DROP TABLE assessment;-- <b>"
expect_eq "odd name escaped in the list" "$(curl -s -b "$WORK/ana.jar" "$U/assess" | grep -c '&#39;; DROP TABLE assessment;-- &lt;b&gt;')" 1
# the innovation upload
expect_eq "innovation upload" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F "file=@$EX/innovation.json" "$U/assess/innovation")" "303 $U/assess/7"
expect_eq "innovation page" "$(curl -s -b "$WORK/ana.jar" "$U/assess/7?lang=en" | grep -c '<svg')" 1
expect_eq "innovation textarea error" "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F 'document={"x":' "$U/assess/innovation")" 400
# the list page
curl -s -b "$WORK/firm2.jar" "$U/assess?lang=en" >"$WORK/list.html"
expect_eq "list page: own rows only" "$(grep -o 'href="/assess/[0-9]*">#' "$WORK/list.html")" 'href="/assess/5">#'

# a zone manager: the assessments of the firms the registry has in its zone
# (TK-BEKTEMIR: 301000011, 301000022), whatever zone the document gives
python3 - "$EX/maturity.json" "$WORK" <<'PY2'
import json, sys
d = json.load(open(sys.argv[1]))
d["firm"].update(tin="301000022", zone="TK-CHILANZOR-1")   # registered in TK-BEKTEMIR
json.dump(d, open(sys.argv[2] + "/bek.json", "w"))
d["firm"].update(tin="309999999", zone="TK-BEKTEMIR")      # not registered
json.dump(d, open(sys.argv[2] + "/claims.json", "w"))
PY2
expect_eq "registered firm of zone A" "$(post ana maturity "$WORK/bek.json" | jv 'd["id"]')" 8
expect_eq "unregistered firm naming zone A" "$(post ana maturity "$WORK/claims.json" | jv 'd["id"]')" 9
expect_eq "zones recorded" "$(sq "$DB" "SELECT id, tin, zone FROM assessment WHERE id >= 8 ORDER BY id")" \
	"8|301000022|TK-BEKTEMIR
9|309999999|TK-BEKTEMIR"
ids() { curl -s -b "$WORK/$1.jar" "$U/api/v1/assessments${2:-}" | jv '[a["id"] for a in d["items"]], d["total"]'; }
expect_eq "zone manager A list" "$(ids zm)" "[8, 5] 2"
expect_eq "zone manager B list" "$(ids zm2)" "[3] 1"
expect_eq "zone manager A, own zone asked" "$(ids zm '?zone=TK-BEKTEMIR')" "[8, 5] 2"
expect_eq "zone manager A, a firm of B asked" "$(ids zm '?tin=301000033')" "[] 0"
expect_eq "zone manager A, kind filter" "$(ids zm '?kind=innovation')" "[] 0"
expect_eq "zone manager A asks for zone B" "$(curl -s -b "$WORK/zm.jar" "$U/api/v1/assessments?zone=TK-CHILANZOR-1")" \
	'{"error":{"code":"forbidden","message":"a zone manager may see only the assessments of its zone'"'"'s firms","where":"zone"}}'
expect_eq "staff: the zone as recorded" "$(ids admin '?zone=TK-BEKTEMIR')" "[9, 8, 5] 3"
expect_eq "zone manager reads A's" "$(curl -s -b "$WORK/zm.jar" "$U/api/v1/assessments/8" | jv 'd["id"], d["tin"]')" "8 301000022"
expect_eq "zone manager reads A's page" "$(code -b "$WORK/zm.jar" "$U/assess/5")" 200
expect_eq "zone manager: B's is not found" "$(curl -s -b "$WORK/zm.jar" "$U/api/v1/assessments/3")" \
	'{"error":{"code":"not_found","message":"no assessment 3"}}'
expect_eq "zone manager: the document's zone is not the registry's" "$(code -b "$WORK/zm.jar" "$U/api/v1/assessments/9")" 404
expect_eq "zone manager: no TIN, not found" "$(code -b "$WORK/zm.jar" "$U/api/v1/assessments/6")" 404
expect_eq "zone manager: B's page not found" "$(code -b "$WORK/zm.jar" "$U/assess/3")" 404
expect_eq "zone manager B reads its own" "$(code -b "$WORK/zm2.jar" "$U/assess/3")" 200
expect_eq "zone manager B: A's not found" "$(code -b "$WORK/zm2.jar" "$U/api/v1/assessments/8")" 404
expect_eq "zone manager: no such id" "$(code -b "$WORK/zm.jar" "$U/api/v1/assessments/999")" 404
# a firm that moves to another zone takes its assessments along (the registry now)
move() { sq "$DB" "UPDATE enterprise SET zone_id = (SELECT id FROM zone WHERE code = '$2') WHERE tin = '$1'" >/dev/null; }
move 301000022 TK-CHILANZOR-1
expect_eq "moved: zone manager A list" "$(ids zm)" "[5] 1"
expect_eq "moved: zone manager B list" "$(ids zm2)" "[8, 3] 2"
expect_eq "moved: A no longer reads it" "$(code -b "$WORK/zm.jar" "$U/api/v1/assessments/8")" 404
expect_eq "moved: B reads it" "$(code -b "$WORK/zm2.jar" "$U/assess/8")" 200
move 301000022 TK-BEKTEMIR
expect_eq "moved back" "$(ids zm)" "[8, 5] 2"
n=$(sq "$DB" "SELECT count(*) FROM assessment")
expect_eq "zone manager cannot post (API)" "$(post zm maturity "$WORK/bek.json" -o /dev/null -w '%{http_code}')" 403
expect_eq "zone manager cannot post (form)" "$(code -b "$WORK/zm.jar" -d "csrf=$(cat "$WORK/zm.csrf")&name=X" "$U/assess/maturity")" 403
expect_eq "zone manager cannot upload" "$(code -b "$WORK/zm.jar" -F "csrf=$(cat "$WORK/zm.csrf")" -F "file=@$EX/innovation.json" "$U/assess/innovation")" 403
expect_eq "nothing stored by a zone manager" "$(sq "$DB" "SELECT count(*) FROM assessment")" "$n"
curl -s -b "$WORK/zm.jar" "$U/assess?lang=en" >"$WORK/zm.html"
expect_eq "zone manager's list page: A's rows" "$(grep -o 'href="/assess/[0-9]*">#' "$WORK/zm.html" | tr '\n' ' ')" 'href="/assess/8"># href="/assess/5"># '
expect_eq "zone manager's list page: total" "$(grep -o 'Assessments found: <strong>[0-9]*</strong> · Page [0-9]* / [0-9]*' "$WORK/zm.html")" \
	'Assessments found: <strong>2</strong> · Page 1 / 1'
expect_eq "zone manager's list page: the zone" "$(grep -o 'registered in your zone: <strong>[^<]*' "$WORK/zm.html")" 'registered in your zone: <strong>TK-BEKTEMIR'
expect_eq "zone manager's list page: nothing to create" "$(grep -c 'href="/assess/maturity"' "$WORK/zm.html")" 0
expect_eq "zone manager's list page: no zone filter" "$(grep -c 'name="zone"' "$WORK/zm.html")" 0
expect_eq "zone manager's menu" "$(curl -s -b "$WORK/zm.jar" "$U/?lang=en" | grep -o '<a href="/assess"[^>]*>Assessments</a>')" '<a href="/assess">Assessments</a>'
expect_eq "zone manager's result page: nothing to create" "$(curl -s -b "$WORK/zm.jar" "$U/assess/8" | grep -c 'href="/assess/maturity"')" 0
expect_eq "staff's result page: new assessment" "$(curl -s -b "$WORK/ana.jar" "$U/assess/8" | grep -c 'href="/assess/maturity"')" 1
curl -s -b "$WORK/zm.jar" "$U/assess?lang=ru" >"$WORK/zm.ru.html"
expect_eq "zone manager's list page in ru" "$(grep -o 'Найдено оценок: <strong>2</strong> · Страница 1 / 1' "$WORK/zm.ru.html")" 'Найдено оценок: <strong>2</strong> · Страница 1 / 1'

# the list's parameters: 400 naming the bad one
badq() {
	st=$(curl -s -b "$WORK/ana.jar" -o "$WORK/bad.json" -w '%{http_code}' "$U/api/v1/assessments$1")
	echo "$(jv 'd["error"]["code"], d["error"]["where"]' <"$WORK/bad.json") $st"
}
expect_eq "bad kind" "$(badq '?kind=risk')" "invalid kind 400"
expect_eq "bad page" "$(badq '?page=0')" "invalid page 400"
expect_eq "page not a number" "$(badq '?page=2x')" "invalid page 400"
expect_eq "bad per_page" "$(badq '?per_page=1001')" "invalid per_page 400"
expect_eq "per_page empty" "$(badq '?per_page=')" "invalid per_page 400"
expect_eq "limit is not a parameter" "$(badq '?limit=5')" "invalid limit 400"
expect_eq "offset is not a parameter" "$(badq '?offset=5')" "invalid offset 400"
expect_eq "bad kind message" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/assessments?kind=risk")" \
	'{"error":{"code":"invalid","message":"expected innovation or maturity, got \"risk\"","where":"kind"}}'
expect_eq "list page: bad page" "$(code -b "$WORK/ana.jar" "$U/assess?page=-1")" 400
curl -s -b "$WORK/ana.jar" "$U/assess?kind=risk&lang=en" >"$WORK/badkind.html"
expect_eq "list page: bad kind named" "$(grep -o 'kind: expected innovation or maturity, got &quot;risk&quot;' "$WORK/badkind.html")" \
	'kind: expected innovation or maturity, got &quot;risk&quot;'

# total and pages: 9 assessments in pages of 4
page() { curl -s -b "$WORK/ana.jar" "$U/api/v1/assessments$1" | jv '[a["id"] for a in d["items"]], d["total"], d["page"], d["per_page"]'; }
expect_eq "page 1 of 3" "$(page '?per_page=4')" "[9, 8, 7, 6] 9 1 4"
expect_eq "page 3 of 3" "$(page '?per_page=4&page=3')" "[1] 9 3 4"
expect_eq "past the last page" "$(page '?per_page=4&page=4')" "[] 9 4 4"
expect_eq "filtered total" "$(page '?kind=innovation&per_page=1')" "[7] 2 1 1"
expect_eq "default page size" "$(page '' | cut -d' ' -f10-)" "9 1 100"
# more rows than a page of the web list (50): 9 -> 72
for _ in 1 2 3; do
	sq "$DB" "INSERT INTO assessment (kind, enterprise_id, tin, firm, zone, region, sector, input, result, created_at, created_by) SELECT kind, enterprise_id, tin, firm, zone, region, sector, input, result, created_at, created_by FROM assessment" >/dev/null
done
expect_eq "rows" "$(sq "$DB" "SELECT count(*) FROM assessment")" 72
expect_eq "API total" "$(page '?page=2&per_page=50' | python3 -c 'import sys; s=sys.stdin.read(); print(s.count(",") + 1, s.split("] ")[1])')" "22 72 2 50"
expect_eq "zone manager's total" "$(ids zm '?per_page=1' | cut -d' ' -f2)" 16
curl -s -b "$WORK/ana.jar" "$U/assess?lang=en" >"$WORK/p1.html"
expect_eq "list page 1: total" "$(grep -o 'Assessments found: <strong>[0-9]*</strong> · Page [0-9]* / [0-9]*' "$WORK/p1.html")" \
	'Assessments found: <strong>72</strong> · Page 1 / 2'
expect_eq "list page 1: rows" "$(grep -o 'href="/assess/[0-9]*">#' "$WORK/p1.html" | wc -l)" 50
expect_eq "list page 1: newest first" "$(grep -o 'href="/assess/[0-9]*">#' "$WORK/p1.html" | head -1)" "href=\"/assess/$(sq "$DB" "SELECT max(id) FROM assessment")\">#"
expect_eq "list page 1: links" "$(grep -o '<nav class="pager".*</nav>' "$WORK/p1.html")" \
	'<nav class="pager" aria-label="Page"><strong aria-current="page">1</strong><a href="/assess?page=2">2</a><a rel="next" href="/assess?page=2">Older →</a></nav>'
expect_eq "list past the last page" "$(curl -s -b "$WORK/ana.jar" "$U/assess?page=100&lang=en" | grep -o '<p class="total">.*</nav>' | sed 's/<p class="muted">[^<]*<\/p>/(none)/')" \
	'<p class="total">Assessments found: <strong>72</strong> · Page 100 / 2</p>(none)<nav class="pager" aria-label="Page"><a rel="prev" href="/assess?page=99">← Newer</a><a href="/assess?page=1">1</a><a href="/assess?page=2">2</a></nav>'
curl -s -b "$WORK/ana.jar" "$U/assess?page=2&lang=en" >"$WORK/p2.html"
expect_eq "list page 2: rows" "$(grep -o 'href="/assess/[0-9]*">#' "$WORK/p2.html" | wc -l)" 22
expect_eq "list page 2: the oldest last" "$(grep -o 'href="/assess/[0-9]*">#' "$WORK/p2.html" | tail -1)" 'href="/assess/1">#'
# filters kept in the links; pages of 5 give a window with gaps
curl -s -b "$WORK/ana.jar" "$U/assess?kind=maturity&tin=301000022&per_page=1&page=4&lang=en" >"$WORK/pf.html"
expect_eq "filtered page: total" "$(grep -o 'Assessments found: <strong>[0-9]*</strong> · Page [0-9]* / [0-9]*' "$WORK/pf.html")" \
	'Assessments found: <strong>8</strong> · Page 4 / 8'
expect_eq "filtered page: links keep the filters" "$(grep -o '<nav class="pager".*</nav>' "$WORK/pf.html" | grep -o 'href="[^"]*"' | sort -u | tr '\n' ' ')" \
	'href="/assess?kind=maturity&amp;tin=301000022&amp;per_page=1&amp;page=1" href="/assess?kind=maturity&amp;tin=301000022&amp;per_page=1&amp;page=2" href="/assess?kind=maturity&amp;tin=301000022&amp;per_page=1&amp;page=3" href="/assess?kind=maturity&amp;tin=301000022&amp;per_page=1&amp;page=5" href="/assess?kind=maturity&amp;tin=301000022&amp;per_page=1&amp;page=6" href="/assess?kind=maturity&amp;tin=301000022&amp;per_page=1&amp;page=8" '
expect_eq "filtered page: the filter form keeps them" "$(grep -o '<option value="maturity" selected>\|name="tin" value="301000022"\|name="per_page" value="1"' "$WORK/pf.html" | tr '\n' ' ')" \
	'<option value="maturity" selected> name="tin" value="301000022" name="per_page" value="1" '
expect_eq "filtered page: gap shown" "$(grep -o '<span>…</span>' "$WORK/pf.html" | wc -l)" 1
pagenums() { curl -s -b "$WORK/ana.jar" "$U/assess?per_page=1&page=$1" | grep -o '<nav class="pager".*</nav>' | sed 's/<a rel="[a-z]*"[^>]*>[^<]*<\/a>//g; s/<[^>]*>/ /g; s/  */ /g; s/^ //; s/ $//'; }
expect_eq "pages around the first" "$(pagenums 1)" "1 2 3 … 72"
expect_eq "pages around the middle" "$(pagenums 36)" "1 … 34 35 36 37 38 … 72"
expect_eq "pages around the last" "$(pagenums 72)" "1 … 70 71 72"
expect_eq "pages past the last" "$(pagenums 500)" "1 … 72"

# the OpenAPI document and the route table name the same API
curl -s "$U/api/v1/openapi.json" >"$WORK/openapi.json"
python3 - "$WORK/openapi.json" "$SB40_SOURCE/src/web/routes.c" <<'PY' >"$WORK/oa.out"
import json, re, sys
spec = json.load(open(sys.argv[1]))
routes = set()
for m, p in re.findall(r'\{"(GET|POST)", "(/api/v1/[^"]*)"', open(sys.argv[2]).read()):
    routes.add((m.lower(), p))
doc = set((m, p) for p, ops in spec["paths"].items() for m in ops)
print("undocumented", sorted(routes - doc))
print("not served", sorted(doc - routes))
lst = spec["paths"]["/api/v1/assessments"]["get"]
print("list parameters", sorted(x["name"] for x in lst["parameters"]))
print("list answer", sorted(lst["responses"]["200"]["content"]["application/json"]["schema"]["required"]))
for p in ("/api/v1/assessments", "/api/v1/assessments/{id}", "/api/v1/assessments/{kind}"):
    for m, op in spec["paths"][p].items():
        for ref in re.findall(r'"#/components/schemas/([A-Za-z]+)"', json.dumps(op)):
            assert ref in spec["components"]["schemas"], ref
PY
expect_eq "openapi matches the routes" "$(cat "$WORK/oa.out")" "undocumented []
not served []
list parameters ['kind', 'page', 'per_page', 'region', 'sector', 'tin', 'zone']
list answer ['items', 'page', 'per_page', 'total']"
curl -s -b "$WORK/admin.jar" "$U/api/v1/assessments/1" >"$WORK/one.json"
expect_eq "record has the documented fields" "$(python3 - "$WORK/openapi.json" "$WORK/one.json" <<'PY'
import json, sys
spec, rec = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
print(sorted(set(spec["components"]["schemas"]["Assessment"]["required"]) - set(rec)))
PY
)" "[]"

kill -TERM "$PID"; wait "$PID"; expect_eq "clean stop" $? 0
finish
