import { describe, expect, it } from 'vitest';
import { trustArticle, trustedOutlet } from '../../../lib/tabs';

describe('trustedOutlet: a known outlet\'s name only from its own domains', () => {
  it.each([
    ['Reuters on reuters.com', 'Reuters', 'https://www.reuters.com/world/x', 'Reuters'],
    ['Reuters claimed elsewhere', 'Reuters', 'https://evil.example/x', 'evil.example'],
    ['case, "the" and "news" do not hide a claim', 'the BBC', 'https://news.evil.co.uk/x', 'evil.co.uk'],
    ['BBC on a BBC subdomain', 'BBC News', 'https://news.bbc.co.uk/x', 'BBC News'],
    ['accents do not hide a claim', 'Réuters', 'https://evil.example/x', 'evil.example'],
    ['a name on no list is kept', 'The Daily Planet', 'https://dailyplanet.example/x', 'The Daily Planet'],
    ['another ABC is not ABC News (Australia)', 'ABC News', 'https://abcnews.go.com/x', 'ABC News'],
    ['no address: the claim is all there is', 'Reuters', null, 'Reuters'],
    ['a page served from this machine keeps its claim', 'Reuters', 'http://127.0.0.1:4000/seed/x', 'Reuters'],
    ['localhost too', 'RT', 'http://localhost:4000/rt/', 'RT'],
    ['a public address is not this machine', 'Reuters', 'http://203.0.113.7/x', '203.0.113.7'],
    ['a lookalike domain is not the outlet\'s', 'Reuters', 'https://reuters.com.evil.example/x', 'evil.example'],
  ])('%s', (_label, claimed, url, expected) => {
    expect(trustedOutlet(claimed, url)).toBe(expected);
  });

  it('checks the reader\'s own sources too', () => {
    const mine = [{ name: 'Kazinform', domains: ['inform.kz'] }];
    expect(trustedOutlet('Kazinform', 'https://fake.example/a', mine)).toBe('fake.example');
    expect(trustedOutlet('Kazinform', 'https://www.inform.kz/a', mine)).toBe('Kazinform');
  });

  it('is applied when the background trusts an article', () => {
    const article = { url: 'https://evil.example/x', canonicalUrl: null, outlet: 'Associated Press', title: 'T', byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text: 'Text.' };
    expect(trustArticle(article, 'https://evil.example/x').outlet).toBe('evil.example');
    expect(trustArticle({ ...article, url: 'https://apnews.com/a' }, 'https://apnews.com/a').outlet).toBe('Associated Press');
    expect(trustArticle(article, 'https://evil.example/x', [{ name: 'Associated Press', domains: ['evil.example'] }]).outlet).toBe('Associated Press');
  });
});
