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
  const inner: Attribution[] = [];
  for (const a of report.attributions) {
    // A direct quotation is the speaker's own words; a short content holds no clause of its own.
    if (a.quote || a.content.end - a.content.start < MIN_CONTENT) continue;
    for (const claim of claimsWithin(report, a)) inner.push(claim);
  }
  return inner.length ? { ...report, attributions: [...report.attributions, ...inner].sort((x, y) => x.cue.start - y.cue.start) } : report;
}

/**
 * Read alone, a content lacks the sentence around it, so only the plain case is trusted: a clause
 * whose subject opens the content or follows a comma ("Once the duplicates were removed, the
 * district collector reported ..."), with a verb of saying, counting or finding ("Local media reported that an engineering review
 * identified damage"). "a number Mayor Levine Cava called “staggering”" is a description, not a claim.
 */
const OPENS_CLAUSE = /(?:^|,|^[^,]*\s[—–-]\s*|:|\bthat)\s*$/;
const SPEECH_CUE = /\b(?:said|says|say|reported|reports|confirmed|confirms|announced|announces|stated|states|told|tells|estimated|estimates|put|puts|warned|warns|added|declared|declares|claimed|claims|disclosed|revealed|counted|recorded|according|identified|found|showed|shows|concluded|concludes|noted|notes)\b/i;

/**
 * A verb used as a modifier reports nothing: "seven confirmed deaths" (the subject ends on a
 * number), "the deaths reported so far", "figures released by the ministry" (an adverb, an agent or
 * the clause's end after the verb).
 */
const MODIFIER_AFTER = /^\s*(?:[.,;:)]|$|(?:so|by|as|earlier|later|yet|since|until|during|over|and|or|about|guilty|of|to|for|with|into)\b)/;
/**
 * A source read out of its sentence must look like one: not a possessive ("the president's claims
 * about"), not one lower-case word that names no one ("online showed", "anyone found guilty"); a
 * pronoun or a plural ("officials") may stand alone.
 */
function looksLikeSource(source: string): boolean {
  if (/['’]s?$/.test(source)) return false;
  if (/\s/.test(source) || /\p{Lu}/u.test(source)) return true;
  return /^(?:he|she|they|it|we|[a-z]+s)$/.test(source);
}
/** "an engineering review in 2018": a year is a name's part, not a count. */
const ENDS_ON_YEAR = /\b(?:1[89]|20)\d\d\s*$/;
const ENDS_ON_NUMBER = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?))\s*$/i;

/** Whether a claim read from `text` alone is one the sentence around it would confirm (see above). */
function isPlainClaim(text: string, c: Attribution): boolean {
  if (!c.source || !OPENS_CLAUSE.test(text.slice(0, c.source.start)) || !SPEECH_CUE.test(c.cue.text)) return false;
  if (MODIFIER_AFTER.test(text.slice(c.cue.end, c.cue.end + 24))) return false;
  const source = c.source.text;
  return (!ENDS_ON_NUMBER.test(source) || ENDS_ON_YEAR.test(source)) && looksLikeSource(source);
}

/** Shortest content worth reading again ("the district collector reported it" is 35 characters). */
const MIN_CONTENT = 24;

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
    .filter((c) => isPlainClaim(text, c))
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
