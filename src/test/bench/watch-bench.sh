#!/usr/bin/env bash
# `casereport watch` on the example with two classes folders, interleaved: both watchers run at once (idle between
# saves), and the saves alternate between them, so both see the same load. For every save: the wall time from the
# save to the "rendered" line, and the CPU time (user + system, all threads) the watcher's process spent on it, read
# from /proc. WARMUP saves each first (not counted: the JIT is still compiling), then EDITS timed ones each.
#
#   cp -r target/classes target/before-classes     # before the change
#   ... change, mvn -B -q compile ...
#   EDITS=10 bash src/test/bench/watch-bench.sh target/before-classes target/classes
#
# Runs on the command's class path (target/lib) with the launcher's JVM flags (C1, serial collector), no
# class-data-sharing archive. Prints the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -d target/lib ] || mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib >/dev/null
[ $# -eq 2 ] || { echo "usage: watch-bench.sh CLASSES-A CLASSES-B" >&2; exit 2; }
EDITS=${EDITS:-8}
WARMUP=${WARMUP:-6}
EXAMPLE=cases/venetoclax-aml-after-neuroblastoma
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
tick=$(getconf CLK_TCK)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for side in a b; do
  classes=$1; [ $side = b ] && classes=$2
  mkdir -p "$work/$side"
  cp -r "$EXAMPLE" "$work/$side/case"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -cp "$classes:target/lib/*" \
    org.casereport.cli.Main watch "$work/$side/case" --templates templates --output "$work/$side/out" \
    > "$work/$side/log" 2>/dev/null &
  pids+=($!)
  echo "$!" > "$work/$side/pid"
done
lines() { grep -c 'rendered' "$work/$1/log" || true; }
wait_lines() { while [ "$(lines "$1")" -lt "$2" ]; do sleep 0.005; done; }
cpu() { awk -v t="$tick" '{print ($14 + $15) * 1000 / t}' "/proc/$(cat "$work/$1/pid")/stat"; }
wait_lines a 1; wait_lines b 1
sleep 1
for k in $(seq $((WARMUP + EDITS))); do
  for side in a b; do
    n=$(lines $side)
    c0=$(cpu $side)
    t0=$(date +%s%N)
    sed -i "s/Personalized consolidation therapy/Personalized consolidation therapy (edit $k)/" "$work/$side/case/case.md"
    wait_lines $side $((n + 1))
    t1=$(date +%s%N)
    sleep 0.3   # the watcher's threads wind down (the writers' pool, the state file)
    c1=$(cpu $side)
    [ "$k" -gt "$WARMUP" ] && echo "$side $(( (t1 - t0) / 1000000 )) $(awk -v a="$c0" -v b="$c1" 'BEGIN {print b - a}')" >> "$work/times"
  done
done
grep -q 'not rendered' "$work/a/log" "$work/b/log" && { echo "a save was not rendered" >&2; exit 1; }
med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for side in a b; do
  classes=$1; [ $side = b ] && classes=$2
  wall=$(awk -v s=$side '$1 == s {print $2}' "$work/times")
  cpu=$(awk -v s=$side '$1 == s {print $3}' "$work/times")
  echo "$side ($classes): save -> outputs median $(echo "$wall" | med) ms (runs: $(echo $wall)); CPU a save median $(echo "$cpu" | med) ms (runs: $(echo $cpu))"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
