#!/bin/bash
# sb40 regress: good runs (values checked against closed forms), listwise
# deletion, formats, --help, and bad input with the exact message and exit code.
. "$(dirname "$0")/lib.inc"
set -euo pipefail
cd "$WORK"
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

near() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); sys.exit(0 if abs(a-b)<=1e-12*max(1,abs(b)) else 1)" "$1" "$2"; }

# y = 1 2 3 4 6 on x = 1..5: slope Sxy/Sxx = 12/10, intercept 3.2 - 1.2*3 = -0.4,
# residuals .2 0 -.2 -.4 .4: ssr .4, sigma sqrt(.4/3), DW .76/.4, R2 1 - .4/14.8
printf 'x,y,note\n1,1,a\n2,2,b\n3,3,c\n4,4,d\n5,6,e\n' >small.csv
"$SB40" regress --input small.csv --y y --x x --format json >small.json
near "$(jget small.json 'd["coefficients"][1]["estimate"]')" 1.2 || fail "slope"
near "$(jget small.json 'd["coefficients"][0]["estimate"]')" -0.4 || fail "intercept"
[ "$(jget small.json 'd["coefficients"][0]["name"]')" == const ] || fail "const first"
[ "$(jget small.json 'd["n"]')" == 5 ] || fail "n"
near "$(jget small.json 'd["sigma"]')" "$(python3 -c 'print((0.4/3)**0.5)')" || fail "sigma"
near "$(jget small.json 'd["dw"]')" 1.9 || fail "dw"
near "$(jget small.json 'd["r2"]')" "$(python3 -c 'print(1-0.4/14.8)')" || fail "r2"
near "$(jget small.json 'd["f"]')" "$(jget small.json 'd["coefficients"][1]["t"]**2')" || fail "F = t^2"
jget small.json 'sorted(d)' | grep -q "'log_likelihood'" || fail "json keys"

# empty and NA cells leave the row out (listwise) and are counted; other
# columns are not read at all
printf 'x,y,note\n1,1,a\n,7,b\n2,2,\n3,3,c\n4,NA,x\n4,4,d\n5,6,e\n' >holes.csv
"$SB40" regress --input holes.csv --y y --x x --format json >holes.json
[ "$(jget holes.json 'd["n"], d["skipped"]')" == "5 2" ] || fail "listwise deletion"
near "$(jget holes.json 'd["coefficients"][1]["estimate"]')" 1.2 || fail "slope with holes"
"$SB40" regress --input holes.csv --y y --x x | head -1 | grep -qF \
	"using 5 observations from holes.csv (2 rows with missing values left out)" || fail "text: skipped"

# through the origin: b = Sxy/Sxx = 60/55, R2 = (Sxy^2/Sxx)/Syy, Syy = 66, no const row, uncentred R2
"$SB40" regress --input small.csv --y y --x x --no-const --format json >origin.json
[ "$(jget origin.json 'len(d["coefficients"])')" == 1 ] || fail "no-const: one coefficient"
near "$(jget origin.json 'd["coefficients"][0]["estimate"]')" "$(python3 -c 'print(60/55)')" || fail "no-const slope"
near "$(jget origin.json 'd["r2"]')" "$(python3 -c 'print((60*60/55)/66)')" || fail "uncentred r2"

# text: the table and its alignment; UTF-8 names (Uzbek, Cyrillic) align by character
printf 'daromad,xarajat,савдо\n1,1,2\n2,2,1\n3,3,5\n4,4,3\n6,5,4\n' >uz.csv
"$SB40" regress --input uz.csv --y daromad --x xarajat,савдо >uz.txt
grep -q '^Dependent variable: daromad$' uz.txt || fail "text: dependent"
grep -qE '^  const  +[-0-9.e+]+ +[0-9.e+]+ +-?[0-9.]+ +[0-9.]+' uz.txt || fail "text: const row"
# the end of the right-aligned coefficient, counted in characters
endcol() { python3 -c 'import sys; l=sys.stdin.readline(); f=l.split(); print(l.index(f[1], len(f[0]) + 2) + len(f[1]))'; }
w1=$(grep '^  xarajat' uz.txt | endcol)
w2=$(grep '^  савдо' uz.txt | endcol)
w0=$(grep '^  const' uz.txt | endcol)
[ "$w0" == "$w1" ] || fail "text: const and xarajat not aligned ($w0 vs $w1)"
[ "$w1" == "$w2" ] || fail "text: columns not aligned for UTF-8 names ($w1 vs $w2)"
for label in 'R-squared' 'Adjusted R-squared' 'F(2, 2)' 'P-value(F)' 'Log-likelihood' \
	'Akaike criterion' 'Schwarz criterion' 'Durbin-Watson' 'S.E. of regression'; do
	grep -qF "$label" uz.txt || fail "text: $label missing"
done
! grep -q ' $' uz.txt || fail "text: trailing blanks"

