/**
 * Words as the matcher sees them: Unicode letters, lower case, light English plural folding,
 * with the function words and the vocabulary every disaster story shares set aside.
 */

/** A word and where it stands, in UTF-16 offsets of the text. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-.]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;

/** Every word of a text, in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Function words of the languages the extension meets most, never event terms. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor if then than so as at by for from in into of off on onto out over to up upon with within without ' +
    'about above after again against all also am among any are around be because been before being below between both ' +
    'can could did do does doing down during each even ever every few further had has have having he her here hers herself him ' +
    'himself his how i its it itself just least less many may me might more most much must my myself no not now ' +
    'only other others our ours ourselves own per same she should since some such that their theirs them themselves ' +
    'there these they this those though through thus too under until very via was we were what when where whether which while who ' +
    'whom whose why will would yet you your yours still while whose however although already another almost nearly ' +
    "it's that's there's le la les de des du un une et en au aux est der die das und den dem ein eine el los las y del por para con"
  ).split(' '),
);

/**
 * Words every news report uses whatever the event ("said", "people", "officials"). They still
 * count a little, but two reports sharing only these are not the same event.
 */
export const COMMON_NEWS_WORDS: ReadonlySet<string> = new Set(
  (
    'said say says told tell according reported report reports added news people person official officials ' +
    'authority authorities government minister ministry president state country city week day days year years time ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday morning evening night afternoon ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'first second third one two three four five six seven eight nine ten hundred hundreds thousand thousands million dozens ' +
    'new old last next several including number numbers figure total latest earlier later more other local national ' +
    'mr mrs ms dr area areas part parts statement media told made make like well many way could would also home homes ' +
    'death deaths dead killed toll injured missing victims rescue rescuers search teams team emergency ' +
    'advertisement related comments comment share read photo video published updated copyright subscribe'
  ).split(' '),
);

/** Capitalised words that are not names: calendar words, titles, places' generic parts. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr president prime minister governor mayor sheriff chief secretary spokesperson spokesman spokeswoman ' +
    'the a an in on at on it its he she they we this that these those but and or if as after before when while ' +
    'advertisement related comments comment share published updated photo video tags read ' +
    // Picture credits and wire agencies are on every kind of story.
    'getty images image photo photos credit afp reuters ap associated press epa shutterstock anadolu xinhua pa dpa efe ani ians pti'
  ).split(' '),
);

/**
 * A word folded for matching: lower case, no possessive, English plurals made singular
 * ("ministries" -> "ministry", "deaths" -> "death"); short words and "-ss" words are left alone.
 */
export function fold(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Whether a word as written starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
