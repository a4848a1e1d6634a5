#!/usr/bin/env bash
# Makes the LibreOffice files of the reference corpus (run from anywhere; needs LibreOffice Writer:
# apt-get install libreoffice-writer). Made with LibreOffice 7.4.7.2 (Debian 12), its default DOCX and PDF export.
#  - <name>-libreoffice.pdf from the POI-made <name>.docx (Word's automatic numbering, no font named: LibreOffice
#    sets DejaVu Sans);
#  - <name>.docx and <name>-libreoffice.pdf of the Cyrillic lists: the .txt as an author's manuscript in Times New
#    Roman 12 pt (LibreOffice sets Liberation Serif), 1.5 lines, justified, the list an <ol> that LibreOffice turns
#    into Word's automatic numbering; the DOCX then exported to PDF.
# LibreOffice writes the time of the conversion into its files, so a new run gives new bytes with the same text; the
# committed files are the ones the tests read.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
soffice --version
office() { soffice -env:UserInstallation="file://$tmp/profile" --headless "$@" >/dev/null; }
esc() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }
for f in real-kld real-studentlibrary-gost; do
  {
    echo '<!DOCTYPE html><html><head><meta charset="utf-8"/><style>'
    echo 'body,p,li,h2{font-family:"Times New Roman";font-size:12pt;line-height:150%;text-align:justify} h2{font-weight:bold}'
    echo '</style></head><body>'
    in_list=0
    while IFS= read -r line; do
      [ -z "$line" ] && continue
      if [[ "$line" =~ ^[0-9]+\.\ (.*)$ ]]; then
        [ $in_list = 0 ] && echo '<ol>' && in_list=1
        echo "<li>$(printf '%s' "${BASH_REMATCH[1]}" | esc)</li>"
      elif [[ "$line" =~ ^(References|Литература)$ ]]; then
        echo "<h2>$line</h2>"
      else
        echo "<p>$(printf '%s' "$line" | esc)</p>"
      fi
    done < "$f.txt"
    [ $in_list = 1 ] && echo '</ol>'
    echo '</body></html>'
  } > "$tmp/$f.html"
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$tmp/$f.html"
  cp "$tmp/$f.docx" "$f.docx"
done
for f in real-bloodjournal-nlm real-globalauthorid-f real-kld real-studentlibrary-gost; do
  office --convert-to pdf --outdir "$tmp" "$f.docx"
  cp "$tmp/$f.pdf" "$f-libreoffice.pdf"
done
# real-kld-hyphenated-libreoffice.pdf: the author's real-kld.docx with Word's automatic hyphenation switched on
# (w:autoHyphenation in settings.xml, hyphenation no longer suppressed in the default paragraph properties; needs
# LibreOffice's hyphenation patterns: apt-get install hyphen-en-us) and exported as a tagged PDF, as Word's "Save as
# PDF" does by default: words broken at line ends with a hyphen the text does not have ("Verizh-" / "nikova").
mkdir "$tmp/hy" && (cd "$tmp/hy" && unzip -q "$OLDPWD/real-kld.docx" \
  && sed -i 's#<w:suppressAutoHyphens w:val="true"/>#<w:suppressAutoHyphens w:val="false"/>#' word/styles.xml \
  && sed -i 's#<w:settings\([^>]*\)>#<w:settings\1><w:autoHyphenation w:val="true"/>#' word/settings.xml \
  && zip -q -X -r ../real-kld-hyphenated.docx '[Content_Types].xml' _rels docProps word)
office --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/real-kld-hyphenated.docx"
cp "$tmp/real-kld-hyphenated.pdf" real-kld-hyphenated-libreoffice.pdf
