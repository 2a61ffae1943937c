#!/bin/bash
# CLI test of `sb40 assess`: the documented examples run in every format and
# language (HTML checked by xmllint, JSON fields checked against values
# worked out by hand from the examples), the decline no-go, exact error
# messages with JSON paths, usage errors, --output and standard input.
. "$(dirname "$0")/lib.inc"
set -euo pipefail
cd "$WORK"
EX="$SB40_SOURCE/docs/examples"

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# 1. Every example in every format and language.
for kind in innovation maturity; do
	for lang in uz uz-Cyrl ru en; do
		for fmt in text json html; do
			out="$kind.$lang.$fmt"
			"$SB40" assess "$kind" --input "$EX/$kind.json" --format "$fmt" --lang "$lang" >"$out" ||
				fail "$kind $lang $fmt"
			[ -s "$out" ] || fail "$out is empty"
		done
		xmllint --noout "$kind.$lang.html" || fail "$kind.$lang.html is not well-formed"
		grep -q "<html lang=\"$lang\">" "$kind.$lang.html" || fail "$kind.$lang.html: lang"
		grep -q "<svg xmlns=\"http://www.w3.org/2000/svg\"" "$kind.$lang.html" ||
			fail "$kind.$lang.html has no inline SVG"
		if grep -q -E '<(link|script)' "$kind.$lang.html"; then
			fail "$kind.$lang.html is not self-contained"
		fi
		jcheck "$kind.$lang.json" "d['assessment'] == '$kind' and d['language'] == '$lang'"
	done
done
# the default language is Uzbek (Latin)
"$SB40" assess innovation --input "$EX/innovation.json" >default.txt
cmp -s default.txt innovation.uz.text || fail "default language is not uz"

# 2. The innovation example, worked by hand:
#    IFE = .20*4 + .15*3 + .15*4 + .20*1 + .15*2 + .15*2 = 2.65
#    EFE = .25*4 + .20*3 + .10*3 + .25*2 + .10*2 + .10*3 = 2.90 -> cell V
#    sales 2019-2024 rise by 6.8 a period on a level of 41.15 (+16.5%)
J=innovation.en.json
jcheck $J "d['verdict'] == 'go' and d['lifecycle_phase'] == 'growth'"
jcheck $J "abs(d['ife'] - 2.65) < 1e-9 and abs(d['efe'] - 2.90) < 1e-9"
jcheck $J "d['strategic_position'] == {'cell': 5, 'strategy': 'hold_and_maintain'}"
jcheck $J "abs(d['lifecycle']['growth'] - 6.808571428571 / 41.15) < 1e-9"
jcheck $J "d['weights_method'] == 'ahp' and 0 < d['consistency_ratio'] <= 0.10"
jcheck $J "abs(sum(w['weight'] for w in d['weights']) - 1) < 1e-9 and len(d['weights']) == 6"
jcheck $J "d['winner'] == 'inline drip tape, open design'"
jcheck $J "[c['name'] for c in d['ranking']['topsis']][-1] == 'pressure-compensating dripper'"
jcheck $J "d['ranking']['topsis'][-1]['rank'] is None and d['ranking']['topsis'][-1]['excluded'] == 'patent_in_force'"
jcheck $J "[c['rank'] for c in d['ranking']['weighted_sum']] == [1, 2, 3, None]"
jcheck $J "len(d['sensitivity']) == 24 and sorted(set(s['change'] for s in d['sensitivity'])) == [-0.25, -0.1, 0.1, 0.25]"
jcheck $J "[r['rule'] for r in d['reasons']] == ['market_growth', 'type_needs_capability', 'strategic_position', 'patent_excluded', 'trademark_warning', 'ahp_consistent', 'winner', 'winner_robust', 'go']"
jcheck $J "d['reasons'][1]['text'] == 'The chosen type (new technology or equipment) relies on funds, scored only 2 of 5: strengthen it first.'"
jcheck $J "d['guidance']['type'] == 'new_technology' and len(d['guidance']['steps']) == 3"
grep -qx 'Verdict: go' innovation.en.text || fail "text: verdict"
grep -qx 'IFE total (internal factors): 2.65' innovation.en.text || fail "text: IFE"
grep -qx 'Strategic position: cell V of the internal-external matrix: hold and maintain' innovation.en.text ||
	fail "text: position"
