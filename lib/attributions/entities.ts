/**
 * Source names in a normal form, and whether two names are the same source, across outlets:
 * "Kazakstan’s interior ministry" / "The Interior Ministry" / "the ministry"; "UN Office of the
 * High Commissioner for Human Rights (OHCHR)" / "OHCHR"; "President Kassym-Jomart Tokayev" /
 * "Tokayev". General rules only (determiners, possessors, titles, acronyms, head nouns, spelling
 * variants), no list of any one event's names.
 */
import { initialledSamePerson } from './initials';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/months';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'several', 'two', 'three', 'one', 'another', 'other']);
/** Titles dropped before a person's name ("President Kassym-Jomart Tokayev" -> the name). */
const TITLES = new Set(['president', 'prime', 'minister', 'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'sheikh', 'judge', 'justice', 'mayor', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chairman', 'chairwoman', 'ceo', 'director', 'commissioner', 'ambassador', 'foreign', 'interior', 'defense', 'defence', 'former', 'deputy', 'vice', 'acting', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'pope', 'attorney', 'country', "country's", 'sheriff', 'inspector', 'superintendent', 'captain', 'assistant', 'fire', 'police', 'commander', 'lieutenant', 'colonel', 'sergeant', 'officer', 'spokesperson', 'district', 'collector', 'magistrate', 'speaker', 'leader']);
/** Institutions whose place-name possessor is not part of the name ("Kazakhstan's interior ministry"). */
const INSTITUTIONS = new Set(['ministry', 'government', 'authorities', 'police', 'army', 'military', 'office', 'agency', 'embassy', 'court', 'parliament', 'president', 'presidency', 'cabinet', 'department', 'forces', 'officials', 'service', 'services', 'committee', 'commission', 'council', 'prosecutor', 'prosecutors', 'regulator', 'bank', 'administration', 'state', 'media', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Wrappers around the real source ("the update released by X", "X's statement"). */
const DOCUMENTS = new Set(['update', 'report', 'statement', 'figures', 'figure', 'data', 'estimate', 'estimates', 'count', 'tally', 'announcement', 'release', 'bulletin', 'account', 'website', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'representative']);
const TALLIES = new Set(['tally', 'count', 'figures', 'data', 'estimate', 'estimates', 'report', 'statement', 'update', 'survey', 'analysis', 'list']);
/** Holders whose office is named after them ("the Sheriff's Office", "the Coroner's office"). */
const OFFICE_HOLDERS = new Set(['sheriff', 'governor', 'mayor', 'coroner', 'examiner', 'attorney', 'general', 'prosecutor', 'president', 'premier', 'minister', 'chancellor', 'commissioner', 'auditor', 'comptroller', 'treasurer', 'marshal', 'clerk', 'speaker', 'ombudsman']);
const STOP = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'a', 'an', '&']);

const straighten = (s: string): string => s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');

const PARENTHESISED_ACRONYM = /\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/gu;

/** Acronyms given in parentheses ("... Human Rights (OHCHR)") or written alone ("OHCHR"). */
export function acronymsOf(name: string): string[] {
  const out: string[] = [];
  // An exec loop, not matchAll, which builds a new RegExp for every name.
  PARENTHESISED_ACRONYM.lastIndex = 0;
  for (let m = PARENTHESISED_ACRONYM.exec(name); m; m = PARENTHESISED_ACRONYM.exec(name)) out.push(m[1]!.replace(/\./g, '').toLowerCase());
  const bare = name.replace(/^(?:the|a|an)\s+/i, '').trim();
  if (/^[\p{Lu}][\p{Lu}\p{N}&.]{1,9}$/u.test(bare)) out.push(bare.replace(/\./g, '').toLowerCase());
  return out;
}

/** Initials of a name's capitalised words ("Collective Security Treaty Organization" -> "csto"). */
function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w) && !STOP.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
}

/**
 * The normal form of a source name: lower case, no determiners, possessors of institutions,
 * titles before names, parenthetical acronyms, or document wrappers.
 * @example normaliseEntity("Kazakstan’s interior ministry") // "interior ministry"
 * @example normaliseEntity("President Kassym-Jomart Tokayev") // "kassym-jomart tokayev"
 */
export function normaliseEntity(name: string): string {
  return cached(normalCache, name, normalise);
}

const MONTH_OR_DAY = `(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')})`;
const WHEN_AFTER = new RegExp(`\\s+(?:(?:in|on|from|of|since)\\s+(?:(?:19|20)\\d\\d|${MONTH_OR_DAY}(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d\\d)?)|(?:last|this|next|earlier this|later this)\\s+(?:week|month|year|spring|summer|fall|autumn|winter)|(?:on\\s+)?${MONTH_OR_DAY})$`, 'i');
const YEAR_BEFORE = /^((?:an?|the)\s+)?(?:19|20)\d\d\s+(?=\p{L})/iu;

