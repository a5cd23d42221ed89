#!/usr/bin/env bash
# The load test: the built jar on loopback with a fresh database (a temporary data directory, the demo profile),
# driven by Gatling at Vaadin's protocol level (loadtest/src/test/java). Prints, per phase, each action's p50/p95/p99
# and errors, the app's CPU use and the load average; then the heap per open editor session after a full GC (N
# sessions against none) with the classes that grew most. Gatling's HTML reports go to loadtest/target/gatling/.
#
#   loadtest/run.sh              50, then 200 planners (with staff uploading, analysts running Monte Carlo and rivals
#                                on one scenario); heap
#   loadtest/run.sh --smoke      10 planners for 30 s: what .ci/run runs; fails on any error
#   loadtest/run.sh --postgres   the same on PostgreSQL, two instances behind a sticky round-robin proxy
#   loadtest/run.sh --risk       ten analysts running Monte Carlo over and over while five planners edit: their
#                                edit round trip against the goal of 300 ms at p95
#
# Exit status: non-zero when any request failed, a component id was missing, or a save went missing.
# Environment: LOADTEST_NO_BUILD=1 uses the jar as built (WORKBENCH_JAR, default web-ui/target/...);
# LOADTEST_PORT (default 18510; the second instance and the proxy take the next two); LOADTEST_DURATION (seconds
# per phase, default 60); LOADTEST_PHASES (default "50 200"; empty: only the heap); LOADTEST_HOLD_USERS (default 50);
# LOADTEST_RAMP (seconds over which a phase's planners sign in; default a fifth of a second each, at least 10: each
# sign-in costs a PBKDF2 hash of 600,000 rounds, a quarter of a second of one core).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
db=h2
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --risk) mode=risk ;;
    --postgres) db=postgres ;;
    *) echo "usage: $0 [--smoke | --risk] [--postgres]" >&2; exit 2 ;;
  esac
done
if [ "$db" = postgres ] && [ -z "${WORKBENCH_PG_BIN:-}" ] && [ -z "${WORKBENCH_DB_URL:-}" ]; then
  exec scripts/with-postgres.sh "$0" "$@"
