#!/usr/bin/env bash
# Import benchmark: generates the workbooks, then times our import, a bare SAX pass and XSSFWorkbook.
# Usage (from the repository root): importers/bench.sh [work-dir]   -- see importers/BENCHMARK.md
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${1:-importers/target/bench}"
MVN="$( [ -x ./mvnw ] && echo ./mvnw || echo mvn )"
source scripts/lib/database.sh  # resolve_workbench_java: the JDK the build picks through Maven toolchains (21+)
resolve_workbench_java
JAVA="$WORKBENCH_JAVA"
# one invocation, so that the domain module resolves from the reactor; the importers module writes the file last
"$MVN" -q -pl importers -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile="$PWD/importers/target/bench.classpath" -Dmdep.includeScope=test
CP="importers/target/test-classes:importers/target/classes:$(cat importers/target/bench.classpath)"
MAIN=org.workbench.importers.ImportBenchmark
[ -f "$WORK/bench-1m.xlsx" ] || "$JAVA" -Xmx1g -cp "$CP" $MAIN generate "$WORK"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"
"$JAVA" -Xmx256m -cp "$CP" $MAIN import "$WORK/bench-50k.xlsx"
"$JAVA" -Xmx512m -cp "$CP" $MAIN import "$WORK/bench-1m.xlsx"
"$JAVA" -Xmx4g -cp "$CP" $MAIN compare "$WORK/bench-50k.xlsx"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
