/**
 * The integration target: the two seed reports through the real pipeline (extraction,
 * figures, attributions, comparison), against the careful reader's gold in
 * shared/gold/seed-pair.json: every gold figure aligned across both outlets with its kinds,
 * every source found with its kinds, and no false alarm where the outlets agree.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../cli/input';
import { analyse } from '../../../lib/report';
import { compareReports } from '../../../lib/compare';
import { homeItem, lettersOf, placeGold, type Gold } from '../../../lib/compare/gold';
import { sameEntity } from '../../../lib/compare/entities';
import type { Comparison, Report } from '../../../lib/model';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const gold = JSON.parse(readFileSync(SHARED + 'gold/seed-pair.json', 'utf8')) as Gold;

let reports: Report[];
let comparison: Comparison;
const idOf = (letter: string) => reports[Object.keys(gold.reports).indexOf(letter)]!.id;

beforeAll(() => {
  reports = Object.values(gold.reports).map((f) => analyse(readArticle(SHARED + 'seeds/' + f), '1970-01-01T00:00:00.000Z'));
  comparison = compareReports(reports);
});

describe('seed pair: figures', () => {
  it.each(gold.numbers.map((n) => [n.id, n] as const))('%s', (_, g) => {
    const placement = placeGold(gold, comparison, idOf);
    const placed = placement.get(g.id);
    const letters = lettersOf(g, gold);
    expect([...(placed?.keys() ?? [])].sort()).toEqual(letters);
    const home = homeItem(placed)!;
    expect(letters.every((l) => placed!.get(l)!.item === home)).toBe(true);
    const item = comparison.numbers[home]!;
    expect(item.mentions).toHaveLength(letters.length);
    if (g.differs.length) expect(item.kinds).toEqual(expect.arrayContaining(g.differs));
    else expect(item).toMatchObject({ status: 'agrees', kinds: [] });
  });

  it('flags no figure the gold does not list as differing in value', () => {
    const flagged = comparison.numbers.filter((n) => n.kinds.includes('value'));
    expect(flagged.map((n) => n.what)).toEqual([]);
  });
});

describe('seed pair: sources', () => {
  it.each(gold.attributions.map((a) => [a.id, a] as const))('%s', (_, g) => {
    const names = [g.source, ...g.aliases];
    const letters = lettersOf(g, gold);
    const items = comparison.attributions.filter((a) => a.mentions.some((m) => names.some((n) => sameEntity(n, m.source ?? a.entity))));
    const cited = (l: string) => items.find((a) => a.mentions.some((m) => m.report === idOf(l)));
    for (const l of letters) expect(cited(l), `${g.id} in ${l}`).toBeDefined();
    const item = cited(letters[0]!)!;
    if (g.differs.length) expect(item.kinds).toEqual(expect.arrayContaining(g.differs));
    else expect(item).toMatchObject({ status: 'agrees', kinds: [] });
  });
});
