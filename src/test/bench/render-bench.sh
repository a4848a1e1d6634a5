#!/usr/bin/env bash
# Benchmark of `casereport render` on the example case: cold command (wall time, peak RSS) and warm
# in-process. Rerun after `mvn -B package -DskipTests`; paste the figures into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
CASE=${1:-cases/venetoclax-aml-after-neuroblastoma}
RUNS=${RUNS:-5}
OUT=$(mktemp -d)
[ -f target/casereport.jsa ] || mvn -B -q package -DskipTests
[ -d target/test-classes/org/casereport/bench ] || mvn -B -q test-compile -Dexec.skip
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "cold: sh target/casereport render $CASE --format pdf,docx ($RUNS runs; the launcher: C1, serial GC, CDS archive)"
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "  wall %e s, peak RSS %M KB" sh target/casereport render "$CASE" --output "$OUT" --format pdf,docx > /dev/null
done 2>&1 | grep wall
echo "cold, plain: java -jar target/casereport.jar render $CASE ($RUNS runs; default JVM flags)"
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "  wall %e s, peak RSS %M KB" java -jar target/casereport.jar render "$CASE" --output "$OUT" --format pdf,docx > /dev/null
done 2>&1 | grep wall
echo "warm, in-process:"
java -Xmx300m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp "target/classes:target/test-classes:target/lib/*" org.casereport.bench.RenderBench "$CASE" "${ITERATIONS:-30}"
java -Xmx300m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp "target/classes:target/test-classes:target/lib/*" org.casereport.bench.RenderBench "$CASE" "${ITERATIONS:-30}" --redraw-figures
rm -rf "$OUT"
