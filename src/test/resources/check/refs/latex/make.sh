#!/usr/bin/env bash
# Makes the LaTeX PDFs of the reference corpus from the .tex files here (run from this folder; needs TeX Live).
# SOURCE_DATE_EPOCH fixes the dates and ID, so the same TeX installation makes the same bytes.
set -euo pipefail
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=1764633600 FORCE_SOURCE_DATE=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in real-ouci-hsct-nlm-latex type3; do
  pdflatex -interaction=nonstopmode -output-directory "$tmp" "$f.tex" >/dev/null
  pdflatex -interaction=nonstopmode -output-directory "$tmp" "$f.tex" >/dev/null
done
pdflatex -interaction=nonstopmode -output-directory "$tmp" planted-3-latex.tex >/dev/null
cp "$tmp/real-ouci-hsct-nlm-latex.pdf" ../real-ouci-hsct-nlm-latex.pdf
cp "$tmp/planted-3-latex.pdf" ../planted-3-latex.pdf
cp "$tmp/type3.pdf" ../../cases/ms-latex-type3/manuscript.pdf
