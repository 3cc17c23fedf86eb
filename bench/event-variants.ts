/**
 * More reports of one real event than the corpus has (it gives four per event): each new report
 * is written from the real reports' paragraphs — a different selection and order, as another
 * outlet retells the same facts — with some figures revised, hedges and reporting verbs changed,
 * so that the comparison has real work (aligning figures, classifying differences). A variant
 * that the product's own copy test would fold into another report is redrawn, so that every
 * report counts as an independent one.
 */
import { analyse } from '../lib/report';
import { areCopies } from '../lib/match';
import type { Report } from '../lib/model';
import { Random } from './random';

const HEDGES = ['about', 'nearly', 'around', 'more than', 'at least', 'almost', 'some', 'over'];
const CUES = ['said', 'told reporters', 'claimed', 'stated', 'confirmed', 'reported', 'alleged', 'noted'];

function reviseNumber(digits: string, random: Random): string {
  const value = Number(digits.replace(/,/g, ''));
  // Years, small counts and long identifiers are left alone: retellings keep them.
  if (!Number.isFinite(value) || value < 5 || (value >= 1900 && value <= 2100) || digits.length > 9) return digits;
  if (!random.chance(0.3)) return digits;
  const revised = Math.max(1, Math.round(value * (1 + (random.next() - 0.4) * 0.5)));
  return digits.includes(',') ? revised.toLocaleString('en') : String(revised);
}

function retell(paragraph: string, random: Random): string {
  return paragraph
    .replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g, (d) => reviseNumber(d, random))
    .replace(/\b(about|nearly|around|more than|at least|almost)\b/g, (h) => (random.chance(0.35) ? random.pick(HEDGES) : h))
    .replace(/\b(said|told reporters|stated)\b/g, (c) => (random.chance(0.2) ? random.pick(CUES) : c));
}

function variantText(sources: readonly Report[], random: Random): { title: string; text: string } {
  const paragraphs = sources.map((r) => r.text.split(/\n+/).filter((p) => p.trim()));
  const lead = random.int(0, sources.length - 1);
  const out: string[] = [];
  // Walk the sources' paragraphs in parallel (story order), taking a share of each.
  const longest = Math.max(...paragraphs.map((p) => p.length));
  for (let i = 0; i < longest; i++) {
    for (let s = 0; s < paragraphs.length; s++) {
      const p = paragraphs[(s + lead) % paragraphs.length]![i];
      if (p && random.chance(0.3)) out.push(retell(p, random));
    }
  }
  return { title: retell(sources[lead]!.title, random), text: out.join('\n\n') };
}

/**
 * `count` reports of the event: the real ones first (in publication order), then retellings.
 * Returns also how many retellings the copy test folded despite the retries.
 */
export function eventReports(real: readonly Report[], count: number, seed: number): { reports: Report[]; folded: number } {
  const random = new Random(seed);
  const reports = real.slice(0, count);
  let folded = 0;
  for (let k = reports.length; k < count; k++) {
    let report: Report | null = null;
    for (let attempt = 0; attempt < 6; attempt++) {
      const { title, text } = variantText(real, random);
      const published = Date.parse(real[0]!.publishedAt ?? '2024-01-01T00:00:00Z') + k * 3_600_000;
      report = analyse(
        {
          url: `https://outlet-${k}.example/${seed}/${k}`,
          canonicalUrl: `https://outlet-${k}.example/${seed}/${k}`,
          outlet: `Outlet ${k}`,
          title,
          byline: null,
          lang: 'en',
          publishedAt: new Date(published).toISOString(),
          modifiedAt: null,
          text,
        },
        '2026-01-01T00:00:00Z',
      );
      if (!reports.some((r) => areCopies(r, report!))) break;
      if (attempt === 5) folded++;
    }
    reports.push(report!);
  }
  return { reports, folded };
}
