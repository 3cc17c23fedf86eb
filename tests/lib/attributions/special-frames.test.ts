import { describe, expect, it } from 'vitest';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

/** Frames that are not a verb with its subject: credit lines, colon speakers, "Said X:". */
const triples = (text: string): [string | undefined, string, string][] =>
  readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text, a.cue.text, a.content.text]);

describe('a quotation signed with a dash and a name', () => {
  it.each([
    ['“The most unqualified child to ever run for president.” ― Francisco Herrero', 'Francisco Herrero', '―', '“The most unqualified child to ever run for president.”'],
    ['“He is ignorant of our culture. He makes blanket statements.”― Pamela Padilla\u00a0\nNext line.', 'Pamela Padilla', '―', '“He is ignorant of our culture. He makes blanket statements.”'],
    // The opening mark misprinted as a closing one: the paragraph is the quotation.
    ['Photo.\n\n”Mr. Trump embodies the legacy of racism. He represents our greatest shame.” ― Sonya Herridge\nMore.', 'Sonya Herridge', '―', '”Mr. Trump embodies the legacy of racism. He represents our greatest shame.”'],
    ['“Maybe we can build a wall around him.” -- Steve Quinlan', 'Steve Quinlan', '--', '“Maybe we can build a wall around him.”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['“It was a disaster” — and it was — for everyone.'],
    ['The vote — Smith was sure — failed.'],
  ])('finds no credit line in %s', (text) => {
    expect(triples(text).some(([, cue]) => /^[―—–-]+$/.test(cue))).toBe(false);
  });
});

describe('a speaker and a colon', () => {
  it.each([
    ['Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues; It’s ‘in Their Heads.’', 'Pat Caddell', ':', 'Democrat Voters Worried About Hillary Clinton’s Health Issues; It’s ‘in Their Heads.’'],
    ['Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’', 'Elizabeth Warren Hammers Wells Fargo CEO', ':', '‘You Should Be Criminally Investigated.’'],
    ['A lesson from Loretta Lynch: \'Be the voice that people hear.\'', 'Loretta Lynch', ':', '\'Be the voice that people hear.\''],
    ['Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”', 'Ellis', 'Said', '“I don’t get the sense she’s the least bit interested in tax reform.”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['WALLACE: If I may, sir, because we’ve got limited time. I want to ask you, will Gennifer Flowers be there?\nPENCE: She will not.', 'WALLACE', ':', 'If I may, sir, because we’ve got limited time. I want to ask you, will Gennifer Flowers be there?'],
    ['PENCE: And that’s why Donald Trump is on his way to the White House.', 'PENCE', ':', 'And that’s why Donald Trump is on his way to the White House'],
  ])('a transcript turn is the paragraph: %s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['BALASORE: Odisha Chief Secretary Pradeep Jena said 275 people died.', 'Odisha Chief Secretary Pradeep Jena', 'said', '275 people died'],
    ['New Delhi: The railway minister said 275 people died.', 'The railway minister', 'said', '275 people died'],
  ])('a dateline is no speaker: %s', (text, source, cue, content) => {
    expect(triples(text)).toEqual([[source, cue, content]]);
  });
});

describe('"according to" after the content', () => {
  it.each([
    // The opening link is the reporter's.
    ['And more than half of his medical advice is wrong, according to the top British medical journal.', 'the top British medical journal', 'according to', 'more than half of his medical advice is wrong'],
    ["But the goal is not revenue, according to a speech she delivered.", 'a speech she delivered', 'according to', 'the goal is not revenue'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });
});
