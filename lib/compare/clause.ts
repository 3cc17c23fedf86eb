import type { Figure } from '../model';

/**
 * How a sentence gives a figure, read from the words around it: as a count it has since
 * replaced ("up from 113"), a projection ("likely to have died"), an increment ("15 more
 * victims"), a confirmed tally, with the verb of what happened to the counted ("88 bodies have
 * been identified"), or after the noun it measures ("magnitude 6.9").
 */

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/**
 * Whether a report gives a figure as a count it has since replaced: "up from 113", "down from
 * 288", "from 238 to 261", "the previous toll of 113", or a sentence opening "Earlier, ..." /
 * "Previously, ..." (these last only for a `tally`, a count of what happened). Such figures line up with other outlets' earlier counts, not current ones.
 */
export function isEarlierCount(report: { text: string; sentences: readonly { start: number; end: number }[] }, f: Pick<Figure, 'start' | 'end' | 'sentence' | 'change'>, tally = true): boolean {
  const s = report.sentences[f.sentence];
  const from = s ? s.start : Math.max(0, f.start - 120);
  const before = report.text.slice(Math.max(from, f.start - 60), f.start).toLowerCase();
  const after = report.text.slice(f.end, Math.min(s ? s.end : f.end + 60, f.end + 40)).toLowerCase();
  if (/\b(up|down|rising|risen|falling|fallen|revised|lowered|raised)\s+from\s+(about\s+|around\s+)?$/.test(before)) return true;
  if (/\bfrom\s+(about\s+|around\s+)?$/.test(before) && /^\s*\S*\s*(to|at)\s+\S*\d|^\s*(\w+\s+){0,2}to\s+(about\s+|around\s+|at least\s+)?[\d,]+/.test(after)) return true;
  if (/\b(previous|earlier|initial|original|old|prior)\s+(death\s+)?(toll|figure|count|tally|estimate|number)s?\s+(of\s+|was\s+|stood at\s+|at\s+)?(about\s+|around\s+)?$/.test(before)) return true;
  // Compared with an older count: "far more than the 99 given on Thursday".
  if (/\b(more|less|fewer|higher|lower|up|down)\s+than\s+(the\s+)?$/.test(before)) return true;
  if (/^\s*(\w+\s+){0,2}(given|reported|announced|released|cited|put)\s+(on|earlier|yesterday|last|previously|initially)\b/.test(after)) return true;
  // The rest reads the whole sentence's time, which says when a tally stood, not when a building
  // had 12 storeys: only for counts of what happened (`tally`).
  if (!tally) return false;
  // Pluperfect reporting: "the Railways had put the number of deaths at 288".
  const clause = report.text.slice(from, f.start).toLowerCase();
  if (/\bhad\s+(put|given|reported|announced|placed|estimated|stated|said|set)\b/.test(clause)) return true;
  // A sentence set in an earlier time: "Earlier, 113 deaths were reported", "Early that morning, officials reported one death".
  const opening = clause.trimStart();
  return /^(earlier|previously|initially|at first|before that|early that|in the first hours|on the first day|at the time)\b/.test(opening);
}

/**
 * Whether a figure is a projection rather than a count: "more than 100 people are likely to
 * have died", "could rise to 300". Projections line up with projections only.
 */
export function isProjection(report: { text: string }, f: Pick<Figure, 'start' | 'end'>): boolean {
  const after = report.text.slice(f.end, f.end + 50).toLowerCase();
  const before = report.text.slice(Math.max(0, f.start - 30), f.start).toLowerCase();
  return /^\s*(\w+\s+){0,3}(are|were|is|was)?\s*(likely|expected|projected|feared|thought|believed)\s+to\b/.test(after) || /\b(could|may|might|would)\s+(rise|reach|climb|grow|exceed)\s+(to\s+)?$/.test(before);
}

/**
 * Whether a figure adds to a count rather than gives it: "15 more victims", "five more deaths",
 * "another 20". Not "more than 20", and not a vague amount ("dozens more unaccounted for" is how
 * outlets give the number still missing).
 */
export function isIncrement(report: { text: string }, f: Pick<Figure, 'start' | 'end' | 'text' | 'kind'>): boolean {
  if (f.kind === 'vague') return false;
  const own = f.text.toLowerCase().replace(/^(more|further|over) than\s+/, '');
  const after = report.text.slice(f.end, f.end + 20).toLowerCase();
  const before = report.text.slice(Math.max(0, f.start - 20), f.start).toLowerCase();
  return /\s(more|additional|further|extra)\b(?!\s+than)/.test(own) || /^\s*(more|additional|further|extra)\b(?!\s+than)/.test(after) || /\b(another|an additional|a further|an extra)\s+$/.test(before);
}


const AUXILIARIES = new Set('have has had been were was are is be being already still yet now also so far reportedly officially'.split(' '));
const IRREGULAR_PARTICIPLES = new Set('taken kept found held sent brought left given put seen known shown hidden stolen buried'.split(' '));

/**
 * What the clause says happened to the counted thing, when the verb follows it: "88 bodies have
 * been identified" -> "identified", "110 bodies have been kept at AIIMS" -> "kept", "187 bodies
 * still unidentified" -> "unidentified". Null when no participle follows closely.
 */
export function actionAfter(text: string, f: Pick<Figure, 'end'>): string | null {
  const after = text.slice(f.end, f.end + 60).split(/[.;:!?,]/)[0] ?? '';
  let seen = 0;
  for (const m of after.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (AUXILIARIES.has(w)) continue;
    if (++seen > 2) break;
    if (w.length >= 4 && (/(ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w))) return w;
  }
  return null;
}

/** Whether the clause gives a figure as confirmed: "had confirmed 25 storm deaths", "50 confirmed deaths". */
export function isConfirmed(text: string, f: Pick<Figure, 'start' | 'end' | 'text'>): boolean {
  const before = text.slice(Math.max(0, f.start - 30), f.start).toLowerCase();
  const after = text.slice(f.end, f.end + 25).toLowerCase();
  return /\bconfirm(ed|s)?\s+(that\s+)?(\w+\s+)?$/.test(before) || /\bconfirmed\b/.test(f.text.toLowerCase()) || /^\s*(\w+\s+)?(confirmed|were confirmed|have been confirmed)\b/.test(after);
}

/** Nouns that name what a bare number measures when they come just before it ("magnitude 6.9", "a depth of 10"). */
const MEASURED = new Set('magnitude depth height length width speed temperature rate level score total price cost distance altitude intensity capacity'.split(' '));

/** The measured noun just before a number, or the subject of the change it ends, if any ("measured the quake at magnitude 6.9" -> "magnitude"). */
export function measuredBefore(text: string, f: Pick<Figure, 'start'>): string | null {
  const before = text.slice(Math.max(0, f.start - 60), f.start).toLowerCase();
  const m = /(\p{L}+)\s+(?:of\s+|at\s+|was\s+|is\s+)?(?:about\s+|around\s+|nearly\s+)?$/u.exec(before);
  if (m && MEASURED.has(m[1]!)) return m[1]!;
  // The subject of a change: "containment has risen to 20%", "the toll climbed to 112".
  const change = /(\p{L}{4,})\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|since\s+)?(?:risen|rose|grown|grew|increased|climbed|reached|fallen|fell|dropped|declined|stands|stood)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+)?$/u.exec(before);
  return change ? change[1]! : null;
}
