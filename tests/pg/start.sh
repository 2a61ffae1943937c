#!/bin/sh
# tests/pg/start.sh STATEDIR - start a throwaway PostgreSQL server for the
# tests (a CTest FIXTURES_SETUP; tests/pg/stop.sh is its cleanup).
#
# initdb into a fresh temporary folder, listen on 127.0.0.1 on a free port,
# trust authentication for the superuser role "sb40", no durability (fsync
# off: the data dies with the test run anyway), C collation so that ORDER BY
# sorts text as SQLite does.  PostgreSQL refuses to run as root, so as root
# the server runs as the system user sb40pg (created when missing).
# Writes STATEDIR/url (postgres://sb40@127.0.0.1:PORT), STATEDIR/dir, STATEDIR/pid.
set -eu
STATE=${1:?usage: start.sh STATEDIR}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$BIN/initdb" ] || { echo "start.sh: PostgreSQL server binaries not found (Debian package postgresql)" >&2; exit 1; }
sh "$(dirname "$0")/stop.sh" "$STATE" 2>/dev/null || true
mkdir -p "$STATE"
DIR=$(mktemp -d /tmp/sb40pg.XXXXXX)
AS=""
if [ "$(id -u)" = 0 ]; then
	id sb40pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin sb40pg
	chown sb40pg "$DIR"
	AS="runuser -u sb40pg --"
fi
# a free port: ask the kernel for one
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$AS "$BIN/initdb" -D "$DIR/data" -U sb40 --auth=trust --no-locale -E UTF8 >"$DIR/initdb.log" 2>&1 ||
	{ cat "$DIR/initdb.log" >&2; exit 1; }
$AS "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
	-o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
	start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
echo "$DIR" > "$STATE/dir"
echo "postgres://sb40@127.0.0.1:$PORT" > "$STATE/url"
echo "PostgreSQL on 127.0.0.1:$PORT in $DIR"
