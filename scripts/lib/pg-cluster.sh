# Sourced: throwaway PostgreSQL 15 clusters (Debian's postgresql-15) for tests and the migration scripts:
# initdb into a temporary directory, listening only on a Unix socket in that directory.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

ensure_postgres() {
  [[ -x $PG_BIN/initdb ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
    echo "==> Installing Debian's postgresql-15 (throwaway clusters for the PostgreSQL tests)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 > /dev/null
  else
    echo "PostgreSQL 15 is missing: sudo apt-get install postgresql-15 (the PostgreSQL tests start throwaway clusters)" >&2
    return 1
  fi
}

# initdb refuses root: as root the cluster belongs to Debian's postgres user.
_pg_as() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_cluster_start DIR: starts a cluster in DIR and prints its superuser URL (socket in DIR).
# Durability is off: these clusters live for one run.
pg_cluster_start() {
  local dir=$1
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
  _pg_as "$PG_BIN/initdb" -D "$dir/db" -A trust -U postgres -E UTF8 --no-sync > "$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  _pg_as "$PG_BIN/pg_ctl" -D "$dir/db" -l "$dir/log" -w -s start \
    -o "-k $dir -c listen_addresses='' -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" || {
    cat "$dir/log" >&2
    return 1
  }
  echo "postgresql://postgres@localhost/postgres?host=$dir"
}

pg_cluster_stop() {
  local dir=$1
  [[ -d $dir/db ]] && _pg_as "$PG_BIN/pg_ctl" -D "$dir/db" -m immediate -s stop > /dev/null 2>&1
  rm -rf "$dir"
}
