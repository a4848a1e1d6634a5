#!/usr/bin/env bash
# PDF render time of the two engines, openhtmltopdf (html) and Apache FOP (fo), on every case under cases/: RUNS
# alternating JVM runs of each engine (html, fo, html, fo, ...), each the median of ROUNDS in-process renders after
# WARMUP untimed ones (typeset-report.sh's timing); prints the load average before and after, since other builds on
# the machine change the figures. Paste the output into docs/typesetting.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${RUNS:-3}
# build what typeset-report.sh needs once, so that no build output runs into the figures
[ -d target/test-classes/org/casereport/write/pdf ] || mvn -B -q test-compile >/dev/null
ls target/lib/fop-core-*.jar >/dev/null 2>&1 || mvn -B -q dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
OUT=$(mktemp)
for i in $(seq "$RUNS"); do
  for engine in html fo; do
    ENGINE=$engine ROUNDS=${ROUNDS:-5} WARMUP=${WARMUP:-3} "$(dirname "$0")/typeset-report.sh" \
      | sed -n "s/^\([^ ]*\) ([^)]*): .*pdf write median \([0-9]*\) ms$/run $i $engine \1 \2 ms/p" | tee -a "$OUT"
  done
done
echo "median of the runs' medians:"
for key in $(awk '{print $3":"$4}' "$OUT" | sort -u); do
  runs=$(awk -v k="$key" '$3":"$4 == k {print $5}' "$OUT" | sort -n)
  n=$(echo "$runs" | wc -l)
  echo "  ${key/:/ }: $(echo "$runs" | sed -n "$(( (n + 1) / 2 ))p") ms (runs: $(echo $runs))"
done
rm -f "$OUT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
