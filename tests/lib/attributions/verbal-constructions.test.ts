import { describe, expect, it } from 'vitest';
import { read } from './read';

/** Verbal constructions around a cue already in the lexicon: auxiliaries, asides, infinitives, passives. */
describe('verbal constructions: source, cue, content', () => {
  it.each([
    // A finite auxiliary after an apposition or aside: the verb is the clause's own, not a linked participle.
    ['Scheiderman, a Democrat whose office oversees New York charities, has been criticizing the Trump foundation.', 'Scheiderman, a Democrat whose office oversees New York charities,', 'has been criticizing', 'the Trump foundation'],
    ['Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding Trump as a “con artist.”', 'Senate Minority Leader Harry Reid (D-Nev.)', 'has been steadily pounding', 'Trump as a “con artist.”'],
    // A passive past an aside: the subject before the aside is the content.
    ['Donald Trump, meanwhile, is supported by far fewer publications.', 'far fewer publications', 'is supported', 'Donald Trump'],
    // A participle after the clause: its subject is found past an opening time and a linking adverb.
    ['On Thursday, however, Trump spoke to a gathering of industry leaders, promising to lift environmental regulations.', 'Trump', 'promising', 'to lift environmental regulations'],
    // Verbs of needing, readiness and delay carry a reporting infinitive.
    ['At the very least, he has yet to explain why these loopholes should be retained.', 'he', 'has yet to explain', 'why these loopholes should be retained'],
    ['The bureaucracy has been slow to embrace new ideas.', 'The bureaucracy', 'has been slow to embrace', 'new ideas'],
    // A long opening setting before a parenthetical "X said," is no content: the clause after it is.
    ['During his seven and a half years in office, Mr. Obama said, a majority of Americans have come to believe that climate change is real.', 'Mr. Obama', 'said', 'During his seven and a half years in office, Mr. Obama said, a majority of Americans have come to believe that climate change is real'],
    // An infinitive of purpose after a verb of occasion: the subject speaks, not the object; the
    // corpus draws the "to" into the cue.
    ['Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped.”', 'Trump', 'to accuse', 'Clinton’s campaign of being “duped.”'],
    ['Graham’s comments came moments after the senator spoke at a gathering of conservatives to discuss clean energy efforts.', 'the senator', 'to discuss', 'clean energy efforts'],
    ['European leaders gathered Friday to discuss the challenges facing their continent.', 'European leaders', 'to discuss', 'the challenges facing their continent'],
    ['Other leaders used particularly blunt language to denounce the test.', 'Other leaders', 'to denounce', 'the test'],
    ['The senator forced Stumpf to admit that no executives were fired.', 'Stumpf', 'to admit', 'that no executives were fired'],
    // A bare verb coordinated with an earlier infinitive or modal shares its subject.
    ['Trump took to Twitter to accuse the campaign of lying and encourage Americans to watch the tape.', 'Trump', 'encourage', 'Americans to watch the tape'],
    ['If Trump wins, the government could reverse the rules or decline to appeal to the Supreme Court.', 'the government', 'decline', 'to appeal to the Supreme Court'],
    ['If people did not like the laws, they should change the laws rather than criticize him.', 'they', 'criticize', 'him'],
    // "call" of convening leaves the infinitive of purpose to report; "call" of naming a mistake still reports.
    ['The U.N. called an emergency meeting to discuss the test.', 'The U.N.', 'to discuss', 'the test'],
    ['Clinton called her vote in favor of the Iraq War a mistake.', 'Clinton', 'called', 'her vote in favor of the Iraq War a mistake'],
    ['A spokesman called Trump a liar.', 'A spokesman', 'called', 'Trump a liar'],
    // A gerund inside a phrase: the "with" phrase's noun or the document speaks.
    ['In a statement announcing the pick, the union called Clinton a “champion.”', 'a statement', 'announcing', 'the pick'],
    ['Hillary Clinton is describing as “unhinged” a Donald Trump tweet attacking a former Miss Universe.', 'a Donald Trump tweet', 'attacking', 'a former Miss Universe'],
    ['The report covers climate change, with experts offering their assessments.', 'experts', 'offering', 'their assessments'],
    // A relative clause that reports is a frame of its own, beside the name's.
    ["''It involves administration,'' said Mr. Kamin, who emphasized that her proposals would simplify returns.", 'who', 'emphasized', 'that her proposals would simplify returns'],
    ['Brinkley recalled, "He said all bets are off."\n\nMr. Obama, who understood that a push would be fruitless, told his advisers to act.', 'Mr. Obama', 'told', 'his advisers to act'],
    ['Brinkley recalled, "He said all bets are off."\n\nMr. Obama, who understood that a push would be fruitless, told his advisers to act.', 'who', 'understood', 'that a push would be fruitless'],
    // "all" opening its clause is the subject; "they all agreed" keeps it in the cue.
    ['To varying degrees, all agreed that the proposal would increase taxes on the rich.', 'all', 'agreed', 'that the proposal would increase taxes on the rich'],
    ['They all agreed that it would work.', 'They', 'all agreed', 'that it would work'],
    // A parenthetical "X argues," after a subordinate clause: the content runs on to the main clause.
    ['If this argument fails to persuade, Mr. Castañeda argues, there are other tools in the toolbox.', 'Mr. Castañeda', 'argues', 'If this argument fails to persuade, Mr. Castañeda argues, there are other tools in the toolbox'],
    // Convening with no purpose stays a report (the events gold takes "called" so).
    ['President Michel Aoun called an emergency meeting of the Supreme Defence Council.', 'President Michel Aoun', 'called', 'an emergency meeting of the Supreme Defence Council'],
    // A quantifier opening its clause is a plural subject.
    ['Some believe the level of priority shows the campaign is worried.', 'Some', 'believe', 'the level of priority shows the campaign is worried'],
    ['But some note that Trump has proposed nothing.', 'some', 'note', 'that Trump has proposed nothing'],
    // A new named subject with its own past cue after "and" starts a clause of its own.
    ['Republicans said the timing was not intentional and Democrats accused the GOP of stoking the issue.', 'Democrats', 'accused', 'the GOP of stoking the issue'],
    ['Republicans said the timing was not intentional and Democrats accused the GOP of stoking the issue.', 'Republicans', 'said', 'the timing was not intentional'],
    // A title-case headline verb before a quotation.
    ['Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama.', 'Retired General', 'Reveals', '‘Demoralizing’ Experience Of Serving Under Obama'],
    // A passive whose subject is a quoted title.
    ['“American Skin (41 Shots)” was written by Springsteen after the 1999 shooting.', 'Springsteen', 'was written', '“American Skin (41 Shots)”'],
    // A question opened by "when": "by" names the asker; mid-sentence it ends the content before it.
    ['When pressed by Holt about how he would bring jobs back, his best response was weak.', 'Holt', 'pressed', 'about how he would bring jobs back, his best response was weak'],
    ['She said fathers would not be eligible, and when pressed on why the plan leaves out dads, the mother replied, "It is meant for mothers."', 'She', 'said', 'fathers would not be eligible'],
    // A gerund of saying in a phrase opening the sentence is the main clause subject's.
    ['In defending himself and his business record, Trump offered insights into his approach.', 'Trump', 'defending', 'himself and his business record'],
    ['Clinton noted it. After saying her right foot was “so swollen I could barely walk,” she was taken to a hospital.', 'she', 'saying', 'her right foot was “so swollen I could barely walk,”'],
    ['Despite admitting that he had concerns, Ryan said the victims need their day in court.', 'Ryan', 'admitting', 'that he had concerns'],
    // "X added:" ending its line: the next paragraph is the content.
    ['He said it was bad.\n\nThe governor added:\n\nIt’s typical of Hillary Clinton. She knows nothing.\n\nNext paragraph.', 'The governor', 'added:', 'It’s typical of Hillary Clinton. She knows nothing.'],
    // An aside between the verb and its "that"; a verb of intention before "to" after a name.
    ['The Republican nominee continues to insist, most recently in a Labor Day interview with ABC News, that he cannot release his returns.', 'The Republican nominee', 'continues to insist', 'that he cannot release his returns'],
    ['The Clinton campaign plans to employ Mr. Obama as much as possible.', 'The Clinton campaign', 'plans', 'to employ Mr. Obama as much as possible'],
    // "’s" after a pronoun before a verb with its particle is "has".
    ['Hillary Clinton, who’s called for big tax hikes on the rich, is lambasting Trump’s plan.', 'who', '’s called for', 'big tax hikes on the rich'],
    // A frame in an opening subordinate clause stops where the main clause begins; "As X have pointed out," does not.
    ['And while Trump has railed against the provisions that pock the tax code, he has protected breaks for real estate.', 'Trump', 'has railed against', 'the provisions that pock the tax code'],
    ['As many tax experts have pointed out, Mr. Trump is free to disclose his returns.', 'many tax experts', 'have pointed out', 'Mr. Trump is free to disclose his returns'],
    // "’s" before an infinitive or "that" is "has" (not for raising passives: "he’s said to be").
    ['And while Trump has railed against the provisions, he’s sought to protect breaks important to real estate, the bedrock of his business.', 'he', '’s sought', 'to protect breaks important to real estate'],
    ['He’s said to be angry.', null, '’s said', 'He'],
    // An infinitive after the verb is its content, not a setting that closes a post-posed clause.
    ['Regulators worried that if the state held up the deal, Patriot could threaten to liquidate its properties, leaving no money.', 'Regulators', 'worried', 'that if the state held up the deal'],
    ['Regulators worried that if the state held up the deal, Patriot could threaten to liquidate its properties, leaving no money.', 'Patriot', 'could threaten', 'to liquidate its properties, leaving no money'],
    // A poll share after "and" is a new subject; a quoted title after a possessive name is one.
    ['Among likely voters, 5 percent prefer Gary Johnson and 1 percent support the Green Party’s Jill Stein.', '1 percent', 'support', 'the Green Party’s Jill Stein'],
    ['DuVernay’s “13th” documents how black life has been impacted by racism.', 'DuVernay’s “13th”', 'documents', 'how black life has been impacted by racism'],
    // A gerund after a passive of perceiving: the heard one speaks; the gerund alone is the cue.
    ['In the video, Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.', 'Rakeyia Scott', 'yelling', 'that her husband was unarmed'],
    ['The senator was caught saying he hated it.', 'The senator', 'saying', 'he hated it'],
    // A voice verb turned to a short audience before its speech reports it.
    ['The man shouted to the crowd that they should go home.', 'The man', 'shouted', 'that they should go home'],
    ['A man was seen shouting at the crowd: “Go home!”', 'A man', 'shouting', '“Go home!”'],
    // A verb of holding a view closes a sentence after its content, as "argues" does.
    ['Secrecy is not a stranger when it comes to her health, the candidate’s former doctor maintains.', 'the candidate’s former doctor', 'maintains', 'Secrecy is not a stranger when it comes to her health'],
    ['Taxes are too high, the doctor contends.', 'the doctor', 'contends', 'Taxes are too high'],
    // "protested" opposes, like "opposed"; "protest(s)" is mostly the noun, so only the past reports.
    ['Joseph and other community members protested the state funding system.', 'Joseph and other community members', 'protested', 'the state funding system'],
    // "draw" of a relation between things is a claim; the relation opens the content.
    ['In the ad she tries to draw a contrast with Trump.', 'she', 'tries to draw', 'a contrast with Trump'],
    ['The research also drew direct links between fossil fuel emissions and extreme weather.', 'The research', 'also drew', 'direct links between fossil fuel emissions and extreme weather'],
  ] as [string, string | null, string, string][])('%s', (text, source, cue, content) => {
    const a = read(text).find((x) => x.cue.text === cue);
    expect(a, `no attribution with cue "${cue}"`).toBeDefined();
    expect(a!.source?.text ?? null).toBe(source);
    expect(a!.content.text).toBe(content);
  });

  it.each([
    ['They continue to handle the situation.'],
    ['Protesters shouted at police in the street.'],
    ['The rally drew a large crowd.'],
    ['She drew attention to the issue.'],
    ['The recent spate of shootings and protests demands attention.'],
    ['Unlike demonstrations in Charlotte, the Tulsa protest remained peaceful.'],
    ['The senator was seen at the rally.'],
    // "take" of a duration, a preposition after the coordinated word: no attribution.
    ['It may take several days to determine how powerful it was.'],
    ['Utilities turned to natural gas and demand from China cooled.'],
    ['Debates require patience, preparation and some sense of pacing.'],
    ['It’s called Miracle Run.'],
    // A quotation opened before the sentence window is no quoted subject (found by the pipeline fuzz).
    ['“ “ the " the . UN ” claimed 750'],
    // "call" of naming or phoning in.
    ['The mine was built near a meandering mountain stream called Miracle Run.'],
    ['They spar over whether a leader of a group called Lashkar-e-Taiba belongs on the list.'],
    ['She called into Tom Joyner’s radio program when she was home sick.'],
  ])('finds no attribution in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
