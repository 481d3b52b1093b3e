#!/usr/bin/env bash
# Every test: lint, typecheck, unit + integration (Vitest on SQLite and again on a real PostgreSQL, including the
# standalone check in scripts/standalone), end to end (Playwright in Debian's Chromium: the whole suite on SQLite,
# a smoke set and two instances on PostgreSQL).
# Each step runs even when an earlier one failed; the last line is the plain summary CI reads.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export npm_config_nodedir=/usr
mkdir -p .reports
rm -f .reports/*.json .reports/*.status

step() { # name, command...
  local name=$1; shift
  echo; echo "── $name ──"
  "$@"; echo $? > ".reports/$name.status"
}

step lint node_modules/.bin/eslint .
step format node_modules/.bin/prettier --check --log-level warn .
step typecheck node_modules/.bin/tsc --noEmit
# Vitest runs inside a private PostgreSQL cluster (scripts/pg-cluster.ts sets TEST_DATABASE_URL and stops it
# after); when none can be started the Postgres tests fail, saying why.
step vitest node_modules/.bin/tsx scripts/pg-cluster.ts node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile=.reports/vitest.json
step chromium node_modules/.bin/tsx scripts/ensure-chromium.ts
step build node_modules/.bin/next build
if [ "$(cat .reports/build.status)" = 0 ] && [ "$(cat .reports/chromium.status)" = 0 ]; then
  step playwright node_modules/.bin/playwright test
  # The smoke set and the two-instance journey on PostgreSQL, on a private cluster like Vitest's.
  step playwright-postgres node_modules/.bin/tsx scripts/pg-cluster.ts node_modules/.bin/playwright test -c playwright.postgres.config.ts
fi
node_modules/.bin/tsx scripts/test-summary.ts
