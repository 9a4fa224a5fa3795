#!/usr/bin/env bash
# `npm test`: the whole suite — types, content, unit + integration, labs, then end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-deps.sh
ensure_deps
ensure_chromium
export NEXT_DIST_DIR=${NEXT_DIST_DIR:-.next-test}

step() { echo; echo "==> $*"; }
step "Lab engine and images"; bash scripts/setup-lab-engine.sh
step "Type check";            npx tsc --noEmit
if [[ -f scripts/check-content.ts ]]; then step "Content check"; npx tsx scripts/check-content.ts; fi
step "Unit and integration tests"; npx vitest run
if [[ -f scripts/check-labs.ts ]]; then step "Lab check (every lab solvable, unsolved fails)"; npx tsx --import ./scripts/server-only-hook.mjs scripts/check-labs.ts; fi
step "Production build";      npx next build > data/test-build.log 2>&1 || { cat data/test-build.log; exit 1; }
step "End-to-end journeys (Chromium)"; npx playwright test
