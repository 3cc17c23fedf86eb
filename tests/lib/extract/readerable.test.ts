import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { isProbablyReaderable } from '@mozilla/readability';
import { isMostlyCjk, looksLikeArticle } from '../../../lib/extract/readerable';
import { scoredParagraphs } from '../../../lib/extract/readerable-paragraphs';

const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const doc = (html: string) => parseHTML(html).document as unknown as Document;
/** 600 characters: one such paragraph alone passes the gate (sqrt(600 - 120) > 20). */
const long = 'The officials met on Thursday and the talks, which lasted for hours, ended without agreement. '.repeat(7).slice(0, 600);
const cjk = '救助隊はこれまでに運河から11人を救出し、そのうち4人が重傷を負った。ダイバーは火曜日の夕方になっても捜索を続けた。';

/** The gate as it was: Readability's own function, twice (Latin, then CJK-scaled). */
function readabilityGate(page: Document): boolean {
  return isProbablyReaderable(page, { minContentLength: 120, minScore: 20 }) || (isMostlyCjk(page) && isProbablyReaderable(page, { minContentLength: 40, minScore: 20 }));
}

/** What Readability-readerable.js weighs, found its way: selector queries and matches(). */
function readabilityParagraphs(page: Document): Set<Element> {
  const nodes = new Set(Array.from(page.querySelectorAll('p, pre, article')));
  for (const br of Array.from(page.querySelectorAll('div > br'))) nodes.add(br.parentNode as Element);
  const weighed = new Set<Element>();
  for (const node of nodes) {
    const el = node as HTMLElement;
    const visible = (!el.style || el.style.display != 'none') && !el.hasAttribute('hidden') && (!el.hasAttribute('aria-hidden') || el.getAttribute('aria-hidden') != 'true' || el.className.includes('fallback-image'));
    const match = el.className + ' ' + el.id;
    const unlikely = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i.test(match) && !/and|article|body|column|content|main|shadow/i.test(match);
    if (visible && !unlikely && !el.matches('li p')) weighed.add(el);
  }
  return weighed;
}

describe('looksLikeArticle gives the verdict of Readability\'s isProbablyReaderable', () => {
  it.each([
    ['one long paragraph', `<p>${long}</p>`, true],
    ['short paragraphs only', '<p>Home</p><p>News</p>'.repeat(20), false],
    ['a long <pre>', `<pre>${long}</pre>`, true],
    ['a long <article> of bare text', `<article>${long}</article>`, true],
    ['a <div> with <br> lines', `<div>${long}<br>more</div>`, true],
    ['a <br> deeper in the <div> does not make it a paragraph', `<div><span>${long}<br></span></div>`, false],
    ['a <div> with several <br> counts once', `<div>${long.slice(0, 300)}<br>${long.slice(300)}<br>end</div>`, true],
    ['hidden by inline style', `<p style="display: none">${long}</p>`, false],
    ['an inline style that does not hide', `<p style="color: red">${long}</p>`, true],
    ['display:none among other declarations', `<p style="color: red;display:none">${long}</p>`, false],
    ['furniture class with odd spacing', `<p class="  sidebar\tlinks ">${long}</p>`, false],
    ['hidden attribute', `<p hidden>${long}</p>`, false],
    ['aria-hidden', `<p aria-hidden="true">${long}</p>`, false],
    ['aria-hidden fallback image stays', `<p aria-hidden="true" class="fallback-image">${long}</p>`, true],
    ['aria-hidden="false" stays', `<p aria-hidden="false">${long}</p>`, true],
    ['class reads like furniture', `<p class="sidebar">${long}</p>`, false],
    ['id reads like furniture', `<p id="comments">${long}</p>`, false],
    ['furniture word beside a content word stays', `<p class="sidebar main">${long}</p>`, true],
    ['a paragraph in a list item is not weighed', `<ul><li><div><p>${long}</p></div></li></ul>`, false],
    ['a list item in a paragraph is', `<p>${long}<span><li>x</li></span></p>`, true],
    ['a paragraph hidden but its <br> holder shown', `<div>${long}<br><p hidden>${long}</p></div>`, true],
    ['CJK paragraphs pass the scaled gate', `<article>${`<p>${cjk}</p>`.repeat(4)}</article>`, true],
    ['a short CJK page does not', '<nav>ホーム ニュース</nav><p>お知らせ</p>', false],
  ])('%s', (_name, body, expected) => {
    const page = doc(`<html><body>${body}</body></html>`);
    expect(looksLikeArticle(page)).toBe(expected);
    expect(readabilityGate(page)).toBe(expected);
  });
});

describe('scoredParagraphs', () => {
  it('finds one <div> once, whatever its number of <br>', () => {
    const page = doc('<div>a<br>b<br>c</div><p>d</p>');
    expect(scoredParagraphs(page.querySelectorAll('*')).map((el) => el.localName)).toEqual(['div', 'p']);
  });

  const pages = ['readability-test-pages', 'events-dev'].flatMap((folder) => {
    const dir = corpus + folder + '/';
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('source.html') || (folder === 'events-dev' && f.endsWith('.html')))
      .sort()
      .map((f) => [`${folder}/${f}`, dir + f] as const);
  });
  it.runIf(pages.length > 0)('weighs the same elements as Readability and gives its verdict on every corpus page', () => {
    for (const [name, file] of pages) {
      const page = doc(readFileSync(file, 'utf8'));
      const ours = scoredParagraphs(page.querySelectorAll('*'));
      expect(new Set(ours), name).toEqual(readabilityParagraphs(page));
      expect(ours.length, name).toBe(new Set(ours).size);
      expect(looksLikeArticle(page), name).toBe(readabilityGate(page));
    }
  });
});
