import { describe, expect, it } from 'vitest';
import { read, triples } from './read';

/**
 * Cues PolNeAR counts that the lexicon once missed: credit lines, polls, multi-word and
 * nominal cues. Each row is a sentence that was misread, with the source, cue and content the
 * corpus draws.
 */

describe('credit lines: a quotation, a dash and a name ending the line', () => {
  it.each([
    ['“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan\n', 'Steve Quinlan', '―', '“Maybe, we can build a wall around Donald Trump.”'],
    ['“The most unqualified child to ever run for president.” ― Francisco Herrero.\nNext line.', 'Francisco Herrero', '―', '“The most unqualified child to ever run for president.”'],
    ['“He has spread hate. He is not fit to lead.”— Edwin G. Monroy\n', 'Edwin G. Monroy', '—', '“He has spread hate. He is not fit to lead.”'],
    ['”Fear. I am truly afraid.” ― Ana de la Cruz\n', 'Ana de la Cruz', '―', '”Fear. I am truly afraid.”'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The film ― which weaves together the voices of historians ― explains the history.'],
    ['“It is over,” ― and then the crowd left the hall for the night.\n'],
    ['He called it “a disaster” — Trump said so on Monday, in a speech to supporters.\n'],
  ])('reads no credit line in a sentence that goes on: %s', (text) => {
    expect(read(text).some((a) => a.cue.text === '―' || a.cue.text === '—')).toBe(false);
  });
});

describe('multi-word cues with a light verb', () => {
  it.each([
    ['Ham made it clear he had major misgivings about the armed forces.', 'Ham', 'made it clear', 'he had major misgivings about the armed forces'],
    ['The leaders made little secret of their disagreements.', 'The leaders', 'made little secret of', 'their disagreements'],
    ['Mr. Obama has previously made the case for Mrs. Clinton.', 'Mr. Obama', 'has previously made the case for', 'Mrs. Clinton'],
    ['Stumpf tried on Tuesday to make the case that this was a few bad apples.', 'Stumpf', 'tried on Tuesday to make the case', 'that this was a few bad apples'],
    ['Trump took offense at suggestions that he is not a self-made billionaire.', 'Trump', 'took offense at', 'suggestions that he is not a self-made billionaire'],
    ['Reid has gone after Trump as a “human leech.”', 'Reid', 'has gone after', 'Trump as a “human leech.”'],
    ['Donald Trump is doubling down on his attacks on a former Miss Universe.', 'Donald Trump', 'is doubling down on', 'his attacks on a former Miss Universe'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['The family went after dinner to the hospital.'],
    ['She made a cake for the party.'],
    ['He took the train to Boston.'],
  ])('reads no cue where the light verb only does: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('polls and studies as sources', () => {
  it.each([
    ['The latest Reuters/Ipsos opinion poll released Friday shows that Clinton leads Trump by 43 percent to 38 percent.', 'shows', 'that Clinton leads Trump by 43 percent to 38 percent'],
    ['Donations to super PACs hit nearly $1.1 billion, a USA TODAY analysis of campaign-finance reports shows.', 'shows', 'Donations to super PACs hit nearly $1.1 billion'],
    ['Among likely voters, 5 percent prefer Libertarian nominee Gary Johnson.', 'prefer', 'Libertarian nominee Gary Johnson'],
    ['Among likely voters, 44 percent would back Trump.', 'would back', 'Trump'],
    ['The film documents how black life has been impacted by racism.', 'documents', 'how black life has been impacted by racism'],
  ])('%s', (text, cue, content) => {
    expect(read(text).map((a) => [a.cue.text, a.content.text])).toContainEqual([cue, content]);
  });

  it.each([
    ['Trump has just 5 percent support of the black vote in Florida.', 'support'],
    ['The deal would release former executives from liability.', 'would release'],
  ])('keeps a noun or a verb of doing out: %s', (text, word) => {
    expect(read(text).some((a) => a.cue.text === word)).toBe(false);
  });

  it('reads a verb after its subject and a time, not a participle: "officials praised Thursday’s protests"', () => {
    expect(read('The officials praised Thursday’s protests for being peaceful.').map((a) => a.cue.text)).toEqual(['praised']);
  });
});

describe('"in" a poll as the cue of its finding', () => {
  it.each([
    ['In this poll, Trump rose 1 percentage point since Monday’s debate.', 'this poll', 'In', 'Trump rose 1 percentage point since Monday’s debate'],
    ['In the previous Washington Post/ABC News national poll, conducted in early September, Clinton led Trump by 5 points.', 'the previous Washington Post/ABC News national poll, conducted in early September,', 'In', 'Clinton led Trump by 5 points'],
    ['Despite the praise, she did not receive a bump in one of the first post-debate polls to emerge.', 'one of the first post-debate polls to emerge', 'in', 'she did not receive a bump'],
    ['Donald Trump’s recent gains in some polls in the Middle West and Florida may prove to be a transient phenomenon.', 'some polls in the Middle West and Florida', 'in', 'Donald Trump’s recent gains'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Obama’s approval rating has declined from 58 percent in the last poll to 55 percent now.'],
    ['The Reuters poll showed Clinton doing better than in other post-debate polls.'],
    ['Voters lined up in polling places across the state.'],
  ])('reads no poll setting in a comparison or a place: %s', (text) => {
    expect(read(text).some((a) => a.cue.text.toLowerCase() === 'in')).toBe(false);
  });
});

describe('verbs that report only with a report or a clause after them', () => {
  it.each([
    ['On Friday, the ministry released a list of 152 victims.', 'released'],
    ["Miami-Dade police have released the victims' names as families are informed.", 'have released'],
    ['The Clinton campaign released an ad this week showing Trump making remarks.', 'released'],
  ])('reads a release of figures or words: %s', (text, cue) => {
    expect(read(text).map((a) => a.cue.text)).toContain(cue);
  });

  it.each([
    ['Mitt Romney released his returns in 2012.'],
    ['Tulsa police released video on Monday of last week’s shooting.'],
    ['Suu Kyi established a commission to make recommendations.'],
    ['Trump and Clinton meet for the first of three presidential debates Monday at Hofstra University.'],
    ['It was timely as the nation debates sentencing.'],
  ])('reads no cue: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads "established that" as a finding', () => {
    expect(triples('The inquiry established that the fire began in the kitchen.')).toContainEqual(['The inquiry', 'established', 'that the fire began in the kitchen']);
  });
});

describe('negated, modal and carried cues', () => {
  it.each([
    ['Trump avoids condemning Russia’s invasion of Ukraine.', 'Trump', 'avoids condemning', 'Russia’s invasion of Ukraine'],
    ['He can’t credibly make fun of the NBC Nightly News ratings.', 'He', 'can’t credibly make fun of', 'the NBC Nightly News ratings'],
    ['But the IMF did not single out Trump’s proposals.', 'the IMF', 'did not single out', 'Trump’s proposals'],
    ['They could not resist pointing out that every shooting did not result in a homicide.', 'They', 'could not resist pointing out', 'that every shooting did not result in a homicide'],
    // Ignoring an issue and complimenting a person are stances the corpus marks.
    ['What’s more, Clinton has largely ignored the issue of tax reform.', 'Clinton', 'has largely ignored', 'the issue of tax reform'],
    ['Obama and Clinton continue to ignore the reality of the threat.', 'Obama and Clinton', 'continue to ignore', 'the reality of the threat'],
    ['Trump has complimented the moderator of the first debate.', 'Trump', 'has complimented', 'the moderator of the first debate'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it.each([
    ['Obama’s veto is expected to come before the deadline at midnight Friday.', 'is expected', 'Obama’s veto'],
    ['North Korea is not thought to be capable of delivering warheads.', 'is not thought', 'North Korea'],
    // A passive of naming with the name after it: the one named is the content.
    ['Mehmet Oz has been called a charlatan by fellow physicians.', 'has been called', 'Mehmet Oz'],
    ['After the review, the claim was labeled “Mostly True.”', 'was labeled', 'the claim'],
  ])('reads an agentless passive of expectation: %s', (text, cue, content) => {
    expect(read(text).map((a) => [a.source, a.cue.text, a.content.text])).toContainEqual([null, cue, content]);
  });

  it.each([
    ['He began raising money and building a hospital in Ethiopia.'],
    ['His inability to resist responding to any slight was well known.'],
    ['The single mother moved to Ohio.'],
  ])('reads no cue: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('subjects right before the verb', () => {
  it.each([
    ['Scott’s family has called on police to release the videos.', 'Scott’s family', 'has called on', 'police to release the videos'],
    ['The family said in a statement that he was unarmed.', 'The family', 'said in a statement', 'that he was unarmed'],
    ['Axelrod calls on Dean to apologize for suggesting Trump uses cocaine.', 'Axelrod', 'calls on', 'Dean to apologize for suggesting Trump uses cocaine'],
    ['Keith Lamont Scott’s wife pleads for his life.', 'Keith Lamont Scott’s wife', 'pleads for', 'his life'],
    ['Small groups of protesters continued to call for more information.', 'Small groups of protesters', 'continued to call for', 'more information'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('reads no verb in a title-case label: "The Gap Goes On:"', () => {
    expect(read('The Gap Goes On: It was under his watch that the assembly met.').some((a) => a.cue.text.startsWith('Goes'))).toBe(false);
  });
});

describe('verbs of judging with "as"', () => {
  it.each([
    ['PolitiFact rated 32% of Republican claims as “false.”', 'PolitiFact', 'rated', '32% of Republican claims as “false.”'],
    ['Birchers viewed communists as terrorists.', 'Birchers', 'viewed', 'communists as terrorists'],
  ])('%s', (text, source, cue, content) => {
    expect(triples(text)).toContainEqual([source, cue, content]);
  });

  it('reads an agentless passive of rating', () => {
    expect(read('A majority of Republican statements were rated as mostly false.').map((a) => a.cue.text)).toEqual(['were rated']);
  });

  it.each([
    ['Interest rates are low and lenders are looser.'],
    ['We saw the fire from the bridge.'],
    ['She views the river every morning.'],
  ])('reads no judging without "as": %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
