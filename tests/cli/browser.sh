# browser.sh - the dashboard in headless Chromium (tests/browser/dashboard.mjs,
# playwright-core from npm).  Screenshots are kept in BUILD/screenshots/.
. "$(dirname "$0")/lib.inc"
SHOTS="$(dirname "$(dirname "$WORK")")/screenshots"
mkdir -p "$SHOTS"
rm -f "$SHOTS"/[0-9][0-9]-*.png
BROWSER_DIR="$SB40_SOURCE/tests/browser"
if [ ! -d "$BROWSER_DIR/node_modules/playwright-core" ]; then
	(cd "$BROWSER_DIR" && npm ci --no-audit --no-fund --silent) || { echo "npm ci failed"; exit 1; }
fi
DB="$WORK/b.db"
"$SB40" demo --db "$DB" >/dev/null 2>&1
echo 'browser-pass-1' | "$SB40" user add tester --role admin --password-stdin --db "$DB" >/dev/null
"$SB40" serve --db "$DB" --port 0 --threads 2 >"$WORK/serve.out" 2>"$WORK/access.log" &
PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$WORK/serve.out")
SB40_URL="http://127.0.0.1:$PORT" SB40_LOGIN=tester SB40_PASSWORD=browser-pass-1 SHOTS="$SHOTS" \
	timeout 300 node "$BROWSER_DIR/dashboard.mjs"
rc=$?
kill -TERM "$PID"; wait "$PID"
expect_eq "browser run" "$rc" 0
expect_eq "screenshots kept" "$(ls "$SHOTS"/[0-9][0-9]-*.png | wc -l)" 17
finish
