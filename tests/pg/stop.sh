#!/bin/sh
# tests/pg/stop.sh STATEDIR - stop the server tests/pg/start.sh started and
# remove its folder (a CTest FIXTURES_CLEANUP: runs also when tests failed).
set -u
STATE=${1:?usage: stop.sh STATEDIR}
[ -f "$STATE/dir" ] || exit 0
DIR=$(cat "$STATE/dir")
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
AS=""
[ "$(id -u)" = 0 ] && AS="runuser -u sb40pg --"
if [ -d "$DIR/data" ]; then
	$AS "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
fi
case "$DIR" in /tmp/sb40pg.*) rm -rf "$DIR" ;; esac
rm -f "$STATE/dir" "$STATE/url"
