# import_good.sh - what a successful import does: counts, updates, revisions,
# dry runs, UTF-8 round trips, BOM and CRLF, the schema-version rule.
. "$(dirname "$0")/lib.inc"
# the schema version this sb40 knows: the highest numbered migration
V=$(ls "$(dirname "$0")/../../src/store/migrations" | sed -n 's/^0*\([0-9][0-9]*\)_.*/\1/p' | sort -n | tail -1)
DB=$(newdb t)
BACKEND=sqlite; is_pg "$DB" && BACKEND=postgresql
"$SB40" init --db "$DB" >/dev/null || bad "init"
out=$("$SB40" init --db "$DB"); expect_eq "init again" "$out" "$DB: schema version $V ($BACKEND)"

# zones with a BOM, CRLF line ends, columns in another order, Uzbek and Cyrillic names
printf '\357\273\277name,code,region,area_ha\r\n"Gʻalla-Oʻrol",TK-GA,Tashkent city,3.5\r\nТошкент Шимол,TK-SH,UZ-TK,2\r\n' > "$WORK/z.csv"
out=$("$SB40" import zones "$WORK/z.csv" --db "$DB"); expect_eq "zones added" "$out" "zones: 2 added, 0 changed, 0 unchanged"
expect_eq "uzbek name round trip" "$(sq "$DB" "SELECT name FROM zone WHERE code='TK-GA'")" "Gʻalla-Oʻrol"
expect_eq "cyrillic name round trip" "$(sq "$DB" "SELECT name FROM zone WHERE code='TK-SH'")" "Тошкент Шимол"
expect_eq "region by ISO code" "$(sq "$DB" "SELECT r.name_en FROM zone z JOIN region r ON r.id=z.region_id WHERE z.code='TK-SH'")" "Tashkent city"
out=$("$SB40" import zones "$WORK/z.csv" --db "$DB"); expect_eq "same file again" "$out" "zones: 0 added, 0 changed, 2 unchanged"
printf 'code,name,region,area_ha\nTK-GA,Gʻalla-Oʻrol,Tashkent city,3.75\n' > "$WORK/z2.csv"
out=$("$SB40" import zones "$WORK/z2.csv" --db "$DB" --actor tester); expect_eq "zone changed" "$out" "zones: 0 added, 1 changed, 0 unchanged"
expect_eq "audit before/after" "$(sq "$DB" "$(if is_pg "$DB"; then echo "SELECT actor, CAST(before AS json)->>'area_ha', CAST(after AS json)->>'area_ha' FROM audit WHERE action='update'"; else echo "SELECT actor, json_extract(before,'\$.area_ha'), json_extract(after,'\$.area_ha') FROM audit WHERE action='update'"; fi)")" "tester|3.5|3.75"

# dry run: counts, writes nothing
printf 'code,name,region\nTK-DRY,Dry,Tashkent city\n' > "$WORK/z3.csv"
out=$("$SB40" import zones "$WORK/z3.csv" --db "$DB" --dry-run); expect_eq "dry run" "$out" "zones: 1 added, 0 changed, 0 unchanged (dry run: nothing written)"
expect_eq "dry run wrote nothing" "$(sq "$DB" "SELECT count(*) FROM zone WHERE code='TK-DRY'")" 0

# revisions: import, change a value, re-import the same file
printf 'entity,indicator,period,value,source\nzone:TK-GA,enterprises,2024,10,a\nzone:TK-GA,enterprises,2025,12,a\nzone:TK-GA,workers,2025,80,a\n' > "$WORK/o1.csv"
printf 'entity,indicator,period,value,source\nzone:TK-GA,enterprises,2024,10,b\nzone:TK-GA,enterprises,2025,13,b\nzone:TK-GA,workers,2025,80,b\n' > "$WORK/o2.csv"
out=$("$SB40" import observations "$WORK/o1.csv" --db "$DB"); expect_eq "obs first" "$out" "observations: 3 added, 0 changed, 0 unchanged"
out=$("$SB40" import observations "$WORK/o2.csv" --db "$DB"); expect_eq "obs corrected" "$out" "observations: 0 added, 1 changed, 2 unchanged"
out=$("$SB40" import observations "$WORK/o1.csv" --db "$DB"); expect_eq "obs back" "$out" "observations: 0 added, 1 changed, 2 unchanged"
out=$("$SB40" import observations "$WORK/o1.csv" --db "$DB"); expect_eq "obs same again" "$out" "observations: 0 added, 0 changed, 3 unchanged"
expect_eq "revision rows" "$(sq "$DB" "SELECT count(*) FROM observation")" 5
expect_eq "current values" "$(sq "$DB" "SELECT count(*) FROM observation_current")" 3
expect_eq "current is latest" "$(sq "$DB" "SELECT value FROM observation_current WHERE period='2025' AND indicator_id=1")" "$(is_pg "$DB" && echo 12 || echo 12.0)"
hist=$("$SB40" history zone:TK-GA enterprises 2025 --db "$DB" | cut -f1-3,6)
expect_eq "history" "$hist" "$(printf 'period\trevision\tvalue\tsource\n2025\t1\t12\ta\n2025\t2\t13\tb\n2025\t3\t12\ta')"
"$SB40" history zone:TK-NONE enterprises --db "$DB" 2>"$WORK/err"; expect_eq "history unknown" "$?:$(cat "$WORK/err")" '1:sb40: unknown zone "TK-NONE"'

