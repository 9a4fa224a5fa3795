#!/usr/bin/env bash
# `npm start`: install, migrate, seed, bring up the lab engine when possible, build, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-deps.sh
ensure_deps
ensure_secret
export NODE_ENV=production PORT=${PORT:-3000} HOST=${HOST:-127.0.0.1}

echo "==> Database"
# data/academy.db, its WAL and the keys: readable by this user only (server.ts tightens older files).
(umask 077 && npx prisma migrate deploy > /dev/null && npx tsx prisma/seed.ts)

if [[ -x scripts/setup-lab-engine.sh ]]; then
  echo "==> Lab engine"
  scripts/setup-lab-engine.sh || echo "    Labs unavailable for now; courses and exams work without them."
fi

bash scripts/build-if-changed.sh

cat <<MSG

  Cyberwall Academy: http://localhost:${PORT}
  Demo accounts (password: Harden-Every-Camera-42)
    learner          learner@academy.test
    trainer          trainer@academy.test
    partner manager  manager@academy.test
    admin            admin@academy.test

MSG
exec node --import tsx --import ./scripts/server-only-hook.mjs server.ts
