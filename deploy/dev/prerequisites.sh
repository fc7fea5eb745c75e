#!/usr/bin/env bash
# Installs what Bronbank needs besides the .NET SDK on a Debian machine: PostgreSQL's server binaries
# (for the embedded default database and the tests). Idempotent; does nothing when all is there.
set -euo pipefail

need_postgres=true
for bin in /usr/lib/postgresql/*/bin/pg_ctl; do
  [ -x "$bin" ] && need_postgres=false
done
command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 && need_postgres=false

if $need_postgres; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing PostgreSQL (apt-get)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    # Bronbank starts its own private cluster; the distribution's default one is not needed.
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      for v in /etc/postgresql/*/main; do
        [ -d "$v" ] && pg_ctlcluster "$(basename "$(dirname "$v")")" main stop >/dev/null 2>&1 || true
      done
    fi
  else
    echo "PostgreSQL server binaries are missing. Install them with:  sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi
