# import_bad.sh - every file of the bad-input corpus is refused with its
# exact message, exit status 1, and the database stays exactly as it was.
. "$(dirname "$0")/lib.inc"
DB=$(newdb t)
"$SB40" demo --db "$DB" >/dev/null 2>&1 || { echo "demo failed"; exit 1; }
BEFORE=$(dump "$DB")
CORPUS="$SB40_SOURCE/tests/data/bad"

run_case() { # FILE KIND WANT [DIR]
	local out rc
	out=$(cd "${4:-$CORPUS}" && "$SB40" import "$2" "$1" --db "$DB" 2>&1 >/dev/null)
	rc=$?
	expect_eq "$1 exit status" "$rc" 1
	expect_eq "$1 message" "$(printf '%s\n' "$out" | head -n 1)" "sb40: $3"
	expect_eq "$1 last line" "$(printf '%s\n' "$out" | tail -n 1)" "sb40: nothing was imported"
	if [ "$(dump "$DB")" != "$BEFORE" ]; then bad "$1 changed the database"; else ok; fi
}

n=0
while IFS="$(printf '\t')" read -r file kind want; do
	case "$file" in '#'*|'') continue ;; esac
	run_case "$file" "$kind" "$want"
	n=$((n + 1))
done < "$CORPUS/cases.tsv"
expect_eq "corpus size at least 30" "$([ $n -ge 30 ] && echo yes)" yes

# Generated: a 10 MB line (memory stays bounded, the row is refused).
{
	echo "code,name,region,district,kind,established,area_ha,production_area_m2,specialisation"
	printf 'TK-BIG,'
	head -c 10485760 /dev/zero | tr '\0' 'x'
	echo ",Tashkent city,,,,,,"
} > "$WORK/z_10mb_line.csv"
run_case z_10mb_line.csv zones "z_10mb_line.csv:2: row is longer than 1048576 bytes" "$WORK"

# A file that does not exist.
out=$("$SB40" import zones "$WORK/none.csv" --db "$DB" 2>&1)
expect_eq "missing file" "$(printf '%s\n' "$out" | head -n 1)" "sb40: $WORK/none.csv: cannot open: No such file or directory"

# --max-errors reports several errors, in file order, and still writes nothing.
printf 'entity,indicator,period,value\nzone:TK-BEKTEMIR,workers,2024,x\nzone:TK-BEKTEMIR,enterprises,2024,5\nzone:TK-X,workers,2024,1\nzone:TK-SIRGALI,gas_pct,2024,101\n' > "$WORK/multi.csv"
out=$(cd "$WORK" && "$SB40" import observations multi.csv --db "$DB" --max-errors 5 2>&1)
expect_eq "max-errors output" "$out" 'sb40: multi.csv:2:4: expected a number, got "x"
sb40: multi.csv:4:1: unknown zone "TK-X"
sb40: multi.csv:5:4: "gas_pct" must be at most 100%, got 101
sb40: nothing was imported'
out=$(cd "$WORK" && "$SB40" import observations multi.csv --db "$DB" --max-errors 2 2>&1)
expect_eq "max-errors cut" "$(printf '%s\n' "$out" | tail -n 2 | head -n 1)" "sb40: 1 more error not shown (--max-errors)"
if [ "$(dump "$DB")" != "$BEFORE" ]; then bad "max-errors run changed the database"; else ok; fi

# Usage errors exit 2.
"$SB40" import planets x.csv --db "$DB" 2>/dev/null; expect_eq "unknown kind" $? 2
"$SB40" import zones --db "$DB" 2>/dev/null; expect_eq "missing file arg" $? 2
finish
