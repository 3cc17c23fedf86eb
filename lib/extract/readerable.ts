import { isProbablyReaderable } from '@mozilla/readability';

/** Readability's own test for "is this an article", lowered a little for short wire stories. */
const READERABLE = { minContentLength: 120, minScore: 20 };
/** Han, kana and hangul: a sentence in these scripts takes about a third of the characters of English. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** The same gate scaled to CJK text: a 100-character Japanese paragraph is a long one. */
const CJK_READERABLE = { minContentLength: 40, minScore: 20 };

/** Whether most of the page's letters are CJK (sampled: the gate must stay cheap on large pages). */
export function isMostlyCjk(doc: Document): boolean {
  const sample = (doc.body?.textContent ?? '').slice(0, 20_000).replace(/[\s\p{P}\p{N}]/gu, '');
  return sample.length > 0 && (sample.match(CJK)?.length ?? 0) / sample.length > 0.5;
}

/** Whether the page looks like an article, in any script. */
export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc, READERABLE) || (isMostlyCjk(doc) && isProbablyReaderable(doc, CJK_READERABLE));
}
