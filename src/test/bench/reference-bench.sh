#!/usr/bin/env bash
# Benchmark of the reference list: Bibliography.format on a mixed list of every source type (default 300 entries)
# in every shipped journal style, warm, in one JVM. Paste the figures into docs/performance.md.
# Usage: src/test/bench/reference-bench.sh [entries] [iterations]
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -d target/test-classes/org/casereport/bench ] || mvn -B -q -o test-compile
[ -f target/cp.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.casereport.bench.ReferenceBench "${1:-300}" "${2:-50}"
