#!/bin/bash
# CLI test of stored assessments: `sb40 assess ... --save`, `assess list`,
# `assess show`, and the comparison of a maturity result with the stored
# assessments of the other firms of the same zone, region and sector, with
# the numbers worked out by hand below.
. "$(dirname "$0")/lib.inc"
cd "$WORK"
EX="$SB40_SOURCE/docs/examples"
DB=$(newdb a)
"$SB40" demo --db "$DB" >/dev/null 2>&1 || { echo "demo failed"; exit 1; }
export USER=tester

# mk NAME TIN ZONE LEVEL: the example document for another firm, every
# applicable answer LEVEL (3D printing stays not applicable)
mk() {
	python3 - "$EX/maturity.json" "$@" <<'PY'
import json, sys
src, name, tin, zone, level = sys.argv[1:6]
d = json.load(open(src))
d["firm"].update(name=name, tin=tin, zone=zone)
for k, v in d["answers"].items():
    if v is not None:
        d["answers"][k] = int(level)
json.dump(d, open(name + ".json", "w"))
PY
}
mk p1old 306445577 Chilonzor 2
mk p1 306445577 Chilonzor 3
mk p2 306445588 Boshqa 1
mk reg 301000033 ignored 4
# jv FILE EXPR: print EXPR evaluated on d = the JSON in FILE
jv() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
count() { sq "$DB" "SELECT count(*) FROM assessment"; }

# saving: the id on stderr, the result on stdout as without --save
"$SB40" assess maturity --input p1old.json --db "$DB" --save --format json >p1old.out 2>err.txt
expect_eq "save exit" $? 0
expect_eq "saved id" "$(cat err.txt)" "saved as assessment 1"
expect_eq "result printed" "$(jv p1old.out 'd["overall"]')" "50.0"
"$SB40" assess maturity --input p1.json --db "$DB" --save >/dev/null 2>&1
"$SB40" assess maturity --input p2.json --db "$DB" --save >/dev/null 2>&1
# a registered firm: its zone, region and activity come from the registry
"$SB40" assess maturity --input reg.json --db "$DB" --save --enterprise 301000033 >/dev/null 2>&1
expect_eq "registry values stored" \
	"$(sq "$DB" "SELECT a.tin, a.zone, a.region, a.sector, CASE WHEN a.enterprise_id = e.id THEN 1 ELSE 0 END FROM assessment a JOIN enterprise e ON e.tin = a.tin WHERE a.id = 4")" \
	"301000033|TK-CHILANZOR-1|UZ-TK|22.29|1"
expect_eq "document values stored (region name to code)" \
	"$(sq "$DB" "SELECT tin, zone, region, sector, CASE WHEN enterprise_id IS NULL THEN 1 ELSE 0 END, created_by FROM assessment WHERE id = 2")" \
	"306445577|Chilonzor|UZ-TK|14.13|1|tester"
expect_eq "stored input is the document" "$(sq "$DB" "SELECT input FROM assessment WHERE id = 3")" "$(cat p2.json)"
expect_eq "saving audited" "$(sq "$DB" "SELECT count(*) FROM audit WHERE action = 'assess' AND entity LIKE 'assessment:%'")" 4

# The example firm (306445566, zone Chilonzor, region UZ-TK, sector 14.13;
# overall 35.9) against the stored firms:
#   zone Chilonzor: firm 306445577's latest (id 2, every block 75) only:
#     n 1, mean 75.0, percentile 0 (35.9 is below 75)
#   region UZ-TK: 306445577 (75), 306445588 (25), 301000033 (100):
#     n 3, mean 200/3 = 66.7, percentile 100 x 1/3 = 33.3; online sales
#     (75 + 25 + 100) / 3 = 66.7
#   sector 14.13: 306445577 (75), 306445588 (25): n 2, mean 50, percentile 50
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --format json --lang en >m.json
expect_eq "zone peers" "$(jv m.json 'd["peers"][0]["group"], d["peers"][0]["key"], d["peers"][0]["n"], d["peers"][0]["overall_mean"], d["peers"][0]["percentile"]')" \
	"zone Chilonzor 1 75.0 0.0"
