/**
 * A regex alternation of words written as a prefix tree: "t(?:en(?:th)?|wo)" for ten, tenth,
 * two. It matches the same words as "ten|tenth|two", but irregexp tries a long flat list one
 * word at a time at every position of the text, where the tree settles each position in a
 * letter or two: the sentence prefilter's list of number words ran about twice as fast so.
 * Words must be plain letters; anything else (a fragment of regex syntax) is kept as its own
 * alternative, after the tree.
 */
export function wordsPattern(words: readonly string[]): string {
  const root: Trie = { next: new Map(), end: false };
  const fragments: string[] = [];
  for (const word of words) {
    if (!/^[a-z]+$/i.test(word)) {
      fragments.push(word);
      continue;
    }
    let node = root;
    for (const letter of word) {
      let child = node.next.get(letter);
      if (!child) node.next.set(letter, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return [treePattern(root), ...fragments].filter(Boolean).join('|');
}

interface Trie {
  next: Map<string, Trie>;
  /** A word ends here (it may also go on: "ten", "tenth"). */
  end: boolean;
}

function treePattern(node: Trie): string {
  const branches = [...node.next].map(([letter, child]) => letter + treePattern(child));
  if (!branches.length) return '';
  const inner = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${inner})?` : inner;
}
