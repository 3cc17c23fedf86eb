import type { Stance } from '../model';
import { tokenAt, type Token } from './tokens';
import { cueGroupAt, type CueGroup } from './cue-groups';
import { beforeAside, closesQuotation, contentAfter, contentBefore, pastAside, quotationFrom, subjectBefore, withOpeningPart, type CharSpan, type Page } from './content';
import { sourceBefore, withoutRemark, type TokenRange } from './sources';
import { sourceAfter, withApposition } from './source-after';
import { openingGerundSubject } from './opening-gerunds';
import { blockAfterColon } from './colon-blocks';
import { subordinateClauseEnd } from './subordinate-openers';
import { afterBreak, asideBeforeThat, holdsVerb, isBreakBefore, infinitiveAt, nameAfterAnd, namedAfter, quotedSubject, shareAfterAnd, spanOfTokens } from './frame-edges';
import { isComma, isEnd } from './words';
import { TRIGGERS } from './triggers';
import { once } from './once';
import { CLAUSE_OPENERS, COORDINATORS, INVERTING, cutIndex, firstWord, relativeClauseEnd, stanceOf, withOpeningSpeakers } from './frame-finish';
import { clauseEndsAt, commaAt, pastSetting, endOfNamedThing, looksLikeSource, opensClause, quotedAsSaying, settingFollows, skipObject, subjectOf, trivialContent } from './clauses';

/**
 * The attribution patterns of one sentence, in the reader's words:
 *   post-posed   "“...,” said Caddell."  /  "..., sources said."
 *   pre-posed    "The ministry said (that) ..."  /  "Tokayev labeled the unrest a ..."
 *   linked       "..., adding that ..."  /  "... and blamed ..." (the same source)
 *   passive      "The figure was published by the ministry."  /  "18 deaths were reported."
 * Post-posed frames are read first: their content reaches back over any verb inside it.
 */
export interface Frame {
  source: TokenRange | null;
  /** Index (into the sentence's frames) whose source this one shares. */
  sharesSourceOf: number | null;
  cue: TokenRange;
  content: CharSpan;
  stance: Stance;
  lemma: string;
}

/** Questions put to a speaker, opening a sentence ("Asked whether ...", "Pressed on ..."). */
const QUESTIONED = new Set(['ask', 'press', 'question', 'quiz', 'challenge']);
const ASKED_NEXT = new Set(['about', 'to', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'on', 'by', 'for', 'again', 'later']);

export interface Candidate {
  group: CueGroup;
  kind: 'post-inverted' | 'post' | 'pre' | 'passive';
  source: TokenRange | null;
  /** Where this frame's clause begins (for cutting the content of the frame before it). */
  clauseStart: number;
  /** True when that clause start is a visible break (comma, coordinator): it cuts earlier content. */
  cuts: boolean;
  /** For post-posed frames: the token after the content (comma or closing quote + 1). */
  boundary: number;
  /** An opening participle ("Speaking to ANI, Jena said"): the speaker comes after. */
  opening?: boolean;
  /** A question put by someone unnamed ("Asked about ..., X said"): a frame with no source. */
  unnamed?: boolean;
  /** Where the content must stop ("In defending himself ..., Trump": at the phrase's comma). */
  contentEnd?: number;
}