expect_eq "region peers" "$(jv m.json '[d["peers"][1][k] for k in ("key", "n")], round(d["peers"][1]["overall_mean"], 1), round(d["peers"][1]["percentile"], 1), round(d["peers"][1]["block_means"]["online_sales"], 1)')" \
	"['UZ-TK', 3] 66.7 33.3 66.7"
expect_eq "sector peers" "$(jv m.json 'd["peers"][2]["key"], d["peers"][2]["n"], d["peers"][2]["overall_mean"], d["peers"][2]["percentile"], d["peers"][2]["block_means"]["printing_3d"]')" \
	"14.13 2 50.0 50.0 None"
expect_eq "nothing saved without --save" "$(count)" 4
# the same in words, every language
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --lang en >m.txt
expect_eq "text: zone line" "$(grep -c 'Same zone (Chilonzor): 1 firms, mean index 75.0; this firm is ahead of 0% of them' m.txt)" 1
expect_eq "text: region line" "$(grep -c 'Same region (UZ-TK): 3 firms, mean index 66.7; this firm is ahead of 33% of them' m.txt)" 1
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --lang ru >m.ru.txt
expect_eq "text ru" "$(grep -c 'Тот же регион (UZ-TK): предприятий 3, средний индекс 66,7' m.ru.txt)" 1
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --lang uz >m.uz.txt
expect_eq "text uz" "$(grep -c 'Shu hudud (UZ-TK): 3 ta korxona, oʻrtacha indeks 66,7' m.uz.txt)" 1
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --lang uz-Cyrl >m.cy.txt
expect_eq "text uz-Cyrl" "$(grep -c 'Шу ҳудуд (UZ-TK): 3 та корхона, ўртача индекс 66,7' m.cy.txt)" 1
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --format html --lang en >m.html
xmllint --noout m.html 2>/dev/null; expect_eq "html well-formed" $? 0
expect_eq "html peers table" "$(grep -c '<table class="peers">' m.html)" 1
expect_eq "html radar has the peers' outline" "$(grep -c 'Same zone: mean of 1 firms' m.html)" 1
# without a database there is no comparison (as before)
"$SB40" assess maturity --input "$EX/maturity.json" --format json >nodb.json
expect_eq "no peers without a database" "$(jv nodb.json '"peers" in d')" "False"

# save the example; show gives the comparison as it was when it was saved,
# also after a later firm is stored
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --save --format json --lang en >saved.json 2>/dev/null
mk late 306445599 Chilonzor 0
"$SB40" assess maturity --input late.json --db "$DB" --save >/dev/null 2>&1
"$SB40" assess show 5 --db "$DB" --format text --lang en >show.txt
expect_eq "show: peers as when saved" "$(grep -c 'Same zone (Chilonzor): 1 firms, mean index 75.0' show.txt)" 1
"$SB40" assess show 5 --db "$DB" --format json >show.json
expect_eq "show json: the record" "$(jv show.json 'd["id"], d["kind"], d["tin"], d["zone"], d["region"], d["created_by"], d["input"]["firm"]["name"]')" \
	"5 maturity 306445566 Chilonzor UZ-TK tester Chilonzor Tikuv MChJ"
expect_eq "show json: the stored result" "$(jv show.json 'd["result"]["overall"] == json.load(open("saved.json"))["overall"], d["result"]["peers"][0]["n"], d["result"]["language"]')" \
	"True 1 en"
"$SB40" assess show 5 --db "$DB" --format html --lang ru --output show.html
expect_eq "show html" "$(grep -c '<svg' show.html)" 1
# a later assessment of the example firm now sees 306445599 (0) in its zone:
# n 2, mean (75 + 0) / 2 = 37.5; 35.9 is above 0 only: percentile 50
"$SB40" assess maturity --input "$EX/maturity.json" --db "$DB" --format json >now.json
expect_eq "later peers" "$(jv now.json 'd["peers"][0]["n"], d["peers"][0]["overall_mean"], d["peers"][0]["percentile"]')" "2 37.5 50.0"

# innovation too
"$SB40" assess innovation --input "$EX/innovation.json" --db "$DB" --save >/dev/null 2>err.txt
expect_eq "innovation saved" "$(cat err.txt)" "saved as assessment 7"

