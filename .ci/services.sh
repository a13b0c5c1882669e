#!/usr/bin/env bash
# Installs (on a fresh machine) and starts the services the tests need. Idempotent: safe to run again.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK (see global.json) is required." >&2
  exit 1
fi
