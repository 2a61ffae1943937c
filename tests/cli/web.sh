# web.sh - `sb40 serve` over real HTTP (curl): sign-in, roles on every
# route, CSRF, limits, broken requests, imports with a dry run, scopes,
# throttling, languages, a clean stop.  `sb40 user` and the demo admin too.
. "$(dirname "$0")/lib.inc"
DB=$(newdb web)
"$SB40" demo --db "$DB" >"$WORK/demo.out" 2>/dev/null || { echo "demo failed"; exit 1; }
ADMIN_PW=$(sed -n 's/^web sign-in: admin \/ \([^ ]*\) .*/\1/p' "$WORK/demo.out")
expect_eq "demo admin password printed" "${#ADMIN_PW}" 16
"$SB40" demo --db "$(newdb demo2)" >"$WORK/demo2.out" 2>/dev/null
expect_eq "demo passwords differ" "$(grep -c "$ADMIN_PW" "$WORK/demo2.out")" 0

# sb40 user
out=$(echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB"); expect_eq "user add" "$out" "user ana: added"
echo 'zone-pass-1234' | "$SB40" user add zm --role zone_manager --zone TK-BEKTEMIR --password-stdin --db "$DB" >/dev/null
echo 'firm-pass-1234' | "$SB40" user add firm --role enterprise --enterprise 301000011 --password-stdin --db "$DB" >/dev/null
echo 'zone-pass-1234' | "$SB40" user add zm2 --role zone_manager --password-stdin --db "$DB" 2>"$WORK/err"
expect_eq "zone manager needs a zone" "$?:$(cat "$WORK/err")" "1:sb40: a zone manager needs an existing zone code as scope"
echo 'short' | "$SB40" user add shorty --role analyst --password-stdin --db "$DB" 2>"$WORK/err"
expect_eq "short password" "$?:$(cat "$WORK/err")" "1:sb40: password: the password is too short (at least 10 characters)"
echo 'analyst-pass-1' | "$SB40" user add ana --role analyst --password-stdin --db "$DB" 2>"$WORK/err"
expect_eq "duplicate user" "$?:$(cat "$WORK/err")" '1:sb40: user "ana" already exists'
"$SB40" user add x --role boss --db "$DB" 2>/dev/null; expect_eq "bad role is usage" $? 2
expect_eq "user list" "$("$SB40" user list --db "$DB" | cut -f1-3,5 | tr '\t' ' ' | tr '\n' ';')" \
	"admin admin - active;ana analyst - active;firm enterprise 301000011 active;zm zone_manager TK-BEKTEMIR active;"
expect_eq "password stored hashed" "$(sq "$DB" "SELECT count(*) FROM app_user WHERE pw_hash LIKE '\$argon2id\$%'")" 4
expect_eq "user add audited" "$(sq "$DB" "SELECT count(*) FROM audit WHERE action='user add'")" 4

# the server, on a free port, with a small body limit
serve_start --max-body 65536
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
jfield() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
login() { # login USER PASSWORD -> cookie jar $WORK/USER.jar, csrf in $WORK/USER.csrf
	curl -s -c "$WORK/$1.jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$1\",\"password\":\"$2\"}" "$U/api/v1/login" | jfield csrf_token > "$WORK/$1.csrf"
}

# public and anonymous
expect_eq "health" "$(curl -s "$U/healthz")" "ok"
expect_eq "css type" "$(curl -s -o /dev/null -w '%{content_type}' "$U/static/style.css")" "text/css; charset=utf-8"
expect_eq "no migrations as static" "$(code "$U/static/0001_core.sql")" 404
expect_eq "no demo data as static" "$(code "$U/static/zones.csv")" 404
expect_eq "traversal encoded" "$(code "$U/static/..%2f..%2fetc%2fpasswd")" 404
expect_eq "traversal raw" "$(code --path-as-is "$U/static/../../etc/passwd")" 404
expect_eq "openapi public" "$(code "$U/api/v1/openapi.json")" 200
expect_eq "page redirects to login" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$U/zones")" "303 $U/login?next=/zones"
expect_eq "api 401" "$(curl -s "$U/api/v1/zones")" '{"error":{"code":"unauthorized","message":"sign in first"}}'
expect_eq "unknown route" "$(code "$U/nowhere")" 404
expect_eq "wrong method" "$(code -X DELETE "$U/api/v1/zones")" 405

# sign in
expect_eq "wrong password" "$(curl -s -H 'Content-Type: application/json' -d '{"login":"admin","password":"nope-nope-nope"}' "$U/api/v1/login")" \
	'{"error":{"code":"wrong_login","message":"wrong login or password"}}'
expect_eq "unknown login same answer" "$(code -H 'Content-Type: application/json' -d '{"login":"ghost","password":"nope-nope-nope"}' "$U/api/v1/login")" 401
expect_eq "malformed json" "$(curl -s -d '{"login":' "$U/api/v1/login" | jfield code)" "bad_json"
expect_eq "json of wrong shape" "$(curl -s -d '{"login":1}' "$U/api/v1/login")" \
	'{"error":{"code":"bad_json","message":"expected {\"login\": text, \"password\": text}","where":"login"}}'
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -d "{\"login\":\"admin\",\"password\":\"$ADMIN_PW\"}" "$U/api/v1/login" | grep -i '^set-cookie: sb40_session' | tr -d '\r')
case "$cookie" in *"; HttpOnly"*) ok ;; *) bad "cookie not HttpOnly: $cookie" ;; esac
case "$cookie" in *"Max-Age=43200; SameSite=Strict"*) ok ;; *) bad "cookie attributes: $cookie" ;; esac
token=$(printf '%s' "$cookie" | sed 's/^[^=]*=\([^;]*\);.*/\1/')
expect_eq "token not stored" "$(sq "$DB" "SELECT count(*) FROM session WHERE token_hash = '$token' OR csrf = '$token'")" 0
login admin "$ADMIN_PW"; login ana analyst-pass-1; login zm zone-pass-1234; login firm firm-pass-1234
for u in admin ana zm firm; do expect_eq "csrf token $u" "$(wc -c < "$WORK/$u.csrf")" 44; done
expect_eq "session" "$(curl -s -b "$WORK/zm.jar" "$U/api/v1/session" | sed 's/"csrf_token":"[^"]*",//; s/"expires_at":"[^"]*"//')" \
	'{"login":"zm","role":"zone_manager","zone":"TK-BEKTEMIR","enterprise":null,"lang":"uz",}'

# route x role -> status (anon: 303 for pages, 401 for the API)
matrix() { # PATH anon admin analyst zone_manager enterprise
	path=$1; shift
	got="$(code "$U$path")"
	for u in admin ana zm firm; do got="$got $(code -b "$WORK/$u.jar" "$U$path")"; done
	expect_eq "roles on $path" "$got" "$*"
}
matrix / 303 200 200 200 200
matrix /zones 303 200 200 200 200
matrix /zones/TK-BEKTEMIR 303 200 200 200 200
matrix /zones/NO-SUCH 303 404 404 404 404
matrix /data 303 200 200 200 200
matrix /data/audit 303 200 403 403 403
matrix "/data/history?entity=zone:TK-BEKTEMIR&indicator=enterprises" 303 200 200 200 403
matrix "/data/history?entity=enterprise:301000011&indicator=workers" 303 200 200 200 200
matrix "/data/history?entity=enterprise:301000033&indicator=workers" 303 200 200 403 403
matrix /regression 303 200 200 403 403
matrix /users 303 200 403 403 403
matrix /login 200 303 303 303 303
matrix /api/v1/overview 401 200 200 200 200
matrix /api/v1/zones 401 200 200 200 200
matrix /api/v1/zones/TK-BEKTEMIR 401 200 200 200 200
matrix /api/v1/enterprises 401 200 200 200 200
matrix /api/v1/indicators 401 200 200 200 200
matrix /api/v1/observations 401 200 200 200 200
matrix "/api/v1/observations/history?entity=zone:TK-BEKTEMIR&indicator=enterprises" 401 200 200 200 403
matrix /api/v1/obligations 401 200 200 200 200
matrix /api/v1/lots 401 200 200 200 200
matrix /api/v1/session 401 200 200 200 200

# scopes on reads
total() { curl -s -b "$WORK/$1.jar" "$U$2" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'; }
expect_eq "admin sees all firms" "$(total admin /api/v1/enterprises)" 13
expect_eq "zone manager sees its zone's firms" "$(total zm /api/v1/enterprises)" 2
expect_eq "firm sees itself" "$(total firm /api/v1/enterprises)" 1
expect_eq "firm cannot ask for another" "$(total firm "/api/v1/enterprises?tin=301000022")" 1
expect_eq "paging" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/enterprises?per_page=5&page=3" | grep -o '"tin"' | wc -l)" 3
expect_eq "bad paging" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/enterprises?per_page=5000")" \
	'{"error":{"code":"invalid","message":"expected per_page from 1 to 1000, got \"5000\"","where":"per_page"}}'
expect_eq "obligations in scope" "$(curl -s -b "$WORK/zm.jar" "$U/api/v1/obligations" | grep -o '"zone":"[^"]*"' | sort -u)" '"zone":"TK-BEKTEMIR"'
expect_eq "firm values only" "$(curl -s -b "$WORK/firm.jar" "$U/api/v1/observations" | grep -o '"entity":"[^"]*"' | sort -u | tr '\n' ' ')" ""
# SQL-looking input is data, never SQL
expect_eq "sql in path" "$(code -b "$WORK/ana.jar" "$U/api/v1/zones/x'%20OR%201=1--")" 404
expect_eq "sql in filter" "$(total ana "/api/v1/enterprises?zone=%27%20OR%201%3D1%20--")" 0
expect_eq "sql in entity" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/observations/history?entity=zone:%27;DROP%20TABLE%20zone;--&indicator=workers" | jfield code)" "not_found"
expect_eq "zones still there" "$(sq "$DB" "SELECT count(*) FROM zone")" 8

# CSRF on state-changing requests
printf 'entity,indicator,period,value,source\nzone:TK-BEKTEMIR,workers,2025,470,web test\n' > "$WORK/obs.csv"
post_csv() { # USER URL FILE [extra curl args]
	u=$1; url=$2; f=$3; shift 3
	curl -s -b "$WORK/$u.jar" -H 'Content-Type: text/csv' --data-binary "@$f" "$@" "$U$url"
}
expect_eq "csrf missing" "$(post_csv ana '/api/v1/import/observations?dry_run=1' "$WORK/obs.csv" -o /dev/null -w '%{http_code}')" 403
expect_eq "csrf wrong" "$(post_csv ana '/api/v1/import/observations?dry_run=1' "$WORK/obs.csv" -H 'X-CSRF-Token: AAAA')" \
	'{"error":{"code":"csrf","message":"the CSRF token is missing or wrong; reload the page and try again","where":"csrf"}}'
expect_eq "csrf of another session" "$(post_csv ana '/api/v1/import/observations?dry_run=1' "$WORK/obs.csv" -H "X-CSRF-Token: $(cat "$WORK/zm.csrf")" -o /dev/null -w '%{http_code}')" 403
expect_eq "logout needs csrf" "$(code -X POST -b "$WORK/ana.jar" "$U/api/v1/logout")" 403
expect_eq "page form needs csrf" "$(code -b "$WORK/admin.jar" -d 'login=x1&role=analyst&password=xxxxxxxxxxxx' "$U/users")" 403

# import: dry run writes nothing, then the real one; errors with file:line:column
before=$(dump "$DB" | grep -v '^INSERT INTO login_throttle\|^INSERT INTO session' | md5sum)
expect_eq "dry run" "$(post_csv ana '/api/v1/import/observations?dry_run=1' "$WORK/obs.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")")" \
	'{"kind":"observations","dry_run":true,"rows":1,"added":0,"changed":1,"unchanged":0}'
expect_eq "dry run wrote nothing" "$(dump "$DB" | grep -v '^INSERT INTO login_throttle\|^INSERT INTO session' | md5sum)" "$before"
expect_eq "import" "$(post_csv ana '/api/v1/import/observations' "$WORK/obs.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")")" \
	'{"kind":"observations","dry_run":false,"rows":1,"added":0,"changed":1,"unchanged":0}'
expect_eq "history over the API" "$(curl -s -b "$WORK/ana.jar" "$U/api/v1/observations/history?entity=zone:TK-BEKTEMIR&indicator=workers&period=2025" | grep -o '"value":[0-9.]*,"source":"[^"]*","recorded_at":"[^"]*","recorded_by":"[^"]*"' | sed 's/"recorded_at":"[^"]*",//' | tr '\n' ' ')" \
	'"value":450.0,"source":"002 Table 1","recorded_by":"demo" "value":470.0,"source":"web test","recorded_by":"ana" '
printf 'entity,indicator,period,value\nzone:TK-BEKTEMIR,workers,2025,many\nzone:TK-NOWHERE,workers,2025,3\n' > "$WORK/bad.csv"
expect_eq "bad file: every error placed" "$(post_csv ana '/api/v1/import/observations?name=bad.csv' "$WORK/bad.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")")" \
	'{"error":{"code":"invalid","message":"expected a number, got \"many\"","where":"bad.csv:2:4","errors":[{"where":"bad.csv:2:4","message":"expected a number, got \"many\""},{"where":"bad.csv:3:1","message":"unknown zone \"TK-NOWHERE\""}]}}'
