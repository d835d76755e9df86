#!/usr/bin/env bash
# Renders the seed pair into the documents translators receive (PDF with a running header, a
# "Page N / M" footer, a footnote, a table and hyphenation; DOCX; ODT; a web page with navigation,
# a cookie banner, breadcrumbs and a footer), aligns each pair and prints the flagged beads beside
# the plain-text run's, and whether any page furniture reached the TMX.
# Needs LibreOffice, its hyphenation patterns, Chromium and Python 3:
#   apt-get install -y libreoffice-writer-nogui hyphen-en-us hyphen-nl chromium python3
# usage: bench/documents.sh [WORK_DIR]      (default: a new temporary directory)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
source_text="$home/seeds/lavrov-newsweek-2022.en.txt"
target_text="$home/seeds/000_1bcc9f068a6e245e.txt"
# The English text opens with a title and a lead that the Dutch lacks: 2 paragraphs of offset.
python3 "$home/bench/render_documents.py" "$source_text" en "$work/source" 2
python3 "$home/bench/render_documents.py" "$target_text" nl "$work/target" 0
for format in pdf docx odt; do
  (cd "$work" && soffice --headless --convert-to "$format" source.fodt target.fodt >/dev/null 2>&1)
done
# The web pages printed by Chromium, with its default header (date, title) and footer (URL, "1/6").
for side in source target; do
  chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$work/$side.chromium.pdf" "$work/$side.html" \
    >/dev/null 2>&1
done

furniture='Newsweek interview with Sergey Lavrov|Interview van Newsweek met|Page [0-9]+ / [0-9]+|Pagina [0-9]+ / [0-9]+|file://|[0-9]+/[0-9]+/[0-9]+, [0-9]+:[0-9]+'
align() {
  local label="$1" source="$2" target="$3"
  shift 3
  "$home/tandem" align "$source" "$target" -o "$work/out-$label" --name pair --source-lang en --target-lang nl -q "$@" \
    > "$work/$label.summary"
  local flagged leaked
  flagged="$(sed -n 's/.*(\([0-9]*\) beads flagged).*/\1/p' "$work/$label.summary")"
  leaked="$(grep -cE "$furniture" "$work/out-$label/pair.tmx" || true)"
  local aside
  aside="$(sed -n 's/^set aside: *//p' "$work/$label.summary")"
  printf '%-22s flagged beads %3s   TMX units with page furniture %s   set aside: %s\n' \
    "$label" "$flagged" "$leaked" "${aside:-nothing}"
}
align plain-text "$source_text" "$target_text"
align pdf "$work/source.pdf" "$work/target.pdf"
align pdf-keep-furniture "$work/source.pdf" "$work/target.pdf" --keep-furniture
align chromium-pdf "$work/source.chromium.pdf" "$work/target.chromium.pdf"
align docx "$work/source.docx" "$work/target.docx"
align odt "$work/source.odt" "$work/target.odt"
align html "$work/source.html" "$work/target.html"
align html-main-content "$work/source.html" "$work/target.html" --main-content
# The common case: a clean source text and a translation saved from a web page.
align text-to-html "$source_text" "$work/target.html"
align text-to-html-main "$source_text" "$work/target.html" --main-content
for side in source target; do
  page="$("$home/tandem" segment "$work/$side.html" | wc -l)"
  main="$("$home/tandem" segment --main-content "$work/$side.html" | wc -l)"
  plain="$("$home/tandem" segment "$([ $side = source ] && echo "$source_text" || echo "$target_text")" | wc -l)"
  printf '%s web page: %s segments, %s with --main-content, %s in the plain text\n' "$side" "$page" "$main" "$plain"
done
echo "documents and outputs in $work"
