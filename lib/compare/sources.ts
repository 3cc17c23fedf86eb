import type { Attribution, Report, Stance } from '../model';
import { carriedAttribution } from './carried-sources';

/** Who gave a figure in a report, with the reporting verb and its stance. */
export interface FigureSource {
  entity: string;
  cue: string;
  attribution: Attribution;
  /** Given in the sentence before, whose account this backshifted sentence goes on with. */
  carried?: true;
}

/** Words that stand for a source named before ("it said", "he added"). */
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'which', 'who', 'this', 'that', 'its', 'his', 'her', 'their']);
/** How far back a pronoun's source may be named. */
const PRONOUN_REACH = 3;

/**
 * The name of who speaks in an attribution. The attributions step resolves "it" to "the
 * ministry"; where it could not, the nearest source named in the sentences before stands in,
 * and if there is none the attribution has no name (never "It" as a source of its own).
 */
export function sourceName(report: Pick<Report, 'attributions'>, a: Attribution): string | null {
  const own = a.entity ?? a.source?.text ?? null;
  if (!own || !PRONOUNS.has(own.trim().toLowerCase())) return own;
  let best: string | null = null;
  for (const b of report.attributions) {
    if (b === a || b.sentence > a.sentence || a.sentence - b.sentence > PRONOUN_REACH || b.cue.start > a.cue.start) continue;
    const name = b.entity ?? b.source?.text ?? null;
    if (name && !PRONOUNS.has(name.trim().toLowerCase())) best = name;
  }
  return best;
}

/**
 * A reporting verb's content is a clause, a quotation or a noun phrase; content opening on a
 * preposition ("responded with a massive police operation") is an action, not something said.
 */
function isSpeech(a: Attribution): boolean {
  return !/^(with|by|into|against)\b/i.test(a.content.text.trim());
}

/**
 * The source of each figure of a report, by index. The attributions step links figures to the
 * attribution that covers them (`figures`); for reports analysed before it did, a figure inside
 * an attribution's content in the same sentence is taken as covered. A figure no attribution
 * covers may continue the account of the sentence before (carried-sources.ts).
 */
export function figureSources(report: Report): Map<number, FigureSource> {
  const out = new Map<number, FigureSource>();
  const linked = report.attributions.some((a) => a.figures?.length);
  const carriedBySentence = new Map<number, Attribution | null>();
  report.figures.forEach((f, i) => {
    let best: Attribution | null = null;
    for (const a of report.attributions) {
      if (!sourceName(report, a) || !isSpeech(a)) continue;
      const covers = linked ? a.figures?.includes(i) : a.content.start <= f.start && f.end <= a.content.end;
      if (!covers) continue;
      // Several attributions may cover one figure ("X said ..., citing Y"): the one of its sentence
      // first, and of one sentence the innermost claim ("the coastguard has confirmed that 27 died, the captain said").
      if (!best || (a.sentence === f.sentence && best.sentence !== f.sentence) || (a.sentence === best.sentence && within(a, best))) best = a;
    }
    if (best) out.set(i, { entity: sourceName(report, best)!, cue: best.cue.text, attribution: best });
    else {
      // Asked once per sentence: its figures all continue the same account, or none does.
      if (!carriedBySentence.has(f.sentence)) carriedBySentence.set(f.sentence, carriedAttribution(report, f.sentence, (a) => !!sourceName(report, a) && isSpeech(a)));
      const carried = carriedBySentence.get(f.sentence);
      if (carried) out.set(i, { entity: sourceName(report, carried)!, cue: carried.cue.text, attribution: carried, carried: true });
    }
  });
  return out;
}

/**
 * The stances with which a report gives one source's claim about a count: the verb that
 * carries the figure, and the verbs of the same source in the sentences around it whose
 * content speaks of the same class of thing ("A UN official alleged that a large number have
 * been wounded. 'Almost 1,000 people have been injured,' the OHCHR said.").
 */
export function claimStances(report: Report, figureSentence: number, source: FigureSource, sameClass: (content: string) => boolean, same: (a: string, b: string) => boolean): Set<Stance> {
  const out = new Set<Stance>([source.attribution.stance]);
  for (const a of report.attributions) {
    if (a === source.attribution || Math.abs(a.sentence - figureSentence) > 1) continue;
    const name = sourceName(report, a);
    if (name && same(name, source.entity) && sameClass(a.content.text)) out.add(a.stance);
  }
  return out;
}

/** Attribution a's content lies inside b's (a claim reported within b's words). */
function within(a: Attribution, b: Attribution): boolean {
  return a !== b && a.content.start >= b.content.start && a.content.end <= b.content.end && a.content.end - a.content.start < b.content.end - b.content.start;
}
