#!/usr/bin/env bash
# Installs what Bronbank needs besides the .NET SDK on a Debian machine, when it is missing:
#   - PostgreSQL's server binaries (the embedded default database and the tests),
#   - Node.js and npm (the build fetches the NL Design System CSS and htmx from the npm registry),
#   - with --test: Chromium (browser tests) and nginx (the proxy-in-front-of-two-replicas test).
# Idempotent: does nothing when everything is there.
set -euo pipefail

packages=()
have_postgres=false
for bin in /usr/lib/postgresql/*/bin/pg_ctl; do [ -x "$bin" ] && have_postgres=true; done
command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 && have_postgres=true
$have_postgres || packages+=(postgresql)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
if [ "${1:-}" = "--test" ]; then
  [ -x /usr/bin/chromium ] || packages+=(chromium fonts-dejavu-core)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx-light)
fi

[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${packages[*]}. Install with:  sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
echo "Installing ${packages[*]} (apt-get)..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
# The tests start nginx themselves; the distribution's default site is not needed.
if [[ " ${packages[*]} " == *" nginx-light "* ]]; then service nginx stop >/dev/null 2>&1 || true; fi
# Bronbank starts its own private cluster; the distribution's default one is not needed.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  for cluster in /etc/postgresql/*/main; do
    [ -d "$cluster" ] && pg_ctlcluster "$(basename "$(dirname "$cluster")")" main stop >/dev/null 2>&1 || true
  done
fi
