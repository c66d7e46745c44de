#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for trying the shared server and for the tests.
#
#   bash scripts/pg_test_server.sh start   # prints the URL to use (oppgave open URL, tests)
#   bash scripts/pg_test_server.sh url     # prints the URL of a running one
#   bash scripts/pg_test_server.sh stop    # stops it and deletes its data
#
# Data lives in $OPPGAVE_PG_DIR (default /tmp/oppgave-pg-<user>), the port is $OPPGAVE_PG_PORT
# (default 54329). It listens on 127.0.0.1 only and trusts loopback connections: it is for
# trying and testing on one machine, never for a municipality's data (see docs/server.md).
# Needs Debian's postgresql package (apt-get install postgresql); as root it runs the server as
# the postgres system user (initdb refuses root).
set -euo pipefail
action="${1:-start}"
dir="${OPPGAVE_PG_DIR:-/tmp/oppgave-pg-$(id -un)}"
port="${OPPGAVE_PG_PORT:-54329}"
superuser=oppgave
database=oppgave_test
url="postgresql+psycopg://${superuser}@127.0.0.1:${port}/${database}"

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ]; then
  echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
      as_owner "$bindir/initdb" -D "$dir/data" -U "$superuser" --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    fi
    if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U "$superuser" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
      "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$superuser" "$database"
    fi
    echo "$url"
    ;;
  url)
    echo "$url"
    ;;
  stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|url|stop" >&2
    exit 2
    ;;
esac
