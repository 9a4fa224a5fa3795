#!/usr/bin/env bash
# Adds the PostgreSQL counterpart of every SQLite migration prisma/migrations-postgres does not cover yet:
# one migration from the state the PostgreSQL history builds to the schema generated from prisma/schema,
# headed `-- sqlite-migrations: <the folders it covers>`. make-migration.sh calls it; after merging
# branches that added SQLite migrations only, run it once: scripts/make-postgres-migration.sh
# (a throwaway PostgreSQL cluster hosts Prisma's shadow database; PG_ADMIN_URL reuses a running one).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx scripts/db/postgres-schema.ts > /dev/null
mapfile -t missing < <(npx tsx scripts/db/migration-coverage.ts)
if ((${#missing[@]} == 0)); then
  echo "prisma/migrations-postgres already covers every SQLite migration"
  exit 0
fi
# Named like the last SQLite migration it covers, unless that would sort before the history's end.
last=${missing[-1]}
latest=$(find prisma/migrations-postgres -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | tail -1)
name=$last
[[ $name > $latest ]] || name="$(date -u +%Y%m%d%H%M%S)_${last#*_}"
sql=$(mktemp)
trap 'rm -f "$sql"' EXIT
diff=(npx prisma migrate diff --from-migrations prisma/migrations-postgres --to-schema-datamodel prisma/.postgres/schema --script --output "$sql")
if [[ -n ${PG_ADMIN_URL:-} ]]; then
  DATABASE_URL=$PG_ADMIN_URL "${diff[@]}" > /dev/null
else
  # shellcheck disable=SC2016
  scripts/with-postgres.sh bash -c 'DATABASE_URL=$PG_ADMIN_URL "$@" > /dev/null' _ "${diff[@]}"
fi
mkdir -p "prisma/migrations-postgres/$name"
{
  echo "-- sqlite-migrations: ${missing[*]}"
  cat "$sql"
} > "prisma/migrations-postgres/$name/migration.sql"
echo "wrote prisma/migrations-postgres/$name/migration.sql (covers ${missing[*]}); review it like the SQLite one"
