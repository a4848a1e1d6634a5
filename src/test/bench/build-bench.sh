#!/usr/bin/env bash
# Benchmark of `casereport build` and `casereport watch`: the figures of docs/performance.md ("Build of a
# repository, and watch"), printed as one table at the end.
#   1. N copies of the example case (each with its own title) built from scratch: wall, CPU (user + sys), peak RSS;
#   2. the same build again with nothing changed (every case up to date): wall, CPU, peak RSS;
#   3. `casereport watch` on the example: time from an edit of case.md to the re-rendered outputs (EDITS edits),
#      as the watcher measures its render and as seen from outside (the save to the "rendered" line);
#   4. the build engine in one JVM (BuildBench): rounds from scratch, CPU a case once warm.
# Targets (2 cores): 1. < 10 s; 2. < 1.5 s; 3. < 300 ms; peak RSS of 1. < 1 GB.
# Rerun after `mvn -B package -DskipTests`:  src/test/bench/build-bench.sh [N] [JOBS]   (EDITS=5 ROUNDS=3)
# Wall times mean something only on an otherwise idle machine: the script prints the load average with each step.
set -euo pipefail
cd "$(dirname "$0")/../../.."
N=${1:-100}
JOBS=${2:-$(nproc)}
EDITS=${EDITS:-5}
ROUNDS=${ROUNDS:-3}
EXAMPLE=cases/venetoclax-aml-after-neuroblastoma
[ -f target/casereport.jar ] || mvn -B -q package -DskipTests
[ -d target/test-classes/org/casereport/bench ] || mvn -B -q test-compile -Dexec.skip
WORK=$(mktemp -d)
trap 'kill "${WATCH_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load: $(load)"
for i in $(seq -w 1 "$N"); do
  mkdir -p "$WORK/cases/case-$i"
  cp -r "$EXAMPLE"/. "$WORK/cases/case-$i/"
  sed -i "s/Personalized consolidation therapy/Case $i: personalized consolidation therapy/" "$WORK/cases/case-$i/case.md"
done

# one timed build: prints "wall cpu rss_mb" (seconds, seconds, MB) and keeps the command's last line
timed_build() {
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" sh target/casereport build "$WORK/cases" --output "$WORK/out" \
    --jobs "$JOBS" >"$WORK/$1.out" 2>"$WORK/$1.err" || true
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$WORK/time.txt"
}

L1=$(load); read -r W1 C1 R1 < <(timed_build scratch)
echo "1. $N cases from scratch, --jobs $JOBS (load $L1): wall $W1 s, CPU $C1 s, peak RSS $R1 MB; $(tail -1 "$WORK/scratch.out")"
L2=$(load); read -r W2 C2 R2 < <(timed_build again)
echo "2. $N unchanged cases (load $L2): wall $W2 s, CPU $C2 s, peak RSS $R2 MB; $(tail -1 "$WORK/again.out")"

echo "3. watch: $EDITS edits of the example's case.md (load $(load))"
mkdir -p "$WORK/watch"
cp -r "$EXAMPLE" "$WORK/watch/"
W="$WORK/watch/$(basename "$EXAMPLE")"
sh target/casereport watch "$W" --output "$WORK/watch-out" > "$WORK/watch.txt" 2>/dev/null &
WATCH_PID=$!
wait_lines() { while [ "$(grep -c 'rendered\|not rendered' "$WORK/watch.txt" || true)" -lt "$1" ]; do sleep 0.005; done; }
wait_lines 1
sleep 1
: > "$WORK/edits.txt"
for k in $(seq "$EDITS"); do
  sed -i "s/Personalized consolidation therapy/Personalized consolidation therapy (edit $k)/" "$W/case.md"
  t0=$(date +%s%N)
  wait_lines $((k + 1))
  t1=$(date +%s%N)
  inside=$(tail -1 "$WORK/watch.txt" | grep -o 'in [0-9]* ms' | grep -o '[0-9]*' || echo "?")
  echo "$(( (t1 - t0) / 1000000 )) $inside" >> "$WORK/edits.txt"
  echo "   edit $k: $(( (t1 - t0) / 1000000 )) ms from the save to the outputs ($inside ms in the render)"
  sleep 0.5
done
kill "$WATCH_PID" 2>/dev/null || true
WATCH_MEDIAN=$(sort -n "$WORK/edits.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
WATCH_RENDER=$(awk '{print $2}' "$WORK/edits.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

echo "4. the build engine in one JVM, $ROUNDS rounds of the first 10 cases (or fewer) from scratch (load $(load)):"
mkdir -p "$WORK/ten"
for d in $(ls "$WORK/cases" | head -10); do cp -r "$WORK/cases/$d" "$WORK/ten/"; done
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "target/classes:target/test-classes:target/lib/*" org.casereport.bench.BuildBench "$WORK/ten" "$ROUNDS" "$JOBS" 2>/dev/null \
  | tee "$WORK/engine.txt" | sed 's/^/   /'
WARM=$(grep '^round' "$WORK/engine.txt" | tail -1 | grep -o '([0-9]* ms a case)' | grep -o '[0-9]*')

echo
echo "| what | target | measured | load |"
echo "| --- | --- | --- | --- |"
echo "| $N cases from scratch, --jobs $JOBS | < 10 s | $W1 s wall, $C1 s CPU | $L1 |"
echo "| the same, peak RSS | < 1 GB | $R1 MB | |"
echo "| $N unchanged cases (up to date) | < 1.5 s | $W2 s wall, $C2 s CPU, $R2 MB | $L2 |"
echo "| watch: save → PDF + DOCX (median of $EDITS) | < 300 ms | $WATCH_MEDIAN ms ($WATCH_RENDER ms in the render) | |"
echo "| engine, warm: CPU a case (last of $ROUNDS rounds) | — | $WARM ms | |"
