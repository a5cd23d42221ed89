#!/usr/bin/env bash
# Checks the batch command against an independent reading of calculation model version 2 (check_v2.py, standard
# library Python): writes every sample scenario and a variant of each with success probabilities, recoveries,
# clawbacks, ranges, actuals and a budget as input workbooks in English and Chinese, turns each into a results
# workbook with the batch command, and compares the KPIs sheet's Promised, Expected and Monitored columns with the
# checker's own figures. Exit 0 when every workbook agrees.
#
#   scripts/spec-check/run.sh            uses importers/target/scenario-batch.jar (built by ./mvnw package or verify)
#   SPEC_CHECK_BUILD=1 scripts/spec-check/run.sh   builds it first
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=importers/target/scenario-batch.jar
if [ "${SPEC_CHECK_BUILD:-0}" = 1 ] || [ ! -f "$jar" ]; then
  ./mvnw -B -q -pl importers -am package -DskipTests
fi
# the JDK the build picks through Maven toolchains (21+): the default java may be older
source scripts/lib/database.sh
resolve_workbench_java
java="$WORKBENCH_JAVA"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$java" -cp "$jar" org.workbench.importers.batch.SampleWorkbooks "$work/in"
mkdir -p "$work/out"
failed=0
count=0
for in in "$work"/in/*.xlsx; do
  name=$(basename "$in" .xlsx)
  lang=${name##*-}
  out="$work/out/$name.xlsx"
  count=$((count + 1))
  # fewer draws than the workbooks ask for: the checker compares the deterministic views only
  if ! "$java" -jar "$jar" "$in" "$out" --lang "$lang" --draws 200 --seed 7 >/dev/null; then
    echo "spec-check: the batch command failed on $name"
    failed=1
    continue
  fi
  if ! result=$(python3 scripts/spec-check/check_v2.py "$in" "$out"); then
    failed=1
  fi
  echo "spec-check: $name: ${result##*$'\n'}"
  [ "$failed" = 0 ] || printf '%s\n' "$result" | grep '^differs' || true
done
if [ "$count" = 0 ]; then
  echo "spec-check: no workbooks were written"
  exit 1
fi
[ "$failed" = 0 ] && echo "spec-check: all $count workbooks agree" || echo "spec-check: FAILED"
exit "$failed"