grep -qx 'Xulosa: tavsiya etiladi' innovation.uz.text || fail "uz: verdict"
grep -qx 'Хулоса: тавсия этилади' innovation.uz-Cyrl.text || fail "uz-Cyrl: verdict"
grep -qx 'Вывод: рекомендуется' innovation.ru.text || fail "ru: verdict"
grep -q 'IFE 2,65 и EFE 2,90' innovation.ru.text || fail "ru: decimal comma"

# 3. The maturity example, worked by hand: foundations (2 3 1 2) 50,
#    operations (1 2 1 n/a 1) 31.25, intelligence (1 0) 12.5, market (2 2) 50;
#    overall 35.9375, stage 1; online sales (a precondition at 1) comes first.
J=maturity.en.json
jcheck $J "abs(d['overall'] - 35.9375) < 1e-9 and d['stage'] == 1 and d['capped_by'] is None"
jcheck $J "[p['index'] for p in d['pillars']] == [50, 31.25, 12.5, 50]"
jcheck $J "d['largest_gaps'] == ['online_sales', 'internet_iot', 'integration']"
jcheck $J "d['gaps'][0]['prerequisite'] is True and d['gaps'][0]['next_step'] == 'Orders are taken online (messengers, marketplaces) and paid offline.'"
jcheck $J "[b['answer'] for b in d['blocks'] if b['block'] == 'printing_3d'] == [None]"
grep -q 'polygon' maturity.en.html || fail "maturity html: no radar"
# everything at 4 but automation at 0: index 93.75, yet stage 0 + 1 = 1
python3 - "$EX/maturity.json" capped.json <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['answers'] = {k: 4 for k in d['answers']}
d['answers']['automation'] = 0
json.dump(d, open(sys.argv[2], 'w'))
EOF
"$SB40" assess maturity --input capped.json --format json --lang en >capped.out
jcheck capped.out "d['overall'] == 93.75 and d['stage_by_index'] == 4 and d['stage'] == 1 and d['capped_by'] == 'automation'"
jcheck capped.out "d['notes'] == ['The stage is held at 1 because the precondition \"Automation of processes\" is at level 0: digital tools need it first.']"

# 4. A market in decline: no-go, with the reason, still exit 0.
python3 - "$EX/innovation.json" decline.json <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
for i, s in enumerate(d['market']['sales']):
    s['value'] = 100 - 8 * i
json.dump(d, open(sys.argv[2], 'w'))
EOF
"$SB40" assess innovation --input decline.json --format json --lang en >decline.out
jcheck decline.out "d['verdict'] == 'no_go' and d['lifecycle_phase'] == 'decline'"
jcheck decline.out "d['reasons'][0]['rule'] == 'market_decline' and d['reasons'][0]['severity'] == 'blocker'"
jcheck decline.out "d['reasons'][0]['text'].startswith('The market is in decline (trend -')"

# 5. Input errors: exact messages naming the JSON path; exit 1.
python3 - "$EX/innovation.json" firm.json <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
del d['pairwise']
for c, w in zip(d['criteria'], [0.3, 0.2, "x", 0.1, 0.1, 0.3]):
    c['weight'] = w
json.dump(d, open(sys.argv[2], 'w'), indent=1)
EOF
expect_err 1 'sb40: firm.json: $.criteria[2].weight: expected a number from 0 to 1, got "x"' \
	"$SB40" assess innovation --input firm.json
