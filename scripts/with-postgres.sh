#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL 15 cluster, removed afterwards. The command finds the
# cluster's superuser URL in PG_ADMIN_URL. Usage: scripts/with-postgres.sh <command> [args…]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pg-cluster.sh
ensure_postgres
dir=$(mktemp -d /tmp/academy-pg.XXXXXX)
trap 'pg_cluster_stop "$dir"' EXIT
PG_ADMIN_URL=$(pg_cluster_start "$dir")
export PG_ADMIN_URL
"$@"
