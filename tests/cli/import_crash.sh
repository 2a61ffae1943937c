# import_crash.sh - an import killed with SIGKILL at several points leaves a
# database that passes PRAGMA integrity_check and holds none of its rows.
. "$(dirname "$0")/lib.inc"
DB="$WORK/t.db"
python3 "$SB40_SOURCE/bench/import/gen.py" "$WORK/gen" 200000 || { echo "generator failed"; exit 1; }
"$SB40" init --db "$DB" >/dev/null
"$SB40" import zones "$WORK/gen/zones.csv" --db "$DB" >/dev/null
# a first, committed import that must survive every crash
head -n 1001 "$WORK/gen/enterprises.csv" > "$WORK/first.csv"
"$SB40" import enterprises "$WORK/first.csv" --db "$DB" >/dev/null
BEFORE=$(sqlite3 "$DB" "SELECT count(*), sum(CAST(tin AS INTEGER)) FROM enterprise")
landed=0
completed=0
for delay in 0.05 0.2 0.5 1 2 3; do
	"$SB40" import enterprises "$WORK/gen/enterprises.csv" --db "$DB" >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	if kill -9 "$pid" 2>/dev/null; then
		landed=$((landed + 1))
	else
		completed=1	# a fast build finished before the kill: that import stands
	fi
	wait "$pid" 2>/dev/null
	expect_eq "integrity after kill at ${delay}s" "$(sqlite3 "$DB" "PRAGMA integrity_check")" "ok"
	expect_eq "foreign keys after kill at ${delay}s" "$(sqlite3 "$DB" "PRAGMA foreign_key_check")" ""
	[ $completed -eq 1 ] && break
	expect_eq "no rows of the killed import (${delay}s)" "$(sqlite3 "$DB" "SELECT count(*), sum(CAST(tin AS INTEGER)) FROM enterprise")" "$BEFORE"
done
expect_eq "kills that landed mid-import (>= 3)" "$([ $landed -ge 3 ] && echo yes)" yes
# and the database still takes the whole file afterwards (or holds all of it,
# when the last import finished before its kill)
out=$("$SB40" import enterprises "$WORK/gen/enterprises.csv" --db "$DB")
if [ $completed -eq 1 ]; then
	expect_eq "import after completed run" "$out" "enterprises: 0 added, 0 changed, 200000 unchanged"
else
	expect_eq "import after crashes" "$out" "enterprises: 199000 added, 0 changed, 1000 unchanged"
fi
expect_eq "all rows after the last import" "$(sqlite3 "$DB" "SELECT count(*) FROM enterprise")" "200000"
# a large import counts the registry's tally afresh instead of by trigger
# (sqlite.c: tally_pause); the triggers are back and the tally is exact
tally() { sqlite3 "$DB" "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'enterprise_tally%'), (SELECT sum(firms) FROM enterprise_tally), (SELECT count(*) FROM enterprise)"; }
expect_eq "tally after crashes and a large import" "$(tally)" "3|200000|200000"
# a large import that fails at its last row changes nothing, triggers included
python3 - "$WORK/gen/enterprises.csv" "$WORK/more.csv" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
with open(src) as f, open(dst, "w") as g:
    head = f.readline(); g.write(head)
    for i, line in enumerate(f):
        if i >= 60000: break
        g.write("8" + line[1:])          # new taxpayer numbers
    g.write("12345,Bad tin,MChJ,,Tashkent city,,,active\n")
PY
"$SB40" import enterprises "$WORK/more.csv" --db "$DB" >/dev/null 2>"$WORK/err"
expect_eq "failed large import" "$?:$(grep -c 'more.csv:60002' "$WORK/err")" "1:1"
expect_eq "tally and triggers after the failed import" "$(tally)" "3|200000|200000"
finish
