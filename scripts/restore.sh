#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh. Stop the app first (every instance).
#
#   scripts/restore.sh h2 FILE.zip         moves the current H2 files in WORKBENCH_DATA_DIR (default ./data) aside
#                                          (workbench.mv.db.before-restore-<time>), then loads FILE into a new database.
#   scripts/restore.sh postgres FILE.dump  replaces what the dump contains in the PostgreSQL database (pg_restore
#                                          --clean --if-exists), in one transaction: all or nothing. The database must
#                                          exist (it may be empty). Connection as for backup.sh.
#
# Flyway's history table is part of the backup: on the next start the app migrates a restored older backup forward.
set -euo pipefail
source "$(dirname "$0")/lib/database.sh"

[ $# -eq 2 ] || { echo "usage: $0 h2|postgres FILE" >&2; exit 2; }
kind="$1" file="$2"
[ -f "$file" ] || { echo "restore: no such file: $file" >&2; exit 1; }
case "$kind" in
  h2)
    dir="$(h2_data_dir)"
    mkdir -p "$dir"
    if [ -f "$dir/workbench.mv.db" ]; then
      aside="$dir/workbench.mv.db.before-restore-$(date +%Y%m%d-%H%M%S)"
      mv "$dir/workbench.mv.db" "$aside"
      echo "restore: the current database is kept as $aside"
    fi
    h2_tool org.h2.tools.RunScript -url "$(h2_url)" -user sa -password "" -script "$file" -options compression zip
    ;;
  postgres)
    use_workbench_db_for_libpq
    pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error -d "$PGDATABASE" "$file"
    ;;
  *) echo "unknown database kind '$kind' (h2 or postgres)" >&2; exit 2 ;;
esac
echo "restore: $kind database restored from $file"
