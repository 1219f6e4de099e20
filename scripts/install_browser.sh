#!/usr/bin/env bash
# What the browser tests need besides Python: headless Chromium from Debian's packages (installed when missing;
# needs root, as in CI) and axe-core from npm, installed into var/node (gitignored) for the accessibility audit.
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION=4.14.1

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "browser: chromium is missing; run as root or: sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
  echo "browser: installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -f "var/node/node_modules/axe-core/axe.min.js" ] || \
   ! grep -q "\"version\": \"$AXE_VERSION\"" var/node/node_modules/axe-core/package.json; then
  echo "browser: installing axe-core $AXE_VERSION into var/node"
  mkdir -p var/node
  npm install --prefix var/node --no-save --no-package-lock --no-audit --no-fund --silent "axe-core@$AXE_VERSION"
fi