expect_eq "unknown kind" "$(post_csv ana '/api/v1/import/people' "$WORK/obs.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")" -o /dev/null -w '%{http_code}')" 404
# scope on writes
printf 'entity,indicator,period,value\nzone:TK-BEKTEMIR,workers,2025,480\nzone:TK-UCHTEPA,workers,2025,300\n' > "$WORK/zm.csv"
expect_eq "zone manager: other zone refused" "$(post_csv zm '/api/v1/import/observations?name=zm.csv' "$WORK/zm.csv" -H "X-CSRF-Token: $(cat "$WORK/zm.csrf")")" \
	'{"error":{"code":"forbidden","message":"\"zone:TK-UCHTEPA\" is outside your scope (TK-BEKTEMIR)","where":"zm.csv:3:1","errors":[{"where":"zm.csv:3:1","message":"\"zone:TK-UCHTEPA\" is outside your scope (TK-BEKTEMIR)"}]}}'
printf 'entity,indicator,period,value\nzone:TK-BEKTEMIR,workers,2025,480\nenterprise:301000022,workers,2025,31\n' > "$WORK/zm2.csv"
expect_eq "zone manager: own zone and its firms" "$(post_csv zm '/api/v1/import/observations' "$WORK/zm2.csv" -H "X-CSRF-Token: $(cat "$WORK/zm.csrf")" | jfield kind)" "observations"
expect_eq "firm: zones refused" "$(post_csv firm '/api/v1/import/zones' "$WORK/obs.csv" -H "X-CSRF-Token: $(cat "$WORK/firm.csrf")" | jfield message)" \
	"a firm account may import only its own observations, not zones"

