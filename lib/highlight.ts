/**
 * Finds a passage of the report in the live page and highlights it, so the reader sees where a
 * figure or quote stands. The report's text was extracted by Readability with whitespace tidied,
 * so the search runs on the page's text nodes with whitespace collapsed and quote marks folded,
 * mapping every matched character back to its node. The page is only read, except for the
 * highlight itself (the CSS Custom Highlight API; a temporary <mark> where it is missing).
 */

/** Elements whose text the reader never sees. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT']);
const HIGHLIGHT_NAME = 'parallax-passage';
/** How long the fallback <mark> stays: long enough to find it, short enough not to linger in the page. */
export const MARK_MS = 4000;

/** Folds characters that differ between the page and the extracted text; one char to one char. */
function fold(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (/[‘’‚‛′]/.test(ch)) return "'";
  if (/[“”„‟″«»]/.test(ch)) return '"';
  if (/[‐‑‒–—]/.test(ch)) return '-';
  return ch;
}

/** The passage as searched: folded, whitespace collapsed, trimmed. */
export function normalisePassage(text: string): string {
  return Array.from(text, fold).join('').replace(/ +/g, ' ').trim();
}

interface FlatText {
  text: string;
  /** For each character of `text`, its node and offset (UTF-16) in that node. */
  nodes: Text[];
  node: Int32Array;
  offset: Int32Array;
}

function flatten(root: Node): FlatText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let lastSpace = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (SKIP.has(parent.tagName.toUpperCase()) || parent.closest('script,style,noscript,template'))) continue;
    const data = (n as Text).data;
    const index = nodes.push(n as Text) - 1;
    for (let i = 0; i < data.length; i++) {
      const ch = fold(data[i]!);
      if (ch === ' ' && lastSpace) continue;
      lastSpace = ch === ' ';
      chars.push(ch);
      nodeOf.push(index);
      offsetOf.push(i);
    }
  }
  return { text: chars.join(''), nodes, node: Int32Array.from(nodeOf), offset: Int32Array.from(offsetOf) };
}

/**
 * The range of the page's text that reads as `passage`, or null. Exact first, then ignoring case.
 * @example
 * const range = findPassage(document.body, 'Nearly 750 law enforcement');
 */
export function findPassage(root: Node, passage: string): Range | null {
  const wanted = normalisePassage(passage);
  if (!wanted) return null;
  const flat = flatten(root);
  let at = flat.text.indexOf(wanted);
  if (at < 0) at = flat.text.toLowerCase().indexOf(wanted.toLowerCase());
  if (at < 0) return null;
  const last = at + wanted.length - 1;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(flat.nodes[flat.node[at]!]!, flat.offset[at]!);
  range.setEnd(flat.nodes[flat.node[last]!]!, flat.offset[last]! + 1);
  return range;
}

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  setTimeout: typeof setTimeout;
}

/**
 * Highlights a range and scrolls it into view.
 * @returns A function that removes the highlight.
 */
export function highlightRange(range: Range, win: HighlightWindow): () => void {
  const doc = range.startContainer.ownerDocument!;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const registry = win.CSS?.highlights;
  if (registry && win.Highlight) {
    ensureHighlightStyle(doc);
    registry.set(HIGHLIGHT_NAME, new win.Highlight(range));
    return () => registry.delete(HIGHLIGHT_NAME);
  }
  const marks = wrapInMarks(range);
  const timer = win.setTimeout(() => unwrap(marks), MARK_MS);
  return () => {
    clearTimeout(timer);
    unwrap(marks);
  };
}

function ensureHighlightStyle(doc: Document): void {
  if (doc.querySelector('style[data-parallax-highlight]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-parallax-highlight', '');
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54a; color: #000; }`;
  (doc.head ?? doc.documentElement).append(style);
}

/** Wraps each text node piece of the range in its own <mark> (a range may cross elements). */
export function wrapInMarks(range: Range): HTMLElement[] {
  const doc = range.startContainer.ownerDocument!;
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4);
  for (let n = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (!range.intersectsNode(text)) continue;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end > start) pieces.push({ node: text, start, end });
  }
  return pieces.map(({ node, start, end }) => {
    const middle = node.splitText(start);
    middle.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-parallax', '');
    middle.replaceWith(mark);
    mark.append(middle);
    return mark;
  });
}

function unwrap(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent.normalize();
  }
}
