# web_assess.sh - the assessment pages and API of `sb40 serve` over real
# HTTP: every route for every role (200/201/303/401/403), CSRF missing or
# wrong, malformed documents (400 with the JSON path or line:column), the
# firm account's scope, the maturity form posted as a browser does, the
# result page with its radar chart and peers, languages, and the OpenAPI
# document against the route table.
. "$(dirname "$0")/lib.inc"
DB=$(newdb w)
EX="$SB40_SOURCE/docs/examples"
"$SB40" demo --db "$DB" >"$WORK/demo.out" 2>/dev/null || { echo "demo failed"; exit 1; }
ADMIN_PW=$(sed -n 's/^web sign-in: admin \/ \([^ ]*\) .*/\1/p' "$WORK/demo.out")
echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB" >/dev/null
echo 'zone-pass-1234' | "$SB40" user add zm --role zone_manager --zone TK-BEKTEMIR --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-1234' | "$SB40" user add firm --role enterprise --enterprise 301000033 --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-5678' | "$SB40" user add firm2 --role enterprise --enterprise 301000011 --password-stdin --db "$DB" >/dev/null

"$SB40" serve --db "$DB" --port 0 --threads 2 >"$WORK/serve.out" 2>"$WORK/access.log" &
PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$WORK/serve.out")
[ -n "$PORT" ] || { echo "server did not start"; cat "$WORK/access.log"; exit 1; }
U="http://127.0.0.1:$PORT"
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
login() { # login USER PASSWORD -> cookie jar $WORK/USER.jar, csrf in $WORK/USER.csrf
	curl -s -c "$WORK/$1.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$1\",\"password\":\"$2\"}" "$U/api/v1/login" |
		sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p' >"$WORK/$1.csrf"
}
login admin "$ADMIN_PW"; login ana analyst-pass-1; login zm zone-pass-1234
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
matrix /assess 303 200 200 403 200
matrix /assess/maturity 303 200 200 403 200
matrix /assess/innovation 303 200 200 403 200
matrix /api/v1/assessments 401 200 200 403 200
matrix /api/v1/assessments/1 401 404 404 403 404
matrix /assess/1 303 404 404 403 404

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
for p in ("/api/v1/assessments", "/api/v1/assessments/{id}", "/api/v1/assessments/{kind}"):
    for m, op in spec["paths"][p].items():
        for ref in re.findall(r'"#/components/schemas/([A-Za-z]+)"', json.dumps(op)):
            assert ref in spec["components"]["schemas"], ref
PY
expect_eq "openapi matches the routes" "$(cat "$WORK/oa.out")" "undocumented []
not served []"
curl -s -b "$WORK/admin.jar" "$U/api/v1/assessments/1" >"$WORK/one.json"
expect_eq "record has the documented fields" "$(python3 - "$WORK/openapi.json" "$WORK/one.json" <<'PY'
import json, sys
spec, rec = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
print(sorted(set(spec["components"]["schemas"]["Assessment"]["required"]) - set(rec)))
PY
)" "[]"

kill -TERM "$PID"; wait "$PID"; expect_eq "clean stop" $? 0
finish
