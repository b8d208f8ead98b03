#!/usr/bin/env bash
# The product as a user meets it: ingest the bundled reports into demo.db, then open the
# web workbench and print its address.
#   corpora/seeds     five real reports (text)
#   corpora/formats   the same reports as PDF (also scanned: OCR), DOCX, HTML, TCVN3, cp1258
#   corpora/unseen    39 documents of other kinds
# Not corpora/formats/broken/: those are deliberately damaged files the tests feed to the
# loaders (truncated, encrypted, binary, a 5 MB one-line text), not reports.
# PORT=8000 HOST=127.0.0.1 by default; CCHC_DB=demo.db.
set -uo pipefail
cd "$(dirname "$0")/.."
export CCHC_DB=${CCHC_DB:-demo.db}
CCHC=.venv/bin/cchc
shopt -s nullglob
formats=(corpora/formats/*.pdf corpora/formats/*.docx corpora/formats/*.txt corpora/formats/*.html)
echo "==> cchc ingest corpora/seeds corpora/unseen corpora/formats/* (not formats/broken/)"
$CCHC ingest --jobs 2 corpora/seeds corpora/unseen "${formats[@]}"; rc=$?
[ "$rc" -le 1 ] || exit "$rc"

echo "==> cchc serve: mở địa chỉ dưới đây trong trình duyệt / open the address below in a browser"
exec $CCHC serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
