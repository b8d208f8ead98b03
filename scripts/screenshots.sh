#!/usr/bin/env bash
# Screenshots of each page for README (docs/screenshots/*.png), taken by the browser test
# (tests/test_web_browser.py) in Debian's headless chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
CCHC_SCREENSHOTS=docs/screenshots .venv/bin/python -m pytest -q tests/test_web_browser.py
ls -1 docs/screenshots/*.png
