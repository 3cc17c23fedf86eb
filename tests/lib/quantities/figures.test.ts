import { describe, expect, it } from 'vitest';
import { eventFigures, read } from './read';

describe('numerals and number words', () => {
  it.each([
    ['The toll is 1,175.', 1175],
    ['It raised 1.2 million people.', 1_200_000],
    ['Sales reached 2.1m units.', 2_100_000],
    ['The deal is worth $42bn.', 42e9],
    ['She was fined 4,124 euros.', 4124],
    ['Turnout was 35%.', 35],
    ['Prices rose 0.65 per cent.', 0.65],
    ['A 3.2-metre wall fell.', 3.2],
    ['Eighteen people died.', 18],
    ['Twenty-one people died.', 21],
    ['A hundred people gathered.', 100],
    ['Two dozen people gathered.', 24],
    ['Half a million people fled.', 500_000],
    ['One hundred and five people were hurt.', 105],
    ['About 1/3 of voters stayed home.', 1 / 3],
    ['Temperatures fell to -5C.', -5],
    // Shares after "and" (a misread once gave 2,000,001 and 500,001,000,000,000).
    ['Two million and a half people fled.', 2_500_000],
    ['Two million and one half people fled.', 2_500_000],
    ['One billion and a half million dollars were spent.', 1_000_500_000],
    ['Five billion and three quarters were pledged.', 5_750_000_000],
    ['Three and a half thousand people marched.', 3500],
    ['Three hundred and two dozen eggs were sold.', 324],
    // A half of a unit, in words.
    ['The drive took half an hour.', 0.5],
    ['Unemployment fell half a percentage point.', 0.5],
    // A whole number and a written fraction are one mixed number.
    ['It takes more than 10 1/2 miles of cable.', 10.5],
    ['The storm dropped 2 1/4 inches of rain.', 2.25],
    // Scales multiply when written together; a repeated scale starts a second number.
    ['A thousand million dollars were lost.', 1e9],
    ['One million two hundred thousand people voted.', 1_200_000],
  ])('%s -> %d', (sentence, value) => {
    expect(eventFigures(sentence)[0]?.value).toBeCloseTo(value, 6);
  });

  it.each([
    ['a man was arrested'],
    ['No one knows why.'],
    ['The one who spoke left.'],
    ['It was one of the worst days.'],
    ['He learned a thing or two.'],
  ])('reads no event figure in %j', (sentence) => {
    expect(eventFigures(sentence)).toEqual([]);
  });
});

describe('bounds and hedges', () => {
  it.each([
    ['at least 18 people', '>', 'at least'],
    ['more than 900 people', '>', 'more than'],
    ['over 4,000 people', '>', 'over'],
    ['upwards of 200 people', '>', 'upwards of'],
    ['nearly 750 people', '~', 'nearly'],
    ['almost 1,000 people', '~', 'almost'],
    ['about 750 people', '~', 'about'],
    ['around 650 people', '~', 'around'],
    ['roughly 6,500 people', '~', 'roughly'],
    ['some 300 people', '~', 'some'],
    ['an estimated 300 people', '~', 'an estimated'],
    ['up to 700 people', '<', 'up to'],
    ['as many as 14 people', '<', 'as many as'],
    ['fewer than 50 people', '<', 'fewer than'],
    ['under 40 people', '<', 'under'],
    ['100 people or more', '>', 'or more'],
    ['only 12 people', '=', 'only'],
    ['18 people', '=', null],
  ])('%s -> %s', (phrase, bound, hedge) => {
    const [figure] = eventFigures(`Officials said ${phrase} were evacuated.`);
    expect(figure).toMatchObject({ bound, hedge });
  });
});

describe('ranges and revisions', () => {
  it.each([
    ['Between 500 and 1,000 people fled.', 500, 1000],
    ['Some 500-800 people fled.', 500, 800],
    ['Police said 400 to 750 people marched.', 400, 750],
    ['Two or three people were hurt.', 2, 3],
    ['It costs $5 to $10 million.', 5e6, 10e6],
    ['Investors put in $500,000 to more than $1 million.', 500_000, 1e6],
    // Both ends in words, the second as large as the first (once read as one number, 2,500).
    ['Between one thousand and one thousand five hundred people fled.', 1000, 1500],
    // A toll that "ranged from" is a span of estimates, not a revision.
    ['The toll ranged from 1,000 to 1,500.', 1000, 1500],
  ])('%s', (sentence, low, high) => {
    expect(eventFigures(sentence)[0]).toMatchObject({ value: low, low, high });
  });

  it.each([
    ['The toll rose from 238 to 261.', { value: 261, from: 238, change: 'up', high: null }],
    ['The toll was revised down to 275.', { value: 275, change: 'down' }],
    ['The toll stands at 275, down from 288.', { value: 275, from: 288, change: 'down' }],
    ['Cases rose 0.65% last week.', { value: 0.65, change: 'up', kind: 'percent' }],
    ['Exports fell by 12 tonnes.', { value: 12, change: 'down' }],
    ['The count is 135, up from 127.', { value: 135, from: 127, change: 'up' }],
    ['The price of gas doubled.', { value: 2, kind: 'multiplier', change: 'up' }],
    ['Output is three times higher.', { value: 3, kind: 'multiplier', change: 'up' }],
    ['Unemployment fell to 3.5% in September from 3.7% in August.', { value: 3.5, from: 3.7, change: 'down', kind: 'percent' }],
    ['Today 1 in 4 residents live in poverty.', { value: 0.25, kind: 'multiplier', what: 'residents' }],
    ['Roughly one in five adults has had the virus.', { value: 0.2, kind: 'multiplier', what: 'adults', bound: '~' }],
  ])('%s', (sentence, expected) => {
    const figures = eventFigures(sentence);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject(expected);
  });
});

