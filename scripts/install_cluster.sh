#!/usr/bin/env bash
# What `make cluster` and its tests need besides Python: HAProxy from Debian's packages, and docker-compose to
# check deploy/docker-compose.yml (installed when missing; needs root, as in CI). Redis Sentinel needs nothing
# more: it is a mode of the redis-server we already ship.
set -euo pipefail
missing=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "cluster: ${missing[*]} missing; run as root or: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "cluster: installing Debian's ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
