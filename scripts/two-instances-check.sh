#!/usr/bin/env bash
# Two instances of the built jar on one PostgreSQL database, as behind a load balancer:
#   - both start at the same moment on an empty database: Flyway's lock lets exactly one migrate, and both come up;
#   - both report healthy and serve the login page; every migration is recorded once; there is one admin.
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

work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-two.XXXXXX")"
# A copy: rebuilding while the app runs from target/ would break the running app.
cp "$jar" "$work/app.jar"
pids=()
stop_instances() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    for log in "$work"/instance-*.log; do
      [ -f "$log" ] && { echo "---- last lines of $log"; tail -40 "$log"; }
    done
  fi
  rm -rf "$work"
  exit "$status"
}
trap stop_instances EXIT

health() { curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true; }

# Both at once, on the empty database.
for i in 0 1; do
  WORKBENCH_ADMIN_PASSWORD=Two-instances-check-1 \
    java -Xmx512m -jar "$work/app.jar" --spring.profiles.active=postgres --server.port="${ports[$i]}" \
    >"$work/instance-$i.log" 2>&1 &
  pids+=($!)
done

deadline=$(($(date +%s) + 240))
for i in 0 1; do
  until health "${ports[$i]}" | grep -q '"UP"'; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "two-instances: instance $i (port ${ports[$i]}) stopped before it was healthy" >&2
      exit 1
    fi
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "two-instances: instance $i (port ${ports[$i]}) not healthy in time" >&2
      exit 1
    fi
    sleep 1
  done
  echo "two-instances: instance $i on port ${ports[$i]} is UP"
done

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
migrated_by=$(grep -l "Successfully applied" "$work"/instance-*.log | wc -l)
echo "two-instances: $migrations migrations recorded once each (applied by $migrated_by instance), one admin"

if $with_test; then
  ./mvnw -B -pl web-ui -am test -Dtest=TwoInstancesOnOneDatabaseTest -Dsurefire.failIfNoSpecifiedTests=false
fi
echo "two-instances: passed"