# limits and broken requests
head -c 70000 /dev/zero | tr '\0' 'a' > "$WORK/big.csv"
expect_eq "413 by length" "$(post_csv ana '/api/v1/import/zones' "$WORK/big.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")" -o /dev/null -w '%{http_code}')" 413
expect_eq "413 chunked" "$(post_csv ana '/api/v1/import/zones' "$WORK/big.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")" -H 'Transfer-Encoding: chunked' -o /dev/null -w '%{http_code}')" 413
expect_eq "malformed multipart" "$(curl -s -b "$WORK/ana.jar" -H 'Content-Type: multipart/form-data; boundary=XX' --data-binary 'garbage' "$U/data/import" -o /dev/null -w '%{http_code}')" 400
raw() { exec 3<>"/dev/tcp/127.0.0.1/$PORT"; printf '%b' "$1" >&3; timeout 5 cat <&3 | head -1 | tr -d '\r'; exec 3<&-; }
case "$(raw 'GARBAGE\r\n\r\n')" in "HTTP/1.1 400"*|"HTTP/1.0 400"*|"") ok ;; *) bad "garbage request line" ;; esac
case "$(raw 'GET / HTTP/1.1\r\nHost: x\r\nX: '"$(head -c 70000 /dev/zero | tr '\0' 'b')"'\r\n\r\n')" in "HTTP/1.1 431"*|"HTTP/1.1 413"*|"HTTP/1.1 400"*|"") ok ;; *) bad "huge header" ;; esac
expect_eq "alive after broken requests" "$(curl -s "$U/healthz")" "ok"

