# Starting and stopping the app's jar from scripts (sourced, not run). The caller sets $work (a temporary directory,
# which gets a copy of the jar) and calls app_stop_all from its EXIT trap.

declare -A app_pids=()

# app_start NAME PORT [arguments...]: starts the jar in the background, logging to $work/NAME.log.
app_start() {
  local name="$1" port="$2"
  shift 2
  [ -f "$work/app.jar" ] || cp "$(workbench_jar)" "$work/app.jar"  # a copy: a rebuild must not break it
  # C1 only: these checks start the app several times and never run it long.
  resolve_workbench_java
  "$WORKBENCH_JAVA" -Xmx512m -XX:TieredStopAtLevel=1 -jar "$work/app.jar" --server.port="$port" "$@" >>"$work/$name.log" 2>&1 &
  app_pids[$name]=$!
  app_ports[$name]=$port
}
declare -A app_ports=()

# app_wait_up NAME: waits until /actuator/health says UP; fails if the app stops or takes longer than 240 s.
app_wait_up() {
  local name="$1" deadline=$(($(date +%s) + 240))
  until curl -fsS --max-time 2 "http://127.0.0.1:${app_ports[$name]}/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "${app_pids[$name]}" 2>/dev/null; then
      echo "app '$name' stopped before it was healthy; its log ends:" >&2
      tail -40 "$work/$name.log" >&2
      return 1
    fi
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "app '$name' not healthy after 240 s; its log ends:" >&2
      tail -40 "$work/$name.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "app '$name' is UP on port ${app_ports[$name]}"
}

app_stop() {
  local pid="${app_pids[$1]:-}"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "app_pids[$1]"
}

app_stop_all() {
  local name
  for name in "${!app_pids[@]}"; do
    app_stop "$name"
  done
}
