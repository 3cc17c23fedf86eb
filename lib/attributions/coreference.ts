import { acronymsOf, normaliseEntity, sameEntity } from './entities';
import { latestFirst } from './latest-first';

/**
 * Resolves each source mention to the entity it stands for: pronouns to the last compatible
 * source ("it" -> the interior ministry), short forms to the full name seen before ("the
 * ministry", "Tokayev"), and "a UN official" to the UN body the report names.
 */

type Kind = 'person' | 'organisation' | 'group';

interface Entity {
  name: string;
  raw: string;
  kind: Kind;
  /** What a mention must share to be compared at all: head word stem, acronyms, initials. */
  keys: readonly string[];
  /** When it was last mentioned (higher is more recent): the order `lastSame` tries it in. */
  seen: number;
  /** The last `lastSame` question that met it (marks it met once, without a set per question). */
  asked: number;
}

/**
 * The entities of a report, most recently mentioned last, with an index from each comparison
 * key to the entities that have it, so that a mention is compared only with those.
 */
interface Entities {
  list: Entity[];
  byKey: Map<string, Entity[]>;
  clock: number;
  /** Questions `lastSame` has been asked, to mark the entities each one meets. */
  questions: number;
  /** Comparison keys by name as written: a report repeats its names. */
  keysByRaw: Map<string, readonly string[]>;
  /** Kinds by name as written, for the same reason (a name's kind depends on it alone). */
  kindByRaw: Map<string, Kind>;
}

function keysFor(entities: Entities, raw: string): readonly string[] {
  let keys = entities.keysByRaw.get(raw);
  if (!keys) {
    keys = keysOf(raw, normaliseEntity(raw));
    entities.keysByRaw.set(raw, keys);
  }
  return keys;
}

/** The kind of `raw`, whose normal form is `name` (normaliseEntity(raw)). */
function kindFor(entities: Entities, raw: string, name: string): Kind {
  let kind = entities.kindByRaw.get(raw);
  if (!kind) {
    kind = kindOf(raw, name);
    entities.kindByRaw.set(raw, kind);
  }
  return kind;
}

/** Adds or moves `e` to the most recent place. */
function mention(entities: Entities, e: Entity, known: boolean): void {
  if (known) entities.list.splice(entities.list.indexOf(e), 1);
  else for (const key of e.keys) {
    const holders = entities.byKey.get(key);
    if (holders) holders.push(e);
    else entities.byKey.set(key, [e]);
  }
  e.seen = ++entities.clock;
  entities.list.push(e);
}

/** Comparison keys of a name: its head word's first letters, its acronyms, its initials. */
function keysOf(raw: string, name: string): string[] {
  const head = name.slice(lastSeparator(name, true) + 1);
  const keys = [head.slice(0, 4), ...acronymsOf(raw)];
  // One pass over the words as written for their initials and their role words (lower-casing a
  // word alone is lower-casing it in the name: no space changes).
  // Role words too, so that "the Chief Secretary" meets "Odisha Chief Secretary Pradeep Jena".
  let initials = '';
  for (const w of raw.split(/\s+/)) {
    if (/^[\p{Lu}]/u.test(w) && !/^(?:of|the|for|and)$/i.test(w)) initials += w[0]!.toLowerCase();
    const lower = w.toLowerCase();
    if (ROLE_WORDS.has(lower)) keys.push(lower.slice(0, 4));
  }
  if (initials.length > 1) keys.push(initials);
  if (!name.includes(' ')) keys.push(name);
  return keys;
}

/**
 * The index of the last white space in `s` (as the regex \s reads it), or of the last hyphen
 * too when `hyphen`; -1 when none: the last word is what follows it, without a split.
 */
function lastSeparator(s: string, hyphen: boolean): number {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if ((hyphen && c === 45) || isWhiteSpace(c)) return k;
  }
  return -1;
}

