# Sourced by start.sh and test.sh: install npm dependencies when missing or out of date.
ensure_deps() {
  local stamp=node_modules/.academy-lock-hash
  local want
  want=$(sha256sum package-lock.json package.json | sha256sum | cut -c1-16)
  if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    echo "==> Installing npm dependencies (first run takes about two minutes)"
    npm ci --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
  # A pulled schema change needs fresh Prisma clients even when no dependency changed.
  local schema_stamp=node_modules/.academy-schema-hash schema
  schema=$(cat prisma/schema/*.prisma | sha256sum | cut -c1-16)
  if [[ $(cat "$schema_stamp" 2> /dev/null) != "$schema" ]]; then
    echo "==> Generating the Prisma clients (the schema changed)"
    npx prisma generate > /dev/null && npx tsx scripts/db/generate-postgres-client.ts > /dev/null
    echo "$schema" > "$schema_stamp"
  fi
}

ensure_secret() {
  mkdir -p data
  if [[ -z ${AUTH_SECRET:-} ]]; then
    [[ -s data/auth-secret ]] || (umask 077 && node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64url'))" > data/auth-secret)
    AUTH_SECRET=$(cat data/auth-secret)
    export AUTH_SECRET
  fi
}

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

# Playwright drives Debian's Chromium (never a downloaded browser).
ensure_chromium() {
  command -v chromium > /dev/null && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
    echo "==> Installing Debian's Chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "Chromium is missing: sudo apt-get install chromium (the end-to-end tests use /usr/bin/chromium)" >&2
    return 1
  fi
}

# The outside credential verifiers (tests/conformance/verify_ob3.py) use Debian's Python packages.
ensure_python_verifiers() {
  /usr/bin/python3 -c "import jwcrypto, jwt, jsonschema" 2> /dev/null && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
    echo "==> Installing Debian's python3-jwcrypto, python3-jwt and python3-jsonschema"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jwcrypto python3-jwt python3-jsonschema > /dev/null
  else
    echo "Missing: sudo apt-get install python3-jwcrypto python3-jwt python3-jsonschema (the credential conformance tests use them)" >&2
    return 1
  fi
}
