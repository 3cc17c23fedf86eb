#!/usr/bin/env bash
# Runs every test suite and ends with one line "N passed, N failed" counting all of them:
# typecheck, unit + component + command tests (vitest), the Chrome and Firefox builds, Mozilla's
# addons-linter on the Firefox build, and the
# end-to-end tests in Debian's Chromium (and Firefox where it can be driven).
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-env.sh
source scripts/ensure-env.sh browsers || { echo "0 passed, 1 failed"; exit 1; }

results="$(mktemp -d)"
passed=0
failed=0
record() { # name, passed, failed
  passed=$((passed + $2)); failed=$((failed + $3))
  printf '%-12s %s passed, %s failed\n' "$1" "$2" "$3" >>"$results/summary"
}
check() { # name, command...: one check that passes when the command succeeds
  local name="$1"; shift
  echo "== $name: $*"
  if "$@"; then record "$name" 1 0; else record "$name" 0 1; fi
}
vitest_suite() { # name, vitest args...: counts the suite's tests from its JSON report
  local name="$1"; shift
  local report="$results/$name.json"
  echo "== $name"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
  local code=$?
  if [ -s "$report" ]; then
    read -r p f < <(node -e 'const r = require(process.argv[1]); const broken = r.testResults.filter((t) => t.status === "failed" && !t.assertionResults.length).length; console.log(r.numPassedTests, r.numFailedTests + broken)' "$report")
    # A crash outside any test (a suite that fails to load) must not pass unnoticed.
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    record "$name" "$p" "$f"
  else
    record "$name" 0 1
  fi
}

check typecheck npx tsc --noEmit
check build-cli node scripts/build-cli.mjs
vitest_suite unit
check build-chrome npx wxt build
check build-firefox npx wxt build -b firefox
check lint-firefox node scripts/lint-firefox.mjs .output/firefox-mv2
if [ -f tests/e2e/vitest.config.ts ]; then
  vitest_suite e2e --config tests/e2e/vitest.config.ts
fi

echo
echo "== summary"
cat "$results/summary"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