/** The regex \s: white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ROLE_WORDS = new Set(['president', 'minister', 'secretary', 'mayor', 'governor', 'senator', 'chief', 'sheriff', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'leader', 'ambassador', 'general', 'judge', 'speaker', 'chancellor', 'king', 'queen', 'prince', 'collector', 'magistrate']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i']);
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'we']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
/** Heads that name a group of people rather than one body ("officials", "police"). */
const GROUP_HEADS = /(?:s|police|enforcement|people|staff|military|media|public)$/;
const ORG_HEADS = new Set(['ministry', 'office', 'government', 'agency', 'committee', 'commission', 'council', 'company', 'campaign', 'party', 'department', 'court', 'embassy', 'bank', 'service', 'organization', 'organisation', 'group', 'newspaper', 'network', 'poll', 'survey', 'report', 'study', 'administration', 'foundation', 'union', 'house', 'senate', 'congress', 'parliament', 'center', 'centre', 'institute', 'university', 'association', 'board', 'bureau', 'times', 'post', 'news', 'journal', 'press', 'agency', 'ad', 'video', 'clip', 'article', 'statement', 'letter']);
/** Endings of plural nouns of people, capitalised in names of groups ("Senate Democrats"). */
const PLURAL_NAME = /(?:ers|ians|ists|ants|ents|als|ies|crats|cans|ives|ors|ards|ees|ites|ans|police|people)$/;
/** "a UN official", "a Pentagon spokesman": a person speaking for the body before the noun. */
const SPOKESPEOPLE = /^(?:.+?)\s+(?:official|officials|spokesman|spokeswoman|spokesperson|representative|source|sources|envoy|diplomat)$/;

function kindOf(raw: string, name: string): Kind {
  const head = name.slice(name.lastIndexOf(' ') + 1);
  if (ORG_HEADS.has(head) || /^[\p{Lu}\p{N}&.]{2,}$/u.test(raw.replace(/^the\s+/i, ''))) return 'organisation';
  const trimmed = raw.trim();
  const space = lastSeparator(trimmed, false);
  const last = trimmed.slice(space + 1);
  if (GROUP_HEADS.test(head) && !/^[\p{Lu}]/u.test(last)) return 'group';
  // A capitalised name that merely ends in "s" ("Ron DeSantis", "Kamala Harris") is a person;
  // "Senate Democrats", "House Republicans" are groups.
  if (/^[\p{Lu}]/u.test(last) && space >= 0 && !PLURAL_NAME.test(head)) return 'person';
  if (/[\p{Lu}]/u.test(raw) && !GROUP_HEADS.test(head)) return 'person';
  return GROUP_HEADS.test(head) ? 'group' : 'organisation';
}

/**
 * The latest entity that is the same as `raw`. Only entities sharing its head word or its
 * acronym are compared, so a long report costs time linear in its mentions.
 */
function lastSame(entities: Entities, raw: string): Entity | undefined {
  const keys = keysFor(entities, raw);
  // Each entity once, however many keys it shares: marked with this question's number (a set
  // per question, with its copy to sort, made most of the allocation of the whole resolution).
  const question = ++entities.questions;
  // One list for every question (emptied here; nothing below asks another question while it is read).
  const sharing = SHARING;
  sharing.length = 0;
  for (const key of keys) {
    const holders = entities.byKey.get(key);
    if (holders) for (const e of holders) if (e.asked !== question) {
      e.asked = question;
      sharing.push(e);
    }
  }
  // Latest first, as a scan back through the mentions would meet them.
  latestFirst(sharing);
  let found: Entity | undefined;
  for (const e of sharing) if (sameEntity(e.raw, raw) || sameEntity(e.name, raw)) {
    found = e;
    break;
  }
  // Emptied again so that the list keeps no entity of a finished report alive.
  sharing.length = 0;
  return found;
}

const SHARING: Entity[] = [];

/**
 * Names the entity of each mention, in reading order. `null` mentions (no source) stay null;
 * `sameSentenceAs[i]` is the index of an earlier mention in the same sentence (for "which").
 */