/** `groups[i]` is `g`: the verbs of the groups before it are the earlier verbs a subject cannot hold. */
function classify(page: Page, g: CueGroup, floor: number, limit: number, groups: readonly CueGroup[], i: number): Candidate | null {
  const { tokens } = page;
  const before = g.start - 1;
  // The source before the verb is asked for up to four times below: read it once.
  const sourceHere = once(() => sourceBefore(tokens, floor, g.start));
  if (g.passive) {
    const subject = sourceHere() ?? quotedSubject(page, floor, g.start);
    if (!subject) return null;
    const source = g.agent ? sourceAfter(tokens, g.agentAt, limit) : null;
    if (g.agent && !source) return null;
    return { group: g, kind: 'passive', source, clauseStart: subject.start, cuts: isBreakBefore(tokens, subject.start - 1), boundary: subject.end };
  }
  // "“...,” said Caddell": comma or quote, verb, name, end of clause.
  // "Vaishnaw, who reached the site, announced ...": an apposition before the comma is the subject.
  const appositive = isComma(tokens[before]) && !!sourceHere();
  if (before >= floor && !appositive && isBreakBefore(tokens, before) && INVERTING.has(g.entry.lemma) && g.form !== 'ing' && g.form !== 'base') {
    const source = sourceAfter(tokens, g.end, limit);
    // "“...,” said François Hollande as he entered the talks": a setting may follow the speaker.
    const quoted = closesQuotation(page, g.start) && !!source && settingFollows(tokens[source.end]);
    if (source && (quoted || clauseEndsAt(tokens, source.end, limit)) && looksLikeSource(tokens, source)) {
      // "said Mr. Burman (a view echoed by everyone I interviewed)": the remark is the reporter's.
      const named = { start: source.start, end: withoutRemark(tokens, source.start, source.end) };
      return { group: g, kind: 'post-inverted', source: withApposition(tokens, named, limit), clauseStart: before, cuts: true, boundary: before + 1 };
    }
  }
  const next = skipObject(tokens, g, limit);
  const quoteFollows = isComma(tokens[next]) && tokens[next + 1]?.kind === 'quote' && page.quoteByStart.has(tokens[next + 1]!.start);
  // "“It’s finished,” she said of the election, in which ...": after a quotation closed with a
  // comma, a cue followed by a setting ("of", "at a briefing") reports the quotation.
  const setting = g.form !== 'ing' && settingFollows(tokens[next]) && closesQuotation(page, sourceHere()?.start ?? -1);
  // "..., he’s sought to protect breaks ..., the bedrock": an infinitive after the verb is its content, not a setting.
  if (g.form !== 'ing' && !quoteFollows && !infinitiveAt(tokens, next) && (setting || clauseEndsAt(tokens, next, limit))) {
    const source = sourceHere();
    // The break before the source may close a quotation in the sentence before ("“...?” Graham asked.").
    // Across a paragraph break only a bare "Limbaugh added:": "Mr. Obama, who ..., told" opens a paragraph of its own.
    const afterQuote = !!source && source.start === floor && tokens[floor - 1]?.kind === 'quote' && page.quoteByEnd.has(tokens[floor - 1]!.end) && (source.end === g.start || !page.text.slice(tokens[floor - 1]!.end, tokens[floor]!.start).includes('\n'));
    if (source && ((source.start > floor && isBreakBefore(tokens, source.start - 1)) || afterQuote)) {
      return { group: g, kind: 'post', source, clauseStart: source.start - 1, cuts: true, boundary: source.start };
    }
    // "..., as police have said.": the clause names whose words the sentence is.
    // Only at the sentence's end: "If, as I've suggested, he ..." sets the clause inside.
    if (source && tokens[source.start - 1]?.lower === 'as' && source.start - 1 > floor && isComma(tokens[source.start - 2]) && (next >= limit || isEnd(tokens[next]))) {
      return { group: g, kind: 'post', source, clauseStart: source.start - 2, cuts: true, boundary: source.start - 1 };
    }
  }
  // "In defending himself ..., Trump offered": a gerund in an opening phrase is the main subject's.
  const openingSubject = g.form === 'ing' && g.start === g.verb ? openingGerundSubject(tokens, floor, g.start, limit) : null;
  if (openingSubject) return { group: g, kind: 'pre', source: openingSubject.subject, clauseStart: g.start - 1, cuts: false, boundary: g.start, contentEnd: openingSubject.comma };
  // "Speaking to ANI, Jena said ...", "Admitting that ..., the Chief Secretary said ...": an
  // opening participle whose speaker is the subject of the clause after it.
  // "Asked about the blast, Clinton said ...": a question put to the speaker opens the clause too.
  const askedFirst = (g.form === 'past' || g.form === 'participle') && QUESTIONED.has(g.entry.lemma) && (g.particle || ASKED_NEXT.has(tokens[g.end]?.lower ?? ''));
  // "When asked about ...", "When pressed by Holt about ...": a conjunction of time may open the question.
  // "She said ..., and when pressed on why ..., the mother replied": also after a comma mid-sentence.
  const questionOpens = askedFirst && /^(when|after|if|once|while)$/.test(tokens[g.start - 1]?.lower ?? '') && afterBreak(tokens, floor, g.start - 1);
  if ((g.form === 'ing' || askedFirst) && !g.linked && (opensClause(tokens, floor, g.start) || questionOpens)) {
    // Whoever asked goes unnamed: the question has no source (the answer's speaker is not the asker),
    // unless "by" names the asker ("pressed by Holt").
    const asker = askedFirst && tokens[g.end]?.lower === 'by' ? namedAfter(tokens, g.end + 1, limit) : null;
    // Mid-sentence the question ends the content of the frame before it.
    const midway = questionOpens && !opensClause(tokens, floor, g.start - 1);
    const clauseStart = midway ? g.start - 1 : g.start;
    if (asker) return { group: g, kind: 'pre', source: asker, clauseStart, cuts: midway, boundary: g.start };
    if (askedFirst) return { group: g, kind: 'pre', source: null, clauseStart, cuts: midway, boundary: g.start, unnamed: true };
    return { group: g, kind: 'pre', source: null, clauseStart: g.start, cuts: false, boundary: g.start, opening: true };
  }
  // "Republicans said the timing was not intentional and Democrats accused the GOP": a new named
  // subject with a past cue after "and" starts a clause of its own.
  const joined = g.linked ? null : g.form === 'past' ? nameAfterAnd(tokens, floor, g.start) : shareAfterAnd(tokens, floor, g.start);
  if (joined) return { group: g, kind: 'pre', source: joined, clauseStart: joined.start, cuts: true, boundary: joined.start };
  const source = g.linked ? null : (g.ownSource ?? (g.subjectEnd === undefined ? sourceHere() : sourceBefore(tokens, floor, g.subjectEnd)) ?? quotedSubject(page, floor, g.start));
  if (!source && !g.linked) return null;
  // A verb is not followed by a comma unless a quotation comes ("said, “...”"): "six Soviet states, ..." is a noun.
  // "continues to insist, most recently in an interview, that ...": an aside before "that" is no noun's comma.
  if (isComma(tokens[g.end]) && tokens[g.end + 1]?.kind !== 'quote' && g.form !== 'past' && !asideBeforeThat(tokens, g.end, limit)) return null;
  // A subject holds no reporting verb: in "Clinton mentioned disparaging remarks", "remarks" is a noun.
  // "Mr. Obama, who understood that ..., told": a verb inside a relative clause set off by commas is that clause's.
  if (source && holdsVerb(tokens, source, groups, i)) return null;
  const clauseStart = source ? source.start : g.start;
  const prev = tokens[clauseStart - 1];
  // "while Trump has railed against ..., he’s sought": the content stays in the opening clause.
  const subordinateEnd = source ? subordinateClauseEnd(tokens, floor, source.start, g.end, limit) : -1;
  const cuts = g.linked || (!!prev && (isBreakBefore(tokens, clauseStart - 1) || (COORDINATORS.has(prev.lower) && commaAt(tokens, clauseStart - 2))));
  const candidate: Candidate = { group: g, kind: 'pre', source, clauseStart: g.linked ? g.start - 1 : clauseStart, cuts, boundary: clauseStart };
  if (subordinateEnd >= 0) candidate.contentEnd = subordinateEnd;
  return candidate;
}

