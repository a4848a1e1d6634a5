#!/usr/bin/env bash
# Typesetting figures for every case under cases/ (or the folder given): loose lines, line-end hyphens, PDF write
# time. Paste the output into docs/typesetting.md. ROUNDS=n sets the timed renders per case (WARMUP=n the untimed ones before them, 3); --lines lists loose lines;
# ENGINE=html or ENGINE=fo measures that engine whatever the journal sets (unset: the journal's pdf.engine);
# JOURNAL=gost (or nlm, default) sets every case in that journal.
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -d target/test-classes/org/casereport/write/pdf ] || mvn -B -q test-compile
ls target/lib/fop-core-*.jar >/dev/null 2>&1 || mvn -B -q dependency:copy-dependencies -DoutputDirectory=target/lib
java -Xmx500m -Djava.awt.headless=true -Drounds="${ROUNDS:-10}" -Dwarmup="${WARMUP:-3}" -Dengine="${ENGINE:-}" -Djournal="${JOURNAL:-}" \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "target/classes:target/test-classes:target/lib/*" org.casereport.write.pdf.TypesetReport "$@"