describe('vague amounts, zero and parts', () => {
  it.each([
    ['Dozens of people were hurt.', 24],
    ['Scores of homes burned.', 40],
    ['Hundreds of people fled.', 200],
    ['Thousands of people fled.', 2000],
    ['Tens of thousands of people fled.', 20_000],
    ['Hundreds of thousands of people fled.', 200_000],
    ['Millions of people watched.', 2_000_000],
  ])('%s', (sentence, value) => {
    expect(eventFigures(sentence)[0]).toMatchObject({ value, kind: 'vague', bound: '>' });
  });

  it.each([
    ['There were no civilian casualties.', 'casualties'],
    ['No one was killed.', 'killed'],
    ['None were injured.', 'injured'],
  ])('%s -> 0', (sentence, predicate) => {
    expect(eventFigures(sentence)[0]).toMatchObject({ value: 0, kind: 'count', predicate });
  });

  it('reads a change and the new level, not a range, in "by X to Y"', () => {
    const figures = eventFigures('It edged up its forecast by 0.1 percentage points to 4.2 percent.');
    expect(figures.map((f) => [f.value, f.high, f.change])).toEqual([[0.1, null, 'up'], [4.2, null, 'up']]);
  });

  it('marks a part of a whole', () => {
    const figures = eventFigures('Gunmen killed at least 19 people, including 17 foreigners.');
    // The part shares what happened to the whole: 17 foreigners were among those killed.
    expect(figures.map((f) => [f.value, f.part, f.predicate])).toEqual([[19, false, 'killed'], [17, true, 'killed']]);
  });
});

describe('what is counted', () => {
  it.each([
    ['The attack killed 18 people and injured 30 others.', [['people killed', 'killed'], ['others injured', 'injured']]],
    ['The number of people killed in the crash has now reached 261.', [['people killed', 'killed']]],
    ['It left 12 dead and 40 wounded.', [['dead', 'dead'], ['wounded', 'wounded']]],
    ['More than 5,700 categories of products were listed.', [['categories of products', null]]],
    ['One person died and two others were taken to hospital.', [['person died', 'died'], ['others', null]]],
    ['Authorities confirmed nine deaths on Friday.', [['deaths', 'killed']]],
  ])('%s', (sentence, expected) => {
    expect(eventFigures(sentence).map((f) => [f.what, f.predicate])).toEqual(expected);
  });
});

describe('numbers that are not figures of the event', () => {
  it.each([
    ['It happened on Jan. 6, 2022.', 'date'],
    ['It happened on 6 January.', 'date'],
    ['It happened in 2022.', 'year'],
    ['It happened in the 1990s.', 'year'],
    ['It happened at 15:47.', 'time'],
    ['It happened at 3 p.m.', 'time'],
    ['He finished 3rd.', 'ordinal'],
    ['John Smith, 45, was arrested.', 'age'],
    ['A 22-year-old man was arrested.', 'age'],
    ['They won 3-1 in the final.', 'score'],
    ['Call 555-123-4567 now.', 'other'],
    ['He lives at 10 Downing Street.', 'other'],
    ['Flight 370 vanished.', 'other'],
    ['It was one of the worst storms.', 'other'],
    ['The disease is called COVID-19.', 'other'],
    ['It happened two years ago.', 'date'],
    ['The poll ran from Sept. 19 to 22.', 'date'],
    ['It targets 18- to 24-year-old men.', 'age'],
    ['Sarah and Tim, 27 and 29 years old, married.', 'age'],
    ['The post went out at timestamp 1474387200.', 'other'],
  ])('%s -> %s', (sentence, kind) => {
    const figures = read(sentence);
    expect(figures.map((f) => f.kind)).toContain(kind);
    expect(figures.filter((f) => f.kind === 'count')).toEqual([]);
  });

  // Dates in the other languages Parallax reads: a day before a month name is no count.
  it.each([
    ['Le 4 mai, la police a réagi.', 'fr'],
    ['Le 12 mars 2020, la police a réagi.', 'fr'],
    ['Am 4. Mai reagierte die Polizei.', 'de'],
    ['El 4 de mayo la policía reaccionó.', 'es'],
    ['Em 4 de maio a polícia reagiu.', 'pt'],
  ])('%s (%s) -> date', (sentence, lang) => {
    const figures = read(sentence, lang);
    expect(figures.map((f) => f.kind)).toContain('date');
    expect(figures.filter((f) => f.kind === 'count')).toEqual([]);
  });

  // "one" after "only" counts when a noun follows; "the only one", "his only one" are pronouns.
  it.each([
    ['He said only one coach was left to be cleared.', [1]],
    ['Only one person died.', [1]],
    ['She was the only one who spoke.', []],
    ['There was only one.', []],
    ['His only one, he said, was lost.', []],
  ])('%s -> counts %j', (sentence, counts) => {
    expect(read(sentence).filter((f) => f.kind === 'count').map((f) => f.value)).toEqual(counts);
  });

  it('reads "4 Mars rovers" in English as a count of rovers, not a date', () => {
    expect(read('NASA sent 4 Mars rovers.').map((f) => f.kind)).toEqual(['count']);
  });

});
