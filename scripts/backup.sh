#!/usr/bin/env bash
# Backs up the Scenario Workbench database.
#
#   scripts/backup.sh h2 FILE.zip          the embedded H2 database in WORKBENCH_DATA_DIR (default ./data) as a
#                                          zipped SQL script (H2's SCRIPT). Stop the app first: H2 locks its file.
#   scripts/backup.sh postgres FILE.dump   the PostgreSQL database in pg_dump's custom format (-Fc), while the app
#                                          runs. Connection: WORKBENCH_DB_URL, WORKBENCH_DB_USER, WORKBENCH_DB_PASSWORD
#                                          (as the app's postgres profile) or, without WORKBENCH_DB_URL, libpq's PG*.
#
# The H2 tools come from the app's own jar (WORKBENCH_JAR, default web-ui/target/scenario-workbench.jar), so the
# backup is written by the same H2 version that wrote the database.
set -euo pipefail
source "$(dirname "$0")/lib/database.sh"

[ $# -eq 2 ] || { echo "usage: $0 h2|postgres FILE" >&2; exit 2; }
kind="$1" file="$2"
case "$kind" in
  h2)
    h2_tool org.h2.tools.Script -url "$(h2_url)" -user sa -password "" -script "$file" -options compression zip
    ;;
  postgres)
    use_workbench_db_for_libpq
    pg_dump -Fc --no-owner -f "$file"
    ;;
  *) echo "unknown database kind '$kind' (h2 or postgres)" >&2; exit 2 ;;
esac
echo "backup: $kind database written to $file ($(du -h "$file" | cut -f1))"
