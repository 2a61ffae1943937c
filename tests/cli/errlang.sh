# errlang.sh - the CLI prints an error in the language of an explicit --lang
# (forecast, assess, zones), with its place (file:line:column or JSON path)
# as it is; without --lang, English as before.
. "$(dirname "$0")/lib.inc"
printf 'series,period,value\ns,2020,1\ns,2021,many\ns,2022,3\n' >"$WORK/bad.csv"
run() { "$SB40" "$@" >/dev/null 2>"$WORK/err"; echo "$?:$(cat "$WORK/err")"; }
expect_eq "forecast, no --lang: English" "$(run forecast "$WORK/bad.csv")" \
	"1:sb40: $WORK/bad.csv:3:3: expected a number, got \"many\""
expect_eq "forecast --lang ru" "$(run forecast --lang ru "$WORK/bad.csv")" \
	"1:sb40: $WORK/bad.csv:3:3: ожидалось число, получено \"many\""
expect_eq "forecast --lang uz" "$(run forecast "$WORK/bad.csv" --lang uz)" \
	"1:sb40: $WORK/bad.csv:3:3: son kutilgan edi, \"many\" berildi"
expect_eq "forecast --lang uz-Cyrl" "$(run forecast --lang uz-Cyrl "$WORK/bad.csv")" \
	"1:sb40: $WORK/bad.csv:3:3: сон кутилган эди, \"many\" берилди"
expect_eq "forecast --lang en" "$(run forecast --lang en "$WORK/bad.csv")" \
	"1:sb40: $WORK/bad.csv:3:3: expected a number, got \"many\""
# another message, with a line number in it
printf 'series,period,value\ns,2020,1\ns,2020,2\n' >"$WORK/twice.csv"
expect_eq "forecast --lang ru, a period twice" "$(run forecast --lang ru "$WORK/twice.csv")" \
	"1:sb40: $WORK/twice.csv:3: в ряде \"s\" период 2020 встречается дважды (также в строке 2)"
# an assessment with a bad weight: the JSON path kept, the message Russian
python3 - "$SB40_SOURCE/docs/examples/innovation.json" >"$WORK/inn.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["swot"]["threats"][1]["weight"] = "0.1.0"
json.dump(d, sys.stdout)
PY
expect_eq "assess --lang ru" "$(run assess innovation --input "$WORK/inn.json" --lang ru)" \
	"1:sb40: $WORK/inn.json: \$.swot.threats[1].weight: ожидалось число от 0 до 1, получено \"0.1.0\""
expect_eq "assess, no --lang: English" "$(run assess innovation --input "$WORK/inn.json")" \
	"1:sb40: $WORK/inn.json: \$.swot.threats[1].weight: expected a number from 0 to 1, got \"0.1.0\""
# a choice: the list of values kept, the words around it Russian
python3 - "$SB40_SOURCE/docs/examples/innovation.json" >"$WORK/enum.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["market"]["imitation_type"] = "clone"
json.dump(d, sys.stdout)
PY
expect_eq "assess --lang ru, a choice" "$(run assess innovation --input "$WORK/enum.json" --lang ru)" \
	"1:sb40: $WORK/enum.json: \$.market.imitation_type: ожидалось одно из: new_product, new_technology, new_market, new_raw_material или new_organisation, получено \"clone\""
expect_eq "assess, a choice in English as before" "$(run assess innovation --input "$WORK/enum.json")" \
	"1:sb40: $WORK/enum.json: \$.market.imitation_type: expected one of new_product, new_technology, new_market, new_raw_material or new_organisation, got \"clone\""
# import: the row errors, the count of those not shown and the summary in
# --lang; nothing written
DB=$(newdb imp)
"$SB40" init --db "$DB" >/dev/null 2>&1
printf 'code,name,region,area_ha\nZZ-1,A,UZ-TK,-5\nZZ-2,B,UZ-TK,abc\n' >"$WORK/z.csv"
printf 'code,name,region,area_ha\nZZ-3,C,UZ-TK,1\n' >"$WORK/ok.csv"
zones() { sq "$DB" "SELECT count(*) FROM zone WHERE code LIKE 'ZZ-%'"; }
expect_eq "import --lang ru" "$(run import zones "$WORK/z.csv" --db "$DB" --lang ru)" \
	"1:sb40: $WORK/z.csv:2:4: ожидалась положительная площадь, получено \"-5\"
sb40: ещё ошибок не показано: 1 (--max-errors)
sb40: ничего не записано"
expect_eq "import --lang uz" "$(run import zones "$WORK/z.csv" --db "$DB" --lang uz --max-errors 5)" \
	"1:sb40: $WORK/z.csv:2:4: musbat maydon kutilgan edi, \"-5\" berildi
sb40: $WORK/z.csv:3:4: son kutilgan edi, \"abc\" berildi
sb40: hech narsa yozilmadi"
expect_eq "import, no --lang: English" "$(run import zones "$WORK/z.csv" --db "$DB")" \
	"1:sb40: $WORK/z.csv:2:4: expected a positive area, got \"-5\"
sb40: 1 more error not shown (--max-errors)
sb40: nothing was imported"
expect_eq "nothing imported" "$(zones)" 0
expect_eq "import --lang uz-Cyrl, the counts" \
	"$("$SB40" import zones "$WORK/ok.csv" --db "$DB" --lang uz-Cyrl --dry-run 2>&1)" \
	"zones: қўшилди 1, ўзгартирилди 0, ўзгаришсиз 0 (синов: ҳеч нарса ёзилмади)"
expect_eq "import --lang ru, the counts" "$("$SB40" import zones "$WORK/ok.csv" --db "$DB" --lang ru 2>&1)" \
	"zones: добавлено 1, изменено 0, без изменений 0"
expect_eq "imported" "$(zones)" 1
expect_eq "import --lang xx" "$(run import zones "$WORK/ok.csv" --db "$DB" --lang xx | head -1)" \
	"2:sb40: unknown language \"xx\" (expected uz, uz-Cyrl, ru or en)"
finish
