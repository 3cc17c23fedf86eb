/**
 * A quick test that a sentence may hold a figure at all, so that most sentences of a long
 * article are passed over with one scan instead of being tokenised. It must accept every
 * sentence any later step could read: digits, number words, vague amounts, multipliers,
 * fractions, word ordinals, and "no"/"none" before a toll.
 */
const NUMBER_WORDS: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'trillions', 'dozen', 'dozens', 'scores', 'half', 'halves', 'halved', 'halving', 'third', 'thirds', 'quarter',
  'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'tenth', 'tenths', 'twice', 'thrice', 'double', 'doubled', 'doubles',
  'doubling', 'triple', 'tripled', 'triples', 'tripling', 'trebled', 'quadruple', 'quadrupled', 'quadruples', 'quadrupling',
  'none', 'nobody', 'first', 'sixth', 'seventh', 'eighth', 'ninth', 'eleventh', 'twelfth', 'twentieth', 'thirtieth', 'fiftieth',
  'hundredth', 'thousandth',
];
const DIGIT = /\d/;
const TOLL = /casualt|death|fatalit|injur|victim|dead|killed|wounded|hurt|missing|arrest/i;

export function mayHoldFigures(sentence: string): boolean {
  if (DIGIT.test(sentence)) return true;
  const words = scanWords(sentence);
  return words === HOLDS_FIGURE_WORD || (words === HOLDS_NO && TOLL.test(sentence));
}

/*
 * The words are read as a regex with \b and the i flag read them (it was one, and it scanned
 * every sentence without digits at several times the cost of this walk): a word is a run of
 * [A-Za-z0-9_], matched without regard to ASCII case; any other character ends it.
 */
const NOTHING = 0;
const HOLDS_NO = 1;
const HOLDS_FIGURE_WORD = 2;

/** A trie of the number words: 26 next nodes per node (0: none), and which nodes end a word. */
const NEXT: Int32Array = new Int32Array(26 * (1 + NUMBER_WORDS.reduce((n, w) => n + w.length, 0)));
const ENDS: Uint8Array = new Uint8Array(NEXT.length / 26);
let nodes = 1;
for (const word of NUMBER_WORDS) {
  let node = 0;
  for (let k = 0; k < word.length; k++) {
    const slot = node * 26 + word.charCodeAt(k) - 97;
    if (!NEXT[slot]) NEXT[slot] = nodes++;
    node = NEXT[slot]!;
  }
  ENDS[node] = 1;
}

/** HOLDS_FIGURE_WORD if a word of the sentence is a number word or "-fold" ("tenfold", "manifold"), else HOLDS_NO for a lone "no", else NOTHING. */
function scanWords(s: string): number {
  let found = NOTHING;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    // A word from i to j: followed through the trie while it is all letters.
    let node = 0;
    let letters = true;
    let j = i;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      const letter = (c | 32) - 97;
      if (letter >= 0 && letter < 26 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        if (node >= 0) node = NEXT[node * 26 + letter]! || -1;
      } else if (isWordChar(c)) {
        letters = false;
        node = -1;
      } else {
        break;
      }
    }
    if (node > 0 && ENDS[node]) return HOLDS_FIGURE_WORD;
    if (letters && j - i >= 5 && endsWithFold(s, j)) return HOLDS_FIGURE_WORD;
    if (letters && j - i === 2 && (s.charCodeAt(i) | 32) === 110 && (s.charCodeAt(i + 1) | 32) === 111) found = HOLDS_NO;
    i = j;
  }
  return found;
}

function endsWithFold(s: string, end: number): boolean {
  return (s.charCodeAt(end - 4) | 32) === 102 && (s.charCodeAt(end - 3) | 32) === 111 && (s.charCodeAt(end - 2) | 32) === 108 && (s.charCodeAt(end - 1) | 32) === 100;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
