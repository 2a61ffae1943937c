# web_innov_form.sh - the structured form of the imitative-innovation
# assessment (/assess/innovation) over real HTTP: the form filled in as
# docs/examples/innovation.json gives the same stored input and result as
# the JSON posted to the API; a bad value comes back as a 400 page naming
# the field (aria-invalid, the message beside it, in the page's language)
# with every value kept,
# also when blank rows come before it; "add rows" keeps the values; a firm
# account's TIN is read-only and cannot be changed; the pasted document
# still works beside the form.
. "$(dirname "$0")/lib.inc"
DB=$(newdb f)
EX="$SB40_SOURCE/docs/examples"
"$SB40" demo --db "$DB" >/dev/null 2>&1 || { echo "demo failed"; exit 1; }
echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-1234' | "$SB40" user add firm --role enterprise --enterprise 301000033 --password-stdin --db "$DB" >/dev/null

serve_start

signin() { # signin USER PASSWORD -> cookie jar $WORK/USER.jar
	curl -s -c "$WORK/$1.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$1\",\"password\":\"$2\"}" -o /dev/null "$U/api/v1/login"
}
signin ana analyst-pass-1
signin firm firm-pass-1234
# csrf USER: the token of the form page
csrf() { curl -s -b "$WORK/$1.jar" "$U/assess/innovation" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
TOK=$(csrf ana)
expect_eq "form page has a csrf token" "$([ -n "$TOK" ] && echo yes)" yes

# form.py: the example as the form's fields (urlencoded), with changes;
# check.py: does a page show every posted value again?
cat >"$WORK/form.py" <<'PY'
import json, sys, urllib.parse
ex = json.load(open(sys.argv[1]))
csrf, extra = sys.argv[2], sys.argv[3:]
f = {"csrf": csrf, "form": "structured"}
fm = ex["firm"]
for k in ("name", "tin", "region", "zone", "sector"):
    f[k] = fm[k]
for k, v in fm["capabilities"].items():
    f["cap_" + k] = str(v)
def num(v):
    return str(v)
for g, rows in ex["swot"].items():
    for i, r in enumerate(rows):
        f["%s_%d_factor" % (g, i)] = r["factor"]
        f["%s_%d_weight" % (g, i)] = num(r["weight"])
        f["%s_%d_rating" % (g, i)] = str(r["rating"])
f["product"] = ex["market"]["product"]
f["imitation_type"] = ex["market"]["imitation_type"]
for i, s in enumerate(ex["market"]["sales"]):
    f["sales_%d_period" % i] = s["period"]
    f["sales_%d_value" % i] = num(s["value"])
f["weighting"] = "pairwise"
names = [c["name"] for c in ex["criteria"]]
for i, c in enumerate(ex["criteria"]):
    f["crit_%d_name" % i] = c["name"]
    f["crit_%d_direction" % i] = c["direction"]
    if "description" in c:
        f["crit_%d_description" % i] = c["description"]
pw = ex["pairwise"]
for i in range(len(pw)):
    for j in range(i + 1, len(pw)):
        f["pw_%d_%d" % (i, j)] = str(pw[i][j])
for i, c in enumerate(ex["candidates"]):
    f["cand_%d_name" % i] = c["name"]
    f["cand_%d_property" % i] = c["property"]
    if "description" in c:
        f["cand_%d_description" % i] = c["description"]
    for k, n in enumerate(names):
        f["cand_%d_score_%d" % (i, k)] = num(c["scores"][n])
for e in extra:  # KEY=VALUE sets, KEY= with no value removes, KEY>NEW renames
    if ">" in e:
        k, n = e.split(">", 1)
        f[n] = f.pop(k)
    else:
        k, v = e.split("=", 1)
        if v:
            f[k] = v
        else:
            f.pop(k, None)
json.dump(f, open("fields.json", "w"))  # the last form's fields, for check.py
print(urllib.parse.urlencode(f), end="")
PY
cat >"$WORK/check.py" <<'PY'
# check.py PAGE FIELDS.json: every posted field (but csrf, form, more, go)
# shown again with its value: prints the ones that are not, or "all kept"
import html.parser, json, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.v = {}; self.sel = None
    def handle_starttag(self, t, a):
        a = dict(a)
        if t == "input" and a.get("type") not in ("radio", "hidden", "file"):
            self.v[a.get("name")] = a.get("value", "")
        elif t == "input" and a.get("type") == "radio" and "checked" in a:
            self.v[a.get("name")] = a.get("value")
        elif t == "select":
            self.sel = a.get("name"); self.v.setdefault(self.sel, None)
        elif t == "option" and self.sel and "selected" in a:
            self.v[self.sel] = a.get("value")
    def handle_endtag(self, t):
        if t == "select": self.sel = None
p = P(); p.feed(open(sys.argv[1]).read())
f = json.load(open(sys.argv[2]))
lost = [k for k, v in f.items() if k not in ("csrf", "form", "more", "go") and p.v.get(k) != v]
print("lost: " + " ".join("%s=%r/%r" % (k, f[k], p.v.get(k)) for k in lost) if lost else "all kept")
PY
form() { (cd "$WORK" && python3 form.py "$EX/innovation.json" "$@"); }
# jq-like: python on the JSON of standard input
jv() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# 1. the example filled in (a decimal comma in one weight) as a browser posts it
form "$TOK" 'strengths_0_weight=0,20' 'go=1' >"$WORK/ex.form"
expect_eq "form posted" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$WORK/ana.jar" --data-binary "@$WORK/ex.form" -H 'Content-Type: application/x-www-form-urlencoded' "$U/assess/innovation")" "303 $U/assess/1"
APITOK=$(curl -s -b "$WORK/ana.jar" "$U/api/v1/session" | jv 'd["csrf_token"]')
expect_eq "json posted" "$(curl -s -o "$WORK/api.json" -w '%{http_code}' -b "$WORK/ana.jar" -H "X-CSRF-Token: $APITOK" -H 'Content-Type: application/json' --data-binary "@$EX/innovation.json" "$U/api/v1/assessments/innovation")" 201
curl -s -b "$WORK/ana.jar" "$U/api/v1/assessments/1" >"$WORK/one.json"
curl -s -b "$WORK/ana.jar" "$U/api/v1/assessments/2" >"$WORK/two.json"
expect_eq "form: verdict, winner, IE cell" "$(jv 'd["result"]["verdict"], d["result"]["winner"], d["result"]["strategic_position"]["cell"]' <"$WORK/one.json")" \
	"go inline drip tape, open design 5"
expect_eq "json: verdict, winner, IE cell" "$(jv 'd["result"]["verdict"], d["result"]["winner"], d["result"]["strategic_position"]["cell"]' <"$WORK/two.json")" \
	"go inline drip tape, open design 5"
expect_eq "form and json: the same result" "$(python3 -c '
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
print(a["result"] == b["result"], a["tin"] == b["tin"], a["firm"] == b["firm"])' "$WORK/one.json" "$WORK/two.json")" "True True True"
expect_eq "form: the document is the example" "$(python3 -c '
import json, sys
a, ex = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
print(a["input"] == ex)' "$WORK/one.json" "$EX/innovation.json")" "True"

# 2. a bad weight after a blank row: the form row is named, not the JSON index
form "$TOK" 'strengths_1_factor>strengths_2_factor' 'strengths_1_weight>strengths_2_weight' \
	'strengths_1_rating>strengths_2_rating' 'strengths_2_weight=0.15x' 'go=1' >"$WORK/bad.form"
cp "$WORK/fields.json" "$WORK/bad.fields.json"
st=$(curl -s -o "$WORK/bad.html" -w '%{http_code}' -b "$WORK/ana.jar" --data-binary "@$WORK/bad.form" "$U/assess/innovation?lang=en")
expect_eq "bad weight: 400" "$st" 400
expect_eq "bad weight: the field marked" "$(grep -o '<input name="strengths_2_weight" id="f-strengths_2_weight" class="num invalid" aria-invalid="true" aria-describedby="ferr"' "$WORK/bad.html" | wc -l)" 1
expect_eq "bad weight: the message beside it" "$(grep -o 'value="0.15x"><span class="ferr" id="ferr" role="alert">expected a number from 0 to 1, got &quot;0.15x&quot;</span>' "$WORK/bad.html" | wc -l)" 1
expect_eq "bad weight: the place in the message" "$(grep -c 'form: \$.swot.strengths\[1\].weight' "$WORK/bad.html")" 1
expect_eq "bad weight: a link to the field" "$(grep -c 'href="#f-strengths_2_weight"' "$WORK/bad.html")" 1
expect_eq "bad weight: only one field marked" "$(grep -o 'aria-invalid="true"' "$WORK/bad.html" | wc -l)" 1
expect_eq "bad weight: every value kept" "$(python3 "$WORK/check.py" "$WORK/bad.html" "$WORK/bad.fields.json")" "all kept"
expect_eq "bad weight: nothing stored" "$(sq "$DB" "SELECT count(*) FROM assessment")" 2
# ... in Russian: the message beside the field is Russian, the place as it is
st=$(curl -s -o "$WORK/bad_ru.html" -w '%{http_code}' -b "$WORK/ana.jar" --data-binary "@$WORK/bad.form" "$U/assess/innovation?lang=ru")
expect_eq "bad weight ru: 400" "$st" 400
expect_eq "bad weight ru: the Russian message beside it" "$(grep -o 'value="0.15x"><span class="ferr" id="ferr" role="alert">ожидалось число от 0 до 1, получено &quot;0.15x&quot;</span>' "$WORK/bad_ru.html" | wc -l)" 1
expect_eq "bad weight ru: the place kept" "$(grep -c 'form: \$.swot.strengths\[1\].weight: ожидалось число от 0 до 1' "$WORK/bad_ru.html")" 1
expect_eq "bad weight ru: no English message" "$(grep -c 'expected a number' "$WORK/bad_ru.html")" 0

# other places: a score (a criterion name with spaces), a pairwise cell, a
# capability, a rating outside its group's list (kept as posted)
badfield() { # badfield WHAT FIELD CHANGES...: the field marked, values kept
	what=$1 want=$2; shift 2
	form "$TOK" "$@" >"$WORK/b.form"
	curl -s -o "$WORK/b.html" -b "$WORK/ana.jar" --data-binary "@$WORK/b.form" "$U/assess/innovation"
	expect_eq "$what: field" "$(grep -o 'id="f-[a-z_0-9]*"[^>]*aria-invalid="true"' "$WORK/b.html" | sed 's/^id="f-\([a-z_0-9]*\)".*/\1/')" "$want"
	expect_eq "$what: values kept" "$(python3 "$WORK/check.py" "$WORK/b.html" "$WORK/fields.json")" "all kept"
}
badfield "bad score" cand_1_score_3 'cand_1_score_3=-5'
badfield "bad judgement" pw_1_4 'pw_1_4=12'
badfield "missing capability" cap_funds 'cap_funds='
badfield "rating outside the list" weaknesses_0_rating 'weaknesses_0_rating=7'
badfield "missing criterion name" crit_2_name 'crit_2_name='
badfield "bad sales value" sales_3_value 'sales_3_value=lots'
expect_eq "still nothing stored" "$(sq "$DB" "SELECT count(*) FROM assessment")" 2
# the weights given directly, summing to 1.1: the criteria group is marked
form "$TOK" weighting=weights crit_0_weight=0.5 crit_1_weight=0.2 crit_2_weight=0.1 crit_3_weight=0.1 \
	crit_4_weight=0.1 crit_5_weight=0.1 >"$WORK/w.form"
curl -s -o "$WORK/w.html" -b "$WORK/ana.jar" --data-binary "@$WORK/w.form" "$U/assess/innovation?lang=en"
expect_eq "weights: the group marked" "$(grep -o '<fieldset class="rows invalid" id="f-g_crit">' "$WORK/w.html" | wc -l)" 1
expect_eq "weights: the sum named" "$(grep -c 'the weights sum to 1.1, expected 1' "$WORK/w.html")" 1
curl -s -o "$WORK/w_uz.html" -b "$WORK/ana.jar" --data-binary "@$WORK/w.form" "$U/assess/innovation?lang=uz-Cyrl"
expect_eq "weights uz-Cyrl: the sum named" "$(grep -c 'вазнлар йиғиндиси 1.1, 1 бўлиши керак' "$WORK/w_uz.html")" 1
# ... and summing to 1: stored, with the weights as given
form "$TOK" weighting=weights crit_0_weight=0.4 crit_1_weight=0.2 crit_2_weight=0.1 crit_3_weight=0.1 \
	crit_4_weight=0.1 crit_5_weight=0.1 >"$WORK/w.form"
expect_eq "weights: posted" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$WORK/ana.jar" --data-binary "@$WORK/w.form" "$U/assess/innovation")" "303 $U/assess/3"
expect_eq "weights: no pairwise stored" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/assessments/3" | jv '"pairwise" in d["input"], [c["weight"] for c in d["input"]["criteria"]]')" \
	"False [0.4, 0.2, 0.1, 0.1, 0.1, 0.1]"

# 3. add rows: the same values, three more blank sales rows, nothing stored
form "$TOK" more=sales >"$WORK/more.form"
st=$(curl -s -o "$WORK/more.html" -w '%{http_code}' -b "$WORK/ana.jar" --data-binary "@$WORK/more.form" "$U/assess/innovation")
expect_eq "more rows: 200" "$st" 200
expect_eq "more rows: 13 sales rows" "$(grep -o 'name="sales_[0-9]*_period"' "$WORK/more.html" | wc -l) $(grep -c 'name="n_sales" value="13"' "$WORK/more.html")" "13 1"
expect_eq "more rows: other groups as they were" "$(grep -o 'name="strengths_[0-9]*_factor"' "$WORK/more.html" | wc -l)" 4
expect_eq "more rows: values kept" "$(python3 "$WORK/check.py" "$WORK/more.html" "$WORK/fields.json")" "all kept"
expect_eq "more rows: no error shown" "$(grep -c 'class="error"' "$WORK/more.html")" 0
expect_eq "more rows: nothing stored" "$(sq "$DB" "SELECT count(*) FROM assessment")" 3
# criteria rows: one more column of scores per candidate and a bigger grid
form "$TOK" more=crit n_crit=6 >"$WORK/more.form"
curl -s -o "$WORK/more.html" -b "$WORK/ana.jar" --data-binary "@$WORK/more.form" "$U/assess/innovation"
expect_eq "more criteria: score columns and grid" "$(grep -o 'name="cand_0_score_[0-9]*"' "$WORK/more.html" | wc -l) $(grep -o 'name="pw_[0-9]*_[0-9]*"' "$WORK/more.html" | wc -l)" "9 36"

# 4. a firm account: its TIN read-only, a posted one ignored
FTOK=$(csrf firm)
curl -s -b "$WORK/firm.jar" "$U/assess/innovation" >"$WORK/firm.html"
expect_eq "firm: TIN read-only" "$(grep -o '<input name="tin" id="f-tin" readonly value="301000033">' "$WORK/firm.html" | wc -l)" 1
expect_eq "firm: its name filled in" "$(grep -c 'name="name" id="f-name" required value="[^"]' "$WORK/firm.html")" 1
form "$FTOK" tin=305112233 >"$WORK/firm.form"
expect_eq "firm: posted" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$WORK/firm.jar" --data-binary "@$WORK/firm.form" "$U/assess/innovation")" "303 $U/assess/4"
expect_eq "firm: its own TIN stored" "$(sq "$DB" "SELECT tin, created_by FROM assessment WHERE id = 4")" "301000033|firm"
form "$FTOK" tin=305112233 'strengths_0_weight=x' >"$WORK/firm.form"
curl -s -o "$WORK/firm.html" -b "$WORK/firm.jar" --data-binary "@$WORK/firm.form" "$U/assess/innovation"
expect_eq "firm: on an error the TIN is still its own" "$(grep -o '<input name="tin" id="f-tin" readonly value="301000033">' "$WORK/firm.html" | wc -l)" 1

# CSRF as before; the pasted document beside the form
form "" >"$WORK/nocsrf.form"
expect_eq "form needs csrf" "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/ana.jar" --data-binary "@$WORK/nocsrf.form" "$U/assess/innovation")" 403
curl -s -b "$WORK/ana.jar" "$U/assess/innovation?lang=ru" >"$WORK/ru.html"
expect_eq "advanced: the document form kept" "$(grep -c '<textarea name="document"' "$WORK/ru.html") $(grep -c '<summary>Дополнительно: вставить или загрузить документ JSON</summary>' "$WORK/ru.html")" "1 1"
expect_eq "labels in Russian" "$(grep -c 'Критерии выбора' "$WORK/ru.html") $(grep -c '<option value="new_technology">новая технология или оборудование</option>' "$WORK/ru.html")" "1 1"
st=$(curl -s -o "$WORK/doc.html" -w '%{http_code}' -b "$WORK/ana.jar" -F "csrf=$TOK" -F 'document={"firm": 1}' "$U/assess/innovation?lang=en")
expect_eq "pasted document error" "$st $(grep -c '<details class="advanced" id="advanced" open>' "$WORK/doc.html") $(grep -c '{&quot;firm&quot;: 1}</textarea>' "$WORK/doc.html")" "400 1 1"

kill -TERM "$PID"; wait "$PID"; expect_eq "clean stop" $? 0
finish
