# web_cache.sh - the response cache of `sb40 serve` (web/rcache.h): a
# repeated GET is answered from it, a write by another process is seen at
# once, and no user ever gets an answer made for another role, scope,
# language or session.  Also bearer tokens for scripts (`sb40 user token`).
. "$(dirname "$0")/lib.inc"
DB=$(newdb c)
"$SB40" demo --db "$DB" >/dev/null 2>&1 || { echo "demo failed"; exit 1; }
echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-1234' | "$SB40" user add firm --role enterprise --enterprise 301000011 --password-stdin --db "$DB" >/dev/null
serve_start
login() { # USER PASSWORD [JAR]
	curl -s -c "$WORK/${3:-$1}.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$1\",\"password\":\"$2\"}" "$U/api/v1/login" >/dev/null
}
xcache() { curl -s -o /dev/null -D - -b "$WORK/$1.jar" "$U$2" | tr -d '\r' | sed -n 's/^X-Cache: //p'; }
get() { curl -s -b "$WORK/$1.jar" "$U$2"; }
login ana analyst-pass-1
login firm firm-pass-1234

expect_eq "first answer made" "$(xcache ana /api/v1/zones)" miss
expect_eq "second answer kept" "$(xcache ana /api/v1/zones)" hit
expect_eq "kept answer is the same bytes" "$(get ana /api/v1/zones | md5sum)" "$(get ana /api/v1/zones | md5sum)"
expect_eq "other query string, other answer" "$(xcache ana '/api/v1/zones?lang=ru')" miss
expect_eq "not cached: session" "$(xcache ana /api/v1/session)" ""

# scopes: the analyst's answer is never given to the firm
expect_eq "analyst sees all firms" "$(get ana /api/v1/enterprises | sed -n 's/.*"total":\([0-9]*\).*/\1/p')" 13
expect_eq "analyst's answer kept" "$(xcache ana /api/v1/enterprises)" hit
expect_eq "firm gets its own answer" "$(xcache firm /api/v1/enterprises)" miss
expect_eq "firm still sees itself only" "$(get firm /api/v1/enterprises | sed -n 's/.*"total":\([0-9]*\).*/\1/p')" 1

# pages carry the session's CSRF token: a second session never gets the first's page
login ana analyst-pass-1 ana2
get ana / >/dev/null
expect_eq "page kept for its session" "$(xcache ana /)" hit
expect_eq "another session's page is its own" "$(xcache ana2 /)" miss
tok() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
t1=$(get ana / | tok); t2=$(get ana2 / | tok)
expect_eq "each page has its session's token" "$([ -n "$t1" ] && [ "$t1" != "$t2" ] && echo yes)" yes

# a write by another process is seen at the next request
before=$(get ana /api/v1/zones | grep -o '"code":"TK-BEKTEMIR"[^}]*' | grep -o '"enterprises":[0-9.]*')
printf 'entity,indicator,period,value,source\nzone:TK-BEKTEMIR,enterprises,2025,71,cache test\n' > "$WORK/obs.csv"
"$SB40" import observations "$WORK/obs.csv" --db "$DB" >/dev/null
expect_eq "after an import: made anew" "$(xcache ana /api/v1/zones)" miss
after=$(get ana /api/v1/zones | grep -o '"code":"TK-BEKTEMIR"[^}]*' | grep -o '"enterprises":[0-9.]*')
expect_eq "the new value is shown" "$before -> $after" '"enterprises":70.0 -> "enterprises":71.0'

# signing out ends access even to kept answers
get ana /api/v1/zones >/dev/null
curl -s -o /dev/null -b "$WORK/ana.jar" -X POST -H "X-CSRF-Token: $(get ana /api/v1/session | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')" "$U/api/v1/logout"
expect_eq "signed out: 401, not the kept answer" "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/ana.jar" "$U/api/v1/zones")" 401
# bearer tokens for scripts
TOK=$("$SB40" user token firm --days 2 --db "$DB" 2>"$WORK/tok.err")
expect_eq "token printed once, 43 characters" "${#TOK}" 43
expect_eq "token note" "$(sed 's/until .*;/until T;/' "$WORK/tok.err")" "sb40: a bearer token for firm, valid until T; it is shown only now"
expect_eq "token not stored in clear" "$(sq "$DB" "SELECT count(*) FROM session WHERE token_hash = '$TOK'")" 0
expect_eq "bearer token signs in" "$(curl -s -H "Authorization: Bearer $TOK" "$U/api/v1/enterprises" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')" 1
printf 'entity,indicator,period,value,source\nenterprise:301000011,workers,2025,12,token test\n' > "$WORK/own.csv"
printf 'entity,indicator,period,value,source\nenterprise:301000022,workers,2025,12,token test\n' > "$WORK/other.csv"
expect_eq "bearer token: a script imports without a CSRF token" "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOK" -H 'Content-Type: text/csv' --data-binary "@$WORK/own.csv" "$U/api/v1/import/observations?dry_run=1")" 200
expect_eq "bearer token keeps the firm's scope" "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOK" -H 'Content-Type: text/csv' --data-binary "@$WORK/other.csv" "$U/api/v1/import/observations?dry_run=1")" 403
"$SB40" user token ghost --db "$DB" 2>"$WORK/err" >/dev/null
expect_eq "token for unknown user" "$?:$(cat "$WORK/err")" '1:sb40: no user "ghost"'
"$SB40" user token firm --days 0 --db "$DB" 2>/dev/null; expect_eq "bad --days is usage" $? 2
"$SB40" user disable firm --db "$DB" >/dev/null
expect_eq "disabled user's token refused" "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOK" "$U/api/v1/enterprises")" 401
kill -TERM "$PID"; wait "$PID"
expect_eq "clean stop" $? 0

# an access log file is buffered and written at least every second
"$SB40" serve --db "$DB" --port 0 --threads 2 --access-log "$WORK/file.log" >"$WORK/serve2.out" &
PID2=$!
for _ in $(seq 100); do grep -q listening "$WORK/serve2.out" 2>/dev/null && break; sleep 0.1; done
PORT2=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$WORK/serve2.out")
curl -s -o /dev/null "http://127.0.0.1:$PORT2/healthz"
for _ in $(seq 40); do grep -q '"GET /healthz" 200' "$WORK/file.log" && break; sleep 0.1; done
expect_eq "access log file written while serving" "$(grep -c '"GET /healthz" 200' "$WORK/file.log")" 1
kill -TERM "$PID2"; wait "$PID2"
expect_eq "access log file complete at the stop" "$(tail -1 "$WORK/file.log")" "sb40 serve: stopped (SIGTERM)"
finish
