#!/usr/bin/env bash
# Regenerates the initial migration from the split schema. Until the first release lands there is
# one migration; afterwards add incremental ones (see README, "Changing the schema").
set -euo pipefail
cd "$(dirname "$0")/.."
npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema --script \
  --output prisma/migrations/0_init/migration.sql
printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
