#!/usr/bin/env bash
# Packaging check (CI): build the wheel, install it into a fresh virtual environment
# (not editable, away from the source tree) and run `cchc extract` on a seed report and
# the public API on a string. Fails if the wheel lacks its rules or a dependency.
set -euo pipefail
unset PYTHONPATH  # the fresh environment must see only the wheel
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${PYTHON:-.venv/bin/python}" -m pip wheel -q --no-deps -w "$work/dist" . >/dev/null
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$work"/dist/*.whl >/dev/null
cd "$work"
seed=$(ls "$root"/corpora/seeds/001_*.txt)
"$work/venv/bin/cchc" extract "$seed" --format json > out.json
"$work/venv/bin/python" - <<'PY'
import json
doc = json.loads(open("out.json", encoding="utf-8").readline())
assert doc["document"]["number"], doc["document"]
assert len(doc["references"]) > 5, len(doc["references"])
import extractor
refs = extractor.find_references("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ")
assert len(refs) == 1 and refs[0].date == "2018-04-23", refs
print("wheel ok:", doc["document"]["number"], len(doc["references"]), "references;", refs[0].number, refs[0].date)
PY
