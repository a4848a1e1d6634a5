#!/usr/bin/env bash
# Cold check of a 200-entry manuscript: each run a new JVM, as an editor runs `casereport check ms.txt`.
# The manuscript is made by org.casereport.bench.ReferenceCheckBench --write from the reference corpus
# (src/test/resources/check/refs: real, planted and clean entries, renumbered 1-200).
# Prints wall and CPU time (user+sys) of every run, their medians, and the load average before and after.
# Usage: src/test/bench/check-bench.sh [runs] [classes-dir...]
#   With target/casereport (after mvn package) the launcher is timed; else java with the launcher's flags
#   on target/classes (or on each classes-dir given, alternating, to compare two builds under the same load).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}; shift || true
[ -d target/test-classes/org/casereport/bench ] || mvn -B -q -o test-compile
[ -f target/cp.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
ms=$(mktemp --suffix=.txt)
trap 'rm -f "$ms" "$ms.time"' EXIT
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.casereport.bench.ReferenceCheckBench --write "$ms"
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  if [ -x target/casereport ] || [ -f target/casereport.jar ]; then dirs=(launcher); else dirs=(target/classes); fi
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall cpu
for i in $(seq 0 "$runs"); do
  for d in "${dirs[@]}"; do
    if [ "$d" = launcher ]; then cmd=(sh target/casereport check "$ms")
    else cmd=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -cp "$d:$(cat target/cp.txt)" org.casereport.cli.Main check "$ms"); fi
    /usr/bin/time -o "$ms.time" -f '%e %U %S' "${cmd[@]}" >/dev/null 2>&1 || true
    t=$(tail -1 "$ms.time")
    [ "$i" -eq 0 ] && continue   # the first round warms the disk cache
    w=$(echo "$t" | awk '{print $1}'); c=$(echo "$t" | awk '{print $2+$3}')
    wall[$d]="${wall[$d]:-} $w"; cpu[$d]="${cpu[$d]:-} $c"
  done
done
med() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for d in "${dirs[@]}"; do
  echo "$d: wall s:${wall[$d]} | median $(echo "${wall[$d]}" | med) s; cpu s:${cpu[$d]} | median $(echo "${cpu[$d]}" | med) s"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
