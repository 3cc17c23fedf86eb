import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/** Misread sentences, second part: asides, relative clauses, set phrases and senses that report nothing. */

describe('a source with an aside between dashes', () => {
  it('keeps the aside in the source and out of the entity', () => {
    const [a] = read('Kall -- co-editor of a book on the debates -- said the candidate made announcements.');
    expect([a!.source?.text, a!.cue.text, a!.entity]).toEqual(['Kall -- co-editor of a book on the debates --', 'said', 'kall']);
  });
});

describe('a cue in a relative clause', () => {
  it('ends its content at the clause’s closing comma', () => {
    expect(triples('Mr. Obama, who understood that a push would be fruitless, told his advisers to act.')).toContainEqual(['who', 'understood', 'that a push would be fruitless']);
  });
});

describe('a thought whose object is the free relative "what"', () => {
  it.each([
    ['The speech returned to what he sees as the conditions for black Americans.', 'sees'],
    ['The top 1 percent would gain more than twice what it projected for the middle class.', 'projected'],
    ["What Mr. Trump considers ''smart'' might be seen by others as evasive.", 'considers'],
  ])('takes no cue in %s', (text, cue) => {
    expect(read(text).map((a) => a.cue.text)).not.toContain(cue);
  });

  it.each([
    ['That was what Liz Wahl said when she resigned.', 'said'],
    ['What the authorities are calling a “counter-terrorist” operation began on Monday.', 'are calling'],
  ])('keeps a saying or a naming in %s', (text, cue) => {
    expect(read(text).map((a) => a.cue.text)).toContain(cue);
  });
});

describe('a clause content ends before a closing comment with "which"', () => {
  it.each([
    ['Trump also wants to junk personal exemptions, which subsidizes single parents.', 'to junk personal exemptions'],
    ['Clinton also wants to extend paid leave through unemployment insurance, which currently supplies benefits only to the laid off.', 'to extend paid leave through unemployment insurance'],
    // Inside the clause, or a pronoun's own report, the "which" stays.
    ['He vowed to form a task force, which would include the military, to crack down on hackers.', 'to form a task force, which would include the military, to crack down on hackers'],
    ['She noted that he has pushed for prosecution of trafficking cases, which she thought mattered.', 'that he has pushed for prosecution of trafficking cases, which she thought mattered'],
  ])('%s', (text, content) => {
    expect(read(text).map((a) => a.content.text)).toContain(content);
  });
});

describe("the writer's set phrases report nothing", () => {
  it.each([
    ["It's worth noting that this is the first time the question has had to be asked.", []],
    ['It is worth noting that the tax bill was levied by the European Union.', []],
    ['It goes without saying that raising taxes on the rich is popular.', []],
    ['(Having said that, there are some economists who argue that corporate taxes should be very low.)', ['argue']],
    // The same verbs still report when someone does the saying.
    ['He left without saying a word, and officials said that the talks had failed.', ['said']],
    ['Trump responded by noting that the market was up.', ['noting']],
  ])('%s', (text, cues) => {
    expect(read(text).map((a) => a.cue.text)).toEqual(cues);
  });
});

describe('a word of saying after an adjective is a noun', () => {
  it.each([
    ["A big question remains, however: what would Mexico do?", []],
    ['A new ad is seizing on recent comments his rival made.', []],
    ['Their plan faced some steep challenges including this one.', []],
    ['It preys on our worst fears and instincts.', []],
    // A subject ending in a noun still reports.
    ['One West Virginia official said the plan had failed.', ['said']],
    ['The research left little doubt that the planet was warming.', ['doubt']],
  ])('%s', (text, cues) => {
    expect(read(text).map((a) => a.cue.text)).toEqual(cues);
  });
});

describe('a quantity that grows or falls is no report', () => {
  it.each([
    ['The Tax Policy Center says it would depress revenue, but would eventually add $84 billion over 10 years.', ['says']],
    ['After that the rate would decline by four percentage points each year.', []],
    ['His approval rating remains strong, though it has declined slightly from 58 percent.', []],
    ['Sales declined to 4 percent last year.', []],
    // The same verbs still report words and refusals.
    ['He added that the plan would cost $84 billion.', ['added']],
    ['Through a spokesman, he declined to comment.', ['declined']],
  ])('%s', (text, cues) => {
    expect(read(text).map((a) => a.cue.text)).toEqual(cues);
  });
});

describe('finding a means or a place is no finding reported', () => {
  it.each([
    ['They found a way through the Clean Air Act of 1970.', []],
    ['Peacekeepers occasionally find themselves in the thick of war zones.', []],
    ['Many corporations have found ways to make the tax code work for them.', []],
    ['The paranoia remained but found other points of focus.', []],
    // A finding of fact still reports.
    ['A 2014 study found that half of his advice was wrong.', ['found']],
    ['The study found 31 incidents of voter impersonation.', ['found']],
  ])('%s', (text, cues) => {
    expect(read(text).map((a) => a.cue.text)).toEqual(cues);
  });
});

describe('telling a kind of talk reports no words', () => {
  it.each([
    ['Hillary Clinton needs to sell herself and tell more jokes.', []],
    ['Donald Trump needs to tell the truth about things.', []],
    // Telling someone something still reports.
    ['Trump told reporters that the truth would come out.', ['told']],
  ])('%s', (text, cues) => {
    expect(read(text).map((a) => a.cue.text)).toEqual(cues);
  });
});
