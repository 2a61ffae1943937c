#!/bin/sh
# valgrind.sh BINARY - run the commands of an everyday session under
# valgrind's memcheck on the optimised (sanitizer-free) build: no invalid
# access, no definite or indirect leak.  `make check` runs it after CTest.
set -u
BIN=$(realpath "$1")
SRC=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
pass=0
fail=0
vg() {
	name=$1
	shift
	valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--show-leak-kinds=definite,indirect "$@" >"$W/out" 2>"$W/err"
	if [ $? -eq 99 ]; then
		fail=$((fail + 1))
		echo "FAIL: $name" >&2
		cat "$W/err" >&2
	else
		pass=$((pass + 1))
	fi
}
vg demo "$BIN" demo --db "$W/d.db"
vg overview "$BIN" overview --db "$W/d.db"
vg history "$BIN" history zone:TK-BEKTEMIR enterprises --db "$W/d.db"
vg import-good "$BIN" import observations "$SRC/data/observations.csv" --db "$W/d.db"
for f in z_bad_quoting z_invalid_utf8 z_binary_garbage e_duplicate_tin o_percent_over_100 b_wrong_zone l_duplicate z_empty z_unterminated_quote; do
	kind=$(grep "^$f.csv" "$SRC/tests/data/bad/cases.tsv" | cut -f2)
	vg "import-bad $f" "$BIN" import "$kind" "$SRC/tests/data/bad/$f.csv" --db "$W/d.db" --max-errors 5
done
vg usage "$BIN" import planets x.csv
vg help "$BIN" --help
for c in regress forecast assess zones serve user; do
	if "$BIN" $c --help >/dev/null 2>&1; then vg "$c --help" "$BIN" $c --help; fi
done
if "$BIN" regress --help >/dev/null 2>&1; then
	vg regress "$BIN" regress --input "$SRC/../shared/data/seed/innovation_uz_2010_2020.csv" \
		--y small_business_output --x small_business_expenditure --format json
fi
if "$BIN" zones --help >/dev/null 2>&1; then
	vg "zones rank" "$BIN" zones rank --db "$W/d.db" --today 2026-12-04 --draws 200
	vg "zones check" "$BIN" zones check --db "$W/d.db" --today 2026-12-04 --format json
	vg "zones report html" "$BIN" zones report --db "$W/d.db" --today 2026-12-04 --format html --lang ru
	vg "zones report xlsx" "$BIN" zones report --db "$W/d.db" --today 2026-12-04 --format xlsx \
		--output "$W/r.xlsx"
fi
echo "valgrind: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
