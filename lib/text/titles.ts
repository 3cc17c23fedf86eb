/**
 * Titles written before a name with a full stop ("Sen.", "Sens.", "Del.", "Adm."), lower case
 * without the dot. The sentence splitter does not end a sentence after them, and a source read
 * from tokens keeps them ("Sens" "." "John McCain").
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'del', 'gov', 'govs', 'lt', 'gen', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'supt', 'insp', 'det', 'atty', 'pres', 'rev', 'msgr', 'hon', 'assemb', 'secy',
]);
