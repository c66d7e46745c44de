#!/usr/bin/env bash
# CI: install Debian's PostgreSQL if this machine lacks it, start a throwaway server on loopback
# (scripts/pg_test_server.sh: as root it runs as the postgres system user) and print its URL.
# .ci/run exports it as OPPGAVE_TEST_PG_URL with OPPGAVE_REQUIRE_PG=1, so the server tests run
# (model, migrations, concurrency, access) and a server that is missing fails them.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  bash installer/linux/system-deps.sh postgresql >&2
fi
bash scripts/pg_test_server.sh start
