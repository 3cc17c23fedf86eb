import type { Attribution, Figure, Report } from '../model';
import { readAttributions } from '../attributions';

/**
 * Claims reported inside another's words: "The coastguard has confirmed that 27 people died,
 * Captain Varga said", "Once the duplicates were removed, the district collector reported the
 * lower figure, Jena said." The attributions step reads one speaker per stretch of text (as
 * the PolNeAR corpus it is scored on does), so the coastguard's "has confirmed" is not among a
 * report's attributions. Outlets differ exactly there (one gives the coastguard's word, another
 * the captain's), so the comparison reads the content of each reported clause again for claims
 * of its own, and credits a figure to the innermost one.
 */
export function withInnerClaims(report: Report): Report {
  const known = cache.get(report);
  if (known) return known;
  const inner: Attribution[] = [];
  for (const a of report.attributions) {
    // A direct quotation is the speaker's own words; a short content holds no clause of its own.
    if (a.quote || a.content.end - a.content.start < MIN_CONTENT) continue;
    for (const claim of claimsWithin(report, a)) inner.push(claim);
  }
  const out = inner.length ? { ...report, attributions: [...report.attributions, ...inner].sort((x, y) => x.cue.start - y.cue.start) } : report;
  cache.set(report, out);
  return out;
}

/**
 * Read alone, a content lacks the sentence around it, so only the plain case is trusted: a clause
 * whose subject opens the content or follows a comma ("Once the duplicates were removed, the
 * district collector reported ..."), with a verb of saying or counting. "a number Mayor Levine
 * Cava called “staggering”" is a description, not a claim.
 */
const OPENS_CLAUSE = /(?:^|,|^[^,]*\s[—–-]\s*|:)\s*$/;
const SPEECH_CUE = /\b(?:said|says|say|reported|reports|confirmed|confirms|announced|announces|stated|states|told|tells|estimated|estimates|put|puts|warned|warns|added|declared|declares|claimed|claims|disclosed|revealed|counted|recorded|according)\b/i;

/**
 * What follows a verb that reports: a clause ("that", a pronoun), a noun phrase ("the lower
 * figure") or a number. "seven confirmed deaths", "the deaths reported so far" use the verb as
 * a modifier: nobody is speaking there.
 */
const CLAIM_AFTER = /^\s+(?:(?:that|the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|there)\b|\d|\p{Lu}|(?:(?:at least|about|nearly|almost|some|more than)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d)\b)/u;

/** Shortest content worth reading again ("the district collector reported it" is 35 characters). */
const MIN_CONTENT = 24;
const cache = new WeakMap<Report, Report>();

function claimsWithin(report: Report, outer: Attribution): Attribution[] {
  const { start, end } = outer.content;
  const text = report.text.slice(start, end);
  // Most contents hold no verb of saying: they are not read again.
  if (!SPEECH_CUE.test(text)) return [];
  const figures: Figure[] = [];
  const index: number[] = [];
  report.figures.forEach((f, i) => {
    if (f.start >= start && f.end <= end) {
      figures.push({ ...f, start: f.start - start, end: f.end - start, sentence: 0 });
      index.push(i);
    }
  });
  const shift = <S extends { start: number; end: number }>(s: S): S => ({ ...s, start: s.start + start, end: s.end + start });
  return readAttributions(text, [{ start: 0, end: text.length }], figures)
    .filter((c) => c.source !== null && OPENS_CLAUSE.test(text.slice(0, c.source.start)) && SPEECH_CUE.test(c.cue.text) && CLAIM_AFTER.test(text.slice(c.cue.end, c.cue.end + 24)))
    .map((c) => ({
      ...c,
      source: c.source && shift(c.source),
      cue: shift(c.cue),
      content: shift(c.content),
      quotes: c.quotes.map(shift),
      sentence: outer.sentence,
      figures: c.figures.map((k) => index[k]!),
    }));
}