fi

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
jar="${WORKBENCH_JAR:-web-ui/target/scenario-workbench.jar}"
port="${LOADTEST_PORT:-18510}"
out="$PWD/loadtest/target/loadtest"
work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-load.XXXXXX")"
password="Load-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')-1"
declare -a pids=()
proxy_pid=""
cleanup() {
  local status=$?
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null && wait "$proxy_pid" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  cp "$work"/*.log "$out/" 2>/dev/null || true  # the apps' logs, for a failed run
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
say() { echo "loadtest: $*"; }

if [ -z "${LOADTEST_NO_BUILD:-}" ]; then
  say "building the jar"
  ./mvnw -B -q -pl web-ui -am package -DskipTests
fi
[ -f "$jar" ] || { echo "loadtest: no $jar" >&2; exit 1; }
cp "$jar" "$work/app.jar"  # a copy: a rebuild meanwhile must not break the running app
mkdir -p "$out"
rm -rf "${out:?}"/*  # a stale hold-ready of an earlier run would start the heap measurement too early
# Online once, plugins included: the phases below run Gatling offline, and on a new machine the Gatling plugin's own
# dependencies are not yet in the local repository.
./mvnw -B -q -Ploadtest -pl loadtest test-compile dependency:build-classpath dependency:resolve-plugins \
  -Dmdep.outputFile="$out/classpath" -Dmdep.includeScope=test >/dev/null

# start_app NAME PORT: the jar on loopback with the demo accounts and samples (on PostgreSQL: its datasource). All
# virtual planners and analysts share the demo planner's account, so its cap on Monte Carlo runs at once (two per
# user) is lifted: the cap would refuse the analysts, not test the app.
start_app() {
  local name="$1" app_port="$2"
  local db_args=()
  if [ "$db" = postgres ]; then
    db_args=(--spring.datasource.url="$WORKBENCH_DB_URL" --spring.datasource.username="$WORKBENCH_DB_USER"
             --spring.datasource.password="$WORKBENCH_DB_PASSWORD")
  fi
  WORKBENCH_DATA_DIR="$work/data-$name" WORKBENCH_DEMO_PASSWORD="$password" WORKBENCH_ADMIN_PASSWORD="$password" \
    java -Xms512m -Xmx1g -jar "$work/app.jar" --server.address=127.0.0.1 --server.port="$app_port" \
    --spring.profiles.active=demo --workbench.risk.max-per-user=1000 "${db_args[@]}" >"$work/$name.log" 2>&1 &
  pids+=($!)
  local deadline=$(($(date +%s) + 300))
  until curl -fsS --max-time 2 "http://127.0.0.1:$app_port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "${pids[-1]}" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "loadtest: $name did not come up; its log ends:" >&2
      tail -30 "$work/$name.log" >&2
      exit 1
    fi
    sleep 1
  done
  # The first start creates the demo accounts and samples just after it reports UP (later starts find them).
  if [ "$name" = instance-0 ]; then
    until grep -q "Demo mode: added" "$work/$name.log" || [ "$(date +%s)" -gt "$deadline" ]; do sleep 1; done
  fi
  say "$name is up on 127.0.0.1:$app_port (pid ${pids[-1]})"
}

start_app instance-0 "$port"
base="http://127.0.0.1:$port"
if [ "$db" = postgres ]; then
  start_app instance-1 $((port + 1))
  java -cp "loadtest/target/test-classes:$(cat "$out/classpath")" org.workbench.loadtest.StickyProxy \
    $((port + 2)) "http://127.0.0.1:$port" "http://127.0.0.1:$((port + 1))" >"$work/proxy.log" 2>&1 &
  proxy_pid=$!
  sleep 2
  base="http://127.0.0.1:$((port + 2))"
  say "sticky round-robin proxy on $base"
fi
app_pid="${pids[0]}"

cpu_ticks() { # utime + stime of the app(s), in clock ticks
  local total=0 pid
  for pid in "${pids[@]}"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  echo "$total"
}

# gatling NAME PLANNERS DURATION [extra -D...]: one run; its table, CPU and load average; 1 when anything failed.
failed=0
gatling() {
  local name="$1" users="$2" duration="$3"
  shift 3
  local started_ticks started_at load_before
  started_ticks=$(cpu_ticks)
  started_at=$(date +%s.%N)
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  say "phase '$name': $users planners for ${duration}s (load average before: $load_before)"
  local status=0
  ./mvnw -B -o -Ploadtest -pl loadtest gatling:test \
    -Dloadtest.baseUrl="$base" -Dloadtest.users="$users" -Dloadtest.duration="$duration" \
    -Dloadtest.password="$password" -Dloadtest.out="$out/$name" "$@" >"$out/$name.log" 2>&1 || status=$?
  local seconds ticks hz
  seconds=$(awk -v a="$started_at" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  ticks=$(($(cpu_ticks) - started_ticks))
  hz=$(getconf CLK_TCK)
  sed -n '/^Per action/,/^$/p' "$out/$name.log"
  [ -f "$out/$name/lost-update-check.txt" ] && cat "$out/$name/lost-update-check.txt"
  grep -A12 -- '---- Errors' "$out/$name.log" | head -14 || true
  printf 'loadtest: %s: app CPU %.0f%% of one core over %.0f s (%d cores here); load average %s -> %s\n' \
    "$name" "$(awk -v t="$ticks" -v h="$hz" -v s="$seconds" 'BEGIN { print 100 * t / h / s }')" "$seconds" "$(nproc)" "$load_before" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep -o 'file://.*index.html' "$out/$name.log" | tail -1 | sed 's|^|loadtest: report |' || true
  if [ "$status" -ne 0 ]; then
    say "phase '$name' FAILED (exit $status; see $out/$name.log)"
    failed=1
  fi
}

heap_used_kb() { # after two full GCs
  jcmd "$app_pid" GC.run >/dev/null
  jcmd "$app_pid" GC.run >/dev/null
  jcmd "$app_pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1
}

if [ "$mode" = smoke ]; then
  gatling smoke 10 30 -Dloadtest.ramp=5 -Dloadtest.staff=1 -Dloadtest.analysts=1 -Dloadtest.rivals=2 -Dloadtest.think=1
elif [ "$mode" = risk ]; then
  # One planner in Chromium, first on the idle app, then while ten analysts run Monte Carlo one after the other
  # (short think times: each analyst's next run starts about a second after its last result).
  timing() { # Playwright drives Debian's Chromium: it must not try to download browsers of its own
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "loadtest/target/test-classes:$(cat "$out/classpath")" \
      org.workbench.loadtest.BrowserTiming "$base" "$password" "$@" >"$out/browser-timing.log" 2>&1 \
      && grep '^Chromium:' "$out/browser-timing.log" \
      || { say "browser timing failed:"; tail -5 "$out/browser-timing.log"; failed=1; }
  }
  say "idle app:"
  timing risk 1 3
  timing edits 30
  ( gatling risk 5 "${LOADTEST_DURATION:-90}" -Dloadtest.ramp=5 -Dloadtest.staff=0 -Dloadtest.analysts=10 \
      -Dloadtest.rivals=0 -Dloadtest.think=0.5; exit "$failed" ) &
  risk_pid=$!
  sleep 30
  say "while ten analysts run Monte Carlo:"
  timing edits 40
  wait "$risk_pid" || failed=1
else
  duration="${LOADTEST_DURATION:-60}"
  for users in ${LOADTEST_PHASES-50 200}; do
    gatling "users-$users" "$users" "$duration" -Dloadtest.ramp="${LOADTEST_RAMP:-$((users / 5 > 10 ? users / 5 : 10))}" \
      -Dloadtest.staff=$((users / 25 > 1 ? users / 25 : 1)) -Dloadtest.analysts=$((users / 10)) -Dloadtest.rivals=4
  done
  if [ "$db" = h2 ]; then
    hold="${LOADTEST_HOLD_USERS:-50}"
    sleep 5  # the last phase's sessions are signed out; let their requests finish
    before=$(heap_used_kb)
    jcmd "$app_pid" GC.class_histogram >"$out/histogram-0.txt"
    say "heap after full GC with no open session: $((before / 1024)) MB"
    gatling hold "$hold" 10 -Dloadtest.ramp=10 -Dloadtest.staff=0 -Dloadtest.analysts=0 -Dloadtest.rivals=0 -Dloadtest.hold=240 &
    gatling_pid=$!
    deadline=$(($(date +%s) + 400))
    until [ -f "$out/hold/hold-ready" ] || [ "$(date +%s)" -gt "$deadline" ]; do sleep 1; done
    if [ -f "$out/hold/hold-ready" ]; then
      after=$(heap_used_kb)
      jcmd "$app_pid" GC.class_histogram >"$out/histogram-$hold.txt"
      touch "$out/hold/hold-release"
      wait "$gatling_pid" || true
      printf 'loadtest: heap after full GC: %d KB with %d open editor sessions, %d KB with none: %.2f MB per session\n' \
        "$after" "$hold" "$before" "$(awk -v a="$after" -v b="$before" -v n="$hold" 'BEGIN { print (a - b) / n / 1024 }')"
      say "what grew most (class histogram, $hold sessions against none; bytes per session):"
      awk -v n="$hold" 'FNR == NR { if ($1 ~ /^[0-9]+:$/) base[$4] = $3; next }
        $1 ~ /^[0-9]+:$/ { d = $3 - base[$4]; if (d > 0) printf "%10.0f  %s\n", d / n, $4 }' \
        "$out/histogram-0.txt" "$out/histogram-$hold.txt" | sort -rn >"$out/histogram-diff.txt"
      head -20 "$out/histogram-diff.txt"
    else
      wait "$gatling_pid" || true
      say "the held sessions never all opened their editor"
      failed=1
    fi
  fi
fi
if [ "$db" = postgres ] && [ -n "$proxy_pid" ]; then
  kill "$proxy_pid" && wait "$proxy_pid" 2>/dev/null || true
  proxy_pid=""
  tail -1 "$work/proxy.log"
fi
if [ "$failed" -ne 0 ]; then
  say "FAILED"
  exit 1
fi
say "passed"
