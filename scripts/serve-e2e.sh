#!/usr/bin/env bash
# The server Playwright starts: a production build (made by test.sh) over a fresh seeded database.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-3100}
db="data/e2e-${port}.db"
rm -f "$db" "$db-wal" "$db-shm"
# The server's JSON log lines, which the operations journey reads (no passwords or secrets in them).
export LOG_FILE=${LOG_FILE:-data/e2e-${port}.log}
rm -f "$LOG_FILE"
export DATABASE_URL="file:./$db" NODE_ENV=production PORT=$port HOST=127.0.0.1 \
  AUTH_SECRET=${AUTH_SECRET:-e2e-secret-e2e-secret-e2e-secret-0000} AUTH_URL="http://127.0.0.1:${port}" \
  NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 ACADEMY_E2E=1
# Mail goes to a real SMTP server that files each message in data/e2e-<port>-mail/ (the journeys follow
# verification links from there); journeys sign up many accounts from one IP, so the limit is high.
mail_dir="data/e2e-${port}-mail"
rm -rf "$mail_dir"
url_file=$(mktemp)
npx tsx scripts/e2e-mail-sink.ts "$mail_dir" > "$url_file" &
for _ in $(seq 1 100); do [[ -s $url_file ]] && break; sleep 0.2; done
export SMTP_URL=$(head -1 "$url_file") SIGN_UP_LIMIT_PER_HOUR=100000
rm -f "$url_file"
npx prisma migrate deploy > /dev/null
npx tsx prisma/seed.ts
exec npx tsx --import ./scripts/server-only-hook.mjs server.ts
