# Shared by the backup, restore and check scripts (sourced, not run).

# The app's jar: the H2 tools come from it, so that they are the H2 version that wrote the database.
workbench_jar() {
  local jar="${WORKBENCH_JAR:-$(dirname "${BASH_SOURCE[0]}")/../../web-ui/target/scenario-workbench.jar}"
  [ -f "$jar" ] || { echo "no app jar at $jar: build it (./mvnw -B package -DskipTests) or set WORKBENCH_JAR" >&2; return 1; }
  echo "$jar"
}

# Runs an H2 tool class (org.h2.tools.Script, RunScript, Shell) from inside the Spring Boot jar.
h2_tool() {
  local jar main="$1"
  shift
  jar="$(workbench_jar)"
  java -cp "$jar" -Dloader.main="$main" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
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
