#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS cluster on 127.0.0.1 for tests and local runs.
#   scripts/postgis.sh start [DIR [ENVFILE]]
#       initdb into DIR (default: a new temp dir), start it on a free loopback port, create the database
#       'opportunitymap' with PostGIS, an owner role om_owner (imports, migrations) and a read-only role om_reader
#       (the API), and write ENVFILE (default .tmp/postgis.env), whose path it prints:
#         OPPORTUNITYMAP_POSTGIS         owner connection string (Npgsql)
#         OPPORTUNITYMAP_POSTGIS_READER  read-only connection string (Npgsql)
#         OPPORTUNITYMAP_POSTGIS_ADMIN   superuser (the tests create a database per test class)
#         OPPORTUNITYMAP_PGDATA / _PGPORT / _PGBIN / _PGDIR  to stop and start the server
#       If ENVFILE already describes a running cluster, it is reused (so CI may call start twice).
#   scripts/postgis.sh env [ENVFILE]           print the variables as `export` lines: eval "$(scripts/postgis.sh env)"
#   scripts/postgis.sh stop [ENVFILE]          stop the cluster ENVFILE describes and remove it (no-op if none)
#   scripts/postgis.sh server-stop [ENVFILE]   stop only the server, keeping the cluster (simulates an outage)
#   scripts/postgis.sh server-start [ENVFILE]  start that server again on the same port
# Needs Debian's postgresql-15 and postgresql-15-postgis-3. As root, the server runs as the 'postgres' user.
# Loopback connections are trusted: this cluster is for tests, never for data that matters.
set -euo pipefail

pgbin="${PGBIN:-/usr/lib/postgresql/15/bin}"
default_env="$(cd "$(dirname "$0")/.." && pwd)/.tmp/postgis.env"

as_postgres() {
  # From / so that the postgres user never needs access to the caller's working directory.
  if [[ "$(id -u)" == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

server_options() { # DIR PORT
  echo "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
}

running() { # ENVFILE
  [[ -f "$1" ]] || return 1
  (
    # shellcheck disable=SC1090
    source "$1"
    [[ -d "$OPPORTUNITYMAP_PGDATA" ]] && as_postgres "$OPPORTUNITYMAP_PGBIN/pg_ctl" -D "$OPPORTUNITYMAP_PGDATA" status >/dev/null 2>&1
  )
}

start() {
  local dir="${1:-}" env_file="${2:-$default_env}"
  if running "$env_file"; then
    echo "$env_file"
    return 0
  fi
  [[ -f "$env_file" ]] && stop "$env_file"
  [[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL 15 not found in $pgbin (apt-get install postgresql-15 postgresql-15-postgis-3)" >&2; exit 1; }
  [[ -n "$dir" ]] || dir="$(mktemp -d /tmp/om-postgis.XXXXXX)"
  mkdir -p "$dir" "$(dirname "$env_file")"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$dir"
  # A start that fails halfway leaves nothing behind.
  trap 'as_postgres "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' ERR

  as_postgres "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # A free port: pick one nobody listens on; if another process takes it first, the start fails and we try again.
  local port="" attempt
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    if as_postgres "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(server_options "$dir" "$port")" start >/dev/null; then
      break
    fi
    port=""
  done
  [[ -n "$port" ]] || { echo "PostgreSQL did not start; see $dir/server.log" >&2; cat "$dir/server.log" >&2; false; }

  local psql=("$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  "${psql[@]}" -d postgres <<'SQL'
CREATE ROLE om_owner LOGIN PASSWORD 'om_owner';
CREATE ROLE om_reader LOGIN PASSWORD 'om_reader';
-- Defence in depth: even a grant made by mistake cannot let the API's role write.
ALTER ROLE om_reader SET default_transaction_read_only = on;
CREATE DATABASE opportunitymap OWNER om_owner;
SQL
  "${psql[@]}" -d opportunitymap <<'SQL'
CREATE EXTENSION postgis;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE TEMPORARY ON DATABASE opportunitymap FROM PUBLIC;
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
  trap - ERR
  echo "$env_file"
}

load_env() { # ENVFILE
  [[ -f "$1" ]] || { echo "no cluster: $1 does not exist (run: $0 start)" >&2; exit 1; }
  # shellcheck disable=SC1090
  source "$1"
}

stop() {
  local env_file="${1:-$default_env}"
  [[ -f "$env_file" ]] || return 0
  load_env "$env_file"
  as_postgres "$OPPORTUNITYMAP_PGBIN/pg_ctl" -D "$OPPORTUNITYMAP_PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$OPPORTUNITYMAP_PGDIR" "$env_file"
}

server_stop() {
  load_env "${1:-$default_env}"
  as_postgres "$OPPORTUNITYMAP_PGBIN/pg_ctl" -D "$OPPORTUNITYMAP_PGDATA" -m fast -w stop >/dev/null
}

server_start() {
  load_env "${1:-$default_env}"
  as_postgres "$OPPORTUNITYMAP_PGBIN/pg_ctl" -D "$OPPORTUNITYMAP_PGDATA" -l "$OPPORTUNITYMAP_PGDIR/server.log" -w -t 60 \
    -o "$(server_options "$OPPORTUNITYMAP_PGDIR" "$OPPORTUNITYMAP_PGPORT")" start >/dev/null
}

print_env() {
  local env_file="${1:-$default_env}" name value
  load_env "$env_file"
  while IFS='=' read -r name value; do
    [[ -n "$name" ]] && printf 'export %s=%s\n' "$name" "$value"
  done < "$env_file"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  env) shift; print_env "$@" ;;
  server-stop) shift; server_stop "$@" ;;
  server-start) shift; server_start "$@" ;;
  *) echo "usage: $0 start [DIR [ENVFILE]] | env [ENVFILE] | stop [ENVFILE] | server-stop [ENVFILE] | server-start [ENVFILE]" >&2; exit 2 ;;
esac
