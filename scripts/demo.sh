#!/usr/bin/env bash
# The main job on the bundled corpora: ingest into SQLite, then a query and the audit.
set -uo pipefail
cd "$(dirname "$0")/.."
export CCHC_DB=${CCHC_DB:-demo.db}
CCHC=.venv/bin/cchc
echo "==> cchc ingest corpora/   (broken/ holds deliberately bad files: they are reported, the rest is stored)"
$CCHC ingest corpora/ ; rc=$?
[ "$rc" -le 1 ] || exit "$rc"
echo "==> cchc stats"; $CCHC stats
echo "==> cchc query cited-by 61/2018/NĐ-CP"; $CCHC query cited-by 61/2018/NĐ-CP
echo "==> cchc query cites --unit 'phường Trần Phú'"; $CCHC query cites --unit "phường Trần Phú"
echo "==> cchc audit --severity warning"; $CCHC audit --severity warning
