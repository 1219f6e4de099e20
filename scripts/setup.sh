#!/usr/bin/env bash
# Create .venv with Python 3.10 (Rasa 3.6 does not install on 3.11+) and install the locked dependencies.
# Idempotent: re-installs only when requirements.lock is newer than the last successful install.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python310() {
  if command -v python3.10 >/dev/null 2>&1; then command -v python3.10; return; fi
  if command -v pyenv >/dev/null 2>&1; then
    local v
    for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10\.[0-9]+$' | sort -t. -k3 -n -r); do
      if [ -x "$(pyenv prefix "$v")/bin/python" ]; then echo "$(pyenv prefix "$v")/bin/python"; return; fi
    done
  fi
  for p in /usr/bin/python3.10 /usr/local/bin/python3.10 "$HOME"/.pyenv/versions/3.10.*/bin/python; do
    if [ -x "$p" ]; then echo "$p"; return; fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  if ! PY=$(find_python310); then
    cat >&2 <<'MSG'
Front Door needs Python 3.10 (Rasa Open Source 3.6 does not support 3.11 or newer), and none was found.
Install one, then run this again. For example:
  pyenv install 3.10.13            # with pyenv (https://github.com/pyenv/pyenv)
  sudo apt-get install python3.10 python3.10-venv   # Debian/Ubuntu releases that package it
MSG
    exit 1
  fi
  echo "setup: creating .venv with $PY"
  "$PY" -m venv .venv
fi

if [ ! -f .venv/.installed ] || [ requirements.lock -nt .venv/.installed ]; then
  echo "setup: installing locked dependencies (first time takes a few minutes)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "pip==24.0"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
  .venv/bin/python -m pip check
  touch .venv/.installed
fi