function normalise(name: string): string {
  // An aside between dashes ("Kall -- co-editor of ... --") is no part of the name.
  name = name.replace(/\s(?:--|[—–―])\s[^]*?(?:--|[—–―])\s*$/u, '').trim();
  name = namePart(name);
  let s = straighten(name).replace(/\([^)]*\)/g, ' ').replace(/[,;:"]+/g, ' ').replace(/\s+/g, ' ').trim();
  // When is no part of who: "an engineering review in 2018", "a report last month", "the 2018 review".
  s = s.replace(WHEN_AFTER, '').replace(YEAR_BEFORE, '$1').trim() || s;
  // "the update released by X" -> X
  // "a tally ABC News compiled from ...": the compiler is the source, not what it drew on.
  const kept = /^(?:an?|the)?\s*(?:tally|count|report|survey|analysis|review|estimate|figures?|data|update)\s+(?:that\s+|which\s+)?((?:[\p{Lu}][\p{L}.&'-]*\s+)+)(?:compiled|released|published|issued|conducted|gathered|kept|prepared|produced)\b/iu.exec(s);
  const by = kept ? null : /\b(?:released|published|issued|provided|compiled|posted|given|cited|received|obtained|supplied)\s+(?:by|from)\s+(.+)$/i.exec(s);
  if (kept && kept[1]) s = kept[1].trim();
  else if (by && by[1]) s = by[1];
  let words = s.split(' ').filter(Boolean);
  // Appositions ("the state's campaign chairman Phil Lovas") keep their name part when it has one.
  const lower = (w: string): string => w.toLowerCase();
  // "X's statement" -> X ; "Kazakhstan's interior ministry" -> "interior ministry"
  const poss = words.findIndex((w) => /'s$|s'$/i.test(w));
  if (poss >= 0) {
    const rest = words.slice(poss + 1);
    const head = rest.length ? lower(rest[rest.length - 1]!) : '';
    if (!rest.length || DOCUMENTS.has(head)) words = [...words.slice(0, poss), words[poss]!.replace(/'s?$/i, '')];
    // "The Sheriff's Office", "the Medical Examiner's office": an office named after its holder.
    else if (OFFICE_HOLDERS.has(lower(words[poss]!).replace(/'s?$/, ''))) words = [...words.slice(0, poss), words[poss]!.replace(/'s?$/i, ''), ...rest];
    else if (INSTITUTIONS.has(head) || /^[\p{Lu}]/u.test(rest[0]!) || !/^[\p{Lu}]/u.test(words[poss]!)) words = rest;
    else words = [...words.slice(0, poss), words[poss]!.replace(/'s?$/i, ''), ...rest];
  }
  while (words.length > 1 && DETERMINERS.has(lower(words[0]!))) words.shift();
  // "ABC News tally", "Interior Ministry figures": the named body, not its document.
  if (words.length > 1 && TALLIES.has(lower(words[words.length - 1]!)) && /^[\p{Lu}]/u.test(words[words.length - 2]!)) words = words.slice(0, -1);
  // Titles go when a capitalised name follows ("President Tokayev"), not from "the ministry".
  let t = 0;
  while (t < words.length - 1 && TITLES.has(lower(words[t]!).replace(/\.$/, ''))) t++;
  if (t > 0 && words.slice(t).every((w) => /^[\p{Lu}]/u.test(w)) && !words.slice(t).some((w) => INSTITUTIONS.has(lower(w)))) words = words.slice(t);
  const acronyms = acronymsOf(name);
  const out = words.map((w) => lower(w).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/'s$/, '')).filter(Boolean).join(' ');
  // A name with its acronym given is known by the acronym: outlets spell the long form differently.
  if (acronyms.length && words.length > 2) return acronyms[0]!;
  return out;
}

/**
 * Of an apposition ("The state's campaign chairman, Phil Lovas", "Trump, speaking to ..."),
 * the part that names: the first comma-separated part with a capitalised word that is not a title.
 */
function namePart(name: string): string {
  const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return name;
  // A part that is a name through and through ("Jimmy Patronis") wins over a role with a place in it.
  const pureName = parts.find((p) => p.split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w) && !DETERMINERS.has(w.toLowerCase())) && !/'s\b/.test(p));
  if (pureName) return pureName;
  const named = parts.find((p) => p.split(/\s+/).some((w) => /^[\p{Lu}]/u.test(w) && !TITLES.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase())));
  return named ?? parts[0]!;
}

/** Same word, allowing one typo or a spelling variant ("kazakstan" / "kazakhstan"), or a demonym ("kazakh"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && (a.startsWith(b) || b.startsWith(a))) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const contentWords = (s: string): string[] => s.split(/[\s-]+/).filter((w) => w && (w === 'of' || !STOP.has(w)));

/**
 * Whether two source names denote the same source: equal normal forms, a shared acronym (given
 * or spelled out), or the same head noun with one name's words all in the other's.
 * @example sameEntity("The Interior Ministry", "Kazakstan’s interior ministry") // true
 * @example sameEntity("OHCHR", "UN Office of the High Commissioner for Human Rights (OHCHR)") // true
 */
export function sameEntity(a: string, b: string): boolean {
  // Keyed by one name, then the other: a joined key would be a new string to build and hash per question.
  let answers = sameCache.get(a);
  let same = answers?.get(b);
  if (same !== undefined) return same;
  if (sameCount >= CACHE_LIMIT) {
    sameCache.clear();
    sameCount = 0;
    answers = undefined;
  }
  if (!answers) sameCache.set(a, (answers = new Map()));
  same = compare(a, b);
  answers.set(b, same);
  sameCount++;
  return same;
}

function compare(a: string, b: string): boolean {
  const na = normaliseEntity(a);
  const nb = normaliseEntity(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const acrA = acronymsOf(a).concat(na.includes(' ') ? [] : [na]);
  const acrB = acronymsOf(b).concat(nb.includes(' ') ? [] : [nb]);
  if (acrA.some((x) => acrB.includes(x))) return true;
  if (acrA.some((x) => x.length > 1 && x === initials(b))) return true;
  if (acrB.some((x) => x.length > 1 && x === initials(a))) return true;
  const wa = headFirst(contentWords(na));
  const wb = headFirst(contentWords(nb));
  if (!wa.length || !wb.length) return false;
  // Two people's full names: two shared name words ("Mayor Daniella Levine Cava of Miami-Dade
  // County" / "Miami-Dade Mayor Daniella Levine Cava"), not one ("Bill" / "Hillary Clinton").
  // Both must end in a name: "Lee County" is not "Lee County's medical examiner".
  if (capitalised(a) >= 2 && capitalised(b) >= 2 && endsInName(a) && endsInName(b) && wa.filter((w) => !TITLES.has(w) && wb.some((v) => sameWord(w, v))).length >= 2) return true;
  if (sameHead(wa, wb)) return true;
  if (initialledSamePerson(a, b, (w) => TITLES.has(w))) return true;
  // "the Chief Secretary" / "Odisha Chief Secretary Pradeep Jena": a role alone names its holder.
  // The titles are compared as written: normalising drops them from "Chief Secretary PK Jena".
  const ra = rawWords(a);
  const rb = rawWords(b);
  const [short, long] = ra.length <= rb.length ? [ra, rb] : [rb, ra];
  if (short.length && short.every((w) => TITLES.has(w)) && short.every((w) => long.includes(w)) && long.length > short.length && long.some((w) => !TITLES.has(w))) return true;
  // "health ministry spokesperson" speaks for the "health ministry".
  const ua = unspoken(wa);
  const ub = unspoken(wb);
  return (ua !== wa || ub !== wb) && ua.length > 0 && ub.length > 0 && sameHead(ua, ub);
}

/** A name's words as written, lower case, without determiners ("the Chief Secretary" -> chief secretary). */
function rawWords(raw: string): string[] {
  return raw.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w && !DETERMINERS.has(w));
}

function sameHead(wa: string[], wb: string[]): boolean {
  if (!sameWord(wa[wa.length - 1]!, wb[wb.length - 1]!)) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.some((v) => sameWord(w, v)));
}

/** "ministry of health" -> "health ministry": the head noun last, as in English compounds. */
function headFirst(words: string[]): string[] {
  const name = words.join(' ');
  const m = /^(.+?) of (.+)$/.exec(name);
  if (!m || /\bof\b/.test(m[2]!)) return words.filter((w) => w !== 'of');
  return [...m[2]!.split(' '), ...m[1]!.split(' ')];
}

const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'representative', 'source', 'sources']);
const BODIES = new Set(['ministry', 'office', 'department', 'agency', 'government', 'police', 'commission', 'committee', 'council', 'embassy', 'army', 'military', 'service', 'administration', 'campaign', 'company', 'party']);

/** Without a trailing "spokesperson"/"official" when what remains names a body. */
function unspoken(words: string[]): string[] {
  if (words.length < 2 || !SPOKES.has(words[words.length - 1]!)) return words;
  const rest = words.slice(0, -1);
  return BODIES.has(rest[rest.length - 1]!) ? rest : words;
}

function endsInName(raw: string): boolean {
  return /[\p{Lu}][\p{L}.'’-]*\W*$/u.test(raw.trim());
}

/** How many capitalised words a name has ("Daniella Levine Cava" -> 3). */
function capitalised(raw: string): number {
  return raw.split(/\s+/).filter((w) => /^[\p{Lu}][\p{Ll}]/u.test(w)).length;
}

/** Names repeat through a report and across outlets: remember recent answers (bounded). */
const CACHE_LIMIT = 20_000;
const normalCache = new Map<string, string>();
const sameCache = new Map<string, Map<string, boolean>>();
let sameCount = 0;
function cached<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = compute(key);
  cache.set(key, value);
  return value;
}
