/** How each figure is measured, in words, for results.md (and so the README). */
export const METHODS = `## How each figure is measured

- **extract**: \`extractArticle\` (readerable gate, metadata, Readability on a clone, block text) on each
  of the 32 pages of ../shared/corpus/readability-test-pages, against \`new Readability(doc).parse()\`
  alone; both on a freshly parsed linkedom document per run (parsing not timed), interleaved.
- **analyze**: \`analyse()\` (sentences, quantities, attributions) on 10,000 words of real English article
  text (events-dev pages, seeds, Readability pages), against compromise \`nlp(text).numbers()\` and
  wink-nlp with an empty pipe (tokenizing only), interleaved in one loop; ours as shipped, lib/ bundled by esbuild
  at the bench's start (as the command is), the baselines as Node loads their packages.
- **match**: synthetic stored reports drawn from the \`eventTerms\` of the real reports (events-dev,
  seeds, Readability pages, PolNeAR dev): events of 1-12 reports with their own name phrases, names
  and content words by real frequency, figure values, dates over two years, 7% near-duplicates.
  \`EventIndex.match()\` per new report (p50/p95 over the queries) against \`EventIndex.scan()\`, the
  brute-force baseline, on the same queries; "agrees" is the share of the scan's matches the index
  also returns; P / R is against the generator's own events (a sanity check of the data, not accuracy).
- **compare**: \`compareReports()\` on the four real events of events-dev; reports beyond the real four
  are retellings (their paragraphs re-selected and re-ordered, some figures, hedges and verbs changed),
  redrawn until the product's copy test counts them as independent.
- **browser**: headless Chromium with the e2e build (PARALLAX_TEST_HOSTS=1), fixture pages from
  scripts/serve-fixtures.mjs. *Content script*: the worker injects the reader script into the seed page
  tab and times until the page's report reaches it (at most 10 runs per tab: the background takes
  12 captures per tab per minute; later steps use a tab of their own). *Extraction in the page*: the same extractArticle
  bundled with esbuild, against Readability on a clone, in Chromium's DOM. *Cold start*: the worker is
  stopped (DevTools Target.closeTarget), then an extension page asks \`ui:tab-state\` until the answer
  holds the comparison. *Panel*: \`sidepanel.html?tabId=N\` from navigation start to the first row of the
  comparison in the DOM. *10,000 stored*: real reports' text written straight into the extension's
  IndexedDB with synthetic event terms (as for match), then a seed page is reloaded until its comparison
  is back (one of those runs CPU-profiled in the worker: "idle" is time spent waiting, mostly on
  IndexedDB), and the cold start is timed again; the worker's heap is read after a forced GC
  (Runtime.getHeapUsage).
- **size**: every file of .output/chrome-mv3 gzip -9; an entry counts its HTML or script plus every
  chunk and style it loads; Readability alone is @mozilla/readability bundled by esbuild, minified.
  Budgets live in bench/budgets.ts and are checked by tests/size-budget.test.ts.
`;
