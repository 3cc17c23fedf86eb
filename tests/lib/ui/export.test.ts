import { describe, expect, it } from 'vitest';
import { csvCell, escapeMarkdown, exportComparison, exportFileName } from '../../../lib/ui/export';
import { seedLikeComparison } from '../../components/comparison-fixture';

/** A minimal RFC 4180 reader, to check that the CSV reads back into the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('export', () => {
  const comparison = seedLikeComparison();

  it('JSON is the comparison itself', () => {
    expect(JSON.parse(exportComparison(comparison, 'json', 'en'))).toEqual(comparison);
  });

  it('CSV has one row per mention with outlet, values and sentence, and reads back', () => {
    const rows = readCsv(exportComparison(comparison, 'csv', 'en'));
    const mentions = comparison.numbers.flatMap((i) => i.mentions).length + comparison.attributions.flatMap((i) => i.mentions).length;
    expect(rows).toHaveLength(1 + mentions);
    const header = rows[0]!;
    const nearly = rows.find((r) => r[header.indexOf('hedge')] === 'nearly')!;
    expect(nearly[header.indexOf('outlet')]).toBe('Eastern Post');
    expect(nearly[header.indexOf('verb')]).toBe('claimed');
    expect(nearly[header.indexOf('kinds')]).toBe('hedge cue');
    expect(nearly[header.indexOf('sentence')]).toBe('The ministry claimed nearly 750 were injured.');
    const quote = rows.find((r) => r[header.indexOf('quote')] === 'counter-terrorist')!;
    expect(quote[header.indexOf('section')]).toBe('attribution');
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555', "'+1 555"],
    ['-5', "'-5"],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
    [null, ''],
    [-5, '-5'],
  ])('csvCell(%j) = %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('Markdown lists reports, figures and attributions with page text escaped', () => {
    const evil = seedLikeComparison();
    evil.numbers[0]!.mentions[0]!.sentence = 'A [link](javascript:alert(1)) and <img src=x onerror=alert(1)> | pipe';
    const md = exportComparison(evil, 'markdown', 'en');
    expect(md).toContain('## Reports');
    expect(md).toContain('**Eastern Post**');
    expect(md).toContain('### law enforcement officers injured (differs: hedge, cue)');
    expect(md).toContain('nearly 750');
    expect(md).toContain('quoting “counter\\-terrorist”');
    expect(md).not.toMatch(/[^\\]\[link\]\(/);
    expect(md).not.toMatch(/[^\\]<img/);
    expect(md).toContain('\\[link\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('escapes Markdown markup', () => {
    expect(escapeMarkdown('*bold* _x_ #1')).toBe('\\*bold\\* \\_x\\_ \\#1');
  });

  it('names the file after the event', () => {
    expect(exportFileName(seedLikeComparison(), 'csv')).toBe('parallax-kazakhstan-reports-casualties-un-calls-for-non-violence.csv');
    expect(exportFileName({ reports: [], numbers: [], attributions: [] }, 'json')).toBe('parallax-comparison.json');
  });
});
