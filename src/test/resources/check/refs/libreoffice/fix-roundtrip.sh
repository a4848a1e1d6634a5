#!/usr/bin/env bash
# Opens casereport's tracked changes in LibreOffice (run from anywhere, after `mvn test-compile`; needs LibreOffice
# Writer). For each real manuscript below, runs `casereport check <name>.docx --fix` (the journal ReferenceCorpusTest checks it against), then has
# LibreOffice read <name>.fixed.docx and save it again as DOCX and as PDF:
#  - libreoffice/<name>.fixed-libreoffice.docx is LibreOffice's own writing of what it read: TrackedChangesTest checks
#    that it holds the same insertions and deletions, by the same author and date, as casereport wrote (a change
#    LibreOffice did not take for one would be lost or turned into plain text);
#  - the PDF (not kept) shows the changes as LibreOffice draws them (struck out, underlined, a bar in the margin).
# Made with LibreOffice 7.4.7.2 (Debian 12). Fails when LibreOffice fails or writes no file.
set -euo pipefail
cd "$(dirname "$0")/../../../../../.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
[ -f target/cp.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
soffice --version
office() { soffice -env:UserInstallation="file://$tmp/profile" --headless "$@" >/dev/null 2>&1; }
refs=src/test/resources/check/refs
for f in real-kld real-studentlibrary-gost; do
  cp "$refs/$f.docx" "$tmp/$f.docx"
  journal=default; [[ $f == *-gost ]] && journal=gost   # as ReferenceCorpusTest checks it
  # findings exit 0 or 1; the file written is what counts
  env -u SOURCE_DATE_EPOCH java -cp "target/classes:$(cat target/cp.txt)" org.casereport.cli.Main check "$tmp/$f.docx" --fix --journal "$journal" >/dev/null 2>&1 || true
  [ -f "$tmp/$f.fixed.docx" ] || { echo "no $f.fixed.docx written" >&2; exit 1; }
  mkdir -p "$tmp/lo"
  office --convert-to docx:"MS Word 2007 XML" --outdir "$tmp/lo" "$tmp/$f.fixed.docx"
  office --convert-to pdf --outdir "$tmp/lo" "$tmp/$f.fixed.docx"
  [ -s "$tmp/lo/$f.fixed.docx" ] && [ -s "$tmp/lo/$f.fixed.pdf" ] || { echo "LibreOffice wrote no file for $f" >&2; exit 1; }
  cp "$tmp/lo/$f.fixed.docx" "$refs/libreoffice/$f.fixed-libreoffice.docx"
  echo "$f: $(unzip -p "$tmp/lo/$f.fixed.docx" word/document.xml | grep -o '<w:ins \|<w:del ' | sort | uniq -c | tr -s ' ' | tr '\n' ' ')"
  [ -n "${KEEP_PDF:-}" ] && cp "$tmp/lo/$f.fixed.pdf" "$KEEP_PDF/"
done
