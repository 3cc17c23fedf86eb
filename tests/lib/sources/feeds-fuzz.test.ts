import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../lib/sources/feeds';
import { parseXml } from '../../../lib/sources/xml';

const fixtures = ['rss2.xml', 'atom.xml', 'rdf.xml', 'feed.json', 'broken.xml', 'billion-laughs.xml'].map((name) =>
  readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8'),
);
const NOW = Date.parse('2022-01-10T00:00:00Z');

/** Text made of the characters that matter to an XML reader, and of whole markup pieces. */
const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '/', '&', ';', '"', "'", '=', '!', '?', '[', ']', '-', ' ', '\n', ':', '#', 'x'),
      fc.constantFrom('<rss>', '<channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>', 'https://a.example/p', '<![CDATA[', ']]>', '<!--', '-->', '<!DOCTYPE x [', '<!ENTITY e "&e;&e;">', '&e;', '&amp;', '&#x1F600;', '&#xD800;', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<link href="/rel"/>', 'xml:base="http://b.example/"', '{"version":"https://jsonfeed.org/version/1.1","items":['),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

/** A real feed with a random slice cut out or a random piece inserted: what a truncated or corrupted download looks like. */
const mutated = fc
  .tuple(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }))
  .map(([k, a, b, insert]) => {
    const text = fixtures[k]!;
    const from = a % (text.length + 1);
    const to = from + (b % 200);
    return text.slice(0, from) + insert + text.slice(to);
  });

function check(text: string): void {
  const result = parseFeed(text, { url: 'https://feed.example/rss', now: NOW });
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    for (const item of result.feed.items) {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.summary.length).toBeLessThanOrEqual(601);
      // No lone surrogates: offsets computed on these strings stay valid.
      expect(item.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  } else {
    expect(result.message.length).toBeGreaterThan(10);
  }
  expect(parseFeed(text, { url: 'https://feed.example/rss', now: NOW })).toEqual(result);
}

describe('feed parsing on random input (fast-check)', () => {
  it('never throws, keeps only http(s) items, and gives the same answer twice: XML-like noise', () => {
    fc.assert(fc.property(xmlish, check), { numRuns: 5000 });
  });

  it('the same on truncated and corrupted real feeds', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 3000 });
  });

  it('reads in time linear in the input: 16 times the text takes well under 64 times as long', () => {
    const unit = '<item><title>a &amp; b</title><link>https://x.example/1</link><![CDATA[c]]><!-- d --></item>';
    // The best of five runs: the machine may be busy with other work, and a ratio of two noisy
    // times fails for the noise, not for a quadratic step.
    const time = (copies: number) => {
      const text = `<rss><channel>${unit.repeat(copies)}</channel></rss>`;
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const started = performance.now();
        parseXml(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(1000); // warm up
    const small = time(2000);
    const large = time(32_000);
    expect(large / small).toBeLessThan(64);
  });
});