# pages: languages, the upload with a dry run and a confirmation
expect_eq "default uz" "$(curl -s -b "$WORK/ana.jar" "$U/" | grep -o '<h1>[^<]*</h1>')" "<h1>Umumiy koʻrinish</h1>"
expect_eq "?lang=ru" "$(curl -s -b "$WORK/ana.jar" "$U/?lang=ru" | grep -o '<h1>[^<]*</h1>')" "<h1>Обзор</h1>"
expect_eq "lang cookie set" "$(curl -s -D - -o /dev/null -b "$WORK/ana.jar" "$U/?lang=uz-Cyrl" | grep -i '^set-cookie: sb40_lang' | tr -d '\r')" \
	"Set-Cookie: sb40_lang=uz-Cyrl; Path=/; Max-Age=31536000; SameSite=Strict"
expect_eq "cookie language" "$(curl -s -b "$WORK/ana.jar" -b 'sb40_lang=en' "$U/" | grep -o '<h1>[^<]*</h1>')" "<h1>Overview</h1>"
expect_eq "accept-language" "$(curl -s -b "$WORK/ana.jar" -H 'Accept-Language: de, ru;q=0.5, en;q=0.8' "$U/zones" | grep -o '<h1>[^<]*</h1>')" "<h1>Zones</h1>"
expect_eq "numbers per language" "$(curl -s -b "$WORK/ana.jar" -b 'sb40_lang=ru' "$U/" | grep -o '40,5 га')" "40,5 га"
printf 'code,name,region\nTK-WEB,Web Zone,Tashkent city\n' > "$WORK/z.csv"
page=$(curl -s -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F kind=zones -F "file=@$WORK/z.csv" "$U/data/import")
case "$page" in *'name="confirm"'*) ok ;; *) bad "dry-run page has no confirm form" ;; esac
expect_eq "page dry run wrote nothing" "$(sq "$DB" "SELECT count(*) FROM zone WHERE code='TK-WEB'")" 0
expect_eq "confirm" "$(code -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F kind=zones -F confirm=1 -F name=z.csv -F "data=<$WORK/z.csv" "$U/data/import")" 200
expect_eq "confirmed import wrote" "$(sq "$DB" "SELECT count(*) FROM zone WHERE code='TK-WEB'")" 1
page=$(curl -s -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F kind=observations -F "file=@$WORK/bad.csv" "$U/data/import?lang=en")
expect_eq "page shows file:line:column" "$(printf '%s' "$page" | grep -o '<td class="place">[^<]*</td>' | tr '\n' ' ')" \
	'<td class="place">bad.csv:2:4</td> <td class="place">bad.csv:3:1</td> '
