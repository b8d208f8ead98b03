#!/usr/bin/env bash
# One-time (idempotent) set-up on a fresh Debian/Ubuntu machine:
#   system packages for OCR (tesseract-ocr + Vietnamese data) and Debian's chromium (the
#   browser test drives it) when we may install them, a virtual environment in .venv with
#   the project and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=0
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
  need_apt=1
fi
if [ "$need_apt" = 1 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
  fi
  if [ "$(id -u)" = 0 ] || [ -n "$SUDO" ]; then
    echo "==> cài OCR / installing tesseract-ocr tesseract-ocr-vie"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq tesseract-ocr tesseract-ocr-vie >/dev/null
  else
    echo "!! Không có quyền cài tesseract-ocr-vie: OCR cho PDF scan sẽ không khả dụng (các bước khác vẫn chạy)."
    echo "!! No permission to install tesseract-ocr-vie: OCR of scanned PDFs is unavailable (everything else works)."
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> tạo môi trường / creating .venv"
  "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import extractor, pytest" >/dev/null 2>&1 || [ pyproject.toml -nt .venv/.installed ]; then
  echo "==> cài đặt / installing the project"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e '.[dev,pg]'
  touch .venv/.installed
fi
# the browser test (tests/test_web_browser.py) needs /usr/bin/chromium: without it that
# test fails, so a fresh machine gets it here (scripts/ci_browser.sh is idempotent)
if ! bash scripts/ci_browser.sh; then
  echo "!! Không cài được chromium: kiểm thử trình duyệt sẽ báo lỗi (đặt CCHC_NO_BROWSER=1 để bỏ qua)."
  echo "!! Could not install chromium: the browser test will fail (set CCHC_NO_BROWSER=1 to skip it)."
fi
echo "==> sẵn sàng / ready: .venv/bin/cchc"
