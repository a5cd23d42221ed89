#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL server: a new cluster in a temporary directory, listening on
# loopback only, deleted again when the command ends (whatever way it ends).
#
#   scripts/with-postgres.sh ./mvnw -pl web-ui -am test        # the tests on PostgreSQL (see docs/deploy.md)
#   WORKBENCH_PG_PORT=55433 scripts/with-postgres.sh bash      # a shell with a server to play with
#
# The command sees:
#   WORKBENCH_TEST_DB=postgres, WORKBENCH_TEST_DB_URL, WORKBENCH_TEST_DB_USER   (the test suite's switch)
#   WORKBENCH_DB_URL, WORKBENCH_DB_USER, WORKBENCH_DB_PASSWORD                  (the app's postgres profile)
#   PGHOST, PGPORT, PGUSER, PGDATABASE                                           (psql, pg_dump, pg_restore)
# Needs the PostgreSQL server binaries (Debian: apt-get install postgresql). As root the server runs as the
# 'postgres' user, since PostgreSQL refuses to run as root.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 command [args...]" >&2
  exit 2
fi

port="${WORKBENCH_PG_PORT:-55432}"
pg_bin="${PG_BIN:-}"
if [ -z "$pg_bin" ]; then
  if command -v initdb >/dev/null 2>&1; then
    pg_bin="$(dirname "$(readlink -f "$(command -v initdb)")")"
  else
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  fi
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server binaries (initdb) found; install them (apt-get install postgresql)" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-pg.XXXXXX")"
as_server_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_server_user=(runuser -u postgres --)
  chown postgres: "$work"
fi
run_pg() { "${as_server_user[@]}" "$@"; }

stop_server() {
  local status=$?
  if [ -f "$work/data/postmaster.pid" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

run_pg "$pg_bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
# A throwaway server: durability off for speed, room for the connections of many cached test contexts.
run_pg "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 start -o \
  "-p $port -c listen_addresses=127.0.0.1 -k $work -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  >/dev/null || { cat "$work/server.log" >&2; exit 1; }

export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGDATABASE=workbench
"$pg_bin/psql" -q -v ON_ERROR_STOP=1 -d postgres -c "create database workbench" -c "create database workbench_test"
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (databases workbench, workbench_test)"

export WORKBENCH_TEST_DB=postgres
export WORKBENCH_TEST_DB_URL="jdbc:postgresql://127.0.0.1:$port/workbench_test"
export WORKBENCH_TEST_DB_USER=postgres
export WORKBENCH_DB_URL="jdbc:postgresql://127.0.0.1:$port/workbench"
export WORKBENCH_DB_USER=postgres
export WORKBENCH_DB_PASSWORD=throwaway
export WORKBENCH_PG_BIN="$pg_bin"

"$@"
