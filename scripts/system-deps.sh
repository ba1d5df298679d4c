#!/usr/bin/env bash
# What `npm test` needs from the system, installed from Debian when missing: Chromium for the browser
# tests (never a downloaded browser) and PostgreSQL for the store contract suite (the tests start
# their own server in a temporary folder; nothing runs as a service). Needs root or sudo to install.
set -euo pipefail

need=()
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] || need+=(chromium)
if [[ -z ${PG_BIN:-} ]] && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
  need+=(postgresql)
fi
[[ ${#need[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: ${need[*]} missing and this is not a Debian system: install them (or set CHROMIUM_PATH / PG_BIN)" >&2
  exit 1
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "system-deps: ${need[*]} missing; run as root or install sudo: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  sudo=sudo
fi
echo "system-deps: installing Debian's ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
# the package's own cluster is not used: the tests make theirs