# --correlation: the matrix in both formats; r(x, y) of small.csv is 0.9864 (Sxy/sqrt(SxxSyy))
"$SB40" regress --input small.csv --y y --x x --correlation --format json >corr.json
near "$(jget corr.json 'd["correlation"]["r"][0][1]')" "$(python3 -c 'print(12/(10*14.8)**0.5)')" || fail "corr r"
[ "$(jget corr.json 'd["correlation"]["variables"]')" == "['y', 'x']" ] || fail "corr variables"
near "$(jget corr.json 'd["correlation"]["p"][0][1]')" "$(jget corr.json 'd["coefficients"][1]["p"]')" || fail "corr p = slope p"
"$SB40" regress --input small.csv --y y --x x --correlation | grep -q '^Correlation coefficients (Pearson), n = 5' || fail "text corr"

# an exact fit: sigma 0, infinite t and log-likelihood are null in JSON, inf/NA in text
printf 'x,y\n1,5\n2,8\n3,11\n4,14\n' >exact.csv
"$SB40" regress --input exact.csv --y y --x x --format json >exact.json
[ "$(jget exact.json 'd["sigma"], d["coefficients"][1]["t"], d["log_likelihood"], d["dw"], d["r2"]')" \
	== "0.0 None None None 1.0" ] || fail "exact fit json"
"$SB40" regress --input exact.csv --y y --x x | grep -qE '^Schwarz criterion +-inf +Durbin-Watson +NA$' || fail "exact fit text"

# standard input
"$SB40" regress --input - --y y --x x --format json <small.csv | grep -q '"n": 5' || fail "stdin"

# --help
"$SB40" regress --help >help.txt || fail "--help exit"
grep -q '^usage: sb40 regress --input FILE --y COL --x COL' help.txt || fail "--help text"
"$SB40" --help | grep -qE '^  regress +ordinary least squares' || fail "listed in sb40 --help"

# bad input: exact messages
printf 'x,y\n1,2\n2,abc\n3,4\n4,5\n' >abc.csv
expect 1 'sb40: abc.csv:3:2: expected a number, got "abc"' regress --input abc.csv --y y --x x
printf 'x,y\n1,2\n2,"3,5"\n3,4\n4,5\n' >comma.csv
expect 1 'sb40: comma.csv:3:2: expected a number, got "3,5" (use a dot as the decimal separator)' \
	regress --input comma.csv --y y --x x
expect 1 'sb40: small.csv:1: unknown column "sales" (the header has: x, y, note)' \
	regress --input small.csv --y sales --x x
expect 1 'sb40: small.csv:1: unknown column "price" (the header has: x, y, note)' \
	regress --input small.csv --y y --x x,price
printf 'x,y,x\n1,2,3\n' >dup.csv
expect 1 'sb40: dup.csv:1:3: column "x" appears twice in the header' regress --input dup.csv --y y --x x
printf 'x,y,z\n1,2,3\n2,3\n' >ragged.csv
expect 1 'sb40: ragged.csv:3: expected 3 fields as in the header, got 2' regress --input ragged.csv --y y --x x
printf 'a,b,c,y\n1,2,3,1\n2,1,3,5\n3,5,8,2\n4,4,8,7\n5,0,5,3\n' >coll.csv
expect 1 'sb40: coll.csv: regressor "c" is collinear with the regressors before it' \
	regress --input coll.csv --y y --x a,b,c
printf 'a,k,y\n1,4,1\n2,4,5\n3,4,2\n4,4,7\n' >const.csv
expect 1 'sb40: const.csv: regressor "k" is constant, so it is collinear with the constant' \
	regress --input const.csv --y y --x a,k
printf 'a,b,y\n1,2,3\n2,,4\n3,1,NA\n4,5,1\n' >few.csv
expect 1 'sb40: few.csv: too few observations: 2 for 3 parameters (need at least 4); 2 rows with missing values were left out' \
	regress --input few.csv --y y --x a,b
: >empty.csv
expect 1 'sb40: empty.csv: the file is empty (expected a header row)' regress --input empty.csv --y y --x x
expect 3 'sb40: nowhere.csv: cannot open: No such file or directory' regress --input nowhere.csv --y y --x x

# usage errors: exit 2 and a hint
hint="Try 'sb40 regress --help'."
expect 2 "sb40: missing --input FILE
$hint" regress --y y --x x
expect 2 "sb40: missing --y COLUMN
$hint" regress --input small.csv --x x
expect 2 "sb40: missing --x COLUMN[,COLUMN...]
$hint" regress --input small.csv --y y
expect 2 "sb40: unknown format \"xml\" (use text or json)
$hint" regress --input small.csv --y y --x x --format xml
expect 2 "sb40: column \"y\" is both --y and in --x
$hint" regress --input small.csv --y y --x x,y
expect 2 "sb40: column \"x\" appears twice in --x
$hint" regress --input small.csv --y y --x x,x
expect 2 "sb40: empty column name in --x
$hint" regress --input small.csv --y y --x x,
expect 2 "sb40: unknown option \"--robust\"
$hint" regress --input small.csv --y y --x x --robust
expect 2 "sb40: option --input needs a value
$hint" regress --y y --x x --input
expect 2 "sb40: unexpected argument \"small.csv\"
$hint" regress small.csv --y y --x x

[ "$fails" -eq 0 ] || { echo "$fails failures" >&2; exit 1; }
echo "regress: ok"
