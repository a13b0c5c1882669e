#!/usr/bin/env bash
# Installs (on a fresh machine) and starts the services the tests need. Idempotent: safe to run again.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK (see global.json) is required." >&2
  exit 1
fi

# PostgreSQL for tests/Purchaser.Storage.PostgreSql.Tests: a server on 127.0.0.1:5432 with a role purchaser/purchaser
# that may create databases (each test creates its own and drops it).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

as_postgres() {
  # From /, so psql does not complain that the postgres user cannot enter the caller's directory.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -n -u postgres "$@"); fi
}

postgres_installed() {
  command -v pg_ctlcluster >/dev/null 2>&1 && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

if ! postgres_installed; then
  echo "Installing PostgreSQL..."
  # Package lists are fetched only when they do not know postgresql yet (a fresh image ships without them).
  if ! apt-cache show postgresql >/dev/null 2>&1; then
    as_root apt-get update -qq
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed server (a client package alone also creates /usr/lib/postgresql/<version>).
pg_version="$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -n 1 | cut -d / -f 5)"
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  as_root pg_createcluster --port 5432 "$pg_version" main >/dev/null
fi

if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'; then
  as_root pg_ctlcluster "$pg_version" main start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then
    break
  fi
  sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL $pg_version did not answer on 127.0.0.1:5432 (see /var/log/postgresql/postgresql-$pg_version-main.log)." >&2
  exit 1
fi

# Creating or altering the role on every run keeps the password and rights as the tests expect them.
as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<'SQL'
SELECT 'CREATE ROLE purchaser' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'purchaser') \gexec
ALTER ROLE purchaser WITH LOGIN CREATEDB PASSWORD 'purchaser';
SQL
