/**
 * compare: the comparison of one event's reports (align figures and attributions, classify the
 * differences) for events of 2, 10 and 50 reports, built from the real events of
 * ../shared/corpus/events-dev (bench/event-variants.ts writes the reports beyond the four real).
 * No baseline exists for this step; the figure is the latency the panel waits for.
 */
import { compareReports } from '../lib/compare';
import { copyGroups } from '../lib/match';
import { realReports } from './real-reports';
import { eventReports } from './event-variants';
import { median, percentile, round, timeOnce } from './stats';
import { skipped, type Suite } from './suite';

const SIZES = [2, 10, 50];
/** Per event and size: at most this many runs, and no more than this budget. */
const MAX_RUNS = 15;
const BUDGET_MS = 8_000;

export const run: Suite = async ({ quick }) => {
  const byEvent = new Map<string, ReturnType<typeof realReports>>();
  for (const r of realReports()) {
    if (r.origin !== 'events-dev' || !r.event) continue;
    byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);
  }
  // Single-report distractors are no event to compare.
  for (const [event, reports] of byEvent) if (reports.length < 2) byEvent.delete(event);
  if (!byEvent.size) return skipped('no multi-outlet events under ../shared/corpus/events-dev');
  const figures: Record<string, unknown> = {};
  const rows: (string | number)[][] = [];
  let folded = 0;
  for (const size of SIZES) {
    const all: number[] = [];
    const perEvent: Record<string, number> = {};
    let differing = 0;
    let items = 0;
    let independent = 0;
    let seed = size;
    for (const [event, real] of byEvent) {
      real.sort((a, b) => Date.parse(a.publishedAt ?? '') - Date.parse(b.publishedAt ?? ''));
      const made = eventReports(real, size, seed++);
      folded += made.folded;
      const reports = made.reports;
      independent += copyGroups(reports).filter((leader, i) => leader === i).length;
      const first = compareReports(reports); // warm-up, and what it found
      items += first.numbers.length + first.attributions.length;
      differing += [...first.numbers, ...first.attributions].filter((i) => i.status === 'differs').length;
      const samples: number[] = [];
      const started = performance.now();
      const maxRuns = quick ? 3 : MAX_RUNS;
      while (samples.length < maxRuns && (samples.length < 3 || performance.now() - started < BUDGET_MS)) {
        samples.push(timeOnce(() => compareReports(reports)));
      }
      perEvent[event] = round(median(samples));
      all.push(...samples);
    }
    const n = byEvent.size;
    const entry = {
      p50_ms: round(median(all)),
      p95_ms: round(percentile(all, 95)),
      events: n,
      per_event_median_ms: perEvent,
      mean_independent_reports: round(independent / n),
      mean_items: round(items / n),
      mean_differing_items: round(differing / n),
    };
    figures[String(size)] = entry;
    rows.push([size, entry.p50_ms, entry.p95_ms, entry.mean_independent_reports, entry.mean_items, entry.mean_differing_items]);
  }
  return {
    figures,
    tables: [
      {
        title: `compare: one event's comparison, ${byEvent.size} real events (reports beyond the real four are retellings), ms`,
        head: ['reports', 'p50', 'p95', 'independent', 'items', 'differing'],
        rows,
      },
    ],
    notes: folded ? [`compare: ${folded} retellings stayed copies of another report after retries (compared as one)`] : [],
  };
};