/**
 * Finds the frames of the sentence spanning tokens [from, to). `quoted[k]` marks tokens inside
 * a quotation: verbs there are the quoted speaker's, not the report's.
 */
export function readFrames(page: Page, from: number, to: number, quoted: Uint8Array, sentenceStart: number): Frame[] {
  const { tokens } = page;
  const groups: CueGroup[] = [];
  for (let k = from; k < to; k++) {
    // Only a word that can head a cue is tried (the prefilter's lookup, made once per token).
    if (quoted[k] || !(page.triggers[k]! & TRIGGERS.verbs)) continue;
    const g = cueGroupAt(tokens, k, from, to);
    if (g) {
      groups.push(g);
      k = Math.max(k, g.end - 1);
    }
  }
  if (!groups.length) return [];
  const candidates: Candidate[] = [];
  for (let i = 0; i < groups.length; i++) {
    const c = classify(page, groups[i]!, from, to, groups, i);
    if (c) candidates.push(c);
  }
  const frames: Frame[] = [];
  let floor = from;
  // Post-posed frames first, left to right: each takes the clause before it.
  const taken: [number, number, number][] = [];
  for (const c of candidates) {
    if (c.kind !== 'post' && c.kind !== 'post-inverted') continue;
    if (c.boundary < floor) continue;
    // Words before the quotation are the content's too, unless another cue governs them
    // ("DuVernay said she felt ... “...,” she said": the post-posed frame takes the quotation only).
    const earlierCue = candidates.some((o) => o !== c && o.group.start >= floor && o.group.end <= c.boundary && (o.kind === 'pre' || o.kind === 'passive'));
    const end = c.kind === 'post-inverted' ? c.source!.end : c.group.end;
    let content = contentBefore(page, floor, c.boundary, sentenceStart, earlierCue);
    // "African-Americans, he said, can ...": a first part too short to stand alone takes the rest.
    if (content && !earlierCue && trivialContent(page, content)) content = pastAside(page, end, to, content);
    else if (content && !earlierCue) content = pastSetting(page, content, end, to);
    if (!content || trivialContent(page, content)) continue;
    frames.push({ source: c.source, sharesSourceOf: null, cue: { start: c.group.start, end: c.group.end }, content, stance: stanceOf(tokens, c), lemma: c.group.entry.lemma });
    // With a cue before the quotation, only the quotation and the post-posed clause are taken:
    // "DuVernay said she felt ... because “...,” she said" keeps DuVernay's frame, which runs
    // through the quotation.
    const contentFrom = tokenAt(tokens, content.start);
    taken.push(earlierCue ? [contentFrom, end, c.boundary] : [Math.min(floor, contentFrom), end, -1]);
    floor = end;
  }
  const pre = candidates.filter((c) => (c.kind === 'pre' || c.kind === 'passive') && !taken.some(([a, b]) => c.group.start >= a && c.group.start < b));
  let consumedUntil = from;
  const openings = new Set<number>();
  for (let n = 0; n < pre.length; n++) {
    const c = pre[n]!;
    if (c.group.start < consumedUntil && !(c.cuts && c.clauseStart >= consumedUntil - 1)) continue;
    // The content runs to the next frame that starts its own clause, or to the sentence's end.
    let cut = to;
    for (let m = n + 1; m < pre.length; m++) {
      // A frame whose clause opens before this cue ("Mr. Obama, who understood ..., told") encloses it: no cut.
      if (pre[m]!.cuts && cutIndex(tokens, pre[m]!) > c.group.start) { cut = Math.min(cut, cutIndex(tokens, pre[m]!)); break; }
    }
    for (const [a, , through] of taken) if (a > c.group.end && a < cut) cut = through >= 0 ? Math.min(cut, through) : a;
    let content: CharSpan | null;
    if (c.kind === 'passive') {
      // "families were told by the fire chief that ...": with an addressee verb the content follows.
      const after = c.source && c.group.entry.frame === 'addressee' && tokens[c.source.end]?.lower === 'that' ? contentAfter(page, c.source.end, cut, 'say') : null;
      // "Donald Trump, meanwhile, is supported by ...": past an aside the subject itself is the content.
      content = after ?? subjectBefore(page, from, c.group.start) ?? spanOfTokens(tokens, c.clauseStart, c.boundary);
    } else {
      // "pressed by Holt about ...": the asker named after the cue is not the question.
      const after = c.source && c.source.start === c.group.end + 1 && tokens[c.group.end]!.lower === 'by' ? c.source.end : c.group.end;
      content = contentAfter(page, after, Math.min(relativeClauseEnd(tokens, c, cut), c.contentEnd ?? cut), c.group.entry.lemma);
      if (!content && tokens[c.group.end - 1]!.text === ':') content = quotationFrom(page, c.group.end) ?? blockAfterColon(page, tokens[c.group.end - 1]!.end);
      if (content) content = withOpeningPart(page, c.source ? c.source.start : c.group.start, from, content);
      if (content && c.source && !c.group.linked) content = beforeAside(page, from, c.source.start, content);
    }
    if (!content) continue;
    // "Reuters quoted a senior official as saying ...": the official is the source.
    const quoted = c.group.entry.lemma === 'quote' ? quotedAsSaying(tokens, c.group.end, cut) : null;
    if (quoted) {
      const inner = contentAfter(page, quoted.cue.end, cut, 'say');
      if (inner) {
        frames.push({ source: quoted.source, sharesSourceOf: null, cue: quoted.cue, content: inner, stance: 'neutral', lemma: 'say' });
        consumedUntil = Math.max(quoted.cue.end, tokenAt(tokens, inner.end));
        continue;
      }
    }
    // "what the authorities are calling a “counter-terrorist” operation began ...": the name ends
    // with its quotation.
    if (stanceOf(tokens, c) === 'distancing' && c.group.entry.lemma === 'call') content = { start: content.start, end: endOfNamedThing(page, content) };
    if (c.group.entry.frame === 'weak' && !c.group.licensed && !/["“‘«]/.test(page.text[content.start] ?? '')) continue;
    // "what he sees as the conditions", "more than twice what it projected for": a thought whose
    // object is the free relative "what" reports nothing the corpus takes as content.
    // When the "what" is the subject of the content ("what officials fear could prove the
    // deadliest"), the content is a clause and is kept.
    if (c.source && tokens[c.source.start - 1]?.lower === 'what' && c.group.entry.stance === 'tentative' && !CLAUSE_OPENERS.test(firstWord(page.text, content.start))) continue;
    const sharesSourceOf = c.source || c.unnamed ? null : frames.length ? frames.length - 1 : null;
    // "Trump openly admires Putin, comparing him to ...": with no frame before, the linked verb's
    // source is the subject the sentence opens with.
    const source = c.source ?? (sharesSourceOf === null && c.group.linked ? subjectOf(tokens, from, c.group.start) : null);
    if (!source && sharesSourceOf === null && c.kind !== 'passive' && !c.opening && !c.unnamed) continue;
    if (c.opening) openings.add(frames.length);
    frames.push({ source, sharesSourceOf: c.opening ? null : sharesSourceOf, cue: { start: c.group.start, end: c.group.end }, content, stance: stanceOf(tokens, c), lemma: c.group.entry.lemma });
    consumedUntil = Math.max(c.group.end, tokenAt(tokens, content.end));
  }
  return withOpeningSpeakers(frames, openings);
}
