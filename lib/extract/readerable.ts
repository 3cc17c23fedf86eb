/**
 * Whether a page looks like an article: Readability's isProbablyReaderable, lowered a little for
 * short wire stories and scaled for CJK text, worked out from the page's elements that extraction
 * has listed already. Readability's own function asks the page two selector queries
 * ("p, pre, article" and "div > br") and one `matches("li p")` per paragraph; on a DOM
 * implemented in script (linkedom, the command) those walks cost more than the rest of the gate.
 * The weighing itself is Readability's, step for step (tests/lib/extract/readerable.test.ts holds
 * the two side by side).
 */
import { scoredParagraphs } from './readerable-paragraphs';

interface Gate {
  /** Paragraphs shorter than this do not count. */
  minContentLength: number;
  /** The page passes when the paragraphs' score goes above this. */
  minScore: number;
}

/** Readability's own test for "is this an article", lowered a little for short wire stories. */
const READERABLE: Gate = { minContentLength: 120, minScore: 20 };
/** Han, kana and hangul: a sentence in these scripts takes about a third of the characters of English. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** The same gate scaled to CJK text: a 100-character Japanese paragraph is a long one. */
const CJK_READERABLE: Gate = { minContentLength: 40, minScore: 20 };

/** Whether most of the page's letters are CJK (sampled: the gate must stay cheap on large pages). */
export function isMostlyCjk(doc: Document): boolean {
  const sample = (doc.body?.textContent ?? '').slice(0, 20_000).replace(/[\s\p{P}\p{N}]/gu, '');
  return sample.length > 0 && (sample.match(CJK)?.length ?? 0) / sample.length > 0.5;
}

/**
 * Whether the page looks like an article, in any script. `elements` are all the page's elements
 * in order, when the caller has them already (`doc.querySelectorAll('*')`).
 */
export function looksLikeArticle(doc: Document, elements: ArrayLike<Element> = doc.querySelectorAll('*')): boolean {
  const paragraphs = scoredParagraphs(elements);
  // Text lengths are read when a gate first needs them and kept for the CJK gate: like
  // Readability, the first gate stops reading once the page has passed.
  const lengths: number[] = [];
  const lengthAt = (i: number): number => (lengths[i] ??= paragraphs[i]!.textContent?.trim().length ?? 0);
  const passes = ({ minContentLength, minScore }: Gate): boolean => {
    let score = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      const length = lengthAt(i);
      if (length < minContentLength) continue;
      score += Math.sqrt(length - minContentLength);
      if (score > minScore) return true;
    }
    return false;
  };
  return passes(READERABLE) || (isMostlyCjk(doc) && passes(CJK_READERABLE));
}
