import type { DifferenceKind, FigureMention, FigureUpdate, ItemStatus, Stance } from '../model';
import { compatible, hedgeGroup } from './values';
import { sameEntity } from './entities';

/**
 * The kinds of difference between the mentions of one figure item, as in
 * shared/gold/seed-pair.json: value, hedge, only, source, cue, term; and update when the values
 * differ because later reports give later counts. An item whose outlets agree gets no kind.
 */

/** A mention with what classification needs beside the contract's fields. */
export interface Placed {
  mention: FigureMention;
  /** Publication time of its report, ms since epoch, or NaN. */
  at: number;
  publishedAt: string | null;
  term: string | null;
  /** The stances with which its report gives the source's claim (the figure's verb and its neighbours'). */
  stances: ReadonlySet<Stance>;
}

export interface Classified {
  kinds: DifferenceKind[];
  status: ItemStatus;
  update?: FigureUpdate;
  stale: Set<FigureMention>;
}

const ORDER: DifferenceKind[] = ['value', 'update', 'hedge', 'only', 'source', 'cue', 'quote', 'term', 'stance'];

function anyPair<T>(list: readonly T[], test: (a: T, b: T) => boolean): boolean {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (test(list[i]!, list[j]!)) return true;
  return false;
}

/** Sources differ: one outlet attributes the figure and another states it as fact, or two name different sources. */
function sourcesDiffer(ms: readonly FigureMention[]): boolean {
  return anyPair(ms, (a, b) => (a.source === null) !== (b.source === null) || (a.source !== null && b.source !== null && !sameEntity(a.source, b.source)));
}

/** Same source, reporting verbs of different stance ("according to" vs "claimed"). */
function cuesDiffer(placed: readonly Placed[]): boolean {
  const key = (p: Placed) => [...p.stances].sort().join();
  return anyPair(placed, (a, b) => a.mention.source !== null && b.mention.source !== null && sameEntity(a.mention.source, b.mention.source) && key(a) !== key(b));
}

/**
 * Whether the values moved with time rather than contradicting each other: mentions in
 * publication order, leaving out the stale ones (a later report repeating a count that an
 * earlier report had already replaced), run one way. Returns the change and the stale mentions.
 */
export function timeline(placed: readonly Placed[]): { update?: FigureUpdate; stale: Set<FigureMention> } {
  const stale = new Set<FigureMention>();
  if (placed.length < 2 || placed.some((p) => !Number.isFinite(p.at))) return { stale };
  const byTime = [...placed].sort((a, b) => a.at - b.at);
  // A count is stale when, between its first publication and this report, another report gave
  // a different number: this report still carries what was already replaced.
  const sameNumber = (a: FigureMention, b: FigureMention) => a.value === b.value && (a.high ?? a.value) === (b.high ?? b.value);
  const firstAt = new Map<string, number>();
  for (const p of byTime) {
    const key = `${p.mention.value}-${p.mention.high ?? ''}`;
    if (!firstAt.has(key)) firstAt.set(key, p.at);
  }
  for (const p of byTime) {
    const since = firstAt.get(`${p.mention.value}-${p.mention.high ?? ''}`)!;
    if (byTime.some((q) => q.at > since && q.at < p.at && !sameNumber(q.mention, p.mention) && !compatibleLater(q, p))) stale.add(p.mention);
  }
  const live = byTime.filter((p) => !stale.has(p.mention));
  const first = live[0]!;
  const last = live.at(-1)!;
  if (live.length < 2 || last.at === first.at || last.mention.value === first.mention.value) return { stale };
  const up = last.mention.value > first.mention.value;
  for (let i = 1; i < live.length; i++) {
    const step = live[i]!.mention.value - live[i - 1]!.mention.value;
    // A later report going against the trend, beyond what its bounds allow, contradicts rather than updates.
    if ((up ? step < 0 : step > 0) && !compatible(live[i]!.mention, live[i - 1]!.mention)) return { stale: new Set() };
  }
  return {
    update: { from: first.mention.value, to: last.mention.value, fromAt: first.publishedAt, toAt: last.publishedAt, direction: up ? 'up' : 'down' },
    stale,
  };
}

/** A later bound that the stale-looking count still satisfies is no newer count ("at least 12" after "12"). */
function compatibleLater(newer: Placed, older: Placed): boolean {
  return newer.mention.bound !== '=' && compatible(newer.mention, older.mention);
}

/**
 * The kinds and status of one figure item across `outlets` independent reports. `tally`: the
 * item counts what happened (deaths, injured), so a later report's new value can be an update.
 */
export function classifyFigures(placed: readonly Placed[], outlets: number, tally = true): Classified {
  const ms = placed.map((p) => p.mention);
  const kinds = new Set<DifferenceKind>();
  if (ms.length < outlets) kinds.add('only');
  if (anyPair(ms, (a, b) => !compatible(a, b))) kinds.add('value');
  if (new Set(ms.map((m) => hedgeGroup(m.hedge))).size > 1) kinds.add('hedge');
  if (sourcesDiffer(ms)) kinds.add('source');
  if (cuesDiffer(placed)) kinds.add('cue');
  const terms = placed.map((p) => p.term).filter((t): t is string => t !== null);
  if (new Set(terms).size > 1) kinds.add('term');
  let stale = new Set<FigureMention>();
  let update: FigureUpdate | undefined;
  if (kinds.has('value') && tally) {
    ({ update, stale } = timeline(placed));
    if (update) kinds.add('update');
  }
  const status: ItemStatus = ms.length < 2 ? 'single' : kinds.size ? 'differs' : 'agrees';
  return { kinds: ORDER.filter((k) => kinds.has(k)), status, ...(update ? { update } : {}), stale };
}