# stdin
out=$(printf 'code,name,region\nTK-IN,Stdin,Tashkent city\n' | "$SB40" import zones - --db "$DB"); expect_eq "stdin" "$out" "zones: 1 added, 0 changed, 0 unchanged"

# the schema-version rule
sq "$DB" "INSERT INTO schema_version VALUES (99, '0099_future.sql', '2030-01-01')"
"$SB40" overview --db "$DB" >/dev/null 2>"$WORK/err"
expect_eq "newer schema refused" "$?:$(cat "$WORK/err")" "1:sb40: database schema version 99 is newer than this sb40 knows ($V); use a newer sb40"
sq "$DB" "DELETE FROM schema_version WHERE version >= 3"
"$SB40" overview --db "$DB" >/dev/null 2>"$WORK/err"
expect_eq "older schema refused" "$?:$(cat "$WORK/err")" "1:sb40: database schema version 2 is older than this sb40's ($V); run 'sb40 init --db $DB' to upgrade"
if is_pg "$DB"; then
	"$SB40" overview --db "${DB}_none" >/dev/null 2>"$WORK/err"; rc=$?
	expect_eq "no database" "$rc:$(grep -o '^sb40: cannot connect to database "[^"]*"' "$WORK/err")" "3:sb40: cannot connect to database \"postgres://${DB#*@}_none\""
	expect_eq "no database: says why" "$(grep -c 'does not exist' "$WORK/err")" 1
else
"$SB40" overview --db "$WORK/nothing.db" >/dev/null 2>"$WORK/err"
expect_eq "no database" "$?:$(cat "$WORK/err")" "3:sb40: no database at \"$WORK/nothing.db\"; run 'sb40 init --db $WORK/nothing.db' or 'sb40 demo --db $WORK/nothing.db'"
fi

# demo: builds, refuses to overwrite, overview shows the seed facts
DEMO=$(newdb demo)
"$SB40" demo --db "$DEMO" >/dev/null 2>&1; expect_eq "demo" $? 0
"$SB40" demo --db "$DEMO" 2>"$WORK/err"; rc=$?
if is_pg "$DEMO"; then
	expect_eq "demo refuses a filled database" "$rc:$(cat "$WORK/err")" "1:sb40: \"$DEMO\" already holds data; use an empty database"
else
	expect_eq "demo refuses overwrite" "$rc:$(cat "$WORK/err")" "1:sb40: \"$DEMO\" already exists; remove it or choose another --db"
fi
ov=$("$SB40" overview --db "$DEMO")
expect_eq "overview firms" "$(printf '%s\n' "$ov" | grep 'firms in zones')" "  firms in zones         567 (8 zones reporting)"
expect_eq "overview workers" "$(printf '%s\n' "$ov" | grep 'workers in zones')" "  workers in zones       3,700"
expect_eq "overview area" "$(printf '%s\n' "$ov" | grep '^  zones ')" "  zones                  8 (40.5 ha)"
expect_eq "city total kept" "$(sq "$DEMO" "SELECT value FROM observation_current o JOIN region r ON r.id=o.entity_id WHERE o.entity_kind='region' AND r.name_en='Tashkent city' AND indicator_id=1")" "$(is_pg "$DEMO" && echo 647 || echo 647.0)"
SB40_DB="$DEMO" "$SB40" overview >/dev/null; expect_eq "SB40_DB fallback" $? 0

# --help everywhere, --version
for c in init demo import overview history; do
	"$SB40" $c --help | head -n 1 | grep -q "^usage: sb40 $c" && ok || bad "$c --help"
done
"$SB40" --version | grep -q '^sb40 [0-9]' && ok || bad "--version"
"$SB40" frobnicate 2>/dev/null; expect_eq "unknown command" $? 2
finish
