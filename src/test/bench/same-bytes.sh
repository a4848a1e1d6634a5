#!/usr/bin/env bash
# Same bytes before and after a change: renders (PDF and DOCX) every case under cases/ and the fixture cases under
# src/test/resources/cases in every journal under templates/ (each case copied with its `journal:` line set to the
# journal) with two classes folders, then compares the outputs with cmp. The classes folders are given, e.g. a copy
# of target/classes taken before the change and target/classes after it:
#
#   cp -r target/classes target/before-classes     # before the change
#   ... change, mvn -B -q compile ...
#   bash src/test/bench/same-bytes.sh target/before-classes target/classes
#
# With one folder it only renders and prints an MD5 of every file (to compare against a later run by hand).
# Runs on the command's class path (target/lib, `mvn -B package -DskipTests` or `dependency:copy-dependencies`),
# with the JDK's own XML transformer as the command. Exit status 1 when a file differs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -d target/lib ] || mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib >/dev/null
[ $# -ge 1 ] || { echo "usage: same-bytes.sh CLASSES-BEFORE [CLASSES-AFTER]" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
journals=$(find templates -mindepth 2 -maxdepth 2 -name journal.yaml -printf '%h\n' | xargs -n1 basename | sort)
cases=$(ls -d cases/*/ src/test/resources/cases/*/ | sed 's:/$::')
for j in $journals; do
  for c in $cases; do
    d="$work/in/$j/$(basename "$c")"
    mkdir -p "$(dirname "$d")"
    cp -r "$c" "$d"
    sed -i "0,/^journal:.*/s//journal: $j/" "$d/case.md"
  done
done
render() { # classes folder, output folder
  for j in $journals; do
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
      -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl \
      -cp "$1:target/lib/*" org.casereport.cli.Main render --templates templates -o "$2/$j" "$work/in/$j"/* \
      > "$work/log" 2>&1 || { cat "$work/log" >&2; echo "render failed ($1, $j)" >&2; exit 2; }
  done
}
render "$1" "$work/a"
if [ $# -lt 2 ]; then
  (cd "$work/a" && find . -type f \( -name '*.pdf' -o -name '*.docx' \) | sort | xargs md5sum)
  exit 0
fi
render "$2" "$work/b"
status=0
n=0
for f in $(cd "$work/a" && find . -type f \( -name '*.pdf' -o -name '*.docx' \) | sort); do
  n=$((n + 1))
  if ! cmp -s "$work/a/$f" "$work/b/$f"; then
    echo "differs: $f"
    status=1
  fi
done
extra=$(cd "$work/b" && find . -type f \( -name '*.pdf' -o -name '*.docx' \) | wc -l)
[ "$extra" -eq "$n" ] || { echo "file counts differ: $n before, $extra after"; status=1; }
echo "$n files compared ($(echo $journals | wc -w) journals x $(echo $cases | wc -w) cases, PDF and DOCX): $([ $status = 0 ] && echo same bytes || echo DIFFERENT)"
exit $status
