#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS cluster on 127.0.0.1 for tests and local runs.
#   scripts/postgis.sh start [DIR]  initdb into DIR (default: a new temp dir), start it on a free port, create the
#                                   database 'opportunitymap' with PostGIS, an owner role (imports, migrations) and a
#                                   read-only role (the API); prints the path of an env file to source:
#                                     OPPORTUNITYMAP_POSTGIS         owner connection string
#                                     OPPORTUNITYMAP_POSTGIS_READER  read-only connection string
#                                     OPPORTUNITYMAP_POSTGIS_ADMIN   superuser (tests create databases)
#                                     OPPORTUNITYMAP_PGDATA / _PGPORT / _PGBIN  to stop and start the server
#   scripts/postgis.sh stop [ENVFILE]  stop the cluster the env file describes and remove it
# Needs Debian's postgresql-15 and postgresql-15-postgis-3. As root, the server runs as the 'postgres' user.
set -euo pipefail

pgbin="${PGBIN:-/usr/lib/postgresql/15/bin}"
default_env="$(cd "$(dirname "$0")/.." && pwd)/.tmp/postgis.env"

as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local dir="${1:-$(mktemp -d /tmp/om-postgis.XXXXXX)}"
  local env_file="${2:-$default_env}"
  [[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL 15 not found in $pgbin (apt-get install postgresql-15 postgresql-15-postgis-3)" >&2; exit 1; }
  mkdir -p "$dir" "$(dirname "$env_file")"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$dir"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  as_postgres "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  local psql=("$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  "${psql[@]}" -d postgres <<'SQL'
CREATE ROLE om_owner LOGIN PASSWORD 'om_owner';
CREATE ROLE om_reader LOGIN PASSWORD 'om_reader';
CREATE DATABASE opportunitymap OWNER om_owner;
SQL
  "${psql[@]}" -d opportunitymap <<'SQL'
CREATE EXTENSION postgis;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
  cat > "$env_file" <<ENV
OPPORTUNITYMAP_POSTGIS='Host=127.0.0.1;Port=$port;Database=opportunitymap;Username=om_owner;Password=om_owner'
OPPORTUNITYMAP_POSTGIS_READER='Host=127.0.0.1;Port=$port;Database=opportunitymap;Username=om_reader;Password=om_reader'
OPPORTUNITYMAP_POSTGIS_ADMIN='Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres'
OPPORTUNITYMAP_PGDATA='$dir/data'
OPPORTUNITYMAP_PGPORT='$port'
OPPORTUNITYMAP_PGBIN='$pgbin'
OPPORTUNITYMAP_PGDIR='$dir'
ENV
  echo "$env_file"
}

stop() {
  local env_file="${1:-$default_env}"
  [[ -f "$env_file" ]] || return 0
  # shellcheck disable=SC1090
  source "$env_file"
  as_postgres "$OPPORTUNITYMAP_PGBIN/pg_ctl" -D "$OPPORTUNITYMAP_PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$OPPORTUNITYMAP_PGDIR" "$env_file"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start [DIR [ENVFILE]] | stop [ENVFILE]" >&2; exit 2 ;;
esac
