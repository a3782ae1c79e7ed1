#!/usr/bin/env bash
# One command on a fresh machine: system packages for the browser tests, npm
# dependencies, the build (dist/chrome, dist/firefox, zips, CLI, library), and a
# first run of the CLI on a sample page to show it works.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's browsers (puppeteer-core drives them), their Arabic UI, and an Arabic font.
packages=(chromium chromium-l10n firefox-esr firefox-esr-l10n-ar fonts-noto-core)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: needs root to install: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run build
echo
node dist/cli/naqi.js analyze tests/fixtures/pages/article-basic.html | head -n 12
