#!/usr/bin/env bash
# Two instances of the built jar on one PostgreSQL database, as behind a load balancer:
#   1. one instance starts alone on the empty database (the first start: schema and admin), then stops;
#   2. both start at the same moment with one pending migration (an extra one that holds Flyway's lock for a few
#      seconds, as an upgrade would): Flyway's lock lets exactly one instance migrate, the other waits, both come up;
#   3. both report healthy and serve the login page; every migration is recorded once; there is one admin.
# Editing the same scenario through both is checked in Java (Vaadin is hard to drive over plain HTTP):
# TwoInstancesOnOneDatabaseTest starts two application contexts on one schema and expects the conflict, not a lost
# update. --with-test runs it here too (CI runs it in its PostgreSQL test pass already).
#
#   ./mvnw -B package -DskipTests && scripts/two-instances-check.sh [--with-test]
#
# Starts its own throwaway PostgreSQL (scripts/with-postgres.sh) unless it already runs inside one.
# Ports: WORKBENCH_CHECK_PORTS (default "18091 18092"); jar: WORKBENCH_JAR (default web-ui/target/scenario-workbench.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${WORKBENCH_PG_BIN:-}" ]; then
  exec scripts/with-postgres.sh "$0" "$@"
fi

with_test=false
[ "${1:-}" = "--with-test" ] && with_test=true

jar="${WORKBENCH_JAR:-web-ui/target/scenario-workbench.jar}"
if [ ! -f "$jar" ]; then
  echo "two-instances: no $jar; build it first: ./mvnw -B package -DskipTests" >&2
  exit 1
fi
read -r -a ports <<<"${WORKBENCH_CHECK_PORTS:-18091 18092}"

source scripts/lib/database.sh
source scripts/lib/app.sh
work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-two.XXXXXX")"
cp "$jar" "$work/app.jar"
trap 'status=$?; app_stop_all; rm -rf "$work"; exit $status' EXIT
export WORKBENCH_ADMIN_PASSWORD=Two-instances-check-1

# 1. The first start, alone: the schema and the admin. (Two instances starting together on an EMPTY database
#    would both try to create the admin; docs/deploy.md says to start one first.)
app_start first "${ports[0]}" --spring.profiles.active=postgres
app_wait_up first
app_stop first

# 2. An upgrade: both at once, with a migration that keeps Flyway's lock for 3 seconds.
mkdir -p "$work/upgrade"
cat >"$work/upgrade/V9999__two_instances_check.sql" <<'SQL'
create table two_instances_check (id integer primary key);
select pg_sleep(3);
SQL
upgrade=(--spring.profiles.active=postgres --spring.flyway.locations=classpath:db/migration,filesystem:"$work/upgrade")
app_start instance-0 "${ports[0]}" "${upgrade[@]}"
app_start instance-1 "${ports[1]}" "${upgrade[@]}"
app_wait_up instance-0
app_wait_up instance-1

fail() { echo "two-instances: FAILED: $*" >&2; exit 1; }
for i in 0 1; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$i]}/login")
  [ "$code" = 200 ] || fail "instance $i answers /login with $code"
done

query() { psql -X -A -t -v ON_ERROR_STOP=1 -c "$1"; }
migrations=$(query "select count(*) from flyway_schema_history where version is not null")
distinct=$(query "select count(distinct version) from flyway_schema_history where version is not null")
failed=$(query "select count(*) from flyway_schema_history where not success")
admins=$(query "select count(*) from app_user where username = 'admin'")
[ "$migrations" -gt 0 ] || fail "no migrations recorded"
[ "$migrations" = "$distinct" ] || fail "$migrations migration rows for $distinct versions: something migrated twice"
[ "$failed" = 0 ] || fail "$failed failed migrations"
[ "$admins" = 1 ] || fail "$admins admin accounts"
upgraded_by=$(cat "$work"/instance-*.log | grep -c 'Migrating schema .* to version "9999' || true)
[ "$upgraded_by" = 1 ] || fail "the upgrade migration was run $upgraded_by times"
echo "two-instances: $migrations migrations recorded once each; the upgrade ran in one instance only; one admin"

if $with_test; then
  ./mvnw -B -pl web-ui -am test -Dtest=TwoInstancesOnOneDatabaseTest -Dsurefire.failIfNoSpecifiedTests=false
fi
echo "two-instances: passed"
