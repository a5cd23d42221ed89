#!/usr/bin/env bash
# Proves that a backup can be restored, on both databases: the app fills a database (demo mode: admin and demo
# accounts, plus whatever the app creates at start), then backup.sh, the database is wiped, restore.sh, and the row
# count of every table must be as before; finally the app must start on the restored database (Flyway validates it).
#
#   ./mvnw -B package -DskipTests && scripts/backup-restore-check.sh
#
# Starts its own throwaway PostgreSQL (scripts/with-postgres.sh). Port: WORKBENCH_CHECK_PORT (default 18093).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${WORKBENCH_PG_BIN:-}" ]; then
  exec scripts/with-postgres.sh "$0" "$@"
fi
source scripts/lib/database.sh
source scripts/lib/app.sh

port="${WORKBENCH_CHECK_PORT:-18093}"
work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-backup.XXXXXX")"
trap 'status=$?; app_stop_all; rm -rf "$work"; exit $status' EXIT
export WORKBENCH_DEMO_PASSWORD=Backup-check-demo-1 WORKBENCH_ADMIN_PASSWORD=Backup-check-admin-1

# One query counting the rows of every table: "table|count" lines, sorted. $1 lists the tables, $2 runs a query.
count_rows() {
  local tables sql="" table
  tables="$($1)"
  [ -n "$tables" ] || { echo "no tables" >&2; return 1; }
  for table in $tables; do
    sql+="${sql:+ union all }select '$table', count(*) from $table"
  done
  $2 "$sql" | sort
}

same_counts() { # kind, before, after
  if ! diff -u "$2" "$3"; then
    echo "backup-restore: $1: row counts differ after the restore" >&2
    return 1
  fi
  local users
  users="$(grep -i -E '(^|[.])"?app_user"?\|' "$3" | cut -d'|' -f2)"
  [ "${users:-0}" -ge 4 ] || { echo "backup-restore: $1: expected the admin and 3 demo accounts, found ${users:-none}" >&2; return 1; }
  echo "backup-restore: $1: same row counts after the restore:"
  sed 's/^/    /' "$3"
}

# ---- H2
h2_tables() {
  h2_tool org.h2.tools.Shell -url "$(h2_url)" -user sa -password "" \
    -sql "select '\"PUBLIC\".\"' || table_name || '\"' from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'" \
    | sed -e '1d' -e '/^(/d'
}
h2_query() { h2_tool org.h2.tools.Shell -url "$(h2_url)" -user sa -password "" -sql "$1" | sed -e '1d' -e '/^(/d' -e 's/ *| */|/'; }

export WORKBENCH_DATA_DIR="$work/h2-data"
app_start h2-fill "$port" --spring.profiles.active=demo
app_wait_up h2-fill
app_stop h2-fill
count_rows h2_tables h2_query >"$work/h2-before"
scripts/backup.sh h2 "$work/h2-backup.zip"
rm -rf "$WORKBENCH_DATA_DIR"   # the database is lost
scripts/restore.sh h2 "$work/h2-backup.zip"
count_rows h2_tables h2_query >"$work/h2-after"
same_counts H2 "$work/h2-before" "$work/h2-after"
app_start h2-restored "$port"
app_wait_up h2-restored
app_stop h2-restored

# ---- PostgreSQL (the database 'workbench' of the throwaway server)
pg_tables() {
  psql -X -A -t -v ON_ERROR_STOP=1 \
    -c "select format('%I.%I', schemaname, tablename) from pg_tables where schemaname = 'public'"
}
pg_query() { psql -X -A -t -v ON_ERROR_STOP=1 -c "$1"; }

# Demo accounts for more rows: demo mode with the PostgreSQL datasource (the postgres profile would refuse demo mode).
app_start pg-fill "$port" --spring.profiles.active=demo --spring.datasource.url="$WORKBENCH_DB_URL" \
  --spring.datasource.username="$WORKBENCH_DB_USER" --spring.datasource.password="$WORKBENCH_DB_PASSWORD"
app_wait_up pg-fill
app_stop pg-fill
count_rows pg_tables pg_query >"$work/pg-before"
scripts/backup.sh postgres "$work/pg-backup.dump"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database workbench" -c "create database workbench"  # lost
scripts/restore.sh postgres "$work/pg-backup.dump"
count_rows pg_tables pg_query >"$work/pg-after"
same_counts PostgreSQL "$work/pg-before" "$work/pg-after"
app_start pg-restored "$port" --spring.profiles.active=postgres
app_wait_up pg-restored
app_stop pg-restored

echo "backup-restore: passed"
