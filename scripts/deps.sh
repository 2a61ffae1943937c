#!/bin/sh
# Install the Debian packages sb40 needs, if any is missing.  Idempotent and
# quiet when everything is already there.  Usage: scripts/deps.sh [build|check|bench]
set -eu
need="cmake make gcc pkg-config libsqlite3-dev libpq-dev libmicrohttpd-dev libjansson-dev
libgsl-dev libsodium-dev libcsv-dev libxlsxwriter-dev sqlite3"
case "${1:-build}" in
  check) need="$need libcmocka-dev valgrind postgresql python3 python3-openpyxl libxml2-utils cppcheck curl chromium"
	# node and npm (browser tests): Debian's packages unless some are already on PATH
	command -v node >/dev/null 2>&1 || need="$need nodejs"
	command -v npm >/dev/null 2>&1 || need="$need npm" ;;
  bench) need="$need hyperfine r-cran-forecast python3 bc time wrk curl nginx-light" ;;
esac
missing=""
for p in $need; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "sb40: installing:$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