# ... in Russian: the messages are Russian, the places as they are; the
# JSON API keeps English whatever the language
page=$(curl -s -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F kind=observations -F "file=@$WORK/bad.csv" "$U/data/import?lang=ru")
expect_eq "page in ru: Russian messages beside their places" "$(printf '%s' "$page" | tr -d '\n' | grep -o '<td class="place">[^<]*</td>[^<]*<td>[^<]*</td>' | tr '\n' ' ')" \
	'<td class="place">bad.csv:2:4</td><td>ожидалось число, получено &quot;many&quot;</td> <td class="place">bad.csv:3:1</td><td>неизвестная зона &quot;TK-NOWHERE&quot;</td> '
expect_eq "API in ru: English" "$(post_csv ana '/api/v1/import/observations?name=bad.csv&lang=ru' "$WORK/bad.csv" -H "X-CSRF-Token: $(cat "$WORK/ana.csrf")" | grep -o '"message":"[^"]*' | tr '\n' ' ')" \
	'"message":"expected a number, got \ "message":"expected a number, got \ "message":"unknown zone \ '
page=$(curl -s -b "$WORK/ana.jar" -F "csrf=$(cat "$WORK/ana.csrf")" -F "data=<$SB40_SOURCE/tests/data/regress/engel.csv" -F y=foodexp -F x=income "$U/regression?lang=en")
case "$page" in *'<td>income</td><td class="num">0.485178</td>'*) ok ;; *) bad "regression page coefficient" ;; esac

