# Shared by the backup, restore and check scripts (sourced, not run).

# The app's jar: the H2 tools come from it, so that they are the H2 version that wrote the database.
workbench_jar() {
  local jar="${WORKBENCH_JAR:-$(dirname "${BASH_SOURCE[0]}")/../../web-ui/target/scenario-workbench.jar}"
  [ -f "$jar" ] || { echo "no app jar at $jar: build it (./mvnw -B package -DskipTests) or set WORKBENCH_JAR" >&2; return 1; }
  echo "$jar"
}

# Sets WORKBENCH_JAVA to a java that runs the app (21+) unless it is set: JAVA_HOME's or the default java when new
# enough, else the JDK the build finds through Maven toolchains (the default java may be 17). Call it as a command,
# not inside $(...), so that the answer is kept for the rest of the script.
resolve_workbench_java() {
  [ -n "${WORKBENCH_JAVA:-}" ] && return 0
  local candidate home root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)"; do
    if [ -n "$candidate" ] && [ "$(java_feature_version "$candidate")" -ge 21 ] 2>/dev/null; then
      export WORKBENCH_JAVA="$candidate"
      return 0
    fi
  done
  if [ -x "$root/mvnw" ]; then
    home="$(cd "$root" && ./mvnw -q -B -N validate exec:exec -Dspotless.check.skip=true -Denforcer.skip=true \
      -Dexec.executable=java -Dexec.args='-XshowSettings:properties -version' 2>&1 \
      | sed -n 's/^ *java.home = //p' | head -1 || true)"
    if [ -n "$home" ] && [ -x "$home/bin/java" ]; then
      export WORKBENCH_JAVA="$home/bin/java"
      return 0
    fi
  fi
  echo "no Java 21 or newer found: install a JDK 21+ (see the README's Prerequisites) or set WORKBENCH_JAVA" >&2
  return 1
}

java_feature_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# Runs an H2 tool class (org.h2.tools.Script, RunScript, Shell) from inside the Spring Boot jar.
h2_tool() {
  local jar main="$1"
  shift
  jar="$(workbench_jar)"
  resolve_workbench_java
  "$WORKBENCH_JAVA" -cp "$jar" -Dloader.main="$main" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

h2_data_dir() { echo "${WORKBENCH_DATA_DIR:-./data}"; }

# The app's own H2 URL (application.properties), from the data directory.
h2_url() { echo "jdbc:h2:file:$(cd "$(h2_data_dir)" 2>/dev/null && pwd || h2_data_dir)/workbench"; }

# pg_dump/pg_restore/psql read libpq's PG* variables: fill them from the app's WORKBENCH_DB_* when those are set.
use_workbench_db_for_libpq() {
  if [ -n "${WORKBENCH_DB_URL:-}" ]; then
    local rest="${WORKBENCH_DB_URL#jdbc:postgresql://}"
    rest="${rest%%\?*}"
    local hostport="${rest%%/*}"
    export PGDATABASE="${rest#*/}"
    export PGHOST="${hostport%%:*}"
    if [ "$hostport" != "$PGHOST" ]; then export PGPORT="${hostport##*:}"; else export PGPORT=5432; fi
  fi
  if [ -n "${WORKBENCH_DB_USER:-}" ]; then export PGUSER="$WORKBENCH_DB_USER"; fi
  if [ -n "${WORKBENCH_DB_PASSWORD:-}" ]; then export PGPASSWORD="$WORKBENCH_DB_PASSWORD"; fi
  : "${PGDATABASE:?set WORKBENCH_DB_URL (jdbc:postgresql://host:port/database) or PGDATABASE}"
}
