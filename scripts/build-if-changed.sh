#!/usr/bin/env bash
# Rebuild .next only when the sources changed, so a second `npm start` is up in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
hash=$(git ls-files -co --exclude-standard app src content labs public next.config.mjs postcss.config.mjs package-lock.json 2>/dev/null \
  | grep -v '^labs/images/' | sort | xargs -r sha256sum 2>/dev/null | sha256sum | cut -c1-16)
dist=${NEXT_DIST_DIR:-.next}
if [[ -f $dist/BUILD_ID && -f $dist/academy-source-hash && $(cat "$dist/academy-source-hash") == "$hash" ]]; then
  echo "==> Build is up to date"
  exit 0
fi
echo "==> Building the academy"
NEXT_TELEMETRY_DISABLED=1 npx next build
echo "$hash" > "$dist/academy-source-hash"
