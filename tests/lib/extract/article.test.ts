import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle, MAX_ELEMENTS } from '../../../lib/extract/article';
import { readMetadata, hostOutlet, normaliseLang } from '../../../lib/extract/metadata';
import { blockText } from '../../../lib/extract/text';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the report says that the officials met on Thursday, and that the talks, which lasted for hours, ended without agreement.</p>`).join('');

describe('extractArticle', () => {
  it('reads an events-dev page: outlet, time, canonical address and the article text without chrome', () => {
    const html = readFileSync(shared + 'corpus/events-dev/hurricane-ian-deaths-2022/bbc-news.html', 'utf8');
    const result = extractArticle(doc(html), 'https://www.bbc.co.uk/news/x');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.outlet).toBe('BBC News');
    expect(result.article.publishedAt).toBe('2022-10-04T08:12:00.000Z');
    expect(result.article.text.split('\n').length).toBeGreaterThan(3);
    expect(result.article.text).not.toMatch(/Share on|Cookie|Sign in/i);
  });

  it('leaves a page that is not an article alone, with a reason', () => {
    const result = extractArticle(doc('<html><body><nav><a href="/">Home</a></nav><ul><li>Login</li></ul></body></html>'), 'https://example.com/');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('skips a huge page with a reason instead of reading it', () => {
    const many = '<span>x</span>'.repeat(MAX_ELEMENTS + 10);
    const result = extractArticle(doc(`<html><body>${paragraphs(5)}${many}</body></html>`), null);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('does not change the live document', () => {
    const page = doc(`<html><head><title>T</title></head><body><nav>Menu</nav><article>${paragraphs(8)}</article></body></html>`);
    const before = page.body.innerHTML;
    expect(extractArticle(page, null).ok).toBe(true);
    expect(page.body.innerHTML).toBe(before);
  });

  it('keeps markup in the page as text, never as elements', () => {
    const page = doc(`<html><body><article><h1>Title</h1>${paragraphs(6)}<p>The mayor wrote &lt;img src=x onerror=alert(1)&gt; in a post, officials said on Friday afternoon in the city.</p></article></body></html>`);
    const result = extractArticle(page, null);
    expect(result.ok && result.article.text).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('readMetadata', () => {
  it('prefers og:site_name, then JSON-LD publisher, then the host', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2022-01-06T15:47:00+03:00","dateModified":"2022-01-06T18:00:00+03:00","author":{"@type":"Person","name":"A. Writer"},"publisher":{"@type":"Organization","name":"RT"}}</script>';
    const meta = readMetadata(doc(`<html lang="en_GB"><head>${ld}<link rel="canonical" href="/news/1"></head><body></body></html>`), 'https://www.rt.com/news/1?utm=x');
    expect(meta).toMatchObject({
      outlet: 'RT', byline: 'A. Writer', publishedAt: '2022-01-06T12:47:00.000Z', modifiedAt: '2022-01-06T15:00:00.000Z',
      canonicalUrl: 'https://www.rt.com/news/1', lang: 'en-GB', title: 'H',
    });
    expect(readMetadata(doc('<html><head><meta property="og:site_name" content="teleSUR"></head></html>'), null).outlet).toBe('teleSUR');
  });

  it('survives broken JSON-LD and odd values', () => {
    const meta = readMetadata(doc('<html lang="??"><head><script type="application/ld+json">{broken</script><time datetime="not a date"></time></head></html>'), 'javascript:alert(1)');
    expect(meta).toMatchObject({ outlet: null, publishedAt: null, canonicalUrl: null, lang: null });
  });

  // The elements are found by attribute tests, not selectors: they must pick what the selectors
  // script[type="application/ld+json"], link[rel="canonical"] and time[datetime] pick.
  const ld = (type: string) => `<script type="${type}">{"@type":"NewsArticle","publisher":{"name":"LD outlet"}}</script>`;
  const JSON_LD = 'script[type="application/ld+json"]';
  const CANONICAL = 'link[rel="canonical"]';
  it.each([
    ['JSON-LD type in any case', ld('Application/LD+JSON'), { outlet: 'LD outlet' }, JSON_LD, true],
    ['not JSON-LD: another type', ld('application/json'), { outlet: 'example.org' }, JSON_LD, false],
    ['not JSON-LD: a type with spaces', ld(' application/ld+json'), { outlet: 'example.org' }, JSON_LD, false],
    ['canonical link in any case', '<link rel="Canonical" href="/c">', { canonicalUrl: 'https://example.org/c' }, CANONICAL, true],
    ['not canonical: rel with more words', '<link rel="canonical amphtml" href="/c">', { canonicalUrl: null }, CANONICAL, false],
    ['the first <time> with a datetime', '<time>May</time><time datetime="2022-01-06T15:47:00Z"></time><time datetime="2023-01-01"></time>', { publishedAt: '2022-01-06T15:47:00.000Z' }, 'time[datetime]', true],
  ] as const)('%s', (_name, head, expected, selector, selected) => {
    const page = doc(`<html><head>${head}</head><body></body></html>`);
    expect(readMetadata(page, 'https://example.org/a')).toMatchObject(expected);
    expect(page.querySelector(selector) !== null).toBe(selected);
  });

  it.each([
    ['https://www.rt.com/news', 'rt.com'],
    ['https://edition.cnn.com/x', 'cnn.com'],
    ['not a url', null],
  ])('hostOutlet(%s) = %s', (url, outlet) => expect(hostOutlet(url)).toBe(outlet));

  it.each([['en_US', 'en-US'], ['DE', 'de'], ['', null]])('normaliseLang(%j) = %j', (lang, expected) => expect(normaliseLang(lang)).toBe(expected));
});

describe('blockText', () => {
  it('puts blocks on their own lines and skips scripts', () => {
    const page = doc('<html><body><div><h2>Head</h2><p>One <b>bold</b>\n word.</p><script>var x=1</script><ul><li>A</li><li>B</li></ul></div></body></html>');
    expect(blockText(page.body)).toBe('Head\nOne bold word.\nA\nB');
  });

  it('handles 10,000 nested elements without a stack overflow', () => {
    const deep = '<div>'.repeat(10_000) + 'deep text' + '</div>'.repeat(10_000);
    expect(blockText(doc(`<html><body>${deep}</body></html>`).body)).toBe('deep text');
  });
});
