#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests where they are missing (the build runs this
# before the tests, so one command runs the whole suite on a fresh machine). Nothing is downloaded by the tests.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
echo "Browser tests need Debian's chromium and chromium-driver: installing them (about a minute)."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium chromium-driver
