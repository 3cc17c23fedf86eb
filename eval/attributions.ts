/**
 * Attribution accuracy on the PolNeAR dev split (../shared/corpus/polnear): exact and overlap
 * precision, recall and F1 for source, cue and content; the seed pair's gold attributions.
 *
 * Scoring, per role: every gold attribution with that role is one item (a discontinuous span,
 * "“A,” said X. “B”", is its list of pieces); every predicted attribution with that role is one
 * prediction. Items are matched one to one, in order. Exact: the prediction equals the gold span
 * (its first piece or its whole extent). Overlap: the prediction shares a character with a piece.
 * One annotator file per article (the first of metadata.tsv's annotators that has a file).
 *
 * The articles are split in two halves by position (even: "develop", odd: "check"); rules were
 * written looking at the develop half only, and the check half tells whether they generalise.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentSentences } from '../lib/text/sentences';
import { readAttributions, sameEntity } from '../lib/attributions';
import { readArticle } from '../cli/input';
import { readFigures } from '../lib/quantities';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const POLNEAR = SHARED + 'corpus/polnear/data/';
type Piece = [number, number];
interface GoldAttribution { source: Piece[] | null; cue: Piece[] | null; content: Piece[] | null }
const ROLES = ['source', 'cue', 'content'] as const;
type Role = (typeof ROLES)[number];

/** Reads a brat standoff file: text-bound "T" spans and "E" events tying the roles together. */
export function readBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Piece[]>();
  const out: GoldAttribution[] = [];
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols[0]?.startsWith('T') && cols[1]) {
      const [, ...rest] = cols[1].split(' ');
      spans.set(cols[0], rest.join(' ').split(';').map((p) => p.split(' ').map(Number) as Piece));
    } else if (cols[0]?.startsWith('E') && cols[1]) {
      events.push(Object.fromEntries(cols[1].split(' ').map((kv) => kv.split(':') as [string, string])));
    }
  }
  for (const e of events) {
    const get = (role: string): Piece[] | null => (e[role] ? spans.get(e[role]!) ?? null : null);
    out.push({ source: get('Source'), cue: get('Cue'), content: get('Content') });
  }
  return out;
}

interface Article { name: string; text: string; gold: GoldAttribution[] }

function loadArticles(): Article[] {
  const dir = POLNEAR + 'dev/';
  const files = readdirSync(dir + 'attributions');
  const annotators = new Map<string, string[]>();
  for (const row of readFileSync(POLNEAR + 'metadata.tsv', 'utf8').split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols[0] === 'dev') annotators.set(cols[1]!, cols[3]!.split('|'));
  }
  return [...annotators.keys()].sort().flatMap((name) => {
    const file = annotators.get(name)!.map((a) => `${name}_${a}.ann`).find((f) => files.includes(f));
    if (!file || !existsSync(dir + 'text/' + name + '.txt')) return [];
    const text = readFileSync(dir + 'text/' + name + '.txt', 'utf8');
    return [{ name, text, gold: readBrat(readFileSync(dir + 'attributions/' + file, 'utf8')) }];
  });
}

interface Counts { gold: number; predicted: number; exact: number; overlap: number }

function matchRole(gold: Piece[][], predicted: Piece[], counts: Counts): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  for (const mode of ['exact', 'overlap'] as const) {
    const used = new Uint8Array(predicted.length);
    for (const pieces of gold) {
      const first = pieces[0]!;
      const whole: Piece = [first[0], pieces[pieces.length - 1]![1]];
      const k = predicted.findIndex((p, i) => !used[i] && (mode === 'exact'
        ? (p[0] === first[0] && p[1] === first[1]) || (p[0] === whole[0] && p[1] === whole[1])
        : pieces.some(([s, e]) => p[0] < e && s < p[1])));
      if (k >= 0) { used[k] = 1; counts[mode]++; }
    }
  }
}

