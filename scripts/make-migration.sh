#!/usr/bin/env bash
# Adds one incremental migration: the difference between the schema in the last commit and the working
# tree's prisma/schema, to the SQLite history and (make-postgres-migration.sh) to the PostgreSQL one.
# Usage: scripts/make-migration.sh <name>   (see README, "Changing the schema").
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/make-migration.sh <name>}
before=$(mktemp -d)
trap 'rm -rf "$before"' EXIT
git archive HEAD prisma/schema | tar -x -C "$before"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
npx prisma migrate diff --from-schema-datamodel "$before/prisma/schema" --to-schema-datamodel prisma/schema --script --output "$dir/migration.sql"
echo "wrote $dir/migration.sql"
scripts/make-postgres-migration.sh