# users page: add, disable ends the sessions
expect_eq "add via page" "$(code -b "$WORK/admin.jar" -d "csrf=$(cat "$WORK/admin.csrf")&login=web1&role=zone_manager&scope=TK-UCHTEPA&password=web1-pass-123" "$U/users")" 200
expect_eq "added with scope" "$(sq "$DB" "SELECT z.code FROM app_user u JOIN zone z ON z.id = u.scope_zone_id WHERE login='web1'")" "TK-UCHTEPA"
expect_eq "disable" "$(code -b "$WORK/admin.jar" -d "csrf=$(cat "$WORK/admin.csrf")" "$U/users/zm/disable")" 200
expect_eq "disabled user signed out" "$(code -b "$WORK/zm.jar" "$U/api/v1/session")" 401
expect_eq "disabled user cannot sign in" "$(code -H 'Content-Type: application/json' -d '{"login":"zm","password":"zone-pass-1234"}' "$U/api/v1/login")" 401

# throttling per account: 5 failures, then even the right password waits
for _ in 1 2 3 4 5; do code -H 'Content-Type: application/json' -d '{"login":"ana","password":"wrong-wrong"}' "$U/api/v1/login" >/dev/null; done
hdr=$(curl -s -D - -o "$WORK/body" -H 'Content-Type: application/json' -d '{"login":"ana","password":"analyst-pass-1"}' "$U/api/v1/login" | tr -d '\r')
case "$hdr" in "HTTP/1.1 429"*"Retry-After: "[1-3][0-9]*) ok ;; *) bad "throttled: $hdr" ;; esac
expect_eq "throttle message" "$(jfield code < "$WORK/body")" "throttled"
expect_eq "other accounts unaffected" "$(code -H 'Content-Type: application/json' -d "{\"login\":\"admin\",\"password\":\"$ADMIN_PW\"}" "$U/api/v1/login")" 200

# sign out
expect_eq "logout" "$(code -X POST -b "$WORK/firm.jar" -H "X-CSRF-Token: $(cat "$WORK/firm.csrf")" "$U/api/v1/logout")" 200
expect_eq "after logout" "$(code -b "$WORK/firm.jar" "$U/api/v1/session")" 401

# access log and a clean stop
expect_eq "access log line" "$(grep -c '"GET /api/v1/zones" 200 ' "$WORK/access.log")" 4
kill -TERM "$PID"; wait "$PID"; expect_eq "clean stop" $? 0
expect_eq "stop logged" "$(tail -1 "$WORK/access.log")" "sb40 serve: stopped (SIGTERM)"
"$SB40" serve --db "$DB" --bind 300.1.1.1 2>"$WORK/err"; expect_eq "bad bind" "$?:$(cat "$WORK/err")" '1:sb40: --bind: expected an IPv4 address such as 127.0.0.1, got "300.1.1.1"'
"$SB40" serve --db "$DB" --port 70000 2>/dev/null; expect_eq "bad port is usage" $? 2
finish
