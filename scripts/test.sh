#!/usr/bin/env bash
# `npm test`: the whole suite — types, content, unit + integration, labs, then end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-deps.sh
ensure_deps
ensure_chromium
ensure_python_verifiers
export NEXT_DIST_DIR=${NEXT_DIST_DIR:-.next-test}

step() { echo; echo "==> $*"; }
step "Lab engine and images"; bash scripts/setup-lab-engine.sh
step "Format check";          npx prettier --check . > /dev/null || { npx prettier --list-different .; echo "Run npm run format"; exit 1; }
step "Lint (architecture boundaries)"; npx eslint . --max-warnings 0
step "Type check";            npx tsc --noEmit
if [[ -f scripts/check-content.ts ]]; then step "Content check"; npx tsx scripts/check-content.ts; fi
step "Unit and integration tests"; npx vitest run --project unit --project integration
if [[ -f scripts/check-labs.ts ]]; then step "Lab check (every lab solvable, unsolved fails)"; npx tsx --import ./scripts/server-only-hook.mjs scripts/check-labs.ts; fi
step "Production build";      npx next build > data/test-build.log 2>&1 || { cat data/test-build.log; exit 1; }
# The integration tests again, and the several-processes tests (two app processes on the build above), on a
# throwaway PostgreSQL 15 cluster. The lab runtime's own tests never touch the database: they ran above only.
step "Integration tests on PostgreSQL"; bash scripts/with-postgres.sh npx vitest run --project integration --project postgres
step "End-to-end journeys (Chromium)"; npx playwright test
step "Camera web interface (Chromium, in-process camera)"; npx playwright test -c playwright.camera.config.ts
