#!/usr/bin/env bash
# Benchmark of `casereport build` and `casereport watch` (the figures of docs/performance.md):
#   1. N copies of the example case (each with its own title) built from scratch: wall time, peak RSS;
#   2. the same build again with nothing changed (every case up to date): wall time;
#   3. `casereport watch` on the example: time from an edit of case.md to the re-rendered outputs.
# Rerun after `mvn -B package -DskipTests`:  src/test/bench/build-bench.sh [N] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
N=${1:-100}
JOBS=${2:-$(nproc)}
EXAMPLE=cases/venetoclax-aml-after-neuroblastoma
[ -f target/casereport.jar ] || mvn -B -q package -DskipTests
WORK=$(mktemp -d)
trap 'kill "${WATCH_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq -w 1 "$N"); do
  mkdir -p "$WORK/cases/case-$i"
  cp -r "$EXAMPLE"/. "$WORK/cases/case-$i/"
  sed -i "s/Personalized consolidation therapy/Case $i: personalized consolidation therapy/" "$WORK/cases/case-$i/case.md"
done
echo "1. $N cases from scratch, --jobs $JOBS:"
/usr/bin/time -f "   wall %e s, CPU %U s user + %S s sys, peak RSS %M KB" sh target/casereport build "$WORK/cases" --output "$WORK/out" --jobs "$JOBS" 2>&1 >"$WORK/build1.txt" \
  | grep -v ': warning: ' || true
tail -1 "$WORK/build1.txt" | sed 's/^/   /'
echo "2. the same $N cases again, nothing changed:"
/usr/bin/time -f "   wall %e s, CPU %U s user + %S s sys, peak RSS %M KB" sh target/casereport build "$WORK/cases" --output "$WORK/out" --jobs "$JOBS" 2>&1 >"$WORK/build2.txt" \
  | grep -v ': warning: ' || true
tail -1 "$WORK/build2.txt" | sed 's/^/   /'
echo "3. watch: an edit of the example's case.md to the re-rendered PDF and DOCX (5 edits after the first render):"
mkdir -p "$WORK/watch"
cp -r "$EXAMPLE" "$WORK/watch/"
W="$WORK/watch/$(basename "$EXAMPLE")"
sh target/casereport watch "$W" --output "$WORK/watch-out" > "$WORK/watch.txt" 2>/dev/null &
WATCH_PID=$!
wait_lines() { while [ "$(grep -c 'rendered\|not rendered' "$WORK/watch.txt" || true)" -lt "$1" ]; do sleep 0.005; done; }
wait_lines 1
sleep 1
for k in 1 2 3 4 5; do
  sed -i "s/Personalized consolidation therapy/Personalized consolidation therapy (edit $k)/" "$W/case.md"
  t0=$(date +%s%N)
  wait_lines $((k + 1))
  t1=$(date +%s%N)
  echo "   edit $k: $(( (t1 - t0) / 1000000 )) ms to the outputs ($(tail -1 "$WORK/watch.txt" | grep -o 'in [0-9]* ms' || true) in the render)"
  sleep 0.5
done
kill "$WATCH_PID" 2>/dev/null || true
