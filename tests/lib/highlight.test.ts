// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { findPassage, highlightRange, normalisePassage, wrapInMarks } from '../../lib/highlight';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('findPassage', () => {
  it.each([
    ['text split across elements', '<p>Nearly <b>750</b> law enforcement have received injuries.</p>', 'Nearly 750 law enforcement', 'Nearly 750 law enforcement'],
    ['whitespace and newlines collapsed', '<p>about\n   750   law\tenforcement</p>', 'about 750 law enforcement', 'about\n   750   law\tenforcement'],
    ['curly quotes in the page, straight in the passage', '<p>a “counter-terrorist” operation</p>', 'a "counter-terrorist" operation', 'a “counter-terrorist” operation'],
    ['different case', '<p>The OHCHR NOTED that</p>', 'ohchr noted', 'OHCHR NOTED'],
    ['emoji and accents keep their offsets', '<p>🇰🇿 Almaty’s café: 18 killed</p>', "Almaty's café: 18", 'Almaty’s café: 18'],
  ])('%s', (_label, html, passage, expected) => {
    const range = findPassage(page(html), passage);
    expect(range?.toString()).toBe(expected);
  });

  it('ignores scripts and styles', () => {
    expect(findPassage(page('<script>var s = "750 injured"</script><p>none</p>'), '750 injured')).toBeNull();
  });

  it('returns null for an absent or empty passage', () => {
    expect(findPassage(page('<p>text</p>'), 'missing')).toBeNull();
    expect(findPassage(page('<p>text</p>'), '   ')).toBeNull();
  });

  it('normalises like the search does', () => {
    expect(normalisePassage('  “a”\n\n b — c ')).toBe('"a" b - c');
  });
});

describe('highlighting', () => {
  it('uses the CSS Custom Highlight API when there is one, and removes it', () => {
    const body = page('<p>Nearly <b>750</b> injured</p>');
    const range = findPassage(body, 'Nearly 750')!;
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const remove = highlightRange(range, { CSS: { highlights: registry }, Highlight: FakeHighlight as never, setTimeout });
    expect((registry.get('parallax-passage') as FakeHighlight).ranges[0]!.toString()).toBe('Nearly 750');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    remove();
    expect(registry.size).toBe(0);
  });

  it('falls back to temporary marks that leave the page as it was', () => {
    vi.useFakeTimers();
    const body = page('<p>Nearly <b>750</b> injured</p>');
    const before = body.innerHTML;
    const range = findPassage(body, 'Nearly 750 inj')!;
    highlightRange(range, { setTimeout });
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Nearly ', '750', ' inj']);
    vi.advanceTimersByTime(5000);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(body.innerHTML).toBe(before);
    vi.useRealTimers();
  });

  it('wrapInMarks marks only the range', () => {
    const body = page('<p>one two three</p>');
    const marks = wrapInMarks(findPassage(body, 'two')!);
    expect(marks.map((m) => m.textContent)).toEqual(['two']);
    expect(body.textContent).toBe('one two three');
  });
});

describe('findPassage on random pages (fast-check)', () => {
  it('finds any stretch of the page\'s text, however the text is split into elements', async () => {
    const fc = (await import('fast-check')).default;
    const word = fc.stringMatching(/^[A-Za-z0-9’“”,.-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (chunks, a, b) => {
        // Each chunk is one element; words inside are separated by runs of whitespace.
        document.body.innerHTML = '';
        for (const chunk of chunks) {
          const span = document.createElement(chunks.length % 2 ? 'span' : 'p');
          span.textContent = chunk.join(' \n ');
          document.body.append(span, ' ');
        }
        const words = chunks.flat();
        const from = a % words.length;
        const to = from + (b % (words.length - from));
        const passage = words.slice(from, to + 1).join(' ');
        const range = findPassage(document.body, passage);
        expect(range).not.toBeNull();
        expect(normalisePassage(range!.toString()).toLowerCase()).toBe(normalisePassage(passage).toLowerCase());
      }),
      { numRuns: 300 },
    );
  });
});