# list
expect_eq "list" "$("$SB40" assess list --db "$DB" --limit 2 | cut -f1-2,4-9 | tr '\t' ' ' | tr '\n' ';')" \
	"7 innovation 305112233 Yashnobod Agrotex MChJ Yashnobod UZ-TK 22.21 go inline drip tape, open design;6 maturity 306445599 late Chilonzor UZ-TK 14.13 0.0 stage 0;"
"$SB40" assess list --db "$DB" --kind maturity --format json >list.json
expect_eq "list json" "$(jv list.json '[(a["id"], a["overall"], a["stage"]) for a in d][:3]')" \
	"[(6, 0.0, 0), (5, 35.9375, 1), (4, 100.0, 4)]"
expect_eq "list by firm" "$("$SB40" assess list --db "$DB" --enterprise 306445577 | cut -f1 | tr '\n' ' ')" "2 1 "
expect_eq "list by zone, limit" "$("$SB40" assess list --db "$DB" --zone Chilonzor --kind maturity --limit 2 | cut -f1 | tr '\n' ' ')" "6 5 "
expect_eq "list by sector" "$("$SB40" assess list --db "$DB" --sector 22.29 | cut -f1,9)" "4	100.0 stage 4"
# by the registry's zone: only 301000033 (id 4) is a registered firm of
# TK-CHILANZOR-1; the firms that only name "Chilonzor" in their documents are not
expect_eq "list by registry zone" "$("$SB40" assess list --db "$DB" --registry-zone TK-CHILANZOR-1 | cut -f1 | tr '\n' ' ')" "4 "
expect_eq "registry zone without its firms" "$("$SB40" assess list --db "$DB" --registry-zone TK-BEKTEMIR | wc -l)" 0
"$SB40" assess list --db "$DB" --registry-zone TK-NOWHERE >out.txt 2>err.txt
expect_eq "unknown registry zone" "$?:$(cat err.txt)" '1:sb40: --registry-zone: no zone "TK-NOWHERE" in the registry'
"$SB40" assess maturity --input p1.json --registry-zone TK-CHILANZOR-1 >out.txt 2>err.txt
expect_eq "--registry-zone only filters list" "$?" 2

# errors: nothing is saved
n=$(count)
python3 -c "import json; d=json.load(open('p1.json')); del d['firm']['tin']; json.dump(d, open('notin.json', 'w'))"
"$SB40" assess maturity --input notin.json --db "$DB" --save --enterprise 999999999 >out.txt 2>err.txt
expect_eq "unknown enterprise" "$?:$(cat err.txt)" '1:sb40: no enterprise with the TIN "999999999" in the registry'
"$SB40" assess maturity --input p1.json --db "$DB" --save --enterprise 301000033 >out.txt 2>err.txt
expect_eq "tin differs" "$?:$(cat err.txt)" '1:sb40: p1.json: $.firm.tin: the firm is 301000033, not 306445577'
echo '{"firm":{"name":"x"},"answers":{"automation":9}}' >bad.json
"$SB40" assess maturity --input bad.json --db "$DB" --save >out.txt 2>err.txt
expect_eq "bad document" "$?" 1
expect_eq "nothing saved on errors" "$(count)" "$n"
"$SB40" assess show 99 --db "$DB" >out.txt 2>err.txt
expect_eq "show missing" "$?:$(cat err.txt)" "1:sb40: no assessment 99"
"$SB40" assess show x --db "$DB" >out.txt 2>err.txt
expect_eq "show bad id" "$?" 2
"$SB40" assess list --db "$DB" --kind risk >out.txt 2>err.txt
expect_eq "list bad kind" "$?" 2
"$SB40" assess maturity --input p1.json --enterprise 301000033 >out.txt 2>err.txt
expect_eq "--enterprise needs a database" "$?" 2
if ! is_pg "$DB"; then
"$SB40" assess list --db "$WORK/none.db" >out.txt 2>err.txt
expect_eq "list without a database" "$?:$(cat err.txt)" "3:sb40: no database at \"$WORK/none.db\"; run 'sb40 init --db $WORK/none.db' or 'sb40 demo --db $WORK/none.db'"
fi
finish
