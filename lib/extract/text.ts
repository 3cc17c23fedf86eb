/**
 * The readable text of an article's content element: one paragraph a line, so that sentence
 * splitting and offsets see the paragraphs the reader sees. Scripts and styles never count.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME']);

export function blockText(root: Node): string {
  const parts: string[] = [];
  // An explicit stack, not recursion: a hostile page can nest elements tens of thousands deep.
  const stack: Array<Node | 'break'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'break') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      // Line breaks in markup are white space; only blocks make paragraphs.
      parts.push((node.nodeValue ?? '').replace(/[\r\n]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) stack.push('break');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (block) parts.push('\n');
  }
  return tidy(parts.join(''));
}

/** Collapses runs of white space within lines and blank lines between them. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
