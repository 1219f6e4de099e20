#!/usr/bin/env bash
# What the insight tests need besides Python: PostgreSQL's server binaries (initdb, pg_ctl, postgres) from Debian's
# packages, installed when missing (needs root, as in CI). The tests start their own throwaway server on a free
# loopback port as the `postgres` user; the cluster the package may start itself is not used.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "postgres: PostgreSQL is missing; run as root or: sudo apt-get install -y postgresql" >&2
  exit 1
fi
echo "postgres: installing Debian's postgresql"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