export function resolveEntities(mentions: readonly (string | null)[], previousInSentence: readonly (number | null)[], context: readonly ContextName[] = []): (string | null)[] {
  const entities: Entities = { list: [], byKey: new Map(), clock: 0, questions: 0, keysByRaw: new Map(), kindByRaw: new Map() };
  const out: (string | null)[] = [];
  let next = 0;
  for (let i = 0; i < mentions.length; i++) {
    // People named as a sentence's subject are candidates for a later "he" or "she" too.
    for (; next < context.length && context[next]!.before <= i; next++) notePerson(entities, context[next]!.raw);
    const raw = mentions[i];
    if (!raw) { out.push(null); continue; }
    const lower = raw.trim().toLowerCase();
    let found: Entity | undefined;
    if (RELATIVES.has(lower)) {
      const prev = previousInSentence[i];
      out.push(prev !== null && prev !== undefined ? out[prev] ?? null : entities.list[entities.list.length - 1]?.name ?? null);
      continue;
    }
    if (PERSON_PRONOUNS.has(lower)) found = lastOf(entities.list, (e) => e.kind === 'person');
    else if (THING_PRONOUNS.has(lower)) found = lastOf(entities.list, (e) => e.kind !== 'person');
    else if (PLURAL_PRONOUNS.has(lower)) found = lastOf(entities.list, (e) => e.kind === 'group') ?? lastOf(entities.list, (e) => e.kind === 'organisation');
    else found = lastSame(entities, raw);
    if (found) {
      // The latest mention is the most salient for the next pronoun.
      mention(entities, found, true);
      out.push(found.name);
      continue;
    }
    if (PERSON_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower)) { out.push(null); continue; }
    const name = normaliseEntity(raw);
    mention(entities, { name, raw, kind: kindFor(entities, raw, name), keys: keysFor(entities, raw), seen: 0, asked: 0 }, false);
    out.push(name || null);
  }
  return linkSpokespeople(out, mentions);
}

function lastOf(entities: readonly Entity[], test: (e: Entity) => boolean): Entity | undefined {
  for (let k = entities.length - 1; k >= 0; k--) if (test(entities[k]!)) return entities[k];
  return undefined;
}

/** A person named outside any attribution ("Mr Biden is due in Florida"), before mention `before`. */
export interface ContextName {
  before: number;
  raw: string;
}

/** Makes a named person the most recent one (for "he"/"she"), merging with a known entity. */
function notePerson(entities: Entities, raw: string): void {
  const name = normaliseEntity(raw);
  if (!name || kindFor(entities, raw, name) !== 'person') return;
  const known = lastSame(entities, raw);
  mention(entities, known ?? { name, raw, kind: 'person', keys: keysFor(entities, raw), seen: 0, asked: 0 }, !!known);
}

/** "a UN official" -> the UN body named anywhere in the report ("UN Office of ... (OHCHR)"). */
function linkSpokespeople(names: (string | null)[], mentions: readonly (string | null)[]): (string | null)[] {
  return names.map((name, i) => {
    if (!name) return name;
    const m = SPOKESPEOPLE.exec(name);
    if (!m) return name;
    const body = name.replace(/\s+\S+$/, '');
    // Only a named body speaks through an official ("a UN official"), not "security officials".
    if (body.split(' ').length > 2 || !new RegExp(`(?:^|\\s)${body.replace(/[.*+?^${}()|[\]\\]/g, '')}\\b`, 'i').test(mentions[i] ?? '') || !/[\p{Lu}]/u.test((mentions[i] ?? '').replace(/^(?:A|An|The)\s/, ''))) return name;
    for (let k = 0; k < mentions.length; k++) {
      const raw = mentions[k];
      const other = names[k];
      // Officials speak for a body, not for a person ("Florida officials" are not Governor DeSantis).
      if (!raw || !other || other === name || namesPerson(raw, other)) continue;
      const words = raw.replace(/^(?:the|a|an)\s+/i, '').toLowerCase().split(/\s+/);
      if (words[0] === body && words.length > 2) return other;
    }
    return name;
  });
}

/** A person's name with no body's word in it ("Florida Governor Ron DeSantis", not "UN Office of the High Commissioner"). */
function namesPerson(raw: string, name: string): boolean {
  return kindOf(raw, name) === 'person' && !acronymsOf(raw).length && !raw.toLowerCase().split(/[^\p{L}]+/u).some((w) => ORG_HEADS.has(w));
}