python3 - "$EX/innovation.json" cr.json <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['pairwise'][0][5] = "1/4"   # demand 4 x time -> time 4 x demand
d['pairwise'][5][0] = 4
json.dump(d, open(sys.argv[2], 'w'))
EOF
# the indirect comparisons of demand and time through the other four
# criteria are 2*3, 3*2, 2*2, 3*2: their geometric mean 5.4 suggests 5
expect_err 1 'sb40: cr.json: $.pairwise[0][5]: inconsistent pairwise judgements (consistency ratio 0.240, above 0.10): the most inconsistent is "market demand" against "time to market", given 1/4 where the other judgements suggest 5' \
	"$SB40" assess innovation --input cr.json
python3 - "$EX/maturity.json" m.json <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['answers']['connectivity'] = None
json.dump(d, open(sys.argv[2], 'w'))
EOF
expect_err 1 'sb40: m.json: $.answers.connectivity: a precondition cannot be not applicable (null); expected a whole number from 0 to 4' \
	"$SB40" assess maturity --input m.json
printf '{"firm": }' >bad.json
expect_err 1 'sb40: bad.json:1:10: invalid JSON: unexpected token near '"'}'" \
	"$SB40" assess innovation --input bad.json
expect_err 1 'sb40: bad.json:1:10: invalid JSON: unexpected token near '"'}'" \
	"$SB40" assess maturity --input bad.json
expect_err 3 'sb40: cannot open "nope.json": No such file or directory' \
	"$SB40" assess innovation --input nope.json
# a maturity document is not an innovation one
expect_err 1 'sb40: '"$EX"'/maturity.json: $: unknown field "answers"' \
	"$SB40" assess innovation --input "$EX/maturity.json"

# 6. Usage errors: exit 2 with a hint.
expect_err 2 "sb40: expected what to assess: innovation or maturity
Try 'sb40 assess --help'." "$SB40" assess --input "$EX/innovation.json"
expect_err 2 "sb40: unknown assessment \"risk\" (expected innovation or maturity)
Try 'sb40 assess --help'." "$SB40" assess risk --input "$EX/innovation.json"
expect_err 2 "sb40: missing --input FILE.json
Try 'sb40 assess --help'." "$SB40" assess maturity
expect_err 2 "sb40: unknown format \"pdf\" (expected text, json or html)
Try 'sb40 assess --help'." "$SB40" assess maturity --input "$EX/maturity.json" --format pdf
expect_err 2 "sb40: unknown language \"de\" (expected uz, uz-Cyrl, ru or en)
Try 'sb40 assess --help'." "$SB40" assess maturity --input "$EX/maturity.json" --lang de
expect_err 2 "sb40: option \"--input\" needs a value
Try 'sb40 assess --help'." "$SB40" assess maturity --input
expect_err 2 "sb40: unexpected argument \"extra\"
Try 'sb40 assess --help'." "$SB40" assess maturity extra --input "$EX/maturity.json"
"$SB40" assess --help >help.txt || fail "--help exit"
grep -q '^usage: sb40 assess innovation|maturity --input FILE.json' help.txt || fail "--help text"
"$SB40" --help | grep -q '^  assess ' || fail "sb40 --help does not list assess"

# 7. --output: written whole, or not at all; standard input with "-".
"$SB40" assess maturity --input "$EX/maturity.json" --format html --output page.html
cmp -s page.html <("$SB40" assess maturity --input "$EX/maturity.json" --format html) ||
	fail "--output differs from stdout"
"$SB40" assess innovation --input bad.json --output broken.html 2>/dev/null && fail "bad input passed"
[ ! -e broken.html ] || fail "a failed run left broken.html"
if ls broken.html.* >/dev/null 2>&1; then fail "a failed run left a temporary file"; fi
"$SB40" assess maturity --input - --format json <"$EX/maturity.json" >stdin.json
jcheck stdin.json "abs(d['overall'] - 35.9375) < 1e-9"
echo "ok"
