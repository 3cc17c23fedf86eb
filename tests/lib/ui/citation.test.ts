import { describe, expect, it } from 'vitest';
import { citation, evidenceUrl } from '../../../lib/ui/citation';
import { evidenceAction } from '../../../lib/ui/evidence';
import { REPORT_B, figure } from '../../components/comparison-fixture';

describe('citation', () => {
  it('gives outlet, time, sentence and address', () => {
    expect(citation(REPORT_B, { sentence: ' The ministry claimed nearly 750 were injured. ' }, 'en-GB')).toBe(
      'Eastern Post, 6 Jan 2022, 15:47: “The ministry claimed nearly 750 were injured.” https://b.example/kz',
    );
  });
  it('leaves the address out when there is none', () => {
    expect(citation({ ...REPORT_B, url: null, publishedAt: null }, { sentence: 'x' }, 'en')).toBe('Eastern Post, time unknown: “x”');
  });
});

describe('evidenceUrl', () => {
  it.each([
    ['https://b.example/kz', 'Too short', 'https://b.example/kz'],
    ['https://b.example/kz#top', 'A counter-terrorist operation began, officials said.', 'https://b.example/kz#:~:text=A%20counter%2Dterrorist%20operation%20began%2C%20officials%20said.'],
    [
      'https://b.example/kz',
      'According to the update released by the interior ministry on Thursday, about 750 law enforcement have evidenced injuries.',
      'https://b.example/kz#:~:text=According%20to%20the%20update%20released,law%20enforcement%20have%20evidenced%20injuries.',
    ],
  ])('%s + %s', (url, sentence, expected) => {
    expect(evidenceUrl(url, sentence)).toBe(expected);
  });
});

describe('evidenceAction', () => {
  it('highlights evidence of the page being read', () => {
    expect(evidenceAction(figure('rA'), undefined, 'rA')).toEqual({ type: 'highlight', text: figure('rA').sentence, start: 10, end: 35 });
  });
  it('opens another outlet’s report at the sentence', () => {
    const action = evidenceAction(figure('rB'), REPORT_B, 'rA');
    expect(action.type).toBe('open');
    expect(action.type === 'open' && action.url.startsWith('https://b.example/kz#:~:text=')).toBe(true);
  });
  it('never opens a non-web address', () => {
    expect(evidenceAction(figure('rB'), { ...REPORT_B, url: 'javascript:alert(1)' }, 'rA')).toEqual({ type: 'none' });
  });
});
