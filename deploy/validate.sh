#!/usr/bin/env bash
# Checks the deployment files without a container engine: the compose file through the docker client's
# own parser (when that client is installed) and every YAML file through a YAML parser.
set -euo pipefail
cd "$(dirname "$0")"

if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  BRONBANK_DB_ADMIN_PASSWORD=check BRONBANK_DB_PASSWORD=check docker compose -f compose.yaml config --quiet
  echo "compose.yaml: valid (docker compose config)"
else
  echo "compose.yaml: docker compose not available, parsed as YAML only"
fi

python3 - "$@" <<'PY'
import glob, sys
try:
    import yaml
except ImportError:
    print("PyYAML not installed: skipped the YAML parse"); sys.exit(0)
for path in ["compose.yaml", *sorted(glob.glob("k8s/*.yaml"))]:
    docs = [d for d in yaml.safe_load_all(open(path)) if d]
    for d in docs:
        if path.startswith("k8s/") and not {"apiVersion", "kind", "metadata"} <= set(d):
            sys.exit(f"{path}: a document lacks apiVersion/kind/metadata")
    print(f"{path}: {len(docs)} document(s) parsed")
PY
