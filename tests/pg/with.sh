#!/bin/sh
# tests/pg/with.sh STATEDIR DBNAME COMMAND... - run COMMAND with
# SB40_TEST_PG_URL set to a fresh, empty database DBNAME on the server of
# tests/pg/start.sh (dropped first if it exists: each test its own database).
set -eu
STATE=$1 DB=$2
shift 2
[ -f "$STATE/url" ] || { echo "with.sh: no test server (tests/pg/start.sh)" >&2; exit 1; }
BASE=$(cat "$STATE/url")
psql -X -q -d "$BASE/postgres" -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$DB\"" -c "CREATE DATABASE \"$DB\"" >/dev/null
SB40_TEST_PG_URL="$BASE/$DB" exec "$@"
