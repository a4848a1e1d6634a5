#!/usr/bin/env bash
# Time and memory against input size: the example case with its body repeated ×1, ×10, ×100 (text, citations,
# tables and figure mentions alike), rendered to PDF and DOCX and checked, each by a cold command. Shows that
# within the limits (docs/limits.md) time and memory grow about linearly. Rerun after `mvn -B package
# -DskipTests`; paste the figures into docs/performance.md ("Sizes").
set -euo pipefail
cd "$(dirname "$0")/../../.."
CASE=${1:-cases/venetoclax-aml-after-neuroblastoma}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -f target/casereport.jar ] || mvn -B -q package -DskipTests
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-6s %10s %8s %12s %12s %12s %12s\n' size case.md pages render-s render-MB check-s check-MB
for k in ${SIZES:-1 10 100}; do
  id=size-x$k
  mkdir -p "$WORK/$id"
  cp -r "$CASE"/. "$WORK/$id/"
  python3 - "$WORK/$id/case.md" "$k" <<'PY'
import sys
p, k = sys.argv[1], int(sys.argv[2])
s = open(p, encoding='utf-8').read()
i = s.index('\n---\n', 4) + 5
front, body = s[:i], s[i:]
open(p, 'w', encoding='utf-8').write(front + '\n\n'.join([body] * k))
PY
  bytes=$(wc -c < "$WORK/$id/case.md")
  /usr/bin/time -o "$WORK/t" -f "%e %M" java -jar target/casereport.jar render "$WORK/$id" --output "$WORK/out" --limit case-seconds=3600 > /dev/null 2> "$WORK/err" || true
  r=$(tail -1 "$WORK/t")
  grep ": error: " "$WORK/err" | head -3 >&2 || true
  pages=$(pdfinfo "$WORK/out/$id/$id.pdf" 2>/dev/null | awk '/^Pages/{print $2}' || echo '?')
  /usr/bin/time -o "$WORK/t" -f "%e %M" java -jar target/casereport.jar check "$WORK/$id" --no-care-files --limit case-seconds=3600 > /dev/null 2>&1 || true
  c=$(tail -1 "$WORK/t")
  printf '%-6s %10s %8s %12s %12s %12s %12s\n' "x$k" "$bytes" "$pages" "${r% *}" "$(( ${r#* } / 1024 ))" "${c% *}" "$(( ${c#* } / 1024 ))"
done
