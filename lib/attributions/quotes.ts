/**
 * Quotations: pairs of quote marks, straight or curly, nested, across sentences. Reporters close
 * a quote at a paragraph's end only when the quote ends there, so an open quote is closed at the
 * paragraph break at the latest: one stray mark spoils one paragraph, not the article.
 */

export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the paragraph end when unbalanced). */
  end: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** 0 for an outer quotation, 1 for one inside it, ... */
  depth: number;
  /** False when no closing mark was found before the paragraph ended. */
  closed: boolean;
}

type Family = 'double' | 'single' | 'angle' | 'corner' | 'white-corner';

interface Open {
  family: Family;
  start: number;
  innerStart: number;
  /** The opening character ("„" is closed by "“" in German). */
  mark: string;
}

/** How deep quotations nest before further marks are ignored (bounds the work per mark). */
const MAX_DEPTH = 6;

const OPENERS: Record<string, Family> = { '“': 'double', '„': 'double', '‘': 'single', '‚': 'single', '«': 'angle', '‹': 'angle', '「': 'corner', '『': 'white-corner' };
const CLOSERS: Record<string, Family> = { '”': 'double', '’': 'single', '»': 'angle', '›': 'angle', '」': 'corner', '』': 'white-corner' };

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
};
const OPEN_CONTEXT = /[\s(\[{\u2014\u2013\-–—:]/;

/** Finds the quotations of `text`, ordered by their opening mark. Linear in the text's length. */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  const stack: Open[] = [];
  const closeAll = (at: number): void => {
    while (stack.length) {
      const open = stack.pop()!;
      found.push({ start: open.start, end: at, innerStart: open.innerStart, innerEnd: at, depth: stack.length, closed: false });
    }
  };
  const close = (family: Family, at: number, innerEnd: number = at): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.family !== family) continue;
      // Inner quotations left open end where their outer one ends.
      while (stack.length > k + 1) {
        const inner = stack.pop()!;
        found.push({ start: inner.start, end: at, innerStart: inner.innerStart, innerEnd: at, depth: stack.length, closed: false });
      }
      const open = stack.pop()!;
      found.push({ start: open.start, end: at + 1, innerStart: open.innerStart, innerEnd, depth: stack.length, closed: true });
      return true;
    }
    return false;
  };
  const open = (family: Family, at: number): void => {
    if (stack.length < MAX_DEPTH) stack.push({ family, start: at, innerStart: at + 1, mark: text[at]! });
  };

  // Jump from mark to mark: prose between quotation marks needs no look. A mark is one
  // character, so test() (no match array per mark: apostrophes are everywhere) gives its place.
  const MARKS = /["'“”‘’„‚«»‹›「」『』\n]/g;
  while (MARKS.test(text)) {
    let i = MARKS.lastIndex - 1;
    const c = text[i]!;
    if (c === '\n') {
      closeAll(trimEnd(text, i));
      continue;
    }
    const before = text[i - 1];
    const after = text[i + 1];
    if (c === '"' || c === "'") {
      // Two apostrophes stand for a double quotation mark in some newspapers' text (''Like this'').
      const doubled = c === "'" && after === "'";
      const family: Family = c === '"' || doubled ? 'double' : 'single';
      if (doubled) {
        const top = stack.length ? stack[stack.length - 1]!.family : null;
        const opensHere = (i === 0 || OPEN_CONTEXT.test(before!)) && !isSpace(text[i + 2]);
        if (top === 'double' || (stack.some((s) => s.family === 'double') && !opensHere)) close('double', i + 1, i);
        else if (opensHere && stack.length < MAX_DEPTH) stack.push({ family: 'double', start: i, innerStart: i + 2, mark: "''" });
        i++;
        MARKS.lastIndex = i + 1;
        continue;
      }
      const top = stack.length ? stack[stack.length - 1]!.family : null;
      const opensHere = (i === 0 || OPEN_CONTEXT.test(before!) || before! in OPENERS) && !isSpace(after);
      if (c === "'" && isWordChar(before) && isWordChar(after)) continue; // an apostrophe: don't
      if (top === family || (stack.some((s) => s.family === family) && !opensHere)) {
        if (!(c === "'" && isWordChar(after))) close(family, i);
      } else if (opensHere) {
        open(family, i);
      }
      continue;
    }
    // German and Polish quotations open low and close high: „...“ and ‚...‘.
    const top = stack[stack.length - 1];
    if (top && ((c === '“' && top.mark === '„') || (c === '‘' && top.mark === '‚'))) {
      close(top.family, i);
      continue;
    }
    const opener = OPENERS[c];
    if (opener) {
      // ‘ after a letter is a misprinted apostrophe; „ and ‚ open only (German, Polish).
      if (!(opener === 'single' && isWordChar(before))) open(opener, i);
      continue;
    }
    const closer = CLOSERS[c];
    if (closer) {
      // ’ inside a word is an apostrophe; after a plural ("the Clintons’ plan") it closes
      // only when a single quotation is open.
      if (closer === 'single' && (isWordChar(after) || !stack.some((s) => s.family === 'single'))) continue;
      close(closer, i);
    }
  }
  closeAll(trimEnd(text, text.length));
  return found.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The quoted words of a quotation as a span: without the marks, and without the comma or full
 * stop that English style puts inside the closing mark ("eliminated," -> eliminated).
 */
export function quotedWords(text: string, q: Quotation): { start: number; end: number } {
  let start = q.innerStart;
  let end = q.innerEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