const prf = (hit: number, predicted: number, gold: number) => {
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hit / gold : 0;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
};
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Scores a set of articles; also returns the time spent extracting. */
export function score(articles: readonly Article[]) {
  const counts = Object.fromEntries(ROLES.map((r) => [r, { gold: 0, predicted: 0, exact: 0, overlap: 0 }])) as Record<Role, Counts>;
  let ms = 0;
  let words = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const found = readAttributions(a.text, segmentSentences(a.text, 'en'), []);
    ms += performance.now() - t0;
    words += a.text.split(/\s+/).length;
    for (const role of ROLES) {
      const gold = a.gold.map((g) => g[role]).filter((x): x is Piece[] => !!x);
      const predicted = found.map((f) => f[role]).filter((x): x is NonNullable<typeof x> => !!x).map((s) => [s.start, s.end] as Piece);
      matchRole(gold, predicted, counts[role]);
    }
  }
  const result = Object.fromEntries(ROLES.map((role) => {
    const c = counts[role];
    return [role, { gold: c.gold, predicted: c.predicted, exact: prf(c.exact, c.predicted, c.gold), overlap: prf(c.overlap, c.predicted, c.gold) }];
  }));
  return { articles: articles.length, words, ms: Math.round(ms), ...result } as unknown as Record<string, unknown> & Record<Role, { exact: ReturnType<typeof prf>; overlap: ReturnType<typeof prf> }>;
}

function printTable(label: string, r: ReturnType<typeof score>): void {
  console.log(`\n${label}: ${r.articles} articles, ${r.words} words, ${r.ms} ms`);
  console.log('role      exact P  exact R  exact F1 | overlap P  overlap R  overlap F1');
  for (const role of ROLES) {
    const { exact: e, overlap: o } = r[role];
    console.log(`${role.padEnd(8)}  ${e.p.toFixed(3)}    ${e.r.toFixed(3)}    ${e.f1.toFixed(3)}    | ${o.p.toFixed(3)}      ${o.r.toFixed(3)}      ${o.f1.toFixed(3)}`);
  }
}

interface SeedGold { reports: Record<string, string>; attributions: { id: string; source: string; aliases: string[]; [side: string]: unknown }[] }
interface GoldRow { set: string; side: string; entity: string; cue: string; found: boolean }

/**
 * Gold (entity, cue) pairs in the seed-pair format: each must be found as an attribution whose
 * cue shares the gold cue's verb ("said" in "said in comments to AFP") and whose entity is the
 * gold source or one of its aliases.
 */
function goldCheck(set: string, gold: SeedGold, textOf: (file: string) => string): GoldRow[] {
  const rows: GoldRow[] = [];
  for (const [side, file] of Object.entries(gold.reports)) {
    const text = textOf(file);
    const found = readAttributions(text, segmentSentences(text, 'en'), []);
    for (const item of gold.attributions) {
      for (const cue of ((item[side] as { cues?: string[] } | null | undefined)?.cues) ?? []) {
        const words = cue.toLowerCase().split(' ');
        const hit = found.some((f) => {
          const mine = f.cue.text.toLowerCase().replace(/’/g, "'");
          const sameCue = words.some((w) => w.length > 3 && mine.includes(w)) || cue.toLowerCase().includes(mine);
          const names = [item.source, ...item.aliases];
          return sameCue && ((!!f.entity && names.some((n) => sameEntity(n, f.entity!))) || (!!f.source && names.some((n) => sameEntity(n, f.source!.text))));
        });
        rows.push({ set, side, entity: item.id, cue, found: hit });
      }
    }
  }
  return rows;
}

interface GoldNumber { id: string; [side: string]: unknown }
interface NumberSide { value: unknown; text?: string; source: string | null; cue: string | null }

/**
 * Figures and their sources on events-dev: for each gold figure the report's figure of that
 * value, and whether an attribution covering it names the gold source (or none covers it when
 * the gold has no source). The figures come from the quantities step, as in the extension.
 */
