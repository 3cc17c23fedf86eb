#!/usr/bin/env bash
# The bundled demo: builds the extension (the e2e build, which may read the local fixture server),
# serves the two seed reports as news pages, launches Chromium with the extension, visits both,
# opens the side panel from the popup, prints the comparison as a table and saves a screenshot to
# docs/screenshots/demo-panel.png. With no display it runs headless and closes when done.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-env.sh
source scripts/ensure-env.sh browsers
PARALLAX_TEST_HOSTS=1 npx wxt build >/dev/null
exec npx tsx scripts/demo.mjs "$@"
