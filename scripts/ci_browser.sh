#!/usr/bin/env bash
# CI: Debian's chromium for the browser test (tests/test_web_browser.py drives
# /usr/bin/chromium with Playwright; no browser is ever downloaded). Fails when it
# cannot be installed: the browser test must run in CI, not skip.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "==> chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -n"
export DEBIAN_FRONTEND=noninteractive
echo "==> cài chromium / installing chromium (apt)"
$SUDO apt-get install -y -qq chromium >/dev/null 2>&1 || {
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
}
/usr/bin/chromium --version