export function figureSourceCheck(): { figures: number; found: number; sourceRight: number; cueRight: number } {
  const root = SHARED + 'corpus/events-dev/';
  const result = { figures: 0, found: 0, sourceRight: 0, cueRight: 0 };
  for (const event of readdirSync(root).filter((d) => existsSync(root + d + '/gold.json'))) {
    const gold = JSON.parse(readFileSync(root + event + '/gold.json', 'utf8')) as { reports: Record<string, string>; numbers: GoldNumber[] };
    for (const [side, file] of Object.entries(gold.reports)) {
      const text = readArticle(root + event + '/' + file).text;
      const sentences = segmentSentences(text, 'en');
      const figures = readFigures(text, sentences, 'en');
      const attributions = readAttributions(text, sentences, figures);
      for (const n of gold.numbers) {
        const g = n[side] as NumberSide | null | undefined;
        if (!g || typeof g.value !== 'number') continue;
        result.figures++;
        const written = String(g.text ?? '').toLowerCase().replace(/^(?:around|about|nearly|almost|at least|more than|over|some) /, '');
        const index = figures.findIndex((f) => f.value === g.value && text.slice(f.start, f.end).toLowerCase().includes(written));
        if (index < 0) continue;
        result.found++;
        const covering = attributions.filter((a) => a.figures.includes(index));
        const named = (a: (typeof covering)[number]): boolean => !!g.source && ((!!a.entity && sameEntity(a.entity, g.source)) || (!!a.source && sameEntity(a.source.text, g.source)));
        if (g.source === null ? covering.every((a) => !a.entity) : covering.some(named)) result.sourceRight++;
        else if (process.env.EVAL_VERBOSE) console.log(`  source ${event} ${side} ${g.text}: gold ${g.source ?? '-'}, found ${covering.map((a) => a.entity).join(' / ') || '-'} :: ${text.slice(figures[index]!.start - 100, figures[index]!.end + 60).replace(/\s+/g, ' ')}`);
        if (g.cue === null || covering.some((a) => a.cue.text.toLowerCase().includes(g.cue!.toLowerCase().split(' ')[0]!))) result.cueRight++;
      }
    }
  }
  return result;
}

/** The seed pair (plain text). */
export function seedCheck(): GoldRow[] {
  const gold = JSON.parse(readFileSync(SHARED + 'gold/seed-pair.json', 'utf8')) as SeedGold;
  return goldCheck('seed', gold, (file) => readFileSync(SHARED + 'seeds/' + file, 'utf8'));
}

/** The multi-outlet development events (web pages, extracted as the extension would). */
export function eventsCheck(): GoldRow[] {
  const root = SHARED + 'corpus/events-dev/';
  return readdirSync(root).filter((d) => existsSync(root + d + '/gold.json')).flatMap((event) => {
    const gold = JSON.parse(readFileSync(root + event + '/gold.json', 'utf8')) as SeedGold;
    return goldCheck(event, gold, (file) => readArticle(root + event + '/' + file).text);
  });
}

export async function run(): Promise<Record<string, unknown>> {
  const articles = loadArticles();
  const develop = articles.filter((_, i) => i % 2 === 0);
  const check = articles.filter((_, i) => i % 2 === 1);
  const all = score(articles);
  const dev = score(develop);
  const held = score(check);
  printTable('PolNeAR dev, develop half (even articles)', dev);
  printTable('PolNeAR dev, check half (odd articles)', held);
  printTable('PolNeAR dev, all', all);
  const seeds = seedCheck();
  const hits = seeds.filter((s) => s.found).length;
  console.log(`\nseed pair: ${hits}/${seeds.length} gold (entity, cue) attributions found`);
  for (const s of seeds.filter((x) => !x.found)) console.log(`  missing ${s.side} ${s.entity} "${s.cue}"`);
  const events = eventsCheck();
  const eventHits = events.filter((s) => s.found).length;
  console.log(`events-dev: ${eventHits}/${events.length} gold (entity, cue) attributions found (recall ${(eventHits / Math.max(1, events.length)).toFixed(3)})`);
  for (const s of events.filter((x) => !x.found)) console.log(`  missing ${s.set} ${s.side} ${s.entity} "${s.cue}"`);
  const figures = figureSourceCheck();
  console.log(`events-dev figures: ${figures.found}/${figures.figures} found by the quantities step; source right for ${figures.sourceRight} (${(figures.sourceRight / Math.max(1, figures.found)).toFixed(3)}), cue right for ${figures.cueRight} (${(figures.cueRight / Math.max(1, figures.found)).toFixed(3)})`);
  return {
    polnear: { develop: dev, check: held, all },
    figures,
    seeds: { found: hits, total: seeds.length, missing: seeds.filter((s) => !s.found) },
    events: { found: eventHits, total: events.length, missing: events.filter((s) => !s.found) },
  };
}
