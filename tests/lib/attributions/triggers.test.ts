import { describe, expect, it } from 'vitest';
import { TRIGGERS, sentenceTriggers, tokenTriggers, triggerPlaces } from '../../../lib/attributions/triggers';
import { tokenize } from '../../../lib/attributions/tokens';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';

type Rule = keyof typeof TRIGGERS;

/** The rules a sentence triggers, by name; quoted[k] is set for the tokens listed. */
function rules(text: string, quotedWords: readonly string[] = []): Rule[] {
  const tokens = tokenize(text);
  const quoted = new Uint8Array(tokens.length);
  tokens.forEach((t, k) => { if (quotedWords.includes(t.lower)) quoted[k] = 1; });
  const bits = sentenceTriggers(tokenTriggers(tokens), 0, tokens.length, quoted);
  return (Object.keys(TRIGGERS) as Rule[]).filter((r) => bits & TRIGGERS[r]);
}

describe('sentence prefilter: the rules a sentence can trigger', () => {
  it.each<[string, Rule[]]>([
    ['The weather was fine on Tuesday.', []],
    ['The ministry said 18 died.', ['verbs']],
    ['They want to say more.', ['verbs', 'objectInfinitive']],
    ['He made it clear.', ['verbs', 'evident']],
    ['The mayor sent a letter.', ['verbs']],
    // An "-ed" or "-ing" word triggers the verbs only when it could head a speech object ("unleashed a tweet").
    ['The flood killed two and damaged homes.', ['verbs']],
    ['The roads were being cleared of debris.', ['verbs']],
    ['The bed was freed; they received it while being cautious.', []],
    ['Ten die each year, according to police.', ['verbs', 'according']],
    ['“He represents our shame.” ― Sonya Herridge', ['credit']],
    ['Pat Caddell: Democrat voters are restless.', ['colon']],
    ['As Ms. Simonyan put it, RT is a network.', ['verbs', 'putIt']],
    ['The ministry’s figure was 18.', ['nominal']],
    ['Trump rose in this poll.', ['poll']],
    ['The groups allegedly act alone.', ['hedge']],
    ['Drawing on home equity seems too risky.', ['verbs', 'seem']],
    ['Families heard from the chief that dogs left.', ['heard']],
    ['A 46-page analysis reveals that costs rose.', ['verbs', 'nominal', 'document']],
    ['It is obvious that Clinton wanted it.', ['verbs', 'evident']],
    ['She is an opponent of the plan.', ['verbs', 'nominal', 'objectInfinitive', 'predicate']],
    ['The plan drew criticism from unions.', ['verbs', 'nominal', 'objectInfinitive', 'judgement']],
    ['Much to the chagrin of Democrats, it passed.', ['verbs', 'feeling']],
  ])('%s', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it('does not count a quoted verb for the rules that skip quotations', () => {
    expect(rules('He "said" so.', ['said'])).toEqual([]);
    // "forced him to “admit” it": the infinitive rule looks at quoted words too.
    expect(rules('They "say" so.', ['say'])).toEqual(['objectInfinitive']);
    expect(rules('Ten die, "according" to police.', ['according'])).toEqual([]);
    // The smaller frames check quotation themselves: a quoted word of theirs still triggers them.
    expect(rules('The plan drew "criticism".', ['criticism'])).toContain('judgement');
  });

  it.each<[string, Rule, number[]]>([
    ['The plan drew criticism and then more criticism.', 'judgement', [3, 7]],
    ['The weather was fine.', 'judgement', []],
    ['The study shows it; the report shows it too.', 'document', [2, 7]],
  ])('places of the %s trigger words', (text, rule, expected) => {
    const tokens = tokenize(text);
    expect(triggerPlaces(tokenTriggers(tokens), 0, tokens.length, TRIGGERS[rule])).toEqual(expected);
  });

  it.each([
    ['The weather was fine on Tuesday. The ministry said 18 died, according to police.'],
    ['Hedged: the groups allegedly acting among the protesters were armed. Nothing else happened.'],
  ])('leaves the attributions of %s as the rules find them', (text) => {
    const found = readAttributions(text, segmentSentences(text, 'en'), []).map((a) => [a.source?.text ?? null, a.cue.text]);
    expect(found.length).toBeGreaterThan(0);
  });
});
