import { isProbablyReaderable } from '@mozilla/readability';
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageReader, forMessage, readPage, SETTLE_MS, MAX_PAGE_CHARS } from '../../../entrypoints/reader.content/page-reader';
import { isMostlyCjk } from '../../../lib/extract/readerable';
import { extractArticle, type Extraction } from '../../../lib/extract/article';

const story = (title: string, sentence: string) =>
  `<article><h1>${title}</h1>${Array.from({ length: 8 }, (_, i) => `<p>${sentence} Paragraph ${i + 1} gives more detail, with 12 figures and quotes from officials who spoke on Tuesday.</p>`).join('')}</article>`;

let href = 'https://news.example/a';
let sent: Array<{ url: string; extraction: Extraction }> = [];
function reader() {
  return createPageReader({
    doc: document,
    href: () => href,
    send: async (url, extraction) => void sent.push({ url, extraction }),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as number),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  href = 'https://news.example/a';
  sent = [];
  document.head.innerHTML = '<title>News</title>';
  document.body.innerHTML = story('Bridge collapses into canal', 'A road bridge collapsed into the canal on Tuesday, the emergency service said.');
});
afterEach(() => vi.useRealTimers());

describe('createPageReader', () => {
  it('reads the page once and sends each distinct reading once', async () => {
    const r = reader();
    await r.read();
    await r.read();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.extraction.ok).toBe(true);
  });

  it('after a change of address, reads the new story once the page is quiet', async () => {
    const r = reader();
    await r.read();
    href = 'https://news.example/b';
    r.navigated();
    document.body.innerHTML = story('Floods reach the city centre', 'Flood water reached the city centre on Sunday, the interior ministry said.');
    r.changed();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 100);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.url).toBe('https://news.example/b');
    expect(sent[1]!.extraction.ok && sent[1]!.extraction.article.title).toMatch(/Floods/);
  });

  it('reads again when late text has grown and settled, not on small changes', async () => {
    document.body.innerHTML = '<p>Loading…</p>';
    const r = reader();
    await r.read();
    expect(sent[0]!.extraction.ok).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<span>ad</span>');
    r.changed();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(sent).toHaveLength(1);
    document.body.innerHTML = story('Bridge collapses into canal', 'A road bridge collapsed into the canal on Tuesday, the emergency service said.');
    r.changed();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.extraction.ok).toBe(true);
  });

  it('never reads pages that are not on the web', async () => {
    href = 'file:///home/reader/page.html';
    await reader().read();
    expect(sent).toHaveLength(0);
  });
});

describe('readPage', () => {
  it('skips a page with more text than it reads, with a reason', () => {
    document.body.textContent = 'x'.repeat(MAX_PAGE_CHARS + 1);
    const result = readPage(document, 'https://news.example/huge', false);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/million characters/);
  });
});

describe('CJK pages', () => {
  const para = '救助隊はこれまでに運河から11人を救出し、そのうち4人が重傷を負った。ダイバーは火曜日の夕方になっても、依然として行方が分かっていない2人の捜索を続けていると同サービスは発表した。';
  it('a Japanese article whose paragraphs are short by Latin measures is read', () => {
    document.body.innerHTML = `<article><h1>ヴァルナ運河の橋が崩落</h1>${Array.from({ length: 4 }, () => `<p>${para}</p>`).join('')}</article>`;
    expect(isMostlyCjk(document)).toBe(true);
    // Readability's own gate turns it away (every paragraph is under 120 characters) ...
    expect(isProbablyReaderable(document, { minContentLength: 120, minScore: 20 })).toBe(false);
    // ... the CJK-scaled gate of lib/extract does not, in the page and in the command alike.
    expect(extractArticle(document, 'https://news.example/ja').ok).toBe(true);
    expect(readPage(document, 'https://news.example/ja', false).ok).toBe(true);
  });
  it('a short CJK page is still not an article', () => {
    document.body.innerHTML = '<nav>ホーム ニュース</nav><p>お知らせ</p>';
    expect(readPage(document, 'https://news.example/ja', false)).toMatchObject({ ok: false, reason: 'not-article' });
  });
  it('a Latin page is not taken for CJK', () => {
    expect(isMostlyCjk(document)).toBe(false);
  });
});

describe('forMessage', () => {
  const article = { url: 'https://a.example/x', canonicalUrl: 'https://a.example/x', outlet: 'A', title: 'T', byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text: 'Text.' };
  it.each([
    ['a javascript: canonical is dropped', { canonicalUrl: 'javascript:alert(1)' }, { canonicalUrl: null }],
    ['an over-long title is cut', { title: 'T'.repeat(5000) }, { title: 'T'.repeat(2000) }],
    ['an odd language tag is dropped', { lang: 'x'.repeat(100) }, { lang: null }],
    ['an empty outlet gets a name', { outlet: '' }, { outlet: 'Unknown outlet' }],
  ])('%s', (_label, change, expected) => {
    expect(forMessage({ ...article, ...change })).toMatchObject(expected);
  });
});
